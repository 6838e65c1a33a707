"""Cross-lingual alignment: do the translations of an item land near each other, base vs RM?

For every pair of evaluation languages and every layer, the pooled states of the (prompt + chosen)
sequences of the items both languages have are matched by ``item_id`` (the builtin data is parallel;
an item missing in one language is skipped) and compared with

- ``retrieval_top1``: top-1 translation retrieval by cosine after centring each language (both
  directions averaged; chance = 1 / n). A set-level statistic (every item is a distractor for every
  other), so its interval is a delete-one-item jackknife, never a with-replacement bootstrap (a
  duplicated item would be its own perfect distractor).
- ``matched_cosine``: mean cosine of an item's two translations (uncentred). A mean of per-item
  values, so its interval is the percentile bootstrap over items.

Rows are written for the base and every RM; like ``metrics.parquet``, the base's rows are repeated
under every RM label (``model = "base"``) so that filtering on one RM gives both sides.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from repshift.analyze import RunData, register_step
from repshift.capture import Capture
from repshift.metrics import bootstrap_ci, jackknife, matched_cosine, retrieval_top1, row_cosine
from repshift.parallel import matched_indices, varying_layers
from repshift.plots.style import order_langs

log = logging.getLogger(__name__)

N_BOOT = 1000
"""Bootstrap replicates for the per-item means."""

COLUMNS = [
    "rm", "lang_a", "lang_b", "layer", "model", "metric", "value", "ci_low", "ci_high", "ci_method", "n",
]  # fmt: skip


def pair_alignment(
    A: np.ndarray, B: np.ndarray, *, n_boot: int = N_BOOT, seed: int = 0
) -> list[dict[str, Any]]:
    """Both alignment metrics of matched ``A, B: (n, d)`` (row ``k`` = one item in two languages).

    Returns:
        One dict per metric: ``metric, value, ci_low, ci_high, ci_method, n``.
    """
    A = np.asarray(A, dtype=np.float64)
    B = np.asarray(B, dtype=np.float64)
    rows: list[dict[str, Any]] = []
    items = np.arange(len(A))
    jk = jackknife(A, B, retrieval_top1, groups=items)
    rows.append(
        {
            "metric": "retrieval_top1",
            "value": jk.estimate,
            "ci_low": jk.low,
            "ci_high": jk.high,
            "ci_method": "delete-one-item jackknife, normal 95 %",
        }
    )
    cos = row_cosine(A, B)
    bs = bootstrap_ci(cos, n_boot=n_boot, seed=seed)
    rows.append(
        {
            "metric": "matched_cosine",
            "value": matched_cosine(A, B),
            "ci_low": float(bs.low[0]),
            "ci_high": float(bs.high[0]),
            "ci_method": f"item bootstrap, percentile 95 %, {n_boot} reps",
        }
    )
    for r in rows:
        r["n"] = len(A)
    return rows


def alignment_rows(
    caps: Mapping[str, Capture], *, layers: Sequence[int] | None = None, n_boot: int = N_BOOT, seed: int = 0
) -> list[dict[str, Any]]:
    """Alignment rows ``lang_a, lang_b, layer, metric, value, ...`` of one model's captures.

    Args:
        caps: ``{language: capture}`` of one model.
        layers: Layers to measure (default: those whose states vary in every language).
        n_boot: Bootstrap replicates for ``matched_cosine``.
        seed: Seed of the bootstrap.
    """
    langs = order_langs(caps)
    if layers is None:
        varying = [set(varying_layers(caps[lang].chosen)) for lang in langs]
        layers = sorted(set.intersection(*varying)) if varying else []
    out: list[dict[str, Any]] = []
    for a, b in itertools.combinations(langs, 2):
        ia, ib, ids = matched_indices(caps[a].item_ids, caps[b].item_ids)
        if len(ids) < 4:
            log.warning("alignment %s-%s: only %d shared items; skipped", a, b, len(ids))
            continue
        for layer in layers:
            try:
                rows = pair_alignment(
                    caps[a].chosen[layer][ia], caps[b].chosen[layer][ib], n_boot=n_boot, seed=seed
                )
            except ValueError as e:  # a degenerate layer (zero-norm rows): said, not NaN
                log.warning("alignment %s-%s layer %d: %s", a, b, layer, e)
                continue
            out += [{"lang_a": a, "lang_b": b, "layer": layer, **r} for r in rows]
    return out


def alignment_table(
    base: Mapping[str, Capture],
    rms: Mapping[str, Mapping[str, Capture]],
    *,
    n_boot: int = N_BOOT,
    seed: int = 0,
) -> Any:
    """Tidy alignment table (:data:`COLUMNS`) for the base and every RM on the same layers."""
    import pandas as pd

    varying = [set(varying_layers(c.chosen)) for c in base.values()]
    layers = sorted(set.intersection(*varying)) if varying else []
    base_rows = alignment_rows(base, layers=layers, n_boot=n_boot, seed=seed)
    rows: list[dict[str, Any]] = []
    for label, caps in rms.items():
        rows += [{"rm": label, "model": "base", **r} for r in base_rows]
        rows += [
            {"rm": label, "model": "rm", **r}
            for r in alignment_rows(caps, layers=layers, n_boot=n_boot, seed=seed)
        ]
    return pd.DataFrame(rows, columns=COLUMNS)


@register_step("alignment")
def alignment_step(data: RunData) -> dict[str, Any]:
    """Cross-lingual retrieval and matched cosine per language pair and layer, base and RMs."""
    if len(data.base) < 2:
        log.info("alignment: needs >= 2 evaluation languages; skipped")
        return {}
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):  # many small products: threaded BLAS only adds overhead here
        return {"alignment": alignment_table(data.base, data.rms, seed=data.train.seed)}
