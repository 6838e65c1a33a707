"""Check the paper's three findings on one base and write ``analyses/results/findings_<base>.md`` (+ ``.csv``).

Runs ``repshift analyze`` with the RMs en, ko, de, zh, en:seed=1 (seed floor) and en:shuffled (null)
on en, ko, de, zh, then judges (F1) English RM vs target-language RMs on accuracy, (F2) which RM
shifts the base least, (F3) norms across languages (descriptive); see :mod:`repshift.findings`.

Resumable: RMs and captures are cached by ``analyze``, and a finished run directory (its manifest
and tables present) is read instead of recomputed unless ``--force``. Decoder RMs take ~18 min each
on 2 CPU cores; a smoke test: ``python analyses/findings.py --limit 12 --epochs 0.1``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from repshift import store
from repshift.analyze import AnalyzeSpec, analyze, run_dir
from repshift.config import CaptureSpec, TrainSpec
from repshift.findings import f1_table, f2_table, f3_table, md_table, render
from repshift.models.registry import DEFAULT_BASE
from repshift.train import COLLAPSED, NOT_LEARNED, rm_health, train_info

RMS = ["en", "ko", "de", "zh", "en:seed=1", "en:shuffled"]
LANGS = ["en", "ko", "de", "zh"]
STEPS_RUN = ["transfer", "metrics", "alignment", "probes", "norms", "lens", "shift_transfer", "shift_compare"]
"""Steps of the run, in order (shift_transfer reads the tables of metrics and lens)."""
NEEDED = ["scores", "transfer", "shift_compare", "norm_ratios"]
"""Tables the findings read: F1 scores, F2 shift_compare, F3 norm_ratios (the norms step)."""
RESULTS = Path(__file__).resolve().parent / "results"


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--base", default=DEFAULT_BASE, help=f"base model (default: {DEFAULT_BASE})")
    p.add_argument("--data", default="builtin", help="preference data (default: builtin)")
    p.add_argument("--limit", type=int, default=None, help="items per language (smoke tests)")
    p.add_argument(
        "--epochs", type=float, default=None, help="training epochs of every RM (default: the recipe's)"
    )
    p.add_argument(
        "--lr", type=float, default=None, help="peak learning rate of every RM (default: the recipe's)"
    )
    p.add_argument("--steps", default=None, help=f"analysis steps (default: {','.join(STEPS_RUN)})")
    p.add_argument("--out", default="runs", help="root of run directories (default: runs)")
    p.add_argument("--results", default=str(RESULTS), help=f"where the report goes (default: {RESULTS})")
    p.add_argument("--n-boot", type=int, default=2000, help="bootstrap replicates for F1 (default: 2000)")
    p.add_argument(
        "--force", action="store_true", help="rerun the analysis steps even if the run is complete"
    )
    p.add_argument("--no-figures", action="store_true", help="skip figures and the HTML report")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    return p.parse_args(argv)


def truncation_line(manifest: dict) -> str:
    """Evaluation pairs cut per language and training pairs cut per RM, from the run's manifest and
    the RMs' training records; a cut pair lost the start of its prompt, which confounds a comparison."""
    ev = manifest.get("truncated") or {}
    trained = {}
    for label, path in (manifest.get("rms") or {}).items():
        if (t := train_info(path)) is not None:
            trained[label] = f"{t.get('n_truncated', '?')}/{t.get('n_train', '?')}"
    n = manifest.get("n_pairs") or {}
    return (
        "evaluation "
        + ", ".join(f"{g} {ev[g]}/{n.get(g, '?')}" for g in ev)
        + "; training "
        + ", ".join(f"{k} {v}" for k, v in trained.items())
    )


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    steps = [s.strip() for s in args.steps.split(",") if s.strip()] if args.steps else list(STEPS_RUN)
    for name in ("transfer", "norms", "shift_compare"):  # what the findings read
        if name not in steps:
            steps.append(name)
    spec = AnalyzeSpec(
        rms=RMS, langs=LANGS, base=args.base, data=args.data, steps=steps, limit=args.limit, out=args.out
    )
    overrides = {k: v for k, v in (("epochs", args.epochs), ("lr", args.lr)) if v is not None}
    train = TrainSpec(**overrides)
    cap = CaptureSpec()
    run = run_dir(spec, train, cap)
    complete = (run / "manifest.json").is_file() and all((run / f"{t}.parquet").is_file() for t in NEEDED)
    if complete and not args.force:
        logging.info("reading the finished run %s", run)
    else:
        run = analyze(
            spec, train=train, cap=cap, progress=not args.quiet, figures=not args.no_figures
        ).run_dir
    tables = {t: store.read_table(run / f"{t}.parquet") for t in NEEDED}
    manifest = store.read_json(run / "manifest.json")

    health = manifest.get("rm_health") or {
        label: h for label, path in manifest.get("rms", {}).items() if (h := rm_health(path)) is not None
    }
    broken = {k: h["health"] for k, h in health.items() if h["health"] in (COLLAPSED, NOT_LEARNED)}
    for label, h in health.items():
        if label in broken:
            logging.warning("%s is %s: %s", label, h["health"].replace("_", " "), h["reason"])
    f1 = f1_table(tables["scores"], n_boot=args.n_boot, seed=train.seed, broken=broken)
    f2 = f2_table(tables["shift_compare"], broken=broken)
    f3 = f3_table(tables["norm_ratios"])
    meta = {
        "base": args.base,
        "data": manifest.get("data_tag", args.data),
        "RMs": ", ".join(RMS),
        "languages": ", ".join(LANGS),
        "pairs per language": manifest.get("n_pairs"),
        "training": f"{train.method}, lr {train.lr:g}, {train.epochs:g} epochs, seed {train.seed} (en:seed=1 = seed floor, en:shuffled = null)",
        "max length": f"{train.max_length} tokens; pairs cut to it (prompt start first): "
        + truncation_line(manifest),
        "run directory": str(run),
        "git": manifest.get("git_sha"),
    }
    text = render(f1, f2, f3, meta, health)
    transfer = tables["transfer"]
    overall = transfer[transfer.category == "overall"].pivot(index="rm", columns="lang", values="accuracy")
    text += (
        "\n## Context: overall transfer accuracy (RM × language)\n\n"
        + md_table(overall[LANGS].reset_index())
        + "\n"
    )

    out = Path(args.results)
    out.mkdir(parents=True, exist_ok=True)
    tag = store.slug(Path(args.base).name if Path(args.base).exists() else args.base)
    md = store.write_text(out / f"findings_{tag}.md", text)
    import pandas as pd

    csv = out / f"findings_{tag}.csv"
    with store.atomic_path(csv) as tmp:
        pd.concat([f1, f2, f3], ignore_index=True).to_csv(tmp, index=False)
    print(text)
    print(f"\nwritten: {md} and {csv}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
