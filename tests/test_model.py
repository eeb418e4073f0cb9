"""The change log: whatever edits stages make, replaying the log on the original gives the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.model import Document, Edit, replay

ALPHABET = "党建引领医院发展,。\n ab"


@st.composite
def edit_batches(draw: st.DrawFn) -> tuple[str, list[list[tuple[int, int, str]]]]:
    text = draw(st.text(alphabet=ALPHABET, min_size=0, max_size=40))
    batches = []
    length = len(text)
    for _ in range(draw(st.integers(1, 5))):
        cuts = sorted(draw(st.lists(st.integers(0, length), min_size=0, max_size=6)))
        pairs = []
        for a, b in zip(cuts[::2], cuts[1::2], strict=False):
            pairs.append((a, b, draw(st.text(alphabet="XY,", max_size=3))))
        batches.append(pairs)
        # The text length after this batch, for the next batch's offsets.
        length += sum(len(r) - (b - a) for a, b, r in pairs)
    return text, batches


@settings(max_examples=400, deadline=None)
@given(edit_batches())
def test_replay_reproduces_text_after_any_edits(case: tuple[str, list[list[tuple[int, int, str]]]]) -> None:
    text, batches = case
    doc = Document("d", "d", text)
    expected = text
    for i, batch in enumerate(batches):
        edits = [Edit(a, b, r, f"rule_{i}") for a, b, r in batch]
        # Apply to a plain string the obvious way, to compare.
        out, pos = [], 0
        for a, b, r in batch:
            out.append(expected[pos:a] + r)
            pos = b
        out.append(expected[pos:])
        expected = "".join(out)
        doc.apply("stage", edits)
        assert doc.text == expected
        assert replay(doc.original, doc.changes) == doc.text
    spans = [(c.start, c.end) for c in doc.changes]
    assert spans == sorted(spans)
    for c in doc.changes:
        assert c.removed == doc.original[c.start : c.end]
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end <= start


def test_a_later_removal_absorbs_the_earlier_edit_inside_it() -> None:
    doc = Document("d", "d", "第一段\r\n版权声明:本站所有\r\n第二段")
    doc.apply("normalize", [Edit(3, 5, "\n", "line_endings"), Edit(14, 16, "\n", "line_endings")])
    assert doc.text == "第一段\n版权声明:本站所有\n第二段"
    start = doc.text.index("版权")
    doc.apply("boilerplate", [Edit(start, doc.text.index("第二段"), "", "copyright_notice")])
    assert doc.text == "第一段\n第二段"
    rules = [(c.stage, c.rule) for c in doc.changes]
    assert rules == [("normalize", "line_endings"), ("boilerplate", "copyright_notice")]
    assert doc.changes[1].removed == "版权声明:本站所有\r\n"
    assert replay(doc.original, doc.changes) == doc.text


def test_overlapping_edits_in_one_batch_are_refused() -> None:
    doc = Document("d", "d", "abcdef")
    with pytest.raises(ValueError, match="overlapping"):
        doc.apply("s", [Edit(0, 3, "", "a"), Edit(2, 4, "", "b")])


def test_original_offset_maps_current_positions_back() -> None:
    doc = Document("d", "d", "xx标题\n正文")
    doc.apply("s", [Edit(0, 2, "", "junk")])
    assert doc.text == "标题\n正文"
    assert doc.original_offset(doc.text.index("正文")) == doc.original.index("正文")


def test_a_removal_spanning_an_earlier_removal_keeps_its_rule_in_the_log() -> None:
    doc = Document("d", "d", "正文。\n来源:产科\n编辑:刘佳")
    doc.apply("metadata", [Edit(4, 10, "", "source_line")])
    assert doc.text == "正文。\n编辑:刘佳"
    doc.apply("boilerplate", [Edit(3, len(doc.text), "", "editor_line")])
    assert doc.text == "正文。"
    assert [(c.stage, c.rule, c.removed) for c in doc.changes] == [
        ("boilerplate", "editor_line", "\n"),
        ("metadata", "source_line", "来源:产科\n"),
        ("boilerplate", "editor_line", "编辑:刘佳"),
    ]
    assert replay(doc.original, doc.changes) == doc.text
