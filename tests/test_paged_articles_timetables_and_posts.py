"""Pages from hospitals' sites, health commissions and Hong Kong and Taiwan columns: an article
shown one page at a time with the other pages hidden until clicked, a holiday timetable written as
rows split by bars, a writer named after their post, and a roundup whose institutions each stand
under a triangle with the pictures captioned in brackets. Each test is a page written for the
project, and what a user reads in the records is checked."""

from __future__ import annotations

from pathlib import Path

from cleaner.model import institution_list

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page
from .helpers import records_of as _records

_PAGED = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>溪口县人民医院举办护理技能竞赛_医院动态</title></head>
<body>
<div id="top"><a href="/">首页</a>｜<a href="/guide/">就医指南</a>｜<a href="/online/">网上咨询</a></div>
<div class="location">首页 → 医院动态 → 正文</div>
<div class="art_main">
  <div class="art_title">溪口县人民医院举办护理技能竞赛</div>
  <div class="art_info">【发布时间：2019年05月11日】【来源：护理部】</div>
  <div class="art_body">
    <div id="content_1" style="display:block">
      <p>为庆祝国际护士节，5月10日，溪口县人民医院在门诊五楼多功能厅举办护理技能竞赛，全院二十八个护理单元参赛。</p>
      <p>竞赛分为理论考试和操作考核两部分，操作项目包括心肺复苏、静脉留置针穿刺和简易呼吸器使用。</p>
      <div class="pagelist">共3页：<a href="javascript:showPage(1)">第1页</a> <a href="javascript:showPage(2)">第2页</a> <a href="javascript:showPage(3)">第3页</a></div>
    </div>
    <div id="content_2" style="display:none">
      <p>竞赛现场，参赛选手沉着冷静、动作规范，评委们从操作流程、无菌观念和人文关怀等方面现场打分。</p>
      <div class="pagelist">共3页：<a href="javascript:showPage(1)">第1页</a> <a href="javascript:showPage(2)">第2页</a> <a href="javascript:showPage(3)">第3页</a></div>
    </div>
    <div id="content_3" style="display:none">
      <p>经过一天的激烈角逐，急诊科、重症医学科和儿科分别获得团体一、二、三等奖，十名护士获得单项优胜奖。</p>
    </div>
  </div>
</div>
<div class="side">
  <div id="tab_1" style="display:block"><a href="/a1">医院召开年度工作会议</a><a href="/a2">我院通过胸痛中心认证</a></div>
  <div id="tab_2" style="display:none"><a href="/b1">五一假期门诊安排</a><a href="/b2">关于调整门诊时间的通知</a></div>
</div>
<div id="footer">版权所有：溪口县人民医院　备案号：某ICP备12345678号</div>
</body></html>
"""


def test_the_hidden_pages_of_a_paged_article_are_kept(tmp_path: Path) -> None:
    """`content_2` and `content_3`, styled `display:none` until their page link is clicked, are
    the article's second and third pages; a sidebar's hidden tab of links is still left out."""
    doc = _page(tmp_path, "paged.html", _PAGED)
    text = doc.text
    assert "为庆祝国际护士节" in text
    assert "竞赛现场，参赛选手沉着冷静" in text
    assert "经过一天的激烈角逐" in text
    assert "五一假期门诊安排" not in text
    assert "关于调整门诊时间的通知" not in text


def test_a_holiday_timetable_of_rows_split_by_bars_is_kept() -> None:
    """`1月22日（初一） | 上午 | 康复医学科 | 某某 | 副主任医师`: a row of the notice's timetable, with a
    day and a doctor's title in its cells, which no menu has; the site's menu row still goes."""
    rows = [
        "2月10日（初一） | 上午 | 针灸推拿科 | 黄某明 | 主任医师",
        "2月11日（初二） | 上午 | 内分泌科 | 程某兰 | 主任医师",
        "2月12日（初三） | 上午 | 儿科 | 冉某勇 | 副主任医师",
        "2月13日（初四） | 全天 | 心血管内科 | 陶某华 | 主任医师",
    ]
    doc = _one([
        "澄川市中医院2024年春节假期门诊安排",
        "首页 | 医院概况 | 新闻中心 | 就医指南 | 专家介绍 | 联系我们",
        "发布时间：2024-02-05",
        "春节假期期间，我院急诊、住院部正常运行，门诊实行专家轮值，具体安排如下：",
        "日期 | 时段 | 科室 | 出诊专家 | 职称",
        *rows,
        "其余时段门诊暂停，2月17日起恢复正常门诊。如遇急症请直接前往急诊科就诊。",
    ])
    lines = _lines(doc)
    for row in rows:
        assert row in lines
    assert "首页 | 医院概况 | 新闻中心 | 就医指南 | 专家介绍 | 联系我们" not in lines


def test_a_writer_named_after_their_post_is_the_author() -> None:
    """`撰文：心臟科專科醫生 某某` and `作者：急诊医学科主治医师 某某`: the post is no second author."""
    doc = _one([
        "心房顫動不可輕忽　定期檢查防中風",
        "2013年10月09日",
        "撰文：心臟科專科醫生 方某健",
        "心房顫動是最常見的心律失常之一，患者心跳不規則，血液容易在心房內形成血栓，增加中風風險。",
        "專家建議，六十五歲以上人士應定期量度脈搏，如發現心跳不規則，應及早求醫。",
    ])
    assert doc.authors == ["方某健"]
    doc = _one([
        "高温天气谨防热射病",
        "发布时间：2023-07-12",
        "作者：急诊医学科主治医师 曾某凯",
        "近日持续高温，医院急诊科接诊的中暑患者明显增多，其中两名患者被诊断为热射病。",
        "医生提醒，高温天气应避免长时间户外作业，出现头晕、乏力等症状时应立即到阴凉处休息。",
    ])
    assert doc.authors == ["曾某凯"]


def test_a_roundup_under_triangles_is_one_record_per_institution() -> None:
    """`▲某某县疾病预防控制中心` alone over its paragraph is the roundup's heading, not a caption;
    `【图】…` between the items is a caption and goes."""
    items = [
        ("溪口县疾病预防控制中心", "3月24日上午，溪口县疾病预防控制中心联合县第二人民医院在人民公园举行世界防治结核病日主题宣传活动，现场发放资料两千余份。"),
        ("溪口县第二人民医院", "作为全县结核病定点医院，溪口县第二人民医院在门诊大厅开设结核病防治咨询专窗，由结核科医生轮流值守。"),
        ("澄川区疾病预防控制中心", "澄川区疾病预防控制中心走进辖区五所中学，以主题班会和知识竞赛的形式开展校园结核病防控教育。"),
        ("石门镇卫生院", "石门镇卫生院借助赶集日在集镇设点宣传，村医用方言向群众讲解咳嗽咳痰两周以上要及时就诊等知识。"),
    ]
    lines = ["各地开展世界防治结核病日宣传活动", "发布日期：2016-03-25  来源：疾病预防控制科"]
    for k, (name, para) in enumerate(items):
        lines += [f"▲{name}", para]
        if k == 1:
            lines.append("【图】溪口县第二人民医院医生在咨询专窗为群众答疑")
    recs = _records(lines)
    assert len(recs) == len(items)
    for rec, (name, para) in zip(recs, items, strict=True):
        assert para in rec.text
        assert name in institution_list(rec.institution)
    assert all("【图】" not in rec.text for rec in recs)


def test_a_bar_with_buttons_after_the_source_and_a_marked_outlet_byline() -> None:
    """`来源：某某晚报   参与评论(3)   收藏本文`: the buttons are no part of the source;
    `■某某晚报记者 某某 通讯员 某某` under it names the reporter and the correspondent."""
    doc = _one([
        "夏日献热血 爱心暖澄川",
        "2016年08月09日 10:03   来源：澄川晚报   参与评论(3)   收藏本文",
        "■澄川晚报记者 严某梅 通讯员 方某",
        "献血屋里，市民排队登记献血，工作人员逐一为他们测量血压、检测血红蛋白。",
        "据了解，今年以来全市已有一万二千余人次参加无偿献血，献血总量比去年同期增长百分之八。",
    ])
    assert doc.metadata.get("source_name") == "澄川晚报"
    assert doc.authors == ["严某梅", "方某"]


def test_an_inspection_notice_listing_the_units_it_found_at_fault_is_one_record() -> None:
    """A 通报 addressed to the units (`各医疗卫生单位：`), its problems under an outline heading
    (`二、发现的主要问题`) one institution an item: the notice's findings, not a roundup."""
    recs = _records([
        "关于2024年第一季度全县医疗机构依法执业监督检查情况的通报",
        "发布日期:2024-04-25 09:12",
        "各医疗卫生单位：",
        "按照年度监督检查计划，2024年3月，县卫生健康综合监督执法大队对全县二级医院、乡镇卫生院开展了依法执业监督检查。",
        "一、检查基本情况",
        "本次共检查医疗机构23家，其中公立医疗机构15家、民营医疗机构8家，出动执法人员46人次。",
        "二、发现的主要问题",
        "（一）溪口县人民医院：部分科室医疗废物暂存点标识不全，交接登记不完整。",
        "（二）溪口县中医医院：个别处方未按规定注明临床诊断，抗菌药物分级管理执行不到位。",
        "（三）城关镇中心卫生院：消毒供应室部分灭菌效果监测记录缺失。",
        "（四）石门镇卫生院：传染病疫情登记报告不及时，预检分诊处未设置醒目标识。",
        "三、下一步工作要求",
        "各单位要对照通报问题，举一反三，于5月20日前完成整改，并将整改报告报县卫生健康局。",
        "溪口县卫生健康局",
        "2024年4月24日",
    ])
    assert len(recs) == 1
    assert "（三）城关镇中心卫生院：消毒供应室部分灭菌效果监测记录缺失。" in _lines(recs[0])


def test_an_accounts_name_over_its_account_line_and_follow_prompt_is_no_title() -> None:
    """A channel export opening `某某发布` / `某某县融媒体中心 2019-10-24 20:05` / `点击上方“某某发布”
    可以订阅哦！` / headline: the first line is the account's name, the headline the title."""
    doc = _one([
        "溪口发布",
        "溪口县融媒体中心  2019-10-24 20:05",
        "点击上方“溪口发布”可以订阅哦！",
        "石门镇中心卫生院：小小“云诊室”连起城乡医疗",
        "“以前看个病要跑几十里，现在在镇上就能让县里的专家看。”说起镇卫生院新开的云诊室，村民们赞不绝口。",
        "今年以来，石门镇中心卫生院依托县域医共体建成远程会诊室，已为三百多名群众提供了县级专家的远程诊疗服务。",
    ])
    assert doc.title == "石门镇中心卫生院：小小“云诊室”连起城乡医疗"
    assert doc.metadata.get("account_name") == "溪口发布"
    assert doc.published.startswith("2019-10-24")
