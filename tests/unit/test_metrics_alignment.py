"""Cross-lingual retrieval and matched cosine against loop references."""

from __future__ import annotations

import math

import numpy as np
import pytest

from repshift.metrics.alignment import matched_cosine, retrieval_top1


def retrieval_loop(A: np.ndarray, B: np.ndarray) -> float:
    def cos(a, b):
        return float(a @ b) / math.sqrt(float(a @ a) * float(b @ b))

    n = len(A)
    hits_ab = sum(max(range(n), key=lambda j: cos(A[i], B[j])) == i for i in range(n))
    hits_ba = sum(max(range(n), key=lambda i: cos(A[i], B[j])) == j for j in range(n))
    return (hits_ab + hits_ba) / (2 * n)


def test_retrieval_matches_loop_reference():
    rng = np.random.default_rng(0)
    A = rng.normal(size=(30, 8))
    B = A + 0.9 * rng.normal(size=(30, 8))
    expected = retrieval_loop(A - A.mean(0), B - B.mean(0))
    assert 0.2 < expected < 1.0  # a case where some retrievals fail
    assert retrieval_top1(A, B) == pytest.approx(expected, abs=1e-12)
    assert retrieval_top1(A, B, centered=False) == pytest.approx(retrieval_loop(A, B), abs=1e-12)


def test_centring_removes_language_offset():
    rng = np.random.default_rng(1)
    content = rng.normal(size=(50, 16))
    A = content + 0.3 * rng.normal(size=content.shape) + 20 * rng.normal(size=16)
    B = content + 0.3 * rng.normal(size=content.shape) + 20 * rng.normal(size=16)
    assert retrieval_top1(A, B, centered=True) > 0.95
    assert retrieval_top1(A, B, centered=False) < 0.5
    unrelated = rng.normal(size=(50, 16))
    assert retrieval_top1(content, unrelated) < 0.15


def test_matched_cosine_matches_loop():
    rng = np.random.default_rng(2)
    A, B = rng.normal(size=(12, 5)), rng.normal(size=(12, 5))
    expected = np.mean(
        [float(a @ b) / math.sqrt(float(a @ a) * float(b @ b)) for a, b in zip(A, B, strict=True)]
    )
    assert matched_cosine(A, B) == pytest.approx(expected, abs=1e-6)
    assert matched_cosine(A, A) == pytest.approx(1.0)
