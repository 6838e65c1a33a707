"""Cross-lingual alignment step: rows matched by item id, values equal float64 references."""

from __future__ import annotations

import numpy as np
import pytest
from synthetic import make_caps, perturbed

from repshift.crosslingual import alignment_table, pair_alignment
from repshift.parallel import matched_indices, varying_layers


def _retrieval_reference(A: np.ndarray, B: np.ndarray) -> float:
    """Top-1 retrieval written out with loops (float64), both directions averaged."""
    A = A - A.mean(axis=0)
    B = B - B.mean(axis=0)
    n = len(A)
    hits = 0
    for i in range(n):
        sims = [A[i] @ B[j] / (np.linalg.norm(A[i]) * np.linalg.norm(B[j])) for j in range(n)]
        hits += int(np.argmax(sims) == i)
        sims = [B[i] @ A[j] / (np.linalg.norm(B[i]) * np.linalg.norm(A[j])) for j in range(n)]
        hits += int(np.argmax(sims) == i)
    return hits / (2 * n)


def test_matched_indices_pairs_items_and_skips_missing():
    ia, ib, ids = matched_indices(["c", "a", "b", "x"], ["b", "c", "a", "y"])
    assert ids == ["a", "b", "c"]
    assert [["c", "a", "b", "x"][k] for k in ia] == ids
    assert [["b", "c", "a", "y"][k] for k in ib] == ids
    with pytest.raises(ValueError, match="duplicate"):
        matched_indices(["a", "a"], ["a"])


def test_varying_layers_skips_constant_layer():
    caps = make_caps(("en",), n=6, layers=2)
    assert varying_layers(caps["en"].chosen) == [1, 2]


def test_alignment_rows_match_items_across_shuffled_languages():
    # Each language has its own row order and ko lacks two items: the table must match by item id.
    caps = make_caps(("en", "ko", "de"), n=30, d=8, content=0.6, noise=0.5, drop={"ko": [4, 17]})
    rms = {"rm-en": perturbed(caps, 0.3)}
    t = alignment_table(caps, rms, n_boot=200)
    assert set(zip(t.lang_a, t.lang_b, strict=True)) == {("en", "ko"), ("en", "de"), ("ko", "de")}
    assert set(t.layer) == {1, 2, 3}  # constant layer 0 left out
    assert set(t.metric) == {"retrieval_top1", "matched_cosine"}
    for model, cs in (("base", caps), ("rm", rms["rm-en"])):
        row = t[(t.model == model) & (t.lang_a == "en") & (t.lang_b == "ko") & (t.layer == 2)]
        a, b = cs["en"], cs["ko"]
        ids = sorted(set(a.item_ids) & set(b.item_ids))
        A = np.array([a.chosen[2][a.item_ids.index(i)] for i in ids], dtype=np.float64)
        B = np.array([b.chosen[2][b.item_ids.index(i)] for i in ids], dtype=np.float64)
        got = row.set_index("metric")
        assert got.loc["retrieval_top1", "n"] == 28
        assert got.loc["retrieval_top1", "value"] == pytest.approx(_retrieval_reference(A, B), abs=1e-12)
        cos = [A[k] @ B[k] / np.linalg.norm(A[k]) / np.linalg.norm(B[k]) for k in range(len(A))]
        assert got.loc["matched_cosine", "value"] == pytest.approx(np.mean(cos), abs=1e-6)
    # the base's rows are repeated under the RM label, not recomputed differently
    assert len(t[t.model == "base"]) == len(t[t.model == "rm"])


def test_shuffling_items_within_one_language_destroys_alignment():
    caps = make_caps(("en", "ko"), n=40, d=8, content=1.0, noise=0.2)
    good = alignment_table(caps, {"rm-en": caps}, n_boot=100)
    ko = caps["ko"]
    ko.item_ids = list(np.random.default_rng(0).permutation(ko.item_ids))  # break the correspondence
    bad = alignment_table(caps, {"rm-en": caps}, n_boot=100)
    r = lambda t: t[(t.metric == "retrieval_top1") & (t.model == "base")].value.mean()  # noqa: E731
    assert r(good) > 0.9 and r(bad) < 0.2


def test_pair_alignment_intervals_cover_and_say_how():
    rng = np.random.default_rng(1)
    A = rng.normal(size=(50, 6))
    B = A + 0.8 * rng.normal(size=(50, 6))
    rows = {r["metric"]: r for r in pair_alignment(A, B, n_boot=300)}
    for r in rows.values():
        assert r["ci_low"] <= r["value"] <= r["ci_high"] and r["ci_low"] < r["ci_high"]
    assert "jackknife" in rows["retrieval_top1"]["ci_method"]
    assert "bootstrap" in rows["matched_cosine"]["ci_method"]
