"""Reading any input: encodings, compression, stdin, JSONL, and bad inputs that must not stop a run."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import opencc
import pytest
import zstandard

from cleaner.io.encodings import decode
from cleaner.io.read import RawItem, Skipped, iter_items

from .helpers import records, run_cli


def _texts(out: bytes) -> dict[str, str]:
    return {r["id"].rsplit("/", 1)[-1]: r["text"] for r in records(out)}


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-8-sig"])
def test_every_encoding_of_the_seeds_gives_the_same_text(tmp_path: Path, seeds: list[Path], encoding: str) -> None:
    plain = tmp_path / "plain"
    other = tmp_path / "other"
    plain.mkdir()
    other.mkdir()
    for s in seeds:
        # A GBK page cannot hold seed 004's `•`; both copies carry the same stand-in for it.
        text = s.read_text(encoding="utf-8").encode(encoding, errors="replace").decode(encoding)
        (plain / s.name).write_bytes(text.encode("utf-8"))
        (other / s.name).write_bytes(text.encode(encoding))
    a = run_cli("clean", str(plain), "--dedup", "off", "-q")
    b = run_cli("clean", str(other), "--dedup", "off", "-q")
    assert a.returncode == 0 and b.returncode == 0, b.stderr.decode()
    assert _texts(a.stdout) == _texts(b.stdout)
    expected_label = {"gbk": "gb18030", "gb18030": "gb18030", "utf-16": "utf-16", "utf-8-sig": "utf-8-sig"}[encoding]
    assert {r["metadata"]["encoding"] for r in records(b.stdout)} == {expected_label}


def test_big5_copies_decode_to_the_traditional_text(tmp_path: Path, seeds: list[Path]) -> None:
    to_trad = opencc.OpenCC("s2t")
    for s in seeds:
        trad = to_trad.convert(s.read_text(encoding="utf-8"))
        data = trad.encode("big5", errors="ignore")
        decoded = decode(data)
        assert decoded.encoding.startswith("big5"), (s.name, decoded.encoding)
        assert decoded.text == data.decode("big5")
        assert not decoded.lossy


def test_undecodable_bytes_are_replaced_warned_and_recorded(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("医院新闻。".encode() + b"\xff\xfe\xfa\x80\x81" * 3 + "结束。".encode())
    items = list(iter_items([str(bad)]))
    assert len(items) == 1 and isinstance(items[0], RawItem)
    res = run_cli("clean", str(bad), "-q")
    assert res.returncode == 0
    (rec,) = records(res.stdout)
    assert "医院新闻" in rec["text"]


def test_stdin_and_compressed_copies_give_the_same_records(tmp_path: Path, seeds: list[Path]) -> None:
    gz, zst = tmp_path / "gz", tmp_path / "zst"
    gz.mkdir()
    zst.mkdir()
    for s in seeds:
        data = s.read_bytes()
        (gz / (s.name + ".gz")).write_bytes(gzip.compress(data, mtime=0))
        # A misleading name: compression is recognised from the content.
        (zst / (s.name + ".bin")).write_bytes(zstandard.ZstdCompressor().compress(data))

    def by_seed(out: bytes) -> dict[str, list[tuple[str, str | None]]]:
        got: dict[str, list[tuple[str, str | None]]] = {}
        for r in records(out):
            name = Path(r["source"]).name.split(".")[0]
            got.setdefault(name, []).append((r["text"], r["title"]))
        return got

    base = by_seed(run_cli("clean", *[str(s) for s in seeds], "-q", "--dedup", "off").stdout)
    assert len(base) == 5
    for d in (gz, zst):
        res = run_cli("clean", str(d), "-q", "--dedup", "off")
        assert res.returncode == 0, res.stderr.decode()
        assert by_seed(res.stdout) == base
    for s in seeds:
        piped = run_cli("clean", "-", "-q", "--dedup", "off", input=s.read_bytes())
        assert piped.returncode == 0, piped.stderr.decode()
        assert [(r["text"], r["title"]) for r in records(piped.stdout)] == base[s.name.split(".")[0]]
        assert {r["source"] for r in records(piped.stdout)} == {"-"}


def test_a_directory_with_bad_files_writes_the_good_one_and_names_each_bad_one(tmp_path: Path, seeds: list[Path]) -> None:
    d = tmp_path / "raw"
    d.mkdir()
    shutil.copy(seeds[0], d / "good.txt")
    (d / "binary.dat").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "empty.txt").write_bytes(b"")
    (d / "cut.txt.gz").write_bytes(gzip.compress(seeds[1].read_bytes())[:300])
    res = run_cli("clean", str(d), "-o", str(tmp_path / "out.jsonl"))
    err = res.stderr.decode()
    assert res.returncode == 1, err
    recs = records(tmp_path / "out.jsonl")
    assert [r["source"].rsplit("/", 1)[-1] for r in recs] == ["good.txt"]
    assert "binary.dat: binary file" in err
    assert "cut.txt.gz: truncated gzip stream" in err
    assert "empty.txt" in err
    assert "Traceback" not in err


def test_jsonl_lines_that_are_bad_are_reported_as_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl"
    f.write_text(
        '{"content": "第一篇文章的正文内容,讲述县人民医院开展义诊活动的情况。", "url": "a", "site": "x"}\n'
        "not json at all\n"
        '{"url": "c"}\n'
        '{"content": "第二篇文章的正文内容,介绍卫生院家庭医生签约服务。", "url": "d"}\n',
        encoding="utf-8",
    )
    res = run_cli("clean", str(f), "--text-key", "content", "--id-key", "url", "--dedup", "off")
    err = res.stderr.decode()
    assert res.returncode == 1
    recs = records(res.stdout)
    assert [r["id"] for r in recs] == ["a", "d"]
    assert recs[0]["metadata"]["site"] == "x"
    assert f"{f}:2: not valid JSON" in err
    assert f"{f}:3: no string field `content`" in err


def test_a_50_mb_single_line_file_is_processed(tmp_path: Path) -> None:
    line = "医院开展党建引领高质量发展活动,服务群众健康。" * (50_000_000 // 69)
    f = tmp_path / "huge.txt"
    f.write_text(line, encoding="utf-8")
    assert f.stat().st_size > 45_000_000
    res = run_cli("clean", str(f), "-o", str(tmp_path / "o.jsonl"), "-q", "--dedup", "off", timeout=600)
    assert res.returncode == 0, res.stderr.decode()[-2000:]
    (rec,) = records(tmp_path / "o.jsonl")
    assert len(rec["text"]) > 15_000_000


def test_unreadable_file_is_skipped_with_its_reason(tmp_path: Path) -> None:
    items = list(iter_items([str(tmp_path / "missing.txt")]))
    assert isinstance(items[0], Skipped) and items[0].reason == "no such file"


def test_glob_selects_names_in_directories_and_walks_in_sorted_order(tmp_path: Path) -> None:
    for rel in ["b/2.txt", "a/1.txt", "a/skip.html", "c.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"{rel}的正文,介绍卫生院开展家庭医生签约服务的情况。", encoding="utf-8")
    items = [i for i in iter_items([str(tmp_path)], glob="*.txt") if isinstance(i, RawItem)]
    assert [i.rel_path for i in items] == ["a/1.txt", "b/2.txt", "c.txt"]
    assert all(not i.source.endswith(".html") for i in items)
