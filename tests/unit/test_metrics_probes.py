"""Probes on synthetic data whose answer is known by construction."""

from __future__ import annotations

import numpy as np
import pytest

from repshift.metrics import probes
from repshift.metrics.probes import (
    control_selectivity,
    grouped_folds,
    language_id_probe,
    preference_probe,
    sign_flip,
    transfer_probe,
)

N_ITEMS, N_LANGS, D = 60, 4, 100


@pytest.fixture
def layout():
    items = np.repeat(np.arange(N_ITEMS), N_LANGS)
    langs = np.tile(np.arange(N_LANGS), N_ITEMS)
    return items, langs


def test_memorisable_items_give_high_control_and_no_selectivity(layout):
    items, langs = layout
    rng = np.random.default_rng(0)
    # Features encode item identity only; the "task" label is a random property of each item.
    X = rng.normal(size=(N_ITEMS, D))[items] + 0.3 * rng.normal(size=(len(items), D))
    y = rng.permutation(np.arange(N_ITEMS) % 2)[items]
    for fold_groups, folds in ((None, 5), (langs, N_LANGS)):
        sel = control_selectivity(X, y, items, fold_groups=fold_groups, folds=folds, seed=1)
        assert sel.seen_fraction == 1.0
        assert sel.task > 0.85
        assert sel.control > 0.85
        assert abs(sel.selectivity) < 0.1


def test_real_item_independent_signal_is_selective(layout):
    items, _ = layout
    rng = np.random.default_rng(1)
    y = rng.permutation(np.arange(len(items)) % 2)
    X = rng.normal(size=(len(items), D))
    X[:, 0] += 2.5 * (2 * y - 1)
    sel = control_selectivity(X, y, items, seed=2)
    assert sel.task > 0.85
    assert sel.control < 0.65
    assert sel.selectivity > 0.3


def test_control_needs_items_seen_in_training(layout):
    items, _ = layout
    rng = np.random.default_rng(2)
    X, y = rng.normal(size=(len(items), 5)), rng.integers(0, 2, len(items))
    with pytest.raises(ValueError, match="chance by construction"):
        control_selectivity(X, y, items, fold_groups=items)


def test_grouped_folds_never_split_an_item_and_cover_every_row():
    rng = np.random.default_rng(3)
    groups = rng.integers(0, 40, size=300)
    y = rng.integers(0, 2, size=300)
    splits = grouped_folds(y, groups, folds=5, seed=0)
    assert len(splits) == 5
    tested = np.concatenate([test for _, test in splits])
    assert np.array_equal(np.sort(tested), np.arange(300))
    for train, test in splits:
        assert not set(groups[train]) & set(groups[test])


def test_preference_probe_uses_item_grouped_folds(monkeypatch):
    seen = []
    original = probes._cross_validate

    def spy(X, y, splits, C, seed):
        seen.extend(splits)
        return original(X, y, splits, C, seed)

    monkeypatch.setattr(probes, "_cross_validate", spy)
    groups = np.repeat(np.arange(30), 3)
    preference_probe(np.random.default_rng(4).normal(size=(90, 6)), groups)
    assert len(seen) == 5
    for train, test in seen:
        assert not set(groups[train]) & set(groups[test])


def test_preference_probe_chance_on_noise_high_on_signal():
    rng = np.random.default_rng(5)
    groups = np.repeat(np.arange(100), 2)
    noise = preference_probe(rng.normal(size=(200, 20)), groups, seed=0)
    assert abs(noise.accuracy - 0.5) < 0.1
    signal = rng.normal(size=(200, 20))
    signal[:, 0] += 3.0  # chosen - rejected points along a shared preference direction
    res = preference_probe(signal, groups, seed=0)
    assert res.accuracy > 0.9
    assert res.fold_accuracies.shape == (5,)


def test_sign_flip_is_balanced_and_signed():
    D = np.abs(np.random.default_rng(6).normal(size=(11, 3))) + 0.1
    X, y = sign_flip(D, seed=3)
    assert abs(int(y.sum()) - 11 / 2) <= 0.5
    assert np.array_equal(X[:, 0] > 0, y == 1)
    assert np.allclose(np.abs(X), D)


def test_transfer_probe_follows_shared_direction():
    rng = np.random.default_rng(7)

    def language(direction: int, seed: int):
        D = rng.normal(size=(150, 10))
        D[:, direction] += 3.0
        return sign_flip(D, seed)

    en = language(0, 0)
    assert transfer_probe(*en, *language(0, 1)) > 0.9
    assert abs(transfer_probe(*en, *language(1, 2)) - 0.5) < 0.15


def test_language_id_probe(layout):
    items, langs = layout
    rng = np.random.default_rng(8)
    content = rng.normal(size=(N_ITEMS, 20))[items]
    codes = np.array(["en", "ko", "de", "zh"])[langs]
    with_lang = content + rng.normal(size=(N_LANGS, 20))[langs] + 0.3 * rng.normal(size=content.shape)
    assert language_id_probe(with_lang, codes, items).accuracy > 0.9
    without = content + 0.3 * rng.normal(size=content.shape)
    assert language_id_probe(without, codes, items).accuracy < 0.45
