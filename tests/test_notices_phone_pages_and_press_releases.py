"""Procurement notices of one site, a message board's letter, phone pages with an account card and
an app's chrome, press releases and broadcasters' pages, an old blog and a company's news page:
each test is a page written for the project, and what a user reads in the record is checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.api import clean, clean_text

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page

LEAD = "5月12日上午，市中心医院在门诊大厅举办护士节主题义诊活动，二十余名护理骨干为前来就诊的群众测量血压、血糖，讲解慢病护理知识。"
BODY = [
    "活动现场，伤口造口专科护士为一位糖尿病足患者检查伤口，手把手地教家属换药和观察伤口的方法。",
    "护理部负责人介绍，医院今年将新开设三个护理专科门诊，让群众在家门口就能得到专业的护理服务。",
]


# -- the templates pass ------------------------------------------------------------------------


def _notice(n: int, item: str, budget: str, buyer: str, agent: str) -> str:
    return "\n".join([
        f"某某县人民医院{item}询价采购公告",
        f"发布时间：2022-03-0{n}",
        "一、项目基本情况",
        f"项目编号：MZX-XJ-2022-00{n}",
        f"预算金额：{budget}万元，采购需求：{item}一套，交货期为合同签订后三十日内。",
        "二、获取采购文件",
        f"时间：2022年3月{n + 5}日至3月{n + 10}日，每天上午8:30至11:30，地点：县公共资源交易中心{n}楼。",
        "三、联系方式",
        "1.采购人信息",
        f"名称：{buyer}　联系人：{'秦林周'[n - 1]}老师",
        "2.采购代理机构信息",
        f"名称：{agent}　联系电话：0571-8876 32{n}0",
    ])


def test_a_notice_s_part_headings_that_every_notice_of_the_site_shares_stay(tmp_path: Path) -> None:
    """Three notices of one site follow one template: `一、项目基本情况`, `2.采购代理机构信息` are in
    all three, each over the notice's own lines, and stay in every record (the two contact blocks
    would run together without their headings)."""
    site = tmp_path / "site"
    site.mkdir()
    for n, (item, budget, buyer, agent) in enumerate([
        ("全自动免疫组化染色机", "46", "某某县人民医院", "江临诚信招标代理有限公司"),
        ("便携式彩色超声诊断仪", "32", "某某县人民医院设备科", "蜀衡项目管理咨询有限公司"),
        ("医用空气消毒机", "18", "某某县人民医院后勤科", "正衡招标咨询有限公司"),
    ], start=1):
        (site / f"n{n}.txt").write_text(_notice(n, item, budget, buyer, agent), encoding="utf-8")
    docs = clean([str(site)]).documents
    assert len(docs) == 3
    for doc in docs:
        lines = _lines(doc)
        for heading in ("一、项目基本情况", "二、获取采购文件", "2.采购代理机构信息"):
            assert heading in lines, (doc.id, heading)
        assert lines.index("2.采购代理机构信息") == lines.index("1.采购人信息") + 2


# -- HTML: an article's heading under a photo's caption --------------------------------------------

FORUM = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>长三角生物医药论坛在苏州举行_协会动态</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">协会动态</a> <a href="/about">关于我们</a></div>
<div class="article"><h1>长三角生物医药论坛在苏州举行</h1>
<div class="info">发布时间：2018-11-20 来源：协会秘书处</div>
<p>11月18日，第三届长三角生物医药产业发展论坛在苏州举行，来自四地的二百余名代表参加了论坛，围绕临床研究协同、产业转化等议题展开深入交流。</p>
<p>论坛上，四地协会共同发布了临床研究协同倡议，提出共建伦理互认机制，推动临床试验数据共享，缩短新药上市周期。</p>
<p style="text-align:center"><img src="/uploads/forum-sign.jpg" alt="倡议发布仪式"></p>
<p style="text-align:center"><span style="color:#888;font-size:13px">四地协会代表共同发布临床研究协同倡议</span></p>
<h4>聚焦细胞治疗与高端医疗器械</h4>
<p>在主题演讲环节，某某院士以《细胞与基因治疗的产业化之路》为题，介绍了细胞治疗产业的发展现状与面临的挑战，引起与会代表的强烈共鸣。</p>
<p>与会专家认为，长三角地区应发挥产业链完整的优势，在高端医疗器械领域加强协同攻关。</p>
<p>（原载《江淮健康报》2018年11月20日第3版）</p>
</div>
<div class="footer">版权所有 某某生物医药协会</div>
</body></html>"""


def test_a_heading_under_a_photo_s_caption_is_the_article_s_heading(tmp_path: Path) -> None:
    """`<h4>` right under a photo and its grey caption: the page's markup says it is a heading of the
    article, never a second caption line; the centred caption over it is the photo's and goes; the
    note of where the report first ran stays."""
    doc = _page(tmp_path, "forum.html", FORUM)
    lines = _lines(doc)
    assert "聚焦细胞治疗与高端医疗器械" in lines
    assert "四地协会代表共同发布临床研究协同倡议" not in lines
    assert "（原载《江淮健康报》2018年11月20日第3版）" in lines or "(原载《江淮健康报》2018年11月20日第3版)" in lines


def test_a_press_release_s_contacts_under_its_body_stay() -> None:
    doc = _one([
        "某某医药新药获批上市",
        "发布时间：2023-06-12",
        "6月12日，某某医药自主研发的一类创新药获国家药品监督管理局批准上市，用于治疗成人复发或难治性淋巴瘤。",
        "公司董事长表示，公司将加快推进该药的商业化进程，让更多患者尽早用上国产创新药。",
        "投资者关系联系人：周女士　电话：0523-8000001",
        "媒体联系：品牌传播部 孙先生　邮箱：media@example.org",
    ])
    lines = _lines(doc)
    assert lines[-2:] == ["投资者关系联系人：周女士　电话：0523-8000001", "媒体联系：品牌传播部 孙先生　邮箱：media@example.org"]


# -- titles, bylines, sources ------------------------------------------------------------------------


def test_a_menu_item_named_other_notices_leaves_the_headline_under_it() -> None:
    """`其他公告` in the menu over the breadcrumb: `其他` is no pronoun, and the head is no verse."""
    doc = _one([
        "招标公告", "招聘公告", "其他公告", "您的位置：首页 -> 医院公告 -> 招聘公告",
        "某某市第三人民医院2020年公开招聘编外专业技术人员公告",
        "日期：2020-07-16 10:12:05　　来源：人力资源部　　浏览：4021次",
        LEAD, *BODY,
    ])
    assert doc.title == "某某市第三人民医院2020年公开招聘编外专业技术人员公告"
    assert _lines(doc) == [LEAD, *BODY]


def test_a_wire_trailer_with_the_editor_after_a_semicolon_names_only_the_reporters() -> None:
    doc = _one(["环保部门：新空气质量标准分步实施", "2012-03-05 10:20", LEAD, *BODY, "(记者 赵某远 吕某宁；编辑 孙某群)"])
    assert doc.authors == ["赵某远", "吕某宁"]
    assert _lines(doc) == [LEAD, *BODY]


def test_a_writer_s_department_before_the_name_is_no_author() -> None:
    doc = _one([
        "我校举办第五届青年教师教学竞赛",
        "作者：物理系 黄某佳　　摄影：陈某　　来源：理学院　　发布时间：2009-11-26　　点击数：1024",
        LEAD, *BODY,
    ])
    assert doc.authors == ["黄某佳"]
    assert doc.published == "2009-11-26"


def test_an_info_bar_ending_in_what_the_reporter_did_is_read_and_a_reporter_s_heading_stays() -> None:
    """`… 记者 某某 整理`: the date, the source and the reporter are read; `记者追踪`, a part's heading
    of the story, is no credit."""
    doc = _one([
        "民意直通车：小区二次供水水箱多年没清洗",
        "2012-05-21 09:15:36　来源：某某晚报　记者 何某峰 整理",
        LEAD, *BODY, "记者追踪", "5月19日，记者再次来到小区，看到物业已在楼下张贴了停水清洗通知，水箱清洗将在本周内完成。",
    ])
    assert (doc.published, doc.metadata.get("source_name"), doc.authors) == ("2012-05-21T09:15:36", "某某晚报", ["何某峰"])
    assert "记者追踪" in _lines(doc)


def test_a_phone_page_s_account_card_over_the_headline() -> None:
    """The account's name, the post's time and its follow button, then the headline and the
    player's controls: the headline is the title, the account the source."""
    doc = _one([
        "看某川", "在APP内打开", "某川广播电视台", "2021-07-19 10:05", "关注",
        "高温橙色预警！急诊一天接诊7例热射病患者，医生紧急提醒",
        "播放", "视频时长 02:15", "00:00 / 02:15",
        LEAD, *BODY,
    ])
    assert doc.title == "高温橙色预警！急诊一天接诊7例热射病患者，医生紧急提醒"
    assert doc.metadata.get("source_name") == "某川广播电视台"
    assert doc.published == "2021-07-19T10:05"
    assert _lines(doc) == [LEAD, *BODY]


def test_a_message_board_s_letter_keeps_its_title_and_leaves_its_record_fields() -> None:
    """`信访事项：…` names the letter; `信访人：…`, `处理状态：…` and the ticket's number are the
    board's fields, read past; the letter and the reply stay."""
    letter = "我们村的征地补偿款至今没有足额发放，村民多次到镇政府反映，一直没有得到答复，希望有关部门尽快调查处理。"
    reply = "经调查，该村征地补偿款已于本月全部拨付到位，镇政府将在三个工作日内完成发放，并在村务公开栏公示发放明细。"
    doc = _one([
        "[我要信访]　[信访查询]　[信访须知]",
        "信访事项：反映某某村征地补偿款未足额发放",
        "信访人：王某某等三人　　工单编号：QY2015101200467　　处理状态：已办结",
        letter, reply,
    ])
    assert doc.title == "反映某某村征地补偿款未足额发放"
    assert _lines(doc) == [letter, reply]


# -- HTML titles ------------------------------------------------------------------------------------

BLOG = """<html><head><meta charset="utf-8"><title>老家的腊月_青石巷里的猫_某某博客</title></head><body>
<div class="blogtitle"><h1><a href="/qingshixiang">青石巷里的猫</a></h1><div class="bloglink">某某博客</div></div>
<div class="articalTitle"><h2 class="titName">老家的腊月</h2><span class="time">(2006-01-20 22:14:03)</span></div>
<div class="articalContent"><p>{lead}</p><p>{body0}</p><p>{body1}</p></div>
</body></html>"""

COMPANY = """<html><head><meta charset="utf-8"><title>某某医疗器械有限公司--新闻动态</title></head><body>
<table><tr><td><img src="logo.gif" alt="某某医疗器械有限公司"></td></tr>
<tr><td><a href="/">网站首页</a> <a href="/about">关于我们</a> <a href="/news">新闻动态</a> <a href="/product">产品中心</a></td></tr></table>
<table><tr><td height="50" align="center"><font size="4" color="#003366"><b>我公司可吸收骨折内固定螺钉获三类医疗器械注册证</b></font></td></tr>
<tr><td align="center"><font color="#999999">发布人：某某医疗&nbsp;&nbsp;&nbsp;添加时间：2013-4-7&nbsp;&nbsp;&nbsp;浏览次数：451</font></td></tr>
<tr><td><p>{lead}</p><p>{body0}</p><p>{body1}</p></td></tr></table>
<table><tr><td>版权所有 某某医疗器械有限公司</td></tr></table>
</body></html>"""


def test_an_old_blog_s_headline_is_the_title_s_first_part_not_the_blog_s_name(tmp_path: Path) -> None:
    doc = _page(tmp_path, "blog.html", BLOG.format(lead=LEAD, body0=BODY[0], body1=BODY[1]))
    assert doc.title == "老家的腊月"
    assert doc.published == "2006-01-20T22:14:03"


def test_a_company_page_whose_title_names_only_the_company_and_a_column(tmp_path: Path) -> None:
    """`某某有限公司--新闻动态` names no headline: the bold cell over the info bar is the title."""
    doc = _page(tmp_path, "company.html", COMPANY.format(lead=LEAD, body0=BODY[0], body1=BODY[1]))
    assert doc.title == "我公司可吸收骨折内固定螺钉获三类医疗器械注册证"
    assert _lines(doc) == [LEAD, *BODY]


# -- rules ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("chrome", "what"),
    [
        ("本文共3200余字，预计阅读时间8分钟", "a length badge that rounds its count (余字)"),
        ("听新闻 00:00/05:12", "an audio player's clock after its button"),
        ("播放 00:00/06:18 全屏 | 视频加载中，请稍候", "a player's controls and its loading note"),
        ("视频加载中...如长时间无法观看，请安装Flash插件", "an old player's plug-in prompt"),
        ("点击展开剩余70%", "a preview's expander"),
        ("展开阅读全文", "a preview's expander in other words"),
        ("举报/反馈", "a phone page's report link"),
        ("点击右上角，分享到朋友圈", "a phone page's share hint"),
        ("在“某某发布”APP内阅读", "an app banner naming the app"),
        ("此文仅供付费会员阅读", "a paywall's heading"),
        ("您已阅读本月全部免费文章。成为标准会员，即可畅读全部内容。", "a paywall's count"),
        ("订阅数码版，首三个月每月只需$0.99，无限畅读所有文章。", "a subscription's offer"),
        ("本台致力于提供客观中立的新闻报道。文中评论及分析仅代表作者或专家个人立场。", "a broadcaster's standing disclaimer"),
        ("图像来源，PA Media", "an agency's picture credit"),
    ],
)
def test_a_page_s_chrome_line_goes(chrome: str, what: str) -> None:
    doc = _one(["医院开设护理专科门诊", "2024-05-12", LEAD, chrome, *BODY])
    assert _lines(doc) == [LEAD, *BODY], what


def test_a_phone_page_s_comments_under_their_box_and_the_tab_bar_s_last_word_go() -> None:
    doc = _one([
        "医院开设护理专科门诊", "2024-05-12", LEAD, *BODY,
        "评论 6", "发一条友善的评论", "月亮船", "我家孩子就是在这里看好的，护士特别耐心", "👍 3",
        "版权所有 某某市中心医院", "首页", "就医", "我的",
    ])
    assert _lines(doc) == [LEAD, *BODY]


def test_an_editor_credit_after_a_bracketed_note_goes_and_the_note_stays() -> None:
    doc = _one(["医院开设护理专科门诊", "2024-05-12", LEAD, *BODY, "（本文根据节目录音整理，未经嘉宾审阅） 责任编辑：任某"])
    assert _lines(doc)[-1] in ("（本文根据节目录音整理，未经嘉宾审阅）", "(本文根据节目录音整理,未经嘉宾审阅)")


# -- wire datelines, summaries, sources, profiles --------------------------------------------------


def test_a_wire_dateline_names_the_source_where_the_page_states_none() -> None:
    """`某某社北京3月5日电` opens the lead: the agency is the source; a page's own `来源:` still wins."""
    wire = "欧亚社北京3月5日电 " + LEAD
    doc = _one(["环保部门：新空气质量标准分步实施", "2012-03-05 10:20", wire, *BODY])
    assert doc.metadata.get("source_name") == "欧亚社"
    assert _lines(doc)[0] == wire
    doc = _one(["环保部门：新空气质量标准分步实施", "2012-03-05 10:20", wire, *BODY, "来源：某某新闻网"])
    assert doc.metadata.get("source_name") == "某某新闻网"


def test_a_reporter_glued_to_the_place_in_a_wire_dateline_is_the_author() -> None:
    """`（某某社記者某某某台北12日電）`, as Taiwan's agencies write it: the reporter is the author,
    the agency the source, and the brackets leave the lead."""
    doc = _one(["流感疫苗接種率偏低", "2022-03-12 15:40", "（寶島社記者溫子軒台北12日電）" + LEAD, *BODY])
    assert doc.authors == ["溫子軒"]
    assert doc.metadata.get("source_name") == "寶島社"
    assert _lines(doc) == [LEAD, *BODY]


def test_a_summary_between_the_headline_and_its_dated_bar_leaves_both_read() -> None:
    summary = "摘要：为加快构建免疫屏障，即日起我区对已完成第一剂次接种且间隔满21天的人员开展第二剂次接种，现将接种点信息公告如下。"
    doc = _one([
        "某某区关于开展第二剂次疫苗接种的通告", summary,
        "发布日期：2021-05-18 17:42　　信息来源：某某区卫生健康局　　浏览量：15873",
        "【字体：大 中 小】　【打印】　【关闭】", LEAD, *BODY,
    ])
    assert doc.title == "某某区关于开展第二剂次疫苗接种的通告"
    assert (doc.published, doc.metadata.get("source_name")) == ("2021-05-18T17:42", "某某区卫生健康局")
    assert _lines(doc) == [summary, LEAD, *BODY]


def test_the_article_s_stated_source_wins_over_the_record_row_s_publisher() -> None:
    """`发布机构:某某科` in the disclosure rows over the title, `信息来源:某某委员会` in the article's bar."""
    doc = _one([
        "索引号：11510700MB1234567X/2020-00318　发布机构：基层卫生健康科　成文日期：2020-12-14",
        "关于公布2020年度市级基层特色科室名单的通知",
        "发布日期：2020-12-15 10:02　信息来源：某某市卫生健康委员会　浏览量：",
        LEAD, *BODY,
    ])
    assert doc.metadata.get("source_name") == "某某市卫生健康委员会"
    doc = _one(["关于公布2020年度市级基层特色科室名单的通知", "发布机构：基层卫生健康科　发布日期：2020-12-15 10:02", LEAD, *BODY])
    assert doc.metadata.get("source_name") == "基层卫生健康科"


def test_an_outlet_beside_its_writer_names_no_author() -> None:
    doc = _one(["新款车型正式上市", "2016-11-09 09:27", LEAD, *BODY, "编辑点评：作为品牌的走量车型，新款车在配置上更有竞争力。（文/某某之家 罗某鸣）"])
    assert doc.authors == ["罗某鸣"]
    doc = _one(["两队战成二比二平", "2015-03-02 22:10", LEAD, *BODY, "（某某体育 叶某秋）", "责任编辑：孟某"])
    assert doc.authors == ["叶某秋"]
    assert _lines(doc) == [LEAD, *BODY]


def test_a_doctor_s_profile_in_padded_bracket_fields_keeps_them_and_its_title() -> None:
    fields = ["【姓　　名】苏某年", "【性　　别】男", "【职　　称】主任中医师", "【科　　室】中医内科（脾胃病专科）"]
    doc = _one(["名老中医苏某年", "发布时间：2013-5-20", *fields, LEAD, *BODY])
    assert doc.title == "名老中医苏某年"
    assert _lines(doc) == [*fields, LEAD, *BODY]


def test_the_article_s_closing_notes_stay() -> None:
    """A figure's date (（数据截至2024年12月）) and a donation hotline under the last paragraph are the
    article's; the site's account names under them go."""
    doc = _one(["医院简介", "更新时间：2025-01-08", LEAD, *BODY, "（数据截至2024年12月）", "医院公众号", "医院视频号"])
    assert _lines(doc)[-1] == "（数据截至2024年12月）"
    doc = _one(["市红十字会发起爱心捐款", "2008-06-02", LEAD, *BODY, "捐款热线：0774-2835110", "[责任编辑：龙某]"])
    assert _lines(doc) == [LEAD, *BODY, "捐款热线：0774-2835110"]


def test_a_related_document_line_over_the_first_paragraph_leaves_the_paragraph() -> None:
    first = "近日，市卫生计生委印发了《某某市家庭医生签约服务实施方案》（以下简称《方案》）。现就《方案》有关内容解读如下："
    doc = _one([
        "《某某市家庭医生签约服务实施方案》政策解读", "发布时间：2017-04-18",
        "相关文件：某某市卫生和计划生育委员会关于印发《某某市家庭医生签约服务实施方案》的通知（某卫基〔2017〕31号）",
        first, *BODY,
    ])
    assert _lines(doc)[0] == first


def test_a_caption_is_never_joined_to_the_paragraph_that_opens_with_the_time_of_day(tmp_path: Path) -> None:
    caption = "手术室器械护士与巡回护士在术前清点器械，每件器械需双人唱点两遍"
    later = "上午10点，医院护理部在门诊大厅设置了护理专科门诊宣传点，为前来就诊的群众提供专业咨询服务，受到了群众的欢迎。"
    doc = _page(tmp_path, "nurses.html", (
        '<html><head><meta charset="utf-8"><title>我院举办护士节活动 - 医院新闻 - 某某医院</title></head><body>'
        '<div class="article"><h1>我院举办护士节活动</h1><div class="info">发布时间：2023-05-12 来源：护理部</div>'
        f"<p>{LEAD}</p>"
        '<p style="text-align: center;"><img src="/a.jpg"></p>'
        f'<p style="text-align: center;">{caption}</p><p>{later}</p><p>{BODY[0]}</p></div></body></html>'
    ))
    assert later in _lines(doc)


def test_a_headline_s_double_dash_in_the_page_title_is_kept_whole(tmp_path: Path) -> None:
    headline = "九九重阳 义诊暖心——我院专家走进金桂社区为老人送健康"
    doc = _page(tmp_path, "old.html", (
        f'<html><head><meta charset="utf-8"><title>{headline} - 医院新闻 - 某某市第二人民医院</title></head><body>'
        f'<div class="content"><h1>{headline}<br /><span>2018-10-16 17:42:05&nbsp;&nbsp;来源：党委办公室&nbsp;&nbsp;点击：</span></h1>'
        f"<p>{LEAD}</p><p>{BODY[0]}</p><p>{BODY[1]}</p></div></body></html>"
    ))
    assert doc.title == headline


def test_a_crawler_s_title_with_the_site_after_a_bare_dash_finds_the_headline_line(tmp_path: Path) -> None:
    import json

    headline = "关于公布2020年度市级基层特色科室名单的通知"
    p = tmp_path / "notice.jsonl"
    p.write_text(json.dumps({
        "title": headline + "-某某市卫生健康委员会",
        "content": "\n".join([headline, "发布日期：2020-12-15", LEAD, *BODY]),
    }, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    assert doc.title == headline
    assert _lines(doc) == [LEAD, *BODY]


# -- portals' long tails, tables with blanks, closing notes ----------------------------------------


def test_a_tab_table_with_empty_cells_keeps_its_rows_and_its_blanks() -> None:
    """`星期五\\t\\t专家门诊`: the empty cell is a blank of the table, so the tabs stay and no row goes."""
    rows = ["时间\t上午\t下午", "星期一\t专家门诊", "星期三\t专家门诊\t特需门诊", "星期五\t\t专家门诊"]
    doc = _one(["心内科专家出诊安排", "2024-05-12", LEAD, *BODY, "出诊时间", *rows, "出诊地点：门诊楼三楼"])
    assert _lines(doc)[-5:] == ["出诊时间", *rows] or _lines(doc)[-6:-1] == ["出诊时间", *rows]
    assert "星期五\t\t专家门诊" in doc.text


def test_a_byline_in_brackets_over_a_portal_s_long_tail_names_the_authors() -> None:
    tail = ["[责任编辑：某某]", "分享到：", "相关新闻", *[f"某某市第{i}届运动会开幕 ({i:02d}-05)" for i in range(1, 13)],
            "热点排行", *[f"{i} 某某新闻标题第{i}条" for i in range(1, 11)], "网友评论", "已有0人参与",
            "关于我们 | 广告服务 | 联系我们 | 网站地图", "版权所有 某某网", "备案号：某ICP备12345678号"]
    doc = _one(["某旅组织实兵演练", "2012-06-11 08:30　来源：某某日报", LEAD, *BODY, "（通讯员 单某强 记者 柯某）", *tail])
    assert doc.authors == ["单某强", "柯某"]
    assert _lines(doc) == [LEAD, *BODY]


def test_a_related_links_box_inside_the_article_leaves_the_sub_heading_under_it() -> None:
    """`相关阅读：` and its headlines go; the article's own sub-heading right above the text it
    resumes with stays."""
    more = "据了解，多家担保机构正与银行协商，对小企业贷款实行风险分担，担保费率有望从百分之三降至百分之二左右。"
    doc = _one([
        "小企业贷款难有望缓解", "2009-03-12 07:30　来源：某某日报", LEAD, *BODY,
        "相关阅读：", "央行：2月新增人民币贷款1.07万亿元", "银监会发文要求加大对小企业信贷支持",
        "担保机构成为关键一环", more,
    ])
    assert _lines(doc) == [LEAD, *BODY, "担保机构成为关键一环", more]


def test_a_portal_s_counter_with_a_thousands_comma_and_a_row_of_bracketed_links_go() -> None:
    doc = _one(["[学校主页]  [数字校园]  [校长信箱]  [English]", "某某学院举行开学典礼", "2014-09-01 10:00　来源：某某日报",
                "有2,381人参与", LEAD, *BODY])
    assert "[学校主页]" not in doc.text and "有2,381人参与" not in doc.text
    assert _lines(doc)[-3:] == [LEAD, *BODY]


def test_a_bulletin_s_data_source_under_its_last_paragraph_stays() -> None:
    doc = _one(["2012年某某县卫生事业发展统计公报", "2013-04-02", LEAD, *BODY, "数据来源：某某县卫生统计信息中心", "打印本页 | 关闭窗口 | 返回顶部"])
    assert _lines(doc) == [LEAD, *BODY, "数据来源：某某县卫生统计信息中心"]


def test_bylines_of_units_and_townships_and_the_site_s_own_name_in_the_writer_field() -> None:
    doc = _one(["我院举行新生军训开营仪式", "发布时间：2006-9-12 10:24:32  来源：院办  作者：本站原创  浏览次数：", LEAD, *BODY, "（院办 谭某涛 报道）"])
    assert doc.authors == ["谭某涛"]
    doc = _one(["石门镇掀起春季农田水利基本建设热潮", "作者：石门镇 陈某东    来源：石门镇人民政府    更新时间：2012-3-6 10:21:35", LEAD, *BODY])
    assert doc.authors == ["陈某东"]


def test_a_magazine_named_with_its_issue_is_the_source() -> None:
    doc = _one(["秋季养生有讲究", "发布日期：2009-05-11　　浏览次数：1032", "文章来源：《大众健康》2009年第5期", LEAD, *BODY])
    assert doc.metadata.get("source_name") == "大众健康"


def test_a_roundup_with_a_table_of_every_unit_s_figures_still_splits() -> None:
    """`某某县人民医院：…` paragraphs, then a table whose rows open with the same names and hold only
    figures: the rows are no sections' headings, and each unit gets its record."""
    units = [
        ("县人民医院", "组织内科、外科、妇产科、眼科等12个科室的专家，在农贸市场和杨家坪村开展两场集中义诊，免费测量血压血糖、做心电图。"),
        ("县中医医院", "以中医药健康扶贫为主题，专家团队深入龙口乡7户因病致贫家庭上门巡诊，调整用药方案，现场教授艾灸等简便疗法。"),
        ("县疾病预防控制中心", "在城区文化广场设置结核病、艾滋病防治宣传咨询台，为群众开展免费结核病症状筛查，发放宣传折页1500余份。"),
    ]
    text = "\n".join([
        "我县开展服务百姓健康行动大型义诊活动周", "【来源：县卫生计生局 | 发布日期：2018-09-17】",
        "9月10日至16日，县卫生计生局组织全县各医疗卫生机构开展服务百姓健康行动大型义诊活动周，各单位结合自身特色，把义诊送到集镇和村组。",
        *(f"{name}：{news}" for name, news in units),
        "活动期间全县义诊情况如下：", "单位 义诊场次 服务人次", "县人民医院 2 960", "县中医医院 3 530", "县疾病预防控制中心 1 1100",
    ])
    from cleaner.model import institution_list

    docs = clean_text(text)
    named = [name for d in docs for name in institution_list(d.institution)]
    assert all(any(name in n for n in named) for name, _ in units), named


# -- page excerpts: e-papers, mirrors, content farms, tours -----------------------------------------


def test_a_notice_s_number_under_its_title_below_the_record_rows_leaves_the_title_read() -> None:
    doc = _one([
        "某某省卫生健康委员会", "Health Commission of Some Province", "无障碍", "长者版", "首页", "政务公开",
        "首页 > 政务公开 > 医政医管", "索引号", "014502219/2020-04415", "发布机构", "省卫生健康委医政医管处", "发布日期", "2020-10-26",
        "关于开展2020年度医疗机构依法执业自查工作的通知", "某卫医政字〔2020〕37号", "字号: 大 中 小",
        "各设区市卫生健康委，委属各医疗卫生单位：", LEAD, *BODY,
    ])
    assert doc.title == "关于开展2020年度医疗机构依法执业自查工作的通知"
    assert _lines(doc)[0] == "某卫医政字〔2020〕37号"


def test_a_column_s_guest_over_the_questions_is_no_title_and_the_asker_stays() -> None:
    question = "问:我家孩子5岁,入冬以来咳嗽一直没断,会不会是哮喘?(读者 葛女士)"
    doc = _one(["冬季儿童咳嗽问答", "2014-12-01", "本期嘉宾:某某市儿童医院呼吸科主任医师 骆某坚", question,
                "答:孩子咳嗽持续超过4周,要警惕咳嗽变异性哮喘,建议到医院做肺功能检查和过敏原检测。"])
    assert doc.title == "冬季儿童咳嗽问答"
    assert question in _lines(doc)


def test_a_headline_that_asks_over_its_dated_bar_is_the_title() -> None:
    doc = _one([
        "养生百科网", "首页 › 养生 › 饮食养生", "热门标签:高血压 糖尿病 痛风 失眠 减肥 甲状腺结节 幽门螺杆菌 补钙",
        "秋天吃柿子要注意什么?这几类人最好少吃(附医生建议)", "作者:佚名 来源:网络 更新时间:2023-10-16 阅读:5.2万", LEAD, *BODY,
    ])
    assert doc.title == "秋天吃柿子要注意什么?这几类人最好少吃(附医生建议)"
    assert doc.published == "2023-10-16"


def test_a_content_farm_s_title_line_leaves_its_column_and_site() -> None:
    doc = _one([
        "当前位置:首页 > 健康资讯 > 医院动态 > 正文",
        "某某县人民医院开展“世界肾脏日”义诊 百余名群众受益_医院动态_健康一点通",
        "时间:2018-03-09 16:42 来源:网络 作者:佚名 阅读:1328次", LEAD, *BODY,
    ])
    assert doc.title == "某某县人民医院开展“世界肾脏日”义诊 百余名群众受益"


def test_a_mirror_s_readings_in_its_bars_and_bylines_are_read_past_and_kept_in_the_text() -> None:
    """`來(lái)源:` and `心內(nèi)科 某某`: the fields are read as if the readings were not there; a
    reading inside the article stays, as the page shows it."""
    body = "7月上旬,市衛健委組成3個督查組,對全市6個區(qū)縣開展了為期一周的聯合督查,共檢查供水單位42家。"
    doc = _one(["夏季防溺水,這些知識要牢記!", "來(lái)源:區疾病預防控制中心 | 發布時間:2024-06-27 10:15:08 | 點擊:",
                "作者:心內(nèi)科 王某華", body, *BODY])
    assert doc.published == "2024-06-27T10:15:08"
    assert doc.metadata.get("source_name") == "區疾病預防控制中心"
    assert doc.authors == ["王某華"]
    assert _lines(doc)[0] == body


def test_a_mirror_s_note_on_its_first_line_leaves_the_head_read() -> None:
    doc = _one([
        "【繁體鏡像】本頁內容同步自原站,僅作繁體閱讀之用,如有出入請以原站為準。", "梧岡市腫瘤醫院",
        "首頁 醫院概況 新聞動態 科室導航 名醫團隊 患者服務 科研教學 黨建文化", "新聞動態 / 醫院要聞",
        "我院多學科診療門診正式開診", "發布時間:2022-03-18 09:30", LEAD, *BODY,
    ])
    assert doc.title == "我院多學科診療門診正式開診"
    assert doc.published == "2022-03-18T09:30"


def test_an_e_paper_s_date_line_with_its_pager_is_read() -> None:
    doc = _one([
        "首页 | 某某日报 | 某某晚报", "2015年10月09日 第A06版:健康周刊 上一期 下一期",
        "版面导航 | 第A01版:要闻 | 第A02版:综合 | 第A05版:社会 | 第A06版:健康周刊 | 第A07版:广告",
        "秋季腹泻高发 专家提醒注意饮食卫生", "作者:本报记者 何某某", LEAD, *BODY,
    ])
    assert doc.published == "2015-10-09"
    assert _lines(doc) == [LEAD, *BODY]


def test_a_reporter_s_tour_of_several_hospitals_stays_one_record() -> None:
    parts = [
        ("区人民医院:出院结算不再跑两趟", "在区人民医院住院部一楼，原来贴着异地医保请先垫付的告示已经撤下，从邻省来务工的吴师傅刚办完出院手续，费用当场结清。"),
        ("区中医院:中药代煎也能直接报", "区中医院收费处负责人介绍，医院对门诊系统进行了升级，异地参保患者的中药代煎费用也能直接结算，不用再回参保地报销。"),
        ("某某镇中心卫生院:在家门口看到明白账", "记者最后来到离城区30公里的某某镇中心卫生院，收费窗口的电子屏上滚动显示着异地就医结算的流程和报销比例。"),
    ]
    doc_lines = ["异地就医结算落地见效", "2019-12-10 来源:某某新闻网",
                 "12月1日起，某某区全面实行医保异地就医一站式结算。政策落地后效果如何？连日来，记者走访了区内三家医疗机构。"]
    for head, text in parts:
        doc_lines += [head, text]
    docs = clean_text("\n".join(doc_lines))
    assert len(docs) == 1
    assert all(head in _lines(docs[0]) for head, _ in parts)


def test_party_branches_of_several_hospitals_in_one_party_building_story_stay_one_record() -> None:
    branches = [
        "市疾控中心党支部结合健康城市创建，组织党员到12所中小学开展传染病防控知识宣讲，覆盖师生1.6万余人。",
        "市妇幼保健院党支部结合孕产妇健康管理，开通了党员先锋热线，由党员医生轮流值守，全天候为孕产妇答疑解惑。",
        "市中医院内科党支部党员、副主任医师谭某峰在发言中说，下沉社区坐诊让他对基层群众的健康需求有了更直观的认识。",
    ]
    docs = clean_text("\n".join(["卫生健康系统党建工作推进会召开", "2022-06-10", LEAD, *branches]))
    assert len(docs) == 1


def test_an_info_bar_split_a_cell_a_line_leaves_the_headline_over_it_the_title() -> None:
    doc = _one(["新闻 > 综合新闻 > 正文", "新图书馆主体结构顺利封顶", "发布时间：", "2011-09-28 15:21", "点击：", "856",
                "文/王某群 图/陈某", LEAD, *BODY])
    assert doc.title == "新图书馆主体结构顺利封顶"
    assert doc.published == "2011-09-28T15:21"


def test_a_video_page_s_length_over_its_credits_is_no_title() -> None:
    doc = _one(["家庭医生上门签约 慢病老人有了健康管家", "静音", "视频时长:03:12",
                "记者:章某为 许某 剪辑:向某 责任编辑:丁某 审核:曹某彬", LEAD, *BODY])
    assert doc.title == "家庭医生上门签约 慢病老人有了健康管家"


def test_a_headline_naming_the_reporter_s_deed_is_a_title() -> None:
    doc = _one(["您现在的位置：某某网 >> 新闻中心 >> 本地新闻", "今冬供热提前五天 老旧小区暖气“热不热”记者实地探访",
                "2008-11-05 09:15:32　来源：某某网　作者：王某伟 赵某　编辑：孙某鸣", LEAD, *BODY])
    assert doc.title == "今冬供热提前五天 老旧小区暖气“热不热”记者实地探访"


def test_a_site_s_name_joined_to_its_parent_s_over_the_headline_is_no_title() -> None:
    doc = _one(["首页 某某 民生 健康 图片", "某某新闻网-某某县融媒体中心", "县域医共体专家3月下沉坐诊时间表出炉 附各卫生院排班",
                "2022-02-28 15:06 来源:某某县卫生健康局", LEAD, *BODY])
    assert doc.title == "县域医共体专家3月下沉坐诊时间表出炉 附各卫生院排班"


def test_a_forum_post_s_first_paragraph_with_a_date_inside_ends_the_box_above_it() -> None:
    """A box of links under `排行榜` over the post: the post's first paragraph, though it names a year and
    a month, is body text again, and stays."""
    first = "车是2010年8月提的锐驰1.6手动舒适版，到今天表显30126公里。上周末去做了三万公里保养，顺便把前刹车片也换了，写个作业给同款的车友参考。"
    doc = _one(["锐驰1.6三万公里保养全记录", "2012-05-06 14:22", "排行榜", "搜索", "热搜:", "保养", "改装", "自驾", first, *BODY])
    assert first in _lines(doc)


def test_a_table_a_cell_a_line_with_blank_cells_marked_by_dashes_stays() -> None:
    from cleaner.filters.blockmodel import _cell_table

    cells = ["指标", "总量（亿元）", "同比增长（%）", "地区生产总值", "3186.4", "9.6", "规模以上工业增加值", "—", "13.4",
             "固定资产投资", "—", "7.9", "社会消费品零售总额", "1217.5", "15.3"]
    assert _cell_table(cells) == len(cells)


def test_an_article_stored_in_a_hidden_textarea_for_the_page_s_script_is_read(tmp_path: Path) -> None:
    stored = "".join(f"&lt;p&gt;{t}&lt;/p&gt;" for t in (LEAD, *BODY))
    doc = _page(tmp_path, "stored.html", (
        '<html><head><meta charset="utf-8"><title>护士节义诊走进门诊大厅_某某网</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div><h1>护士节义诊走进门诊大厅</h1>'
        f'<textarea class="article-content" style="display:none">{stored}</textarea>'
        '<article><section data-type="rtext"></section></article></body></html>'
    ))
    assert _lines(doc) == [LEAD, *BODY]


def test_a_like_button_glued_after_the_source_is_no_part_of_it() -> None:
    doc = _one(["电梯加装难题破解", "2017-09-20 16:32 来源：某某新闻赞91", LEAD, *BODY])
    assert doc.metadata.get("source_name") == "某某新闻"


def test_an_info_bar_a_label_over_its_value_gives_source_and_writer() -> None:
    doc = _one(["全市中小学校园安全工作会议召开", "发布时间：", "2012年09月06日 16:22", "来源：", "某某市教育局", "作者：", "杨某春",
                LEAD, *BODY])
    assert doc.title == "全市中小学校园安全工作会议召开"
    assert (doc.metadata.get("source_name"), doc.authors) == ("某某市教育局", ["杨某春"])
    assert _lines(doc) == [LEAD, *BODY]


def test_a_repost_card_with_the_writer_s_department_and_a_writer_s_post_name_one_writer() -> None:
    doc = _one(["春季血压波动大,这几类人要格外当心", "2019-03-14 16:22", "以下文章来源于某某县人民医院 ,作者心内科 邓某雯", LEAD, *BODY])
    assert doc.authors == ["邓某雯"]
    assert doc.metadata.get("source_name") == "某某县人民医院"
    doc = _one(["早餐这样吃最健康", "2018-05-02", "作者 | 彭某琳 某某市中心医院营养科主任", "编辑 | 小杏", LEAD, *BODY])
    assert doc.authors == ["彭某琳"]


def test_a_forum_thread_s_subject_under_its_board_s_breadcrumb_is_the_title() -> None:
    subject = "【作业】锐驰1.6三万公里保养全记录，附费用明细"
    doc = _one([
        f"{subject} - 锐驰车友会 - 某某车友论坛 - Powered by Discuz!", "某某车友论坛", "设为首页", "登录", "注册",
        "某某车友论坛 » 论坛 › 品牌车友会 › 锐驰车友会 › 【作业】锐驰1.6三万公里保养全记录，附费 ...", "返回列表", "发新帖",
        "查看: 5632|回复: 48", "[保养作业]", f"{subject} [复制链接]", "楼主", "发表于 2012-5-6 14:22:31", LEAD, *BODY,
    ])
    assert doc.title == subject


def test_an_e_paper_headline_over_its_longer_subtitle_and_the_page_s_other_stories() -> None:
    doc = _one([
        "本版其他文章: 乡镇卫生院将全部配备B超机 | 冬季进补莫盲目 | 图片新闻", "新农合报销比例再提高",
        "住院最高可报销七成 大病补偿封顶线提至8万元", "日期:2010-11-02 来源:某某日报 作者:记者 孔某辉 通讯员 石某燕", LEAD, *BODY,
    ])
    assert doc.title == "新农合报销比例再提高"
    assert doc.metadata.get("subtitle") == "住院最高可报销七成 大病补偿封顶线提至8万元"
    assert _lines(doc) == [LEAD, *BODY]


def test_a_digest_s_first_item_keeps_its_bulleted_institution_and_its_headline() -> None:
    items = [
        ("■青屿市第一人民医院", "免费为千名老人筛查骨质疏松", "近日，青屿市第一人民医院骨科、内分泌科联合开展关爱骨骼健康公益筛查活动，为全市60岁以上老人免费检测骨密度。"),
        ("■青屿市中医院", "针灸推拿科获评省级重点专科", "日前，省卫生厅公布了第三批省级中医重点专科名单，青屿市中医院针灸推拿科名列其中，该科现有床位40张。"),
        ("■青屿市儿童医院", "新生儿重症监护室扩容", "为缓解新生儿重症床位紧张的状况，青屿市儿童医院新生儿重症监护室完成扩建，床位由30张增至45张。"),
    ]
    text = "\n".join(["某某日报 数字报刊平台", "【第11版 健康·医讯】  2013-10-15", "上一版 | 下一版 | 返回首页 | 版面图", "医讯",
                     *(ln for item in items for ln in item)])
    docs = clean_text(text)
    from cleaner.model import institution_list

    first = next(d for d in docs if "青屿市第一人民医院" in institution_list(d.institution))
    assert "免费为千名老人筛查骨质疏松" in _lines(first) or first.title == "免费为千名老人筛查骨质疏松"


def test_a_paper_s_three_deck_headline_over_its_dated_story_and_the_issue_s_date_above_a_long_head() -> None:
    lead = "本报讯(记者 周某 通讯员 韩某新)记者从省卫生计生委获悉,截至今年2月底,全省已有41家县级医院建成胸痛中心并投入运行。"
    doc = _one([
        "首页 | 数字报 | 往期回顾 | 报纸导航 | 订阅服务", "某某日报 2015年03月12日 星期四", "第A06版:健康周刊", "上一版  下一版", "本版导读",
        "· 春季过敏高发 专家支招科学防护", "· 县级医院胸痛中心建设提速", "· 社区家庭医生签约服务覆盖六成居民", "· 健康小贴士",
        "返回目录 | 放大 缩小 默认 | 打印本页", "我省基层急救再添“新力量”", "县级医院胸痛中心建设提速", "今年底前实现县域全覆盖", lead, *BODY,
    ])
    assert doc.title == "县级医院胸痛中心建设提速"
    assert (doc.metadata.get("kicker"), doc.metadata.get("subtitle")) == ("我省基层急救再添“新力量”", "今年底前实现县域全覆盖")
    assert doc.published == "2015-03-12"

