"""A document's paragraphs, keys and roundup are worked out once per text and never outlive it."""

from __future__ import annotations

import pickle
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import textview
from cleaner.config import Config
from cleaner.dedup import keys as keys_mod
from cleaner.dedup.keys import document_key
from cleaner.filters.repeats import Repeats
from cleaner.model import Document, Edit, paragraph_spans
from cleaner.segment import Segment, sections
from cleaner.textview import paragraph_key

ROUNDUP = (
    "近日，各地医院开展义诊活动。\n\n"
    "【武宁县人民医院】\n\n"
    "5月17日上午，武宁县人民医院组织专家到社区开展义诊，为居民测量血压、讲解慢病用药知识。\n\n"
    "【武宁县中医院】\n\n"
    "5月18日，武宁县中医院在院门口设立咨询台，医生为群众讲解中医养生和常见病预防。\n"
)


def test_paragraphs_are_the_non_blank_lines_with_their_keys() -> None:
    doc = Document(id="a", source="a", original="第一段　全角，文字。\n\n  \n第二段“引号”—破折号\n")
    paras = doc.paragraphs()
    assert [(p.start, p.start + len(p.text)) for p in paras] == paragraph_spans(doc.text)
    assert [p.key for p in paras] == ["第一段全角,文字.", '第二段"引号"-破折号']


def test_the_view_is_kept_until_the_text_changes() -> None:
    doc = Document(id="a", source="a", original="甲乙丙丁戊己庚辛\n重复的一行文字在这里\n")
    first = doc.view()
    assert doc.view() is first
    doc.apply("test", [Edit(0, 9, "", "drop_first")])
    assert doc.view() is not first
    assert [p.text for p in doc.paragraphs()] == ["重复的一行文字在这里"]


def test_keys_travel_with_a_pickled_document(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document(id="a", source="a", original="一段文字，全角。\n\n另一段文字\n")
    keys = [p.key for p in doc.paragraphs()]
    back = pickle.loads(pickle.dumps(doc))
    assert back == doc

    def no_folding(text: str) -> str:
        raise AssertionError("folded again")

    monkeypatch.setattr(textview, "_fold", no_folding)
    assert [p.key for p in back.paragraphs()] == keys
    assert [(p.line, p.start, p.text) for p in back.paragraphs()] == [(0, 0, "一段文字，全角。"), (2, 10, "另一段文字")]
    # A new text has its own view; only its lines that are new are folded.
    back.apply("test", [Edit(10, 11, "这", "reword")])
    with pytest.raises(AssertionError, match="folded again"):
        back.paragraphs()


def test_a_new_text_folds_only_its_new_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document(id="a", source="a", original="一段文字，全角。\n\n另一段文字\n第三段（末）\n")
    before = {p.text: p.key for p in doc.paragraphs()}
    folded: list[str] = []
    real = textview._fold
    monkeypatch.setattr(textview, "_fold", lambda text: folded.append(text) or real(text))
    doc.apply("test", [Edit(0, 10, "", "drop_first"), Edit(10, 11, "这", "reword")])
    assert doc.text == "这一段文字\n第三段（末）\n"
    assert [(p.text, p.key) for p in doc.paragraphs()] == [("这一段文字", "这一段文字"), ("第三段（末）", before["第三段（末）"])]
    assert folded == ["这一段文字"], "the unchanged line keeps its key"
    # The keys are those of a view made from nothing.
    assert [p.key for p in doc.paragraphs()] == [p.key for p in textview.TextView(doc.text).paragraphs]


def test_the_near_duplicate_key_is_folded_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document(id="a", source="a", original="一段文字，全角。\n另一段文字\n")
    calls = []
    real = keys_mod.dedup_key
    monkeypatch.setattr(keys_mod, "dedup_key", lambda text, opencc=True: calls.append(text) or real(text, opencc))
    assert document_key(doc) == document_key(doc) == "一段文字全角另一段文字"
    doc.apply("test", [Edit(0, 9, "", "drop_first")])
    assert document_key(doc) == "另一段文字"
    assert len(calls) == 2


@given(st.lists(st.text(alphabet="甲乙 \u3000，。、“”《》ＡＢ１２—\t\r", max_size=12), max_size=6))
def test_keys_of_the_whole_text_equal_keys_of_each_line(lines: list[str]) -> None:
    text = "\n".join(lines)
    doc = Document(id="a", source="a", original=text)
    assert [p.key for p in doc.paragraphs()] == [paragraph_key(line) for line in lines if line.strip()]


def test_the_compatibility_class_holds_exactly_the_folded_characters() -> None:
    # The class that finds which characters a text needs folded, against the table, over every
    # code point: one missing would leave a full-width letter unfolded in some key.
    pattern, table = textview._compat_pattern(), textview._compat_table()
    wrong = [cp for cp in range(0x110000) if (pattern.fullmatch(chr(cp)) is not None) != (chr(cp) in table)]
    assert wrong == []


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFFEF), max_size=40))
def test_the_fold_is_nfkc(text: str) -> None:
    # Full-width letters, digits and punctuation, compatibility ideographs, circled numbers,
    # combining marks: the fast path gives NFKC exactly.
    assert textview._nfkc(text) == unicodedata.normalize("NFKC", text)


def test_segment_reads_the_roundup_repeats_found(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = []
    real = sections._find_roundup

    def counting(*args):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(sections, "_find_roundup", counting)
    doc = Document(id="r", source="r", original=ROUNDUP)
    [doc] = Repeats(Config()).run(doc)
    records = Segment(Config()).run(doc)
    # The introduction and one record per institution, from one search for the roundup.
    assert [r.institution for r in records] == [None, "武宁县人民医院", "武宁县中医院"]
    assert len(calls) == 1


def test_the_per_document_modules_import_nothing_heavy() -> None:
    # numpy, lxml, charset_normalizer and zstandard are loaded only by the inputs and passes that
    # need them (an HTML page, a guessed encoding, a .zst file): a run's start does not pay for them.
    import subprocess
    import sys

    heavy = ("numpy", "lxml", "charset_normalizer", "zstandard", "datasketch", "scipy", "redis")
    code = (
        "import sys, cleaner.cli, cleaner.pipeline, cleaner.io.read, cleaner.filters.repeats, "
        "cleaner.filters.normalize, cleaner.segment, cleaner.dedup.keys, cleaner.textview; "
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"


def test_a_roundup_of_a_new_text_reads_only_its_new_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document(id="a", source="a", original=ROUNDUP)
    first = sections.roundup_of(doc)
    assert first is not None and [s.institutions for s in first.sections] == [["武宁县人民医院"], ["武宁县中医院"]]
    read: list[str] = []
    real = sections._heading_of
    monkeypatch.setattr(sections, "_heading_of", lambda finder, text: read.append(text) or real(finder, text))
    # A stage removes the opening line: the other lines were read as headings already.
    doc.apply("test", [Edit(0, 16, "", "drop_first")])
    assert not doc.text.startswith("近日")
    again = sections.roundup_of(doc)
    assert read == [], "no line read twice"
    assert again == sections.find_roundup(doc.text), "the same roundup as read from nothing"
