"""Outputs by suffix (.jsonl, .jsonl.gz, .jsonl.zst, .parquet), sharded output with a manifest,
and Parquet input; each read back the way a user would and compared with the plain JSONL run."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import zstandard

from cleaner.errors import ConfigError
from cleaner.io import formats

from .helpers import ROOT, generated_articles, records, run_cli

INPUTS = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "samples").glob("*/input"))]


def _parquet_records(paths: list[Path]) -> list[dict[str, Any]]:
    out = []
    for p in paths:
        for row in pq.read_table(p).to_pylist():
            row["metadata"] = json.loads(row["metadata"])
            out.append(row)
    return out


def _zst_records(paths: list[Path]) -> list[dict[str, Any]]:
    out = []
    for p in paths:
        with p.open("rb") as fh, zstandard.ZstdDecompressor().stream_reader(fh) as reader:
            out += records(reader.read())
    return out


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    out = tmp_path_factory.mktemp("plain") / "clean.jsonl"
    res = run_cli("clean", *INPUTS, "-o", str(out), "-q")
    assert res.returncode == 0, res.stderr.decode()
    return records(out)


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst", ".parquet"])
def test_output_format_follows_the_suffix(suffix: str, tmp_path: Path, plain: list[dict[str, Any]]) -> None:
    out = tmp_path / f"clean{suffix}"
    res = run_cli("clean", *INPUTS, "-o", str(out), "-q")
    assert res.returncode == 0, res.stderr.decode()
    data = out.read_bytes()
    if suffix == ".jsonl.gz":
        assert data[:2] == b"\x1f\x8b"
        got = records(gzip.decompress(data))
    elif suffix == ".jsonl.zst":
        assert data[:4] == b"\x28\xb5\x2f\xfd"
        got = _zst_records([out])
    else:
        assert data[:4] == b"PAR1"
        got = _parquet_records([out])
        assert pq.read_schema(out).field("institution").type.value_type.equals(pq.read_schema(out).field("authors").type.value_type)
    assert got == plain
    # The side files sit beside it, the dups file in the records' format, and the report finds them from -o.
    assert (tmp_path / f"clean.dups{suffix}").exists() and (tmp_path / "clean.review.jsonl.gz").exists()
    assert run_cli("report", str(out), "--format", "md").returncode == 0


def test_pandas_reads_the_compressed_and_parquet_outputs(tmp_path: Path, plain: list[dict[str, Any]]) -> None:
    pd = pytest.importorskip("pandas")
    for name in ("c.jsonl.gz", "c.parquet"):
        assert run_cli("clean", *INPUTS, "-o", str(tmp_path / name), "-q").returncode == 0
    assert list(pd.read_json(tmp_path / "c.jsonl.gz", lines=True)["id"]) == [r["id"] for r in plain]
    assert list(pd.read_parquet(tmp_path / "c.parquet")["id"]) == [r["id"] for r in plain]


@pytest.mark.parametrize("fmt", ["jsonl.zst", "parquet"])
def test_sharded_output_reads_back_to_the_jsonl_run(fmt: str, tmp_path: Path) -> None:
    arts = generated_articles(60, seed=5)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": t, "n": i}, ensure_ascii=False) + "\n" for i, t in enumerate(arts)), encoding="utf-8")
    plain = tmp_path / "plain.jsonl"
    assert run_cli("clean", str(src), "-o", str(plain), "-q").returncode == 0
    want = records(plain)
    folder = tmp_path / "out"
    (folder).mkdir()
    (folder / f"part-00099.{fmt}").write_bytes(b"stale part of an earlier run")
    res = run_cli("clean", str(src), "-o", f"{folder}/", "--shard-size", "50", "--shard-format", fmt, "-q")
    assert res.returncode == 0, res.stderr.decode()
    manifest = json.loads((tmp_path / "out.manifest.json").read_text(encoding="utf-8"))
    parts = formats.read_manifest(folder)
    assert manifest["records"] == len(want) and manifest["format"] == fmt
    assert [p["records"] for p in manifest["parts"]][:-1] == [50] * (len(parts) - 1)
    assert sum(p["records"] for p in manifest["parts"]) == len(want)
    assert sorted(p.name for p in folder.glob("part-*")) == [p.name for p in parts], "stale part removed"
    got = _parquet_records(parts) if fmt == "parquet" else _zst_records(parts)
    assert got == want
    # The folder holds the parts alone; the side files sit beside it, named after it.
    assert sorted(p.name for p in tmp_path.glob("out.*")) == sorted(
        ["out.manifest.json", f"out.dups.{fmt}", "out.review.jsonl.gz", "out.recipe.yaml"])
    # The folder's review data rebuilds the report like a single file's.
    md = run_cli("report", str(folder), "--format", "md")
    assert md.returncode == 0 and f"| records out | {len(want)} |" in md.stdout.decode()
    # The usual loaders read the folder as one table of exactly the run's records.
    if fmt == "parquet":
        import pyarrow.dataset as ds

        pd = pytest.importorskip("pandas")
        assert list(pd.read_parquet(folder)["id"]) == [r["id"] for r in want]
        assert ds.dataset(folder).to_table().num_rows == len(want)
    try:
        import datasets
    except ImportError:
        return  # HF datasets is optional; test_schema says so when it skips
    data = datasets.load_dataset(str(folder), split="train")
    assert data.num_rows == len(want) and data["id"] == [r["id"] for r in want]


def test_parquet_input_gives_the_records_of_the_same_jsonl(tmp_path: Path) -> None:
    import pyarrow as pa

    rows = [{"content": t, "url": f"https://example.cn/{i}", "site": "example"} for i, t in enumerate(generated_articles(8, seed=9))]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "pages.parquet")
    (tmp_path / "pages.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    outs = {}
    for name in ("pages.parquet", "pages.jsonl"):
        out = tmp_path / f"{name}.out.jsonl"
        res = run_cli("clean", str(tmp_path / name), "--text-key", "content", "--id-key", "url", "-o", str(out), "-q")
        assert res.returncode == 0, res.stderr.decode()
        outs[name] = [{**r, "source": r["source"].rsplit(":", 1)[1]} for r in records(out)]
    assert outs["pages.parquet"] == outs["pages.jsonl"]
    assert outs["pages.parquet"][0]["id"].startswith("https://example.cn/0")
    bad = run_cli("clean", str(tmp_path / "pages.parquet"), "--text-key", "body", "-o", str(tmp_path / "x.jsonl"))
    assert bad.returncode == 1 and "no column `body`" in bad.stderr.decode()


def test_a_missing_pyarrow_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(ConfigError) as e:
        formats.ParquetSink(tmp_path / "x.parquet")
    assert "pyarrow" in str(e.value) and "cleaner[parquet]" in (e.value.hint or "")
    assert not list(tmp_path.iterdir())


def test_folder_output_needs_a_shard_size(tmp_path: Path) -> None:
    res = run_cli("clean", *INPUTS[:1], "-o", f"{tmp_path}/")
    assert res.returncode == 2 and "--shard-size" in res.stderr.decode()


SIDE_SUFFIXES = [".jsonl", ".jsonl.gz", ".jsonl.zst", ".parquet"]


def _read_lines(path: Path) -> list[dict[str, Any]]:
    """A dups file read back the way a user would: pyarrow for Parquet, else the JSON lines."""
    if path.name.endswith(".parquet"):
        rows = pq.read_table(path).to_pylist()
        for r in rows:
            r["metadata"] = json.loads(r["metadata"])
        return [{k: v for k, v in r.items() if v is not None or k in ("title", "published", "parent_id")} for r in rows]
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    elif path.name.endswith(".zst"):
        data = zstandard.ZstdDecompressor().decompressobj().decompress(data)
    return records(data)


@pytest.fixture(scope="module")
def with_copies(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The five seed articles and near copies of two of them, cleaned to plain JSONL with plain side files."""
    d = tmp_path_factory.mktemp("copies")
    src = d / "in"
    src.mkdir()
    seeds = sorted((ROOT / "samples").glob("seed_*/input/*.txt"))
    for p in seeds:
        (src / p.name).write_bytes(p.read_bytes())
    for p in seeds[1:3]:
        (src / f"copy_{p.name}").write_text(p.read_text(encoding="utf-8") + "\n转载自区卫健委网站。\n", encoding="utf-8")
    out = d / "plain" / "clean.jsonl"
    res = run_cli("clean", str(src), "-o", str(out), "--dups", str(d / "plain" / "d.jsonl"), "--review", str(d / "plain" / "r.review.jsonl"), "-q")
    assert res.returncode == 0, res.stderr.decode()
    return src, d / "plain"


@pytest.mark.parametrize("suffix", SIDE_SUFFIXES)
def test_dups_and_review_files_follow_their_suffix(suffix: str, with_copies: tuple[Path, Path], tmp_path: Path) -> None:
    from cleaner.report.review import load_review

    src, plain = with_copies
    dups, review = tmp_path / f"d{suffix}", tmp_path / f"r.review{suffix}"
    res = run_cli("clean", str(src), "-o", str(tmp_path / "clean.jsonl"), "--dups", str(dups), "--review", str(review), "-q")
    assert res.returncode == 0, res.stderr.decode()
    magic = {".jsonl.gz": b"\x1f\x8b", ".jsonl.zst": b"\x28\xb5\x2f\xfd", ".parquet": b"PAR1"}.get(suffix, b"{")
    assert dups.read_bytes().startswith(magic) and review.read_bytes().startswith(magic)
    want_dups = records(plain / "d.jsonl")
    assert len(want_dups) >= 2 and all(d["dropped_by"] == "neardup" and d["dup_of"] for d in want_dups)
    assert _read_lines(dups) == want_dups
    # The review data loads to the same run whatever its format, and the reports agree.
    a, b = load_review(plain / "r.review.jsonl"), load_review(review)
    assert (a.run, a.docs, a.parents, a.summary) == (b.run, b.docs, b.parents, b.summary)
    md = [run_cli("report", str(p), "--format", "md") for p in (plain / "r.review.jsonl", review)]
    assert md[0].returncode == 0 and md[0].stdout == md[1].stdout
    cmp = run_cli("report", "--compare", str(plain / "r.review.jsonl"), str(review), "--format", "md")
    assert cmp.returncode == 0, cmp.stderr.decode()


def test_pandas_reads_a_parquet_dups_file(with_copies: tuple[Path, Path], tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    src, plain = with_copies
    res = run_cli("clean", str(src), "-o", str(tmp_path / "clean.parquet"), "-q")
    assert res.returncode == 0, res.stderr.decode()
    frame = pd.read_parquet(tmp_path / "clean.dups.parquet")
    assert list(frame["id"]) == [d["id"] for d in records(plain / "d.jsonl")]
    assert set(frame["dropped_by"]) == {"neardup"} and frame["similarity"].dtype.kind == "f"
    # `cleaner report CLEAN.parquet` finds the review data beside it.
    assert run_cli("report", str(tmp_path / "clean.parquet"), "--format", "md").returncode == 0


def test_the_report_finds_review_data_of_any_format_beside_the_output(with_copies: tuple[Path, Path], tmp_path: Path) -> None:
    src, plain = with_copies
    out = tmp_path / "clean.jsonl"
    res = run_cli("clean", str(src), "-o", str(out), "--review", str(tmp_path / "clean.review.parquet"), "-q")
    assert res.returncode == 0, res.stderr.decode()
    md = run_cli("report", str(out), "--format", "md")
    assert md.returncode == 0 and f"| records out | {len(records(plain / 'clean.jsonl'))} |" in md.stdout.decode()


def test_a_parquet_file_that_is_not_review_data_is_refused(tmp_path: Path) -> None:
    import pyarrow as pa

    pq.write_table(pa.Table.from_pylist([{"text": "x"}]), tmp_path / "x.review.parquet")
    res = run_cli("report", str(tmp_path / "x.review.parquet"), "--format", "md")
    assert res.returncode != 0 and "x.review.parquet" in res.stderr.decode() and "not review data" in res.stderr.decode()


def test_stdout_mode_writes_no_side_files_unless_asked(with_copies: tuple[Path, Path], tmp_path: Path) -> None:
    src, plain = with_copies
    res = run_cli("clean", str(src), cwd=tmp_path)
    assert res.returncode == 0, res.stderr.decode()
    assert records(res.stdout) == records(plain / "clean.jsonl")
    assert list(tmp_path.iterdir()) == [], "a run to stdout leaves nothing in the current folder"
    err = res.stderr.decode()
    n = len(records(plain / "d.jsonl"))
    assert f"{n} dropped documents not kept" in err and "--dups FILE" in err
    # Asked for: the dups file and the report, and the review data beside the report is named.
    res = run_cli("clean", str(src), "--dups", "d.jsonl.zst", "--report", "rep.html", cwd=tmp_path)
    assert res.returncode == 0, res.stderr.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.jsonl.zst", "rep.html", "rep.review.jsonl.gz"]
    err = res.stderr.decode()
    assert f"{n} dropped documents written to d.jsonl.zst" in err and "rep.review.jsonl.gz" in err


def test_parquet_input_columns_of_any_type_become_json_metadata(tmp_path: Path) -> None:
    import datetime
    import decimal

    import pyarrow as pa

    text = "某县人民医院开展义诊活动,服务群众三百余人次。\n活动受到群众好评。"
    rows = [{"text": text, "url": "https://example.cn/1", "crawled": datetime.datetime(2024, 5, 1, 8, 30),
             "day": datetime.date(2024, 5, 1), "price": decimal.Decimal("1.50"), "raw": b"\xff\xfe",
             "tags": ["义诊", "健康"], "extra": {"depth": 2}, "score": float("nan")}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "pages.parquet")
    res = run_cli("clean", str(tmp_path / "pages.parquet"), "--id-key", "url", "-o", str(tmp_path / "out.jsonl"), "-q")
    assert res.returncode == 0, res.stderr.decode()
    raw = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert "NaN" not in raw  # strict JSON: a NaN cell is null
    (rec,) = records(raw)
    meta = rec["metadata"]
    assert rec["id"] == "https://example.cn/1"
    assert meta["crawled"] == "2024-05-01T08:30:00" and meta["day"] == "2024-05-01" and meta["price"] == "1.50"
    assert meta["raw"] == "//4=" and meta["tags"] == ["义诊", "健康"] and meta["extra"] == {"depth": 2}
    assert meta["score"] is None


@pytest.mark.parametrize(("name", "magic"), [("c.json.gz", b"\x1f\x8b"), ("c.ndjson.zst", b"\x28\xb5\x2f\xfd"), ("c.PARQUET", b"PAR1")])
def test_any_name_ending_in_a_compression_is_compressed(name: str, magic: bytes, tmp_path: Path) -> None:
    res = run_cli("clean", *INPUTS[:2], "-o", str(tmp_path / name), "-q")
    assert res.returncode == 0, res.stderr.decode()
    assert (tmp_path / name).read_bytes().startswith(magic)
    # The side files are named after the records' stem, in their format.
    stem = name.split(".")[0]
    assert (tmp_path / f"{stem}.review.jsonl.gz").exists() and (tmp_path / f"{stem}.recipe.yaml").exists()


@pytest.mark.parametrize("args", [["-o", "c.jsonl.bz2"], ["-o", "c.jsonl", "--dups", "d.jsonl.xz"], ["-o", "c.jsonl", "--review", "r.zip"]])
def test_a_compression_it_cannot_write_is_refused_before_anything_runs(args: list[str], tmp_path: Path) -> None:
    res = run_cli("clean", str(ROOT / INPUTS[0]), *args, cwd=tmp_path)
    err = res.stderr.decode()
    assert res.returncode == 2 and "output is not supported" in err and ".jsonl.zst" in err
    assert list(tmp_path.iterdir()) == []
