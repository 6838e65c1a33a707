"""Reward lens: preference accuracy when the RM's head reads each layer, per language."""

from _cli import main

from repshift.plots.representations import lens_by_layer

if __name__ == "__main__":
    main("reward_lens", "lens", lens_by_layer, __doc__)
