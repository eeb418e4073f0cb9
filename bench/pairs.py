"""Two commands timed in turn (A B A B ...), with the ratio A/B taken pair by pair.

    python bench/pairs.py -n 5 --vs "cleaner clean DIR -o /tmp/o1 -q --jobs 1" -- cleaner clean DIR -o /tmp/o2 -q --jobs 2

On a shared machine the speed drifts during a measurement; pairing each run of A with the run of B
next to it keeps the ratio meaningful when the absolute figures move. Each run is measured from
outside, start-up included, by `bench/pipeline.py --measure` (wall seconds; CPU seconds of the
process and every descendant it waited for, --jobs workers included; peak RSS of the largest
process). Printed: min, median and max of each command's wall and CPU, and the median of the
pairwise ratios A/B. Quote the medians; a wide min-max spread says the machine was noisy.
"""

from __future__ import annotations

import argparse
import json
import shlex
import statistics
import subprocess
import sys
from pathlib import Path

PIPELINE = Path(__file__).resolve().with_name("pipeline.py")


def run_once(cmd: list[str]) -> dict[str, float]:
    proc = subprocess.run([sys.executable, str(PIPELINE), "--measure", "--", *cmd], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {shlex.join(cmd)}\n{proc.stderr[-2000:]}")
    got: dict[str, float] = json.loads(proc.stdout)
    return got


def _spread(values: list[float]) -> str:
    return f"{min(values):7.3f} {statistics.median(values):7.3f} {max(values):7.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=5, help="runs of each command (default 5)")
    ap.add_argument("--warmup", type=int, default=1, help="uncounted runs of each first (default 1)")
    ap.add_argument("--vs", required=True, metavar="COMMAND_B", help="the baseline, one string split as a shell would")
    ap.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND_A [ARG ...]")
    args = ap.parse_args()
    a = args.command[1:] if args.command[:1] == ["--"] else args.command
    b = shlex.split(args.vs)
    if not a or not b:
        ap.error("give COMMAND_A after -- and COMMAND_B with --vs")
    for _ in range(args.warmup):
        run_once(a)
        run_once(b)
    runs: dict[str, list[dict[str, float]]] = {"A": [], "B": []}
    for _ in range(args.n):
        runs["A"].append(run_once(a))
        runs["B"].append(run_once(b))
    print(f"{'':3} {'wall s (min median max)':>25} {'cpu s (min median max)':>25} {'peak MiB':>9}")
    for name in ("A", "B"):
        rs = runs[name]
        print(f"{name:3} {_spread([r['wall'] for r in rs]):>25} {_spread([r['cpu'] for r in rs]):>25} "
              f"{statistics.median(r['peak_mib'] for r in rs):9.0f}")
    for name in ("A", "B"):
        failed = sum(1 for r in runs[name] if r.get("status", 0) != 0)
        if failed:
            # Status 1 is also cleaner's "some inputs were skipped": a run that stopped on an error
            # is timed too, and would make a meaningless ratio.
            print(f"note: {name} exited with status 1 in {failed} of {len(runs[name])} runs (an error, or skipped inputs)")
    for what in ("wall", "cpu"):
        ratios = [ra[what] / rb[what] for ra, rb in zip(runs["A"], runs["B"], strict=True)]
        print(f"A/B {what}: median {statistics.median(ratios):.3f} (pairs: {', '.join(f'{r:.2f}' for r in ratios)})")


if __name__ == "__main__":
    main()
