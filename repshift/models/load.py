"""Loading bases and reward models, and preparing their tokenizer, the same way everywhere.

Both the base and the RM are loaded as ``AutoModelForSequenceClassification`` (the base with an
untrained head that is never read), so the hook sites are identical and every forward pass of the base
is the forward pass the RM started from.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

from repshift.models import registry

log = logging.getLogger(__name__)

ADDED_PAD = "<|repshift_pad|>"


class ModelLoadError(OSError):
    """A base or RM could not be loaded; the message says which and why."""


@contextlib.contextmanager
def _quiet_transformers():
    from transformers.utils import logging as hf_logging

    level = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()
    try:
        yield
    finally:
        hf_logging.set_verbosity(level)


def _explain(spec: str, err: Exception) -> ModelLoadError:
    named = ", ".join(registry.BASES)
    return ModelLoadError(
        f"cannot load {spec!r}: it is not a named base ({named}), not a local directory, and the "
        f"Hugging Face Hub could not provide it ({type(err).__name__}: {str(err).splitlines()[0][:200]})"
    )


def load_tokenizer(location: str) -> Any:
    """The tokenizer, right-padded, with a pad token distinct from eos (added if needed)."""
    from transformers import AutoTokenizer

    try:
        with _quiet_transformers():
            tok = AutoTokenizer.from_pretrained(location)
    except (OSError, ValueError) as e:
        raise _explain(location, e) from None
    tok.padding_side = "right"
    if tok.pad_token is None or (tok.eos_token is not None and tok.pad_token_id == tok.eos_token_id):
        # With pad == eos, a last-token head reads the reward one token early: give pad its own id.
        tok.add_special_tokens({"pad_token": ADDED_PAD})
        log.info("added pad token %s (id %d) to %s", ADDED_PAD, tok.pad_token_id, location)
    return tok


def load_seqcls(location: str, tok: Any, *, dtype: Any = None, device: str | None = None) -> Any:
    """A sequence-classification model with one output, in eval mode, embeddings sized to ``tok``."""
    import torch
    from transformers import AutoModelForSequenceClassification

    try:
        with _quiet_transformers():
            model = AutoModelForSequenceClassification.from_pretrained(
                location, num_labels=1, dtype=dtype or torch.float32
            )
    except (OSError, ValueError) as e:
        raise _explain(location, e) from None
    if len(tok) > model.get_input_embeddings().num_embeddings:
        model.resize_token_embeddings(len(tok))
    model.config.pad_token_id = tok.pad_token_id
    if device:
        model.to(device)
    return model.eval()


def load_base(spec: str, **kw: Any) -> tuple[Any, Any]:
    """``(model, tokenizer)`` for a base: a named base, a local directory or a hub id."""
    location = registry.resolve(spec)
    tok = load_tokenizer(location)
    return load_seqcls(location, tok, **kw), tok


def load_rm(location: str | Path, **kw: Any) -> tuple[Any, Any]:
    """``(model, tokenizer)`` for a reward model directory written by repshift (or any seq-cls model)."""
    location = str(location)
    tok = load_tokenizer(location)
    return load_seqcls(location, tok, **kw), tok


def default_device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"
