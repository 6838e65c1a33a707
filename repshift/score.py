"""Batched scoring of preference pairs and transfer accuracy.

A pair counts as correct only when the chosen response scores *strictly* higher (a tie is wrong).
Accuracy per category is pair-weighted; the overall accuracy is the unweighted mean of the category
accuracies (RewardBench's convention), so a large category cannot drown a small one.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from repshift.data.schema import PreferencePair
from repshift.models import inputs

log = logging.getLogger(__name__)


@dataclass
class Scores:
    """Rewards of the chosen and rejected side of each pair, in the order of ``pairs``."""

    pairs: list[PreferencePair]
    chosen: np.ndarray
    rejected: np.ndarray
    truncated: int = 0
    identical: int = 0

    @property
    def correct(self) -> np.ndarray:
        return self.chosen > self.rejected


def score_sequences(model: Any, tok: Any, seqs: Sequence[Sequence[int]], batch_size: int = 16) -> np.ndarray:
    """The model's scalar reward for each token sequence (length-sorted batches, right padding)."""
    import torch

    out = np.zeros(len(seqs), dtype=np.float64)
    device = next(model.parameters()).device
    with torch.inference_mode():
        for idx in inputs.length_sorted_batches([len(s) for s in seqs], batch_size):
            batch = inputs.pad_batch([seqs[i] for i in idx], tok.pad_token_id)
            logits = model(**{k: v.to(device) for k, v in batch.items()}).logits
            out[idx] = logits[:, 0].float().cpu().numpy()
    return out


def score_pairs(
    model: Any,
    tok: Any,
    kind: str,
    pairs: Sequence[PreferencePair],
    *,
    max_length: int = 512,
    batch_size: int = 16,
) -> Scores:
    """Score both sides of every pair."""
    enc = inputs.encode_pairs(tok, kind, pairs, max_length)
    rewards = score_sequences(model, tok, enc.chosen + enc.rejected, batch_size)
    n = len(pairs)
    return Scores(list(pairs), rewards[:n], rewards[n:], enc.n_truncated, enc.n_identical)


def accuracy_table(correct: np.ndarray, categories: Sequence[str]) -> dict[str, float]:
    """``{category: accuracy, ..., "overall": mean of categories, "n": pairs}`` (strict wins)."""
    correct = np.asarray(correct, dtype=bool)
    cats = np.asarray(categories)
    table: dict[str, float] = {}
    for c in sorted(set(cats.tolist())):
        table[c] = float(correct[cats == c].mean())
    table["overall"] = float(np.mean(list(table.values()))) if table else float("nan")
    table["n"] = float(len(correct))
    return table


def accuracy(scores: Scores) -> dict[str, float]:
    return accuracy_table(scores.correct, [p.category for p in scores.pairs])


@dataclass
class AccuracyCI:
    """Accuracies of ``k`` columns (RM x language) with paired, category-stratified bootstrap CIs."""

    names: list[str]
    """``["overall", *categories]``."""
    estimate: np.ndarray
    """``(len(names), k)``."""
    low: np.ndarray
    high: np.ndarray
    samples: np.ndarray
    """``(n_boot, len(names), k)``: replicates, for paired differences between columns."""

    def diff(self, a: int, b: int, name: str = "overall", alpha: float = 0.05) -> tuple[float, float, float]:
        """Estimate and interval of ``column a - column b`` for ``name``, from the same resamples."""
        j = self.names.index(name)
        d = self.samples[:, j, a] - self.samples[:, j, b]
        lo, hi = np.quantile(d, [alpha / 2, 1 - alpha / 2])
        return float(self.estimate[j, a] - self.estimate[j, b]), float(lo), float(hi)


def accuracy_cis(
    correct: np.ndarray, categories: Sequence[str], *, n_boot: int = 2000, seed: int = 0, alpha: float = 0.05
) -> AccuracyCI:
    """Percentile bootstrap over items, resampled within each category, paired across columns.

    Args:
        correct: ``(n_items, k)`` booleans, one column per (RM, language); row ``i`` is the same item in
            every column (translations share an item id), so all columns use the same resampled items
            and differences between columns are paired.
        categories: ``(n_items,)``. Resampling within categories keeps every category's size fixed, as
            the overall accuracy (mean of category accuracies) assumes.
    """
    correct = np.asarray(correct, dtype=np.float64)
    if correct.ndim == 1:
        correct = correct[:, None]
    cats = np.asarray(categories)
    names = sorted(set(cats.tolist()))
    rng = np.random.default_rng(seed)
    per_cat = np.empty((n_boot, len(names), correct.shape[1]))
    point = np.empty((len(names), correct.shape[1]))
    for j, c in enumerate(names):
        rows = correct[cats == c]
        point[j] = rows.mean(axis=0)
        idx = rng.integers(0, len(rows), size=(n_boot, len(rows)))
        per_cat[:, j] = rows[idx].mean(axis=1)
    samples = np.concatenate([per_cat.mean(axis=1, keepdims=True), per_cat], axis=1)
    estimate = np.vstack([point.mean(axis=0, keepdims=True), point])
    low, high = np.quantile(samples, [alpha / 2, 1 - alpha / 2], axis=0)
    return AccuracyCI(["overall", *names], estimate, low, high, samples)
