"""Rule families, not strings: spellings the examples do not list still go under the family's
rule id, inside an article as the chain sees it, and the body around them stays."""

from __future__ import annotations

import pytest

from cleaner.config import Config
from cleaner.filters.boilerplate import Boilerplate
from cleaner.filters.normalize import Normalize
from cleaner.model import Document

BEFORE = "7月2日,某某镇卫生院家庭医生团队走进村委会,为六十五岁以上老人开展免费体检,并建立健康档案。"
AFTER = "下一步,卫生院将继续推进家庭医生签约服务,把健康管理送到群众身边,切实提升群众就医获得感。"
# The block model is switched off: these are the rules' own families.
CFG = Config(disable=["block_model"])
STAGES = (Normalize(CFG), Boilerplate(CFG))


def removed(line: str) -> list[str]:
    doc = Document(id="t", source="t", original=f"{BEFORE}\n{line}\n{AFTER}")
    for st in STAGES:
        (doc,) = st.run(doc)
    assert BEFORE in doc.text and AFTER in doc.text
    return sorted({c.rule for c in doc.changes if c.stage == "boilerplate"})


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("责 任 编 辑:孔 明", "role_field_spaced"),
        ("初 审：钟一帆", "role_field_spaced"),
        ("稿源:", "role_field"),
        ("撰稿 / 刘晓光", "role_field"),
        ("摄影、文字:陶然", "role_field"),
        ("监 制 ：", "role_field_spaced"),
        ("责编 方圆", "role_name_credit"),
        ("记者 苏晴 通讯员 马骏", "role_name_credit"),
        ("2021.09.30 16:05 来源:某某区卫健局", "dated_source"),
        ("更新日期:2022-01-05", "date_field"),
        ("2020/12/31 08:15:00", "stamp_line"),
        ("索引号:", "record_field"),
        ("公开方式:主动公开", "record_field"),
        ("点击量:", "view_count"),
        ("关闭", "chrome_words"),
        ("【 打印 】 【 关闭 】", "chrome_words"),
        ("登录 | 注册", "chrome_words"),
        ("栏目", "chrome_words"),
        ("您当前所在位置:首页 > 卫生健康", "location_line"),
        ("第A12版:社会新闻", "epaper_label"),
        ("全文共860字,阅读大约需要3分钟", "reading_time"),
        ("违法和不良信息举报电话:12345", "notice_line"),
        ("本网原创稿件,转载请注明来源", "notice_line"),
    ],
)
def test_family_members_go_under_the_family_id(line: str, rule: str) -> None:
    assert removed(line) == [rule]


@pytest.mark.parametrize(
    "line",
    [
        "编辑部主任带领大家学习了新修订的医疗质量管理办法。",
        "来源于社区的反馈意见,已经汇总报送给区卫健局。",
        "记者节前夕,医院与媒体朋友举行了座谈。",
        "时间:2024年7月5日上午9:00",
        "地点:医院门诊楼三楼会议室",
        "关闭了两个旧病区之后,医院把床位集中到新大楼。",
        "阅读是最好的心理疗愈,病区里设立了图书角。",
        "第二版诊疗方案已印发到各科室。",
        "举报和投诉的处理结果将在七个工作日内反馈给群众。",
        "一、加强组织领导",
    ],
)
def test_content_lines_that_look_alike_stay(line: str) -> None:
    assert removed(line) == []
