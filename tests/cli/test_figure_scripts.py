"""The scripts in figures/ rebuild figures from a run directory's tables alone."""

import subprocess
import sys
from pathlib import Path

import pandas as pd

FIGURES = Path(__file__).resolve().parents[2] / "figures"


def _run_dir(tmp_path):
    run = tmp_path / "pytest-base__pytest-data" / "rm-en__langs-en-ko"
    run.mkdir(parents=True)
    pd.DataFrame(
        [
            {
                "rm": "rm-en",
                "lang": lang,
                "category": c,
                "accuracy": 0.7,
                "ci_low": 0.6,
                "ci_high": 0.8,
                "n": 40,
            }
            for lang in ("en", "ko")
            for c in ("overall", "chat", "safety")
        ]
    ).to_parquet(run / "transfer.parquet")
    pd.DataFrame(
        [
            {"rm": "rm-en", "lang": lang, "layer": i, "metric": m, "model": "shift", "value": 1 - i / 20}
            for lang in ("en", "ko")
            for i in range(1, 5)
            for m in ("cka", "cosine_drift")
        ]
    ).to_parquet(run / "metrics.parquet")
    return run


def test_single_figure_script_and_all(tmp_path):
    run = _run_dir(tmp_path)
    out = tmp_path / "cka.png"
    subprocess.run(
        [sys.executable, str(FIGURES / "cka_by_layer.py"), str(run), "--out", str(out)], check=True
    )
    assert out.stat().st_size > 5000
    subprocess.run([sys.executable, str(FIGURES / "all.py"), str(run)], check=True, capture_output=True)
    assert (run / "figures" / "transfer_accuracy.png").is_file() and (run / "report.html").is_file()
    copied = FIGURES / "png" / run.parent.name
    assert (copied / "transfer_accuracy.png").is_file()
    for p in copied.iterdir():
        p.unlink()
    copied.rmdir()
