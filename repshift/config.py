"""Small config dataclasses ("ingredients"), composed by the commands.

Attribute docstrings double as CLI help. A YAML file may supply any of them (``--config``); CLI flags
override the file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class TrainSpec:
    """How a reward model is trained from a base (Bradley-Terry loss, TRL ``RewardTrainer``)."""

    method: str = "lora"
    """``lora`` (all linear layers + trained score head) or ``full`` fine-tuning."""
    lora_r: int = 16
    """LoRA rank."""
    lora_alpha: int = 32
    """LoRA scaling numerator."""
    lr: float = 3e-4
    """Peak learning rate (LoRA: 3e-4 over 3 epochs of a few hundred pairs; 1e-3 collapsed RM-zh on
    me5-small; full fine-tuning ~1e-5)."""
    epochs: float = 3.0
    """Passes over the training pairs."""
    batch_size: int = 8
    """Pairs per device step."""
    grad_accum: int = 1
    """Gradient accumulation steps (global batch = batch_size x grad_accum x processes)."""
    max_length: int = 512
    """Tokens per sequence after repshift's own truncation (prompt start dropped first)."""
    warmup: float = 0.1
    """Warm-up, as a share of all steps."""
    scheduler: str = "cosine"
    """Learning-rate schedule (any transformers ``SchedulerType``)."""
    weight_decay: float = 0.0
    """AdamW weight decay."""
    seed: int = 0
    """Seed for initialisation, data order and dropout."""
    merge: bool = True
    """Merge LoRA weights into the model on save, so the RM is a plain transformers model."""
    bf16: bool = False
    """bfloat16 mixed precision (GPU only; 4x slower on CPU)."""
    shuffle_labels: bool = False
    """Swap chosen and rejected on a random half of the training pairs (the null RM)."""
    global_batch: int = 0
    """Pairs per optimizer step over all processes; when > 0, grad_accum is derived from it, batch_size
    and the number of processes (which must divide it)."""
    save_steps: int = 0
    """Write a resumable checkpoint every this many optimizer steps (0: none)."""

    def tag(self) -> str:
        """Short, deterministic name of this recipe (differs whenever a field that shapes the RM differs)."""
        fields_ = dataclasses.asdict(self)
        for name in _NEUTRAL_FIELDS:
            fields_.pop(name)
        for name, default in _LATER_FIELDS.items():
            if fields_[name] == default:
                fields_.pop(name)  # so RMs cached before the field existed keep their names
        return f"{self.method}-s{self.seed}{'-shuffled' if self.shuffle_labels else ''}-{digest(fields_)}"


_NEUTRAL_FIELDS = ("save_steps",)
"""TrainSpec fields that never change the trained model (left out of its tag)."""
_LATER_FIELDS = {"global_batch": 0}
"""TrainSpec fields added after RMs were cached, with the default that reproduces the old recipe."""


@dataclass
class CaptureSpec:
    """What hidden states are captured, and how they are pooled per sequence."""

    pooling: str = "auto"
    """``auto`` (first token for encoders, last non-pad token for decoders), ``first``, ``last`` or ``mean``."""
    token_layers: list[int] = field(default_factory=list)
    """Layers whose whole token x hidden matrices are kept (for the per-input spectral analysis)."""
    batch_size: int = 16
    """Sequences per forward pass."""
    max_length: int = 512
    """Tokens per sequence (same truncation as training)."""


def digest(obj: Any, n: int = 8) -> str:
    """Stable short hash of a dataclass or JSON-able object."""
    data = dataclasses.asdict(obj) if dataclasses.is_dataclass(obj) and not isinstance(obj, type) else obj
    blob = json.dumps(data, sort_keys=True, default=str).encode()
    return hashlib.sha256(blob).hexdigest()[:n]


def from_mapping(cls: type, data: dict[str, Any], source: str = "config") -> Any:
    """Build dataclass ``cls`` from a mapping, naming the source and field of any unknown key."""
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise ValueError(f"{source}: unknown field(s) for {cls.__name__}: {', '.join(unknown)}")
    return cls(**data)


CONFIG_DIR = Path(__file__).parent / "configs"
"""Config files shipped with repshift (``--config paper`` reads ``configs/paper.yaml``)."""


def shipped_configs() -> list[str]:
    """Names of the shipped config files."""
    return sorted(p.stem for p in CONFIG_DIR.glob("*.yaml"))


def resolve_config(name: str | Path) -> Path:
    """A config file path: an existing file, or the name of a shipped config (``paper``, ``cpu``)."""
    path = Path(name)
    if path.is_file():
        return path
    shipped = CONFIG_DIR / f"{name}.yaml"
    if path.suffix == "" and len(path.parts) == 1 and shipped.is_file():
        return shipped
    raise FileNotFoundError(
        f"{name}: no such config file, and not a shipped config ({', '.join(shipped_configs())})"
    )


def load_yaml(path: str | Path) -> dict[str, Any]:
    """Read a YAML config file (or a shipped one by name) into a dict: one section per ingredient."""
    import yaml

    path = resolve_config(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise ValueError(f"{path}{line}: invalid YAML ({getattr(e, 'problem', e)})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data
