"""Figures of the geometry tables: reward lens, equal-size spectral concentration, norms, CKA matrix, UMAP.

One function per table (DataFrame in, Figure out); every line, point, box or cell is a row of the
table, labelled (``gid`` / label) so that a test can read it back. :func:`save_representation_figures`
draws those whose table a run directory has.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from repshift.plots import style
from repshift.plots.figures import metric_by_layer

BASE_COLOR = "0.35"


def _yerr(y: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Error-bar lengths ``(2, n)``; 0 where an interval is missing or does not reach the estimate
    (a percentile interval need not contain it)."""
    return np.clip(np.nan_to_num(np.vstack([y - lo, hi - y])), 0, None)


def lens_by_layer(df: Any, title: str | None = None) -> Any:
    """Reward-lens accuracy over layers, one line per language (bands: 95 % CIs); dashed: chance.

    ``df``: the ``lens`` table (``rm, lang, layer, model, accuracy, ci_low, ci_high``). Rows of the
    figure: the RM's own states, then the base's states read by the RM's head.
    """
    d = df.rename(columns={"accuracy": "value"}).assign(metric="reward_lens")
    d["model"] = d["model"].map({"rm": "rm", "base": "base states → RM head"})
    fig = metric_by_layer(
        d,
        "reward_lens",
        models=[m for m in ("rm", "base states → RM head") if m in set(d.model)],
        title=title or "Reward lens: the RM's score head applied to every layer's pooled states",
    )
    for ax in fig.axes:
        if ax.get_lines():
            ax.axhline(0.5, color="0.3", lw=0.8, ls="--", label="_chance")
    return fig


def _layer_order(values: Any) -> list[int]:
    return sorted(int(v) for v in set(values))


def spectral_tokens_by_lang(df: Any, title: str | None = None) -> Any:
    """Equal-size spectral concentration per language with 95 % CIs: rows = form, columns = layer.

    ``df``: the ``spectral_tokens`` table. The base is drawn once (grey), every RM in its colour.
    """
    import matplotlib.pyplot as plt

    style.apply()
    forms = [
        (f, c, label)
        for f, c, label in (
            ("token", True, "per input, tokens × hidden, centred"),
            ("token", False, "per input, tokens × hidden, uncentred"),
            ("pooled", True, "pooled inputs × hidden, centred"),
        )
        if ((df.form == f) & (df.centered == c)).any()
    ]
    layers = _layer_order(df.layer)
    rms = sorted(df.rm.unique())
    langs = style.order_langs(df.lang.unique())
    fig, axes = plt.subplots(
        len(forms), len(layers), figsize=(3.6 * len(layers) + 1.5, 2.9 * len(forms)), squeeze=False
    )
    series = [("base", rms[0], BASE_COLOR, "base")] + [
        ("rm", rm, style.rm_color(k), style.rm_label(rm)) for k, rm in enumerate(rms)
    ]
    x = np.arange(len(langs))
    for r, (form, centered, label) in enumerate(forms):
        for c, layer in enumerate(layers):
            ax = axes[r][c]
            sub = df[(df.form == form) & (df.centered == centered) & (df.layer == layer)]
            for k, (model, rm, color, name) in enumerate(series):
                s = sub[(sub.model == model) & (sub.rm == rm)].set_index("lang").reindex(langs)
                y, lo, hi = (s[col].to_numpy(dtype=float) for col in ("value", "ci_low", "ci_high"))
                offset = (k - (len(series) - 1) / 2) * 0.12
                bar = ax.errorbar(x + offset, y, yerr=_yerr(y, lo, hi), fmt="o", ms=4,
                                  capsize=2, color=color, label=name)  # fmt: skip
                bar.lines[0].set_gid(f"{form}|{centered}|{layer}|{model}|{rm}")
            if sub.empty:
                ax.text(0.5, 0.5, "undefined: pooled states\nare one token everywhere", ha="center",
                        va="center", transform=ax.transAxes, color="0.4", fontsize=9)  # fmt: skip
            ax.set_xticks(x, langs)
            ax.set_title(f"layer {layer} · {label}", fontsize=9)
            ax.set_ylabel("σ₁ / Σσᵢ" if c == 0 else "")
    counts = df[df.form == "token"][["tokens", "n_inputs"]].drop_duplicates()
    note = ", ".join(f"{int(t)} tokens × {int(n)} inputs" for t, n in counts.itertuples(index=False))
    style.figure_legend(fig)
    fig.suptitle(
        title or f"Spectral concentration at equal size across languages ({note or 'pooled'})", y=1.02
    )
    fig.tight_layout()
    return fig


def _box_stats(row: Any, label: str) -> dict[str, Any]:
    return {"label": label, "whislo": row.q05, "q1": row.q25, "med": row.q50, "q3": row.q75, "whishi": row.q95,
            "mean": row["mean"], "fliers": []}  # fmt: skip


def norm_distributions(df: Any, layers: Sequence[int] | None = None, title: str | None = None) -> Any:
    """Boxes of the norm distributions per language, base beside RM: input embeddings and a few layers.

    ``df``: the ``norms`` table. Boxes span the quartiles, whiskers the 5th and 95th percentiles.
    ``layers``: pooled layers to show (default: first, middle and last in the table).
    """
    import matplotlib.pyplot as plt

    style.apply()
    pooled = _layer_order(df[df.site == "pooled"].layer.dropna())
    if layers is None:
        layers = sorted({pooled[0], pooled[len(pooled) // 2], pooled[-1]}) if pooled else []
    panels: list[tuple[str, int | None]] = []
    if (df.site == "input_embedding").any():
        panels.append(("input_embedding", None))
    panels += [("pooled", layer) for layer in layers]
    rms = sorted(df.rm.unique())
    langs = style.order_langs(df.lang.unique())
    fig, axes = plt.subplots(
        len(rms), len(panels), figsize=(3.4 * len(panels) + 1.5, 3.0 * len(rms)), squeeze=False
    )
    for r, rm in enumerate(rms):
        for c, (site, layer) in enumerate(panels):
            ax = axes[r][c]
            sub = df[(df.rm == rm) & (df.site == site)]
            if layer is not None:
                sub = sub[sub.layer == layer]
            for k, (model, color) in enumerate((("base", BASE_COLOR), ("rm", style.rm_color(r)))):
                s = sub[sub.model == model].set_index("lang").reindex(langs)
                stats = [_box_stats(row, lang) for lang, row in s.iterrows() if not np.isnan(row.q50)]
                pos = [i + (k - 0.5) * 0.36 for i, lang in enumerate(langs) if lang in s.index and not np.isnan(s.loc[lang, "q50"])]  # fmt: skip
                art = ax.bxp(stats, positions=pos, widths=0.3, showmeans=True, patch_artist=True,
                             manage_ticks=False)  # fmt: skip
                for i, box in enumerate(art["boxes"]):
                    box.set(
                        facecolor=color, alpha=0.55, gid=f"{rm}|{site}|{layer}|{model}|{stats[i]['label']}"
                    )
                box_label = "base" if model == "base" else style.rm_label(rm)
                if art["boxes"]:
                    art["boxes"][0].set_label(box_label)
            ax.set_xticks(range(len(langs)), langs)
            where = (
                "input embeddings of the tokens used"
                if site == "input_embedding"
                else f"pooled, layer {layer}"
            )
            ax.set_title(f"{style.rm_label(rm)} · {where}", fontsize=9)
            ax.set_ylabel("‖·‖₂" if c == 0 else "")
    style.figure_legend(fig)
    fig.suptitle(title or "L2 norm distributions by language (box: quartiles; whiskers: 5–95 %)", y=1.02)
    fig.tight_layout()
    return fig


def norm_ratios_by_layer(df: Any, title: str | None = None) -> Any:
    """Median norm of each language over the reference language's, by layer (bands: 95 % CIs).

    ``df``: the ``norm_ratios`` table. The input-embedding ratio is the point at x = -1 ("emb").
    Rows: base, RM; columns: RMs. 1 = alike.
    """
    import matplotlib.pyplot as plt

    style.apply()
    rms = sorted(df.rm.unique())
    models = [m for m in ("base", "rm") if (df.model == m).any()]
    fig, axes = plt.subplots(
        len(models), len(rms), figsize=(4.6 * len(rms) + 1.2, 3.0 * len(models)), squeeze=False, sharex=True
    )
    for r, model in enumerate(models):
        for c, rm in enumerate(rms):
            ax = axes[r][c]
            sub = df[(df.rm == rm) & (df.model == model)]
            for lang in style.order_langs(sub.lang.unique()):
                color = style.lang_color(lang)
                s = sub[(sub.lang == lang) & (sub.site == "pooled")].sort_values("layer")
                ax.plot(s.layer.astype(float), s.ratio, marker="o", ms=3, lw=1.6, color=color,
                        label=style.lang_label(lang), gid=f"{rm}|{model}|{lang}")  # fmt: skip
                ax.fill_between(s.layer.astype(float), s.ci_low, s.ci_high, color=color, alpha=0.15, lw=0)
                e = sub[(sub.lang == lang) & (sub.site == "input_embedding")]
                if len(e):
                    y, lo, hi = (float(e[col].iloc[0]) for col in ("ratio", "ci_low", "ci_high"))
                    bar = ax.errorbar(
                        [-1.0],
                        [y],
                        yerr=_yerr(np.array([y]), np.array([lo]), np.array([hi])),
                        fmt="s",
                        ms=4,
                        capsize=2,
                        color=color,
                    )
                    bar.lines[0].set_gid(f"{rm}|{model}|{lang}|emb")
            ax.axhline(1.0, color="0.3", lw=0.8, ls="--")
            ref = ", ".join(sorted(sub.ref_lang.unique()))
            ax.set_title(f"{style.rm_label(rm)} · {model} (÷ {ref})", fontsize=10)
            ax.set_xlabel("layer (emb = input embeddings)" if r == len(models) - 1 else "")
            ax.set_ylabel("median-norm ratio" if c == 0 else "")
    style.figure_legend(fig)
    fig.suptitle(title or "Norms alike across languages? Ratio of median L2 norms to the reference", y=1.02)
    fig.tight_layout()
    return fig


def cka_matrix_heatmaps(df: Any, title: str | None = None) -> Any:
    """Heatmaps of debiased CKA between base layers (rows) and RM layers (columns), per RM x language.

    ``df``: the ``cka_matrix`` table. The image of each panel is the pivoted table, cell for cell.
    """
    import matplotlib.pyplot as plt

    style.apply()
    rms = sorted(df.rm.unique())
    langs = style.order_langs(df.lang.unique())
    fig, axes = plt.subplots(
        len(rms), len(langs), figsize=(3.2 * len(langs) + 1.2, 3.0 * len(rms)), squeeze=False
    )
    image = None
    for r, rm in enumerate(rms):
        for c, lang in enumerate(langs):
            ax = axes[r][c]
            m = df[(df.rm == rm) & (df.lang == lang)].pivot(
                index="layer_base", columns="layer_rm", values="value"
            )
            image = ax.imshow(m.to_numpy(), origin="lower", vmin=0, vmax=1, cmap="viridis", aspect="auto")
            image.set_gid(f"{rm}|{lang}")
            ax.set_xticks(range(len(m.columns)), [str(v) for v in m.columns], fontsize=7)
            ax.set_yticks(range(len(m.index)), [str(v) for v in m.index], fontsize=7)
            ax.set_title(f"{style.rm_label(rm)} · {lang}", fontsize=9)
            ax.set_xlabel("RM layer" if r == len(rms) - 1 else "")
            ax.set_ylabel("base layer" if c == 0 else "")
            ax.grid(False)
    if image is not None:
        fig.colorbar(image, ax=axes.ravel().tolist(), shrink=0.8, label="debiased CKA")
    fig.suptitle(title or "Layer × layer debiased CKA, base vs RM", y=1.02)
    return fig


def umap_scatter(df: Any, rm: str, title: str | None = None) -> Any:
    """UMAP of the pooled states coloured by language: rows = layers, columns = base, RM.

    ``df``: the ``umap`` table; only ``rm``'s rows are drawn (the base is fitted once).
    """
    import matplotlib.pyplot as plt

    style.apply()
    d = df[df.rm == rm]
    layers = _layer_order(d.layer)
    fig, axes = plt.subplots(len(layers), 2, figsize=(8.5, 3.8 * len(layers)), squeeze=False)
    for r, layer in enumerate(layers):
        for c, model in enumerate(("base", "rm")):
            ax = axes[r][c]
            sub = d[(d.layer == layer) & (d.model == model)]
            for lang in style.order_langs(sub.lang.unique()):
                s = sub[sub.lang == lang]
                ax.scatter(s.x, s.y, s=7, alpha=0.6, color=style.lang_color(lang), label=style.lang_label(lang),
                           gid=f"{layer}|{model}|{lang}")  # fmt: skip
            ax.set_title(f"layer {layer} · {'base' if model == 'base' else style.rm_label(rm)}", fontsize=10)
            ax.set_xticks([])
            ax.set_yticks([])
    style.figure_legend(fig)
    fig.suptitle(title or f"UMAP of pooled states by language (seeded), base vs {style.rm_label(rm)}", y=1.01)
    fig.tight_layout()
    return fig


def save_representation_figures(run_dir: str | Path) -> list[Path]:
    """Draw the figure of every geometry table the run directory has."""
    from repshift import store

    run_dir = Path(run_dir)
    out = run_dir / "figures"
    written: list[Path] = []

    def table(name: str) -> Any:
        path = run_dir / f"{name}.parquet"
        return store.read_table(path) if path.is_file() else None

    simple: dict[str, tuple[Callable[[Any], Any], str]] = {
        "lens": (lens_by_layer, "reward_lens_by_layer"),
        "spectral_tokens": (spectral_tokens_by_lang, "spectral_tokens_by_lang"),
        "norms": (norm_distributions, "norm_distributions"),
        "norm_ratios": (norm_ratios_by_layer, "norm_ratios_by_layer"),
        "cka_matrix": (cka_matrix_heatmaps, "cka_matrix"),
    }
    for name, (fn, stem) in simple.items():
        df = table(name)
        if df is not None and len(df):
            written.append(style.save(fn(df), out / f"{stem}.png"))
    umap = table("umap")
    if umap is not None and len(umap):
        for rm in sorted(umap.rm.unique()):
            written.append(style.save(umap_scatter(umap, rm), out / f"umap_{rm}.png"))
    return written
