"""The block model: a boilerplate score for each line from shallow features of it and its neighbours.

Rules remove what they can spell; the block model removes what they cannot: menu words,
teaser headlines and link lists of a site nobody wrote a rule for. In the spirit of
boilerpipe's shallow text features and jusText's context-sensitive classification, each
line is described by a few numbers (its length, sentence punctuation, share of Han
characters, digits and dates, hits of a chrome lexicon, its distance from the body of the
article, the run of short lines it stands in …) and a logistic regression fitted on
labelled lines (`bench/fit_block_model.py`) turns them into a probability. A second pass
reads the neighbours' first-pass probabilities too (a short line among menu items is a menu
item, the same line among the article's lines is the article's), and its probability
decides. Lines above the fitted threshold go, each logged under the rule id `block_model`
with the features that pushed its score up the most.

It favours keeping content by construction: it acts only on a document that holds an
article (a line of body text), never removes a body line or a heading, and the threshold
is chosen to lose almost no content characters both on the fitted pages and on pages
scored by weights fitted without them.
"""

from __future__ import annotations

import copy
import functools
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import recode
from ..errors import ConfigError
from ..lazyre import deferred
from ..model import Edit
from ..textview import NOTICE_OPENING, SUMMARY_HEADING, code_runs
from .metadata import DATED_SIGN_OFF, GUIDE_FIELD, SALUTATION, SPEAKER_LINE, _cn_number

if TYPE_CHECKING:
    # numpy is imported when a page is scored, not when the chain is assembled.
    import numpy as np

RULE_ID = "block_model"
MODEL_FILE = "block_model.json"

# A body line: sentence punctuation and some length, or simply long. The model never removes
# one, and a document without one is left alone (it holds no article the model could judge by).
SENTENCE_END = deferred(r"[。！？!?]")
BODY_MIN_CHARS = 20
LONG_LINE_CHARS = 60
EXCLAIM_MAX_CHARS = 16
# Words of a voice speaking (verse, a greeting, a quote): such an exclamation is the article's.
VOICE = deferred(r"[你我您他她咱谨们]|的|了|吧|呢|啊|呀|谢谢|感谢|致敬|祝|点赞|加油|辛苦")
# A long line of words split by spaces (a row of place or department names) is not body text
# unless it has sentence punctuation.
SPACED_SHARE = 0.08
HEADING = deferred(r"^#{1,6}\s")
# Longer lines are left to the rules: a teaser or a menu row is rarely this long, a cut sentence may be.
MAX_CHARS = 25
QUESTION_MIN_CHARS, QUESTION_MAX_CHARS = 8, 60  # a question right under the body (`_own_question`)
SIGNER_MAX_CHARS = 24  # who signs under a letter's closing line
# Lines inside the article with the bullet of a line right above it that make that line its heading.
INNER_BULLETS = 2
NOTICE_REACH = 16  # lines of a notice's contact block and attachment list (two parties' fields and their headings)
NOTICE_HEADING_CHARS = 24  # a numbered heading among them (二、报名方式, 七、如有疑问请按以下方式联系) is at most this long
NOTICE_GAPS = 2  # lines of the notice's own text among its fields (开标时间 over its date and place)
GAP_GROWTH = 10.0
# A line of a list (three or more in a row that open with a bullet or a [tag], or end with a
# date) may be longer: teaser headlines are.
LIST_MAX_CHARS = 50
LIST_RUN = 3
# Two lines or more away from the article's span, a line that is not running text may be
# longer: a site's slogans, a teaser's headline, a footer's contact line. The lines next to the
# span (a title, a caption, a document number, a signature) keep the short limit.
FAR_MAX_CHARS = 60
FAR_FROM_MAIN = 2
# A menu row (many short items side by side) is chrome at any length.
MENU_MAX_CHARS = 160
# A short line with running text this many lines before and after it is verse or a list in the article.
ENCLOSED = 5
# A photo caption: a few Han words (digits and spaces allowed), nothing else.
CAPTION_ONLY = deferred(r"[\u4e00-\u9fff\d ]{2,18}")
NUMBERED = deferred(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]+[章节部分条])")

# A run of photo captions inside the article: short descriptive lines (Han words, no comma,
# colon or space, at most a final full stop) standing together between two body paragraphs,
# or between a paragraph and the end of the page or a roundup's section name, where the
# images were. Verse and list items look alike, so a caption line never holds a pronoun,
# never ends in a particle, never opens with a number or bullet, and a paragraph that
# announces a list (ends in a colon) is never followed by captions.
CAPTION_RUN_LINE = deferred(r"[\u4e00-\u9fffA-Za-z0-9“”\"《》·、]{4,40}。?")
# Spaces are allowed inside quotes only (a quoted slogan); a space elsewhere makes a two-phrase heading.
QUOTED = deferred(r"“[^”]{0,24}”")
CAPTION_RUN_MIN = 2
# Two short lines between paragraphs are as often a heading and its sub-heading (both
# headline-short); a pair counts as captions only when one describes a scene at some length.
CAPTION_PAIR_LONGEST = 16
# ... or when every line of it shows a scene as photos do (义诊现场居民排队咨询 / 专家现场点评), which
# a heading over its sub-heading does not.
CAPTION_SCENE = deferred(r"现场|合影|留影")
# ... and one line alone reads as a photo's when it ends on what a photo shows: a scene, a group
# photo, a poster, an award handed over, an oath (活动现场, 集体合影, 宣传海报, 为…颁奖, 集体宣誓).
SCENE_ALONE = deferred(r"\S{2}(?:现场|合影|留影|照片|海报|掠影|剪影|一角|颁奖|颁证|授牌|授旗|揭牌|授帽仪式|宣誓)$")
CAPTION_MEAN_CHARS = 8
CAPTION_NOT = deferred(r"[你我您咱]|他们|她们|[的了是着吗呢啊吧\d]。?$")
ANNOUNCES_LIST = deferred(r"[:：]$")
# A paragraph that announces the items under it in a sentence (拟认定以下8家企业为…,现予以公示。,
# 名单如下。): the short lines under it are those items, however they read.
ANNOUNCES_ITEMS = deferred(
    r"(?:如下|以下)[^。！？!?]{0,3}?(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?:家|个|名|位|项|所|条|人|支|批|类)"
    r"|(?:如下|以下)[^。，,！？!?]{0,8}?(?:单位|企业|机构|医院|医疗机构|人员|同志|个人|集体|项目|科室|村|社区|学校)"
    r"|如下[。.:：]?$"
)
# A dedication or a note of when it was written, under the last paragraph (——致敬每一位…, —— 写于…).
DEDICATION = deferred(r"^[ \t]*(?:——|—|--)[ \t]*(?:谨?(?:致敬|献给|致|纪念|写给|写于|记于|草于|于)[\u4e00-\u9fff“”\"]|[\u4e00-\u9fff“”\"]{2,}[\u4e00-\u9fff，,“”\" ]*(?:而作|有感|手记))[^。!?！？]{0,30}$")
# Where a reposted report first ran, under its last paragraph (（原载《某某报》2016年9月13日第3版）).
ORIGIN_NOTE = deferred(
    r"^[ \t]*[(（]?[ \t]*(?:原载|原刊|原刊于|原载于|刊载于|刊于|载于|本文原载于?|原文刊于|原文载于|本文刊于)[ \t]*《[^》\n]{1,24}》[^()（）\n]{0,30}[)）]?[ \t]*$"
    # (…where its figures come from: 数据来源:某某县卫生统计信息中心)
    r"|^[ \t]*(?:数据来源|资料来源|统计来源)[ \t]*[:：][ \t]*[^。\n]{2,30}[。.]?[ \t]*$"
    # (…and the day its figures stand at: （数据截至2024年12月）)
    r"|^[ \t]*[(（][ \t]*(?:以上|文中|本文)?(?:数据|统计数据|数字|信息)?(?:均)?截[至止](?:到)?[ \t]*(?:19|20)\d\d[ \t]*年[^()（）\n]{0,12}[)）][ \t]*$"
)
# How far under the last paragraph a writer's sign-off with the day (`metadata.DATED_SIGN_OFF`) stands.
SIGN_OFF_REACH = 2
# A diary's signature: who wrote it where or when (乡医 某某 记于村卫生室, 某某 写于2012年冬夜).
WRITTEN_AT = deferred(r"^[ \t]*(?:[\u4e00-\u9fff]{1,6}[ \t\u3000]+)?[\u4e00-\u9fff]{2,4}[ \t\u3000]*(?:记|写|草|作)于[ \t]*[\u4e00-\u9fff\d]{2,16}[ \t]*$")
COUNT_LINE = deferred(r"^\s*\d[\d,.]*[万wW]?\s*$")
PRINTED_LINE = deferred(r"^[\u4e00-\u9fff（）()]{2,30}[ \t\u3000]*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印[发發]$")
# (or in the years of the Republic of China, as Taiwan's notices sign: 中華民國101年10月5日)
SIGNATURE_DATE = deferred(
    r"^(?:(?:19|20|二〇|二零|二○)[\d〇○零一二三四五六七八九]{2}|(?:中华民国|中華民國|民国|民國)\s*\d{2,3})"
    r"\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日"
    # (a Hong Kong release's date with its weekday: 2023年7月4日（星期二）)
    r"(?:\s*[(（]\s*(?:星期|周|週)[一二三四五六日天]\s*[)）])?"
    # (a letter's: the time of day and where it was written, 2020年2月13日夜于武汉, 2019年5月1日凌晨 写于病房)
    r"(?:\s*(?:凌晨|清晨|早晨|上午|中午|午后|下午|傍晚|晚上|深夜|夜里|夜|晚)?\s*(?:写|记|草|作)?于\s*[\u4e00-\u9fff]{2,12}"
    r"|\s*(?:凌晨|清晨|早晨|上午|中午|午后|下午|傍晚|晚上|深夜|夜里|夜|晚))?$"
)
# A notice's date without its day (2025年1月), under an issuing body's name (see ISSUER).
SIGNATURE_MONTH = deferred(r"^[ \t]*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月[ \t]*$")
ISSUER = deferred(r"^[ \t]*[\u4e00-\u9fff（）()]{4,30}(?:局|委员会|委|办公室|政府|中心|医院|卫生院|学校|学院|大学|协会|学会|公司|集团|厅|部|所|站|队|院)[ \t]*$")
# (both on one line: 某某市卫生健康委员会    2023年5月18日)
ISSUER_DATED = deferred(
    r"^[ \t]*[\u4e00-\u9fff（）()]{2,30}(?:局|委员会|委|办公室|政府|中心|医院|卫生院|学校|学院|大学|协会|学会|公司|集团|厅|部|所|站|队|院)"
    r"[ \t\u3000]+(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t]*$"
)
# A unit's phone in a list of them (投诉电话:0000 3000, 某某科:0000-1234567), chrome word or not.
PHONE_FIELD = deferred(r"^[\u4e00-\u9fff]{2,16}(?:电话|热线)\s*[:：]\s*[\d(（][\d\-()（）\s转]{3,}$")
# (with a note after the number, and letters in the unit's name: NICU探视咨询:0000-8265530(每日15:00-16:00))
UNIT_PHONE = deferred(r"^[\u4e00-\u9fffA-Za-z（）()、]{2,24}[:：]\s*[(（+]?\d[\d\-()（）\s转]{6,}(?:[(（][^()（）\n]{1,16}[)）])?$")
# A notice's contact block and attachment list (and a policy reading's 解读机关:, 起草单位:), right
# under its body: content, where a site's footer has a phone number too but never a person to ask
# or a list of attachments.
NOTICE_FIELD = deferred(
    r"^(?:[\u4e00-\u9fff]{0,4}(?:联\s*系\s*人|联系电话|联系方式|[联聯]\s*[络絡繫]\s*人|[联聯][络絡繫](?:电话|電話|方式)|傳媒查詢|媒体查询)"
    # (a press release's contacts at its end: 投资者关系联系人:…, 媒体联系:…)
    r"|(?:投资者关系|投资者|媒体|新闻媒体)联系(?:人|方式)?|(?:联系|医院|门诊|院区|单位)地址|咨询电话|(?:咨询|联系|受理)(?:单位|部门|科室)|报名电话|监督电话|电子邮箱|邮\s*箱|邮\s*编|传\s*真|地\s*址|电\s*话"
    # a procurement notice's parties (1. 采购人信息 / 名称:某某医院 / 地址:…)
    r"|名\s*称|附\s*件\s*[\d一二三四五六七八九十]{0,2}"
    # …and who buys and who runs the tender (采购人:, 采购代理机构:, 招标代理:)
    r"|(?:采购|招标|比选|询价)(?:人|单位|代理机构|代理|机构)|代理机构"
    # a department's own practical details (门诊位置:…, 科室电话:…, 出诊时间:…)
    r"|(?:门诊|就诊|科室|病区|护士站)(?:位置|地点|电话)|(?:出诊|门诊|就诊)时间"
    r"|解读(?:机关|单位|部门|人)|起草(?:单位|部门|人))\s*[:：]\s*\S"
    r"|^\d{1,2}\s*[.．、]\s*\S"
    # an attachments label over its files (附件: / 1. 某某方案.doc)
    r"|^附\s*件\s*[:：]\s*$"
    # a contact heading of its own (咨询电话), and a unit's phone under it (某某科:0000-1234567)
    r"|^(?:咨询电话|联系电话|联系方式|报名电话|监督电话|咨询方式)\s*[:：]?\s*$"
    r"|" + UNIT_PHONE.pattern
    # where a unit of the department is (内镜中心:医技楼三楼)
    + r"|^[\u4e00-\u9fff]{2,10}[:：]\s*[\u4e00-\u9fff\d]{0,12}(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:楼|层)[\u4e00-\u9fff\d]{0,12}$"
)
# An attachment's heading over its own text (附件 / 附件2, no file named).
ATTACHMENT_HEAD = deferred(r"^附\s*件\s*[\d一二三四五六七八九十]{0,2}\s*[:：]?\s*$")
# An attachments label alone on its line (or a notice's numbered part so headed: 六、附件), and a
# file it lists (1. 某某实施方案.doc, 附件2:某某表.xls).
ATTACHMENTS_LABEL = deferred(r"^(?:[一二三四五六七八九十]{1,3}[、.．]\s*|[(（][一二三四五六七八九十]{1,3}[)）]\s*)?(?:相关)?附\s*件\s*(?:下载|列表|清单)?\s*[:：]?\s*$")
# A sentence ending in the attachments it points to (具体预算数据详见以下附件:).
ATTACHMENTS_POINTED = deferred(r"(?:详见|见|参见|如下|以下)[^。!?\n]{0,8}附\s*件\s*[:：]\s*$")
ATTACHED_FILE = deferred(
    r"^(?:(?:附件\s*)?[\d一二三四五六七八九十]{1,2}\s*[.．、:：]?\s*)?\S.{0,80}\.(?:docx?|xlsx?|pdf|wps|et|pptx?|zip|rar|ofd)\s*$", re.I
)
# A field written with its label in brackets (【科室电话】0000-1234567): read as `label: value`.
# (an old profile's labels padded to one width: 【姓　　名】某某)
BRACKET_FIELD = deferred(r"^【\s*([\u4e00-\u9fff](?:[\u4e00-\u9fff]|[ \u3000]{1,4}(?=[\u4e00-\u9fff])){1,7})\s*】\s*(?=\S)")


def _unbracket(t: str) -> str:
    if t.startswith("#"):
        t = t.lstrip("#").strip()  # (a Markdown export's heading: `## 联系电话`)
    if t.startswith("【"):
        return BRACKET_FIELD.sub(r"\1:", t, count=1)
    if t[:1] in "（(" and t[-1:] in "）)":
        return t[1:-1].strip()  # (a notice's contact in brackets: （联系人:某某 电话:…）)
    return t

# A phone line that names what to call about (咨询电话:…, 服务热线:…, 食品安全投诉举报电话:12315).
# (…with a note after the number: 心理援助热线:0000-3396120(24小时))
_HOTLINE = r"[\u4e00-\u9fff]{0,8}(?:咨询|諮詢|查询|查詢|预约|預約|服务|服務|举报|投诉|監督|监督|报名|值班|急救|急诊|援助|求助|挂号|捐款|捐赠|维权|探视)(?:中心|台|站)?(?:电话|電話|热线|熱線)\s*[:：]\s*[(（]?\d[\d\-()（）\s转]{2,}(?:[(（][^()（）\n]{1,12}[)）])?"
# (one hotline, or several on a line: 急救电话:120  咨询电话:0000-8612345)
HOTLINE = deferred(rf"^{_HOTLINE}(?:(?<=\s){_HOTLINE})*$")
# A phone's heading with its number on the next line (九、监督投诉电话 / 0000-12345): the document's.
PHONE_HEADING = deferred(
    r"^(?:[一二三四五六七八九十]+、|\d+[.、．]|[(（][一二三四五六七八九十\d]+[)）])?\s*[\u4e00-\u9fff]{0,10}(?:电话|热线)\s*[:：]?$"
)
PHONE_VALUE = deferred(r"^[(（]?\d[\d\-()（）\s转xX]{4,}(?:[(（][\u4e00-\u9fff]{1,8}[)）])?$")
# A field of the article's own (周六、周日:上午8:00-12:00 / 急诊:24小时): its fields going on under its last line.
# (its value holds a number: a time, a phone, a date; a commenter's name over words holds none)
FIELD_ROW = deferred(r"^[\u4e00-\u9fff、]{1,8}\s*[:：]\s*\S.*\d")
FIELD_ROW_MAX_CHARS = 60
# The writer's note on who they are ((作者系某某医院心内科副主任医师)).
AUTHOR_NOTE = deferred(r"^\s*[(（]\s*(?:作者|笔者|本文作者)\s*(?:系|为|是|单位[:：]?)[^()（）]{2,40}[)）]\s*$")
# A heading that names a list of people (附:2023年度先进个人名单), and the rows of names under it.
NAMES_HEADING = deferred(r"^(?:附\s*[:：]?\s*)?[^。！？!?]{0,30}(?:名单|名录|人员|获奖者|一览表?)(?:\s*[(（][^()（）]{0,24}[)）])?\s*[:：]?$")
NAME_ROW = deferred(r"^[\u4e00-\u9fff·]{2,4}(?:[ \t\u3000]+[\u4e00-\u9fff（）()、·]{2,16}){0,3}$")
NAMES_MIN = 3
# A programme's row: a time span, then what happens (08:50-09:40 某某报告 某某 教授).
# A party's field in a decision or a ruling (当事人:, 统一社会信用代码:, 法定代表人:, 地址:).
PARTY_FIELD = deferred(
    r"^\s*(?:当事人|被处罚人|被处罚单位|违法主体|申请人|被申请人|统一社会信用代码|社会信用代码|法定代表人|负责人|主要负责人"
    r"|地址|住所|住址|经营场所|执业地址|身份证号码?|医疗机构执业许可证(?:号|登记号)?|营业执照号?|执业证书编码|联系电话|委托代理人)\s*[:：]\s*\S"
)
PARTY_FIRST = deferred(r"^\s*(?:当事人|被处罚人|被处罚单位|违法主体|申请人|被申请人)\s*[:：]")
SCHEDULE_ROW = deferred(
    r"^\s*\d{1,2}[:：]\d{2}\s*[-—–~～至]\s*\d{1,2}[:：]\d{2}[ \t\u3000]+\S"
    # (…or a day, its weekday and the hour a session starts: 10月8日（周六）9:30 孕期营养 授课：某某)
    r"|^\s*\d{1,2}月\d{1,2}日\s*(?:[(（](?:周|星期)[一二三四五六日天][)）])?\s*\d{1,2}[:：]\d{2}(?:\s*[-—–~～至]\s*\d{1,2}[:：]\d{2})?[ \t\u3000]+\S"
)
# A roundup's section heading: a unit, a colon and its headline (某某医院:开通夜间门诊).
UNIT_HEADING = deferred(r"^[\u4e00-\u9fff]{2,20}(?:医院|卫生院|保健院|中心|医学院|疾控中心)\s*[:：]\s*[^。！？!?\s]{2,30}(?:\s[^。！？!?\s]{2,20})?$")
# A transcript's turn over what is said (主持人 某某:), and a press conference's roster label (发布人:).
TURN_LABEL = deferred(r"^\s*(?:主持人|记者|发布人|发言人|嘉宾|主播)[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t]*[:：]\s*$")
SPEAKERS_LABEL = deferred(r"^\s*(?:发布人|发言人|出席嘉宾|发布嘉宾|出席人员|出席领导|访谈嘉宾)\s*[:：]\s*$")
# A bracketed field of a document (【成份】…, 【批准文号】…): five or more on a page, all different,
# three of them long labels, make a leaflet.
LEAFLET_FIELD = deferred(r"^[【\[][\u4e00-\u9fff](?:[\u4e00-\u9fff]|[ \u3000]{1,4}(?=[\u4e00-\u9fff])){1,7}[】\]]")
LEAFLET_FIELDS_MIN = 5
# A digest item's headline under its bulleted institution: at most this long.
ITEM_HEADLINE_MAX_CHARS = 30
PADDED_FIELDS_MIN = 3
LEAFLET_LONG_LABEL = 4
LEAFLET_LONG_LABELS = 3
# A table's heading above its first row (门诊时间), and a label's row (通用名称:…, 门诊地点:…).
TABLE_HEADING = deferred(r"^[\u4e00-\u9fff]{2,10}[:：]?$")
LABEL_ROW = deferred(r"^[\u4e00-\u9fff]{2,8}\s*[:：]\s*\S")
# A profile's heading right above its first paragraph (科室简介, 医院概况): the page's own section.
# Questions and answers written out (问:什么是…? / 答:…), two of each at least.
QA_ASK = deferred(r"^\s*(?:问|提问|Q)\s*\d{0,2}\s*[:：]")
QA_ANSWER = deferred(r"^\s*(?:答|回答|A)\s*\d{0,2}\s*[:：]")
QA_MIN = 2
PROFILE_HEADING = deferred(r"^(?:\d{1,2}(?:\.\d{1,2})?[ \t.、]*)?【?[\u4e00-\u9fff]{0,6}(?:简介|概况|介绍|概述)】?[:：]?$")
# A person to ask, by name (联系人:某某): a notice's, never a site footer's.
CONTACT_PERSON = deferred(r"^\s*[联聯]\s*[系繫络絡]\s*人\s*[:：]\s*\S")
NOTICE_ANCHOR = deferred(
    # (the contact heading numbered as the notice's last part: 五、咨询电话)
    r"^(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]\s*|[(（][一二三四五六七八九十\d]{1,2}[)）]\s*)?"
    r"(?:咨询电话|联系电话|联系方式|报名电话|咨询方式|监督电话)\s*[:：]?\s*$|^附\s*件\s*[:：]\s*$"
    r"|^(?:[\u4e00-\u9fff]{0,4}(?:联\s*系\s*人|[联聯]\s*[络絡繫]\s*人)|(?:投资者关系|投资者|媒体|新闻媒体)联系(?:人|方式)?|(?:咨询|联系|受理)(?:单位|部门|科室)|(?:门诊|就诊|科室|病区|护士站)(?:位置|地点|电话)|附\s*件\s*[\d一二三四五六七八九十]{0,2}|解读(?:机关|单位|部门|人)|起草(?:单位|部门|人)"
    # a tender's parties: no site names them in its footer
    r"|(?:采购|招标|比选|询价)(?:人|单位|代理机构)|代理机构)\s*[:：]\s*\S"
)
# A channel article's opening: two or more short exclamations or questions in a row right above
# its first paragraph (搭地铁去坐邮轮! / 四条航线抢先看!) are its lead, not the page's.
LEAD_LINE = deferred(r"[^\s|｜/>»【】\[\]]{4,24}[！？!?]+")
LEAD_RUN = 2
# A phrase of running text without punctuation (今天是第七个中国医师节 / 向全体医师致以节日的祝福):
# some length, a verb or particle, no separator, no chrome word.
LEAD_PHRASE = deferred(r"[是的了在向为把被让给着过有]")
LEAD_PHRASE_MIN_CHARS = 6
# A section number on its own line, as channel articles number their parts (01, 02, Part 3).
SECTION_NUMBER = deferred(r"0[1-9]|[1-9]\d|(?:PART|Part|part)[ .]?\d{1,2}")
# A numbered point of an explainer, its words after the number (01 建立居民健康档案, 3、预防接种).
NUMBERED_POINT = deferred(r"^[ \t]*0?([1-9]\d?)(?:[ \t]+\S|[、.．][ \t]*(?!\d)\S)")
# A list the article announces right under its last paragraph (获奖名单如下: / 培训课程, then the
# items): the paragraph ends in a colon after a word that announces a list, or the line under it
# ends in a colon or is a short heading naming a list; the items under it, up to the first chrome
# word, are the article's.
LIST_ANNOUNCER = deferred(
    r"(?:如下|以下|名单|名录|包括|分别(?:是|为)|主要有|具体|内容|安排|事项|要求|课程|议程|日程|流程|材料|条件|对象|范围|清单)"
    r"[^。！？!?]{0,6}[:：]$"
)
# What opens a box of the site's rather than a list of the article's.
RECOMMENDS = deferred(r"^(?:最新|更多|为你)|推荐|(?<!发)热门|相关|精彩|热点|往期|猜你|延伸阅读|还想看|都在看|感兴趣")
# Any other short line ending in a colon right under the article (本次活动的主题是:) announces what
# follows, and so does a question the article goes on to answer (哪些人应优先接种?) when the lines
# under it answer it: no question among them (a box of question headlines is the site's).
ANNOUNCES = deferred(r"[:：]$")
QUESTION_WORDS = deferred(r"哪些|如何|怎么|怎样|什么|为什么|是否|能否|多少|吗[？?]?$|[？?]$")
QUESTION_HEAD = deferred(r"^[^。!！]{0,12}(?:哪些|如何|怎么|怎样|什么|为什么|是否|能否|多少)[^。!！]{0,12}[？?]$")
ANSWER_LOOKAHEAD = 3
LIST_HEADING = deferred(
    r"^[\u4e00-\u9fff]{2,10}(?:名单|名录|课程|议程|日程|安排|流程|须知|事项|材料|清单|目录|内容|科室|项目|专家|人员|团队|标准|人群|条件|站点|线路|历程|大事记|一览|时间表"
    # a profile's parts (学术任职, 荣誉称号, 获奖情况, 工作经历)
    r"|任职|兼职|称号|荣誉|获奖情况|奖励|经历|成果)$"
    # (a channel article's key points under its own heading: 划重点, 敲黑板, 重点来了)
    r"|^(?:划重点|敲黑板|重点来了|要点回顾|本文要点|健康小贴士|小贴士)[!！:：]?$"
)
# What a paragraph announces when what follows it is verse or words to recite, the article's to its end.
RECITED = deferred(r"(?:诗歌|诗朗诵|朗诵|歌词|誓词|口号|寄语|顺口溜|三字经|歌谣)[^。！？!?]{0,24}[:：]$")
# A paragraph that says a poem follows (某某创作了一首小诗，献给…。): the short lines under it are its verse.
VERSE_ANNOUNCED = deferred(r"(?:创作|写下|写了|写出|作了|赋|吟)[^。！？!?]{0,6}(?:一|这|几)首[^。！？!?]{0,4}(?:小诗|诗歌|诗|词)")
# Where what a paragraph announces stops: a photo's caption.
CAPTION_LEAD = deferred(r"^(?:图为|图片|图:|图：|▲|△)")
# `unit: names` (某某村卫生室:某某, 县人民医院:某某 某某), in runs of this many at least.
NAME_LIST_LINE = deferred(r"[\u4e00-\u9fff()（）]{2,16}[:：][ \t\u3000]*[\u4e00-\u9fff]{2,4}(?:[ \t\u3000、，,]+[\u4e00-\u9fff]{2,4})*")
NAME_LIST_RUN = 3
ANNOUNCED_REACH = 40
# A sub-heading that announces the items under it, up to the article's next paragraph.
LIST_LEAD = deferred(r"(?:依次为|分别为|依次是|分别是|如下|包括)\s*[:：]?$")
LIST_LEAD_MAX_CHARS = 30
ANNOUNCED_MAX_CHARS = 60
# An appendix under the article (附:获奖作品选登, then the work) is announced the same way.
APPENDIX = deferred(r"^附\s*[:：]")
# Fields written as a label on its own line over its value (缴费时间 / 2023年9月1日至12月31日,
# 缴费标准 / 每人每年380元): two labels or more on the page make the pairs the article's. A page's
# own info labels (发布时间 over its date) are no such field.
FIELD_LABEL = deferred(
    # (an account's post marks each label with an emoji: 📅 活动时间, 📍 活动地点)
    r"^(?:[\u2600-\u27bf\u2b00-\u2bff\U0001F300-\U0001FAFF\ufe0f\u200d]{1,3}[ \t]*)?"
    r"[\u4e00-\u9fff]{0,6}(?:时间|日期|地点|标准|方式|对象|条件|范围|费用|要求|流程|材料|电话|地址|人群|期限|名额|待遇|主题|福利|安排)$"
)
# A label's value going on over more lines of the same shape (two talks' titles 《…》 / 《…》).
FIELD_VALUE_LINES = 3
PAGE_INFO_LABEL = deferred(r"发布|更新|录入|浏览|点击|来源|作者|成文|印发|上传|信息|访问|阅读")
FIELD_PAIRS_MIN = 2
# A table scraped as text: three or more rows in a row with the same number of cells split by
# bars (科室 | 医生 | 出诊时间), short cells, no chrome word: the article's, wherever it stands.
TABLE_CELL_MAX_CHARS = 30
TABS = deferred(r"\t+")
SPACED_CELLS = deferred(r"[\u3000]+|[ \t]{2,}")
# A table whose cells are split by single spaces (as some sites' CMS and simple scrapers write
# them: 姓名 性别 执业类别 …): rows of at least this many cells, every row but the header with a number.
SINGLE_SPACED_CELLS = 4
TABLE_ROWS = 3
# A table written a cell a line (序号 / 区县 / 机构名称 / 达标等级 / 1 / 东港区 / …): a header of short
# labels, then rows of as many cells, the same kind of cell in each column, one column of numbers
# or dates under a label (the header is no row of data); next to the article's paragraphs.
CELL_COLUMNS = range(2, 9)
CELL_ROWS = 2  # data rows under the header, at least
CELL_HEADER_MAX_CHARS = 8
HEADER_UNIT = deferred(r"[（(][^（）()\n]{1,8}[）)]$")
CELL_NEAR_BODY = 3  # lines between the table and a paragraph of the article, at most
CELL_ONE_SIDE_LINES = 16  # a table's lines, at least, with a paragraph of the article on one side only
CELL_NOT = deferred(r"[。！？!?；;，,]")
CELL_NOT_WIDE = deferred(r"[。！？!?；;]|[，,].*[，,]")
# The header of a table's running-number column (序号, 编号, No.).
ROW_NUMBER_HEADER = deferred(r"序号|序|编号|排序|No\.?|NO\.?|no\.?")
NUMBER_CELL = deferred(r"[+-]?\d+(?:\.\d+)?%?")
# (a day without its year, its weekday or lunar day after it: 2月15日（初六）, 5月1日(周三))
DATE_CELL = deferred(
    r"(?:19|20)\d\d[-./年]\d{1,2}(?:[-./月]\d{1,2}日?)?"
    r"|\d{1,2}月\d{1,2}日(?:[ \t]*[(（][^()（）\n]{1,6}[)）])?"
)
# Hours as a timetable's cell gives them (上午8:00-12:00, 8:00—17:30).
TIME_CELL = deferred(r"(?:上午|下午|晚上|夜间|全天)?[ \t]*\d{1,2}[:：]\d{2}[ \t]*[-—–~～至到][ \t]*\d{1,2}[:：]\d{2}")
# Lines that are content by their shape whatever their score: a programme's fields (时间:…,
# 地点:…), a salutation above the body (`metadata.SALUTATION`), and a heading of two phrases
# (发挥党委核心作用 为医院发展掌舵) next to body text.
PROGRAMME_FIELD = deferred(
    r"^(?:(?:时\s*间|地\s*点|对\s*象|内\s*容|主\s*题|主持人|参加人员)\s*[:：]"
    # who speaks and on what (报告题目:…, 主讲人:…, 报告人:…)
    r"|[\u4e00-\u9fff]{0,2}(?:题\s*目|报告人|主讲人|主讲嘉宾|嘉\s*宾)\s*[:：]\s*\S"
    # With a word before the label (报名时间, 参加对象) a value follows: `评论内容:` alone is a form's label.
    r"|[\u4e00-\u9fff]{1,4}(?:时间|地点|对象|内容|主题|方式|条件|范围)\s*[:：]\s*\S"
    # a clinic's or a service's hours (睡眠医学科门诊时间:…, 疫苗接种时间:…)
    r"|[\u4e00-\u9fff]{1,8}(?:门诊|出诊|坐诊|开放|服务|办公|接种|咨询|挂号)时间\s*[:：]\s*\S)"
)
# An event's organisers (主办单位:…) beside its programme's fields are the event's, not a footer's.
# Fields passed over between a title and its article when looking for the title.
TITLE_FIELDS_MAX = 6
ORGANISER_FIELD = deferred(r"^(?:主办|承办|协办)(?:单位)?\s*[:：]\s*\S")
TWO_PHRASE_HEADING = deferred(r"^[\u4e00-\u9fff“”\"]{4,}\s+[\u4e00-\u9fff“”\"]{4,}$")
# A profile's fields with their values (姓名:张某某, 职称:主任医师): a doctor's or an expert's page.
# A doctor's profile's part headings alone on their line (出诊时间:, 擅长:, 学术成果:).
PROFILE_LABEL = deferred(
    r"^(?:出诊时间|出诊信息|擅长|专长|个人简介|医生简介|专家简介|学术成果|科研成果|主要成就|社会任职|学术任职|获奖情况|教育经历|工作经历)\s*[:：]$"
)
# (…its table's cells joined by spaces: 姓名 某某 性别 女, 科室 脾胃病科 职称 主任医师)
PROFILE_FIELD = deferred(
    r"^(?:姓\s*名|性\s*别|职\s*称|职\s*务|科\s*室|专\s*长|擅\s*长|学\s*历)\s*(?:[:：]\s*|[ \t\u3000]+)[\u4e00-\u9fff]"
    r"(?:[^ \t\u3000]*[ \t\u3000]+(?:姓\s*名|性\s*别|职\s*称|职\s*务|科\s*室|学\s*历)[ \t\u3000]+\S)?"
)
HAN = deferred(r"[\u4e00-\u9fff]")
DIGIT = deferred(r"\d")
LATIN = deferred(r"[A-Za-z]")
CLAUSE = deferred(r"[,，、；;]")
DATE = deferred(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}-\d{1,2}(?!\d)")
TIME = deferred(r"\d{1,2}:\d{2}")
# (`**` opens a bold phrase in a Markdown export, no bullet)
BULLET = deferred(r"^(?:[·•●○◆◇■□▪▸►>»\-※★☆]|\*(?!\*))")
SEPARATOR = deferred(r"[|｜>»›/]|\s{2,}|\s[-·]\s")
BRACKETED = deferred(r"^[【\[(（].{0,12}[】\])）]")
# A menu row: four or more short items side by side.
# Items never hold a separator, so the pattern cannot split a line two ways (no backtracking).
MENU_ROW = deferred(r"^[^\s。,，!?！？:：|｜/·-]{1,6}(?:(?:\s*[-|｜/·]\s*|\s+)[^\s。,，!?！？:：|｜/·-]{1,6}){3,}$")
# A document's number on its own line (某卫发〔2024〕12号) heads or signs a notice: never chrome.
# A document's number with its signer beside it (某卫急〔2020〕31号　　签发人:某某某): its head.
SIGNER_LINE = deferred(r"^\s*[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*第?\d{1,4}\s*号[ \t\u3000]+签发人\s*[:：]\s*[\u4e00-\u9fff]{2,4}\s*$")
DOC_NUMBER = deferred(r"[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*第?\d{1,4}\s*号")
# A menu row of this many items or more is never the title above the article (four may be a slogan).
TITLE_MENU_ITEMS = 5
# A line this long without a sentence end reads as a headline (see `_headline_like`).
HEADLINE_MIN_CHARS = 8
# Headline-like lines stacked above a two-phrase line that make it one more of a box of headlines.
STACKED_HEADLINES = 2
# A row of six or more words or names side by side (site links, a list of departments or
# places, ad slogans), split by spaces, dots, bars or spaced dashes: chrome at any length
# outside the article.
WORD_ROW = deferred(
    r"^[^\s。,，!?！？:：;；|｜·]{1,12}(?:(?:\s*[|｜·]\s*|\s+-\s+|\s+)[^\s。,，!?！？:：;；|｜·]{1,12}){5,}[\s|｜·]*$"
)
WORD_ROW_MAX_CHARS = 300
ENDS_DATE = deferred(
    r"(?:(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?[)）\]]?$"
)
# A list line may end in ? or ! (teaser headlines do), never in a full stop.
FULL_STOP = deferred(r"[。.]$")
# Words standing apart: a row of names or keywords however long, not running text.
SPACED = deferred(r"\s")
ENDS_OPEN = deferred(r"[\u4e00-\u9fffA-Za-z0-9]$")
# A letter's or a notice's closing: a sign-off (某某诊所 敬启, 特此通知) or the disclosure note a
# government document ends with ((此件主动公开)). Never the page's.
CLOSING_WISH = deferred(
    r"^[ \t]*(?:祝|恭祝|敬祝|希望|愿|盼)(?:您|你|大家|各位|您们|你们)?[^,，。]{0,8}(?:康复|健康|快乐|顺利|平安|愉快|如意|安康)[ \t]*[!！。]?[ \t]*$"
)
CLOSING_LINE = deferred(
    r"(?:敬[启啟上呈]|谨[启啟上]|謹[啟上]|特此(?:通知|公告|通告|函告|说明|證明|证明)|此致)[ \t]*[。!！]?[ \t]*$"
    r"|^[ \t]*[(（][ \t]*(?:此件|信息公开(?:形式|方式|属性)[ \t]*[:：][ \t]*)(?:主动公开|依申请公开|公开发布|不予?公开|不公开|主動公開)[ \t]*[)）][ \t]*$"
    # a letter's closing wish (祝您早日康复)
    rf"|{CLOSING_WISH.pattern}"
    # an event notice's invitation (欢迎全校师生参加!, 欢迎广大市民踊跃报名, 欢迎市民前来咨询); a page's plea to comment or
    # follow (欢迎参与讨论, 欢迎关注) is no invitation to come
    r"|^[ \t]*(?:热烈|竭诚)?欢迎(?:全校|全院|全体|广大|各位|各界|有兴趣的|感兴趣的)?[^,，。!！\s]{0,12}(?:参加|光临|莅临|踊跃报名|报名参加|前来[\u4e00-\u9fff]{0,2}|到场|就诊|咨询)[ \t]*[!！。]?[ \t]*$"
)
# A line that stops on a comma: the start of a sentence the next line goes on with.
CLAUSE_OPEN = deferred(r"[\u4e00-\u9fff0-9A-Za-z][，,、]\s*$")
# Words of page chrome: navigation, widgets, accounts, sharing, notices, counters.
CHROME = deferred(
    "首页|主页|登录|注册|退出|搜索|检索|导航|菜单|栏目|频道|网站|本站|地图|更多|返回|上一|下一|"
    "打印|关闭|收藏|分享|转发|订阅|关注|扫码|二维码|微信|微博|客户端|APP|app|手机版|"
    "版权|备案|ICP|公网安|许可证|免责|声明|举报|投诉|纠错|联系我们|关于我们|"
    "点击|浏览|阅读|评论|留言|回复|发表|字体|字号|位置|当前|来源|编辑|作者|责任|审核|"
    # (热门, but not inside 发热门诊: a fever clinic)
    "推荐|热点|(?<!发)热门|排行|专题|相关|最新|动态|通知公告|友情链接|下载|English"
)

FEATURES = (
    "bias",
    "length",
    "short",
    "sentence_end",
    "ends_sentence",
    "clauses",
    "han_share",
    "digit_share",
    "latin_share",
    "date",
    "time",
    "chrome_words",
    "bullet",
    "separators",
    "bracketed",
    "ends_open",
    "near_top",
    "near_bottom",
    "before_body",
    "after_body",
    "body_distance",
    "short_run",
    "next_to_body",
    "numbered",
    "short_outside_body",
    "dated_short",
    "outside_main",
    "main_distance",
    "short_outside_main",
    "list_run",
    "menu_row",
    "spaced_words",
    "long_far_from_main",
)
# Context features of the second pass, in the spirit of jusText's context-sensitive
# classification: a line's class leans on its neighbours' first-pass scores (a short line
# between two menu items is a menu item; between two paragraphs, part of the article). Lines
# the model may not remove score 0 here: they are the article's, and so is their company.
CONTEXT = ("neighbour_before", "neighbour_after", "neighbour_mean")
CONTEXT_WINDOW = 3
ALL_FEATURES = FEATURES + CONTEXT


def context_features(first: np.ndarray) -> np.ndarray:
    """The CONTEXT columns from the first-pass probabilities of a page's lines (0 for a line
    the model may not remove): the line before, the line after, and the mean over
    CONTEXT_WINDOW lines either side (the line itself left out; the page's edges count as 0)."""
    import numpy as np

    n, w = len(first), CONTEXT_WINDOW
    padded = np.concatenate([np.zeros(w), first, np.zeros(w)])
    before = padded[w - 1 : w - 1 + n]
    after = padded[w + 1 : w + 1 + n]
    window = np.convolve(padded, np.ones(2 * w + 1), mode="valid") - first
    return np.column_stack([before, after, window / (2 * w)])


def two_pass(x: np.ndarray, mask: np.ndarray, first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(probability, features with context) of a page's lines: a first pass on each line's own
    features (`first` weights), then a second on them and its neighbours' first-pass scores
    (`second` weights over ALL_FEATURES). `mask` marks the lines the model may remove."""
    import numpy as np

    p1 = 1.0 / (1.0 + np.exp(-(x @ first))) * mask
    x2 = np.hstack([x, context_features(p1)])
    return 1.0 / (1.0 + np.exp(-(x2 @ second))), x2


@dataclass(frozen=True)
class Shape:
    """What every step asks of a page's lines, worked out once per page: body lines, clauses of
    running text, list lines, lines of a ranked teaser list, the article's span, and the lines that
    are the article's by their shape (a table's rows, fields written as label over value)."""

    body: tuple[bool, ...]
    prose: tuple[bool, ...]
    in_list: tuple[bool, ...]
    ranked: tuple[bool, ...]
    span: tuple[int, int]
    table: frozenset[int]
    fields: frozenset[int]


# Lines whose readings (`_read`, `_caption_text`) are kept by their text: the stage asks again
# of the same lines after the rules removed one, and a site's furniture recurs on its pages. Lines
# up to CACHED_LINE_CHARS are kept, at most LINE_CACHE of each, so the memory stays fixed (a few
# MiB) however many documents pass; the readings of the last page's longer lines (its paragraphs)
# are kept until the next page, unless the page is longer than LAST_PAGE_MAX_CHARS.
LINE_CACHE = 8192
CACHED_LINE_CHARS = 200
LAST_PAGE_MAX_CHARS = 1 << 18
_last_page: dict[str, tuple[bool, bool, bool]] = {}


def _read(t: str) -> tuple[bool, bool, bool]:
    """(is_body, sentence_like, list-like) of one line: functions of its text alone."""
    return is_body(t), sentence_like(t), _listy(t)


_cached_reading = functools.lru_cache(maxsize=LINE_CACHE)(_read)


def _listy(t: str) -> bool:
    """Opens with a bullet, or opens with a [tag] or ends with a date without a full stop."""
    return bool(BULLET.match(t)) or (bool(BRACKETED.match(t) or _ends_date(t)) and not _ends_full_stop(t))


@functools.lru_cache(maxsize=1)
def _shape(lines: tuple[str, ...]) -> Shape:
    global _last_page
    as_list = list(lines)
    last, page = _last_page, {}
    readings = []
    for t in lines:
        if len(t) <= CACHED_LINE_CHARS:
            readings.append(_cached_reading(t))
            continue
        r = last.get(t)
        if r is None:
            r = _read(t)
        page[t] = r
        readings.append(r)
    _last_page = page if sum(map(len, page)) <= LAST_PAGE_MAX_CHARS else {}
    ranked = ranked_runs(as_list)
    in_list = _runs_of_listy([r[2] for r in readings], ranked)
    body = tuple(r[0] for r in readings)
    prose = tuple(r[1] for r in readings)
    table = _table_rows(as_list) | _cell_tables(as_list, body)
    span = _span(as_list, in_list, body, prose, table)
    return Shape(body, prose, tuple(in_list), tuple(ranked), span, table, _field_pairs(as_list))


def shape(lines: list[str]) -> Shape:
    """The page's Shape (the last page's is kept while the model's steps ask again; `plan` lets it
    go when done, so a large page is not held after it)."""
    return _shape(tuple(lines))


def main_span(lines: list[str], in_list: list[bool] | None = None) -> tuple[int, int]:
    """The article's stretch of lines: the run where body text outweighs everything else most.

    Body Text Extraction in the manner of Finn et al.: a body line scores its length, any
    other line a penalty, and the span with the largest sum (Kadane) is the article. Short
    lines inside it (subheads, table cells) are the article's; those outside are the page's.
    """
    if in_list is None:
        return shape(lines).span
    s = shape(lines)
    return _span(lines, in_list, s.body, s.prose, s.table)


def _span(
    lines: list[str], listed: Sequence[bool], body: Sequence[bool], prose: Sequence[bool], table: frozenset[int]
) -> tuple[int, int]:
    best, best_span = 0.0, (0, -1)
    run, start = 0.0, 0
    gap = 0  # non-body lines in a row so far
    # A list of teaser headlines (bulleted, tagged or dated, without a full stop) is not the
    # article's text however long its lines are.
    # (An item that ends on a semicolon is one of the article's own list: `★ 过敏性鼻炎患者;`.)
    teaser = [x and "。" not in t and t[-1:] not in ";；" for x, t in zip(listed, lines, strict=True)]
    # A table's rows (`_table_rows`) neither add to the article nor cut it in two.
    for i, t in enumerate(lines):
        if i in table:
            v = 0.0
        elif (body[i] or prose[i]) and not teaser[i]:
            v, gap = float(len(t)), 0
        else:
            # A long stretch of short lines (a portal's menus between two copies of the
            # article) costs more per line than a short table or list inside the article.
            gap += 1
            v = -(3.0 + min(len(t), 30) / 3.0) * (1.0 + gap / GAP_GROWTH)
        if run <= 0:
            run, start = 0.0, i
        run += v
        if run > best:
            best, best_span = run, (start, i)
    return best_span


# A profile's titles and honours a line each under the doctor's name (主任医师 / 二级教授 / 硕士研究生导师 /
# 某某学会某某专业委员会副主任委员 / 享受市政府特殊津贴专家): what the title, the post or the honour is, last.
HONOUR_LINE = deferred(
    r"^[^。！？!?；;:：|｜>»]{2,40}?(?:医师|中医师|药师|技师|护师|教授|讲师|导师|研究员|专家|名医|名中医|委员|主委|常委|理事|会长|"
    r"主任|院长|科长|负责人|带头人|骨干|护士长|学者|人才|博士|硕士|医生|能手|标兵|先进个人|劳动模范|乡村医生|成员|组长)[”」]?$"
)
# …but a colleague's link in a box of the department's doctors gives a name before the title (某某 副主任医师).
NAME_THEN_TITLE = deferred(r"^[\u4e00-\u9fff]{2,4}[ \t\u3000]+\S")
HONOUR_RUN = 2
# How long a line ending in a comma must be for the line under it to carry its sentence on.
CARRIED_MIN_CHARS = 6


def honour_runs(lines: list[str]) -> set[int]:
    """The lines of a profile's titles and honours: HONOUR_RUN or more such lines in a row, none
    opening with a colleague's name."""
    runs: set[int] = set()
    run: list[int] = []
    for k, t in enumerate([*lines, ""]):
        s = t.strip()
        if s and len(s) <= 40 and HONOUR_LINE.match(s) is not None and NAME_THEN_TITLE.match(s) is None:
            run.append(k)
            continue
        if len(run) >= HONOUR_RUN:
            runs.update(run)
        run = []
    return runs


def eligible(lines: list[str], title_at: int | None = None, title: str | None = None) -> list[bool]:
    """Lines the model may remove: short lines outside the article's main span that are not
    running text, a heading, the title above the article, or verse between sentences.

    `title_at`: the metadata stage lifted the page's title out of this text already, from
    just above line `title_at`. Lines above that place are the page's head (a banner, a site's
    name): no title and next to no body. Between it and the article a line is kept as a
    sub-heading only if it is no more of a box of headlines (a headline-like line right above
    it), holds no chrome word and opens with no bullet. A copy of the lifted `title` is left for
    the repeats stage, which names it as one."""
    sh = shape(lines)
    prose, body, ranked = sh.prose, sh.body, sh.ranked
    # A bulleted line stays a list line even with a full stop; a tagged or dated one must not have one.
    in_list = sh.in_list
    start, end = sh.span
    if title_at is not None and start < title_at <= end and all(
        not body[k] and NUMBERED_POINT.match(lines[k]) is not None for k in range(start, title_at)
    ):
        # (the span reaching above the lifted title's place only through numbered short lines, a box
        # of headlines over it: `2 市民注意!…`; the article starts under its title)
        start = title_at
    # The title stands a few lines above the article (dates and sources between): keep the
    # last line of some length there, unless it is a menu row or, the title lifted already, it
    # stood above the title, stands under another headline, or holds a chrome word or a bullet.
    # (a guide's or a programme's fields between title and article are passed over: 事项名称:…)
    keep_title, passed, fields = None, 0, 0
    for k in range(start - 1, -1, -1):
        if _programme_field(lines[k]) and fields < TITLE_FIELDS_MAX:
            fields += 1
            continue
        if len(lines[k]) >= 8:
            keep_title = k
            break
        passed += 1
        if passed >= 3:
            break
    if keep_title is not None and (
        _menu_row(lines[keep_title])
        or (title_at is not None and not prose[keep_title] and (
            keep_title < title_at  # above the lifted title: the page's head
            or (keep_title > title_at and _headline_like(lines[keep_title - 1]))  # one more of a box of headlines
            or CHROME.search(lines[keep_title]) is not None or BULLET.match(lines[keep_title]) is not None
        ))
    ):
        keep_title = None
    title_copy = re.sub(r"\s+", "", title) if title else None
    # Lines above a lifted title's place: the page's head, next to no body.
    head_end = min(title_at, start) if title_at is not None else 0
    own_shape = _own_shape(lines, prose)
    honours = honour_runs(lines)
    # A line under one that ends in a comma carries its sentence on (a phone layout's broken
    # sentence: `如出现腹痛等情况，` / `务必第一时间到医院就诊！`): chrome never ends in a comma.
    carried = {k for k in range(1, len(lines)) if lines[k - 1].rstrip().endswith(("，", ",")) and len(lines[k - 1].strip()) >= CARRIED_MIN_CHARS}
    # A notice's signature: the issuing body over a written-out date, both content.
    # Only lines outside the span can be eligible, so only they (and the span's first line, whose
    # signature date would cover the line before it) are examined.
    signature: set[int] = set()
    for k, t in enumerate(lines):
        if (k <= start or k > end) and SIGNATURE_DATE.match(t):
            signature.update((k, k - 1))
        elif k > end and k == len(lines) - 1 and k > 0 and SIGNATURE_MONTH.match(t) and ISSUER.search(lines[k - 1]):
            # (a notice closing the page with its issuer over a month: 某某局 / 2025年1月)
            signature.update((k, k - 1))
        elif k > end and ISSUER_DATED.match(t):
            signature.add(k)  # (the issuer and the day on one line)
        elif k > end and PRINTED_LINE.match(t):
            signature.add(k)  # the document's printing line (某某局办公室  2021年12月1日印发)
        elif end < k <= end + SIGN_OFF_REACH and (
            DEDICATION.match(t) or WRITTEN_AT.match(t) or ORIGIN_NOTE.match(t)
            # (a teaser card's stamp has its count under it: `某某百科 2024年9月2日` / `35`)
            or (DATED_SIGN_OFF.match(t) and not (k + 1 < len(lines) and COUNT_LINE.match(lines[k + 1])))
        ):
            # the writer's closing words under the last paragraph: a dedication (——致敬每一位…,
            # —— 写于…) or a name and the day (某某 2013.10.19 夜)
            signature.add(k)
    # A notice's contact block and attachments right under its body (see NOTICE_FIELD).
    notice: set[int] = set()
    run: list[int] = []
    between: list[int] = []  # a line of the notice's own between its fields (a deadline's time), if more follow
    signed = False
    for k in range(end + 1, min(len(lines), end + 1 + NOTICE_REACH)):
        if k in signature:
            signed = True
            continue  # (the notice's contact under its signature: 某某厅 / 2015年4月2日 / （联系人:…）)
        t = _unbracket(lines[k])
        if signed and CONTACT_PERSON.match(t) is None:
            break  # (under the signature only a person to ask is the notice's; an address, a phone are the page's)
        # Its fields, and the numbered heading of the part that holds them (二、报名方式).
        if not (
            NOTICE_FIELD.match(t) or _programme_field(t) or (NUMBERED.match(t) and len(t) <= NOTICE_HEADING_CHARS)
            or (k <= end + 2 and HOTLINE.match(t))
        ):
            # (the notice's own words: a time or a sentence, not a caption or a box's label)
            if (
                len(between) < NOTICE_GAPS and CHROME.search(t) is None and not in_list[k]
                and (DATE.search(t) is not None or SENTENCE_END.search(t) is not None)
            ):
                between.append(k)
                continue
            break
        run.extend(between)
        between = []
        run.append(k)
    # (a hotline the article gives right under its last paragraph: 咨询电话:…, 食品安全投诉举报电话:12315,
    # under its address: 医院地址:… / 急救电话:120  咨询电话:…)
    if any(NOTICE_ANCHOR.match(_unbracket(lines[k])) or CONTACT_PERSON.match(_unbracket(lines[k])) for k in run) or (
        run and run[0] == end + 1 and any(HOTLINE.match(lines[k]) for k in run[:2])
    ):
        notice.update(run)
    # …and right under a paragraph of the article's past its span (a department's page: its experts'
    # list, then its hours in a sentence, then 科室电话:…), when one of them names who to ask.
    for k in range(end + 2, len(lines) - 1):
        if not (prose[k] or (in_list[k] and SENTENCE_END.search(lines[k]))) or k + 1 in notice:
            continue
        tail = []
        j = k + 1
        # (a hotline may name what it takes, 价格咨询及投诉电话:…, a word chrome uses too)
        while (
            j < len(lines) and j <= k + NOTICE_REACH and NOTICE_FIELD.match(_unbracket(lines[j]))
            and (CHROME.search(lines[j]) is None or HOTLINE.match(lines[j]) is not None)
        ):
            tail.append(j)
            j += 1
        if any(NOTICE_ANCHOR.match(_unbracket(lines[x])) for x in tail) or (tail and HOTLINE.match(lines[tail[0]])):
            notice.update(tail)
    # The article's fields going on under its last line, a field too (门诊时间 / 周一至周五:… / 急诊:24小时):
    # the same list, up to the first line that is not one or holds a chrome word.
    if 0 <= end < len(lines) - 1 and FIELD_ROW.match(lines[end]) and len(lines[end]) <= FIELD_ROW_MAX_CHARS:
        for k in range(end + 1, min(len(lines), end + 1 + NOTICE_REACH)):
            if not (FIELD_ROW.match(lines[k]) and len(lines[k]) <= FIELD_ROW_MAX_CHARS and CHROME.search(lines[k]) is None):
                break
            notice.add(k)
    # A table under the article: its heading right above it (门诊时间 over `| 星期 | 上午 |`), and the
    # fields right under its last row (门诊地点:…, 预约电话:…).
    # (a table of two rows or more: one row of bars is as often a post's furniture)
    # (only the lines from the span's last one on are looked at: their cells alone are counted)
    cells = [False] * max(0, end) + [_table_cells(t) >= 2 for t in lines[max(0, end):]]
    for k in range(max(0, end + 1), len(lines)):
        if not cells[k]:
            continue
        if k - 1 > end and not cells[k - 1] and k + 1 < len(lines) and cells[k + 1] and TABLE_HEADING.match(lines[k - 1]):
            notice.add(k - 1)
        if k == 0 or not cells[k - 1] or (k + 1 < len(lines) and cells[k + 1]):
            continue
        j = k + 1
        while j < len(lines) and j <= k + NOTICE_REACH and LABEL_ROW.match(lines[j]) and (
            len(lines[j]) <= FIELD_ROW_MAX_CHARS and CHROME.search(lines[j]) is None
        ):
            notice.add(j)
            j += 1
    # Who signs under a letter's closing (祝您早日康复 / 某某科全体医护人员): the letter's.
    for k in range(end + 1, len(lines) - 1):
        nxt = lines[k + 1]
        if CLOSING_WISH.match(lines[k]) and len(nxt) <= SIGNER_MAX_CHARS and not CHROME.search(nxt) and not SENTENCE_END.search(nxt):
            signature.add(k + 1)
    # Between the body and the notice's signature (issuing body over its date) stand the notice's
    # last words: a note (备注:…以…为准), where to ask, office hours. Chrome is never signed.
    # (the last written date: a timetable's dates above it are no signature)
    below = [k for k in signature if k > end + 1 and SIGNATURE_DATE.match(lines[k])]
    if below:
        first = max(below) - 1
        # (from the last sentence above the signature: a notice's fields may stand between)
        gap = range(max([end, *(k for k in range(end + 1, first) if prose[k])]) + 1, first)
        if len(gap) <= NOTICE_REACH:
            # (a list's line there is still judged with its list; a chrome word still tells)
            # (a phone to report to is a notice's word: 价格监督举报电话:12358)
            notice.update(k for k in gap if not in_list[k] and (prose[k] or not CHROME.search(lines[k]) or PHONE_FIELD.match(lines[k])))
    # An attachment printed after the notice (附件 / 某某名单 over the table or the text it is): its
    # heading and its title are the document's.
    for k, t in enumerate(lines):
        if "件" in t and ATTACHMENT_HEAD.match(t):
            for j in range(k + 1, min(len(lines), k + 3)):
                if j in sh.table or _table_cells(lines[j]) >= 3 or prose[j]:
                    notice.update(range(k, j))
                    break
    # A page of questions and answers (问:… / 答:…, two of each at least): every line from its
    # first question to its last answer is the article's, a list under an answer included.
    asks = [k for k, t in enumerate(lines) if QA_ASK.match(t)]
    answers = [k for k, t in enumerate(lines) if QA_ANSWER.match(t)]
    if len(asks) >= QA_MIN and len(answers) >= QA_MIN and asks[0] < answers[-1]:
        notice.update(k for k in range(asks[0], answers[-1] + 1) if not CHROME.search(lines[k]))
    lead: set[int] = set()
    k = start - 1
    while k >= 0 and LEAD_LINE.fullmatch(lines[k]):
        k -= 1
    if start - 1 - k >= LEAD_RUN:
        lead.update(range(k + 1, start))
    # A section number above the article (01) whose next number stands below it (02), and the
    # heading under it, are the article's first section.
    numbered = {k: v for k, t in enumerate(lines) if (v := _section_number(t)) >= 0}
    for k, v in numbered.items():
        if k < start and any(j > k and w == v + 1 for j, w in numbered.items()):
            lead.add(k)
            if k + 1 < start and len(lines[k + 1]) <= MAX_CHARS and not prose[k + 1]:
                lead.add(k + 1)
    # Numbered points above the article whose numbers run on into it (01 建立居民健康档案 / 02 健康教育 /
    # the span opening with `03 预防接种:…`): the article's first points, and the lines over them up
    # to its head's furniture are its opening.
    if 0 < start < len(lines) and title_at is not None and (m := NUMBERED_POINT.match(lines[start])) is not None:
        want, k = int(m.group(1)) - 1, start - 1
        while want >= 1 and k >= title_at and (p := NUMBERED_POINT.match(lines[k])) is not None and int(p.group(1)) == want:
            lead.add(k)
            want, k = want - 1, k - 1
        if want == 0:
            # (the explainer's own lines between its lifted title and its first point: its heading
            # words, no chrome)
            while k >= title_at and len(lines[k]) <= MAX_CHARS and not prose[k] and CHROME.search(lines[k]) is None and not _numbered(lines[k]):
                lead.add(k)
                k -= 1
    # Everything above the article's first paragraph reads as its opening (phrases with a verb or
    # particle, exclamations, its first section's number and heading): a channel article's lead.
    if start > 0 and all(k in lead or _lead_phrase(lines[k]) for k in range(start)):
        lead.update(range(start))
    announced = _announced_list(lines, start, end, body) | sh.table | sh.fields | _inner_lists(lines, body, prose)
    # A sentence's first words broken onto lines of their own (`明天上午,`) right above the
    # article: chrome never ends in a comma and runs on into the text.
    listing = code_runs(lines)
    opening: set[int] = set()
    k = start - 1
    while k >= 0 and CLAUSE_OPEN.search(lines[k]) is not None:
        opening.add(k)
        k -= 1
    # A document's attachments anywhere under it: a label over its files (附件: / 1. 某某方案.doc).
    for k in range(end + 1, len(lines) - 1):
        # (…or a sentence that points to them: 具体数据详见以下附件:)
        if (ATTACHMENTS_LABEL.match(lines[k]) or ATTACHMENTS_POINTED.search(lines[k])) and ATTACHED_FILE.match(lines[k + 1]):
            j = k + 1
            while j < len(lines) and ATTACHED_FILE.match(lines[j]):
                j += 1
            notice.update(range(k, j))
    # A bulleted line right above the article whose bullet heads lines inside it (◆某某医院 over
    # the first section's paragraphs, ◆ over the next ones'): the article's first heading.
    inner_bullets = Counter(t[0] for t in lines[start : end + 1] if BULLET.match(t)) if 0 < start <= end else Counter()
    first_heading = start - 1 if start > 0 and inner_bullets[lines[start - 1][:1]] >= INNER_BULLETS else None
    # (…or two lines above, the item's own headline between: ■某某医院 / 免费为千名老人筛查骨质疏松 / the story)
    first_headline = None
    if (
        first_heading is None and start > 1 and inner_bullets[lines[start - 2][:1]] >= INNER_BULLETS
        and BULLET.match(lines[start - 1]) is None and not prose[start - 1] and len(lines[start - 1]) <= ITEM_HEADLINE_MAX_CHARS
    ):
        first_heading, first_headline = start - 2, start - 1
    out = []
    # A caption-like line (Han words, no punctuation, no chrome word) right after the article's
    # last line, with nothing after it, is judged as the article's: a record split from a roundup ends with the caption its section ended
    # with, and must come out of a second cleaning unchanged (cleaning is a fixed point).
    last_alone = None
    if end + 1 == len(lines) - 1 and CAPTION_ONLY.fullmatch(lines[end + 1]) and not CHROME.search(lines[end + 1]):
        last_alone = end + 1
    # A question right under the body and last in the text, asking no reader to rate or share
    # (`请问需要带孩子去医院看吗？`, a post's own question), ends the article: chrome that asks
    # speaks to the reader, and a box of teasers has more lines after its first.
    asked = end + 1 if end + 1 == len(lines) - 1 and _own_question(lines[end + 1]) else None
    n = len(lines)
    for k, t in enumerate(lines):
        if k == last_alone or k == asked or k == first_heading or k == first_headline or start <= k <= end:
            # The article's own lines, and a caption closing it (see above), are never eligible.
            out.append(False)
            continue
        menu = MENU_ROW.match(t) is not None
        word_row = len(t) <= WORD_ROW_MAX_CHARS and WORD_ROW.match(t) is not None
        limit = (
            WORD_ROW_MAX_CHARS + 1 if word_row else MENU_MAX_CHARS if menu
            else LIST_MAX_CHARS if in_list[k] else MAX_CHARS
        )
        if k <= start - FAR_FROM_MAIN or k >= end + FAR_FROM_MAIN:
            limit = max(limit, FAR_MAX_CHARS)
        # (above the lifted title's place a numbered short line that cries or asks is a box's headline: `2 市民注意!…`)
        if not (len(t) < limit and (ranked[k] or not _numbered(t)) and (
            in_list[k] or menu or word_row or not prose[k]
            or (title_at is not None and k < title_at and not body[k] and NUMBERED_POINT.match(t) is not None)
        )):
            out.append(False)
            continue
        # Lines of a list protect nothing and are protected by nothing: the run is the unit.
        enclosed = not in_list[k] and any(prose[max(0, k - ENCLOSED):k]) and any(prose[k + 1:k + 1 + ENCLOSED])
        next_to_body = k >= head_end and ((k > 0 and body[k - 1]) or (k + 1 < n and body[k + 1]))
        out.append(
            not enclosed and k != keep_title and k not in signature and k not in notice and k not in lead and k not in own_shape
            and k not in honours and k not in carried
            and k not in announced
            and not _programme_field(t) and PROFILE_FIELD.match(t) is None and PROFILE_LABEL.match(t) is None
            and not (ORGANISER_FIELD.match(t) and any(_programme_field(lines[j]) for j in (k - 1, k + 1) if 0 <= j < n))
            and not (k < start and SALUTATION.match(t))
            and DOC_NUMBER.fullmatch(t) is None and SIGNER_LINE.match(t) is None and (title_copy is None or re.sub(r"\s+", "", t) != title_copy)
            and not (TWO_PHRASE_HEADING.match(t) and next_to_body and not _stacked_headlines(lines, k, start))
            and k not in opening and k not in listing and not (k < start and (SUMMARY_HEADING.match(t) or NOTICE_OPENING.match(t)))
            and not (k == start - 1 and PROFILE_HEADING.match(t))
            # (the first of a roundup's section headings, 某某医院:开通夜间门诊, with more like it in the body)
            and not (k == start - 1 and UNIT_HEADING.match(t) and any(UNIT_HEADING.match(lines[j]) for j in range(start, end + 1)))
            and CLOSING_LINE.search(t) is None
            # a sentence cut at its comma, going on on the next line (重阳节刚过, / 想问大家一个问题:)
            and not (t.endswith(("，", ",")) and k + 1 < n and HAN.match(lines[k + 1][:1] or " "))
        )
    return out


QUESTION_END = deferred(r"[？?][”」』\"]?\s*$")
READER_PLEA = deferred(r"[您你]|大家|满意|有用|有帮助|喜欢|点赞|关注|分享|收藏|评论|留言|觉得")


def _own_question(t: str) -> bool:
    """A question of the article's own (see `eligible`), not a page's plea to its reader."""
    return (
        QUESTION_MIN_CHARS <= len(t) <= QUESTION_MAX_CHARS and QUESTION_END.search(t) is not None
        and CHROME.search(t) is None and READER_PLEA.search(t) is None
    )



# A line of verse: a few to twenty-two Han characters (with a pause or a cry inside), no spaces, no
# figures; a run of VERSE_RUN of them, VERSE_VOICED speaking with a pronoun or a particle, is a poem.
# (two phrases of a line set apart by one space: 南溪水长　青山如黛)
VERSE_LINE = deferred(r"^[ \t\u3000]*[\u4e00-\u9fff][\u4e00-\u9fff，、！？…—“”‘’]{3,21}(?:[ \u3000][\u4e00-\u9fff]{2,10})?[ \t\u3000]*$")
# (not a unit's own `我院`, `我市`: a headline's words)
SPACED_PHRASES = deferred(r"\S[ \u3000]+\S")
VERSE_VOICE = deferred(r"你|她|他|我们|着|啊|呀|吧|呢|哟|我(?![院校局市县区省国科所司部站委])")
NEWS_WORDS = deferred(
    r"举办|举行|开展|召开|会议|活动|工作|启动|获评|荣获|获奖|揭牌|签约|签署|协议|合作|义诊|培训|讲座|表彰|通知|公告|名单|通过|成功|完成|首例"
    r"|立项|竞赛|典礼|我院|本院|我校|学院|指南|通道|中心|医院|大学"
)
VERSE_RUN = 5
VERSE_VOICED = 2
VERSE_JOIN_MIN = 1
# A poem's part with its name (其二  手术室的灯): the poem goes on under it.
POEM_PART = deferred(r"^[ \t\u3000]*其[一二三四五六七八九十][ \t\u3000]*[\u4e00-\u9fff]{0,10}[ \t\u3000]*$")
# A line of verse too short for VERSE_LINE (轻轻地, 只记得, 平安): a poem goes on over it.
VERSE_SHORT_LINE = deferred(r"^[ \t\u3000]*[\u4e00-\u9fff]{2,3}[ \t\u3000]*$")


def _own_shape(lines: list[str], prose: Sequence[bool]) -> set[int]:
    """Lines that are content by the shape they make together, whatever their scores: a leaflet's
    bracketed fields, a programme's time rows, a list of names under its heading, the writer's note,
    a press conference's roster and a transcript's turns."""
    own_shape: set[int] = set()
    bracketed: list[int] = []
    rows: set[int] = set()
    n = len(lines)
    for k, t in enumerate(lines):
        if LEAFLET_FIELD.match(t) and CHROME.search(t) is None:
            bracketed.append(k)
        if SCHEDULE_ROW.match(t):
            rows.add(k)
        if PHONE_HEADING.match(t) and k + 1 < n and PHONE_VALUE.match(lines[k + 1]):
            own_shape.update((k, k + 1))
        if AUTHOR_NOTE.match(t):
            # The writer's note on who they are, under the article ((作者系某某医院心内科副主任医师)).
            own_shape.add(k)
        if SPEAKERS_LABEL.match(t):
            # A press conference's speakers under their label (发布人: / 某某委员会副主任 某某): who speaks.
            j = k + 1
            while j < n and SPEAKER_LINE.match(lines[j]):
                j += 1
            if j > k + 1:
                own_shape.update(range(k, j))
        elif TURN_LABEL.match(t):
            # …and a turn's label over what is said (主持人 某某: / 各位记者朋友…).
            if k + 1 < n and prose[k + 1]:
                own_shape.add(k)
        if NAMES_HEADING.match(t):
            # A list of names under a heading that says so (附:2023年度先进个人名单 / 某某 心血管内科 / …):
            # the document's, however long (a menu never has a heading naming a list of people).
            j = k + 1
            while j < n and NAME_ROW.match(lines[j]):
                j += 1
            if j - k - 1 >= NAMES_MIN:
                own_shape.update(range(k, j))
    # A poem's or a song's lines (当城市还在沉睡 / 走廊尽头的那盏灯已经亮起 / …): five or more short lines
    # of words in a row, none a headline's news or a menu's words, some of them speaking to or of
    # someone (你, 我, 她, 着): the article's own verse, however short each line is.
    # (its stanzas apart by blank lines: a run goes on over them; a line of two phrases apart by a
    # space goes on with it too, but counts for nothing: a stack of headlines is made of such lines)
    verse = [bool(VERSE_LINE.match(t)) and NEWS_WORDS.search(t) is None and CHROME.search(t) is None for t in lines]
    core = [v and SPACED_PHRASES.search(t.strip()) is None for v, t in zip(verse, lines, strict=True)]
    k = 0
    runs: list[tuple[list[int], bool]] = []  # (its lines, whether it is a poem)
    while k < n:
        if not verse[k]:
            k += 1
            continue
        run = [k]
        j = k + 1
        while j < n and (verse[j] or not lines[j].strip()):
            if verse[j]:
                run.append(j)
            j += 1
        counted = [x for x in run if core[x]]
        poem = len(counted) >= VERSE_RUN and sum(VERSE_VOICE.search(lines[x]) is not None for x in counted) >= VERSE_VOICED
        runs.append((run, poem))
        k = j
    # A poem goes on over a line of two or three characters (轻轻地, 只记得) or its next part's name
    # (其二  手术室的灯) into the lines after it, as far as they run, and back the same way.
    poems = [poem for _, poem in runs]
    pairs = range(len(runs) - 1)
    for a in [*pairs, *reversed(pairs)]:  # (down the page, then up it)
        (first, _), (second, _) = runs[a], runs[a + 1]
        between = [x for x in range(first[-1] + 1, second[0]) if lines[x].strip()]
        if (
            poems[a] != poems[a + 1] and len(between) == 1
            and (VERSE_SHORT_LINE.match(lines[between[0]]) is not None or POEM_PART.match(lines[between[0]]) is not None)
            and sum(core[x] for x in (second if poems[a] else first)) >= VERSE_JOIN_MIN
        ):
            poems[a] = poems[a + 1] = True
            own_shape.update(between)
    for (run, _), poem in zip(runs, poems, strict=True):
        if poem:
            own_shape.update(run)
    # A programme's rows, each a time span and what happens then (08:50-09:40 某某报告 某某 教授), two
    # or more in a row: the programme's, whatever their score.
    own_shape.update(k for k in rows if k - 1 in rows or k + 1 in rows)
    # A decision's or a ruling's parties, a field a line (当事人:某某诊所 / 统一社会信用代码:… / 地址:…),
    # two or more in a row, the first naming the party: the document's.
    parties = {k for k, t in enumerate(lines) if PARTY_FIELD.match(t)}
    for k in sorted(parties):
        if PARTY_FIRST.match(lines[k]) and k + 1 in parties:
            j = k
            while j in parties:
                own_shape.add(j)
                j += 1
    # A document set out as bracketed fields (a drug's leaflet: 【药品名称】 / 通用名称:… / 【成份】…
    # … 【生产企业】…): with several such fields on the page, each and the label rows under it are
    # the document's, at its head and its foot too. (Its labels all different, several of them long:
    # a list of tagged headlines, 【食品】… 【汽车】…, repeats short tags.)
    labels = {LEAFLET_FIELD.match(lines[k]).group()[1:-1] for k in bracketed}  # type: ignore[union-attr]
    # (a form's labels padded to one width, 【姓　　名】某某 / 【职　　称】…: a profile's fields, which
    # a list of tagged headlines never pads)
    padded = [k for k in bracketed if " " in (label := LEAFLET_FIELD.match(lines[k]).group()[1:-1]) or "\u3000" in label]  # type: ignore[union-attr]
    if len(padded) >= PADDED_FIELDS_MIN:
        own_shape.update(padded)
    if len(labels) == len(bracketed) >= LEAFLET_FIELDS_MIN and sum(len(x) >= LEAFLET_LONG_LABEL for x in labels) >= LEAFLET_LONG_LABELS:
        starts = set(bracketed)
        for k in bracketed:
            own_shape.add(k)
            j = k + 1
            while j < n and j not in starts and LABEL_ROW.match(lines[j]) and len(lines[j]) <= FIELD_ROW_MAX_CHARS and CHROME.search(lines[j]) is None:
                own_shape.add(j)
                j += 1
    own_shape.update(_outline_items(lines))
    return own_shape


# An outline's heading (三、携带物品, （二）入院须知) and the bulleted items under it (□ 身份证).
OUTLINE_HEADING = deferred(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])\s*[^\s。,，;；!！?？]{2,16}[:：]?$")
OUTLINE_BULLET = deferred(r"^\s*(?P<mark>[□☐■●○◆◇▪•·√✓✔])")


def _outline_items(lines: list[str]) -> set[int]:
    """The items of an outline's parts that list the same way (`三、携带物品` / `□ 身份证` …, then
    `四、请勿携带` / `□ 大额现金`): a later part's items are the article's as the earlier ones are,
    however near the page's foot they stand. The first part listed so vouches for no other."""
    out: set[int] = set()
    seen_marks: set[str] = set()
    n = len(lines)
    for k, t in enumerate(lines):
        if OUTLINE_HEADING.match(t.strip()) is None:
            continue
        j = k + 1
        marks = []
        while j < n and (m := OUTLINE_BULLET.match(lines[j])) is not None and len(lines[j]) <= OUTLINE_ITEM_MAX_CHARS:
            marks.append(m["mark"])
            j += 1
        if not marks or len(set(marks)) != 1:
            continue
        if marks[0] in seen_marks:
            out.update(range(k, j))
        seen_marks.add(marks[0])
    return out


OUTLINE_ITEM_MAX_CHARS = 40


def _programme_field(t: str) -> bool:
    """A field of an event's or a notice's programme (时间:…, 报名地点:…, 参加对象:…), not a page's
    own info (发布时间:… is the page's)."""
    if GUIDE_FIELD.match(t):
        return True
    m = PROGRAMME_FIELD.match(t)
    return m is not None and PAGE_INFO_LABEL.search(m.group()) is None


def _menu_row(t: str) -> bool:
    """A row of five or more menu items (`医院概况 新闻中心 科室导航 专家介绍 就医指南`): never a title."""
    return MENU_ROW.match(t) is not None and len(re.split(r"\s*[-|｜/·]\s*|\s+", t)) >= TITLE_MENU_ITEMS


def _headline_like(t: str) -> bool:
    """A line that reads as a headline: some length, no sentence end, no chrome word."""
    return len(t) >= HEADLINE_MIN_CHARS and SENTENCE_END.search(t) is None and CHROME.search(t) is None


def _stacked_headlines(lines: list[str], k: int, start: int) -> bool:
    """Line k stands above the article under two more headline-like lines: a box of headlines,
    not the article's first sub-heading (which has the title or the lead above it)."""
    return STACKED_HEADLINES <= k < start and all(_headline_like(lines[j]) for j in range(k - STACKED_HEADLINES, k))


def _field_pairs(lines: list[str]) -> frozenset[int]:
    """Label lines and the value under each (see FIELD_LABEL), when the page has two labels or more."""
    labels = [
        k for k, t in enumerate(lines[:-1])
        if FIELD_LABEL.match(t) and not PAGE_INFO_LABEL.search(t) and CHROME.search(t) is None
        and len(lines[k + 1]) <= ANNOUNCED_MAX_CHARS and FIELD_LABEL.match(lines[k + 1]) is None
    ]
    if len({lines[k] for k in labels}) < FIELD_PAIRS_MIN:
        return frozenset()
    pairs = {x for k in labels for x in (k, k + 1)}
    for k in labels:
        first = lines[k + 1]
        for j in range(k + 2, min(len(lines), k + 1 + FIELD_VALUE_LINES)):
            t = lines[j]
            # (the same opening mark, or a label of the same kind: 义诊:… / 讲座:…)
            same = bool(t) and bool(first) and (t[0] == first[0] and not HAN.match(t[0]) or (
                (":" in t[:8] or "：" in t[:8]) and (":" in first[:8] or "：" in first[:8])))
            if not same or len(t) > ANNOUNCED_MAX_CHARS or FIELD_LABEL.match(t) or CHROME.search(t) is not None:
                break
            pairs.add(j)
    return frozenset(pairs)


def _chrome_cells(t: str, cells: list[str]) -> bool:
    """Whether a row split into cells is a page's bar (a menu, a footer's links): a cell that is a
    chrome word itself (`首页`, `联系我们`), or half its cells with one. A table's cell that only
    holds such a word (`再注册`, `微信公众号` in a list of accounts) leaves the row a table's."""
    if CHROME.search(t) is None:
        return False
    filled = [c for c in cells if c]
    hits = 0
    for c in filled:
        m = CHROME.search(c)
        if m is not None:
            if m.end() - m.start() == len(c):
                return True
            hits += 1
    return 2 * hits >= len(filled)


def _table_cells(t: str) -> int:
    """How many cells a table row split by bars (or, written by other tools, by tabs) has (0: not
    such a row)."""
    if "|" not in t and "｜" not in t:
        if "\t" not in t:
            return 0
        cells = [c.strip() for c in TABS.split(t.strip())]
        # (a cell left empty between two tabs is a blank of the table: `星期五\t\t专家门诊`)
        if sum(map(bool, cells)) < 2 or any(len(c) > TABLE_CELL_MAX_CHARS for c in cells) or _chrome_cells(t, cells):
            return 0
        return len(cells)
    row = t.replace("｜", "|").strip()
    cells = [c.strip() for c in row.strip("|").split("|")]
    filled = sum(map(bool, cells))
    # Empty cells only in a row closed by bars on both sides (a timetable's free slots, as the
    # HTML reader writes them), and only beside two filled cells or more, at least half the row.
    closed = row.startswith("|") and row.endswith("|") and filled >= 2 and 2 * filled >= len(cells)
    if (
        len(cells) < 2 or any((not c and not closed) or len(c) > TABLE_CELL_MAX_CHARS for c in cells)
        or _chrome_cells(t, cells)
    ):
        return 0
    return len(cells)


def _spaced_cells(t: str, single: bool = False) -> tuple[int, bool]:
    """How many cells a table row split by full-width spaces or runs of spaces (`single`: by
    single spaces) has (0: not such a row), and whether one of them is a number
    (`某某医院　98.6　4.62　8.1`)."""
    cells = t.split() if single else SPACED_CELLS.split(t.strip())
    # (three cells are enough where the last two are figures, or where none is, the header:
    # `病名 发病数 死亡数` / `肺结核 3516 9`)
    few = len(cells) == SINGLE_SPACED_CELLS - 1 and (
        all(NUMBER_CELL.fullmatch(c) for c in cells[1:]) or not any(ch.isdigit() for ch in t)
    )
    if (
        (len(cells) < (SINGLE_SPACED_CELLS if single else 2) and not (single and few))
        or any(len(c) > TABLE_CELL_MAX_CHARS for c in cells)
        or _chrome_cells(t, cells) or (single and SENTENCE_END.search(t))
    ):
        return 0, False
    return len(cells), any(NUMBER_CELL.fullmatch(c) for c in cells)


# A disclosure page's record row split by tabs: a record label first (索引号, 发布机构, 主题分类).
RECORD_ROW = deferred(r"^[ \t]*(?:索\s*引\s*号|发布机构|发文机关|公开方式|公开范围|生成日期|成文日期|发布日期|主题分类|主题词|文\s*号|有效性|信息分类)\t")


def _table_rows(lines: list[str]) -> frozenset[int]:
    """Lines of the tables scraped as text (see TABLE_ROWS); a table whose cells are split by
    spaces needs a number in every row but its header (a menu is split so too)."""
    barred = any("|" in t or "｜" in t or "\t" in t for t in lines)
    spaced = any("\u3000" in t or " " in t for t in lines)
    if not barred and not spaced:
        return frozenset()
    # (a disclosure page's record rows split by tabs, `索引号\t…\t发布机构\t…`, are its head's, no table)
    cells = [_table_cells(t) if barred and not ("\t" in t and RECORD_ROW.match(t)) else 0 for t in lines]
    numeric = [False] * len(lines)
    by_space = [False] * len(lines)
    if spaced:
        for k, t in enumerate(lines):
            if cells[k]:
                continue
            if "\u3000" in t or "  " in t:
                cells[k], numeric[k] = _spaced_cells(t)
            elif " " in t:
                cells[k], numeric[k] = _spaced_cells(t, single=True)
            by_space[k] = bool(cells[k])
    out: set[int] = set()
    k = 0
    while k < len(lines):
        j = k
        while j + 1 < len(lines) and cells[k] and by_space[j + 1] == by_space[k] and (
            cells[j + 1] == cells[k]
            # (a tab-split row whose last cell was empty loses its tab with the line's end)
            or (
                not by_space[k] and "\t" in lines[k] and "\t" in lines[j + 1] and cells[j + 1] >= 2 and abs(cells[j + 1] - cells[k]) == 1
                # (a disclosure page's record rows, `索引号\t…\t发布机构\t…`, are its head's, no table)
                and RECORD_ROW.match(lines[k]) is None and RECORD_ROW.match(lines[j + 1]) is None
            )
        ):
            j += 1
        rows = range(k, j + 1)
        if by_space[k]:
            # (a spaced table's rows end at its last row with a figure: the next table's header
            # may follow with as many cells, `单位　姓名　职务　联系电话`)
            last = j
            while last > k and not numeric[last] and sum(numeric[x] for x in range(k, last + 1)) < last - k:
                last -= 1
            rows = range(k, last + 1)
        if cells[k] and len(rows) >= TABLE_ROWS and (not by_space[k] or sum(numeric[x] for x in rows) >= len(rows) - 1):
            out.update(rows)
        k = j + 1
    return frozenset(out)


def _cell_kind(t: str) -> str:
    if NUMBER_CELL.fullmatch(t) or PHONE_CELL.fullmatch(t.strip()):
        return "number"  # (a phone number is a figure of its column: 0000-85561203)
    if t.strip() in EMPTY_CELLS:
        return "empty"
    if DATE_CELL.fullmatch(t):
        return "date"
    # (…and a cell of opening hours, its days before them: 周一至周五 8:30-11:30 14:00-16:30)
    return "time" if TIME_CELL.fullmatch(t) or (len(t) <= HOURS_CELL_MAX_CHARS and TIME_CELL.search(t)) else "text"


# A phone number alone in its cell (0000-85561203, (0000)8556120, 13800000000), and how long a cell of
# opening hours may run.
PHONE_CELL = deferred(r"(?:[(（]?0\d{2,3}[)）]?[-－ ]?)?\d{7,8}(?:[-－转]\d{1,5})?|1[3-9]\d{9}")
HOURS_CELL_MAX_CHARS = 40
# What a table prints in a cell it has no figure for (—, -, /): a blank, of any column's kind.
EMPTY_CELLS = frozenset({"—", "——", "-", "--", "－", "/", "／", "…", "无", "暂无"})


def _same_kinds(row: list[str], first: list[str]) -> bool:
    """Whether a row's cells have the first row's kinds, a blank cell standing for any."""
    return len(row) == len(first) and all(a == b or a == "empty" or b == "empty" for a, b in zip(row, first, strict=True))


def _header_chars(t: str) -> int:
    """A header cell's length without the unit in brackets after its label (`成交均价（元/㎡）`)."""
    return len(HEADER_UNIT.sub("", t.strip()))


def _cell_table(cells: list[str], min_columns: int = 2) -> int:
    """How many lines of `cells` (short lines in a row) make a table written a cell a line,
    from the first (see CELL_COLUMNS): 0 when they do not."""
    kinds = [_cell_kind(t) for t in cells]
    # (the column count that takes in most lines: a shorter period may fit the first rows of a
    # wider table by chance, `序号 村 姓名 人口 类别` read three at a time)
    best = 0
    for h in CELL_COLUMNS:
        rows = len(cells) // h - 1
        if rows < CELL_ROWS:
            break
        if h < min_columns:
            continue
        header = cells[:h]
        if (
            any(k != "text" for k in kinds[:h]) or any(_header_chars(t) > CELL_HEADER_MAX_CHARS or CHROME.search(t) for t in header)
            or len(set(header)) < h
        ):
            continue
        first = kinds[h : 2 * h]
        if "number" not in first and "date" not in first and "time" not in first:
            continue
        # Rows while each has the first row's kinds (a row of text cells cannot stand for numbers),
        # or, in a table keyed by its first column's dates or numbers, that column's kind (a
        # timetable's `全天正常开诊` where other days give hours).
        n = 1
        while n < rows and (
            _same_kinds(row := kinds[(n + 1) * h : (n + 2) * h], first) or (first[0] in ("date", "number") and row[:1] == first[:1])
        ):
            n += 1
        if n >= CELL_ROWS:
            best = max(best, (n + 1) * h)
    return max(best, _numbered_cell_rows(cells, kinds))


def _numbered_cell_rows(cells: list[str], kinds: list[str]) -> int:
    """How many lines of `cells` make a table a cell a line whose rows are numbered 1, 2, 3 … in
    their first cell, under a header of short labels: rows of unequal width (an empty remark cell
    leaves no line), which `_cell_table`'s fixed period misses. 0 when they do not."""
    first = next((i for i, t in enumerate(cells) if t.strip() == "1"), None)
    widest = max(CELL_COLUMNS)
    if first is None or not 2 <= first <= widest:
        return 0
    header = cells[:first]
    if (
        not ROW_NUMBER_HEADER.fullmatch(header[0].strip()) or any(k != "text" for k in kinds[:first])
        or any(_header_chars(t) > CELL_HEADER_MAX_CHARS or CHROME.search(t) for t in header)
    ):
        return 0  # (a ranking's numbers under a box's title, `热门排行 / 1 / 标题 / 2 …`, head no table)
    at = [first]
    for i in range(first + 1, len(cells)):
        if i - at[-1] > widest:
            break
        if cells[i].strip() == str(len(at) + 1) and i - at[-1] >= 2:
            at.append(i)
    if len(at) < CELL_ROWS + 1:
        return 0
    # (the last row as wide as the widest before it, within the run)
    return min(len(cells), at[-1] + max(b - a for a, b in zip(at, at[1:], strict=False)))


def _cell_tables(lines: list[str], body: Sequence[bool]) -> set[int]:
    """Lines of tables written a cell a line (see CELL_COLUMNS) next to the article's paragraphs."""
    n = len(lines)
    out: set[int] = set()
    k = 0
    while k < n:
        j = k
        while j < n and not body[j] and len(lines[j]) <= TABLE_CELL_MAX_CHARS and not CELL_NOT.search(lines[j]):
            j += 1
        found = False
        if j - k >= CELL_ROWS * 2 + 2:
            near_before = any(body[i] for i in range(max(0, k - CELL_NEAR_BODY), k))
            near_after = j == n or any(body[i] for i in range(j, min(n, j + CELL_NEAR_BODY)))
            if near_before and near_after:
                # The header may stand under a caption line of its own (表1 …名单).
                for skip in (0, 1):
                    size = _cell_table(lines[k + skip : j])
                    if size:
                        out.update(range(k + skip, k + skip + size))
                        found = True
                        break
        if not found:
            # A wider table whose cells may hold a comma (`中医学专业,具有执业医师资格`), beside the
            # article on one side at least: more lines and three columns (a member's panel,
            # `UID / 31920 / 帖子 / 98`, falls into two by chance).
            wide = k
            while wide < n and not body[wide] and len(lines[wide]) <= TABLE_CELL_MAX_CHARS and not CELL_NOT_WIDE.search(lines[wide]):
                wide += 1
            if wide - k >= CELL_ONE_SIDE_LINES and any(body[i] for i in range(max(0, k - CELL_NEAR_BODY), k)):
                for skip in (0, 1):
                    size = _cell_table(lines[k + skip : wide], 3)
                    if size >= CELL_ONE_SIDE_LINES:
                        out.update(range(k + skip, k + skip + size))
                        break
        k = max(j, k + 1)
    return out


def _lead_phrase(t: str) -> bool:
    """A line of an article's opening by its text alone (see LEAD_PHRASE)."""
    if LEAD_LINE.fullmatch(t):
        return True
    return (
        len(t) >= LEAD_PHRASE_MIN_CHARS and LEAD_PHRASE.search(t) is not None
        and SEPARATOR.search(t) is None and CHROME.search(t) is None and DATE.search(t) is None
    )


def _section_number(t: str) -> int:
    """The number of a section-number line (01, Part 2), or -1."""
    if SECTION_NUMBER.fullmatch(t) is None:
        return -1
    return int(re.sub(r"\D", "", t))


def _announced_list(lines: list[str], start: int, end: int, body: Sequence[bool]) -> set[int]:
    """The lines of a list the article announces under its last paragraph (see LIST_ANNOUNCER):
    the announcing line when it stands outside the span, and the items under it."""
    n = len(lines)
    if not 0 <= end < n:
        return set()
    out: set[int] = set()
    first = end + 1
    if LIST_ANNOUNCER.search(lines[end]) is None:
        head = lines[first] if first < n else ""
        answered = QUESTION_HEAD.match(head) is not None and not any(
            QUESTION_WORDS.search(t) for t in lines[first + 1 : first + 1 + ANSWER_LOOKAHEAD]
        )
        if RECOMMENDS.search(head) or CHROME.search(head) or not (
            answered or ANNOUNCES.search(head) or LIST_HEADING.match(head) or APPENDIX.match(head)
        ):
            return out
        out.add(first)
        first += 1
    j = first
    while (
        j < n and j - first < ANNOUNCED_REACH and not body[j] and len(lines[j]) <= ANNOUNCED_MAX_CHARS
        and CHROME.search(lines[j]) is None
    ):
        out.add(j)
        j += 1
    return out if j > first else set()


def _inner_lists(lines: list[str], body: Sequence[bool], prose: Sequence[bool]) -> set[int]:
    """Lines the article itself lists: short lines under one of its paragraphs that ends with a
    colon, up to the next paragraph (a table written a cell a line between two paragraphs), or to
    its end when the paragraph announces verse or a quote (…朗诵了原创诗歌《…》:); and runs of
    `unit: names` lines (an award list: 某某村卫生室:某某)."""
    n = len(lines)
    out: set[int] = set()
    for k in range(n - 1):
        t = lines[k]
        if not (
            (t.endswith((":", "：")) and len(t) >= BODY_MIN_CHARS and (prose[k] or LIST_ANNOUNCER.search(t) or RECITED.search(t)))
            or (body[k] and (ANNOUNCES_ITEMS.search(t) or VERSE_ANNOUNCED.search(t)))
            # a sub-heading that announces them (12座车站依次为, 具体安排如下)
            or (len(t) <= LIST_LEAD_MAX_CHARS and LIST_LEAD.search(t) is not None)
        ):
            continue
        j = k + 1
        while (
            j < n and j - k <= ANNOUNCED_REACH and not body[j] and len(lines[j]) <= ANNOUNCED_MAX_CHARS
            and (CHROME.search(lines[j]) is None or UNIT_PHONE.match(lines[j]) is not None)
            and CAPTION_LEAD.match(lines[j]) is None
        ):
            j += 1
        if j > k + 1 and ((j < n and body[j]) or RECITED.search(lines[k]) or VERSE_ANNOUNCED.search(lines[k])):
            out.update(range(k + 1, j))
    # A part of the article under its numbered heading, up to the next one (二、门诊安排 / a table a
    # cell a line / 三、其他服务): the part's lines, however short.
    numbered = [(k, _cn_number(m.group(1))) for k, t in enumerate(lines) if len(t) <= PART_HEADING_CHARS and (m := PART_HEADING.match(t))]
    for (k, a), (j, b) in zip(numbered, numbered[1:], strict=False):
        if (
            1 < j - k <= ANNOUNCED_REACH and a > 0 and b == a + 1
            and all(not body[i] and len(lines[i]) <= ANNOUNCED_MAX_CHARS and CHROME.search(lines[i]) is None for i in range(k + 1, j))
        ):
            out.update(range(k + 1, j))
    # A heading that counts its items (二、先进个人(10名), 入围名单（共8家）): as many short lines under it.
    for k, t in enumerate(lines):
        if (t.endswith((")", "）", ":", "：")) and len(t) <= LIST_LEAD_MAX_CHARS and (m := COUNTED_HEAD.search(t))
                and not CHROME.search(t)):
            j = k + 1
            while (
                j < n and j - k <= min(int(m.group(1)), ANNOUNCED_REACH) and not body[j]
                and len(lines[j]) <= ANNOUNCED_MAX_CHARS and CHROME.search(lines[j]) is None
            ):
                j += 1
            if j - k - 1 >= min(int(m.group(1)), NAME_LIST_RUN):
                out.update(range(k + 1, j))
    out |= _record_lists(lines)
    run: list[int] = []
    for k in range(n + 1):
        if k < n and ("：" in lines[k] or ":" in lines[k]) and NAME_LIST_LINE.fullmatch(lines[k]):
            run.append(k)
            continue
        if len(run) >= NAME_LIST_RUN:
            out.update(run)
        run = []
    return out


def _record_lists(lines: list[str]) -> set[int]:
    """Runs of records written a field a line whose labels come round again (单位名称:… / 违法事实:…
    / 处罚结果:… / 单位名称:…, numbers like `四、` between records): a register's entries, however
    short their lines and wherever they stand (an excerpt cut in the middle of one)."""
    out: set[int] = set()
    run: list[int] = []
    labels: list[str] = []
    for k in range(len(lines) + 1):
        t = lines[k] if k < len(lines) else ""
        m = RECORD_FIELD.match(t) if ":" in t or "：" in t else None
        if m is not None and not PAGE_INFO_LABEL.search(m.group(1)) and CHROME.search(m.group(1)) is None:
            run.append(k)
            labels.append(m.group(1))
            continue
        if t and RECORD_NUMBER.fullmatch(t) and run:
            run.append(k)
            continue
        counts = Counter(labels)
        if sum(1 for c in counts.values() if c >= 2) >= RECORD_LABELS_MIN or (
            # one record, a field a line, one field a paragraph of prose (案件名称:… / 当事人名称:… /
            # 主要违法事实:2022年7月8日,执法人员…。 / 处罚依据:…): its short fields are the record's too
            len(counts) >= RECORD_SINGLE_FIELDS and any(
                len(lines[j]) >= RECORD_PROSE_CHARS and "。" in lines[j] for j in run)
        ):
            out.update(run)
        run, labels = [], []
    return out


# A record's field line (单位名称:…, 法定代表人(负责人):…) and a record's number between records.
RECORD_FIELD = deferred(r"^[ \t]*([\u4e00-\u9fff]{2,10}(?:[(（][\u4e00-\u9fff]{1,6}[)）])?)[ \t]*[:：]")
RECORD_NUMBER = deferred(r"[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[、.．])[ \t]*")
RECORD_LABELS_MIN = 3
# One record: as many distinct fields in a row, one of them a paragraph as long.
RECORD_SINGLE_FIELDS = 6
RECORD_PROSE_CHARS = 60
# A heading that counts the items under it: (10名), （共8家）, (6个).
COUNTED_HEAD = deferred(r"[(（]\s*共?\s*(\d{1,3})\s*[名人个家项所位条]\s*[)）]\s*[:：]?$")

# Where a document read from HTML keeps the lines its markup set as the article's headings
# (`maincontent` writes it, `boilerplate` hands it to the model): not a record field.
HEADINGS_KEY = "_headings"

# A part's numbered heading (二、门诊安排), its numeral in group 1.
PART_HEADING = deferred(r"^[ \t]*([一二三四五六七八九十]{1,3})[、.．][ \t]*\S")
PART_HEADING_CHARS = 24


def caption_runs(lines: list[str], is_name: Any = None, headings: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Runs (first, last line index) of photo captions inside the article.

    A run is two or more caption lines in a row with a body paragraph right before it and a
    body paragraph, the end of the page or a line that is only an institution's name (a
    roundup's section head, which stays) right after it. A line the page's markup sets as a
    heading of the article (`headings`: `<h4>` under a photo's caption) is none."""
    n = len(lines)
    sh = shape(lines)
    body = sh.body
    # Fields written as label over value, and a table's rows, are the article's (see `eligible`).
    fields = sh.table | sh.fields

    def name(k: int) -> bool:
        return bool(is_name(k)) if is_name is not None else False

    def caption(k: int) -> bool:
        return not body[k] and k not in fields and _caption_text(lines[k]) and not name(k) and lines[k] not in headings

    runs = []
    k = 0
    while k < n:
        if not caption(k):
            k += 1
            continue
        j = k
        while j + 1 < n and caption(j + 1):
            j += 1
        # Not after a paragraph that announces a list, nor opening with a heading that names one
        # (培训课程 over the courses).
        before_ok = (
            k > 0 and body[k - 1] and ANNOUNCES_LIST.search(lines[k - 1]) is None and LIST_HEADING.match(lines[k]) is None
            and ANNOUNCES_ITEMS.search(lines[k - 1]) is None
        )
        after_ok = j + 1 == n or body[j + 1] or name(j + 1)
        size = j - k + 1
        lengths = [len(lines[x]) for x in range(k, j + 1)]
        # Verse runs short (与死神搏斗 / 跟时间赛跑 / 面对病魔); captions describe a scene at some length.
        long_enough = sum(lengths) >= CAPTION_MEAN_CHARS * size and (
            size > CAPTION_RUN_MIN or max(lengths) >= CAPTION_PAIR_LONGEST
            or all(CAPTION_SCENE.search(lines[x]) for x in range(k, j + 1))
        )
        if size == 1 and before_ok and j + 1 < n and body[j + 1] and SCENE_ALONE.search(lines[k]) is not None:
            # (one caption alone between two paragraphs when it names what the photo shows:
            # `表彰大会现场`, `院领导为先进集体代表颁奖`; another short line there is a sub-heading)
            runs.append((k, j))
        elif size >= CAPTION_RUN_MIN and long_enough and before_ok and after_ok:
            # (a picture's alt text and its caption saying the same, then a different line right
            # over the next paragraph: the picture's pair ends, the line is the part's heading)
            if size >= 3 and lines[j] != lines[j - 1] and lines[j - 1] == lines[j - 2] and _heading_words(lines[j]):
                if j - k >= CAPTION_RUN_MIN:
                    runs.append((k, j - 1))
            else:
                runs.append((k, j))
        k = j + 1
    return runs


def _heading_words(t: str) -> bool:
    """Whether a short line reads as a part's heading rather than a picture's caption: quoted words
    (`爸爸妈妈也是“治疗”的一部分`), a question, an exclamation."""
    return any(ch in t for ch in "“”「」？?！!：:")


def _caption_text(t: str) -> bool:
    """What makes a line a photo caption by its text alone (`caption_runs` adds its place)."""
    return _cached_caption_text(t) if len(t) <= CACHED_LINE_CHARS else _read_caption_text(t)


def _read_caption_text(t: str) -> bool:
    return (
        CAPTION_RUN_LINE.fullmatch(QUOTED.sub(lambda m: m.group(0).replace(" ", ""), t)) is not None
        and CAPTION_NOT.search(t) is None
        and not _numbered(t) and BULLET.match(t) is None and PROGRAMME_FIELD.match(t) is None
        and len(HAN.findall(t)) >= 0.6 * len(t)
    )


_cached_caption_text = functools.lru_cache(maxsize=LINE_CACHE)(_read_caption_text)


def list_runs(lines: list[str], ranked: list[bool] | None = None) -> list[bool]:
    """Lines of a list: three or more in a row that open with a bullet, or open with a [tag] or
    end with a date (and time) without a full stop, and the lines of a ranked teaser list."""
    return _runs_of_listy([_listy(t) for t in lines], ranked_runs(lines) if ranked is None else ranked)


def _runs_of_listy(listy: list[bool], ranked: list[bool]) -> list[bool]:
    """`list_runs` from each line's `_listy` and the ranked-list lines."""
    n = len(listy)
    in_list = [False] * n
    k = 0
    while k < n:
        j = k
        while j < n and listy[j]:
            j += 1
        if j - k >= LIST_RUN:
            in_list[k:j] = [True] * (j - k)
        k = max(j, k + 1)
    return [a or b for a, b in zip(in_list, ranked, strict=True)]


def _last_char(t: str) -> str:
    """The character a match anchored with `$` ends on: `$` also matches before a final newline."""
    return t[-2:-1] if t.endswith("\n") else t[-1:]


# What ENDS_DATE's last character can be: a digit, 日, a closing bracket, or the M of AM/PM.
_DATE_LAST = frozenset("日)）]Mm")


def _ends_date(t: str) -> bool:
    """`ENDS_DATE.search(t) is not None`, without the search on lines that cannot end in a date
    (most: the search would try the pattern at every digit of the line)."""
    c = _last_char(t)
    if not c or not (c in _DATE_LAST or c.isdecimal()):
        return False
    return ENDS_DATE.search(t) is not None


def _ends_full_stop(t: str) -> bool:
    """`FULL_STOP.search(t) is not None`."""
    return t.endswith(("。", ".", "。\n", ".\n"))


RANK = deferred(r"^(\d{1,2})[.、．](?!\d)")
RANKED_RUN = 5
TRUNCATED = deferred(r"(?:\.{2,}|…+)$|[【\[][^】\]]{1,20}[】\]]")


def ranked_runs(lines: list[str]) -> list[bool]:
    """Lines of a ranked list of teasers (a top-ten of a forum or portal): five or more lines
    numbered 1, 2, 3 … in a row, none with a full stop, some cut short (…) or tagged ([喜剧])."""
    out = [False] * len(lines)
    k = 0
    while k < len(lines):
        # RANK opens with a digit (`\d`: a decimal digit): most lines are dismissed by their first character.
        m = RANK.match(lines[k]) if lines[k][:1].isdecimal() else None
        if m is None or int(m.group(1)) != 1:
            k += 1
            continue
        j = k
        while j + 1 < len(lines):
            nxt = RANK.match(lines[j + 1])
            if nxt is None or int(nxt.group(1)) != j + 2 - k:
                break
            j += 1
        run = lines[k : j + 1]
        if len(run) >= RANKED_RUN and not any("。" in t for t in run) and any(TRUNCATED.search(t) for t in run):
            out[k : j + 1] = [True] * len(run)
        k = j + 1
    return out


# The name of the account or site a post was published by, alone under its title.
ACCOUNT_SUFFIX = deferred(r"(?:医院|卫生院|卫健委|卫生健康委|卫生计生|卫计委|疾控|发布|融媒|健康|之声|在线|微讯|资讯)$")
ACCOUNT_MAX_CHARS = 16


def account_line(lines: list[str], is_name: Any = None) -> int | None:
    """The second line of a post when it is only the publishing account's name: under a title
    line, over a short line (a date, a lead phrase), not over a paragraph (a roundup's first
    section name stands over its paragraph and stays)."""
    if len(lines) < 3 or is_body(lines[0]) or is_body(lines[2]) or sentence_like(lines[2]):
        return None
    t = lines[1]
    if len(t) > ACCOUNT_MAX_CHARS or HAN.fullmatch(t[:1] or " ") is None or CLAUSE.search(t) or SENTENCE_END.search(t):
        return None
    if " " in t or not (ACCOUNT_SUFFIX.search(t) or (is_name is not None and is_name(1))):
        return None
    return 1


def _section_heads(text: str, line_starts: list[int], ok: list[bool]) -> list[int]:
    """Eligible lines that head a roundup's section (a line that is only an institution's name,
    where the segment stage will cut): they are the roundup's structure, not page chrome."""
    from ..segment.names import default_finder
    from ..segment.sections import find_roundup

    finder = default_finder()
    candidates = [k for k, can in enumerate(ok) if can and _whole_name(finder, text, line_starts[k])]
    if not candidates:
        return []
    roundup = find_roundup(text, finder)
    if roundup is None:
        return []
    heads = {s.heading[0] if s.heading is not None else s.start for s in roundup.sections}
    return [k for k in candidates if line_starts[k] in heads]


def _name_lines(text: str, line_starts: list[int], lines: list[str]) -> Any:
    """A predicate: is line k only an institution's name? (Asked of short lines only.)"""
    from ..segment.names import default_finder

    finder = default_finder()
    cache: dict[int, bool] = {}

    def is_name(k: int) -> bool:
        if len(lines[k]) > 32:
            return False
        if k not in cache:
            cache[k] = _whole_name(finder, text, line_starts[k])
        return cache[k]

    return is_name


def _whole_name(finder: Any, text: str, start: int) -> bool:
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    name = finder.match_at(line, 0)
    return name is not None and name.end == len(line)


def sentence_like(t: str) -> bool:
    """A clause of running text (a sentence end, or a comma within some words): never the model's to remove."""
    if t[:1] in "“\"「" or (len(t) >= 8 and CLAUSE.search(t) is not None):
        return True
    if "。" in t:
        return True
    # A short exclamation or question alone (首家名牌折扣店! 你受哪颗星庇护?) is a teaser's or an
    # ad's, not a sentence of the article: running text either has a full stop or some length.
    return SENTENCE_END.search(t) is not None and (len(t) >= EXCLAIM_MAX_CHARS or VOICE.search(t) is not None)


def _numbered(t: str) -> bool:
    return HEADING.match(t) is not None or NUMBERED.match(t) is not None


def is_body(line: str) -> bool:
    """A line of article text: the model never removes it."""
    t = line.strip()
    if len(t) >= LONG_LINE_CHARS:
        return (
            SENTENCE_END.search(t) is not None or CLAUSE.search(t) is not None
            or len(SPACED.findall(t)) < SPACED_SHARE * len(t)
        )
    return len(t) >= BODY_MIN_CHARS and SENTENCE_END.search(t) is not None


def _short_plain(t: str) -> bool:
    return len(t) <= 20 and SENTENCE_END.search(t) is None


def line_features(lines: list[str], only: list[bool] | None = None) -> np.ndarray:
    """One row of FEATURES per (stripped, non-blank) line, in order. With `only`, rows of the
    other lines are left zero: a line's own features only ever decide its own score."""
    import numpy as np

    n = len(lines)
    out = np.zeros((n, len(FEATURES)), dtype=np.float64)
    if not n:
        return out
    sh = shape(lines)
    body = [i for i, b in enumerate(sh.body) if b]
    first_body, last_body = (body[0], body[-1]) if body else (n, -1)
    body_set = frozenset(body)
    # Distance (in lines) from each line to the nearest body line.
    dist = [n] * n
    last = -n
    for i in range(n):
        if i in body_set:
            last = i
        dist[i] = i - last
    nxt = 2 * n
    for i in range(n - 1, -1, -1):
        if i in body_set:
            nxt = i
        dist[i] = min(dist[i], nxt - i)
    plain = [_short_plain(t) for t in lines]
    in_list = sh.in_list
    m_start, m_end = sh.span
    for i, t in enumerate(lines):
        if only is not None and not only[i]:
            continue
        length = len(t) or 1
        han = len(HAN.findall(t))
        digits = len(DIGIT.findall(t))
        lo, hi = max(0, i - 3), min(n, i + 4)
        window = hi - lo - 1
        run = (sum(plain[lo:hi]) - plain[i]) / window if window else 0.0
        short = len(t) <= 12
        outside = i < first_body or i > last_body
        has_date = DATE.search(t) is not None
        row = (
            1.0,
            math.log1p(len(t)) / 5.0,
            float(short),
            float(SENTENCE_END.search(t) is not None),
            float(t[-1] in "。！？!?”」)）…" if t else 0.0),
            min(len(CLAUSE.findall(t)), 4) / 4.0,
            han / length,
            digits / length,
            len(LATIN.findall(t)) / length,
            float(has_date),
            float(TIME.search(t) is not None),
            min(len(CHROME.findall(t)), 3) / 3.0,
            float(BULLET.search(t) is not None),
            float(SEPARATOR.search(t) is not None),
            float(BRACKETED.search(t) is not None),
            float(ENDS_OPEN.search(t) is not None),
            max(0.0, 1.0 - i / 10.0),
            max(0.0, 1.0 - (n - 1 - i) / 10.0),
            float(i < first_body),
            float(i > last_body),
            math.log1p(min(dist[i], 50)) / math.log(51.0),
            run,
            float(dist[i] == 1),
            float(HEADING.match(t) is not None or NUMBERED.match(t) is not None),
            float(plain[i] and outside),
            float(plain[i] and has_date),
            float(not m_start <= i <= m_end),
            math.log1p(max(m_start - i, i - m_end, 0)) / math.log(51.0) if min(m_start - i, i - m_end) < 50 else 1.0,
            float(plain[i] and not m_start <= i <= m_end),
            float(in_list[i]),
            float(MENU_ROW.match(t) is not None or (len(t) <= WORD_ROW_MAX_CHARS and WORD_ROW.match(t) is not None)),
            min(len(SPACED.findall(t)) / length * 4.0, 1.0),
            float(len(t) >= MAX_CHARS and (i <= m_start - FAR_FROM_MAIN or i >= m_end + FAR_FROM_MAIN)),
        )
        out[i] = row
    return out


@dataclass(frozen=True)
class BlockModel:
    """Fitted weights of both passes (one per feature) and the probability above which a line goes."""

    weights: tuple[float, ...]
    context_weights: tuple[float, ...]
    threshold: float
    source: str = MODEL_FILE
    info: Any = None

    @classmethod
    def load(cls, path: Path) -> BlockModel:
        shown = path.name
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise ConfigError(
                f"{shown}: the block model cannot be read ({e})",
                hint="reinstall cleaner, or refit it with bench/fit_block_model.py",
            ) from None
        w = data.get("weights") if isinstance(data, dict) else None
        if not isinstance(w, dict) or sorted(w) != sorted(FEATURES):
            raise ConfigError(
                f"{shown}: the block model's weights do not name the features this version computes",
                hint="refit it with bench/fit_block_model.py",
            )
        cw = data.get("context_weights")
        if not isinstance(cw, dict) or sorted(cw) != sorted(ALL_FEATURES):
            raise ConfigError(
                f"{shown}: the block model's context weights do not name the features this version computes",
                hint="refit it with bench/fit_block_model.py",
            )
        thr = data.get("threshold")
        if not isinstance(thr, (int, float)) or not 0.0 < thr < 1.0:
            raise ConfigError(f"{shown}: `threshold` must be a number between 0 and 1", hint="refit the model")
        return cls(
            tuple(float(w[f]) for f in FEATURES), tuple(float(cw[f]) for f in ALL_FEATURES),
            float(thr), shown, data.get("fit"),
        )

    def scores(self, lines: list[str], only: list[bool] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(probability of boilerplate, feature matrix with the context columns) for each
        stripped non-blank line (for the lines `only` marks, when given; the others score as
        the article's in their neighbours' context)."""
        import numpy as np

        x = line_features(lines, only)
        mask = np.ones(len(lines)) if only is None else np.asarray(only, dtype=np.float64)
        return two_pass(x, mask, np.asarray(self.weights), np.asarray(self.context_weights))

    def plan(
        self, text: str, title_at: int | None = None, title: str | None = None, headings: frozenset[str] = frozenset()
    ) -> list[Edit]:
        """Edits removing the lines the model calls boilerplate, each noting why (`title_at`:
        see `eligible`; `headings`: lines a page's markup sets as the article's headings, never a
        photo's caption)."""
        # The boilerplate stage asks again after a round in which the rules removed something and
        # the model nothing: the text is the same, and so is the answer (a pure function of the
        # text and the weights), so the last one is kept.
        # The notes are copied: each logged change owns its own.
        last: tuple[tuple[str, int | None, str | None, frozenset[str]], list[Edit]] | None = getattr(self, "_last_plan", None)
        if last is not None and last[0] == (text, title_at, title, headings):
            return [Edit(e.start, e.end, e.replacement, e.rule, copy.deepcopy(e.note)) for e in last[1]]
        try:
            edits = self._plan(text, title_at, title, headings)
        finally:
            _shape.cache_clear()
        # Not a field: the model's identity and equality are its weights.
        object.__setattr__(self, "_last_plan", ((text, title_at, title, headings), [Edit(e.start, e.end, e.replacement, e.rule, copy.deepcopy(e.note)) for e in edits]))
        return edits

    def _plan(
        self, text: str, title_at: int | None = None, title: str | None = None, headings: frozenset[str] = frozenset()
    ) -> list[Edit]:
        raw = text.split("\n")
        starts = [0]
        for ln in raw[:-1]:
            starts.append(starts[-1] + len(ln) + 1)
        idx = [i for i, ln in enumerate(raw) if ln.strip()]
        lines = [raw[i].strip() for i in idx]
        if not any(shape(lines).body):
            return []
        line_starts = [starts[i] for i in idx]
        # Only lines the model may remove are scored: the rest cannot go whatever their score.
        ok = eligible(lines, title_at, title)
        for k in _section_heads(text, line_starts, ok):
            ok[k] = False
        is_name = _name_lines(text, line_starts, lines)
        in_caption_run: set[int] = set()
        for a, b in caption_runs(lines, is_name, headings):
            in_caption_run.update(range(a, b + 1))
        account = account_line(lines, is_name)
        decided = {k: "caption_run" for k in in_caption_run}
        if account is not None:
            decided[account] = "account_line"
        if not any(ok) and not decided:
            return []
        import numpy as np  # only for a page with lines to score

        prob, x = self.scores(lines, ok)
        w = np.asarray(self.context_weights)
        edits: list[Edit] = []
        drop = [k for k in range(len(lines)) if (ok[k] and prob[k] > self.threshold) or k in decided]
        if drop:
            drop = _whole_runs(lines, drop, decided)
        kept_after = [False] * len(idx)  # is some kept line after position k?
        seen_kept = False
        drop_set = set(drop)
        for k in range(len(idx) - 1, -1, -1):
            kept_after[k] = seen_kept
            seen_kept = seen_kept or k not in drop_set
        for k in drop:
            li = idx[k]
            if kept_after[k]:
                # The line and the blank lines after it, up to the next line.
                start, end = starts[li], starts[idx[k + 1]]
            else:
                # Nothing stays after: take the break before it instead, so no trailing newline is left.
                start = starts[idx[k - 1]] + len(raw[idx[k - 1]]) if k else starts[li]
                end = starts[li] + len(raw[li])
            if k in decided and not (ok[k] and prob[k] > self.threshold):
                # Decided by the line's context (a run of captions, an account's name), not by its score.
                edits.append(Edit(start, end, "", RULE_ID, {"score": 1.0, "features": [decided[k]]}))
                continue
            contrib = x[k] * w
            top = [
                ALL_FEATURES[j] for j in np.argsort(-contrib, kind="stable")[:3]
                if contrib[j] > 0 and ALL_FEATURES[j] != "bias"
            ]
            edits.append(Edit(start, end, "", RULE_ID, {"score": round(float(prob[k]), 3), "features": top}))
        return edits


# A list line's template: its words, digits and marks as classes (`某某乡卫生院:0000-1234567` ->
# `H:D-D`); a run of lines of one template that holds a field's colon or a number is one list.
_TEMPLATE_WORDS = recode.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_TEMPLATE_DIGITS = recode.compile(r"\d+")
_TEMPLATE_SPACE = recode.compile(r"\s+")
LIST_RUN_MIN = 4


def _template(t: str) -> str:
    return _TEMPLATE_SPACE.sub(" ", _TEMPLATE_DIGITS.sub("D", _TEMPLATE_WORDS.sub("H", t)))


def _whole_runs(lines: list[str], drop: list[int], decided: dict[int, str]) -> list[int]:
    """The lines to drop, a list's items scored apart put back: in a run of LIST_RUN_MIN lines
    or more of one template (a directory's `某某乡卫生院:0000-1234567` a line) of which most stay,
    the few the model scored as chrome are the list's too, and stay with it."""
    gone = set(drop)
    templates = [_template(t) for t in lines]
    k = 0
    while k < len(lines):
        t = templates[k]
        m = k + 1
        while m < len(lines) and templates[m] == t:
            m += 1
        if m - k >= LIST_RUN_MIN and (":" in t or "：" in t or "D" in t):
            run = range(k, m)
            if sum(1 for j in run if j not in gone) * 2 > len(run):
                gone -= {j for j in run if j not in decided}
        k = m
    return sorted(gone)


def default_model_path() -> Path:
    """The shipped model: beside the rule pack, in its `model/` data folder."""
    return Path(__file__).resolve().parent.parent / "data" / "rules" / "model" / MODEL_FILE


_LOADED: dict[Path, BlockModel] = {}


def load_model(path: Path | None = None) -> BlockModel:
    p = path or default_model_path()
    if p not in _LOADED:
        _LOADED[p] = BlockModel.load(p)
    return _LOADED[p]
