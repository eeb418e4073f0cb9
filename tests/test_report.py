"""The review data file and the reports built from it (HTML page content, Markdown summary)."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import api
from cleaner.config import Config
from cleaner.errors import CleanerError
from cleaner.model import Change, Document, Edit, institution_list, replay
from cleaner.pipeline import Summary
from cleaner.report.html import embed_json, render_html, render_html_string
from cleaner.report.markdown import render_markdown
from cleaner.report.palette import PALETTE, rule_colours, tint
from cleaner.report.review import ReviewWriter, load_review, resolve_review_path

from .conftest import SEEDS
from .helpers import run_cli

INJECTION = (
    "医院公告<script>window.__pwned=1</script>\n"
    '<img src=x onerror="window.__pwned=1">\n'
    '<a href="javascript:window.__pwned=1">x</a>\n'
    "{{script}} \u2028 & </script> 结束。\n"
)


def _write_run(path: Path, inputs: list[str], config: Config | None = None) -> Summary:
    cfg = config or Config()
    with ReviewWriter(path) as w:
        w.write_run({"version": "test", "inputs": inputs})
        summary = api.run(inputs, cfg, records=_Null(), dups=_Null(), review=w)
        w.write_summary(summary.to_dict())
    return summary


class _Null:
    def write(self, doc: Document) -> None:
        pass


def _roundup_children() -> list[Document]:
    """Three records split from one roundup, as the segment stage emits them."""
    parent = "重庆卫健委 发布\n### 大足区人民医院 党建引领\n大足区人民医院开展义诊。\n### 綦江区中医院 中医惠民\n綦江区中医院举办讲座。\n"
    a, b = parent.index("###"), parent.index("### 綦江")
    docs = []
    for n, (s, e, inst) in enumerate([(0, a, None), (a, b, "大足区人民医院"), (b, len(parent), "綦江区中医院")]):
        d = Document(id=f"roundup.txt#{n}", source="roundup.txt", original=parent[s:e], parent_id="roundup.txt",
                     offset=s, institution=inst, kind="intro" if n == 0 else None)
        if d.text.startswith("### "):
            d.apply("segment", [Edit(0, 4, "", "heading_marker")])
        docs.append(d)
    return docs


def test_review_round_trip_on_the_seeds(tmp_path: Path) -> None:
    path = tmp_path / "run.review.jsonl.gz"
    seeds = [str(p) for p in SEEDS]
    result = api.clean(seeds)
    summary = _write_run(path, seeds)
    review = load_review(path)
    assert review.run["format"] == 1 and review.run["inputs"] == seeds
    assert review.summary is not None and review.summary["records"] == summary.records
    by_id = {d.id: d for d in result.documents + result.dropped}
    assert sorted(d["id"] for d in review.docs) == sorted(by_id)
    for d in review.docs:
        doc = by_id[d["id"]]
        assert d["original"] == doc.original
        assert d["text"] == doc.text
        assert [(c["stage"], c["rule"], c["start"], c["end"], c["removed"]) for c in d["changes"]] == [
            (c.stage, c.rule, c.start, c.end, c.removed) for c in doc.changes
        ]
        assert replay(d["original"], [Change.from_dict(c) for c in d["changes"]]) == d["text"]
    # The cleaned text is rebuilt from the log, not stored twice.
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh]
    assert [ln["type"] for ln in (lines[0], lines[-1])] == ["run", "summary"]
    assert all("text" not in ln["record"] for ln in lines if ln["type"] == "doc")


def test_split_records_store_the_roundup_once(tmp_path: Path) -> None:
    path = tmp_path / "r.review.jsonl.gz"
    kids = _roundup_children()
    with ReviewWriter(path) as w:
        w.write_run({"version": "test"})
        for d in kids:
            w.write_doc(d)
        w.write_summary({"records": 3})
    raw = gzip.decompress(path.read_bytes()).decode("utf-8")
    assert raw.count("大足区人民医院开展义诊") == 1
    review = load_review(path)
    parent = review.parents["roundup.txt"]
    assert parent["original"] == "".join(d.original for d in kids)
    for d, k in zip(review.docs, kids, strict=True):
        assert (d["original"], d["text"], d["parent_id"], d["offset"]) == (k.original, k.text, "roundup.txt", k.offset)
        assert d["record"]["institution"] == k.to_record()["institution"] == institution_list(k.institution)
    assert review.docs[1]["changes"][0]["rule"] == "heading_marker"
    assert review.docs[1]["changes"][0]["removed"] == "### "


def test_dropped_duplicates_keep_dup_of_and_similarity(tmp_path: Path) -> None:
    path = tmp_path / "d.review.jsonl.gz"
    kept = Document(id="a.txt", source="a.txt", original="医院召开大会。")
    dup = Document(id="b.txt", source="b.txt", original="医院召开大会!", dropped="neardup",
                   metadata={"dup_of": "a.txt", "similarity": 0.92})
    with ReviewWriter(path) as w:
        w.write_run({})
        w.write_doc(kept)
        w.write_doc(dup)
    d = load_review(path).docs[1]
    assert (d["dropped"], d["record"]["metadata"]["dup_of"], d["record"]["metadata"]["similarity"]) == ("neardup", "a.txt", 0.92)


def test_writer_is_atomic_and_deterministic(tmp_path: Path) -> None:
    path = tmp_path / "x.review.jsonl.gz"
    seeds = [str(p) for p in SEEDS[:2]]
    _write_run(path, seeds)
    first = path.read_bytes()
    _write_run(path, seeds)
    assert path.read_bytes() == first, "same run, same bytes"
    w = ReviewWriter(path)
    w.write_run({"version": "other"})
    w.abort()
    assert path.read_bytes() == first, "an aborted run leaves the earlier review file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.review.jsonl.gz"], "no temporary file left"


def test_review_file_is_plain_gzip_that_any_reader_opens(tmp_path: Path) -> None:
    # Written with the fastest gzip at hand (ISA-L when installed): still one standard gzip
    # stream, without a timestamp, that the standard library decompresses line by line.
    path = tmp_path / "g.review.jsonl.gz"
    _write_run(path, [str(p) for p in SEEDS[:2]])
    data = path.read_bytes()
    assert data[:2] == b"\x1f\x8b" and data[4:8] == b"\0\0\0\0", "gzip magic, mtime 0"
    lines = [json.loads(x) for x in gzip.decompress(data).decode("utf-8").splitlines()]
    assert [x["type"] for x in lines] == ["run", "doc", "doc", "summary"]
    assert [x["source"] for x in lines[1:3]] == [str(p) for p in SEEDS[:2]]


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "none.review.jsonl.gz"
    with pytest.raises(CleanerError, match=r"none\.review\.jsonl\.gz: no such review file") as e:
        load_review(missing)
    assert e.value.hint and "cleaner clean" in e.value.hint
    other = tmp_path / "records.jsonl"
    other.write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    with pytest.raises(CleanerError, match=r"records\.jsonl: line 1 is not a review line"):
        load_review(other)
    good = tmp_path / "g.review.jsonl.gz"
    _write_run(good, [str(SEEDS[0])])
    cut = tmp_path / "cut.review.jsonl.gz"
    cut.write_bytes(good.read_bytes()[:-40])
    with pytest.raises(CleanerError, match=r"cut\.review\.jsonl\.gz: damaged gzip data"):
        load_review(cut)
    newer = tmp_path / "n.review.jsonl"
    newer.write_text('{"type": "run", "format": 99}\n', encoding="utf-8")
    with pytest.raises(CleanerError, match=r"review format 99"):
        load_review(newer)


def test_resolve_review_path_accepts_the_output_or_the_review_file(tmp_path: Path) -> None:
    assert resolve_review_path(str(tmp_path / "out" / "clean.jsonl")) == str(tmp_path / "out" / "clean.review.jsonl.gz")
    assert resolve_review_path("x/clean.review.jsonl.gz") == "x/clean.review.jsonl.gz"


def test_embedded_json_cannot_close_the_script_block() -> None:
    s = embed_json({"t": INJECTION})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s
    assert json.loads(s)["t"] == INJECTION


@given(st.text(alphabet=st.sampled_from(list("<>&/\"'\\ \n\u2028\u2029script医院")) | st.characters(), max_size=60))
def test_embedded_json_round_trips_any_text(text: str) -> None:
    s = embed_json({"t": text, "k": [text]})
    assert not set(s) & set("<>&\u2028\u2029")
    assert json.loads(s) == {"t": text, "k": [text]}


def test_html_page_embeds_scraped_text_only_as_data(tmp_path: Path) -> None:
    inp = tmp_path / "inject.txt"
    inp.write_text(INJECTION, encoding="utf-8")
    review_path = tmp_path / "r.review.jsonl.gz"
    _write_run(review_path, [str(inp), str(SEEDS[4])])
    page = render_html_string(load_review(review_path))
    # Exactly the page's own two script elements: the JSON data block and the one script.
    assert page.count("<script") == 2
    assert "window.__pwned" in page and "<script>window.__pwned" not in page
    assert "<img" not in page and "<a href=\"javascript" not in page
    assert '<meta charset="utf-8">' in page
    assert "http://" not in page and "https://" not in page, "no network resource"
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None
    policy = csp.group(1)
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy
    script = re.search(r"<script>(.*?)</script>", page, re.S)
    style = re.search(r"<style>(.*?)</style>", page, re.S)
    assert script is not None and style is not None
    for body in (script.group(1), style.group(1)):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    data = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S)
    assert data is not None
    payload = json.loads(data.group(1))
    inject = next(d for d in payload["docs"] if d["id"].endswith("inject.txt"))
    assert "<script>window.__pwned=1</script>" in inject["orig"]


def test_html_report_lists_every_rule_with_a_stable_colour(tmp_path: Path) -> None:
    review_path = tmp_path / "r.review.jsonl.gz"
    _write_run(review_path, [str(p) for p in SEEDS])
    out = tmp_path / "report.html"
    render_html(review_path, out)
    page = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="report-data">(.*?)</script>', page, re.S).group(1))  # type: ignore[union-attr]
    review = load_review(review_path)
    used = {c["rule"] for d in review.docs for c in d["changes"]}
    assert used and used <= {r["id"] for r in data["rules"]}
    assert len(data["docs"]) == len(review.docs)
    colours = rule_colours(r["id"] for r in data["rules"])
    assert len(data["rules"]) <= len(PALETTE)
    assert len(set(colours.values())) == len(data["rules"]), "two rules of one report share a colour"
    for i, r in enumerate(data["rules"]):
        assert f".r{i}{{background:{tint(colours[r['id']])}}}" in page


def test_markdown_summary_tables(tmp_path: Path) -> None:
    bad = tmp_path / "broken.txt.gz"
    bad.write_bytes(b"\x1f\x8b not really gzip")
    review_path = tmp_path / "r.review.jsonl.gz"
    inputs = [str(p) for p in SEEDS] + [str(bad)]
    summary = _write_run(review_path, inputs)
    md = render_markdown(load_review(review_path))
    assert md.startswith("## cleaner run")
    assert "| stage | rule | changes | chars removed |" in md
    for c in summary.to_dict()["changes"]:
        assert f"| {c['stage']} | `{c['rule']}` | {c['count']} | {c['chars_removed']} |" in md
    assert "### Skipped inputs" in md and "broken.txt.gz" in md
    assert f"| records out | {summary.records} |" in md


def test_markdown_lists_corpus_pass_figures(tmp_path: Path) -> None:
    path = tmp_path / "t.review.jsonl.gz"
    with ReviewWriter(path) as w:
        w.write_run({})
        w.write_doc(Document(id="a.txt", source="a.txt", original="医院召开大会。"))
        w.write_summary({"records": 1, "changes": [],
                         "templates": [{"text": "扫码关注我们|公众号", "docs": 12}],
                         "neardup": {"clusters": 0, "duplicates": 0}})
    md = render_markdown(load_review(path))
    assert "### templates\n\n| text | docs |\n|---|---|\n| 扫码关注我们\\|公众号 | 12 |" in md
    assert "### neardup" in md and "| clusters | 0 |" in md


def _two_runs(tmp_path: Path) -> tuple[Path, Path]:
    inputs = [str(p.parent) for p in SEEDS if p.name.startswith(("002_", "004_"))]
    a, b = tmp_path / "a" / "clean.jsonl", tmp_path / "b" / "clean.jsonl"
    assert run_cli("clean", *inputs, "-o", str(a), "-q").returncode == 0
    res = run_cli("clean", *inputs, "-o", str(b), "-q", "--disable", "copyright_notice", "--disable", "blank_lines")
    assert res.returncode == 0, res.stderr.decode()
    return a, b


def test_compare_names_the_removals_that_vanished_per_rule(tmp_path: Path) -> None:
    from cleaner.report.compare import compare_reviews

    a, b = _two_runs(tmp_path)
    before, after = load_review(resolve_review_path(str(a))), load_review(resolve_review_path(str(b)))
    data = compare_reviews(before, after)
    rules = {r["rule"]: r for r in data["rules"]}
    assert rules["copyright_notice"]["vanished"] == 1 and rules["copyright_notice"]["appeared"] == 0
    assert rules["blank_lines"]["vanished"] > 0
    (seed4,) = [d for d in data["docs"] if d["id"].endswith("004_5ab4f8ea545d22bc.txt")]
    assert seed4["status"] == "changed" and seed4["fields"] == ["text"]
    assert [c["rule"] for c in seed4["vanished"] if c["rule"] == "copyright_notice"] == ["copyright_notice"]
    # Whitespace-only changes are counted but not listed by default; records that differ only in
    # blank lines are not listed as changed.
    assert seed4["whitespace_hidden"] > 0 and all(not c["ws"] for c in seed4["vanished"])
    assert data["counts"]["whitespace"] >= 1
    assert not any(d["status"] == "whitespace" for d in data["docs"])
    full = compare_reviews(before, after, whitespace=True)
    assert any(d["status"] == "whitespace" for d in full["docs"])
    assert sum(data["counts"].values()) == len({d["id"] for d in before.docs} | {d["id"] for d in after.docs})
    # A run compared with itself differs in nothing.
    same = compare_reviews(before, before)
    assert same["docs"] == [] and same["rules"] == [] and same["counts"]["same"] == len(before.docs)


def test_compare_from_the_command_line_in_markdown_and_html(tmp_path: Path) -> None:
    a, b = _two_runs(tmp_path)
    res = run_cli("report", "--compare", str(a), str(b), "--format", "md")
    assert res.returncode == 0, res.stderr.decode()
    md = res.stdout.decode()
    assert md.startswith("## cleaner compare")
    assert "| boilerplate | `copyright_notice` | 0 | 0 | 1 |" in md
    assert "−`copyright_notice` 版权声明" in md
    assert "whitespace-only)" in md
    out = tmp_path / "diff.html"
    res = run_cli("report", "--compare", str(a), str(b), "-o", str(out))
    assert res.returncode == 0, res.stderr.decode()
    page = out.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "copyright_notice" in page
    bad = run_cli("report", str(a), "--compare", str(a), str(b), "-o", str(out))
    assert bad.returncode == 2 and "--compare" in bad.stderr.decode()


def _page_colours(page: str, ids: list[str]) -> dict[str, str]:
    """The colour each rule's label gets in a rendered page: `.tag.rI{background:#…}` by index."""
    found = dict(re.findall(r"\.bar\.r(\d+),\.tag\.r\d+\{background:(#[0-9a-f]{6})\}", page))
    return {rid: found[str(i)] for i, rid in enumerate(ids)}


def test_a_rule_has_one_colour_in_every_report_and_in_the_comparison(tmp_path: Path) -> None:
    from cleaner.report.compare import compare_reviews
    from cleaner.report.html import render_compare_html_string, report_data

    # Two runs over different inputs and rules: their reports show different sets of rules.
    a, b = tmp_path / "a.review.jsonl.gz", tmp_path / "b.review.jsonl.gz"
    _write_run(a, [str(p) for p in SEEDS[:3]])
    _write_run(b, [str(p) for p in SEEDS[2:]], Config(disable=["copyright_notice", "title"]))
    ra, rb = load_review(a), load_review(b)
    ids_a = [r["id"] for r in report_data(ra)["rules"]]
    ids_b = [r["id"] for r in report_data(rb)["rules"]]
    assert set(ids_a) != set(ids_b) and set(ids_a) & set(ids_b)
    col_a = _page_colours(render_html_string(ra), ids_a)
    col_b = _page_colours(render_html_string(rb), ids_b)
    assert len(set(col_a.values())) == len(ids_a) and len(set(col_b.values())) == len(ids_b)
    for rid in set(ids_a) & set(ids_b):
        assert col_a[rid] == col_b[rid], f"{rid} changes colour between two reports"
    data = compare_reviews(ra, rb)
    ids_c = sorted({r["rule"] for r in data["rules"]})
    col_c = _page_colours(render_compare_html_string(data), ids_c)
    assert ids_c and all(col_c[rid] == (col_a.get(rid) or col_b[rid]) for rid in ids_c)


def test_every_known_rule_id_has_its_own_colour() -> None:
    from cleaner.report.palette import known_rule_ids
    from cleaner.stage_rules import stage_rule_ids

    ids = known_rule_ids()
    assert "blank_lines" in ids and "copyright_notice" in ids and set(stage_rule_ids()) <= set(ids)
    colours = rule_colours(ids)
    assert len(set(colours.values())) == len(ids) <= len(PALETTE)
    # An id of a user's rule file gets a palette colour too, the same every time.
    mine = rule_colours(["my_site_footer"])["my_site_footer"]
    assert mine in PALETTE and rule_colours(["my_site_footer", "title"])["my_site_footer"] == mine
    # …and never one a packaged id holds.
    users = ["my_site_footer", "stray_latin", "hospital_banner", "old_portal_bar"]
    assert not set(rule_colours(users).values()) & set(colours.values())


def test_every_count_agrees_between_the_summary_the_markdown_and_the_review(tmp_path: Path) -> None:
    # A JSONL input of two articles beside the text files: inputs and documents differ.
    lines = tmp_path / "two.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in SEEDS[:2]]
    lines.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")
    out = tmp_path / "clean.jsonl"
    res = run_cli("clean", *[str(p) for p in SEEDS], str(lines), "-o", str(out))
    assert res.returncode == 0, res.stderr.decode()
    said = dict(re.findall(r"(inputs read|documents read|records written|dropped): (\d+)", res.stderr.decode()))
    review = load_review(resolve_review_path(str(out)))
    assert review.summary is not None
    md = run_cli("report", str(out), "--format", "md").stdout.decode()
    table = dict(re.findall(r"^\| ([a-z ]+) \| (\d+) \|$", md, re.M))
    assert said["inputs read"] == table["inputs read"] == str(len(SEEDS) + 1)
    assert said["documents read"] == table["documents read"] == str(len(SEEDS) + 2)
    assert said["records written"] == table["records out"] == str(len(out.read_text(encoding="utf-8").splitlines()))
    assert said["dropped"] == table["documents dropped"]
    assert table["documents in this report"] == str(len(review.docs)) == str(int(table["records out"]) + int(table["documents dropped"]))
    cmp = run_cli("report", "--compare", str(out), str(out), "--format", "md").stdout.decode()
    assert f"| documents in the report | {len(review.docs)} | {len(review.docs)} |" in cmp


def test_run_summary_lists_a_bounded_number_of_notes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A million-record run must not hold a million notes in its summary: the first few are
    # listed, every note is counted per rule, and each record keeps its own notes.
    import cleaner.pipeline as pipeline

    monkeypatch.setattr(pipeline, "NOTES_LISTED", 2)
    root = tmp_path / "in"
    root.mkdir()
    for n in range(4):
        (root / f"r{n}.txt").write_text(
            f"第{n}篇 全市医疗机构动态\n### 甲区人民医院\n甲区人民医院开展第{n}次义诊活动，服务群众百余人。\n"
            f"### 乙县中医院\n乙县中医院举办第{n}场健康讲座，听众踊跃提问。\n",
            encoding="utf-8",
        )
    path = tmp_path / "run.review.jsonl.gz"
    summary = _write_run(path, [str(root)])
    data = summary.to_dict()
    total = sum(c["count"] for c in data["note_counts"])
    assert total > 2 and len(data["notes"]) == 2 and data["notes_not_listed"] == total - 2
    md = render_markdown(load_review(path))
    assert f"{total - 2} more notes are not listed here" in md
    assert "| segment | `split` |" in md
