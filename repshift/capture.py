"""Capture per-layer hidden states (and the RM score, from the same forward pass) with nnsight.

For every pair, the (prompt + chosen) and (prompt + rejected) sequences are encoded exactly as in
training and scoring, right-padded (nnsight derives position ids from the attention mask, so left
padding would shift them), and traced once. Layer 0 is the embedding output; layer ``i`` (1..L) is the
output of block ``i``: the residual stream, for a decoder *before* the final norm (transformers'
``hidden_states[-1]`` is after it). Each layer is pooled per sequence: the first token for encoders,
the last non-pad token for decoders (where the score head reads), or the mean over non-pad tokens.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from repshift import store
from repshift.config import CaptureSpec
from repshift.data.schema import PreferencePair
from repshift.models import inputs, sites

log = logging.getLogger(__name__)


@dataclass
class Capture:
    """Pooled states of one model on a list of pairs.

    ``chosen``/``rejected``: float32 ``(layers + 1, n_pairs, d)``; ``score_*``: ``(n_pairs,)`` rewards
    read from the same forward pass. ``tokens[layer]`` holds, when requested, the token x hidden matrix
    of every sequence (chosen sequences first, then rejected), as one ``(total_tokens, d)`` array cut by
    ``token_offsets``.
    """

    item_ids: list[str]
    categories: list[str]
    chosen: np.ndarray
    rejected: np.ndarray
    score_chosen: np.ndarray
    score_rejected: np.ndarray
    pooling: str
    n_truncated: int = 0
    tokens: dict[int, np.ndarray] = field(default_factory=dict)
    token_offsets: np.ndarray | None = None

    @property
    def n_layers(self) -> int:
        return int(self.chosen.shape[0])

    def token_matrices(self, layer: int) -> list[np.ndarray]:
        """Per-sequence ``(tokens, d)`` matrices of ``layer`` (chosen sequences first)."""
        if layer not in self.tokens or self.token_offsets is None:
            raise KeyError(f"layer {layer} was not captured at token level")
        o = self.token_offsets
        return [self.tokens[layer][o[i] : o[i + 1]] for i in range(len(o) - 1)]

    def save(self, path: str | Path) -> Path:
        tensors = {
            "chosen": self.chosen,
            "rejected": self.rejected,
            "score_chosen": self.score_chosen,
            "score_rejected": self.score_rejected,
        }
        for layer, mat in self.tokens.items():
            tensors[f"tokens.{layer}"] = mat
        if self.token_offsets is not None:
            tensors["token_offsets"] = self.token_offsets
        meta = {
            "item_ids": "\n".join(self.item_ids),
            "categories": "\n".join(self.categories),
            "pooling": self.pooling,
            "n_truncated": str(self.n_truncated),
        }
        return store.write_tensors(path, tensors, meta)

    @classmethod
    def load(cls, path: str | Path) -> Capture:
        from safetensors import safe_open

        with safe_open(str(path), framework="numpy") as f:
            meta = f.metadata() or {}
        t = store.read_tensors(path)
        tokens = {int(k.split(".", 1)[1]): v for k, v in t.items() if k.startswith("tokens.")}
        return cls(
            item_ids=meta["item_ids"].split("\n") if meta.get("item_ids") else [],
            categories=meta["categories"].split("\n") if meta.get("categories") else [],
            chosen=t["chosen"],
            rejected=t["rejected"],
            score_chosen=t["score_chosen"],
            score_rejected=t["score_rejected"],
            pooling=meta.get("pooling", ""),
            n_truncated=int(meta.get("n_truncated", 0)),
            tokens=tokens,
            token_offsets=t.get("token_offsets"),
        )


def resolve_pooling(pooling: str, kind: str) -> str:
    if pooling == "auto":
        return "first" if kind == "encoder" else "last"
    if pooling not in ("first", "last", "mean"):
        raise ValueError(f"pooling must be auto, first, last or mean, got {pooling!r}")
    return pooling


def pool(hidden: Any, mask: Any, pooling: str) -> Any:
    """Pool ``(batch, tokens, d)`` states to ``(batch, d)`` with a right-padded ``mask``."""
    import torch

    if pooling == "first":
        return hidden[:, 0]
    if pooling == "last":
        last = mask.sum(dim=1) - 1
        return hidden[torch.arange(hidden.shape[0]), last]
    m = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * m).sum(dim=1) / m.sum(dim=1)


def wrap(model: Any, tok: Any) -> Any:
    """The nnsight wrapper of a loaded sequence-classification model."""
    import warnings

    from nnsight.modeling.transformers import TransformersModel

    with warnings.catch_warnings():
        # BERT blocks have a submodule named "output"; nnsight serves it as ".E_output" and says so.
        warnings.filterwarnings("ignore", message=".*has a submodule named 'output'.*")
        return TransformersModel(model, tokenizer=tok, task="text-classification")


def trace_batch(nm: Any, site: sites.Sites, batch: dict[str, Any]) -> tuple[list[Any], Any]:
    """One traced forward pass: ``([embeddings, block 1, ..., block L] outputs, logits)``."""
    import nnsight
    import torch

    with torch.no_grad(), nm.trace(**batch):
        emb = sites.resolve(nm, site.embeddings).output
        blocks = [layer.output for layer in sites.resolve(nm, site.layers)]
        states = nnsight.save([emb, *blocks])
        logits = nnsight.save(nm.output.logits)
    return list(states), logits


def capture(
    model: Any,
    tok: Any,
    pairs: Sequence[PreferencePair],
    spec: CaptureSpec | None = None,
    *,
    progress: bool = False,
    desc: str = "capture",
) -> Capture:
    """Capture pooled states of every layer and the score for both sides of every pair."""
    import torch
    from tqdm.auto import tqdm

    spec = spec or CaptureSpec()
    site = sites.for_model(model)
    pooling = resolve_pooling(spec.pooling, site.kind)
    enc = inputs.encode_pairs(tok, site.kind, pairs, spec.max_length)
    seqs = enc.chosen + enc.rejected
    nm = wrap(model, tok)
    device = next(model.parameters()).device
    pooled: np.ndarray | None = None
    scores = np.zeros(len(seqs), dtype=np.float32)
    token_rows: dict[int, list[np.ndarray | None]] = {
        layer: [None] * len(seqs) for layer in spec.token_layers
    }
    batches = inputs.length_sorted_batches([len(s) for s in seqs], spec.batch_size)
    for idx in tqdm(batches, desc=desc, disable=not progress, leave=False):
        batch = {
            k: v.to(device) for k, v in inputs.pad_batch([seqs[i] for i in idx], tok.pad_token_id).items()
        }
        states, logits = trace_batch(nm, site, batch)
        mask = batch["attention_mask"]
        if pooled is None:
            pooled = np.zeros((len(states), len(seqs), states[0].shape[-1]), dtype=np.float32)
        for layer, h in enumerate(states):
            pooled[layer, idx] = pool(h.float(), mask, pooling).cpu().numpy()
            if layer in token_rows:
                lengths = mask.sum(dim=1).tolist()
                for j, i in enumerate(idx):
                    token_rows[layer][i] = h[j, : lengths[j]].float().cpu().numpy()
        scores[idx] = logits[:, 0].float().cpu().numpy()
        del states, logits
    assert pooled is not None
    n = len(pairs)
    tokens: dict[int, np.ndarray] = {}
    offsets = None
    if token_rows:
        lengths = [len(s) for s in seqs]
        offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        tokens = {layer: np.concatenate(rows) for layer, rows in token_rows.items()}  # type: ignore[arg-type]
    torch.cuda.empty_cache() if torch.cuda.is_available() else None
    return Capture(
        item_ids=[p.item_id for p in pairs],
        categories=[p.category for p in pairs],
        chosen=pooled[:, :n],
        rejected=pooled[:, n:],
        score_chosen=scores[:n],
        score_rejected=scores[n:],
        pooling=pooling,
        n_truncated=enc.n_truncated,
        tokens=tokens,
        token_offsets=offsets,
    )
