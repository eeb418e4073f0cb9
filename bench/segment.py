"""How fast the segment stage recognises and splits roundups.

    python bench/segment.py [--copies 200]

Runs normalize then segment over the sample inputs, each repeated `--copies` times with a
different id, and prints documents and characters per second for the stage alone (normalize is
timed apart), split into roundups and other articles, plus `section_spans` alone (the repeats
stage calls it on every document).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.config import Config  # noqa: E402
from cleaner.filters.normalize import Normalize  # noqa: E402
from cleaner.model import Document  # noqa: E402
from cleaner.segment import Segment, section_spans  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=200)
    args = ap.parse_args()
    inputs = sorted(p for p in (ROOT / "samples").glob("*/input/*.txt"))
    texts = [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in inputs]
    normalize, segment = Normalize(Config()), Segment(Config())
    docs: list[Document] = []
    for k in range(args.copies):
        for name, text in texts:
            d = Document(id=f"{k}/{name}", source=name, original=text)
            docs.extend(normalize.run(d))
    groups: dict[str, list[Document]] = {"roundup": [], "other": []}
    for d in docs:
        groups["roundup" if section_spans(d.text) else "other"].append(d)
    for kind, group in groups.items():
        chars = sum(len(d.text) for d in group)
        t0 = time.perf_counter()
        records = sum(len(segment.run(d)) for d in group)
        dt = time.perf_counter() - t0
        print(f"segment, {kind:8s}: {len(group):6d} docs -> {records:6d} records, {chars / 1e6:.2f} M chars "
              f"in {dt:.2f} s: {len(group) / dt:,.0f} docs/s, {chars / dt / 1e6:.2f} M chars/s")
    t0 = time.perf_counter()
    for d in docs:
        section_spans(d.text)
    dt = time.perf_counter() - t0
    chars = sum(len(d.text) for d in docs)
    print(f"section_spans alone: {len(docs)} docs, {chars / dt / 1e6:.2f} M chars/s")


if __name__ == "__main__":
    main()
