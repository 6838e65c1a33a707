"""Linear centred kernel alignment (CKA) between two sets of representations of the same inputs.

Biased CKA (Kornblith et al. 2019) uses HSIC = tr(Kc Lc) / (n - 1)^2 with centred Grams. Debiased CKA
replaces it by the unbiased HSIC estimator of Song et al. 2012, as Nguyen, Raghu & Kornblith 2021 do:
biased CKA of two *independent* high-dimensional inputs is far from 0 when d is large next to n, the
debiased one is near 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from numpy.typing import ArrayLike

from repshift.metrics.registry import LayerView, as_float64, register

# Column-centred data this small next to the raw data is rounding noise: the input is constant.
_CONSTANT_RTOL = 1e-12
_MIN_ROWS = 4


def _centred_gram(X: np.ndarray, debiased: bool) -> np.ndarray:
    """Centred linear Gram ``(n, n)`` of ``X: (n, d)``: H K H (biased) or U-centred K (debiased)."""
    Xc = X - X.mean(axis=0)
    if np.linalg.norm(Xc) <= _CONSTANT_RTOL * np.linalg.norm(X):
        # Exact zeros, so a constant input gives HSIC = 0 (an error) and not 1e-30 of noise.
        return np.zeros((len(X), len(X)))
    # Column-centring first equals H K H and keeps the Gram well conditioned when states carry a huge
    # shared mean (massive activations); the unbiased estimator is invariant to it.
    K = Xc @ Xc.T
    return K if not debiased else _u_centre(K)


def _u_centre(K: np.ndarray) -> np.ndarray:
    """U-centre a linear Gram ``(n, n)`` in place (invariant to shifting every row of the data)."""
    # U-centring (Szekely & Rizzo 2014): <U(K), U(L)> / (n (n - 3)) is Song et al.'s unbiased HSIC.
    n = len(K)
    np.fill_diagonal(K, 0.0)
    means = K.sum(axis=0) / (n - 2)
    means -= means.sum() / (2 * (n - 1))
    K -= means[:, None]
    K -= means[None, :]
    np.fill_diagonal(K, 0.0)
    return K


def _hsic(K: np.ndarray, L: np.ndarray, debiased: bool) -> float:
    """HSIC from two centred Grams of :func:`_centred_gram`."""
    n = len(K)
    return float(np.vdot(K, L)) / (n * (n - 3) if debiased else (n - 1) ** 2)


def _self_hsic(K: np.ndarray, debiased: bool, name: str) -> float:
    """HSIC(X, X), refusing values that would make CKA undefined (NaN) or meaningless (negative)."""
    value = _hsic(K, K, debiased)
    if value <= 0.0:
        raise ValueError(
            f"HSIC({name}, {name}) = {value:.3g} <= 0, so CKA is undefined: {name} is constant across rows"
            + (" or too small a sample for the unbiased estimator" if debiased else "")
        )
    return value


def _checked(X: ArrayLike, Y: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    Xa = as_float64(X, ndim=2, name="X")
    Ya = as_float64(Y, ndim=2, name="Y")
    if len(Xa) != len(Ya):
        raise ValueError(f"X and Y must have the same rows (inputs), got n={len(Xa)} and n={len(Ya)}")
    if len(Xa) < _MIN_ROWS:
        raise ValueError(f"CKA needs n >= {_MIN_ROWS} rows, got n={len(Xa)}")
    return Xa, Ya


def _apply_cka(view: LayerView) -> dict[str, float]:
    return {"shift": linear_cka(view.base, view.rm)}


def _apply_cka_biased(view: LayerView) -> dict[str, float]:
    return {"shift": linear_cka_biased(view.base, view.rm)}


@register(
    "cka",
    summary="Debiased linear CKA between base and RM states of the same inputs (1 = same geometry).",
    apply=_apply_cka,
    default=True,
)
def linear_cka(X: ArrayLike, Y: ArrayLike, debiased: bool = True) -> float:
    """Linear CKA between ``X: (n, d1)`` and ``Y: (n, d2)`` (row ``i`` of both is input ``i``).

    Args:
        X: First representation, numpy array or torch tensor.
        Y: Second representation of the same ``n >= 4`` inputs.
        debiased: Unbiased HSIC (Song et al. 2012) instead of the biased (Kornblith et al. 2019) one.

    Returns:
        CKA in [0, 1] when biased; debiased CKA may be slightly negative for unrelated inputs.

    Raises:
        ValueError: ``n < 4``, mismatched rows, non-finite values, or HSIC(X, X) or HSIC(Y, Y) <= 0.
    """
    Xa, Ya = _checked(X, Y)
    K, L = _centred_gram(Xa, debiased), _centred_gram(Ya, debiased)
    denom = np.sqrt(_self_hsic(K, debiased, "X") * _self_hsic(L, debiased, "Y"))
    return float(_hsic(K, L, debiased) / denom)


@register(
    "cka_biased",
    summary="Biased linear CKA (Kornblith et al. 2019); inflated when d is large next to n.",
    apply=_apply_cka_biased,
)
def linear_cka_biased(X: ArrayLike, Y: ArrayLike) -> float:
    """Biased linear CKA of ``X: (n, d1)`` and ``Y: (n, d2)``; see :func:`linear_cka`."""
    return linear_cka(X, Y, debiased=False)


def minibatch_cka(batches: Iterable[tuple[ArrayLike, ArrayLike]], debiased: bool = True) -> float:
    """Minibatch CKA (Nguyen et al. 2021): mean per-batch HSICs, then one CKA from the means.

    A different estimator from :func:`linear_cka` on the concatenated rows: only within-batch pairs
    of inputs enter the HSICs.

    Args:
        batches: Pairs ``(X_b: (n_b, d1), Y_b: (n_b, d2))``, each ``n_b >= 4``; a generator is fine.
        debiased: Unbiased per-batch HSIC (the paper's choice) instead of the biased one.

    Raises:
        ValueError: No batches, a bad batch, or mean HSIC(X, X) or HSIC(Y, Y) <= 0.
    """
    sums = np.zeros(3)  # xy, xx, yy
    count = 0
    for X_b, Y_b in batches:
        Xa, Ya = _checked(X_b, Y_b)
        K, L = _centred_gram(Xa, debiased), _centred_gram(Ya, debiased)
        sums += (_hsic(K, L, debiased), _hsic(K, K, debiased), _hsic(L, L, debiased))
        count += 1
    if count == 0:
        raise ValueError("minibatch_cka got no batches")
    xy, xx, yy = sums / count
    for name, value in (("X", xx), ("Y", yy)):
        if value <= 0.0:
            raise ValueError(f"mean minibatch HSIC({name}, {name}) = {value:.3g} <= 0; CKA is undefined")
    return float(xy / np.sqrt(xx * yy))


def cka_from_grams(K: ArrayLike, L: ArrayLike, debiased: bool = True) -> float:
    """Linear CKA from the linear Grams ``K = X Xᵀ`` and ``L = Y Yᵀ`` ``(n, n)`` of the same inputs.

    Equals :func:`linear_cka` of ``X`` and ``Y``; the rows of ``X`` (or ``Y``) may all be shifted by
    one vector first (e.g. centred on a larger set), which changes no CKA. Costs ``O(n²)``, so the CKA
    of many subsets of one set of inputs can share one Gram: ``cka_from_grams(G[S][:, S], ...)``.

    Raises:
        ValueError: Non-square or mismatched Grams, ``n < 4``, or HSIC(X, X) or HSIC(Y, Y) <= 0.
    """
    grams = [as_float64(G, ndim=2, name=name) for name, G in (("K", K), ("L", L))]
    n = len(grams[0])
    if any(G.shape != (n, n) for G in grams) or n < _MIN_ROWS:
        shapes = [G.shape for G in grams]
        raise ValueError(f"K and L must be (n, n) with the same n >= {_MIN_ROWS}, got {shapes}")
    centred = []
    for G in grams:
        A = G - G.mean(axis=0)  # H G H: the Gram of the column-centred data
        A -= A.mean(axis=1, keepdims=True)
        if np.linalg.norm(A) <= _CONSTANT_RTOL * np.linalg.norm(G):
            A[:] = 0.0  # constant input: HSIC = 0 exactly (an error below), as in linear_cka
        centred.append(_u_centre(A) if debiased else A)
    Kc, Lc = centred
    denom = np.sqrt(_self_hsic(Kc, debiased, "X") * _self_hsic(Lc, debiased, "Y"))
    return float(_hsic(Kc, Lc, debiased) / denom)


def cka_matrix(
    Xs: Sequence[ArrayLike], Ys: Sequence[ArrayLike] | None = None, debiased: bool = True
) -> np.ndarray:
    """Layer-by-layer CKA: entry ``[i, j]`` is CKA(``Xs[i]``, ``Ys[j]``), shape ``(len(Xs), len(Ys))``.

    Each layer's centred Gram is built once, so the cost is one ``(n, n)`` Gram per layer plus a dot
    product per pair of layers.

    Args:
        Xs: Layers ``(n, d_i)`` of one model, all on the same ``n`` inputs.
        Ys: Layers ``(n, d_j)`` of another model on those inputs; ``None`` compares ``Xs`` with itself.
        debiased: As in :func:`linear_cka`.
    """
    if not Xs or (Ys is not None and not Ys):
        raise ValueError("cka_matrix needs at least one layer in Xs and in Ys")
    ref = as_float64(Xs[0], ndim=2, name="Xs[0]")

    def grams(layers: Sequence[ArrayLike], label: str) -> tuple[np.ndarray, np.ndarray]:
        flat, selfs = [], []
        for i, layer in enumerate(layers):
            _, A = _checked(ref, as_float64(layer, ndim=2, name=f"{label}[{i}]"))
            K = _centred_gram(A, debiased)
            selfs.append(_self_hsic(K, debiased, f"{label}[{i}]"))
            flat.append(K.ravel())
        return np.stack(flat), np.array(selfs)

    Kx, sx = grams(Xs, "Xs")
    Ky, sy = (Kx, sx) if Ys is None else grams(Ys, "Ys")
    n = len(ref)
    cross = (Kx @ Ky.T) / (n * (n - 3) if debiased else (n - 1) ** 2)
    return cross / np.sqrt(np.outer(sx, sy))
