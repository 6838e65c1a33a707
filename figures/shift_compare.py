"""Which RM shifts the base least: paired differences of mean shift between RMs (forest plot)."""

from _cli import main

from repshift.plots.science import shift_compare_forest

if __name__ == "__main__":
    main("shift_compare", "shift_compare", shift_compare_forest, __doc__)
