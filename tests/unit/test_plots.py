"""Each plotted series is exactly its table's rows."""

import numpy as np
import pandas as pd

from repshift.plots import metric_by_layer, transfer_bars
from repshift.plots.figures import transfer_matrix


def _metrics():
    rows = []
    for rm in ("rm-en", "rm-ko"):
        for lang in ("en", "ko", "de"):
            for layer in range(1, 6):
                for model in ("shift", "shift_centered"):
                    rows.append({"rm": rm, "lang": lang, "layer": layer, "metric": "cosine_drift", "model": model,
                                 "value": hash((rm, lang, layer, model)) % 1000 / 1000})  # fmt: skip
    return pd.DataFrame(rows)


def test_metric_by_layer_draws_each_table_series():
    df = _metrics()
    fig = metric_by_layer(df, "cosine_drift")
    assert len(fig.axes) == 4  # 2 models x 2 RMs
    seen = 0
    for ax in fig.axes:
        title = ax.get_title()
        rm = "rm-en" if "RM-en" in title else "rm-ko"
        model = "shift_centered" if "centred" in title else "shift"
        for line in ax.get_lines():
            lang = line.get_label().split("(")[-1].rstrip(")")
            expect = df[(df.rm == rm) & (df.model == model) & (df.lang == lang)].sort_values("layer")
            np.testing.assert_array_equal(line.get_xdata(), expect.layer)
            np.testing.assert_allclose(line.get_ydata(), expect.value)
            seen += 1
    assert seen == 12


def test_metric_by_layer_wraps_one_model_into_rows_on_a_shared_scale():
    rows = [
        {"rm": f"rm-{code}", "lang": "en", "layer": layer, "metric": "cka", "model": "shift", "value": v}
        for i, code in enumerate(["en", "ko", "de", "zh", "es"])
        for layer in range(3)
        for v in [1.0 - 0.1 * i * layer]  # rm-es drops to 0.2, rm-en stays at 1
    ]
    fig = metric_by_layer(pd.DataFrame(rows), "cka")
    shown = [ax for ax in fig.axes if ax.get_visible()]
    assert len(fig.axes) == 6 and len(shown) == 5  # 2 rows of 3, the last panel hidden
    assert len({ax.get_ylim() for ax in shown}) == 1  # one y scale for every RM
    assert shown[-1].get_xlabel() == "layer (0 = embeddings)" and shown[2].get_xlabel() != ""


def test_base_and_rm_rows_share_one_scale_and_bands_are_the_intervals():
    rows = [
        {"rm": "rm-en", "lang": lang, "layer": layer, "metric": "probe", "model": model, "value": v,
         "ci_low": v - 0.05, "ci_high": v + 0.05}
        for lang in ("en", "ko")
        for layer in range(1, 5)
        for model, v in (("base", 0.5 + 0.02 * layer), ("rm", 0.6 + 0.08 * layer))
    ]  # fmt: skip
    df = pd.DataFrame(rows)
    fig = metric_by_layer(df, "probe")
    assert len({ax.get_ylim() for ax in fig.axes}) == 1  # base and RM read at the same scale
    assert "95 % CI" in fig._suptitle.get_text()
    for ax in fig.axes:
        model = "rm" if "RM" in ax.get_title().split("·")[-1] else "base"
        (band, *_), lines = ax.collections, ax.get_lines()
        expect = df[(df.model == model) & (df.lang == lines[0].get_label().split("(")[-1].rstrip(")"))]
        ys = band.get_paths()[0].vertices[:, 1]
        assert np.isclose(ys.min(), expect.ci_low.min()) and np.isclose(ys.max(), expect.ci_high.max())
    # two quantities of one model (raw and centred drift) keep a scale per row, and no CI, no band note
    fig2 = metric_by_layer(_metrics(), "cosine_drift")
    assert "CI" not in fig2._suptitle.get_text()


def test_transfer_bars_heights_are_the_accuracies():
    rows = [
        {"rm": rm, "lang": lang, "category": cat, "accuracy": a, "ci_low": a - 0.05, "ci_high": a + 0.05}
        for rm, base in (("rm-en", 0.8), ("rm-ko", 0.7))
        for lang, d in (("en", 0.0), ("ko", -0.1), ("zh", -0.05))
        for cat, c in (("overall", 0.0), ("chat", 0.1), ("safety", -0.1))
        for a in [base + d + c]
    ]
    df = pd.DataFrame(rows)
    fig = transfer_bars(df)
    ax = fig.axes[0]
    assert ax.get_title() == "overall"
    labels = ax.get_legend_handles_labels()[1]
    bars = [c for c in ax.containers if hasattr(c, "patches")]
    for label, cont in zip(labels, bars, strict=False):
        rm = "rm-en" if "RM-en" in label else "rm-ko"
        expect = (
            df[(df.rm == rm) & (df.category == "overall")]
            .set_index("lang")
            .loc[["en", "ko", "zh"], "accuracy"]
        )
        np.testing.assert_allclose([p.get_height() for p in cont.patches], expect.to_numpy())
    assert len(bars) == 2


def test_transfer_matrix_cells_are_the_table():
    rows = [
        {"rm": rm, "lang": lang, "category": cat, "accuracy": a, "ci_low": a - 0.04, "ci_high": a + 0.06}
        for rm, base in (("rm-en", 0.82), ("rm-ko", 0.71), ("rm-de", 0.64))
        for lang, d in (("en", 0.0), ("ko", -0.1), ("de", -0.02), ("zh", -0.05))
        for cat, c in (("overall", 0.0), ("chat", 0.1))
        for a in [base + d + c]
    ]
    df = pd.DataFrame(rows)
    fig = transfer_matrix(df)
    ax = fig.axes[0]
    grid = ax.get_images()[0].get_array()
    assert [t.get_text() for t in ax.get_xticklabels()] == ["en", "ko", "de", "zh"]
    rms = ["rm-de", "rm-en", "rm-ko"]  # sorted rows
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "RM-de (German)",
        "RM-en (English)",
        "RM-ko (Korean)",
    ]
    texts = {(round(t.get_position()[1]), round(t.get_position()[0])): t.get_text() for t in ax.texts}
    for i, rm in enumerate(rms):
        for j, lang in enumerate(["en", "ko", "de", "zh"]):
            row = df[(df.rm == rm) & (df.lang == lang) & (df.category == "overall")].iloc[0]
            assert grid[i, j] == row.accuracy
            assert texts[(i, j)] == f"{row.accuracy:.3f}\n[{row.ci_low:.2f}, {row.ci_high:.2f}]"
    outlined = sorted((round(p.get_x() + 0.5), round(p.get_y() + 0.5)) for p in ax.patches)
    assert outlined == [(0, 1), (1, 2), (2, 0)]  # (column, row) of each RM's own language
    flagged = transfer_matrix(df, flagged={"rm-ko": "collapsed in training"}).axes[0].get_yticklabels()
    assert flagged[2].get_text() == "RM-ko (Korean) [collapsed in training]" and flagged[0].get_color() != (
        flagged[2].get_color()
    )
