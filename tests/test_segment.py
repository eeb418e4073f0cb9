"""The segment stage and its section finder (issue 6)."""

from __future__ import annotations

from cleaner.segment import find_roundup, section_spans

ROUNDUP_002 = "002_"


def test_section_spans_of_seed_002_start_at_each_heading(seed_text) -> None:
    text = seed_text(ROUNDUP_002)
    spans = section_spans(text)
    assert spans is not None and len(spans) == 8
    heads = [text[s:e].split("\n", 1)[0] for s, e in spans]
    assert heads[0] == "### 大足区人民医院 党建“六大工程”擘画医院发展蓝图"
    assert heads[-1] == "### 秀山县龙池镇中心卫生院 党建引领医院高质量发展"
    # Sections do not overlap and do not hold the introduction.
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert "百年伟业" not in text[spans[0][0] :]
    # The 巴南区 section ends on its own cut-off sentence, before the next heading.
    assert text[spans[6][0] : spans[6][1]].endswith("努力建设成为")


def test_section_spans_is_none_for_single_institution_articles(seed_text) -> None:
    for prefix in ("000_", "001_", "003_", "004_"):
        assert section_spans(seed_text(prefix)) is None, prefix


def test_seed_002_institutions_and_titles(seed_text) -> None:
    r = find_roundup(seed_text(ROUNDUP_002))
    assert r is not None and r.form == "markdown"
    assert [s.institutions for s in r.sections] == [
        ["大足区人民医院"],
        ["綦江区中医院"],
        ["大足区邮亭中心卫生院"],
        ["大足区国梁镇卫生院"],
        ["垫江县中医院"],
        ["奉节县兴隆镇中心卫生院"],
        ["巴南区南泉街道社区卫生服务中心"],
        ["秀山县龙池镇中心卫生院"],
    ]
    assert r.sections[1].title == "以党建为核心 强堡垒促发展"
