"""Cosine drift against per-row loop references."""

from __future__ import annotations

import math

import numpy as np
import pytest

from repshift.metrics.cosine import cosine_drift, difference_drift, row_cosine


def cos_loop(x: np.ndarray, y: np.ndarray) -> float:
    dot = sum(float(a) * float(b) for a, b in zip(x, y, strict=True))
    return dot / math.sqrt(sum(float(a) ** 2 for a in x) * sum(float(b) ** 2 for b in y))


def centre_loop(X: np.ndarray) -> np.ndarray:
    means = [sum(X[:, j]) / len(X) for j in range(X.shape[1])]
    return np.array([[X[i, j] - means[j] for j in range(X.shape[1])] for i in range(len(X))])


@pytest.fixture
def states():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(25, 6)) + 3.0
    Y = X + rng.normal(scale=0.7, size=X.shape)
    return X, Y


def test_cosine_drift_matches_loop(states):
    X, Y = states
    expected = [1 - cos_loop(X[i], Y[i]) for i in range(len(X))]
    assert np.allclose(cosine_drift(X, Y), expected, rtol=0, atol=1e-6)
    Xc, Yc = centre_loop(X), centre_loop(Y)
    expected_c = [1 - cos_loop(Xc[i], Yc[i]) for i in range(len(X))]
    assert np.allclose(cosine_drift(X, Y, centered=True), expected_c, rtol=0, atol=1e-6)
    assert np.allclose(row_cosine(X, Y), 1 - np.array(expected), rtol=0, atol=1e-6)


def test_centring_removes_massive_activation_dominance():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(100, 32))
    Y = rng.normal(size=(100, 32))  # unrelated to X apart from the shared massive dimension
    X[:, 0] += 500.0
    Y[:, 0] += 500.0
    assert cosine_drift(X, Y).mean() < 0.01
    assert cosine_drift(X, Y, centered=True).mean() > 0.8


def test_zero_rows_raise_with_count(states):
    X, Y = states
    X = X.copy()
    X[[3, 7]] = 0.0
    with pytest.raises(ValueError, match="2 of 25 rows"):
        cosine_drift(X, Y)


def test_shape_mismatch_raises(states):
    X, Y = states
    with pytest.raises(ValueError, match="same shape"):
        cosine_drift(X, Y[:, :5])


def test_difference_drift_matches_loop_and_excludes_identical_pairs():
    rng = np.random.default_rng(2)
    Xc, Xr = rng.normal(size=(20, 5)), rng.normal(size=(20, 5))
    Yc, Yr = Xc + 0.3 * rng.normal(size=(20, 5)), Xr + 0.3 * rng.normal(size=(20, 5))
    Xr[[1, 4]] = Xc[[1, 4]]  # identical chosen and rejected states in the base
    Yr[9] = Yc[9] + 1e-12  # nearly identical in the RM
    result = difference_drift(Xc, Xr, Yc, Yr)
    keep = [i for i in range(20) if i not in (1, 4, 9)]
    expected = [1 - cos_loop(Xc[i] - Xr[i], Yc[i] - Yr[i]) for i in keep]
    assert result.n_excluded == 3
    assert np.flatnonzero(result.valid).tolist() == keep
    assert np.allclose(result.drift, expected, rtol=0, atol=1e-6)


def test_difference_drift_all_identical_raises():
    X = np.random.default_rng(3).normal(size=(4, 3))
    with pytest.raises(ValueError, match="all 4 pairs"):
        difference_drift(X, X, X + 1, X + 1)
