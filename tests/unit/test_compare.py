"""RM-vs-RM shift comparison: layer means of the registry metrics, paired subsampling intervals."""

from __future__ import annotations

import numpy as np
import pytest
from synthetic import make_caps, perturbed

from repshift import metrics
from repshift.analyze import layer_views
from repshift.compare import shift_compare_rows


@pytest.fixture(scope="module")
def views():
    caps = make_caps(("ko",), n=30, d=10, layers=3)
    rms = {
        "rm-en": perturbed(caps, 0.1),
        "rm-ko": perturbed(caps, 0.6, seed=2),
        "rm-same": perturbed(caps, 0.1),
    }
    return {label: layer_views(caps["ko"], c["ko"], "ko") for label, c in rms.items()}


def test_estimates_are_layer_means_of_the_registry_functions(views):
    rows = shift_compare_rows(views, n_rep=20)
    cka = next(r for r in rows if r["metric"] == "cka" and r["rm_a"] == "rm-en" and r["rm_b"] == "rm-ko")
    want_a = np.mean([metrics.linear_cka(v.base, v.rm) for v in views["rm-en"]])
    want_b = np.mean([metrics.linear_cka(v.base, v.rm) for v in views["rm-ko"]])
    assert cka["value_a"] == pytest.approx(want_a, abs=1e-12)
    assert cka["value_b"] == pytest.approx(want_b, abs=1e-12)
    assert cka["diff"] == pytest.approx(want_a - want_b, abs=1e-12)
    dd = next(
        r for r in rows if r["metric"] == "difference_drift" and r["rm_a"] == "rm-en" and r["rm_b"] == "rm-ko"
    )
    want = np.mean([metrics.difference_drift(v.base_chosen, v.base_rejected, v.rm_chosen, v.rm_rejected).drift.mean()
                    for v in views["rm-en"]])  # fmt: skip
    assert dd["value_a"] == pytest.approx(want, abs=1e-12)
    assert {(r["rm_a"], r["rm_b"]) for r in rows} == {
        ("rm-en", "rm-ko"),
        ("rm-en", "rm-same"),
        ("rm-ko", "rm-same"),
    }
    assert len(rows) == 3 * 4


def test_intervals_cover_and_are_paired(views):
    rows = shift_compare_rows(views, n_rep=30)
    for r in rows:
        for v, lo, hi in (
            ("value_a", "a_low", "a_high"),
            ("value_b", "b_low", "b_high"),
            ("diff", "diff_low", "diff_high"),
        ):
            assert r[lo] <= r[v] <= r[hi]
    # the two RMs differ a lot: the paired difference excludes 0
    cka = next(r for r in rows if r["metric"] == "cka" and r["rm_b"] == "rm-ko")
    assert cka["diff_low"] > 0
    # pairing: the difference of two near-identical RMs is far narrower than either RM's own interval
    same = next(
        r for r in rows if r["metric"] == "cosine_drift" and r["model"] == "shift" and r["rm_b"] == "rm-same"
    )
    assert same["diff_high"] - same["diff_low"] < 0.5 * (same["a_high"] - same["a_low"])


def test_identical_rms_differ_by_exactly_zero(views):
    twins = {"a": views["rm-en"], "b": views["rm-en"]}
    for r in shift_compare_rows(twins, n_rep=10):
        assert r["diff"] == r["diff_low"] == r["diff_high"] == 0.0


def test_rms_on_other_items_are_refused(views):
    other = make_caps(("ko",), n=30, d=10, layers=3, seed=5)
    bad = {"a": views["rm-en"], "b": layer_views(other["ko"], other["ko"], "ko")}
    with pytest.raises(ValueError, match="other items"):
        shift_compare_rows(bad, n_rep=5)
