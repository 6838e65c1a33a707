"""Preference data from a Hugging Face dataset: ``hf:org/name[:config][@split]``.

``name`` may also be a local directory: a ``Dataset.save_to_disk`` folder, or a folder of parquet /
JSON files that ``datasets.load_dataset`` reads. Rows go through the same formats as files
(:mod:`repshift.data.formats`: repshift pairs, chat messages, M-RewardBench, HH-RLHF). A split named
``train`` or ``test`` sets the pairs' split unless the rows carry one.

Offline (``HF_HUB_OFFLINE=1``) a dataset that is not in the local ``datasets`` cache fails at once with
one line naming the id, never after a round of network retries.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from repshift.data.formats import convert
from repshift.data.schema import SPLITS, DataError, PreferencePair, check_unique

log = logging.getLogger(__name__)


def parse_spec(spec: str) -> tuple[str, str | None, str | None]:
    """``org/name[:config][@split]`` -> ``(name, config, split)``."""
    name, _, split = spec.partition("@")
    name, _, config = name.partition(":")
    if not name:
        raise ValueError(f"hf:{spec}: empty dataset id (expected hf:org/name[:config][@split])")
    return name, config or None, split or None


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on")


def open_dataset(spec: str) -> dict[str, Any]:
    """``{split name: datasets.Dataset}`` for ``spec``; any failure is a one-line :class:`DataError`."""
    import datasets

    name, config, split = parse_spec(spec)
    source = f"hf:{spec}"
    path = Path(name)
    try:
        if path.is_dir() and ((path / "state.json").is_file() or (path / "dataset_dict.json").is_file()):
            ds = datasets.load_from_disk(str(path))
        else:
            ds = datasets.load_dataset(name, config, split=split)
    except Exception as e:  # datasets raises many unrelated types (ConnectionError, FileNotFoundError ...)
        first = (str(e).strip().splitlines() or [""])[0][:200]
        hint = " (HF_HUB_OFFLINE=1: only datasets in the local cache can be loaded)" if _offline() else ""
        raise DataError(
            source, None, None, f"cannot load dataset {name!r}{hint}: {type(e).__name__}: {first}"
        ) from None
    if isinstance(ds, datasets.Dataset):
        return {split or str(ds.split or "data"): ds}
    if split is not None:
        if split not in ds:
            raise DataError(source, None, None, f"no split {split!r} (has: {', '.join(ds)})")
        return {split: ds[split]}
    return dict(ds)


def load_hub(
    spec: str, defaults: Mapping[str, str] | None = None, *, format: str = "auto"
) -> list[PreferencePair]:
    """Pairs of every requested split of a Hugging Face dataset (``spec`` without the ``hf:`` prefix)."""
    pairs: list[PreferencePair] = []
    for split, ds in open_dataset(spec).items():
        source = f"hf:{spec}" if "@" in spec else f"hf:{spec}@{split}"
        split_defaults = dict(defaults or {})
        if split in SPLITS:
            split_defaults.setdefault("split", split)
        rows = ((i, row) for i, row in enumerate(ds, 1))
        pairs += convert(rows, source, split_defaults, format=format).pairs
    check_unique(pairs, f"hf:{spec}")
    log.info("hf:%s: %d pairs", spec, len(pairs))
    return pairs
