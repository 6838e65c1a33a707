"""The core trainer: Bradley-Terry reward models from a base LM, on TRL's ``RewardTrainer``.

repshift tokenises and truncates the pairs itself (``models.inputs``) and hands TRL the token ids, so
training, scoring and capture see exactly the same sequences and TRL never drops an over-long pair.
The default adapts every layer (LoRA on all linear layers, score head trained and saved) and merges
LoRA into a plain transformers model on save.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from repshift.config import TrainSpec
from repshift.data.schema import PreferencePair
from repshift.models import inputs, load, sites

log = logging.getLogger(__name__)

TRAIN_INFO = "repshift_train.json"


@dataclass
class TrainResult:
    """What a training run produced."""

    path: Path
    base: str
    languages: list[str]
    n_train: int
    n_truncated: int
    losses: list[float]
    seconds: float
    eval_accuracy: dict[str, float] = field(default_factory=dict)
    spec: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["path"] = str(self.path)
        return d


def shuffled_labels(pairs: Sequence[PreferencePair], seed: int) -> list[PreferencePair]:
    """Swap chosen and rejected on a random half of the pairs: a reward model trained on this is the null."""
    rng = np.random.default_rng(seed)
    flip = rng.permutation(len(pairs)) < len(pairs) // 2
    return [
        dataclasses.replace(p, chosen=p.rejected, rejected=p.chosen) if f else p
        for p, f in zip(pairs, flip, strict=False)
    ]


def reward_config(spec: TrainSpec, output_dir: Path, *, progress: bool = True, **overrides: Any) -> Any:
    """The TRL ``RewardConfig`` for ``spec``, with CPU-safe defaults (no bf16, no checkpointing)."""
    import torch
    from trl import RewardConfig

    cuda = torch.cuda.is_available()
    kwargs: dict[str, Any] = dict(
        output_dir=str(output_dir),
        per_device_train_batch_size=spec.batch_size,
        gradient_accumulation_steps=spec.grad_accum,
        learning_rate=spec.lr,
        num_train_epochs=spec.epochs,
        lr_scheduler_type=spec.scheduler,
        warmup_steps=spec.warmup,
        weight_decay=spec.weight_decay,
        seed=spec.seed,
        data_seed=spec.seed,
        bf16=spec.bf16 and cuda,
        use_cpu=not cuda,
        gradient_checkpointing=False,
        activation_checkpointing=False,
        max_length=None,  # repshift truncates; TRL would silently drop over-long pairs
        logging_steps=1,
        save_strategy="no",
        report_to=[],
        disable_tqdm=not progress,
        dataloader_num_workers=0,
    )
    kwargs.update(overrides)
    return RewardConfig(**kwargs)


def peft_config(spec: TrainSpec) -> Any:
    """LoRA on every linear layer; ``task_type=SEQ_CLS`` makes the score head trained and saved."""
    if spec.method != "lora":
        return None
    from peft import LoraConfig

    return LoraConfig(
        r=spec.lora_r,
        lora_alpha=spec.lora_alpha,
        lora_dropout=0.0,
        target_modules="all-linear",
        task_type="SEQ_CLS",
    )


def pairs_dataset(tok: Any, kind: str, pairs: Sequence[PreferencePair], max_length: int) -> tuple[Any, int]:
    """A ``datasets.Dataset`` of pre-tokenised ``chosen_ids``/``rejected_ids``, and how many were truncated."""
    from datasets import Dataset

    enc = inputs.encode_pairs(tok, kind, pairs, max_length)
    if enc.n_truncated:
        log.info("truncated %d of %d pairs to %d tokens", enc.n_truncated, len(pairs), max_length)
    return Dataset.from_dict({"chosen_ids": enc.chosen, "rejected_ids": enc.rejected}), enc.n_truncated


def train_rm(
    base: str,
    train_pairs: Sequence[PreferencePair],
    out_dir: str | Path,
    *,
    spec: TrainSpec | None = None,
    eval_pairs: Sequence[PreferencePair] | None = None,
    data_name: str = "builtin",
    progress: bool = True,
    callbacks: list[Any] | None = None,
    trainer_overrides: dict[str, Any] | None = None,
    resume: bool = False,
) -> TrainResult:
    """Train a reward model on ``train_pairs`` and write a standard HF model directory to ``out_dir``.

    The directory holds an ``AutoModelForSequenceClassification`` (merged, if LoRA), its tokenizer, a
    model card (``README.md``) and ``repshift_train.json``. It appears atomically: an interrupted run
    leaves no half-written model behind.
    """
    import torch
    from trl import RewardTrainer

    spec = spec or TrainSpec()
    out_dir = Path(out_dir)
    torch.manual_seed(spec.seed)
    pairs = shuffled_labels(train_pairs, spec.seed) if spec.shuffle_labels else list(train_pairs)
    model, tok = load.load_base(base)
    kind = sites.for_model(model).kind
    dataset, n_trunc = pairs_dataset(tok, kind, pairs, spec.max_length)

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = out_dir.with_name(out_dir.name + ".partial")
    if work.exists() and not resume:
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    args = reward_config(spec, work / "checkpoints", progress=progress, **(trainer_overrides or {}))
    start = time.perf_counter()
    trainer = RewardTrainer(
        model=model,
        args=args,
        train_dataset=dataset,
        processing_class=tok,
        peft_config=peft_config(spec),
        callbacks=callbacks,
    )
    last = _last_checkpoint(work / "checkpoints") if resume else None
    trainer.train(resume_from_checkpoint=str(last) if last else None)
    seconds = time.perf_counter() - start
    losses = [float(h["loss"]) for h in trainer.state.log_history if "loss" in h]

    final: Any = trainer.model
    if spec.method == "lora" and spec.merge:
        final = final.merge_and_unload()
    final.eval()
    final.config.pad_token_id = tok.pad_token_id

    eval_acc: dict[str, float] = {}
    if eval_pairs:
        from repshift.score import accuracy, score_pairs

        eval_acc = accuracy(score_pairs(final, tok, kind, eval_pairs, max_length=spec.max_length))

    result = TrainResult(
        path=out_dir,
        base=base,
        languages=sorted({p.language for p in pairs}),
        n_train=len(pairs),
        n_truncated=n_trunc,
        losses=losses,
        seconds=seconds,
        eval_accuracy=eval_acc,
        spec=dataclasses.asdict(spec),
    )
    with tempfile.TemporaryDirectory(dir=out_dir.parent, prefix=f".{out_dir.name}-") as tmp:
        staging = Path(tmp) / "rm"
        final.save_pretrained(staging)
        tok.save_pretrained(staging)
        (staging / TRAIN_INFO).write_text(json.dumps(result.to_json() | {"data": data_name}, indent=2))
        (staging / "README.md").write_text(model_card(result, data_name))
        if out_dir.exists():
            shutil.rmtree(out_dir)
        staging.rename(out_dir)
    shutil.rmtree(work, ignore_errors=True)
    log.info("trained %s in %.0f s -> %s", base, seconds, out_dir)
    return result


def _last_checkpoint(folder: Path) -> Path | None:
    if not folder.is_dir():
        return None
    ckpts = sorted(folder.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[-1]))
    return ckpts[-1] if ckpts else None


def model_card(result: TrainResult, data_name: str) -> str:
    """A short Hugging Face model card for a trained RM."""
    acc = result.eval_accuracy
    rows = "\n".join(f"| {k} | {v:.3f} |" for k, v in acc.items() if k != "n")
    spec = result.spec
    return f"""---
library_name: transformers
pipeline_tag: text-classification
tags: [reward-model, repshift, trl]
---
# Reward model: {result.base}, trained on {", ".join(result.languages)}

A Bradley-Terry reward model trained by [repshift](https://github.com/) with TRL's `RewardTrainer`.
Load it with `AutoModelForSequenceClassification.from_pretrained(path)`; the score is `logits[:, 0]`.

- **Base**: `{result.base}`
- **Data**: `{data_name}`, languages {", ".join(result.languages)}, {result.n_train} training pairs \
({result.n_truncated} truncated to {spec.get("max_length")} tokens)
- **Recipe**: {spec.get("method")} (r={spec.get("lora_r")}, alpha={spec.get("lora_alpha")}), lr {spec.get("lr")}, \
{spec.get("epochs")} epochs, batch {spec.get("batch_size")}x{spec.get("grad_accum")}, {spec.get("scheduler")} \
schedule, seed {spec.get("seed")}{", labels shuffled (null model)" if spec.get("shuffle_labels") else ""}
- **Training time**: {result.seconds:.0f} s

## Held-out accuracy ({int(acc.get("n", 0))} pairs; chosen must score strictly higher)
| category | accuracy |
| --- | --- |
{rows}
"""
