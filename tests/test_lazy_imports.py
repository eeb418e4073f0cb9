"""What a run pays for before its first document: the chain is assembled, and `cleaner --help`
answers, without numpy, datasketch, scipy, redis, lxml or pydantic. numpy is imported by the code
that scores or signs (the boilerplate model on a page, a corpus pass deciding), not by importing
the stages; cleaning one small file needs none of them, and compiles only the rule patterns the
document may match."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("numpy", "datasketch", "scipy", "redis", "lxml", "pydantic")


def _loaded_after(code: str, names: tuple[str, ...] = HEAVY) -> list[str]:
    probe = f"import sys\n{code}\nprint(sorted(m for m in {names!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return eval(out.strip().splitlines()[-1])  # noqa: S307 - our own probe's printed list


def test_assembling_the_chain_imports_no_numpy() -> None:
    # The stage modules, the corpus passes among them, and the lists the runner and the CLI read.
    code = (
        "import cleaner.chain, cleaner.dedup.stage, cleaner.filters.templates, cleaner.filters.blockmodel\n"
        "print([c.name for c in cleaner.chain.document_stages() + cleaner.chain.corpus_stages()])"
    )
    assert _loaded_after(code) == []


def test_the_numpy_work_still_runs_when_called() -> None:
    # Lazy, not missing: a near-duplicate batch signs and decides (numpy is imported then); the
    # shorter copy is the duplicate of the longer one.
    code = (
        "from cleaner.config import Config\n"
        "from cleaner.dedup.stage import Batch\n"
        "b = Batch(Config())\n"
        "text = '某某市卫生健康委员会召开全市基层医疗卫生工作推进会议，部署下一阶段重点任务。' * 3\n"
        "b.add(text, 'a', 'a.txt', len(text)); b.add(text + '会议要求', 'b', 'b.txt', len(text) + 4)\n"
        "d = b.decide(); assert d[0] is not None and d[0].dup_of == 'b', d; b.close()"
    )
    assert "numpy" in _loaded_after(code)


def test_help_imports_nothing_heavy() -> None:
    code = (
        "import sys, contextlib, io\n"
        "sys.argv = ['cleaner', '--help']\n"
        "from cleaner.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main()"
    )
    assert _loaded_after(code) == []


# A short made-up news item: nothing in it for the block model to score, one record, no copy.
SMALL = "某某县人民医院开展健康义诊活动\n\n3月5日，某某县人民医院组织医护人员走进社区，为居民测量血压、解答健康问题，受到群众好评。\n"


def _clean_one(path: object, *extra: str) -> str:
    return (
        "import sys, contextlib, io\n"
        f"sys.argv = ['cleaner', 'clean', {str(path)!r}, '-o', {str(path) + '.out.jsonl'!r}, '-q', *{list(extra)!r}]\n"
        "from cleaner.cli import main\n"
        "with contextlib.suppress(SystemExit):\n"
        "    main()"
    )


def test_cleaning_one_small_file_imports_nothing_heavy(tmp_path: Path) -> None:
    # Option values are converted without pydantic; the near-duplicate and template passes, with
    # one record and no index, have nothing to compare and need neither numpy nor signatures.
    src = tmp_path / "news.txt"
    src.write_text(SMALL, encoding="utf-8")
    # -q draws nothing on the terminal: rich is not imported either.
    assert _loaded_after(_clean_one(src), (*HEAVY, "rich")) == []
    out = Path(str(src) + ".out.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(out) == 1 and "测量血压" in json.loads(out[0])["text"]
    summary = [json.loads(x) for x in gzip.open(str(src) + ".out.review.jsonl.gz", "rt", encoding="utf-8")][-1]
    # The figures the comparison would have given: the default's bands and rows, no pair.
    assert summary["neardup"] == {"bands": 14, "rows": 9, "candidate_pairs": 0, "verified_pairs": 0,
                                  "clusters": 0, "duplicates": 0, "cross_run_duplicates": 0}


def test_one_file_with_an_index_is_still_signed_and_stored(tmp_path: Path) -> None:
    # With --index the single record is compared against earlier runs and added to the index.
    from cleaner.dedup.index import index_stats

    src = tmp_path / "news.txt"
    src.write_text(SMALL, encoding="utf-8")
    index = tmp_path / "index.sqlite"
    assert "numpy" in _loaded_after(_clean_one(src, "--index", str(index)))
    assert index_stats(str(index))["records"] == 1
    copy = tmp_path / "copy.txt"
    copy.write_text(SMALL.replace("3月5日", "3月6日"), encoding="utf-8")
    subprocess.run([sys.executable, "-c", _clean_one(copy, "--index", str(index))], check=True)
    assert Path(str(copy) + ".out.jsonl").read_text(encoding="utf-8") == ""
    dups = Path(str(copy) + ".out.dups.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(dups) == 1 and json.loads(dups[0])["metadata"]["dup_of"].endswith("news.txt")


def test_known_lsh_parameters_are_the_optimisers() -> None:
    from cleaner.dedup.lsh import KNOWN_PARAMS, LSH_WEIGHTS, optimal_param

    for (threshold, num_perm), params in KNOWN_PARAMS.items():
        assert optimal_param(threshold, num_perm, *LSH_WEIGHTS) == params


def test_the_shipped_patterns_compile_when_used_and_all_check() -> None:
    from cleaner.config import Config
    from cleaner.rules import LazyPattern, check_patterns, load_rule_list

    rules = load_rule_list(Config())
    lazy = [p for r in rules for p in (*r.compiled, *r.unless_compiled) if isinstance(p, LazyPattern)]
    assert lazy, "the shipped pack's patterns are compiled on first use"
    check_patterns(rules)  # every one compiles and none matches the empty string
    assert all(p.compiled() is not None for p in lazy)


def test_a_lazy_pattern_fails_as_a_loaded_one_does(tmp_path: Path) -> None:
    # The same RuleError, whether the pattern is compiled at load (a user's file) or on first use.
    from cleaner.errors import RuleError
    from cleaner.rules import LazyPattern, parse_rule

    for bad in ("(未闭合", "(?:可选)?"):
        raw = {"id": "bad_rule", "kind": "line", "description": "d", "patterns": ["责任编辑", bad],
               "examples": {"remove": ["责任编辑"], "keep": ["正文"]}}
        with pytest.raises(RuleError) as eager:
            parse_rule("mine.yaml", raw, 1)
        rule = parse_rule("mine.yaml", raw, 1, lazy=True)
        assert isinstance(rule.compiled[1], LazyPattern)
        with pytest.raises(RuleError) as lazy:
            rule.compiled[1].search("正文")
        assert str(lazy.value) == str(eager.value)
