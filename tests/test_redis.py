"""The shared Redis index, against a real redis-server started on a loopback port for these tests."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.dedup.index import RedisIndex, index_params
from cleaner.dedup.lsh import lsh_params
from cleaner.dedup.stage import NearDuplicates
from cleaner.errors import IndexError_
from cleaner.model import Document

from .conftest import require_program
from .test_index import corpus, run_pass

pytestmark = pytest.mark.redis


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def redis_url(redis_server: tuple[str, subprocess.Popen[bytes]]) -> str:
    return redis_server[0]


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    server = require_program("redis-server", "the shared near-duplicate index is tested against a real server")
    port = _free_port()
    proc = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail(f"redis-server did not start on port {port}")
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0", proc
    finally:
        if proc.poll() is None:
            proc.terminate()
        proc.wait(timeout=10)


def test_second_run_finds_duplicates_through_redis(redis_url: str, seeds: list[Path]) -> None:
    articles = corpus(seeds, 24, 5)
    first = [Document(id=f"a{i}", source=f"m1/a{i}.txt", original=t) for i, t in enumerate(articles[:12])]
    assert all(d.dropped is None for d in run_pass(first, Config(index=redis_url)))
    copies = [
        Document(id="copy2", source="m2/copy2.txt", original=articles[2].replace("，", ",") + "\n（完）"),
        Document(id="short", source="m2/short.txt", original="图片由各医院提供"),
        Document(id="copy9", source="m2/copy9.txt", original=articles[9]),
    ]
    second = [Document(id=f"b{i}", source=f"m2/b{i}.txt", original=t) for i, t in enumerate(articles[12:])]
    out = run_pass(second + copies, Config(index=redis_url))
    dropped = {d.id: d.metadata for d in out if d.dropped == "neardup"}
    assert sorted(dropped) == ["copy2", "copy9"]
    assert dropped["copy2"]["dup_of"] == "a2" and dropped["copy2"]["dup_source"] == "m1/a2.txt"
    assert dropped["copy9"]["similarity"] == 1.0 and dropped["copy9"]["dup_index"] == redis_url
    # A third run: the short caption stored by run two is found by its exact key.
    third = run_pass([Document(id="short2", source="m3/s.txt", original="图片由各医院提供。")], Config(index=redis_url))
    assert third[0].dropped == "neardup" and third[0].metadata["dup_of"] == "short"


def test_two_writers_share_one_redis_index(redis_url: str, seeds: list[Path]) -> None:
    a = [Document(id=f"x{i}", source=f"x/{i}.txt", original=t) for i, t in enumerate(corpus(seeds, 10, 31))]
    b = [Document(id=f"y{i}", source=f"y/{i}.txt", original=t) for i, t in enumerate(corpus(seeds, 10, 32))]
    s1, s2 = NearDuplicates(Config(index=redis_url)), NearDuplicates(Config(index=redis_url))
    for stage, docs in ((s1, a), (s2, b)):
        for d in docs:
            stage.observe(d)
        stage.prepare()
        for d in docs:
            stage.run(d)
    s1.commit()
    s2.commit()
    s1.close()
    s2.close()
    params = index_params(128, 5, 1, *lsh_params(0.8, 128), True)
    idx = RedisIndex(redis_url, params)
    stats = idx.stats()
    idx.close()
    assert stats["records"] == 20 and stats["runs"] == 2 and stats["params"]["bands"] == str(lsh_params(0.8, 128)[0])
    # Every record of both writers is findable by its own signature.
    again = run_pass([Document(id="again", source="z.txt", original=a[4].original)], Config(index=redis_url))
    assert again[0].metadata["dup_of"] == "x4"


def test_unreachable_redis_is_a_clear_error() -> None:
    port = _free_port()
    with pytest.raises(IndexError_) as e:
        NearDuplicates(Config(index=f"redis://127.0.0.1:{port}/0"))
    assert f"127.0.0.1:{port}" in str(e.value) and "redis-server" in (e.value.hint or "")


def test_named_indexes_in_one_database_are_separate(redis_url: str, seeds: list[Path]) -> None:
    text = corpus(seeds, 1, 50)[0]
    run_pass([Document(id="one", source="one.txt", original=text)], Config(index=redis_url + "?name=alpha"))
    other = run_pass([Document(id="two", source="two.txt", original=text)], Config(index=redis_url + "?name=beta"))
    assert other[0].dropped is None
    same = run_pass([Document(id="three", source="three.txt", original=text)], Config(index=redis_url + "?name=alpha"))
    assert same[0].metadata["dup_of"] == "one"


def _site(tmp_path: Path) -> Path:
    from .test_reposts import _pages, _write_site

    pages = _pages(5, seed=41)
    pages["copy.txt"] = pages["p02.txt"]
    _write_site(tmp_path / "raw" / "site", pages)
    return tmp_path / "raw"


def test_the_same_batch_twice_through_redis_writes_the_same_records(redis_url: str, tmp_path: Path) -> None:
    from .helpers import records
    from .test_reposts import _main

    raw = _site(tmp_path)
    outs = []
    for run in range(2):
        out = tmp_path / f"out{run}.jsonl"
        assert _main("clean", str(raw), "-o", str(out), "--index", redis_url, "-q") == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and len(records(outs[0])) == 5


def test_a_redis_server_lost_mid_run_is_one_line_exit_1_and_nothing_committed(
    redis_server: tuple[str, subprocess.Popen[bytes]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from .test_reposts import _main

    url, proc = redis_server
    raw = _site(tmp_path)
    prepare = NearDuplicates.prepare

    def lose_server(self: NearDuplicates) -> None:
        proc.terminate()
        proc.wait(timeout=10)
        prepare(self)

    monkeypatch.setattr(NearDuplicates, "prepare", lose_server)
    out = tmp_path / "out.jsonl"
    assert _main("clean", str(raw), "-o", str(out), "--index", url, "-q") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"Error: {url}: the Redis index stopped answering"), err
    assert "restart redis-server" in err[0]
    assert not out.exists() and not list(tmp_path.glob("*.part"))
