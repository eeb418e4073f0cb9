"""Old CMS pages (bracketed info bars with the entry clerk, menus a word a line, greetings with
their login links, tables a cell a line), county media's sign-offs, portal comments and offers,
and a channel article's header and follow card: each test is a page written for the project, and
what a user reads in the record is checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.api import clean, clean_text
from cleaner.model import Document

LEAD = "9月20日上午，县人民医院口腔科专家一行来到集镇，为群众开展义诊活动，共接诊群众二百余人次，发放宣传资料五百余份。"
BODY = [
    "活动中，专家们耐心细致地为群众检查口腔，讲解龋齿、牙周病的防治知识，手把手地教孩子们正确刷牙。",
    "口腔科还与镇中心小学约定，下学期将到学校为全校学生开展免费口腔健康检查，建立学生口腔健康档案。",
]


def _lines(doc: Document) -> list[str]:
    return [ln.strip() for ln in doc.text.split("\n") if ln.strip()]


def _one(lines: list[str]) -> Document:
    (doc,) = clean_text("\n".join(lines))
    return doc


def test_an_old_cms_bar_in_brackets_with_its_entry_clerk_is_read() -> None:
    """`[ 录入者：admin | 时间：… | 作者：… | 来源：… | 浏览：156次 ]`: the clerk's login names no
    writer, and the date and the writers are read all the same."""
    doc = _one([
        "“爱牙日”口腔科专家走进集镇义诊",
        "[ 录入者：admin | 时间：2007-09-21 10:18:35 | 作者：何某 梁某燕 | 来源：本院 | 浏览：156次 ]",
        "【字体：大 中 小】【打印本页】【关闭窗口】",
        LEAD, *BODY,
    ])
    assert doc.title == "“爱牙日”口腔科专家走进集镇义诊"
    assert doc.published == "2007-09-21T10:18:35"
    assert doc.authors == ["何某", "梁某燕"]
    assert _lines(doc) == [LEAD, *BODY]


def test_a_cms_login_in_the_author_field_is_no_author() -> None:
    doc = _one([
        "关于2014年医师资格考试现场审核有关事项的公告",
        "时间:2014-03-24 08:47 来源:医政科 作者:jzwjw 点击: 次",
        LEAD, *BODY,
    ])
    assert doc.published == "2014-03-24T08:47"
    assert doc.authors == []


def test_an_old_hospital_header_leaves_whole() -> None:
    """A menu a word a line with `医院简介` among its items, a greeting with `登录 | 注册`, a
    breadcrumb after `»` or ending in `>`, and a share bar's targets one a line under the title."""
    doc = _one([
        "东陵县人民医院",
        "设为首页",
        "加入收藏",
        "首页",
        "本院简介",
        "医院新闻",
        "特色专科",
        "医疗设备",
        "您好，欢迎访问东陵县人民医院官方网站！ 登录 | 注册",
        "» 您现在的位置：首页 » 医院新闻 » 新闻正文",
        "我院口腔科专家走进集镇义诊",
        "发布时间：2015-03-26 16:45:12   来源：办公室",
        "分享到：",
        "QQ空间",
        "新浪微博",
        "腾讯微博",
        "人人网",
        LEAD, *BODY,
    ])
    assert doc.title == "我院口腔科专家走进集镇义诊"
    assert _lines(doc) == [LEAD, *BODY]


def test_a_price_table_a_cell_a_line_with_numbered_rows_stays_whole() -> None:
    """序号 / 项目名称 / 计价单位 / 收费标准 / 说明, each row numbered, a row without a remark one
    line shorter: every cell is the notice's."""
    rows = [
        ["1", "普通门诊诊查费", "次", "4"],
        ["2", "副主任医师门诊诊查费", "次", "7"],
        ["3", "主任医师门诊诊查费", "次", "10"],
        ["4", "孕产妇系统保健管理（建册）", "人次", "20", "含首次产检建档"],
        ["5", "胎心监护（无负荷试验）", "次", "25"],
        ["6", "产科彩色多普勒超声检查", "次", "120", "含胎儿系统筛查"],
        ["7", "宫颈液基薄层细胞学检查（TCT）", "例", "130", "含制片"],
    ]
    cells = [c for row in rows for c in row]
    doc = _one([
        "县妇幼保健院部分医疗服务项目价格公示",
        "发布时间：2013-06-28 15:06:51  来源：财务科",
        "根据省物价局、省卫生厅关于调整部分医疗服务价格的通知精神，结合我院实际，现将我院部分医疗服务项目收费标准公示如下，欢迎社会各界监督。",
        "序号", "项目名称", "计价单位", "收费标准（元）", "说明",
        *cells,
        "以上价格自2013年7月1日起执行。对收费有异议的，可拨打价格监督电话：0779-4412315。",
    ])
    lines = _lines(doc)
    assert lines[1:6] == ["序号", "项目名称", "计价单位", "收费标准（元）", "说明"]
    assert lines[6:-1] == cells


def test_a_camera_s_file_name_left_by_an_image_goes() -> None:
    doc = _one(["我院胸痛中心揭牌", LEAD, "DSC_0457", BODY[0], "IMG_2031", BODY[1]])
    assert _lines(doc) == [LEAD, *BODY]


def test_a_county_media_sign_off_without_colons_and_its_counter_go() -> None:
    """编辑 某某 / 审核 某某 / 终审 某某 one a line, then `本文已被阅读 4,512 次`: the editors name no
    writer, and none of it stays, wherever it stands."""
    doc = _one([
        "黄塘县举办全民健身广场舞大赛",
        "发布时间：2024-05-21 17:36",
        LEAD,
        "编辑 龚某",
        "审核 刘某华",
        "终审 邝某军",
        "本文已被阅读 4,512 次",
        BODY[0],
    ])
    assert _lines(doc) == [LEAD, BODY[0]]
    assert doc.authors == []


def test_a_video_page_s_headline_over_the_player_s_buttons_is_the_title() -> None:
    doc = _one([
        "视频",
        "急救知识进社区 医生手把手教居民心肺复苏",
        "00:00 / 01:46",
        "倍速",
        "1.0x",
        "高清",
        "全屏",
        "发布时间：2024-05-21 17:36",
        "播放量 2.1万",
        "记者：叶某 唐某",
        LEAD,
    ])
    assert doc.title == "急救知识进社区 医生手把手教居民心肺复苏"
    assert doc.authors == ["叶某", "唐某"]
    assert _lines(doc) == [LEAD]


def test_a_list_marked_with_triangles_under_its_announcing_line_stays() -> None:
    items = ["▲持续高热超过3天；", "▲呼吸困难或气促；", "▲原有基础疾病明显加重。"]
    doc = _one([
        "流感高发季，这些情况要及时就医",
        LEAD,
        "出现以下情况之一，应及时到医院发热门诊就诊：",
        *items,
        "▲医院发热门诊外景",
        BODY[0],
    ])
    assert _lines(doc) == [LEAD, "出现以下情况之一，应及时到医院发热门诊就诊：", *items, BODY[0]]


def test_readers_comments_by_masked_address_and_a_text_message_offer_go() -> None:
    doc = _one([
        "跨江大桥今日通车 两岸车程由40分钟缩至8分钟",
        LEAD, *BODY,
        "东江网网友 113.65.*.* 说：终于通了，盼了三年！",
        "网友 [IP:61.142.*.*]：希望货车也能早点放行。",
        "新闻短信：发送 XW 到 8888 订阅本网每日新闻早报，每条0.1元",
    ])
    assert _lines(doc) == [LEAD, *BODY]


def test_an_e_paper_s_page_and_an_account_s_handle_are_no_part_of_the_source() -> None:
    paper = _one(["倒春寒来袭 儿童医院日门诊量破三千", "2006-03-09　南湖晚报　第A07版：健康周刊", LEAD])
    assert paper.metadata.get("source_name") == "南湖晚报"
    assert paper.published == "2006-03-09"
    account = _one(["天天戴口罩，脸“烂”了怎么办？", LEAD, *BODY, "来源：杏林说健康（ID：xinglin_jk）"])
    assert account.metadata.get("source_name") == "杏林说健康"


@pytest.mark.parametrize("bar", [["发布日期：2011-5-16   信息来源：县卫生局办公室"], []], ids=["under an info bar", "no bar"])
def test_a_roundup_item_s_writer_with_a_rare_character_is_its_author(bar: list[str]) -> None:
    """A name with a character of CJK Extension A (䶮): the item's writer, and the credit leaves.
    The first item's heading is no title, with the page's info bar above it or without one."""
    text = "\n".join([
        "白岩县卫健系统工作动态",
        *bar,
        "白岩县人民医院：成功开展首例人工全髋关节置换术",
        "5月10日，县人民医院骨科为一名68岁的股骨头坏死患者成功实施了人工全髋关节置换术。目前，患者恢复良好，已康复出院。（通讯员 李䶮）",
        "白岩县中医院：开展“中医药进社区”健康讲座",
        "5月12日，县中医院组织专家走进城东社区，为居民开展中医药养生保健讲座，发放资料三百余份。（通讯员 欧阳某）",
        "城关镇卫生院：居民健康档案建档率突破60%",
        "今年以来，城关镇卫生院组织家庭医生团队入户建档，对65岁以上老人实行重点管理和定期随访。（通讯员 谭某勇）",
    ])
    places = {d.institution[0] if isinstance(d.institution, list) else d.institution: d for d in clean_text(text)}
    record = places["白岩县人民医院"]
    assert record.authors == ["李䶮"]
    assert "通讯员" not in record.text


def test_a_holiday_timetable_of_each_hospital_under_its_name_splits() -> None:
    """Under each hospital's name, which clinics open when (a day or an hour in it): one record per
    hospital, though no paragraph names its hospital again."""
    text = "\n".join([
        "春节期间全市医院门诊安排",
        "龙年春节将至，假期期间如何看病就医？市卫生健康委提醒：全市二级以上公立医院急诊、发热门诊24小时正常开放，部分专科门诊按以下安排开诊。",
        "鹭州市第一医院",
        "2月10日至2月11日：急诊、发热门诊正常接诊，普通门诊暂停。",
        "2月12日至2月17日：上午开放内科、外科、妇产科门诊，下午停诊。",
        "鹭州市中医院",
        "2月9日下午起，普通门诊停诊，急诊24小时开放。",
        "2月11日至2月17日上午，开放中医内科、针灸推拿科门诊。",
        "鹭州市妇幼保健院",
        "产科急诊、儿科急诊、分娩室全天候开放。",
        "2月12日至2月17日每天上午开放产科门诊、儿童保健门诊。",
        "鹭州市儿童医院",
        "春节期间儿科急诊、发热门诊、夜间门诊照常开放。",
        "2月11日至2月17日全天开放小儿内科普通门诊。",
    ])
    names = sorted(n for d in clean_text(text) for n in (d.institution if isinstance(d.institution, list) else [d.institution]) if n)
    assert names == ["鹭州市中医院", "鹭州市儿童医院", "鹭州市妇幼保健院", "鹭州市第一医院"]


WECHAT = """<html><head><meta charset="utf-8"><title>{title}</title>
<script>var createTime = '2025-04-18 20:05';</script></head><body>
<div id="img-content"><h1 class="rich_media_title" id="activity-name">{title}</h1>
<div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_text">崔某</span>
<a class="rich_media_meta rich_media_meta_link" id="js_name" href="#">崇安市中心医院</a>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">四川</span></em></div>
<div class="rich_media_content" id="js_content">
{body}
</div></div></body></html>"""


def test_a_channel_article_s_date_in_its_script_and_its_region_beside_the_account(tmp_path: Path) -> None:
    """`var createTime = '…'` with the page's date left empty, and `发表于四川` after the account:
    the date is read, and the region is no account's name."""
    body = "".join(f"<p>{t}</p>" for t in (LEAD, *BODY))
    p = tmp_path / "wechat.html"
    p.write_text(WECHAT.format(title="幽门螺杆菌阳性，全家都要治吗？", body=body), encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    assert doc.published == "2025-04-18T20:05"
    assert doc.metadata.get("account_name") == "崇安市中心医院"
    assert _lines(doc) == [LEAD, *BODY]


def test_the_account_s_name_over_its_follow_card_at_the_end_goes(tmp_path: Path) -> None:
    body = "".join(f"<p>{t}</p>" for t in (LEAD, *BODY)) + (
        '<p style="text-align: center;"><img data-src="https://example.org/qrcode.jpg"></p>'
        '<p style="text-align: center;"><span>崇安市中心医院</span></p>'
        '<p style="text-align: center;"><span>长按二维码关注我们</span></p>'
    )
    p = tmp_path / "card.html"
    p.write_text(WECHAT.format(title="幽门螺杆菌阳性，全家都要治吗？", body=body), encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    assert _lines(doc) == [LEAD, *BODY]


def test_a_unit_signing_its_notice_at_the_end_stays_though_it_is_the_account(tmp_path: Path) -> None:
    body = "".join(f"<p>{t}</p>" for t in (LEAD, *BODY, "崇安市中心医院"))
    p = tmp_path / "notice.html"
    p.write_text(WECHAT.format(title="关于开展义诊活动的通知", body=body), encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    assert _lines(doc)[-1] == "崇安市中心医院"


def test_an_account_s_desk_and_its_name_twice_name_no_writer() -> None:
    doc = _one([
        "总觉得累、提不起劲？别把抑郁当“想不开”",
        "2016-11-03 健康之家编辑部 健康之家 健康之家",
        LEAD, *BODY,
        "本文来源：华南健康报　作者：闵某晴",
    ])
    assert doc.authors == ["闵某晴"]


def test_a_notice_s_own_title_under_a_banner_image_is_no_caption(tmp_path: Path) -> None:
    notice = "关于开展2021年度适龄妇女“两癌”免费筛查工作的通知"
    body = (
        '<section style="margin-bottom: 0px;"><img class="rich_pages" data-src="https://example.org/banner.png" style="width: 100%;"></section>'
        f'<p style="text-align: center;"><span style="color: rgb(217, 33, 66);"><strong>{notice}</strong></span></p>'
        + "".join(f"<p>{t}</p>" for t in ("各乡镇卫生院、县直各医疗卫生单位：", LEAD, *BODY))
    )
    p = tmp_path / "banner.html"
    p.write_text(WECHAT.format(title="通知 | 两癌免费筛查开始啦！", body=body), encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    assert _lines(doc)[0] == notice


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院口腔科专家走进集镇义诊-某县人民医院</title></head><body>
<div class="nav"><a href="/">网站首页</a> <a href="/news">新闻中心</a></div>
<div class="article"><h1>我院口腔科专家走进集镇义诊</h1><p class="info">发布时间：2018-06-14 16:22 来源：宣传科</p>
<div class="content"><p>{lead}</p><p>{body0}</p><p>{body1}</p></div></div></body></html>"""


@pytest.mark.parametrize(
    ("fields", "why"),
    [
        ({"content_html": None}, "a crawler's own name for the page's HTML"),
        ({"page_source": None}, "another such name"),
        ({"body_html": None}, "an app export's name for it"),
        ({"text": "", "html": None}, "the crawler's text left empty beside the page"),
        ({"text": "网站首页 新闻中心 我院口腔科专家走进集镇义诊 发布时间：2018-06-14 16:22 9月20日上午，县人民医院...", "html": None},
         "the crawler's text run together on one line, cut short"),
    ],
    ids=["content_html", "page_source", "body_html", "empty text", "flat text"],
)
def test_a_jsonl_record_s_page_is_read_where_its_text_field_falls_short(tmp_path: Path, fields: dict, why: str) -> None:
    page = PAGE.format(lead=LEAD, body0=BODY[0], body1=BODY[1])
    record = {"url": "http://example.org/news/1.html", **{k: (page if v is None else v) for k, v in fields.items()}}
    p = tmp_path / "crawl.jsonl"
    p.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    assert doc.title == "我院口腔科专家走进集镇义诊", why
    assert doc.published == "2018-06-14T16:22", why
    assert _lines(doc) == [LEAD, *BODY], why


def test_a_crawler_s_text_in_lines_beside_the_page_is_still_the_text(tmp_path: Path) -> None:
    page = PAGE.format(lead="页面里的另一段文字，和抓取程序给出的正文不同，不应被读出。", body0=BODY[0], body1=BODY[1])
    p = tmp_path / "crawl.jsonl"
    p.write_text(json.dumps({"text": "\n".join([LEAD, *BODY]), "html": page}, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    assert _lines(doc) == [LEAD, *BODY]
