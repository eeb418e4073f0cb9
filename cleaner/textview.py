"""What several stages read from a document's current text, worked out once per text.

The repeats, segment and templates stages all need a document's lines, its paragraphs
(non-blank lines) with their comparison keys, and whether it is a roundup. `Document.view()`
returns a `TextView` of the current text that computes each of these on first use and keeps
it; the view belongs to one text object, so whatever sets a new `Document.text`
(`Document.apply`, a split) gets a fresh view the next time it asks, and no stage can read
paragraphs of a text that is gone.

The comparison key (`paragraph_key`): NFKC (full/half-width letters and digits folded), a
table folding CJK punctuation to one width, whitespace removed. Two copies of a paragraph
pasted with other widths or spacing have the same key.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from . import recode

T = TypeVar("T")

# One width for the punctuation NFKC leaves alone (it already folds ，：；！？（） and ….).
PUNCT_FOLD: dict[str, str] = {
    "。": ".",
    "｡": ".",
    "、": ",",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "「": '"',
    "」": '"',
    "『": '"',
    "』": '"',
    "«": '"',
    "»": '"',
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "【": "[",
    "】": "]",
    "〔": "[",
    "〕": "]",
    "〖": "[",
    "〗": "]",
    "《": "<",
    "》": ">",
    "〈": "<",
    "〉": ">",
    "—": "-",
    "–": "-",
    "―": "-",
    "─": "-",
    "⋯": "...",
    "・": "·",
    "•": "·",
}
# No replacement holds a character that is folded itself, so one str.replace per character (a
# C scan each, and most are absent) gives the same result as folding them all at once, and is
# several times faster than a regex with a Python callback per match on punctuation-dense text.
_FOLD_ITEMS = tuple(PUNCT_FOLD.items())


# Blocks where the compatibility forms of Chinese web text live: Latin-1 and general
# punctuation to the enclosed CJK signs (…, ①, ㈠), CJK compatibility ideographs, and the
# vertical, small, half- and full-width forms (，：Ａ１).
_COMPAT_BLOCKS = ((0xA0, 0x3400), (0xF900, 0xFB00), (0xFE10, 0xFFF0))


@functools.cache
def _compat_table() -> dict[str, str]:
    """Each character of `_COMPAT_BLOCKS` that NFKC maps to its compatibility decomposition
    (NFKC(c) == NFKD(c) != c), with that decomposition. Built on first use (a few ms)."""
    table: dict[str, str] = {}
    for lo, hi in _COMPAT_BLOCKS:
        for cp in range(lo, hi):
            c = chr(cp)
            d = unicodedata.normalize("NFKD", c)
            if d != c and unicodedata.normalize("NFKC", c) == d:
                table[c] = d
    return table


def _nfkc(text: str) -> str:
    """`unicodedata.normalize("NFKC", text)`, faster on Chinese text.

    Replacing characters by their own NFKD decomposition leaves the NFKD of the text unchanged
    (it is made character by character, then only non-starters are reordered), so NFKC of the
    result is NFKC of the text, exactly. After the replacements most texts pass NFKC's quick
    check and need no normalization at all: the full-width punctuation that made them fail it is
    gone, and the replacements are single C scans of the characters present."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    table = _compat_table()
    for ch in set(_compat_pattern().findall(text)):
        text = text.replace(ch, table[ch])
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


@functools.cache
def _compat_pattern() -> re.Pattern[str]:
    """A character class of `_compat_table`'s characters (as ranges of consecutive code points):
    finding the few a text holds scans it in C, where a set intersection with the text made a
    string object of every character first (about eight times slower)."""
    cps = sorted(map(ord, _compat_table()))
    ranges: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        lo, hi = re.escape(chr(cps[i])), re.escape(chr(cps[j]))
        ranges.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return recode.compile(f"[{''.join(ranges)}]")


def _fold(text: str) -> str:
    text = _nfkc(text)
    for ch, to in _FOLD_ITEMS:
        if ch in text:
            text = text.replace(ch, to)
    return text


def paragraph_key(line: str) -> str:
    """The comparison key of one line: width-folded (NFKC + punctuation table), whitespace removed."""
    # str.split() and the regex `\s` agree on what whitespace is (str.isspace).
    return "".join(_fold(line).split())


class Paragraph:
    """A non-blank line of a text: its index among all lines, its start offset, its text and key."""

    __slots__ = ("key", "line", "start", "text")

    def __init__(self, line: int, start: int, text: str, key: str) -> None:
        self.line = line
        self.start = start
        self.text = text
        self.key = key

    def __repr__(self) -> str:
        return f"Paragraph(line={self.line}, start={self.start}, text={self.text!r})"


class TextView:
    """Lines, paragraphs and keys of one text, each computed on first use; read-only for stages.

    `memo(name, compute)` keeps any other result derived from the text alone (a roundup's
    sections, the folded near-duplicate key) under a name, so a second stage that asks for the
    same thing of the same text gets it without working it out again.

    A document pickled with its view (to and from --jobs workers, through the corpus spools)
    carries the paragraph keys, so the process that reads it does not fold its text again; the
    memo stays behind (a roundup is a structure, not worth its pickle).
    """

    __slots__ = ("_keys", "_line_keys", "_line_memo", "_lines", "_memo", "_paragraphs", "_previous", "_starts", "text")

    def __init__(self, text: str, previous: TextView | None = None) -> None:
        self.text = text
        self._lines: list[str] | None = None
        self._starts: list[int] | None = None
        self._paragraphs: list[Paragraph] | None = None
        self._keys: list[str] | None = None  # keys that came with a pickled document
        self._memo: dict[Hashable, Any] | None = None
        # What is known of single lines (a key, a heading's reading) depends on the line alone, so
        # the view of a document's next text starts from what the view of its last one learnt
        # (`previous`): a stage that removed a few lines leaves the others' work done.
        self._line_memo: dict[Hashable, dict[Any, Any]] = previous._line_memo if previous is not None else {}
        self._line_keys: dict[str, str] | None = None
        # The last keyed view, until this view's own paragraphs are made: its keys are gathered
        # only then (most documents are keyed once, and pay nothing for this).
        if previous is not None and previous._paragraphs is None and previous._keys is None:
            previous = previous._previous
        self._previous: TextView | None = previous

    def shipped(self) -> list[str] | None:
        """What a pickle of the document carries of this view: the paragraph keys, once worked out."""
        return [p.key for p in self._paragraphs] if self._paragraphs is not None else self._keys

    @classmethod
    def restore(cls, text: str, keys: list[str]) -> TextView:
        """The view of `text` with the paragraph keys `shipped()` gave."""
        view = cls(text)
        view._keys = keys
        return view

    @property
    def lines(self) -> list[str]:
        """Every line of the text (split at `\\n` only), blank ones included."""
        if self._lines is None:
            self._lines = self.text.split("\n")
        return self._lines

    @property
    def line_starts(self) -> list[int]:
        """The offset in the text where each line starts."""
        if self._starts is None:
            starts: list[int] = []
            pos = 0
            for line in self.lines:
                starts.append(pos)
                pos += len(line) + 1
            self._starts = starts
        return self._starts

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The non-blank lines, in order, each with its comparison key (`paragraph_key`)."""
        if self._paragraphs is None and self._keys is not None:
            lines, starts = self.lines, self.line_starts
            keys = iter(self._keys)
            paras = [Paragraph(i, starts[i], line, next(keys, "")) for i, line in enumerate(lines) if line.strip()]
            if len(paras) == len(self._keys):
                self._paragraphs = paras
            self._keys = None
        if self._paragraphs is None:
            lines, starts = self.lines, self.line_starts
            known = self._known_keys()
            if not known:
                # Folding the whole text at once is the same as folding each line: NFKC never makes
                # or removes a newline, nor composes across one (a newline is a starter), and the
                # punctuation table maps single characters.
                folded = _fold(self.text).split("\n")
                if len(folded) != len(lines):  # not expected (see above); per line is always right
                    folded = [_fold(line) for line in lines]
                self._paragraphs = [
                    Paragraph(i, starts[i], line, "".join(folded[i].split()))
                    for i, line in enumerate(lines)
                    if line.strip()
                ]
                return self._paragraphs
            # Only the lines no earlier view keyed are folded (joined, as above).
            new = [line for line in lines if line not in known and line.strip()]
            if new:
                folded = _fold("\n".join(new)).split("\n")
                if len(folded) != len(new):
                    folded = [_fold(line) for line in new]
                known.update((line, "".join(f.split())) for line, f in zip(new, folded, strict=True))
            self._paragraphs = [Paragraph(i, starts[i], line, known[line]) for i, line in enumerate(lines) if line.strip()]
        return self._paragraphs

    def _known_keys(self) -> dict[str, str]:
        """The keys of the last keyed view's lines, by line text (this view's own to add to)."""
        if self._line_keys is None:
            prev, self._previous = self._previous, None
            self._line_keys = {p.text: p.key for p in prev.paragraphs} if prev is not None else {}
        return self._line_keys

    def line_memo(self, name: Hashable) -> dict[Any, Any]:
        """A dict under `name` for results that depend on one line's text alone, shared with the
        views of the document's later texts (see `__init__`): key it by the line."""
        memo = self._line_memo.get(name)
        if memo is None:
            memo = self._line_memo[name] = {}
        return memo

    def memo(self, name: Hashable, compute: Callable[[str], T]) -> T:
        """`compute(text)`, worked out once per text and name."""
        if self._memo is None:
            self._memo = {}
        try:
            return self._memo[name]  # type: ignore[no-any-return]
        except KeyError:
            value = self._memo[name] = compute(self.text)
            return value


# A line of a program listing (a tech article's code sample): ASCII only, with the syntax of code.
_CODE_SYNTAX = recode.compile(
    r"^\s*(?:import\s+[\w.]+|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+|return\b|elif\b|else\s*:"
    r"|(?:if|for|while|with|try|except|finally)\b.*:$|#include\b|package\s+[\w.]+;|(?:public|private|static)\s"
    r"|function\b|(?:var|let|const)\s+\w|[{}]\s*$)"
    r"|[;{]\s*$|^\s*[\w.\[\]'\"]+\s*[-+*/|&]?=\s*\S|\w\(.*\)\s*$"
)
CODE_MAX_CHARS = 160


def looks_like_code(line: str) -> bool:
    """A line of a program listing: ASCII, not long, with a statement's syntax (`import json`,
    `def parse():`, `x = f(y)`, `return`, a brace)."""
    s = line.strip()
    return 0 < len(s) <= CODE_MAX_CHARS and s.isascii() and _CODE_SYNTAX.search(s) is not None


def code_runs(lines: list[str], least: int = 3) -> frozenset[int]:
    """Lines of listings: code-like lines with at least `least` code-like lines among the five
    around each (itself included), blank lines skipped."""
    idx = [k for k, t in enumerate(lines) if t.strip()]
    code = [looks_like_code(lines[k]) for k in idx]
    out = set()
    for p, k in enumerate(idx):
        if code[p] and sum(code[max(0, p - 2) : p + 3]) >= least:
            out.add(k)
    return frozenset(out)


# A heading over a box of summary points (划重点:, 本文要点) that the body then says at length: the
# repeats stage judges the box against the body, so the boilerplate stage leaves the heading.
# The box that opens a procurement notice under its title (项目概况, then its summary).
# A document's table of contents, `目录` alone on its line: no title, and the headings it lists head their parts again.
TOC_HEADING = recode.compile(r"^\s*目\s*录\s*$")
NOTICE_OPENING = recode.compile(r"^\s*(?:项目概况|项目基本情况|公告概要)\s*[:：]?\s*$")
# A lead or summary paragraph announces itself with one of these labels (导读:…, 【摘要】…, 编者按:…).
LEAD_LABEL = recode.compile(
    r"^[ \t\u3000]*[\[【(（]?\s*(?:导语|导读|摘要|内容摘要|内容提要|核心提示|编者按|编者的话|划重点|提要(?=\s*[\]】)）:：]))"
    r"\s*[\]】)）]?\s*[:：]?\s*"
)
# A headline that calls its page a photo story (图说｜…, 【组图】…, 镜头丨…): the boilerplate stage
# keeps its captions, the segment stage does not split captions led by institutions into records.
PHOTO_STORY_TITLE = recode.compile(r"^\s*[【\[]?(?:图说|组图|图集|多图|镜头|图片新闻|看图)[】\]]?\s*[｜|丨:：]?")
SUMMARY_HEADING = recode.compile(
    r"^[\[【(（]?\s*(?:划重点|本文要点|文章要点|要点速览|内容提要|核心提示|摘要|导读|导语|要点|编者按|编前语|编者的话)\s*[\]】)）]?\s*[:：]?\s*$"
)
