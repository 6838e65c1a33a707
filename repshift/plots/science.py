"""Figures of the cross-lingual tables: alignment, probes, shift <-> transfer, RM-vs-RM shift.

One function per table (DataFrame in, Figure out); every line, bar or cell is a row of the table,
labelled so that a test can read it back. :func:`save_science_figures` draws those whose table a run
directory has.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from repshift.plots import style

MODEL_COLORS = {"base": "0.25"}


def _band(ax: Any, s: Any, color: str) -> None:
    if style.has_ci(s):
        ax.fill_between(s.layer, s.ci_low, s.ci_high, color=color, alpha=0.15, lw=0)


def _model_lines(ax: Any, d: Any) -> None:
    """The base (once) and every RM as lines over layers; ``d`` has ``rm, model, layer, value``."""
    rms = sorted(d.rm.unique())
    base = d[(d.model == "base") & (d.rm == rms[0])].sort_values("layer") if rms else d.iloc[:0]
    if len(base):
        ax.plot(base.layer, base.value, ls="--", marker="o", ms=3, color=MODEL_COLORS["base"], label="base")
        _band(ax, base, MODEL_COLORS["base"])
    for k, rm in enumerate(rms):
        s = d[(d.model == "rm") & (d.rm == rm)].sort_values("layer")
        if len(s):
            ax.plot(
                s.layer, s.value, marker="o", ms=3, lw=1.6, color=style.rm_color(k), label=style.rm_label(rm)
            )
            _band(ax, s, style.rm_color(k))


ALIGNMENT_LABELS = {
    "retrieval_top1": "top-1 translation retrieval",
    "matched_cosine": "cosine of translations",
}


def alignment_by_layer(df: Any, title: str | None = None) -> Any:
    """Lines over layers: rows = metric, columns = language pair; base dashed, one line per RM.

    ``df``: rows ``rm, lang_a, lang_b, layer, model, metric, value`` (optional ``ci_low, ci_high``).
    """
    import matplotlib.pyplot as plt

    style.apply()
    if df.empty:
        raise ValueError("empty alignment table")
    metrics = [m for m in ALIGNMENT_LABELS if m in set(df.metric)] + sorted(
        set(df.metric) - set(ALIGNMENT_LABELS)
    )
    pairs = list(dict.fromkeys(zip(df.lang_a, df.lang_b, strict=True)))
    fig, axes = plt.subplots(
        len(metrics),
        len(pairs),
        figsize=(3.2 * len(pairs) + 1.5, 2.9 * len(metrics)),
        squeeze=False,
        sharex=True,
    )
    for r, metric in enumerate(metrics):
        for c, (a, b) in enumerate(pairs):
            ax = axes[r][c]
            _model_lines(ax, df[(df.metric == metric) & (df.lang_a == a) & (df.lang_b == b)])
            ax.set_title(f"{a}–{b}", fontsize=10)
            ax.set_ylabel(ALIGNMENT_LABELS.get(metric, metric) if c == 0 else "")
            ax.set_xlabel("layer" if r == len(metrics) - 1 else "")
    style.figure_legend(fig)
    fig.suptitle(title or "Cross-lingual alignment of parallel items (chosen sequences), base vs RMs", y=1.02)
    fig.tight_layout()
    return fig


PROBE_LABELS = {
    "xl_transfer": "probe trained on en, tested on",
    "selectivity": "selectivity (task − control), leave-one-language-out",
    "control_task": "task accuracy, leave-one-language-out",
    "control_accuracy": "control-task accuracy",
    "language_id": "language-id probe (sanity check)",
}


def probes_by_layer(df: Any, title: str | None = None) -> Any:
    """Lines over layers, one panel per probe quantity (``xl_transfer`` one per test language).

    ``df``: rows ``rm, layer, model, metric, train_lang, test_lang, value`` (optional CIs).
    """
    import matplotlib.pyplot as plt

    style.apply()
    if df.empty:
        raise ValueError("empty probes table")
    panels: list[tuple[str, str | None]] = [
        ("xl_transfer", lang) for lang in style.order_langs(df[df.metric == "xl_transfer"].test_lang.unique())
    ]
    panels += [
        (m, None)
        for m in ("selectivity", "control_task", "control_accuracy", "language_id")
        if m in set(df.metric)
    ]
    cols = min(4, len(panels))
    nrows = -(-len(panels) // cols)
    fig, axes = plt.subplots(nrows, cols, figsize=(3.6 * cols + 1.5, 3.0 * nrows), squeeze=False, sharex=True)
    for k, (metric, lang) in enumerate(panels):
        ax = axes[k // cols][k % cols]
        d = df[(df.metric == metric) & ((df.test_lang == lang) if lang else True)]
        _model_lines(ax, d)
        name = PROBE_LABELS.get(metric, metric)
        ax.set_title(f"{name} {lang}" if lang else name, fontsize=9)
        ax.set_xlabel("layer" if k >= len(panels) - cols else "")
        chance = {"selectivity": 0.0, "language_id": None}.get(metric, 0.5)
        if chance is not None:
            ax.axhline(chance, color="0.5", lw=0.8, ls=":")
    for k in range(len(panels), nrows * cols):
        axes[k // cols][k % cols].set_visible(False)
    style.figure_legend(fig)
    note = "dotted: chance / 0" + ("; bands: 95 % CI" if style.has_ci(df) else "")
    fig.suptitle(title or f"Controlled preference probes across languages ({note})", y=1.02)
    fig.tight_layout()
    return fig


def shift_transfer_heatmap(df: Any, scope: str = "all languages", title: str | None = None) -> Any:
    """Spearman rho per shift summary (rows) and RM (columns), each cell annotated with rho and p.

    ``df``: rows ``rm, metric, model, scope, n, rho, p_value``.
    """
    import matplotlib.pyplot as plt

    style.apply()
    d = df[df.scope == scope]
    if d.empty:
        raise ValueError(f"no rows for scope {scope!r}")
    d = d.assign(row=d.metric + " · " + d.model)
    rows = sorted(d.row.unique())
    rms = sorted(d.rm.unique())
    rho = d.pivot(index="row", columns="rm", values="rho").reindex(index=rows, columns=rms)
    p = d.pivot(index="row", columns="rm", values="p_value").reindex(index=rows, columns=rms)
    n = d.pivot(index="row", columns="rm", values="n").reindex(index=rows, columns=rms)
    fig, ax = plt.subplots(figsize=(1.6 * len(rms) + 3.5, 0.42 * len(rows) + 1.6))
    im = ax.imshow(rho.to_numpy(dtype=float), cmap="RdBu_r", vmin=-1, vmax=1, aspect="auto")
    for i in range(len(rows)):
        for j in range(len(rms)):
            if not np.isnan(rho.iat[i, j]):
                ink = "white" if abs(rho.iat[i, j]) > 0.6 else "black"  # readable on the dark ends
                ax.text(j, i, f"{rho.iat[i, j]:+.2f}\np={p.iat[i, j]:.2f}", ha="center", va="center",
                        fontsize=7, color=ink)  # fmt: skip
    ax.set_xticks(range(len(rms)), [style.rm_label(r) for r in rms], rotation=30, ha="right")
    ax.set_yticks(range(len(rows)), rows)
    ax.grid(False)
    fig.colorbar(im, ax=ax, label="Spearman ρ (shift summary vs transfer accuracy)")
    ns = sorted({int(v) for v in n.to_numpy().ravel() if not np.isnan(v)})
    fig.suptitle(title or f"Shift ↔ transfer across {scope} (n = {', '.join(map(str, ns))}; exact "
                 "permutation p; descriptive)", y=1.02)  # fmt: skip
    fig.tight_layout()
    return fig


def shift_compare_forest(df: Any, ref: str | None = None, title: str | None = None) -> Any:
    """Differences ``ref - other`` of each shift measure with intervals, one panel per measure.

    ``df``: rows ``lang, metric, model, rm_a, rm_b, diff, diff_low, diff_high``. ``ref`` defaults to
    the first ``rm_a``; each errorbar is one (language, other RM) row.
    """
    import matplotlib.pyplot as plt

    style.apply()
    if df.empty:
        raise ValueError("empty shift_compare table")
    ref = ref or df.rm_a.iloc[0]
    d = df[(df.rm_a == ref) | (df.rm_b == ref)].copy()
    flip = d.rm_b == ref
    d["other"] = np.where(flip, d.rm_a, d.rm_b)
    d.loc[flip, ["diff", "diff_low", "diff_high"]] = -d.loc[
        flip, ["diff", "diff_high", "diff_low"]
    ].to_numpy()
    measures = list(dict.fromkeys(zip(d.metric, d.model, strict=True)))
    others = sorted(d.other.unique())
    langs = style.order_langs(d.lang.unique())
    fig, axes = plt.subplots(1, len(measures), figsize=(3.6 * len(measures) + 1.5, 0.5 * len(langs) * len(others) + 1.5),
                             squeeze=False, sharey=True)  # fmt: skip
    for c, (metric, model) in enumerate(measures):
        ax = axes[0][c]
        for k, other in enumerate(others):
            s = (
                d[(d.metric == metric) & (d.model == model) & (d.other == other)]
                .set_index("lang")
                .reindex(langs)
            )
            y = np.arange(len(langs)) * (len(others) + 1) + k
            ax.errorbar(s["diff"], y, xerr=[s["diff"] - s.diff_low, s.diff_high - s["diff"]], fmt="o", ms=3,
                        color=style.rm_color(k), label=f"{style.rm_label(ref)} − {style.rm_label(other)}")  # fmt: skip
        ax.axvline(0, color="0.4", lw=0.8)
        ax.set_yticks(np.arange(len(langs)) * (len(others) + 1) + (len(others) - 1) / 2, langs)
        ax.set_title(f"{metric} · {model}", fontsize=10)
        ax.set_xlabel("difference of layer means")
        ax.ticklabel_format(axis="x", style="sci", scilimits=(-2, 3))
    style.figure_legend(fig)
    fig.suptitle(title or "Shift of the base, RM vs RM on the same inputs (95 % paired subsampling CIs; "
                 "CKA: higher = less shift)", y=1.03)  # fmt: skip
    fig.tight_layout()
    return fig


FIGURES: dict[str, tuple[Callable[[Any], Any], str]] = {
    "alignment": (alignment_by_layer, "alignment_by_layer.png"),
    "probes": (probes_by_layer, "probes_by_layer.png"),
    "shift_transfer": (shift_transfer_heatmap, "shift_transfer.png"),
    "shift_compare": (shift_compare_forest, "shift_compare.png"),
}
"""``{table name: (figure function, file name)}``."""


def save_science_figures(run_dir: str | Path) -> list[Path]:
    """Draw the figure of every table of :data:`FIGURES` that ``run_dir`` has (and is not empty)."""
    from repshift import store

    run_dir = Path(run_dir)
    written = []
    for table, (fn, name) in FIGURES.items():
        path = run_dir / f"{table}.parquet"
        if not path.is_file():
            continue
        df = store.read_table(path)
        if df.empty:
            continue
        written.append(style.save(fn(df), run_dir / "figures" / name))
    return written
