"""Verdict logic of the findings check on synthetic tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from repshift.findings import (
    CONTRADICTED,
    INCONCLUSIVE,
    INVALID,
    SUPPORTED,
    f1_table,
    f2_table,
    f3_table,
    md_table,
    render,
    verdict,
)
from repshift.score import accuracy_cis


@pytest.mark.parametrize(
    ("low", "high", "expected", "label"),
    [
        (0.02, 0.10, +1, SUPPORTED),
        (0.02, 0.10, -1, CONTRADICTED),
        (-0.10, -0.02, -1, SUPPORTED),
        (-0.10, -0.02, +1, CONTRADICTED),
        (-0.01, 0.10, +1, INCONCLUSIVE),
        (-0.10, 0.0, -1, INCONCLUSIVE),  # touching 0 is including it
        (np.nan, np.nan, +1, INCONCLUSIVE),
    ],
)
def test_verdict_from_the_interval(low, high, expected, label):
    assert verdict(low, high, expected).label == label


def test_seed_floor_makes_small_differences_inconclusive():
    assert verdict(-0.05, -0.01, -1, estimate=-0.03, floor=0.04).label == INCONCLUSIVE
    assert verdict(-0.05, -0.01, -1, estimate=-0.03, floor=0.02).label == SUPPORTED
    assert verdict(-0.05, -0.01, -1, estimate=-0.03, floor=np.nan).label == SUPPORTED
    with pytest.raises(ValueError):
        verdict(0.1, 0.0, 1)


def _scores(acc: dict[tuple[str, str], float], n: int = 200, seed: int = 0) -> pd.DataFrame:
    """Per-pair scores where (rm, lang) gets the chosen side right on a fraction ``acc`` of items."""
    rng = np.random.default_rng(seed)
    rows = []
    for (rm, lang), a in acc.items():
        right = rng.permutation(np.arange(n) < round(a * n))
        for i in range(n):
            rows.append({"rm": rm, "lang": lang, "item_id": f"i{i}", "category": ["chat", "safety"][i % 2],
                         "score_chosen": 1.0 if right[i] else 0.0, "score_rejected": 0.5})  # fmt: skip
    return pd.DataFrame(rows)


def test_f1_verdicts_and_paired_differences():
    acc = {
        ("rm-en", "ko"): 0.85, ("rm-ko", "ko"): 0.60,  # English RM clearly better: supported
        ("rm-en", "de"): 0.70, ("rm-de", "de"): 0.71,  # a tie: inconclusive
        ("rm-en", "zh"): 0.55, ("rm-zh", "zh"): 0.85,  # clearly worse: contradicted
        ("rm-en-s1", "ko"): 0.80, ("rm-en-shuffled", "ko"): 0.5,
    }  # fmt: skip
    scores = _scores(acc)
    t = f1_table(scores, n_boot=500).set_index("lang")
    assert t.loc["ko", "verdict"] == SUPPORTED and t.loc["de", "verdict"] == INCONCLUSIVE
    assert t.loc["zh", "verdict"] == CONTRADICTED
    for lang in ("ko", "de", "zh"):
        r = t.loc[lang]
        assert r["diff"] == pytest.approx(r.acc_ref - r.acc_other, abs=1e-12)
        assert r.diff_low <= r["diff"] <= r.diff_high
    assert t.loc["ko", "seed_floor"] == pytest.approx(abs(t.loc["ko", "acc_ref"] - 0.80), abs=0.01)
    assert np.isnan(t.loc["de", "seed_floor"]) and t.loc["ko", "null_acc"] == pytest.approx(0.5, abs=0.01)
    # the interval of the difference comes from the same resamples as the accuracies (paired)
    s = scores.assign(correct=scores.score_chosen > scores.score_rejected)
    wide = s.pivot_table(
        index=["item_id", "category"], columns=["rm", "lang"], values="correct", aggfunc="first"
    ).dropna()
    ci = accuracy_cis(wide.to_numpy(dtype=bool), wide.index.get_level_values("category"), n_boot=500)
    cols = list(wide.columns)
    _, lo, hi = ci.diff(cols.index(("rm-en", "ko")), cols.index(("rm-ko", "ko")))
    assert (t.loc["ko", "diff_low"], t.loc["ko", "diff_high"]) == pytest.approx((lo, hi))


def _compare_rows(
    lang: str, metric: str, model: str, values: dict[str, float], half: float = 0.01
) -> list[dict]:
    labels = list(values)
    rows = []
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            d = values[a] - values[b]
            rows.append({"lang": lang, "metric": metric, "model": model, "rm_a": a, "rm_b": b,
                         "value_a": values[a], "a_low": values[a] - half, "a_high": values[a] + half,
                         "value_b": values[b], "b_low": values[b] - half, "b_high": values[b] + half,
                         "diff": d, "diff_low": d - half, "diff_high": d + half})  # fmt: skip
    return rows


def test_f2_orients_cka_and_applies_the_seed_floor():
    rows = []
    # CKA: RM-en keeps more of the base (0.95) than RM-ko (0.80): less shift -> supported
    rows += _compare_rows(
        "ko", "cka", "shift", {"rm-en": 0.95, "rm-ko": 0.80, "rm-en-s1": 0.94, "rm-en-shuffled": 0.9}
    )
    # drift: RM-en drifts more than RM-de -> contradicted
    rows += _compare_rows("ko", "cosine_drift", "shift", {"rm-en": 0.30, "rm-de": 0.10, "rm-en-s1": 0.29})
    # a clear difference (CI excludes 0) but within the seed floor -> inconclusive
    rows += _compare_rows("de", "difference_drift", "shift", {"rm-en": 0.20, "rm-zh": 0.25, "rm-en-s1": 0.30})
    # reversed storage order (rm-ko first) must be read the right way round
    rows += _compare_rows("zh", "cka", "shift", {"rm-ko": 0.80, "rm-en": 0.95})
    t = f2_table(pd.DataFrame(rows)).set_index(["lang", "metric", "rm_other"])
    r = t.loc[("ko", "cka", "rm-ko")]
    assert r.verdict == SUPPORTED and r.shift_ref == pytest.approx(0.05) and r["diff"] == pytest.approx(-0.15)
    assert r.diff_low == pytest.approx(-0.16) and r.diff_high == pytest.approx(-0.14)
    assert r.seed_floor == pytest.approx(0.01) and r.null_shift == pytest.approx(0.1)
    assert t.loc[("ko", "cosine_drift", "rm-de")].verdict == CONTRADICTED
    r = t.loc[("de", "difference_drift", "rm-zh")]
    assert r.verdict == INCONCLUSIVE and "seed floor" in r.reason
    r = t.loc[("zh", "cka", "rm-ko")]
    assert r.verdict == SUPPORTED and r["diff"] == pytest.approx(-0.15) and np.isnan(r.seed_floor)
    # the seed and null RMs are context, never compared as "other" RMs
    assert not {"rm-en-s1", "rm-en-shuffled"} & set(t.index.get_level_values("rm_other"))


def test_f3_keeps_base_once_and_adds_the_seed_floor():
    rows = []
    for rm in ("rm-en", "rm-en-s1", "rm-ko"):
        for model in ("base", "rm"):
            for site, layer in (("input_embedding", None), ("pooled", 1), ("pooled", 2), ("pooled", 3)):
                ratio = {"base": 1.2, "rm-en": 1.10, "rm-en-s1": 1.04, "rm-ko": 0.98}[
                    rm if model == "rm" else "base"
                ]
                rows.append({"rm": rm, "site": site, "layer": layer, "model": model, "lang": "ko", "ref_lang": "en",
                             "ratio": ratio, "ci_low": ratio - 0.03, "ci_high": ratio + 0.03, "n_items": 10,
                             "ci_method": ""})  # fmt: skip
    r = pd.DataFrame(rows)
    r["layer"] = r["layer"].astype("Int64")
    t = f3_table(r)
    assert sorted(t.model.unique()) == ["base", "rm-en", "rm-en-s1", "rm-ko"] and len(t) == 4 * 4
    assert (t.verdict == "descriptive").all()
    assert t.set_index("model").ci_includes_1.groupby(level=0).first().to_dict() == {
        "base": False, "rm-en": False, "rm-en-s1": False, "rm-ko": True}  # fmt: skip
    np.testing.assert_allclose(t[t.model == "rm-en"].seed_floor, 0.06)
    assert t[t.model != "rm-en"].seed_floor.isna().all()
    md = render(pd.DataFrame(), pd.DataFrame(), t, {"base": "me5-small"})
    assert "# Findings check: me5-small" in md and "no comparisons" in md
    assert "| input_embedding | base | 1.200 [1.170, 1.230] |" in md and "| pooled L2 | rm-ko |" in md


def test_md_table_escapes_and_marks_missing():
    assert md_table(pd.DataFrame({"a": [1.0, np.nan], "b": ["x|y", None]})).splitlines()[2:] == [
        "| 1.000 | x\\|y |",
        "| – | – |",
    ]


def test_comparisons_with_a_broken_rm_are_invalid_whatever_the_interval():
    acc = {("rm-en", "ko"): 0.85, ("rm-ko", "ko"): 0.50, ("rm-en", "de"): 0.85, ("rm-de", "de"): 0.60}
    t = f1_table(_scores(acc), n_boot=200, broken={"rm-ko": "collapsed"}).set_index("lang")
    assert t.loc["ko", "verdict"] == INVALID and "rm-ko collapsed" in t.loc["ko", "reason"]
    assert t.loc["de", "verdict"] == SUPPORTED  # the healthy comparison keeps its verdict
    rows = _compare_rows("ko", "cka", "shift", {"rm-en": 0.95, "rm-ko": 0.80, "rm-de": 0.70})
    t2 = f2_table(pd.DataFrame(rows), broken={"rm-en": "not_learned"})
    assert set(t2.verdict) == {INVALID}  # the reference itself is broken: every row
    text = render(t.reset_index(), t2, pd.DataFrame(), {"base": "b"}, {"rm-ko": {"health": "collapsed", "final_loss": 0.693,
                                                            "eval_accuracy": 0.5, "reason": "why"}})  # fmt: skip
    assert "## Training health" in text and "1 invalid" in text and "| rm-ko | collapsed |" in text
