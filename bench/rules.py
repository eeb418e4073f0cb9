"""How fast the rule engine matches: the shipped pack and 1,000 generated rules, against a naive loop.

    python bench/rules.py [--mb 4] [--repeats 5] [--rules 1000] [--seed 20240601] [--pages DIR]

Builds a corpus from the seeds' body paragraphs with boilerplate lines mixed in (the rule
pack's own examples and the seeds' real boilerplate: captions, credits, counters, navigation,
a related-articles block), with a fixed random seed. Then times, on the same corpus:

- the engine (`RuleSet.apply`, one pass of the rules with edits included) with the shipped pack,
  and with `--rules` generated line rules;
- the whole boilerplate stage as the chain runs it: the rules and the fitted block model, in
  rounds until nothing changes;
- a naive loop that calls `re.search` for every pattern of every rule on every line (matching
  only, no edits: the cheapest thing a hand-written cleaner could do).

The generated corpus is dense with boilerplate (every document has some, and every line of it
is a line the pack is written for), so it is the hard case for the prefilter. `--pages DIR` (or
the environment variable CLEANER_PAGES) also times the engine on real article texts: every
`*.txt` under DIR, normalized as the chain does first. Without it that line says it was skipped.

Figures are MB of UTF-8 input per second of CPU time of this one process (so "per core"),
medians of `--repeats` runs. Each run starts with an empty memo (`MatchMemo`: what the rule set
remembers of the lines it matched, across documents), as a run of `cleaner clean` does; since the
generated documents repeat their lines far more than real pages do, the engine is also timed
with no memo (every line matched afresh), on the generated corpus and on `--pages`.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.config import Config  # noqa: E402
from cleaner.filters.boilerplate import Boilerplate  # noqa: E402
from cleaner.filters.normalize import Normalize  # noqa: E402
from cleaner.model import Document  # noqa: E402
from cleaner.rules import MatchMemo, Rule, RuleSet, fold_pattern, load_rule_list, parse_rule  # noqa: E402

# A few thousand common Han characters are enough to make distinct, realistic literals.
HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]


def seed_material() -> tuple[list[str], list[str]]:
    """Body paragraphs and boilerplate lines, from the seeds and the pack's examples."""
    body: list[str] = []
    boiler: list[str] = ["(0)", "|", "··", "马太超 图片由各医院提供", "医院门诊综合楼", "(责任编辑:林海南)"]
    norm = Normalize(Config())
    for p in sorted((ROOT / "samples").glob("seed_*/input/*")):
        doc = Document(id=p.name, source=p.name, original=p.read_text(encoding="utf-8"))
        norm.run(doc)
        text = doc.text.split("相关推荐")[0]
        for ln in text.split("\n"):
            ln = ln.strip()
            if "。" in ln and len(ln) > 30 and not ln.startswith(("版权声明", "上一篇", "下一篇")):
                body.append(ln)
    for r in load_rule_list(Config()):
        boiler.extend(ex.text for ex in r.remove if "\n" not in ex.text and r.kind != "caption")
    return sorted(set(body)), sorted(set(boiler))


def make_corpus(mb: float, seed: int) -> list[str]:
    rng = random.Random(seed)
    body, boiler = seed_material()
    related = "相关推荐\n" + "\n".join(f"第{i}条推荐:医院新闻标题{i}" for i in range(6))
    docs: list[str] = []
    size = 0
    while size < mb * 1e6:
        paras = rng.sample(body, rng.randint(4, 14))
        for _ in range(rng.randint(1, 5)):
            paras.insert(rng.randint(0, len(paras)), rng.choice(boiler))
        if rng.random() < 0.3:
            paras.append(related)
        text = rng.choice(["\n", "\n\n"]).join(paras)
        docs.append(text)
        size += len(text.encode("utf-8"))
    return docs


def real_pages(folder: Path) -> list[str]:
    """The texts of the real pages under `folder`, normalized as the chain does before the rules."""
    norm = Normalize(Config())
    out = []
    for p in sorted(folder.rglob("*.txt")):
        doc = Document(id=p.name, source=p.name, original=p.read_text(encoding="utf-8", errors="replace"))
        norm.run(doc)
        out.append(doc.text)
    return out


def generated_rules(n: int, seed: int) -> list[Rule]:
    """`n` line rules in the shape users write: a label of 2-4 Han characters, then a colon."""
    rng = random.Random(seed)
    rules = []
    for i in range(n):
        words = ["".join(rng.choice(HAN) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(1, 3))]
        raw = {
            "id": f"generated_{i:04d}",
            "kind": "line",
            "description": "A generated rule.",
            "patterns": [rf"^\s*(?:{'|'.join(words)})\s*[:]\s*\S"],
            "examples": {"remove": [f"{words[0]}:x"], "keep": ["正文。"]},
        }
        rules.append(parse_rule("generated", raw, i + 1))
    return rules


def cpu(fn: Callable[[], None], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def engine_run(rs: RuleSet, docs: list[str], timeout: float) -> Callable[[], None]:
    def go() -> None:
        # Each run starts with nothing remembered, as a run of `cleaner clean` does: what the
        # rule set remembers across documents helps only where lines recur within the corpus.
        if rs.shared_memo is not None:
            rs.shared_memo = MatchMemo(rs.shared_memo.limit)
        for text in docs:
            rs.apply(Document(id="b", source="b", original=text), timeout)

    return go


def naive_run(rules: list[Rule], docs: list[str]) -> Callable[[], None]:
    compiled = []
    for r in rules:
        for p in r.patterns:
            try:
                compiled.append(re.compile(fold_pattern(p), re.MULTILINE))
            except re.error:
                continue  # a `regex`-only construct (variable-width lookbehind): not in the naive loop

    def go() -> None:
        for text in docs:
            for line in text.split("\n"):
                for pat in compiled:
                    pat.search(line)

    return go


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4.0, help="corpus size in MB of UTF-8")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--rules", type=int, default=1000, help="how many rules to generate")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--pages", default=os.environ.get("CLEANER_PAGES"), help="a folder of real article texts (*.txt)")
    args = ap.parse_args()
    docs = make_corpus(args.mb, args.seed)
    mb = sum(len(t.encode("utf-8")) for t in docs) / 1e6
    lines = sum(t.count("\n") + 1 for t in docs)
    print(f"corpus: {len(docs)} documents, {lines} lines, {mb:.2f} MB (seed {args.seed}); medians of {args.repeats} runs, CPU time")
    cfg = Config()
    shipped = load_rule_list(cfg)
    generated = generated_rules(args.rules, args.seed)
    # The naive loop matches only what the stdlib `re` can compile, like a hand-written loop would.
    for label, rules in ((f"shipped pack ({len(shipped)} rules)", shipped), (f"{len(generated)} generated rules", generated)):
        engine = cpu(engine_run(RuleSet(rules), docs, cfg.rule_timeout), args.repeats)
        naive = cpu(naive_run(rules, docs), args.repeats)
        print(
            f"{label:28s} engine {mb / engine:7.1f} MB/s per core   naive re.search loop {mb / naive:6.2f} MB/s   "
            f"engine/naive {naive / engine:6.1f}x"
        )
    # The generated documents draw their lines from a few hundred distinct ones, far more
    # repetition than real pages have: this line shows the engine with every line matched afresh.
    afresh = cpu(engine_run(RuleSet(shipped, shared_memo=False), docs, cfg.rule_timeout), args.repeats)
    print(f"{'shipped pack, no memo':28s} engine {mb / afresh:7.1f} MB/s per core   (no line remembered across documents)")
    stage = Boilerplate(cfg)

    def stage_run() -> None:
        if stage.rules.shared_memo is not None:
            stage.rules.shared_memo = MatchMemo(stage.rules.shared_memo.limit)
        for t in docs:
            stage.run(Document(id="b", source="b", original=t))

    whole = cpu(stage_run, args.repeats)
    print(f"{'boilerplate stage (+model)':28s} stage  {mb / whole:7.1f} MB/s per core")
    if args.pages and Path(args.pages).is_dir():
        pages = real_pages(Path(args.pages))
        pmb = sum(len(t.encode("utf-8")) for t in pages) / 1e6
        engine = cpu(engine_run(RuleSet(shipped), pages, cfg.rule_timeout), args.repeats)
        afresh = cpu(engine_run(RuleSet(shipped, shared_memo=False), pages, cfg.rule_timeout), args.repeats)
        naive = cpu(naive_run(shipped, pages), args.repeats)
        print(
            f"{'real pages (' + str(len(pages)) + ', ' + format(pmb, '.2f') + ' MB)':28s} engine {pmb / engine:7.1f} MB/s per core   "
            f"naive re.search loop {pmb / naive:6.2f} MB/s   engine/naive {naive / engine:6.1f}x   "
            f"no memo {pmb / afresh:6.1f} MB/s"
        )
    else:
        print("real pages: skipped (give --pages DIR or set CLEANER_PAGES to a folder of *.txt article texts)")
    print("targets: >= 20 MB/s per core with the shipped pack; >= 10x the naive loop with 1,000 rules")


if __name__ == "__main__":
    main()
