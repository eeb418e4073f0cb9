"""Boilerplate rules: loading, strict validation and the matching engine.

Rules are data (`rules/*.yaml`, schema in `rules/README.md`), read with
`yaml.safe_load` and validated before anything runs: an unknown key or kind, a
missing field, a pattern that does not compile or a duplicated id is a
`RuleError` naming the file, the rule and the key. Nothing in a rule file can
execute code: patterns are regular expressions, everything else is plain values.

Matching (`RuleSet.plan`) never runs every pattern on every line. The required
literals of each pattern (declared with `literals:` or extracted from the
pattern) go into one Aho-Corasick automaton; one pass of it over a document
says which patterns can match on which lines, and only those run. Patterns with
no usable literal run once over the whole document in C. Every regex call is
bounded by `Config.rule_timeout` per rule per document.

Patterns and text are width-folded before matching: full-width ASCII variants
(`：（），；！？` and full-width letters and digits) become their half-width forms,
one character for one, so offsets do not move and a pattern written with either
width matches both. Patterns (and declared literals) are written in simplified
script and match traditional script too: every simplified character with a
traditional form in OpenCC's character table becomes a class of both (`版权` matches
`版權`), so the text is matched as it stands, at no cost per document.
"""

from __future__ import annotations

import bisect
import contextlib
import copy
import difflib
import functools
import gc
import itertools
import os
import re
import re._constants as _sre
import re._parser as _sre_parser
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress
from pathlib import Path
from typing import Any

import ahocorasick_rs
import regex
import yaml

from . import recode
from .config import Config
from .errors import ConfigError, RuleError
from .model import Document, Edit, line_removal_span
from .patternmemo import MEMO, yaml_data
from .textview import PHOTO_STORY_TITLE

STAGE = "boilerplate"

RULE_KEYS = (
    "id",
    "kind",
    "description",
    "patterns",
    "literals",
    "unless",
    "unless_next",
    "unless_prev",
    "max_chars",
    "ignore_case",
    "image_placeholder",
    "image_credit",
    "page_footer",
    "short_article",
    "to_end",
    "goes_on",
    "examples",
)
FILE_KEYS = ("rules",)
EXAMPLE_KEYS = ("remove", "keep")
EXAMPLE_ITEM_KEYS = ("text", "result")
RULE_ID = recode.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
# Ids of the stage's removals that come from a fitted model, not a rule file: `--disable` takes them too.
MODEL_IDS = ("block_model",)

# Characters too common to be a useful literal on their own (text is width-folded).
COMMON_CHARS = frozenset(" \t,.:;!?()[]{}<>/\\|-_=+*&^%$#@~`'\"0123456789。、“”‘’《》【】…—·")

# The most spellings one required literal may expand to (`[。!?”][a-z]` is 104) in the prefilter.
MAX_LITERAL_SET = 128

# Rules limited to lines this short (max_chars) only need short lines scanned for their literals.
SHORT_LINE_CHARS = 120

# The head of a document ends at its first body line: one with sentence-ending
# punctuation or this long. Portal heads are a handful of lines at most.
HEAD_MAX_LINES = 10
BODY_MIN_CHARS = 40
# A row of five or more short items split by spaces, however long (a site's menu): no body line.
SPACED_ITEMS = recode.compile(r"^[^\s。，,！？!?:：]{2,8}(?:[ \t\u3000]+[^\s。，,！？!?:：]{2,8}){4,}$")
# …or split by bars or slashes (首 页 / 走进某某 / 新闻中心 / …, 首页 | 概况 | …).
_MENU_ITEM = r"[^\s。，,！？!?:：/|｜丨·•](?:[^。，,！？!?:：/|｜丨·•\n]{0,8}[^\s。，,！？!?:：/|｜丨·•])?"
SPLIT_ITEMS = recode.compile(rf"^\s*{_MENU_ITEM}(?:\s*[/|｜丨·•]\s*{_MENU_ITEM}){{4,}}\s*$")


def _spaced_menu(t: str) -> bool:
    """A row of words, not of numbers (a year archive's 2019 2020 2021 … is a list of its own)."""
    return (SPACED_ITEMS.match(t) is not None or SPLIT_ITEMS.match(t) is not None) and 2 * sum("\u4e00" <= c <= "\u9fff" for c in t) >= len(t)
HEAD_END = recode.compile(r"[。！？!?]")
# …and a full stop a page wrote half-width after Chinese words (…多通风. 学校…): where the body starts.
BODY_SENTENCE = recode.compile(r"[。！？!?]|(?<=[\u4e00-\u9fff])\.(?=\s|$|[\u4e00-\u9fff])")

# A caption has none of these (checked on width-folded text).
CAPTION_PUNCT = recode.compile(r"[。,、;:!?“”\"‘’'「」『』()《》<>【】\[\]…—·|/\\.@#%&*=+~_-]")
# A paragraph cut mid-sentence (by a caption or a page break) ends in a Han character
# or a comma-like mark; a caption standing after one belongs to an image, not the text.
MID_SENTENCE_MIN_CHARS = 20
MID_SENTENCE_END = recode.compile(r"[\u4e00-\u9fff,、]$")
# ... and reads as running text: a clause or sentence mark inside it (a row of menu items or a
# headline without one, `医院概况 新闻中心 … 党建工作`, is no sentence a page break cut).
MID_SENTENCE_CLAUSE = recode.compile(r"[,、;:，；：。！？!?]")
HEADING = recode.compile(r"^#{1,6}\s")
# Three fields or more of Chinese words set apart by spaces (prose has none between Han
# characters): a row of a list or a table.
FIELD_ROW = recode.compile(r"[\u4e00-\u9fff][ \t\u3000]+[\u4e00-\u9fff][^ \t\u3000]*[ \t\u3000]+[\u4e00-\u9fff]")
# A table's row of data: a word, then a number in a cell of its own (临床医师 | 6 | 全日制本科 | …).
TABLE_DATA_ROW = recode.compile(r"^[ \t]*[^|丨\n]{1,20}[ \t]*[|丨][ \t]*\d[\d.%]*[ \t]*[|丨](?:[^|丨\n]*[|丨]){1,}")
# Text that opens a new unit (a heading, a numbered item, a bullet) does not carry a cut sentence on.
# A field (`电话:…`) opens a unit too.
CAPTION_NOT_CONTINUED = recode.compile(
    r"^(?:#|[一二三四五六七八九十]+[、.]|[(（]?\d{1,2}[)）.、]|[·•●■◆▲△▼★☆◇◆□▶►✔✓]|第[一二三四五六七八九十\d]+[章节部分条]"
    # (a list's marks written as emoji or dingbats: ✅…, ❌…, 🔹…)
    r"|[\u2600-\u27bf\u2b00-\u2bff\U0001F300-\U0001FAFF]"
    r"|[\u4e00-\u9fff]{2,8}[ \t]*[:：])"
)
# A line that speaks to the reader (如有疑问请咨询…, 请携带…, 以上…) is a notice's sentence, never a caption.
CAPTION_NOT_OPENING = recode.compile(r"^(?:如有|如需|如遇|若有|请|欢迎|凡|以上|备注|注[:：])")
# A line of a passage broken into short lines for a phone screen: short, no sentence end.
BROKEN_LINE_CHARS = 30


def _broken_line(line: str) -> bool:
    return 0 < len(line) < BROKEN_LINE_CHARS and not HEAD_END.search(line[-1])


def _short(line: str, limit: int) -> bool:
    """`len(line.strip()) <= limit`, without copying a long line that has no space at either end
    (most lines: body paragraphs)."""
    return len(line) <= limit or ((line[0].isspace() or line[-1].isspace()) and len(line.strip()) <= limit)


def _sizes(lines: list[str]) -> list[int]:
    """`len(line.strip())` of every line, in one pass in C: `strip` returns the line itself
    (no copy) when there is nothing to strip, as for most lines. `_short(line, n)` is
    `size <= n` and `_blank(line)` is `size == 0`."""
    return list(map(len, map(str.strip, lines)))


def _blank(line: str) -> bool:
    """`not line.strip()`, without the copy (both read whitespace alike)."""
    return not line or line.isspace()


def _is_paragraph(line: str) -> bool:
    """Body text: a sentence, or a long line."""
    return len(line) >= BODY_MIN_CHARS or (len(line) >= MID_SENTENCE_MIN_CHARS and HEAD_END.search(line) is not None)

# Full-width ASCII variants and the ideographic space, folded one-for-one.
_FOLD_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD_TABLE[0x3000] = 0x20
# In a pattern a full-width character folds to its escaped half-width form, since
# `（` is a literal but `(` would open a group.
_PATTERN_FOLD = str.maketrans(
    {cp: regex.escape(chr(cp - 0xFEE0), special_only=True) for cp in range(0xFF01, 0xFF5F)} | {0x3000: " "}
)


_FOLD_CHARS = recode.compile("[\uff01-\uff5e\u3000]")


def fold_width(text: str) -> str:
    """Fold full-width ASCII variants to half-width; the result has the same length."""
    # One `str.replace` per full-width character present: each runs in C, where a
    # translate table would look every character up in a dict.
    for ch in set(_FOLD_CHARS.findall(text)):
        text = text.replace(ch, chr(_FOLD_TABLE[ord(ch)]))
    return text


def scan_form(folded: str) -> str:
    """What the prefilter scans: width-folded text with ASCII case ignored, offsets unchanged."""
    low = folded.lower()
    if len(low) == len(folded):
        return low
    # lower() makes two characters of a few letters (İ): keep those as they are.
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in folded)


def fold_pattern(pattern: str) -> str:
    """Make a pattern written with full-width punctuation match width-folded text, and one
    written in simplified script match traditional script too (`script_pattern`). Kept between
    runs (`patternmemo`)."""
    folded = pattern.translate(_PATTERN_FOLD)
    found, expanded = MEMO.get("fold", folded)
    if not found:
        expanded = script_pattern(folded)
        MEMO.put("fold", folded, expanded)
    elif expanded != folded:
        _UNSCRIPTED[expanded] = folded
    return str(expanded)


@functools.lru_cache(maxsize=1)
def _traditional_forms() -> dict[str, str]:
    """Simplified character -> its traditional forms (the characters OpenCC's table folds to it
    alone, as their first simplified form), sorted. Empty without OpenCC's dictionaries."""
    from .dedup.keys import simplified_forms

    forms: dict[str, set[str]] = {}
    for trad, simp in simplified_forms().items():
        if len(trad) == 1 and len(simp) == 1:
            forms.setdefault(simp, set()).add(trad)
    return {simp: "".join(sorted(trad)) for simp, trad in forms.items()}


# A named group's opening or a back reference by name: its name is left as written.
_GROUP_NAME = recode.compile(r"\(\?(?:P?<(?![=!])[^>]*>|P=[^)]*\))")
# Expanded pattern -> the pattern it was made from: literals and checks are read from the
# simplified pattern and spelled in both scripts (`script_literals`), where reading them from the
# classes would give every mix of the two scripts (thousands of strings for the prefilter).
_UNSCRIPTED: dict[str, str] = {}


def unscripted(pattern: str) -> str:
    """The pattern `script_pattern` made `pattern` from (itself if it made nothing)."""
    return _UNSCRIPTED.get(pattern, pattern)


def script_pattern(pattern: str) -> str:
    """`pattern` with every simplified character that has traditional forms made a class of
    them all (`权` -> `[权權]`; inside a class the forms are added). Escaped characters and the
    ends of ranges are left alone. Offsets do not move: each form is one character."""
    forms = _traditional_forms()
    if not forms or pattern.isascii() or forms.keys().isdisjoint(pattern):
        return pattern
    out: list[str] = []
    in_class = False
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if not in_class and (m := _GROUP_NAME.match(pattern, i)) is not None:
            out.append(m.group())  # a group's name (`(?P<某某>`, `(?P=某某)`) is no text to match
            i = m.end()
            continue
        if in_class:
            if ch == "]" and not (out and out[-1] in ("[", "[^")):
                in_class = False
                out.append(ch)
            elif ch in forms and pattern[i - 1 : i] != "-" and pattern[i + 1 : i + 2] != "-":
                out.append(ch + forms[ch])
            else:
                out.append(ch)
        elif ch == "[":
            in_class = True
            out.append("[^" if pattern[i + 1 : i + 2] == "^" else "[")
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            continue
        elif ch in forms:
            out.append("[" + ch + forms[ch] + "]")
        else:
            out.append(ch)
        i += 1
    expanded = "".join(out)
    _UNSCRIPTED[expanded] = pattern
    return expanded


def script_literals(literal: str, limit: int = 8) -> list[str]:
    """`literal` as written and spelled in traditional script (`编辑` -> `编辑`, `編輯`): every
    character with traditional forms takes each of them, at most `limit` spellings in all (else
    each takes its first form). A page is in one script or the other; a line mixing both is
    matched only where a literal of one script stands. Kept between runs (`patternmemo`)."""
    if limit == 8:
        found, spellings = MEMO.get("spellings", literal)
        if not found:
            spellings = _script_literals(literal, limit)
            MEMO.put("spellings", literal, spellings)
        return list(spellings)
    return _script_literals(literal, limit)


def _script_literals(literal: str, limit: int) -> list[str]:
    forms = _traditional_forms()
    if not forms or forms.keys().isdisjoint(literal):
        return [literal]
    # A character's traditional spellings, the usual one first: 回 stays 回 in traditional text
    # (迴 is the rarer form), 页 becomes 頁.
    from .dedup.keys import traditional_spellings

    usual = traditional_spellings()
    options = [
        "".join(dict.fromkeys((*usual.get(ch, ()), *forms[ch]))) if ch in forms else ch for ch in literal
    ]
    if functools.reduce(lambda a, b: a * len(b), options, 1) > limit - 1:
        options = [opt[0] for opt in options]
    return [literal, *("".join(p) for p in itertools.product(*options))]


def _spelled(literals: Iterable[str]) -> tuple[str, ...]:
    """Each of `literals` in both scripts (`script_literals`), in order, once each."""
    return tuple(dict.fromkeys(v for lit in literals for v in script_literals(lit)))


# -- rules --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    """One example: `text`, and for a removal the `result` expected (None: nothing remains)."""

    text: str
    result: str | None = None


@dataclass(frozen=True)
class Rule:
    """One validated rule. `path` is the file it came from, as shown to the user."""

    id: str
    kind: str
    description: str
    path: str
    patterns: tuple[str, ...] = ()
    literals: tuple[str, ...] | None = None
    unless: tuple[str, ...] = ()
    # Patterns for the next non-blank line: one that matches keeps the line (`附件:` over the list
    # of files it announces is the document's; alone at the end, the files were links).
    unless_next: tuple[str, ...] = ()
    # …and for the line before it (`主办单位:` under an event's 时间: and 地点: is the event's).
    unless_prev: tuple[str, ...] = ()
    max_chars: int | None = None
    ignore_case: bool = False
    # The lines it removes stood where an image was (文章插图, [图片]): a caption rule takes a short
    # line right after one.
    image_placeholder: bool = False
    # The lines it removes credit the picture above them (摄影:某某): a caption rule takes a short
    # line right before one, after body text.
    image_credit: bool = False
    # The lines it removes are the page's own, under the article (版权所有, an ICP record, 上一篇):
    # a `footer` rule takes a contact line (地址:…, 电话:…) below one.
    page_footer: bool = False
    # The lines it removes may be most of what a short article says (a photo news told in its
    # caption, 图为…。): in a text whose other sentences hold less than SHORT_ARTICLE_CHARS, a line
    # of it that is a whole sentence stays (`_spare_short_article`).
    short_article: bool = False
    # A block that runs from its marker to the end of the text, body text or not (a thread's
    # replies under its first post).
    to_end: bool = False
    # A `block` rule's patterns for the lines around a line of body text inside its block: when the
    # line before it or after it matches one, the block goes on past it (a comment's sentences
    # between its commenter's stamp and its 回复 | 支持(3) line).
    goes_on: tuple[str, ...] = ()
    remove: tuple[Example, ...] = ()
    keep: tuple[Example, ...] = ()
    compiled: tuple[Any, ...] = field(default=(), compare=False, repr=False)
    unless_compiled: tuple[Any, ...] = field(default=(), compare=False, repr=False)
    unless_next_compiled: tuple[Any, ...] = field(default=(), compare=False, repr=False)
    unless_prev_compiled: tuple[Any, ...] = field(default=(), compare=False, repr=False)
    goes_on_compiled: tuple[Any, ...] = field(default=(), compare=False, repr=False)

    def blocked(self, line: str) -> bool:
        """True when an `unless` pattern protects this (width-folded) line."""
        return any(p.search(line) for p in self.unless_compiled)

    def kept_by_next(self, line: str) -> bool:
        """True when an `unless_next` pattern matches the (width-folded) next non-blank line."""
        return any(p.search(line) for p in self.unless_next_compiled)

    def kept_by_prev(self, line: str) -> bool:
        """True when an `unless_prev` pattern matches the (width-folded) previous non-blank line."""
        return any(p.search(line) for p in self.unless_prev_compiled)

    def carries_on(self, line: str) -> bool:
        """True when a `goes_on` pattern matches this (width-folded) line beside body text in a block."""
        return any(p.search(line) for p in self.goes_on_compiled)

    @property
    def spans(self) -> bool:
        """Whether the rule removes parts of lines (its kind's handler says)."""
        return KIND_HANDLERS[self.kind].spans

    def fits(self, line: str) -> bool:
        return self.max_chars is None or len(line.strip()) <= self.max_chars


def _line_flag(raw: dict[str, Any], key: str, what: str, path: str, rid: str, kind: str) -> bool:
    """A rule's true-or-false key that marks what the lines it removes are (`image_placeholder`:
    where an image was; `image_credit`: an image's credit): only a whole-line rule may say so."""
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise RuleError(path, "must be true or false", rule=rid, key=key)
    if value and KIND_HANDLERS[kind].spans:
        raise RuleError(path, f"only a rule that removes whole lines marks {what}", rule=rid, key=key)
    return value


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f", did you mean `{close[0]}`?" if close else ""


def _compile(path: str, rid: str, key: str, index: int, source: str, ignore_case: bool) -> Any:
    flags = regex.MULTILINE | regex.V0 | (regex.IGNORECASE if ignore_case else 0)
    try:
        return regex.compile(fold_pattern(source), flags)
    except regex.error as two_script_error:
        # Said of the pattern as written (positions in it), not of its two-script form.
        try:
            regex.compile(source.translate(_PATTERN_FOLD), flags)
            error = two_script_error
        except regex.error as e:
            error = e
        raise RuleError(
            path, f"pattern {index} `{source}` does not compile: {error}", rule=rid, key=key,
            hint="fix the regular expression (patterns use the syntax of Python's `regex` module)",
        ) from None


def _matches_empty(path: str, rid: str, index: int, source: str) -> RuleError:
    # A pattern that matches nothing at all would match every line and remove the document.
    return RuleError(
        path, f"pattern {index} `{source}` matches the empty string, so it would match every line",
        rule=rid, key="patterns",
    )


class LazyPattern:
    """A pattern of the shipped pack, compiled (and checked as a loaded rule file's pattern is)
    when first used: compiling the whole pack costs more than cleaning a small file, and a
    document needs only the patterns whose literals it holds. `pattern` is the width-folded
    source, as on a compiled pattern; any other attribute is the compiled pattern's. The pack is
    checked whole by `check_patterns` (`cleaner rules test`, the test suite)."""

    __slots__ = ("pattern", "_where", "_compiled")

    def __init__(self, where: tuple[str, str, str, int, str, bool]) -> None:
        self._where = where  # the arguments of `_compile`
        self.pattern = fold_pattern(where[4])
        self._compiled: Any = None

    def compiled(self) -> Any:
        if self._compiled is None:
            path, rid, key, index, source, _ = self._where
            c = _compile(*self._where)
            if key == "patterns" and c.fullmatch("") is not None:
                raise _matches_empty(path, rid, index, source)
            self._compiled = c
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self._where,))


def check_patterns(rules: Iterable[Rule]) -> None:
    """Compile and check every pattern not compiled yet (raise `RuleError` as loading would)."""
    for rule in rules:
        for p in (
            *rule.compiled, *rule.unless_compiled, *rule.unless_next_compiled, *rule.unless_prev_compiled,
            *rule.goes_on_compiled,
        ):
            if isinstance(p, LazyPattern):
                p.compiled()


def _string_list(path: str, rid: str, key: str, value: Any, *, allow_empty: bool = False) -> list[str]:
    if isinstance(value, str):
        raise RuleError(path, "must be a list of strings, not a single string (write it as `- …`)", rule=rid, key=key)
    if not isinstance(value, list) or (not value and not allow_empty):
        raise RuleError(path, "must be a non-empty list of strings", rule=rid, key=key)
    for i, item in enumerate(value, 1):
        if not isinstance(item, str) or not item:
            raise RuleError(path, f"item {i} must be a non-empty string, found {item!r}", rule=rid, key=key)
    return list(value)


def _examples(path: str, rid: str, kind: str, value: Any) -> tuple[tuple[Example, ...], tuple[Example, ...]]:
    if not isinstance(value, dict):
        raise RuleError(path, "must be a mapping with `remove:` and `keep:` lists", rule=rid, key="examples")
    for k in value:
        if k not in EXAMPLE_KEYS:
            raise RuleError(
                path, f"unknown key `{k}`{_did_you_mean(str(k), EXAMPLE_KEYS)}", rule=rid, key=f"examples.{k}"
            )
    out: dict[str, list[Example]] = {}
    for k in EXAMPLE_KEYS:
        items = value.get(k)
        where = f"examples.{k}"
        if not isinstance(items, list) or not items:
            raise RuleError(
                path, "must be a non-empty list: every rule shows what it removes and what it keeps",
                rule=rid, key=where,
            )
        out[k] = []
        for i, item in enumerate(items, 1):
            if isinstance(item, str) and item.strip():
                if k == "remove" and KIND_HANDLERS[kind].result_examples:
                    raise RuleError(
                        path, f"item {i}: a `{kind}` rule removes part of its example, so write it as "
                        "`{text: …, result: …}` saying what remains", rule=rid, key=where,
                    )
                out[k].append(Example(item))
            elif isinstance(item, dict) and k == "remove":
                for ik in item:
                    if ik not in EXAMPLE_ITEM_KEYS:
                        raise RuleError(
                            path, f"item {i}: unknown key `{ik}`{_did_you_mean(str(ik), EXAMPLE_ITEM_KEYS)}",
                            rule=rid, key=where,
                        )
                text, result = item.get("text"), item.get("result")
                if not isinstance(text, str) or not text.strip() or not isinstance(result, str):
                    raise RuleError(path, f"item {i}: needs a non-empty `text` and a `result` string", rule=rid, key=where)
                out[k].append(Example(text, result))
            else:
                raise RuleError(path, f"item {i} must be a non-empty string, found {item!r}", rule=rid, key=where)
    return tuple(out["remove"]), tuple(out["keep"])


def parse_rule(path: str, raw: Any, position: int, *, lazy: bool = False) -> Rule:
    """Validate one rule mapping; raise `RuleError` naming file, rule and key on the first problem.
    With `lazy` (the shipped pack), patterns are `LazyPattern`s: compiled and checked on first use."""
    label = f"#{position}"
    if not isinstance(raw, dict):
        raise RuleError(path, f"each rule must be a mapping of keys, found {type(raw).__name__}", rule=label)
    rid_raw = raw.get("id")
    rid = rid_raw if isinstance(rid_raw, str) and rid_raw else label
    for k in raw:
        if k not in RULE_KEYS:
            raise RuleError(path, f"unknown key{_did_you_mean(str(k), RULE_KEYS)}", rule=rid, key=str(k))
    if rid_raw is None:
        raise RuleError(path, "missing field", rule=label, key="id")
    if not isinstance(rid_raw, str) or not RULE_ID.match(rid_raw):
        raise RuleError(path, f"`{rid_raw}` is not a snake_case id (like `copyright_notice`)", rule=label, key="id")
    for k in ("kind", "description"):
        if k not in raw:
            raise RuleError(path, "missing field", rule=rid, key=k)
    kind = raw["kind"]
    if kind not in KINDS:
        raise RuleError(
            path, f"unknown kind `{kind}`{_did_you_mean(str(kind), KINDS)} (kinds: {', '.join(KINDS)})",
            rule=rid, key="kind",
        )
    desc = raw["description"]
    if not isinstance(desc, str) or not desc.strip() or "\n" in desc.strip():
        raise RuleError(path, "must be one non-empty line", rule=rid, key="description")
    ignore_case = raw.get("ignore_case", False)
    if not isinstance(ignore_case, bool):
        raise RuleError(path, "must be true or false", rule=rid, key="ignore_case")
    image_placeholder = _line_flag(raw, "image_placeholder", "where an image was", path, rid, kind)
    image_credit = _line_flag(raw, "image_credit", "an image's credit", path, rid, kind)
    page_footer = _line_flag(raw, "page_footer", "the page's footer", path, rid, kind)
    short_article = _line_flag(raw, "short_article", "a short article's sentence", path, rid, kind)
    to_end = raw.get("to_end", False)
    if not isinstance(to_end, bool):
        raise RuleError(path, "must be true or false", rule=rid, key="to_end")
    if to_end and kind != "block":
        raise RuleError(path, "only a `block` rule runs to the end of the text", rule=rid, key="to_end")

    patterns: list[str] = []
    if "patterns" in raw:
        patterns = _string_list(path, rid, "patterns", raw["patterns"])
    elif KIND_HANDLERS[kind].needs_patterns:
        raise RuleError(path, "missing field", rule=rid, key="patterns")
    make = (lambda *where: LazyPattern(where)) if lazy else _compile
    compiled = tuple(make(path, rid, "patterns", i, p, ignore_case) for i, p in enumerate(patterns, 1))
    for i, c in enumerate(compiled, 1):
        if not lazy and c.fullmatch("") is not None:
            raise _matches_empty(path, rid, i, patterns[i - 1])
    unless = _string_list(path, rid, "unless", raw["unless"]) if "unless" in raw else []
    unless_compiled = tuple(make(path, rid, "unless", i, p, ignore_case) for i, p in enumerate(unless, 1))
    unless_next = _string_list(path, rid, "unless_next", raw["unless_next"]) if "unless_next" in raw else []
    if unless_next and kind not in ("line", "credit"):
        raise RuleError(path, "only a `line` or `credit` rule looks at the next line", rule=rid, key="unless_next")
    unless_next_compiled = tuple(make(path, rid, "unless_next", i, p, ignore_case) for i, p in enumerate(unless_next, 1))
    unless_prev = _string_list(path, rid, "unless_prev", raw["unless_prev"]) if "unless_prev" in raw else []
    if unless_prev and kind not in ("line", "credit"):
        raise RuleError(path, "only a `line` or `credit` rule looks at the line before", rule=rid, key="unless_prev")
    unless_prev_compiled = tuple(make(path, rid, "unless_prev", i, p, ignore_case) for i, p in enumerate(unless_prev, 1))
    goes_on = _string_list(path, rid, "goes_on", raw["goes_on"]) if "goes_on" in raw else []
    if goes_on and kind != "block":
        raise RuleError(path, "only a `block` rule goes on past body text", rule=rid, key="goes_on")
    goes_on_compiled = tuple(make(path, rid, "goes_on", i, p, ignore_case) for i, p in enumerate(goes_on, 1))
    literals = None
    if "literals" in raw:
        literals = _spelled(fold_width(s) for s in _string_list(path, rid, "literals", raw["literals"]))
        if any("\n" in s for s in literals):
            raise RuleError(path, "a literal cannot hold a line break: rules match within one line", rule=rid, key="literals")
    max_chars = raw.get("max_chars", KIND_HANDLERS[kind].max_chars)
    if "max_chars" in raw:
        if not KIND_HANDLERS[kind].allows_max_chars:
            raise RuleError(path, "a `span` rule removes part of a line of any length; drop this key", rule=rid, key="max_chars")
        if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
            raise RuleError(path, f"must be a positive whole number, found {max_chars!r}", rule=rid, key="max_chars")
    if "examples" not in raw:
        raise RuleError(path, "missing field: every rule shows what it removes and keeps", rule=rid, key="examples")
    remove, keep = _examples(path, rid, kind, raw["examples"])
    return Rule(
        id=rid_raw,
        kind=kind,
        description=desc.strip(),
        path=path,
        patterns=tuple(patterns),
        literals=literals,
        unless=tuple(unless),
        unless_next=tuple(unless_next),
        unless_prev=tuple(unless_prev),
        max_chars=max_chars,
        ignore_case=ignore_case,
        image_placeholder=image_placeholder,
        image_credit=image_credit,
        page_footer=page_footer,
        short_article=short_article,
        to_end=to_end,
        goes_on=tuple(goes_on),
        remove=remove,
        keep=keep,
        compiled=compiled,
        unless_compiled=unless_compiled,
        unless_next_compiled=unless_next_compiled,
        unless_prev_compiled=unless_prev_compiled,
        goes_on_compiled=goes_on_compiled,
    )


# libyaml's parser when PyYAML has it (several times faster on the shipped pack, which every run
# loads); the constructor, and so the duplicate-key check below, is the same Python code.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeLoader):  # type: ignore[valid-type, misc]
    """`yaml.safe_load`, except that a key given twice in one mapping is an error, not a silent overwrite."""


def _mapping_without_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node)  # type: ignore[no-untyped-call]
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key `{key}` is given twice in one mapping", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def _strict_load(source: str) -> Any:
    return yaml.load(source, Loader=_StrictLoader)


def load_rule_file(path: Path, shown: str | None = None, *, lazy: bool = False) -> list[Rule]:
    """Load and validate one YAML rule file. `shown` is how the file is named in messages; `lazy`
    leaves the patterns to be compiled and checked on first use (see `LazyPattern`)."""
    # Rules are frozen: a file unchanged since it was last loaded in this process (the chain
    # and the run header both read the pack) is parsed once.
    try:
        st = path.stat()
        stamp: tuple[Any, ...] | None = (str(path.resolve()), shown, st.st_mtime_ns, st.st_size, lazy)
    except OSError:
        stamp = None
    if stamp is not None and stamp in _LOADED:
        return list(_LOADED[stamp])
    rules = _load_rule_file(path, shown, lazy)
    if stamp is not None:
        _LOADED[stamp] = tuple(rules)
    return rules


_LOADED: dict[tuple[Any, ...], tuple[Rule, ...]] = {}


def _load_rule_file(path: Path, shown: str | None, lazy: bool = False) -> list[Rule]:
    name = shown or str(path)
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RuleError(name, "is not UTF-8 text", hint="save the rule file as UTF-8") from None
    except OSError as e:
        raise RuleError(name, f"cannot be read: {e.strerror or e}") from None
    try:
        # a SafeLoader: no tags, no code; what a file reads as is kept between runs
        data = yaml_data(source, "strict", _strict_load)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise RuleError(name, f"is not valid YAML: {where}{problem}", hint="check the indentation and quoting there") from None
    if not isinstance(data, dict):
        found = "nothing" if data is None else f"a {type(data).__name__}"
        raise RuleError(name, f"a rule file is a mapping with a `rules:` list, found {found}")
    for k in data:
        if k not in FILE_KEYS:
            raise RuleError(name, f"unknown top-level key{_did_you_mean(str(k), FILE_KEYS)}", key=str(k))
    items = data.get("rules")
    if not isinstance(items, list) or not items:
        raise RuleError(name, "must be a non-empty list of rules", key="rules")
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(items, 1):
        rule = parse_rule(name, raw, i, lazy=lazy)
        if rule.id in seen:
            raise RuleError(name, f"duplicated id (rule {seen[rule.id]} of this file has it too)", rule=rule.id, key="id")
        seen[rule.id] = i
        rules.append(rule)
    return rules


def default_rules_dir() -> Path:
    """The shipped pack: `cleaner/data/rules`, a link to the repository's `rules/` that wheels copy."""
    return Path(__file__).resolve().parent / "data" / "rules"


def rule_files(path: Path) -> list[Path]:
    """The rule files a path names: the file itself, or a folder's top-level `*.yaml`/`*.yml`, sorted."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if path.is_file():
        return [path]
    raise RuleError(str(path), "no such rule file or folder", hint="check the path given with --rules")


def _load_source(path: Path, shown_prefix: str | None = None, *, lazy: bool = False) -> list[Rule]:
    """All rules of one source (a file or a folder): ids must be unique within it."""
    rules: list[Rule] = []
    where: dict[str, str] = {}
    for f in rule_files(path):
        shown = f"{shown_prefix}/{f.name}" if shown_prefix else str(f)
        for r in load_rule_file(f, shown, lazy=lazy):
            if r.id in where:
                raise RuleError(shown, f"duplicated id (also defined in {where[r.id]})", rule=r.id, key="id")
            where[r.id] = shown
            rules.append(r)
    return rules


# The shipped pack as read last, by its files' names, sizes and modification times: a run reads it
# once (the engine and the run's recipe both list its rules), and reads it again if a file changed.
_PACK_READ: dict[tuple[Any, ...], list[Rule]] = {}


def _shipped_pack(pack: Path) -> list[Rule]:
    files = rule_files(pack)
    key = (str(pack), *((str(f), (st := f.stat()).st_mtime_ns, st.st_size) for f in files))
    rules = _PACK_READ.get(key)
    if rules is None:
        rules = _load_source(pack, "rules", lazy=True)
        _PACK_READ.clear()
        _PACK_READ[key] = rules
    return rules


def load_rule_list(config: Config, extra_paths: Sequence[str] = ()) -> list[Rule]:
    """The rules a run uses, in order: the shipped pack, then each user path.

    A user rule with the id of an earlier rule replaces it in place; `config.disable`
    switches rules off, and an id that no rule has is a `ConfigError`.
    """
    ordered: dict[str, Rule] = {}
    if config.use_default_rules:
        pack = default_rules_dir()
        if not pack.is_dir():
            raise ConfigError(
                "the shipped rule pack is missing from the installed package",
                hint="reinstall cleaner, or pass --no-default-rules with --rules",
            )
        # The shipped pack's patterns are compiled when first used; a user's files are checked whole here.
        for r in _shipped_pack(pack):
            ordered[r.id] = r
    for p in [*config.rules_paths, *extra_paths]:
        for r in _load_source(Path(p)):
            ordered[r.id] = r
    from .stage_rules import NOT_DISABLEABLE, stage_rule_ids

    stage_ids = stage_rule_ids() if config.disable else {}
    for rid in config.disable:
        if rid in NOT_DISABLEABLE:
            raise ConfigError(
                f"--disable {rid}: this id is how a roundup is cut into records, not a rule",
                hint=f"use {NOT_DISABLEABLE[rid]} to leave roundups whole",
            )
        if rid not in ordered and rid not in stage_ids and rid not in MODEL_IDS:
            raise ConfigError(
                f"--disable {rid}: no rule has this id{_did_you_mean(rid, [*ordered, *stage_ids, *MODEL_IDS])}",
                hint="`cleaner rules list --all` shows every id that can be disabled",
            )
    return [r for rid, r in ordered.items() if rid not in set(config.disable)]


# The engine compiled last, by the process and the identity of its rules (the shipped pack's are
# read once, see `_shipped_pack`; the list is held here so no id is reused): building it walks
# every literal of every pattern, which costs a small file's run more than cleaning it, and a
# process that cleans text after text (the library's `clean_text`, a server) would pay it every
# call. A forked worker builds its own, as it did before the engine was kept: a worker the pool
# forked in place of a killed one hung on the parent's engine (its prefilter is a native automaton).
_ENGINE_BUILT: dict[tuple[int, ...], tuple[list[Rule], RuleSet]] = {}


def load_rules(config: Config, extra_paths: Sequence[str] = ()) -> RuleSet:
    """The compiled engine for a run's config: its own memo of matched lines, the compiled
    patterns and the prefilter shared with the last engine built of the same rules."""
    with gc_paused():
        rules = load_rule_list(config, extra_paths)
        key = (os.getpid(), *map(id, rules))
        built = _ENGINE_BUILT.get(key)
        if built is None:
            built = (rules, RuleSet(rules))
            _ENGINE_BUILT.clear()
            _ENGINE_BUILT[key] = built
    return built[1].fresh()


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while the engine is built: it makes tens of thousands of
    objects that all live, and each collection on the way walks them again (a third of the
    build's time on a small file's run). The collector runs as before afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def describe_rules(config: Config) -> list[dict[str, str]]:
    """id, kind, description and file of every rule a run uses, in rule order."""
    return [{"id": r.id, "kind": r.kind, "description": r.description, "file": r.path} for r in load_rule_list(config)]


# -- literal extraction -------------------------------------------------------------------------


def _pattern_literals(pattern: str) -> tuple[str, ...] | None:
    """The prefilter's literals of a pattern as folded (`fold_pattern`): those every match
    holds, in both scripts; None if unknown. Kept between runs (`patternmemo`)."""
    found, lits = MEMO.get("literals", pattern)
    if not found:
        req = required_literals(unscripted(pattern))
        lits = None if req is None else _spelled(req)
        MEMO.put("literals", pattern, lits)
    return None if lits is None else tuple(lits)


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Strings of which every match of `pattern` contains at least one, or None if unknown.

    Parsed with the standard library's regex parser (`regex`'s Unicode properties read as
    classes it knows, `_stdlib_classes`); a pattern it does not understand otherwise (syntax
    only the `regex` module has) simply gets no prefilter.
    """
    try:
        parsed = _sre_parser.parse(_stdlib_classes(pattern), re.MULTILINE)
    except (re.error, RecursionError, OverflowError):
        return None
    _READING.dotall = _dotall(pattern, parsed)
    found = _required(parsed)
    if found is None or any("\n" in s for s in found):
        return None
    return tuple(sorted(scan_form(s) for s in found))


# A Unicode property (`\p{Han}`, `\P{L}`, `\pN`) not after an escaping backslash: syntax of the
# `regex` module alone.
_PROPERTY = recode.compile(r"(?<!\\)((?:\\\\)*)\\([pP])(?:\{\^?[\w &=.-]+\}|[A-Za-z])")


def _stdlib_classes(pattern: str) -> str:
    r"""`pattern` with each Unicode property read as a category the standard library's parser
    knows (`\p{Han}` -> `\w`, `\P{…}` -> `\W`), for the readings that only ask which strings
    every match must hold: a category names no string (it matches too much, `_chars`), exactly
    what a property would give, and the literals around it are read as they are."""
    if "\\p" not in pattern and "\\P" not in pattern:
        return pattern
    return _PROPERTY.sub(lambda m: m.group(1) + ("\\w" if m.group(2) == "p" else "\\W"), pattern)


Strings = frozenset[str]
_EMPTY: Strings = frozenset([""])
_REPEATS = tuple(op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op is not None)


def _best(sets: list[Strings]) -> Strings | None:
    """The most selective of several literal sets, any one of which every match contains."""
    # Many one-character spellings (a class like `[ |·。]`) would flag nearly every line.
    sets = [s for s in sets if sum(len(x) == 1 for x in s) <= 8]
    if not sets:
        return None
    # The longest shortest literal, then no punctuation or digit standing alone (`:` is on
    # every line, `图` is not), then the fewest alternatives.
    return max(sets, key=lambda s: (min(len(x) for x in s), not (s & COMMON_CHARS), -len(s)))


def _times(a: Strings, b: Strings) -> Strings | None:
    """Every concatenation of one string of `a` and one of `b`, unless there are too many."""
    if len(a) * len(b) > MAX_LITERAL_SET:
        return None
    return frozenset(x + y for x in a for y in b)


def _chars(op: Any, av: Any) -> Strings | None:
    """The single characters one item matches: a literal, or a small class like `[:：]`."""
    if op is _sre.LITERAL:
        return frozenset([scan_form(chr(av))])
    if op is not _sre.IN:
        return None
    out: set[str] = set()
    for o, a in av:
        if o is _sre.LITERAL:
            out.add(scan_form(chr(a)))
        elif o is _sre.RANGE and a[1] - a[0] <= 64:
            out.update(scan_form(chr(x)) for x in range(a[0], a[1] + 1))
        else:
            return None  # negated sets and categories (`\s`, `\d`) match too much
    return frozenset(out)


def _union(parts: list[Strings | None]) -> Strings | None:
    return None if any(p is None for p in parts) else frozenset().union(*[p for p in parts if p is not None])


# Every string one node matches, by node type (a node type not here: unknown).
_SPELLINGS: dict[Any, Any] = {
    _sre.LITERAL: lambda av: _chars(_sre.LITERAL, av),
    _sre.IN: lambda av: _chars(_sre.IN, av),
    _sre.SUBPATTERN: lambda av: _language(av[3]),
    _sre.BRANCH: lambda av: _union([_language(a) for a in av[1]]),
}


def _language(items: Any) -> Strings | None:
    """Every string a short fixed sequence matches (`(?:上一篇|下一篇)`, `[。!?]`), or None."""
    out = _EMPTY
    for op, av in items:
        spell = _SPELLINGS.get(op)
        part = spell(av) if spell is not None else None
        nxt = _times(out, part) if part is not None else None
        if nxt is None:
            return None
        out = nxt
    return out


def _prefix(items: Any) -> str:
    """The literal characters a sequence starts with."""
    out = []
    for op, av in items:
        if op is not _sre.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


# How the pattern being read treats `.`: a lookahead's literals count only where `.` stops at a line
# break (see `_no_newline`). Per thread, as the readings are.
_READING = threading.local()


def _dotall(pattern: str, parsed: Any) -> bool:
    """Whether `.` may match a line break anywhere in the pattern (the DOTALL flag, set or scoped)."""
    return bool(parsed.state.flags & re.DOTALL) or _SCOPED_DOTALL.search(pattern) is not None


_SCOPED_DOTALL = recode.compile(r"\(\?[a-zA-Z]*s[a-zA-Z]*[:)]")


def _no_newline(items: Any) -> bool:
    """Whether nothing the sequence `items` matches can hold a line break (then a lookahead made of
    it looks no further than the end of its line). Unsure: False."""
    for op, av in items:
        if op is _sre.LITERAL:
            if av == 10:
                return False
        elif op is _sre.NOT_LITERAL:
            if av != 10:
                return False
        elif op is _sre.ANY:
            if getattr(_READING, "dotall", True):
                return False
        elif op is _sre.IN:
            if any(o is _sre.NEGATE for o, _ in av) or not all(
                (o is _sre.LITERAL and a != 10) or (o is _sre.RANGE and not a[0] <= 10 <= a[1])
                or (o is _sre.CATEGORY and a in _NO_NEWLINE_CATEGORIES)
                for o, a in av
            ):
                return False
        elif op in _REPEATS:
            if not _no_newline(av[2]):
                return False
        elif op is _sre.SUBPATTERN:
            if av[1] & re.DOTALL or not _no_newline(av[3]):
                return False
        elif op is _sre.BRANCH:
            if not all(_no_newline(a) for a in av[1]):
                return False
        elif op is _sre.AT:
            continue
        else:
            return False
    return True


_NO_NEWLINE_CATEGORIES = frozenset(
    getattr(_sre, name) for name in ("CATEGORY_DIGIT", "CATEGORY_WORD", "CATEGORY_NOT_LINEBREAK") if hasattr(_sre, name)
)


def _lookahead_required(av: Any) -> Strings | None:
    """A lookahead's literals (`^(?=.*(?:上一页|下一页))…`): in the line of every match, when nothing
    in the lookahead can reach past the line's end."""
    direction, items = av
    return _required(items) if direction == 1 and _no_newline(items) else None


# The literals every match of one node contains, by node type (a node type not here: none known).
_INSIDE: dict[Any, Any] = {
    _sre.ASSERT: _lookahead_required,
    _sre.SUBPATTERN: lambda av: _required(av[3]),
    _sre.BRANCH: lambda av: _union([_required(a) for a in av[1]]),
    _sre.ATOMIC_GROUP: lambda av: _required(av),
    **{op: (lambda av: _required(av[2]) if av[0] >= 1 else None) for op in _REPEATS},
}


def _glued(run: Strings, op: Any, av: Any) -> Strings | None:
    """The fixed run so far glued to each alternative's own leading literal. The parser factors
    a shared prefix out of alternatives (`责任编辑|责编` is `责` then `任编辑|编`)."""
    if op is _sre.BRANCH:
        return frozenset(r + scan_form(_prefix(a)) for r in run for a in av[1])
    if op is _sre.SUBPATTERN and len(av[3]) == 1 and av[3][0][0] is _sre.BRANCH:
        return frozenset(r + scan_form(_prefix(a)) for r in run for a in av[3][0][1][1])
    return None


def _required(items: Any) -> Strings | None:
    """The best set of literals every match of the sequence `items` contains, or None."""
    return _best(_candidates(items))


def _candidates(items: Any) -> list[Strings]:
    """Sets of literals every match of the sequence `items` contains one string of."""
    cands: list[Strings] = []
    run = _EMPTY  # the fixed text matched so far, as the set of its possible spellings
    for op, av in items:
        spell = _SPELLINGS.get(op)
        part = spell(av) if spell is not None else None
        if part is not None:
            nxt = _times(run, part)
            if nxt is not None:
                run = nxt
                continue
        if op is _sre.ASSERT and av[0] == -1 and run == _EMPTY:
            # A lookbehind's text is in the document right before what follows (`(?<=。)G`).
            behind = _language(av[1])
            if behind is not None:
                run = behind
                continue
        if op in _REPEATS and av[0] >= 1 and run != _EMPTY:
            # At least one copy follows the run; what comes after it is not fixed.
            one = _language(av[2])
            nxt = _times(run, one) if one is not None else None
            if nxt is not None:
                cands.append(nxt)
        if run != _EMPTY:
            glued = _glued(run, op, av)
            if glued is not None:
                cands.append(glued)
            cands.append(run)
            run = _EMPTY
        inside = _INSIDE.get(op)
        sub = inside(av) if inside is not None else None
        if sub is not None and all(sub):
            cands.append(sub)
    if run != _EMPTY:
        cands.append(run)
    return cands


# At most this many further literal sets are checked per line, of at most this many strings each.
MAX_CHECKS = 4
MAX_CHECK_STRINGS = 8


@functools.lru_cache(maxsize=4096)
def literal_checks(pattern: str, ignore_case: bool = False) -> tuple[tuple[str, ...], ...]:
    r"""Every set of strings (beyond the prefilter's one) of which each match of `pattern`
    holds one, in scan form (`^[ \t]*【[ \t]*(?:医院新闻|党建工作)` gives `【` and the words).

    The automaton flags a line for a pattern when the line holds one of the pattern's chosen
    literals; a flagged line lacking every string of one of these sets cannot hold a match, so
    it is not matched (a few `in` tests against a timed `regex` call). Sets with a string that
    `ignore_case` could match in a letter `str.lower` folds otherwise (`K` and the Kelvin sign)
    are left out, as are patterns whose syntax the standard library's parser would misread."""
    if _POSIX_CLASS.search(pattern):
        return ()
    try:
        parsed = _sre_parser.parse(_stdlib_classes(pattern), re.MULTILINE)
    except (re.error, RecursionError, OverflowError):
        return ()
    out: dict[tuple[str, ...], None] = {}
    _READING.dotall = _dotall(pattern, parsed)
    for cand in _all_candidates(parsed):
        if not cand or len(cand) > MAX_CHECK_STRINGS or not all(cand) or any("\n" in x for x in cand):
            continue
        if ignore_case and any(ch.lower() != ch.upper() for x in cand for ch in x):
            continue
        out[tuple(sorted({scan_form(x) for x in cand}))] = None
    # The most selective first: long strings, few of them.
    ranked = sorted(out, key=lambda c: (-min(len(x) for x in c), len(c)))
    return tuple(ranked[:MAX_CHECKS])


def _all_candidates(items: Any) -> list[Strings]:
    """`_candidates` of a sequence and of every group in it that every match goes through
    (a group, an atomic group, a repeat of at least one copy), at any depth."""
    out = _candidates(items)
    for op, av in items:
        if op is _sre.SUBPATTERN:
            out += _all_candidates(av[3])
        elif op is _sre.ATOMIC_GROUP:
            out += _all_candidates(av)
        elif op in _REPEATS and av[0] >= 1:
            out += _all_candidates(av[2])
    return out


@functools.lru_cache(maxsize=4096)
def line_alphabet(pattern: str, ignore_case: bool = False) -> re.Pattern[str] | None:
    r"""For a pattern that only matches whole lines (`^…$`, nothing around them) and names
    every character it can take (`^[ \t|·•]+$`, `^[ \t]*[\u4e00-\u9fff](?:[ \t]+…){3,5}$`):
    a check that a line is made only of those characters, or None.

    A line with any other character cannot match, and a standard-library `[…]*` full match
    costs one linear pass, far less than the timed `regex` call it spares; most lines the
    literal scan flags for such a rule are body text. Classes like `\S`, `\d`, `.` or a negated
    set name no finite set of characters we can write down (and `ignore_case` adds case
    variants): no check then."""
    if ignore_case or _POSIX_CLASS.search(pattern):
        return None
    try:
        parsed = _sre_parser.parse(pattern, re.MULTILINE)
    except (re.error, RecursionError, OverflowError):
        return None
    items = list(parsed)
    if (
        len(items) < 3 or parsed.state.flags & re.IGNORECASE
        or items[0] != (_sre.AT, _sre.AT_BEGINNING) or items[-1] != (_sre.AT, _sre.AT_END)
    ):
        return None
    chars: set[str] = set()
    ranges: set[tuple[int, int]] = set()
    if not _alphabet(items[1:-1], chars, ranges):
        return None
    body = "".join(re.escape(c) for c in sorted(chars) if c != "\n" and c not in _CLASS_ESCAPES)
    body += "".join(c for c in sorted(chars) if c in _CLASS_ESCAPES)
    body += "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in sorted(ranges))
    return recode.compile(f"[{body}]*") if body else None


# `\s` in a pattern (`regex`, V0) stands for characters that the standard library's `\s` all takes
# too (a test compares them over every code point), so a line check may name it. Not `\d`: `regex`
# knows digits of a later Unicode version than the standard library may.
_CATEGORIES = {getattr(_sre, "CATEGORY_SPACE", None): "\\s"}
_CLASS_ESCAPES = frozenset(_CATEGORIES.values())


def _alphabet(items: Any, chars: set[str], ranges: set[tuple[int, int]]) -> bool:
    """Add every character the sequence `items` can consume to `chars` and `ranges`; False
    when that is no finite set (or when unsure)."""
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
        elif op is _sre.IN:
            for o, a in av:
                if o is _sre.LITERAL:
                    chars.add(chr(a))
                elif o is _sre.RANGE:
                    ranges.add((a[0], a[1]))
                elif o is _sre.CATEGORY and a in _CATEGORIES:
                    chars.add(_CATEGORIES[a])
                else:
                    return False  # a negated set, a category such as `\d` or `\w`
        elif op is _sre.SUBPATTERN:
            if av[1] & re.IGNORECASE or not _alphabet(av[3], chars, ranges):
                return False
        elif op is _sre.BRANCH:
            if not all(_alphabet(b, chars, ranges) for b in av[1]):
                return False
        elif op in _REPEATS:
            if not _alphabet(av[2], chars, ranges):
                return False
        elif op is _sre.ATOMIC_GROUP:
            if not _alphabet(av, chars, ranges):
                return False
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # consumes nothing
        else:
            return False
    return True


def _holds(checks: tuple[tuple[str, ...], ...], line: str) -> bool:
    """Whether `line` (in scan form) holds a string of every set of `checks`."""
    for strings in checks:
        for x in strings:
            if x in line:
                break
        else:
            return False
    return True


# -- the engine ---------------------------------------------------------------------------------


@dataclass
class Plan:
    """What the rules would do to one text: edits in its coordinates, and notes."""

    edits: list[Edit] = field(default_factory=list)
    notes: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)


class _Timeout(Exception):
    def __init__(self, rule: Rule) -> None:
        self.rule = rule


class _Recount(Exception):
    """A rule came near its budget while matching was timed by the wall clock alone."""


class _Budget:
    """Per-rule matching time for one document, counted in the thread's CPU time.

    `regex` stops a match after a wall-clock timeout. On a busy machine the thread can wait for a
    core longer than the budget while the match itself is cheap, and a rule that timed out only
    then would make the output depend on the machine's load. So a timeout whose attempt used less
    CPU than the rule had left is tried again with twice the wall time (up to `_ATTEMPTS` times),
    and only CPU spent by attempts that finished is charged: a pattern that really runs away uses
    its CPU within a few attempts and times out, whatever the load.

    Reading the thread's CPU clock is a system call, dearer than most of the matches it times.
    So a document is first matched `optimistic`ally, by the wall clock alone: as long as all of
    its matching together has taken less than a quarter of one rule's budget (and the wall clock
    runs at least as fast as the thread's CPU clock), no rule can be near its limit and nothing
    can time out: the result is the one the CPU clock would give. One reading of the wall clock
    per call, no account per rule. Once the document's matching gets that far (or a match times
    out), `_Recount` is raised, and the caller matches the document again with the CPU clock."""

    def __init__(self, limit: float, *, optimistic: bool = False) -> None:
        self.limit = limit
        self.optimistic = optimistic
        self.spent: dict[str, float] = {}
        self.timed_out: dict[str, Rule] = {}
        # (optimistic: when the whole document's matching must be done by the wall clock)
        self.deadline = time.perf_counter() + limit * _OPTIMISTIC_SHARE

    def _timed(self, rule: Rule, attempt: Any) -> Any:
        """`attempt(wall_seconds)` under the rule's budget; raises `_Timeout` when it is spent."""
        if self.optimistic:
            return self._by_deadline(attempt)
        if rule.id in self.timed_out:
            raise _Timeout(rule)
        left = self.limit - self.spent.get(rule.id, 0.0)
        wall = max(left, 1e-6)
        cpu = time.thread_time
        for _ in range(_ATTEMPTS):
            c0 = cpu()
            try:
                result = attempt(wall)
            except TimeoutError:
                if cpu() - c0 >= left:
                    break  # the match itself used the budget
                wall *= 2  # the thread waited for a core: same budget, more wall time
                continue
            self.spent[rule.id] = self.spent.get(rule.id, 0.0) + cpu() - c0
            return result
        self.timed_out[rule.id] = rule
        raise _Timeout(rule)

    def _by_deadline(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """`fn(*args, wall=…, **kwargs)` within what is left of the document's optimistic deadline;
        `_Recount` once it is passed (see the class). `RuleSet._scan_lines`, the engine's hottest loop,
        reads the same deadline inline between its searches (a call less per search, some 7 % of the
        engine's time): the two keep the same rule."""
        wall = self.deadline - time.perf_counter()
        if wall <= 0:
            raise _Recount
        try:
            result = fn(*args, wall=wall, **kwargs)
        except TimeoutError:
            raise _Recount from None
        if time.perf_counter() > self.deadline:
            raise _Recount
        return result

    def call(self, rule: Rule, fn: Any, *args: Any) -> Any:
        return self._timed(rule, lambda wall: fn(*args, timeout=wall))

    def search_lines(
        self, rule: Rule, pattern: Any, lines: list[str], targets: Iterable[int], local: bool | None = None
    ) -> list[int]:
        """The target lines `pattern` finds a match in, within the rule's time left (`local`:
        `_line_local` of the pattern, when the caller knows it).

        Several lines are searched as one string (the lines joined by line breaks) in one timed
        call: a timed `regex` call costs several times an untimed one, and most lines do not
        match. That gives the per-line answer exactly when the pattern cannot see past a line
        end (no lookaround, no string anchor: `_line_local`) and no match spans a line break;
        otherwise each line is searched on its own."""
        targets = targets if isinstance(targets, list) else list(targets)
        if not targets:
            return []
        if self.optimistic:
            # (straight to the deadline, no closure: this is the engine's most frequent call)
            found: list[int] = self._by_deadline(_search_lines, pattern, lines, targets, local=local)
            return found
        if rule.id in self.timed_out:
            raise _Timeout(rule)
        return self._timed(rule, lambda wall: _search_lines(pattern, lines, targets, wall, local))


# Attempts of one timed match before its rule counts as timed out (wall time doubling each time).
_ATTEMPTS = 6
# The share of its budget a rule may use by the wall clock before the document is matched again
# with the CPU clock (see `_Budget`).
_OPTIMISTIC_SHARE = 0.25


def _search_lines(pattern: Any, lines: list[str], targets: list[int], wall: float, local: bool | None = None) -> list[int]:
    if len(targets) == 1:
        return targets if pattern.search(lines[targets[0]], timeout=wall) is not None else []
    clock = time.perf_counter
    deadline = clock() + wall
    if local if local is not None else _line_local(pattern.pattern):
        joined = "\n".join([lines[li] for li in targets])
        found = list(pattern.finditer(joined, timeout=wall))
        if not found:
            return []
        if not any("\n" in m.group() for m in found):
            at = list(accumulate((len(lines[li]) + 1 for li in targets[:-1]), initial=0))
            return list(dict.fromkeys(targets[bisect.bisect_right(at, m.start()) - 1] for m in found))
    search = pattern.search
    return [li for li in targets if search(lines[li], timeout=max(deadline - clock(), 1e-6)) is not None]


# `[[:space:]]`: a class the standard library's parser reads as a set of letters.
_POSIX_CLASS = recode.compile(r"\[:\^?[A-Za-z_]+:\]")
# What lets a pattern see beyond the line it matches in: lookarounds and string anchors.
_SEES_PAST_LINE = recode.compile(r"\(\?<?[=!]|\\[AZzG`']")


@functools.lru_cache(maxsize=4096)
def _line_local(source: str) -> bool:
    """Whether a (MULTILINE) pattern matches within a line exactly as it does in that line alone.

    Anchors of the whole string (`\\A`, `\\Z`) see past the line. A lookaround does not when
    nothing it can match holds a line break (`(?<=[。!?])`, `(?=.*关于我们)`): in a line alone
    it meets the string's edge where, in the lines joined, it meets a line break, and either
    way it fails there. Read with the standard library's parser; syntax only `regex` has
    (POSIX classes among them) counts as seeing past the line."""
    if _SEES_PAST_LINE.search(source) is None:
        return True
    if _POSIX_CLASS.search(source):
        return False
    try:
        parsed = _sre_parser.parse(source, re.MULTILINE)
    except (re.error, RecursionError, OverflowError):
        return False
    return _stays_in_line(list(parsed), bool(parsed.state.flags & re.DOTALL))


def _stays_in_line(items: Any, dotall: bool) -> bool:
    """No whole-string anchor, backreference or lookaround that can match a line break."""
    for op, av in items:
        if op is _sre.AT and av in (_sre.AT_BEGINNING_STRING, _sre.AT_END_STRING):
            return False
        if op in (_sre.GROUPREF, _sre.GROUPREF_EXISTS):
            return False
        if op in (_sre.ASSERT, _sre.ASSERT_NOT) and not _never_newline(av[1], dotall):
            return False
        if op is _sre.SUBPATTERN and (av[2] & re.MULTILINE or not _stays_in_line(av[3], dotall or bool(av[1] & re.DOTALL))):
            return False  # (?-m:…) makes ^ and $ anchors of the whole string
        if op is _sre.BRANCH and not all(_stays_in_line(b, dotall) for b in av[1]):
            return False
        if op in _REPEATS and not _stays_in_line(av[2], dotall):
            return False
        if op is _sre.ATOMIC_GROUP and not _stays_in_line(av, dotall):
            return False
    return True


# Character classes that hold the line break.
_NEWLINE_CATEGORIES = frozenset(
    c for c in (getattr(_sre, n, None) for n in ("CATEGORY_SPACE", "CATEGORY_NOT_DIGIT", "CATEGORY_NOT_WORD", "CATEGORY_LINEBREAK"))
    if c is not None
)


def _set_has_newline(items: Any) -> bool | None:
    """Whether the items of a character set (without its negation) hold a line break; None: unknown."""
    for op, av in items:
        if op is _sre.LITERAL:
            if av == 10:
                return True
        elif op is _sre.RANGE:
            if av[0] <= 10 <= av[1]:
                return True
        elif op is _sre.CATEGORY:
            if av in _NEWLINE_CATEGORIES:
                return True
        else:
            return None
    return False


def _never_newline(items: Any, dotall: bool) -> bool:
    """Whether nothing the sequence `items` matches can hold a line break."""
    for op, av in items:
        if op is _sre.LITERAL:
            ok = av != 10
        elif op is _sre.NOT_LITERAL:
            ok = av == 10
        elif op is _sre.ANY:
            ok = not dotall
        elif op is _sre.IN:
            negated = bool(av) and av[0][0] is _sre.NEGATE
            has = _set_has_newline(av[1:] if negated else av)
            ok = has is not None and has == negated
        elif op is _sre.AT:
            ok = av not in (_sre.AT_BEGINNING_STRING, _sre.AT_END_STRING)
        elif op is _sre.SUBPATTERN:
            ok = not av[2] & re.MULTILINE and _never_newline(av[3], dotall or bool(av[1] & re.DOTALL))
        elif op is _sre.BRANCH:
            ok = all(_never_newline(b, dotall) for b in av[1])
        elif op in _REPEATS:
            ok = _never_newline(av[2], dotall)
        elif op is _sre.ATOMIC_GROUP:
            ok = _never_newline(av, dotall)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            ok = _never_newline(av[1], dotall)
        else:
            ok = False
        if not ok:
            return False
    return True


class _Unit:
    """One pattern of one rule: the thing the prefilter selects."""

    __slots__ = ("rule", "order", "_pattern", "spans", "cap", "_local", "_checks", "_alphabet", "literals", "_hit_checks")

    def __init__(self, rule: Rule, order: int, pattern: Any) -> None:
        self.rule = rule
        self.order = order
        self._pattern = pattern
        self.spans = rule.spans
        self.cap = rule.max_chars
        self._local: bool | None = None
        # Both checks are read from the pattern's source when the engine first asks for them
        # (`want`): parsing every pattern of the pack at load would cost a run of one
        # small file about a tenth of a second, for units most documents never select.
        self._checks: tuple[tuple[str, ...], ...] | None = ()
        self._alphabet: re.Pattern[str] | None | bool = None
        # The literals (in scan form) the prefilter finds this unit by; empty: none.
        self.literals: tuple[str, ...] = ()
        self._hit_checks: tuple[tuple[str, ...], ...] | None = None

    def want(self, *, checks: bool = False, alphabet: bool = False) -> None:
        """Give this unit its literal checks, its alphabet check (a whole-line unit), or both."""
        if checks:
            self._checks = None
        if alphabet:
            self._alphabet = True

    @property
    def checks(self) -> tuple[tuple[str, ...], ...]:
        """Literal sets a line must hold for the pattern to match there (`literal_checks`)."""
        if self._checks is None:
            self._checks = tuple(
                _spelled(check) for check in literal_checks(unscripted(self._source()), self.rule.ignore_case)
            )
        return self._checks

    @property
    def hit_checks(self) -> tuple[tuple[str, ...], ...]:
        """The `checks` a line holding one of the unit's `literals` may still fail: a set with
        a string inside every literal holds whenever a literal does, so the prefilter's hit
        already settles it. Without literals, all the checks."""
        if self._hit_checks is None:
            lits = self.literals
            self._hit_checks = tuple(
                strings for strings in self.checks
                if not lits or not all(any(x in lit for x in strings) for lit in lits)
            )
        return self._hit_checks

    @property
    def alphabet(self) -> re.Pattern[str] | None:
        """For a whole-line unit whose lines can hold only certain characters: their check
        (`line_alphabet`)."""
        if self._alphabet is True:
            self._alphabet = line_alphabet(self._source(), self.rule.ignore_case)
        return self._alphabet  # type: ignore[return-value]

    def _source(self) -> str:
        source: str = self._pattern.pattern
        return source

    def may_match(self, line: str, scan: str | None = None) -> bool:
        """False when the pattern cannot match in `line` (width-folded): the line lacks every
        string of one of its `checks`, or holds a character outside its `alphabet`. `scan`: the
        line's `scan_form`, when the caller has made it."""
        checks = self.checks
        if checks and not _holds(checks, scan_form(line) if scan is None else scan):
            return False
        alphabet = self.alphabet
        return alphabet is None or alphabet.fullmatch(line) is not None

    @property
    def local(self) -> bool:
        """`_line_local` of the pattern, read from its source once."""
        if self._local is None:
            self._local = _line_local(self._source())
        return self._local

    @property
    def pattern(self) -> Any:
        """The compiled pattern. A `LazyPattern` is compiled here, where the engine picks the
        unit, so that compiling is never charged to the rule's matching time."""
        p = self._pattern
        if isinstance(p, LazyPattern):
            p = self._pattern = p.compiled()
        return p


# What the prefiltered units find in one line: the whole-line units matching it, and each span
# unit with the spans it matches, in unit order.
LineMatch = tuple[tuple[int, ...], tuple[tuple[int, list[tuple[int, int]]], ...]]


class MatchMemo:
    """What one `RuleSet` found in lines it matched before, by the line's text: kept from one
    call of `apply` to the next on the same document (the boilerplate stage's rounds, where most
    lines come back unchanged) and, in the rule set's own memo, across documents (pages of one
    site share their navigation, footer and credit lines). Matching a pattern in a line depends
    on that line alone, so a line seen before is not matched again; every decision that depends
    on other lines (heads, blocks, captions, guards) is still made anew. Nothing is kept from a
    pass in which a rule timed out, so a line a rule runs away on is matched (and timed out)
    again in every document holding it.

    `limit` bounds the characters of the lines held: past it the memo starts empty again, so
    a long run keeps a fixed amount of memory (a few MiB) and the lines that recur are soon
    back in it."""

    __slots__ = ("owner", "lines", "head", "spans", "limit", "held")

    def __init__(self, limit: int | None = None) -> None:
        self.owner: RuleSet | None = None
        self.lines: dict[str, LineMatch] = {}
        # (line, what spans left of it or None) -> the head units matching it.
        self.head: dict[tuple[str, str | None], tuple[int, ...]] = {}
        # A line spans touched -> its settled marks, what they leave, the whole-line units matching that.
        self.spans: dict[str, tuple[tuple[str | None, ...], str, tuple[int, ...] | None]] = {}
        self.limit = limit
        self.held = 0  # characters of the lines held (counted only with a `limit`)

    def __reduce__(self) -> tuple[Any, ...]:
        # A rule set sent to a worker starts with an empty memo: it is a cache, not state.
        return (MatchMemo, (self.limit,))

    def hold(self, chars: int) -> None:
        """Count `chars` more characters held; start empty again when past the limit."""
        if self.limit is None:
            return
        self.held += chars
        if self.held > self.limit:
            self.lines, self.head, self.spans, self.held = {}, {}, {}, 0


# The characters of lines a rule set remembers across documents (`MatchMemo`): at two bytes a
# character plus a dict entry per line, about 6 MiB at most.
SHARED_MEMO_CHARS = 1_500_000


class RuleSet:
    """The compiled rules of a run. `plan(text)` says what to remove; `apply(doc)` does it."""

    def __init__(self, rules: Sequence[Rule], *, prefilter: bool = True, shared_memo: bool = True) -> None:
        """Compile `rules`. `prefilter=False` runs every pattern over every document (for tests);
        `shared_memo=False` matches every line of every document afresh (`MatchMemo`)."""
        self.rules = list(rules)
        self.shared_memo: MatchMemo | None = MatchMemo(SHARED_MEMO_CHARS) if shared_memo else None
        self.units: list[_Unit] = []
        self.captions = [r for r in self.rules if r.kind == "caption"]
        self.has_blocks = any(r.kind == "block" for r in self.rules)
        self.image_ids = frozenset(r.id for r in self.rules if r.image_placeholder)
        self.credit_ids = frozenset(r.id for r in self.rules if r.image_credit)
        self.short_article_ids = frozenset(r.id for r in self.rules if r.short_article)
        self.footers = [r for r in self.rules if r.kind == "footer"]
        self.footer_ids = frozenset(r.id for r in self.rules if r.page_footer)
        self.credit_rule_ids = frozenset(r.id for r in self.rules if r.kind == "credit")
        # (the head's rules: a later copy of what they took is the head again, see `boilerplate`)
        self.head_rule_ids = frozenset(r.id for r in self.rules if r.kind == "head")
        self.caption_max = max((r.max_chars or 0 for r in self.captions), default=0)
        by_literal: dict[str, list[int]] = {}
        short_units: set[int] = set()
        self.always: list[int] = []
        self.head_units: list[int] = []
        self.short_line: list[int] = []
        for order, rule in enumerate(self.rules):
            handler = KIND_HANDLERS[rule.kind]
            if handler.own_matching:
                continue
            for pat in rule.compiled:
                u = len(self.units)
                self.units.append(_Unit(rule, order, pat))
                if not handler.prefilter:
                    # Head rules only ever look at the few lines before the body: no prefilter,
                    # only the checks of each line that `may_match` makes.
                    self.head_units.append(u)
                    self.units[u].want(checks=True, alphabet=not rule.spans)
                    continue
                lits = rule.literals if rule.literals is not None else _pattern_literals(pat.pattern)
                if not prefilter:
                    self.always.append(u)
                    continue
                if not rule.spans:
                    self.units[u].want(alphabet=True)
                if not lits:
                    if rule.max_chars is not None:
                        self.short_line.append(u)  # tried on short lines only
                    else:
                        self.always.append(u)
                    continue
                if not rule.spans and rule.max_chars is not None and rule.max_chars <= SHORT_LINE_CHARS:
                    short_units.add(u)
                self.units[u].want(checks=True)
                self.units[u].literals = tuple(dict.fromkeys(scan_form(lit) for lit in lits))
                for lit in self.units[u].literals:
                    by_literal.setdefault(lit, []).append(u)
        # One automaton, one scan of the whole text: rules limited to short lines take their
        # literals' occurrences in short lines only.
        self.automaton = _Literals(by_literal, frozenset(short_units)) if by_literal else None
        self._prepared: list[tuple[str, tuple[tuple[str, ...], ...], int | None, Any, bool] | None] = [None] * len(self.units)
        MEMO.save()

    def fresh(self) -> RuleSet:
        """The same compiled rules with an empty memo of matched lines, as a new run starts."""
        twin = copy.copy(self)
        twin.shared_memo = None if self.shared_memo is None else MatchMemo(self.shared_memo.limit)
        return twin

    # -- matching ------------------------------------------------------------------------------
    def _hits(self, scan: str, starts: list[int], sizes: list[int]) -> dict[int, set[int]]:
        """Unit index -> line indices where one of its literals occurs (for a rule limited to
        short lines, short lines only; `sizes`: each line's `_sizes`)."""
        hits: dict[int, set[int]] = {}
        if self.automaton is None:
            return hits
        split = self.automaton.split
        for w, li in self.automaton.in_lines(scan, starts):
            anywhere, short_only = split[w]
            for u in anywhere:
                hits.setdefault(u, set()).add(li)
            if short_only and sizes[li] <= SHORT_LINE_CHARS:
                for u in short_only:
                    hits.setdefault(u, set()).add(li)
        return hits

    def _line_hits(self, line: str) -> set[int]:
        """The units that may match `line` alone: those without literals and those whose
        literals it holds, less those whose literal or character checks it fails (as
        `_Unit.may_match`, with the line's scan form made once)."""
        units = set(self.always)
        scan = scan_form(line)
        all_units = self.units
        units.update(u for u in self.short_line if all_units[u].may_match(line, scan))
        if self.automaton is not None and line:
            for us in {us for _start, us in self.automaton.find(scan)}:
                units.update(u for u in us if all_units[u].may_match(line, scan))
        return units

    def plan(self, text: str, timeout: float, memo: MatchMemo | None = None, photo_story: bool = False) -> Plan:
        """Decide every removal for `text`. Edits are disjoint and in `text` coordinates.

        The patterns are matched once (`_match`); then each kind's handler, in the order of
        `KIND_HANDLERS`, settles what its rules remove from what is left. `memo` carries line
        matches over from earlier calls; without one, the rule set's own (`shared_memo`) does,
        across documents. `photo_story`: the page's headline calls it one (图说｜…), so that its
        captions, a few of them holding half as much as its other sentences, are what it tells."""
        if not text:
            return Plan()
        if memo is None:
            memo = self.shared_memo
        try:
            return self._plan(text, _Budget(timeout, optimistic=True), memo, photo_story)
        except _Recount:
            # A rule came near its budget by the wall clock: count its time exactly this time.
            return self._plan(text, _Budget(timeout), memo, photo_story)

    def _plan(self, text: str, budget: _Budget, memo: MatchMemo | None, photo_story: bool = False) -> Plan:
        plan = Plan()
        s = self._match(text, budget, plan, memo)
        for step in dict.fromkeys(k.settle for k in KIND_HANDLERS.values()):
            step(self, s)
        if self.short_article_ids and s.removed:
            _spare_short_article(self, s, photo_story)
        plan.edits = self._edits(text, s.lines, s.starts, s.span_marks, s.removed, s.blocks, s.sizes)
        return plan

    def _match(self, text: str, budget: _Budget, plan: Plan, memo: MatchMemo | None = None) -> _Scan:
        """Which units match which lines (span units: where), on the text as it stands.

        A line whose text `memo` already holds is not matched again: what the prefiltered
        units find in a line depends on that line alone (`_scan_lines`). Units without
        literals (`always`) run over the whole text every time."""
        folded = fold_width(text)
        lines = folded.split("\n")
        starts = [0, *accumulate(map((1).__add__, map(len, lines[:-1])))]
        if memo is not None and memo.owner is not self:
            memo.owner, memo.lines, memo.head, memo.spans, memo.held = self, {}, {}, {}, 0
        sizes = _sizes(lines)
        s = _Scan(folded, lines, starts, budget, budget.limit, plan, memo=memo, sizes=sizes)
        known = memo.lines if memo is not None else None
        if known:
            todo = []
            per_line = {}
            for li, ln in enumerate(lines):
                got = known.get(ln)
                if got is None:
                    todo.append(li)
                elif got[0] or got[1]:
                    per_line[li] = got
            sub = [lines[li] for li in todo]
            found = self._scan_lines("\n".join(sub), sub, s, [sizes[li] for li in todo]) if todo else {}
            fresh = {todo[k]: res for k, res in found.items()}
            per_line.update(fresh)
        else:
            todo = None
            fresh = per_line = self._scan_lines(folded, lines, s, sizes)
        if memo is not None and not s.dead:
            # Only what every unit finished is worth keeping for the next round.
            no_match: LineMatch = ((), ())
            held = memo.lines
            for li in range(len(lines)) if todo is None else todo:
                held[lines[li]] = fresh.get(li, no_match)
            memo.hold(len(folded) if todo is None else sum(len(lines[li]) for li in todo))
        extra: dict[int, list[tuple[int, list[tuple[int, int]]]]] = {}
        for u in self.always:
            unit = self.units[u]
            if unit.rule.id in s.dead:
                continue
            try:
                for li, spans in self._match_text(unit, folded, lines, starts, s.budget).items():
                    extra.setdefault(li, []).append((u, spans))
            except _Timeout:
                s.dead.add(unit.rule.id)
        for li in sorted(set(per_line) | set(extra)):
            line_units, span_units = per_line.get(li, ((), ()))
            both = [*((u, None) for u in line_units), *span_units, *extra.get(li, ())]
            if len(both) > 1:
                both.sort(key=lambda us: us[0])
            for u, spans in both:
                if spans is None or not self.units[u].spans:
                    s.line_match.setdefault(li, []).append(u)
                    continue
                marks = s.span_marks.setdefault(li, [None] * len(lines[li]))
                rid = self.units[u].rule.id
                for a, b in spans:
                    for k in range(a, b):
                        if marks[k] is None:
                            marks[k] = rid
        return s

    def _scan_lines(self, folded: str, lines: list[str], s: _Scan, sizes: list[int]) -> dict[int, LineMatch]:
        """What the prefiltered units find in `lines` (`folded` is them joined by line breaks,
        `sizes` their `_sizes`):
        per line, the whole-line units matching it and the spans each span unit matches, in
        unit order. Exactly what each line would give on its own."""
        starts = [0, *accumulate(map((1).__add__, map(len, lines[:-1])))]
        scan = scan_form(folded)
        hits = self._hits(scan, starts, sizes)
        scan_lines = scan.split("\n")
        if self.short_line:
            # A rule without literals but with a length limit needs only the short lines.
            limit = max(self.units[u].rule.max_chars or 0 for u in self.short_line)
            short = {i for i, ln in enumerate(lines) if ln and sizes[i] <= limit}
            for u in self.short_line:
                hits[u] = short
        line_units: dict[int, list[int]] = {}
        span_units: dict[int, list[tuple[int, list[tuple[int, int]]]]] = {}
        units = self.units
        dead = s.dead
        budget = s.budget
        search_lines = budget.search_lines
        # (the optimistic pass, the most frequent by far: each search goes straight to the document's
        # deadline, one clock reading between two searches instead of a call through `_by_deadline`)
        optimistic = budget.optimistic
        deadline = budget.deadline
        clock = time.perf_counter
        prepared = self._prepared
        for u in sorted(hits):
            prep = prepared[u]
            if prep is None:
                prep = prepared[u] = self._prepare(u)
            rid, checks, cap, whole, spans = prep
            if rid in dead:
                continue
            targets: Iterable[int] = hits[u]
            # The cheapest tests first, on the fewest lines: most flagged lines go at the first.
            # A line here holds one of the unit's literals, so only the checks that does not
            # settle are made (`hit_checks`).
            if cap is not None:
                # A line longer than the rule allows can never be removed by it.
                if checks:
                    targets = [li for li in targets if sizes[li] <= cap and _holds(checks, scan_lines[li])]
                else:
                    targets = [li for li in targets if sizes[li] <= cap]
            elif checks:
                targets = [li for li in targets if _holds(checks, scan_lines[li])]
            if whole is not None and targets:
                targets = [li for li in targets if whole(lines[li])]
            if not targets:
                continue  # no line to match (a rule timed out earlier is in `dead` already)
            lis = sorted(targets)
            unit = units[u]
            rule = unit.rule
            try:
                if not spans:
                    if optimistic:
                        wall = deadline - clock()
                        if wall <= 0:
                            raise _Recount
                        try:
                            found_lines = _search_lines(unit.pattern, lines, lis, wall, unit.local)
                        except TimeoutError:
                            raise _Recount from None
                    else:
                        found_lines = search_lines(rule, unit.pattern, lines, lis, unit.local)
                    for li in found_lines:
                        line_units.setdefault(li, []).append(u)
                    continue
                found = self._match_lines(unit, lines, lis, s.budget)
            except _Timeout:
                s.dead.add(rule.id)
                continue
            for li, found_spans in found.items():
                span_units.setdefault(li, []).append((u, found_spans))
        if optimistic and clock() > deadline:
            raise _Recount  # (the last search ran past the deadline: see `_Budget`)
        return {
            li: (tuple(line_units.get(li, ())), tuple(span_units.get(li, ())))
            for li in sorted(set(line_units) | set(span_units))
        }

    def _prepare(self, u: int) -> tuple[str, tuple[tuple[str, ...], ...], int | None, Any, bool]:
        """What `_scan_lines` reads of unit `u` for every document, read once: its rule's id, its
        `hit_checks`, its length cap, its alphabet's `fullmatch` (or None) and whether it spans."""
        unit = self.units[u]
        alphabet = unit.alphabet
        return unit.rule.id, unit.hit_checks, unit.cap, None if alphabet is None else alphabet.fullmatch, unit.spans

    def _first_in(self, s: _Scan, units: Iterable[int], line: str, kinds: tuple[str, ...]) -> Rule | None:
        """The first rule (in rule order) of these kinds among `units` that may remove `line`."""
        all_units = self.units
        # (unit indices follow rule order: `units` sorted is rule order, ties by unit)
        for u in sorted(units):
            rule = all_units[u].rule
            if rule.kind in kinds and rule.id not in s.dead and rule.fits(line) and not rule.blocked(line):
                return rule
        return None

    def _first_rule(self, s: _Scan, li: int, kinds: tuple[str, ...]) -> Rule | None:
        # A rule for the whole line, as scraped, wins over the spans inside it; then what
        # the spans left is matched again (a line may become a credit once a tag is gone).
        rule = self._first_in(s, s.line_match.get(li, ()), s.lines[li], kinds)
        if rule is None and li in s.after_match:
            rule = self._first_in(s, s.after_match[li], s.content[li], kinds)
        return rule

    def _caption_candidate(self, line: str) -> bool:
        """A line a caption rule could take: short enough for one of them (`caption_max` is
        the longest any allows), no heading mark, no punctuation."""
        t = line.strip()
        if not t or len(t) > self.caption_max:
            return False
        return not (HEADING.match(t) or CAPTION_PUNCT.search(t))

    def _match_lines(
        self, unit: _Unit, lines: list[str], targets: list[int], budget: _Budget, *, joined: bool = True
    ) -> dict[int, list[tuple[int, int]]]:
        pat = unit.pattern
        if not unit.rule.spans:
            return {li: [] for li in budget.search_lines(unit.rule, pat, lines, targets)}
        found: dict[int, list[tuple[int, int]]] = {}
        if joined and len(targets) > 1 and _line_local(pat.pattern):
            # The target lines in one timed call, as `search_lines` does; exact when no match
            # reaches across a line break (then each line is matched on its own below).
            at = list(accumulate((len(lines[li]) + 1 for li in targets[:-1]), initial=0))
            matches = budget.call(unit.rule, _finditer, pat, "\n".join([lines[li] for li in targets]))
            if not any("\n" in m.group() for m in matches):
                for m in matches:
                    a, b = m.span()
                    if b > a:
                        k = bisect.bisect_right(at, a) - 1
                        found.setdefault(targets[k], []).append((a - at[k], b - at[k]))
                return {li: spans for li, spans in found.items() if not unit.rule.blocked(lines[li])}
        for li in targets:
            spans = [m.span() for m in budget.call(unit.rule, _finditer, pat, lines[li]) if m.end() > m.start()]
            if spans and not unit.rule.blocked(lines[li]):
                found[li] = spans
        return found

    def _match_text(
        self, unit: _Unit, folded: str, lines: list[str], starts: list[int], budget: _Budget
    ) -> dict[int, list[tuple[int, int]]]:
        """One pass over the whole text for a pattern without literals (line-bounded matches only)."""
        found: dict[int, list[tuple[int, int]]] = {}
        for m in budget.call(unit.rule, _finditer, unit.pattern, folded):
            if "\n" in m.group():
                # The pattern reached across a line end; match it line by line instead.
                return self._match_lines(unit, lines, list(range(len(lines))), budget, joined=False)
            if m.end() == m.start() and unit.rule.spans:
                continue
            li = bisect.bisect_right(starts, m.start()) - 1
            if unit.rule.spans:
                if not unit.rule.blocked(lines[li]):
                    found.setdefault(li, []).append((m.start() - starts[li], m.end() - starts[li]))
            else:
                found[li] = []
        return found

    def _span_fixpoint(self, line: str, marks: list[str | None], budget: _Budget, dead: set[str]) -> None:
        """Re-run span rules on what a line keeps until nothing more goes (at most a few rounds)."""
        for _ in range(4):
            idx = [k for k, m in enumerate(marks) if m is None]
            rest = "".join(line[k] for k in idx)
            changed = False
            for u in sorted(self._line_hits(rest)):
                unit = self.units[u]
                if not unit.rule.spans or unit.rule.id in dead or unit.rule.blocked(rest):
                    continue
                for m in budget.call(unit.rule, _finditer, unit.pattern, rest):
                    for k in range(m.start(), m.end()):
                        if marks[idx[k]] is None:
                            marks[idx[k]] = unit.rule.id
                            changed = True
            if not changed:
                return

    def _edits(
        self,
        text: str,
        lines: list[str],
        starts: list[int],
        span_marks: dict[int, list[str | None]],
        removed: dict[int, str],
        blocks: Sequence[tuple[int, int, Rule]] = (),
        sizes: list[int] | None = None,
    ) -> list[Edit]:
        """Turn line removals, spans and blocks into disjoint edits that leave tidy text
        (`sizes`: the lines' `_sizes`, when the caller has them)."""
        if not removed and not span_marks and not blocks:
            return []  # most documents: nothing to remove
        n = len(lines)
        nonblank = list(compress(range(n), _sizes(lines) if sizes is None else sizes))
        # Units to remove whole: (first line, last line, rule).
        block_starts = {a for a, _, _ in blocks}

        def in_block(i: int) -> bool:
            return any(a <= i <= b for a, b, _ in blocks)

        units: list[tuple[int, int, str]] = [(i, i, removed[i]) for i in sorted(removed) if not in_block(i)]
        if blocks:
            units.extend((a, b, rule.id) for a, b, rule in blocks)
            units.sort()
        gone = {i for a, b, _ in units for i in range(a, b + 1)}
        kept_lines = [i for i in nonblank if i not in gone]
        edits: list[Edit] = []
        for k, (a, b, rid) in enumerate(units):
            nxt_kept = bisect.bisect_right(kept_lines, b)
            before = bisect.bisect_left(nonblank, a)  # nonblank lines before this unit
            if nxt_kept < len(kept_lines):
                # Remove the line(s) and the blank lines after them, up to the next line that stays.
                later = bisect.bisect_right(nonblank, b)
                start, end = line_removal_span(text, starts[a] if before else 0, starts[nonblank[later]])
                edits.append(Edit(start, end, "", rid))
            else:
                # Nothing stays after: take the line break(s) before instead, so no trailing newline is left.
                start = starts[nonblank[before - 1]] + len(lines[nonblank[before - 1]]) if before else 0
                end = len(text) if k == len(units) - 1 else starts[b] + len(lines[b])
                edits.append(Edit(start, end, "", rid, {"marker": lines[a].strip()} if a in block_starts else None))
        for li in sorted(span_marks):
            if li in gone:
                continue
            marks = span_marks[li]
            k = 0
            while k < len(marks):
                if marks[k] is None:
                    k += 1
                    continue
                j = k
                while j < len(marks) and marks[j] == marks[k]:
                    j += 1
                edits.append(Edit(starts[li] + k, starts[li] + j, "", marks[k] or ""))
                k = j
        edits.sort(key=lambda e: (e.start, e.end))
        return edits

    # -- running on documents -----------------------------------------------------------------
    def apply(self, doc: Document, timeout: float, memo: MatchMemo | None = None) -> int:
        """Remove what the rules match from `doc` (logged as stage `boilerplate`); returns edits applied.

        Lines matched before (in this document's earlier rounds or, with the rule set's own
        memo, in earlier documents) are not matched again, with the same result; a `memo`
        given here is used instead of the rule set's."""
        photo_story = doc.title is not None and PHOTO_STORY_TITLE.match(doc.title) is not None
        plan = self.plan(doc.text, timeout, memo, photo_story)
        for rid, message, extra in plan.notes:
            doc.note(STAGE, rid, message, **extra)
        return doc.apply(STAGE, plan.edits)


class _Literals:
    """An Aho-Corasick automaton over the literals: where each occurs, and the units needing it.

    `ahocorasick_rs` (in Rust) scans several times faster than a trie walked per character.
    Its contiguous NFA, not its DFA: on the pack's six thousand literals the DFA takes about
    50 ms to build against the NFA's 10 (a small file's run pays it whole) and scans no faster
    here, where handing the matches to Python costs more than finding them. Overlapping
    matches, so every literal found at every position counts, as the prefilter needs.
    `split[w]` is literal w's units in two: those of rules that look at lines of any length, and
    those of rules limited to short lines (the units in `short`)."""

    __slots__ = ("_ac", "_literals", "_short", "_units", "split")

    def __init__(self, literals: dict[str, list[int]], short: frozenset[int] = frozenset()) -> None:
        self._literals = literals
        self._short = short
        words = list(literals)
        self._units = [tuple(literals[w]) for w in words]
        # (most literals need no short-line rule: the set test in C spares them the two walks)
        self.split = [
            (us, ()) if short.isdisjoint(us) else (tuple(u for u in us if u not in short), tuple(u for u in us if u in short))
            for us in self._units
        ]
        self._ac = ahocorasick_rs.AhoCorasick(
            words, matchkind=ahocorasick_rs.MatchKind.Standard, implementation=ahocorasick_rs.Implementation.ContiguousNFA
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # The automaton itself does not pickle: a rule set sent to a worker builds it again.
        return (_Literals, (self._literals, self._short))

    def find(self, text: str) -> list[tuple[int, tuple[int, ...]]]:
        """(start offset in characters, units) of every occurrence of every literal."""
        units = self._units
        return [(start, units[w]) for w, start, _end in self._ac.find_matches_as_indexes(text, overlapping=True)]

    def in_lines(self, text: str, starts: list[int]) -> set[tuple[int, int]]:
        """(literal index, line index) of every literal in every line it occurs in, once each
        (`starts`: the offset where each line of `text` starts)."""
        at = bisect.bisect_right
        return {(w, at(starts, start) - 1) for w, start, _end in self._ac.find_matches_as_indexes(text, overlapping=True)}


# -- one handler per rule kind ------------------------------------------------------------------


@dataclass
class _Scan:
    """One text on its way through `RuleSet.plan`: its lines, what matched, what goes."""

    folded: str
    lines: list[str]
    starts: list[int]
    budget: _Budget
    timeout: float
    plan: Plan
    dead: set[str] = field(default_factory=set)  # rules that timed out on this document
    line_match: dict[int, list[int]] = field(default_factory=dict)  # line -> units of whole-line kinds matching it
    span_marks: dict[int, list[str | None]] = field(default_factory=dict)  # line -> per-character rule id removing it
    content: dict[int, str] = field(default_factory=dict)  # what spans leave of a line
    after_match: dict[int, list[int]] = field(default_factory=dict)  # line -> whole-line units matching that
    removed: dict[int, str] = field(default_factory=dict)  # line -> the rule removing it whole
    kept: list[int] = field(default_factory=list)  # non-blank lines still there, in order
    markers: set[int] = field(default_factory=set)  # lines a block rule matches
    blocks: list[tuple[int, int, Rule]] = field(default_factory=list)  # (marker, last line, rule), in order
    candidates: set[int] | None = None  # kept lines whose remains may be captions (`_caption_lines`)
    memo: MatchMemo | None = None  # line matches of earlier passes over this document
    sizes: list[int] = field(default_factory=list)  # `_sizes` of `lines`

    def text_of(self, li: int) -> str:
        return self.content.get(li, self.lines[li])

    def timed_out(self, rule: Rule) -> None:
        self.plan.notes.append((
            rule.id,
            f"rule skipped for this document: matching took longer than {self.timeout:g}s",
            {"timeout": self.timeout, "file": rule.path},
        ))


def _settle_spans(rs: RuleSet, s: _Scan) -> None:
    """`span`: run span rules to a fixed point on the lines they touched, then match whole-line
    rules again on what they left; rules that timed out are skipped for the whole document."""
    lines = s.lines
    # What this step makes of a line depends on that line alone while no rule has timed out:
    # its spans come from matching the line, the fixpoint and the rematch look at it alone.
    memo = s.memo.spans if s.memo is not None else None
    for li in sorted(s.span_marks):
        if memo is not None and not s.dead:
            got = memo.get(lines[li])
            if got is not None:
                kept_marks, s.content[li], matched_after = got
                s.span_marks[li] = list(kept_marks)
                if matched_after is not None:
                    s.after_match[li] = list(matched_after)
                continue
        marks = s.span_marks[li]
        try:
            rs._span_fixpoint(lines[li], marks, s.budget, s.dead)
        except _Timeout as exc:
            s.dead.add(exc.rule.id)
        _tidy_marks(lines[li], marks)
        s.content[li] = "".join(ch for ch, m in zip(lines[li], marks, strict=True) if m is None)
        if s.content[li].strip():
            units = [u for u in rs._line_hits(s.content[li]) if not rs.units[u].rule.spans]
            matched = []
            for u in sorted(units):
                unit = rs.units[u]
                if unit.rule.id in s.dead:
                    continue
                try:
                    if s.budget.call(unit.rule, unit.pattern.search, s.content[li]) is not None:
                        matched.append(u)
                except _Timeout:
                    s.dead.add(unit.rule.id)
            s.after_match[li] = matched
        if memo is not None and not s.dead and s.memo is not None:
            after = s.after_match.get(li)
            memo[lines[li]] = (tuple(marks), s.content[li], None if after is None else tuple(after))
            # A mark per character is a pointer, four times a character of the line's text.
            s.memo.hold(5 * len(lines[li]))
    for rid in sorted(s.dead):
        timed = s.budget.timed_out.get(rid)
        s.plan.notes.append((
            rid,
            f"rule skipped for this document: matching took longer than {s.timeout:g}s",
            {"timeout": s.timeout, "file": timed.path if timed else None},
        ))
    for li in list(s.span_marks):
        marks = s.span_marks[li]
        if any(m in s.dead for m in marks if m is not None):
            s.span_marks[li] = [None if m in s.dead else m for m in marks]
            s.content[li] = "".join(ch for ch, m in zip(lines[li], s.span_marks[li], strict=True) if m is None)


LINE_KINDS = ("line", "credit")


# A sentence that quotes chrome (网络平台上“版权所有，转载必究”等字样并非摆设…, a story about a
# copyright case) is the article's: this many Han characters outside its quotations make it one.
QUOTING_MIN_CHARS = 12
_QUOTED = recode.compile(r"“[^”\n]*”")
_HAN_CHAR = recode.compile(r"[\u4e00-\u9fff]")


def _quoted_only(rule: Rule, line: str) -> bool:
    """Whether every match of a whole-line rule in `line` stands inside a quotation of a sentence
    with words of its own (see QUOTING_MIN_CHARS)."""
    quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(line)]
    if not quotes or len(_HAN_CHAR.findall(_QUOTED.sub("", line))) < QUOTING_MIN_CHARS:
        return False
    found = False
    for p in rule.compiled:
        for m in p.finditer(line):
            if not any(a <= m.start() and m.end() <= b for a, b in quotes):
                return False
            found = True
    return found


# A line that opens with a field's label (`举报邮箱:`, `承办单位:`), as lines are matched (width-folded).
FIELD_OPENING = recode.compile(r"^\s*[^\s:]{2,10}\s*:")
# The marks a list's item may end with (see `_ending`).
LIST_MARKS = frozenset("；;。，,：:！!？?、")


def _ending(line: str) -> str:
    """How a line ends, for a list's lines to end alike: a mark, a letter or digit (a file's name,
    `….pdf`), or a word."""
    last = line.rstrip()[-1:]
    return "mark" if last in LIST_MARKS else "ascii" if last.isascii() and last.isalnum() else "word"


def _settle_lines(rs: RuleSet, s: _Scan) -> None:
    """`line` and `credit` (one step: the first rule in rule order wins, whichever kind): whole
    lines; a line that spans emptied goes whole, under the span rule's id."""
    body_from: int | None = None  # the first line of body text, found when a block heading asks
    kept_by_prev: dict[int, str] = {}  # line -> the rule whose `unless_prev` kept it
    for li in sorted(set(s.line_match) | set(s.span_marks)):
        if not s.lines[li].strip():
            continue
        if rs.has_blocks and rs._first_rule(s, li, ("block",)) is not None:
            # A block's heading under the body (`评论(2)`) is the block step's, even when a line
            # rule matches it too: the lines under it go with it. If no block is taken there, the
            # line rule is applied then (`_settle_block`). Above the body a heading is a menu item
            # or a column's name, and what stands under it there is the title.
            if body_from is None:
                body_from = next(
                    (k for k, t in enumerate(s.lines) if len(t.strip()) >= MID_SENTENCE_MIN_CHARS and BODY_SENTENCE.search(t)),
                    len(s.lines),
                )
            if li > body_from:
                continue
        rule = rs._first_in(s, s.line_match.get(li, ()), s.lines[li], LINE_KINDS)
        if rule is not None and "“" in s.lines[li] and _quoted_only(rule, s.lines[li]):
            continue
        if rule is not None and rule.unless_next_compiled:
            nxt = next((t for t in s.lines[li + 1 :] if t.strip()), "")
            if rule.kept_by_next(nxt):
                continue
        if rule is not None and rule.unless_prev_compiled:
            k = next((k for k in range(li - 1, -1, -1) if s.lines[k].strip()), -1)
            # (…or the line before is one of the same rule's lines that its own line before kept, and
            # this one goes on the list: fields both, `可通过以下方式举报:` over `举报电话:…` and `举报邮箱:…`,
            # or ending alike, an attachments heading over its files)
            if (
                kept_by_prev.get(k) == rule.id and (
                    (FIELD_OPENING.match(s.lines[k]) is not None and FIELD_OPENING.match(s.lines[li]) is not None)
                    or _ending(s.lines[k]) == _ending(s.lines[li])
                )
            ) or rule.kept_by_prev(s.lines[k] if k >= 0 else ""):
                kept_by_prev[li] = rule.id
                continue
        if rule is not None:
            s.removed[li] = rule.id
        elif li in s.span_marks and not s.text_of(li).strip() and any(m is not None for m in s.span_marks[li]):
            s.removed[li] = next(m for m in s.span_marks[li] if m is not None)
        elif li in s.after_match:
            rule = rs._first_in(s, s.after_match[li], s.content[li], LINE_KINDS)
            if rule is not None:
                s.removed[li] = rule.id
    content = s.content
    # A blank line leaves nothing blank; only what spans left of a line is looked at again.
    nonblank = list(compress(range(len(s.lines)), s.sizes))
    if content:
        nonblank = [li for li in nonblank if li not in content or not _blank(content[li])]
    s.kept = [li for li in nonblank if li not in s.removed] if s.removed else nonblank


def _caption_lines(rs: RuleSet, s: _Scan) -> set[int]:
    """The kept lines whose remains pass `RuleSet._caption_candidate`, found once per
    document: the block guard weighs the kept lines once for the text and again for every
    block, and the caption step asks again (what spans leave of a line is settled before
    either runs, and the later steps only drop lines from `kept`)."""
    if s.candidates is None:
        cap = rs.caption_max
        found = set()
        content, lines, sizes = s.content, s.lines, s.sizes
        # Most lines are body text, far longer than any caption: no need to look closer.
        for li in s.kept:
            if li in content:
                t = content[li]
                if _short(t, cap) and rs._caption_candidate(t):
                    found.add(li)
            elif sizes[li] <= cap and rs._caption_candidate(lines[li]):
                found.add(li)
        s.candidates = found
    return s.candidates


def _settle_block(rs: RuleSet, s: _Scan) -> None:
    """`block`: from each marker to where body text starts again (or the end), unless it is
    more than half of the text that the blocks before it leave."""
    kept = s.kept
    matched = [li for li in kept if li in s.line_match or li in s.after_match]
    s.markers = {li for li in matched if rs._first_rule(s, li, ("block",)) is not None}
    if not s.markers:
        return  # no block rule matched: nothing to weigh
    try:
        _take_blocks(rs, s, matched)
    finally:
        # A heading left where no block was taken goes by the line rule it matches, if any.
        taken = [li for li in s.markers if li in s.line_match and not any(a <= li <= b for a, b, _ in s.blocks)]
        for li in taken:
            rule = rs._first_in(s, s.line_match[li], s.lines[li], LINE_KINDS)
            if rule is not None:
                s.removed[li] = rule.id
        if any(li in s.removed for li in taken):
            s.kept = [li for li in s.kept if li not in s.removed]


def _take_blocks(rs: RuleSet, s: _Scan, matched: list[int]) -> None:
    kept = s.kept

    candidates = _caption_lines(rs, s)

    def weight(lis: Iterable[int]) -> int:
        return sum(len(s.text_of(x)) for x in lis if x not in candidates)

    # Measured on what the earlier blocks leave, captions left out: so a second run, on the
    # cleaned text (those blocks gone), weighs each block exactly as this one did.
    total = weight(kept)
    end = -1
    for li in matched:
        rule = rs._first_rule(s, li, ("block",))
        if rule is None or li <= end:
            continue
        # A link box inside an article ends at the next paragraph of body text, or at a
        # numbered section heading before it: the box goes, the rest of the article stays.
        after = [x for x in kept if x > li]
        # (another kind of block's marker ends this one, which takes its own lines: a 相关推荐 box
        # over the comments, 写留言, that go on past their replies)
        other = next((k for k, x in enumerate(after) if x in s.markers and rs._first_rule(s, x, ("block",)) is not rule), None)
        if other:  # (None, or 0: the marker right under this one)
            after = after[:other]
        last, block = _block_extent(s, rule, li, after, weight, carry=True)
        if rule.goes_on_compiled and _too_big(rule, block, total):
            # (carried over its body text, the block would outweigh the rest: it stops at the first, as without the key)
            last, block = _block_extent(s, rule, li, after, weight, carry=False)
        if _too_big(rule, block, total):
            s.plan.notes.append((
                rule.id,
                f"block not removed: it would remove {block} of {total} characters, more than {'three quarters' if rule.to_end else 'half'} of the text",
                {"line": li + 1, "marker": s.lines[li].strip()},
            ))
            break
        s.blocks.append((li, last, rule))
        total -= block
        end = last
    if s.blocks:
        s.kept = [li for li in kept if not any(a <= li <= b for a, b, _ in s.blocks)]


# The longest line of body text a block's `goes_on` patterns carry it over.
CARRIED_MAX_CHARS = 300


def _block_extent(
    s: _Scan, rule: Rule, li: int, after: list[int], weight: Callable[[Iterable[int]], int], carry: bool,
) -> tuple[int, int]:
    """A block's last line and its weight, from its marker `li` over the kept lines `after` it: to where
    body text starts again or a numbered section heading (`carry`: past body text that its rule's
    `goes_on` patterns carry it over), or to the end."""
    def carried(k: int) -> bool:
        # (body text between two lines of the block's own, as its `goes_on` patterns spell them;
        # a comment's words, not a post's long paragraph under its stamp)
        if len(s.text_of(after[k])) > CARRIED_MAX_CHARS:
            return False
        # (the marker carries only the line right under it: not one that a removed line stood between)
        before = s.text_of(after[k - 1]) if k else ("" if any(s.sizes[x] for x in range(li + 1, after[0])) else s.text_of(li))
        nxt = s.text_of(after[k + 1]) if k + 1 < len(after) else ""
        return rule.carries_on(fold_width(before)) or (bool(nxt) and rule.carries_on(fold_width(nxt)))

    carry = carry and bool(rule.goes_on_compiled)
    stop = None if rule.to_end else next((k for k, x in enumerate(after) if (
        _resumes_body(s.text_of(x)) and not (carry and carried(k))) or SECTION_HEAD.match(s.text_of(x).strip())
        or (BRACKETED_HEADING.match(s.text_of(x).strip()) and k + 1 < len(after) and _resumes_body(s.text_of(after[k + 1])))
        or NOTICE_FIELD.match(fold_width(s.text_of(x).strip())) is not None
        or QA_QUESTION.match(fold_width(s.text_of(x).strip())) is not None
        or _continues_outline(s, li, after, k)
        or _ends_marked_list(s, after, k)), None)
    if stop is not None and (
        (stop >= 2 and (
            _subheading_over_body(s, li, after, stop) or _marked_heading_over_body(s, after, stop)
            or _parallel_subheading(s, li, after, stop)
        ))
        # (the box's items all taken by other rules: its heading, then the article's sub-heading)
        or (stop == 1 and any(s.sizes[x] for x in range(li + 1, after[0])) and _subheading_over_body(s, li, after, stop))
    ):
        stop -= 1  # (the article's sub-heading between the box's last item and the text it heads)
    elif stop == 1 and (
        # (a box that is its heading and its one link on a line, `相关专题:某某`, over the article's
        # sub-heading; or an advert's label alone over one, its picture lost: `廣告` / `掌握三原則 聰明吃水果`)
        (
            INLINE_ITEM_MARKER.match(fold_width(s.text_of(li).strip())) is not None
            and _inline_box_subheading(s.text_of(after[0]).strip(), s.text_of(after[1]) if len(after) > 1 else "")
        )
        or TWO_PHRASES.match(s.text_of(after[0]).strip()) is not None
        # (…or the article's heading, a name and its headline, that the paragraph under it echoes:
        # `某某中心:把清凉送到…` / `…某某中心的…`)
        or (HEADING_SEPARATOR.search(fold_width(s.text_of(after[0]))) is not None and _marked_heading_over_body(s, after, 1))
    ):
        stop = 0
    last = (after[stop - 1] if stop else li) if stop is not None else (after[-1] if after else li)
    return last, weight(x for x in s.kept if li <= x <= last)


# A sub-heading is short, and shorter than the headlines of the box above it.
SUBHEADING_MAX_CHARS = 12
SUBHEADING_SHORTER_BY = 4
SUBHEADING_NOT = recode.compile(r"[\dA-Za-z.．:：,，。、;；!！?？|｜·•【】\[\]()（）]")


# How long a sub-heading shaped as the article's others may run, and how far its length may differ.
PARALLEL_HEADING_MAX_CHARS = 24
PARALLEL_HEADING_SLACK = 3
# The marks that shape a sub-heading (quotes, commas, a colon, a dash) and the characters between them.
HEADING_SHAPE_MARKS = recode.compile(r"[“”\"‘’「」『』,，:：—、]")


def _parallel_subheading(s: _Scan, li: int, after: list[int], stop: int) -> bool:
    """Whether the line right above where body text resumes (`after[stop]`) has the shape of the
    article's other sub-headings, each over its paragraph outside the box (`推行“某某”，让服务更连续` as
    `建立“某某”门诊，让患者少跑腿` and `打通“某某”链条，让管理更精准` above): one of them, the box's
    headlines above it."""
    line = s.text_of(after[stop - 1]).strip()
    shape = HEADING_SHAPE_MARKS.findall(line)
    # (quotes or a comma in it, words on both sides: a form's labels, `用户: 匿名发出:`, are no heading)
    if (
        not set(shape) & set("“”\"‘’「」『』,，") or len(line) > PARALLEL_HEADING_MAX_CHARS or SENTENCE_MARK.search(line)
        or line[-1] in ":：" or any(ch.isdigit() for ch in line)
    ):
        return False
    last = after[stop - 1]
    for k, x in enumerate(s.kept):
        if li <= x <= last or k + 1 >= len(s.kept):
            continue
        other = s.text_of(x).strip()
        if (
            other != line and abs(len(other) - len(line)) <= PARALLEL_HEADING_SLACK and HEADING_SHAPE_MARKS.findall(other) == shape
            and not SENTENCE_MARK.search(other) and _resumes_body(s.text_of(s.kept[k + 1]))
        ):
            return True
    return False


# A box's heading with its one link after the colon on the same line (相关专题:关注校园食品安全).
INLINE_ITEM_MARKER = recode.compile(r"^[^:]{2,12}:[ \t]*\S.{3,}$")
INLINE_BOX_SUBHEADING_CHARS = 16


# A party and what it says, as a report's sub-heading (养殖场:排污设施正在建设, 环保部门:已责令限期整改).
SPEAKER_SUBHEADING = recode.compile(r"^(?P<who>[\u3400-\u4dbf\u4e00-\u9fff]{2,6}):[\u3400-\u4dbf\u4e00-\u9fff ]{4,16}$")
# Two short phrases split by a space, as a news story's sub-heading reads (疑似食物中毒 食堂已被暂停使用).
TWO_PHRASES = recode.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]{2,10}[ \t\u3000]+[\u3400-\u4dbf\u4e00-\u9fff]{2,10}$")


def _inline_box_subheading(line: str, below: str) -> bool:
    """Two short phrases split by a space under such a box, or a phrase the paragraph under it opens
    with (a roundup's `某某镇卫生院` over `某某镇卫生院组织…`): the article's heading (one phrase there
    is as likely the box's next link); or a line that holds a whole sentence: the article's text."""
    if "。" in line[:-1]:
        return True  # (a sentence of the article's, going on: `预防手足口病，关键是做好个人卫生。专家建议:`)
    if ANNOUNCES_LIST.match(fold_width(line)) is not None:
        return True  # (…or one that announces what follows: `预防热疾病，笔者建议以下五招：`)
    if (party := SPEAKER_SUBHEADING.match(fold_width(line))) is not None and party["who"] in below:
        return True  # (a party and what it says, as a report's sub-heading: `养殖场:排污设施正在建设` over `…来到这家养殖场…`)
    return 0 < len(line) <= INLINE_BOX_SUBHEADING_CHARS and (
        TWO_PHRASES.match(line) is not None
        or (not SUBHEADING_NOT.search(line) and len(line) >= 4 and below.lstrip().startswith(line))
    )


def _subheading_over_body(s: _Scan, li: int, after: list[int], stop: int) -> bool:
    """Whether the line right above where body text resumes (`after[stop]`) is the article's
    sub-heading rather than the box's last headline: a short phrase, no digits or marks (but a
    question's mark at its end), shorter than the box's other lines, those other rules took too
    (`卖方观望 买方等待` under `某某：继续实施…政策`; `补多少才合适?` under a shop's card)."""
    line = s.text_of(after[stop - 1]).strip()
    if not line or len(line) > SUBHEADING_MAX_CHARS or SUBHEADING_NOT.search(line.rstrip("?？")) or LIST_ITEM_MARK.match(line):
        return False
    items = [len(t) for x in range(li + 1, after[stop - 1]) if s.sizes[x] and (t := s.lines[x].strip())]
    return bool(items) and sum(items) / len(items) >= len(line) + SUBHEADING_SHORTER_BY


# A sentence of two clauses or more that closes on a colon, announcing what it lists (folded marks).
ANNOUNCES_LIST = recode.compile(r"^[^,;:]{4,},[^;:]{4,}:$")
ANNOUNCES_MIN_CHARS = 16
# How long a sub-heading under a box of marked items may run (longer: the last item's teaser).
MARKED_LIST_HEADING_CHARS = 30


# What splits a section heading's name from its headline (某某医院:…, 某某医院——…).
HEADING_SEPARATOR = recode.compile(r"[:：]|——")
# The first words of a heading that the paragraph under it says again (`■ 某某镇卫生院 …` over `某某镇卫生院将…`).
HEADING_ECHO_CHARS = 4


def _marked_heading_over_body(s: _Scan, after: list[int], stop: int) -> bool:
    """Whether the line right above where body text resumes (`after[stop]`) is the article's heading:
    the paragraph under it says its first words again, and it wears a list mark that none of the
    box's lines above it wears (a roundup's `■ 某某镇卫生院 家庭医生签约…` under a box of bare
    headlines), or, unmarked, no line of the box opens alike and it holds no sentence."""
    line = s.text_of(after[stop - 1]).strip()
    mark = LIST_ITEM_MARK.match(line)
    if mark is not None and any(LIST_ITEM_MARK.match(s.text_of(x)) for x in after[: stop - 1]):
        return False
    words = HAN_RUN.match(line[mark.end() :].lstrip() if mark is not None else line)
    if words is None or len(words.group()) < HEADING_ECHO_CHARS:
        return False
    # (without a mark, a longer echo, no sentence in the line and no line of the box opening alike:
    # `某某市中医院——老年患者就医…` under an advert, over `某某市中医院在门诊大厅…`)
    echo = words.group()[: HEADING_ECHO_CHARS if mark is not None else HEADING_ECHO_CHARS + 1]
    if mark is None and (
        SENTENCE_MARK.search(line) is not None or len(echo) <= HEADING_ECHO_CHARS
        or any(s.text_of(x).strip().startswith(echo) for x in after[: stop - 1])
    ):
        return False
    return echo in s.text_of(after[stop])[:40]


SENTENCE_MARK = recode.compile(r"[。！？!?；;]")


HAN_RUN = recode.compile(r"[\u4e00-\u9fff]+")


def _ends_marked_list(s: _Scan, after: list[int], k: int) -> bool:
    """Whether line `after[k]` is the first past a block's list whose every item so far wears a
    list mark (`· 标题`, `1. 标题`): a short line of words without the mark, with body text right
    under it, is the article again (a sub-heading under a 相关阅读 box inside the body)."""
    if k == 0 or k + 1 >= len(after):
        return False
    line = s.text_of(after[k])
    if (
        len(line.strip()) >= ANNOUNCES_MIN_CHARS and ANNOUNCES_LIST.match(fold_width(line.strip())) is not None
        and not LIST_ITEM_MARK.match(line) and all(LIST_ITEM_MARK.match(s.text_of(x)) for x in after[:k])
    ):
        return True  # (the article's sentence that opens a list of its own: `此次开诊的门诊共涵盖8个病种,每周固定时间开诊:`)
    if LIST_ITEM_MARK.match(line) or len(HAN_CHAR.findall(line)) < 4 or not _resumes_body(s.text_of(after[k + 1])):
        return False
    if len(line.strip()) > MARKED_LIST_HEADING_CHARS or line.rstrip()[-1:] in ",，、;；:：":
        return False  # (a sub-heading is short and closes no clause; an item's teaser runs on: `某某讯 记者某某 …,`)
    return all(LIST_ITEM_MARK.match(s.text_of(x)) for x in after[:k])


def _too_big(rule: Rule, block: int, total: int) -> bool:
    """At most half the text goes with one block; a thread's replies (`to_end`) at most three
    quarters, the first post above them keeping a quarter."""
    return (4 * block > 3 * total) if rule.to_end else (2 * block > total)


def _settle_head(rs: RuleSet, s: _Scan) -> None:
    """`head`: lines before the first body line (or `#` heading) of what is left; no prefilter."""
    head: list[int] = []
    firsts = s.kept[: HEAD_MAX_LINES + 1]
    for n, li in enumerate(firsts[:HEAD_MAX_LINES]):
        t = s.text_of(li).strip()
        if HEADING.match(t) or HEAD_END.search(t) or (len(t) >= BODY_MIN_CHARS and not _spaced_menu(t)):
            break
        if ("|" in t or "丨" in t) and n + 1 < len(firsts) and TABLE_DATA_ROW.match(s.text_of(firsts[n + 1])):
            break  # a table's header row over its first row of data (岗位名称 | 招聘人数 | … / 临床医师 | 6 | …)
        head.append(li)
    if not head:
        return
    # Each head pattern over all the head lines in one timed call (`search_lines`), then, for
    # a line it did not match as scraped, over what spans left of it. A line an earlier pass
    # matched (same text, same remains) takes that pass's answer.
    memo = s.memo.head if s.memo is not None else None
    known: dict[int, tuple[int, ...]] = {}
    if memo:
        for li in head:
            got = memo.get((s.lines[li], s.content.get(li)))
            if got is not None:
                known[li] = got
    todo = [li for li in head if li not in known]
    fresh: dict[int, list[int]] = {li: [] for li in todo}
    # Each head line's scan form (and that of what spans left of it), made once for every unit.
    scans = {li: scan_form(s.lines[li]) for li in todo}
    rest = {li: (s.content[li], scan_form(s.content[li])) for li in todo if li in s.content}
    for u in rs.head_units:
        unit = rs.units[u]
        if unit.rule.id in s.dead or not todo:
            continue
        try:
            may = unit.may_match
            cands = [li for li in todo if may(s.lines[li], scans[li])]
            found = set(s.budget.search_lines(unit.rule, unit.pattern, s.lines, cands)) if cands else set()
            for li in todo:
                if li in found:
                    fresh[li].append(u)
                    s.line_match.setdefault(li, []).append(u)
                elif (
                    li in rest and may(*rest[li])
                    and s.budget.call(unit.rule, unit.pattern.search, rest[li][0]) is not None
                ):
                    fresh[li].append(-1 - u)
                    s.after_match.setdefault(li, []).append(u)
        except _Timeout:
            s.dead.add(unit.rule.id)
            s.timed_out(unit.rule)
    if memo is not None and not s.dead:
        for li in todo:
            memo[(s.lines[li], s.content.get(li))] = tuple(fresh[li])
        if s.memo is not None:
            s.memo.hold(sum(len(s.lines[li]) for li in todo))
    for li, units in known.items():
        for code in units:
            if code >= 0:
                s.line_match.setdefault(li, []).append(code)
            else:
                s.after_match.setdefault(li, []).append(-1 - code)
    gone = False
    for li in head:
        rule = rs._first_rule(s, li, ("head",))
        if rule is not None:
            s.removed[li] = rule.id
            gone = True
    if gone:  # the earlier steps' removals are out of `kept` already
        s.kept = [li for li in s.kept if li not in s.removed]


# A field giving when, where or how to reach something (门诊时间:…, 地址:…, 咨询电话:…): a line whole
# in itself, not a sentence cut off by a caption.
SCHEDULE_FIELD = recode.compile(r"^\s*[\u3400-\u4dbf\u4e00-\u9fff]{0,6}(?:时间|地点|地址|电话|方式|对象|范围|费用|位置)\s*[:：]\s*\S")


def _settle_captions(rs: RuleSet, s: _Scan) -> None:
    """`caption`: short unpunctuated lines standing in the text where an image was."""
    if not rs.captions:
        return
    kept = s.kept
    # A block marker the guard kept is not a caption either: a later run must see it again.
    candidates = _caption_lines(rs, s)
    if not candidates:
        return  # most documents: no kept line reads as a caption
    cand = [li for li in kept if li in candidates and li not in s.markers]
    cand_set = set(cand)
    others = [li for li in kept if li not in cand_set]
    for pos, li in enumerate(cand):
        k = bisect.bisect_left(others, li)
        # Right under an image placeholder a rule removed (文章插图): the image's caption, also at
        # the top of the text.
        after_image = bool(rs.image_ids) and _removed_before(s, li) in rs.image_ids
        # Right above a picture's credit a rule removed (摄影:某某), under body text: the picture's
        # caption, also at the end of the text.
        before_credit = (
            k > 0 and bool(rs.credit_ids) and _removed_after(s, li) in rs.credit_ids
            and _is_paragraph(s.text_of(others[k - 1]).strip())
        )
        if (k == len(others) and not before_credit) or (k == 0 and not after_image):
            continue  # a caption stands between paragraphs
        prev = s.text_of(others[k - 1]).strip() if k else ""
        nxt = s.text_of(others[k]).strip() if k < len(others) else ""
        # A caption is one line where an image was: a short line in a run of short lines
        # is a list item or a table cell, whatever its length.
        # Two short lines between body text and a credit are one caption in two lines (a channel
        # card's account over its headline, `某某医院` / `胸痛中心抢救演练实录` / `视频号`); a third
        # makes a list.
        pair = (
            before_credit and pos > 0 and others[k - 1] < cand[pos - 1]
            and (pos < 2 or cand[pos - 2] < others[k - 1])
            and not CAPTION_NOT_CONTINUED.match(s.text_of(cand[pos - 1]).strip())
        )
        # (A short line under the credit is past the picture: `某某智慧医院` / `小程序` / `2024年贴敷时间`.)
        if (pos and (k == 0 or others[k - 1] < cand[pos - 1]) and not pair) or (
            pos + 1 < len(cand) and (k == len(others) or cand[pos + 1] < others[k]) and not before_credit
        ):
            continue
        after_heading = bool(HEADING.match(prev)) and _is_paragraph(nxt)
        # Cut mid-sentence: the text after it carries the sentence on.
        mid_sentence = (
            len(prev) >= MID_SENTENCE_MIN_CHARS and bool(MID_SENTENCE_END.search(prev))
            and MID_SENTENCE_CLAUSE.search(prev) is not None and not CAPTION_NOT_CONTINUED.match(nxt)
            # (a table's row above, `… | 血液科`, is no sentence cut off)
            and "|" not in prev and "｜" not in prev
            # (nor is a row of fields set apart by spaces: `某某　主任医师　肺病科　擅长…`)
            and FIELD_ROW.search(prev) is None
            # (nor a field with its value, a clinic's hours or place: `门诊时间:周一至周五全天,门诊楼三楼`)
            and SCHEDULE_FIELD.match(prev) is None
            # In a passage written in short broken lines (a phone-layout story: `歌诗达邮轮分别以` /
            # `日本冲绳、宫古岛以及越南岘港` / `为目的地开启四条航线`) a short line after an unfinished
            # one is the sentence going on, not a caption.
            and not (len(prev) < BROKEN_LINE_CHARS and k >= 2 and _broken_line(s.text_of(others[k - 2]).strip()))
        )
        if not (after_heading or mid_sentence or (after_image and _is_paragraph(nxt)) or before_credit):
            continue
        t = s.text_of(li).strip()
        if CAPTION_NOT_OPENING.match(t):
            continue
        for rule in rs.captions:
            if rule.fits(t) and not rule.blocked(t) and (not rule.compiled or any(p.search(t) for p in rule.compiled)):
                first = s.text_of(cand[pos - 1]).strip() if pair else ""
                if pair and not (
                    rule.fits(first) and not rule.blocked(first) and not CAPTION_NOT_OPENING.match(first)
                    and (not rule.compiled or any(p.search(first) for p in rule.compiled))
                ):
                    break
                s.removed[li] = rule.id
                if pair:
                    s.removed[cand[pos - 1]] = rule.id
                break


def _spare_short_article(rs: RuleSet, s: _Scan, photo_story: bool = False) -> None:
    """A short article's sentences that a `short_article` rule would take: when the sentences left
    besides them (lines closed by a full stop, SHORT_ARTICLE_SENTENCE, outside the blocks going;
    the page's chrome has few) are some but hold less than SHORT_ARTICLE_CHARS, each of them that
    is a whole sentence stays: a photo news told in its caption. So do they on a photo story (组图):
    PHOTO_STORY_CAPTIONS of them or more, holding at least as much text as the sentences left."""
    spared = [li for li, rid in s.removed.items() if rid in rs.short_article_ids and SHORT_ARTICLE_SENTENCE.match(s.lines[li])]
    if not spared:
        return
    in_block = {li for first, last, _rule in s.blocks for li in range(first, last + 1)}
    # (a sentence the scraper saved twice counts once: the repeats stage leaves one copy)
    left = sum(len(t) for t in {
        s.lines[li].strip() for li in range(len(s.lines))
        if li not in s.removed and li not in in_block and SHORT_ARTICLE_SENTENCE.match(s.lines[li])
    })
    told = sum(len(s.lines[li].strip()) for li in spared)
    if 0 < left < SHORT_ARTICLE_CHARS:
        for li in spared:
            del s.removed[li]
        return
    # (a photo story's captions too long for the rule to take are its captions as well)
    rules = [r for r in rs.rules if r.id in rs.short_article_ids]
    longer = [
        li for li in range(len(s.lines))
        if li not in s.removed and li not in in_block and SHORT_ARTICLE_SENTENCE.match(s.lines[li])
        and any(p.search(s.lines[li]) for r in rules for p in r.compiled)
    ]
    longer_chars = sum(len(t) for t in {s.lines[li].strip() for li in longer})
    # (…or half as much, where the headline calls the page a photo story: 图说｜…, 组图:…)
    weight = told + longer_chars if not photo_story else 2 * (told + longer_chars)
    if 0 < left - longer_chars <= weight and len(spared) + len(longer) >= PHOTO_STORY_CAPTIONS:
        for li in spared:
            del s.removed[li]


# A short article (`short_article`): the text other lines leave, and what a sentence of it is.
SHORT_ARTICLE_CHARS = 120
# A photo story's captions, at least: more, of more text than its prose, are what it tells.
PHOTO_STORY_CAPTIONS = 4
# (…closed by a quote, or by the picture's credit in brackets or after a space: `…交接班。（某某 摄）`,
# `…交接班。　某某 摄`)
SHORT_ARTICLE_SENTENCE = recode.compile(
    r"^\s*\S[^\n]{10,}[。！？!?][”’\"」』]?"
    r"(?:\s*[(（][^()（）\n]{1,20}[)）]|[ \t\u3000]+[\u3400-\u4dbf\u4e00-\u9fff·]{2,8}[ \t\u3000]*(?:摄|供图|/摄))?\s*$"
)


# What only a notice has at its end: a contact person, its attachments, its signature's date.
NOTICE_TAIL = recode.compile(
    r"^\s*(?:联\s*系\s*人|附\s*件|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$|(?:二〇|二零)\S{2}年)"
)
# Lines still there under the footer's first line, at most: a page's footer is a few lines; more
# short lines there are the article's (a story in short lines under a follow prompt).
FOOTER_MAX_LINES = 6


def _settle_footer(rs: RuleSet, s: _Scan) -> None:
    """`footer`: the page's contact lines (地址:…, 电话:…) and bare names under the article, below
    a line a `page_footer` rule removed (版权所有, an ICP record, 上一篇, 长按识别二维码关注) with no body
    text after it, or right above that line with a removed line above them (an account card's name
    between the credits and the card). A notice's own contact block and signature stand above the
    page's footer, next to its body, so they are never taken."""
    if not rs.footers or not rs.footer_ids or not s.kept:
        return
    kept = s.kept

    def footer_rule(li: int) -> Rule | None:
        t = s.text_of(li).strip()
        return next(
            (r for r in rs.footers if r.fits(t) and not r.blocked(t) and any(p.search(t) for p in r.compiled)), None
        )

    markers = [li for li, rid in s.removed.items() if rid in rs.footer_ids]
    if not markers:
        return  # most pages: no footer line a rule took
    first_marker = min(markers)
    # The article ends at its last paragraph (a long line of contact fields below a marker is
    # none); the page's footer starts at its first marker below that.
    last_body = next(
        (
            li for li in reversed(kept)
            if _is_paragraph(s.text_of(li).strip()) and (li < first_marker or footer_rule(li) is None)
        ),
        -1,
    )
    start = min((li for li in markers if li > last_body), default=None)
    if start is None:
        return
    before = bisect.bisect_left(kept, start)
    if any(NOTICE_TAIL.match(s.text_of(li)) for li in kept[before:]):
        # A notice's contact person, attachments or signature date still stand there: the page's
        # widgets (打印本页, 上一篇) were put inside the article, and what follows them is the notice's.
        return
    if len(kept) - before > FOOTER_MAX_LINES or (
        last_body < 0 and sum(s.sizes[li] for li in kept[before:]) > sum(s.sizes[li] for li in kept[:before])
    ):
        # More than a footer holds, or, with no paragraph above, more text than stands above it:
        # short lines of the article's own (a story told in short lines under a follow prompt).
        return
    # The line right above the footer's first line, when the line above it went too (an account
    # card's name between the credits and the card's 微信号 line): the footer's too.
    above = kept[before - 1] if before and kept[before - 1] > last_body else None
    if above is not None and (
        (rid := _removed_before(s, above)) is None or (rid not in rs.footer_ids and rid not in rs.credit_rule_ids)
    ):
        above = None  # only under a credit or another footer line, never under a notice's own field
    gone = False
    for li in kept:
        if li <= start and li != above:
            continue
        rule = footer_rule(li)
        if rule is not None:
            s.removed[li] = rule.id
            gone = True
    if gone:
        s.kept = [li for li in kept if li not in s.removed]


def _removed_after(s: _Scan, li: int) -> str | None:
    """The rule that removed the nearest non-blank line below line `li`, if a rule removed it."""
    j = li + 1
    while j < len(s.lines) and not s.lines[j].strip():
        j += 1
    return s.removed.get(j) if j < len(s.lines) else None


def _removed_before(s: _Scan, li: int) -> str | None:
    """The rule that removed the nearest non-blank line above line `li`, if a rule removed it."""
    j = li - 1
    while j >= 0 and not s.lines[j].strip():
        j -= 1
    return s.removed.get(j) if j >= 0 else None


@dataclass(frozen=True)
class KindHandler:
    """What a rule kind is: how its rules are validated and matched, and the step of
    `RuleSet.plan` that settles its removals (kinds that share a step name the same one)."""

    settle: Any  # (RuleSet, _Scan) -> None
    spans: bool = False  # removes parts of lines, not whole lines
    max_chars: int | None = None  # the default line-length limit
    allows_max_chars: bool = True
    result_examples: bool = False  # `remove` examples say what remains
    needs_patterns: bool = True
    prefilter: bool = True  # False: tried on its few candidate lines without the literal scan
    own_matching: bool = False  # its step matches its patterns itself, where it looks (captions)


# Every rule kind, beside its handler, in the order their steps run. Adding a kind is one entry.
# The limits: a block marker, a credit or a caption is a short line, so a body paragraph that
# merely mentions 相关推荐 or 摄影 is never taken for one.
KIND_HANDLERS: dict[str, KindHandler] = {
    "span": KindHandler(_settle_spans, spans=True, allows_max_chars=False, result_examples=True),
    "line": KindHandler(_settle_lines),
    "credit": KindHandler(_settle_lines, max_chars=60),
    "block": KindHandler(_settle_block, max_chars=30, result_examples=True),
    "head": KindHandler(_settle_head, prefilter=False),
    "caption": KindHandler(_settle_captions, max_chars=18, result_examples=True, needs_patterns=False, own_matching=True),
    "footer": KindHandler(_settle_footer, max_chars=120, result_examples=True, own_matching=True),
}
KINDS = tuple(KIND_HANDLERS)


# Body text starting again after a link box: a full sentence of some length, not a dated teaser.
RESUME_MIN_CHARS = 40
RESUME_END = recode.compile(r"[。！？!?][”」』\"')）]?$")
RESUME_SENTENCE = recode.compile(r"[。！？!?]")
RESUME_LONG_CHARS = 60
RESUME_STAMP_TAIL = 24
RESUME_LONG_CLAUSES = 3
# A numbered section heading of the article (一、…, (二), 第三部分, 某某之1) ends a link box too, and
# so does a heading alone in its brackets right over body text (a roundup's `【某某社区卫生服务中心】`
# under an advert; inside a box of links such a line heads more links).
# A list item's mark: a bullet, an arrow or a number before a headline.
LIST_ITEM_MARK = recode.compile(r"^\s*(?:[·•●○◆◇▪▫■□►▶→»※☆★◎]|>{1,2}\s|[-*+]\s|\d{1,2}[.、)）]\s*\S)")
HAN_CHAR = recode.compile(r"[\u4e00-\u9fff]")
SECTION_HEAD = recode.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|第[一二三四五六七八九十\d]{1,3}[部章节]|[^\s。,，!?！？]{1,8}之[一二三四五六七八九十\d]{1,2}$)"
)
BRACKETED_HEADING = recode.compile(r"^【[^】\n]{2,24}】$")
# A numbered heading of the article's outline (3. 服用利尿剂者注意补水, 01 合理安排出行): its number,
# how it is written and the heading's words.
OUTLINE_NUMBERED = recode.compile(r"^(?P<num>\d{1,2})(?P<sep>[.、．]|[ \t\u3000]+)[ \t]*(?P<words>[^\s。!?]{2,20})$")
OUTLINE_LOOK_LINES = 40


def _outline_number(line: str) -> tuple[int, str] | None:
    m = OUTLINE_NUMBERED.match(line.strip())
    if m is None:
        return None
    return int(m["num"]), ("0" if m["num"].startswith("0") else "") + ("." if m["sep"] in ".、．" else " ")


def _continues_outline(s: _Scan, li: int, after: list[int], k: int) -> bool:
    """Whether line `after[k]` is a heading of the article's numbered outline: its number follows
    one the article gave above the box (`2. …` above, `3. 服用利尿剂者…` under it), or, the outline's
    first (`01 合理安排出行`), the next number follows it further down; and a paragraph stands under it.
    A box's headlines are not numbered on from the article's."""
    found = _outline_number(s.text_of(after[k]))
    if found is None or k + 1 >= len(after) or not _resumes_body(s.text_of(after[k + 1])):
        return False  # (a heading heads a paragraph; a box's numbered items stand one under another)
    num, style = found
    if num >= 2:
        return any(_outline_number(s.lines[x]) == (num - 1, style) for x in range(max(0, li - OUTLINE_LOOK_LINES), li))
    return num == 1 and any(_outline_number(s.text_of(x)) == (2, style) for x in after[k + 1 : k + 1 + OUTLINE_LOOK_LINES])


# A Q&A's numbered question (问4:过敏了需要去医院查过敏原吗?, Q2:…?): the article's, under an advert.
QA_QUESTION = recode.compile(r"^(?:问|Q)[ \t]*\d{1,2}[ \t]*[:.、][ \t]*\S.{2,60}\?$")
# A notice's field, its label alone or with its value (活动时间, 报名方式:拨打…): the article's own
# details of an event under a box of links, never one of the box's headlines.
NOTICE_FIELD = recode.compile(
    r"^(?:活动|讲座|义诊|报名|招聘|培训|会议|考试|接种|服务|咨询|就诊|筛查|检测|体检|采样|开放|申报|评选|比赛)?"
    r"(?:时间|地点|对象|方式|内容|安排|须知|流程|名额|费用|主题|形式|要求|条件)(?::.{1,80})?$"
)
# (an ellipsis cutting a teaser off at its end; one inside a paragraph, 鼻痒、流清水样鼻涕……针对…, is
# the writer's)
RESUME_NOT = recode.compile(r"(?:19|20)\d\d[-/.年]\d{1,2}|\d{1,2}:\d{2}|(?:…|\.\.\.)[。！？!?”」』\"')）]*$")


# The author's reply to a comment (作者回复:…, 小编回复:…) is the comment box's, however long.
REPLY_LABEL = recode.compile(r"^(?:作者|博主|楼主|小编|编辑|管理员|官方)?(?:回复|回覆|答复)[:]")
# A shorter line is body text too when it runs as prose: three clauses or more closed by a full stop
# (`国庆长假人多,我特意错开,十月中旬才请了三天假,一个人…。`), which no headline of a box does; a labelled
# line (`作者回复:您好,…`) is a reply in the box.
RESUME_PROSE_MIN_CHARS = 24
RESUME_PROSE_CLAUSES = recode.compile(r"^[^,;:]{2,},[^,;]{2,}[,;][^。！？!?]{2,}。$")


def _resumes_body(line: str) -> bool:
    t = fold_width(line.strip())
    if len(t) < RESUME_MIN_CHARS and (len(t) < RESUME_PROSE_MIN_CHARS or RESUME_PROSE_CLAUSES.match(t) is None):
        return False
    return REPLY_LABEL.match(t) is None and (
        RESUME_END.search(t) is not None
        # (a paragraph that announces what follows: `…印发了《某某方案》。现就有关内容解读如下:`)
        or (t[-1:] == ":" and RESUME_SENTENCE.search(t) is not None)
    ) and (
        RESUME_NOT.search(t) is None
        # (a paragraph of several sentences with a day or a time inside it, `车是2010年8月提的…。上周末…。`:
        # a teaser's stamp stands at its end, and a teaser holds one sentence)
        # (…or of one long sentence of many clauses opening with its day, `2016年3月,该院…,…,…。`)
        or (
            len(t) >= RESUME_LONG_CHARS and (len(RESUME_SENTENCE.findall(t)) >= 2 or t.count(",") >= RESUME_LONG_CLAUSES)
            and RESUME_NOT.search(t[-RESUME_STAMP_TAIL:]) is None
        )
    )


def _finditer(pattern: Any, text: str, timeout: float) -> list[Any]:
    # Materialised inside the timed call so the bound covers the whole scan.
    return list(pattern.finditer(text, timeout=timeout))


def _tidy_marks(line: str, marks: list[str | None]) -> None:
    """Extend span removals over the spaces they would leave at a line edge or doubled inside."""
    n = len(line)
    kept = [k for k in range(n) if marks[k] is None]
    if not kept:
        return
    removed_any = any(m is not None for m in marks)
    if not removed_any:
        return
    rule_near = next(m for m in marks if m is not None)
    # Leading and trailing spaces of what remains.
    for k in kept:
        if not line[k].isspace():
            break
        marks[k] = _neighbour_rule(marks, k) or rule_near
    for k in reversed(kept):
        if marks[k] is not None:
            continue
        if not line[k].isspace():
            break
        marks[k] = _neighbour_rule(marks, k) or rule_near
    # A removal between two spaces leaves a double space: take the second one too.
    prev_kept: int | None = None
    for k in range(n):
        if marks[k] is not None:
            continue
        if prev_kept is not None and k - prev_kept > 1 and line[k] == " " and line[prev_kept] == " ":
            marks[k] = marks[k - 1]
            continue
        prev_kept = k


def _neighbour_rule(marks: list[str | None], k: int) -> str | None:
    for j in (k - 1, k + 1):
        if 0 <= j < len(marks) and marks[j] is not None:
            return marks[j]
    return None


# -- examples -----------------------------------------------------------------------------------


@dataclass
class ExampleOutcome:
    """How the rules' own examples behaved: count passed, and one line per failure."""

    passed: int = 0
    failures: list[str] = field(default_factory=list)


def _example_label(text: str) -> str:
    one = text.strip().replace("\n", "⏎")
    return one if len(one) <= 40 else one[:39] + "…"


def run_rule_examples(config: Config, paths: Sequence[str] = (), *, stop_at_first: bool = False) -> ExampleOutcome:
    """Run every loaded rule's examples through the engine exactly as `clean` builds it.

    A `remove` example passes when the rule itself changes it and what remains equals
    its `result` (nothing, for whole-line kinds); a `keep` example passes when no rule
    changes it at all. Rule file errors raise `RuleError`.
    """
    rules = load_rule_list(config, paths)
    check_patterns(rules)
    engine = RuleSet(rules)
    out = ExampleOutcome()
    for rule in rules:
        for i, ex in enumerate(rule.remove, 1):
            doc = Document(id="example", source=rule.path, original=ex.text)
            engine.apply(doc, config.rule_timeout)
            fired = any(rule.id in c.rule.split("+") for c in doc.changes)
            want = ex.result if ex.result is not None else ""
            problem = None
            if not fired:
                problem = "was not removed by this rule" + (
                    f" (changed by {', '.join(sorted({c.rule for c in doc.changes}))})" if doc.changes else ""
                )
            elif doc.text != want:
                problem = f"left {doc.text!r}, expected {want!r}"
            if problem:
                out.failures.append(f"{rule.path}: rule `{rule.id}`: remove example {i} `{_example_label(ex.text)}` {problem}")
            else:
                out.passed += 1
            if stop_at_first and out.failures:
                return out
        for i, ex in enumerate(rule.keep, 1):
            doc = Document(id="example", source=rule.path, original=ex.text)
            engine.apply(doc, config.rule_timeout)
            if doc.text != ex.text:
                by = ", ".join(sorted({c.rule for c in doc.changes})) or "a rule"
                out.failures.append(
                    f"{rule.path}: rule `{rule.id}`: keep example {i} `{_example_label(ex.text)}` was changed by {by}: "
                    f"{doc.text!r}"
                )
            else:
                out.passed += 1
            if stop_at_first and out.failures:
                return out
    return out
