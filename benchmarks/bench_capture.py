"""nnsight capture vs. a plain forward pass with ``output_hidden_states=True`` (the peer), side by side.

Both read every layer of the same model on the same right-padded batches; the ratio is capture time /
plain time (1.00 = no overhead). Repeated, interleaved, median reported.

    python benchmarks/bench_capture.py --base me5-small --n 64 --repeats 5
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch

from repshift.capture import trace_batch, wrap
from repshift.data.load import load, select
from repshift.models import inputs, sites
from repshift.models import load as mload


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="me5-small")
    ap.add_argument("--n", type=int, default=64, help="sequences per timed pass")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--langs", default="en,ko,de,zh")
    a = ap.parse_args()
    torch.set_grad_enabled(False)
    model, tok = mload.load_base(a.base)
    site = sites.for_model(model)
    pairs = select(load("builtin"), languages=a.langs.split(","), split="test")
    enc = inputs.encode_pairs(tok, site.kind, pairs, 256)
    seqs = (enc.chosen + enc.rejected)[:: max(1, len(pairs) * 2 // a.n)][: a.n]
    batches = [
        inputs.pad_batch([seqs[i] for i in idx], tok.pad_token_id)
        for idx in inputs.length_sorted_batches([len(s) for s in seqs], a.batch_size)
    ]
    nm = wrap(model, tok)

    def plain() -> None:
        for b in batches:
            model(**b, output_hidden_states=True)

    def traced() -> None:
        for b in batches:
            trace_batch(nm, site, b)

    plain(), traced()  # warm-up
    tp, tc = [], []
    for _ in range(a.repeats):
        t = time.perf_counter()
        plain()
        tp.append(time.perf_counter() - t)
        t = time.perf_counter()
        traced()
        tc.append(time.perf_counter() - t)
    mp, mc = statistics.median(tp), statistics.median(tc)
    tokens = sum(len(s) for s in seqs)
    print(
        f"base={a.base} threads={torch.get_num_threads()} sequences={len(seqs)} tokens={tokens} batch={a.batch_size}"
    )
    print(f"plain forward (output_hidden_states): median {mp:.3f} s  ({len(seqs) / mp:.1f} seq/s)")
    print(f"nnsight capture (all layers + score): median {mc:.3f} s  ({len(seqs) / mc:.1f} seq/s)")
    print(f"ratio capture/plain: {mc / mp:.3f}")


if __name__ == "__main__":
    main()
