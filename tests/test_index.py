"""The SQLite near-duplicate index: cross-run duplicates, one transaction per batch, concurrent writers, killed runs."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.dedup.index import SqliteIndex, index_params, sqlite_stats
from cleaner.dedup.lsh import lsh_params
from cleaner.dedup.stage import NearDuplicates
from cleaner.errors import IndexError_
from cleaner.model import Document

from .helpers import ROOT, run_pass

BANDS, ROWS = lsh_params(0.8, 128)



def paragraphs(seeds: list[Path]) -> list[str]:
    paras = []
    for p in seeds:
        paras += [line.strip() for line in p.read_text(encoding="utf-8").splitlines() if len(line.strip()) >= 40]
    return paras


def corpus(seeds: list[Path], n: int, seed: int) -> list[str]:
    """n distinct articles, each 4-6 paragraphs drawn from the seeds plus a numbered lead sentence."""
    rng = random.Random(seed)
    paras = paragraphs(seeds)
    out = []
    for i in range(n):
        lead = f"第{seed}批第{i}号通报：本院于{rng.randint(1, 12)}月{rng.randint(1, 28)}日召开第{i * 7 + seed}次专题会议，研究部署相关工作。"
        out.append("\n".join([lead, *rng.sample(paras, rng.randint(4, 6))]))
    return out


def test_second_run_finds_duplicates_of_the_first_and_names_them(tmp_path: Path, seeds: list[Path]) -> None:
    index = str(tmp_path / "neardup.sqlite")
    articles = corpus(seeds, 40, 1)
    first = [Document(id=f"a{i}", source=f"batch1/a{i}.txt", original=t) for i, t in enumerate(articles[:20])]
    out1 = run_pass(first, Config(index=index))
    assert all(d.dropped is None for d in out1)
    stats = sqlite_stats(index)
    assert stats["records"] == 20 and stats["runs"] == 1 and stats["buckets"] >= 20 * BANDS

    # The second half: new articles, plus near copies of five first-run articles (one paragraph added).
    second = [Document(id=f"b{i}", source=f"batch2/b{i}.txt", original=t) for i, t in enumerate(articles[20:])]
    copies = [
        Document(id=f"copy{k}", source=f"batch2/copy{k}.txt", original=articles[k] + "\n（来源：本院宣传科）")
        for k in (0, 3, 7, 11, 19)
    ]
    out2 = run_pass(second + copies, Config(index=index))
    dropped = {d.id: d.metadata for d in out2 if d.dropped == "neardup"}
    assert sorted(dropped) == ["copy0", "copy11", "copy19", "copy3", "copy7"]
    run1 = stats["run_list"][0]["run_id"]
    for k in (0, 3, 7, 11, 19):
        meta = dropped[f"copy{k}"]
        assert meta["dup_of"] == f"a{k}" and meta["dup_source"] == f"batch1/a{k}.txt"
        assert meta["dup_run"] == run1 and meta["dup_index"] == index
        assert meta["similarity"] >= 0.8
    after = sqlite_stats(index)
    assert after["records"] == 40 and after["runs"] == 2  # the copies are not added, the new articles are


def test_index_only_creates_its_own_tables_and_keeps_others(tmp_path: Path, seeds: list[Path]) -> None:
    index = tmp_path / "shared.sqlite"
    with sqlite3.connect(index) as db:
        db.execute("CREATE TABLE paragraph_counts (hash INTEGER PRIMARY KEY, n INTEGER)")
        db.execute("INSERT INTO paragraph_counts VALUES (1, 5)")
    run_pass([Document(id="x", source="x.txt", original=corpus(seeds, 1, 9)[0])], Config(index=str(index)))
    with sqlite3.connect(index) as db:
        assert db.execute("SELECT n FROM paragraph_counts").fetchall() == [(5,)]
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert tables == {"paragraph_counts", "neardup_meta", "neardup_runs", "neardup_records", "neardup_buckets"}


def test_other_parameters_on_an_existing_index_are_refused(tmp_path: Path, seeds: list[Path]) -> None:
    index = str(tmp_path / "i.sqlite")
    run_pass([Document(id="x", source="x.txt", original=corpus(seeds, 1, 2)[0])], Config(index=index))
    with pytest.raises(IndexError_) as e:
        NearDuplicates(Config(index=index, num_perm=64))
    assert "num_perm 128 (this run: 64)" in str(e.value) and "--num-perm" in (e.value.hint or "")


def test_bad_index_paths_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(IndexError_) as e:
        NearDuplicates(Config(index=str(tmp_path / "missing" / "i.sqlite")))
    assert "does not exist" in str(e.value) and e.value.hint
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database, just some bytes" * 100)
    with pytest.raises(IndexError_) as e:
        NearDuplicates(Config(index=str(junk)))
    assert str(junk) in str(e.value) and e.value.hint
    with pytest.raises(IndexError_, match="no such index file"):
        sqlite_stats(str(tmp_path / "nothing.sqlite"))


def test_an_interrupted_batch_adds_nothing(tmp_path: Path, seeds: list[Path]) -> None:
    index = str(tmp_path / "i.sqlite")
    docs = [Document(id=f"d{i}", source=f"d{i}.txt", original=t) for i, t in enumerate(corpus(seeds, 6, 3))]
    stage = NearDuplicates(Config(index=index))
    for d in docs:
        stage.observe(d)
    stage.prepare()
    stage.run(docs[0])  # the run stops here (an error in a later stage): close() must not write
    stage.close()
    assert sqlite_stats(index)["records"] == 0

    params = index_params(128, 5, 1, BANDS, ROWS, True)
    idx = SqliteIndex(index, params)
    stage = NearDuplicates(Config(index=index))
    for d in docs:
        stage.observe(d)
    stage.prepare()
    records = list(stage.batch.kept_records())

    def failing():
        yield from records[:3]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        idx.add("run-x", failing())
    idx.close()
    stage.close()
    assert sqlite_stats(index)["records"] == 0 and sqlite_stats(index)["runs"] == 0


_WRITER = textwrap.dedent(
    """
    import sys, time
    from cleaner.config import Config
    from cleaner.model import Document
    from cleaner.dedup import stage as st
    index, prefix, texts_file = sys.argv[1], sys.argv[2], sys.argv[3]
    texts = open(texts_file, encoding="utf-8").read().split("\\f")
    kept = st.Batch.kept_records
    def slow(self):
        for r in kept(self):
            time.sleep(0.02)  # hold the write transaction open so the two writers overlap
            yield r
    st.Batch.kept_records = slow
    stage = st.NearDuplicates(Config(index=index))
    docs = [Document(id=f"{prefix}{i}", source=f"{prefix}/{i}.txt", original=t) for i, t in enumerate(texts)]
    for d in docs:
        stage.observe(d)
    stage.prepare()
    for d in docs:
        stage.run(d)
    stage.commit()
    stage.close()
    print(stage.summary()["neardup"]["index_records_added"])
    """
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_two_processes_writing_one_index_both_finish_consistently(tmp_path: Path, seeds: list[Path]) -> None:
    index = str(tmp_path / "i.sqlite")
    procs = []
    for k in (1, 2):
        texts = tmp_path / f"texts{k}.txt"
        texts.write_text("\f".join(corpus(seeds, 25, 10 + k)), encoding="utf-8")
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", _WRITER, index, f"w{k}_", str(texts)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=_env(),
            )
        )
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [r[1].decode()[-500:] for r in results]
    assert [int(r[0]) for r in results] == [25, 25]
    stats = sqlite_stats(index)
    assert stats["records"] == 50 and stats["runs"] == 2
    with sqlite3.connect(index) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        per_record = db.execute(
            "SELECT count(*) FROM neardup_records r WHERE (SELECT count(*) FROM neardup_buckets b WHERE b.ref = r.ref) != ?", (BANDS,)
        ).fetchone()[0]
        assert per_record == 0


_KILLED = textwrap.dedent(
    """
    import os, signal, sys
    from cleaner.config import Config
    from cleaner.model import Document
    from cleaner.dedup.stage import NearDuplicates
    index, texts_file = sys.argv[1], sys.argv[2]
    texts = open(texts_file, encoding="utf-8").read().split("\\f")
    stage = NearDuplicates(Config(index=index))
    docs = [Document(id=f"k{i}", source=f"k/{i}.txt", original=t) for i, t in enumerate(texts)]
    for d in docs:
        stage.observe(d)
    stage.prepare()
    def dying():
        for n, r in enumerate(stage.batch.kept_records()):
            if n == 5:
                os.kill(os.getpid(), signal.SIGKILL)  # killed between the first insert and the commit
            yield r
    stage.index.add(stage.run_id, dying())
    """
)


def test_a_run_killed_before_commit_leaves_the_index_as_it_was(tmp_path: Path, seeds: list[Path]) -> None:
    index = str(tmp_path / "i.sqlite")
    run_pass([Document(id=f"p{i}", source=f"p{i}.txt", original=t) for i, t in enumerate(corpus(seeds, 8, 20))], Config(index=index))
    before = sqlite_stats(index)
    texts = tmp_path / "texts.txt"
    texts.write_text("\f".join(corpus(seeds, 12, 21)), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", _KILLED, index, str(texts)], capture_output=True, env=_env(), timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-500:]
    after = sqlite_stats(index)
    assert (after["records"], after["runs"], after["buckets"]) == (before["records"], before["runs"], before["buckets"])
    with sqlite3.connect(index) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The index still takes the next batch.
    run_pass([Document(id="z", source="z.txt", original=corpus(seeds, 1, 22)[0])], Config(index=index))
    assert sqlite_stats(index)["records"] == before["records"] + 1


def test_cleaner_index_stats_prints_the_counts(tmp_path: Path, seeds: list[Path]) -> None:
    import json

    from .helpers import run_cli

    index = str(tmp_path / "i.sqlite")
    run_pass([Document(id=f"s{i}", source=f"s{i}.txt", original=t) for i, t in enumerate(corpus(seeds, 3, 40))], Config(index=index))
    res = run_cli("index", "stats", index)
    assert res.returncode == 0, res.stderr.decode()
    out = res.stdout.decode()
    assert "records  3" in out and "runs     1" in out and f"bands {BANDS} x rows {ROWS}" in out
    data = json.loads(run_cli("index", "stats", index, "--json").stdout)
    assert data["records"] == 3 and data["buckets"] == 3 * BANDS and data["bytes"] > 0
    missing = run_cli("index", "stats", str(tmp_path / "none.sqlite"))
    assert missing.returncode == 2 and "no such index file" in missing.stderr.decode()


def test_cleaner_clean_twice_with_one_index_names_the_first_runs_records(tmp_path: Path, seeds: list[Path]) -> None:
    import json

    from .helpers import records, run_cli

    first, second = tmp_path / "scrape1", tmp_path / "scrape2"
    first.mkdir()
    second.mkdir()
    for i, p in enumerate(seeds):
        (first / f"a{i}.txt").write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    # Run two: a re-scrape of seed 000 with half-width punctuation and a new article built from generated text.
    (second / "again.txt").write_text(seeds[0].read_text(encoding="utf-8").replace("，", ","), encoding="utf-8")
    (second / "new.txt").write_text("\n".join(corpus(seeds, 1, 77)), encoding="utf-8")
    index = str(tmp_path / "index.sqlite")
    res1 = run_cli("clean", str(first), "-o", str(tmp_path / "out1.jsonl"), "--index", index)
    assert res1.returncode == 0, res1.stderr.decode()
    res2 = run_cli("clean", str(second), "-o", str(tmp_path / "out2.jsonl"), "--index", index)
    assert res2.returncode == 0, res2.stderr.decode()
    kept = records(tmp_path / "out2.jsonl")
    assert [r["source"] for r in kept] == [str(second / "new.txt")]
    dups = [json.loads(line) for line in (tmp_path / "out2.dups.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(dups) == 1
    meta = dups[0]["metadata"]
    assert dups[0]["source"] == str(second / "again.txt") and dups[0]["text"]
    assert meta["dup_of"] == str(first / "a0.txt") and meta["dup_source"] == str(first / "a0.txt")
    assert meta["dup_run"] == sqlite_stats(index)["run_list"][0]["run_id"] and meta["similarity"] >= 0.8
