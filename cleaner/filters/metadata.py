"""The `metadata` stage: lift title, publication date, bylines and source lines into fields.

The *head* of a document is where metadata lives: the non-blank lines before the
first body paragraph (see `_is_body`). Inside the body only reporter bylines are
lifted (`本报讯(记者 …)` opening the first paragraph, a `(记者 … 通讯员 …)` line among
the last lines); a heading in the middle of an article is never touched. Every lifted line leaves the text through `Document.apply`, with one
rule id per kind of line:

- `published`: a date line, or a date label (`发布日期:`) with the date on the same
  or the next line; the value becomes `doc.published` as ISO 8601.
- `byline`: author and editor lines (`作者:`, `记者`, `通讯员`, `文/`, `图/`, `编辑:` …) and
  a bare line of personal names right under the title, and the reporter bylines in the
  body; names go to `doc.authors` (units such as `消化内科` only to the credits), roles to
  `metadata["credits"]`.
- `header_date`: a site header's "today" date (`今天是2024年5月8日`, a date with its weekday) into
  `metadata["header_date"]`; it becomes `published` only when the head holds no other date.
- `source_line`: `来源:` / `原标题:` lines, into `metadata["source_name"]` / `["original_title"]`;
  in a channel article's export, the account's name alone on a line by its account line.
- `info_line`: one line holding several of the fields above (portal info bars, a
  WeChat export's `原创 … 2024-08-02 17:30 发表于湖南` account line).
- `title`: the title, into `doc.title` (see `Metadata._title`). Never a row of a disclosure
  form (`索 引 号:…`), a plea to act (`点击上方“…”可以订阅哦!`), a dateline, a byline or a menu.
- `subtitle`: a `## ` line right under a `# ` title, or a `——…` line right under the
  title, into `metadata["subtitle"]` (without the dashes).
- `title_translation`: a head line written wholly in a second script (Tibetan, Uyghur, Mongolian),
  the headline's translation on a bilingual page, into `metadata["title_translation"]`.
- `banner`: short lines before a `# ` title, and site banners (`欢迎访问…网站`) above a plain
  title, into `metadata["banner"]`.
- `column_name`: a short column name (`医院动态`) right above a plain title, into
  `metadata["column_name"]`; a longer headline-like line there leaves both lines in place.

After the body, a reporter byline line and a source line (`来源:产科 儿童保健科`, also with an
editor credit: `本文来源:丽水市中心医院宣传科 责任编辑:叶晓东`) are lifted (`byline`, `source_line`;
editors go to `metadata["credits"]` only). Other editor credits at the end (`(责任编辑:…)`,
`编辑:刘佳`) are the boilerplate stage's credit rules.

A JSONL line's (or a Parquet row's) own fields beside its text, under the names scrapers give
them (`title`, `pub_time`, `author`, `source`, …: `INPUT_KEYS`), are read too: the stated title
is the record's title (a head line equal to it leaves the text as the title line), and a date,
authors and a source fill what the text does not state.

Patterns are module-level constants; nothing is read from files or executed.
Half- and full-width punctuation are accepted everywhere (`:`/`：`, `(`/`（`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from cleaner.filters.repair import (
    PROFESSIONAL_TITLE,
    WEB_ADDRESS,
    ends_incomplete,
    join_signal,
    starts_continuation,
)
from cleaner.lazyre import deferred
from cleaner.model import Document, Edit, line_removal_spans, paragraph_spans
from cleaner.stage import Stage
from cleaner.textview import LEAD_LABEL, NOTICE_OPENING, SUMMARY_HEADING, TOC_HEADING

from .. import recode

STAGE = "metadata"

# How far down the head may reach: portal pages put at most a handful of lines
# (banner, column name, title, info bar, byline) above the body.
HEAD_MAX_LINES = 10
# How far above the head an e-paper's issue line (the paper and the day) is read for the date.
ABOVE_HEAD_DATE_LINES = 6
# Menu items above them (首页, 要闻动态, 政务公开, 登录/注册 …) are not counted, as far down as this.
HEAD_SCAN_LINES = 150
# On a page of short lines only, how far down its info bar may stand to mark where its head ends.
SHORT_PAGE_INFO_LINES = 12
# A channel article's headline and account line this near the top, and the most lines from them
# to its first paragraph that are its head (the account's card, a player, a programme's list).
CHANNEL_TOP_LINES = 4
CHANNEL_HEAD_MAX_LINES = 20
MENU_ITEM = deferred(r"[^\s。,，!！?？:：;；]{1,6}(?:[ \t]*/[ \t]*[^\s。,，!！?？:：;；]{1,4})?")
# A title longer than this is a paragraph, not a headline (seed titles are 19-33 characters).
TITLE_MAX_CHARS = 60
# A site's name a scraper's title carries after the headline (`…_某某新闻客户端`, `… - 某某网`).
# (read only to find the headline's own line in the text: a dash without spaces counts, `…通知-某某委员会`)
TITLE_SITE_SUFFIX = deferred(r"\s*(?:[_|｜]|\s[-–—]\s|[-–—－])\s*[^_|｜\s\-–—－]{2,20}$")
TITLE_MIN_BARE_CHARS = 6
# A page's <title> saved as its first line: its parts (headline, board, site) between separators.
PAGE_TITLE_SEP = deferred(r"\s+[-–—－|｜]\s+|\s*[_｜|]\s*|\s*－\s*|(?<=[\u3400-\u4dbf\u4e00-\u9fff])-(?=[\u3400-\u4dbf\u4e00-\u9fff])")
PAGE_TITLE_MAX_CHARS = 160
# A column's part of a page's <title> (装修日记, 自驾游记): short.
PAGE_TITLE_COLUMN_CHARS = 8
COUNTER_LINE_MAX_CHARS = 30
# How the last part of a page's <title> names the site (a board, a portal, a blog, its software).
PAGE_TITLE_SITE = deferred(
    r"(?:Powered by|论坛|社区|BBS|bbs|博客|空间|网|網|站|之家|频道|门户|日报|晚报|报|在线|官网|客户端|贴吧|Discuz!?|phpwind"
    r"|医院|卫生院|保健院|中心|政府|委员会|卫健委|局|大学|学院)\s*[!！]?\s*$|^Powered by"
)
# How far above the first post's stamp a thread's subject may stand (the poster's panel between).
THREAD_PANEL_REACH = 30
THREAD_SUBJECT_MIN_CHARS = 8
# A poster panel's field (注册时间 2011-11-8, 积分: 3520, 当前离线).
PANEL_FIELD = deferred(
    r"^\s*(?:注册时间|最后登录|在线时间|积分|帖子|主题|精华|威望|金钱|贡献|阅读权限|UID|用户组|来自|性别|查看|回复|注册|状态|Rank)\s*[:：]?"
    # (…the poster's status, and the floor's number: 当前离线, 状态 离线, #1)
    r"|^\s*\S{1,20}\s+当前(?:离线|在线)\s*$|^\s*#\d{1,4}\s*$"
)
# A poster panel's date labels, the date on the line under them (注册时间 / 2011-11-8).
PANEL_DATE_LABEL = deferred(r"\s*(?:注册时间|注册日期|最后登录|上次登录|加入时间|入站时间|最后访问)\s*[:：]?\s*")
# A poster's screen name alone on its line (no spaces, no punctuation, no digits only).
POSTER_NAME = deferred(r"(?!\d+$)[^\s:：,，。!！?？()（）\[\]【】|｜]{2,16}")
# A poster's rank in their panel (中级会员, 论坛版主, 新手上路): no name.
POSTER_RANK = deferred(r"会员|版主|管理员|新手|上路|游客|禁止发言|等级|级别|Lv\.?\d|LV\d")
# A subject line's buttons after it (`… [复制链接]`).
SUBJECT_BUTTONS = deferred(
    r"(?:[ \t\u3000|｜]*[\[【]?(?:复制链接|复制本帖链接|打印|只看楼主|加为IE收藏|收藏主题|上一主题|下一主题)[\]】]?)+[ \t\u3000]*$"
)
# A thread's subject labelled as such over the first post (标题: …).
SUBJECT_LABEL = deferred(r"^\s*(?:标题|帖子标题|主题标题|本页主题|本帖主题)\s*[:：]\s*")
# A line opening with a short label and its colon (级别: 论坛版主, 发信人: 某某): a field, no subject.
LEAD_FIELD_LABEL = deferred(r"^\s*[\u3400-\u4dbf\u4e00-\u9fffA-Za-z]{1,6}\s*[:：]")
# A board's tag before a thread's subject (`[提车作业] …`, `【经验】…`).
BOARD_TAG = deferred(r"^\s*[\[【][^\]】\n]{1,8}[\]】]\s*")
# A line this long is body text even without sentence punctuation.
BODY_MIN_CHARS = 80
# A line this long with more clause marks than a headline allows is a cut paragraph, not a head line.
CUT_PROSE_MIN_CHARS = 20
# Captions and photo credits that may stand inside a cut paragraph (seed 002: `围绕成渝地区` /
# caption / `双城经济圈建设`): at most this many, each at most this long.
CUT_CAPTIONS_MAX = 3
CAPTION_LIKE_MAX_CHARS = 20
_NAME_CHAR = deferred(r"[\u3400-\u4dbf\u4e00-\u9fffA-Za-z]")
# How far above the title an 信息公开 page's record rows reach.
GRID_ROWS_REACH = 8
# A posting verb after an author's name (`作者:某某 发表于 2012年…`).
POSTING_VERB = deferred(r"[ \t\u3000]*(?:发表|发布|更新|编辑|写)于")
# A post held by a person, set before their name (产科护师, 护士长, 科主任, 心内科主任).
POST_WORD = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]{1,6}(?:护师|护士长|护士|医师|药师|技师|治疗师|治療師|醫師|護理師|藥師|主任|教授|研究员|卫教师|衛教師|营养师|營養師|个案管理师|個案管理師)")
# A weekday between a bar's day and its time (2025年3月5日 星期三 10:22).
WEEKDAY_BEFORE_TIME = deferred(r"(?<=日)[ \t\u3000]*[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?(?=[ \t\u3000]+\d{1,2}:\d{2})")
# A writer's unit with the post glued after it (某某市第一人民医院心血管内科主任医师).
UNIT_POST = deferred(
    r"[\u3400-\u4dbf\u4e00-\u9fff]{2,30}(?:医院|醫院|卫生院|衛生院|保健院|中心|大学|大學|学院|學院|研究所|研究院|科|部|室)[\u3400-\u4dbf\u4e00-\u9fff]{0,6}"
    r"(?:护师|護師|护士长|護理長|医师|醫師|药师|藥師|技师|技師|主任|教授|研究员|研究員|讲师|講師)"
)
# …or in a bar's cells after the name (`某某 | 主治医师 | 某某医院消化内科`).
NAME_POST_BAR = deferred(
    r"(?P<name>[\u3400-\u4dbf\u4e00-\u9fff]{2,4})[ \t]*[|｜][ \t]*(?:副?主任(?:医|药|护|技)师|主治医师|住院医师|医师|主管护师|护师|护士长|副?教授|副?研究员|营养师|药师)"
    r"(?:[ \t]*[|｜][ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{2,30})?"
)
# …in brackets after the writer's name alone on its line (`某某（某某医院心内科主任医师）`).
NAME_UNIT_POST = deferred(
    r"(?P<name>[\u3400-\u4dbf\u4e00-\u9fff]{2,4})[ \t]*[（(][ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{2,30}(?:医院|卫生院|保健院|中心|大学|学院|研究所|研究院|科|部|室)"
    r"[\u3400-\u4dbf\u4e00-\u9fff]{0,6}(?:护师|护士长|医师|药师|技师|主任|教授|研究员|讲师)[ \t]*[)）]"
)
# A line this short under the head's info bar is a widget's or a tag's word (评论, 杂谈), no title.
WIDGET_WORD_CHARS = 3
# A reporter credit after the body sits among the last lines (before share links and navigation).
TAIL_MAX_LINES = 8
# A line over the lead this short may be a photo's caption or a summary, the lead's dateline and byline under it.
LEAD_CAPTION_MAX_CHARS = 60
# (a portal keeps a long tail of chrome under it: editors, share bars, related lists, rankings, comments)
TAIL_BRACKET_LINES = 64
# A line after a byline that makes it one brief's among several: a sentence this long at least.
AFTER_PARAGRAPH_CHARS = 24
# A byline line is short: a few roles and names.
BYLINE_MAX_CHARS = 40
# A banner line before a `# ` title is short and has no sentence punctuation.
BANNER_MAX_CHARS = 20
# A column name above a plain title (`医院动态`, `院内新闻`) is a few characters; a longer line
# above a headline may be the real title (the boilerplate stage's `column_banner` uses 12 too).
COLUMN_MAX_CHARS = 12
# (a site's menu items `关于我们`, `加入我们`, `联系我们` speak of no one)
# (not 其他/其它 of a menu's item: `其他公告`)
PRONOUN = deferred(r"[你您她咱]|(?<![其吉])他|(?<!关于|加入|联系)我们")

# Sentence punctuation that marks a line as prose (body), not a headline.
SENTENCE_PUNCT = deferred(r"[。！？!?；;]|…{1,2}$|\.{3}$")
# A headline never ends with these (a clause or a sentence goes on or has ended).
TITLE_BAD_END = deferred(r"[。！？!?；;,，、:：…]$")
# Health-education headlines are often questions or exclamations (`孩子发烧怎么办?`): a short line
# whose only sentence mark is a final `?`/`!` can be a title.
# (an ellipsis inside it is a pause, `送医下乡、签约履约……这周忙些啥?`; at its end a cut)
QUESTION_TITLE = deferred(r"^(?:[^。！？!?；;…]|…{1,2}(?=[^…。！？!?])){2,30}[?？!！]$")
# ... unless someone asks it (`记者:哪些胸痛需要就医?`, `问:…`): then it is a line of the body.
DIALOGUE_TURN = deferred(r"^(?:记者|主持人|问|答|Q|A|提问|网友|患者|市民)\s*[:：]\s*\S")
# A headline of a question and a few words after it (`冬季如何预防流感？专家支招`).
HEADLINE_QUESTION = deferred(r"^[^。！？!?；;，,…]{2,20}[\u3400-\u4dbf\u4e00-\u9fff][？！?!][\u3400-\u4dbf\u4e00-\u9fff]{2,8}$")
# A headline of two parts, a question or a cry and what answers it, with no full stop
# (`血糖“过山车”怎么破？医生写给糖友的控糖手册`, `立秋已过，蚊子还在！这份防护指南请收好`).
# (its second part may hold one colon: `高温来袭！专家提醒：这8件事要做到`)
# (…its last word an abbreviation in brackets: `…认识失眠认知行为治疗(CBT-I)`)
HEADLINE_TWO_PART = deferred(r"^[^。！？!?；;]{2,24}[？！?!][^。！？!?；;:：]{2,24}(?:[:：][^。！？!?；;:：，,]{2,20})?(?:[\u3400-\u4dbf\u4e00-\u9fff”》」』]|[(（][A-Za-z][A-Za-z0-9\-]{0,9}[)）])$")
HEADLINE_TWO_PART_MAX = 40
# …and one ending in its cry (辟谣｜“喝醋能软化血管”？别再信了！).
TWO_PART_CRY = deferred(r"^[^。；;，,]{2,30}[？?！!][^。！？!?；;，,]{2,16}[！!？?]$")
# A headline opened by a cry (`暖心！…`, `重磅！…`, `好消息！…`) and no other punctuation.
HEADLINE_CRY = deferred(r"^(?:【[^】]{1,8}】)?[\u3400-\u4dbf\u4e00-\u9fff]{2,5}[！!][^。！？!?；;，,…:：]{4,28}$")
# A letter's or notice's salutation, short as it is, opens the body (`各位患者朋友：`, `致全院职工：`);
# the block model never takes one above the body either.
SALUTATION = deferred(r"^(?:[\u3400-\u4dbf\u4e00-\u9fff]{1,4}?(?=各位|广大|全体))?(?:各位|各(?=[\u3400-\u4dbf\u4e00-\u9fff、()（）]{0,15}(?:单位|部门|科室|院|中心|机构|学校|乡镇|街道|局|委|办|站|所|处|组|社区|村|部|系|人员|考生|同志|家长|患者|居民|市民|会员|级|班|学院|支部|分会)(?:[(（][\u3400-\u4dbf\u4e00-\u9fff、]{1,6}[)）])?[:：]$)|尊敬的|亲爱的|致|广大|全体|全市|全县|全区|全院|全校)[^。，,；;！!？?]{1,16}[:：]$"
    # a speech's (同志们:, 女士们、先生们:, 各位来宾、朋友们:)
    r"|^(?:[\u3400-\u4dbf\u4e00-\u9fff]{0,4}(?:同志|同事|朋友|同学|老师|代表|来宾|嘉宾|家人|先生|女士|战友|校友)们[、，,和与及]?){1,4}[:：]$"
    # (a reply's greeting of the deputy or member who wrote: 某某代表:, 某某委员:)
    r"|^[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:代表|委员|同志)[:：]$")
# Whom a speech or a letter addresses, a short line ending in a colon (同志们:, 各位代表、同志们:).
ADDRESSED = deferred(r"^\s*[^。，,；;！!？?\d]{1,14}[:：]\s*$")
# A record grid's label of a date that is not the page's, its value on the next line (`成文日期` / `2019-07-05`).
OTHER_DATE_LABEL = deferred(r"\s*(?:成\s*文|印\s*发|生\s*效|施\s*行|废\s*止|截\s*止|签\s*发)\s*(?:日\s*期|时\s*间)\s*[:：]?\s*")
# An event's time field and the fields beside it (报告人:, 地点:): the notice's, not the page's info bar.
EVENT_TIME = deferred(r"^\s*(?:时\s*间|日\s*期)\s*[:：]")
# The marks a headline may close with that a scraper's title field may leave off.
TITLE_END_MARKS = "！!？?。.…~～ "
EVENT_SPEAKER = deferred(r"^\s*(?:发布人|发言人|出席人|出席嘉宾|发布嘉宾)\s*[:：]")
# A second field of a page's info bar after the first (`… 发布时间:…`, `… 浏览:`, `… 来源:`).
INFO_BAR_FIELD = deferred(r"\S\s+(?:(?:发布|更新|录入|发表)(?:时间|日期)|浏览(?:次数|量)?|点击(?:数|率|量)?|阅读(?:次数|量)?|来源)\s*[:：]")
EVENT_FIELD = deferred(
    r"^\s*(?:(?:报告|讲座|会议|活动|培训|答辩)?(?:地\s*点|地\s*址)|报告人|主讲人|主讲嘉宾|主持人|嘉\s*宾|(?:报告|讲座|会议|活动)?(?:题\s*目|主\s*题|内\s*容)"
    r"|参加(?:人员|对象)|参会人员|面向对象|主办单位|承办单位)\s*[:：]"
)


def event_time(texts: Sequence[str], i: int) -> bool:
    """Whether line i is an event's own `时间:` field, beside its 报告人:, 地点: (a notice's, not the
    page's info bar)."""
    if EVENT_TIME.match(texts[i]) is not None:
        return any(0 <= n < len(texts) and EVENT_FIELD.match(texts[n]) for n in (i - 1, i + 1))
    # (…and a press conference's speakers, 发布人:…, among its 时间:, 地点:, 主持人: fields; not
    # a page's info bar that opens with who posted it, `发布人:科研办  发布时间:…  浏览:`)
    # (…nor its label alone over the unit that posted it, `发布人:` / `科研处` / `发布日期:`: a
    # speaker's label alone has the speaker's post and name under it)
    if (speaker := EVENT_SPEAKER.match(texts[i])) is None or INFO_BAR_FIELD.search(texts[i]) is not None:
        return False
    if not texts[i][speaker.end() :].strip() and not (i + 1 < len(texts) and SPEAKER_LINE.match(texts[i + 1])):
        return False
    return any(
        0 <= n < len(texts) and (EVENT_FIELD.match(texts[n]) or EVENT_TIME.match(texts[n])) for n in range(i - 2, i + 3) if n != i
    )
# A font switch leading an info bar (`【字号 大 中 小】 来源:…`).
LEAD_FONT_SWITCH = deferred(r"^\s*[【\[]?\s*(?:字号|字体)\s*[:：]?\s*大\s*中\s*小\s*[】\]]?\s*")
# A bilingual info bar's English label between the Chinese label and its colon, and an English byline.
_ASCII_WORD = deferred(r"[A-Za-z]{2,}")
ENGLISH_HEADLINE = deferred(r"^[A-Z][A-Za-z0-9'’,:;&\-–()\s]{10,160}[A-Za-z0-9)]$")
ENGLISH_LABEL = deferred(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])[ \t]+(?:Source|Posted|Published|Release|Date|Time|Author|Authors|By|Editor|Views|Hits|From|Reporter)[ \t]*(?=[:：])")
ENGLISH_BYLINE = deferred(r"[ \t]+By[ \t]+[A-Z][A-Za-z]*(?:[ \t]+[A-Z][A-Za-z]*){0,3}(?=[ \t|]|$)")
# A page's font-size switch (`字号:[ 大 中 小 ]  打印  关闭`, `【字体:大 中 小】`): between the title and the body.
FONT_SIZE_ROW = deferred(
    r"^\W{0,2}(?:字号|字体)\s*[:：]?\s*[\[【(（]?\s*大\s*中\s*小"
    # (an e-paper's zoom buttons: 放大 缩小 默认)
    r"|^\s*(?:放大|缩小|默认|还原)(?:[ \t\u3000|]+(?:放大|缩小|默认|还原)){1,3}\s*$"
    # (a size switch of letters, in either script: 字級 A- A A+, 文字大小 A A A)
    r"|^\s*(?:字級|字级|字體|文字大小|字體大小|字体大小|字型大小|字型)\s*[:：]?(?:\s*A[-+＋－]?){2,4}\s*$"
    # (…as 字号 too, with the bar's other buttons after it: 字号 A- A A+ 收藏 听新闻)
    r"|^\s*(?:字号|字號|字体|字體)\s*[:：]?(?:\s*A[-+＋－]?){2,4}(?:[ \t\u3000|]+(?:收藏|打印|分享|听新闻|朗读|评论|关闭|纠错))*\s*$"
    # (…or without a label, its reset button beside it: A+ A- 默认)
    r"|^\s*(?:A[-+＋－]{1,2}|A|默认|重置|原始)(?:\s+(?:A[-+＋－]{1,2}|A|默认|重置|原始)){1,4}\s*$"
    # (…or the sizes in words: 字号 小 标准 大 特大)
    r"|^\s*(?:字号|字號|字体|字體)\s*[:：]?(?:\s*(?:小|中|标准|默认|大|较大|特大|超大)){3,5}\s*$"
)
# A speaker's line under a speech's title: a post ending in a leader's title, a space, a name.
SPEAKER_LINE = deferred(
    r"^[ \t\u3000]*[\u3400-\u4dbf\u4e00-\u9fff、（）()]{0,30}(?:书记|局长|主任|院长|市长|县长|区长|镇长|乡长|省长|州长|部长|厅长|主席|"
    r"处长|校长|会长|理事长|秘书长|董事长|总经理|党委委员|主任委员|主委)[ \t\u3000]+(?P<name>[\u3400-\u4dbf\u4e00-\u9fff]{2,4})[ \t\u3000]*$"
)
# A headline is a phrase: a line with more clause marks than this is a cut sentence.
CLAUSE_MARKS = deferred(r"[,，、；;]")
# An enumeration's middle items (挂号、导诊、问路): the list counts as one clause mark.
ENUMERATED_ITEM = deferred(r"、[^、,，；;！!？?。\s]{1,6}(?=、)")
# A quotation or a book title inside a headline: its commas are its own (落实「巡、倒、清、刷」).
QUOTED_PART = deferred(r"「[^」\n]{0,30}」|“[^”\n]{0,30}”|《[^》\n]{0,30}》|『[^』\n]{0,30}』")
# A field row: a label of a word or two (spaced or not) and a colon, then its value.
FIELD_ROW = deferred(r"^[\u3400-\u4dbf\u4e00-\u9fff](?:[ \t\u3000]*[\u3400-\u4dbf\u4e00-\u9fff]){1,5}[ \t\u3000]*[:：][ \t\u3000]*\S")
# Words of some length: a lead-in ending in a colon has them, a widget row (`【打印】 【字体:`) has not.
HAN_RUN = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]{4,}")
HAN_CHAR = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# How many Han characters a Chinese headline over its English one holds at least (一间“慢下来”的诊室).
HAN_HEADLINE_MIN_CHARS = 4
# A notice's first numbered field (`一、项目编号:…`, `二、采购项目名称:…`): a tender's or a
# result's body is such rows, the first sentence often far below them.
NUMBERED_FIELD = deferred(r"^[一二三四五六七八九十]{1,3}[、.．][ \t]*[\u3400-\u4dbf\u4e00-\u9fff（）()]{2,14}[:：][ \t]*\S")
# Sentence ends that a field's value does not hold.
FULL_STOP = deferred(r"[。！？!?]")
# Nor does it end on a preposition or conjunction (`…夯实思想防线,为`): that line was cut.
# (not the last character of a word that ends a headline: 科学应对, 大有作为, 新方向, 我们一直在)
OPEN_TAIL = deferred(
    r"(?:通过|围绕|按照|根据|[为在对把将被和与及从向])$"
    r"(?<!应对)(?<!面对)(?<!相对)(?<!绝对)(?<!作为)(?<!有为)(?<!方向)(?<!走向)(?<!导向)(?<!转向)(?<!指向)(?<!志向)"
    r"(?<!所在)(?<!同在)(?<!存在)(?<!自在)(?<!实在)(?<!健在)(?<!常在)(?<!何在)(?<!不在)(?<!都在)(?<!一直在)(?<!还在)(?<!仍在)(?<!正在)"
    # (words that end on one: 参与, 共和, 温和, 以及, 普及, 惠及, 服从, 行为, 大有可为 …)
    r"(?<!参与)(?<!给与)(?<!共和)(?<!温和)(?<!缓和)(?<!调和)(?<!平和)(?<!祥和)(?<!以及)(?<!普及)(?<!来不及)(?<!危及)(?<!惠及)"
    r"(?<!顺从)(?<!服从)(?<!无从)(?<!行为)(?<!大有可为)"
)
# Numbered section headings (`一、`, `(一)`, `1.`, `第一`, `一是`) are never a title.
SECTION_HEADING = deferred(
    r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]\s*\D|"
    r"第[一二三四五六七八九十\d]+[章节部分条]|[一二三四五六七八九十]是|"
    # Themed sections of a feature (`01 泸溪县人民医院 让群众在家门口看好病`): zero-padded, as the
    # segment stage reads them; a plain `3 个细节…` may still be a health-education headline.
    r"0[1-9](?:[ \t]+|[ \t]*[|｜丨.、．][ \t]*)\S)"
)
# Two `label: value` pairs make an info bar, never a title (even when a label is unknown here).
# A section's heading behind a marker (◎某某门诊开诊, ■某某医院:, ▶ 某某医院): a roundup's first item,
# under the page's title and info bar.
MARKED_HEADING = deferred(r"^[◎■□◆◇●○▶►▸★☆※][ \t\u3000]*\S")
# A column's name in brackets on a line of its own (【专家门诊】, 〖健康讲堂〗).
BRACKETED_COLUMN = deferred(r"[【〖\[][ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{2,8}[ \t]*[】〗\]]")
TWO_FIELDS = deferred(r"[:：]\s*\S+\s+\S{1,6}[:：]")
# A page's button in brackets (【打印此页】, [关闭窗口], 【字体:大 中 小】): alone on a line under the
# title (`BUTTON_LINE`) or after a bar's bracketed fields (`BAR_BUTTONS`).
BRACKETED_BUTTON = (
    r"[【\[［][ \t]*(?:打印此页|打印本页|打印|关闭窗口|关闭本页|关闭|收藏|加入收藏|分享|纠错|我要纠错|返回顶部|返回|保存"
    r"|字体[:：]?[ \t]*大[ \t]*中[ \t]*小|大[ \t]*中[ \t]*小)[ \t]*[】\]］]"
)
RELEASE_KINDS = frozenset({"新闻稿", "新聞稿", "通稿", "通讯稿", "通訊稿", "新闻发布", "新聞發佈"})
MICROBLOG_TAG = deferred(r"[ \t]*\[(?:微博|博客|博)\]")
# A bar's field in brackets (【来源:某某股】), its buttons (【打印此页】 【关闭窗口】) and a day in brackets first.
BRACKETED_FIELD = deferred(r"【[ \t]*(?P<field>(?:来源|作者|编辑|责任编辑|发布时间|更新时间|时间|日期|点击|浏览|阅读|出处|文章来源|信息来源)[ \t]*[:：][^【】\n]{0,40}?)[ \t]*】")
BAR_BUTTONS = deferred(BRACKETED_BUTTON)
BRACKETED_DAY = deferred(r"^[ \t]*\[[ \t]*(?P<day>(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?)[ \t]*\]")
# An info bar's field left empty, another label or the line's end right after its colon.
EMPTY_BAR_FIELD = deferred(
    r"(?:^|(?<=[ \t\u3000]))(?:发布时间|发布日期|更新时间|信息来源|文章来源|来源|稿源|作者|访问量|浏览次数|点击数|阅读次数|浏览量|点击量|阅读量|阅读数|文号|发文字号|索引号)[ \t]*[:：][ \t\u3000]*"
    # (…or holding the placeholder a script fills in, `阅读量:--`)
    r"(?:(?:-{1,3}|—{1,2}|…|\.{3})[ \t\u3000]*)?"
    r"(?=$|[\u3400-\u4dbf\u4e00-\u9fff]{2,5}[ \t]*[:：])"
)
# An info bar's labels, filled or not (发布时间:, 信息来源:, 访问量:).
BAR_LABELS = deferred(r"(?:发布时间|发布日期|更新时间|信息来源|文章来源|来源|作者|访问量|浏览次数|点击数|阅读次数)[ \t]*[:：]")
# A service guide's fields under its title (事项名称:…, 实施主体:…, 承诺时限:…, 收费标准:…): the
# guide's content, between the title and the body.
GUIDE_FIELD = deferred(
    r"^(?:事项|服务|办理|受理|实施|审批|设定|法定|承诺|办件|收费)[\u3400-\u4dbf\u4e00-\u9fff]{0,2}"
    r"(?:名称|主体|类型|机构|部门|依据|时限|标准|类别|编码)\s*[:：]\s*\S"
    # (a call for comments' or a public notice's grid under its title: 征集单位:…, 征集时间:…, 公示期限:…)
    r"|^(?:征集|征求|公示|报名|申报|投票)(?:单位|部门|时间|日期|期限|状态|对象|范围|方式)\s*[:：]\s*\S"
)
# Breadcrumbs and site furniture are not titles (they are boilerplate's `head` rules).
# A line of a rule's characters only: a Markdown heading's underline (=====) or a separator (* * *, ---).
_RULE_LINE = r"^\s*(?:[=\-*_~—＊－＝━─═]\s*){3,}$"
RULE_LINE = deferred(_RULE_LINE)
# The links an info bar prints after its source, set apart by a wide gap.
SOURCE_LINKS_TAIL = deferred(
    r"(?:[ \t]{2,}|[ \t]*\u3000[ \t\u3000]*|[ \t]+(?=网友评论|进入论坛|打印本页|手机点评|手机看新闻|E-mail推荐|微信微博|微博微信))"
    r"(?:网友评论|我要评论|发表评论|进入论坛|打印本页|打印|手机点评|手机看新闻|纠错|E-mail推荐|推荐给朋友|关闭窗口|收藏本页|字号|分享到?|微信微博|微博微信)"
)
# A unit that supplied the piece, in brackets at its end (`（体育部 供稿）`, `（院办供稿）`).
SUPPLIED_BY = deferred(
    r"[（(][ \t\u3000]*(?P<unit>[\u3400-\u4dbf\u4e00-\u9fff]{1,14}(?:部|科|处|室|中心|院|局|委|办|站|所|组|馆|队|系|会|团委|支部))[ \t\u3000]*供稿[ \t\u3000]*[)）][ \t]*$"
)
# An e-paper's stamp: the paper in 《》, the day, the page (`《某某日报》 2010年7月15日 第A05版`).
EDITION_STAMP = deferred(
    r"\s*《[^《》\n]{2,20}》[ \t\u3000]*(?:19|20)\d\d年\d{1,2}月\d{1,2}日[ \t\u3000]*(?:星期[一二三四五六日天][ \t\u3000]*)?"
    r"(?:第?[ \t]*[A-Z]?\d{1,3}[ \t]*版(?:[:：][^\s]{0,12})?)?\s*"
)
# A channel account's handle after its name in a source field (`某某健康（ID：xxjk_01）`, `(微信号:xxjk)`; the
# field's edge may have taken the closing bracket).
ACCOUNT_ID_TAIL = deferred(r"[ \t]*[（(][ \t]*(?:ID|微信号|微信ID|公众号ID|公众号)[ \t]*[:：][ \t]*[A-Za-z0-9_\-.]{2,30}[ \t]*[)）]?[ \t]*$")
# The terms of reprinting after the name in a source field (`某某医院，转载请联系授权`, `；如需转载请注明出处`).
REPRINT_TAIL = deferred(r"[ \t\u3000]*[,，;；。][ \t\u3000]*(?:如需|如要|欢迎|未经[^,，;；\n]{0,10})?转载[^\n]*$")
# …and a page of the paper after its name in a source field (`某某晚报　第A07版：健康周刊`, `某某日报 A3版`).
EDITION_TAIL = deferred(r"[ \t\u3000]+第?[ \t]*[A-Za-z]?\d{1,3}[ \t]*版(?:[ \t]*[:：][ \t]*\S{0,12}|[ \t\u3000]+[\u3400-\u4dbf\u4e00-\u9fff]{2,8})?[ \t\u3000]*$")
# A line of Markdown images and links only, and the bars between them.
MARKDOWN_LINKS_ONLY = deferred(r"^(?:[ \t]*!?\[[^\]\n]*\]\([^)\s]*\)[ \t|｜·•]*)+$")
# A breadcrumb's label alone, its colon maybe set apart (`您当前的位置 ：`).
LOCATION_LABEL = deferred(r"^[ \t]*(?:您|你)?(?:当前|现在)?(?:的)?(?:所在)?(?:位置|所在位置)[ \t\u3000]*[:：][ \t]*$")
# A tag after a headline (`（求助帖）`, `(组图)`, `[原创]`).
# What comes with a headline, marked after it: its pictures or its clip (（组图）, 【视频】).
_MEDIA_MARKS = "组图|多图|附图|图文|图|视频|音频|动图"
HEADLINE_TAG = deferred(rf"[ \t]*[（(【\[](?:求助帖?|原创|转载|{_MEDIA_MARKS}|置顶|精华|已解决|已解答|更新)[）)】\]][ \t]*$")
# A record table's label alone on its line, its value on the next (an 信息公开 page's grid a cell a line).
# An info bar's label alone without a colon, its value on the next line (来源 / 某某融媒体中心).
BARE_BAR_LABEL = deferred(r"^\s*(?P<label>来源|作者|点击量|点击数|阅读量|浏览量|浏览次数|阅读)\s*$")
RECORD_LABEL_ALONE = deferred(
    r"^\s*(?P<label>(?:信息)?索\s*引\s*号|发布机构|发文机关|信息来源|成文日期|发布日期|发布时间|发文日期|发文时间|生成日期|文\s*号|发文字号|有\s*效\s*性"
    r"|主题分类|组配分类|体裁分类|信息分类|所属主题|分\s*类|关\s*键\s*词|主\s*题\s*词|内\s*容\s*概\s*述"
    # (…and an info bar's own fields split so, each label with its colon: `来源：` / `某某局`, `作者：` / `某某`)
    r"|来\s*源(?=\s*[:：])|文章来源(?=\s*[:：])|作\s*者(?=\s*[:：]))"
    r"\s*[:：]?\s*$"
)
# What each record label's value looks like: a code, a unit, a day, a document's number, a status.
SOURCE_VALUE_MAX_CHARS = 24
RECORD_INDEX = deferred(r"[0-9A-Za-z][0-9A-Za-z/\-]{5,40}")
RECORD_STATUS = deferred(r"有效|失效|废止|已废止|已失效|现行有效")


def _record_value(label: str, value: str) -> bool:
    """Whether `value` is what a record table's `label` holds (its template may have left it
    empty, the title standing under it instead)."""
    label = re.sub(r"\s+", "", label)
    if value in RECORD_EMPTY and label not in ("来源", "文章来源", "作者"):
        return True  # (a field the record leaves empty: 文号 / 无)
    if label.endswith("索引号"):
        return RECORD_INDEX.fullmatch(value) is not None
    if label in ("来源", "文章来源"):
        return len(value) <= SOURCE_VALUE_MAX_CHARS and not SENTENCE_PUNCT.search(value) and not FIELD_WITH_VALUE.match(value)
    if label == "作者":
        return bool(NAMES_LINE.fullmatch(value)) and all(is_author_name(n) for n in _split_names(value))
    if label in ("发布机构", "发文机关", "信息来源"):
        return bool(BARE_UNIT.fullmatch(value) or GOV_UNIT.fullmatch(value))
    if label.endswith(("日期", "时间")):
        return DATE_LINE.match(value) is not None
    if label in ("文号", "发文字号"):
        return DOC_NUMBER.fullmatch(value) is not None
    if label == "内容概述":
        # (a summary's words; the headline itself would be under an empty label: see `_run`)
        return len(value) <= RECORD_VALUE_MAX_CHARS and SENTENCE_PUNCT.search(value) is None
    if label.endswith(("分类", "主题", "键词", "题词")):
        # (a category's words, `教育`, `城乡建设、环境保护\其他`, `人事信息 / 人事任免`; keywords, `交通;施工`;
        # a headline under an empty label has spaces or runs longer)
        value = CATEGORY_STEP.sub("/", value)
        return len(value) <= RECORD_CATEGORY_MAX_CHARS and not any(ch.isspace() for ch in value)
    return RECORD_STATUS.fullmatch(value) is not None
RECORD_VALUE_MAX_CHARS = 40
RECORD_EMPTY = frozenset({"无", "暂无", "—", "-", "/", "／"})
CATEGORY_STEP = deferred(r"[ \t\u3000]*[/／\\＼>][ \t\u3000]*")
RECORD_CATEGORY_MAX_CHARS = 16
# A column of doctors' profiles, over a doctor's name.
PROFILE_COLUMN = deferred(r"(?:专家|医生|医师|名医|名家|护理专家)(?:介绍|简介|风采|团队|荟萃|信息)|名医堂|专家库|医生团队")
# A column's name before a headline (`健康热线：标题`, `【健康热线】标题`, `健康热线 | 标题`).
COLUMN_ECHO = deferred(r"^(?:[【\[](?P<bracketed>[^【】\[\]]{2,10})[】\]]|(?P<column>[\u3400-\u4dbf\u4e00-\u9fff]{2,8})[ \t]*[:：|｜])[ \t]*(?P<rest>\S.{3,})$")
# An app's prompt (下载某某新闻客户端 观看更多视频, 打开某某APP): no headline, and the headline may be above it.
_APP_PROMPT = r"^\s*(?:请|欢迎)?(?:下载|安装|打开)[^\s。,，]{1,14}(?:APP|App|app|客户端)(?:\s|[,，]|$|(?:看|查看|阅读|观看|浏览)[^\s。,，]{0,8}\s*$)"
APP_PROMPT = deferred(_APP_PROMPT)
# What a house periodical calls itself (院讯, 通讯, 院报, 简报), in either script.
_NEWSLETTER = r"(?:院讯|院訊|通讯|通訊|院报|院報|院刊|简报|簡報|会刊|會刊|月刊|季刊|周刊|週刊|快讯|快訊|电子报|電子報)"
# A self-media platform's badge on its writer after the platform's name or the field they write in
# (某某号 · 健康领域优质创作者, 健康领域创作者 · 某某医院…医师), and a page's reading time (预计阅读时间:5-7 分钟).
DOTTED_BADGE = deferred(
    r"^\s*[\u3400-\u4dbf\u4e00-\u9fff]{1,6}号\s*[·•]\s*\S|^[^\d\n]{0,8}领域(?:优质|原创|资深)?(?:创作者|作者|博主)\s*[·•|｜]"
)
# A site header's buttons in brackets after today's date (【适老化模式】　【无障碍】).
HEADER_BUTTONS_TAIL = deferred(r"(?:[ \t\u3000]*[【\[][^】\]\n\d]{1,8}[】\]])+[ \t\u3000]*$")
# A news app's line naming itself and the account that posted (`某某APP · 某某市融媒体中心`).
APP_ACCOUNT_LINE = deferred(r"(?P<app>[^\s·•]{2,10})[ \t]*[·•][ \t]*(?P<account>[^\s·•]{2,20})")
# An e-paper's page with its name as a cell of a bar (`第A07版：健康周刊`).
PAGE_LABEL_CELL = deferred(r"[ \t\u3000]+第[ \t]*[A-Z]?\d{1,3}[ \t]*版[ \t]*[:：][ \t]*[^\s:：]{1,10}(?=[ \t\u3000]|$)")
# A zoom switch in brackets after a bar's fields (【放大 缩小 默认】, [大 中 小]).
ZOOM_TAIL = deferred(r"[ \t\u3000]*[【\[][ \t]*(?:字[体号][ \t]*[:：]?[ \t]*)?(?:放大|缩小|默认|大|中|小)(?:[ \t]+(?:放大|缩小|默认|大|中|小))+[ \t]*[】\]][ \t\u3000]*$")
# A bar's count of views without its label (the eye an icon) after its last field: `5.2万`, `1.3w`.
BARE_VIEWS_TAIL = deferred(r"(?<![量读览击看数度次:：])[ \t\u3000]+\d{1,4}(?:\.\d{1,2})?[万wW]\+?[ \t\u3000]*$")
# A web address alone (https://mp.weixin.qq.com/s/…, www.example.cn/news/1.html).
BARE_ADDRESS = deferred(r"(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/[\x21-\x7e]*")
# An account's slogan under its follow prompt (`权威发布 · 某某本地资讯第一时间知晓`).
SLOGAN_MAX_CHARS = 30
# An expander under a preview (▼ 展开全文, 阅读全文 >).
EXPANDER = deferred(r"^\s*[▼▽↓∨⌄]?\s*(?:展开全文|展开阅读全文|阅读全文|查看全文)\s*[▼▽↓∨⌄>»]*\s*$")
READING_TIME = deferred(r"^\s*(?:预计)?阅读(?:时间|时长|需要|约需)\s*[:：]?\s*(?:约|大约)?\s*\d[\d\s~-]*分钟\s*$")
NOT_TITLE = deferred(
    rf"[>›»┊]|当前位置|您的位置|你的位置|(?<!病案)(?<!病历)首页|首頁|^https?://|www\.|{_RULE_LINE}|欢迎您|您还没有|您还未|^\s*原文地址\s*[:：]"
    # (a reader's channel over the entry: 当前频道：医疗健康 / 某某日报·民生健康版)
    r"|^\s*(?:当前|所在)频道\s*[:：]"
    # (a shop's price and its buttons: 参考价格:¥18.50 [查看药店价格])
    # (a site's greeting in its header: 您好，欢迎来到某某医院！)
    r"|^\s*(?:您好\s*[,，!！]?\s*)?欢迎(?:您)?(?:来到|访问|光临|进入|莅临)"
    r"|^\s*(?:参考价格|参考价|价格|售价)\s*[:：]|[¥￥]\s*\d"
    # (a channel app's reader-mode button: 在小说阅读器中沉浸阅读)
    r"|阅读器中沉浸阅读"
    # (a microblog page's own headings: 微博正文, 你可能感兴趣的人)
    r"|^\s*(?:微博正文|(?:你)?可能感兴趣的人|热门微博|微博热搜)\s*$"
    # (a profile's tab with its count: 全部微博(18324), 文章(56))
    r"|^\s*(?:全部微博|全部动态|全部|原创|微博|文章|动态|视频|图片|相册|回答|提问|帖子|作品)\s*[(（]\s*[\d,.]+[万wW]?\s*[)）]\s*$"
    # (a self-media platform's badge on its writer, a page's reading time, and a reader view's bare
    # domain: health.example.com.cn)
    rf"|{DOTTED_BADGE.pattern}|{READING_TIME.pattern}"
    r"|^\s*(?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov|edu|info)(?:\.cn)?(?:/\S*)?\s*$"
    # (a repost's note of where it came from: 本文转载自微信公众号“某某”,原标题《…》)
    r"|^\s*(?:本文|文章|此文)(?:转载自|转自|来自|来源于)"
    # (a platform's badge for the account: 人民号 · 某某委员会官方账号)
    r"|^\s*(?:人民号|百家号|头条号|企鹅号|大鱼号|网易号|搜狐号|澎湃号|一点号|新浪号|凤凰号)\s*[·•|｜:：]|(?:官方账号|官方帐号)\s*$"
    # (a site's hotline or phone: 诉讼服务热线:0000-12368)
    r"|^\s*[\u3400-\u4dbf\u4e00-\u9fff]{0,8}(?:热线|电话)\s*[:：]?\s*[\d(（+][\d \t()（）+-]{4,20}\d\s*$"
    # a profile's heading (科室简介) and a programme's role field (主持人:…) head no article (a box's
    # heading, 项目概况 or 内容提要, neither: `looks_like_title`)
    r"|^\s*[\u3400-\u4dbf\u4e00-\u9fff]{1,6}简介\s*[:：]?\s*$"
    r"|^\s*(?:主持人|嘉宾|访谈嘉宾|主讲人?|访谈时间|访谈地点|直播时间)\s*[:：]"
    # a row of links framed by bars (| 无障碍浏览 | 长者模式 | 手机版 |)
    r"|^\s*[|｜丨][^|｜丨\n]{1,12}[|｜丨]"
    # an account's counts under its name (粉丝2.6万 获赞11.4万, 12篇文章 3.1万粉丝)
    r"|^\s*(?:(?:(?:粉丝|获赞|关注|文章|作品|视频|问答|动态|被赞|点赞)[ \t]*[:：]?[ \t]*\d[\d,.]*[ \t]*[万wWkK亿+]?"
    r"|\d[\d,.]*[ \t]*[万wWkK亿+]?[ \t]*(?:篇文章|个作品|粉丝|获赞|关注))[ \t·|｜]*){1,5}$"
    # an app's prompt over a video (下载某某新闻客户端 观看更多视频, 打开某某APP)
    rf"|{_APP_PROMPT}"
    # a phone page's top bar (< 返回　新闻详情　···) and its counts (浏览 1204 | 原创)
    r"|^\s*[<‹＜]\s*(?:返回)?[ \t\u3000]*[^\s<]{0,8}[ \t\u3000]*(?:···|…|\.{3}|⋯)?\s*$"
    r"|^\s*(?:浏览|阅读)\s*[\d,.]+[万wW]?\s*(?:[|｜·]\s*(?:原创|转载|置顶))?\s*$"
    # a letter's or a work order's number (信件编号 XF130407021, 工单编号：…)
    r"|^\s*(?:信件编号|工单编号|受理编号|办件编号|留言编号|投诉编号|编号)\s*[:：\t ]"
    # a deck's or a press conference's label before its words (【主题】…): the words alone may be a title
    r"|^\s*[【\[]\s*(?:主题|主題)\s*[】\]]"
    # a record table's label alone (发布日期, 成文日期:)
    r"|^\s*(?:(?:信息)?索引号|主题分类|发布机构|发文机关|成文日期|发布日期|发布时间|文号|有效性|主题词|生成日期)\s*[:：]?\s*$"
    # (…and an index number: 11441823MB2D31578Q/2025-00112)
    r"|^\s*[0-9A-Z]{8,}[/-](?:19|20)\d\d[-/]\d{3,6}\s*$"
    # a page's font switch opening a toolbar (字号:T|T 打印 分享到:…)
    r"|^\s*[【\[]?\s*(?:字号|字体|字號|字體)\s*[:：]"
    # an account's card under its line (微信号 某某, 功能介绍 …)
    r"|^\s*(?:微信号|功能介绍)\s*[:：]?\s*\S"
    # a list's or a brief's bullet (■ 家门口有了康复站: the first of an e-paper's briefs)
    r"|^\s*[■□●◆◇▪▫•]"
    # a column's label in brackets alone on its line (【讲述·基层卫生人】, 【健康科普】)
    r"|^\s*【[^】\n]{1,12}】\s*$"
    # a thread's floor marks and the poster panel's buttons (楼主, 加为好友, 电梯直达, [复制链接])
    r"|^\s*(?:楼主|沙发|板凳|地板|加为好友|发消息|发短消息|电梯直达|只看该作者|只看楼主|\[复制链接\]|复制链接|回复|引用|举报)\s*$"
    # a paper's edition stamp (《某某日报》（2024年06月12日 第07版:健康周刊）)
    r"|^\s*《[^》\n]{2,12}》\s*[(（]\s*(?:19|20)\d\d\s*[-/.年]"
    # a row of a page's media links (【图片直播】 【视频回放】), its share bar (分享到:微信 微博) and
    # its font-size switch (字号:[ 大 中 小 ] 打印 关闭)
    r"|^(?:\s*[【\[][^】\]\n]{1,8}[】\]]){2,}\s*$|^\s*分享(?:到|至)\s*[:：]?|(?:字号|字体)\s*[:：]?\s*[\[【(（]?\s*大\s*中\s*小|^\s*[\[【(（]\s*大\s*中\s*小\s*[\]】)）]"
    # a post's floor (1#, #1, 2楼) and a member panel's fields (来自 某地, 最后登录:…, 在线时间 …)
    r"|^\s*(?:#\d{1,4}|\d{1,4}\s*#|\d{1,4}\s*楼)\s*$|^\s*(?:来自|最后登录|在线时间|注册时间|上次登录|阅读权限|发帖数?)\s*[:：]?\s*\S"
    # a Q&A page's counters (已有 4 位医生回答 | 浏览 2,861 次)
    r"|已有\s*\d+\s*位|(?:浏览|阅读|查看)\s*[\d,]+\s*次"
    # a forum member's panel (帖子 356 积分 812 注册 2004-11-9)
    r"|(?:帖子|积分|主题|精华|威望|金钱|注册)\s*[:：]?\s*\d+\s+(?:帖子|积分|主题|精华|威望|金钱|注册)"
    # a blog's category or month with its count of posts (旧时光 (19), 2009年08月 (12))
    r"|^\s*[^\s。，,!?！？()（）]{1,12}\s*[(（]\s*\d{1,4}\s*[)）]\s*$"
    # a header's hotline beside its other items (24小時急症室 | 預約熱線：0000-1234567)
    r"|(?:热线|熱線|电话|電話)\s*[:：]\s*[\d(（+][\d \t()（）+-]{6,20}\d\s*$"
    # a language switch (繁體版 簡體版 English) and a feed's button (RSS 訂閱)
    r"|^\s*(?:(?:繁體版|繁体版|簡體版|简体版|繁體|繁体|簡體|简体|English|ENGLISH|中文版|EN|繁|简)\s*[|｜/]?\s*){2,}$|^\s*RSS\s*(?:訂閱|订阅)?\s*$"
    # a row of the page's tools (列印本頁 電郵本頁 分享此頁, 打印本页 | 关闭)
    r"|^\s*(?:(?:打印|列印|电邮|電郵|分享|转寄|轉寄|收藏|关闭|關閉|返回)(?:本页|本頁|此页|此頁|本文|文章|窗口)?\s*[|｜/·]?\s*){2,}$|^\s*友善(?:列印|打印)\s*$"
    # a newsletter's issue over the article it holds (院讯第215期（2024年3月）, 医院通讯 2024年8月号)
    rf"|^\s*[^\s。，,!?！？]{{0,10}}{_NEWSLETTER}\s*(?:(?:19|20)\d\d\s*年\s*)?(?:总|總)?第\s*\d{{1,4}}\s*期"
    r"\s*(?:[(（]\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月(?:[号號])?\s*[)）])?\s*$"
    rf"|^\s*[^\s。，,!?！？]{{0,10}}{_NEWSLETTER}\s*(?:19|20)\d\d\s*年\s*\d{{1,2}}\s*月\s*[号號]?\s*$"
    # a writer's post under their name on a card (某某日报健康频道记者, 某某台特约通讯员)
    r"|^\s*[\u3400-\u4dbf\u4e00-\u9fff]{2,14}(?:记者|通讯员|撰稿人)\s*$"
    # a platform's machine-written summary's heading (AI 帮你读, AI 生成摘要, 速览)
    r"|^\s*[【\[]?\s*(?:AI|ai)\s*(?:生成摘要|摘要|速览|速读|帮你读|划重点|提炼要点|要点|总结|导读)|^\s*(?:速览|智能摘要)\s*$"
)
# A reporter's post on a card, under the name (某某日报健康频道记者, 某某台特约通讯员).
REPORTER_POST = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,14}(?:记者|通讯员|撰稿人)")
# A plea to act on the page (`点击上方“某某”可以订阅哦!`, `打开某某App 查看精彩图片`, `长按识别二维码`)
# asks the reader to do something; a headline never does.
CALL_TO_ACTION = deferred(
    r"(?:点击|轻触|长按|扫描|扫码|识别|戳)(?:上方|下方|蓝字|图片|二维码|关注|订阅|阅读原文|这里|此处)"
    r"|(?:关注|订阅|置顶|星标)(?:我们|本号|公众号|微信号)|可以订阅|一键关注|打开\S{1,12}\s*(?:查看|阅读|观看)"
)
# A row of a disclosure form (`索 引 号:…`, `发布机构:…`, `成文日期:…`): the labels of government
# information-disclosure tables, spelt with any spacing between their characters.
_FORM_LABELS = (
    "索引号", "发布机构", "发文机关", "发文机构", "成文日期", "发文日期", "发布日期", "生成日期", "印发日期",
    "文号", "发文字号", "文件编号", "主题分类", "主题词", "关键词", "信息分类", "组配分类", "体裁分类",
    "公开方式", "公开范围", "公开时限", "公开形式", "所属机构", "信息名称", "有效性", "时效性", "责任部门",
    "分类", "名称", "来源", "作者", "时间", "日期",
    # a doctor's or a member's profile (姓名:某某, 社会任职:…)
    "姓名", "性别", "民族", "籍贯", "出生年月", "职称", "职务", "学历", "学位", "社会任职", "学术任职", "擅长", "专长",
    "个人简介", "出诊时间", "门诊时间", "所在科室", "科室", "毕业院校", "研究方向", "工作单位",
)
FORM_ROW = deferred(
    r"^[【\[(（]?(?:" + "|".join(r"\s*".join(map(re.escape, w)) for w in _FORM_LABELS) + r")\s*[:：]"
)
# …the same labels as a cell of a row written without colons, and what splits its cells.
FORM_LABEL_CELL = deferred("(?:" + "|".join(r"\s*".join(map(re.escape, w)) for w in _FORM_LABELS) + ")")
FORM_CELL_SEP = deferred(r"\t+|[ \u3000]{2,}")
# A dateline alone (`本报讯`, `新华社北京5月1日电`) opens a paragraph; it is not a headline.
DATELINE_ONLY = deferred(
    r"^(?:[\u3400-\u4dbf\u4e00-\u9fff]{0,6}[报台网社][\u3400-\u4dbf\u4e00-\u9fff]{0,4}讯|[\u3400-\u4dbf\u4e00-\u9fff]{1,10}(?:\d{1,2}月)?\d{1,2}日电)$"
)
# A stamp without its year, as an app shows a post of this year (3月3日, 昨天 15:06): no headline.
DAY_ALONE = deferred(r"^\s*(?:\d{1,2}月\d{1,2}日|前天|昨天|今天)(?:\s*\d{1,2}:\d{2})?\s*$")
# A post's stamp opening the line, its day and its time or a bar after it (`2023年5月6日 21:47 · 某某领域创作者`):
# no headline.
STAMP_LEAD = deferred(
    r"^\s*[\[【(（]?\s*(?:19|20)\d\d\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}|[·•|｜丨])"
)
# Roles of a byline (`□晚报记者 某某 通讯员 某某`): a credit line, not a headline.
# (not the reporter's deed in a headline: …记者实地探访, 记者调查)
BYLINE_ROLES = deferred(
    r"(?:记者|通讯员|责任编辑|编辑|摄影|撰稿|审核)(?!实地|探访|调查|走访|暗访|直击|观察|手记|追踪|体验|连线|蹲守|跟踪|结果|通过|合格|意见|情况|工作|名单)"
    r"[\s:：]*[\u3400-\u4dbf\u4e00-\u9fff]{1,2}\s?[\u3400-\u4dbf\u4e00-\u9fff]{1,2}(?:\s|$)"
)
# A menu: three or more short items between bars, dashes or dots (`邮箱 | 相册 | 助手`), the row framed
# by them too (`┃医院概况┃新闻中心┃…┃`).
MENU_ITEMS = deferred(
    r"^\s*[|｜丨┃│¦]?\s*[^|｜丨┃│¦\-·•]{1,8}(?:\s*[|｜丨┃│¦\-·•]\s*[^|｜丨┃│¦\-·•]{1,8}){2,}\s*[|｜丨┃│¦]?\s*$"
)
# A portal's info bar says what its leading date is (`2023-01-12 10:20更新 来源:…`).
DATE_VERB = deferred(r"\s*(?:更新|发布|发表)$")
# Widgets at the end of an info bar (`… 来源:某某日报 发表评论`).
# A font-size switch: its label and its sizes (字号:大 中 小, 字級:小 中 大).
_FONT_LABEL = "字体|字号|字级|字體|字號|字級"
_FONT_SIZES = (
    r"大\s*中\s*小|小\s*中\s*大|A\+\s*(?:A\s*)?A-|A-\s*(?:A\s*)?A\+"
    # (each size in brackets of its own: 【大】【中】【小】)
    r"|大\s*[】\]]\s*[【\[]\s*中\s*[】\]]\s*[【\[]\s*小|小\s*[】\]]\s*[【\[]\s*中\s*[】\]]\s*[【\[]\s*大"
)
_WIDGETS = (
    r"(?:发表评论|我要评论|参与评论|我来说两句|参与互动|参与讨论|评论|我要打印|打印本页|打印|我要收藏|收藏|分享到|我要分享|分享|关闭窗口|关闭|我要纠错|纠错|举报|原创"
    # a gallery's controls and a font switch's sizes set as links of their own (大字 小字)
    r"|自动播放|返回图集首页|返回图集|查看原图|大字|中字|小字|手机看新闻|手机阅读|手机看)(?:[(（]\d+[)）]|(?<=评论)[ \t]+\d{1,7})?"
    rf"|(?:{_FONT_LABEL})?[:：]?\s*(?:{_FONT_SIZES})|(?:{_FONT_LABEL})[:：]?\s*(?:大\s*小|小\s*大|T\s*[|｜]?\s*T(?![A-Za-z]))"
    # a portal's comment count after its source (`来源:某某日报 举报 0跟贴`, `12跟贴`, `326人参与`)
    r"|\d{1,7}\s*(?:跟贴|跟帖|条评论|人参与|人评论)|(?:跟贴|跟帖)(?:[(（]\d+[)）])?|参与跟[贴帖](?:\s*\d{1,7})?"
    # (…, 有1,286人参与, 12.8k 阅读, the share label over its icons, a print version and a mail link)
    r"|有[\d,]{1,9}人参与|[\d.,]{1,7}[kKwW万]?\s*(?:阅读|浏览)|分享[:：]|打印版本|发送给朋友|推荐给朋友"
)
# A live page's badge before its info bar, and the time of its last update after it.
LIVE_BADGE = deferred(r"^[ \t]*[【\[]?(?:直播中|正在直播|直播)[】\]]?[ \t\u3000]+(?=\S)")
UPDATED_TAIL = deferred(r"[ \t\u3000]+(?:最后更新|最近更新|更新于|更新时间)[ \t]*[:：]?[ \t]*(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[ \t]*)?\d{1,2}:\d{2}(?::\d{2})?[ \t]*$")
# A font-size switch ending an info bar (`… 字級:小 中 大`), labelled or not.
FONT_SWITCH = deferred(rf"[ \t\u3000]+(?:(?:{_FONT_LABEL})[ \t]*[:：]?[ \t]*)?[【\[]?(?:{_FONT_SIZES})[】\]]?[ \t\u3000]*$")
VIDEO_CREDIT = deferred(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])[ \t\u3000]+视频[ \t\u3000]+(?=[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:[ \t\u3000]|$))")
BRACKETED_WRITERS = deferred(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])[ \t]*[（(][ \t]*(?P<credit>(?:本报|特约|见习)?(?:记者|通讯员|实习生)[^()（）\n]{2,40}?)[ \t]*[)）]")
# …and in brackets amid the bar (`… 作者:某某 【大 中 小】 点击:3267`).
FONT_SWITCH_AMID = deferred(rf"[ \t\u3000]*[【\[][ \t]*(?:(?:{_FONT_LABEL})[ \t]*[:：]?[ \t]*)?(?:{_FONT_SIZES})[ \t]*[】\]]")
# A field's label in brackets with its value after them (`【作者】 某某`, `[来源] 某某日报`), as some
# templates print their info bars.
# (any label of the table below, `_LABELS`, in either script, but a counter's)
BRACKET_FIELD = deferred(r"[【\[]\s*(?P<label>[\u3400-\u4dbf\u4e00-\u9fff]{2,6})\s*[】\]](?=\s*[^\s:：】\]])")
# A reporter's byline with the place they report from (`記者某某／某地報導`): the reporter's credit.
REPORTED_FROM = deferred(r"(?P<role>記者|记者)[ \t]*(?P<name>[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:[ \t]*[、,，][ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{2,4}){0,3})[ \t]*[／/][ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{2,8}(?:報導|报导|報道|报道)")
# How far from its end a line's widgets reach (`【字号 大 中 小】　我来说两句(12)` is 18 characters).
WIDGET_TAIL_CHARS = 48
# The last characters a widget's word ends with (see _WIDGETS): a line ending otherwise has none.
_WIDGET_ENDS = frozenset("论印藏到享口闭错报创句动放页集图字小大)）】]贴帖与读览:：本友T0123456789")
WIDGET_TAIL = deferred(rf"(?:\s*[【\[]\s*(?:{_WIDGETS})\s*[】\]]?|\s+(?:{_WIDGETS}))+\s*$")
# A post's tags or category under its title (标签:跑步 健康, 分类:生活随笔): left for boilerplate, never the title.
TAG_FIELD = deferred(r"^[(（【\[]?(?:标签|分类|关键词|关键字|所属栏目|所属分类|栏目|类别|Tags?|tags?)\s*[】\])）]?\s*[:：]")
# What the head's info bars (field lines, not a bare date) are lifted as: the line right above
# one is a title candidate.
INFO_RULES = frozenset({"published", "info_line", "source_line", "byline"})
# What a forum prints between a thread's title and its first post (楼主 某某 发表于 2024-5-12,
# 只看该作者, [复制链接], 本帖最后由…编辑): the title is above it.
# A forum member's rank under their name.
FORUM_RANKS = "新手上路|初级会员|中级会员|高级会员|金牌会员|论坛元老|注册会员|VIP会员|版主|超级版主|管理员|实习版主|禁止发言"
FORUM_RANK_LINE = deferred(rf"^\s*(?:{FORUM_RANKS})\s*$")
POST_FURNITURE = deferred(
    r"^(?![^\n]*[。！？])\s*(?:楼主\s+)?(?:[^\s。，,]{1,20}\s+)?(?:发表于|发帖时间|回复于)\s*[:：]?\s*(?:19|20)\d\d[-/.年]"
    r"|^\s*(?:只看该作者|只看楼主|倒序浏览|[\[【]?\s*复制链接\s*[\]】]?)\s*$|本帖最后由.{1,24}于.{0,30}编辑"
    r"|^\s*(?:查看|浏览|阅读|点击)\s*[:：]?\s*\d+\s*[|丨/]\s*(?:回复|评论)\s*[:：]?\s*\d+\s*$"
    # the poster's panel beside the first post: counts and rank (帖子 356 积分 812 注册 …, 中级会员)
    r"|^\s*(?:帖子|积分|主题|精华|威望|金钱|注册)\s*[:：]?\s*\d+\s+(?:帖子|积分|主题|精华|威望|金钱|注册)"
    rf"|^\s*(?:{FORUM_RANKS})\s*$"
)
# A part's label alone in brackets (【导语】, 【正文】, [编者按]): it heads a part, never the page.
BRACKET_LABEL = deferred(r"^\s*[【\[［]\s*[^】\]］\s]{1,6}\s*[】\]］]\s*[:：]?\s*$")
# A document's number (某卫发〔2024〕12号) heads a notice under its title: it is no title.
DOC_NUMBER = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*第?\d{1,4}\s*号")
# A menu spelt with spaces: four or more items of a word or two (`医院概况 新闻中心 科室导航 …`).
MENU_SPACED = deferred(r"^[^\s。，,！？!?:：]{2,8}(?:[ \t\u3000]+[^\s。，,！？!?:：]{2,8}){3,}$")
# Markdown-style headings some exporters keep: exactly one `#` is the page title.
H1 = deferred(r"^#\s+(?P<text>\S.*)$")
# The line a channel article's export puts under its title: the account's name (twice, with
# 原创) and the time it was posted, then where from (原创 某某医院 某某医院 2024年08月19日 08:00 江西).
# (the day may be said as the app says it, `昨天 15:06`, `3月12日 15:06`; with the account named
# twice, or an author before it, the day alone: `某某医院 某某医院 2020-05-27`)
ACCOUNT_TIME = deferred(
    r"^\s*(?:原创[ \t]+)?[^\s。,，!?！？:：]{1,20}(?:[ \t]+[^\s。,，!?！？:：]{1,20}){0,2}[ \t]+"
    r"(?:(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)|昨天|前天|\d{1,2}月\d{1,2}日)[ \t]+\d{1,2}:\d{2}"
    r"|^\s*(?:原创[ \t]+)?(?P<acc>[^\s。,，!?！？:：\d]{2,20})[ \t]+(?P=acc)[ \t]+(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*$"
)
# A button of an app's article page under the headline (关注, 举报): between the title and the body.
# (…or one time alone, with the length's label: 视频时长:03:12, 03:12)
PLAYER_CLOCK = deferred(
    r"^\s*(?:(?:视频|音频)?时长\s*[:：]?\s*|(?:听新闻|听全文|听语音|收听本文)\s*(?:[▶►]\s*)?)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[/|]\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)
# …and its buttons, one a line as a page's text gives them (倍速, 1.0x, 高清, 全屏, 静音).
PLAYER_CONTROL = deferred(
    r"^\s*(?:(?:倍速|\d(?:\.\d{1,2})?[xX×]|高清|标清|超清|蓝光|流畅|自动|清晰度|全屏|退出全屏|网页全屏|静音|画中画|播放|暂停|重播|弹幕|字幕|点击(?:播放|观看|收听)"
    # (a clip's own buttons and labels: 弹幕 开/关, ▶ 收听, 回放, 下载音频 | 订阅本栏目)
    r"|开\s*/\s*关|[▶►]|收听|回放|音频|视频|下载(?:音频|视频)?|订阅(?:本栏目|节目|专辑)?)\s*[|｜]?\s*)+$"
)
BUTTON_LINE = deferred(
    r"^\s*[+＋]?\s*(?:关注|已关注|听全文|听新闻|听文章|朗读全文|收听本文|举报|分享|我要分享|转载|转发|收藏|点赞|订阅|[大中小]字号|[大中小]字体|字号|字体|打印|关闭|纠错|我要评论|我来说两句)"
    r"(?:\s+(?:[大中小]字号|打印|关闭|分享|转载|转发|收藏|点赞|举报|我要评论|我来说两句|大\s*中\s*小|字号[:：]?\s*大\s*中\s*小|加入LINE好友|加LINE好友"
    # (…the follow button with the account's count beside it: ＋关注　已关注 1.3万)
    r"|(?:已关注|粉丝|关注者)\s*[\d,.]+\s*[万wWkK]?))*\s*$"
    # (a page's counters and a live page's tabs between its headline and its stamp: 已有 5621 人阅读,
    # 12580人观看 | 点赞 3.4万, 简介 互动 图文直播)
    r"|^\s*(?:已有\s*)?[\d,.]+\s*[万wW]?\s*(?:人|次)(?:阅读|观看|浏览|参与|看过)(?:\s*[|｜·]?\s*(?:点赞|评论|分享)\s*[\d,.]+\s*[万wW]?)*\s*$"
    r"|^\s*(?:简介|互动|图文直播|直播|评论|详情|聊天室)(?:\s+(?:简介|互动|图文直播|直播|评论|详情|聊天室)){1,4}\s*$"
    # (bracketed: 【打印】【关闭】, [打印本页] [关闭窗口])
    rf"|^\s*(?:{BRACKETED_BUTTON}\s*)+$"
    r"|^\s*[【\[]?(?:直播中|正在直播|直播回放|直播预告|已结束|回放)[】\]]?\s*$"
    # (a portal's widgets under its info bar: 收藏本文, 我有话说(236人参与), 发布于:某省, a share bar's items)
    r"|^\s*(?:收藏本文|我有话说(?:\s*[(（]\s*\d+\s*人参与\s*[)）])?|发布于\s*[:：]?\s*[\u3400-\u4dbf\u4e00-\u9fff]{2,8}|微博|微信|QQ空间|QQ好友|易信|朋友圈|更多|\d{1,6})\s*$"
    # (a blog post's counters in brackets under its title: 阅读(45)评论(3), 阅读(1203) | 评论(8))
    r"|^\s*(?:(?:阅读|评论|浏览|点击|转载|收藏|喜欢|分享|推荐|引用)\s*[(（]\s*\d+\s*[)）]\s*[|｜]?\s*){2,}$"
)
H2 = deferred(r"^##\s+(?P<text>\S.*)$")
MD_HEADING = deferred(r"^#{1,4}\s+(?P<text>\S.*)$")
# A title given as a field by the scraper's export (`标题：…`): the title whatever stands around it.
# (and a mailbox's or a message board's: `来信标题:…`, `留言主题:…`)
TITLE_FIELD = deferred(
    r"^(?:(?:文章|新闻|信息|新聞|資訊)?(?:[标標]\s*[题題]|[题題]\s*目)|文章(?=\s*[:：]\s*\S[^\n]{3,}$)|(?:来信|信件|留言|咨询|投诉|建议|诉求|问政|信访)(?:标题|主题|事项)|Title)(?:\s*[:：]|[ \u3000]*\t)\s*(?P<text>\S.*)$"
)
# A field of an export tool's header, its label in brackets (【标题】…, 【站点】…, 【链接】…, 【导出】…).
EXPORT_FIELD = deferred(r"^\s*[【\[](?P<label>标题|文章标题|站点|链接|原文链接|导出|导出时间|公众号|作者|来源|发布时间)[】\]][ \t:：]*")
# A reader service's header over the Markdown it gives (URL Source: …, Published Time: …, Markdown Content:).
READER_HEADER = deferred(r"^\s*(?:URL Source|Published Time|Markdown Content|Description)\s*:")
# A forum's subject label before the title it lifts (主题:…, 帖子主题:…).
# (…and a medium's tag a channel sets before it: 【视频】, 【图片新闻】, 【组图】)
TITLE_MARK = deferred(
    r"^\s*(?:[\[【](?:转载|原创|转帖|轉載|原創|视频|視頻|图片新闻|圖片新聞|组图|組圖|图集|圖集|图文|音频|直播|微视频|H5)[\]】]|『[^』\s]{2,8}』)\s*(?=\S)"
)
# An outlet's name in brackets before a headline (`【某某日报】…`).
OUTLET_TAG = deferred(r"^\s*【(?P<outlet>[\u3400-\u4dbf\u4e00-\u9fff]{2,10}(?:日报|晚报|报|网|电视台|广播电视台|新闻))】\s*")
# A day in brackets before a headline (`[ 2007-04-15 ] 某某`).
BRACKET_DATE_LEAD = deferred(r"^\s*[\[【［]\s*(?P<when>(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})\s*[\]】］]\s*")
# A repost's mark before a headline (`[转载]`, `【转帖】`).
REPOST_MARK = deferred(r"^\s*[\[【](?:转载|转帖|转贴|轉載|轉貼)[\]】]\s*")
TOPIC_LABEL = deferred(
    r"^\s*(?:(?:帖子|讨论)?主\s*题|本页主题)\s*[:：]\s*(?=\S)"
    # (…or a consultation's question label before the question that is its headline: 问：…？)
    r"|^\s*(?:问|提问)\s*[:：]\s*(?=[^\n]*[?？]\s*$)"
)
# A board archive's wrapper around a thread's subject (`查看完整版本: [-- subject --]`).
ARCHIVE_SUBJECT = deferred(r"^\s*查看完整版本\s*[:：]\s*\[--\s*(?P<subject>.+?)\s*--\]\s*$")
DASH_LEAD = deferred(r"^[—–\-─]+\s*")
# A site banner above a plain title (`欢迎访问常德市卫生健康委员会网站`): lifted with the title, since
# a banner left above the body would be taken for the title when the text is cleaned again.
SITE_BANNER = deferred(
    r"^[•·●]?\s*(?:欢迎(?:访问|光临|来到)\S{2,24}|\S{2,20}(?:官方网站|官网|门户网站|政府网站)|\S{2,24}欢迎[您你][!！]?)$"
    # (a slogan of spaced phrases in brackets over the page: 【心理援助热线 全年无休 用心倾听】)
    r"|^\s*[【\[]\S{2,12}(?:[ \t\u3000]+\S{2,12}){1,4}[】\]]\s*$"
)

# A search box as a page's text gives it: its prompt and button (请输入关键词 搜索, 站内搜索).
SEARCH_BOX = deferred(
    # (its button in brackets: 站内搜索： [搜索])
    r"^(?=.{1,24}$)(?:请输入[^。，！？!?]*|[^。，！？!?]*(?:搜\s*索|检\s*索)\s*[\]】]?)\s*$"
    # (a prompt that names what to look for, with its ellipsis: 搜索你感兴趣的内容...)
    r"|^\s*(?:搜索|搜一搜|查找)[^。，！？!?\n]{0,16}?(?:\.{2,6}|…{1,2})\s*$"
    # (…or what it searches, listed: 搜索站内资讯、视频或用户)
    r"|^\s*(?:搜索|搜一搜|查找)(?:站内|全站|本站)?[^。，！？!?\n\s]{0,6}(?:、[^。，！？!?\n\s]{1,6})*(?:或|和)[^。，！？!?\n\s]{1,6}\s*$"
    # (the box's popular words, `热门搜索：家庭医生 计划免疫`)
    r"|^\s*[【\[]?(?:热门搜索|热门检索|热搜词?|搜索热词|热门关键词|热门关键字|热词)[】\]]?\s*[:：]"
)

# A date: 2023年11月20日, 2023-11-20, 2023/11/20, 2023.11.20, optionally with a time
# (10:30, 10:30:05, 10时30分, 上午8:50, or ISO's T09:12:00).
DATE = (
    # (not a span of months, 2021年1-5月)
    r"(?P<y>\d{4})\s*(?:年|[-/.])\s*(?P<m>\d{1,2})\s*(?:月|[-/.])\s*(?P<d>\d{1,2})(?!\d|\s*月)\s*日?"
    r"(?:\s*(?:星期|周|週)[一二三四五六日天])?"
    r"(?:(?:\s*|T)(?P<ampm>上午|下午|晚上|凌晨)?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})"
    r"(?:\s*[:：分]\s*(?P<S>\d{2}))?\s*[分秒]?)?"
)
DATE_RE = deferred(DATE)
# A bar, then the date, after a source's name (`某某客户端 | 2020年12月05日 21:35 手机看`).
# A headline with its day after it in brackets (`…开展义诊 [2014-10-09]`).
DATED_TITLE = deferred(rf"^(?P<title>\S.{{5,}}?)[ \t\u3000]*[\[【(（][ \t]*(?P<when>{DATE})[ \t]*[\]】)）][ \t]*$")
BARRED_DATE = deferred(rf"[ \t\u3000]*[|｜丨][ \t\u3000]*(?P<when>{DATE})")
# Years of the Republic of China, as Taiwan's pages print dates: year 1 is 1912.
ROC_YEAR_ONE = 1911
ROC_DATE = deferred(r"民[國国]\s*(?P<y>\d{1,3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
# A day-first date (16/05/2024, 3/5/2024 14:30), as Hong Kong, Macau, Singapore and Malaysia print
# them; mainland pages put the year first, so a Chinese page's d/m/yyyy is never month-first.
DMY_DATE = deferred(r"(?<![\d/-])(?P<d>\d{1,2})(?P<sep>[/-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/-])(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2}))?")
ROC_VALUE = deferred(r"^\s*(?P<y>1\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2}))?\s*$")
# A field's value with a two-digit year this century, its month and day in two digits (19-08-27 18:04).
SHORT_YEAR_VALUE = deferred(r"^\s*(?P<y>[0-3]\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:\s+(?P<H>[0-2]?\d):(?P<M>[0-5]\d))?(?![\d:-])")
# A day-first date alone on its line (15/11/2017), as Hong Kong's sites print it under a headline.
DMY_LINE = deferred(r"^\s*(?<![\d/])\d{1,2}([/-])\d{1,2}\1(?:19|20)\d\d(?:\s+\d{1,2}:\d{2})?\s*$")
DATE_LINE = deferred(
    rf"^[(（\[【]?\s*{DATE}\s*(?:[(（]\s*(?:星期|周|週)[一二三四五六日天]\s*[)）]|(?:星期|礼拜|週)[一二三四五六日天])?"
    # (…and the time after the weekday: 2018年4月3日（星期二） 11:25)
    r"(?:[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?"
    # (…or a machine's stamp with its fraction and its zone: 2021-08-17T00:20:00+08:00)
    r"(?:\.\d{1,6})?(?:Z|[+-]\d{2}:?\d{2})?\s*[)）\]】]?$"
)
# A site header shows today's date (`今天是2024年5月8日 星期三`): the date the page was viewed, not
# the article's. Such a line is lifted as `header_date`; it is `published` only when the head has
# no other date.
TODAY_LINE = deferred(
    rf"^(?:(?P<today>今天是|今日是?|当前日期|当前时间|现在是|今天)\s*[:：]?\s*)?{DATE}"
    # (…or today's weather beside it: `2024年5月10日 星期五 某某 多云 19~28℃`)
    # (the weather a word of its own, no field's label before it: `… 特约撰稿人 某某晴` is a bar)
    # (…or after its place and a colon: `某地：晴`)
    r"(?(today).*|[^。，,！!？?:：\n]{0,24}?(?:[:：][ \t]*)?(?:-?\d{1,2}\s*[~～至/-]\s*-?\d{1,2}\s*(?:℃|°C?)|℃|°C"
    r"|(?<![\u3400-\u4dbf\u4e00-\u9fff])(?:晴|多云|阴天?|[小中大暴阵]雨|雷阵雨|雨夹雪|[小中大]雪|雾|霾)(?:转\S{1,3})?(?=[\s\d-]|$)).*)$"
)
WEEKDAY = deferred(r"(?:星期|礼拜|周)[一二三四五六日天]")
DAY_WEEKDAY = deferred(r"日[ \t\u3000]*[(（]?[ \t]*(?:星期|礼拜|周|週)[一二三四五六日天][ \t]*[)）]?")
CLOCK_TIME = deferred(r"\d{1,2}:\d{2}")
# …and its clock with the lunar date beside it (2015年06月09日 星期二  农历四月廿三).
LUNAR_CLOCK = deferred(rf"^\s*{DATE}\s*(?:农历|農曆|阴历|陰曆)[^\s。,，]{{2,10}}(?:\s.*)?$")
# A time of day alone, as left when a date and time follow a name (`作者: 某某 2015-04-07 16:24:55`).
_TIME_TOKEN = deferred(r"^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$")
_DATE_TAIL = deferred(rf"\s*[\[【(（]?{DATE}[\]】)）]?\s*$")  # (in brackets too: `本站原创 [2009-05-20]`)
# …or with the verb after it (`作者:某某　2022-03-30 发布`, `… 上传`).
_DATE_VERB_TAIL = deferred(rf"\s*{DATE}[ \t\u3000]*(?:发布|发表|上传)\s*$")
# …and with a bare counter after it (`来源:某某部 2023-11-08 1024`: the page's spans without labels).
_DATE_COUNT_TAIL = deferred(rf"\s*{DATE}[ \t\u3000]+\d{{1,9}}\s*$")

# Field labels, longest first so `发布日期` wins over `日期`. Each maps to a field kind.
_LABELS: dict[str, str] = {
    "发布日期": "date",
    "发布时间": "date",
    "发表日期": "date",
    "发表时间": "date",
    "发稿时间": "date",
    "发稿日期": "date",
    # a broadcast's (播出时间:, 首播时间:)
    "播出时间": "date",
    "播出日期": "date",
    "首播时间": "date",
    "节目时间": "date",
    # the day a document was signed, beside the day it was published (成文日期:… 发布日期:…)
    "生成日期": "signed",
    "成文日期": "signed",
    "发文日期": "signed",
    "印发日期": "signed",
    "签发日期": "signed",
    # a trading centre's and an 信息公开 page's words for it (`信息时间:`, `公开日期:`), and a
    # CMS's entry stamps (`录入时间:`, `上传时间:`)
    "信息时间": "date",
    "信息日期": "date",
    "公开日期": "date",
    "公开时间": "date",
    "公告日期": "date",
    "公布日期": "date",
    "公布时间": "date",
    "录入时间": "date",
    "上传时间": "date",
    "添加时间": "date",
    "刊发时间": "date",
    "刊登日期": "date",
    "刊登时间": "date",
    "日期": "date",
    "时间": "date",
    # (a bare verb for a label: 发布:2020-08-17  更新时间:…)
    "发布": "date",
    "发表": "date",
    "更新时间": "updated",
    "更新": "updated",
    "更新日期": "updated",
    "最近更新": "updated",
    "最后更新": "updated",
    "最后更新日期": "updated",
    "最后更新时间": "updated",
    "最近更新日期": "updated",
    "最近更新时间": "updated",
    # (a Taiwan site's posting date: 張貼日期)
    "张贴日期": "date",
    "消息日期": "date",
    "新闻日期": "date",
    "修改时间": "updated",
    # (an archive site's stamp of when it copied the article: 收录时间:…, 抓取时间:…)
    "收录时间": "updated",
    "抓取时间": "updated",
    "采集时间": "updated",
    "来源": "source",
    "稿件来源": "source",
    "本文来源": "source",
    "信息来源": "source",
    "文章来源": "source",
    "内容来源": "source",
    "出处": "source",
    "发布单位": "source",
    # (Taiwan's press releases: 發稿單位:公共事務室  發稿日期:113/06/12)
    "发稿单位": "source",
    # (a hospital's notice, posted by one of its departments: 发布科室:招标采购中心)
    "发布科室": "source",
    "发布部门": "source",
    "发布机构": "source",
    # (a Taiwan or Macau government page's: 發布機關:衛生局, 新聞來源:衛生局, 資料來源:…)
    "发布机关": "source",
    "新闻来源": "source",
    "资料来源": "source",
    "供稿单位": "source",
    # (a hospital's department that supplied the piece: 供稿科室:肾内科)
    "供稿科室": "source",
    "供稿部门": "source",
    "供稿": "source",
    # a repost's origin (本文转载自:某某疾控中心)
    "转载自": "source",
    # (…or where the article comes from, in a bar under it: 本文来自:某某晚报 | 作者:某某 | …)
    "本文来自": "source",
    # (an archive site's account the article came from: 来源公众号:某某)
    "来源公众号": "source",
    "公众号来源": "source",
    "来源账号": "source",
    "最终编辑": "editor",
    # (a portal's source without a colon, its label and the outlet in elements of their own:
    # `来源于 某某网`, `来自 某某网健康`)
    "来源于": "source",
    # (a portal's bar, `2013-12-28 08:05 | 来自: 某某日报 | 发布者: …`)
    "来自": "source",
    "本文转载自": "source",
    "文章转载自": "source",
    "转自": "source",
    "消息来源": "source",
    "稿源": "source",
    "本文转自": "source",
    "发布者": "editor",
    "发布人": "editor",
    # (a CMS's entry clerk, often its login: 录入者:admin, 录入:小王, 上传者:webmaster)
    "录入者": "editor",
    # (…what it entered: 文章录入:admin, 信息录入:某某)
    "文章录入": "editor",
    "信息录入": "editor",
    "稿件录入": "editor",
    "录入员": "editor",
    "录入人": "editor",
    "录入": "editor",
    "上传者": "editor",
    "上传人": "editor",
    # a thread's first poster (楼主:某某  时间:…  点击:…  回复:…)
    "楼主": "author",
    # a consultation page's asker and when they asked (提问者:某某 | 提问时间:…)
    "提问者": "editor",
    "提问时间": "date",
    "问诊时间": "date",
    "咨询时间": "date",
    "原标题": "original_title",
    "作者": "author",
    "文章作者": "author",
    "稿件作者": "author",
    "撰稿": "author",
    # (who speaks in a health video, its transcript the article: 主讲:某某 某某医院 主治医师; a lecture
    # notice's 主讲人: is the event's, no writer)
    "主讲": "author",
    # (who drafted a report: 执笔:某某 某某)
    "执笔": "author",
    "执笔人": "author",
    "撰稿人": "author",
    # (a magazine's contributing writer: 特约撰稿人 某某, 特约作者:某某)
    "特约撰稿人": "author",
    "特约撰稿": "author",
    "特约作者": "author",
    "撰文": "author",
    "文字": "author",
    "发表者": "author",
    "本文作者": "author",
    "文字整理": "author",
    # (who compiled a digest from other sources: 来源:综合各医院官网  整理:某某)
    "整理": "author",
    "图文": "author",
    "原作者": "author",
    "原文作者": "author",
    "本报记者": "author",
    "记者": "author",
    "撰稿者": "author",
    "特约记者": "author",
    "特约通讯员": "author",
    "本报通讯员": "author",
    "前方记者": "author",
    "特派记者": "author",
    "晚报记者": "author",
    "日报记者": "author",
    "融媒体记者": "author",
    "融媒记者": "author",
    "全媒体记者": "author",
    "新媒体记者": "author",
    "见习记者": "author",
    "首席记者": "author",
    "通讯员": "author",
    "实习生": "author",
    "实习记者": "author",
    "文/图": "author",
    "文·图": "author",
    "图·文": "author",
    # (a writer who took the pictures too: 摄影/文:某某, 文/摄影:某某)
    "摄影/文": "author",
    "文/摄影": "author",
    "图/文字": "author",
    "文图": "author",
    "图/文": "author",
    "文": "author",
    "图": "author",
    "摄影": "author",
    "摄": "author",
    # who filmed a news video, and who shot it from the air: its pictures' credits
    "摄像": "author",
    "航拍": "author",
    "图片": "author",
    "文案": "author",
    "文稿": "author",
    "编辑": "editor",
    "责任编辑": "editor",
    # (who picked the piece and who ran the desk: 选稿:某某, 值班编辑:某某)
    "选稿": "editor",
    "值班编辑": "editor",
    # a video's or a feature's production credits (剪辑:, 后期:, 监制:, 美编:)
    "剪辑": "editor",
    "后期": "editor",
    "制作": "editor",
    "监制": "editor",
    "策划": "editor",
    "统筹": "editor",
    "美编": "editor",
    "主编": "editor",
    "初审": "editor",
    "复审": "editor",
    "终审": "editor",
    "配音": "editor",
    "设计": "editor",
    "排版": "editor",
    "海报": "editor",
    "责编": "editor",
    "编审": "editor",
    "审核": "editor",
    "审稿": "editor",
    "审核专家": "editor",
    "审稿专家": "editor",
    # (a health piece's reviewer named by what was reviewed: 医学审核:某某, 内容审核:某某)
    "医学审核": "editor",
    "内容审核": "editor",
    "专家审核": "editor",
    "科学审核": "editor",
    "医学审校": "editor",
    "审阅": "editor",
    "审阅者": "editor",
    "审订": "editor",
    "审定": "editor",
    # (the expert a health piece consulted, credited apart from its writer: 本文专家:某某医院 主任医师 某某)
    "本文专家": "editor",
    "指导专家": "editor",
    "审校": "editor",
    "校对": "editor",
    "浏览次数": "counter",
    "浏览量": "counter",
    "阅读量": "counter",
    "阅读": "counter",
    "点击数": "counter",
    "点击量": "counter",
    # Counters a portal prints beside the byline (`作者:某某 点击:1024`): never a name.
    "点击": "counter",
    "点击次数": "counter",
    "点击率": "counter",
    "浏览": "counter",
    "浏览数": "counter",
    "访问量": "counter",
    "访问次数": "counter",
    # a forum thread's header (作者:某某 提交日期:… 访问:18452 回复:326), and a reply's (作者:某某
    # 回复日期:…: a reader's, never the article's byline)
    "回复日期": "reply",
    "回复时间": "reply",
    # A message board's letter's other writers' fields: read past, no author.
    "咨询人": "record",
    "投诉人": "record",
    "写信人": "record",
    "提交日期": "date",
    "提交时间": "date",
    "阅读数": "counter",
    "阅读次数": "counter",
    "查看次数": "counter",
    "人气": "counter",
    "评论数": "counter",
    "字号": "counter",
    "字体": "counter",
    # Taiwan's pages count reads so (`點閱次數:1047`).
    "点阅次数": "counter",
    "浏览人数": "counter",
    "浏览人次": "counter",
    "点阅数": "counter",
    "点阅": "counter",
    # A video page's play count (`播放次数:3218`).
    "播放次数": "counter",
    "播放量": "counter",
    # (a video's length in its bar: 视频时长 03:21)
    "视频时长": "counter",
    "观看次数": "counter",
    # The column a video or article was filed under (`栏目:某某新闻联播`).
    "栏目": "column",
    "分类": "column",
    "所属栏目": "column",
    # A broadcast's programme and air time (节目:《某某》 播出时间:… 主持人:…).
    "节目": "column",
    "个人分类": "column",
    # An e-paper's page in its story's bar (`版次:B04  作者:记者 某某  日期:…`).
    "版次": "column",
    "版面": "column",
    "系统分类": "column",
    # The writer's workplace on a line of its own under the byline (`作者单位:某某县妇幼保健院`).
    "作者单位": "affiliation",
    "作者机构": "affiliation",
    # A blog post's tags in its bar (`2012-09-27 16:08 标签:安宁疗护 护理`): read past, like a counter.
    "标签": "counter",
    # A public document's record numbers beside its dates (发文字号:某卫医〔2023〕58号  发布日期:…): read past.
    "发文字号": "record",
    "文号": "record",
    "索引号": "record",
    "信息索引号": "record",
    "所属分类": "record",
    # (an archive of channel articles names the account that posted it, `公众号:某某卫生院`: read past,
    # a 来源 under the article names the source)
    "公众号": "record",
    # (…and its category, its keywords and how it is made public: 主题分类:卫生、体育 公开方式:主动公开)
    "主题分类": "record",
    "信息分类": "record",
    "组配分类": "record",
    "体裁分类": "record",
    "主题词": "record",
    "公开方式": "record",
    "公开范围": "record",
    "有效性": "record",
    # A message board's letter's own fields beside its date (来信人:刘** 来信时间:…, 信件编号:… 处理状态:已办结): read past.
    "来信人": "record",
    "留言人": "record",
    "诉求人": "record",
    "信访人": "record",
    "提问人": "record",
    "信件编号": "record",
    "留言编号": "record",
    "工单编号": "record",
    "诉求编号": "record",
    "信件类型": "record",
    "信件类别": "record",
    "留言类型": "record",
    "诉求类型": "record",
    "处理状态": "record",
    "办理状态": "record",
    "受理状态": "record",
    "办结状态": "record",
}
# `来自`/`来源于` glued to an outlet's name, which says it is one (某某网, 某某日报, 某某号, 某某网健康).
GLUED_SOURCE_WORD = deferred(
    r"^\s*(?P<label>来自|来源于)\s*(?P<name>[^\s，。,:：]{1,10}(?:网|报|台|社|号|刊|志|频道|新闻|健康|资讯|在线))\s*$"
)
# A portal's channel named before an info bar's day (`某某教育 2012年06月08日10:34 某某报`).
CHANNEL_BEFORE_DATE = deferred(
    r"^\s*[\u3400-\u4dbf\u4e00-\u9fffA-Za-z]{0,4}(?:教育|体育|财经|科技|娱乐|健康|汽车|房产|新闻|资讯|军事|文化|旅游|时尚|数码|游戏|读书|女性|育儿|社会|国际|国内)"
    r"[ \t\u3000]+(?=(?:19|20)\d\d[年-])"
)
# A share bar after an info bar's fields (`… 分享到:新浪微博 腾讯微博`).
SHARE_TAIL = deferred(
    r"[ \t\u3000]*分享(?:到|至)?[ \t]*[:：][^\n]{0,60}$"
    # (…without a colon, the targets after it: `分享到 微信微博QQ`)
    r"|[ \t\u3000]+分享(?:到|至)[ \t]*(?:(?:微信|微博|朋友圈|QQ空间|QQ|qq|新浪微博|腾讯微博|豆瓣)[ \t|/·]*)+$"
)
# A blog's stamp with its writer after the day (`posted @ 2015-03-28 22:41 某某 阅读(3517)`, WordPress's
# `发表于 2012年3月5日 由 某某`).
BLOG_STAMP = deferred(
    r"^\s*(?:(?:posted|Posted)\s*@\s*(?P<when>(?:19|20)\d\d-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\s+"
    r"|发表于\s*(?P<day>(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s+由\s*)"
    r"(?P<name>[^\s()（）|｜]{2,16})(?:\s+(?:阅读|评论|编辑|收藏|引用)[^\n]*)?\s*$"
)
# A blog bar's buttons after its fields, set apart by bars (`|举报|字号 订阅`).
BAR_BUTTONS_TAIL = deferred(
    r"(?:(?:[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+)(?:举报|字号|订阅|打印|收藏|分享|转载)(?:[ \t\u3000]+(?:举报|字号|订阅|打印|收藏|分享))*)+"
    r"[ \t\u3000]*[|｜]?[ \t\u3000]*$"
)
# A day and its time set apart by a bar (`2007-11-03 | 19:45`).
DAY_BAR_TIME = deferred(r"((?:19|20)\d\d-\d{1,2}-\d{1,2})[ \t\u3000]*[|｜][ \t\u3000]*(\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])")
# A dateline's credits in brackets with the lead's words after them (`本报讯(记者 某某)反复腹痛半年,…`):
# the first paragraph, however it was cut, not a line of fields.
DATELINE_THEN_WORDS = deferred(r"讯[ \t\u3000]*[（(][^()（）\n]{2,40}[)）][ \t\u3000]*[\u3400-\u4dbf\u4e00-\u9fff“\"\d]{4,}")
# An outlet's name: a paper, a station, a news site, a county's media centre (某某日报, 某某融媒体中心).
MEDIA_OUTLET = deferred(r"(?:报|台|社|刊|网|融媒体中心|融媒体|融媒|新闻|发布|客户端|电视|广播)$|日报|晚报|新闻网")
# A posting verb (and the region) after a source's name in a bar (`某某健康网 发布于`, `… 发布于 浙江`).
POSTED_TAIL = deferred(r"[ \t\u3000]+(?:发布于|发表于)(?:[ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{2,4})?[ \t]*$")
# A poster's client after `来自:` (来自: Android客户端, 来自手机版).
CLIENT_WORD = deferred(r"客户端|手机|Android|iPhone|iOS|安卓|苹果|网页版|APP|App")
# How long an outlet's name after `来源于` may be.
SOURCE_WORD_MAX_CHARS = 12
# …and an account's name, which ends in what it is (某某市第一人民医院微信公众号).
SOURCE_ACCOUNT_MAX_CHARS = 24
ACCOUNT_WORD_END = deferred(r"(?:微信公众号|公众号|官方微信|官方微博|视频号|官网|客户端|门户网站)$")
# Labels that may be followed by a name after a plain space (`记者 张三`); the others need `:` or `/`.
_SPACE_LABELS = {
    "本报记者", "记者", "特约记者", "本报通讯员", "前方记者", "特派记者", "晚报记者", "日报记者", "融媒体记者", "融媒记者", "全媒体记者", "新媒体记者", "见习记者", "首席记者",
    "通讯员", "实习生", "实习记者", "文/图", "图/文", "摄影", "作者", "摄像", "撰稿人", "特约撰稿人", "特约作者", "特约通讯员",
    # (a health page's review badge: 审核专家 某某 主任医师 某某医院 某某科)
    "审核专家", "审稿专家",
    # (a portal's closing credits spaced, not colonned: 记者 某某 编辑 某某 校对 某某)
    "编辑", "校对", "责编",
    # (a portal's source in elements of its own, `来源于 某某网`; a blog's repost and its last editor)
    "来源于", "转载自", "最终编辑",
}
_LABEL_ALT = "|".join(re.escape(k) for k in sorted(_LABELS, key=len, reverse=True))
# A label at the start of the line or after a separator, then `:`, `/`, `|` or (for some) a space.
FIELD_LABEL = deferred(
    rf"(?:^|(?<=[\s|｜丨】\]]))[(（【\[□■]?(?P<label>{_LABEL_ALT})\s*(?P<sep>[:：/／｜|丨]|\s(?=\S))\s*"
)
# The traditional forms of the labels' characters (發佈時間, 來源, 責任編輯, 記者 …), one for one.
_LABEL_FOLD = str.maketrans({
    "習": "习", "體": "体", "擊": "击", "單": "单", "發": "发", "佈": "布", "號": "号", "員": "员", "圖": "图",
    "處": "处", "審": "审", "對": "对", "報": "报", "攝": "摄", "數": "数", "時": "时", "機": "机", "來": "来",
    "構": "构", "標": "标", "氣": "气", "瀏": "浏", "點": "点", "約": "约", "編": "编", "見": "见", "覽": "览",
    "訊": "讯", "記": "记", "論": "论", "訪": "访", "評": "评", "讀": "读", "責": "责", "輯": "辑", "問": "问",
    "間": "间", "閱": "阅", "閲": "阅", "題": "题", "關": "关", "聞": "闻", "資": "资", "張": "张", "貼": "贴",
    "訂": "订", "後": "后", "寫": "写", "醫": "医", "師": "师",
})
_TRAD_LABEL_CHAR = deferred("[" + "".join(chr(c) for c in _LABEL_FOLD) + "]")
# An info bar is short: a longer line is not read again for glued labels, nor folded to the
# simplified forms of its labels (a paragraph is no field line in either script).
GLUED_MAX_CHARS = 120
FOLD_MAX_CHARS = 200
# An info bar's label glued to the value before it (`…09:12来源:某某日报作者:某某`): where a space goes.
GLUED_LABEL = deferred(r"(?<=[^\s|｜丨:：/])(?<!责任)(?<!稿件)(?<!文章)(?<!信息)(?<!值班)(?<!美术)(?<!版面)(?<!执行)(?<!网络)(?<!医学)(?<!内容)(?<!专家)(?<!科学)(?=(?:来源|供稿单位|供稿|作者|撰文|撰稿|文字|责任编辑|编辑|审核|审稿|发布时间|发布日期|更新时间|浏览次数|浏览量|浏览|点击数|点击量|点击|阅读量|阅读|播放量|播放次数|摄影|记者|通讯员|字号)[:：])")
# A line that is only a label, its value on the next line (seed 001: `发布日期:` / `2023年11月20日`).
LABEL_ONLY = deferred(rf"^[(（【\[]?(?P<label>{_LABEL_ALT})\s*[:：]\s*$")
# A date field may hold a few more characters (`2023-11-20 周一`) or an unknown field after it
# (`日期:2019-12-24 09:12 稿源:某社区`); prose with clause marks after the date is a paragraph.
DATE_VALUE_SLACK = 6
# Separators between several names in one value.
NAME_SPLIT = deferred(r"[\s、,，;；/|｜丨]+")
_CLOSERS = " \t\u3000|｜丨)）】]"

# Common Chinese surnames (compound ones first): a bare names line under the title
# counts as a byline only if every token starts with one, which keeps headings out.
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "澹台")
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝权徐鄢"
    # (…and their traditional forms, as Taiwan and Hong Kong pages write them)
    "劉叢吳呂喬單嚴塗婁孫宮寧師張應於時楊榮權欒歐湯溫畢盧竇範簡紀繆羅聶莊華萬葉蔣蕭藍蘆蘇蘭衛許謝譚費賀賈趙車農連遊遲邊鄒鄔鄧鄭鄺錢鍾閆閔閻關陳陸陽鞏韋韓項顏顧饒馬馮駱魯鮑麥黃黨齊龍龐龔"
)
# Credits that name a unit rather than a person (`作者:消化内科 唐敏`) stay in `credits` only.
_ORG_ENDS = "科|院|部|中心|办|办公室|室|局|委|委员会|站|所|队|组|处|报|台|社|媒|网|号|公司|集团|协会|学会|妇联|残联|文联|侨联|科协|工会|工商联"
# The site's own name heading the page: a unit (某某市卫生健康委员会, 某某县人民医院) or a site (某某新闻网).
# (with its other name in brackets after it: 某某市精神卫生中心(某某市第七人民医院))
SITE_NAME = deferred(rf"[\u3400-\u4dbf\u4e00-\u9fff]{{2,20}}(?:{_ORG_ENDS}|网)(?:[(（][\u3400-\u4dbf\u4e00-\u9fff]{{2,20}}(?:{_ORG_ENDS})[)）])?")
ORG_NAME = deferred(rf"(?:{_ORG_ENDS})$")
# How long a unit named in a byline runs (an outlet's reporter: see `OUTLET_ROLE`).
BYLINE_UNIT_CHARS = 20
# A role or a label caught with a name (观察者网专栏作者, 实习生:某某, 【评论员文章): no author's name.
# (and a field a site leaves unfilled: 作者:未知, 佚名, 不详)
# (nor a heading's word after a label: 作者 简介)
_NOT_A_NAME = deferred(
    r"(?:作者|记者|编辑|通讯员|评论员|撰稿人|实习生|主编|文章|日期|时间|来源)$|^文章|^(?:未知|佚名|不详|匿名|暂无|无)$"
    # (the site's own piece in the writer's field: 作者:本站原创, 本网)
    r"|^(?:本站原创|本网原创|本站|本网|原创|本站编辑|网站编辑)$"
    # (a story's end mark in brackets, read as a closing byline: （全文完）, （完）, （待续）)
    r"|^(?:全文完|完|全文结束|待续|未完待续|未完)$"
    # (a release's kind after its source: 資料來源:某某局 新聞稿)
    r"|^(?:新闻稿|新聞稿|通稿|通訊稿|通讯稿|公告|消息|稿件)$"
    # (a site's menu words: 关于我们, 联系我们, 加入我们)
    r"|我们$|^(?:首页|返回|走进[\u4e00-\u9fff]{2,6})$"
    r"|^(?:简介|介绍|信息|资料|单位|风采|专栏|其他|列表|文集|视频|摄像|剪辑|图片|后期)$|[:：【】\[\]]"
    # (a column's name alone over the info bar: 卫生动态, 本地要闻)
    r"|..(?:动态|新闻|要闻|资讯|快讯|简讯|公告|通知|之窗|园地|视点|聚焦)$"
    # (an account's name of two words, its place's and its field's: 某地健康, 某县卫健, 某城发布)
    r"|^..(?:健康|卫健|疾控|医疗|卫生|发布|之声|在线|头条|融媒|妇产|妇幼|口腔|眼科|齿科|牙科|医美|整形|中医|儿科|骨科)$"
    # (a unit's or a desk's byline: 医保宣传, 宣传科, 健康科普, 学生记者团; an outlet's: 某某网健康, 某某网)
    r"|..(?:宣传|宣传科|宣传部|宣教|科普|小编)$|.网(?:健康|新闻|资讯|财经|科技|视频|时评)?$|记者团$|通讯社$|学生会$|编辑部$|^.{2,}(?:体育|财经|传媒|资讯|观察|视界)$"
    # (a rank or a credit's verb left beside the names: 主治 of 主治醫師, 提供 of `(某某室 提供)`)
    r"|^(?:主治|主任|副主任|主管|住院|提供|供稿|供图|摄|攝)$"
    # (a part's label a role opens: 记者提问, 记者问, 记者手记)
    r"|^(?:提问|问|手记|采访|观察|连线|札记|追问)$"
    # (…a post alone before the name it belongs to: `护士长 某某`)
    r"|^(?:护士长|护士|护师|医生|医师|院长|副院长|科主任|教授|副教授|药师|技师|主任医师|副主任医师|主治医师)$"
    r"|^(?:临床)?(?:心理师|营养师|护理师|治疗师|个案管理师)$|^(?:臨床)?(?:心理師|營養師|護理師|治療師|個案管理師|醫師|藥師)$"
    # (the writer's post before the name, `撰文：心臟科專科醫生 某某`, `急诊医学科主治医师 某某`)
    r"|^.{2,}(?:[科院室部]|中心)(?:专科|專科|主治|主任|副主任|住院|主管)?(?:医生|醫生|医师|醫師|护士|護士|护师|護師|护理师|護理師|药师|藥師|技师|技師|专家|專家)$"
    r"|^.{2,}(?:专科|專科|主治|主任|副主任)(?:医生|醫生|医师|醫師)$"
    # (what the writer did with the text: `(记者某某 整合)`, `(某某办公室 整理)`)
    r"|^(?:整理|整合|编译|综合|综述|采写|撰写|编写|编发|翻译|统筹|报道|报导|報道|報導|摄影报道|发表|发布|发表于|发布于|更新|更新于|人已读|已读|阅读|汇总|汇编|辑录)$"
    # (…said whole in the writer's field: 综合各市州报送, 根据各地报送整理)
    r"|^(?:综合|根据|据)[^\s]{0,8}(?:报送|来稿|供稿|报道|材料|整理)$"
    # (a box's heading after 记者: 记者手记, 记者观察, 记者调查)
    r"|^(?:手记|观察|调查|追踪|点评|感言|札记|笔记|短评|直击|探访|体验|连线)$"
    # (a site's own account that posts every page: admin, 管理员)
    r"|^(?i:admin|administrator|root|webmaster|system)$|^(?:系统|网站|超级)?管理员$"
    # (a page's button in brackets after the body, read as a closing byline: 【关闭】, [打印])
    r"|^(?:关闭|關閉|关闭窗口|打印|列印|打印本页|返回|返回顶部|顶部|收藏|分享|转发|登录|注册|更多|评论|点赞|举报|纠错|置顶|回复)$"
)


def is_author_name(name: str) -> bool:
    """Whether a credited name is a person's: not a unit (某某医院办公室), a role, a label or a
    province (a post's region beside its writer: 四川)."""
    return ORG_NAME.search(name) is None and _NOT_A_NAME.search(name) is None and REGION_ALONE.fullmatch(name) is None


def is_writer(role: str) -> bool:
    """Whether a credit's role makes its person an author: an editor or a reviewer (编辑, 审核)
    edited the piece, and whoever posted the page (发布人:admin) is the site's account."""
    return _LABELS.get(_fold_labels(role)) != "editor"


def credited_authors(credits: list[tuple[str, str]], names: list[str]) -> list[str]:
    """`names` and the authors among `credits`: the writers (`is_writer`), and who took the pictures
    (摄影, 图) or compiled the piece (整理) only where no one is named for the words, as on a photo
    story or a digest."""
    wrote = bool(names) or any(is_writer(role) and role not in SECOND_HAND_ROLES for role, _ in credits)
    out = list(names)
    # (a writer's department or outlet beside the writer, `作者:物理系 某某`, `文/某某之家 某某`: the
    # person is the author)
    person = any(is_writer(role) and not _unit_beside_writer(name) for role, name in credits)
    # (a poster's name over the stamp, where a labelled writer is named too: `某某医生聊健康` /
    # `发表于 …` / `文/某某`: the account posted what the writer wrote)
    labelled = any(is_writer(role) and role not in ("楼主", "byline") for role, _ in credits)
    for role, name in credits:
        if (person and _unit_beside_writer(name)) or (labelled and role == "楼主"):
            continue
        if role == "原创" and len(name) >= ACCOUNT_NICK_MIN_CHARS and ACCOUNT_NICK.search(name) is not None:
            continue  # (an account's nickname in the writer's place of a channel line: `原创 某某湾健康 某某中心 …`)
        if name not in out and is_author_name(name) and is_writer(role) and (role not in SECOND_HAND_ROLES or not wrote):
            out.append(name)
    return out

# An account's nickname by its last word (某某湾健康, 某某之声, 某某发布), this long at least: no person.
ACCOUNT_NICK = deferred(r"(?:健康|之声|发布|在线|资讯|科普|融媒|医讯|卫健|健康号|急救|疾控|妇幼|医保|中医)$")
ACCOUNT_NICK_MIN_CHARS = 4
# A WeChat export's account line under the title: `原创 [author] account 2024-08-02 17:30 [发表于湖南]`.
WECHAT_LINE = deferred(
    rf"^原创\s+(?:[\u3400-\u4dbf\u4e00-\u9fff]{{1,8}}(?:科|部|室|组|办)\s+(?=\S+\s+\S+\s+\d))?(?:(?P<author>\S+)\s+)?(?P<account>\S+)\s+(?P<date>{DATE.replace('(?P<', '(?P<w_')})(?:\s*发表于\S+|\s+[\u3400-\u4dbf\u4e00-\u9fff]{{2,3}})?$"
)
# …with the writers named by their roles before the account (`原创 记者 某某 实习生 某某 某某晚报 2026年01月09日 18:30 湖南`).
ROLES_IN_STAMP = deferred(
    r"^原创[ \t\u3000]+(?P<byline>(?:(?:记者|实习生|通讯员|见习记者|特约记者|融媒记者|全媒体记者|作者|文|撰文|文/图|图/文)"
    r"[ \t\u3000]*[/:：]?[ \t\u3000]*[\u3400-\u4dbf\u4e00-\u9fff·]{2,4}[ \t\u3000]+)+)"
    r"(?P<rest>[^\s\d]\S*[ \t\u3000]+(?:19|20)\d\d\S*(?:[ \t\u3000]+\S+){0,2})\s*$"
)
# A channel article's account line without the time (`原创 妇科 某某 某某医院`; the time is on a line
# of its own under it): the account is the last name, a person's name before it is the author.
WECHAT_BARE = deferred(r"^原创(?P<names>(?:[ \t\u3000]+[^\s。，,！？!?:：;；]{1,20}){0,3})\s*$")
# …with the account first, before a bar (`某某卫健 | 原创 某某`).
WECHAT_BARRED = deferred(r"^\s*(?P<account>[^\s|｜。，,！？!?:：]{2,20})[ \t\u3000]*[|｜][ \t\u3000]*原创(?P<names>(?:[ \t\u3000]+[^\s|｜。，,！？!?:：]{1,20}){1,2})\s*$")
# An old channel template's line: 原创, the day, the writer (and their unit) and the account.
DATE_FIRST_ACCOUNT = deferred(
    r"^\s*(?P<mark>原创[ \t\u3000]*)?(?P<date>(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?)"
    r"(?P<names>(?:[ \t\u3000]+[^\s。，,！？!?:：;；\d]{2,20}){1,4})\s*$"
)
# A reposted article's card: where it came from and who wrote it (`以下文章来源于 某某健康 ,作者 某某`).
# (the writer's department may stand before the name: `…,作者心内科 某某`)
REPOST_CARD = deferred(
    r"^\s*以下文章来源于[ \t\u3000]*(?P<account>[^\s,，]{1,20})[ \t\u3000]*(?:[,，][ \t\u3000]*作者[ \t\u3000]*"
    r"(?:[\u3400-\u4dbf\u4e00-\u9fff]{1,8}(?:科|部|室|中心|组|办)[ \t\u3000]+)?(?P<author>[^\s,，]{1,12}))?\s*$"
)
_YEAR = deferred(r"(?:19|20)\d\d")
RELATIVE_TIME = deferred(r"前天|昨天|今天|刚刚|\d{1,2}\s*(?:分钟|小时|天|周)前")
# Where a channel post was sent from, printed after its time (`… 08:30 浙江`, `发表于广东`).
REGIONS = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
    "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)
_REGION_ALT = "|".join(REGIONS)
# The time a channel article was posted and where from (`2024-06-18 17:02 发表于广东`, `2024年05月19日 15:40 上海`).
POSTED_FROM = deferred(
    rf"^\s*(?P<lead>{DATE})[ \t\u3000]*(?:发[表布]于[ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{{2,8}}|[ \t\u3000](?:{_REGION_ALT})|(?<=\d:\d\d)(?:{_REGION_ALT}))\s*$"
)
# A microblog's stamp: the time and the client it was posted from (`2026-4-18 09:30 来自 微博网页版 · 已编辑`,
# the year in two digits: `26-3-22 14:05 · 来自 …`).
POSTED_VIA = deferred(
    r"^\s*(?P<lead>(?:(?P<short>\d\d)|(?:19|20)\d\d)-\d{1,2}-\d{1,2}[ \t]+\d{1,2}:\d{2}(?::\d{2})?)[ \t\u3000]*(?:[·•][ \t]*)?"
    r"来自[ \t]*[^\n]{1,30}$"
)
# The same line without `原创`, as the page shows it: the author (or the account again) and the account,
# then the time (`某某卫健 某某卫健 2024年04月09日 19:45 江苏`).
ACCOUNT_LINE = deferred(
    rf"^\s*(?P<names>[^\s。，,！？!?:：]{{2,20}}(?:[ \t\u3000]+[^\s。，,！？!?:：]{{2,20}})?)[ \t\u3000]+"
    rf"(?P<lead>(?:19|20)\d\d(?:-\d{{1,2}}-\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日)[ \t]+\d{{1,2}}:\d{{2}})"
    rf"(?:[ \t\u3000]*发[表布]于[ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{{2,8}}|[ \t\u3000]+(?:{_REGION_ALT}))?\s*$"
)
# A channel post's stamp in the other platforms' forms: `编辑于 2024-05-20 上海`, `2024-06-03 09:12湖北`,
# `2024-06-11 20:18发布于四川 · 健康领域创作者`, `2024-05-21 07:45·某某医院 副主任医师 优质健康领域创作者`.
CHANNEL_STAMP = deferred(
    rf"^\s*(?:(?P<verb>(?:编辑|发表|发布|更新)于)[ \t]*[:：]?[ \t]*)?(?P<lead>{DATE})(?P<rest>[ \t\u3000]*(?:发[表布]于[ \t]*[:：]?[ \t]*)?(?:{_REGION_ALT})?"
    r"(?:[ \t\u3000]*[·•]?[ \t\u3000]*[^\s。！？!?:：]{2,20}(?:[ \t\u3000]+[^\s。！？!?:：]{2,20}){0,3})?)\s*$"
)


def _channel_stamp(text: str, *, need_verb: bool = False) -> str | None:
    """The date of a post's stamp with more than its date (a verb, a region, a badge; `need_verb`:
    a verb, `编辑于 …`), or None."""
    stamp = CHANNEL_STAMP.match(text)
    if stamp is None or not (stamp["verb"] or (not need_verb and stamp["rest"].strip())):
        return None
    return parse_date(stamp["lead"])


# The names on a channel article's header line: the author and the account, or the account twice.
# (not a paper's column and issue, `健康周刊  第32期`, over the day and the page)
ACCOUNT_NAMES = deferred(r"(?!.*第[ \t]*\d{1,4}[ \t]*[期版])[^\s。，,！？!?:：]{2,20}(?:[ \t\u3000]+[^\s。，,！？!?:：]{2,20}){0,2}")
# The region alone on the line under the posting time (`上海`).
REGION_LINE = deferred(rf"^\s*(?:发[表布]于[ \t]*[:：]?[ \t]*)?(?:{_REGION_ALT})(?:省|市|自治区)?\s*$")
# `本报讯(记者 张三 通讯员 李四)` opening the first paragraph: a dateline and a bracketed byline.
DATELINE_BYLINE = deferred(
    # (a station's `某某台消息` is its 讯)
    r"^(?P<dateline>[\u3400-\u4dbf\u4e00-\u9fff]{1,8}讯|[【\[][\u3400-\u4dbf\u4e00-\u9fff]{1,10}讯[】\]]|[\u3400-\u4dbf\u4e00-\u9fff]{1,8}台消息|[\u3400-\u4dbf\u4e00-\u9fff]{2,16}\d{1,2}月\d{1,2}日(?:电|消息|讯))?\s*[(（【\[〔]\s*"
    # (or the site's dateline inside the brackets: `【某某网报道 记者 …】`, `(某某日报讯 记者 …)`)
    r"(?:(?P<inner>[\u3400-\u4dbf\u4e00-\u9fff]{1,12}(?:讯|报道|消息))[ \t\u3000]*)?"
    # (an outlet and its post may come first: `【某某时报驻某国特约记者 某某 某某时报记者 某某】`)
    r"(?P<credit>(?:[\u3400-\u4dbf\u4e00-\u9fff]{2,8}?(?:驻[\u3400-\u4dbf\u4e00-\u9fff]{1,6}?)?)?(?:本报|特约|见习)?(?:记者|通讯员|实习生|記者|通訊員)[^()（）【】\[\]〔〕\n]{1,40}"
    # (or the writer's credit alone in the brackets: `（文/图 某某）3月19日下午,…`)
    r"|(?:文[/／·]图|图[/／·]文|撰文|撰稿|文|作者)(?:[ \t\u3000]*[/／:：|｜][ \t\u3000]*|[ \t\u3000]+)[\u4e00-\u9fff][^()（）【】\[\]〔〕\n]{1,30})[)）】\]〕]\s*(?=\S)"
)
# A wire dateline and its reporters' names alone in brackets (`某某网某地3月12日电 (某某 某某)`).
WIRE_BARE_NAMES = deferred(
    r"^\s*(?P<dateline>[\u3400-\u4dbf\u4e00-\u9fff]{2,16}\d{1,2}月\d{1,2}日电)[ \t\u3000]*[(（][ \t]*"
    r"(?P<names>[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:[ \t\u3000、]+[\u3400-\u4dbf\u4e00-\u9fff]{2,4}){0,3})[ \t]*[)）][ \t\u3000]*(?=\S)"
)
# Reporters named with no brackets at the start of the lead, its sentence after a space
# (`记者 某某 通讯员 某某 9月12日上午,…`).
BARE_LEAD_BYLINE = deferred(
    # (after the paper's dateline, and with the verb and a colon after the names: `本报讯 记者 某某 报道：…`)
    r"^[ \t\u3000]*(?:[\u3400-\u4dbf\u4e00-\u9fff]{1,8}讯[ \t\u3000]+)?"
    r"(?P<credit>(?:本报|本台|本网)?(?:记者|通讯员|实习生)[ \t\u3000]*[\u3400-\u4dbf\u4e00-\u9fff]{2,4}"
    r"(?:[ \t\u3000、]+(?:(?:本报|本台|本网)?(?:记者|通讯员|实习生)[ \t\u3000]*)?(?!报道|報道|报导|報導)[\u3400-\u4dbf\u4e00-\u9fff]{2,4}){0,5})"
    r"(?:[ \t\u3000]+报道[ \t]*[:：][ \t\u3000]*|[ \t\u3000]+)"
    r"(?=\d{1,2}月|(?:19|20)\d\d年|近日|日前|昨日|昨天|今天|今日|今年|连日来|近期|[“\"])"
)
# A wire agency's dateline opening the lead: `某某社北京3月5日电`, and a reporter glued to the place in
# brackets (`（某某社記者某某台北12日電）`, as Taiwan's agencies write it).
AGENCY_DATELINE = deferred(
    r"^[ \t\u3000]*(?:[(（][ \t]*(?P<bagency>[\u3400-\u4dbf\u4e00-\u9fff]{1,6}?社)(?:記者|记者)[ \t]*(?P<names>[\u3400-\u4dbf\u4e00-\u9fff、]{4,12}?)"
    r"(?:\d{1,2}月)?\d{1,2}日[電电][ \t]*[)）]"
    r"|(?P<agency>[\u3400-\u4dbf\u4e00-\u9fff]{1,6}?(?:社|网))(?!记者|記者)[\u3400-\u4dbf\u4e00-\u9fff]{2,6}(?:\d{1,2}月)?\d{1,2}日[電电](?![\u3400-\u4dbf\u4e00-\u9fff]))"
)


def _wire_names(glued: str) -> list[str]:
    """The reporters in `某某台北` (names glued to the place of a wire dateline): the place is the last
    two characters (台北, 东京), or three after six (某某某华盛顿); names joined by 、."""
    *names, last = glued.split("、")
    cut = 3 if len(last) >= 6 else 2
    names.append(last[:-cut])
    return [n for n in names if 2 <= len(n) <= 4 and is_author_name(n)]


# A dated dateline (`某某社某地8月22日电`, `某某网某地1月8日消息`): the lead's opening words.
WIRE_DATELINE = deferred(r"(?:\d{1,2}日(?:电|消息|讯)|电)$")
# `(记者 李明 摄)` is a photo credit: the boilerplate stage's `photo_credit` rules remove it.
PHOTO_CREDIT_END = deferred(r"(?:摄|摄影|供图|图|攝|攝影|圖)\s*[)）】\]]?$")
PHOTO_ROLES = {"摄影", "摄", "图", "图片", "摄像", "航拍"}
# Roles whose people are authors only where no one is named for the words.
SECOND_HAND_ROLES = PHOTO_ROLES | {"整理"}
NAMES_LINE = deferred(r"^[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:[\s、,，]+[\u3400-\u4dbf\u4e00-\u9fff]{2,4}){0,5}$")


@dataclass(slots=True)
class _Line:
    start: int  # offset of the first character in the current text
    end: int  # offset just after the last character (before the newline)
    text: str


# A JSONL line's (or a Parquet row's) fields beside its text, by the names scrapers give them:
# the first present of each, in this order. A cleaned record read again states its own.
INPUT_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "article_title", "news_title", "标题"),
    "published": (
        "published", "publish_time", "pub_time", "publish_date", "pub_date", "pubdate", "publishedAt",
        "datePublished", "date", "time", "datetime", "发布时间", "发布日期", "日期",
    ),
    "authors": ("authors", "author", "作者"),
    "source": ("source_name", "source", "media", "media_name", "来源"),
    # (the page's address, whose path may carry its day: read only where nothing else dates it)
    "url": ("url", "link", "page_url", "canonical_url"),
}
INPUT_TITLE_MAX_CHARS = 120
# A source field holding an address or a path (https://…, spider/news.py) names no outlet.
# (nor does stdin's `-`, which a cleaned record read again states as its source: a name has letters)
INPUT_SOURCE_NOT = deferred(r"[/\\@]|\.(?:com|cn|net|org|html?|txt|jsonl?|py)\b|^[^\u3400-\u4dbf\u4e00-\u9fffA-Za-z]*$")
# An epoch time (seconds, or milliseconds as JavaScript gives them) between 1990 and 2100.
EPOCH_SECONDS = range(631_152_000, 4_102_444_800)


def _input_value(meta: dict[str, Any], field: str) -> Any:
    return next((meta[k] for k in INPUT_KEYS[field] if meta.get(k) not in (None, "", [])), None)


def input_date(value: Any) -> str | None:
    """An input field's date as ISO 8601: a date string in any form `parse_date` reads, or an epoch
    time in seconds or milliseconds (read as China's time, as the pages that give one mean it)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, (int, float)):
        seconds = int(value // 1000 if value >= EPOCH_SECONDS.stop else value)
        if seconds not in EPOCH_SECONDS:
            return None
        from datetime import timedelta, timezone

        moment = datetime.fromtimestamp(seconds, timezone(timedelta(hours=8)))
        return moment.replace(tzinfo=None).isoformat(timespec="seconds" if moment.second else "minutes")
    return parse_date(value) if isinstance(value, str) else None


def input_authors(value: Any) -> list[str]:
    """An input field's authors: a list of names, or names in one string (`苏晓岚 方志远`, `A、B`)."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, str):
            names.extend(n for n in NAME_SPLIT.split(item.strip()) if 2 <= len(n) <= 20 and not n.isdigit())
    return list(dict.fromkeys(names))


def _lines(text: str) -> list[_Line]:
    return [_Line(a, b, text[a:b].strip()) for a, b in paragraph_spans(text)]


EPOCH_DAY = date(1970, 1, 1)


# A page's address alone on the text's first line (a scraper's record of where it came from).
PAGE_ADDRESS = deferred(r"[ \t]*(?P<url>https?://[^\s/]+\.[^\s/]+/[^\s]*)[ \t]*(?:\n|$)")
# The day in a page's address: a path's year/month/day steps (`/2011/9/28/`, `/2021-06-18/`), its
# eight digits after a step or a `t` (`/202305/t20230518_…`, `/20110928/`), or its year then its
# month and day (`/2019/0523/`).
URL_DAY = deferred(
    r"(?<![\d])(?P<y>(?:19|20)\d\d)[/_-](?P<m>[01]?\d)[/_-](?P<d>[0-3]?\d)(?![\d])"
    r"|(?:^|[/t_])(?P<y2>(?:19|20)\d\d)(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?![\d])"
    r"|(?:^|/)(?P<y3>(?:19|20)\d\d)/(?P<m3>[01]\d)(?P<d3>[0-3]\d)/"
)


def url_date(url: str) -> str | None:
    """The day a page's address carries (ISO 8601), or None: the last valid one in its path."""
    path = url.split("://", 1)[-1].partition("/")[2]
    found = None
    for m in URL_DAY.finditer(path):
        y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"]) if m["y2"] else (m["y3"], m["m3"], m["d3"])
        try:
            found = date(int(y), int(mo), int(d)).isoformat()
        except ValueError:
            continue
    return found


def parse_date(text: str) -> str | None:
    """The first valid date in `text` as ISO 8601 (`2023-11-20`, or `2023-11-20T08:50` with a time)."""
    if "日" in text and ("星期" in text or "周" in text or "週" in text or "礼拜" in text):
        text = DAY_WEEKDAY.sub("日 ", text)  # (the weekday between the day and its time: 4月3日（星期二） 11:25)
    for m in DATE_RE.finditer(text):
        try:
            day = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        if day == EPOCH_DAY:
            continue  # a template's placeholder for a missing time (1970-01-01 08:00), no date
        if m["H"] is None:
            return day.isoformat()
        hour = int(m["H"])
        if m["ampm"] in ("下午", "晚上") and hour < 12:
            hour += 12
        try:
            moment = datetime(day.year, day.month, day.day, hour, int(m["M"]), int(m["S"] or 0))
        except ValueError:
            return day.isoformat()
        return moment.isoformat(timespec="seconds" if m["S"] else "minutes")
    if ("/" in text or "-" in text) and (dmy := DMY_DATE.search(text)) is not None:
        clock = f" {dmy['H']}:{dmy['M']}" if dmy["H"] is not None else ""
        return parse_date(f"{dmy['y']}-{dmy['m']}-{dmy['d']}{clock}")
    # A date in the Republic of China's years (Taiwan): 民國113年5月16日, or a field's value 113-05-16,
    # read as the same date in the common era.
    r = ROC_DATE.search(text) or ROC_VALUE.match(text)
    if r is None:
        if (short := SHORT_YEAR_VALUE.match(text)) is not None:
            # A field's value with the year in two digits (`发布时间:19-08-27 18:04`, as an app prints it).
            clock = f" {short['H']}:{short['M']}" if short["H"] is not None else ""
            return parse_date(f"20{short['y']}-{short['m']}-{short['d']}{clock}")
        return None
    clock = f" {r['H']}:{r['M']}" if r.groupdict().get("H") is not None else ""
    return parse_date(f"{int(r['y']) + ROC_YEAR_ONE}-{r['m']}-{r['d']}{clock}")


def _split_names(value: str) -> list[str]:
    """The names in a credit's value. A two-character name spaced out (`苏 玲`, as papers print
    names to the width of three-character ones) is one name: single characters pair up, and one
    left alone is dropped (`文/戴某某`: the role of the name after it)."""
    tokens = [n for n in NAME_SPLIT.split(value.strip(_CLOSERS)) if n]
    out: list[str] = []
    k = 0
    while k < len(tokens):
        if len(tokens[k]) == 1 and k + 1 < len(tokens) and len(tokens[k + 1]) == 1:
            out.append(tokens[k] + tokens[k + 1])
            k += 2
            continue
        # A single character left alone is a role before its slash (`文/某某`, `图/某某`), not a name.
        if len(tokens[k]) > 1:
            out.append(tokens[k])
        k += 1
    return out


# A short section heading whose first character is also a surname (项目概况, 高考须知, 党建动态):
# the words it ends with are never a given name.
HEADING_WORD_END = deferred("(?:概况|情况|简介|背景|说明|要求|须知|目的|内容|安排|信息|公告|通知|介绍|动态|简讯|综述|回顾|导读|摘要|前言|总结|指南)$")


def _is_names_line(text: str) -> bool:
    if not NAMES_LINE.match(text):
        return False
    for name in _split_names(text):
        if not (name[0] in SURNAMES or name.startswith(COMPOUND_SURNAMES)) or HEADING_WORD_END.search(name):
            return False
    return True


# A date and a unit's name after it, no labels, maybe more fields after (`2025-10-08  院办公室  阅读:903`).
BARE_SOURCE = deferred(rf"^(?P<lead>\s*{DATE})[ \t\u3000]*(?P<src>[\u3400-\u4dbf\u4e00-\u9fff]{{2,16}})(?P<rest>(?:[ \t\u3000]+\S.*)?)$")
# What the name in such a line ends with: a unit, or a channel account's usual last words.
SOURCE_NAME = deferred(
    rf"(?:{_ORG_ENDS}|股|联|联合会|发布|卫健|医保|疾控|融媒|新闻|在线|之窗|之声|健康|医共体|医联体|共同体|社区|药业|制药|医药|妇幼|新闻客户端|日报客户端|晚报客户端)$"
    # (a health account named by its place after the word: 健康某地, 健康某某区)
    r"|^健康[\u3400-\u4dbf\u4e00-\u9fff]{2,4}$"
)
# A date leading an info line with an outlet's name after it, no label (`2006年03月15日 14:20 某某IT 文/某某`).
DATE_THEN_OUTLET = deferred(rf"^(?P<date>{DATE}(?:[ \t\u3000]*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)[ \t\u3000]+(?P<name>[\u3400-\u4dbf\u4e00-\u9fffA-Za-z]{{2,12}})$")
# A unit's or site's name leading an info line, then spaces (`某某县卫生健康局  发布日期:…`).
LEAD_UNIT = deferred(r"(?P<name>[\u3400-\u4dbf\u4e00-\u9fff]{2,20})(?:[ \t\u3000]+|$)")
EPAPER_LINE = deferred(
    rf"^\s*(?:(?P<paper>《[\u3400-\u4dbf\u4e00-\u9fff]{{2,12}}》|[\u3400-\u4dbf\u4e00-\u9fff]{{2,10}}报)[ \t\u3000]*)?(?:(?:出版日期|出版时间|日期)[ \t]*[:：][ \t]*)?(?P<lead>{DATE})"
    # (the weekday after the day: `2023年04月11日 星期二`)
    r"(?:[ \t\u3000]*[(（]?(?:星期|周)[一二三四五六日天][)）]?)?"
    # (the issue's number between: `第14期(总第327期)`)
    r"(?:[ \t\u3000]+第\d{1,5}期(?:[ \t]*[(（]总第\d{1,6}期[)）])?)?"
    rf"[ \t\u3000]+第?[A-Za-z]?\d{{1,3}}版(?:[ \t]*[:：][ \t]*\S+|[ \t\u3000]+[\u3400-\u4dbf\u4e00-\u9fff·]{{2,10}})?"
    r"(?:[ \t\u3000]+(?:上一版|下一版|版面导航|返回目录|往期回顾|往期|PDF下载|PDF|(?:阅读|浏览|点击)(?:量|数|次数)?[ \t]*[:：]?[ \t]*\d{1,9}))*[ \t\u3000]*$"
)
# An issue's line: its day and its numbers, either first, a special issue's name after them
# (2017年11月20日  第22期  总第305期, 第120期  2016年5月12日  星期四, 2022年1月4日 星期二 总第298期 新年特刊).
EPAPER_ISSUE = deferred(
    r"^\s*(?:(?:出版日期|出版时间|日期)[ \t]*[:：][ \t]*)?(?:(?:总?第\d{1,6}期|[(（]总第\d{1,6}期[)）])[ \t\u3000]+)*"
    rf"(?P<lead>{DATE.replace('(?P<', '(?P<i_')})(?:[ \t\u3000]*[(（]?(?:星期|周)[一二三四五六日天][)）]?)?"
    r"(?:[ \t\u3000]+(?:总?第\d{1,6}期|[(（]总第\d{1,6}期[)）]))*"
    # (…and how many pages it has: 本期共8版, 今日8版)
    r"(?:[ \t\u3000]+(?:本期共|今日|共)\d{1,3}版)?"
    r"(?:[ \t\u3000]+[\u3400-\u4dbf\u4e00-\u9fff·]{2,8})?\s*$"
)
# How far down a house paper's issue line is looked for (lines, and characters).
ISSUE_LINE_REACH = 12
ISSUE_LINE_REACH_CHARS = 1200
# An e-paper's masthead alone on its line (`某某晚报 数字报刊平台`, `某某日报电子版`), in the page's first lines.
EPAPER_MASTHEAD = deferred(r"^\s*(?P<paper>[\u3400-\u4dbf\u4e00-\u9fff]{2,10}报)[ \t\u3000]*(?:数字报刊平台|数字报刊|数字报|电子版|数字版|电子报)\s*$")
EPAPER_MASTHEAD_LINES = 4
# …and the paper's name and the day alone (`某某日报数字报 2024年04月16日`, `某某晚报 2011年10月12日 星期三`).
EPAPER_DAY = deferred(
    rf"^\s*(?P<paper>[\u3400-\u4dbf\u4e00-\u9fff]{{2,10}}报(?:数字报|电子版|数字版)?)[ \t\u3000]+(?P<lead>{DATE})"
    r"(?:[ \t\u3000]*[(（]?(?:星期|周)[一二三四五六日天][)）]?)?[ \t\u3000]*$"
)
DAY_FIRST = deferred(r"^\s*(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?:[ \t\u3000]+(?P<H>\d{1,2}):(?P<M>\d{2}))?\s*$")
NAME_DATE = deferred(rf"^\s*(?P<src>[A-Za-z]{{0,3}}[\u3400-\u4dbf\u4e00-\u9fff]{{1,15}}[\u4e00-\u4e8d\u4e8f-\u9fff])[ \t\u3000]+(?P<lead>{DATE})(?:[ \t\u3000]+(?P<region>发[表布]于[\u3400-\u4dbf\u4e00-\u9fff]{{2,8}}|(?!发布|发表|更新|编辑)[\u3400-\u4dbf\u4e00-\u9fff]{{2,3}}))?(?:[ \t\u3000]+原创)?[ \t\u3000]*$")
# A site header's buttons, alone on their lines above the title; more column lines than this are a menu.
HEADER_BUTTON = deferred(r"^\s*(?:查看文章|返回日志列表|返回列表|返回博客首页|返回目录|登录|注册|登录\s*/\s*注册|登录注册|下载|下载客户端|下载APP|下载App|客户端|APP|App|更多|首页|写文章|写作|发布|投稿|消息|我的|私信|提问|发现|等你来答|写回答|通知)\s*$")
MAX_COLUMN_LINES = 2
# A paper's page's list of its stories (本版标题, 本版要目) over one headline a line after a bullet.
PAGE_HEADLINES_LABEL = deferred(r"(?:本版标题|本版要目|本版导读|本版新闻|本版文章|标题导航|本版目录)(?:导航)?[ \t]*[:▼▽↓]?")
HEADLINE_BULLET = deferred(r"^[ \t]*[·•●◆■▪▸►▶][ \t]*[^\s。][^。\n]{3,60}$")
# A self-media page's header under the headline: the account's or the writer's name alone
# (`ACCOUNT_ALONE`), known by its shape or by the follow button, creator badge or region stamp near it.
TITLE_OVER_ACCOUNT_MIN_CHARS = 10
ACCOUNT_ALONE_MAX_CHARS = 12
VERIFIED_BADGE = deferred(r"[ \t\u3000]+[VＶ✓]$")
# A source read from a self-media page's header that names the platform's account, not an outlet
# (某某号, 某某官方账号, an account's badge): the article's own 来源 line under it is the source.
PLATFORM_SOURCE = deferred(r"^[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9]{1,12}号$|官方[账帐]?号$|认证$|创作者$")
ACCOUNT_ALONE = deferred(r"[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9·]{2,16}(?:[ \t\u3000]+[VＶ✓])?")
ACCOUNT_SIGNAL = deferred(
    rf"^\s*(?:[+＋]\s*关注|关注|已关注|发[布表]于[\u3400-\u4dbf\u4e00-\u9fff]{{2,8}}|\S{{0,8}}(?:领域)?创作者|来自[:：]\s*\S{{2,10}}|{FORUM_RANKS})\s*$"
)


# A doctor's hospital, department and rank on one line, spaced (某某市第二人民医院 眼科 副主任医师).
_CARD_RANK = r"(?:主任医师|副主任医师|主治医师|住院医师|医师|主任护师|副主任护师|主管护师|护师|主任药师|副主任药师|主管药师|药师|主任技师|副主任技师|主管技师)"
_CARD_UNIT = r"[\u3400-\u4dbf\u4e00-\u9fff]{2,24}(?:医院|卫生院|保健院|医学中心|诊所)[ \t\u3000]+[\u3400-\u4dbf\u4e00-\u9fff]{2,10}"
# (or the rank first: 副主任医师 | 某某市第一人民医院 消化内科)
DOCTOR_CARD_POST = deferred(
    rf"^[ \t]*(?:{_CARD_UNIT}[ \t\u3000]+{_CARD_RANK}(?:[ \t\u3000]+(?:教授|副教授|讲师|硕士生导师|博士生导师))?"
    rf"|{_CARD_RANK}[ \t\u3000]*[|｜·•][ \t\u3000]*{_CARD_UNIT})[ \t]*$"
)
# Credits that name the writer already: the card's name is not added beside them.
AUTHOR_CARD_ROLES = frozenset({"作者", "文", "撰文", "撰稿", "文字", "记者", "本报记者", "通讯员"})


def _doctor_card(head: list[_Line], lifted: dict[int, tuple[str, dict[str, Any]]]) -> int | None:
    """The head line of a doctor's name alone over the doctor's post (`DOCTOR_CARD_POST`), above the
    lifted title; None if there is none."""
    title_at = next((i for i in sorted(lifted) if lifted[i][0] == "title"), None)
    if title_at is None:
        return None
    for i in range(min(title_at, len(head)) - 1):
        if i in lifted or i + 1 in lifted:
            continue
        if _person_alone(head[i].text.strip()) and DOCTOR_CARD_POST.match(head[i + 1].text):
            return i
    return None


def _person_alone(name: str) -> bool:
    return 2 <= len(name) <= 4 and (name[0] in SURNAMES or name.startswith(COMPOUND_SURNAMES)) and is_author_name(name)


def _account_under_title(head: list[_Line], k: int) -> bool:
    """Whether head line k, right above the info bar, is the account or writer that posted the
    article rather than its title (see `ACCOUNT_ALONE`)."""
    text = head[k].text.strip()
    if len(parts := text.split()) == 2 and parts[0] == parts[1] and len(parts[0]) <= ACCOUNT_ALONE_MAX_CHARS:
        return True  # (an export's account line, the author's slot filled with the account again: `某某 某某`)
    if not ACCOUNT_ALONE.fullmatch(text) or len(text) > ACCOUNT_ALONE_MAX_CHARS + 2:
        return False
    name = VERIFIED_BADGE.sub("", text)
    if name != text or BARE_UNIT.fullmatch(name) or (len(name) <= ACCOUNT_ALONE_MAX_CHARS and SOURCE_NAME.search(name)):
        return True
    if _person_alone(name):
        return True
    if (
        k >= 2 and len(name) <= ACCOUNT_ALONE_MAX_CHARS and DATE_LINE.match(head[k - 1].text)
        and len(head[k - 2].text.strip()) > len(name) + 2 and looks_like_title(head[k - 2].text)
    ):
        return True  # (under the post's time, under a longer headline: `headline` / `2017-06-21 09:47` / `某某健康圈`)
    # (the site's own name, as its banner line over the page opens: `某某前沿 - 科技改变生活`)
    for j in range(k - 1):
        banner = head[j].text.strip()
        if banner == name or (banner.startswith(name) and banner[len(name) :].lstrip()[:1] in SITE_NAME_SEPARATORS):
            return True
    return len(name) <= ACCOUNT_ALONE_MAX_CHARS and any(ACCOUNT_SIGNAL.match(head[j].text) for j in range(k + 1, min(len(head), k + 6)))


SITE_NAME_SEPARATORS = ("-", "_", "|", "｜", "—", "–", "·", "丨")


# A platform's name heading its page (百度, 网易新闻, 今日头条, 搜狐首页): no headline.
PLATFORM_BANNER = deferred(
    r"(?:百度|百家号|网易|网易新闻|网易号|今日头条|头条|搜狐|搜狐新闻|腾讯|腾讯新闻|腾讯网|新浪|新浪新闻|新浪网|凤凰|凤凰网|凤凰新闻|澎湃|澎湃新闻|一点资讯|快资讯|UC|360)(?:首页|APP|App)?"
)
# A phone page's counts alone on a line (浏览 1204 | 原创), and its poster with a time ago, no day to read
# (某某县中医医院　发布于 3天前).
VIEWS_LINE = deferred(
    r"^\s*(?:浏览|阅读)\s*[\d,.]+[万wW]?\s*(?:[|｜·]\s*(?:原创|转载|置顶))?\s*$"
    # (…or the writer card's count of followers: 粉丝 3.4万, 2.1万粉丝)
    r"|^\s*(?:(?:粉丝|关注者|订阅者)\s*[:：]?\s*[\d,.]+\s*[万wW亿]?|[\d,.]+\s*[万wW亿]?\s*(?:粉丝|关注者|订阅者))"
    r"(?:\s*[|｜·•]?\s*(?:获赞|点赞|文章|作品)\s*[:：]?\s*[\d,.]+\s*[万wW亿]?)?\s*$"
)
# A browser's print header over a printed page: the time it was printed, a wide gap, the page's title.
PRINT_HEADER = deferred(
    r"^\s*(?:19|20)\d\d[/-]\d{1,2}[/-]\d{1,2}[ \t]+(?:(?:上午|下午)[ \t]*)?\d{1,2}:\d{2}(?:[ \t]*(?:AM|PM|am|pm))?[ \t\u3000]+(?P<title>\S[^\n]{3,80})$"
)
PRINT_TITLE_MIN_CHARS = 6
# A channel export's listen button (听全文, 🔈 语音播报) and how long an account's name on a line of its own may be.
LISTEN_BUTTON = deferred(r"^\W{0,3}(?:听全文|收听本文|语音播报|听新闻|朗读本文)\W{0,3}$")
ACCOUNT_NAME_MAX_CHARS = 20
# A self-media platform's badge on its writer, under the writer's name (某某号 · 健康领域优质创作者), and
# how long that name may be.
CARD_NAME_MAX_CHARS = 12
CREATOR_BADGE = deferred(
    DOTTED_BADGE.pattern + r"|^\s*[\u3400-\u4dbf\u4e00-\u9fff]{0,4}领域(?:优质|原创|资深)?(?:创作者|作者|博主)\s*$"
)
RELATIVE_POST = deferred(r"^\s*(?:[^\s]{2,20}[ \t\u3000]+)?(?:发布于|发表于)?[ \t]*(?:\d{1,2}\s*(?:天|小时|分钟)前|刚刚|昨天|前天)\s*$")
# A community's level badge under its poster's name (LV5 资深病友 | 房颤 · 射频消融术后).
LEVEL_BADGE = deferred(r"^\s*(?:LV|Lv|lv)\s*\d{1,2}\s+[^\s|｜。]{2,8}(?:\s*[|｜]\s*[^。\n]{1,20})?\s*$")
# An account's badge alone on its line (某某区融媒体中心官方帐号, 某某医院官方账号).
ACCOUNT_BADGE = deferred(r"^\s*[^\s。，,！？!?:：]{2,24}官方(?:帐号|账号)\s*$")
ACCOUNT_BADGE_WORDS = deferred(r"官方(?:帐号|账号)$")
# A line written in Tibetan, Arabic (Uyghur) or Mongolian script, with no Chinese or Latin letter in it.
SECOND_SCRIPT_LINE = deferred(r"(?=[^\n]*[\u0f00-\u0fff\u0600-\u06ff\u1800-\u18af])[^\u3400-\u4dbf\u4e00-\u9fffA-Za-z\n]{4,}")
# A letter or a digit: a line without one (a rule of box characters, ━━━━) names nothing.
WORD_CHAR = deferred(r"\w")
# An event's field with its value (发布会时间:…, 发布会地点:…, 主持人:…): no headline.
EVENT_DETAIL = deferred(r"^\s*[\u3400-\u4dbf\u4e00-\u9fff]{0,4}(?:时间|地点|主持人|发布人|主讲人|嘉宾)\s*[:：]\s*\S")
# A house paper's issue line (《某某院报》第412期 第三版), not a programme's episode with its subject
# after a colon (《某某之声》第86期:春季过敏性鼻炎怎么防).
# (…or the issue's number alone, as a printed bulletin's masthead sets it under its name: 第3期, 2026年第1期)
HOUSE_PAPER_ISSUE = deferred(
    r"^\s*(?:《[^》\n]{2,12}》\s*(?:(?:19|20)\d\d年\s*)?第\s*\d{1,4}\s*期(?![ \t]*[:：｜|丨][ \t]*\S)"
    r"|(?:(?:19|20)\d\d\s*年\s*)?(?:总\s*)?第\s*[\d一二三四五六七八九十]{1,4}\s*期(?:[ \t\u3000]*[(（]?总第\s*\d{1,5}\s*期[)）]?)?\s*$)"
)
# A share bar's label and its first target (分享:微信 微博 QQ).
SHARE_TARGETS = deferred(r"分享(?:到|至)?[ \t]*[:：][ \t]*(?:微信|微博|QQ|朋友圈)")
# The posting verb with its preposition as a bar's label, its colon after it (`发布于:2026-06-11`).
POSTED_AT_LABEL = deferred(r"(发布|发表)于[ \t]*[:：](?=[ \t]*(?:19|20)\d\d)")
# …and after an info bar's fields, a space before it, as its listen button is (`🔊 听新闻`).
BAR_BUTTON_TAIL = deferred(r"[ \t\u3000]+(?:[+＋🔊🎧▶►][ \t]*)?(?:关注|已关注|加关注|听新闻|听全文|听文章|收听本文|语音播报|朗读全文)[ \t\u3000]*$")
# An account card's follow button (关注, +关注, 订阅).
FOLLOW_BUTTON = deferred(r"^\s*(?:[+＋]\s*)?(?:关注|订阅|关注我们|加关注)\s*$")
# A unit's name alone (某某县卫生健康局, 市第一人民医院办公室): a publisher, not a headline.
TITLE_OVER_UNIT_MIN_CHARS = 8
BARE_UNIT = deferred(rf"[\u3400-\u4dbf\u4e00-\u9fff]{{2,20}}(?:{_ORG_ENDS}|卫健|医保|疾控)")
# How a health unit's account is named (某某市第二人民医院, 健康某地): not a headline's last word.
ACCOUNT_NAME_END = deferred(r"(?:医院|卫生院|保健院|中心|卫健委|卫生健康委员会|卫健局|疾控|医保|政府|融媒)$|^健康[\u3400-\u4dbf\u4e00-\u9fff]{2,4}$")
# A government unit by its name (某某镇人民政府, 某某街道办事处).
GOV_UNIT = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,16}(?:人民政府|政府|办事处|管委会|管理委员会|卫生院)")
# A site header's greeting and the day's date (欢迎访问某某医院官方网站! 今天是:2024年5月13日): no body.
SITE_GREETING = deferred(r"^\s*(?:(?:您好|你好)\s*[,，!！]?\s*)?欢迎(?:访问|光临|来到)|今天是\s*[:：]?\s*(?:(?:19|20)\d\d\s*年|$)")
# A site's own notice at the top of its pages (网站公告:…, which browser to use): no body, however
# long its sentence.
# A ticker's tag before the notice it shows (【公告】…, [公告] …, 公告:…, 滚动通知:…): no headline, no body.
TICKER_TAG = deferred(
    r"^\s*(?:[【\[]\s*(?:公告|通告|通知|提示)\s*[】\]]"
    r"|[【\[]?(?:滚动|最新|网站|本站|本网|系统|站内)?(?:公告|通告)[】\]]?\s*[:：]|[【\[]?(?:滚动|最新|网站|本站|本网|系统|站内)通知[】\]]?\s*[:：])"
)
# What a search engine's cached copy, a feed reader or a web archive says over the page it kept.
CAPTURE_NOTICE = deferred(
    r"(?:的缓存副本|的网页快照|抓取的网页快照|时的快照)|原网页(?:可能)?已(?:经)?被(?:删除|修改)|快照内容(?:仅供参考|可能与)|要在此页面(?:上|中)快速(?:找到|查找)您的搜索字词"
    r"|该订阅源仅(?:输出|提供|显示)摘要|全文抓取(?:完毕|完成|结果)|(?:摘要|正文)已(?:被)?截断|订阅仅提供[^\n。]{0,6}(?:聚合|阅读)"
    r"|本(?:页面|网页)由[^\n。，,]{0,12}(?:自动)?抓取|^\s*[^\s。，,:：]{0,8}(?:搜索|网页)快照\s*$|抓取自\s*(?:RSS|rss|Atom|订阅)|^\s*入库时间"
    r"|^\s*已(?:被)?存档\s*\d{1,6}\s*次|上一(?:次|个)存档"
    r"|是否(?:将此(?:页面|网页))?翻译(?:为|成)|请按\s*Ctrl\s*\+\s*F"
)


def _capture_notice(text: str) -> bool:
    """Whether a line is a cached copy's, a feed reader's, an archive's or a browser's note over the
    page (`CAPTURE_NOTICE`), its rare words looked for before the pattern runs."""
    return any(w in text for w in _CAPTURE_WORDS) and CAPTURE_NOTICE.search(text) is not None


_CAPTURE_WORDS = ("网页", "快照", "订阅", "抓取", "截断", "搜索字词", "存档", "翻译", "Ctrl", "入库")
SITE_NOTICE = deferred(
    TICKER_TAG.pattern +
    r"|^(?=.*(?:本站|本网|网站|浏览效果|显示效果|浏览体验|分辨率|页面显示))(?:.*(?:建议|推荐|请)(?:您)?(?:使用|采用)[^。]{0,40}浏览器|.*浏览器[^。]{0,30}(?:浏览|访问)本(?:站|网站|网))"
    # (a mirror's note on where its pages come from: 【繁體鏡像】本頁內容同步自原站,…)
    r"|^\s*[【\[]?[^】\]\n]{0,6}(?:镜像|鏡像)[】\]]|(?:同步自原站|转载自原站|轉載自原站|以原站为准|以原站為準)"
    # (a cookie or privacy prompt over the page: 我们使用Cookie来改善您的浏览体验…　同意　拒绝)
    r"|(?:本网站|本網站|本站|我们|我們|网站|網站)(?:会|會)?(?:使用|採用|采用)[ \t]*(?:Cookie|cookie)s?"
    r"|^\s*请(?:您)?(?:仔细)?阅读并同意《"
)
# (a slash before a field or a date: a writer's credit, `文 / 某某`, is one field)
SPACED_SLASH = deferred(r"[ \t\u3000]+/[ \t\u3000]+(?=[\u3400-\u4dbf\u4e00-\u9fff]{2,6}[ \t]*[:：]|(?:19|20)\d\d)")
BARS = deferred(r"[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+[·•・][ \t\u3000]+")
# An old CMS's info bar wrapped whole in square brackets (`[ 作者:佚名  点击数:1234  更新时间:2008-5-20 ]`).
# …or each field wrapped in brackets of its own, two or more in a row.
BRACKET_GROUP = deferred(r"[\[［【][ \t\u3000]*([^\[\]［］【】\n]{1,40}?)[ \t\u3000]*[\]］】]")
BRACKET_GROUPS = deferred(r"[ \t\u3000]*(?:[\[［][^\[\]［］\n]{1,40}[\]］][ \t\u3000]*){2,}")
# (…or in 【】, each a label and its value: `【发布日期:2016-04-15】 【作者:某某】 【点击:562】`)
BRACKET_FIELD_GROUPS = deferred(r"[ \t\u3000]*(?:【[^【】\n:：]{1,8}[:：][^【】\n]{0,40}】[ \t\u3000]*){2,}")
WRAPPED_BAR = deferred(r"^\s*[\[［]\s*(?P<inner>[^\[\]［］]*[:：][^\[\]［］]*?)\s*[\]］]\s*$")
# A post's region, as apps and forums print it after the time (`· IP 属地江西`, `IP属地:北京`).
# A post's reads after its stamp (`3.6万阅读`, `阅读 2.1万`).
READS_TAIL = deferred(r"[\s·•・|｜]*(?:(?:阅读|浏览)\s*[\d.,]+\s*[万wWkK]?|[\d.,]+\s*[万wWkK]?\s*(?:阅读|浏览))\s*$")
IP_TAIL = deferred(r"[\s·•・|｜]*IP\s*属地\s*[:：]?\s*[\u3400-\u4dbf\u4e00-\u9fffA-Za-z]{1,10}\s*$")
# (with the post's furniture after a bar: `发表于 2024-02-11 10:05 | 只看该作者`, `… | 分类于 随笔 | 阅读次数 316`)
# When a post was last edited, the verb after the time (已于 2023-06-14 10:22:31 修改).
EDITED_ON = deferred(rf"^\s*已于\s*(?P<when>{DATE.replace('(?P<', '(?P<e_')}(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)\s*(?:修改|编辑|更新)\s*$")
POSTED_AT = deferred(rf"^\s*(?:本文|文章)?(?P<verb>发布|发表|编辑|更新|修改)于\s*[:：]?\s*(?P<when>{DATE})(?:\s*[|｜·・]\s*[^|｜·・。]{{1,16}}){{0,4}}\s*$")
DOC_NUMBER_LEAD = deferred(rf"^\s*{DOC_NUMBER.pattern}[ \t\u3000]+")
AFFILIATION = deferred(r"[(（][^()（）\n]{2,40}(?:[)）]|$)")  # (its closing bracket may have gone with the field's edge)
SIGNED_STAMP = deferred(
    # (the writer's unit and department before the name: `某某市第一人民医院 儿科 某某 2024-01-16`)
    r"^\s*(?:[\u3400-\u4dbf\u4e00-\u9fff]{2,20}(?:医院|卫生院|保健院|中心|卫健委|卫健局|卫生健康委员会|卫生健康局)[ \t\u3000]+)?"
    r"(?:[\u3400-\u4dbf\u4e00-\u9fff]{1,8}(?:科|部|室|病区)[ \t\u3000]+)?"
    rf"(?P<name>[\u3400-\u4dbf\u4e00-\u9fff]{{2,4}}|[A-Za-z][A-Za-z0-9_\-]{{2,24}})[ \t\u3000]+(?:于[ \t]*)?(?P<when>{DATE.replace('(?P<', '(?P<s_')})[ \t]*(?:发布|发表)?"
    # (a blog's category after the time: `某某 2023-10-02 21:47 分类:控糖饮食`)
    r"(?:[ \t\u3000]+(?:分类|栏目|标签)[ \t]*[:：][ \t]*[^\s:：]{1,12})?"
    r"(?:[ \t\u3000·]+(?:阅读量?|浏览量?|收藏|点赞数?|评论|赞)[ \t]*[\d.,]+[万kKwW]?)*\s*$"
)
# Labels a page sets in elements of their own before a headline (<span>原创</span><span>独家</span>…).
HEADLINE_LABEL = deferred(r"原创|独家|首发|置顶|推荐|热门|热|荐|新|视频|图集|直播|专题|深度|快讯|重磅")
HEADLINE_LABELS = deferred(rf"(?:{HEADLINE_LABEL.pattern})+")
# `发布于` before the leading date of an info bar (`发布于 2023-09-22  来源:…`).
POSTED_VERB = deferred(r"^(?:发布|发表|更新)于\s*[:：]?\s*")
# A counter said in words at the end of an info line (`… 本文已被浏览 218 次`, `已阅读1024次`; its number
# printed by a script the scraper did not run: `阅读次`).
WORDED_COUNTER = deferred(r"[ \t\u3000]+(?:本文|本页)?(?:已被|已|共)?(?:浏览|阅读|点击|访问|瀏覽|閱讀|點擊|訪問)(?:了|过)?[ \t\u3000]*(?:\d[\d,]{0,11})?[ \t\u3000]*次[ \t\u3000]*$")
READERS_TAIL = deferred(r"[ \t\u3000]+人(?:已读|阅读|看过|浏览)[ \t\u3000]*[:：]?[ \t\u3000]*\d[\d,]{0,11}[ \t\u3000]*$")
# Counters in brackets at the end of an info bar (`… 阅读(3,918) 评论(17)`, `阅读 [655]`): the page's widgets.
PAREN_COUNTERS = deferred(
    r"(?:[ \t\u3000]*(?:我要|参与|发表)?(?:阅读|浏览|点击|评论|点赞|收藏|分享|转发|回复|留言|互动)(?:量|数|次数)?[ \t\u3000]*[(（\[【][ \t]*[\d,，.]+[万千kKwW]?[ \t]*[)）\]】])+[ \t\u3000]*$"
)
# Counters set without colons among an info bar's fields, anywhere in it (`字数 1,102 阅读 567`,
# `约 1300 字`, `5862人已读`, `赞赏 3.2`): a blog platform's bar under the title; a gallery's `共8张`.
COUNTER_TOKEN = deferred(
    r"(?:^|(?<=[\s·•・|｜]))(?:约[ \t]*\d[\d,]*[ \t]*字"
    r"|(?:字数|阅读|阅读量|浏览|浏览量|评论|喜欢|点赞|赞赏|收藏|转发|分享|在看|赞同|访问|回复|播放|播放量|播放次数|观看|观看次数|已阅|已读|閱讀|瀏覽|評論|點閱|點擊)[ \t]*[:：]?[ \t]*\d[\d,.]*[ \t]*[万wWkK+]?[ \t]*次?"
    r"|(?:已有[ \t]*)?\d[\d,.]*[ \t]*[万wW]?[ \t]*(?:人已读|人阅读|次阅读|人浏览|次浏览|人看过|人赞同|条评论|人参与|评论|人回答|位医生回答|次播放|次观看|人观看)"
    # (a question's bounty: 悬赏:20分)
    r"|悬赏[ \t]*[:：]?[ \t]*\d{1,5}[ \t]*(?:分|金币|积分)"
    # (a portal's comment count: 跟贴 2345 条)
    r"|(?:跟贴|跟帖)[ \t]*\d[\d,]*[ \t]*条"
    # (how many took part, the number after the word: 参与2,041)
    r"|参与[ \t]*\d[\d,.]*[ \t]*[万wW]?(?:人|次)?"
    # (a gallery's size: `共8张`)
    r"|共[ \t]*\d{1,3}[ \t]*[张幅])(?=$|[\s·•・|｜])"
)
# The words of COUNTER_TOKEN before or after a number: a line with none of them has no such counter.
_COUNTER_HINT = recode.compile(r"张|幅|字|阅读|浏览|已阅|已读|评论|閱讀|瀏覽|評論|點閱|點擊|喜欢|点赞|赞赏|收藏|转发|分享|在看|赞同|访问|回复|人已读|人看过|参与|跟贴|跟帖|播放|观看")
# What separators are left where counters stood between fields (` ·  · `).
SEPARATOR_RUN = deferred(r"(?:[ \t\u3000]*[·•・|｜][ \t\u3000]*){2,}")
# The poster's name before the stamp (`某某的阳台 发布于 2022-04-10 16:25 · 分类:…`): the author.
POSTER_STAMP = deferred(r"^\s*(?P<op>楼主[ \t\u3000]+)?(?P<name>[^\s:：,，。·•・|｜]{2,12})[ \t\u3000]+(?=(?:发布|发表)于)")
# (…or its floor's number, or the post's font switch, before the stamp: `#1 发表于 …`, `大 中 小 发表于 …`)
FIRST_FLOOR_MARK = deferred(r"^\s*(?:楼主|#1|1#|1楼|大\s*中\s*小|小\s*中\s*大)[ \t\u3000]+(?=(?:发布|发表)于)")
FORUM_POST_BUTTONS = deferred(
    r"(?:[ \t\u3000]*[|｜]?[ \t\u3000]*(?:只看该作者|只看楼主|倒序浏览|正序浏览|阅读模式|电梯直达|显示全部楼层|打印|[▼▲]|大\s*中\s*小|小\s*中\s*大))+[ \t]*$"
)
ASKER_STAMP = deferred(
    rf"^\s*(?:(?:患者|提问者|咨询者|用户|网友)\s*[:：]?\s*)?[男女](?:宝宝|孩|童|士|性)?\s*[|｜,，、 \t\u3000]\s*\d{{1,3}}\s*(?:岁|个月|周岁)(?:\s*\d{{1,2}}\s*个月)?"
    # (…and the word after the time: `… 2021-11-16 20:41 提问`)
    rf"(?:\s*[|｜ \t\u3000]\s*[\u3400-\u4dbf\u4e00-\u9fff]{{2,6}})?\s*[|｜ \t\u3000]\s*(?P<when>{DATE})\s*(?:提问|提交|咨询|发布)?\s*$"
)
# How many answered, after a question's stamp (`… | 已有2位医生回答`).
ANSWERS_TAIL = deferred(r"[ \t\u3000]*[|｜]?[ \t\u3000]*已有[ \t]*\d{1,5}[ \t]*(?:位医生|位专家|人|位)?[ \t]*(?:回答|回复|解答)[ \t]*$")
# A forum's screen name: words with a year or a number after them (城南旧事2006, lily2009).
SCREEN_NAME = deferred(r"[\u3400-\u4dbf\u4e00-\u9fffA-Za-z_]{2,12}\d{1,4}")
# An account's name and the time it posted, run together or not, before its region (see IP_TAIL).
ACCOUNT_STAMP = deferred(rf"^\s*(?!(?:发布|发表|编辑|更新|修改)于)(?P<name>[^\s\d:：,，。·•・|｜]{{2,16}})[ \t\u3000]*(?P<when>{DATE.replace('(?P<', '(?P<a_')})\s*$")
# Two dates run together (`发布于 2019年3月17日2019年3月20日`: a theme prints the update after the post's).
TWO_DATES = deferred(rf"^\s*(?P<first>{DATE})\s*{DATE.replace('(?P<', '(?P<t_')}\s*$")
BARE_COUNTER = deferred(r"[ \t\u3000]+(?P<label>阅读|浏览|点击)(?:量|数|次数)?[ \t\u3000]+(?P<n>\d{1,3}(?:,\d{3})+|\d{1,9})[ \t\u3000]*$")
# An outlet's dateline opening an info bar (`某某网讯 2024-05-28 16:40:21 记者 某某`), and a reporter's
# outlet before the role (`某某新闻记者 某某  2024-06-30 08:55`).
NEWS_DATELINE = deferred(r"^[ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{1,8}[网报台]讯[ \t\u3000]+(?=\S)")
OUTLET_REPORTER = deferred(r"^[ \t]*(?:[■□●◆◇▪][ \t\u3000]*)?[\u3400-\u4dbf\u4e00-\u9fff]{2,8}?(?:-[\u3400-\u4dbf\u4e00-\u9fff]{2,6}?)?\+?(?=记者(?:[ \t\u3000]+|[ \t\u3000]*[|｜丨:：][ \t\u3000]*)[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:[ \t\u3000]|$))")
# A read count with no label after an info bar's time (`2024-12-26 14:08:17 14.6万`).
# …or between the time and the next field, its icon lost (`2023-11-18 15:06 2356 来源:某某`).
TIME_COUNT_AMID = deferred(r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?)[ \t\u3000]+\d{1,7}(?=[ \t\u3000]+[\u3400-\u4dbf\u4e00-\u9fff]{2,6}[:：])")
TIME_THEN_VIEWS = deferred(
    r"\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]+(?P<views>\d{1,6}(?:\.\d)?[万wW]?(?:[ \t]*(?:人已读|人阅读|次阅读|人看过))?)[ \t\u3000]*$"
)
# A writer's credit with their post after a comma (作者:某某,某某市人民医院急诊科副主任医师).
WRITER_THEN_POST = deferred(
    r"^\s*(?P<lead>(?:本文作者|作者|撰文|文)\s*[:：/]\s*[\u3400-\u4dbf\u4e00-\u9fff]{2,4})\s*[，,]\s*"
    r"[^，,。！？!?]{0,40}(?:医院|卫生院|中心|大学|学院|医师|医生|主任|教授|研究员|专家|护士长|药师|营养师)[^，,。！？!?]{0,12}$"
)
# An author card's name and a relative time, no day to read (某某融媒 昨天 19:26 发布于 湖北).
# A read count closing a stamp (`… 浏览量 4326`, `… 阅读 1.2万`).
TAIL_COUNTER = deferred(r"[ \t\u3000]+(?:浏览量?|阅读量?|点击量?|播放量?|浏览次数|阅读数|已阅|已读)[ \t]*[:：]?[ \t]*[\d.,]+[ \t]*万?[ \t]*$")
CARD_RELATIVE = deferred(
    rf"^\s*(?P<name>[^\s\d:：,，。·•・|｜]{{2,16}})[ \t\u3000]+(?:{RELATIVE_TIME.pattern})(?:[ \t]*\d{{1,2}}:\d{{2}})?"
    rf"(?:[ \t\u3000]*(?:发[表布]于[ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{{2,8}}|IP\s*属地\s*[:：]?\s*[\u3400-\u4dbf\u4e00-\u9fff]{{2,8}}))?\s*$"
)
# An author card's follow button, creator badge and platform around its stamp.
CARD_WIDGETS = deferred(
    r"[ \t\u3000]+(?:[+＋]?[ \t]*关注|已关注|[^\s:：]{0,12}(?:领域)?(?:创作者|作者)|(?:一点|百家|头条|企鹅|网易|搜狐|大鱼|澎湃|新浪看点|凤凰)号)(?=[ \t\u3000]|$)"
)
# A blog's word for the post's kind after its time (`2012-09-27 16:08 转载`).
POST_KIND_WORD = deferred(r"(?<=\d)[ \t\u3000]+(?:转载|原创)(?=[ \t\u3000]|$)")
# A station's programme in brackets inside its info bar (`… 18:30　【某某新闻联播】　记者:…`).
BAR_PROGRAMME = deferred(r"[ \t\u3000]+【[^】\n]{2,12}】(?=[ \t\u3000])")
# A repost's label before the original's fields (`转载自:原作者:某某 来源:…`).
REPOST_LEAD = deferred(
    r"^[ \t]*(?:转载自|转自|转载)[ \t]*[:：][ \t]*(?=原(?:文)?作者)"
    # (…or a repost note naming the account, then the original's fields: `本文转载自“某某”微信公众号,来源:…,作者:…`)
    r"|^[ \t]*(?:本文|文章)(?:转载自|转自|来自)[ \t]*(?:“[^”\n]{1,20}”[ \t]*(?:微信)?公众号|(?:微信)?公众号[ \t]*“[^”\n]{1,20}”)[ \t]*[,，][ \t]*(?=(?:来源|作者)[:：])"
)
REPOST_FIELD_COMMA = deferred(r"[ \t]*[,，][ \t]*(?=(?:来源|作者|编辑)[:：])")
# A portal's own name before the time of its bar (`某某网  2011年06月22日10:15  某某新闻社`).
SITE_BEFORE_DATE = deferred(r"^[ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{1,6}网[ \t\u3000]+(?=(?:19|20)\d\d\s*[年/.-]\s*\d)")


def _outlet_after_day(rest: str) -> bool:
    """Whether an outlet's name follows the day after a portal's name (`某某网  2011年06月22日10:15
    中国新闻网`): the portal's name is its own, the outlet the source. With labelled fields after the
    day instead (`某某网  2026-07-08 19:32  记者:某某`) the portal ran its own story: its name is the source."""
    day = DATE_RE.search(rest)
    after = rest[day.end() :].strip() if day is not None and day.start() <= 2 else ""
    return not after or FIELD_LABEL.match(_fold_labels(after)) is None


# A field's label with nothing after it, ending the line (the page's template left it empty).
EMPTY_LAST_FIELD = deferred(r"[ \t\u3000]+(?:来源|来\s*源|作者|作\s*者|编辑|责任编辑|出处|摄影|通讯员)[ \t]*[:：][ \t\u3000]*$")
URL_LEAD = deferred(r"^[ \t]*(?:https?://|www\.)[^\s　]+[ \t\u3000]+(?=\S)")
# An article's kind set before its byline's first label (`科普 发表者:某某 …`, `原创 作者:某某`).
KIND_BEFORE_LABEL = deferred(r"^[ \t]*(?:科普|原创|转载|独家|首发|推荐|专栏|问答)[ \t\u3000]+(?=[\u3400-\u4dbf\u4e00-\u9fff]{2,5}[:：])")
# …after the date and time (`2025-03-21 07:30:00  某某日报全媒体记者 某某 某某`).
DATED_OUTLET_REPORTER = deferred(
    rf"^(?P<lead>\s*{DATE.replace('(?P<', '(?P<o_')}(?:[ \t\u3000]*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)[ \t\u3000]+[\u3400-\u4dbf\u4e00-\u9fff]{{2,8}}?"
    r"(?=记者[ \t\u3000]+[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:[ \t\u3000]|$))"
)


@dataclass
class _Fields:
    """What one head line holds when it is made only of `label: value` fields."""

    kinds: list[str]
    values: dict[str, str]
    credits: list[tuple[str, str]]  # (role label, name)
    # the value of a publisher's field (发布机构:), which a stated 来源 outranks
    publisher: str | None = None


# A date written in Chinese numerals (二〇一三年七月十六日), as notices print their dates.
CN_DATE = deferred(r"(?P<y>[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def _cn_number(text: str) -> int:
    """一 -> 1, 十 -> 10, 十六 -> 16, 二十 -> 20, 二十三 -> 23."""
    if "十" not in text:
        return _CN_DIGITS.get(text, 0)
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def _cn_date(m: re.Match[str]) -> str:
    year = "".join(str(_CN_DIGITS[c]) for c in m["y"])
    return f"{year}年{_cn_number(m['m'])}月{_cn_number(m['d'])}日"


# A house paper's issue or page beside the day in its masthead (总第186期, 2024年第2期, 第4版:文苑).
ISSUE_STAMP = deferred(r"(?:总|總)?第[ \t]*\d{1,4}[ \t]*期|第[ \t]*[A-Z]?\d{1,2}[ \t]*版")
ISSUE_STAMP_MAX_CHARS = 60
ISSUE_MASTHEAD_LINES = 6


def _issue_stamp(text: str) -> bool:
    """Whether a line is a house paper's masthead stamp: its issue or page and its day, no source
    (`2024年1月5日 总第186期 内部资料`, `2024年2月29日 第4版:文苑`): the issue's day is the article's."""
    return (
        ("期" in text or "版" in text) and len(text.strip()) <= ISSUE_STAMP_MAX_CHARS and ISSUE_STAMP.search(text) is not None
        and DATE_RE.search(text) is not None and "来源" not in text and "來源" not in text
    )

EDITION_COUNT_TAIL = deferred(r"[ \t\u3000]*[|｜]?[ \t\u3000]*(?:今日|本期|本日|共)[ \t]*\d{1,3}[ \t]*版[ \t]*$")
LUNAR_TAIL = deferred(r"[ \t\u3000]*[|｜]?[ \t\u3000]*(?:农历|農曆|阴历|陰曆)[^\s。,，|｜]{2,10}[ \t\u3000]*$")


# A health article's note of who wrote it (`本文由 某某医院 家医科 某某医师 撰写`): the last name in it
# is the writer's, the post after it left out.
WRITTEN_BY = deferred(r"^\s*本文由[ \t\u3000]*(?P<who>[^。，,；;\n]{2,40}?)[ \t\u3000]*(?:撰写|撰寫|撰稿|执笔|執筆|编写|編寫)[ \t]*[。.]?\s*$")
WRITER_POST = deferred(r"(?:主任医师|主任醫師|副主任医师|副主任醫師|主治医师|主治醫師|医师|醫師|医生|醫生|护理师|護理師|护理长|護理長|药师|藥師|营养师|營養師|心理师|心理師|治疗师|治療師)$")


def _written_by(text: str) -> list[tuple[str, str]] | None:
    """The writer a `本文由 … 撰写` note names, as a credit, or None."""
    if (note := WRITTEN_BY.match(text)) is None:
        return None
    name = WRITER_POST.sub("", note["who"].split()[-1])
    if not 2 <= len(name) <= 4 or not is_author_name(name) or not (name[0] in SURNAMES or name.startswith(COMPOUND_SURNAMES)):
        return None
    return [("撰写", name)]


# A day written in digits, as a date field's value opens (2024-01-22, 2024年1月22日).
DIGIT_DAY = deferred(r"[ \t\u3000]*(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)")


def _cn_dated(text: str) -> str:
    """`text` with a day written in Chinese numerals (二〇二四年六月三日) in Arabic ones, and one in
    the Republic of China's years (中華民國113年4月12日) in the common era's."""
    if ("〇" in text or "○" in text or "零" in text[:4]) and (cn := CN_DATE.search(text)) is not None:
        return f"{text[: cn.start()]}{_cn_date(cn)}{text[cn.end() :]}"
    if "民" in text and (roc := ROC_DATE.search(text)) is not None:
        start = roc.start() - 2 if text[max(0, roc.start() - 2) : roc.start()] in ("中華", "中华") else roc.start()
        return f"{text[:start]}{int(roc['y']) + ROC_YEAR_ONE}年{roc['m']}月{roc['d']}日{text[roc.end() :]}"
    return text


def _date_alone(text: str) -> _Fields | None:
    """The fields of what is left of an info bar once the page's furniture after its fields is
    cut off, when that is a date alone (`2024-04-09 13:22 · IP 属地江西`); else None."""
    if "版" in text:
        text = EDITION_COUNT_TAIL.sub("", text)  # (an e-paper's day with its count of pages: `… 星期五 | 今日12版`)
    if "历" in text or "曆" in text:
        text = LUNAR_TAIL.sub("", text)  # (…or the lunar day beside it: `… 星期五 | 农历正月十一`)
    if "民" in text:
        text = _cn_dated(text)  # (中華民國113年4月12日)
    if DATE_LINE.match(text) and (when := parse_date(text)) is not None:
        return _Fields(["date"], {"date": when}, [])
    return None


# A university BBS post's header lines (发信人: id (nick), 信区: board / 发信站: site (Tue Mar 18
# 23:41:07 2008), 站内): the poster, and the time in the C library's form.
BBS_POSTER = deferred(
    r"^\s*发信人\s*[:：]\s*(?P<id>[A-Za-z][\w.]{1,15})\s*(?:[(（][^()（）\n]{0,24}[)）])?\s*[,，]?\s*"
    r"(?:信\s*区\s*[:：]\s*\S{1,30})?\s*$"
)
BBS_STATION = deferred(
    r"^\s*发信站\s*[:：]\s*[^(（\n]{1,40}?\s*[(（]\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\s+"
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\s+(?P<d>\d{1,2})\s+(?P<t>\d{1,2}:\d{2}(?::\d{2})?)\s+"
    r"(?P<y>(?:19|20)\d\d)\s*[)）]\s*(?:[,，]\s*\S{0,8})?\s*$"
)
_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


# An English blog theme's stamp under the headline (Posted on July 11, 2023 by admin, Published March 3, 2021).
POSTED_ON = deferred(
    r"^\s*(?P<verb>Posted|Published|Updated|发布|發佈|发表|更新)(?:\s+on)?\s*[/:：|]?\s*(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)(?:,?\s+(?P<H>[01]?\d):(?P<M>[0-5]\d)\s*(?P<ap>am|pm|AM|PM)?)?(?:\s+by\s+\S{1,30})?\s*$"
)


def _bbs_header(text: str) -> _Fields | None:
    if (poster := BBS_POSTER.match(text)) is not None:
        return _Fields(["author"], {}, [("发信人", poster["id"])])
    if (station := BBS_STATION.match(text)) is not None:
        when = parse_date(f"{station['y']}-{_MONTHS[station['mon']]}-{station['d']} {station['t']}")
        return _Fields(["date"], {"date": when}, []) if when is not None else None
    return None


# A writer's name and the day, signing off under the last paragraph (——某某 2009年4月12日夜, 某某
# 2013.10.19 夜班间隙): the block model keeps the line, this stage reads the writer from it.
DATED_SIGN_OFF = deferred(
    r"^[ \t]*(?:——|—|--)?[ \t]*(?P<name>[\u3400-\u4dbf\u4e00-\u9fff]{2,4})[ \t\u3000]+(?:19|20)\d\d[.年/-]\d{1,2}[.月/-]\d{1,2}日?"
    r"(?:[ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{1,8})?[ \t]*$"
)


# A speech's headline: who gave it, where (院长某某某在…大会上的讲话, 某某同志在…时的致辞). The speaker
# is the text's author; a post before the name ends in one of POST_ENDS.
SPEECH_TITLE = deferred(
    r"在[^\n]{2,60}?(?:上|中|时|之际|期间)的(?:讲话|致辞|发言|讲稿|演讲|主旨演讲|总结讲话|动员讲话|工作报告|报告|寄语)"
    r"(?:[ \t]*[(（][^()（）\n]{1,16}[)）])?[ \t]*$"
)
POST_ENDS = (
    "院长", "书记", "主任", "局长", "县长", "市长", "区长", "省长", "镇长", "乡长", "厅长", "处长", "科长", "部长",
    "主席", "会长", "校长", "院士", "教授", "委员", "代表", "总监", "经理", "董事长", "负责人", "专家", "所长", "站长",
)


def _speaker(title: str) -> str | None:
    """The speaker a speech's headline names before where it was given (`SPEECH_TITLE`), when the
    name reads as a person's, after nothing or after a post (院长某某某)."""
    m = SPEECH_TITLE.search(title)
    if m is None:
        return None
    before = title[: m.start()].strip()
    if before.endswith("同志"):
        before = before[:-2]
    for size in (3, 2, 4):
        name, post = before[-size:], before[:-size].rstrip("、， \t")
        if len(name) == size and (not post or post.endswith(POST_ENDS)) and not name.endswith((*POST_ENDS, "医生", "大夫", "老师")) and (
            name[0] in SURNAMES or name.startswith(COMPOUND_SURNAMES)
        ) and is_author_name(name):
            return name
    return None


def _signed_writer(text: str) -> str | None:
    """The writer's name of a sign-off on one of the text's last two lines (`DATED_SIGN_OFF`),
    when it reads as a person's (a surname first)."""
    tail = [ln for ln in text[-400:].split("\n") if ln.strip()][-2:]
    for line in reversed(tail):
        if (m := DATED_SIGN_OFF.match(line)) is not None:
            name = m["name"]
            if (name[0] in SURNAMES or name.startswith(COMPOUND_SURNAMES)) and is_author_name(name):
                return name
    return None


def _closed_labels(text: str) -> str:
    """`text` with its labels padded to a form's width closed up (`SPACED_LABEL`): a two-character one
    whatever it says (`文    号：`, `标　　题：`), a longer one when the table knows it (`索 引 号：`)."""
    if not ((" " in text or "\u3000" in text) and (":" in text or "：" in text)):
        return text

    def close(m: re.Match[str]) -> str:
        label = re.sub(r"[ \t\u3000]+", "", m.group(1))
        return label if len(label) == 2 or label in _LABELS else m.group(1)

    return SPACED_LABEL.sub(close, text)


# An app's stamp relative to today before a bar's fields (更新于 3 天前 ·, 发布于 昨天 |).
RELATIVE_FIELD = deferred(
    r"(?:发布时间|发布日期|发表时间|更新时间|时间|日期)[ \t]*[:：][ \t]*(?:前天|昨天|今天|刚刚|\d{1,3}[ \t]*(?:分钟|小时|天|周|个月)前)(?:[ \t]*\d{1,2}:\d{2})?"
)
RELATIVE_LEAD = deferred(r"^\s*(?:更新于|发布于|发表于|更新)?\s*(?:前天|昨天|今天|刚刚|\d{1,2}\s*(?:分钟|小时|天|周)前)\s*[·•|｜]\s*")
# A blog post's category and tags without colons at the end of its stamp (`发表于 2017年6月3日 作者 某某 分类 随笔, 读书 标签 …`).
BLOG_FILED_TAIL = deferred(r"(?<=\S)[ \t\u3000]+(?:分类|标签)[ \t\u3000]+[^:：]*$")


# An info bar framed in brackets, spaces inside, two labelled fields at least.
# (…not a row of fields each in its own brackets: `[ 发布日期:… ]   [ 作者:… ]`)
FIELD_CELLS = deferred(r"[\]】][ \t\u3000]*[\[【]")
FRAMED_BAR = deferred(r"^\s*[\[【][ \t\u3000]+(?P<fields>[^\n]*?[:：][^\n]*?[:：][^\n]*?)[ \t\u3000]+[\]】]\s*$")


# A press conference's fields under its topic (【发布人】…, 【主持人】…, 发布人:…).
PRESS_FIELD = deferred(r"^\s*[【\[]?\s*(?:发布人|發布人|主持人|嘉宾|嘉賓|发言人|發言人|出席人|访谈嘉宾)\s*[】\]:：]")
# A headline with its info bar glued after it, the day first (`…顺利通过认证2022-08-19 来源:某某`).
GLUED_TITLE_BAR = deferred(
    r"^(?P<title>\S.{5,60}?[^\d\s:：/.\-])(?P<bar>(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s+(?:来源|信息来源|作者|编辑|点击|浏览)\s*[:：].*)$"
)
# A Q&A page's stamp under its question (see `parse_fields`).
_ASKER = r"(?:男|女|\d{1,3}\s*岁|已解决|待解决|已采纳|已关闭|未解决)"
QUESTION_STAMP = deferred(
    rf"^\s*(?:{_ASKER}\s*[|｜·•]\s*)*"
    r"(?P<when>(?:19|20)\d\d(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)"
    rf"\s*(?:提问|提问时间|发布)?(?:\s*[|｜·•]?\s*{_ASKER})*"
    r"(?:\s*[|｜·•]?\s*(?:浏览|阅读|查看)\s*[\d,]+\s*次)?\s*$"
)


# What kind of item a page is, as a tag before its bar's first field (新闻稿 发布日期:…).
KIND_TAG_BEFORE_FIELDS = deferred(
    r"^\s*(?:新闻稿|新聞稿|新闻发布|新聞發佈|公告|通知|通告"
    # (an app's badge before the bar: `App专享 来源:某某日报 …`, `独家 来源:…`)
    r"|(?:App|APP|app|客户端)(?:专享|独家|首发)|独家|首发|原创)[ \t\u3000]+(?=[^\s:：]{2,6}\s*[:：])"
)


# What `parse_fields` read of each line, by its text: a site's bars and bylines recur from page to
# page, and one page asks of a line several times (the head, the bylines in the body, the tail).
# Bounded: cleared when full. Callers get a copy, so none can change what another reads.
_PARSED: dict[str, _Fields | None] = {}
_PARSED_LIMIT = 1 << 15
_UNPARSED: Any = object()


def parse_fields(text: str) -> _Fields | None:
    """`read_fields(text)`, remembered by the line's text (see `_PARSED`)."""
    found = _PARSED.get(text, _UNPARSED)
    if found is _UNPARSED:
        if len(_PARSED) >= _PARSED_LIMIT:
            _PARSED.clear()
        found = _PARSED[text] = read_fields(text)
    if found is None:
        return None
    return _Fields(list(found.kinds), dict(found.values), list(found.credits), found.publisher)


def read_fields(text: str) -> _Fields | None:
    """Parse a line made only of `label: value` fields; None if any part is not a field.

    A date label must carry a parsable date, so prose such as `时间:在我院…` is not a field line.
    A page whose info bar is spans without spaces (`2024-06-03 09:12来源:某某日报作者:某某`) is
    read with a space before each glued label.
    """
    if "**" in text:
        text = text.replace("**", "")  # a Markdown export's bold labels (**来源：**某某 **作者：**某某)
    if "／" in text:
        text = text.replace("／", "/")  # (a bar split by full-width slashes: `… ／ 来源:… ／ 文字:…`)
    if "版" in text and (page := PAGE_LABEL_CELL.search(text)) is not None and page.start() > 0 and (
        ":" in text[page.end() :] or "：" in text[page.end() :]
    ):
        text = f"{text[: page.start()]} {text[page.end() :]}"  # (an e-paper's page between the day and a field: `… 第A07版:健康周刊 来源:…`)
    if ("【" in text or "[" in text) and (zoom := ZOOM_TAIL.search(text)) is not None and zoom.start() > 0:
        text = text[: zoom.start()]  # (the page's zoom switch after the bar's fields: `… 【放大 缩小 默认】`)
    if ("万" in text or "w" in text or "W" in text) and (":" in text or "：" in text) and (views := BARE_VIEWS_TAIL.search(text)) is not None:
        text = text[: views.start()]  # (the views' count after the fields, its eye an icon: `… 记者:某某  5.2万`)
    text = _closed_labels(text)
    if "于" in text and (posted_at := POSTED_AT_LABEL.search(text)) is not None and (
        ":" in text[: posted_at.start()] or "：" in text[: posted_at.start()]  # (after other fields: a forum's stamp is read below)
    ):
        text = f"{text[: posted_at.start()]}{posted_at.group(1)}:{text[posted_at.end() :]}"  # (a bar's `发布于:2026-06-11`)
    if text.rstrip()[-1:] in "注闻文报" and (button := BAR_BUTTON_TAIL.search(text)) is not None and button.start() > 0:
        text = text[: button.start()]  # the bar's follow or listen button after its fields (`记者 某某  2026-01-15 08:30  + 关注`)
    if text.lstrip()[:1] in "新公通Aa客独首原" and (tag := KIND_TAG_BEFORE_FIELDS.match(text)) is not None:
        text = text[tag.end() :]  # the kind of item as a tag before the bar's fields (`新闻稿 发布日期:… 来源:…`)
    if ("岁" in text or "提问" in text or "解决" in text) and (asked := QUESTION_STAMP.match(text)) is not None:
        # A Q&A page's stamp under the question: who asked (a sex and an age), the day, the question's
        # state and its views (`女 | 36岁 | 2016年7月3日 10:22 提问  浏览 2,861 次`, `… · 男 · 29岁 · 已解决`).
        asked_on = parse_date(asked["when"])
        return _Fields(["date"], {"date": asked_on}, []) if asked_on is not None else None
    if "(" in text and PINYIN_GLOSS.search(text) is not None:
        text = PINYIN_GLOSS.sub("", text)  # a mirror's readings after its characters (來(lái)源:, 心內(nèi)科)
    if ("前" in text or "天" in text or "刚刚" in text) and (ago := RELATIVE_LEAD.match(text)) is not None and ago.end() < len(text):
        text = text[ago.end() :]  # an app's relative stamp before the fields (`更新于 3 天前 · 来源:…`): no day to read
    if ("前" in text or "天" in text or "刚刚" in text) and (relative := RELATIVE_FIELD.search(text)) is not None and (
        text[: relative.start()].strip() or text[relative.end() :].strip()
    ):
        # a labelled day the page gives as how long ago (`发布时间:3天前  来源:某某`): no day to read, the
        # other fields are
        text = f"{text[: relative.start()]}  {text[relative.end() :]}".strip()
    if ("分类" in text or "标签" in text) and (filed := BLOG_FILED_TAIL.search(text)) is not None and filed.start() > 0:
        text = text[: filed.start()]  # a blog's category and tags without colons after its stamp (… 作者 某某 分类 随笔 标签 …)
    if "一" in text and (pager := EDITION_PAGER_TAIL.search(text)) is not None and pager.start() > 0:
        text = text[: pager.start()]  # an e-paper's pager after the day and the page (… 第A06版:健康周刊 上一期 下一期)
    if "<" in text:
        text = _untagged(text)
    if text[:1] == ">" and text[1:2] in (" ", "\t"):
        text = text[2:]  # …and its fields quoted (`> 来源:某某客户端  2024-03-04 20:15  作者:某某`)
    if text.lstrip()[:1] in "[【" and text.rstrip()[-1:] in "]】" and (framed := FRAMED_BAR.match(text)) is not None and not FIELD_CELLS.search(framed["fields"]):
        text = framed["fields"]  # an old CMS's bar in brackets (`[ 作者:未知  文章来源:某某  点击数:3128 ]`)
    if text.lstrip().startswith("发信") and (bbs := _bbs_header(text)) is not None:
        return bbs
    if text.lstrip()[:1] in "■□●◆▲" and BULLETED_BYLINE.match(text) is not None:
        text = text.lstrip()[1:].lstrip()  # (an e-paper's bullet before its byline: `■ 通讯员 某某　记者 某某`)
    if text.lstrip().startswith("本文由") and (written := _written_by(text)) is not None:
        return _Fields(["author"], {}, written)  # (`本文由 某某医院 家医科 某某医师 撰写`)
    if text.rstrip()[-1:] in "摄图文" and (split := WORDS_THEN_PICTURES.match(text.strip().lstrip("■□●◆▲▶► \t"))) is not None:
        # the reporters, what they did, and who took the pictures (`记者 某某 通讯员 某某 文　某某 摄`)
        words = parse_fields(split["words"])
        if words is not None and set(words.kinds) == {"author"}:
            photo = [("摄影", split["photo"])] if split["photo"] else []
            return _Fields(words.kinds + (["author"] if photo else []), {}, words.credits + photo)
    if text.lstrip()[:1] in "PU发發更" and (english := POSTED_ON.match(text)) is not None:
        # An English theme's stamp (`Posted on July 11, 2023 by admin`), or a paper's in English after
        # its verb (`发布 / Aug 17, 2021 05:30 am`): the day and its time; the login is no writer.
        clock = ""
        if english["H"] is not None:
            hour = int(english["H"]) % 12 if english["ap"] else int(english["H"])
            clock = f" {hour + (12 if (english['ap'] or '').lower() == 'pm' else 0)}:{english['M']}"
        posted_day = parse_date(f"{english['y']}-{_MONTHS[english['mon'][:3]]}-{english['d']}{clock}")
        kind = "updated" if english["verb"] in ("Updated", "更新") else "date"
        return _Fields([kind], {kind: posted_day}, []) if posted_day is not None else None
    if "讯" in text and DATELINE_THEN_WORDS.search(text) is not None:
        return None
    if text.lstrip()[:1] in "pP发" and (blog := BLOG_STAMP.match(text)) is not None and (when := parse_date(blog["when"] or blog["day"])) is not None:
        # A blog's stamp with its writer (`posted @ 2015-03-28 22:41 某某 阅读(3517) 评论(48)`,
        # `发表于 2012年3月5日 由 某某`): the day and the writer.
        name = blog["name"]
        credits = [("作者", name)] if _NOT_A_NAME.search(name) is None and ORG_NAME.search(name) is None else []
        return _Fields(["date"] + (["author"] if credits else []), {"date": when}, credits)
    if ("星期" in text or "周" in text) and (weekday := WEEKDAY_BEFORE_TIME.search(text)) is not None:
        text = text[: weekday.start()] + text[weekday.end() :]  # (`某某客户端 2025年3月5日 星期三 10:22`: the day, its time)
    if "分享" in text and (share := SHARE_TAIL.search(text)) is not None and share.start() > 0:
        text = text[: share.start()]  # a share bar's targets after the bar's fields (`… 分享到:新浪微博 微信`)
    if "[" in text and MICROBLOG_TAG.search(text) is not None:
        text = MICROBLOG_TAG.sub("", text)  # (a portal's link to the writer's microblog after the name: 作者:某某[微博])
    if "【" in text and BRACKETED_FIELD.search(text) is not None:
        # An old portal's bar with each field in brackets and its buttons after them
        # (`[2014-07-21] 【来源:某某股】 【作者:某某】 【打印此页】 【关闭窗口】`).
        text = BAR_BUTTONS.sub(" ", BRACKETED_FIELD.sub(lambda m: f" {m['field']} ", text))
        text = BRACKETED_DAY.sub(lambda m: f"{m['day']} ", text).strip()
    if (":" in text or "：" in text) and (emptied := EMPTY_BAR_FIELD.sub(" ", text).strip()) != text.strip() and emptied:
        text = emptied  # fields the template left empty (`发布时间: 信息来源:某某局 访问量:`): the others are read
    if ("(" in text or "（" in text or "[" in text or "【" in text) and PAREN_COUNTERS.fullmatch(" " + text.strip()) is not None:
        return _Fields(["counter"], {}, [])  # a counter alone (`阅读(37)`, `评论(4) 收藏(0)`)
    if ("|" in text or "｜" in text) and (buttons := BAR_BUTTONS_TAIL.search(text)) is not None and buttons.start() > 0:
        text = text[: buttons.start()]  # a blog bar's buttons after its fields (`… |举报|字号 订阅`)
    if ("|" in text or "｜" in text) and DAY_BAR_TIME.search(text) is not None:
        text = DAY_BAR_TIME.sub(r"\1 \2", text)  # (the day and its time in cells of their own)
    if ("记者" in text or "通讯员" in text or "記者" in text or "通訊員" in text) and OUTLET_POSTED.search(text):
        # (each reporter's outlet before the role: `某某日报记者 某某 某某日报通讯员 某某`)
        text = OUTLET_POSTED.sub("", text)
    if ("记者" in text or "通讯员" in text) and ("文" in text or "摄" in text) and MARKED_CREDIT.search(text) is not None:
        # Each reporter's cell marked with what they did (`记者 某某 文 | 记者 某某 摄`): the words' writer,
        # the pictures' photographer.
        text = MARKED_CREDIT.sub(lambda m: f"{m['role']} {m['name']}" if m["mark"] == "文" else f"摄影:{m['name']}", text)
    if ("记者" in text or "通讯员" in text or "作者" in text) and (verb := CREDIT_VERB_END.search(text)) is not None:
        text = text[: verb.start()]  # (what the writer did, after the bar's last name: `… 记者 某某 整理`)
    if text.lstrip().startswith("来") and (
        (glued := GLUED_SOURCE_WORD.match(text)) is not None
        # (…with the bar's widgets after it: `来自 某某报 分享 评论 18`)
        or (text.rstrip()[-1:] in _WIDGET_ENDS and (glued := GLUED_SOURCE_WORD.match(WIDGET_TAIL.sub("", text))) is not None)
    ):
        text = f"来源: {glued['name']}"  # (`来自某某网健康`: the outlet, as a portal labels it; a forum's `来自 某地` is where a poster lives)
    if "回答" in text or "回复" in text or "解答" in text:
        text = ANSWERS_TAIL.sub("", text)
    if ("岁" in text or "个月" in text) and (asked := ASKER_STAMP.match(text)) is not None and (when := parse_date(asked["when"])):
        return _Fields(["date"], {"date": when}, [])  # a Q&A page's asker: sex, age, time (男 | 46岁 | 2016-04-22 08:53)
    if (text.lstrip()[:1] in "[［" and BRACKET_GROUPS.fullmatch(text) is not None) or (
        text.lstrip()[:1] == "【" and BRACKET_FIELD_GROUPS.fullmatch(text) is not None
    ):
        # Each field in brackets of its own (`[ 发布时间:… ]　[ 浏览次数:1583 ]　[ 字号:大 中 小 ]`).
        text = "  ".join(g.strip() for g in BRACKET_GROUP.findall(text))
    if text.lstrip()[:1] in "[［" and (wrapped := WRAPPED_BAR.match(text)) is not None:
        text = wrapped["inner"]
    if "【" in text or "[" in text:
        # Labels in brackets without a colon (`【作者】 某某 【来源】 某某日报`): the same fields.
        # (a counter's too, `【浏览】1523次`: read as the counter it is; a label no table knows stays)
        unbracketed = BRACKET_FIELD.sub(lambda m: f" {m['label']}:" if m["label"].translate(_LABEL_FOLD) in _LABELS else m.group(), text)
        if unbracketed != text:
            text = unbracketed.strip()
    if "视频" in text and ("记者" in text or "通讯员" in text):
        # A news video's maker among the reporters, spaced (`记者 某某 视频 某某`): its camera's credit.
        text = VIDEO_CREDIT.sub(" 摄像 ", text)
    if ("（" in text or "(" in text) and ("记者" in text or "通讯员" in text):
        # The writers in brackets after the source (`来源:某某日报(记者 某某 通讯员 某某)`): fields too.
        text = BRACKETED_WRITERS.sub(r" \g<credit>", text)
    text = _cn_dated(text)  # 二〇一三年七月十六日
    if ("字" in text[:4] or "字" in text[1:5]) and (lead := LEAD_FONT_SWITCH.match(text)) is not None and lead.end() < len(text):
        text = text[lead.end() :]  # a font switch before the fields (`【字号 大 中 小】 来源:…`)
    if not text.isascii() and _ASCII_WORD.search(text) is not None:
        # A bilingual bar's English labels and byline (`来源 Source: 某某`, `文/某某 By Lin Yuqiao`).
        text = ENGLISH_BYLINE.sub("", ENGLISH_LABEL.sub("", text))
    if "IP" in text and (reads := READS_TAIL.search(text)) is not None and reads.start() > 0 and IP_TAIL.search(text[: reads.start()]):
        text = text[: reads.start()]  # (the post's reads after its region: `… IP属地:浙江 3.6万阅读`)
    if "IP" in text and (ip := IP_TAIL.search(text)) is not None and ip.start() > 0:
        # A post's region after its fields (`… · IP 属地江西`): the line is what stands before it.
        text = text[: ip.start()]
        if (alone := _date_alone(text)) is not None:
            return alone
        if (account := ACCOUNT_STAMP.match(text)) is not None and _NOT_A_NAME.search(account["name"]) is None:
            # The account that posted, then the time, then the region (`某某读书2024-05-19 08:40IP属地:浙江`).
            # (a doctor posting as `某某医生` is 某某)
            name = account["name"].strip()
            if name.endswith(("医生", "大夫")) and is_author_name(name[:-2]):
                name = name[:-2]
            when = parse_date(account["when"])
            if when is not None:
                return _Fields(["author", "date"], {"date": when}, [("作者", name)])
    counters_cut = False
    if (
        len(text) <= GLUED_MAX_CHARS and _COUNTER_HINT.search(text) is not None
        and (counted := COUNTER_TOKEN.sub("", text)) != text and (DATE_RE.search(counted) or FIELD_LABEL.search(_fold_labels(counted)))
    ):
        text = SEPARATOR_RUN.sub(" · ", counted).strip(" \t\u3000·•・|｜")
        counters_cut = True
        if (alone := _date_alone(text)) is not None:
            return alone
    if "于" in text and ("只看" in text or "倒序" in text or "楼主" in text[:3] or "#" in text[:3] or "中" in text[:5]):
        # A thread post's buttons after its stamp (… 只看该作者 倒序浏览), and the first floor's mark
        # before it with no name (楼主 发表于 …).
        text = FORUM_POST_BUTTONS.sub("", text)
        text = FIRST_FLOOR_MARK.sub("", text)
    if (
        "于" in text and (poster := POSTER_STAMP.match(text)) is not None and _NOT_A_NAME.search(poster["name"]) is None
        and not poster["name"].startswith("#")  # (a floor's number over the stamp, `#1`, names nobody)
    ):
        after_name = parse_fields(text[poster.end() :])
        if after_name is not None and "date" in after_name.values:
            name = poster["name"]
            # A person's blog may be named as a place (某某的阳台); a unit posting names the source.
            if is_author_name(name) or "的" in name or poster["op"] or SCREEN_NAME.fullmatch(name):
                # (the thread's first poster, `楼主 某某 发表于 …`, whatever their screen name)
                return _Fields(["author", *after_name.kinds], after_name.values, [("作者", name), *after_name.credits])
            return _Fields(["source", *after_name.kinds], {"source": name, **after_name.values}, after_name.credits)
    if "次" in text and (worded := WORDED_COUNTER.search(text)) is not None and worded.start() > 0:
        text = text[: worded.start()]  # a counter said in words at the end (`… 已阅读 2316 次`)
        if (alone := _date_alone(text)) is not None:
            return alone
    if "人" in text and (readers := READERS_TAIL.search(text)) is not None and readers.start() > 0:
        text = text[: readers.start()]  # …or said as its readers, the number after (`… 人已读 4093`)
    if "直播" in text and (live := LIVE_BADGE.match(text)) is not None:
        text = text[live.end() :]  # a live page's badge before its fields (`直播中 2024-04-21 07:05 来源:…`)
    if "更新" in text and (updated := UPDATED_TAIL.search(text)) is not None and updated.start() > 0 and (
        # (the bar's one date is its update's, `点击数:2317  更新时间:2009-9-17 9:38:14`: read as a field)
        not DATE_RE.search(updated.group()) or DATE_RE.search(text, 0, updated.start())
    ):
        text = text[: updated.start()]  # …and when it was last updated, after them (`… 最后更新 10:12`)
    if (
        text.rstrip()[-1:] in _WIDGET_ENDS and (widgets := WIDGET_TAIL.search(text, max(0, len(text) - WIDGET_TAIL_CHARS))) is not None
        and widgets.start() > 0
    ):
        if FIELD_LABEL.search(text, 0, widgets.start()):
            # The bar's widgets after its fields (`来源:某某网站 【字号 大 中 小】 我来说两句(12)`).
            text = text[: widgets.start()]
        elif (alone := _date_alone(text[: widgets.start()])) is not None:
            return alone  # …or after the date alone (`2013年07月02日 【字体:大 中 小】 【打印】 【关闭】`)
    if ("中" in text or "A+" in text) and (switch := FONT_SWITCH.search(text)) is not None and switch.start() > 0:
        text = text[: switch.start()]
    if ("中" in text or "A+" in text) and (amid := FONT_SWITCH_AMID.search(text)) is not None and amid.start() > 0:
        text = FONT_SWITCH_AMID.sub("  ", text)
    if ("報" in text or "报" in text) and (reported := REPORTED_FROM.search(text)) is not None:
        text = f"{text[: reported.start()]}{reported['role']}:{reported['name']}{text[reported.end() :]}"
    if ("(" in text or "（" in text or "[" in text or "【" in text) and (counters := PAREN_COUNTERS.search(text)) is not None and counters.start() > 0:
        text = text[: counters.start()]
        if (alone := _date_alone(text)) is not None:
            return alone
    if ":" in text and (amid := TIME_COUNT_AMID.search(text)) is not None:
        text = f"{text[: amid.end('time')]}{text[amid.end() :]}"  # (`2023-11-18 15:06 2356 来源:…`: an icon's count)
    if (views := TIME_THEN_VIEWS.search(text)) is not None:
        text = text[: views.start("views")].rstrip()  # a bare read count after the time (`… 14:08:17 14.6万`)
    if (kind_tag := KIND_BEFORE_LABEL.match(text)) is not None:
        text = text[kind_tag.end() :]
    if ("转载" in text or "原创" in text) and (kind_word := POST_KIND_WORD.search(text)) is not None:
        text = text[: kind_word.start()] + text[kind_word.end() :]  # a blog's `2012-09-27 16:08 转载 标签:…`
    if "【" in text and BAR_PROGRAMME.search(text) is not None and DATE_RE.search(text):
        text = BAR_PROGRAMME.sub("  ", text)  # a station's programme in its bar (`… 18:30　【某某新闻联播】　记者:…`)
    if ("原" in text[:8] or "转" in text[:4]) and (repost := REPOST_LEAD.match(text)) is not None:
        # `转载自:原作者:某某 来源:…`: the original's fields (split by commas after a note: `…,来源:…,作者:…`)
        text = REPOST_FIELD_COMMA.sub("  ", text[repost.end() :])
    if text.lstrip().startswith(("http://", "https://", "www.")) and (url := URL_LEAD.match(text)) is not None:
        # an old portal's info line opens with the page's address (`http://… 2004年6月18日 21:05 新华网`,
        # `www.某某.com.cn 2005年08月12日 09:15 某某晨报`)
        text = text[url.end() :]
        if (alone := _date_alone(text)) is not None:
            return alone  # (…and then only the time: `http://… 2004-3-18 11:20:35`)
    elif "网" in text[:9] and (site := SITE_BEFORE_DATE.match(text)) is not None and _outlet_after_day(text[site.end() :]):
        text = text[site.end() :]  # the portal's own name before the time (`某某网  2011年06月22日10:15  中国新闻网`)
    if "讯" in text[:10] and (dateline := NEWS_DATELINE.match(text)) is not None:
        text = text[dateline.end() :]  # an outlet's dateline before the fields (`某某网讯 2024-05-28 …`)
    if "记者" in text[:12] and (outlet := OUTLET_REPORTER.match(text)) is not None and f"{outlet.group().strip()}记者" not in _LABELS:
        text = text[outlet.end() :]  # the reporter's outlet before the role (`某某新闻记者 某某  2024-06-30`)
    elif "记者" in text and (dated := DATED_OUTLET_REPORTER.match(text)) is not None:
        text = f"{dated['lead']}  {text[dated.end():]}"
    if text.rstrip()[-1:] in ":：" and (empty := EMPTY_LAST_FIELD.search(text)) is not None and empty.start() > 0:
        text = text[: empty.start()]  # a label left without its value at the end (`… 作者:某某  来源:`)
    if " / " in text and FIELD_LABEL.search(_fold_labels(text)) is not None:
        text = SPACED_SLASH.sub("  ", text)  # fields split by spaced slashes (`发布时间:… / 来源:某某 / 作者:某某`)
    fields = _parse_fields(text)
    barred = text
    if fields is None and ("|" in text or "｜" in text or "·" in text or "•" in text or "・" in text):
        # Fields split by bars (`2024年03月21日09:12 | 来源:某某时报`).
        barred = BARS.sub("  ", text).strip()
        fields = _parse_fields(barred)
    if fields is None and (bare := BARE_COUNTER.search(barred)) is not None and bare.start() > 0:
        # A counter without its colon at the end (`… 2024-03-18 09:30 阅读 4821`): read as `阅读:4821`.
        fields = _parse_fields(f"{barred[: bare.start()]} {bare['label']}:{bare['n'].replace(',', '')}")
    colons = text.count(":") + text.count("：")
    # (a label glued to a value has a field before it: another label's, or a date)
    if len(text) <= GLUED_MAX_CHARS and (colons >= 2 or (colons == 1 and _YEAR.search(text))) and GLUED_LABEL.search(_fold_labels(text)):
        # (a value with a label glued to it, `来源:某某中心播放量:1.2万`, is two fields)
        unglued = _parse_fields(_unglue(text))
        if unglued is not None and (
            fields is None or len(unglued.values) + len(unglued.credits) > len(fields.values) + len(fields.credits)
            or any(GLUED_LABEL.search(v) for v in [*fields.values.values(), *(name for _, name in fields.credits)])
        ):
            fields = unglued
    if fields is None and (number := DOC_NUMBER_LEAD.match(text)) is not None and number.end() < len(text):
        # A notice's document number before its fields (`某卫〔2024〕8号  发布日期:2024-02-02`), or
        # before its date alone (`某卫发〔2024〕21号  2024-06-18`).
        rest = text[number.end() :]
        fields = _parse_fields(rest)
        if fields is None and DATE_LINE.match(rest.strip()) and (when := parse_date(rest)) is not None:
            return _Fields(["date"], {"date": when}, [])
    if fields is None and (stamp := DAY_FIRST.match(text)) is not None:
        # A day-first stamp a newspaper site prints (`15.02.2018  23:42`).
        try:
            moment = datetime(int(stamp["y"]), int(stamp["m"]), int(stamp["d"]), int(stamp["H"] or 0), int(stamp["M"] or 0))
        except ValueError:
            return None
        stamped = moment.isoformat(timespec="minutes") if stamp["H"] else moment.date().isoformat()
        return _Fields(["date"], {"date": stamped}, [])
    if fields is None and (day := EPAPER_DAY.match(text)) is not None and (issued := parse_date(day["lead"])) is not None:
        # An e-paper's header: the paper and the day of its issue (`某某日报数字报 2024年04月16日`).
        paper_name = re.sub(r"(?:数字报|电子版|数字版)$", "", day["paper"])
        return _Fields(["source", "date"], {"source": paper_name, "date": issued}, [])
    if fields is None and (paper := EPAPER_LINE.match(text) or EPAPER_LINE.match(barred)) is not None and (on_page := parse_date(paper["lead"])) is not None:
        # An e-paper's page line (`2024年03月22日  第A03版:健康周刊  上一版 下一版`, after the
        # paper's name: `《某某日报》2024年11月12日 第05版`): the date, and the paper.
        if paper["paper"]:
            return _Fields(["source", "date"], {"source": paper["paper"].strip("《》"), "date": on_page}, [])
        return _Fields(["date"], {"date": on_page}, [])
    if fields is None and "期" in text and (issue := EPAPER_ISSUE.match(text)) is not None and (issued_on := parse_date(issue["lead"])) is not None:
        # A house paper's issue line: the day and the issue's numbers (`2017年11月20日  第22期  总第305期`).
        return _Fields(["date"], {"date": issued_on}, [])
    if fields is None and (named := NAME_DATE.match(text) or NAME_DATE.match(barred)) is not None and (
        SOURCE_NAME.search(named["src"]) or (named["H"] is not None and named["region"] is not None)
        # (an app's account over its counters: `i某某 2022-10-26 17:40 阅读 4.1万`, `某某 | 2019/10/15 | 阅读 2208`)
        or (counters_cut and (named["H"] is not None or SOURCE_NAME.search(named["src"])) and not _person_alone(named["src"]))
    ):
        # The account before its date (`某某医保  2024-04-02 17:00`).
        posted = parse_date(named["lead"])
        return _Fields(["source", "date"], {"source": named["src"], "date": posted}, []) if posted is not None else None
    if fields is None and (signed := SIGNED_STAMP.match(text)) is not None and (when := parse_date(signed["when"])) is not None:
        # A writer's name before the time they posted, and the post's counters (某某 于 2024-02-07 21:16 发布 阅读量 3.2k).
        name = signed["name"]
        if (name[0] in SURNAMES or name.startswith(COMPOUND_SURNAMES)) and is_author_name(name):
            return _Fields(["author", "date"], {"date": when}, [("作者", name)])
        if name.isascii() and "于" in signed.group() and not SITE_LOGIN.fullmatch(name):
            # (a blog's login as its writer, with the verb: `some_user 于 2023-06-12 21:08:45 发布`)
            return _Fields(["author", "date"], {"date": when}, [("作者", name)])
    if fields is None and (stamp_at := POSTED_AT.match(text)) is not None and (when := parse_date(stamp_at["when"])) is not None:
        # `发布于 2024-04-09 13:22`, `编辑于 2024-04-10`: an app's or a forum's stamp.
        kind = "date" if stamp_at["verb"] in ("发布", "发表") else "updated"
        return _Fields([kind], {kind: when}, [])
    if fields is None and text.lstrip().startswith("已于") and (edited := EDITED_ON.match(text)) is not None and (when := parse_date(edited["when"])):
        return _Fields(["updated"], {"updated": when}, [])  # (a blog's `已于 2023-06-14 10:22:31 修改` under its stamp)
    if fields is None and (bare_source := BARE_SOURCE.match(barred)) is not None:
        src = bare_source["src"]
        if src in ("发布", "发表", "更新", "编辑") and (when := parse_date(bare_source["lead"])) is not None:
            # `2020-05-21 发布 | 播放 8.6万次`: the verb of the date, then the page's counters.
            return _Fields(["date"], {"date": when}, [])
        if SOURCE_NAME.search(src):
            # A date and the unit that posted it without labels (`2025-10-08  院办公室  阅读:903`);
            # an account's name said twice (its name, then its author's slot) is said once.
            rest = "" if bare_source["rest"].strip() == src else bare_source["rest"]
            fields = _parse_fields(f"{bare_source['lead']} 来源:{src}{rest}")
        elif (
            not bare_source["rest"] and len(src) <= 4 and is_author_name(src)
            and (counters_cut or src[0] in SURNAMES or src.startswith(COMPOUND_SURNAMES))
        ):
            # …and the writer's name alone after the date (`2023年1月8日 · 某某`, a post's bar with
            # its counters: `2023年1月8日 · 某某 · 约 1300 字 · 阅读 472 次`).
            when = parse_date(bare_source["lead"])
            fields = _Fields(["date", "author"], {"date": when}, [("作者", src)]) if when is not None else None
    if fields is None and (channel := CHANNEL_FIRST.match(text)) is not None:
        # A portal's channel link before the outlet and the day (`某某房产 某某商报 2013年08月21日09:12
        # 作者:某某`): the bar read without it, when the outlet and the day are there.
        unchanneled = parse_fields(text[channel.end() :])
        if unchanneled is not None and "source" in unchanneled.values and "date" in unchanneled.values:
            writer = channel.group().strip()
            if (
                len(writer) == 3 and (writer[0] in SURNAMES or writer.startswith(COMPOUND_SURNAMES)) and is_author_name(writer)
                and SOURCE_NAME.search(writer) is None and STACKED_COLUMN_END.search(writer) is None
            ):
                # (a person's name, no channel's, before an account and its time: `某某某 某某健康 2024年…
                # 09:00`, the writer's slot of a channel post's line)
                unchanneled.kinds.append("author")
                unchanneled.credits.append(("作者", writer))
            return unchanneled
    return fields


# A channel's name first on a bar, then an outlet's, then a year (see `parse_fields`).
CHANNEL_FIRST = deferred(r"^[ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{2,6}[ \t\u3000]+(?=[\u3400-\u4dbf\u4e00-\u9fff]{2,10}[ \t\u3000]+(?:19|20)\d\d)")


def _fold_labels(text: str) -> str:
    """`text` with the traditional forms of label characters folded (`_LABEL_FOLD`); most lines
    have none, and are returned as they are without a pass over them."""
    return text.translate(_LABEL_FOLD) if len(text) <= FOLD_MAX_CHARS and _TRAD_LABEL_CHAR.search(text) else text


LABEL_WORD = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]+(?=[:：])")


def _unglue(text: str) -> str:
    """`text` with a space before each label glued to the value before it (GLUED_LABEL)."""
    folded = _fold_labels(text)

    def inside_label(at: int) -> bool:
        # (the end of a longer label the table knows: `实习记者:`, `见习记者:` is one label, not 实习 + 记者)
        word = LABEL_WORD.match(folded, at)
        return word is not None and any(folded[max(0, at - k) : at] + word.group() in _LABELS for k in range(1, 5))

    cuts = [m.start() for m in GLUED_LABEL.finditer(folded) if not inside_label(m.start())]
    return "".join(text[a:b] + (" " if b < len(text) else "") for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True))


# Another field's label, one the table above does not know (`主讲:`, `拍摄剪辑:`), after a space: a
# field's value ends before it.
UNKNOWN_LABEL = deferred(r"[ \t\u3000]+[\u3400-\u4dbf\u4e00-\u9fff]{1,6}[:：]")


def _before_unknown_label(value: str) -> str:
    """A field's value up to another field's label it does not know, when what follows that label
    is a value too (a sentence after it makes the line no row of fields: it stays whole)."""
    m = UNKNOWN_LABEL.search(value)
    if m is None or SENTENCE_PUNCT.search(value, m.end()):
        return value
    return value[: m.start()]


def _parse_fields(text: str) -> _Fields | None:
    # Labels are matched on the text with their traditional characters folded one for one (so
    # offsets stay); values are read from the text as it stands.
    matches = list(FIELD_LABEL.finditer(_fold_labels(text)))
    if not matches:
        return None
    kinds: list[str] = []
    values: dict[str, str] = {}
    publisher: str | None = None
    credits: list[tuple[str, str]] = []
    if matches[0].start() != 0:
        # An unlabelled date may lead the line (`2024-09-19 08:12 来源:若尔盖融媒`), or the unit or
        # site that posted it, with or without a date (`某某县卫生健康局  发布日期:…`, `某某县人民政府网
        # 2024-04-11  来源:县卫健局`).
        lead = POSTED_VERB.sub("", DATE_VERB.sub("", text[: matches[0].start()].strip()))
        unit = LEAD_UNIT.match(lead)
        if unit is not None and SOURCE_NAME.search(unit["name"]):
            lead = lead[unit.end() :].strip()
            if not any(_LABELS[m["label"]] == "source" for m in matches):
                values["source"] = unit["name"]
                kinds.append("source")
        if (
            lead and "source" not in values and (named := NAME_DATE.match(lead)) is not None
            and any(_LABELS.get(_fold_labels(m["label"])) == "author" for m in matches)
        ):
            # An outlet's name and the time before the reporters (`某某观察 2023-01-03 08:00 记者 某某`).
            values["source"] = named["src"]
            kinds.append("source")
            lead = named["lead"]
        elif (
            lead and (named := NAME_DATE.match(lead)) is not None and named["region"] is None
            and any(_LABELS.get(_fold_labels(m["label"])) == "source" for m in matches)
        ):
            # An app's name and the time before the source it states (`今日某地  2026-04-02 16:45  来源:某某医院`):
            # the app ran it, the stated source is the source.
            lead = named["lead"]
        if lead and (outlet := DATE_THEN_OUTLET.match(lead)) is not None and not WEEKDAY.search(outlet["name"]):
            # `2021-11-05 10:12:33  某某前沿  作者:某某`: the date, then the outlet that ran it.
            lead = outlet["date"]
            if not any(_LABELS[m["label"]] == "source" for m in matches):
                values["source"] = outlet["name"]
                kinds.append("source")
        if lead:
            iso = parse_date(lead) if DATE_LINE.match(lead) else None
            if iso is None and (two := TWO_DATES.match(lead)) is not None:
                iso = parse_date(two["first"])
            if iso is None and "/" in lead and (dmy := DMY_DATE.fullmatch(lead)) is not None:
                iso = parse_date(dmy.group())  # (day first, as Hong Kong prints it: `08/10/2020 19:45`)
            if iso is None:
                return None
            values["date"] = iso
            kinds.append("date")
    for i, m in enumerate(matches):
        label = m["label"]
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        if m["sep"].isspace() and label not in _SPACE_LABELS and not (
            # (a day's label and the day after a space: `發佈時間 2024-01-22 14:05`)
            _LABELS.get(label) in ("date", "updated") and DIGIT_DAY.match(text, m.end()) is not None
        ):
            return None
        value = text[m.end() : end].strip(_CLOSERS)
        if label == "转载自" and m["sep"].isspace():
            # (a blog's `转载自 某某`, the blog it was copied from: read past, as a counter is; the
            # article's own 来源 names its source)
            kinds.append("counter")
            continue
        if label in ("来源于", "本文来自") and (
            # (a unit's account is named at length: `来源于:某某市第一人民医院微信公众号`)
            len(value) > (SOURCE_ACCOUNT_MAX_CHARS if ACCOUNT_WORD_END.search(value) else SOURCE_WORD_MAX_CHARS)
            or "的" in value or SENTENCE_PUNCT.search(value) or CLAUSE_MARKS.search(value)
        ):
            return None  # (a sentence: 来自 全国各地的专家…)
        if label == "来自" and (
            m["sep"] not in (":", "：") or (REGION_ALONE.match(value) is not None and SOURCE_NAME.search(value) is None)
            or CLIENT_WORD.search(value) is not None
            or len(value) > SOURCE_WORD_MAX_CHARS or SENTENCE_PUNCT.search(value)
        ):
            return None  # (a poster's home or client, `来自: 广东`, `来自: Android客户端`: no source)
        kind = _LABELS[label]
        if kind in ("date", "updated", "signed"):
            iso = parse_date(value)
            if iso is None:
                return None
            d = DATE_RE.search(value)
            rest = (value[: d.start()] + value[d.end() :]).strip(_CLOSERS) if d is not None else ""
            if len(rest) > DATE_VALUE_SLACK and (SENTENCE_PUNCT.search(rest) or CLAUSE_MARKS.search(rest)):
                # `时间:2025-04-04 10:52:27近日,…`: the first paragraph glued to the field, not a field line.
                return None
            values.setdefault(kind, iso)
        elif kind in ("author", "editor"):
            if "于" in value and (verb := POSTING_VERB.search(value)) is not None:
                # `作者:某某　发表于 2012年…`: the verb and its date are no name; the date is the post's
                if (posted_on := parse_date(value[verb.end() :])) is not None and "date" not in values:
                    values["date"] = posted_on
                    kinds.append("date")
                value = value[: verb.start()]
            if ":" in value or "：" in value:
                value = _before_unknown_label(value)
            tail = _DATE_TAIL.search(value) or (_DATE_VERB_TAIL.search(value) if value.rstrip()[-1:] in "布表传" else None)
            if tail is not None and tail.start() > 0 and (iso := parse_date(tail.group())) is not None:
                # `作者: 某某 2015-04-07 16:24:55` (`… 2022-03-30 发布`): the date ends the field, it is no name.
                values.setdefault("date", iso)
                value = value[: tail.start()]
            # A writer's post in brackets after the name (`作者:某某(某某医院心理科 副主任医师)`) and a
            # title beside it (`审核专家:某某 某某医院心理科 主任医师`) name nobody; a unit, however long,
            # stays in the credits.
            if "(" in value or "（" in value:
                value = AFFILIATION.sub(" ", value)
            if any(c in value for c in "师師授员員任长長士"):
                # (a post before the name too: `作者:产科护师 某某`, `内容审核:产科护士长 某某`)
                # (…or the writer's unit and post in one word after the name: `作者:某某 某某医院心内科主任医师`)
                # (a name with the post glued after it, `某某医师`, stays: the name is read from it below)
                value = " ".join(
                    w for w in value.split()
                    if not PROFESSIONAL_TITLE.fullmatch(w) and not UNIT_POST.fullmatch(w)
                    and not (POST_WORD.fullmatch(w) and not (NAME_WITH_POST.fullmatch(w) and w[0] in SURNAMES))
                )
            # An empty field (`作者:`, `作者科室:`) names nobody; a count or a time is no name.
            # A role word before the name (`作者:记者 某某`) is no name either.
            if (buttons := FONT_BUTTONS.search(value)) is not None:
                value = value[: buttons.start()]
            if ZOOM_BUTTONS.fullmatch(value.strip()):
                return None  # a page's zoom buttons after its label (`文字:放大 缩小`), no credit
            if ("分" in value) and (reading := READING_TAIL.search(value)) is not None:
                value = value[: reading.start()]  # a reading-time badge after the byline (阅读时间约 3 分钟)
            names = [
                n for n in _split_names(value)
                if not n.endswith((":", "：")) and not _TIME_TOKEN.match(n) and n.translate(_LABEL_FOLD) not in _LABELS
                and _NAME_CHAR.search(n)  # (a counter's placeholder, `--`, names nobody)
                and not REPORT_WORD.search(n)
                and not (kind == "author" and LOGIN_NAME.fullmatch(n))  # (a CMS's login in the field: 作者:admin)
                and not OUTLET_ROLE.fullmatch(n)  # (the outlet's reporter before the name: 作者:某某日报记者 某某)
            ]
            names = [post["name"] if (post := NAME_WITH_POST.fullmatch(n)) is not None else n for n in names]
            # A question or a sentence after the label (`记者:哪些胸痛需要马上就医?`, an interview's
            # first line) names nobody either.
            if any(
                (len(n) > 12 and not ORG_NAME.search(n)) or (re.search(r"\d", n) and not SCREEN_NAME.fullmatch(n))
                or SENTENCE_PUNCT.search(n) for n in names
            ):
                return None
            if m["sep"].isspace() and any(_NOT_A_NAME.search(n) for n in names):
                return None  # a heading's words after a space (`作者 简介`), no credit
            credits.extend((label, n) for n in names)
        elif kind == "counter":
            pass
        else:
            if i + 1 == len(matches):
                # The bar's widgets after its last field (`来源:某某日报 发表评论`) are no part of it.
                value = WIDGET_TAIL.sub("", value)
            if ":" in value or "：" in value:
                value = _before_unknown_label(value)
            tail = _DATE_TAIL.search(value) or (_DATE_COUNT_TAIL.search(value) if value[-1:].isdigit() else None)
            if (
                tail is not None and tail.start() > 0 and (value[tail.start()].isspace() or value[tail.start() - 1] == "》")
                and not value[: tail.start()].rstrip().endswith((":", "："))  # another label's date (成文日期: …)
                and (iso := parse_date(tail.group())) is not None
            ):
                # `来源:某某日报  2024-06-18 07:35`: the date ends the field, it is no part of the name.
                values.setdefault("date", iso)
                kinds.append("date")
                value = value[: tail.start()].strip()
            value = value.rstrip(" \t\u3000|｜丨·•")  # (a bar or a dot between the fields: `来源:某某 | 2024…`, `来源:某某 · 阅读量…`)
            if not value:
                return None
            if kind == "source":
                if ("|" in value or "｜" in value) and (barred := BARRED_DATE.search(value)) is not None and barred.start() > 0:
                    # `来源:某某客户端 | 2020年12月05日 21:35 手机看`: the date after a bar ends the source.
                    if (iso := parse_date(barred["when"])) is not None and "date" not in values:
                        values["date"] = iso
                        kinds.append("date")
                    value = value[: barred.start()].rstrip()
                if "转载" in value and (reprint := REPRINT_TAIL.search(value)) is not None and reprint.start() > 0:
                    value = value[: reprint.start()].rstrip()  # (the reprint terms after it: `某某医院护理部，转载请联系授权`)
                if ("ID" in value or "号" in value) and (handle := ACCOUNT_ID_TAIL.search(value)) is not None and handle.start() > 0:
                    value = value[: handle.start()].rstrip()  # the account's handle after its name (`某某健康（ID:xxjk）`)
                if "版" in value and (page := EDITION_TAIL.search(value)) is not None and page.start() > 0:
                    value = value[: page.start()].rstrip()  # the paper's page after it (`某某晚报　第A07版:健康周刊`)
                    if (day := _DATE_TAIL.search(value)) is not None and day.start() > 0 and (iso := parse_date(day.group())) is not None:
                        # (and its day before the page: `某某晚报  2016/11/08  第A07版`)
                        values.setdefault("date", iso)
                        if "date" not in kinds:
                            kinds.append("date")
                        value = value[: day.start()].rstrip()
                if (" " in value or "\u3000" in value) and (links := SOURCE_LINKS_TAIL.search(value)) is not None and links.start() > 0:
                    # The bar's links after the source (`来源:某某日报　网友评论 126 条 进入论坛`, `… 打印本页 纠错`).
                    value = value[: links.start()].rstrip()
                if " " in value:
                    # (the release's kind after it, `資料來源:某某局 新聞稿`; the account's province, `来源: 某某融媒 湖南`)
                    name, _, last = value.rpartition(" ")
                    if len(name.rstrip()) >= 2 and (last in RELEASE_KINDS or REGION_ALONE.fullmatch(last) is not None):
                        value = name.rstrip()
                if ("于" in value) and (posted := POSTED_TAIL.search(value)) is not None and posted.start() > 0:
                    value = value[: posted.start()].rstrip()  # (the bar's posting verb after the source: `某某健康网 发布于`)
                if value.endswith("原创") and len(value) > 4 and value[:-2] not in ("本站", "本网"):
                    value = value[:-2].rstrip(" \t\u3000·-")  # (the outlet's own piece: `来源:某某汽车网原创`)
                if "赞" in value and (likes := LIKES_TAIL.search(value)) is not None and likes.start() > 0:
                    value = value[: likes.start()].rstrip()  # (the page's like button glued after the source: `某某新闻赞91`)
                if (" " in value or "\u3000" in value) and (engaged := ENGAGEMENT_TAIL.search(value)) is not None and engaged.start() > 0:
                    # The bar's engagement widget after the source (`来源:某某日报 已有 328 人参与`, `… 热度 328`).
                    value = value[: engaged.start()].rstrip()
                if ("(" in value or "（" in value) and (city := CITY_NOTE.search(value)) is not None and city.start() >= 2:
                    value = value[: city.start()]  # the outlet's city after it (`来源:某某日报(某地)`)
                for opening, closing in (("（", "）"), ("(", ")")):
                    if value.count(opening) > value.count(closing):
                        value += closing  # (the field's edge took its closing bracket: 某某医院(护理部))
                if (" " in value or "\u3000" in value) and (writer := OUTLET_THEN_NAME.match(value)) is not None and (
                    SOURCE_NAME.search(writer["src"]) and not SOURCE_NAME.search(writer["name"])
                    and (len(writer["name"]) <= 3 or writer["name"].startswith(COMPOUND_SURNAMES))
                    and writer["name"][0] in SURNAMES and is_author_name(writer["name"])
                ):
                    # An icon bar's spans without labels (`2022-11-03 08:45 某某晨报 某某 3.6万`): the outlet, its writer.
                    value = writer["src"]
                    credits.append(("作者", writer["name"]))
                if value.startswith("《") and value.count("《") == 1 and (issue := ISSUE_AFTER_TITLE.match(value)) is not None:
                    value = issue["name"]  # (a magazine's issue after its name: `来源:《某某健康》2009年第5期`)
                if value.startswith("《") and value.endswith("》") and value.count("《") == 1:
                    value = value[1:-1]  # (a paper named in its marks: `来源:《某某日报》`)
                if OWN_SITE.fullmatch(value):
                    # `来源:本站原创`: the site's own piece, which names no source.
                    kinds.append(kind)
                    continue
                who = OUTLET_WRITER.match(value) or UNIT_WRITER.match(value)
                names = _split_names(who["names"]) if who is not None else []
                if who is not None and names and (len(set(names)) < len(names) or any(who["src"].strip().startswith(n) for n in names)):
                    # The account's name after its desk's, or said twice (`某某健康编辑部 某某健康 某某健康`):
                    # the account, which names no writer.
                    value = names[-1]
                elif who is not None and names and all(is_author_name(n) and n not in _LABELS for n in names):
                    # `来源:某某网 某某网记者 某某` (the spans of a bar run together), `供稿:心血管内科 某某`:
                    # the outlet or the unit is the source, the person its writer.
                    value = who["src"].strip()
                    credits.extend((who.groupdict().get("role") or label, n) for n in names)
            if kind == "source" and label in PUBLISHER_LABELS:
                publisher = publisher or value
            elif kind == "source" and values.get("source") is not None and values.get("source") == publisher:
                values["source"] = value  # (`发布机构:某某科 … 信息来源:某某委`: the stated source)
            values.setdefault(kind, value)
        kinds.append(kind)
    return _Fields(kinds, values, credits, publisher)


# The labels of the unit that posted a page (发布机构:, 发布单位:): its source only where no 来源 is stated.
PUBLISHER_LABELS = frozenset({"发布机构", "发布单位", "发布部门", "发布科室", "发布机关", "发稿单位"})


# A periodical's name in its marks with the issue after it (《某某健康》2009年第5期, 《某某报》2016年9月13日第3版).
ISSUE_AFTER_TITLE = deferred(
    r"^《(?P<name>[^》]{1,20})》[ \t]*(?:(?:19|20)\d\d[ \t]*年)?[ \t]*(?:第?[ \t]*\d{1,3}[ \t]*期|\d{1,2}[ \t]*月(?:\d{1,2}[ \t]*日)?(?:第[ \t]*[A-Z]?\d{1,3}[ \t]*版)?|第[ \t]*[A-Z]?\d{1,3}[ \t]*版)[ \t]*$"
)


# The name a follow prompt quotes (点击上方“某某发布”可以订阅哦, 点击蓝字“某某卫健”关注我们).
FOLLOW_QUOTED = deferred(r"(?:点击|关注|订阅)[^“”\n]{0,8}“([^“”\n]{2,16})”")
# A like button and its count glued after an info bar's source (某某新闻赞91).
LIKES_TAIL = deferred(r"[ \t\u3000]*(?:点赞|赞)[ \t]*\d[\d,.]*[万wW]?[ \t]*$")
# What an info bar shows after the source without a label: its engagement (已有 328 人参与, 热度 328,
# 网友热议 328, 共 328 人参与) or a bare count.
ENGAGEMENT_TAIL = deferred(
    r"(?:[ \t\u3000]+(?:(?:已有|有|共|热度|网友热议|热议|人气)[ \t\u3000:：]*(?:\d[\d,.]*[ \t]*[万wWkK]?)?(?:[ \t]*人(?:参与|评论|跟帖)(?:评论|讨论|互动)?)?"
    r"|\d[\d,.]*[ \t]*[万wWkK]?(?:[ \t]*人(?:参与|评论|跟帖))?"
    # (a portal's buttons after it: 参与互动(0), 我要评论(47), 跟贴 312 条, 手机看新闻, 收藏本文)
    r"|(?:参与互动|参与评论|我要评论|我来说两句|评论|跟贴|跟帖)[ \t]*[(（]?[ \t]*\d*[ \t]*[)）]?[ \t]*[条人]?|手机看新闻"
    r"|收藏本文|收藏|打印本文|打印|分享本文|分享))+[ \t]*$"
)
# An outlet and its writer's name with no label between (the spans of an icon bar).
OUTLET_THEN_NAME = deferred(r"^(?P<src>[\u3400-\u4dbf\u4e00-\u9fff]{2,16})[ \t\u3000]+(?P<name>[\u3400-\u4dbf\u4e00-\u9fff]{2,4})$")
# A font-size switch's buttons after a byline's names (`作者:某某 A+ A-`, `… 大 中 小`).
FONT_BUTTONS = deferred(r"(?:(?:[ \t\u3000]+[Aa][+\-＋－])+|(?:[ \t\u3000]+[大中小]){2,3})[ \t\u3000]*$")
# A page's zoom buttons (放大 缩小 默认).
ZOOM_BUTTONS = deferred(r"(?:放大|缩小|默认|恢复默认|全屏阅读|全屏)(?:[ \t\u3000]+(?:放大|缩小|默认|恢复默认|全屏阅读|全屏))*")
# A reading-time badge glued after a byline's fields (`… 閱讀時間約 3 分鐘`).
READING_TAIL = deferred(r"[ \t\u3000]*(?:阅读|閱讀)(?:时间|時間|时长|時長)?[ \t]*[约約]?[ \t]*\d+[ \t]*(?:分钟|分鐘)[^\n]*$")
# A name with the writer's post glued after it (某某医师, 某某醫師).
NAME_WITH_POST = deferred(r"(?P<name>[\u3400-\u4dbf\u4e00-\u9fff]{2,4}?)(?:医师|醫師|医生|醫生|护理师|護理師|营养师|營養師|药师|藥師|治疗师|治療師)")
# A broadcast's closing words after the reporters' names (`记者:某某 某某 某某台报道`): no name.
REPORT_WORD = deferred(r"(?:报道|報道|报导|報導|联合报道|聯合報道|采写|採寫)$|^发自")

# A province or region alone, as a post's stamp gives where it was sent from.
REGION_ALONE = deferred(rf"(?:{_REGION_ALT})")

# A body a stated source names (a bureau, a centre, a paper, a station, a site), not one of its departments.
STATED_BODY = deferred(r"委员会|卫健委|局|中心|日报|晚报|报社|电视台|广播|融媒|网|医院|政府|卫生院|疾控|研究所|研究院|大学|学会|协会")
# A line that states where the article comes from, not who supplied it (供稿).
STATED_SOURCE = deferred(r"来源|來源|出处|出處|稿源|转载自|轉載自|转自|轉自")

# A source field's value that names the site itself (本站原创, 本网): no source.
OWN_SITE = deferred(r"(?:本站|本网|本台|本刊|网站|原创)(?:原创|编辑|整理|发布|文章|稿件)?")
# A source field's value with its writer after it: an outlet's reporter (`某某网 某某网记者 某某`), or a
# unit and the person who wrote for it (`心血管内科 某某`, `UNIT_WRITER`).
OUTLET_WRITER = deferred(
    r"^(?P<src>[^\s:：]{2,20})[ \t\u3000]+(?:[\u3400-\u4dbf\u4e00-\u9fff]{1,8}(?:报|台|社|网|融媒体中心|融媒))?(?P<role>记者|通讯员)[ \t\u3000]*"
    r"(?P<names>[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:[ \t\u3000、]+[\u3400-\u4dbf\u4e00-\u9fff]{2,4}){0,3})$"
)


def channel_line_fields(text: str) -> _Fields | None:
    """The fields of a channel account's line (a WeChat account line, a repost card `以下文章来源于
    某某 ,作者某某`), or None."""
    return _wechat_fields(text)


def _form_cells(text: str) -> str:
    """A disclosure form's row written without colons, its cells split by tabs or wide spaces
    (`索引号<tab>0031…/2019-08812<tab>分类<tab>人事信息`), as `label: value` fields; any other line as it is."""
    if "\t" not in text and "  " not in text and "\u3000\u3000" not in text:
        return text
    cells = FORM_CELL_SEP.split(text.strip())
    if len(cells) < 2 or len(cells) % 2 or not all(FORM_LABEL_CELL.fullmatch(c) for c in cells[0::2]):
        return text
    return "  ".join(f"{label}：{value}" for label, value in zip(cells[0::2], cells[1::2], strict=True))


def unlabelled_source(text: str) -> bool:
    """Whether a line's source has no label (a channel account's line, `原创 某某 某某医院 2024-03-21
    18:05`): no `label:` field, no repost card, no 来源 glued to a value (`…06来源：某某`), no `来自`."""
    return (
        FIELD_LABEL.search(_fold_labels(text)) is None and REPOST_CARD.match(text) is None and STATED_SOURCE.search(text) is None
        and not text.lstrip().startswith(("来自", "來自"))
    )


def _info_fields(text: str) -> _Fields | None:
    """The fields of an info line: `label: value` fields (`parse_fields`) or a WeChat account line."""
    text = _form_cells(text)
    if text.lstrip()[:1] in "[【" and (avatar := AVATAR_LEAD.match(text)) is not None:
        text = text[avatar.end() :]  # (the writer's picture left as a placeholder before the byline: `[作者头像] 某某记者 某某`)
    if "原创" in text and text.lstrip()[:1].isdigit():
        text = ORIGINAL_MARK_BETWEEN.sub("", text)  # (a platform's stamp: `2023-05-16 10:24 · 原创 · 某某时报 · 发布于北京`)
    if "记者" in text and ("来源" in text or "来自" in text) and (outlet := OUTLET_ROLE_AFTER.search(text)) is not None:
        # An outlet's reporter after the source's value (`来源:某某日报 某某日报全媒体记者 某某 某某`):
        # the role starts a field of its own.
        text = f"{text[: outlet.start()]}  {outlet['role']}{text[outlet.end() :]}"
    if text.rstrip()[-1:] in "）)" and (posted := NAME_UNIT_POST.fullmatch(text.strip())) is not None and is_author_name(posted["name"]):
        # A writer's name alone with their unit and post in brackets (`某某（某某医院心内科主任医师）`): the byline.
        return _Fields(["author"], {}, [("作者", posted["name"])])
    if ("|" in text or "｜" in text) and (card := NAME_POST_BAR.fullmatch(text.strip())) is not None and is_author_name(card["name"]):
        # A writer's card in a bar: the name, the post, the unit (`某某 | 主治医师 | 某某医院消化内科`).
        return _Fields(["author"], {}, [("作者", card["name"])])
    if "作者" in text[:6] and (post := AUTHOR_WITH_POST.match(text)) is not None:
        text = post["field"]  # (the writer's workplace and post after the name: `作者:某某,某某医院某科主任医师`)
    text = _closed_labels(text)  # (a label padded to a form's width: `文    号：…`, `索 引 号：…`)
    if (
        ("关注" in text or "作者" in text or "号" in text)
        and (card := CARD_WIDGETS.search(text)) is not None and card.start() > 0 and FIELD_LABEL.search(text) is None
        and (DATE_RE.search(text) or RELATIVE_TIME.search(text))
    ):
        # An author card's badge, button and platform around the stamp (`… 发布于北京 某某健康科普作者 关注`,
        # `某某 2018.04.17 一点号`): the stamp is read.
        text = CARD_WIDGETS.sub("", text)
        fields = parse_fields(text) or _wechat_fields(text)
        if fields is None and DATE_LINE.match(stamp := text.rstrip(" \t\u3000·•|｜")) and (when := parse_date(stamp)) is not None:
            return _Fields(["date"], {"date": when}, [])  # (the stamp and its badge alone: `2023年5月6日 21:47 · 某某领域创作者`)
        if fields is None and (named := NAME_DATE.match(text)) is not None and (when := parse_date(named["lead"])) is not None:
            return _Fields(["source", "date"], {"source": named["src"], "date": when}, [])  # (`某某大夫 2018.04.17`)
        if fields is None and (relative := CARD_RELATIVE.match(text)) is not None:
            return _Fields(["source"], {"source": relative["name"]}, [])  # (`某某融媒 昨天 19:26 发布于 湖北`: no day to read)
        return fields
    fields = parse_fields(text) or _wechat_fields(text)
    if (
        fields is None and ("天" in text or "前" in text or "刚刚" in text)
        and (relative := CARD_RELATIVE.match(TAIL_COUNTER.sub("", text))) is not None and BARE_UNIT.fullmatch(relative["name"])
    ):
        # A unit's name over no day but a relative stamp (`某某县融媒体中心 昨天 22:10 浏览量 4326`): the source.
        return _Fields(["source"], {"source": relative["name"]}, [])
    if fields is None and ("|" in text or "｜" in text) and DATE_RE.search(text):
        # A community page's bar, its cells split by bars with counters and badges among them
        # (`某某 LV.6 | 发表于 2017-10-15 22:36 | 浏览 8,912 | 顶 56`, `发布时间:… | 更新时间:07-15 | 来源:…`):
        # read without them.
        cells = [USER_LEVEL.sub("", c) for c in BAR_SPLIT.split(text.strip())]
        # (a day with its verb after it, `2020-08-05 上传`: the day)
        cells = [c.rstrip()[: -2].rstrip() if c.rstrip().endswith(("上传", "发布", "发表")) and _DATE_VERB_TAIL.fullmatch(c) else c for c in cells]
        kept = [c for c in cells if c and not BAR_COUNTER_CELL.fullmatch(c)]
        if len(kept) == 1 and kept != cells and _DATE_TAIL.fullmatch(kept[0]) and (day := parse_date(kept[0])) is not None:
            fields = _Fields(["date"], {"date": day}, [])  # (the day alone among a video's counters)
        elif kept and kept != cells:
            fields = parse_fields("  ".join(kept))
            if fields is not None and not ({"date"} & set(fields.values)):
                fields = None
    if fields is None and (channel := CHANNEL_BEFORE_DATE.match(text)) is not None:
        # A portal's channel before the day, the outlet after it (`某某教育 2012年06月08日10:34 某某报`),
        # when the line reads as no account's stamp with it (`某某新闻 2022-07-30 16:48 阅读 1.5万`).
        fields = parse_fields(text[channel.end() :])
    if fields is None and "于" in text and ("|" in text or "｜" in text) and (labelled := POSTED_AT_CELL.sub("发布时间:", text)) != text:
        # (a self-media bar, its cells split by bars, read no other way: `某某融媒 | 发布于 2026-05-06 20:18 | 浙江`)
        fields = _info_fields(labelled)
    if fields is not None and (src := fields.values.get("source")) is not None and src.startswith(("发布于", "发表于")) and len(src) > 5:
        # (the app it was posted on: `… · 发布于某某新闻客户端 · 阅读 2.9万`; a stated 来源 outranks it, as a publisher's)
        app = src[3:].strip()
        fields = _Fields(fields.kinds, {**fields.values, "source": app}, fields.credits, app)
    return fields


# A browser's printed header of another kind: the page's <title>, its address after a gap (`某某 - 某某网    about:reader?url=…`).
PRINT_ADDRESS_HEADER = deferred(
    r"^[^\n。:：]{2,60}?[ \t]*[-_|–—｜][ \t]*(?:[^\n。:：]{2,30}?[ \t\u3000]+about:reader\?url="
    r"|[^\n。:：]{0,28}?(?:网|网站|官网|门户|医院|政府|委员会|中心|平台)[ \t\u3000]+https?://)\S+[ \t]*$"
)
# A bar's cell giving the posting time after its verb (`| 发布于 2026-05-06 20:18 |`): the date's label.
POSTED_AT_CELL = deferred(r"(?<![^\s|｜])(?:发布|发表)于[ \t]*[:：]?[ \t]*(?=(?:19|20)\d\d[-/.年])")
# A picture's placeholder before a byline (`[作者头像]`, `【头像】`).
AVATAR_LEAD = deferred(r"^\s*[\[【]\s*(?:作者|用户|记者|博主)?\s*(?:头像|头像图片|avatar|Avatar)\s*[\]】]\s*")
# An outlet's reporter set after another field's value, a space before it (`… 某某日报全媒体记者 某某`).
OUTLET_ROLE_AFTER = deferred(
    r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])[ \t\u3000]+[\u3400-\u4dbf\u4e00-\u9fff]{2,10}?(?P<role>全媒体记者|融媒体记者|融媒记者|首席记者|特约记者|见习记者|记者|通讯员)(?=[ \t\u3000]+[\u3400-\u4dbf\u4e00-\u9fff])"
)
# An author field whose name is followed by the writer's workplace and post, after a comma.
AUTHOR_WITH_POST = deferred(
    r"^(?P<field>\s*(?:本文)?作者\s*[:：]\s*[\u4e00-\u9fff]{2,4})[ \t]*[,，][ \t]*[^,，。；;\n]{2,30}"
    r"(?:医师|教授|护士长|护师|药师|研究员|主任|博士|讲师|营养师|治疗师)\s*$"
)
# A bar's cells, and those of them that are counters, a yearless update stamp or empty.
BAR_SPLIT = deferred(r"[ \t]*[|｜][ \t]*")
BAR_COUNTER_CELL = deferred(
    r"(?:收藏|顶|踩|赞|点赞|浏览|阅读|评论|回复|分享|喜欢|关注|粉丝|人气|播放量|播放|视频时长|时长)[ \t]*[:：]?[ \t]*[\d,.:]+[ \t]*万?[ \t]*次?"
    r"|(?:更新时间|更新于|修改时间|更新)[ \t]*[:：]?[ \t]*\d{1,2}-\d{1,2}(?:[ \t]+\d{1,2}:\d{2})?"
)
# A community's level badge after a user's name (`某某 LV.6`).
USER_LEVEL = deferred(r"[ \t]+(?:LV|Lv|lv)\.?[ \t]*\d{1,2}\b")
# A label padded to a form's width, its characters spaced out (`文    号：`, `标　　题：`, `索 引 号：`).
SPACED_LABEL = deferred(
    r"(?<![\u3400-\u4dbf\u4e00-\u9fff0-9A-Za-z])((?:[\u4e00-\u9fff][ \t\u3000]+){1,3}[\u4e00-\u9fff])(?=[ \t\u3000]*[:：])"
)
MIDDLE_DOTS = deferred(r"[ \t\u3000]*[·•][ \t\u3000]*")
# A roundup item's heading: the institution, a colon or a bar, its news (`某某县人民医院：成功开展…`).
ITEM_HEADING = deferred(
    r"^\s*[\u3400-\u4dbf\u4e00-\u9fff（）()]{2,24}(?:医院|卫生院|保健院|保健所|中心|卫生室|服务站|分院|院区)[ \t]*[:：|｜丨][ \t]*\S"
)
# An outlet's reporter or correspondent, the name after it (`某某日报记者`, `某某台通讯员`): a role, no name.
OUTLET_ROLE = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,10}(?:记者|通讯员|特约记者|见习记者|实习生)")
# A field of an encyclopedia entry's or a drug leaflet's box under its name (别名:…, 就诊科室:…, 批准文号:…):
# the entry's content, and never its title.
INFOBOX_FIELD = deferred(
    r"^\s*(?:别名|别称|又称|俗称|英文名称?|拉丁名|就诊科室|所属科室|挂号科室|常见症状|典型症状|多发人群|好发人群|易感人群"
    r"|传染性|传播途径|治疗周期|治疗费用|治愈率|发病部位|医保疾病|并发症|通用名称?|商品名称?|汉语拼音|成份|规格|批准文号|生产企业)\s*[:：]\s*\S"
    # (a profile's fields in brackets, padded to one width: 【姓　　名】某某, 【职　　称】主任医师)
    # (padded: a headline's tag, 【讲座预告】…, is never spaced out)
    r"|^\s*【[\u4e00-\u9fff]{1,2}[ \u3000]{1,4}[\u4e00-\u9fff]{1,3}】\s*\S"
)
# The heading of an encyclopedia entry's or a leaflet's part, alone on its line (概述, 病因, 用法用量).
ENTRY_SECTION = deferred(
    r"^\s*(?:概述|简介|疾病概述|病因|症状|临床表现|诊断|检查|鉴别诊断|治疗|预防|饮食|饮食保健|护理|预后|并发症"
    r"|药品名称|成份|性状|适应症|用法用量|不良反应|禁忌|注意事项|药物相互作用|贮藏)\s*$"
)
# The shortest headline over its subtitle (`_stacked_headline`): a shorter line over a headline is a column's name.
STACKED_HEADLINE_MIN_CHARS = 8
STACKED_COLUMN_END = deferred(r"(?:动态|新闻|要闻|资讯|快讯|简讯|周刊|专栏|专刊|园地|视点|聚焦|之窗|天地|讲堂|课堂|在线|播报|速递|一线|前沿|时评|观察|健康|医讯|科普)$")
# …each of its words at least this long (a menu's words are short), and none of a header's words or marks.
STACKED_WORD_MIN_CHARS = 4
# Who speaks in a headline's deck, before its colon (专家提醒：, 某某医院专家提醒：).
DECK_SPEAKER = deferred(r"^[\u3400-\u4dbf\u4e00-\u9fff]{2,16}[:：](?=\S)")
STACK_NOT_HEADLINE = deferred(r"[:：|｜/>»]|网[-–—－]|登录|登入|注册|註冊|搜索|下载|客户端|热门|熱門|关键|關鍵|数字报|电子报|手机版|订阅|訂閱|分类|首页|频道")
# A CMS's login name in a byline field (`作者:admin`, `作者:jzwjw`): lower-case letters and digits, no person's name.
LOGIN_NAME = deferred(r"[a-z][a-z0-9_.\-]{1,19}")
# A site's own login, no writer (admin, editor, webmaster).
SITE_LOGIN = deferred(r"(?i)(?:admin|administrator|root|editor|webmaster|system|manager|guest|test|user)[0-9_]*")
# Where a post was sent from, as the platform prints it (`发表于四川`, `IP属地:浙江`).
POSTED_REGION = deferred(r"(?:发表于|发布于|IP属地[:：]?)[\u3400-\u4dbf\u4e00-\u9fff]{2,8}")


def _abbreviates(short: str, full: str) -> bool:
    """Whether `short` is a shortened form of `full`: longer than two characters, each of them in
    `full` in the same order, some skipped between (某城口腔 of 某城市口腔医院)."""
    if len(short) < 3 or len(short) >= len(full) or short in full:
        return False  # (a name the full one holds whole is no shortening: 某某 of 某某医生工作室)
    at = 0
    for ch in short:
        at = full.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


def _wechat_fields(text: str) -> _Fields | None:
    """The fields of a WeChat account line, or None if `text` is not one."""
    if "来自" in text and (via := POSTED_VIA.match(text)) is not None and (
        when := parse_date(("20" if via["short"] else "") + via["lead"])
    ) is not None:
        return _Fields(["date"], {"date": when}, [])  # (a microblog's stamp: `26-3-22 14:05 · 来自 …`)
    if "原创" not in text and "以下文章" not in text and _YEAR.search(text) is None:
        return None  # (each form has a year, 原创 or the repost card's words: most lines have none)
    if "·" in text or "•" in text:
        # The same line with dots between its parts (`原创 · 某某手记 · 2024-02-27 10:35 · 发布于河南`).
        text = MIDDLE_DOTS.sub(" ", text).replace("发布于", "发表于")
    if text.lstrip().startswith(("原创:", "原创：")):
        text = "原创 " + text.lstrip()[3:].lstrip()  # (the 2018 template's colon: `原创: 某某 某某发布 2018-05-18`)
    if (roled := ROLES_IN_STAMP.match(text)) is not None and (
        (byline := parse_fields(roled["byline"].strip())) is not None and set(byline.kinds) == {"author"}
    ):
        # The writers with their roles before the account (`原创 记者 某某 实习生 某某 某某晚报 2026年…`).
        stamp = _wechat_fields(f"原创 {roled['rest']}")
        if stamp is not None and "date" in stamp.values:
            kinds = [k for k in stamp.kinds if k != "author"] + ["author"]
            return _Fields(kinds, stamp.values, byline.credits)
    if (dated := DATE_FIRST_ACCOUNT.match(text)) is not None and (when := parse_date(dated["date"])) is not None:
        # The old template's line: the day, then who wrote it and the account (`原创 2016-03-18
        # 宣传科 某某某 某某医院 某某医院`, the account said twice, the writer's unit before the name).
        names = dated["names"].split()
        twice = len(names) > 1 and names[-1] == names[-2]
        if twice:
            names.pop()
        account = names.pop()
        # (the account said twice is an account, whatever its name: 2016-08-12 某某 平安某某 平安某某)
        if SOURCE_NAME.search(account) or dated["mark"] or twice:
            credits = [("原创", n) for n in names if 2 <= len(n) <= 4 and (n[0] in SURNAMES or n.startswith(COMPOUND_SURNAMES)) and is_author_name(n)]
            return _Fields(["source", "date"] + (["author"] if credits else []), {"source": account, "date": when}, credits)
    m = WECHAT_LINE.match(text)
    if not m:
        if (posted := POSTED_FROM.match(text)) is not None and (when := parse_date(posted["lead"])) is not None:
            return _Fields(["date"], {"date": when}, [])
        if (when := _channel_stamp(text)) is not None:
            return _Fields(["date"], {"date": when}, [])
        if (shown := ACCOUNT_LINE.match(text)) is not None and (when := parse_date(shown["lead"])) is not None:
            names = [n for n in shown["names"].split() if n != "原创"]  # (`原创` marks the post, names no one)
            if not names:
                return _Fields(["date"], {"date": when}, [])
            if len(set(names)) == 1 or SOURCE_NAME.search(names[-1]):
                # (a person's name before the account is the writer's: `某某某 某某健康 2024年…`)
                credits = [("原创", n) for n in names[:-1] if n != names[-1] and 2 <= len(n) <= 4 and is_author_name(n)
                           and (n[0] in SURNAMES or n.startswith(COMPOUND_SURNAMES))]
                return _Fields(["source", "date"] + (["author"] if credits else []), {"source": names[-1], "date": when}, credits)
        if (twice := ACCOUNT_TIME.match(text)) is not None and twice["acc"] and (when := parse_date(text)) is not None:
            # The account said twice and the day alone (某某医院 某某医院 2020-05-27): its stamp.
            return _Fields(["source", "date"], {"source": twice["acc"], "date": when}, [])
        if (card := REPOST_CARD.match(text)) is not None:
            author = card["author"]
            # (the account named as its own writer, `来源于某某疾控,作者某某疾控`: no person wrote it)
            credits = [("作者", author)] if author and author != card["account"] and is_author_name(author) else []
            return _Fields(["source"] + (["author"] if credits else []), {"source": card["account"]}, credits)
        if (barred := WECHAT_BARRED.match(text)) is not None:
            text = f"原创{barred['names']} {barred['account']}"
        if (bare := WECHAT_BARE.match(text)) is not None:
            names = bare["names"].split()
            if not names:
                return _Fields(["source"], {}, [])  # `原创` alone: the account's name is on the lines under it
            if len(names) > 1 and RELATIVE_TIME.fullmatch(names[-1]):
                names.pop()  # when, as the page said it the day it was saved (前天, 3小时前)
            if len(names) > 1 and (REGION_ALONE.fullmatch(names[-1]) or POSTED_REGION.fullmatch(names[-1])):
                names.pop()  # where it was posted from, the time left empty (原创 某某 浙江, … 发表于浙江)
            account = names[-1]
            credits = [("原创", n) for n in names[:-1] if n != account and 2 <= len(n) <= 4 and is_author_name(n)
                       and (n[0] in SURNAMES or n.startswith(COMPOUND_SURNAMES))]
            return _Fields(["source"] + (["author"] if credits else []), {"source": account}, credits)
        return None
    iso = parse_date(m["date"])
    if iso is None:
        return None
    # (the author's slot holding the account's own name again, `原创 某某健康 某某健康 …`, names no writer)
    # (…or its short name, `原创 某城口腔 某城市口腔医院 …`: every character of it in the full name, in order)
    credits = [("原创", m["author"])] if m["author"] and m["author"] != m["account"] and not _abbreviates(m["author"], m["account"]) else []
    kinds = ["date", "source"] + (["author"] if credits else [])
    return _Fields(kinds, {"date": iso, "source": m["account"]}, credits)


# What a player shows before its clip loads (视频加载中,请稍候...): no body line.
# An avatar's alt text over the writer's card (作者头像).
AVATAR_ALT = deferred(r"^\s*(?:作者|用户|博主|发布者|楼主|医生)头像\s*$")
PLAYER_PLACEHOLDER = deferred(
    r"^\s*(?:(?:视频|音频|图片|内容|页面)?(?:正在)?加载(?:中|失败)|(?:您的|你的|当前)?浏览器(?:暂)?不支持)|" + AVATAR_ALT.pattern
)
# The mark of an original post between a stamp's dots (`… · 原创 · …`): read past.
ORIGINAL_MARK_BETWEEN = deferred(r"[ \t\u3000]*[·•|｜][ \t\u3000]*原创(?=[ \t\u3000]*[·•|｜])")
# A channel's follow prompt without the account's name (点击上方蓝字 关注我们).
FOLLOW_PLAIN = deferred(r"^\W{0,4}(?:点击|点)(?:上方|上面|下方|标题下方?)?[ \t]*(?:蓝字|蓝色字体?|蓝色文字)[ \t]*[，,]?[ \t]*(?:关注|订阅)(?:我们|本号)?\W{0,4}$")
# A saved post's QR widget: its prompt and what the scan does (微信扫一扫 / 关注该公众号).
QR_WIDGET = deferred(r"(?:微信)?扫一扫(?:可)?(?:关注|使用小程序)?")
FOLLOW_WIDGET = deferred(r"关注该公众号|使用小程序|使用完整服务")


# A web clipper's YAML front matter opening the text (`---` … `---`, at most FRONT_MATTER_LINES lines).
FRONT_MATTER = deferred(r"\A---[ \t]*\n(?P<body>(?:[^\n]*\n){1,40}?)---[ \t]*(?:\n|\Z)")
# How far under the head a thread's first stamp is looked for (a poster's panel runs a dozen lines).
FORUM_STAMP_REACH = 40
# A thread's stamp: posted at, its floor's mark, the poster's client (发表于 …, 楼主 · …, 提交日期:…).
FORUM_STAMP = deferred(
    r"^\s*(?:\d{1,4}\s*)?(?:楼主|沙发|1楼|1#|#1)?\s*[·•|]?\s*(?:发表于|发表时间|发帖时间|提交日期)\s*[:：]?\s*(?P<when>(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)"
    r"|^\s*楼主\s*[·•|]\s*(?P<app>(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)"
)


def _first_post_stamp(lines: list[_Line]) -> str | None:
    """The date of the first thread stamp among `lines`, or None."""
    for ln in lines:
        t = ln.text
        if ("发表" in t or "楼主" in t or "提交日期" in t or "发帖" in t) and (m := FORUM_STAMP.match(t)) is not None:
            return parse_date(m["when"] or m["app"])
    return None


# A ticker's teaser at the top of a page: a notice cut short with its ellipsis, behind a label or not
# (`【公告】为丰富校园文化生活,…定于…举行运动会……`).
TICKER_CUT = deferred(
    r"^\s*(?:[【\[]\s*[\u4e00-\u9fff]{2,4}\s*[】\]]\s*|[\u4e00-\u9fff]{2,4}\s*[:：]\s*)?"
    r"(?P<text>\S.{11,}?)\s*(?:…{1,2}|\.{3,6}|。{3})\s*$"
)
TICKER_ECHO_CHARS = 16


def _ticker_echo(lines: list[_Line], k: int) -> bool:
    """A ticker's teaser: cut short with an ellipsis, and the article below opens with its words."""
    if (m := TICKER_CUT.match(lines[k].text)) is None:
        return False
    opening = m["text"][:TICKER_ECHO_CHARS]
    return any(lines[j].text.lstrip().startswith(opening) for j in range(k + 1, min(len(lines), k + HEAD_SCAN_LINES)))


# A sidebar's box over the article: its heading (科室简介, 医院概况), a paragraph, its link (查看详情>>).
PROFILE_BOX_HEADING = deferred(r"^\s*[【\[]?\s*[\u3400-\u4dbf\u4e00-\u9fff]{0,6}(?:简介|概况|介绍)\s*[】\]]?\s*$")
MORE_DETAILS = deferred(r"^\s*[\[【(（]?\s*(?:查看详情|查看更多|详细信息|详细|更多|了解更多|阅读全文)\s*(?:>>|》》|>|»|→)?\s*[\]】)）]?\s*$")


def _sidebar_profile(lines: list[_Line], k: int) -> bool:
    """Line k is the paragraph of a sidebar's profile box: under the box's heading, over its link."""
    return (
        0 < k < len(lines) - 1 and PROFILE_BOX_HEADING.match(lines[k - 1].text) is not None
        and MORE_DETAILS.match(lines[k + 1].text) is not None
    )


# A finance page's strip of quotes over the article (上证指数 2827.28 +0.22% 深证成指 …).
QUOTES_STRIP = deferred(r"^\s*(?:[\u3400-\u4dbf\u4e00-\u9fffA-Za-z]{2,8}[ \t\u3000]*[:：]?[ \t\u3000]*\d[\d,]*\.\d{1,3}[ \t\u3000]+[+-]?\d{1,3}(?:\.\d{1,3})?%[ \t\u3000|]*){1,8}$")
HEADER_COPY_REACH = 24
HEADER_COPY_CHARS = 20


def _header_copy(lines: list[_Line], k: int) -> bool:
    """A page header's copy of the article's headline and summary, over the site's menu: line k is
    the summary when the line above it stands again further down (the article's own headline) and
    the article's summary or first paragraph below opens with its words."""
    if k == 0 or not (above := lines[k - 1].text.strip()) or not looks_like_title(above):
        return False
    opening = lines[k].text.strip()[:HEADER_COPY_CHARS]
    end = min(len(lines), k + HEADER_COPY_REACH)
    again = next((j for j in range(k + 1, end) if lines[j].text.strip() == above), None)
    return again is not None and any(
        opening in lines[m].text[: len(opening) + 8] for m in range(again + 1, min(len(lines), again + HEAD_MAX_LINES))
    )


# How far under its dated bar a summary's echo (the body's first paragraph) may stand.
ECHOED_LEAD_LINES = 6
SUMMARY_BAR_LINES = 4
ECHOED_LEAD_MIN_CHARS = 20


def _echoed_lead(text: str, line: _Line) -> bool:
    """A paragraph printed again, whole on its line, lower on the page (a summary over the body)."""
    body = line.text.strip()
    # (a headline printed again lower down is the title still: a summary reads as prose)
    return (
        len(body) >= ECHOED_LEAD_MIN_CHARS and not looks_like_title(body)
        and (text.find(f"\n{body}\n", line.end) >= 0 or text.endswith(f"\n{body}"))
    )


def _summary_over_bar(lines: list[_Line], k: int) -> bool:
    """An unlabelled summary between the headline and the dated bar or the byline (an account's
    card between), printed again as the body's first paragraph under them."""
    bar = next((
        j for j in range(k + 1, min(len(lines), k + 1 + SUMMARY_BAR_LINES))
        if (f := _info_fields(lines[j].text)) is not None and ("date" in f.kinds or "author" in f.kinds)
    ), None)
    if bar is None or any(
        not (len(t := lines[j].text.strip()) <= ACCOUNT_ALONE_MAX_CHARS and not CLAUSE_MARKS.search(t)) and not CARD_LINE.search(t)
        for j in range(k + 1, bar)
    ):
        return False  # (only an account's card may stand between: its name, its blurb; a heading is the body's)
    # (labelled or not: `【导读】…` over the bar, the same paragraph without the label under it;
    # unlabelled, under a headline, no paragraph above it)
    text = LEAD_LABEL.sub("", lines[k].text, count=1).strip()
    above = range(max(0, k - SUMMARY_BAR_LINES), k)
    if any(_is_body(lines[j].text) for j in above) or (
        text == lines[k].text.strip() and not any(looks_like_title(lines[j].text) for j in above)
    ):
        return False
    # (the first paragraph under the bar, past its buttons and credits, is the summary again)
    first = next((j for j in range(bar + 1, min(len(lines), bar + 1 + ECHOED_LEAD_LINES)) if _is_body(lines[j].text)), None)
    if first is None or any(looks_like_title(lines[j].text) and _info_fields(lines[j].text) is None for j in range(bar + 1, first)):
        return False  # (a heading between: the body's own, under its first paragraph)
    return len(text) >= ECHOED_LEAD_MIN_CHARS and lines[first].text.strip() == text


# An account's card in an export's or an archive's header: its fields (名称:, ID:, 简介:, 功能介绍:),
# or its blurb (某某医院官方公众号,发布医院动态…).
ACCOUNT_BLURB = deferred(
    r"^\s*(?:名称|ID|微信号|简介|功能介绍|认证|账号主体)\s*[:：]|^\s*(?:微信号|功能介绍)[ \t\u3000]+\S|官方(?:微信)?(?:公众号|服务号|订阅号|账号|视频号)?[,，]"
)
# A site's slogan or greeting framed by stars on both sides (★ 热烈祝贺我县…! ★): a banner, no paragraph.
STAR_FRAMES = "★☆◆◇●○■□"
STAR_FRAMED = deferred(r"^\s*([★☆◆◇●○■□])\s*[^\n]{4,60}?\s*\1\s*$")


def _body_start(lines: list[_Line], start: int) -> int | None:
    """The first body line at or after `start` near the top: prose that is not an info line or a site's greeting."""
    return next(
        (
            k for k in range(start, min(len(lines), HEAD_SCAN_LINES))
            if _is_body(lines[k].text) and _info_fields(lines[k].text) is None
            and not (("欢迎" in lines[k].text or "今天是" in lines[k].text) and SITE_GREETING.search(lines[k].text))
            and not (
                ("公告" in lines[k].text or "通知" in lines[k].text or "浏览器" in lines[k].text or "原站" in lines[k].text or "像" in lines[k].text
                 or "ookie" in lines[k].text or "同意《" in lines[k].text) and SITE_NOTICE.search(lines[k].text)
            )
            and PLAYER_PLACEHOLDER.match(lines[k].text) is None
            and not (lines[k].text.lstrip()[:1] in "【[" and EXPORT_FIELD.match(lines[k].text))  # (an export's header)
            and not (lines[k].text.lstrip()[:1] in "·•●◆■▪▸►▶" and _in_story_list(lines, k))  # (a paper's list of its stories)
            # (a cached copy's, a feed reader's or an archive's note over the page: `原网页可能已被删除或修改，…`)
            and not _capture_notice(lines[k].text)
            # (a browser's printed header: the page's <title>, then its address after a gap)
            and not (("://" in lines[k].text or "about:" in lines[k].text) and PRINT_ADDRESS_HEADER.match(lines[k].text))
            and not (("|" in lines[k].text or "｜" in lines[k].text) and _barred_menu(lines[k].text))
            and not (len(lines[k].text) <= CARD_MAX_CHARS and ACCOUNT_BLURB.search(lines[k].text))
            # (…or unlabelled, over the account's follow button: `三级甲等中医医院，提供…服务。` / `关注`)
            and not (len(lines[k].text) <= CARD_MAX_CHARS and k + 1 < len(lines) and FOLLOW_BUTTON.match(lines[k + 1].text))
            and not (lines[k].text.lstrip()[:1] in STAR_FRAMES and STAR_FRAMED.match(lines[k].text))
            and not _ticker_echo(lines, k)
            and not _header_copy(lines, k)
            and not _sidebar_profile(lines, k)
            and not (("搜" in lines[k].text or "查找" in lines[k].text) and SEARCH_BOX.match(lines[k].text))
            and not ("%" in lines[k].text and QUOTES_STRIP.match(lines[k].text))
            # (a record table's value under its label, a cell a line: `关 键 词:` / `交通;施工`)
            and not (
                k > 0 and (row := RECORD_LABEL_ALONE.match(lines[k - 1].text)) is not None
                and _record_value(row["label"], lines[k].text.strip())
            )
            # (a board's breadcrumb ending in the thread's subject: `某某论坛 » 论坛 › 某某会 › 【作业】…`)
            and not ((("»" in lines[k].text) or ("›" in lines[k].text)) and CRUMB_TRAIL.search(lines[k].text) is not None)
            # (…or a portal's, `当前位置:某某网首页 > 健康频道 > …` ending in the headline)
            and not ((">" in lines[k].text or "＞" in lines[k].text) and GT_CRUMB.match(lines[k].text) is not None)
            and not _lead_above_head(lines, k)
            and not (k == 0 and _page_title_line(lines[0].text))
            # (a summary between the headline and the info bar: `摘要:…` over `发布日期:… 信息来源:…`)
            and not (
                SUMMARY_LEAD.match(lines[k].text) is not None and k + 1 < len(lines)
                and (bar := _info_fields(lines[k + 1].text)) is not None and "date" in bar.kinds
            )
            # (an unlabelled summary between the headline and the dated bar, printed again as the
            # body's first paragraph under it)
            and not _summary_over_bar(lines, k)
            # (a site's notice over its menus or its breadcrumb: `温馨提示:…谨防上当受骗!`)
            and not _notice_over_headline(lines, k)
            # (…or over its dashed subtitle: `心肺复苏怎么学？证书有什么用？` / `——写在…之际`)
            and not (
                k + 1 < len(lines) and len(lines[k].text) <= TITLE_MAX_CHARS and lines[k + 1].text.lstrip().startswith(("——", "--"))
                and looks_like_title(lines[k].text)
            )
            # (a headline that asks or cries, right over its dated bar: `…要注意什么?这几类人最好少吃` / `作者:… 更新时间:…`)
            and not (
                k + 1 < len(lines) and len(lines[k].text) <= TITLE_MAX_CHARS and looks_like_title(lines[k].text)
                and (bar := _info_fields(lines[k + 1].text)) is not None and ("date" in bar.kinds or "updated" in bar.kinds)
            )
        ),
        None,
    )


def _in_story_list(lines: list[_Line], k: int) -> bool:
    """Whether line k is one of a paper's page's listed stories: a bulleted headline under the list's
    label (`本版标题` / `· 某某…` / `· 某某…`), other listed headlines between them."""
    j = k
    while j >= 0 and HEADLINE_BULLET.match(lines[j].text):
        j -= 1
    return j >= 0 and PAGE_HEADLINES_LABEL.fullmatch(lines[j].text.strip()) is not None


def _notice_over_headline(lines: list[_Line], k: int) -> bool:
    """Whether the prose at line k stands over the site's menu or breadcrumb, short lines (the site's
    name, today's weather) between, before any headline with its dated bar: a site's notice over the
    page (`温馨提示:…谨防上当受骗!`), not its body. (A summary over the headline, `导读:…`, is the article's.)"""
    if SUMMARY_LEAD.match(lines[k].text):
        return False
    for m in range(k + 1, min(len(lines) - 1, k + 1 + NOTICE_HEAD_REACH)):
        text = lines[m].text
        if (
            (("|" in text or "｜" in text) and _barred_menu(text))
            # (five items or more split by spaces, the front page among them: a table's header, `姓名 性别
            # 出生年月 …`, or a byline, `记者 某某 通讯员 某某`, is no menu)
            or (
                MENU_SPACED.match(text.strip()) and len(text.split()) >= NOTICE_MENU_ITEMS and not BYLINE_ROLES.search(text)
                and FRONT_PAGE_ITEM.search(text) is not None
            )
            or (("位置" in text or ">" in text or "＞" in text) and (GT_CRUMB.match(text) or STEP_CRUMB.fullmatch(text.strip())))
            or ("/" in text and SLASH_MENU.fullmatch(text.strip()))
        ):
            # (no article's paragraph stands over the site's menu or its breadcrumb; under the page's
            # dated bar the prose is the article's, whatever follows it: a table's header)
            return not any(
                (bar := _info_fields(lines[j].text)) is not None and ("date" in bar.kinds or "updated" in bar.kinds)
                for j in range(max(0, k - NOTICE_HEAD_REACH), k)
            )
        if _is_body(text) or (
            looks_like_title(text) and (bar := _info_fields(lines[m + 1].text)) is not None and ("date" in bar.kinds or "updated" in bar.kinds)
        ):
            return False
    return False


# How far under a site's notice the page's headline may stand (menus and a breadcrumb between).
NOTICE_HEAD_REACH = 8
NOTICE_MENU_ITEMS = 5
FRONT_PAGE_ITEM = deferred(r"(?:^|\s)(?:网站)?(?:首页|首頁|主页|主頁)(?:\s|$)")
# A menu split by slashes (首页 / 医院概况 / 新闻中心 / …).
SLASH_MENU = deferred(r"[^/。，,\n]{1,10}(?:\s+/\s+[^/。，,\n]{1,10}){3,}")
# A cell of an info bar split a cell a line: a counter's or a field's label alone, or a bare count.
SPLIT_BAR_CELL = deferred(
    r"(?:点击|点击数|点击量|浏览|浏览次数|浏览量|阅读|阅读次数|阅读量|访问量|访问次数|人气|评论)\s*[:：]?"
    r"|[\[【(（]?\s*\d[\d,]{0,9}\s*[\]】)）]?\s*次?"
)
# A column's or a programme's guest, host or speaker, labelled (本期嘉宾:…, 主讲人:…): the page's text.
# (not an interview's host, nor its list of guests with their posts under it: those are no column's)
GUEST_FIELD = deferred(r"^\s*(?:本期|特邀)?(?:嘉宾|主讲人|主讲嘉宾|主讲专家|坐诊专家)\s*[:：]\s*\S")
# A character's reading in brackets after it, as traditional-script mirrors print them (心內(nèi)科,
# 來(lái)源): read past in fields and bylines; the text keeps them.
PINYIN_GLOSS = deferred(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)")
# An e-paper's pager at the end of its date line (上一期 下一期, 上一版 下一版).
EDITION_PAGER_TAIL = deferred(r"(?:[ \t\u3000|]+(?:上一期|下一期|上一版|下一版|往期回顾|返回目录))+[ \t\u3000|]*$")
COPY_LINK_TAIL = deferred(r"[ \t]*\[[ \t]*(?:复制链接|复制本帖链接|打印)[ \t]*\][ \t]*$")
# A part's label under the info bar (`网友反映`): a few words, no mark; the headline over the bar is
# the title.
PART_LABEL = deferred(r"[\u4e00-\u9fff]{2,6}")
# A breadcrumb of `>` steps, labelled as the page's place or two steps at least before the rest.
# How a breadcrumb labels itself as the page's place.
_CRUMB_LABELS = "当前位置|您的位置|您现在的位置|您当前的位置|现在的位置|所在位置|当前页面"
GT_CRUMB = deferred(
    rf"^[ \t]*(?:(?:{_CRUMB_LABELS})[ \t]*[:：]?"
    r"|[^>＞\n]{1,20}[ \t]*(?:>>?|＞)[ \t]*[^>＞\n]{1,20}[ \t]*(?:>>?|＞))"
)
# Two steps of a breadcrumb or more (» 论坛 › 某某会 › …).
CRUMB_TRAIL = deferred(r"(?:[ \t]*[»›][ \t]*[^»›\n]{1,40}){2,}")
# A story's own dateline opening the first paragraph under a paper's headline (本报讯, 某某晚报讯).
STORY_DATELINE = deferred(r"[ \t\u3000]*(?:本报讯|本刊讯|本网讯|[\u3400-\u4dbf\u4e00-\u9fff]{2,8}(?:报|网|台)讯)")
THREE_DECK_MIN_CHARS = 6
# A deck's own label before it, as an e-paper's text gives it ([引题]…, 【副题】…).
DECK_LABEL = deferred(r"^(?:[\[【][ \t]*(?P<kind>引题|副题|主题|肩题|眉题)[ \t]*[\]】]|(?P<said>引题|副题|主题|肩题|眉题)[ \t]*[:：])[ \t]*")
# A digest item's institution after its bullet, alone on its line (■某某市第一人民医院).
BULLET_NAME = deferred(r"^\s*[■●◆▲★□◇►▶◎]\s*[\u3400-\u4dbf\u4e00-\u9fff]{2,20}(?:医院|卫生院|保健院|保健站|中心|卫健委|卫生健康局|疾控中心|研究所)\s*$")
# A page's summary of the article, labelled (摘要:, 内容提要:, 核心提示:).
# (…labelled with the piece's kind too: 游记摘要:, 文章导读:)
SUMMARY_LEAD = deferred(r"^\s*[【\[]?\s*(?:[\u4e00-\u9fff]{0,4}(?:摘\s*要|提\s*要|导\s*读|导\s*语)|核心提示)\s*[】\]]?\s*[:：]")


def _tidy_title(doc: Document) -> None:
    """What a page's reader or a head line left around the headline: the site's part of a <title>
    line, a day in brackets before it (`[ 2007-04-15 ] 某某`, the day read if none was), a paper's
    name before a reposted story (`【某某日报】…`, the source if none was) and a repost's mark (`[转载]`)."""
    title = doc.title or ""
    if (headline := _page_title_headline(title)) is not None:
        title = headline  # (the page's <title> line was the only headline)
    if (dated := BRACKET_DATE_LEAD.match(title)) is not None and dated.end() < len(title):
        doc.published = doc.published or parse_date(dated["when"])
        title = title[dated.end() :]
    if (outlet := OUTLET_TAG.match(title)) is not None and outlet.end() < len(title):
        doc.metadata.setdefault("source_name", outlet["outlet"])
        title = title[outlet.end() :]
    if (marked := REPOST_MARK.match(title)) is not None and marked.end() < len(title):
        title = title[marked.end() :]
    if title[:1] in "【[" and (media := MEDIA_MARK_LEAD.match(title)) is not None and media.end() < len(title):
        title = title[media.end() :]  # (…or before it: `[图文]…`, `【视频】…`; a column's tag, `【党建】…`, stays)
    if "问" in title[:6] and (asked := ASKER_LABEL.match(title)) is not None and asked.end() < len(title):
        title = title[asked.end() :]  # (a consultation's question under its label: `患者提问:…`)
    if title[:1] == "【" and (whole := BRACKETED_HEADLINE.match(title.strip())) is not None:
        title = whole["headline"].strip()
    if title[-1:] in ")）】]" and (media := MEDIA_MARK_END.search(title)) is not None and media.start() > 0:
        title = title[: media.start()]  # (a list's mark of the pictures or the clip with it: …（组图）, …【视频】)
    if title[-1:] in ")）" and (stated := SOURCE_AFTER_TITLE.search(title)) is not None and stated.start() > 0:
        # (the source in brackets after the headline: `…义诊活动（来源：某某日报）`)
        doc.metadata.setdefault("source_name", stated["source"].strip())
        title = title[: stated.start()].rstrip()
    doc.title = title


# A headline in brackets opening a post, its text after it on the same line (see `Metadata`).
# (the post's first paragraph: the first line this long, or the next one under a repost's comment)
POST_LEAD_MIN_CHARS = 40
POST_LEAD_LINES = 2
BRACKET_HEADLINE_LEAD = deferred(r"^\s*【(?P<headline>[^【】\n。]{8,50})】[ \t]*(?=\S)")
# A headline wholly in brackets, alone on its line (`【暑期就医十项便民举措来了】`).
BRACKETED_HEADLINE = deferred(r"^【(?P<headline>[^【】\n。]{8,60})】$")
# The same mark before the headline (`[图文]…`, `【视频】…`).
MEDIA_MARK_LEAD = deferred(rf"^\s*[【\[](?:{_MEDIA_MARKS})[】\]]\s*(?=\S)")
# A source stated in brackets after the headline (…（来源：某某日报）).
SOURCE_AFTER_TITLE = deferred(r"[ \t]*[（(][ \t]*(?:来源|來源|稿源|转自|轉自)[ \t]*[:：][ \t]*(?P<source>[^()（）\n]{2,20})[)）]$")
# The label a consultation page puts before its question (患者提问:, 网友提问:, 问题描述:).
ASKER_LABEL = deferred(r"^\s*(?:患者提问|网友提问|用户提问|提问|问题描述|患者问)\s*[:：]\s*")
# A headline's mark of what comes with it, after it: (图), （组图）, 【视频】, [多图].
MEDIA_MARK_END = deferred(rf"[ \t]*[（(【\[](?:{_MEDIA_MARKS})[）)】\]][ \t]*$")


def _counter_alone(text: str) -> bool:
    """A line that is only counters (`阅读(37)`, `评论(2)`, `浏览次数:368`)."""
    if len(text) > COUNTER_LINE_MAX_CHARS or not (_COUNTER_HINT.search(text) or "转载" in text or "点" in _fold_labels(text)):
        return False  # (点击数:…, 點閱數:… as Taiwan's pages count)
    if not SEPARATOR_RUN.sub(" ", COUNTER_TOKEN.sub("", text)).strip(" \t\u3000·•・|｜"):
        return True  # (`0人参与 0评论`, `跟贴 2345 条`)
    fields = parse_fields(text)
    return fields is not None and set(fields.kinds) == {"counter"}


def _page_title_line(text: str) -> bool:
    """Whether a first line is the page's <title> as a scraper saved it: parts between separators,
    the last a site's or a board's (`… - 某某论坛 - Powered by Discuz!`, `…_某某网`), no full stop."""
    if "。" in text or len(text) > PAGE_TITLE_MAX_CHARS:
        return False
    parts = [p.strip() for p in PAGE_TITLE_SEP.split(text.strip()) if p.strip()]
    return len(parts) >= 2 and (
        PAGE_TITLE_SITE.search(parts[-1]) is not None
        # (or the site first, the headline last: `某某驿站 - 签证经验交流 - headline`)
        or (PAGE_TITLE_SITE.search(parts[0]) is not None and len(parts[0]) <= 12 and len(parts[-1]) > len(parts[0]))
    )


# A content farm's <title>: the headline, then its column and the site, short, after underscores.
SEO_TITLE = deferred(r"(?P<headline>[^_]{10,80}?)[ \t]*_[ \t]*[^_\s]{2,8}[ \t]*_[ \t]*[^_\s]{2,8}")


# A site's name in Chinese and in English on its first line (`某某管理局 Some Authority`).
BILINGUAL_NAME = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,20}[ \t\u3000]+[A-Z][A-Za-z.,'’&-]*(?:[ \t]+[A-Za-z][A-Za-z.,'’&-]*){0,8}")
# A slogan's phrase after the site's name on its first line (`某某健康网 — 关注健康 关爱生命`).
SLOGAN_PHRASES = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,8}(?:[ \t\u3000，,、·]+[\u3400-\u4dbf\u4e00-\u9fff]{2,8}){1,3}")


def _site_and_slogan(text: str) -> bool:
    """Whether a page's first line is the site's name and its slogan after a dash or a bar, a phrase
    or two of a few characters each (`某某健康网 — 关注健康 关爱生命`): its banner, no headline."""
    parts = [p.strip() for p in PAGE_TITLE_SEP.split(text.strip()) if p.strip()]
    return len(parts) == 2 and SITE_NAME.fullmatch(parts[0]) is not None and SLOGAN_PHRASES.fullmatch(parts[1]) is not None


def _page_title_headline(text: str) -> str | None:
    """The headline part of a page's <title> line (`_page_title_line`; None for any other line):
    its first part, or its last when the site stands first."""
    text = text.strip()
    if "_" in text and (seo := SEO_TITLE.fullmatch(text)) is not None:
        return seo["headline"]  # (`headline_column_site`, the short parts of no telling name: 健康一点通)
    seps = list(PAGE_TITLE_SEP.finditer(text))
    if not seps or not _page_title_line(text):
        return None
    # Parts as (start, end) between the separators.
    bounds = [0, *(x for m in seps for x in (m.start(), m.end())), len(text)]
    parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]

    def framing(a: int, b: int) -> bool:  # a site's, a board's or a column's part
        part = text[a:b].strip()
        return not part or PAGE_TITLE_SITE.search(part) is not None or len(part) <= PAGE_TITLE_COLUMN_CHARS

    if PAGE_TITLE_SITE.search(text[parts[-1][0] : parts[-1][1]]) is not None:
        while len(parts) > 1 and framing(*parts[-1]):
            parts.pop()
    else:
        while len(parts) > 1 and framing(*parts[0]):
            parts.pop(0)
        if len(parts) >= 3 and all(framing(*p) for p in parts[1:]) and not framing(*parts[0]):
            # `headline_column_site` with a site of no telling name (…受益_医院动态_健康一点通): short
            # parts after a long one frame it
            parts = parts[:1]
    best = text[parts[0][0] : parts[-1][1]].strip()
    return best if len(best) >= TITLE_MIN_BARE_CHARS and best != text else None


CRUMB_LABEL = deferred(rf"^[ \t]*(?:{_CRUMB_LABELS})")
# A labelled breadcrumb with the headline glued after its last step, a space between (see `GT_CRUMB`).
CRUMB_GLUED_TITLE = deferred(
    rf"^[ \t]*(?:{_CRUMB_LABELS})[ \t]*[:：]?[ \t]*(?:[^>＞»\s]{{1,12}}[ \t]*(?:>>?|＞|»)[ \t]*)+"
    # (…or the headline as the crumb's last step, where the page prints it nowhere else)
    rf"(?:[^>＞»\s]{{1,12}}[ \t\u3000]+)?(?P<title>[^>＞»\s][^>＞»]{{9,80}})$"
)
# A breadcrumb of a step or more without the usual label (`新闻中心 > 医院新闻`, `位置：网站首页 » 新闻动态`).
STEP_CRUMB = deferred(
    r"(?:(?:位置|栏目)[ \t]*[:：][ \t]*)?[^\s>＞»›:：。，,]{2,10}(?:[ \t]*(?:>>?|＞|»|›)[ \t]*[^\s>＞»›:：。，,]{2,12}){1,4}"
)
CRUMB_HEADLINE_MIN_CHARS = 8


def _crumb_under_headline(head: list[_Line], k: int) -> bool:
    """Whether head line k is a breadcrumb under the page's headline: one that ends in the line
    above it, or a labelled one (当前位置:…) under a headline-like line of some length."""
    if k == 0:
        return False
    above = head[k - 1].text.strip()
    if not GT_CRUMB.match(head[k].text):
        # (a crumb of one step or of » steps, `新闻中心 > 医共体动态`, `位置:首页 » 新闻动态`, under a
        # headline of some length)
        return (
            STEP_CRUMB.fullmatch(head[k].text.strip()) is not None and len(above) >= CRUMB_HEADLINE_MIN_CHARS
            and looks_like_title(above)
        )
    return bool(above) and (
        head[k].text.rstrip().endswith(above)
        or (CRUMB_LABEL.match(head[k].text) is not None and len(above) >= CRUMB_HEADLINE_MIN_CHARS and looks_like_title(above))
    )


def _lead_above_head(lines: list[_Line], k: int) -> bool:
    """A summary (`导读:近日,…`) printed above the headline and its info bar: the head goes on
    below it (a summary under the info bar is the body's first paragraph)."""
    if not (lines[k].text.lstrip()[:1] in "导摘内核提编划【[(（" and LEAD_LABEL.match(lines[k].text)):
        if SUMMARY_LEAD.match(lines[k].text) is not None:
            # (…labelled with its kind, `游记摘要:`, `文章导读:`)
            return any(_info_fields(lines[j].text) is not None for j in range(k + 1, min(len(lines), k + 4)))
        # (…or unlabelled under a paper's box heading, `本版导读`, and printed again under the info
        # bar as the story's first paragraph)
        if not (k > 0 and lines[k - 1].text.strip() in GUIDE_BOX_HEADINGS):
            return False
        bars = [j for j in range(k + 2, min(len(lines), k + GUIDE_BAR_REACH)) if _info_fields(lines[j].text) is not None]
        copy = lines[k].text.strip()
        return bool(bars) and any(lines[j].text.strip() == copy for j in range(bars[0] + 1, min(len(lines), bars[0] + GUIDE_BAR_REACH)))
    return any(_info_fields(lines[j].text) is not None for j in range(k + 2, min(len(lines), k + 4)))


# A paper's box of its page's leads over the story (`本版导读`), and how far below it the bar and
# the lead's copy stand.
GUIDE_BOX_HEADINGS = frozenset({"本版导读", "本期导读", "本版提要", "导读", "内容提要", "本文导读", "【导读】", "[导读]"})
GUIDE_BAR_REACH = 8


KICKER_MAX_CHARS = 20
LABELLED_DECK = deferred(r"^[^:：，,\s]{2,6}[:：]")
KICKER_PHRASE_CHARS = 12
# A paper's page: its edition's labels (第A05版, 版面导航, 数字报, 电子版).
EPAPER_HINT = deferred(r"第\s*[A-Z]?\d{1,3}\s*版|版面|数字报|电子报|电子版|上一版|下一版")
# A row of a page's buttons (放大 缩小 默认, 上一版 下一版): no kicker.
CHROME_WORDS_ROW = deferred(r"^\s*(?:(?:放大|缩小|默认|上一版|下一版|上一期|下一期|打印|关闭|返回|收藏|分享)\s*)+$")


def _kicker_over(upper: str, lower: str) -> bool:
    """Whether `upper` reads as a paper's kicker (引题) over the headline `lower`: a short phrase or
    two, no column's or site's name, no list's item, no date, no page's buttons; the headline no
    unit's name and no labelled subtitle."""
    upper, lower = upper.strip(), lower.strip()
    return (
        STACKED_HEADLINE_MIN_CHARS <= len(upper) <= KICKER_MAX_CHARS and len(lower) >= STACKED_HEADLINE_MIN_CHARS
        # (a phrase, or two side by side: `跻身“国家队” 急性胸痛救治再提速`; a whole headline is another story's)
        and (len(upper) <= KICKER_PHRASE_CHARS or len(upper.split()) == 2)
        and not BARE_UNIT.fullmatch(lower) and not SITE_NAME.fullmatch(lower) and not ACCOUNT_NAME_END.search(lower)
        and upper[:1] not in "[【#" and lower[:1] not in "[【#" and not DATE_RE.search(upper)
        and not BARE_UNIT.fullmatch(upper) and not SITE_NAME.fullmatch(upper) and not SITE_BANNER.match(upper)
        and not STACK_NOT_HEADLINE.search(upper) and not _is_names_line(upper)
        and not (_is_column_name(upper, lower) and STACKED_COLUMN_END.search(upper) is not None)
        and not ITEM_HEADING.match(lower) and len(upper.split()) <= 2 and upper != lower
        # (a labelled lower deck is the headline's subtitle: `专家提醒:老人孩子…要做好防护`)
        and not LABELLED_DECK.match(lower)
        # (…and one ending in a dash leads into the headline over it: `入伏以来…，医生提醒——`)
        and not lower.endswith(("—", "--"))
        and not FONT_SIZE_ROW.search(upper) and not BUTTON_LINE.match(upper) and not CHROME_WORDS_ROW.match(upper)
    )


def _lift_app_account(doc: Document, head: list[_Line], lifted: dict[int, tuple[str, dict[str, Any]]], k: int) -> bool:
    """Lift line k when it is a news app's line naming itself and the account that posted, over the
    post's stamp (`某某APP · 某某市融媒体中心` / `2026-04-16 21:48 发布于 …`): the account, no headline."""
    if lifted.get(k + 1, ("",))[0] != "published" or (app := APP_ACCOUNT_LINE.fullmatch(head[k].text.strip())) is None:
        return False
    if ACCOUNT_NAME_END.search(app["account"]) is None and BARE_UNIT.fullmatch(app["account"]) is None:
        return False
    doc.metadata.setdefault("account_name", app["account"])
    lifted[k] = ("account_name", {"field": "account_name"})
    return True


def _stacked_headline(head: list[_Line], lifted: dict[int, tuple[str, dict[str, Any]]], j: int, k: int) -> bool:
    """Whether line j is a headline over line k, its subtitle, right above the page's info bar: both
    read as headlines, j is no column's or site's name and no headline stands over it in turn."""
    upper, lower = head[j].text.strip(), head[k].text.strip()
    if (
        len(upper) < STACKED_HEADLINE_MIN_CHARS or len(lower) < STACKED_HEADLINE_MIN_CHARS
        or not looks_like_title(upper) or not looks_like_title(lower)
        # (an account's or a unit's name under the headline is its source: `_account_under_title`)
        or BARE_UNIT.fullmatch(lower) or SITE_NAME.fullmatch(lower) or ACCOUNT_NAME_END.search(lower)
        # (a column's name over a headline says what column it is: 健康周刊, 基层动态; a headline of eight
        # characters or more over its longer subtitle is the headline, `新农合报销比例再提高`)
        or (_is_column_name(upper, lower) and STACKED_COLUMN_END.search(upper) is not None)
        # (a tagged line, `[转载]…`, `[图] …`, is a list's item or a repost's headline, no deck)
        or upper[:1] in "[【" or lower[:1] in "[【"
        or BARE_UNIT.fullmatch(upper) or SITE_NAME.fullmatch(upper)
        or SITE_BANNER.match(upper) or SITE_GREETING.search(upper) or _is_names_line(upper) or _is_names_line(lower)
        or DATE_RE.search(upper) or ITEM_HEADING.match(lower) or lower.startswith("#") or upper.startswith("#")
        # (a header's row of links or words, `搜索 新闻 网页`, `热门：…`, `登录 | 注册 手机版`, is no headline)
        or STACK_NOT_HEADLINE.search(upper) or any(len(w) < STACKED_WORD_MIN_CHARS for w in upper.split()) or len(upper.split()) > 2
    ):
        return False
    i = j - 1
    # (three headline lines in a row are a list of links or a menu, not a headline and its subtitle)
    # (…unless that third line is a box's or a bar's: `本版其他文章: … | … | …`)
    return (
        i < 0 or i in lifted or not looks_like_title(head[i].text) or len(head[i].text.strip()) <= COLUMN_MAX_CHARS
        or STACK_NOT_HEADLINE.search(head[i].text) is not None
    )


def _above_dated_lines(lifted: dict[int, tuple[str, dict[str, Any]]], i: int) -> int:
    """The head line above info bar i, past date lines and bylines lifted between them."""
    j = i - 1
    while j >= 0 and j in lifted and lifted[j][0] in ("published", "byline", "title_translation"):
        j -= 1
    return j


def _channel_line(text: str) -> bool:
    """A channel article's account line or posting time, as its export prints them under the title."""
    return bool(
        WECHAT_LINE.match(text) or WECHAT_BARE.match(text) or POSTED_FROM.match(text) or ACCOUNT_TIME.match(text) or POSTED_VIA.match(text)
        or WECHAT_BARRED.match(text) or REPOST_CARD.match(text)
    )


# What a channel article's page prints around its account line that is no headline: the
# collection it is filed in, the repost card and the account's card (`某某健康.`, its description).
CARD_MAX_CHARS = 60
CARD_LINE = deferred(r"^\s*(?:收录于|以下文章来源于)|[.．]\s*$|官方|科普号|科普平台|公众号|订阅号|服务号")


# HTML tags a scraper left in a field's text (`<p>（记者 某某）</p>`): read without them (the
# normalize stage has made its entities characters already; the tags go with boilerplate's `html_tag`).
HTML_RESIDUE = deferred(r"</?(?:h[1-6]|br|p|div|span|strong|b|i|em|font|section|center|u)(?:\s[^<>\n]{0,200})?\s*/?>", re.I)


def _untagged(text: str) -> str:
    return HTML_RESIDUE.sub(" ", text).strip()


def byline_credits(text: str) -> list[tuple[str, str]] | None:
    """The (role, name) credits of a reporter byline such as `(记者 泽让卓玛 通讯员 杨帆)`, or None.

    Only author roles count (editor credits are the boilerplate stage's), every name has
    two to six characters, and a photo credit (`…摄)`) is not a byline.
    """
    if "<" in text:
        text = _untagged(text)
    if text.lstrip()[:1] in "■□●◆▲▶►":
        text = text.lstrip()[1:].lstrip()  # (an e-paper's bullet before its byline: `■ 通讯员 某某　记者 某某`)
    if "(" in text and PINYIN_GLOSS.search(text) is not None:
        text = PINYIN_GLOSS.sub("", text)  # (a mirror's readings: 心內(nèi)科 某某)
    if ("记者" in text or "通讯员" in text or "記者" in text or "通訊員" in text) and OUTLET_POSTED.search(text):
        # (each reporter's outlet and post before the role: `某某时报驻某国特约记者 某某 某某时报记者 某某`)
        text = OUTLET_POSTED.sub("", text)
    if ("／" in text or "/" in text or "-" in text) and (text.endswith(("報導", "报道")) or OUTLET_SLASH.match(text)):
        # A Taiwanese paper's byline: the outlet before the reporter and the place after
        # (`某某日報／記者某某／台中即時報導`, `〔記者某某／台北報導〕`).
        text = PLACE_REPORT_END.sub("", OUTLET_SLASH.sub("", text))
    if "/" in text and NAME_THEN_ROLE.search(text):
        # (the role after the name, `某某/文 某部/图`, and the writer's unit before it: `某某科 某某/文`)
        text = UNIT_BEFORE_ROLE.sub("", NAME_THEN_ROLE.sub(r"\2/\1", text))
    if ("，" in text or "," in text) and (posted := WRITER_THEN_POST.match(text)) is not None:
        text = posted["lead"]  # (the writer's post after a comma: `作者:某某,某某医院急诊科副主任医师`)
    photo: list[tuple[str, str]] = []
    if text.rstrip()[-1:] in "摄图文" and (split := WORDS_THEN_PICTURES.match(text.strip())) is not None:
        # (the writers of the words, then who took the pictures: `记者 某某 通讯员 某某 文　某某 摄`,
        # `本报记者 某某 通讯员 某某 文/图`)
        text = split["words"]
        if split["photo"]:
            photo = [("摄影", split["photo"])]
    if len(text) > BYLINE_MAX_CHARS or PHOTO_CREDIT_END.search(text):
        return None
    # (what the writer did, after the names: `记者 某某 整理`, `记者某某 整合`)
    text = CREDIT_VERB_END.sub("", text)
    if ";" in text or "；" in text:
        text = CREDIT_BREAK.sub(" ", text)  # (the credits kept apart by a semicolon: `(记者 某某 某某;编辑 某某)`)
    if text[-2:] in ("报道", "報道", "报导", "報導") and len(text.split()) <= 2:
        # (the verb glued to the one name: `记者 某某报道`; after a second word it follows a place,
        # `记者 某某 杭州报道`, and that word names nobody)
        text = GLUED_REPORT_END.sub("", text)
    if GLUED_ROLES.search(text):
        text = GLUED_ROLES.sub(r"\1 ", text)  # (several roles each glued to its name: 记者某某 通讯员某某)
    if (glued := GLUED_ROLE_NAME.fullmatch(text.strip())) is not None:
        text = f"{glued['role']} {glued['names']}"  # (the name run on after its role: 记者某某, 通讯员某某 某某)
    fields = parse_fields(text)
    # (a writer's credit, with the editors' beside it: `记者:某某 某某　摄像:某某　编辑:某某`)
    if fields is None or "author" not in fields.kinds or not set(fields.kinds) <= {"author", "editor"}:
        return None
    # (a unit or an outlet's reporter named before the writer: `文/某某市人民医院消化内科 某某`,
    # `作者:某某日报记者 某某`: a longer credit, beside a person's)
    if not fields.credits or not all(2 <= len(name) for _, name in fields.credits):
        return None
    # (a name written in two parts with a dot between, as Uyghur and foreign names are: 某某某·某某)
    units = [name for _, name in fields.credits if len(name) > 6 and DOTTED_NAME.fullmatch(name) is None]
    if units and not (
        all(len(u) <= BYLINE_UNIT_CHARS and (ORG_NAME.search(u) or OUTLET_ROLE.search(u)) for u in units)
        and any(len(name) <= 6 and not ORG_NAME.search(name) for _, name in fields.credits)
    ):
        return None
    if all(role in PHOTO_ROLES for role, _ in fields.credits):
        return None  # `摄影:王小明` between paragraphs credits a photo: boilerplate's `photo_credit`
    return fields.credits + photo


# A bullet before a reporter's credit (■ 通讯员 某某).
BULLETED_BYLINE = deferred(r"^\s*[■□●◆▲][ \t\u3000]*(?:本报|特约|见习)?(?:记者|通讯员|記者|通訊員)")
# A byline of reporters with what they did after the names: the words (文), the pictures too (文/图),
# or the words and then a photographer (文　某某 摄).
WORDS_THEN_PICTURES = deferred(
    r"^(?P<words>[^/／:：]*?(?:记者|通讯员|記者|通訊員)[^/／:：]*?)[ \t\u3000]+(?:文[/／]图|文图|图文|文(?:[ \t\u3000]+(?P<photo>[\u3400-\u4dbf\u4e00-\u9fff]{2,4})[ \t\u3000]*摄)?)$"
)
DOTTED_NAME = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,6}[·•・][\u3400-\u4dbf\u4e00-\u9fff]{2,6}")
# A school's or a unit's department named in a byline beside a person (物理系, 宣传部, 院办).
DEPARTMENT_NAME = deferred(
    r"[\u3400-\u4dbf\u4e00-\u9fff]{1,6}(?:系|学院|教研室|研究室|研究所|办公室|宣传部|宣传科|宣传处|宣传中心|党委|团委|党办|院办|校办)"
    # (a court's division: 民一庭, 行政审判庭)
    r"|(?:[民刑商][一二三四五六七八九十]?|行政|立案|审判|执行|少年)(?:审判)?庭"
    # (a township or a county that sent the piece: 作者:某某镇 某某)
    r"|[\u3400-\u4dbf\u4e00-\u9fff]{2,6}(?:镇|乡|街道|社区|县|区)"
    # (a hospital's department that wrote it: 作者:产科门诊 某某, 心内科 某某)
    r"|[\u3400-\u4dbf\u4e00-\u9fff]{0,6}(?:内科|外科|门诊|病区|护理部|医务部|医务科|药剂科|药学部|检验科|放射科|超声科|麻醉科"
    r"|急诊科|儿科|妇科|产科|眼科|骨科|康复科|营养科|中医科|皮肤科|口腔科|感染科|肿瘤科|疼痛科|心理科|精神科)"
    # (…or a team or a body of its: 文字|器官获取组织（OPO） 某某)
    r"|[\u3400-\u4dbf\u4e00-\u9fff]{2,8}(?:组织|小组|工作组|协会|学会|委员会|工作站)"
)
# An outlet named in a byline beside its writer (某某之家, 某某网, 某某体育).
OUTLET_IN_BYLINE = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,6}(?:之家|网|日报|晚报|体育|财经|科技|新闻|传媒|在线|视频)")


def _unit_beside_writer(name: str) -> bool:
    return (
        DEPARTMENT_NAME.fullmatch(name) is not None or OUTLET_IN_BYLINE.fullmatch(name) is not None
        or (len(name) >= POST_AFTER_UNIT_MIN_CHARS and POST_AFTER_UNIT.search(name) is not None)
    )


# A writer's workplace and post after the name (某某市中心医院营养科主任): no second writer.
POST_AFTER_UNIT = deferred(r"(?:医院|中心|大学|学院|科|部|局|所)[\u3400-\u4dbf\u4e00-\u9fff]{0,6}(?:主任|副主任|医师|护士长|院长|科长|所长|教授|营养师|药师|技师)$")
POST_AFTER_UNIT_MIN_CHARS = 6


# A semicolon between two credits of a byline.
CREDIT_BREAK = deferred(r"[ \t\u3000]*[;；][ \t\u3000]*")


# Each reporter's outlet and post before the role (`某某时报驻某国特约记者 某某`).
# A reporter's cell in a bar with what they did after the name (`记者 某某 文`, `记者 某某 摄`).
MARKED_CREDIT = deferred(
    r"(?:本报|本台|本刊)?(?P<role>记者|通讯员|实习生)[ \t\u3000]*(?P<name>[\u3400-\u4dbf\u4e00-\u9fff]{2,4})[ \t\u3000]+(?P<mark>文|摄)(?=[ \t\u3000]*(?:[|｜丨/／]|$))"
)
OUTLET_POSTED = deferred(
    r"(?:^|(?<=[ \t\u3000]))[\u3400-\u4dbf\u4e00-\u9fff]{2,8}?(?:报|時報|时报|社|台|网)(?:·[\u3400-\u4dbf\u4e00-\u9fff]{1,6}?(?:报|网|台))?"
    # (its post, and the role: 记者, or the outlet's correspondent, 某某日报通讯员 某某)
    # (the name glued to the role too: `贵州台记者某某某`)
    r"(?:驻[\u3400-\u4dbf\u4e00-\u9fff]{1,6}?)?(?=(?:特约|特約|见习|見習|本报|本報)?(?:记者|記者|通讯员|通訊員)(?:[ \t\u3000／/]|[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:$|[ \t\u3000)）／/])))"
)
# A Taiwanese paper's name before the reporter (`某某日報／記者某某`), or a mainland paper's with its
# app after a dash (`某某都市报-某某新闻记者 某某`).
OUTLET_SLASH = deferred(
    r"^[ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{2,8}(?:日報|日报|晚報|晚报|時報|时报|新聞網|新闻网|新聞|新闻|電子報|电子报|都市报)"
    r"[ \t]*(?:[／/][ \t]*(?=記者|记者)|-[ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{2,6}(?=記者|记者))"
)
PLACE_REPORT_END = deferred(r"[ \t]*[／/][ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{2,8}?(?:即時|即时|綜合|综合)?(?:報導|报道)[ \t]*$")
NAME_THEN_ROLE = deferred(r"(?<![^\s(（])([\u3400-\u4dbf\u4e00-\u9fff]{2,12})[ \t]*/[ \t]*(文|图|摄影|摄|撰稿|视频)(?=[\s)）]|$)")
UNIT_BEFORE_ROLE = deferred(r"(?:^|(?<=[\s(（]))[ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{1,10}(?:科|部|中心|室|处|办)[ \t\u3000]+(?=(?:文|图|撰稿|摄影)[ \t]*/)")
GLUED_ROLES = deferred(r"(?<![\u3400-\u4dbf\u4e00-\u9fff])(记者|記者|通讯员|通訊員|实习生|實習生)(?=[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:[ \t、]|$))")
CREDIT_VERB_END = deferred(r"[ \t\u3000]+(?:整理|整合|编译|综合|综述|采写|撰写|编写|报道|報道|报导|報導|摄影报道|文/图)[ \t\u3000]*$")
GLUED_REPORT_END = deferred(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff]{2})[ \t\u3000]*(?:综合|联合|现场)?(?:报道|報道|报导|報導)[ \t\u3000]*$")
CITY_NOTE = deferred(r"[(（][\u3400-\u4dbf\u4e00-\u9fff]{2,3}(?<![部科室处组办队])[)）]?$")
GLUED_ROLE_NAME = deferred(
    r"(?P<role>(?:本报|本報|特约|特約|见习|見習)?(?:记者|記者|通讯员|通訊員|實習生|实习生))(?P<names>[\u3400-\u4dbf\u4e00-\u9fff]{2,3}(?:[ \t、]+[\u3400-\u4dbf\u4e00-\u9fff]{2,4}){0,3})"
)
# A byline in brackets at a paragraph's end or alone after the body: `（通讯员 某某）`, `（记者 某某
# 通讯员 某某）`, or a unit and its writer's name (`（消化内科 某某）`).
TRAILING_BRACKET = deferred(r"(?:^|(?<=[。!?！？”]))[ \t]*(?:[(（](?P<inner>[^()（）\n]{2,30})[)）]|(?<![^\s])【(?P<squared>[^【】\n]{2,30})】)[ \t]*$")
UNIT_ROLE = deferred(
    r"^[ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{1,14}(?:科|部|中心|院|室|处|局|委|站|所|办|队|组|支部|报|台|社)[ \t\u3000]*(?=(?:记者|通讯员|特约记者|见习记者|实习生)[ \t\u3000:：]*[\u3400-\u4dbf\u4e00-\u9fff])"
)
UNIT_WRITER = deferred(
    r"^[ \t]*(?P<src>[\u3400-\u4dbf\u4e00-\u9fff]{1,14}(?:科|部|中心|院|室|处|局|委|站|所|办|队|组|支部|股))[ \t\u3000]+"
    r"(?P<names>[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:[ \t\u3000、]+[\u3400-\u4dbf\u4e00-\u9fff]{2,4}){0,3})[ \t\u3000]*$"
)


OUTLET_SIGNED = deferred(
    rf"^[ \t]*(?P<src>{OUTLET_IN_BYLINE.pattern})[ \t\u3000]+"
    r"(?P<names>[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:[ \t、]+[\u3400-\u4dbf\u4e00-\u9fff]{2,4}){0,2})[ \t]*$"
)


def _paragraph_after(lines: list[_Line], n: int) -> bool:
    """Whether a paragraph of the body (a sentence of some length) follows line n; a platform's
    disclaimer under the article (平台声明:文章观点属作者本人…) is none."""
    for m in range(n + 1, len(lines)):
        text = lines[m].text
        if RELATED_BOX.match(text) or ARTICLE_END.fullmatch(text.strip()) is not None:
            return False  # (the site's box of other posts, or the end mark: what stands under it is not the article's)
        if (
            len(text) >= AFTER_PARAGRAPH_CHARS and _is_body(text) and not PLATFORM_DISCLAIMER.search(text)
            and not DISTRIBUTION_LINE.match(text)
        ):
            return True
    return False


# A bulletin's distribution under it (报:市委办公室… / 发:各县(区)卫生健康局…): no paragraph of it.
DISTRIBUTION_LINE = deferred(r"^\s*(?:报|送|发|抄送|抄报|分送|报送|主送|印发)\s*[:：]")


# A box of the site's other posts under the article (往期推荐, 相关阅读), however its heading is marked,
# or its readers' comments.
RELATED_BOX = deferred(
    r"^\s*[^\u3400-\u4dbf\u4e00-\u9fff\w]{0,3}\s*(?:往期推荐|往期回顾|往期精彩|相关阅读|推荐阅读|延伸阅读|相关推荐|相关新闻|相关文章|相关报道|猜你喜欢|喜欢此内容的人还喜欢|精彩推荐)\s*[:：]?\s*$"
    # (…or its comment box: 精选留言, 网友评论, 全部评论 (12))
    r"|^\s*(?:精选留言|写留言|留言区|网友评论|网友留言|发表评论|我要评论|全部评论|热门评论|最新评论|评论区)\s*(?:[(（]\s*\d+\s*[)）])?\s*[:：]?\s*$"
    # (…or the site's pager to the posts before and after it: 上一篇文章: / 下一篇:)
    r"|^\s*(?:上一篇|下一篇)(?:文章)?\s*[:：]"
)


# What a platform prints under its writers' articles: the view is the writer's, not the platform's.
PLATFORM_DISCLAIMER = deferred(
    r"^[ \t]*(?:平台声明|免责声明|特别声明|郑重声明|声明)[:：]|仅代表(?:作者|本人|该作者)[^。]{0,6}(?:观点|立场)|"
    r"不代表[^。]{0,12}(?:观点|立场)|仅提供信息(?:存储|发布)|^[ \t]*Notice[:：]|information storage services?"
    # (…and an account's card: 某某医院官方服务号,提供医院动态…)
    r"|官方(?:服务号|公众号|订阅号|平台|账号|帐号)[,，]"
    # (…and the site's own notice of its rights: 网站声明:本网站所刊登的…未经协议授权,禁止下载使用。)
    r"|^[ \t]*(?:网站声明|版权声明)[:：]|版权所有[^。]{0,20}未经|未经(?:协议)?授权[^。]{0,10}(?:禁止|不得)"
    # (…and a health piece's note that it informs and does not treat: 本文内容仅作科普，具体诊疗请遵医嘱。)
    r"|(?:仅作|仅供|只作|仅为)(?:科普|参考|健康科普|知识普及)[^。]{0,20}(?:遵医嘱|就医|医生|诊疗|诊断)"
)


WRITER_UNIT = deferred(r"[ \t,，;；]*(?:作者)?单位[ \t]*[:：][ \t]*[^\s,，;；]+")
NAME_ALONE = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,4}")


# What may follow the writer inside a closing byline's brackets: the day, or the photographer.
BYLINE_EXTRA_TAIL = deferred(
    r"[ \t\u3000]+(?:(?:19|20)\d\d[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日|(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}"
    r"|(?:摄影|图片|图|摄)[ \t]*[:：/][ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{2,4})[ \t\u3000]*$"
)


def _squared_byline(line: str) -> list[tuple[str, str]] | None:
    """A station's byline alone in square brackets (`【本台记者 某某 某某报道】`): its credits."""
    found = bracket_byline(line) if line.lstrip().startswith("【") else None
    return found[0] if found is not None and not found[1] else None


def bracket_byline(text: str) -> tuple[list[tuple[str, str]], bool] | None:
    """The credits of a bracketed byline ending `text`, and whether it is glued to a paragraph
    (True) or the whole line (False); None when the line ends in no such byline."""
    if "<" in text:
        text = _untagged(text)
    m = TRAILING_BRACKET.search(text)
    if m is None:
        return None
    inner = (m["inner"] or m["squared"]).strip()
    if m["squared"] is not None and not text[: m.start()].strip():
        # (a station's byline alone in square brackets, the report's word glued on: `【本台记者 某某 某某报道】`)
        inner = GLUED_REPORT_END.sub("", inner)
    elif m["squared"] is not None:
        return None  # (square brackets closing a paragraph are its own words, not a byline)
    if (tail := BYLINE_EXTRA_TAIL.search(inner)) is not None and tail.start() > 0:
        # (the day it was written, or who took the pictures, after the writer: `（院办　某某　2005年8月22日）`,
        # `（医务处  某某  摄影：某某）`)
        inner = inner[: tail.start()].rstrip()
    if "单位" in inner and (unit_field := WRITER_UNIT.search(inner)) is not None:
        # `（某某 作者单位:某某医院心内科）`: the writer's workplace beside the name names nobody.
        inner = (inner[: unit_field.start()] + " " + inner[unit_field.end() :]).strip(" \t,，;；")
        if NAME_ALONE.fullmatch(inner) and is_author_name(inner):
            return [("作者", inner)], bool(text[: m.start()].strip())
    if inner.endswith(("供稿", "撰稿")) and (supplied := UNIT_WRITER.match(inner[:-2].rstrip())) is not None:
        # A unit and the person who wrote it up for the page (`（护理部　某某　供稿）`): the writer.
        names = [n for n in _split_names(supplied["names"]) if is_author_name(n) and n not in _LABELS]
        if names:
            return [(inner[-2:], n) for n in names], bool(text[: m.start()].strip())
    found = byline_credits(inner)
    if found is None and (unit_role := UNIT_ROLE.match(inner)) is not None:
        # The writers' unit before their roles (`（某某县卫生局 通讯员 某某 某某）`).
        found = byline_credits(inner[unit_role.end() :])
    if found is None and (verb := CREDIT_VERB_END.search(inner)) is not None and verb.start() > 0:
        inner = inner[: verb.start()]  # (what the writer did after the name: `（院办 某某 报道）`)
    if found is None and (unit := UNIT_WRITER.match(inner)) is not None:
        names = _split_names(unit["names"])
        if names and all(is_author_name(n) and n not in _LABELS for n in names):
            found = [("byline", n) for n in names]
    if found is None and (outlet := OUTLET_SIGNED.match(inner)) is not None:
        # The outlet and its writer closing the story (`（某某体育 某某）`, `（某某网 某某）`).
        names = _split_names(outlet["names"])
        if names and all(_person_alone(n) for n in names):
            found = [("byline", n) for n in names]
    if found is None and not text[: m.start()].strip() and 1 <= len(names := inner.split()) <= 4 and all(
        2 <= len(n) <= 3 and _person_alone(n) for n in names
    ):
        # Names alone in brackets on their own line under the story (`（某某 某某）`): its writers.
        found = [("byline", n) for n in names]
    if not found:
        return None
    return found, bool(text[: m.start()].strip())


# A byline's day closing its brackets (（通讯员:某某　2019年10月24日）).
BYLINE_DAY = deferred(rf"(?P<when>{DATE.replace('(?P<', '(?P<b_')})[ \t]*[)）][ \t]*$")
# A repost's note naming the account or the paper it came from (本文转载自“某某疾控”公众号, 转载自《某某日报》).
REPOST_ORIGIN = deferred(
    r"(?:本文|文章|此文)?转载自[ \t]*(?:微信公众号|公众号)?[ \t]*[“\"「《](?P<origin>[^”\"」》，,。\n]{2,20})[”\"」》]"
    # (…or unquoted, the whole line: 转载自某某新闻网)
    r"|^[ \t]*(?:本文|文章|此文)?转载自[ \t:：]*(?P<bare>[\u3400-\u4dbf\u4e00-\u9fffA-Za-z]{2,20}?)(?:微信公众号|公众号)?[ \t。.]*$"
)


def _tail_source(text: str) -> _Fields | None:
    """The fields of a source line after the body (`来源:产科 儿童保健科`, `本文来源:丽水市中心医院宣传科
    责任编辑:叶晓东`), or None: a short line of fields, one of them the source, the others
    credits; prose that starts with `来源:` has sentence punctuation and is not one."""
    if len(text) > BYLINE_MAX_CHARS or SENTENCE_PUNCT.search(text):
        return None
    fields = parse_fields(text)
    if fields is None or "source" not in fields.values:
        return None
    # (with its date and count: `发布时间:… 来源:某某广播电视台`, as a video page prints them under the clip)
    if not set(fields.kinds) <= {"source", "author", "editor", "date", "counter"}:
        return None
    if "date" in fields.kinds and "来源" not in _fold_labels(text):
        return None  # (a list's item under the body, `某某百科 2023年4月12日`, names its own site and day)
    return fields


# A short line without punctuation over a closing date: a signature (the unit, a name), whose date it is.
SIGNATURE_ABOVE = deferred(r"[^。，,；;！？!?]{1,30}")


# A press release's end mark (完, （完）, Ends), its day under it.
END_MARK = deferred(r"[(（]?\s*(?:完|Ends|ENDS|End)\s*[)）]?|[-—]+\s*完\s*[-—]+")
# A day in brackets closing a paragraph's last sentence (…。（2024年5月12日）).
DAY_CLOSING_PARAGRAPH = deferred(r"(?<=[。！!])[ \t]*[（(][ \t]*(?P<day>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[ \t]*[)）][ \t]*$")
# A notice's close (特此通知。), the unit that issued it and its day under it within this many lines.
NOTICE_CLOSE = deferred(r"^\s*特此(?:通知|公告|通告|函告|公示|说明)[。.!！]?\s*$")
NOTICE_SIGNED_LINES = 3
# A document's kind at the end of its title (…的通知, …倡议书, …公示): a day under its signer is its own.
DOCUMENT_KIND = deferred(r"(?:通知|公告|通告|公示|倡议书|倡议|启事|决定|意见|办法|方案|声明|告知书|致[^\s]{1,12}的(?:一封)?信)[)）]?$")
SIGNER_MAX_CHARS = 30
# The mark an account or a site closes its article with (—END—, - THE END -, （完）).
ARTICLE_END = deferred(r"[-—–=~·\s]*(?:THE\s+END|END|End|完)[-—–=~·\s]*|[(（]\s*完\s*[)）]")


def _tail_date(text: str) -> _Fields | None:
    """The fields of a dated line after the body (`发布时间:2024年01月16日 浏览:210`, `作者:某某
    发布日期:…`): a short line of a labelled date, counters and credits, or None."""
    if text.lstrip()[:1] in "pP" and len(text) <= GLUED_MAX_CHARS and BLOG_STAMP.match(text) is not None:
        return parse_fields(text)  # (a blog's stamp under the post: `posted @ 2015-03-28 22:41 某某 阅读(…)`)
    if len(text) > BYLINE_MAX_CHARS or SENTENCE_PUNCT.search(text):
        return None
    if text.lstrip()[:2] in ("本文", "本页", "此文") and text.lstrip()[2:5] in ("发布于", "发表于", "更新于"):
        text = text.lstrip()[2:]  # (`本文发布于2024年5月12日` under the article)
    if FIELD_LABEL.search(_fold_labels(text)) is None:
        # (a note's stamp under it: `编辑于 2024-05-20 上海`)
        when = _channel_stamp(text, need_verb=True)
        return _Fields(["date"], {"date": when}, []) if when is not None else None
    if EVENT_TIME.match(text):
        return None  # a bare `时间:` there is as likely an event's own field (时间:… / 地点:…)
    fields = parse_fields(text)
    if fields is None or "date" not in fields.values or not set(fields.kinds) <= {"date", "counter", "author", "editor"}:
        return None
    return fields


CHANNEL_SPLIT = deferred(r"[ \t\u3000|｜丨/·•\-]+")
CHANNEL_ITEMS_MIN = 8
CHANNEL_ITEM_MAX_CHARS = 6


MENU_BAR_ITEMS_MIN = 6


def _barred_menu(text: str) -> bool:
    """A portal's menu split by bars, whatever stands before its first item (the site's name and
    address: `某某视窗 example.cn  首页 | 新闻 | 体育 | …`): six items or more, each after the first short."""
    items = [x.strip() for x in re.split(r"[|｜丨]", text) if x.strip()]
    return len(items) >= MENU_BAR_ITEMS_MIN and all(len(x) <= CHANNEL_ITEM_MAX_CHARS for x in items[1:])


def _channel_bar(text: str) -> bool:
    """A row of eight or more short items (a portal's channels), split by bars, dots or spaces."""
    items = [x for x in CHANNEL_SPLIT.split(text) if x]
    # (a Latin item is one word of a menu however long: English, Español)
    return len(items) >= CHANNEL_ITEMS_MIN and all(
        len(x) <= CHANNEL_ITEM_MAX_CHARS or (x.isascii() and x.isalpha() and len(x) <= 2 * CHANNEL_ITEM_MAX_CHARS) for x in items
    )


# Words quoted at a headline's start, a dash after them and the headline's own words
# (`“120,请讲。”——一名急救调度员的夜班`).
QUOTE_THEN_HEADLINE = deferred(r"^\s*“[^“”\n]{1,24}”\s*(?:——|—|--|-|:|：)\s*(?=[^\s“”]{4})")
# Letters of the scripts a region's sites print beside Chinese (Arabic for Uyghur, Tibetan, Mongolian).
OTHER_SCRIPT = deferred(r"[\u0600-\u06ff\u0f00-\u0fff\u1800-\u18af]")
OTHER_SCRIPT_RUN = deferred(r"[\u0600-\u06ff\u0f00-\u0fff\u1800-\u18af\u200c\u200d]+")
# A line of English words in capitals only: a name, no sentence.
UPPER_NAME = deferred(r"[A-Z][A-Z0-9'’&.,()\- ]{7,160}")
# …or in title case, naming what it is (Chengchuan Municipal Health Commission, Some County People's Hospital).
TITLE_CASE_NAME = deferred(
    r"(?:(?:[A-Z][A-Za-z'’.&-]*|of|and|the|for|in|&)[ \t]+){1,8}"
    r"(?:Commission|Bureau|Hospital|Center|Centre|University|Government|Committee|Administration|Office|Institute|College|Network|Daily|News|Health)"
)
# A channel post's collection tag (收录于合集 #某某 36个, 收录于话题 #某某).
COLLECTION_TAG = deferred(r"^\s*收录于(?:合集|话题|专辑)")


def _is_body(text: str) -> bool:
    """A body paragraph: prose with sentence punctuation, a salutation or lead-in ending
    with a colon (`各县(市、区)卫生健康局:`), or simply a long line."""
    if (quoted := QUOTE_THEN_HEADLINE.match(text)) is not None and not SENTENCE_PUNCT.search(text[quoted.end() :]):
        return False  # a headline that opens with words quoted, then a dash (`“120,请讲。”——…`)
    if LABEL_ONLY.match(text) or READER_HEADER.match(text):
        return False
    if text[-1:] in ":：" and LOCATION_LABEL.match(text):
        return False  # a breadcrumb's label over its items (`您当前的位置 ：` / 首页 / > / 本地)
    if text[-1:] in "）)】]" and (tag := HEADLINE_TAG.search(text)) is not None and tag.start() > 0:
        text = text[: tag.start()]  # a headline's tag (`…该怎么办？（求助帖）`, `…（组图）`): the headline is read

    if text.isascii() and UPPER_NAME.fullmatch(text.strip()) is not None:
        return False  # the site's name in English capitals under its Chinese one (BAISHA COUNTY HOSPITAL OF …)
    if not text.isascii() and OTHER_SCRIPT.search(text) is not None:
        # A name or a menu in another script beside the Chinese (Uyghur, Tibetan, Mongolian): the
        # Chinese words are read alone (`首页 باش بەت | 关于我们 …` is a menu).
        text = " ".join(OTHER_SCRIPT_RUN.sub(" ", text).split())
        if not text or HAN_CHAR.search(text) is None:
            return False
        if "|" in text and _barred_menu(text):
            return False
    if text[:1] in "![" and MARKDOWN_LINKS_ONLY.match(text):
        return False  # a Markdown export's logo or menu (`![某某委](…/logo.png)`, `[首页](…) [概况](…)`)
    if len(text) >= BODY_MIN_CHARS and not SENTENCE_PUNCT.search(text) and _channel_bar(text):
        return False  # a portal's channel bar, however long (首页 | 时政 | 国际 | 财经 | …)
    if NUMBERED_FIELD.match(text):
        return True
    if FIELD_ROW.match(text) and not FULL_STOP.search(text) and len(text) < BODY_MIN_CHARS:
        # A row of a record table (`分 类: 卫生健康;通知`; `索引号: … 分类:`, its last
        # field empty): a semicolon lists values, and a colon at its end opens no paragraph.
        return False
    if text[-1] in ":：" and ((len(text) >= 8 and HAN_RUN.search(text)) or SALUTATION.match(text)):
        return True
    if HEADLINE_QUESTION.match(text) or HEADLINE_CRY.match(text) or (
        len(text) <= HEADLINE_TWO_PART_MAX and (HEADLINE_TWO_PART.match(text) or TWO_PART_CRY.match(text))
        and len(CLAUSE_MARKS.findall(text)) <= 1
    ):
        # `冬季如何预防流感？专家支招`, `暖心！护士的这个举动让人泪目`: headlines, not body
        return False
    if QUESTION_TITLE.match(text):
        return DIALOGUE_TURN.match(text) is not None
    if len(text) >= CUT_PROSE_MIN_CHARS and len(CLAUSE_MARKS.findall(text)) > 2:
        # More clauses than a headline has: the start of a paragraph cut by a page break
        # (`双城经济圈建设,继续坚持以人民健康为中心,用高超的医疗技术、一`), so the head ends above it.
        return True
    return bool(SENTENCE_PUNCT.search(text)) or len(text) >= BODY_MIN_CHARS


def _caption_like(text: str) -> bool:
    """A short line without sentence punctuation: an image caption or photo credit (or a heading)."""
    return len(text) <= CAPTION_LIKE_MAX_CHARS and not SENTENCE_PUNCT.search(text)


def _continues_into(line: str, body: str) -> bool:
    """True when the repair stage would join `line` and the body line after it into one paragraph."""
    return ends_incomplete(line, len(line)) and starts_continuation(body) and join_signal(line, body) is not None


ACCOUNT_SLOGAN = deferred(r"^\s*(?:每天|每日|每周|天天|定期)(?:为你|为您|给你|给您|带你|带您)(?:推送|分享|送上|带来|解读|提供)")
ACCOUNT_CARD = deferred(r"^\s*[^\s，,。]{2,20}官方(?:微信)?(?:公众号|订阅号|服务号|视频号|账号)\s*$")


def _channel_headline(text: str) -> bool:
    """A channel article's headline over its account line: a title, its list of what it offers
    counted as one clause (`某某上线啦!挂号、缴费、查报告,扫码就能用→`); a sentence is none elsewhere."""
    return looks_like_title(text) or ("、" in text and looks_like_title(ENUMERATED_ITEM.sub("", text)))


def looks_like_title(text: str) -> bool:
    """Short, no sentence punctuation at the end (but a short question or exclamation) or inside,
    at most two commas, not ending on a word that needs a continuation, not a numbered section heading."""
    if (quoted := QUOTE_THEN_HEADLINE.match(text)) is not None:
        text = text[quoted.end() :]  # (a quoted line before the dash: `“120,请讲。”——一名急救调度员的夜班`)
    return (
        2 <= len(text) <= TITLE_MAX_CHARS
        and (not TITLE_BAD_END.search(text) or QUESTION_TITLE.match(text) is not None or TWO_PART_CRY.match(text) is not None)
        and len(CLAUSE_MARKS.findall(QUOTED_PART.sub("", text) if "、" in text else text)) <= 2
        and not OPEN_TAIL.search(text)
        and "。" not in text
        and not (text.lstrip().startswith(("请输入", "搜索", "搜一搜")) and SEARCH_BOX.match(text))  # (a search box's prompt)
        and WORD_CHAR.search(text) is not None  # (a rule drawn in box characters, ━━━━, says nothing)
        and SHARE_TARGETS.search(text) is None  # (a bar's font and share buttons: A+ A- 分享:微信 微博 QQ)
        and HOUSE_PAPER_ISSUE.match(text) is None  # (《某某院报》第412期 …)
        and not ("全文" in text and EXPANDER.match(text))  # (a preview's expander: ▼ 展开全文)
        and not SECTION_HEADING.match(text)
        and not NOT_TITLE.search(text)
        and not TWO_FIELDS.search(text)
        and not CALL_TO_ACTION.search(text)
        and not FORM_ROW.match(text)
        and not DATELINE_ONLY.match(text)
        and not DAY_ALONE.match(text)
        and not STAMP_LEAD.match(text)
        and not TICKER_TAG.match(text)
        and not COLLECTION_TAG.match(text)
        and not BYLINE_ROLES.search(text)
        and not MENU_ITEMS.match(text)
        and not MENU_SPACED.match(text)
        and not DOC_NUMBER.fullmatch(text)
        and not TAG_FIELD.match(text)
        and not BRACKET_LABEL.match(text)
        and not WEB_ADDRESS.search(text)  # a site's link line (某某网 http://… 查看…)
        and not BUTTON_LINE.match(text) and not PLAYER_CLOCK.match(text)  # (+关注, 已有 5621 人阅读, 00:00 / 58:36)
        and not HEADER_BUTTON.match(text)  # (a header's button alone: 登录, 下载客户端)
        and not PLAYER_PLACEHOLDER.match(text)
        and not ACCOUNT_CARD.match(text)  # (an account's card under its name: 某某医院官方公众号)
        and not ACCOUNT_SLOGAN.match(text)  # (…or its slogan under the follow prompt: 每天为你推送实用健康知识)
        and not SUMMARY_HEADING.match(text) and not NOTICE_OPENING.match(text) and not TOC_HEADING.match(text)
        and not FONT_SIZE_ROW.search(text)  # (a page's font switch: 字号 A- A A+)
        and not EVENT_DETAIL.match(text)  # (an event's field under the headline: 发布会地点:市政府新闻发布厅)
    )


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# A field with its value (性别:男, 职称:主任医师): a form's or a profile's row, no column's name.
FIELD_WITH_VALUE = deferred(r"^[\u3400-\u4dbf\u4e00-\u9fff]{1,6}\s*[:：]\s*\S")


def _is_column_name(text: str, title: str) -> bool:
    """A column or channel name standing above `title`: a few characters, shorter than the title,
    no sentence punctuation, not a breadcrumb (the boilerplate stage removes those), no field with its value."""
    return (
        len(text) <= COLUMN_MAX_CHARS
        and not FIELD_WITH_VALUE.match(text)
        and len(text) < len(title)
        and not SENTENCE_PUNCT.search(text)
        and looks_like_title(text)
        and not _is_names_line(text)
    )


# (…or the site itself, as a template fills the field nobody filled: 本站, 本网, 本站原创)
PLACEHOLDER_SOURCE = deferred(r"\s*(?:未知|不详|暂无|无|佚名|null|None|none|NULL|-+|本站|本网|本站原创|本网原创|原创)\s*")


class Metadata(Stage):
    """Lift title, date, bylines and source from the head of a document into fields."""

    name = STAGE
    # The title the document's input states (a JSONL field), while the document is read.
    _stated_title: str | None = None
    # The agency of the lead's wire dateline (某某社北京3月5日电), while the document is read.
    _wire_agency: str | None = None
    # The day under a notice's signer (特此通知。/ 某某医院 / 二〇二四年六月三日), while the document is read.
    _signed_day: str | None = None

    def run(self, doc: Document) -> list[Document]:
        given = doc.metadata
        stated = _input_value(given, "title")
        self._stated_title = None
        self._wire_agency = None
        self._signed_day = None
        if doc.title is None and isinstance(stated, str) and 0 < len(stated.strip()) <= INPUT_TITLE_MAX_CHARS:
            # The input's own title (a JSONL field): the record's, its line in the head lifted (`_title`).
            doc.title = self._stated_title = " ".join(stated.split())
        if doc.text.startswith("---"):
            self._front_matter(doc)
        elif doc.text.startswith(("http", " ", "\t")) and (address := PAGE_ADDRESS.match(doc.text)) is not None and doc.text[address.end() :].strip():
            # A scraper's page address alone on the first line, over the page: the record's `url`.
            doc.metadata.setdefault("url", address["url"])
            doc.apply(STAGE, [Edit(0, address.end(), "", "info_line", {"fields": ["url"], "place": "page_address"})])
        out = self._run(doc)
        if doc.published is None and (clipped := doc.metadata.pop("clipped", None)) is not None:
            doc.published = clipped
        if doc.published is None and "期" in doc.text[:ISSUE_LINE_REACH_CHARS]:
            # A house paper's issue line over its page furniture, far above the article: the day of the issue.
            for line in doc.text[:ISSUE_LINE_REACH_CHARS].split("\n")[:ISSUE_LINE_REACH]:
                if "期" in line and (issue := EPAPER_ISSUE.match(line)) is not None:
                    doc.published = parse_date(issue["lead"])
                    break
        if PLACEHOLDER_SOURCE.fullmatch(str(doc.metadata.get("source_name") or "x")):
            # A template's placeholder names no source (来源:未知, 来源:不详).
            doc.metadata["source_placeholder"] = doc.metadata.pop("source_name")
        # What the input states and the text does not: its date, its authors, its source.
        if doc.published is None:
            doc.published = input_date(_input_value(given, "published"))
        if doc.published is None:
            doc.published = self._signed_day
        if doc.published is None and isinstance(url := doc.metadata.get("url") or _input_value(given, "url"), str):
            # A page that states no date anywhere: the day its address carries (…/art/2011/9/28/…,
            # …/202305/t20230518_…), as sites that file pages by day write it.
            doc.published = url_date(url)
        if doc.title is None and (
            opened := next((
                m for ln in [ln for ln in doc.text.split("\n", HEAD_SCAN_LINES)[:HEAD_SCAN_LINES] if len(ln) >= POST_LEAD_MIN_CHARS][:POST_LEAD_LINES]
                if (m := BRACKET_HEADLINE_LEAD.match(ln)) is not None and not MEDIA_MARK_LEAD.match(ln)
                # (an outlet's dateline in brackets is none: 【某某网2005年07月03日报道】)
                and DATE_RE.search(m["headline"]) is None and not m["headline"].endswith(("报道", "讯", "电", "消息"))
                # (…nor a unit's tag before a headline: `【某某医院】学雷锋践初心 …`; the post goes on in sentences)
                and "。" in ln[m.end() :] and BARE_UNIT.fullmatch(m["headline"].strip()) is None
            ), None)
        ) is not None:
            # A post whose first paragraph opens with its headline in brackets (a microblog's
            # `【某某推出十项便民举措】#话题# 暑假来临,…`; a repost's comment may stand above it): the
            # title, left in the post.
            doc.title = opened["headline"].strip()
        if doc.title:
            _tidy_title(doc)
        if not doc.authors and (writer := _signed_writer(doc.text)) is not None:
            doc.authors = [writer]
        if not doc.authors and doc.title and (speaker := _speaker(doc.title)) is not None:
            doc.authors = [speaker]
        if not doc.authors:
            doc.authors = input_authors(_input_value(given, "authors"))
        source = _input_value(given, "source")
        if doc.metadata.get("source_name") is None and isinstance(source, str) and not INPUT_SOURCE_NOT.search(source):
            doc.metadata["source_name"] = source.strip()
        if doc.metadata.get("source_name") is None and self._wire_agency is not None:
            doc.metadata["source_name"] = self._wire_agency  # (the agency of the lead's wire dateline)
        if (
            (named := doc.metadata.get("source_name")) is not None and named in doc.authors
            and named == doc.metadata.get("account_name") and _person_alone(named)
        ):
            # A writer's own account, its name over the stamp (`某某 2022-05-17 10:05 发布于广东`): a
            # person, the page's author, and no outlet it came from.
            del doc.metadata["source_name"]
        return out

    def _front_matter(self, doc: Document) -> None:
        """A web clipper's YAML front matter over the text (`---` / `title: "…"` / `published: …` /
        `---`): its title, date, writers and address are read and the block is lifted."""
        m = FRONT_MATTER.match(doc.text)
        if m is None:
            return
        import yaml  # (only for a page that opens with such a block)

        try:
            fields = yaml.safe_load(m["body"])
        except yaml.YAMLError:
            return
        if not isinstance(fields, dict) or not any(k in fields for k in ("title", "source", "url", "published", "date", "created")):
            return
        title = fields.get("title")
        if isinstance(title, str) and title.strip() and doc.title is None:
            doc.title = " ".join(title.split())
            if (headline := _page_title_headline(doc.title)) is not None:
                doc.title = headline  # (the clipped page's <title>, `headline - 某某医院`: its headline)
        for key in ("published", "date"):
            value = fields.get(key)
            # (YAML reads `published: 2022-12-16` as a date)
            when = value.isoformat() if isinstance(value, (date, datetime)) else input_date(value)
            if when is not None:
                doc.published = doc.published or when
                break
        created = fields.get("created")
        if doc.published is None and created is not None:
            # The day the page was clipped: the article's date only where the page states none
            # (read after the text's own head, `发布日期:…`).
            when = created.isoformat() if isinstance(created, (date, datetime)) else input_date(created)
            if when is not None:
                doc.metadata["clipped"] = when
        people = fields.get("author") or fields.get("authors")
        names = [people] if isinstance(people, str) else people if isinstance(people, list) else []
        found = [n for n in (str(x).strip().strip("[]").strip() for x in names) if n]
        if found and not doc.authors:
            if all(is_author_name(n) for n in found):
                doc.authors = found
            elif len(found) == 1:
                doc.metadata.setdefault("account_name", found[0])  # (a clipped account's page names the account)
        url = fields.get("source") or fields.get("url")
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            doc.metadata.setdefault("url", url.strip())
        doc.apply(STAGE, [Edit(0, m.end(), "", "info_line", {"fields": sorted(str(k) for k in fields), "place": "front_matter"})])

    def _run(self, doc: Document) -> list[Document]:
        lines = _lines(doc.text)
        body_at = _body_start(lines, 0)
        if body_at is not None and (
            _channel_headline(lines[body_at].text) or (len(lines[body_at].text) <= CARD_MAX_CHARS and CARD_LINE.search(lines[body_at].text))
        ) and (
            channel := next((k for k in range(body_at + 1, min(body_at + 4, len(lines))) if _channel_line(lines[k].text)), None)
        ) is not None:
            # A headline with a `！` (or the account's card: 某某医院官方科普号,每周为您…。) over a channel
            # article's account line: the head goes on below it.
            body_at = _body_start(lines, channel + 1)
        if body_at is None:
            # No body near the top: a list of short lines is left alone, unless an info bar of a
            # date and a source or writer stands near its top (a poster's or an explainer's page of
            # short lines): the lines above it are the head, the lines under it the body.
            body_at = next((
                k + 1 for k in range(min(len(lines) - 1, SHORT_PAGE_INFO_LINES))
                if (f := parse_fields(lines[k].text)) is not None and "date" in f.values and len(set(f.kinds) - {"date", "counter"}) >= 1
            ), None)
            if body_at is None:
                return [doc]
        elif body_at > HEAD_MAX_LINES:
            # …and where the first paragraph stands far under such a bar, past a list of short lines
            # (an explainer's points, 01 建立居民健康档案 …), the bar under its headline ends the head.
            bar_at = next((
                k for k in range(1, min(body_at - HEAD_MAX_LINES, SHORT_PAGE_INFO_LINES))
                # (a labelled bar under a headline of some length; a paper's masthead and day is no such bar)
                if len(lines[k - 1].text.strip()) >= TITLE_OVER_UNIT_MIN_CHARS and looks_like_title(lines[k - 1].text)
                and (n_labels := len(BAR_LABELS.findall(lines[k].text))) >= 1 and (
                    (f := parse_fields(lines[k].text)) is not None and "date" in f.values and len(set(f.kinds) - {"date", "counter"}) >= 1
                    # (its fields left empty by the template: `发布时间: 信息来源:某某局 访问量:`)
                    or n_labels >= 2
                )
            ), None)
            if bar_at is not None:
                body_at = bar_at + 1
                # (the writers' line under the bar is the head's too: `文/某某  图/某某`)
                while body_at < len(lines) - 1 and (f := parse_fields(lines[body_at].text)) is not None and f.kinds and set(f.kinds) <= {"author", "editor"}:
                    body_at += 1
        # The head is the lines right above the body, at most HEAD_MAX_LINES of them that are not
        # menu items (a portal's menu, a word or two a line, does not use up the head's few lines).
        # Lines above the head (a long menu, a record table) stay where they are.
        head_at = body_at
        counted = 0
        while head_at > 0 and counted < HEAD_MAX_LINES:
            head_at -= 1
            # (nor does a forum poster's panel, a field a line: 积分 2890, UID 10287, 状态 离线)
            if not MENU_ITEM.fullmatch(lines[head_at].text.strip()) and not PANEL_FIELD.match(lines[head_at].text):
                counted += 1
        # A channel article's headline over its account line at the top, its account's card, a player
        # and a programme's list between them and the first paragraph: the head reaches up to them.
        top = next((
            k for k in range(1, min(CHANNEL_TOP_LINES, body_at))
            if looks_like_title(lines[k - 1].text) and _channel_line(lines[k].text)
        ), None)
        if top is not None and top - 1 < head_at and body_at - (top - 1) <= CHANNEL_HEAD_MAX_LINES:
            head_at = top - 1
        # (an 信息公开 page's record table a cell a line, longer than the head: the head takes in its
        # rows above, each label over its value, so that none is left over the title)
        while head_at > 0:
            # (the head may start on a value, its label just above it)
            step = next((
                back for back in (1, 2)
                if head_at >= back and (row := RECORD_LABEL_ALONE.match(lines[head_at - back].text)) is not None
                and _record_value(row["label"], lines[head_at - back + 1].text.strip())
            ), 0)
            if not step:
                break
            head_at -= step
        head: list[_Line] = lines[head_at:body_at]
        # An e-paper's issue line above a long head (its page's list of stories between): the date,
        # should the head hold none (`某某日报 2015年03月12日 星期四` over `本版导读` and six headlines).
        above_date = next((
            f.values["date"] for ln in lines[max(0, head_at - ABOVE_HEAD_DATE_LINES) : head_at]
            if (f := parse_fields(ln.text)) is not None and "date" in f.values and "source" in f.values
        ), None)
        if above_date is None and body_at > ABOVE_HEAD_DATE_LINES:
            # (…or the paper's masthead opening the page with the day alone under it, a list of the
            # edition's pages between it and the story: `某某晚报 数字报刊平台` / `2023年11月08日 星期三`)
            above_date = next((
                f.values["date"] for k in range(min(EPAPER_MASTHEAD_LINES, body_at - 1))
                if EPAPER_MASTHEAD.match(lines[k].text) is not None and (f := _date_alone(lines[k + 1].text)) is not None
            ), None)
        # The paper an e-paper's masthead names over the page (`某某日报数字报`): the source, should the
        # page state none.
        masthead = next((
            m["paper"] for k in range(min(EPAPER_MASTHEAD_LINES, body_at)) if (m := EPAPER_MASTHEAD.match(lines[k].text)) is not None
        ), None)
        if above_date is None:
            # (…or a house paper's masthead with its issue and day, over the page's list of stories:
            # `某某医院报` / `2024年1月5日  总第186期  内部资料`, `主办:某某医院  第98期  2024年6月28日`)
            above_date = next((
                iso for k in range(min(ISSUE_MASTHEAD_LINES, head_at))
                if _issue_stamp(lines[k].text) and (day := DATE_RE.search(lines[k].text)) is not None
                and (iso := parse_date(day.group())) is not None
            ), None)
        # A head line the repair stage will join to the first body line is the start of that
        # paragraph, cut by a page break or by an image caption or credit (which boilerplate
        # removes there): the head ends above it, as it will on a second run.
        while head:
            j = len(head) - 1
            while j > 0 and len(head) - j <= CUT_CAPTIONS_MAX and _caption_like(head[j].text):
                j -= 1
            if (
                _info_fields(head[j].text) is not None or not _continues_into(head[j].text, lines[head_at + len(head)].text)
                # (nor a line over an info bar: `headline` / `發佈日期:…` / body)
                or any(_info_fields(h.text) is not None for h in head[j + 1 :])
            ):
                break  # an info bar (date, source, editor) is never the start of a cut paragraph
            del head[j:]
        # Lifted lines: index in `head` -> (rule, note). A label-only line and its date share one edit.
        lifted: dict[int, tuple[str, dict[str, Any]]] = {}
        joined_with_next: set[int] = set()
        credits: list[tuple[str, str]] = []
        published: str | None = None
        bracket_date: str | None = None
        bare_date: str | None = None
        account_source = False  # whether source_name is a channel account's name, from its account line
        by_publisher = False  # whether source_name is a record row's publisher (发布机构:), which a stated 来源 overrides
        header_date: str | None = None
        signed_date: str | None = None
        # Where `published` was read from a line naming no field (a site's or an account's name and a
        # day), and the days of labelled fields (发布时间, 更新时间), by head line.
        unlabelled_day_at: int | None = None
        labelled_days: list[tuple[int, str]] = []

        head_texts = [ln.text for ln in head]
        # An account's name alone over its account line, quoted by its follow prompt under them
        # (`某某发布` / `某某县融媒体中心 2019-10-24 20:05` / `点击上方“某某发布”可以订阅哦`): the
        # account's name, not the headline.
        # (only where a headline stands right above the body for the title to be)
        followed = {q for t in head_texts if "“" in t for q in FOLLOW_QUOTED.findall(t)}
        if followed:
            # (the prompt itself may close the head, under the headline)
            last = len(head) - 1
            while last > 0 and "“" in head_texts[last] and FOLLOW_QUOTED.search(head_texts[last]):
                last -= 1
            if not (looks_like_title(head_texts[last]) and head_texts[last].strip() not in followed):
                followed = set()
        for i, ln in enumerate(head):
            if i == 0 and (printed := PRINT_HEADER.match(ln.text)) is not None and any(
                (t := later.text.strip()) and len(t) >= PRINT_TITLE_MIN_CHARS and t in printed["title"] for later in head[1:]
            ):
                # A browser's print header: when the page was printed, then its title, which the page
                # prints again under it (no date of the article's: that is read from the page's own lines).
                lifted[i] = ("menu", {"field": "print_header"})
                continue
            if (
                "扫" in ln.text and i + 1 < len(head) and QR_WIDGET.fullmatch(ln.text.strip()) is not None
                and FOLLOW_WIDGET.fullmatch(head_texts[i + 1].strip()) is not None
            ):
                # A saved post's QR widget (`微信扫一扫` / `关注该公众号`) under the account's name alone.
                lifted[i] = lifted[i + 1] = ("menu", {"field": "menu"})
                if (
                    i > 0 and i - 1 not in lifted and ACCOUNT_ALONE.fullmatch(name := head_texts[i - 1].strip()) is not None
                    and len(name) <= ACCOUNT_ALONE_MAX_CHARS
                ):
                    lifted[i - 1] = ("banner", {"field": "banner"})
                    doc.metadata.setdefault("account_name", name)
                continue
            if i > 0 and lifted.get(i - 1, ("",))[0] == "menu" and FOLLOW_WIDGET.fullmatch(ln.text.strip()) is not None:
                continue  # (the widget's second line, lifted with the first)
            if "头像" in ln.text and AVATAR_ALT.match(ln.text):
                # An avatar's alt text over the writer's card (`作者头像` / `某某医院`): the name under it is
                # the account's.
                lifted[i] = ("menu", {"field": "menu"})
                if (
                    i + 1 < len(head) and i + 1 not in lifted and ACCOUNT_ALONE.fullmatch(name := head_texts[i + 1].strip()) is not None
                    and len(name) <= ACCOUNT_ALONE_MAX_CHARS
                ):
                    lifted[i + 1] = ("banner", {"field": "banner"})
                    doc.metadata.setdefault("account_name", name)
                continue
            if followed and i + 1 < len(head) and ln.text.strip() in followed and i not in lifted:
                lifted[i] = ("banner", {"field": "banner"})
                doc.metadata.setdefault("account_name", ln.text.strip())
                continue
            if (
                i + 2 < len(head) and i not in lifted and head_texts[i + 1].lstrip().startswith("发")
                and REGION_LINE.match(head_texts[i + 1]) and FOLLOW_BUTTON.match(head_texts[i + 2])
                and ACCOUNT_ALONE.fullmatch(name := ln.text.strip()) is not None and len(name) <= ACCOUNT_ALONE_MAX_CHARS
            ):
                # A platform's card of the account under the headline and its time: the account's name,
                # where it posted from, its follow button (`某某观察` / `发布于 广东` / `关注`): no headline.
                lifted[i] = ("banner", {"field": "banner"})
                lifted[i + 1] = ("info_line", {"fields": ["region"]})
                lifted[i + 2] = ("menu", {"field": "menu"})
                doc.metadata.setdefault("account_name", name)
                continue
            m = LABEL_ONLY.match(ln.text)
            if m and m["label"] == "发布人" and i + 1 < len(head) and SPEAKER_LINE.match(head[i + 1].text):
                continue  # a press conference's speakers under their label: the transcript's, not a byline
            if m and _LABELS[m["label"]] == "date" and i + 1 < len(head) and DATE_LINE.match(head[i + 1].text):
                iso = parse_date(head[i + 1].text)
                if iso is not None and i not in lifted and i + 1 not in lifted:
                    published = published or iso
                    lifted[i] = ("published", {"field": "published", "value": iso})
                    lifted[i + 1] = ("published", {})
                    joined_with_next.add(i)
                    continue
            if (
                i not in lifted and i + 1 < len(head) and i + 1 not in lifted and (bare := BARE_BAR_LABEL.match(ln.text)) is not None
                and any(0 <= j < len(head) and BARE_BAR_LABEL.match(head[j].text) for j in (i - 2, i + 2))
                and len(head[i + 1].text.strip()) <= RECORD_VALUE_MAX_CHARS and not BARE_BAR_LABEL.match(head[i + 1].text)
                and not SENTENCE_PUNCT.search(head[i + 1].text)
            ):
                # An info bar split a label and its value a line, without colons, two fields at least
                # (`来源` / `某某融媒体中心` / `作者` / `记者 某某` / `点击量` / `3476`).
                label, value = bare["label"], head[i + 1].text.strip()
                if label == "来源" and "source_name" not in doc.metadata:
                    doc.metadata["source_name"] = value
                elif label == "作者":
                    credits.extend(byline_credits(value) or [("作者", name) for name in _split_names(value) if is_author_name(name)])
                lifted[i] = ("info_line", {"fields": ["record"]})
                lifted[i + 1] = ("info_line", {"fields": ["record"]})
                continue
            if (
                i not in lifted and i + 1 < len(head) and i + 1 not in lifted and (record := RECORD_LABEL_ALONE.match(ln.text))
                and len(head[i + 1].text.strip()) <= RECORD_VALUE_MAX_CHARS and not LABEL_ONLY.match(head[i + 1].text)
                and not RECORD_LABEL_ALONE.match(head[i + 1].text) and _record_value(record["label"], head[i + 1].text.strip())
                # (a summary's value only over the headline: under an empty label the headline stands)
                and (not record["label"].startswith("内") or (i + 2 < len(head) and looks_like_title(head[i + 2].text)))
            ):
                # An 信息公开 page's record table a cell a line: the label, its value under it
                # (`发布机构：` / `某某区人民政府办公室`); the publisher is the source where none is stated.
                label = record["label"].replace(" ", "")
                if label in ("发布机构", "信息来源", "发文机关", "来源", "文章来源") and "source_name" not in doc.metadata:
                    doc.metadata["source_name"] = head[i + 1].text.strip()
                    by_publisher = label in ("发布机构", "发文机关")  # (a stated 来源 below overrides it)
                if label == "作者":
                    credits.extend(("作者", name) for name in _split_names(head[i + 1].text))
                if label in ("发布日期", "发布时间", "发文日期", "发文时间") and (iso := parse_date(head[i + 1].text)) is not None:
                    published = published or iso
                    lifted[i] = ("published", {"field": "published", "value": iso})
                    lifted[i + 1] = ("published", {})
                    continue
                if label in ("生成日期", "成文日期", "印发日期", "签发日期") and (iso := parse_date(head[i + 1].text)) is not None:
                    signed_date = signed_date or iso  # (the day the page was made: its date where none is published)
                lifted[i] = ("info_line", {"fields": ["record"]})
                lifted[i + 1] = ("info_line", {"fields": ["record"]})
                continue
            if i in lifted:
                continue
            if (
                doc.title is None and ln.text.rstrip()[-1:] in ")）]】" and (m := DATED_TITLE.match(ln.text.strip())) is not None
                and looks_like_title(m["title"]) and (iso := parse_date(m["when"])) is not None
            ):
                # A blog post's headline with its time in brackets after it (`秋天,去看了… (2009-10-18 21:37:05)`).
                doc.title = m["title"].strip()
                published = published or iso
                lifted[i] = ("title", {"field": "title", "value": doc.title})
                continue
            if (
                doc.title is None and (">" in ln.text or "＞" in ln.text) and (crumbed := CRUMB_GLUED_TITLE.match(ln.text.strip())) is not None
                and looks_like_title(crumbed["title"]) and i + 1 < len(head) and (bar := _info_fields(head[i + 1].text)) is not None
                and "date" in bar.values
            ):
                # The headline glued after the breadcrumb's last step as a scraper lost the break
                # (`当前位置:首页 > 新闻动态 > 医院新闻 某某医院开展…`, the info bar under it): the title.
                doc.title = crumbed["title"].strip()
                lifted[i] = ("title", {"field": "title", "value": doc.title})
                continue
            if (
                doc.title is None and ("来源" in ln.text or "作者" in ln.text) and (glued := GLUED_TITLE_BAR.match(ln.text.strip())) is not None
                and looks_like_title(glued["title"]) and (bar := parse_fields(glued["bar"])) is not None and "date" in bar.values
            ):
                # The headline with the bar glued after it as a scraper lost the break (`…通过认证2022-08-19
                # 来源:某某融媒体中心`): the title, the day and the bar's fields.
                doc.title = glued["title"].strip()
                published = published or bar.values["date"]
                if bar.values.get("source") and "source_name" not in doc.metadata:
                    doc.metadata["source_name"] = bar.values["source"]
                credits.extend(bar.credits)
                lifted[i] = ("title", {"field": "title", "value": doc.title})
                continue
            if i - 1 in lifted and lifted[i - 1][0] in INFO_RULES and REGION_LINE.match(ln.text):
                # Where a channel post was sent from, on the line under its time.
                lifted[i] = ("info_line", {"fields": ["region"]})
                continue
            if i - 1 in lifted and lifted[i - 1][0] == "published" and ACCOUNT_BADGE.match(ln.text):
                # The account's badge under the post's time (`某某县中医医院官方帐号`): who posted it, no source.
                lifted[i] = ("menu", {"field": "menu"})
                doc.metadata.setdefault("account_name", ACCOUNT_BADGE_WORDS.sub("", ln.text.strip()))
                continue
            if (
                i - 1 in lifted and lifted[i - 1][0] == "published" and len(ln.text.strip()) <= BANNER_MAX_CHARS
                and (BARE_UNIT.fullmatch(ln.text.strip()) or GOV_UNIT.fullmatch(ln.text.strip())) and "source_name" not in doc.metadata
            ):
                # The unit that posted it, alone under the day (`2019-04-16` / `某某镇人民政府`): the source.
                doc.metadata["source_name"] = ln.text.strip()
                lifted[i] = ("source_line", {"fields": ["source"]})
                continue
            if DAY_ALONE.match(ln.text) and 0 < i < len(head) - 1 and i - 1 not in lifted and _account_under_title(head, i - 1):
                # An account's post stamped without its year (某某医院 / 3月3日): the stamp, no date.
                lifted[i] = ("info_line", {"fields": ["date"]})
                continue
            # (an e-paper's day with its count of pages: `2017年09月22日 星期五 | 今日12版`)
            day_text = EDITION_COUNT_TAIL.sub("", ln.text) if "版" in ln.text else ln.text
            if "【" in day_text or "[" in day_text:
                day_text = HEADER_BUTTONS_TAIL.sub("", day_text)  # (…or the header's buttons after it: `… 星期三　【适老化模式】　【无障碍】`)
            if TODAY_LINE.match(ln.text) or (
                # (a day, its weekday and its time under a headline is the article's stamp: 2018年4月3日（星期二） 11:25)
                DATE_LINE.match(day_text) and WEEKDAY.search(day_text) and not (i > 0 and CLOCK_TIME.search(day_text))
            ) or LUNAR_CLOCK.match(ln.text) or (_issue_stamp(ln.text) and _info_fields(ln.text) is None):
                iso = parse_date(ln.text)
                if iso is not None:
                    header_date = header_date or iso
                    lifted[i] = ("header_date", {"field": "header_date", "value": iso})
                continue
            if DATE_LINE.match(ln.text) or (ln.text[:1].isdigit() and DMY_LINE.match(ln.text)):
                if i > 0 and (OTHER_DATE_LABEL.fullmatch(head[i - 1].text) or PANEL_DATE_LABEL.fullmatch(head[i - 1].text)):
                    # a record grid's cell under `成文日期` (or 印发, 生效), a poster panel's under
                    # `注册时间`: not the page's date
                    continue
                iso = parse_date(ln.text)
                if iso is not None:
                    if ln.text.lstrip()[:1] in "(（":
                        # `（2025年1月20日）` under a speech's or a document's title: the day it was
                        # given or signed; the page's own 发布时间 goes before it.
                        bracket_date = bracket_date or iso
                    else:
                        # (a date alone on its line: a labelled one, `发布时间:…`, goes before it; a
                        # box of dated headlines may end above the head)
                        bare_date = bare_date or iso
                    lifted[i] = ("published", {"field": "published", "value": iso})
                continue
            if (speaker := SPEAKER_LINE.match(ln.text)) is not None and (
                lifted.get(i - 1, ("",))[0] == "published"
                # (…or over it, `（2025年1月20日）` on the next line, or right under the speech's headline)
                or (i + 1 < len(head) and head[i + 1].text.lstrip()[:1] in "(（" and DATE_LINE.match(head[i + 1].text) is not None)
                or (i > 0 and SPEECH_TITLE.search(head[i - 1].text.strip()) is not None)
            ):
                # `区卫生健康局党组书记、局长 某某某` under a speech's date (`（2025年1月20日）`): who gave
                # it. (Under a field, `发布人:…` / `某某主任 某某`, such a line is the field's.)
                credits.append(("讲话", speaker["name"]))
                lifted[i] = ("byline", {"fields": ["author"]})
                continue
            if event_time(head_texts, i):
                continue  # a lecture's or a meeting's own time (时间:… beside 报告人:, 地点:): its notice's
            if READER_HEADER.match(ln.text):
                # A reader service's header: the page's address and time, and its content's label.
                label, _, value = ln.text.partition(":")
                label, value = label.strip(), value.strip()
                if label == "Published Time" and (iso := parse_date(value)) is not None:
                    published = published or iso
                elif label == "URL Source" and value:
                    doc.metadata.setdefault("url", value)
                lifted[i] = ("info_line", {"fields": [{"Published Time": "date", "URL Source": "url"}.get(label, "header")]})
                continue
            fields = _info_fields(ln.text)
            if fields is None:
                continue
            # (a line of no `label:` field naming a source is an account's: `某某医院 2024-01-09 08:00`)
            # (a repost card, `以下文章来源于某某 ,作者某某`, states where the piece came from)
            from_account = "source" in fields.values and unlabelled_source(ln.text)
            kinds = set(fields.kinds) - {"counter"}
            if not kinds:
                continue  # a bare counter line is boilerplate's business
            if kinds <= {"date", "updated", "signed"}:
                rule = "published"
            elif kinds <= {"author", "editor"}:
                rule = "byline"
            elif kinds <= {"source", "original_title"}:
                rule = "source_line"
            else:
                rule = "info_line"
            if "date" in fields.values:
                # (the same day again with its time, `生成日期:2022-01-14` over `发布时间:2022-01-14
                # 15:40`: the finer stamp)
                same_day = published is not None and fields.values["date"].startswith(published)
                if published is None and from_account:
                    unlabelled_day_at = i
                elif not from_account:
                    labelled_days.append((i, fields.values["date"]))
                published = fields.values["date"] if same_day else published or fields.values["date"]
            if "updated" in fields.values:
                doc.metadata.setdefault("updated", fields.values["updated"])
                labelled_days.append((i, fields.values["updated"]))
            if "signed" in fields.values:
                signed_date = signed_date or fields.values["signed"]
            if "source" in fields.values:
                stated = fields.publisher != fields.values["source"]
                if (
                    stated and by_publisher and doc.metadata.get("source_name") != fields.values["source"]
                    # (the same unit shortened, `县卫生健康局` under `发布机构:某某县卫生健康局`: the full name stays)
                    and not str(doc.metadata.get("source_name")).endswith(fields.values["source"])
                ):
                    # (a record row's publisher, `发布机构:某某科`, over the article's `来源:某某委`: the stated source)
                    doc.metadata["source_name"] = fields.values["source"]
                    by_publisher = False
                elif account_source and not from_account and doc.metadata.get("source_name") != fields.values["source"]:
                    # `来源:某某县医疗保障局` under a channel's account line: the stated source is the
                    # source, the account that reposted it is kept as the account.
                    doc.metadata["account_name"] = doc.metadata["source_name"]
                    doc.metadata["source_name"] = fields.values["source"]
                    account_source = False
                elif "source_name" not in doc.metadata:
                    doc.metadata["source_name"] = fields.values["source"]
                    account_source = from_account
                    by_publisher = not stated
            if "original_title" in fields.values:
                doc.metadata.setdefault("original_title", fields.values["original_title"])
            if "column" in fields.values:
                doc.metadata.setdefault("column_name", fields.values["column"])
            if "affiliation" in fields.values:
                doc.metadata.setdefault("author_affiliation", fields.values["affiliation"])
            credits.extend(fields.credits)
            lifted[i] = (rule, {"fields": sorted(kinds)})

        # (the day a document was signed, 发文日期 or 成文日期, when the page states no other)
        published = published or bare_date or bracket_date or signed_date
        if published is None and doc.published is None:
            # A thread's first post stamped below its poster's panel, further down than a head reaches
            # (`发表于 2012-3-14 21:05:33 | 只看该作者`, `楼主 · 2016-11-3 08:47 · 来自Android客户端`): its date.
            published = _first_post_stamp(lines[: head_at + len(head) + FORUM_STAMP_REACH])
        for i in range(len(head) - 1):
            if (
                i not in lifted and i + 1 not in lifted and _person_alone(name := head[i].text.strip())
                and REPORTER_POST.fullmatch(head[i + 1].text.strip()) is not None
            ):
                # A reporter's card under the headline: the name, then the post (`某某` / `某某日报健康频道记者`).
                credits.append(("记者", name))
                lifted[i] = ("byline", {"field": "author_card"})
                lifted[i + 1] = ("byline", {"field": "author_card"})
                break
        self._title(doc, head, lifted, credits)
        title_at = next((i for i in lifted if lifted[i][0] == "title"), None)
        for i in range(title_at + 2, len(head)) if title_at is not None else ():
            prompt = head[i - 1].text
            if (
                i not in lifted and len(slogan := head[i].text.strip()) <= SLOGAN_MAX_CHARS
                and not SENTENCE_PUNCT.search(slogan) and ("·" in slogan or "，" in slogan or "," in slogan)
                and (FOLLOW_PLAIN.match(prompt) is not None or ("“" in prompt and FOLLOW_QUOTED.search(prompt) is not None))
            ):
                # The account's slogan under its follow prompt, below the headline (`点击上方蓝字 关注“某某发布”`
                # / `权威发布 · 某某本地资讯第一时间知晓`): the account's, no line of the article.
                lifted[i] = ("account_card", {})
        for i in range(title_at or 0):
            if i not in lifted and _is_body(head[i].text) and _notice_over_headline(lines, head_at + i):
                # A site's notice over its menus and the headline (`温馨提示:…谨防上当受骗!`): the site's.
                lifted[i] = ("site_notice", {"field": "site_notice"})
        if (
            unlabelled_day_at is not None and title_at is not None and unlabelled_day_at < title_at
            and (bar_days := [day for i, day in labelled_days if i > title_at])
        ):
            # A site's name and a day over the headline (`某某县人民政府网  2010年7月19日`, the day it was
            # viewed), a labelled day in the bar under it (`更新时间:2010-7-16`): the bar's is the article's.
            published = bar_days[0]
        if not any(role in AUTHOR_CARD_ROLES for role, _ in credits) and (card := _doctor_card(head, lifted)) is not None:
            # A doctor platform's card over the post: the doctor's name, then the hospital, the department
            # and the rank (`某某` / `某某市第二人民医院 眼科 副主任医师`): who wrote it.
            credits.append(("作者", head[card].text.strip()))
            lifted[card] = ("byline", {"field": "author_card"})
            lifted[card + 1] = ("byline", {"field": "author_card"})
        if doc.title is None and head and head[0].start == 0 and 0 not in lifted:
            # No headline in the head but the page's <title> on its first line (`headline - 某某新闻网`,
            # over a 原标题 line and the bar): the headline it names.
            first = head[0].text.strip()
            if (headline := _page_title_headline(first)) is not None and looks_like_title(headline):
                doc.title = headline
                lifted[0] = ("title", {"field": "page_title", "value": first})
        if doc.title is not None and "查看完整版本" in doc.title and (archived := ARCHIVE_SUBJECT.match(doc.title)) is not None:
            doc.title = archived["subject"]

        if header_date is not None:
            doc.metadata.setdefault("header_date", header_date)
            if published is None and not (doc.metadata.get("updated")):
                # The only date in the head: on an e-paper page the issue's date is the article's.
                # (not over the article's own update stamp, `更新时间:2005-4-8`, under a header's
                # `今天是2005年4月12日`: the day the page was viewed)
                published = header_date
        if published is None and doc.published is None and doc.metadata.get("header_date") and not doc.metadata.get("updated"):
            # Only the page's header had a date (an HTML page's, read before its header went).
            published = doc.metadata["header_date"]
        if published is None and doc.published is None and above_date is not None and not doc.metadata.get("updated"):
            published = above_date
        if published is None and doc.published is None and doc.metadata.get("updated"):
            # Only an update stamp in the info bar (an old CMS's `更新时间:`, its one date): when the
            # article went up, as far as the page tells.
            published = doc.metadata["updated"]
        if published is not None and doc.published is None:
            doc.published = published
        if masthead is not None and not doc.metadata.get("source_name") and not doc.metadata.get("account_name"):
            doc.metadata["source_name"] = masthead
        if credits:
            # Only writers are authors (`credited_authors`); the others stay in the credits.
            doc.authors = credited_authors(credits, doc.authors)
            doc.metadata.setdefault("credits", [{"role": role, "name": name} for role, name in credits])
            # (the account's own short name in a writer's slot, `2017-06-07 某某县卫生计生局 某某卫计`)
            owner = doc.metadata.get("source_name") or doc.metadata.get("account_name")
            if isinstance(owner, str) and doc.authors:
                doc.authors = [a for a in doc.authors if not _abbreviates(a, owner)]

        if isinstance(owner_name := doc.metadata.get("source_name"), str) and doc.title is not None:
            # The account's name alone on its card, under the headline its info bar names it in
            # (`来源公众号:某某` … `某某` / `某某医院官方公众号`): the page's, as the bar's.
            below = next((i for i in lifted if lifted[i][0] == "title"), len(head))
            for i in range(below + 1, len(head)):
                if i not in lifted and head[i].text.strip() == owner_name and len(owner_name) <= ACCOUNT_ALONE_MAX_CHARS:
                    lifted[i] = ("account_name", {"field": "account_name"})
                    doc.metadata.setdefault("account_name", owner_name)
        edits = self._edits(doc.text, head, lines[head_at:], lifted, joined_with_next)
        account = doc.metadata.get("source_name") if account_source else None
        edits.extend(self._bylines_in_body(doc, lines, head_at + len(head), head_source_unlabelled=account_source))
        if account is not None and doc.metadata.get("source_name") == account and not MEDIA_OUTLET.search(account):
            # A channel account's own name on its account line, no 来源 stated (`原创 某某 某某医院 2023-12-06
            # 18:02`): the account that posted it, no source. (An outlet's account, `某某日报`, is the outlet.)
            doc.metadata.setdefault("account_name", doc.metadata.pop("source_name"))
            if isinstance(doc.metadata.get("tail_source_name"), str):
                doc.metadata["source_name"] = doc.metadata.pop("tail_source_name")  # (a 来源 stated under the article)
        elif "tail_source_name" in doc.metadata and doc.metadata["tail_source_name"] == doc.metadata.get("source_name"):
            del doc.metadata["tail_source_name"]  # (the source stated again: said once)
        if edits:
            doc.apply(STAGE, edits)
        return [doc]

    def _thread_subject(
        self, doc: Document, head: list[_Line], lifted: dict[int, tuple[str, dict[str, Any]]], credits: list[tuple[str, str]],
    ) -> bool:
        """A thread's subject over its first poster's panel (name, 积分, 帖子, 注册时间, 楼主) and the
        first post's stamp (`发表于 …`): the nearest line above the stamp that reads as a headline,
        however many panel lines stand between."""
        stamp = next((i for i, ln in enumerate(head) if "发表" in ln.text and FORUM_STAMP.match(ln.text)), None)
        if stamp is None:
            stamp = next((i for i, ln in enumerate(head) if "发表于" in ln.text and POSTER_STAMP.match(ln.text)), None)
        if stamp is None:
            return False
        for j in range(stamp - 1, max(-1, stamp - THREAD_PANEL_REACH), -1):
            line = SUBJECT_BUTTONS.sub("", head[j].text).strip()
            if (labelled := SUBJECT_LABEL.match(line)) is not None:
                line = line[labelled.end() :].strip()  # (an old board's `标题: …` over the poster's panel)
            if (
                j in lifted or len(line) < THREAD_SUBJECT_MIN_CHARS or not looks_like_title(line) or PANEL_FIELD.match(line)
                or LEAD_FIELD_LABEL.match(line) or _info_fields(line) is not None
            ):
                continue
            doc.title = line  # (a board's tag before it, `【攻略】…`, is the subject's as the board shows it)
            lifted[j] = ("title", {"field": "title", "value": doc.title})
            # The first poster's name heads the panel under it (past the subject's buttons).
            for k in range(j + 1, stamp):
                name = head[k].text.strip()
                if not name or k in lifted or SUBJECT_BUTTONS.fullmatch(name) or NOT_TITLE.search(name):
                    continue
                if POSTER_NAME.fullmatch(name) and not PANEL_FIELD.match(name) and not POSTER_RANK.search(name):
                    credits.append(("楼主", name))
                    lifted[k] = ("byline", {"fields": ["author"]})
                break
            return True
        return False

    def _page_title_echo(self, doc: Document, head: list[_Line], lifted: dict[int, tuple[str, dict[str, Any]]], free: list[int]) -> bool:
        """A scraped page whose first line is its <title> (`headline - board - site - Powered by …`):
        the head line below that says the headline again (with a board's tag before it, `[提车作业] …`)
        is the title, however far from the body the page's panels put it; the <title> line goes."""
        if len(free) < 2:
            return False
        first = doc.text[: doc.text.find("\n")].strip() if "\n" in doc.text else ""
        headline = _page_title_headline(first)
        if headline is None or not looks_like_title(headline):
            return False
        for j in free:
            if head[j].start == 0:
                continue
            line = COPY_LINK_TAIL.sub("", head[j].text.strip())  # (a Discuz subject's `[复制链接]` button)
            tagged = BOARD_TAG.match(line)
            if (line[tagged.end() :] if tagged is not None else line) != headline:
                continue
            # (a board's tag in 【】 is the subject's as the board shows it; `[…]` a platform's mark)
            doc.title = line if tagged is not None and tagged.group().strip()[:1] == "【" else headline
            lifted[j] = ("title", {"field": "title", "value": headline})
            if head[0].start == 0 and 0 in free:
                lifted[0] = ("title", {"field": "page_title", "value": first})
            return True
        return False

    def _title(
        self,
        doc: Document,
        head: list[_Line],
        lifted: dict[int, tuple[str, dict[str, Any]]],
        credits: list[tuple[str, str]],
    ) -> None:
        """Find the title among the head lines not already lifted.

        A `# ` line (or a `标题：` field) is the title; short lines above it are a banner and a `## ` line right
        under it is the subtitle. Otherwise the title is the line directly above the body,
        with only metadata lines, unparsed info bars (two `label:value` pairs) and a bare names
        line or a `——` subtitle right under it in between. It must look like a headline
        (`looks_like_title`).
        """
        if doc.title is not None:
            # A title set earlier (by the input, or a previous run) is never looked for again; a
            # head line that is the title a JSONL field states is its line, and leaves the text as
            # the title (a page's reader lifted its own title line already).
            same = self._stated_title
            # (a scraper's title with the site's name after it, `标题_某某新闻客户端`: the page's own
            # headline line is the title)
            bare = TITLE_SITE_SUFFIX.sub("", same) if same else None
            # (…or without the headline's closing mark: `…来我院坐诊` for the page's `…来我院坐诊！`)
            unmarked = same.rstrip(TITLE_END_MARKS) if same else None
            for i in range(len(head)) if same else ():
                line = " ".join(head[i].text.lstrip("#").split())
                if i not in lifted and (
                    line == same or (line == bare and len(line) >= TITLE_MIN_BARE_CHARS)
                    or (line.rstrip(TITLE_END_MARKS) == unmarked and len(line) >= TITLE_MIN_BARE_CHARS)
                ):
                    doc.title = line
                    lifted[i] = ("title", {"field": "title", "value": doc.title})
                    break
            return
        # (the site's name in English capitals is no headline: boilerplate takes it)
        free = [
            i for i in range(len(head)) if i not in lifted
            and not (head[i].text.isascii() and (UPPER_NAME.fullmatch(head[i].text.strip()) or TITLE_CASE_NAME.fullmatch(head[i].text.strip())))
        ]
        for i in free:
            if (
                SECOND_SCRIPT_LINE.fullmatch(head[i].text.strip()) is not None
                and i - 1 in free and looks_like_title(head[i - 1].text)
            ):
                # The headline in a second script under it on a bilingual page (藏文, 维吾尔文, 蒙古文).
                lifted[i] = ("title_translation", {"field": "title_translation"})
                doc.metadata.setdefault("title_translation", head[i].text.strip())
        for i in free:
            if _capture_notice(head[i].text):
                # A cached copy's or a feed reader's note over the page (`某某快照:本页面是 … 的缓存副本`):
                # neither a headline nor an account's line.
                lifted[i] = ("capture_header", {})
            elif ("/" in head[i].text and "." in head[i].text) and (address := BARE_ADDRESS.fullmatch(head[i].text.strip())) is not None:
                # The page's address alone on a line of the head, as a reader mode or a saved page prints it.
                doc.metadata.setdefault("page_url", address.group())
                lifted[i] = ("page_url", {"field": "page_url"})
        free = [k for k in free if k not in lifted]
        for i in sorted(lifted):
            if head[i].text.strip() != "原创":
                continue
            # A channel post's header a field a line with its writer (`原创` / writer / account / time /
            # region): the account that posted it, the writer over it.
            if (
                i + 3 >= len(head) or lifted.get(i + 3, ("",))[0] != "published" or i + 1 in lifted or i + 2 in lifted
                or not _person_alone(head[i + 1].text.strip())
                or len(name := head[i + 2].text.strip()) > ACCOUNT_NAME_MAX_CHARS or SENTENCE_PUNCT.search(name)
            ):
                continue
            lifted[i + 1] = ("byline", {"fields": ["author"]})
            credits.append(("作者", head[i + 1].text.strip()))
            lifted[i + 2] = ("account_name", {"field": "account_name"})
            doc.metadata.setdefault("account_name", name)
            free = [k for k in free if k not in lifted]
            break
        for i in free:
            # A Markdown heading of any level right over the page's info bar: the headline, whatever
            # its level (`## 某某工作简讯（第5期）` / `2024-05-17 15:30 | 来源:…`); a `# ` line above it is
            # the site's name, its banner (`# 某某市第二人民医院` … `## 我院成功完成…`).
            if (
                (m := MD_HEADING.match(head[i].text)) is not None
                and lifted.get(i + 1, ("",))[0] in ("published", "info_line", "source_line")
                # (under the page's own info bar a heading is a part's: `### 某某医院:…` / `通讯员 某某`)
                and not any(lifted[j][0] in INFO_RULES for j in lifted if j < i)
                # (right under a `# ` headline a `## ` line is its subtitle: the `# ` line is the title)
                and not ((above := [j for j in free if j < i]) and H1.match(head[above[-1]].text) and not H1.match(head[i].text))
            ):
                doc.title = m["text"].strip()
                lifted[i] = ("title", {"field": "title", "value": doc.title})
                site = next(((j, h) for j in free if j < i and (h := H1.match(head[j].text)) is not None), None)
                if site is not None:
                    doc.metadata.setdefault("banner", site[1]["text"].strip())
                    lifted[site[0]] = ("banner", {"field": "banner"})
                return
        for i in free:
            # (an export tool's header gives the fields in brackets: 【标题】… / 【链接】… / 【导出】…)
            field_line = head[i].text if not EXPORT_FIELD.match(head[i].text) else EXPORT_FIELD.sub(r"\g<label>:", head[i].text, count=1)
            m = H1.match(head[i].text) or TITLE_FIELD.match(field_line)
            if not m:
                continue
            value = m["text"].strip()
            doc.title = value
            lifted[i] = ("title", {"field": "title", "value": value})
            if field_line is not head[i].text:
                # (the export's other fields, 【站点】, 【链接】, 【导出】: its header, no line of the article)
                for j in free:
                    if j != i and EXPORT_FIELD.match(head[j].text):
                        lifted[j] = ("export_header", {})
                free = [j for j in free if j not in lifted or j == i]
            before = [j for j in free if j < i]
            if before and all(
                len(head[j].text) <= BANNER_MAX_CHARS and not SENTENCE_PUNCT.search(head[j].text)
                and not head[j].text.startswith("#")
                for j in before
            ):
                banner = "\n".join(head[j].text for j in before)
                doc.metadata.setdefault("banner", banner)
                for j in before:
                    lifted[j] = ("banner", {"field": "banner"})
            after = [j for j in free if j > i]
            if after and after[0] == i + 1 and (m2 := H2.match(head[i + 1].text)):
                subtitle = DASH_LEAD.sub("", m2["text"].strip())
                doc.metadata.setdefault("subtitle", subtitle)
                lifted[i + 1] = ("subtitle", {"field": "subtitle", "value": subtitle})
            return
        if (
            not free or self._channel_title(doc, head, lifted, free) or self._page_title_echo(doc, head, lifted, free)
            or self._thread_subject(doc, head, lifted, credits)
        ):
            return
        if (
            free[0] == 0 and len(head) > 2 and lifted.get(1, ("",))[0] == "banner" and lifted.get(2, ("",))[0] == "menu"
            and QR_WIDGET.fullmatch(head[2].text.strip()) is not None and looks_like_title(head[0].text)
        ):
            # A saved post: its headline over the account's name and the QR widget (`微信扫一扫` / `关注该公众号`).
            doc.title = head[0].text.strip()
            lifted[0] = ("title", {"field": "title", "value": doc.title})
            return
        if (
            free[0] == 0 and len(head) > 1 and ACCOUNT_TIME.match(head[1].text) and looks_like_title(head[0].text)
            and head[0].text.strip() not in head[1].text  # (the account's own name is no title: see below)
        ):
            # A channel article's export: its first line is the title, over the account's line.
            # (…unless that line is the account's own name, a unit's, and a headline stands under
            # the account's line and its prompts: 某某医院 / 原创 … 2023-08-19 18:30 / 点击蓝字关注 / headline)
            under = [j for j in free if j > 1 and looks_like_title(head[j].text) and not CARD_LINE.search(head[j].text)]
            first = head[0].text.strip()
            if ACCOUNT_NAME_END.search(first) and "的" not in first and len(under) == 1 and len(head[under[0]].text) > len(first):
                doc.title = head[under[0]].text
                lifted[under[0]] = ("title", {"field": "title", "value": doc.title})
                lifted[0] = ("banner", {"field": "banner"})
                doc.metadata.setdefault("banner", head[0].text)
                return
            doc.title = head[0].text
            lifted[0] = ("title", {"field": "title", "value": head[0].text})
            return
        if (
            free[:2] == [0, 1] and len(head) > 2 and ACCOUNT_TIME.match(head[2].text)
            and looks_like_title(head[1].text) and head[2].text.strip().startswith(head[0].text.strip())
        ):
            # The same with the account's name over the title (the export's banner).
            doc.title = head[1].text
            lifted[1] = ("title", {"field": "title", "value": head[1].text})
            lifted[0] = ("banner", {"field": "banner"})
            doc.metadata.setdefault("banner", head[0].text)
            return
        if (
            len(head) > 2 and 0 in free and 2 in free and (account := head[0].text.strip())
            and account in head[1].text and (ACCOUNT_TIME.match(head[1].text) or 1 in lifted)
            and looks_like_title(head[2].text)
        ):
            # The account's name, its line with the time (原创 某某卫健 2024-05-20 18:06), then the title.
            doc.title = head[2].text
            lifted[2] = ("title", {"field": "title", "value": head[2].text})
            lifted[0] = ("banner", {"field": "banner"})
            doc.metadata.setdefault("banner", head[0].text)
            return
        if self._title_under_account(doc, head, lifted, free):
            return
        if self._split_account_header(doc, head, lifted) or self._card_over_title(doc, head, lifted):
            return
        owner = doc.metadata.get("source_name") or doc.metadata.get("account_name")
        if isinstance(owner, str) and len(owner) <= ACCOUNT_ALONE_MAX_CHARS and len(free) > 1:
            # The account's card under the headline, its name alone as the bar above read it (`原创 某某科
            # 某某医院` / time / headline / `某某医院` / `听全文`): no title.
            for j in free[1:]:
                if (
                    head[j].text.strip() == owner and j - 1 in free and head[j - 1].text.strip() != owner
                    and looks_like_title(head[j - 1].text) and any(x < j - 1 and lifted[x][0] in INFO_RULES for x in lifted)
                ):
                    lifted[j] = ("account_name", {"field": "account_name"})
                    doc.metadata.setdefault("account_name", owner)
            free = [j for j in free if j not in lifted]
        last = len(head) - 1
        while last > 0 and last not in lifted and (
            ("“" in head[last].text and FOLLOW_QUOTED.search(head[last].text)) or FOLLOW_PLAIN.match(head[last].text)
        ):
            last -= 1  # (a channel's follow prompt under the headline: `点击上方蓝字“某某”…`, `点击上方蓝字 关注我们`)
        ruled = False
        while last > 0 and last not in lifted and RULE_LINE.match(head[last].text):
            last -= 1  # (a press release's rule of stars under its headline: `*****`)
            ruled = True
        if self._labelled_decks(doc, head, lifted, free) or self._three_deck_headline(doc, head, lifted, free):
            return
        starts = [last]
        if last > 0 and BULLET_NAME.match(head[last - 1].text) is not None and sum(1 for ln in doc.text.split("\n") if BULLET_NAME.match(ln)) >= 2:
            # A digest's first item: its institution's name after a bullet, then the item's own headline
            # (`■某某医院` / `免费为千名老人筛查骨质疏松`): the first item's, no title of the page.
            starts = []
        elif ITEM_HEADING.match(head[last].text) is not None:
            # A roundup's first item's heading (`某某医院：开展…`) is no title: under the page's title and
            # info bar, the bar vouches for the title (found below); with no bar, the title is the
            # headline right above the first of several items' headings.
            if any(
                lifted[i][0] in INFO_RULES and (j := _above_dated_lines(lifted, i)) >= 0 and j not in lifted
                and looks_like_title(head[j].text)
                for i in lifted if i < last
            ):
                starts = []
            elif last > 0 and sum(1 for ln in doc.text.split("\n") if ITEM_HEADING.match(ln)) >= 2:
                over = next((j for j in range(last - 1, -1, -1) if j not in lifted), -1)
                if over >= 0 and ITEM_HEADING.match(head[over].text) is None and looks_like_title(head[over].text):
                    starts = [over, last]
        elif (cand := next((c for c in range(last, -1, -1) if c not in lifted and not ADDRESSED.match(head[c].text)), -1)) >= 0 and (tail := head[cand].text.strip()) and any(
            i < cand and lifted[i][0] in INFO_RULES and (j := _above_dated_lines(lifted, i)) >= 0 and j not in lifted
            and looks_like_title(head[j].text) and (
                (tail in head[j].text and len(tail) < len(head[j].text.strip())) or SPEAKER_LINE.match(tail) is not None
                or (PART_LABEL.fullmatch(tail) is not None and len(head[j].text.strip()) >= 2 * len(tail))
            )
            for i in lifted
        ):
            # Under the info bar, a column's label, the end of the headline over the bar (`…新闻发布会实录`
            # / bar / `发布会实录`), a speech's speaker (`县委副书记、县长 某某`) or the first part's label
            # (`网友反映`, over `记者调查` and `部门回复` further down): the bar vouches for the headline.
            starts = []
        for k in starts:
            # (the rule of stars under a release's headline vouches for it as a bar does; so does the
            # day alone right over it, `2024年1月18日` / headline / the release)
            dated_over = k > 0 and lifted.get(k - 1, ("",))[0] == "published" and DATE_LINE.match(head[k - 1].text) is not None
            # (…and the day alone right under it, over the body: headline / `2021-12-03 09:15` / the story)
            dated_under = lifted.get(k, ("",))[0] == "published" and DATE_LINE.match(head[k].text) is not None and k == len(head) - 1
            # (…and the page's breadcrumb right over it: `新闻资讯 > 院内新闻` / headline / the story)
            crumbed = k > 0 and k not in lifted and (">" in head[k - 1].text or "＞" in head[k - 1].text) and (
                GT_CRUMB.match(head[k - 1].text) is not None or STEP_CRUMB.fullmatch(head[k - 1].text.strip()) is not None
            )
            if self._title_above(doc, head, lifted, credits, free, k, anchored=ruled or dated_over or dated_under or crumbed):
                return
        # A portal's layout: the title, its info bar, then a box of headlines or a lead above the
        # body. The info bar under it vouches for the line right above it.
        # (Date lines and bylines between them leave it vouched for: a speech's `（2025年1月20日）` and
        # `局长 某某` between its title and `发布时间:…`.)
        bars = [
            j for i in sorted(lifted)
            # (and a blog's stamp alone in brackets, `(2010-07-22 14:08:33)`)
            if lifted[i][0] in INFO_RULES and ("fields" in lifted[i][1] or head[i].text.lstrip()[:1] in "(（[［【")
            and not set(lifted[i][1].get("fields", ["date"])) <= {"column"}  # (a post's category, 分类:…, is no info bar)
            and (j := _above_dated_lines(lifted, i)) >= 0 and j not in lifted
            # (a speech's speaker over the day it was given, under the page's bar, is no headline)
            and not (SPEAKER_LINE.match(head[j].text) and any(lifted[x][0] in INFO_RULES and x < j for x in lifted))
        ]
        # (a bare date vouches for the line above it when that is an account's name under a headline)
        bars = sorted({*bars, *(
            i - 1 for i in lifted
            if lifted[i][0] == "published" and i >= 2 and i - 1 not in lifted and _account_under_title(head, i - 1)
            and not SPEAKER_LINE.match(head[i - 1].text)  # (a speech's speaker over the day it was given)
        )})
        # (the lowest first: a byline under an edition stamp vouches for the stamp, which is no
        # headline; the info bar above them for the title)
        for j in reversed(bars):
            if self._title_above(doc, head, lifted, credits, free, j, anchored=True):
                return
        # An 信息公开 page's layout: its record rows (索引号:…, 发布日期:…) over the title, then the
        # font switch or a chapter heading above the body. The rows vouch for the line right under them.
        rows = [i for i in sorted(lifted) if lifted[i][0] in INFO_RULES or lifted[i][0] == "published"]
        k = rows[-1] + 1 if rows else len(head)
        # (two rows at least, and no headline right above them: `title / date` is the usual layout)
        first_row = min((i for i in rows if i >= k - GRID_ROWS_REACH), default=k)
        if (
            sum(1 for i in rows if i >= k - GRID_ROWS_REACH) >= 2 and k < len(head) and k not in lifted
            and not (first_row > 0 and first_row - 1 not in lifted and looks_like_title(head[first_row - 1].text))
            and all(
                j in lifted or FONT_SIZE_ROW.search(head[j].text) or BUTTON_LINE.match(head[j].text)
                or SECTION_HEADING.match(head[j].text)
                or DOC_NUMBER.fullmatch(head[j].text.strip())  # (the notice's number under its title)
                for j in range(k + 1, len(head))
            )
        ):
            self._title_above(doc, head, lifted, credits, free, k, anchored=True)

    def _card_over_title(self, doc: Document, head: list[_Line], lifted: dict[int, tuple[str, dict[str, Any]]]) -> bool:
        """A phone page's account card over the headline: the account's name alone, the post's time
        (lifted), its follow button (`关注`), then the headline (`某某广播电视台` / `2021-07-19 10:05` /
        `关注` / headline). The headline is the title, the account's name the source. Whether a title
        was lifted."""
        for i in sorted(lifted):
            # (the account's badge may stand between the time and the button: `某某区融媒体中心官方帐号`)
            badge = i + 1 < len(head) and ACCOUNT_BADGE.match(head[i + 1].text) is not None
            b = i + 2 if badge else i + 1
            if (
                i < 1 or b + 1 >= len(head) or lifted[i][0] != "published" or b in lifted or b + 1 in lifted
                or (i - 1 in lifted and lifted[i - 1][0] != "source_line")  # (the account's name read as its source already)
                or (i + 1 in lifted and not badge)
                or FOLLOW_BUTTON.match(head[b].text) is None
                or not ACCOUNT_ALONE.fullmatch(name := head[i - 1].text.strip()) or len(name) > ACCOUNT_ALONE_MAX_CHARS + 2
                or not looks_like_title(head[b + 1].text) or len(head[b + 1].text.strip()) <= len(name)
            ):
                continue
            doc.title = head[b + 1].text.strip()
            lifted[b + 1] = ("title", {"field": "title", "value": doc.title})
            lifted[i - 1] = ("source_line", {"fields": ["source"]})
            lifted[b] = ("menu", {"field": "menu"})
            if badge:
                lifted[i + 1] = ("menu", {"field": "menu"})
                if doc.metadata.get("source_name") == head[i + 1].text.strip():
                    del doc.metadata["source_name"]  # (the badge read as a source before: the account's)
            if not PLATFORM_SOURCE.search(name):
                doc.metadata.setdefault("source_name", VERIFIED_BADGE.sub("", name))
            return True
        return False

    def _labelled_decks(
        self, doc: Document, head: list[_Line], lifted: dict[int, tuple[str, dict[str, Any]]], free: list[int]
    ) -> bool:
        """A paper's decks each labelled (`[引题]…` / headline / `[副题]…`, `肩题:…` / `主题:…` / `副题:…`):
        the main deck, labelled or the one between the others, is the title; the others are its kicker
        and subtitle. Whether a title was lifted."""
        kinds = {j: (m["kind"] or m["said"]) for j in free if head[j].text.lstrip()[:1] in "[【引副主肩眉" and (m := DECK_LABEL.match(head[j].text))}
        if not kinds:
            return False
        main = next((j for j, k in kinds.items() if k == "主题"), None)
        if main is not None and any(
            PRESS_FIELD.match(line) for line in doc.text[head[main].end :].lstrip("\n").split("\n", 3)[:2]
        ):
            return False  # (a press conference's topic over its speakers, `【主题】…` / `【发布人】…`: no deck)
        if main is None:
            sub = next((j for j, k in kinds.items() if k == "副题"), None)
            kick = next((j for j, k in kinds.items() if k in ("引题", "肩题", "眉题")), None)
            if sub is not None and sub - 1 in free and sub - 1 not in kinds:
                main = sub - 1
            elif kick is not None and kick + 1 in free and kick + 1 not in kinds:
                main = kick + 1
        if main is None or not looks_like_title(title := DECK_LABEL.sub("", head[main].text).strip()):
            return False
        doc.title = title
        lifted[main] = ("title", {"field": "title", "value": title})
        for j, kind in kinds.items():
            if j == main or abs(j - main) > 2:
                continue
            deck = DECK_LABEL.sub("", head[j].text).strip()
            if kind == "副题":
                lifted[j] = ("subtitle", {"field": "subtitle", "value": deck})
                doc.metadata.setdefault("subtitle", deck)
            else:
                lifted[j] = ("banner", {"field": "banner"})
                doc.metadata.setdefault("kicker", deck)
        return True

    def _three_deck_headline(
        self, doc: Document, head: list[_Line], lifted: dict[int, tuple[str, dict[str, Any]]], free: list[int]
    ) -> bool:
        """A paper's headline in three decks right over a story that opens with its dateline (引题 /
        主题 / 副题 over `本报讯(记者…)…`, or over the reporters' line): the middle deck is the title, the
        lower its subtitle and the upper its kicker, all lifted. Whether a title was lifted."""
        last = len(head) - 1
        bylined = False
        while last >= 0 and lifted.get(last, ("",))[0] in INFO_RULES:
            # (the reporters' line under the decks, `本报记者 某某 某某`, and the paper's source line under it,
            # `【来源:某某日报】`)
            bylined = bylined or lifted[last][0] == "byline"
            last -= 1
        if last < 2 or not all(j in free for j in (last - 2, last - 1, last)):
            return False
        decks = [head[j].text.strip() for j in (last - 2, last - 1, last)]
        if not all(THREE_DECK_MIN_CHARS <= len(d) <= TITLE_MAX_CHARS and looks_like_title(d) for d in decks):
            return False
        if any(
            # (a deck may say who speaks before a colon: `专家提醒：…`)
            STACK_NOT_HEADLINE.search(DECK_SPEAKER.sub("", d)) or BULLET_NAME.match(d) or SITE_NAME.fullmatch(d)
            or FONT_SIZE_ROW.search(d) or CHROME_WORDS_ROW.match(d)  # (a page's buttons over the decks: 放大 缩小 默认)
            or (d[:1] in "[【·•" and DECK_LABEL.match(d) is None)
            for d in decks
        ):
            return False  # (a tagged or bulleted line is an item of the page's list of headlines; `[引题]` labels a deck)
        after = doc.text[head[last].end :].lstrip("\n")
        if not bylined and STORY_DATELINE.match(after) is None:
            return False
        # (a fourth headline-like line over them, or a deck said twice in the head: a list of the page's
        # headlines over the story's own, not a headline's decks)
        above = last - 3
        if (
            above >= 0 and above in free and looks_like_title(head[above].text) and len(head[above].text.strip()) >= THREE_DECK_MIN_CHARS
            and not FONT_SIZE_ROW.search(head[above].text)
        ):
            return False
        said = [_squash(ln.text) for ln in head]
        if any(said.count(_squash(d)) > 1 for d in decks):
            return False
        kicker, title, subtitle = (DECK_LABEL.sub("", d).strip() for d in decks)
        doc.title = title
        lifted[last - 1] = ("title", {"field": "title", "value": title})
        lifted[last] = ("subtitle", {"field": "subtitle", "value": subtitle})
        lifted[last - 2] = ("banner", {"field": "banner"})
        doc.metadata.setdefault("subtitle", subtitle)
        doc.metadata.setdefault("kicker", kicker)
        return True

    def _split_account_header(self, doc: Document, head: list[_Line], lifted: dict[int, tuple[str, dict[str, Any]]]) -> bool:
        """A channel article's header over two lines: the title, the author's or the account's
        names (`某某疾控 某某区疾病预防控制中心`, the account twice), then the post's stamp
        (`2024-04-12 16:30 发表于广东`). The title is lifted, the account read as the source."""
        for i in sorted(lifted):
            if (
                i < 2 or lifted[i][0] != "published" or i - 1 in lifted or i - 2 in lifted
                or not (POSTED_FROM.match(head[i].text) or _channel_stamp(head[i].text) is not None)
                or not ACCOUNT_NAMES.fullmatch(head[i - 1].text.strip()) or not looks_like_title(head[i - 2].text)
                # (a thread's poster panel over the first post's stamp: `状态 离线` / `#1` / `发表于 …`)
                or PANEL_FIELD.match(head[i - 2].text) or head[i - 1].text.lstrip().startswith("#")
            ):
                continue
            names = head[i - 1].text.split()
            doc.title = head[i - 2].text
            lifted[i - 2] = ("title", {"field": "title", "value": doc.title})
            lifted[i - 1] = ("source_line", {"fields": ["source"]})
            doc.metadata.setdefault("source_name", names[-1])
            return True
        return False

    def _channel_title(
        self, doc: Document, head: list[_Line], lifted: dict[int, tuple[str, dict[str, Any]]], free: list[int]
    ) -> bool:
        """A channel article's export (WeChat and the like): the title is the one headline-like line
        above the account's line (`原创 …`, or the posting time `2024-06-18 17:02 发表于广东`), with the
        account's name alone on a line above or below it (a banner, the source). Prompts to follow
        the account may stand between them. Whether a title was lifted."""
        # (a cached copy's header, `您正在查看的是某某在 2026-01-15 03:28 抓取的网页快照`, is no account's line)
        at = next((i for i, ln in enumerate(head) if _channel_line(ln.text) and not _capture_notice(ln.text)), None)
        if at is None:
            return False
        if (via := next((i for i, ln in enumerate(head) if "来自" in ln.text and POSTED_VIA.match(ln.text)), None)) is not None:
            # A microblog's post: the poster's name over its stamp is the account, no headline; the
            # lines above are the profile's (its tabs, its counts). The post's headline, if any, opens
            # its text in brackets (see `run`).
            if via > 0 and via - 1 in free and ACCOUNT_ALONE.fullmatch(name := head[via - 1].text.strip()) is not None:
                doc.metadata.setdefault("account_name", name)
                lifted[via - 1] = ("account_name", {"field": "account_name"})
                # (…unless a headline of some length stands over the name: the platform's long article)
                if via > 1 and via - 2 in free and len(line := head[via - 2].text.strip()) >= TITLE_OVER_UNIT_MIN_CHARS and (
                    looks_like_title(line) and not CARD_LINE.search(line) and not MENU_ITEM.fullmatch(line)
                ):
                    doc.title = line
                    lifted[via - 2] = ("title", {"field": "title", "value": line})
            return True
        accounts = {head[at].text.split()[-1]} if WECHAT_BARE.match(head[at].text) and len(head[at].text.split()) > 1 else set()
        if (source := doc.metadata.get("source_name")) is not None:
            accounts.add(source)
        if (account := doc.metadata.get("account_name")) is not None:
            accounts.add(account)  # (the account that reposted a piece whose source is stated)
        named = [
            j for j in free
            if head[j].text.strip().rstrip(".．") in accounts or BARE_UNIT.fullmatch(head[j].text.strip())
        ]
        titles = [
            j for j in free
            if j < at and j not in named and _channel_headline(head[j].text) and not CARD_LINE.search(head[j].text)
            and not PLATFORM_BANNER.fullmatch(head[j].text.strip())  # (the platform's name over the page: 百度, 网易首页)
        ]
        if not titles and named and named[0] < at and (
            head[named[0]].text.strip().rstrip(".．") in accounts
            or (ACCOUNT_NAME_END.search(head[named[0]].text.strip()) and "的" not in head[named[0]].text)
        ):
            # The account's name over its line, the headline under the line and the account's card
            # (某某健康 / 转载 某某健康 … 发表于山东 / 以下文章来源于… / 某某医院. / headline).
            titles = [
                j for j in free
                if j > at and j not in named and looks_like_title(head[j].text) and not CARD_LINE.search(head[j].text)
                and not REPOST_CARD.match(head[j].text) and not SOURCE_NAME.search(head[j].text.strip().rstrip(".．"))
            ][:1]
        if len(titles) != 1:
            return False
        k = titles[0]
        doc.title = head[k].text
        lifted[k] = ("title", {"field": "title", "value": head[k].text})
        # Under the account's line, its card: the account's name and the unit's full name, one a line.
        card = set()
        j = at + 1
        while j < len(head) and (j in lifted or j in named):
            card.add(j)
            j += 1
        for j in named:
            if j < k:
                lifted[j] = ("banner", {"field": "banner"})
                doc.metadata.setdefault("banner", head[j].text)
            elif head[j].text.strip() in accounts or j < at or j in card:
                doc.metadata.setdefault("source_name", head[j].text.strip())
                # (the account that posted it: a 来源 stated under the article is the source then)
                doc.metadata.setdefault("account_name", head[j].text.strip())
                lifted[j] = ("source_line", {"fields": ["source"]})
        if (
            card and (b := max(card) + 1) + 1 < len(head) and b not in lifted and b + 1 not in lifted
            and len(head[b].text.strip()) <= CARD_MAX_CHARS and FOLLOW_BUTTON.match(head[b + 1].text) is not None
        ):
            # (…and what the account says of itself, over its follow button: `三级甲等中医医院，提供…` / `关注`)
            lifted[b] = lifted[b + 1] = ("account_card", {})
        return True

    def _title_under_account(self, doc: Document, head: list[Any], lifted: dict[int, tuple[str, dict[str, Any]]], free: list[int]) -> bool:
        """A channel export's head with the title under it: the account's name and its stamp (lifted),
        in either order, a listen button and a follow prompt, then the headline (`某某医院` / `2024年04月18日
        17:30 江西` / `点击上方蓝字“某某医院”,关注我们` / headline / `↓↓↓`)."""
        j, stamped, account = 0, False, ""
        while j < len(head):
            text = head[j].text.strip()
            if j in lifted:
                stamped = stamped or lifted[j][0] in INFO_RULES
                if lifted[j][0] == "banner":
                    account = account or text
            elif j == 0 and text and len(text) <= ACCOUNT_NAME_MAX_CHARS and not SENTENCE_PUNCT.search(text):
                account = text  # (the account's name over its stamp)
            elif not (
                LISTEN_BUTTON.match(text) is not None or FOLLOW_PLAIN.match(text) is not None
                or ("“" in text and FOLLOW_QUOTED.search(text) is not None)
                # (the account's name alone again, under the stamp that names it)
                or (stamped and text and len(text) <= ACCOUNT_NAME_MAX_CHARS and any(
                    text in head[x].text for x in range(j) if x in lifted and lifted[x][0] in INFO_RULES
                ))
            ):
                break
            j += 1
        if not (stamped and 0 < j < len(head) and j in free and looks_like_title(head[j].text)):
            return False
        followed = any(
            FOLLOW_PLAIN.match(head[x].text) is not None or FOLLOW_QUOTED.search(head[x].text) is not None for x in range(j)
        )
        if not followed:
            return False  # (without a follow prompt above it, the line under a stamp is the body's, or a deck)
        doc.title = head[j].text
        lifted[j] = ("title", {"field": "title", "value": head[j].text})
        if account and 0 not in lifted:
            lifted[0] = ("banner", {"field": "banner"})
            doc.metadata.setdefault("banner", head[0].text)
        return True

    def _title_above(
        self,
        doc: Document,
        head: list[_Line],
        lifted: dict[int, tuple[str, dict[str, Any]]],
        credits: list[tuple[str, str]],
        free: list[int],
        k: int,
        anchored: bool,
    ) -> bool:
        """Lift the title at head line k or above it (past metadata lines, info bars, section
        headings, a forum post's furniture and a site's link line; over a subtitle or a names
        line). `anchored`: an info bar stands right under line k, so headline-like lines above it
        do not make the choice ambiguous. Whether a title was lifted."""
        # Skip metadata lines, info bars this stage cannot parse (left for boilerplate), and
        # numbered or themed section headings opening the body (`01 泸溪县人民医院 …`): the
        # title is above them, and they stay in the text.
        while k >= 0 and (
            k in lifted or TWO_FIELDS.search(head[k].text) or SECTION_HEADING.match(head[k].text) or GUIDE_FIELD.match(head[k].text)
            or MARKED_HEADING.match(head[k].text)
            or TAG_FIELD.match(head[k].text) or POST_FURNITURE.search(head[k].text) or COLLECTION_TAG.match(head[k].text)
            or (WEB_ADDRESS.search(head[k].text) and not SENTENCE_PUNCT.search(head[k].text))
            or ACCOUNT_TIME.match(head[k].text) or BUTTON_LINE.match(head[k].text) or FONT_SIZE_ROW.search(head[k].text)
            or PLAYER_CLOCK.match(head[k].text) or PLAYER_CONTROL.match(head[k].text) or PLAYER_PLACEHOLDER.match(head[k].text)
            or AVATAR_LEAD.fullmatch(head[k].text) is not None  # (the writer's picture's placeholder alone: [头像])
            or APP_PROMPT.match(head[k].text)  # (a video page's prompt to watch more in the app)
            or ("“" in head[k].text and FOLLOW_QUOTED.search(head[k].text))  # (a channel's follow prompt)
            or LEVEL_BADGE.match(head[k].text)  # (a community's level badge beside its poster: LV5 资深病友)
            or VIEWS_LINE.match(head[k].text)  # (a phone page's counts: 浏览 1204 | 原创)
            or READING_TIME.match(head[k].text)  # (a reader view's estimate under the byline: 预计阅读时间:5-7 分钟)
            or ("全文" in head[k].text and EXPANDER.match(head[k].text))  # (a preview's expander: ▼ 展开全文)
            or _lift_app_account(doc, head, lifted, k)  # (a news app's account line over the post's stamp)
            or CREATOR_BADGE.search(head[k].text)  # (a writer's badge on a self-media page: 某某号 · …创作者)
            # (…and the writer's name right above it: 心内科某某医生)
            or (k + 1 < len(head) and k + 1 not in lifted and CREATOR_BADGE.search(head[k + 1].text) and len(head[k].text.strip()) <= CARD_NAME_MAX_CHARS
                and not SENTENCE_PUNCT.search(head[k].text))
            or RELATIVE_POST.match(head[k].text)  # (…and its poster with a time ago: 某某医院 发布于 3天前)
            or RULE_LINE.match(head[k].text)  # (a Markdown heading's underline, ====, under the title)
            or _crumb_under_headline(head, k)  # (the page's breadcrumb between its headline and its info bar)
            # (a paper's column in brackets between its headline and the byline: 【专家门诊】)
            # (…where no info bar above it has stated the page's headline already)
            or (k > 0 and k + 1 in lifted and BRACKETED_COLUMN.fullmatch(head[k].text.strip()) is not None and looks_like_title(head[k - 1].text)
                and BRACKETED_COLUMN.fullmatch(head[k - 1].text.strip()) is None and not any(lifted[j][0] in INFO_RULES for j in lifted if j < k))
            or SUMMARY_LEAD.match(head[k].text)  # (the article's summary between its title and its info bar)
            or _echoed_lead(doc.text, head[k])  # (…or unlabelled, printed again as the body's first paragraph)
            or GUEST_FIELD.match(head[k].text)  # (a column's guest over the questions: 本期嘉宾:某某医院 主任医师 某某)
            or SPLIT_BAR_CELL.fullmatch(head[k].text.strip())  # (an info bar a cell a line: `点击：` / `856`)
            or DOC_NUMBER.fullmatch(head[k].text.strip())  # (a notice's number under its title and date)
            or _counter_alone(head[k].text)  # (a post's counter left for boilerplate: 阅读(37))
            or INFOBOX_FIELD.match(head[k].text)  # (an entry's box under its name: 别名:…, 就诊科室:…)
            or ENTRY_SECTION.match(head[k].text)  # (…and its first part's heading: 概述, 病因)
            # (a speech's speaker over the day it was given: `某某委党组书记、主任 某某` / `2021年4月9日`)
            # (…where no info bar above names the page's own headline)
            or (
                SPEAKER_LINE.match(head[k].text) and lifted.get(k + 1, ("",))[0] == "published"
                and not any(lifted[j][0] in INFO_RULES for j in lifted if j < k)
            )
        ):
            k -= 1
        if k < 0:
            return False
        if k > 0 and ENGLISH_HEADLINE.match(head[k].text) and k - 1 not in lifted and looks_like_title(head[k - 1].text) and len(HAN_CHAR.findall(head[k - 1].text)) >= HAN_HEADLINE_MIN_CHARS:
            # A bilingual page's headline in English under the Chinese one: the title is the Chinese
            # line; the English one stays in the text, beside the article's English paragraphs.
            k -= 1
        subtitle_at: int | None = None
        if DASH_LEAD.match(head[k].text):
            # `——记…` under a headline is its subtitle; the headline is the line above.
            j = k - 1
            while j >= 0 and j in lifted:
                j -= 1
            if j < 0 or not looks_like_title(head[j].text):
                return False
            subtitle_at, k = k, j
        elif (
            head[k].text.rstrip().endswith(("—", "--")) and k > 0 and k - 1 not in lifted and looks_like_title(head[k - 1].text)
            and not head[k - 1].text.rstrip().endswith(("—", "--"))
        ):
            # A paper's lead-in printed under its headline (`入伏以来…，医生提醒——`): it leads into the
            # line above it, the headline, and is its subtitle.
            subtitle_at, k = k, k - 1
        poster_at: int | None = None
        if (
            subtitle_at is None and k > 0 and k + 1 < len(head) and SCREEN_NAME.fullmatch(head[k].text.strip())
            and LEVEL_BADGE.match(head[k + 1].text) and (j := k - 1) not in lifted and looks_like_title(head[j].text)
        ):
            # A community's poster under the headline, their level badge under the name (`某某花开2019` /
            # `LV5 资深病友`): the line above is the headline.
            poster_at, k = k, j
        if subtitle_at is None and poster_at is None and anchored and k > 0 and (j := k - 1) not in lifted and _stacked_headline(head, lifted, j, k):
            if any(EPAPER_HINT.search(head[i].text) for i in range(j)) and _kicker_over(head[j].text, head[k].text):
                # On a paper's page, a short kicker over the headline (引题 / 主题 over `本报记者 某某`):
                # the lower deck is the headline, the kicker is kept beside it.
                lifted[j] = ("kicker", {"field": "kicker"})
                doc.metadata.setdefault("kicker", head[j].text.strip())
            else:
                # Two headline lines over the page's info bar (`高温持续 医院中暑病人增多` / `专家提醒:…`):
                # the first is the headline, the second its subtitle (both lifted; nothing left to the chrome).
                subtitle_at, k = k, j
        names_at: int | None = None
        if subtitle_at is None and _is_names_line(head[k].text):
            j = k - 1
            while j >= 0 and j in lifted:
                j -= 1
            if j >= 0 and PROFILE_COLUMN.fullmatch(head[j].text.strip()) and _person_alone(head[k].text.strip()):
                # A doctor's profile page: its column (专家介绍) over the doctor's name, the name is
                # the page's title and names no writer.
                doc.title = head[k].text.strip()
                lifted[k] = ("title", {"field": "title", "value": doc.title})
                lifted[j] = ("column_name", {"field": "column_name"})
                doc.metadata.setdefault("column_name", head[j].text.strip())
                return True
            if j >= 0 and looks_like_title(head[j].text) and not _is_names_line(head[j].text):
                names_at, k = k, j
        source_at: int | None = None
        if subtitle_at is None and names_at is None and anchored and BARE_UNIT.fullmatch(head[k].text.strip()):
            # A notice's publisher alone on the line between its title and its date (`关于…的通知`
            # / `某某县卫生健康局` / `发布时间:…`): the unit is the source, the title is above it.
            j = k - 1
            while j >= 0 and j in lifted:
                j -= 1
            # (the headline is the longer line: over a short title a column's name stands)
            above_text = head[j].text.strip() if j >= 0 else ""
            if (
                len(above_text) > max(len(head[k].text.strip()), TITLE_OVER_UNIT_MIN_CHARS - 1) and looks_like_title(above_text)
                and not BARE_UNIT.fullmatch(above_text) and not _is_column_name(above_text, head[k].text)
            ):
                source_at, k = k, j
        account_at: int | None = None
        if subtitle_at is None and names_at is None and source_at is None and poster_at is None and anchored and _account_under_title(head, k):
            # A self-media page's header: the headline, then the account or the writer that posted it
            # alone on a line (某某卫健发布, 某某医院 V, a person's name), then the time.
            j = k - 1
            while j >= 0 and j in lifted:
                j -= 1
            above_text = head[j].text.strip() if j >= 0 else ""
            if (
                len(above_text) >= TITLE_OVER_ACCOUNT_MIN_CHARS and len(above_text) > len(head[k].text.strip()) + 2
                and looks_like_title(above_text) and not BARE_UNIT.fullmatch(above_text) and not _is_names_line(above_text)
            ):
                account_at, k = k, j
        text = head[k].text
        if names_at is None and _is_names_line(text):
            return False  # names with no title above them: neither a title nor a byline we can vouch for
        if not anchored and len(text.strip()) <= WIDGET_WORD_CHARS and any(lifted[j][0] in INFO_RULES for j in lifted if j < k):
            # A word under the info bar (`评论`, a tag `杂谈`, `【快讯】`): a widget's, the title is above the bar
            # (with the outlet's app alone between them: `headline` / `某某日报客户端` / `2025-08-19 17:48`).
            bar = max(j for j in lifted if j < k and lifted[j][0] in INFO_RULES)
            return bar > 0 and self._title_above(doc, head, lifted, credits, free, bar - 1, True)
        if not looks_like_title(text) or any(head[j].text.startswith("#") for j in free if j <= k):
            # Under a markdown heading the title would be the `# ` line; a line below `###` is a caption.
            return False
        # Lines still above the title: a short column name (`医院动态`) leaves with it, so that a
        # second run does not take it for the title. Another headline-like line up there makes
        # the choice ambiguous: then nothing is lifted, which a second run repeats.
        above = [j for j in free if j < k and j not in lifted]
        # A search box's prompt (请输入关键词 搜索) is the header's, neither a column nor a headline;
        # the site's own name over the page (某某市卫生健康委员会, 某某新闻网) is its banner.
        searches = [j for j in above if SEARCH_BOX.match(head[j].text)]
        banners = [j for j in above if j not in searches and (
            SITE_BANNER.match(head[j].text) or (j == 0 and SITE_NAME.fullmatch(head[j].text))
            or (j == 0 and (_site_and_slogan(head[j].text) or BILINGUAL_NAME.fullmatch(head[j].text.strip()) is not None))
            or SITE_GREETING.search(head[j].text))]  # (a header's greeting, `您好，今天是`, speaks to no one in a verse)
        columns = [j for j in above if j not in banners and j not in searches and _is_column_name(head[j].text, text)]
        speaking = [j for j in columns if PRONOUN.search(head[j].text) and not HEADER_BUTTON.match(head[j].text)]
        if speaking and (not anchored or len(speaking) > 1):
            # A line that speaks to or of someone (`你们是黑夜里的灯`) names no column: the head is
            # verse, and its last line no title. Nothing is lifted (a second run decides the same).
            # (one such line over a headline its info bar vouches for is the site's slogan: 让新闻离你更近)
            return False
        # A site's buttons (登录, 下载客户端) and a menu of one item a line (新闻 / 视频 / 图片 …) are no
        # column: they leave with the title, and name nothing.
        menu = [j for j in columns if HEADER_BUTTON.match(head[j].text)]
        if len(columns) - len(menu) > MAX_COLUMN_LINES:
            menu = columns
            # …and an item between two of its items that no title could be (`医院简介`: a page's
            # name, not a headline), a menu's as well.
            taken = set(menu)

            def menuish(j: int) -> bool:
                return j in taken or (
                    j in above and j not in banners and j not in searches
                    and 0 < len(head[j].text.strip()) <= COLUMN_MAX_CHARS and not SENTENCE_PUNCT.search(head[j].text)
                    and not FIELD_WITH_VALUE.match(head[j].text)
                )

            menu = sorted(taken | {
                j for j in above if menuish(j) and menuish(j - 1) and menuish(j + 1) and (j - 1 in taken or j + 1 in taken)
            })
        if (label := next((j for j in above if PAGE_HEADLINES_LABEL.fullmatch(head[j].text.strip())), None)) is not None:
            # A paper's page listing its stories under a label (本版标题 / · 某某… / · 某某…) over
            # the story: the label and the listed headlines are the page's menu.
            listed = [label]
            for j in above:
                if j > label and HEADLINE_BULLET.match(head[j].text):
                    listed.append(j)
                elif j > label:
                    break
            if len(listed) > 1:
                menu = sorted(set(menu) | set(listed))
        columns = [j for j in columns if j not in menu]
        # The same headline twice in the head (a copy above a related box, or ending a
        # breadcrumb `首页 > 栏目 > 标题`) confirms it: other headline-like lines are chrome.
        confirmed = any(
            j != k and (_squash(head[j].text) == _squash(text) or _squash(head[j].text).endswith(_squash(text)))
            for j in range(len(head))
        )
        rivals = [
            j for j in above
            if j not in columns and j not in banners and j not in searches and j not in menu and looks_like_title(head[j].text)
        ]
        if not confirmed and not anchored and rivals:
            # (the kicker alone over the headline, or on a paper's page the nearest of the lines
            # there: the paper's masthead and its page's labels stand above, apart from it)
            epaper = any(EPAPER_HINT.search(head[j].text) for j in range(k))
            if (
                rivals[-1] != k - 1 or not _kicker_over(head[k - 1].text, text) or (len(rivals) > 1 and (k - 2 in rivals or not epaper))
                or any(_is_body(head[j].text) for j in range(k - 1))  # (a paragraph above them: they are the body's headings)
            ):
                return False
            # A paper's kicker right over the headline, the story under them (`跻身“国家队” 急性胸痛救治再提速`
            # / `某某医院通过国家胸痛中心认证`): the headline is the lower deck, the kicker is kept beside it.
            lifted[k - 1] = ("kicker", {"field": "kicker"})
            doc.metadata.setdefault("kicker", head[k - 1].text.strip())
        for j in searches:
            lifted[j] = ("search_box", {"field": "search_box"})
        for j in menu:
            lifted[j] = ("menu", {"field": "menu"})
        for j in banners:
            lifted[j] = ("banner", {"field": "banner"})
        if banners:
            doc.metadata.setdefault("banner", "\n".join(head[j].text for j in banners))
        if k - 1 in above and k - 1 not in columns and (echo := COLUMN_ECHO.match(head[k - 1].text.strip())) is not None and (
            _squash(echo["rest"]) == _squash(text)
        ):
            # The headline again right above it with its column before it (`健康热线：孩子…`): the
            # column's name, and no line of the article.
            columns.append(k - 1)
            doc.metadata.setdefault("column_name", echo["column"] or echo["bracketed"])
        for j in above:
            if j + 2 < k and PROFILE_BOX_HEADING.match(head[j].text) and MORE_DETAILS.match(head[j + 2].text):
                # A sidebar's box over the headline (科室简介 / its paragraph / 查看详情>>): the site's.
                columns = [c for c in columns if c not in (j, j + 1, j + 2)]
                for box in (j, j + 1, j + 2):
                    lifted[box] = ("sidebar_box", {})
        for j in columns:
            lifted[j] = ("column_name", {"field": "column_name"})
        if columns:
            doc.metadata.setdefault("column_name", "\n".join(head[j].text for j in columns))
        # (a thread's subject under its label, `主题:…`, over the poster's line: the subject is the title)
        # (…and a platform's mark before it, `[转载]`, `[原创]`, or a board's name in 『』)
        doc.title = TITLE_MARK.sub("", TOPIC_LABEL.sub("", text, count=1), count=1) or text
        if doc.title[-1:] in "]】)）" and (dated := DATED_TITLE.match(doc.title)) is not None:
            # The day after the headline, in brackets (`…义诊 [2014-10-09]`): the article's date.
            doc.title = dated["title"]
            if doc.published is None:
                doc.published = parse_date(dated["when"])
        lifted[k] = ("title", {"field": "title", "value": doc.title})
        if subtitle_at is not None:
            subtitle = DASH_LEAD.sub("", head[subtitle_at].text)
            doc.metadata.setdefault("subtitle", subtitle)
            lifted[subtitle_at] = ("subtitle", {"field": "subtitle", "value": subtitle})
        if source_at is not None:
            doc.metadata.setdefault("source_name", head[source_at].text.strip())
            lifted[source_at] = ("source_line", {"fields": ["source"]})
        if poster_at is not None:
            credits.append(("byline", head[poster_at].text.strip()))  # (the poster of a community's post)
            lifted[poster_at] = ("byline", {"fields": ["author"]})
        if account_at is not None:
            name = VERIFIED_BADGE.sub("", head[account_at].text.strip())
            ranked = any(FORUM_RANK_LINE.match(head[j].text) for j in range(account_at + 1, min(len(head), account_at + 4)))
            if _person_alone(name) or ranked:  # (a forum member with their rank under the name: the poster)
                credits.append(("byline", name))
                lifted[account_at] = ("byline", {"fields": ["author"]})
            else:
                doc.metadata.setdefault("account_name", name)
                doc.metadata.setdefault("source_name", name)
                lifted[account_at] = ("source_line", {"fields": ["source"]})
        if names_at is not None:
            names = _split_names(head[names_at].text)
            credits.extend(("byline", n) for n in names)
            lifted[names_at] = ("byline", {"fields": ["author"]})
        return True

    def _bylines_in_body(self, doc: Document, lines: list[_Line], body_at: int, *, head_source_unlabelled: bool = False) -> list[Edit]:
        """Reporter bylines inside the body: `本报讯(记者 …)` opening the first paragraph
        (that span goes), and a byline line among the last lines (that line goes)."""
        edits: list[Edit] = []
        credits: list[tuple[str, str]] = []
        first = lines[body_at]
        if (
            body_at + 1 < len(lines) and PHOTO_CREDIT_END.search(first.text.rstrip())
            and DATELINE_BYLINE.match(first.text) is None
        ):
            first = lines[body_at + 1]  # (a photo's caption over the lead: the dateline opens the lead)
        elif (
            body_at + 1 < len(lines) and first.text.lstrip()[:1] in "编核导摘内提划【[(（"
            and (label := LEAD_LABEL.match(first.text)) is not None and label.group().rstrip()[-1:] in ":：】]）)"
        ):
            first = lines[body_at + 1]  # (an editor's note or a summary over the lead: 编者按:…, 【导读】…)
        if (
            body_at > 0 and "讯" in lines[body_at - 1].text and DATELINE_THEN_WORDS.search(lines[body_at - 1].text)
            and DATELINE_BYLINE.match(lines[body_at - 1].text)
        ):
            first = lines[body_at - 1]  # (the lead cut at a fixed width: its dateline on the line above)
        m = DATELINE_BYLINE.match(first.text)
        if (
            m is None and first is lines[body_at] and body_at + 1 < len(lines) and len(first.text.strip()) <= LEAD_CAPTION_MAX_CHARS
            and (lead_dateline := DATELINE_BYLINE.match(lines[body_at + 1].text)) is not None
            # (a sentence that quotes another paper's story, `据某某报讯（记者 某某）报道,…`, opens with no byline)
            and not lead_dateline.group().lstrip().startswith("据")
            and not lines[body_at + 1].text[lead_dateline.end() :].lstrip().startswith(("报道", "报导", "報導", "報道"))
        ):
            m, first = lead_dateline, lines[body_at + 1]  # (a photo's caption over the lead: `…演唱新歌。摄影/某某` / `本报讯（记者…）…`)
        wire = AGENCY_DATELINE.match(first.text)
        if wire is not None:
            # A wire story's dateline: the agency is the source where the page names none (decided
            # once the whole page is read: `run`).
            self._wire_agency = wire["agency"] or wire["bagency"]
        if wire is not None and wire["names"] and (names := _wire_names(wire["names"])):
            # (its reporter inside the brackets, glued to the place: `（某某社記者某某台北12日電）`)
            credits.extend(("记者", name) for name in names)
            edits.append(Edit(first.start, first.start + wire.end(), "", "byline", {"fields": ["author"], "place": "dateline"}))
        elif m and (found := byline_credits(m["credit"])):
            credits.extend(found)
            note: dict[str, Any] = {"fields": ["author"], "place": "dateline"}
            cut_from, gap = 0, ""
            if m["dateline"] and WIRE_DATELINE.search(m["dateline"]):
                # A wire dateline (`某某网某地8月22日电`, `某某网某地1月8日消息`) opens the lead's
                # sentence: only the credit goes, a space keeping the dateline apart from the words.
                cut_from, gap = m.end("dateline"), " "
            elif m["dateline"] or m["inner"]:
                doc.metadata.setdefault("dateline", m["dateline"] or m["inner"])
            edits.append(Edit(first.start + cut_from, first.start + m.end(), gap, "byline", note))
        elif (
            "电" in first.text[:24] and (named := WIRE_BARE_NAMES.match(first.text)) is not None
            and (names := named["names"].replace("、", " ").split()) and all(_person_alone(n) for n in names)
        ):
            # A wire dateline with its reporters' names alone in brackets (`某某网某地3月12日电 (某某 某某)…`):
            # the names go, a space keeping the dateline apart from the words.
            credits.extend(("记者", n) for n in names)
            edits.append(Edit(first.start + named.end("dateline"), first.start + named.end(), " ", "byline", {"fields": ["author"], "place": "dateline"}))
        elif (
            ("记者" in first.text[:12] or "通讯员" in first.text[:12]) and (bare := BARE_LEAD_BYLINE.match(first.text)) is not None
            and (found := byline_credits(bare["credit"]))
        ):
            # The reporters before the lead's first words, with no brackets: they go, the sentence stays.
            credits.extend(found)
            edits.append(Edit(first.start, first.start + bare.end(), "", "byline", {"fields": ["author"], "place": "lead"}))
        text = doc.text
        tail: list[tuple[int, int, str, dict[str, Any]]] = []
        if (
            not credits and not doc.authors and body_at + 2 < len(lines)
            and (
                (("记者" in (line := lines[body_at + 1].text) or "通讯员" in line) and ":" not in line and "：" not in line)
                # (…or a labelled byline under a summary the body prints again: `作者:某某` between them)
                or (_echoed_lead(text, lines[body_at]) and (f := parse_fields(line)) is not None and set(f.kinds) == {"author"})
            )
            and (under := byline_credits(line) or _squared_byline(line)) is not None
            and any(is_writer(role) for role, _ in under)
            # (one brief's reporters among several, each under its own, are no page's byline)
            and not any(("记者" in ln.text or "通讯员" in ln.text) and byline_credits(ln.text) for ln in lines[body_at + 2 :])
        ):
            # The reporters' line under the lead (记者 某某 通讯员 某某), where some templates put it:
            # the page's byline, lifted as the head's would be.
            credits.extend(under)
            tail.append((lines[body_at + 1].start, lines[body_at + 2].start, "byline", {"fields": ["author"], "place": "lead"}))
            taken = body_at + 1
        else:
            taken = -1
        # (from the lead itself: a brief of one paragraph ends in its writers, `…绕行。（记者 某某）`)
        for n in range(max(body_at, len(lines) - TAIL_BRACKET_LINES), len(lines)):
            if n == taken:
                continue  # (the reporters' line under the lead, lifted above)
            ln = lines[n]
            if n == body_at and bracket_byline(ln.text) is None:
                continue  # (the lead's own words: only the brackets closing it are read here)
            if ln.text.rstrip().endswith((":", "：")) and n + 1 < len(lines):
                continue  # a speaker's label over their words (某某电视台记者:), a transcript's
            # (above the last few lines, a byline with no paragraph after it: a site's footer and its
            # lists of headlines may stand between it and the end)
            found = byline_credits(ln.text)
            if found is not None and n < len(lines) - TAIL_MAX_LINES and _paragraph_after(lines, n):
                found = None  # (above the last lines, with a paragraph after it: one brief's byline among several)
            rule, note = "byline", {"fields": ["author"], "place": "tail"}
            if found is None and (bracket := bracket_byline(ln.text)) is not None:
                if _paragraph_after(lines, n):
                    continue  # a paragraph after it: the byline of one brief among several, not the page's
                found, glued = bracket
                if glued:
                    # `…得到治疗。（通讯员 某某）`: the names are read here, the brackets go with
                    # boilerplate's `bracket_byline`, the paragraph stays.
                    credits.extend(found)
                    continue
            if found is None and "供稿" in ln.text and (unit := SUPPLIED_BY.search(ln.text)) is not None and not _paragraph_after(lines, n):
                # `…颁奖。（体育部 供稿）`: the unit that supplied the piece, the source where the page
                # states none; the brackets go with boilerplate's `bracket_byline`.
                doc.metadata.setdefault("source_name", unit["unit"])
                if ln.text[: unit.start()].strip():
                    continue
            if found is None and "转载自" in ln.text and (origin := REPOST_ORIGIN.search(ln.text)) is not None and not _paragraph_after(lines, n):
                # A repost's note under it (`声明:本文转载自“某某疾控”公众号,…`): the account it came
                # from is its source, over the account that reposted it; the note is boilerplate's.
                if doc.metadata.get("source_name") in (None, doc.metadata.get("account_name")):
                    doc.metadata["source_name"] = origin["origin"] or origin["bare"]
                if origin["bare"]:
                    # (the origin alone on its line, `转载自某某新闻网`: lifted as a source line)
                    tail.append((ln.start, lines[n + 1].start if n + 1 < len(lines) else len(text), "source_line", {"fields": ["source"], "place": "tail"}))
                continue
            if (
                found is None and doc.published is None and n > 0 and END_MARK.fullmatch(lines[n - 1].text.strip()) is not None
                and (dated := _date_alone(ln.text)) is not None
            ):
                # A press release's day under its end mark, its time under it (`完` / `2024年5月17日（星期五）`
                # / `香港時間17時10分`): the day it was issued; the lines are boilerplate's.
                doc.published = dated.values["date"]
                continue
            if (
                found is None and doc.published is None and n > 0
                and (
                    any(NOTICE_CLOSE.search(lines[j].text) for j in range(max(0, n - NOTICE_SIGNED_LINES), n))
                    # (…or a document's kind in its title, the unit that signed it right above its day:
                    # `…控烟倡议书` / … / `某某医院` / `二〇二四年五月二十九日`)
                    or (doc.title is not None and DOCUMENT_KIND.search(doc.title) is not None and ORG_NAME.search(lines[n - 1].text.strip()) is not None
                        and len(lines[n - 1].text.strip()) <= SIGNER_MAX_CHARS)
                )
                and (dated := _date_alone(_cn_dated(ln.text))) is not None
            ):
                # A notice's day under its close and the unit that issued it (`特此通知。` / `某某医院` /
                # `二〇二四年六月三日`): the day it was issued, where the page states no other (decided once
                # the whole page is read: `run`); the lines stay.
                self._signed_day = dated.values["date"]
                continue
            if (
                found is None and self._signed_day is None and ln.text.rstrip()[-1:] in ")）"
                and (closing := DAY_CLOSING_PARAGRAPH.search(ln.text)) is not None and not _paragraph_after(lines, n)
            ):
                # The day in brackets closing the last paragraph (`…进行了实地检查。（2024年5月12日）`): the
                # report's day, where the page states no other; the paragraph stays as it is.
                self._signed_day = parse_date(closing["day"])
            source = _tail_source(ln.text) if found is None else None
            if found is None and n < len(lines) - TAIL_MAX_LINES and (
                # (a source line above the platform's tail, with no paragraph after it, is the article's)
                source is None or _paragraph_after(lines, n)
            ):
                if doc.published is None and (dated := _tail_date(ln.text)) is not None and not _paragraph_after(lines, n):
                    # A post's stamp under it with the platform's tail under that (`发布于 2023-04-05
                    # 11:02 · IP 属地浙江`, then tags, buttons and 推荐阅读): the date is read, nothing lifted.
                    doc.published = dated.values["date"]
                    credits.extend(dated.credits)
                continue
            if found is None:
                if source is None and EDITION_STAMP.fullmatch(ln.text) and (stamp := parse_fields(ln.text)) is not None:
                    # An e-paper's stamp under the story (`《某某日报》 2010年7月15日 第A05版`): the
                    # paper and the day it printed the story.
                    if doc.published is None and "date" in stamp.values:
                        doc.published = stamp.values["date"]
                    if "source" in stamp.values:
                        doc.metadata.setdefault("source_name", stamp.values["source"])
                    tail.append((ln.start, lines[n + 1].start if n + 1 < len(lines) else len(text), "source_line",
                                 {"fields": sorted(set(stamp.kinds)), "place": "tail"}))
                    continue
                if source is None:
                    if (
                        doc.published is None and n == len(lines) - 1 and n > 0 and (dated := _date_alone(ln.text)) is not None
                        and not SIGNATURE_ABOVE.fullmatch(lines[n - 1].text.strip())
                    ):
                        # The article's date alone on its last line (a page's `pubdate` under the
                        # references); under a signature it is the signature's, and stays unread.
                        doc.published = dated.values["date"]
                        continue
                    if doc.published is None and (dated := _tail_date(ln.text)) is not None and not _paragraph_after(lines, n):
                        # `发布时间:2024年01月16日  浏览:210` under the body, where a template prints it:
                        # the date is read; the line is boilerplate's (`date_field`), as it always was.
                        doc.published = dated.values["date"]
                        credits.extend(dated.credits)
                    continue
                rule, note = "source_line", {"fields": sorted(set(source.kinds)), "place": "tail"}
                value = source.values["source"]
                if doc.published is None and "date" in source.values:
                    doc.published = source.values["date"]
                # A head line (a WeChat account line) named the source already: keep both.
                key = "source_name" if doc.metadata.get("source_name", value) == value else "tail_source_name"
                if doc.metadata.get("platform") and doc.metadata.get("account_name") and not STATED_SOURCE.search(ln.text):
                    key = "tail_source_name"  # (a department's 供稿 under an account's post: the account is its source)
                head_source = doc.metadata.get("source_name")
                if key == "source_name" and head_source == value and head_source_unlabelled and STATED_SOURCE.search(ln.text):
                    # (the account's own name stated as the 来源 under its post: a source stated, kept when the
                    # account line's name is taken for the account)
                    doc.metadata["tail_source_name"] = value
                if (
                    key == "tail_source_name" and STATED_SOURCE.search(ln.text)  # (a 来源 line, not a department's 供稿)
                    and head_source is not None and head_source != value
                    and (
                        head_source in (doc.metadata.get("account_name"), doc.metadata.get("banner"))
                        or PLATFORM_SOURCE.search(head_source)
                    )
                ):
                    if PLATFORM_SOURCE.search(head_source):
                        # (a platform's label or an account's badge read from the header: 某某号, 某某官方账号)
                        doc.metadata.setdefault("account_name", head_source)
                    # The head named only the account that posted it: the article's own 来源 is the source.
                    key = "source_name"
                    doc.metadata["source_name"] = value
                elif (
                    key == "tail_source_name" and head_source_unlabelled and STATED_SOURCE.search(ln.text) and head_source is not None
                    and STATED_BODY.search(value) is not None
                ):
                    # The head named a portal or an account without a label (`2006-05-29 10:46 某某网`,
                    # `某某融媒 2024-12-16 09:32`), the tail states the body the piece comes from
                    # (`【来源:某某市卫生局】`, `(来源:某某县融媒体中心)`): the stated one is the source.
                    # (a department's name there, `来源:产科 儿童保健科`, is who supplied it: the account stays)
                    doc.metadata.setdefault("site_in_bar", head_source)
                    key = "source_name"
                    doc.metadata["source_name"] = value
                doc.metadata.setdefault(key, value)
                found = source.credits
            if doc.published is None and rule == "byline" and (day := BYLINE_DAY.search(ln.text)) is not None:
                # (the day it was written after the writers, in their brackets: `（通讯员:某某 某某　2019年10月24日）`)
                doc.published = parse_date(day["when"])
            credits.extend(found)
            tail.append((ln.start, lines[n + 1].start if n + 1 < len(lines) else len(text), rule, note))
        if (
            not credits and not doc.authors and body_at + 1 < len(lines) and (lead := bracket_byline(lines[body_at].text)) is not None
            and lead[1] and any(is_writer(role) for role, _ in lead[0])
            # (the lead's alone: each brief of a digest closing with its own writers is no page's byline)
            and not any(bracket_byline(ln.text) is not None for ln in lines[body_at + 1 :])
        ):
            # The lead's paragraph closing with its writers (`…免费接种流感疫苗。（通讯员 某某 某某）`),
            # where other templates print the byline over it: the page's; the brackets go with
            # boilerplate's `bracket_byline`, the paragraph stays.
            credits.extend(lead[0])
        # (lifted lines that run to the end take the line break before them: `line_removal_spans`)
        spans = line_removal_spans(text, [(start, end) for start, end, _, _ in tail])
        edits.extend(Edit(start, end, "", rule, note) for (start, end), (_, _, rule, note) in zip(spans, tail, strict=True))
        if credits:
            # An editor credited after the body edited the piece; only writers are authors.
            doc.authors = credited_authors(credits, doc.authors)
            doc.metadata.setdefault("credits", [])
            doc.metadata["credits"].extend({"role": role, "name": name} for role, name in credits)
        return edits

    def _edits(
        self,
        text: str,
        head: list[_Line],
        lines: list[_Line],
        lifted: dict[int, tuple[str, dict[str, Any]]],
        joined_with_next: set[int],
    ) -> list[Edit]:
        """One edit per lifted line: the line and the newlines after it, up to the next line."""
        # The head is the first lines of `lines`: head[i] is lines[i] (the caller passes them from the head's first).
        next_start = [lines[n + 1].start if n + 1 < len(lines) else len(text) for n in range(len(head))]
        removed: list[tuple[int, int, str, dict[str, Any]]] = []
        skip: set[int] = set()
        for i in sorted(lifted):
            if i in skip:
                continue
            rule, note = lifted[i]
            last = i + 1 if i in joined_with_next else i
            skip.add(last)
            removed.append((head[i].start, next_start[last], rule, note))
        spans = line_removal_spans(text, [(start, end) for start, end, _, _ in removed])
        return [Edit(start, end, "", rule, note or None) for (start, end), (_, _, rule, note) in zip(spans, removed, strict=True)]
