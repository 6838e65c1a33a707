"""Debiased linear CKA between base and RM per layer and language (bands: item-subsampling CIs)."""

from _cli import main

from repshift.plots import metric_by_layer

if __name__ == "__main__":
    main("cka_by_layer", "metrics", lambda df: metric_by_layer(df, "cka"), __doc__)
