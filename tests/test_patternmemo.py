"""The rule engine's pattern cache: a run reads what an earlier run worked out from the patterns,
and nothing it writes depends on whether the cache was there, broken or out of reach."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner.patternmemo as memo_mod
import cleaner.rules as rules_mod
from cleaner.config import Config
from cleaner.errors import RuleError
from cleaner.patternmemo import PatternMemo

ROOT = Path(__file__).resolve().parent.parent
SMALL = sorted((ROOT / "samples").glob("seed_*/input/*"))[0]


def _engine(monkeypatch: pytest.MonkeyPatch, folder: Path | None) -> tuple[rules_mod.RuleSet, PatternMemo]:
    """The shipped pack's engine built afresh (no rule file or memo of this process reused),
    with the cache in `folder` (None: none)."""
    if folder is None:
        monkeypatch.setenv("CLEANER_CACHE_DIR", "")
    else:
        monkeypatch.setenv("CLEANER_CACHE_DIR", str(folder))
    memo = PatternMemo()
    monkeypatch.setattr(rules_mod, "MEMO", memo)
    monkeypatch.setattr(memo_mod, "MEMO", memo)
    monkeypatch.setattr(rules_mod, "_PACK_READ", {})
    monkeypatch.setattr(rules_mod, "_LOADED", {})
    return rules_mod.load_rules(Config()), memo


def _literals(rs: rules_mod.RuleSet) -> list[tuple[str, tuple[str, ...] | None]]:
    return [(u.rule.id, u.literals) for u in rs.units]


def test_a_second_run_reads_the_literals_the_first_worked_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    first, _ = _engine(monkeypatch, folder)
    files = list(folder.glob("patterns-*.json"))
    assert len(files) == 1
    # The second engine parses no pattern to find its literals, and finds the same ones.
    def parse(*_args: object) -> None:
        raise AssertionError("a pattern was parsed again")

    monkeypatch.setattr(rules_mod, "required_literals", parse)
    monkeypatch.setattr(rules_mod, "script_pattern", parse)
    second, memo = _engine(monkeypatch, folder)
    assert _literals(second) == _literals(first)
    assert len([u for u in second.units if u.literals]) > 300
    memo.save()  # nothing new: the file is left as it was
    assert list(folder.glob("patterns-*.json")) == files


def test_a_broken_cache_file_is_worked_out_again_and_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    reference, _ = _engine(monkeypatch, None)
    _engine(monkeypatch, folder)
    (path,) = folder.glob("patterns-*.json")
    for broken in ("{\"fold\": {", "[1, 2]", json.dumps({"fold": {}, "literals": {"x": 3}, "spellings": []})):
        path.write_text(broken, encoding="utf-8")
        rs, _ = _engine(monkeypatch, folder)
        assert _literals(rs) == _literals(reference)
        assert set(json.loads(path.read_text(encoding="utf-8"))) == {"fold", "literals", "spellings", "yaml"}
    assert not list(folder.glob(".patterns-*"))  # no temporary file left behind


def test_wrong_values_in_a_cache_file_are_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    reference, _ = _engine(monkeypatch, folder)
    (path,) = folder.glob("patterns-*.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["literals"] = {k: 7 for k in data["literals"]}
    data["fold"] = {k: ["not", "a", "pattern"] for k in data["fold"]}
    path.write_text(json.dumps(data), encoding="utf-8")
    rs, _ = _engine(monkeypatch, folder)
    assert _literals(rs) == _literals(reference)


def test_a_cache_folder_out_of_reach_costs_nothing_but_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder", encoding="utf-8")
    reference, _ = _engine(monkeypatch, None)
    rs, _ = _engine(monkeypatch, blocker / "cache")  # cannot be made: a file stands in the way
    assert _literals(rs) == _literals(reference)
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_an_empty_cache_dir_setting_keeps_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    _engine(monkeypatch, None)
    assert list(tmp_path.rglob("patterns-*")) == []


def test_the_output_is_the_same_with_and_without_the_cache(tmp_path: Path) -> None:
    outs = []
    env = {**os.environ, "CLEANER_CACHE_DIR": str(tmp_path / "cache")}
    for k, cache in enumerate(("cold", "warm", "off")):
        run_env = {**env, "CLEANER_CACHE_DIR": ""} if cache == "off" else env
        out = tmp_path / f"{cache}.jsonl"
        proc = subprocess.run(
            [sys.executable, "-m", "cleaner", "clean", str(SMALL), "-o", str(out), "--review", str(tmp_path / f"{k}.review.jsonl.gz"), "-q"],
            env=run_env, capture_output=True, text=True,
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == ""
        outs.append(out.read_bytes())
        if cache == "cold":
            assert len(list((tmp_path / "cache").glob("patterns-*.json"))) == 1
    assert outs[0] and outs[0] == outs[1] == outs[2]


def test_a_second_run_reads_the_rule_files_without_parsing_their_yaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the shipped pack's files read as is kept with the patterns: the next engine parses no
    YAML and holds the same rules."""
    folder = tmp_path / "cache"
    first, _ = _engine(monkeypatch, folder)

    def no_yaml(*_args: object, **_kw: object) -> None:
        raise AssertionError("a rule file was parsed again")

    monkeypatch.setattr(rules_mod.yaml, "load", no_yaml)
    second, _ = _engine(monkeypatch, folder)
    assert [r.id for r in second.rules] == [r.id for r in first.rules]
    assert _literals(second) == _literals(first)


def _rule_file(path: Path, pattern: str, extra: str = "") -> None:
    path.write_text(
        "rules:\n  - id: house_credit\n    kind: line\n    description: the hospital's own credit line\n"
        f"    patterns:\n      - '{pattern}'\n{extra}"
        "    examples:\n      remove:\n        - '本院宣传科供稿'\n      keep:\n        - '全院职工三百余人参加。'\n",
        encoding="utf-8",
    )


def test_a_users_rule_file_is_read_anew_when_it_changes_and_fails_every_time_it_is_broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    memo = PatternMemo()
    monkeypatch.setattr(memo_mod, "MEMO", memo)
    mine = tmp_path / "mine.yaml"
    _rule_file(mine, "^本院宣传科供稿$")
    (rule,) = rules_mod._load_rule_file(mine, None)
    assert list(rule.patterns) == ["^本院宣传科供稿$"]
    _rule_file(mine, "^本院(?:宣传科|办公室)供稿$")
    (rule,) = rules_mod._load_rule_file(mine, None)
    assert list(rule.patterns) == ["^本院(?:宣传科|办公室)供稿$"]
    # A key given twice is an error of the file, found by parsing it: on every call, never kept.
    _rule_file(mine, "^本院宣传科供稿$", "    description: twice\n")
    for _ in range(2):
        with pytest.raises(RuleError, match="twice|duplicate|given"):
            rules_mod._load_rule_file(mine, None)


def test_yaml_data_is_kept_only_when_json_gives_it_back_the_same_and_is_fresh_each_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime

    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    memo = PatternMemo()
    monkeypatch.setattr(memo_mod, "MEMO", memo)
    parsed: list[str] = []

    def parse(source: str) -> object:
        parsed.append(source)
        return {"a": [1, 1.0, True, None, "某某"], "when": datetime.date(2024, 5, 1)} if "when" in source else {"a": [1, 1.0, True]}

    first = memo_mod.yaml_data("plain", "test", parse)
    first["a"].append("changed by the caller")
    assert memo_mod.yaml_data("plain", "test", parse) == {"a": [1, 1.0, True]}
    assert parsed == ["plain"]  # the second read came from the memo, as the first returned it
    assert [type(v) for v in memo_mod.yaml_data("plain", "test", parse)["a"]] == [int, float, bool]
    # A date does not come back from JSON: such data is parsed every time.
    for _ in range(2):
        assert memo_mod.yaml_data("when", "test", parse)["when"] == datetime.date(2024, 5, 1)
    assert parsed == ["plain", "when", "when"]


def test_only_the_versions_of_a_yaml_file_a_run_read_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule file edited between runs leaves the entry of its last version only, not one a version."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(folder))
    for version in ("rules: [one]", "rules: [two]", "rules: [three]"):
        memo = PatternMemo()
        monkeypatch.setattr(memo_mod, "MEMO", memo)
        assert memo_mod.yaml_data(version, "test", lambda s: {"text": s}) == {"text": version}
        memo.save()
    (path,) = folder.glob("patterns-*.json")
    assert list(json.loads(path.read_text(encoding="utf-8"))["yaml"].values()) == [json.dumps({"text": "rules: [three]"}, separators=(",", ":"))]
