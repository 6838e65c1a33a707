"""Row formats of preference data, mapped onto the one pair schema.

Every format turns a raw row into the fields :func:`repshift.data.schema.make_pair` validates, so all
of them end as identical :class:`PreferencePair` rows:

- ``pairs``: repshift's own rows (``prompt``/``chosen``/``rejected`` strings, optional ``language``,
  ``category``, ``item_id``, ``split`` ...), passed through unchanged.
- ``chat``: ``prompt``/``chosen``/``rejected`` as ``[{"role", "content"}]`` message lists, or
  ``chosen``/``rejected`` as whole conversations (the shared leading messages are the prompt). The
  response is the one assistant message after the prompt. A single user message becomes a plain
  prompt string; a longer conversation (several turns, a system message) is kept as a JSON message
  list in ``prompt`` and rendered by :mod:`repshift.models.inputs` (see :func:`prompt_messages`).
- ``mrb``: M-RewardBench rows (``id, language, prompt, chosen, rejected, chosen_model,
  rejected_model, source``): ``kor_Hang``-style languages go through :mod:`repshift.langs`, the
  RewardBench ``source`` subset gives the category, ``id`` is the item id shared across languages.
- ``hh-rlhf``: Anthropic HH-RLHF rows, ``chosen``/``rejected`` whole ``\\n\\nHuman: ...
  \\n\\nAssistant: ...`` transcripts. The shared transcript up to and including the last
  ``\\n\\nAssistant:`` is the prompt; the two last replies are the responses. Rows that hold no
  preference (identical transcripts, transcripts that differ before the last reply, an empty or
  identical last reply) are **skipped and counted**, not raised: they are properties of a public
  dataset a user cannot fix (the harmless-base test split has 9 of 2,312: 5 whose transcripts
  differ earlier, 4 whose chosen reply is empty).

The format is detected from the first row (:func:`detect`) unless given.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from repshift.data.schema import DataError, PreferencePair, check_unique, make_pair

log = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("pairs", "chat", "mrb", "hh-rlhf")
"""Known row formats (``auto`` detects one of them from the first row)."""

REWARDBENCH_SECTIONS: dict[str, tuple[str, ...]] = {
    "chat": ("alpacaeval-easy", "alpacaeval-length", "alpacaeval-hard", "mt-bench-easy", "mt-bench-med"),
    "chat_hard": (
        "mt-bench-hard",
        "llmbar-natural",
        "llmbar-adver-neighbor",
        "llmbar-adver-GPTInst",
        "llmbar-adver-GPTOut",
        "llmbar-adver-manual",
    ),
    "safety": (
        "refusals-dangerous",
        "refusals-offensive",
        "xstest-should-refuse",
        "xstest-should-respond",
        "donotanswer",
    ),
    "reasoning": ("math-prm", "hep-cpp", "hep-go", "hep-java", "hep-js", "hep-python", "hep-rust"),
}
"""RewardBench's subset -> section table (``rewardbench/constants.py``), which M-RewardBench keeps."""

SUBSET_CATEGORY: dict[str, str] = {s: cat for cat, subs in REWARDBENCH_SECTIONS.items() for s in subs}

HUMAN = "\n\nHuman:"
ASSISTANT = "\n\nAssistant:"


@dataclass
class Converted:
    """Pairs from one source, and the rows a format skipped by policy (``(line, reason)``)."""

    pairs: list[PreferencePair]
    skipped: list[tuple[int, str]] = field(default_factory=list)

    def skip_counts(self) -> dict[str, int]:
        return dict(Counter(reason for _, reason in self.skipped))


class Skip(Exception):
    """A row that holds no preference under a format's documented policy."""


# --- chat messages in the pair schema ---------------------------------------------------------------


def prompt_messages(prompt: str) -> list[dict[str, str]] | None:
    """The message list a ``chat`` prompt holds, or ``None`` for a plain-text prompt.

    A conversation prompt is stored as the JSON of ``[{"role": ..., "content": ...}, ...]``; plain
    prompts are never JSON lists of role/content objects, so the two cannot be confused.
    """
    if not prompt.startswith('[{"role": '):
        return None
    try:
        msgs = json.loads(prompt)
    except json.JSONDecodeError:
        return None
    if isinstance(msgs, list) and msgs and all(_is_message(m) for m in msgs):
        return msgs
    return None


def messages_prompt(messages: list[dict[str, str]]) -> str:
    """How a prompt conversation is stored in a pair: one user turn as its text, else JSON."""
    if len(messages) == 1 and messages[0]["role"] == "user":
        return messages[0]["content"]
    return json.dumps([{"role": m["role"], "content": m["content"]} for m in messages], ensure_ascii=False)


def flatten_messages(messages: list[dict[str, str]]) -> str:
    """Plain text of a conversation, for tokenizers without a chat template (and encoders)."""
    return "\n\n".join(f"{m['role'].capitalize()}: {m['content']}" for m in messages)


def _is_message(m: Any) -> bool:
    return isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), str)


def _messages(value: Any, source: str, line: int, name: str) -> list[dict[str, str]] | None:
    """``value`` as a message list; ``None`` when it is a plain string."""
    if value is None or isinstance(value, str):
        return None
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not value:
        raise DataError(
            source, line, name, "expected a string or a non-empty list of {role, content} messages"
        )
    for i, m in enumerate(value):
        if not _is_message(m):
            raise DataError(
                source, line, f"{name}[{i}]", "expected a {role, content} message with string values"
            )
    return [{"role": m["role"], "content": m["content"]} for m in value]


def _reply(messages: list[dict[str, str]], source: str, line: int, name: str) -> str:
    if len(messages) != 1 or messages[0]["role"] != "assistant":
        roles = ", ".join(m["role"] for m in messages) or "none"
        raise DataError(
            source, line, name, f"expected one assistant message after the prompt, got roles: {roles}"
        )
    return messages[0]["content"]


# --- row mappers --------------------------------------------------------------------------------------


def _pairs_row(row: Mapping[str, Any], source: str, line: int) -> dict[str, Any]:
    return dict(row)


def _chat_row(row: Mapping[str, Any], source: str, line: int) -> dict[str, Any]:
    out = dict(row)
    prompt = _messages(row.get("prompt"), source, line, "prompt")
    chosen = _messages(row.get("chosen"), source, line, "chosen")
    rejected = _messages(row.get("rejected"), source, line, "rejected")
    if row.get("prompt") is None and chosen is not None and rejected is not None:
        # Whole conversations: the shared leading messages are the prompt.
        if chosen == rejected:
            raise DataError(source, line, "rejected", "identical to 'chosen'")
        k = 0
        while k < min(len(chosen), len(rejected)) and chosen[k] == rejected[k]:
            k += 1
        if k == 0:
            raise DataError(
                source, line, "chosen", "chosen and rejected share no leading messages (no prompt)"
            )
        prompt, chosen, rejected = chosen[:k], chosen[k:], rejected[k:]
    for name, msgs in (("chosen", chosen), ("rejected", rejected)):
        if msgs is None:
            continue
        if prompt and msgs[: len(prompt)] == prompt and len(msgs) > len(prompt):
            msgs = msgs[len(prompt) :]  # the response repeats the prompt conversation
        out[name] = _reply(msgs, source, line, name)
    if prompt is not None:
        out["prompt"] = messages_prompt(prompt)
    return out


def _mrb_row(row: Mapping[str, Any], source: str, line: int) -> dict[str, Any]:
    subset = row.get("source")
    if not isinstance(subset, str) or subset not in SUBSET_CATEGORY:
        raise DataError(
            source,
            line,
            "source",
            f"{subset!r} is not a RewardBench subset (known: {', '.join(SUBSET_CATEGORY)})",
        )
    if row.get("id") is None:
        raise DataError(source, line, "id", "missing (M-RewardBench ids match items across languages)")
    out = {k: row.get(k) for k in ("language", "prompt", "chosen", "rejected")}
    # The id is the RewardBench item: the same in every language; the pair id adds the language.
    out.update(item_id=str(row["id"]), category=SUBSET_CATEGORY[subset], source=subset)
    return out


def split_hh(chosen: str, rejected: str) -> tuple[str, str, str]:
    """``(prompt, chosen reply, rejected reply)`` of two HH-RLHF transcripts; :class:`Skip` if no preference."""
    if chosen == rejected:
        raise Skip("identical transcripts")
    ic, ir = chosen.rfind(ASSISTANT), rejected.rfind(ASSISTANT)
    if ic < 0 or ir < 0:
        raise Skip("no assistant turn")
    prompt = chosen[: ic + len(ASSISTANT)]
    if rejected[: ir + len(ASSISTANT)] != prompt:
        raise Skip("transcripts differ before the last reply")
    c, r = chosen[ic + len(ASSISTANT) :].strip(), rejected[ir + len(ASSISTANT) :].strip()
    if HUMAN in c or HUMAN in r:
        raise Skip("transcript ends with a human turn")
    if not c or not r:
        raise Skip("empty last reply")
    if c == r:
        raise Skip("identical last replies")
    return prompt, c, r


def _hh_row(row: Mapping[str, Any], source: str, line: int) -> dict[str, Any]:
    texts = {}
    for name in ("chosen", "rejected"):
        v = row.get(name)
        if not isinstance(v, str):
            raise DataError(source, line, name, "expected a Human/Assistant transcript string")
        if v.startswith("Human:"):
            v = "\n\n" + v
        if not v.startswith(HUMAN):
            raise DataError(source, line, name, "not a Human/Assistant transcript (must start with 'Human:')")
        texts[name] = v
    prompt, c, r = split_hh(texts["chosen"], texts["rejected"])
    out = {k: v for k, v in row.items() if k not in ("chosen", "rejected")}
    out.update(prompt=prompt, chosen=c, rejected=r)
    if not out.get("item_id") and not out.get("id"):
        out["item_id"] = f"{_stem(source)}:{line}"  # rows carry no id: name them by file and line
    out.setdefault("source", "hh-rlhf")
    return out


def _stem(source: str) -> str:
    name = source.replace("\\", "/").rstrip("/").split("/")[-1]
    return name.split(".")[0] or source


_MAPPERS = {"pairs": _pairs_row, "chat": _chat_row, "mrb": _mrb_row, "hh-rlhf": _hh_row}


# --- detection and conversion ---------------------------------------------------------------------------


def detect(row: Mapping[str, Any]) -> str:
    """The format of a row, from its columns and value types."""
    if "chosen_model" in row and "rejected_model" in row:
        return "mrb"
    if any(isinstance(row.get(k), (list, dict)) for k in ("prompt", "chosen", "rejected")):
        return "chat"
    chosen = row.get("chosen")
    if row.get("prompt") is None and isinstance(chosen, str) and chosen.lstrip("\n").startswith("Human:"):
        return "hh-rlhf"
    return "pairs"


def format_defaults(fmt: str, source: str) -> dict[str, str]:
    """Field values a format implies when neither the row nor the caller gives them."""
    if fmt == "hh-rlhf":
        # HH-RLHF is English; its harmless/red-team subsets are about safety, the helpful ones chat.
        low = source.lower()
        return {
            "language": "en",
            "category": "safety" if ("harmless" in low or "red-team" in low) else "chat",
        }
    return {}


def convert(
    rows: Iterable[tuple[int, Mapping[str, Any]]],
    source: str,
    defaults: Mapping[str, str] | None = None,
    *,
    format: str = "auto",
) -> Converted:
    """Validate raw ``(line, row)`` items of one source into pairs; the first bad row raises :class:`DataError`.

    Args:
        rows: ``(1-based line or row number, raw row)``.
        source: file or dataset name, for error messages.
        defaults: values for fields the rows lack (caller's defaults win over a format's own).
        format: one of :data:`FORMATS`, or ``auto`` (detected from the first row).
    """
    if format != "auto" and format not in _MAPPERS:
        raise ValueError(f"unknown data format {format!r}; known: auto, {', '.join(FORMATS)}")
    pairs: list[PreferencePair] = []
    skipped: list[tuple[int, str]] = []
    fmt = format
    merged: dict[str, str] | None = None
    for line, row in rows:
        if fmt == "auto":
            fmt = detect(row)
            log.debug("%s: detected format %s", source, fmt)
        if merged is None:
            merged = format_defaults(fmt, source) | dict(defaults or {})
        try:
            mapped = _MAPPERS[fmt](row, source, line)
        except Skip as why:
            skipped.append((line, str(why)))
            continue
        pairs.append(make_pair(mapped, source=source, line=line, defaults=merged))
    check_unique(pairs, source)
    out = Converted(pairs, skipped)
    if skipped:
        counts = ", ".join(f"{n} {reason}" for reason, n in sorted(out.skip_counts().items()))
        lines = ", ".join(str(n) for n, _ in skipped[:10]) + (" ..." if len(skipped) > 10 else "")
        log.warning("%s: skipped %d of %d rows with no preference (%s); lines %s", source, len(skipped),
                    len(skipped) + len(pairs), counts, lines)  # fmt: skip
    return out
