"""The library API: `cleaner.Cleaner.clean_text` (stages built once) against `cleaner.clean_text`
(stages built on every call), per document, on the samples' articles.

    python bench/api.py                  # every article under samples/*/input, 3 rounds
    python bench/api.py --rounds 5 samples/seed_00*/input

Prints the mean time per document of each, their ratio, and whether the records of
`Cleaner.clean_text` equal those of `cleaner clean` on the same input file alone (the same chain,
corpus passes included; `metadata.encoding` is left out of the comparison because clean_text is
handed decoded text, not bytes).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cleaner  # noqa: E402
from cleaner.api import public_record  # noqa: E402
from cleaner.io.read import RawItem, iter_items  # noqa: E402


def _without_encoding(rec: dict) -> dict:
    return {**rec, "metadata": {k: v for k, v in rec["metadata"].items() if k != "encoding"}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="*", default=[str(p) for p in sorted((ROOT / "samples").glob("*/input"))])
    ap.add_argument("--rounds", type=int, default=3, help="timed passes over the articles (the best is kept)")
    args = ap.parse_args()

    files = sorted({it.file or it.source for it in iter_items(args.inputs) if isinstance(it, RawItem)})
    items = [it for it in iter_items(args.inputs) if isinstance(it, RawItem)]
    print(f"{len(items)} articles from {len(files)} files")

    held = cleaner.Cleaner()
    t0 = time.perf_counter()
    held.clean_text("预热")
    print(f"Cleaner() first use (builds the stages once): {1000 * (time.perf_counter() - t0):.0f} ms")

    def per_doc(fn) -> list[float]:
        """The best time of each document over the rounds (the least disturbed by other load)."""
        best = [float("inf")] * len(items)
        for _ in range(args.rounds):
            for i, it in enumerate(items):
                t = time.perf_counter()
                fn(it)
                best[i] = min(best[i], time.perf_counter() - t)
        return best

    old = per_doc(lambda it: cleaner.clean_text(it.text or "", doc_id=it.id))
    new = per_doc(lambda it: held.clean_text(it.text or "", id=it.id, source=it.source, metadata=it.metadata))
    mean_old, mean_new = statistics.mean(old), statistics.mean(new)
    print(f"cleaner.clean_text  (builds stages per call): {1000 * mean_old:8.2f} ms per document (mean)")
    print(f"Cleaner.clean_text  (stages built once):      {1000 * mean_new:8.2f} ms per document (mean)")
    print(f"ratio of the means: {mean_old / mean_new:.1f}x faster; "
          f"median per-document ratio: {statistics.median(o / n for o, n in zip(old, new, strict=True)):.1f}x")

    same = differ = 0
    for f in files:
        want = [_without_encoding(public_record(d)) for d in cleaner.clean([f]).documents]
        got = [
            _without_encoding(r)
            for it in items
            if (it.file or it.source) == f
            for r in held.clean_text(it.text or "", id=it.id, source=it.source, metadata=it.metadata)
        ]
        if got == want:
            same += 1
        else:
            differ += 1
            print(f"  differs from `cleaner clean`: {f}")
    print(f"same records as `cleaner clean` on {same} of {same + differ} input files")
    print(f"median article: {statistics.median(len(it.text or '') for it in items)} characters")
    return 0 if differ == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
