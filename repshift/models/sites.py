"""The one table of hook sites per architecture (pyvene-style), for sequence-classification models.

Paths are attribute paths from an ``AutoModelForSequenceClassification`` instance; ``layers`` names a
``ModuleList`` whose i-th element is the i-th transformer block. Each block's *output* is what repshift
captures as layer ``i + 1``; layer 0 is the embedding output.

Decoders: transformers returns ``hidden_states[-1]`` *after* the final norm, but repshift's last layer
is the raw output of the last block (the residual stream, before the final norm), like every other
layer. The score head reads ``final_norm(last block output)``; the reward lens applies that norm.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Sites:
    """Where things live in one architecture's sequence-classification model."""

    layers: str
    embeddings: str
    head: str
    kind: str
    """``encoder``: the score is read at the first token; ``decoder``: at the last non-pad token."""
    final_norm: str | None = None
    pooler: str | None = None


_LLAMA_LIKE = Sites("model.layers", "model.embed_tokens", "score", "decoder", final_norm="model.norm")

SITES: dict[str, Sites] = {
    "bert": Sites("bert.encoder.layer", "bert.embeddings", "classifier", "encoder", pooler="bert.pooler"),
    "xlm-roberta": Sites("roberta.encoder.layer", "roberta.embeddings", "classifier", "encoder"),
    "roberta": Sites("roberta.encoder.layer", "roberta.embeddings", "classifier", "encoder"),
    "llama": _LLAMA_LIKE,
    "mistral": _LLAMA_LIKE,
    "qwen2": _LLAMA_LIKE,
    "qwen3": _LLAMA_LIKE,
    "gemma": _LLAMA_LIKE,
    "gemma2": _LLAMA_LIKE,
    "gemma3_text": _LLAMA_LIKE,
    "olmo2": _LLAMA_LIKE,
    "phi3": _LLAMA_LIKE,
}


class UnsupportedArchitectureError(KeyError):
    """No hook-site entry for this ``model_type``."""


def for_model(model: Any) -> Sites:
    """The sites of a loaded model, by its ``config.model_type``."""
    mt = getattr(model.config, "model_type", None)
    if mt not in SITES:
        raise UnsupportedArchitectureError(
            f"no hook sites for model_type {mt!r}; known: {', '.join(sorted(SITES))} "
            "(add an entry to repshift/models/sites.py)"
        )
    return SITES[mt]


def resolve(root: Any, path: str) -> Any:
    """Follow a dotted attribute path from ``root`` (a module or an nnsight envoy)."""
    obj = root
    for part in path.split("."):
        obj = obj[int(part)] if part.isdigit() else getattr(obj, part)
    return obj
