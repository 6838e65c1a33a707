"""Spectral concentration and norms against numpy SVD / loop references."""

from __future__ import annotations

import math

import numpy as np
import pytest

from repshift.metrics.norms import l2_norms
from repshift.metrics.spectral import size_matched, spectral_concentration, token_spectral_concentration


def sc_ref(M: np.ndarray, center: bool) -> float:
    n = len(M)
    A = (np.eye(n) - np.ones((n, n)) / n) @ M if center else M
    s = np.linalg.svd(A, compute_uv=False)
    return float(s[0] / s.sum())


@pytest.mark.parametrize("center", [True, False])
@pytest.mark.parametrize("shape", [(40, 8), (6, 30)])
def test_matches_svd_reference(center, shape):
    rng = np.random.default_rng(shape[0])
    M = rng.normal(size=shape) * np.linspace(3, 0.1, shape[1]) + 4.0
    assert spectral_concentration(M, center=center) == pytest.approx(sc_ref(M, center), abs=1e-6)


def test_centring_matters_and_extremes():
    rng = np.random.default_rng(1)
    M = rng.normal(size=(50, 10)) + 100.0  # a huge shared offset is one dominant raw direction
    assert spectral_concentration(M, center=False) > 0.9
    assert spectral_concentration(M, center=True) < 0.3
    rank_one = np.outer(rng.normal(size=20), rng.normal(size=7))
    assert spectral_concentration(rank_one, center=False) == pytest.approx(1.0, abs=1e-9)


def test_constant_matrix_raises():
    with pytest.raises(ValueError, match="no spread"):
        spectral_concentration(np.full((5, 3), 7.0))


def test_token_form_per_input():
    rng = np.random.default_rng(2)
    mats = [rng.normal(size=(t, 12)) for t in (3, 9, 17)]
    got = token_spectral_concentration(mats)
    assert np.allclose(got, [sc_ref(m, True) for m in mats], rtol=0, atol=1e-6)
    with pytest.raises(ValueError, match="input 1"):
        token_spectral_concentration([mats[0], rng.normal(size=(1, 12))])


def test_size_matched_subsamples_without_replacement():
    X = np.arange(30, dtype=float)[:, None] * np.ones((1, 3))
    distinct = size_matched(lambda S: float(len(np.unique(S[:, 0]))), X, n=25, rng=0, repeats=10)
    assert np.all(distinct.values == 25)
    a = size_matched(lambda S: float(S[:, 0].mean()), X, n=10, rng=3, repeats=15)
    b = size_matched(lambda S: float(S[:, 0].mean()), X, n=10, rng=3, repeats=15)
    assert np.array_equal(a.values, b.values)
    assert a.mean == pytest.approx(a.values.mean()) and a.std > 0
    items = [np.ones((2, 2)) * i for i in range(8)]
    lists = size_matched(lambda S: float(len(S)), items, n=5, rng=1, repeats=3)
    assert lists.mean == 5.0
    with pytest.raises(ValueError, match="n <= N"):
        size_matched(lambda S: 0.0, X, n=31)


def test_l2_norms_match_loop():
    X = np.random.default_rng(4).normal(size=(9, 5))
    expected = [math.sqrt(sum(float(v) ** 2 for v in row)) for row in X]
    assert np.allclose(l2_norms(X), expected, rtol=0, atol=1e-9)
