"""The one metric registry.

Each entry pairs a public pure function (arrays in, numbers out, usable from a notebook) with how
``repshift analyze`` applies it to one layer of captured states. Names are unique: registering a name
twice is an error, so the CLI's ``--metrics`` choices can never drift from what exists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np


@dataclass
class LayerView:
    """Everything captured for one (RM, language, layer): base and RM states on identical inputs.

    Arrays are float64 ``(n_pairs, d)``; row ``i`` of every array belongs to pair ``i``.
    ``base_chosen``/``base_rejected`` are the base model's pooled states of the (prompt + chosen) and
    (prompt + rejected) sequences; likewise for the RM.
    """

    lang: str
    layer: int
    base_chosen: np.ndarray
    base_rejected: np.ndarray
    rm_chosen: np.ndarray
    rm_rejected: np.ndarray
    item_ids: np.ndarray
    categories: np.ndarray
    seed: int = 0
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def base(self) -> np.ndarray:
        """All base states, chosen rows then rejected rows ``(2 n, d)``."""
        return np.concatenate([self.base_chosen, self.base_rejected])

    @property
    def rm(self) -> np.ndarray:
        """All RM states, in the same row order as :attr:`base`."""
        return np.concatenate([self.rm_chosen, self.rm_rejected])


Applier = Callable[[LayerView], dict[str, float]]
"""Maps a layer to ``{model: value}``, model one of ``base``, ``rm`` or ``shift`` (base vs RM)."""


@dataclass(frozen=True)
class Metric:
    """A registered metric."""

    name: str
    func: Callable[..., Any]
    apply: Applier | None
    summary: str
    default: bool = False


def as_float64(x: Any, *, ndim: int | None = None, name: str = "X") -> np.ndarray:
    """``x`` (numpy array or torch tensor, any float dtype) as a finite float64 numpy array.

    Metrics accumulate in float64 because captured states are often bf16/fp16, where Gram sums and
    centring lose most of their digits.
    """
    if hasattr(x, "detach"):  # torch tensor; duck-typed so this module never imports torch
        x = x.detach().to("cpu").double().numpy()
    arr = np.asarray(x, dtype=np.float64)
    if ndim is not None and arr.ndim != ndim:
        raise ValueError(f"{name} must be {ndim}-D, got shape {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} has {int(np.sum(~np.isfinite(arr)))} non-finite values")
    return arr


class DuplicateMetricError(KeyError):
    """A metric name was registered twice."""


_REGISTRY: dict[str, Metric] = {}

_F = TypeVar("_F", bound=Callable[..., Any])


def register(
    name: str, *, summary: str, apply: Applier | None = None, default: bool = False
) -> Callable[[_F], _F]:
    """Register ``func`` under ``name``; ``apply`` says how ``analyze`` feeds it one layer."""

    # Returning ``func`` with its own type keeps decorated metrics' signatures visible to mypy.
    def deco(func: _F) -> _F:
        if name in _REGISTRY:
            raise DuplicateMetricError(f"metric {name!r} is already registered")
        _REGISTRY[name] = Metric(name, func, apply, summary, default)
        return func

    return deco


def get(name: str) -> Metric:
    """The metric registered under ``name``."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown metric {name!r}; known: {', '.join(sorted(_REGISTRY))}") from None


def names(*, layerwise: bool = False) -> list[str]:
    """Registered names (only those ``analyze`` can apply per layer when ``layerwise``)."""
    return sorted(n for n, m in _REGISTRY.items() if not layerwise or m.apply is not None)


def defaults() -> list[str]:
    """The metrics ``analyze`` computes when ``--metrics`` is not given."""
    return sorted(n for n, m in _REGISTRY.items() if m.default and m.apply is not None)


def items() -> Iterator[Metric]:
    """All registered metrics, sorted by name."""
    for name in sorted(_REGISTRY):
        yield _REGISTRY[name]
