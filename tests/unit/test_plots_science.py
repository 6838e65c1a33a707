"""Each series of the cross-lingual figures is exactly its table's rows."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from repshift.plots.science import (
    alignment_by_layer,
    probes_by_layer,
    save_science_figures,
    shift_compare_forest,
    shift_transfer_heatmap,
)


def _alignment() -> pd.DataFrame:
    rng = np.random.default_rng(0)
    rows = []
    for rm in ("rm-en", "rm-ko"):
        for a, b in (("en", "ko"), ("en", "zh"), ("ko", "zh")):
            for layer in (1, 2, 3):
                for metric in ("retrieval_top1", "matched_cosine"):
                    base = 0.1 * layer + (0.01 if metric == "matched_cosine" else 0)
                    for model, v in (("base", base), ("rm", rng.uniform())):
                        rows.append({"rm": rm, "lang_a": a, "lang_b": b, "layer": layer, "model": model,
                                     "metric": metric, "value": v, "ci_low": v - 0.05, "ci_high": v + 0.05})  # fmt: skip
    return pd.DataFrame(rows)


def test_alignment_lines_are_the_rows():
    df = _alignment()
    fig = alignment_by_layer(df)
    assert len(fig.axes) == 2 * 3
    seen = 0
    for k, ax in enumerate(fig.axes):
        a, b = ax.get_title().split("–")
        metric = "retrieval_top1" if k < 3 else "matched_cosine"  # rows: retrieval, then cosine
        for line in ax.get_lines():
            label = line.get_label()
            sel = df[(df.lang_a == a) & (df.lang_b == b) & (df.metric == metric)]
            if label == "base":
                want = sel[(sel.model == "base") & (sel.rm == "rm-en")]
            else:
                rm = "rm-en" if "RM-en" in label else "rm-ko"
                want = sel[(sel.model == "rm") & (sel.rm == rm)]
            want = want.sort_values("layer")
            np.testing.assert_array_equal(line.get_xdata(), want.layer)
            np.testing.assert_allclose(line.get_ydata(), want.value)
            seen += 1
    assert seen == 6 * 3  # base once + 2 RMs per panel


def test_probes_panels_and_lines():
    rows = []
    for rm in ("rm-en",):
        for model in ("base", "rm"):
            for layer in (1, 2):
                for lang in ("en", "ko"):
                    rows.append({"rm": rm, "model": model, "layer": layer, "metric": "xl_transfer", "train_lang": "en",
                                 "test_lang": lang, "value": 0.6 + 0.1 * layer + (0.05 if model == "rm" else 0)})  # fmt: skip
                for metric, v in (
                    ("selectivity", 0.2),
                    ("control_task", 0.8),
                    ("control_accuracy", 0.6),
                    ("language_id", 1.0),
                ):
                    rows.append({"rm": rm, "model": model, "layer": layer, "metric": metric, "train_lang": "other langs",
                                 "test_lang": "held-out lang", "value": v + 0.01 * layer})  # fmt: skip
    df = pd.DataFrame(rows)
    fig = probes_by_layer(df)
    titles = [ax.get_title() for ax in fig.axes if ax.get_visible()]
    assert titles[0].endswith(" en") and titles[1].endswith(" ko") and any("language-id" in t for t in titles)
    ko = next(ax for ax in fig.axes if ax.get_title().endswith(" ko"))
    rm_line = next(line for line in ko.get_lines() if line.get_label().startswith("RM-en"))
    want = df[(df.metric == "xl_transfer") & (df.test_lang == "ko") & (df.model == "rm")].sort_values("layer")
    np.testing.assert_allclose(rm_line.get_ydata(), want.value)


def test_heatmap_cells_show_rho_and_p():
    df = pd.DataFrame([
        {"rm": "rm-en", "metric": "cka", "model": "shift", "scope": "all languages", "n": 4, "rho": 0.8, "p_value": 0.33},
        {"rm": "rm-ko", "metric": "cka", "model": "shift", "scope": "all languages", "n": 4, "rho": -0.4, "p_value": 0.75},
        {"rm": "rm-ko", "metric": "cka", "model": "shift", "scope": "languages other than ko", "n": 3, "rho": 1.0, "p_value": 0.33},
    ])  # fmt: skip
    fig = shift_transfer_heatmap(df)
    texts = sorted(t.get_text() for t in fig.axes[0].texts)
    assert texts == ["+0.80\np=0.33", "-0.40\np=0.75"]
    with pytest.raises(ValueError):
        shift_transfer_heatmap(df, scope="nope")


def test_forest_orients_differences_against_the_reference():
    df = pd.DataFrame([
        {"lang": "ko", "metric": "cka", "model": "shift", "rm_a": "rm-en", "rm_b": "rm-ko", "diff": 0.1, "diff_low": 0.05, "diff_high": 0.15},
        {"lang": "ko", "metric": "cka", "model": "shift", "rm_a": "rm-de", "rm_b": "rm-en", "diff": 0.2, "diff_low": 0.1, "diff_high": 0.3},
    ])  # fmt: skip
    fig = shift_compare_forest(df, ref="rm-en")
    xs = sorted(float(c.lines[0].get_xdata()[0]) for c in fig.axes[0].containers)
    assert xs == pytest.approx([-0.2, 0.1])


def test_save_science_figures_draws_present_tables(tmp_path):
    _alignment().to_parquet(tmp_path / "alignment.parquet")
    pd.DataFrame(columns=["rm"]).to_parquet(tmp_path / "probes.parquet")  # empty: skipped
    written = save_science_figures(tmp_path)
    assert [p.name for p in written] == ["alignment_by_layer.png"] and written[0].stat().st_size > 1000
