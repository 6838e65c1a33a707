"""``repshift analyze --steps ...`` with the geometry steps, end to end on a tiny model."""

import numpy as np
import pandas as pd
import pytest

from repshift.cli import main


@pytest.fixture
def fast_umap(monkeypatch):
    """UMAP's numba compilation costs ~20 s per process; the step's plumbing is what is tested here
    (``umap_embed`` itself is tested in test_metrics_embedding)."""
    import repshift.geometry

    calls = []

    def embed(X, seed=0):
        calls.append(X.shape)
        return np.asarray(X)[:, :2] + seed

    monkeypatch.setattr(repshift.geometry, "umap_embed", embed)
    return calls


def test_analyze_with_every_geometry_step(tmp_path, cache_dir, capsys, tiny_encoder_dir, fast_umap):
    steps = "transfer,metrics,lens,norms,spectral_tokens,cka_matrix,umap"
    args = ["analyze", "--base", str(tiny_encoder_dir), "--rm", "en", "--langs", "de", "--limit", "12",
            "--epochs", "0.1", "--out", str(tmp_path / "runs"), "--quiet", "--steps", steps,
            "--capture-token-layers", "0,2", "--ci-reps", "20", "--umap-layers", "1,2", "--metrics", "cka,spectral"]  # fmt: skip
    assert main(args) == 0
    (run,) = [p for p in (tmp_path / "runs").glob("*/rm-*") if p.is_dir()]
    read = {name: pd.read_parquet(run / f"{name}.parquet") for name in
            ("metrics", "lens", "norms", "norm_ratios", "spectral_tokens", "cka_matrix", "umap")}  # fmt: skip

    m = read["metrics"]
    cka = m[m.metric == "cka"]
    assert cka.ci_low.notna().all() and (cka.ci_low <= cka.ci_high).all()
    assert m[m.metric == "spectral"].ci_low.isna().all()  # not subsampled unless asked (an SVD a replicate)

    lens = read["lens"]
    assert set(lens.model) == {"rm", "base"} and 0 not in set(lens.layer)
    scores = pd.read_parquet(run / "transfer.parquet")
    top = lens[(lens.model == "rm") & (lens.layer == 2)].set_index("lang").accuracy
    overall = scores[(scores.category == "overall") & (scores.rm == "rm-en")].set_index("lang").accuracy
    np.testing.assert_allclose(top.sort_index(), overall.sort_index())  # last-layer lens = the RM

    norms = read["norms"]
    assert {"input_embedding", "pooled"} == set(norms.site) and set(norms.lang) == {"en", "de"}
    assert (norms.q05 <= norms.q50).all() and (norms.q50 <= norms.q95).all()
    assert set(read["norm_ratios"].lang) == {"de"} and set(read["norm_ratios"].ref_lang) == {"en"}

    spec = read["spectral_tokens"]
    token = spec[spec.form == "token"]
    assert set(token.layer) == {0, 2} and token.tokens.nunique() == 1 and token.n_inputs.nunique() == 1
    assert set(spec[spec.form == "pooled"].layer) == {2}  # pooled layer 0 is one token everywhere

    M = read["cka_matrix"]
    assert len(M) == 2 * 2 * 2  # (layers 1, 2) x (layers 1, 2) x 2 languages
    diag = M[(M.layer_base == M.layer_rm)]
    assert diag.value.between(-0.2, 1.0001).all()

    u = read["umap"]
    assert set(u.layer) == {1, 2} and set(u.model) == {"base", "rm"}
    assert fast_umap == [(2 * 2 * 12, 64)] * 4  # 2 layers x (base, RM), each on 2 langs x 2 sides x 12

    figs = {p.name for p in (run / "figures").glob("*.png")}
    expected = {"reward_lens_by_layer.png", "norm_distributions.png", "norm_ratios_by_layer.png",
                "spectral_tokens_by_lang.png", "cka_matrix.png", "umap_rm-en.png"}  # fmt: skip
    assert expected <= figs


def test_spectral_tokens_asked_without_token_layers_is_a_clear_error(tmp_path):
    from repshift.analyze import AnalyzeSpec, RunData
    from repshift.config import CaptureSpec, TrainSpec
    from repshift.geometry import spectral_tokens_step

    def data(steps):
        spec = AnalyzeSpec(steps=steps)
        return RunData(spec, TrainSpec(), CaptureSpec(), tmp_path, {}, {}, {}, {}, {}, [])

    assert spectral_tokens_step(data(None)) == {}  # a default step: quietly nothing to do
    with pytest.raises(ValueError, match="--capture-token-layers"):
        spectral_tokens_step(data(["transfer", "spectral_tokens"]))
