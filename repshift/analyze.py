"""Orchestration behind ``repshift analyze``: RMs (trained if missing), captures, tables, figures.

One call compares the base with one or more RMs on the held-out pairs of several languages:

1. each RM is found in the cache (``$REPSHIFT_CACHE/rms/<base>/<data>/<lang>/<recipe>``) or trained;
2. base and every RM are captured on identical inputs (captures are cached per model and language);
3. transfer accuracy comes from the RM scores of that same forward pass;
4. every selected metric is applied per (RM, language, layer);
5. tidy parquet tables, a manifest, figures and a printed summary go to a deterministic run directory.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from repshift import langs as langs_mod
from repshift import store
from repshift.capture import Capture, capture
from repshift.config import CaptureSpec, TrainSpec, digest
from repshift.data import builtin
from repshift.data.load import load, select
from repshift.data.schema import PreferencePair
from repshift.evaluate import transfer_table
from repshift.models import registry
from repshift.train import COLLAPSED, NOT_LEARNED, health_warnings, rm_health

log = logging.getLogger(__name__)


@dataclass
class AnalyzeSpec:
    """What ``repshift analyze`` compares."""

    rms: list[str] = field(default_factory=lambda: ["en"])
    """RMs to compare: a training language each, optionally with a variant (en:seed=1, en:shuffled)."""
    langs: list[str] = field(default_factory=lambda: ["ko", "de", "zh"])
    """Evaluation languages; the RMs' own languages are always added."""
    base: str = registry.DEFAULT_BASE
    """Named base (me5-small, smollm2-135m), local directory or Hugging Face id."""
    data: str = builtin.NAME
    """Preference data: builtin, a .jsonl/.parquet path, or hf:<id>."""
    split: str = "test"
    """Split whose pairs are captured and scored."""
    metrics: list[str] | None = None
    """Metric names (default: the registry's defaults)."""
    steps: list[str] | None = None
    """Analysis steps to run (default: every step registered as default)."""
    limit: int | None = None
    """Use only this many items per language (balanced over categories)."""
    out: str = "runs"
    """Root folder of run directories."""
    ci_reps: int = 100
    """Item subsamples (without replacement) behind the set-level intervals in metrics.parquet; 0: none."""
    token_count: int | None = None
    """Tokens per input for the per-input spectral step (default: the shortest input; shorter ones are excluded)."""
    umap_layers: list[int] | None = None
    """Layers of the umap step (default: first varying, middle, last)."""

    def eval_langs(self) -> list[str]:
        return list(dict.fromkeys([*(RMSpec.parse(r).lang for r in self.rms), *self.langs]))


@dataclass
class RunResult:
    """Where a run wrote its outputs, and its main tables."""

    run_dir: Path
    transfer: Any
    metrics: Any
    seconds: dict[str, float]


def data_tag(spec: str) -> str:
    """Name of a data source for paths: its stem plus a hash of its content (so stale RMs are not reused)."""
    path = builtin.PATH if spec == builtin.NAME else Path(spec)
    if path.is_file():
        h = hashlib.sha256(path.read_bytes()).hexdigest()[:8]
        stem = builtin.NAME if spec == builtin.NAME else path.name.split(".")[0]
        return f"{store.slug(stem)}-{h}"
    return store.slug(spec)


def data_name(spec: str) -> str:
    """Short name of a data source for paths (no hash): ``builtin``, a file stem, or a sanitised id."""
    if spec == builtin.NAME:
        return builtin.NAME
    path = Path(spec)
    return store.slug(path.name.split(".")[0] if path.exists() else spec)


def pairs_digest(pairs: Sequence[PreferencePair]) -> str:
    """Hash of the content of ``pairs``: a cached RM or capture is reused only for the same pairs."""
    h = hashlib.sha256()
    for p in pairs:
        h.update("\x1f".join((p.id, p.category, p.prompt, p.chosen, p.rejected)).encode())
    return h.hexdigest()[:8]


def rm_dir(base: str, data: str, lang: str, spec: TrainSpec, train_pairs: Sequence[PreferencePair]) -> Path:
    """Cache location of the RM trained from ``base`` on ``train_pairs`` (``data``'s ``lang`` train split)
    with ``spec``; editing other languages of the data does not invalidate it."""
    where = f"{lang}-{pairs_digest(train_pairs)}"
    return registry.cache_root() / "rms" / registry.tag(base) / data_name(data) / where / spec.tag()


def ensure_rm(
    base: str,
    data: str,
    lang: str,
    spec: TrainSpec,
    pairs: Sequence[PreferencePair],
    *,
    progress: bool = True,
    force: bool = False,
) -> Path:
    """The RM for ``lang``: reused from the cache, or trained now (on its train split)."""
    from repshift.train import train_rm

    train = select(pairs, languages=[lang], split="train")
    test = select(pairs, languages=[lang], split="test")
    if not train:
        raise ValueError(f"{data}: no training pairs for language {lang!r}")
    path = rm_dir(base, data, lang, spec, train)
    if (path / "config.json").is_file() and not force:
        log.info("using cached RM %s", path)
        return path
    log.info("training RM-%s on %d pairs of %s (%s)", lang, len(train), data, spec.tag())
    train_rm(base, train, path, spec=spec, eval_pairs=test, data_name=data, progress=progress)
    return path


def run_dir(spec: AnalyzeSpec, train: TrainSpec, cap: CaptureSpec) -> Path:
    rms = "-".join(store.slug(r.replace(":", "-").replace("=", "")) for r in spec.rms)
    name = f"rm-{rms}__langs-{'-'.join(spec.eval_langs())}"
    key = digest(
        {
            "analyze": dataclasses.asdict(spec) | {"out": None},
            "train": dataclasses.asdict(train),
            "capture": dataclasses.asdict(cap),
            "data": data_tag(spec.data),
        }
    )
    return Path(spec.out) / f"{registry.tag(spec.base)}__{data_name(spec.data)}" / f"{name}__{key}"


def cached_capture(
    path: Path, get_model: Callable[[], tuple[Any, Any]], pairs: Sequence[PreferencePair], cap: CaptureSpec,
    *, force: bool, progress: bool, desc: str,
) -> Capture:  # fmt: skip
    """Load a capture from ``path`` or compute and store it."""
    if path.is_file() and not force:
        c = Capture.load(path)
        if c.item_ids == [p.item_id for p in pairs]:
            return c
        log.info("capture %s is for other items; recomputing", path)
    model, tok = get_model()
    c = capture(model, tok, pairs, cap, progress=progress, desc=desc)
    c.save(path)
    return c


def layer_views(base: Capture, rm: Capture, lang: str, seed: int = 0) -> list[Any]:
    """One :class:`~repshift.metrics.LayerView` per layer of a (base, RM) capture pair.

    A layer whose pooled base states are identical for every sequence is left out: under first- or
    last-token pooling the embedding layer (0) reads the same special token (``<s>``, eos) everywhere.
    """
    from repshift.metrics import LayerView

    if base.item_ids != rm.item_ids:
        raise ValueError("base and RM captures are for different items")
    varying = [
        layer
        for layer in range(base.n_layers)
        if np.ptp(np.concatenate([base.chosen[layer], base.rejected[layer]]), axis=0).max() > 0
    ]
    return [
        LayerView(
            lang=lang,
            layer=layer,
            base_chosen=base.chosen[layer].astype(np.float64),
            base_rejected=base.rejected[layer].astype(np.float64),
            rm_chosen=rm.chosen[layer].astype(np.float64),
            rm_rejected=rm.rejected[layer].astype(np.float64),
            item_ids=np.asarray(base.item_ids),
            categories=np.asarray(base.categories),
            seed=seed,
        )
        for layer in varying
    ]


def layer_metric_rows(
    views: Sequence[Any], metric_names: Sequence[str], rm_label: str
) -> list[dict[str, Any]]:
    """Tidy rows ``(rm, lang, layer, metric, model, value)`` for every metric on every layer."""
    from repshift import metrics

    rows: list[dict[str, Any]] = []
    for name in metric_names:
        m = metrics.get(name)
        if m.apply is None:
            raise ValueError(f"metric {name!r} cannot be applied per layer")
        for v in views:
            try:
                values = m.apply(v)
            except ValueError as e:  # e.g. HSIC <= 0 on a degenerate layer: record, never NaN silently
                log.warning("%s on %s layer %d: %s", name, v.lang, v.layer, e)
                values = {}
            for model, value in values.items():
                rows.append(
                    {
                        "rm": rm_label,
                        "lang": v.lang,
                        "layer": v.layer,
                        "metric": name,
                        "model": model,
                        "value": value,
                    }
                )
    return rows


def score_rows(rm_label: str, lang: str, c: Capture) -> list[dict[str, Any]]:
    return [
        {
            "rm": rm_label,
            "lang": lang,
            "item_id": i,
            "category": cat,
            "score_chosen": float(sc),
            "score_rejected": float(sr),
        }
        for i, cat, sc, sr in zip(c.item_ids, c.categories, c.score_chosen, c.score_rejected, strict=True)
    ]


@dataclass(frozen=True)
class RMSpec:
    """One reward model of a comparison: its training language and recipe variant.

    Written ``en`` (the default recipe), ``en:seed=1`` (another seed: the seed noise floor) or
    ``en:shuffled`` (chosen/rejected swapped on a random half of the training pairs: the null);
    variants combine, e.g. ``en:seed=2:shuffled``.
    """

    lang: str
    seed: int | None = None
    shuffled: bool = False

    @classmethod
    def parse(cls, text: str) -> RMSpec:
        lang, *opts = [t.strip() for t in text.split(":")]
        seed, shuffled = None, False
        for opt in opts:
            if opt == "shuffled":
                shuffled = True
            elif opt.startswith("seed="):
                try:
                    seed = int(opt.removeprefix("seed="))
                except ValueError:
                    raise ValueError(f"RM {text!r}: seed must be an integer") from None
            else:
                raise ValueError(f"RM {text!r}: unknown variant {opt!r} (use seed=N or shuffled)")
        return cls(langs_mod.get(lang).code, seed, shuffled)

    @property
    def label(self) -> str:
        return (
            f"rm-{self.lang}"
            + (f"-s{self.seed}" if self.seed is not None else "")
            + ("-shuffled" if self.shuffled else "")
        )

    def recipe(self, train: TrainSpec) -> TrainSpec:
        seed = train.seed if self.seed is None else self.seed
        return dataclasses.replace(train, seed=seed, shuffle_labels=self.shuffled or train.shuffle_labels)


@dataclass
class RunData:
    """Everything an analysis step may read: pairs, captures of the base and of every RM, configs."""

    spec: AnalyzeSpec
    train: TrainSpec
    cap: CaptureSpec
    run_dir: Path
    pairs: dict[str, list[PreferencePair]]
    base: dict[str, Capture]
    rms: dict[str, dict[str, Capture]]
    """``{rm label: {language: capture}}``."""
    rm_paths: dict[str, Path]
    rm_specs: dict[str, RMSpec]
    metric_names: list[str]
    tables: dict[str, Any] = field(default_factory=dict)
    """Tables written by the steps that ran before, ``{table name: DataFrame}``."""


Step = Callable[[RunData], dict[str, Any]]
"""An analysis step: reads :class:`RunData`, returns ``{table name: DataFrame}`` written as parquet."""

STEPS: dict[str, tuple[Step, bool]] = {}


def register_step(name: str, *, default: bool = True) -> Callable[[Step], Step]:
    """Register an analysis step (``default``: run unless the spec lists its steps)."""

    def deco(fn: Step) -> Step:
        if name in STEPS:
            raise KeyError(f"analysis step {name!r} is already registered")
        STEPS[name] = (fn, default)
        return fn

    return deco


@register_step("transfer")
def transfer_step(data: RunData) -> dict[str, Any]:
    """Per-pair rewards from the capture pass, and transfer accuracy with paired bootstrap CIs."""
    import pandas as pd

    rows = [
        r for label, caps in data.rms.items() for lang, c in caps.items() for r in score_rows(label, lang, c)
    ]
    scores = pd.DataFrame(rows)
    return {"scores": scores, "transfer": transfer_table(scores)}


@register_step("metrics")
def layer_metrics_step(data: RunData) -> dict[str, Any]:
    """Every selected registry metric on every (RM, language, layer)."""
    import pandas as pd

    from repshift.metrics import view_ci

    rows: list[dict[str, Any]] = []
    ci_rows: list[dict[str, Any]] = []
    for label, caps in data.rms.items():
        for lang, c in caps.items():
            views = layer_views(data.base[lang], c, lang, seed=data.train.seed)
            rows += layer_metric_rows(views, data.metric_names, label)
            ci_rows += view_ci.interval_rows(views, data.metric_names, label, n_rep=data.spec.ci_reps)
    return {"metrics": view_ci.with_intervals(pd.DataFrame(rows), ci_rows)}


def analyze(
    spec: AnalyzeSpec,
    *,
    train: TrainSpec | None = None,
    cap: CaptureSpec | None = None,
    force: bool = False,
    progress: bool = True,
    figures: bool = True,
) -> RunResult:
    """Run the whole comparison and write the run directory; see the module docstring."""
    from repshift import metrics
    from repshift.models.load import load_base, load_rm

    train = train or TrainSpec()
    cap = cap or CaptureSpec()
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    rm_specs = {r.label: r for r in (RMSpec.parse(x) for x in spec.rms)}
    for code in spec.eval_langs():
        langs_mod.get(code)
    metric_names = spec.metrics or metrics.defaults()
    for name in metric_names:
        metrics.get(name)
    steps = spec.steps or [n for n, (_, default) in STEPS.items() if default]
    for name in steps:
        if name not in STEPS:
            raise KeyError(f"unknown analysis step {name!r}; known: {', '.join(STEPS)}")

    pairs = load(spec.data)
    rm_paths = {
        label: ensure_rm(spec.base, spec.data, r.lang, r.recipe(train), pairs, progress=progress)
        for label, r in rm_specs.items()
    }
    timings["rms"] = time.perf_counter() - t0
    health = unhealthy_rms(rm_paths)
    for label, h in health.items():
        log.warning("%s is %s: %s", label, h["health"].replace("_", " "), h["reason"])

    out = run_dir(spec, train, cap)
    out.mkdir(parents=True, exist_ok=True)
    cache = out.parent / "captures"
    cap_key = digest(dataclasses.asdict(cap))
    eval_pairs = {
        lang: select(pairs, languages=[lang], split=spec.split, limit=spec.limit)
        for lang in spec.eval_langs()
    }
    for lang, ps in eval_pairs.items():
        if not ps:
            raise ValueError(f"{spec.data}: no {spec.split} pairs for language {lang!r}")

    t1 = time.perf_counter()
    loaded: dict[str, tuple[Any, Any]] = {}

    def getter(label: str, loader: Callable[[], tuple[Any, Any]]) -> Callable[[], tuple[Any, Any]]:
        def get() -> tuple[Any, Any]:
            if label not in loaded:
                loaded.clear()  # keep one model in memory at a time
                loaded[label] = loader()
            return loaded[label]

        return get

    def captures(folder: str, get: Callable[[], tuple[Any, Any]], desc: str) -> dict[str, Capture]:
        return {
            lang: cached_capture(
                cache / folder / f"{lang}-{spec.split}-{pairs_digest(ps)}-{cap_key}.safetensors", get, ps, cap,
                force=force, progress=progress, desc=f"{desc} {lang}",
            )
            for lang, ps in eval_pairs.items()
        }  # fmt: skip

    base_caps = captures("base", getter("base", lambda: load_base(spec.base)), "base")
    rm_caps = {
        label: captures(
            f"rm-{r.lang}-{r.recipe(train).tag()}",
            getter(label, functools.partial(load_rm, rm_paths[label])),
            label,
        )
        for label, r in rm_specs.items()
    }
    loaded.clear()
    timings["capture"] = time.perf_counter() - t1

    data = RunData(spec, train, cap, out, eval_pairs, base_caps, rm_caps, rm_paths, rm_specs, metric_names)
    tables: dict[str, Any] = {}
    for name in steps:
        t = time.perf_counter()
        for table, df in STEPS[name][0](data).items():
            store.write_table(out / f"{table}.parquet", df)
            tables[table] = df
            data.tables[table] = df
        timings[f"step:{name}"] = time.perf_counter() - t

    if figures:
        t3 = time.perf_counter()
        from repshift.plots import save_run_figures

        save_run_figures(out)
        timings["figures"] = time.perf_counter() - t3
    timings["total"] = time.perf_counter() - t0
    config = {
        "analyze": dataclasses.asdict(spec),
        "train": dataclasses.asdict(train),
        "capture": dataclasses.asdict(cap),
        "metrics": metric_names,
        "steps": steps,
    }
    store.write_json(
        out / "manifest.json",
        store.manifest(
            config,
            seed=train.seed,
            rms={k: str(v) for k, v in rm_paths.items()},
            data_tag=data_tag(spec.data),
            n_pairs={lang: len(ps) for lang, ps in eval_pairs.items()},
            truncated={lang: c.n_truncated for lang, c in base_caps.items()},
            seconds=timings,
            rm_health={k: v for k, v in ((k, rm_health(p)) for k, p in rm_paths.items()) if v is not None},
        ),
    )
    if figures:
        from repshift.report import write_report

        write_report(out)
    return RunResult(out, tables.get("transfer"), tables.get("metrics"), timings)


def unhealthy_rms(rm_paths: Mapping[str, str | Path]) -> dict[str, dict[str, Any]]:
    """``{label: rm_health(...)}`` of the RMs whose training collapsed or did not learn."""
    out = {}
    for label, path in rm_paths.items():
        h = rm_health(path)
        if h is not None and h["health"] in (COLLAPSED, NOT_LEARNED):
            out[label] = h
    return out


def summary(result: RunResult) -> str:
    """A plain-text summary: transfer accuracy and mean shift per RM and language."""
    t = result.transfer
    from repshift.plots.style import order_langs

    acc = t[t.category == "overall"].pivot(index="rm", columns="lang", values="accuracy")
    acc = acc[order_langs(acc.columns)]
    lines = [
        "Transfer accuracy (overall = mean of categories; chosen must score strictly higher)",
        acc.to_string(float_format="%.3f"),
        "",
    ]
    m = result.metrics
    if len(m):
        shift = m[m.model.str.startswith("shift") & (m.model == "shift")]
        if len(shift):
            tab = shift.groupby(["metric", "rm", "lang"]).value.mean().unstack("lang")
            tab = tab[order_langs(tab.columns)]
            lines += [
                "Representation shift, mean over layers (cka: 1 = unchanged; drifts: 0 = unchanged)",
                tab.to_string(float_format="%.3f"),
                "",
            ]
    manifest = result.run_dir / "manifest.json"
    lines += health_warnings(store.read_json(manifest) if manifest.is_file() else {})
    lines.append(f"Run directory: {result.run_dir}")
    if (result.run_dir / "report.html").is_file():
        lines.append(f"Report: {result.run_dir / 'report.html'}")
    return "\n".join(lines)


# Steps defined in their own modules register themselves when imported (after STEPS exists).
from repshift import compare, crosslingual, probing  # noqa: E402, F401, I001
from repshift import geometry, lens  # noqa: E402, F401
from repshift import shift_transfer  # noqa: E402, F401  (last: it reads the tables of the steps before it)
