"""Tokens per sequence of the builtin pairs on each named base, and how many pairs a length cap cuts.

    python analyses/token_lengths.py            # writes analyses/results/token_lengths.md

A cut pair loses the start of its prompt (``repshift.models.inputs``), so a language whose pairs are
cut is not read like the others. SmolLM2's tokenizer spends ~3x the tokens of English on Korean.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from repshift import store
from repshift.data.load import load, select
from repshift.models import inputs, registry
from repshift.models.load import load_tokenizer

LANGS = ["en", "ko", "de", "zh"]
CAPS = (256, 512)
RESULTS = Path(__file__).resolve().parent / "results"


def rows(base: str, kind: str, pairs: list) -> list[str]:
    tok = load_tokenizer(str(registry.resolve(base)))
    out = []
    for split in ("train", "test"):
        for lang in LANGS:
            ps = select(pairs, languages=[lang], split=split)
            # inputs.encode, not encode_pairs: the full lengths, not capped at the model's positions
            sides = np.array(
                [[len(inputs.encode(tok, kind, p.prompt, text, 10**9)[0]) for text in (p.chosen, p.rejected)]
                 for p in ps]
            )  # fmt: skip
            longest, lengths = sides.max(axis=1), sides.ravel()
            cut = " | ".join(f"{int((longest > cap).sum())}" for cap in CAPS)
            out.append(
                f"| {base} | {split} | {lang} | {len(ps)} | {lengths.mean():.0f} | {lengths.max()} | {cut} |"
            )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(RESULTS / "token_lengths.md"))
    a = ap.parse_args(argv)
    pairs = load("builtin")
    head = " | ".join(f"pairs > {cap}" for cap in CAPS)
    lines = [
        "# Tokens per sequence of the builtin pairs",
        "",
        "`python analyses/token_lengths.py`: each sequence as repshift feeds it to the model (prompt and",
        "response, chat template for the decoder); a pair counts as cut when its longer side exceeds the cap.",
        "",
        f"| base | split | lang | pairs | mean tokens | max tokens | {head} |",
        "| --- | --- | --- | --- | --- | --- | " + " | ".join("---" for _ in CAPS) + " |",
    ]
    for base, kind in (("me5-small", "encoder"), ("smollm2-135m", "decoder")):
        lines += rows(base, kind, pairs)
    text = "\n".join(lines) + "\n"
    store.write_text(Path(a.out), text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
