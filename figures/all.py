"""Rebuild every figure from run directories only.

    python figures/all.py [RUN_DIR ...]     (default: every run directory under runs/)

Each run directory gets its figures (``<run>/figures/*.png``) and report rebuilt from its tables;
the headline figures are also copied to ``figures/png/<base>__<data>/`` for the README.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from repshift.plots import save_run_figures
from repshift.report import write_report

ROOT = Path(__file__).resolve().parents[1]
HEADLINE = ("transfer_matrix", "transfer_accuracy", "cka_by_layer", "cosine_drift_by_layer", "reward_lens_by_layer", "alignment_by_layer",
            "shift_compare")  # fmt: skip


def main(argv: list[str]) -> int:
    runs = [Path(r) for r in argv] or sorted(p.parent for p in (ROOT / "runs").glob("*/*/transfer.parquet"))
    if not runs:
        print("no run directories: run `make run` first", file=sys.stderr)
        return 1
    for run in runs:
        written = save_run_figures(run)
        write_report(run)
        dest = Path(__file__).resolve().parent / "png" / run.parent.name
        dest.mkdir(parents=True, exist_ok=True)
        for png in written:
            if png.stem in HEADLINE:
                shutil.copy2(png, dest / png.name)
        print(f"{run}: {len(written)} figures")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
