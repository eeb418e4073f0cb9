"""The `repair` stage: paragraphs cut mid-sentence are joined (rule `join_split_paragraph`), headings,
items, captions and complete sentences never are, and the change log still replays exactly."""

from __future__ import annotations

import importlib.util

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.config import Config
from cleaner.filters.metadata import Metadata
from cleaner.filters.normalize import Normalize
from cleaner.filters.repair import RULE, Repair
from cleaner.model import Document, Edit, replay

# The image captions of seed 002 (short lines without punctuation between paragraphs).
SEED_002_CAPTIONS = {
    "大足区人民医院新院区",
    "党员先锋为贫困患者送医上门",
    "綦江区中医院门诊大楼",
    "微党课主题教育活动",
    "医院门诊大楼",
    "医院门诊综合楼",
}

# The cuts of seed 002, as they read once joined.
SEED_002_JOINED = [
    "中,通过高频次、大剂量、全方位理论学习",
    "围绕成渝地区双城经济圈建设,继续坚持以人民健康为中心",
    "落实党委书记引领推进、党建部门牵头推进、基层支部主体推进三个责任",
    "仅是该小分队深入基层为村民接种新冠疫苗的缩影",
    "着力打造学习型支部,培养学习型党员,切实为老百姓办实事",
    "创新中医药融入康养服务的新模式",
    "18号在宋衣镇卫生院、20号在涌洞乡卫生院",
]

LONG = "医院党委坚持以党建引领高质量发展,持续推进党建与业务深度融合,不断提升群众就医获得感"


def prepared(text: str, metadata: bool = True) -> Document:
    """The document as the repair stage receives it: normalized and (for whole articles) with its head lifted."""
    doc = Document(id="t", source="t", original=text)
    for stage in (Normalize(), Metadata()) if metadata else (Normalize(),):
        [doc] = stage.run(doc)
    return doc


def drop_lines(doc: Document, lines: set[str], rule: str = "caption") -> Document:
    """Remove whole lines as the boilerplate stage would, so the repair sees the text it will see."""
    edits: list[Edit] = []
    pos = 0
    for line in doc.text.split("\n"):
        if line.strip() in lines:
            edits.append(Edit(pos, pos + len(line) + 1, "", rule))
        pos += len(line) + 1
    doc.apply("boilerplate", edits)
    return doc


def repair(doc: Document) -> Document:
    [doc] = Repair(Config()).run(doc)
    assert replay(doc.original, doc.changes) == doc.text
    return doc


def joins(doc: Document) -> list:
    return [c for c in doc.changes if c.stage == "repair"]


def repaired(text: str) -> Document:
    """Normalize then repair: the short texts below are paragraphs, not whole articles with a head."""
    return repair(prepared(text, metadata=False))


# -- seed 002 --------------------------------------------------------------------


def test_seed_002_cuts_are_joined_once_captions_are_gone(seed_text):
    doc = repair(drop_lines(prepared(seed_text("002")), SEED_002_CAPTIONS))
    for joined in SEED_002_JOINED:
        assert joined in doc.text, joined
    assert {c.rule for c in joins(doc)} == {RULE}
    # The truncated section stays cut: a `###` heading follows it.
    assert "努力建设成为\n### 秀山县龙池镇中心卫生院" in doc.text
    # Joining across a removed caption keeps the caption's own change and rule id.
    captions = [c for c in doc.changes if c.stage == "boilerplate"]
    assert {c.removed.strip() for c in captions} == SEED_002_CAPTIONS
    assert all(c.rule == "caption" for c in captions)
    assert not any("党员先锋" in c.removed for c in joins(doc))


def test_seed_002_with_captions_in_place_joins_only_page_breaks(seed_text):
    doc = repair(prepared(seed_text("002")))
    assert "中,通过高频次、大剂量" in doc.text
    assert "培养学习型党员,切实" in doc.text
    # A caption still stands between these halves: that is boilerplate's to remove first.
    assert "围绕成渝地区\n党员先锋为贫困患者送医上门\n双城经济圈建设" in doc.text
    assert "深入基层为\n微党课主题教育活动" in doc.text


def test_seed_002_every_paragraph_survives_and_signals_are_noted(seed_text):
    original = seed_text("002")
    doc = repair(drop_lines(prepared(original), SEED_002_CAPTIONS))
    flat = doc.text.replace("\n", "")
    for line in original.splitlines():
        if len(line.strip()) >= 20 and not line.startswith("## "):  # the subtitle went to metadata
            assert line.strip() in flat
    signals = {c.note["signal"] for c in joins(doc) if c.note and "part" not in c.note}
    assert signals <= {"short_clause", "function_word", "open_mark"}
    assert "function_word" in signals  # `…深入基层为` + `村民接种…`


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_other_seeds_have_nothing_to_join(seed_text, prefix):
    doc = repair(prepared(seed_text(prefix)))
    assert joins(doc) == []


def test_seed_000_heading_stays_above_its_body(seed_text):
    doc = repair(prepared(seed_text("000")))
    assert "党建引领方向 ,提升党组织领导力\n一是锚定精准发展坐标" in doc.text


def test_seed_004_unpunctuated_paragraph_end_is_not_joined(seed_text):
    # `…为医院发展固本强基` lacks its full stop but the next paragraph starts a clause of its own.
    doc = repair(prepared(seed_text("004")))
    assert "为医院发展固本强基\n开州区人民医院不断强化基层党支部工作" in doc.text


def test_repair_is_a_fixed_point(seed_text):
    doc = repair(drop_lines(prepared(seed_text("002")), SEED_002_CAPTIONS))
    n = len(doc.changes)
    repair(doc)
    assert len(doc.changes) == n


# -- positives and negatives on realistic text ------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "signal"),
    [
        (f"{LONG},通过", "远程会诊平台为基层患者提供服务。", "function_word"),
        (f"{LONG},", "并在全院推广“一站式”服务模式。", "open_mark"),
        (f"{LONG}。该院神经内科副主任医师杜杰", "以96.9分荣获比赛一等奖。", "short_clause"),
        (f"{LONG},每月15号在妙泉镇卫生院、18号在宋衣镇卫生", "院、20号在涌洞乡卫生院进行帮扶指导。", "short_clause"),
    ],
)
def test_cut_paragraphs_are_joined(first, second, signal):
    doc = repaired(f"{first}\n\n{second}")
    assert doc.text == first + second
    [change] = joins(doc)
    assert change.rule == RULE
    assert change.removed == "\n\n"
    assert change.note["signal"] == signal


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two complete sentences
        (f"{LONG}。", "同时,医院还开通了药品便民配送服务。"),
        # a closing quote or bracket ends a sentence too
        (f"{LONG}“党建+”", "同时,医院还开通了药品便民配送服务。"),
        # a short heading and its body
        ("党建引领方向 ,提升党组织领导力", "一是锚定精准发展坐标。面对医疗改革的全新形势,医院党委高瞻远瞩。"),
        # a long unpunctuated line followed by a numbered item
        (f"{LONG}", "(一)深化“党建引领”,点燃发展“引擎”。"),
        (f"{LONG}", "二是有效推动基层党建工作开展。"),
        (f"{LONG}", "一、主要做法"),
        # a markdown heading
        (f"{LONG},努力建设成为", "### 秀山县龙池镇中心卫生院 党建引领医院高质量发展"),
        # a caption still in place
        (f"{LONG},围绕成渝地区", "党员先锋为贫困患者送医上门"),
        # a heading right after a cut paragraph
        (f"{LONG},始终坚持“做良医", "党建引领创新,提升党组织组织力"),
        # residue after the final full stop (seed 001's stray `G`)
        (f"{LONG}。G", "今年,渭南市第二医院强党建、聚合力、谋新局。"),
        # a paragraph opener after an unpunctuated end
        (f"{LONG}", "今年,医院共开展义诊活动30余场。"),
        (f"{LONG}。医院取得显著成效", "该院还积极开展对口帮扶工作。"),
        # table residue
        (f"{LONG}", "|"),
        # a row of fields over the first paragraph: complete, whatever its last field says
        ("发布时间:2024年7月3日 作者:林静秋 来源:原创 阅读 1,284 3条评论", "上周门诊,一位阿姨拿着手机问我这个秘方靠不靠谱。"),
        # two rows of a table, cells split by tabs: each row is complete whatever its last cell says
        ("1\t全自动血液细胞分析仪(五分类)\t1台\t42.00\t合同签订后三十日内", "2\t尿液分析仪及配套软件系统\t1套\t18.00\t合同签订后六十日内"),
    ],
)
def test_paragraphs_that_stay_apart(first, second):
    doc = repaired(f"{first}\n{second}")
    assert joins(doc) == []
    assert doc.text == f"{first}\n{second}"


def test_three_pieces_of_one_paragraph_join_into_one():
    middle = "频次、大剂量、全方位理论学习,引导广大党员和职工夯实思想防线,切实为"
    doc = repaired(f"{LONG},通过高\n\n{middle}\n\n群众办实事。")
    assert doc.text == f"{LONG},通过高{middle}群众办实事。"
    assert len(joins(doc)) == 2


@pytest.mark.skipif(
    importlib.util.find_spec("cleaner.filters.boilerplate") is None,
    reason="end to end needs the boilerplate stage (it removes the captions first)",
)
def test_seed_002_end_to_end(seed_text):
    from cleaner.io.read import RawItem
    from cleaner.pipeline import build_stages, make_document, run_stages

    cfg = Config(segment=False)
    item = RawItem(id="seed_002", source="seed_002", text=seed_text("002"), encoding="utf-8")
    [doc] = run_stages(make_document(item), build_stages(cfg))
    assert replay(doc.original, doc.changes) == doc.text
    for joined in SEED_002_JOINED:
        assert joined in doc.text, joined
    assert any(c.rule == RULE for c in doc.changes)


# -- properties on documents built from real fragments ------------------------------

SENTENCES = [
    "近年来,大足区人民医院始终坚持“做良医、施仁术”为立院之本,全面推进党建“六大工程”建设。",
    "医院成立于1941年7月,是大足区唯一的国家三级甲等综合医院。",
    "抓好党建是本职、不抓党建是失职、抓不好党建是不称职。",
    "此外,该院还开通了药品便民配送服务。",
    "截至7月26日,新冠疫苗接种完成43177针次。",
    "“老人家,你这个需要包扎,你坐好!”今年8月21日,綦江区中医院新冠疫苗接种小分队队员胡静在三角镇开展工作。",
    "据了解,今年上半年,第五支部进乡村、进社区义诊193场(次),惠及群众18694人(次)。",
]
BLOCKS = [
    "### 綦江区中医院 以党建为核心 强堡垒促发展",
    "一、主要做法",
    "(二)探索“多元模式”,激活党建“神经元”。",
    "党建引领创新,提升党组织组织力",
    "医院门诊综合楼",
    "|",
    "(0)",
]


@st.composite
def cut_documents(draw: st.DrawFn) -> str:
    """Paragraphs of real sentences, some cut at a random point by a page break, with headings between."""
    paras: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            paras.append(draw(st.sampled_from(BLOCKS)))
        body = "".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3)))
        if draw(st.booleans()):
            cut = draw(st.integers(1, len(body) - 1))
            paras.extend([body[:cut], body[cut:]])
        else:
            paras.append(body)
    sep = draw(st.sampled_from(["\n", "\n\n"]))
    return sep.join(paras)


@settings(max_examples=100, deadline=None)
@given(cut_documents())
def test_repair_only_removes_line_breaks_and_is_a_fixed_point(text):
    doc = repair(prepared(text, metadata=False))
    for c in joins(doc):
        assert c.rule == RULE
        assert c.replacement == ""
        assert c.removed.strip() == ""
    # No character of the text is lost or added: only line breaks go.
    assert doc.text.replace("\n", "") == prepared(text, metadata=False).text.replace("\n", "")
    n = len(doc.changes)
    repair(doc)
    assert len(doc.changes) == n
    # Headings, items and captions keep their own line.
    for block in BLOCKS:
        if block in text.split("\n"):
            assert block in doc.text.split("\n")


def test_a_summary_cut_short_is_not_joined_to_the_text_it_summarises() -> None:
    """The first line stops mid-word but the next one opens with the same words: it is a cut-short
    copy (the repeats stage's to remove), not the first half of a sentence."""
    body = "本报讯 今天是世界卫生日。县人民医院组织专家走进社区开展义诊活动,为群众测量血压血糖。"
    text = "\n\n".join([body[:30], body, "活动受到居民好评。"])
    doc = repaired(text)
    assert joins(doc) == []
    # The same first line above a paragraph that goes on from it is joined, as before.
    assert len(joins(repaired("\n".join([body[:30], "活动,为群众测量血压血糖,讲解慢性病防治知识,发放宣传资料五百余份。"])))) == 1


def test_a_list_the_page_cut_twice_is_joined_across_its_abbreviations() -> None:
    """`…需做` / `CT、核磁共振、` / `B超、…`: a short piece that stops on `、` is not a caption, and a
    piece may open with an abbreviation in capitals."""
    text = "\n".join([
        "县人民医院3月8日至10日开展妇女健康义诊,前来就诊的女性免挂号费,需要做",
        "CT、核磁共振、",
        "B超、骨密度和血常规检查的按八折收费。",
    ])
    doc = repaired(text)
    assert doc.text == "".join(text.split("\n"))
    assert [c.note["signal"] for c in joins(doc)] == ["short_clause", "open_mark"]


@pytest.mark.parametrize("second", [
    "SBS Power FM 健康访谈节目 第12期",  # an English name, not an abbreviation going on a clause
    "THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE.",
])
def test_a_line_opening_in_english_is_not_a_continuation(second: str) -> None:
    first = "2008年11月6日,市中心医院专家做客电台健康节目,与主持人一同讲解冬季心脑血管疾病的预防知识与"
    assert joins(repaired(first + "\n" + second)) == []
    # Nor is English text joined to English text.
    assert joins(repaired("OF ANY KIND, EITHER EXPRESSED OR IMPLIED, INCLUDING, BUT NOT LIMITED TO,\n" + second)) == []


def test_a_sites_link_line_is_not_glued_to_the_paragraph_under_it() -> None:
    """A line with a web address and no sentence mark (`某某网健康频道 http://… 查看更多`) ends on a
    Han character, as a cut sentence does, but it is a link line: the paragraph under it stays
    its own."""
    text = "\n".join(["某某网健康频道 http://health.example.com 查看更多", "一个简单的道理是:号源下沉以后,患者在社区就能约到三级医院专家,不必再跑大医院排队。"])
    assert joins(repaired(text)) == []


def test_a_headline_is_not_joined_to_the_first_paragraph_across_its_dateline():
    """Once the dateline between them is gone (whatever rule took it), a headline that ends on a
    Han character still stands above the article: a sentence never runs across a dateline."""
    from cleaner.api import clean_text

    page = (
        "某某资讯\n"
        "六十岁老人体检查出甲状腺结节一夜没睡着：医生说大多数不必担心\n"
        "健康早知道 2024-05-06 08:12 某某\n"
        "前不久，六十岁的刘大爷拿着体检报告走进了内分泌科诊室，报告上写着甲状腺右叶有一个结节。\n"
        "接诊医生看过超声图像后告诉他，这个结节边界清楚、形态规则，良性的可能性大，半年后复查即可。\n"
    )
    [record] = clean_text(page, doc_id="p")
    assert "大多数不必担心前不久" not in record.text
    assert "前不久，六十岁的刘大爷" in record.text


def test_rows_of_a_table_written_with_bars_are_never_joined() -> None:
    from cleaner.filters.repair import join_signal

    rows = ["1 | 310701025 | 动态血糖监测 | 次 | 280 | 乙类", "2 | 311201066 | 盆底肌电生物反馈治疗 | 次 | 95 | 乙类"]
    assert join_signal(rows[0], rows[1]) is None
    assert join_signal(rows[1], "备注：以上价格为三级医院执行价格，医保报销按医保政策执行。") is None
    # …nor with spaces between the cells: the header over the first row stays two rows.
    spaced = ["序号 机构名称 许可类型 许可证号 法定代表人 许可日期", "1 某某中医诊所 执业登记 PDY0000000001 某某 2022-07-05"]
    assert join_signal(spaced[0], spaced[1]) is None
    # (a list's row of names so written ends before the paragraph under it)
    assert join_signal("三等奖:产房 某某　儿童保健科 某某　乳腺科 某某　麻醉科 某某", "护理部主任在总结讲话中指出,技能竞赛是一次学习交流的机会。") is None


def test_a_list_of_doctors_stays_one_doctor_a_line() -> None:
    """A department's list of doctors, one a line (name, title, what they treat), with or without
    a `擅长:` field: no line is a paragraph cut in two, however its last word ends."""
    from cleaner.filters.repair import join_signal

    for first, second in (
        ("柳青禾　主任医师　擅长儿童生长发育迟缓、矮小症的诊断与管理", "白若萱　副主任医师　擅长婴幼儿喂养指导"),
        ("柳青禾 主任医师 擅长：颈椎病的微创治疗及术后康复指导", "白一鸣 副主任医师 擅长：椎间孔镜下髓核摘除术"),
        # (a clinic notice's roster, each doctor's department between the name and the title)
        ("柳青禾 针灸推拿科 主任中医师 擅长颈肩腰腿痛、面瘫", "白若萱 内分泌科 副主任医师 擅长糖尿病的中西医结合治疗"),
    ):
        assert join_signal(first, second) is None
    # a sentence cut before its last words still joins
    assert join_signal("医院将继续深化与省级医院的", "专科联盟合作。") is not None


def test_a_text_wrapped_at_a_fixed_width_reads_as_its_paragraphs() -> None:
    """A page saved wrapped at a fixed width (every line of a paragraph but its last equally wide,
    the first less its indent) is joined back into its paragraphs, a line that starts with the
    comma that did not fit too; each paragraph stays one."""
    paragraphs = [
        "四月十六日上午，市疾病预防控制中心联合滨海社区卫生服务中心在滨海广场开展了“全国肿瘤防治宣传周”主题活动。"
        "活动现场设置了咨询台、免费测血压和健康知识问答等区域，吸引了两百余名居民参与。",
        "市疾控中心慢病科科长在现场介绍，我市近五年新发恶性肿瘤病例中，肺癌、结直肠癌和胃癌位居前三位。"
        "早发现、早诊断、早治疗是提高肿瘤患者生存率最有效的途径，四十岁以上居民应当根据自身情况定期参加癌症筛查。",
        "她也建议广大民众在选购包装食品时留意营养标示，比较不同产品的钠含量，烹调时可多利用葱、姜、蒜、柠檬等天然食材提味，逐步减少用盐量。",
    ]

    def wrapped(paragraph: str, width: int = 35) -> list[str]:
        text = "\u3000\u3000" + paragraph
        return [text[k : k + width] for k in range(0, len(text), width)]

    text = "\n".join(line for p in paragraphs for line in wrapped(p)) + "\n"
    assert "\n，" in text  # a comma the width pushed to the next line
    doc = prepared(text, metadata=False)
    [doc] = Repair().run(doc)
    assert doc.text.split("\n") == paragraphs
    # and a second run joins nothing more
    assert Repair().run(doc)[0].text == doc.text


def test_a_quotes_speaker_line_is_never_the_first_half_of_the_next_paragraph() -> None:
    from cleaner.filters.repair import join_signal

    assert join_signal("“让老人看病不再犯难，是我们最朴素的心愿。”——院长 韩志勇", "韩志勇是榆关镇中心卫生院院长，在基层工作了二十年。") is None


def test_a_row_of_a_fields_stamp_and_counters_is_not_joined_to_the_next_line():
    from cleaner.filters.repair import ends_incomplete

    row = "患者：女　4岁 2024-01-18 09:12 2.3万人看过"
    assert not ends_incomplete(row, 40)
    # A sentence cut mid-way with a clock time in it still is.
    assert ends_incomplete("本次义诊活动将于5月12日上午9:30在县人民医院门诊大厅正式举行并邀请", 40)


def test_a_speakers_line_is_never_the_rest_of_the_line_above() -> None:
    """A comic's or a dialogue's line opens with its speaker (小林:…): however the list item above it
    ends, it is a line of its own."""
    from cleaner.filters.repair import starts_continuation

    assert not starts_continuation("小林:原来睡个好觉还有这么多讲究!")
    assert not starts_continuation("医生:别担心,按时复查就好。")
    assert starts_continuation("还要注意饮食清淡,少吃辛辣刺激的食物。")
