"""Roundups whose items are bulleted or credit their own writers, an e-paper's stamp, old
portals' info bars, comment rows and toolbars, and a notice's contact under its signature:
each test is a page written for the project, and what a user reads in the record is checked."""

from __future__ import annotations

from pathlib import Path

from cleaner.api import clean, clean_text
from cleaner.model import Document

LEAD = "市民期待已久的城际铁路今天正式开通运营，首趟列车早上七点从南站发出，全程运行时间缩短至四十分钟。"
BODY = [
    "铁路部门介绍，开通初期每天开行动车组列车二十四对，高峰时段最短发车间隔十五分钟。",
    "据悉，连接两市高铁站的公交接驳专线将于明年元旦前开通，方便旅客换乘。",
]


def _lines(doc: Document) -> list[str]:
    return [ln.strip() for ln in doc.text.split("\n") if ln.strip()]


def _by_place(docs: list[Document]) -> dict[str, Document]:
    return {d.institution: d for d in docs if isinstance(d.institution, str)}


def test_a_roundup_of_bulleted_briefs_splits_and_each_names_its_own_writers() -> None:
    """■ before each brief's headline, `本报讯（…）` opening each brief: one record per hospital,
    each with the writers its own brief names."""
    text = "\n".join([
        "健康快讯",
        "2019-11-12 08:00 来源：某某晚报",
        "■青江市第二人民医院开设“睡眠门诊”",
        "本报讯（记者 曹某鸣 通讯员 邵某婷）失眠、打鼾、夜里频繁醒来……受睡眠问题困扰的市民今后可以到青江市第二人民医院睡眠门诊就诊。",
        "■青江市儿童医院推出“无痛采血”服务",
        "本报讯（通讯员 卢某岚）孩子一见针头就哭闹怎么办？近日，青江市儿童医院检验科在门诊采血窗口推出无痛采血服务。",
        "■青江市中医院膏方节本周六开幕",
        "本报讯（通讯员 蒋某博 潘某悦）11月16日上午，青江市中医院第十二届膏方节将在门诊大厅开幕，届时有多位名中医现场坐诊。",
    ])
    places = _by_place(clean_text(text))
    assert set(places) == {"青江市第二人民医院", "青江市儿童医院", "青江市中医院"}
    assert places["青江市第二人民医院"].authors == ["曹某鸣", "邵某婷"]
    assert places["青江市儿童医院"].authors == ["卢某岚"]
    assert places["青江市中医院"].authors == ["蒋某博", "潘某悦"]
    assert places["青江市儿童医院"].title == "青江市儿童医院推出“无痛采血”服务"


def test_a_brief_from_a_disease_prevention_centre_is_a_record_of_its_own() -> None:
    text = "\n".join([
        "# 医界动态：市人民医院开通日间手术等",
        "2014-03-21 07:48 来源：某某日报",
        "**市人民医院**",
        "3月20日，市人民医院日间手术中心正式开诊，首批开展白内障、疝气等二十余个病种的日间手术。",
        "**市结核病防治所**",
        "3月24日是世界防治结核病日。市结核病防治所将于当天在人民广场开展宣传咨询，并为市民免费拍胸片。",
        "**安平镇卫生院**",
        "安平镇卫生院近日完成改扩建，新增床位三十张，开设中医馆和康复理疗室，方便群众就近看病。",
    ])
    assert set(_by_place(clean_text(text))) == {"市人民医院", "市结核病防治所", "安平镇卫生院"}


def test_an_epaper_stamp_under_the_story_gives_the_paper_and_the_day() -> None:
    text = "\n".join([
        "某某日报数字报刊平台",
        "第A05版：社会新闻",
        "“海上环卫队”十年捞起垃圾三千吨",
        "本报记者 周某燕",
        LEAD,
        *BODY,
        "上一篇 下一篇",
        "《某某日报》 2010年7月15日 第A05版",
        "某某日报社版权所有 未经许可不得转载",
    ])
    (doc,) = clean_text(text)
    assert doc.published == "2010-07-15"
    assert doc.metadata.get("source_name") == "某某日报"
    assert not any("第A05版" in ln for ln in _lines(doc))


def test_an_old_portal_s_links_after_its_source_are_no_part_of_the_source() -> None:
    for bar, source in [
        ("2008-06-23 08:31:47　来源: 江城晚报(武昌)　网友评论 126 条 进入论坛　手机看新闻", "江城晚报"),
        ("2011年11月08日08:31    来源：某某日报    打印本页  手机点评  纠错  E-mail推荐", "某某日报"),
    ]:
        (doc,) = clean_text("\n".join(["城际铁路今日开通", bar, LEAD, *BODY]))
        assert doc.metadata.get("source_name") == source


def test_a_portal_s_comment_rows_and_its_toolbar_are_chrome() -> None:
    text = "\n".join([
        "城际铁路今日开通",
        "2012-12-26 08:30 来源：某某日报",
        "字号：T|T 打印 分享到：新浪微博 腾讯微博 QQ空间 人人网",
        LEAD,
        *BODY,
        "某某网友 [北京市] 2006-11-27 08:41:15　终于通车了，支持！",
        "某某网友 [河北省] 2006-11-27 09:02:33　我们这边什么时候能通啊",
    ])
    (doc,) = clean_text(text)
    assert doc.title == "城际铁路今日开通"
    assert _lines(doc) == [LEAD, *BODY]


def test_an_interview_s_questions_from_netizens_stay() -> None:
    text = "\n".join([
        "局长在线访谈：新农合政策解读",
        "2013-05-10 10:00 来源：某某县政府网",
        "主持人：各位网友大家好，今天我们请来县卫生局局长，就新农合政策回答大家关心的问题。",
        "网友：请问今年的新农合报销比例有什么变化？",
        "局长：今年乡镇卫生院住院报销比例提高到百分之九十，县级医院提高到百分之七十五。",
    ])
    (doc,) = clean_text(text)
    assert "网友：请问今年的新农合报销比例有什么变化？" in _lines(doc)


def test_a_notice_s_contact_under_its_signature_stays() -> None:
    text = "\n".join([
        "关于做好2015年高校毕业生就业工作的通知",
        "发布时间：2015-04-03",
        "各高等学校：",
        "为做好今年高校毕业生就业创业工作，现将有关事项通知如下，请各校结合实际认真贯彻落实，确保各项工作落到实处。",
        "一、高度重视毕业生就业工作，层层压实责任，确保工作有序推进。",
        "附件：2015年全省高校毕业生就业创业工作重点任务分解表",
        "某某省教育厅",
        "2015年4月2日",
        "（联系人：高校学生司　鲁某宇　电话：029-88663127）",
        "附件下载：重点任务分解表.xls",
        "版权所有：某某省教育厅　ICP备案号：陕ICP备05001234号",
    ])
    (doc,) = clean_text(text)
    assert _lines(doc)[-1] == "（联系人：高校学生司　鲁某宇　电话：029-88663127）"
    assert "2015年4月2日" in _lines(doc)


def test_the_unit_that_supplied_a_school_s_story_is_its_source(tmp_path: Path) -> None:
    html = f"""<html><head><title>校运会开幕</title></head><body>
<div class="article"><h1 class="arti_title">第四十届田径运动会开幕</h1>
<p class="arti_metas"><span class="arti_publisher">发布者：体育部</span><span class="arti_update">发布时间：2016-11-05</span></p>
<div class="wp_articlecontent"><p>{LEAD}</p><p>{BODY[0]}</p><p>{BODY[1]}（体育部 供稿）</p></div></div></body></html>"""
    p = tmp_path / "news.html"
    p.write_text(html, encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    assert doc.metadata.get("source_name") == "体育部"
    assert _lines(doc)[-1] == BODY[1]
