"""repshift's trainer vs. TRL's ``RewardTrainer`` used directly (the peer), side by side.

Same base, same pairs, same LoRA config and hyper-parameters; the peer tokenises with TRL's own
pipeline (prompt joined to each response), repshift pre-tokenises with its shared encoder. Reports
pairs/s of each and the ratio repshift/peer (1.00 = no overhead).

    python benchmarks/bench_train.py --base me5-small --pairs 64
"""

from __future__ import annotations

import argparse
import tempfile
import time

import torch


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="me5-small")
    ap.add_argument("--pairs", type=int, default=64)
    ap.add_argument("--repeats", type=int, default=2)
    a = ap.parse_args()

    from datasets import Dataset
    from trl import RewardTrainer

    from repshift.config import TrainSpec
    from repshift.data.load import load, select
    from repshift.models import load as mload
    from repshift.train import peft_config, reward_config, train_rm

    pairs = select(load("builtin"), languages=["en"], split="train", limit=a.pairs)
    spec = TrainSpec(epochs=1)

    def peer() -> float:
        torch.manual_seed(0)
        model, tok = mload.load_base(a.base)
        ds = Dataset.from_dict(
            {
                "prompt": [p.prompt + "\n\n" for p in pairs],
                "chosen": [p.chosen for p in pairs],
                "rejected": [p.rejected for p in pairs],
            }
        )
        with tempfile.TemporaryDirectory() as d:
            args = reward_config(spec, d, progress=False, max_length=spec.max_length)
            trainer = RewardTrainer(
                model=model, args=args, train_dataset=ds, processing_class=tok, peft_config=peft_config(spec)
            )
            t = time.perf_counter()
            trainer.train()
            return time.perf_counter() - t

    def ours() -> float:
        with tempfile.TemporaryDirectory() as d:
            return train_rm(a.base, pairs, f"{d}/rm", spec=spec, progress=False).seconds

    peer(), ours()  # warm-up: model conversion, imports, caches
    tp, to = [], []
    for _ in range(a.repeats):
        tp.append(peer())
        to.append(ours())
    mp, mo = min(tp), min(to)
    print(
        f"base={a.base} pairs={len(pairs)} threads={torch.get_num_threads()} (train loop only, best of {a.repeats})"
    )
    print(f"TRL RewardTrainer directly: {mp:.1f} s ({len(pairs) / mp:.2f} pairs/s)")
    print(f"repshift train_rm:          {mo:.1f} s ({len(pairs) / mo:.2f} pairs/s)")
    print(f"ratio repshift/peer time: {mo / mp:.3f}")


if __name__ == "__main__":
    main()
