"""Writing outputs atomically: a temporary file beside the target, renamed into place on success.

An interrupted run (Ctrl-C, SIGTERM, a full disk) leaves the previous file, or none, never a
partial one; `.part` files that a killed run (SIGKILL) left behind are removed by the next run
that writes the same output. A `--format txt` tree is written into a hidden staging folder
inside --out-dir and moved into place only when the run succeeds.
"""

from __future__ import annotations

import contextlib
import glob
import io
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..errors import OutputError
from ..model import Document

# Temporary names carry the writing process's id, so a later run can tell a file still being
# written by a live run from one left behind by a run that was killed.
PART_SUFFIX = ".part"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stale(name: str, prefix: str) -> bool:
    """Whether the temporary `name` (after `prefix`) was left by a process that no longer runs."""
    pid = name[len(prefix) :].split(".", 1)[0].split("-", 1)[0]
    return not (pid.isdigit() and _alive(int(pid)))


def clear_stale_parts(path: Path) -> None:
    """Remove the `.NAME.PID.*.part` files of `path` that a killed run left behind."""
    prefix = f".{path.name}."
    try:
        leftovers = [p for p in path.parent.glob(f"{glob.escape(prefix)}*{PART_SUFFIX}") if _stale(p.name, prefix)]
    except OSError:
        return
    for p in leftovers:
        with contextlib.suppress(OSError):
            p.unlink()


class _NamedWriter(io.BufferedWriter):
    """A buffered file whose write errors (a full disk above all) name the output they were for.

    The error stays an OSError (callers that close a stream on the way out expect one), with
    `filename` set to the output rather than its temporary name; the CLI says it with a hint.
    """

    def __init__(self, raw: io.FileIO, target: Path) -> None:
        super().__init__(raw)
        self.target = target

    def write(self, b: Any) -> int:
        try:
            return super().write(b)
        except OSError as e:
            e.filename = str(self.target)
            raise

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as e:
            e.filename = str(self.target)
            raise


class AtomicFile:
    """A text file written to a temporary name and renamed over `path` by `commit()`."""

    def __init__(self, path: str | os.PathLike[str], mode: str = "w") -> None:
        self.path = Path(path)
        self.done = False
        binary = "b" in mode
        # A device or pipe (/dev/null, a FIFO) is written in place: renaming over it would replace it.
        if self.path.exists() and not self.path.is_file():
            self.tmp: Path | None = None
            self.fh: IO[Any] = open(self.path, mode, encoding=None if binary else "utf-8", newline=None if binary else "\n")
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            clear_stale_parts(self.path)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.{os.getpid()}.", suffix=PART_SUFFIX, dir=self.path.parent)
        except OSError as e:
            raise OutputError.from_os(self.path, e) from None
        self.tmp = Path(tmp)
        # mkstemp makes the file private (0600); an output file gets the usual mode under the umask.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(fd, 0o666 & ~umask)
        buffered = _NamedWriter(io.FileIO(fd, "w"), self.path)
        self.fh = buffered if binary else io.TextIOWrapper(buffered, encoding="utf-8", newline="\n")

    def write(self, s: Any) -> None:
        self.fh.write(s)

    def sync(self) -> None:
        """Put every byte on disk without renaming: the part of a commit that can meet a full disk."""
        if self.done:
            return
        self.fh.flush()
        if self.tmp is not None:
            try:
                os.fsync(self.fh.fileno())
            except OSError as e:
                raise OutputError.from_os(self.path, e) from None

    def commit(self) -> None:
        if self.done:
            return
        self.fh.flush()
        if self.tmp is None:
            self.fh.close()
            self.done = True
            return
        try:
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.replace(self.tmp, self.path)
        except OSError as e:
            raise OutputError.from_os(self.path, e) from None
        self.done = True

    def abort(self) -> None:
        if self.done:
            return
        self.done = True
        # Closing flushes; on a full disk that fails again, and the file goes anyway.
        with contextlib.suppress(Exception):
            self.fh.close()
        if self.tmp is not None:
            self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def record_json(rec: dict[str, Any]) -> str:
    """One JSONL line: UTF-8 unescaped, fields in a fixed order, no internal keys."""
    meta = rec.get("metadata")
    if isinstance(meta, dict) and any(k.startswith("_") for k in meta):
        rec = {**rec, "metadata": {k: v for k, v in meta.items() if not k.startswith("_")}}
    return json.dumps(rec, ensure_ascii=False, separators=(", ", ": "))


def dup_record(doc: Document) -> dict[str, Any]:
    """The dups-file line of a dropped document: what it duplicates, how similar, and its text."""
    rec = doc.to_record()
    meta = {k: v for k, v in rec["metadata"].items() if not k.startswith("_")}
    rec["metadata"] = meta
    out: dict[str, Any] = {"id": rec["id"], "source": rec["source"], "dropped_by": doc.dropped}
    # A near-duplicate names the record it duplicates; a document emptied by cleaning says why.
    for key in ("dup_of", "dup_source", "similarity", "drop_reason"):
        if meta.get(key) is not None:
            out[key] = meta[key]
    out.update({k: v for k, v in rec.items() if k not in out})
    return out


def dup_json(doc: Document) -> str:
    """The dups-file line of a dropped document, as `DupSink` writes it (without the line break)."""
    return json.dumps(dup_record(doc), ensure_ascii=False, separators=(", ", ": "))


# A split record's slice of its roundup's original, for the review file's `parent` lines:
# (parent id, source, encoding, offset, text).
Piece = tuple[str, str, str | None, int, str]


@dataclass(slots=True)
class EncodedDocs:
    """Documents leaving the chain as the exact bytes of their output lines, in output order:
    what a --jobs worker sends instead of the documents (`LineEncoder.encode`).

    `dropped[i]` says whether document i is dropped (its line goes to the dups file) or a record;
    `lines[i]` is its record or dups line (None: a dropped document without a dups file);
    `review[i]` its review `doc` line and `pieces[i]` its slice of a split roundup (when the run
    writes a review file); `summary` counts them as the run summary counts finished documents."""

    dropped: bytes
    lines: list[bytes | None]
    review: list[bytes] | None
    pieces: list[Piece | None] | None
    summary: Any


@dataclass(frozen=True, slots=True)
class LineEncoder:
    """How the run's sinks turn a document into bytes, sent to the --jobs workers so that they
    write the lines and this process only appends them (`EncodedDocs`).

    Built by `line_encoder` only when every sink can take encoded lines (`encoded_form()`);
    the bytes are those the sinks' own `write(doc)` would write, so the output is the same."""

    added: str | None
    dups: bool
    review: bool

    def encode(self, docs: list[Document], summary: Any) -> EncodedDocs:
        lines: list[bytes | None] = []
        review: list[bytes] | None = [] if self.review else None
        pieces: list[Piece | None] | None = [] if self.review else None
        if self.review:
            from ..report.review import doc_json
        for doc in docs:
            summary.count_finished(doc)
            if doc.dropped is not None:
                lines.append((dup_json(doc) + "\n").encode("utf-8") if self.dups else None)
            else:
                lines.append((record_json(_record(doc, self.added)) + "\n").encode("utf-8"))
            if review is not None and pieces is not None:
                review.append((doc_json(doc) + "\n").encode("utf-8"))
                pieces.append(
                    (doc.parent_id, doc.source, doc.encoding, doc.offset, doc.original) if doc.parent_id is not None else None
                )
        return EncodedDocs(bytes(d.dropped is not None for d in docs), lines, review, pieces, summary)


def line_encoder(records: Any, dups: Any, review: Any) -> LineEncoder | None:
    """The encoder of these sinks, or None when one of them takes documents only (a Parquet or
    text-tree output, stdout, a caller's own sink): each offers `encoded_form()`, what its lines need."""
    forms: list[Any] = []
    for sink in (records, dups, review):
        if sink is None:
            forms.append(None)
            continue
        form = getattr(sink, "encoded_form", None)
        got = form() if form is not None else None
        if got is None:
            return None
        forms.append(got)
    rec_form, dup_form, _ = forms
    if rec_form is None or not isinstance(rec_form, tuple):
        return None
    return LineEncoder(added=rec_form[1], dups=dup_form == "dups", review=review is not None)


def _record(doc: Document, added: str | None) -> dict[str, Any]:
    rec = doc.to_record()
    if added is not None:
        rec["added"], rec["created"] = added, rec["published"]
    return rec


def default_side_path(out: str, kind: str, fmt: str = "jsonl") -> str:
    """`out/clean.jsonl` → `out/clean.dups.jsonl` (kind "dups"; `fmt` `parquet` gives
    `out/clean.dups.parquet`), `out/clean.review.jsonl.gz` (kind "review"), `out/clean.recipe.yaml`."""
    p = Path(out)
    name = p.name
    # Strip a compression suffix, then a format suffix: out.json.gz and out.jsonl.zst → out.
    for group in ((".gz", ".zst", ".zstd"), (".jsonl", ".ndjson", ".json", ".parquet", ".pq")):
        for suf in group:
            if name.lower().endswith(suf) and len(name) > len(suf):
                name = name[: -len(suf)]
                break
    ext = ".review.jsonl.gz" if kind == "review" else ".recipe.yaml" if kind == "recipe" else f".{kind}.{fmt}"
    return str(p.with_name(name + ext))


STAGE_PREFIX = ".cleaner-"


def clear_stale_stages(out_dir: Path) -> None:
    """Remove the staging folders of --format txt runs into `out_dir` that were killed."""
    for p in out_dir.glob(f"{STAGE_PREFIX}*{PART_SUFFIX}"):
        if p.is_dir() and _stale(p.name, STAGE_PREFIX):
            shutil.rmtree(p, ignore_errors=True)


def _safe_component(part: str) -> str:
    """One path component that names a file inside its folder: no NUL, no `..`, never empty."""
    part = part.replace("\0", "_")
    if part in ("", ".", ".."):
        return "_" * max(1, len(part))
    return part


def safe_relative(rel: str) -> str:
    """A relative path that stays inside the folder it is joined to, whatever `rel` holds
    (`..` components, a leading `/`, backslashes, NUL)."""
    parts = [p for p in rel.replace("\\", "/").split("/") if p not in ("", ".")]
    return "/".join(_safe_component(p) for p in parts) or "_"


class RecordSink:
    """Where records go: a JSONL file (atomic), stdout, or a tree of .txt files."""

    def __init__(self, output: str | None, fmt: str = "jsonl", out_dir: str | None = None, added: str | None = None) -> None:
        self.fmt = fmt
        # With --dolma: the run's UTC time, written as every record's `added` (and `created` = `published`).
        self.added = added
        self.count = 0
        self._file: AtomicFile | None = None
        self._stdout: IO[str] | None = None
        self._txt: list[str] = []
        self.out_dir = Path(out_dir) if out_dir else None
        self._txt_names: set[str] = set()
        self._stage: Path | None = None
        self._made_out_dir = False
        if fmt == "txt":
            assert self.out_dir is not None
            try:
                self._made_out_dir = not self.out_dir.exists()
                self.out_dir.mkdir(parents=True, exist_ok=True)
                clear_stale_stages(self.out_dir)
                self._stage = Path(tempfile.mkdtemp(prefix=f"{STAGE_PREFIX}{os.getpid()}-", suffix=PART_SUFFIX, dir=self.out_dir))
            except OSError as e:
                raise OutputError.from_os(self.out_dir, e) from None
        elif output in (None, "-"):
            self._stdout = sys.stdout
        else:
            # Bytes: records a --jobs worker encoded are appended as they are (`write_encoded`).
            self._file = AtomicFile(output, "wb")

    def write(self, doc: Document) -> None:
        self.count += 1
        if self.fmt == "txt":
            self._write_txt(doc)
            return
        line = record_json(_record(doc, self.added)) + "\n"
        if self._file is not None:
            self._file.write(line.encode("utf-8"))
        else:
            assert self._stdout is not None
            self._stdout.write(line)

    def encoded_form(self) -> tuple[str, str | None] | None:
        """What `LineEncoder` needs to write this sink's lines (None: documents only)."""
        return ("record", self.added) if self._file is not None else None

    def write_encoded(self, line: bytes) -> None:
        """A record line as `write` would write it, encoded by `LineEncoder`."""
        self.count += 1
        assert self._file is not None
        self._file.write(line)

    def _txt_name(self, doc: Document) -> str:
        rel = doc.metadata.get("_rel_path") or ("stdin" if doc.source == "-" else Path(doc.source).name)
        rel = str(rel)
        if rel.startswith("-") or rel == "stdin":
            rel = "stdin"
        base = safe_relative(rel[:-4] if rel.endswith(".txt") else rel)
        for suf in (".gz", ".zst"):
            if base.endswith(suf):
                base = base[: -len(suf)]
        if "#" in doc.id:
            # The part after `#` comes from an id, which can hold anything: it is one name, never a path.
            base += "." + _safe_component(doc.id.rsplit("#", 1)[1].replace("/", "_").replace("\\", "_"))
        name = base + ".txt"
        n = 2
        while name in self._txt_names:
            name = f"{base}.{n}.txt"
            n += 1
        self._txt_names.add(name)
        return name

    def _write_txt(self, doc: Document) -> None:
        assert self.out_dir is not None and self._stage is not None
        name = self._txt_name(doc)
        staged = self._stage / name
        # The last guard: whatever a name holds, the file lands inside the output folder.
        if not staged.resolve().is_relative_to(self._stage.resolve()):
            raise OutputError(str(self.out_dir / name), "would be written outside --out-dir", "report this id")
        try:
            staged.parent.mkdir(parents=True, exist_ok=True)
            with open(staged, "w", encoding="utf-8", newline="\n") as f:
                f.write(doc.text + "\n")
        except OSError as e:
            raise OutputError.from_os(self.out_dir / name, e) from None
        self._txt.append(name)

    def sync(self) -> None:
        if self._file is not None:
            self._file.sync()

    def commit(self) -> None:
        if self._file is not None:
            self._file.commit()
        elif self._stdout is not None:
            self._stdout.flush()
        elif self._stage is not None:
            assert self.out_dir is not None
            for name in self._txt:
                target = self.out_dir / name
                try:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(self._stage / name, target)
                except OSError as e:
                    raise OutputError.from_os(target, e) from None
            shutil.rmtree(self._stage, ignore_errors=True)
            self._stage = None

    def abort(self) -> None:
        if self._file is not None:
            self._file.abort()
        if self._stage is not None:
            shutil.rmtree(self._stage, ignore_errors=True)
            self._stage = None
            # A folder this run created and filled with nothing is no output either.
            if self._made_out_dir and self.out_dir is not None:
                with contextlib.suppress(OSError):
                    self.out_dir.rmdir()


class DupSink:
    """The side file of dropped documents, in the format of its name (`.jsonl`, `.jsonl.gz`,
    `.jsonl.zst`, `.parquet`); created only when something is dropped, unless `always`.
    Without a path the dropped documents are only counted."""

    def __init__(self, path: str | None, always: bool = False) -> None:
        self.path = path
        self.count = 0
        self._out: Any = None
        # Beside a file output the dups file is always (re)written, so no stale one survives a run.
        if always and path is not None:
            self._open()

    def _open(self) -> None:
        from .formats import JsonLines, ParquetRows, dups_parquet_schema, side_format

        assert self.path is not None
        self.fmt = side_format(self.path)
        self._out = ParquetRows(self.path, dups_parquet_schema()) if self.fmt == "parquet" else JsonLines(self.path, self.fmt)

    def write(self, doc: Document) -> None:
        self.count += 1
        if self.path is None:
            return
        if self._out is None:
            self._open()
        if self.fmt == "parquet":
            from .formats import DUP_FIELDS, parquet_row

            self._out.write_row({**{k: None for k in DUP_FIELDS}, **parquet_row(dup_record(doc))})
        else:
            self._out.write_line(dup_json(doc))

    def encoded_form(self) -> str | None:
        """What `LineEncoder` needs to write this sink's lines (None: documents only)."""
        if self.path is None:
            return "count"
        from .formats import side_format

        return None if side_format(self.path) == "parquet" else "dups"

    def write_encoded(self, line: bytes | None) -> None:
        """A dups line as `write` would write it, encoded by `LineEncoder` (None without a dups file)."""
        self.count += 1
        if self.path is None:
            return
        if self._out is None:
            self._open()
        assert line is not None
        self._out.write_raw(line)

    def sync(self) -> None:
        if self._out is not None:
            self._out.sync()

    def commit(self) -> None:
        if self._out is not None:
            self._out.commit()

    def abort(self) -> None:
        if self._out is not None:
            self._out.abort()
