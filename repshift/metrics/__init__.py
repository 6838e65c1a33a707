"""Metrics: pure functions on arrays, and the registry that ``analyze`` applies per layer.

Importing this package imports every metric module, so all registrations have happened.
"""

from repshift.metrics import alignment, cka, cosine, embedding, norms, probes, spectral, stats
from repshift.metrics.alignment import matched_cosine, retrieval_top1
from repshift.metrics.cka import cka_matrix, linear_cka, linear_cka_biased, minibatch_cka
from repshift.metrics.cosine import DifferenceDrift, cosine_drift, difference_drift, row_cosine
from repshift.metrics.embedding import umap_embed
from repshift.metrics.norms import l2_norms
from repshift.metrics.probes import (
    ProbeResult,
    Selectivity,
    control_selectivity,
    grouped_folds,
    language_id_probe,
    make_probe,
    preference_probe,
    sign_flip,
    transfer_probe,
)
from repshift.metrics.registry import LayerView, Metric, as_float64, defaults, get, items, names, register
from repshift.metrics.spectral import (
    SizeMatched,
    size_matched,
    spectral_concentration,
    token_spectral_concentration,
)
from repshift.metrics.stats import (
    BootstrapCI,
    Interval,
    bootstrap_ci,
    group_rows,
    jackknife,
    spearman_permutation,
    subsample_ci,
)

__all__ = [
    "BootstrapCI",
    "DifferenceDrift",
    "Interval",
    "LayerView",
    "Metric",
    "ProbeResult",
    "Selectivity",
    "SizeMatched",
    "alignment",
    "as_float64",
    "bootstrap_ci",
    "cka",
    "cka_matrix",
    "control_selectivity",
    "cosine",
    "cosine_drift",
    "defaults",
    "difference_drift",
    "embedding",
    "get",
    "group_rows",
    "grouped_folds",
    "items",
    "jackknife",
    "l2_norms",
    "language_id_probe",
    "linear_cka",
    "linear_cka_biased",
    "make_probe",
    "matched_cosine",
    "minibatch_cka",
    "names",
    "norms",
    "preference_probe",
    "probes",
    "register",
    "retrieval_top1",
    "row_cosine",
    "sign_flip",
    "size_matched",
    "spearman_permutation",
    "spectral",
    "spectral_concentration",
    "stats",
    "subsample_ci",
    "token_spectral_concentration",
    "transfer_probe",
    "umap_embed",
]
