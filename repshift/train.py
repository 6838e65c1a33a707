"""The core trainer: Bradley-Terry reward models from a base LM, on TRL's ``RewardTrainer``.

repshift tokenises and truncates the pairs itself (``models.inputs``) and hands TRL the token ids, so
training, scoring and capture see exactly the same sequences and TRL never drops an over-long pair.
The default adapts every layer (LoRA on all linear layers, score head trained and saved) and merges
LoRA into a plain transformers model on save.

The same function runs under ``accelerate launch`` / ``torchrun`` (``repshift train`` itself, or
``python -m repshift train``): every process trains on its shard of each global batch, only the main
process writes the output directory (docs/distributed.md).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import math
import os
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
from repshift.models import inputs, load, registry, sites

log = logging.getLogger(__name__)

TRAIN_INFO = "repshift_train.json"

OK, COLLAPSED, NOT_LEARNED, NULL = "ok", "collapsed", "not_learned", "null"
"""Training health labels (:func:`training_health`); ``null``: a shuffled-label RM, not expected to learn."""


def training_health(losses: Sequence[float], *, shuffled: bool = False) -> tuple[str, str]:
    """Did the Bradley-Terry loss go down and stay down? ``(label, one-line reason)``.

    The loss of a pair is ``-log sigmoid(r_chosen - r_rejected)``: ``ln 2`` when the RM gives both the
    same reward. ``collapsed``: the loss fell below ``ln 2 - 0.1`` at some point and then sat at
    ``ln 2`` (spread < 2e-3) over the last tenth (at least 5) of the logged steps: the RM now scores every input
    alike, a training divergence (typically a learning rate too high for this base and language).
    ``not_learned``: the last quarter (at least 5) averages above ``ln 2 - 0.02`` otherwise. Analyses of such an RM
    measure a broken model, not a language effect.
    """
    if shuffled:
        return NULL, "labels shuffled: no learning expected"
    if len(losses) < 4:
        return OK, f"only {len(losses)} logged losses: not judged"
    tail = np.asarray(losses[-max(5, len(losses) // 10) :], dtype=float)
    quarter = np.asarray(losses[-max(5, len(losses) // 4) :], dtype=float)
    mean, spread, ln2 = float(tail.mean()), float(tail.std()), math.log(2)
    lowest = float(np.min(losses))
    if abs(mean - ln2) < 2e-3 and spread < 2e-3 and lowest < ln2 - 0.1:
        return COLLAPSED, (
            f"loss fell to {lowest:.3f}, then sat at ln 2 = 0.693 over the last {len(tail)} steps: the RM "
            "scores every pair alike; retrain with a lower --lr (or another --seed)"
        )
    if float(quarter.mean()) > ln2 - 0.02:
        return NOT_LEARNED, (
            f"mean loss {quarter.mean():.3f} over the last {len(quarter)} steps ~ ln 2 = 0.693: the RM did not "
            "learn; train longer or raise --lr"
        )
    return OK, f"mean loss {quarter.mean():.3f} over the last {len(quarter)} steps"


def train_info(path: str | Path) -> dict[str, Any] | None:
    """The training record (``repshift_train.json``) of the RM in ``path``; ``None`` for RMs repshift
    did not train."""
    info = Path(path) / TRAIN_INFO
    return json.loads(info.read_text()) if info.is_file() else None


def rm_health(path: str | Path) -> dict[str, Any] | None:
    """Health of the RM in ``path`` from its training record (``None`` for RMs repshift did not
    train): ``{"health", "reason", "final_loss", "eval_accuracy"}``."""
    d = train_info(path)
    if d is None:
        return None
    losses = d.get("losses", [])
    label, reason = training_health(losses, shuffled=bool(d.get("spec", {}).get("shuffle_labels")))
    final = float(np.mean(losses[-max(5, len(losses) // 4) :])) if losses else float("nan")
    return {"health": label, "reason": reason, "final_loss": final,
            "eval_accuracy": d.get("eval_accuracy", {}).get("overall")}  # fmt: skip


def health_warnings(manifest: dict[str, Any]) -> list[str]:
    """One line per RM of a run whose training collapsed or did not learn (from its manifest)."""
    return [
        f"WARNING: {label} {h['health'].replace('_', ' ')} in training ({h['reason']}); its numbers "
        "describe a broken RM, not a language"
        for label, h in manifest.get("rm_health", {}).items()
        if h.get("health") in (COLLAPSED, NOT_LEARNED)
    ]


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
    health: str = OK
    """:func:`training_health` of ``losses``."""

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
        gradient_accumulation_steps=grad_accum(spec, world_size()),
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
        save_strategy="steps" if spec.save_steps > 0 else "no",
        report_to=[],
        disable_tqdm=not progress,
        dataloader_num_workers=0,
    )
    if spec.save_steps > 0:
        # A checkpoint holds model, optimizer, scheduler, data position and every RNG state: resumable.
        kwargs.update(save_steps=spec.save_steps, save_total_limit=2)
    kwargs.update(overrides)
    return RewardConfig(**kwargs)


def world_size() -> int:
    """Processes taking part in training (``WORLD_SIZE`` set by ``accelerate launch`` / ``torchrun``)."""
    return int(os.environ.get("WORLD_SIZE", "1"))


def is_main_process() -> bool:
    """Whether this is the process that writes outputs (rank 0, or the only one)."""
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        return dist.get_rank() == 0
    return int(os.environ.get("RANK", "0")) == 0


def _barrier() -> None:
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        dist.barrier()


def grad_accum(spec: TrainSpec, processes: int = 1) -> int:
    """Gradient accumulation steps: ``spec.grad_accum``, or derived from ``spec.global_batch``."""
    if spec.global_batch <= 0:
        return spec.grad_accum
    per_step = spec.batch_size * processes
    if spec.global_batch % per_step:
        raise ValueError(
            f"global_batch {spec.global_batch} is not a multiple of batch_size {spec.batch_size} x "
            f"{processes} process(es)"
        )
    return spec.global_batch // per_step


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
    # Convert a named base before seeding: a first conversion draws random numbers (module init), and
    # the score head, initialised on load, must not depend on whether the base was already cached.
    location = registry.resolve(base)
    torch.manual_seed(spec.seed)
    pairs = shuffled_labels(train_pairs, spec.seed) if spec.shuffle_labels else list(train_pairs)
    model, tok = load.load_base(location)
    kind = sites.for_model(model).kind
    dataset, n_trunc = pairs_dataset(tok, kind, pairs, spec.max_length)

    work = out_dir.with_name(out_dir.name + ".partial")
    # Under a launcher, building the config joins the process group; only the main process touches disk.
    args = reward_config(spec, work / "checkpoints", progress=progress, **(trainer_overrides or {}))
    main = args.process_index == 0
    run_id = _run_identity(base, spec, pairs, args.world_size)
    if main:
        _prepare_work_dir(work, run_id, resume)
    _barrier()
    start = time.perf_counter()
    trainer = RewardTrainer(
        model=model,
        args=args,
        train_dataset=dataset,
        processing_class=tok,
        peft_config=peft_config(spec),
        callbacks=callbacks,
    )
    _quiet_step_logs(trainer, progress)
    _warn_if_not_sharded(trainer)
    last = _last_checkpoint(work / "checkpoints") if resume else None
    if resume and last is None:
        log.info("no checkpoint in %s: training from the start", work)
    elif last is not None:
        log.info("resuming from %s", last)
    trainer.train(resume_from_checkpoint=str(last) if last else None)
    seconds = time.perf_counter() - start
    losses = [float(h["loss"]) for h in trainer.state.log_history if "loss" in h]

    final: Any = _gathered_model(trainer, work, main, base, tok)
    if not main:
        _barrier()  # wait until the main process has written the RM, so every rank returns with it on disk
        return TrainResult(out_dir, base, sorted({p.language for p in pairs}), len(pairs), n_trunc, losses,
                           seconds, spec=dataclasses.asdict(spec))  # fmt: skip
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
    result.health, why = training_health(losses, shuffled=spec.shuffle_labels)
    if result.health in (COLLAPSED, NOT_LEARNED):
        log.warning("RM %s is %s: %s", out_dir, result.health.replace("_", " "), why)
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
    _barrier()
    return result


RUN_FILE = "run.json"


def _run_identity(
    base: str, spec: TrainSpec, pairs: Sequence[PreferencePair], processes: int
) -> dict[str, Any]:
    """What must not change between an interrupted run and its resumption."""
    blob = json.dumps([dataclasses.astuple(p) for p in pairs], ensure_ascii=False).encode()
    recipe = dataclasses.asdict(spec) | {"save_steps": None}
    return {
        "base": base,
        "spec": recipe,
        "pairs": hashlib.sha256(blob).hexdigest()[:16],
        "processes": processes,
    }


def _prepare_work_dir(work: Path, run_id: dict[str, Any], resume: bool) -> None:
    """A fresh ``<out>.partial`` directory, or the interrupted one when resuming the same run."""
    record = work / RUN_FILE
    if work.exists() and resume and record.is_file():
        saved = json.loads(record.read_text())
        diff = sorted(k for k in run_id if saved.get(k) != run_id[k])
        if diff:
            raise ValueError(
                f"cannot resume from {work}: its run differs in {', '.join(diff)} (drop --resume to start afresh)"
            )
        return
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    record.write_text(json.dumps(run_id, indent=2))


def _quiet_step_logs(trainer: Any, progress: bool) -> None:
    """Keep every step's loss in ``log_history`` (training health reads it) without printing it.

    Transformers prints each step's log dict: under the progress bar (``ProgressCallback.on_log``) or
    on its own when tqdm is off (``PrinterCallback``). With ``logging_steps=1`` that is one line per
    step; repshift shows the running loss in the bar instead.
    """
    from transformers.trainer_callback import PrinterCallback, ProgressCallback

    class LossInBar(ProgressCallback):  # type: ignore[misc]
        def on_log(self, args: Any, state: Any, control: Any, logs: Any = None, **kwargs: Any) -> None:
            if self.training_bar is not None and logs and "loss" in logs:
                self.training_bar.set_postfix(loss=f"{float(logs['loss']):.3f}", refresh=False)

    trainer.remove_callback(PrinterCallback)
    if trainer.pop_callback(ProgressCallback) is not None and progress:
        trainer.add_callback(LossInBar())


def _warn_if_not_sharded(trainer: Any) -> None:
    """Say so when a launcher asked for FSDP/DeepSpeed but accelerate fell back to plain data parallel."""
    for env, name, active in (
        ("ACCELERATE_USE_FSDP", "FSDP", getattr(trainer, "is_fsdp_enabled", False)),
        ("ACCELERATE_USE_DEEPSPEED", "DeepSpeed", getattr(trainer, "is_deepspeed_enabled", False)),
    ):
        if os.environ.get(env, "").lower() in ("1", "true") and not active and is_main_process():
            # On CPU accelerate maps an FSDP config to MULTI_CPU: every process holds the whole model.
            log.warning(
                "%s was requested but is not active (CPU?): training runs as plain data parallel", name
            )


def _gathered_model(trainer: Any, work: Path, main: bool, base: str, tok: Any) -> Any:
    """The trained model as one plain module on the main process (``None`` elsewhere).

    With parameters sharded across processes (FSDP, DeepSpeed ZeRO-3) every process takes part in
    gathering them (``save_model``); the main process then reloads the full weights from disk.
    """
    if not (getattr(trainer, "is_fsdp_enabled", False) or getattr(trainer, "is_deepspeed_enabled", False)):
        return trainer.model if main else None
    full = work / "gathered"
    trainer.save_model(str(full))  # collective: gathers the shards, the main process writes
    _barrier()
    if not main:
        return None
    if (full / "adapter_config.json").is_file():
        from peft import PeftModel

        return PeftModel.from_pretrained(load.load_base(base)[0], str(full))
    return load.load_seqcls(str(full), tok)


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
- **Training health**: {result.health}{" (the loss settled at ln 2: this RM scores pairs alike; do not analyse it as trained)" if result.health in (COLLAPSED, NOT_LEARNED) else ""}

## Held-out accuracy ({int(acc.get("n", 0))} pairs; chosen must score strictly higher)
| category | accuracy |
| --- | --- |
{rows}
"""
