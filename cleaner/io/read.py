"""Finding inputs and turning them into raw items: files, directory trees, stdin; text or JSONL; plain, gzip or zstd."""

from __future__ import annotations

import fnmatch
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import zstandard

from ..errors import InputError
from .encodings import decode, looks_binary

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
JSONL_SUFFIXES = (".jsonl", ".ndjson")
COMPRESSED_SUFFIXES = (".gz", ".gzip", ".zst", ".zstd")
# A decompressed input larger than this is refused rather than filling memory.
MAX_DECOMPRESSED = 4 * 1024**3


@dataclass(slots=True)
class RawItem:
    """One article before decoding: its id, where it came from, and its bytes or text."""

    id: str
    source: str
    data: bytes | None = None
    text: str | None = None
    encoding: str | None = None
    lossy: bool = False
    metadata: dict[str, Any] = field(default_factory=dict)
    rel_path: str | None = None  # path relative to the input root, for --format txt
    file: str | None = None  # the input file it came from (`-` for stdin)


@dataclass(slots=True)
class Skipped:
    """An input (or JSONL line) that was not processed, and why."""

    source: str
    reason: str
    hint: str | None = None
    empty: bool = False  # an empty input is noted, not an error


def find_inputs(inputs: list[str], glob: str | None = None) -> Iterator[tuple[str, str | None]]:
    """Yield (path, path relative to its root) for every input, directories walked in sorted order.

    `-` is yielded as is. A missing path is yielded too, so reading it reports the error.
    """
    for arg in inputs:
        if arg == "-":
            yield "-", None
            continue
        p = Path(arg)
        if p.is_dir():
            found: list[str] = []
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if name.startswith("."):
                        continue
                    rel = (Path(root) / name).relative_to(p).as_posix()
                    if glob and not (fnmatch.fnmatch(name, glob) or fnmatch.fnmatch(rel, glob)):
                        continue
                    found.append(rel)
            # Sorted by relative path, so a tree reads the same way on every file system.
            for rel in sorted(found):
                yield (p / rel).as_posix(), rel
        else:
            yield arg, p.name


def decompress(data: bytes, source: str) -> bytes:
    """Undo gzip or zstd, recognised by their magic bytes (file names can lie)."""
    try:
        if data.startswith(GZIP_MAGIC):
            out = bytearray()
            d = zlib.decompressobj(zlib.MAX_WBITS | 16)
            buf = data
            # Concatenated gzip members are valid gzip: keep going while input remains.
            while buf:
                out += d.decompress(buf, MAX_DECOMPRESSED - len(out))
                if d.unconsumed_tail:
                    raise InputError(source, "decompressed size exceeds 4 GiB", "split the input into smaller files")
                if not d.eof:
                    raise InputError(source, "truncated gzip stream", "re-download or re-compress the file")
                buf = d.unused_data
                if buf and not buf.startswith(GZIP_MAGIC):
                    break
                d = zlib.decompressobj(zlib.MAX_WBITS | 16)
            return bytes(out)
        if data.startswith(ZSTD_MAGIC):
            with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True) as r:
                out_b = r.read(MAX_DECOMPRESSED + 1)
            if len(out_b) > MAX_DECOMPRESSED:
                raise InputError(source, "decompressed size exceeds 4 GiB", "split the input into smaller files")
            return out_b
    except InputError:
        raise
    except (zlib.error, gzip.BadGzipFile, EOFError) as e:
        raise InputError(source, f"corrupt gzip data ({e})", "re-download or re-compress the file") from None
    except zstandard.ZstdError as e:
        reason = "truncated zstd stream" if "incomplete" in str(e) or "truncated" in str(e) else f"corrupt zstd data ({e})"
        raise InputError(source, reason, "re-download or re-compress the file") from None
    return data


def _strip_compression(name: str) -> str:
    low = name.lower()
    for suf in COMPRESSED_SUFFIXES:
        if low.endswith(suf):
            return name[: -len(suf)]
    return name


def _is_jsonl(name: str, text: str, input_format: str) -> bool:
    if input_format != "auto":
        return input_format == "jsonl"
    if _strip_compression(name).lower().endswith(JSONL_SUFFIXES):
        return True
    # stdin and unknown names: JSONL when the first non-blank line is a JSON object.
    for line in text.splitlines():
        if line.strip():
            s = line.strip()
            if not (s.startswith("{") and s.endswith("}")):
                return False
            try:
                return isinstance(json.loads(s), dict)
            except ValueError:
                return False
    return False


def _doc_id(source: str) -> str:
    return source


def read_source(
    path: str,
    rel: str | None,
    *,
    text_key: str = "text",
    id_key: str | None = None,
    input_format: str = "auto",
) -> Iterator[RawItem | Skipped]:
    """Read one input and yield its articles (one for a text file, one per line for JSONL)."""
    source = "-" if path == "-" else path
    if path.lower().endswith(".parquet"):
        # Parquet is columnar binary: read by pyarrow row by row, like the lines of a JSONL input.
        from .formats import parquet_items

        yield from parquet_items(path, rel, text_key, id_key)
        return
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as f:
                data = f.read()
    except FileNotFoundError:
        yield Skipped(source, "no such file", "check the path")
        return
    except IsADirectoryError:
        yield Skipped(source, "is a directory", "pass the directory itself to walk it")
        return
    except PermissionError:
        yield Skipped(source, "permission denied", "make the file readable or leave it out")
        return
    except OSError as e:
        yield Skipped(source, f"cannot read ({e.strerror or e})", "check the file")
        return
    try:
        data = decompress(data, source)
    except InputError as e:
        yield Skipped(source, e.reason, e.hint)
        return
    if not data.strip():
        yield Skipped(source, "empty file", None, empty=True)
        return
    if looks_binary(data):
        yield Skipped(source, "binary file (NUL bytes), not text", "leave it out or pass --glob to select text files")
        return
    name = rel or Path(path).name
    # JSONL is decoded as a whole so that a non-UTF-8 JSONL file still reads.
    decoded = decode(data)
    text = decoded.text
    if _is_jsonl(name, text, input_format):
        yield from _read_jsonl(source, rel, text, decoded.encoding, decoded.lossy, text_key, id_key)
        return
    yield RawItem(
        id=_doc_id(source),
        source=source,
        text=text,
        encoding=decoded.encoding,
        lossy=decoded.lossy,
        rel_path=rel,
        file=source,
    )


def _read_jsonl(
    source: str,
    rel: str | None,
    text: str,
    encoding: str,
    lossy: bool,
    text_key: str,
    id_key: str | None,
) -> Iterator[RawItem | Skipped]:
    seen_ids: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Skipped(where, f"not valid JSON ({e.msg} at column {e.colno})", "fix or remove the line")
            continue
        if not isinstance(obj, dict):
            yield Skipped(where, "a JSON line must be an object", "wrap the article in {\"text\": …}")
            continue
        value = obj.get(text_key)
        if not isinstance(value, str):
            keys = ", ".join(sorted(obj)[:8]) or "none"
            reason = f"no string field `{text_key}` (fields: {keys})"
            yield Skipped(where, reason, "choose the text field with --text-key")
            continue
        rid = None
        if id_key is not None and obj.get(id_key) is not None:
            rid = str(obj[id_key])
            if rid in seen_ids:
                rid = f"{rid}@{lineno}"
        seen_ids.add(rid or "")
        meta = {k: v for k, v in obj.items() if k not in (text_key, id_key)}
        if not value.strip():
            yield Skipped(where, "empty text", None, empty=True)
            continue
        item_rel = f"{rel}/{lineno}" if rel else None
        yield RawItem(
            id=rid if rid is not None else where,
            source=where,
            text=value,
            encoding=encoding,
            lossy=lossy,
            metadata=meta,
            rel_path=item_rel,
            file=source,
        )


def iter_items(
    inputs: list[str],
    *,
    glob: str | None = None,
    text_key: str = "text",
    id_key: str | None = None,
    input_format: str = "auto",
) -> Iterator[RawItem | Skipped]:
    for path, rel in find_inputs(inputs, glob):
        yield from read_source(path, rel, text_key=text_key, id_key=id_key, input_format=input_format)
