"""The library API a pipeline holds: `cleaner.Cleaner` builds the chain once and gives the same
records as `cleaner clean`."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import cleaner
from cleaner import pipeline
from cleaner.api import public_record
from cleaner.errors import ConfigError, InputError
from cleaner.io.read import RawItem, iter_items

from .helpers import ROOT, generated_articles, records, run_cli

SAMPLE_INPUTS = sorted(str(p) for p in (ROOT / "samples").glob("*/input"))


def _no_encoding(rec: dict) -> dict:
    # clean_text is handed decoded text, so it cannot know the input's encoding.
    return {**rec, "metadata": {k: v for k, v in rec["metadata"].items() if k != "encoding"}}


def test_stages_are_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built = []
    real = pipeline.build_stages
    monkeypatch.setattr("cleaner.api.build_stages", lambda cfg: built.append(1) or real(cfg))
    held = cleaner.Cleaner()
    for text in generated_articles(5):
        assert held.clean_text(text, id="x")
    list(held.clean_records([{"text": t} for t in generated_articles(4)]))
    list(held.clean_records([{"text": t} for t in generated_articles(4)], corpus=False))
    assert built == [1]


def test_clean_text_gives_the_records_of_cleaner_clean_for_every_sample_file() -> None:
    held = cleaner.Cleaner()
    items = [it for it in iter_items(SAMPLE_INPUTS) if isinstance(it, RawItem)]
    files = sorted({it.file or it.source for it in items})
    assert len(files) >= 14
    for f in files:
        want = [_no_encoding(public_record(d)) for d in cleaner.clean([f]).documents]
        got = [
            _no_encoding(r)
            for it in items
            if (it.file or it.source) == f
            for r in held.clean_text(it.text or "", id=it.id, source=it.source, metadata=it.metadata)
        ]
        assert got == want, f


def test_a_roundup_gives_one_record_per_institution() -> None:
    text = (ROOT / "samples/seed_002/input/002_ae8107586a0ecb83.txt").read_text(encoding="utf-8")
    recs = cleaner.Cleaner().clean_text(text, id="r")
    assert [r["id"] for r in recs] == [f"r#{i}" for i in range(1, 9)]
    assert all(r["parent_id"] == "r" and len(r["institution"]) == 1 for r in recs)


def test_clean_records_equals_cleaner_clean_on_the_same_jsonl(tmp_path: Path) -> None:
    arts = generated_articles(12, seed=3)
    # Two near copies and a shared template paragraph make the corpus passes matter.
    arts.append(arts[0] + "\n" + "本文转载自其他网站。")
    rows = [{"content": t, "url": f"https://example.cn/{i}", "site": "example"} for i, t in enumerate(arts)]
    src = tmp_path / "rows.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = run_cli("clean", str(src), "--text-key", "content", "--id-key", "url", "-o", str(out), "-q")
    assert res.returncode == 0, res.stderr.decode()
    want = [_no_encoding(r) for r in records(out)]
    held = cleaner.Cleaner({"text_key": "content", "id_key": "url"})
    got = [_no_encoding(r) for r in held.clean_records(rows)]
    assert [r["id"] for r in got] == [r["id"] for r in want]
    # The near copy was dropped by both, so the corpus passes ran in both.
    dropped = {r["id"] for r in records(tmp_path / "out.dups.jsonl")}
    assert dropped and not dropped & {r["id"] for r in got}
    for g, w in zip(got, want, strict=True):
        assert {**g, "source": w["source"]} == w
    assert all(r["metadata"]["site"] == "example" for r in got)


def test_config_names_are_checked_with_a_suggestion() -> None:
    with pytest.raises(ConfigError) as e:
        cleaner.Cleaner(treshold=0.7)
    assert "treshold" in str(e.value) and "threshold" in (e.value.hint or "")
    with pytest.raises(ConfigError):
        cleaner.Cleaner({"text_kee": "content"})
    assert cleaner.Cleaner(cleaner.Config(threshold=0.7), dedup="mark").config.threshold == 0.7


def test_a_row_without_text_names_the_row() -> None:
    with pytest.raises(InputError) as e:
        list(cleaner.Cleaner().clean_records([{"text": "某医院开展义诊活动,服务群众百余人次。"}, {"body": "x"}], corpus=False))
    assert "records:2" in str(e.value) and "`text`" in str(e.value)


def test_a_cleaner_pickles_and_works_after(tmp_path: Path) -> None:
    held = cleaner.Cleaner(disable=["stray_letter"])
    text = generated_articles(1)[0]
    before = held.clean_text(text, id="a")
    again = pickle.loads(pickle.dumps(held))
    assert again.config.disable == ["stray_letter"]
    assert again.clean_text(text, id="a") == before


def test_module_clean_text_still_returns_documents() -> None:
    text = (ROOT / "samples/seed_004/input/004_5ab4f8ea545d22bc.txt").read_text(encoding="utf-8")
    (doc,) = cleaner.clean_text(text, doc_id="a")
    assert isinstance(doc, cleaner.Document)
    assert cleaner.replay(doc.original, doc.changes) == doc.text
