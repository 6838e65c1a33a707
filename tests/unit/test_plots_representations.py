"""Each geometry figure draws exactly its table's rows."""

import numpy as np
import pandas as pd

from repshift.plots import representations as rp


def _lens():
    rows = []
    for lang, shift in (("en", 0.1), ("de", 0.0)):
        for model in ("rm", "base"):
            for layer in (1, 2, 3):
                acc = 0.5 + shift + layer / 20 - (0.1 if model == "base" else 0)
                rows.append({"rm": "rm-en", "lang": lang, "layer": layer, "model": model, "accuracy": acc,
                             "ci_low": acc - 0.05, "ci_high": acc + 0.05, "n": 30})  # fmt: skip
    return pd.DataFrame(rows)


def test_lens_lines_are_the_accuracies():
    df = _lens()
    fig = rp.lens_by_layer(df)
    assert len(fig.axes) == 2
    for ax in fig.axes:
        model = "base" if "base states" in ax.get_title() else "rm"
        lines = [ln for ln in ax.get_lines() if not ln.get_label().startswith("_")]
        assert len(lines) == 2
        for ln in lines:
            lang = ln.get_label().split("(")[-1].rstrip(")")
            s = df[(df.model == model) & (df.lang == lang)].sort_values("layer")
            np.testing.assert_allclose(ln.get_ydata(), s.accuracy)
        assert any(np.allclose(ln.get_ydata(), 0.5) for ln in ax.get_lines())  # chance line


def test_spectral_points_are_the_values():
    rows = []
    for rm in ("rm-en", "rm-ko"):
        for lang, v in (("en", 0.3), ("ko", 0.4)):
            for model in ("base", "rm"):
                for form, centered in (("token", True), ("token", False), ("pooled", True)):
                    value = (
                        v
                        + (0.01 if model == "rm" else 0)
                        + (0.1 if form == "pooled" else 0)
                        + (rm == "rm-ko") * 0.02
                    )
                    rows.append({"rm": rm, "lang": lang, "layer": 6, "form": form, "centered": centered,
                                 "model": model, "value": value, "ci_low": value - 0.01, "ci_high": value + 0.02,
                                 "ci_method": "x", "n_inputs": 20, "tokens": 8 if form == "token" else None,
                                 "n_excluded": 0})  # fmt: skip
    df = pd.DataFrame(rows)
    fig = rp.spectral_tokens_by_lang(df)
    checked = 0
    for ax in fig.axes:
        for cont in ax.containers:
            gid = cont.lines[0].get_gid()
            form, centered, _layer, model, rm = gid.split("|")
            s = df[
                (df.form == form)
                & (df.centered == (centered == "True"))
                & (df.model == model)
                & (df.rm == rm)
            ]
            np.testing.assert_allclose(
                cont.lines[0].get_ydata(), s.set_index("lang").loc[["en", "ko"], "value"]
            )
            checked += 1
    assert checked == 3 * 3  # 3 panels x (base once + 2 RMs)


def test_norm_boxes_are_the_quantiles():
    rows = []
    for lang, scale in (("en", 1.0), ("zh", 2.0)):
        for model in ("base", "rm"):
            for site, layer in (("input_embedding", None), ("pooled", 1), ("pooled", 2), ("pooled", 3)):
                q = np.array([1, 2, 3, 4, 5]) * scale + (layer or 0)
                rows.append({"rm": "rm-en", "lang": lang, "site": site, "layer": layer, "model": model, "n": 10,
                             "mean": q[2], **dict(zip(["q05", "q25", "q50", "q75", "q95"], q, strict=True))})  # fmt: skip
    df = pd.DataFrame(rows)
    df["layer"] = df["layer"].astype("Int64")
    fig = rp.norm_distributions(df)
    boxes = [p for ax in fig.axes for p in ax.patches if p.get_gid()]
    assert len(boxes) == 4 * 2 * 2  # panels (emb + 3 layers) x languages x models
    for box in boxes:
        _rm, site, layer, model, lang = box.get_gid().split("|")
        row = df[(df.site == site) & (df.model == model) & (df.lang == lang)]
        if layer != "None":
            row = row[row.layer == int(layer)]
        ys = box.get_path().vertices[:, 1]
        assert ys.min() == row.q25.item() and ys.max() == row.q75.item()


def test_norm_ratio_lines_and_embedding_points():
    rows = [{"rm": "rm-en", "site": "pooled", "layer": layer, "model": model, "lang": lang, "ref_lang": "en",
             "ratio": r + layer / 100, "ci_low": r - 0.1, "ci_high": r + 0.1, "n_items": 30, "ci_method": "x"}
            for lang, r in (("de", 1.1), ("zh", 0.9)) for model in ("base", "rm") for layer in (1, 2, 3)]  # fmt: skip
    rows += [{"rm": "rm-en", "site": "input_embedding", "layer": None, "model": model, "lang": "zh",
              "ref_lang": "en", "ratio": 0.7, "ci_low": 0.6, "ci_high": 0.8, "n_items": 30, "ci_method": "x"}
             for model in ("base", "rm")]  # fmt: skip
    df = pd.DataFrame(rows)
    df["layer"] = df["layer"].astype("Int64")
    fig = rp.norm_ratios_by_layer(df)
    for ax in fig.axes:
        for ln in ax.get_lines():
            gid = ln.get_gid()
            if not gid:
                continue
            _rm, model, lang, *emb = gid.split("|")
            s = df[(df.model == model) & (df.lang == lang)]
            if emb:
                np.testing.assert_allclose(np.asarray(ln.get_ydata(), dtype=float), [0.7])
            else:
                np.testing.assert_allclose(ln.get_ydata(), s[s.site == "pooled"].sort_values("layer").ratio)


def test_cka_heatmap_cells_are_the_table():
    rows = [{"rm": "rm-en", "lang": lang, "layer_base": i, "layer_rm": j, "value": 1 / (1 + abs(i - j)) - (lang == "de") * 0.1}
            for lang in ("en", "de") for i in (1, 2, 3) for j in (1, 2, 3)]  # fmt: skip
    df = pd.DataFrame(rows)
    fig = rp.cka_matrix_heatmaps(df)
    images = [im for ax in fig.axes for im in ax.get_images()]
    assert len(images) == 2
    for im in images:
        _rm, lang = im.get_gid().split("|")
        expect = df[df.lang == lang].pivot(index="layer_base", columns="layer_rm", values="value").to_numpy()
        np.testing.assert_allclose(im.get_array(), expect)


def test_umap_points_are_the_coordinates():
    rng = np.random.default_rng(0)
    rows = [{"rm": rm, "layer": layer, "model": model, "lang": lang, "item_id": f"i{k}", "side": "chosen",
             "x": rng.normal(), "y": rng.normal()}
            for rm in ("rm-en", "rm-ko") for layer in (1, 4) for model in ("base", "rm") for lang in ("en", "ko")
            for k in range(5)]  # fmt: skip
    df = pd.DataFrame(rows)
    fig = rp.umap_scatter(df, "rm-ko")
    n = 0
    for ax in fig.axes:
        for coll in ax.collections:
            layer, model, lang = coll.get_gid().split("|")
            s = df[(df.rm == "rm-ko") & (df.layer == int(layer)) & (df.model == model) & (df.lang == lang)]
            np.testing.assert_allclose(coll.get_offsets(), s[["x", "y"]].to_numpy())
            n += 1
    assert n == 2 * 2 * 2
