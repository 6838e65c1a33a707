"""Set-level intervals of the per-layer metrics: item subsamples without replacement, exact replicates."""

import numpy as np
import pandas as pd
import pytest

from repshift.metrics import LayerView, get, linear_cka
from repshift.metrics.cka import cka_from_grams
from repshift.metrics.view_ci import (
    FAST,
    _Prepared,
    interval_rows,
    subset_view,
    view_intervals,
    with_intervals,
)


def _view(n=30, d=12, seed=0, offset=50.0, lang="en", layer=1):
    rng = np.random.default_rng(seed)
    base = rng.normal(size=(2 * n, d)) + offset  # a large shared mean, as massive activations give
    rm = base @ rng.normal(size=(d, d)) * 0.3 + rng.normal(size=(2 * n, d))
    ids = np.array([f"item{k:03d}" for k in range(n)])
    cats = np.array(["chat", "safety", "reasoning"] * (n // 3))
    return LayerView(lang, layer, base[:n], base[n:], rm[:n], rm[n:], ids, cats)


@pytest.mark.parametrize("debiased", [True, False])
def test_cka_from_grams_equals_linear_cka_on_shifted_rows(debiased):
    rng = np.random.default_rng(3)
    X = rng.normal(size=(40, 20)) + 100
    Y = X @ rng.normal(size=(20, 7)) + rng.normal(size=(40, 7))
    X0 = X - rng.normal(size=20)  # any shift of all rows
    assert cka_from_grams(X0 @ X0.T, Y @ Y.T, debiased) == pytest.approx(
        linear_cka(X, Y, debiased), abs=1e-10
    )
    with pytest.raises(ValueError, match="constant"):
        C = np.ones((40, 5)) * 3.0
        cka_from_grams(C @ C.T, Y @ Y.T, debiased)


@pytest.mark.parametrize("metric", sorted(FAST))
def test_fast_replicates_equal_the_metric_on_the_subset(metric):
    view = _view()
    fast = FAST[metric](_Prepared(view))
    rng = np.random.default_rng(1)
    for _ in range(3):
        rows = np.sort(rng.choice(30, size=24, replace=False))
        expect = get(metric).apply(subset_view(view, rows))
        got = fast(rows)
        assert got.keys() == expect.keys()
        for k in expect:
            assert got[k] == pytest.approx(expect[k], abs=1e-10)


def test_replicates_are_the_metric_on_item_subsets_drawn_without_replacement():
    view = _view()
    ivs = view_intervals(view, ["cka", "norm"], n_rep=25, frac=0.8, seed=7)
    cka = ivs["cka", "shift"]
    assert cka.estimate == pytest.approx(linear_cka(view.base, view.rm))
    # replay subsample_ci's draws: m = 24 distinct items, each with its chosen AND rejected row
    rng = np.random.default_rng(7)
    for r in range(25):
        items = np.sort(rng.choice(30, size=24, replace=False))
        both = np.concatenate([items, 30 + items])
        assert cka.replicates[r] == pytest.approx(linear_cka(view.base[both], view.rm[both]), abs=1e-10)
    # rescaled basic interval around the full-data estimate
    assert cka.low < cka.estimate < cka.high
    assert set(ivs) == {("cka", "shift"), ("norm", "base"), ("norm", "rm")}


def test_same_seed_pairs_replicates_across_rms():
    a, b = _view(seed=0), _view(seed=0)
    b.rm_chosen = b.rm_chosen * 2 + 1  # another RM on the same inputs
    ia = view_intervals(a, ["norm"], n_rep=20)
    ib = view_intervals(b, ["norm"], n_rep=20)
    np.testing.assert_array_equal(ia["norm", "base"].replicates, ib["norm", "base"].replicates)
    assert not np.allclose(ia["norm", "rm"].replicates, ib["norm", "rm"].replicates)


def test_interval_rows_and_merge(caplog):
    views = [_view(layer=1), _view(layer=2, seed=4)]
    flat = _view(layer=3)
    flat.base_chosen = np.ones_like(flat.base_chosen)  # constant base: CKA undefined on the whole set
    flat.base_rejected = np.ones_like(flat.base_rejected)
    rows = interval_rows([*views, flat], ["cka", "probe", "spectral"], "rm-en", n_rep=10)
    # CKA by subsampling (not on layer 3: undefined there); probe by its held-out bootstrap; no spectral
    assert {(r["metric"], r["layer"]) for r in rows} == {
        ("cka", 1),
        ("cka", 2),
        *(("probe", k) for k in (1, 2, 3)),
    }
    assert interval_rows(views, ["cka"], "rm-en", n_rep=0) == []
    metrics = pd.DataFrame(
        [{"rm": "rm-en", "lang": "en", "layer": layer, "metric": m, "model": "shift", "value": 0.5}
         for layer in (1, 2) for m in ("cka", "difference_drift")]
    )  # fmt: skip
    merged = with_intervals(metrics, rows)
    assert len(merged) == len(metrics)
    assert merged[merged.metric == "cka"].ci_low.notna().all()
    assert merged[merged.metric == "difference_drift"].ci_low.isna().all()
    empty = with_intervals(metrics, [])
    assert {"ci_low", "ci_high", "ci_method"} <= set(empty.columns) and empty.ci_low.isna().all()


def test_subsample_failures_give_no_interval_not_a_crash(caplog):
    view = _view(n=12)
    # identical chosen and rejected on all but one pair: most subsets have no valid pair left
    view.base_rejected = view.base_chosen.copy()
    view.base_rejected[0] += 1.0
    with caplog.at_level("WARNING"):
        ivs = view_intervals(view, ["difference_drift"], n_rep=20, frac=0.5)
    assert np.isnan(ivs["difference_drift", "shift"].low)
    assert "failed on some subsets" in caplog.text


def test_rows_hold_estimate_pm_z_se_not_the_shifted_basic_interval():
    from repshift.metrics.view_ci import normal_interval

    view = _view(n=24, d=40)
    # spectral concentration rises as items are removed: every replicate lies above the estimate
    iv = view_intervals(view, ["spectral"], n_rep=30)["spectral", "base"]
    assert (iv.replicates > iv.estimate).all() and iv.high < iv.estimate  # the basic interval misses it
    low, high = normal_interval(iv)
    assert low < iv.estimate < high and (high - low) == pytest.approx(2 * 1.959964 * iv.se, rel=1e-6)
    (row,) = [
        r
        for r in interval_rows([view], ["cka"], "rm-en", n_rep=30)
        if r["metric"] == "cka" and r["model"] == "shift"
    ]
    cka = view_intervals(view, ["cka"], n_rep=30)["cka", "shift"]
    assert (row["ci_low"], row["ci_high"]) == pytest.approx(normal_interval(cka))


def test_probe_interval_is_an_item_bootstrap_of_the_metrics_own_probe(monkeypatch):
    from repshift.metrics import bootstrap_ci, preference_probe, probes

    view = _view(n=60, seed=2)
    view.rm_chosen = view.rm_chosen + 0.8  # a readable preference direction in the RM
    value = get("probe").apply(view)
    fits = []
    original = probes._cross_validate
    monkeypatch.setattr(probes, "_cross_validate", lambda *a: fits.append(1) or original(*a))
    rows = {r["model"]: r for r in interval_rows([view], ["probe"], "rm-en", n_rep=10)}
    assert not fits  # the value's probes are reused, not refitted
    hits = np.column_stack([
        preference_probe(view.base_chosen - view.base_rejected, view.item_ids).correct,
        preference_probe(view.rm_chosen - view.rm_rejected, view.item_ids).correct,
    ])  # fmt: skip
    assert hits.mean(axis=0) == pytest.approx([value["base"], value["rm"]])
    ref = bootstrap_ci(hits.astype(float), n_boot=1000, seed=0)
    for k, model in enumerate(("base", "rm")):
        r = rows[model]
        assert (r["ci_low"], r["ci_high"]) == (ref.low[k], ref.high[k])
        assert r["ci_low"] <= value[model] <= r["ci_high"] and "held-out" in r["ci_method"]
    assert rows["rm"]["ci_low"] > 0.5 > rows["base"]["ci_low"]
