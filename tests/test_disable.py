"""Every rule id the report and `explain` show can be switched off with --disable, or the error
says which ids can be."""

from __future__ import annotations

import importlib
import inspect

import pytest

import cleaner
from cleaner.chain import CHAIN
from cleaner.errors import ConfigError
from cleaner.io.read import RawItem, iter_items
from cleaner.rules import load_rule_list
from cleaner.stage_rules import NOT_DISABLEABLE, STAGE_RULES, stage_rule_ids

from .helpers import ROOT, run_cli

ITEMS = [it for it in iter_items(sorted(str(p) for p in (ROOT / "samples").glob("*/input"))) if isinstance(it, RawItem)]


def _changes(held: cleaner.Cleaner) -> list[tuple[str, str]]:
    out = []
    for it in ITEMS:
        for d in held.documents(it.text or "", id=it.id):
            assert cleaner.replay(d.original, d.changes) == d.text
            out += [(c.stage, r) for c in d.changes for r in c.rule.split("+")]
    return out


def test_every_id_the_samples_show_can_be_disabled() -> None:
    rule_ids = {r.id for r in load_rule_list(cleaner.Config())}
    seen = sorted(set(_changes(cleaner.Cleaner())))
    stage_ids = sorted({r for s, r in seen if r not in rule_ids and r not in NOT_DISABLEABLE})
    assert {"blank_lines", "repeat_exact", "title"} <= set(stage_ids)
    for rid in stage_ids:
        assert rid in stage_rule_ids(), f"{rid} is shown in the report but not in cleaner/stage_rules.py"
        after = _changes(cleaner.Cleaner(disable=[rid]))
        assert after and rid not in {r for _, r in after}, rid


def test_the_registry_names_ids_the_stages_really_log() -> None:
    modules = {cls.name: cls.__module__ for cls in CHAIN}
    # The boilerplate stage's own ids are its fitted model's and its head-copy pass's (its rules
    # are data in rules/).
    modules["boilerplate"] = "cleaner.filters.blockmodel cleaner.filters.boilerplate"
    for stage, ids in STAGE_RULES.items():
        mod = modules.get(stage) or f"cleaner.filters.{stage}"
        src = "".join(inspect.getsource(importlib.import_module(m)) for m in mod.split())
        for rid in ids:
            assert f'"{rid}"' in src, f"{stage}: {rid} is not logged by {mod}"


def test_disabled_blank_lines_keep_the_blank_lines() -> None:
    text = "某医院开展义诊活动。\n\n\n\n群众纷纷点赞,服务群众百余人次。"
    (kept,) = cleaner.Cleaner(disable=["blank_lines"]).clean_text(text, id="a")
    (cleaned,) = cleaner.Cleaner().clean_text(text, id="a")
    assert "\n\n\n" in kept["text"] and "\n\n" not in cleaned["text"]


def test_disabling_a_corpus_pass_id_works_across_the_batch() -> None:
    # Site furniture no rule spells: only the templates pass finds it.
    shared = "健康所系性命相托,县人民医院始终把群众满意作为工作的标准和努力的方向。"
    topics = ["开展义诊活动", "举办健康讲座", "完成首例微创手术", "举行应急演练", "启动胸痛中心建设"]
    rows = [
        {"text": f"县人民医院{t}\n{i + 3}月{i + 10}日,县人民医院{t},医务人员为群众提供了细致的服务,受到广泛好评。\n{shared}"}
        for i, t in enumerate(topics)
    ]
    on = list(cleaner.Cleaner().clean_records(rows))
    off = list(cleaner.Cleaner(disable=["corpus_template"]).clean_records(rows))
    assert not any(shared in r["text"] for r in on)
    assert sum(r["text"].count(shared) for r in off) == len(rows)


def test_a_misspelt_or_segment_id_is_refused_with_what_to_do() -> None:
    with pytest.raises(ConfigError) as e:
        cleaner.Cleaner(disable=["repeat_exat"]).clean_text("某医院开展义诊活动。")
    assert "did you mean `repeat_exact`" in str(e.value)
    res = run_cli("clean", "samples/seed_004/input", "--disable", "section_edge")
    assert res.returncode == 2
    assert "--no-segment" in res.stderr.decode()


def test_rules_list_all_shows_the_stage_ids() -> None:
    res = run_cli("rules", "list", "--all")
    assert res.returncode == 0
    out = res.stdout.decode()
    for rid in ("blank_lines", "repeat_exact", "title", "corpus_template", "copyright_notice"):
        assert f"\n{rid}\t" in out
    res = run_cli("clean", "samples/seed_004/input", "--disable", "blank_lines", "--disable", "repeat_title", "-q")
    assert res.returncode == 0, res.stderr.decode()


def test_no_stage_id_is_also_the_id_of_a_shipped_rule() -> None:
    """`explain`, the report and `--disable` name a removal by its id alone: a stage's id that a
    rule file also uses would be described as the rule, and switched off with it."""
    rule_ids = {r.id for r in load_rule_list(cleaner.Config())}
    assert not rule_ids & set(stage_rule_ids())
