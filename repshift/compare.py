"""Paired comparisons with set-level intervals: every RM against every other on the same inputs.

The ``shift_compare`` analysis step, off by default (it costs replicates; ``analyses/findings.py``
asks for it): for every evaluation language and shift measure (debiased CKA, cosine drift raw and
centred, difference drift), the mean over layers for every RM, and every pair of RMs' difference, on
the same inputs. Standard errors come from subsampling items WITHOUT replacement
(:func:`repshift.metrics.subsample_ci`: an item's chosen and rejected rows kept together, the
delete-d jackknife scaling), intervals are ``estimate +- 1.96 se``; one seed draws the same item
subsets for every RM, so the intervals of the differences are paired. CKA is never bootstrapped with
replacement (duplicated rows inflate it).

Languages against each other (norms) are the ``norms`` step of :mod:`repshift.geometry`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from repshift.analyze import RunData, layer_views, register_step
from repshift.metrics import LayerView, get, subsample_ci
from repshift.metrics.view_ci import subset_view
from repshift.plots.style import order_langs

log = logging.getLogger(__name__)

SHIFT_MEASURES: tuple[tuple[str, str], ...] = (
    ("cka", "shift"),
    ("cosine_drift", "shift"),
    ("cosine_drift", "shift_centered"),
    ("difference_drift", "shift"),
)
"""``(metric, model)`` of the registry whose mean over layers is compared between RMs."""
N_REP = 100
"""Subsamples per interval."""
FRAC = 0.8
"""Share of items kept per subsample."""
Z95 = 1.959963984540054

SHIFT_COLUMNS = [
    "lang", "metric", "model", "rm_a", "rm_b", "value_a", "a_low", "a_high", "value_b", "b_low", "b_high",
    "diff", "diff_low", "diff_high", "n_items", "layers", "ci_method",
]  # fmt: skip


class LayerMeans:
    """Mean over layers of registry measures on a subset of items, cached per (model, subset)."""

    def __init__(self, views: Mapping[str, Sequence[LayerView]], measures: Sequence[tuple[str, str]]):
        self.views = views
        self.measures = list(measures)
        self._cache: dict[tuple[str, bytes], dict[tuple[str, str], float]] = {}

    def __call__(self, model: str, rows: np.ndarray) -> dict[tuple[str, str], float]:
        key = (model, np.sort(rows).tobytes())
        if key not in self._cache:
            per_layer: dict[tuple[str, str], list[float]] = {m: [] for m in self.measures}
            for metric in dict.fromkeys(m for m, _ in self.measures):
                apply = get(metric).apply
                assert apply is not None
                for v in self.views[model]:
                    values = apply(subset_view(v, rows))
                    for m, model_key in self.measures:
                        if m == metric:
                            per_layer[(m, model_key)].append(values[model_key])
            self._cache[key] = {m: float(np.mean(vals)) for m, vals in per_layer.items()}
        return self._cache[key]


def shift_compare_rows(
    views: Mapping[str, Sequence[LayerView]],
    *,
    measures: Sequence[tuple[str, str]] = SHIFT_MEASURES,
    n_rep: int = N_REP,
    frac: float = FRAC,
    seed: int = 0,
) -> list[dict[str, Any]]:
    """Pairwise RM comparison rows (:data:`SHIFT_COLUMNS`, without ``lang``) for one language.

    Args:
        views: ``{rm label: its LayerViews}``, every RM on the same items and layers.
        measures: ``(metric, model)`` pairs to summarise by their mean over layers.
        n_rep: Subsamples per interval; every interval replays the same subsets.
        frac: Share of items per subsample.
        seed: Seed of the subsets.
    """
    labels = list(views)
    first = views[labels[0]]
    for label in labels[1:]:
        if [v.layer for v in views[label]] != [v.layer for v in first] or any(
            not np.array_equal(a.item_ids, b.item_ids) for a, b in zip(views[label], first, strict=True)
        ):
            raise ValueError(f"RM {label} is on other items or layers than {labels[0]}")
    items = first[0].item_ids
    index = np.arange(len(items))[:, None]
    means = LayerMeans(views, measures)
    method = (
        f"delete-d jackknife SE from {n_rep} subsamples of {frac:g} n items w/o replacement, normal 95 %; "
        "the same subsets for every RM"
    )

    def interval(fn: Any) -> tuple[float, float, float]:
        iv = subsample_ci(index, index, lambda A, _B: fn(A[:, 0]), frac, n_rep, seed, groups=items)
        # Normal interval on the delete-d jackknife SE, not the basic one: CKA's small-sample bias
        # moves every subsample the same way, and the doubled (sqrt(m / (n - m)) = 2) deviations can
        # then put the whole basic interval on one side of the estimate.
        return iv.estimate, iv.estimate - Z95 * iv.se, iv.estimate + Z95 * iv.se

    layers = ",".join(str(v.layer) for v in first)
    rows: list[dict[str, Any]] = []
    for m in measures:
        single = {label: interval(lambda r, label=label, m=m: means(label, r)[m]) for label in labels}
        for i, a in enumerate(labels):
            for b in labels[i + 1 :]:
                d = interval(lambda r, a=a, b=b, m=m: means(a, r)[m] - means(b, r)[m])
                rows.append({
                    "metric": m[0], "model": m[1], "rm_a": a, "rm_b": b,
                    "value_a": single[a][0], "a_low": single[a][1], "a_high": single[a][2],
                    "value_b": single[b][0], "b_low": single[b][1], "b_high": single[b][2],
                    "diff": d[0], "diff_low": d[1], "diff_high": d[2],
                    "n_items": len(items), "layers": layers, "ci_method": method,
                })  # fmt: skip
    return rows


@register_step("shift_compare", default=False)
def shift_compare_step(data: RunData) -> dict[str, Any]:
    """Every pair of RMs' shift (mean over layers) on the same inputs, with paired subsampling CIs."""
    import pandas as pd
    from threadpoolctl import threadpool_limits

    rows: list[dict[str, Any]] = []
    for lang in order_langs(data.base):
        views = {
            label: layer_views(data.base[lang], caps[lang], lang, seed=data.train.seed)
            for label, caps in data.rms.items()
        }
        if len(views) < 1 or not next(iter(views.values())):
            continue
        try:
            # Many small Gram products: threaded BLAS was ~9x slower on 2 busy cores (measured).
            with threadpool_limits(limits=1):
                rows += [{"lang": lang, **r} for r in shift_compare_rows(views, seed=data.train.seed)]
        except ValueError as e:  # too few items, or a degenerate subsample
            log.warning("shift_compare on %s: %s", lang, e)
    return {"shift_compare": pd.DataFrame(rows, columns=SHIFT_COLUMNS)}
