"""The rule engine: strict loading, overrides and --disable, width folding, the prefilter,
the time bound, the shipped pack's examples, packaging, and `cleaner rules list/test`."""

from __future__ import annotations

import pickle
import shutil
import subprocess
import sys
import textwrap
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import regex

from cleaner.config import Config
from cleaner.errors import ConfigError, RuleError
from cleaner.model import Document, replay
from cleaner.rules import (
    KINDS,
    MatchMemo,
    RuleSet,
    default_rules_dir,
    fold_pattern,
    fold_width,
    load_rule_file,
    load_rule_list,
    load_rules,
    required_literals,
    run_rule_examples,
    scan_form,
)

from .helpers import ROOT, run_cli

GOOD_RULE = """\
  - id: hospital_ad
    kind: line
    description: An advert line for a private clinic.
    patterns:
      - '^广告[:]'
    examples:
      remove:
        - 广告:无痛胃镜到某某医院
      keep:
        - 医院拒绝了一切商业广告。
"""


def write(tmp_path: Path, name: str, body: str) -> Path:
    p = tmp_path / name
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return p


def clean(text: str, cfg: Config | None = None) -> Document:
    cfg = cfg or Config()
    doc = Document(id="t", source="t", original=text)
    load_rules(cfg).apply(doc, cfg.rule_timeout)
    return doc


def rules_of(doc: Document) -> list[str]:
    return [c.rule for c in doc.changes]


# -- strict loading ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "rule", "key", "words"),
    [
        # A typo in a key names the key and suggests the right one.
        ("rules:\n  - id: ad\n    kind: line\n    description: d\n    patern: ['x']\n", "ad", "patern", "did you mean `patterns`"),
        # A regex that does not compile.
        ("rules:\n  - id: ad\n    kind: line\n    description: d\n    patterns: ['(unclosed']\n", "ad", "patterns", "does not compile"),
        # An unknown kind, with a suggestion.
        ("rules:\n  - id: ad\n    kind: lines\n    description: d\n    patterns: ['x']\n", "ad", "kind", "did you mean `line`"),
        # A missing field.
        ("rules:\n  - id: ad\n    kind: line\n    patterns: ['x']\n", "ad", "description", "missing field"),
        # A pattern that matches the empty string would match every line.
        ("rules:\n  - id: ad\n    kind: line\n    description: d\n    patterns: ['x*']\n", "ad", "patterns", "empty string"),
        # A single string where a list belongs.
        ("rules:\n  - id: ad\n    kind: line\n    description: d\n    patterns: 'x'\n", "ad", "patterns", "not a single string"),
        # Not a snake_case id.
        ("rules:\n  - id: Prev-Next\n    kind: line\n    description: d\n    patterns: ['x']\n", "#1", "id", "snake_case"),
        # A span example must say what remains.
        (
            "rules:\n  - id: tag\n    kind: span\n    description: d\n    patterns: ['<br>']\n"
            "    examples: {remove: ['a<br>b'], keep: ['ab']}\n",
            "tag",
            "examples.remove",
            "result",
        ),
        # Only a whole-line rule marks where an image was, and says so with true or false.
        (
            "rules:\n  - id: tag\n    kind: span\n    description: d\n    patterns: ['<img>']\n"
            "    image_placeholder: true\n    examples: {remove: [{text: 'a<img>b', result: 'ab'}], keep: ['ab']}\n",
            "tag",
            "image_placeholder",
            "whole lines",
        ),
        (
            "rules:\n  - id: pic\n    kind: line\n    description: d\n    patterns: ['^x']\n    image_placeholder: yes please\n",
            "pic",
            "image_placeholder",
            "true or false",
        ),
        # The same for a picture's credit.
        (
            "rules:\n  - id: tag\n    kind: span\n    description: d\n    patterns: ['摄影:\\\\S+']\n"
            "    image_credit: true\n    examples: {remove: [{text: 'a摄影:b', result: 'a'}], keep: ['ab']}\n",
            "tag",
            "image_credit",
            "whole lines",
        ),
        (
            "rules:\n  - id: pic\n    kind: line\n    description: d\n    patterns: ['^x']\n    image_credit: 1\n",
            "pic",
            "image_credit",
            "true or false",
        ),
        # Only a block runs to the end of the text, and says so with true or false.
        (
            "rules:\n  - id: replies\n    kind: line\n    description: d\n    patterns: ['^沙发$']\n    to_end: true\n",
            "replies",
            "to_end",
            "only a `block` rule",
        ),
        (
            "rules:\n  - id: replies\n    kind: block\n    description: d\n    patterns: ['^沙发$']\n    to_end: 'yes'\n",
            "replies",
            "to_end",
            "true or false",
        ),
        # Examples are required on both sides.
        (
            "rules:\n  - id: ad\n    kind: line\n    description: d\n    patterns: ['^x']\n    examples: {remove: ['x']}\n",
            "ad",
            "examples.keep",
            "non-empty list",
        ),
    ],
)
def test_bad_rule_names_file_rule_and_key(tmp_path: Path, body: str, rule: str, key: str, words: str) -> None:
    p = write(tmp_path, "user.yaml", body)
    with pytest.raises(RuleError) as ei:
        load_rule_file(p)
    err = ei.value
    assert err.path == str(p) and err.rule == rule and err.key == key
    assert str(p) in str(err) and f"rule `{rule}`" in str(err) and f"key `{key}`" in str(err)
    assert words in str(err)
    assert err.exit_code == 2


def test_duplicated_id_in_one_file(tmp_path: Path) -> None:
    p = write(tmp_path, "dup.yaml", "rules:\n" + GOOD_RULE + GOOD_RULE)
    with pytest.raises(RuleError, match=r"dup.yaml: rule `hospital_ad`: key `id`: duplicated id"):
        load_rule_file(p)


def test_duplicated_id_across_files_of_one_folder(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    folder.mkdir()
    write(folder, "a.yaml", "rules:\n" + GOOD_RULE)
    write(folder, "b.yaml", "rules:\n" + GOOD_RULE)
    with pytest.raises(RuleError) as ei:
        load_rule_list(Config(rules_paths=[str(folder)], use_default_rules=False))
    assert "b.yaml" in str(ei.value) and "also defined in" in str(ei.value) and "a.yaml" in str(ei.value)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("rules:\n  - id: ad\n   kind: line\n", "not valid YAML: line 3"),
        ("- id: ad\n  kind: line\n", "a mapping with a `rules:` list, found a list"),
        ("", "found nothing"),
        ("rules:\n  - just a string\n", "each rule must be a mapping"),
        ("rule:\n  - id: ad\n", "did you mean `rules`"),
        # A key given twice would silently keep only the last value.
        ("rules:\n  - id: ad\n    patterns: ['x']\n    patterns: ['y']\n", "line 4, column 5: key `patterns` is given twice"),
    ],
)
def test_file_level_errors(tmp_path: Path, body: str, words: str) -> None:
    p = write(tmp_path, "f.yaml", body)
    with pytest.raises(RuleError) as ei:
        load_rule_file(p)
    assert str(ei.value).startswith(str(p)) and words in str(ei.value)


def test_rules_cannot_run_code(tmp_path: Path) -> None:
    # safe_load refuses Python tags: a rule file is data.
    p = write(tmp_path, "evil.yaml", "rules: !!python/object/apply:os.system ['echo hacked']\n")
    with pytest.raises(RuleError, match="not valid YAML"):
        load_rule_file(p)


def test_missing_rules_path_is_a_clear_error() -> None:
    with pytest.raises(RuleError, match="no such rule file or folder"):
        load_rule_list(Config(rules_paths=["no/such/rules.yaml"]))


# -- overrides and disabling --------------------------------------------------------------------


def test_user_rule_with_existing_id_overrides_it(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "override.yaml",
        """\
        rules:
          - id: bare_counter
            kind: line
            description: Only bracketed counters of two digits or more.
            patterns: ['^\\(\\d{2,}\\)$']
            examples:
              remove: ['(12)']
              keep: ['(0)']
        """,
    )
    rules = load_rule_list(Config(rules_paths=[str(p)]))
    mine = [r for r in rules if r.id == "bare_counter"]
    assert len(mine) == 1 and mine[0].path == str(p)
    doc = clean("正文内容写在这里。\n(0)\n(12)", Config(rules_paths=[str(p)]))
    assert doc.text == "正文内容写在这里。\n(0)"
    assert rules_of(doc) == ["bare_counter"]


def test_disable_switches_a_rule_off() -> None:
    text = "医院召开了党建工作会议。\n(0)"
    assert rules_of(clean(text)) == ["bare_counter"]
    assert clean(text, Config(disable=["bare_counter"])).text == text


def test_unknown_disable_id_suggests_the_closest() -> None:
    with pytest.raises(ConfigError, match=r"--disable bare_countr: no rule has this id, did you mean `bare_counter`\?"):
        load_rule_list(Config(disable=["bare_countr"]))


def test_without_default_rules_only_user_rules_run(tmp_path: Path) -> None:
    p = write(tmp_path, "mine.yaml", "rules:\n" + GOOD_RULE)
    cfg = Config(rules_paths=[str(p)], use_default_rules=False)
    assert [r.id for r in load_rule_list(cfg)] == ["hospital_ad"]
    doc = clean("广告:无痛胃镜\n(0)\n医院召开会议。", cfg)
    assert doc.text == "(0)\n医院召开会议。" and rules_of(doc) == ["hospital_ad"]


# -- matching ---------------------------------------------------------------------------------------


def test_width_folding_keeps_offsets_and_matches_both_widths(tmp_path: Path) -> None:
    assert fold_width("来源：（本站）ＡＢ１") == "来源:(本站)AB1"
    p = write(
        tmp_path,
        "w.yaml",
        """\
        rules:
          - id: source_line_tail
            kind: line
            description: A trailing source line written with a full-width colon and bracket in the pattern.
            patterns: ['^（来源：\\S+）$']
            examples:
              remove: ['(来源:本站)']
              keep: ['来源广泛。']
        """,
    )
    cfg = Config(rules_paths=[str(p)], use_default_rules=False)
    for line in ("(来源:本站)", "（来源：本站）", "(来源：本站）"):
        doc = clean(f"正文。\n{line}", cfg)
        assert doc.text == "正文。" and rules_of(doc) == ["source_line_tail"], line


def test_required_literals() -> None:
    assert required_literals(r"^\(0\)$") == ("(0)",)
    assert required_literals(r"^\s*(?:上一篇|下一篇)\s*") == ("上一篇", "下一篇")
    assert required_literals(r"Copyright\s*©") == ("copyright",)
    assert required_literals(r"[A-Z]{2}$") is None
    assert required_literals(r"\d{2}$") is None
    # Small classes and a lookbehind expand into every spelling (ASCII case folded).
    assert required_literals(r"(?:责任编辑|责编)[:]") == ("责任编辑:", "责编:")
    # A lone `:` is on every line; the words before it are the better literal.
    assert required_literals(r"(?:摄影|供图|图)\s*[:/]") == ("供图", "图", "摄影")
    assert len(required_literals(r"(?<=[。!?”])[A-Za-z]{1,2}$") or ()) == 4 * 26
    # A Unicode property (`regex` syntax) names no string; the literals around it still count.
    assert required_literals(r"\p{Han}+版权") == ("版权",)
    assert required_literals(r"^[\p{Han}A-Za-z0-9]{2,20}官方(?:公众号|平台)$") == ("官方公众号", "官方平台")
    assert required_literals(r"^\P{Han}{0,4}\pN+期") == ("期",)
    # An escaped backslash before `p` is a backslash to match, not a property.
    assert required_literals(r"目录\\pdf") == ("目录\\pdf",)


def test_literals_read_past_unicode_properties_hold_in_every_matching_line() -> None:
    # The prefilter of a pattern written with `\p{…}` flags every line the pattern matches.
    cases = {
        r"^\s*[\p{Han}]{0,8}(?:台|融媒)?(?:记者|通讯员)[ \t]*\p{Han}{2,3}$": ["县融媒记者 王某", "记者李某某", "通讯员 陈某"],
        r"^[^\p{Han}\w]{0,8}(?:文末福利|留言有奖)": ["★文末福利", "留言有奖", "—— 文末福利 ——"],
        r"\P{Han}*扫码关注": ["＞＞扫码关注", "请扫码关注"],
    }
    for pattern, lines in cases.items():
        compiled = regex.compile(fold_pattern(pattern), regex.MULTILINE)
        literals = required_literals(compiled.pattern)
        assert literals, pattern
        for ln in lines:
            folded = fold_width(ln)
            assert compiled.search(folded), (pattern, ln)
            assert any(lit in scan_form(folded) for lit in literals), (pattern, literals, ln)


def _naive(rs: RuleSet) -> RuleSet:
    """The same rules with the prefilter switched off: every pattern runs on the whole text."""
    return RuleSet(rs.rules, prefilter=False)


def test_prefilter_finds_exactly_what_running_every_rule_finds(seeds: list[Path]) -> None:
    rs = load_rules(Config())
    naive = _naive(rs)
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    texts += [ex.text for r in rs.rules for ex in (*r.remove, *r.keep)]
    for t in texts:
        assert rs.plan(t, 5.0).edits == naive.plan(t, 5.0).edits


def test_lines_remembered_across_documents_give_what_fresh_matching_gives(seeds: list[Path]) -> None:
    # Pages of one site repeat their chrome lines: a rule set remembers what it found in a line
    # and does not match it again. Documents that mix lines seen before with new ones, in two
    # orders, must get the same edits and notes as a rule set that matches everything afresh.
    rules = load_rule_list(Config())
    fresh = RuleSet(rules, shared_memo=False)
    examples = [ex.text for r in rules for ex in (*r.remove, *r.keep)]
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    texts += ["\n".join(examples[k::7]) + "\n" + texts[k % len(texts)] for k in range(7)]
    for order in (texts, texts[::-1]):
        remembering = RuleSet(rules)
        for t in order + order:
            got, want = remembering.plan(t, 5.0), fresh.plan(t, 5.0)
            assert (got.edits, got.notes) == (want.edits, want.notes)
        assert remembering.shared_memo is not None and remembering.shared_memo.lines


def test_the_remembered_lines_stay_within_their_bound() -> None:
    rs = load_rules(Config())
    memo = rs.shared_memo
    assert memo is not None
    memo.limit = 2_000
    peak = 0
    for k in range(400):
        rs.plan(f"第{k}段正文,医院召开了工作会议。\n【医院新闻】第{k}期义诊活动顺利举行。\n(责任编辑:林{k})", 5.0)
        peak = max(peak, sum(map(len, memo.lines)) + sum(len(a) for a, _ in memo.head) + sum(map(len, memo.spans)))
    assert memo.held <= memo.limit and peak <= memo.limit + 100
    # A memo handed to a worker with its rule set arrives empty, keeping its bound.
    copy = pickle.loads(pickle.dumps(memo))
    assert isinstance(copy, MatchMemo) and copy.lines == {} and copy.limit == 2_000


def test_catastrophic_user_rule_is_skipped_and_noted(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "slow.yaml",
        """\
        rules:
          - id: slow_rule
            kind: line
            description: Backtracks exponentially on a long run of a's when the line goes on after the b.
            patterns: ['^(a|aa)+b$']
            examples:
              remove: ['aaab']
              keep: ['aaaba']
        """,
    )
    cfg = Config(rules_paths=[str(p)], rule_timeout=0.05)
    text = "医院召开了党建工作会议。\n" + "a" * 80 + "ba\n(0)"
    t0 = time.perf_counter()
    doc = Document(id="t", source="t", original=text)
    load_rules(cfg).apply(doc, cfg.rule_timeout)
    assert time.perf_counter() - t0 < 5  # generous: the point is that it returns at all
    # The slow rule is skipped for this document and said so; the other rules still ran.
    assert [n["rule"] for n in doc.notes] == ["slow_rule"]
    assert doc.notes[0]["stage"] == "boilerplate" and "longer than 0.05s" in doc.notes[0]["message"]
    assert rules_of(doc) == ["bare_counter"]
    assert "a" * 80 + "ba" in doc.text
    # The same rule set on a second document holding that line: nothing was remembered from the
    # pass that timed out, so the rule runs away and is skipped again.
    engine = load_rules(cfg)
    for _ in range(2):
        doc = Document(id="t", source="t", original=text)
        engine.apply(doc, cfg.rule_timeout)
        assert [n["rule"] for n in doc.notes] == ["slow_rule"] and rules_of(doc) == ["bare_counter"]
    # A line holding a character the whole-line pattern cannot take is not matched at all:
    # the rule is not run there, so it does not time out and stays on for the document.
    doc = Document(id="t", source="t", original=text.replace("ba\n", "bc\n"))
    load_rules(cfg).apply(doc, cfg.rule_timeout)
    assert doc.notes == [] and rules_of(doc) == ["bare_counter"]


def test_a_rule_that_only_waited_for_a_core_is_not_timed_out() -> None:
    # On a busy machine the matching thread can wait for a core longer than the rule's budget.
    # That must not change the output: only CPU spent matching counts against the budget.
    from cleaner.rules import Rule, _Budget, _Timeout

    rule = Rule(id="r", kind="line", description="d", path="t.yaml", patterns=("x",))
    calls: list[float] = []

    def descheduled(timeout: float) -> str:
        calls.append(timeout)
        if len(calls) == 1:
            time.sleep(timeout)  # wall time passes, no CPU is used
            raise TimeoutError
        return "matched"

    budget = _Budget(0.05)
    assert budget.call(rule, descheduled) == "matched"
    assert calls[1] > calls[0] and "r" not in budget.timed_out

    def runaway(timeout: float) -> str:
        end = time.thread_time() + timeout
        while time.thread_time() < end:  # the match itself burns the budget
            pass
        raise TimeoutError

    with pytest.raises(_Timeout):
        _Budget(0.05).call(rule, runaway)


def test_a_rule_timed_by_the_wall_clock_is_recounted_near_its_budget() -> None:
    # Documents are first timed by the cheap wall clock; once the document's matching gets near
    # one rule's budget that way, it is sent back to be timed with the CPU clock, so load cannot
    # time a rule out.
    from cleaner.rules import Rule, _Budget, _Recount

    rule = Rule(id="r", kind="line", description="d", path="t.yaml", patterns=("x",))
    other = Rule(id="o", kind="line", description="d", path="t.yaml", patterns=("y",))
    budget = _Budget(0.05, optimistic=True)
    assert budget.call(rule, lambda timeout: "quick") == "quick"
    assert not budget.timed_out

    def waits(seconds: float) -> Callable[[float], str]:
        def attempt(timeout: float) -> str:
            time.sleep(seconds)
            return "matched"

        return attempt

    # Two rules, each well within its budget, whose time together passes a quarter of it.
    # (a budget wide enough that a loaded machine's late wake-up does not pass the quarter at the first)
    together = _Budget(0.4, optimistic=True)
    assert together.call(rule, waits(0.02)) == "matched"
    with pytest.raises(_Recount):
        together.call(other, waits(0.09))
    lines = ["x"] * 3
    late = _Budget(0.05, optimistic=True)
    late.deadline = time.perf_counter() - 1
    with pytest.raises(_Recount):
        late.search_lines(rule, regex.compile("x"), lines, [0, 1])
    # …and the engine's own line scan, which reads the deadline between its searches: a document
    # whose matching is past it goes back, and the plan it gets is the CPU clock's.
    from cleaner.rules import RuleSet, parse_rule

    credit = parse_rule("t.yaml", {
        "id": "credit_line", "kind": "line", "description": "d", "patterns": [r"^\s*编辑[:]\s*\S{2,4}\s*$"],
        "examples": {"remove": ["编辑:某某"], "keep": ["正文。"]},
    }, 1)
    rs = RuleSet([credit])
    text = "正文第一段。\n编辑:某某\n正文第二段。"
    past = _Budget(0.05, optimistic=True)
    past.deadline = time.perf_counter() - 1
    with pytest.raises(_Recount):
        rs._plan(text, past, None)
    assert [e.rule for e in rs.plan(text, 0.05).edits] == ["credit_line"]

    def descheduled(timeout: float) -> str:
        time.sleep(0.02)  # wall time passes, no CPU is used
        return "matched"

    with pytest.raises(_Recount):
        budget.call(rule, descheduled)
    with pytest.raises(_Recount):
        _Budget(0.05, optimistic=True).call(rule, lambda timeout: (_ for _ in ()).throw(TimeoutError))
    # Counted with the CPU clock, the same call is not timed out: it used no CPU.
    assert _Budget(0.05).call(rule, descheduled) == "matched"


@pytest.mark.parametrize(
    ("pattern", "local"),
    [
        (r"^\s*编辑[:]", True),
        (r"(?<=[。!?”])\s*(?:责任编辑|责编)[:]", True),  # a lookbehind that cannot see a line break
        (r"^(?=.*(?:关于我们|网站地图))[^|\n]{2,40}$", True),
        (r"(?<=[^a])G", False),  # a negated class holds the line break
        (r"(?<=\s)G", False),
        (r"(?!\s)G", False),
        (r"\AG", False),
        (r"G\Z", False),
        (r"(?<=[[:alpha:]])G", False),  # regex-only syntax: not analysed
        (r"(\w)(?=\1)", False),
    ],
)
def test_which_patterns_match_lines_joined_as_alone(pattern: str, local: bool) -> None:
    from cleaner.rules import _line_local

    assert _line_local(pattern) is local


def test_block_guard_leaves_a_big_block_and_notes_it() -> None:
    body = "医院召开了党建工作会议。"
    tail = "\n".join(f"第{i}篇推荐文章的标题写在这里,内容与本文无关。" for i in range(10))
    doc = clean(f"{body}\n相关推荐\n{tail}")
    assert doc.changes == [] and "相关推荐" in doc.text
    assert doc.notes and doc.notes[0]["rule"] == "related_block"
    assert "more than half" in doc.notes[0]["message"]


def test_whole_line_removals_leave_no_blank_hole() -> None:
    text = "第一段正文内容。\n\n(0)\n\n第二段正文内容。\n\n上一篇 文章标题\n\n下一篇 文章标题"
    doc = clean(text)
    assert doc.text == "第一段正文内容。\n\n第二段正文内容。"
    assert rules_of(doc) == ["bare_counter", "prev_next", "prev_next"]
    assert replay(doc.original, doc.changes) == doc.text


def test_span_removal_tidies_spaces_and_runs_to_a_fixed_point() -> None:
    # The credit hides the stray letter from the end of the line until it is gone.
    doc = clean("不断提升医疗服务能力,贡献力量。G (责任编辑:林海南)")
    assert doc.text == "不断提升医疗服务能力,贡献力量。"
    assert sorted(set(rules_of(doc))) == ["editor_credit", "stray_letter"]


def test_head_rules_only_touch_the_head() -> None:
    # (A you-are-here line, 当前位置:… or a path from the home page, 首页 > …, goes wherever it
    # stands: `location_line`; a path of two column names is a breadcrumb only over the article.)
    text = "健康科普 > 儿童保健\n医院召开了党建工作会议,会议由党委书记主持。\n健康科普 > 儿童保健"
    doc = clean(text)
    assert rules_of(doc) == ["breadcrumb"]
    assert doc.text == "医院召开了党建工作会议,会议由党委书记主持。\n健康科普 > 儿童保健"


# -- the shipped pack ---------------------------------------------------------------------------


def test_every_shipped_rule_has_examples_that_behave() -> None:
    rules = load_rule_list(Config())
    assert {r.kind for r in rules} == set(KINDS)
    for r in rules:
        assert r.remove and r.keep and r.description, r.id
        assert r.path.startswith("rules/") and r.path.endswith(".yaml")
    outcome = run_rule_examples(Config())
    assert outcome.failures == []
    assert outcome.passed == sum(len(r.remove) + len(r.keep) for r in rules)


def test_a_misbehaving_example_is_reported_with_file_rule_and_example(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "wrong.yaml",
        """\
        rules:
          - id: clinic_ad
            kind: line
            description: Clinic adverts.
            patterns: ['^广告[:]']
            examples:
              remove: ['某某诊所:无痛胃镜']
              keep: ['医院拒绝商业广告。']
        """,
    )
    outcome = run_rule_examples(Config(), [str(p)])
    assert outcome.failures == [f"{p}: rule `clinic_ad`: remove example 1 `某某诊所:无痛胃镜` was not removed by this rule"]


def test_shipped_pack_is_found_where_the_package_is() -> None:
    import cleaner

    names = sorted(p.name for p in (ROOT / "rules").glob("*.yaml"))
    assert names and sorted(p.name for p in default_rules_dir().glob("*.yaml")) == names
    if Path(cleaner.__file__).resolve().parent == (ROOT / "cleaner").resolve():
        # A source checkout reads the repository's rules/ through the package's link to it.
        assert default_rules_dir().resolve() == (ROOT / "rules").resolve()


@pytest.mark.slow
def test_shipped_pack_is_in_the_wheel(tmp_path: Path) -> None:
    """`pip install .` builds a wheel: the pack must be inside it, where the package looks for it."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "cleaner", src / "cleaner", symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "rules", src / "rules")
    res = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(src)],
        capture_output=True,
        timeout=600,
    )
    assert res.returncode == 0, res.stderr.decode()[-2000:]
    (wheel,) = (tmp_path / "dist").glob("cleaner-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for p in (ROOT / "rules").glob("*.yaml"):
        assert f"cleaner/data/rules/{p.name}" in names
    # The block model's weights ship beside the pack, in its data sub-folder.
    assert "cleaner/data/rules/model/block_model.json" in names
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "from cleaner.config import Config; from cleaner.rules import run_rule_examples, default_rules_dir;"
        "o = run_rule_examples(Config()); print(default_rules_dir(), o.passed, len(o.failures))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=tmp_path, env={"PYTHONPATH": str(target)})
    assert out.returncode == 0, out.stderr.decode()
    where, passed, failed = out.stdout.decode().split()
    assert where.startswith(str(target)) and int(passed) > 0 and failed == "0"


# -- the command line ---------------------------------------------------------------------------


def test_cli_rules_list_plain() -> None:
    res = run_cli("rules", "list")
    assert res.returncode == 0
    lines = res.stdout.decode().splitlines()
    assert lines[0] == "id\tkind\tdescription\tfile"
    rows = {ln.split("\t")[0]: ln.split("\t") for ln in lines[1:]}
    assert rows["related_block"][1] == "block" and rows["related_block"][3] == "rules/blocks.yaml"
    assert len(rows) == len(load_rule_list(Config()))


def test_cli_rules_list_is_a_table_in_a_terminal() -> None:
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT), "FORCE_COLOR": "1", "COLUMNS": "200"}
    res = subprocess.run([sys.executable, "-m", "cleaner", "rules", "list"], capture_output=True, env=env, cwd=ROOT)
    out = res.stdout.decode()
    assert res.returncode == 0 and "\x1b[" in out and "\t" not in out
    assert "related_block" in out and "rules/blocks.yaml" in out


def test_cli_rules_list_honours_disable_and_rules(tmp_path: Path) -> None:
    p = write(tmp_path, "mine.yaml", "rules:\n" + GOOD_RULE)
    res = run_cli("rules", "list", "--disable", "bare_counter", "--rules", str(p))
    ids = [ln.split("\t")[0] for ln in res.stdout.decode().splitlines()[1:]]
    assert "bare_counter" not in ids and ids[-1] == "hospital_ad"


def test_cli_rules_test_passes_on_the_shipped_pack() -> None:
    res = run_cli("rules", "test")
    assert res.returncode == 0, res.stdout.decode() + res.stderr.decode()
    assert "examples of" in res.stdout.decode() and "rules behave" in res.stdout.decode()


def test_cli_rules_test_fails_on_a_misbehaving_example(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "wrong.yaml",
        "rules:\n  - id: clinic_ad\n    kind: line\n    description: d\n    patterns: ['^广告[:]']\n"
        "    examples: {remove: ['推广:无痛胃镜'], keep: ['医院拒绝商业广告。']}\n",
    )
    res = run_cli("rules", "test", str(p))
    assert res.returncode == 1
    assert "rule `clinic_ad`: remove example 1 `推广:无痛胃镜`" in res.stdout.decode()


def test_cli_rules_test_exit_2_on_a_broken_file(tmp_path: Path) -> None:
    p = write(tmp_path, "bad.yaml", "rules:\n  - id: ad\n    kind: line\n    description: d\n    patern: ['x']\n")
    res = run_cli("rules", "test", str(p))
    assert res.returncode == 2
    err = res.stderr.decode()
    assert f"Error: {p}: rule `ad`: key `patern`: unknown key, did you mean `patterns`?" in err


def test_cli_clean_reports_a_broken_rule_file(tmp_path: Path) -> None:
    p = write(tmp_path, "bad.yaml", "rules:\n  - id: ad\n    kind: line\n    description: d\n    patterns: ['(x']\n")
    src = ROOT / "samples" / "seed_003" / "input"
    res = run_cli("clean", str(src), "-o", str(tmp_path / "out.jsonl"), "--rules", str(p))
    assert res.returncode == 2
    assert f"{p}: rule `ad`: key `patterns`: pattern 1 `(x` does not compile" in res.stderr.decode()


def test_a_broken_pattern_is_reported_as_written_not_in_its_two_script_form(tmp_path: Path) -> None:
    p = write(tmp_path, "bad.yaml", "rules:\n  - id: ad\n    kind: line\n    description: d\n    patterns: ['版权[']\n")
    with pytest.raises(RuleError) as e:
        load_rule_file(p)
    assert "pattern 1 `版权[` does not compile: unterminated character set at position 3" in str(e.value)


def test_unless_protects_a_line_and_ignore_case_matches_any_case(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "u.yaml",
        """\
        rules:
          - id: english_footer
            kind: line
            description: English footer lines, except the hospital's own name line.
            ignore_case: true
            patterns: ['^powered by ', 'hospital$']
            unless: ['^Chenzhou First']
            examples:
              remove: ['Powered by SiteFactory', 'POWERED BY cms']
              keep: ['Chenzhou First People''s Hospital']
        """,
    )
    cfg = Config(rules_paths=[str(p)], use_default_rules=False)
    assert run_rule_examples(cfg).failures == []
    doc = clean("正文。\nPOWERED BY cms\nChenzhou First People's Hospital\nSome Other Hospital", cfg)
    assert doc.text == "正文。\nChenzhou First People's Hospital"
    assert rules_of(doc) == ["english_footer", "english_footer"]


def test_unless_next_keeps_a_line_the_next_line_makes_the_documents(tmp_path: Path) -> None:
    """`unless_next` looks at the next non-blank line: a bare `附件:` over the files it lists stays,
    the same label with nothing under it goes; only line and credit rules may look there."""
    p = write(
        tmp_path,
        "n.yaml",
        """\
        rules:
          - id: bare_attachments
            kind: line
            description: An attachments label whose files the scraper dropped.
            patterns: ['^附件[:]$']
            unless_next: ['\\.(?:docx?|pdf)$']
            examples:
              remove: ['附件:']
              keep: ['附件:1.申报表.doc']
        """,
    )
    cfg = Config(rules_paths=[str(p)], use_default_rules=False)
    assert run_rule_examples(cfg).failures == []
    listed = clean("现将有关事项通知如下，请遵照执行。\n附件：\n\n1.家庭医生签约服务包目录.doc\n2.考核评价指标.pdf", cfg)
    assert "附件：" in listed.text and rules_of(listed) == []
    alone = clean("现将有关事项通知如下，请遵照执行。\n附件：\n扫一扫在手机上打开", cfg)
    assert "附件：" not in alone.text and rules_of(alone) == ["bare_attachments"]
    bad = write(tmp_path, "bad.yaml", "rules:\n  - id: s\n    kind: span\n    description: d\n    patterns: ['x']\n"
                "    unless_next: ['y']\n    examples:\n      remove: [{text: 'ax', result: 'a'}]\n      keep: ['b']\n")
    with pytest.raises(RuleError, match="only a `line` or `credit` rule looks at the next line"):
        load_rule_file(bad)


def test_goes_on_carries_a_block_past_sentences_between_its_own_lines(tmp_path: Path) -> None:
    """`goes_on`: a comment's sentence between its commenter's stamp and its buttons does not end
    the comments; without the key the block stops at it; only a block rule takes the key."""
    rule = """\
        rules:
          - id: comments
            kind: block
            description: Comments.
            patterns: ['^精彩评论$']
            {extra}examples:
              remove: [{{text: "x", result: "x"}}]
              keep: ['b']
        """
    comments = (
        "精彩评论\n某某网友 05-14 08:12\n"
        "我家就住在老街附近,每天出门都要绕一大圈,希望工期能再短一些,早日通车,也希望施工单位晚上不要太吵。\n回复 支持(3)\n"
        "某某网友 05-14 09:30\n施工期间能不能把公交站临时挪一挪?老人上下车太不方便了,希望有关部门考虑一下,谢谢。\n回复"
    )
    article = "".join(
        f"老街改造工程第{k}段将于下月动工,施工期间沿线车辆绕行,市政部门将在路口设置指示牌,并安排专人疏导交通。\n" for k in "一二三四"
    )
    with_key = write(tmp_path, "g.yaml", rule.format(extra="goes_on: ['^某某网友 ', '^回复']\n            "))
    doc = clean(article + comments, Config(rules_paths=[str(with_key)], use_default_rules=False))
    assert "某某网友" not in doc.text and "公交站" not in doc.text
    without = write(tmp_path, "n.yaml", rule.format(extra=""))
    doc = clean(article + comments, Config(rules_paths=[str(without)], use_default_rules=False))
    assert "老街附近" in doc.text
    bad = write(tmp_path, "bad.yaml", "rules:\n  - id: s\n    kind: line\n    description: d\n    patterns: ['x']\n"
                "    goes_on: ['y']\n    examples:\n      remove: ['x']\n      keep: ['b']\n")
    with pytest.raises(RuleError, match="only a `block` rule goes on past body text"):
        load_rule_file(bad)


def test_a_sentence_quoting_chrome_stays_and_the_chrome_itself_goes() -> None:
    """A story about a copyright case quotes a video's notice and a site's disclaimer in sentences
    of its own: those lines stay; the site's own 版权声明 under the story, quotes and all, goes."""
    cfg = Config()
    quoted = [
        "每条视频片尾都有一行字幕：“本视频版权归某某市第一医院所有，未经授权不得转载。”",
        "关于“如有侵权请联系删除”的声明，法院指出，这类声明不能免除使用者事先取得授权的义务。",
        "法官提醒，网络平台上“版权所有，转载必究”等字样并非摆设，转载他人作品应当事先取得授权。",
    ]
    footer = "版权声明：凡注明“来源：某某法治网”的作品，版权均属某某法治网所有，未经授权不得转载。"
    doc = clean("近日，某某市中级人民法院审结一起著作权侵权纠纷上诉案，维持一审判决。\n" + "\n".join(quoted) + "\n" + footer, cfg)
    for line in quoted:
        assert line in doc.text
    assert footer not in doc.text


def test_a_wrong_declared_literal_is_caught_by_the_examples(tmp_path: Path) -> None:
    # `literals` says what every match contains; a wrong one hides matches, and the
    # rule's own examples (run through the prefilter, as in `clean`) show it.
    p = write(
        tmp_path,
        "lit.yaml",
        """\
        rules:
          - id: hotline_line
            kind: line
            description: A hotline footer line.
            literals: ['热线电话']
            patterns: ['^(?:服务热线|咨询电话)[:]\\s*\\d']
            examples:
              remove: ['咨询电话:0736-7778123']
              keep: ['医院开通了咨询电话。']
        """,
    )
    outcome = run_rule_examples(Config(rules_paths=[str(p)], use_default_rules=False))
    assert outcome.failures == [f"{p}: rule `hotline_line`: remove example 1 `咨询电话:0736-7778123` was not removed by this rule"]


def test_rule_set_pickles_for_workers() -> None:
    """A rule set sent to a worker process (the Dask engine pickles its stages) plans the same."""
    import pickle

    rs = load_rules(Config())
    text = "首页 > 新闻中心 > 医院新闻\n我院举办健康义诊活动，服务群众三百余人。\n(记者 张明 通讯员 李华)\n责任编辑：王芳"
    again = pickle.loads(pickle.dumps(rs))
    assert again.plan(text, 1.0).edits == rs.plan(text, 1.0).edits
    assert rs.plan(text, 1.0).edits  # the text has boilerplate for the rules to find


def test_a_short_line_under_an_image_placeholder_is_its_caption_unless_a_list_follows() -> None:
    """`文章插图` then a name alone above body text: the name is the image's caption, at the top of
    the text too. Several short lines under the placeholder are a list, and a short line with no
    paragraph after it is not a caption: both stay."""
    body = "该市卫健局表示,将以此为契机继续加强专科建设,让群众在家门口看好病。"
    doc = clean("\n".join(["文章插图", "某某市中医医院", "近日,记者从省卫生健康委获悉,某某市中医医院通过了三级甲等医院评审。",
                           "文章插图", "某某市妇幼保健院", body]))
    assert doc.text.split("\n") == ["近日,记者从省卫生健康委获悉,某某市中医医院通过了三级甲等医院评审。", body]
    assert rules_of(doc) == ["image_file", "image_caption", "image_file", "image_caption"]
    listed = clean("\n".join(["文章插图", "妇产科", "儿科", "内科", body]))
    assert listed.text.split("\n") == ["妇产科", "儿科", "内科", body]
    last = clean("\n".join([body, "文章插图", "某某市妇幼保健院"]))
    assert last.text.split("\n") == [body, "某某市妇幼保健院"]


def test_the_pages_contact_lines_under_its_copyright_go_and_a_notices_own_contact_block_stays() -> None:
    """Under the article, below the page's copyright or ICP line (or its 上一篇 links), the site's
    address and phone lines are the page's footer. A notice's own contact lines stand above the
    footer and stay, as does a contact line with body text after it."""
    body = "报名截止时间为5月20日,逾期不予受理,请符合条件的人员及时报名。"
    doc = clean("\n".join([body, "上一篇:我院举办护理技能竞赛", "版权所有:某某市第三人民医院",
                           "地址:某某市建设路100号 急救电话:0000-120", "某ICP备00000001号", "總機:(00)0000-0000"]))
    assert doc.text == body
    assert rules_of(doc)[-3:] == ["footer_contact", "icp_record", "footer_contact"]
    notice = clean("\n".join([body, "联系地址:某某县人民路1号", "联系电话:0000-1234567", "某某县卫生健康局 版权所有"]))
    assert notice.text.split("\n") == [body, "联系地址:某某县人民路1号", "联系电话:0000-1234567"]
    moved = clean("\n".join(["某某医院 版权所有", "地址:某某市建设路100号", "本院新址位于城东新区,门诊大楼已于今年三月正式启用。"]))
    assert "地址:某某市建设路100号" in moved.text.split("\n")


def test_only_a_whole_line_rule_marks_the_pages_footer(tmp_path: Path) -> None:
    path = write(tmp_path, "r.yaml", """\
        rules:
          - id: glued_copyright
            kind: span
            page_footer: true
            description: x
            patterns: ['版权所有$']
            examples:
              remove: [{text: 某某版权所有, result: 某某}]
              keep: [版权]
        """)
    with pytest.raises(RuleError, match="page's footer"):
        load_rules(Config(rules_paths=[str(path)], use_default_rules=False))


def test_an_account_cards_name_in_the_pages_footer_goes_and_a_notices_signer_stays() -> None:
    """Between the credits and the card's 微信号 / follow line, or under a 关注我们 line at the end,
    a bare name is the account's card. A notice's signer right under its body stays, and so does
    a closing wish between removed lines."""
    body = "术后第三天,患者已能下床行走,目前恢复良好,预计下周即可出院。"
    card = clean("\n".join([body, "编辑:宣传中心 某某", "某某市中心医院", "微信号 : abcdefg", "扫码关注我们 ↓"]))
    assert card.text == body
    assert "footer_name" in rules_of(card)
    notice = clean("\n".join([body, "某某县卫生健康局", "2024年5月8日", "长按识别二维码关注我们"]))
    assert notice.text.split("\n") == [body, "某某县卫生健康局", "2024年5月8日"]
    wish = clean("\n".join([body, "图片来源:网络", "祝大家中秋快乐", "长按识别二维码关注我们"]))
    assert "祝大家中秋快乐" in wish.text.split("\n")


def test_a_notices_contact_block_after_widgets_the_cms_put_inside_the_article_stays() -> None:
    """【打印本页】 or 上一篇 inside the article, then the notice's contact person, address, postcode,
    mail and its signature: all the notice's. A postcode alone on its line is no site footer either."""
    body = "申报材料一式两份,请于3月20日前报送至市就业服务中心,逾期不予受理。"
    tail = ["【打印本页】【关闭窗口】", "联系人:某某", "联系地址:某某市人民东路201号", "邮编:317000",
            "邮箱:abc@example.org", "某某市人力资源和社会保障局", "2024年3月1日"]
    doc = clean("\n".join([body, *tail]))
    assert doc.text.split("\n") == [body, *tail[1:]]
    alone = clean("\n".join([body, "联系人:某某", "邮编:317000"]))
    assert "邮编:317000" in alone.text.split("\n")


def test_unless_prev_keeps_an_events_organiser_and_a_sites_owner_still_goes(tmp_path: Path) -> None:
    """`unless_prev` looks at the previous non-blank line: a lecture notice's `主办单位:` under its
    time and place is the event's; the same field in a page's footer is the site's owner."""
    lecture = (
        "学术讲座：城市慢性病防控的数据方法\n报告人：沈知远 研究员\n报告时间：2024年5月10日 14:30\n"
        "报告地点：公共卫生学院报告厅\n\n主办单位：公共卫生学院\n"
        "本报告介绍基于电子健康档案的慢性病风险预测方法及其在社区干预中的应用，欢迎感兴趣的师生参加。"
    )
    doc = clean(lecture, Config())
    assert "主办单位：公共卫生学院" in doc.text
    footer = clean(lecture.replace("主办单位：公共卫生学院\n", "") + "\n版权所有：青岚大学\n主办单位：青岚大学党委宣传部", Config())
    assert "主办单位" not in footer.text and "notice_line" in rules_of(footer)
    # A page's info bar (时间:… 来源:…) right above a notice line is no event's field.
    barred = clean(lecture.replace("主办单位：公共卫生学院\n", "") + "\n时间：2024-05-06 来源：青岚大学新闻网\n转载请注明出处", Config())
    assert "转载请注明出处" not in barred.text
    bad = write(tmp_path, "bad.yaml", "rules:\n  - id: s\n    kind: span\n    description: d\n    patterns: ['x']\n"
                "    unless_prev: ['y']\n    examples:\n      remove: [{text: 'ax', result: 'a'}]\n      keep: ['b']\n")
    with pytest.raises(RuleError, match="only a `line` or `credit` rule looks at the line before"):
        load_rule_file(bad)


def test_a_tables_header_row_over_its_data_stays_and_a_menu_row_goes() -> None:
    """A price table flattened with bars: its header row of short names (项目编码 | 项目名称 | …) is
    the table's when rows of its data follow; the same kind of row over prose is a menu."""
    header = "项目编码 | 项目名称 | 计价单位 | 调整前价格（元） | 调整后价格（元）"
    rows = "\n".join(f"{code} | {name} | 次 | {a} | {b}" for code, name, a, b in (
        ("110200001", "普通门诊诊查费", "10.00", "12.00"), ("110200002", "副主任医师诊查费", "15.00", "18.00")))
    lead = "根据有关文件精神，经研究，我院对部分医疗服务项目价格进行调整，现将调整情况公示如下："
    doc = clean(f"{lead}\n{header}\n{rows}\n公示期间如有疑问，请与医院价格管理办公室联系。", Config())
    assert header in doc.text and "普通门诊诊查费" in doc.text
    menu = "首页 | 医院概况 | 新闻中心 | 科室导航 | 专家介绍 | 就医指南"
    doc = clean(f"{menu}\n{lead}\n{rows}", Config())
    assert "医院概况" not in doc.text and "link_row" in rules_of(doc)


def test_a_list_marked_with_emoji_is_no_caption() -> None:
    """A list whose items open with ✅ and ❌: an item after one cut at a Han character is the
    list going on, not a caption standing in a paragraph cut mid-sentence."""
    lines = [
        "目前一般建议：孩子体温达到38.5℃以上，或者明显不舒服、哭闹不安时，可以使用退烧药。",
        "✅两次用药至少间隔4～6小时，24小时内不超过4次",
        "❌不推荐两种退烧药交替使用",
        "❌不要用酒精擦身、捂汗退烧",
        "如果孩子精神状态差、持续高热超过三天，或出现抽搐、呼吸急促等情况，应及时到医院就诊。",
    ]
    assert clean("\n".join(lines)).text.split("\n") == lines


def test_a_consultations_turns_stay_and_a_heading_under_a_table_row_is_no_caption() -> None:
    turns = [
        "三岁的孩子反复咳嗽两个月，建议先查血常规和过敏原，必要时做胸片，排除支原体感染和咳嗽变异性哮喘的可能。",
        "患者 2021-03-05 20:25", "那需要做哪些检查？孩子这么小能做肺功能吗？",
        "某某某 医生回复 2021-03-05 20:41",
        "三岁的孩子配合度有限，常规肺功能不一定做得成，可以做潮气呼吸肺功能或者呼出气一氧化氮检测。",
    ]
    assert clean("\n".join(turns)).text.split("\n") == turns
    table = [
        "头晕的原因很多，常见的有以下几类，可以对照自己的情况初步判断，但最终要以医生的诊断为准。",
        "| 可能的原因 | 常见表现 | 建议科室 |", "| 缺铁性贫血 | 乏力、面色苍白、活动后心慌 | 血液科 |",
        "什么时候需要就医",
        "出现以下情况应立即就医：头晕伴一侧肢体无力或麻木、说话不清、剧烈头痛、胸痛心慌或意识模糊。",
    ]
    assert clean("\n".join(table)).text.split("\n") == table


def test_a_long_menu_row_spaced_with_single_spaces_is_no_body_line() -> None:
    """A school's menu of nine items split by single spaces runs to 40 characters: it is still a
    menu over the title, not the body's first line, so the head rules take it."""
    menu = "首页 学院概况 机构设置 教学工作 科学研究 学生工作 招生就业 图书馆 校友之窗"
    assert len(menu) >= 40
    body = "2011—2012学年，我院广大学生刻苦学习、积极进取，在思想品德、专业学习、社会实践和文体活动等方面涌现出一批先进典型。"
    doc = clean("\n".join(["设为首页 | 加入收藏 | 联系我们", menu, "关于表彰优秀学生和先进班集体的决定", body]))
    assert menu not in doc.text and body in doc.text


def test_a_paragraph_with_an_ellipsis_inside_ends_a_link_box() -> None:
    """A box's heading with its dates after the colon (往期回顾:…) goes; the paragraph under it is
    body text, an ellipsis inside it (鼻痒、流清水样鼻涕……针对…) being the writer's, not a teaser's cut."""
    intro = "春暖花开，不少过敏性鼻炎患者却开始遭罪。鼻痒、连续打喷嚏、流清水样鼻涕……针对读者关心的问题，本报邀请专家进行解答。"
    lines = ["往期回顾：2025年03月11日 | 2025年03月04日 | 2025年02月25日", intro, "问：过敏性鼻炎和感冒怎么区分？",
             "答：感冒多由病毒感染引起，常伴有发热、咽痛、全身酸痛，一般一周左右自愈；过敏性鼻炎则以鼻痒、阵发性喷嚏为主要表现。"]
    assert clean("\n".join(lines)).text.split("\n") == lines[1:]
