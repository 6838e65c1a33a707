"""Cosine drift base -> RM per layer and language, raw and centred."""

from _cli import main

from repshift.plots import metric_by_layer

if __name__ == "__main__":
    main("cosine_drift_by_layer", "metrics", lambda df: metric_by_layer(df, "cosine_drift"), __doc__)
