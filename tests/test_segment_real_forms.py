"""Roundups as real pages write them: a line that is only a name, a paragraph that opens with one
(with or without a date); and the traps that must stay one record (all pages made up here)."""

from __future__ import annotations

import pytest

from cleaner.config import Config
from cleaner.model import Document, replay
from cleaner.pipeline import build_stages, run_stages
from cleaner.segment import find_roundup
from cleaner.segment.names import default_finder


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


# -- names the finder knows -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("安吉县卫健系统", "安吉县卫健系统"),
        ("德清县卫生健康局组织开展义诊", "德清县卫生健康局"),
        ("绵阳市医学信息所联合市医学会举办讲座", "绵阳市医学信息所"),
        ("江城区疾控中心开展宣传", "江城区疾控中心"),
        ("协和医院专家团队走进社区", "协和医院"),
        ("光明医院、812医院等单位参加", "光明医院"),
        ("812医院为群众义诊", "812医院"),
        ("康宁医疗集团与区慈善会联合开展复明活动", "康宁医疗集团"),  # a hospital group by its proper name
        ("江大一附院急诊科迎来除夕夜", "江大一附院"),  # a university hospital by its short name
    ],
)
def test_institutions_real_roundups_name(text: str, name: str) -> None:
    m = default_finder().match_at(text)
    assert m is not None and m.name == name


@pytest.mark.parametrize(
    "text",
    [
        "全市卫健系统组织形式各异的纪念活动",  # every unit of a city, no institution
        "县卫健委将继续推进家庭医生签约",  # the article's own commission
        "定点医院要做好救治准备",  # a generic phrase
        "各级医院要加强院感防控",
        "今年医院共接诊患者十万人次",
        "文化是医院的灵魂",
        "社区卫生服务中心门口挤满了前来咨询的居民",
        "来自县中医院的专家为群众义诊",  # the subject is someone from it
        "智慧医院:让数据多跑路",  # a campaign a hospital builds itself into
        "平安医院建设全面提速",
        "建设智慧医院",
        "紧密型医疗集团建设稳步推进",  # a kind of group, not one
        "城市医疗集团网格化布局",
        "农村卫生院人才队伍建设",
    ],
)
def test_no_institution_where_a_paragraph_opens_with_a_phrase(text: str) -> None:
    assert default_finder().match_at(text) is None


# -- sections under a line that is only a name ----------------------------------------------------

DISTRICT_SYSTEMS = """\
全市卫健系统各具特色迎接中国医师节

中国医师节前后，全市卫健系统围绕“关爱医师”主题，组织了各具特色的节日活动。

安吉县卫健系统

8月18日，安吉县卫健系统举办医师节主题座谈会，邀请老中青三代医师代表畅谈从医感悟。

座谈会现场

德清县卫健系统

德清县于8月19日举行表彰大会，对评选出的十佳医师和优秀医务工作者进行表彰。

为优秀医师颁奖

长江县卫健系统

长江县在医师节当天组织开展义诊进社区活动，30余名专家为群众提供健康咨询。
"""

HOSPITAL_NAME_LINES = """\
我市多家医院开展护士节庆祝活动

绿水县人民医院

5月12日，绿水县人民医院举办护理技能竞赛，来自各病区的40名护士同台竞技。

青山县中医院

该院组织护士开展中医护理技术展示，现场为群众提供耳穴压豆、艾灸等体验服务。
"""

NAME_CAPTIONS = """\
文章插图
临江市中医医院
日前，省卫生健康委公布新一批等级医院评审结果，临江市中医医院晋升为三级甲等中医医院，临江市妇幼保健院晋升为三级甲等妇幼保健院。
文章插图
临江市妇幼保健院
临江市卫健局表示，将以此为契机继续加强专科建设，让群众在家门口看好病。
"""


def test_lines_that_are_only_a_district_systems_name_split() -> None:
    r = find_roundup(DISTRICT_SYSTEMS)
    assert r is not None and r.form == "name_line"
    docs = _records(DISTRICT_SYSTEMS)
    assert _institutions(docs) == ["安吉县卫健系统", "德清县卫健系统", "长江县卫健系统"]
    assert docs[0].kind == "intro" and "全市卫健系统围绕" in docs[0].text
    assert "德清县于8月19日" in docs[2].text and "座谈会现场" in docs[1].text


def test_lines_that_are_only_a_hospitals_name_split() -> None:
    docs = _records(HOSPITAL_NAME_LINES)
    assert _institutions(docs) == ["绿水县人民医院", "青山县中医院"]


def test_hospital_names_as_photo_captions_stay_one_article() -> None:
    # One paragraph names both: one story about them, the name lines caption its photos.
    assert_unsplit(NAME_CAPTIONS)


def test_a_name_line_whose_text_is_about_something_else_stays() -> None:
    text = """\
绿水县人民医院

绿水县人民医院举办护理技能竞赛，来自各病区的40名护士同台竞技。

青山县中医院

青山县今年将新建两所乡镇卫生院，进一步完善基层医疗服务网络。
"""
    # 青山县 is the place of the second name only, so the second section is about it: a roundup.
    # The same text under the name of a hospital of the first place is not.
    assert find_roundup(text) is not None
    assert_unsplit(text.replace("青山县中医院", "绿水县中医院").replace("青山县今年", "全省今年"))


# -- paragraphs that open with a name, without a date ------------------------------------------------

UNDATED_LEADS = """\
全区卫健单位开展学雷锋志愿服务月活动

为弘扬雷锋精神，在学雷锋纪念日前后，全区卫健系统开展了一系列志愿服务活动。

江城市同心医院、滨江街道社区卫生服务中心在滨江广场联合摆起便民服务台，为过往群众测量血压、解答用药疑问。

光明医院、812医院等单位的医务人员组成义诊队伍走进商务楼宇，为白领提供颈椎、腰椎问题的查体问诊和中医适宜技术体验。

江城区精神卫生中心的职工自发捐款捐物，为长期住院的患者送去冬衣和日用品，这项爱心接力已连续开展四年。
"""

CAPTIONED_LEADS = """\
临川市卫健系统开展护士节系列活动

5月12日是国际护士节，临川市各医疗卫生单位组织了一系列节日活动，为一线护理人员送上祝福。

临川市卫健局联合市护理学会举办护理技能展示，全市二十余家医院的护理骨干同台比拼静脉穿刺、心肺复苏等操作。

临川市人民医院护士合唱团在门诊大厅演唱。（通讯员供图）

临川市人民医院在门诊大厅举行主题合唱，护士们身着白衣登台演唱，候诊的患者和家属纷纷驻足观看。

临川市中医医院护士为孕妈妈讲解哺乳知识。（通讯员供图）

临川市中医医院产科护理团队走进社区开展母婴健康讲座，手把手教新手妈妈正确哺乳和给新生儿做抚触。
"""


def test_paragraphs_opening_with_a_name_split_without_dates() -> None:
    r = find_roundup(UNDATED_LEADS)
    assert r is not None and r.form == "paragraph_led"
    docs = _records(UNDATED_LEADS)
    assert _institutions(docs) == [
        ["江城市同心医院", "滨江街道社区卫生服务中心"],
        ["光明医院", "812医院"],
        "江城区精神卫生中心",
    ]


def test_a_caption_above_a_lead_starts_its_institutions_section() -> None:
    docs = _records(CAPTIONED_LEADS)
    assert _institutions(docs) == ["临川市卫健局", "临川市人民医院", "临川市中医医院"]
    people = next(d for d in docs if d.institution == "临川市人民医院")
    # The caption with its photo credit is removed whole by the boilerplate stage (a caption
    # that ends in its credit); the section still opens at its institution's paragraph.
    assert people.text.startswith("临川市人民医院在门诊大厅举行主题合唱")
    assert "护士合唱团" not in people.text
    assert "中医医院" not in people.text


def test_photo_captions_naming_units_are_not_sections() -> None:
    text = """\
首个医师节，全区各医疗单位开展慰问活动，向辛勤工作的医务工作者致以节日问候。

南湖区三里卫生院院长为医生送上节日贺卡。

南湖区杨柳卫生院看望退休乡村医生。

南湖区新塘镇卫生院医务人员表演急救知识小品。

活动期间，各单位共慰问医务人员600余人次，发放慰问品一批。
"""
    assert_unsplit(text)


def test_one_article_visiting_several_hospitals_stays_whole() -> None:
    text = """\
县领导节前走访慰问一线医务人员

1月20日，县委副书记一行先后来到县人民医院、县中医院，看望慰问坚守岗位的医务人员。

在县人民医院，一行人详细了解急诊科、重症医学科的运行情况，叮嘱做好节日期间医疗保障。

随后，一行人来到县中医院，走访了发热门诊和住院部，向医务人员送上新春祝福。

县卫健局相关负责人陪同慰问。
"""
    assert_unsplit(text)


def test_numbered_activities_of_one_hospital_stay_whole() -> None:
    text = """\
我院开展系列活动庆祝中国医师节

在首届中国医师节即将来临之际，我院以不忘初心为主题，组织了一系列主题活动。

活动1

开展最喜爱的医生评选活动，通过线上线下投票，评选出十位群众最喜爱的医生。

活动2

举办庆祝大会，院领导为获奖医师颁发证书和奖杯，青年医师代表作了发言。

文水县人民医院

文水县人民医院将继续弘扬崇高职业精神，为群众提供更加优质的医疗服务。
"""
    assert_unsplit(text)


def test_captions_naming_party_branches_stay_whole() -> None:
    text = """\
市人民医院组织职工收看庆祝大会直播

7月1日上午，市人民医院各党支部组织党员职工集中收看庆祝大会直播，认真聆听重要讲话。

骨科第一党支部党员集中收看大会

放射科党支部党员集中收看大会

东湖社区卫生服务中心党支部党员集中收看大会

大家纷纷表示，要把学习成果转化为推动医院高质量发展的实际行动。
"""
    assert_unsplit(text)


def test_campaign_headings_of_one_hospital_stay_whole() -> None:
    text = """\
县人民医院推进高质量发展纪实

近年来，县人民医院坚持以人民健康为中心，多措并举推动医院高质量发展。

智慧医院:让数据多跑路

医院上线互联网诊疗平台，患者在手机上即可完成预约挂号、报告查询和费用结算。

平安医院:守护医患安全

医院完善安防体系，在门急诊设立警务室，开展反恐防暴演练，医疗纠纷同比下降三成。
"""
    assert_unsplit(text)


def test_a_hospital_named_where_something_happens_is_no_section() -> None:
    """`6月1日,在清河区人民医院门诊药房…` says where, not who: with the same hospital named again in
    its short form (`区人民医院药学部主任…`) the one-site story is no roundup."""
    text = """\
全省首批智慧药房投入使用 取药等候缩短到三分钟

6月1日，在清河区人民医院门诊药房，市民刚在自助机上缴完费，走到取药窗口时，药品已经打包好放在传送带上。

据介绍，这套自动化药房系统由智能储药柜、自动发药机和传送轨道组成，医生开完处方后，系统自动调配药品并送至对应窗口。

区人民医院药学部主任说，上线一个月以来，门诊取药平均等候时间从二十分钟左右缩短到三分钟，发药差错率也明显下降。

记者了解到，全省首批共有十二家医疗机构启用智慧药房，年内将扩大到县级医院。
"""
    assert_unsplit(text)
