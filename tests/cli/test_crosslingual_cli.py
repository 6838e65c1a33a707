"""The cross-lingual steps through ``repshift analyze --steps`` and the findings script, on a tiny model."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

from repshift.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_analyze_runs_the_crosslingual_steps(tmp_path, cache_dir, capsys, tiny_encoder_dir):
    steps = "transfer,metrics,alignment,probes,shift_transfer,shift_compare"
    args = ["analyze", "--base", str(tiny_encoder_dir), "--rm", "en", "--langs", "de,zh", "--limit", "12",
            "--epochs", "0.2", "--steps", steps, "--metrics", "cka,cosine_drift,difference_drift",
            "--out", str(tmp_path / "runs"), "--quiet"]  # fmt: skip
    assert main(args) == 0
    (run,) = [p for p in (tmp_path / "runs").glob("*/rm-*") if p.is_dir()]
    alignment = pd.read_parquet(run / "alignment.parquet")
    assert set(zip(alignment.lang_a, alignment.lang_b, strict=True)) == {
        ("en", "de"),
        ("en", "zh"),
        ("de", "zh"),
    }
    assert (
        set(alignment.model) == {"base", "rm"} and alignment.value.notna().all() and (alignment.n == 12).all()
    )
    probes = pd.read_parquet(run / "probes.parquet")
    xl = probes[probes.metric == "xl_transfer"]
    assert set(xl.test_lang) == {"en", "de", "zh"} and (xl.n == 6).all()  # half B of 12 items
    assert not probes[probes.metric == "language_id"].headline.any()
    st = pd.read_parquet(run / "shift_transfer.parquet")
    assert (st[st.scope == "all languages"].n == 3).all() and set(st.rm) == {"rm-en"}
    sc = pd.read_parquet(run / "shift_compare.parquet")
    assert sc.empty  # one RM: no pair to compare
    figs = {p.name for p in (run / "figures").glob("*.png")}
    assert {"alignment_by_layer.png", "probes_by_layer.png", "shift_transfer.png"} <= figs
    assert not (run / "norms.parquet").exists()  # only the steps asked for ran


def test_unknown_step_is_a_one_line_error(tmp_path, capsys):
    assert main(["analyze", "--steps", "transfer,nope", "--out", str(tmp_path)]) == 2
    assert "nope" in capsys.readouterr().err.strip().splitlines()[-1]


def _findings_module():
    spec = importlib.util.spec_from_file_location("findings_script", ROOT / "analyses" / "findings.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_findings_script_end_to_end_and_resumes(tmp_path, cache_dir, capsys, monkeypatch, tiny_encoder_dir):
    findings = _findings_module()
    # three languages keep the test short; the script's own default is en, ko, de, zh
    monkeypatch.setattr(findings, "RMS", ["en", "de", "en:seed=1", "en:shuffled"])
    monkeypatch.setattr(findings, "LANGS", ["en", "de", "zh"])
    args = ["--base", str(tiny_encoder_dir), "--limit", "12", "--epochs", "0.1", "--steps", "transfer,norms,shift_compare",
            "--out", str(tmp_path / "runs"), "--results", str(tmp_path / "results"), "--quiet", "--no-figures",
            "--n-boot", "200"]  # fmt: skip
    assert findings.main(args) == 0
    name = tiny_encoder_dir.name
    md = (tmp_path / "results" / f"findings_{name}.md").read_text()
    assert "## F1" in md and "## F2" in md and "## F3" in md
    csv = pd.read_csv(tmp_path / "results" / f"findings_{name}.csv")
    f1 = csv[csv.finding == "F1"]
    assert (
        list(f1.lang) == ["de"]
        and f1.verdict.isin(["supported", "contradicted", "inconclusive", "invalid"]).all()
    )
    # 0.1 epoch is 5 steps: an RM that has not learned makes its comparisons invalid, and says which RM
    assert all("in training" in r for r in csv[csv.verdict == "invalid"].reason)
    assert ("## Training health" in md) and ((csv.verdict == "invalid").any() == ("not_learned" in md))
    f2 = csv[csv.finding == "F2"]
    assert (
        set(f2.rm_other) == {"rm-de"} and set(f2.lang) == {"en", "de", "zh"} and f2.seed_floor.notna().all()
    )
    assert set(csv[csv.finding == "F3"].verdict) == {"descriptive"}
    # a second call reads the finished run instead of recomputing it
    stamp = (tmp_path / "results" / f"findings_{name}.csv").stat().st_mtime_ns
    runs = list((tmp_path / "runs").rglob("shift_compare.parquet"))
    before = [p.stat().st_mtime_ns for p in runs]
    assert findings.main(args) == 0
    assert [p.stat().st_mtime_ns for p in runs] == before
    assert (tmp_path / "results" / f"findings_{name}.csv").stat().st_mtime_ns >= stamp
