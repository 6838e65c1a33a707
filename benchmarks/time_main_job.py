"""Wall time of the main job, ``repshift analyze --rm en --langs ko,de,zh``, cold and warm.

cold: an empty cache (convert the base, train RM-en, capture, analyze); warm: the RM cached, no
captures yet (a fresh run directory). Each run is a separate process; the median is reported.

    python benchmarks/time_main_job.py --base me5-small --runs 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(cache: Path, out: Path, base: str, extra: list[str]) -> tuple[float, str]:
    env = {**os.environ, "REPSHIFT_CACHE": str(cache), "HF_HUB_OFFLINE": "1"}
    cmd = [sys.executable, "-m", "repshift", "analyze", "--base", base, "--rm", "en", "--langs", "ko,de,zh",
           "--out", str(out), "--quiet", *extra]  # fmt: skip
    t = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if proc.returncode:
        sys.exit(f"failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return elapsed, proc.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="me5-small")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--modes", default="cold,warm")
    ap.add_argument("--root", default=None, help="keep caches and runs here (default: a temporary folder)")
    ap.add_argument("extra", nargs="*", help="more analyze flags (after --)")
    a = ap.parse_args()
    root = Path(a.root) if a.root else Path(tempfile.mkdtemp(prefix="repshift-timing-"))
    root.mkdir(parents=True, exist_ok=True)
    results: dict[str, list[float]] = {}
    last_out = ""
    for mode in a.modes.split(","):
        times = []
        warm_cache = root / "warm-cache"
        if mode == "warm" and not warm_cache.exists():
            run(warm_cache, root / "warm-prep", a.base, a.extra)  # trains the RM once
        for i in range(a.runs):
            cache = root / f"cold-cache-{i}" if mode == "cold" else warm_cache
            elapsed, last_out = run(cache, root / f"{mode}-out-{i}", a.base, a.extra)
            times.append(elapsed)
            print(f"{mode} run {i + 1}: {elapsed:.1f} s", flush=True)
        results[mode] = times
    print(f"\nbase={a.base} cpus={os.cpu_count()} root={root}")
    for mode, times in results.items():
        print(
            f"{mode}: median {statistics.median(times):.1f} s over {len(times)} runs ({', '.join(f'{t:.1f}' for t in times)})"
        )
    print("\nlast run's summary:\n" + last_out)


if __name__ == "__main__":
    main()
