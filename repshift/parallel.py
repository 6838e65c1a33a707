"""Rows of parallel captures: match items across languages, find the layers where inputs differ.

Kept apart from the analysis steps (which import :mod:`repshift.analyze`) so that every step module
can import these without an import cycle.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def matched_indices(ids_a: Sequence[str], ids_b: Sequence[str]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Row indices of the items two captures share, in sorted item-id order.

    Returns:
        ``(rows_a, rows_b, ids)``: ``ids_a[rows_a[k]] == ids_b[rows_b[k]] == ids[k]``.

    Raises:
        ValueError: An item id occurs twice in one capture (rows could not be matched).
    """
    for name, ids in (("a", ids_a), ("b", ids_b)):
        if len(set(ids)) != len(ids):
            raise ValueError(f"capture {name} has duplicate item ids; rows cannot be matched by item")
    pos_a = {i: k for k, i in enumerate(ids_a)}
    pos_b = {i: k for k, i in enumerate(ids_b)}
    common = sorted(set(pos_a) & set(pos_b))
    return (
        np.array([pos_a[i] for i in common], dtype=np.intp),
        np.array([pos_b[i] for i in common], dtype=np.intp),
        common,
    )


def varying_layers(states: np.ndarray) -> list[int]:
    """Layers of ``states: (layers + 1, n, d)`` whose rows are not all identical.

    Under first/last-token pooling the embedding layer reads the same special token in every
    sequence: no metric between inputs is defined there.
    """
    return [layer for layer in range(len(states)) if np.ptp(states[layer], axis=0).max() > 0]
