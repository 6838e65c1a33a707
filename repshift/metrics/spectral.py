"""Spectral concentration: how much of a representation's spectrum its top direction holds."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import ArrayLike

from repshift.metrics.registry import LayerView, as_float64, register


def _apply_spectral(view: LayerView) -> dict[str, float]:
    return {"base": spectral_concentration(view.base), "rm": spectral_concentration(view.rm)}


@register(
    "spectral",
    summary="Spectral concentration sigma_1 / sum(sigma_i) of the centred layer states, base and RM.",
    apply=_apply_spectral,
    default=True,
)
def spectral_concentration(M: ArrayLike, center: bool = True) -> float:
    """Share of the nuclear norm held by the top singular value, ``sigma_1 / sum_i sigma_i``.

    Args:
        M: ``(n, d)`` inputs x hidden, or ``(t, d)`` tokens x hidden of one input.
        center: Subtract the column mean first, so one shared offset direction (massive
            activations) does not read as concentration.

    Returns:
        A value in ``[1 / min(n, d), 1]``; 1 means rank one.

    Raises:
        ValueError: ``M`` is all zeros after centring (e.g. one row, or identical rows).
    """
    raw = as_float64(M, ndim=2, name="M")
    A = raw - raw.mean(axis=0) if center else raw
    # Relative test: centring identical rows leaves rounding noise, whose "spectrum" is meaningless.
    if np.linalg.norm(A) <= 1e-12 * np.linalg.norm(raw):
        raise ValueError(f"M {A.shape} has no spread{' after centring' if center else ''}; undefined")
    # Full SVD, not Gram eigenvalues: the small singular values enter the sum, and squaring them
    # through a Gram would lose their digits.
    s = np.linalg.svd(A, compute_uv=False)
    total = float(s.sum())
    return float(s[0]) / total


def token_spectral_concentration(mats: Sequence[ArrayLike], center: bool = True) -> np.ndarray:
    """Per-input spectral concentration of token x hidden matrices (the paper's form), ``(n,)``.

    Args:
        mats: One ``(t_i, d)`` matrix per input; with ``center`` each needs ``t_i >= 2`` tokens.
        center: As in :func:`spectral_concentration`, per matrix.
    """
    out = np.empty(len(mats))
    for i, m in enumerate(mats):
        try:
            out[i] = spectral_concentration(m, center=center)
        except ValueError as err:
            raise ValueError(f"input {i}: {err}") from None
    return out


class SizeMatched(NamedTuple):
    """Result of :func:`size_matched`."""

    mean: float
    std: float
    """Spread (sample std) over the repeats: subsampling variability, not a standard error."""
    values: np.ndarray


def size_matched(
    fn: Callable[[Any], float],
    X: np.ndarray | Sequence[Any],
    n: int,
    rng: np.random.Generator | int = 0,
    repeats: int = 20,
) -> SizeMatched:
    """``fn`` on random size-``n`` subsets (without replacement) of ``X``, to compare at equal n.

    Spectral concentration (and most spectrum statistics) depends on the number of rows, so languages
    with more items must be subsampled down to the smallest before their values are compared.

    Args:
        fn: Metric of one ``(n, d)`` array, or of a list of per-input matrices.
        X: ``(N, d)`` array (rows are subsampled) or a sequence of per-input items.
        n: Subset size, ``1 <= n <= N``.
        rng: Generator or seed.
        repeats: Number of subsets.
    """
    N = len(X)
    if not 1 <= n <= N:
        raise ValueError(f"size_matched needs 1 <= n <= N, got n={n}, N={N}")
    gen = np.random.default_rng(rng)
    values = np.empty(repeats)
    for r in range(repeats):
        idx = np.sort(gen.choice(N, size=n, replace=False))
        sub = X[idx] if isinstance(X, np.ndarray) else [X[i] for i in idx]
        values[r] = fn(sub)
    return SizeMatched(float(values.mean()), float(values.std(ddof=1)) if repeats > 1 else 0.0, values)
