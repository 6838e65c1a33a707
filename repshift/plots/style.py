"""The one plotting style: colours per language and model, fonts, figure sizes, saving."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from repshift import langs

_PALETTE = [
    "#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3", "#8C8C8C", "#CCB974", "#64B5CD",
]  # fmt: skip


_RM_PALETTE = ["#2F4B7C", "#F95D6A", "#7A5195", "#FFA600", "#12A4B6", "#D45087", "#488F31"]
"""Seven RM colours, no two alike in hue or lightness (the 5th was once a second navy)."""


def rm_color(k: int) -> str:
    """The colour of the k-th RM of a figure (RMs are sorted by label)."""
    return _RM_PALETTE[k % len(_RM_PALETTE)]


def figure_legend(fig: Any) -> None:
    """One legend for the whole figure, right of the panels, each label once."""
    handles, labels = [], []
    for ax in fig.axes:
        for h, lab in zip(*ax.get_legend_handles_labels(), strict=True):
            if lab not in labels and not lab.startswith("_"):
                handles.append(h)
                labels.append(lab)
    if handles:
        fig.legend(handles, labels, loc="center left", bbox_to_anchor=(1.0, 0.5))


def lang_color(code: str) -> str:
    """A fixed colour per language (its position in the language table), the same in every figure."""
    index = langs.CODES.index(code) if code in langs.CODES else hash(code)
    return _PALETTE[index % len(_PALETTE)]


def lang_label(code: str) -> str:
    lang = langs.BY_CODE.get(code)
    return f"{lang.name} ({code})" if lang else code


def rm_label(rm: str) -> str:
    """``rm-en`` -> ``RM-en (English)``; ``rm-en-s1`` -> ``RM-en (English), seed 1``;
    ``rm-en-shuffled`` -> ``RM-en (English), shuffled (null)``."""
    if not rm.startswith("rm-"):
        return rm
    code, *variants = rm.removeprefix("rm-").split("-")
    if code == "zh" and variants[:1] == ["Hant"]:
        code, variants = "zh-Hant", variants[1:]
    lang = langs.BY_CODE.get(code)
    if lang is None:
        return rm
    extra = [f"seed {v[1:]}" if v.startswith("s") and v[1:].isdigit() else "shuffled (null)" if v == "shuffled" else v
             for v in variants]  # fmt: skip
    return ", ".join([f"RM-{code} ({lang.name})", *extra])


def has_ci(df: Any) -> bool:
    """Whether ``df`` carries intervals to draw: ``ci_low``/``ci_high`` columns, not all NaN."""
    return {"ci_low", "ci_high"} <= set(df.columns) and bool(df.ci_low.notna().any())


def order_langs(codes: Any) -> list[str]:
    """Language codes in the order of the language table (en, ko, de, zh, ...)."""
    codes = list(codes)
    return sorted(codes, key=lambda c: langs.CODES.index(c) if c in langs.CODES else len(langs.CODES))


def apply() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import seaborn as sns

    sns.set_theme(context="notebook", style="whitegrid", font_scale=0.95)
    plt.rcParams.update(
        {"figure.dpi": 110, "savefig.dpi": 150, "axes.titleweight": "bold", "legend.frameon": False}
    )


def save(fig: Any, path: str | Path) -> Path:
    """Save a figure atomically as PNG and close it."""
    import matplotlib.pyplot as plt

    from repshift.store import atomic_path

    path = Path(path)
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png", bbox_inches="tight")
    plt.close(fig)
    return path
