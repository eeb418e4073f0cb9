"""Reposted articles and site templates: does every article survive once, with its whole body?

    python bench/reposts.py --articles 2000 --sites 20 --repost-share 0.3

Generates a corpus (fixed seed) of articles on `--sites` sites. Every page of a site carries the
site's furniture (a menu of short words, a slogan, a footer paragraph and an address line: text
no shipped rule spells, so only the `templates` pass can find it). A share of the articles is
reposted on 2-10 sites, each copy in its site's furniture, some with full-width punctuation and a
repost credit. Then it runs the whole chain (as `cleaner clean DIR` does) and counts:

- reposted families that give exactly one record holding every paragraph of the body;
- site template lines left on any page of their site (must be 0);
- body paragraphs listed as template text (must be 0);

and, with `--index`, runs the two halves of the corpus one after the other against one index
and counts the copies in the second run whose article is in the first that are named as a
duplicate of the first run's record (must be all of them).

`make_corpus` is also used by the test suite (tests/test_reposts.py) at a smaller size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

_PLACES = ["大足区", "綦江区", "垫江县", "奉节县", "秀山县", "营山县", "渭南市", "松原市", "开州区", "巴南区", "武宁县", "临海市",
           "祁东县", "常德市", "郴州市", "丽水市", "随州市", "沙洋县", "松滋市", "池州市"]
_UNITS = ["人民医院", "中医院", "妇幼保健院", "中心卫生院", "疾病预防控制中心", "社区卫生服务中心", "第二人民医院", "卫生健康局"]
_ACTS = ["开展义诊活动", "举办健康讲座", "组织党员志愿服务", "推进医共体建设", "开展家庭医生签约服务", "完成首例微创手术",
         "启动胸痛中心建设", "举行应急演练", "召开医疗质量分析会", "开展护理技能竞赛", "组织专家下乡巡诊", "举办新技术培训班"]
_TAILS = ["受到群众好评", "服务群众{n}余人次", "发放宣传资料{n}份", "惠及辖区居民{n}人", "进一步提升了服务能力",
          "为高质量发展奠定基础", "参训人员达{n}名", "现场解答咨询{n}人次"]
_MENU = ["首页", "医院概况", "新闻中心", "科室导航", "专家介绍", "就医指南", "党建园地", "联系我们", "院务公开", "健康科普",
         "招聘信息", "患者服务", "医学教育", "预约挂号", "登录", "注册"]
_MOTTOS = ["厚德精医 仁爱济世", "以病人为中心 以质量为核心", "守护健康 服务百姓", "精诚仁和 求实创新", "医德立院 科技兴院"]


@dataclass
class Corpus:
    root: Path
    files: list[str] = field(default_factory=list)  # relative paths, sorted
    family_of: dict[str, int] = field(default_factory=dict)  # file -> article number
    bodies: dict[int, list[str]] = field(default_factory=dict)  # article -> body paragraphs as written in each copy
    copies: dict[int, list[str]] = field(default_factory=dict)  # article -> files
    site_of: dict[str, str] = field(default_factory=dict)  # file -> site folder
    templates: dict[str, list[str]] = field(default_factory=dict)  # site -> its furniture lines


_SUBJECTS = ["该院", "医院", "活动中,医护人员", "此外,该院", "据介绍,医院", "下一步,该院"]


def _sentence(rng: random.Random, k: int, subject: str) -> str:
    act, tail = rng.choice(_ACTS), rng.choice(_TAILS)
    return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日,{subject}{act},{tail.format(n=rng.randint(20, 900) + k)}。"


def _full_width(text: str) -> str:
    return text.replace(",", "，").replace(":", "：").replace("(", "（").replace(")", "）")


def make_corpus(root: Path, articles: int = 2000, sites: int = 20, repost_share: float = 0.3, seed: int = 1) -> Corpus:
    """Write the corpus under `root` (one folder per site) and return what a correct run must give."""
    rng = random.Random(seed)
    corpus = Corpus(root)
    site_names = [f"site_{s:02d}" for s in range(sites)]
    for s, name in enumerate(site_names):
        host = f"{_PLACES[s % len(_PLACES)]}{_UNITS[s % len(_UNITS)]}"
        menu = rng.sample(_MENU, 9)
        corpus.templates[name] = [
            *menu,
            f"{host}——{_MOTTOS[s % len(_MOTTOS)]}",
            f"本站所载{host}新闻稿件仅供参考,就诊请以医生面诊意见为准,转发请保留{host}网站署名和原文链接。",
            f"{host}地址:{_PLACES[s % len(_PLACES)]}健康路{10 + s}号 邮编:4{s:02d}100 值班电话:0736-{7000000 + s * 131}",
        ]
        (root / name).mkdir(parents=True, exist_ok=True)
    for a in range(articles):
        # One institution per article, named in the title and the first sentence only (more would make a roundup).
        unit = f"{rng.choice(_PLACES)}{rng.choice(_UNITS)}"
        title = f"{unit}{rng.choice(_ACTS)}(第{a}期)"
        body = []
        for p in range(rng.randint(3, 6)):
            subjects = [unit if p == 0 and k == 0 else rng.choice(_SUBJECTS) for k in range(rng.randint(2, 4))]
            body.append("".join(_sentence(rng, a * 10 + p, subj) for subj in subjects))
        n_sites = rng.randint(2, min(10, sites)) if rng.random() < repost_share else 1
        homes = rng.sample(site_names, n_sites)
        for c, site in enumerate(homes):
            wide = c > 0 and rng.random() < 0.5
            # A menu above the title, a footer menu and the footer paragraphs below the body.
            lines = corpus.templates[site][:6] + [title]
            if c > 0 and rng.random() < 0.7:
                lines.append(f"来源:{rng.choice(_PLACES)}日报 {rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            written = [_full_width(p) if wide else p for p in body]
            lines += written
            lines += corpus.templates[site][6:]
            name = f"{site}/a{a:05d}_{c}.txt"
            (root / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
            corpus.files.append(name)
            corpus.family_of[name] = a
            corpus.site_of[name] = site
            corpus.copies.setdefault(a, []).append(name)
            corpus.bodies.setdefault(a, [])
            corpus.bodies[a].append("\n".join(written))
    corpus.files.sort()
    return corpus


@dataclass
class Outcome:
    families: int = 0
    reposted: int = 0
    one_record_whole_body: int = 0
    reposted_ok: int = 0
    template_lines_left: int = 0
    body_lines_as_templates: int = 0
    records: int = 0
    dropped: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def evaluate(corpus: Corpus, records: list[dict], dropped: list[dict], templates: list[dict]) -> Outcome:
    """Count what a correct run must give (module docstring)."""
    out = Outcome(records=len(records), dropped=len(dropped))
    by_file = {r["source"]: r for r in records}
    body_lines = {line for bodies in corpus.bodies.values() for b in bodies for line in b.split("\n")}
    for a, files in sorted(corpus.copies.items()):
        out.families += 1
        reposted = len(files) > 1
        out.reposted += reposted
        kept = [f for f in files if f in by_file]
        ok = False
        if len(kept) == 1:
            k = files.index(kept[0])
            text = by_file[kept[0]]["text"]
            ok = all(p in text for p in corpus.bodies[a][k].split("\n"))
        if ok:
            out.one_record_whole_body += 1
            out.reposted_ok += reposted
        elif len(out.problems) < 5:
            out.problems.append(f"article {a}: {len(kept)} records of {len(files)} copies")
    for f, r in by_file.items():
        lines = set(r["text"].split("\n"))
        left = [t for t in corpus.templates[corpus.site_of[f]] if t in lines]
        out.template_lines_left += len(left)
        if left and len(out.problems) < 10:
            out.problems.append(f"{f}: template lines left: {left[:3]}")
    out.body_lines_as_templates = sum(1 for t in templates if t["text"] in body_lines)
    return out


def run_chain(root: Path, files: list[str], index: str | None = None) -> tuple[list[dict], list[dict], list[dict], float]:
    """The whole chain over `files` (relative to root), as `cleaner clean` runs it; records, dropped, templates."""
    import cleaner
    from cleaner.config import Config

    cwd = os.getcwd()
    os.chdir(root)
    try:
        t0 = time.process_time()
        result = cleaner.clean(files, Config(index=index))
        seconds = time.process_time() - t0
    finally:
        os.chdir(cwd)
    records = [d.to_record() for d in result.documents]
    dropped = [d.to_record() for d in result.dropped]
    return records, dropped, result.summary.extra.get("templates", []), seconds


def two_halves(corpus: Corpus, index: str, seed: int = 2) -> tuple[int, int, list[str]]:
    """Run the halves one after the other with one index; (copies named right, copies to name, problems)."""
    rng = random.Random(seed)
    first = sorted(f for f in corpus.files if rng.random() < 0.5)
    second = sorted(set(corpus.files) - set(first))
    rec1, _, _, _ = run_chain(corpus.root, first, index)
    kept1 = {r["source"] for r in rec1}
    fam1 = {corpus.family_of[f] for f in first}
    rec2, dropped2, _, _ = run_chain(corpus.root, second, index)
    named = total = 0
    problems: list[str] = []
    outcome2 = {r["source"]: r for r in rec2} | {d["source"]: d for d in dropped2}
    for f in second:
        a = corpus.family_of[f]
        if a not in fam1:
            continue
        total += 1
        meta = outcome2[f]["metadata"]
        dup_of = meta.get("dup_of")
        if dup_of in kept1 and meta.get("dup_run"):
            named += 1
        elif len(problems) < 5:
            problems.append(f"{f}: dup_of {dup_of!r}, kept in run 1: {sorted(x for x in kept1 if corpus.family_of[x] == a)}")
    return named, total, problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--sites", type=int, default=20)
    ap.add_argument("--repost-share", type=float, default=0.3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-index", action="store_true", help="skip the two-halves run against one index")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cleaner-reposts-") as tmp:
        root = Path(tmp) / "corpus"
        corpus = make_corpus(root, args.articles, args.sites, args.repost_share, args.seed)
        size = sum((root / f).stat().st_size for f in corpus.files)
        print(f"corpus: {args.articles} articles, {len(corpus.files)} pages on {args.sites} sites, {size / 1e6:.1f} MB")
        records, dropped, templates, seconds = run_chain(root, corpus.files)
        o = evaluate(corpus, records, dropped, templates)
        print(f"records {o.records}, dropped {o.dropped}, CPU {seconds:.1f} s")
        print(f"families with exactly one record holding the whole body: {o.one_record_whole_body}/{o.families}")
        print(f"  of them reposted (2-10 copies): {o.reposted_ok}/{o.reposted}")
        n_templates = sum(len(v) for v in corpus.templates.values())
        print(f"site template lines left on a page of their site: {o.template_lines_left} "
              f"({n_templates} template lines on {args.sites} sites)")
        print(f"body paragraphs listed as template text: {o.body_lines_as_templates} (template lines listed: {len(templates)})")
        for p in o.problems:
            print("  " + p)
        ok = o.one_record_whole_body == o.families and o.template_lines_left == 0 and o.body_lines_as_templates == 0
        if not args.no_index:
            named, total, problems = two_halves(corpus, str(Path(tmp) / "index.sqlite"))
            print(f"two halves, one index: {named}/{total} copies in the second run named as duplicates of the first run's record")
            for p in problems:
                print("  " + p)
            ok = ok and named == total
        print(json.dumps({"ok": ok}))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
