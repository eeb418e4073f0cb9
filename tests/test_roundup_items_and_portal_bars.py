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


def test_a_markdown_export_s_logo_menu_and_level_two_headline() -> None:
    """A converter's Markdown: the site's logo as an image line, its menu as links, the headline as
    `## `, then the info bar; and the roundup's items as `### 【某某医院】headline`."""
    text = "\n".join([
        "![某某市卫生健康委员会](http://wjw.example.gov.cn/images/top_logo.png)",
        "[首页](http://wjw.example.gov.cn/) [机构概况](http://wjw.example.gov.cn/jggk/) [政务公开](http://wjw.example.gov.cn/zwgk/)",
        "## 青江市医疗机构工作简讯（2024年第5期）",
        "2024-05-17 15:30 | 来源：市卫生健康委医政医管科 | 【字体：大 中 小】",
        "### 【青江市第一人民医院】完成全市首例机器人辅助膝关节置换术",
        "5月10日，青江市第一人民医院关节外科团队借助骨科手术机器人，为一名68岁患者完成膝关节置换术，术后第二天患者即下床活动。",
        "### 【青江市中医院】“中医药文化进校园”活动启动",
        "5月13日，青江市中医院联合市教育局在实验小学启动“中医药文化进校园”系列活动，首场活动吸引了三百余名学生参加。",
        "### 【青江市精神卫生中心】开通24小时心理援助热线",
        "为满足群众日益增长的心理健康服务需求，青江市精神卫生中心心理援助热线自5月15日起实行24小时值守。",
    ])
    docs = clean_text(text)
    places = _by_place(docs)
    assert set(places) == {"青江市第一人民医院", "青江市中医院", "青江市精神卫生中心"}
    assert places["青江市中医院"].title == "“中医药文化进校园”活动启动"
    assert all(d.published == "2024-05-17T15:30" for d in docs)
    assert all(d.metadata.get("source_name") == "市卫生健康委医政医管科" for d in docs)
    assert not any("](" in d.text or "###" in d.text for d in docs)


def test_a_template_s_empty_attachment_field_is_chrome_and_a_notice_s_address_under_its_signature_too() -> None:
    text = "\n".join([
        "关于开展2017年公开招聘工作的公告",
        "发布时间：2017-06-20",
        "因工作需要，经研究决定，我院面向社会公开招聘专业技术人员12名，现将有关事项公告如下，请符合条件的人员按要求报名。",
        "一、报名时间：2017年6月21日至6月30日。",
        "联系人：龚老师　联系电话：0736-5312087",
        "附件：无",
        "某某县第二人民医院",
        "2017年6月20日",
        "医院地址：某某县楚江镇宝峰路168号",
        "急救电话：0736-5310120",
    ])
    (doc,) = clean_text(text)
    lines = _lines(doc)
    assert lines[-1] == "2017年6月20日"
    assert "附件：无" not in lines
    assert "联系人：龚老师　联系电话：0736-5312087" in lines


def test_a_table_written_a_cell_a_line_keeps_two_equal_cells_side_by_side() -> None:
    """A holiday timetable a cell a line: two clinics open all day on the same date say
    `全天正常开诊` twice in a row, and both cells stay."""
    rows = [("2月15日（初六）", "上午8:00-12:00", "上午8:00-12:00", "24小时开放"),
            ("2月16日（初七）", "上午8:00-12:00", "上午8:00-12:00", "24小时开放"),
            ("2月17日（初八）", "全天正常开诊", "全天正常开诊", "24小时开放")]
    text = "\n".join([
        "关于2018年春节期间门诊安排的通知",
        "发布时间：2018-02-10",
        "为方便广大患者就医，经研究决定，现将我院春节期间门诊安排通知如下，请相互转告。",
        "日期", "普通门诊", "专家门诊", "急诊",
        *[cell for row in rows for cell in row],
        "春节期间急诊、住院部正常运行，请患者合理安排就诊时间。",
    ])
    (doc,) = clean_text(text)
    lines = _lines(doc)
    assert lines.count("全天正常开诊") == 2
    assert lines.count("24小时开放") == 3


def test_a_government_page_s_headline_in_its_title_element(tmp_path: Path) -> None:
    """A <title> that is only the site's name (`云岭省统计局`, `中国·某某县政府门户网站`): the headline is
    the page's title element, even one ending like a site's name (`…统计公报`)."""
    for page_title, cls, headline in [
        ("云岭省统计局", "detail-title", "2015年云岭省国民经济和社会发展统计公报"),
        ("中国·某某县政府门户网站", "bt", "县政府召开抗震救灾物资发放工作推进会"),
    ]:
        html = f"""<html><head><title>{page_title}</title></head><body>
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/xw/">新闻</a></div>
<div class="detail"><div class="{cls}">{headline}</div>
<div class="detail-meta">发布日期：2016-02-26 10:00　　来源：某某办公室</div>
<div class="TRS_Editor"><p>{LEAD}</p><p>{BODY[0]}</p><p>{BODY[1]}</p></div></div></body></html>"""
        p = tmp_path / f"{cls}.html"
        p.write_text(html, encoding="utf-8")
        (doc,) = clean([str(p)]).documents
        assert doc.title == headline
        assert doc.metadata.get("source_name") == "某某办公室"


def test_a_crawler_line_with_only_its_page_s_html_is_read_as_a_page(tmp_path: Path) -> None:
    """`{"id": …, "html": "<!DOCTYPE html>…"}` with no text field: the page is read, as with
    `--html-key html`."""
    import json

    page = f"""<!DOCTYPE html><html><head><title>城际铁路今日开通_某某新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/sports/">体育</a></div>
<h1>城际铁路今日开通</h1><div class="info">2012-12-26 08:30 来源：某某日报</div>
<div class="content"><p>{LEAD}</p><p>{BODY[0]}</p><p>{BODY[1]}</p></div></body></html>"""
    p = tmp_path / "dump.jsonl"
    p.write_text(json.dumps({"id": "n-1", "html": page}, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    assert doc.title == "城际铁路今日开通"
    assert _lines(doc) == [LEAD, *BODY]
    assert "html" not in doc.metadata


def test_a_date_line_with_its_weekday_and_time_is_the_date() -> None:
    (doc,) = clean_text("\n".join(["城际铁路今日开通", "2018年4月3日（星期二）　11:25", LEAD, *BODY]))
    assert doc.published == "2018-04-03T11:25"
    assert _lines(doc)[0] == LEAD


def test_a_markdown_page_with_the_site_in_its_level_one_heading() -> None:
    """`# 某某医院` is the site, `## headline` over the info bar the title; the converter's
    escapes (`1\\.`, `\\(…\\)`) leave the text and a share bar kept as links goes."""
    text = "\n".join([
        "# 青江市第二人民医院",
        "[首页](http://www.example.com/) | [新闻中心](http://www.example.com/xwzx/)",
        "## 我院成功完成首例经导管主动脉瓣置换术",
        "发布时间：2019-03-14 09:32　　来源：心血管内科　　作者：刘某宁",
        LEAD,
        "1\\. 术前评估\\(共三项\\)已全部完成，患者术后恢复良好。",
        BODY[1],
        '分享到：[](javascript:; "分享到微信") [](javascript:; "分享到新浪微博") [](javascript:; "分享到QQ空间")',
    ])
    (doc,) = clean_text(text)
    assert doc.title == "我院成功完成首例经导管主动脉瓣置换术"
    assert doc.metadata.get("banner") == "青江市第二人民医院"
    assert doc.published == "2019-03-14T09:32"
    assert _lines(doc) == [LEAD, "1. 术前评估(共三项)已全部完成，患者术后恢复良好。", BODY[1]]


def test_a_commission_s_programme_with_a_picture_at_one_centre_stays_one_record() -> None:
    text = "\n".join([
        "社区脑卒中筛查启动 40岁以上居民可免费检查",
        "2023-09-12 10:20 来源：某某新闻",
        "近日，青江区卫生健康委员会印发《2023年社区脑卒中高危人群筛查与干预工作方案》。9月起，全区12家社区卫生服务中心将为辖区40岁以上常住居民开展免费筛查。",
        "9月11日，青江区新桥街道社区卫生服务中心，医务人员为居民进行颈动脉超声检查。",
        "区卫健委提醒，出现口角歪斜、一侧肢体无力等症状时，要立即拨打120，尽快送医。",
    ])
    docs = clean_text(text)
    assert len(docs) == 1
    assert docs[0].title == "社区脑卒中筛查启动 40岁以上居民可免费检查"


def test_a_paper_s_byline_line_with_its_correspondent_and_report_word_leaves_the_text() -> None:
    text = "\n".join(["城际铁路今日开通", "2022-08-08 07:30 来源：某某日报", "□本报记者 李某东 本报通讯员 王某蕾 报道", LEAD, *BODY])
    (doc,) = clean_text(text)
    assert doc.authors == ["李某东", "王某蕾"]
    assert _lines(doc) == [LEAD, *BODY]


def test_a_cms_code_in_the_author_meta_and_an_outlet_before_a_photographer(tmp_path: Path) -> None:
    html = f"""<html><head><title>茶园用上物联网_某某网</title><meta name="author" content="F_200784" /></head><body>
<h1>茶园用上物联网</h1><div class="info">2019年04月16日08:37 来源：某某网</div>
<div class="rm_txt_con"><p>{LEAD}</p>
<p style="text-align: center;"><img src="/a.jpg" /></p>
<p class="pic_c" style="text-align: center;">4月12日，茶农在物联网监测杆旁查看手机上的预警信息。某某网 王某川摄</p>
<p>{BODY[0]}</p><p>{BODY[1]}</p></div></body></html>"""
    p = tmp_path / "tea.html"
    p.write_text(html, encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    assert doc.authors == []
    assert not any("某某网" in ln and "预警" in ln for ln in _lines(doc))
    assert BODY[0] in _lines(doc)


def test_a_doctor_s_profile_page_is_titled_with_the_doctor_s_name() -> None:
    text = "\n".join([
        "首页 > 专家介绍 > 内科系统",
        "专家介绍",
        "卢某华",
        "发布时间：2020-10-12   来源：人力资源部   浏览：3021",
        "卢某华，主任医师，教授，硕士研究生导师，神经内科主任，从事神经内科临床工作三十余年。",
        "擅长：脑血管病、癫痫、帕金森病的诊断与治疗。",
    ])
    (doc,) = clean_text(text)
    assert doc.title == "卢某华"
    assert doc.authors == []
    assert _lines(doc)[0].startswith("卢某华，主任医师")
    assert not any(ln == "专家介绍" for ln in _lines(doc))


def test_a_roundup_whose_items_name_their_correspondent_under_each_heading() -> None:
    """`### 某某医院：headline` then `通讯员 某某` on its own line, item after item: the page's headline
    stays the roundup's, every hospital has its record and each record its own correspondent."""
    text = "\n".join([
        "当前位置：首页 > 新闻中心 > 医共体动态",
        "医共体成员单位工作动态（2023年第8期）",
        "时间：2023-08-29 16:05  来源：某某县医疗健康集团办公室  点击：1,206",
        "### 青江县人民医院：县域首例经皮冠状动脉介入治疗在家门口完成",
        "通讯员 覃某远",
        "8月21日，青江县人民医院心血管内科成功为一名急性心肌梗死患者实施经皮冠状动脉介入治疗，患者转危为安。",
        "### 青江县中医医院：“中医康复进乡村”活动走进龙溪镇",
        "通讯员 罗某静 莫某",
        "8月24日，青江县中医医院康复科团队走进龙溪镇，为村民提供针灸、推拿等中医康复服务，惠及群众150余人。",
        "### 青江县龙溪镇中心卫生院：数字化影像室正式投入使用",
        "通讯员 梁某菊",
        "8月25日，青江县龙溪镇中心卫生院数字化影像室正式投入使用，配备DR设备一台，群众在家门口就能拍片。",
    ])
    docs = clean_text(text)
    places = _by_place(docs)
    assert set(places) == {"青江县人民医院", "青江县中医医院", "青江县龙溪镇中心卫生院"}
    assert places["青江县人民医院"].authors == ["覃某远"]
    assert places["青江县中医医院"].authors == ["罗某静", "莫某"]
    assert places["青江县龙溪镇中心卫生院"].authors == ["梁某菊"]
    assert all(d.metadata.get("roundup_title") == "医共体成员单位工作动态（2023年第8期）" for d in places.values())


def test_a_breadcrumb_label_with_its_colon_set_apart_and_a_headline_with_a_tag() -> None:
    """`您当前的位置 ：` over its items, one a line, opens no body; a headline ending in a tag
    (`（求助帖）`) is still the headline over its stamp; a blog's stamp with its digits spaced."""
    text = "\n".join([
        "您当前的位置 ：", "首页", ">", "本地",
        "暴雨过后，社区志愿者连夜清淤 保住街巷通行",
        "来源：某某日报　作者：陈某远　发布时间：2019-08-11 07:35:22",
        LEAD, *BODY,
    ])
    (doc,) = clean_text(text)
    assert doc.title == "暴雨过后，社区志愿者连夜清淤 保住街巷通行"
    assert doc.published == "2019-08-11T07:35:22"
    assert doc.metadata.get("source_name") == "某某日报"
    (post,) = clean_text("\n".join([
        "小区物业要把绿地改成停车位，业主们该怎么办？（求助帖）",
        "作者：风过竹林2010 提交日期：2010-6-22 10:15:33 访问：3256 回复：48",
        LEAD, *BODY,
    ]))
    assert post.title == "小区物业要把绿地改成停车位，业主们该怎么办？（求助帖）"
    assert post.published == "2010-06-22T10:15:33"
    (blog,) = clean_text("\n".join(["徽州三日：在杏溪村住了两晚", "发表于 2012 年 5 月 19 日 由 老周", LEAD, *BODY]))
    assert blog.published == "2012-05-19"
    assert blog.authors == ["老周"]


def test_a_story_quoting_a_centre_s_deputy_head_stays_one_record() -> None:
    text = "\n".join([
        "流感进入高发期 儿童医院门诊量大增",
        "2015-12-08 14:20 来源：某某新闻网",
        "入冬以来，全省流感活动水平明显上升，各大医院儿科门诊量持续走高，不少家长带着孩子排队就诊。",
        "在青江省儿童医院，门诊大厅从早上7点开始就排起长队。该院呼吸科主任医师潘某新告诉记者，近期就诊的患儿以乙型流感为主。",
        "青江省疾控中心免疫规划所副所长宁某伟表示，接种流感疫苗是预防流感最经济有效的手段，目前接种仍不算晚。",
        "专家提醒，家长要注意孩子的体温变化，出现持续高热、精神差等情况时应及时就医。",
    ])
    docs = clean_text(text)
    assert len(docs) == 1


def test_a_header_greeting_split_from_its_date_and_a_related_item_with_its_stamp() -> None:
    """`您好，今天是` over the day it shows, then the site's columns: the headline over its bar is
    the title, the page's date the bar's; a related item's headline with `(YYYY/MM/DD HH:MM)` goes."""
    text = "\n".join([
        "某某县妇幼保健院",
        "您好，今天是",
        "2010年11月8日",
        "网站首页　|　本院概况　|　新闻动态　|　联系我们",
        "本院新闻",
        "我院顺利通过“爱婴医院”复核评估",
        "[2010-11-05]　文章来源：院办公室　录入：admin　点击数：287",
        LEAD,
        *BODY,
        "相关链接",
        "某地：去年外出人员返乡创业过万人(2006/02/27 10:31)",
        "某部门：鼓励农民工返乡创业 (2006/01/19 16:05)",
    ])
    (doc,) = clean_text(text)
    assert doc.title == "我院顺利通过“爱婴医院”复核评估"
    assert doc.published == "2010-11-05"
    assert _lines(doc) == [LEAD, *BODY]


def test_an_open_information_record_table_a_cell_a_line_leaves_with_its_values() -> None:
    """`发布机构：` over `某某区人民政府办公室`, `成文日期：` over its day, `文号：` over the number, then
    `发布日期：` and the title: the rows go with their values, the publisher is the source."""
    text = "\n".join([
        "当前位置：首页 > 政务公开 > 政策文件",
        "发布机构：", "某某区人民政府办公室",
        "成文日期：", "2017-10-26",
        "文号：", "某政办发〔2017〕37号",
        "发布日期：", "2017-10-27",
        "某某区人民政府办公室关于做好冬季供暖保障工作的通知",
        "各街道办事处、镇人民政府，区政府各部门：",
        "为切实做好今冬明春供暖保障工作，确保广大群众温暖过冬，经区政府同意，现就有关事项通知如下。",
        "一、全区集中供暖时间为2017年11月15日至2018年3月15日。",
    ])
    (doc,) = clean_text(text)
    assert doc.title == "某某区人民政府办公室关于做好冬季供暖保障工作的通知"
    assert doc.published == "2017-10-27"
    assert doc.metadata.get("source_name") == "某某区人民政府办公室"
    assert _lines(doc)[0] == "各街道办事处、镇人民政府，区政府各部门："
