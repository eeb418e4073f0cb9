"""The `maincontent` stage: which lines of an HTML page are its article.

Runs first, on documents read from HTML (their `metadata["_html"]` holds the DOM evidence
`cleaner.io.html` collected; other documents pass untouched). The choice follows the way
readability and GNE find an article: every line that reads like a paragraph (long, punctuated,
little link text) scores its block's parent and grandparent; the best-scoring block, weighed
by its link density and by the words of its class and id, is the main node, and siblings that
score well beside it join it. Every other line is a logged removal whose rule names the
evidence: the tag or class/id word of its nearest telling ancestor (`html_nav`,
`html_footer`, `html_share`, …), else its link density (`html_link_list`), else only that it
lies outside the article (`html_outside_main`). Lines inside the article under a share bar,
comment box, related list or form go the same way. The page's title line is lifted into
`doc.title`; dates, author, canonical URL and site name the page states go to their fields.
Then the text chain (normalize, metadata, boilerplate rules, …) runs on what is left.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from .. import recode
from ..lazyre import deferred
from ..model import Document, Edit
from ..stage import Stage
from ..textview import LEAD_LABEL, SUMMARY_HEADING
from .blockmodel import CLOSING_LINE, HEADINGS_KEY, honour_runs
from .metadata import (
    DATE_LINE,
    HEADLINE_LABELS,
    MEDIA_OUTLET,
    PHOTO_ROLES,
    SECTION_HEADING,
    SPEAKER_LINE,
    STATED_SOURCE,
    byline_credits,
    channel_line_fields,
    credited_authors,
    event_time,
    is_writer,
    parse_date,
    parse_fields,
    unlabelled_source,
)
from .repair import DOCUMENT_TITLE_END
from .templates import is_platform

STAGE = "maincontent"
# The day a document was signed, on its disclosure table (成文日期:…): not the day it was published.
SIGNED_DATE_LABEL = deferred(r"(?:成文|发文|印发|签发|生成)(?:日期|时间)[ \t]*[:：]")
# Lines under the article's last one where a source it states is read (`来源:某某日报`).
TAIL_SOURCE_REACH = 4

# Class/id words, in the order they are tried: the first family whose pattern matches the
# words of a line's nearest ancestor names the removal. Token-start matches, so `nav` finds
# `mainnav` only as `main-nav`/`main_nav`, never inside an unrelated word.
_T = r"(?:^|[\s_\-])"
WORD_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a columnist's or a blogger's bio box under the article (`<section class="author-box">`)
    # (…and a reposted WeChat article's card of the account it came from: `original_account_desc`)
    # (…and a forum poster's signature under the post, `signature`: a bare `sign` is also a notice's
    # signing body and date, `<p class="sign">`)
    ("html_author_box", recode.compile(_T + r"(?:author[_\-]?(?:box|bio|card|intro|profile)|about[_\-]?(?:the[_\-]?)?author|zuozhe[_\-]?(?:jieshao|jianjie)|original[_\-]account|signature|qianming)", re.I)),
    ("html_share", recode.compile(_T + r"(?:share|bdshare|social|sns|fenxiang|jiathis|bshare|reward|zanshang|dashang)", re.I)),
    # (a portal's 跟贴 box: `ep-tie`, `gentie`)
    ("html_comment_box", recode.compile(_T + r"(?:comment|reply|replies|pinglun|discuss|review|tie\b|gentie)", re.I)),
    ("html_breadcrumb", recode.compile(_T + r"(?:breadcrumb|crumb|position|location|weizhi|daohang|path\b|curpos)", re.I)),
    ("html_related", recode.compile(_T + r"(?:related|relate|recommend|xiangguan|tuijian|more|hot|rank|tags?\b|prev(?!iew)|next|pager\b|pagination|fenye)", re.I)),
    ("html_footer", recode.compile(_T + r"(?:footer|foot|copyright|bottom|banquan|beian|icp)", re.I)),
    # (`top` alone or the site's: `top`, `site-top`; a part's top, `ed-top` over an expert's card or
    # `article-top` over a lead, is the part's)
    # (a part's head inside the article, `sub-head`, `section-header`, is its heading: no header)
    ("html_nav", recode.compile(
        _T + r"(?:nav|menu|topbar|top_bar|toolbar|channel|logo|login|search|subnav|mainnav)"
        r"|(?:^|\s|(?<!sub)(?<!section)(?<!sec)(?<!part)(?<!chapter)(?<!para)(?<!block)[_\-])(?:header|head\b)"
        r"|(?:^|\s)(?:(?:site|page|web|header|head|global|common|g)[_\-])?top\b", re.I,
    )),
    ("html_aside", recode.compile(_T + r"(?:sidebar|side|aside|right|left|widget)", re.I)),
    # (…and a card inviting to a mini program, `weapp_display_element`, set in a WeChat article)
    ("html_ad", recode.compile(_T + r"(?:ad|ads|advert|advertisement|guanggao|gg|sponsor|banner)\b|" + _T + r"weapp[_\-](?:display|card)", re.I)),
)
# What the class words of a block say it is (see WORD_FAMILIES).
CLASS_FAMILIES = frozenset(rule for rule, _ in WORD_FAMILIES)
TAG_FAMILIES = {
    "nav": "html_nav",
    "footer": "html_footer",
    "aside": "html_aside",
    "header": "html_header",
    "form": "html_form",
    "menu": "html_nav",
    # a scrolling ticker of the site's notices (最新公告: …): never the article
    "marquee": "html_nav",
}
# Families whose class words a block of sentences outweighs (a share bar, menu or ad holds no
# sentences); comments, related lists and footers are made of sentences and keep their word.
PROSE_BLIND = frozenset({"html_share", "html_nav", "html_aside", "html_ad", "html_breadcrumb"})
PROSE_SENTENCES = 3
# Words that say a block holds the article itself.
POSITIVE = deferred(
    _T + r"(?:article|content|contents|text|body|detail|details|main|post|entry|story|news|zoom|neirong|zhengwen|wenzhang|con\b|cont\b|txt|arti)",
    re.I,
)
TOC = deferred(_T + r"toc\b", re.I)
# Inside the main node only the unmistakable families remove a line.
INSIDE_FAMILIES = frozenset(
    {"html_share", "html_comment_box", "html_related", "html_form", "html_nav", "html_footer", "html_link_list", "html_ad", "html_author_box"}
)
SENTENCE_PUNCT = deferred(r"[，。；！？、,;!?：:“”]")
END_PUNCT = deferred(r"[。！？!?…；;”]")
# A sentence's stop: a line without one is no prose (a headline, a bar, a credit, a pager).
FULL_STOP = deferred(r"[。！？!?]")
DATE_NEAR = deferred(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
TODAY = deferred(r"今天是|今日是|星期[一二三四五六日天]|周[一二三四五六日]")
# `发文机关： 某某人民政府`: a field of a notice's info table, part of the document.
# A link to one of the article's attachments (a file's name, or 附件1:…): the article's, however
# much of it is link text.
ATTACHMENT_LINE = deferred(
    r"\.(?:docx?|xlsx?|pdf|wps|et|pptx?|zip|rar|7z|ofd|txt|csv)\s*$|^\s*附件\s*[\d一二三四五六七八九十]*\s*[:：.、]", re.I
)
# A numbered file under an attachments label (`2.某某评选细则`), its name without an extension.
NUMBERED_FILE = deferred(r"^\s*\d{1,2}\s*[.．、]\s*\S.{0,60}$")
# A message board's message or question under its label (留言内容, 来信内容, 咨询内容).
MESSAGE_FIELD = deferred(r"^\s*(?:留言|来信|咨询|投诉|举报|问题|诉求|提问|信件)(?:内容|详情|描述|正文)\s*[:：]?\s*\S")
# Lines above the article's first one where its info bar is looked for when the page's title is
# not among its lines.
INFO_ABOVE_ARTICLE = 3
# Class words of a title block's line above the headline (an e-paper's 引题) and under it (副标题).
BANNER_CLASS = deferred(r"yinti|kicker|pretitle|pre-title|introtitle|ytitle|title_yt|topic-title|lead-title", re.I)
SUBTITLE_CLASS = deferred(r"futi|subtitle|sub-title|sub_title|subhead|fbt|title_ft|fu-title|fu_title", re.I)
SUBTITLE_MAX_CHARS = 60
# Lines of a document's attachment block under the article (its label and its files).
ATTACHMENT_REACH = 12
FIELD_LINE = deferred(r"^(?:[\u4e00-\u9fff]\s{0,3}){2,6}[：:]\s*\S")
# A row of a data table (`| 上午 | 专家门诊 | … |`, as `cleaner.io.html` writes one): a doctor's
# timetable or a notice's table beside the article is the article's.
GRID_ROW = deferred(r"^\|\s.*\S\s\|$")
ORNAMENT = deferred(
    r"[(（\[【]?\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d\d(?::\d\d)?\s*(?:AM|PM)?)?\s*[)）\]】]?"
    r"|\s*[·•●■□◆>|\[\]【】()（）]+\s*|\(图\)|（图）|\(组图\)|（组图）"
)
# The label right before a line's first date, when it names another date than the page's own
# (留言时间 | 2024-04-02, 成文日期:…, 活动时间:…): `_other_dates_label`.
LABEL_BEFORE_DATE = deferred(r"([\u4e00-\u9fff]{0,4})(?:时间|日期)[\s|｜:：]*$")
# A message board's answer under its heading (答复信息, 回复内容, 办理结果, 答复单位:…).
# (a forum's reply form says 回复内容: too, so a reply names its office)
BOARD_REPLY = deferred(r"^\s*(?:答复(?:信息|内容|意见|单位|部门|情况|时间)|办理(?:结果|情况|单位|意见)|回复(?:单位|部门|机构))\s*[:：]?")
REPLY_WORD = deferred(r"reply|replies|huifu|answer", re.I)
COMMENT_WORD = deferred(r"comment|pinglun|discuss|review", re.I)
# A floor of a forum thread, alone on its line or with its time (`2楼`, `沙发`, `#3`, `1楼 2015-08-09 14:22`).
FLOOR_MARKER = deferred(
    r"^\s*(?:第\s*)?(?:\d{1,4}\s*楼|沙发|板凳|地板|\d{1,4}\s*#|#\s*\d{1,4})"
    r"\s*(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?\s*(?:回复(?:\s*[(（]\d+[)）])?)?\s*$"
)
# The families of a site's own frame: a floor guide there is no thread's floor marker.
SITE_FAMILIES = frozenset({"html_nav", "html_aside", "html_header", "html_footer", "html_breadcrumb", "html_ad"})
# Characters of sentences a thread's first post has above its floor marker, at the least.
FIRST_POST_MIN_CHARS = 40
SENTENCE_END_MARK = deferred(r"[。！？!?]")
# A poster's own dates in a forum's profile box (注册时间 2007-3-21, 最后登录): no date of the post.
PROFILE_DATE = deferred(r"(?:注册|加入|登录|登陆|生日|出生)(?:时间|日期|于)?\s*[:：]?\s*(?:19|20)\d\d")
POSTED_STAMP = deferred(r"(?:发表|发布)于\s*[:：]?\s*(?:19|20)\d\d")
OWN_DATE_LABELS = frozenset({"", "发布", "发表", "更新", "出版", "发稿", "稿件", "文章", "信息"})
DATE_LABEL = deferred(r"(?:发布|发表|更新|出版|成文)?(?:时间|日期)\s*[:：]\s*(?:19|20)\d\d")
# A paragraph's length, past which a line under the title is the article's, not its info bar's.
BODY_LINE_CHARS = 30
# A signature's lines: the issuing unit, the day it was signed, a publication note.
SIGNATURE_REACH = 3
SIGNATURE_LINE = deferred(
    r"[\u4e00-\u9fff（）()]{2,30}(?:局|委|委员会|院|中心|政府|办公室|办|厅|部|处|科|所|站|会|公司)"
    r"|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[(（]\s*此件[^()（）]{0,8}[)）]"
)
INFO_LINE = deferred(r"来源|来自|作者|编辑|发布|日期|时间|浏览|点击|阅读|字号|记者|通讯员|供稿|审核|责编")

# How much a paragraph line adds to its block's ancestors, and the least score a main node needs.
MIN_PARAGRAPH_CHARS = 10
# A caption under an image: at most this long, not ending a sentence, not a numbered heading
# (`metadata.SECTION_HEADING`); the line after it is a paragraph when it is this long or ends a sentence.
CAPTION_MAX_CHARS = 30
# Under an image, a line that repeats its alt text is its caption up to this long, sentence or not.
ALT_CAPTION_MAX_CHARS = 100
CAPTION_END = deferred(r"[。！？!?；;：:…][”’」』\"']?$")
PARAGRAPH_MIN_CHARS = 40
MIN_MAIN_SCORE = 4.0
FIELD_TABLE_REACH = 20  # lines above the article where an info table's field lines stay
SCOPE_MIN_LEVELS = 3
SCOPE_LEVELS = 8
# A block above the main node is still the article's scope while its own text is not much more
# than the article's: the title, info table and lead around it, not the next column of the page.
SCOPE_GROWTH = 1.2
SCOPE_SLACK = 100
LIST_CONTAINERS = frozenset({"table", "ul", "ol", "dl", "div", "section", "center"})


# A block inside the main node holding more than 1/ARTICLE_SHARE of its text is the article itself.
ARTICLE_SHARE = 2
WRAPPER_LABEL_CHARS = 12
SUBHEADING_MAX_CHARS = 40
# A part's number badge (01, PART 2) or an image's caption between a sub-heading and its text.
BADGE_LINE = deferred(r"^\s*(?:0?[1-9]|[1-9]\d|(?:PART|Part|part)\s*\.?\s*\d{1,2})\s*$")
BADGE_REACH = 2
# A line of the article's scope right under one it keeps is kept with a sentence's score (one
# clause mark) rather than a paragraph's.
CONTINUED_SCORE = 3.0
BADGE_RULES = frozenset({"html_outside_main", "html_image_caption"})
# A sub-heading has no clause in it: a line with a comma or a full stop there is a page's notice.
# A side column's box of the hospital's services, by its heading (就诊指南, 联系我们): its lines
# (opening hours, the address, bus routes) are the site's, however much they read like fields.
SIDE_BOX_HEADING = deferred(
    r"^\s*(?:就诊指南|就医指南|就诊须知|服务指南|便民服务|联系我们|联系方式|来院路线|交通指南|乘车路线|快速通道|"
    r"便民信息|医院信息|医院简介|服务热线|咨询热线|健康热线|院长信箱|医院导航|快速导航|"
    # (a blog's side column: its latest comments, the blogger's profile, the archive)
    r"最新评论|最新文章|博主档案|博主资料|个人资料|个人档案|博客统计|访问统计|文章分类|日志分类|日志存档|文章存档|博文归档|热门文章|评论|最近访客)\s*$"
)
SUBHEADING_NOT = deferred(r"[，,。；;!！]")


def _badge(line: str, kept: bool, rule: str) -> bool:
    """A number badge or a ▲ caption left out of the article only as a block beside it."""
    return not kept and rule in BADGE_RULES and (BADGE_LINE.match(line) is not None or line.startswith(("▲", "△")))


def _comments_under(family: str, block: int, top: int, text_chars: list[int]) -> bool:
    """Whether a block inside the article is its comments (`<ol class="commentlist">` in a blog
    post's node) or its writer's bio box: readers' or the writer's sentences, however long, never
    the article. Only a block smaller than
    the rest of the article: one that holds most of it is the article under an odd class word."""
    return family in ("html_comment_box", "html_author_box") and block != top and 2 * text_chars[block] < text_chars[top]


def _line_score(text: str, links: int) -> float:
    n = len(text) - links
    if n < MIN_PARAGRAPH_CHARS or links * 2 > len(text):
        return 0.0
    punct = len(SENTENCE_PUNCT.findall(text))
    return 1.0 + punct + min(n / 40.0, 4.0)


def _effective_links(text: str, links: int) -> int:
    """Link characters, counting the date and ornaments beside a linked headline as link too:
    `·某某医院开展义诊（2023-05-06）` is a link, not prose with a link in it."""
    if not links:
        return 0
    extra = sum(len(m) for m in ORNAMENT.findall(text))
    return min(len(text), links + extra)


# A class naming a block's head and nothing else of a site's frame (`gg-head`, `qa-header`).
HEAD_CLASS = deferred(r"^[\w.-]*[_\-](?:head|header)\b[\w-]*$")
# How long a part's heading inside the article runs, and the paragraphs around it.
PART_HEADING_MAX_CHARS = 40
PART_PARAGRAPH_CHARS = 40


def _part_heading(
    tell: tuple[str, str], text: str, links: int, lines: list[str], i: int,
    info: list[Any], in_main: list[bool],
) -> bool:
    """Whether a line the article's block holds in a block classed as a head (`<div class="gg-head">`)
    is a part's heading between the article's paragraphs (一、关于技术参数), not a site's header."""
    if tell[0] != "html_nav" or links or len(text.strip()) > PART_HEADING_MAX_CHARS or END_PUNCT.search(text[-1:]):
        return False
    if HEAD_CLASS.match(tell[1].split(" ")[0].partition(".")[2] or "") is None:
        return False

    def prose(j: int) -> bool:
        return in_main[info[j][0]] and len(lines[j]) >= PART_PARAGRAPH_CHARS and SENTENCE_PUNCT.search(lines[j]) is not None

    return any(prose(j) for j in range(i)) and any(prose(j) for j in range(i + 1, len(lines)))


@functools.lru_cache(maxsize=4096)
def _family(words: str) -> str | None:
    if not words:
        return None
    for rule, pattern in WORD_FAMILIES:
        if pattern.search(words):
            return rule
    return None


# How long the paragraph under a byline set apart in a block of its own runs, for the byline to be read.
BYLINE_OVER_PARAGRAPH_CHARS = 40
# How much of a line inside the article an <aside> of links holds for it to go as a box of links.
ASIDE_LINK_SHARE = 0.5
# How many lines under the article's last kept line its writers' credit is looked for.
TAIL_CREDIT_REACH = 3

class MainContent(Stage):
    """Drop what is not the page's article from documents read from HTML."""

    name = STAGE

    def run(self, doc: Document) -> list[Document]:
        evidence = doc.metadata.pop("_html", None)
        if evidence is None:
            return [doc]
        lines = doc.text.split("\n")
        info: list[list[Any]] = evidence["lines"]
        nodes: list[list[Any]] = evidence["nodes"]
        meta: dict[str, Any] = evidence["meta"]
        if len(info) != len(lines) or not doc.text:
            # The text was changed before this stage: the evidence no longer fits it.
            doc.note(STAGE, "html_evidence_mismatch", "the page's text and its DOM evidence disagree; nothing removed")
            return [doc]
        keep, reasons = self._decide(lines, info, nodes)
        title_at, info_lines = self._page_metadata(doc, lines, keep, meta, reasons)
        if not doc.authors:
            # The writer's box beside the article (`文｜某某` over the writer's post): its byline names
            # the author, though the box leaves.
            # …or the byline under the info bar, in a block of its own the article's box leaves out
            # (`文/某某　图/某某` between the bar and the first paragraph).
            head_end = max([title_at if title_at is not None else -1, *info_lines])
            # (…or right above a paragraph of the article, under decks the page sets apart: an e-paper's)
            for i, (rule, _) in enumerate(reasons):
                if (
                    rule == "html_author_box"
                    or (rule == "html_outside_main" and 0 <= head_end < i <= head_end + 2 and not any(keep[head_end + 1 : i]))
                    or (rule == "html_outside_main" and i + 1 < len(keep) and keep[i + 1] and len(lines[i + 1]) >= BYLINE_OVER_PARAGRAPH_CHARS)
                ) and not keep[i] and (credits := byline_credits(lines[i])):
                    doc.authors = credited_authors(credits, doc.authors)
                    doc.metadata.setdefault("credits", []).extend({"role": role, "name": name} for role, name in credits)
                    break
        if not doc.authors and any(keep):
            # …or the writers' credit right under the article, in the page's box of credits and notes
            # that goes as the footer's (`撰稿:某某　摄影:某某` over `来源于:…`, `编辑:…`).
            last = max(i for i, k in enumerate(keep) if k)
            for i in range(last + 1, min(len(lines), last + 1 + TAIL_CREDIT_REACH)):
                if keep[i] or reasons[i][0] not in ("html_footer", "html_outside_main"):
                    continue
                if (credits := byline_credits(lines[i])) and any(is_writer(role) and role not in PHOTO_ROLES for role, _ in credits):
                    doc.authors = credited_authors(credits, doc.authors)
                    doc.metadata.setdefault("credits", []).extend({"role": role, "name": name} for role, name in credits)
                    break
        if title_at is not None:
            # The title block's other lines, marked by their class (an e-paper's 引题 above the
            # headline, its 副标题 under it): the banner and the subtitle, lifted like the title.
            for j, field, marks in ((title_at - 1, "banner", BANNER_CLASS), (title_at + 1, "subtitle", SUBTITLE_CLASS)):
                if (
                    0 <= j < len(lines) and (keep[j] or reasons[j][0] == "html_outside_main") and j not in info_lines
                    and lines[j].strip() and (
                        marks.search(nodes[info[j][0]][2]) or marks.search(nodes[info[j][0]][1])
                        # (an e-paper's kicker in a cell marked as a title too, the <title> naming the lower one)
                        or (field == "banner" and meta.get("kicker_cell") == lines[j].strip())
                        # (a `——记…` line under the headline, in its heading after a <br> or on its own)
                        or (field == "subtitle" and lines[j].lstrip().startswith(("——", "—", "--")) and len(lines[j].strip()) <= SUBTITLE_MAX_CHARS)
                    )
                ):
                    value = lines[j].strip().lstrip("—–-").strip() if field == "subtitle" else lines[j].strip()
                    if field == "subtitle" and (speaker := SPEAKER_LINE.match(value)) is not None:
                        # A speech's speaker under its headline (`县委常委、副县长　某某`): who gave it.
                        doc.authors = credited_authors([("讲话", speaker["name"])], doc.authors)
                        doc.metadata.setdefault("credits", []).append({"role": "讲话", "name": speaker["name"]})
                        info_lines[j] = {"fields": ["author"]}
                        continue
                    doc.metadata.setdefault(field, value)
                    info_lines[j] = {"field": field, "value": value}
        # The article's own headings as its markup sets them (`<h4>`, a paragraph that is one bold
        # run): the block model never takes one for a photo's caption.
        headings = sorted({
            lines[i].strip() for i in range(len(lines))
            if keep[i] and "h" in info[i][2] and i != title_at and i not in info_lines and lines[i].strip()
        })
        if headings:
            doc.metadata[HEADINGS_KEY] = headings
        edits: list[Edit] = []
        pos = 0
        for i, line in enumerate(lines):
            end = pos + len(line) + (1 if i < len(lines) - 1 else 0)
            if i == title_at:
                edits.append(Edit(pos, end, "", "title", {"field": "title", "value": doc.title}))
            elif i in info_lines:
                edits.append(Edit(pos, end, "", "info_line", info_lines[i]))
            elif not keep[i]:
                rule, note = reasons[i]
                prev = edits[-1] if edits else None
                if prev is not None and prev.end == pos and prev.rule == rule and prev.note == note:
                    edits[-1] = Edit(prev.start, end, "", rule, note)
                else:
                    edits.append(Edit(pos, end, "", rule, note))
            pos = end
        if edits:
            doc.apply(STAGE, edits)
        return [doc] if doc.text.strip() else []

    # -- the decision --------------------------------------------------------------------
    def _decide(
        self, lines: list[str], info: list[list[Any]], nodes: list[list[Any]]
    ) -> tuple[list[bool], list[tuple[str, dict[str, Any]]]]:
        n_nodes = len(nodes)
        parent = [nd[0] for nd in nodes]
        score = [0.0] * n_nodes
        text_chars = [0] * n_nodes
        link_chars = [0] * n_nodes
        punct = [0] * n_nodes
        # Sentence ends on lines that are not mostly link text: a list of linked headlines
        # (`·夜间门诊开了吗? (2023-05-06)`) has question marks and quotes, but no prose.
        prose_punct = [0] * n_nodes
        n_lines = [0] * n_nodes
        info = [[node, _effective_links(text, links), flags] for text, (node, links, flags) in zip(lines, info, strict=True)]
        for text, (node, links, _flags) in zip(lines, info, strict=True):
            s = _line_score(text, links)
            p = parent[node] if node > 0 else 0
            if s:
                if p >= 0:
                    score[p] += s
                    gp = parent[p]
                    if gp >= 0:
                        score[gp] += s / 2
            # totals up the tree (nodes are numbered in document order: a parent before its children)
            text_chars[node] += len(text)
            link_chars[node] += links
            ends = len(END_PUNCT.findall(text))
            punct[node] += ends
            if links * 2 <= len(text):
                prose_punct[node] += ends
            n_lines[node] += 1
        for k in range(n_nodes - 1, 0, -1):
            if parent[k] >= 0:
                text_chars[parent[k]] += text_chars[k]
                link_chars[parent[k]] += link_chars[k]
                punct[parent[k]] += punct[k]
                prose_punct[parent[k]] += prose_punct[k]
                n_lines[parent[k]] += n_lines[k]
        final = [0.0] * n_nodes
        for k in range(1, n_nodes):
            if not score[k]:
                continue
            tag, words = nodes[k][1], nodes[k][2]
            density = link_chars[k] / text_chars[k] if text_chars[k] else 0.0
            weight = 1.0 - density
            if tag in TAG_FAMILIES or _family(words) is not None:
                weight *= 0.3
            if POSITIVE.search(words) or tag in ("article", "main"):
                weight *= 1.3
            final[k] = score[k] * weight
        top = max(range(n_nodes), key=lambda k: final[k]) if n_nodes > 1 else 0
        keep = [True] * len(lines)
        reasons: list[tuple[str, dict[str, Any]]] = [("", {})] * len(lines)
        # Without a block that reads like an article (a short notice, a page whose text is filled
        # in by script), only what the tags and links tell leaves; the rest stays.
        found = final[top] >= MIN_MAIN_SCORE
        if not found:
            top = 0
        # Siblings of the main node that score well beside it are part of the article too; so are
        # the blocks of the same make beside the wrappers it sits in alone (an editor's article is a
        # row of nested sections, a live page a list of updates, each wrapping some paragraphs: the
        # main node is the fullest one, deep in its wrappers), if they hold a line of prose.
        main = {top} if found else set()
        threshold = max(MIN_MAIN_SCORE, final[top] * 0.2)
        for k in range(1, n_nodes):
            if found and parent[k] == parent[top] and k != top and final[k] >= threshold:
                main.add(k)
        if found:
            # (a wrapper may hold a label beside the block as well: a live update's time, a photo's number)
            anchor = top
            while parent[anchor] > 0 and text_chars[parent[anchor]] <= text_chars[anchor] + WRAPPER_LABEL_CHARS:
                anchor = parent[anchor]
            if anchor != top:
                best = final[:]  # the best score in each node's subtree
                for k in range(n_nodes - 1, 0, -1):
                    if parent[k] >= 0 and best[k] > best[parent[k]]:
                        best[parent[k]] = best[k]
                # (blocks of the same make as the wrapper: a box of teasers beside it is made otherwise)
                for k in range(1, n_nodes):
                    if (
                        parent[k] == parent[anchor] and k != anchor and best[k] > 0
                        and nodes[k][1] == nodes[anchor][1] and nodes[k][2] == nodes[anchor][2]
                    ):
                        main.add(k)
        in_main = [False] * n_nodes
        # Blocks that hold the article are no evidence against a line inside them (a page whose
        # <body> has the class `has-header` is not all navigation).
        holds_main = [False] * n_nodes
        for k in main:
            p = parent[k]
            while p >= 0 and not holds_main[p]:
                holds_main[p] = True
                p = parent[p]
        telling: list[tuple[str, str] | None] = [None] * n_nodes  # nearest telling ancestor's family
        teller = [-1] * n_nodes  # and that ancestor
        toc = [False] * n_nodes
        for k in range(n_nodes):
            p = parent[k]
            in_main[k] = k in main or (p >= 0 and in_main[p])
            if k in main and k != top and not holds_main[k] and _family(nodes[k][2]) == "html_author_box":
                # a paragraph of the article's own that its class calls a card of the account the
                # article came from (`<p class="original_account_desc">`): the card's
                telling[k] = ("html_author_box", f"{nodes[k][1]}.{nodes[k][2]}")
                teller[k] = k
                continue
            if k in main or holds_main[k] or nodes[k][1] in ("body", "html"):
                # the whole page is no evidence against any part of it
                continue
            if in_main[k] and (TOC.search(nodes[k][2]) or (p >= 0 and toc[p])):
                # an article's own table of contents lists its headings: part of it
                toc[k] = True
                continue
            if in_main[k] and telling[p] is None and nodes[k][1] in LIST_CONTAINERS and text_chars[k]:
                # A list or table of links nested in the article (related reports, a pager), as
                # readability cleans its main node: much link text, few sentences.
                density = link_chars[k] / text_chars[k]
                if n_lines[k] >= 2 and density > (0.6 if nodes[k][1] == "table" else 0.5) and prose_punct[k] < 3:
                    telling[k] = ("html_link_list", f"{nodes[k][1]} link density {density:.2f}")
                    teller[k] = k
                    continue
            tag, words = nodes[k][1], nodes[k][2]
            fam = TAG_FAMILIES.get(tag) or _family(words)
            if tag == "header" and (POSITIVE.search(words) or _has_ancestor(nodes, parent, k, "article")):
                # The article's own <header> (its headline and info bar, `<article><header class="…__header">`):
                # no site header, whatever its class says.
                fam = None
            if fam in PROSE_BLIND and tag not in TAG_FAMILIES and punct[k] >= PROSE_SENTENCES and (
                link_chars[k] < 0.3 * text_chars[k]
            ) and (fam == "html_share" or POSITIVE.search(words)):
                # Sentences in a block whose class also says share or nav (a script's hook on the
                # article's own <div class="sharepop clearfix" id="newsbody">): the words name a widget
                # attached to it, the text is the article's.
                fam = None
            if fam == "html_ad" and tag == "table" and in_main[k] and n_lines[k] >= 2 and (
                link_chars[k] < 0.3 * text_chars[k]
            ):
                # A data table in the article whose class reads as an advert's (`gg-table`: gg is
                # 公告 as well as 广告): rows of text, not a picture or links, are the notice's.
                fam = None
            if fam is not None and in_main[k] and ARTICLE_SHARE * text_chars[k] >= text_chars[top]:
                # a block inside the article that holds most of it is the article, whatever its class
                # says (a review site's `<div class="review-content">`)
                fam = None
            if fam is not None:
                telling[k] = (fam, f"{tag}.{words}" if words else tag)
                teller[k] = k
            elif p >= 0:
                telling[k] = telling[p]
                teller[k] = teller[p]
        # The blocks above the main node (an <article> with its lead paragraph, a
        # notice's info table and the title beside the body) are the article's scope: prose and
        # field lines in it stay unless a telling ancestor says otherwise.
        scope = top
        main_text = sum(text_chars[k] - link_chars[k] for k in main) if main else text_chars[top] - link_chars[top]
        for level in range(SCOPE_LEVELS):
            up = parent[scope]
            if up <= 0 or nodes[up][1] in ("body", "html"):
                break
            if level >= SCOPE_MIN_LEVELS and text_chars[up] - link_chars[up] > SCOPE_GROWTH * main_text + SCOPE_SLACK:
                break
            scope = up
        in_scope = [False] * n_nodes
        for k in range(n_nodes):
            p = parent[k]
            in_scope[k] = k == scope or (p >= 0 and in_scope[p])
        first_main = next((i for i, (node, _, _) in enumerate(info) if in_main[node]), len(lines))
        # A message board's page: its `reply` block is the office's answer, not readers' comments.
        board = any(len(line) <= 20 and BOARD_REPLY.match(line) for line in lines)
        main_desc = f"{nodes[top][1]}.{nodes[top][2]}" if nodes[top][2] else nodes[top][1]
        for i, (text, (node, links, flags)) in enumerate(zip(lines, info, strict=True)):
            density = round(links / len(text), 2) if text else 0.0
            tell = telling[node]
            if "a" in flags and not (in_main[node] and nodes[node][1] in ("td", "th")):
                # An image's alt text is what the picture shows, not a line of the article
                # (except a data table's cell, where an icon's alt is the cell's value).
                keep[i] = False
                reasons[i] = ("html_image_alt", {"caption": True, **({"inside": main_desc} if in_main[node] else {"main": main_desc})})
                continue
            if in_main[node]:
                if ATTACHMENT_LINE.search(text) or (
                    # the files an attachments label lists, numbered, one link a line (附件:1.… / 2.…)
                    i and keep[i - 1] and NUMBERED_FILE.match(text) and ATTACHMENT_LINE.search(lines[i - 1])
                ):
                    continue
                if tell is not None and tell[0] in INSIDE_FAMILIES and not (board and _official_reply(tell)) and (
                    _line_score(text, links) < 6 or _comments_under(tell[0], teller[node], top, text_chars)
                ) and not _part_heading(tell, text, links, lines, i, info, in_main):
                    keep[i] = False
                    reasons[i] = (tell[0], {"evidence": tell[1], "inside": main_desc})
                elif density >= 0.9 and len(text) <= 40 and "c" not in flags and not toc[node]:
                    keep[i] = False
                    reasons[i] = ("html_link_list", {"link_density": density, "inside": main_desc})
                elif (
                    tell is not None and tell[0] == "html_aside" and tell[1].split(".")[0] == "aside"
                    and density >= ASIDE_LINK_SHARE and "c" not in flags
                ):
                    # An <aside> of links set between the article's paragraphs (`延伸阅读` and its headline).
                    keep[i] = False
                    reasons[i] = ("html_related", {"evidence": tell[1], "inside": main_desc})
                continue
            if tell is None and density < 0.3 and (
                (in_scope[node] and (
                    _line_score(text, links) >= 4 or FIELD_LINE.match(text) or GRID_ROW.match(text)
                    # a sentence going on from the article's line above it (a notice's numbered tips
                    # under a table that weighs more than they do)
                    or (i and keep[i - 1] and in_scope[info[i - 1][0]] and _line_score(text, links) >= CONTINUED_SCORE)
                    # a notice's closing words (特此通知, 欢迎全校师生参加!) in a paragraph of their own
                    or CLOSING_LINE.search(text)
                ))
                # a message board's message beside its label (留言内容 我家住在…), however the board lays it out
                or (MESSAGE_FIELD.match(text) is not None and _line_score(text, links) >= 4)
                # a notice's info table (索引号：… 发文机关：…) just above the article
                or (first_main - FIELD_TABLE_REACH <= i < first_main and FIELD_LINE.match(text))
            ):
                continue
            if tell is not None:
                rule, note = tell[0], {"evidence": tell[1], "main": main_desc}
            elif density >= 0.5:
                rule, note = "html_link_list", {"link_density": density, "main": main_desc}
            elif found:
                rule, note = "html_outside_main", {"main": main_desc}
            else:
                continue
            keep[i] = False
            reasons[i] = (rule, note)
        # A document's attachments (附件: over links to its files) in a block of their own right
        # under the article: the document's, however linked.
        last_main = max((i for i in range(len(lines)) if keep[i] and in_main[info[i][0]]), default=None)
        if last_main is not None:
            j = last_main + 1
            while (
                j < len(lines) and j - last_main <= ATTACHMENT_REACH and in_scope[info[j][0]]
                and ATTACHMENT_LINE.search(lines[j])
            ):
                keep[j] = True
                reasons[j] = ("", {})
                j += 1
        # A notice's signature under its last line, outside the main block only because a long table
        # above weighs more (the issuing unit, the day, 此件公开发布): the notice's.
        last_kept = max((i for i in range(len(lines)) if keep[i] and in_scope[info[i][0]]), default=None)
        if last_kept is not None:
            j = last_kept + 1
            while (
                j < len(lines) and j - last_kept <= SIGNATURE_REACH and in_scope[info[j][0]]
                and reasons[j][0] == "html_outside_main" and SIGNATURE_LINE.fullmatch(lines[j].strip())
            ):
                keep[j] = True
                reasons[j] = ("", {})
                j += 1
        # A profile's titles and honours a line each (主任医师 / 教授 / 某某学会委员) in a block of
        # their own beside the doctor's picture, right above the profile's text: the profile's.
        first_kept = min((i for i in range(len(lines)) if keep[i] and in_main[info[i][0]]), default=None)
        if first_kept is not None:
            honours = honour_runs(lines)

            def titled(j: int) -> bool:
                # (in a block of its own beside the article, or in a list of tags without links)
                return j in honours and in_scope[info[j][0]] and (
                    reasons[j][0] == "html_outside_main" or (reasons[j][0] == "html_related" and not info[j][1])
                )

            near = [i for i in range(max(0, first_kept - PROFILE_REACH), first_kept) if titled(i)]
            if near:
                j = near[-1]
                while j >= 0 and titled(j):
                    keep[j] = True
                    reasons[j] = ("", {})
                    j -= 1
        # A short line of the article's scope between two of its lines that stay, outside the
        # main block only by its markup (a channel article's sub-heading in a `<section>` of its
        # own, styled as a bar): the article's sub-heading.
        # (a number badge or an image's ▲ caption may stand between it and the lines it heads)
        for i in range(1, len(lines) - 1):
            node, links = info[i][0], info[i][1]
            if not (
                reasons[i][0] == "html_outside_main" and in_scope[node] and len(lines[i]) <= SUBHEADING_MAX_CHARS
                and not SUBHEADING_NOT.search(lines[i]) and links * 2 < len(lines[i])
                and not BADGE_LINE.match(lines[i]) and not lines[i].startswith(("▲", "△"))
            ):
                continue
            above, below = i - 1, i + 1
            while above > 0 and above > i - 1 - BADGE_REACH and _badge(lines[above], keep[above], reasons[above][0]):
                above -= 1
            while below < len(lines) - 1 and below < i + 1 + BADGE_REACH and _badge(lines[below], keep[below], reasons[below][0]):
                below += 1
            if keep[above] and keep[below] and in_scope[info[above][0]] and in_scope[info[below][0]]:
                keep[i] = True
                reasons[i] = ("", {})
        _side_boxes(lines, info, parent, in_main, holds_main, keep, reasons)
        _image_captions(lines, info, in_main, keep, reasons, main_desc if found else "")
        _thread_replies(lines, keep, reasons)
        return keep, reasons

    # -- metadata the page states ----------------------------------------------------------
    def _page_metadata(
        self, doc: Document, lines: list[str], keep: list[bool], meta: dict[str, Any],
        reasons: list[tuple[str, dict[str, Any]]],
    ) -> tuple[int | None, dict[int, dict[str, Any]]]:
        """Set title, date, author, URL and site from the page and its info bar.

        Returns the index of the title line to lift (if the title is one of the page's lines)
        and the info-bar lines lifted, with the fields each gave.
        """
        info: dict[int, dict[str, Any]] = {}
        info_date: str | None = None
        title = meta.get("title")
        if title is None and meta.get("title_unsure") in lines:
            title = meta["title_unsure"]
        first_kept = next((i for i, k in enumerate(keep) if k), len(lines))
        title_at: int | None = None
        if title:
            # The title line is the last line equal to the title at or above the article's start
            # (a site repeats the title in its breadcrumb); else the first one anywhere.
            at = [i for i, line in enumerate(lines) if line == title or _labelled(line, title)]
            above = [i for i in at if i <= first_kept + 1]
            if above:
                title_at = above[-1]
            elif at:
                title_at = at[0]
            if doc.title is None:
                doc.title = title
        # Without the title among the lines (a page that prints it only in <title>), the info bar
        # is looked for right above the article's first line.
        bar_from = title_at + 1 if title_at is not None else max(0, first_kept - INFO_ABOVE_ARTICLE)
        if title_at is not None or (title and first_kept < len(lines)):
            # The info bar under the title (date, source, author) is lifted into fields, as the
            # metadata stage does on text pages: left in place, repair would glue it to the body.
            # A line it cannot parse stays for the metadata stage.
            # (a page that prints its headline twice, over its bar and again atop the article: the
            # bar under the first copy too)
            first = at[0] + 1 if title_at is not None and at[0] < title_at else bar_from
            scan = [*range(first, min(first + 2, bar_from)), *range(bar_from, min(len(lines), bar_from + 5))]
            for j in scan:
                if (
                    keep[j] and len(lines[j]) >= BODY_LINE_CHARS and "。" in lines[j] and not LEAD_LABEL.match(lines[j])
                    and not (j > 0 and SUMMARY_HEADING.match(lines[j - 1]))
                ):
                    break  # (the article has begun: a line under its paragraphs is no info bar of the title's;
                    # a summary over the lead, `【摘要】…` or under its box's heading `划重点`, is no paragraph of it yet)
                if len(lines[j]) > 80 or not (
                    DATE_NEAR.search(lines[j]) or INFO_LINE.search(lines[j]) or lines[j].lstrip().startswith("原创")
                ):
                    continue
                if event_time(lines, j):
                    continue  # a lecture's or a meeting's own time (时间:… beside 报告人:, 地点:): its notice's
                # (a repost card, 以下文章来源于某某, reads as the text stage reads it)
                # (…and an old channel template's line, `原创 2016-03-18 某某 某某医院`, `2016-08-12 某某 某某 某某`)
                fields = parse_fields(lines[j]) or (
                    channel_line_fields(lines[j])
                    if "以下文章" in lines[j] or lines[j].lstrip().startswith(("原创", "19", "20")) else None
                )
                # (between the title and the article: above its first line, or with nothing of it
                # above, under the title and its info bar)
                # (a summary box over the article, `划重点` / its words, or a player's badge,
                # `视频时长 02:58`, stands between them too)
                between = j < first_kept or not any(
                    keep[i] and not LEAD_LABEL.match(lines[i]) and not (i > 0 and SUMMARY_HEADING.match(lines[i - 1]))
                    and not SUMMARY_HEADING.match(lines[i]) and (len(lines[i]) >= BODY_LINE_CHARS or "。" in lines[i])
                    for i in range(bar_from, j)
                )
                if (
                    (fields is None or not ({"date", "source"} & fields.values.keys())) and between
                    and (credits := byline_credits(lines[j]))
                ):
                    # An e-paper's byline in a block of its own between the title and the article
                    # (`本报记者 某某　通讯员 某某`), an app page's under its info bar: its names are the authors.
                    info[j] = {"fields": ["author"]}
                    doc.authors = credited_authors(credits, doc.authors)
                    doc.metadata.setdefault("credits", []).extend({"role": role, "name": name} for role, name in credits)
                    continue
                if fields is None or not ({"date", "source"} & fields.values.keys()):
                    # (left for the metadata stage, unless its block's class says what it is: a
                    # repost card's tagline, 某某官方科普平台,权威发布…, under the account's name)
                    if j < first_kept and title_at is not None and reasons[j][0] not in CLASS_FAMILIES:
                        keep[j] = True
                    continue
                info[j] = {"fields": sorted(fields.kinds)}
                if "date" in fields.values:
                    info_date = info_date or fields.values["date"]
                if "source" in fields.values:
                    stated = fields.values["source"]
                    before = doc.metadata.get("source_name")
                    if before is not None and before != stated and STATED_SOURCE.search(lines[j]):
                        # `来源:某某局` (or a repost card's account) under the channel account's line:
                        # the stated source is the source, the account stays the account.
                        doc.metadata["account_name"] = before
                        doc.metadata["source_name"] = stated
                    elif (
                        before is None and set(fields.kinds) <= {"source", "date", "author"}
                        and not MEDIA_OUTLET.search(stated) and unlabelled_source(lines[j])  # (no 来源 label either)
                    ):
                        # (a channel account's own line, `原创 某某 某某医院 2024-03-21 18:05`: the account
                        # that posted it, no source; an outlet's account, `某某日报`, is the outlet)
                        doc.metadata.setdefault("account_name", stated)
                    else:
                        doc.metadata.setdefault("source_name", stated)
                        if (
                            doc.metadata.get("source_name") == stated and "account_name" not in doc.metadata
                            and not STATED_SOURCE.search(lines[j]) and set(fields.kinds) <= {"source", "date", "author"}
                        ):
                            # (an account's name before its time, `某某妇幼 2022-12-19 19:40`, no label:
                            # the account, which a 来源 the article states later replaces as the source)
                            doc.metadata["account_name"] = stated
                doc.authors = credited_authors(fields.credits, doc.authors)
                if fields.credits:
                    # Every credit, editors' and reviewers' too, as the metadata stage keeps them.
                    doc.metadata.setdefault("credits", []).extend(
                        {"role": role, "name": name} for role, name in fields.credits)
        published = parse_date(meta["published_meta"]) if meta.get("published_meta") else None
        shown = info_date
        if shown is None and (published is None or title_at is not None):
            # A date line under the title (or, without a title line, just around the article's
            # start); a date line that names the weekday is the site's "today" header. With a meta
            # date, only a line under the title found (a date bar the fields parse missed).
            starts = [i for i, line in enumerate(lines) if title and line == title] or [max(0, first_kept - 9)]
            near = sorted({j for i in starts for j in range(i + 1, min(len(lines), i + 9))})
            # Else a labelled date anywhere (`发布时间：2023-05-06`, a date bar under the body).
            # (or a post's stamp, `发表于 2014-10-12 21:33`: a thread's first is its first post's)
            labelled = [j for j, line in enumerate(lines) if DATE_LABEL.search(line) or POSTED_STAMP.search(line)] if published is None else []
            # (a thread's first stamp, `发表于 2009-6-14 10:05`, before a poster's profile beside it)
            near.sort(key=lambda j: POSTED_STAMP.search(lines[j]) is None)
            # (the day a document was signed, `成文日期:…`, after the day it was published on the page)
            near.sort(key=lambda j: SIGNED_DATE_LABEL.search(lines[j]) is not None and DATE_LABEL.search(SIGNED_DATE_LABEL.sub("", lines[j])) is None)
            # (…or a date alone right over the title, where a blog's theme prints the post's day)
            over = [i - 1 for i in starts if i > 0 and title and lines[i] == title and DATE_LINE.match(lines[i - 1].strip())]
            for j in [*near, *over, *labelled]:
                line = lines[j]
                # (a sentence of the article naming a day, `收缴工作从2013年11月10日开始。`, is no date line)
                if (
                    len(line) <= 80 and DATE_NEAR.search(line) and not TODAY.search(line) and not PROFILE_DATE.search(line)
                    and "。" not in line
                ):
                    if published is not None and _other_dates_label(line):
                        continue  # against a meta date only a date the page calls its own (not 留言时间:…)
                    shown = parse_date(line)
                    if shown:
                        break
        if published is not None and shown is not None and (published[:10] != shown[:10] or len(shown) > 10):
            # The page shows its own date under the title: a meta tag naming another day (or time)
            # is the page's update, its import, or the day in another time zone. A meta tag adds
            # only the time of day to a shown date without one.
            published = shown
        published = published or shown
        if published is not None and doc.published is None:
            doc.published = published
        elif published is None:
            # No date of the article's own: the date in the page's header (an e-paper's issue,
            # `某某日报 2024年06月12日 星期三`), which the metadata stage takes when the text has none.
            top = title_at if title_at is not None else first_kept
            for line in lines[:top]:
                if len(line) <= 60 and TODAY.search(line) and (day := parse_date(line)) is not None:
                    doc.metadata.setdefault("header_date", day)
                    break
        author = meta.get("author")
        if (
            author and not doc.authors and author not in (meta.get("site"), meta.get("account"))
            # (a CMS's Author tag holding the editor the page credits as such: 责任编辑:某某)
            and not re.search(rf"(?:编辑|责编|审核|校对|编审)[ \t]*[:：]?[ \t]*{re.escape(author)}", doc.text)
        ):
            doc.authors = [author]
        elif meta.get("authors") and not doc.authors:
            doc.authors = list(meta["authors"])
        for key in ("url", "source_name", "account_name"):
            if meta.get(key):
                doc.metadata.setdefault(key, meta[key])
        if "source_name" not in doc.metadata and (last_kept := next((i for i in range(len(keep) - 1, -1, -1) if keep[i]), None)) is not None:
            # A source stated right under the article, in a block the page's furniture shares
            # (`首发时间:… / 来源:某某县融媒体中心 / 编辑:…`): read before that block goes.
            for j in range(last_kept + 1, min(len(lines), last_kept + 1 + TAIL_SOURCE_REACH)):
                if STATED_SOURCE.search(lines[j]) and (fields := parse_fields(lines[j])) is not None and "source" in fields.values:
                    doc.metadata["source_name"] = fields.values["source"]
                    break
        site = meta.get("site") or meta.get("title_suffix") or meta.get("host")
        if site and is_platform(site):
            # A platform many publishers share (微信公众平台, Powered by Discuz!): the account is the
            # site, when the page names it; else none (template text is never counted across them).
            doc.metadata.setdefault("platform", site)
            site = meta.get("account")
            if site:
                doc.metadata.setdefault("account_name", site)
        if site:
            doc.metadata.setdefault("site", site)
        if meta.get("host"):
            doc.metadata.setdefault("host", meta["host"])
        doc.metadata.setdefault("format", "html")
        return title_at, info


def _labelled(line: str, title: str) -> bool:
    """Whether `line` is the title after the labels its heading sets before it (原创独家…)."""
    return line.endswith(title) and len(line) > len(title) and HEADLINE_LABELS.fullmatch(line[: -len(title)]) is not None


def _official_reply(tell: tuple[str, str]) -> bool:
    """Whether a block's words say `reply` (and not comment): on a message board, the answer."""
    return tell[0] == "html_comment_box" and REPLY_WORD.search(tell[1]) is not None and COMMENT_WORD.search(tell[1]) is None


def _thread_replies(lines: list[str], keep: list[bool], reasons: list[tuple[str, dict[str, Any]]]) -> None:
    """A forum thread's replies: after the first post's lines, a floor's marker the page's furniture
    went with (`1楼` under the first post, `沙发` over the second) ends the article; the posts under
    it are readers' replies, however long, as the text rule `thread_replies` takes them."""
    first = next((i for i, k in enumerate(keep) if k), None)
    if first is None:
        return
    # (a floor's marker of the post's own furniture, never a site's floor guide in its sidebar or
    # menu: `1楼 挂号收费` between the title and the article)
    marker = next(
        (
            i for i in range(first + 1, len(lines))
            if not keep[i] and reasons[i][0] not in SITE_FAMILIES and FLOOR_MARKER.match(lines[i])
        ),
        None,
    )
    # …and only under a first post of sentences: a title and an info bar above it are no post.
    if marker is None or sum(len(lines[i]) for i in range(first, marker) if keep[i] and SENTENCE_END_MARK.search(lines[i])) < FIRST_POST_MIN_CHARS:
        return
    for j in range(marker + 1, len(lines)):
        if keep[j]:
            keep[j] = False
            reasons[j] = ("html_comment_box", {"evidence": f"a reply under the floor marker {lines[marker].strip()!r}"})


def _other_dates_label(line: str) -> bool:
    """Whether the first date of `line` stands under a label naming another date than the page's
    own (留言时间, 成文日期, 活动时间)."""
    d = DATE_NEAR.search(line)
    if d is None:
        return False
    m = LABEL_BEFORE_DATE.search(line, 0, d.start())
    return m is not None and m.group(1) not in OWN_DATE_LABELS


def _side_boxes(
    lines: list[str], info: list[list[Any]], parent: list[int], in_main: list[bool],
    holds_main: list[bool], keep: list[bool], reasons: list[tuple[str, dict[str, Any]]],
) -> None:
    """A box of the page's side column headed by a service heading (`就诊指南` over the opening
    hours, the address and the bus routes, `联系我们` over the phone): every line in the box goes
    with its heading, the lines that read like a notice's fields as well. The box is the smallest
    block holding the heading and another line; one that holds the article is no box."""
    for i, line in enumerate(lines):
        if keep[i] or not SIDE_BOX_HEADING.match(line):
            continue
        head = info[i][0]
        if in_main[head]:
            continue
        others = [j for j in range(len(lines)) if j != i]
        box = parent[head]
        members: list[int] = []
        while box > 0 and not members:
            members = [j for j in others if _within(info[j][0], box, parent)]
            if not members:
                box = parent[box]
        if box <= 0 or holds_main[box] or in_main[box]:
            continue
        for j in members:
            if keep[j] and not in_main[info[j][0]]:
                keep[j] = False
                reasons[j] = ("html_outside_main", {"box": line.strip()})


def _within(node: int, box: int, parent: list[int]) -> bool:
    while node >= 0:
        if node == box:
            return True
        node = parent[node]
    return False


# Captions told in sentences that make an article of figures a photo story (see `_image_captions`).
GALLERY_MIN_CAPTIONS = 3
# Alt texts a platform or an editor writes on every image: no image's own words.
GENERIC_ALTS = frozenset({"图片", "图", "圖片", "配图", "插图", "image", "img", "photo", "picture", "pic", "图像"})


def _image_captions(
    lines: list[str], info: list[list[Any]], in_main: list[bool], keep: list[bool],
    reasons: list[tuple[str, dict[str, Any]]], main_desc: str,
) -> None:
    """A short line right under an image of the article is that image's caption (活动现场,
    志愿者向市民宣传金融知识), as the boilerplate stage takes a short line under an image
    placeholder on a text page: when it repeats the image's alt text, or when a paragraph or the
    next image follows it and it has no comma. Under an image without alt text the line must be
    laid out as a caption too (centred, or in a block whose class says caption): such an image is
    as often followed by a section heading or a line of verse. A figure's own <figcaption> under
    its image is taken whatever it says; a heading, a line of links or a sentence is not."""
    n = len(lines)

    def image_before(j: int) -> str | None:
        # The alt text of an image right above line j ("" for an image without one), or None.
        if j and reasons[j - 1][0] == "html_image_alt" and in_main[info[j - 1][0]]:
            alt = lines[j - 1].strip()
            # (an alt text a platform writes on every image, `图片`, says nothing of this one)
            return "" if alt.lower() in GENERIC_ALTS else alt
        return "" if "i" in info[j][2] else None

    def heading_over_paragraph(k: int) -> bool:
        # A short line without a sentence's punctuation with a paragraph under it: a heading (bold by
        # a span's style, `<span style=…><strong>某某医院</strong></span>`).
        text = lines[k].strip()
        if not 2 <= len(text) <= HEADING_MAX_CHARS or "，" in text or "," in text or CAPTION_END.search(text):
            return False
        m = next((m for m in range(k + 1, n) if keep[m]), n)
        return m < n and _paragraph(lines[m])

    def figcaption(j: int) -> bool:
        # The caption of an image of the article by its markup: its own <figcaption>, or a block under
        # it whose class names a caption (`<p class="pic_desc">`).
        flags = info[j][2]
        return (
            image_before(j) is not None and reasons[j][0] != "html_image_alt" and keep[j] and in_main[info[j][0]]
            and ("c" in flags or "n" in flags) and not info[j][1] and "h" not in flags
        )

    # A photo story (组图): figures whose captions tell it in sentences and outweigh the article's
    # other lines. There the captions are the article.
    told = [j for j in range(n) if figcaption(j) and END_PUNCT.search(lines[j]) and SENTENCE_PUNCT.search(lines[j])]
    told_at = set(told)
    # (a caption's other lines, its translation under a break: `<br><span lang="bo">…`, weigh with it;
    # the story's prose is its sentences, not its headline, its bar, its pictures' credits or its pager)
    rest = sum(
        len(lines[j].strip()) for j in range(n)
        if keep[j] and in_main[info[j][0]] and j not in told_at and "c" not in info[j][2] and FULL_STOP.search(lines[j])
    )
    story = frozenset(told) if len(told) >= GALLERY_MIN_CAPTIONS and sum(len(lines[j].strip()) for j in told) >= rest else frozenset()
    for j in range(n):
        alt = image_before(j)
        if alt is None or reasons[j][0] == "html_image_alt" or not keep[j] or not in_main[info[j][0]]:
            continue
        text, (_, links, flags) = lines[j].strip(), info[j]
        if j in story:
            continue
        if "c" in flags and not links and "h" not in flags:
            # The image's own <figcaption>: a caption by its markup, whatever it says.
            keep[j] = False
            reasons[j] = ("html_image_caption", {"image": alt[:40] or "(no alt text)", "figcaption": True,
                                                 **({"inside": main_desc} if main_desc else {})})
            continue
        if links or "c" in flags or "h" in flags:
            continue
        if "m" in flags and len(text) <= CREDITED_CAPTION_MAX_CHARS and CAPTION_CREDIT_END.search(text) is not None:
            # Laid out as a caption and ending in the picture's credit (`…查看药品分拣情况。新华社记者 某某 摄`):
            # the caption, commas and all.
            keep[j] = False
            reasons[j] = ("html_image_caption", {"image": alt[:40] or "(no alt text)", **({"inside": main_desc} if main_desc else {})})
            continue
        if "n" in flags and len(text) <= NAMED_CAPTION_MAX_CHARS and not SECTION_HEADING.match(text):
            # Under the image in a block its class names a caption (`<p class="img-desc">义诊现场，…。</p>`):
            # the caption, commas, full stop and all.
            keep[j] = False
            reasons[j] = ("html_image_caption", {"image": alt[:40] or "(no alt text)", **({"inside": main_desc} if main_desc else {})})
            continue
        if not _caption_like(text) and not (alt and text == alt and len(text) <= ALT_CAPTION_MAX_CHARS):
            # A longer line or a sentence is a caption only where it says what the alt text says.
            continue
        if not alt and "m" not in flags:
            continue  # under an image without alt text, only a line laid out as a caption
        k = next((m for m in range(j + 1, n) if keep[m]), n)
        # Unless it repeats the alt text: no comma (a line of the article's own prose has them),
        # and a paragraph or the next image after it.
        # (or, for a line laid out as a caption, the article's next numbered section, 三、工作要求, or
        # a heading in bold, a roundup's next institution)
        after = (j + 1 < n and reasons[j + 1][0] == "html_image_alt") or (
            k < n and (
                _paragraph(lines[k]) or "i" in info[k][2]
                or ("m" in flags and (SECTION_HEADING.match(lines[k].strip()) or "h" in info[k][2] or heading_over_paragraph(k)))
            )
        )
        if text != alt and ("，" in text or "," in text or not after):
            continue
        keep[j] = False
        reasons[j] = ("html_image_caption", {"image": alt[:40] or "(no alt text)", **({"inside": main_desc} if main_desc else {})})


# How far above the article's first line a profile's titles may end (its buttons between).
PROFILE_REACH = 5
# A caption's credit at its end (`…情况。新华社记者 某某 摄`, `（某某医院供图）`), and how long such a caption may run.
CAPTION_CREDIT_END = deferred(
    # (…the picture agency after a slash: `本报记者 某某摄/某某图片`)
    r"(?:记者|通讯员|記者|通訊員)?\s*[\u3400-\u4dbf\u4e00-\u9fff]{2,4}\s*(?:摄|摄影|攝|攝影)(?:\s*[/／]\s*[^\s/／。]{2,8})?\s*[)）]?\s*$|[(（][^()（）]{2,16}(?:供图|供圖)[)）]\s*$"
)
CREDITED_CAPTION_MAX_CHARS = 90
# How long a line in a block named a caption by its class may run and still be taken for one.
NAMED_CAPTION_MAX_CHARS = 60
# How long a heading under a caption may run (a roundup's next institution, a sub-heading).
HEADING_MAX_CHARS = 24


# How many levels up an element's ancestor is looked for (`_has_ancestor`).
ANCESTOR_LEVELS = 6


def _has_ancestor(nodes: list[list[Any]], parent: list[int], k: int, tag: str) -> bool:
    """Whether block node k sits inside a `tag` element, a few levels up at most."""
    up = parent[k]
    for _ in range(ANCESTOR_LEVELS):
        if up <= 0:
            return False
        if nodes[up][1] == tag:
            return True
        up = parent[up]
    return False


def _caption_like(text: str) -> bool:
    # (a document's own title under the page's image banner, `关于…的通知`, is no caption)
    return (
        2 <= len(text) <= CAPTION_MAX_CHARS and not CAPTION_END.search(text) and not SECTION_HEADING.match(text)
        and not DOCUMENT_TITLE_END.search(text)
    )


def _paragraph(text: str) -> bool:
    text = text.strip()
    return len(text) >= PARAGRAPH_MIN_CHARS or bool(CAPTION_END.search(text) and len(text) >= MIN_PARAGRAPH_CHARS)

