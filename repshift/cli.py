"""The ``repshift`` command line: a thin layer over the Python API.

Every command is a function of the package that a notebook can call with the same arguments. Heavy
libraries (torch, transformers, nnsight, TRL) are imported inside the commands, so ``--help`` is instant.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import inspect
import itertools
import logging
import sys
import textwrap
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from repshift import langs
from repshift.config import CaptureSpec, TrainSpec, from_mapping, load_yaml

log = logging.getLogger("repshift")

EXIT_USAGE = 2


class CLIError(Exception):
    """A user error: printed as one line, exit code 2."""


# --- dataclass <-> argparse -----------------------------------------------------------------------


def attribute_docs(cls: type) -> dict[str, str]:
    """Attribute docstrings of a dataclass (the string literal right after each field)."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError):
        return {}
    docs: dict[str, str] = {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    for node, nxt in itertools.pairwise(body):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(nxt, ast.Expr)
            and isinstance(nxt.value, ast.Constant)
            and isinstance(nxt.value.value, str)
        ):
            docs[node.target.id] = " ".join(nxt.value.value.replace("``", "").split())
    return docs


def add_dataclass_args(
    parser: argparse.ArgumentParser, cls: type, *, skip: Sequence[str] = (), title: str = "", prefix: str = ""
) -> None:
    """One ``--<prefix><field>`` flag per field of ``cls`` (default ``None``: only given flags override)."""
    group = parser.add_argument_group(title or cls.__name__)
    docs = attribute_docs(cls)
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        if f.name in skip:
            continue
        flag = "--" + prefix + f.name.replace("_", "-")
        default = f.default if f.default is not dataclasses.MISSING else f.default_factory()  # type: ignore[misc,operator]
        help_ = f"{docs.get(f.name, '')} (default: {default})"
        hint = hints[f.name]
        if hint is bool:
            group.add_argument(
                flag,
                dest=f"{cls.__name__}.{f.name}",
                action=argparse.BooleanOptionalAction,
                default=None,
                help=help_,
            )
        elif typing.get_origin(hint) is list:
            (inner,) = typing.get_args(hint)
            group.add_argument(flag, dest=f"{cls.__name__}.{f.name}", type=_list_of(inner), default=None, metavar="A,B", help=help_)  # fmt: skip
        else:
            base = (
                next((t for t in typing.get_args(hint) if t is not type(None)), hint)
                if typing.get_args(hint)
                else hint
            )
            group.add_argument(
                flag,
                dest=f"{cls.__name__}.{f.name}",
                type=base,
                default=None,
                metavar=f.name.upper(),
                help=help_,
            )


def _list_of(inner: type) -> Callable[[str], list[Any]]:
    def parse(text: str) -> list[Any]:
        return [inner(x.strip()) for x in text.split(",") if x.strip()]

    return parse


def build(
    cls: type, args: argparse.Namespace, file_section: dict[str, Any] | None = None, source: str = ""
) -> Any:
    """An instance of ``cls`` from defaults, then the config-file section, then CLI flags."""
    values: dict[str, Any] = dict(file_section or {})
    obj = from_mapping(cls, values, source or cls.__name__)
    overrides = {
        k.split(".", 1)[1]: v
        for k, v in vars(args).items()
        if k.startswith(f"{cls.__name__}.") and v is not None
    }
    return dataclasses.replace(obj, **overrides)


def _config_sections(args: argparse.Namespace) -> dict[str, Any]:
    path = getattr(args, "config", None)
    return load_yaml(path) if path else {}


# --- commands ---------------------------------------------------------------------------------------


def cmd_analyze(args: argparse.Namespace) -> int:
    from repshift.analyze import AnalyzeSpec, RMSpec, analyze, summary

    cfg = _config_sections(args)
    train = build(TrainSpec, args, cfg.get("train"), f"{args.config}: train")
    cap = build(CaptureSpec, args, cfg.get("capture"), f"{args.config}: capture")
    section = dict(cfg.get("analyze") or {})
    if "langs" in section:
        section["langs"] = langs.parse_list(section["langs"])
    if isinstance(section.get("rms"), str):
        section["rms"] = section["rms"].split(",")
    spec = from_mapping(AnalyzeSpec, section, f"{args.config}: analyze")
    if args.rm is not None:
        spec.rms = [r.strip() for r in args.rm.split(",") if r.strip()]
    for r in spec.rms:
        RMSpec.parse(r)  # validate before any work
    if args.langs is not None:
        spec.langs = langs.parse_list(args.langs)
    for name in ("base", "data", "split", "limit", "out"):
        if getattr(args, name) is not None:
            setattr(spec, name, getattr(args, name))
    if args.metrics is not None:
        spec.metrics = [m.strip() for m in args.metrics.split(",") if m.strip()]
    if args.steps is not None:
        spec.steps = [s.strip() for s in args.steps.split(",") if s.strip()]
    for name in ("ci_reps", "token_count"):
        if getattr(args, name) is not None:
            setattr(spec, name, getattr(args, name))
    if args.umap_layers is not None:
        spec.umap_layers = [int(x) for x in args.umap_layers.split(",") if x.strip()]
    result = analyze(
        spec, train=train, cap=cap, force=args.force, progress=not args.quiet, figures=not args.no_figures
    )
    print(summary(result))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from repshift.analyze import rm_dir
    from repshift.data.load import load, select
    from repshift.train import is_main_process, train_rm, training_health

    cfg = _config_sections(args)
    spec = build(TrainSpec, args, cfg.get("train"), f"{args.config}: train")
    train_langs = langs.parse_list(args.lang)
    pairs = load(args.data)
    train = select(pairs, languages=train_langs, split="train")
    test = select(pairs, languages=train_langs, split="test")
    if not train:
        raise CLIError(f"{args.data}: no training pairs for {','.join(train_langs)}")
    out = Path(args.out) if args.out else rm_dir(args.base, args.data, "-".join(train_langs), spec, train)
    result = train_rm(
        args.base,
        train,
        out,
        spec=spec,
        eval_pairs=test,
        data_name=args.data,
        progress=not args.quiet,
        resume=args.resume,
    )
    if not is_main_process():  # under accelerate/torchrun only the main process reports
        return 0
    acc = ", ".join(f"{k} {v:.3f}" for k, v in result.eval_accuracy.items() if k != "n")
    print(
        f"RM written to {result.path} ({result.n_train} pairs, {result.seconds:.0f} s); held-out accuracy: {acc}"
    )
    if result.health != "ok":
        print(
            f"training health: {result.health} ({training_health(result.losses, shuffled=spec.shuffle_labels)[1]})"
        )
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from repshift.evaluate import EvalSpec, evaluate, format_matrix

    cfg = _config_sections(args)
    train = build(TrainSpec, args, cfg.get("train"), f"{args.config}: train")
    spec = EvalSpec(
        rms=[r.strip() for r in args.rm.split(",") if r.strip()],
        langs=langs.parse_list(args.langs) if args.langs else [],
        base=args.base,
        data=args.data,
        split=args.split,
        out=args.out,
        limit=args.limit,
        batch_size=args.score_batch_size,
        max_length=train.max_length,  # score the sequences the RMs were trained on
        n_boot=args.n_boot,
    )
    result = evaluate(spec, train=train, progress=not args.quiet, force=args.force)
    print(format_matrix(result))
    from repshift import store
    from repshift.train import health_warnings

    for line in health_warnings(store.read_json(result.run_dir / "manifest.json")):
        print(line)
    if not args.no_figures:
        from repshift.plots import save_run_figures
        from repshift.report import write_report

        save_run_figures(result.run_dir)
        print(f"Report: {write_report(result.run_dir)}")
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    from repshift.plots import save_run_figures

    for run in args.runs:
        if not (Path(run) / "transfer.parquet").is_file():
            raise CLIError(f"{run}: not a run directory (no transfer.parquet)")
        for path in save_run_figures(run):
            print(path)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from repshift.report import write_report

    for run in args.runs:
        print(write_report(run))
    return 0


def cmd_bases(args: argparse.Namespace) -> int:
    from repshift.models import registry

    for b in registry.BASES.values():
        cached = "cached" if (registry.named_dir(b.name) / "config.json").is_file() else "not converted yet"
        default = " (default)" if b.name == registry.DEFAULT_BASE else ""
        print(f"{b.name}{default}: {b.summary}; from {b.package}; {b.licence}; {b.original}; {cached}")
    return 0


def cmd_metrics(args: argparse.Namespace) -> int:
    from repshift import metrics

    defaults = set(metrics.defaults())
    for m in metrics.items():
        where = "per layer" if m.apply else "function only"
        print(f"{m.name}{' *' if m.name in defaults else ''} [{where}]: {m.summary}")
    print("(* = computed by `repshift analyze` when --metrics is not given)")
    return 0


def cmd_env(args: argparse.Namespace) -> int:
    from repshift import store
    from repshift.models import registry

    for k, v in store.versions().items():
        print(f"{k}: {v}")
    print(f"cache: {registry.cache_root()}")
    try:
        import torch

        print(f"device: {'cuda' if torch.cuda.is_available() else 'cpu'} ({torch.get_num_threads()} threads)")
    except ImportError:
        print("device: torch not installed")
    return 0


# --- parser -----------------------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    from repshift.models.registry import BASES, DEFAULT_BASE

    bases = ", ".join(BASES)
    p = argparse.ArgumentParser(
        prog="repshift",
        description="Interpretability of reward models across languages: train Bradley-Terry RMs, score "
        "them on every language, capture base and RM hidden states with nnsight, measure the shift.",
    )
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--base", default=None if sp.prog.endswith("analyze") else DEFAULT_BASE,
                        help=f"base model: {bases}, a local directory or a Hugging Face id (default: {DEFAULT_BASE})")  # fmt: skip
        sp.add_argument("--data", default=None if sp.prog.endswith("analyze") else "builtin",
                        help="preference data: builtin, a .jsonl/.parquet file or hf:<dataset id> (default: builtin)")  # fmt: skip
        sp.add_argument(
            "--config",
            help="YAML file with train:/capture:/analyze: sections, or a shipped one by name: "
            "paper, cpu (flags override it)",
        )
        sp.add_argument("--quiet", action="store_true", help="no progress bars")

    a = sub.add_parser("analyze", help="compare base and RM representations beside transfer accuracy",
                       description="Train (or reuse) the RMs, capture base and RMs on every language's held-out "
                       "pairs, and write tables, figures and a summary to a run directory.")  # fmt: skip
    a.add_argument("--rm", help="RMs to compare by training language, e.g. en or en,ko; variants: en:seed=1 "
                   "(another seed), en:shuffled (null RM trained on shuffled preferences) (default: en)")  # fmt: skip
    a.add_argument(
        "--langs",
        help=f"evaluation languages, e.g. ko,de,zh (default: ko,de,zh); codes: {', '.join(langs.CODES)}",
    )
    a.add_argument(
        "--metrics", help="comma-separated metric names (see `repshift metrics`; default: the starred ones)"
    )
    a.add_argument(
        "--steps",
        help="comma-separated analysis steps (default: every step registered as default); an unknown name "
        "is an error that lists the registered ones",
    )
    a.add_argument("--ci-reps", type=int, default=None,
                   help="item subsamples behind the set-level CIs of metrics.parquet; 0: none (default: 100)")  # fmt: skip
    a.add_argument("--token-count", type=int, default=None,
                   help="tokens per input in step spectral_tokens (default: the shortest input)")  # fmt: skip
    a.add_argument("--umap-layers", default=None,
                   help="layers of step umap, e.g. 1,6,12 (default: first varying, middle, last)")  # fmt: skip
    a.add_argument("--split", default=None, help="split to capture and score (default: test)")
    a.add_argument("--limit", type=int, default=None, help="items per language (balanced over categories)")
    a.add_argument("--out", default=None, help="root of run directories (default: runs)")
    a.add_argument("--force", action="store_true", help="recompute captures even if they exist")
    a.add_argument("--no-figures", action="store_true", help="skip the PNG figures")
    common(a)
    add_dataclass_args(a, TrainSpec, title="training (used when an RM is not cached)")
    add_dataclass_args(a, CaptureSpec, title="capture", prefix="capture-")
    a.set_defaults(func=cmd_analyze)

    t = sub.add_parser("train", help="train one reward model", description="Train a Bradley-Terry RM with TRL "
                       "and write a standard transformers model directory with a model card.")  # fmt: skip
    t.add_argument(
        "--lang", required=True, help="training language(s), e.g. en (several: en,de pool their pairs)"
    )
    t.add_argument("--out", help="output directory (default: the RM cache, where analyze finds it)")
    t.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run from the last checkpoint in <out>.partial (needs --save-steps)",
    )
    common(t)
    add_dataclass_args(t, TrainSpec, title="training")
    t.set_defaults(func=cmd_train)

    e = sub.add_parser("eval", help="score RMs on languages: the transfer matrix",
                       description="Score each RM on each language's pairs; print and store the transfer matrix with "
                       "paired bootstrap confidence intervals over items.")  # fmt: skip
    e.add_argument(
        "--rm",
        required=True,
        help="RMs: directories, hub ids, or language codes (the cached/trained default RM)",
    )
    e.add_argument("--langs", help="evaluation languages (default: those of the RMs given as codes)")
    e.add_argument("--split", default="test", help="split to score (default: test)")
    e.add_argument("--limit", type=int, default=None, help="items per language")
    e.add_argument("--score-batch-size", type=int, default=16, help="sequences per forward pass")
    e.add_argument("--n-boot", type=int, default=2000, help="bootstrap resamples for the CIs")
    e.add_argument("--out", default="runs", help="root of run directories")
    e.add_argument("--force", action="store_true", help="rescore even if scores exist")
    e.add_argument("--no-figures", action="store_true", help="skip the figures and the HTML report")
    common(e)
    add_dataclass_args(e, TrainSpec, title="training (used when an RM given by language is not cached)")
    e.set_defaults(func=cmd_eval)

    f = sub.add_parser("figures", help="rebuild the figures of run directories from their tables")
    f.add_argument("runs", nargs="+", help="run directories")
    f.set_defaults(func=cmd_figures)

    r = sub.add_parser("report", help="write a self-contained HTML report of run directories")
    r.add_argument("runs", nargs="+", help="run directories")
    r.set_defaults(func=cmd_report)

    sub.add_parser("bases", help="list the named offline base models").set_defaults(func=cmd_bases)
    sub.add_parser("metrics", help="list the registered metrics").set_defaults(func=cmd_metrics)
    sub.add_parser("env", help="versions, cache location and device").set_defaults(func=cmd_env)
    return p


def _known_errors() -> tuple[type[BaseException], ...]:
    from repshift.data.schema import DataError
    from repshift.models.load import ModelLoadError

    return (
        CLIError,
        DataError,
        ModelLoadError,
        langs.UnknownLanguageError,
        FileNotFoundError,
        KeyError,
        ValueError,
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code (0 ok, 2 bad input)."""
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("httpx", "urllib3", "filelock", "numba", "matplotlib"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        return int(args.func(args) or 0)
    except _known_errors() as e:
        msg = e.args[0] if isinstance(e, KeyError) and e.args else str(e)
        print(f"repshift {args.command}: error: {msg}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
