"""`--engine dask` gives exactly what the embedded engine gives: records, duplicate decisions,
template removals, the dups file and the index, on a local cluster, on a separately started
scheduler and worker, and when a worker is killed in the middle of a run."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cleaner.api import clean
from cleaner.config import Config
from cleaner.errors import ConfigError

from .conftest import ROOT, SAMPLES

pytestmark = pytest.mark.slow


def _require_dask() -> Any:
    try:
        import distributed
    except ImportError:
        msg = "dask[distributed] is not installed (pip install '.[dask]'); .ci/run installs it"
        if os.environ.get("CLEANER_REQUIRE_ALL") == "1":
            pytest.fail(f"CLEANER_REQUIRE_ALL=1 but {msg}")
        pytest.skip(msg)
    return distributed


@pytest.fixture(scope="session")
def dask_scheduler() -> Iterator[str]:
    """One local cluster for the whole session: 2 worker processes, 1 thread each."""
    distributed = _require_dask()
    import logging

    # Worker processes are spawned with this process's sys.path; other test modules put bench/ on
    # it, whose scripts are no modules of the package, so it is left out while the cluster lives
    # (for the workers the nannies restart too).
    saved = list(sys.path)
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()
        sys.path[:] = saved


# -- a generated corpus: sites with templates, reposted families, near and exact copies -----

_SENTENCE = re.compile(r"[^。！？\n]{6,}[。！？]")


def _sentences() -> list[str]:
    found: set[str] = set()
    for path in sorted(SAMPLES.glob("*/input/*")):
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            import gzip

            data = gzip.decompress(data)
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            continue
        # Short sentences keep the corpus small (the per-document stages cost per character).
        found.update(s.strip() for s in _SENTENCE.findall(text) if '"' not in s and len(s.strip()) <= 60)
    return sorted(found)


def generate_corpus(root: Path, articles: int = 3000, sites: int = 20, seed: int = 7) -> dict[str, int]:
    """JSONL files per site (`siteNN/part-K.jsonl`), deterministic. Every site has footer lines
    and menu words on each page (template text); a share of articles are reposts of another
    site's article (one family), near copies (a sentence changed) or exact copies."""
    rng = random.Random(seed)
    pool = _sentences()
    assert len(pool) > 100, "the samples hold too few sentences to generate from"
    kinds = {"new": 0, "repost": 0, "near": 0, "exact": 0, "quote": 0}
    bodies: list[list[str]] = []
    per_site: list[list[dict[str, Any]]] = [[] for _ in range(sites)]
    for n in range(articles):
        site = n % sites
        roll = rng.random()
        if bodies and roll < 0.10:
            body = list(rng.choice(bodies))
            kinds["repost"] += 1
        elif bodies and roll < 0.16:
            body = list(rng.choice(bodies[-200:]))
            k = rng.randrange(len(body))
            body[k] = body[k][:-1] + "，" + rng.choice(pool)[:12] + "。"
            kinds["near"] += 1
        elif bodies and roll < 0.19:
            body = list(bodies[-1])
            kinds["exact"] += 1
        else:
            body = ["".join(rng.sample(pool, 2)) for _ in range(rng.randint(2, 3))]
            if bodies and roll < 0.25:
                # A passage quoted from another article (a shared paragraph, not a copy).
                body.append(rng.choice(rng.choice(bodies)))
                kinds["quote"] += 1
            else:
                kinds["new"] += 1
        bodies.append(body)
        lines = [f"第{n}号：" + body[0][:18]]
        if rng.random() < 0.7:
            lines.append(rng.choice(["首页", "网站地图", "无障碍"]))
        lines += body
        lines.append(f"主办单位：第{site}区卫生健康局　地址：健康路{site + 10}号　联系电话：0571-8{site:04d}")
        lines.append(f"本网站由第{site}区信息中心维护，欢迎提出意见和建议。")
        per_site[site].append(
            {"id": f"a{n:05d}", "url": f"https://site{site:02d}.example.cn/news/{n}.html", "text": "\n".join(lines)}
        )
    for site, rows in enumerate(per_site):
        folder = root / f"site{site:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        half = len(rows) // 2
        for k, chunk in enumerate((rows[:half], rows[half:])):
            with open(folder / f"part-{k}.jsonl", "w", encoding="utf-8") as f:
                for row in chunk:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return kinds


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dask-corpus")
    generate_corpus(root)
    return root


def _outcome(inputs: list[str], config: Config) -> dict[str, Any]:
    res = clean(inputs, config)
    summary = res.summary.to_dict()
    return {
        "records": [json.dumps(d.to_record(), ensure_ascii=False, sort_keys=True) for d in res.documents],
        "dropped": [json.dumps(d.to_record(), ensure_ascii=False, sort_keys=True) for d in res.dropped],
        "summary": summary,
    }


def _dask(config: Config, scheduler: str, partition_mb: float = 0.05) -> Config:
    import dataclasses

    return dataclasses.replace(config, engine="dask", scheduler=scheduler, partition_mb=partition_mb)


def _assert_same(a: dict[str, Any], b: dict[str, Any]) -> None:
    assert len(a["records"]) == len(b["records"])
    for x, y in zip(a["records"], b["records"], strict=True):
        assert x == y
    assert a["dropped"] == b["dropped"]
    assert a["summary"] == b["summary"]


def test_samples_identical(dask_scheduler: str) -> None:
    inputs = sorted(str(p) for p in SAMPLES.glob("*/input"))
    cfg = Config()
    embedded = _outcome(inputs, cfg)
    # A tiny partition size puts a file or two in each partition: many partitions, one cluster.
    distributed = _outcome(inputs, _dask(cfg, dask_scheduler, partition_mb=0.001))
    _assert_same(embedded, distributed)
    assert embedded["dropped"], "the samples hold a near-duplicate pair"


@pytest.fixture(scope="session")
def corpus_embedded(corpus: Path) -> dict[str, Any]:
    return _outcome([str(corpus)], Config())


def test_generated_corpus_identical(dask_scheduler: str, corpus: Path, corpus_embedded: dict[str, Any]) -> None:
    distributed = _outcome([str(corpus)], _dask(Config(), dask_scheduler))
    _assert_same(corpus_embedded, distributed)
    s = corpus_embedded["summary"]
    # The corpus exercises every corpus pass: template lines per site, copies dropped, shared paragraphs.
    assert s["documents"] >= 3000
    assert len({t["site"] for t in s["templates"]}) == 20
    assert s["dropped_by"].get("neardup", 0) > 180
    assert any('"shared_paragraphs"' in r for r in corpus_embedded["records"])
    assert s["neardup"]["verified_pairs"] > 0



def test_shared_paragraphs_dropped_identical(dask_scheduler: str, corpus: Path) -> None:
    """Shared quotations dropped (kept in the first article only) come out the same when the
    workers count them: the holders and their order come from the shuffles."""
    mode = "drop"
    inputs = [str(p) for p in sorted(corpus.glob("site*"))[:4]]
    cfg = Config(shared_paragraphs=mode)
    embedded = _outcome(inputs, cfg)
    _assert_same(embedded, _outcome(inputs, _dask(cfg, dask_scheduler, partition_mb=0.02)))
    rules = {c["rule"]: c["count"] for c in embedded["summary"]["changes"] if c["stage"] == "templates"}
    assert rules.get("corpus_template", 0) > 0
    assert rules.get("corpus_shared", 0) > 0
    assert not any('"shared_paragraphs"' in r for r in embedded["records"])

def test_cli_files_identical_with_index(dask_scheduler: str, tmp_path: Path, corpus: Path) -> None:
    """The CLI's records and dups files are byte-identical, and an index built by one engine serves
    the other: a second batch against it makes the same cross-run decisions."""
    site_dirs = sorted(corpus.glob("site*"))
    first, second = [str(p) for p in site_dirs[:3]], [str(p) for p in site_dirs[3:5]]
    outs: dict[str, list[bytes]] = {}
    for engine in ("embedded", "dask"):
        index = tmp_path / f"{engine}.sqlite"
        files: list[bytes] = []
        for batch, inputs in enumerate((first, second)):
            out = tmp_path / f"{engine}-{batch}.jsonl"
            cmd = [sys.executable, "-m", "cleaner", "clean", *inputs, "-o", str(out), "--index", str(index), "-q",
                   "--engine", engine]
            if engine == "dask":
                cmd += ["--scheduler", dask_scheduler, "--partition-mb", "0.05"]
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
            assert proc.returncode == 0, proc.stderr
            files += [out.read_bytes(), out.with_name(out.stem + ".dups.jsonl").read_bytes()]
        outs[engine] = files
    assert outs["embedded"][:3] == outs["dask"][:3]
    # The second batch's dups name the run and the index file that hold their kept copies: those
    # differ by nature (each engine wrote its own index, at its own time); all else is identical.
    assert b'"dup_run"' in outs["embedded"][3], "the second batch finds copies of the first through the index"

    def without_run(data: bytes) -> list[dict[str, Any]]:
        rows = [json.loads(line) for line in data.decode("utf-8").splitlines()]
        for row in rows:
            for where in (row, row.get("metadata", {})):
                assert where.pop("dup_index", None) in (None, str(tmp_path / "embedded.sqlite"), str(tmp_path / "dask.sqlite"))
                where.pop("dup_run", None)
        return rows

    assert without_run(outs["embedded"][3]) == without_run(outs["dask"][3])


def test_separate_scheduler_and_worker(tmp_path: Path, corpus: Path) -> None:
    """A `dask scheduler` and a `dask worker` started on their own, in another folder; the client
    passes relative input paths, which the worker reads from the client's folder."""
    _require_dask()
    dask_bin = shutil.which("dask") or str(Path(sys.executable).with_name("dask"))
    sched_file = tmp_path / "scheduler.json"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    procs = [
        subprocess.Popen([dask_bin, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                          "--scheduler-file", str(sched_file)], cwd=elsewhere, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ]
    try:
        deadline = time.monotonic() + 60
        while not sched_file.exists() or not sched_file.read_text().strip():
            assert time.monotonic() < deadline, "the scheduler did not start"
            time.sleep(0.2)
        address = json.loads(sched_file.read_text())["address"]
        procs.append(
            subprocess.Popen([dask_bin, "worker", address, "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"],
                             cwd=elsewhere, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        )
        distributed = _require_dask()
        with distributed.Client(address, timeout="60s", set_as_default=False) as client:
            client.wait_for_workers(1, timeout=60)
        out = tmp_path / "out.jsonl"
        # Four of the twenty sites: the identity on the whole corpus is shown on the local cluster.
        rel = [os.path.relpath(p, tmp_path) for p in sorted(corpus.glob("site*"))[:4]]
        env_run = {**os.environ, "DASK_SCHEDULER_ADDRESS": address}
        proc = subprocess.run(
            [sys.executable, "-m", "cleaner", "clean", *rel, "-o", str(out), "-q", "--engine", "dask",
             "--partition-mb", "0.05"], cwd=tmp_path, env=env_run, capture_output=True, text=True, timeout=300,
        )
        assert proc.returncode == 0, proc.stderr
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
    # Same records as the embedded engine read with the same (relative) path.
    embedded = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", *rel, "-o", str(tmp_path / "emb.jsonl"), "-q"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )
    assert embedded.returncode == 0, embedded.stderr
    assert out.read_bytes() == (tmp_path / "emb.jsonl").read_bytes()
    assert (tmp_path / "out.dups.jsonl").read_bytes() == (tmp_path / "emb.dups.jsonl").read_bytes()
    assert len(out.read_text(encoding="utf-8").splitlines()) > 450


def test_worker_killed_mid_run(dask_scheduler: str, corpus: Path, corpus_embedded: dict[str, Any]) -> None:
    """A worker process killed while it holds partitions: Dask recomputes them elsewhere, and the
    run's output is the same, with no record lost or written twice."""
    distributed = _require_dask()
    result: dict[str, Any] = {}

    def work() -> None:
        try:
            result["out"] = _outcome([str(corpus)], _dask(Config(), dask_scheduler))
        except BaseException as e:  # handed to the test thread
            result["error"] = e

    killed = None
    with distributed.Client(dask_scheduler, set_as_default=False) as client:
        pids = client.run(os.getpid)
        thread = threading.Thread(target=work)
        thread.start()
        deadline = time.monotonic() + 120
        while killed is None and thread.is_alive() and time.monotonic() < deadline:
            held = client.has_what()
            for addr, keys in sorted(held.items()):
                # Once a worker holds cleaned partitions, losing it loses work that must be redone.
                if sum(1 for k in keys if str(k).startswith("cleaner-templates-")) >= 2 and addr in pids:
                    os.kill(pids[addr], 9)
                    killed = addr
                    break
            time.sleep(0.05)
        thread.join(timeout=300)
        # The nanny restarts the worker; later tests get their two workers back.
        client.wait_for_workers(2, timeout=60)
    assert killed is not None, "the run ended before a worker could be killed"
    if "error" in result:
        raise result["error"]
    _assert_same(corpus_embedded, result["out"])


def test_bad_settings_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="stdin"):
        clean(["-"], Config(engine="dask", scheduler="tcp://127.0.0.1:1"))
    with pytest.raises(ConfigError, match="unknown value for `engine`"):
        clean([str(tmp_path)], Config(engine="spark"))
    config = Config(engine="dask")
    config.partition_mb = 0
    with pytest.raises(ConfigError, match="partition_mb must be at least"):
        clean([str(tmp_path)], config)
    _require_dask()
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), pytest.raises(ConfigError, match="cannot connect") as e:
        clean([str(SAMPLES / "jsonl_input" / "input")], Config(engine="dask", scheduler="tcp://127.0.0.1:9"))
    assert e.value.hint and "dask scheduler" in e.value.hint


# -- near-duplicate clusters found on the workers -----------------------------------------


def _chain_sentences(rng: random.Random, count: int = 400) -> list[str]:
    """Sentences of one length class (30-40 characters), made here: a chain step changes about
    the same share of every article, and the corpus does not move when a sample is added."""
    # No institution's name: an article naming several would be split as a roundup.
    places = ["志愿者们", "专家团队", "医护人员", "工作人员", "家庭医生", "青年医师", "护理团队", "党员先锋队"]
    acts = ["开展义诊活动", "举办健康讲座", "召开质量分析会", "组织应急演练", "启用新门诊楼", "开通预约挂号", "完成首例手术", "建成胸痛中心"]
    tails = ["受到群众好评", "参与人数超过百人", "取得了良好效果", "进一步方便了患者", "提升了服务能力", "得到上级肯定"]
    out: set[str] = set()
    while len(out) < count:
        out.add(f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日,{rng.choice(places)}{rng.choice(acts)},"
                f"共接待{rng.randint(100, 999)}人次,{rng.choice(tails)}。")
    return sorted(out)


def chain_corpus(root: Path, chains: int = 3, length: int = 40, seed: int = 11) -> Path:
    """Chains of near copies: each article changes one sentence of the one before it, so
    neighbours are near-duplicates and articles many steps apart are not; the articles of all
    chains, with unrelated ones, are written in a shuffled order (a chain's path zigzags through
    the record numbers, so joining it takes several rounds of label propagation)."""
    rng = random.Random(seed)
    pool = _chain_sentences(rng)
    rows: list[dict[str, Any]] = []
    for c in range(chains):
        body = rng.sample(pool, 30)
        for step in range(length):
            body[rng.randrange(len(body))] = rng.choice(pool)
            day = rng.randrange(1, 28)
            rows.append({"id": f"c{c}-{step:02d}", "url": f"https://site{c}.example.cn/{step}.html",
                         "text": f"发布时间：2024-05-{day:02d}\n" + "\n".join("".join(body[k:k + 10]) for k in (0, 10, 20))})
    for n in range(60):
        rows.append({"id": f"x{n:02d}", "url": f"https://other.example.cn/{n}.html",
                     "text": "".join(rng.sample(pool, 12))})
    rng.shuffle(rows)
    path = root / "chains.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def _clusters_of(outcome: dict[str, Any]) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for r in outcome["records"] + outcome["dropped"]:
        cluster = json.loads(r).get("metadata", {}).get("cluster")
        if cluster:
            sizes[cluster["id"]] = cluster["size"]
    return sizes


def test_near_duplicate_chains_identical(dask_scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Long chains of near copies are one cluster each, found on the workers in several rounds,
    with the same kept records as the embedded engine."""
    import cleaner.dask_engine as engine

    rounds: list[int] = []
    found = engine.components

    def counted(*args: Any, **kw: Any) -> Any:
        labels, done = found(*args, **kw)
        rounds.append(done)
        return labels, done

    monkeypatch.setattr(engine, "components", counted)
    inputs = [str(chain_corpus(tmp_path))]
    # The other tests keep the longest; here the earliest (dates differ along each chain).
    cfg = Config(keep="earliest")
    embedded = _outcome(inputs, cfg)
    _assert_same(embedded, _outcome(inputs, _dask(cfg, dask_scheduler, partition_mb=0.02)))
    # Each chain is one cluster, though its ends share little.
    assert sorted(_clusters_of(embedded).values()) == [40, 40, 40]
    assert embedded["summary"]["dropped_by"]["neardup"] == 3 * 39
    kept = [json.loads(r) for r in embedded["records"] if '"cluster"' in r]
    assert len(kept) == 3 and all(r["published"] for r in kept)
    assert rounds and rounds[0] >= 2, rounds


def test_label_rounds_bound_reached(dask_scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   caplog: pytest.LogCaptureFixture) -> None:
    """When the bound on propagation rounds is reached, the edges still apart are joined on the
    client, a warning says so, and the result is the same."""
    import cleaner.dask_engine as engine

    monkeypatch.setattr(engine, "LABEL_ROUNDS", 1)
    inputs = [str(chain_corpus(tmp_path, chains=2))]
    embedded = _outcome(inputs, Config())
    with caplog.at_level("WARNING", logger="cleaner.dask_engine"):
        distributed = _outcome(inputs, _dask(Config(), dask_scheduler, partition_mb=0.02))
    _assert_same(embedded, distributed)
    assert sorted(_clusters_of(embedded).values())[-2:] == [40, 40]
    assert any("after 1 rounds on the workers; finished on the client" in r.getMessage() for r in caplog.records)


def quotation_corpus(root: Path, seed: int = 5) -> list[str]:
    """Unrelated articles of different sites in several files (one Dask partition each at a tiny
    partition size), some quoting the same long notice: quoters in every file, two copies of one
    quoting article (one family), and articles that quote it twice."""
    rng = random.Random(seed)
    pool = _sentences()
    notice = ("市卫生健康委员会提醒广大市民：近期气温变化较大，请注意防寒保暖，老年人和慢性病患者"
              "如出现发热、咳嗽等症状，请及时到就近的发热门诊就诊，切勿自行用药延误病情。")
    paths: list[str] = []
    for f in range(4):
        rows: list[dict[str, Any]] = []
        for n in range(6):
            body = ["".join(rng.sample(pool, 4)) for _ in range(3)]
            if n % 2 == 0:
                body.insert(1 + n % 3, notice)
            if n == 4:
                body.append(notice)
            rows.append({"id": f"q{f}-{n}", "url": f"https://s{f}n{n}.example.cn/{n}.html", "text": "\n".join(body)})
        if f == 1:
            rows.append(dict(rows[0], id="q1-copy", url="https://mirror.example.cn/q1-0.html"))
        path = root / f"quotes{f}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("mode", ["mark", "drop"])
def test_quotations_across_partitions_identical(dask_scheduler: str, tmp_path: Path, mode: str) -> None:
    """A quotation held by records of every partition is decided on the workers, per fingerprint,
    and each record gets what its copy needs: the same other records named (mark) or the same copy
    kept (drop) as the embedded engine."""
    inputs = quotation_corpus(tmp_path)
    cfg = Config(shared_paragraphs=mode)
    embedded = _outcome(inputs, cfg)
    _assert_same(embedded, _outcome(inputs, _dask(cfg, dask_scheduler, partition_mb=0.001)))
    records = [json.loads(r) for r in embedded["records"]]
    if mode == "mark":
        marked = [r for r in records if r.get("metadata", {}).get("shared_paragraphs")]
        assert len(marked) >= 8
        assert all(len(m["other"]) >= 7 for r in marked for m in r["metadata"]["shared_paragraphs"])
    else:
        rules = {c["rule"]: c["count"] for c in embedded["summary"]["changes"] if c["stage"] == "templates"}
        assert rules.get("corpus_shared", 0) >= 7
