"""Registers and tables near a page's end, lists that count their items, notices signed with a
month, and portal breadcrumbs that end in the headline: each test is a page written for the
project, and what a user reads in the record is checked."""

from __future__ import annotations

from pathlib import Path

from cleaner.api import clean_text
from cleaner.model import Document

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page

INTRO = "根据政府信息公开有关规定，现将本季度作出的行政处罚决定予以公示，接受社会监督。公示期间如有异议，可向我局法制科反映。"


def test_a_table_row_whose_cell_holds_a_chrome_word_stays(tmp_path: Path) -> None:
    """A register of village doctors read from an HTML table: rows whose remark is `再注册` (a word
    a menu's `注册` shares) stay with the row whose remark differs; the list is the notice's."""
    rows = "".join(
        f"<tr><td>{n}</td><td>{name}</td><td>{sex}</td><td>{place}</td><td>{note}</td></tr>"
        for n, name, sex, place, note in [
            (1, "陶永福", "男", "青石乡上岭村卫生室", "再注册"),
            (2, "蒋美兰", "女", "青石乡河口村卫生室", "再注册"),
            (3, "鲁庆华", "男", "长坪镇桐林村卫生室", "再注册"),
            (4, "石春燕", "女", "长坪镇高岭村卫生室", "变更执业地点"),
            (5, "万永坤", "男", "溪口乡溪口村卫生室", "再注册"),
        ]
    )
    html = f"""<html><head><meta charset="utf-8"><title>乡村医生执业再注册公示_某某县卫生健康局</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/login">登录</a> <a href="/reg">注册</a></div>
<div class="article"><h1>某某县卫生健康局关于乡村医生执业再注册情况的公示</h1>
<div class="info">发布时间：2019-11-02</div>
<p>根据《乡村医生从业管理条例》和有关规定，经乡镇卫生院初审、县卫生健康局复核，现将本年度第二批申请执业再注册的乡村医生名单予以公示（共5人，名单附后）。</p>
<p>公示期为2019年11月2日至11月8日。公示期间，任何单位和个人对公示对象有异议的，可以书面或电话形式向县卫生健康局医政股反映。</p>
<table><tr><td>序号</td><td>姓名</td><td>性别</td><td>执业地点</td><td>备注</td></tr>{rows}</table>
<p style="text-align:right">某某县卫生健康局</p><p style="text-align:right">2019年11月1日</p>
</div><div class="footer">版权所有：某某县卫生健康局　技术支持：某某网络</div></body></html>"""
    doc = _page(tmp_path, "register.html", html)
    for name in ("陶永福", "蒋美兰", "鲁庆华", "石春燕", "万永坤"):
        assert name in doc.text
    assert "版权所有" not in doc.text


def test_a_statistics_table_split_by_single_spaces_at_the_end_stays() -> None:
    """A monthly report's appended table, three cells a row split by single spaces (a name and
    two figures), is the last thing on the page: every row stays."""
    doc = _one([
        "某某省卫生健康委员会",
        "当前位置：首页 > 疾病预防控制 > 疫情通报",
        "某某省2018年6月法定传染病疫情概况",
        "发布时间：2018-07-10　来源：疾病预防控制处",
        "2018年6月，全省共报告法定传染病发病41523例，死亡31人。其中乙类传染病报告发病12410例，丙类传染病报告发病29113例。",
        "与上月相比，手足口病报告发病数上升12.6%，其他感染性腹泻病下降3.1%，流行性感冒下降40.2%。",
        "附表：2018年6月全省法定传染病发病死亡统计表",
        "病名 发病数 死亡数",
        "甲乙丙类总计 41523 31",
        "病毒性肝炎 4127 2",
        "肺结核 3305 8",
        "梅毒 2411 0",
        "手足口病 18720 1",
    ])
    lines = _lines(doc)
    for row in ("病名 发病数 死亡数", "甲乙丙类总计 41523 31", "肺结核 3305 8", "手足口病 18720 1"):
        assert row in lines


def test_a_register_written_a_field_a_line_stays_to_the_cut() -> None:
    """A list of penalty decisions, each a record of `单位名称:` / `违法事实:` / `处罚结果:` lines under
    its number, cut by the page store in the middle of the last record: every field stays."""
    records = []
    for n, (unit, fact, result, day) in enumerate([
        ("某某区悦心美容工作室", "未取得医疗机构执业许可证擅自开展诊疗活动", "没收违法所得，罚款人民币三万元", "2020年8月12日"),
        ("某某区清波游泳馆", "游泳池水浑浊度不符合国家卫生标准", "警告，罚款人民币两千元", "2020年8月30日"),
        ("某某区安康口腔诊所", "使用未取得护士执业证书的人员从事护理工作", "警告", "2020年9月17日"),
    ]):
        records += [f"{'一二三'[n]}、", f"单位名称:{unit}", "法定代表人(负责人):某某某", f"违法事实:{fact}", f"处罚结果:{result}", f"处罚日期:{day}"]
    doc = _one([
        "某某区卫生健康局",
        "首页 > 信息公开 > 行政执法公示",
        "某某区卫生健康局2020年第三季度行政处罚信息公示",
        "发布日期:2020-10-11 信息来源:监督所",
        INTRO,
        *records,
        "四、",
        "单位名称:某某区源泉饮用水供应站",
        "法定代表人(负责人):某某",
        "违法事实:供水单位未取得卫生许可证",
    ])
    lines = _lines(doc)
    for kept in ("单位名称:某某区安康口腔诊所", "处罚日期:2020年9月17日", "四、", "单位名称:某某区源泉饮用水供应站", "违法事实:供水单位未取得卫生许可证"):
        assert kept in lines


def test_a_list_under_a_heading_that_counts_its_items_stays() -> None:
    """A commendation's appended list: `二、先进个人(6名)` over six `姓名  单位` lines, the last thing
    on the page: all six stay with the heading."""
    people = ["方  静  某某县人民医院", "罗世明  某某县中医院", "邝晓晴  某某县疾病预防控制中心", "严克勤  白沙镇中心卫生院", "龚晓蓉  某某县妇幼保健院", "涂  亮  桃坪乡卫生院"]
    doc = _one([
        "某某县卫生健康局",
        "关于表彰2022年度全县卫生健康工作先进集体和先进个人的决定",
        "发布日期:2023-01-18",
        "2022年，全县卫生健康系统广大干部职工坚守岗位、担当作为，涌现出一批先进集体和先进个人。经研究，决定授予某某县人民医院等3个单位先进集体称号，授予方静等6名同志先进个人称号。",
        "希望受表彰的单位和个人珍惜荣誉、再接再厉，全县卫生健康系统广大干部职工要以先进为榜样，为建设健康某某作出新的更大贡献。",
        "一、先进集体(3个)",
        "某某县人民医院",
        "某某县中医院",
        "白沙镇中心卫生院",
        "二、先进个人(6名)",
        *people,
    ])
    flat = doc.text.replace(" ", "")
    for p in people:
        assert p.replace(" ", "") in flat
    assert "二、先进个人(6名)" in _lines(doc)


def test_a_notice_signed_with_a_month_at_the_page_s_end_keeps_its_signature() -> None:
    """A job fair's notice ends with the bureau's name over `2025年1月` (no day): both stay."""
    doc = _one([
        "某某融媒",
        "首页 > 本地 > 民生",
        "某某区2025年春风行动招聘会下周举行",
        "来源:某某区人社局 编辑:某某 2025-01-20 09:12",
        "为帮助春节后返乡人员和高校毕业生就近就业，某某区将于2月8日在区体育馆举办春风行动大型招聘会，届时将有120余家企业提供3000余个岗位。",
        "三、求职须知",
        "1.求职者请携带本人身份证、个人简历及相关证书复印件；",
        "2.现场不收取任何费用，请求职者提高警惕，谨防虚假招聘。",
        "咨询电话:0000-6612345",
        "某某区人力资源和社会保障局",
        "2025年1月",
    ])
    lines = _lines(doc)
    assert lines[-2:] == ["某某区人力资源和社会保障局", "2025年1月"]


def test_a_table_written_a_cell_a_line_keeps_its_short_header_cells() -> None:
    """A recruitment notice's posts, a table a cell a line under its part heading, followed by the
    next part's numbered conditions: the two-character header cell `人数` stays with the rest."""
    doc = _one([
        "某某区中医医院",
        "当前位置: 首页 > 人才招聘",
        "某某区中医医院2020年公开招聘编外合同制工作人员公告",
        "来源:人事科 发布时间:2020-06-02",
        "因业务发展需要，经院党委会研究决定，面向社会公开招聘编外合同制工作人员12名。现将有关事项公告如下:",
        "一、招聘岗位及人数",
        "岗位名称", "人数", "学历要求", "其他条件",
        "中医内科医师", "3", "本科及以上", "中医学专业,具有执业医师资格",
        "针灸推拿康复师", "2", "大专及以上", "取得康复治疗士及以上资格",
        "护理", "6", "大专及以上", "具有护士执业资格证",
        "收费员", "1", "大专及以上", "会计相关专业",
        "二、报名条件",
        "(一)遵守宪法和法律,具有良好的品行;",
        "(二)身体健康,能坚持正常工作;",
        "(三)具备岗位所需的专业或技能条件。",
    ])
    lines = _lines(doc)
    at = lines.index("岗位名称")
    assert lines[at : at + 4] == ["岗位名称", "人数", "学历要求", "其他条件"]


def test_a_breadcrumb_ending_in_the_headline_leaves_title_date_and_byline_read() -> None:
    """A portal's phone page: `当前位置：某某网首页 > 健康频道 > … > <headline>` right over the
    headline, its dated bar and the reporter's line: the title, the date, the writer and the source
    are read and none of those lines stays in the text."""
    head = "孩子反复发烧怎么办？儿科专家：别急着输液，这三种情况要尽快就医"
    doc = _one([
        "某某网", "登录", "首页", "健康",
        f"当前位置：某某网首页 > 健康频道 > 儿童健康 > {head}",
        head,
        "2023年11月14日08:21 | 来源：某某网-健康频道",
        "某某网-健康频道记者 许一帆",
        "分享到：",
        "入冬以来，多地进入呼吸道疾病高发期，不少家长发现孩子“烧退了又起”。某某市第一人民医院儿科主任医师介绍，近一个月儿科门诊日均接诊量超过900人次。",
        "面对孩子发烧，家长该怎么做？专家给出了以下建议：发热本身不是“敌人”，判断病情轻重要看孩子的精神状态，而不只是体温的数字。",
    ])
    assert doc.title == head
    assert (doc.published or "").startswith("2023-11-14T08:21")
    assert doc.authors == ["许一帆"]
    assert doc.metadata.get("source_name") == "某某网-健康频道"
    assert not any(head in ln or "来源" in ln or "许一帆" in ln for ln in _lines(doc))


# -- metadata: bars, grids, bylines --------------------------------------------------------------

BODY = [
    "5月12日上午，市中心医院在门诊大厅举办护士节主题义诊活动，二十余名护理骨干为前来就诊的群众测量血压、血糖，讲解慢病护理知识。",
    "护理部负责人介绍，医院今年将新开设三个护理专科门诊，让群众在家门口就能得到专业的护理服务。",
]


def test_a_disclosure_grid_a_cell_a_line_leaves_the_title_and_no_values() -> None:
    """An 信息公开 page's record table scraped a cell a line, each label (`分    类：`, `关 键 词：`,
    `内容概述：`) over its value: the title is the headline under the grid, the date the release's,
    and no value is left over the text."""
    doc = _one([
        "某某县政府信息公开网",
        "当前位置：信息公开 > 县交通运输局 > 通知公告",
        "索 引 号：", "001234567/2013-00087",
        "分    类：", "交通运输\\通知公告",
        "发布机构：", "某某县交通运输局",
        "发文日期：", "2013-05-21",
        "文    号：", "某交〔2013〕18号",
        "关 键 词：", "交通管制;国道;施工",
        "内容概述：", "国道某某段大修工程施工期间交通管制",
        "关于国道某某段大修工程施工期间实施交通管制的通告",
        "字体：【大 中 小】",
        "为提升国道通行能力和服务水平，经上级部门批准，国道某某段将实施路面大修工程。为确保施工安全和道路通行秩序，决定在施工期间对该路段实施交通管制。",
        "施工期间，请过往车辆和行人服从现场交通管理人员指挥，注意安全警示标志，减速慢行，有序通行。",
    ])
    assert doc.title == "关于国道某某段大修工程施工期间实施交通管制的通告"
    assert (doc.published or "").startswith("2013-05-21")
    lines = _lines(doc)
    assert lines[0].startswith("为提升国道通行能力")
    assert not any(v in doc.text for v in ("交通运输\\通知公告", "交通管制;国道;施工", "某交〔2013〕18号"))


def test_a_category_with_steps_is_no_title_and_a_grid_s_date_beside_a_category_is_read() -> None:
    """`信息分类` over `人事信息 / 人事任免` is a record's category, not the headline; and a grid row
    with a date and a category on one line (`生成日期:… 主题分类:卫生、体育`) gives the date."""
    doc = _one([
        "某某市人民政府门户网站", "首页", "政务公开",
        "首页 > 政府信息公开 > 人事信息 > 人事任免",
        "索引号", "114309000064321X/2018-02197",
        "信息分类", "人事信息 / 人事任免",
        "发布机构", "某某市人民政府办公室",
        "发布日期", "2018-09-14",
        "文号", "某府任〔2018〕12号",
        "某某市人民政府关于张某某等同志职务任免的通知",
        "【字体：大 中 小】",
        "【打印】【关闭】",
        "各县（市、区）人民政府，市政府各部门、各直属机构：经市人民政府研究决定，任命张某某为某某市发展和改革委员会副主任，免去王某某的某某市交通运输局副局长职务。",
    ])
    assert doc.title == "某某市人民政府关于张某某等同志职务任免的通知"
    assert "人事信息 / 人事任免" not in doc.text
    grid = _one([
        "您当前的位置:首页 > 政务公开 > 区卫生健康局",
        "索引号:11330125MB1234567X/2021-00123 发布机构:某某区卫生健康局",
        "生成日期:2021-10-11 主题分类:卫生、体育",
        "文号:无 公开方式:主动公开",
        "某某区卫生健康局2021年第三季度行政处罚信息公示",
        INTRO,
        *BODY,
    ])
    assert (grid.published or "").startswith("2021-10-11")


def test_a_site_s_name_under_the_time_is_the_source_not_the_title() -> None:
    """A portal prints its own name (the first words of its banner line) between the headline's time
    and the byline: the headline above the time is the title."""
    head = "国产品牌首款5G折叠屏手机亮相 售价首次降至万元以内"
    doc = _one(["某某前沿 - 科技改变生活", "科技", "手机", "登录 | 注册", head, "2019-11-26 20:48:15", "某某前沿", "文/谭某远 图/梁某欣", "阅读 3.2万", *BODY])
    assert doc.title == head
    assert doc.authors == ["谭某远"]


def test_end_marks_and_original_tags_name_no_one() -> None:
    """`（全文完）` under the story is no writer, and `来源：某某汽车网原创` names the outlet without
    its `原创` tag."""
    doc = _one([
        "紧凑级SUV再添新成员 某某X5正式上市售价11.98万起",
        "2018-04-09 10:05:32  来源：某某汽车网原创  作者：葛某晴  编辑：鲁某",
        *BODY,
        "（全文完）",
    ])
    assert doc.authors == ["葛某晴"]
    assert doc.metadata.get("source_name") == "某某汽车网"


def test_an_app_stamp_with_the_original_tag_glued_to_the_day_is_read() -> None:
    """A phone page's stamp `原创2018-12-05 14:32·某某医院` under the headline: the date and the
    account are read, the headline is the title and the stamp leaves the text."""
    doc = _one(["老人冬天总喊腿疼?可能不只是关节炎", "原创2018-12-05 14:32·某某市中心医院", "文/ 李某 图/ 张某", *BODY])
    assert doc.title == "老人冬天总喊腿疼?可能不只是关节炎"
    assert (doc.published or "").startswith("2018-12-05T14:32")
    assert doc.metadata.get("account_name") == "某某市中心医院"
    assert "原创" not in doc.text


def test_an_account_s_short_name_before_its_full_name_is_no_writer() -> None:
    """`原创 某城口腔 某城市口腔医院 2023-04-26 17:30 发表于湖北`: the short name is the account's own,
    not a writer; a person's name there still is."""
    doc = _one(["口腔健康小知识", "原创 某城口腔 某城市口腔医院 2023-04-26 17:30 发表于湖北", *BODY])
    assert doc.authors == []
    assert doc.metadata.get("account_name") == "某城市口腔医院"
    person = _one(["口腔健康小知识", "原创 钱某涵 某城市口腔医院 2023-04-26 17:30 发表于湖北", *BODY])
    assert person.authors == ["钱某涵"]


def test_a_second_reporter_glued_to_a_station_s_name_is_read() -> None:
    """`（记者谭某东 某某台记者符某燕）`: the station before the second reporter names no one."""
    doc = _one([
        "山区群众出行不再难",
        "2016-03-08 07:12 来源：某某网",
        "某某网北京3月8日消息（记者谭某东 某某台记者符某燕）据报道，去年年底，某某县最后一个不通客车的建制村开通了客运班线，村民到县城只需一个半小时。",
        *BODY,
    ])
    assert doc.authors == ["谭某东", "符某燕"]


def test_a_closing_byline_with_a_day_or_a_photographer_names_its_writer() -> None:
    """`（医务处  赵某宇  摄影：石某）` and `（院办　钱某燕  2005年8月22日）` under the story: the
    writer is the author, and the line leaves the text."""
    for closing, name in (("（医务处  赵某宇  摄影：石某）", "赵某宇"), ("（院办　钱某燕  2005年8月22日）", "钱某燕")):
        doc = _one(["某某医院开展义诊", "发布时间：2011-05-06", *BODY, closing])
        assert doc.authors == [name]
        assert name not in doc.text


# -- chrome and captions -----------------------------------------------------------------------


def test_an_alt_text_and_its_caption_saying_the_same_leave_one_line() -> None:
    """A scraper writes a picture's alt text and its caption, both `演练现场`, between two
    paragraphs: one of the two lines is left."""
    doc = _one([
        "某某区举行防汛抢险综合应急演练",
        "发布时间：2022-07-05",
        "7月5日上午，某某区2022年防汛抢险综合应急演练在某某河清水闸段举行，区防汛抗旱指挥部各成员单位共16支队伍420余人参加演练。",
        "演练现场",
        "演练现场",
        "演练开始后，区防汛抗旱指挥部立即启动防汛Ⅲ级应急响应，清水街道迅速组织转移低洼地区群众132人，区消防救援大队出动冲锋舟4艘。",
    ])
    assert _lines(doc).count("演练现场") <= 1


def test_a_heading_under_a_picture_s_alt_text_and_caption_stays() -> None:
    """`NICU护士为乐乐进行袋鼠式护理` twice (alt text and caption), then the part's heading
    `爸爸妈妈也是“治疗”的一部分` over its paragraph: the heading stays."""
    doc = _one([
        "27周早产、920克“巴掌宝宝”出院了",
        "发布时间：2016-09-12",
        "“最难的是第三周，她出现腹胀、呕吐，我们担心是坏死性小肠结肠炎，只能暂停喂奶，改为静脉营养。”主任说，那几天全科医生轮流守在暖箱旁。",
        "NICU护士为乐乐进行袋鼠式护理",
        "NICU护士为乐乐进行袋鼠式护理",
        "爸爸妈妈也是“治疗”的一部分",
        "在病情稳定后，科室鼓励谭女士每天来医院进行母乳喂养和袋鼠式护理。“皮肤贴着皮肤，孩子的心率和血氧都会更平稳。”护士长介绍。",
    ])
    assert "爸爸妈妈也是“治疗”的一部分" in _lines(doc)


def test_a_hospital_s_greeting_promotions_players_and_dividers_leave() -> None:
    """A private hospital's `您好，欢迎来到…！` over its header, a question ending in `点击咨询专家 >>`
    between two paragraphs, a player's `您的浏览器不支持视频播放，请升级浏览器或下载播放器` and
    `点击收听：…`, a share target `豆瓣` alone and a CMS's `------分隔线------`: all leave; the
    headline is the title."""
    head = "“光明校园行”走进某某小学 1200余名学生接受免费视力筛查"
    doc = _one([
        "您好，欢迎来到某某明视眼科医院！",
        "某某明视眼科医院",
        "首页", "医院概况", "新闻中心",
        head,
        "发布时间：2022-08-15 10:47",
        "您的浏览器不支持视频播放，请升级浏览器或下载播放器",
        "点击收听：光明校园行",
        "8月12日上午，某某明视眼科医院“光明校园行”公益筛查队走进某某小学，为全校1200余名学生进行了免费视力筛查，并建立了屈光发育档案。",
        "孩子近视了怎么办？点击咨询专家 >>",
        "筛查结果显示，今年该校学生近视检出率为38.6%，其中六年级近视率超过六成，比三年前的筛查数据有所上升。",
        "------分隔线----------------------------",
        "分享到：",
        "新浪微博",
        "豆瓣",
    ])
    assert doc.title == head
    text = doc.text
    for gone in ("欢迎来到", "点击咨询", "不支持视频", "点击收听", "分隔线", "豆瓣"):
        assert gone not in text
    assert "近视检出率为38.6%" in text


# -- roundups --------------------------------------------------------------------------------


def _records(lines: list[str]) -> list[Document]:
    return clean_text("\n".join(lines))


def test_a_ranking_of_hospitals_is_one_record() -> None:
    """`2023年青禾市眼科医院排行榜(前十名)`: numbered hospitals, each with a line about it, are a
    ranking's entries, not a roundup's sections: one record."""
    entries = []
    for n, (name, about) in enumerate([
        ("青禾市第一人民医院眼科", "三级甲等综合医院，眼科为省级重点专科，开放床位120张，在白内障、青光眼方面实力较强。"),
        ("青禾医科大学附属眼科医院", "三级专科医院，设有屈光中心、斜弱视中心，每年完成各类眼科手术约2万台。"),
        ("青禾市中医院眼科", "擅长中西医结合治疗干眼症、视神经萎缩，针灸治疗眼肌麻痹有一定特色。"),
        ("青禾爱明眼科医院", "民营专科医院，以近视激光手术、晶体植入见长，周末也可门诊。"),
    ], 1):
        entries += [f"{n}、{name}", about + f"地址：青禾市人民路{n}8号"]
    docs = _records([
        "2023年青禾市眼科医院排行榜(前十名)",
        "2023-04-18 15:06:12 来源：健康号整理",
        "导语：眼睛不舒服到底去哪家医院看？小编根据医院等级、专科实力、患者口碑等综合整理了青禾市眼科医院排名，仅供参考。",
        *entries,
    ])
    assert len(docs) == 1


def test_a_roundup_s_last_paragraph_cut_by_the_excerpt_keeps_its_institution() -> None:
    """A roundup of hospitals' 爱耳日 work whose last paragraph a page store cut before its full stop:
    that paragraph is still its hospital's record."""
    docs = _records([
        "我市多家医院开展全国爱耳日义诊活动",
        "3月3日是第十九个全国爱耳日，今天上午，我市多家医院走上街头、走进社区，为市民提供听力筛查和耳鼻喉疾病咨询服务。",
        "青禾市第一人民医院耳鼻咽喉科在人民广场设立义诊点，6名医生为市民进行耳镜检查和纯音听力测试，现场还为20余位老人免费清理耵聍。",
        "青禾市中医院在东关社区开展“中医护耳”义诊，医生向居民讲解耳鸣的中医调理方法，并现场示范耳部穴位按摩。",
        "青禾市人民医院东院区的义诊则走进了城西工业园区，针对企业一线工人长期处于噪声环境的情况，医生现场开展职业性听力损失筛查，共检查工人150余名，已建议",
    ])
    assert [d.institution for d in docs if d.institution] == ["青禾市第一人民医院", "青禾市中医院", "青禾市人民医院"]


def test_a_roundup_s_paragraph_may_open_with_its_time_or_its_scene() -> None:
    """`下午,某某医院的…` and `在某某社区,某某医院的医生…`: the hospital after the time or the
    scene leads its paragraph's record."""
    docs = _records([
        "重阳节我市多家医院送健康进社区",
        "今天是农历九月初九重阳节，我市多家医院组织医护人员走进社区、养老机构，为老年人送去健康服务。",
        "上午8点半，青禾市中心医院老年医学科的义诊台前已排起长队，医生们为老人测量血压、血糖，解答用药问题。",
        "在幸福里社区，青禾市中西医结合医院的医生为老人们开展艾灸、拔罐体验，康复科治疗师还手把手教大家练习八段锦。",
        "下午，青禾市第四人民医院的心理科医生走进桐北街道老年活动中心，围绕老年人睡眠障碍、情绪低落等问题开展讲座。",
    ])
    assert [d.institution for d in docs if d.institution] == ["青禾市中心医院", "青禾市中西医结合医院", "青禾市第四人民医院"]


# -- more bars, stamps and tables ----------------------------------------------------------------


def test_a_headline_opening_with_a_span_of_months_is_no_date() -> None:
    """`2021年1-5月某某区经济运行情况` is the headline; the date is the stamp under it."""
    doc = _one([
        "首页 >> 部门信息 >> 区统计局 >> 统计数据",
        "2021年1-5月某某区经济运行情况",
        "2021-06-18 15:40",
        "来源：某某区统计局",
        "今年以来，全区各项经济指标稳步回升，工业、投资和消费三驾马车齐头并进，开局良好。",
        "1-5月，全区工业增加值比去年同期多了15.8%，其中电子信息产业增长最快，达到28.4%。",
    ])
    assert doc.title == "2021年1-5月某某区经济运行情况"
    assert (doc.published or "").startswith("2021-06-18T15:40")


def test_a_table_s_empty_cells_written_as_dashes_keep_its_rows() -> None:
    """A table a cell a line whose empty cells are `—`: the dashes and every row stay, so the
    columns still line up."""
    doc = _one([
        "某某区2021年1-5月主要经济指标",
        "发布时间：2021-06-18",
        "1-5月，全区社会消费品零售总额完成86.37亿元，同比增长24.5%，限额以上单位餐饮收入增长41.2%。",
        "附表：主要经济指标",
        "指标名称", "单位", "1-5月", "同比增长（%）",
        "规模以上工业增加值", "亿元", "—", "15.8",
        "固定资产投资", "亿元", "—", "11.2",
        "社会消费品零售总额", "亿元", "86.37", "24.5",
        "一般公共预算收入", "亿元", "12.04", "13.7",
        "注：规模以上工业增加值不公布绝对额；增速按可比价计算。",
    ])
    lines = _lines(doc)
    at = lines.index("规模以上工业增加值")
    assert lines[at : at + 4] == ["规模以上工业增加值", "亿元", "—", "15.8"]
    assert "一般公共预算收入" in lines and "12.04" in lines


def test_an_old_portal_s_bracketed_bar_is_read_over_the_header_s_today() -> None:
    """`[2014-07-21] 【来源:县卫生局人事股】 【作者:杜某斌】 【打印此页】 【关闭窗口】` under the
    headline, `今天是2014年7月23日` in the header: the bar's day, source and writer are read, and a
    greeting to the candidates (`各报考人员:`) stays."""
    doc = _one([
        "某某县卫生局",
        "今天是2014年7月23日",
        "通知公告",
        "某某县2014年乡村医生招聘考试成绩公示",
        "[2014-07-21] 【来源:县卫生局人事股】 【作者:杜某斌】 【打印此页】 【关闭窗口】",
        "各报考人员:",
        "某某县2014年乡村医生招聘笔试已于7月19日结束，现将考试成绩公示如下，公示期间如有异议请向县卫生局人事股反映。",
        "公示期为2014年7月21日至7月25日，联系电话：0000-1234567。",
    ])
    assert doc.title == "某某县2014年乡村医生招聘考试成绩公示"
    assert (doc.published or "").startswith("2014-07-21")
    assert doc.authors == ["杜某斌"]
    assert doc.metadata.get("source_name") == "县卫生局人事股"
    assert _lines(doc)[0] == "各报考人员:"


def test_a_review_result_s_headline_names_no_reviewer() -> None:
    """`…资格审核结果公示` ends on 审核 and four characters, and is still the headline."""
    head = "某某县2022年公开招聘乡镇卫生院专业技术人员资格审核结果公示"
    doc = _one(["当前位置 >> 首页 >> 人事信息", head, "来源:某某县卫生健康局 作者:冯某 日期:2022-07-15 浏览量:4291", INTRO])
    assert doc.title == head


def test_channel_stamps_of_other_templates_are_read() -> None:
    """`原创: 某某 某某发布 2018-05-18` (a colon after 原创), `公众号:某某卫生院 发布时间:… 阅读:512` (the day),
    `2017-06-07 某某县卫生计生局 某某卫计` (the account's short name is no writer) and
    `来源: 某某融媒 湖南` (the province after the account)."""
    colon = _one(["我县多家医院开展义诊活动", "原创: 何某怡 某某发布 2018-05-18", *BODY])
    assert (colon.title, colon.published, colon.authors) == ("我县多家医院开展义诊活动", "2018-05-18", ["何某怡"])
    archive = _one(["某某镇卫生院家庭医生签约服务走进千家万户", "公众号:某某镇卫生院 发布时间:2017-11-23 阅读:512", *BODY])
    assert archive.published == "2017-11-23"
    assert not any("公众号" in ln for ln in _lines(archive))
    short = _one(["红石镇开展全国爱眼日免费眼科筛查", "2017-06-07 石城县卫生计生局 石城卫计", *BODY])
    assert short.authors == []
    province = _one(["县医共体巡回医疗车开进大山深处", "2022-11-03 16:21:08 来源: 云岭融媒 湖南", "举报", *BODY])
    assert province.metadata.get("source_name") == "云岭融媒"


def test_an_e_paper_masthead_with_bars_and_a_weekday_gives_the_paper_and_the_day() -> None:
    """`某某晚报 | 2023年04月11日 星期二 | 第A10版:健康周刊` over the pager and the headline."""
    doc = _one([
        "滨江晚报 | 2023年04月11日 星期二 | 第A10版:健康周刊",
        "上一版 下一版 | 版面导航 | 往期回顾",
        "春季过敏高发 鼻子“闹脾气”别硬扛",
        "本报记者 周某宁 通讯员 梁某",
        *BODY,
    ])
    assert doc.published == "2023-04-11"
    assert doc.metadata.get("source_name") == "滨江晚报"
    assert not any("星期二" in ln for ln in _lines(doc))


def test_a_closing_reporter_credit_above_the_site_s_pager_and_lists_is_read() -> None:
    """`（本报记者 宋某平）` under the story, then the site's buttons, its pager, related headlines and
    a comment box's note: the reporter is the author."""
    doc = _one([
        "下岗不下志 再就业路越走越宽",
        "作者：佚名    文章来源：某某日报    点击数：",
        *BODY,
        "（本报记者 宋某平）",
        "【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】",
        "上一篇文章：",
        "县人大常委会组织代表视察城区道路建设",
        "下一篇文章：",
        "我县春耕备耕工作有序展开",
        "相关文章",
        "我县召开再就业工作表彰大会",
        "县劳动就业服务局开展春风行动",
        "下岗职工免费培训班开班",
        "网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）",
        "没有任何评论",
        "Copyright © 2004-2005 某某新闻网 All Rights Reserved.",
        "主办：中共某某县委宣传部",
    ])
    assert doc.authors == ["宋某平"]


def test_placeholders_greetings_and_font_buttons_leave() -> None:
    """`(图片)`, `某某县卫生健康局欢迎您!` and a font switch one button a line (`大字体` / `小字体`)
    leave; the headline above the switch stays the title."""
    head = "电动自行车上牌怎么办？交警支队长答记者问"
    doc = _one([
        "某某县卫生健康局欢迎您!",
        head,
        "2014年11月06日 07:58    来源：某某都市报",
        "大字体",
        "小字体",
        "□本报记者 庞某雯",
        *BODY[:1],
        "(图片)",
        *BODY[1:],
    ])
    assert doc.title == head
    assert not any(ln in ("(图片)", "大字体", "小字体") or "欢迎您" in ln for ln in _lines(doc))


def test_a_portal_s_bar_under_a_headline_it_prints_twice_is_read(tmp_path: Path) -> None:
    """The headline over `某某网 | date | 来源：某某晚报 | 编辑：… | 我要评论`, printed again atop the
    article; a `导读：` box that the body's `本报讯 …` paragraph says again: the bar gives the
    source, and the body's paragraph is the copy kept."""
    head = "东湖首批5座24小时自助图书馆开放 刷身份证就能借书"
    lead = "记者昨日从市图书馆了解到，首批5座24小时自助图书馆已在市区人流密集处建成并投入使用，市民凭二代身份证即可免押金借书。"
    html = f"""<html><head><meta charset="utf-8"><title>{head}_某某网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/wh">文化</a></div>
<div class="crumb">当前位置：首页 &gt; 文化 &gt; 正文</div>
<div class="main"><h1>{head}</h1>
<div class="news_info">某某网 | 2014-12-05 08:56 | 来源：东湖晚报 | 编辑：吴某 | <a href="#pl">我要评论</a></div>
<div class="news_summary"><strong>导读：</strong>{lead}</div>
<div id="news_con"><p>{head}</p>
<p>本报讯 {lead}</p>
<p>这5座自助图书馆分别设在火车站广场、市民中心、公园北门、人民医院门诊楼前和大学城商业街，每座可容纳图书400册，实现24小时借还。</p>
<p>市图书馆负责人介绍，今后还将根据市民借阅情况增设网点，并逐步实现与社区图书室的通借通还。（记者 谭某礼）</p></div></div>
<div class="footer">关于我们 | 广告服务 | 联系我们</div></body></html>"""
    doc = _page(tmp_path, "portal.html", html)
    assert doc.metadata.get("source_name") == "东湖晚报"
    assert (doc.published or "").startswith("2014-12-05T08:56")
    lines = _lines(doc)
    assert lines[0].startswith("本报讯")
    assert not any(ln.startswith("导读") for ln in lines)


def test_a_channel_before_the_outlet_and_a_microblog_tag_after_the_writer_are_read_past() -> None:
    """`某某房产 某某商报 2013年08月21日09:12 作者：冯某国[微博]`: the outlet, the day and the writer."""
    doc = _one(["某某7月新房均价环比微涨0.8% 刚需盘成交占六成", "某某房产 江城商报 2013年08月21日09:12 作者：冯某国[微博]", *BODY])
    assert doc.metadata.get("source_name") == "江城商报"
    assert doc.authors == ["冯某国"]
    assert (doc.published or "").startswith("2013-08-21T09:12")
    assert not any("[微博]" in ln for ln in _lines(doc))


def test_a_heading_pasted_again_with_its_paragraph_goes_with_it() -> None:
    """A procurement notice whose `项目概况` box the scraper saved twice: one heading and one
    paragraph are left."""
    box = "彩色多普勒超声诊断仪采购项目的潜在投标人应在某某市公共资源交易平台获取招标文件，并于2021年09月07日09点30分前递交投标文件。"
    doc = _one([
        "某某医院彩色多普勒超声诊断仪采购项目招标公告",
        "发布日期:2021年08月16日",
        "项目概况", box, "项目概况", box,
        "一、项目基本情况",
        "项目编号:MC-2021-088",
        "预算金额:180万元，采购需求:彩色多普勒超声诊断仪一台，交货期为合同签订后三十日内。",
    ])
    lines = _lines(doc)
    assert lines.count("项目概况") == 1
    assert lines.count(box) == 1


def test_an_outlet_before_a_photo_credit_s_reporter_leaves_with_it() -> None:
    """`…枢纽。某某网 记者 某某某 摄`: the caption keeps its sentence, the outlet goes with the credit."""
    doc = _one([
        "某某快速公交1号线今日开通",
        "发布时间：2016-09-28",
        *BODY[:1],
        "快速公交1号线车辆驶出火车站枢纽，沿途设站点21座，全程运行时间约40分钟。某某网 记者 欧阳某 摄",
        *BODY[1:],
    ])
    assert "快速公交1号线车辆驶出火车站枢纽，沿途设站点21座，全程运行时间约40分钟。" in _lines(doc)
    assert "某某网" not in doc.text


def test_a_release_s_kind_after_its_source_names_no_one() -> None:
    """`2015-11-03 17:42 資料來源：衛生局 新聞稿`: the source is the bureau; `新聞稿` is no writer."""
    doc = _one(["長者流感疫苗接種日 社區中心設專場", "2015-11-03 17:42 資料來源：衛生局 新聞稿", *BODY])
    assert doc.metadata.get("source_name") == "衛生局"
    assert doc.authors == []
