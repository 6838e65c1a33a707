"""Turning (prompt, response) into token ids: one function used by training, scoring and capture.

Encoders see the pair as two segments (``<s> prompt </s></s> response </s>``) and are scored at the
first token. Decoders see the tokenizer's chat template (user turn, assistant turn) when it has one,
else ``prompt + "\\n\\n" + response + eos``; they are scored at the last token, which is eos.

Truncation is done here, before TRL (which silently *drops* over-long pairs): the prompt loses tokens
from its start first; only if the response alone is too long does it lose its start too, so the end
of the response, where a decoder reads the reward, always survives.

A prompt may be a conversation (chat-format data keeps several turns as a JSON message list, see
:mod:`repshift.data.formats`): decoders with a chat template render its messages followed by the
assistant response; other tokenizers see it flattened to ``Role: content`` paragraphs. Truncation
then drops the oldest messages' tokens first.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from repshift.data.formats import flatten_messages, messages_prompt, prompt_messages

log = logging.getLogger(__name__)


@dataclass
class Encoded:
    """Token ids of the chosen and rejected sequences of a list of pairs."""

    chosen: list[list[int]]
    rejected: list[list[int]]
    truncated: list[bool] = field(default_factory=list)
    """Per pair: whether either side was truncated."""
    max_length: int = 0
    """The cap the sequences were cut to: the requested one, or the model's if smaller
    (:func:`model_limit`)."""

    @property
    def n_truncated(self) -> int:
        return sum(self.truncated)

    @property
    def n_identical(self) -> int:
        """Pairs whose two sides are identical after truncation (no preference can be read)."""
        return sum(c == r for c, r in zip(self.chosen, self.rejected, strict=True))


def _render(tok: Any, kind: str, prompt: str, response: str) -> list[int]:
    conversation = prompt_messages(prompt)
    if kind == "encoder":
        return list(tok(flatten_messages(conversation) if conversation else prompt, response)["input_ids"])
    if getattr(tok, "chat_template", None):
        messages = [*(conversation or [{"role": "user", "content": prompt}]), {"role": "assistant", "content": response}]  # fmt: skip
        text = tok.apply_chat_template(messages, tokenize=False).rstrip()
        ids = list(tok(text, add_special_tokens=False)["input_ids"])
    else:
        text = flatten_messages(conversation) if conversation else prompt
        ids = list(tok(text + "\n\n" + response)["input_ids"])
    if tok.eos_token_id is not None and (not ids or ids[-1] != tok.eos_token_id):
        ids.append(tok.eos_token_id)
    return ids


def _drop_leading_tokens(tok: Any, text: str, n: int) -> str:
    """``text`` without its first ``n`` tokens (cut at a token boundary of ``text`` alone)."""
    enc = tok(text, add_special_tokens=False, return_offsets_mapping=True)
    offsets = enc["offset_mapping"]
    if n >= len(offsets):
        return ""
    return text[offsets[n][0] :]


def _prompt_tokens(tok: Any, prompt: str) -> int:
    conversation = prompt_messages(prompt)
    texts = [m["content"] for m in conversation] if conversation else [prompt]
    return sum(len(tok(t, add_special_tokens=False)["input_ids"]) for t in texts if t)


def _drop_leading_prompt_tokens(tok: Any, prompt: str, n: int) -> str:
    """``prompt`` without its first ``n`` content tokens; a conversation loses its oldest messages first."""
    conversation = prompt_messages(prompt)
    if conversation is None:
        return _drop_leading_tokens(tok, prompt, n)
    kept = []
    for m in conversation:
        size = len(tok(m["content"], add_special_tokens=False)["input_ids"]) if m["content"] else 0
        if n >= size and n > 0:
            n -= size
            continue
        kept.append(m | {"content": _drop_leading_tokens(tok, m["content"], n)} if n else m)
        n = 0
    return messages_prompt(kept) if kept else ""


def encode(tok: Any, kind: str, prompt: str, response: str, max_length: int) -> tuple[list[int], bool]:
    """Token ids of one (prompt, response) sequence, truncated to ``max_length``; and whether it was."""
    ids = _render(tok, kind, prompt, response)
    truncated = False
    for _ in range(4):
        over = len(ids) - max_length
        if over <= 0:
            return ids, truncated
        truncated = True
        n_prompt = _prompt_tokens(tok, prompt) if prompt else 0
        if n_prompt > over:
            prompt = _drop_leading_prompt_tokens(tok, prompt, over)
        else:
            prompt = ""
            response = _drop_leading_tokens(tok, response, over - n_prompt)
        ids = _render(tok, kind, prompt, response)
    # Re-tokenising at a cut can shift a token or two; as a last resort keep the first and last tokens.
    keep_head = 1 if kind == "encoder" else 0
    ids = ids[:keep_head] + ids[len(ids) - (max_length - keep_head) :]
    return ids, True


def model_limit(tok: Any, max_length: int) -> int:
    """``max_length``, or the tokenizer's ``model_max_length`` when that is smaller (a model with 512
    positions cannot read 1024 tokens); transformers' "unknown" sentinel (~1e30) leaves it as is."""
    limit = getattr(tok, "model_max_length", None)
    if isinstance(limit, int) and 0 < limit < max_length:
        log.info("max_length %d exceeds the model's %d positions: using %d", max_length, limit, limit)
        return limit
    return max_length


def encode_pairs(tok: Any, kind: str, pairs: Sequence[Any], max_length: int) -> Encoded:
    """Encode the chosen and rejected side of every pair (objects with prompt/chosen/rejected), each
    sequence cut to :func:`model_limit` tokens."""
    max_length = model_limit(tok, max_length)
    out = Encoded([], [], max_length=max_length)
    for p in pairs:
        c, tc = encode(tok, kind, p.prompt, p.chosen, max_length)
        r, tr = encode(tok, kind, p.prompt, p.rejected, max_length)
        out.chosen.append(c)
        out.rejected.append(r)
        out.truncated.append(tc or tr)
    return out


def pad_batch(seqs: Sequence[Sequence[int]], pad_id: int) -> dict[str, Any]:
    """Right-padded ``input_ids`` and ``attention_mask`` tensors."""
    import torch

    width = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(list(s), dtype=torch.long)
        mask[i, : len(s)] = 1
    return {"input_ids": ids, "attention_mask": mask}


def length_sorted_batches(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Indices grouped into batches of similar length (less padding), longest first."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
