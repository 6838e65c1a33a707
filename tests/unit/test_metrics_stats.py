"""Resampling intervals and the exact Spearman permutation test."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy import stats as sps

from repshift.metrics.cka import linear_cka
from repshift.metrics.stats import (
    bootstrap_ci,
    group_rows,
    jackknife,
    spearman_permutation,
    subsample_ci,
)


def pearson(X: np.ndarray, Y: np.ndarray) -> float:
    return float(np.corrcoef(X[:, 0], Y[:, 0])[0, 1])


# --- spearman_permutation -------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
def test_spearman_matches_scipy_rho_and_exact_permutation_test(seed):
    rng = np.random.default_rng(seed)
    x, y = rng.normal(size=5), rng.normal(size=5) + 0.5 * np.arange(5)
    rho, p = spearman_permutation(x, y)
    assert rho == pytest.approx(sps.spearmanr(x, y).statistic, abs=1e-12)
    ref = sps.permutation_test(
        (x,),
        lambda xs: sps.spearmanr(xs, y).statistic,
        permutation_type="pairings",
        n_resamples=np.inf,
        alternative="two-sided",
    )
    assert p == pytest.approx(ref.pvalue, abs=1e-12)


def test_spearman_extremes_and_ties():
    rho, p = spearman_permutation([1, 2, 3, 4, 5], [2, 4, 6, 8, 10])
    assert rho == pytest.approx(1.0) and p == pytest.approx(2 / 120)
    x, y = [1.0, 2.0, 2.0, 3.0, 5.0, 4.0], [3.0, 1.0, 2.0, 2.0, 6.0, 5.0]
    rho, p = spearman_permutation(x, y)
    assert rho == pytest.approx(sps.spearmanr(x, y).statistic, abs=1e-12)
    # Exact reference by brute force over the 720 pairings, |rho| >= |observed|.
    rx, ry = sps.rankdata(x), sps.rankdata(y)
    null = [np.corrcoef(rx, ry[list(perm)])[0, 1] for perm in itertools.permutations(range(6))]
    assert p == pytest.approx(np.mean(np.abs(null) >= abs(rho) - 1e-12), abs=1e-12)


def test_spearman_refuses_bad_input():
    with pytest.raises(ValueError, match="n=11"):
        spearman_permutation(np.arange(11), np.arange(11))
    with pytest.raises(ValueError, match="constant"):
        spearman_permutation([1, 1, 1, 1], [1, 2, 3, 4])


# --- bootstrap_ci ---------------------------------------------------------------------------


def test_bootstrap_resamples_items_not_rows():
    rng = np.random.default_rng(0)
    item_values = rng.normal(size=40)
    # Ten identical rows per item: the effective sample size is 40 items, not 400 rows.
    blocks = [np.full(10, v) for v in item_values]
    ci = bootstrap_ci(blocks, n_boot=2000, seed=1)
    expected_width = 2 * 1.96 * item_values.std(ddof=1) / np.sqrt(40)
    assert (ci.high[0] - ci.low[0]) / expected_width == pytest.approx(1.0, abs=0.2)
    assert ci.estimate[0] == pytest.approx(item_values.mean())


def test_bootstrap_differences_are_paired():
    rng = np.random.default_rng(2)
    difficulty = rng.normal(size=100)
    values = np.column_stack([difficulty, difficulty + 0.1 + 0.02 * rng.normal(size=100)])
    ci = bootstrap_ci(values, n_boot=2000, seed=3)
    assert ci.low[1] < ci.high[0]  # the marginal intervals overlap ...
    assert 0.05 < ci.diff_low[1, 0] < 0.1 < ci.diff_high[1, 0] < 0.15  # ... the paired one excludes 0
    assert ci.diff_estimate[1, 0] == pytest.approx(values[:, 1].mean() - values[:, 0].mean())
    assert np.allclose(ci.diff_low, -ci.diff_high.T)


def test_bootstrap_custom_stat_and_group_rows():
    rng = np.random.default_rng(4)
    rows, groups = rng.normal(size=(90, 2)), rng.integers(0, 30, size=90)
    blocks = group_rows(rows, groups)
    assert len(blocks) == len(np.unique(groups))
    assert np.allclose(np.sort(np.concatenate(blocks), axis=0), np.sort(rows, axis=0))
    assert all(np.unique(groups[np.isin(rows[:, 0], b[:, 0])]).size == 1 for b in blocks)
    fast = bootstrap_ci(blocks, n_boot=3000, seed=5)
    slow = bootstrap_ci(blocks, stat=lambda r: r.mean(axis=0), n_boot=3000, seed=5)
    assert np.allclose(fast.estimate, slow.estimate)
    assert np.allclose(fast.low, slow.low, atol=0.03) and np.allclose(fast.high, slow.high, atol=0.03)
    med = bootstrap_ci(blocks, stat=lambda r: np.median(r, axis=0), n_boot=500, seed=6)
    assert np.allclose(med.estimate, np.median(rows, axis=0))
    assert np.all((med.low <= med.estimate) & (med.estimate <= med.high))


# --- subsample_ci ---------------------------------------------------------------------------


def test_subsample_ci_covers_at_nominal_rate():
    rho, n, hits, trials = 0.5, 100, 0, 160
    rng = np.random.default_rng(7)
    for t in range(trials):
        X = rng.normal(size=(n, 1))
        Y = rho * X + np.sqrt(1 - rho**2) * rng.normal(size=(n, 1))
        ci = subsample_ci(X, Y, pearson, frac=0.8, n_rep=150, seed=t)
        hits += ci.low <= rho <= ci.high
    assert 0.88 <= hits / trials <= 0.99


def test_subsample_ci_contains_full_sample_cka():
    rng = np.random.default_rng(8)
    X = rng.normal(size=(60, 10))
    Y = X @ rng.normal(size=(10, 10)) + 2 * rng.normal(size=(60, 10))
    ci = subsample_ci(X, Y, linear_cka, n_rep=100, seed=0)
    assert ci.estimate == pytest.approx(linear_cka(X, Y))
    assert ci.low < ci.estimate < ci.high
    assert 0 < ci.high - ci.low < 0.5
    assert ci.replicates.shape == (100,)


def test_subsample_ci_keeps_groups_together_without_duplicates():
    groups = np.repeat(np.arange(25), 2)
    X = groups[:, None].astype(float)

    def whole_distinct_groups(A: np.ndarray, _: np.ndarray) -> float:
        ids, counts = np.unique(A[:, 0], return_counts=True)
        return float(np.all(counts == 2) and len(ids) == 20)

    ci = subsample_ci(X, X, whole_distinct_groups, frac=0.8, n_rep=50, seed=1, groups=groups)
    assert np.all(ci.replicates == 1.0)
    with pytest.raises(ValueError, match="m < n"):
        subsample_ci(X, X, whole_distinct_groups, frac=1.0)


# --- jackknife ------------------------------------------------------------------------------


def test_jackknife_of_mean_is_classical_standard_error():
    x = np.random.default_rng(9).normal(size=(30, 1))
    res = jackknife(x, x, lambda A, _: float(A.mean()))
    assert res.se == pytest.approx(x.std(ddof=1) / np.sqrt(30), abs=1e-12)
    assert res.bias == pytest.approx(0.0, abs=1e-12)
    assert res.high - res.estimate == pytest.approx(1.959964 * res.se, rel=1e-6)
    groups = np.repeat(np.arange(6), 5)
    grouped = jackknife(x, x, lambda A, _: float(A.mean()), groups=groups)
    group_means = x[:, 0].reshape(6, 5).mean(axis=1)
    assert grouped.se == pytest.approx(group_means.std(ddof=1) / np.sqrt(6), abs=1e-12)


def test_jackknife_nonlinear_matches_explicit_leave_one_out():
    rng = np.random.default_rng(10)
    X = rng.normal(size=(15, 1))
    Y = X + rng.normal(size=(15, 1))
    loo = np.array([pearson(np.delete(X, i, 0), np.delete(Y, i, 0)) for i in range(15)])
    res = jackknife(X, Y, pearson)
    assert res.se == pytest.approx(np.sqrt(14 / 15 * np.sum((loo - loo.mean()) ** 2)), abs=1e-12)
    assert res.bias == pytest.approx(14 * (loo.mean() - pearson(X, Y)), abs=1e-12)
