"""The builtin multilingual preference set that ships with repshift (see ``CARD.md``)."""

from __future__ import annotations

from pathlib import Path

PATH = Path(__file__).with_name("prefs.jsonl")
CARD = Path(__file__).with_name("CARD.md")
NAME = "builtin"
