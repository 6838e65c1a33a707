"""UMAP embedding: shape, determinism, and that separated clusters stay separated."""

from __future__ import annotations

import warnings

import numpy as np

from repshift.metrics.embedding import umap_embed


def test_umap_embed_reproducible_and_keeps_clusters_apart():
    rng = np.random.default_rng(0)
    X = np.concatenate([rng.normal(size=(30, 10)), rng.normal(size=(30, 10)) + 12.0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # umap warns that a seed disables parallelism
        E1 = umap_embed(X, seed=3, n_neighbors=10)
        E2 = umap_embed(X, seed=3, n_neighbors=10)
    assert E1.shape == (60, 2) and E1.dtype == np.float64
    assert np.array_equal(E1, E2)
    a, b = E1[:30], E1[30:]
    gap = np.linalg.norm(a.mean(0) - b.mean(0))
    spread = max(a.std(0).max(), b.std(0).max())
    assert gap > 3 * spread
