"""Shift <-> transfer across languages (the ``shift_transfer`` analysis step).

Does an RM shift the base less on the languages it transfers to better? Per RM, each shift summary
(the mean over layers of a ``metrics.parquet`` metric and model, and of the reward lens when the
``lens`` step ran before, plus ``delta = rm - base`` where a metric has both) is rank-correlated
with that RM's overall transfer accuracy across the evaluation languages: Spearman's rho with the
exact permutation p-value over all ``n!`` orderings. With a handful of languages this is
descriptive: ``n`` is the number of languages, and RM x language cells are never pooled as if they
were independent points (one RM's languages share its training run, one language's RMs share its
items). Two scopes: all evaluation languages, and the languages other than the RM's training
language (when >= 3 remain).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import numpy as np

from repshift.analyze import RunData, layer_metrics_step, register_step, transfer_step
from repshift.metrics import spearman_permutation
from repshift.plots.style import order_langs

log = logging.getLogger(__name__)

MIN_LANGS = 3
"""Fewest languages a correlation is computed on (3! = 6 orderings: the smallest p is 1/3)."""

COLUMNS = ["rm", "metric", "model", "scope", "n", "langs", "rho", "p_value", "higher_means", "note"]

NOTE = (
    "descriptive: Spearman across the n languages of this RM alone; exact two-sided permutation p over "
    "all n! orderings; RM x language cells are not pooled"
)

HIGHER_MEANS = {"cka": "less shift", "cka_biased": "less shift", "cosine_drift": "more shift",
                "difference_drift": "more shift"}  # fmt: skip


def shift_summaries(metrics: Any) -> Any:
    """Mean over layers per ``rm, lang, metric, model``, plus ``delta = rm - base`` rows.

    Args:
        metrics: Tidy rows ``rm, lang, layer, metric, model, value``.
    """
    import pandas as pd

    cols = ["rm", "lang", "metric", "model", "value"]
    if metrics is None or metrics.empty:
        return pd.DataFrame(columns=cols)
    s = metrics.groupby(["rm", "lang", "metric", "model"], as_index=False).value.mean()
    wide = s.pivot_table(index=["rm", "lang", "metric"], columns="model", values="value")
    if {"base", "rm"} <= set(wide.columns):
        delta = (wide["rm"] - wide["base"]).dropna().rename("value").reset_index().assign(model="delta")
        s = pd.concat([s, delta[cols]], ignore_index=True)
    return s[cols]


def correlate(summaries: Any, transfer: Any, rm_langs: Mapping[str, str] | None = None) -> Any:
    """Spearman rows (:data:`COLUMNS`) per RM and shift summary, never pooling RMs.

    Args:
        summaries: ``rm, lang, metric, model, value`` (see :func:`shift_summaries`).
        transfer: ``rm, lang, category, accuracy``; the ``overall`` rows are used.
        rm_langs: ``{rm label: training language}``; adds the scope without that language.
    """
    import pandas as pd

    acc = transfer[transfer.category == "overall"].set_index(["rm", "lang"]).accuracy
    rows: list[dict[str, Any]] = []
    for (rm, metric, model), g in summaries.groupby(["rm", "metric", "model"], sort=True):
        shift = g.set_index("lang").value
        langs = order_langs([lang for lang in shift.index if (rm, lang) in acc.index])
        scopes = {"all languages": langs}
        own = (rm_langs or {}).get(rm)
        if own in langs:
            scopes[f"languages other than {own}"] = [lang for lang in langs if lang != own]
        for scope, ls in scopes.items():
            if len(ls) < MIN_LANGS:
                continue
            x = shift.loc[ls].to_numpy(dtype=float)
            y = np.array([acc.loc[(rm, lang)] for lang in ls], dtype=float)
            try:
                rho, p = spearman_permutation(x, y)
                note = NOTE
            except ValueError as e:  # a constant summary or accuracy: no rank correlation
                rho, p, note = np.nan, np.nan, f"undefined: {e}"
            rows.append({
                "rm": rm, "metric": metric, "model": model, "scope": scope, "n": len(ls),
                "langs": ",".join(ls), "rho": rho, "p_value": p,
                "higher_means": HIGHER_MEANS.get(metric, "") if model.startswith("shift") else "", "note": note,
            })  # fmt: skip
    return pd.DataFrame(rows, columns=COLUMNS)


@register_step("shift_transfer")
def shift_transfer_step(data: RunData) -> dict[str, Any]:
    """Spearman of every shift summary with transfer accuracy across languages, per RM."""
    if len(data.base) < MIN_LANGS:
        log.info("shift_transfer: needs >= %d evaluation languages; skipped", MIN_LANGS)
        return {}
    transfer = data.tables.get("transfer")
    if transfer is None:
        transfer = transfer_step(data)["transfer"]
    metrics = data.tables.get("metrics")
    if metrics is None:
        metrics = layer_metrics_step(data)["metrics"]
    rm_langs = {label: r.lang for label, r in data.rm_specs.items()}
    return {
        "shift_transfer": correlate(
            shift_summaries(with_lens(metrics, data.tables.get("lens"))), transfer, rm_langs
        )
    }


def with_lens(metrics: Any, lens: Any | None) -> Any:
    """``metrics`` plus the reward-lens accuracies (``lens`` step) as metric ``reward_lens``."""
    import pandas as pd

    if lens is None or lens.empty:
        return metrics
    rows = lens.rename(columns={"accuracy": "value"}).assign(metric="reward_lens")
    return pd.concat([metrics, rows[["rm", "lang", "layer", "metric", "model", "value"]]], ignore_index=True)
