"""The preference-pair schema and its validation.

Every loader produces :class:`PreferencePair` rows; everything downstream (training, scoring, capture)
reads only these. Validation errors name the source, the line (or row) and the field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from repshift import langs

CATEGORIES: tuple[str, ...] = ("chat", "chat_hard", "safety", "reasoning")
"""The four RewardBench categories; every pair belongs to one."""

SPLITS: tuple[str, ...] = ("train", "test")


@dataclass(frozen=True)
class PreferencePair:
    """One preference pair: a prompt, a better response (``chosen``) and a worse one (``rejected``).

    ``item_id`` is shared by the translations of one item, so items can be matched across languages
    and grouped in cross-validation and bootstrap resampling.
    """

    id: str
    item_id: str
    language: str
    category: str
    prompt: str
    chosen: str
    rejected: str
    split: str = "test"
    source: str = ""

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(PreferencePair))
REQUIRED: tuple[str, ...] = ("prompt", "chosen", "rejected")


class DataError(ValueError):
    """A bad row in preference data; the message names source, line and field."""

    def __init__(self, source: str, line: int | None, field: str | None, problem: str):
        where = source if line is None else f"{source}:{line}"
        if field:
            where += f": field '{field}'"
        super().__init__(f"{where}: {problem}")
        self.source, self.line, self.field, self.problem = source, line, field, problem


def make_pair(
    row: Mapping[str, Any],
    *,
    source: str,
    line: int | None,
    defaults: Mapping[str, str] | None = None,
) -> PreferencePair:
    """Validate one raw row (after any format-specific mapping) into a :class:`PreferencePair`.

    Args:
        row: mapping with at least ``prompt``, ``chosen``, ``rejected``; ``language``, ``category``,
            ``item_id``, ``id``, ``split`` may come from ``defaults``.
        source: file or dataset name, for error messages.
        line: 1-based line (JSONL) or row number, for error messages.
        defaults: values for fields the row lacks.
    """
    merged: dict[str, Any] = dict(defaults or {})
    merged.update({k: v for k, v in row.items() if v is not None})
    for name in REQUIRED:
        if name not in merged:
            raise DataError(source, line, name, "missing")
        if not isinstance(merged[name], str):
            raise DataError(source, line, name, f"expected a string, got {type(merged[name]).__name__}")
    for name in ("chosen", "rejected"):
        if not merged[name].strip():
            raise DataError(source, line, name, "empty response")
    if merged["chosen"] == merged["rejected"]:
        raise DataError(source, line, "rejected", "identical to 'chosen'")
    lang = str(merged.get("language", ""))
    if not lang:
        raise DataError(source, line, "language", "missing (pass a default language for this source)")
    try:
        lang = langs.get(lang).code
    except langs.UnknownLanguageError as e:
        raise DataError(source, line, "language", str(e)) from None
    category = str(merged.get("category", "chat"))
    if category not in CATEGORIES:
        raise DataError(source, line, "category", f"{category!r} is not one of {', '.join(CATEGORIES)}")
    split = str(merged.get("split", "test"))
    if split not in SPLITS:
        raise DataError(source, line, "split", f"{split!r} is not one of {', '.join(SPLITS)}")
    item_id = str(merged.get("item_id") or merged.get("id") or f"{source}:{line}")
    pair_id = str(merged.get("id") or f"{item_id}-{lang}")
    return PreferencePair(
        id=pair_id,
        item_id=item_id,
        language=lang,
        category=category,
        prompt=merged["prompt"],
        chosen=merged["chosen"],
        rejected=merged["rejected"],
        split=split,
        source=str(merged.get("source", "")),
    )


def check_unique(pairs: Iterable[PreferencePair], source: str) -> None:
    """Raise when two pairs share an id (duplicates would be counted twice in every metric)."""
    seen: dict[str, int] = {}
    for i, p in enumerate(pairs, 1):
        if p.id in seen:
            raise DataError(source, i, "id", f"duplicate id {p.id!r} (first at row {seen[p.id]})")
        seen[p.id] = i
