"""Invariants of the boilerplate stage on generated documents built from real material: body
sentences and headings of the seeds, the boilerplate found in them and in the rule pack's own
examples, glued together the way scrapers glue them, in both punctuation widths."""

from __future__ import annotations

import re
from pathlib import Path

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.config import Config
from cleaner.filters.boilerplate import MAX_ROUNDS, STAGE, Boilerplate, _account_card_name, _head_copies
from cleaner.filters.normalize import Normalize
from cleaner.model import Document, replay
from cleaner.rules import (
    RuleSet,
    _blank,
    _holds,
    _Literals,
    _short,
    _sizes,
    check_patterns,
    fold_pattern,
    fold_width,
    line_alphabet,
    literal_checks,
    load_rule_list,
    required_literals,
    scan_form,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "samples").glob("seed_*/input/*"))

CFG = Config()
STAGES = (Normalize(CFG), Boilerplate(CFG))
RULES = load_rule_list(CFG)


def _seed_lines() -> list[str]:
    out: list[str] = []
    for p in SEEDS:
        out.extend(ln.strip() for ln in p.read_text(encoding="utf-8").split("\n") if ln.strip())
    return out


SEED_LINES = _seed_lines()
# Body paragraphs: real sentences (cut to keep examples small) and the seeds' section headings.
BODY = sorted({ln[:120] for ln in SEED_LINES if "。" in ln and len(ln) > 30 and not ln.startswith("版权声明")})
HEADINGS = [
    "党建引领创新,提升党组织组织力",
    "发挥党委核心领导作用 为医院发展掌舵定航",
    "### 大足区人民医院 党建“六大工程”擘画医院发展蓝图",
    "一、主要做法",
    "(一)深化“党建引领”,点燃发展“引擎”。",
]
# Boilerplate lines: from the seeds and from every shipped rule's examples.
BOILER = sorted(
    {ln for ln in SEED_LINES if ln in {"(0)", "|", "相关推荐", "马太超 图片由各医院提供", "(责任编辑:林海南)", "医院门诊综合楼"}}
    | {ln for ln in SEED_LINES if ln.startswith(("上一篇", "下一篇", "版权声明"))}
    | {ex.text for r in RULES for ex in r.remove if "\n" not in ex.text}
)
GLUED = ["G", "(责任编辑:林海南)", "<br>", " 编辑:刘佳 审核:陈志刚", "&nbsp;"]
FULL = str.maketrans({",": "，", ":": "：", "(": "（", ")": "）", ";": "；"})

line = st.one_of(
    st.sampled_from(BODY),
    st.sampled_from(HEADINGS),
    st.sampled_from(BOILER),
    st.tuples(st.sampled_from(BODY), st.sampled_from(GLUED)).map("".join),
    st.tuples(st.sampled_from(BODY), st.sampled_from(["<h3>", "<br>"]), st.sampled_from(BODY)).map("".join),
)
width_line = st.tuples(line, st.booleans()).map(lambda t: t[0].translate(FULL) if t[1] else t[0])
document = st.tuples(
    st.lists(width_line, min_size=1, max_size=12),
    st.sampled_from(["\n", "\n\n"]),
).map(lambda t: t[1].join(t[0]))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def clean(text: str) -> Document | None:
    doc = Document(id="p", source="p", original=text)
    docs = [doc]
    for stage in STAGES:
        docs = [d for x in docs for d in stage.run(x)]
    return docs[0] if docs else None


def is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


@SETTINGS
@given(document)
def test_cleaning_twice_equals_cleaning_once(text: str) -> None:
    once = clean(text)
    if once is None:
        return
    twice = clean(once.text)
    assert twice is not None and twice.text == once.text
    assert [c for c in twice.changes if c.stage == "boilerplate"] == []


@SETTINGS
@given(document)
def test_output_only_removes_and_replay_reproduces_it(text: str) -> None:
    doc = clean(text)
    if doc is None:
        return
    assert replay(doc.original, doc.changes) == doc.text
    # The boilerplate stage only removes: its changes insert nothing, so the text is a
    # subsequence of what normalize produced (normalize itself may replace: `&nbsp;` -> a space).
    assert all(c.replacement == "" for c in doc.changes if c.stage == "boilerplate")
    normalized = replay(doc.original, [c for c in doc.changes if c.stage == "normalize"])
    assert is_subsequence(doc.text, normalized)
    # And it leaves tidy text: no blank-line holes, no blank edges.
    assert "\n\n\n" not in doc.text and doc.text == doc.text.strip("\n")


# (fewer examples than the others: the engine without its prefilter runs every rule on every line,
# and `test_rules.py` checks the prefilter against it on the pack's examples and the seeds too)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(document)
def test_prefilter_agrees_with_running_every_rule(text: str) -> None:
    # One remembering engine for every example: lines it matched in earlier documents are
    # taken from its memo, and must decide as running every rule on every line does.
    naive = RuleSet(RULES, prefilter=False, shared_memo=False)
    got, want = REMEMBERING.plan(text, 5.0), naive.plan(text, 5.0)
    assert (got.edits, got.notes) == (want.edits, want.notes)


REMEMBERING = RuleSet(RULES)


FORGETFUL = RuleSet(RULES, shared_memo=False)


def rounds_from_scratch(text: str) -> tuple[Document, Document]:
    """The stage's document, and the document the same rounds give when every round matches
    every line again (an engine that remembers nothing) and asks the model again."""
    fast, slow = (STAGES[0].run(Document(id="p", source="p", original=text))[0] for _ in range(2))
    stage = STAGES[1]
    stage.run(fast)
    assert stage.model is not None
    for _ in range(MAX_ROUNDS):
        changed = FORGETFUL.apply(slow, CFG.rule_timeout)
        changed += slow.apply(STAGE, stage.model.plan(slow.text))
        if not changed:
            break
    # (and ends as the stage does: the head's later copies, then the account's card name)
    if copies := _head_copies(slow, FORGETFUL.head_rule_ids):
        slow.apply(STAGE, copies)
    if card := _account_card_name(slow):
        slow.apply(STAGE, card)
    return fast, slow


@SETTINGS
@given(document)
def test_later_rounds_decide_as_a_fresh_engine_would(text: str) -> None:
    # The stage's later rounds reuse the first round's line matches and skip the model on a
    # text it found nothing in; every round done from scratch must give the same document.
    fast, slow = rounds_from_scratch(text)
    assert fast.text == slow.text and fast.notes == slow.notes and fast.changes == slow.changes


def test_a_kept_block_marker_is_weighed_again_in_the_second_round() -> None:
    # The counter goes in round one, so a second round runs; the related-articles block is
    # more than half the text, so the guard keeps it and says so, in both rounds.
    tail = "\n".join(f"第{i}篇推荐文章的标题写在这里,内容与本文无关。" for i in range(10))
    fast, slow = rounds_from_scratch(f"医院召开了党建工作会议。\n(0)\n相关推荐\n{tail}")
    assert [c.rule for c in fast.changes] == ["bare_counter"]
    assert [n["rule"] for n in fast.notes] == ["related_block", "related_block"]
    assert fast.notes == slow.notes and fast.changes == slow.changes


@SETTINGS
@given(st.lists(st.sampled_from(BODY + HEADINGS), min_size=1, max_size=8), st.sampled_from(["\n", "\n\n"]))
def test_body_alone_is_untouched(paragraphs: list[str], sep: str) -> None:
    text = sep.join(paragraphs)
    doc = clean(text)
    assert doc is not None
    assert [c for c in doc.changes if c.stage == "boilerplate"] == []


# -- the prefilter's literal extraction is sound: whenever a pattern matches a line, the line
# holds one of the literals extracted from it (or none were extracted and the rule always runs).

WORDS = ["上一篇", "编辑", "图", "图片", "(0)", "G", "版权", "阅读原文", ":", "。"]
ATOMS = st.one_of(
    st.sampled_from(WORDS).map(lambda w: re.escape(w)),
    st.sampled_from([r"[。!?”]", r"[A-Za-z]", r"\d", r"\s*", r".", r"[:/]", r"[(\[【]?", "^", "$", r"\p{Han}", r"[^\p{Han}\d]", r"\P{Han}"]),
    st.lists(st.sampled_from(WORDS), min_size=2, max_size=3).map(lambda ws: "(?:" + "|".join(map(re.escape, ws)) + ")"),
    st.sampled_from([r"(?<=[。!?])", r"(?<=编辑)", r"(?:图|图片)?", r"(?<=\s)", r"(?![。!?])", r"(?=.*图)", r"(?<![^。])"]),
)
QUANT = st.sampled_from(["", "", "?", "+", "*", "{1,2}"])
PATTERN = st.lists(st.tuples(ATOMS, QUANT), min_size=1, max_size=5).map(
    lambda parts: "".join(a if a in ("^", "$") or a.startswith(("(?<", "(?=", "(?!")) else f"(?:{a}){q}" for a, q in parts)
)
LINE = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(BODY).map(lambda s: s[:20])), max_size=6).map("".join)


@SETTINGS
@given(PATTERN, st.lists(LINE, min_size=2, max_size=5))
def test_lines_matched_joined_are_the_lines_matched_alone(pattern: str, lines: list[str]) -> None:
    # Several lines are searched as one string when the pattern cannot see past a line: the
    # lines found must be exactly those a search of each line alone finds.
    from cleaner.rules import _search_lines

    try:
        compiled = regex.compile(fold_pattern(pattern), regex.MULTILINE | regex.V0)
    except regex.error:
        return
    folded = [fold_width(ln) for ln in lines]
    alone = [i for i, ln in enumerate(folded) if compiled.search(ln)]
    assert _search_lines(compiled, folded, list(range(len(folded))), 5.0) == alone, pattern


@SETTINGS
@given(PATTERN, st.lists(LINE, min_size=1, max_size=5))
def test_extracted_literals_are_in_every_matching_line(pattern: str, lines: list[str]) -> None:
    try:
        compiled = regex.compile(fold_pattern(pattern), regex.MULTILINE)
    except regex.error:
        return
    literals = required_literals(compiled.pattern)
    if literals is None:
        return
    for ln in lines:
        folded = fold_width(ln)
        if compiled.search(folded):
            assert any(lit in scan_form(folded) for lit in literals), (pattern, literals, ln)


@SETTINGS
@given(PATTERN, st.booleans(), st.lists(LINE, min_size=1, max_size=5))
def test_every_literal_check_holds_in_every_matching_line(pattern: str, ignore_case: bool, lines: list[str]) -> None:
    # A line the automaton flags is matched only if it holds a string of each of the pattern's
    # further literal sets: a line with a match must hold them all, or a removal would be lost.
    flags = regex.MULTILINE | regex.V0 | (regex.IGNORECASE if ignore_case else 0)
    try:
        compiled = regex.compile(fold_pattern(pattern), flags)
    except regex.error:
        return
    checks = literal_checks(compiled.pattern, ignore_case)
    for ln in lines:
        folded = fold_width(ln.swapcase() if ignore_case else ln)
        if compiled.search(folded):
            for strings in checks:
                assert any(x in scan_form(folded) for x in strings), (pattern, strings, ln)


def test_the_packs_line_checks_hold_on_its_examples_and_the_seeds() -> None:
    # The same on the shipped patterns: every line of the examples and the seeds that a
    # pattern matches holds a string of each of its literal sets.
    check_patterns(RULES)
    lines = {fold_width(ln) for r in RULES for ex in (*r.remove, *r.keep) for ln in ex.text.split("\n")}
    lines |= {fold_width(ln) for ln in SEED_LINES}
    checked = 0
    for rule in RULES:
        for p in rule.compiled:
            checks = literal_checks(p.pattern, rule.ignore_case)
            alphabet = line_alphabet(p.pattern, rule.ignore_case)
            checked += bool(checks)
            for ln in lines:
                if p.search(ln):
                    assert all(any(x in scan_form(ln) for x in strings) for strings in checks), (rule.id, checks, ln)
                    assert alphabet is None or alphabet.fullmatch(ln), (rule.id, alphabet, ln)
    assert checked > 50  # most of the pack's patterns have literal sets to check


def test_literal_checks_leave_out_letters_case_folding_could_match_otherwise() -> None:
    # Under ignore_case `k` matches the Kelvin sign, which `str.lower` leaves as it is: a check
    # on `k` would drop a line the pattern matches. Strings without letters are still checked.
    assert regex.compile("kb", regex.IGNORECASE | regex.V0).search("\u212ab")
    assert literal_checks("kb", True) == ()
    assert literal_checks("kb", False) == (("kb",),)
    assert literal_checks("版权:所有", True) == (("版权:所有",),)


WHOLE_LINE = st.tuples(PATTERN, st.sampled_from(["", "[ \t]*", "[ \t|·]+", "(?:[\u4e00-\u9fff]{1,4}[ \t]*)+"])).map(
    lambda t: f"^{t[1]}{t[0]}{t[1]}$"
)


@SETTINGS
@given(WHOLE_LINE, st.lists(st.one_of(LINE, st.sampled_from(["|", " · ", "上一篇 下一篇", "编辑 图片"])), min_size=1, max_size=5))
def test_a_line_a_whole_line_pattern_matches_is_made_of_its_characters(pattern: str, lines: list[str]) -> None:
    # A whole-line rule is not matched on a line holding a character none of its classes
    # names: a line it matches must pass that check.
    try:
        compiled = regex.compile(fold_pattern(pattern), regex.MULTILINE | regex.V0)
    except regex.error:
        return
    alphabet = line_alphabet(compiled.pattern)
    for ln in lines:
        folded = fold_width(ln)
        if compiled.search(folded):
            assert alphabet is None or alphabet.fullmatch(folded), (pattern, ln)


def test_line_alphabet_only_for_whole_lines_of_named_characters() -> None:
    symbols = line_alphabet(r"^[ \t|·]+$")
    assert symbols is not None and symbols.fullmatch(" | · ") and not symbols.fullmatch("| 正文 |")
    assert line_alphabet(r"^[ \t|·]+") is None  # not anchored at the end: anything may follow
    assert line_alphabet(r"^\S+(?:上一篇|下一篇)$") is None  # `\S` names no finite set
    assert line_alphabet(r"^\d+年$") is None  # nor `\d` here (see below)
    assert line_alphabet(r"^[^。]+$") is None
    assert line_alphabet(r"^(?:top|up)$", True) is None  # case variants


def test_the_line_check_classes_take_every_character_the_patterns_classes_take() -> None:
    # A line check names `\s` in the standard library's sense for a pattern's `\s` (the `regex`
    # module's): every code point the pattern's class matches, the check's must.
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    theirs = set(regex.findall(r"\s", every, flags=regex.V0 | regex.MULTILINE))
    ours = set(re.findall(r"\s", every))
    assert theirs and theirs <= ours, sorted(theirs - ours)[:5]
    counter = line_alphabet(r"^\s*阅读\s*[:]\s*[0-9]+\s*$")
    assert counter is not None and counter.fullmatch("阅读 : 12\u3000") and not counter.fullmatch("阅读:十二")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\u3000\u00a0\u2028\x1c\x85\u200b医院a。", max_size=12), st.integers(0, 8))
def test_the_copy_free_length_tests_agree_with_strip(line: str, limit: int) -> None:
    assert _blank(line) == (not line.strip())
    assert _short(line, limit) == (len(line.strip()) <= limit)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=" \t\u3000\u00a0\u2028\x1c\x85\u200b医院a。", max_size=12), max_size=8), st.integers(0, 8))
def test_the_sizes_found_once_per_document_answer_the_per_line_tests(lines: list[str], limit: int) -> None:
    # The engine reads every short-line and blank-line test of a document from one pass over its
    # lines: each answer must be the one the per-line test gives.
    sizes = _sizes(lines)
    assert [n <= limit for n in sizes] == [_short(ln, limit) for ln in lines]
    assert [n == 0 for n in sizes] == [_blank(ln) for ln in lines]


@SETTINGS
@given(st.lists(st.sampled_from([*WORDS, "图片由", "a", "片"]), min_size=1, max_size=6), st.lists(LINE, min_size=1, max_size=6))
def test_the_literal_scan_names_every_line_holding_a_literal_and_no_other(words: list[str], lines: list[str]) -> None:
    # The automaton scans the whole text once and maps each occurrence to its line: the pairs
    # must be exactly the (literal, line) pairs a line-by-line `in` test finds.
    by_literal = {scan_form(w): [k] for k, w in enumerate(words)}
    literals = _Literals(by_literal)
    text = scan_form("\n".join(lines))
    starts = [0]
    for ln in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    expected = {(w, li) for w, word in enumerate(by_literal) for li, ln in enumerate(text.split("\n")) if word in ln}
    assert literals.in_lines(text, starts) == expected


def test_a_literal_hit_leaves_out_only_the_checks_it_settles() -> None:
    # A line the prefilter flags for a unit holds one of its literals; the checks that literal
    # settles are not made again there. On every line of the examples and the seeds holding a
    # unit's literal, the remaining checks must answer as all of them do.
    rs = RuleSet(RULES, shared_memo=False)
    lines = {scan_form(fold_width(ln)) for r in RULES for ex in (*r.remove, *r.keep) for ln in ex.text.split("\n")}
    lines |= {scan_form(fold_width(ln)) for ln in SEED_LINES}
    left_out = flagged = 0
    for unit in rs.units:
        if not unit.literals:
            assert unit.hit_checks == unit.checks
            continue
        left_out += len(unit.checks) - len(unit.hit_checks)
        for ln in lines:
            if any(lit in ln for lit in unit.literals):
                flagged += 1
                assert _holds(unit.checks, ln) == _holds(unit.hit_checks, ln), (unit.rule.id, ln)
    assert left_out > 20 and flagged > 200  # the pack has checks to leave out and lines to try them on
