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
import hashlib
import logging
import time
from collections.abc import Callable, Sequence
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

log = logging.getLogger(__name__)


@dataclass
class AnalyzeSpec:
    """What ``repshift analyze`` compares."""

    rms: list[str] = field(default_factory=lambda: ["en"])
    """Training languages of the reward models to compare (one RM each)."""
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
    limit: int | None = None
    """Use only this many items per language (balanced over categories)."""
    out: str = "runs"
    """Root folder of run directories."""

    def eval_langs(self) -> list[str]:
        return list(dict.fromkeys([*self.rms, *self.langs]))


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


def rm_dir(base: str, data: str, lang: str, spec: TrainSpec) -> Path:
    """Cache location of the RM trained from ``base`` on ``data``'s ``lang`` train split with ``spec``."""
    return registry.cache_root() / "rms" / registry.tag(base) / data_tag(data) / lang / spec.tag()


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

    path = rm_dir(base, data, lang, spec)
    if (path / "config.json").is_file() and not force:
        log.info("using cached RM %s", path)
        return path
    train = select(pairs, languages=[lang], split="train")
    test = select(pairs, languages=[lang], split="test")
    if not train:
        raise ValueError(f"{data}: no training pairs for language {lang!r}")
    log.info("training RM-%s on %d pairs of %s (%s)", lang, len(train), data, spec.tag())
    train_rm(base, train, path, spec=spec, eval_pairs=test, data_name=data, progress=progress)
    return path


def run_dir(spec: AnalyzeSpec, train: TrainSpec, cap: CaptureSpec) -> Path:
    name = f"rm-{'-'.join(spec.rms)}__langs-{'-'.join(spec.eval_langs())}"
    key = digest(
        {
            "analyze": dataclasses.asdict(spec) | {"out": None},
            "train": dataclasses.asdict(train),
            "capture": dataclasses.asdict(cap),
        }
    )
    return Path(spec.out) / f"{registry.tag(spec.base)}__{data_tag(spec.data)}" / f"{name}__{key}"


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


def layer_views(
    base: Capture, rm: Capture, lang: str, seed: int = 0
) -> list[Any]:
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


def layer_metric_rows(views: Sequence[Any], metric_names: Sequence[str], rm_label: str) -> list[dict[str, Any]]:
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
                    {"rm": rm_label, "lang": v.lang, "layer": v.layer, "metric": name, "model": model, "value": value}
                )
    return rows


def score_rows(rm_label: str, lang: str, c: Capture) -> list[dict[str, Any]]:
    return [
        {"rm": rm_label, "lang": lang, "item_id": i, "category": cat, "score_chosen": float(sc), "score_rejected": float(sr)}
        for i, cat, sc, sr in zip(c.item_ids, c.categories, c.score_chosen, c.score_rejected, strict=True)
    ]


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
    import pandas as pd

    from repshift import metrics
    from repshift.models.load import load_base, load_rm

    train = train or TrainSpec()
    cap = cap or CaptureSpec()
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    for code in spec.eval_langs():
        langs_mod.get(code)
    metric_names = spec.metrics or metrics.defaults()
    for name in metric_names:
        metrics.get(name)

    pairs = load(spec.data)
    rm_paths = {
        lang: ensure_rm(spec.base, spec.data, lang, train, pairs, progress=progress) for lang in spec.rms
    }
    timings["rms"] = time.perf_counter() - t0

    out = run_dir(spec, train, cap)
    out.mkdir(parents=True, exist_ok=True)
    cache = out.parent / "captures"
    cap_key = digest(dataclasses.asdict(cap))
    eval_pairs = {
        lang: select(pairs, languages=[lang], split=spec.split, limit=spec.limit) for lang in spec.eval_langs()
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

    base_get = getter("base", lambda: load_base(spec.base))
    base_caps = {
        lang: cached_capture(
            cache / "base" / f"{lang}-{spec.split}-{cap_key}.safetensors", base_get, ps, cap,
            force=force, progress=progress, desc=f"base {lang}",
        )
        for lang, ps in eval_pairs.items()
    }  # fmt: skip
    rm_caps: dict[str, dict[str, Capture]] = {}
    for rm_lang, path in rm_paths.items():
        label = f"rm-{rm_lang}"
        get = getter(label, lambda p=path: load_rm(p))
        rm_caps[label] = {
            lang: cached_capture(
                cache / f"{label}-{train.tag()}" / f"{lang}-{spec.split}-{cap_key}.safetensors", get, ps, cap,
                force=force, progress=progress, desc=f"{label} {lang}",
            )
            for lang, ps in eval_pairs.items()
        }  # fmt: skip
    loaded.clear()
    timings["capture"] = time.perf_counter() - t1

    t2 = time.perf_counter()
    scores, metric_rows = [], []
    for label, caps in rm_caps.items():
        for lang, c in caps.items():
            scores += score_rows(label, lang, c)
            views = layer_views(base_caps[lang], c, lang, seed=train.seed)
            metric_rows += layer_metric_rows(views, metric_names, label)
    scores_df = pd.DataFrame(scores)
    transfer_df = transfer_table(scores_df)
    metrics_df = pd.DataFrame(metric_rows)
    store.write_table(out / "transfer.parquet", transfer_df)
    store.write_table(out / "scores.parquet", scores_df)
    store.write_table(out / "metrics.parquet", metrics_df)
    timings["metrics"] = time.perf_counter() - t2

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
        ),
    )
    return RunResult(out, transfer_df, metrics_df, timings)


def summary(result: RunResult) -> str:
    """A plain-text summary: transfer accuracy and mean shift per RM and language."""
    t = result.transfer
    acc = t[t.category == "overall"].pivot(index="rm", columns="lang", values="accuracy")
    lines = ["Transfer accuracy (overall = mean of categories; chosen must score strictly higher)", acc.to_string(float_format="%.3f"), ""]
    m = result.metrics
    if len(m):
        shift = m[m.model.str.startswith("shift") & (m.model == "shift")]
        if len(shift):
            tab = shift.groupby(["metric", "rm", "lang"]).value.mean().unstack("lang")
            lines += ["Representation shift, mean over layers (cka: 1 = unchanged; drifts: 0 = unchanged)", tab.to_string(float_format="%.3f"), ""]
    lines.append(f"Run directory: {result.run_dir}")
    return "\n".join(lines)
