"""Reward lens: the RM's own score head read at every layer (a logit lens for reward models).

The head is applied to every layer's pooled states, exactly as the RM applies it to its last layer:

- decoders (Llama-like): ``score(final_norm(h))`` — repshift's layers are block outputs *before* the
  final norm, so the lens applies it; at the last layer this is the RM's reward exactly;
- BERT: ``classifier(pooler(h))`` (the pooler reads the first token; dropout is off in eval mode);
- RoBERTa / XLM-R: the ``classifier`` head, which reads the first token itself.

Per layer this gives a preference accuracy (chosen strictly above rejected) for the RM's own states
and, as a comparison, for the base's states read by the same RM head. Exact at the last layer only
when the capture pools where the head reads (first token for encoders, last non-pad token for
decoders: ``pooling = auto``); under mean pooling the lens reads mean-pooled states (logged).

Design: the head is taken from the RM directory at analysis time (loading the RM costs < 2 s for the
offline bases), not stored with the capture, so captures stay head-agnostic and cached captures of
any run remain valid; the head applied is the RM's own module, not a re-implementation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from repshift.analyze import RunData, register_step
from repshift.capture import Capture
from repshift.models import sites
from repshift.parallel import varying_layers

log = logging.getLogger(__name__)

N_BOOT = 2000
"""Bootstrap replicates of the lens accuracies (as the transfer table)."""

COLUMNS = ["rm", "lang", "layer", "model", "accuracy", "ci_low", "ci_high", "n"]


@dataclass
class RewardHead:
    """The part of a sequence-classification RM that maps a pooled state ``(d,)`` to its reward."""

    kind: str
    """``encoder`` or ``decoder`` (from the hook-site table)."""
    reads: str
    """Where the head reads the sequence: ``first`` token (encoders) or ``last`` non-pad token."""
    forward: Callable[[Any], Any]
    """Torch function ``(batch, d) -> (batch,)``."""

    def __call__(self, states: np.ndarray, batch_size: int = 1024) -> np.ndarray:
        """Rewards ``(n,)`` of pooled states ``(n, d)``, in the head's own dtype, returned as float64."""
        import torch

        out = np.empty(len(states), dtype=np.float64)
        with torch.inference_mode():
            for i in range(0, len(states), batch_size):
                h = torch.from_numpy(np.ascontiguousarray(states[i : i + batch_size]))
                out[i : i + batch_size] = self.forward(h).double().numpy()
        return out


def reward_head(model: Any) -> RewardHead:
    """The score head of a loaded sequence-classification model (in eval mode), as a :class:`RewardHead`."""
    import torch

    site = sites.for_model(model)
    model.eval()
    head = sites.resolve(model, site.head)
    param = next(head.parameters())
    dtype, device = param.dtype, param.device

    def prepare(h: torch.Tensor) -> torch.Tensor:
        return h.to(device=device, dtype=dtype)

    if site.kind == "decoder":
        if site.final_norm is None:
            raise ValueError(f"{model.config.model_type}: the site table names no final norm")
        norm = sites.resolve(model, site.final_norm)

        def decoder(h: torch.Tensor) -> torch.Tensor:
            return head(norm(prepare(h)))[:, 0]

        return RewardHead("decoder", "last", decoder)

    pooler = sites.resolve(model, site.pooler) if site.pooler else None

    def encoder(h: torch.Tensor) -> torch.Tensor:
        x = prepare(h)[:, None, :]  # (batch, 1 token, d): pooler and RoBERTa heads read token 0
        return (head(pooler(x)) if pooler is not None else head(x))[:, 0]

    return RewardHead("encoder", "first", encoder)


def lens_scores(head: RewardHead, cap: Capture, layers: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """The head's rewards of every pair's chosen and rejected pooled states: two ``(len(layers), n)``."""
    n = len(cap.item_ids)
    chosen = np.array([head(cap.chosen[layer]) for layer in layers]).reshape(len(layers), n)
    rejected = np.array([head(cap.rejected[layer]) for layer in layers]).reshape(len(layers), n)
    return chosen, rejected


def lens_layers(cap: Capture) -> list[int]:
    """Layers where the lens is defined: the pooled states differ between sequences (at layer 0,
    first/last-token pooling reads one special token everywhere, so every pair would tie)."""
    return varying_layers(np.concatenate([cap.chosen, cap.rejected], axis=1))


def lens_rows(
    head: RewardHead,
    caps: dict[str, Capture],
    rm_label: str,
    lang: str,
    *,
    n_boot: int = N_BOOT,
    seed: int = 0,
) -> list[dict[str, Any]]:
    """Rows of :data:`COLUMNS` for one RM head on one language's captures ``{"rm": ..., "base": ...}``.

    Every (model, layer) column is bootstrapped with the same resampled items (category-stratified,
    :func:`repshift.score.accuracy_cis`), so differences between layers or between base and RM are
    paired; ``accuracy`` is the mean of the category accuracies, as in the transfer table.
    """
    from repshift.score import accuracy_cis

    first = next(iter(caps.values()))
    columns: list[tuple[str, int]] = []
    correct: list[np.ndarray] = []
    for model, cap in caps.items():
        if cap.item_ids != first.item_ids:
            raise ValueError(f"the {model} capture of {lang} is for other items than the others")
        layers = lens_layers(cap)
        sc, sr = lens_scores(head, cap, layers)
        columns += [(model, layer) for layer in layers]
        correct += list(sc > sr)  # strict: a tie is wrong, as in transfer accuracy
    if not columns:
        return []
    # Rows in item-id order, as the transfer table's, so both draw the same resamples.
    order = np.argsort(first.item_ids, kind="stable")
    cats = [first.categories[i] for i in order]
    ci = accuracy_cis(np.stack(correct, axis=1)[order], cats, n_boot=n_boot, seed=seed)
    return [
        {
            "rm": rm_label,
            "lang": lang,
            "layer": layer,
            "model": model,
            "accuracy": float(ci.estimate[0, k]),
            "ci_low": float(ci.low[0, k]),
            "ci_high": float(ci.high[0, k]),
            "n": len(first.item_ids),
        }
        for k, (model, layer) in enumerate(columns)
    ]


@register_step("lens")
def lens_step(data: RunData) -> dict[str, Any]:
    """Reward lens of every RM on every language: its own states and the base's, read by its head."""
    import pandas as pd

    from repshift.models.load import load_rm

    rows: list[dict[str, Any]] = []
    for label, caps in data.rms.items():
        model, _ = load_rm(data.rm_paths[label])
        head = reward_head(model)
        for lang, cap in caps.items():
            if cap.pooling != head.reads:
                log.warning(
                    "reward lens of %s on %s reads %s-pooled states, but the head reads the %s token: "
                    "not exact at the last layer",
                    label, lang, cap.pooling, head.reads,
                )  # fmt: skip
            rows += lens_rows(head, {"rm": cap, "base": data.base[lang]}, label, lang, seed=data.train.seed)
        del model, head
    return {"lens": pd.DataFrame(rows, columns=COLUMNS)}
