"""The `repair` stage: join paragraphs split mid-sentence by page breaks or removed captions.

A scraped page often cuts a paragraph where the printed page or an image broke it
(seed 002: `…通过高` / `频次、大剂量…`). Two neighbouring paragraphs A and B, with only
blank lines between them, are joined (rule `join_split_paragraph`: the newlines
between them are removed) when all of the following hold.

A ends incompletely:
  - A (with anything already joined to it) has at least `MIN_PARAGRAPH_CHARS`
    characters, so a short heading or caption is never the first half;
  - A does not start with `#` (a heading);
  - A's last character is a Han character or an opening mark (`,` `、` `“` `(` …); any
    terminal or closing punctuation (`。！？!?…；;:”’」』)）》`) or a Latin letter or digit
    (residue, counters, times) means the paragraph is complete.

B starts as a continuation:
  - B is not a heading or list item (`#`, `一、`, `(一)`, `一是`, `1.`, `•`, `▲` …);
  - B is not a caption or heading: a line shorter than `CAPTION_MAX_CHARS` that does not
    end with terminal punctuation (`医院门诊综合楼`, `党建引领创新,提升党组织组织力`), unless it
    stops on an open mark (`CT、核磁共振、`: a piece of a list cut twice). When a caption
    still stands between the halves, nothing is joined (removing it is the
    boilerplate stage's job; repair joins once it is gone);
  - B starts with a Han character, a digit, an opening quote or the capital of an
    abbreviation (`CT`, `B超`; not an English word), the last only after a Han character
    or `、`.

And the cut is mid-clause, by one of these signals (recorded in the change note):
  - `open_mark`: A ends with `,`/`、`/an opening bracket or quote;
  - `function_word`: A ends with a preposition, conjunction or particle that needs
    what follows (`为` `在` `对` `通过` `围绕` `的` …);
  - `short_clause`: the clause fragment after A's last punctuation plus the fragment
    before B's first punctuation is at most `MAX_CLAUSE_CHARS` characters (a page break
    cuts one clause in two; a new paragraph starts a clause of its own).
Unless A ends on an open mark, B must not open like a new paragraph (`今年`, `近年来`,
`此外`, a date, `该院`/`医院` as subject …). Nor may B open with A's own first words: A is then
a summary cut short before the text it summarises (`央视网消息:今天,…不少患者拿着鲜` above
`央视网消息:今天,…`), which the repeats stage removes, not the first half of a sentence.

Two complete sentences are therefore never joined, nor a heading and its body.
Joining is a fixed point: running the stage again joins nothing more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaner.lazyre import deferred
from cleaner.model import Document, Edit, change_index, paragraph_spans
from cleaner.stage import Stage

STAGE = "repair"
RULE = "join_split_paragraph"

# Headings and captions are short; a paragraph that a page break cut is not (seed 002's are 89+).
MIN_PARAGRAPH_CHARS = 30
# Two fragments of one clause rarely add up to more than this; seed 002's cuts add up to 5-15,
# while seed 004's unpunctuated paragraph end plus the next paragraph's first clause is 27.
MAX_CLAUSE_CHARS = 20
# A line shorter than this that does not end a sentence is a caption or heading, never a continuation.
CAPTION_MAX_CHARS = 30

HAN = deferred(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Marks that leave a clause open when a paragraph ends on them.
OPEN_END = ",，、“‘(（《〈「『—"
# Marks that end a sentence (or close it: quotes and brackets after the full stop).
TERMINAL = "。！？!?…；;”’」』)）》.．"
# Any punctuation or space that bounds a clause fragment.
CLAUSE_BOUND = deferred(r"[\s,，、;；:：。.!！?？…“”‘’\"'()（）《》〈〉「」『』【】—]")
# A row of a table written with bars or tabs between its cells: two separators at least.
TABLE_SEPARATORS = ("|", "｜", "\t")


def _table_row(line: str) -> bool:
    return sum(line.count(sep) for sep in TABLE_SEPARATORS) >= 2


# A row of a table written with spaces between its cells (序号 机构名称 许可类型 … / 1 某某诊所 执业登记 …):
# four cells at least and no sentence inside.
SPACED_ROW_CELLS = 4


def _spaced_row(line: str) -> bool:
    return len(line.split()) >= SPACED_ROW_CELLS and not TERMINAL_INSIDE.search(line)


# Prepositions, conjunctions and particles that cannot end a sentence: what follows them was cut off.
FUNCTION_TAIL = deferred(
    r"(?:通过|成为|围绕|按照|根据|关于|包括|以及|对于|针对|经过|作为|依托|为了|随着|"
    r"[为在对向把将被给与和及或的从由于使让并而即是])$"
)
# Lines that open a new block: headings, numbered items, bullets, picture notes.
BLOCK_START = deferred(
    r"^(?:#|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．)）]|"
    r"[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十]是|第[一二三四五六七八九十\d]+[，,、是章节部分条]|"
    r"[•·●◆■□★☆▲▶►\-*]|图为|注[:：]|附件)"
)
# Words that open a fresh paragraph in news prose; after them only an open mark joins.
PARAGRAPH_OPENER = deferred(
    r"^(?:今年|去年|近年来|近年|近日|日前|目前|前不久|不久前|最近|近来|同时|此外|另外|与此同时|据了解|据悉|据介绍|截至目前|"
    r"下一步|首先|其次|再次|最后|总之|因此|然而|近期|当天|当日|\d{1,4}年|\d{1,2}月\d{1,2}日|"
    # (the time of day a story's next part starts: 上午10点，…, 下午，…, 当晚…)
    r"(?:上午|下午|中午|晚上|傍晚|清晨|凌晨|早上|当晚|次日)(?:\d{1,2}(?:点|时|:\d{2})|[,，])|"
    # the institution as the subject of a new paragraph
    r"我院|该院|本院|全院|院党委|医院党委|医院)"
)
# Characters at the start of two paragraphs that, when the same, make the first a cut-short copy of the second.
SAME_OPENING_CHARS = 10
# A Han character, a digit, an opening quote, or an abbreviation in capitals followed by Chinese
# (CT、, C T、, B超, X光机), not an English word or name (SBS Power FM).
CONTINUATION_FIRST = deferred(
    r"^(?:[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\d“‘「『《]|[A-Z]{1,4}(?:[ ][A-Z]{1,4})?(?=[、,\u3400-\u9fff]))"
)


@dataclass
class _Para:
    start: int
    end: int
    text: str


def _paragraphs(text: str) -> list[_Para]:
    return [_Para(a, b, text[a:b]) for a, b in paragraph_spans(text)]


def _tail(text: str) -> str:
    """The clause fragment after the last punctuation mark or space."""
    parts = CLAUSE_BOUND.split(text)
    return parts[-1] if parts else ""


def _lead(text: str) -> str:
    """The clause fragment before the first punctuation mark or space."""
    return CLAUSE_BOUND.split(text, maxsplit=1)[0]


# A web address: a line with one and no sentence mark is a site's link line (某某网 http://… 查看…),
# never half of a paragraph, never a title (the metadata stage reads it too).
WEB_ADDRESS = deferred(r"https?://|www\.[\w-]+\.", re.I)
TERMINAL_INSIDE = deferred(r"[。！？!?；;]")
FIELD_LABELS = deferred(r"(?:^|[\s|｜丨])[\u4e00-\u9fff]{2,5}[:：]")


# Removals that only stand between a headline and its article, never inside a sentence.
HEAD_STAGES = frozenset({"metadata", "maincontent"})
HEAD_RULES = frozenset({"published", "info_line", "source_line", "byline", "title"})
# A removed line with a numeric date or a clock time: a dateline or a post's stamp, whatever rule took it.
STAMP = deferred(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d\d")
NUMERIC_DATE = deferred(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}")


def ends_incomplete(text: str, run_chars: int) -> bool:
    """True when a paragraph (of `run_chars` characters so far) stops mid-sentence."""
    text = text.rstrip()
    if not text or run_chars < MIN_PARAGRAPH_CHARS or text.startswith("#") or "\t" in text:
        return False  # (a tab: a table's row, complete whatever its last cell says)
    if WEB_ADDRESS.search(text) and not TERMINAL_INSIDE.search(text):
        return False  # a site's link line (某某网 http://… 查看…) is no sentence cut short
    if len(FIELD_LABELS.findall(text)) >= 2 and not TERMINAL_INSIDE.search(text):
        return False  # a row of fields (发布时间:… 作者:… 来源:…) is complete, whatever its last field
    if FIELD_LABELS.search(text) and NUMERIC_DATE.search(text) and not TERMINAL_INSIDE.search(text):
        return False  # …and a field with a stamp and counters (患者:女 4岁 2024-01-18 09:12 2.3万人看过)
    if DOCUMENT_TITLE_END.search(text) and not TERMINAL_INSIDE.search(text):
        return False  # a document's title (某某委员会关于…的公示, …的通知): complete, however it ends
    if CASE_HEADING.match(text) and not TERMINAL_INSIDE.search(text):
        return False  # a case's heading (案例1:某某医院——…缩短患者等候时间): complete, however long
    last = text[-1]
    return bool(HAN.match(last)) or last in OPEN_END


# A case's or an example's label opening a heading (案例1:, 典型案例二、, 经验3.).
CASE_HEADING = deferred(r"^(?:案例|典型案例|优秀案例|经验|做法)[一二三四五六七八九十\d]{1,2}[ \t]*[:：、.．]")
# How a document's title ends: `关于…的` and the kind of document.
DOCUMENT_TITLE_END = deferred(
    r"关于[^\n]{2,80}的(?:通知|公示|公告|通告|通报|决定|意见|办法|方案|报告|批复|函|请示|规定|细则|纪要|倡议书|复函)$"
)


# A post's stamp opening a line: the day and its time, or the day and a bar after it.
STAMP_OPENING = deferred(r"^(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}|[ \t]*[·•|｜])")
# A speaker's or a field's label opening a line (小林:…, 医生:…): a line of its own, never the rest of one.
SPEAKER_LABEL = deferred(r"^[\u4e00-\u9fff]{1,4}[:：]\s*\S")


def starts_continuation(text: str) -> bool:
    """True when a paragraph can be the second half of a cut one (not a heading, item, caption or
    a speaker's line)."""
    text = text.strip()
    if not text or BLOCK_START.match(text) or not CONTINUATION_FIRST.match(text) or "\t" in text:
        return False
    if SPEAKER_LABEL.match(text) or STAMP_OPENING.match(text):
        return False  # (…nor a post's stamp, `2026-07-02 18:46 · 原创 · …`: the line under a headline)
    if len(text) < CAPTION_MAX_CHARS and text[-1] not in TERMINAL and text[-1] not in OPEN_END:
        # A caption or a heading (`党建引领创新,提升党组织组织力`), not the rest of a sentence; a short
        # line that stops on `、` or `,` is a piece of a list the page cut in three (`CT、核磁共振、`).
        return False
    return True


def join_signal(first: str, second: str) -> str | None:
    """Why `first` and `second` are one paragraph cut in two, or None if they are not."""
    first = first.rstrip()
    second = second.strip()
    if _same_opening(first, second):
        return None
    if _table_row(first) or _table_row(second):
        return None  # a row of a table written with bars or tabs (1 | 某某项目 | 次 | 280 | 乙类) is whole
    if _spaced_row(first) and (_spaced_row(second) or HAN.search(first)):
        return None  # …or a row of one written with spaces (二等奖:儿科 某某　妇科 某某　…), whatever follows
    if ATTRIBUTION.search(first):
        return None  # a quote's speaker after its dash (“…”——院长 某某) ends the quote
    if _same_field(first, second) or PERSON_ENTRY.match(second):
        # two entries of a list, each with the same field (… 擅长:… / … 擅长:…), or a person's
        # entry with their title (某某　副主任医师　擅长…)
        return None
    if "A" <= second[0] <= "Z" and not (HAN.match(first[-1]) or first[-1] == "、"):
        return None  # an abbreviation goes on a Chinese clause, never an English line
    if first[-1] in OPEN_END:
        return "open_mark"
    if PARAGRAPH_OPENER.match(second):
        return None
    tail = _tail(first)
    if FUNCTION_TAIL.search(tail):
        return "function_word"
    if len(tail) + len(_lead(second)) <= MAX_CLAUSE_CHARS:
        return "short_clause"
    return None


ATTRIBUTION = deferred(r"[—―]{1,2}[ \t]*[\u4e00-\u9fff]{0,12}[ \t]*[\u4e00-\u9fff]{2,4}$")
# A medical or academic title, or a post (主任医师, 副主任中医师, 主管护师, 教授, 科长).
PROFESSIONAL_TITLE = deferred(
    r"(?:副?主任|主治|住院|主管|副|注册|执业|公共|临床)?(?:医师|中医师|护师|药师|技师|营养师|心理咨询师|心理治疗师|健康管理师|治疗师)"
    r"|副?教授|研究员|副?主任|副?院长|科长|护士长"
)
# (or with their department between: 某某　内分泌科　副主任医师　擅长…)
PERSON_ENTRY = deferred(
    rf"^[\u4e00-\u9fff]{{2,4}}[ \t\u3000]+(?:[\u4e00-\u9fff]{{2,10}}[ \t\u3000]+)?(?:{PROFESSIONAL_TITLE.pattern})"
)
_FIELD = deferred(r"([\u4e00-\u9fff]{2,4})[:：]")


def _same_field(first: str, second: str) -> bool:
    """Whether both lines hold a field under the same label (`擅长:`): entries of one list."""
    if ":" not in second and "：" not in second:
        return False
    labels = set(_FIELD.findall(second))
    return bool(labels) and not labels.isdisjoint(_FIELD.findall(first))


def _same_opening(first: str, second: str) -> bool:
    """Whether both paragraphs open with the same SAME_OPENING_CHARS characters (spaces aside)."""
    opening = "".join(first.split())[:SAME_OPENING_CHARS]
    return len(opening) == SAME_OPENING_CHARS and "".join(second.split()).startswith(opening)


def _cut_edits(start: int, end: int, points: list[int], note: dict[str, str]) -> list[Edit]:
    """The edits that remove text[start:end], split where earlier changes sit.

    A single edit across the spot where, say, the boilerplate stage removed a caption
    would absorb that change into this one and the caption's removal would lose its
    rule id; cutting around the spot keeps both changes in the log.
    """
    inner = [p for p in points if start < p < end]
    bounds = [start, *inner, end]
    edits: list[Edit] = []
    for k, (s, e) in enumerate(zip(bounds, bounds[1:], strict=False)):
        edits.append(Edit(s, e, "", RULE, note if k == 0 else {**note, "part": str(k + 1)}))
    return edits


# A text wrapped at a fixed width (a scraper's or a mail's): every line of a paragraph but its last
# is as wide as the others, in display columns (a Han character two), and most stop mid-clause.
# A line of the wrap width (or up to WRAP_INDENT less: the first line of a paragraph, whose indent
# is gone, or a line whose digits and Latin letters are narrow) was cut where the width ran out,
# whatever the clause.
WRAP_MIN_WIDTH = 40
WRAP_MIN_LINES = 3
WRAP_INDENT = 8
WRAP_WIDER_SHARE = 0.2
# After a wrap a line may start with the punctuation that did not fit (,烹调时…).
WRAP_CONTINUATION = deferred(r"^[，,、；;：:）)」』”’》]\s*\S")


# Wide characters (two columns): CJK, Hangul, full-width forms.
_WIDE = deferred("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def _width(text: str) -> int:
    text = text.strip()
    return len(text) + len(_WIDE.findall(text))


def wrap_widths(lines: list[str]) -> frozenset[int]:
    """The widths of the lines cut by a fixed-width wrap (the wrap width down to WRAP_INDENT less),
    or none when the text is not so wrapped: WRAP_MIN_LINES lines at least, of about one width,
    stop mid-clause, and hardly any line is wider."""
    # (a line of WRAP_MIN_WIDTH columns has half as many characters at least)
    cut = [t for t in (line.rstrip() for line in lines) if 2 * len(t) >= WRAP_MIN_WIDTH and (HAN.match(t[-1]) or t[-1] in OPEN_END)]
    if len(cut) < WRAP_MIN_LINES:
        return frozenset()
    # Lines of one width are of about one length too: without WRAP_MIN_LINES of them within
    # WRAP_INDENT characters of each other, no width is worked out (most texts).
    sizes = sorted(len(t) for t in cut)
    if not any(sizes[k + WRAP_MIN_LINES - 1] - sizes[k] <= WRAP_INDENT for k in range(len(sizes) - WRAP_MIN_LINES + 1)):
        return frozenset()
    counts: dict[int, int] = {}
    for t in cut:
        if (w := _width(t)) >= WRAP_MIN_WIDTH:
            counts[w] = counts.get(w, 0) + 1
    if sum(counts.values()) < WRAP_MIN_LINES:
        return frozenset()
    def near(w: int) -> int:
        return sum(counts.get(v, 0) for v in range(w - WRAP_INDENT, w + 1))

    top = max(counts, key=lambda w: (near(w), w))
    if near(top) < WRAP_MIN_LINES:
        return frozenset()
    # (and no line runs wider, but for a few: a page whose paragraphs are long lines is not wrapped,
    # however many of its headlines happen to be as wide as each other)
    wide = [w for t in lines if 2 * len(t.strip()) >= WRAP_MIN_WIDTH and (w := _width(t)) >= WRAP_MIN_WIDTH]
    if sum(w > top for w in wide) > WRAP_WIDER_SHARE * len(wide):
        return frozenset()
    return frozenset(range(top - WRAP_INDENT, top + 1))


class Repair(Stage):
    """Join paragraphs cut mid-sentence; each join is one logged change."""

    name = STAGE

    def run(self, doc: Document) -> list[Document]:
        paras = _paragraphs(doc.text)
        points = doc.change_points()
        # Where a headline's dateline, source or byline line was lifted: a sentence never runs
        # across one (a headline left above the first paragraph is not its first half).
        heads = [
            at for c, at in zip(doc.changes, change_index(doc.changes)[0], strict=True)
            if (c.stage in HEAD_STAGES and c.rule in HEAD_RULES) or STAMP.search(c.removed)
        ]
        edits: list[Edit] = []
        run_chars = len(paras[0].text) if paras else 0
        wrap = wrap_widths([p.text for p in paras])
        for a, b in zip(paras, paras[1:], strict=False):
            signal = None
            if ends_incomplete(a.text, run_chars) and not any(a.end <= at <= b.start for at in heads):
                if starts_continuation(b.text):
                    signal = join_signal(a.text, b.text)
                if (
                    signal is None and wrap and _width(a.text) in wrap and not _table_row(a.text) and not _table_row(b.text)
                    and (starts_continuation(b.text) or WRAP_CONTINUATION.match(b.text.strip()))
                ):
                    signal = "wrapped"
            if signal is None:
                run_chars = len(b.text)
                continue
            run_chars += len(b.text)
            note = {"signal": signal, "tail": _tail(a.text.rstrip()), "lead": _lead(b.text.strip())}
            # Spaces around the cut go too: they are layout, not text.
            cut_start = a.start + len(a.text.rstrip())
            cut_end = b.start + len(b.text) - len(b.text.lstrip())
            edits.extend(_cut_edits(cut_start, cut_end, points, note))
        if edits:
            doc.apply(STAGE, edits)
        return [doc]
