"""Cross-lingual probes: no translation leaks into training, controls behave as designed."""

from __future__ import annotations

import numpy as np
import pytest
from synthetic import make_caps

from repshift import metrics
from repshift.capture import Capture
from repshift.metrics import control_selectivity
from repshift.probing import (
    control_rows,
    crosslingual_transfer,
    flipped,
    item_signs,
    language_id_rows,
    probes_table,
    split_items,
    transfer_correct,
)


def test_split_items_is_disjoint_complete_and_seeded():
    ids = [f"i{k}" for k in range(21)] * 2  # duplicates (several languages) count once
    a, b = split_items(ids, seed=3)
    assert not set(a) & set(b) and set(a) | set(b) == set(ids)
    assert abs(len(a) - len(b)) <= 1
    assert split_items(ids, seed=3) == (a, b) and split_items(ids, seed=4) != (a, b)


def test_item_signs_are_balanced_and_shared_by_languages():
    signs = item_signs(["b", "a", "c", "d", "a"], seed=0)
    assert sorted(signs) == ["a", "b", "c", "d"] and sum(signs.values()) == 2
    X, y = flipped(np.ones((3, 2)), ["a", "b", "a"], signs)
    assert y[0] == y[2] and (X[:, 0] == np.where(y == 1, 1.0, -1.0)).all()


def test_transfer_correct_equals_the_registry_transfer_probe():
    rng = np.random.default_rng(0)
    Xtr, Xte = rng.normal(size=(40, 5)), rng.normal(size=(30, 5))
    ytr, yte = (Xtr[:, 0] > 0).astype(int), (Xte[:, 0] + 0.5 * rng.normal(size=30) > 0).astype(int)
    hits = transfer_correct((Xtr, ytr), {"ko": (Xte, yte)}, seed=2)["ko"]
    assert hits.mean() == metrics.transfer_probe(Xtr, ytr, Xte, yte, seed=2)


def _item_memory_caps(n: int = 80, d: int = 60) -> dict[str, Capture]:
    """No shared preference direction at all: each item's difference is its own random vector,
    identical in every language. Only memorising items (a leak) can beat chance."""
    return make_caps(
        ("en", "ko", "de"), n=n, d=d, layers=1, content=0.0, pref=0.0, noise=0.0, lang_offset=0.0
    )


def _with_item_differences(caps: dict[str, Capture], seed: int = 0) -> dict[str, Capture]:
    rng = np.random.default_rng(seed)
    first = next(iter(caps.values()))
    ids = sorted(first.item_ids)
    vec = dict(zip(ids, rng.normal(size=(len(ids), first.chosen.shape[-1])), strict=True))
    for c in caps.values():
        diffs = np.stack([vec[i] for i in c.item_ids])
        c.chosen[1] = (diffs / 2).astype(np.float32)
        c.rejected[1] = (-diffs / 2).astype(np.float32)
    return caps


def test_xl_transfer_cannot_memorise_translations():
    caps = _with_item_differences(_item_memory_caps())
    rows = {r["test_lang"]: r for r in crosslingual_transfer(caps, 1, n_boot=100)}
    assert set(rows) == {"en", "ko", "de"}
    for r in rows.values():
        assert r["value"] < 0.72, r  # chance; a translation leak would give ~1.0
        assert r["n"] == 40 and r["train_lang"] == "en"
    # the same probe fitted on the *test* items' English rows scores ~1 on their translations: the leak
    # the half split prevents
    half_b = split_items(caps["en"].item_ids)[1]
    signs = item_signs(caps["en"].item_ids)
    rows_of = lambda c: [c.item_ids.index(i) for i in half_b]  # noqa: E731
    data = {
        g: flipped(c.chosen[1][rows_of(c)] - c.rejected[1][rows_of(c)], half_b, signs)
        for g, c in caps.items()
    }
    assert transfer_correct(data["en"], {"ko": data["ko"]})["ko"].mean() > 0.95


def test_xl_transfer_reads_a_shared_direction():
    caps = make_caps(("en", "ko", "zh"), n=80, d=12, layers=1, pref=3.0, noise=0.5)
    rows = crosslingual_transfer(caps, 1, n_boot=200)
    for r in rows:
        assert r["value"] > 0.9 and r["ci_low"] <= r["value"] <= r["ci_high"] and r["headline"]


def test_control_is_memorisable_only_through_other_languages():
    # Item-specific differences shared by the languages: the control (per-item labels) can be learnt
    # from the item's other languages under leave-one-language-out folds.
    shared = _with_item_differences(_item_memory_caps(n=60, d=120))
    sel = {r["metric"]: r for r in control_rows(shared, 1)}
    assert sel["control_accuracy"]["value"] > 0.9
    assert sel["selectivity"]["value"] == pytest.approx(
        sel["control_task"]["value"] - sel["control_accuracy"]["value"]
    )
    assert "seen fraction 1.00" in sel["control_accuracy"]["note"]
    # Independent differences per language: nothing to memorise across languages, control ~ chance.
    indep = _item_memory_caps(n=60, d=120)
    for k, c in enumerate(indep.values()):
        _with_item_differences({"x": c}, seed=10 + k)
    sel2 = {r["metric"]: r for r in control_rows(indep, 1)}
    assert sel2["control_accuracy"]["value"] < 0.7


def test_control_intervals_are_one_paired_item_bootstrap():
    # A brute-force reference: resample item ids with replacement, all of an item's rows (its languages)
    # together, the same draws for task and control; the selectivity interval is that of the difference.
    caps = make_caps(("en", "ko", "zh"), n=40, d=12, layers=1, pref=1.0, noise=1.0)
    rows = {r["metric"]: r for r in control_rows(caps, 1, n_boot=200, seed=0)}
    langs = list(caps)
    ids = [i for g in langs for i in caps[g].item_ids]
    X, y = flipped(
        np.concatenate([caps[g].chosen[1] - caps[g].rejected[1] for g in langs]), ids, item_signs(ids)
    )
    groups = np.concatenate([[g] * len(caps[g].item_ids) for g in langs])
    sel = control_selectivity(X, y, np.asarray(ids), fold_groups=groups, folds=len(langs), seed=0)
    assert sel.task_correct.mean() == pytest.approx(rows["control_task"]["value"])
    assert sel.control_correct.mean() == pytest.approx(rows["control_accuracy"]["value"])
    uniq = sorted(set(ids))
    by_item = {u: np.flatnonzero(np.asarray(ids) == u) for u in uniq}
    draws = []
    for pick in np.random.default_rng(0).integers(0, len(uniq), size=(200, len(uniq))):
        take = np.concatenate([by_item[uniq[k]] for k in pick])
        t, c = sel.task_correct[take].mean(), sel.control_correct[take].mean()
        draws.append((t, c, t - c))
    ref = np.percentile(np.array(draws), [2.5, 97.5], axis=0)
    for k, metric in enumerate(["control_task", "control_accuracy", "selectivity"]):
        r = rows[metric]
        assert (r["ci_low"], r["ci_high"]) == pytest.approx(tuple(ref[:, k]), abs=1e-12), metric
        assert r["ci_low"] <= r["value"] <= r["ci_high"] and "paired" in r["ci_method"]
    assert rows["selectivity"]["ci_low"] > 0 and rows["control_accuracy"]["ci_low"] < 0.5


def test_language_id_is_flagged_not_a_headline():
    caps = make_caps(("en", "ko", "zh"), n=20, d=8, layers=1, lang_offset=3.0)
    (row,) = language_id_rows(caps, 1)
    assert row["metric"] == "language_id" and row["headline"] is False and "not a headline" in row["note"]
    assert row["value"] > 0.9


def test_probes_table_shape_and_base_repetition():
    caps = make_caps(("en", "ko", "de"), n=24, d=8, layers=2)
    rms = {"rm-en": caps, "rm-ko": caps}
    t = probes_table(caps, rms)
    assert set(t.metric) == {"xl_transfer", "control_task", "control_accuracy", "selectivity", "language_id"}
    assert set(t.layer) == {1, 2} and set(t.model) == {"base", "rm"}
    # an RM identical to the base gives identical rows
    key = ["rm", "layer", "metric", "test_lang"]
    b = t[t.model == "base"].set_index(key).value
    r = t[t.model == "rm"].set_index(key).value
    np.testing.assert_allclose(b.sort_index(), r.sort_index())
    assert not t.ci_low.isna().any() and not t.ci_high.isna().any()
