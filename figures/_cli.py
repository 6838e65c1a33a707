"""Shared command line of the figure scripts: ``python figures/<name>.py RUN_DIR [--out PNG]``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from repshift import store
from repshift.plots import style

OUT = Path(__file__).resolve().parent / "png"


def main(name: str, table: str, make: Callable[[Any], Any], doc: str) -> None:
    """Read ``table`` from a run directory, draw it with ``make`` and save ``figures/png/<run>/<name>.png``."""
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("run", help="run directory written by `repshift analyze`")
    ap.add_argument("--out", help="PNG path (default: figures/png/<base>/<name>.png)")
    a = ap.parse_args()
    run = Path(a.run)
    df = store.read_table(run / f"{table}.parquet")
    out = Path(a.out) if a.out else OUT / run.parent.name / f"{name}.png"
    print(style.save(make(df), out))
