"""``repshift eval``: score RMs on languages and build the transfer matrix with paired CIs.

An RM may be a directory, a Hugging Face id, or a language code (the default-recipe RM of that
language on the chosen base and data, trained if it is not cached). Every RM scores every language's
pairs; per-item correctness of all (RM, language) cells is bootstrapped jointly over items, so the
intervals of differences (RM-en vs RM-ko on Korean, say) are paired.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from repshift import langs as langs_mod
from repshift import store
from repshift.config import TrainSpec, digest
from repshift.data import builtin
from repshift.data.load import load, select
from repshift.models import registry
from repshift.train import rm_health

log = logging.getLogger(__name__)


@dataclass
class EvalSpec:
    """What ``repshift eval`` scores."""

    rms: list[str] = field(default_factory=lambda: ["en"])
    """RMs: directories, hub ids or language codes (the default RM of that language)."""
    langs: list[str] = field(default_factory=list)
    """Evaluation languages (default: the languages of RMs given as codes)."""
    base: str = registry.DEFAULT_BASE
    """Base for RMs given as language codes."""
    data: str = builtin.NAME
    """Preference data to score."""
    split: str = "test"
    """Split to score."""
    out: str = "runs"
    """Root of run directories."""
    limit: int | None = None
    """Items per language."""
    batch_size: int = 16
    """Sequences per forward pass (length-sorted)."""
    max_length: int = 512
    """Tokens per sequence; longer ones lose the start of the prompt first."""
    n_boot: int = 2000
    """Bootstrap resamples."""


@dataclass
class EvalResult:
    run_dir: Path
    transfer: Any
    lengths: Any
    differences: Any = None
    """Paired differences (``differences.parquet``): transfer gaps and RM-vs-RM, see :func:`difference_table`."""


def _is_lang(spec: str) -> bool:
    try:
        langs_mod.get(spec)
        return not Path(spec).exists()
    except langs_mod.UnknownLanguageError:
        return False


def resolve_rms(spec: EvalSpec, train: TrainSpec, pairs: list[Any], *, progress: bool) -> dict[str, str]:
    """``{label: location}``; language codes become cached (or freshly trained) default RMs."""
    from repshift.analyze import ensure_rm

    out: dict[str, str] = {}
    for rm in spec.rms:
        if _is_lang(rm):
            code = langs_mod.get(rm).code
            out[f"rm-{code}"] = str(ensure_rm(spec.base, spec.data, code, train, pairs, progress=progress))
        else:
            out[store.slug(rm.rstrip("/").split("/")[-1])] = rm
    return out


def evaluate(
    spec: EvalSpec, *, train: TrainSpec | None = None, progress: bool = True, force: bool = False
) -> EvalResult:
    """Score every RM on every language and write ``transfer.parquet``, ``differences.parquet``,
    ``scores.parquet`` and ``lengths.parquet`` to a run directory."""
    import pandas as pd

    from repshift.analyze import data_name
    from repshift.models import inputs, sites
    from repshift.models import load as mload
    from repshift.score import score_sequences

    train = train or TrainSpec()
    pairs = load(spec.data)
    eval_langs = list(dict.fromkeys(spec.langs or [langs_mod.get(r).code for r in spec.rms if _is_lang(r)]))
    if not eval_langs:
        raise ValueError("no evaluation languages: pass --langs")
    rms = resolve_rms(spec, train, pairs, progress=progress)
    by_lang = {
        lang: select(pairs, languages=[lang], split=spec.split, limit=spec.limit) for lang in eval_langs
    }
    for lang, ps in by_lang.items():
        if not ps:
            raise ValueError(f"{spec.data}: no {spec.split} pairs for language {lang!r}")
    key = digest(
        {"eval": dataclasses.asdict(spec) | {"out": None}, "train": dataclasses.asdict(train), "rms": rms}
    )
    name = f"eval__rm-{'-'.join(rms)}__langs-{'-'.join(eval_langs)}__{key}"
    out = Path(spec.out) / f"{store.slug(registry.tag(spec.base))}__{data_name(spec.data)}" / name
    out.mkdir(parents=True, exist_ok=True)

    score_rows: list[dict[str, Any]] = []
    length_rows: list[dict[str, Any]] = []
    start = time.perf_counter()
    scores_path = out / "scores.parquet"
    if scores_path.is_file() and not force:
        scores = store.read_table(scores_path)
        length_rows = store.read_table(out / "lengths.parquet").to_dict("records")
    else:
        for label, location in rms.items():
            model, tok = mload.load_rm(location, device=mload.default_device())
            kind = sites.for_model(model).kind
            for lang, ps in by_lang.items():
                enc = inputs.encode_pairs(tok, kind, ps, spec.max_length)
                rewards = score_sequences(model, tok, enc.chosen + enc.rejected, spec.batch_size)
                n = len(ps)
                for p, sc, sr in zip(ps, rewards[:n], rewards[n:], strict=True):
                    score_rows.append(
                        {"rm": label, "lang": lang, "item_id": p.item_id, "category": p.category,
                         "score_chosen": float(sc), "score_rejected": float(sr)}
                    )  # fmt: skip
                lengths = np.array([len(s) for s in enc.chosen + enc.rejected])
                length_rows.append(
                    {"rm": label, "lang": lang, "pairs": n, "mean_tokens": float(lengths.mean()),
                     "max_tokens": int(lengths.max()), "max_length": enc.max_length,
                     "truncated_pairs": enc.n_truncated, "identical_after_truncation": enc.n_identical}
                )  # fmt: skip
                log.info("%s on %s: %d pairs scored", label, lang, n)
            del model
        scores = pd.DataFrame(score_rows)
        store.write_table(scores_path, scores)
        store.write_table(out / "lengths.parquet", pd.DataFrame(length_rows))

    transfer = transfer_table(scores, n_boot=spec.n_boot)
    store.write_table(out / "transfer.parquet", transfer)
    differences = difference_table(
        scores, reference_languages(rms, eval_langs), order=list(rms), n_boot=spec.n_boot
    )
    store.write_table(out / "differences.parquet", differences)
    store.write_json(
        out / "manifest.json",
        store.manifest({"eval": dataclasses.asdict(spec), "train": dataclasses.asdict(train)}, rms=rms,
                       seconds=time.perf_counter() - start,
                       rm_health={k: h for k, path in rms.items() if (h := rm_health(path)) is not None}),
    )  # fmt: skip
    return EvalResult(out, transfer, pd.DataFrame(length_rows), differences)


def transfer_table(scores: Any, *, n_boot: int = 2000, seed: int = 0) -> Any:
    """Tidy transfer accuracy with paired CIs from per-item scores (``rm, lang, item_id, category, score_*``).

    Columns: ``rm, lang, category, accuracy, ci_low, ci_high, n``. Items present in every
    (RM, language) cell are bootstrapped jointly; a cell with other items gets its own bootstrap.
    """
    import pandas as pd

    complete, ci = _paired_bootstrap(scores, n_boot=n_boot, seed=seed)
    rows = []
    if ci is not None:
        for k, (rm, lang) in enumerate(complete.columns):
            for j, name in enumerate(ci.names):
                n = (
                    len(complete)
                    if name == "overall"
                    else int((complete.index.get_level_values("category") == name).sum())
                )
                rows.append({"rm": rm, "lang": lang, "category": name, "accuracy": ci.estimate[j, k],
                             "ci_low": ci.low[j, k], "ci_high": ci.high[j, k], "n": n})  # fmt: skip
    return pd.DataFrame(rows)


def _paired_bootstrap(scores: Any, *, n_boot: int, seed: int) -> tuple[Any, Any]:
    """Items scored in every (RM, language) cell, as a wide boolean table, and their joint bootstrap."""
    from repshift.score import accuracy_cis

    s = scores.assign(correct=scores.score_chosen > scores.score_rejected)
    wide = s.pivot_table(
        index=["item_id", "category"], columns=["rm", "lang"], values="correct", aggfunc="first"
    )
    complete = wide.dropna()
    if not len(complete):
        return complete, None
    ci = accuracy_cis(
        complete.to_numpy(dtype=bool), complete.index.get_level_values("category"), n_boot=n_boot, seed=seed
    )
    return complete, ci


def reference_languages(rms: dict[str, str], eval_langs: list[str]) -> dict[str, str]:
    """``{rm label: its training language}`` for RMs trained on one evaluated language.

    Every RM written by repshift (those given as codes included) records its training languages in
    ``repshift_train.json``; other RMs have no reference language.
    """
    import json

    from repshift.train import TRAIN_INFO

    out: dict[str, str] = {}
    for label, location in rms.items():
        info = Path(location) / TRAIN_INFO
        trained = json.loads(info.read_text()).get("languages", []) if info.is_file() else []
        if len(trained) == 1 and trained[0] in eval_langs:
            out[label] = trained[0]
    return out


def difference_table(
    scores: Any,
    references: dict[str, str] | None = None,
    *,
    order: list[str] | None = None,
    n_boot: int = 2000,
    seed: int = 0,
) -> Any:
    """Paired accuracy differences with CIs, from the same item resamples as :func:`transfer_table`.

    Rows of ``kind="gap"``: accuracy of ``rm`` on ``lang`` minus on its training language ``vs`` (the
    transfer gap; RMs in ``references`` only). Rows of ``kind="rm"``: accuracy of ``rm`` minus RM ``vs``
    on the same ``lang``, for every later RM against every earlier one (in ``order``, default: sorted).
    Columns: ``kind, rm, lang, vs, category, diff, ci_low, ci_high``.
    """
    import pandas as pd

    complete, ci = _paired_bootstrap(scores, n_boot=n_boot, seed=seed)
    if ci is None:
        return pd.DataFrame(columns=["kind", "rm", "lang", "vs", "category", "diff", "ci_low", "ci_high"])
    col = {key: k for k, key in enumerate(complete.columns)}
    present = {rm for rm, _ in complete.columns}
    rms = [r for r in (order or sorted(present)) if r in present]
    langs = list(dict.fromkeys(lang for _, lang in complete.columns))
    rows = []

    def add(kind: str, rm: str, lang: str, vs: str, a: int, b: int) -> None:
        for name in ci.names:
            d, lo, hi = ci.diff(a, b, name)
            rows.append({"kind": kind, "rm": rm, "lang": lang, "vs": vs, "category": name, "diff": d,
                         "ci_low": lo, "ci_high": hi})  # fmt: skip

    for rm, ref in (references or {}).items():
        for lang in langs:
            if lang != ref and (rm, lang) in col and (rm, ref) in col:
                add("gap", rm, lang, ref, col[rm, lang], col[rm, ref])
    for i, vs in enumerate(rms):
        for rm in rms[i + 1 :]:
            for lang in langs:
                add("rm", rm, lang, vs, col[rm, lang], col[vs, lang])
    return pd.DataFrame(rows)


def _cells(table: Any, value: str, index: str, columns: str, lang_order: list[str]) -> Any:
    t = table.copy()
    t["cell"] = t.apply(lambda r: f"{r[value]:+.3f} [{r.ci_low:+.2f}, {r.ci_high:+.2f}]", axis=1)
    wide = t.pivot(index=index, columns=columns, values="cell")
    wide = wide.reindex(
        index=list(dict.fromkeys(t[index])), columns=[c for c in lang_order if c in wide.columns]
    )
    return wide.rename_axis(index="rm", columns="lang")


def format_matrix(result: EvalResult) -> str:
    """The RM x language matrix of overall accuracy with 95 % CIs, plus length statistics."""
    t = result.transfer
    o = t[t.category == "overall"].copy()
    o["cell"] = o.apply(lambda r: f"{r.accuracy:.3f} [{r.ci_low:.2f}, {r.ci_high:.2f}]", axis=1)
    matrix = o.pivot(index="rm", columns="lang", values="cell")
    # rows and columns in the order of --rm and --langs (the length table keeps it), not alphabetical
    order = result.lengths if len(result.lengths) else o
    rm_order, lang_order = list(dict.fromkeys(order.rm)), list(dict.fromkeys(order.lang))
    matrix = matrix.reindex(index=rm_order, columns=lang_order)
    lines = [
        "Transfer matrix: overall accuracy (mean of categories) [95 % paired bootstrap CI over items]",
        matrix.to_string(),
        "",
        "Tokens per sequence and truncation",
        result.lengths.to_string(index=False, float_format="%.1f"),
        "",
    ]
    diffs = result.differences
    if diffs is not None and len(diffs):
        rank = {rm: i for i, rm in enumerate(rm_order)}
        overall = diffs[diffs.category == "overall"]
        overall = overall.sort_values(
            ["rm", "vs"], key=lambda col: col.map(lambda v: rank.get(v, len(rank))), kind="stable"
        )
        gaps = overall[overall.kind == "gap"]
        if len(gaps):
            lines += [
                "Transfer gap: accuracy on each language minus on the RM's training language [95 % paired CI]",
                _cells(
                    gaps.assign(row=gaps.rm + " (vs " + gaps.vs + ")"), "diff", "row", "lang", lang_order
                ).to_string(),
                "",
            ]
        pairs = overall[overall.kind == "rm"]
        if len(pairs):
            lines += [
                "RM differences on the same items [95 % paired CI]",
                _cells(
                    pairs.assign(row=pairs.rm + " - " + pairs.vs), "diff", "row", "lang", lang_order
                ).to_string(),
                "",
            ]
    lines.append(f"Run directory: {result.run_dir}")
    return "\n".join(lines)
