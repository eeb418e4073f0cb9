"""A JSONL file is read as a stream of line blocks, and --jobs workers decode their own inputs:
neither changes a single item, id, line number or output byte."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cleaner.io import read
from cleaner.io.read import FileBytes, JsonlBlock, RawItem, Skipped, expand, iter_items

from .helpers import generated_articles, records, run_cli


def _jsonl(path: Path, n: int, *, bom: bool = False, encoding: str = "utf-8") -> None:
    lines = []
    for i, body in enumerate(generated_articles(n)):
        if i == 3:
            lines.append("{not json")
        if i == 5:
            lines.append("")
        if i == 7:
            lines.append(json.dumps({"text": "   ", "url": "x"}))
        lines.append(json.dumps({"text": body, "url": f"https://s{i % 3}.example/{i}", "n": i}, ensure_ascii=False))
    data = ("\r\n" if i % 2 else "\n").join(lines).encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data + b"\n")


def _view(items: Any) -> list[tuple[Any, ...]]:
    out = []
    for it in items:
        if isinstance(it, Skipped):
            out.append(("skipped", it.source, it.reason, it.empty))
        else:
            out.append((it.id, it.source, it.text, it.encoding, it.lossy, it.metadata, it.rel_path, it.file))
    return out


@pytest.mark.parametrize(("bom", "encoding"), [(False, "utf-8"), (True, "utf-8"), (False, "gb18030")])
def test_blocks_give_the_items_of_the_whole_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 bom: bool, encoding: str) -> None:
    path = tmp_path / "feed.jsonl"
    _jsonl(path, 40, bom=bom, encoding=encoding)
    whole = _view(iter_items([str(path)]))
    # Blocks of a few hundred bytes: every line boundary case (a block ending inside a line,
    # a line longer than a block) occurs.
    monkeypatch.setattr(read, "JSONL_BLOCK", 300)
    streamed = _view(iter_items([str(path)]))
    assert streamed == whole
    units = list(iter_items([str(path)]).units())
    if encoding == "utf-8":
        assert len(units) > 10 and all(isinstance(u, JsonlBlock) for u in units)
    else:  # not UTF-8: read whole, so its encoding is recognised from all of it
        assert [type(u) for u in units] == [FileBytes]
    opts = iter_items([str(path)]).options
    assert _view(it for u in units for it in expand(u, opts)) == whole
    assert ("skipped", f"{path}:4", "not valid JSON (Expecting property name enclosed in double quotes at column 2)",
            False) in whole


def test_repeated_ids_are_told_apart_across_blocks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ids.jsonl"
    path.write_text("".join(json.dumps({"id": "a", "text": f"第{i}篇文章的正文内容。"}) + "\n" for i in range(30)),
                    encoding="utf-8")
    monkeypatch.setattr(read, "JSONL_BLOCK", 64)
    items = [it for it in iter_items([str(path)], id_key="id") if isinstance(it, RawItem)]
    assert [it.id for it in items] == ["a"] + [f"a@{i}" for i in range(2, 31)]
    # With --id-key the reading process parses the blocks (the ids are state across the file).
    assert all(isinstance(u, RawItem) for u in iter_items([str(path)], id_key="id").units())


def test_a_single_jsonl_file_gives_the_same_output_for_any_jobs(tmp_path: Path) -> None:
    src = tmp_path / "corpus.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i, body in enumerate(generated_articles(400)):
            f.write(json.dumps({"text": body, "url": f"https://site{i % 5}.example/a/{i}.html"}, ensure_ascii=False) + "\n")
    assert src.stat().st_size > 2 * read.JSONL_BLOCK  # several blocks, sent to both workers
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.jsonl"
        res = run_cli("clean", str(src), "-o", str(out), "-q", "--jobs", jobs)
        assert res.returncode == 0, res.stderr.decode()
        outs.append((out.read_bytes(), (tmp_path / f"j{jobs}.dups.jsonl").read_bytes()))
    assert outs[0] == outs[1]
    # Every line is in the output (a roundup as several records, all with the line's source).
    assert len({r["source"] for r in records(outs[0][0]) + records(outs[0][1])}) == 400


def test_an_error_in_a_worker_reaches_the_run_instead_of_hanging_it(tmp_path: Path) -> None:
    # A rule file that breaks where the workers build their stages: the pool must not restart
    # them for ever, and the error must arrive whole (a RuleError naming the file), not hang.
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("某某医院开展义诊活动。\n", encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - id: x\n    patern: y\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from cleaner.config import Config\nfrom cleaner.errors import RuleError\n"
        "from cleaner.io.read import iter_items\nfrom cleaner.pipeline import Pipeline\n"
        f"cfg = Config(jobs=2, dedup='off', rules_paths=[{str(bad)!r}])\n"
        "try:\n"
        f"    list(Pipeline(cfg).process_documents(iter_items([{str(tmp_path / 'a.txt')!r}])))\n"
        "except RuleError as e:\n"
        "    print('RuleError', e.path.endswith('bad.yaml'))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.stdout.strip() == "RuleError True", res.stderr
