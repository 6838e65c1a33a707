"""Controlled probes across languages, per layer, base vs RM (the ``probes`` analysis step).

The per-language preference probe is the registry metric ``probe``. This step adds what needs
several languages at once, on the chosen - rejected difference of the pooled states:

- **Cross-lingual probe transfer** (``xl_transfer``): the item ids are split into two disjoint
  halves (seeded); the probe is fitted on the English rows of half A and tested on every
  language's rows of half B, en -> en on half B being the in-language reference. A translation of a
  training item is never a test row. Interval: item bootstrap of the held-out correctness (the fitted
  probe held fixed, so it leaves out the variability of the training half).
- **Control task** (Hewitt & Liang 2019, adapted; ``control_task``, ``control_accuracy``,
  ``selectivity``): one random control label per item id, shared by its languages, and
  :func:`repshift.metrics.control_selectivity` with leave-one-language-out folds, as its docstring
  asks: a held-out row's item is in training through its other languages, so a probe that can
  memorise items scores high on the control. The sign flip of each difference is drawn per *item*
  and shared by its languages: flipped per row, an item's rows would be ``+d`` and ``-d`` under one
  control label, which no linear probe can fit, and the control would be at chance by construction.
  Intervals: one item bootstrap of the held-out correctness of task and control, paired (the same
  resampled items for both, so the selectivity interval is that of the difference).
- **Language-id probe** (``language_id``): the input language read from the pooled chosen states,
  folds grouped by item. Near 1 whenever scripts differ, so it is flagged ``headline = False``.

Every interval is conditional on the fitted probes (:data:`HELD_OUT_CI`).

Like ``metrics.parquet``, the base's rows are repeated under every RM label (``model = "base"``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from repshift.analyze import RunData, register_step
from repshift.capture import Capture
from repshift.metrics import bootstrap_ci, control_selectivity, group_rows, language_id_probe, make_probe
from repshift.parallel import varying_layers
from repshift.plots.style import order_langs

log = logging.getLogger(__name__)

SOURCE = "en"
"""Training language of the cross-lingual probe transfer."""
N_BOOT = 1000
HELD_OUT_CI = "item bootstrap of held-out rows (fitted probes fixed), percentile 95 %, {n_boot} reps"
"""``ci_method`` of every probe row: items resampled with all their rows (languages, sides), the
predictions of the already fitted probes kept, so the interval leaves out refitting noise."""

COLUMNS = [
    "rm", "layer", "model", "metric", "train_lang", "test_lang", "value", "ci_low", "ci_high", "ci_method",
    "n", "headline", "note",
]  # fmt: skip

NOTES = {
    "xl_transfer": "probe fitted on the {src} rows of item half A, tested on half B (disjoint item ids)",
    "control_task": "preference probe under leave-one-language-out folds (the folds of the control)",
    "control_accuracy": "random per-item control labels shared across languages; same probe and folds",
    "selectivity": "control_task - control_accuracy (Hewitt & Liang 2019)",
    "language_id": "trivial across scripts; a sanity check, not a headline",
}


def split_items(ids: Sequence[str], seed: int = 0) -> tuple[list[str], list[str]]:
    """Two disjoint halves ``(A, B)`` of the distinct ``ids`` (sorted within each), seeded."""
    uniq = np.array(sorted(set(ids)))
    if len(uniq) < 4:
        raise ValueError(f"need >= 4 distinct items to split, got {len(uniq)}")
    perm = np.random.default_rng(seed).permutation(len(uniq))
    half = len(uniq) // 2
    return sorted(uniq[perm[:half]].tolist()), sorted(uniq[perm[half:]].tolist())


def item_signs(ids: Sequence[str], seed: int = 0) -> dict[str, int]:
    """A balanced random label (1 = unflipped, 0 = flipped) per distinct item id, seeded."""
    uniq = sorted(set(ids))
    labels = np.random.default_rng(seed).permutation(np.arange(len(uniq)) % 2)
    return dict(zip(uniq, labels.tolist(), strict=True))


def flipped(diff: np.ndarray, ids: Sequence[str], signs: Mapping[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Differences ``(n, d)`` negated where their item's label is 0, and the labels ``(n,)``."""
    y = np.array([signs[i] for i in ids], dtype=int)
    return np.asarray(diff, dtype=np.float64) * np.where(y == 1, 1.0, -1.0)[:, None], y


def transfer_correct(
    train: tuple[np.ndarray, np.ndarray], tests: Mapping[str, tuple[np.ndarray, np.ndarray]], seed: int = 0
) -> dict[str, np.ndarray]:
    """Per-row correctness on each test set of one probe fitted on ``train = (X, y)``.

    Equals :func:`repshift.metrics.transfer_probe` per test set (one fit serves all of them).
    """
    X, y = train
    if len(np.unique(y)) < 2:
        raise ValueError("the training rows have one class only")
    probe = make_probe(seed=seed).fit(X, y)
    return {k: probe.predict(Xt) == yt for k, (Xt, yt) in tests.items()}


def _rows_in(cap: Capture, ids: Sequence[str]) -> tuple[np.ndarray, list[str]]:
    keep = set(ids)
    rows = [k for k, i in enumerate(cap.item_ids) if i in keep]
    order = sorted(rows, key=lambda k: cap.item_ids[k])
    return np.array(order, dtype=np.intp), [cap.item_ids[k] for k in order]


def crosslingual_transfer(
    caps: Mapping[str, Capture], layer: int, *, source: str = SOURCE, seed: int = 0, n_boot: int = N_BOOT
) -> list[dict[str, Any]]:
    """``xl_transfer`` rows (one per test language, the source included) for one model and layer."""
    all_ids = sorted(set().union(*(c.item_ids for c in caps.values())))
    half_a, half_b = split_items(all_ids, seed)
    signs = item_signs(all_ids, seed)

    def data(lang: str, half: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        rows, ids = _rows_in(caps[lang], half)
        c = caps[lang]
        return flipped(c.chosen[layer][rows] - c.rejected[layer][rows], ids, signs)

    tests = {lang: data(lang, half_b) for lang in order_langs(caps)}
    correct = transfer_correct(data(source, half_a), {k: v for k, v in tests.items() if len(v[1])}, seed)
    out = []
    for lang, hits in correct.items():
        ci = bootstrap_ci(hits.astype(float), n_boot=n_boot, seed=seed)
        out.append({
            "metric": "xl_transfer", "train_lang": source, "test_lang": lang, "value": float(hits.mean()),
            "ci_low": float(ci.low[0]), "ci_high": float(ci.high[0]),
            "ci_method": HELD_OUT_CI.format(n_boot=n_boot),
            "n": len(hits), "headline": True, "note": NOTES["xl_transfer"].format(src=source),
        })  # fmt: skip
    return out


def control_rows(
    caps: Mapping[str, Capture], layer: int, *, seed: int = 0, n_boot: int = N_BOOT
) -> list[dict[str, Any]]:
    """``control_task``, ``control_accuracy`` and ``selectivity`` for one model and layer."""
    langs = order_langs(caps)
    ids = [i for lang in langs for i in caps[lang].item_ids]
    signs = item_signs(ids, seed)
    X, y = flipped(
        np.concatenate([caps[g].chosen[layer] - caps[g].rejected[layer] for g in langs]), ids, signs
    )
    groups = np.concatenate([[g] * len(caps[g].item_ids) for g in langs])
    sel = control_selectivity(X, y, np.asarray(ids), fold_groups=groups, folds=len(langs), seed=seed)
    hits = np.stack([sel.task_correct, sel.control_correct], axis=1).astype(float)
    ci = bootstrap_ci(group_rows(hits, ids), n_boot=n_boot, seed=seed)
    bounds = {  # the selectivity interval is the paired one of task - control
        "control_task": (ci.low[0], ci.high[0]),
        "control_accuracy": (ci.low[1], ci.high[1]),
        "selectivity": (ci.diff_low[0, 1], ci.diff_high[0, 1]),
    }
    common = {"train_lang": "other langs", "test_lang": "held-out lang", "n": len(y),
              "ci_method": f"{HELD_OUT_CI.format(n_boot=n_boot)}; task and control paired"}  # fmt: skip
    values = {"control_task": sel.task, "control_accuracy": sel.control, "selectivity": sel.selectivity}
    notes = {
        **NOTES,
        "control_accuracy": NOTES["control_accuracy"] + f" (seen fraction {sel.seen_fraction:.2f})",
    }
    return [
        {**common, "metric": metric, "value": value, "ci_low": float(bounds[metric][0]),
         "ci_high": float(bounds[metric][1]), "headline": metric == "selectivity", "note": notes[metric]}
        for metric, value in values.items()
    ]  # fmt: skip


def language_id_rows(
    caps: Mapping[str, Capture], layer: int, *, seed: int = 0, n_boot: int = N_BOOT
) -> list[dict[str, Any]]:
    """The ``language_id`` row (flagged not a headline) for one model and layer."""
    langs = order_langs(caps)
    X = np.concatenate([caps[g].chosen[layer] for g in langs])
    y = np.concatenate([[g] * len(caps[g].item_ids) for g in langs])
    groups = np.concatenate([caps[g].item_ids for g in langs])
    res = language_id_probe(X, y, groups, seed=seed)
    ci = bootstrap_ci(group_rows(res.correct.astype(float), groups), n_boot=n_boot, seed=seed)
    return [{
        "metric": "language_id", "train_lang": "all", "test_lang": "all", "value": res.accuracy,
        "ci_low": float(ci.low[0]), "ci_high": float(ci.high[0]), "ci_method": HELD_OUT_CI.format(n_boot=n_boot),
        "n": len(y), "headline": False, "note": NOTES["language_id"],
    }]  # fmt: skip


def model_probe_rows(
    caps: Mapping[str, Capture], layers: Sequence[int], *, source: str = SOURCE, seed: int = 0
) -> list[dict[str, Any]]:
    """Every probe row of one model (its captures per language) on ``layers``."""
    out: list[dict[str, Any]] = []
    for layer in layers:
        parts: list[dict[str, Any]] = []
        try:
            if source in caps:
                parts += crosslingual_transfer(caps, layer, source=source, seed=seed)
            parts += control_rows(caps, layer, seed=seed)
            parts += language_id_rows(caps, layer, seed=seed)
        except ValueError as e:  # too few items or classes on a tiny run: said, not NaN
            log.warning("probes layer %d: %s", layer, e)
        out += [{"layer": layer, **r} for r in parts]
    return out


def probes_table(
    base: Mapping[str, Capture],
    rms: Mapping[str, Mapping[str, Capture]],
    *,
    source: str = SOURCE,
    seed: int = 0,
) -> Any:
    """Tidy probe table (:data:`COLUMNS`) for the base and every RM on the base's varying layers."""
    import pandas as pd
    from threadpoolctl import threadpool_limits

    if source not in base:
        log.info("probes: %s is not an evaluation language; no cross-lingual transfer rows", source)
    layers = sorted(set.intersection(*(set(varying_layers(c.chosen)) for c in base.values())))
    rows: list[dict[str, Any]] = []
    # Single-threaded BLAS: L-BFGS on a few hundred rows makes thousands of tiny BLAS calls, which
    # threaded BLAS made ~7x slower on 2 busy cores (measured).
    with threadpool_limits(limits=1):
        base_rows = model_probe_rows(base, layers, source=source, seed=seed)
        for label, caps in rms.items():
            rows += [{"rm": label, "model": "base", **r} for r in base_rows]
            rows += [
                {"rm": label, "model": "rm", **r}
                for r in model_probe_rows(caps, layers, source=source, seed=seed)
            ]
    return pd.DataFrame(rows, columns=COLUMNS)


@register_step("probes")
def probes_step(data: RunData) -> dict[str, Any]:
    """Cross-lingual probe transfer, control-task selectivity and a language-id probe per layer."""
    if len(data.base) < 2:
        log.info("probes: needs >= 2 evaluation languages; skipped")
        return {}
    return {"probes": probes_table(data.base, data.rms, seed=data.train.seed)}
