"""The review data of a run: what `cleaner report` needs to rebuild the report without the raw inputs.

The file is JSONL (gzip when the name ends in `.gz`), one JSON object per line, each with a `type`:

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

Nothing in the file depends on the clock, and gzip headers carry no time: rerunning the same
inputs gives a byte-identical file.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from cleaner.errors import CleanerError
from cleaner.io.write import AtomicFile, default_side_path
from cleaner.model import Change, Document, replay

FORMAT_VERSION = 1
REVIEW_SUFFIX = ".review.jsonl.gz"


def _dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class ReviewWriter:
    """Writes a review file atomically: a temporary file renamed into place by `close()`.

    `abort()` removes the temporary file and leaves any earlier review file untouched.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._atomic = AtomicFile(self.path, "wb")
        self._gz: gzip.GzipFile | None = None
        self._out: IO[bytes] | gzip.GzipFile = self._atomic.fh
        if self.path.name.endswith(".gz"):
            # mtime=0 and no file name in the header: the same run gives the same bytes.
            self._gz = gzip.GzipFile(filename="", mode="wb", fileobj=self._atomic.fh, mtime=0, compresslevel=1)
            self._out = self._gz
        # Pieces of split roundups whose parent line is not written yet: id -> (source, encoding, pieces).
        self._parents: dict[str, tuple[str, str | None, list[list[Any]]]] = {}
        self._closed = False
        self.docs = 0

    def _line(self, obj: dict[str, Any]) -> None:
        self._out.write((_dumps(obj) + "\n").encode("utf-8"))

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
        if self._gz is not None:
            self._gz.close()
        self._atomic.commit()
        self._closed = True

    commit = close

    def abort(self) -> None:
        """Drop the temporary file; an earlier review file at the path stays as it was."""
        if self._closed:
            return
        if self._gz is not None:
            try:
                self._gz.close()
            except OSError:
                pass
        self._atomic.abort()
        self._closed = True

    def __enter__(self) -> ReviewWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


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


def resolve_review_path(run: str) -> str:
    """The review file of RUN: RUN itself if it is one, else the file beside the output RUN."""
    p = Path(run)
    if p.name.endswith((REVIEW_SUFFIX, ".review.jsonl")) or (p.is_file() and _is_review_file(p)):
        return run
    if p.is_dir():
        # A sharded output folder (-o out/ --shard-size N) keeps its side files inside it.
        return str(p / ("clean" + REVIEW_SUFFIX))
    return default_side_path(run, "review")


def _is_review_file(p: Path) -> bool:
    try:
        for obj in _iter_lines(str(p)):
            return obj.get("type") == "run"
    except CleanerError:
        return False
    return False


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
        head = fh.read(2)
        fh.seek(0)
        if head == b"\x1f\x8b":
            with gzip.GzipFile(fileobj=fh, mode="rb") as gz:
                yield gz  # type: ignore[misc]
        else:
            yield fh


def _iter_lines(path: str) -> Iterator[dict[str, Any]]:
    bad_hint = "the file is not review data from `cleaner clean`, or it was cut short; rerun the clean"
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
                    raise CleanerError(f"{path}: line {n} is not JSON ({e.msg if hasattr(e, 'msg') else e})", bad_hint) from None
                if not isinstance(obj, dict) or "type" not in obj:
                    raise CleanerError(f"{path}: line {n} is not a review line (no `type`)", bad_hint)
                yield obj
        except (EOFError, gzip.BadGzipFile, zlib.error) as e:
            raise CleanerError(f"{path}: damaged gzip data after line {n} ({e})", bad_hint) from None


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
