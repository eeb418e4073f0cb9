"""Record outputs chosen by the name's suffix, sharded outputs, and Parquet input.

- `.jsonl` (or stdout, or `--format txt`): the plain writer of `write.py`.
- `.jsonl.gz` / `.jsonl.zst`: the same lines, compressed (gzip without a timestamp, so a rerun
  gives the same bytes).
- `.parquet`: one row per record with a fixed schema (pyarrow, the optional `parquet` extra).
  `metadata` is a JSON string column there, since its keys vary from record to record.
- a folder with `--shard-size N`: `part-00000.jsonl.zst`, … of N records each, and nothing else,
  so that pandas, pyarrow and HF `datasets` read the folder as one table; the manifest naming
  every part and its record count sits beside the folder (`out/parts.manifest.json` for
  `out/parts/`, like its dups, review and recipe files), written last.

Every file is written to a temporary name and renamed into place on success, like `write.py`.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import decimal
import gzip
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import zstandard

from .. import recode
from ..errors import ConfigError, InputError
from ..model import Document
from .write import AtomicFile, RecordSink, record_json

SHARD_FORMATS = ("jsonl.zst", "jsonl.gz", "jsonl", "parquet")
MANIFEST_SUFFIX = ".manifest.json"


def folder_base(folder: str | Path) -> Path:
    """The path a sharded output's side files are named after: `out/parts/` → `out/parts`
    (`out/parts.manifest.json`, `out/parts.dups.jsonl.zst`, …)."""
    p = Path(folder)
    return p if p.name else p.resolve()


def manifest_path(folder: str | Path) -> Path:
    base = folder_base(folder)
    return base.with_name(base.name + MANIFEST_SUFFIX)
_PART = recode.compile(r"^part-\d{5}\.(jsonl|jsonl\.gz|jsonl\.zst|parquet)$")
PARQUET_BATCH = 2000


class Sink(Protocol):
    count: int

    def write(self, doc: Document) -> None: ...

    def commit(self) -> None: ...

    def abort(self) -> None: ...


def require_pyarrow() -> Any:
    """pyarrow, or a ConfigError that says how to install it."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ConfigError(
            "Parquet needs pyarrow, which is not installed",
            "pip install 'cleaner[parquet]' (or pip install pyarrow), or write .jsonl, .jsonl.gz or .jsonl.zst",
        ) from None
    return pyarrow


UNSUPPORTED_COMPRESSION = (".bz2", ".xz", ".lzma", ".lz4", ".br", ".zip", ".7z", ".tar", ".tgz")


def output_format(path: str) -> str:
    """`jsonl`, `jsonl.gz`, `jsonl.zst` or `parquet` by the name's suffix: `.parquet`, then a
    compression suffix (`.gz`; `.zst` or `.zstd`) whatever precedes it (`out.json.gz` is gzip
    too), else plain JSONL. A compression this tool does not write is refused rather than
    written as plain text under its name."""
    name = path.lower()
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    if name.endswith(".gz"):
        return "jsonl.gz"
    if name.endswith((".zst", ".zstd")):
        return "jsonl.zst"
    if name.endswith(UNSUPPORTED_COMPRESSION):
        suffix = "." + name.rsplit(".", 1)[1]
        raise ConfigError(
            f"{path}: {suffix} output is not supported",
            "name it .jsonl, .jsonl.gz, .jsonl.zst or .parquet",
        )
    return "jsonl"


def side_format(path: str) -> str:
    """The format of a dups or review file by its name, the same rule as for records."""
    return output_format(path)


def _line(doc: Document, added: str | None) -> dict[str, Any]:
    rec = doc.to_record()
    if added is not None:
        rec["added"], rec["created"] = added, rec["published"]
    return rec


def fast_gzip_writer(fh: Any) -> Any:
    """A gzip stream for data written once and read rarely (the review file): ISA-L's deflate
    (the `isal` package) at its level 2 compresses about four times faster than zlib's fastest
    level, and no worse. Without it, zlib at level 1. No name and mtime 0 in the header either way,
    so a rerun gives the same bytes."""
    try:
        from isal import igzip
    except ImportError:  # a platform without an isal wheel
        return gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=1)
    return igzip.IGzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=2)


class JsonLines:
    """Lines of text to a file, plain, gzip or zstd by `fmt`, written atomically: the one writer
    behind every JSONL output (records, dups, review data)."""

    def __init__(self, path: str | Path, fmt: str, gzip_level: int = 9, fast_gzip: bool = False) -> None:
        self._file = AtomicFile(path, "wb")
        self._stream: Any = self._file.fh
        self._closed = False
        if fmt == "jsonl.gz" and fast_gzip:
            self._stream = fast_gzip_writer(self._file.fh)
        elif fmt == "jsonl.gz":
            # No name and mtime 0 in the header: a rerun gives the same bytes.
            self._stream = gzip.GzipFile(filename="", mode="wb", fileobj=self._file.fh, mtime=0, compresslevel=gzip_level)
        elif fmt == "jsonl.zst":
            self._stream = zstandard.ZstdCompressor(level=3).stream_writer(self._file.fh, closefd=False)

    def write_line(self, line: str) -> None:
        self._stream.write((line + "\n").encode("utf-8"))

    def write_raw(self, data: bytes) -> None:
        """Lines already encoded (UTF-8, each ending in a line break), e.g. by a --jobs worker."""
        self._stream.write(data)

    def _close_stream(self) -> None:
        # Closing a compressor writes its trailer; the file itself stays open for the rename.
        if not self._closed:
            self._closed = True
            if self._stream is not self._file.fh:
                self._stream.close()

    def sync(self) -> None:
        self._close_stream()
        self._file.sync()

    def commit(self) -> None:
        self._close_stream()
        self._file.commit()

    def abort(self) -> None:
        try:
            with contextlib.suppress(Exception):
                self._close_stream()
        finally:
            self._file.abort()


class CompressedJsonlSink:
    """JSONL records compressed with gzip or zstd, written atomically."""

    def __init__(self, path: str | Path, fmt: str, added: str | None = None) -> None:
        self.count = 0
        self.added = added
        self._out = JsonLines(path, fmt)

    def write(self, doc: Document) -> None:
        self.count += 1
        self._out.write_line(record_json(_line(doc, self.added)))

    def encoded_form(self) -> tuple[str, str | None]:
        """What `LineEncoder` needs to write this sink's lines."""
        return ("record", self.added)

    def write_encoded(self, line: bytes) -> None:
        """A record line as `write` would write it, encoded by `LineEncoder`."""
        self.count += 1
        self._out.write_raw(line)

    def sync(self) -> None:
        self._out.sync()

    def commit(self) -> None:
        self._out.commit()

    def abort(self) -> None:
        self._out.abort()


class ParquetRows:
    """Rows of one fixed schema to a Parquet file, in batches, written atomically; `metadata`
    (the file's key-value metadata) can be added until the commit."""

    def __init__(self, path: str | Path, schema: Any, batch: int = PARQUET_BATCH) -> None:
        self.pa = require_pyarrow()
        import pyarrow.parquet as pq

        self.schema = schema
        self.batch = batch
        self._file = AtomicFile(path, "wb")
        self._writer = pq.ParquetWriter(self._file.fh, schema, compression="zstd")
        self._rows: list[dict[str, Any]] = []
        self._closed = False

    def write_row(self, row: dict[str, Any]) -> None:
        self._rows.append(row)
        if len(self._rows) >= self.batch:
            self._flush()

    def add_metadata(self, meta: dict[str, str]) -> None:
        self._writer.add_key_value_metadata(meta)

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self.pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []

    def _close(self) -> None:
        if not self._closed:
            self._flush()
            self._closed = True
            self._writer.close()

    def sync(self) -> None:
        self._close()
        self._file.sync()

    def commit(self) -> None:
        self._close()
        self._file.commit()

    def abort(self) -> None:
        try:
            if not self._closed:
                self._closed = True
                with contextlib.suppress(Exception):
                    self._writer.close()
        finally:
            self._file.abort()


def parquet_schema(dolma: bool = False) -> Any:
    pa = require_pyarrow()
    fields = [
        pa.field("id", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("published", pa.string()),
        pa.field("authors", pa.list_(pa.string()), nullable=False),
        pa.field("institution", pa.list_(pa.string()), nullable=False),
        pa.field("parent_id", pa.string()),
        # JSON text: the metadata keys differ between records, a struct column cannot hold them all.
        pa.field("metadata", pa.string(), nullable=False),
    ]
    if dolma:
        fields += [pa.field("added", pa.string()), pa.field("created", pa.string())]
    return pa.schema(fields)


def parquet_row(rec: dict[str, Any]) -> dict[str, Any]:
    meta = {k: v for k, v in rec["metadata"].items() if not k.startswith("_")}
    return {**rec, "metadata": json.dumps(meta, ensure_ascii=False, separators=(", ", ": "))}


class ParquetSink:
    """Records as Parquet rows, written in batches with one fixed schema, atomically."""

    def __init__(self, path: str | Path, added: str | None = None) -> None:
        self.count = 0
        self.added = added
        self.schema = parquet_schema(dolma=added is not None)
        self._out = ParquetRows(path, self.schema)

    def write(self, doc: Document) -> None:
        self.count += 1
        self._out.write_row(parquet_row(_line(doc, self.added)))

    def sync(self) -> None:
        self._out.sync()

    def commit(self) -> None:
        self._out.commit()

    def abort(self) -> None:
        self._out.abort()


DUP_FIELDS = ("dropped_by", "dup_of", "dup_source", "similarity", "drop_reason")


def dups_parquet_schema() -> Any:
    """The dups file as Parquet: the record columns plus why each document was left out."""
    pa = require_pyarrow()
    rec = parquet_schema()
    why = [
        pa.field("dropped_by", pa.string(), nullable=False),
        pa.field("dup_of", pa.string()),
        pa.field("dup_source", pa.string()),
        pa.field("similarity", pa.float64()),
        pa.field("drop_reason", pa.string()),
    ]
    return pa.schema([rec.field("id"), rec.field("source"), *why, *(f for f in rec if f.name not in ("id", "source"))])


def file_sink(path: str | Path, fmt: str, added: str | None = None) -> Sink:
    if fmt == "parquet":
        return ParquetSink(path, added)
    if fmt in ("jsonl.gz", "jsonl.zst"):
        return CompressedJsonlSink(path, fmt, added)
    return RecordSink(str(path), "jsonl", None, added=added)


class ShardedSink:
    """Records in parts of `shard_size` under a folder, then a manifest beside it; stale parts of
    an earlier run in the folder are removed when the new ones are in place."""

    def __init__(self, folder: str | Path, shard_size: int, fmt: str = "jsonl.zst", added: str | None = None) -> None:
        if shard_size < 1:
            raise ConfigError(f"--shard-size {shard_size}: must be at least 1", "e.g. --shard-size 20000")
        if fmt not in SHARD_FORMATS:
            raise ConfigError(f"shard format `{fmt}` is not one of {', '.join(SHARD_FORMATS)}", "e.g. --shard-format parquet")
        if fmt == "parquet":
            require_pyarrow()
        self.folder = Path(folder)
        if self.folder.exists() and not self.folder.is_dir():
            raise ConfigError(f"{folder}: not a folder", "give a folder for sharded output, or drop --shard-size")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.shard_size = shard_size
        self.fmt = fmt
        self.added = added
        self.count = 0
        self.parts: list[dict[str, Any]] = []
        self._done: list[Sink] = []
        self._current: Sink | None = None

    def write(self, doc: Document) -> None:
        if self._current is None or self._current.count >= self.shard_size:
            self._next()
        assert self._current is not None
        self._current.write(doc)
        self.count += 1

    def _next(self) -> None:
        if self._current is not None:
            self._finish()
        name = f"part-{len(self.parts):05d}.{self.fmt}"
        self.parts.append({"path": name, "records": 0})
        self._current = file_sink(self.folder / name, self.fmt, self.added)

    def _finish(self) -> None:
        assert self._current is not None
        self.parts[-1]["records"] = self._current.count
        # Parts are committed as they fill, so a large run does not hold many temporary files.
        self._current.commit()
        self._done.append(self._current)
        self._current = None

    def commit(self) -> None:
        if self._current is not None:
            self._finish()
        keep = {p["path"] for p in self.parts}
        manifest = {
            "folder": self.folder.resolve().name,
            "format": self.fmt,
            "records": self.count,
            "shard_size": self.shard_size,
            "parts": self.parts,
            "schema": "cleaner/data/schema/record.schema.json",
        }
        with AtomicFile(manifest_path(self.folder)) as f:
            f.write(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
        for old in self.folder.iterdir():
            if _PART.match(old.name) and old.name not in keep:
                old.unlink()

    def abort(self) -> None:
        if self._current is not None:
            self._current.abort()
            self._current = None
        # Parts already committed belong to a run that did not finish: no manifest names them.
        for p in self.parts[: len(self._done)]:
            (self.folder / p["path"]).unlink(missing_ok=True)


def read_manifest(folder: str | Path) -> list[Path]:
    """The part files of a sharded output, in order, from its manifest beside the folder."""
    data = json.loads(manifest_path(folder).read_text(encoding="utf-8"))
    return [Path(folder) / p["path"] for p in data["parts"]]


def read_parquet_rows(path: str, text_key: str, id_key: str | None) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number from 1, row as a dict) of a Parquet input, batch by batch."""
    require_pyarrow()
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as e:  # pyarrow raises its own error types for a broken file
        raise InputError(path, f"not a readable Parquet file ({e})", "check the file") from None
    names = pf.schema_arrow.names
    if text_key not in names:
        raise InputError(path, f"no column `{text_key}` (columns: {', '.join(names[:8])})", "choose the text column with --text-key")
    n = 0
    for batch in pf.iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            n += 1
            yield n, row


def json_value(value: Any) -> Any:
    """A Parquet cell as a JSON value, for `metadata`: timestamps and dates in ISO form, decimals as
    their exact text, bytes as UTF-8 text (base64 when not UTF-8), NaN and infinities as null."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        # A map column arrives as a list of (key, value) pairs.
        return [json_value(v) for v in value]
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        raw = bytes(value)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return base64.b64encode(raw).decode("ascii")
    return str(value)


def parquet_items(path: str, rel: str | None, text_key: str, id_key: str | None) -> Iterator[Any]:
    """The articles of a Parquet input: one per row, like the lines of a JSONL input (the text
    column, the id column if given, every other column into `metadata`)."""
    from .read import RawItem, Skipped

    source = path
    seen: set[str] = set()
    try:
        for n, row in read_parquet_rows(path, text_key, id_key):
            where = f"{source}:{n}"
            value = row.get(text_key)
            if not isinstance(value, str):
                yield Skipped(where, f"column `{text_key}` is not text here", "choose the text column with --text-key")
                continue
            if not value.strip():
                yield Skipped(where, "empty text", None, empty=True)
                continue
            rid = None
            if id_key is not None and row.get(id_key) is not None:
                rid = str(row[id_key])
                if rid in seen:
                    rid = f"{rid}@{n}"
                seen.add(rid)
            meta = {k: json_value(v) for k, v in row.items() if k not in (text_key, id_key)}
            yield RawItem(id=rid if rid is not None else where, source=where, text=value, encoding="utf-8",
                          metadata=meta, rel_path=f"{rel}/{n}" if rel else None, file=source)
    except InputError as e:
        yield Skipped(e.source, e.reason, e.hint)
