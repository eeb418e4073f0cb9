"""Side boxes, info bars, sign-offs and sources in the shapes hospital sites, portals, blogs,
forums and channel exports print them: each test is a page written for the project, and what a
user reads in the record (title, date, writers, source, text, records) is checked."""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.api import clean, clean_text
from cleaner.model import Document, institution_list

BODY = [
    "3月12日上午，某某县人民医院组织内科、外科、儿科等科室的12名专家来到城南社区开展义诊活动。",
    "专家们为前来就诊的居民测量血压、血糖，耐心解答健康问题，并发放健康宣传资料300余份。",
    "据了解，该院今年将每月开展一次进社区义诊，把优质医疗服务送到群众家门口。",
]


def _write(tmp: Path, name: str, text: str, encoding: str = "utf-8") -> str:
    p = tmp / name
    p.write_text(text, encoding=encoding)
    return str(p)


def _one(tmp: Path, name: str, text: str) -> Document:
    (doc,) = clean([_write(tmp, name, text)]).documents
    return doc


def _lines(doc: Document) -> list[str]:
    return [ln.strip() for ln in doc.text.split("\n") if ln.strip()]


def test_an_info_bar_that_opens_with_who_posted_it_gives_the_title_and_the_date() -> None:
    """`发布人:科研办  发布时间:…  浏览:` under a lecture notice's headline, its fields (报告题目:,
    报告人:) right under the bar: the bar is the page's, not a speaker's line of the notice."""
    text = "\n".join([
        "学术活动",
        "【学术讲座】肠道菌群与代谢性疾病——青年学者论坛第12期",
        "发布人：科研办    发布时间：2021年4月6日 15:20    浏览：",
        "报告题目：肠道菌群与代谢性疾病",
        "报告人：某某某 研究员",
        "时间：2021年4月9日（周五）14:30",
        "地点：科研楼一楼报告厅",
        "肠道菌群与肥胖、糖尿病等代谢性疾病关系密切。报告将介绍课题组近年来在菌群代谢物调控宿主能量代谢方面的研究进展。",
    ])
    (doc,) = clean_text(text)
    assert doc.title == "【学术讲座】肠道菌群与代谢性疾病——青年学者论坛第12期"
    assert doc.published == "2021-04-06T15:20"
    assert "报告人：某某某 研究员" in _lines(doc)
    assert not any("发布人" in ln for ln in _lines(doc))


def test_a_press_conference_speaker_under_its_time_and_place_stays_the_notice_s() -> None:
    """…while `发布人:某某委员会副主任 某某` among 时间:, 地点: is the conference's own field."""
    text = "\n".join([
        "某某市新冠疫苗接种工作新闻发布会",
        "时间：2021年3月30日 10:00",
        "地点：市政府新闻发布厅",
        "发布人：市卫生健康委员会副主任 某某某",
        "市卫生健康委员会副主任某某某介绍，截至3月29日，全市累计接种新冠疫苗32.6万剂次，接种工作平稳有序。",
    ])
    (doc,) = clean_text(text)
    assert "发布人：市卫生健康委员会副主任 某某某" in _lines(doc)


def test_a_letter_s_closing_signature_and_its_place_and_time_stay() -> None:
    """A letter published as an article, signed `女儿:某某` over `2020年2月13日夜于武汉`: both the
    letter's, above the page's editor credit."""
    text = "\n".join([
        "援鄂护士写给妈妈的一封信",
        "2020-02-14 15:32 来源：护理部",
        "亲爱的妈妈：",
        "见字如面。这是我来到武汉的第十天，病房里的工作已经慢慢上手了，同事们都很照顾我，您不要担心。",
        "等这里的病人都好了，我就回家，到时候您给我包一大盘白菜猪肉饺子。",
        "女儿：晓琳",
        "2020年2月13日夜于武汉",
        "责任编辑：某某",
    ])
    (doc,) = clean_text(text)
    lines = _lines(doc)
    assert lines[-2:] == ["女儿：晓琳", "2020年2月13日夜于武汉"]


def test_a_writer_signing_off_with_the_day_is_the_author() -> None:
    """A blog post signed under its last paragraph (`——郑某某 2009年4月12日夜`): the line stays
    and the writer is the author."""
    text = "\n".join([
        "一位老人髋部骨折后的四十八小时",
        "(2009-04-12 21:33:05)",
        *BODY,
        "写到这里已经快十二点了，明天还有三台手术，先睡了。",
        "——郑立新 2009年4月12日夜",
    ])
    (doc,) = clean_text(text)
    assert doc.authors == ["郑立新"]
    assert _lines(doc)[-1] == "——郑立新 2009年4月12日夜"


def test_a_jsonl_title_without_the_headline_s_closing_mark_still_finds_its_line(tmp_path: Path) -> None:
    """A scraper's title field that drops the headline's `!`: the page's own headline line is the
    title and leaves the text."""
    record = {
        "title": "义诊｜6月15日，省城专家来我院坐诊",
        "content": "某某县中医医院 某某县中医医院\n2024-06-11 09:05\n义诊｜6月15日，省城专家来我院坐诊！\n" + "\n".join(BODY),
    }
    (doc,) = clean([_write(tmp_path, "feed.jsonl", json.dumps(record, ensure_ascii=False) + "\n")]).documents
    assert doc.title == "义诊｜6月15日，省城专家来我院坐诊！"
    assert _lines(doc)[0] == BODY[0]


def test_a_repost_card_names_the_source_and_a_desk_is_no_writer() -> None:
    """A channel account's repost (`以下文章来源于某某医保 ,作者医保宣传`) under the reposting
    account's line: the card's account is the source, the reposter is kept as the account, and
    a desk's byline names no writer."""
    text = "\n".join([
        "某某健康 2024-06-30 18:20 湖南",
        "以下文章来源于某某医保 ，作者医保宣传",
        "某某医保 .",
        "某某市医保门诊慢特病待遇调整，7月1日起执行",
        "近日，某某市医疗保障局印发通知，对门诊慢特病待遇进行调整，自2024年7月1日起执行。",
        "一是扩大病种范围，新增3个病种。二是提高报销比例。三是简化认定程序。",
        "来源：某某医保",
    ])
    (doc,) = clean_text(text)
    assert doc.metadata["source_name"] == "某某医保"
    assert doc.metadata["account_name"] == "某某健康"
    assert doc.authors == []


def test_who_takes_objections_over_the_phone_to_call_stays_the_notice_s() -> None:
    """`受理单位:某某处` over `联系电话:…` at the end of a notice: its contact block, not a row of
    a government page's record table."""
    text = "\n".join([
        "关于某某等同志拟聘任主任医师的公示",
        "经个人申报、单位推荐、评审委员会评审，拟聘任某某等12名同志为主任医师，现予以公示。",
        "公示期间，如有异议，请以书面形式向受理单位反映。",
        "受理单位：某某省卫生健康委员会人事处",
        "联系电话：0000-12345678",
        "通讯地址：某某市某某路100号",
    ])
    (doc,) = clean_text(text)
    assert "受理单位：某某省卫生健康委员会人事处" in _lines(doc)


ROUNDUP = [
    "3月24日是世界防治结核病日，学院各附属医院结合自身特点，开展了形式多样的宣传活动。",
    "临江医学院附属医院",
    "附属医院呼吸科在门诊大厅设立咨询台，医护人员为来往群众讲解结核病的主要症状，发放宣传折页600余份。",
    "临江医学院附属第二医院",
    "附属第二医院组织青年医生走进建筑工地，为160余名务工人员进行免费胸部X线检查。",
    "临江医学院附属妇幼保健院",
    "附属妇幼保健院重点面向孕产妇开展宣传，产科医生提醒孕妇如有长期咳嗽应及时告知产检医生。",
]


def test_a_college_s_maternal_and_child_hospital_heads_its_own_part() -> None:
    docs = clean_text("\n".join(ROUNDUP))
    names = [institution_list(d.institution) for d in docs]
    assert ["临江医学院附属妇幼保健院"] in names
    mch = next(d for d in docs if institution_list(d.institution) == ["临江医学院附属妇幼保健院"])
    assert "孕产妇" in mch.text and "务工人员" not in mch.text


def test_a_holiday_timetable_per_hospital_with_its_phone_is_a_roundup() -> None:
    """Each hospital's name on its line, its holiday hours in a sentence or two and its phone
    under them: one record per hospital."""
    text = "\n".join([
        "“五一”劳动节即将到来，现将全市主要医院假期门诊安排公布，方便市民就医。",
        "青禾市人民医院",
        "4月30日、5月1日普通门诊停诊，开放儿科、妇产科专家门诊（上午）。",
        "咨询电话：0000-7221120",
        "青禾市中医医院",
        "假期每天上午开放中医内科、针灸推拿科门诊，膏方门诊暂停。",
        "咨询电话：0000-7235566",
        "青禾市第三人民医院",
        "精神心理门诊假期每天上午开诊；互联网医院假期不打烊。",
        "咨询电话：0000-7260012",
    ])
    docs = clean_text(text)
    got = [institution_list(d.institution) for d in docs]
    for name in ("青禾市人民医院", "青禾市中医医院", "青禾市第三人民医院"):
        assert [name] in got


def test_a_directory_of_hospitals_with_hours_and_phones_stays_one_record() -> None:
    """…while names over their address and phone alone are a directory, not a roundup."""
    text = "\n".join([
        "全市发热门诊一览",
        "青禾市人民医院",
        "地址：某某路1号",
        "电话：0000-1111111",
        "青禾市中医医院",
        "地址：某某路2号",
        "电话：0000-2222222",
        "青禾市第三人民医院",
        "地址：某某路3号",
        "电话：0000-3333333",
    ])
    assert len(clean_text(text)) == 1


SIDE_BOX_PAGE = """<html><head><meta charset="utf-8"><title>县医院“光明行动”为贫困白内障患者免费复明_某某眼科医院</title></head>
<body><table width="960"><tr><td><a href="/">首页</a> | <a href="/gk">医院概况</a> | <a href="/news">新闻中心</a> | <a href="/zx">在线咨询</a></td></tr></table>
<table width="960"><tr>
<td width="220" valign="top">
<table width="100%"><tr><td class="ltit">新闻中心</td></tr><tr><td class="lnav"><a href="/a">医院新闻</a><br><a href="/b">媒体报道</a></td></tr>
<tr><td class="ltit">就诊指南</td></tr>
<tr><td class="lnav">门诊时间：8:00-20:00（节假日不休）<br>医院地址：某某市解放路126号<br>乘车路线：3路、7路至解放路口站下车</td></tr></table>
</td>
<td width="740" valign="top">
<table width="100%"><tr><td class="dqwz">当前位置：首页 &gt; 新闻中心</td></tr>
<tr><td class="title" align="center"><b>县医院“光明行动”为贫困白内障患者免费复明</b></td></tr>
<tr><td align="center">发布时间：2010-09-16 来源：本站</td></tr>
<tr><td class="content">
<p>　　9月14日，某某眼科医院“光明行动”第三批16名贫困白内障患者全部顺利完成手术，术后视力均有不同程度提高。</p>
<p>　　72岁的邓阿婆双眼患白内障已有五年，近两年几乎看不见东西。术后第二天揭开纱布，她激动地拉着医生的手说：“好多年没看得这么清楚了！”</p>
<p>　　据院长介绍，“光明行动”开展以来，三批共为86名贫困患者实施了免费复明手术，医院计划年底前再组织一次下乡筛查。</p>
</td></tr></table></td></tr></table>
<table width="960"><tr><td>版权所有：某某眼科医院 备案号：某ICP备10000000号</td></tr></table></body></html>
"""


def test_a_side_column_s_service_box_goes_with_its_heading(tmp_path: Path) -> None:
    """A side column's `就诊指南` box (opening hours, the address, the bus routes) in the layout
    table beside the article, however much its lines read like a notice's fields: the site's."""
    doc = _one(tmp_path, "page.html", SIDE_BOX_PAGE)
    lines = _lines(doc)
    assert doc.title == "县医院“光明行动”为贫困白内障患者免费复明"
    assert lines[0].startswith("9月14日")
    assert not any(w in doc.text for w in ("就诊指南", "门诊时间", "解放路126号", "乘车路线"))
    assert lines[-1].startswith("据院长介绍")


OPEN_INFO_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>某某市政府信息公开平台</title></head>
<body><table width="980"><tr><td class="nav">网站首页 | 信息公开 | 公开指南 | 公开目录 | 依申请公开</td></tr>
<tr><td>您现在的位置：首页 &gt; 信息公开 &gt; 公开目录</td></tr></table>
<table width="980" class="xxgk">
<tr><td>索 引 号：</td><td>000123456/2016-00217</td><td>分　　类：</td><td>卫生、体育；通知</td></tr>
<tr><td>发布机构：</td><td>某某市卫生和计划生育委员会</td><td>生成日期：</td><td>2016-09-21</td></tr>
<tr><td>名　　称：</td><td colspan="3">某某市卫生和计划生育委员会关于印发某某市家庭医生签约服务实施方案的通知</td></tr>
</table>
<table width="980"><tr><td class="bt" align="center"><font size="4" color="#C00000"><b>某某市卫生和计划生育委员会关于印发某某市家庭医生签约服务实施方案的通知</b></font></td></tr>
<tr><td align="center">某卫计发〔2016〕58号</td></tr>
<tr><td class="content"><p>各县（市、区）卫生计生局，市直各医疗卫生单位：</p>
<p>现将《某某市家庭医生签约服务实施方案》印发给你们，请结合实际认真贯彻执行。</p>
<p>为转变基层医疗卫生服务模式，建立家庭医生与居民之间稳定的契约服务关系，结合我市实际，制定本方案。</p>
<p>某某市卫生和计划生育委员会</p><p>2016年9月21日</p></td></tr></table>
<table><tr><td>主办单位：某某市人民政府办公室　备案号：某ICP备05001122号</td></tr></table></body></html>
"""


def test_a_platform_s_name_in_the_title_gives_way_to_the_page_s_title_cell(tmp_path: Path) -> None:
    """An open-information page whose <title> is only the platform's name (`某某市政府信息公开平台`):
    the headline is the cell the page marks as its title."""
    p = tmp_path / "xxgk.html"
    p.write_bytes(OPEN_INFO_PAGE.encode("gbk"))
    (doc,) = clean([str(p)]).documents
    assert doc.title == "某某市卫生和计划生育委员会关于印发某某市家庭医生签约服务实施方案的通知"
    assert doc.published == "2016-09-21"


def test_a_portal_s_source_without_a_colon_is_read(tmp_path: Path) -> None:
    """`来源于 某某网` (a label and a link in elements of their own) and `来自某某网健康` (glued):
    the outlet is the source; a byline's outlet before the writer (`作者｜某某网健康 某某某`) is no writer."""
    for bar, outlet in (("来源于 某某财经网", "某某财经网"), ("来自某某网健康", "某某网健康")):
        page = (
            "<html><head><meta charset='utf-8'><title>支架集采两年后：患者负担减轻了多少_健康频道</title></head><body>"
            "<h1>支架集采两年后：患者负担减轻了多少</h1>"
            f"<div class='info'><span>2020年12月29日 18:45</span></div><div class='src'><span>{bar[:3] if bar.startswith('来源于') else bar[:2]}</span>"
            f"{' ' if bar.startswith('来源于') else ''}<a href='/'>{outlet}</a></div>"
            "<div class='article'><p>作者｜某某网健康 岑某某</p>"
            "<p>近日，记者走访多家医院发现，冠脉支架集中带量采购实施两年来，患者的手术费用明显下降，医院的使用量却稳步上升。</p>"
            "<p>业内人士认为，集采改变了医院和企业的行为，也让更多患者用得起好支架。</p></div></body></html>"
        )
        doc = _one(tmp_path, "page.html", page)
        assert doc.metadata.get("source_name") == outlet
        assert doc.authors == ["岑某某"]


def test_a_forum_poster_s_home_after_laizi_is_no_source() -> None:
    """`来自 某地` under a forum post is where the poster lives (or the app they posted from)."""
    text = "\n".join([
        "孩子发烧抽筋，送县医院急诊的一夜",
        "豆豆爸 发表于 2009-08-11 03:18",
        "来自 西坪城关",
        *BODY,
    ])
    (doc,) = clean_text(text)
    assert doc.metadata.get("source_name") is None


def test_each_reporter_s_outlet_before_the_role_is_read_past() -> None:
    """`某某日报记者 某某 某某日报通讯员 某某`, `某某报·某某网记者 某某`: the writers are authors,
    and a column's label in brackets above them is not the title."""
    for byline, writers in (("光明日报记者 翟某理 光明日报通讯员 苏某", ["翟某理", "苏某"]), ("中青报·中青网记者 孟某冰", ["孟某冰"])):
        text = "\n".join([
            "村医翟守田的一天",
            "2019-08-19 05:00 来源：某某日报",
            "【讲述·基层卫生人】",
            byline,
            "早上六点，天刚蒙蒙亮，62岁的翟守田背上药箱出了门。他要赶在村民下地之前，把几户慢病老人的血压量完。",
            "这是他当村医的第四十个年头。",
        ])
        (doc,) = clean_text(text)
        assert doc.title == "村医翟守田的一天"
        assert doc.authors == writers
        assert byline not in doc.text


def test_a_blog_s_repost_mark_leaves_the_title(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>[转载]糖尿病足：别等脚烂了才来看_某某的博客</title></head><body>"
        "<h2 class='titName'>[转载]糖尿病足：别等脚烂了才来看</h2><span class='time'>(2010-11-03 09:47:21)</span>"
        "<div class='articalContent'><p>糖尿病足是糖尿病最严重的并发症之一，很多患者直到脚上的伤口感染、发黑才来医院，往往已经错过了最佳治疗时机。</p>"
        "<p>每天用温水洗脚，水温不要超过37度，洗完后用浅色毛巾擦干，特别是脚趾缝。</p></div></body></html>"
    )
    assert _one(tmp_path, "blog.html", page).title == "糖尿病足：别等脚烂了才来看"


FORUM_PAGE = """<html><head><meta charset="utf-8"><title>孩子半夜高热抽筋，送县医院急诊的一夜 - 求医问药 - 某某在线</title></head><body>
<div class="nav">某某在线 » 生活服务 » 求医问药 » 孩子半夜高热抽筋，送县医院急诊的一夜</div>
<table class="floot" width="100%"><tr class="tr1"><td class="r_one floot_left"><div class="readName"><a href="#">豆豆爸</a></div><div class="tc">级别: 新手上路</div><div class="user-infoWrap"><span>UID: 6621</span><br><span>发帖: 86</span><br><span>在线时间: 40(时)</span><br><span>注册时间: 2008-02-17</span><br><span>最后登录: 2009-08-12</span></div><div class="tc"><a href="#">发短消息</a> <a href="#">加为好友</a></div></td>
<td class="r_one floot_right" valign="top"><div class="tipTop s6"><span class="fr"><a href="#">楼主</a></span><span class="gray" title="2009-08-11 03:18">发表于: 2009-08-11 03:18</span> <a href="#">只看楼主</a> <a href="#">小</a> <a href="#">中</a> <a href="#">大</a></div>
<h1 id="subject_tpc" class="read_h1">孩子半夜高热抽筋，送县医院急诊的一夜</h1>
<div class="tpc_content"><div class="f14" id="read_tpc">刚从县医院回来，孩子打完针睡着了，我睡不着，上来写几句，也算给新手爸妈提个醒。<br>
儿子两岁零四个月，昨晚十一点多他妈摸着额头发烫，一量39度5，没过多久就开始抽筋，我们赶紧打车去了急诊。<br>
值班的医生说这是热性惊厥，多数孩子长大就好了，但第一次抽一定要来医院查一查。<br></div></div></td></tr></table>
</body></html>
"""


def test_a_forum_stamp_with_a_colon_gives_the_post_s_date(tmp_path: Path) -> None:
    """phpwind's `发表于: 2009-08-11 03:18` (with a colon) between the poster's panel and the
    first post's subject: the post's date."""
    assert _one(tmp_path, "thread.html", FORUM_PAGE).published == "2009-08-11T03:18"


def test_a_teaser_with_its_read_more_link_gives_way_to_the_paragraph() -> None:
    """A blog's summary box repeating the first paragraph with `阅读全文>>` after it: the
    paragraph stays in its place, the teaser and its link go."""
    first = "前两篇说了确诊和吃药的事，好多病友留言问碘131到底是怎么回事，今天就把我喝药前后的经过写一写。先说明，我不是医生，只是一个病人。"
    text = "\n".join([
        "我的甲亢治疗记（三）：喝下那杯碘131",
        "分类：看病记 2008-09-17 22:05",
        first + " 阅读全文>>",
        first,
        "甲巯咪唑我吃了快两年，减量就复发，来回折腾了三次。今年春天复查，大夫建议我考虑碘131治疗。",
    ])
    (doc,) = clean_text(text)
    assert "阅读全文" not in doc.text
    assert doc.text.count("前两篇说了确诊和吃药的事") == 1


def test_a_health_account_s_name_and_day_under_the_title_is_its_account() -> None:
    """`健康某地 2018-09-03` and `某某妇幼 2022-12-19 19:40` under a channel article's headline: the
    account and the day it posted, not a writer, and no source the article states."""
    for line, account in (("健康青川 2018-09-03", "健康青川"), ("温陵妇幼 2022-12-19 19:40", "温陵妇幼")):
        text = "\n".join(["关于开展2018—2019年度流感疫苗接种工作的通告", line, *BODY])
        (doc,) = clean_text(text)
        assert doc.title == "关于开展2018—2019年度流感疫苗接种工作的通告"
        assert (doc.metadata.get("account_name"), doc.metadata.get("source_name")) == (account, None)
        assert doc.authors == []
        assert line not in doc.text


def test_an_old_channel_template_s_line_gives_the_day_the_writer_and_the_account() -> None:
    """`原创 2016-03-18 宣传科 某某某 某某医院 某某医院`: the day, the writer (their unit is no
    writer) and the account, said twice."""
    text = "\n".join([
        "世界睡眠日：失眠不是小事，专家教你睡个好觉",
        "原创 2016-03-18 宣传科 钱晓兰 临江市中心医院 临江市中心医院",
        *BODY,
    ])
    (doc,) = clean_text(text)
    assert doc.published == "2016-03-18"
    assert doc.authors == ["钱晓兰"]
    assert doc.metadata.get("account_name") == "临江市中心医院"


def test_a_table_written_a_cell_a_line_keeps_every_row() -> None:
    """A notice's table of short cells, one a line (序号 / 村 / 户主 / 人口 / 类别, then the rows):
    every row stays, however well a narrower column count fits its first rows."""
    rows = [("1", "柳湾村", "王**", "3", "二类"), ("2", "柳湾村", "陈**", "1", "一类"), ("3", "青石村", "李**", "2", "二类"),
            ("4", "青石村", "邓**", "4", "三类"), ("5", "樟树坪村", "罗**", "2", "一类"), ("6", "河口社区", "彭**", "1", "二类")]
    text = "\n".join([
        "石桥镇2014年第二季度农村低保新增对象公示",
        "发布时间：2014-5-20",
        "经本人申请、村民代表评议、村委会初审、镇人民政府入户核查，现将拟新增农村低保对象名单予以公示。",
        "序号", "村（社区）", "户主姓名", "保障人口", "拟保障类别",
        *[cell for row in rows for cell in row],
        "公示期为7天。公示期间，如对上述对象有异议，可向镇民政办或县民政局反映。",
        "石桥镇人民政府",
        "2014年5月20日",
    ])
    (doc,) = clean_text(text)
    lines = _lines(doc)
    for village in ("樟树坪村", "河口社区"):
        assert village in lines
    assert lines[-2:] == ["石桥镇人民政府", "2014年5月20日"]


def test_the_unit_that_posted_it_alone_under_the_day_is_the_source() -> None:
    text = "\n".join([
        "当前位置：首页 > 镇村动态 > 图片新闻",
        "清水镇开展“河长巡河日”活动 守护一江清水",
        "2019-04-16",
        "清水镇人民政府",
        "文/图：刘晓梅",
        "4月15日，清水镇组织镇村两级河长开展“河长巡河日”活动，对辖区内5条河流进行全面巡查。",
        "巡查中，河长们沿河步行，查看河道保洁、排污口整治等情况。",
    ])
    (doc,) = clean_text(text)
    assert doc.title == "清水镇开展“河长巡河日”活动 守护一江清水"
    assert doc.metadata.get("source_name") == "清水镇人民政府"
    assert "清水镇人民政府" not in _lines(doc)


def test_a_data_object_s_publication_time_dates_a_page_that_draws_its_date_by_script(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>中超-替补小将补时绝杀 江海队客场2-1逆转_体育</title>"
        "<script>window.DATA = {\"article_id\":\"20181028A0PK9Q00\",\"media\":\"某某体育\",\"pubtime\":\"2018-10-28 21:57:31\"};</script></head>"
        "<body><h1>中超-替补小将补时绝杀 江海队客场2-1逆转</h1><div class='content-article'>"
        "<p>文/某某体育 邢某健　图/视觉某某</p>"
        "<p>北京时间10月28日晚，中超联赛第28轮一场焦点战在奥体中心打响，客队凭借替补小将补时阶段的进球2比1逆转取胜。</p>"
        "<p>赛后主教练表示，球队在落后的情况下没有放弃，年轻球员抓住了机会。</p></div></body></html>"
    )
    doc = _one(tmp_path, "sports.html", page)
    assert doc.published == "2018-10-28T21:57:31"
    assert doc.authors == ["邢某健"]


def test_whoever_compiled_a_roundup_is_named_not_the_verb() -> None:
    text = "\n".join([*BODY, "（集团办公室 邹某静 汇总）"])
    (doc,) = clean_text(text)
    assert "汇总" not in doc.authors


def test_a_bold_sub_heading_after_a_picture_is_no_caption(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>手机NFC刷公交卡全面开通_科技</title></head><body>"
        "<h1>手机NFC刷公交卡全面开通</h1><div class='post_content'>"
        "<p>7月12日起，全市公交线路全面支持手机NFC刷卡乘车，市民打开手机钱包添加交通卡即可使用，无需再带实体卡。</p>"
        "<p style='text-align: center;'><img src='/pic/2019/nfc.jpg' alt='手机贴近读卡器即可完成支付' /></p>"
        "<p><strong>首批适配机型</strong></p>"
        "<p>首批支持的机型包括多家厂商近两年发布的主流机型，其余机型将在系统更新后陆续开通，具体名单以钱包应用内公布为准。</p>"
        "</div></body></html>"
    )
    assert "首批适配机型" in _lines(_one(tmp_path, "nfc.html", page))
