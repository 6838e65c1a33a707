"""Set-level intervals for the per-layer registry metrics: subsample items WITHOUT replacement.

CKA and the other set-level statistics are not means of independent rows, and a with-replacement
bootstrap of rows inflates them (a duplicated row matches itself perfectly). Each replicate here is
the registered metric's own ``apply`` on a :class:`LayerView` restricted to a random subset of
``round(frac * n)`` distinct items, an item's chosen and rejected rows kept together; the interval is
:func:`repshift.metrics.stats.subsample_ci`'s finite-population-corrected standard error, as
``estimate +- 1.96 se`` (see :func:`normal_interval` for why not its basic interval). One seed
draws the same item subsets for every metric, model and RM, so replicates are paired across them.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from statistics import NormalDist
from typing import Any

import numpy as np

from repshift.metrics.cka import cka_from_grams
from repshift.metrics.cosine import cosine_drift, difference_drift
from repshift.metrics.norms import l2_norms
from repshift.metrics.registry import LayerView, get
from repshift.metrics.stats import Interval, subsample_ci

log = logging.getLogger(__name__)

SUBSAMPLED: tuple[str, ...] = ("cka", "cka_biased", "cosine_drift", "difference_drift", "norm")
"""Metrics that get a subsampling interval in ``metrics.parquet``: the set-level shift statistics
(CKA; centred cosine drift, which depends on the set's means) and cheap means over items. Not
``spectral`` (a full SVD per replicate: ~75 s more at me5-small shapes with 100 replicates; the
``spectral_tokens`` step gives the pooled spectral concentration an interval) nor ``probe`` (a
cross-validated refit per replicate; its interval is an item bootstrap of its held-out correctness:
:func:`probe_rows`). :func:`view_intervals` takes any per-layer metric from Python."""

PROBE_BOOT = 1000

CI_COLUMNS = ("ci_low", "ci_high", "ci_method")


def normal_interval(iv: Interval, alpha: float = 0.05) -> tuple[float, float]:
    """``estimate +- z * se`` from a subsampling :class:`Interval` (its fpc-scaled ``se``).

    Not the basic interval of :func:`subsample_ci`: a subset of ``m < n`` items shifts every
    size-dependent statistic (spectral concentration rises as rows are removed; biased CKA too), and
    the basic interval turns that shift, times the rescaling factor ``sqrt(m / (n - m))`` (2 at
    ``frac = 0.8``), into an offset that can leave the estimate outside its own interval. The spread
    of the replicates, and so ``se``, does not depend on the shift.
    """
    z = NormalDist().inv_cdf(1 - alpha / 2)
    return iv.estimate - z * iv.se, iv.estimate + z * iv.se


def method_label(frac: float, n_rep: int) -> str:
    """The ``ci_method`` text of these intervals."""
    return f"item subsamples w/o replacement (m = {frac:g} n, {n_rep} reps), estimate +- 1.96 fpc-scaled se"


def subset_view(view: LayerView, rows: np.ndarray) -> LayerView:
    """``view`` restricted to the pairs ``rows`` (indices into its ``(n_pairs,)`` arrays)."""
    return LayerView(
        lang=view.lang,
        layer=view.layer,
        base_chosen=view.base_chosen[rows],
        base_rejected=view.base_rejected[rows],
        rm_chosen=view.rm_chosen[rows],
        rm_rejected=view.rm_rejected[rows],
        item_ids=view.item_ids[rows],
        categories=view.categories[rows],
        seed=view.seed,
        extras=view.extras,
    )


Replicate = Callable[[np.ndarray], dict[str, float]]
"""Maps sorted pair indices ``S`` to ``{model: value}`` of a metric on the pairs ``S`` of one view."""


class _Prepared:
    """What several fast replicates of one view share, computed once: centred states, Grams."""

    def __init__(self, view: LayerView) -> None:
        self.view = view
        self.n = len(view.item_ids)
        self._sub: tuple[bytes, tuple[np.ndarray, np.ndarray, np.ndarray]] | None = None

    def rows(self, pairs: np.ndarray) -> np.ndarray:
        """Row indices of ``pairs`` in ``view.base`` / ``view.rm`` (chosen rows, then rejected rows)."""
        return np.concatenate([pairs, self.n + pairs])

    @functools.cached_property
    def centred(self) -> tuple[np.ndarray, np.ndarray]:
        # Centring on the whole set keeps the Grams well conditioned (massive activations); every
        # statistic below re-centres on the subset, which a shared shift does not change.
        return self.view.base - self.view.base.mean(axis=0), self.view.rm - self.view.rm.mean(axis=0)

    @functools.cached_property
    def grams(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(X0 X0ᵀ, Y0 Y0ᵀ, X0 Y0ᵀ)`` of the centred base ``X0`` and RM ``Y0`` states."""
        X0, Y0 = self.centred
        return X0 @ X0.T, Y0 @ Y0.T, X0 @ Y0.T

    def sub_grams(self, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:attr:`grams` restricted to the rows of ``pairs`` (kept for the next caller: one subset
        is evaluated by every metric in turn)."""
        key = pairs.tobytes()
        if self._sub is None or self._sub[0] != key:
            idx = np.ix_(self.rows(pairs), self.rows(pairs))
            self._sub = (key, tuple(G[idx] for G in self.grams))  # type: ignore[assignment]
        return self._sub[1]


def _cka(debiased: bool) -> Callable[[_Prepared], Replicate]:
    """CKA of a subset from the whole set's Grams: ``O(m²)`` a replicate instead of ``O(m² d)``."""

    def prepare(p: _Prepared) -> Replicate:
        def replicate(pairs: np.ndarray) -> dict[str, float]:
            K, L, _ = p.sub_grams(pairs)
            return {"shift": cka_from_grams(K, L, debiased=debiased)}

        return replicate

    return prepare


def _cosine(p: _Prepared) -> Replicate:
    """Raw drift: a mean of per-row values. Centred drift from the Grams, re-centred on the subset:
    ``(x_i - mu)·(y_i - nu) = C_ii - mean_j C_ij - mean_j C_ji + mean_jk C_jk``, likewise the norms."""
    raw = cosine_drift(p.view.base, p.view.rm)

    def replicate(pairs: np.ndarray) -> dict[str, float]:
        K, L, C = p.sub_grams(pairs)
        dot = np.diag(C) - C.mean(axis=1) - C.mean(axis=0) + C.mean()
        sq = [np.diag(G) - 2 * G.mean(axis=1) + G.mean() for G in (K, L)]
        if min(q.min() for q in sq) < 1e-16:  # row_cosine's eps = 1e-8 on the norm
            raise ValueError("a centred row has norm < 1e-8; cosine is undefined")
        centred = 1.0 - dot / np.sqrt(sq[0] * sq[1])
        return {"shift": float(raw[p.rows(pairs)].mean()), "shift_centered": float(centred.mean())}

    return replicate


def _difference(p: _Prepared) -> Replicate:
    """A mean of per-pair drifts; pairs excluded on the whole set are excluded in every subset."""
    v = p.view
    result = difference_drift(v.base_chosen, v.base_rejected, v.rm_chosen, v.rm_rejected)
    per_pair = np.full(p.n, np.nan)
    per_pair[result.valid] = result.drift

    def replicate(pairs: np.ndarray) -> dict[str, float]:
        vals = per_pair[pairs]
        vals = vals[~np.isnan(vals)]
        if not len(vals):
            raise ValueError("every pair of the subset has identical chosen and rejected states")
        return {"shift": float(vals.mean())}

    return replicate


def _norm(p: _Prepared) -> Replicate:
    """Means of per-row L2 norms."""
    norms = {"base": l2_norms(p.view.base), "rm": l2_norms(p.view.rm)}

    def replicate(pairs: np.ndarray) -> dict[str, float]:
        idx = p.rows(pairs)
        return {model: float(v[idx].mean()) for model, v in norms.items()}

    return replicate


FAST: dict[str, Callable[[_Prepared], Replicate]] = {
    "cka": _cka(True),
    "cka_biased": _cka(False),
    "cosine_drift": _cosine,
    "difference_drift": _difference,
    "norm": _norm,
}
"""Replicates faster than the metric's ``apply`` on a subset view; tests hold each equal to it."""


def replicate_values(view: LayerView, metrics: Sequence[str]) -> Callable[[np.ndarray], dict[str, float]]:
    """``rows -> {"metric/model": value}`` for every metric on the pairs ``rows`` of ``view``.

    A metric that fails on a subset (e.g. HSIC <= 0) gives NaN there, so its interval is NaN.
    """
    prepared = _Prepared(view)
    fast = {m: FAST[m](prepared) for m in metrics if m in FAST}
    generic = [m for m in metrics if m not in fast]
    for m in generic:
        if get(m).apply is None:
            raise ValueError(f"metric {m!r} cannot be applied per layer")

    def values(rows: np.ndarray) -> dict[str, float]:
        out: dict[str, float] = {}
        sub = subset_view(view, rows) if generic else None
        for m in metrics:
            try:
                vals = fast[m](rows) if m in fast else get(m).apply(sub)  # type: ignore[misc,arg-type]
            except ValueError:
                out[m] = float("nan")
                continue
            out.update({f"{m}/{model}": v for model, v in vals.items()})
        return out

    return values


def view_intervals(
    view: LayerView,
    metrics: Sequence[str],
    *,
    n_rep: int = 100,
    frac: float = 0.8,
    seed: int = 0,
    alpha: float = 0.05,
) -> dict[tuple[str, str], Interval]:
    """``{(metric, model): Interval}`` for registered per-layer ``metrics`` on one layer.

    Each interval's ``estimate`` is the metric on the whole view, i.e. the value ``analyze`` reports;
    a metric that fails on the whole view is left out. One seed draws the same item subsets for
    every metric and model (and, given the same item ids, for every RM and language).
    """
    values = replicate_values(view, metrics)
    cache: dict[bytes, dict[str, float]] = {}

    def cached(rows: np.ndarray) -> dict[str, float]:
        key = rows.tobytes()
        if key not in cache:
            cache[key] = values(rows)
        return cache[key]

    # subsample_ci draws subsets of the rows of ``index`` (one row per pair, grouped by item id);
    # the metrics read the view's arrays at those rows.
    index = np.arange(len(view.item_ids))[:, None]
    out: dict[tuple[str, str], Interval] = {}
    for key in [k for k in cached(index[:, 0]) if "/" in k]:

        def fn(A: np.ndarray, _B: np.ndarray, key: str = key) -> float:
            return cached(A[:, 0]).get(key, float("nan"))

        # The same seed for every key replays the same subsets, which the cache serves.
        iv = subsample_ci(index, index, fn, frac, n_rep, seed, alpha, groups=view.item_ids)
        metric, model = key.split("/", 1)
        if not np.isfinite([iv.low, iv.high]).all():
            log.warning("%s (%s) on %s layer %d failed on some subsets: no interval", metric, model,
                        view.lang, view.layer)  # fmt: skip
        out[metric, model] = iv
    return out


def interval_rows(
    views: Sequence[LayerView],
    metric_names: Sequence[str],
    rm_label: str,
    *,
    n_rep: int = 100,
    frac: float = 0.8,
    seed: int = 0,
    subsampled: Sequence[str] = SUBSAMPLED,
) -> list[dict[str, Any]]:
    """Rows ``(rm, lang, layer, metric, model, ci_low, ci_high, ci_method)`` for the metrics in
    ``metric_names`` that are also in ``subsampled``; nothing when ``n_rep`` is 0."""
    rows: list[dict[str, Any]] = []
    if n_rep <= 0:
        return rows
    if "probe" in metric_names:
        rows += probe_rows(views, rm_label, seed=seed)
    method = method_label(frac, n_rep)
    names = [m for m in metric_names if m in subsampled]
    if not names:
        return rows
    from threadpoolctl import threadpool_limits  # a scikit-learn dependency

    for v in views:
        try:
            # Thousands of small (m x m) BLAS calls: threads only add overhead, and on a busy
            # machine spinning BLAS threads slowed them 10x in measurement.
            with threadpool_limits(limits=1, user_api="blas"):
                ivs = view_intervals(v, names, n_rep=n_rep, frac=frac, seed=seed)
        except ValueError as e:  # e.g. too few items for frac
            log.warning("no intervals on %s layer %d: %s", v.lang, v.layer, e)
            continue
        for (metric, model), iv in ivs.items():
            low, high = normal_interval(iv)
            rows.append(
                {
                    "rm": rm_label,
                    "lang": v.lang,
                    "layer": v.layer,
                    "metric": metric,
                    "model": model,
                    "ci_low": low,
                    "ci_high": high,
                    "ci_method": method,
                }
            )
    return rows


def probe_rows(
    views: Sequence[LayerView], rm_label: str, *, n_boot: int = PROBE_BOOT, seed: int = 0
) -> list[dict[str, Any]]:
    """Interval rows of the ``probe`` metric: percentile bootstrap over items of the held-out
    correctness of each pair, the fitted fold probes held fixed (so refitting noise is left out),
    base and RM resampled with the same items. The probe is the registry metric's own
    (:func:`repshift.metrics.preference_probe`, memoised: no second fit)."""
    from repshift.metrics.probes import preference_probe
    from repshift.metrics.stats import bootstrap_ci

    method = f"item bootstrap of held-out pairs (fitted probes fixed), percentile 95 %, {n_boot} reps"
    rows: list[dict[str, Any]] = []
    for v in views:
        try:
            hits = np.column_stack([
                preference_probe(chosen - rejected, v.item_ids, seed=v.seed).correct
                for chosen, rejected in ((v.base_chosen, v.base_rejected), (v.rm_chosen, v.rm_rejected))
            ])  # fmt: skip
        except ValueError as e:  # the metric itself failed here (too few items): no row, as its value
            log.warning("no probe interval on %s layer %d: %s", v.lang, v.layer, e)
            continue
        ci = bootstrap_ci(hits.astype(float), n_boot=n_boot, seed=seed)
        for k, model in enumerate(("base", "rm")):
            rows.append({"rm": rm_label, "lang": v.lang, "layer": v.layer, "metric": "probe", "model": model,
                         "ci_low": float(ci.low[k]), "ci_high": float(ci.high[k]), "ci_method": method})  # fmt: skip
    return rows


def with_intervals(metrics: Any, rows: Sequence[dict[str, Any]]) -> Any:
    """``metrics`` (tidy ``rm, lang, layer, metric, model, value``) with ``ci_low, ci_high, ci_method``
    joined on; NaN / empty where a metric has no interval."""
    import pandas as pd

    keys = ["rm", "lang", "layer", "metric", "model"]
    ci = pd.DataFrame(list(rows), columns=[*keys, *CI_COLUMNS])
    if metrics.empty:
        return metrics.assign(ci_low=np.nan, ci_high=np.nan, ci_method="")
    out = metrics.merge(ci, on=keys, how="left", validate="one_to_one")
    out["ci_method"] = out["ci_method"].fillna("").astype(str)
    out["ci_low"] = out["ci_low"].astype(float)
    out["ci_high"] = out["ci_high"].astype(float)
    return out
