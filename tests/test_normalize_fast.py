"""The normalize stage's shortcut for a text that needs no fix gives what its nine steps give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.filters import normalize
from cleaner.model import Document

_ALPHABET = "a中。 \t\n\r\u3000\u00a0\u200b\u2028\x01\x85e\u0301\ufeff\ue621&;l#t[]()/"


def _run(text: str) -> Document:
    doc = Document(id="t", source="t", original=text)
    out = normalize.Normalize().run(doc)
    doc.metadata["kept"] = bool(out)
    return doc


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_shortcut_changes_nothing_the_steps_would_change(text: str) -> None:
    fast = _run(text)
    saved = normalize._ANY_FIX
    normalize._ANY_FIX = re.compile("")  # always "needs a fix": every step runs
    try:
        slow = _run(text)
    finally:
        normalize._ANY_FIX = saved
    assert (fast.text, fast.changes, fast.metadata) == (slow.text, slow.changes, slow.metadata)


def test_clean_text_takes_the_shortcut_and_stays_whole() -> None:
    text = "市人民医院开展义诊活动。\n活动当天共接待群众150余人次。"
    assert normalize._ANY_FIX.search(text) is None
    doc = _run(text)
    assert doc.text == text and doc.changes == [] and doc.metadata["kept"]


# The patterns as first written: each step's faster form must find exactly what they find.
_LEADING_AS_WRITTEN = re.compile("(?:(?<=\n)|\\A)[ \t\u3000]+")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_leading_spaces_and_edge_blank_lines_found_where_their_plain_patterns_find_them(text: str) -> None:
    assert [m.span() for m in normalize._LEADING.finditer(text)] == [m.span() for m in _LEADING_AS_WRITTEN.finditer(text)]
    edge = normalize._regex_edits(text, normalize._EDGE_BLANK, "", "edge_blank_lines")
    assert [(e.start, e.end) for e in edge] == [m.span() for m in normalize._EDGE_BLANK.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET + "\u2000\u3000 ", max_size=40))
def test_steps_skipped_by_their_substring_tests_would_have_changed_nothing(text: str) -> None:
    # U+2000 becomes U+2002 under NFC: an odd space that only the text after NFC shows.
    fast = _run(text)
    saved = normalize._ODD_CHARS, normalize._may_match
    normalize._ODD_CHARS = re.compile("")  # every text "has" the odd characters
    normalize._may_match = lambda rule, text: True  # type: ignore[assignment]
    try:
        slow = _run(text)
    finally:
        normalize._ODD_CHARS, normalize._may_match = saved
    assert (fast.text, fast.changes, fast.metadata) == (slow.text, slow.changes, slow.metadata)


def test_an_icon_fonts_glyph_goes_a_private_character_inside_a_name_stays() -> None:
    """A share or clock icon drawn with an icon font leaves a private-use character before or
    after a line's words: it goes, logged. Between two Han characters one may stand for a rare
    character of a name (a font's own extension): it stays."""
    doc = _run("\ue621 发布时间:2024-03-12\n义诊持续到中午\ue600\n主治医师张\ue000华为患者复诊。")
    assert doc.text == "发布时间:2024-03-12\n义诊持续到中午\n主治医师张\ue000华为患者复诊。"
    assert [c.rule for c in doc.changes if c.rule == "icon_glyphs"] == ["icon_glyphs", "icon_glyphs"]


def test_html_entities_left_in_text_become_their_characters() -> None:
    """A scraper's text with entities left in it (&ldquo; &nbsp; &lt; &#8212;) reads as the page did:
    each is the character it stands for, a logged change; an unknown name stays as written."""
    from cleaner.model import replay

    doc = _run("血压&lt;140/90mmHg，血脂&amp;血糖&nbsp;都要查。&ldquo;比赛&rdquo;&mdash;&mdash;检验&#8212;AT&T &foo;")
    assert doc.text == "血压<140/90mmHg，血脂&血糖 都要查。“比赛”——检验—AT&T &foo;"
    assert {c.rule for c in doc.changes} >= {"html_entities"}
    assert replay(doc.original, doc.changes) == doc.text


def test_a_markdown_exports_links_read_as_their_words() -> None:
    """A Markdown export's links (`[医院概况](https://…)`, `[收藏](javascript:;)`) read as the page showed
    them: their words, a logged change each; an image and a bracket that is no link stay as written."""
    from cleaner.model import replay

    doc = _run("[首页](https://a.example.cn/) | [医院概况](/gk)\n医院在[县人民医院](https://b.example.cn/x)专家指导下开展义诊[1]。\n![图片](https://a.example.cn/a.jpg)")
    assert doc.text == "首页 | 医院概况\n医院在县人民医院专家指导下开展义诊[1]。\n![图片](https://a.example.cn/a.jpg)"
    assert {c.rule for c in doc.changes} == {"markdown_links"}
    assert replay(doc.original, doc.changes) == doc.text


def test_a_program_listing_keeps_its_indentation_and_prose_loses_its_indent() -> None:
    listing = [
        "def convert(path):",
        "    raw = open(path, 'rb').read()",
        "    try:",
        "        text = raw.decode('utf-8')",
        "    except UnicodeDecodeError:",
        "        text = raw.decode('gb18030')",
        "    return text",
    ]
    doc = _run("\n".join(["　　于是写了个小脚本统一转成不带 BOM 的 UTF-8,记录一下。", *listing, "　　转完以后抽查了几十个文件。"]))
    lines = doc.text.split("\n")
    assert lines[0].startswith("于是") and lines[-1].startswith("转完")
    assert lines[1:-1] == listing


def test_markdown_links_with_brackets_in_the_target_a_linked_logo_and_an_empty_link_keep_only_their_words() -> None:
    text = (
        "[![某某日报](https://example.cn/logo.png)](https://www.example.cn/)\n"
        "[【打印】](javascript:window.print()) [【关闭】](javascript:window.close())\n"
        "[](https://health.example.cn/)\n"
        "字号：[大](javascript:doZoom(18)) [中](javascript:doZoom(16))"
    )
    assert _run(text).text == "某某日报\n【打印】 【关闭】\n字号：大 中"


def test_a_line_set_in_markdown_bold_as_a_whole_loses_its_marks_a_bold_phrase_keeps_them() -> None:
    """`**推荐阅读**` alone on its line is a heading (the related box's, which then goes as one); a
    bold phrase inside a sentence keeps its marks."""
    from cleaner.model import replay

    doc = _run("医生提醒，**发病48小时内**用药效果最好。\n**推荐阅读**\n**编辑：某某**")
    assert doc.text == "医生提醒，**发病48小时内**用药效果最好。\n推荐阅读\n编辑：某某"
    assert {c.rule for c in doc.changes} == {"markdown_bold"}
    assert replay(doc.original, doc.changes) == doc.text
