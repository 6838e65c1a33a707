"""Figures: functions from a tidy DataFrame to a matplotlib Figure, in one shared style."""

from repshift.plots.figures import metric_by_layer, save_run_figures, transfer_bars

__all__ = ["metric_by_layer", "save_run_figures", "transfer_bars"]
