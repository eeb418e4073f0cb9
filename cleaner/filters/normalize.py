"""The `normalize` stage: NFC, line endings, invisible characters, icon-font glyphs, HTML entities left
in text, Markdown links (their words stay), trailing spaces, blank-line runs.

Each kind of fix is its own rule id so the report can say which fired. A paragraph
is a line: records separate paragraphs by one `\n` (DESIGN.md section 3), so blank
lines, which some sources put between paragraphs and some do not, are removed.
"""

from __future__ import annotations

import html
import re
import unicodedata

from .. import recode
from ..model import Document, Edit
from ..stage import Stage
from ..textview import code_runs

STAGE = "normalize"

# Zero-width and bidi marks, soft hyphen, BOMs inside text, word joiner; NBSP-like spaces become a space.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u202a-\u202e\u2066-\u2069"
_CONTROL_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
# Private-use characters: an icon font's glyphs (a share or clock icon before a line's words). One
# between two letters or Han characters may stand for a rare character of a name, and stays.
_PRIVATE_USE_CHARS = "\ue000-\uf8ff"
_ICON_GLYPHS = recode.compile(f"(?<!\\w)[{_PRIVATE_USE_CHARS}]+|[{_PRIVATE_USE_CHARS}]+(?!\\w)")
_ODD_SPACE_CHARS = "\u00a0\u1680\u2000-\u200a\u202f\u205f"
_INVISIBLE = recode.compile(f"[{_INVISIBLE_CHARS}]+")
_CONTROL = recode.compile(f"[{_CONTROL_CHARS}]+")
_ODD_SPACE = recode.compile(f"[{_ODD_SPACE_CHARS}]")
_LINE_END = recode.compile("\r\n?|[\u2028\u2029\x85]")
_TRAILING = recode.compile("[ \t\u3000]+(?=\n|\\Z)")
# `^` in MULTILINE mode is the start of the text or the position after a `\n`: the same places as
# `(?:(?<=\n)|\A)`, found about three times faster.
_LEADING = recode.compile("^[ \t\u3000]+", re.MULTILINE)
# (tabs alone are left: a run of them is a table's empty cells, `星期五\t\t专家门诊`)
_SPACE_RUN = recode.compile("[ \t]*(?: [ \t]|\t )[ \t]*")
_BLANK_RUN = recode.compile("\n{2,}")
_EDGE_BLANK = recode.compile("\\A\n+|\n+\\Z")
# Matches wherever any step below would: a text it does not match (and already NFC) needs no fix,
# and one scan replaces nine. The characters that are a fix on their own (line endings, control,
# invisible and odd space characters) come first as one class, then what the space and
# blank-line steps match, each by its first character.
# A link in a Markdown export (`[医院概况](https://…)`, `[收藏](javascript:;)`): its words, as the page
# showed them (an image, `![…](…)`, is left to the rules that read image lines).
# A Markdown link: its words stay, its target goes; the target may hold one level of brackets
# (`javascript:window.print()`), the words may be a linked image (a logo: its alt text stays), and
# a link with no words at all goes whole.
_MD_TARGET = r"(?:https?://|www\.|/|\./|\.\./|#|javascript:|mailto:)(?:[^()\s]|\([^()\s]{0,100}\)){0,500}"
_MD_LINK = recode.compile(
    rf"(?<!!)\[(?:!\[([^\[\]\n]{{0,200}})\]\({_MD_TARGET}\)|([^\[\]\n]{{0,200}}))\]\({_MD_TARGET}\)"
)
# A line set in Markdown bold as a whole (`**推荐阅读**`, `**编辑：某某**`): a heading or a label, its
# marks no part of its words (a bold phrase inside a sentence keeps them).
_MD_BOLD_LINE = recode.compile(r"^([ \t]*)(\*\*)(?=\S)([^\n*]{1,80}?)(?<=\S)\2([ \t]*)$", re.MULTILINE)
# An HTML entity left in text by a scraper (&ldquo;, &nbsp;, &#8212;): the character it stands for.
_ENTITY = recode.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")
_ANY_FIX = recode.compile(
    f"[{_CONTROL_CHARS}{_INVISIBLE_CHARS}{_ODD_SPACE_CHARS}{_PRIVATE_USE_CHARS}\r\u2028\u2029\x85]"
    "|[ \t\u3000](?=\n|\\Z)|^[ \t\u3000]|[ \t]{2}|\n\n|\\A\n|\n\\Z"
    "|" + _ENTITY.pattern + r"|\]\(|\*\*",
    re.MULTILINE,
)


# The characters the first four steps fix (and the odd spaces after NFC): most texts have none,
# and one scan for them all spares a scan per step.
_ODD_CHARS = recode.compile(f"[{_CONTROL_CHARS}{_INVISIBLE_CHARS}{_ODD_SPACE_CHARS}{_PRIVATE_USE_CHARS}\r\u2028\u2029\x85]")
_ODD_CHAR_STEPS = frozenset({"line_endings", "control_chars", "invisible_chars", "icon_glyphs", "odd_spaces"})
_SPACES = (" ", "\t", "\u3000")


def _may_match(rule: str, text: str) -> bool:
    """False when the step's pattern surely finds nothing in `text`: substring tests (a fast
    search in C) instead of a regex scan of the whole text, for what most texts lack."""
    if rule == "trailing_spaces":
        # A run of spaces ends before a newline or at the end of the text.
        return text.endswith(_SPACES) or any(c + "\n" in text for c in _SPACES)
    if rule == "space_runs":
        return "  " in text or "\t" in text
    if rule == "blank_lines":
        return "\n\n" in text
    return True


def _entity_edits(text: str) -> list[Edit]:
    """Each HTML entity the text holds, as the character it stands for (an unknown name stays)."""
    if "&" not in text:
        return []
    edits: list[Edit] = []
    for m in _ENTITY.finditer(text):
        char = html.unescape(m.group())
        if char != m.group() and _CONTROL.search(char) is None:
            edits.append(Edit(m.start(), m.end(), char, "html_entities"))
    return edits


def _markdown_link_edits(text: str) -> list[Edit]:
    if "](" not in text:
        return []
    return [Edit(m.start(), m.end(), m.group(1) or m.group(2) or "", "markdown_links") for m in _MD_LINK.finditer(text)]


def _markdown_bold_edits(text: str) -> list[Edit]:
    if "**" not in text:
        return []
    return [Edit(m.start(), m.end(), m.group(1) + m.group(3) + m.group(4), "markdown_bold") for m in _MD_BOLD_LINE.finditer(text)]


def _nfc_edits(text: str) -> list[Edit]:
    if unicodedata.is_normalized("NFC", text):
        return []
    edits: list[Edit] = []
    # Normalise per line so the edits stay small and local.
    pos = 0
    for line in text.split("\n"):
        if not unicodedata.is_normalized("NFC", line):
            edits.append(Edit(pos, pos + len(line), unicodedata.normalize("NFC", line), "nfc"))
        pos += len(line) + 1
    return edits


def _regex_edits(text: str, pattern: re.Pattern[str], replacement: str, rule: str) -> list[Edit]:
    if pattern is _EDGE_BLANK:
        return _edge_blank_edits(text, rule)
    return [Edit(m.start(), m.end(), replacement, rule) for m in pattern.finditer(text)]


def _edge_blank_edits(text: str, rule: str) -> list[Edit]:
    """The edits of `_EDGE_BLANK` (newlines at the start, then at the end of the text), without a
    regex scan that stops at every line break on the way."""
    edits: list[Edit] = []
    lead = len(text) - len(text.lstrip("\n"))
    if lead:
        edits.append(Edit(0, lead, "", rule))
    body_end = len(text.rstrip("\n"))
    if lead <= body_end < len(text):
        edits.append(Edit(body_end, len(text), "", rule))
    return edits


# The whitespace steps a program listing is spared (`textview.code_runs`).
_LAYOUT_STEPS = frozenset({"leading_spaces", "space_runs"})


def _listing_spans(text: str) -> list[tuple[int, int]]:
    """Where the lines of program listings stand in `text` (start, end offsets), if any."""
    if "=" not in text and "(" not in text and "{" not in text:
        return []
    lines = text.split("\n")
    runs = code_runs(lines)
    if not runs:
        return []
    spans, pos = [], 0
    for k, line in enumerate(lines):
        if k in runs:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


class Normalize(Stage):
    """Unicode and whitespace normalization; every fix is a logged change."""

    name = STAGE

    def run(self, doc: Document) -> list[Document]:
        if _ANY_FIX.search(doc.text) is None and unicodedata.is_normalized("NFC", doc.text):
            return [doc] if doc.text.strip() else []
        steps: list[tuple[str, tuple[re.Pattern[str], str] | None]] = [
            ("line_endings", (_LINE_END, "\n")),
            ("control_chars", (_CONTROL, "")),
            ("invisible_chars", (_INVISIBLE, "")),
            ("icon_glyphs", (_ICON_GLYPHS, "")),
            ("html_entities", None),
            ("markdown_links", None),
            ("markdown_bold", None),
            ("nfc", None),
            ("odd_spaces", (_ODD_SPACE, " ")),
            ("trailing_spaces", (_TRAILING, "")),
            ("leading_spaces", (_LEADING, "")),
            ("space_runs", (_SPACE_RUN, " ")),
            ("blank_lines", (_BLANK_RUN, "\n")),
            ("edge_blank_lines", (_EDGE_BLANK, "")),
        ]
        odd = _ODD_CHARS.search(doc.text) is not None
        for rule, spec in steps:
            if spec is None:
                edits = (
                    _entity_edits(doc.text) if rule == "html_entities"
                    else _markdown_link_edits(doc.text) if rule == "markdown_links"
                    else _markdown_bold_edits(doc.text) if rule == "markdown_bold" else _nfc_edits(doc.text)
                )
            elif (rule in _ODD_CHAR_STEPS and not odd) or not _may_match(rule, doc.text):
                continue
            else:
                pattern, repl = spec
                edits = _regex_edits(doc.text, pattern, repl, rule)
                if rule in _LAYOUT_STEPS and edits and (listing := _listing_spans(doc.text)):
                    # A program listing's indentation and alignment are its meaning (Python's blocks):
                    # its lines keep their leading and inner spaces.
                    edits = [e for e in edits if not any(a <= e.start < b for a, b in listing)]
            if edits:
                doc.apply(STAGE, edits)
                if spec is None:
                    # NFC maps a few characters to odd spaces (U+2000 to U+2002), and &nbsp; is one: look again.
                    odd = _ODD_CHARS.search(doc.text) is not None
        return [doc] if doc.text.strip() else []
