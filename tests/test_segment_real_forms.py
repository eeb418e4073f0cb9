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
        "全市卫生健康系统开展丰富多彩的活动",  # every unit of a city, no institution
        "县卫健委将继续推进家庭医生签约",  # the article's own commission
        "定点医院要做好救治准备",  # a generic phrase
        "各级医院要加强院感防控",
        "今年医院共接诊患者十万人次",
        "文化是医院的灵魂",
        "社区卫生服务中心的摊位前排起长队",
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
全市卫生健康系统多形式庆祝中国医师节

为庆祝中国医师节，营造尊医重卫的良好氛围，全市卫生健康系统开展了形式多样的庆祝活动。

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
近日，记者从省卫生健康委获悉，临江市中医医院被确认为三级甲等中医医院，临江市妇幼保健院被确认为三级甲等妇幼保健院，标志着临江医疗服务能力迈上新台阶。
文章插图
临江市妇幼保健院
下一步，临江市将不断优化医疗卫生资源配置，持续提升医疗卫生服务能力和水平。
"""


def test_lines_that_are_only_a_district_systems_name_split() -> None:
    r = find_roundup(DISTRICT_SYSTEMS)
    assert r is not None and r.form == "name_line"
    docs = _records(DISTRICT_SYSTEMS)
    assert _institutions(docs) == ["安吉县卫健系统", "德清县卫健系统", "长江县卫健系统"]
    assert docs[0].kind == "intro" and "全市卫生健康系统开展了形式多样" in docs[0].text
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
区属各卫生健康单位积极开展学雷锋志愿服务

为弘扬雷锋精神，在学雷锋纪念日前后，全区卫健系统开展了一系列志愿服务活动。

江城市同心医院、滨江街道社区卫生服务中心参加区文明办组织的主题实践活动，通过服务市集的形式，为群众提供健康咨询、血压测量等服务。

光明医院、812医院等单位的医务人员组成义诊队伍走进商务楼宇，为白领提供颈椎、腰椎问题的查体问诊和中医适宜技术体验。

江城区精神卫生中心组织全体职工开展爱心募捐活动，为住院患者捐赠衣物、洗漱用品等生活物资，这项活动已经坚持了四年。
"""

CAPTIONED_LEADS = """\
松江市卫健系统多形式庆祝国际护士节

在国际护士节来临之际，松江市卫健系统举办多种形式的庆祝活动，展现护士风采。

松江市卫健局组织优秀护士代表开展户外拓展活动，护士们在一天的行程中徒步登山、分组协作，度过了一个充实的节日。

松江市人民医院职工游泳比赛。（通讯员供图）

松江市人民医院举办护士节专题活动，参赛护理人员在游泳比赛中奋勇争先，展现了新时代护士的风采与担当。

松江市中医医院护士节健康科普活动。（通讯员供图）

松江市中医医院护理部组织开展体重管理健康科普活动，为群众提供中医体质辨识、饮食调养等保健指导服务。
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
    assert _institutions(docs) == ["松江市卫健局", "松江市人民医院", "松江市中医医院"]
    people = next(d for d in docs if d.institution == "松江市人民医院")
    # The caption with its photo credit is removed whole by the boilerplate stage (a caption
    # that ends in its credit); the section still opens at its institution's paragraph.
    assert people.text.startswith("松江市人民医院举办护士节专题活动")
    assert "职工游泳比赛" not in people.text
    assert "中医医院" not in people.text


def test_photo_captions_naming_units_are_not_sections() -> None:
    text = """\
首个医师节，全区各医疗单位开展慰问活动，向辛勤工作的医务工作者致以节日问候。

南湖区三里卫生院医务工作者收到鲜花。

南湖区杨柳卫生院慰问老村医。

南湖区新塘镇卫生院组织医务工作者进行心肺复苏情景剧表演。

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

骨科第一党支部组织观看直播实况

放射科党支部组织观看直播实况

东湖社区卫生服务中心党支部组织观看直播实况

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
