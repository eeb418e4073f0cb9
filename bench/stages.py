"""CPU time of each per-document stage run alone, on the documents it meets in a real run.

    python bench/stages.py capture CORPUS CAPTURE.pkl       # each stage's input documents
    python bench/stages.py time CAPTURE.pkl [--stages repeats,segment] [--repeats 3]
    python bench/stages.py time CAPTURE.pkl --vs OLD_TREE --pairs 5

`capture` runs the per-document chain over CORPUS (a directory or file, as `cleaner clean` takes
it) and keeps, for every stage, the documents as they reach it (pickled). `time` unpickles them
(not timed) and times each stage's `run` over all of them, in process CPU seconds, with a digest
of what the stage made (texts, logged changes, notes, metadata), so two versions can be checked to
decide the same. With `--vs OLD_TREE` (a checkout or exported tree of another version whose
`Document` pickles the same way) it alternates the two in fresh processes, OLD first, and prints
the medians, the median of the per-pair ratios (new / old) and whether every digest agreed: on a
shared, noisy machine only such alternated ratios mean anything.

numpy is imported before timing, as in any run with near-duplicates on (that stage loads it).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def capture(corpus: str, out: str) -> None:
    from cleaner.config import Config
    from cleaner.io.read import Skipped, iter_items
    from cleaner.pipeline import build_stages, make_document, run_stage

    stages = build_stages(Config())
    per: dict[str, list[bytes]] = {s.name: [] for s in stages}
    for item in iter_items([corpus]):
        if isinstance(item, Skipped):
            continue
        docs = [make_document(item)]
        for stage in stages:
            per[stage.name].append(pickle.dumps(docs, protocol=5))
            docs = [d for doc in docs for d in run_stage(stage, doc)]
    with open(out, "wb") as f:
        pickle.dump(per, f, protocol=5)
    print(f"{out}: " + ", ".join(f"{k} {len(v)}" for k, v in per.items()))


def _digest(outs: list[Any]) -> str:
    h = hashlib.sha1()
    for docs in outs:
        for d in docs:
            h.update(d.text.encode("utf-8", "surrogatepass"))
            h.update(repr([(c.stage, c.rule, c.start, c.end, c.replacement, c.note) for c in d.changes]).encode())
            h.update(repr((d.notes, d.dropped, d.title, d.published, d.authors, d.institution)).encode())
            h.update(repr(sorted((k, repr(v)) for k, v in d.metadata.items())).encode())
    return h.hexdigest()[:12]


def time_stages(path: str, only: list[str] | None, repeats: int) -> dict[str, tuple[float, str]]:
    import numpy  # noqa: F401  (loaded in every real run; its import is not a stage's cost)

    from cleaner.config import Config
    from cleaner.pipeline import build_stages, run_stage

    with open(path, "rb") as f:
        per: dict[str, list[bytes]] = pickle.load(f)
    stages = {s.name: s for s in build_stages(Config())}
    result: dict[str, tuple[float, str]] = {}
    for name, blobs in per.items():
        if only and name not in only:
            continue
        stage = stages[name]
        times, digest = [], ""
        for _ in range(repeats):
            inputs = [pickle.loads(b) for b in blobs]
            t0 = time.process_time()
            outs = [run_stage(stage, d) for docs in inputs for d in docs]
            times.append(time.process_time() - t0)
            digest = _digest(outs)
        result[name] = (statistics.median(times), digest)
    return result


def _run_tree(tree: str, args: list[str]) -> dict[str, tuple[float, str]]:
    env = {**os.environ, "PYTHONPATH": tree}
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "time", *args, "--raw"],
        env=env, check=True, capture_output=True, text=True, cwd=tree,
    ).stdout
    rows = [line.split() for line in out.splitlines() if line.strip()]
    return {r[0]: (float(r[1]), r[2]) for r in rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("capture", help="keep each stage's input documents")
    c.add_argument("corpus")
    c.add_argument("out")
    t = sub.add_parser("time", help="time each stage alone on captured documents")
    t.add_argument("capture")
    t.add_argument("--stages", help="comma-separated stage names (default: all)")
    t.add_argument("--repeats", type=int, default=1, help="passes per stage in one process (median)")
    t.add_argument("--vs", metavar="OLD_TREE", help="alternate with another version's tree")
    t.add_argument("--pairs", type=int, default=5, help="alternated pairs with --vs")
    t.add_argument("--raw", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.cmd == "capture":
        capture(a.corpus, a.out)
        return
    only = a.stages.split(",") if a.stages else None
    if a.vs is None:
        for name, (secs, digest) in time_stages(a.capture, only, a.repeats).items():
            print(f"{name} {secs:.3f} {digest}" if a.raw else f"{name:12s} {secs:7.3f} s CPU  outputs {digest}")
        return
    args = [str(Path(a.capture).resolve()), "--repeats", str(a.repeats)] + (["--stages", a.stages] if a.stages else [])
    old: list[dict[str, tuple[float, str]]] = []
    new: list[dict[str, tuple[float, str]]] = []
    for _ in range(a.pairs):
        old.append(_run_tree(str(Path(a.vs).resolve()), args))
        new.append(_run_tree(str(ROOT), args))
    print(f"{'stage':12s} {'old s':>7s} {'new s':>7s}  new/old (median of {a.pairs} pairs, min-max)  same outputs")
    for name in new[0]:
        o = [r[name][0] for r in old]
        n = [r[name][0] for r in new]
        ratios = [y / x for x, y in zip(o, n, strict=True) if x > 0]
        same = all(r[name][1] == s[name][1] for r, s in zip(old, new, strict=True))
        spread = f"{min(ratios):.2f}-{max(ratios):.2f}" if ratios else "-"
        ratio = f"{statistics.median(ratios):.2f}" if ratios else "-"
        print(f"{name:12s} {statistics.median(o):7.3f} {statistics.median(n):7.3f}  {ratio} ({spread})  {same}")


if __name__ == "__main__":
    main()
