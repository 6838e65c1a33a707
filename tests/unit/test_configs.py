"""Shipped configs: the CPU default, the paper's recipe, accelerate launch configs; flags override files."""

import dataclasses
import fnmatch
import sys
from pathlib import Path

import pytest

from repshift.cli import main
from repshift.config import CONFIG_DIR, TrainSpec, digest, load_yaml, resolve_config, shipped_configs
from repshift.train import grad_accum, reward_config

ROOT = Path(__file__).resolve().parents[2]


def test_cpu_config_is_exactly_the_trainspec_defaults():
    section = load_yaml("cpu")["train"]
    assert section == dataclasses.asdict(TrainSpec())  # every field, same values and types
    assert all(type(section[k]) is type(v) for k, v in dataclasses.asdict(TrainSpec()).items())


def test_paper_config_is_the_papers_recipe(tmp_path):
    cfg = load_yaml("paper")
    spec = TrainSpec(**cfg["train"])
    assert spec.lr == 1e-5 and isinstance(spec.lr, float)  # YAML reads "1e-5" (no dot) as a string
    assert (spec.method, spec.scheduler, spec.warmup, spec.epochs) == ("full", "cosine", 0.1, 1.0)
    assert (spec.global_batch, spec.max_length, spec.bf16) == (128, 2048, True)
    assert cfg["capture"]["max_length"] == 2048
    # the global batch holds for any number of processes
    assert [spec.batch_size * grad_accum(spec, n) * n for n in (1, 2, 4, 8)] == [128] * 4
    with pytest.raises(ValueError, match="global_batch 128 is not a multiple of batch_size 4 x 3"):
        grad_accum(spec, 3)
    args = reward_config(spec, tmp_path)
    assert args.gradient_accumulation_steps == 32 and args.per_device_train_batch_size == 4
    assert args.learning_rate == 1e-5 and str(args.lr_scheduler_type.value) == "cosine"
    assert args.get_warmup_steps(100) == 10 and args.num_train_epochs == 1.0
    assert args.bf16 is False  # bf16 only on GPU; this machine has none


def test_bare_names_resolve_to_shipped_files(tmp_path, monkeypatch):
    assert {"paper", "cpu"} <= set(shipped_configs())
    assert resolve_config("paper") == CONFIG_DIR / "paper.yaml"
    own = tmp_path / "paper"  # an existing file wins over the shipped name
    own.write_text("train:\n  lr: 0.5\n")
    monkeypatch.chdir(tmp_path)
    assert load_yaml("paper")["train"]["lr"] == 0.5
    with pytest.raises(FileNotFoundError, match=r"nope: no such config file, and not a shipped config \(cpu"):
        resolve_config("nope")


@pytest.fixture
def captured(monkeypatch):
    """``repshift train`` with ``train_rm`` replaced by a recorder."""
    from repshift import train

    calls: list[dict] = []

    def fake(base, pairs, out, **kw):
        calls.append({"base": base, "n": len(pairs), "out": out, **kw})
        return train.TrainResult(Path(out), base, ["en"], len(pairs), 0, [], 0.0)

    monkeypatch.setattr(train, "train_rm", fake)
    return calls


def test_flags_override_config_values(tmp_path, captured):
    out = str(tmp_path / "rm")
    assert main(["train", "--config", "paper", "--lang", "en", "--out", out, "--quiet"]) == 0
    assert captured[-1]["spec"] == TrainSpec(**load_yaml("paper")["train"])
    assert captured[-1]["resume"] is False
    args = ["train", "--config", "paper", "--lr", "2e-5", "--no-bf16", "--max-length", "512", "--lang", "en",
            "--out", out, "--resume", "--quiet"]  # fmt: skip
    assert main(args) == 0
    spec = captured[-1]["spec"]
    assert (spec.lr, spec.bf16, spec.max_length) == (2e-5, False, 512)
    assert (spec.method, spec.global_batch, spec.scheduler) == (
        "full",
        128,
        "cosine",
    )  # the rest from the file
    assert captured[-1]["resume"] is True
    # a file of one's own works the same way
    own = tmp_path / "mine.yaml"
    own.write_text("train:\n  lr: 5.0e-4\n  epochs: 2.0\n")
    assert (
        main(["train", "--config", str(own), "--epochs", "1", "--lang", "en", "--out", out, "--quiet"]) == 0
    )
    assert (captured[-1]["spec"].lr, captured[-1]["spec"].epochs) == (5e-4, 1.0)


def test_unknown_config_name_is_a_one_line_error(capsys, captured):
    assert main(["train", "--config", "papr", "--lang", "en", "--quiet"]) == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("repshift train: error: papr: no such config file") and not captured


def test_checkpointing_does_not_rename_cached_rms():
    old_fields = {
        k: v for k, v in dataclasses.asdict(TrainSpec()).items() if k not in ("save_steps", "global_batch")
    }
    assert TrainSpec().tag().endswith(digest(old_fields))  # RMs cached before these fields keep their names
    assert TrainSpec(save_steps=7).tag() == TrainSpec().tag()
    assert TrainSpec(global_batch=64).tag() != TrainSpec().tag()


@pytest.mark.parametrize(
    ("name", "kind"), [("ddp", "MULTI_GPU"), ("fsdp", "FSDP"), ("deepspeed-zero3", "DEEPSPEED")]
)
def test_accelerate_configs_parse_and_ship(name, kind):
    from accelerate.commands.config.config_args import load_config_from_file

    path = CONFIG_DIR / "accelerate" / f"{name}.yaml"
    cfg = load_config_from_file(str(path))
    assert cfg.distributed_type.value == kind
    assert cfg.mixed_precision == "no"  # precision comes from repshift's train config
    if kind == "FSDP":
        assert cfg.fsdp_config["fsdp_state_dict_type"] == "FULL_STATE_DICT"  # the final save gathers
    if kind == "DEEPSPEED":
        assert cfg.deepspeed_config["zero_stage"] == 3 and cfg.deepspeed_config["zero3_save_16bit_model"]
    if sys.version_info >= (3, 11):
        import tomllib

        globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"][
            "repshift"
        ]
        rel = path.relative_to(CONFIG_DIR.parent).as_posix()
        assert any(fnmatch.fnmatch(rel, g) and rel.count("/") == g.count("/") for g in globs), rel
