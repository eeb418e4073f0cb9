"""Finding inputs and turning them into raw items: files, directory trees, stdin; text or JSONL; plain, gzip or zstd."""

from __future__ import annotations

import fnmatch
import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import zstandard

from ..errors import InputError
from . import html
from .encodings import MAX_REPLACED_SHARE, decode, looks_binary

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
JSONL_SUFFIXES = (".jsonl", ".ndjson")
COMPRESSED_SUFFIXES = (".gz", ".gzip", ".zst", ".zstd")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
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


def find_inputs(inputs: list[str], glob: str | None = None) -> Iterator[tuple[str, str | None] | Skipped]:
    """Yield (path, path relative to its root) for every input, directories walked in sorted order.

    `-` is yielded as is. A missing path is yielded too, so reading it reports the error. A
    subdirectory that cannot be listed and a directory symlink (not followed) are yielded as
    `Skipped`, in their sorted place.
    """
    for arg in inputs:
        if arg == "-":
            yield "-", None
            continue
        p = Path(arg)
        if p.is_dir():
            found: list[str] = []
            problems: list[tuple[str, Skipped]] = []

            def unreadable(err: OSError, top: Path = p, into: list[tuple[str, Skipped]] = problems) -> None:
                # os.walk calls this for a directory it cannot list; the run names it and goes on.
                where = Path(err.filename or top)
                rel_dir = where.relative_to(top).as_posix() if where != top else "."
                reason = "permission denied" if isinstance(err, PermissionError) else f"cannot read ({err.strerror or err})"
                into.append((rel_dir, Skipped(where.as_posix(), f"directory not readable: {reason}",
                                                  "make it readable (chmod +rx) or leave it out")))

            for root, dirs, files in os.walk(p, onerror=unreadable):
                keep = []
                for d in dirs:
                    if d.startswith("."):
                        continue
                    if (Path(root) / d).is_symlink():
                        # Not followed (a link can loop or leave the tree), but never silently.
                        link = Path(root) / d
                        problems.append((link.relative_to(p).as_posix(), Skipped(
                            link.as_posix(), "directory symlink not followed",
                            "pass the link's target as an input to read it")))
                        continue
                    keep.append(d)
                dirs[:] = keep
                for name in files:
                    if name.startswith("."):
                        continue
                    rel = (Path(root) / name).relative_to(p).as_posix()
                    if glob and not (fnmatch.fnmatch(name, glob) or fnmatch.fnmatch(rel, glob)):
                        continue
                    found.append(rel)
            # Sorted by relative path, so a tree reads the same way on every file system.
            entries: list[tuple[str, str | Skipped]] = [(rel, rel) for rel in found]
            entries += problems
            for rel, what in sorted(entries, key=lambda e: e[0]):
                if isinstance(what, Skipped):
                    yield what
                else:
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
    html_key: str | None = None,
) -> Iterator[RawItem | Skipped]:
    """Read one input and yield its articles (one for a text file or HTML page, one per line for
    JSONL, one per HTML response for WARC)."""
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
    if input_format == "auto" and (data.startswith(b"WARC/") or _strip_compression(rel or Path(path).name).lower().endswith(".warc")):
        # Before the binary check: a WARC file holds images and other binary responses.
        yield from _read_warc(source, rel, data)
        return
    if looks_binary(data):
        yield Skipped(source, "binary file (NUL bytes), not text", "leave it out or pass --glob to select text files")
        return
    name = rel or Path(path).name
    if input_format == "auto" and (
        html.looks_like_html(data) or _strip_compression(name).lower().endswith(HTML_SUFFIXES)
    ):
        text, decoded_page, meta = html.read_page(data)
        assert decoded_page is not None
        if not text.strip():
            yield Skipped(source, "an HTML page with no visible text", None, empty=True)
            return
        yield RawItem(id=_doc_id(source), source=source, text=text, encoding=decoded_page.encoding,
                      lossy=decoded_page.lossy, metadata=meta, rel_path=rel, file=source)
        return
    # JSONL is decoded as a whole so that a non-UTF-8 JSONL file still reads.
    decoded = decode(data)
    text = decoded.text
    if decoded.replaced > MAX_REPLACED_SHARE * max(1, len(text)):
        yield Skipped(
            source,
            f"undecodable bytes: {decoded.replaced} of {len(text)} characters decode in no encoding",
            "convert the file to UTF-8 (iconv -f ENCODING -t UTF-8) or leave it out",
        )
        return
    if _is_jsonl(name, text, input_format):
        yield from _read_jsonl(source, rel, text, decoded.encoding, decoded.lossy, text_key, id_key, html_key)
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
    html_key: str | None = None,
) -> Iterator[RawItem | Skipped]:
    seen_ids: set[str] = set()
    # Lines end at \n only: str.splitlines would also break at U+2028, U+2029 and other
    # separators that are valid inside a JSON string.
    for lineno, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")
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
        # A lone surrogate (`\ud800`) is valid JSON but no character: it cannot be written as
        # UTF-8, so it becomes U+FFFD and the record is marked lossy, like undecodable bytes.
        line_lossy = lossy
        if _SURROGATE.search(line):
            fixed = _without_surrogates(obj)
            if fixed is not obj:
                obj, line_lossy = fixed, True
        page_meta: dict[str, Any] = {}
        value: Any
        if html_key is not None and isinstance(obj.get(html_key), str):
            # The page's visible text is the article; the HTML itself is not copied into the record.
            value, _, page_meta = html.read_page(obj.pop(html_key))
            obj.pop(text_key, None)
        else:
            value = obj.get(text_key)
            if text_key in obj and not isinstance(value, str):
                kind = "null" if value is None else type(value).__name__.replace("dict", "object").replace("list", "array")
                yield Skipped(where, f"field `{text_key}` is {kind}, not a string", "give the article text as a JSON string")
                continue
        if not isinstance(value, str):
            keys = ", ".join(sorted(obj)[:8]) or "none"
            wanted = f"`{text_key}`" + (f" or `{html_key}`" if html_key else "")
            reason = f"no string field {wanted} (fields: {keys})"
            yield Skipped(where, reason, "choose the text field with --text-key, or the HTML field with --html-key")
            continue
        rid = None
        if id_key is not None and obj.get(id_key) is not None:
            rid = str(obj[id_key])
            if rid in seen_ids:
                rid = f"{rid}@{lineno}"
        seen_ids.add(rid or "")
        meta = {k: v for k, v in obj.items() if k not in (text_key, id_key)} | page_meta
        if not value.strip():
            yield Skipped(where, "empty text", None, empty=True)
            continue
        item_rel = f"{rel}/{lineno}" if rel else None
        yield RawItem(
            id=rid if rid is not None else where,
            source=where,
            text=value,
            encoding=encoding,
            lossy=line_lossy,
            metadata=meta,
            rel_path=item_rel,
            file=source,
        )


def _read_warc(source: str, rel: str | None, data: bytes) -> Iterator[RawItem | Skipped]:
    try:
        for where, text, decoded, meta in html.read_warc(data, source):
            if not text.strip():
                yield Skipped(where, "an HTML response with no visible text", None, empty=True)
                continue
            item_rel = f"{rel}/{where.rsplit('#', 1)[1]}" if rel else None
            yield RawItem(id=where, source=where, text=text, encoding=decoded.encoding, lossy=decoded.lossy,
                          metadata=meta, rel_path=item_rel, file=source)
    except InputError as e:
        yield Skipped(source, e.reason, e.hint)


# A \u escape of a surrogate in a JSON line; only such lines can hold a lone one.
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONE = re.compile("[\ud800-\udfff]")


def _without_surrogates(value: Any) -> Any:
    """`value` with every lone surrogate in its strings (keys too) replaced by U+FFFD; the same object when none."""
    if isinstance(value, str):
        return _LONE.sub("\ufffd", value) if _LONE.search(value) else value
    if isinstance(value, list):
        items = [_without_surrogates(v) for v in value]
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if isinstance(value, dict):
        pairs = [(_without_surrogates(k), _without_surrogates(v)) for k, v in value.items()]
        if any(k2 is not k or v2 is not v for (k2, v2), (k, v) in zip(pairs, value.items(), strict=True)):
            return dict(pairs)
    return value


def iter_items(
    inputs: list[str],
    *,
    glob: str | None = None,
    text_key: str = "text",
    id_key: str | None = None,
    input_format: str = "auto",
    html_key: str | None = None,
) -> Iterator[RawItem | Skipped]:
    for found in find_inputs(inputs, glob):
        if isinstance(found, Skipped):
            yield found
            continue
        path, rel = found
        yield from read_source(path, rel, text_key=text_key, id_key=id_key, input_format=input_format,
                               html_key=html_key)
