"""The review data of a run: what `cleaner report` needs to rebuild the report without the raw inputs.

The file is JSONL (gzip when the name ends in `.gz`, zstd when it ends in `.zst`), one JSON object
per line, each with a `type`:

- `run` (first line): `format` (this file's format version), the cleaner `version`, `inputs`,
  `config`, and `rules` (`[{id, kind, description, stage, file}]`) when the rule engine lists them.
- `doc`: one per document that left the chain, kept or dropped, in output order: `id`, `source`,
  `encoding`, `kind`, `dropped` (the stage that dropped it, or null), `changes` (stage, rule, start,
  end, replacement, note; offsets in the document's original), `notes`, `record` (the output
  record, without `text` when replaying the changes on the original gives it back). A near
  duplicate's record metadata names the record it duplicates (`dup_of`, `similarity`, and
  `dup_source` when that record is from an earlier run); a kept record carries its `cluster`.
  A top-level document carries its decoded `original`. A record split from a roundup carries
  `parent_id`, `offset` and `length` instead: its original is `parent.original[offset:offset+length]`,
  so the roundup's text is stored once however many records it became.
- `parent`: the original of a split roundup, as `pieces` (`[[offset, text], …]`) gathered from its
  records; contiguous pieces are merged, so a roundup fully covered by its records is one piece.
- `summary` (last line): `Summary.to_dict()` of the run.

Under a `.parquet` name the same data is a Parquet table (pyarrow): one row per `doc` and `parent`
line (column `type`), `changes` a list of structs (`note` as JSON text), `notes` and `record` as
JSON text, `pieces` a list of {offset, text}; the `run` and `summary` objects are JSON in the file's
key-value metadata (`cleaner.review.run`, `cleaner.review.summary`). `load_review` reads either
form, recognised by its bytes.

Nothing in the file depends on the clock, and gzip headers carry no time: rerunning the same
inputs gives a byte-identical file.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from cleaner.errors import CleanerError
from cleaner.io.formats import JsonLines, ParquetRows, side_format
from cleaner.io.write import default_side_path
from cleaner.model import Change, Document, replay

FORMAT_VERSION = 1
REVIEW_SUFFIX = ".review.jsonl.gz"


def _dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class ReviewWriter:
    """Writes a review file atomically, in the format of its name: a temporary file renamed into
    place by `close()`.

    `abort()` removes the temporary file and leaves any earlier review file untouched.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.fmt = side_format(self.path.name)
        self._out: JsonLines | ParquetRows
        if self.fmt == "parquet":
            # Originals can be long: smaller batches keep the memory of a large run low.
            self._out = ParquetRows(self.path, review_parquet_schema(), batch=256)
        else:
            # The fastest gzip at hand: the review data is large and written once per run, read rarely.
            self._out = JsonLines(self.path, self.fmt, fast_gzip=True)
        # Pieces of split roundups whose parent line is not written yet: id -> (source, encoding, pieces).
        self._parents: dict[str, tuple[str, str | None, list[list[Any]]]] = {}
        self._closed = False
        self.docs = 0

    def _line(self, obj: dict[str, Any]) -> None:
        if isinstance(self._out, JsonLines):
            self._out.write_line(_dumps(obj))
            return
        kind = obj["type"]
        if kind in ("run", "summary"):
            self._out.add_metadata({f"cleaner.review.{kind}": _dumps(obj)})
        else:
            self._out.write_row(review_row(obj))

    def write_run(self, meta: dict[str, Any]) -> None:
        """The header line: the run's version, inputs, config and rules."""
        self._line({"type": "run", "format": FORMAT_VERSION, **meta})

    def write(self, doc: Document) -> None:
        """Sink protocol of `cleaner.api.run`."""
        self.write_doc(doc)

    def write_doc(self, doc: Document) -> None:
        """One document line; a split record's slice of the original goes to its parent's pieces."""
        if doc.parent_id is not None and self._parents and doc.parent_id not in self._parents:
            # Records of one roundup leave the chain together: a new parent means the last one is done.
            self._flush_parents()
        line = doc_line(doc)
        if doc.parent_id is not None:
            source, encoding, pieces = self._parents.setdefault(doc.parent_id, (doc.source, doc.encoding, []))
            pieces.append([doc.offset, doc.original])
        self._line(line)
        self.docs += 1

    def encoded_form(self) -> str | None:
        """What `LineEncoder` needs to write this file's lines (None: a Parquet file takes documents)."""
        return "review" if isinstance(self._out, JsonLines) else None

    def write_encoded(self, line: bytes, piece: tuple[str, str, str | None, int, str] | None) -> None:
        """`write_doc` of a document whose line (`doc_json`, with its line break) was encoded
        elsewhere; `piece` is its (parent id, source, encoding, offset, original) if split."""
        if piece is not None:
            pid = piece[0]
            if self._parents and pid not in self._parents:
                self._flush_parents()
            _, _, pieces = self._parents.setdefault(pid, (piece[1], piece[2], []))
            pieces.append([piece[3], piece[4]])
        assert isinstance(self._out, JsonLines)
        self._out.write_raw(line)
        self.docs += 1

    def _flush_parents(self) -> None:
        for pid, (source, encoding, pieces) in sorted(self._parents.items()):
            self._line(
                {"type": "parent", "id": pid, "source": source, "encoding": encoding, "pieces": merge_pieces(pieces)}
            )
        self._parents.clear()

    def write_summary(self, summary: dict[str, Any]) -> None:
        """The closing line: the run summary (`Summary.to_dict()`)."""
        self._flush_parents()
        self._line({"type": "summary", **summary})

    def close(self) -> None:
        """Finish the file and rename it into place."""
        if self._closed:
            return
        self._flush_parents()
        self._out.commit()
        self._closed = True

    commit = close

    def abort(self) -> None:
        """Drop the temporary file; an earlier review file at the path stays as it was."""
        if self._closed:
            return
        self._out.abort()
        self._closed = True

    def __enter__(self) -> ReviewWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def review_parquet_schema() -> Any:
    """The Parquet form of the review data's `doc` and `parent` lines (see the module docstring)."""
    from cleaner.io.formats import require_pyarrow

    pa = require_pyarrow()
    change = pa.struct([
        pa.field("stage", pa.string()),
        pa.field("rule", pa.string()),
        pa.field("start", pa.int64()),
        pa.field("end", pa.int64()),
        pa.field("replacement", pa.string()),
        pa.field("note", pa.string()),
    ])
    piece = pa.struct([pa.field("offset", pa.int64()), pa.field("text", pa.string())])
    return pa.schema([
        pa.field("type", pa.string(), nullable=False),
        pa.field("id", pa.string(), nullable=False),
        pa.field("source", pa.string()),
        pa.field("encoding", pa.string()),
        pa.field("kind", pa.string()),
        pa.field("dropped", pa.string()),
        pa.field("changes", pa.list_(change)),
        pa.field("notes", pa.string()),
        pa.field("record", pa.string()),
        pa.field("replay_mismatch", pa.bool_()),
        pa.field("parent_id", pa.string()),
        pa.field("offset", pa.int64()),
        pa.field("length", pa.int64()),
        pa.field("original", pa.string()),
        pa.field("pieces", pa.list_(piece)),
    ])


def review_row(obj: dict[str, Any]) -> dict[str, Any]:
    """The Parquet row of a `doc` or `parent` line."""
    if obj["type"] == "parent":
        return {"type": "parent", "id": obj["id"], "source": obj.get("source"), "encoding": obj.get("encoding"),
                "pieces": [{"offset": off, "text": text} for off, text in obj["pieces"]]}
    row = {k: v for k, v in obj.items() if k not in ("changes", "notes", "record")}
    row["changes"] = [{**c, "note": _dumps(c["note"]) if c.get("note") is not None else None} for c in obj["changes"]]
    row["notes"] = _dumps_any(obj["notes"])
    row["record"] = _dumps(obj["record"])
    return row


def line_of_row(row: dict[str, Any]) -> dict[str, Any]:
    """The `doc` or `parent` line a Parquet row holds (the inverse of `review_row`)."""
    if row["type"] == "parent":
        return {"type": "parent", "id": row["id"], "source": row["source"], "encoding": row["encoding"],
                "pieces": [[p["offset"], p["text"]] for p in row["pieces"] or []]}
    line: dict[str, Any] = {k: row[k] for k in ("type", "id", "source", "encoding", "kind", "dropped")}
    changes = []
    for c in row["changes"] or []:
        c = dict(c)
        if c.get("note") is None:
            c.pop("note", None)
        else:
            c["note"] = json.loads(c["note"])
        changes.append(c)
    line["changes"] = changes
    line["notes"] = json.loads(row["notes"]) if row["notes"] else []
    if row.get("replay_mismatch"):
        line["replay_mismatch"] = True
    line["record"] = json.loads(row["record"]) if row["record"] else {}
    if row.get("parent_id") is not None:
        line.update(parent_id=row["parent_id"], offset=row["offset"], length=row["length"])
    else:
        line["original"] = row["original"]
    return line


def _dumps_any(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def doc_json(doc: Document) -> str:
    """The `doc` line of a document as the review file holds it (without the line break)."""
    return _dumps(doc_line(doc))


def doc_line(doc: Document) -> dict[str, Any]:
    """The `doc` line of a document (see the module docstring)."""
    record = doc.to_record()
    record["metadata"] = {k: v for k, v in record["metadata"].items() if not k.startswith("_")}
    changes = []
    for c in doc.changes:
        d = c.to_dict()
        del d["removed"]  # the original holds it: original[start:end]
        changes.append(d)
    line: dict[str, Any] = {
        "type": "doc",
        "id": doc.id,
        "source": doc.source,
        "encoding": doc.encoding,
        "kind": doc.kind,
        "dropped": doc.dropped,
        "changes": changes,
        "notes": doc.notes,
    }
    # The record's text is what replaying the log gives; stored only if it does not (a stage bug
    # the report then shows instead of hiding).
    if replay(doc.original, doc.changes) == record["text"]:
        del record["text"]
    else:
        line["replay_mismatch"] = True
    line["record"] = record
    if doc.parent_id is not None:
        line["parent_id"] = doc.parent_id
        line["offset"] = doc.offset
        line["length"] = len(doc.original)
    else:
        line["original"] = doc.original
    return line


def merge_pieces(pieces: list[list[Any]]) -> list[list[Any]]:
    """Sort (offset, text) pieces and merge those that touch or overlap."""
    # Each merged piece gathers its parts in a list joined once at the end: growing one string
    # by concatenation copies it every time, quadratic in a roundup of thousands of records.
    runs: list[tuple[int, list[str]]] = []
    end = 0
    for off, text in sorted(pieces, key=lambda p: (p[0], -len(p[1]))):
        if runs and off <= end:
            if off + len(text) > end:
                runs[-1][1].append(text[end - off :])
                end = off + len(text)
            continue
        runs.append((off, [text]))
        end = off + len(text)
    return [[off, "".join(parts)] for off, parts in runs]


@dataclass
class Review:
    """A loaded review file.

    Each of `docs` is a dict shaped like `Document.review()` (id, source, parent_id, offset,
    encoding, original, text, changes with `removed`, notes, record) plus kind, dropped and
    length. `parents` maps a roundup id to {source, encoding, pieces, original}; `original` is the
    whole text when the pieces cover it from offset 0 without gaps, else None.
    """

    path: str
    run: dict[str, Any] = field(default_factory=dict)
    docs: list[dict[str, Any]] = field(default_factory=list)
    parents: dict[str, dict[str, Any]] = field(default_factory=dict)
    summary: dict[str, Any] | None = None

    def rules(self) -> dict[str, dict[str, Any]]:
        """Rule descriptions by id, from the run header (empty when the rule engine listed none)."""
        out: dict[str, dict[str, Any]] = {}
        for r in self.run.get("rules") or []:
            if isinstance(r, dict) and "id" in r:
                out[str(r["id"])] = r
        return out


REVIEW_NAMES = (REVIEW_SUFFIX, ".review.jsonl.zst", ".review.jsonl", ".review.parquet")


def resolve_review_path(run: str) -> str:
    """The review file of RUN: RUN itself if it is one, else the file beside the output RUN (or
    inside the folder of a sharded output), in whichever format it was written."""
    p = Path(run)
    if p.name.endswith(REVIEW_NAMES) or (p.is_file() and _is_review_file(p)):
        return run
    # A sharded output folder (-o out/parts/ --shard-size N) has its side files beside it;
    # earlier versions kept them inside it as clean.review.*.
    stems = []
    if p.is_dir():
        from cleaner.io.formats import folder_base

        stems = [str(folder_base(run)), str(p / "clean")]
        run = stems[0]
    default = default_side_path(run, "review")
    for stem in stems or [default[: -len(REVIEW_SUFFIX)]]:
        for suffix in REVIEW_NAMES:
            if Path(stem + suffix).is_file():
                return stem + suffix
    return default


def _is_review_file(p: Path) -> bool:
    lines = _iter_lines(str(p))
    try:
        return next(lines).get("type") == "run"
    except (CleanerError, StopIteration):
        return False
    finally:
        lines.close()  # the file is closed now, not when the generator is collected


@contextmanager
def _open(path: str) -> Iterator[IO[bytes]]:
    p = Path(path)
    if not p.exists():
        raise CleanerError(
            f"{path}: no such review file",
            "run `cleaner clean INPUT -o OUT.jsonl` first; its review file OUT.review.jsonl.gz sits beside OUT",
        )
    if p.is_dir():
        raise CleanerError(f"{path}: is a directory, not a review file", "give the review file or the -o output of a run")
    with open(p, "rb") as fh:
        head = fh.read(4)
        fh.seek(0)
        if head[:2] == b"\x1f\x8b":
            with gzip.GzipFile(fileobj=fh, mode="rb") as gz:
                yield gz  # type: ignore[misc]
        elif head == ZSTD_MAGIC:
            import zstandard

            with zstandard.ZstdDecompressor().stream_reader(fh) as zr:
                yield io.BufferedReader(zr)  # type: ignore[arg-type]
        else:
            yield fh


ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
PARQUET_MAGIC = b"PAR1"
_BAD_HINT = "the file is not review data from `cleaner clean`, or it was cut short; rerun the clean"


def _iter_lines(path: str) -> Generator[dict[str, Any], None, None]:
    p = Path(path)
    if p.is_file():
        with open(p, "rb") as fh:
            head = fh.read(4)
        if head == PARQUET_MAGIC:
            yield from _iter_parquet(path)
            return
    with _open(path) as fh:
        n = 0
        try:
            for raw in fh:
                n += 1
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError) as e:
                    raise CleanerError(f"{path}: line {n} is not JSON ({e.msg if hasattr(e, 'msg') else e})", _BAD_HINT) from None
                if not isinstance(obj, dict) or "type" not in obj:
                    raise CleanerError(f"{path}: line {n} is not a review line (no `type`)", _BAD_HINT)
                yield obj
        except (EOFError, gzip.BadGzipFile, zlib.error) as e:
            raise CleanerError(f"{path}: damaged gzip data after line {n} ({e})", _BAD_HINT) from None
        except Exception as e:
            if type(e).__name__ != "ZstdError":
                raise
            raise CleanerError(f"{path}: damaged zstd data after line {n} ({e})", _BAD_HINT) from None


def _iter_parquet(path: str) -> Iterator[dict[str, Any]]:
    """The lines of a review file written as Parquet: run, the rows, summary."""
    from cleaner.io.formats import require_pyarrow

    require_pyarrow()
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as e:  # pyarrow raises its own error types for a broken file
        raise CleanerError(f"{path}: not a readable Parquet file ({e})", _BAD_HINT) from None
    meta = pf.metadata.metadata or {}
    run = meta.get(b"cleaner.review.run")
    if run is None or "type" not in pf.schema_arrow.names:
        raise CleanerError(f"{path}: a Parquet file, but not review data (no `cleaner.review.run` metadata)", _BAD_HINT)
    yield json.loads(run)
    for batch in pf.iter_batches(batch_size=256):
        for row in batch.to_pylist():
            yield line_of_row(row)
    summary = meta.get(b"cleaner.review.summary")
    if summary is not None:
        yield json.loads(summary)


def load_review(path: str | os.PathLike[str]) -> Review:
    """Read a review file written by `ReviewWriter`; rebuild each document's original, text and removals.

    Raises `CleanerError` naming the file when it is missing, damaged, of another format version,
    or not review data at all.
    """
    spath = str(path)
    review = Review(path=spath)
    pending: list[dict[str, Any]] = []
    first = True
    for obj in _iter_lines(spath):
        kind = obj.pop("type")
        if first:
            if kind != "run":
                raise CleanerError(
                    f"{spath}: not a review file (first line is `{kind}`, expected `run`)",
                    "give the .review.jsonl.gz file written by `cleaner clean`",
                )
            fmt = obj.get("format")
            if fmt != FORMAT_VERSION:
                raise CleanerError(
                    f"{spath}: review format {fmt!r}, this cleaner reads format {FORMAT_VERSION}",
                    "rerun `cleaner clean` with this version to write a fresh review file",
                )
            review.run = obj
            first = False
            continue
        if kind == "doc":
            review.docs.append(obj)
            if "parent_id" in obj:
                pending.append(obj)
        elif kind == "parent":
            known = review.parents.get(obj["id"])
            if known is None:
                review.parents[obj["id"]] = {
                    "id": obj["id"],
                    "source": obj.get("source"),
                    "encoding": obj.get("encoding"),
                    "pieces": obj.get("pieces", []),
                }
            else:
                known["pieces"] = merge_pieces(known["pieces"] + obj.get("pieces", []))
        elif kind == "summary":
            review.summary = obj
        # Unknown line types come from a newer writer of the same format: skipped, not an error.
    if first:
        raise CleanerError(f"{spath}: empty review file", "rerun `cleaner clean`; the run may have been interrupted")
    for parent in review.parents.values():
        pieces = parent["pieces"]
        parent["original"] = pieces[0][1] if len(pieces) == 1 and pieces[0][0] == 0 else None
    for d in review.docs:
        _complete_doc(spath, review, d)
    return review


def _complete_doc(path: str, review: Review, d: dict[str, Any]) -> None:
    pid = d.get("parent_id")
    d.setdefault("parent_id", None)
    if pid is not None:
        parent = review.parents.get(pid)
        off, length = int(d.get("offset", 0)), int(d.get("length", 0))
        original = None
        if parent is not None:
            for p_off, text in parent["pieces"]:
                if p_off <= off and off + length <= p_off + len(text):
                    original = text[off - p_off : off - p_off + length]
                    break
        if original is None:
            raise CleanerError(
                f"{path}: record {d['id']} refers to roundup {pid}, whose text is missing",
                "the review file was cut short; rerun `cleaner clean`",
            )
        d["original"] = original
    else:
        d.setdefault("offset", 0)
    original = d["original"]
    d["length"] = len(original)
    changes = []
    for c in d.get("changes", []):
        c = dict(c)
        c.setdefault("removed", original[c["start"] : c["end"]])
        changes.append(c)
    d["changes"] = changes
    record = d.get("record") or {}
    if "text" not in record:
        record["text"] = replay(original, [Change.from_dict(c) for c in changes])
    d["record"] = record
    d["text"] = record["text"]
    d.setdefault("notes", [])
    d.setdefault("dropped", None)
    d.setdefault("kind", None)
