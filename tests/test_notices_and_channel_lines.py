"""Notices under a toolbar, info bars in the shapes old portals and channel pages print them,
roundups whose items each name their writer, and boxes inside the body: each test is a page
written for the project, and what a user reads in the record is checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.api import clean, clean_text
from cleaner.model import Document

LEAD = "4月13日上午，某某县“健康扶贫 医疗先行”巡回医疗活动启动仪式在白沙乡卫生院举行，县人民医院专家为群众义诊。"
BODY = [
    "专家们为前来就诊的群众测量血压、血糖，耐心解答健康问题，并发放健康宣传资料300余份。",
    "据了解，巡回医疗队今年将走遍全县所有乡镇，把优质医疗服务送到群众家门口。",
]


def _lines(doc: Document) -> list[str]:
    return [ln.strip() for ln in doc.text.split("\n") if ln.strip()]


def _page(tmp: Path, name: str, html: str) -> Document:
    p = tmp / name
    p.write_text(html, encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    return doc


def test_a_notice_under_its_date_and_toolbar_keeps_its_title_and_date() -> None:
    """`2013年07月02日 【字体：大 中 小】 【打印】 【关闭】` under a notice's title, its number
    (某食药监公告〔2013〕第9号) between the bar and the text: the title and the day are read."""
    text = "\n".join([
        "您现在的位置：首页 >> 公告通告 >> 药品公告",
        "某某市食品药品监督管理局关于某某制药有限公司主动召回某某胶囊的公告",
        "2013年07月02日 【字体：大 中 小】 【打印】 【关闭】",
        "某食药监公告〔2013〕第9号",
        "某某制药有限公司在企业自检中发现其生产的某某胶囊溶出度检验结果不符合规定，经评估，该公司决定对上述批次药品实施二级召回。",
        "特此公告。",
        "二〇一三年七月一日",
    ])
    (doc,) = clean_text(text)
    assert doc.title == "某某市食品药品监督管理局关于某某制药有限公司主动召回某某胶囊的公告"
    assert doc.published == "2013-07-02"
    assert _lines(doc)[0] == "某食药监公告〔2013〕第9号"
    assert "二〇一三年七月一日" in _lines(doc)
    assert not any("【打印】" in ln for ln in _lines(doc))


@pytest.mark.parametrize(
    ("bar", "published", "source", "authors"),
    [
        # an old portal's bar opening with the site's host, no scheme
        ("www.example-news.com.cn 2005年08月12日 09:15 某某晨报", "2005-08-12T09:15", "某某晨报", []),
        # a live page's reporters on the spot
        ("2015-11-08 07:00 来源：某某新闻网 前方记者：严某敏 宋某群", "2015-11-08T07:00", "某某新闻网", ["严某敏", "宋某群"]),
        # each field in 【】, a counter last
        ("【发布日期：2016-04-15】 【作者：骆某彬】 【来源：某某市卫生计生委】 【点击：562】", "2016-04-15", "某某市卫生计生委", ["骆某彬"]),
        # the count of an icon whose label was lost, between the time and the source
        ("2023-11-18 15:06 2356 来源：党委宣传部", "2023-11-18T15:06", "党委宣传部", []),
        # a source label the template left empty, then the font switch
        ("发布时间：2017/12/1 10:05:33   点击数：418   作者：邓某佳   来源：   大 中 小", "2017-12-01T10:05:33", None, ["邓某佳"]),
    ],
)
def test_an_info_bar_in_the_shapes_portals_print_it_is_read(bar: str, published: str, source: str | None, authors: list[str]) -> None:
    text = "\n".join(["某某县启动“健康扶贫 医疗先行”巡回医疗活动", bar, LEAD, *BODY])
    (doc,) = clean_text(text)
    assert doc.title == "某某县启动“健康扶贫 医疗先行”巡回医疗活动"
    assert doc.published == published
    assert doc.metadata.get("source_name") == source
    assert doc.authors == authors
    assert _lines(doc)[0] == LEAD


def test_a_print_edition_date_with_its_weekday_is_the_day() -> None:
    text = "\n".join(["某某日报", "2010年7月15日 星期四", "在渔港边守了十年", "本报记者 某某", LEAD, *BODY])
    (doc,) = clean_text(text)
    assert doc.published == "2010-07-15"


def test_each_roundup_item_s_bracketed_writer_is_its_record_s() -> None:
    """A district's roundup whose items each end `（通讯员 某某）`: each hospital's record names its
    own correspondent, not the last item's; the introduction names none of them."""
    text = "\n".join([
        "卫生健康工作动态（第12期）",
        "发布时间：2017-06-20",
        "5月31日是第30个世界无烟日，我区各医疗机构围绕主题开展了丰富多彩的宣传活动。",
        "东湖区人民医院",
        "东湖区人民医院在门诊大厅设立控烟咨询台，向来往群众发放宣传资料三百余份，并为吸烟者测量呼气一氧化碳浓度。（通讯员 黎某燕）",
        "东湖区中医院",
        "东湖区中医院组织医护人员走进社区，讲解吸烟对心肺的危害，并现场教授八段锦等传统健身方法。（通讯员 孔某明）",
        "东湖区妇幼保健院",
        "东湖区妇幼保健院针对孕产妇开展二手烟危害讲座，提醒准妈妈们远离烟草烟雾，守护母婴健康。（通讯员 温某岚）",
    ])
    docs = clean_text(text)
    by_place = {d.institution if isinstance(d.institution, str) else None: d.authors for d in docs}
    assert by_place["东湖区人民医院"] == ["黎某燕"]
    assert by_place["东湖区中医院"] == ["孔某明"]
    assert by_place["东湖区妇幼保健院"] == ["温某岚"]
    assert all("温某岚" not in d.authors for d in docs if d.institution in ([], None))


def test_a_unit_and_a_name_that_supplied_the_story_name_its_writer() -> None:
    text = "\n".join(["我院隆重庆祝5·12国际护士节", "发布时间：2010-05-13", LEAD, *BODY, "（护理部　钟某兰　供稿）"])
    (doc,) = clean_text(text)
    assert doc.authors == ["钟某兰"]
    assert not any("供稿" in ln for ln in _lines(doc))


def test_a_sub_heading_under_a_related_box_inside_the_body_stays() -> None:
    text = "\n".join([
        "老旧小区加装电梯为何一部也没装成",
        "2013-04-08 08:30 来源：某某晚报",
        "桃叶新村建于上世纪八十年代末，共有24栋六层住宅，先后有7个单元的居民提出加装电梯，但到目前为止，一部也没装成。",
        "相关阅读：",
        "· 市住建委：老旧住宅加装电梯办法正在征求意见",
        "· 低层住户的顾虑，谁来回应？",
        "意见难统一 是第一道坎",
        "记者调查发现，楼上楼下意见不一致，是加装电梯遇到的最大难题，一楼、二楼的住户普遍不太愿意。",
        "社区已请来设计单位上门勘察，并把楼层出资比例的参考方案印发给居民。",
    ])
    (doc,) = clean_text(text)
    lines = _lines(doc)
    assert "意见难统一 是第一道坎" in lines
    assert not any("低层住户的顾虑" in ln or "相关阅读" in ln for ln in lines)


def test_a_sub_heading_under_a_doctors_list_is_no_caption() -> None:
    """A list of doctors a row each (`某某　主任医师　肺病科　擅长…`, no full stop), then a
    sub-heading: the rows are no sentence cut off at a picture, the heading stays."""
    text = "\n".join([
        "名医工作室专家坐诊安排",
        "发布时间：2016-03-02",
        "为方便群众就近享受优质中医药服务，我院名医堂邀请省内知名专家定期坐诊，现将有关安排公告如下。",
        "顾某鸣　主任医师　肺病科　擅长慢阻肺、支气管哮喘的中医药治疗",
        "吴某平　主任医师　脾胃病科　擅长慢性胃炎、功能性消化不良的调理",
        "坐诊时间及预约方式",
        "专家每月第一个星期二、星期三全天在我院门诊二楼名医堂坐诊，可通过医院公众号或电话预约。",
    ])
    (doc,) = clean_text(text)
    assert "坐诊时间及预约方式" in _lines(doc)


def test_a_share_bar_glued_before_a_short_paragraph_leaves_the_paragraph() -> None:
    text = "\n".join([
        "家庭医生上门来 搬迁群众心里暖",
        "2020-11-05 09:12 来源：某某县融媒体中心",
        "分享到： 微信 微博 QQ 11月4日，县卫健局组织家庭医生团队走进安置小区上门服务。",
        *BODY,
    ])
    (doc,) = clean_text(text)
    assert _lines(doc)[0] == "11月4日，县卫健局组织家庭医生团队走进安置小区上门服务。"


WECHAT = """<html><head><title>{title}</title></head><body>
<div id="img-content"><h1 class="rich_media_title" id="activity-name">{title}</h1>
<div id="meta_content" class="rich_media_meta_list">{meta}</div>
<div class="rich_media_content" id="js_content">
<p>{lead}</p><p>{p1}</p><p>{p2}</p>
</div></div></body></html>"""


@pytest.mark.parametrize(
    ("meta", "author", "account"),
    [
        # the writer with their department, the account, the day (原创 眼科 某某 某某医院 2018-03-20)
        ('<span class="rich_media_meta meta_original_tag">原创</span> <em class="rich_media_meta rich_media_meta_text">眼科 葛某芸</em> '
         '<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">明州市妇幼保健院</a></span> '
         '<em id="publish_time" class="rich_media_meta rich_media_meta_text">2018-03-20</em>', "葛某芸", "明州市妇幼保健院"),
        # the time only in the page's script: the line is 原创, the writer, the account
        ('<span class="rich_media_meta meta_original_tag">原创</span> <span class="rich_media_meta rich_media_meta_text">孙某群</span> '
         '<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">清源县人民医院</a></span> '
         '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>', "孙某群", "清源县人民医院"),
        # an old layout: the day, the writer, the account twice
        ('<em id="post-date" class="rich_media_meta rich_media_meta_text">2016-08-12</em> '
         '<em class="rich_media_meta rich_media_meta_text">杨某帆</em> '
         '<a class="rich_media_meta rich_media_meta_link rich_media_meta_nickname" id="post-user">平安青梧</a> '
         '<span class="rich_media_meta rich_media_meta_text rich_media_meta_nickname">平安青梧</span>', "杨某帆", "平安青梧"),
    ],
)
def test_a_channel_page_s_meta_line_gives_its_writer_and_account(tmp_path: Path, meta: str, author: str, account: str) -> None:
    """A WeChat page's meta line: the writer is the author, the account the account that posted it
    (no source: the article states none)."""
    doc = _page(tmp_path, "post.html", WECHAT.format(title="孩子眯眼看电视就是近视了吗？眼科医生教你早发现", meta=meta, lead=LEAD, p1=BODY[0], p2=BODY[1]))
    assert doc.authors == [author]
    assert (doc.metadata.get("account_name"), doc.metadata.get("source_name")) == (account, None)
    assert _lines(doc)[0] == LEAD


def test_a_portal_s_comment_box_and_a_forum_signature_are_chrome(tmp_path: Path) -> None:
    html = f"""<html><head><title>老旧小区加装电梯试点启动</title></head><body>
<div class="post_content"><h1>老旧小区加装电梯试点启动</h1>
<div class="post_body"><p>{LEAD}</p><p>{BODY[0]}</p><p>{BODY[1]}</p></div>
<div class="signature">------------------------------<br />骑车去远方，风会告诉你答案。QQ群：8321xxxx 欢迎骑友加入</div>
<div class="ep-tie"><h3>网友跟贴</h3>
<p><span class="tie-user">天易广东省广州市手机网友</span>：二楼的利益谁来保障？装了电梯房价涨的是高层。<span class="tie-vote">顶[356]</span></p>
<p><span class="tie-user">天易浙江省杭州市网友</span>：我们这边三年前就试过了，协商最难。<span class="tie-vote">顶[112]</span></p>
</div></div></body></html>"""
    doc = _page(tmp_path, "news.html", html)
    assert _lines(doc) == [LEAD, *BODY]


def test_a_byline_left_in_html_tags_in_a_jsonl_field_names_the_writers(tmp_path: Path) -> None:
    """A crawler's `content` field with its <p> tags and &nbsp; left in: the closing
    `<p>（记者 某某 通讯员 某某）</p>` names the writers, and the tags leave the text."""
    content = "\n".join([
        f"<p>&nbsp;&nbsp;{LEAD}</p>",
        f"<p>&nbsp;&nbsp;{BODY[0]}</p>",
        "<p>（记者 葛某昕 通讯员 程某玲）</p>",
    ])
    p = tmp_path / "crawl.jsonl"
    p.write_text(json.dumps({"url": "http://example.org/a/1", "title": "巡回医疗活动启动", "content": content}, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    assert doc.authors == ["葛某昕", "程某玲"]
    assert _lines(doc) == [LEAD, BODY[0]]


def test_a_repost_s_origin_line_over_the_post_is_its_source() -> None:
    text = "\n".join(["流感季要来了！这几类人请尽快接种流感疫苗", "某某健康生活 2021-09-27 12:15", "本文转自：某某疾控", LEAD, *BODY])
    (doc,) = clean_text(text)
    assert doc.metadata.get("source_name") == "某某疾控"
    assert _lines(doc)[0] == LEAD


def test_a_question_saved_on_both_sides_of_a_page_break_is_kept_once() -> None:
    """A Q&A page saved over two pages: its pager between two copies of the same question. The
    pager goes, and the question is read once; the headline again with its column over the
    title (`健康热线：…`) is the column's, not the article's first line."""
    text = "\n".join([
        "健康热线：孩子反复咳嗽是不是肺炎？",
        "孩子反复咳嗽是不是肺炎？",
        "2010-11-23 09:05:36 来源：某某都市报 作者：记者 邵某婷",
        "入冬以来，不少家长打进本报健康热线，询问孩子咳嗽的问题，本期我们请来市儿童医院的专家一一解答。",
        "问：孩子咳嗽半个多月了，一直不好，是不是得了肺炎？",
        "答：咳嗽时间长不一定是肺炎。肺炎通常伴有发烧、呼吸急促，如果孩子精神好、不发烧，建议到医院查明原因。",
        "问：孩子一咳嗽就给他吃消炎药，对吗？",
        "第1页 第2页 下一页",
        "问：孩子一咳嗽就给他吃消炎药，对吗？",
        "答：这是很常见的误区。大多数儿童咳嗽是病毒引起的，抗生素对病毒没有作用，滥用反而有害。",
    ])
    (doc,) = clean_text(text)
    lines = _lines(doc)
    assert doc.title == "孩子反复咳嗽是不是肺炎？"
    assert lines[0].startswith("入冬以来")
    assert lines.count("问：孩子一咳嗽就给他吃消炎药，对吗？") == 1
    assert lines[-1].startswith("答：这是很常见的误区")
