"""`cleaner explain` (removals struck through with their rule ids) and `cleaner report` on the command line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from cleaner import api
from cleaner.model import Document, Edit
from cleaner.report.palette import PALETTE, rule_colours
from cleaner.report.review import load_review
from cleaner.report.terminal import explain_plain, explain_rich, print_explain, rule_colour, shown

from .conftest import SEEDS
from .helpers import run_cli


def _doc() -> Document:
    d = Document(id="a.txt", source="a.txt", original="发布日期:2024-05-01\n医院召开大会,部署工作。G\n版权声明:本站所有。\n")
    t = d.text
    d.apply("boilerplate", [
        Edit(0, t.index("医院"), "", "published_line"),
        Edit(t.index("G"), t.index("G") + 1, "", "stray_latin"),
        Edit(t.index("版权"), len(t), "", "copyright_notice"),
    ])
    d.apply("punctuation", [Edit(d.text.index(","), d.text.index(",") + 1, "\uff0c", "cjk_comma")])
    return d


def test_plain_explanation_marks_every_change_with_its_rule() -> None:
    out = explain_plain([_doc()], {"copyright_notice": {"description": "版权声明 paragraphs"}})
    assert out.splitlines()[0] == "== a.txt =="
    # The rule's label opens its removal.
    assert "{published_line}[-发布日期:2024-05-01\n-]医院召开大会{cjk_comma}[-,-+\uff0c+]部署工作。{stray_latin}[-G-]" in out
    assert "{copyright_notice}[-版权声明:本站所有。\n-]" in out
    assert "-- 4 changes --" in out
    assert '   4. boilerplate/copyright_notice [30:41] removed "版权声明:本站所有。\\n"  (版权声明 paragraphs)' in out
    assert '   2. punctuation/cjk_comma [22:23] "," -> "\uff0c"' in out


def test_whitespace_removals_are_shown_as_symbols() -> None:
    d = Document(id="b.txt", source="b.txt", original="第一段。\n\n\n第二段。  \n")
    d.apply("normalize", [Edit(5, 7, "", "blank_lines"), Edit(11, 13, "", "trailing_spaces")])
    out = explain_plain([d], whitespace=True)
    assert "第一段。\n{blank_lines}[-↵\n↵\n-]第二段。{trailing_spaces}[-··-]\n" in out
    assert shown("版权声明\n") == "版权声明\n"


def test_whitespace_only_changes_are_hidden_by_default() -> None:
    d = Document(id="b.txt", source="b.txt", original="第一段。\n\n\n第二段。  \n(0)\n")
    d.apply("normalize", [Edit(5, 7, "", "blank_lines"), Edit(11, 13, "", "trailing_spaces")])
    d.apply("boilerplate", [Edit(d.text.index("(0)"), len(d.text), "", "bare_counter")])
    out = explain_plain([d])
    assert "== b.txt ==\n第一段。\n第二段。\n{bare_counter}[-(0)\n-]\n--" in out
    assert "blank_lines" not in out and "↵" not in out
    assert "-- 3 changes, 2 whitespace-only hidden (--whitespace shows them) --" in out
    assert "   3. boilerplate/bare_counter" in out and "1. normalize" not in out
    shown_all = explain_plain([d], whitespace=True)
    assert "   1. normalize/blank_lines" in shown_all and "hidden" not in shown_all


def test_rules_get_distinct_palette_colours() -> None:
    ids = ["title", "blank_lines", "copyright_notice", "bare_counter", "prev_next", "related_block", "repeat_title"]
    colours = rule_colours(ids)
    assert len(set(colours.values())) == len(ids)
    assert set(colours.values()) <= set(PALETTE)
    assert rule_colours(reversed(ids)) == colours


def test_terminal_explanation_strikes_removals_in_the_rules_colour() -> None:
    texts = explain_rich([_doc()])
    body = texts[1]
    struck = {body.plain[s.start : s.end]: str(s.style) for s in body.spans if "strike" in str(s.style)}
    ids = [c.rule for c in _doc().changes]
    assert struck["G"] == f"strike {rule_colour('stray_latin', ids)}"
    # The body's trailing newline is trimmed, so the last removal ends at 。
    assert struck["版权声明:本站所有。"] == f"strike {rule_colour('copyright_notice', ids)}"
    assert rule_colour("stray_latin", ids) != rule_colour("copyright_notice", ids)
    assert "{stray_latin}G" in body.plain and "{copyright_notice}版权声明" in body.plain
    # On a terminal the styles are emitted; off a terminal the plain markers are.
    buf = io.StringIO()
    print_explain([_doc()], console=Console(file=buf, force_terminal=True, color_system="truecolor", width=100))
    assert "\x1b[9" in buf.getvalue() or ";9m" in buf.getvalue() or "\x1b[9;" in buf.getvalue()
    plain = io.StringIO()
    print_explain([_doc()], console=Console(file=plain, force_terminal=False, width=100))
    assert "\x1b[" not in plain.getvalue() and "{stray_latin}[-G-]" in plain.getvalue()


def test_cli_explain_shows_each_removal_of_a_seed_with_its_rule() -> None:
    seed = next(p for p in SEEDS if p.name.startswith("004_"))
    res = run_cli("explain", str(seed), "--whitespace")
    assert res.returncode == 0, res.stderr.decode()
    out = res.stdout.decode("utf-8")
    (doc,) = api.clean([str(seed)]).documents
    assert doc.changes, "the chain changes seed 004"
    assert out.startswith(f"== {doc.id}")
    for n, c in enumerate(doc.changes, 1):
        if c.replacement:
            assert (f"{{{c.rule}}}[-{shown(c.removed)}-+{shown(c.replacement)}+]" in out
                    or f"{{{c.rule}}}[+{shown(c.replacement)}+]" in out)
        else:
            assert f"{{{c.rule}}}[-{shown(c.removed)}-]" in out
        assert f"{n:>4}. {c.stage}/{c.rule} [{c.start}:{c.end}]" in out
    # Text the chain keeps is printed unmarked.
    assert doc.text.splitlines()[-1] in out


def test_cli_explain_seed_004_strikes_copyright_and_related_block() -> None:
    seed = next(p for p in SEEDS if p.name.startswith("004_"))
    (doc,) = api.clean([str(seed)]).documents
    assert any(c.stage == "boilerplate" for c in doc.changes), "the shipped rules must change seed 004"
    out = run_cli("explain", str(seed)).stdout.decode("utf-8")
    for marker in ("版权声明", "相关推荐"):
        hits = [c for c in doc.changes if marker in c.removed and not c.replacement]
        assert hits, f"no rule removed {marker}"
        c = hits[0]
        assert f"{{{c.rule}}}[-{c.removed}-]" in out, (marker, c.rule)
        assert "版权" not in doc.text or marker != "版权声明"


def test_cli_explain_errors_name_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    res = run_cli("explain", str(missing))
    assert res.returncode == 1
    err = res.stderr.decode()
    assert err.startswith("Error: ") and "nope.txt" in err and "Traceback" not in err
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    res = run_cli("explain", str(empty))
    assert res.returncode == 1 and "empty.txt" in res.stderr.decode()


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run") / "clean.jsonl"
    res = run_cli("clean", *[str(p) for p in SEEDS], "-o", str(out), "-q")
    assert res.returncode == 0, res.stderr.decode()
    return out


def test_cli_report_rebuilds_html_and_markdown_from_the_review_file(cleaned: Path, tmp_path: Path) -> None:
    review = cleaned.with_name("clean.review.jsonl.gz")
    assert review.exists(), "cleaner clean -o writes the review file beside the output"
    html = tmp_path / "r.html"
    res = run_cli("report", str(cleaned), "-o", str(html))
    assert res.returncode == 0, res.stderr.decode()
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    for seed in SEEDS:
        assert seed.name in page
    md = run_cli("report", str(review), "--format", "md")
    assert md.returncode == 0, md.stderr.decode()
    text = md.stdout.decode("utf-8")
    summary = load_review(review).summary
    assert summary is not None
    assert text.startswith("## cleaner run") and f"| records out | {summary['records']} |" in text
    assert "| stage | rule | changes | chars removed |" in text


def test_cli_report_errors(tmp_path: Path, cleaned: Path) -> None:
    res = run_cli("report", str(tmp_path / "gone.jsonl"), "--format", "md")
    assert res.returncode == 2
    assert "gone.review.jsonl.gz: no such review file" in res.stderr.decode()
    res = run_cli("report", str(cleaned))
    assert res.returncode == 2 and "needs -o" in res.stderr.decode()


def test_report_rebuilt_without_the_raw_inputs_matches_the_runs_report(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for seed in SEEDS:
        (raw / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path / "out" / "clean.jsonl"
    res = run_cli("clean", str(raw), "-o", str(out), "--report", str(tmp_path / "out" / "report.html"), "-q")
    assert res.returncode == 0, res.stderr.decode()
    for f in raw.iterdir():
        f.unlink()
    raw.rmdir()
    rebuilt = tmp_path / "again.html"
    res = run_cli("report", str(out), "-o", str(rebuilt))
    assert res.returncode == 0, res.stderr.decode()
    assert rebuilt.read_bytes() == (tmp_path / "out" / "report.html").read_bytes()
