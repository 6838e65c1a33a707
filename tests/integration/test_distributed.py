"""Two CPU processes under ``accelerate launch`` train the same RM as one process with the same global batch.

Why they should agree: the Trainer's seeded sampler draws one permutation of the pairs (the same in every
process); accelerate deals its batches of ``b`` round-robin, so at step k rank 0 holds permutation slots
[2kb, 2kb+b) and rank 1 [2kb+b, 2kb+2b). One process with batch 2b (or b with 2 accumulation steps)
sees exactly these 2b pairs at step k, and DDP's gradient average over two means of b equals the mean
over 2b. This needs a pair count divisible by 2b (accelerate pads an uneven last batch by wrapping
around) and dropout off (TRL's default: masks are drawn per process).
"""

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch

from repshift.config import CONFIG_DIR, TrainSpec
from repshift.data.load import select
from repshift.models import load
from repshift.train import train_rm

pytestmark = pytest.mark.slow

B = 4  # pairs per process and step
N = 40  # pairs: 5 steps of 2 x 4
RECIPE = ["--method", "full", "--lr", "1e-3", "--epochs", "1", "--seed", "0"]


def _accelerate() -> str:
    exe = Path(sys.executable).with_name("accelerate")
    if not exe.is_file():
        exe = Path(shutil.which("accelerate") or "")
    if not exe.is_file():
        pytest.skip("accelerate launcher not found")
    return str(exe)


@pytest.fixture(scope="module")
def two_process_run(tmp_path_factory, tiny_decoder_dir, builtin_pairs):
    """``repshift train`` under ``accelerate launch`` with the shipped DDP config and 2 gloo processes."""
    tmp = tmp_path_factory.mktemp("ddp")
    pairs = select(builtin_pairs, languages=["en"], split="train", limit=N)
    assert len(pairs) == N
    data = tmp / "train.jsonl"
    data.write_text("".join(json.dumps(p.to_dict()) + "\n" for p in pairs))
    env = os.environ | {"OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    cmd = [_accelerate(), "launch", "--config_file", str(CONFIG_DIR / "accelerate" / "ddp.yaml"),
           "--num_processes", "2", "-m", "repshift", "train", "--base", str(tiny_decoder_dir),
           "--data", str(data), "--lang", "en", "--out", str(tmp / "rm"), "--batch-size", str(B), *RECIPE,
           "--quiet"]  # fmt: skip
    proc = subprocess.run(cmd, cwd=tmp, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return tmp, pairs, proc


def test_two_processes_match_one_process_with_the_same_global_batch(two_process_run, tiny_decoder_dir):
    tmp, pairs, proc = two_process_run
    out = tmp / "rm"
    # only the main process writes and reports
    assert proc.stdout.count("RM written to") == 1
    assert (out / "config.json").is_file() and not (tmp / "rm.partial").exists()
    info = json.loads((out / "repshift_train.json").read_text())
    ddp = np.array(info["losses"])
    assert len(ddp) == N // (2 * B) == 5

    spec = TrainSpec(method="full", lr=1e-3, epochs=1, seed=0)
    base = str(tiny_decoder_dir)
    one_big = train_rm(base, pairs, tmp / "b8", spec=replace(spec, batch_size=2 * B), progress=False)
    accum = train_rm(
        base, pairs, tmp / "b4x2", spec=replace(spec, batch_size=B, grad_accum=2), progress=False
    )
    for single in (one_big, accum):
        diff = np.abs(ddp - np.array(single.losses))
        print("per-step |loss(DDP) - loss(1 process)|:", diff)
        assert diff.max() < 1e-4, diff
    ref = load.load_rm(out)[0].state_dict()
    for other in (tmp / "b8", tmp / "b4x2"):
        params = load.load_rm(other)[0].state_dict()
        for k in ref:
            torch.testing.assert_close(params[k], ref[k], rtol=0, atol=1e-5, msg=k)
    # the losses move from step to step and depend on which pairs form each step: another sample
    # order gives other losses, so the comparison above can fail
    assert np.ptp(ddp) > 1e-3
    shuffled = train_rm(base, pairs, tmp / "other-order", spec=replace(spec, batch_size=2 * B), progress=False,
                        trainer_overrides={"data_seed": 1})  # fmt: skip
    assert np.abs(ddp - np.array(shuffled.losses)).max() > 1e-3
