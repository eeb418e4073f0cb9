"""The boilerplate stage on the five seeds: every piece of boilerplate goes, each with the rule
id that removed it, and every body paragraph and section heading stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cleaner.config import Config
from cleaner.filters.boilerplate import Boilerplate
from cleaner.filters.metadata import Metadata
from cleaner.filters.normalize import Normalize
from cleaner.model import Document, replay

SeedText = Callable[[str], str]


def run(text: str, cfg: Config | None = None) -> Document:
    """normalize → metadata → boilerplate, as the chain runs them."""
    cfg = cfg or Config()
    doc = Document(id="seed", source="seed", original=text)
    for stage in (Normalize(cfg), Metadata(cfg), Boilerplate(cfg)):
        (doc,) = stage.run(doc)
    assert replay(doc.original, doc.changes) == doc.text
    return doc


def removed_by(doc: Document, fragment: str) -> list[str]:
    """The boilerplate rules whose logged removals contain `fragment`."""
    return [c.rule for c in doc.changes if c.stage == "boilerplate" and fragment in c.removed]


def lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def lifted(doc: Document) -> set[str]:
    """Lines the metadata stage took out (title, date, byline, banner)."""
    return {ln for c in doc.changes if c.stage == "metadata" for ln in lines(c.removed)}


def assert_body_kept(doc: Document, boilerplate: set[str]) -> None:
    """Every input line that is neither boilerplate nor lifted metadata is still in the text, whole."""
    out = set(lines(doc.text))
    normalized = Document(id="n", source="n", original=doc.original)
    Normalize(Config()).run(normalized)
    for ln in lines(normalized.text):
        if ln in boilerplate or ln in lifted(doc):
            continue
        assert ln in out, f"body line lost: {ln[:40]}"


def test_seed_000_editor_credit(seed_text: SeedText) -> None:
    doc = run(seed_text("000"))
    assert "(责任编辑:林海南)" not in doc.text and "责任编辑" not in doc.text
    assert removed_by(doc, "(责任编辑:林海南)") == ["editor_line"]
    assert doc.text.endswith("充分彰显了医院的社会责任与担当。")
    for heading in ("党建引领方向 ,提升党组织领导力", "党建引领创新,提升党组织组织力", "党建引领公益,提升党组织影响力"):
        assert heading in lines(doc.text)
    assert_body_kept(doc, {"(责任编辑:林海南)"})


def test_seed_001_stray_letter(seed_text: SeedText) -> None:
    doc = run(seed_text("001"))
    assert not any(ln.endswith("。G") for ln in lines(doc.text))
    strays = [c for c in doc.changes if c.rule == "stray_letter"]
    assert [c.removed for c in strays] == ["G", "G"]
    # Only the letter goes: the paragraph it was glued to is still there, ending in its full stop.
    assert sum(ln.endswith("为渭南卫生健康事业高质量发展贡献力量。") for ln in lines(doc.text)) == 2
    body = {ln.removesuffix("G") for ln in lines(seed_text("001"))}
    out = set(lines(doc.text))
    assert all(ln in out for ln in body - lifted(doc) - {"发布日期:", "2023年11月20日"})


def test_seed_002_captions_and_photo_credit(seed_text: SeedText) -> None:
    doc = run(seed_text("002"))
    captions = ["大足区人民医院新院区", "党员先锋为贫困患者送医上门", "綦江区中医院门诊大楼", "微党课主题教育活动", "医院门诊大楼", "医院门诊综合楼"]
    out = lines(doc.text)
    for cap in captions:
        assert cap not in out
        assert set(removed_by(doc, cap)) == {"image_caption"}, cap
    assert sum(c.rule == "image_caption" for c in doc.changes) == 10
    assert "马太超 图片由各医院提供" not in doc.text
    assert removed_by(doc, "马太超 图片由各医院提供") == ["photo_credit", "photo_credit"]
    # Section headings stay, all eight of them, and so does every paragraph (split ones too).
    assert sum(ln.startswith("### ") for ln in out) == 8
    assert "### 大足区人民医院 党建“六大工程”擘画医院发展蓝图" in out
    assert "频次、大剂量、全方位理论学习,引导广大党员和职工夯实思想防线;“堡垒工程”是将原有4个党支部优化调整为34个,同步设立党总支4个。" in doc.text
    assert_body_kept(doc, set(captions) | {"马太超 图片由各医院提供"})
    assert "\n\n\n" not in doc.text and not doc.text.startswith("\n") and not doc.text.endswith("\n")


def test_seed_003_symbol_lines(seed_text: SeedText) -> None:
    doc = run(seed_text("003"))
    assert "|" not in lines(doc.text)
    assert [c.rule for c in doc.changes if c.stage == "boilerplate"] == ["symbol_line", "symbol_line"]
    for heading in ("一、主要做法", "三、取得成效", "(一)深化“党建引领”,点燃发展“引擎”。"):
        assert heading in lines(doc.text)
    assert doc.text.endswith("促进医疗健康服务水平不断提升。")
    assert_body_kept(doc, {"|"})


def test_seed_004_footer_navigation_and_related_block(seed_text: SeedText) -> None:
    doc = run(seed_text("004"))
    out = lines(doc.text)
    assert "版权声明" not in doc.text
    assert removed_by(doc, "版权声明:本文内容由互联网用户自发贡献") == ["copyright_notice"]
    assert "(0)" not in out and removed_by(doc, "(0)") == ["bare_counter"]
    assert "上一篇" not in doc.text and "下一篇" not in doc.text
    assert removed_by(doc, "上一篇 2023年6月17日 上午8:50") == ["prev_next"]
    assert removed_by(doc, "下一篇 2023年6月17日 上午9:00") == ["prev_next"]
    # The block goes from its marker to the end, in one change.
    assert "相关推荐" not in doc.text and "科研百科" not in doc.text and "丽水一市民" not in doc.text
    (block,) = [c for c in doc.changes if c.rule == "related_block"]
    assert block.end == len(doc.original) and "相关推荐" in block.removed
    assert doc.text.endswith("发挥党建“五大作用” 助推医院发展行稳致远(医院发挥党建引领作用)")
    for heading in ("发挥党委核心领导作用 为医院发展掌舵定航", "发挥纪检监察震慑作用 为医院发展正风肃纪"):
        assert heading in out
    tail = seed_text("004")[seed_text("004").index("相关推荐") :]
    assert_body_kept(doc, set(lines(tail)) | {"(0)"} | {ln for ln in lines(seed_text("004")) if ln.startswith(("版权声明", "上一篇", "下一篇"))})


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_cleaning_a_cleaned_seed_changes_nothing(seed_text: SeedText, prefix: str) -> None:
    once = run(seed_text(prefix))
    again = Document(id="again", source="again", original=once.text)
    Boilerplate(Config()).run(again)
    assert again.changes == [] and again.text == once.text


def test_stage_drops_a_document_that_was_only_boilerplate() -> None:
    doc = Document(id="d", source="d", original="上一篇:医院新闻\n下一篇:医院通知\n(0)")
    assert Boilerplate(Config()).run(doc) == []


def test_stage_is_wired_in_the_chain() -> None:
    from cleaner.pipeline import build_stages

    names = [s.name for s in build_stages(Config())]
    assert "boilerplate" in names
    assert names.index("boilerplate") == names.index("metadata") + 1


def test_a_heading_between_ornaments_under_an_image_placeholder_stays() -> None:
    """An editor's heading between ornaments (◆ 学术报告 ◆) under an image placeholder is the
    article's; only the placeholder goes."""
    doc = run(
        "会议由医务科主持,全院各临床科室主任参加,共同学习心力衰竭诊疗的新进展。\n[图片]\n◆ 学术报告 ◆\n"
        "来自省人民医院的专家作了专题报告,介绍了心力衰竭诊疗的最新进展和规范化管理的要求。\n"
    )
    assert "◆ 学术报告 ◆" in doc.text and "[图片]" not in doc.text
