"""Compiled patterns kept between runs, and the compiled rules kept within one: a second run
compiles nothing the first compiled, matches exactly as a pattern compiled afresh does, and a
broken or tampered cache is compiled again; a rule file changed between two calls in one process
is read again."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner import recode
from cleaner.api import clean_text
from cleaner.config import Config

# Han classes, named groups, look-arounds, flags: what the chain's own patterns are made of.
PATTERNS = [
    (r"(?P<label>来源|稿源|出处)[:：]\s*(?P<name>[^\s|｜]{2,20})", 0),
    (r"^(?:责任编辑|编辑|校对|审核)[:：]\s*[\u4e00-\u9fff·]{2,8}$", re.MULTILINE),
    (r"(?<![\d.])(?:20\d\d)[-/年.](?:0?[1-9]|1[0-2])[-/月.](?:[0-2]?\d|3[01])日?", 0),
    (r"[>›»┊]|当前位置|您的位置|首页", re.IGNORECASE),
]
TEXTS = ["来源：溪口县人民医院 | 作者：某某", "编辑：某某某\n校对：某某", "发布时间：2023-02-14 09:30", "当前位置：首页 > 新闻", "无关的一句话"]


def _matches(p: re.Pattern[str]) -> list[object]:
    out: list[object] = []
    for t in TEXTS:
        out.extend((m.span(), m.groupdict()) for m in p.finditer(t))
    return out


def _fresh(monkeypatch: pytest.MonkeyPatch, folder: Path | None) -> recode._Codes:
    monkeypatch.setenv("CLEANER_CACHE_DIR", "" if folder is None else str(folder))
    codes = recode._Codes()
    monkeypatch.setattr(recode, "_CODES", codes)
    return codes


def test_a_second_run_compiles_nothing_and_matches_as_a_fresh_compile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    first = _fresh(monkeypatch, folder)
    for p, f in PATTERNS:
        assert _matches(recode.compile(p, f)) == _matches(re.compile(p, f))
    first.save()
    (kept,) = folder.glob("regexes-*.marshal")

    def no_compile(*_args: object) -> None:
        raise AssertionError("a pattern was compiled again")

    _fresh(monkeypatch, folder)
    monkeypatch.setattr(recode._compiler, "_code", no_compile)
    for p, f in PATTERNS:
        got = recode.compile(p, f)
        assert _matches(got) == _matches(re.compile(p, f))
        assert (got.pattern, got.flags, got.groupindex) == (p, re.compile(p, f).flags, re.compile(p, f).groupindex)
    assert list(folder.glob("regexes-*.marshal")) == [kept]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong code"])
def test_a_broken_cache_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    folder = tmp_path / "cache"
    first = _fresh(monkeypatch, folder)
    for p, f in PATTERNS:
        recode.compile(p, f)
    first.save()
    (kept,) = folder.glob("regexes-*.marshal")
    if damage == "garbage":
        kept.write_bytes(b"\x00not a cache\xff" * 10)
    elif damage == "truncated":
        kept.write_bytes(kept.read_bytes()[:100])
    else:
        import array
        import marshal

        entries = marshal.loads(kept.read_bytes())
        for key, (fl, words, groups, gi, ig) in list(entries.items()):
            code = array.array(recode._CODE_TYPE)
            code.frombytes(words)
            wrong = array.array(recode._CODE_TYPE, [99999, *code[3:]])  # code the matcher must refuse
            entries[key] = (fl, wrong.tobytes(), groups, gi, ig)
        kept.write_bytes(marshal.dumps(entries))
    _fresh(monkeypatch, folder)
    for p, f in PATTERNS:
        assert _matches(recode.compile(p, f)) == _matches(re.compile(p, f))


_COUNT_CHAIN_COMPILES = """
import sys
import re._parser as parser

compiled = []
parse = parser.parse


def _compiler_frame(f):
    return f.f_code.co_filename.replace(chr(92), "/").split("/")[-2:-1] == ["re"] or f.f_code.co_filename.endswith("recode.py")


def counting(pattern, flags=0, state=None):
    f = sys._getframe(1)
    if not _compiler_frame(f):
        return parse(pattern, flags, state)  # (a pattern read for its literals, not compiled)
    # The first frame outside the standard library's compiler and `recode`: whose pattern it is.
    while f is not None and _compiler_frame(f):
        f = f.f_back
    # (a pattern of Han characters, whose code is slow to write; a bytes pattern, which sniffs a
    # file's encoding, and an ASCII one, quick to write, are compiled as ever)
    if f is not None and "/cleaner/" in f.f_code.co_filename.replace(chr(92), "/") and isinstance(pattern, str) and not pattern.isascii():
        compiled.append(f.f_code.co_filename)
    return parse(pattern, flags, state)


parser.parse = counting
import cleaner.chain, cleaner.io.html  # every module of the chain
from cleaner.api import clean_text

clean_text("溪口县人民医院举行应急演练" + chr(10) + "3月2日上午，溪口县人民医院在门诊大楼举行消防应急疏散演练，全院职工三百余人参加。")
print(len(compiled))
"""


def test_a_second_process_compiles_none_of_the_chains_own_patterns(tmp_path: Path) -> None:
    """The modules' own patterns (the chain's, the HTML reader's) are kept too: a second process
    with the same cache folder writes the code of none of them."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, CLEANER_CACHE_DIR=str(tmp_path / "cache"))
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent) + os.pathsep + env.get("PYTHONPATH", "")
    runs = [
        subprocess.run([sys.executable, "-c", _COUNT_CHAIN_COMPILES], capture_output=True, text=True, env=env, timeout=120)
        for _ in range(2)
    ]
    assert [r.returncode for r in runs] == [0, 0], runs[-1].stderr
    first, second = (int(r.stdout.split()[-1]) for r in runs)
    assert first > 100  # (the first run writes them: the count sees the chain's patterns)
    assert second == 0


def test_a_bad_pattern_raises_as_re_compile_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh(monkeypatch, tmp_path / "cache")
    with pytest.raises(re.error):
        recode.compile(r"(?P<a>来源[:：]")


def test_no_cache_folder_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    codes = _fresh(monkeypatch, None)
    p, f = PATTERNS[0]
    assert _matches(recode.compile(p, f)) == _matches(re.compile(p, f))
    codes.save()
    assert list(tmp_path.iterdir()) == []


def test_a_rule_file_changed_between_two_calls_is_read_again(tmp_path: Path) -> None:
    """The compiled rule set is kept within a process only for the same rules: a user's file
    edited between two calls of the library gives the new rule's removals at once."""
    rules = tmp_path / "mine.yaml"
    text = "溪口县人民医院举行应急演练\n3月2日上午，溪口县人民医院在门诊大楼举行消防应急疏散演练，全院职工三百余人参加。\n本院宣传科供稿\n演练结束后，医院对各科室的表现进行了点评。"

    def write(pattern: str, removed: str) -> None:
        rules.write_text(
            "rules:\n  - id: house_credit\n    kind: line\n    description: the hospital's own credit line\n"
            f"    patterns:\n      - '{pattern}'\n"
            f"    examples:\n      remove:\n        - '{removed}'\n      keep:\n        - '全院职工三百余人参加。'\n",
            encoding="utf-8",
        )

    write("^本院宣传科供稿$", "本院宣传科供稿")
    (doc,) = clean_text(text, Config(rules_paths=[str(rules)]))
    assert "本院宣传科供稿" not in doc.text
    assert "点评" in doc.text
    write("^演练结束后", "演练结束后，医院进行了点评。")
    (doc,) = clean_text(text, Config(rules_paths=[str(rules)]))
    assert "本院宣传科供稿" in doc.text
    assert "点评" not in doc.text
