"""The HTML report opened in a real headless Chromium (Debian's `chromium`, driven by Playwright).

The run is real: `cleaner clean` over the five seeds plus generated documents (a script-injection
page, a near copy of a seed, an unreadable input), with `--report`. Expected figures come from the
run's own review data, so the tests follow the chain as its stages grow.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cleaner.report.review import Review, load_review

from .conftest import ROOT, SEEDS, require_program
from .helpers import run_cli

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
INJECTION = (
    "社区医院公告\n"
    "本院提醒<script>window.__pwned=1</script>广大市民注意防暑。\n"
    '<img src=x onerror="window.__pwned=1">\n'
    '<a href="javascript:window.__pwned=1">x</a>\n'
    "门诊时间照常。\n"
)
ARTIFACTS = ROOT / "test-artifacts"


class Run:
    def __init__(self, out: Path, review: Review, returncode: int, stderr: str) -> None:
        self.out = out
        self.review = review
        self.report = out / "report.html"
        self.returncode = returncode
        self.stderr = stderr

    def doc_index(self, prefix: str) -> int:
        for i, d in enumerate(self.review.docs):
            if Path(d["source"]).name.startswith(prefix):
                return i
        raise KeyError(prefix)

    def url(self, route: str = "") -> str:
        return self.report.as_uri() + route


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = require_program("chromium", "the browser tests open the report in headless Chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install '.[test]' installs Playwright")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory, browser: Any) -> Run:
    # Depends on `browser` so that, without Chromium, the tests skip before cleaning anything.
    base = tmp_path_factory.mktemp("browser")
    extra = base / "generated"
    extra.mkdir()
    (extra / "inject.txt").write_text(INJECTION, encoding="utf-8")
    seed0 = SEEDS[0].read_text(encoding="utf-8")
    # A near copy of seed 000 from another site: one paragraph dropped, a line added.
    paras = seed0.split("\n")
    (extra / "copy_of_000.txt").write_text("\n".join(paras[:3] + paras[4:]) + "\n转载自区卫健委网站。\n", encoding="utf-8")
    (extra / "broken.txt.gz").write_bytes(b"\x1f\x8b not gzip at all")
    out = base / "out"
    res = run_cli("clean", *[str(p) for p in SEEDS], str(extra), "-o", str(out / "clean.jsonl"),
                  "--report", str(out / "report.html"), "-q")
    assert res.returncode in (0, 1), res.stderr.decode()
    assert (out / "report.html").exists(), res.stderr.decode()
    return Run(out, load_review(out / "clean.review.jsonl.gz"), res.returncode, res.stderr.decode())


class Page:
    """A browser page that records console errors and uncaught exceptions."""

    def __init__(self, browser: Any) -> None:
        self.page = browser.new_page(viewport={"width": 1300, "height": 900})
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))

    def open(self, url: str) -> Any:
        self.page.goto(url)
        self.page.wait_for_selector("body[data-ready='1']", timeout=15000)
        return self.page


@pytest.fixture
def page(browser: Any) -> Iterator[Page]:
    p = Page(browser)
    yield p
    p.page.close()


def _rule_counts(review: Review) -> Counter[str]:
    counts: Counter[str] = Counter()
    assert review.summary is not None
    for c in review.summary["changes"]:
        counts[c["rule"]] += c["count"]
    return counts


def test_report_loads_with_the_runs_figures(run: Run, page: Page) -> None:
    pg = page.open(run.url())
    assert page.errors == []
    review = run.review
    assert review.summary is not None
    assert pg.text_content("#nav-docs") == f"{len(review.docs):,}"
    records = pg.locator(".stat[data-stat='records out'] b").text_content()
    assert records == f"{review.summary['records']:,}"
    # Every count agrees with the one beside it: the header with the inputs card, the Documents
    # tab with the documents card (records out + dropped), the tabs with the clusters and roundups cards.
    def card(name: str) -> str:
        return pg.locator(f".stat[data-stat='{name}'] b").text_content() or ""

    assert f"{card('inputs read')} inputs read" in (pg.text_content("#run-info") or "")
    assert card("documents in this report") == pg.text_content("#nav-docs")
    assert int(card("records out")) + int(card("documents dropped")) == len(review.docs)
    assert card("duplicate clusters") == pg.text_content("#nav-dups")
    assert card("roundups split") == pg.text_content("#nav-roundups")
    chips = pg.locator("#bars-rule button.chip")
    shown = {chips.nth(i).get_attribute("data-rule"): int(chips.nth(i).get_attribute("data-count")) for i in range(chips.count())}
    assert shown == dict(_rule_counts(review))
    # The unreadable input is listed with its reason.
    assert "broken.txt.gz" in (pg.text_content("#skipped-box") or "")
    assert run.returncode == 1 and "broken.txt.gz" in run.stderr
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)


def test_clicking_a_rule_narrows_the_document_list(run: Run, page: Page) -> None:
    pg = page.open(run.url())
    docs_with: Counter[str] = Counter()
    for d in run.review.docs:
        for rule in {c["rule"] for c in d["changes"]}:
            docs_with[rule] += 1
    # The rule found in the fewest documents narrows the list the most.
    rule, n = min(docs_with.items(), key=lambda kv: (kv[1], kv[0]))
    assert n < len(run.review.docs)
    pg.click(f"#bars-rule button.chip[data-rule='{rule}']")
    pg.wait_for_selector("#view-documents:not([hidden])")
    assert pg.get_attribute("#f-count", "data-count") == str(n)
    assert pg.locator("#doc-rows tr").count() == n
    listed = {pg.locator("#doc-rows tr").nth(i).get_attribute("data-id") for i in range(n)}
    assert listed == {d["id"] for d in run.review.docs if any(c["rule"] == rule for c in d["changes"])}
    pg.fill("#f-search", "no document holds this phrase 无此文本")
    # (wait_for_function would eval a string, which the page's CSP rightly refuses)
    pg.wait_for_selector("#f-count[data-count='0']")
    pg.click("#f-clear")
    assert pg.get_attribute("#f-count", "data-count") == str(len(run.review.docs))
    pg.check("#f-split")
    assert pg.get_attribute("#f-count", "data-count") == str(sum(1 for d in run.review.docs if d["parent_id"]))
    pg.uncheck("#f-split")
    pg.check("#f-dups")
    kept = {d["record"]["metadata"].get("dup_of") for d in run.review.docs} - {None}
    in_clusters = [d for d in run.review.docs if d["id"] in kept or d["record"]["metadata"].get("dup_of")]
    assert pg.get_attribute("#f-count", "data-count") == str(len(in_clusters))
    pg.uncheck("#f-dups")
    for stage in sorted({c["stage"] for d in run.review.docs for c in d["changes"]}):
        pg.select_option("#f-stage", stage)
        n_stage = sum(1 for d in run.review.docs if any(c["stage"] == stage for c in d["changes"]))
        assert pg.get_attribute("#f-count", "data-count") == str(n_stage), stage
    assert page.errors == []


def test_document_view_highlights_every_removal_by_rule(run: Run, page: Page) -> None:
    i = run.doc_index("004_")
    doc = run.review.docs[i]
    pg = page.open(run.url(f"#doc/{i}"))
    pg.wait_for_selector("#doc-original")

    def ws(c: dict[str, Any]) -> bool:
        return not c["removed"].strip() and not c["replacement"].strip()

    # Whitespace-only changes are hidden by default; the count says how many.
    hidden = [c for c in doc["changes"] if ws(c)]
    assert hidden, "seed 004 has blank-line changes"
    real = [c for c in doc["changes"] if c["end"] > c["start"] and not ws(c)]
    assert pg.locator("#doc-original del.rm").count() == len(real) > 0
    assert pg.get_attribute("#doc-counts", "data-hidden") == str(len(hidden))
    assert f"{len(hidden)} whitespace-only hidden" in (pg.text_content("#doc-counts") or "")
    assert pg.locator("#doc-original del.rm[data-rule='blank_lines']").count() == 0
    # The text shown is still the original with the hidden changes applied, nothing lost.
    # Each label stands right before its removal.
    for k in range(len(real)):
        prev = pg.locator("#doc-original del.rm").nth(k).evaluate("e => e.previousElementSibling && e.previousElementSibling.dataset.tag")
        assert prev == real[k]["rule"]
    pg.check("#show-ws")
    removals = [c for c in doc["changes"] if c["end"] > c["start"]]
    dels = pg.locator("#doc-original del.rm")
    assert dels.count() == len(removals) > len(real)
    assert pg.is_checked("#show-ws")
    for k, c in enumerate(removals):
        assert dels.nth(k).get_attribute("data-rule") == c["rule"]
        assert (dels.nth(k).get_attribute("title") or "").startswith(c["rule"])
        decoration = dels.nth(k).evaluate("e => getComputedStyle(e).textDecorationLine")
        assert "line-through" in decoration
    # Each removal wears its rule's colour: one background per rule, different rules differ.
    colours: dict[str, set[str]] = {}
    for k, c in enumerate(removals):
        colours.setdefault(c["rule"], set()).add(dels.nth(k).evaluate("e => getComputedStyle(e).backgroundColor"))
    assert all(len(v) == 1 for v in colours.values())
    # The cleaned-text toggle shows the record's text.
    pg.click("#show-cleaned")
    assert pg.is_visible("#doc-cleaned") and not pg.is_visible("#doc-original")
    assert pg.text_content("#doc-cleaned") == doc["text"]
    assert page.errors == []


def test_seed_004_boilerplate_removals_are_highlighted(run: Run, page: Page) -> None:
    i = run.doc_index("004_")
    doc = run.review.docs[i]
    stages = {c["stage"] for c in doc["changes"]}
    assert "boilerplate" in stages, "the shipped rules must strike seed 004's copyright and related block"
    wanted = {}
    for marker in ("版权声明", "相关推荐"):
        hits = [c for c in doc["changes"] if marker in c["removed"]]
        assert hits, f"no change removed {marker}"
        wanted[marker] = hits[0]["rule"]
    described = run.review.rules()
    pg = page.open(run.url(f"#doc/{i}"))
    for marker, rule in wanted.items():
        struck = pg.locator(f"#doc-original del.rm[data-rule='{rule}']", has_text=marker)
        assert struck.count() >= 1, (marker, rule)
        # Hovering names the rule and says what it is for (the rule pack's description).
        assert described[rule]["description"]
        assert struck.first.get_attribute("title") == f"{rule} — {described[rule]['description']} (boilerplate)"
    assert page.errors == []


def test_script_injection_runs_nothing(run: Run, page: Page) -> None:
    i = run.doc_index("inject")
    pg = page.open(run.url())
    assert pg.evaluate("typeof window.__pwned") == "undefined"
    pg.goto(run.url(f"#doc/{i}"))
    pg.wait_for_selector("#doc-original")
    assert pg.evaluate("typeof window.__pwned") == "undefined"
    text = pg.inner_text("#doc-original")
    assert "<script>window.__pwned=1</script>" in text
    assert 'onerror="window.__pwned=1"' in text and "javascript:window.__pwned=1" in text
    assert pg.locator("#view-doc img").count() == 0
    assert pg.locator("#view-doc script").count() == 0
    assert pg.locator("a[href^='javascript']").count() == 0
    pg.click("#show-cleaned")
    pg.wait_for_timeout(200)
    assert pg.evaluate("typeof window.__pwned") == "undefined"
    assert page.errors == []


def test_duplicate_and_roundup_views_match_the_run(run: Run, page: Page) -> None:
    docs = run.review.docs
    clusters = sorted({d["record"]["metadata"]["dup_of"] for d in docs if d["record"]["metadata"].get("dup_of")})
    pg = page.open(run.url("#duplicates"))
    assert pg.text_content("#nav-dups") == str(len(clusters))
    assert pg.locator("#view-duplicates tr[data-cluster]").count() == len(clusters)
    if clusters:
        pg.click("#view-duplicates tr[data-cluster] a")
        pg.wait_for_selector("#view-duplicates .cluster")
        for d in docs:
            meta = d["record"]["metadata"]
            if meta.get("dup_of") == clusters[0]:
                head = pg.locator(f"#view-duplicates .cluster[data-dup='{d['id']}'] h3").text_content() or ""
                assert f"similarity {meta['similarity']:.3f}" in head and clusters[0] in head
        assert pg.locator("#view-duplicates .cluster .side .text").count() >= 2
    pg.goto(run.url("#roundups"))
    assert pg.locator("#view-roundups tr[data-roundup]").count() == len(run.review.parents)
    for k, pid in enumerate(sorted(run.review.parents)):
        pg.goto(run.url(f"#roundups/{k}"))
        kids = [d for d in docs if d["parent_id"] == pid]
        assert pg.locator("#roundup-text .seg").count() == len(kids)
        for d in kids:
            inst = d["record"].get("institution")
            for name in [inst] if isinstance(inst, str) else inst or []:
                assert pg.locator(f"#roundup-text .seg[data-record='{d['id']}'] .seg-label", has_text=name).count() == 1
    assert page.errors == []


def test_report_works_from_a_copy_without_the_run(run: Run, page: Page, tmp_path: Path) -> None:
    # Self-contained: the page alone, moved elsewhere, shows everything.
    copy = tmp_path / "moved.html"
    shutil.copy(run.report, copy)
    pg = page.open(copy.as_uri())
    requests: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.goto(copy.as_uri() + "#documents")
    pg.reload()
    pg.wait_for_selector("body[data-ready='1']")
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    assert page.errors == []


def test_roundup_view_marks_record_boundaries_and_institutions(page: Page, tmp_path: Path) -> None:
    # Records split from one roundup, as the segment stage emits them (id #n, parent_id, offset, institution).
    from cleaner.model import Document, Edit
    from cleaner.report.html import render_html
    from cleaner.report.review import ReviewWriter

    parent = ("重庆卫健委 发布\n各区县医院扎实推进党建工作。\n"
              "### 大足区人民医院 党建引领\n7月1日,大足区人民医院开展义诊活动。\n"
              "### 綦江区中医院 中医惠民\n綦江区中医院举办中医药健康讲座,綦江区中医院专家坐诊。\n")
    cuts = [0, parent.index("### 大足"), parent.index("### 綦江"), len(parent)]
    insts = [None, "大足区人民医院", "綦江区中医院"]
    review_path = tmp_path / "r.review.jsonl.gz"
    with ReviewWriter(review_path) as w:
        w.write_run({"version": "test", "inputs": ["roundup.txt"]})
        for n in range(3):
            d = Document(id=f"roundup.txt#{n}", source="roundup.txt", original=parent[cuts[n] : cuts[n + 1]],
                         parent_id="roundup.txt", offset=cuts[n], institution=insts[n], kind="intro" if n == 0 else None)
            if d.text.startswith("### "):
                d.apply("segment", [Edit(0, 4, "", "heading_marker")])
            w.write_doc(d)
        w.write_summary({"records": 3, "split": 1, "changes": [{"stage": "segment", "rule": "heading_marker", "count": 2, "chars_removed": 8}]})
    report = tmp_path / "report.html"
    render_html(review_path, report)
    pg = page.open(report.as_uri() + "#roundups")
    row = pg.locator("#view-roundups tr[data-roundup='roundup.txt']")
    assert row.locator("td").nth(1).text_content() == "3"
    assert "大足区人民医院 · 綦江区中医院" in (row.text_content() or "")
    row.locator("a").click()
    pg.wait_for_selector("#roundup-text")
    segs = pg.locator("#roundup-text .seg")
    assert segs.count() == 3
    assert [segs.nth(i).get_attribute("data-record") for i in range(3)] == [f"roundup.txt#{n}" for n in range(3)]
    # The whole roundup is shown, each record's slice inside its boundary.
    assert "".join((segs.nth(i).inner_text().split("\n", 1)[1]) for i in range(3)).strip() == parent.strip()
    marks = pg.locator("#roundup-text .seg[data-record='roundup.txt#2'] mark.inst")
    assert marks.count() == 3 and marks.first.text_content() == "綦江区中医院"
    assert "綦江区中医院" in (segs.nth(2).locator(".seg-label").text_content() or "")
    segs.nth(1).locator(".seg-label").click()
    pg.wait_for_selector("#view-doc[data-doc='roundup.txt#1']")
    assert pg.locator("#doc-original del[data-rule='heading_marker']").text_content() == "### "
    assert "Record of the roundup roundup.txt (characters" in (pg.text_content("#view-doc") or "")
    assert page.errors == []


def test_duplicate_of_an_earlier_run_names_the_earlier_record(page: Page, tmp_path: Path) -> None:
    from cleaner.model import Document
    from cleaner.report.html import render_html
    from cleaner.report.review import ReviewWriter

    review_path = tmp_path / "r.review.jsonl.gz"
    with ReviewWriter(review_path) as w:
        w.write_run({"version": "test", "inputs": ["batch2"]})
        w.write_doc(Document(id="batch2/a.txt", source="batch2/a.txt", original="县医院开展义诊活动,服务群众三百余人。"))
        w.write_doc(Document(id="batch2/b.txt", source="batch2/b.txt", original="县医院开展义诊活动,服务群众三百余人!",
                             dropped="neardup", metadata={"dup_of": "batch1/x.txt", "similarity": 0.9512,
                                                          "dup_source": "batch1/x.txt", "dup_run": "run-1"}))
        w.write_summary({"records": 1, "duplicates": 1, "changes": []})
    report = tmp_path / "report.html"
    render_html(review_path, report)
    pg = page.open(report.as_uri() + "#duplicates")
    assert pg.locator("#view-duplicates tr[data-cluster='batch1/x.txt']").count() == 1
    pg.click("#view-duplicates tr[data-cluster] a")
    box = pg.locator("#view-duplicates .cluster[data-dup='batch2/b.txt']")
    text = box.text_content() or ""
    assert "similarity 0.951" in text and "dropped by neardup" in text
    assert "The kept record is from an earlier run (batch1/x.txt)" in text
    assert "服务群众三百余人!" in text
    assert page.errors == []


def test_compare_view_lists_vanished_removals_and_toggles_whitespace(run: Run, page: Page) -> None:
    # A second run of the same inputs with two rules off, compared with the first.
    after = run.out.parent / "after"
    res = run_cli("clean", *[str(p) for p in SEEDS], "-o", str(after / "clean.jsonl"), "-q",
                  "--disable", "copyright_notice", "--disable", "blank_lines")
    assert res.returncode == 0, res.stderr.decode()
    diff = run.out.parent / "diff.html"
    res = run_cli("report", "--compare", str(run.out / "clean.jsonl"), str(after / "clean.jsonl"), "-o", str(diff))
    assert res.returncode == 0, res.stderr.decode()
    pg = page.open(diff.as_uri())
    # Per rule: copyright_notice's removal vanished, none appeared.
    row = pg.locator("#rule-table tr[data-rule='copyright_notice']")
    assert row.locator("td[data-vanished]").get_attribute("data-vanished") == "1"
    assert row.locator("td[data-appeared]").get_attribute("data-appeared") == "0"
    # The documents of the first run that the second lacks are listed as only before.
    only_before = pg.locator("#doc-table tr[data-status='removed']").count()
    assert only_before == sum(1 for d in run.review.docs if not d["source"].startswith(str(SEEDS[0].parents[2])))
    # Whitespace-only differences are hidden until the toggle is on.
    hidden_rows = pg.locator("#doc-table tr[data-status='whitespace']").count()
    assert hidden_rows == 0
    n_before = int(pg.get_attribute("#doc-count", "data-count") or 0)
    pg.check("#show-ws")
    assert pg.locator("#doc-table tr[data-status='whitespace']").count() > 0
    assert int(pg.get_attribute("#doc-count", "data-count") or 0) > n_before
    pg.uncheck("#show-ws")
    # Clicking a rule keeps only the documents where its removals moved.
    pg.click("#rule-table button[data-rule='copyright_notice']")
    assert pg.get_attribute("#doc-count", "data-count") == "1"
    # The changed document side by side: the copyright paragraph is back in the after text,
    # and its vanished removal is listed with the rule's label first.
    pg.click("#doc-table a")
    pg.wait_for_selector("#side-after")
    assert "版权声明" in (pg.text_content("#side-after") or "")
    assert "版权声明" not in (pg.text_content("#side-before") or "")
    move = pg.locator("#vanished .move[data-rule='copyright_notice']")
    assert move.count() == 1
    assert move.locator(":scope > *").first.get_attribute("data-tag") == "copyright_notice"
    assert pg.locator("#vanished .move[data-rule='blank_lines']").count() == 0
    pg.check("#show-ws")
    assert pg.locator("#vanished .move[data-rule='blank_lines']").count() > 0
    assert page.errors == []


def test_a_rule_wears_the_same_colour_in_the_report_and_the_compare_view(run: Run, page: Page) -> None:
    i = run.doc_index("004_")
    pg = page.open(run.url(f"#doc/{i}"))
    pg.wait_for_selector("#doc-original")
    pg.check("#show-ws")
    tags = pg.locator("#doc-original span.tag")
    report: dict[str, set[str]] = {}
    for k in range(tags.count()):
        rule = tags.nth(k).get_attribute("data-tag") or ""
        report.setdefault(rule, set()).add(tags.nth(k).evaluate("e => getComputedStyle(e).backgroundColor"))
    assert "copyright_notice" in report and all(len(v) == 1 for v in report.values())
    assert len({next(iter(v)) for v in report.values()}) == len(report), "two rules of one document share a colour"
    # A second run without copyright_notice and compared with the first: the vanished removal's
    # label has the colour the rule has in the report.
    after = run.out.parent / "after-colours"
    res = run_cli("clean", *[str(p) for p in SEEDS], "-o", str(after / "clean.jsonl"), "-q", "--disable", "copyright_notice")
    assert res.returncode == 0, res.stderr.decode()
    diff = run.out.parent / "diff-colours.html"
    res = run_cli("report", "--compare", str(run.out / "clean.jsonl"), str(after / "clean.jsonl"), "-o", str(diff))
    assert res.returncode == 0, res.stderr.decode()
    pg = page.open(diff.as_uri())
    pg.click("#rule-table button[data-rule='copyright_notice']")
    pg.click("#doc-table a")
    pg.wait_for_selector("#side-after")
    label = pg.locator("#vanished .move[data-rule='copyright_notice'] [data-tag='copyright_notice']").first
    assert {label.evaluate("e => getComputedStyle(e).backgroundColor")} == report["copyright_notice"]
    assert page.errors == []
