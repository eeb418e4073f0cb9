"""Cutting a document into records keeps the change log exact (issue 6, acceptance 4)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.config import Config
from cleaner.filters.normalize import Normalize
from cleaner.model import Document, Edit, replay
from cleaner.segment import Segment, slice_changes


@st.composite
def edited_documents(draw: st.DrawFn) -> Document:
    original = draw(st.text(alphabet="ab\n甲乙", min_size=1, max_size=40))
    doc = Document(id="d", source="d", original=original)
    for batch in range(draw(st.integers(0, 3))):
        n = len(doc.text)
        points = sorted(draw(st.lists(st.integers(0, n), min_size=0, max_size=6)))
        edits = []
        for k in range(0, len(points) - 1, 2):
            repl = draw(st.sampled_from(["", "x", "\n", "丙丁"]))
            edits.append(Edit(points[k], points[k + 1], repl, f"r{batch}"))
        doc.apply(f"s{batch}", edits)
    return doc


@settings(max_examples=150, deadline=None)
@given(edited_documents(), st.data())
def test_slices_tile_the_original_and_replay(doc: Document, data: st.DataObject) -> None:
    n = len(doc.text)
    cuts = sorted(set(data.draw(st.lists(st.integers(1, max(1, n - 1)), max_size=4)))) if n > 1 else []
    bounds = [0, *cuts, n]
    pieces = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        oa, ob, changes = slice_changes(doc, a, b)
        assert replay(doc.original[oa:ob], changes) == doc.text[a:b]
        pieces.append((oa, ob))
    # Consecutive slices meet exactly and together cover the whole original.
    assert pieces[0][0] == 0 and pieces[-1][1] == len(doc.original)
    assert all(p[1] == q[0] for p, q in zip(pieces, pieces[1:], strict=False))


def test_a_change_straddling_a_cut_is_split_between_the_records() -> None:
    doc = Document(id="d", source="d", original="第一段\n\n\n\n第二段")
    doc.apply("normalize", [Edit(3, 7, "\n\n", "blank_lines")])
    assert doc.text == "第一段\n\n第二段"
    # Cut between the two newlines the change inserted.
    oa, ob, first = slice_changes(doc, 0, 4)
    assert (oa, ob) == (0, 7)
    assert [(c.start, c.end, c.replacement, c.rule) for c in first] == [(3, 7, "\n", "blank_lines")]
    oa, ob, second = slice_changes(doc, 4, len(doc.text))
    assert oa == 7
    assert [(c.start, c.end, c.replacement, c.rule) for c in second] == [(0, 0, "\n", "blank_lines")]
    assert replay(doc.original[oa:ob], second) == "\n第二段"


FRAGMENTS = [
    "### 武宁县人民医院 义诊进社区",
    "### 武宁县中医院",
    "## 二、基层医疗机构",
    "【澧溪镇中心卫生院】",
    "一、宋溪镇卫生院：家庭医生上门",
    "01 优化就医流程",
    "5月17日，武宁县人民医院在县城人民广场举办大型义诊活动。",
    "5月18日，武宁县中医院与武宁县妇幼保健院联合走进敬老院。",
    "该院还为老人们讲解中医养生保健知识。",
    "医院门诊综合楼",
    "近年来，医院坚持公益性，努力建设成为",
    "“和谐、仁爱、博精、为民”是医院不变的追求理念，全院职工将继续努力。",
    "",
    "  ",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=0, max_size=14), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_any_mix_of_headings_and_paragraphs_splits_into_replayable_records(parts: list[str], sep: str) -> None:
    original = sep.join(parts)
    doc = Document(id="p", source="p", original=original)
    docs = Normalize(Config()).run(doc)
    out = [r for d in docs for r in Segment(Config()).run(d)]
    for r in out:
        assert replay(r.original, r.changes) == r.text
        assert r.text.strip()
    split = [r for r in out if r.parent_id is not None]
    if split and split[0].metadata["split"]["form"] != "themed":
        # Records of a split tile the original: nothing is lost.
        assert "".join(r.original for r in split) == original
