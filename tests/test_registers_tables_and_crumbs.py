"""Registers and tables near a page's end, lists that count their items, notices signed with a
month, and portal breadcrumbs that end in the headline: each test is a page written for the
project, and what a user reads in the record is checked."""

from __future__ import annotations

from pathlib import Path

from cleaner.api import clean, clean_text
from cleaner.model import Document

INTRO = "根据政府信息公开有关规定，现将本季度作出的行政处罚决定予以公示，接受社会监督。公示期间如有异议，可向我局法制科反映。"


def _lines(doc: Document) -> list[str]:
    return [ln.strip() for ln in doc.text.split("\n") if ln.strip()]


def _one(lines: list[str]) -> Document:
    (doc,) = clean_text("\n".join(lines))
    return doc


def _page(tmp_path: Path, name: str, html: str) -> Document:
    p = tmp_path / name
    p.write_text(html, encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    return doc


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
