"""The one plotting style: colours per language and model, fonts, figure sizes, saving."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from repshift import langs

_PALETTE = [
    "#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3", "#8C8C8C", "#CCB974", "#64B5CD",
]  # fmt: skip


def lang_color(code: str) -> str:
    """A fixed colour per language (its position in the language table), the same in every figure."""
    index = langs.CODES.index(code) if code in langs.CODES else hash(code)
    return _PALETTE[index % len(_PALETTE)]


def lang_label(code: str) -> str:
    lang = langs.BY_CODE.get(code)
    return f"{lang.name} ({code})" if lang else code


def rm_label(rm: str) -> str:
    """``rm-en`` -> ``RM-en (English)``."""
    code = rm.removeprefix("rm-").split("-s")[0]
    lang = langs.BY_CODE.get(code)
    return f"RM-{code} ({lang.name})" if lang else rm


def apply() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import seaborn as sns

    sns.set_theme(context="notebook", style="whitegrid", font_scale=0.95)
    plt.rcParams.update({"figure.dpi": 110, "savefig.dpi": 150, "axes.titleweight": "bold", "legend.frameon": False})


def save(fig: Any, path: str | Path) -> Path:
    """Save a figure atomically as PNG and close it."""
    import matplotlib.pyplot as plt

    from repshift.store import atomic_path

    path = Path(path)
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format="png", bbox_inches="tight")
    plt.close(fig)
    return path
