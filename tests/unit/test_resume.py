"""Checkpoints and resume: an interrupted run, restarted from its last checkpoint, ends exactly where an
uninterrupted run with the same seed and schedule ends (parameters and per-step losses)."""

import dataclasses
import json
import shutil

import numpy as np
import pytest
import torch
from transformers import TrainerCallback

from repshift.config import TrainSpec
from repshift.data.load import select
from repshift.models import load
from repshift.train import RUN_FILE, train_rm

# Two epochs of 6 steps, a checkpoint every 2 steps, interrupted after step 9 (mid second epoch):
# the restart reloads checkpoint-8 and must skip 2 batches of the reshuffled second epoch.
SPEC = TrainSpec(epochs=2, batch_size=4, lr=1e-2, save_steps=2)
INTERRUPT_AT = 9
# TRL switches dropout off by default; keep it on so the restored RNG state matters.
DROPOUT = {"disable_dropout": False}


class Interrupt(TrainerCallback):
    def __init__(self, step: int):
        self.step = step

    def on_step_end(self, args, state, control, **kw):
        if state.global_step == self.step:
            raise RuntimeError("interrupted")


@pytest.fixture(scope="module")
def pairs(builtin_pairs):
    return select(builtin_pairs, languages=["en"], split="train", limit=24)


def _params(path):
    return {k: v.clone() for k, v in load.load_rm(path)[0].state_dict().items()}


def _interrupted(base, pairs, out, spec=SPEC, **kw):
    with pytest.raises(RuntimeError, match="interrupted"):
        train_rm(str(base), pairs, out, spec=spec, progress=False, callbacks=[Interrupt(INTERRUPT_AT)], **kw)
    work = out.with_name(out.name + ".partial")
    assert not out.exists() and work.is_dir()  # no half-written RM, the checkpoints are kept
    return work


def test_resumed_run_matches_the_uninterrupted_run(tmp_path, tiny_encoder_dir, pairs):
    ref = train_rm(
        str(tiny_encoder_dir),
        pairs,
        tmp_path / "ref",
        spec=dataclasses.replace(SPEC, save_steps=0),  # checkpointing itself must not change the run
        progress=False,
        trainer_overrides=DROPOUT,
    )
    assert len(ref.losses) == 12

    work = _interrupted(tiny_encoder_dir, pairs, tmp_path / "rm", trainer_overrides=DROPOUT)
    ckpts = sorted(p.name for p in (work / "checkpoints").iterdir() if p.name.startswith("checkpoint-"))
    assert ckpts == ["checkpoint-6", "checkpoint-8"]  # save_total_limit=2
    for name in ("optimizer.pt", "scheduler.pt", "rng_state.pth", "trainer_state.json"):
        assert (work / "checkpoints" / "checkpoint-8" / name).is_file()
    # a control run from the same checkpoint without its RNG state: proves the comparison can fail
    control = tmp_path / "control"
    shutil.copytree(work, control.with_name("control.partial"))
    (control.with_name("control.partial") / "checkpoints" / "checkpoint-8" / "rng_state.pth").unlink()

    res = train_rm(
        str(tiny_encoder_dir), pairs, tmp_path / "rm", spec=SPEC, progress=False, resume=True,
        trainer_overrides=DROPOUT,
    )  # fmt: skip
    assert not work.exists()
    assert len(res.losses) == 12
    # steps 9-12 ran after the restart; 1-8 come from the checkpoint's log
    np.testing.assert_allclose(res.losses[8:], ref.losses[8:], rtol=0, atol=1e-6)
    np.testing.assert_allclose(res.losses, ref.losses, rtol=0, atol=1e-6)
    a, b = _params(tmp_path / "ref"), _params(tmp_path / "rm")
    assert a.keys() == b.keys()
    for k in a:
        torch.testing.assert_close(b[k], a[k], rtol=0, atol=1e-6, msg=k)

    bad = train_rm(
        str(tiny_encoder_dir),
        pairs,
        control,
        spec=SPEC,
        progress=False,
        resume=True,
        trainer_overrides=DROPOUT,
    )
    assert np.max(np.abs(np.array(bad.losses[8:]) - ref.losses[8:])) > 1e-4  # dropout masks differ


def test_cli_resume_continues_an_interrupted_run(tmp_path, tiny_decoder_dir, pairs):
    from repshift.cli import main

    data = tmp_path / "train.jsonl"
    data.write_text("".join(json.dumps(p.to_dict()) + "\n" for p in pairs))
    spec = dataclasses.replace(SPEC, method="full", lr=1e-3)
    train_rm(str(tiny_decoder_dir), pairs, tmp_path / "ref", spec=dataclasses.replace(spec, save_steps=0), progress=False)  # fmt: skip
    _interrupted(tiny_decoder_dir, pairs, tmp_path / "rm", spec=spec)
    args = ["train", "--base", str(tiny_decoder_dir), "--data", str(data), "--lang", "en", "--out",
            str(tmp_path / "rm"), "--method", "full", "--lr", "1e-3", "--epochs", "2", "--batch-size", "4",
            "--save-steps", "2", "--quiet"]  # fmt: skip
    # a different recipe may not continue these checkpoints
    assert main([*args, "--resume", "--seed", "1"]) == 2
    assert main([*args, "--resume"]) == 0
    info = json.loads((tmp_path / "rm" / "repshift_train.json").read_text())
    assert len(info["losses"]) == 12
    a, b = _params(tmp_path / "ref"), _params(tmp_path / "rm")
    for k in a:
        torch.testing.assert_close(b[k], a[k], rtol=0, atol=1e-6, msg=k)


def test_resume_refuses_a_different_run_and_without_flag_starts_afresh(tmp_path, tiny_encoder_dir, pairs):
    work = _interrupted(tiny_encoder_dir, pairs, tmp_path / "rm")
    assert json.loads((work / RUN_FILE).read_text())["spec"]["lr"] == SPEC.lr
    with pytest.raises(ValueError, match=r"cannot resume from .*rm.partial: its run differs in pairs"):
        train_rm(str(tiny_encoder_dir), pairs[:20], tmp_path / "rm", spec=SPEC, progress=False, resume=True)
    # without --resume the old checkpoints are discarded and the run starts from step 0
    seen: list[int] = []

    class First(TrainerCallback):
        def on_step_end(self, args, state, control, **kw):
            seen.append(state.global_step)

    train_rm(str(tiny_encoder_dir), pairs, tmp_path / "rm", spec=SPEC, progress=False, callbacks=[First()])
    assert seen[0] == 1 and len(seen) == 12 and not work.exists()
