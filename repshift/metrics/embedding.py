"""2-D UMAP embeddings of layer states for plots."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from repshift.metrics.registry import as_float64


def umap_embed(X: ArrayLike, seed: int = 0, n_neighbors: int = 15, min_dist: float = 0.1) -> np.ndarray:
    """UMAP of ``X: (n, d)`` to ``(n, 2)``, reproducible for a given ``seed``.

    Fixing ``random_state`` makes umap-learn run single-threaded, the price of reproducibility.
    ``n_neighbors`` is capped at ``n - 1`` so small test sets work.
    """
    import umap  # slow import (numba); only plots need it

    Xa = as_float64(X, ndim=2, name="X")
    if len(Xa) < 3:
        raise ValueError(f"UMAP needs at least 3 rows, got {len(Xa)}")
    reducer = umap.UMAP(
        n_components=2,
        n_neighbors=min(n_neighbors, len(Xa) - 1),
        min_dist=min_dist,
        random_state=seed,
        n_jobs=1,
    )
    return np.asarray(reducer.fit_transform(Xa), dtype=np.float64)
