"""Speed and quality of the repeats stage and the templates corpus pass on a generated corpus.

    python bench/repeats.py [--docs 5000] [--long 20000]

Articles are built from the sample inputs' sentences (no two paragraphs of one article share
a sentence), then damaged the way scrapes are: a third pasted twice, a third with one
paragraph repeated with a stray letter glued on or its punctuation changed, a fifth with a
one-line summary repeating the body's first sentence; a tenth end with one of five site
footers, and pairs of articles share a long quotation. The truth is known, so the script
prints how many articles come out exactly as written, the footers found as templates, and
the throughput of each stage alone; `--long` times one article of that many paragraphs.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

import numpy  # noqa: F401  (loaded in every run with near-duplicates on: the repeat search then uses it)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.config import Config  # noqa: E402
from cleaner.filters.repeats import Repeats  # noqa: E402
from cleaner.filters.templates import CorpusTemplates  # noqa: E402
from cleaner.model import Document, replay  # noqa: E402

SEED = 20240601


def sentences() -> list[str]:
    pool: set[str] = set()
    for p in sorted((ROOT / "samples").glob("*/input/*.txt")):
        text = p.read_text(encoding="utf-8", errors="replace")
        for s in re.findall(r"[^。\n]{15,120}。", text):
            if "\ufffd" not in s and not s.startswith(("#", "|")):
                pool.add(s.strip())
    return sorted(pool)


def damage(rng: random.Random, paras: list[str]) -> list[str]:
    """The article as scraped: pasted twice, a near repeat, or a summary line on top."""
    roll = rng.random()
    if roll < 1 / 3:
        return paras + paras
    if roll < 2 / 3:
        k = rng.randrange(len(paras))
        variant = paras[k] + "G" if rng.random() < 0.5 else paras[k].replace(",", "，").replace("。", "；")
        return [*paras, variant]
    if roll < 2 / 3 + 0.2:
        first = paras[0].split("。")[0] + "。"
        return [first, *paras]
    return list(paras)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--long", type=int, default=20000, help="paragraphs of the one long article")
    args = ap.parse_args()
    rng = random.Random(SEED)
    pool = sentences()
    footers = [f"{rng.choice(pool)}{rng.choice(pool)}" for _ in range(5)]
    quotes = [f"“{rng.choice(pool)}{rng.choice(pool)}”" for _ in range(args.docs // 50)]
    truth: list[list[str]] = []
    docs: list[Document] = []
    for k in range(args.docs):
        # Three sentences a paragraph: a lone sentence would recur across articles by chance.
        picked = rng.sample(pool, 3 * rng.randint(3, 6))
        paras = ["".join(picked[i : i + 3]) for i in range(0, len(picked), 3)]
        if k % 50 in (1, 2):
            paras.insert(1, quotes[(k // 50) % len(quotes)])
        raw = damage(rng, paras)
        if k % 10 == 0:
            paras.append(footers[(k // 10) % 5])
            raw.append(paras[-1])
        truth.append(paras)
        docs.append(Document(id=f"doc{k:05d}", source="bench", original="\n".join(raw)))
    chars = sum(len(d.original) for d in docs)

    # Generated articles mix sentences about many institutions, which the roundup finder may
    # read as sections; quality is measured on whole articles, speed with the real finder too.
    stage = Repeats(Config())
    stage.section_spans = lambda text: None
    finder = Repeats(Config()).section_spans
    t = time.perf_counter()
    for d in docs:
        finder(d.original)
    spans_dt = time.perf_counter() - t
    t = time.perf_counter()
    out = [r for d in docs for r in stage.run(d)]
    dt = time.perf_counter() - t
    exact = sum(d.text.split("\n") == paras for d, paras in zip(out, truth, strict=True))
    assert all(replay(d.original, d.changes) == d.text for d in out)
    print(
        f"repeats: {len(docs)} articles, {chars / 1e6:.1f} M chars in {dt:.2f} s: {len(docs) / dt:,.0f} docs/s, {chars / dt / 1e6:.2f} M chars/s"
    )
    print(f"repeats: the roundup finder it calls on every article adds {spans_dt:.2f} s")
    print(
        f"repeats: {exact} of {len(docs)} articles come out exactly as written ({100 * exact / len(docs):.1f} %)"
    )

    corpus = CorpusTemplates(Config())
    t = time.perf_counter()
    for d in out:
        corpus.observe(d)
    corpus.prepare()
    final = [r for d in out for r in corpus.run(d)]
    found = {t["text"]: t["docs"] for t in corpus.summary()["templates"]}
    corpus.close()
    dt = time.perf_counter() - t
    # The truth, counted on the articles as written: planted footers and quotations, plus any
    # paragraph two articles happen to share (three random sentences in the same order).
    holders: dict[str, set[int]] = {}
    for k, paras in enumerate(truth):
        for p in paras:
            holders.setdefault(p, set()).add(k)
    expected = {p: len(h) for p, h in holders.items() if len(h) >= 3}
    should_mark = {f"doc{k:05d}" for p, h in holders.items() if len(h) == 2 and len(p) >= 40 for k in h}
    marked = {d.id for d in final if "shared_paragraphs" in d.metadata}
    print(
        f"templates: {len(final)} records in {dt:.2f} s: {len(final) / dt:,.0f} docs/s, {chars / dt / 1e6:.2f} M chars/s"
    )
    print(
        f"templates: {len(found)} templates found, {len(expected)} expected; same paragraphs and counts: {found == expected}"
    )
    print(
        f"templates: {len(marked)} records marked as sharing a paragraph, {len(should_mark)} expected "
        f"({2 * (args.docs // 50)} planted quotations); same records: {marked == should_mark}"
    )

    if args.long:
        # Characters drawn with the pool's frequencies (the pool has too few sentences for this
        # many paragraphs that share none), punctuation and all.
        alphabet = "".join(pool)
        paras = list(
            dict.fromkeys(
                "".join(rng.choices(alphabet, k=rng.randint(40, 200))) + "。" for _ in range(args.long)
            )
        )
        lines = (
            paras
            + [p + "G" for p in rng.sample(paras, len(paras) // 10)]
            + rng.sample(paras, len(paras) // 10)
        )
        doc = Document(id="long", source="bench", original="\n".join(lines))
        t = time.perf_counter()
        (doc,) = stage.run(doc)
        dt = time.perf_counter() - t
        ok = doc.text.split("\n") == paras
        print(
            f"repeats, one long article: {len(lines):,} paragraphs, {len(doc.original) / 1e6:.1f} M chars in {dt:.2f} s; exact result: {ok}"
        )


if __name__ == "__main__":
    main()
