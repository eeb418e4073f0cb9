"""--jobs N: the workers run the corpus passes in pieces, and nothing a user sees depends on N.

With --jobs N the workers clean the documents, compute the corpus passes' facts and apply their
decisions; the parent only spools bytes, observes facts and decides. These tests build a small
corpus of several sites with template lines, shared quotations, reposts and near copies (so both
passes decide something) and check that records, duplicates, the review file (with the run
summary) and the persistent index are the same for --jobs 1, 2 and 3, and that a worker that
fails while applying a pass stops the run with its own error.
"""

from __future__ import annotations

import gzip
import json
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cleaner.api import clean, public_record
from cleaner.config import Config
from cleaner.errors import IndexError_
from cleaner.filters.templates import CorpusTemplates
from cleaner.io.read import iter_items
from tests.helpers import records, run_cli

SITES = ("cityhealth", "countynews", "hospital")
# Made-up site furniture no rule spells: a slogan paragraph under a third of each site's pages.
SLOGANS = {
    "cityhealth": "健康某市，与您同行，每一天都为全市群众的身体健康和幸福生活保驾护航。",
    "countynews": "聚焦县域发展，讲好身边故事，传递基层声音，记录这片土地上每一个温暖瞬间。",
    "hospital": "以病人为中心，以质量为核心，用精湛医术和温馨服务守护每一位患者的健康。",
}
QUOTE = (
    "会议强调，各级医疗机构要始终坚持以人民健康为中心，持续改善医疗服务，"
    "把基层首诊、双向转诊、急慢分治、上下联动的分级诊疗制度落到实处，让群众就近享有优质服务。"
)
NOTICE = "本网站由某市卫生健康委员会主办，未经书面许可不得转载本站任何内容，违者依法追究责任。\n"
_PLACES = ["大足区", "綦江区", "垫江县", "奉节县", "秀山县", "营山县", "渭南市", "松原市", "开州区", "巴南区"]
_UNITS = ["人民医院", "中医院", "妇幼保健院", "中心卫生院", "疾病预防控制中心", "社区卫生服务中心"]
_ACTS = ["开展义诊活动", "举办健康讲座", "组织党员志愿服务", "推进医共体建设", "开展家庭医生签约服务",
         "完成首例微创手术", "启动胸痛中心建设", "举行应急演练", "开展慢病随访", "组织业务培训"]
_TAILS = ["受到群众好评", "服务群众{n}余人次", "发放宣传资料{n}份", "惠及辖区居民{n}人",
          "培训医护人员{n}名", "接诊患者{n}人次", "筛查高危人群{n}人"]


def article(rng: random.Random) -> list[str]:
    """A made-up news article: four to six paragraphs of distinct dated sentences."""
    paras = []
    for _ in range(rng.randint(4, 6)):
        sents = []
        for _ in range(rng.randint(3, 4)):
            place, unit, act, tail = rng.choice(_PLACES), rng.choice(_UNITS), rng.choice(_ACTS), rng.choice(_TAILS)
            sents.append(f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日{rng.randint(8, 17)}时,{place}{unit}"
                         f"{act},{tail.format(n=rng.randint(20, 9000))}。")
        paras.append("".join(sents))
    return paras


def corpus(root: Path, n_per_site: int = 40) -> Path:
    """Three site folders of articles with slogans (template text), a quotation held by articles
    of two sites, and reposts, exact and near copies, in a fourth folder. Returns the folder."""
    rng = random.Random(3)
    src = root / "in"
    written: list[str] = []
    for site in SITES:
        (src / site).mkdir(parents=True)
        for i in range(n_per_site):
            paras = article(rng)
            if i % 3 == 0:
                paras.append(SLOGANS[site])
            if i == 7:
                paras.insert(2, QUOTE)
            text = "\n".join(paras) + "\n"
            (src / site / f"{i:03d}.txt").write_text(text, encoding="utf-8")
            written.append(text)
            if i == 20:
                # A page of nothing but a notice the rules remove: dropped before the corpus passes.
                (src / site / f"{i:03d}a.txt").write_text(NOTICE, encoding="utf-8")
    reposts = src / "reposts"
    reposts.mkdir()
    for j in range(12):
        text = written[rng.randrange(len(written))]
        if j % 2:
            # A near copy: one sentence of the last paragraph changed.
            paras = text.rstrip("\n").split("\n")
            paras[-1] = paras[-1].replace("月", "月份", 1) + "此次活动取得圆满成功。"
            text = "\n".join(paras) + "\n"
        (reposts / f"r{j:02d}.txt").write_text(text, encoding="utf-8")
    return src


def as_jsonl(src: Path, path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for p in sorted(src.rglob("*.txt")):
            f.write(json.dumps({"id": str(p.relative_to(src)), "text": p.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
    return path


def review_lines(path: Path) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()]
    for row in rows:
        # The run's own settings name --jobs and the output paths; nothing else may differ.
        if isinstance(row.get("config"), dict):
            row["config"].pop("jobs", None)
        row.pop("output", None)
    return rows


def outputs(tmp_path: Path, target: Path, jobs: int) -> tuple[bytes, bytes, list[dict[str, Any]]]:
    out = tmp_path / f"out{jobs}-{target.name}"
    out.mkdir()
    res = run_cli("clean", str(target), "-o", str(out / "clean.jsonl"), "-q", "--jobs", str(jobs))
    assert res.returncode == 0, res.stderr.decode()
    return (
        (out / "clean.jsonl").read_bytes(),
        (out / "clean.dups.jsonl").read_bytes(),
        review_lines(out / "clean.review.jsonl.gz"),
    )


def test_the_corpus_passes_decide_something_here(tmp_path: Path) -> None:
    """The corpus of these tests exercises both passes (else the identity tests below prove nothing)."""
    res = clean([str(corpus(tmp_path))], Config(jobs=2))
    recs = [public_record(d) for d in res.documents if d.dropped is None]
    summary = res.summary.to_dict()
    removed = {(t["site"].rsplit("/", 1)[-1], t["text"]) for t in summary["templates"]}
    assert removed == {(site, SLOGANS[site]) for site in SITES}
    assert not any(SLOGANS[s] in r["text"] for r in recs for s in SITES if "/reposts/" not in r["id"])
    assert summary["neardup"]["duplicates"] >= 6 and summary["neardup"]["verified_pairs"] >= 3
    assert sum(n for stage, n in summary["dropped_by"].items() if stage != "neardup") == len(SITES)
    quoted = [r for r in recs if QUOTE in r["text"]]
    assert len(quoted) >= 2 and all(r["metadata"].get("shared_paragraphs") for r in quoted)


@pytest.mark.slow
def test_records_duplicates_and_review_are_identical_for_any_jobs(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    one = outputs(tmp_path, src, 1)
    assert one[1], "the corpus has duplicates"
    for jobs in (2, 3):
        assert outputs(tmp_path, src, jobs) == one, f"--jobs {jobs} differs from --jobs 1"


def test_a_single_jsonl_file_gives_the_same_output_with_two_jobs(tmp_path: Path) -> None:
    jsonl = as_jsonl(corpus(tmp_path), tmp_path / "corpus.jsonl")
    one, two = outputs(tmp_path, jsonl, 1), outputs(tmp_path, jsonl, 2)
    assert one == two
    assert len(records(one[0])) > 100


def _index_tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(path)
    try:
        return {
            "template_counts": con.execute("SELECT * FROM template_counts ORDER BY site, fingerprint").fetchall(),
            "template_families": con.execute("SELECT * FROM template_families ORDER BY site, family").fetchall(),
            "shared_counts": con.execute("SELECT * FROM shared_counts ORDER BY fingerprint").fetchall(),
            "shared_families": con.execute("SELECT * FROM shared_families ORDER BY family").fetchall(),
            # The run id is the time of the run; everything else must match.
            "neardup_records": con.execute(
                "SELECT ref, record_id, source, key_hash, short, signature FROM neardup_records ORDER BY ref"
            ).fetchall(),
            "neardup_buckets": con.execute("SELECT * FROM neardup_buckets ORDER BY band, bucket, ref").fetchall(),
        }
    finally:
        con.close()


def _without_run_ids(docs: list[Any]) -> list[tuple[dict[str, Any], str | None]]:
    out = []
    for d in docs:
        rec = public_record(d)
        rec["metadata"].pop("dup_run", None)
        out.append((rec, d.dropped))
    return out


def test_index_runs_commit_the_same_data_with_two_jobs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = corpus(tmp_path)
    first = [str(src / s) for s in SITES[:2]]
    second = [str(src / SITES[2]), str(src / "reposts")]
    seen = {}
    for jobs in (1, 2):
        # The same --index name in a folder per run: records name the index they found copies in.
        (tmp_path / f"j{jobs}").mkdir()
        monkeypatch.chdir(tmp_path / f"j{jobs}")
        clean(first, Config(jobs=jobs, index="index.sqlite"))
        res = clean(second, Config(jobs=jobs, index="index.sqlite"))
        seen[jobs] = (
            _without_run_ids(res.documents + res.dropped), _index_tables(Path("index.sqlite")),
            res.summary.to_dict()["neardup"],
        )
    docs, tables, stats = seen[1]
    assert tables["template_counts"] and tables["neardup_records"]
    assert stats["cross_run_duplicates"] > 0, "the second batch repeats the first"
    for d in (seen[1][2], seen[2][2]):
        del d["run_id"]
    assert seen[1] == seen[2]


class FailingTemplates(CorpusTemplates):
    """The templates pass, failing where the workers apply its decisions."""

    @classmethod
    def run_view(cls, docs: list[Any], start: int, view: Any) -> Any:
        raise IndexError_(f"{docs[0].id}: the counts cannot be read", hint="rebuild the index")


def test_a_worker_failing_in_a_corpus_pass_stops_the_run_with_its_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    import cleaner.pipeline as pipeline_mod

    build = pipeline_mod.build_corpus_stages

    def failing(config: Config) -> list[Any]:
        return [FailingTemplates(config) if s.name == "templates" else s for s in build(config)]

    monkeypatch.setattr(pipeline_mod, "build_corpus_stages", failing)
    spools = tmp_path / "tmp"
    spools.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spools))
    with pytest.raises(IndexError_) as err:
        clean([str(corpus(tmp_path, 10))], Config(jobs=2))
    assert "the counts cannot be read" in err.value.message and err.value.hint == "rebuild the index"
    assert list(spools.iterdir()) == []


def _no_pool(self: Any, options: Any) -> Any:
    raise AssertionError("a worker pool was started")


def test_an_input_of_one_batch_is_cleaned_without_workers_and_gives_the_same_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A few short files make one batch of work: --jobs 2 cleans them in the process itself (no
    pool to start), with the output of --jobs 1, corpus passes included."""
    import cleaner.pipeline as pipeline_mod

    src = tmp_path / "few"
    src.mkdir()
    rng = random.Random(5)
    texts = ["\n".join(article(rng) + [SLOGANS["hospital"]]) + "\n" for _ in range(4)]
    texts.append(texts[0])  # an exact copy: the near-duplicate pass drops it
    for i, text in enumerate(texts):
        (src / f"{i}.txt").write_text(text, encoding="utf-8")
    assert len(texts) < pipeline_mod.BATCH_UNITS
    one = clean([str(src)], Config(jobs=1))
    monkeypatch.setattr(pipeline_mod.Pipeline, "_pool", _no_pool)
    for jobs in (2, 3):
        res = clean([str(src)], Config(jobs=jobs))
        assert [public_record(d) for d in res.documents] == [public_record(d) for d in one.documents]
        assert [(d.id, d.dropped) for d in res.dropped] == [(d.id, d.dropped) for d in one.dropped] != []
        assert res.summary.to_dict() == one.summary.to_dict()
    # The per-document stages alone (no corpus pass in pieces) take the same path.
    docs = list(pipeline_mod.Pipeline(Config(jobs=2)).process_documents(iter_items([str(src)])))
    assert [d.text for d in docs] == [d.text for d in pipeline_mod.Pipeline(Config()).process_documents(iter_items([str(src)]))]


def test_an_input_of_several_batches_is_cleaned_in_the_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import cleaner.pipeline as pipeline_mod

    src = tmp_path / "many"
    src.mkdir()
    rng = random.Random(6)
    for i in range(pipeline_mod.BATCH_UNITS + 1):
        (src / f"{i:02d}.txt").write_text("\n".join(article(rng)) + "\n", encoding="utf-8")
    one = clean([str(src)], Config(jobs=1))
    monkeypatch.setattr(pipeline_mod.Pipeline, "_pool", _no_pool)
    with pytest.raises(AssertionError, match="a worker pool was started"):
        clean([str(src)], Config(jobs=2))
    monkeypatch.undo()
    two = clean([str(src)], Config(jobs=2))
    assert [public_record(d) for d in two.documents] == [public_record(d) for d in one.documents]


def test_the_modules_the_forkserver_preloads_exist() -> None:
    """The forkserver skips a preload module it cannot import without a word: a renamed module
    would silently make every worker import the chain again."""
    import importlib

    import cleaner.pipeline as pipeline_mod

    assert "cleaner.chain" in pipeline_mod.WORKER_PRELOAD
    for name in pipeline_mod.WORKER_PRELOAD:
        importlib.import_module(name)


def test_a_worker_killed_mid_run_stops_the_run_with_a_clear_error_instead_of_a_hang() -> None:
    """The pool replaces a dead worker, but the batch it held is lost: waiting for its result
    would never end (a worker killed by hand or by the system when memory runs out)."""
    import os
    import signal
    import time

    from cleaner.errors import WorkerLost
    from cleaner.io.read import ReadOptions
    from cleaner.pipeline import Pipeline

    pipe = Pipeline(Config(jobs=2))
    with pipe._pool(ReadOptions()) as pool:
        task = pool.apply_async(time.sleep, (60,))
        for pid in pipe._workers:
            assert pid is not None
            os.kill(pid, signal.SIGKILL)
        started = time.monotonic()
        with pytest.raises(WorkerLost) as err:
            pipe._result(pool, task)
        assert time.monotonic() - started < 10
    assert "worker process died" in str(err.value) and err.value.exit_code == 1
    assert err.value.hint is not None and "--jobs" in err.value.hint
