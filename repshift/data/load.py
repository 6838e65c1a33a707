"""Loaders: every data source becomes a validated list of :class:`PreferencePair`.

A data spec is a string: ``builtin`` (the shipped set), a path to ``.jsonl`` / ``.jsonl.gz`` /
``.parquet``, or a Hugging Face dataset id (``hf:org/name[:config][@split]``). The rows may be in any
format of :mod:`repshift.data.formats` (repshift pairs, chat messages, M-RewardBench, HH-RLHF).
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from repshift.data import builtin
from repshift.data.schema import DataError, PreferencePair

log = logging.getLogger(__name__)


def _open_text(path: Path):
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def iter_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line_number, object)`` for each non-blank line; malformed JSON raises :class:`DataError`."""
    path = Path(path)
    with _open_text(path) as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise DataError(str(path), i, None, f"invalid JSON ({e.msg} at column {e.colno})") from None
            if not isinstance(obj, dict):
                raise DataError(str(path), i, None, f"expected a JSON object, got {type(obj).__name__}")
            yield i, obj


def iter_parquet(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(row_number, row)`` (1-based) from a parquet file."""
    import pyarrow.parquet as pq

    path = Path(path)
    try:
        table = pq.read_table(path)
    except Exception as e:  # pyarrow raises several unrelated types for a bad file
        raise DataError(str(path), None, None, f"not a readable parquet file ({e})") from None
    yield from enumerate(table.to_pylist(), 1)


def pairs_from_rows(
    rows: Iterable[tuple[int, Mapping[str, Any]]],
    source: str,
    defaults: Mapping[str, str] | None = None,
    *,
    format: str = "auto",
) -> list[PreferencePair]:
    """Validate raw rows into pairs; the first bad row raises :class:`DataError`.

    ``format`` is a row format of :mod:`repshift.data.formats` (``pairs``, ``chat``, ``mrb``,
    ``hh-rlhf``) or ``auto`` (detected from the first row).
    """
    from repshift.data.formats import convert

    return convert(rows, source, defaults, format=format).pairs


def load(
    spec: str = "builtin",
    *,
    language: str | None = None,
    category: str | None = None,
    split: str | None = None,
    format: str = "auto",
) -> list[PreferencePair]:
    """Load preference pairs from ``spec``.

    Args:
        spec: ``builtin``, a local file path, or ``hf:<dataset id>[:config][@split]``.
        language: default language for rows that have none (e.g. a monolingual JSONL).
        category: default category for rows that have none.
        split: default split for rows that have none.
        format: row format (``pairs``, ``chat``, ``mrb``, ``hh-rlhf``; see
            :mod:`repshift.data.formats`), or ``auto`` to detect it from the first row.
    """
    defaults = {k: v for k, v in (("language", language), ("category", category), ("split", split)) if v}
    if spec == builtin.NAME:
        if not builtin.PATH.is_file():
            raise FileNotFoundError(f"{builtin.PATH}: builtin data missing; run `make data`")
        return pairs_from_rows(iter_jsonl(builtin.PATH), "builtin", defaults, format="pairs")
    if spec.startswith("hf:"):
        from repshift.data.hub import load_hub

        return load_hub(spec[3:], defaults, format=format)
    path = Path(spec)
    if not path.exists():
        raise FileNotFoundError(f"{spec}: no such file (and not 'builtin' or an 'hf:' dataset id)")
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".json")):
        return pairs_from_rows(iter_jsonl(path), str(path), defaults, format=format)
    if name.endswith(".parquet"):
        return pairs_from_rows(iter_parquet(path), str(path), defaults, format=format)
    raise DataError(str(path), None, None, "unknown format (expected .jsonl, .jsonl.gz or .parquet)")


def select(
    pairs: Iterable[PreferencePair],
    *,
    languages: Iterable[str] | None = None,
    split: str | None = None,
    categories: Iterable[str] | None = None,
    limit: int | None = None,
) -> list[PreferencePair]:
    """Filter pairs; ``limit`` keeps the first ``limit`` items per language (same item ids everywhere)."""
    langs_ = set(languages) if languages is not None else None
    cats = set(categories) if categories is not None else None
    out = [
        p
        for p in pairs
        if (langs_ is None or p.language in langs_)
        and (split is None or p.split == split)
        and (cats is None or p.category in cats)
    ]
    if limit is not None:
        keep = sorted({p.item_id for p in out})
        # A balanced subset: take items round-robin across categories so every category survives.
        by_cat: dict[str, list[str]] = {}
        for p in out:
            if p.item_id not in by_cat.setdefault(p.category, []):
                by_cat[p.category].append(p.item_id)
        chosen: list[str] = []
        lists = [sorted(v) for _, v in sorted(by_cat.items())]
        while len(chosen) < min(limit, len(keep)):
            for lst in lists:
                if lst and len(chosen) < limit:
                    chosen.append(lst.pop(0))
        wanted = set(chosen)
        out = [p for p in out if p.item_id in wanted]
    return out
