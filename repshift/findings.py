"""The paper's findings checked against a run's tables: pure functions, verdicts with their reasons.

Hong et al. (NAACL 2025) report that (F1) an English-trained RM beats RMs trained in the target
language on that language, (F2) the English RM shifts the base's representations least, and (F3)
representation norms are alike across languages. Each function here reads run tables (no models)
and states, per comparison, the estimate, its interval and a verdict:

- **supported**: the interval of the difference excludes 0 in the direction the finding predicts;
- **contradicted**: it excludes 0 in the other direction;
- **inconclusive**: it includes 0 (or, for F2, the difference is no larger than the seed floor,
  the difference between two seeds of the same recipe, which the language cannot explain);
- **invalid**: an RM of the comparison collapsed or did not learn in training (``train.training_health``):
  the difference describes a broken model, not a language.

F3 is descriptive (no verdict). ``analyses/findings.py`` runs the analysis and writes the report.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import numpy as np

SUPPORTED, CONTRADICTED, INCONCLUSIVE, DESCRIPTIVE, INVALID = (
    "supported",
    "contradicted",
    "inconclusive",
    "descriptive",
    "invalid",
)

MEASURES = {
    ("cka", "shift"): "1 − CKA (debiased)",
    ("cosine_drift", "shift"): "cosine drift",
    ("cosine_drift", "shift_centered"): "cosine drift (centred)",
    ("difference_drift", "shift"): "difference drift",
}
"""Shift measures of F2 and their names; every one is oriented so that higher = more shift."""
SIMILARITY = {"cka", "cka_biased"}
"""Metrics where higher = more similar (shift = 1 - value)."""


class Verdict(NamedTuple):
    label: str
    reason: str


def verdict(
    low: float, high: float, expected: int, *, estimate: float | None = None, floor: float | None = None
) -> Verdict:
    """Verdict on a difference from its interval ``[low, high]``.

    Args:
        low: Lower bound of the difference's interval.
        high: Upper bound.
        expected: ``+1`` if the finding predicts a positive difference, ``-1`` a negative one.
        estimate: The difference itself (needed with ``floor``).
        floor: Seed floor: a difference with ``|estimate| <= floor`` is inconclusive even when its
            interval excludes 0. ``None`` or NaN: no floor.
    """
    if expected not in (1, -1):
        raise ValueError(f"expected must be +1 or -1, got {expected}")
    if any(math.isnan(v) for v in (low, high)):
        return Verdict(INCONCLUSIVE, "no interval")
    if low > high:
        raise ValueError(f"interval bounds out of order: [{low}, {high}]")
    if low <= 0 <= high:
        return Verdict(INCONCLUSIVE, "interval includes 0")
    sign = 1 if low > 0 else -1
    if floor is not None and not math.isnan(floor):
        if estimate is None:
            raise ValueError("a floor needs the estimate")
        if abs(estimate) <= floor:
            return Verdict(INCONCLUSIVE, f"|difference| {abs(estimate):.3g} <= seed floor {floor:.3g}")
    if sign == expected:
        return Verdict(SUPPORTED, "interval excludes 0 in the predicted direction")
    return Verdict(CONTRADICTED, "interval excludes 0 against the predicted direction")


def _broken(verdict_: Verdict, rms: Sequence[str], broken: Mapping[str, str] | None) -> Verdict:
    """``verdict_``, or INVALID when one of ``rms`` is in ``broken`` (``{label: health}``)."""
    bad = [f"{r} {broken[r].replace('_', ' ')}" for r in rms if broken and r in broken]
    if bad:
        return Verdict(INVALID, f"{', '.join(bad)} in training")
    return verdict_


# --- F1: accuracy -------------------------------------------------------------------------------------


def paired_accuracy(
    scores: Any, *, n_boot: int = 2000, seed: int = 0
) -> tuple[Any, list[tuple[str, str]], int]:
    """Category-stratified paired bootstrap of every (RM, language) cell on the items all cells share.

    Returns:
        ``(AccuracyCI, [(rm, lang) of each column], n_items)``.
    """
    from repshift.score import accuracy_cis

    s = scores.assign(correct=scores.score_chosen > scores.score_rejected)
    wide = s.pivot_table(
        index=["item_id", "category"], columns=["rm", "lang"], values="correct", aggfunc="first"
    )
    complete = wide.dropna()
    if complete.empty:
        raise ValueError("no item is scored in every (RM, language) cell")
    ci = accuracy_cis(
        complete.to_numpy(dtype=bool), complete.index.get_level_values("category"), n_boot=n_boot, seed=seed
    )
    return ci, [tuple(c) for c in complete.columns], len(complete)


def f1_table(
    scores: Any,
    *,
    ref: str = "rm-en",
    targets: Mapping[str, str] | None = None,
    seed_rm: str | None = "rm-en-s1",
    null_rm: str | None = "rm-en-shuffled",
    n_boot: int = 2000,
    seed: int = 0,
    broken: Mapping[str, str] | None = None,
) -> Any:
    """F1 per target language: accuracy of ``ref`` vs the target-language RM on that language.

    Args:
        scores: Per-pair rewards ``rm, lang, item_id, category, score_chosen, score_rejected``.
        ref: The English RM.
        targets: ``{language: its own RM}``; default ``rm-<lang>`` for every scored language that has one.
        seed_rm: Another seed of ``ref``: ``|acc(ref) - acc(seed_rm)|`` is reported as the seed floor.
        null_rm: The null RM (shuffled preferences): its accuracy is reported beside.
        n_boot: Bootstrap replicates; every difference uses the same resamples as its accuracies.
        seed: Bootstrap seed.
        broken: ``{RM label: health}`` of RMs that collapsed or did not learn: their rows are invalid.
    """
    import pandas as pd

    ci, cols, n_items = paired_accuracy(scores, n_boot=n_boot, seed=seed)
    col = {c: k for k, c in enumerate(cols)}
    if targets is None:
        rms = set(scores.rm)
        targets = {
            lang: f"rm-{lang}" for lang in scores.lang.unique() if f"rm-{lang}" in rms and f"rm-{lang}" != ref
        }
    rows = []
    for lang, other in targets.items():
        if (ref, lang) not in col or (other, lang) not in col:
            continue
        a, b = col[(ref, lang)], col[(other, lang)]
        diff, lo, hi = ci.diff(a, b)
        floor = (
            abs(ci.diff(a, col[(seed_rm, lang)])[0])
            if seed_rm is not None and (seed_rm, lang) in col
            else np.nan
        )
        null = col.get((null_rm, lang)) if null_rm else None
        v = _broken(verdict(lo, hi, +1), [ref, other], broken)
        rows.append({
            "finding": "F1", "lang": lang, "rm_ref": ref, "rm_other": other,
            "acc_ref": ci.estimate[0, a], "ref_low": ci.low[0, a], "ref_high": ci.high[0, a],
            "acc_other": ci.estimate[0, b], "other_low": ci.low[0, b], "other_high": ci.high[0, b],
            "diff": diff, "diff_low": lo, "diff_high": hi, "seed_floor": floor,
            "exceeds_seed_floor": bool(abs(diff) > floor) if not np.isnan(floor) else None,
            "null_acc": ci.estimate[0, null] if null is not None else np.nan,
            "null_low": ci.low[0, null] if null is not None else np.nan,
            "null_high": ci.high[0, null] if null is not None else np.nan,
            "n_items": n_items, "verdict": v.label, "reason": v.reason,
        })  # fmt: skip
    return pd.DataFrame(rows)


# --- F2: shift ---------------------------------------------------------------------------------------


def _oriented(metric: str, value: float, low: float, high: float) -> tuple[float, float, float]:
    """A value and its interval in shift units (higher = more shift)."""
    return (1 - value, 1 - high, 1 - low) if metric in SIMILARITY else (value, low, high)


def _oriented_diff(metric: str, diff: float, low: float, high: float) -> tuple[float, float, float]:
    return (-diff, -high, -low) if metric in SIMILARITY else (diff, low, high)


def pair_lookup(table: Any, lang: str, metric: str, model: str, a: str, b: str) -> dict[str, float] | None:
    """``value_a, a_low, ..., diff_high`` of ``a`` vs ``b`` from a ``shift_compare`` table, either order."""
    t = table[(table.lang == lang) & (table.metric == metric) & (table.model == model)]
    hit = t[(t.rm_a == a) & (t.rm_b == b)]
    if len(hit):
        return {k: float(v) for k, v in hit.iloc[0].items() if k.startswith(("value", "a_", "b_", "diff"))}
    hit = t[(t.rm_a == b) & (t.rm_b == a)]
    if not len(hit):
        return None
    r = hit.iloc[0]
    return {
        "value_a": float(r.value_b), "a_low": float(r.b_low), "a_high": float(r.b_high),
        "value_b": float(r.value_a), "b_low": float(r.a_low), "b_high": float(r.a_high),
        "diff": -float(r["diff"]), "diff_low": -float(r.diff_high), "diff_high": -float(r.diff_low),
    }  # fmt: skip


def f2_table(
    shift_compare: Any,
    *,
    ref: str = "rm-en",
    seed_rm: str | None = "rm-en-s1",
    null_rm: str | None = "rm-en-shuffled",
    measures: Mapping[tuple[str, str], str] = MEASURES,
    broken: Mapping[str, str] | None = None,
) -> Any:
    """F2 per language, shift measure and other RM: does ``ref`` shift the base less?

    Values are in shift units (``1 - CKA``; drifts as they are). ``diff = shift(ref) - shift(other)``
    with its paired subsampling interval; the finding predicts ``diff < 0``. The seed floor
    ``|shift(ref) - shift(seed_rm)|`` and the null RM's shift are reported, and a difference no larger
    than the floor is inconclusive; a comparison with an RM in ``broken`` (``{label: health}``: collapsed
    or did not learn) is invalid.
    """
    import pandas as pd

    rms = set(shift_compare.rm_a) | set(shift_compare.rm_b)
    others = [r for r in sorted(rms) if r not in {ref, seed_rm, null_rm}]
    rows = []
    for (lang, metric, model), _ in shift_compare.groupby(["lang", "metric", "model"], sort=False):
        if (metric, model) not in measures:
            continue
        floor_pair = pair_lookup(shift_compare, lang, metric, model, ref, seed_rm) if seed_rm else None
        floor = abs(floor_pair["diff"]) if floor_pair else np.nan
        null_pair = pair_lookup(shift_compare, lang, metric, model, ref, null_rm) if null_rm else None
        for other in others:
            p = pair_lookup(shift_compare, lang, metric, model, ref, other)
            if p is None:
                continue
            sr, sr_lo, sr_hi = _oriented(metric, p["value_a"], p["a_low"], p["a_high"])
            so, so_lo, so_hi = _oriented(metric, p["value_b"], p["b_low"], p["b_high"])
            d, lo, hi = _oriented_diff(metric, p["diff"], p["diff_low"], p["diff_high"])
            if null_pair:
                ns = _oriented(metric, null_pair["value_b"], null_pair["b_low"], null_pair["b_high"])
                nd = _oriented_diff(metric, null_pair["diff"], null_pair["diff_low"], null_pair["diff_high"])
            else:
                ns = nd = (np.nan, np.nan, np.nan)
            v = _broken(verdict(lo, hi, -1, estimate=d, floor=floor), [ref, other], broken)
            rows.append({
                "finding": "F2", "lang": lang, "measure": measures[(metric, model)], "metric": metric,
                "model": model, "rm_ref": ref, "rm_other": other,
                "shift_ref": sr, "ref_low": sr_lo, "ref_high": sr_hi,
                "shift_other": so, "other_low": so_lo, "other_high": so_hi,
                "diff": d, "diff_low": lo, "diff_high": hi, "seed_floor": floor,
                "null_shift": ns[0], "null_low": ns[1], "null_high": ns[2],
                "ref_minus_null": nd[0], "ref_minus_null_low": nd[1], "ref_minus_null_high": nd[2],
                "verdict": v.label, "reason": v.reason,
            })  # fmt: skip
    return pd.DataFrame(rows)


# --- F3: norms ---------------------------------------------------------------------------------------


def f3_table(norm_ratios: Any, *, ref: str = "rm-en", seed_rm: str | None = "rm-en-s1") -> Any:
    """F3, descriptive: each language's median norm over the reference language's, per model and site.

    Args:
        norm_ratios: The ``norm_ratios`` table of the ``norms`` step (``rm, site, layer, model, lang,
            ref_lang, ratio, ci_low, ci_high, n_items``); its base rows, repeated under every RM, are
            kept once.
        ref: The English RM, whose ratios get a seed floor.
        seed_rm: Another seed of ``ref``: ``|ratio(ref) - ratio(seed_rm)|`` at the same site, layer and
            language is the seed floor.

    Returns:
        Rows ``finding, model, site, layer, lang, ref_lang, ratio, ci_low, ci_high, ci_includes_1,
        seed_floor, n_items, verdict`` (``model``: ``base`` or an RM label).
    """
    import pandas as pd

    cols = ["finding", "model", "site", "layer", "lang", "ref_lang", "ratio", "ci_low", "ci_high", "ci_includes_1",
            "seed_floor", "n_items", "verdict"]  # fmt: skip
    r = norm_ratios
    if r.empty:
        return pd.DataFrame(columns=cols)
    base = r[(r.model == "base") & (r.rm == r.rm.iloc[0])].assign(label="base")
    t = pd.concat([base, r[r.model == "rm"].assign(label=r.rm)], ignore_index=True)
    t["model"] = t.pop("label")
    t["ci_includes_1"] = (t.ci_low <= 1) & (t.ci_high >= 1)
    key = ["site", "layer", "lang"]
    t["seed_floor"] = np.nan
    if seed_rm is not None and (t.model == seed_rm).any():
        seed = t[t.model == seed_rm].set_index(key).ratio
        is_ref = t.model == ref
        t.loc[is_ref, "seed_floor"] = [
            abs(v - seed.get(k, np.nan))
            for v, k in zip(t.ratio[is_ref], t[is_ref][key].itertuples(index=False), strict=True)
        ]
    t["finding"] = "F3"
    t["verdict"] = DESCRIPTIVE
    t["layer"] = t["layer"].astype("Int64")
    return t[cols]


def f3_summary_layers(f3: Any) -> list[int]:
    """First, middle and last pooled layer of an F3 table (the ones the report shows)."""
    layers = sorted(int(v) for v in f3[f3.site == "pooled"].layer.dropna().unique())
    return sorted({layers[0], layers[len(layers) // 2], layers[-1]}) if layers else []


# --- report ------------------------------------------------------------------------------------------


def md_table(df: Any, floatfmt: str = "{:.3f}") -> str:
    """A GitHub-flavoured markdown table of ``df`` (no index)."""

    def cell(v: Any) -> str:
        if isinstance(v, float | np.floating):
            return "–" if np.isnan(v) else floatfmt.format(v)
        return "–" if v is None else str(v).replace("|", "\\|")

    head = "| " + " | ".join(map(str, df.columns)) + " |"
    sep = "| " + " | ".join("---" for _ in df.columns) + " |"
    body = ["| " + " | ".join(cell(v) for v in row) + " |" for row in df.itertuples(index=False)]
    return "\n".join([head, sep, *body])


def _ci(v: float, lo: float, hi: float, fmt: str = "{:.3f}") -> str:
    if np.isnan(v):
        return "–"
    return f"{fmt.format(v)} [{fmt.format(lo)}, {fmt.format(hi)}]"


def tally(df: Any) -> str:
    """``"2 supported, 1 inconclusive"`` for a findings table."""
    if df.empty:
        return "no comparisons"
    counts = df.verdict.value_counts()
    return ", ".join(
        f"{counts[k]} {k}" for k in (SUPPORTED, CONTRADICTED, INCONCLUSIVE, INVALID) if k in counts
    )


def render(
    f1: Any, f2: Any, f3: Any, meta: Mapping[str, Any], health: Mapping[str, Mapping[str, Any]] | None = None
) -> str:
    """The findings report as markdown; ``health``: ``{RM label: train.rm_health(...)}``."""
    import pandas as pd

    lines = [
        f"# Findings check: {meta.get('base', '?')}",
        "",
        "Hong et al. (NAACL 2025), *Cross-lingual Transfer of Reward Models in Multilingual Alignment*, "
        "checked on what repshift measured. Verdicts: **supported** / **contradicted** when the 95 % "
        "interval of the difference excludes 0 (in / against the predicted direction), **inconclusive** "
        "when it includes 0 (for F2 also when the difference is within the seed floor), **invalid** when "
        "an RM of the comparison collapsed or did not learn in training.",
        "",
        *(f"- {k}: `{v}`" for k, v in meta.items()),
        "",
    ]
    if health:
        rows = [
            {"rm": k, "health": h["health"], "final train loss": h.get("final_loss"),
             "held-out accuracy (own language)": h.get("eval_accuracy"), "reason": h.get("reason", "")}
            for k, h in health.items()
        ]  # fmt: skip
        lines += [
            "## Training health",
            "",
            "Final loss = mean Bradley–Terry loss over the last quarter of training steps (ln 2 = 0.693: "
            "the RM gives chosen and rejected the same reward). A *collapsed* or *not learned* RM makes "
            "every comparison it is in invalid.",
            "",
            md_table(pd.DataFrame(rows)),
            "",
        ]
    lines += [
        "## F1 — the English RM beats target-language RMs on their own language",
        "",
        f"Overall accuracy (mean of categories) on each language's held-out pairs; 95 % category-stratified "
        f"bootstrap over items, paired: the difference uses the same resamples as the accuracies. Seed floor: "
        f"|acc(RM-en) − acc(RM-en, seed 1)| on the same language. **{tally(f1)}.**",
        "",
    ]
    if not f1.empty:
        t = f1.assign(
            **{
                "RM-en": [_ci(*r) for r in zip(f1.acc_ref, f1.ref_low, f1.ref_high, strict=True)],
                "RM-target": [
                    f"{o}: " + _ci(*r)
                    for o, *r in zip(f1.rm_other, f1.acc_other, f1.other_low, f1.other_high, strict=True)
                ],
                "RM-en − RM-target": [
                    _ci(*r) for r in zip(f1["diff"], f1.diff_low, f1.diff_high, strict=True)
                ],
                "null (shuffled)": [
                    _ci(*r) for r in zip(f1.null_acc, f1.null_low, f1.null_high, strict=True)
                ],
            }
        )
        lines += [md_table(t[["lang", "RM-en", "RM-target", "RM-en − RM-target", "seed_floor", "null (shuffled)", "n_items", "verdict"]]), ""]  # fmt: skip
    lines += [
        "## F2 — the English RM shifts the base least",
        "",
        "Shift = mean over layers (1 − debiased CKA; drifts as they are; higher = more shift) between the "
        "base and each RM on the same inputs. 95 % intervals: estimate ± 1.96 SE, the SE from subsampling 80 % "
        "of the items without replacement (delete-d jackknife), the same subsets for every RM, so the "
        "differences are paired. The finding predicts RM-en − RM-other < 0; a difference within the seed floor "
        f"|RM-en − RM-en seed 1| is inconclusive. **{tally(f2)}.**",
        "",
    ]
    if not f2.empty:
        g3 = "{:.3g}"
        t = f2.assign(
            **{
                "RM-en": [_ci(*r, fmt=g3) for r in zip(f2.shift_ref, f2.ref_low, f2.ref_high, strict=True)],
                "other": [
                    f"{o}: " + _ci(v, lo, hi, fmt=g3)
                    for o, v, lo, hi in zip(
                        f2.rm_other, f2.shift_other, f2.other_low, f2.other_high, strict=True
                    )
                ],
                "RM-en − other": [
                    _ci(*r, fmt=g3) for r in zip(f2["diff"], f2.diff_low, f2.diff_high, strict=True)
                ],
                "null (shuffled)": [
                    _ci(*r, fmt=g3) for r in zip(f2.null_shift, f2.null_low, f2.null_high, strict=True)
                ],
            }
        )
        for measure, g in t.groupby("measure", sort=False):
            lines += [f"### {measure}: {tally(g)}", "",
                      md_table(g[["lang", "RM-en", "other", "RM-en − other", "seed_floor", "null (shuffled)", "verdict"]],
                               floatfmt=g3), ""]  # fmt: skip
    lines += [
        "## F3 — norms alike across languages (descriptive)",
        "",
        "Median L2 norm of each language's states over English's, from the `norms` step: input embeddings of "
        "the tokens each language's inputs use, and pooled states at the first, middle and last layer (every "
        "layer in the CSV); 95 % item bootstrap with items paired across languages. Seed floor (RM-en rows): "
        "|ratio(RM-en) − ratio(RM-en, seed 1)|; the shuffled RM is the null. 1 = alike.",
        "",
    ]
    if not f3.empty:
        show = f3[(f3.site != "pooled") | f3.layer.isin(f3_summary_layers(f3))]
        t = show.assign(
            where=[
                s if pd.isna(layer) else f"{s} L{layer}"
                for s, layer in zip(show.site, show.layer, strict=True)
            ],
            ratio_ci=[_ci(*r) for r in zip(show.ratio, show.ci_low, show.ci_high, strict=True)],
        )
        wide = t.pivot_table(
            index=["where", "model"], columns="lang", values="ratio_ci", aggfunc="first", sort=False
        )
        lines += [md_table(wide.reset_index()), ""]
    return "\n".join(lines)
