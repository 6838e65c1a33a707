"""CKA against independent float64 references (explicit centring matrix; Song et al.'s formula)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from repshift.metrics.cka import cka_matrix, linear_cka, linear_cka_biased, minibatch_cka


def hsic_biased_ref(X: np.ndarray, Y: np.ndarray) -> float:
    n = len(X)
    H = np.eye(n) - np.ones((n, n)) / n
    K, L = X @ X.T, Y @ Y.T
    return float(np.trace(K @ H @ L @ H)) / (n - 1) ** 2


def hsic_unbiased_ref(X: np.ndarray, Y: np.ndarray) -> float:
    """Song et al. 2012, eq. 5, on the raw (uncentred) linear kernels."""
    n = len(X)
    K, L = X @ X.T, Y @ Y.T
    np.fill_diagonal(K, 0.0)
    np.fill_diagonal(L, 0.0)
    one = np.ones(n)
    value = (
        np.trace(K @ L)
        + (one @ K @ one) * (one @ L @ one) / ((n - 1) * (n - 2))
        - 2 / (n - 2) * (one @ K @ L @ one)
    )
    return float(value) / (n * (n - 3))


def cka_ref(X: np.ndarray, Y: np.ndarray, debiased: bool) -> float:
    h = hsic_unbiased_ref if debiased else hsic_biased_ref
    return h(X, Y) / np.sqrt(h(X, X) * h(Y, Y))


def correlated(rng: np.random.Generator, n: int, dx: int, dy: int, offset: float = 0.0):
    X = rng.normal(size=(n, dx)) + offset
    Y = X[:, : min(dx, dy)] @ rng.normal(size=(min(dx, dy), dy)) + rng.normal(size=(n, dy)) + 2 * offset
    return X, Y


@pytest.mark.parametrize("debiased", [True, False])
@pytest.mark.parametrize(("n", "dx", "dy", "offset"), [(30, 5, 7, 0.0), (50, 40, 12, 5.0), (8, 3, 3, 100.0)])
def test_linear_cka_matches_reference(debiased, n, dx, dy, offset):
    X, Y = correlated(np.random.default_rng(n + dx), n, dx, dy, offset)
    assert linear_cka(X, Y, debiased=debiased) == pytest.approx(cka_ref(X, Y, debiased), abs=1e-6)


def test_biased_wrapper_is_biased():
    X, Y = correlated(np.random.default_rng(1), 40, 6, 6)
    assert linear_cka_biased(X, Y) == pytest.approx(cka_ref(X, Y, debiased=False), abs=1e-6)
    assert abs(linear_cka_biased(X, Y) - linear_cka(X, Y)) > 1e-3


@pytest.mark.parametrize("debiased", [True, False])
def test_invariances_and_identity(debiased):
    rng = np.random.default_rng(2)
    X, Y = correlated(rng, 60, 10, 8)
    Q, _ = np.linalg.qr(rng.normal(size=(10, 10)))
    base = linear_cka(X, Y, debiased=debiased)
    assert linear_cka(X @ Q, Y, debiased=debiased) == pytest.approx(base, abs=1e-9)
    assert linear_cka(3.7 * X, 0.01 * Y, debiased=debiased) == pytest.approx(base, abs=1e-9)
    assert linear_cka(X, X, debiased=debiased) == pytest.approx(1.0, abs=1e-12)
    assert base < 0.99  # the invariance checks above compare against a non-trivial value


def test_independent_wide_gaussians_biased_high_debiased_near_zero():
    rng = np.random.default_rng(3)
    X, Y = rng.normal(size=(80, 576)), rng.normal(size=(80, 576))
    assert linear_cka(X, Y, debiased=False) > 0.5
    assert abs(linear_cka(X, Y, debiased=True)) < 0.05


def test_too_few_rows_names_n():
    X = np.random.default_rng(4).normal(size=(3, 5))
    with pytest.raises(ValueError, match="n=3"):
        linear_cka(X, X)


@pytest.mark.parametrize("debiased", [True, False])
@pytest.mark.parametrize("value", [0.0, 1234.5])
def test_constant_input_raises_not_nan(debiased, value):
    Y = np.random.default_rng(5).normal(size=(20, 4))
    C = np.full((20, 4), value)
    with pytest.raises(ValueError, match=r"HSIC\(X, X\)"):
        linear_cka(C, Y, debiased=debiased)
    with pytest.raises(ValueError, match=r"HSIC\(Y, Y\)"):
        linear_cka(Y, C, debiased=debiased)


def test_torch_low_precision_inputs_accumulate_in_float64():
    X, Y = correlated(np.random.default_rng(6), 64, 16, 16, offset=50.0)
    Xt, Yt = torch.tensor(X).to(torch.bfloat16), torch.tensor(Y).to(torch.bfloat16)
    expected = cka_ref(Xt.double().numpy(), Yt.double().numpy(), debiased=True)
    assert linear_cka(Xt, Yt) == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize("debiased", [True, False])
def test_minibatch_cka_matches_reference_on_same_partition(debiased):
    X, Y = correlated(np.random.default_rng(7), 200, 12, 9, offset=3.0)
    parts = np.array_split(np.random.default_rng(8).permutation(200), 5)
    h = hsic_unbiased_ref if debiased else hsic_biased_ref
    xy = np.mean([h(X[p], Y[p]) for p in parts])
    xx = np.mean([h(X[p], X[p]) for p in parts])
    yy = np.mean([h(Y[p], Y[p]) for p in parts])
    got = minibatch_cka(((X[p], Y[p]) for p in parts), debiased=debiased)
    assert got == pytest.approx(xy / np.sqrt(xx * yy), abs=1e-6)
    # A different estimator from full-batch CKA on the same rows.
    assert abs(got - linear_cka(X, Y, debiased=debiased)) > 1e-4


def test_minibatch_cka_errors():
    with pytest.raises(ValueError, match="no batches"):
        minibatch_cka([])
    C = np.ones((10, 3))
    with pytest.raises(ValueError, match="HSIC"):
        minibatch_cka([(C, np.random.default_rng(0).normal(size=(10, 3)))])


@pytest.mark.parametrize("debiased", [True, False])
def test_cka_matrix_matches_pairwise_reference(debiased):
    rng = np.random.default_rng(9)
    base = rng.normal(size=(40, 6))
    Xs = [
        base @ rng.normal(size=(6, d)) + s * rng.normal(size=(40, d))
        for d, s in [(5, 0.1), (8, 1.0), (3, 3.0)]
    ]
    Ys = [Xs[0] + rng.normal(size=(40, 5)), rng.normal(size=(40, 7))]
    M = cka_matrix(Xs, Ys, debiased=debiased)
    assert M.shape == (3, 2)
    for i, X in enumerate(Xs):
        for j, Y in enumerate(Ys):
            assert M[i, j] == pytest.approx(cka_ref(X, Y, debiased), abs=1e-6)
    S = cka_matrix(Xs, debiased=debiased)
    assert np.allclose(S, S.T) and np.allclose(np.diag(S), 1.0)
    assert S[0, 1] == pytest.approx(cka_ref(Xs[0], Xs[1], debiased), abs=1e-6)


def test_cka_matrix_rejects_mismatched_rows():
    rng = np.random.default_rng(10)
    with pytest.raises(ValueError, match="same rows"):
        cka_matrix([rng.normal(size=(10, 2))], [rng.normal(size=(11, 2))])
