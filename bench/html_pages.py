"""HTML pages: main content, metadata and speed, ours beside trafilatura's in one run.

    python bench/html_pages.py --corpus ../shared/corpus
    python bench/html_pages.py --cwced DIR --gne DIR --rounds 3

`--cwced` is a folder with `html/<id>.html`, `pages/<id>.txt`, `pages/<id>.labels.json` and its
`score.py` (line labels of the pages' text); `--gne` a folder of raw article pages without
labels. Either may be left out; without both the script says so and stops.

For each tool (the whole `cleaner clean` chain with its default flags on the raw pages, and
trafilatura's `extract()` with metadata), on the same pages in the same process:

* quality on the labelled pages: the folder's own `score.py --records` on each tool's records
  (content characters kept, boilerplate characters removed);
* on every page: a crash count, records holding script or style text, a title, and a date on the
  pages that show one (a date meta tag, a full date within eight lines under the page's title,
  or a labelled `发布时间：…` date in its visible text);
* speed: pages per second of CPU time of this one process (one core), best of `--rounds`.

trafilatura is a benchmark baseline only (the `bench` extra), never a dependency of the tool.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This script's own folder leaves the path: its name would shadow the standard `html` module.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

from cleaner.api import clean  # noqa: E402
from cleaner.config import Config  # noqa: E402
from cleaner.io.html import decode_html, read_page  # noqa: E402

SCRIPT_OR_STYLE = re.compile(
    r"<script|<style|function\s*\(|\bvar\s+\w+\s*=|document\.write|window\.\w+|"
    r"[#.][\w-]+\s*\{[^}]*:[^}]*;|\}\s*\)\s*;|=>\s*\{"
)
FULL_DATE = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
DATE_LABEL = re.compile(r"(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*(?:19|20)\d\d")


def shows_date(path: Path) -> bool:
    """Whether a reader of the page can see (or its meta tags state) when it was published."""
    text, _, meta = read_page(path.read_bytes())
    page = meta["_html"]["meta"]
    if page.get("published_meta") and FULL_DATE.search(page["published_meta"]):
        return True
    lines = text.split("\n")
    title = page.get("title")
    for i, line in enumerate(lines):
        if title and line == title and any(FULL_DATE.search(x) for x in lines[i + 1 : i + 9] if len(x) <= 80):
            return True
    return any(DATE_LABEL.search(x) for x in lines)


def run_ours(paths: list[Path], rounds: int) -> tuple[dict[str, dict], float, int]:
    best = float("inf")
    records: dict[str, dict] = {}
    crashes = 0
    for _ in range(rounds):
        t0 = time.process_time()
        try:
            result = clean([str(p) for p in paths], Config(jobs=1))
        except Exception as e:  # a crash is a figure here, not the end of the benchmark
            print(f"cleaner crashed: {e!r}")
            crashes = len(paths)
            break
        best = min(best, time.process_time() - t0)
        records = {}
        for d in result.documents:
            rec = d.to_record()
            records.setdefault(Path(rec["source"].split("#")[0]).name, rec)
    return records, best, crashes


def run_trafilatura(
    paths: list[Path], rounds: int, with_metadata: bool
) -> tuple[dict[str, dict], float, int] | None:
    """trafilatura's `extract()` on each page, decoded by the page's declared charset first (as
    a browser does; trafilatura's own guess turns many GB2312 pages to mojibake)."""
    try:
        import trafilatura
    except ImportError:
        return None
    best = float("inf")
    records: dict[str, dict] = {}
    crashes = 0
    data = [(p, p.read_bytes()) for p in paths]
    for _ in range(rounds):
        records = {}
        crashes = 0
        t0 = time.process_time()
        for p, raw in data:
            page = decode_html(raw).text
            try:
                if with_metadata:
                    out = trafilatura.extract(page, output_format="json", with_metadata=True)
                    j = json.loads(out) if out else {}
                    rec = {"text": j.get("text") or "", "title": j.get("title"), "published": j.get("date")}
                else:
                    rec = {"text": trafilatura.extract(page) or "", "title": None, "published": None}
            except Exception:
                crashes += 1
                continue
            if rec["text"]:
                records[p.name] = {"source": str(p), **rec}
        best = min(best, time.process_time() - t0)
    return records, best, crashes


def score(cwced: Path, records: dict[str, dict]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for rec in records.values():
            f.write(json.dumps({"source": rec["source"], "text": rec["text"]}, ensure_ascii=False) + "\n")
        name = f.name
    try:
        out = subprocess.run(
            [
                sys.executable,
                str(cwced / "score.py"),
                "--records",
                name,
                str(cwced / "pages"),
                "--no-per-page",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(name)
    last = out.strip().splitlines()[-1]
    return last.split(": ", 1)[1] if ": " in last else last


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="folder holding cwced-dev/ and gne-html/")
    ap.add_argument("--cwced", help="labelled pages: html/, pages/, score.py")
    ap.add_argument("--gne", help="a folder of raw article pages")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds per tool; the best counts")
    a = ap.parse_args()
    cwced = Path(a.cwced) if a.cwced else (Path(a.corpus) / "cwced-dev" if a.corpus else None)
    gne = Path(a.gne) if a.gne else (Path(a.corpus) / "gne-html" if a.corpus else None)
    sets: dict[str, list[Path]] = {}
    if cwced is not None and (cwced / "html").is_dir():
        sets["cwced"] = sorted((cwced / "html").glob("*.html"))
    if gne is not None and gne.is_dir():
        sets["gne"] = sorted(gne.glob("*.html"))
    if not sets:
        print("no pages: pass --corpus DIR (or --cwced / --gne); skipped")
        return 0
    plain, meta = "trafilatura extract()", "trafilatura extract(with_metadata=True)"
    tools: dict[str, dict[str, tuple[dict[str, dict], float, int]]] = {
        "cleaner clean": {},
        plain: {},
        meta: {},
    }
    for name, paths in sets.items():
        tools["cleaner clean"][name] = run_ours(paths, a.rounds)
        for label, with_metadata in ((plain, False), (meta, True)):
            traf = run_trafilatura(paths, a.rounds, with_metadata)
            if traf is not None:
                tools[label][name] = traf
    if not tools[plain]:
        print("trafilatura is not installed (pip install -e '.[bench]'): its columns are left out")
        del tools[plain], tools[meta]
    all_paths = [p for paths in sets.values() for p in paths]
    with_date = {p.name for p in all_paths if shows_date(p)}
    print(f"pages: {', '.join(f'{k} {len(v)}' for k, v in sets.items())}; {len(with_date)} show a date")
    for tool, runs in tools.items():
        recs = {k: v for _, (r, _, _) in runs.items() for k, v in r.items()}
        crashes = sum(c for _, _, c in runs.values())
        cpu = sum(t for _, t, _ in runs.values())
        scripts = sum(1 for r in recs.values() if SCRIPT_OR_STYLE.search(r["text"] or ""))
        titled = sum(1 for p in all_paths if (recs.get(p.name) or {}).get("title"))
        dated = sum(1 for p in all_paths if p.name in with_date and (recs.get(p.name) or {}).get("published"))
        print(f"\n{tool}")
        if "cwced" in runs:
            print(f"  cwced quality: {score(cwced, runs['cwced'][0])}")  # type: ignore[arg-type]
        print(
            f"  pages {len(all_paths)}, records {len(recs)}, crashes {crashes}, records with script/style text {scripts}"
        )
        if tool == plain:
            print("  (text only: titles and dates in the with_metadata run)")
        else:
            print(
                f"  title on {titled}/{len(all_paths)} pages ({100 * titled / len(all_paths):.0f}%), "
                f"date on {dated}/{len(with_date)} pages that show one ({100 * dated / max(1, len(with_date)):.0f}%)"
            )
        print(f"  speed: {len(all_paths) / cpu:.1f} pages per CPU second (one core, best of {a.rounds})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
