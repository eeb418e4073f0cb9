"""Every roundup form, each with a realistic article that splits and one that must not (issue 6)."""

from __future__ import annotations

from cleaner.config import Config
from cleaner.model import Document, replay
from cleaner.pipeline import build_stages, run_stages
from cleaner.segment import find_roundup


def _records(text: str) -> list[Document]:
    docs = run_stages(Document(id="r.txt", source="r.txt", original=text), build_stages(Config()))
    for d in docs:
        assert replay(d.original, d.changes) == d.text, d.id
    return docs


def _institutions(docs: list[Document]) -> list[str | list[str] | None]:
    return [d.institution for d in docs if d.kind == "section"]


def assert_unsplit(text: str) -> None:
    assert find_roundup(text) is None
    docs = _records(text)
    assert len(docs) == 1 and docs[0].parent_id is None


# -- Markdown headings ------------------------------------------------------------------------

MARKDOWN_ROUNDUP = """\
# 我县基层医疗机构党建品牌巡礼

为展示基层党建工作成效，现将部分单位的经验做法摘编如下。

### 武宁县人民医院 以党建引领公立医院高质量发展

近年来，武宁县人民医院党委坚持把党的领导融入医院治理各环节，全面执行党委领导下的院长负责制，医院先后获评省级文明单位。

医院推行“支部建在科室上”，将12个党支部与临床科室一一对应，党员带头攻坚技术难题。

### 澧溪镇中心卫生院 做群众身边的健康守门人

澧溪镇中心卫生院党支部组建6支家庭医生团队，为辖区1.2万名群众提供签约服务，重点人群签约率达到90%以上。

### 宋溪镇卫生院 党员先锋岗温暖百姓心

宋溪镇卫生院设立党员先锋岗，党员医生每周两次进村入户，为行动不便的老人送医送药。
"""

SINGLE_HOSPITAL_MARKDOWN = """\
# 武宁县人民医院：三项举措提升服务质量

今年以来，武宁县人民医院聚焦群众就医痛点，推出多项便民举措。

### 武宁县人民医院 优化门诊流程

医院全面推行分时段预约诊疗，患者平均候诊时间缩短至20分钟以内。

### 武宁县人民医院 开通夜间门诊

医院在工作日晚间开设内科、儿科夜间门诊，方便上班族和学生就医。

### 提升住院服务

住院部推行“一站式”出入院服务，患者床旁即可办理结算。
"""


def test_markdown_headings_split_per_institution() -> None:
    docs = _records(MARKDOWN_ROUNDUP)
    assert _institutions(docs) == ["武宁县人民医院", "澧溪镇中心卫生院", "宋溪镇卫生院"]
    sections = [d for d in docs if d.kind == "section"]
    assert [d.title for d in sections] == ["以党建引领公立医院高质量发展", "做群众身边的健康守门人", "党员先锋岗温暖百姓心"]
    assert sections[0].text.startswith("近年来，武宁县人民医院党委")
    assert sections[1].text.startswith("澧溪镇中心卫生院党支部组建")
    intro = docs[0]
    assert intro.kind == "intro" and intro.id == "r.txt#0"
    assert intro.text == "为展示基层党建工作成效，现将部分单位的经验做法摘编如下。"


def test_markdown_headings_of_one_hospital_do_not_split() -> None:
    assert_unsplit(SINGLE_HOSPITAL_MARKDOWN)


# -- bracketed and numbered headings ---------------------------------------------------------

BRACKET_ROUNDUP = """\
全市医疗机构开展“世界无烟日”宣传活动

5月31日是第37个世界无烟日。连日来，全市各医疗机构围绕“保护青少年免受烟草危害”主题开展宣传。

【株洲市中心医院】
该院呼吸与危重症医学科在门诊大厅设置咨询台，为吸烟者免费检测肺功能，并开设戒烟门诊。

【株洲市妇幼保健院】
该院医护人员走进校园，为中学生讲解烟草对青少年身体发育的危害，发放宣传资料800余份。

【醴陵市中医院】
该院组织中医专家开展义诊，介绍耳穴压豆等中医戒烟方法。
"""

BRACKET_TOPICS = """\
株洲市中心医院多举措推进无烟医院建设

【加强宣传】
医院在门诊、病区张贴控烟标识，利用电子屏滚动播放控烟知识。

【设立戒烟门诊】
医院开设戒烟门诊，由呼吸科医生为吸烟者提供个体化戒烟方案。
"""

NUMBERED_ROUNDUP = """\
湖南省卫生健康委通报表扬一批改善医疗服务先进单位

为推动改善就医感受、提升患者体验，现将部分先进单位的做法通报如下。

一、郴州市第一人民医院：推行全院一张床
医院打破科室床位壁垒，建立全院床位统一调配机制，患者住院等待时间平均缩短1.5天。

二、岳阳市第二人民医院：开设便民夜间门诊
医院在工作日晚间开设夜间门诊，覆盖内科、儿科、皮肤科等8个科室，年服务患者2万余人次。

三、常德市中医医院：中医特色服务进社区
医院组建中医专家团队定期下沉社区，为居民提供针灸、推拿、中药调理等服务。
"""

NUMBERED_SINGLE = """\
郴州市第一人民医院：以学科建设推动医院高质量发展

今年以来，郴州市第一人民医院坚持以学科建设为抓手，持续优化学科布局。

一、聚焦重点专科，打造区域诊疗高地
医院心血管内科、神经外科等5个专科入选省级临床重点专科建设项目。

二、补齐学科短板，满足群众就医需求
医院新设老年医学科、疼痛科，填补了区域诊疗空白。
"""

ARABIC_NUMBERED_ROUNDUP = """\
我区社区卫生服务中心推出便民新举措

1.芙蓉区青竹街道社区卫生服务中心 开设老年人就医绿色通道
中心为65岁以上老人设立专门挂号、取药窗口，并安排志愿者全程陪诊。

2.芙蓉区白沙街道社区卫生服务中心 上门服务暖人心
中心组建家庭医生团队，为失能老人提供上门换药、采血等服务。
"""


def test_bracketed_headings_split_per_institution() -> None:
    docs = _records(BRACKET_ROUNDUP)
    assert _institutions(docs) == ["株洲市中心医院", "株洲市妇幼保健院", "醴陵市中医院"]
    sections = [d for d in docs if d.kind == "section"]
    assert sections[0].text.startswith("该院呼吸与危重症医学科")
    assert all("【" not in d.text for d in sections)
    assert all("section_heading" in [c.rule for c in d.changes] for d in sections)


def test_bracketed_topic_headings_do_not_split() -> None:
    assert_unsplit(BRACKET_TOPICS)


def test_numbered_headings_split_per_institution() -> None:
    docs = _records(NUMBERED_ROUNDUP)
    assert _institutions(docs) == ["郴州市第一人民医院", "岳阳市第二人民医院", "常德市中医医院"]
    sections = [d for d in docs if d.kind == "section"]
    assert [d.title for d in sections] == ["推行全院一张床", "开设便民夜间门诊", "中医特色服务进社区"]
    assert sections[2].text.startswith("医院组建中医专家团队")


def test_arabic_numbered_headings_split_per_institution() -> None:
    docs = _records(ARABIC_NUMBERED_ROUNDUP)
    assert _institutions(docs) == ["芙蓉区青竹街道社区卫生服务中心", "芙蓉区白沙街道社区卫生服务中心"]
    assert [d.title for d in docs if d.kind == "section"] == ["开设老年人就医绿色通道", "上门服务暖人心"]


def test_numbered_subheadings_of_one_hospital_do_not_split() -> None:
    assert_unsplit(NUMBERED_SINGLE)


# -- plain heading lines ----------------------------------------------------------------------

PLAIN_ROUNDUP = """\
重庆多家医院开展“中国医师节”系列活动

8月19日是第六个“中国医师节”，我市多家医院举办形式多样的庆祝活动。

垫江县中医院：表彰一批优秀医师
垫江县中医院召开庆祝大会，表彰优秀医师20名，并邀请老专家分享从医经历。

石柱土家族自治县人民医院：义诊走进偏远山村
石柱土家族自治县人民医院组织专家前往中益乡开展义诊，为村民免费体检。
"""

PLAIN_CAPTIONS = """\
綦江区中医院以党建为核心强堡垒促发展

綦江区中医院门诊大楼

抓好党建是本职、不抓党建是失职、抓不好党建是不称职。这是綦江区中医院牢固树立的核心观念。

綦江区中医院新住院楼

近年来，该院充分发挥院党委把方向、管大局的领导作用，创新推行“党建+”模式。
"""


def test_plain_heading_lines_split_per_institution() -> None:
    docs = _records(PLAIN_ROUNDUP)
    assert _institutions(docs) == ["垫江县中医院", "石柱土家族自治县人民医院"]
    assert [d.title for d in docs if d.kind == "section"] == ["表彰一批优秀医师", "义诊走进偏远山村"]


def test_captions_naming_one_hospital_are_not_headings() -> None:
    assert_unsplit(PLAIN_CAPTIONS)


# -- paragraph-led roundups -------------------------------------------------------------------

PARAGRAPH_LED = """\
全县各医疗机构开展“全国高血压日”系列宣传活动

5月17日是第20个“全国高血压日”。近日，我县各医疗机构结合自身特点，开展形式多样的宣传义诊活动。

5月17日上午，武宁县人民医院在县城人民广场举办大型义诊活动，12名专家为过往群众免费测量血压。

活动当天，该院共发放宣传资料500余份。

5月17日，武宁县中医院与武宁县妇幼保健院联合走进澧溪镇敬老院，为老人们进行健康体检。

5月18日，宋溪镇卫生院对辖区内已建档的高血压患者开展随访，并将其中2名患者转诊至县人民医院进一步诊治。

下一步，县卫生健康委将继续推进高血压等慢性病的规范化管理。
"""

ONE_HOSPITAL_TIMELINE = """\
回眸2023：我院上半年工作亮点

1月10日，我院胸痛中心顺利通过国家标准版胸痛中心现场核查。

3月15日，岳阳市第二人民医院互联网医院正式上线运行，患者可通过手机完成预约挂号。

5月31日，岳阳市第二人民医院新建的门诊综合楼投入使用。

6月28日，我院召开庆祝建党102周年暨“两优一先”表彰大会。
"""

PASSING_MENTIONS = """\
县卫健委召开医共体建设推进会

7月1日，县卫健委组织召开医共体建设推进会，武宁县人民医院、武宁县中医院负责人参加会议。

会上，武宁县人民医院介绍了医共体内双向转诊的做法，澧溪镇中心卫生院作了表态发言。

会议要求，各成员单位要加强协作，推动优质医疗资源下沉。
"""


def test_paragraph_led_roundup_splits_and_keeps_the_closing_paragraph() -> None:
    docs = _records(PARAGRAPH_LED)
    assert _institutions(docs) == ["武宁县人民医院", ["武宁县中医院", "武宁县妇幼保健院"], "宋溪镇卫生院"]
    sections = [d for d in docs if d.kind == "section"]
    # A paragraph that refers back to the hospital stays with it.
    assert sections[0].text.endswith("该院共发放宣传资料500余份。")
    assert sections[0].title is None
    assert [d.kind for d in docs] == ["intro", "section", "section", "section", "other"]
    assert [d.id for d in docs] == [f"r.txt#{n}" for n in range(5)]
    assert docs[-1].text == "下一步，县卫生健康委将继续推进高血压等慢性病的规范化管理。"


DATE_RANGES = """\
全市开展“服务百姓健康行动”大型义诊活动周

9月9日至15日，全市各级医疗机构开展大型义诊活动周。

9月10日-12日，常德市第一人民医院组织专家深入桃源县开展义诊，服务群众1200余人次。

2024年9月13日上午，常德市中医医院在柳叶湖社区举办中医药文化进社区活动，免费发放香囊300余个。
"""


def test_paragraph_leads_after_a_date_range_or_a_full_date() -> None:
    docs = _records(DATE_RANGES)
    assert _institutions(docs) == ["常德市第一人民医院", "常德市中医医院"]
    assert docs[0].kind == "intro" and docs[0].text.startswith("9月9日至15日，全市各级医疗机构")


def test_one_hospital_timeline_does_not_split() -> None:
    assert_unsplit(ONE_HOSPITAL_TIMELINE)


def test_hospitals_named_in_passing_do_not_split() -> None:
    assert_unsplit(PASSING_MENTIONS)


# -- themed sections --------------------------------------------------------------------------

THEMED = """\
我市各医院扎实开展“我为群众办实事”实践活动

今年以来，全市各级医疗机构围绕群众急难愁盼问题，推出一批便民惠民举措。

01 优化就医流程

株洲市中心医院全面推行预约诊疗，门诊预约率达到85%以上，患者平均候诊时间缩短至20分钟以内。

该院还在门诊大厅设立“一站式”服务中心，为老年患者提供陪诊服务。

株洲市中医伤科医院开设“无假日门诊”，周末和节假日专家照常坐诊，方便上班族就医。

02 送医下乡

株洲市中心医院与株洲市中医伤科医院联合组建专家团队，深入炎陵县、茶陵县开展巡回义诊。

株洲市妇幼保健院走进乡村学校，为留守儿童开展健康体检和心理辅导。

03 智慧服务

株洲市妇幼保健院上线“互联网+护理服务”，护士可上门为产妇和新生儿提供护理。
"""

THEMED_ONE_HOSPITAL = """\
株洲市中心医院扎实开展“我为群众办实事”实践活动

01 优化就医流程

株洲市中心医院全面推行预约诊疗，门诊预约率达到85%以上。

02 送医下乡

株洲市中心医院组建专家团队，深入炎陵县开展巡回义诊。
"""

JOINT = "株洲市中心医院与株洲市中医伤科医院联合组建专家团队"


def test_themed_sections_give_one_record_per_institution_across_themes() -> None:
    docs = _records(THEMED)
    assert _institutions(docs) == ["株洲市中心医院", "株洲市中医伤科医院", "株洲市妇幼保健院"]
    center, shangke, fuyou = (d for d in docs if d.kind == "section")
    assert center.text.split("\n")[0].startswith("株洲市中心医院全面推行预约诊疗")
    assert "该院还在门诊大厅设立" in center.text
    # A paragraph naming two institutions jointly belongs to both.
    assert JOINT in center.text and JOINT in shangke.text and JOINT not in fuyou.text
    assert "株洲市中医伤科医院开设" not in center.text
    assert "02 送医下乡" not in center.text
    assert "other_institution" in [c.rule for c in center.changes]
    assert center.metadata["themes"] == ["01 优化就医流程", "02 送医下乡"]
    assert fuyou.metadata["themes"] == ["02 送医下乡", "03 智慧服务"]
    assert center.metadata["shared_with"] == ["株洲市中医伤科医院"]
    assert shangke.metadata["shared_with"] == ["株洲市中心医院"]
    assert "shared_with" not in fuyou.metadata


def test_themed_article_about_one_hospital_does_not_split() -> None:
    assert_unsplit(THEMED_ONE_HOSPITAL)


# -- variants and guards ----------------------------------------------------------------------

BRACKET_INLINE = """\
全市医疗机构开展“世界无烟日”宣传活动

【株洲市中心医院】5月31日，该院呼吸与危重症医学科在门诊大厅设置咨询台，为吸烟者免费检测肺功能。

【醴陵市中医院】5月31日，该院组织中医专家开展义诊，介绍耳穴压豆等中医戒烟方法。
"""

TWO_DIGIT_ROUNDUP = """\
湘西州基层医疗机构巡礼

近年来，全州基层医疗机构服务能力持续提升，一批县级医院成为群众信赖的“家门口医院”。

01 泸溪县人民医院 让群众在家门口看好病
医院新建胸痛中心、卒中中心，危急重症救治能力明显提升。

02 凤凰县中医院 中医药服务进村入户
医院组建中医巡诊队，每月深入乡村开展针灸、推拿服务。
"""

PARTNERSHIP = """\
武宁县人民医院与南昌大学第一附属医院共建专科联盟

3月5日，武宁县人民医院与南昌大学第一附属医院签署专科联盟合作协议。

3月6日，武宁县人民医院心血管内科迎来首批下沉专家，当天即开展查房和疑难病例讨论。

3月8日，南昌大学第一附属医院心血管内科主任到武宁县坐诊，为20余名患者会诊。
"""

OWN_HOSPITAL_WITH_PARTNERS = """\
我院与多家医院开展交流合作

6月1日，岳阳市第二人民医院专家赴平江县人民医院开展技术帮扶，我院将长期派驻专家。

6月3日，湘雅医院专家来到我院开展联合门诊，为30余名疑难病患者会诊。

6月8日，华容县人民医院医务人员到我院进修学习。
"""


def test_bracket_before_content_is_the_heading_and_the_rest_stays() -> None:
    docs = _records(BRACKET_INLINE)
    sections = [d for d in docs if d.kind == "section"]
    assert _institutions(docs) == ["株洲市中心医院", "醴陵市中医院"]
    assert sections[0].text.startswith("5月31日，该院呼吸与危重症医学科")
    heading = [c for c in sections[0].changes if c.rule == "section_heading"]
    assert heading and heading[0].removed.startswith("【株洲市中心医院】")


def test_two_digit_numbered_headings_naming_institutions_split() -> None:
    docs = _records(TWO_DIGIT_ROUNDUP)
    assert _institutions(docs) == ["泸溪县人民医院", "凤凰县中医院"]
    assert [d.title for d in docs if d.kind == "section"] == ["让群众在家门口看好病", "中医药服务进村入户"]


def test_one_hospital_and_its_partner_is_not_a_roundup() -> None:
    assert_unsplit(PARTNERSHIP)


def test_a_hospital_writing_about_itself_is_not_a_roundup() -> None:
    assert_unsplit(OWN_HOSPITAL_WITH_PARTNERS)


CONTACT_LIST = """\
全县各医疗机构咨询电话

武宁县人民医院 0792-2782120
武宁县中医院 0792-2781234
武宁县妇幼保健院 0792-2783456
"""

NESTED_MARKDOWN = """\
# 我市医疗机构“我为群众办实事”成效显著

## 一、县级医院

### 武宁县人民医院 开设夜间门诊

武宁县人民医院在工作日晚间开设内科、儿科夜间门诊，方便上班族就医。

### 武宁县中医院 中医药服务进乡村

武宁县中医院组建巡诊队，每月深入乡村开展针灸服务。

## 二、基层医疗机构

### 澧溪镇中心卫生院 家庭医生上门服务

澧溪镇中心卫生院为失能老人提供上门换药、采血等服务。
"""


def test_a_list_of_names_with_phone_numbers_is_not_a_roundup() -> None:
    assert_unsplit(CONTACT_LIST)


def test_a_higher_level_heading_ends_the_section_before_it() -> None:
    docs = _records(NESTED_MARKDOWN)
    assert _institutions(docs) == ["武宁县人民医院", "武宁县中医院", "澧溪镇中心卫生院"]
    sections = [d for d in docs if d.kind == "section"]
    assert sections[1].text == "武宁县中医院组建巡诊队，每月深入乡村开展针灸服务。"
    others = [d for d in docs if d.kind == "other"]
    assert [d.text for d in others] == ["## 二、基层医疗机构"]


JOINT_HEADING = """\
# 我县医疗机构开展“服务百姓健康行动”

本月，全县各医疗机构深入基层开展义诊活动。

### 武宁县人民医院 武宁县中医院 联合义诊进社区

两家医院组织专家30余名，在县城社区为居民义务检测血压血糖，发放健康手册五百余份。

### 澧溪镇中心卫生院 家庭医生上门随访

澧溪镇中心卫生院家庭医生团队逐户随访慢病患者，调整用药方案。
"""


def test_a_heading_naming_two_institutions_gives_one_record_for_both() -> None:
    docs = _records(JOINT_HEADING)
    assert _institutions(docs) == [["武宁县人民医院", "武宁县中医院"], "澧溪镇中心卫生院"]
    assert [d.title for d in docs if d.kind == "section"] == ["联合义诊进社区", "家庭医生上门随访"]


def test_records_of_a_roundup_are_not_roundups_themselves(seed_text) -> None:
    for text in (MARKDOWN_ROUNDUP, PARAGRAPH_LED, THEMED, seed_text("002_")):
        for d in _records(text):
            assert find_roundup(d.text) is None, d.id


BOLD_ROUNDUP = """\
我市多家医院推出暑期便民门诊

暑假来临，为方便学生就医，我市多家医院推出暑期专病门诊。

**株洲市中心医院**

该院开设近视防控、脊柱侧弯筛查门诊，每周六上午照常接诊。

**株洲市妇幼保健院**

该院开设儿童生长发育、性早熟专病门诊，可通过公众号预约。
"""

BOLD_TOPICS = """\
株洲市中心医院推出暑期便民门诊

**近视防控门诊**

株洲市中心医院眼科开设近视防控门诊，每周六上午照常接诊。

**脊柱侧弯筛查**

株洲市中心医院骨科为中小学生免费开展脊柱侧弯筛查。
"""


def test_bold_heading_lines_naming_institutions_split() -> None:
    docs = _records(BOLD_ROUNDUP)
    assert _institutions(docs) == ["株洲市中心医院", "株洲市妇幼保健院"]
    sections = [d for d in docs if d.kind == "section"]
    assert sections[0].text == "该院开设近视防控、脊柱侧弯筛查门诊，每周六上午照常接诊。"
    assert [d.title for d in sections] == [None, None]


def test_bold_topic_headings_do_not_split() -> None:
    assert_unsplit(BOLD_TOPICS)


def _bulleted_roundup(mark: str, end: str = "") -> str:
    return (
        "春节假期，全区各医疗卫生单位坚守岗位，确保群众就医不断档。\n"
        f"{mark}青溪区人民医院{end}\n"
        "除夕当天，青溪区人民医院急诊科接诊患者126人次，各临床科室实行24小时值班。\n"
        f"{mark}青溪区中医医院{end}\n"
        "青溪区中医医院为住院患者送上饺子和春联，医护人员陪患者一起过年。\n"
        f"{mark}青溪区120急救指挥中心{end}\n"
        "青溪区120急救指挥中心假期共受理呼救电话860余个，派车出诊310次，调度平均用时不到1分钟。\n"
    )


def test_heading_lines_after_other_bullets_split() -> None:
    """Sections headed by a name after ◎, ★, 📍 or between middle dots split like ● headings, and an
    emergency dispatch centre (青溪区120急救指挥中心) is an institution of its own."""
    want = ["青溪区人民医院", "青溪区中医医院", "青溪区120急救指挥中心"]
    for mark, end in (("◎", ""), ("★", ""), ("📍", ""), ("· ", " ·")):
        assert _institutions(_records(_bulleted_roundup(mark, end))) == want, mark


def test_a_triangle_heading_naming_an_institution_before_a_colon_is_a_heading_not_a_caption() -> None:
    """`▲某某医院：headline` over a section is a roundup's heading: it stays and heads a record,
    where a `▲` caption describing a photo goes."""
    text = (
        "春节假期，全区各医疗卫生单位坚守岗位，确保群众就医不断档。\n"
        "▲青溪区人民医院：门急诊不打烊\n"
        "除夕当天，青溪区人民医院急诊科接诊患者126人次，各临床科室实行24小时值班。\n"
        "▲图为除夕夜急诊科医护人员在抢救室忙碌\n"
        "▲青溪区中医医院：年夜饭送到病房\n"
        "青溪区中医医院为住院患者送上饺子和春联，医护人员陪患者一起过年。\n"
    )
    docs = _records(text)
    assert _institutions(docs) == ["青溪区人民医院", "青溪区中医医院"]
    assert "抢救室忙碌" not in "".join(d.text for d in docs)
    assert [d.title for d in docs if d.kind == "section"] == ["门急诊不打烊", "年夜饭送到病房"]


def test_a_list_of_experts_by_hospital_is_one_notice() -> None:
    """A notice that publishes a list of names (名单公布如下:) grouped under each hospital's name is
    one record, its entries (each with 擅长:) one line each."""
    text = (
        "为庆祝市医学会成立四十周年，3月30日上午，市医学会将在人民广场举办大型义诊活动。现将部分出诊专家名单公布如下：\n"
        "【青溪市第一人民医院】\n"
        "柳青禾 主任医师 心血管内科 擅长：冠心病、高血压的诊治\n"
        "白一鸣 主任医师 胃肠外科 擅长：胃肠道肿瘤微创手术\n"
        "【青溪市中医院】\n"
        "柯素心 主任中医师 脾胃病科 擅长：慢性胃炎的中医调理\n"
        "严松 副主任中医师 针灸科 擅长：颈肩腰腿痛的针灸治疗\n"
        "【青溪市妇幼保健院】\n"
        "汤晓溪 主任医师 儿科 擅长：儿童哮喘、过敏性疾病\n"
        "温馨提示：义诊现场人员较多，请市民有序排队。\n"
    )
    [doc] = _records(text)
    assert "中医调理\n严松" in doc.text


def test_headings_with_the_institution_after_the_headline_split() -> None:
    """`headline｜institution` heading lines (the name last) head sections like `institution：headline`."""
    text = (
        "我县以提升县级医院综合能力为抓手，县域内就诊率提升至91%。以下是部分医疗卫生机构的做法。\n"
        "胸痛救治再提速｜青溪县人民医院\n"
        "医院建成胸痛中心和卒中中心，与全县18家乡镇卫生院建立远程会诊网络，急性心梗救治时间明显缩短。\n"
        "中医特色更鲜明｜青溪县中医院\n"
        "医院建成国医堂和8个中医特色专科，中医非药物疗法项目达到42项。\n"
        "妇幼健康有保障｜青溪县妇幼保健院\n"
        "医院建成危重孕产妇和新生儿救治中心，全县孕产妇住院分娩率保持100%。\n"
    )
    docs = _records(text)
    assert _institutions(docs) == ["青溪县人民医院", "青溪县中医院", "青溪县妇幼保健院"]
    assert [d.title for d in docs if d.kind == "section"] == ["胸痛救治再提速", "中医特色更鲜明", "妇幼健康有保障"]


def test_short_name_headings_stand_for_the_full_names_the_opening_gave() -> None:
    """Local news names the institutions in full in its opening paragraph, then heads each section
    with a short name (市一院, 市妇保院, 市精卫中心): each section is the full-named institution."""
    text = (
        "近日，青溪市第一人民医院、青溪市中医院、青溪市妇幼保健院和青溪市精神卫生中心相继推出便民新举措。\n"
        "市一院\n该院在门诊一楼设立老年人就医服务中心，为70岁以上老人提供陪诊、代取报告等服务。\n"
        "市中医院\n该院儿科开设小儿推拿夜诊，每周一至周五18时至21时接诊。\n"
        "市妇保院\n该院推出儿童一站式体检服务，体检时间由2小时缩短至40分钟。\n"
        "市精卫中心\n该中心开设老年记忆门诊和儿童心理门诊，由精神科医生和心理治疗师联合接诊。\n"
    )
    assert _institutions(_records(text)) == ["青溪市第一人民医院", "青溪市中医院", "青溪市妇幼保健院", "青溪市精神卫生中心"]


def test_township_headings_give_their_health_centres() -> None:
    """A roundup headed by townships (石门镇, 杨柳乡): each section is the health centre the paragraph
    under its heading names, wherever in the paragraph."""
    text = (
        "今年以来，我县各乡镇卫生院以高血压、糖尿病管理为重点，探索出各具特色的慢病管理办法。\n"
        "石门镇\n石门镇卫生院把慢病随访搬到了田间地头，医生中午在村口集中随访，傍晚再入户补访。\n"
        "杨柳乡\n杨柳乡地处山区，村民居住分散。杨柳乡卫生院为行动不便的慢病患者建立送药上门台账。\n"
        "白鹤镇\n白鹤镇中心卫生院开设了慢病一站式门诊，患者在一个诊室内即可完成测量、问诊和开药。\n"
    )
    assert _institutions(_records(text)) == ["石门镇卫生院", "杨柳乡卫生院", "白鹤镇中心卫生院"]


def test_name_lines_over_paragraphs_that_say_only_what_the_institution_is() -> None:
    """Name-only heading lines over paragraphs that open with what each institution is (医院将…,
    中心家庭医生团队…) or 该院: a roundup, one record per name."""
    text = (
        "入冬以来，呼吸道疾病进入高发期，儿科就诊量明显增加，我区各医疗机构迅速行动，扩容儿科诊疗服务。\n\n"
        "青溪区人民医院\n\n医院将儿科门诊诊室由6间增加到11间，并开设儿科夜间门诊，每晚服务至22点。\n\n"
        "青溪区中医医院\n\n该院开设中医儿科小儿推拿专区，对咳嗽、积食、发热等常见症状开展中医外治。\n\n"
        "青溪区华山街道社区卫生服务中心\n\n中心家庭医生团队为辖区签约儿童家庭开展电话随访，指导家长做好居家护理。\n"
    )
    assert _institutions(_records(text)) == ["青溪区人民医院", "青溪区中医医院", "青溪区华山街道社区卫生服务中心"]


def test_theme_lines_over_visits_to_one_institution_each() -> None:
    """`01 theme` lines over paragraphs that take the reader into an institution (走进…, 在…门诊大厅,):
    one record per institution, the theme its title."""
    text = (
        "“一老一小”是民生关切。近年来，我县医疗卫生机构把服务向两端延伸，让老人和孩子就医更方便。\n"
        "01 适老门诊，让老人看病不再犯难\n"
        "在青溪县人民医院门诊大厅，新设的老年友善服务台前，志愿者正帮助一位老人在自助机上取号。\n"
        "02 早期发展，给孩子更好的起点\n"
        "青溪县妇幼保健院儿童早期发展中心自去年10月开诊以来，已为1100余名儿童提供了生长发育评估。\n"
        "03 医养结合，让失能老人有所依\n"
        "走进青溪县城关镇中心卫生院医养结合病区，房间宽敞明亮，床头配有呼叫器，走廊装有扶手。\n"
    )
    docs = _records(text)
    assert _institutions(docs) == ["青溪县人民医院", "青溪县妇幼保健院", "青溪县城关镇中心卫生院"]
    assert [d.title for d in docs if d.kind == "section"] == ["适老门诊，让老人看病不再犯难", "早期发展，给孩子更好的起点", "医养结合，让失能老人有所依"]


def test_an_official_notice_to_several_hospitals_is_one_record() -> None:
    """A notice that gives each hospital its duty in numbered items (（一）某某医院负责…) is one
    notice, whatever the items look like: 特此通知 says so."""
    text = (
        "青溪市卫生健康委员会\n"
        "首页 > 信息公开 > 通知公告\n"
        "关于做好2025年夏季高温中暑防治工作的通知\n"
        "发布日期：2025-06-30　发布机构：青溪市卫生健康委员会　文号：青卫发〔2025〕31号\n"
        "青溪市第一人民医院、青溪市中医院、青溪市第二人民医院、青溪市妇幼保健院、青溪市疾病预防控制中心，各县（区）卫生健康局：\n"
        "近期我市将持续出现高温天气。为切实做好夏季高温中暑防治工作，保障人民群众身体健康，现就有关事项通知如下：\n"
        "一、加强组织领导\n"
        "各单位要高度重视高温中暑防治工作，成立工作专班，制定应急预案，落实24小时值班制度。\n"
        "二、明确中暑救治定点医院\n"
        "（一）青溪市第一人民医院负责全市重症中暑（热射病）患者的集中救治，急诊科、重症医学科要预留专门床位。\n"
        "（二）青溪市第二人民医院负责城北片区中暑患者的救治和转运。\n"
        "（三）青溪市中医院负责开展中医药防暑宣传，储备防暑中药。\n"
        "三、做好监测报告\n"
        "青溪市疾病预防控制中心要做好高温中暑病例网络直报的质量控制，每周汇总分析全市中暑病例发生情况。\n"
        "四、加强健康宣教\n"
        "各单位要通过多种渠道宣传防暑降温知识，重点关注户外作业人员、老年人、儿童和慢性病患者等人群。\n"
        "特此通知。\n"
        "青溪市卫生健康委员会\n"
        "2025年6月30日\n"
        "附件：青溪市高温中暑病例报告表.docx\n"
    )
    assert_unsplit(text)


def test_one_institution_named_again_shorter_and_tasks_named_like_hospitals_are_no_roundup() -> None:
    """One institution's story that names it again shorter (市疾控中心 after 青溪市疾控中心), its
    section chief speaking, is one record; so is a work plan whose items open with a task before a
    generic name (深化公立医院改革…, 推进城市医疗集团建设…)."""
    story = (
        "4月22日，青溪市疾控中心的工作人员来到城关第二幼儿园，为孩子们上了一堂预防手足口病的健康课。\n"
        "工作人员通过动画短片和七步洗手法现场演示，教孩子们认识病毒的传播途径。\n"
        "市疾控中心传染病防制科科长邝文博提醒，每年4月至7月是手足口病的高发季节，家长和老师要特别留意孩子的身体状况。\n"
        "据悉，本月以来，市疾控中心已走进全市46所幼儿园开展宣传，发放宣传资料3000余份。\n"
    )
    plan = (
        "2024年全市卫生健康工作要点如下。\n"
        "深化公立医院改革，推进公立医院高质量发展，全面落实党委领导下的院长负责制。\n"
        "强化公立医院绩效考核，将考核结果与财政补助、院长年薪挂钩。\n"
        "推进城市医疗集团建设，年内组建2个紧密型城市医疗集团。\n"
        "开展城市医院对口支援，每家三级医院对口帮扶2家县级医院。\n"
    )
    assert_unsplit(story)
    assert_unsplit(plan)


def test_an_epapers_briefs_take_their_headlines() -> None:
    """Briefs, each a headline line over a paragraph that opens with its institution: each record
    holds its own headline as its title, never the next brief's."""
    text = (
        "本周全县卫生健康工作动态摘编如下，供各单位交流参考。\n"
        "**石溪乡卫生院完成家庭医生签约回访**\n"
        "石溪乡卫生院近日组织家庭医生团队对辖区内1400余名签约居民开展电话和入户回访，重点了解慢病患者的用药情况。\n"
        "**青溪县疾控中心开展饮用水水质监测**\n"
        "青溪县疾控中心5月中旬对全县集中式供水单位进行采样监测，共采集水样96份，结果将于月底前向社会公布。\n"
        "**青溪县人民医院新增两台血液透析机**\n"
        "青溪县人民医院血液净化中心日前新增两台血液透析机，透析床位增至24张，可满足全县患者就近透析需求。\n"
    )
    docs = [d for d in _records(text) if d.kind == "section"]
    assert [d.title for d in docs] == ["石溪乡卫生院完成家庭医生签约回访", "青溪县疾控中心开展饮用水水质监测", "青溪县人民医院新增两台血液透析机"]
    assert all(not d.text.rstrip().endswith("**") for d in docs)


def test_village_clinics_departments_and_case_labels_head_sections() -> None:
    """Sections headed by a village's clinic (石桥村卫生室：…), by an institution's department
    (某某医院心血管内科：…) or under a case's label (案例一：某某医院——…) split by institution."""
    clinics = (
        "今年以来，我县持续推进村卫生室标准化建设，村医服务能力明显提升，以下是几个村卫生室的做法。\n"
        "▶石桥村卫生室：巡诊进家门\n石桥村卫生室村医每周两次入户巡诊，为行动不便的老人测血压、送药上门。\n"
        "▶柳塘村卫生室：远程会诊到村头\n柳塘村卫生室接入县医院远程会诊平台，村民在村里就能请县里的专家看片子。\n"
        "▶杏坪村卫生室：慢病管理有台账\n杏坪村卫生室为全村高血压、糖尿病患者建立随访台账，规范管理率达到八成。\n"
    )
    assert _institutions(_records(clinics)) == ["石桥村卫生室", "柳塘村卫生室", "杏坪村卫生室"]
    cases = (
        "为推广先进经验，现将我市三家医院改善就医感受的典型案例摘编如下。\n"
        "案例一：青溪市第一人民医院——一站式服务中心让群众少跑腿\n青溪市第一人民医院整合挂号、缴费、医保报销等窗口，建成一站式服务中心。\n"
        "案例二：青溪市中医院——中医综合治疗区实现一次排队\n青溪市中医院将针灸、推拿、理疗集中到一个区域，患者只需排一次队。\n"
        "案例三：青溪市妇幼保健院——孕产妇建档线上办\n青溪市妇幼保健院开通线上建档，孕妈妈在家就能完成建档预约。\n"
    )
    assert _institutions(_records(cases)) == ["青溪市第一人民医院", "青溪市中医院", "青溪市妇幼保健院"]


def test_a_medical_groups_members_head_sections_by_full_or_own_name() -> None:
    """Sections headed by a county medical group's member (◆某某县医共体X分院, or `01 X分院` once the
    group is named): one record per member, not one record named after the group."""
    full = (
        "入秋以来，溪口县医共体组织各分院联合总院专家开展巡回义诊，把服务送到群众身边。\n"
        "◆溪口县医共体柏林分院\n柏林分院在集市设点义诊，为赶集群众测量血压血糖，发放健康手册300余份。\n"
        "◆溪口县医共体茶亭分院\n茶亭分院家庭医生团队走进茶亭村，为80余名老人开展免费体检并建立档案。\n"
        "◆溪口县医共体双河分院\n双河分院联合总院康复科专家，上门为卒中后遗症患者开展康复评估和指导。\n"
    )
    assert _institutions(_records(full)) == ["溪口县医共体柏林分院", "溪口县医共体茶亭分院", "溪口县医共体双河分院"]
    own = (
        "溪口县医共体由县人民医院牵头，下设6家分院。记者近日走访了其中3家，看分院的服务有什么变化。\n"
        "01 柏林分院\n溪口县医共体柏林分院今年新建了住院楼，床位从30张增加到70张，还添置了彩超和DR。\n"
        "02 茶亭分院\n茶亭分院由总院派驻一名副院长任执行院长，新开设了中医科和口腔科，门诊量翻了一番。\n"
        "03 双河分院\n双河分院地处山区，组建了3支流动医疗队，每周进村巡诊，为行动不便的老人送药上门。\n"
    )
    assert len(_institutions(_records(own))) == 3


QUOTE_LED = (
    "基层看病方便了没有，院长们最有发言权。记者近日走访了县内三家医院，请院长们谈谈今年的变化。\n"
    "“胸痛病人进门十分钟内就要做上心电图，这是硬杠杠。”\n"
    "这是溪口县人民医院院长程立明反复强调的一句话。今年医院建成胸痛中心，急诊流程重新梳理，抢救时间明显缩短。\n"
    "上半年，医院胸痛中心共救治急性心梗患者86例。\n"
    "“中医馆要开到老百姓的家门口。”\n"
    "院长贺春兰告诉记者，溪口县中医院今年在全县9个乡镇卫生院建起中医馆，每周派中医师下去坐诊。\n"
    "“孕产妇的平安，是我们最看重的事。”——院长 葛文涛\n"
    "溪口县妇幼保健院对高危孕产妇实行专案管理，一人一档、专人随访，上半年没有发生一例孕产妇死亡。\n"
    "县卫健局相关负责人表示，下一步将总结推广各医院的好做法，持续提升县域医疗服务能力。\n"
)


def test_quotations_on_their_own_lines_open_each_institutions_section() -> None:
    """Interviews with three institutions' heads, each opening with a quotation on its own line and
    the paragraph under it naming the institution: one record each, the closing words apart."""
    docs = _records(QUOTE_LED)
    assert _institutions(docs) == ["溪口县人民医院", "溪口县中医院", "溪口县妇幼保健院"]
    first = next(d for d in docs if d.kind == "section")
    assert first.text.startswith("“胸痛病人进门十分钟内") and "胸痛中心共救治" in first.text
    assert "下一步将总结推广" not in "".join(d.text for d in docs if d.kind == "section")


def test_quotations_in_one_institutions_story_are_no_roundup() -> None:
    """Quotations over paragraphs that name one hospital again and again, or a patient's way from one
    hospital to the next, are one story."""
    assert_unsplit(
        "溪口县人民医院胸痛中心建成一年，记者走进这里，听医生们讲讲抢救的故事。\n"
        "“时间就是心肌，我们抢的是每一分钟。”\n"
        "这是溪口县人民医院心内科主任程立明常说的话。去年以来，科室牵头再造了急诊流程。\n"
        "“以前要等好几个小时，现在半小时就做上了手术。”\n"
        "说起溪口县人民医院的变化，患者家属李先生感慨不已。他的父亲上个月突发心梗，被及时救回。\n"
        "“我们还要把培训做到乡镇去。”\n"
        "溪口县人民医院副院长贺春兰说，明年将为乡镇卫生院培训胸痛救治骨干50名。\n"
    )


def test_a_numbered_directory_of_clinics_is_no_roundup() -> None:
    """Numbered clinics with only their address, hours and phone under each (the notice's closing
    words after the last): a directory, one record."""
    assert_unsplit(
        "现将全县新生儿疫苗接种门诊公布如下：\n"
        "1.溪口县人民医院预防接种门诊\n地址：溪口县城南大道66号\n接种时间：周一至周五 8:00-11:30\n咨询电话：0735-6621001\n"
        "2.溪口县妇幼保健院预防接种门诊\n地址：溪口县文化路19号\n接种时间：周二至周六 8:00-11:30\n咨询电话：0735-6623002\n"
        "3.溪口县柏林镇中心卫生院预防接种门诊\n地址：溪口县柏林镇新街18号\n接种时间：每周三全天\n咨询电话：0735-6651003\n"
        "请家长携带预防接种证按时前往接种。\n"
    )


def test_a_patient_handed_on_from_hospital_to_hospital_is_one_story() -> None:
    """Paragraphs that each open with the next hospital on a patient's way (the clinic, the county
    hospital alerted ahead, the city hospital asked for help) tell one relay, however each names
    the one before."""
    assert_unsplit(
        "8月6日傍晚，溪口县柏林镇一名村民从屋顶跌落，头部和胸部着地，家人立即拨打了急救电话。\n"
        "柏林镇卫生院值班医生检查后判断为严重胸部创伤合并失血性休克，一边抢救一边联系上级医院，随后将患者转运至县城。\n"
        "溪口县人民医院接到预警后立即启动创伤中心绿色通道，胸外科、普外科和麻醉科医生提前在急诊室等候。\n"
        "溪口市第一人民医院创伤外科团队接到县医院的会诊请求后，决定立即派出专家，连夜赶到手术室支援。\n"
        "经过连续六个小时的手术，患者的出血得到控制，目前已转入普通病房，意识清醒。\n"
    )


def test_a_weekly_briefs_tally_for_the_whole_county_closes_it_apart_from_the_last_unit() -> None:
    """A weekly brief's last paragraph (本周全县共报告…) speaks for every unit: it is no part of
    the last unit's section."""
    docs = _records(
        "一、溪口县人民医院\n县人民医院本周完成胸痛中心再认证现场核查，急诊至球囊扩张时间平均缩短到七十二分钟。\n"
        "二、溪口县中医院\n县中医院本周开展冬病夏治宣传义诊，为二百余名群众提供中医体质辨识和健康指导。\n"
        "三、柏林镇中心卫生院\n柏林镇中心卫生院本周为辖区六十五岁以上老人集中体检，共体检三百一十人。\n"
        "本周全县共报告法定传染病十九例，均为乙丙类，无突发公共卫生事件报告，请各单位继续做好监测。\n"
    )
    last = [d for d in docs if d.kind == "section"][-1]
    assert last.institution == "柏林镇中心卫生院"
    assert "本周全县共报告" not in last.text
    assert any("本周全县共报告" in d.text for d in docs)


NAMES3 = ["溪口县人民医院", "溪口县中医院", "溪口县妇幼保健院"]


def test_more_ways_sections_open() -> None:
    """Sections led by `1)` numbers, by a report's 一是/二是, by a time of day, by an e-paper
    brief's dateline and credits, and headed by emoji bullets: one record per institution."""
    texts = {
        "half paren": (
            "近日，我县三家县级医院分别开展了形式多样的健康服务活动，现摘要如下。\n"
            "1) 溪口县人民医院：组织专家团队走进社区，为居民免费测量血压血糖，发放宣传资料三百余份。\n"
            "2) 溪口县中医院：开展冬病夏治三伏贴敷活动，当天为一百二十余名群众进行了中医体质辨识。\n"
            "3) 溪口县妇幼保健院：举办孕妇学校公益课堂，邀请产科专家讲解孕期营养和分娩知识。\n"
        ),
        "一是": (
            "今年以来，全县各医疗机构持续改善医疗服务，群众就医体验明显提升。\n"
            "一是溪口县人民医院推行检查检验结果互认，半年来为患者节省费用六十余万元，减少重复检查。\n"
            "二是溪口县中医院开设中医综合治疗区，针灸、推拿、理疗集中一处，患者只需排一次队。\n"
            "三是溪口县妇幼保健院开通孕产妇线上建档，孕妈妈在家就能完成建档预约和产检提醒。\n"
        ),
        "time of day": (
            "除夕夜，全县医务人员坚守岗位，守护万家团圆。记者走进三家医院，记录下他们的除夕。\n"
            "20:15，溪口县人民医院急诊科依然忙碌，值班医生刚刚处理完一名被烟花烫伤的孩子。\n"
            "21:40，溪口县中医院住院部的护士们为住院患者送上饺子和新春祝福，病房里一片温馨。\n"
            "23:30，溪口县妇幼保健院产房里传出响亮的啼哭声，一名女婴平安降生，母女平安。\n"
        ),
        "dateline": (
            "健康简讯\n"
            "本报讯（通讯员 林慕白）5月11日，溪口县人民医院举办护理技能竞赛，来自各科室的三十二名护士参加比赛。\n"
            "（记者 顾南星 通讯员 陶知夏）近日，溪口县中医院中医馆正式开诊，可提供针灸、推拿等十余项服务。\n"
            "本报讯（通讯员 罗佩）日前，溪口县妇幼保健院新生儿科成功救治一名出生体重仅九百克的早产儿。\n"
        ),
        "emoji bullets": (
            "本周，全县各医院开展了丰富多彩的护士节活动，一起来看看吧。\n"
            "🔹溪口县人民医院\n医院举办护理技能竞赛和优秀护士表彰大会，二十名护士受到表彰。\n"
            "🔹溪口县中医院\n医院组织护士走进敬老院，为老人修剪指甲、测量血压，开展健康讲座。\n"
            "🔹溪口县妇幼保健院\n医院开展护理服务进社区活动，为产妇提供上门母乳喂养指导。\n"
        ),
    }
    for form, text in texts.items():
        assert _institutions(_records(text)) == NAMES3, form


def test_a_reporter_going_along_is_no_part_of_a_name() -> None:
    from cleaner.segment import default_finder

    names = [n.name for n in default_finder().find_all("8:00，记者跟随县卫健局督导组来到柏林镇卫生院")]
    assert names == ["柏林镇卫生院"]


def test_speakers_talks_at_one_meeting_are_one_story() -> None:
    """After a meeting's opening, paragraphs that each give a hospital's speaker and the talk they
    gave (某某医院院长某某作了题为《…》的报告) are the meeting's report, not the hospitals' news."""
    assert_unsplit(
        "4月13日，溪口市第十二届心血管病学术年会召开，来自全市各医疗机构的三百余名医务人员参会。开幕式后，大会进入主题报告环节。\n"
        "溪口市第一人民医院院长许文涛作了题为《县域胸痛中心建设的实践与思考》的报告，结合全市胸痛中心数据分析了救治时间的变化。\n"
        "溪口市中心医院心内科主任谭若冰作了题为《心力衰竭的全程管理》的报告，介绍了心衰患者出院后随访和药物调整的经验。\n"
        "柏林县人民医院心内科主任罗建平作了题为《基层高血压规范化管理》的报告，展示了县乡一体化管理高血压患者的做法。\n"
        "下午，会议分设三个分论坛，与会专家围绕疑难病例展开了热烈讨论。\n"
    )


def test_fourth_writers_forms_split_by_institution() -> None:
    """Name lines one of whose sections never repeats its name, a last section whose people go on
    (分院医生…), a case label before a full-width space, a numbered headline with the name after a
    bar, and a dated roundup the health authority's own paragraph opens."""
    texts = {
        "name lines": (
            "进入12月，流感样病例就诊量明显上升，县内各医院及时调整诊疗安排，扩充服务能力。\n"
            "溪口县人民医院\n儿科门诊日均接诊量增加到450人次以上，院方从内科抽调6名医生支援儿科，开设夜间门诊。\n"
            "溪口县中医院\n在发热门诊旁开设中医药防治流感专区，提供协定方代煎服务，一天可供应约500袋。\n"
            "溪口县妇幼保健院\n该院对儿科实行弹性排班，周末和节假日照常开放专家门诊，重症患儿可直接转诊。\n"
        ),
        "last section goes on": (
            "5月17日是世界高血压日，全县各医院开展了形式多样的义诊活动。\n"
            "5月17日上午，溪口县人民医院心内科专家在城东社区为居民免费测量血压，讲解降压药的服用方法。\n"
            "5月17日上午，溪口县中医院组织医护人员走进敬老院，为老人测量血压并开展中医养生讲座。\n"
            "5月17日，溪口县妇幼保健院医生来到石桥村开展高血压筛查，发现血压异常者23人。\n"
            "一天下来，医生们走访了3个村，为200余名群众建立了健康档案，并逐一登记随访。\n"
        ),
        "case label": (
            "为推广县域医共体建设经验，现将部分单位的典型案例摘编如下。\n"
            "案例一　溪口县人民医院　信息化赋能医共体一体化管理\n医院建成医共体信息平台，实现检查检验结果互认，患者少跑腿。\n"
            "案例二　溪口县中医院　中医药服务下沉到村\n医院在12个村卫生室设立中医角，每周派驻中医师坐诊。\n"
            "案例三　溪口县妇幼保健院　孕产妇全程管理\n医院建立高危孕产妇专案管理制度，孕产妇系统管理率达到96%。\n"
        ),
        "numbered headline bar": (
            "本周全市卫生健康系统有哪些新动态？一起来看。\n"
            "1. 心理援助热线升级｜溪口县人民医院\n医院心理援助热线实现24小时接听，新增6名专职心理咨询师。\n"
            "2. 日间手术中心启用｜溪口县中医院\n医院日间手术中心正式启用，首批开展12个病种的日间手术。\n"
            "3. 孕妇学校开课｜溪口县妇幼保健院\n医院孕妇学校本月开课，每周三下午邀请产科专家授课。\n"
        ),
        "authority opens": (
            "9月15日至21日，溪口县卫生健康局组织全县医疗机构开展义诊周活动，共派出医务人员300余人次。\n"
            "9月15日，溪口县人民医院专家团队来到城东社区，为居民开展心脑血管疾病筛查。\n"
            "9月17日，溪口县中医院在县城广场开展中医药义诊，为群众提供针灸推拿体验。\n"
            "9月19日，溪口县妇幼保健院走进县第一中学，为女生开展青春期健康讲座。\n"
        ),
    }
    for form, text in texts.items():
        docs = _records(text)
        assert _institutions(docs) == NAMES3, form
        if form == "last section goes on":
            assert "一天下来" in [d for d in docs if d.kind == "section"][-1].text


def test_lecturers_from_several_hospitals_at_one_course_are_one_story() -> None:
    assert_unsplit(
        "6月5日至6日，全县基层慢病管理培训班在县卫健局举办，120名乡村医生参加培训。本次培训班邀请了4家医院的专家授课。\n"
        "溪口县人民医院心血管内科主任医师林国栋以《基层高血压规范化诊疗与用药》为题，讲解了高血压的分级诊断。\n"
        "溪口县中医院内分泌科主任李秀英讲授了糖尿病的中西医结合管理，重点介绍了中医体质调理的应用。\n"
        "溪口县妇幼保健院呼吸科副主任医师杨帆围绕慢阻肺的早期筛查和稳定期管理进行了授课，并现场演示了肺功能仪。\n"
        "培训结束后，学员们进行了结业考试，合格者将获得继续医学教育学分。\n"
    )


def test_fifth_writers_forms_split_by_institution() -> None:
    """Names in 〖〗 or 「」, a name with its series' word (某某医院篇) or a tour's stop (某某卫生院站),
    and a visit's heading (走进某某医院): one record per institution."""
    paras = [
        "儿科门诊日均接诊量增加到450人次以上，该院从内科抽调6名医生支援儿科，开设夜间门诊。",
        "该院在发热门诊旁开设中医药防治流感专区，提供协定方代煎服务，一天可供应约500袋。",
        "该院对儿科实行弹性排班，周末和节假日照常开放专家门诊，重症患儿可直接转诊。",
    ]
    intro = "进入12月，流感样病例就诊量明显上升，县内各医院及时调整诊疗安排，扩充服务能力。\n"
    for form, heads in {
        "lens": ["〖溪口县人民医院〗", "〖溪口县中医院〗", "〖溪口县妇幼保健院〗"],
        "corner": ["「溪口县人民医院」多措并举应对高峰", "「溪口县中医院」中医药专区", "「溪口县妇幼保健院」弹性排班"],
        "series": ["溪口县人民医院篇", "溪口县中医院篇", "溪口县妇幼保健院篇"],
        "visit": ["走进溪口县人民医院", "走进溪口县中医院", "走进溪口县妇幼保健院"],
    }.items():
        text = intro + "".join(f"{h}\n{p}\n" for h, p in zip(heads, paras, strict=True))
        assert _institutions(_records(text)) == NAMES3, form


def test_a_top_ten_list_with_one_longer_item_and_a_notices_hours_are_no_roundup() -> None:
    items = [f"{k}. 溪口县{n}：{d}" for k, (n, d) in enumerate([
        ("人民医院", "全县唯一的三级医院，儿科门诊全年无休。"), ("中医院", "小儿推拿和穴位贴敷有特色。"),
        ("妇幼保健院", "儿童保健和生长发育门诊很专业。"), ("第二人民医院", "儿童哮喘专病门诊每周开诊两次。"),
        ("第三人民医院", "儿童心理门诊由专职医师坐诊，预约方便，候诊区设有游戏角，深受家长欢迎。"),
    ], 1)]
    assert_unsplit("开学季，孩子生病是家长最头疼的事，我们整理了县里看儿科的几家医院。\n" + "\n".join(items) + "\n温馨提示：以上信息仅供参考。\n")
    assert_unsplit(
        "国庆节即将来临，为方便群众就医，现将假期期间全县主要医疗机构门诊安排公布如下。\n"
        "溪口县人民医院：10月1日至7日上午开设普通门诊，专家门诊暂停。咨询电话：0000-1234567\n"
        "溪口县中医院：10月1日、2日上午开设普通门诊，3日起正常开诊。咨询电话：0000-1234568\n"
        "溪口县妇幼保健院：10月1日至3日上午开设儿科、产科门诊。咨询电话：0000-1234569\n"
        "市民如需就诊，建议提前通过公众号预约挂号。\n"
    )


def test_paragraphs_opening_with_a_quotation_then_the_speakers_institution_split() -> None:
    text = (
        "人才是医院发展的根本。在全市卫生健康人才工作座谈会间隙，记者采访了三位院长。\n"
        "“人才是医院发展的第一资源，留住人比引进人更难。”溪口县人民医院院长孟凡宇开门见山。近三年来，医院为青年医生提供人才公寓120套。\n"
        "孟凡宇介绍，医院还设立了青年医师成长基金，每年拿出300万元支持青年医生开展临床研究。\n"
        "“中医人才的培养离不开师承。”谈到人才工作，溪口县中医院院长常敏首先想到的是名老中医。医院现有省级名中医5人。\n"
        "“妇幼健康人才太缺了，我们只能自己培养。”溪口县妇幼保健院院长郭建华坦言，全县儿科医师只有60余人。\n"
    )
    assert _institutions(_records(text)) == NAMES3


def test_an_interviews_questions_each_naming_an_institution_split_and_one_hospitals_do_not() -> None:
    answers = [
        "答：我们把普通号源按半小时一个时段放出，患者按预约时间到院即可，平均候诊时间缩短到二十分钟以内。",
        "答：我们根据每位医生以往的平均接诊时长来设定号源，名老中医的号每小时只放4个，保证看诊质量。",
        "答：我们开设了夜间儿科门诊，晚上十点前挂号都能看上医生，还开通了线上复诊和送药到家服务。",
    ]
    intro = "近日，县卫健委在全县推行分时段预约诊疗，记者就此采访了三家医院的负责人。\n"
    questions = ["问：溪口县人民医院是怎么做的？", "问：溪口县中医院有什么不一样的做法？", "问：溪口县妇幼保健院呢？孩子生病往往很急。"]
    text = intro + "".join(f"{q}\n{a}\n" for q, a in zip(questions, answers, strict=True))
    assert _institutions(_records(text)) == NAMES3
    # One hospital's director asked in turn, by its full and its short name: one interview.
    questions = ["问：溪口县人民医院今年有哪些新举措？", "问：县医院的专科建设进展如何？", "问：县医院怎样留住人才？"]
    assert_unsplit(intro + "".join(f"{q}\n{a}\n" for q, a in zip(questions, answers, strict=True)))


def test_dingbat_and_emoji_bullets_head_sections_and_a_verb_is_no_part_of_a_name() -> None:
    """An account's roundup heads its sections with dingbat numbers or emoji (❶ 某某医院, 🏥 某某医院);
    a career's verb before a hospital (调入…, 出任…) is no part of its name."""
    sections = [
        ("❶青溪县人民医院", "该院组织内科、儿科专家深入乡镇开展义诊,为群众测量血压血糖,发放健康宣传资料八百余份。"),
        ("❷青溪县中医院", "该院在门诊大厅设立中医药文化宣传角,专家现场为群众讲解四季养生知识,开展艾灸体验活动。"),
        ("🏥青溪县妇幼保健院", "该院为辖区孕产妇开展免费产检和营养指导,并为儿童进行生长发育评估,服务群众三百余人次。"),
    ]
    text = (
        "青溪县各医疗机构开展健康宣传月活动\n今年以来,县卫生健康委统筹指导各医疗机构开展健康宣传月活动,取得积极成效。\n"
        + "\n".join(f"{h}\n{p}" for h, p in sections) + "\n下一步,县卫生健康委将持续推进健康宣传工作常态化。\n"
    )
    assert _institutions(_records(text)) == ["青溪县人民医院", "青溪县中医院", "青溪县妇幼保健院"]
    from cleaner.segment.names import default_finder

    finder = default_finder()
    assert [n.name for n in finder.find_all("2008年他调入青溪县人民医院,后出任青溪市第三人民医院院长。")] == [
        "青溪县人民医院", "青溪市第三人民医院"]


def test_a_digests_topic_tag_before_a_dated_lead_and_a_transcripts_tags() -> None:
    """A digest's items open with a topic tag, then the date and the hospital (【医改】5月13日,某某医院…):
    one section each. A TV transcript's 【解说】 and 【同期声】 lines lead no section."""
    items = [
        ("【医改】5月13日,青溪市第一人民医院", "正式启用日间手术中心,首批开放十二个病种,患者当天手术当天出院,平均住院费用下降两成。"),
        ("【服务】5月14日,青溪市中医院", "开设夜间中医门诊,每晚安排两名中医师坐诊,开展针灸推拿和中药代煎服务,方便上班族就诊。"),
        ("【公卫】5月15日,青溪市妇幼保健院", "为辖区适龄妇女开展两癌免费筛查,全年计划筛查八千人次,对异常病例建立随访档案。"),
    ]
    text = "青溪卫健快讯\n本期摘编近期各医疗机构工作动态如下。\n" + "\n".join(a + b for a, b in items) + "\n"
    assert _institutions(_records(text)) == ["青溪市第一人民医院", "青溪市中医院", "青溪市妇幼保健院"]
    transcript = (
        "青溪县医共体让群众家门口看好病\n【导语】近年来,青溪县以县人民医院、县中医院为牵头单位组建两个医共体,让群众在家门口看好病。\n"
        "【同期声】青溪县人民医院派驻柳湾镇卫生院医生 甄某某:我每周在这里坐诊三天,主要是看慢病和带着这边的年轻医生查房。\n"
        "【同期声】青溪县卫生健康局局长 龙某某:下一步,我们将推动医共体内药品目录统一、采购配送统一。\n"
        "【解说】小病不出乡,大病不出县,青溪县正一步步把这句话变成现实。\n"
    )
    assert_unsplit(transcript)


# -- Marks closing a heading, notes after a name, short `name:` items -----------------------------

def test_a_heading_between_two_marks_and_a_name_with_its_note_split_under_the_name() -> None:
    """`◆ 某某医院 ◆` headings (the closing mark is no title) and `▌某某县人民医院（集团总院）`,
    the note in brackets after the name."""
    parts = {
        "江北市第二人民医院": "3月7日至8日，该院妇科在门诊三楼开设专场，为35至64岁本市户籍女性免费开展宫颈癌筛查和乳腺彩超检查，每天限额100名。",
        "江北市妇幼保健院": "该院将在3月8日上午举办健康沙龙，内容包括盆底康复、更年期保健和科学减重，参与者可免费进行骨密度检测。",
        "江北大学附属医院": "乳腺外科联合超声科开设乳腺健康日义诊，3月8日全天专家坐诊，现场答疑并指导乳房自检方法。",
    }
    intro = "三八国际妇女节来临之际，市内三家医院推出免费两癌筛查、健康讲座等活动，为女性健康保驾护航。"
    diamonds = "\n\n".join([intro, *(f"◆ {name} ◆\n{text}" for name, text in parts.items())])
    docs = _records(diamonds)
    assert _institutions(docs) == list(parts)
    assert all(d.title != "◆" for d in docs)
    noted = "\n\n".join([intro, *(f"▌{name}（集团总院）\n{text}" if i == 0 else f"▌{name}\n{text}" for i, (name, text) in enumerate(parts.items()))])
    assert _institutions(_records(noted)) == list(parts)


def test_short_name_colon_items_each_split() -> None:
    """A list of hospitals' holiday hours, `某某医院：…` one a line: a short item is still one."""
    items = [
        "东湖市人民医院：除夕和初一仅开急诊，初二至初六每天上午开放内科、外科、儿科、妇产科普通门诊，2月11日起全面恢复正常门诊。",
        "东湖市第二人民医院：2月4日至6日门诊停诊，2月7日至10日上午开设普通门诊；血透中心按原排班进行。",
        "东湖市中医院：初三起每天上午开放中医内科、针灸推拿门诊，中药房正常取药。",
        "东湖市儿童医院：春节期间儿科门诊每天8:00至17:00开放，夜间儿科急诊照常，专家门诊初七恢复。",
    ]
    intro = "本报讯 春节临近，市民最关心的就是假期看病问题。记者昨日从市卫生健康委获悉，春节假期各大医院急诊均24小时开放，门诊安排各有不同。"
    docs = _records("\n".join([intro, *items]))
    assert _institutions(docs) == ["东湖市人民医院", "东湖市第二人民医院", "东湖市中医院", "东湖市儿童医院"]


def test_a_storys_list_of_places_ending_on_semicolons_does_not_split() -> None:
    """One story with a short list of fever clinics (`某某医院:门诊楼一楼西侧,24小时开放;`): the
    places of one story, not a roundup."""
    story = [
        "入冬以来，本市气温持续走低，流感进入高发期。1月8日，记者走访市区多家医院发现，儿科、呼吸科门诊人满为患，不少家长抱着孩子在走廊里排队候诊。",
        "市疾控中心专家提醒，出现发热、咳嗽等症状应及时就医，老人和儿童尽早接种流感疫苗，外出佩戴口罩，勤洗手、常通风。",
        "市区部分医院发热门诊",
        "芙蓉区人民医院：门诊楼一楼西侧，24小时开放；",
        "天心区第二医院：急诊楼二楼，8:00-22:00；",
        "岳麓区中医院：住院部旁独立发热门诊，24小时开放；",
        "开福区妇幼保健院：门诊三楼，8:00-21:00。",
    ]
    assert len(_records("\n".join(story))) == 1
