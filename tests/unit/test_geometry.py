"""Equal-size spectral concentration, norm distributions and ratios, layer x layer CKA, UMAP rows."""

import numpy as np
import pytest

import repshift.geometry as geo
from repshift.capture import Capture
from repshift.metrics import cka_matrix, spectral_concentration


def _capture(n=10, d=8, layers=3, lengths=None, seed=0, ids=None, constant_layer0=True):
    """A synthetic capture; token matrices of every layer when ``lengths`` (per sequence) is given."""
    rng = np.random.default_rng(seed)
    chosen = rng.normal(size=(layers, n, d)).astype(np.float32)
    rejected = rng.normal(size=(layers, n, d)).astype(np.float32)
    if constant_layer0:
        chosen[0], rejected[0] = 1.0, 1.0
    tokens, offsets = {}, None
    if lengths is not None:
        offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        tokens = {layer: rng.normal(size=(int(offsets[-1]), d)).astype(np.float32) for layer in range(layers)}
    ids = ids or [f"i{k:02d}" for k in range(n)]
    return Capture(ids, ["chat", "safety"] * (n // 2), chosen, rejected, np.zeros(n), np.zeros(n), "first",
                   tokens=tokens, token_offsets=offsets)  # fmt: skip


def test_token_subsample_keeps_order_and_excludes_short_inputs():
    mats = [np.arange(n * 2, dtype=float).reshape(n, 2) for n in (3, 7, 5, 2)]
    out, kept = geo.token_subsample(mats, 4, seed=1)
    assert kept.tolist() == [False, True, True, False]
    assert [m.shape for m in out] == [(4, 2), (4, 2)]
    for sub, full in zip(out, [mats[1], mats[2]], strict=True):
        rows = sub[:, 0] // 2
        assert np.all(np.diff(rows) > 0) and set(rows) <= set(full[:, 0] // 2)  # distinct rows, in order
    with pytest.raises(ValueError, match=">= 2"):
        geo.token_subsample(mats, 1)


def test_weighted_median_is_numpy_median_of_the_repeated_values():
    rng = np.random.default_rng(0)
    v = np.sort(rng.normal(size=21))
    W = rng.integers(0, 4, size=(40, 21))
    W[:, 3] += 1
    expect = [np.median(np.repeat(v, w)) for w in W]
    np.testing.assert_array_equal(geo.weighted_median(v, W), expect)


def test_median_ratio_ci_pairs_items():
    rng = np.random.default_rng(1)
    a = [rng.lognormal(size=rng.integers(2, 9)) for _ in range(30)]
    b = [2 * x for x in a]  # the same items, every value doubled
    ratio, low, high = geo.median_ratio_ci(a, b, n_boot=300)
    assert ratio == pytest.approx(np.median(np.concatenate(a)) / np.median(np.concatenate(b)))
    assert ratio == pytest.approx(0.5) and low == pytest.approx(0.5) and high == pytest.approx(0.5)
    _, ulow, uhigh = geo.median_ratio_ci(a, b, paired=False, n_boot=300)
    assert uhigh - ulow > 0.05  # unpaired resampling does not cancel the shared item effects
    with pytest.raises(ValueError, match="same items"):
        geo.median_ratio_ci(a, b[:-1])


def test_spectral_token_rows_compare_at_equal_size():
    # en: 10 items, all inputs >= 6 tokens; de: 8 items, two inputs of 3 tokens (excluded at t = 5)
    len_en = [6 + k % 4 for k in range(20)]
    len_de = [5 + k % 3 for k in range(16)]
    len_de[0] = len_de[9] = 3
    caps = {"en": _capture(10, lengths=len_en, seed=1), "de": _capture(8, lengths=len_de, seed=2)}
    rows = geo.spectral_token_rows({"base": caps, "rm": caps}, 2, tokens=5, n_rep=10, n_boot=50)
    token = [r for r in rows if r["form"] == "token"]
    pooled = [r for r in rows if r["form"] == "pooled"]
    assert {r["n_inputs"] for r in token} == {14}  # de keeps 16 - 2 inputs; en is cut to 14 too
    assert {(r["lang"], r["n_excluded"]) for r in token} == {("en", 0), ("de", 2)}
    assert {r["tokens"] for r in token} == {5} and {r["n_inputs"] for r in pooled} == {16}  # 8 items x 2
    de = next(r for r in token if r["lang"] == "de" and r["centered"] and r["model"] == "base")
    mats = caps["de"].token_matrices(2)
    sub, _ = geo.token_subsample(mats, 5, seed=0)
    expect = np.mean([spectral_concentration(m) for m in sub])  # de needs no cut: 14 inputs
    assert de["value"] == pytest.approx(expect) and de["ci_low"] <= de["value"] <= de["ci_high"]
    en_pooled = next(r for r in pooled if r["lang"] == "en" and r["model"] == "rm")
    pick = geo.equal_subset(10, 8, 0)
    X = np.concatenate([caps["en"].chosen[2][pick], caps["en"].rejected[2][pick]]).astype(float)
    assert en_pooled["value"] == pytest.approx(spectral_concentration(X))
    # layer 0 pooled states are constant: no pooled row, but per-input token rows exist
    rows0 = geo.spectral_token_rows({"base": caps}, 0, n_rep=5, n_boot=20)
    assert rows0 and all(r["form"] == "token" for r in rows0)
    assert {r["tokens"] for r in rows0} == {3}  # default: the shortest input, none excluded


def test_norm_tables_quantiles_and_ratios():
    rng = np.random.default_rng(2)
    en = [rng.lognormal(size=3) for _ in range(12)]
    de = [1.5 * x for x in en]
    ids = [f"i{k}" for k in range(12)]
    blocks = {("pooled", 1, "base"): {"en": (ids, en), "de": (ids, de)},
              ("input_embedding", None, "base"): {"en": (ids, en), "zh": ([f"z{k}" for k in range(9)], en[:9])}}  # fmt: skip
    q, r = geo.norm_tables(blocks, "rm-en", n_boot=200)
    row = next(x for x in q if x["lang"] == "de" and x["site"] == "pooled")
    assert row["q50"] == pytest.approx(np.median(np.concatenate(de))) and row["n"] == 36
    assert row["q05"] == pytest.approx(np.quantile(np.concatenate(de), 0.05))
    ratio = {(x["site"], x["lang"]): x for x in r}
    assert set(ratio) == {("pooled", "de"), ("input_embedding", "zh")}  # the reference gets none
    de_r = ratio["pooled", "de"]
    assert de_r["ratio"] == pytest.approx(1.5) and de_r["ci_low"] == pytest.approx(1.5)
    assert "paired" in de_r["ci_method"]
    assert "unpaired" in ratio["input_embedding", "zh"]["ci_method"]  # no shared item ids


def test_cka_matrix_rows_skip_constant_layers():
    base, rm = _capture(seed=3), _capture(seed=4)
    rows = geo.cka_matrix_rows(base, rm, "rm-en", "en")
    assert {(r["layer_base"], r["layer_rm"]) for r in rows} == {(i, j) for i in (1, 2) for j in (1, 2)}
    M = cka_matrix([geo.layer_states(base, i) for i in (1, 2)], [geo.layer_states(rm, j) for j in (1, 2)])
    got = {(r["layer_base"], r["layer_rm"]): r["value"] for r in rows}
    assert got[2, 1] == pytest.approx(M[1, 0])
    same = geo.cka_matrix_rows(base, base, "rm-en", "en")
    assert all(r["value"] == pytest.approx(1.0) for r in same if r["layer_base"] == r["layer_rm"])


def test_umap_rows_fit_all_languages_jointly(monkeypatch):
    seen = []

    def embed(X, seed=0):
        seen.append(X.copy())
        return X[:, :2]

    monkeypatch.setattr(geo, "umap_embed", embed)
    caps = {"de": _capture(4, seed=5), "en": _capture(4, seed=6)}
    rows = geo.umap_rows(caps, 2)
    assert len(seen) == 1 and seen[0].shape == (16, 8)
    assert [r["lang"] for r in rows[:8]] == ["en"] * 8  # language-table order
    first = rows[0]
    assert (first["side"], first["item_id"]) == ("chosen", "i00")
    assert first["x"] == pytest.approx(float(caps["en"].chosen[2][0, 0]))
    assert geo.default_layers([_capture(layers=13)]) == [1, 7, 12]


def test_token_ids_leave_special_tokens_out(tiny_encoder_dir, small_pairs):
    from repshift.models import inputs, load

    tok = load.load_tokenizer(str(tiny_encoder_dir))
    ids = geo.token_ids_by_item(tok, "encoder", small_pairs[:3], 256)
    enc = inputs.encode_pairs(tok, "encoder", small_pairs[:3], 256)
    special = set(tok.all_special_ids)
    for got, c, r in zip(ids, enc.chosen, enc.rejected, strict=True):
        assert not special & set(got.tolist())
        assert got.tolist() == [t for t in c + r if t not in special]
