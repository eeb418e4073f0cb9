"""The `repeats` stage: repeated paragraphs, leads, titles and captions inside one document."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.config import Config
from cleaner.errors import ConfigError
from cleaner.filters.metadata import Metadata
from cleaner.filters.normalize import Normalize
from cleaner.filters.repeats import Repeats as RepeatsStage
from cleaner.filters.repeats import gram_ids, jaccard, line_removal_edits, ngrams, paragraph_key
from cleaner.model import Document, replay


def Repeats(config: Config, section_spans: Any = None) -> RepeatsStage:  # noqa: N802 (stands for the class)
    """The stage built as the chain builds it, with another roundup-section finder put in when
    `section_spans` is given."""
    stage = RepeatsStage(config)
    if section_spans is not None:
        stage.section_spans = section_spans
    return stage

def no_sections(text: str) -> None:
    return None


def clean(
    text: str,
    *,
    title: str | None = None,
    metadata: bool = False,
    normalize: bool = True,
    spans=no_sections,
    **cfg,
) -> Document:
    """Run normalize (+ metadata) + repeats on a text, as the chain does."""
    config = Config(**cfg)
    doc = Document(id="t", source="t", original=text)
    if normalize:
        (doc,) = Normalize(config).run(doc)
    if metadata:
        (doc,) = Metadata(config).run(doc)
    if title is not None:
        doc.title = title
    out = Repeats(config, section_spans=spans).run(doc)
    assert replay(doc.original, doc.changes) == doc.text
    return out[0] if out else doc


def removals(doc: Document) -> list[tuple[str, str, dict]]:
    return [(c.rule, c.removed.strip("\n"), c.note or {}) for c in doc.changes if c.stage == "repeats"]


# -- seed 001: the whole article pasted twice ----------------------------------------------------


def seed_001_first_copy(text: str) -> tuple[list[str], int]:
    """The body paragraphs of the first copy and where the second copy starts in the original."""
    lines = text.split("\n")
    body = lines[4:]
    second = body.index(body[0], 1)
    first = body[:second]
    return first, text.index("\n" + body[0], text.index(body[0]) + 1) + 1


def test_seed_001_double_paste_keeps_first_copy_in_order(seed_text) -> None:
    raw = seed_text("001")
    first, _ = seed_001_first_copy(raw)
    doc = clean(raw, metadata=True)
    paras = doc.text.split("\n")
    assert paras == first
    assert all(paras.count(p) == 1 for p in paras)
    rem = removals(doc)
    assert [r[0] for r in rem] == ["repeat_exact"] * len(first)
    # Each removed copy names the kept first copy by its original offset.
    for (_, removed, note), kept in zip(rem, first, strict=True):
        assert removed == kept
        assert note["kept_at"] == raw.index(kept)


def test_seed_001_stray_letter_on_one_copy_is_a_near_repeat(seed_text) -> None:
    raw = seed_text("001")
    # Boilerplate removed the stray G from the first copy only: the copies now differ by a letter.
    cut = raw.index("贡献力量。G") + len("贡献力量。")
    varied = raw[:cut] + raw[cut + 1 :]
    first, _ = seed_001_first_copy(varied)
    doc = clean(varied, metadata=True)
    assert doc.text.split("\n") == first
    rem = removals(doc)
    assert [r[0] for r in rem] == ["repeat_exact"] * (len(first) - 1) + ["repeat_near"]
    rule, removed, note = rem[-1]
    assert removed.endswith("贡献力量。G")
    assert note["kept_at"] == varied.index(first[-1])
    assert 0.9 <= note["similarity"] < 1.0


# -- titles ---------------------------------------------------------------------------------------


def test_seed_004_title_repeated_in_body_goes(seed_text) -> None:
    raw = seed_text("004")
    doc = clean(raw, metadata=True)
    assert doc.title is not None
    assert doc.text.count(doc.title) == 0
    rem = removals(doc)
    assert [r[0] for r in rem] == ["repeat_title", "repeat_title"]
    assert all(note == {"kept": "title", "kept_at": 0} for _, _, note in rem)
    # Whole lines go: the heading before a removed title now runs into the next paragraph.
    assert "\n\n" not in doc.text and doc.text == doc.text.strip("\n")
    assert "发挥宣传文化引领作用 为医院发展凝心聚力\n宣传文化教育是推动医院发展" in doc.text


def test_first_line_title_recurs_when_no_title_was_lifted() -> None:
    text = "县医院开展世界卫生日义诊活动\n4月7日上午,县医院组织专家在广场开展义诊活动,为群众测量血压血糖。\n县医院开展世界卫生日义诊活动\n活动共接待群众三百余人次,发放宣传资料五百余份。"
    doc = clean(text)
    assert doc.text.split("\n") == [
        "县医院开展世界卫生日义诊活动",
        "4月7日上午,县医院组织专家在广场开展义诊活动,为群众测量血压血糖。",
        "活动共接待群众三百余人次,发放宣传资料五百余份。",
    ]
    assert removals(doc) == [("repeat_title", "县医院开展世界卫生日义诊活动", {"kept_at": 0})]


def test_a_notices_attachment_that_bears_its_title_stays() -> None:
    """`附件:某某名单` under a notice titled `某某名单公示` is the notice's attachment, not a copy of
    its title; a plain copy of the title still goes."""
    title = "某某县2024年度乡村医生定向培养拟录取人员名单公示"
    body = "经报名、资格审查、面试和体检,现将拟录取人员名单予以公示。"
    doc = clean("\n".join([body, "附件:某某县2024年度乡村医生定向培养拟录取人员名单", title]), title=title)
    assert doc.text.split("\n") == [body, "附件:某某县2024年度乡村医生定向培养拟录取人员名单"]


def test_a_notices_signer_that_repeats_the_site_name_stays() -> None:
    """The hospital's name heads the page and signs the notice it posts (`特此通知。` / name /
    date): the signature is the notice's, not a repeat of the head."""
    text = (
        "杉川县人民医院\n"
        "因门诊楼改造施工需要,自11月1日起,内分泌科和肾内科门诊临时搬迁至住院部一楼东侧。\n"
        "施工期间门诊大厅北门关闭,请从南门进入,给您带来的不便敬请谅解。\n"
        "特此通知。\n杉川县人民医院\n2025年10月20日\n"
        "如有疑问请拨打门诊服务中心电话咨询。"
    )
    doc = clean(text)
    assert doc.text.count("杉川县人民医院") == 2
    assert "特此通知。\n杉川县人民医院\n2025年10月20日" in doc.text


# -- leads and summaries (acceptance 4) -----------------------------------------------------------


def test_one_line_summary_repeated_as_body_first_sentence_keeps_body_copy() -> None:
    summary = "11月8日,市中心医院成功完成首例经导管主动脉瓣置换手术。"
    body = summary + "患者为78岁男性,术后第三天即可下床活动,目前恢复良好。"
    text = "\n".join([summary, body, "该技术的开展填补了我市在结构性心脏病介入治疗领域的空白。"])
    doc = clean(text)
    assert doc.text.split("\n") == [body, "该技术的开展填补了我市在结构性心脏病介入治疗领域的空白。"]
    ((rule, removed, note),) = removals(doc)
    assert (rule, removed) == ("repeat_lead", summary)
    assert note == {"kept_at": text.index(body, 1)}


def test_summary_cut_short_across_two_paragraphs_under_a_headline_keeps_the_body() -> None:
    """A page's summary is the body's first characters, cut at a fixed length inside its second
    paragraph: it goes, and the body reads whole. A list item repeated under a headline stays."""
    headline = "县人民医院开展世界卫生日义诊活动"
    first = "本报讯 今天是世界卫生日。县人民医院组织专家走进社区开展义诊活动。"
    second = "上午八点,义诊现场已排起长队,专家们为群众测量血压血糖、解答健康问题,发放宣传资料五百余份。"
    summary = first + second[:18]
    text = "\n".join([headline, summary, first, second, "活动受到居民好评。"])
    doc = clean(text)
    assert doc.text.split("\n") == [headline, first, second, "活动受到居民好评。"]
    ((rule, removed, note),) = removals(doc)
    assert (rule, removed) == ("repeat_lead", summary)
    assert note == {"kept_at": text.index("\n" + first + "\n") + 1}
    # Cut exactly where a paragraph ends, it is a pasted run, not a cut-short summary.
    pasted = clean("\n".join([headline, first, first, second]))
    assert [r for r, _, _ in removals(pasted) if r == "repeat_lead"] == []


def test_labelled_lead_keeps_body_copy() -> None:
    lead = "全市三级医院全面推行检查检验结果互认,群众就医负担进一步减轻。"
    text = "\n".join(
        [
            "导语:" + lead,
            "记者从市卫生健康委获悉," + "今年以来市卫健委多措并举推进改革。",
            lead,
            "下一步,市卫健委将把互认范围扩大到二级医院和基层医疗机构。",
        ]
    )
    doc = clean(text)
    assert doc.text.split("\n")[0].startswith("记者从市卫生健康委获悉")
    assert doc.text.count(lead) == 1
    ((rule, removed, note),) = removals(doc)
    assert rule == "repeat_lead" and removed == "导语:" + lead
    assert note["kept_at"] == text.index("\n" + lead) + 1


def test_labelled_lead_keeps_body_copy_further_down() -> None:
    lead = "今年以来,我市家庭医生签约服务覆盖率达到百分之七十五,重点人群签约率持续提升。"
    body = [
        "市卫健委围绕签约服务提质增效,开展了专项行动和督导检查工作。",
        "各区县组建家庭医生团队,为重点人群提供上门随访服务。",
        "签约居民可享受优先就诊、预约转诊和长处方等便利。",
        "下一步,全市将推进签约服务与医保支付政策衔接。",
    ]
    text = "\n".join(["【摘要】" + lead, *body, lead + "其中,老年人签约率位居全省前列。"])
    doc = clean(text)
    ((rule, removed, note),) = removals(doc)
    assert (rule, removed) == ("repeat_lead", "【摘要】" + lead)
    assert note == {"kept_at": text.index("\n" + lead) + 1}


def test_first_paragraph_starting_a_pasted_run_is_a_double_paste() -> None:
    paras = [
        "今年以来,县人民医院持续深化改革,不断提升群众就医获得感。",
        "医院先后开设了便民门诊和夜间门诊,方便上班族就医。",
        "下一步,医院将继续优化服务流程,为群众提供更加优质的医疗服务。",
    ]
    text = "\n".join(paras + paras)
    doc = clean(text)
    assert doc.text.split("\n") == paras
    rem = removals(doc)
    assert [r[0] for r in rem] == ["repeat_exact"] * 3
    assert [r[2]["kept_at"] for r in rem] == [text.index(p) for p in paras]


def test_unlifted_headline_repeated_as_body_start_stays() -> None:
    head = "市中心医院成功完成首例经导管主动脉瓣置换手术"
    body = head + ",患者术后第三天即可下床活动,目前恢复良好。"
    doc = clean(head + "\n" + body)
    assert doc.text == head + "\n" + body
    assert removals(doc) == []


# -- near repeats ------------------------------------------------------------------------------------


def test_near_repeat_with_different_punctuation_and_width() -> None:
    a = "截至10月底,全院共开展日间手术1200余台次,平均住院日下降至6.8天。"
    b = "截至１０月底，全院共开展日间手术1200余台次；平均住院日下降至6.8天"
    c = "截至10月底,全院共开展日间手术1200余例次,平均住院日下降至6.8天。"
    text = "\n".join([a, "其中,眼科和骨科的日间手术占比最高,患者满意度达到98%以上。", b, c])
    doc = clean(text)
    assert doc.text.split("\n") == [a, "其中,眼科和骨科的日间手术占比最高,患者满意度达到98%以上。"]
    rem = removals(doc)
    assert [r[0] for r in rem] == ["repeat_near", "repeat_near"]
    assert all(r[2]["kept_at"] == 0 for r in rem)
    assert rem[0][2]["similarity"] == 1.0  # only punctuation and width differ
    assert 0.8 <= rem[1][2]["similarity"] < 1.0


def test_near_identical_paragraphs_with_different_numbers_both_stay() -> None:
    a = "截至10月底,全院共开展日间手术1200余台次,平均住院日下降至6.8天。"
    b = "截至10月底,全院共开展日间手术1300余台次,平均住院日下降至6.8天。"
    doc = clean("医院持续推进日间手术工作。\n" + a + "\n" + b)
    assert removals(doc) == []
    (note,) = doc.notes
    assert note["stage"] == "repeats" and note["rule"] == "repeat_near"
    assert (note["at"], note["similar_to"]) == (doc.original.index(b), doc.original.index(a))


def test_numbered_items_that_differ_only_in_their_numeral_both_stay() -> None:
    items = [f"第{k}部分:围绕签约服务提质增效,市卫健委开展了专项行动和督导检查工作。" for k in "一二三"]
    doc = clean("\n".join(["市卫健委部署家庭医生签约服务工作。", *items]))
    assert removals(doc) == []
    assert [n["rule"] for n in doc.notes] == ["repeat_near", "repeat_near"]


def test_full_and_half_width_digits_are_an_exact_repeat() -> None:
    a = "医院现有职工1356人,其中高级职称236人。"
    first = "县人民医院始建于1941年,是全县唯一的三级综合医院。"
    text = "\n".join(
        [first, a, "医院占地面积120亩,编制床位1200张。", "医院现有职工１３５６人，其中高级职称２３６人。"]
    )
    doc = clean(text)
    kept_at = len(first) + 1
    assert removals(doc) == [
        ("repeat_exact", "医院现有职工１３５６人，其中高级职称２３６人。", {"kept_at": kept_at})
    ]
    assert paragraph_key(a) == paragraph_key("医院现有职工１３５６人，其中高级职称２３６人。")


def test_different_sentences_sharing_a_phrase_are_not_repeats() -> None:
    a = "一是加强组织领导,成立由院长任组长的工作专班,定期研究解决重点难点问题。"
    b = "二是加强宣传引导,通过医院公众号和院内显示屏,定期发布健康科普知识。"
    assert jaccard(ngrams(a), ngrams(b)) < 0.3
    doc = clean(a + "\n" + b)
    assert removals(doc) == []


# -- what may repeat -------------------------------------------------------------------------------


def test_short_items_repeat_freely() -> None:
    lines = [
        "主要做法",
        "1.",
        "医院成立了由院长任组长的质量管理委员会。",
        "……",
        "主要做法",
        "1.",
        "医院建立了覆盖全院的不良事件上报系统。",
        "……",
    ]
    doc = clean("\n".join(lines))
    assert doc.text.split("\n") == lines
    assert removals(doc) == []


def test_repeated_caption_goes_heading_stays() -> None:
    lines = [
        "医院门诊综合楼",
        "医院始建于1952年,是一所集医疗、教学、科研为一体的综合医院。",
        "医院门诊综合楼",
        "医院先后获得省级文明单位、省级卫生先进单位等称号。",
    ]
    doc = clean("\n".join(lines))
    assert doc.text == "\n".join([lines[0], lines[1], lines[3]])
    assert removals(doc) == [("repeat_caption", "医院门诊综合楼", {"kept_at": 0})]


def test_field_line_under_each_programme_is_content() -> None:
    lines = [
        "周末文化活动安排如下。",
        "社区合唱团公益演出",
        "时 间:每周六上午九点",
        "地 点:文化广场东侧舞台",
        "少儿书法公益课堂",
        "时 间:每周六上午九点",
        "地 点:文化广场东侧舞台",
        "欢迎居民朋友们踊跃参加。",
    ]
    doc = clean("\n".join(lines))
    assert doc.text.split("\n") == lines
    assert removals(doc) == []


def test_a_notices_fields_alike_under_two_headings_stay() -> None:
    """A procurement notice gives the deadline and the opening the same time and room: 截止时间:…
    and 时间:… are two fields (labels differ), and the second 地点:… is the opening's own."""
    lines = [
        "本次采购项目的有关事项公告如下,请潜在供应商按时参加。",
        "四、响应文件提交",
        "截止时间:2020年7月27日9时30分(北京时间)",
        "地点:某某市中心医院行政楼五楼第二会议室",
        "五、开启",
        "时间:2020年7月27日9时30分(北京时间)",
        "地点:某某市中心医院行政楼五楼第二会议室",
        "六、公告期限",
        "自本公告发布之日起5个工作日。",
    ]
    doc = clean("\n".join(lines))
    assert doc.text.split("\n") == lines
    assert removals(doc) == []


def test_spec_rows_and_table_rows_of_two_products_stay() -> None:
    lines = [
        "甲型号电子血压计",
        "| 测量方式 | 上臂式 |",
        "供电方式:四节五号电池",
        "适用人群:成人",
        "乙型号电子血压计",
        "| 测量方式 | 上臂式 |",
        "供电方式:四节五号电池",
        "适用人群:儿童",
    ]
    doc = clean("\n".join(lines))
    assert doc.text.split("\n") == lines


def test_list_items_and_short_runs_repeated_in_two_lists_stay() -> None:
    lines = [
        "上午门诊开放科室:",
        "• 心血管内科专家门诊",
        "• 呼吸内科普通门诊",
        "下午门诊开放科室:",
        "• 心血管内科专家门诊",
        "• 消化内科普通门诊",
        "第一张专辑曲目",
        "夜色温柔的港湾",
        "清晨第一缕阳光",
        "远方传来的歌声",
        "第二张专辑曲目",
        "夜色温柔的港湾",
        "城市边缘的灯火",
        "远方传来的歌声",
    ]
    doc = clean("\n".join(lines))
    assert doc.text.split("\n") == lines


def test_the_same_question_put_to_several_people_stays_above_each_answer() -> None:
    """A survey of three doctors, each asked the same questions: every copy of a question heads
    its own answer, and stays."""
    lines = []
    for name, why, how in [
        ("内科王医生", "他认为主要原因是久坐少动和饮食偏咸,年轻人也不例外。", "他建议每天快走半小时,少吃腌制食品。"),
        ("外科李医生", "她说熬夜和长期精神紧张是她门诊中最常见的诱因。", "她建议保证睡眠,每年至少量一次血压。"),
        ("中医科张医生", "他指出体重超标的人群发病年龄明显提前,需要及早干预。", "他推荐八段锦等舒缓运动,配合规律作息。"),
    ]:
        lines += [f"受访者:{name}", "为什么高血压越来越年轻化?", why, "问:普通人应该怎样预防?", how]
    doc = clean("\n".join(lines))
    assert doc.text.split("\n") == lines


def test_a_two_part_question_headline_repeated_over_pictures_goes() -> None:
    """A headline in two parts that ends in a question (`某病:…?你知道…吗?`), repeated over a page's
    pictures, is no question put to anyone: its copies go."""
    head = "颈椎病:总是低头刷手机?你知道该怎么缓解吗?"
    lines = ["颈椎病多见于长期伏案工作的人群,近年来发病年龄明显提前。", head, "不少患者是在手机上看到科普以后才来就诊的。", head,
             "医生建议每工作一小时起身活动五分钟,做做颈部伸展操。"]
    doc = clean("\n".join(lines))
    assert doc.text.split("\n") == lines[:3] + lines[4:]


def test_of_two_near_copies_the_fuller_later_one_stays() -> None:
    """A summary's sentence under the headline, then the body's copy of it with a clause added
    further down: the fuller copy stays where it stands, the first gives way, and a third copy of
    the first names the one kept."""
    short = "一个简单的推断是:号源下沉以后,患者在社区卫生服务中心就能预约到三级医院的专家号。"
    full = "而且一个简单的推断是:号源下沉以后,患者在社区卫生服务中心就能预约到三级医院的专家号。"
    lines = [short, "市卫健委昨天公布了今年的十件民生实事,其中有三件与看病就医有关。",
             "第一件是推动三级医院专家号源下沉,每家社区卫生服务中心每周至少有二十个专家号。", full,
             "第二件是扩大家庭医生签约服务范围,重点人群签约率要达到八成以上。", short]
    doc = clean("\n".join(lines))
    assert doc.text.split("\n") == lines[1:5]
    kept_at = {c.note["kept_at"] for c in doc.changes if c.rule.startswith("repeat_")}
    assert kept_at == {doc.original.index(full)}


def test_a_question_pasted_twice_with_its_answer_goes_with_it() -> None:
    qa = ["哪些人需要接种流感疫苗?", "六十岁以上老人、慢性病患者和医务人员是优先接种的人群,建议每年秋季接种一次。"]
    lines = ["市疾控中心提醒市民及时接种流感疫苗。", *qa, *qa]
    doc = clean("\n".join(lines))
    assert doc.text.split("\n") == lines[:3]


def test_two_versions_of_a_program_listing_keep_their_shared_lines() -> None:
    """The second version of a listing repeats most lines of the first and changes one: both
    listings stay whole (a statement repeated in code is no repeated paragraph)."""
    first = ["import json", "import sqlite3", "conn = sqlite3.connect('data.db')",
             "conn.execute('insert into t values (?)', (json.dumps(row),))", "conn.commit()"]
    second = [*first[:3], "conn.executemany('insert into t values (?)', [(json.dumps(r),) for r in rows])", "conn.commit()"]
    lines = ["第一版代码如下:", *first, "第二版改成了批量写入,速度快了很多:", *second, "大家可以自己试一试两个版本的差别。"]
    doc = clean("\n".join(lines))
    assert doc.text.split("\n") == lines


def test_a_summary_box_that_the_body_says_again_goes_the_body_stays() -> None:
    """`划重点:` over points the body says again (one shortened by a few words, one inside a longer
    paragraph): the points go, naming the body's copy, and so does the heading; the body reads
    whole and in order. A point the body does not repeat stays under its heading."""
    body = [
        "今年以来,市中心医院门诊量同比增长两成,其中夜间门诊的就诊人数增长最快。",
        "“群众的需求在哪里,服务就延伸到哪里。”院长王某某介绍,医院今年新开设了十二个夜间专科门诊。",
        "为缓解停车难,医院与周边三家单位签订了错时共享协议,新增车位四百个。下一步还将开通社区接驳专线。",
        "王某某表示,医院将继续优化就医流程,让群众看病更省心。",
    ]
    points = [
        "“群众的需求在哪里,服务就延伸到哪里。”院长介绍,医院今年新开设了十二个夜间专科门诊。",
        "为缓解停车难,医院与周边三家单位签订了错时共享协议,新增车位四百个。",
    ]
    doc = clean("\n".join(["划重点:", *points, *body]))
    assert doc.text.split("\n") == body
    notes = [c.note for c in doc.changes if c.rule == "repeat_lead"]
    assert len(notes) == 3 and all("kept_at" in n for n in notes)
    own = "医院计划年底前再开设两个日间手术病区。"
    kept = clean("\n".join(["划重点:", points[0], own, points[1], *body]))
    assert kept.text.split("\n") == ["划重点:", own, *body]


def test_a_lead_put_together_from_two_body_paragraphs_goes() -> None:
    """A lead box that joins two paragraphs said further down (one word changed): the body's
    paragraphs stay where they stand, the lead goes, naming the first of them."""
    p1 = "发布会上,院长拿出一台新型便携超声仪展示,称“这台设备只有手机大小”。"
    p2 = "院长表示,这是医院与高校联合研发的首款产品,并表示它能让乡村医生在床旁完成检查。"
    lead = p1 + p2.replace("并表示", "并称")
    body = [
        "昨天上午,市中心医院在新院区召开发布会,介绍医院近年来的科研成果。",
        "据介绍,医院去年共获得专利授权二十三项,其中发明专利六项。",
        p1,
        p2,
        "下一步,医院将推动更多科研成果走出实验室,服务基层群众。",
    ]
    doc = clean("\n".join([lead, *body]))
    assert doc.text.split("\n") == body
    [change] = [c for c in doc.changes if c.rule == "repeat_lead"]
    assert change.note["paragraphs"] == 2
    # A first paragraph whose first sentence merely opens a later one, the rest its own, stays.
    own = p1 + "这一产品已在全省四十家乡镇卫生院试用,医生反映操作简便。"
    assert clean("\n".join([own, *body])).text.split("\n") == [own, *body]


def test_field_lines_inside_a_pasted_article_go_with_it() -> None:
    article = [
        "县中医院举办中医药文化宣传周活动,吸引了众多市民前来参与体验。",
        "时 间:五月十日上午",
        "活动现场,医生们为群众提供了针灸、推拿和艾灸等中医适宜技术体验。",
        "地 点:人民公园南门广场",
    ]
    doc = clean("\n".join(article + article))
    assert doc.text.split("\n") == article
    rules = {rule for rule, _, _ in removals(doc)}
    assert rules == {"repeat_exact"}
    assert any(note.get("shape") == "field" for _, _, note in removals(doc))


def test_a_repeated_short_prose_line_is_still_a_repeat() -> None:
    line = "请广大市民相互转告,做好个人防护。"
    lines = ["今冬流感进入高发期,专家提醒注意防范。", line, "接种疫苗是预防流感最有效的手段。", line]
    doc = clean("\n".join(lines))
    assert removals(doc) == [("repeat_exact", line, {"kept_at": len(lines[0]) + 1})]


def test_min_repeat_chars_is_the_setting() -> None:
    lines = ["县人民医院新院区今日启用。", "医院简介如下", "该院现有床位八百张。", "医院简介如下。"]
    assert removals(clean("\n".join(lines))) == []
    assert [r[0] for r in removals(clean("\n".join(lines), min_repeat_chars=5))] == ["repeat_near"]


# -- roundups: one section at a time ------------------------------------------------------------------


def test_roundup_sections_are_compared_separately() -> None:
    shared = "为提升基层服务能力,医院与县人民医院组建了医共体,建立了双向转诊机制。"
    text = "\n".join(
        [
            "### 甲镇卫生院",
            "甲镇卫生院始建于1958年,承担着全镇三万人的基本医疗服务。",
            shared,
            shared,
            "### 乙镇卫生院",
            "乙镇卫生院近年来加强党建工作,坚持党建与业务相融互促。",
            shared,
        ]
    )
    second = text.index("### 乙镇卫生院")

    def spans(t: str) -> list[tuple[int, int]]:
        assert t == text
        return [(0, second), (second, len(t))]

    doc = clean(text, spans=spans)
    # The copy inside one section goes; the copy in the other section is the segment stage's call.
    assert removals(doc) == [("repeat_exact", shared, {"kept_at": text.index(shared)})]
    assert doc.text.count(shared) == 2
    # Without sections the later copy would go too.
    assert clean(text).text.count(shared) == 1


def test_seed_002_roundup_leaves_paragraphs_pasted_across_sections_to_segment(seed_text) -> None:
    pasted = "为提升基层服务能力,逐步构建分级诊疗的就医格局。"
    raw = seed_text("002")
    assert raw.count(pasted) == 2
    # The real section finder of the segment stage: each hospital's section is compared alone.
    doc = clean(raw, metadata=True, spans=None)
    assert removals(doc) == []
    assert doc.text.count(pasted) == 2


def test_seed_001_is_not_a_roundup_for_the_real_section_finder(seed_text) -> None:
    raw = seed_text("001")
    assert [r[0] for r in removals(clean(raw, metadata=True, spans=None))] == ["repeat_exact"] * 12


# -- invariants ------------------------------------------------------------------------------------------


def _article(rng: random.Random, n: int) -> list[str]:
    subjects = ["医院党委", "心内科团队", "护理部", "县卫健局", "急诊科", "医共体办公室", "药剂科", "院感科"]
    verbs = ["组织开展了", "持续推进", "深入实施", "全面启动了", "扎实做好", "认真落实"]
    objects = [
        "家庭医生签约服务",
        "分级诊疗制度建设",
        "胸痛中心规范化建设",
        "智慧医院信息化改造",
        "健康扶贫工作",
        "基层人才培养项目",
    ]
    tails = ["取得了明显成效。", "受到群众广泛好评。", "服务能力显著提升。", "为群众健康保驾护航。"]
    return [
        f"{rng.choice(subjects)}{rng.randint(1, 12)}月{rng.randint(1, 28)}日{rng.choice(verbs)}{rng.choice(objects)},"
        f"累计服务{rng.randint(100, 99999)}人次,{rng.choice(tails)}"
        for _ in range(n)
    ]


def test_long_document_with_scattered_repeats_is_exact_and_replays() -> None:
    rng = random.Random(20240601)
    paras = list(dict.fromkeys(_article(rng, 1500)))
    text_lines = list(paras)
    repeats = sorted(rng.sample(range(len(paras)), 200))
    for k in repeats:
        text_lines.append(paras[k])
    doc = clean("\n".join(text_lines))
    assert doc.text.split("\n") == paras
    assert {r[0] for r in removals(doc)} <= {"repeat_exact", "repeat_near"}
    assert len(removals(doc)) == 200


def test_idempotent_and_deterministic(seed_text) -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        a = clean(seed_text(prefix), metadata=True)
        b = clean(seed_text(prefix), metadata=True)
        assert a.text == b.text and [c.to_dict() for c in a.changes] == [c.to_dict() for c in b.changes]
        before = [c.to_dict() for c in a.changes]
        Repeats(Config(), section_spans=no_sections).run(a)
        assert [c.to_dict() for c in a.changes] == before


@pytest.mark.parametrize("layout", ["\n", "\n\n"])
def test_removed_lines_leave_text_tidy(layout: str) -> None:
    # Normalize leaves one newline between paragraphs; text fed without it may keep blank lines.
    p = [
        "第一段,医院举行新院区启用仪式。",
        "第二段,新院区设置床位一千张。",
        "第一段,医院举行新院区启用仪式。",
    ]
    doc = clean(layout.join(p + p[1:2]), normalize=False)
    assert doc.text == layout.join(p[:2])
    assert [r[0] for r in removals(doc)] == ["repeat_exact", "repeat_exact"]


_POOL = [
    "县人民医院举行新院区启用仪式,新院区设置床位一千二百张。",
    "县人民医院举行新院区启用仪式,新院区设置床位一千三百张。",
    "导语:医院开展优质服务基层行活动,群众满意度持续提升。",
    "医院开展优质服务基层行活动,群众满意度持续提升。下一步将继续努力。",
    "医院门诊综合楼",
    "主要做法",
    "……",
    "1.",
    "截至目前,共开展义诊活动三十余场,服务群众五千余人次。",
    "截至目前，共开展义诊活动三十余场；服务群众五千余人次",
]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    picks=st.lists(st.integers(0, len(_POOL) - 1), min_size=1, max_size=14),
    blank=st.booleans(),
    title=st.sampled_from([None, _POOL[0], "主要做法"]),
)
def test_property_replay_idempotent_order_kept(picks: list[int], blank: bool, title: str | None) -> None:
    lines = [_POOL[k] for k in picks]
    text = ("\n\n" if blank else "\n").join(lines)
    doc = clean(text, title=title, normalize=not blank)
    out = doc.text.split("\n")
    # Kept lines come in their original order, and the layout stays tidy.
    it = iter(lines)
    assert all(any(line == x for x in it) for line in out if line)
    assert "\n\n\n" not in doc.text and doc.text == doc.text.strip("\n")
    # Cleaning again changes nothing.
    before = [c.to_dict() for c in doc.changes]
    Repeats(Config(), section_spans=no_sections).run(doc)
    assert [c.to_dict() for c in doc.changes] == before


@pytest.mark.parametrize(
    ("setting", "value"),
    [("min_repeat_chars", 0), ("near_repeat_threshold", 0.0), ("near_repeat_threshold", 1.5)],
)
def test_bad_settings_are_config_errors(setting: str, value: float) -> None:
    with pytest.raises(ConfigError, match=setting) as err:
        Repeats(Config(**{setting: value}))
    assert err.value.hint


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    lines=st.lists(st.sampled_from(["", "甲段落内容", "乙段落内容", "丙段落内容"]), min_size=1, max_size=12),
    data=st.data(),
)
def test_property_line_removal_keeps_the_rest_tidy(lines: list[str], data: st.DataObject) -> None:
    content = [i for i, line in enumerate(lines) if line]
    gone = data.draw(st.sets(st.sampled_from(content)) if content else st.just(set()))
    text = "\n".join(lines)
    edits = line_removal_edits(text, {i: ("repeat_exact", {"kept_at": 0}) for i in gone})
    assert all(e.rule == "repeat_exact" and e.replacement == "" for e in edits)
    doc = Document(id="t", source="t", original=text)
    doc.apply("repeats", edits)
    assert replay(doc.original, doc.changes) == doc.text
    kept = [lines[i] for i in content if i not in gone]
    # Exactly the kept paragraphs, in order; no new blank-line runs and no blank edges from removals.
    assert [x for x in doc.text.split("\n") if x] == kept
    if gone:
        assert "\n\n\n" not in doc.text or "\n\n\n" in text
    if not gone:
        assert doc.text == text


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    a=st.text(alphabet="医院党建工作开展aG1。", max_size=30),
    b=st.text(alphabet="医院党建工作开展aG1。", max_size=30),
)
def test_property_gram_ids_are_the_ngram_sets(a: str, b: str) -> None:
    ia, ib = gram_ids(a), gram_ids(b)
    assert len(ia) == len(ngrams(a)) and len(ib) == len(ngrams(b))
    inter = len(np.intersect1d(ia, ib, assume_unique=True))
    assert inter == len(ngrams(a) & ngrams(b))


# -- the whole chain ---------------------------------------------------------------------------------------


def test_whole_chain_seeds_001_and_004(seeds) -> None:
    from cleaner.api import clean as clean_inputs

    result = clean_inputs([str(p) for p in seeds if p.name.startswith(("001", "004"))])
    by_seed = {d.source.rsplit("/", 1)[1][:3]: d for d in result.documents}
    s001, s004 = by_seed["001"], by_seed["004"]
    for d in (s001, s004):
        assert replay(d.original, d.changes) == d.text
    # Seed 001: every paragraph once, in the first copy's order; the stray G left no near pair.
    paras = s001.text.split("\n")
    assert len(paras) == len(set(paras)) == 12
    assert paras[0].startswith("今年,渭南市第二医院强党建") and paras[-1].endswith("贡献力量。")
    rules = [c.rule for c in s001.changes if c.stage == "repeats"]
    assert rules == ["repeat_exact"] * 12
    # Seed 004: the title is a field, never in the text.
    assert s004.title and s004.title not in s004.text
    assert [c.rule for c in s004.changes if c.stage == "repeats"] == ["repeat_title", "repeat_title"]


def test_a_copy_of_the_lifted_subtitle_goes_as_a_copy_of_it() -> None:
    # A record table prints the subtitle once more above the page's own title and subtitle.
    body = "为推动支部共建走深走实,5月16日,某某医院内科党支部走进某某社区,为居民开展健康宣讲并提供义诊服务。"
    text = "\n".join(["——某某医院内科党支部与某某社区党委共同举办健康宣讲活动", "主题词:",
                     "支部共建聚合力 健康宣讲进社区", "——某某医院内科党支部与某某社区党委共同举办健康宣讲活动",
                     "发布日期:2024-05-17", body])
    doc = clean(text, metadata=True)
    assert doc.metadata["subtitle"] == "某某医院内科党支部与某某社区党委共同举办健康宣讲活动"
    assert [(r[0], r[2]["kept"]) for r in removals(doc)] == [("repeat_title", "subtitle")]
    assert "共同举办健康宣讲活动" not in doc.text.replace(body, "")


def test_a_transcripts_speaker_tag_comes_back_each_time() -> None:
    text = (
        "【解说】近年来，杉川市眼科医院视光中心每年为数千名青少年建立视力档案。\n"
        "【同期声】杉川市眼科医院视光中心主任 谭嘉宁\n"
        "孩子近视以后要定期复查，不能只配一副眼镜就不管了。\n"
        "【解说】医生提醒，户外活动是预防近视最简单有效的办法。\n"
        "【同期声】杉川市眼科医院视光中心主任 谭嘉宁\n"
        "每天两个小时的户外活动，对控制近视的发展很有帮助。\n"
    )
    doc = clean(text)
    assert doc.text.count("【同期声】杉川市眼科医院视光中心主任 谭嘉宁") == 2


def test_headings_listed_in_a_table_of_contents_still_head_their_parts() -> None:
    """A plan's table of contents (目录) lists its part headings; each heading then stands over its
    part again: the contents and the headings all stay."""
    heads = ["1 总则", "1.1 编制目的", "1.2 适用范围", "2 组织体系", "2.1 应急指挥机构", "2.2 日常管理机构"]
    body = {
        "1.1 编制目的": "为有效预防、及时控制和消除突发公共卫生事件的危害，保障公众身体健康与生命安全，制定本预案。",
        "1.2 适用范围": "本预案适用于本县行政区域内发生或可能发生的突发公共卫生事件的应急处置工作。",
        "2.1 应急指挥机构": "县人民政府成立突发公共卫生事件应急指挥部，统一领导、指挥全县的应急处置工作。",
        "2.2 日常管理机构": "县卫生健康局设立应急办公室，负责突发公共卫生事件应急处置的日常管理工作。",
    }
    parts = [h + ("\n" + body[h] if h in body else "") for h in heads]
    doc = clean("目录\n" + "\n".join(heads) + "\n" + "\n".join(parts) + "\n")
    assert removals(doc) == []


def test_steps_articles_answers_and_a_verse_that_repeat_on_purpose_stay() -> None:
    # Two recipes sharing their steps, a law's items shared by two articles, two answers opening
    # alike, a chorus sung twice: every copy is the text's own.
    recipes = "\n".join([
        "秋燥来袭，营养科推荐两款润燥汤水，做法简单，适合全家老少在秋季饮用，下面一起来看看具体做法。",
        "一、雪梨银耳汤", "做法：", "1. 干货提前用清水浸泡30分钟，洗净沥干。", "2. 雪梨去皮切块，银耳撕成小朵。",
        "3. 所有食材放入锅中，加入清水没过食材约3厘米。", "4. 大火烧开后撇去浮沫，转小火慢炖40分钟。",
        "二、百合莲子汤", "做法：", "1. 干货提前用清水浸泡30分钟，洗净沥干。", "2. 莲子去芯，百合掰成小瓣。",
        "3. 所有食材放入锅中，加入清水没过食材约3厘米。", "4. 大火烧开后撇去浮沫，转小火慢炖40分钟。",
    ])
    assert clean(recipes).text == recipes
    law = "\n".join([
        "第三十三条 医疗机构有下列情形之一的，由卫生健康主管部门责令改正，给予警告：",
        "（一）未按照规定办理校验手续的；", "（二）使用非卫生技术人员从事医疗卫生技术工作的；", "（三）未按照规定公示诊疗科目和收费标准的。",
        "第三十四条 诊所有下列情形之一的，由卫生健康主管部门责令改正，可以并处罚款：",
        "（一）超出登记的诊疗科目范围开展诊疗活动的；", "（二）使用非卫生技术人员从事医疗卫生技术工作的；", "（三）未按照规定公示诊疗科目和收费标准的。",
    ])
    assert clean(law).text == law
    qa = "\n".join([
        "问：孩子接种疫苗后有点发烧，正常吗？", "答：请家长不用着急，接种前医生会进行健康询问。",
        "接种后出现低热多为正常反应，一般一到两天可自行消退，期间注意多喝水、适当休息即可。",
        "问：接种后胳膊有点红肿，正常吗？", "答：请家长不用着急，接种前医生会进行健康询问。",
        "接种后局部出现轻度红肿、疼痛，多在两三天内自行消退，不要挠抓，也不要热敷，保持接种部位清洁。",
    ])
    assert clean(qa).text == qa
    song = "\n".join([
        "第一段", "白衣执甲护一方，", "杏林春暖满山岗。", "副歌", "守望，守望，", "守望生命的希望，", "一颗仁心一份担当，", "七十年初心不忘。",
        "第二段", "风雨兼程向远方，", "薪火相传共成长。", "副歌", "守望，守望，", "守望生命的希望，", "一颗仁心一份担当，", "七十年初心不忘。",
    ])
    assert clean(song).text == song


def test_a_notice_printed_twice_takes_its_headings_and_a_verses_near_line_stays() -> None:
    paras = [
        "根据省、市医疗保障部门相关文件要求，现就我区2025年度城乡居民基本医疗保险集中参保缴费工作通告如下：",
        "一、参保对象",
        "具有本区户籍或持有本区居住证，且未参加职工基本医疗保险的城乡居民，均可参加城乡居民基本医疗保险。",
        "二、缴费标准",
        "2025年度城乡居民医保个人缴费标准为每人每年400元，特困人员、低保对象等由政府按规定给予资助。",
    ]
    once = "\n".join(paras)
    doc = clean("关于做好参保缴费工作的通告\n" + once + "\n【打印本页】\n" + once)
    assert doc.text.split("\n") == ["关于做好参保缴费工作的通告", *paras, "【打印本页】"]
    verse = "\n".join(["副歌", "守望，守望，", "守望生命的希望，", "一颗仁心一份担当，", "尾声", "守望，守望，", "守望生命的希望。"])
    assert "守望生命的希望。" in clean(verse).text


def test_a_number_written_in_digits_or_in_words_is_the_same_number() -> None:
    first = "小屋面积约40平方米，共设3个功能区：自助检测区、健康咨询区和中医体验区，居民可免费使用。"
    again = "小屋面积约40平方米，共设三个功能区：自助检测区、健康咨询区和中医体验区，居民可免费使用。"
    other = "小屋面积约40平方米，共设四个功能区：自助检测区、健康咨询区和中医体验区，居民可免费使用。"
    body = "社区卫生服务中心主任介绍，健康小屋自开放以来，每天接待居民五十余人次，深受群众欢迎。"
    assert clean("\n".join([first, body, again])).text.split("\n") == [first, body]
    assert clean("\n".join([first, body, other])).text.split("\n") == [first, body, other]


def test_a_pull_quote_and_a_cut_off_preview_go_the_paragraphs_holding_them_stay() -> None:
    """A quotation set apart that the next paragraph says in full, and a mobile page's preview
    cut off with `……` above the full paragraph: each goes as `repeat_inner`, naming the kept copy."""
    full = (
        "每个月的第一周，何某珍都会背着血压计、血糖仪挨家挨户随访。她说：“我们多跑一步，群众就少跑一趟。"
        "老人腿脚不方便，让他们走十几里路来量个血压，不现实。”这句话，她说了二十多年。"
    )
    care = (
        "安宁疗护，是为疾病终末期患者提供身体、心理、精神等方面的照护和人文关怀，控制痛苦和不适症状，"
        "提高生命质量，帮助患者舒适、安详、有尊严地离世。与普通病房不同，这里没有密集的监护仪器。"
    )
    preview = care[: care.index("离世") + 2] + "……"
    text = "\n".join([preview, "展开全文", "“我们多跑一步，群众就少跑一趟。”", full, care])
    doc = clean(text)
    gone = {(rule, removed) for rule, removed, _ in removals(doc)}
    assert ("repeat_inner", "“我们多跑一步，群众就少跑一趟。”") in gone and ("repeat_inner", preview) in gone
    assert full in doc.text and care in doc.text
    assert all("kept_at" in note for rule, _, note in removals(doc) if rule == "repeat_inner")
