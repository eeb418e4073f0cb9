"""The `metadata` stage: title, date, bylines and source lines lifted into fields, on the seeds and on
realistic page heads, with every lifted line logged under its rule id and the log replaying exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.filters.metadata import (
    Metadata,
    bracket_byline,
    byline_credits,
    looks_like_title,
    parse_date,
    parse_fields,
)
from cleaner.filters.normalize import Normalize
from cleaner.model import Document, replay

BODY = "近年来,医院党委坚持以党建引领高质量发展,持续推进党建与业务深度融合,不断提升群众就医获得感。"
BODY2 = "下一步,医院将继续深化改革创新,为群众提供更加优质高效的医疗服务。"


def lift(text: str) -> Document:
    doc = Document(id="t", source="t", original=text)
    for stage in (Normalize(), Metadata()):
        [doc] = stage.run(doc)
    assert replay(doc.original, doc.changes) == doc.text
    return doc


def rules(doc: Document) -> list[str]:
    return [c.rule for c in doc.changes if c.stage == "metadata"]


def removed(doc: Document, rule: str) -> list[str]:
    return [c.removed.strip() for c in doc.changes if c.stage == "metadata" and c.rule == rule]


def long_lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if len(ln.strip()) >= 40]


# -- seeds ---------------------------------------------------------------------


def test_seed_001_date_title_and_byline_are_lifted(seed_text):
    doc = lift(seed_text("001"))
    assert doc.published == "2023-11-20"
    assert doc.title == "渭南市第二医院 “党建+”模式助力医院高质量发展"
    assert doc.authors == ["张晓玲", "王军锋"]
    assert rules(doc) == ["published", "title", "byline"]
    # The label and the date on the next line go as one change.
    assert removed(doc, "published") == ["发布日期:\n2023年11月20日"]
    assert "发布日期" not in doc.text
    assert "张晓玲" not in doc.text
    assert doc.text.startswith("今年,渭南市第二医院强党建")


def test_seed_002_markdown_title_banner_and_subtitle(seed_text):
    doc = lift(seed_text("002"))
    assert doc.title == "党建引领 办人民满意的卫生健康事业"
    assert doc.metadata["banner"] == "百年伟业 精彩巴渝"
    assert doc.metadata["subtitle"] == "党建品牌单位、党建品牌案例风采展示(二)"
    assert rules(doc) == ["banner", "title", "subtitle"]
    # The institution headings stay for the segment stage, and the caption is not taken for a title.
    assert doc.text.startswith("### 大足区人民医院 党建“六大工程”擘画医院发展蓝图\n")
    assert doc.text.count("### ") == 8


def test_seed_004_only_the_first_title_line_is_lifted(seed_text):
    original = seed_text("004")
    title = "发挥党建“五大作用” 助推医院发展行稳致远(医院发挥党建引领作用)"
    doc = lift(original)
    assert doc.title == title
    assert rules(doc) == ["title"]
    assert original.count(title) == 3
    # The repeats inside the body are the repeats stage's job.
    assert doc.text.count(title) == 2
    assert doc.text.startswith("近年来,开州区人民医院")
    # Section headings in the middle are never lifted.
    assert "发挥党委核心领导作用 为医院发展掌舵定航" in doc.text


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_seeds_starting_with_a_body_paragraph_keep_everything(seed_text, prefix):
    doc = lift(seed_text(prefix))
    assert doc.title is None
    assert doc.published is None
    assert doc.authors == []
    assert rules(doc) == []


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_body_paragraph_survives(seed_text, prefix):
    original = seed_text(prefix)
    doc = lift(original)
    for line in long_lines(original):
        assert line in doc.text


def test_running_again_changes_nothing(seed_text):
    for prefix in ("001", "002", "004"):
        doc = lift(seed_text(prefix))
        n = len(doc.changes)
        Metadata().run(doc)
        assert len(doc.changes) == n
        again = lift(doc.text)
        assert rules(again) == []


# -- page heads as portals print them -------------------------------------------


def test_info_bar_with_date_source_and_counter():
    doc = lift(
        "首页 > 新闻中心 > 医院动态\n"
        "市人民医院开展世界卫生日义诊活动\n"
        "发布时间:2024-04-07 09:30  来源:市人民医院  浏览次数:256\n"
        f"{BODY}\n{BODY2}\n"
    )
    assert doc.title == "市人民医院开展世界卫生日义诊活动"
    assert doc.published == "2024-04-07T09:30"
    assert doc.metadata["source_name"] == "市人民医院"
    assert rules(doc) == ["title", "info_line"]
    # The breadcrumb is not a title; it is left for the boilerplate stage's head rules.
    assert doc.text.startswith("首页 > 新闻中心 > 医院动态\n" + BODY)


def test_full_width_labels_and_separate_lines():
    doc = lift(
        "县中医院成功完成首例膝关节置换手术\n"
        "作者：李明 王芳\n"
        "来源：县中医院\n"
        "原标题：我院骨科完成首例人工膝关节置换术\n"
        "发布日期：2024年3月5日\n"
        f"{BODY}\n"
    )
    assert doc.title == "县中医院成功完成首例膝关节置换手术"
    assert doc.authors == ["李明", "王芳"]
    assert doc.metadata["source_name"] == "县中医院"
    assert doc.metadata["original_title"] == "我院骨科完成首例人工膝关节置换术"
    assert doc.published == "2024-03-05"
    assert rules(doc) == ["title", "byline", "source_line", "source_line", "published"]
    assert doc.text == BODY


def test_reporter_and_correspondent_byline():
    doc = lift(f"妇幼保健院举办孕妇学校公益讲座\n记者 陈静 通讯员 刘洋、赵敏\n{BODY}")
    assert doc.authors == ["陈静", "刘洋", "赵敏"]
    assert [c["role"] for c in doc.metadata["credits"]] == ["记者", "通讯员", "通讯员"]
    assert rules(doc) == ["title", "byline"]


def test_units_in_a_credit_stay_out_of_authors():
    doc = lift(f"夏季腹泻高发 这些预防要点请收好\n作者:消化内科 唐敏  发布时间:2024-07-09  点击数:1024\n{BODY}")
    assert doc.authors == ["唐敏"]
    assert {"role": "作者", "name": "消化内科"} in doc.metadata["credits"]
    assert rules(doc) == ["title", "info_line"]


def test_label_and_date_with_time_on_the_next_line():
    doc = lift(f"发布时间:\n2024年6月17日 下午3:05\n卫生院开展家庭医生签约服务进村入户活动\n{BODY}")
    assert doc.published == "2024-06-17T15:05"
    assert rules(doc) == ["published", "title"]


def test_a_leading_date_and_a_wechat_account_line():
    doc = lift(f"华西专家走进若尔盖 高原群众家门口看名医\n2024-09-19 08:12 来源:若尔盖融媒\n{BODY}")
    assert doc.published == "2024-09-19T08:12"
    assert doc.metadata["source_name"] == "若尔盖融媒"
    wechat = lift(f"世界母乳喂养周|我们在儿科门诊等你\n原创 株洲市妇幼保健院 株洲妇幼 2024-08-02 17:30 发表于湖南\n{BODY}")
    assert wechat.title == "世界母乳喂养周|我们在儿科门诊等你"
    assert wechat.published == "2024-08-02T17:30"
    # (the account that posted it, no source)
    assert (wechat.metadata["account_name"], wechat.metadata.get("source_name")) == ("株洲妇幼", None)
    assert rules(wechat) == ["title", "info_line"]


def test_a_notice_title_above_its_salutation():
    doc = lift(
        "关于开展2024年度基层医疗卫生机构服务能力评价工作的通知\n"
        "各县(市、区)卫生健康局,委直属各医疗卫生单位:\n"
        "为贯彻落实有关要求,经研究,决定在全市开展评价工作。现将有关事项通知如下:\n"
    )
    assert doc.title == "关于开展2024年度基层医疗卫生机构服务能力评价工作的通知"
    assert doc.text.startswith("各县(市、区)卫生健康局")


def test_an_interview_question_under_the_title_is_not_a_byline():
    doc = lift(f"对话心内科主任:胸痛不能忍\n记者:哪些胸痛需要马上就医？\n主任:{BODY}\n{BODY2}\n")
    assert doc.title == "对话心内科主任:胸痛不能忍"
    assert doc.authors == []
    assert doc.text.startswith("记者:哪些胸痛需要马上就医？")


@pytest.mark.parametrize(
    ("title", "first"),
    [
        ("医保报销常见问题解答", "问:异地就医如何报销？"),  # an FAQ's first question is body
        ("关于春节期间门诊安排的通知", "各位患者朋友:"),  # a short salutation opens the body
        ("关于开展免费眼病筛查的通知", "辖区各位居民:"),  # …with the readers' place before it
    ],
)
def test_the_title_above_a_short_first_line_of_the_body(title, first):
    doc = lift(f"{title}\n{first}\n{BODY}\n")
    assert doc.title == title
    assert doc.text.startswith(first)


@pytest.mark.parametrize("title", ["冬季如何预防流感？专家支招", "暖心！护士姐姐的这个举动让人泪目", "【医师节】致敬！我市各医院庆祝中国医师节"])
def test_a_headline_with_a_question_or_a_cry_in_it(title):
    doc = lift(f"{title}\n{BODY}\n")
    assert doc.title == title


def test_verse_above_the_first_paragraph_is_no_column_name():
    doc = lift(f"致敬白衣天使\n你们是黑夜里的灯\n照亮患者回家的路\n你们是寒冬里的火\n温暖每一颗不安的心\n{BODY}\n")
    assert rules(doc) == []
    assert doc.text.startswith("致敬白衣天使\n你们是黑夜里的灯")


@pytest.mark.parametrize(
    "head",
    [
        "一、主要做法",  # a numbered section heading
        "医院党委召开专题会议。",  # a sentence
        "当前位置:首页 > 新闻动态",  # a breadcrumb
    ],
)
def test_lines_that_are_not_titles(head):
    doc = lift(f"{head}\n{BODY}\n{BODY2}")
    assert doc.title is None
    assert rules(doc) == []
    assert doc.text.startswith(head)


def test_prose_that_starts_like_a_label_is_body():
    text = f"时间:在我院门诊大厅,医护人员为群众免费测量血压、血糖。\n{BODY}"
    doc = lift(text)
    assert doc.published is None
    assert rules(doc) == []


def test_a_names_line_needs_a_title_above_it_and_common_surnames():
    # Not a names line: `专` is no surname.
    doc = lift(f"医院举办护士节表彰大会\n专题报道\n{BODY}")
    assert doc.authors == []
    assert "byline" not in rules(doc)
    # A section heading whose first character is a surname (`项`, `高`) is no name.
    for heading in ("项目概况", "高考须知"):
        notice = lift(f"医院医用耗材采购项目公告\n{heading}\n{BODY}")
        assert notice.authors == [], heading
        assert heading in notice.text, heading
    # Names with no title above them are left in place: neither title nor byline.
    alone = lift(f"张伟 李娜\n{BODY}")
    assert alone.title is None
    assert alone.authors == []
    assert rules(alone) == []


def test_dates_and_heads_further_down_are_left_alone():
    text = f"{BODY}\n发布日期:2024-01-02\n{BODY2}"
    doc = lift(text)
    assert doc.published is None
    assert rules(doc) == []


def test_a_portal_menu_above_the_head_does_not_use_up_its_lines():
    """Twenty menu items (a word or two a line) above the title and the info bar: the head is
    still found, and `文/某某` credits the person, not the role; the editor stays in the credits only."""
    menu = ["登录/注册", "搜索", "首页", "医院概况", "新闻中心", "医院动态", "通知公告", "科室导航", "专家介绍",
            "就医指南", "党建园地", "院务公开", "健康科普", "招聘信息", "联系我们", "预约挂号", "门诊安排",
            "住院须知", "医保政策", "满意度调查"]
    text = "\n".join([*menu, "日期:2021/07/01  来源:党办  作者:文/戴某某 编辑/廖某某", BODY, BODY2])
    doc = lift(text)
    assert doc.published == "2021-07-01"
    assert doc.authors == ["戴某某"]
    assert {"role": "编辑", "name": "廖某某"} in doc.metadata["credits"]
    # The head is the handful of lines right above the body: a date there is the article's however
    # many lines stand above it, and those lines stay in the text (the boilerplate stage's business).
    deep = "\n".join([*menu, *[f"第{k}届健康讲座报名开始" for k in range(1, 12)], "发布日期:2024-01-02", BODY])
    doc = lift(deep)
    assert doc.published == "2024-01-02"
    assert doc.text.startswith("登录/注册\n") and "第1届健康讲座报名开始\n" in doc.text


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2023年11月20日", "2023-11-20"),
        ("2024-3-5", "2024-03-05"),
        ("2024/03/05 14:20:09", "2024-03-05T14:20:09"),
        ("2024.03.05 星期二", "2024-03-05"),
        ("2024年2月30日", None),
    ],
)
def test_parse_date(raw, iso):
    assert parse_date(raw) == iso


def test_a_dash_subtitle_under_the_title():
    doc = lift(f"小支部发挥大作用\n——记县人民医院第三党支部\n{BODY}")
    assert doc.title == "小支部发挥大作用"
    assert doc.metadata["subtitle"] == "记县人民医院第三党支部"
    assert rules(doc) == ["title", "subtitle"]
    assert doc.text == BODY


# -- properties on heads built from real fragments ---------------------------------

HEAD_LINES = [
    "发布日期:\n2023年11月20日",
    "发布时间:2024-06-14 16:20  来源:市卫生健康委  字体:[大 中 小]",
    "作者:消化内科 唐敏  发布时间:2024-07-09  点击数:1024",
    "来源:阿坝州卫生健康委员会",
    "首页 > 新闻中心 > 医院动态",
    "百年伟业 精彩巴渝",
    "记者 陈静 通讯员 刘洋",
    "2023年11月20日",
]
TITLES = [
    "渭南市第二医院 “党建+”模式助力医院高质量发展",
    "发挥党建“五大作用” 助推医院发展行稳致远(医院发挥党建引领作用)",
    "# 党建引领 办人民满意的卫生健康事业",
]
BODY_LINES = [
    BODY,
    BODY2,
    "党建引领创新,提升党组织组织力",
    "一、主要做法",
    "发布日期:2024-01-02",
    "据了解,今年上半年,第五支部进乡村、进社区义诊193场(次),惠及群众18694人(次)。",
]


@st.composite
def articles(draw: st.DrawFn) -> str:
    head = draw(st.lists(st.sampled_from(HEAD_LINES), max_size=3))
    if draw(st.booleans()):
        head.insert(draw(st.integers(0, len(head))), draw(st.sampled_from(TITLES)))
    body = [BODY, *draw(st.lists(st.sampled_from(BODY_LINES), max_size=5))]
    return draw(st.sampled_from(["\n", "\n\n"])).join(head + body)


@settings(max_examples=100, deadline=None)
@given(articles())
def test_metadata_lifts_whole_head_lines_only(text):
    doc = lift(text)
    normalized = Normalize().run(Document(id="n", source="n", original=text))[0].text
    for c in doc.changes:
        if c.stage != "metadata":
            continue
        assert c.replacement == ""
        assert c.rule in {"title", "published", "byline", "source_line", "info_line", "banner", "subtitle", "column_name", "menu", "search_box", "site_notice"}
        # Whole lines: the removal starts at a line start and ends after a newline.
        assert c.start == 0 or doc.original[c.start - 1] == "\n"
        assert c.end == len(doc.original) or doc.original[c.end - 1] == "\n"
    # The body is never touched: everything from the first body paragraph on is kept…
    body = normalized[normalized.index(BODY) :]
    if body not in doc.text:
        # …unless that paragraph, under the headline, is a summary over the dated bar, printed again
        # as the first paragraph under it: the bar is the head's, lifted.
        lines = [ln for ln in body.split("\n") if ln]
        bars = [ln for ln in lines[1 : lines.index(BODY, 1)] if parse_date(ln) is not None]
        assert lines[0] == BODY and bars
        for bar in bars:
            body = body.replace(bar, "", 1)
        assert "".join(body.split()) in "".join(doc.text.split())
    if doc.published is not None:
        assert parse_date(doc.published) == doc.published  # an ISO date (and time) reads back as itself
    n = len(doc.changes)
    Metadata().run(doc)
    assert len(doc.changes) == n


def test_a_question_headline_is_a_title():
    doc = lift(f"孩子反复发烧怎么办?\n作者:儿科 李娜\n{BODY}")
    assert doc.title == "孩子反复发烧怎么办?"
    assert doc.authors == ["李娜"]
    assert rules(doc) == ["title", "byline"]
    # A question that is part of the prose stays.
    prose = lift(f"{BODY}\n孩子反复发烧怎么办?\n{BODY2}")
    assert prose.title is None


def test_an_info_bar_with_an_unknown_label_is_never_the_title():
    doc = lift(f"县医院举办健康讲座\n编者:管理员 发布时间:2024-05-20\n{BODY}")
    assert doc.title == "县医院举办健康讲座"
    assert "编者:管理员 发布时间:2024-05-20" in doc.text
    publisher = lift(f"县医院举办健康讲座\n发布者:管理员  发布时间:2024-05-20 10:00  浏览次数:36\n{BODY}")
    assert publisher.published == "2024-05-20T10:00"
    assert rules(publisher) == ["title", "info_line"]


def test_whole_chain_on_seed_001_and_004(seed_text):
    from cleaner.config import Config
    from cleaner.io.read import RawItem
    from cleaner.pipeline import build_stages, make_document, run_stages

    stages = build_stages(Config())
    [d1] = run_stages(make_document(RawItem(id="001", source="001", text=seed_text("001"))), stages)
    assert (d1.title, d1.published, d1.authors) == (
        "渭南市第二医院 “党建+”模式助力医院高质量发展",
        "2023-11-20",
        ["张晓玲", "王军锋"],
    )
    assert "发布日期" not in d1.text
    assert [c.rule for c in d1.changes if c.stage == "metadata"] == ["published", "title", "byline"]
    assert replay(d1.original, d1.changes) == d1.text
    [d4] = run_stages(make_document(RawItem(id="004", source="004", text=seed_text("004"))), stages)
    assert d4.title is not None
    assert d4.text.count(d4.title) <= 1
    assert replay(d4.original, d4.changes) == d4.text


def test_a_reporter_byline_after_the_body():
    doc = lift(f"{BODY}\n{BODY2}\n(记者 泽让卓玛 通讯员 杨帆)\n责任编辑:索朗\n分享到:微信 微博")
    assert doc.authors == ["泽让卓玛", "杨帆"]
    assert removed(doc, "byline") == ["(记者 泽让卓玛 通讯员 杨帆)"]
    # Editor credits, share links and photo credits are the boilerplate stage's.
    assert doc.text.endswith(f"{BODY2}\n责任编辑:索朗\n分享到:微信 微博")
    photo = lift(f"{BODY}\n{BODY2}\n(记者 李明 摄)")
    assert rules(photo) == []
    assert photo.authors == []


def test_a_dateline_byline_opening_the_first_paragraph():
    doc = lift(f"本报讯(记者 陈静 通讯员 刘洋)近日,市第一人民医院成功完成首例机器人辅助手术。\n{BODY2}")
    assert doc.authors == ["陈静", "刘洋"]
    assert doc.metadata["dateline"] == "本报讯"
    assert removed(doc, "byline") == ["本报讯(记者 陈静 通讯员 刘洋)"]
    assert doc.text.startswith("近日,市第一人民医院成功完成首例机器人辅助手术。")
    # The same words inside a sentence stay.
    prose = lift(f"{BODY}\n据本报讯(记者 陈静)报道,医院新院区即将启用。")
    assert rules(prose) == []


def test_a_site_dateline_inside_the_byline_brackets():
    # `【某某网报道 记者 … 通讯员 …】`, `(某某网讯 记者 …)`: the site's dateline sits inside the brackets.
    doc = lift(f"【康城新闻网报道 记者 陈静 通讯员 刘洋】近日,市第一人民医院成功完成首例机器人辅助手术。\n{BODY2}")
    assert doc.authors == ["陈静", "刘洋"]
    assert doc.metadata["dateline"] == "康城新闻网报道"
    assert doc.text.startswith("近日,市第一人民医院成功完成首例机器人辅助手术。")
    paren = lift(f"(康城日报讯 记者 陈静)近日,市第一人民医院成功完成首例机器人辅助手术。\n{BODY2}")
    assert paren.authors == ["陈静"]
    assert paren.text.startswith("近日,")
    # A Taiwan paper's byline in its own brackets, in traditional script (〔記者某某／台北報導〕).
    tw = lift(f"〔記者蘇某某／台北報導〕國內脂肪肝盛行率逐年上升,每四名成人就有一人有脂肪肝,醫師提醒民眾應定期檢查。\n{BODY2}")
    assert tw.authors == ["蘇某某"] and tw.text.startswith("國內脂肪肝")
    # A bracketed phrase that only mentions a reporter is no byline.
    prose = lift(f"【网友报道】记者陈静近日来到市第一人民医院。\n{BODY2}")
    assert prose.authors == []


# -- follow-up fixes: themed sections, column names, source lines after the body ---------------


def clean_chain(text: str) -> list[Document]:
    from cleaner.api import clean_text

    docs = clean_text(text)
    for d in docs:
        assert replay(d.original, d.changes) == d.text
    return docs


def test_the_first_line_is_the_title_above_a_themed_section():
    text = f"泸溪县:让群众在家门口看好病的十年\n\n01 泸溪县人民医院 让群众在家门口看好病\n{BODY}\n{BODY2}"
    doc = lift(text)
    assert doc.title == "泸溪县:让群众在家门口看好病的十年"
    assert rules(doc) == ["title"]
    # The themed-section line is the body's first heading and stays for the segment stage.
    assert doc.text.startswith("01 泸溪县人民医院 让群众在家门口看好病\n")
    again = lift(doc.text)
    assert again.title is None and rules(again) == []


def test_a_numbered_section_heading_is_never_the_title():
    doc = lift(f"我院召开2024年度医疗质量安全工作会议\n一、基本情况\n{BODY}")
    assert doc.title == "我院召开2024年度医疗质量安全工作会议"
    assert doc.text.startswith("一、基本情况\n")


@pytest.mark.parametrize("column", ["医院动态", "院内新闻", "科普园地"])
def test_a_column_name_above_the_title_leaves_with_it(column):
    title = "我院举办2024年护士节表彰大会"
    [doc] = clean_chain(f"{column}\n{title}\n{BODY}\n{BODY2}")
    assert doc.title == title
    assert doc.metadata["column_name"] == column
    lifted = [(c.stage, c.rule, c.removed.strip()) for c in doc.changes]
    assert ("metadata", "column_name", column) in lifted
    assert column not in doc.text
    # A second run finds nothing more to lift: the column name is not taken for a title.
    [again] = clean_chain(doc.text)
    assert again.text == doc.text
    assert again.title is None and again.changes == []


def test_a_headline_above_the_title_leaves_both():
    # Two headline-like lines: which is the title is not clear, so neither is lifted, and a
    # second run makes the same choice.
    text = f"全市卫生健康系统召开党风廉政建设工作会议\n我院举办2024年护士节表彰大会\n{BODY}"
    doc = lift(text)
    assert doc.title is None and rules(doc) == []
    assert lift(doc.text).title is None


def test_a_source_line_after_the_body_is_lifted():
    doc = lift(f"{BODY}\n{BODY2}\n来源:产科 儿童保健科\n编辑:刘佳\n审核:陈志刚")
    assert doc.metadata["source_name"] == "产科 儿童保健科"
    assert removed(doc, "source_line") == ["来源:产科 儿童保健科"]
    # The editor credits are the boilerplate stage's.
    assert doc.text.endswith("编辑:刘佳\n审核:陈志刚")


def test_a_closing_source_and_editor_line_is_lifted_whole():
    line = "本文来源:丽水市中心医院宣传科 责任编辑:叶晓东"
    doc = lift(f"丽水市中心医院开展“全国肿瘤防治宣传周”义诊活动\n{BODY}\n{BODY2}\n{line}")
    assert doc.metadata["source_name"] == "丽水市中心医院宣传科"
    assert doc.metadata["credits"] == [{"role": "责任编辑", "name": "叶晓东"}]
    # An editor is credited, not an author.
    assert doc.authors == []
    assert removed(doc, "source_line") == [line]
    assert doc.text.endswith(BODY2)


def test_jsonl_sample_source_line_through_the_chain():
    import json
    from pathlib import Path

    path = Path(__file__).parent.parent / "samples" / "jsonl_input" / "input" / "lishui_central_hospital.jsonl"
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])["text"]
    [doc] = clean_chain(first)
    assert doc.metadata["source_name"] == "丽水市中心医院宣传科"
    assert [c.rule for c in doc.changes if "本文来源" in c.removed] == ["source_line"]
    assert "叶晓东" not in doc.text


def test_wechat_footer_source_under_an_account_line():
    from pathlib import Path

    path = Path(__file__).parent.parent / "samples" / "wechat_footer" / "input" / "zhuzhou_fuyou_breastfeeding.txt"
    [doc] = clean_chain(path.read_text(encoding="utf-8"))
    # The account line names the account that posted it; the closing 来源 line is the source.
    assert doc.metadata["account_name"] == "株洲妇幼"
    assert doc.metadata["source_name"] == "产科 儿童保健科"
    assert "tail_source_name" not in doc.metadata
    assert "来源" not in doc.text and "刘佳" not in doc.text


def test_prose_starting_with_source_is_not_a_source_line():
    tail = "来源:据统计,本次活动共接待咨询320余人次。"
    doc = lift(f"{BODY}\n{tail}")
    assert "source_name" not in doc.metadata
    assert doc.text.endswith(tail)


def test_a_site_banner_above_the_title_leaves_with_it():
    title = "我院举办2024年护士节表彰大会"
    doc = lift(f"欢迎访问常德市卫生健康委员会网站\n医院动态\n{title}\n{BODY}")
    assert doc.title == title
    assert rules(doc) == ["banner", "column_name", "title"]
    assert doc.metadata["banner"] == "欢迎访问常德市卫生健康委员会网站"
    assert doc.text == BODY


def test_the_sites_name_and_search_box_over_a_page_are_no_column_name():
    title = "市卫健委召开2024年全市医疗质量安全工作推进会"
    head = "临川市卫生健康委员会\n首页 机构概况 政务公开 卫健动态\n请输入关键词 搜索\n您的位置:首页 > 卫健动态 > 工作动态\n"
    [doc] = clean_chain(f"{head}{title}\n发布日期:2024-05-29\n{BODY}\n{BODY2}")
    assert doc.title == title and doc.published == "2024-05-29"
    assert doc.metadata["banner"] == "临川市卫生健康委员会" and "column_name" not in doc.metadata
    assert doc.text == f"{BODY}\n{BODY2}"
    # A column's own name under the site's still is the column.
    [doc] = clean_chain(f"青禾新闻网\n健康青禾\n{title}\n{BODY}\n{BODY2}")
    assert doc.metadata["banner"] == "青禾新闻网" and doc.metadata["column_name"] == "健康青禾"


@pytest.mark.parametrize(("byline", "author"), [
    ("文/临川市第二人民医院消化内科 林晓东", "林晓东"),
    ("作者：临川市疾控中心传染病防制所 吴佳敏", "吴佳敏"),
    ("作者：某某日报记者 彭子墨", "彭子墨"),
])
def test_a_byline_naming_the_writers_unit_first_under_a_platform_disclaimer_gives_the_writer(byline, author):
    tail = [
        "平台声明：文章观点属作者本人，平台只提供信息存储服务。",
        "Notice: The content above is uploaded and posted by a user, and the platform only provides information storage services.",
        "阅读 (2356)", "推荐阅读", "三伏天做艾灸，这些误区你中招了吗？", "今天 09:12",
        "心梗发作前的4个信号，千万别忽视", "08-12 17:40", "我院成功完成首例经导管主动脉瓣置换术", "08-10 11:05",
    ]
    doc = lift("\n".join([BODY, BODY2, BODY, byline, *tail]))
    assert doc.authors == [author]
    assert byline not in doc.text


def test_a_photo_credit_in_the_body_is_not_a_byline():
    doc = lift(f"{BODY}\n摄影:王小明\n{BODY2}")
    assert doc.authors == [] and rules(doc) == []
    assert "摄影:王小明" in doc.text


def test_a_paragraph_cut_by_a_page_break_under_the_title_is_body():
    title = "我院举办2024年护士节表彰大会"
    first = "双城经济圈建设,继续坚持以人民健康为中心,用高超的医疗技术、一"
    doc = lift(f"院内新闻\n{title}\n{first}\n流的服务水平为群众提供更加优质的健康服务。\n{BODY}")
    assert doc.title == title
    assert rules(doc) == ["column_name", "title"]
    assert doc.text.startswith(first + "\n")


def test_a_head_line_that_repair_joins_to_the_body_is_body():
    # A page break after `宣讲眼`: the two halves are one paragraph (repair joins them), so the
    # line is not a second headline, and the title above it is lifted on the first run already.
    title = "渭南市第二医院 “党建+”模式助力医院高质量发展"
    first = "今年六一儿童节,第五支部书记权菊玲走进临渭区人和小学,宣讲眼"
    [doc] = clean_chain(f"{title}\n{first}\n健康知识。她用生动形象的语言告诉孩子们怎样保护眼睛,防控近视。\n{BODY}")
    assert doc.title == title
    assert [c.rule for c in doc.changes] == ["title", "join_split_paragraph"]
    assert doc.text.startswith(first + "健康知识。")
    [again] = clean_chain(doc.text)
    assert again.text == doc.text and again.title is None


def test_a_head_line_cut_by_a_caption_is_body():
    title = "市中心医院开展“全国肿瘤防治宣传周”义诊活动"
    first = "医院充分发挥党组织的引领作用,结合卫生健康志愿服务,以“党日+主题”“我为群众办实"
    text = f"工作动态\n\n{title}\n\n发布时间:2024-06-14\n\n{first}\n\n医院门诊综合楼\n\n事”“双报到”为契机,组织开展了志愿服务。\n\n{BODY}"
    [doc] = clean_chain(text)
    assert doc.title == title and doc.published == "2024-06-14"
    rule_of = {c.removed.strip(): (c.stage, c.rule) for c in doc.changes}
    assert rule_of["工作动态"] == ("metadata", "column_name")
    assert rule_of["医院门诊综合楼"] == ("boilerplate", "image_caption")
    assert doc.text.startswith(first + "事”“双报到”")
    [again] = clean_chain(doc.text)
    assert again.text == doc.text and again.title is None


# -- what is never a title, an author or the publication date --------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "索 引 号:11330000000000000X/2023-00117",  # a row of a disclosure form, spaced label
        "发布机构:某某县卫生健康局",  # a form row whose value is a unit
        "成文日期:2023年04月12日",
        "点击上方“健康某某”可以订阅哦!",  # a subscription plea
        "打开某某新闻 查看精彩图片",  # an app plea
        "长按识别二维码关注我们",
        "本报讯",  # a dateline alone
        "□晚报记者 王 明 通讯员 李 华",  # a byline
        "首页 | 新闻 | 视频 | 图片 | 论坛",  # a menu
        "邮箱 - 相册 - 助手 - 社区",
    ],
)
def test_chrome_and_form_rows_are_never_the_title(head):
    doc = lift(f"{head}\n{BODY}\n{BODY2}")
    assert doc.title is None


def test_the_title_under_a_disclosure_form_is_the_headline():
    text = (
        "索 引 号:11330000000000000X/2023-00117\n"
        "主题分类:卫生、体育\n"
        "县卫生健康局开展春季爱国卫生运动\n"
        f"{BODY}\n{BODY2}"
    )
    assert lift(text).title == "县卫生健康局开展春季爱国卫生运动"


@pytest.mark.parametrize(
    "info",
    [
        "作者:王小明 点击:",  # an empty counter
        "作者:王小明 点击:1024",
        "作者:王小明 浏览:356",
        "作者:王小明 作者科室: 编辑:",  # empty fields
    ],
)
def test_counters_and_empty_fields_are_never_authors(info):
    doc = lift(f"县医院举办护士节表彰大会\n{info}\n{BODY}")
    assert doc.authors == ["王小明"]
    assert doc.title == "县医院举办护士节表彰大会"


def test_a_date_glued_after_the_author_is_the_date_not_a_name():
    doc = lift(f"县医院举办护士节表彰大会\n来源: 某某网 作者: 王小明 2023-04-07 16:24:55\n{BODY}")
    assert doc.authors == ["王小明"]
    assert doc.published == "2023-04-07T16:24:55"


@pytest.mark.parametrize("today", ["今天是2024年5月8日 星期三", "2024年5月8日 星期三", "今日:2024-05-08"])
def test_a_header_today_date_is_not_published_when_the_article_has_a_date(today):
    doc = lift(f"{today}\n县医院举办护士节表彰大会\n来源:本站 时间:2024-05-06 点击数:88\n{BODY}")
    assert doc.published == "2024-05-06"
    assert doc.metadata["header_date"] == "2024-05-08"
    assert doc.title == "县医院举办护士节表彰大会"
    assert "header_date" in rules(doc)


def test_an_issue_date_with_weekday_is_published_when_it_is_the_only_date():
    doc = lift(f"2024年5月8日 星期三\n县医院举办护士节表彰大会\n{BODY}")
    assert doc.published == "2024-05-08"


def test_a_title_repeated_in_the_head_is_lifted_despite_a_slogan_above():
    title = "全县卫生系统举办系列活动 共同迎接中国医师节"
    text = f"某某范文网,内容丰富有趣,生活好帮手!\n范文网 > {title}\n{title}\n时间:2023-10-31 18:20:55\n{title}\n{BODY}"
    doc = lift(text)
    assert doc.title == title


def test_a_first_paragraph_glued_to_the_date_field_stays_in_the_body():
    text = f"县医院举办护士节表彰大会\n文章来源:宣传科 作者: 时间:2024-04-04 10:52:27近日,{BODY}\n{BODY2}"
    doc = lift(text)
    assert "近日," in doc.text and "info_line" not in rules(doc)


def test_a_newspaper_byline_with_spaced_names():
    doc = lift(f"□晚报记者 王 明 通讯员 李 华\n本报讯 {BODY}\n{BODY2}")
    assert doc.authors == ["王明", "李华"]
    assert doc.title is None and rules(doc) == ["byline"]


@pytest.mark.parametrize("label", ["标题：", "标题:", "标 题：", "文章标题：", "题目: "])
def test_a_title_field_gives_the_title_without_its_label(label: str) -> None:
    doc = lift(f"{label}某县人民医院开展义诊进社区活动\n发布时间：2024-05-06\n{BODY}\n{BODY2}")
    assert doc.title == "某县人民医院开展义诊进社区活动"
    assert doc.published == "2024-05-06"
    assert BODY in doc.text and "标题" not in doc.text and "题目" not in doc.text


def test_an_original_title_line_is_not_the_title_field() -> None:
    doc = lift(f"某县人民医院开展义诊进社区活动\n原标题：义诊进社区 健康送到家\n{BODY}")
    assert doc.title == "某县人民医院开展义诊进社区活动"


# -- a channel article's export ----------------------------------------------------------------


@pytest.mark.parametrize(
    "account",
    ["原创 某某县人民医院 某某县人民医院 2024年08月19日 08:00 江西", "某某卫健 2023-11-12 09:05 湖南"],
)
def test_the_first_line_over_the_accounts_line_is_the_title(account: str) -> None:
    title = "医师节｜致敬每一位守护生命的你"
    doc = lift("\n".join([title, account, "今天是第七个中国医师节", "向全体医师致以节日的祝福", BODY, BODY2]))
    assert doc.title == title
    # The lines between the account's line and the body are the article's opening: they stay.
    assert "今天是第七个中国医师节" in doc.text and "向全体医师致以节日的祝福" in doc.text


@pytest.mark.parametrize("title", ["宝宝发烧要不要马上吃退烧药?儿科医生说清楚了", "宝宝发烧要不要马上吃退烧药？儿科医生说清楚了"])
def test_the_accounts_name_over_the_title_is_its_banner(title: str) -> None:
    """An export that prints the account's name, the title (a question headline, with an ASCII or
    a full-width mark), then the account's line: the second line is the title, the first the banner."""
    doc = lift("\n".join(["某某县妇幼保健院", title, "某某县妇幼保健院 2024年01月16日 18:30 某某省", BODY, BODY2]))
    assert doc.title == title
    assert doc.metadata["banner"] == "某某县妇幼保健院"
    assert doc.text.split("\n")[-2:] == [BODY, BODY2]


def test_an_info_bar_over_a_section_marker_is_not_a_cut_paragraph() -> None:
    """A TV page: player lines, the title, `2024-04-09 20:12:36 来源:… 编辑:…`, then `【导语】`
    over the lead. The info bar ends on a name, as a cut paragraph would, but it is an info bar:
    the title above it and its date are lifted."""
    title = "急救车一路绿灯 我市胸痛患者转运时间缩短近一半"
    lead = "对于急性心肌梗死患者来说,时间就是心肌。今年以来,我市建立了院前急救和医院胸痛中心联动机制。"
    doc = lift("\n".join(["某某广播电视台", "视频", title, "2024-04-09 20:12:36 来源:某某新闻 编辑:某某", "【导语】", lead, BODY2]))
    assert doc.title == title and doc.published == "2024-04-09T20:12:36"
    assert doc.text.split("\n")[-3:] == ["【导语】", lead, BODY2]


def test_a_sites_link_line_between_the_title_and_its_info_bar_is_passed_over() -> None:
    """`某某网健康频道 http://… 查看更多` between the title and the info bar: never the title, and
    no bar to the title above it."""
    title = "三级医院号源下沉社区 家门口可约专家号"
    doc = lift("\n".join([title, "某某网健康频道 http://health.example.com 查看更多", "2024-01-14 17:02:30 来源: 某某日报", BODY, BODY2]))
    assert doc.title == title and doc.published == "2024-01-14T17:02:30"


# A portal's long head: a menu, a record table (twice, as such pages print it) and a share line
# above the body. The head is the lines right above the body, however many stand above them.
LONG_HEAD = "\n".join([
    "首页", "机构概况", "政务公开", "办事服务", "互动交流",
    "某某市人民政府 >> 政府信息公开 >> 政策文件",
    "索 引 号: 000000000/2024-00031",
    "分 类: 卫生健康;通知",
    "发文机关: 某某市卫生健康委员会",
    "标 题: 某某市卫生健康委员会关于开展2024年老年人免费健康体检工作的通知",
    "发文字号: 某卫发〔2024〕12号",
    "索 引 号: 000000000/2024-00031 分 类: 卫生健康;通知",
    "发文机关: 某某市卫生健康委员会",
    "标 题: 某某市卫生健康委员会关于开展2024年老年人免费健康体检工作的通知",
    "发文字号: 某卫发〔2024〕12号",
    "分享到:",
    "某卫发〔2024〕12号",
    BODY,
    BODY2,
])


def test_a_long_head_gives_the_title_from_its_record_table() -> None:
    doc = lift(LONG_HEAD)
    assert doc.title == "某某市卫生健康委员会关于开展2024年老年人免费健康体检工作的通知"
    assert BODY in doc.text and BODY2 in doc.text
    # The menu above the head is not the metadata stage's: it stays for the boilerplate stage.
    assert doc.text.startswith("首页\n")


def test_a_record_row_with_a_semicolon_is_not_the_body() -> None:
    # `分 类: 卫生健康;通知` lists two values: the body starts below the table, not at this row.
    doc = lift("分 类: 卫生健康;通知\n标 题: 某某医院关于调整门诊时间的通知\n" + BODY)
    assert doc.title == "某某医院关于调整门诊时间的通知"


def test_an_info_bar_of_glued_spans_is_read_field_by_field() -> None:
    # An HTML page's info bar made of <span>s with no space between them.
    doc = lift("2024-06-03 09:12来源:某某日报作者:记者 孙某 通讯员 钱某\n" + BODY)
    assert doc.published == "2024-06-03T09:12"
    assert doc.metadata["source_name"] == "某某日报"
    # `记者` before a name is the name's role, not a name.
    assert doc.authors == ["孙某", "钱某"]
    assert doc.text.strip() == BODY


def test_an_info_bar_in_traditional_script_is_parsed() -> None:
    doc = lift("醫管局推出新措施 縮短專科門診輪候時間\n2023年06月12日 15:20 來源:某某新聞網 責任編輯:陳某\n" + BODY)
    assert doc.title == "醫管局推出新措施 縮短專科門診輪候時間"
    assert doc.published == "2023-06-12T15:20"
    assert doc.metadata["source_name"] == "某某新聞網"


def test_a_posts_tags_under_its_title_are_no_title() -> None:
    doc = lift("那些年我们一起跑过的步\n(2012-04-15 21:36:08)\n标签:跑步 健康 生活\n分类:生活随笔\n" + BODY)
    assert doc.title == "那些年我们一起跑过的步"
    assert "标签:跑步 健康 生活" in doc.text


def test_a_record_row_or_a_widget_row_ending_in_a_colon_opens_no_paragraph() -> None:
    # `索引号: … 分类:` (its last field empty) and `【打印】 【字体:` are no lead-ins to the body.
    head = ["某某区卫生健康局政府信息公开", "索引号: 000000000/2024-00031 分类:", "【打印】 【字体:",
            "春风送暖 义诊进社区", "发布日期:2024-03-05  浏览次数:-"]
    doc = lift("\n".join([*head, BODY]))
    assert doc.title == "春风送暖 义诊进社区"
    assert doc.published == "2024-03-05"


def test_the_title_under_a_menu_with_join_us_and_over_an_apps_buttons_is_lifted():
    """`加入我们` is a menu item, not a line that speaks to someone; an app page's `关注`/`举报`
    buttons and its account line stand between the headline and the body."""
    menu = ["首页", "关于公司", "产品中心", "投资者关系", "新闻动态", "加入我们"]
    doc = lift("\n".join([*menu, "某某制药新药获批上市", "发布日期:2024-08-27 来源:某某制药", BODY]))
    assert doc.title == "某某制药新药获批上市"
    app = lift("\n".join(["六十岁老人查出甲状腺结节怎么办", "健康早知道 2024-05-06 08:12 某某", "关注", "举报", BODY]))
    assert app.title == "六十岁老人查出甲状腺结节怎么办"


def test_an_info_bar_ending_in_a_bare_counter_gives_its_author():
    doc = lift(f"县医院开通夜间门诊\n来源:某某县融媒体中心 作者:温一舟 2024-03-18 09:30 阅读 4821\n{BODY}")
    assert doc.authors == ["温一舟"]
    assert doc.published == "2024-03-18T09:30"


def test_a_date_and_a_unit_without_labels_is_the_info_line_under_the_title() -> None:
    """`2025-10-08  院办公室  阅读:903`: the date, the unit that posted it and a counter, no labels;
    the line above it is the title."""
    text = (
        "杉川县人民医院\n首页 医院概况 新闻中心 就医指南 科室导航\n"
        "门诊综合楼改造期间就诊流程有调整，请提前了解\n2025-10-08  院办公室  阅读：903\n"
        "为改善就医环境，我院门诊综合楼将于10月中旬起分区域进行改造，部分科室临时搬迁。\n"
    )
    from cleaner.config import Config

    doc = Document(id="t", source="t", original=text)
    (doc,) = Metadata(Config()).run(doc)
    assert doc.title == "门诊综合楼改造期间就诊流程有调整，请提前了解"
    assert doc.published == "2025-10-08"
    assert doc.metadata.get("source_name") == "院办公室"


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # a channel account's name, its line with the time, then the title
        ("杉川卫健\n原创 杉川卫健 2024-05-20 18:06 发表于北洲\n世界家庭医生日｜我们的家庭医生一直在您身边\n", "2024-05-20T18:06"),
        ("杉川医保\n杉川医保  2024-04-02 17:00\n政策解读｜门诊慢特病怎么办理\n", "2024-04-02T17:00"),
        # an e-paper's page line over the title
        ("杉川日报\n2024年03月22日  第A03版：健康周刊  上一版 下一版\n世界睡眠日 两家医院为失眠者支招\n", "2024-03-22"),
        # a date and the unit that posted it under the title
        ("杉川县妇女联合会\n首页 > 工作动态\n各乡镇有序推进农村适龄妇女两癌免费筛查\n2024-09-10  杉川县妇联\n", "2024-09-10"),
        # a notice's document number before its date field
        ("杉川市卫生健康委员会\n关于表彰2023年度全市卫生健康工作先进集体的决定\n杉卫〔2024〕8号  发布日期：2024-02-02\n", "2024-02-02"),
    ],
)
def test_head_layouts_of_accounts_epapers_and_notices(head: str, published: str) -> None:
    from cleaner.config import Config

    title = [ln for ln in head.splitlines() if len(ln) >= 14 and "20" not in ln[:4] and "〔" not in ln][-1]
    text = head + "3月21日上午，杉川县人民医院在门诊大厅开展健康宣传活动，为市民讲解相关知识，发放宣传资料三百余份。\n"
    doc = Document(id="t", source="t", original=text)
    (doc,) = Metadata(Config()).run(doc)
    assert doc.title == title
    assert doc.published == published
    assert replay(doc.original, doc.changes) == doc.text


def test_a_day_first_stamp_and_an_app_authors_line() -> None:
    """`15.02.2018  23:42` under a newspaper site's title is its date, not the title; an app
    author's line (`某某社 2024-08-19 20:15 湖南 健康领域创作者`) is no part of the first paragraph."""
    from cleaner.api import clean_text

    text = (
        "杉川晚报\n除夕坚守岗位 医护人员与患者共度团圆夜\n15.02.2018  23:42\n"
        "今天是除夕，当大多数市民在家中吃年夜饭时，杉川市中心医院的医护人员仍坚守在各自岗位上。\n"
        "下午五点，记者来到医院急诊大厅，值班医生正在为一名腹痛的老人检查。\n"
    )
    (rec,) = clean_text(text, doc_id="stamp")
    assert rec.title == "除夕坚守岗位 医护人员与患者共度团圆夜"
    assert rec.published == "2018-02-15T23:42"
    app = (
        "医师节｜乡镇卫生院里的“全科”医生\n健康视界社 2024-08-19 20:15 湖南 健康领域创作者\n"
        "在石门镇中心卫生院，五十岁的全科医生每天要接诊六十多名患者，还要下村随访慢病老人。\n"
        "他说，乡里的老人信任他，他也愿意一直守在这里。\n"
    )
    (rec,) = clean_text(app, doc_id="app")
    assert rec.text.startswith("在石门镇中心卫生院")
    assert "创作者" not in rec.text


def test_a_publisher_alone_between_the_title_and_the_date_is_the_source() -> None:
    """`关于…的通知` / `某某县卫生健康局` / `发布时间:…`: the notice's title is the first line; the
    unit under it published it. A short column name over a title ending in a unit word stays a
    column name: the title is the line above the date."""
    body = "为方便群众就近接种,经研究,自2024年2月1日起调整全县预防接种门诊开放时间,具体如下:"
    doc = lift("关于调整全县预防接种门诊开放时间的通知\n某某县卫生健康局\n发布时间:2024-01-22\n\n" + body)
    assert doc.title == "关于调整全县预防接种门诊开放时间的通知"
    assert doc.metadata["source_name"] == "某某县卫生健康局"
    assert doc.published == "2024-01-22"
    assert doc.text.strip() == body
    column = lift("基层动态\n城关镇新建一所标准化村卫生室\n发布时间:2024-01-22\n\n" + body)
    assert column.title == "城关镇新建一所标准化村卫生室"
    assert "source_name" not in column.metadata


@pytest.mark.parametrize(
    ("line", "source", "published"),
    [
        # the date after the source's name, with spaces between
        ("来源：某某日报  2024-06-18 07:35", "某某日报", "2024-06-18T07:35"),
        # the unit that posted it before a labelled date, or a site's name before the date and 来源
        ("某某县卫生健康局  发布日期：2024-05-22", "某某县卫生健康局", "2024-05-22"),
        ("某某县人民政府网  2024-04-11  来源：县卫健局", "县卫健局", "2024-04-11"),
        # an e-paper's page line after the paper's name
        ("《某某日报》2024年11月12日 第05版", "某某日报", "2024-11-12"),
        ("某某报  2024年07月25日  第3版", "某某报", "2024-07-25"),
        # a health account's name before its time: the account that posted it, no source
        ("某某健康 2024-09-29 18:20", None, "2024-09-29T18:20"),
    ],
)
def test_info_lines_with_a_name_before_or_a_date_after(line: str, source: str | None, published: str) -> None:
    body = "今年以来,全县各乡镇卫生院围绕签约服务目标,推动家庭医生服务从坐诊向入户转变,群众满意度明显提升。"
    doc = lift(f"各乡镇卫生院扎实开展家庭医生签约服务\n{line}\n{body}")
    assert doc.title == "各乡镇卫生院扎实开展家庭医生签约服务"
    assert (doc.metadata.get("source_name"), doc.published) == (source, published)
    assert doc.text.strip() == body


def test_a_bulleted_brief_headline_under_the_paper_line_is_no_title() -> None:
    """An e-paper page of briefs: the column over the paper's line is the title; the first brief's
    `■` headline stays in the text with its brief."""
    body = "本报讯 7月22日,一处面积300平方米的康复治疗区在城关镇正式启用,居民在家门口就能做康复训练。"
    doc = lift(f"基层卫生动态\n某某报  2024年07月25日  第3版\n■ 家门口有了“康复站”\n{body}")
    assert doc.title == "基层卫生动态"
    assert doc.text.strip().split("\n")[0] == "■ 家门口有了“康复站”"


def test_a_date_under_a_label_the_stage_does_not_read_is_no_publication_date() -> None:
    from cleaner.filters.metadata import parse_fields

    fields = parse_fields("发布机构: 某某市卫生健康委员会 成文日期: 2023-05-06")
    assert fields is not None and "date" not in fields.values


def test_a_video_pages_info_line_with_its_column_and_play_count() -> None:
    body = "10月12日,全市秋冬季传染病防控工作会议召开,会议要求各地做好流感等呼吸道传染病的监测预警。"
    doc = lift(f"全市部署秋冬季传染病防控工作\n栏目：某某新闻联播　发布时间：2023-10-12 19:35　播放次数：3218\n{body}")
    assert (doc.title, doc.published, doc.metadata.get("column_name")) == ("全市部署秋冬季传染病防控工作", "2023-10-12T19:35", "某某新闻联播")
    assert doc.text.strip() == body


def test_a_photographer_glued_to_the_source_is_a_credit_not_part_of_the_source() -> None:
    from cleaner.filters.metadata import parse_fields

    fields = parse_fields("2024-01-22 10:05来源：某某网摄影：某某")
    assert fields is not None
    assert (fields.values.get("source"), fields.credits) == ("某某网", [("摄影", "某某")])


@pytest.mark.parametrize(
    ("line", "account", "published"),
    [
        ("原创 某某健康 某某健康 2024-03-14 20:15 发表于江西", "某某健康", "2024-03-14T20:15"),
        ("某某卫健  2024-07-02 19:30  发表于四川", "某某卫健", "2024-07-02T19:30"),
        ("某某县医共体  2024-06-03 17:05", "某某县医共体", "2024-06-03T17:05"),
        ("发布于 2024-04-09 13:22 · IP 属地江西", None, "2024-04-09T13:22"),
    ],
)
def test_channel_account_lines_under_the_title(line: str, account: str | None, published: str) -> None:
    """An account's line under the title, with the region it posted from (发表于江西, IP 属地), is
    lifted, even where it reads like the start of the first paragraph; the account that posted the
    article is kept as its account, and names no source."""
    body = "今天是第19个世界肾脏日,今年的主题是“人人享有肾脏健康”。全市各医院纷纷开展主题活动,一起来看看吧!"
    doc = lift(f"世界肾脏日 | 守护肾脏健康 我市医院在行动\n\n{line}\n\n{body}")
    assert (doc.metadata.get("account_name"), doc.metadata.get("source_name"), doc.published) == (account, None, published)
    assert doc.text.strip() == body


@pytest.mark.parametrize(
    ("line", "fields", "credits"),
    [
        # the counters a page prints in brackets after the fields: widgets, never a name
        ("2024-09-18 07:42 来源：某某日报 记者 孟川 方一禾 评论(36)", {"date": "2024-09-18T07:42", "source": "某某日报"},
         [("记者", "孟川"), ("记者", "方一禾")]),
        ("2024-09-18 来源：某某日报 阅读（1.2万）", {"date": "2024-09-18", "source": "某某日报"}, []),
        # a blog's signature: its writer, the time, its category and counters
        ("岑晓舟 2023-10-02 21:47 分类：控糖饮食 阅读(3,918) 评论(17)", {"date": "2023-10-02T21:47"}, [("作者", "岑晓舟")]),
        # a reporter with the place reported from, and a font-size switch (a page in traditional script)
        ("2024/08/12 14:35 記者鄭宇翔／嵐港報導 字級：小 中 大", {"date": "2024-08-12T14:35"}, [("记者", "鄭宇翔")]),
        ("2024-06-03 来源：某某日报 字号：大 中 小", {"date": "2024-06-03", "source": "某某日报"}, []),
        # a writer's unit and department before the name, then the date and a counter
        ("某某市第一人民医院 儿科 欧阳静 2024-01-16 阅读 3.2万", {"date": "2024-01-16"}, [("作者", "欧阳静")]),
        # a live page's badge before the fields and its last update after them
        ("直播中 2024-04-21 07:05 来源：某某晚报 记者：柯望舒 程潇 最后更新 10:12", {"date": "2024-04-21T07:05", "source": "某某晚报"},
         [("记者", "柯望舒"), ("记者", "程潇")]),
        # an outlet's dateline before the fields, a reporter's outlet before the role, dots between fields
        ("某某网讯 2024-05-28 16:40:21 记者 娄思齐", {"date": "2024-05-28T16:40:21"}, [("记者", "娄思齐")]),
        ("某某新闻记者 向语  2024-06-30 08:55", {"date": "2024-06-30T08:55"}, [("记者", "向语")]),
        ("2024年3月27日 · 分类：诊室日常 · 阅读 1,204", {"date": "2024-03-27", "column": "诊室日常"}, []),
        # an intern reporter beside the reporter, both writers
        ("2024-05-06 来源：某某日报 记者 邹明远 实习生 唐语", {"date": "2024-05-06", "source": "某某日报"},
         [("记者", "邹明远"), ("实习生", "唐语")]),
    ],
)
def test_counters_a_font_switch_a_blogs_category_and_a_reporters_place_in_an_info_bar(line: str, fields: dict[str, str], credits: list[tuple[str, str]]) -> None:
    from cleaner.filters.metadata import parse_fields

    got = parse_fields(line)
    assert got is not None
    assert (got.values, got.credits) == (fields, credits)


def test_a_label_before_a_date_is_no_writer_and_a_dotted_channel_line_is_lifted() -> None:
    from cleaner.filters.metadata import _info_fields, parse_fields

    assert parse_fields("文章日期 2023年10月18日") is None or parse_fields("文章日期 2023年10月18日").credits == []
    dotted = _info_fields("原创 · 某某手记 · 2024-02-27 10:35 · 发布于河南")
    assert dotted is not None
    assert dotted.values == {"date": "2024-02-27T10:35", "source": "某某手记"}


def test_taiwans_dates_in_the_republics_years() -> None:
    from cleaner.filters.metadata import parse_date, parse_fields

    assert parse_date("民國113年5月16日") == "2024-05-16"
    fields = parse_fields("發布日期：113-05-16 發布單位：公共事務室 點閱次數：1047")
    assert fields is not None
    assert (fields.values.get("date"), fields.values.get("source")) == ("2024-05-16", "公共事務室")
    # A number that only looks like one, inside other words, is no date.
    assert parse_date("分機 113-05-16 轉") is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("某某健康  2024年11月18日 17:45  四川", "2024-11-18T17:45"),
        ("某某湾社区  2024年10月11日 16:40", "2024-10-11T16:40"),
        ("2024-10-21  A04版  健康周刊", "2024-10-21"),
        ("某卫发〔2024〕21号  2024-06-18", "2024-06-18"),
        # an e-paper's page line with its read count
        ("某某日报　2024年05月17日　第A04版　阅读量：1024", "2024-05-17"),
    ],
)
def test_more_date_lines_under_the_title(line: str, published: str) -> None:
    body = "今天是第19个世界肾脏日,今年的主题是“人人享有肾脏健康”。全市各医院纷纷开展主题活动,一起来看看吧!"
    doc = lift(f"关于做好2024年夏季防暑降温医疗保障工作的通知\n{line}\n{body}")
    assert doc.published == published
    assert doc.text.strip() == body


def test_a_transcripts_speaker_label_at_the_end_is_no_source_line() -> None:
    body = "今年全省将新建改建乡镇卫生院一百所,实现每个乡镇都有一所标准化卫生院的目标。"
    doc = Document(id="t", source="t", original=f"{body}\n某某广播电视台记者：\n请问新建的卫生院什么时候能投入使用?\n")
    [doc] = Metadata().run(doc)
    assert "某某广播电视台记者：" in doc.text.split("\n")


@pytest.mark.parametrize(
    ("line", "source", "published"),
    [
        ("某某发布 2024-03-08 14:20 发布于天津 原创", "某某发布", "2024-03-08T14:20"),
        ("2024年03月21日09:12 | 来源：某某时报", "某某时报", "2024-03-21T09:12"),
        ("来源：某某报 举报", "某某报", None),
    ],
)
def test_info_bars_with_bars_a_region_and_widgets(line: str, source: str, published: str | None) -> None:
    from cleaner.filters.metadata import parse_fields

    fields = parse_fields(line)
    assert fields is not None
    assert (fields.values.get("source"), fields.values.get("date")) == (source, published)


def test_roles_and_labels_caught_with_names_are_no_authors() -> None:
    from cleaner.filters.metadata import is_author_name

    assert is_author_name("王文") and is_author_name("李某某")
    for not_a_name in ("观察者网专栏作者", "实习生：梁某", "【评论员文章", "县人民医院办公室"):
        assert not is_author_name(not_a_name), not_a_name


def test_font_size_buttons_under_the_info_bar_are_no_title() -> None:
    body = "近年来,各地加快推进紧密型县域医疗卫生共同体建设,推动优质医疗资源下沉,提升基层服务能力。"
    doc = lift(f"多地推进紧密型县域医共体建设\n2024年11月20日08:31 | 来源：某某日报\n小字号\n大字号\n本报记者　某某\n{body}")
    assert doc.title == "多地推进紧密型县域医共体建设"
    assert doc.published == "2024-11-20T08:31"


def test_a_site_greeting_over_the_menu_is_no_body_and_account_lines_with_a_region() -> None:
    body = "5月10日下午,我院国际护士节表彰大会在门诊楼六楼学术报告厅举行,院领导和护理人员代表二百余人参加。"
    doc = lift(
        "欢迎访问某某市中医医院官方网站！  今天是：2024年5月13日 星期一\n首页  医院简介  医院新闻  科室介绍  联系我们\n"
        f"我院举办国际护士节表彰大会\n信息来源：护理部  发布时间：2024-05-13  阅读次数：\n{body}"
    )
    assert (doc.title, doc.published) == ("我院举办国际护士节表彰大会", "2024-05-13")
    from cleaner.filters.metadata import parse_fields

    for line, source, when in (
        ("某某青枫 2024-05-31 19:02 湖南", "某某青枫", "2024-05-31T19:02"),
        ("2024-02-08 16:40:12某某日报", "某某日报", "2024-02-08T16:40:12"),
    ):
        fields = parse_fields(line)
        assert fields is not None and (fields.values.get("source"), fields.values.get("date")) == (source, when)


@pytest.mark.parametrize(
    ("head", "source", "account", "published", "authors"),
    [
        # the unit's name alone under the title, then the posting time with where from: the source
        ("某某县疾病预防控制中心\n2024-06-18 17:02 发表于广东", "某某县疾病预防控制中心", "某某县疾病预防控制中心", "2024-06-18T17:02", []),
        # `原创` with the department and the writer, the account alone, the time on its own line
        ("原创 妇科 柳青禾 某某区人民医院\n某某区人民医院\n2024年03月08日 10:15", None, "某某区人民医院", "2024-03-08T10:15", ["柳青禾"]),
        # the account twice after `原创`, the time, and the region on a line of its own
        ("原创 某某社区卫生服务站 某某社区卫生服务站\n2024年05月19日 15:40\n上海",
         None, "某某社区卫生服务站", "2024-05-19T15:40", []),
        # the line as the page shows it, without `原创`: the account twice, the time, the region
        ("某某卫健 某某卫健 2024年04月09日 19:45 江苏\n某某卫健", None, "某某卫健", "2024-04-09T19:45", []),
    ],
)
def test_a_channel_articles_head_in_its_export_layouts(
    head: str, source: str | None, account: str | None, published: str, authors: list[str]
) -> None:
    """However a channel article's export lays out the account and the time under the title (and a
    prompt to follow the account under them), the title, the account and the date are lifted and
    none of those lines stays in the text. The account that posted it names no source."""
    title = "登革热进入高发期，这些问题你一定要知道"
    body = "近期，周边地区陆续报告登革热病例。登革热是由登革病毒引起、经伊蚊叮咬传播的急性传染病。"
    doc = lift(f"{title}\n{head}\n设为星标★，第一时间获取权威健康资讯\n\n{body}")
    assert (doc.title, doc.metadata.get("source_name"), doc.published, doc.authors) == (title, source, published, authors)
    assert doc.metadata.get("account_name") == account
    assert [line for line in doc.text.splitlines() if line.strip()] == ["设为星标★，第一时间获取权威健康资讯", body]


def test_a_headline_with_an_exclamation_over_the_account_line_is_the_title() -> None:
    """`…来啦！…` reads like a sentence, but over a channel article's account line (the account's
    name above it) it is the headline; the account's name is the banner, not the title."""
    title = "6月1日，儿童健康义诊来啦！专家免费看，名额有限"
    body = "“六一”国际儿童节即将到来，我院将联合第一小学开展儿童健康义诊活动，欢迎家长带孩子参加。"
    doc = lift(f"某某区妇幼保健院\n{title}\n原创 某某区妇幼保健院 2024年05月27日 18:00 四川\n\n{body}")
    assert (doc.title, doc.metadata.get("banner"), doc.published) == (title, "某某区妇幼保健院", "2024-05-27T18:00")
    assert doc.text.strip() == body


@pytest.mark.parametrize(
    ("line", "source", "authors"),
    [
        # a longer author label, and a counter said in words at the end of the line
        ("文章作者：柳青禾 来源：护理部 发布时间：2024-05-06 点击数：356", "护理部", ["柳青禾"]),
        ("发布日期：2024年5月6日 信息来源：保健部 撰稿：柳青禾 本文已被浏览 218 次", "保健部", ["柳青禾"]),
        # two page fields glued together by the page's markup (spans with nothing between them)
        ("发布时间：2024-05-06 来源：某某县急救中心播放量：1.2万", "某某县急救中心", []),
        # whoever posted the page is the site's account, no author
        ("时间：2024-05-06　作者：柳青禾　发布人：admin", None, ["柳青禾"]),
        ("发布时间：2024-05-06 发布者：管理员", None, []),
        # a writer's post in brackets after the name
        ("作者：柳青禾（某某市第三人民医院精神心理科 副主任医师） 发布时间：2024-05-06", None, ["柳青禾"]),
    ],
)
def test_more_info_bars_give_their_fields(line: str, source: str | None, authors: list[str]) -> None:
    doc = lift(f"县人民医院护理部开展护理质量检查\n{line}\n\n{BODY}")
    assert (doc.published[:10], doc.metadata.get("source_name"), doc.authors) == ("2024-05-06", source, authors)
    assert doc.text.strip() == BODY


def test_a_source_field_followed_by_the_pages_unlabelled_date_and_count() -> None:
    from cleaner.filters.metadata import parse_fields

    fields = parse_fields("来源：党委宣传部 2023-11-08 1024")
    assert fields is not None
    assert (fields.values.get("source"), fields.values.get("date")) == ("党委宣传部", "2023-11-08")


@pytest.mark.parametrize(
    ("head", "source", "authors", "published"),
    [
        # a repost card (where it came from, who wrote it), the account's card and the account line
        ("收录于合集 #高血压防治 12个\n以下文章来源于 某某健康 ，作者 柳青禾\n某某健康.\n某某区人民医院官方科普号，每周为您带来权威健康知识。\n"
         "柳青禾 某某区人民医院 2023-11-20 07:30 天津", "某某健康", ["柳青禾"], "2023-11-20T07:30"),
        # the account before a bar and `原创` with the writer: the account, no source
        ("某某卫健 | 原创 何晓东\n2023-10-09 08:30", None, ["何晓东"], "2023-10-09T08:30"),
        # `原创` alone, the account's name, the time and the region one a line
        ("原创\n某某社区卫生服务中心\n2024年5月31日 19:02\n浙江", "某某社区卫生服务中心", [], "2024-05-31T19:02"),
    ],
)
def test_more_channel_heads(head: str, source: str | None, authors: list[str], published: str) -> None:
    title = "血压总是忽高忽低？可能是这3个原因在作怪"
    body = "“医生，我在家量血压140，到医院一量就150多，回家又正常了，到底哪个准？”在心内科门诊，这样的疑问几乎每天都能听到。"
    doc = lift(f"{title}\n{head}\n\n{body}")
    assert (doc.title, doc.metadata.get("source_name"), doc.authors, doc.published) == (title, source, authors, published)
    assert body in doc.text and title not in doc.text


@pytest.mark.parametrize("line", ["目　录", "【图片直播】 【视频回放】 【文字实录】"])
def test_a_table_of_contents_or_a_row_of_media_links_is_no_title(line: str) -> None:
    from cleaner.filters.metadata import looks_like_title

    assert not looks_like_title(line)


@pytest.mark.parametrize(
    ("line", "source", "authors"),
    [
        ("发布于 2024-05-06　来源：某某市妇幼保健院　作者：柳青禾　阅读：0", "某某市妇幼保健院", ["柳青禾"]),
        ("发布时间：2024-05-06　信息来源：某某县卫生健康委员会　【打印】【关闭】", "某某县卫生健康委员会", []),
    ],
)
def test_info_bars_with_a_posted_verb_or_bracketed_buttons(line: str, source: str, authors: list[str]) -> None:
    doc = lift(f"县人民医院护理部开展护理质量检查\n{line}\n\n{BODY}")
    assert (doc.published, doc.metadata.get("source_name"), doc.authors) == ("2024-05-06", source, authors)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("2024-05-06来源：党委办公室作者：柳青禾浏览：207次", "党委办公室"),
        ("【作者：柳青禾】【发布日期：2024-05-06】【浏览次数：387】", None),
        ("时间：2024-05-06来源：神经外科点击：1287", "神经外科"),
        ("发布时间：2024-05-06　来源：医务科　已阅读 2316 次", "医务科"),
        ("发布时间：2024-05-06　来源：县妇幼保健院　　【大 中 小】", "县妇幼保健院"),
    ],
)
def test_info_bars_glued_bracketed_or_with_widgets_after_their_fields(line: str, source: str | None) -> None:
    doc = lift(f"县人民医院护理部开展护理质量检查\n{line}\n\n{BODY}")
    assert (doc.title, doc.published[:10], doc.metadata.get("source_name")) == ("县人民医院护理部开展护理质量检查", "2024-05-06", source)
    assert doc.text.strip() == BODY


def test_a_forum_posts_stamp_with_its_furniture_after_a_bar() -> None:
    from cleaner.filters.metadata import parse_fields

    for line in ("发表于 2024-02-11 10:05　|　只看该作者", "发表于 2024-06-30 | 分类于 随笔 | 阅读次数 316"):
        fields = parse_fields(line)
        assert fields is not None and fields.values["date"][:10] in ("2024-02-11", "2024-06-30"), line


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("2024-05-06　浏览 3,201 次", []),
        ("2024年5月6日 · 分类：食谱 · 作者：柳青禾", ["柳青禾"]),
        ("2024/05/06　文／柳青禾　審稿／復健科醫師 許家豪", ["柳青禾"]),
        ("发布于 2024-05-06 20:03・IP 属地江西", []),
        ("2024-05-06　　某某药业　　浏览量：2417", []),
    ],
)
def test_more_stamps_under_the_title(line: str, authors: list[str]) -> None:
    doc = lift(f"县人民医院护理部开展护理质量检查\n{line}\n\n{BODY}")
    assert (doc.published[:10], doc.authors) == ("2024-05-06", authors)
    assert doc.text.strip() == BODY


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("2010-06-09 14:22:07　来源：沅江日报　【字号 大 中 小】　我来说两句(12)", "沅江日报"),
        ("2010-06-09 14:22　来源：沅江日报　大字 小字", "沅江日报"),
        ("2010-06-09 14:22　来源：沅江日报　自动播放　返回图集首页", "沅江日报"),
        ("2010-06-09 14:22　来源：沅江日报　参与互动", "沅江日报"),
    ],
)
def test_a_bars_links_after_its_source_are_no_part_of_the_source(line: str, source: str) -> None:
    """Comment links, a font switch's sizes and a gallery's controls set after the last field."""
    doc = lift(f"县人民医院护理部开展护理质量检查\n{line}\n\n{BODY}")
    assert (doc.published[:10], doc.metadata.get("source_name")) == ("2010-06-09", source)
    assert doc.text.strip() == BODY


def test_a_tv_storys_credits_under_it_and_a_datelines_bracketed_reporter_name_its_authors() -> None:
    """`记者:某某 某某　摄像:某某　编辑:某某` under the story: the reporters are its authors, the
    camera and the editor credits; `某某网某地4月20日电(记者 某某)` opening the first paragraph too
    (the dateline stays: it is the lead's first words)."""
    tail = lift(f"暴雨过后城区供电全部恢复\n\n{BODY}\n记者：钱知秋 蒋一航　摄像：曹远　编辑：杨思帆")
    assert tail.authors == ["钱知秋", "蒋一航"]
    assert {"role": "摄像", "name": "曹远"} in tail.metadata["credits"]
    assert tail.text.strip() == BODY
    wired = lift(f"茶产业博览会开幕\n\n某某新闻网沅州4月20日电（记者 罗思宜）{BODY}")
    assert wired.authors == ["罗思宜"]
    assert wired.text.strip() == f"某某新闻网沅州4月20日电 {BODY}"  # the wire's dateline opens the lead, apart from its words


@pytest.mark.parametrize(
    ("line", "date", "authors"),
    [
        ("发布于 2024年3月17日2024年3月20日 作者 溪山客", "2024-03-17", ["溪山客"]),
        ("赞赏 3.2 2024.09.03 22:41:05 字数 1,102 阅读 567 评论 8 喜欢 21", "2024-09-03", []),
        ("发表者：林晓风 5862人已读 发表时间：2024-03-08", "2024-03-08", ["林晓风"]),
        ("2024年1月8日 · 木子 · 约 1300 字 · 阅读 472 次", "2024-01-08", ["木子"]),
        ("阿青的菜园子 发布于 2024-04-10 16:25 · 阅读 2,341 · 点赞 86 · 分类：种植日记", "2024-04-10", ["阿青的菜园子"]),
        ("北山读书2024-05-19 08:40IP属地：浙江", "2024-05-19", ["北山读书"]),
    ],
)
def test_a_blog_platforms_bar_under_the_title(line: str, date: str, authors: list[str]) -> None:
    """Blog and column platforms' bars: counters without colons anywhere among the fields (字数 1,102,
    约 1300 字, 5862人已读), the poster's name before 发布于 or glued to the time before the region, a
    theme's two dates run together (the post's, then its update), 作者 before a space."""
    doc = lift(f"县人民医院护理部开展护理质量检查\n{line}\n\n{BODY}")
    assert (doc.published[:10], doc.authors) == (date, authors)
    assert doc.text.strip() == BODY


def test_a_heading_after_a_label_and_a_space_is_no_credit() -> None:
    from cleaner.filters.metadata import parse_fields

    assert parse_fields("作者 简介") is None
    assert parse_fields("作者 溪山客") is not None


def test_the_cms_account_that_posts_every_page_is_no_author() -> None:
    """`作者:admin` (the site's own account, on every page of a CMS) credits nobody; the unit stays."""
    doc = lift(f"县人民医院护理部开展护理质量检查\n时间:2024-05-06 15:08来源:价格管理科 作者:admin 点击:1096 次\n\n{BODY}")
    assert (doc.published[:10], doc.authors, doc.metadata.get("source_name")) == ("2024-05-06", [], "价格管理科")
    assert doc.text.strip() == BODY


def test_a_result_notice_under_a_trading_centres_breadcrumb_keeps_its_title_date_and_fields() -> None:
    """A trading centre's result notice: its body is numbered fields (一、项目编号:…) far above its
    first sentence, its date label is `信息时间:`, and the 名称: under 四、主要标的信息 names what was
    bought. The title and date are read, the fields stay; a record table's 名称: still goes."""
    from cleaner.api import clean_text

    page = (
        "某某县公共资源交易中心\n首页 | 交易信息 | 政策法规 | 办事指南 | 联系我们\n"
        "首页 > 交易信息 > 政府采购 > 中标结果公告\n某某县人民医院血液透析设备采购项目中标结果公告\n"
        "信息时间：2025-06-12  阅读次数：204\n【打印】 【关闭】\n"
        "一、项目编号：MMCG2025-0088\n二、项目名称：某某县人民医院血液透析设备采购项目\n三、中标信息\n"
        "供应商名称：某某医疗科技有限公司\n中标金额：人民币叁拾贰万元整\n四、主要标的信息\n"
        "名称：血液透析机\n品牌：某某\n数量：4台\n五、公告期限\n自本公告发布之日起1个工作日。\n"
        "六、其他补充事宜\n各有关当事人对中标结果有异议的，可在公告期限届满之日起7个工作日内以书面形式提出质疑。"
    )
    [doc] = clean_text(page)
    assert doc.title == "某某县人民医院血液透析设备采购项目中标结果公告"
    assert (doc.published or "")[:10] == "2025-06-12"
    assert "名称：血液透析机" in doc.text and "一、项目编号：MMCG2025-0088" in doc.text
    [table] = clean_text("索引号：11330000MB0000000X/2025-00012\n名称：关于延长门诊服务时间的公告\n分类：卫生健康\n"
                  "为进一步改善群众就医体验，县人民医院自6月起延长门诊服务时间，方便群众错峰就诊。")
    assert "名称" not in table.text


def test_a_speech_keeps_its_title_salutation_and_page_date_and_credits_its_speaker() -> None:
    """A leader's speech as a health bureau posts it: the title over the day it was given in
    brackets, the speaker's post and name, then the page's 发布时间. The title is the title, the
    speaker the author, the page's date the date; `同志们:` opens the body."""
    from cleaner.api import clean_text

    page = (
        "某某区卫生健康局\n首页 | 机构职能 | 卫健动态 | 通知公告 | 政策文件\n当前位置：首页 > 卫健动态 > 领导讲话\n"
        "在全区卫生健康系统安全生产工作会议上的讲话\n（2025年3月3日）\n区卫生健康局党组书记、局长 某某某\n"
        "发布时间：2025-03-05  来源：局办公室\n同志们：\n"
        "今天召开全区卫生健康系统安全生产工作会议，主要任务是分析当前形势，部署今年的安全生产重点工作。下面，我讲三点意见。\n"
        "一、提高认识，压实责任\n各单位要把安全生产放在突出位置，主要负责同志要亲自抓、负总责，层层压实责任。"
    )
    [doc] = clean_text(page)
    assert doc.title == "在全区卫生健康系统安全生产工作会议上的讲话"
    assert (doc.published or "")[:10] == "2025-03-05"
    assert doc.authors == ["某某某"]
    assert doc.text.startswith("同志们：\n今天召开")


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        ("各患者均已得到及时治疗，目前病情稳定。（通讯员 某晓某）", ["某晓某"]),
        ("各患者均已得到及时治疗，目前病情稳定。（记者 某文某 通讯员 某晓某）", ["某文某", "某晓某"]),
        ("各患者均已得到及时治疗，目前病情稳定。\n（消化内科 某雅某）", ["某雅某"]),
        ("各患者均已得到及时治疗，目前病情稳定。（法定节假日除外）", []),
        ("各患者均已得到及时治疗，目前病情稳定。（市卫健委 供稿）", []),
    ],
)
def test_a_bracketed_byline_after_the_last_paragraph_gives_its_authors(tail: str, authors: list[str]) -> None:
    """`…。（通讯员 某某）` glued to the last paragraph, or `（消化内科 某某）` alone under it, with a
    site's footer and its headlines below: the names are the authors; a condition in brackets and
    a unit's credit name nobody."""
    from cleaner.api import clean_text

    footer = "\n".join(["上一篇：夏季谨防热射病", "下一篇：孩子总揉眼睛可能是过敏", "推荐阅读", "幽门螺杆菌阳性全家都要查吗",
                        "胃镜检查前需要做哪些准备", "便秘不是小事", "医院地址：某某市解放路210号", "版权所有 某某市中心医院"])
    page = f"县医院成功救治一批食物中毒患者\n发布日期：2025-07-15  来源：医务部\n{BODY}\n{tail}\n{footer}"
    [doc] = clean_text(page)
    assert doc.authors == authors


@pytest.mark.parametrize(
    ("line", "values", "credits"),
    [
        ("来源：某岭网 某岭网记者 某凡 特约记者 某松", {"source": "某岭网"}, [("记者", "某凡"), ("特约记者", "某松")]),
        ("供稿:心血管内科 某文涛", {"source": "心血管内科"}, [("供稿", "某文涛")]),
        ("时间:2024-07-02  来源:本站原创  浏览量:943", {"date": "2024-07-02"}, []),
        ("本文转载自:某某市疾病预防控制中心", {"source": "某某市疾病预防控制中心"}, []),
        ("信息时间：2025-05-09  阅读次数：318", {"date": "2025-05-09"}, []),
        ("来源：人民日报 海外版", {"source": "人民日报 海外版"}, []),
    ],
)
def test_source_fields_give_the_outlet_and_its_writer_apart(line: str, values: dict[str, str], credits: list[tuple[str, str]]) -> None:
    from cleaner.filters.metadata import parse_fields

    fields = parse_fields(line)
    assert fields is not None and fields.values == values and fields.credits == credits


def test_a_source_line_under_a_channels_account_line_is_the_source_and_the_account_is_kept() -> None:
    doc = lift(f"医保新政问答\n某某县人民医院 2024-01-09 08:00\n来源:某某县医疗保障局\n{BODY}\n{BODY2}")
    assert doc.metadata["source_name"] == "某某县医疗保障局"
    assert doc.metadata["account_name"] == "某某县人民医院"
    # (without the 来源 line the account is kept as the account, and the article states no source)
    plain = lift(f"医保新政问答\n某某县人民医院 2024-01-09 08:00\n{BODY}\n{BODY2}")
    assert plain.metadata["account_name"] == "某某县人民医院" and "source_name" not in plain.metadata


def test_a_video_pages_date_and_source_under_the_clip_give_its_source() -> None:
    """`发布时间:… 来源:某某广播电视台` after the transcript: the source is read, not only removed."""
    doc = lift(f"市中医院名医下乡走进苇塘乡\n{BODY}\n{BODY2}\n发布时间：2024-04-18 20:30　来源：某某广播电视台")
    assert doc.metadata.get("source_name") == "某某广播电视台"
    assert (doc.published or "")[:10] == "2024-04-18"


def test_a_disclosure_pages_title_under_its_record_rows_and_a_mailboxs_title_field_are_titles() -> None:
    """An 信息公开 page: record rows (发布机构:, 发布日期:) over the title, the font switch and the first
    chapter's heading under it. A mailbox's letter: `来信标题:` names it."""
    from cleaner.api import clean_text

    rules = (
        "某某市人民政府门户网站\n首页\n政务公开\n政务服务\n当前位置：首页>政务公开>政策文件\n"
        "索 引 号：11430500MB1234567X/2025-00031\n发布机构：某某市人民政府办公室\n发布日期：2025-01-24\n"
        "某某市院前医疗急救管理办法\n字号：[ 大 中 小 ]  打印  关闭\n第一章 总则\n"
        "第一条 为规范院前医疗急救行为，提高院前医疗急救服务能力，保障公民生命安全和身体健康，根据有关法律法规，结合本市实际，制定本办法。\n"
        "第二条 本市行政区域内的院前医疗急救活动及其监督管理，适用本办法。"
    )
    [doc] = clean_text(rules)
    assert doc.title == "某某市院前医疗急救管理办法" and (doc.published or "")[:10] == "2025-01-24"
    letter = (
        "某某县人民政府\n互动交流 > 县长信箱 > 信件详情\n信件编号：TC20250312008\n来信标题：村卫生室什么时候能恢复看病？\n"
        "来信人：匿名\n来信时间：2025-03-12\n处理状态：已办结\n来信内容：\n"
        "我是白沙镇竹山村村民，我们村卫生室去年年底村医退休后就一直关着门，村里老人多，拿点降压药都要跑到镇上，希望能尽快恢复。\n"
        "回复内容：\n您好！经县卫生健康局调查核实，白沙镇卫生院已通过乡聘村用方式招聘一名乡村医生，预计下月到岗。"
    )
    [doc] = clean_text(letter)
    # (`来信时间` is the letter's day, not the page's: no date is read from it)
    assert doc.title == "村卫生室什么时候能恢复看病？" and doc.published is None
    assert "处理状态" not in doc.text


def test_a_video_pages_reporters_under_the_transcript_are_its_authors_with_the_footer_below() -> None:
    """`记者:某某 某某` after a clip's transcript, with the editor, a list of related clips and the
    site's footer (nine lines) under it; a byline between two briefs names no author of the page."""
    from cleaner.api import clean_text

    foot = "\n".join(["编辑：某静怡", "相关视频", "【视频】我市启动秋季学校卫生专项检查", "【视频】企业职工免费健康体检启动",
                      "【视频】市人民医院开通无陪护病房", "下载某某台客户端 看更多精彩内容", "某某广播电视台 版权所有",
                      "违法和不良信息举报电话：0000-3399100", "湘ICP备10012233号-3"])
    page = f"市中医医院名医下乡走进苇塘乡\n2025-08-20 19:35  来源：某某新闻联播\n{BODY}\n{BODY2}\n记者：某冬 某文涛\n{foot}"
    [doc] = clean_text(page)
    assert doc.authors == ["某冬", "某文涛"]
    briefs = f"卫健简讯\n2025-05-29  来源：某某日报\n{BODY}\n记者：某冬 某文涛\n{BODY2}\n{foot}"
    [doc] = clean_text(briefs)
    assert doc.authors == []


@pytest.mark.parametrize(
    ("line", "values", "credits"),
    [
        ("2024年10月28日 08:12 来源：某岳证券报 作者：某晓峰 我要评论 字号 大 小",
         {"date": "2024-10-28T08:12", "source": "某岳证券报"}, [("作者", "某晓峰")]),
        ("2024-10-28 08:12 来源: 某川日报 举报 0跟贴", {"date": "2024-10-28T08:12", "source": "某川日报"}, []),
        ("2021-11-05 10:12:33  某客前沿  作者:某一鸣", {"date": "2021-11-05T10:12:33", "source": "某客前沿"}, [("作者", "某一鸣")]),
        ("2006年03月15日 14:20 某讯IT 文/某晓川", {"date": "2006-03-15T14:20", "source": "某讯IT"}, [("文", "某晓川")]),
        ("2024-05-06 星期一 作者:某某", {"date": "2024-05-06"}, [("作者", "某某")]),
    ],
)
def test_an_info_bar_with_a_comment_count_a_two_size_switch_or_an_unlabelled_outlet(
    line: str, values: dict[str, str], credits: list[tuple[str, str]]
) -> None:
    from cleaner.filters.metadata import parse_fields

    fields = parse_fields(line)
    assert fields is not None and fields.values == values and fields.credits == credits


def test_the_head_is_found_under_a_long_menu_and_a_widget_word_or_a_grid_date_is_not_it() -> None:
    """A page scraped a menu item a line, 90 of them above the article: its title and date are
    still read. A widget's word (`评论`) between the info bar and the body is no title, and in a
    record grid one cell a line, the date under `成文日期` is not the page's."""
    from cleaner.api import clean_text

    menu = "\n".join(f"栏目{k:02d}" for k in range(90))
    page = f"{menu}\n县医院启用智慧药房\n2024-05-06 来源：县医院\n字号\n大\n中\n小\n评论\n{BODY}\n{BODY2}"
    [doc] = clean_text(page)
    assert doc.title == "县医院启用智慧药房" and (doc.published or "")[:10] == "2024-05-06"
    grid = f"政策解读\n索引号\n11430500MB1234567X/2019-00031\n成文日期\n2019-07-05\n发布日期\n2019-07-08\n县医保局解读城乡居民医保新政\n{BODY}\n{BODY2}"
    [doc] = clean_text(grid)
    assert (doc.published or "")[:10] == "2019-07-08"


def test_a_byline_and_a_dated_source_ending_the_page_both_go_in_one_piece() -> None:
    """`记者:某某 剪辑:某某` then `发布时间:… 来源:…` as the page's last two lines: both are lifted
    (they used to ask for overlapping removals, which stopped the run)."""
    doc = lift(f"县医院急诊科夜间就诊高峰调查\n{BODY}\n{BODY2}\n记者：某倩　剪辑：某一鸣\n发布时间：2024-04-18 20:30　来源：某某广播电视台")
    assert doc.text.rstrip().endswith(BODY2)
    assert doc.authors == ["某倩"] and doc.metadata.get("source_name") == "某某广播电视台"
    # three such lines: the run takes the break before its first line, no span overlaps another
    doc = lift(f"县医院急诊科夜间就诊高峰调查\n{BODY}\n{BODY2}\n记者：某倩　剪辑：某一鸣\n来源：某某日报\n发布时间：2024-04-18 20:30　来源：某某广播电视台")
    assert doc.text.endswith(BODY2) and doc.authors == ["某倩"]


@pytest.mark.parametrize(
    ("line", "values", "credits"),
    [
        ("【字号 大 中 小】 来源：某川市妇幼保健院 | 2024年02月27日 14:35 | 作者：某某 | 浏览量：356",
         {"source": "某川市妇幼保健院", "date": "2024-02-27T14:35"}, [("作者", "某某")]),
        ("播出时间：2024-07-02 来源：某川广播电视台 点击：348", {"date": "2024-07-02", "source": "某川广播电视台"}, []),
        ("成文日期：2024-03-25 发布日期：2024-03-28", {"signed": "2024-03-25", "date": "2024-03-28"}, []),
        ("发布时间 Posted: 2023-10-09 来源 Source: 国际医疗部 文/某语乔 By Lin Yuqiao",
         {"date": "2023-10-09", "source": "国际医疗部"}, [("文", "某语乔")]),
        ("审核：某松柏 --", {}, [("审核", "某松柏")]),
    ],
)
def test_an_info_bar_behind_a_font_switch_in_two_languages_or_with_a_broadcast_or_signing_date(
    line: str, values: dict[str, str], credits: list[tuple[str, str]]
) -> None:
    from cleaner.filters.metadata import parse_fields

    fields = parse_fields(line)
    assert fields is not None and fields.values == values and fields.credits == credits


def test_a_date_under_the_body_a_writers_workplace_and_a_papers_edition_stamp() -> None:
    """A template that prints `发布时间:…` under the body dates the page; `（某某 作者单位:某某医院心内科）`
    names the writer; a paper's edition stamp under the info bar (`《某某日报》（2024年06月12日 第07版:…）`)
    is no title and goes."""
    from cleaner.api import clean_text

    [doc] = clean_text(f"护理部开展护理质量检查\n{BODY}\n{BODY2}\n作者：护理部 某佳音\n发布时间：2024年01月16日  浏览：210\n上一篇：某某\n下一篇：某某")
    assert (doc.published or "")[:10] == "2024-01-16" and doc.authors == ["某佳音"]
    [doc] = clean_text(f"夏季心血管病防治要点\n{BODY}\n{BODY2}\n（某文涛 作者单位：某某省人民医院心内科）")
    assert doc.authors == ["某文涛"]
    [doc] = clean_text(
        "某江日报网\n首页 时政 经济 社会 健康\n某江日报网 > 健康 > 正文\n全省县级医院胸痛中心实现全覆盖\n2024-06-12 07:05:18 来源：某江日报\n"
        f"《某江日报》（2024年06月12日 第07版：健康周刊）\n本报记者 某慧 实习生 某一凡\n{BODY}\n{BODY2}"
    )
    assert doc.title == "全省县级医院胸痛中心实现全覆盖" and "第07版" not in doc.text
    assert doc.authors == ["某慧", "某一凡"]


@pytest.mark.parametrize(
    ("line", "values", "credits"),
    [
        ("2012-05-14 09:32:17　来源: 某州晚报　有1,286人参与", {"date": "2012-05-14T09:32:17", "source": "某州晚报"}, []),
        ("来源：TechPulse 12.8k 阅读", {"source": "TechPulse"}, []),
        ("来源：某岳药业集团品牌部 打印版本 发送给朋友", {"source": "某岳药业集团品牌部"}, []),
        # (the day the record was made, beside the day it was published: read only where no other is)
        ("发布机构：某河市住房和城乡建设局　　生成日期：2011-08-22", {"source": "某河市住房和城乡建设局", "signed": "2011-08-22"}, []),
        ("发布时间：二〇一三年七月十六日　　发布单位：市公安局指挥中心", {"date": "2013-07-16", "source": "市公安局指挥中心"}, []),
        ("作者：某扬　发表于 2012年05月18日 09:40　责任编辑：某晴", {"date": "2012-05-18T09:40"}, [("作者", "某扬"), ("责任编辑", "某晴")]),
        ("作者：产科护师 某语嫣", {}, [("作者", "某语嫣")]),
    ],
)
def test_info_bars_whose_widgets_counters_numerals_or_verbs_end_them(
    line: str, values: dict[str, str], credits: list[tuple[str, str]]
) -> None:
    from cleaner.filters.metadata import parse_fields

    fields = parse_fields(line)
    assert fields is not None and fields.values == values and fields.credits == credits


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("2024-06-11 20:18发布于四川 · 健康领域创作者", "2024-06-11T20:18"),
        ("2024-05-21 07:45·某州市骨科医院 副主任医师 优质健康领域创作者", "2024-05-21T07:45"),
        ("编辑于 2024-05-20 上海", "2024-05-20"),
        ("2024-06-03 09:12湖北", "2024-06-03T09:12"),
    ],
)
def test_other_platforms_stamps_under_a_post_give_its_date(line: str, day: str) -> None:
    """A post's stamp as 头条, 百家号 and note platforms print it: the date, then where from or the
    account's badge; or `编辑于` before it."""
    doc = lift(f"夏季腹泻饮食误区\n{line}\n{BODY}\n{BODY2}")
    assert doc.published == day and doc.text.strip().startswith(BODY)


def test_a_notes_stamp_under_its_text_dates_it() -> None:
    from cleaner.api import clean_text

    [doc] = clean_text(f"新手妈妈哺乳的三个小窍门\n{BODY}\n{BODY2}\n编辑于 2024-08-03 浙江\n共 3 条评论\n豆豆妈\n第三条太有用了")
    assert (doc.published or "")[:10] == "2024-08-03"
    assert "豆豆妈" not in doc.text


def test_a_blog_posts_title_over_its_bracketed_stamp_and_tags() -> None:
    """A hosted blog's post as text: the blog's name and menu, the font switch, the title, the stamp
    in brackets, then `转载▼` and the tags: the title is the line over the stamp, not `转载▼`."""
    from cleaner.api import clean_text

    page = (f"某小溪的博客\n首页 博文目录 图片 关于我\n正文 字体大小：大 中 小\n雨中的凤凰古城\n(2010-07-22 14:08:33)\n转载▼\n"
            f"标签： 旅游 凤凰 沱江 杂谈\n分类： 行走的记忆\n{BODY}\n{BODY2}")
    [doc] = clean_text(page)
    assert doc.title == "雨中的凤凰古城" and "字体大小" not in doc.text


def test_a_channel_header_over_two_lines_gives_the_title_and_the_account() -> None:
    """The title, the author's and the account's names, then `2024-04-12 16:30 发表于广东`: the
    first line is the title and the account is the source; the names line is no title."""
    doc = lift(f"被猫狗抓伤咬伤后怎么办？8问8答\n某湾疾控 某湾区疾病预防控制中心\n2024-04-12 16:30 发表于广东\n{BODY}\n{BODY2}")
    assert doc.title == "被猫狗抓伤咬伤后怎么办？8问8答"
    assert doc.metadata.get("source_name") == "某湾区疾病预防控制中心" and doc.published == "2024-04-12T16:30"
    assert doc.text.strip().startswith(BODY)


@pytest.mark.parametrize(("line", "values", "credits"), [
    # An engagement widget after the source is no part of its name.
    ("2024年10月09日 08:21 来源：东江日报 已有 328 人参与", {"date": "2024-10-09T08:21", "source": "东江日报"}, []),
    ("2024年10月09日 08:21 来源：东江日报 热度 328", {"date": "2024-10-09T08:21", "source": "东江日报"}, []),
    # An icon bar's spans without labels: the outlet, then its writer, then a count.
    ("2022-11-03 08:45 云岭晨报 李玉香 3.6万", {"date": "2022-11-03T08:45", "source": "云岭晨报"}, [("作者", "李玉香")]),
    # A font switch's buttons and a broadcast's closing words after the names are no names.
    ("作者：冉晓婷 A+ A-", {}, [("作者", "冉晓婷")]),
    ("记者：苏婧 杨帆 江澜台报道", {}, [("记者", "苏婧"), ("记者", "杨帆")]),
    # `本文发布于` dates the article, whatever credit stands beside it.
    ("本文发布于 2024-05-21　|　责任编辑：严可欣", {"date": "2024-05-21"}, []),
    # A unit's department after it stays the source's (no person's name).
    ("2024-05-06 来源：某某医院 宣传科", {"date": "2024-05-06", "source": "某某医院 宣传科"}, []),
])
def test_info_bar_widgets_beside_the_fields_are_no_part_of_them(line, values, credits):
    from cleaner.filters.metadata import parse_fields

    fields = parse_fields(line)
    assert fields is not None and fields.values == values and fields.credits == credits


@pytest.mark.parametrize(("head", "title", "meta", "authors"), [
    # The account under the headline, its follow button, then the time and the platform's source.
    ("青禾卫健发布\n关注\n2024-05-06 10:12 来源：某某新闻·政务号", "青禾市启动2024年全民健康素养促进月活动",
     {"account_name": "青禾卫健发布"}, []),
    # An account known only by the region stamp and the follow button around it.
    ("健康青禾\n2023-11-20 09:31\n发布于浙江\n+关注", "秋冬季诺如病毒进入高发期，这份家庭消毒指南请收好",
     {"account_name": "健康青禾"}, []),
    # A unit with a verified badge, and a unit over a bare date.
    ("青禾市第一人民医院 V\n2020-05-12 10:25 发布于 浙江", "一位ICU护士的手记：那些被监护仪记住的夜晚",
     {"source_name": "青禾市第一人民医院"}, []),
    ("青禾市卫生健康委员会\n2023-09-27 11:40:08", "青禾：家庭医生签约服务从签约走向履约",
     {"source_name": "青禾市卫生健康委员会"}, []),
    # A writer's name alone between the headline and the time.
    ("沈一禾\n2023-04-05 11:02", "凌晨三点醒来再也睡不着？一个精神科医生的几点建议", {}, ["沈一禾"]),
])
def test_the_account_or_writer_under_a_headline_is_no_title(head, title, meta, authors):
    menu = "新闻\n视频\n图片\n军事\n体育\n登录\n"
    [doc] = clean_chain(f"{menu}{title}\n{head}\n{BODY}\n{BODY2}")
    assert doc.title == title
    assert {k: doc.metadata.get(k) for k in meta} == meta
    assert doc.authors == authors
    assert "column_name" not in doc.metadata  # the menu's items are no column
    assert doc.text == f"{BODY}\n{BODY2}"


def test_a_posts_stamp_above_the_platforms_tail_and_a_date_alone_under_the_article_date_it():
    tail = ["睡眠", "失眠", "赞同 123", "添加评论", "分享", "喜欢", "收藏", "申请转载", "文章被以下专栏收录",
            "睡眠那些事", "推荐阅读", "褪黑素能长期吃吗？", "失眠的人，为什么越努力越睡不着"]
    doc = lift("\n".join([BODY, BODY2, BODY, "发布于 2023-04-05 11:02・IP 属地浙江", *tail]))
    assert doc.published == "2023-04-05T11:02"
    refs = ["参考文献", "[1] 某某. 腹泻诊治指南[J]. 某某医学杂志, 2020.", "[2] 某某. 儿童腹泻[M]. 北京: 某某出版社, 2019."]
    doc = lift("\n".join(["夏季腹泻的预防与处理", *[BODY] * 9, *refs, "2024-06-14"]))
    assert doc.published == "2024-06-14"


@pytest.mark.parametrize(("line", "values", "credits"), [
    # A thread's header: its first poster, screen names with a number, the board's counters after.
    ("作者:青石巷口的猫  提交日期:2009-11-23 21:47:05  访问:18452  回复:326", {"date": "2009-11-23T21:47:05"}, [("作者", "青石巷口的猫")]),
    ("作者: 城南旧事2006  发表于: 2007-6-12 14:20:35", {"date": "2007-06-12T14:20:35"}, [("作者", "城南旧事2006")]),
    ("楼主 内分泌小周医生 发表于 2011-9-14 16:22 | 只看该作者 ▼", {"date": "2011-09-14T16:22"}, [("作者", "内分泌小周医生")]),
])
def test_a_forum_threads_first_post_header_gives_its_poster_and_date(line, values, credits):
    from cleaner.filters.metadata import parse_fields

    fields = parse_fields(line)
    assert fields is not None and fields.values == values and fields.credits == credits


def test_a_replys_header_is_no_byline_of_the_thread():
    from cleaner.filters.metadata import byline_credits

    assert byline_credits("作者:老树昏鸦 回复日期:2009-11-24 08:15:02") is None
    doc = lift("\n".join([BODY, BODY2, "作者:老树昏鸦 回复日期:2009-11-24 08:15:02", "沙发。楼主是好老师,坐等更新。"]))
    assert doc.authors == []


def test_a_health_pages_review_badge_without_colon_is_a_credit_not_body():
    doc = lift("\n".join(["痛风的诊断与治疗", "审核专家 韩立青 主任医师 某某市第二人民医院 风湿免疫科", BODY, BODY2]))
    assert doc.title == "痛风的诊断与治疗" and doc.authors == []
    assert {"role": "审核专家", "name": "韩立青"} in doc.metadata["credits"]
    assert doc.text.startswith(BODY)


def test_a_bbs_posts_header_gives_its_title_poster_and_time():
    head = ["发信人: pinewind (松风), 信区: Graduate", "标  题: 读博第三年的一点感想", "发信站: 某某BBS站 (Tue Mar 18 23:41:07 2008), 站内"]
    doc = lift("\n".join([*head, BODY, BODY2]))
    assert doc.title == "读博第三年的一点感想" and doc.published == "2008-03-18T23:41:07"
    assert doc.authors == ["pinewind"]
    assert doc.text == f"{BODY}\n{BODY2}"


def test_a_threads_subject_label_is_no_part_of_its_title():
    doc = lift("\n".join(["主题:关于县级医院留住年轻医生的几点建议", "作者:基层一兵  发表时间:2006-03-08 10:25:14  点击:2,881  回复:46", BODY, BODY2]))
    assert doc.title == "关于县级医院留住年轻医生的几点建议" and doc.authors == ["基层一兵"]
    assert doc.published == "2006-03-08T10:25:14"


def test_the_original_mark_and_a_recommended_posts_stamp_name_no_source():
    from cleaner.filters.metadata import _info_fields, parse_fields

    assert _info_fields("原创 2022年08月09日 19:30").values == {"date": "2022-08-09T19:30"}
    assert parse_fields("最新推荐文章于 2024-03-11 09:20:15 发布") is None


@pytest.mark.parametrize(("line", "values", "credits"), [
    ("發布機關：衛生局", {"source": "衛生局"}, []),
    ("2024-10-18 17:32 | 新聞來源：衛生局", {"date": "2024-10-18T17:32", "source": "衛生局"}, []),
    # A weekday in the traditional script between the date and the time ends the source's name.
    ("來源：某某社 2024年10月22日 週二 下午3:41", {"date": "2024-10-22T15:41", "source": "某某社"}, []),
    # A reading-time badge and the writer's post glued to the name are no names.
    ("撰文／記者 邱子芸 2024/12/10 11:02 閱讀時間約 3 分鐘", {}, [("撰文", "邱子芸")]),
    ("作者 兒童神經科 廖珮如醫師", {}, [("作者", "兒童神經科"), ("作者", "廖珮如")]),
])
def test_traditional_script_info_bars_read_like_simplified_ones(line, values, credits):
    from cleaner.filters.metadata import parse_fields

    fields = parse_fields(line)
    assert fields is not None and fields.values == values and fields.credits == credits


def test_a_blogs_category_with_its_count_is_no_title_and_a_mass_organisation_no_author():
    from cleaner.filters.metadata import looks_like_title, parse_fields

    assert not looks_like_title("旧时光 (19)") and looks_like_title("雨中登凤鸣山")
    fields = parse_fields("发布时间：2005-3-9　作者：县妇联　点击：")
    doc = lift("\n".join(["县妇联开展三八节维权宣传活动", "发布时间：2005-3-9　作者：县妇联　点击：", BODY, BODY2]))
    assert fields is not None and doc.authors == [] and doc.published == "2005-03-09"


def test_an_update_stamp_alone_in_the_info_bar_dates_the_article():
    doc = lift("\n".join(["县教研室开展教学视导", "作者：王芳　文章来源：县教研室　点击数：689　更新时间：2008-9-25", BODY, BODY2]))
    assert doc.published == "2008-09-25" and doc.metadata["updated"] == "2008-09-25"
    doc = lift("\n".join(["县教研室开展教学视导", "发布时间：2008-9-20　更新时间：2008-9-25", BODY, BODY2]))
    assert doc.published == "2008-09-20"


def test_a_forum_threads_first_post_under_its_posters_panel_gives_title_poster_and_date():
    head = ["某某社区 » 旅游天地 » 【攻略】带老人孩子自驾游古镇两日行程分享", "发新话题 回复",
            "【攻略】带老人孩子自驾游古镇两日行程分享", "老猫爱旅行", "中级会员", "帖子 356 积分 812 注册 2004-11-9",
            "楼主 发表于 2006-5-3 14:22 只看该作者 倒序浏览"]
    [doc] = clean_chain("\n".join([*head, BODY, BODY2]))
    assert doc.title == "【攻略】带老人孩子自驾游古镇两日行程分享"
    assert doc.published == "2006-05-03T14:22" and doc.authors == ["老猫爱旅行"]


def test_a_reader_services_markdown_header_gives_title_address_and_time():
    text = (
        "Title: 读书笔记｜关于生死的几本书\n\nURL Source: https://blog.example.cn/p/123.html\n\n"
        "Published Time: 2024-03-14T10:20:00+08:00\n\nMarkdown Content:\n"
        f"读书笔记｜关于生死的几本书\n===============\n\n{BODY}\n\n{BODY2}\n"
    )
    doc = lift(text)
    assert doc.title == "读书笔记｜关于生死的几本书" and doc.published == "2024-03-14T10:20:00"
    assert doc.metadata["url"] == "https://blog.example.cn/p/123.html"
    assert "URL Source" not in doc.text and "Markdown Content" not in doc.text
    # A heading's underline under the title is no title.
    doc = lift(f"我院举办护士节表彰大会\n==========\n发布时间：2024-05-12\n{BODY}")
    assert doc.title == "我院举办护士节表彰大会"


def test_a_press_conferences_speaker_among_its_fields_is_no_byline():
    fields = ["时间：2024年6月18日（星期二）上午10:00", "地点：市政府新闻发布厅", "发布人：某某市商务局党组书记、局长 赵国栋", "主持人：市政府新闻办副主任 韩雪"]
    doc = lift("\n".join(["某某市“城市一刻钟便民生活圈”建设新闻发布会", *fields, BODY, BODY2]))
    assert doc.authors == [] and "credits" not in doc.metadata
    assert fields[2] in doc.text


@pytest.mark.parametrize(("line", "values", "credits"), [
    ("新京报记者 吴雪晴 编辑 杨海 校对 刘军", {}, [("记者", "吴雪晴"), ("编辑", "杨海"), ("校对", "刘军")]),
    ("南都记者 梁思颖 发自岭川", {}, [("记者", "梁思颖")]),
    ("某某新闻记者 | 周采薇", {}, [("记者", "周采薇")]),
    ("2020-05-21 发布 | 播放 8.6万次", {"date": "2020-05-21"}, []),
])
def test_a_portals_spaced_credits_a_dateline_place_and_a_posting_verb_read_right(line, values, credits):
    from cleaner.filters.metadata import parse_fields

    fields = parse_fields(line)
    assert fields is not None and fields.values == values and fields.credits == credits


def test_a_source_line_above_the_platforms_long_tail_is_the_articles_source():
    tail = ["相关推荐", "三伏天做艾灸，这些误区你中招了吗", "心梗发作前的4个信号，千万别忽视", "我院成功完成首例经导管主动脉瓣置换术",
            "端午假期门诊安排来了", "专家提醒：这些胸痛信号千万别忽视", "网站地图", "联系我们", "京ICP备00000000号"]
    doc = lift("\n".join([BODY, BODY2, "本文来源：某某晚报 作者：陈晓岚", *tail]))
    assert doc.metadata.get("source_name") == "某某晚报" and doc.authors == ["陈晓岚"]


def test_a_qa_pages_question_over_its_askers_stamp_is_the_title():
    head = ["已有 4 位医生回答 | 浏览 2,861 次", "孩子8个月反复发烧三天怎么办", "女 | 8个月 | 2021-12-03 21:17"]
    [doc] = clean_chain("\n".join([*head, BODY, BODY2]))
    assert doc.title == head[1] and doc.published == "2021-12-03T21:17"
    assert doc.text == f"{BODY}\n{BODY2}"


def test_a_sites_notice_above_the_title_is_no_body() -> None:
    # A site's notice over every page (网站公告:…, which browser to use) is a sentence, but no
    # article's: the title and the info bar under it are still read.
    for notice in (
        "网站公告:本网站已完成信息无障碍改造,欢迎广大群众通过政民互动栏目反映意见和建议,我们将在五个工作日内予以答复。",
        "温馨提示:本网站推荐使用谷歌浏览器、火狐浏览器或IE10以上版本浏览器访问,使用IE8及以下版本浏览器可能导致页面显示异常。",
    ):
        doc = lift(f"{notice}\n某某县人民医院\n首页 医院概况 新闻中心\n县医院开展秋季义诊活动\n发布时间:2016-09-21 来源:医务科\n{BODY}\n{BODY2}")
        assert doc.title == "县医院开展秋季义诊活动", notice
        assert doc.published == "2016-09-21"
        assert doc.metadata["source_name"] == "医务科"
    # An article's own advice about a browser is its first paragraph.
    advice = "患者可使用手机浏览器扫码进入预约平台,医院建议使用最新版本浏览器,以免页面加载缓慢影响预约。"
    doc = lift(f"医院上线手机预约平台\n2016-09-21\n{advice}\n{BODY}")
    assert doc.title == "医院上线手机预约平台" and doc.text.startswith(advice)


def test_a_doctors_profile_rows_stay_under_the_title() -> None:
    # A doctor's profile page: the heading, its date, then the profile's field rows (姓名:…, 性别:…,
    # 社会任职:…): the rows are the article's, neither a menu over a title nor the title.
    rows = ["姓名:某某", "性别:男", "职称:主任中医师", "职务:脾胃病科主任", "学历:医学硕士",
            "社会任职:省中医药学会脾胃病分会常务委员;市中西医结合学会消化专业委员会副主任委员"]
    doc = lift("某某 主任中医师\n发布日期:2021年09月06日   点击:1562次\n" + "\n".join(rows)
               + "\n擅长:运用中医辨证结合胃镜检查诊治慢性萎缩性胃炎、功能性消化不良;对小儿厌食的调理有独到经验。\n" + BODY)
    assert doc.title == "某某 主任中医师"
    assert doc.text.split("\n")[: len(rows)] == rows


def test_headlines_ending_on_a_word_and_listing_in_quotes_are_titles() -> None:
    # A headline may end on a word whose last character is a preposition elsewhere (科学应对,
    # 大有作为, 新方向, 一直在), and list items inside its quotes (落实「巡、倒、清、刷」).
    for title in ("春季过敏高发 专家教你科学应对", "青年医生大有作为", "智慧医疗开启新方向", "守护健康 我们一直在",
                  "防範登革熱 衛生局籲民眾落實「巡、倒、清、刷」"):
        assert looks_like_title(title), title
    # …while a line cut after its preposition, or a sentence listing its own clauses, is none.
    for line in ("关于进一步加强对", "医院召开会议,研究部署、推进、落实工作"):
        assert not looks_like_title(line), line


def test_day_first_dates_new_labels_and_unknown_labels_end_a_value() -> None:
    # Hong Kong's and Macau's day-first dates; 公告日期; a video's 文案 is its writer; an editor's
    # 选稿; a label the table does not know (主讲:, 拍摄剪辑:) ends the value before it.
    assert parse_fields("發佈日期:16/05/2024").values == {"date": "2024-05-16"}
    assert parse_fields("发布日期:3/5/2024 10:30").values == {"date": "2024-05-03T10:30"}
    assert parse_fields("公告日期:民國113年5月16日").values == {"date": "2024-05-16"}
    assert parse_fields("文案:许某某 拍摄剪辑:杨某").credits == [("文案", "许某某")]
    assert parse_fields("来源:某某市人民医院 主讲:神经内科 莫某某").values == {"source": "某某市人民医院"}
    assert parse_fields("作者:沈某某 选稿:王某某").credits == [("作者", "沈某某"), ("选稿", "王某某")]
    assert lift(f"县医院开展义诊活动\n作者:沈某某 选稿:王某某\n{BODY}").authors == ["沈某某"]


def test_labels_in_brackets_and_a_font_switch_of_letters_in_an_info_bar() -> None:
    # `【作者】 某某 【来源】 某某日报` (labels in brackets, no colon) and a bar ending in `字号 A+ A-`.
    assert parse_fields("2020-07-15 08:31 【作者】 黄某某 冯某某 【来源】 某某日报").values == {"date": "2020-07-15T08:31", "source": "某某日报"}
    assert parse_fields("2020-07-15 08:31 【作者】 黄某某 冯某某 【来源】 某某日报").credits == [("作者", "黄某某"), ("作者", "冯某某")]
    assert parse_fields("来源:某某健康报 阅读量:2356 字号 A+ A-").values == {"source": "某某健康报"}


def test_a_stated_source_under_the_body_wins_over_a_platforms_label_in_the_header() -> None:
    # A self-media page's header names the platform's account (某某号) or a badge (某某官方账号); the
    # article's own 来源 line under its body is the source, the header's name the account.
    for header in ("某某号 2019-08-05 17:03", "2024-02-27 15:36 · 某某县融媒体中心官方账号"):
        doc = lift(f"医院母婴室全部投用\n{header}\n{BODY}\n{BODY2}\n来源:某某市妇幼保健院")
        assert doc.metadata["source_name"] == "某某市妇幼保健院", header
        assert doc.metadata["account_name"] in header


def test_a_page_of_short_lines_still_gives_its_head() -> None:
    # A poster's or an explainer's page has no sentence of body text, only short lines: its info
    # bar near the top (a date with a source or a writer) still ends its head.
    lines = ["一图读懂门诊共济保障", "1.门诊费用可以报销了", "2.起付标准:每年200元", "3.报销比例:50%", "4.年度限额:2000元"]
    doc = lift(f"某某县人民政府\n{lines[0]}\n发布日期:2024-01-12 10:20 来源:县医疗保障局\n" + "\n".join(lines[1:]))
    assert (doc.title, doc.published, doc.metadata.get("source_name")) == (lines[0], "2024-01-12T10:20", "县医疗保障局")
    assert doc.text.split("\n")[-4:] == lines[1:]
    # Without such a bar, a list of short lines is left alone.
    alone = lift("\n".join(lines))
    assert alone.title is None and alone.text == "\n".join(lines)


def test_an_info_bar_wrapped_in_brackets_and_a_bilingual_headline() -> None:
    # An old CMS's bar wrapped whole in square brackets, and its font switch of two sizes.
    doc = lift(f"我校师生为灾区捐款\n[ 作者：佚名    转贴自：本站原创    点击数：1234    更新时间：2008-5-20    文章录入：admin ]\n{BODY}")
    assert (doc.title, doc.published) == ("我校师生为灾区捐款", "2008-05-20")
    # A bilingual page: the headline's English translation under it, then the bar.
    english = "Delegation from Some University Visits the Medical School"
    doc = lift(f"某某大学代表团访问我校\n{english}\n发布时间：2018-10-17 作者：高某 来源：国际交流处\n{BODY}")
    assert (doc.title, doc.published, doc.authors) == ("某某大学代表团访问我校", "2018-10-17", ["高某"])
    assert doc.text.split("\n")[0] == english


def test_unit_before_roles_quoted_fields_readers_and_title_marks() -> None:
    # A closing byline naming the writers' unit before their roles.
    assert bracket_byline("（某某县卫生局 通讯员 罗某某 杜某某）") == ([("通讯员", "罗某某"), ("通讯员", "杜某某")], False)
    assert bracket_byline("（某某区融媒体中心 记者 苗某 通讯员 许某）") == ([("记者", "苗某"), ("通讯员", "许某")], False)
    # A Markdown export's fields quoted with `> `.
    quoted = parse_fields("> 来源：某某新闻客户端  2024-03-04 20:15  作者：钱某某")
    assert quoted is not None and quoted.values == {"date": "2024-03-04T20:15", "source": "某某新闻客户端"}
    # A post's readers counted after the writer (`人已读 4093`) name nobody.
    assert parse_fields("发表者：柴某某 人已读 4093").credits == [("发表者", "柴某某")]
    # A platform's mark or a board's name before a headline is not part of it.
    for mark in ("[转载]", "『某某杂谈』 "):
        assert lift(f"{mark}带孩子在省城看病的一个星期\n作者：某某 提交日期：2010-5-3 8:12:00\n{BODY}").title == "带孩子在省城看病的一个星期"


def test_a_consultations_asker_stamp_gives_its_date_and_title() -> None:
    for stamp, when in (("患者：女 34岁 浙江 2016-08-17 21:43", "2016-08-17T21:43"), ("女宝宝 | 8个月 | 2019-12-02 23:17", "2019-12-02T23:17"),
                        ("提问者：某某妈2014 | 提问时间：2016-01-07 21:48 | 已有2位医生回答", "2016-01-07T21:48")):
        doc = lift(f"胃胀一个多月，吃完饭就打嗝是怎么回事？\n{stamp}\n{BODY}")
        assert (doc.title, doc.published) == ("胃胀一个多月，吃完饭就打嗝是怎么回事？", when), stamp
        assert doc.authors == []


def test_an_old_portals_bar_a_stations_dateline_and_writers_in_brackets_after_the_source() -> None:
    # A font switch amid the bar, its widgets after it (【我要打印】), the writers after the source.
    bar = parse_fields("2013-06-18 07:35:21　来源：某某日报　作者：记者 邹某某 实习生 林某　【大 中 小】　点击：3267")
    assert bar is not None and bar.values["source"] == "某某日报" and bar.credits == [("作者", "邹某某"), ("实习生", "林某")]
    tools = parse_fields("2012年08月23日 10:04　　来源：某某都市报　　【字号 大 中 小】【我要打印】【关闭】【我要纠错】")
    assert tools is not None and tools.values == {"date": "2012-08-23T10:04", "source": "某某都市报"}
    writers = parse_fields("来源：某某日报（记者 邵某某 通讯员 吴某）")
    assert writers is not None and writers.values == {"source": "某某日报"} and writers.credits == [("记者", "邵某某"), ("通讯员", "吴某")]
    # A station's dateline with its reporters in brackets, under a player's placeholder.
    doc = lift(f"县医院有了远程会诊室\n2019-11-02 19:46 来源：某某新闻联播\n视频加载中，请稍候...\n某某台消息（记者 鲍某某 蒋某某）{BODY}")
    assert doc.authors == ["鲍某某", "蒋某某"]
    # An account's name said twice (its name, then its author's slot) is said once, and names no writer.
    twice = parse_fields("2016-11-25 某某市中医院 某某市中医院")
    assert twice is not None and twice.values == {"date": "2016-11-25", "source": "某某市中医院"}
    assert lift(f"医院开展义诊\n原创 健康某某 健康某某 2019-05-15 18:02\n{BODY}").authors == []
    # The site's banner over the account line names no source when the article states its own under it.
    doc = lift(f"某某市妇幼保健院\n专访丨产科主任：让每一位准妈妈安心\n某某市妇幼保健院 某某市妇幼保健院 2021-08-19 12:00\n{BODY}\n{BODY2}\n来源：某某日报（记者 邵某某 通讯员 吴某）")
    assert doc.metadata["source_name"] == "某某日报" and doc.authors == ["邵某某", "吴某"]


def test_a_threads_stamps_and_a_member_panel_that_is_no_title() -> None:
    # The first poster's fields (楼主:某某 时间:…), the stamp after a floor mark or a font switch, with
    # the post's buttons and font sizes after it.
    first = parse_fields("楼主：药箱里的某某  时间：2012-02-14 19:37:21  点击：26015  回复：385")
    assert first is not None and first.values == {"date": "2012-02-14T19:37:21"} and first.credits == [("楼主", "药箱里的某某")]
    for stamp, when in (("楼主 发表于: 2009-09-06 10:23 只看该作者 | 小 中 大", "2009-09-06T10:23"),
                        ("大 中 小 发表于 2008-7-19 23:55 只看该作者", "2008-07-19T23:55"),
                        ("发表于 2013-5-6 13:28 | 只看该作者 ▼ 显示全部楼层", "2013-05-06T13:28")):
        fields = parse_fields(stamp)
        assert fields is not None and fields.values == {"date": when}, stamp
    # A floor mark, a member panel's field and a row of bracketed buttons are never the title.
    for line in ("1#", "#1", "来自 湖南", "最后登录: 2009-09-20", "[复制地址] [打印本页] [推荐给朋友]"):
        assert not looks_like_title(line), line


def test_a_documents_record_number_beside_its_date_is_read_past() -> None:
    fields = parse_fields("发文字号：某卫医〔2023〕58号    发布日期：2023年12月22日")
    assert fields is not None and fields.values["date"] == "2023-12-22"


def test_an_apps_counters_tabs_and_player_between_headline_and_stamp_and_its_reporters() -> None:
    # Between the headline and its stamp: a read counter, a live page's badge, player and tabs.
    for between in (["已有 5621 人阅读"], ["直播中", "视频加载中...", "00:00 / 58:36", "12580人观看  |  点赞 3.4万", "简介   互动   图文直播"]):
        doc = lift("\n".join(["关于开展2024年适龄女生免费接种HPV疫苗工作的通知", *between, "发布时间：2024-04-09 09:15  来源：某某县卫生健康局", BODY]))
        assert doc.title == "关于开展2024年适龄女生免费接种HPV疫苗工作的通知", between
    # A headline in two parts ending in its cry is a headline.
    cry = lift(f"辟谣｜“每天喝一勺醋能软化血管”？别再信了！\n2023-06-05 10:12  来源：某某县融媒体中心\n{BODY}")
    assert (cry.title, cry.published) == ("辟谣｜“每天喝一勺醋能软化血管”？别再信了！", "2023-06-05T10:12")
    # Reporters after the date and their outlet, a station's sign-off, a video's maker among them.
    dated = parse_fields("2025-03-21 07:30:00  某某日报全媒体记者 廖某某 苏某某")
    assert dated is not None and dated.credits == [("记者", "廖某某"), ("记者", "苏某某")]
    signed = parse_fields("某某台记者：阎某某 尚某")
    assert signed is not None and signed.credits == [("记者", "阎某某"), ("记者", "尚某")]
    video = parse_fields("记者 毛某某 视频 付某某")
    assert video is not None and video.credits == [("记者", "毛某某"), ("摄像", "付某某")]
    # A site's notice of its rights under the byline is no paragraph after it.
    tail = lift(f"某某辟谣\n2023-06-05 10:12  来源：某某县融媒体中心\n{BODY}\n{BODY2}\n（某某县融媒体中心 记者 雷某某）\n编辑：解某\n网站声明：本网站所刊登的各种新闻、信息和各种专题专栏资料，均为某某县融媒体中心版权所有，未经协议授权，禁止下载使用。")
    assert tail.authors == ["雷某某"]


def test_a_taiwan_posting_date_and_ranks_or_a_credits_verb_are_no_names() -> None:
    fields = parse_fields("張貼日期：2021-11-18　點閱數：1,206")
    assert fields is not None and fields.values == {"date": "2021-11-18"}
    doc = lift(f"夜尿一晚跑三趟 不一定是攝護腺惹禍\n文／家庭醫學科 主治醫師 潘某某　審稿／泌尿科 主任 吳某某\n{BODY}")
    assert doc.authors == ["潘某某"]
    assert bracket_byline("（公共事務室 提供）") is None


def test_a_long_channel_bar_is_no_body_and_an_old_portals_fields() -> None:
    # A portal's channel bar over the head, longer than a paragraph, does not end the head.
    bar = "某某网 | 首页 | 时政 | 国际 | 财经 | 地方 | 港澳 | 台湾 | 军事 | 科技 | 体育 | 娱乐 | 教育 | 健康 | 图片 | 视频 | 论坛 | 博客"
    doc = lift(f"{bar}\n发改委下调21种药品最高零售价\n2009年11月03日 17:25:44　　来源：某某网\n{BODY}")
    assert (doc.title, doc.published, doc.metadata.get("source_name")) == ("发改委下调21种药品最高零售价", "2009-11-03T17:25:44", "某某网")
    # The portal's buttons after the source, a city after it, a template's epoch placeholder.
    fields = parse_fields("2011年12月01日 16:21　来源：某某在线　参与互动(0)")
    assert fields is not None and fields.values["source"] == "某某在线"
    fields = parse_fields("2010-06-18 07:35:12　来源: 某某日报(东州)")
    assert fields is not None and fields.values["source"] == "某某日报"
    assert parse_fields("来源：某某县人民医院（护理部）").values["source"] == "某某县人民医院（护理部）"  # type: ignore[union-attr]
    assert parse_date("1970-01-01 08:00") is None
    # A reporter's name run on after the role in the dateline's brackets.
    assert lift(f"法国大罢工影响交通\n2019-12-10 07:57\n某某社巴黎12月9日电（记者唐某）{BODY}").authors == ["唐某"]
    assert not looks_like_title("我要评论 打印 关闭 大 中 小")


def test_a_traditional_breadcrumb_is_no_headline_above_the_title() -> None:
    doc = lift(f"首頁 / 健康 / 醫療新知\n孕婦腳麻手麻別輕忽 醫揭妊娠腕隧道症候群\n2022/05/09 05:30\n{BODY}")
    assert (doc.title, doc.published) == ("孕婦腳麻手麻別輕忽 醫揭妊娠腕隧道症候群", "2022-05-09T05:30")


def test_a_radio_sites_dated_dateline_keeps_its_words_apart_and_names_the_reporter() -> None:
    """`某某网北京1月8日消息（记者某某）…`: the reporter glued to 记者 is the author; the dateline
    stays at the lead's start, a space between it and the words."""
    lead = "家里有失能老人，请护工、住养老院的费用能不能报销？近日，国家医保局、财政部发布指导意见，明确了试点范围。"
    doc = lift(f"医保新政五问五答\n2020-01-08 10:20 来源：某某网\n某某网北京1月8日消息（记者管某欣）{lead}\n医保部门负责人就有关问题回答了记者提问，说明了长期护理保险的报销范围和待遇标准。")
    assert doc.authors == ["管某欣"]
    assert doc.text.startswith(f"某某网北京1月8日消息 {lead}")


def test_an_outlets_reporters_line_with_a_bare_read_count_gives_authors_and_date() -> None:
    """`某某新闻记者 某某 某某 2024-12-26 14:08:17 14.6万` and `某某+记者 … 通讯员 …`: the writers and the
    time, the read count after it no part of them."""
    body = "12月26日14时，地铁19号线二期正式开通初期运营，线路北起金泉站，南至机场北站，全长约43公里。\n当天下午，记者在金泉站看到，不少市民专程赶来乘坐首班车。"
    doc = lift(f"地铁19号线二期今日开通\n某星新闻记者 付某鸣 柴某霜 2024-12-26 14:08:17 14.6万\n{body}")
    assert doc.authors == ["付某鸣", "柴某霜"] and doc.published == "2024-12-26T14:08:17"
    assert doc.text.startswith("12月26日")
    doc = lift(f"地铁19号线二期今日开通\n南风+记者 钟某欣 通讯员 区某敏 2023-08-22 11:30\n{body}")
    assert doc.authors == ["钟某欣", "区某敏"] and doc.published == "2023-08-22T11:30"


def test_what_the_writer_did_after_the_names_is_no_author_and_a_marked_item_is_no_title() -> None:
    """`作者：本网记者 某某 整理` credits 某某 (整理 is what was done); the page's headline is the line
    over the info bar, not the first item under it behind its marker (◎…)."""
    page = (
        "某某健康网 > 资讯 > 医院动态\n本周省城医院动态一览\n"
        "发布时间：2022年11月03日 09:15   来源：某某健康网   作者：本网记者 范某默 整理\n"
        "◎“银发助行”门诊开诊 老年人看病有人陪\n"
        "11月1日起，医院在门诊一楼设立“银发助行”门诊，为70岁以上老人提供挂号、缴费、取药全程陪诊服务。\n"
        "（供稿：某某市第二人民医院 宣传科）\n"
    )
    doc = lift(page)
    assert doc.title == "本周省城医院动态一览"
    assert doc.authors == ["范某默"]
    assert "◎“银发助行”门诊开诊 老年人看病有人陪" in doc.text
    assert byline_credits("记者某某 整合") == [("记者", "某某")]


def test_a_credit_with_the_role_after_the_name_and_roles_glued_to_their_names() -> None:
    """`（心血管内科 某某/文 党委宣传部/图）` credits the writer 某某 (the unit before and the photo's unit
    after are no writers); `记者某某 通讯员某某`, each role glued to its name, credits both."""
    assert byline_credits("心血管内科 谭某远/文 党委宣传部/图") == [("文", "谭某远"), ("图", "党委宣传部")]
    assert byline_credits("记者葛某蕾 通讯员丁某鸣") == [("记者", "葛某蕾"), ("通讯员", "丁某鸣")]
    assert byline_credits("李某/摄") is None  # (a photo's credit alone is no byline)
    doc = lift(
        "九旬老人成功置换髋关节\n2022-06-12 来源：某某医院\n"
        "本报讯（记者葛某蕾 通讯员丁某鸣）上午入院、下午手术、第二天一早出院，日间手术让患者少跑腿。\n"
        "医院日间手术中心已开展二十余个病种，平均住院时间不到二十四小时。"
    )
    assert doc.authors == ["葛某蕾", "丁某鸣"] and doc.text.startswith("上午入院")


def test_a_headline_with_a_cry_and_a_colon_and_one_behind_a_media_tag_are_titles() -> None:
    """`高温来袭！专家提醒：这8件事一定要做到` over its info bar is the title (not a body line);
    a channel's `【视频】` before a headline is no part of it."""
    body = "连日来，我县持续高温，县人民医院急诊科接诊的中暑患者明显增多，医生提醒市民做好防暑降温。\n一是尽量避免在午后高温时段外出。"
    doc = lift(f"高温来袭！县人民医院专家提醒：这8件事一定要做到\n2023-07-14 16:32:08 来源：某某县融媒体中心 作者：陈某语\n{body}")
    assert doc.title == "高温来袭！县人民医院专家提醒：这8件事一定要做到"
    assert doc.published == "2023-07-14T16:32:08" and doc.authors == ["陈某语"]
    doc = lift(f"【视频】市第二人民医院开通“夜间门诊” 上班族看病不用请假了\n2021-11-03 19:45   来源：某某电视台   浏览量：2356\n{body}")
    assert doc.title == "市第二人民医院开通“夜间门诊” 上班族看病不用请假了"


def test_a_role_word_between_the_label_and_the_name_is_no_name() -> None:
    """`文/全媒体记者 某某 图/全媒体记者 某某`: the writers are the names, not 全媒体记者."""
    assert byline_credits("文/全媒体记者 贺某清 图/全媒体记者 龚某") == [("文", "贺某清"), ("图", "龚某")]
    assert byline_credits("全媒体记者 贺某清") == [("全媒体记者", "贺某清")]


def test_a_writers_profession_after_the_name_and_the_articles_kind_before_the_byline() -> None:
    """`作者：某某 注册营养师` credits 某某 alone; `科普 发表者：某某 2019-03-08 20:14 5624人已读` gives the
    writer and the time (the kind before it, the read count after it, are neither)."""
    assert parse_fields("作者：林某晴 注册营养师").credits == [("作者", "林某晴")]
    fields = parse_fields("科普 发表者：孙某群 2019-03-08 20:14 5624人已读")
    assert fields is not None and fields.credits == [("发表者", "孙某群")] and fields.values["date"] == "2019-03-08T20:14"
    fields = parse_fields("消息日期：2012/10/05　發佈單位：社區醫學部　瀏覽人數：856")
    assert fields is not None and fields.values == {"date": "2012-10-05", "source": "社區醫學部"}


def test_a_taiwanese_papers_bylines_name_the_reporter() -> None:
    """`〔記者某某／台北報導〕` opening the lead (under a photo's caption with its credit) and
    `某某日報／記者某某／台中即時報導` credit the reporter; the outlet and the place are no names."""
    assert byline_credits("記者林某蓉／台北報導") == [("记者", "林某蓉")]
    assert byline_credits("民聲日報／記者陳某宇／台中即時報導") == [("记者", "陳某宇")]
    doc = lift(
        "夏季腸胃炎門診暴增 醫師提醒生食海鮮要小心\n2023-07-18 05:30\n"
        "醫師提醒，生蠔等帶殼海鮮應徹底加熱再吃。（記者林某蓉攝）\n"
        "〔記者林某蓉／台北報導〕連日高溫，北部多家醫院急診與腸胃科門診近兩週湧入大量急性腸胃炎病患。\n"
        "醫師表示，夏季食物容易腐敗，民眾應避免生食並注意冷藏。"
    )
    assert doc.authors == ["林某蓉"]


def test_an_old_portals_info_line_opening_with_the_pages_address_gives_date_and_source() -> None:
    """`http://sports.example.com 2004年06月18日 21:05 新华网`: the address is no field; the date and
    the outlet after it are the article's."""
    fields = parse_fields("http://sports.example.com 2004年06月18日 21:05 某某网")
    assert fields is not None and fields.values == {"date": "2004-06-18T21:05", "source": "某某网"}
    fields = parse_fields("http://www.example.com　2010-09-03　来源：岭北日报")
    assert fields is not None and fields.values == {"date": "2010-09-03", "source": "岭北日报"}


def test_an_accounts_line_with_the_day_said_as_the_app_says_it_is_no_title() -> None:
    """`原创 某某健康 昨天 15:06 河南` under the headline: the headline is the title (the line itself
    names no date to lift, and is left for the boilerplate stage)."""
    doc = lift(
        "名医下乡！3月15日大型义诊来啦，快转给家里老人\n原创 某某健康 昨天 15:06 河南\n"
        "为进一步提升辖区群众健康水平，让乡亲们在家门口就能享受到县级专家的诊疗服务，镇卫生院联合县人民医院开展义诊。\n"
        "义诊当天还将免费测量血压、血糖，发放健康宣传资料。"
    )
    assert doc.title == "名医下乡！3月15日大型义诊来啦，快转给家里老人" and doc.published is None


def test_reporters_named_after_their_outlets_and_posts_are_the_authors() -> None:
    """`【某某时报驻某国特约记者 某某 某某时报记者 某某】` opening the lead and `某某都市报-某某新闻记者 某某
    摄影报道` on the line under the headline credit the reporters; outlets, posts and verbs are no names."""
    assert byline_credits("环球时报驻智利特约记者 贝某 环球时报记者 严某青") == [("特约记者", "贝某"), ("记者", "严某青")]
    assert byline_credits("某某都市报-封面新闻记者 曾某 摄影报道") == [("记者", "曾某")]
    fields = parse_fields("某某都市报-封面新闻记者 曾某 摄影报道")
    assert fields is not None and fields.credits == [("记者", "曾某")]
    doc = lift(
        "智利铜矿罢工谈判再破裂\n2014-08-18 08:12 来源：某某时报\n"
        "【某某时报驻智利特约记者 贝某 某某时报记者 严某青】位于智利北部的蓝山谷铜矿罢工已进入第三周，矿方与工会的谈判再次无果而终。\n"
        "受此影响，伦敦金属交易所三个月期铜价格当天上涨。"
    )
    assert doc.authors == ["贝某", "严某青"] and doc.text.startswith("位于智利北部")
