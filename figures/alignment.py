"""Cross-lingual alignment of parallel items per layer: translation retrieval and cosine, base vs RMs."""

from _cli import main

from repshift.plots.science import alignment_by_layer

if __name__ == "__main__":
    main("alignment", "alignment", alignment_by_layer, __doc__)
