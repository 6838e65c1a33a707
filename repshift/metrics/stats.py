"""Uncertainty for metrics: item bootstrap, subsampling and jackknife intervals, exact Spearman test.

Rows are not independent: an item appears in several languages, with a chosen and a rejected side.
Every resampling here therefore works on items (or groups) when told them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from statistics import NormalDist
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

PairFn = Callable[[np.ndarray, np.ndarray], float]
"""A metric of two row-aligned arrays, e.g. :func:`repshift.metrics.cka.linear_cka`."""


@dataclass(frozen=True)
class BootstrapCI:
    """Percentile intervals for ``k`` statistics and all their pairwise differences."""

    estimate: np.ndarray
    """``(k,)`` statistic on the full data."""
    low: np.ndarray
    """``(k,)`` lower bounds."""
    high: np.ndarray
    """``(k,)`` upper bounds."""
    diff_estimate: np.ndarray
    """``(k, k)``: entry ``[a, b]`` is ``estimate[a] - estimate[b]``."""
    diff_low: np.ndarray
    """``(k, k)`` lower bounds of the paired differences."""
    diff_high: np.ndarray
    """``(k, k)`` upper bounds of the paired differences."""
    samples: np.ndarray
    """``(n_boot, k)`` bootstrap replicates."""


@dataclass(frozen=True)
class Interval:
    """A point estimate with a standard error and a ``1 - alpha`` interval."""

    estimate: float
    se: float
    low: float
    high: float
    replicates: np.ndarray
    """The subsample or leave-out values the interval was built from."""
    bias: float = 0.0
    """Jackknife bias estimate (``jackknife`` only); ``estimate`` is not corrected by it."""


def group_rows(values: ArrayLike, groups: ArrayLike) -> list[np.ndarray]:
    """Split row-level ``values: (n,)`` or ``(n, k)`` into per-item arrays, items in sorted id order."""
    v = np.asarray(values, dtype=np.float64)
    g = np.asarray(groups)
    if len(g) != len(v):
        raise ValueError(f"values and groups differ in length: {len(v)} vs {len(g)}")
    uniq, inverse = np.unique(g, return_inverse=True)
    order = np.argsort(inverse, kind="stable")
    return np.split(v[order], np.cumsum(np.bincount(inverse, minlength=len(uniq)))[:-1])


def _as_items(values_by_item: np.ndarray | Sequence[ArrayLike]) -> list[np.ndarray]:
    """Per-item ``(r_i, k)`` float64 blocks from an ``(n_items[, k])`` array or a list of blocks."""
    if isinstance(values_by_item, np.ndarray):
        arr = values_by_item.astype(np.float64)
        blocks = list((arr[:, None] if arr.ndim == 1 else arr)[:, None, :])
    else:
        blocks = [np.asarray(b, dtype=np.float64) for b in values_by_item]
        blocks = [b.reshape(-1, 1) if b.ndim <= 1 else b for b in blocks]
    if len(blocks) < 2:
        raise ValueError(f"bootstrap needs at least 2 items, got {len(blocks)}")
    if len({b.shape[1] for b in blocks}) != 1:
        raise ValueError("every item must have the same number of columns k")
    return blocks


def _quantiles(samples: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    lo, hi = np.quantile(samples, [alpha / 2, 1 - alpha / 2], axis=0)
    return lo, hi


def bootstrap_ci(
    values_by_item: np.ndarray | Sequence[ArrayLike],
    stat: Callable[[np.ndarray], Any] | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    alpha: float = 0.05,
) -> BootstrapCI:
    """Paired percentile bootstrap over items: resample item ids, keep each item's rows together.

    All ``k`` columns are resampled with the same items, so the intervals of the differences between
    columns (RMs, languages) are paired: what the columns share per item cancels.

    Args:
        values_by_item: Either ``(n_items,)`` / ``(n_items, k)`` (one row per item, e.g. per-item
            correctness of ``k`` RMs), or a sequence of per-item ``(r_i,)`` / ``(r_i, k)`` blocks
            (see :func:`group_rows`).
        stat: Maps the stacked rows ``(m, k)`` of a resample to ``(k,)``; ``None`` is the column mean
            over rows (fast path).
        n_boot: Bootstrap replicates.
        seed: Seed of the resampling.
        alpha: ``1 - alpha`` intervals.
    """
    blocks = _as_items(values_by_item)
    n_items = len(blocks)
    rng = np.random.default_rng(seed)

    def evaluate(rows: np.ndarray) -> np.ndarray:
        return np.atleast_1d(np.asarray(rows.mean(axis=0) if stat is None else stat(rows), dtype=np.float64))

    estimate = evaluate(np.concatenate(blocks))
    samples = np.empty((n_boot, len(estimate)))
    if stat is None:
        # Means of resampled rows = (sum of item sums) / (sum of item counts): no row copying.
        sums = np.stack([b.sum(axis=0) for b in blocks])
        counts = np.array([len(b) for b in blocks], dtype=np.float64)
        for start in range(0, n_boot, 256):
            idx = rng.integers(0, n_items, size=(min(256, n_boot - start), n_items))
            samples[start : start + len(idx)] = sums[idx].sum(axis=1) / counts[idx].sum(axis=1)[:, None]
    else:
        for b in range(n_boot):
            idx = rng.integers(0, n_items, size=n_items)
            samples[b] = evaluate(np.concatenate([blocks[i] for i in idx]))
    low, high = _quantiles(samples, alpha)
    diff_low, diff_high = _quantiles(samples[:, :, None] - samples[:, None, :], alpha)
    return BootstrapCI(
        estimate, low, high, estimate[:, None] - estimate[None, :], diff_low, diff_high, samples
    )


def _units(n_rows: int, groups: ArrayLike | None) -> list[np.ndarray] | None:
    """Row indices of each resampling unit, or ``None`` when every row is its own unit."""
    if groups is None:
        return None
    return [idx.astype(int) for idx in group_rows(np.arange(n_rows), groups)]


def _take(units: list[np.ndarray] | None, chosen: np.ndarray) -> np.ndarray:
    """Sorted row indices of the chosen units."""
    return np.sort(chosen if units is None else np.concatenate([units[i] for i in chosen]))


def subsample_ci(
    X: np.ndarray,
    Y: np.ndarray,
    fn: PairFn,
    frac: float = 0.8,
    n_rep: int = 200,
    seed: int = 0,
    alpha: float = 0.05,
    groups: ArrayLike | None = None,
) -> Interval:
    """Interval for ``fn(X, Y)`` from m-out-of-n subsamples drawn WITHOUT replacement.

    With-replacement bootstrap of rows inflates CKA because duplicated rows match perfectly. Each
    subsample keeps ``m = round(frac * n)`` distinct units (rows, or whole groups when ``groups`` is
    given). At ``frac = 0.8`` the subsample values scatter much less than the statistic does
    between independent samples (their variance is ~ (1/m - 1/n), not 1/n), so the raw percentile
    interval is too narrow, and the ``sqrt(m / n)`` scaling of classical subsampling (meant for
    ``m << n``) narrows it further. Deviations are therefore rescaled by ``sqrt(m / (n - m))``, the
    delete-d jackknife factor (Shao & Wu 1989; the finite-population-corrected subsampling
    interval), giving the basic interval
    ``[est - s * q_hi(theta* - est), est - s * q_lo(theta* - est)]`` and ``se = s * sd(theta*)``.

    Args:
        X: ``(n, d1)`` rows.
        Y: ``(n, d2)`` rows aligned with ``X``.
        fn: Metric of two row-aligned arrays.
        frac: Share ``m / n`` of units kept per subsample, ``0 < frac < 1``.
        n_rep: Number of subsamples.
        seed: Seed of the subsampling.
        alpha: ``1 - alpha`` interval.
        groups: ``(n,)`` item id per row; subsample items, keeping their rows together.
    """
    if len(X) != len(Y):
        raise ValueError(f"X and Y differ in rows: {len(X)} vs {len(Y)}")
    units = _units(len(X), groups)
    n = len(X) if units is None else len(units)
    m = round(frac * n)
    if not 2 <= m < n:
        raise ValueError(f"subsample size m = round({frac} * {n}) = {m} must satisfy 2 <= m < n")
    rng = np.random.default_rng(seed)
    estimate = float(fn(X, Y))
    reps = np.empty(n_rep)
    for r in range(n_rep):
        rows = _take(units, rng.choice(n, size=m, replace=False))
        reps[r] = fn(X[rows], Y[rows])
    scale = np.sqrt(m / (n - m))
    lo_dev, hi_dev = np.quantile(reps - estimate, [alpha / 2, 1 - alpha / 2])
    se = float(scale * reps.std(ddof=1))
    return Interval(estimate, se, estimate - scale * hi_dev, estimate - scale * lo_dev, reps)


def jackknife(
    X: np.ndarray, Y: np.ndarray, fn: PairFn, groups: ArrayLike | None = None, alpha: float = 0.05
) -> Interval:
    """Delete-one (or delete-one-group) jackknife SE, bias and normal interval for ``fn(X, Y)``.

    Costs one ``fn`` call per unit: pass ``groups`` (items, or a few random blocks) for large ``n``.
    With unequal group sizes this is the usual delete-a-group approximation.

    Args:
        X: ``(n, d1)`` rows.
        Y: ``(n, d2)`` rows aligned with ``X``.
        fn: Metric of two row-aligned arrays.
        groups: ``(n,)`` group per row; each replicate leaves one whole group out.
        alpha: ``1 - alpha`` interval ``estimate +- z * se``.
    """
    if len(X) != len(Y):
        raise ValueError(f"X and Y differ in rows: {len(X)} vs {len(Y)}")
    units = _units(len(X), groups)
    g = len(X) if units is None else len(units)
    if g < 2:
        raise ValueError(f"jackknife needs at least 2 units, got {g}")
    estimate = float(fn(X, Y))
    reps = np.empty(g)
    for i in range(g):
        rows = _take(units, np.delete(np.arange(g), i))
        reps[i] = fn(X[rows], Y[rows])
    se = float(np.sqrt((g - 1) / g * np.sum((reps - reps.mean()) ** 2)))
    z = NormalDist().inv_cdf(1 - alpha / 2)
    bias = float((g - 1) * (reps.mean() - estimate))
    return Interval(estimate, se, estimate - z * se, estimate + z * se, reps, bias)


def spearman_permutation(x: ArrayLike, y: ArrayLike, max_n: int = 10) -> tuple[float, float]:
    """Spearman's rho with the exact two-sided permutation p-value over all ``n!`` pairings.

    For the handful of points (languages) a cross-language correlation has, asymptotic p-values are
    wrong; enumerating every permutation is exact. Ties get average ranks.

    Args:
        x: ``(n,)`` values.
        y: ``(n,)`` values paired with ``x``; ``3 <= n <= max_n``.
        max_n: Refuse larger ``n`` (``n!`` permutations; 10! is 3.6 million).

    Returns:
        ``(rho, p)`` with ``p = P(|rho_perm| >= |rho|)`` over all permutations, the observed included.
    """
    from scipy.stats import rankdata  # scipy.stats costs ~1 s to import; keep the CLI's start fast

    xa, ya = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    n = len(xa)
    if xa.shape != (n,) or ya.shape != (n,):
        raise ValueError(f"x and y must be 1-D of equal length, got {xa.shape} and {ya.shape}")
    if not 3 <= n <= max_n:
        raise ValueError(f"exact permutation test needs 3 <= n <= {max_n}, got n={n}")
    rx, ry = rankdata(xa) - (n + 1) / 2, rankdata(ya) - (n + 1) / 2
    denom = np.linalg.norm(rx) * np.linalg.norm(ry)
    if denom == 0:
        raise ValueError("Spearman's rho is undefined for a constant input")
    rho = float(rx @ ry / denom)
    perms = np.array(list(itertools.permutations(range(n))), dtype=np.intp)
    null = ry[perms] @ rx / denom
    # Tolerance so that permutations tying the observed |rho| count despite rounding.
    p = float(np.mean(np.abs(null) >= abs(rho) * (1 - 1e-12) - 1e-14))
    return rho, p
