"""The CLI end to end through ``main([...])`` on tiny random models, and its error handling."""

import json

import pandas as pd
import pytest

from repshift.cli import main


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    for cmd in ("analyze", "train", "eval", "figures", "report", "env"):
        assert cmd in out


@pytest.mark.parametrize("tiny", ["encoder", "decoder"])
def test_analyze_end_to_end_on_a_tiny_model(
    tmp_path, cache_dir, capsys, tiny, tiny_encoder_dir, tiny_decoder_dir
):
    base = tiny_encoder_dir if tiny == "encoder" else tiny_decoder_dir
    args = ["analyze", "--base", str(base), "--rm", "en", "--langs", "de,zh", "--limit", "12",
            "--epochs", "1", "--out", str(tmp_path / "runs"), "--quiet"]  # fmt: skip
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Transfer accuracy" in out and "rm-en" in out
    (run,) = [p for p in (tmp_path / "runs").glob("*/rm-*") if p.is_dir()]
    transfer = pd.read_parquet(run / "transfer.parquet")
    assert set(transfer.lang) == {"en", "de", "zh"} and set(transfer.rm) == {"rm-en"}
    assert {"overall", "chat", "safety", "reasoning"} == set(transfer.category)
    assert (transfer.ci_low <= transfer.accuracy).all() and (transfer.accuracy <= transfer.ci_high).all()
    metrics = pd.read_parquet(run / "metrics.parquet")
    assert {"cka", "cosine_drift", "spectral", "probe"} <= set(metrics.metric)
    assert metrics.layer.max() == 2 and metrics.value.notna().all()
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["config"]["analyze"]["rms"] == ["en"] and manifest["versions"]["torch"]
    figs = {p.name for p in (run / "figures").glob("*.png")}
    assert {"transfer_accuracy.png", "cka_by_layer.png", "cosine_drift_by_layer.png"} <= figs
    # the RM landed in the cache, where a second run finds it (and reuses the captures)
    assert list((cache_dir / "rms").rglob("config.json"))
    captures = sorted((run.parent / "captures").rglob("*.safetensors"))
    stamps = [p.stat().st_mtime_ns for p in captures]
    assert main(args) == 0
    assert [p.stat().st_mtime_ns for p in captures] == stamps


def test_unknown_language_is_a_one_line_error(capsys, tmp_path):
    assert main(["analyze", "--langs", "ko,xx", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("repshift analyze: error:") and "'xx'" in err[-1]
    assert not any(tmp_path.iterdir())


def test_bad_data_row_names_file_line_field(capsys, tmp_path, tiny_encoder_dir):
    bad = tmp_path / "prefs.jsonl"
    bad.write_text(
        '{"prompt": "a", "chosen": "b", "rejected": "c", "language": "en"}\n{"prompt": "a", "chosen": "", "rejected": "c", "language": "en"}\n'
    )
    code = main(
        [
            "train",
            "--base",
            str(tiny_encoder_dir),
            "--lang",
            "en",
            "--data",
            str(bad),
            "--out",
            str(tmp_path / "rm"),
        ]
    )
    assert code == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert f"{bad}:2: field 'chosen': empty response" in last
    assert not (tmp_path / "rm").exists()


def test_unreachable_hub_id_is_a_clear_error(capsys, tmp_path):
    code = main(
        ["train", "--base", "no-such-org/no-such-model", "--lang", "en", "--out", str(tmp_path / "rm")]
    )
    assert code == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert "cannot load 'no-such-org/no-such-model'" in last and "Hugging Face Hub" in last


def test_bases_metrics_env(capsys):
    assert main(["bases"]) == 0
    assert "me5-small (default)" in capsys.readouterr().out
    assert main(["metrics"]) == 0
    out = capsys.readouterr().out
    assert "cka *" in out
    assert main(["env"]) == 0
    assert "transformers" in capsys.readouterr().out


def test_figures_command_rebuilds_from_tables(tmp_path, capsys):
    run = tmp_path / "run"
    run.mkdir()
    pd.DataFrame(
        [{"rm": "rm-en", "lang": "en", "category": "overall", "accuracy": 0.8, "ci_low": 0.7, "ci_high": 0.9}]
    ).to_parquet(run / "transfer.parquet")
    pd.DataFrame(
        [
            {"rm": "rm-en", "lang": "en", "layer": i, "metric": "cka", "model": "shift", "value": 1 - i / 10}
            for i in range(1, 4)
        ]
    ).to_parquet(run / "metrics.parquet")
    assert main(["figures", str(run)]) == 0
    assert (run / "figures" / "cka_by_layer.png").stat().st_size > 1000
    assert main(["figures", str(tmp_path)]) == 2
