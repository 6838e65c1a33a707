"""Per-input cosine drift between base and RM states, and drift of the chosen-minus-rejected direction."""

from __future__ import annotations

import logging
from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike

from repshift.metrics.registry import LayerView, as_float64, register

log = logging.getLogger(__name__)


def _pair(X: ArrayLike, Y: ArrayLike, names: tuple[str, str] = ("X", "Y")) -> tuple[np.ndarray, np.ndarray]:
    Xa = as_float64(X, ndim=2, name=names[0])
    Ya = as_float64(Y, ndim=2, name=names[1])
    if Xa.shape != Ya.shape:
        raise ValueError(f"{names[0]} and {names[1]} must have the same shape, got {Xa.shape} and {Ya.shape}")
    return Xa, Ya


def row_cosine(X: ArrayLike, Y: ArrayLike, centered: bool = False, eps: float = 1e-8) -> np.ndarray:
    """Cosine similarity of matched rows ``cos(x_i, y_i)`` of ``X, Y: (n, d)``, shape ``(n,)``.

    Args:
        X: First states.
        Y: Second states, row ``i`` the same input as in ``X``.
        centered: Subtract each matrix's own column mean first. Raw cosine is dominated by the few
            massive-activation dimensions every row shares, so it sits near 1 whatever the rest does.
        eps: Rows with L2 norm below this (after centring) have no direction.

    Raises:
        ValueError: Shapes differ, or some rows have norm < ``eps`` (the message says how many).
    """
    Xa, Ya = _pair(X, Y)
    if centered:
        Xa = Xa - Xa.mean(axis=0)
        Ya = Ya - Ya.mean(axis=0)
    nx, ny = np.linalg.norm(Xa, axis=1), np.linalg.norm(Ya, axis=1)
    bad = (nx < eps) | (ny < eps)
    if bad.any():
        raise ValueError(f"{int(bad.sum())} of {len(bad)} rows have norm < {eps:g}; cosine is undefined")
    return np.einsum("ij,ij->i", Xa, Ya) / (nx * ny)


def _apply_cosine(view: LayerView) -> dict[str, float]:
    return {
        "shift": float(cosine_drift(view.base, view.rm).mean()),
        "shift_centered": float(cosine_drift(view.base, view.rm, centered=True).mean()),
    }


@register(
    "cosine_drift",
    summary="Mean 1 - cos(base_i, rm_i) per input; raw and column-centred.",
    apply=_apply_cosine,
    default=True,
)
def cosine_drift(X: ArrayLike, Y: ArrayLike, centered: bool = False, eps: float = 1e-8) -> np.ndarray:
    """Per-row drift ``1 - cos(x_i, y_i)`` of ``X, Y: (n, d)``, shape ``(n,)``; see :func:`row_cosine`."""
    return 1.0 - row_cosine(X, Y, centered=centered, eps=eps)


class DifferenceDrift(NamedTuple):
    """Result of :func:`difference_drift`."""

    drift: np.ndarray
    """``(n_valid,)`` drift of each valid pair, in pair order."""
    n_excluded: int
    """Pairs dropped because a model's chosen and rejected states (nearly) coincide."""
    valid: np.ndarray
    """``(n,)`` bool mask of the pairs in :attr:`drift`, to line drifts up with item ids."""


def _apply_difference(view: LayerView) -> dict[str, float]:
    result = difference_drift(view.base_chosen, view.base_rejected, view.rm_chosen, view.rm_rejected)
    if result.n_excluded:
        log.info("difference_drift %s layer %d: %d pairs excluded", view.lang, view.layer, result.n_excluded)
    return {"shift": float(result.drift.mean())}


@register(
    "difference_drift",
    summary="Mean 1 - cos between the base's and the RM's chosen-minus-rejected direction per pair.",
    apply=_apply_difference,
    default=True,
)
def difference_drift(
    Xc: ArrayLike, Xr: ArrayLike, Yc: ArrayLike, Yr: ArrayLike, eps: float = 1e-6
) -> DifferenceDrift:
    """Drift ``1 - cos(xc_i - xr_i, yc_i - yr_i)`` of the preference direction, per pair.

    The difference already cancels what chosen and rejected share (prompt, massive activations), so
    no centring is offered. Pairs whose chosen and rejected states coincide have no direction: they
    are dropped, not raised on, because identical completions occur in real preference data.

    Args:
        Xc: Base states of the chosen sequences ``(n, d)``.
        Xr: Base states of the rejected sequences ``(n, d)``.
        Yc: RM states of the chosen sequences ``(n, d)``.
        Yr: RM states of the rejected sequences ``(n, d)``.
        eps: A pair is dropped when, for either model, ``|c - r| < eps * max(|c|, |r|)``. The tolerance
            is relative so it is independent of the layer's scale; raise it (e.g. to 1e-2) for states
            captured in bf16, whose rounding alone separates nominally identical states.

    Returns:
        The drifts of the valid pairs, how many pairs were excluded, and the valid mask.

    Raises:
        ValueError: Shapes differ, or every pair is excluded.
    """
    Xca, Xra = _pair(Xc, Xr, ("Xc", "Xr"))
    Yca, Yra = _pair(Yc, Yr, ("Yc", "Yr"))
    _pair(Xca, Yca, ("Xc", "Yc"))
    valid = np.ones(len(Xca), dtype=bool)
    diffs = []
    for c, r in ((Xca, Xra), (Yca, Yra)):
        d = c - r
        scale = np.maximum(np.linalg.norm(c, axis=1), np.linalg.norm(r, axis=1))
        valid &= np.linalg.norm(d, axis=1) > eps * scale
        diffs.append(d)
    if not valid.any():
        raise ValueError(f"all {len(valid)} pairs have (nearly) identical chosen and rejected states")
    drift = cosine_drift(diffs[0][valid], diffs[1][valid], eps=0.0)
    return DifferenceDrift(drift, int((~valid).sum()), valid)
