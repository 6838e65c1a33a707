"""Per-input L2 norms of hidden states."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from repshift.metrics.registry import LayerView, as_float64, register


def _apply_norm(view: LayerView) -> dict[str, float]:
    return {"base": float(l2_norms(view.base).mean()), "rm": float(l2_norms(view.rm).mean())}


@register(
    "norm",
    summary="Mean L2 norm of the layer states, base and RM.",
    apply=_apply_norm,
    default=True,
)
def l2_norms(X: ArrayLike) -> np.ndarray:
    """L2 norm of each row of ``X: (n, d)``, shape ``(n,)``."""
    return np.linalg.norm(as_float64(X, ndim=2, name="X"), axis=1)
