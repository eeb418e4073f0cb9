"""Finding the sections of a roundup (issue 6).

A roundup is an article that covers two or more institutions, each in a section of its own.
`find_roundup(text)` recognises these forms, tried in this order (the first that names at least
two different institutions wins):

- `markdown`: heading lines `### 大足区人民医院 党建“六大工程”擘画医院发展蓝图` (one heading level);
- `bracket`: `【武宁县人民医院】…` lines (or in 〖〗, 「」, 〔〕);
- `bold`: paragraphs opening with a bold name and a colon (`**武宁县人民医院**:医院组织…`);
- `numbered`: `一、武宁县人民医院…`, `1.武宁县中医院…`, `(一)…`, `01 …` lines (one numbering style);
- `plain`: short heading lines that start with an institution name, a separator and a headline
  (`武宁县人民医院：义诊进社区`), or bold or bulleted lines naming one (`**株洲市中心医院**`,
  `●武宁县中医院 …`, a channel account's `▍武宁县中医院`); a caption such as `綦江区中医院门诊大楼` has no separator;
- `name_line`: lines that are only an institution's name (`吴兴区卫健系统`, `武宁县中医院`), when the
  first prose paragraph under each is about it (its name, a place only it has, 该院) and no
  paragraph names every one of them (then the names caption photos of one story);
- `headline_line`: a column of briefs, each under its headline that opens with the institution's
  name (`某某医院开设房颤门诊`), the brief under it opening with a dateline or a day (本报讯, 9月5日)
  and naming the institution again; every brief under a headline must be one of them;
- `themed`: theme headings `01 党建引领`, `02 …` whose paragraphs each open with an
  institution (after an optional date); one section per institution, its paragraphs from
  every theme in order;
- `paragraph_led`: no headings; successive paragraphs open with a date and an institution
  (`5月17日上午,武宁县人民医院在…`), or, failing that, paragraphs of at least
  `UNDATED_LEAD_MIN_CHARS` open with one without a date (`某某市人民医院举办了…`), a photo caption
  naming the same institution right above joining its section; an institution's profile
  (`…始建于1942年`) leads nothing.
- `quote_led`: no headings; each section opens with a quotation alone on its line (`“…”`,
  `“…”——院长 某某`), the paragraph under it naming the institution in its first sentence
  (`这是某某医院院长…常说的一句话`), a different one each time.

A heading of the chosen form that names no institution, or a Markdown heading of a higher level,
ends the section before it; a heading with nothing under it means the text is not a roundup.
An article about one institution with sub-headings, or one that names hospitals only in
passing, has fewer than two distinct section institutions and is not a roundup.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from .. import recode
from ..lazyre import deferred
from ..model import Document, paragraph_spans
from .names import Name, NameFinder, default_finder

# Sentence-internal or final punctuation: a heading line has none of these.
_SENTENCE_PUNCT = deferred("[。！？!?；;]")
# Bullets an e-paper's or a bulletin's briefs open with.
_BRIEF_BULLETS = "■□●◆◇▪▲►▶▸★☆◎·•"
# A digest item's topic tag in brackets before its lead (【医改】, 【公卫】): at most this long.
TOPIC_TAG_CHARS = 6
# A broadcast script's cues in brackets before its lines (【解说】, 【同期声】).
SCRIPT_CUES = frozenset({"解说", "同期声", "同期", "现场声", "画外音", "导语", "主持人", "口播", "字幕", "配音", "采访", "现场", "记者", "出镜"})
# A brief's tag in brackets before its first words (【简讯】某某医院…).
BRIEF_TAGS = frozenset({"简讯", "快讯", "短讯", "院讯", "动态", "资讯", "消息", "速递", "简报"})
HEADING_MAX_CHARS = 40
# A paragraph without a date that opens with an institution's name leads a section only when it
# is this long: shorter ones are photo captions (`某某卫生院为医生送上节日贺卡。`, 10-25 characters).
UNDATED_LEAD_MIN_CHARS = 40
COLON_ITEM_MIN_CHARS = 12
# How many of a numbered list's one-line items are shorter than that, for a list rather than sections.
LIST_SHORT_SHARE = 0.8
_MARKDOWN = deferred(r"(#{1,6})[ \t]*")
_BRACKET = deferred(r"【([^】\n]{2,60})】[ \t]*|〖([^〗\n]{2,60})〗[ \t]*|「([^」\n]{2,60})」[ \t]*|〔([^〕\n]{2,60})〕[ \t]*")
# A bold name opening a paragraph, its text after a colon: **武宁县中医院**:医院组织…
_BOLD_LEAD = deferred(r"(?:\*\*|__)[ \t]*([^*_\n]{2,60}?)[ \t]*(?:\*\*|__)[ \t]*[:：][ \t]*(?=\S)")
_NUMBERED = (
    ("numbered_cn", recode.compile(r"[一二三四五六七八九十]{1,3}[、.．][ \t]*")),
    ("numbered_paren", recode.compile(r"[(（][一二三四五六七八九十\d]{1,3}[)）][ \t]*")),
    ("numbered_arabic", recode.compile(r"\d{1,2}(?:[、．]|\.(?!\d))[ \t]*")),
    ("numbered_two_digit", recode.compile(r"(?:0[1-9]|[1-9]\d)(?:[ \t]+|[ \t]*[|｜丨][ \t]*)")),
    # 1) 某某医院…, and a report's 一是某某医院…, 二是…
    ("numbered_half_paren", recode.compile(r"\d{1,2}[)）][ \t]*")),
    ("numbered_shi", recode.compile(r"[一二三四五六七八九十]是[ \t]*")),
    # ①某某镇卫生院:…
    ("numbered_circled", recode.compile(r"[①-⑳][ \t]*")),
)
# A page's outline heading (一、重点工作 / 三、下周工作安排): short, no sentence.
_OUTLINE_HEADING = deferred(r"[一二三四五六七八九十]{1,3}、[^。，,；;！!？?:：]{2,18}")
# A numbered part's heading in an article (亮点三:…, 举措二:…, 第四部分 …, 一、…, (二)…): short, no sentence.
_PART_HEADING = deferred(
    r"(?:[\u4e00-\u9fff]{1,4}[一二三四五六七八九十]{1,3}[:：]|第[一二三四五六七八九十\d]{1,3}[部分章节篇个条项]{0,2}[:：、 \t]?"
    r"|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])[ \t]*[^。！？!?；;\n]{2,24}"
)
OUTLINE_MIN_PARTS = 3
OUTLINE_PARTS_PER_LEAD = 2
# A caption's count of the story's pictures opening it: (1/6), 【2/8】, 3/5.
_GALLERY_COUNTER = deferred(r"\s*[(（【\[]?\s*\d{1,2}\s*/\s*\d{1,2}\s*[)）】\]]?[\s\u3000]*\S")
GALLERY_COUNTED_CAPTIONS = 3
# 01 党建引领 / 02｜服务提升 / ### 03 …: two-digit theme numbers.
_THEME = deferred(r"(?:#{1,6}[ \t]*)?(0[1-9]|[1-9]\d)(?:[ \t]+|[ \t]*[|｜丨.、．][ \t]*)(\S.{0,30})")
_DATE = deferred(
    r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[至到—\-~～](?:\d{1,2}月)?\d{1,2}日)?(?:起|以来)?(?:上午|下午|晚上|晚|早上|中午|凌晨)?"
    r"|(?:\d{4}年|今年)?\d{1,2}月(?:上旬|中旬|下旬|初|底|份)"
    r"|近日|日前|近期|同日|当日|当天|同一天|次日"
    # (a day of the event, counted: 活动首日, 第二天, 活动最后一天)
    r"|(?:活动)?(?:首日|第[一二三四五六七八九十\d]{1,2}天|最后一天)"
    # a day named by its occasion (护士节前夕, 世界卫生日当天, 国庆假期期间)
    r"|[\u3400-\u4dbf\u4e00-\u9fff]{1,8}?(?:节|日|周|假期|长假)(?:前夕|期间|当天|当日|来临之际|到来之际|之际|前后)"
    # a time of day (8:30，, 上午10点，, 0时47分，): a day told hour by hour, a stop at each
    r"|(?:上午|下午|晚上|傍晚|凌晨|中午|早上|夜里)?\d{1,2}(?:[:：]\d{2}|点(?:半|\d{1,2}分|钟)?|时(?:\d{1,2}分)?(?:\d{1,2}秒)?)(?=[ \t]*[,，])"
    r")"
    r"[ \t]*[,，、]?[ \t]*"
)
# An e-paper brief's dateline and credits before its first words (本报讯（通讯员 某某）, （记者 某某）).
_DATELINE = deferred(r"(?:[\u3400-\u4dbf\u4e00-\u9fff]{0,8}[报网台]讯[ \t]*)?(?:[（(][^）)\n]{1,40}[）)][ \t]*)?")
# A contact field after a name: the line lists the institution (a directory), it heads nothing.
_CONTACT_FIELD = deferred(r"(?:地址|电话|联系电话|咨询电话|门诊时间|服务时间|联系人)[ \t]*[:：]")
# A directory's line (某某卫生院:每周三全天;电话:0000-0000000): a phone, an address or opening
# hours, no sentence. A notice listing its units' hours and numbers this way is no roundup.
_DIRECTORY_LINE = deferred(
    r"^[^。！？!?]*(?:(?:地址|电话|联系人|时间)[ \t]*[:：]|\d{3,4}-\d{3,4}[ \t]?\d{3,4}"
    r"|\d{1,2}[:：]\d{2}[ \t]*[-—–~至][ \t]*\d{1,2}[:：]\d{2})[^。！？!?]*。?$"
)


def _directory_entry(body: str, last: bool) -> bool:
    """Whether a section's text is only a directory's fields (地址:…, 开诊时间:…, 电话:…); the last
    one's fields may be followed by the notice's closing words."""
    rows = [t.strip() for t in body.splitlines() if t.strip()]
    fields = 0
    while fields < len(rows) and _DIRECTORY_LINE.match(rows[fields]):
        fields += 1
    return fields > 0 and (fields == len(rows) or last)


# One institution's holiday days in a list's item: a day or the holiday, then what opens or closes (1月28日至2月4日…开放, 假期内每天…开放).
_HOLIDAY_ITEM = deferred(r"(?:\d{1,2}月\d{1,2}日|假期|节日期间|节假日|春节期间|国庆期间)[^。\n]*(?:门诊|急诊|停诊|开诊|接诊|坐诊|开放|恢复|休诊)")


# What a notice that lists units says before them: posts to fill, quotas, problems found. Its
# numbered units are the notice's items, not a roundup of their news.
_UNITS_NOTICE = deferred(
    r"公开招聘|招聘(?:岗位|计划|单位|人员)|(?:名额|问题|整改|不合格|通报批评)[^。\n]{0,30}(?:如下|以下)"
    # a list of people by unit (出诊专家名单公布如下:, 获奖名单如下:)
    r"|名单[^。\n]{0,8}(?:如下|以下)"
    # a notice's division of duties among the units it addresses (二、明确职责分工 / 1.县人民医院:负责…)
    # (as the notice's heading or its lead-in, not a report's `按照职责分工,全力以赴…`)
    r"|(?:职责分工|任务分工|工作分工)[ \t]*(?:[:：]|\n|如下)|分工如下"
    # an outline's heading of the problems found (二、发现的主要问题), and a document's addressees on a
    # line of their own (各医疗卫生单位:): an inspection's notice, whose units are its findings
    r"|(?:^|\n)[ \t]*[一二三四五六七八九十]{1,3}[、.．][ \t]*[^。\n]{0,10}问题[ \t]*(?=\n)"
    r"|(?:^|\n)[ \t]*各[^。\n，,：:]{1,20}(?:单位|医院|机构|部门|卫生院|科室|乡镇|街道|中心)[：:][ \t]*(?=\n)"
    # (…several groups of them, split by commas: 各市、县(区)卫生健康委(局),委直属各单位,省管各医疗机构:)
    r"|(?:^|\n)[ \t]*各[^。\n：:]{1,24}[，,][^。\n：:]{2,40}(?:单位|医院|机构|部门|卫生院|委|局)[)）]?[：:][ \t]*(?=\n)"
)
# Between two jointly named institutions: 武宁县人民医院与武宁县中医院.
_JOINT = deferred(r"[ \t]*(?:与|和|及|同|、|携手|联合)?[ \t]*")
# A body of the institution named after it in a heading (某某医院党委: headline).
_UNIT_PART = deferred(
    r"(?:党委|党总支|党支部|团委|团支部|工会|妇委会|护理部|医务部|医务科|院办|志愿服务队"
    # or one of its departments (某某医院心血管内科:…)
    r"|[\u3400-\u4dbf\u4e00-\u9fff]{1,8}?(?:内科|外科|儿科|妇科|产科|医学科|病区|门诊部|科)"
    # (…and its team: 某某医院康复科护理团队:…)
    r"(?:护理团队|医护团队|医疗团队|护理组|团队|党支部)?"
    # (…or a centre or a team of its own: 某某医院消化内镜中心, 某某医院心理援助热线团队)
    r"|[\u3400-\u4dbf\u4e00-\u9fff]{2,8}?(?:中心|团队)|急救站|急救分站)(?=[ \t\u3000:：|｜丨—\-·]|$)"
)
_CASE_LABEL = deferred(r"(?:案例|典型案例|经验|做法)[一二三四五六七八九十\d]{1,2}(?:[ \t]*[:：、.．][ \t]*|[ \t\u3000]+)")
# Between a headline and the institution named after it (`…｜某某县人民医院`, `…——某某县中医院`).
_BAR_BEFORE_NAME = deferred(r"[ \t\u3000]*(?:[|｜丨]|——)[ \t\u3000]*")
# Between the name and the headline in a heading line.
# A note in brackets after an institution's name in its heading: its place in a group or its site.
_NAME_NOTE = deferred(r"[(（][^()（）\n]{1,10}[)）]")
_HEADLINE_SEP = deferred(r"[ \t\u3000:：|｜丨—\-·]+")
# A table row's cells after the institution's name: figures only (2 960 610, 35.6% 1,200).
_CELLS_AFTER_NAME = deferred(r"(?:[ \t\u3000|｜]+[\d.,，%‰+\-—]+(?:万|元|人|次|例|个|家)?)+[ \t\u3000|｜]*")
# What follows a name in a profile rather than a report of activities (某某医院始建于…, …是一所…).
_PROFILE = deferred(r"[ \t]*(?:是|系|为一所|成立于|始建于|创建于|创办于|建于|组建于|位于|坐落于|地处|前身|现有|占地|下辖|隶属)")
# …but where it stands, said before what it did (`某某乡卫生院地处偏远山区,义诊队把活动延伸到了…`), opens its news.
_WHERE_IT_STANDS = frozenset({"地处", "位于", "坐落于"})
_ITS_EVENT = deferred(r"义诊|活动|开展|举办|组织|宣传|筛查|服务[了群]")
# What follows a name when the paragraph is not the institution's own news: a person of it speaks
# (某某卫生院院长表示…), it reports at a meeting, its team or trainee is named, its stand at an event.
_NOT_ITS_NEWS = deferred(
    # (after a department or a part of the institution: 急诊科主任, 医共体总院负责人; the name read on
    # into its head's title, 某某医院长某某表示, is 某某医 and its 院长)
    r"[ \t]*的?(?:[\u3400-\u4dbf\u4e00-\u9fff]{1,8}?(?:科|部|室|所|处|病区|门诊|办公室|中心|总院|分院|团队|支部))?"
    r"(?:党委|党支部|党总支)?(?:副?院长|副?主任|副?书记|副?科长|副?所长|副?站长|副?队长|副?局长|副?处长|副?部长|副?会长|理事长|秘书长|负责人|相关负责人|有关负责人|长|長|医生|医师|护士长?|专家|工作人员|职工|干部|主任医师|"
    r"副主任医师|主治医师|学员|代表|志愿者)"
    # and what they said (a name may come between: 主任韩磊告诉记者): a quote, not the institution's doing
    r"[^，,。；;]{0,14}?(?:表示|说|介绍|提醒|告诉|指出|认为|坦言|感慨|透露|建议|谈|解释|强调|回忆|称|发言|汇报|讲话|讲述|分享"
    # (or gives a lecture: 讲授了…, 以《…》为题, 围绕…进行了授课)
    r"|讲授|讲解|授课|讲课|解读|围绕|以《"
    # (a speaker at a meeting: 某某医院某科主任医师某某教授作了题为…的报告, …主任某某结合该院…, …带来了…)
    r"|作了|作题为|作专题|作学术|结合|带来"
    # (or the speaker's label over their words: 某某医院院长 某某:…)
    r"|[:：])"
    # or the institution itself reports at a meeting (某某卫生院介绍了…, …重点交流了…, …作典型发言)
    r"|[ \t]*(?:重点|主要|首先|随后|也|还)?(?:介绍了|交流了|汇报了|分享了|作了?[^，,。；;]{0,8}?发言)"
    # or its team is named in a competition's results (某某医院代表队获得团体一等奖), or its
    # trainee in a course's story (某某卫生院的学员王某在结业考试中…)
    r"|[ \t]*的?(?:代表队|参赛队|学员|参训人员|参训医生|进修医生|规培学员|参赛选手|选手)"
    # or its stand at a joint event (某某医院的展台前排起了长队, …的义诊台)
    r"|[ \t]*的?(?:展台|摊位|帐篷|咨询台|义诊台|服务台|宣传台|展位)"
)
# A paragraph after the last paragraph-led section still belongs to it when it refers to it.
_BACK_REFERENCE = deferred("该院|该中心|该卫生院|院方")
# How a department's or a team's section refers back to it (该科, 科室; 团队; 中心).
_UNIT_BACK = (("科", deferred("该科|科室|本科")), ("团队", deferred("该团队|团队")), ("中心", deferred("该中心|中心")))
_FIRST_PERSON = deferred("我院|本院")
# A paragraph that opens by taking the reader to an institution (走进…, 来到…, 在…门诊大厅,).
# (a tour's stop counted on the way: 来到第三站某某医院)
# A paragraph's time of day or its scene before its subject, the comma after them.
_SCENE_FIRST = deferred(
    # (a place where the work went on, not a time of change: 在新时代…的浪潮中 names no scene)
    r"(?:在[^,，。；;\s]{1,12}(?:社区|村|镇|乡|街道|广场|公园|小区|学校|小学|中学|幼儿园|养老院|敬老院|福利院|现场|大厅|会场|园区|市场|车站|工地|企业|工厂|集市|农贸市场)"
    r"|(?:当天|当日|同日|同天|次日)?(?:上午|下午|中午|晚上|傍晚)|当天|同日|同天)[ \t]*[,，][ \t]*"
)
_VISIT = deferred(r"(?:记者)?(?:走进|来到|走访|在)[ \t]*(?:第[一二三四五六七八九十\d]{1,2}站[ \t]*[:：，,]?[ \t]*)?")
# After `在` and the name: a part of it where the scene is (在某某医院门诊大厅,).
# (`在某某卫生院,` alone is as often a stop of one patient's journey through several hospitals)
_AT_PLACE = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]{0,6}?(?:大厅|广场|门诊|病房|病区|院区|诊室|体检区|服务区|楼|里|内)[ \t]*[,，]")
# …or the reporter there (在某某医院,记者看到…): a stop of the reporter's tour, not a patient's.
_REPORTER_SEES = deferred(r"[ \t]*[,，][ \t]*记者(?:看到|了解到|注意到|发现|获悉|见到|采访)")
# What an institution is, by the end of its name: a paragraph under its name that opens with the
# word (医院将…, 中心开展…) speaks of it.
_KIND_WORDS = ("卫生院", "保健院", "医院", "中心")
# (…or a clause of it does: 围绕孕产妇需求，医院打造…; a maternity hospital, 保健院, is called 医院 too)
_KIND_CALLED = {"保健院": ("保健院", "医院")}
_CLAUSE_START = deferred(r"(?:^|[，,；;。：:])[ \t]*")
# A lead that counts the institutions its sections are about (我市4家医院入选…, 四家卫生院).
_COUNTED_UNITS = deferred(
    r"(\d{1,2}|[两二三四五六七八九十]{1,3})[ \t]*家(?:公立|市属|区属|县属|省属|县级|市级|省级|区级|乡镇|定点|三甲|三级|二级)?"
    r"(?:医院|医疗机构|医疗卫生机构|单位|卫生院|社区卫生服务中心|机构|基层医疗卫生机构|示范医院)"
)
_HAN_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _count_of(word: str) -> int:
    """The number a count in a lead is written as (`4`, `四`, `十二`)."""
    if word.isdigit():
        return int(word)
    if len(word) == 1:
        return _HAN_COUNT.get(word, 0)
    tens, _, units = word.partition("十")
    return (_HAN_COUNT.get(tens, 1) if tens else 1) * 10 + (_HAN_COUNT.get(units, 0) if units else 0)


# A heading line in bold or after a bullet: **武宁县人民医院：义诊进社区**, ●武宁县中医院 …, ◎…, ★…,
# 📍…, · 某某医院 · (a ▲ line left by the boilerplate stage is no caption: it names an institution
# before a colon, `▲某某医院：门急诊不打烊`).
_BULLETS = (
    "●■◆▶►•◇□▍▎▌▋◎★☆✦◉◈❖➤➢▪·▲△📍🔹🔸🔷🔶♦◾👉📌✅"
    # (dingbat numbers and the emoji an account's editor heads sections with: ❶ 某某医院, 🏥 某某医院)
    "❶❷❸❹❺❻❼❽❾❿➊➋➌➍➎➏➐➑➒➓🏥🩺💉🌟✨💡🎯📢🔴🟢🔵🟠🟡💠🏆🎗🌸💐🌿🍀"
    # (and circled numbers: ①某某镇卫生院：…)
    "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
    # (and any other emoji an editor picks for a section: 👶 某某妇幼保健院, 🦷 某某口腔医院)
    "\U0001F300-\U0001FAFF"
    # (and arrows, a few in a row: >>> 某某区妇幼保健院, » 某某医院)
    ">»→"
)
# (a bullet may close the line too: ◆ 某某医院 ◆; and dashes may frame it on both sides: —— 某某医院 ——)
_WRAPPED = deferred(
    rf"(?:\*\*|__)[ \t]*(.+?)[ \t]*(?:\*\*|__)|[{_BULLETS}]{{1,3}}[ \t]*(.+?)(?:[ \t]*[·{_BULLETS}])?"
    r"|[—–]{1,3}[ \t]*(.+?)[ \t]*[—–]{1,3}"
)
# The first character of every mark above (`_MARKDOWN`, `_BRACKET`, `_NUMBERED`, `_WRAPPED`): a
# line that does not open with one can only be a plain heading.
_MARKED = deferred(rf"[#【〖「〔一二三四五六七八九十(（\d*_—–{_BULLETS}]")


@dataclass(slots=True)
class Section:
    """One institution's section, in coordinates of the text it was found in.

    `start`/`end` bound it (heading included, surrounding blank lines excluded);
    `body_start` is where the content starts after the heading line (== start without one);
    `paragraphs`, for the themed form only, lists the paragraph spans that belong to it.
    """

    start: int
    end: int
    institutions: list[str]
    title: str | None
    body_start: int
    heading: tuple[int, int] | None = None
    paragraphs: list[tuple[int, int]] | None = None


@dataclass(slots=True)
class Roundup:
    """The structure of a roundup: its form, sections and the stretches outside them."""

    form: str
    sections: list[Section]
    intro: tuple[int, int] | None
    # Text outside every section after the first one starts (a non-institution heading's part,
    # a closing paragraph): (start, end) spans, never lost.
    others: list[tuple[int, int]] = field(default_factory=list)
    # For the themed form: (start, end, heading) of each theme.
    themes: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class _Candidate:
    line: int
    institutions: list[str]
    title: str | None
    # How many characters from the line's start form the heading (removed from the record, its
    # text becomes the title): the whole line, only a leading 【…】, or 0 for a numbered paragraph.
    heading_len: int


def _lines(text: str) -> list[_Line]:
    return [_Line(a, b, text[a:b]) for a, b in paragraph_spans(text)]


def _lead(finder: NameFinder, s: str, pos: int) -> tuple[list[str], int]:
    """Institution names that open `s` at `pos` (several when named jointly) and where they end."""
    first = finder.match_at(s, pos)
    if first is None:
        return [], pos
    names, end = [first.name], first.end
    while True:
        j = _JOINT.match(s, end)
        # A second name joins after a joining word or mark (与, 、), or after a space when it has
        # its place (a proper name alone after a space is a headline: `龙池镇中心卫生院 党建引领医院
        # 发展`); never glued on (`某某卫生院邀请县级医院…` names one institution).
        nxt = finder.match_at(s, j.end(), proper=bool(j.group().strip())) if j is not None and j.group() else None
        if nxt is None:
            break
        names.append(nxt.name)
        end = nxt.end
    return list(dict.fromkeys(names)), end


def _headline(s: str) -> str | None:
    """The headline after an institution name, without the separator before it."""
    return s.lstrip(" \t\u3000:：|｜丨—-·").strip() or None


def _is_heading_line(s: str) -> bool:
    return len(s) <= HEADING_MAX_CHARS and not _SENTENCE_PUNCT.search(s) and not s.rstrip().endswith(("，", ","))


# How one line reads as a heading: None (not one), or its form and, when it names institutions,
# (names, title, heading length). A function of the line's text alone.
_Heading = tuple[str, "tuple[list[str], str | None, int] | None"] | None
# What `known.get` gives for a line not read yet (None is a reading: not a heading).
_UNREAD: Any = object()
# What is known of single lines by their text (their reading as a heading, as a lead), kept
# across a document's texts (`TextView.line_memo`): per kind of reading, by line text.
LineMemo = dict[Any, dict[str, Any]]


def _heading_candidates(
    finder: NameFinder, lines: list[_Line], memo: LineMemo | None = None
) -> dict[str, list[tuple[int, _Candidate | None]]]:
    """Per heading form: (line index, candidate) of every heading line of that form, in order;
    the candidate is None for a heading that names no institution. `memo` keeps each line's
    reading by its text (a document's next text is mostly the same lines)."""
    forms: dict[str, list[tuple[int, _Candidate | None]]] = {}
    known: dict[str, _Heading] = {} if memo is None else memo.setdefault("heading", {})
    for i, ln in enumerate(lines):
        # A sentinel, not KeyError: on a document's first text every line misses.
        h = known.get(ln.text, _UNREAD)
        if h is _UNREAD:
            h = known[ln.text] = _heading_of(finder, ln.text)
        if h is not None:
            form, named = h
            cand = _Candidate(i, list(named[0]), named[1], named[2]) if named is not None else None
            forms.setdefault(form, []).append((i, cand))
    return forms


def _heading_of(finder: NameFinder, text: str) -> _Heading:
    """How one line reads as a heading (see `_Heading`)."""
    if len(text) > HEADING_MAX_CHARS:
        s = text.strip()
        if len(s) > HEADING_MAX_CHARS and _MARKED.match(s) is None:
            # Prose, most lines: what `_read_heading` finds first, without a trip through the cache.
            return None
    return _cached_heading(finder, text) if len(text) <= CACHED_LINE_CHARS else _read_heading(finder, text)


# A field block's unit line (单位:某某县人民医院): the label and its value, the institution alone.
_UNIT_FIELD = deferred(r"(?:单位|单位名称|医院|医疗机构|机构名称|机构)[ \t]*[:：][ \t]*")
# An interview's question, by its label (问:, Q:), ending in a question mark.
_QUESTION = deferred(r"(?:问|Q)[ \t]*[:：][ \t]*(?=[^\n]{2,60}[?？])")
# A name a question gives its institution by: its full name, not a short one (县医院).
QUESTION_NAME_MIN_CHARS = 5


def _read_heading(finder: NameFinder, text: str) -> _Heading:
    s = text.strip()
    whole = len(text)
    if s[:1] in "单医机" and (field := _UNIT_FIELD.match(s)) is not None:
        # A block of fields per institution (单位:某某县人民医院 / 做法:… / 成效:…): its unit's line
        # opens its section, and stays in its text (the block reads as fields).
        unit = finder.match_at(s, field.end())
        return "unit_field", ([unit.name], None, 0) if unit is not None and unit.end == len(s) else None
    if s[:1] in "问Q" and (q := _QUESTION.match(s)) is not None:
        # An interview's question that names the institution the answer under it speaks for
        # (问:某某医院是怎么做的?): a section's head; a question naming none or several heads none.
        # The question stays in its section's text: the answer under it is read with it.
        found = {n.name for n in finder.find_all(s[q.end() :])}
        named = len(found) == 1 and len(next(iter(found))) >= QUESTION_NAME_MIN_CHARS
        return "question", ([found.pop()], None, 0) if named else None
    if _MARKED.match(s) is None:
        # No mark opens the line: only the plain form can read it, and most lines (prose) are
        # too long or end a sentence, so they are no heading before any name is looked for.
        return _plain_heading(finder, s, None, whole) if _is_heading_line(s) else None
    indent = len(text) - len(text.lstrip())
    m = _MARKDOWN.match(s)
    if m is not None:
        rest = s[m.end() :]
        for _, num in _NUMBERED:
            n = num.match(rest)
            if n is not None:
                rest = rest[n.end() :]
                break
        if (bm := _BRACKET.match(rest)) is not None:
            # The name in brackets after the marks (`### 【某某医院】完成首例…`): the headline after it.
            inner = bm.group(1) or bm.group(2) or bm.group(3) or bm.group(4)
            names, end = _lead(finder, inner, 0)
            if names:
                return f"markdown_{len(m.group(1))}", (names, _headline(inner[end:]) or _headline(rest[bm.end() :]), whole)
        names, end = _lead(finder, rest, 0)
        return f"markdown_{len(m.group(1))}", ((names, _headline(rest[end:]), whole) if names else None)
    b = _BRACKET.match(s)
    if b is not None:
        inner = b.group(1) or b.group(2) or b.group(3) or b.group(4)
        names, end = _lead(finder, inner, 0)
        after = s[b.end() :].strip()
        if not names and b.group(1) and inner.strip() in BRIEF_TAGS and after:
            # A brief's tag, its institution first in the words after it (【简讯】某某医院…): the
            # tag heads the brief, which is content.
            names, _ = _lead(finder, after, 0)
            if names:
                return "bracket", (names, None, indent + b.end())
        if not names:
            # (〖…〗 and 「…」 hold a name or nothing of ours: 「…」 opens a quotation as often; a broadcast
            # script's cue opening its lines, 【解说】…, 【同期声】…, heads no part)
            return ("bracket", None) if b.group(1) and inner.strip() not in SCRIPT_CUES else None
        if not after or _is_heading_line(s):
            title, length = _headline(inner[end:]) or _headline(after), whole
        else:
            # 【武宁县人民医院】5月17日，该院…: the bracket is the heading, the rest is content.
            title, length = _headline(inner[end:]), indent + b.end()
        return "bracket", (names, title, length)
    b = _BOLD_LEAD.match(s)
    if b is not None and not _is_heading_line(s):
        names, end = _lead(finder, b.group(1), 0)
        if names and end == len(b.group(1)):
            return "bold", (names, None, indent + b.end())
    for form, num in _NUMBERED:
        n = num.match(s)
        if n is None:
            continue
        names, end = _lead(finder, s, n.end())
        if names and (_CONTACT_FIELD.search(s, end) or (_DIRECTORY_LINE.match(s) and not _HOLIDAY_ITEM.search(s, end))):
            # a directory's entry (1. 某某医院 地址:… 电话:…, 1.某某门诊(某路12号),周一至周五 8:00-11:30);
            # a holiday's days for one clinic (1.某某中心:1月28日至2月4日每天8:00—12:00开放…) are its section
            return None
        if names:
            if _is_heading_line(s):
                return form, (names, _headline(s[end:]), whole)
            return form, (names, None, 0)
        if _is_heading_line(s):
            # The headline after the number, the institution after a bar (1. 热线升级｜某某医院).
            bars = list(_BAR_BEFORE_NAME.finditer(s, n.end()))
            if bars and bars[-1].start() >= n.end() + 2:
                names, end = _lead(finder, s, bars[-1].end())
                if names and end == len(s):
                    return form, (names, s[n.end() : bars[-1].start()].strip() or None, whole)
            return form, None
        return None
    w = _WRAPPED.fullmatch(s)
    inner = (w.group(1) or w.group(2) or w.group(3)) if w else s
    return _plain_heading(finder, inner, w, whole) if _is_heading_line(inner) else None


# Words a name line may carry: its part of a series (某某医院篇) or a tour's stop (某某卫生院站).
_NAME_SUFFIXES = frozenset({"篇", "站", "专场", "站点"})
# A tour's stop by its day before the name (6月3日 · 某某镇卫生院).
_DAY_BEFORE_NAME = deferred(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日[ \t\u3000]*[·•|｜丨—\-][ \t\u3000]*")
# A visit's heading before the name it goes to (走进某某卫生院, 探访某某医院).
_VISIT_HEADING = deferred(r"(?:走进|探访|走访|聚焦|直击)[ \t]*")


# A unit of another kind than ours heading its part of a roundup of several (a school, a company,
# a fire brigade: 某某职业技术学院, 国网某某供电公司, 某某市消防救援支队).
_OTHER_UNIT = deferred(
    r"[\u3400-\u4dbf\u4e00-\u9fff]{2,16}(?:学院|学校|大学|中学|小学|幼儿园|公司|集团|支队|大队|中队|派出所|银行)(?=[ \t\u3000]*[:：｜|丨—-])"
)


def _plain_heading(finder: NameFinder, inner: str, w: re.Match[str] | None, whole: int) -> _Heading:
    """How a heading line without a numbering, bracket or Markdown mark reads: `inner` is the
    line (bold or after a bullet: `w`, what is inside)."""
    if (case := _CASE_LABEL.match(inner)) is not None:
        inner = inner[case.end() :]  # a case's label before the name (案例一:某某医院——…)
    elif w is None and (visit := _VISIT_HEADING.match(inner)) is not None:
        inner = inner[visit.end() :]  # a visit's heading (走进某某卫生院)
    elif inner[:1].isdigit() and (day := _DAY_BEFORE_NAME.match(inner)) is not None:
        inner = inner[day.end() :]  # a stop's day before the name (📍6月3日 · 某某镇卫生院)
    names, end = _lead(finder, inner, 0)
    if names and (part := _UNIT_PART.match(inner, end)) is not None:
        end = part.end()  # the institution's own body (某某医院党委:…, 某某医院护理部:…)
    elif names and inner[end : end + 1] in "(（" and (note := _NAME_NOTE.match(inner, end)) is not None:
        end = note.end()  # what the institution is in the group (某某县人民医院（集团总院）)
    if names and w is None and inner[end:].strip() in _NAME_SUFFIXES:
        end = len(inner)  # a name with its part's word (某某医院篇, 某某镇卫生院站): a name line
    if names and end < len(inner) and _CELLS_AFTER_NAME.fullmatch(inner, end) is not None:
        return None  # a table's row: the institution, then its figures (某某县人民医院 2 960 610)
    # Bold or bulleted, the name may stand alone (**武宁县中医院**); bare, a headline must
    # follow a separator, or a caption (綦江区中医院门诊大楼) would pass for a heading.
    if names and (w is not None and end == len(inner) or end < len(inner) and _HEADLINE_SEP.match(inner, end)):
        return "plain", (names, _headline(inner[end:]), whole)
    if names and w is None and end == len(inner):
        # A line that is only a name (`吴兴区卫健系统`): a heading or a photo caption;
        # `_name_lines_hold` tells which from the text under it.
        return "name_line", (names, None, whole)
    if (
        # (bare, or after a bullet: ■某某医院开设睡眠门诊; bold lines name their section above)
        names and (w is None or w.group(2) is not None) and end < len(inner) and _SENTENCE_PUNCT.search(inner) is None
        and len(inner) <= HEADLINE_LINE_CHARS
        and not inner.rstrip().endswith((":", "："))  # (a line announcing what follows: 本周全市医院动态摘编如下:)
    ):
        # A brief's headline opening with the name (`某某市第一人民医院开设房颤综合门诊`): a heading
        # or a caption; `_headline_lines_hold` tells which from the brief under it.
        return "headline_line", (names, inner.strip(), whole)
    if not names:
        # The headline first, the institution after a bar (`胸痛救治再提速｜某某县人民医院`).
        bars = list(_BAR_BEFORE_NAME.finditer(inner))
        if bars and bars[-1].start() >= 2:
            names, end = _lead(finder, inner, bars[-1].end())
            if names and end == len(inner):
                return "plain", (names, inner[: bars[-1].start()].strip() or None, whole)
        if w is None and (other := _OTHER_UNIT.match(inner)) is not None and _HEADLINE_SEP.match(inner, other.end()):
            # Another kind of unit's part among the institutions' (`某某职业技术学院：放假前…` after
            # `某某市中医院：…`): a heading of the form naming no institution, which ends the one before.
            return "plain", None
    return None


# How lines read is kept across documents too (a site's page furniture, a reposted paragraph and
# the lines of a copy recur): a bounded cache by finder and line text, of lines up to
# CACHED_LINE_CHARS (longer ones are prose, read quickly, and would hold more memory).
CACHED_LINE_CHARS = 200
_CACHED_LINES = 1 << 14
_cached_heading = functools.lru_cache(maxsize=_CACHED_LINES)(_read_heading)


# How many name lines vouch for one section whose first paragraph does not name its institution.
NAME_LINES_VOUCH = 3
# The first lines of a section read for a timetable's words (`_name_lines_hold`).
SCHEDULE_ROWS = 3
# A card's headline under the institution's name, at most this long (`_name_lines_hold`).
CARD_HEADLINE_MAX_CHARS = 24


# A brief's headline naming its institution first: at most this long.
HEADLINE_LINE_CHARS = 32
# A story's own dateline opening its first paragraph (新华社某地6月21日电, 本报讯, 某某网讯).
_STORY_DATELINE = deferred(
    r"(?:新华社|中新社|中新网|人民网|央视网|[\u3400-\u4dbf\u4e00-\u9fff]{1,8}[社网台])[\u3400-\u4dbf\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(?:电|讯|消息)"
    r"|[\u3400-\u4dbf\u4e00-\u9fff]{0,8}[报网台]讯"
)
# What opens a brief under its headline: the paper's dateline (本报讯, 某某医院讯) or the day.
BRIEF_OPENING = deferred(r"^\s*(?:[\u3400-\u4dbf\u4e00-\u9fff]{0,12}讯|[(（]?\s*(?:通讯员|记者)|(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|连日来|今年以来)")


def lead_names(finder: NameFinder, text: str) -> list[str]:
    """The institutions `text` opens with (a brief's headline: `某某医院开设…门诊`)."""
    return list(_lead(finder, text.strip(), 0)[0])


BRIEF_MIN_CHARS = 40


def _is_brief(text: str) -> bool:
    """A brief under its headline: a paragraph opening with a dateline or a day, or one of some
    length (a caption is short)."""
    return _SENTENCE_PUNCT.search(text) is not None and (BRIEF_OPENING.match(text) is not None or len(text.strip()) >= BRIEF_MIN_CHARS)


def _headline_lines_hold(lines: list[_Line], marks: list[tuple[int, _Candidate | None]]) -> bool:
    """Whether briefs' headlines that open with an institution's name head sections: each is
    followed by the brief itself, a paragraph opening with a dateline or a day (本报讯, 7月1日)
    that names the institution again, and no paragraph names every one of them (one story's captions)."""
    cands = [(i, c) for i, c in marks if c is not None]
    if len(cands) < 2:
        return False
    all_names = [c.institutions[0] for _, c in cands]
    if any(_SENTENCE_PUNCT.search(ln.text) and all(n in ln.text for n in all_names) for ln in lines):
        return False
    # Every brief under a headline must be one of them: a headline whose institution goes unread
    # (肿瘤医院成立…, a short name) leaves the page to the briefs' own leads.
    texts = [ln.text for ln in lines if ln.text.strip()]
    briefs = sum(
        1 for a, b in zip(texts, texts[1:], strict=False)
        if len(a.strip()) <= HEADLINE_LINE_CHARS and _SENTENCE_PUNCT.search(a) is None and not a.rstrip().endswith((":", "："))
        and _is_brief(b)
    )
    if briefs != len(cands):
        return False
    for i, c in cands:
        nxt = next((ln.text for ln in lines[i + 1 :] if ln.text.strip()), None)
        if nxt is None or not _is_brief(nxt):
            return False
        if c.institutions[0] not in nxt:
            return False  # (a short name in the headline, 市二院, the full one in the brief: the briefs' leads tell)
    return True


# A day or an hour in a line (1月28日, 8:00): a timetable's row.
# (…or a holiday's day or a round-the-clock service: 除夕至初二, 初三至初六, 急诊24小时开放)
_TIMED = deferred(r"\d{1,2}月\d{1,2}日|\d{1,2}[:：]\d{2}|除夕|(?:大年)?初[一二三四五六七八九十](?=[至到—\-、,，起上下])|(?:24|二十四)小时")
# What a holiday's timetable says of a clinic (门诊 照常开放, 急诊 24小时接诊, 停诊).
_SERVICE_HOURS = deferred(r"门诊|急诊|停诊|开诊|接诊|坐诊|开放|恢复")


# An administration's name (卫生局, 卫健委, 人民政府): the owner of the page when it opens it.
_ADMINISTRATION_END = ("局", "委", "委员会", "政府", "办", "办公室")


def _site_owner_banner(lines: list[_Line], marks: list[tuple[int, _Candidate | None]]) -> bool:
    """Whether the first name line is the page's banner: the text's first line, an administration's
    name, over the others that name no administration."""
    first_at, first = marks[0]
    if first is None or any(ln.text.strip() for ln in lines[:first_at]):
        return False
    rest = [c for _, c in marks[1:] if c is not None]
    return first.institutions[0].endswith(_ADMINISTRATION_END) and len(rest) >= 2 and not any(
        c.institutions[0].endswith(_ADMINISTRATION_END) for c in rest
    )


def _name_lines_hold(finder: NameFinder, lines: list[_Line], marks: list[tuple[int, _Candidate | None]]) -> bool:
    """Whether lines that are only a name head sections rather than caption photos.

    Under each such line the first prose paragraph must be about that institution: it names
    it, a place of it that no other heading's institution shares (`南浔区于8月17日…` under
    `南浔区卫健系统`), or refers back to it (该院); of three or more, all but one. And no paragraph may name every heading's
    institution: one story about all of them, with their names as captions, is one article.
    """
    cands = [(i, c) for i, c in marks if c is not None]
    all_names = [c.institutions[0] for _, c in cands]
    places = {n: set(finder.places(n)) for n in all_names}
    # (an opening paragraph that lists them all, above the first name, introduces a roundup)
    for ln in lines[cands[0][0] :]:
        if _SENTENCE_PUNCT.search(ln.text) and all(n in ln.text for n in all_names):
            return False
    unconfirmed = 0
    dated = 0  # sections whose first paragraph opens with a day (a holiday's timetable, one per hospital)
    timed = 0  # sections whose first line holds a day or an hour (春节期间儿科门诊每天8:00—17:00…)
    phoned = 0  # sections that give the institution's phone under its words (咨询电话:…): a timetable each
    scheduled = 0  # sections of a holiday's service hours: a day or an hour in one line, clinics opening or closing in most
    headed = 0  # sections whose name stands over a headline of their own, then the news (a card: name / headline / story)
    for k, (i, cand) in enumerate(cands):
        stop = cands[k + 1][0] if k + 1 < len(cands) else len(lines)
        prose = next((ln.text for ln in lines[i + 1 : stop] if _SENTENCE_PUNCT.search(ln.text)), None)
        first = next((ln.text for ln in lines[i + 1 : stop] if ln.text.strip()), None)
        if first is not None and _TIMED.search(first):
            timed += 1
        if any(_CONTACT_FIELD.match(ln.text.strip()) for ln in lines[i + 2 : stop]):
            phoned += 1
        rows = [ln.text for ln in lines[i + 1 : stop] if ln.text.strip()][:SCHEDULE_ROWS]  # (the last runs on into the closing)
        if (
            len(rows) >= 2 and len(rows[0].strip()) <= CARD_HEADLINE_MAX_CHARS and not _SENTENCE_PUNCT.search(rows[0])
            and _SENTENCE_PUNCT.search(rows[1]) is not None
        ):
            headed += 1
        if rows and any(_TIMED.search(r) for r in rows) and 2 * sum(1 for r in rows if _SERVICE_HOURS.search(r)) >= len(rows):
            scheduled += 1
        if prose is None:
            # (a timetable's rows under the name, no sentence: `1月28日至1月30日：停诊`)
            if first is None or _TIMED.search(first) is None:
                return False
            prose = first
        if _DATE.match(prose.lstrip()) is not None:
            dated += 1
        name = cand.institutions[0]
        others = set().union(*(places[n] for n in all_names if n != name))
        own = [p for p in places[name] if p not in others and len(p) >= 2]
        called = [name, *finder.short_forms(name), *_name_ends(name)]
        # (or opens with what the name is, as the subject: 医院将…, 中心家庭医生团队…)
        kind = [g for g in _KIND_WORDS if name.endswith(g)]
        # (or, under a department's or a team's heading, names it or refers back to it: 某某医院新生儿科 /
        # 新生儿科是…, 该科…; 某某医院消化内镜中心 / 中心青年医生…)
        heading = lines[i].text.strip()
        unit = heading[heading.find(name) + len(name) :] if name in heading else ""
        unit_back = bool(unit) and (
            unit in prose or any(unit.endswith(end) and back.search(prose) for end, back in _UNIT_BACK)
        )
        kinds = _KIND_CALLED.get(kind[0], (kind[0],)) if kind else ()
        if not (
            any(n in prose for n in called) or any(p in prose for p in own) or _BACK_REFERENCE.search(prose)
            or any(m.end() < len(prose) and prose.startswith(kinds, m.end()) for m in _CLAUSE_START.finditer(prose))
            or unit_back
        ):
            unconfirmed += 1
    # (of three sections or more, one may go on without naming its institution: the others vouch
    # for the form)
    # (…and when every section's first paragraph opens with a day, the names head a timetable each:
    # 某某医院 / 1月28日至1月30日:仅开放急诊)
    # (…or every section, under its words, gives the institution's phone: a holiday's timetable,
    # 某某医院 / 假期每天上午开放… / 咨询电话:…; or tells which clinics open when, a day or an hour
    # in it: 某某医院 / 产科急诊全天候开放。/ 2月12日至2月17日上午开放产科门诊; or is a card, the name over
    # a headline of its own over the story: 某某医院 / 周末全天门诊开放 / 从1月7日起,…)
    # (a lead above them that counts the institutions, 我市4家医院…, 市区5家公立医院…, as many as the names: they
    # head its sections, whatever their paragraphs open with: 承诺…)
    counted = any(
        _count_of(m.group(1)) == len(cands)
        for ln in lines[: cands[0][0]] if _SENTENCE_PUNCT.search(ln.text) for m in _COUNTED_UNITS.finditer(ln.text)
    )
    return unconfirmed == 0 or (
        len(cands) >= NAME_LINES_VOUCH and (
            counted or
            unconfirmed == 1 or dated == len(cands) or timed == len(cands) or phoned == len(cands) or scheduled == len(cands)
            or headed == len(cands)
            # (of four or more, the last may run on into the closing paragraph past its own rows)
            or (len(cands) > NAME_LINES_VOUCH and scheduled >= len(cands) - 1)
        )
    )


# The generic ends of institutions' names (人民医院, 卫生服务中心), which name no one in particular.
_GENERIC_ENDS = frozenset({
    "人民医院", "人民醫院", "中医医院", "中醫醫院", "中西医结合医院", "妇幼保健院", "婦幼保健院", "中心卫生院", "中心衛生院",
    "卫生服务中心", "衛生服務中心", "社区卫生服务中心", "社區衛生服務中心", "疾病预防控制中心", "疾病預防控制中心", "第一人民医院",
    "第二人民医院", "第三人民医院", "附属医院", "附屬醫院", "总医院", "總醫院", "医院", "醫院", "中医院", "中醫院", "卫生院", "衛生院",
})
NAME_END_MIN_CHARS = 4


def _name_ends(name: str) -> list[str]:
    """The ends of an institution's name that running text may call it by, its owner or its places
    left out (某某醫療財團法人某地基督教醫院: 某地基督教醫院; 衛生福利部某地醫院: 某地醫院), none of them generic."""
    return [
        end for k in range(1, len(name) - NAME_END_MIN_CHARS + 1)
        if (end := name[k:]) not in _GENERIC_ENDS and not end.startswith(("市", "县", "縣", "区", "區", "省", "镇", "鎮", "乡", "鄉"))
    ]


def _distinct(leads: list[list[str]]) -> int:
    """How many different institutions lead sections: 0 or 1 means not a roundup.

    Only the first of jointly named ones counts (`A与B共建…` and `A开通…` are one hospital's
    story), and when one lead names every leading institution together (`A与B签约`, then `A…`,
    `B…`) the article tells one partnership, not several institutions' news.
    """
    firsts = {names[0] for names in leads if names}
    # (a name that is the end of another's is that one again, shorter: 市疾控中心 after 某某市疾控中心)
    firsts = {f for f in firsts if not any(g != f and g.endswith(f) for g in firsts)}
    # (a name may come back shorter: 沙田街道社区卫生服务中心 after 北溪区沙田街道社区卫生服务中心)
    if any(len(names) > 1 and all(any(f in n for n in names) for f in firsts) for names in leads):
        return 1
    return len(firsts)


CLOSING_TAIL_CHARS = 30
# How a roundup's closing paragraph opens: a tally or what comes next, for all of them.
_CLOSING = deferred(
    r"^\s*(?:(?:本周|上周|本月|上月|本季度|今年以来)?(?:全县|全市|全区|全镇|全省)|下一步|据统计|据悉|据了解|此次|本次|活动期间|今后|总之|截至目前|目前|各单位|各医疗|近年来|附件"
    r"|通过(?:此次|这次|本次|这些|一系列|系列)|温馨提示|小贴士|健康提示|以上(?:就是|是|为|便是))"
)


# …or, whatever its opening words (a slogan: `安全责任重于泰山。`), says what the health authority
# will do next (县卫健局将持续…);
_AUTHORITY_NEXT = deferred("(?:卫健局|卫健委|卫生健康局|卫生健康委员会|卫生健康委|卫生局)[^。！？!?]{0,12}?(?:将|要求)")
# …or opens with another body speaking (县残联表示, 市爱卫办将…, 某某中心提醒:), speaks to the
# reader (您), or wishes them well;
_OTHER_SAYS = deferred(
    r"^\s*[^，,。；;:：]{0,16}?(?:局|委|办|政府|残联|妇联|协会|学会|中心)(?:有关|相关)?(?:负责人)?"
    r"[^，,。；;:：]{0,4}?(?:表示|提醒|要求|指出|强调|呼吁|建议|将)"
)
_TO_READER = deferred(r"您|节日快乐|辛苦了|欢迎(?:转发|分享|关注|留言)|转发分享|点个在看")
# …never a paragraph that goes on about the section's own institution without naming it.
_OWN_START = deferred(r"^\s*(?:医院|卫生院|院方|科室|全院|中心(?![\u3400-\u4dbf\u4e00-\u9fff]{0,2}(?:局|委))|该|他们|她们|其)")


# How a paragraph that goes on with the last section's story opens: its people or its day.
_GOES_ON = deferred(
    r"^\s*(?:一天下来|随后|此外|同时|另外|活动中|活动现场|当天|现场|期间|其间|会上|会后"
    r"|(?:分院|院区|科室|团队|医生|医护人员|医务人员|专家|护士|队员|志愿者)们?)"
)


def _closing(text: str, own: list[str], every: list[list[str]]) -> bool:
    """A closing paragraph of the whole roundup (see `_from_headings`): it opens like one, says what
    the authority does next, has another body speak or speaks to the reader, and names none of the
    last section's institutions (`own`: their names and short forms); or it names two or more of
    the sections' institutions (`every`: per section, its names and short forms), a tally of all."""
    if sum(any(n in text for n in names) for names in every) >= 2:
        return True
    if any(n in text for n in own) or _BACK_REFERENCE.search(text) or _OWN_START.match(text):
        return False
    return bool(_CLOSING.match(text) or _AUTHORITY_NEXT.search(text) or _OTHER_SAYS.match(text) or _TO_READER.search(text))


def _closing_cut(
    texts: list[str], keep: int, own: Callable[[int], list[str] | None], every: list[list[str]]
) -> int | None:
    """Where a roundup's closing paragraphs start among the last section's `texts` (see `_closing`),
    the short lines after them (a footer left over) going with them; None when it has none. The
    first `keep` texts are never closing ones; `own(k)` names the institution text k is about, or
    None for a text that cannot close the roundup."""
    tail = len(texts)
    while tail > keep and len(texts[tail - 1]) <= CLOSING_TAIL_CHARS and not _SENTENCE_PUNCT.search(texts[tail - 1]):
        tail -= 1
    cut = tail
    while cut > keep and (names := own(cut - 1)) is not None and _closing(texts[cut - 1], names, every):
        cut -= 1
    return cut if cut < tail else None


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _from_headings(
    finder: NameFinder, text: str, lines: list[_Line], form: str, marks: list[tuple[int, _Candidate | None]]
) -> Roundup:
    # Every heading of the form, in order; one that names no institution ends the section before it.
    all_lines = [m for m in marks if m[1] is not None or any(c[1] is not None and c[0] < m[0] for c in marks)]
    sections: list[Section] = []
    others: list[tuple[int, int]] = []
    first_start = lines[all_lines[0][0]].start
    for k, (li, cand) in enumerate(all_lines):
        start = lines[li].start
        nxt = lines[all_lines[k + 1][0]].start if k + 1 < len(all_lines) else len(text)
        end = _trim_end(text, start, nxt)
        if cand is None:
            if start >= first_start and end > start:
                others.append((start, end))
            continue
        if cand.heading_len:
            body = start + cand.heading_len
            while body < end and text[body].isspace():
                body += 1
            heading = (start, start + cand.heading_len)
        else:
            body, heading = start, None
        sections.append(Section(start, end, cand.institutions, cand.title, body, heading))
    if form != "numbered_cn":
        # A part of the whole page's outline inside a section (`三、下周工作安排` under the last
        # item `4. 某某医院:…`), naming no institution, ends it: what follows is the page's.
        starts = [ln.start for ln in lines]
        for sec in sections:
            k = bisect.bisect_right(starts, sec.body_start)
            while k < len(lines) and lines[k].start < sec.end:
                ln = lines[k]
                if _OUTLINE_HEADING.fullmatch(ln.text.strip()) and not finder.find_all(ln.text):
                    others.append((ln.start, sec.end))
                    sec.end = _trim_end(text, sec.start, ln.start)
                    break
                k += 1
        others.sort()
    if sections and sections[-1].end == _trim_end(text, 0, len(text)):
        # The last section runs to the end of the text: the closing paragraphs of the whole
        # roundup (`下一步,县卫健委将…`, `活动期间,全县共…`) that do not speak of its institution
        # are the roundup's, not that section's.
        last = sections[-1]
        # (the heading's own line too where the heading only opens it: 【某某医院】5月17日,该院…)
        paras = [ln for ln in lines if last.body_start < ln.end and ln.end <= last.end]
        every = [[*sec.institutions, *(f for n in sec.institutions for f in finder.short_forms(n))] for sec in sections]
        cut = _closing_cut([ln.text for ln in paras], 1, lambda k: every[-1], every)
        if cut is not None:
            others.append((paras[cut].start, last.end))
            last.end = _trim_end(text, last.start, paras[cut].start)
    intro_end = _trim_end(text, 0, first_start)
    intro_start = 0
    while intro_start < intro_end and text[intro_start].isspace():
        intro_start += 1
    intro = (intro_start, intro_end) if intro_end > intro_start else None
    return Roundup(form.split("_")[0] if form.startswith(("markdown", "numbered")) else form, sections, intro, others)


def _paragraph_leads(finder: NameFinder, lines: list[_Line], need_date: bool, memo: LineMemo | None = None) -> list[list[str]]:
    out: list[list[str]] = []
    known: dict[str, list[str]] = {} if memo is None else memo.setdefault(("lead", need_date), {})
    for ln in lines:
        names = known.get(ln.text)
        if names is None:
            names = known[ln.text] = _paragraph_lead(finder, ln.text, need_date)
        out.append(list(names))
    return out


def _paragraph_lead(finder: NameFinder, text: str, need_date: bool) -> list[str]:
    """The institutions a paragraph opens with (after a date; `need_date`: only after one).
    Callers copy the list: it may be shared (cached)."""
    if need_date and _DATE.match(t := text.strip()) is None and not (t.startswith(("（", "(", "【")) or "讯" in t[:12]):
        return []  # most lines: what `_read_lead` finds first, without a trip through the cache
    if len(text) <= CACHED_LINE_CHARS:
        return _cached_lead(finder, text, need_date)
    return _read_lead(finder, text, need_date)


def _read_lead(finder: NameFinder, text: str, need_date: bool) -> list[str]:
    s = text.strip()
    if s.startswith("**") and (close := s.find("**", 2)) > 2:
        s = s[2:close] + s[close + 2 :]  # the name in bold as the paragraph opens (**某某医院**在…)
    if s[:1] in _BRIEF_BULLETS:
        s = s.lstrip(_BRIEF_BULLETS + " \t")  # an e-paper brief's bullet before its lead (■某某医院近日…)
    if (
        s[:1] == "【" and 1 < (close := s.find("】")) <= TOPIC_TAG_CHARS + 1 and finder.match_at(s, 1) is None
        and _DATE.match(s[close + 1 :].lstrip()) is not None
    ):
        # A digest item's topic tag before its dated lead (【医改】5月13日,某某医院…); a transcript's
        # 【解说】 or 【同期声】 before a speaker's words leads no section.
        s = s[close + 1 :].lstrip()
    start = 0
    if s.startswith(("（", "(")) or "讯" in s[:12]:
        dateline = _DATELINE.match(s)  # (always matches, maybe empty)
        start = dateline.end() if dateline else 0
    d = _DATE.match(s, start)
    if d is None and need_date:
        return []
    at = d.end() if d else start
    names, end = _lead(finder, s, at)
    if not names and not need_date and (scene := _SCENE_FIRST.match(s, at)) is not None:
        # The time or the place first, then the institution doing its part (下午,某某医院的医生…;
        # 在某某社区,某某医院的医生…).
        names, end = _lead(finder, s, scene.end())
    if not names and (visit := _VISIT.match(s, at)) is not None:
        # Where the paragraph takes the reader (走进某某卫生院…, 在某某医院门诊大厅,…): that place's.
        names, end = _lead(finder, s, visit.end())
        if names and visit.group().rstrip().endswith("在") and not _AT_PLACE.match(s, end) and not _REPORTER_SEES.match(s, end):
            names = []  # 在某某医院专家指导下: a mention, no visit
    if not names and not need_date and (place := _PLACE_LABEL.match(s)) is not None:
        # A township's name as the item's label (石门镇:…), its health centre named in the item's
        # sentence (…常驻石门镇卫生院…): that centre's paragraph.
        # (from the township's name on: a verb glued before it, 常驻石门镇卫生院, is no part of the name)
        names = [n.name[n.name.index(place["place"]) :] for n in finder.find_all(s[place.end() :]) if place["place"] in n.name][:1]
        end = place.end()
    if not names and not need_date and (county := _COUNTY_LABEL.match(s)) is not None:
        # A county's name as a briefs column's label, its unit named short after it (`某某县　县人民医院…`):
        # that county's unit.
        county_name: str = county["place"]
        names, end = _lead(finder, s, county.end())
        names = [county_name + n[1:] if n[:1] == county_name[-1] else n for n in names if n[:1] in "县市区旗"]
    if names and _PARTY_BRANCH.match(s, end) is not None:
        return []  # (a party branch of the institution, 某某医院内科党支部…: a party-building story's part)
    if names and _ATTENDED.search(s) is not None:
        return []  # (who came to the event, `某某委员会、某某区政府有关负责同志…参加签约仪式。`: the story's guests)
    # A lead is the subject of its paragraph: a sentence follows, not a heading.
    # (…or a long run of clauses cut before its full stop, as an excerpt ends: `某某医院…,医生…,已建议`)
    return names if names and (_SENTENCE_PUNCT.search(s) or (len(s) >= CUT_LEAD_MIN_CHARS and s.count(",") + s.count("，") >= 2)) else []


# A lead paragraph cut before its sentence's end (an excerpt's last line): this long, two commas or more.
CUT_LEAD_MIN_CHARS = 60


# One sentence that lists who attended (…有关负责同志,以及五家医院代表参加签约仪式。).
_ATTENDED = deferred(
    r"^[^。！？!?]{2,160}(?:负责同志|负责人|领导|代表|嘉宾|相关人员|有关人员)[ \t]*(?:等)?[ \t]*(?:参加|出席|列席|见证)(?:了)?[^。！？!?，,；;]{0,12}[。！!]?$"
)


# A digest item's label that is a township's or a street's name alone (石门镇:…).
_PLACE_LABEL = deferred(r"(?P<place>[\u4e00-\u9fff]{1,6}(?:镇|乡|街道))[ \t]*[:：]")
# …or a county's name alone before its unit's short name, a space between (`某某县　县人民医院…`).
_COUNTY_LABEL = deferred(r"(?P<place>[\u4e00-\u9fff]{1,5}(?:县|市|区|旗))[ \t\u3000]+(?=[县市区旗][\u4e00-\u9fff])")
# A party branch after an institution's name (党支部, 党总支, a department's: 内科党支部).
# (not the institution's own party secretary doing its work: 某某医院党委书记某某带领…)
# (a department's branch at most: 内科党支部, 第三党支部; not a deed, 不断强化基层党支部工作)
_PARTY_BRANCH = deferred(
    r"(?:[\u3400-\u4dbf\u4e00-\u9fff]{1,5}?(?:科|部|室|处|病区|中心|门诊))?(?:第[一二三四五六七八九十\d]{1,2})?(?:党支部|党总支|团支部)"
    r"|党委(?!书记|副书记|委员|班子)|团委(?!书记)"
)


_cached_lead = functools.lru_cache(maxsize=_CACHED_LINES)(_read_lead)


def _undated_leads(finder: NameFinder, lines: list[_Line], memo: LineMemo | None = None) -> list[list[str]]:
    """Leads of paragraphs that open with an institution's name, with or without a date.

    Without a date a lead must be a real paragraph (`UNDATED_LEAD_MIN_CHARS`): a photo caption
    (`某某医院职工游泳比赛。`) is not one, but a caption right above a paragraph that opens with
    the same institution starts that institution's section. Successive leads of one institution
    make one section.
    """
    leads = _paragraph_leads(finder, lines, need_date=False, memo=memo)
    dated = _paragraph_leads(finder, lines, need_date=True, memo=memo)
    out: list[list[str]] = []
    for i, names in enumerate(leads):
        s = lines[i].text.strip()
        after = s.find(names[-1]) + len(names[-1]) if names else 0
        # (a name and a colon open an item of a list of institutions' arrangements, however short:
        # `某某市中医院:初三起每天上午开放门诊。`; no caption is written so)
        long_enough = len(s) >= UNDATED_LEAD_MIN_CHARS or bool(dated[i]) or (
            bool(names) and s[after : after + 1] in (":", "：") and len(s) - after > COLON_ITEM_MIN_CHARS
            # (an item ending its sentence; a list's entries end on `;`: `某某医院:门诊楼一楼西侧,24小时开放;`
            # lists the places of one story)
            and s.endswith(("。", "！", "!"))
        )
        if names and not dated[i] and (
            ((profile := _PROFILE.match(s, after)) and not (profile.group().strip() in _WHERE_IT_STANDS and _ITS_EVENT.search(s, after)))
            or _NOT_ITS_NEWS.match(s, after)
        ):
            # `某某医院始建于1942年，是一所…`: an institution's profile is background, not its news;
            # `某某卫生院院长表示，…`: a person of it speaks in another institution's story.
            names = []
        out.append(names if names and long_enough else [])
    named = {n for names in out for n in names}
    if len(named) >= SCENE_LED_MIN_OTHERS:
        # A list of several institutions' items: an item that sets its scene in a short sentence
        # first names its own institution, one of no other item, at the second (`考试结束后,…问题。
        # 某某医院在…`).
        for i, names in enumerate(out):
            t = lines[i].text.strip()
            stop = t.find("。")
            if names or leads[i] or not 0 < stop <= SCENE_SENTENCE_MAX_CHARS or len(t) < UNDATED_LEAD_MIN_CHARS:
                continue
            if finder.find_all(t[:stop]):
                continue  # (the first sentence names an institution: no scene of its own)
            found, after = _lead(finder, t, stop + 1)
            if found and not (set(found) & named) and not _NOT_ITS_NEWS.match(t, after) and not _PROFILE.match(t, after):
                out[i] = found
    for i in range(len(lines) - 1):
        if leads[i] and not out[i] and out[i + 1] and out[i + 1][0] == leads[i][0]:
            out[i] = leads[i]
    for i in range(len(out) - 1, 0, -1):
        if not out[i]:
            continue  # (the search below only for a lead: a walk back from every line is quadratic)
        prev = next((k for k in range(i - 1, -1, -1) if out[k]), None)
        if prev is not None and out[prev][0] == out[i][0] and all(not out[k] for k in range(prev + 1, i)):
            out[i] = []
    return out


# How long an item's opening sentence may run before it names the item's institution, and how
# many other institutions' items make the list.
SCENE_SENTENCE_MAX_CHARS = 40
SCENE_LED_MIN_OTHERS = 3


# A health authority's name: the body that organises what the sections' institutions do.
_AUTHORITY = deferred(r"(?:卫健委|卫生健康委员会|卫生健康委|卫生健康局|卫健局|卫生局|医保局|医疗保障局)$")
# …organising the others (组织全市医疗机构…), not doing its own part (卫健局联合学会举办…).
_ORGANISES = deferred(r"(?:组织|部署|统筹|号召|动员|公布|通报|发布)[^。，,]{0,8}(?:全县|全市|全区|全省|各级|各|辖区)")


# How long a line naming an institution under an authority's programme may run and still be a
# picture's caption rather than that institution's news.
CAPTION_LEAD_MAX_CHARS = 60
# A caption's day and a comma before the place (`9月11日,某某社区卫生服务中心,…`).
_CAPTION_DAY = deferred(r"\d{1,2}月\d{1,2}日[,，]")


def _paragraph_led(text: str, finder: NameFinder, lines: list[_Line], memo: LineMemo | None = None) -> Roundup | None:
    if _FIRST_PERSON.search(text):
        # 我院: a hospital writing about its own activities, however many partners it names.
        return None
    if "/" in text and sum(1 for ln in lines if _GALLERY_COUNTER.match(ln.text)) >= GALLERY_COUNTED_CAPTIONS:
        # A photo story's captions counted as its pictures are ((1/6)…, (2/6)…): one story told in
        # pictures, whichever institution each caption opens with.
        return None
    leads = _paragraph_leads(finder, lines, need_date=True, memo=memo)
    idx = [i for i, names in enumerate(leads) if names]
    # Paragraphs that open with an institution's name and no date (`某某市人民医院举办了…`): the
    # sections when dated ones are too few, and beside them when some sections open with a date
    # and others without one.
    undated = _undated_leads(finder, lines, memo)
    if len(idx) < 2 or _distinct(leads) < 2:
        leads = undated
    else:
        leads = [d or u for d, u in zip(leads, undated, strict=True)]
    idx = [i for i, names in enumerate(leads) if names]
    if len(idx) < 2 or _distinct(leads) < 2:
        return None
    # A lead by a short form of a name seen before (县人民医院还… after 某某县人民医院…) is that institution.
    seen: dict[str, str] = {}
    for i in idx:
        full = seen.get(leads[i][0])
        if full is not None:
            leads[i] = [full, *leads[i][1:]]
        else:
            seen.update((short, leads[i][0]) for short in finder.short_forms(leads[i][0]))
    # Successive leads of one institution (two dated paragraphs of the same hospital) are one section.
    idx = [i for k, i in enumerate(idx) if k == 0 or leads[i][0] != leads[idx[k - 1]][0]]
    if (
        len(idx) > 2 and _AUTHORITY.search(leads[idx[0]][0]) and _ORGANISES.search(lines[idx[0]].text)
        and not any(_AUTHORITY.search(leads[i][0]) for i in idx[1:])
    ):
        # The health authority that organised it, opening the article (9月15日至21日,某某市卫生健康委
        # 组织…): the roundup's introduction, over its institutions' sections.
        idx = idx[1:]
    if _one_story(finder, lines, leads, idx) or _UNITS_NOTICE.search(text, 0, lines[idx[0]].start):
        return None
    parts = sum(1 for i, ln in enumerate(lines) if not leads[i] and _PART_HEADING.fullmatch(ln.text.strip()))
    if parts >= OUTLINE_MIN_PARTS and parts >= OUTLINE_PARTS_PER_LEAD * len(idx):
        # The article's own numbered parts (亮点一:…, 亮点二:… of a year's work), a few of them
        # opening with an institution: one article's outline, not units' briefs.
        return None
    if (
        len(idx) == 2 and idx[0] > 0 and _STORY_DATELINE.match(lines[0].text.strip()) is not None
        and not any(_DATE.match(lines[i].text.strip()) for i in idx)
    ):
        # A reporter's story under one dateline (新华社某地6月21日电, 本报讯) whose two paragraphs open
        # with an institution each, neither with a day of its own: a feature's sources, not two briefs.
        return None
    if (
        len(idx) == 2 and _AUTHORITY.search(leads[idx[0]][0]) and len(lines[idx[1]].text.strip()) <= CAPTION_LEAD_MAX_CHARS
        and _CAPTION_DAY.match(lines[idx[1]].text.strip()) is not None
        # (the place named and a comma after it, no deed of its own: a caption's scene)
        and (t := lines[idx[1]].text.strip())[t.find(leads[idx[1]][0]) + len(leads[idx[1]][0]) :][:1] in (",", "，")
    ):
        # A health authority's programme, then one institution in a line a picture's caption's length
        # (9月11日,某某社区卫生服务中心,医务人员为居民…检查。): one story, not two institutions' news.
        return None
    if all(_DIRECTORY_LINE.match(lines[i].text.strip()) for i in idx):
        return None  # a directory of the units' hours and phones, one line each
    # A headline on its own line right above each lead (an e-paper's briefs: a bold headline, then
    # 本报讯…某某医院…) heads that section: it goes with it, as its title, not with the one before.
    heads = {i: lines[i - 1].text.strip() for i in idx if i > 0 and _brief_headline(lines[i - 1].text) and not leads[i - 1]}
    if len(heads) < 2 or len(heads) < len(idx) - 1:
        heads = {}
    sections: list[Section] = []
    others: list[tuple[int, int]] = []
    for k, i in enumerate(idx):
        last = idx[k + 1] - 1 if k + 1 < len(idx) else i
        if k + 1 < len(idx) and idx[k + 1] in heads:
            last -= 1
        if k + 1 == len(idx):
            # After the last lead only paragraphs that refer back to it belong to it.
            names = [*leads[i], *(f for n in leads[i] for f in finder.short_forms(n))]
            while last + 1 < len(lines) and (
                _BACK_REFERENCE.search(lines[last + 1].text) or any(n in lines[last + 1].text for n in names)
                or _OWN_START.match(lines[last + 1].text)  # (医院还为…: the institution goes on)
                # (…or its people and its day go on: 分院医生对…, 一天下来,医生们…)
                or (_GOES_ON.match(lines[last + 1].text) and not _closing(lines[last + 1].text, names, []))
            ):
                last += 1
            if last + 1 < len(lines):
                others.append((lines[last + 1].start, lines[-1].end))
        start, end = lines[i].start, lines[last].end
        if i in heads:
            head = lines[i - 1]
            sections.append(Section(head.start, end, leads[i], heads[i].strip("*_ \t"), start, (head.start, head.end)))
        else:
            sections.append(Section(start, end, leads[i], None, start))
    first = idx[0] - 1 if idx[0] in heads else idx[0]
    intro = (lines[0].start, lines[first - 1].end) if first > 0 else None
    return Roundup("paragraph_led", sections, intro, others)


# A quotation alone on its line, its speaker after a dash or not (“……”, “……”——院长 某某): in a
# roundup of interviews with several institutions' heads it opens each one's section, and the
# paragraph under it names the institution in its first sentence (这是某某医院院长……的一句话).
_QUOTE_LINE = deferred(r"[“「][^“”「」\n]{4,150}[”」][。！？!?]?[ \t]*(?:(?:——|—|--)[ \t]*[^\n，。,；;]{1,24})?")
QUOTE_LED_MIN_SECTIONS = 3
# A paragraph's opening quotation, with what ends it, before the speaker's institution.
_QUOTE_OPENING = deferred(r"[“「][^“”「」\n]{4,150}[”」][。！？!?，,]?[ \t]*")
QUOTE_NAME_REACH = 40
QUOTE_CLAUSE_CHARS = 12


def _quote_led(text: str, finder: NameFinder, lines: list[_Line]) -> Roundup | None:
    """Sections that each open with a quotation on its own line, the paragraph under it naming one
    institution (a different one each time) in its first sentence. A quotation whose next paragraph
    names none (a patient's words) stays in the section it stands in."""
    if ("“" not in text and "「" not in text) or _FIRST_PERSON.search(text):
        return None
    idx: list[int] = []
    leads: list[list[str]] = [[] for _ in lines]
    seen: dict[str, str] = {}
    for i in range(len(lines)):
        line = lines[i].text.strip()
        if _QUOTE_LINE.fullmatch(line) and i + 1 < len(lines):
            after = lines[i + 1].text.strip()
            stop = _SENTENCE_PUNCT.search(after)
            names = finder.find_all(after[: stop.end()] if stop else after)
        elif (opening := _QUOTE_OPENING.match(line)) is not None:
            # …or a paragraph that opens with the quotation, its speaker's institution right after it
            # (“人才是根本。”某某医院院长某某说,…)
            after = line[opening.end() :]
            # (right after it, or after a short clause: “…。”谈到人才工作,某某医院院长…)
            names = [
                n for n in finder.find_all(after[:QUOTE_NAME_REACH])
                if n.start == 0 or (n.start <= QUOTE_CLAUSE_CHARS and after[n.start - 1] in "，,")
            ][:1]
        else:
            continue
        if not names:
            continue
        name = seen.get(names[0].name, names[0].name)
        if name in seen.values():
            return None  # one institution quoted twice: an interview of its own, not a roundup
        seen.update((short, name) for short in finder.short_forms(name))
        seen[name] = name
        idx.append(i)
        leads[i] = [name]
    if len(idx) < QUOTE_LED_MIN_SECTIONS or _one_story(finder, lines, leads, idx):
        return None
    every = [[leads[i][0], *finder.short_forms(leads[i][0])] for i in idx]
    sections: list[Section] = []
    others: list[tuple[int, int]] = []
    for k, i in enumerate(idx):
        last = idx[k + 1] - 1 if k + 1 < len(idx) else len(lines) - 1
        if k + 1 == len(idx):
            # The roundup's closing words after the last section belong to no institution.
            texts = [ln.text for ln in lines[i : last + 1]]
            cut = _closing_cut(texts, 2, lambda _k: every[-1], every)
            if cut is not None:
                others.append((lines[i + cut].start, lines[last].end))
                last = i + cut - 1
        sections.append(Section(lines[i].start, lines[last].end, leads[i], None, lines[i].start))
    intro = (lines[0].start, lines[idx[0] - 1].end) if idx[0] > 0 else None
    return Roundup("quote_led", sections, intro, others)


# An item's credit closing its last paragraph: the institution that sent it (…以内。(某某市人民医院供稿),
# (供稿:某某县中医院), (来源:某某卫生院)).
_ITEM_CREDIT = deferred(
    r"[(（][ \t]*(?:(?:供稿|供稿单位|来源|稿源)[ \t]*[:：][ \t]*(?P<after>[^()（）:：]{4,30}?)"
    r"|(?P<before>[^()（）:：]{4,30}?)[ \t]*(?:供稿|供图|供稿供图|提供))[ \t]*[)）][ \t]*$"
)
# An item's heading over its paragraph: a short line, no sentence.
_ITEM_HEADING_MAX_CHARS = 30


def _credit_led(text: str, finder: NameFinder, lines: list[_Line]) -> Roundup | None:
    """Items that each close with the institution that sent it in brackets, a different one each
    time (`“一站式”结算让贫困患者少跑腿` / `今年以来,医院…。(某某市人民医院供稿)`): what stands
    between one credit and the next is the next institution's item, a heading over it its title."""
    if "供" not in text and "来源" not in text and "稿源" not in text:
        return None
    idx: list[int] = []
    names: list[str] = []
    for i, ln in enumerate(lines):
        m = _ITEM_CREDIT.search(ln.text.rstrip())
        if m is None or not _SENTENCE_PUNCT.search(ln.text[: m.start()]):
            continue  # (a credit alone on its line, or after a caption, closes no item's paragraph)
        unit = (m["after"] or m["before"]).strip()
        found = finder.match_at(unit, 0)
        if found is None or found.end != len(unit):
            continue
        if found.name in names:
            return None  # one institution's two items: one story's parts, not a roundup
        idx.append(i)
        names.append(found.name)
    if len(idx) < 2:
        return None

    def heading(i: int) -> bool:
        t = lines[i].text.strip()
        return 0 < len(t) <= _ITEM_HEADING_MAX_CHARS and not _SENTENCE_PUNCT.search(t)

    sections: list[Section] = []
    first = idx[0] - 1 if idx[0] > 0 and heading(idx[0] - 1) else idx[0]
    for k, i in enumerate(idx):
        start = first if k == 0 else idx[k - 1] + 1
        if k > 0 and i - start > ITEM_MAX_LINES:
            return None  # (a long stretch before a credit: the article's parts, one credit among them)
        titled = start < i and heading(start)
        body = lines[start + 1].start if titled else lines[start].start
        sections.append(Section(
            lines[start].start, lines[i].end, [names[k]], lines[start].text.strip() if titled else None, body,
            (lines[start].start, lines[start].end) if titled else None,
        ))
    intro = (lines[0].start, lines[first - 1].end) if first > 0 else None
    others = [(lines[idx[-1] + 1].start, lines[-1].end)] if idx[-1] + 1 < len(lines) else []
    return Roundup("credit_led", sections, intro, others)


# An item between two credits, at most: its heading and a few paragraphs.
ITEM_MAX_LINES = 6


def _brief_headline(text: str) -> bool:
    """A brief's headline alone on its line (bold or not): short, no sentence punctuation."""
    t = text.strip()
    if t.startswith("**") and t.endswith("**"):
        t = t[2:-2].strip()
    return 4 <= len(t) <= 30 and _is_heading_line(t) and not t.endswith(("：", ":"))


# In a paragraph that names all the leading institutions: they act together (one story), or each
# on its own (an introduction to their sections).
_TOGETHER = deferred("联合|共同|携手|联手|合作|签约|签订|协作|一同|一起|对口|帮扶|结对|共建|联办|合办|牵头")
_EACH = deferred("各自|分别|纷纷|各具特色|各有")
# An introduction to talks at one meeting (本次论坛邀请了5家医院的专家作专题报告): the paragraphs
# after it, each opening with a hospital's expert, are that meeting's, not the hospitals' news.
_TALKS = deferred(
    r"(?:论坛|研讨会|学术会|年会|培训班|交流会|座谈会|推进会|现场会|讲座)[^。！？!?]{0,40}?(?:专家|代表)[^。！？!?]{0,12}?"
    r"(?:作|进行)了?[^。！？!?]{0,8}?(?:报告|发言|授课|交流|讲座)"
)


# A patient handed on from one institution to the next (接到预警后, 转运至, 送往, 会诊请求): the
# section takes over from the one before, however it names it (县医院 for 某某县人民医院).
_HANDED_ON = deferred(
    r"转运|转至|转往|转送|会诊请求|接到[^。，,]{0,6}预警"
    r"|(?:患者|病人|伤者|伤员|孕妇|产妇|患儿|老人)[^。，,]{0,8}(?:送往|送至|送到|转到|转来)"
)


# A speaker's talk at a meeting, told in the sentence that names their hospital.
_GAVE_TALK = deferred(r"^[^。！？!?]{2,40}?(?:作|做)了?(?:题为|主题为)?[“《][^”》]{2,40}[”》]的?(?:专题|主题|学术|大会)?(?:报告|发言|讲座|授课|演讲)")


# A story told institution by institution (a patient's way, a drill's teams) has a few of them;
# a longer run of sections is a roundup whatever they say of each other.
ONE_STORY_MAX_SECTIONS = 6


def _each_takes_over(
    finder: NameFinder, lines: list[_Line], leads: list[list[str]], idx: list[int], firsts: list[str],
    names: Callable[[str, str], bool],
) -> bool:
    """Whether every section after the first speaks, as it opens (its lead paragraph and the one
    after it, not a paragraph naming several of them such as a tally of the day), of an earlier
    section's institution or of a place only that one has."""
    earlier: dict[str, list[str]] = {}
    first = leads[idx[0]][0]
    earlier[first] = finder.places(first)
    for k, i in enumerate(idx[1:], start=1):
        own = leads[i][0]
        stop = idx[k + 1] if k + 1 < len(idx) else len(lines)
        paras = [ln.text for ln in lines[i : min(i + 2, stop)]]
        text = "".join(t for t in paras if t is paras[0] or sum(names(n, t) for n in firsts) < 2)
        if _HANDED_ON.search(text) is None and not any(
            n != own and (names(n, text) or any(len(p) >= 3 and p not in own and p in text for p in places))
            for n, places in earlier.items()
        ):
            return False
        earlier.setdefault(own, finder.places(own))
    return True


# A hospital named by its level alone, as a story names its county's or city's people's hospital again.
_LEVEL_HOSPITALS = frozenset({"县医院", "市医院", "区医院"})


# An official named by their post, going somewhere (县长某某带队, 副市长某某一行到…), and what such a tour is.
_VISITOR = deferred(
    r"(?:书记|县长|市长|区长|省长|州长|局长|主任|院长|厅长|部长|主席|委员|同志)[、，,]?(?P<name>[\u3400-\u4dbf\u4e00-\u9fff]{2,3}?)"
    r"(?:同志)?[ \t]*(?:带队|一行|率队|率领|带领|来到|深入|前往|先后|实地|莅临|专程|到)"
)
_TOUR_VERB = deferred(r"调研|视察|督导|检查|走访|考察|慰问|暗访|察看|督查")


def _one_story(finder: NameFinder, lines: list[_Line], leads: list[list[str]], idx: list[int]) -> bool:
    """Whether paragraphs that open with institutions tell one story of all of them: the first
    section already names every other leading institution (a patient sent from a clinic to the
    county hospital, a hospital's history under its former name); every later section speaks of
    an earlier one as it opens (the hospital that takes the patient over, a drill's next team);
    or a paragraph before them names them all acting together (a joint free clinic, a signing),
    not each on its own; or an official's tour the opening tells of (`_VISITOR`) takes them in turn,
    the official in every one of them."""
    firsts = list(dict.fromkeys(leads[i][0] for i in idx))
    if len(firsts) < 2:
        return False

    def names(n: str, text: str) -> bool:
        # (`县医院` is how a story names the 某某县人民医院 it named in full before)
        return (
            n in text or any(short in text for short in finder.short_forms(n))
            or (n in _LEVEL_HOSPITALS and f"{n[0]}人民医院" in text)
        )

    first_end = idx[1] if len(idx) > 1 else len(lines)
    section = "".join(ln.text for ln in lines[idx[0] : first_end])
    if all(names(n, section) for n in firsts[1:]):
        return True
    if len(idx) <= ONE_STORY_MAX_SECTIONS and _each_takes_over(finder, lines, leads, idx, firsts, names):
        return True
    if all(_GAVE_TALK.search(lines[i].text) for i in idx):
        return True  # each lead is a speaker's talk at one meeting (某某医院院长某某作了题为《…》的报告)
    # (an official's tour of them: 县长某某带队调研…, then each stop with the official in it)
    visitors = {m["name"] for ln in lines[: idx[0]] if _TOUR_VERB.search(ln.text) for m in _VISITOR.finditer(ln.text)}
    if any(all(v in lines[i].text for i in idx) for v in visitors):
        return True
    # (named in full, or by the place only each has: 与青石镇、沙湾镇、凤凰山乡三家卫生院签订帮扶协议)
    places = {n: finder.places(n) for n in firsts}
    own_places = {n: [p for p in places[n] if len(p) >= 2 and not any(p in places[o] for o in firsts if o != n)] for n in firsts}
    return any(
        (
            all(n in ln.text or any(p in ln.text for p in own_places[n]) for n in firsts)
            and _TOGETHER.search(ln.text) is not None and _EACH.search(ln.text) is None
        )
        or _TALKS.search(ln.text) is not None
        for ln in lines[: idx[0]]
    )


def theme_headline(heading: str) -> str:
    """A theme heading's words without its number (`01 党建引领` -> `党建引领`)."""
    m = _THEME.fullmatch(heading.strip())
    return m.group(2).strip() if m else heading.strip()


def _themed(text: str, finder: NameFinder, lines: list[_Line], memo: LineMemo | None = None) -> Roundup | None:
    theme_idx = [i for i, ln in enumerate(lines) if (m := _THEME.fullmatch(ln.text.strip())) and _is_heading_line(m.group(2))]
    if len(theme_idx) < 2:
        return None
    leads = _paragraph_leads(finder, lines, need_date=False, memo=memo)
    # Institutions that open a paragraph as its subject: a partner named second in a joint lead
    # (`A与B合作开设…`) shares that paragraph only when it has paragraphs of its own.
    subjects = {names[0] for names in leads if names}
    owner: list[list[str]] = [[] for _ in lines]
    themes: list[tuple[int, int, str]] = []
    for k, t in enumerate(theme_idx):
        stop = theme_idx[k + 1] if k + 1 < len(theme_idx) else len(lines)
        current: list[str] = []
        for i in range(t + 1, stop):
            if leads[i]:
                current = [n for n in leads[i] if n in subjects]
            owner[i] = list(current)
        themes.append((lines[t].start, lines[stop - 1].end, lines[t].text.strip()))
    order: list[str] = []
    for names in owner:
        for n in names:
            if n not in order:
                order.append(n)
    if _distinct(leads[theme_idx[0] + 1 :]) < 2:
        return None
    # The roundup's closing words at the end of the last theme belong to no institution.
    every = [[n, *finder.short_forms(n)] for n in order]
    cut = _closing_cut(
        [ln.text for ln in lines], theme_idx[-1] + 2,
        lambda k: every[order.index(owner[k][0])] if owner[k] and not leads[k] else None, every,
    )
    if cut is not None:
        for i in range(cut, len(lines)):
            owner[i] = []
    sections: list[Section] = []
    for name in order:
        paras = [(lines[i].start, lines[i].end) for i in range(len(lines)) if name in owner[i]]
        sections.append(Section(paras[0][0], paras[-1][1], [name], None, paras[0][0], None, paras))
    t0 = theme_idx[0]
    intro = (lines[0].start, lines[t0 - 1].end) if t0 > 0 else None
    # A theme's own introduction (paragraphs before its first lead) belongs to no institution:
    # each becomes a record of kind `other`.
    others = [(lines[i].start, lines[i].end) for i in range(t0 + 1, len(lines)) if not owner[i] and i not in theme_idx]
    return Roundup("themed", sections, intro, others, themes)


def find_roundup(text: str, finder: NameFinder | None = None) -> Roundup | None:
    """The roundup structure of `text`, or None when it is not a roundup (fewer than two institutions)."""
    return _find_roundup(text, finder or default_finder(), _lines(text))


def roundup_of(doc: Document, finder: NameFinder | None = None) -> Roundup | None:
    """`find_roundup(doc.text, finder)`, worked out once per text of the document.

    The repeats stage groups paragraphs by section and the segment stage splits by them: when
    repeats removed nothing, segment reads the roundup repeats found. Callers must not modify
    the returned structure.
    """
    finder = finder or default_finder()
    view = doc.view()

    def compute(text: str) -> Roundup | None:
        lines = [_Line(p.start, p.start + len(p.text), p.text) for p in view.paragraphs]
        # How each line reads is kept by its text for the document's next text (after repeats
        # removed a few lines, segment asks again).
        return _find_roundup(text, finder, lines, view.line_memo(("roundup", finder)))

    return view.memo(("roundup", finder), compute)


# A short name the article declares for an institution (某某县人民医院(以下简称县医院)).
_DECLARED_SHORT = deferred(r"[（(][ \t]*(?:以下)?(?:简称|下称)[ \t]*[“\"「]?(?P<short>[\u3400-\u4dbf\u4e00-\u9fff]{2,8})[”\"」]?[ \t]*[）)]")
DECLARED_REACH = 40  # characters before the bracket where the full name ends


def _declared_shorts(text: str, finder: NameFinder) -> tuple[tuple[str, str], ...]:
    """(short, full) for each short name the text declares right after an institution's name."""
    out: dict[str, str] = {}
    for m in _DECLARED_SHORT.finditer(text):
        before = text[max(0, m.start() - DECLARED_REACH) : m.start()]
        names = [n for n in finder.find_all(before) if n.end == len(before)]
        if names and names[-1].name != m["short"]:
            out.setdefault(m["short"], names[-1].name)
    return tuple(sorted(out.items()))


# A short name alone on a heading line (市一院, 市妇保院, 市精卫中心): local news heads each section with
# the short name of an institution its opening paragraph named in full.
_SHORT_HEADING = deferred(r"[市县区州旗][\u3400-\u4dbf\u4e00-\u9fff]{1,5}(?:院|中心|所|站)")


# A township alone on a heading line (石门镇, 杨柳乡, 城南街道): its health centre, which the paragraph
# under it names, is the section's institution.
_PLACE_HEADING = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]{1,4}(?:镇|乡|街道)")


def _implied_shorts(text: str, lines: list[_Line], finder: NameFinder) -> tuple[tuple[str, str], ...]:
    """(short, full) for heading lines that stand for an institution: a short name whose characters
    spell, in order and from the level of its place on, exactly one institution the text named
    before the first of them; a township whose one institution the paragraph under it names."""
    out: dict[str, str] = {}
    heads = [k for k, ln in enumerate(lines) if len(ln.text.strip()) <= 6 and _SHORT_HEADING.fullmatch(ln.text.strip())]
    if len(heads) >= 2:
        fulls = list(dict.fromkeys(n.name for n in finder.find_all(text[: lines[heads[0]].start])))
        for k in heads:
            short = lines[k].text.strip()
            spelt = [full for full in fulls if full != short and full[-1] == short[-1] and _spells(short, full)]
            if len(spelt) == 1:
                out.setdefault(short, spelt[0])
    towns = [k for k, ln in enumerate(lines[:-1]) if len(ln.text.strip()) <= 6 and _PLACE_HEADING.fullmatch(ln.text.strip())]
    if len(towns) >= 2:
        for k in towns:
            town = lines[k].text.strip()
            named = list(dict.fromkeys(n.name for n in finder.find_all(lines[k + 1].text) if town in n.name))
            if len(named) == 1:
                out.setdefault(town, named[0])
    return tuple(sorted(out.items())) if len(out) >= 2 else ()


def _spells(short: str, full: str) -> bool:
    """Whether `short`'s characters stand in `full` in order, its first at the level of `full`'s place."""
    pos = full.find(short[0])
    if pos < 0:
        return False
    for ch in short[1:]:
        pos = full.find(ch, pos + 1)
        if pos < 0:
            return False
    return True


class _ShortNames:
    """A finder that also knows the short names a text declares (`_declared_shorts`): a heading or
    a lead that opens with one names the full institution (its `Name` spans the short name in the
    text and gives the full one)."""

    def __init__(self, base: NameFinder, shorts: tuple[tuple[str, str], ...]) -> None:
        self._base = base
        self._shorts = sorted(shorts, key=lambda p: -len(p[0]))

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._base, attr)

    def match_at(self, text: str, pos: int = 0, *, proper: bool = True) -> Name | None:
        for short, full in self._shorts:
            if text.startswith(short, pos):
                return Name(pos, pos + len(short), full)
        return self._base.match_at(text, pos, proper=proper)


@functools.lru_cache(maxsize=64)
def _with_shorts(base: NameFinder, shorts: tuple[tuple[str, str], ...]) -> NameFinder:
    return cast(NameFinder, _ShortNames(base, shorts))


# A reporter's tour announced in the story (记者走访了区内三家医疗机构, 记者实地探访了几家医院) and the
# reporter moving on from one stop to the next (记者随后来到…, 记者最后走进…).
_REPORTER_TOUR = deferred(
    r"记者[^。！？\n]{0,12}?(?:走访|探访|实地走访|实地探访|实地调查|暗访|蹲守)了?[^。！？\n]{0,20}?(?:[两三四五六七八九十几多数]|\d{1,2})[家个所座]"
)
_REPORTER_MOVES = deferred(r"记者(?:随后|接着|最后|又|再|还|先后)(?:来到|走进|走访|赶到|前往|探访)")


# An official notice's own words (特此通知, 现将有关事项通知如下): the units it addresses or lists are
# its items, never a roundup of their news.
_NOTICE_WORDS = deferred(r"特此(?:通知|公告|通告|函告)|现[将就][^。\n]{0,20}(?:通知|明确|公布|公告)如下")


# A doctor's card on a consultation page: the name and title over the workplace, what they treat
# under it (郑某某 主治医师 / 某某医院 消化内科 / 擅长:…).
_DOCTOR_TITLE_LINE = deferred(
    r"^\s*[\u3400-\u4dbf\u4e00-\u9fff]{2,4}[ \t\u3000]*(?:主任医师|副主任医师|主治医师|住院医师|医师|主管药师|药师|主管护师|护师|副教授|教授)\s*$"
)
_DOCTOR_FIELD_LINE = deferred(r"^\s*(?:擅长|专长|职称|医生职称)\s*[:：]")


def _doctor_card(lines: list[_Line], i: int) -> bool:
    """Whether line i, naming an institution, is the workplace on a doctor's card."""
    return (i > 0 and _DOCTOR_TITLE_LINE.match(lines[i - 1].text) is not None) or (
        i + 1 < len(lines) and _DOCTOR_FIELD_LINE.match(lines[i + 1].text) is not None
    )


def _stray_name_lines(
    finder: NameFinder, lines: list[_Line], named: list[tuple[int, _Candidate | None]], marks: list[tuple[int, _Candidate | None]],
) -> list[tuple[int, _Candidate | None]]:
    """The lines that are only an institution's name among a roundup headed in another form
    (`某某镇卫生院` between `■ 某某医院 …` and `某某中医院:…`): each heads a section of its own when
    the paragraph right under it is about it (names it, or 该院), and it is none of the others'."""
    taken = {i for i, _ in marks}
    known = {n for _, c in marks if c is not None for n in c.institutions}
    out: list[tuple[int, _Candidate | None]] = []
    for i, cand in named:
        if cand is None or i in taken or i + 1 >= len(lines) or cand.institutions[0] in known:
            continue
        under = lines[i + 1].text
        name = cand.institutions[0]
        if _SENTENCE_PUNCT.search(under) and (
            any(n in under for n in (name, *finder.short_forms(name))) or _BACK_REFERENCE.search(under)
        ):
            out.append((i, cand))
            known.add(name)
    return out


# Who at an institution speaks or acts after its name (某某卫生院院长…, …医务人员): a person's part in the
# section's story, no section of that institution's own.
_ITS_PEOPLE = deferred(r"[\u4e00-\u9fff]{0,6}?(?:院长|书记|主任|负责人|医生|专家|护士|工作人员|职工|医务人员|医护人员|党委|党支部|团委|工会|志愿者|医生团队|专家团队)")


def _split_led_paragraphs(finder: NameFinder, text: str, lines: list[_Line], r: Roundup) -> None:
    """Split off, from a roundup's headed sections, a paragraph with no heading that opens with
    another institution doing its own part (`某某乡卫生院则把义诊送进了…` under `■ 某某县人民医院 …`):
    long enough to be no caption, of an institution the section has not named before it and the
    paragraph does not name the section's own; each such paragraph starts that institution's section."""
    out: list[Section] = []
    # (an institution that heads a section of its own elsewhere: its paragraph here is misplaced, the
    # segment stage's `misplaced_paragraph`, not a section of its own)
    headed = {n for sec in r.sections for name in sec.institutions for n in (name, *finder.short_forms(name))}
    for sec in r.sections:
        own = {n for name in sec.institutions for n in (name, *finder.short_forms(name))}
        cut = sec
        for ln in lines:
            if ln.start <= cut.body_start or ln.start >= cut.end:
                continue
            s = ln.text.strip()
            if len(s) < UNDATED_LEAD_MIN_CHARS or not _SENTENCE_PUNCT.search(s):
                continue
            names = _cached_lead(finder, s, False)
            if not names or not s.startswith(names[0]) or names[0] in own or any(n in s for n in own):
                continue
            if _ITS_PEOPLE.match(s, len(names[0])) or names[0] in text[sec.start : ln.start]:
                continue
            # (…or named without its city, `某中人民医院` of `某州市某中人民医院`)
            if any(names[0] in o or o in names[0] for o in own) or any(h.endswith(names[0]) for h in headed):
                continue
            head_end = _trim_end(text, cut.start, ln.start)
            out.append(Section(cut.start, head_end, cut.institutions, cut.title, cut.body_start, cut.heading, cut.paragraphs))
            cut = Section(ln.start, cut.end, [names[0]], None, ln.start)
            own = {names[0], *finder.short_forms(names[0])}
        out.append(cut)
    r.sections = out


def _find_roundup(text: str, finder: NameFinder, lines: list[_Line], memo: LineMemo | None = None) -> Roundup | None:
    if len(lines) < 2 or (("特此" in text or "如下" in text) and _NOTICE_WORDS.search(text)):
        return None
    if "记者" in text and _REPORTER_TOUR.search(text) is not None and len(_REPORTER_MOVES.findall(text)) >= 1:
        # One reporter's tour of several institutions (记者走访了区内三家医疗机构 … 记者最后来到…): the
        # stops are parts of one story, however each is headed.
        return None
    shorts = _declared_shorts(text, finder) if ("简称" in text or "下称" in text) else ()
    shorts = shorts or _implied_shorts(text, lines, finder)
    if shorts:
        # (how lines read changes with the names: the document's memo is for the plain finder)
        finder, memo = _with_shorts(finder, shorts), None
    forms = _heading_candidates(finder, lines, memo)
    order = sorted((f for f in forms if f.startswith("markdown_")), key=lambda f: int(f.split("_")[1]))
    order += ["bracket", "bold", *(name for name, _ in _NUMBERED), "plain", "name_line", "headline_line", "question", "unit_field"]
    for form in order:
        marks = forms.get(form)
        if not marks:
            continue
        if form == "name_line" and len(marks) > 2 and _site_owner_banner(lines, marks):
            marks = marks[1:]  # (the page's owner over its first paragraph: `某某县卫生局` / the story of its 卫生所)
        cands = [c for _, c in marks if c is not None]
        if len(cands) < 2 or _distinct([c.institutions for c in cands]) < 2:
            continue
        if form == "name_line" and not _name_lines_hold(finder, lines, marks):
            continue
        if form == "headline_line" and not _headline_lines_hold(lines, marks):
            continue
        if sum(_doctor_card(lines, c.line) for c in cands) * 2 > len(cands):
            continue  # the workplaces on the cards of the doctors who answered one question: one page
        if form == "question" and (
            len({c.institutions[0] for c in cands}) != len(cands) or any(c is None for _, c in marks)
        ):
            continue  # (one institution asked about twice, or questions of no institution: one interview)
        if _UNITS_NOTICE.search(text, 0, lines[cands[0].line].start):
            return None
        if form.startswith("numbered") and all(c.heading_len == 0 for c in cands) and (
            sum(len(lines[c.line].text.strip()) < UNDATED_LEAD_MIN_CHARS for c in cands) >= LIST_SHORT_SHARE * len(cands)
        ) and not all(b.line - a.line > 1 for a, b in zip(cands, cands[1:], strict=False)):
            # short numbered sentences are a list's items (1.某某医院5名;), not sections (one of
            # five may run a little longer: 十佳 lists); each with its paragraphs under it, they are
            # a digest's items (1. 某某医院:完成…。 / 该院…)
            continue
        if sum(1 for i, c in marks if c is None and i < cands[0].line) >= len(cands):
            # As many headings of the form before the first that names an institution (一、专科建设,
            # 二、便民服务, 三、某某医院专家常驻帮扶): one article's outline, a partner in one of its parts.
            continue
        if form.startswith("markdown_"):
            # A heading of a higher level (## 02 送医下乡 above ### sections) ends a section too.
            level = int(form.split("_")[1])
            higher: list[tuple[int, _Candidate | None]] = [
                (i, None) for f, ms in forms.items() if f.startswith("markdown_") and int(f[9:]) < level for i, _ in ms
            ]
            marks = sorted(marks + higher, key=lambda m: m[0])
        if form in ("plain", "bracket", "bold") and forms.get("name_line"):
            marks = sorted(marks + _stray_name_lines(finder, lines, forms["name_line"], marks), key=lambda m: m[0])
        r = _from_headings(finder, text, lines, form, marks)
        if form in ("plain", "bracket", "bold", "name_line"):
            _split_led_paragraphs(finder, text, lines, r)
        if any(s.body_start >= s.end for s in r.sections):
            # A heading with nothing under it (a contact list, a table of names) is not a section;
            # splitting would leave a record without text.
            return None
        if all(_directory_entry(text[s.body_start : s.end], s is r.sections[-1]) for s in r.sections):
            return None  # under each name only its address, hours and phone: a directory
        return None if _ranking(text, r) else r
    memo = {} if memo is None else memo
    found = (
        _themed(text, finder, lines, memo) or _paragraph_led(text, finder, lines, memo) or _quote_led(text, finder, lines)
        or _credit_led(text, finder, lines)
    )
    return None if found is not None and _ranking(text, found) else found


# A ranking's or a list's headline (某市眼科医院排行榜, 前十名, 哪家好) and its lead's words: its entries
# are one page's items, however each is headed. (In a lead's sentence `名单` or `排名` may be the
# news of a roundup: 公布了第二批老年友善医院名单, and its sections the units on it.)
RANKING_HEADLINE = recode.compile(r"排行榜|排名|排行|名单|哪家好|哪家强|前十名|前十强|十强|百强|推荐(?:的)?(?:医院|医生|机构|科室)")
RANKING_LEAD = recode.compile(r"排行榜|哪家好|哪家强|前十名|前十强")
RANKING_HEADLINE_CHARS = 40


# A headline telling of one institution's tour of the places its sections are headed by (某某医院专家团队
# 走进三个乡镇卫生院巡回义诊): its stops, not a roundup of those places' news.
TOUR_HEADLINE = deferred(
    r"(?:走进|深入|来到|走访|下沉|送医到|进驻|巡回到|赴)[^\s，,。]{0,4}?(?:[一二三四五六七八九十两\d]{1,3}个|多个|多家|各|全县|全市|全区|辖区)"
    r"[^\s，,。]{0,4}?(?:乡镇卫生院|卫生院|村卫生室|社区卫生服务中心|社区|乡镇|村|基层医疗机构|基层)"
)


def tour_headline(finder: NameFinder, line: str) -> bool:
    """Whether a headline tells of one institution touring several places (`TOUR_HEADLINE`), the
    institution opening it."""
    return TOUR_HEADLINE.search(line) is not None and len(lead_names(finder, line)) == 1


def ranking_headline(line: str, sections: int = 0) -> bool:
    """Whether a headline calls its page a ranking or a list (某市眼科医院排行榜). Given the
    roundup's `sections`, a headline whose only such word is 名单 and that counts the institutions
    as many (我市4家医疗机构公示…准入名单) is none: each section is an institution's own list."""
    if len(line.strip()) > RANKING_HEADLINE_CHARS or not (words := RANKING_HEADLINE.findall(line)):
        return False
    return not (
        sections and all(w == "名单" for w in words)
        and any(_count_of(m.group(1)) == sections for m in _COUNTED_UNITS.finditer(line))
    )


def _ranking(text: str, r: Roundup) -> bool:
    """Whether the text above a roundup's first section calls the page a ranking or a list."""
    above = text[: r.sections[0].start]
    return RANKING_LEAD.search(above) is not None or any(ranking_headline(line, len(r.sections)) for line in above.split("\n"))


def section_spans(text: str) -> list[tuple[int, int]] | None:
    """The [start, end) spans of a roundup's sections in `text`, or None when it is not a roundup.

    The introduction is excluded. For a themed roundup (institutions' paragraphs interleaved
    under theme headings) the spans are the themes. Paragraph duplicates across two spans
    are left to the segment stage (rule `misplaced_paragraph`); inside one span they are repeats.
    """
    return roundup_spans(find_roundup(text))


def roundup_spans(r: Roundup | None) -> list[tuple[int, int]] | None:
    """The spans `section_spans` returns, from a roundup already found."""
    if r is None:
        return None
    if r.form == "themed":
        return [(s, e) for s, e, _ in r.themes]
    return [(s.start, s.end) for s in r.sections]
