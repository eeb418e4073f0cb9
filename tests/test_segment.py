"""The segment stage and its section finder (issue 6)."""

from __future__ import annotations

from cleaner.config import Config
from cleaner.filters.normalize import Normalize
from cleaner.model import Document, replay
from cleaner.pipeline import build_stages, run_stages
from cleaner.segment import Segment, find_roundup, section_spans

ROUNDUP_002 = "002_"
SEED_002_INSTITUTIONS = [
    "大足区人民医院",
    "綦江区中医院",
    "大足区邮亭中心卫生院",
    "大足区国梁镇卫生院",
    "垫江县中医院",
    "奉节县兴隆镇中心卫生院",
    "巴南区南泉街道社区卫生服务中心",
    "秀山县龙池镇中心卫生院",
]
# The first words of each section's own content, after its heading and caption.
SEED_002_STARTS = [
    "近年来,大足区人民医院始终坚持",
    "抓好党建是本职",
    "大足区邮亭中心卫生院建于1956年",
    "大足区国梁镇卫生院是集国家公共卫生",
    "垫江县中医院成立于1984年",
    "近年来,奉节县兴隆镇中心卫生院党支部",
    "重庆市巴南区南泉街道社区卫生服务中心始建于1942年",
    "经过六十八载的沧桑砺洗",
]
CAPTIONS = [
    "医院门诊综合楼",
    "大足区人民医院新院区",
    "綦江区中医院门诊大楼",
    "党员先锋为贫困患者送医上门",
    "微党课主题教育活动",
    "医院门诊大楼\n",
    "图片由各医院提供",
]
LONGCHI = "医院与秀山县人民医院、妙泉镇、宋衣镇、涌洞乡卫生院组建了县域内首家医共体"


def test_section_spans_of_seed_002_start_at_each_heading(seed_text) -> None:
    text = seed_text(ROUNDUP_002)
    spans = section_spans(text)
    assert spans is not None and len(spans) == 8
    heads = [text[s:e].split("\n", 1)[0] for s, e in spans]
    assert heads[0] == "### 大足区人民医院 党建“六大工程”擘画医院发展蓝图"
    assert heads[-1] == "### 秀山县龙池镇中心卫生院 党建引领医院高质量发展"
    # Sections do not overlap and do not hold the introduction.
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert "百年伟业" not in text[spans[0][0] :]
    # The 巴南区 section ends on its own cut-off sentence, before the next heading.
    assert text[spans[6][0] : spans[6][1]].endswith("努力建设成为")


def test_section_spans_is_none_for_single_institution_articles(seed_text) -> None:
    for prefix in ("000_", "001_", "003_", "004_"):
        assert section_spans(seed_text(prefix)) is None, prefix


def test_seed_002_institutions_and_titles(seed_text) -> None:
    r = find_roundup(seed_text(ROUNDUP_002))
    assert r is not None and r.form == "markdown"
    assert [s.institutions for s in r.sections] == [[name] for name in SEED_002_INSTITUTIONS]
    assert r.sections[1].title == "以党建为核心 强堡垒促发展"


def _doc(text: str, doc_id: str = "a.txt") -> Document:
    return Document(id=doc_id, source=doc_id, original=text)


def _chain(text: str, doc_id: str = "a.txt") -> list[Document]:
    return run_stages(_doc(text, doc_id), build_stages(Config()))


def _segment_only(text: str) -> list[Document]:
    return run_stages(_doc(text), [Normalize(Config()), Segment(Config())])


def _sections(docs: list[Document]) -> list[Document]:
    return [d for d in docs if d.kind == "section"]


def _rules(doc: Document) -> list[str]:
    return [c.rule for c in doc.changes if c.stage == "segment"]


def test_seed_002_full_chain_gives_eight_institution_records(seed_text) -> None:
    docs = _chain(seed_text(ROUNDUP_002), "002.txt")
    sections = _sections(docs)
    assert [d.institution for d in sections] == SEED_002_INSTITUTIONS
    assert [d.id for d in sections] == [f"002.txt#{n}" for n in range(1, 9)]
    assert {d.parent_id for d in docs} == {"002.txt"}
    for d, start in zip(sections, SEED_002_STARTS, strict=True):
        assert d.text.startswith(start), (d.institution, d.text[:40])
        for caption in CAPTIONS:
            assert caption not in d.text + "\n", (d.institution, caption)
        assert "section_heading" in _rules(d)
        assert d.metadata["split"] == {"parent": "002.txt", "index": int(d.id[-1]), "of": 8, "form": "markdown"}
        assert any(n["rule"] == "split" for n in d.notes)
    assert sections[1].title == "以党建为核心 强堡垒促发展"
    assert sections[0].title == "党建“六大工程”擘画医院发展蓝图"


def test_seed_002_replay_holds_and_slices_tile_the_original(seed_text) -> None:
    text = seed_text(ROUNDUP_002)
    docs = _chain(text, "002.txt")
    for d in docs:
        assert replay(d.original, d.changes) == d.text, d.id
    # The records' slices cover the whole original, in order, so the parent can be rebuilt.
    assert "".join(d.original for d in docs) == text
    assert [d.offset for d in docs] == sorted(d.offset for d in docs)
    assert docs[0].offset == 0


def test_seed_002_longchi_paragraphs_stay_only_in_their_own_section(seed_text) -> None:
    docs = _sections(_chain(seed_text(ROUNDUP_002)))
    holding = [d.institution for d in docs if LONGCHI in d.text]
    assert holding == ["秀山县龙池镇中心卫生院"]
    xinglong = docs[5]
    assert "misplaced_paragraph" in _rules(xinglong)
    moved = [c for c in xinglong.changes if c.rule == "misplaced_paragraph"]
    assert moved[0].note == {"from": "奉节县兴隆镇中心卫生院", "kept_in": "秀山县龙池镇中心卫生院"}
    assert LONGCHI in moved[0].removed
    assert xinglong.text.endswith("把“五重医疗保障”落到实处。")
    assert "misplaced_paragraph" not in _rules(docs[7])


def test_seed_002_only_the_banan_section_is_truncated(seed_text) -> None:
    docs = _sections(_chain(seed_text(ROUNDUP_002)))
    truncated = [d.institution for d in docs if d.metadata.get("truncated")]
    assert truncated == ["巴南区南泉街道社区卫生服务中心"]
    assert docs[6].text.endswith("努力建设成为")
    assert any(n["rule"] == "truncated" for n in docs[6].notes)


def test_seed_002_after_normalize_only_still_splits(seed_text) -> None:
    """Captions still in place: the split, the misplaced paragraphs and replay do not depend on them."""
    docs = _segment_only(seed_text(ROUNDUP_002))
    assert docs[0].kind == "intro" and docs[0].id == "a.txt#0"
    assert "党建引领 办人民满意的卫生健康事业" in docs[0].text
    sections = _sections(docs)
    assert [d.institution for d in sections] == SEED_002_INSTITUTIONS
    assert [d.institution for d in sections if LONGCHI in d.text] == ["秀山县龙池镇中心卫生院"]
    assert [d.institution for d in sections if d.metadata.get("truncated")] == ["巴南区南泉街道社区卫生服务中心"]
    for d in docs:
        assert replay(d.original, d.changes) == d.text


def test_other_seeds_stay_one_record(seed_text) -> None:
    for prefix in ("000_", "001_", "003_", "004_"):
        docs = _chain(seed_text(prefix), prefix)
        assert len(docs) == 1, prefix
        assert docs[0].parent_id is None and docs[0].kind is None
        assert "segment" not in {c.stage for c in docs[0].changes}


def test_splitting_is_a_fixed_point(seed_text) -> None:
    seg = Segment(Config())
    for d in _chain(seed_text(ROUNDUP_002)):
        before = (d.text, list(d.changes))
        assert seg.run(d) == [d]
        assert (d.text, d.changes) == before


def test_roundup_title_banner_and_subtitle_stay_on_every_record(seed_text) -> None:
    docs = _chain(seed_text(ROUNDUP_002))
    for d in docs:
        assert d.metadata["roundup_title"] == "党建引领 办人民满意的卫生健康事业"
        assert d.metadata["banner"] == "百年伟业 精彩巴渝"


def test_one_section_of_seed_002_alone_is_not_a_roundup(seed_text) -> None:
    """The 兴隆镇 section names 秀山县人民医院 and three township clinics in passing: one record."""
    text = seed_text(ROUNDUP_002)
    start = text.index("### 奉节县兴隆镇中心卫生院")
    end = text.index("### 巴南区南泉街道")
    assert section_spans(text[start:end]) is None
    docs = _chain(text[start:end])
    assert len(docs) == 1 and docs[0].parent_id is None


def test_a_paragraph_in_two_sections_naming_neither_stays_in_both_with_a_note() -> None:
    shared = "“和谐、仁爱、博精、为民”是医院不变的追求理念，全院职工将继续努力，为群众提供更好的服务。"
    text = (
        "### 武宁县人民医院 义诊进社区\n近年来，武宁县人民医院坚持公益性，组织专家义诊120场。\n"
        + shared
        + "\n### 武宁县中医院 中医药服务进乡村\n武宁县中医院组建巡诊队，每月深入乡村开展针灸服务。\n"
        + shared
    )
    docs = _sections(_chain(text))
    assert [d.institution for d in docs] == ["武宁县人民医院", "武宁县中医院"]
    assert all(shared in d.text for d in docs)
    assert not any("misplaced_paragraph" in _rules(d) for d in docs)
    notes = [n for d in docs for n in d.notes if n["rule"] == "misplaced_paragraph"]
    assert notes and notes[0]["sections"] == ["武宁县人民医院", "武宁县中医院"]


def test_a_copy_with_other_punctuation_widths_is_still_misplaced() -> None:
    para = "为提升基层服务能力，医院与秀山县人民医院、妙泉镇卫生院组建了秀山县人民医院龙池片区医共体。"
    text = (
        "### 奉节县兴隆镇中心卫生院 甘当群众健康守门人\n近年来，奉节县兴隆镇中心卫生院党支部坚持为群众办实事。\n"
        + para.replace("，", ",").replace("、", "、 ")
        + "\n### 秀山县龙池镇中心卫生院 党建引领医院高质量发展\n秀山县龙池镇中心卫生院是一所综合型卫生院。\n"
        + para
    )
    xinglong, longchi = _sections(_chain(text))
    assert "龙池片区" not in xinglong.text and "misplaced_paragraph" in _rules(xinglong)
    assert longchi.text.endswith(para)


def test_a_person_of_the_host_institution_speaking_leads_no_section():
    """One hospital's outreach story: the host clinic's head speaking (`某某卫生院院长表示,…`) is a
    quote in that story, not a second institution's section."""
    text = (
        "6月20日,江川县人民医院组织专家团队来到竹林乡,开展为期一天的巡回医疗活动,为当地群众送去优质医疗服务。\n"
        "专家们在卫生院门诊坐诊,接诊患者一百三十余人次,还为乡卫生院医生进行了两场业务讲座,内容涉及常见病诊疗规范。\n"
        "竹林乡卫生院院长表示,县级专家定期下乡,既方便了群众看病,也让乡里的医生学到了实实在在的本事。\n"
    )
    assert find_roundup(text) is None
    # The same clinic doing something of its own still leads a section.
    roundup = text.replace("竹林乡卫生院院长表示,", "竹林乡卫生院同日开展了家庭医生签约服务,")
    r = find_roundup(roundup)
    assert r is not None and [s.institutions for s in r.sections] == [["江川县人民医院"], ["竹林乡卫生院"]]


def test_institutions_in_one_story_are_not_a_roundup():
    """Paragraphs that open with different institutions but tell one story: a patient sent on
    from a clinic (the first section names the hospital), a joint free clinic set up in the
    introduction, units reporting at one meeting, teams in one contest's results."""
    transfer = (
        "3月2日凌晨,一名突发胸痛的老人被家人送到石门镇中心卫生院,值班医生判断为急性心梗,立即联系了杉川县人民医院。\n"
        "杉川县人民医院接到电话后派出救护车,同时启动胸痛中心绿色通道,患者到院后直接送进导管室。\n"
        "经过四十分钟的手术,老人堵塞的血管被打通,目前已转入普通病房,恢复情况良好。\n"
    )
    assert find_roundup(transfer) is None
    joint = (
        "9月14日是赶集日,杉川县人民医院、杉川县中医院和杉川县妇幼保健院的专家在石门镇集市联合开展送医下乡义诊活动。\n"
        "杉川县人民医院派出心内科、眼科专家,为赶集的群众测量血压、检查视力,并讲解高血压的日常管理知识。\n"
        "杉川县中医院的医生在现场为腰腿疼痛的老人做推拿和艾灸,还教大家练习了一套简单的保健操。\n"
        "杉川县妇幼保健院为前来咨询的妇女讲解孕期保健和两癌筛查政策,发放宣传资料两百余份。\n"
    )
    assert find_roundup(joint) is None
    # Introduced as each doing its own (各自), the same paragraphs are a roundup.
    each = joint.replace("在石门镇集市联合开展送医下乡义诊活动", "各自开展了形式多样的义诊活动")
    r = find_roundup(each)
    assert r is not None and [s.institutions[0] for s in r.sections] == ["杉川县人民医院", "杉川县中医院", "杉川县妇幼保健院"]
    meeting = (
        "11月20日,杉川县基层卫生工作推进会在县卫健局召开,五家乡镇卫生院作了交流发言。\n"
        "石门镇中心卫生院介绍了慢病患者分级管理的做法,签约居民的血压控制率比去年提高了八个百分点。\n"
        "桃溪乡卫生院重点交流了中医馆建设的经验,今年新开展针灸、拔罐等适宜技术六项,门诊量明显增加。\n"
        "县卫健局负责人要求各卫生院相互学习,找准短板,扎实做好基层卫生各项工作。\n"
    )
    assert find_roundup(meeting) is None
    contest = (
        "经过理论考试和现场操作两轮比拼,全县护理技能竞赛的成绩于4月28日揭晓,共有九支代表队参加决赛。\n"
        "杉川县人民医院代表队获得团体一等奖,该院急诊科护士周敏同时获得个人第一名,被授予技术能手称号。\n"
        "杉川县中医院代表队获得团体二等奖,该院两名护士分别获得个人二等奖和三等奖,表现十分亮眼。\n"
    )
    assert find_roundup(contest) is None


def test_numbered_list_items_and_an_outline_are_not_sections():
    """A notice's numbered quota list (`1.某某医院5名;`) and one hospital's summary whose later
    numbered parts name a partner are not roundups; numbered sections with paragraphs are."""
    quota = (
        "为提升院前急救水平,县卫健局决定举办急救技能培训班,现将参训名额分配如下:\n"
        "1.杉川县人民医院6名;\n2.杉川县中医院4名;\n3.杉川县急救站8名;\n"
        "请各单位于5月10日前报送参训人员名单。\n"
    )
    assert find_roundup(quota) is None
    outline = (
        "今年以来,杉川县中医院围绕年度目标,在学科建设和便民服务方面取得了新的进展。\n"
        "一、学科建设\n医院康复科通过省级重点专科评审,新开展特色技术五项。\n"
        "二、便民服务\n医院开通了中药代煎配送,患者足不出户就能收到煎好的中药。\n"
        "三、江北市中医院专家常驻\n江北市中医院派出骨伤科专家每周坐诊三天,半年完成手术八十余台。\n"
        "四、杉川县中医院医共体\n医共体成员单位门诊量同比增长一成,双向转诊更加顺畅。\n"
    )
    assert find_roundup(outline) is None
    sections = (
        "今年护士节,全县各医疗机构开展了丰富多彩的庆祝活动。\n"
        "一、杉川县人民医院\n医院召开表彰大会,对二十名优秀护士进行表彰,并为新入职护士举行授帽仪式。\n"
        "二、杉川县中医院\n医院举办中医护理技能竞赛,三十名护士比拼了艾灸、刮痧等操作。\n"
    )
    r = find_roundup(sections)
    assert r is not None and [s.institutions for s in r.sections] == [["杉川县人民医院"], ["杉川县中医院"]]


def test_a_long_name_line_over_a_paragraph_opening_with_it_stays_a_section_heading():
    """`某某区社区卫生服务中心` over `某某区社区卫生服务中心组织…`: the repeats stage leaves the name
    line (a section's heading, not a lead the paragraph repeats), and the roundup has a section
    for that institution too."""
    from cleaner.api import clean_text

    text = (
        "9月29日是世界心脏日。连日来,全市各医疗卫生机构开展了形式多样的宣传义诊活动,引导群众关注心血管健康。\n"
        "桐溪市人民医院\n"
        "9月28日上午,桐溪市人民医院心血管内科的十余名专家在人民广场举办大型义诊,为市民测量血压、做心电图。\n"
        "桐溪市中医院\n"
        "桐溪市中医院在门诊大厅设立心脏健康咨询台,由心病科医生为患者开展中医体质辨识,讲解调养方法。\n"
        "桐溪市南湖区社区卫生服务中心\n"
        "桐溪市南湖区社区卫生服务中心组织家庭医生团队走进辖区小区,为签约的高血压患者开展随访,核对用药情况。\n"
    )
    records = clean_text(text, doc_id="r")
    assert [r.institution for r in records[1:]] == ["桐溪市人民医院", "桐溪市中医院", "桐溪市南湖区社区卫生服务中心"]
    assert "组织家庭医生团队走进辖区小区" in records[-1].text


def test_quotes_of_staff_after_their_department_lead_no_sections():
    """A story quoting doctors of several hospitals (`某某医院急诊科主任某某告诉记者`) is one story;
    the same hospitals doing things of their own would be a roundup."""
    text = (
        "入伏以来,桐溪市持续高温,各医院急诊科接诊的中暑患者明显增多,其中不少是户外作业人员和老人。\n"
        "桐溪市人民医院急诊科主任韩磊告诉记者,最近一周该科室接诊中暑患者三十余人,重症中暑三人,均已脱离危险。\n"
        "桐溪市中医院急诊科护士长宋佳说,科室准备了冰毯、冰帽和降温设备,确保中暑患者到院后得到及时处理。\n"
        "医生提醒,老人、儿童和慢性病患者是中暑的高危人群,高温时段应尽量减少外出,注意补充水分。\n"
    )
    assert find_roundup(text) is None


def test_two_dated_paragraphs_of_one_hospital_are_one_section_and_a_glued_word_names_no_second():
    text = (
        "5月12日前后,全县各医疗卫生机构以多种形式庆祝国际护士节,向一线护理人员致敬。\n"
        "5月10日,江川县人民医院举办护理技能竞赛,来自各临床科室的四十余名护士参加了操作比武和理论考试。\n"
        "5月12日上午,江川县人民医院召开护士节表彰大会,对评选出的十名优秀护士和三个先进护理单元进行表彰。\n"
        "5月11日,江川县中医院组织护士走进社区,为居民开展中医护理技术体验和健康咨询,服务群众二百余人次。\n"
        "5月12日,青石镇卫生院邀请县级医院护理专家开展业务培训,帮助乡村护士提升静脉输液和急救操作技能。\n"
    )
    r = find_roundup(text)
    assert r is not None
    assert [s.institutions for s in r.sections] == [["江川县人民医院"], ["江川县中医院"], ["青石镇卫生院"]]


def test_a_heading_roundups_closing_paragraph_is_the_roundups_not_the_last_sections():
    text = (
        "5月19日是世界家庭医生日。全县各基层医疗机构围绕主题开展了形式多样的宣传和服务活动。\n"
        "1.江川县城关镇中心卫生院组织家庭医生团队在农贸市场设立服务点,为签约居民测量血压血糖。\n"
        "2.江川县河口镇卫生院家庭医生团队上门走访行动不便的老人,为他们调整用药方案。\n"
        "3.江川县中医院派出中医专家下沉到村卫生室,与村医组成联合团队开展中医药健康服务。\n"
        "下一步,县卫生健康局将继续做实家庭医生签约服务,让群众在家门口享受更加便捷的健康服务。\n"
        "江川县人民政府办公室主办\n"
    )
    r = find_roundup(text)
    assert r is not None and [s.institutions for s in r.sections][-1] == ["江川县中医院"]
    last = r.sections[-1]
    assert "下一步" not in text[last.start : last.end]
    assert any("下一步" in text[a:b] for a, b in r.others)


def test_a_roundup_mixing_dated_and_undated_leads_has_every_section():
    """Some sections open with a date (`5月5日,某某医院…`), others with the name alone: all lead."""
    text = (
        "世界手卫生日前后,全区各医疗单位围绕提高手卫生依从性开展了宣传和督查。\n"
        "5月5日,杉川区人民医院感染管理科在全院举办手卫生知识竞赛,十二支临床科室队伍参加了比赛。\n"
        "杉川区中医院感控人员逐一检查各病区的洗手设施,补充了速干手消毒剂,并对保洁人员进行了培训。\n"
        "5月7日,杉川区第二人民医院邀请疾控专家授课,用荧光实验演示了不规范洗手留下的细菌。\n"
    )
    r = find_roundup(text)
    assert r is not None
    assert [s.institutions for s in r.sections] == [["杉川区人民医院"], ["杉川区中医院"], ["杉川区第二人民医院"]]


def test_a_roundup_in_traditional_script_is_split():
    """Institution names in traditional characters (縣人民醫院, 鎮衛生院) are names too."""
    text = (
        "今年護士節前後,全縣各醫療機構開展了形式多樣的慶祝活動。\n"
        "【杉川縣人民醫院】\n醫院召開表彰大會,為二十名優秀護士頒發證書,並為新入職護士舉行授帽儀式。\n"
        "【石門鎮衛生院】\n衛生院護士走進三個行政村,為留守老人測量血壓,上門為臥床患者更換導管。\n"
    )
    r = find_roundup(text)
    assert r is not None and [s.institutions for s in r.sections] == [["杉川縣人民醫院"], ["石門鎮衛生院"]]


def test_a_community_centre_named_without_its_district_leads_a_section():
    """`东风社区卫生服务中心…` opening a paragraph is a community's own centre, as `某某街道社区卫生服务中心`
    is; `街道社区卫生服务中心` or `辖区社区卫生服务中心` name no particular one."""
    text = (
        "全国高血压日当天,城南区多家医疗机构走进社区和单位,开展高血压防治宣传。\n"
        "区人民医院心内科医生在门诊大厅设立咨询台,为市民测量血压,讲解低盐饮食和规律服药的重要性。\n"
        "槐树社区卫生服务中心的家庭医生上门随访辖区的高血压患者,逐一核对用药情况并调整了随访计划。\n"
    )
    r = find_roundup(text)
    assert r is not None and [s.institutions for s in r.sections] == [["区人民医院"], ["槐树社区卫生服务中心"]]
    generic = text.replace("槐树社区卫生服务中心", "辖区社区卫生服务中心")
    assert find_roundup(generic) is None


def test_the_authoritys_closing_words_leave_the_last_section():
    """A heading-form roundup's last paragraph about what the commission will do next, opening with
    a slogan, is the roundup's closing, not the last institution's."""
    text = (
        "今年6月是安全生产月,全县各医疗机构对照活动方案抓好落实。\n"
        "【杉川县人民医院】\n6月18日,医院在住院部开展夜间火灾疏散演练,二百余名医护人员和患者参加。\n"
        "【杉川县中医院】\n医院成立检查组,对配电房、氧气站、煎药室等重点部位逐一排查,当场整改隐患六处。\n"
        "安全无小事,责任重于山。县卫健局将持续压实各单位安全生产责任,常态化开展隐患排查整治。\n"
    )
    r = find_roundup(text)
    assert r is not None and [s.institutions for s in r.sections] == [["杉川县人民医院"], ["杉川县中医院"]]
    assert "县卫健局将持续" not in text[r.sections[-1].start : r.sections[-1].end]
    assert any("县卫健局将持续" in text[a:b] for a, b in r.others)


def test_later_sections_that_take_over_from_an_earlier_one_are_one_story():
    """A patient's way from a clinic to the county hospital told paragraph by paragraph: the
    hospital's paragraph speaks of the clinic's town as it opens, so the story stays whole;
    trainees of a course (`某某卫生院的学员…`) lead no section either."""
    transfer = (
        "2月3日凌晨,桃溪镇一名七旬老人突发胸痛,家人把他送到了镇上的卫生院。\n"
        "桃溪镇卫生院值班医生为老人做了心电图,判断为急性心梗,立即把图像上传到县域胸痛救治平台。\n"
        "杉川县人民医院胸痛中心确认诊断后派出救护车赶往桃溪镇接回患者,同时提前开放了导管室。\n"
        "手术十分顺利,老人目前已转入普通病房。\n"
    )
    assert find_roundup(transfer) is None
    course = (
        "7月8日至10日,全县基层医生心电图培训班在县人民医院举办,来自各乡镇卫生院的四十名医生参加。\n"
        "培训由县人民医院心内科的骨干医生授课,每天下午安排病例判读练习,学员们学得十分认真。\n"
        "桃溪镇卫生院的学员李红说,以前遇到复杂的心电图只能转诊,现在自己心里有底多了。\n"
        "石门乡卫生院的学员赵刚在结业考试中取得了满分,他打算回去后给同事们再讲一遍。\n"
    )
    assert find_roundup(course) is None


def test_closing_paragraphs_of_a_heading_roundup_are_its_own():
    """`通过此次活动,全区…`, a tip for readers, and a tally naming the institutions leave the last section."""
    head = (
        "今年护士节,全区各医疗机构开展了丰富多彩的庆祝活动。\n"
        "● 杉川区人民医院\n医院召开表彰大会,为二十名优秀护士颁发证书,并为新入职护士举行授帽仪式。\n"
        "● 杉川区中医院\n医院举办中医护理技能竞赛,三十名护士比拼了艾灸、刮痧等操作,评委现场打分。\n"
    )
    for closing in (
        "通过此次活动,全区护理人员的职业荣誉感进一步增强。\n",
        "温馨提示:艾灸后四小时内不宜洗澡,皮肤破损者不宜施灸。\n",
        "杉川区人民医院和杉川区中医院当天共接待市民咨询五百余人次。\n",
    ):
        text = head + closing
        r = find_roundup(text)
        assert r is not None and [s.institutions for s in r.sections] == [["杉川区人民医院"], ["杉川区中医院"]]
        assert closing.strip() not in text[r.sections[-1].start : r.sections[-1].end]
        assert any(closing.strip() in text[a:b] for a, b in r.others)


def test_an_institution_named_again_by_its_short_name_keeps_one_section():
    """`县人民医院还…` after `杉川县人民医院…`, and `县疾控中心提醒…` after `杉川县疾病预防控制中心…`,
    continue that institution's section."""
    text = (
        "儿童节期间,县卫健局组织各医疗卫生单位开展儿童健康关爱活动,为孩子们送上节日的祝福。\n"
        "杉川县人民医院儿科医护人员为住院的患儿准备了绘本和玩具,在病区走廊布置了彩色气球墙。\n"
        "县人民医院还派出口腔科医生来到城东幼儿园,为两百多名幼儿进行了龋齿检查和涂氟。\n"
        "杉川县疾病预防控制中心对辖区的预防接种门诊开展冷链专项检查,并为家长讲解疫苗接种常识。\n"
        "县疾控中心提醒,家长要妥善保管孩子的预防接种证,孩子入托入学时需要查验。\n"
    )
    r = find_roundup(text)
    assert r is not None
    assert [s.institutions for s in r.sections] == [["杉川县人民医院"], ["杉川县疾病预防控制中心"]]
    assert text[r.sections[-1].start : r.sections[-1].end].endswith("需要查验。")


def test_name_lines_over_paragraphs_that_use_the_short_name_head_sections():
    """`杉川县中医院` alone on a line over `县中医院邀请…`: the name line heads the section (the
    prose calls the hospital by its short name), and the full name is the section's institution."""
    text = (
        "医师节当天,全县各医疗单位以不同方式庆祝自己的节日。\n"
        "杉川县人民医院\n县人民医院举行医师节表彰大会,为从医满三十年的医师颁发纪念奖章。\n"
        "杉川县中医院\n县中医院邀请老中医开展师带徒拜师仪式,六名青年医师向指导老师敬茶。\n"
        "杉川县石门镇卫生院\n石门镇卫生院只有九名医师,却承担着全镇两万多人的基本医疗服务。\n卫生院院长说,大家的干劲更足了。\n"
    )
    r = find_roundup(text)
    assert r is not None and r.form == "name_line"
    assert [s.institutions for s in r.sections] == [["杉川县人民医院"], ["杉川县中医院"], ["杉川县石门镇卫生院"]]
    assert text[r.sections[-1].start : r.sections[-1].end].endswith("干劲更足了。")


def test_channel_account_bars_and_bold_leads_head_sections():
    """`▍某某医院` heading lines, and paragraphs opening with `**某某医院**:`."""
    bars = (
        "世界肾脏日当天,我县两家县级医院分别举办义诊和科普活动。\n"
        "▍杉川县人民医院\n肾内科医生在门诊大厅为群众免费检测尿常规,讲解慢性肾病的早期信号。\n"
        "▍杉川县中医院\n肾病科在住院部举办护肾讲堂,科室主任结合病例讲解了滥用偏方的危害。\n"
    )
    r = find_roundup(bars)
    assert r is not None and [s.institutions for s in r.sections] == [["杉川县人民医院"], ["杉川县中医院"]]
    bold = (
        "世界哮喘日当天,县内两家医院围绕哮喘的规范诊治开展了宣传义诊。\n"
        "**杉川县人民医院**:呼吸科在门诊开设哮喘专病咨询台,为患者免费进行肺功能检查,演示吸入装置的用法。\n"
        "**杉川县中医院**:肺病科医生讲解了冬病夏治的作用,并教患者练习缩唇呼吸和腹式呼吸。\n"
    )
    r = find_roundup(bold)
    assert r is not None and r.form == "bold"
    assert [s.institutions for s in r.sections] == [["杉川县人民医院"], ["杉川县中医院"]]
    assert bold[r.sections[0].body_start :].startswith("呼吸科在门诊")


def test_a_themed_roundups_partner_and_closing_are_no_section():
    """Under theme headings, a partner named second in one paragraph (`A与某某中心合作…`) and never
    on its own gets no section; the closing words under the last theme are the roundup's."""
    text = (
        "今年以来,区属各公立医院扎实开展改善就医感受活动。\n"
        "01 | 便民服务\n"
        "杉川区人民医院全面推行检查集中预约,患者的平均等候时间从三天缩短到一天以内。\n"
        "杉川区中医医院推出中药代煎配送服务,煎好的中药两天内就能送到患者家中。\n"
        "02 | 学科建设\n"
        "杉川区中医医院与市精神卫生中心合作开设睡眠门诊,填补了区内这一领域的空白。\n"
        "杉川区人民医院胸痛中心通过国家认证,救治时间进一步缩短。\n"
        "下一步,区卫健局将持续跟踪各医院的落实情况,把群众满意度作为检验成效的标准。\n"
    )
    r = find_roundup(text)
    assert r is not None and r.form == "themed"
    assert [s.institutions for s in r.sections] == [["杉川区人民医院"], ["杉川区中医医院"]]
    assert any("区卫健局将持续" in text[a:b] for a, b in r.others)
    assert not any("区卫健局将持续" in text[a:b] for s in r.sections for a, b in (s.paragraphs or []))


def test_a_directory_and_notices_listing_units_are_not_roundups():
    """A numbered list of clinics with their addresses, a recruitment notice's units and posts,
    and an inspection report's problems by unit stay one record each."""
    directory = (
        "被猫狗抓伤后请尽快到以下门诊处置:\n"
        "1. 杉川县人民医院急诊科  地址:杉川县解放路12号  电话:0000-5552120\n"
        "门诊时间:24小时\n"
        "2. 杉川县石门镇卫生院  地址:石门镇正街3号  电话:0000-5554433\n"
        "门诊时间:工作日8:00-17:30\n"
    )
    assert find_roundup(directory) is None
    jobs = (
        "因工作需要,杉川县医共体面向社会公开招聘编外专业技术人员十二名。现将有关事项公告如下:\n"
        "一、招聘单位及岗位\n"
        "(一)杉川县人民医院:临床医师六名,要求临床医学专业本科及以上学历。\n"
        "(二)杉川县中医院:中医师三名,要求中医学专业本科及以上学历。\n"
        "二、报名方式\n报名者将报名表发送至医共体人力资源部邮箱。\n"
    )
    assert find_roundup(jobs) is None
    problems = (
        "6月中旬,县卫生健康局组织专家对全县医疗机构开展了医疗质量督导检查,现将发现的主要问题通报如下:\n"
        "1.杉川县人民医院:部分运行病历首次病程记录未在规定时间内完成,手术安全核查表有漏签现象。\n"
        "2.杉川县中医院:中药饮片处方未全部实行点评,院感监测记录不完整,需要尽快整改到位。\n"
        "各单位要对照问题清单逐项整改,于7月底前报送整改报告。\n"
    )
    assert find_roundup(problems) is None
    hours = (
        "为方便群众就近接种,自3月1日起调整全县预防接种门诊开放时间,具体如下:\n"
        "杉川县疾控中心接种门诊:周一至周五 8:00—11:30,14:30—17:00;电话:0000-6601 2238\n"
        "杉川县城关镇社区卫生服务中心:周二、周四、周六上午;电话:0000-6602 4510\n"
        "杉川县白石镇卫生院:每周三全天;电话:0000-6688 1037\n"
        "如遇法定节假日,开放时间以各接种门诊电话通知为准。\n"
    )
    assert find_roundup(hours) is None
    clinics = (
        "二、接种地点及时间\n城区接种门诊:\n"
        "1.杉川市疾控中心预防接种门诊(新华南路220号疾控中心一楼),周一至周五 8:00-11:30;\n"
        "2.杉川市城北街道社区卫生服务中心(北环路36号),周二至周六 8:00-11:30;\n"
        "3.杉川市妇幼保健院儿童保健科(迎春路12号三楼),周一、三、五 8:00-16:30。\n"
    )
    assert find_roundup(clinics) is None


def test_another_body_speaking_at_the_end_closes_the_roundup():
    """`县残联表示,将继续…`, `市爱卫办将…` or words to the reader after the last section are the
    roundup's closing; the last institution's own next paragraph (`医院还…`) is not."""
    head = (
        "全国助残日前后,全县各医疗机构为残疾人送去了康复服务。\n"
        "▶ 杉川县人民医院\n医院康复科为二十名肢体残疾人进行了康复评估,并制定了个性化训练方案。\n"
        "▶ 杉川县中医院\n医院针灸科医生上门为三名卧床的残疾人开展针灸治疗,指导家属做好日常护理。\n"
    )
    for closing, closes in (
        ("县残联表示,将继续与卫生健康部门加强合作,让残疾人在家门口享受康复服务。\n", True),
        ("市爱卫办将对各地活动开展情况进行督导,并纳入年度考核。\n", True),
        ("如果您家中有需要康复服务的残疾人,可以拨打县残联服务热线咨询。\n", True),
        ("医院还为他们建立了随访档案,每月上门回访一次。\n", False),
    ):
        text = head + closing
        r = find_roundup(text)
        assert r is not None and [s.institutions for s in r.sections] == [["杉川县人民医院"], ["杉川县中医院"]]
        in_last = closing.strip() in text[r.sections[-1].start : r.sections[-1].end]
        assert in_last is not closes, closing


def test_talks_at_one_meeting_are_not_a_roundup():
    """`本次论坛邀请了五家医院的专家作专题报告` and then a paragraph per expert: one meeting's story."""
    text = (
        "5月18日，首届基层糖尿病规范化管理论坛在杉川市举行，二百六十余名基层医务人员参加。\n"
        "本次论坛邀请了五家医院的专家作专题报告。\n"
        "杉川大学附属第二医院内分泌科主任萧文岚以《基层糖尿病患者的分层管理》为题，介绍了按风险分层随访的做法。\n"
        "杉川市人民医院内分泌科副主任邝昊结合病例，讲解了胰岛素起始治疗中的常见误区，提醒基层医生重视低血糖。\n"
        "杉川市中心医院营养科主任饶蓓讲解了糖尿病患者饮食管理的手掌法则，简单易学，现场反响热烈。\n"
    )
    assert find_roundup(text) is None


def test_hospitals_called_by_their_local_short_names_head_sections():
    """`县一院`, `县二院`, `县妇幼`: numbered hospitals and the maternal and child hospital as local
    news calls them."""
    text = (
        "春节假期，县城各家医院的门诊、急诊照常运转，记者走访发现各医院都拿出了暖心招。\n"
        "县一院：除夕夜完成三台急诊手术\n除夕当晚，县一院手术室灯火通明，普外科和骨科医生接连完成了三台急诊手术。\n"
        "县二院：血透室春节不停诊\n县二院血液透析中心安排医护人员分三班轮岗，还为患者准备了饺子和新春小礼物。\n"
        "县妇幼：新年第一个宝宝出生\n正月初一凌晨，一名男婴在县妇幼呱呱坠地，成为今年春节全县出生的第一个宝宝。\n"
    )
    r = find_roundup(text)
    assert r is not None and [s.institutions for s in r.sections] == [["县一院"], ["县二院"], ["县妇幼"]]


def test_stands_at_one_event_and_a_section_opening_on_the_same_day():
    """Hospitals' stands at one event on a square (`某某医院的展台…`) are one story; a section that
    opens `同日,某某中心…` leads like one that opens with its date."""
    stands = (
        "4月7日是世界卫生日，县卫健局在人民广场举办大型健康咨询活动，三家县级医院设立了展台。\n"
        "县人民医院的展台前排起了长队，心内科医生为群众测量血压，讲解高血压的日常管理知识。\n"
        "县中医院的展台上摆满了中药材标本，医生为群众进行体质辨识，推荐适合的食疗方子。\n"
        "活动共接待群众八百余人次，发放宣传资料两千余份。\n"
    )
    assert find_roundup(stands) is None
    same_day = (
        "3月5日，全区各社区卫生服务中心开展学雷锋志愿服务活动。\n"
        "3月5日上午，东湖社区卫生服务中心组织志愿者走进敬老院，为老人测量血压、修剪指甲，陪老人聊天。\n"
        "同日，河西社区卫生服务中心的家庭医生来到辖区广场，为居民提供免费义诊和健康咨询服务。\n"
    )
    r = find_roundup(same_day)
    assert r is not None and [s.institutions for s in r.sections] == [["东湖社区卫生服务中心"], ["河西社区卫生服务中心"]]


def test_partners_named_by_their_places_in_a_joint_intro_make_one_story():
    """A hospital's assistance to three township centres, signed together in the introduction
    that names them by their towns (与青石镇、沙湾镇、凤凰山乡三家卫生院签订…协议), then a paragraph on
    each: one story of the hospital's programme, not a roundup of the centres."""
    text = (
        "去年底,杉川市第一人民医院与青石镇、沙湾镇、凤凰山乡三家卫生院签订“组团式”帮扶协议,派驻专家团队常驻半年。\n"
        "青石镇卫生院是三家中底子最薄的。帮扶团队到来后,首先从规范病历书写和院感管理抓起,每周开展两次业务培训。\n"
        "沙湾镇卫生院原有的康复科只有两台理疗仪。市一院康复医学科派出的两名治疗师带来了脑卒中康复的整套方案。\n"
        "凤凰山乡卫生院离市区最远。市一院在这里重点建设了远程会诊室,卫生院医生遇到疑难病例可随时连线专家。\n"
    )
    assert find_roundup(text) is None


def test_prevention_hospitals_clinics_and_a_closing_that_speaks_to_the_reader():
    """Names ending in 防治院 or 卫生所 are institutions; `中心提醒…` after a centre's paragraph is
    the centre's own; `以上就是…欢迎转发分享。` closes the whole roundup."""
    text = (
        "▍杉川市口腔医院\n"
        "杉川市口腔医院开展“全国爱牙日”进校园活动,为两千余名小学生免费开展口腔检查和窝沟封闭。\n"
        "▍杉川市皮肤病防治院\n"
        "杉川市皮肤病防治院开设夜间皮肤科门诊,方便上班族下班后就诊,首周接诊患者一百余人次。\n"
        "▍杉川市石门乡卫生所\n"
        "杉川市石门乡卫生所完成标准化改造,新增中医理疗室和健康小屋,村民在家门口就能做理疗。\n"
        "▍杉川市妇幼保健计划生育服务中心\n"
        "杉川市妇幼保健计划生育服务中心新生儿听力筛查门诊搬迁至门诊楼二楼,配备了隔音检测室。\n"
        "中心提醒家长,新生儿出生后48小时至出院前应完成初筛,未通过者须在42天内复筛。\n"
        "以上就是本周全市卫健系统的重点动态,欢迎转发分享。\n"
    )
    r = find_roundup(text)
    assert r is not None
    assert [s.institutions for s in r.sections] == [
        ["杉川市口腔医院"], ["杉川市皮肤病防治院"], ["杉川市石门乡卫生所"], ["杉川市妇幼保健计划生育服务中心"],
    ]
    last = r.sections[-1]
    assert "中心提醒家长" in text[last.start : last.end]
    assert not any("以上就是" in text[s.start : s.end] for s in r.sections)


def test_a_notice_dividing_duties_among_units_and_bold_headings_with_a_party_committee():
    """A notice's `二、明确职责分工` with `1.县人民医院:负责…` items is no roundup; a roundup's bold
    heading that names the institution's party committee (**某某医院党委:…**) heads its section."""
    duties = (
        "县人民医院、县中医医院、县疾控中心:\n一、明确职责分工\n"
        "1.杉川县人民医院:负责重症中暑和热射病患者的救治,急诊科要储备冰毯和降温药品。\n"
        "2.杉川县中医医院:负责开展中医药防暑知识宣传,做好防暑中药汤剂的免费发放。\n"
        "3.杉川县疾病预防控制中心:负责高温天气健康风险评估和预警信息发布。\n"
    )
    assert find_roundup(duties) is None
    bold = (
        "在建党节之际,市卫健系统各基层党组织结合行业特点,开展形式多样的主题党日活动。\n"
        "**杉川市中心医院党委:新党员宣誓 老党员寄语**\n"
        "6月28日,杉川市中心医院党委举行新党员入党宣誓仪式,12名新党员在党旗下庄严宣誓。\n"
        "**杉川市中医院党委:党员专家义诊进社区**\n"
        "杉川市中医院党委组织20名党员专家走进社区,开展中医义诊和健康讲座,服务居民三百余人次。\n"
    )
    r = find_roundup(bold)
    assert r is not None
    assert [s.institutions for s in r.sections] == [["杉川市中心医院"], ["杉川市中医院"]]
    assert bold[r.sections[0].start :].startswith("**杉川市中心医院党委")


def test_a_name_in_bold_opening_its_paragraph_leads_a_section_and_a_speakers_label_does_not():
    """`**某某医院**在…` paragraphs are a roundup's sections; `**某某医院院长 某某:**…` paragraphs are
    the talks at one meeting."""
    bold = (
        "5月17日是世界高血压日,我县多家医疗机构开展主题宣传和免费筛查活动。\n"
        "**杉川县人民医院**在门诊大厅设立咨询台,心内科专家为群众免费测量血压,讲解高血压防治知识。\n"
        "**杉川县中医院**组织专家走进社区,开展中医体质辨识和八段锦教学,服务居民一百余人次。\n"
        "**杉川县黄土岭镇卫生院**的家庭医生团队入户随访高血压患者,调整用药并指导饮食。\n"
    )
    r = find_roundup(bold)
    assert r is not None and [s.institutions for s in r.sections] == [
        ["杉川县人民医院"], ["杉川县中医院"], ["杉川县黄土岭镇卫生院"],
    ]
    talks = (
        "7月11日,县卫健局召开上半年县级公立医院运行分析会,会议通报了各医院的运行情况。\n"
        "**杉川县人民医院院长 某某:**上半年医院四级手术量同比增长22%,但平均住院日仍偏长,下半年将重点压缩。\n"
        "**杉川县中医院院长 某某:**医院中医特色优势仍不够突出,下半年将再建两个中医特色专科。\n"
        "**杉川县妇幼保健院院长 某某:**受出生人口下降影响,产科业务量下滑,医院将拓展儿童保健服务。\n"
    )
    assert find_roundup(talks) is None


def test_the_last_sections_next_paragraph_about_its_institution_stays_with_it():
    """`医院还为…` after the last date-led section goes on with that institution: its section's,
    not a closing of the roundup."""
    text = (
        "8月18日,杉川市人民医院举行庆祝中国医师节座谈会,表彰了二十名优秀医师和十个先进科室。\n"
        "8月18日,杉川市中医院组织专家走进社区开展义诊,为三百余名居民提供健康咨询和中医理疗。\n"
        "8月19日,杉川市儿童医院举办医师节主题演讲比赛,十二名青年医师讲述了从医路上的故事。\n"
        "医院还为全院医师送上节日慰问品,并开展了职工健康体检和心理疏导服务。\n"
    )
    r = find_roundup(text)
    assert r is not None and [s.institutions for s in r.sections][-1] == ["杉川市儿童医院"]
    last = r.sections[-1]
    assert "医院还为全院医师" in text[last.start : last.end]


def test_short_names_the_article_declares_head_their_sections():
    """`某某县人民医院(以下简称县医院)` in the introduction, `▶县医院:…` over its section: the section
    is the hospital's, by its full name."""
    text = (
        "5月12日是国际护士节,杉川县人民医院(以下简称县医院)、杉川县中医医院(以下简称县中医院)和"
        "杉川县妇幼保健院(以下简称县妇保院)分别开展了庆祝活动。\n"
        "▶县医院:表彰优秀护士\n县医院召开护士节表彰大会,二十名优秀护士和五个先进护理单元受到表彰。\n"
        "▶县中医院:中医护理技能比武\n县中医院举办中医护理技能比武,艾灸、刮痧等六个项目同台竞技。\n"
        "▶县妇保院:护士进社区\n县妇保院组织护士走进社区,为孕产妇和婴幼儿家庭开展健康指导。\n"
    )
    r = find_roundup(text)
    assert r is not None
    assert [s.institutions for s in r.sections] == [["杉川县人民医院"], ["杉川县中医医院"], ["杉川县妇幼保健院"]]


def test_briefs_behind_bullets_a_date_with_qi_and_a_community_centre_member_split_by_institution() -> None:
    """Three more forms of a roundup: an e-paper's briefs each opening with ■ and the hospital's
    name; a brief whose lead opens `6月10日起，某某医院…`; a 医共体's members, one of them a community
    health centre (`◆某某县医共体城南社区卫生服务中心`). Each gives one record per institution."""
    briefs = "\n".join([
        "卫生健康简讯",
        "■青岭县人民医院近日引进一台3.0T磁共振设备，检查时间由原来的半小时缩短到十五分钟，群众在家门口就能做高端检查。",
        "■青岭县中医院10月16日举办膏方节，二十余名中医专家现场为市民辨证开方，当天开出膏方三百余剂。",
        "■青岭县妇幼保健院近日开设孕妇学校周末班，每周六上午开课，已有八十余名孕妇报名参加。",
    ])
    docs = _sections(_chain(briefs))
    assert [d.institution for d in docs] == ["青岭县人民医院", "青岭县中医院", "青岭县妇幼保健院"]
    dated = "\n".join([
        "县域医疗服务新举措",
        "6月10日起，碧岑县人民医院正式开通日间手术服务，患者从入院到出院不超过24小时，住院费用平均下降两成。",
        "6月12日，碧岑县中医院三伏贴预约通道开通，市民可通过公众号或到门诊现场登记预约。",
        "近日，碧岑县第二人民医院戒烟门诊正式开诊，由呼吸内科和心理科医生联合坐诊。",
    ])
    docs = _sections(_chain(dated))
    assert [d.institution for d in docs] == ["碧岑县人民医院", "碧岑县中医院", "碧岑县第二人民医院"]
    members = "\n".join([
        "医共体成员单位服务群众纪实",
        "◆梧溪县医共体石门分院",
        "石门分院与县人民医院共建胸痛救治单元，今年以来成功转诊急性心梗患者十二例，均在黄金时间内完成救治。",
        "◆梧溪县医共体龙口分院",
        "龙口分院与县人民医院心内科联合开设高血压专病门诊，每周二由县级专家坐诊，已接诊患者四百余人次。",
        "◆梧溪县医共体城南社区卫生服务中心",
        "中心在辖区四个小区设立健康小屋，居民可自助测量血压、血糖，数据同步到家庭医生的手机上。",
    ])
    docs = _sections(_chain(members))
    assert len(docs) == 3 and "健康小屋" in docs[-1].text and "健康小屋" not in docs[-2].text


def test_circled_numbers_and_a_universitys_hospitals_named_by_their_own_part_head_sections() -> None:
    # ①…④ before each township hospital's item.
    circled = "\n".join([
        "各镇卫生院开展义诊活动",
        "9月以来，县卫生健康局组织各镇卫生院深入开展大型义诊活动周，把健康服务送到群众身边。",
        "①石门镇卫生院：联合县人民医院专家在镇中心集市设立义诊点，免费为群众测血压、测血糖，发放健康宣传资料三百余份。",
        "②河口镇卫生院：组织医务人员进村入户，为行动不便的老人、残疾人开展上门体检，建立健康档案四十余份。",
        "③龙潭镇中心卫生院：以慢病管理为重点，对辖区高血压、糖尿病患者逐户随访，调整用药方案二十余例。",
    ])
    docs = _sections(_chain(circled))
    assert [d.institution for d in docs] == ["石门镇卫生院", "河口镇卫生院", "龙潭镇中心卫生院"]
    # A university's hospitals, each under its full name, spoken of by their own part (附属第一医院).
    affiliated = "\n".join([
        "各附属医院开展世界肾脏日义诊活动",
        "3月12日是世界肾脏日，医学院各附属医院围绕肾脏健康主题，组织专家走进门诊、社区和学校开展义诊宣传。",
        "青川大学附属第一医院",
        "附属第一医院肾内科联合泌尿外科、营养科在门诊大厅设立义诊台，为二百余名群众免费检测尿常规和血肌酐。",
        "青川大学附属第二医院",
        "附属第二医院肾病中心医护人员走进社区卫生服务中心，为居民讲解慢性肾脏病的早期信号和饮食要点。",
        "青川大学附属儿童医院",
        "附属儿童医院肾脏内科医生走进实验小学，面向四年级学生开展小肾脏大健康科普课，发放科普手册五百份。",
    ])
    docs = _sections(_chain(affiliated))
    assert [d.institution for d in docs] == ["青川大学附属第一医院", "青川大学附属第二医院", "青川大学附属儿童医院"]


def test_the_doctors_cards_on_a_consultation_page_do_not_split_it() -> None:
    page = "\n".join([
        "胃胀一个多月，吃完饭就打嗝是怎么回事？",
        "问题描述：最近一个多月，每次吃完饭没多久肚子就胀，一直打嗝，有时候还反酸水，晚上躺下的时候更明显。",
        "已有2位医生回答",
        "郑某某 主治医师", "青川市第二人民医院 消化内科", "擅长：慢性胃炎、消化性溃疡的诊治",
        "病情分析：",
        "你好，根据你描述的情况，饭后腹胀、嗳气伴反酸，持续一个多月，首先考虑功能性消化不良或慢性胃炎。",
        "薛某某 医师", "青川市康宁医院 内科", "擅长：常见内科疾病",
        "病情分析：",
        "饭后胀气打嗝多数和胃动力不足有关，精神紧张、睡眠差也会影响胃肠功能，可以先查一下幽门螺杆菌。",
    ])
    assert len(_chain(page)) == 1


def test_a_reporters_tour_and_an_occasions_eve_lead_sections() -> None:
    # 走进…, 在某某医院,记者看到…, 来到第三站…: the stops of a reporter's tour, each a section.
    tour = "\n".join([
        "老年友善医院建设见闻",
        "九九重阳，敬老爱老。日前，我市公布了第二批老年友善医院名单，老年人看病有哪些新变化？记者走访了三家医院。",
        "走进青川市第一人民医院门诊大厅，最显眼的是一排标着老年人优先的挂号窗口，旁边还有志愿者帮忙操作自助机。",
        "在青川市中医院，记者看到该院将部分老年科病房改造成适老化病房，地面全部铺设防滑地胶，床边加装了扶手。",
        "来到第三站青川市康复医院，记者正赶上该院的老年门诊一站式服务，一位老人从挂号到取药只用了二十分钟。",
    ])
    assert [d.institution for d in _sections(_chain(tour))] == ["青川市第一人民医院", "青川市中医院", "青川市康复医院"]
    # A section whose lead opens with the occasion's eve (护士节前夕,某某医院…).
    eve = "\n".join([
        "各医院开展护士节活动",
        "日前，青川市人民医院在住院部开展护理天使进病房活动，护士们为住院老人修剪指甲、清洗头发，陪老人聊天。",
        "5月11日，青川市第四医院举行护理技能嘉年华，静脉穿刺、伤口换药、心肺复苏等项目轮番上阵，气氛热烈。",
        "护士节前夕，青川市骨科医院开展走出病房看康复随访活动，二十名护士分成五组，到出院患者家中指导康复锻炼。",
    ])
    assert [d.institution for d in _sections(_chain(eve))] == ["青川市人民医院", "青川市第四医院", "青川市骨科医院"]


def test_the_first_of_a_roundups_unit_headings_under_the_info_bar_heads_its_section() -> None:
    page = "\n".join([
        "某某热线 > 健康频道 > 医院动态",
        "医院动态（第38期）",
        "2010-09-17 15:20　来源：某某热线健康频道　编辑：卢某",
        "【大 中 小】 【打印】 【关闭】",
        "本期导读：三家医院推出便民服务新举措",
        "青川人民医院：开通夜间门诊 下班族看病不用请假",
        "从9月20日起，青川人民医院将在工作日开设夜间门诊，时间为每天17:30至21:00，开设内科、外科、儿科、妇科和口腔科五个科室。",
        "该院门诊部主任介绍，开设夜间门诊主要是为了方便白天上班、上学的市民，夜间门诊的挂号费、诊疗费与白天相同。",
        "青川市中医院：推出冬病夏治后续门诊",
        "青川市中医院在三伏贴敷结束后，针对慢性支气管炎、过敏性鼻炎等患者开设随访门诊，每周二、周四下午由呼吸科和针灸科专家联合坐诊。",
        "医院提醒，穴位贴敷并非人人适用，孕妇、皮肤过敏者和发热患者不宜贴敷。",
    ])
    docs = _sections(_chain(page))
    assert [d.institution for d in docs] == ["青川人民医院", "青川市中医院"]
    assert docs[0].title == "开通夜间门诊 下班族看病不用请假"


def test_a_holidays_timetable_under_each_hospitals_name_is_a_section_each() -> None:
    page = "\n".join([
        "春节期间我市各大医院门诊安排",
        "春节将至，不少市民关心假期看病问题。记者从市内各大医院了解到，春节期间各医院急诊24小时开放，门诊实行节日排班。",
        "青川市人民医院",
        "1月28日（除夕）至1月30日（初二）：仅开放急诊、发热门诊，普通门诊停诊。",
        "2月5日起恢复正常门诊。",
        "青川市中医医院",
        "1月28日至1月29日：仅开放急诊。",
        "1月30日至2月4日：开放中医内科、针灸科、骨伤科门诊。",
        "青川市妇幼保健院",
        "春节期间产科、儿科急诊24小时开放，妇科、儿童保健科门诊1月31日起开放。",
    ])
    assert [d.institution for d in _sections(_chain(page))] == ["青川市人民医院", "青川市中医医院", "青川市妇幼保健院"]


def test_a_roundups_name_over_its_items_makes_no_record_of_its_own() -> None:
    """An e-paper's column, `卫生简讯` over its ■-led items: one record per hospital, none holding
    only the column's name."""
    page = "\n".join([
        "青石县报数字报", "2015年07月03日 第03版 民生·卫生", "首页 上一版 下一版 版面目录",
        "本版标题导航", "卫生简讯", "三伏天防中暑 这些知识要记牢", "卫生简讯",
        "■青石县人民医院 血液透析室扩容",
        "日前，青石县人民医院血液透析室完成扩建，透析机由8台增至20台，可同时满足60余名尿毒症患者的透析需求。（通讯员 付某萍）",
        "■青石县中医医院 推广中医适宜技术",
        "6月下旬，青石县中医医院举办基层中医适宜技术培训班，对全县14个乡镇卫生院的38名医务人员进行技术培训。（通讯员 岑某强）",
        "■青石县妇幼保健院 免费“两癌”筛查启动",
        "7月1日起，青石县妇幼保健院启动农村妇女宫颈癌、乳腺癌免费筛查，全年计划筛查6000人。（通讯员 罗某燕）",
    ])
    records = _chain(page)
    assert [r.institution for r in records] == ["青石县人民医院", "青石县中医医院", "青石县妇幼保健院"], [
        (r.institution, r.text[:20]) for r in records
    ]


def test_a_digests_items_each_behind_a_middle_dot_are_split() -> None:
    """A radio station's digest: `·某某医院：…` items, one paragraph each, give one record each."""
    items = [
        "·青石市第一人民医院：春节期间门诊不停诊，急诊、发热门诊24小时开放，专家门诊正月初四起恢复。",
        "·青石市中医医院：1月13日起推出中医养生膏方义诊，每周二、周四下午在门诊一楼开展，市民可免费咨询。",
        "·青石市第四人民医院：新建成的重症医学科二病区本周投入使用，新增床位20张，可满足节日期间的救治需求。",
    ]
    page = "\n".join(["【导语】临近春节，我市各医院在保障就医、方便群众方面有不少新举措。来看记者整理的最新动态。", *items])
    records = _chain(page)
    assert [r.institution for r in records if r.institution] == ["青石市第一人民医院", "青石市中医医院", "青石市第四人民医院"]


def test_any_emoji_heads_a_section_and_a_sections_number_above_its_heading_is_its_own() -> None:
    """Sections headed `🏥 某某医院` and `👶 某某妇幼保健院` split alike; a section's number alone on the
    line above its heading (`02`) goes with that section, not at the end of the one before."""
    body = "3月13日，该院专家团队一行8人来到梧桐乡开展名中医义诊，当天共服务群众210余人次，发放健康资料300份。"
    page = "\n".join([
        "本周医院新闻", "本周，全区各医院有不少新变化，一起来看看吧。",
        "01", "🏥 青石区人民医院", "新院区门急诊3月11日起试运行，新院区位于滨湖大道与云栖路交叉口，设置床位600张。",
        "02", "🩺 青石区中医院", body,
        "03", "👶 青石区妇幼保健院", "本周该院孕妇学校推出周末线上课程，准爸爸也能远程参与，课程内容涵盖孕期营养和分娩准备。",
    ])
    records = _chain(page)
    assert [r.institution for r in records if r.institution] == ["青石区人民医院", "青石区中医院", "青石区妇幼保健院"]
    assert not any(r.text.rstrip().endswith(("01", "02", "03")) for r in records), [r.text[-10:] for r in records]


def test_briefs_under_headlines_that_open_with_the_hospitals_name_are_split() -> None:
    """A paper's column of briefs: each headline opens with its hospital's name, the brief under it
    opens with 本报讯 and names the hospital again. One record per hospital, the first one too (its
    headline is lifted as the page's title)."""
    page = "\n".join([
        "院讯速递",
        "青石市第一人民医院开设房颤综合门诊",
        "本报讯 房颤患者以后不用在心内科、神经内科之间来回跑了。9月5日，青石市第一人民医院房颤综合门诊开诊。（通讯员 孟某岚）",
        "青石市儿童医院新住院楼投入使用",
        "本报讯 9月8日，青石市儿童医院新住院楼正式启用，新楼共16层，开放床位600张。（通讯员 罗某）",
        "青石市口腔医院为百名老人免费检查口腔",
        "本报讯 9月9日，青石市口腔医院组织20名医生走进社区，为百名老人免费检查口腔。（通讯员 方某圆）",
    ])
    records = _chain(page)
    assert [r.institution for r in records] == ["青石市第一人民医院", "青石市儿童医院", "青石市口腔医院"], [
        (r.institution, r.text[:20]) for r in records
    ]


def test_hospitals_holiday_hours_each_under_its_name_are_split() -> None:
    """One block per hospital: its name on a line, its hours under it (a day's rows, or a line
    with an hour in it), no sentence naming it again."""
    page = "\n".join([
        "春节将至，不少市民关心假期看病的问题。记者从市卫生健康局了解到城区主要医院的门诊安排。",
        "青石市中心医院", "1月28日（除夕）：上午开放内科、外科、儿科门诊", "1月29日至1月31日：停诊，急诊24小时开放", "咨询电话：0000-2145120",
        "青石市中医医院", "1月28日至1月30日：停诊", "1月31日至2月4日：每天上午8:00—12:00开放内科", "咨询电话：0000-2236602",
        "青石市妇幼保健院", "春节期间儿科门诊每天8:00—17:00正常开放", "产科门诊1月28日至1月31日停诊", "咨询电话：0000-2258810",
        "记者提醒，假期出行前可通过医院官方公众号查询最新的门诊安排。",
    ])
    records = _chain(page)
    assert [r.institution for r in records if r.institution] == ["青石市中心医院", "青石市中医医院", "青石市妇幼保健院"], [
        (r.institution, r.text[:20]) for r in records
    ]


def test_a_portals_items_each_a_headline_and_its_summary_are_split_the_line_announcing_them_is_no_heading() -> None:
    """`本周全市医院动态摘编如下：` (no headline: it announces), then items: a headline opening with the
    hospital's name and a summary under it that names it again, one opening with neither a day nor
    a dateline."""
    page = "\n".join([
        "本周全市医院动态摘编如下：",
        "青石市人民医院成功实施首例经导管主动脉瓣置换术",
        "11月3日，青石市人民医院心脏中心为一名82岁重度主动脉瓣狭窄患者成功实施经导管主动脉瓣置换术，患者术后恢复良好。",
        "阅读全文>>",
        "青石市肿瘤医院开设MDT联合门诊",
        "为让肿瘤患者少走弯路，青石市肿瘤医院本月起开设多学科联合门诊，每周三下午由外科、内科、放疗科专家共同接诊。",
        "阅读全文>>",
    ])
    records = _chain(page)
    assert [r.institution for r in records if r.institution] == ["青石市人民医院", "青石市肿瘤医院"], [
        (r.institution, r.text[:20]) for r in records
    ]
