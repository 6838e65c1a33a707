"""One function per figure kind: tidy DataFrame in, matplotlib Figure out.

Every line or bar drawn is a row (or a mean of rows) of the table passed in, labelled with its
language / RM, so a test can read the artists back and compare them with the table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from repshift.plots import style

TITLES = {
    "cka": ("Debiased linear CKA, base vs RM", "CKA (1 = same geometry)"),
    "cka_biased": ("Biased linear CKA, base vs RM", "CKA"),
    "cosine_drift": ("Cosine drift of pooled states, base → RM", "1 − cos(base, RM)"),
    "difference_drift": ("Drift of the chosen − rejected direction", "1 − cos(Δbase, ΔRM)"),
    "spectral": ("Spectral concentration σ₁/Σσ of pooled states", "σ₁ / Σσᵢ"),
    "norm": ("Mean L2 norm of pooled states", "‖h‖₂"),
    "probe": ("Preference probe accuracy (item-grouped CV)", "accuracy"),
    "reward_lens": ("Reward lens: preference accuracy read at each layer", "accuracy"),
}
MODEL_LABELS = {
    "shift": "base vs RM",
    "shift_centered": "base vs RM, centred",
    "base": "base",
    "rm": "RM",
}


def metric_by_layer(
    df: Any, metric: str, models: Sequence[str] | None = None, title: str | None = None
) -> Any:
    """Lines of ``value`` over ``layer``, one per language; columns = RMs, rows = ``models``.

    ``df``: tidy metric rows with columns ``rm, lang, layer, metric, model, value`` (optionally
    ``ci_low``/``ci_high``, drawn as bands).
    """
    import matplotlib.pyplot as plt

    style.apply()
    d = df[df.metric == metric]
    if d.empty:
        raise ValueError(f"no rows for metric {metric!r}")
    models = list(
        models
        or sorted(d.model.unique(), key=lambda m: list(MODEL_LABELS).index(m) if m in MODEL_LABELS else 99)
    )
    rms = sorted(d.rm.unique())
    # one row per model, RMs across; a single model wraps its RMs into rows of 3. Panels of one model
    # share the y axis, so RMs compare by eye; base and RM rows (one quantity of two models) share it
    # too, so the RM's change is read at the same scale. Different quantities (raw vs centred) do not.
    ncols = min(3, len(rms)) if len(models) == 1 else len(rms)
    per_model = -(-len(rms) // ncols)
    nrows = per_model * len(models)
    fig, axes = plt.subplots(
        nrows, ncols, figsize=(4.6 * ncols + 1.2, 3.2 * nrows), squeeze=False, sharex=True,
        sharey="all" if len(models) == 1 or set(models) <= {"base", "rm"} else "row",
    )  # fmt: skip
    for ax in axes.flat[len(rms) * len(models) :]:
        ax.set_visible(False)
    default_title, ylabel = TITLES.get(metric, (metric, metric))
    for m, model in enumerate(models):
        for k, rm in enumerate(rms):
            r, c = m * per_model + k // ncols, k % ncols
            ax = axes[r][c]
            sub = d[(d.model == model) & (d.rm == rm)]
            for lang in style.order_langs(sub.lang.unique()):
                s = sub[sub.lang == lang].sort_values("layer")
                ax.plot(
                    s.layer,
                    s.value,
                    marker="o",
                    ms=3,
                    lw=1.6,
                    color=style.lang_color(lang),
                    label=style.lang_label(lang),
                )
                if style.has_ci(s):
                    ax.fill_between(
                        s.layer, s.ci_low, s.ci_high, color=style.lang_color(lang), alpha=0.15, lw=0
                    )
            ax.set_title(f"{style.rm_label(rm)} · {MODEL_LABELS.get(model, model)}", fontsize=10)
            last_row = r == nrows - 1 or (len(models) == 1 and k + ncols >= len(rms))
            ax.set_xlabel("layer (0 = embeddings)" if last_row else "")
            if last_row:
                ax.xaxis.set_tick_params(labelbottom=True)
            ax.set_ylabel(ylabel if c == 0 else "")
    handles, labels = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="center left", bbox_to_anchor=(1.0, 0.5))
    fig.suptitle(title or default_title + (" (bands: 95 % CI)" if style.has_ci(d) else ""), y=1.02)
    fig.tight_layout()
    return fig


def transfer_bars(df: Any, categories: Sequence[str] | None = None, title: str | None = None) -> Any:
    """Bars of transfer accuracy by evaluation language, one bar per RM; panels = overall + categories.

    ``df``: rows ``rm, lang, category, accuracy`` (optionally ``ci_low``/``ci_high`` as error bars).
    """
    import matplotlib.pyplot as plt
    import numpy as np

    style.apply()
    cats = list(categories or ["overall", *sorted(c for c in df.category.unique() if c != "overall")])
    rms = sorted(df.rm.unique())
    langs_ = style.order_langs(df.lang.unique())
    fig, axes = plt.subplots(1, len(cats), figsize=(3.4 * len(cats) + 1.2, 3.4), squeeze=False, sharey=True)
    width = 0.8 / len(rms)
    x = np.arange(len(langs_))
    for c, cat in enumerate(cats):
        ax = axes[0][c]
        for k, rm in enumerate(rms):
            sub = df[(df.category == cat) & (df.rm == rm)].set_index("lang").reindex(langs_)
            yerr = None
            if style.has_ci(sub):
                yerr = np.vstack([sub.accuracy - sub.ci_low, sub.ci_high - sub.accuracy])
            ax.bar(
                x + (k - (len(rms) - 1) / 2) * width, sub.accuracy, width, yerr=yerr, capsize=2,
                label=style.rm_label(rm), color=style.rm_color(k),
            )  # fmt: skip
        ax.axhline(0.5, color="0.3", lw=0.8, ls="--")
        ax.set_xticks(x, langs_)
        ax.set_ylim(0, 1)
        ax.set_title(cat)
        ax.set_xlabel("evaluation language")
        ax.set_ylabel("accuracy" if c == 0 else "")
    handles, labels = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="center left", bbox_to_anchor=(1.0, 0.5))
    fig.suptitle(
        title or "Transfer accuracy of each RM on each language's held-out pairs (dashed: chance)", y=1.03
    )
    fig.tight_layout()
    return fig


def transfer_matrix(
    df: Any, category: str = "overall", title: str | None = None, flagged: Mapping[str, str] | None = None
) -> Any:
    """Heatmap of accuracy, RMs (rows) × evaluation languages (columns), each cell with its 95 % CI.

    The paper's transfer matrix. ``df``: rows ``rm, lang, category, accuracy`` (optionally
    ``ci_low``/``ci_high``); a cell whose language is the RM's training language is outlined.
    ``flagged``: ``{rm: note}`` appended to the row label (e.g. RMs whose training collapsed).
    """
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.patches import Rectangle

    style.apply()
    d = df[df.category == category]
    if d.empty:
        raise ValueError(f"no rows for category {category!r}")
    rms = sorted(d.rm.unique())
    langs_ = style.order_langs(d.lang.unique())
    acc = d.pivot(index="rm", columns="lang", values="accuracy").reindex(index=rms, columns=langs_)
    has_ci = {"ci_low", "ci_high"} <= set(d.columns)
    fig, ax = plt.subplots(figsize=(1.25 * len(langs_) + 3.2, 0.62 * len(rms) + 1.6))
    image = ax.imshow(acc.to_numpy(dtype=float), cmap="viridis", vmin=0.5, vmax=1.0, aspect="auto")
    for i, rm in enumerate(rms):
        for j, lang in enumerate(langs_):
            value = acc.iat[i, j]
            if np.isnan(value):
                continue
            text = f"{value:.3f}"
            if has_ci:
                row = d[(d.rm == rm) & (d.lang == lang)].iloc[0]
                text += f"\n[{row.ci_low:.2f}, {row.ci_high:.2f}]"
            ink = "black" if value > 0.8 else "white"  # readable on viridis' light and dark ends
            ax.text(j, i, text, ha="center", va="center", fontsize=7.5, color=ink)
            if rm.removeprefix("rm-").split("-")[0] == lang:
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor="white", lw=2))
    ax.set_xticks(range(len(langs_)), langs_)
    flagged = flagged or {}
    labels = [style.rm_label(r) + (f" [{flagged[r]}]" if r in flagged else "") for r in rms]
    ax.set_yticks(range(len(rms)), labels)
    for tick, rm in zip(ax.get_yticklabels(), rms, strict=True):
        if rm in flagged:
            tick.set_color("#c0392b")
    ax.set_xlabel("evaluation language")
    ax.grid(False)
    fig.colorbar(image, ax=ax, label=f"{category} accuracy")
    sep = "\n" if len(langs_) < 4 else " "  # a narrow matrix gets a two-line title
    fig.suptitle(title or f"Transfer matrix: {category} accuracy [95 % CI]{sep}(outlined: training language)",
                 y=1.02)  # fmt: skip
    fig.tight_layout()
    return fig


def save_run_figures(run_dir: str | Path) -> list[Path]:
    """(Re)build every figure of a run directory from its tables alone."""
    from repshift import store
    from repshift.train import COLLAPSED, NOT_LEARNED

    run_dir = Path(run_dir)
    out = run_dir / "figures"
    written = []
    transfer = store.read_table(run_dir / "transfer.parquet")
    written.append(style.save(transfer_bars(transfer), out / "transfer_accuracy.png"))
    if transfer.rm.nunique() > 1:
        manifest = store.read_json(run_dir / "manifest.json") if (run_dir / "manifest.json").is_file() else {}
        flagged = {
            rm: f"{h['health'].replace('_', ' ')} in training"
            for rm, h in manifest.get("rm_health", {}).items()
            if h.get("health") in (COLLAPSED, NOT_LEARNED)
        }
        written.append(style.save(transfer_matrix(transfer, flagged=flagged), out / "transfer_matrix.png"))
    if (run_dir / "metrics.parquet").is_file():  # eval runs score only
        metrics = store.read_table(run_dir / "metrics.parquet")
        for metric in sorted(metrics.metric.unique()):
            written.append(style.save(metric_by_layer(metrics, metric), out / f"{metric}_by_layer.png"))
    from repshift.plots.science import save_science_figures

    written += save_science_figures(run_dir)
    from repshift.plots.representations import save_representation_figures

    written += save_representation_figures(run_dir)
    return written
