"""Near-duplicate benchmark: quality against exact ground truth, speed against datasketch, one core.

    python bench/neardup.py                      # 100,000 records, baselines on subsamples
    python bench/neardup.py --records 20000 --baseline-a 1000 --baseline-b 0   # (b) on every record

The corpus is generated with a fixed seed from the seeds' paragraphs and from text made of
seed-text fragments (so that unrelated articles share almost no 5-gram):

* families: a base article and 1-3 near copies made by inserting or deleting sentences,
  reordering paragraphs, wrapping the same body in another site's boilerplate, switching
  punctuation widths, converting to traditional script (OpenCC s2t), or rewriting 1-4
  sentences (which spreads true Jaccard across the threshold);
* hard negatives: different bodies in one long template, articles sharing one or two
  sentences, roundup-like records of different hospitals written on one template.

Ground truth is exact: the true Jaccard of every pair inside a family or hard-negative group
is computed on Python sets of shingle strings of the comparison keys (not on our hashes), and
a pair is a true duplicate iff that Jaccard >= the threshold. Pairs across groups share no
designed content; a random sample of them is checked and its largest Jaccard printed, and any
such pair a method predicts is measured exactly too.

Speed: the same keys, shingles (character 5-grams), num_perm and seed for all: ours
(`cleaner.dedup.stage.Batch`: vectorised signatures, banding, verified candidates, clusters)
against (a) `datasketch.MinHash.update` per shingle plus `MinHashLSH`, (b) `datasketch.MinHash.bulk`
with the same hash function (FNV-1a written in Python) plus `MinHashLSH`, (c) `MinHash.bulk` with
the fastest hash datasketch users pass, `xxhash.xxh32_intdigest` over the UTF-8 shingles, and
(d) rensa (Rust MinHash, `pip install rensa`), with its LSH at the band count nearest ours that
divides num_perm. (a)-(c) use the affine32 scheme and our (bands, rows). Ours is also timed with
its key folding, which the baselines are given for free; the F1 of every method is printed on
the records it ran on.
The baselines build Python shingle lists (as a datasketch user must), insert every signature,
query each one, and cluster candidates whose estimated Jaccard passes the threshold. When a
baseline runs on a subsample, its per-record time is extrapolated, and the output says so.
Ours (key folding included, its tables and OpenCC loaded anew each time), (c) and (d) run
`--repeats` times (3 by default) and are compared by their medians, each run printed beside them;
the slow reference baselines (a) and (b) run once.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import opencc  # noqa: E402
from datasketch import MinHash, MinHashLSH  # noqa: E402

from cleaner.config import Config  # noqa: E402
from cleaner.dedup import keys as keys_mod  # noqa: E402
from cleaner.dedup.index import SqliteIndex, index_params, sqlite_stats  # noqa: E402
from cleaner.dedup.keys import dedup_keys, is_short  # noqa: E402
from cleaner.dedup.lsh import lsh_params  # noqa: E402
from cleaner.dedup.minhash import SEED, Signer, shingle_hash32, shingles  # noqa: E402
from cleaner.dedup.stage import Batch  # noqa: E402

HOSPITALS = [
    "市第一人民医院", "市中医院", "市妇幼保健院", "县人民医院", "区中心医院", "市第二人民医院", "市口腔医院",
    "市精神卫生中心", "县中医院", "市儿童医院", "市肿瘤医院", "市传染病医院", "镇卫生院", "社区卫生服务中心",
]
SITES = [
    ("首页 > 新闻中心 > 医院动态", "版权所有：市卫生健康委员会 地址：市府路1号 电话：0000-1234567 技术支持：信息中心"),
    ("当前位置：首页 > 工作动态 > 基层卫生", "主办单位：县人民政府办公室 承办：县卫健局 网站标识码：0000000001 备案号：某ICP备0001号"),
    ("您现在的位置：网站首页 > 卫生要闻", "本站转载文章的版权属原作者，转载请注明来源。联系我们 网站地图 隐私声明"),
    ("健康资讯 | 医院新闻 | 党建工作", "扫一扫关注官方微信公众号 获取更多健康资讯 上一篇 下一篇 返回顶部"),
]
PUNCT_HALF = str.maketrans({"，": ",", "。": ".", "：": ":", "（": "(", "）": ")", "；": ";", "！": "!", "？": "?"})


@dataclass
class Corpus:
    texts: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    groups: list[list[int]] = field(default_factory=list)  # families and hard-negative groups
    group_kind: list[str] = field(default_factory=list)  # "family" or the hard-negative kind


class Generator:
    """Seed-like Chinese text: sentences of 2-4 character fragments cut from the seeds."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.nprng = np.random.default_rng(seed)
        raw = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("samples/seed_*/input/*"))]
        self.seed_paras = [ln.strip() for t in raw for ln in t.splitlines() if len(ln.strip()) >= 40]
        self.cjk = "".join(c for t in raw for c in t if "\u4e00" <= c <= "\u9fff")
        self.s2t = opencc.OpenCC("s2t")

    def sentence(self) -> str:
        n = int(self.nprng.integers(5, 14))
        starts = self.nprng.integers(0, len(self.cjk) - 4, n)
        lens = self.nprng.integers(2, 5, n)
        parts = [self.cjk[s : s + k] for s, k in zip(starts.tolist(), lens.tolist(), strict=True)]
        cut = self.rng.randrange(1, n)
        return "".join(parts[:cut]) + "，" + "".join(parts[cut:]) + "。"

    def paragraph(self) -> list[str]:
        return [self.sentence() for _ in range(self.rng.randint(2, 5))]

    def article(self, seed_para: bool = True) -> list[list[str]]:
        paras = [self.paragraph() for _ in range(self.rng.randint(3, 7))]
        if seed_para and self.rng.random() < 0.15:
            paras[self.rng.randrange(len(paras))] = [self.rng.choice(self.seed_paras)]
        return paras

    # -- near copies ------------------------------------------------------------------
    def variant(self, base: list[list[str]], wrapped: int | None) -> tuple[str, str]:
        rng = self.rng
        paras = [list(p) for p in base]
        kind = rng.choice(["insert", "delete", "reorder", "boilerplate", "punct", "trad", "rewrite", "rewrite"])
        site = wrapped
        if kind == "insert":
            if rng.random() < 0.5:
                paras.insert(rng.randrange(len(paras) + 1), [self.sentence()])
            else:
                p = rng.choice(paras)
                p.insert(rng.randrange(len(p) + 1), self.sentence())
        elif kind == "delete":
            p = rng.choice([p for p in paras if len(p) > 1] or paras)
            if len(p) > 1:
                del p[rng.randrange(len(p))]
            else:
                paras.remove(p)
        elif kind == "reorder":
            rng.shuffle(paras)
        elif kind == "boilerplate":
            site = rng.choice([s for s in range(len(SITES)) if s != wrapped])
        elif kind == "rewrite":
            for _ in range(rng.randint(1, 4)):
                p = rng.choice(paras)
                p[rng.randrange(len(p))] = self.sentence()
        text = render(paras, site)
        if kind == "punct":
            text = text.translate(PUNCT_HALF).replace("\n", "\n ")
        elif kind == "trad":
            text = self.s2t.convert(text)
        return text, kind

    # -- hard negatives ---------------------------------------------------------------
    def template_group(self) -> list[str]:
        """One long notice split around short different bodies: true Jaccard about 0.4-0.7."""
        notice = "".join(self.sentence() for _ in range(8))
        half = len(notice) // 2
        return [
            notice[:half] + "\n" + "".join(self.sentence() for _ in range(self.rng.randint(2, 5))) + "\n" + notice[half:]
            for _ in range(self.rng.randint(3, 4))
        ]

    def shared_sentence_group(self) -> list[str]:
        shared = [self.sentence() for _ in range(self.rng.randint(1, 2))]
        out = []
        for _ in range(self.rng.randint(2, 3)):
            paras = self.article(seed_para=False)
            paras[0] = shared + paras[0]
            out.append(render(paras, None))
        return out

    def roundup_group(self) -> list[str]:
        """Records of different hospitals written on one template: true Jaccard about 0.5-0.75."""
        rng = self.rng
        act = rng.choice(["开展“健康义诊进社区”活动", "举办急救技能培训", "组织专家下乡巡回医疗", "召开医疗质量安全工作会议"])
        date = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        shared = [self.sentence() for _ in range(3)]
        out = []
        for h in rng.sample(HOSPITALS, rng.randint(3, 5)):
            n, m = rng.randint(100, 999), rng.randint(100, 999)
            out.append(
                f"{date}，{h}{act}。{shared[0]}{h}高度重视，精心组织，安排业务骨干参与。{shared[1]}本次活动共服务群众{n}人次，"
                f"发放宣传资料{m}份，受到群众好评。{shared[2]}" + self.sentence()
            )
        return out


def render(paras: list[list[str]], site: int | None) -> str:
    body = "\n".join("".join(p) for p in paras)
    if site is None:
        return body
    head, foot = SITES[site]
    return f"{head}\n{body}\n{foot}"


def make_corpus(n: int, seed: int) -> Corpus:
    gen = Generator(seed)
    c = Corpus()
    rng = gen.rng

    def add_group(texts: list[str], kinds: list[str], group_kind: str) -> None:
        start = len(c.texts)
        c.texts += texts
        c.kinds += kinds
        if len(texts) > 1:
            c.groups.append(list(range(start, start + len(texts))))
            c.group_kind.append(group_kind)

    while len(c.texts) < n:
        r = rng.random()
        if r < 0.03:
            g = gen.template_group()
            add_group(g, ["template"] * len(g), "template")
        elif r < 0.06:
            g = gen.shared_sentence_group()
            add_group(g, ["shared_sentences"] * len(g), "shared_sentences")
        elif r < 0.09:
            g = gen.roundup_group()
            add_group(g, ["roundup"] * len(g), "roundup")
        else:
            base = gen.article()
            site = rng.randrange(len(SITES)) if rng.random() < 0.5 else None
            texts, kinds = [render(base, site)], ["base"]
            if rng.random() < 0.4:
                for _ in range(rng.choice([1, 1, 2, 3])):
                    t, k = gen.variant(base, site)
                    texts.append(t)
                    kinds.append(k)
            add_group(texts, kinds, "family")
    del c.texts[n:], c.kinds[n:]
    c.groups = [[i for i in g if i < n] for g in c.groups]
    keep = [k for k, g in enumerate(c.groups) if len(g) > 1]
    c.groups = [c.groups[k] for k in keep]
    c.group_kind = [c.group_kind[k] for k in keep]
    return c


# -- ground truth ------------------------------------------------------------------------
def true_jaccard(a: str, b: str, n: int) -> float:
    """Exact Jaccard of Python sets of shingle strings (or of exact keys for short records)."""
    if is_short(a) or is_short(b):
        return 1.0 if a == b else 0.0
    sa, sb = set(shingles(a, n)), set(shingles(b, n))
    return len(sa & sb) / len(sa | sb) if sa or sb else 1.0


def pairs_of(labels: list[int | None]) -> set[tuple[int, int]]:
    """Every pair of records with the same non-None label."""
    by: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        if lab is not None:
            by.setdefault(lab, []).append(i)
    return {(a, b) for m in by.values() for k, a in enumerate(m) for b in m[k + 1 :]}


def prf(pred: set[tuple[int, int]], truth: set[tuple[int, int]]) -> tuple[float, float, float]:
    tp = len(pred & truth)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(truth) if truth else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# -- the three methods -------------------------------------------------------------------
def run_ours(keys: list[str], cfg: Config) -> tuple[Batch, float, float]:
    t0 = time.process_time()
    batch = Batch(cfg)
    batch.add_many(keys, [str(i) for i in range(len(keys))], ["bench"] * len(keys), list(map(len, keys)))
    t1 = time.process_time()
    batch.decide()
    t2 = time.process_time()
    return batch, t1 - t0, t2 - t1


def _union_find(n: int) -> tuple[list[int], Callable[[int], int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    return parent, find


def _labels(n: int, find: Callable[[int], int], signed: list[bool]) -> list[int | None]:
    """A cluster label per record in a cluster of two or more, None for a record alone."""
    roots = [find(i) for i in range(n)]
    sizes: dict[int, int] = {}
    for r in roots:
        sizes[r] = sizes.get(r, 0) + 1
    return [r if sizes[r] > 1 and signed[i] else None for i, r in enumerate(roots)]


def run_datasketch(keys: list[str], cfg: Config, bulk: bool, hashfunc: Callable[[Any], int] = shingle_hash32,
                   ) -> tuple[dict[str, float], list[MinHash], list[int | None]]:
    """Baselines (a) update per shingle, (b) bulk, (c) bulk with xxhash: shingles, signatures, LSH insert +
    query, clusters of candidates whose estimated Jaccard passes the threshold."""
    kw = {"num_perm": cfg.num_perm, "seed": SEED, "hashfunc": hashfunc, "scheme": "affine32"}
    times: dict[str, float] = {}
    # Shingle lists are made per record as they are consumed: all of them at once would hold
    # one Python string per shingle for the whole corpus (gigabytes at 100k records).
    signed = [not is_short(k) for k in keys]
    t = time.process_time()
    if bulk and hashfunc is not shingle_hash32:
        # xxhash hashes bytes: the shingles as UTF-8, as datasketch's own examples encode them.
        mhs = MinHash.bulk(([x.encode("utf-8") for x in shingles(k, cfg.ngram)] if ok else []
                            for k, ok in zip(keys, signed, strict=True)), **kw)
    elif bulk:
        mhs = MinHash.bulk((shingles(k, cfg.ngram) if ok else [] for k, ok in zip(keys, signed, strict=True)), **kw)
    else:
        mhs = []
        for k, ok in zip(keys, signed, strict=True):
            m = MinHash(**kw)
            for x in shingles(k, cfg.ngram) if ok else []:
                m.update(x)
            mhs.append(m)
    times["signatures"] = time.process_time() - t
    t = time.process_time()
    lsh = MinHashLSH(num_perm=cfg.num_perm, params=lsh_params(cfg.threshold, cfg.num_perm))
    with lsh.insertion_session() as session:
        for i, m in enumerate(mhs):
            if signed[i]:
                session.insert(i, m, check_duplication=False)
    parent, find = _union_find(len(keys))
    for i, m in enumerate(mhs):
        if not signed[i]:
            continue
        for j in lsh.query(m):
            if j > i and m.jaccard(mhs[j]) >= cfg.threshold:
                parent[find(j)] = find(i)
    times["lsh_and_clusters"] = time.process_time() - t
    times["total"] = sum(times.values())
    return times, mhs, _labels(len(keys), find, signed)


# rensa's LSH splits the permutations into equal bands: the divisor of num_perm nearest our band count.
def _rensa_bands(num_perm: int, bands: int) -> int:
    return min((b for b in range(1, num_perm + 1) if num_perm % b == 0), key=lambda b: (abs(b - bands), b))


def run_rensa(keys: list[str], cfg: Config) -> tuple[dict[str, float], list[int | None]]:
    """Baseline (d): rensa (Rust) `RMinHash.from_token_sets` over the same shingles, `RMinHashLSH`, the
    same clustering of candidates whose estimated Jaccard passes the threshold."""
    from rensa import RMinHash, RMinHashLSH

    signed = [not is_short(k) for k in keys]
    times: dict[str, float] = {}
    t = time.process_time()
    mhs = RMinHash.from_token_sets((shingles(k, cfg.ngram) if ok else [] for k, ok in zip(keys, signed, strict=True)),
                                   cfg.num_perm, SEED)
    times["signatures"] = time.process_time() - t
    t = time.process_time()
    bands, _ = lsh_params(cfg.threshold, cfg.num_perm)
    lsh = RMinHashLSH(cfg.threshold, cfg.num_perm, _rensa_bands(cfg.num_perm, bands))
    for i, m in enumerate(mhs):
        if signed[i]:
            lsh.insert(i, m)
    parent, find = _union_find(len(keys))
    for i, m in enumerate(mhs):
        if not signed[i]:
            continue
        for j in lsh.query(m):
            if j > i and m.jaccard(mhs[j]) >= cfg.threshold:
                parent[find(j)] = find(i)
    times["lsh_and_clusters"] = time.process_time() - t
    times["total"] = sum(times.values())
    return times, _labels(len(keys), find, signed)


def _rensa_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rensa")
    except PackageNotFoundError:
        return "(not installed)"


def _runs(times: list[float]) -> str:
    """The separate runs behind a median, for the reader to see the spread."""
    return f" [median of {', '.join(f'{t:.2f}' for t in times)}]" if len(times) > 1 else ""


def _median_times(runs: list[dict[str, float]]) -> dict[str, float]:
    """Each phase's median over runs (the total's median is that of the totals, not a sum of medians)."""
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def peak_memory(fn: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=100_000, help="corpus size (default 100,000)")
    ap.add_argument("--seed", type=int, default=5, help="corpus generator seed")
    ap.add_argument("--baseline-a", type=int, default=2_000, help="records for (a) MinHash.update; 0 = all")
    ap.add_argument("--baseline-b", type=int, default=20_000, help="records for (b) MinHash.bulk; 0 = all")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    ap.add_argument("--no-index", action="store_true", help="skip the SQLite index pass")
    ap.add_argument("--repeats", type=int, default=3,
                    help="runs of ours (key folding included) and of baselines (c) and (d); medians are compared "
                         "(default 3)")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, for every method alike
    cfg = Config()
    bands, rows = lsh_params(cfg.threshold, cfg.num_perm)
    print(f"python bench/neardup.py {' '.join(sys.argv[1:])}".rstrip())
    print(f"threshold {cfg.threshold}, num_perm {cfg.num_perm}, ngram {cfg.ngram}, LSH {bands} bands x {rows} rows, "
          f"seed {SEED}, scheme affine32, one core; times are CPU seconds of this process (time.process_time), "
          "so other load on a shared machine does not inflate them")

    t = time.process_time()
    corpus = make_corpus(args.records, args.seed)
    n = len(corpus.texts)
    print(f"\ncorpus: {n:,} records, {sum(map(len, corpus.texts)) / n:.0f} chars mean, generated in {time.process_time() - t:.1f} s")
    kinds: dict[str, int] = {}
    for k in corpus.kinds:
        kinds[k] = kinds.get(k, 0) + 1
    print("  " + ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items())))

    repeats = max(1, args.repeats)
    fold_runs: list[float] = []
    for _ in range(repeats):
        # Every run builds the one-time tables and loads OpenCC again, as a new process would.
        for cached in (keys_mod._fold_table, keys_mod._trigger_table, keys_mod.t2s_triggers, keys_mod._t2s):
            cached.cache_clear()
        t = time.process_time()
        # As the pass folds a batch of documents: one array pass, OpenCC only where it could change a key.
        keys = dedup_keys(corpus.texts, cfg.opencc)
        fold_runs.append(time.process_time() - t)
    t_keys = statistics.median(fold_runs)
    print(f"key folding (NFKC, punctuation, OpenCC t2s; `dedup_keys`, its one-time tables included): {t_keys:.2f} s, "
          f"{n / t_keys:,.0f} records/s (same keys for all methods){_runs(fold_runs)}")

    # -- ours, timed --------------------------------------------------------------------
    ours_runs = [run_ours(keys, cfg) for _ in range(repeats)]
    batch = ours_runs[0][0]
    t_add = statistics.median(r[1] for r in ours_runs)
    t_decide = statistics.median(r[2] for r in ours_runs)
    t_ours = statistics.median(r[1] + r[2] for r in ours_runs)
    labels: list[int | None] = [None] * n
    cid: dict[str, int] = {}
    for i, d in enumerate(batch.decisions):
        if d is not None:
            labels[i] = cid.setdefault(d.cluster_id, len(cid))
    pred = pairs_of(labels)

    # -- ground truth ------------------------------------------------------------------
    t = time.process_time()
    truth_j: dict[tuple[int, int], float] = {}
    group_of: dict[int, int] = {}
    for g, members in enumerate(corpus.groups):
        for i in members:
            group_of[i] = g
        for k, a in enumerate(members):
            for b in members[k + 1 :]:
                truth_j[(a, b)] = true_jaccard(keys[a], keys[b], cfg.ngram)
    outside = [p for p in pred if p not in truth_j]
    for a, b in outside:
        truth_j[(a, b)] = true_jaccard(keys[a], keys[b], cfg.ngram)
    rng = random.Random(1)
    sample_max = 0.0
    for _ in range(20_000):
        a, b = sorted(rng.sample(range(n), 2))
        if group_of.get(a, -1) != group_of.get(b, -2) or a not in group_of:
            sample_max = max(sample_max, true_jaccard(keys[a], keys[b], cfg.ngram))
    truth = {p for p, j in truth_j.items() if j >= cfg.threshold}
    print(f"ground truth: {len(truth_j):,} designed pairs measured exactly in {time.process_time() - t:.1f} s; "
          f"{len(truth):,} true duplicate pairs (Jaccard >= {cfg.threshold}); "
          f"largest Jaccard among 20,000 random cross-group pairs: {sample_max:.3f}; "
          f"predicted pairs outside the designed groups: {len(outside)}")

    # -- quality -------------------------------------------------------------------------
    p, r, f1 = prf(pred, truth)
    edges = {(int(a), int(b)) if a < b else (int(b), int(a)) for a, b in batch.edges}
    pe, re_, fe = prf(edges, truth)
    print("\nquality at threshold", cfg.threshold)
    print(f"  cluster pairs: precision {p:.4f}  recall {r:.4f}  F1 {f1:.4f}  ({len(pred):,} predicted, {len(truth):,} true)")
    print(f"  verified edges: precision {pe:.4f}  recall {re_:.4f}  F1 {fe:.4f}  (edges before transitive closure)")
    named = [(min(i, int(d.dup_of)), max(i, int(d.dup_of))) for i, d in enumerate(batch.decisions)
             if d is not None and not d.kept and d.dup_of is not None]
    for pair in named:
        if pair not in truth_j:
            truth_j[pair] = true_jaccard(keys[pair[0]], keys[pair[1]], cfg.ngram)
    named_ok = sum(1 for pair in named if truth_j[pair] >= cfg.threshold)
    print(f"  dropped record -> the kept record it names: {named_ok:,} of {len(named):,} at true Jaccard >= "
          f"{cfg.threshold} ({named_ok / max(1, len(named)):.4f}); the rest joined a cluster through a third record")
    by_kind: dict[str, list[float]] = {}
    for g, members in enumerate(corpus.groups):
        if corpus.group_kind[g] == "family":
            base = members[0]
            for i in members[1:]:
                j = truth_j[(base, i)]
                hit = labels[base] is not None and labels[base] == labels[i]
                if j >= cfg.threshold:
                    by_kind.setdefault(corpus.kinds[i], []).append(1.0 if hit else 0.0)
    print("  recall by near-copy kind (copies whose true Jaccard to the base >= threshold): "
          + ", ".join(f"{k} {sum(v) / len(v):.3f} of {len(v):,}" for k, v in sorted(by_kind.items())))
    merged = 0
    hard_pairs = 0
    hard_max = 0.0
    for g, members in enumerate(corpus.groups):
        if corpus.group_kind[g] == "family":
            continue
        for k, a in enumerate(members):
            for b in members[k + 1 :]:
                j = truth_j[(a, b)]
                if j >= cfg.threshold:
                    continue
                hard_pairs += 1
                hard_max = max(hard_max, j)
                if labels[a] is not None and labels[a] == labels[b]:
                    merged += 1
    groups_hard = sum(1 for k in corpus.group_kind if k != "family")
    print(f"  hard negatives: {hard_pairs:,} pairs in {groups_hard:,} groups (largest true Jaccard {hard_max:.3f}); merged: {merged}")

    # -- speed -----------------------------------------------------------------------------
    print(f"\nspeed ({n:,} records)")
    print(f"  medians of {repeats} run{'s' if repeats > 1 else ''} where it says so")
    print(f"  ours: {t_ours:.2f} s = {n / t_ours:,.0f} records/s (signatures while adding {t_add:.2f} s; "
          f"LSH + verification + clusters {t_decide:.2f} s; {batch.stats['candidate_pairs']:,} candidate pairs, "
          f"{batch.stats['verified_pairs']:,} verified){_runs([r[1] + r[2] for r in ours_runs])}")
    per_ours = t_ours / n
    with_keys = [f + r[1] + r[2] for f, r in zip(fold_runs, ours_runs, strict=True)]
    per_ours_keys = statistics.median(with_keys) / n
    print(f"  ours with key folding: {per_ours_keys * n:.2f} s = {1 / per_ours_keys:,.0f} records/s per core"
          f"{_runs(with_keys)}")
    signer = Signer(cfg.num_perm, SEED, cfg.ngram)
    import xxhash

    baselines: list[tuple[str, str, int]] = [
        ("(a) MinHash.update per shingle (FNV-1a in Python) + MinHashLSH", "update", args.baseline_a),
        ("(b) MinHash.bulk (FNV-1a in Python) + MinHashLSH", "bulk", args.baseline_b),
        ("(c) MinHash.bulk with xxhash.xxh32_intdigest + MinHashLSH", "xxhash", args.baseline_b),
        (f"(d) rensa {_rensa_version()} RMinHash.from_token_sets + RMinHashLSH "
         f"({_rensa_bands(cfg.num_perm, bands)} bands)", "rensa", args.baseline_b),
    ]
    ratios: list[str] = []
    for label, kind, size in baselines:
        m = n if size <= 0 or size >= n else size
        sub = keys[:m]
        # The baselines the targets name run as often as ours; the slow reference ones once.
        runs = repeats if kind in ("xxhash", "rensa") else 1
        if kind == "rensa":
            try:
                measured = [run_rensa(sub, cfg) for _ in range(runs)]
            except ImportError:
                print(f"  {label}: skipped, rensa is not installed (pip install rensa)")
                continue
            times, base_labels = _median_times([t for t, _ in measured]), measured[0][1]
            totals = [t["total"] for t, _ in measured]
            same_note = "its own hashing"
        else:
            hashfunc = xxhash.xxh32_intdigest if kind == "xxhash" else shingle_hash32
            measured_ds = [run_datasketch(sub, cfg, kind != "update", hashfunc) for _ in range(runs)]
            times, mhs, base_labels = _median_times([t for t, _, _ in measured_ds]), *measured_ds[0][1:]
            totals = [t["total"] for t, _, _ in measured_ds]
            if kind == "xxhash":
                same_note = "xxhash shingle hashes"
            else:
                sigs = signer.signatures([k if not is_short(k) else "" for k in sub])
                same = all(np.array_equal(s, mh.hashvalues) for s, mh in zip(sigs, mhs, strict=True))
                same_note = f"signatures bit-identical to ours: {same}"
        per = times["total"] / m
        # Quality on the records it ran on, ours restricted to the same records.
        sub_truth = {pr for pr in truth if pr[1] < m}
        _, _, f1_base = prf({pr for pr in pairs_of(base_labels)}, sub_truth)
        _, _, f1_ours = prf({pr for pr in pred if pr[1] < m}, sub_truth)
        scope = "all records" if m == n else f"first {m:,} records, extrapolated per record to {n:,}"
        print(f"  {label}: {times['total']:.2f} s on {scope}: {1 / per:,.0f} records/s "
              f"(shingling + signatures {times['signatures']:.2f} s, "
              f"LSH + clusters {times['lsh_and_clusters']:.2f} s); {same_note}; F1 {f1_base:.4f} (ours {f1_ours:.4f})"
              f"{_runs(totals) if runs > 1 else ''}")
        print(f"      ours is {per / per_ours:.1f}x faster per record, {per / per_ours_keys:.1f}x with our key folding"
              + ("" if m == n else f" (extrapolated total {per * n:,.0f} s vs ours {t_ours:.1f} s)"))
        ratios.append(f"{kind} {per / per_ours_keys:.1f}x")
    print("  ours with key folding vs each baseline (records/s ratio, one core): " + ", ".join(ratios))

    if not args.no_index:
        with tempfile.TemporaryDirectory(prefix="neardup-bench-") as tmp:
            path = os.path.join(tmp, "index.sqlite")
            params = index_params(cfg.num_perm, cfg.ngram, SEED, bands, rows, cfg.opencc)
            idx = SqliteIndex(path, params)
            t = time.process_time()
            w0 = time.perf_counter()
            added = idx.add("bench-run-1", batch.kept_records())
            t_add, w_add = time.process_time() - t, time.perf_counter() - w0
            idx.close()
            size = sqlite_stats(path)["bytes"]
            # A second run of the same records against the index: every kept record is found again.
            idx = SqliteIndex(path, params)
            t = time.process_time()
            again = Batch(cfg, idx)
            for i, k in enumerate(keys):
                again.add(k, f"again{i}", "bench", len(k))
            again.decide()
            t_again = time.process_time() - t
            idx.close()
            again.close()
            print(f"\nSQLite index: {added:,} kept records written in one transaction in {t_add:.1f} s CPU "
                  f"({w_add:.1f} s wall), file {size / 2**20:.1f} MiB = {size / max(1, added):,.0f} bytes per record; "
                  f"a second run of all {n:,} records against it: {t_again:.1f} s CPU, "
                  f"{again.stats['cross_run_duplicates']:,} found as duplicates of the first run")

    if not args.no_memory:
        peak = peak_memory(lambda: run_ours(keys, cfg))
        print(f"\nmemory: ours, traced peak {peak / 2**20:.1f} MiB for {n:,} records = {peak / n:,.0f} bytes per indexed record "
              f"(keys kept on disk; signatures {cfg.num_perm * 4} bytes each); process max RSS "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB incl. the corpus")


if __name__ == "__main__":
    main()
