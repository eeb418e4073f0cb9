"""The `repeats` stage: paragraphs and titles repeated inside one document.

A paragraph is a line of the text. Two paragraphs are compared through a
*comparison key* (`paragraph_key`): NFKC (full/half-width letters and digits
folded), a table folding CJK punctuation to one width, whitespace removed.
Rule ids, one per reason a copy goes:

- `repeat_title`: a body line equal (or near-equal) to `doc.title`; when no title
  was lifted, a title-like first line that recurs keeps its first copy.
- `repeat_lead`: a lead or summary that reappears word for word in the body, whole,
  as the start of a longer paragraph, or as the start of several paragraphs read
  together and cut off inside one of them (a summary cut at a fixed length): the
  body's copy stays, so the article reads in order. A 导语/摘要-labelled lead may
  reappear anywhere after it; an unlabelled first paragraph (the second, under a
  headline) only at the start of the body (`LEAD_BODY_WINDOW`), and not when it
  is a title-like headline. A first paragraph that starts a run
  of repeated paragraphs is a double paste instead: the first copy of the whole
  run stays. Points under a summary heading near the top (`划重点:`) that the body says
  again, exactly, nearly or inside a longer paragraph, go the same way, and the heading
  with them when none of its points is left.
- `repeat_caption`: a short line with no punctuation (an image caption) that recurs.
- `repeat_inner`: a quotation set apart as a pull quote (`“我们多跑一步,群众就少跑一趟。”`) that a
  paragraph beside it says in full, and a preview cut off with `……` whose words open a later
  paragraph (a mobile page's fold above the full text): the paragraph that holds them stays.
- `repeat_exact`: the same key as an earlier paragraph.
- `repeat_near`: 3-gram Jaccard similarity of at least `Config.near_repeat_threshold`
  with an earlier paragraph (a few characters changed, a stray letter glued on,
  different punctuation). Paragraphs whose numbers differ (dates, counts) state
  different facts and both stay; a note records the pair. When the later copy says
  more (words added, not a stray letter), it is the one kept and the earlier gives way,
  unless a removal already names the earlier as its kept copy.

Only paragraphs whose key has at least `Config.min_repeat_chars` characters are
candidates (captions: `CAPTION_MIN_CHARS`), so `……`, list markers and one-word
headings repeat freely. Every removal is a whole line with its newline; its note
names the kept occurrence by its offset in the original (`kept_at`).

In a roundup (`cleaner.segment.section_spans` returns spans) paragraphs are
compared only within one section: a paragraph pasted into two sections must stay
in the section it belongs to, which is the segment stage's decision.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

import regex

from .. import recode
from ..config import Config
from ..model import Document, Edit
from ..segment import section_spans as default_section_spans
from ..segment.sections import roundup_of, roundup_spans
from ..stage import Stage
from ..textview import (
    LEAD_LABEL,
    PUNCT_FOLD,
    SUMMARY_HEADING,
    TOC_HEADING,
    Paragraph,
    TextView,
    looks_like_code,
    paragraph_key,
)

if TYPE_CHECKING:
    import numpy as np

# The dashes a subtitle opens with (`——记…`): a copy of the lifted subtitle is compared without them.
SUBTITLE_DASH = recode.compile(r"^[—–\-─]+")
# A notice's attachment line (附件:…, 附件2:…), which may bear the notice's title.
ATTACHMENT_LINE = recode.compile(r"^\s*附\s*件\s*[\d一二三四五六七八九十]{0,2}\s*[:：]")

__all__ = ["PUNCT_FOLD", "Paragraph", "Repeats", "paragraph_key"]

STAGE = "repeats"

SectionFinder = Callable[[str], "list[tuple[int, int]] | None"]

# The comparison key (`paragraph_key`) and its punctuation table live in cleaner.textview, where
# `Document.view()` computes every paragraph's key once for all stages.

# Captions are short noun phrases (`医院门诊综合楼`, 7 characters); below six characters a
# line is more likely a one-word heading (`主要做法`) that may legitimately recur.
CAPTION_MIN_CHARS = 6
CAPTION_MAX_CHARS = 30
# A line longer than this, or with sentence punctuation, is not a title (seed titles are 19-33).
TITLE_MAX_CHARS = 60
_SENTENCE_PUNCT = recode.compile(r"[.!?;。！？；]")
# Where the box may stand (paragraphs from the section's start), and how many points it holds.
SUMMARY_REACH = 8
SUMMARY_MAX_POINTS = 8
# A summary point's number or bullet (on a comparison key).
_POINT_MARK = recode.compile(r"^(?:\d{1,2}[.、)]|[(（]\d{1,2}[)）]|[①-⑩]|[•·●■◆▪\-*])")
# A lead put together from the body: its first sentence (at least this long) opens a body paragraph,
# and it reads as that paragraph and at most this many in all.
_FIRST_SENTENCE = recode.compile(r"^[^。！？.!?]+[。！？.!?]+[”」』\"]?")  # on keys, where 。 is folded to .
ASSEMBLED_MIN_CHARS = 12
ASSEMBLED_MAX_PARAGRAPHS = 3
# The body's copy of an unlabelled lead starts within this many paragraphs after it (a
# dateline or a sub-heading may come between); a first paragraph repeated further down is an
# ordinary repeat, and its first copy stays.
LEAD_BODY_WINDOW = 3
NAME_LINE_MAX_CHARS = 30  # an institution's name on a line of its own (`_name_only`)
NGRAM = 3


@functools.cache
def _is_punct(ch: str) -> bool:
    # Cached per character: captions and leads test every character of many keys.
    return unicodedata.category(ch)[0] in "PS"


_PUNCT_OR_SYMBOL = regex.compile(r"[\p{P}\p{S}]+")


def _cut_short_copy(
    members: list[Paragraph], j: int, lead: str, removed: dict[int, tuple[str, dict[str, Any] | None]]
) -> bool:
    """Whether `lead` (a key) is the keys of members[j], members[j + 1], … read together, cut off
    inside one of them after at least one whole paragraph: a summary cut at a fixed length. A lead
    that ends where a paragraph ends is a pasted run instead (`_run_continues`)."""
    rest, whole = lead, 0
    for q in members[j:]:
        if q.line in removed or not q.key:
            continue
        if rest.startswith(q.key):
            rest = rest[len(q.key) :]
            whole += 1
            if not rest:
                return False
            continue
        return whole > 0 and len(q.key) > len(rest) and q.key.startswith(rest)
    return False


def gram_key(key: str) -> str:
    """The key without punctuation: near-repeat grams ignore which punctuation was used."""
    return _PUNCT_OR_SYMBOL.sub("", key)


def ngrams(text: str, n: int = NGRAM) -> frozenset[str]:
    """Character n-grams of `text`; a text shorter than n is its own single gram."""
    if len(text) <= n:
        return frozenset((text,)) if text else frozenset()
    return frozenset(text[i : i + n] for i in range(len(text) - n + 1))


def gram_ids(text: str) -> np.ndarray:
    """Sorted distinct ids of the character 3-grams of `text`, computed over code points.

    The same set as `ngrams(text)`, one int64 per gram (three 21-bit code points), so the
    near-repeat index never builds one Python object per gram. A text shorter than three
    characters is padded with NUL, which never occurs in a key.
    """
    import numpy as np  # only here: the stage itself compares gram sets in plain Python

    if not text:
        return np.empty(0, dtype=np.int64)
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    if len(cp) < NGRAM:
        cp = np.concatenate([cp, np.zeros(NGRAM - len(cp), dtype=np.int64)])
    return np.unique((cp[:-2] << 42) | (cp[1:-1] << 21) | cp[2:])


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|A ∩ B| / |A ∪ B|; 0.0 when either set is empty."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


# Digits and Chinese numerals (第一/第二, 三是, 十五个).
_NUMBER = recode.compile(r"[\d零〇一二三四五六七八九十百千万亿两]+")


def numbers(key: str) -> list[str]:
    """The number runs of a key. Near-identical paragraphs whose numbers differ (dates, counts,
    amounts, 第一/第二 items) state different facts, so they are never near repeats of each other.
    A number is compared by its value, however written (3 and 三, 12 and 十二). A picture's number
    before its caption (`图1:`) is the gallery's, no fact of the caption's."""
    if key[:1] in "图圖" and (label := _PICTURE_LABEL.match(key)) is not None:
        key = key[label.end() :]
    return [_number_value(run) for run in _NUMBER.findall(key)]


_PICTURE_LABEL = recode.compile(r"^[图圖]\d{1,2}[:：.、]")


_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def _number_value(run: str) -> str:
    """A number run's value as digits when it is written in digits or in simple Chinese numerals
    (below 万); otherwise the run itself."""
    if run.isdigit() and run.isascii():
        return str(int(run))
    total, digit = 0, None
    for ch in run:
        if ch in _CN_DIGIT:
            if digit is not None:
                return run  # (digits read one by one, 二零二四: a year, kept as written)
            digit = _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            total += (1 if digit is None else digit) * _CN_UNIT[ch]
            digit = None
        else:
            return run
    return str(total + (digit or 0))


# Short structured lines repeat legitimately: a `时 间:…` field under each of several programmes,
# the same spec row of two products, the same list item in two lists, a table's header row. They
# go only as part of a pasted run (next to a repeated paragraph); on their own they are content.
STRUCTURED_MAX_CHARS = 40
# Lines of a list or a table column are short (track names, places, cells); a headline among
# short chrome lines (a title repeated under `相关推荐`) is longer and still a repeat.
SHORT_RUN_MAX_CHARS = 20
# A field: a short label (spaces between its characters allowed), a colon, a value.
_FIELD_LINE = regex.compile(r"^\s*[\p{Han}A-Za-z][\p{Han}A-Za-z \t\u3000]{0,9}[:：]\s*\S")
# A table row: cells separated by a bar, a tab, or runs of (ideographic) spaces.
_TABLE_ROW = recode.compile(r"[|｜\t]|\S(?: {2,}|\u3000+)\S")
# A list item: a bullet or a number marker in front.
_LIST_ITEM = recode.compile(
    r"^\s*(?:[•·●○◆◇■□▪▶►\-*+]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|\d{1,3}(?:[、．]|\.(?!\d)))"
)
# A cell is a word or two; a headline in two parts (`某某活动 热烈庆祝某某节`) has longer halves.
CELL_MAX_CHARS = 10
LABEL_MAX_CHARS = 20  # a line ending in a colon this short is a speaker's or a list's label
# Cells of a short line split by single spaces (`日期 举行地点`, `首尔站 体育馆`): a table row too.
_CELLS = recode.compile(r"\S+")
# A line ending a sentence is prose, not a short structured line.
_SENTENCE_END = recode.compile(r"[。！？!?；;]\s*$")
# Who asks, before a question (问:, Q:, 记者:).
_ASKER = recode.compile(r"^\s*(?:问|提问|Q|q|记者|主持人)\s*[:：]\s*")
_ANSWER = recode.compile(r"^\s*(?:答|A|回答|解答)\s*[:：]\s*\S")
_HAN_WORD = recode.compile(r"[\u4e00-\u9fff]{2}")
_HEADLINE_MARKS = recode.compile(r"[。！？!?:：|｜]")
_QUESTION_END = recode.compile(r"[？?][”」’\"]?\s*$")


def structured_shape(text: str) -> str | None:
    """The family of a short structured line (`field`, `table_row`, `list_item`, `question`, `label`), or None for prose.

    A line of this shape that repeats is content in its own place (a form, a table, a list),
    unless it sits inside a pasted run of repeated paragraphs.
    """
    s = text.strip()
    if looks_like_code(s):
        # A program's statements recur (`import json` in two listings, `return`).
        return "code"
    if not s or len(s) > STRUCTURED_MAX_CHARS:
        return None
    if _QUESTION_END.search(s) and not _HEADLINE_MARKS.search(_ASKER.sub("", s, count=1)[:-1]):
        # The same question put to each of several people (an interview, a survey): each copy
        # heads its own answer. (A headline in two parts, `某病:爱出油快秃顶?你知道…吗?`, repeated
        # over a page's pictures, is no question put to anyone.)
        return "question"
    # (a numbered step or article item, and an answer's line, ending in its full stop: a recipe's
    # 3. 所有食材放入锅中…。 under each recipe, a law's (二)…的; under two articles, 答:…。 under two questions)
    if _LIST_ITEM.match(s):
        return "list_item"
    if _ANSWER.match(s):
        return "field"
    if s[-1:] in ":：" and len(s) <= LABEL_MAX_CHARS:
        # A speaker's turn or a lead-in alone on its line (主持人（某某）：, 具体安排如下：): each copy
        # opens its own words.
        return "label"
    if _SENTENCE_END.search(s):
        return None
    if _FIELD_LINE.match(s):
        return "field"
    cells = _CELLS.findall(s)
    if _TABLE_ROW.search(s) or (
        len(cells) >= 2 and all(len(c) <= CELL_MAX_CHARS for c in cells) and not _SENTENCE_PUNCT.search(s)
    ):
        return "table_row"
    return None


def _field_label(text: str) -> str:
    """A field line's label (`时 间:…` -> `时间`), spaces aside."""
    return "".join(re.split(r"[:：]", text.strip(), maxsplit=1)[0].split())


def looks_like_caption(key: str) -> bool:
    """A short line without any punctuation: an image caption rather than prose."""
    return CAPTION_MIN_CHARS <= len(key) <= CAPTION_MAX_CHARS and not any(map(_is_punct, key))


def looks_like_title(key: str) -> bool:
    """A headline: not empty, not long, no sentence punctuation."""
    return 0 < len(key) <= TITLE_MAX_CHARS and not _SENTENCE_PUNCT.search(key)


def split_paragraphs(text: str) -> tuple[list[str], list[int], list[Paragraph]]:
    """Lines, their start offsets in `text`, and the non-blank lines as paragraphs with their keys.

    For a document, `doc.view()` gives the same and keeps it for the next stage.
    """
    view = TextView(text)
    return view.lines, view.line_starts, view.paragraphs


def original_offsets(doc: Document, positions: Sequence[int]) -> list[int]:
    """Offsets in `doc.original` of positions of `doc.text` (start side): `Document.original_offsets`."""
    return doc.original_offsets(positions)


def line_removal_edits(
    text: str, removals: dict[int, tuple[str, dict[str, Any] | None]], view: TextView | None = None
) -> list[Edit]:
    """Edits removing whole lines (by line index) and leaving the text tidy.

    Each removed line goes with one newline: its own when a kept line follows,
    the one before it at the end of the text. Blank lines next to removed lines
    go too where they would now double up or sit at an edge, so the remaining
    text keeps its one-blank-line (or no-blank-line) layout. A dropped blank line
    joins the edit of the removed line it touches.
    """
    if not removals:
        return []
    if view is None or view.text is not text:
        view = TextView(text)
    lines, starts = view.lines, view.line_starts
    n = len(lines)
    kept_content = [i for i in range(n) if i not in removals and lines[i].strip()]
    if not kept_content:
        rule, note = removals[min(removals)]
        return [Edit(0, len(text), "", rule, note)]
    last_kept = kept_content[-1]
    drop = set(removals)
    i = 0
    while i < n:
        if i not in removals and lines[i].strip():
            i += 1
            continue
        j = i
        while j < n and (j in removals or not lines[j].strip()):
            j += 1
        if any(k in removals for k in range(i, j)):
            blanks = [k for k in range(i, j) if k not in removals]
            if i > 0 and j < n and blanks:
                # Keep one blank line between the kept paragraphs around the run. Keeping one at
                # an end of the run (or the first, when removed lines close both ends) leaves
                # every dropped blank line touching a removed line, so it can join that edit.
                keep = blanks[0] if blanks[0] == i or blanks[-1] != j - 1 else blanks[-1]
                blanks.remove(keep)
            drop.update(blanks)
        i = j
    edits: list[Edit] = []
    cur: list[Any] | None = None  # [start, end, rule, note]; rule None while only blank lines
    for k in sorted(drop):
        # Before the last kept line a line goes with its own newline, after it with the one before.
        s, e = (starts[k], starts[k + 1]) if k < last_kept else (starts[k] - 1, starts[k] + len(lines[k]))
        rule_note = removals.get(k)
        if cur is not None and cur[1] == s and (rule_note is None or cur[2] is None):
            cur[1] = e
            if rule_note is not None:
                cur[2], cur[3] = rule_note
            continue
        if cur is not None:
            edits.append(Edit(cur[0], cur[1], "", cur[2], cur[3]))
        cur = [s, e, *(rule_note or (None, None))]
    if cur is not None:
        edits.append(Edit(cur[0], cur[1], "", cur[2], cur[3]))
    if any(e.rule is None for e in edits):
        raise AssertionError("a dropped blank line does not touch a removed line")
    return edits



# A notice's closing formula, and a date line alone: the line between them signs the notice.
_SPEAKER_TAG = recode.compile(r"^\s*[【\[](?:同期声?|同期|现场声|采访|解说|画外音|旁白|主持人)[】\]]")
_CLOSING_FORMULA = recode.compile(r"^(?:特此(?:通知|公告|通告|函告|说明|证明|报告)|此致敬礼|此致)[。.!！]?$")
_DATE_ALONE = recode.compile(r"^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$")


def _signers(paras: list[Paragraph], among: Any) -> set[int]:
    """Lines of `paras` (those in `among`) that sign a notice: right after its closing formula
    (特此通知。) or right above a date line alone, and short (a unit's name)."""
    out: set[int] = set()
    for k, p in enumerate(paras):
        if p.line not in among or len(p.key) > 30:
            continue
        after_formula = k > 0 and _CLOSING_FORMULA.match(paras[k - 1].key) is not None
        above_date = k + 1 < len(paras) and _DATE_ALONE.match(paras[k + 1].key) is not None
        if after_formula or above_date:
            out.add(p.line)
    return out


# A document's table of contents: `目录` alone on its line (TOC_HEADING), then its entries up to the
# first paragraph of running text.
TOC_BODY_CHARS = 40


def _toc_span(live: list[Paragraph]) -> tuple[int, int] | tuple[()]:
    """(line of `目录`, line of the first paragraph after its entries), or () without a table of contents."""
    for k, p in enumerate(live):
        if TOC_HEADING.match(p.text):
            end = next((q.line for q in live[k + 1 :] if len(q.key) >= TOC_BODY_CHARS), None)
            return (p.line, end) if end is not None else ()
    return ()


# A site's name (and its channels) after a headline in a page's <title>: `_某某乡人民政府`,
# ` - 某某网`, `_新闻中心_某某医院`.
SITE_AFTER_TITLE = recode.compile(r"(?:[ \t]*(?:[_|｜]|[-–—])[ \t]*[^_|｜\s。，,！？!?]{2,24}){1,3}[ \t]*")

class _NearIndex:
    """Finds earlier paragraphs with n-gram Jaccard >= threshold, without comparing all pairs.

    Prefix filtering: grams are ordered by document frequency (rarest first, ties by id). Two
    sets with Jaccard >= t share at least ceil(t * |A|) grams, so they share one of the first
    |A| - ceil(t * |A|) + 1 grams of each; only those prefixes are indexed and probed, and
    candidates are cut by the length bound t <= |A| / |B| <= 1 / t before an exact Jaccard.

    The search is bounded so that one huge document stays linear in its paragraphs: a prefix
    gram is followed only into its POSTING_REACH most recent paragraphs, and at most
    MAX_COMPARISONS exact Jaccards are computed per paragraph. An article of a few hundred
    paragraphs never reaches either bound (its prefix grams are rare), so for it the search is
    exact; only a document where thousands of paragraphs start with the same common grams
    compares each paragraph with its nearest earlier candidates instead of all of them.
    """

    POSTING_REACH = 16
    MAX_COMPARISONS = 32

    def __init__(
        self, threshold: float, grams_of: dict[str, AbstractSet[Any]], prefix_of: dict[str, list[Hashable] | None]
    ) -> None:
        self.t = threshold
        self.postings: dict[Hashable, list[Paragraph]] = {}
        # Plain sets of grams: a paragraph has tens of grams, where set operations in Python beat
        # numpy's per-call overhead many times over. Only keys with a prefix (`prefix_of`) need
        # theirs: no other key is ever searched or indexed.
        self.grams_of = grams_of
        # None for a key whose whole prefix is grams no other key has: no other paragraph can
        # share a prefix gram with it, so it neither matches nor is matched, and is not indexed.
        # Grams are 3-character strings or the packed ids of `gram_ids`, one kind per index (ids
        # and strings never meet: in `postings`, in a Jaccard).
        self.prefix_of = prefix_of

    @classmethod
    def from_grams(cls, threshold: float, grams_of: dict[str, AbstractSet[str]]) -> _NearIndex:
        """The index of these keys' gram sets, prefixes worked out with Python sets (`_near_indexes`
        does the same for all of a document's keys at once)."""
        # Grams that occur under at least two distinct keys; all others have frequency 1.
        seen: set[str] = set()
        common: set[str] = set()
        for grams in grams_of.values():
            common |= seen & grams
            seen |= grams
        df: Counter[str] | None = None
        prefix_of: dict[str, list[Hashable] | None] = {}
        for key, grams in grams_of.items():
            need = math.ceil(threshold * len(grams) - 1e-9)
            size = max(1, len(grams) - need + 1)
            rare = grams - common
            if len(rare) >= size or not grams:
                prefix_of[key] = None
                continue
            if df is None:
                df = Counter(g for gs in grams_of.values() for g in gs & common)
            # Rarest first, ties by the gram: for strings of three code points that is the order
            # of their code points, the same order as the packed ids of `gram_ids`.
            counts = df
            shared = sorted(grams & common, key=lambda g: (counts[g], g))
            prefix: list[Hashable] = [*sorted(rare), *shared]
            prefix_of[key] = prefix[:size]
        return cls(threshold, grams_of, prefix_of)

    def matches(self, p: Paragraph) -> list[tuple[Paragraph, float]]:
        """Indexed paragraphs with similarity >= threshold, most similar first (ties: earliest)."""
        prefix = self.prefix_of[p.key]
        if prefix is None:
            return []
        mine = self.grams_of[p.key]
        size = len(mine)
        seen: set[int] = set()
        found: list[tuple[Paragraph, float]] = []
        budget = self.MAX_COMPARISONS
        for g in prefix:
            posting = self.postings.get(g)
            if not posting:
                continue
            # Most recent first: in a long document a repeat is likelier near its first copy.
            for q in reversed(posting[-self.POSTING_REACH :]):
                if q.line in seen:
                    continue
                seen.add(q.line)
                theirs = self.grams_of[q.key]
                other = len(theirs)
                if min(size, other) < self.t * max(size, other):
                    continue
                budget -= 1
                inter = len(mine & theirs)
                sim = inter / (size + other - inter)
                if sim >= self.t:
                    found.append((q, sim))
                if budget == 0:
                    break
            if budget == 0:
                break
        found.sort(key=lambda qs: (-qs[1], qs[0].line))
        return found

    def add(self, p: Paragraph) -> None:
        for g in self.prefix_of[p.key] or ():
            self.postings.setdefault(g, []).append(p)


# Below this many distinct keys in a document the prefixes are worked out with Python sets
# (`_NearIndex.from_grams`): numpy's fixed cost per call is more than the sets cost (measured
# on the bench corpus: even at five keys). Both ways give the same prefixes.
NUMPY_MIN_KEYS = 5
# numpy is not imported for fewer keys than this: a run that cleans a few short files does not
# pay its import (about 0.1 s) to save tens of microseconds; a corpus run with near-duplicates
# on imports it anyway for their signatures, and from then on every document takes the numpy pass.
NUMPY_IMPORT_KEYS = 64
# The near-repeat indexes of a document's groups are built together for at most about this many
# characters of keys at a time (see `Repeats.run`).
NEAR_BATCH_CHARS = 1 << 16
# The proof that a key has no prefix hashes grams into two to four buckets a gram, at most
# 2**BUCKET_BITS_MAX (two arrays of 8 MiB): more grams than that share buckets more often, which
# only leaves more keys to the exact count.
BUCKET_BITS_MAX = 20


def _gram_keys(keys: list[str]) -> list[str]:
    """`gram_key` of each key, in one regex pass: keys hold no whitespace, so a newline
    (neither punctuation nor symbol) keeps them apart."""
    if not keys:
        return []
    out = _PUNCT_OR_SYMBOL.sub("", "\n".join(keys)).split("\n")
    return out if len(out) == len(keys) else [gram_key(k) for k in keys]


@functools.cache
def _punct_table() -> np.ndarray:
    """Per code point: 0 not met yet, 1 kept by `gram_key`, 2 dropped (punctuation or a symbol).
    Filled as characters are met (`_kept_mask`), so it agrees with the regex exactly."""
    import numpy as np

    return np.zeros(0x110000, dtype=np.int8)


def _kept_mask(cp: np.ndarray) -> np.ndarray:
    """For each code point of `cp`: whether `gram_key` keeps it."""
    import numpy as np

    table = _punct_table()
    state = table[cp]
    if not state.all():
        for c in np.unique(cp[state == 0]).tolist():
            table[c] = 2 if _PUNCT_OR_SYMBOL.fullmatch(chr(c)) is not None else 1
        state = table[cp]
    return state == 1  # type: ignore[no-any-return]


# Per threshold: prefix sizes by number of grams and their bound by gram key length (see
# `_prefix_sizes`), grown as needed.
_SIZES: dict[float, tuple[np.ndarray, np.ndarray]] = {}


def _prefix_sizes(threshold: float, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Two tables of at least n entries, so a document's keys look theirs up in one step: the
    `size` of `_NearIndex.from_grams` for a set of i grams (the same float arithmetic, element by
    element), and the largest size a gram key of length i can have: i - 2 grams at most, and the
    size never shrinks as a set grows (0 for an empty key, which has no prefix)."""
    import numpy as np

    tables = _SIZES.get(threshold)
    if tables is None or len(tables[0]) < n:
        grams = np.arange(max(n, 2 * len(tables[0]) if tables is not None else 1024), dtype=np.int64)
        sizes = np.maximum(1, grams - np.ceil(threshold * grams - 1e-9) + 1).astype(np.int64)
        by_length = sizes[np.maximum(grams - 2, 1)]
        by_length[0] = 0
        tables = _SIZES[threshold] = (sizes, by_length)
    return tables


def _python_indexes(threshold: float, groups: list[list[str]]) -> list[_NearIndex]:
    """`_near_indexes` with a Python set of grams per key (`_NearIndex.from_grams`)."""
    gram_keys = iter(_gram_keys([k for group in groups for k in group]))
    return [_NearIndex.from_grams(threshold, {k: ngrams(next(gram_keys)) for k in group}) for group in groups]


def _near_indexes(threshold: float, groups: list[list[str]]) -> list[_NearIndex]:
    """A near-repeat index per group of distinct keys, the same as `_NearIndex.from_grams` gives,
    worked out for all of a document's keys at once without a Python set per key.

    Every gram of every key becomes a packed id (`gram_ids`). First a proof that a key has no
    prefix, with no sort: grams are hashed into buckets (per group), and a bucket that only one
    key's grams fall in holds grams no other key of its group has; a key with at least as many
    such buckets as the longest
    prefix its length allows (`size` for its number of windows) has none. Most paragraphs of an
    article are unique and get it. For the others one sort of the grams that may be shared (and
    of their own) gives each gram's number of keys in its group, hence their exact prefixes, and
    only keys that have one get their set of grams.
    """
    keys = [k for group in groups for k in group]
    n_keys = len(keys)
    if n_keys < NUMPY_MIN_KEYS or (n_keys < NUMPY_IMPORT_KEYS and "numpy" not in sys.modules):
        return _python_indexes(threshold, groups)
    import numpy as np

    cp = np.frombuffer("".join(keys).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    keep = _kept_mask(cp)
    chars = cp[keep].astype(np.int64)
    key_lengths = list(map(len, keys))
    owner = np.repeat(np.arange(n_keys), key_lengths)[keep]
    length = np.bincount(owner, minlength=n_keys)  # of each gram key
    lengths = length.tolist()
    if 1 in lengths or 2 in lengths:
        # A gram key shorter than a gram is its own only gram, which no window below sees.
        return _python_indexes(threshold, groups)
    # Windows of three characters of one key (a key owns a run of characters).
    inside = owner[:-2] == owner[2:]
    ids = ((chars[:-2] << 42) | (chars[1:-1] << 21) | chars[2:])[inside]
    slot = owner[:-2][inside]
    out = [_NearIndex(threshold, {}, dict.fromkeys(group)) for group in groups]
    if not len(ids):
        return out
    sizes, by_length = _prefix_sizes(threshold, max(key_lengths) + 1)
    size_upper = by_length[length]  # no key's prefix is longer
    bits = min(BUCKET_BITS_MAX, max(10, (2 * len(ids)).bit_length()))
    key_group = np.repeat(np.arange(len(groups)), [len(group) for group in groups])
    hashed = ids.view(np.uint64)
    if len(groups) > 1:
        # A gram of one group is another gram in the next: the buckets (and the counts) are per group.
        hashed = hashed + key_group[slot].astype(np.uint64) * np.uint64(0xD6E8FEB86659FD93)
    bucket = ((hashed * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(64 - bits)).astype(np.intp)
    lo = np.full(1 << bits, n_keys)
    np.minimum.at(lo, bucket, slot)
    hi = np.full(1 << bits, -1)
    np.maximum.at(hi, bucket, slot)
    alone = lo == hi
    # Buckets of one key each, counted by that key (untouched ones fall in the extra bin n_keys).
    exclusive = np.bincount(lo, weights=alone, minlength=n_keys + 1)[:n_keys]
    open_keys = exclusive < size_upper
    if not open_keys.any():
        return out
    # Every occurrence of a gram in a group is in its bucket: the grams of shared buckets and all
    # grams of the open keys give the exact count of keys of each gram of an open key.
    sel = ~alone[bucket] | open_keys[slot]
    gram, slot = ids[sel], slot[sel]
    # Slots are in order, so a stable sort by gram orders by (gram, key) and by (gram, group).
    order = np.argsort(gram, kind="stable")
    gram, slot = gram[order], slot[order]
    pair = np.ones(len(gram), dtype=bool)  # the first (gram, key) of each run of equal ones
    pair[1:] = (gram[1:] != gram[:-1]) | (slot[1:] != slot[:-1])
    gram, slot = gram[pair], slot[pair]
    # Runs of one gram in one group: the run's length is the gram's number of keys there.
    run_start = np.ones(len(gram), dtype=bool)
    run_start[1:] = gram[1:] != gram[:-1]
    if len(groups) > 1:
        group_of = key_group[slot]
        run_start[1:] |= group_of[1:] != group_of[:-1]
    run = np.cumsum(run_start) - 1
    df = np.bincount(run)[run]
    total = np.bincount(slot, minlength=n_keys)
    rare = total - np.bincount(slot[df >= 2], minlength=n_keys)
    # As in `from_grams`: need = ceil(t * |A|), a prefix of |A| - need + 1 grams (at least one).
    size = sizes[total]
    has_prefix = open_keys & (rare < size)
    if not has_prefix.any():
        return out
    sel = has_prefix[slot]
    s_slot, s_df, s_gram = slot[sel], df[sel], gram[sel]
    # Each key's grams rarest first, ties by the id (the order of the gram strings).
    order = np.lexsort((s_gram, s_df, s_slot))
    s_slot, s_gram = s_slot[order], s_gram[order]
    ends = list(itertools.accumulate(len(group) for group in groups))
    for j in np.flatnonzero(has_prefix).tolist():
        lo_j, hi_j = np.searchsorted(s_slot, [j, j + 1]).tolist()
        index = out[bisect.bisect_right(ends, j)]
        grams = s_gram[lo_j:hi_j].tolist()  # all of the key's grams (it is open), once each
        index.prefix_of[keys[j]] = grams[: int(size[j])]
        # Packed ids stand for the grams in the Jaccard too: the same sets, the same sizes.
        index.grams_of[keys[j]] = set(grams)
    return out


class _OriginalStarts(dict[int, int]):
    """The offset in `doc.original` where each paragraph starts, by line index. Only a removal or
    a note names one, and most documents have neither: the offsets are worked out (all at once,
    in one walk of the change log) when the first is asked for."""

    def __init__(self, doc: Document, paras: list[Paragraph]) -> None:
        super().__init__()
        self._doc = doc
        self._paras = paras

    def __missing__(self, line: int) -> int:
        if not self:
            paras = self._paras
            self.update(zip([p.line for p in paras], self._doc.original_offsets([p.start for p in paras]), strict=True))
        return super().__getitem__(line)


def _name_only(text: str) -> bool:
    """Whether a line is an institution's name and nothing else (`某某区社区卫生服务中心`, or with the
    colon of a section's heading after it: `某某市妇女儿童医院:`)."""
    from ..segment.names import default_finder

    t = text.strip().rstrip(":：").rstrip()
    if not t or len(t) > NAME_LINE_MAX_CHARS:
        return False
    name = default_finder().match_at(t, 0)
    return name is not None and name.end == len(t)


class Repeats(Stage):
    """Removes repeated paragraphs, leads, titles and captions inside one document."""

    name = STAGE

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        config = self.config
        self.min_chars = config.min_repeat_chars
        # 0.8 on 3-gram Jaccard: one changed character costs at most 3 grams on each side, so a
        # 40-character paragraph with one substitution scores ~0.85 and with a stray letter
        # glued on ~0.97, while two different sentences of one article that share a phrase
        # stay far below; at 8 characters one substitution already falls to ~0.33, so short
        # lines only ever match exactly.
        self.threshold = config.near_repeat_threshold
        # Where a roundup's sections are; a test may put another finder in.
        self.section_spans: SectionFinder = default_section_spans

    # -- grouping -----------------------------------------------------------------
    def _groups(self, doc: Document, paras: list[Paragraph]) -> list[int]:
        """The group of each paragraph: 0 in an ordinary article; in a roundup 1 for the preamble,
        2i+2 inside section i and 2i+3 after it, outside every section."""
        if self.section_spans is default_section_spans:
            # The roundup found here is kept on the document for the segment stage.
            spans = roundup_spans(roundup_of(doc))
        else:
            spans = self.section_spans(doc.text)
        if not spans:
            return [0] * len(paras)
        spans = sorted(spans)
        starts = [s for s, _ in spans]
        groups: list[int] = []
        for p in paras:
            i = bisect.bisect_right(starts, p.start) - 1
            groups.append(2 * i + 2 if i >= 0 and p.start < spans[i][1] else 2 * i + 3)
        return groups

    # -- the stage ------------------------------------------------------------------
    def run(self, doc: Document) -> list[Document]:
        view = doc.view()
        paras = view.paragraphs
        if len(paras) < 2:
            return [doc] if doc.text.strip() else []
        groups = self._groups(doc, paras)
        orig = _OriginalStarts(doc, paras)
        removed: dict[int, tuple[str, dict[str, Any] | None]] = {}

        self._titles(doc, paras, orig, removed)
        _contents(paras, orig, removed)
        # Without a lifted title a title-like first line is the headline, not a lead: it stays.
        untitled_first = paras[0].line if doc.title is None and looks_like_title(paras[0].key) else None
        by_group: dict[int, list[Paragraph]] = {}
        for p, g in zip(paras, groups, strict=True):
            by_group.setdefault(g, []).append(p)
        # Leads first in every group, then repeats: a group's decisions read and write only its own
        # paragraphs, so this is the order group by group, and the near-repeat indexes of all
        # groups are built in one pass over the document's keys.
        lives: list[list[Paragraph]] = []
        for group in sorted(by_group):
            members = [p for p in by_group[group] if p.line not in removed]
            self._leads(members, orig, removed, untitled_first)
            lives.append([p for p in members if p.line not in removed])
        eligible = [list(dict.fromkeys(p.key for p in live if len(p.key) >= self.min_chars)) for live in lives]
        # Groups in batches of about NEAR_BATCH_CHARS characters of keys (one for an article): the
        # indexes of a huge roundup's thousands of sections are not all held at once.
        first, chars = 0, 0
        for g, keys in enumerate(eligible):
            chars += sum(map(len, keys))
            if chars < NEAR_BATCH_CHARS and g + 1 < len(eligible):
                continue
            indexes = _near_indexes(self.threshold, eligible[first : g + 1])
            for live, index in zip(lives[first : g + 1], indexes, strict=True):
                self._repeats(doc, live, orig, removed, index)
            first, chars = g + 1, 0
        _inner_copies(paras, groups, orig, removed)
        if removed:
            for line in [p.line for p in paras if p.line in removed and _SPEAKER_TAG.match(p.text)]:
                # A transcript's speaker tag (【同期声】某某医院主任 某某) comes back each time they speak.
                del removed[line]
            for line in _signers(paras, removed.keys()):
                # A notice's signer (`特此通知。` / 某某医院 / 2025年10月8日) repeats the site's name
                # in the head or another notice's signature: it stays, whatever it repeats.
                del removed[line]
        if removed:
            doc.apply(STAGE, line_removal_edits(doc.text, removed, view))
        return [doc] if doc.text.strip() else []

    def _titles(
        self,
        doc: Document,
        paras: list[Paragraph],
        orig: dict[int, int],
        removed: dict[int, tuple[str, dict[str, Any] | None]],
    ) -> None:
        """Body lines that repeat the title go; the lifted title (or the first line) is the kept copy.
        A line that repeats the lifted subtitle (`——记…`, a record table's copy of it) goes too."""
        subtitle = doc.metadata.get("subtitle")
        if isinstance(subtitle, str) and len(skey := paragraph_key(subtitle)) >= self.min_chars:
            kept_at = next((c.start for c in doc.changes if c.stage == "metadata" and c.rule == "subtitle"), None)
            for p in paras:
                if SUBTITLE_DASH.sub("", p.key) == skey and p.line not in removed:
                    removed[p.line] = ("repeat_title", {"kept": "subtitle", **({"kept_at": kept_at} if kept_at is not None else {})})
        if doc.title is not None:
            tkey = paragraph_key(doc.title)
            kept_at = next(
                (c.start for c in doc.changes if c.stage == "metadata" and c.rule == "title"), None
            )
            candidates = paras
            note_base: dict[str, Any] | None = {"kept": "title"} if kept_at is None else {"kept": "title", "kept_at": kept_at}
        else:
            first = paras[0]
            tkey = first.key
            if not looks_like_title(tkey):
                return
            candidates = paras[1:]
            note_base = None  # the first line's offset, asked for only when a line goes

        def note(**extra: Any) -> dict[str, Any]:
            return {**(note_base if note_base is not None else {"kept_at": orig[paras[0].line]}), **extra}

        if len(tkey) < self.min_chars:
            return
        tgrams = ngrams(gram_key(tkey))
        # A line has at most len - 2 grams (or one); with fewer than t * |title grams| its
        # Jaccard with the title is below t, whatever they are (the margin keeps it so in floats).
        fewest = self.threshold * len(tgrams) - 1e-6
        tnumbers = numbers(tkey)
        for p in candidates:
            if ATTACHMENT_LINE.match(p.text):
                continue  # a notice's attachment may bear its title (附件:某某名单): the notice's
            if p.key == tkey:
                removed[p.line] = ("repeat_title", note())
            elif doc.title is not None and p.text.startswith(doc.title) and SITE_AFTER_TITLE.fullmatch(p.text, len(doc.title)):
                # The page's <title> as the scraper saved it, the site's name after the headline
                # (标题_某某乡人民政府, 标题 - 某某网): a copy of the title.
                removed[p.line] = ("repeat_title", note(site_suffix=True))
            elif (
                len(p.key) <= TITLE_MAX_CHARS  # most lines are longer: looks_like_title's first test
                and max(1, len(p.key) - 2) >= fewest
                and looks_like_title(p.key)
                and numbers(p.key) == tnumbers
            ):
                sim = jaccard(tgrams, ngrams(gram_key(p.key)))
                if sim >= self.threshold:
                    removed[p.line] = ("repeat_title", note(similarity=round(sim, 3)))

    def _similar(self, a: Paragraph, b: Paragraph) -> bool:
        if a.key == b.key:
            return True
        return jaccard(ngrams(gram_key(a.key)), ngrams(gram_key(b.key))) >= self.threshold

    def _leads(
        self,
        members: list[Paragraph],
        orig: dict[int, int],
        removed: dict[int, tuple[str, dict[str, Any] | None]],
        headline: int | None,
    ) -> None:
        """A lead/summary repeated in the body keeps the body's copy (unless it starts a double paste)."""
        if len(members) < 2:
            return
        self._summary_box(members, orig, removed)
        # The first paragraph of the section (the one after it when the first is the headline),
        # and any labelled lead among the first few.
        first = 1 if members[0].line == headline else 0
        candidates = [first] + [
            i for i in range(first + 1, min(len(members), 4)) if LEAD_LABEL.match(members[i].text)
        ]
        for i in candidates:
            lead = members[i]
            if lead.line in removed:
                continue
            m = LEAD_LABEL.match(lead.text)
            labelled = m is not None
            if lead.line == headline and not labelled:
                continue
            if not labelled and _name_only(lead.text):
                continue  # a roundup section's heading (an institution's name over its paragraph), no lead
            content = paragraph_key(lead.text[m.end() :]) if labelled and m is not None else lead.key
            trimmed = content.rstrip("".join(ch for ch in set(content[-3:]) if _is_punct(ch)))
            if len(trimmed) < self.min_chars:
                continue
            # A labelled lead announces itself: its body copy may be anywhere after it.
            reach = len(members) if labelled else min(len(members), i + 1 + LEAD_BODY_WINDOW)
            for j in range(i + 1, reach):
                body = members[j]
                if body.line in removed:
                    continue
                exact_copy = body.key == lead.key
                # (the body's copy after its dateline, `本报讯 记者…` under `导读:记者…`)
                bkey = DATELINE_KEY.sub("", body.key, count=1) if labelled and "讯" in body.key[:12] else body.key
                # The body's copy is the lead itself, or a paragraph that goes on after it for
                # at least a short sentence (a stray letter glued on makes a near repeat, not a body).
                goes_on = bkey.startswith(trimmed) and len(bkey) - len(trimmed) >= self.min_chars
                # Below a headline only a lead shorter than the text it repeats counts: a second line
                # repeated whole is an ordinary repeat (a list item under two headings).
                whole = bkey == content and not (i == first == 1 and not labelled)
                if not (whole or goes_on or _cut_short_copy(members, j, trimmed, removed)):
                    continue
                if exact_copy and labelled:
                    break  # the labelled lead itself pasted again: an ordinary repeat
                if exact_copy and self._run_continues(members, i, j, removed):
                    break  # a double paste: the first copy of the whole run stays
                removed[lead.line] = ("repeat_lead", {"kept_at": orig[body.line]})
                break
        self._assembled_lead(members, first, orig, removed)

    def _assembled_lead(
        self,
        members: list[Paragraph],
        first: int,
        orig: dict[int, int],
        removed: dict[int, tuple[str, dict[str, Any] | None]],
    ) -> None:
        """A lead box that puts together the sentences of a few body paragraphs further down (its
        first sentence opens one of them, and it reads nearly as that paragraph and the next one or
        two): the body's paragraphs stay, the lead goes."""
        if first >= len(members):
            return
        lead = members[first]
        if lead.line in removed or LEAD_LABEL.match(lead.text):
            return
        m = _FIRST_SENTENCE.match(lead.key)
        if m is None or len(m.group()) < ASSEMBLED_MIN_CHARS or len(lead.key) - len(m.group()) < self.min_chars:
            return  # one sentence: an ordinary repeat if anything
        opening = m.group()
        for j in range(first + 2, len(members)):
            if members[j].line in removed or not members[j].key.startswith(opening) or members[j].key == lead.key:
                continue
            grams = ngrams(gram_key(lead.key))
            joined = ""
            for k in range(j, min(len(members), j + ASSEMBLED_MAX_PARAGRAPHS)):
                if members[k].line in removed:
                    break
                joined += members[k].key
                if jaccard(grams, ngrams(gram_key(joined))) >= self.threshold:
                    removed[lead.line] = ("repeat_lead", {"kept_at": orig[members[j].line], "paragraphs": k - j + 1})
                    return
            return

    def _summary_box(
        self,
        members: list[Paragraph],
        orig: dict[int, int],
        removed: dict[int, tuple[str, dict[str, Any] | None]],
    ) -> None:
        """Points under a summary heading near the top (`划重点:` over sentences the body says
        again, a few words shortened) go when the body has them, exact, near or inside a longer
        paragraph: the body's copy stays, so the article reads in order. A point the body does not
        repeat stays; the heading goes when all its points under it went."""
        at = next((i for i, p in enumerate(members[:SUMMARY_REACH]) if SUMMARY_HEADING.match(p.text)), None)
        if at is None:
            return
        gone = []
        for i in range(at + 1, min(len(members), at + 1 + SUMMARY_MAX_POINTS)):
            point = members[i]
            if point.line in removed or len(point.key) < self.min_chars:
                continue
            # The body says it again: the same or nearly, or within a longer paragraph (the
            # point's number or bullet aside).
            said = _POINT_MARK.sub("", point.key, count=1)
            body = next((
                b for b in members[i + 1 :]
                if b.line not in removed and (self._similar(point, b) or (len(said) >= 2 * self.min_chars and said in b.key))
            ), None)
            if body is not None:
                gone.append((point, body))
        if not gone:
            return
        for point, body in gone:
            removed[point.line] = ("repeat_lead", {"kept_at": orig[body.line], "summary": True})
        last = gone[-1][0].line
        if all(p.line in removed for p in members[at + 1 :] if p.line <= last):
            # Nothing is left between the heading and its last repeated point.
            removed[members[at].line] = ("repeat_lead", {"kept_at": orig[gone[0][1].line], "summary_heading": True})

    def _run_continues(
        self,
        members: list[Paragraph],
        i: int,
        j: int,
        removed: dict[int, tuple[str, dict[str, Any] | None]],
    ) -> bool:
        """Whether the paragraphs after members[i] and members[j] repeat too (a pasted run)."""

        def nxt(k: int) -> Paragraph | None:
            for q in members[k + 1 :]:
                if q.line not in removed:
                    return q
            return None

        a, b = nxt(i), nxt(j)
        if a is None or b is None or a.line >= members[j].line:
            return False
        return self._similar(a, b)

    def _repeats(
        self,
        doc: Document,
        live: list[Paragraph],
        orig: dict[int, int],
        removed: dict[int, tuple[str, dict[str, Any] | None]],
        index: _NearIndex,
    ) -> None:
        """Exact, caption and near repeats after their first occurrence, in one pass over the
        group's paragraphs still there (`index` holds the grams of their distinct keys)."""
        first_of: dict[str, Paragraph] = {}
        short_run: list[bool] | None = None  # worked out at the first repeat (most groups have none)
        toc: tuple[int, int] | tuple[()] | None = None  # the table of contents, also worked out at the first repeat
        # Structured lines (fields, table rows, list items, lines of a run of short lines) whose
        # key recurred: removed only when they turn out to sit inside a pasted run.
        deferred: dict[int, tuple[str, dict[str, Any]]] = {}
        min_chars = self.min_chars
        # Lines a removal names as the copy kept, and near copies that gave way to a fuller one.
        anchors: set[int] = set()
        fuller: dict[int, Paragraph] = {}
        # Short lines (a part's heading 一、参保对象, 特此通告。) seen before: repeats only inside a pasted
        # run, as structured lines are (an article printed twice takes its headings with it).
        short_first: dict[str, Paragraph] = {}
        for k, p in enumerate(live):
            if len(p.key) < min_chars and not looks_like_caption(p.key):
                if p.key:
                    earlier = short_first.setdefault(p.key, p)
                    if earlier is not p and k > 0 and live[k - 1] is earlier and (
                        (len(p.key) >= ADJACENT_MIN_CHARS and not (short_run := _in_short_run(live) if short_run is None else short_run)[k])
                        # (a picture's alt text and its caption saying the same, `演练现场` twice, between
                        # two paragraphs: the copy is the page's)
                        or (
                            len(p.key) >= ADJACENT_CAPTION_MIN_CHARS and HAN_ONLY.fullmatch(p.key) is not None
                            and k >= 2 and len(live[k - 2].key) >= ADJACENT_PROSE_CHARS
                            and k + 1 < len(live) and len(live[k + 1].key) >= ADJACENT_PROSE_CHARS
                        )
                    ):
                        # The same line twice in a row (a question saved on both sides of a page
                        # break, the pager between them gone): the scraper's, whatever its length
                        # (not in a run of short lines: a table's cells may say the same twice).
                        removed[p.line] = ("repeat_exact", {"kept_at": orig[earlier.line], "shape": "adjacent"})
                        anchors.add(earlier.line)
                    elif earlier is not p:
                        deferred[p.line] = ("repeat_exact", {"kept_at": orig[earlier.line], "shape": "short"})
                continue
            kept = first_of.get(p.key)
            if kept is not None and (toc := _toc_span(live) if toc is None else toc) and toc[0] < kept.line < toc[1] < p.line:
                continue  # a heading listed in the document's table of contents (目录), then heading its part
            if kept is not None:
                rule = "repeat_caption" if looks_like_caption(p.key) else "repeat_exact"
                if kept.line in fuller:
                    # Its first copy gave way to a fuller near copy: that one is the copy kept.
                    kept, rule = fuller[kept.line], "repeat_near"
                shape = structured_shape(p.text)
                if shape is None:
                    if short_run is None:
                        short_run = _in_short_run(live)
                    shape = "short_run" if short_run[k] else None
                if shape is not None and not (
                    k > 0 and live[k - 1] is kept and shape != "short_run" and len(p.key) >= ADJACENT_MIN_CHARS
                ):
                    deferred[p.line] = (rule, {"kept_at": orig[kept.line], "shape": shape})
                else:
                    # (a field or a list item right under the same line is the scraper's copy; a table's
                    # cells, a run of short lines, may well say the same twice)
                    removed[p.line] = (rule, {"kept_at": orig[kept.line]})
                anchors.add(kept.line)
                continue
            # A key without grams, or whose prefix no other key shares (most), has no near match.
            # A line of code differs from its neighbour's on purpose (two versions of a listing).
            if index.prefix_of.get(p.key) is not None and not looks_like_code(p.text):
                found = index.matches(p)
                hit = next(((q, sim) for q, sim in found if numbers(q.key) == numbers(p.key)), None)
                shape = structured_shape(p.text) if hit is not None else None
                if hit is not None and shape == "field" and _field_label(p.text) != _field_label(hit[0].text):
                    # Two fields under different labels (截止时间:… and 时间:… with the same date) are
                    # two facts of a form, however alike their values.
                    hit = None
                if hit is not None and shape in ("field", "table_row", "list_item", "label"):
                    # A field line near a copy of itself (the same room under 开启 as under 提交) is
                    # content in its own place, unless it sits inside a pasted run (`_pasted_runs`);
                    # so is a table's row beside a row that says nearly the same (another unit, the
                    # same service), and a list's item.
                    q, sim = hit
                    deferred[p.line] = ("repeat_near", {"kept_at": orig[q.line], "similarity": round(sim, 3), "shape": shape})
                    anchors.add(q.line)
                    index.add(p)
                    first_of[p.key] = p
                    continue
                if hit is not None and shape is None:
                    if short_run is None:
                        short_run = _in_short_run(live)
                    if short_run[k]:
                        # A verse's line near another's (守望生命的希望。 under 守望生命的希望,): the verse's own,
                        # unless it sits inside a pasted run.
                        q, sim = hit
                        deferred[p.line] = ("repeat_near", {"kept_at": orig[q.line], "similarity": round(sim, 3), "shape": "short_run"})
                        anchors.add(q.line)
                        continue
                if hit is not None:
                    q, sim = hit
                    q = fuller.get(q.line, q)
                    longer = len(p.key) - len(q.key)
                    # (Words added, not a stray letter glued on: the glued copy is the one to go.)
                    adds_words = q.key in p.key and _HAN_WORD.search(p.key.replace(q.key, "", 1)) is not None
                    # (or the earlier is a preview cut off with its ellipsis, `…五成...`: the whole one stays)
                    # (…or by its link to the rest, `… 阅读全文>>`)
                    previewed = (q.key.rstrip().endswith(_PREVIEW_ENDS) or _READ_MORE.search(q.text) is not None) and not (
                        p.key.rstrip().endswith(_PREVIEW_ENDS) or _READ_MORE.search(p.text) is not None
                    )
                    if (longer >= min_chars or adds_words or previewed) and q.line not in anchors and q.line not in removed:
                        # The later copy says more (a summary's sentence, then the body's with a
                        # clause added): the fuller one stays, in its place.
                        removed[q.line] = ("repeat_near", {"kept_at": orig[p.line], "similarity": round(sim, 3)})
                        fuller[q.line] = p
                        anchors.add(p.line)
                        index.add(p)
                        first_of[p.key] = p
                        continue
                    removed[p.line] = ("repeat_near", {"kept_at": orig[q.line], "similarity": round(sim, 3)})
                    anchors.add(q.line)
                    continue
                if found:
                    q, sim = found[0]
                    doc.note(
                        STAGE,
                        "repeat_near",
                        "near-identical paragraph kept: its numbers differ from the earlier one",
                        at=orig[p.line],
                        similar_to=orig[q.line],
                        similarity=round(sim, 3),
                    )
                index.add(p)
            first_of[p.key] = p
        self._pasted_runs(live, deferred, removed, orig)

    @staticmethod
    def _pasted_runs(
        live: list[Paragraph],
        deferred: dict[int, tuple[str, dict[str, Any]]],
        removed: dict[int, tuple[str, dict[str, Any] | None]],
        orig: dict[int, int],
    ) -> None:
        """Deferred structured repeats go when their run of deferred lines touches a removed
        paragraph (an article pasted twice takes its field lines and list items with it); a run
        between kept lines is a table or a list of its own and stays."""
        if not deferred:
            return
        k = 0
        while k < len(live):
            if live[k].line not in deferred:
                k += 1
                continue
            j = k
            while j < len(live) and live[j].line in deferred:
                j += 1
            before = k > 0 and live[k - 1].line in removed
            after = j < len(live) and live[j].line in removed
            # (short lines alone, a heading or 特此通告, go only inside the run: removed on both sides)
            only_short = all(deferred[p.line][1].get("shape") == "short" for p in live[k:j])
            touches = (before and after) if only_short else (before or after)
            if not touches and only_short and after and j - k == 1:
                # A heading pasted again over its paragraph pasted again (项目概况 / … / 项目概况 / …):
                # its first copy heads the first copy of that paragraph.
                first = (deferred[live[k].line][1] or {}).get("kept_at")
                copied = (removed[live[j].line][1] or {}).get("kept_at")
                at = next((e for e in range(k) if orig[live[e].line] == first), None)
                touches = at is not None and at + 1 < k and orig[live[at + 1].line] == copied
            if touches:
                for p in live[k:j]:
                    removed[p.line] = deferred[p.line]
            k = j


def _in_short_run(live: list[Paragraph]) -> list[bool]:
    """For each paragraph: whether it is one of at least three short lines in a row (a list, a
    table column, a track list), with no blank line or prose between them."""
    # (a verse's last line ends its sentence after lines ending in commas: 守望生命的希望, / 七十年初心不忘。)
    short = [
        len(p.key) <= SHORT_RUN_MAX_CHARS and (
            not _SENTENCE_END.search(p.text) or (k > 0 and live[k - 1].text.rstrip().endswith(("，", ",", "、")))
        )
        for k, p in enumerate(live)
    ]
    out = [False] * len(live)
    k = 0
    while k < len(live):
        if not short[k]:
            k += 1
            continue
        j = k + 1
        while j < len(live) and short[j] and live[j].line == live[j - 1].line + 1:
            j += 1
        if j - k >= 3:
            for m in range(k, j):
                out[m] = True
        k = j
    return out


# A pull quote: one quotation set apart on its line.
# (a sentence with its stop inside the marks: a section's heading quoting what the section says,
# `“只要村民需要,我就一直干下去”`, has none, and stays)
_PULL_QUOTE = recode.compile(r"^[ \t]*[“「\"][^“”「」\"\n]{8,80}[。！？!?][”」\"][ \t]*$")
# A preview cut off where a page folds it (`……`, `...` at its end).
_CUT_OFF = recode.compile(r"(?:……|…|\.{3,})[ \t]*$")
PULL_QUOTE_REACH = 4
PREVIEW_MIN_CHARS = 20
# A short line right under the same line is a repeat from this length on (shorter: a chant, a
# poem's refrain).
ADJACENT_MIN_CHARS = 10
# A story's dateline at the start of a paragraph's key (本报讯, 某某网讯), punctuation already folded away.
DATELINE_KEY = recode.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]{0,10}讯")
# A short line of Han words twice in a row between two paragraphs this long (an alt text and the
# caption that says the same).
ADJACENT_CAPTION_MIN_CHARS = 3
ADJACENT_PROSE_CHARS = 30
HAN_ONLY = recode.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


# How a preview ends where its text was cut (its expander gone: `...展开全文`).
_PREVIEW_ENDS = ("...", "…", "⋯", "。。。")
# …or its link to the rest at its end (`… 阅读全文>>`, `[查看全文]`).
_READ_MORE = recode.compile(r"[ \t\u3000]*[\[【(（]?(?:阅读全文|查看全文|展开全文|阅读更多|显示全文|全文)[\]】)）]?[ \t]*(?:>>|》》|»|>|→)?[ \t]*$")
# A table of contents: at least this many short lines (each at most so long) in a row.
CONTENTS_MIN_ITEMS = 3
CONTENTS_ITEM_MAX_CHARS = 30
_CONTENTS_NUMBER = recode.compile(r"^\d{1,2}\s*[.、．]\s*")


def _contents(paras: list[Paragraph], orig: _OriginalStarts, removed: dict[int, tuple[str, dict[str, Any] | None]]) -> None:
    """A table of contents above the text (a blog's 目录, a report's list of its parts): a run of
    short lines each of which heads a part further down, in the same order and with text between
    them. The headings stay where they are; the run goes, each line naming the heading it repeats."""
    n = len(paras)
    where: dict[str, list[int]] = {}  # each short key's positions, in order
    for m, p in enumerate(paras):
        if 0 < len(p.key) <= CONTENTS_ITEM_MAX_CHARS:
            where.setdefault(p.key, []).append(m)

    def after(key: str, bound: int) -> int | None:
        at = where.get(key)
        if not at:
            return None
        x = bisect.bisect_left(at, bound)
        return at[x] if x < len(at) else None

    i = 0
    while i < n:
        j = i
        while j < n and 0 < len(paras[j].key) <= CONTENTS_ITEM_MAX_CHARS:
            j += 1
        # (short lines around it, a title, a writer's card or a sidebar, are no part of it: the run
        # is the first stretch of the short lines whose every line a heading further down repeats)
        start = i
        while start <= j - CONTENTS_MIN_ITEMS:
            later: list[int] = []
            pos = start + 1
            for t in range(start, j):
                # (an entry may carry its number where the heading has none: `1. 为什么术后会冷`)
                key = paras[t].key
                bare = _CONTENTS_NUMBER.sub("", key, count=1)
                found = [m for m in (after(key, max(pos, t + 1)), after(bare, max(pos, t + 1)) if bare != key else None) if m is not None]
                if not found:
                    break
                k = min(found)
                later.append(k)
                pos = k + 1
            # (the contents end where the first heading they name stands)
            del later[max(0, later[0] - start if later else 0) :]
            if len(later) >= CONTENTS_MIN_ITEMS and all(
                any(len(paras[m].key) > CONTENTS_ITEM_MAX_CHARS for m in range(a + 1, b)) for a, b in zip(later, [*later[1:], n], strict=True)
            ):
                for p, k in zip(paras[start : start + len(later)], later, strict=True):
                    removed.setdefault(p.line, ("repeat_exact", {"kept_at": orig[paras[k].line], "shape": "contents"}))
                break
            start += max(1, len(later))
        i = max(j, i + 1)


def _inner_copies(
    paras: list[Paragraph], groups: list[int], orig: dict[int, int] | _OriginalStarts,
    removed: dict[int, tuple[str, dict[str, Any] | None]],
) -> None:
    """Copies held inside another paragraph of the same group (see `repeat_inner`)."""
    live = [(k, p) for k, p in enumerate(paras) if p.line not in removed]
    for i, (k, p) in enumerate(live):
        if _PULL_QUOTE.match(p.text) and len(inner := p.key.strip("\"“”「」 ").rstrip(".。!！?？,，")) >= 8:
            for j, q in live[max(0, i - PULL_QUOTE_REACH) : i + PULL_QUOTE_REACH + 1]:
                if (
                    q is not p and q.line not in removed and groups[j] == groups[k]
                    and len(q.key) > len(p.key) + 4 and inner in q.key
                ):
                    removed[p.line] = ("repeat_inner", {"kept_at": orig[q.line], "shape": "pull_quote"})
                    break
        elif _CUT_OFF.search(p.text) and len(prefix := p.key.rstrip(".…。 ")) >= PREVIEW_MIN_CHARS:
            for j, q in live[i + 1 :]:
                if q.line not in removed and groups[j] == groups[k] and len(q.key) > len(prefix) + 1 and q.key.startswith(prefix):
                    removed[p.line] = ("repeat_inner", {"kept_at": orig[q.line], "shape": "cut_off"})
                    break
