import numpy as np

from repshift.score import accuracy_cis, accuracy_table


def test_ties_are_wrong_and_overall_is_the_mean_of_categories():
    chosen = np.array([1.0, 1.0, 0.0, 2.0, 2.0, 2.0])
    rejected = np.array([0.0, 1.0, 1.0, 1.0, 1.0, 1.0])
    cats = ["chat", "chat", "chat", "safety", "safety", "safety"]
    t = accuracy_table(chosen > rejected, cats)
    assert t["chat"] == 1 / 3 and t["safety"] == 1.0
    assert t["overall"] == (1 / 3 + 1) / 2  # not the pair-weighted 4/6


def test_accuracy_cis_are_stratified_and_paired():
    rng = np.random.default_rng(0)
    n = 90
    cats = np.array(["chat"] * 30 + ["safety"] * 30 + ["reasoning"] * 30)
    a = rng.random(n) < 0.8
    b = a.copy()
    b[:5] = ~b[:5]  # b differs from a on 5 items only
    ci = accuracy_cis(np.column_stack([a, b]), cats, n_boot=2000, seed=0)
    j = ci.names.index("overall")
    for k in range(2):
        assert ci.low[j, k] <= ci.estimate[j, k] <= ci.high[j, k]
        per_cat = [ci.estimate[ci.names.index(c), k] for c in ("chat", "reasoning", "safety")]
        assert np.isclose(ci.estimate[j, k], np.mean(per_cat))
    _d, lo, hi = ci.diff(0, 1)
    marginal_width = ci.high[j, 0] - ci.low[j, 0]
    # unpaired, the difference of two such columns would be ~1.4x as wide as one column's interval
    assert hi - lo < 0.75 * marginal_width  # pairing removes what the columns share
    # resampling within categories: every replicate keeps each category at its size, so a category
    # with constant correctness has a zero-width interval
    const = np.column_stack([np.r_[np.ones(30), rng.random(60) < 0.5]])
    c2 = accuracy_cis(const, cats, n_boot=500)
    i = c2.names.index("chat")
    assert c2.low[i, 0] == c2.high[i, 0] == 1.0
