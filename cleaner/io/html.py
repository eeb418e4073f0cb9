"""An HTML page → its visible text, one line per block, with the DOM evidence of every line.

The document's original is what a reader sees: every block element its own line; script,
style, templates, comments and hidden elements dropped; entities decoded; `<br>` a line break;
the `alt` of an image and a `<figcaption>` their own lines, flagged as captions. The raw HTML
is never modified. Beside the text comes the evidence the `maincontent` stage decides on: for
each line, the block element it belongs to and how much of it is link text; for each block
element, its parent, tag and class/id words; and the page's own metadata (title, dates,
author, canonical URL, site name). Everything is plain lists and dicts, so it pickles cheaply
into worker processes as `metadata["_html"]`.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from .. import recode
from ..errors import InputError
from ..filters.metadata import HEADLINE_LABEL, ORG_NAME, is_author_name
from .encodings import Decoded
from .encodings import decode as detect_decode

BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
        "iframe", "legend", "li", "main", "marquee", "menu", "nav", "ol", "option", "p", "pre", "section",
        "select", "summary", "table", "tbody", "textarea", "tfoot", "thead", "tr", "ul", "td", "th",
    }
)
# Cells are blocks for the evidence (a layout table is a page's columns) but share a line with
# their row's other cells, as a reader sees them.
CELL = frozenset({"td", "th"})
# A data table (rows of short cells, the same number in each row) is written as rows between
# bars (| 科室 | 医生 | 出诊时间 |): the rules and the block model read such rows as a table, the
# article's; a layout table (cells holding blocks, long text, or rows of different widths) joins
# its cells with spaces, and so does a page's info table (cells that end in a colon are labels).
GRID_CELL_MAX_CHARS = 30
_GRID_BLOCKS = frozenset({"p", "div", "table", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "img", "br"})
_GRID_SEP = "data-cleaner-grid-sep"
# Empty cells to write before a grid cell and after it, where cells above or beside it span rows or columns.
_GRID_PAD = "data-cleaner-grid-pad"
_GRID_EXTRA = "data-cleaner-grid-extra"
_MAX_SPAN = 50
# An editor wraps each cell's text in one paragraph (`<td><p>一次性补贴</p></td>`): such a cell is
# as simple as a bare one (`_simple_cell`), and its paragraph is read inline, as part of the row.
_INLINE = "data-cleaner-inline"
# A link card's caption set outside its link (see `_mark_card_captions`).
_CARD = "data-cleaner-card"
DROP = frozenset(
    {
        "script", "style", "noscript", "template", "head", "title", "object", "embed", "svg",
        "applet", "map", "area", "link", "meta", "input", "button", "select", "textarea",
        "canvas", "audio", "video", "iframe",
        # an AMP page's ads and trackers (an ad's fallback text shows only where the ad fails)
        "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-analytics", "amp-pixel",
    }
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_WS = recode.compile(r"[ \t\r\n\f\v\u00a0\u2002\u2003\u2009\u200b\ufeff]+")
_HIDDEN_STYLE = recode.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Text only a screen reader speaks (a theme's `<span class="screen-reader-text">文章作者</span>` beside
# its icon): never on the page a reader sees.
_SCREEN_READER = recode.compile(r"(?:^|\s)(?:screen-reader-text|sr-only|visually-hidden|visuallyhidden)(?:\s|$)")
# A block laid out as an image's caption: centred, or named so by its class.
_CENTRED_STYLE = recode.compile(r"text-align\s*:\s*center", re.I)
# Small or grey type (font-size:12px, 9pt; color:#888, rgb(136, 136, 136), gray).
_CAPTION_STYLE = recode.compile(
    r"font-size\s*:\s*(?:(?:[0-9]|1[0-3])(?:\.\d+)?px|(?:[0-9]|10)(?:\.\d+)?pt)"
    r"|(?<![-\w])color\s*:\s*(?:#(?:666|777|888|999|aaa|bbb)\b|#(?:[6-9a][0-9a-f]){3}\b|rgb\(\s*(?:1[0-7]\d|[6-9]\d)\s*,\s*(?:1[0-7]\d|[6-9]\d)\s*,\s*(?:1[0-7]\d|[6-9]\d)\s*\)|gr[ae]y\b)",
    re.I,
)
_CAPTION_WORDS = recode.compile(r"(?:^|[\s_-])(?:caption|(?:img|image|pic|photo)[-_]?(?:desc|note|text|title|info)|tuzhu)(?:$|[\s_-])", re.I)

# Encoding names pages declare, mapped to the codec that decodes them best.
_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "cp936": "gb18030", "gb18030": "gb18030", "big5": "big5hkscs", "utf8": "utf-8",
    "unicode": "utf-8", "iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "utf-8",
    "ascii": "utf-8",
}
_META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([a-zA-Z0-9_\-]+)", re.I)
_WRAPPER_ENCODING = re.compile(rb"<text\s[^>]{0,2000}?encoding\s*=\s*\"([a-zA-Z0-9_\-]+)\"", re.I)
_WRAPPER_URL = recode.compile(r"<text\s[^>]{0,2000}?id\s*=\s*\"(https?://[^\"]+)\"", re.I)
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]|<text\s+id=)",
    re.I | re.S,
)
_TAGS = re.compile(rb"<(?:div|p|br|span|a|table|td|li|img|h[1-6])[\s>/]", re.I)


def looks_like_html(data: bytes) -> bool:
    """True when the bytes are an HTML page: they open like one, or are dense with block tags."""
    head = data[:4096]
    if _HTML_START.match(head):
        return True
    stripped = head.lstrip()
    if not stripped.startswith(b"<"):
        return False
    return len(_TAGS.findall(head)) >= 5


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    n = name.strip().lower()
    n = _ALIASES.get(n, n)
    try:
        return codecs.lookup(n).name
    except LookupError:
        return None


def decode_html(data: bytes, http_charset: str | None = None) -> Decoded:
    """Decode a page: BOM, the HTTP header's charset, the `<meta>` declaration, then detection.

    A GB-family declaration on bytes that are valid UTF-8 (with non-ASCII in them) is overruled:
    a browser's "save as" re-encodes a page but keeps its old `<meta>`. A declaration the bytes
    break on more than 1% of them is overruled by detection.
    """
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return detect_decode(data)
    declared: list[str] = []
    for name in (
        http_charset,
        *(m.group(1).decode("ascii", "ignore") for m in [_META_CHARSET.search(data[:65536])] if m),
        *(m.group(1).decode("ascii", "ignore") for m in [_WRAPPER_ENCODING.search(data[:4096])] if m),
    ):
        c = _codec(name)
        if c and c not in declared:
            declared.append(c)
    utf8: str | None = None
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for codec in declared:
        if utf8 is not None and (codec == "utf-8" or (codec == "gb18030" and not data.isascii())):
            return Decoded(utf8, "utf-8")
        if codec == "utf-8":
            continue  # declared UTF-8 but invalid: detection decides
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        if bad <= len(data) // 100:
            return Decoded(text, codec.replace("_", "-"), lossy=bad > 0)
    if utf8 is not None:
        return Decoded(utf8, "utf-8")
    return detect_decode(data)


@dataclass(slots=True)
class _Walk:
    """State of one walk over the tree."""

    lines: list[str] = field(default_factory=list)
    # per line: [node, link chars, flags]; flags: "c" caption, "h" heading, "a" an image's alt
    # text, "i" the first line after an image without alt text that stood at a line's start,
    # "m" in a block laid out as a caption (centred, or a caption class), "n" in a block whose class
    # names it a caption (`img-desc`, `pic-note`) or centred in small or grey type
    info: list[list[Any]] = field(default_factory=list)
    # per block node: [parent, tag, class/id words]
    nodes: list[list[Any]] = field(default_factory=list)
    cur: list[str] = field(default_factory=list)
    cur_link: int = 0
    cur_node: int = -1
    cur_flags: str = ""
    after_image: bool = False

    def add(self, text: str, node: int, link: bool, flags: str) -> None:
        if not text:
            return
        if not self.cur:
            if not text.strip():
                return
            self.cur_node = node
            self.cur_flags = flags + "i" if self.after_image else flags
            self.after_image = False
        self.cur.append(text)
        if link:
            self.cur_link += len(text.strip())

    def flush(self) -> None:
        if self.cur:
            line = _WS.sub(" ", "".join(self.cur)).strip()
            if line:
                self.lines.append(line)
                self.info.append([self.cur_node, min(self.cur_link, len(line)), self.cur_flags])
        self.cur = []
        self.cur_link = 0
        self.cur_flags = ""


def _words(el: Any) -> str:
    attrib = el.attrib
    if not attrib:
        return ""
    parts = [attrib.get("class"), attrib.get("id"), attrib.get("role"), attrib.get("itemprop")]
    return " ".join(p for p in parts if p).lower()[:160]


# A hidden element with this share of the page's text (and at least REVEALED_MIN_CHARS) is the
# article a script shows once the page has loaded (a WeChat page's `#js_content` is styled
# `visibility: hidden` until then): a reader sees it, so it stays. Menus, pop-ups and the
# other tabs a page hides are a small part of its text.
REVEALED_SHARE = 0.4
REVEALED_MIN_CHARS = 120


def _text_chars(el: Any) -> int:
    """Characters of visible text under `el`, whitespace left out."""
    return sum(len(t) - t.count(" ") - t.count("\n") - t.count("\t") for t in el.itertext())


def _revealed_by_script(el: Any, page_chars: int) -> bool:
    n = _text_chars(el)
    return n >= REVEALED_MIN_CHARS and n >= REVEALED_SHARE * page_chars


# A paged article shown one page at a time (`content_1` shown, `content_2` and `content_3` styled
# `display:none` until their page link is clicked): a hidden element whose name is a shown
# sibling's with another number, and which holds prose, is a page of the article. Another tab of
# a sidebar's lists holds links, not sentences.
_NUMBERED_NAME = recode.compile(r"\d+")
PAGE_PROSE_MIN_CHARS = 40
_SENTENCE_END = recode.compile(r"[。！？!?]")


def _name_stem(el: Any) -> str | None:
    name = el.get("id") or el.get("class") or ""
    return _NUMBERED_NAME.sub("#", name) if _NUMBERED_NAME.search(name) else None


def _prose_chars(el: Any) -> int:
    """Characters of the paragraphs under `el` that hold a sentence."""
    return sum(len(t.strip()) for p in el.iter("p") for t in [p.text_content()] if _SENTENCE_END.search(t))


def _folded_rest_of_article(el: Any) -> bool:
    """A hidden element of prose right after a shown one of prose (`nb-show` / `nb-hide`, under a
    `展开全文` button): the rest of the article a phone page folds away until it is tapped."""
    if _prose_chars(el) < PAGE_PROSE_MIN_CHARS:
        return False
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is None or prev.get("hidden") is not None or _HIDDEN_STYLE.search(prev.get("style") or ""):
        return False
    return _prose_chars(prev) >= PAGE_PROSE_MIN_CHARS


def _hidden_page_of_article(el: Any) -> bool:
    stem = _name_stem(el)
    parent = el.getparent()
    if stem is None or parent is None:
        return False
    if _prose_chars(el) < PAGE_PROSE_MIN_CHARS:
        return False
    for sib in parent:
        if sib is el or sib.tag != el.tag or _name_stem(sib) != stem:
            continue
        style = sib.get("style") or ""
        if sib.get("hidden") is None and not _HIDDEN_STYLE.search(style):
            return True
    return False


# A page that keeps its article's markup in a hidden `<textarea>` for a script to show (an
# `article-content` field): the markup, at least this long, is the article.
STORED_ARTICLE = recode.compile(r"(?:^|[\s_\-])(?:article|content|contents|body|detail|text|main)(?:$|[\s_\-])", re.I)
STORED_ARTICLE_MIN_CHARS = 120


_SENTENCE_STOP = recode.compile(r"[。！!；;]")
BOLD_HEADLINE_MIN_HAN = 6


def _bold_cell_headline(root: Any, page_title: str) -> str | None:
    """The first bold run that is its cell's whole text, of a headline's length and no sentence,
    outside the page's frame and any link (`<td><font><b>我市…惠及4000余人</b></font></td>`), or None."""
    for el in root.iter("b", "strong"):
        text = _text_of(el)
        if (
            not 8 <= len(text) <= 80 or len(_HAN.findall(text)) < BOLD_HEADLINE_MIN_HAN or text in page_title
            or _SENTENCE_STOP.search(text) or _SITE_NAME_END.search(text)
        ):
            continue
        cell = el.getparent()
        while cell is not None and cell.tag in ("font", "span", "b", "strong"):
            cell = cell.getparent()
        if cell is None or cell.tag not in ("td", "div", "p", "center") or _text_of(cell) != text:
            continue
        if any(a.tag == "a" for a in el.iterancestors()) or _in_page_frame(el):
            continue
        return text
    return None

# A breadcrumb's label and its steps (当前位置:首页 > 新闻动态 > …), and how long its last step runs
# to be the headline rather than a column's name.
_CRUMB_TEXT = recode.compile(r"^\s*(?:当前位置|您的位置|您现在的位置|您当前的位置|现在的位置|所在位置)\s*[:：]?\s*(?P<steps>.+)$")
_CRUMB_STEP = recode.compile(r"\s*(?:>>?|＞|»|›)\s*")
_CRUMB_LABEL_XPATH = "//body//text()[" + " or ".join(
    f"contains(., '{label}')" for label in ("当前位置", "您的位置", "您现在的位置", "您当前的位置", "现在的位置", "所在位置")
) + "]"
CRUMB_HEADLINE_MIN_CHARS = 10


def _crumb_headline(root: Any) -> str | None:
    """The last step of the page's labelled breadcrumb when it runs as long as a headline, or None.
    (The innermost element that holds the crumb: a block around it holds the info bar after it too.)"""
    # (only the elements whose own text holds the label are read, not every block of the page)
    holders = []
    for node in root.xpath(_CRUMB_LABEL_XPATH):
        parent = node.getparent()
        holder = parent.getparent() if node.is_tail and parent is not None else parent
        if holder is not None and len(text := " ".join(holder.text_content().split())) <= 160 and (crumb := _CRUMB_TEXT.match(text)):
            holders.append((holder, crumb))
    if not holders:
        return None
    holder, crumb = min(holders, key=lambda c: len(c[1].string))
    steps = [x for x in _CRUMB_STEP.split(crumb["steps"]) if x]
    if len(steps) < 2 or not CRUMB_HEADLINE_MIN_CHARS <= len(steps[-1]) <= 80:
        return None
    # (a headline the page shows elsewhere too, in an element of its own, is found there)
    inside = set(holder.iter())
    shown = root.xpath("//body//*[normalize-space(text())=$t]", t=steps[-1])
    return None if any(el not in inside for el in shown) else steps[-1]


def _unhide_stored_article(root: Any) -> None:
    """Put the article a page stores as markup in a hidden `<textarea>` where the textarea stands, as
    the page's script would: its paragraphs, not the form field a reader never sees."""
    for area in list(root.iter("textarea")):
        words = f"{area.get('class') or ''} {area.get('id') or ''} {area.get('name') or ''}"
        stored = area.text or ""
        if not STORED_ARTICLE.search(words) or "<" not in stored or len(stored) < STORED_ARTICLE_MIN_CHARS:
            continue
        try:
            parts = lxml.html.fragments_fromstring(stored)
        except (etree.ParserError, ValueError):
            continue
        div = etree.Element("div")
        div.set("class", "stored-article")
        for part in parts:
            if isinstance(part, str):
                div.text = (div.text or "") + part
            else:
                div.append(part)
        div.tail = area.tail
        parent = area.getparent()
        if parent is not None:
            parent.replace(area, div)


def _strip_invisible(root: Any) -> None:
    """Remove what a reader never sees, keeping the text that follows each removed element.

    Done by lxml in C before the walk, so the walk visits only visible elements."""
    etree.strip_elements(root, *DROP, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    page_chars = -1
    for el in root.xpath(
        "//*[@hidden or contains(@style, 'none') or contains(@style, 'hidden') or contains(@class, 'screen-reader')"
        " or contains(@class, 'sr-only') or contains(@class, 'visually-hidden') or contains(@class, 'visuallyhidden')]"
    ):
        style = el.get("style")
        if el.get("hidden") is None and not (style and _HIDDEN_STYLE.search(style)) and not _SCREEN_READER.search(el.get("class") or ""):
            continue
        if page_chars < 0:
            page_chars = _text_chars(root)
        if _revealed_by_script(el, page_chars) or _hidden_page_of_article(el) or _folded_rest_of_article(el):
            continue
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail:
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)


_CELL_WRAPPERS = frozenset({"p", "div", "section"})


def _simple_cell(cell: Any) -> bool:
    """A cell of a data table: text, inline marks, at most one wrapping paragraph (no nested
    table, list, heading, picture or second paragraph)."""
    wrappers = 0
    for d in cell.iterdescendants():
        if d.tag in _CELL_WRAPPERS:
            # (a WeChat editor wraps each cell's text in a `<section>`, sometimes one in another)
            up = d.getparent()
            if up is not cell and up.tag in _CELL_WRAPPERS and len(up) == 1:
                continue
            wrappers += 1
            if wrappers > 1:
                return False
        elif d.tag in _GRID_BLOCKS:
            return False
    return True


# A term of a definition list short enough to be a field's label (职称:, 擅长:).
TERM_MAX_CHARS = 16


def _join_terms(root: Any) -> None:
    """A definition list's term over its description (`<dt>职称:</dt><dd>主任医师</dd>`, a profile
    card's fields) becomes one line, `职称:主任医师`, as the page shows the pair side by side."""
    for dl in root.iter("dl"):
        kids = [c for c in dl if isinstance(c.tag, str)]
        for dt, dd in zip(kids, kids[1:], strict=False):
            if dt.tag != "dt" or dd.tag != "dd" or len(dt):
                continue
            term = (dt.text or "").strip()
            if not term or len(term) > TERM_MAX_CHARS:
                continue
            dd.text = term + ("" if term.endswith((":", "：")) else " ") + (dd.text or "").lstrip()
            dt.text = ""


# An info bar's spans, each a field, set side by side with no space between them in the markup
# (`<span>来源：某某日报</span><span>记者 某某</span>`, `<span>某某新闻</span><span>2025-01-14 21:18</span>`).
_BAR_SPANS = frozenset({"span", "a", "em", "i", "b", "strong", "font", "label", "time", "small", "cite"})
_BAR_DATE = recode.compile(
    r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}|\d{1,2}/\d{1,2}/(?:19|20)\d\d|(?:来源|作者|记者|記者|编辑|供稿|摄影|通讯员|发布)\s*[:：\s]"
)
BAR_MAX_CHARS = 120


def _space_info_spans(root: Any) -> None:
    """Put a space between an info bar's adjacent spans that the page sets apart only by styling, so
    that their fields read apart (`某某新闻 2025-01-14 21:18 记者 某某`). Only a short block of two or
    more such spans with a date or a field's label in it is touched: prose with a styled word keeps
    its spacing."""
    for el in root.iter("div", "p", "span", "li", "td"):
        kids = [c for c in el if isinstance(c.tag, str)]
        if len(kids) < 2 or not all(c.tag in _BAR_SPANS for c in kids):
            continue
        text = el.text_content()
        if len(text) > BAR_MAX_CHARS or not _BAR_DATE.search(text) or "。" in text:
            continue
        for a, _b in zip(kids, kids[1:], strict=False):
            if not a.tail:
                a.tail = " "


def _mark_grids(root: Any) -> None:
    """Mark the cells of the page's data tables (see GRID_CELL_MAX_CHARS); a row's last cell as such."""
    for table in root.iter("table"):
        rows = [[c for c in tr if c.tag in CELL] for tr in table.iter("tr")]
        if len(rows) < 2 or len(rows[0]) < 2:
            continue
        grid = _grid_positions(rows)
        if grid is None or (grid and any(True for r in rows for c in r for _ in c.iter("a"))):
            # (a table whose cells span and link, a timetable naming each doctor's page, stays a
            # layout's: the main-content stage would weigh its rows as a list of links)
            continue
        cells = [c for r in rows for c in r]
        texts = [" ".join("".join(c.itertext()).split()) for c in cells]
        if (
            any(len(t) > GRID_CELL_MAX_CHARS for t in texts) or sum(map(bool, texts)) * 2 < len(texts)
            # a page's info table (索引号: | … | 发布机构: | …) is fields, not a table of the article's
            or any(t.endswith((":", "：")) for t in texts)
            or not all(map(_simple_cell, cells))
        ):
            continue
        for c in cells:
            for d in c.iterdescendants(*_CELL_WRAPPERS):
                d.set(_INLINE, "1")
        for r in rows:
            for c in r[:-1]:
                c.set(_GRID_SEP, "1")
            r[-1].set(_GRID_SEP, "last")  # closes the row with a bar
        for c, (pad, extra) in grid.items():
            # (a cell under one that spans rows, or one that spans columns: empty cells keep the columns)
            if pad:
                c.set(_GRID_PAD, str(pad))
            if extra:
                c.set(_GRID_EXTRA, str(extra))


def _span(cell: Any, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name) or 1), _MAX_SPAN))
    except ValueError:
        return 1


def _grid_positions(rows: list[list[Any]]) -> dict[Any, tuple[int, int]] | None:
    """Where each cell of a table stands once cells that span rows or columns (`rowspan`, `colspan`,
    as a timetable's department spans its doctors' rows) are counted: for each cell, the empty
    cells to write before it and after it; None unless every row then has the same width."""
    carry: dict[int, int] = {}
    out: dict[Any, tuple[int, int]] = {}
    widths = set()
    for r in rows:
        col = 0
        for k, c in enumerate(r):
            pad = 0
            while carry.get(col, 0) > 0:
                carry[col] -= 1
                col += 1
                pad += 1
            across, down = _span(c, "colspan"), _span(c, "rowspan")
            for j in range(across):
                if down > 1:
                    carry[col + j] = down - 1
            col += across
            trail = 0
            if k == len(r) - 1:
                while carry.get(col, 0) > 0:
                    carry[col] -= 1
                    col += 1
                    trail += 1
            if pad or across > 1 or trail:
                out[c] = (pad, across - 1 + trail)
        widths.add(col)
    return out if len(widths) == 1 else None


def _visible_lines(root: Any) -> _Walk:
    w = _Walk()
    w.nodes.append([-1, "root", ""])
    # An explicit stack, not recursion: malformed pages nest thousands of unclosed tags.
    # Entries: (element, block node, in link, in pre, flags, closing).
    stack: list[tuple[Any, int, bool, bool, str, bool]] = [(root, 0, False, False, "", False)]
    pop, push = stack.pop, stack.append
    while stack:
        el, node, link, pre, flags, closing = pop()
        tag = el.tag
        if closing:
            # el is the element being closed; node/link/pre/flags are the parent's context.
            if tag in BLOCK and el.get(_INLINE) is None:
                if tag in CELL:
                    extra = " |" * int(el.get(_GRID_EXTRA) or 0) if el.get(_GRID_SEP) else ""
                    w.add((extra + " |") if el.get(_GRID_SEP) == "last" else (" " + extra.replace(" |", "| ")), node, False, flags)
                else:
                    w.flush()
            if el.tail:
                _add_text(w, el.tail, node, link, pre, flags)
            continue
        if not isinstance(tag, str):
            if el.tail:
                _add_text(w, el.tail, node, link, pre, flags)
            continue
        if tag == "img" or tag == "amp-img":
            alt = el.get("alt")
            if alt and alt.strip():
                w.flush()
                w.after_image = False
                w.add(_WS.sub(" ", alt).strip(), node, link, flags + "ca")
                w.flush()
            elif not w.cur:
                w.after_image = True  # a picture between lines: the next line may be its caption
            if el.tail:
                _add_text(w, el.tail, node, link, pre, flags)
            continue
        inner_node, inner_link, inner_pre, inner_flags = node, link, pre, flags
        if tag in BLOCK and el.get(_INLINE) is None:
            if tag in CELL:
                w.add("| " * (1 + int(el.get(_GRID_PAD) or 0)) if el.get(_GRID_SEP) else " ", node, False, flags)
            else:
                w.flush()
            w.nodes.append([node, tag, _words(el)])
            inner_node = len(w.nodes) - 1
            if tag == "pre":
                inner_pre = True
            elif tag == "figcaption":
                inner_flags = flags + "c"
            elif tag in HEADINGS:
                inner_flags = flags + "h"
            elif (
                tag in ("p", "div") and len(el) == 1 and isinstance(el[0].tag, str) and el[0].tag in ("strong", "b")
                and not (el.text or "").strip() and not (el[0].tail or "").strip() and "h" not in flags
            ):
                inner_flags = flags + "h"  # a paragraph that is one bold run: a sub-heading, not a caption
            if "n" not in inner_flags and _CAPTION_WORDS.search(w.nodes[-1][2]):
                inner_flags += "n" if "m" in inner_flags else "mn"
            elif "m" not in inner_flags and (
                tag == "center" or (el.get("align") or "").lower() == "center" or _CENTRED_STYLE.search(el.get("style") or "")
            ):
                inner_flags += "m"
        if "m" in inner_flags and "n" not in inner_flags and (style := el.get("style")) and _CAPTION_STYLE.search(style):
            # Centred, and set in small or grey type (`font-size:12px;color:#888`): a caption's look.
            inner_flags += "n"
        if tag == "a" or el.get(_CARD) is not None:
            inner_link = True
        push((el, node, link, pre, flags, True))
        if len(el):
            for child in reversed(el):
                push((child, inner_node, inner_link, inner_pre, inner_flags, False))
        if el.text:
            _add_text(w, el.text, inner_node, inner_link, inner_pre, inner_flags)
    w.flush()
    return w


def _add_text(w: _Walk, text: str, node: int, link: bool, pre: bool, flags: str) -> None:
    if pre and "\n" in text:
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k:
                w.flush()
            w.add(part, node, link, flags)
        return
    w.add(text, node, link, flags)


# -- metadata from the page -------------------------------------------------------------

_DATE_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "pubdate", "publishdate", "publish_date", "publish-date", "publishtime", "datepublished",
    "og:release_date", "og:time", "release_date", "dc.date.issued", "dc.date", "dcterms.created",
    "citation_publication_date", "sailthru.date", "weibo:article:create_at", "firstpublishedtime",
    "apub:time", "created", "date",
)
_AUTHOR_SPLIT = recode.compile(r"[ \t,，、;；/|｜]+")
_AUTHOR_SPLIT_LATIN = recode.compile(r"[,，、;；/|｜]+")
_LATIN = recode.compile(r"[A-Za-z]")
# The makers of a page's software, as its author meta names them.
_SOFTWARE_AUTHOR = recode.compile(r"Discuz|Comsenz|phpwind|PHPWind|dedecms|DedeCMS|PowerEasy|WordPress|\bTeam\b", re.I)
_AUTHOR_META = ("author", "article:author", "og:article:author", "dc.creator", "byl", "sailthru.author")
# An element the page marks as its author (`<a rel="author">`, `itemprop="author"`, `class="author-name"`).
# (a blog theme's `<span class="author vcard"><a class="url fn n">某某</a></span>` too)
_AUTHOR_XPATH = '//*[@rel="author" or @itemprop="author" or contains(concat(" ", normalize-space(@class), " "), " author-name ") or contains(concat(" ", normalize-space(@class), " "), " author_name ") or (contains(concat(" ", normalize-space(@class), " "), " author ") and contains(concat(" ", normalize-space(@class), " "), " vcard "))]'
_AUTHOR_LABEL = recode.compile(r"^\s*(?:作者|文|撰文|撰稿|记者)\s*[:：/]\s*")
_PERSON_NAME = recode.compile(r"[\u4e00-\u9fff·]{2,8}|[A-Za-z][A-Za-z .'-]{1,38}")
_SOURCE_META = ("source", "contentsource", "og:source", "mediaid")
_ACCOUNT_XPATH = '//*[@id="js_name"]'
_ACCOUNT_VAR = recode.compile(r"""var\s+nickname\s*=\s*(?:htmlDecode\()?["']([^"'\n]{1,40})["']""")
_SITE_META = ("og:site_name", "application-name", "sitename", "site_name", "apple-mobile-web-app-title")
# A hyphen between digits is a range (`2018-2019学年`), not a separator; nor is a headline's own
# double dash before its second half (`九九重阳 义诊暖心——我院专家…`), unless spaced off like a site's.
_TITLE_SEPARATORS = recode.compile(r"\s*(?:[_|｜–]|(?<!—)—(?!—)|\s——\s|(?<!\d)-{1,2}|-{1,2}(?!\d)|\s::\s|(?<!\d)·|·(?!\d))\s*")


def _meta_map(root: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "").strip().lower()
        value = (m.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = _WS.sub(" ", value)
    return out


def _text_of(el: Any) -> str:
    try:
        return _WS.sub(" ", el.text_content()).strip()
    except ValueError:
        return ""


# A profile page's <title>: the poster's name, then what the page is of theirs (某某的微博_微博).
_PROFILE_PAGE = recode.compile(r"^\s*(?P<name>[^\s_|｜\-]{2,20})的(?:微博|个人主页|主页|博客|空间|动态)(?:\s*[_|｜\-].*)?$")
# How a site's (or an institution's) name ends: a <title> that opens with one puts the site first.
_SITE_NAME_END = recode.compile(
    r"(?:医院|卫生院|保健院|中心|政府|委员会|卫健委|卫生健康局|局|大学|学院|学校|网|网站|报|报刊|報|電子報|电子版|数字版|數位版|电视台|官网|门户|研究所|研究院|科学院|法院|检察院|图书馆|博物馆|文化馆|纪念馆|美术馆|科协|学会|协会|团委|研究会|基金会"
    # (a government platform's: 某某市政府信息公开平台, 某某政务服务平台)
    r"|(?:公开|政务|服务|信息|健康|互联网医院)平台"
    # (a company's: 某某医疗器械有限公司, 某某集团, 某某药业)
    r"|有限公司|有限责任公司|股份公司|集团|药业|制药"
    # (a city portal's: 某某信息港, 某某之窗)
    r"|信息港|之窗"
    # (in traditional script: 某某醫院, 某某衛生局, 某某大學, 某某網, 某某電視台)
    r"|醫院|衛生院|保健院|政府|委員會|衛生局|大學|學院|學校|網|網站|電視台|電視臺|官網|學會|協會|基金會)\s*$"
)
_SITE_NAME_MAX_CHARS = 20
# What a headline holds and a site's name never does (a colon, quotes, a comma, an exclamation).
_HEADLINE_MARKS = recode.compile(r"[：:“”\"，,！!？?]")


def _site_part(part: str) -> bool:
    """Whether a part of the <title> is a site's name (`某某县人民医院`); a headline that happens to end
    in one of its words (`…设立慢病“一站式”服务中心`) holds a colon, quotes or a comma."""
    return _SITE_NAME_END.search(part) is not None and _HEADLINE_MARKS.search(part) is None
# A headline that opens with its year (`2015年某某省国民经济和社会发展统计公报`): no site's name.
_DATED_HEADLINE = recode.compile(r"^(?:19|20)\d\d\s*年")
# An element whose class or id says it holds the title (`lyb-title`, `news_title`, `biaoti`): the
# headline where the page has no heading element and its <title> names only the site and a column.
# A run-together name counts too (`newstitle`, `atitle`, `arttitle`), not a sub- or site title.
_TITLE_CLASS = recode.compile(
    r"(?:^|[\s_\-]|news|art|article|a|n|con|content|detail|show|main|post|entry|wz|xw|lbl)(?:title|biaoti|headline)(?:$|[\s_\-\d])"
    # (an old CMS's short class for it: `<div class="bt">`, `<div class="tit">`)
    r"|(?:^|\s)(?:bt|tit)\d?(?:$|\s)", re.I
)
# The name of a unit within a site (`某某大学国际交流与合作处`, `教务处`, `某某系`): a <title> that is
# only that names no article.
_UNIT_NAME_END = recode.compile(r"(?:处|部|办|办公室|系|所|馆|科|站|厅|署|组|会|室)\s*$")


_FRAME_WORDS = recode.compile(r"(?:^|[\s_\-])(?:header|head|nav|menu|logo|footer|foot|top)(?:$|[\s_\-\d])", re.I)


def _in_page_frame(el: Any) -> bool:
    """Whether `el` stands in the page's header, menu or footer (a site title's element there)."""
    for a in el.iterancestors():
        if a.tag in ("header", "nav", "footer") or _FRAME_WORDS.search(f"{a.get('class') or ''} {a.get('id') or ''}"):
            return True
    return False


# A badge set after a headline in an element of its own (`<h1>…是过敏吗 <span class="tag">已解答</span></h1>`).
# (the labels a headline may open with, and a question's state: 已解答, 已采纳)
_TRAILING_BADGE = recode.compile(rf"{HEADLINE_LABEL.pattern}|已解答|已采纳|已回答|待解答|已解决|精华|图文|HOT|NEW|hot|new")


def _headline_text(el: Any) -> str:
    """A heading's text without the labels set in elements of their own before its words (or a
    badge after them)."""
    text = _text_of(el)
    if len(el) == 0:
        return text
    last = el[-1]
    if (
        isinstance(last.tag, str) and last.tag in ("span", "em", "i", "b", "label", "small", "sup", "a")
        and not (last.tail or "").strip() and _TRAILING_BADGE.fullmatch(badge := _text_of(last)) is not None
        and text.endswith(badge) and len(text) > len(badge) + 4
    ):
        text = text[: -len(badge)].rstrip()
    labels = ""
    if (el.text or "").strip():
        return text
    for child in el:
        word = _text_of(child)
        if (child.tag in ("span", "em", "i", "b", "label", "small", "sup") and HEADLINE_LABEL.fullmatch(word)) or (
            child.tag == "a" and _BOARD_TAG.fullmatch(word)  # a thread's board before its subject (`[经验分享]`)
        ):
            labels += word
            if (child.tail or "").strip():
                break
        else:
            break
    return text[len(labels) :].strip() if labels and text.startswith(labels) else text


_BOARD_TAG = recode.compile(r"[\[【][^\]】]{1,8}[\]】]")


# How long a <title>'s column part runs (新闻动态, 学院新闻): a headline is longer; and a column's tag
# before the headline (`对话“某某”｜headline`), when the page shows the two together.
_COLUMN_PART_MAX_CHARS = 6
_COLUMN_TAG_MAX_CHARS = 10


def _headline_after_column(title: str) -> str | None:
    """A <title>'s first two parts with the separator between them (`column｜headline`), or None."""
    seps = list(_TITLE_SEPARATORS.finditer(title))
    if len(seps) < 2:
        return None
    return title[: seps[1].start()].strip() or None


def _title_parts(title: str) -> list[str]:
    return [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]


def _shown_alone(root: Any, text: str, *, in_frame: bool = True) -> bool:
    """Whether some element of the page holds `text` as its own whole text (`<b>headline</b>`);
    with `in_frame=False`, one outside the page's header, menu and footer, and not a link (a
    site's name is a link back to its front page, a headline is not a link on its own page)."""
    if in_frame:
        return bool(root.xpath("//body//*[normalize-space(text())=$t]", t=text.strip()))
    return any(not _in_page_frame(el) for el in root.xpath("//body//*[not(self::a)][normalize-space(text())=$t]", t=text.strip()))


def _common_chars(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa)


_SEO_SEPARATORS = recode.compile(r"[_|｜]|\s[-–—]\s")


def _in_order(short: str, long: str) -> bool:
    """Whether every character of `short` occurs in `long`, in the same order."""
    it = iter(long)
    return all(ch in it for ch in short)


# A WeChat article page's publication time in its script (`var ct = "1581517074";`).
_WECHAT_CT = recode.compile(r"""\bvar\s+ct\s*=\s*["']?(1\d{9})["']?\s*[;,\n]""")
# …or, on older pages, its day as text (`var publish_time = "2018-11-21" || "";`, `var createTime = '2021-05-18 08:00';`).
# A page's data object's publication time (`"pubtime":"2018-10-28 21:57:31"`, `"publishTime": "…"`).
_SCRIPT_DATE = recode.compile(
    r"""["'](?:pubtime|pubTime|pub_time|publish_time|publishTime|publishDate|pubDate|pub_date|releaseTime)["']\s*:\s*["']"""
    r"""((?:19|20)\d\d-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)["']"""
)
_WECHAT_PUBLISH_TIME = recode.compile(
    r"""\bvar\s+(?:publish_time|createTime|create_time)\s*=\s*["']((?:19|20)\d\d-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)["']"""
)
_CHINA_TIME = timezone(timedelta(hours=8))


# An e-paper's pages link to the edition's other pages (上一版, 版面导航).
_EPAPER_PAGE = recode.compile(r"上一版|下一版|版面导航")
# A <title> naming an e-paper or one of its editions, not an article.
_EPAPER_TITLE = recode.compile(r"数字报|电子版|数字版|电子报|报刊平台|(?:^|[-_—|:：\s])第?[A-Z]{0,2}\d{1,3}版")
# The article's properties a widespread e-paper system writes in a comment (`<!--enpproperty … <title>…</title>`).
_ENP_PROPERTY = recode.compile(r"<!--\s*enpproperty(.*?)-->", re.S)
_ENP_TITLE = recode.compile(r"<title>\s*(.*?)\s*</title>", re.S)
# A cell's style that sets the page's headline apart (`font-size:24px;font-weight:bold`).
_BIG_FONT = recode.compile(r"font-size\s*:\s*(?P<px>\d{2})px", re.I)
_EPAPER_HEADLINE_PX = 20
# An element's class for the lines around a headline (引题, 副题): not the headline.
_NOT_HEADLINE_CLASS = recode.compile(r"intro|sub|lead|yin|fu|kicker|pre", re.I)


def _epaper_title(root: Any, raw_text: str, page_title: str, marked: Callable[[], list[str]]) -> str | None:
    """An e-paper article's headline: the system's own comment or tag (`enpproperty`'s <title>,
    `<founder-title>`), else the first top heading, a cell marked as the title or one set in a big
    font that is not the page's <title> (of two marked cells, the one the <title> names)."""
    if "enpproperty" in raw_text and (enp := _ENP_PROPERTY.search(raw_text)) is not None:
        if (inner := _ENP_TITLE.search(enp.group(1))) is not None and 4 <= len(found := _WS.sub(" ", inner.group(1)).strip()) <= 80:
            import html as html_escape

            return html_escape.unescape(found)
    for el in root.iter("founder-title", "h1"):
        if 4 <= len(t := _headline_text(el)) <= 80 and t != page_title.strip() and not _in_page_frame(el):
            return t
    cells = marked()
    # (a kicker's cell over the headline's, both marked: the headline is the one the <title> names)
    named = [t for t in cells if t in {p.strip() for p in _title_parts(page_title)}]
    return (named or cells)[0] if cells else None


def _marked_title_cells(root: Any, page_title: str) -> list[str]:
    """The texts of the elements marked as a title (by their class or id, or a big font), in order."""
    found: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("title", "a"):
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        big = _BIG_FONT.search(el.get("style") or "")
        if (
            (_TITLE_CLASS.search(marks) or (big is not None and int(big["px"]) >= _EPAPER_HEADLINE_PX))
            and not _NOT_HEADLINE_CLASS.search(marks) and 4 <= len(t := _text_of(el)) <= 80
            and t != page_title.strip() and not _in_page_frame(el) and not _EPAPER_TITLE.search(t)
        ):
            found.append(t)
    return found


def page_metadata(root: Any, raw_text: str) -> dict[str, Any]:
    """Title, dates, author, source, canonical URL and site name as the page states them."""
    meta = _meta_map(root)
    out: dict[str, Any] = {}
    title_el = root.find(".//title")
    page_title = _text_of(title_el) if title_el is not None else ""
    parts = _title_parts(page_title)
    held: list[list[str]] = []

    def title_cells() -> list[str]:
        # (the cells marked as a title, walked once: the e-paper's headline and its kicker both read them)
        if not held:
            held.append(_marked_title_cells(root, page_title))
        return held[0]

    # The page's headings, the top level first (a sidebar's h3 is no rival for the article's h1).
    heads: list[str] = []
    h1s: set[str] = set()
    for level in ("h1", "h2", "h3"):
        for el in root.iter(level):
            t = _headline_text(el)
            if 4 <= len(t) <= 80:
                heads.append(t)
                if level == "h1":
                    h1s.add(t)
    if (
        heads and (name := heads[0]) == page_title.strip() and len(name) <= _SITE_NAME_MAX_CHARS
        and _SITE_NAME_END.search(name) and not re.search(r"[，,。！!？?：:、\s]", name)
    ):
        # The site's name as the top heading (a logo in <h1>) under a <title> that is only that name:
        # the headline is a heading below it, or the element the page marks as its title.
        heads = [h for h in heads if h != name]
    if len(parts) >= 2 and _site_part(parts[0]):
        # `site----column` (an old CMS's list template): a heading that is the site's part (its logo)
        # or a short column's part (新闻动态) is no headline; the page's marked title cell is.
        frame = {parts[0].strip(), *(p.strip() for p in parts[1:] if len(p.strip()) <= _COLUMN_PART_MAX_CHARS)}
        heads = [h for h in heads if h not in frame]
    if len(parts) >= 2 and not _site_part(parts[0]):
        # A heading that is a later part of the <title> (`headline_工作动态_site` over `<h1>工作动态`)
        # is the column's name, not the headline the <title> opens with.
        later = {p.strip() for p in parts[1:]}
        heads = [h for h in heads if h not in later or len(h) >= len(parts[0].strip())]
    # `健康教育 - 某某中心`: a column and the site, and nothing between but other columns' names (a
    # headline between them, `媒体聚焦 | headline - 某某医院`, is the page's).
    column_and_site = (
        len(parts) >= 2 and len(parts[0].strip()) <= _COLUMN_PART_MAX_CHARS and _SITE_NAME_END.search(parts[-1]) is not None
        and all(len(p.strip()) <= _COLUMN_PART_MAX_CHARS for p in parts[1:-1])
    )
    if column_and_site:
        # (a heading that is one of them, the logo's <h1>, a side menu's, is no headline)
        frame = {p.strip() for p in parts}
        heads = [h for h in heads if h not in frame]
    og = meta.get("og:title") or meta.get("twitter:title") or ""
    title = None
    if (
        ("版" in raw_text and _EPAPER_PAGE.search(raw_text) is not None)
        and (not page_title or _EPAPER_TITLE.search(page_title) or (len(parts) == 1 and _SITE_NAME_END.search(parts[0])))
    ):
        # An e-paper's page whose <title> names only the paper or the edition (某某晚报电子版--B03版:健康):
        # the article's title is where the paper's system puts it, or its top heading.
        title = _epaper_title(root, raw_text, page_title, title_cells)
    if len(parts) >= 2 and 2 <= len(name := parts[0].strip()) <= 3 and any(
        _headline_text(el) == name for level in ("h1", "h2") for el in root.iter(level)
    ):
        # A profile's <title> opens with a person's name (`某某某-师资队伍-…`) that its heading shows:
        # the name is the title, over a side menu's heading (师资队伍).
        title = name
    # A government site's CMS states the article's title in `<meta name="ArticleTitle">`.
    stated = meta.get("articletitle", "").strip()
    if 4 <= len(stated) <= 120:
        title = stated
    # A heading that the <title> (or og:title) contains is the article's own title; a much shorter
    # one than the <title>'s longest part is a unit's or a column's name in a sidebar (`<h3>市卫生健康委`).
    for ref in (page_title, og):
        if ref and title is None:
            longest = max((len(p.strip()) for p in _title_parts(ref)), default=0)
            fit = [
                h for h in heads
                if (h in ref and len(h) * 5 >= longest * 2)
                or (len(h) >= 6 and _common_chars(h, ref) >= 0.8 and _common_chars(ref, h) >= 0.5)
            ]
            # (the <title>'s first part among them is the headline, `headline_blog's name_site` over an
            # <h1> with the blog's name: the others are later parts; with two parts only, `blog - post`
            # is as common, and the longer one is taken)
            first = parts[0].strip() if ref is page_title and len(parts) >= 3 else ""
            # (the top heading among them over a lower one the <title> also holds: a recipe's <h1>
            # name over its `<h2>…的做法`; not a later part of the <title>, the site's name)
            later = {p.strip() for p in parts[1:]}
            top = [h for h in fit if h in h1s and h not in later]
            if fit:
                title = first if first in fit else max(top or fit, key=len)
    if title is None and len(parts) >= 2 and len(short := parts[0].strip()) >= 4:
        # A CMS's short title in the <title> (`全科年会召开_学会动态_某某医学会`) over the heading
        # that spells it out (`某某医学会全科医学分会2025年学术年会在某地召开`): each of its characters
        # in the heading, in order.
        # (a heading of some words, not a search engine's string of them: `今日股市_明日大盘_…`; nor
        # the same title with a tag before it: `[经验分享] 自己动手…`)
        spelt = [
            h for h in heads
            if len(short) + 3 < len(h) <= 5 * len(short) and short not in h and not _SEO_SEPARATORS.search(h) and _in_order(short, h)
        ]
        if spelt:
            title = max(spelt, key=len)
    if title is None and page_title:
        # No heading the <title> holds: an element the page marks as its title (`<div class="detail-title">`)
        # whose text the <title> holds is the headline, labels and all (`图解｜…`).
        marked = [
            t for el in root.iter() if isinstance(el.tag, str) and _TITLE_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}")
            and 6 <= len(t := _text_of(el)) <= 80 and t in page_title and not _in_page_frame(el)
        ]
        if marked:
            title = max(marked, key=len)
    if title is None and og:
        og_parts = _title_parts(og)
        title = og_parts[0] if og_parts else og
        if (
            len(og_parts) >= 2 and len(og_parts[0].strip()) <= _COLUMN_TAG_MAX_CHARS
            and len(og_parts[1].strip()) > 2 * len(og_parts[0].strip()) and not _site_part(og_parts[1])
        ):
            # (a column's tag before the headline, `重磅首发｜…今日上线`: the two together, as the <title>'s)
            title = ((_headline_after_column(og) if len(og_parts) >= 3 else None) or og).strip()
    if title is None and len(parts) == 2 and _site_part(parts[0]) and len(parts[1]) >= len(parts[0]) + 4:
        # `某某县中医院--县中医院开展…服务`: the site first, then the headline.
        parts = [parts[1], parts[0]]
    if (
        title is None and len(parts) >= 3 and _site_part(parts[0]) and len(parts[-1]) >= len(parts[0]) + 4
        and _shown_alone(root, parts[-1], in_frame=False)
    ):
        # `某某县人民医院--院内新闻--headline` over a page showing the headline in a bold cell.
        title = parts[-1]
    if (
        title is None and len(parts) >= 3 and _site_part(parts[0]) and (seps := list(_TITLE_SEPARATORS.finditer(page_title)))
        and (tail := page_title[seps[0].end() :].strip()) and _shown_alone(root, tail, in_frame=False)
    ):
        # (…or the column's tag and the headline shown together: `某某妇幼保健院--问答｜headline`)
        title = tail
    site = next((meta[k].strip() for k in _SITE_META if meta.get(k)), "")
    if title is None and not h1s and len(parts) == 1 and (crumbed := _crumb_headline(root)) is not None:
        # A <title> of the site's name alone and no <h1>: the breadcrumb's last step, where the page
        # prints the headline (`当前位置:首页>>新闻动态>>院内新闻>>我院…`).
        title = crumbed
    if title is None and parts and (
        _site_part(parts[0]) or (site and parts[0].strip() == site.strip())
        or (len(parts) == 1 and len(parts[0]) <= _SITE_NAME_MAX_CHARS and _UNIT_NAME_END.search(parts[0]))
        # (a <title> that is only a column's name, 新闻动态, on a page with no <h1> headline)
        or (len(parts) == 1 and len(parts[0].strip()) <= _COLUMN_PART_MAX_CHARS and not h1s)
        # (the whole <title> a site's name in parts: 中国·某某县政府门户网站)
        or (len(page_title.strip()) <= _SITE_NAME_MAX_CHARS and _SITE_NAME_END.search(page_title.strip()))
    ):
        # `某某区政府网站-网民留言办理`: the site and a column, no headline. The element the page
        # marks as its title (`<div class="lyb-title">`) holds it, if one does.
        title = next(
            (
                t for el in root.iter() if isinstance(el.tag, str) and _TITLE_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}")
                and 6 <= len(t := _text_of(el)) <= 80 and t not in page_title
                # (a site's name in a title element is no headline; a bulletin's, `…统计公报`, runs longer)
                and not (_SITE_NAME_END.search(t) and len(t) <= _SITE_NAME_MAX_CHARS and not _DATED_HEADLINE.match(t))
                and not _in_page_frame(el)
            ),
            None,
        )
        if title is None and len(parts) == 1:
            # (…or, on an old table layout, the headline as a bold run alone in its cell)
            title = _bold_cell_headline(root, page_title)
    if (
        title is None and len(parts) == 2 and len(parts[1]) > len(parts[0])
        and _shown_alone(root, parts[1], in_frame=False) and not _shown_alone(root, parts[0], in_frame=False)
    ):
        # `某某热线--headline` over a page showing the headline (in a bold cell, no heading) and the
        # first part nowhere but in its header: the site's name stands first.
        title = parts[1]
    if title is None and column_and_site:
        # `新闻动态--某某学会官网`: a column and the site, no headline. The article's heading is a
        # lower-level one (`<h2>`…`<h5>`) outside the page's frame, the first of a headline's length.
        # (…or, with none there, an <h2> or <h3>: a logo's <h1> over a side menu's <h3>s and the headline)
        title = next(
            (
                t for levels in ("self::h4 or self::h5 or self::h6", "self::h2 or self::h3")
                for el in root.xpath(f"//body//*[{levels}]")
                if 8 <= len(t := _headline_text(el)) <= 80 and t not in page_title and not _in_page_frame(el)
                and not _SITE_NAME_END.search(t)
            ),
            None,
        )
    if title is None and len(parts) >= 2 and not (
        _site_part(parts[0]) and all(len(p.strip()) <= _COLUMN_PART_MAX_CHARS for p in parts[1:])
    ):
        # A short first part (a doctor's name: `某某某-专家介绍-某某医院`) is the title when the page
        # shows it as an element's whole text; else the whole <title> is kept.
        # (`site--column` names no headline: the text's own lines are read for it)
        short_shown = len(parts[0]) < 4 and _shown_alone(root, parts[0])
        title = parts[0] if len(parts[0]) >= 4 or short_shown else page_title
        if (
            len(parts) >= 3 and len(parts[0].strip()) <= _COLUMN_TAG_MAX_CHARS and len(parts[1].strip()) > 2 * len(parts[0].strip())
            and not _site_part(parts[1]) and (cut := _headline_after_column(page_title)) is not None
            and (len(parts[0].strip()) <= _COLUMN_PART_MAX_CHARS or _shown_alone(root, cut, in_frame=False))
        ):
            # `药师答疑｜headline-site`: a column's tag before the headline in the <title>; the tag and
            # the headline, as the page shows them, not the tag alone.
            title = cut
    if title is None and heads:
        title = heads[0]
    if title and title.lstrip().startswith(("——", "—", "--")) and (over := [h for h in h1s if h.strip() and h != title]):
        # The <title> names the subtitle under the headline (a speech's `——在…上的讲话`): the
        # headline is the top heading over it.
        title = over[0]
    if title and (profile := _PROFILE_PAGE.match(page_title)) is not None and title.strip() == profile["name"]:
        title = None  # (a profile's post, `某某的微博_微博`: the name at its top is the poster's, no headline)
    if title:
        out["title"] = title.strip()
        if "版" in raw_text and (cells := title_cells()) and (at := cells.index(title) if title in cells else 0) > 0:
            # A paper's kicker in a cell marked as a title too, right over the headline's
            # (`<td class="bt2">` over `<td class="bt1">`): lifted with it (see `maincontent`).
            out["kicker_cell"] = cells[at - 1]
    elif page_title and not (len(page_title) <= _SITE_NAME_MAX_CHARS and _SITE_NAME_END.search(page_title)):
        # A <title> with no site suffix may be the site's name alone: the stage uses it only
        # when the page shows it as a line of its own. (One that reads as a name, 某某日报 or
        # 某某医院, is the site's: the headline is looked for among the page's lines.)
        out["title_unsure"] = page_title
    if len(parts) >= 2:
        # The site's part of the <title>: its last part, or its first when the headline is last
        # (`某某日报数字报-县首期乡村医生轮训班结业`).
        headline = out.get("title", "")
        suffix = parts[-1]
        if headline and headline in suffix and headline not in parts[0]:
            suffix = parts[0]
        elif (
            _SITE_NAME_END.search(parts[0]) and not _SITE_NAME_END.search(suffix)
            and not any(headline and headline in p for p in parts)
        ):
            suffix = parts[0]  # `site----column` around a headline the page shows: the site is first
        out["title_suffix"] = suffix
    for key in _DATE_META:
        if key in meta:
            out["published_meta"] = meta[key]
            break
    if "published_meta" not in out and "var ct" in raw_text and (ct := _WECHAT_CT.search(raw_text)) is not None:
        # A WeChat article page shows only `昨天` or `3天前`; its script holds the time it was
        # published, in seconds, and the platform's clock is China's.
        posted = datetime.fromtimestamp(int(ct.group(1)), _CHINA_TIME)
        out["published_meta"] = posted.strftime("%Y-%m-%d %H:%M:%S")
    if "published_meta" not in out and ("publish_time" in raw_text or "reate" in raw_text) and (
        pt := _WECHAT_PUBLISH_TIME.search(raw_text)
    ) is not None:
        out["published_meta"] = pt.group(1)
    if "published_meta" not in out and ("pub" in raw_text or "ublish" in raw_text) and (sd := _SCRIPT_DATE.search(raw_text)) is not None:
        # A portal page that draws its date line by script: the date in the page's data object
        # (`window.DATA = {…,"pubtime":"2018-10-28 21:57:31",…}`).
        out["published_meta"] = sd.group(1)
    if "published_meta" not in out:
        for el in root.iter("time"):
            value = el.get("datetime") or el.get("pubdate") or _text_of(el)
            if value:
                out["published_meta"] = value
                break
    # The site's own name (`网易` on every page of 网易新闻), an id, a template's placeholder
    # (a name and an e-mail address) name no author.
    site_words = [w for w in (site, *(parts[1:] if len(parts) >= 2 else [])) if w]
    for key in _AUTHOR_META:
        value = (meta.get(key) or "").strip()
        if not value or len(value) > 40 or value.startswith("http") or "@" in value or value.isdigit():
            continue
        if value.isascii() and any(ch.isdigit() for ch in value):
            continue  # a CMS's code for the editor's account (`F_200784`, `user123`): no one's name
        # (a Latin name keeps its spaces: `John Smith` is one writer)
        names = [n.strip() for n in (_AUTHOR_SPLIT_LATIN if _LATIN.search(value) else _AUTHOR_SPLIT).split(value) if n.strip()]
        if len(names) >= 2 and all(_PERSON_NAME.fullmatch(n) and is_author_name(n) for n in names):
            out["authors"] = names  # (several writers in one tag: `某某,某某`)
            break
        if (
            not any(value in w or w in value for w in site_words) and is_author_name(value)  # (not an office: 招生办公室)
            and not _credited_editor(value, raw_text)
            and _SOFTWARE_AUTHOR.search(value) is None  # (a board's software: `Discuz! Team and Comsenz UI Team`)
        ):
            out["author"] = value
            break
    if "author" not in out and len(parts) >= 3 and "博客" in parts[-1]:
        # A hosted blog's post: `标题_博主_某某博客`, the blogger's name between the post and the platform.
        owner = parts[-2].strip()
        # (a person's name, or the blog's screen name: 老周在乡下)
        if (re.fullmatch(r"[一-鿿]{2,4}", owner) and is_author_name(owner)) or (
            re.fullmatch(r"[一-鿿A-Za-z0-9]{2,12}", owner) and ORG_NAME.search(owner) is None and owner != parts[0].strip()
            and not owner.endswith(("博客", "空间", "日志"))
        ):
            out["author"] = owner
    if "author" not in out:
        for el in root.xpath(_AUTHOR_XPATH):
            name = _AUTHOR_LABEL.sub("", _text_of(el)).strip()
            if _PERSON_NAME.fullmatch(name) and is_author_name(name) and not any(name in w or w in name for w in site_words):
                out["author"] = name
                break
    linked = _linked_article(root)
    if linked is not None:
        # The article as its structured data states it (schema.org in JSON-LD): its people as
        # authors where no meta tag names one, its date where no meta tag gives one.
        # (not a unit in a Person's place, 宣传科, nor the editor the page credits as such)
        # (a name typed as a Person may be a screen name: 某某的厨房)
        typed = _ld_people(linked.get("author"), typed=True)
        people = [
            name for name in _ld_people(linked.get("author"))
            if len(name) <= 40 and not any(name in w or w in name for w in site_words)
            and (not _HAN.search(name) or is_author_name(name) or (name in typed and ORG_NAME.search(name) is None))
            and not _credited_editor(name, raw_text)
        ]
        if people and "author" not in out:
            out["authors"] = people
        when = linked.get("datePublished") or linked.get("dateCreated")
        if isinstance(when, str) and when.strip() and "published_meta" not in out:
            out["published_meta"] = when.strip()
    for key in _SOURCE_META:
        value = meta.get(key)
        if value and len(value) <= 40:
            out["source_name"] = value
            if key == "mediaid":
                # (a platform's account that posted the page: a 来源 the article states wins over it)
                out["account_name"] = value
            break
    url = None
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and (link.get("href") or "").startswith("http"):
            url = link.get("href").strip()
            break
    url = url or (meta.get("og:url") if (meta.get("og:url") or "").startswith("http") else None)
    if url is None:
        m = _WRAPPER_URL.search(raw_text[:4096])
        if m:
            url = m.group(1)
    if url:
        out["url"] = url
    for key in _SITE_META:
        if meta.get(key):
            out["site"] = meta[key]
            break
    # A channel account on a platform (a WeChat page's `#js_name`, `var nickname = "…"`): its
    # publisher, which the platform's own name is not.
    account = next((_text_of(el) for el in root.xpath(_ACCOUNT_XPATH)), "")
    if not account:
        m = _ACCOUNT_VAR.search(raw_text)
        account = m.group(1) if m else ""
    if account.strip():
        out["account"] = account.strip()
    return out


@dataclass(slots=True)
class Page:
    """A page as text plus the evidence the main-content stage needs."""

    text: str
    evidence: dict[str, Any]


_OPEN_TAG = recode.compile(r"<[a-zA-Z]")
_CONTAINER_TAG = recode.compile(r"</?(?:div|span|font|section|article|center|table|tbody|tr|td|th|ul|ol|li|dl|dd|dt|b|i|em|strong|small|big|u)\b[^>]*>", re.I)


# A page's end tags. Server-side includes leave one in the middle of a page (a header file that
# closes its own `</html>`); libxml2 stops there, a browser goes on and shows the rest.
_END_TAG = recode.compile(r"</(?:body|html)\s*>", re.I)


def _parse(text: str) -> Any:
    # lxml refuses str input with an encoding declaration.
    text = re.sub(r"\A\s*<\?xml[^>]*>", "", text)
    first_end = _END_TAG.search(text)
    if first_end is not None and _OPEN_TAG.search(text, first_end.end()) is not None:
        text = _END_TAG.sub("", text)
    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=False, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return lxml.html.document_fromstring("<html><body></body></html>")
    opened = len(_OPEN_TAG.findall(text))
    if opened > 2000 and sum(1 for _ in root.iter()) * 2 < opened:
        # libxml2 stops nesting at a fixed depth and drops what lies deeper (thousands of
        # unclosed <div>s); a browser still shows that text. Flatten the containers and parse again.
        flat = _CONTAINER_TAG.sub("<br>", text)
        try:
            root = lxml.html.document_fromstring(flat, parser=parser)
        except (etree.ParserError, ValueError):
            pass
    return root


# A single-page app saved before its scripts ran shows a spinner; its article is in the state the
# page was given (`window.__INITIAL_STATE__ = {…}`, a `__NEXT_DATA__` JSON script). Read only when
# the page shows less than STATE_MIN_HAN Han characters of its own.
_STATE_VAR = recode.compile(
    r"(?:window\.)?(?:__INITIAL_STATE__|__NUXT__|__NEXT_DATA__|__APOLLO_STATE__|__PRELOADED_STATE__|__INITIAL_DATA__)\s*=\s*"
)
STATE_MIN_HAN = 100
_STATE_TEXT_KEYS = ("content", "contentHtml", "content_html", "articleContent", "newsContent", "body", "html", "text", "detail")
_STATE_FIELDS = (
    ("title", ("title", "articleTitle", "newsTitle")),
    ("发布时间", ("publishTime", "publishDate", "pubDate", "publish_time", "releaseTime", "pubTime")),
    ("来源", ("source", "origin")),
    ("作者", ("author", "writer")),
)
_STATE_MAX_NODES = 200_000
_HAN_CHAR = recode.compile(r"[\u4e00-\u9fff]")


def _shown_han(root: Any) -> int:
    """Han characters the page shows of its own (outside scripts, styles and templates)."""
    body = root.find("body")
    if body is None:
        return 0
    count = 0
    for el in body.iter():
        if el.tag in ("script", "style", "template", "noscript") or not isinstance(el.tag, str):
            count += len(_HAN_CHAR.findall(el.tail or ""))
            continue
        count += len(_HAN_CHAR.findall(el.text or "")) + len(_HAN_CHAR.findall(el.tail or ""))
    return count


# The schema.org types of an article's structured data.
_LD_ARTICLE_TYPES = frozenset({
    "Article", "NewsArticle", "BlogPosting", "Report", "ReportageNewsArticle", "AnalysisNewsArticle",
    "MedicalScholarlyArticle", "ScholarlyArticle", "TechArticle", "SocialMediaPosting",
    # (a recipe, a forum's post and a review are a page's article too)
    "Recipe", "DiscussionForumPosting", "Review", "HowTo",
})


def _linked_article(root: Any) -> dict[str, Any] | None:
    """The first article object of the page's JSON-LD scripts (in a list or an `@graph`), if any."""
    import json

    for el in root.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not (el.text or "").strip():
            continue
        try:
            data = json.loads(el.text)
        except ValueError:
            continue  # a broken block of structured data is the page's mistake, not the input's
        for item in _state_dicts(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k in _LD_ARTICLE_TYPES for k in kinds):
                return item
    return None


_HAN = recode.compile(r"[\u4e00-\u9fff]")


def _credited_editor(name: str, raw_text: str) -> bool:
    """Whether the page credits `name` as its editor (`【责任编辑:某某】`, `编辑：某某`)."""
    return name in raw_text and re.search(rf"(?:责任编辑|责编|编辑|審核|审核)\s*[:：/]?\s*{re.escape(name)}", raw_text) is not None


def _ld_people(value: Any, typed: bool = False) -> list[str]:
    """The names of the people (not organizations) in a JSON-LD `author` value; with `typed`, only
    those the value types as a Person."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, str):
            if typed:
                continue
            name = item
        elif isinstance(item, dict) and (item.get("@type") if typed else item.get("@type", "Person")) == "Person":
            value_name = item.get("name")
            name = value_name if isinstance(value_name, str) else ""
        else:
            continue
        name = _WS.sub(" ", name).strip()
        if name and name not in names:
            names.append(name)
    return names


def _state_dicts(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in a parsed JSON value, breadth first, at most _STATE_MAX_NODES nodes."""
    from collections import deque

    queue, seen = deque([value]), 0
    while queue and seen < _STATE_MAX_NODES:
        item = queue.popleft()
        seen += 1
        if isinstance(item, dict):
            yield item
            queue.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            queue.extend(v for v in item if isinstance(v, (dict, list)))


def _state_article(root: Any) -> None:
    """Add the article a single-page app keeps in its state to the page's body (see `_STATE_VAR`):
    its title as a heading, its date, source and author as an info line, its text as it is."""
    import html as html_escape
    import json

    body = root.find("body")
    if body is None:
        return
    states: list[tuple[str, int]] = []
    for script in root.iter("script"):
        code = script.text or ""
        m = _STATE_VAR.search(code) if "__" in code else None
        start = m.end() if m is not None else (code.find("{") if script.get("type") == "application/json" else -1)
        if start >= 0:
            states.append((code, start))
    # (most pages have no state: the count of what they show is made only for those that do)
    if not states or _shown_han(root) >= STATE_MIN_HAN:
        return
    best: tuple[dict[str, Any], str] | None = None
    decoder = json.JSONDecoder()
    for code, start in states:
        try:
            state, _ = decoder.raw_decode(code, start)
        except ValueError:
            continue
        for d in _state_dicts(state):
            for key in _STATE_TEXT_KEYS:
                v = d.get(key)
                if isinstance(v, str) and len(_HAN_CHAR.findall(v)) >= STATE_MIN_HAN and (best is None or len(v) > len(best[1])):
                    best = (d, v)
    if best is None:
        return
    d, content = best
    found = {label: next((d[k] for k in keys if isinstance(d.get(k), str) and d[k].strip()), None) for label, keys in _STATE_FIELDS}
    parts = []
    if found["title"]:
        parts.append(f"<h1>{html_escape.escape(found.pop('title') or '')}</h1>")
    info = "  ".join(f"{label}：{value}" for label, value in found.items() if label != "title" and value)
    if info:
        parts.append(f"<p>{html_escape.escape(info)}</p>")
    text = content if "<" in content else "".join(f"<p>{html_escape.escape(p)}</p>" for p in content.split("\n") if p.strip())
    try:
        article = lxml.html.fragment_fromstring("".join(parts) + text, create_parent="article")
    except (etree.ParserError, ValueError):
        return
    body.append(article)


# A card's caption holds its words and at most this many elements (a `<span>` in it).
CARD_CAPTION_CHILDREN = 2
# A link to another page (not an anchor on this one, not a script's action).
_PAGE_LINK_XPATH = '//a[@href and not(starts-with(normalize-space(@href), "#")) and not(starts-with(normalize-space(@href), "javascript"))]'


def _mark_card_captions(root: Any) -> None:
    """An element beside a link to another page that repeats the link's title (or its picture's
    alt text) is the link's card caption (`<a title="headline"><img></a><p>headline</p>` in a tab
    of other stories): its text counts as link text, though the page set it outside the link."""
    for a in root.xpath(_PAGE_LINK_XPATH):
        names = {
            v for value in (a.get("title"), *(img.get("alt") for img in a.iter("img")))
            if value and len(v := _WS.sub(" ", value).strip()) >= 8
        }
        if not names:
            continue
        # (a caption is a small element: a block of the article beside the link is never read whole)
        for sib in (*a.itersiblings(preceding=True), *a.itersiblings()):
            if (
                isinstance(sib.tag, str) and sib.tag != "a" and len(sib) <= CARD_CAPTION_CHILDREN
                and _WS.sub(" ", sib.text_content()).strip() in names
            ):
                sib.set(_CARD, "")


def html_to_page(text: str, url: str | None = None) -> Page:
    """Turn a decoded page into its visible text and the evidence of each line."""
    # GBK 0xA3A0 decodes to the private-use U+E5E5 in gb18030; browsers show an ideographic space.
    text = text.replace("\ue5e5", "\u3000")
    root = _parse(text)
    if "textarea" in text:
        _unhide_stored_article(root)
    meta = page_metadata(root, text)
    _state_article(root)
    _strip_invisible(root)
    _mark_grids(root)
    _join_terms(root)
    _space_info_spans(root)
    _mark_card_captions(root)
    walk = _visible_lines(root)
    if url and "url" not in meta:
        meta["url"] = url
    if "url" in meta:
        host = urlsplit(meta["url"]).hostname
        if host:
            meta["host"] = host
    return Page("\n".join(walk.lines), {"lines": walk.info, "nodes": walk.nodes, "meta": meta})


def read_page(data: bytes | str, *, http_charset: str | None = None, url: str | None = None) -> tuple[str, Decoded | None, dict[str, Any]]:
    """Bytes (or an already decoded string) of one page → (visible text, how it decoded, metadata).

    The metadata holds the evidence under `_html`, which the `maincontent` stage consumes.
    """
    decoded = decode_html(data, http_charset) if isinstance(data, bytes) else None
    page = html_to_page(decoded.text if decoded is not None else str(data), url)
    return page.text, decoded, {"_html": page.evidence}


def read_warc(data: bytes, source: str) -> Iterator[tuple[str, str, Decoded, dict[str, Any]]]:
    """The HTML responses of a WARC file: (record source, visible text, decoding, metadata)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = seen = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type is None:
                raise InputError(source, "a record without a WARC-Type header", "check that the file is a WARC archive")
            seen += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            body = record.content_stream().read()
            if "html" not in ctype and not looks_like_html(body):
                continue
            n += 1
            m = re.search(r"charset\s*=\s*[\"']?([a-zA-Z0-9_\-]+)", ctype)
            uri = record.rec_headers.get_header("WARC-Target-URI")
            text, decoded, meta = read_page(body, http_charset=m.group(1) if m else None, url=uri)
            assert decoded is not None
            date = record.rec_headers.get_header("WARC-Date")
            if date:
                meta["fetched"] = date
            yield f"{source}#{n}", text, decoded, meta
    except (ArchiveLoadFailed, ValueError, EOFError) as e:
        raise InputError(source, f"not a readable WARC file ({str(e).splitlines()[0]})", "check that the file is a WARC archive") from None
    if not seen:
        raise InputError(source, "no WARC records in the file", "check that the file is a WARC archive")
