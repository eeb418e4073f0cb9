"""How fast a large diff report opens: generate N documents, clean them with the real chain into a
review file, render the HTML report, and time it in headless Chromium.

    python bench/report.py [--docs 10000] [--loads 5]

Time-to-interactive is measured inside the page (`performance.now()` when the report's script has
built the first view, counted from navigation start); the median of several fresh loads is printed,
with the time to open one document view and to filter the list by a rule.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import api  # noqa: E402
from cleaner.cli import run_meta  # noqa: E402
from cleaner.config import Config  # noqa: E402
from cleaner.report.html import render_html  # noqa: E402
from cleaner.report.review import ReviewWriter  # noqa: E402

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
# Page furniture of the kinds the rule pack removes, mixed into generated articles.
FURNITURE_HEAD = ["当前位置:首页 > 新闻中心 > 医院动态", "发布日期:2024-0{m}-1{d}  来源:本院  浏览量:{n}", "  "]
FURNITURE_TAIL = ["(责任编辑:王{d}明)", "版权声明:本站所有内容未经授权不得转载。", "上一篇:医院召开年度工作会议",
                  "下一篇:我院开展义诊活动", "(0)", "相关推荐", "  • 科研项目管理办法解读", "    科研百科 2024年8月4日"]


def seed_sentences() -> list[str]:
    sentences: list[str] = []
    for p in sorted((ROOT / "samples").glob("seed_*/input/*")):
        for line in p.read_text(encoding="utf-8").split("\n"):
            line = line.strip()
            if len(line) >= 30 and not line.startswith("#"):
                sentences.extend(s + "。" for s in line.split("。") if len(s) >= 8)
    return sorted(set(sentences))


def generate(n: int, out: Path, rnd: random.Random) -> list[str]:
    sentences = seed_sentences()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        # Paragraphs of random seed sentences: each article is its own, so corpus passes keep it.
        body = ["".join(rnd.sample(sentences, k=rnd.randint(2, 5))) for _ in range(rnd.randint(3, 8))]
        title = body[0][: rnd.randint(12, 24)]
        head = [f.format(m=rnd.randint(1, 9), d=rnd.randint(0, 9), n=rnd.randint(10, 9999)) for f in FURNITURE_HEAD]
        tail = [t.format(d=rnd.randint(0, 9)) for t in rnd.sample(FURNITURE_TAIL, k=rnd.randint(1, len(FURNITURE_TAIL)))]
        text = "\n".join(head[: rnd.randint(0, 3)] + [title, ""] + [b + ("  " if rnd.random() < 0.2 else "") for b in body] + tail)
        if rnd.random() < 0.01:
            text += "\n<script>window.__pwned=1</script>"
        path = out / f"doc_{i:05d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


class _Null:
    def write(self, doc: object) -> None:
        pass


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--loads", type=int, default=5)
    ap.add_argument("--keep", help="keep the generated files in this folder")
    args = ap.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("chromium is not installed (apt-get install chromium); the benchmark opens the report in it")
    from playwright.sync_api import sync_playwright

    work = Path(args.keep or tempfile.mkdtemp(prefix="cleaner-bench-report-"))
    rnd = random.Random(7)
    paths = generate(args.docs, work / "input", rnd)
    review = work / "clean.review.jsonl.gz"
    report = work / "report.html"
    cfg = Config()
    t0 = time.perf_counter()
    with ReviewWriter(review) as w:
        w.write_run(run_meta(cfg, [str(work / "input")]))
        summary = api.run([str(work / "input")], cfg, records=_Null(), dups=_Null(), review=w)
        w.write_summary(summary.to_dict())
    t_clean = time.perf_counter() - t0
    t0 = time.perf_counter()
    render_html(review, report)
    t_render = time.perf_counter() - t0
    changes = sum(c["count"] for c in summary.to_dict()["changes"])
    print(f"documents: {len(paths)}  records: {summary.records}  changes: {changes}  "
          f"review file: {review.stat().st_size / 1e6:.1f} MB  report: {report.stat().st_size / 1e6:.1f} MB")
    print(f"clean (real chain, 1 job): {t_clean:.1f} s   render_html: {t_render:.2f} s")

    tti: list[float] = []
    open_doc: list[float] = []
    filter_rule: list[float] = []
    busiest = max(summary.to_dict()["changes"], key=lambda c: c["count"])["rule"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for _ in range(args.loads):
            page = browser.new_page(viewport={"width": 1300, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
            page.goto(report.as_uri())
            page.wait_for_selector("body[data-ready='1']", timeout=120000)
            tti.append(page.evaluate("window.__reportReady") / 1000.0)
            t0 = time.perf_counter()
            page.evaluate("location.hash = '#doc/" + str((summary.records + summary.duplicates) // 2) + "'")
            page.wait_for_selector("#doc-original")
            open_doc.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            page.evaluate("location.hash = '#summary'")
            page.click(f"#bars-rule button.chip[data-rule='{busiest}']")
            page.wait_for_selector("#f-count[data-count]")
            filter_rule.append(time.perf_counter() - t0)
            if errors or page.evaluate("typeof window.__pwned") != "undefined":
                sys.exit(f"the report failed in the browser: {errors}")
            page.close()
        browser.close()
    print(f"time to interactive, median of {args.loads} loads: {statistics.median(tti):.2f} s "
          f"(min {min(tti):.2f}, max {max(tti):.2f})")
    print(f"open one document view: {statistics.median(open_doc) * 1000:.0f} ms   "
          f"filter the list by rule `{busiest}`: {statistics.median(filter_rule) * 1000:.0f} ms")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
