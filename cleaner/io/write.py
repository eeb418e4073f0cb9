"""Writing outputs atomically: a temporary file beside the target, renamed into place on success.

An interrupted run (Ctrl-C, a crash) leaves the previous file, or none, never a partial one.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

from ..model import Document


class AtomicFile:
    """A text file written to a temporary name and renamed over `path` by `commit()`."""

    def __init__(self, path: str | os.PathLike[str], mode: str = "w") -> None:
        self.path = Path(path)
        self.done = False
        enc = None if "b" in mode else "utf-8"
        newline = None if "b" in mode else "\n"
        # A device or pipe (/dev/null, a FIFO) is written in place: renaming over it would replace it.
        if self.path.exists() and not self.path.is_file():
            self.tmp: Path | None = None
            self.fh: IO[Any] = open(self.path, mode, encoding=enc, newline=newline)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
        self.tmp = Path(tmp)
        # mkstemp makes the file private (0600); an output file gets the usual mode under the umask.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(fd, 0o666 & ~umask)
        self.fh = os.fdopen(fd, mode, encoding=enc, newline=newline)

    def write(self, s: Any) -> None:
        self.fh.write(s)

    def commit(self) -> None:
        if self.done:
            return
        self.fh.flush()
        if self.tmp is None:
            self.fh.close()
            self.done = True
            return
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.path)
        self.done = True

    def abort(self) -> None:
        if self.done:
            return
        self.fh.close()
        if self.tmp is not None:
            self.tmp.unlink(missing_ok=True)
        self.done = True

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


def default_side_path(out: str, kind: str) -> str:
    """`out/clean.jsonl` → `out/clean.dups.jsonl` (kind "dups"), `out/clean.review.jsonl.gz` (kind "review")."""
    p = Path(out)
    name = p.name
    for suf in (".jsonl.gz", ".jsonl.zst", ".jsonl", ".ndjson", ".json", ".parquet"):
        if name.endswith(suf):
            name = name[: -len(suf)]
            break
    ext = ".review.jsonl.gz" if kind == "review" else ".recipe.yaml" if kind == "recipe" else f".{kind}.jsonl"
    return str(p.with_name(name + ext))


class RecordSink:
    """Where records go: a JSONL file (atomic), stdout, or a tree of .txt files."""

    def __init__(self, output: str | None, fmt: str = "jsonl", out_dir: str | None = None, added: str | None = None) -> None:
        self.fmt = fmt
        # With --dolma: the run's UTC time, written as every record's `added` (and `created` = `published`).
        self.added = added
        self.count = 0
        self._file: AtomicFile | None = None
        self._stdout: IO[str] | None = None
        self._txt: list[AtomicFile] = []
        self.out_dir = Path(out_dir) if out_dir else None
        self._txt_names: set[str] = set()
        if fmt == "txt":
            assert self.out_dir is not None
            self.out_dir.mkdir(parents=True, exist_ok=True)
        elif output in (None, "-"):
            self._stdout = sys.stdout
        else:
            self._file = AtomicFile(output)

    def write(self, doc: Document) -> None:
        self.count += 1
        if self.fmt == "txt":
            self._write_txt(doc)
            return
        rec = doc.to_record()
        if self.added is not None:
            rec["added"], rec["created"] = self.added, rec["published"]
        line = record_json(rec) + "\n"
        if self._file is not None:
            self._file.write(line)
        else:
            assert self._stdout is not None
            self._stdout.write(line)

    def _txt_name(self, doc: Document) -> str:
        rel = doc.metadata.get("_rel_path") or ("stdin" if doc.source == "-" else Path(doc.source).name)
        rel = str(rel)
        if rel.startswith("-") or rel == "stdin":
            rel = "stdin"
        base = rel[:-4] if rel.endswith(".txt") else rel
        for suf in (".gz", ".zst"):
            if base.endswith(suf):
                base = base[: -len(suf)]
        if "#" in doc.id:
            base += "." + doc.id.rsplit("#", 1)[1]
        name = base + ".txt"
        n = 2
        while name in self._txt_names:
            name = f"{base}.{n}.txt"
            n += 1
        self._txt_names.add(name)
        return name

    def _write_txt(self, doc: Document) -> None:
        assert self.out_dir is not None
        target = self.out_dir / self._txt_name(doc)
        f = AtomicFile(target)
        f.write(doc.text + "\n")
        self._txt.append(f)
        # Commit each finished file at once: a tree of many files must not wait in temp names.
        f.commit()

    def commit(self) -> None:
        if self._file is not None:
            self._file.commit()
        elif self._stdout is not None:
            self._stdout.flush()

    def abort(self) -> None:
        if self._file is not None:
            self._file.abort()


class DupSink:
    """The side file of dropped documents; created only when something is dropped."""

    def __init__(self, path: str | None, always: bool = False) -> None:
        self.path = path
        self.count = 0
        self._file: AtomicFile | None = None
        # Beside a file output the dups file is always (re)written, so no stale one survives a run.
        if always and path is not None:
            self._file = AtomicFile(path)

    def write(self, doc: Document) -> None:
        self.count += 1
        if self.path is None:
            return
        if self._file is None:
            self._file = AtomicFile(self.path)
        self._file.write(json.dumps(dup_record(doc), ensure_ascii=False, separators=(", ", ": ")) + "\n")

    def commit(self) -> None:
        if self._file is not None:
            self._file.commit()

    def abort(self) -> None:
        if self._file is not None:
            self._file.abort()
