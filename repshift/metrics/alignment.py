"""Cross-lingual alignment of parallel items: do translations of an item land near each other?

Not per-layer registry metrics: each needs one layer's states in two languages.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from repshift.metrics.cosine import row_cosine
from repshift.metrics.registry import as_float64


def _unit_rows(A: np.ndarray, centered: bool, name: str) -> np.ndarray:
    if centered:
        A = A - A.mean(axis=0)
    norms = np.linalg.norm(A, axis=1, keepdims=True)
    if (norms < 1e-12).any():
        raise ValueError(f"{int((norms < 1e-12).sum())} rows of {name} have (near) zero norm")
    return A / norms


def retrieval_top1(A: ArrayLike, B: ArrayLike, centered: bool = True) -> float:
    """Top-1 translation retrieval accuracy by cosine, averaged over both directions.

    Args:
        A: ``(n, d)`` states of ``n`` items in one language.
        B: ``(n, d)`` states of the same items (same row order) in another language.
        centered: Subtract each language's own mean first; the per-language mean is a language
            identity offset that otherwise dominates nearest neighbours.

    Returns:
        Mean of A->B and B->A accuracy; chance is ``1 / n``. Ties go to the lowest index.
    """
    Aa, Ba = as_float64(A, ndim=2, name="A"), as_float64(B, ndim=2, name="B")
    if Aa.shape != Ba.shape:
        raise ValueError(f"A and B must have the same shape, got {Aa.shape} and {Ba.shape}")
    S = _unit_rows(Aa, centered, "A") @ _unit_rows(Ba, centered, "B").T
    idx = np.arange(len(S))
    return float(((S.argmax(axis=1) == idx).mean() + (S.argmax(axis=0) == idx).mean()) / 2)


def matched_cosine(A: ArrayLike, B: ArrayLike, centered: bool = False) -> float:
    """Mean cosine of matched rows of ``A, B: (n, d)`` (the same items in two languages)."""
    return float(row_cosine(A, B, centered=centered).mean())
