"""Finding inputs and turning them into raw items: files, directory trees, stdin; text or JSONL; plain, gzip or zstd."""

from __future__ import annotations

import codecs
import fnmatch
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import recode
from ..errors import InputError
from .encodings import MAX_REPLACED_SHARE, decode, looks_binary

GZIP_MAGIC = b"\x1f\x8b"
UTF8_BOM = codecs.BOM_UTF8
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
JSONL_SUFFIXES = (".jsonl", ".ndjson")
COMPRESSED_SUFFIXES = (".gz", ".gzip", ".zst", ".zstd")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
# A decompressed input larger than this is refused rather than filling memory.
MAX_DECOMPRESSED = 4 * 1024**3
# A JSONL file is read in blocks of about this many bytes (cut at a line end), so memory holds
# one block whatever the file's size; each block is also one unit of work for a --jobs worker.
JSONL_BLOCK = 64 * 1024


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
class FileBytes:
    """A whole input's bytes, read by the process that reads inputs; `items_from_bytes` (in a
    --jobs worker) decompresses, decodes and parses them."""

    path: str
    rel: str | None
    data: bytes


@dataclass(slots=True)
class JsonlBlock:
    """Whole lines of a UTF-8 JSONL input (checked to be valid UTF-8 end to end), starting at line
    `first_line`; parsed where the documents are cleaned."""

    source: str
    rel: str | None
    data: bytes
    first_line: int
    encoding: str


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read (the CLI's --text-key, --id-key, --input-format and --html-key)."""

    text_key: str = "text"
    id_key: str | None = None
    input_format: str = "auto"
    html_key: str | None = None


@dataclass(slots=True)
class Skipped:
    """An input (or JSONL line) that was not processed, and why."""

    source: str
    reason: str
    hint: str | None = None
    empty: bool = False  # an empty input is noted, not an error


# The text field's default name, and the names scrapers give it when it is absent (tried in order).
DEFAULT_TEXT_KEY = "text"
TEXT_KEYS = ("content", "body", "article", "main_text", "text_content", "正文", "内容")
# …and for the page's HTML, when no text field is there (`{"id": …, "html": "<!DOCTYPE html>…"}`).
HTML_KEYS = (
    "html", "raw_html", "page_html", "html_content", "content_html", "body_html", "article_html", "page_source", "html_source",
    "source_html", "源码",
)

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
            return _unzstd(data, source)
    except InputError:
        raise
    except (zlib.error, gzip.BadGzipFile, EOFError) as e:
        raise InputError(source, f"corrupt gzip data ({e})", "re-download or re-compress the file") from None
    return data


def _unzstd(data: bytes, source: str) -> bytes:
    import zstandard  # only for zstd inputs: it is not needed on any other path

    try:
        with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True) as r:
            out_b = r.read(MAX_DECOMPRESSED + 1)
    except zstandard.ZstdError as e:
        reason = "truncated zstd stream" if "incomplete" in str(e) or "truncated" in str(e) else f"corrupt zstd data ({e})"
        raise InputError(source, reason, "re-download or re-compress the file") from None
    if len(out_b) > MAX_DECOMPRESSED:
        raise InputError(source, "decompressed size exceeds 4 GiB", "split the input into smaller files")
    return out_b


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
    ship: bool = False,
) -> Iterator[RawItem | Skipped | FileBytes | JsonlBlock]:
    """Read one input and yield its articles (one for a text file or HTML page, one per line for
    JSONL, one per HTML response for WARC).

    With `ship`, the work of decoding and parsing is left to whoever cleans the documents (a
    --jobs worker, through `expand`): a file comes out as its bytes (`FileBytes`) and a UTF-8
    JSONL file as blocks of whole lines (`JsonlBlock`); only Parquet rows come out as items.
    """
    opts = ReadOptions(text_key, id_key, input_format, html_key)
    source = "-" if path == "-" else path
    if path.lower().endswith(".parquet"):
        # Parquet is columnar binary: read by pyarrow row by row, like the lines of a JSONL input.
        from .formats import parquet_items

        yield from parquet_items(path, rel, text_key, id_key)
        return
    name = rel or Path(path).name
    if path != "-" and (
        input_format == "jsonl"
        or (input_format == "auto" and _strip_compression(name).lower().endswith(JSONL_SUFFIXES))
    ):
        blocks = _jsonl_blocks(path, rel, input_format)
        if blocks is not None:
            if ship and id_key is None:
                yield from blocks
            else:
                # Ids repeated across blocks are told apart here (`id@line`), so this stays in
                # the reading process whenever --id-key is given.
                seen: set[str] = set()
                for block in blocks:
                    yield from jsonl_block_items(block, opts, seen)
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
    if ship:
        yield FileBytes(path, rel, data)
        return
    yield from items_from_bytes(path, rel, data, opts)


def items_from_bytes(path: str, rel: str | None, data: bytes, opts: ReadOptions) -> Iterator[RawItem | Skipped]:
    """The articles of one input given its bytes: decompressed, recognised, decoded and parsed."""
    source = "-" if path == "-" else path
    try:
        data = decompress(data, source)
    except InputError as e:
        yield Skipped(source, e.reason, e.hint)
        return
    if not data.strip():
        yield Skipped(source, "empty file", None, empty=True)
        return
    if opts.input_format == "auto" and (
        data.startswith(b"WARC/") or _strip_compression(rel or Path(path).name).lower().endswith(".warc")
    ):
        # Before the binary check: a WARC file holds images and other binary responses.
        yield from _read_warc(source, rel, data)
        return
    if looks_binary(data):
        yield Skipped(source, "binary file (NUL bytes), not text", "leave it out or pass --glob to select text files")
        return
    name = rel or Path(path).name
    if opts.input_format == "auto" and (
        _looks_like_html(data) or _strip_compression(name).lower().endswith(HTML_SUFFIXES)
    ):
        from . import html

        text, decoded_page, meta = html.read_page(data)
        assert decoded_page is not None
        if not text.strip():
            yield Skipped(source, "an HTML page with no visible text", None, empty=True)
            return
        yield RawItem(id=_doc_id(source), source=source, text=text, encoding=decoded_page.encoding,
                      lossy=decoded_page.lossy, metadata=meta, rel_path=rel, file=source)
        return
    # A JSONL file that is not plain UTF-8 (a legacy encoding, UTF-16, compressed, stdin) is
    # decoded as a whole, so that its encoding is recognised from all of it.
    decoded = decode(data)
    text = decoded.text
    if decoded.replaced > MAX_REPLACED_SHARE * max(1, len(text)):
        yield Skipped(
            source,
            f"undecodable bytes: {decoded.replaced} of {len(text)} characters decode in no encoding",
            "convert the file to UTF-8 (iconv -f ENCODING -t UTF-8) or leave it out",
        )
        return
    if _is_jsonl(name, text, opts.input_format):
        yield from _read_jsonl(source, rel, text.split("\n"), 1, decoded.encoding, decoded.lossy, opts, set())
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


def _looks_like_html(data: bytes) -> bool:
    # An HTML page opens with `<` (after a BOM and blank space): anything else is not one, and
    # the HTML reader (lxml) is not even imported for it.
    if not data[:4096].removeprefix(UTF8_BOM).lstrip().startswith(b"<"):
        return False
    from . import html

    return html.looks_like_html(data)


def _jsonl_blocks(path: str, rel: str | None, input_format: str) -> Iterator[JsonlBlock] | None:
    """Blocks of whole lines of a plain UTF-8 JSONL file, read as a stream; None when the file must
    be read whole instead (compressed, another encoding, binary, HTML, WARC, blank, unreadable).

    The whole file is checked to be UTF-8 first (a fast pass in C over the bytes): only then
    are its lines the same as those of the file decoded as a whole.
    """
    try:
        with open(path, "rb") as f:
            head = f.read(64 * 1024)
            if (
                not head.strip()
                or head.startswith((GZIP_MAGIC, ZSTD_MAGIC))
                or b"\x00" in head[:8192]
                or (input_format == "auto" and (head.startswith(b"WARC/") or _looks_like_html(head)))
            ):
                return None
            skip = len(UTF8_BOM) if head.startswith(UTF8_BOM) else 0
            check = codecs.getincrementaldecoder("utf-8")()
            f.seek(skip)
            while chunk := f.read(1024 * 1024):
                check.decode(chunk)
            check.decode(b"", final=True)
    except (OSError, UnicodeDecodeError):
        return None
    source = path
    label = "utf-8-sig" if skip else "utf-8"

    def blocks() -> Iterator[JsonlBlock]:
        first = 1
        with open(path, "rb") as f:
            f.seek(skip)
            rest = b""
            while True:
                chunk = f.read(JSONL_BLOCK)
                if not chunk:
                    break
                data = rest + chunk
                cut = data.rfind(b"\n") + 1
                if cut == 0:
                    rest = data
                    continue
                block, rest = data[:cut], data[cut:]
                yield JsonlBlock(source, rel, block, first, label)
                first += block.count(b"\n")
            if rest:
                yield JsonlBlock(source, rel, rest, first, label)

    return blocks()


def jsonl_block_items(block: JsonlBlock, opts: ReadOptions, seen_ids: set[str] | None = None) -> Iterator[RawItem | Skipped]:
    """The articles of a block of JSONL lines (`seen_ids`: ids met earlier in the same file)."""
    text = block.data.decode("utf-8")
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()  # the block ends a line; the next block starts the next one
    yield from _read_jsonl(block.source, block.rel, lines, block.first_line, block.encoding, False, opts,
                           set() if seen_ids is None else seen_ids)


def expand(unit: RawItem | Skipped | FileBytes | JsonlBlock, opts: ReadOptions) -> Iterator[RawItem | Skipped]:
    """The items of a unit `read_source(..., ship=True)` yielded."""
    if isinstance(unit, FileBytes):
        yield from items_from_bytes(unit.path, unit.rel, unit.data, opts)
    elif isinstance(unit, JsonlBlock):
        yield from jsonl_block_items(unit, opts)
    else:
        yield unit


def _read_jsonl(
    source: str,
    rel: str | None,
    lines: Iterable[str],
    first_line: int,
    encoding: str,
    lossy: bool,
    opts: ReadOptions,
    seen_ids: set[str],
) -> Iterator[RawItem | Skipped]:
    text_key, id_key, html_key = opts.text_key, opts.id_key, opts.html_key
    # (the default field's usual other names, tried in order when it is absent)
    # Lines end at \n only: str.splitlines would also break at U+2028, U+2029 and other
    # separators that are valid inside a JSON string.
    for lineno, line in enumerate(lines, first_line):
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
            from . import html

            # The page's visible text is the article; the HTML itself is not copied into the record.
            value, _, page_meta = html.read_page(obj.pop(html_key))
            obj.pop(text_key, None)
        else:
            field = text_key
            page_key = None
            if field == DEFAULT_TEXT_KEY and field not in obj:
                # A scraper's usual name for the article's text (`content`, `body`, `正文`) when no
                # `text` field is there and none was chosen; else its usual name for the page's HTML
                # (`html`, `raw_html`), read as a page.
                field = next((k for k in TEXT_KEYS if isinstance(obj.get(k), str)), field)
                if field == text_key and html_key is None:
                    page_key = next((k for k in HTML_KEYS if isinstance(obj.get(k), str)), None)
            elif field == DEFAULT_TEXT_KEY and html_key is None and isinstance(obj.get(field), str) and "\n" not in obj[field].strip():
                # A crawler's own text beside the page's HTML, left empty or run together on one line
                # (menus, title, info bar and the first paragraph cut short): the page is read instead.
                page_key = next((k for k in HTML_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
                if page_key is not None:
                    obj.pop(field)
            if page_key is not None:
                from . import html

                value, _, page_meta = html.read_page(obj.pop(page_key))
            else:
                value = obj.get(field)
                if field != text_key:
                    obj.pop(field)
            if text_key in obj and not isinstance(value, str):
                kind = "null" if value is None else type(value).__name__.replace("dict", "object").replace("list", "array")
                yield Skipped(where, f"field `{text_key}` is {kind}, not a string", "give the article text as a JSON string")
                continue
            if isinstance(value, str) and value.lstrip()[:1] == "<":
                from . import html

                if html.looks_like_html(value.lstrip()[:4096].encode("utf-8", "replace")):
                    # A scraper that stored the page's (or the article's) HTML in the text field:
                    # read as a page, as a file of HTML is recognised by its content.
                    value, _, page_meta = html.read_page(value)
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
    from . import html

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
_SURROGATE = recode.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONE = recode.compile("[\ud800-\udfff]")


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


class InputItems:
    """The articles of a run's inputs, read lazily, in input order.

    Iterating yields `RawItem`s and `Skipped` inputs, decoded here. `units()` yields the same
    inputs undecoded (see `read_source(ship=True)`), for a runner that decodes them in its
    --jobs workers with `expand`; `options` is what those workers need to do it.
    """

    def __init__(self, inputs: list[str], glob: str | None, options: ReadOptions) -> None:
        self.inputs = list(inputs)
        self.glob = glob
        self.options = options

    def __iter__(self) -> Iterator[RawItem | Skipped]:
        for unit in self._read(ship=False):
            assert isinstance(unit, (RawItem, Skipped))
            yield unit

    def units(self) -> Iterator[RawItem | Skipped | FileBytes | JsonlBlock]:
        return self._read(ship=True)

    def _read(self, ship: bool) -> Iterator[RawItem | Skipped | FileBytes | JsonlBlock]:
        o = self.options
        for found in find_inputs(self.inputs, self.glob):
            if isinstance(found, Skipped):
                yield found
                continue
            path, rel = found
            yield from read_source(path, rel, text_key=o.text_key, id_key=o.id_key, input_format=o.input_format,
                                   html_key=o.html_key, ship=ship)


def iter_items(
    inputs: list[str],
    *,
    glob: str | None = None,
    text_key: str = "text",
    id_key: str | None = None,
    input_format: str = "auto",
    html_key: str | None = None,
) -> InputItems:
    """Every article of `inputs` (files, directory trees, `-`), in order; see `InputItems`."""
    return InputItems(inputs, glob, ReadOptions(text_key, id_key, input_format, html_key))
