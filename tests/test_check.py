"""`cleaner check`: sample cases as data, a readable diff on any change, a baseline that cannot slip.

Every test works on a temporary copy of samples (or on a small samples folder built here), never
on the project's own approved outputs, except the last, which checks the real `samples/` folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
from pathlib import Path

import pytest
import yaml

from cleaner import check as chk
from cleaner.api import clean
from cleaner.cli import main
from cleaner.config import Config
from cleaner.errors import CheckFailed, ConfigError
from cleaner.stage import Stage

from .helpers import ROOT

SAMPLES = ROOT / "samples"

# Half-width commas and colons inside Chinese prose: the `cjk` punctuation policy turns them
# full-width, which gives the tests an outcome change that no rule pack can take away.
HALF_WIDTH = (
    "10月8日,嘉兴市第二医院眼科团队走进海盐县武原街道,为辖区60岁以上老人开展白内障免费筛查。\n"
    "筛查当天共检查老人213名,发现需要手术治疗的白内障患者27名,医院已为他们开通预约绿色通道。\n"
    "眼科主任提醒:老年人如出现视物模糊、眩光等症状,应及时到正规医院检查,不要轻信偏方。\n"
)


def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    """Run `cleaner check ARGS…` through the console-script entry; returns (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["cleaner", "check", *args])
    with pytest.raises(SystemExit) as exc:
        main()
    out = capsys.readouterr()
    code = exc.value.code
    return (code if isinstance(code, int) else 0), out.out, out.err


def make_case(root: Path, name: str, files: dict[str, bytes], spec: dict[str, object]) -> Path:
    case = root / name
    (case / "input").mkdir(parents=True)
    for fname, data in files.items():
        (case / "input" / fname).write_bytes(data)
    (case / "case.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    return case


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A small samples folder: the untouched news item from samples/, and a half-width-comma article."""
    root = tmp_path / "samples"
    root.mkdir()
    shutil.copytree(SAMPLES / "untouched_clean_news", root / "untouched_clean_news", ignore=_approved)
    make_case(
        root,
        "halfwidth_article",
        {"jiaxing_cataract.txt": HALF_WIDTH.encode("utf-8")},
        {"description": "half-width commas in Chinese prose", "must_contain": ["白内障免费筛查"], "records": 1},
    )
    return root


def _approved(_dir: str, names: list[str]) -> list[str]:
    return [n for n in names if n in (chk.EXPECTED_FILE, chk.BASELINE_NAME)]


def approve(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, root: Path, *extra: str) -> str:
    code, out, err = cli(capsys, monkeypatch, str(root), "--update", *extra)
    assert code == 0, out + err
    return out


# -- the mechanism on a small samples folder --------------------------------------------------------


def test_update_writes_canonical_outputs_and_check_then_passes(capsys, monkeypatch, mini: Path) -> None:
    code, out, _ = cli(capsys, monkeypatch, str(mini))
    assert code == 1
    assert "no approved output (halfwidth_article/expected.jsonl)" in out
    out = approve(capsys, monkeypatch, mini)
    assert "approved: halfwidth_article/expected.jsonl, untouched_clean_news/expected.jsonl, baseline.json" in out

    lines = (mini / "halfwidth_article" / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    # Canonical: sorted keys, Chinese unescaped, ids relative to the case folder.
    assert lines[0] == json.dumps(rec, ensure_ascii=False, sort_keys=True)
    assert rec["id"] == "input/jiaxing_cataract.txt" and rec["source"] == "input/jiaxing_cataract.txt"
    assert "白内障" in lines[0]

    baseline = json.loads((mini / "baseline.json").read_text(encoding="utf-8"))
    pinned = baseline["cases"]["halfwidth_article"]
    assert pinned["records"] == 1 and pinned["broken"] == []
    assert pinned["chars_in"] == len(HALF_WIDTH)
    assert list(pinned["inputs"]) == ["input/jiaxing_cataract.txt"]
    # The rule packs' own examples ran as part of the check, and their figures are pinned too.
    assert baseline["rule_examples"]["passed"] > 0 and baseline["rule_examples"]["failed"] == []

    code, out, _ = cli(capsys, monkeypatch, str(mini))
    assert code == 0, out
    assert out.splitlines()[-1] == (
        f"check passed: 2 cases, rule examples {baseline['rule_examples']['passed']} passed, 0 failed"
    )
    assert "\x1b[" not in out  # plain text when stdout is not a terminal
    code, out, _ = cli(capsys, monkeypatch, str(mini), "--update")
    assert code == 0 and "approved outputs already match this run" in out


def test_ids_do_not_depend_on_the_current_directory(capsys, monkeypatch, mini: Path, tmp_path: Path) -> None:
    approve(capsys, monkeypatch, mini)
    first = (mini / "halfwidth_article" / "expected.jsonl").read_bytes()
    moved = tmp_path / "elsewhere" / "cases"
    shutil.copytree(mini, moved)
    monkeypatch.chdir(moved / "halfwidth_article")
    code, out, _ = cli(capsys, monkeypatch, "..")
    assert code == 0, out
    assert (moved / "halfwidth_article" / "expected.jsonl").read_bytes() == first


def test_changed_outcome_fails_with_a_diff_naming_case_and_lines(capsys, monkeypatch, mini: Path) -> None:
    approve(capsys, monkeypatch, mini)
    spec = yaml.safe_load((mini / "halfwidth_article" / "case.yaml").read_text(encoding="utf-8"))
    spec["options"] = {"punctuation": "cjk"}
    (mini / "halfwidth_article" / "case.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")

    code, out, _ = cli(capsys, monkeypatch, str(mini))
    assert code == 1
    assert "FAIL halfwidth_article: half-width commas in Chinese prose" in out
    assert "--- halfwidth_article/expected.jsonl (approved)" in out
    assert "+++ halfwidth_article (this run)" in out
    # The changed paragraph is one removed and one added line, not the whole record.
    assert "-    10月8日,嘉兴市第二医院眼科团队走进海盐县武原街道,为辖区60岁以上老人开展白内障免费筛查。" in out
    assert "+    10月8日，嘉兴市第二医院眼科团队走进海盐县武原街道，为辖区60岁以上老人开展白内障免费筛查。" in out
    assert "  baseline: changes by punctuation: 0 → 7" in out  # seven half-width marks
    assert "FAIL untouched_clean_news" not in out
    assert "1/2 pass" in out
    assert out.splitlines()[-1].startswith("check FAILED: 1 of 2 cases differ")

    out = approve(capsys, monkeypatch, mini)
    assert "approved: halfwidth_article/expected.jsonl, baseline.json" in out
    code, out, _ = cli(capsys, monkeypatch, str(mini))
    assert code == 0, out


def test_changed_input_bytes_make_update_refuse(capsys, monkeypatch, mini: Path) -> None:
    approve(capsys, monkeypatch, mini)
    before = (mini / "baseline.json").read_bytes()
    expected_before = (mini / "halfwidth_article" / "expected.jsonl").read_bytes()
    src = mini / "halfwidth_article" / "input" / "jiaxing_cataract.txt"
    src.write_bytes(src.read_bytes().replace("213名".encode(), "231名".encode()))

    code, out, _ = cli(capsys, monkeypatch, str(mini))
    assert code == 1
    assert "baseline: input input/jiaxing_cataract.txt changed (sha256" in out

    code, out, err = cli(capsys, monkeypatch, str(mini), "--update")
    assert code == 1
    assert err.startswith("Error: --update refused: case `halfwidth_article`: input input/jiaxing_cataract.txt changed")
    assert "--allow-regression" in err
    # Nothing was written.
    assert (mini / "baseline.json").read_bytes() == before
    assert (mini / "halfwidth_article" / "expected.jsonl").read_bytes() == expected_before

    approve(capsys, monkeypatch, mini, "--allow-regression")
    assert "231名" in (mini / "halfwidth_article" / "expected.jsonl").read_text(encoding="utf-8")
    assert cli(capsys, monkeypatch, str(mini))[0] == 0


def test_broken_must_not_contain_is_reported_and_update_refuses(capsys, monkeypatch, mini: Path) -> None:
    approve(capsys, monkeypatch, mini)
    path = mini / "halfwidth_article" / "case.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec["must_not_contain"] = ["不要轻信偏方"]
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")

    code, out, _ = cli(capsys, monkeypatch, str(mini))
    assert code == 1
    assert "  must_not_contain: '不要轻信偏方' is still in the output" in out

    code, _, err = cli(capsys, monkeypatch, str(mini), "--update")
    assert code == 1
    assert "case `halfwidth_article` breaks 1 case.yaml invariant" in err

    # Accepted on purpose: pinned in the baseline, shown on every check, no longer a failure.
    approve(capsys, monkeypatch, mini, "--allow-regression")
    pinned = json.loads((mini / "baseline.json").read_text(encoding="utf-8"))["cases"]["halfwidth_article"]
    assert pinned["broken"] == ["must_not_contain: '不要轻信偏方' is still in the output"]
    code, out, _ = cli(capsys, monkeypatch, str(mini))
    assert code == 0
    assert "halfwidth_article: accepted as broken in baseline.json: must_not_contain" in out


def test_untouched_case_names_the_rule_that_changed_it(capsys, monkeypatch, tmp_path: Path) -> None:
    root = tmp_path / "samples"
    # Trailing spaces: the normalize stage removes them, so the text is not untouched.
    make_case(root, "not_clean", {"a.txt": "第一段内容完整,没有任何多余的东西。   \n第二段。\n".encode()}, {
        "description": "claims to be untouched but has trailing spaces",
        "untouched": True,
    })
    code, out, _ = cli(capsys, monkeypatch, str(root))
    assert code == 1
    assert "untouched: input/a.txt was changed by normalize/" in out


class TextAssigningStage(Stage):
    """A stage that breaks the contract: it sets `doc.text` instead of going through `doc.apply`."""

    name = "rude"

    def run(self, doc):  # type: ignore[no-untyped-def]
        doc.text = doc.text.replace("白内障", "")
        return [doc]


def test_a_change_log_that_does_not_replay_is_reported(capsys, monkeypatch, mini: Path) -> None:
    from cleaner import chain

    monkeypatch.setattr(chain, "CHAIN", (*chain.document_stages(), TextAssigningStage, *chain.corpus_stages()))
    code, out, _ = cli(capsys, monkeypatch, str(mini))
    assert code == 1
    assert "  replay: the change log of input/jiaxing_cataract.txt does not rebuild its text" in out
    assert "replay: the change log of input/linhai" not in out  # no 白内障 there: nothing unlogged


def test_invariants_once_records_and_institutions() -> None:
    from cleaner.model import Document

    spec = chk.CaseSpec(
        name="roundup",
        path=Path("roundup"),
        description="two hospitals",
        once=("义诊活动",),
        records=2,
        institutions=("武宁县人民医院", "武宁县中医院"),
    )
    docs = [
        Document(id="a#1", source="a", original="武宁县人民医院举办义诊活动。", institution="武宁县人民医院", parent_id="a"),
        Document(id="a#2", source="a", original="义诊活动在县城举行。", institution=["武宁县人民医院", "宋溪镇卫生院"], parent_id="a"),
    ]
    broken = chk._invariants(spec, docs, [])
    assert broken == [
        "once: '义诊活动' occurs 2 times in the output, not once",
        "institutions: no record is about 武宁县中医院",
        "institutions: unexpected record about 宋溪镇卫生院",
    ]
    assert chk._invariants(spec, docs[:1], []) == [
        "records: expected 2 record(s), got 1",
        "institutions: no record is about 武宁县中医院",
    ]


def test_figure_moved_in_baseline_fails(capsys, monkeypatch, mini: Path) -> None:
    approve(capsys, monkeypatch, mini)
    path = mini / "baseline.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["cases"]["untouched_clean_news"]["chars_kept"] += 5
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = cli(capsys, monkeypatch, str(mini))
    assert code == 1
    assert "FAIL untouched_clean_news" in out
    kept = data["cases"]["untouched_clean_news"]["chars_kept"]
    assert f"baseline: chars_kept: {kept} → {kept - 5}" in out


def test_a_removed_case_fails_and_update_refuses(capsys, monkeypatch, mini: Path) -> None:
    approve(capsys, monkeypatch, mini)
    shutil.rmtree(mini / "untouched_clean_news")
    code, out, _ = cli(capsys, monkeypatch, str(mini))
    assert code == 1
    assert "FAIL untouched_clean_news: pinned in baseline.json but the case folder is gone" in out
    code, _, err = cli(capsys, monkeypatch, str(mini), "--update")
    assert code == 1 and "case `untouched_clean_news` is pinned in the baseline but its folder is gone" in err
    approve(capsys, monkeypatch, mini, "--allow-regression")
    assert cli(capsys, monkeypatch, str(mini))[0] == 0


def test_failing_rule_examples_fail_the_check_and_block_update(monkeypatch, mini: Path) -> None:
    chk.update(chk.run_check(mini), allow_regression=False)
    broken = chk.RuleExamples(available=True, passed=41, failed=["boilerplate.yaml: rule `copyright`: must match '版权所有'"])
    monkeypatch.setattr(chk, "run_rule_examples", lambda config: broken)
    report = chk.run_check(mini)
    assert not report.ok
    assert ("problem", "rule example failed: boilerplate.yaml: rule `copyright`: must match '版权所有'") in list(
        chk.report_lines(report)
    )
    with pytest.raises(CheckFailed, match="rule example fails: boilerplate.yaml: rule `copyright`"):
        chk.update(report)
    chk.update(report, allow_regression=True)
    assert chk.run_check(mini).ok


# -- clear errors for a broken case ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case_yaml", "message"),
    [
        ("description: x\nmust_contian: [a]\n", "case.yaml: unknown key `must_contian`, did you mean `must_contain`?"),
        ("must_contain: [a]\n", "case.yaml: `description` is missing or empty"),
        ("description: x\nrecords: many\n", "case.yaml: `records` must be a whole number ≥ 0, not 'many'"),
        ("description: x\nmust_contain:\n  - a: b\n", "case.yaml: `must_contain` item 1 must be a non-empty string"),
        ("description: x\noptions:\n  treshold: 0.5\n", "case.yaml: unknown option `treshold`, did you mean `threshold`?"),
        ("description: x\noptions:\n  threshold: high\n", "case.yaml: option `threshold` must be a float, not str"),
        ("description: [unclosed\n", "case.yaml: not valid YAML (line 2)"),
    ],
)
def test_broken_case_yaml_is_a_clear_error(capsys, monkeypatch, mini: Path, case_yaml: str, message: str) -> None:
    (mini / "halfwidth_article" / "case.yaml").write_text(case_yaml, encoding="utf-8")
    code, out, err = cli(capsys, monkeypatch, str(mini))
    assert code == 2
    line = err.strip()
    assert line.startswith("Error: samples/halfwidth_article/case.yaml: "), line
    assert message in line
    assert len(err.strip().splitlines()) == 1


def test_a_setting_a_stage_refuses_names_the_case(capsys, monkeypatch, mini: Path) -> None:
    path = mini / "halfwidth_article" / "case.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "options:\n  punctuation: cjkk\n", encoding="utf-8")
    code, _, err = cli(capsys, monkeypatch, str(mini))
    assert code == 2
    assert err.startswith("Error: case `halfwidth_article` (options in case.yaml): ")
    assert "cjkk" in err


def test_missing_case_yaml_and_broken_expected_name_the_case(capsys, monkeypatch, mini: Path) -> None:
    approve(capsys, monkeypatch, mini)
    (mini / "halfwidth_article" / "expected.jsonl").write_text('{"id": "x"}\n{not json\n', encoding="utf-8")
    code, _, err = cli(capsys, monkeypatch, str(mini))
    assert code == 2
    assert err.startswith("Error: case `halfwidth_article`: expected.jsonl line 2 is not valid JSON")
    assert "cleaner check --update" in err

    (mini / "halfwidth_article" / "case.yaml").unlink()
    with pytest.raises(ConfigError, match="case `halfwidth_article`: no case.yaml"):
        chk.run_check(mini)
    code, _, err = cli(capsys, monkeypatch, str(mini))
    assert code == 2 and "Error: case `halfwidth_article`: no case.yaml" in err


def test_allow_regression_without_update_is_a_usage_error(capsys, monkeypatch, mini: Path) -> None:
    code, _, err = cli(capsys, monkeypatch, str(mini), "--allow-regression")
    assert code == 2 and "--allow-regression only applies with --update" in err


# -- the real sample corpus ---------------------------------------------------------------------------


def test_sample_corpus_has_the_cases_the_issue_asks_for() -> None:
    cases = {c.name: c for c in chk.discover_cases(SAMPLES)}
    assert len(cases) >= 12
    assert {f"seed_00{i}" for i in range(5)} <= set(cases)
    negative = [c for c in cases.values() if c.untouched or (c.records == 1 and c.dropped == 0)]
    assert len(negative) >= 3, [c.name for c in negative]
    assert cases["untouched_clean_news"].untouched
    gbk = next((SAMPLES / "gbk_county_hospital_page" / "input").iterdir()).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        gbk.decode("utf-8")
    assert next((SAMPLES / "gzip_input" / "input").iterdir()).read_bytes()[:2] == b"\x1f\x8b"
    assert len(list((SAMPLES / "neardup_pair_two_sites" / "input").iterdir())) == 2
    for c in cases.values():
        assert len(c.description) > 40, c.name


def test_gbk_case_decodes_without_replacement_characters(monkeypatch, tmp_path: Path) -> None:
    case = chk.load_case(SAMPLES / "gbk_county_hospital_page")
    monkeypatch.chdir(tmp_path)  # ids must not depend on where the check runs from
    run = chk.run_case(case, Config())
    assert run.records[0]["id"] == "input/qidong_pci_20240312.txt"
    assert run.records[0]["metadata"]["encoding"].lower() in ("gb18030", "gbk", "gb2312")
    assert "\ufffd" not in run.records[0]["text"]
    assert "祁东县人民医院" in run.records[0]["text"] + (run.records[0]["title"] or "")


def _rule_that_fires() -> tuple[str, dict[str, list[str]]] | None:
    """A boilerplate rule that removes text from the samples, with the cases it fires on and the
    text it removes there."""
    fired: dict[str, dict[str, list[str]]] = {}
    for case in chk.discover_cases(SAMPLES):
        with contextlib.chdir(case.path):
            for doc in clean(["input"], chk.case_config(Config(), case)).documents:
                for c in doc.changes:
                    if c.stage == "boilerplate" and c.removed.strip():
                        fired.setdefault(c.rule, {}).setdefault(case.name, []).append(c.removed.strip())
    if not fired:
        return None
    # (the rule of the fewest cases, so that the check runs on a few: those and one it leaves alone)
    rule = min(sorted(fired), key=lambda r: len(fired[r]))
    return rule, fired[rule]


@pytest.mark.slow
def test_disabling_a_rule_fails_check_until_approved(capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    found = _rule_that_fires()
    assert found is not None, "some shipped boilerplate rule must fire on the samples"
    rule, where = found
    root = tmp_path / "samples"
    cases = sorted(c.name for c in chk.discover_cases(SAMPLES))
    untouched = next(c for c in cases if c not in where)
    for case in [*where, untouched]:
        shutil.copytree(SAMPLES / case, root / case, ignore=_approved)
    approve(capsys, monkeypatch, root, "--allow-regression")
    assert cli(capsys, monkeypatch, str(root))[0] == 0

    code, out, _ = cli(capsys, monkeypatch, str(root), "--disable", rule)
    assert code == 1
    failing = {line.split(":")[0].removeprefix("FAIL ") for line in out.splitlines() if line.startswith("FAIL ")}
    assert failing == set(where), (rule, where)
    for case, removed in where.items():
        assert f"--- {case}/expected.jsonl (approved)" in out
        # The text the rule used to remove is back, on a `+` line of the diff.
        # (Its first characters: the original's spacing was normalized before the rule ran.)
        head = removed[0][:6]
        assert any(line.startswith("+") and head in line for line in out.splitlines()), head

    approve(capsys, monkeypatch, root, "--disable", rule, "--allow-regression")
    assert cli(capsys, monkeypatch, str(root), "--disable", rule)[0] == 0
    assert cli(capsys, monkeypatch, str(root))[0] == 1


@pytest.mark.slow
def test_whole_corpus_run_is_deterministic(capsys, monkeypatch, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for root in (a, b):
        shutil.copytree(SAMPLES, root, ignore=_approved)
        approve(capsys, monkeypatch, root, "--allow-regression")
    for case in sorted(p.name for p in a.iterdir() if p.is_dir()):
        assert (a / case / "expected.jsonl").read_bytes() == (b / case / "expected.jsonl").read_bytes(), case
    assert (a / "baseline.json").read_bytes() == (b / "baseline.json").read_bytes()
    assert cli(capsys, monkeypatch, str(a))[0] == 0


def test_check_passes_on_the_project_samples(capsys, monkeypatch) -> None:
    """Acceptance: `cleaner check samples/` passes on main once the approved outputs are in place."""
    if not (SAMPLES / chk.BASELINE_NAME).is_file():
        msg = "samples/baseline.json is not generated yet (run `cleaner check samples/ --update` once every stage has landed)"
        if os.environ.get("CLEANER_REQUIRE_ALL") == "1":
            pytest.fail(msg)
        pytest.skip(msg)
    monkeypatch.chdir(ROOT)
    code, out, _ = cli(capsys, monkeypatch, "samples")
    assert code == 0, out


# -- the README tells users how to run it in CI ---------------------------------------------------------


def test_readme_ci_section_has_a_complete_workflow_and_explains_update() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Using `cleaner check` in your CI" in readme
    section = readme.split("## Using `cleaner check` in your CI", 1)[1].split("\n## ", 1)[0]
    block = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    workflow = yaml.safe_load(block)
    # PyYAML reads the bare key `on` as True: GitHub reads it as the trigger list.
    assert workflow.get("on", workflow.get(True))
    steps = next(iter(workflow["jobs"].values()))["steps"]
    runs = [s.get("run", "") for s in steps]
    assert any("pip install" in r for r in runs)
    assert any(r.strip().startswith("cleaner check") for r in runs)
    assert any(s.get("uses", "").startswith("actions/checkout") for s in steps)
    assert "cleaner check samples/ --update" in section and "--allow-regression" in section


def test_check_help_documents_every_option(capsys, monkeypatch) -> None:
    code, out, _ = cli(capsys, monkeypatch, "--help")
    assert code == 0
    for opt in ("--update", "--allow-regression", "--rules", "--disable", "--no-default-rules"):
        assert opt in out
