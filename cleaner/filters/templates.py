"""The `templates` corpus pass: paragraphs repeated across documents.

Every paragraph (a line) whose comparison key (`repeats.paragraph_key`) has at
least `Config.min_repeat_chars` characters is fingerprinted (xxhash64 of the key)
and counted once per *article*: records split from one roundup count as one
article, so a paragraph shared by sibling records is neither template nor shared.

- A paragraph in at least `Config.template_min_docs` articles is site template
  text (a footer, a slogan, a subscription plea) and is removed from every one of
  them as `corpus_template`; `summary_extra()` lists these paragraphs with their
  counts so a user can turn a frequent one into a rule.
- A long paragraph (`Config.shared_min_chars`) in two or more articles, but fewer
  than the template threshold, is a shared quotation. `Config.shared_paragraphs`:
  `keep` does nothing, `mark` (default) keeps it and lists the other record ids in
  `metadata["shared_paragraphs"]`, `drop` removes it (`corpus_shared`) from every
  article but the first in input order.

With `Config.index` an SQLite path, counts persist across runs in that file's
`paragraph_counts` table; `paragraph_families` remembers which articles were
counted, so running a batch again does not count it twice. The tables are written
in one transaction once every document of the batch has been run.

Output never depends on hash-set order or on which worker finished first: counts
are exact, documents are numbered in input order, and every list is sorted.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterator
from typing import Any

import numpy as np
import xxhash

from ..config import Config
from ..errors import ConfigError, IndexError_
from ..model import Document
from .repeats import line_removal_edits, original_offsets, split_paragraphs

STAGE = "templates"

# SQLite limits the number of bound parameters; look fingerprints up in chunks this size.
_CHUNK = 500
# Rows written to the index are built this many at a time.
_ROWS_CHUNK = 65536

_SCHEMA = """
CREATE TABLE IF NOT EXISTS paragraph_counts (
    fingerprint INTEGER PRIMARY KEY,  -- xxhash64 of the comparison key, as a signed 64-bit integer
    docs INTEGER NOT NULL,            -- distinct articles seen with this paragraph, all runs
    sample TEXT,                      -- the paragraph as first seen, once it is in two articles
    first_id TEXT                     -- the record id it was first seen in
);
CREATE TABLE IF NOT EXISTS paragraph_families (
    family TEXT PRIMARY KEY           -- an article already counted (record id, or parent id of a roundup)
);
"""


def fingerprint(key: str) -> int:
    """xxhash64 of a comparison key, folded into SQLite's signed 64-bit integer range."""
    h = xxhash.xxh64_intdigest(key.encode("utf-8"))
    return h - (1 << 64) if h >= 1 << 63 else h


class CorpusTemplates:
    """Counts paragraphs across the batch (and the index), then removes or marks the frequent ones."""

    name = STAGE

    def __init__(self, config: Config) -> None:
        if config.shared_paragraphs not in ("keep", "mark", "drop"):
            raise ConfigError(
                f"shared_paragraphs: unknown value {config.shared_paragraphs!r}",
                hint="use keep, mark or drop",
            )
        if config.template_min_docs < 2:
            raise ConfigError(
                f"template_min_docs must be at least 2, not {config.template_min_docs}",
                hint="set --template-min-docs to 2 or more (default 3)",
            )
        if config.min_repeat_chars < 1:
            raise ConfigError(
                f"min_repeat_chars must be at least 1, not {config.min_repeat_chars}",
                hint="set --min-repeat-chars to a positive number of characters (default 8)",
            )
        self.min_chars = config.min_repeat_chars
        self.min_docs = config.template_min_docs
        self.shared_mode = config.shared_paragraphs
        self.shared_min = max(config.shared_min_chars, config.min_repeat_chars)
        index = config.index
        # A redis:// index belongs to the near-duplicate stage alone; paragraph counts need SQLite.
        self.index_path = index if index and not index.startswith("redis://") else None
        # Observed in input order: one entry per (document, distinct paragraph).
        self._fp = array("q")
        self._doc = array("I")
        self._ids: list[str] = []
        self._family_of: list[int] = []
        self._families: dict[str, int] = {}
        self._family_names: list[str] = []
        self._long = array("B")  # 1 where the paragraph is long enough to be a shared quotation
        # Decided in prepare().
        self._count: dict[int, int] = {}
        self._holders: dict[int, list[int]] = {}
        self._earlier: dict[int, tuple[int, str | None]] = {}
        self._known_families: set[int] = set()
        self._by_id: dict[str, list[int]] = {}
        self._new_fps = np.zeros(0, dtype=np.int64)
        self._new_counts = np.zeros(0, dtype=np.int64)
        self._runs = 0
        self._prepared = False
        self._samples: dict[int, str] = {}
        self._removed: dict[int, int] = {}
        self.templates: list[dict[str, Any]] = []

    # -- pass 1 -------------------------------------------------------------------------
    def observe(self, doc: Document) -> None:
        """Count this document's distinct paragraphs under its article (family)."""
        ordinal = len(self._ids)
        self._ids.append(doc.id)
        family = doc.parent_id or doc.id
        fam = self._families.get(family)
        if fam is None:
            fam = self._families[family] = len(self._family_names)
            self._family_names.append(family)
        self._family_of.append(fam)
        seen: set[int] = set()
        for p in split_paragraphs(doc.text)[2]:
            if len(p.key) < self.min_chars:
                continue
            fp = fingerprint(p.key)
            if fp in seen:
                continue
            seen.add(fp)
            self._fp.append(fp)
            self._doc.append(ordinal)
            self._long.append(len(p.key) >= self.shared_min)

    def prepare(self) -> None:
        """Exact counts per fingerprint: distinct articles in the batch plus earlier runs."""
        self._prepared = True
        for k, doc_id in enumerate(self._ids):
            self._by_id.setdefault(doc_id, []).append(k)
        if not self._fp:
            return
        fps = np.frombuffer(self._fp, dtype=np.int64)
        docs = np.frombuffer(self._doc, dtype=np.uint32)
        fams = np.asarray(self._family_of, dtype=np.uint32)[docs]
        if self.index_path is not None:
            self._load_index(fps)
        # Distinct (fingerprint, article) pairs; articles counted in an earlier run are already
        # in the index's counts.
        order = np.lexsort((docs, fams, fps))
        fps_s, fams_s, docs_s = fps[order], fams[order], docs[order]
        first_pair = np.ones(len(fps_s), dtype=bool)
        first_pair[1:] = (fps_s[1:] != fps_s[:-1]) | (fams_s[1:] != fams_s[:-1])
        if self._known_families:
            known = np.isin(fams_s, np.fromiter(self._known_families, dtype=np.uint32))
            new_pair = first_pair & ~known
        else:
            new_pair = first_pair
        self._new_fps, self._new_counts = np.unique(fps_s[new_pair], return_counts=True)
        uniq, counts = np.unique(fps_s[first_pair], return_counts=True)
        totals = counts
        if self.index_path is not None:
            # Earlier runs' counts already hold this batch's known articles; the new ones add to
            # them. The batch alone is a lower bound (a known article may have changed since).
            new_counts = np.zeros(len(uniq), dtype=np.int64)
            if len(self._new_fps):
                # Every new fingerprint is among `uniq`, both sorted.
                new_counts[np.searchsorted(uniq, self._new_fps)] = self._new_counts
            earlier = np.fromiter(
                (self._earlier.get(int(f), (0, None))[0] for f in uniq), dtype=np.int64, count=len(uniq)
            )
            totals = np.maximum(counts, earlier + new_counts)
        for fp, n in zip(uniq[totals >= 2].tolist(), totals[totals >= 2].tolist(), strict=True):
            self._count[fp] = n
        # Which documents hold each shared (not template) long paragraph, in input order.
        shared = np.fromiter(sorted(fp for fp, n in self._count.items() if n < self.min_docs), dtype=np.int64)
        if len(shared) and self.shared_mode != "keep":
            is_long = np.frombuffer(self._long, dtype=np.uint8).astype(bool)
            shared = shared[np.isin(shared, fps[is_long])]
            sel = np.isin(fps_s, shared)
            for fp, d in sorted(zip(fps_s[sel].tolist(), docs_s[sel].tolist(), strict=True)):
                self._holders.setdefault(fp, []).append(d)

    # -- pass 2 -------------------------------------------------------------------------
    def _ordinal(self, doc: Document) -> int:
        k = self._runs
        self._runs += 1
        if k < len(self._ids) and self._ids[k] == doc.id:
            return k
        # Not fed in observe order: find the document by id.
        return self._by_id[doc.id][0]

    def run(self, doc: Document) -> list[Document]:
        ordinal = self._ordinal(doc)
        fam = self._family_of[ordinal]
        _, _, paras = split_paragraphs(doc.text)
        removals: dict[int, tuple[str, dict[str, Any] | None]] = {}
        marks: list[tuple[int, dict[str, Any]]] = []
        for p in paras:
            if len(p.key) < self.min_chars:
                continue
            fp = fingerprint(p.key)
            n = self._count.get(fp)
            if n is None:
                continue
            self._samples.setdefault(fp, p.text)
            if n >= self.min_docs:
                removals[p.line] = (
                    "corpus_template",
                    {"docs": n, "fingerprint": f"{fp & ((1 << 64) - 1):016x}"},
                )
                self._removed[fp] = n
                continue
            holders = self._holders.get(fp)
            if holders is None:
                continue
            others = [self._ids[d] for d in holders if self._family_of[d] != fam]
            # A record of an earlier run holding it comes first (a record of this batch counted
            # before, on a re-run, is already among the holders).
            earlier = self._earlier.get(fp)
            earlier_id = earlier[1] if earlier is not None else None
            if earlier_id is not None and earlier_id in self._by_id:
                earlier_id = None
            if earlier_id is not None:
                others.insert(0, earlier_id)
            if not others:
                continue  # only sibling records of one roundup hold it
            first_holder = holders[0]
            is_first = earlier_id is None and self._family_of[first_holder] == fam
            if self.shared_mode == "drop":
                if not is_first:
                    kept_in = earlier_id if earlier_id is not None else self._ids[first_holder]
                    removals[p.line] = ("corpus_shared", {"kept_in": kept_in, "docs": n})
            else:
                marks.append((p.start, {"other": others, "chars": len(p.text)}))
        if marks:
            offsets = original_offsets(doc, [start for start, _ in marks])
            shared = doc.metadata.setdefault("shared_paragraphs", [])
            for (_, mark), offset in zip(marks, offsets, strict=True):
                shared.append({"other": mark["other"], "offset": offset, "chars": mark["chars"]})
        if removals:
            doc.apply(STAGE, line_removal_edits(doc.text, removals))
        return [doc] if doc.text.strip() else []

    def close(self) -> None:
        """Persist this batch's counts, once every observed document has been run."""
        self.templates = self._template_list()
        if self.index_path is None or not self._prepared or self._runs < len(self._ids) or not self._fp:
            return
        self._save_index()

    def summary_extra(self) -> dict[str, Any]:
        """Template paragraphs removed in this run, most frequent first, for the run summary."""
        return {"templates": self._template_list()}

    def _template_list(self) -> list[dict[str, Any]]:
        return sorted(
            ({"text": self._samples.get(fp, ""), "docs": n} for fp, n in self._removed.items()),
            key=lambda t: (-t["docs"], t["text"]),
        )

    # -- the persistent index ------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        assert self.index_path is not None
        try:
            con = sqlite3.connect(self.index_path, timeout=30.0)
            # WAL lets the near-duplicate stage read the same file while counts are written.
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA busy_timeout=30000")
            con.executescript(_SCHEMA)
        except sqlite3.Error as e:
            raise IndexError_(
                f"{self.index_path}: cannot open the paragraph counts: {e}",
                hint="check that the --index path is a writable SQLite file",
            ) from e
        return con

    def _load_index(self, fps: np.ndarray) -> None:
        uniq = np.unique(fps).tolist()
        con = self._connect()
        try:
            for i in range(0, len(uniq), _CHUNK):
                chunk = uniq[i : i + _CHUNK]
                rows = con.execute(
                    f"SELECT fingerprint, docs, first_id FROM paragraph_counts WHERE fingerprint IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
                for fp, n, first_id in rows:
                    self._earlier[fp] = (n, first_id)
            names = self._family_names
            for i in range(0, len(names), _CHUNK):
                chunk = names[i : i + _CHUNK]
                rows = con.execute(
                    f"SELECT family FROM paragraph_families WHERE family IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
                self._known_families.update(self._families[name] for (name,) in rows)
        except sqlite3.Error as e:
            raise IndexError_(
                f"{self.index_path}: cannot read the paragraph counts: {e}",
                hint="check that the --index file is a cleaner index and not in use by another program",
            ) from e
        finally:
            con.close()

    def _save_index(self) -> None:
        fps = np.frombuffer(self._fp, dtype=np.int64)
        docs = np.frombuffer(self._doc, dtype=np.uint32)
        # The first record id each new fingerprint was seen in (input order).
        order = np.lexsort((docs, fps))
        fps_s, docs_s = fps[order], docs[order]
        first = np.ones(len(fps_s), dtype=bool)
        first[1:] = fps_s[1:] != fps_s[:-1]
        first_fps, first_docs = fps_s[first], docs_s[first]
        # Both sorted: every new fingerprint is among the first occurrences.
        new_first = first_docs[np.searchsorted(first_fps, self._new_fps)]

        def rows() -> Iterator[tuple[int, int, str | None, str]]:
            # In chunks, so the rows never all exist as Python objects at once.
            for i in range(0, len(self._new_fps), _ROWS_CHUNK):
                chunk = zip(
                    self._new_fps[i : i + _ROWS_CHUNK].tolist(),
                    self._new_counts[i : i + _ROWS_CHUNK].tolist(),
                    new_first[i : i + _ROWS_CHUNK].tolist(),
                    strict=True,
                )
                for fp, n, d in chunk:
                    yield fp, n, self._samples.get(fp) if fp in self._count else None, self._ids[d]

        families = [(name,) for k, name in enumerate(self._family_names) if k not in self._known_families]
        con = self._connect()
        try:
            with con:
                con.executemany(
                    "INSERT INTO paragraph_counts (fingerprint, docs, sample, first_id) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(fingerprint) DO UPDATE SET docs = docs + excluded.docs, "
                    "sample = COALESCE(sample, excluded.sample), first_id = COALESCE(first_id, excluded.first_id)",
                    rows(),
                )
                con.executemany("INSERT OR IGNORE INTO paragraph_families (family) VALUES (?)", families)
        except sqlite3.Error as e:
            raise IndexError_(
                f"{self.index_path}: cannot write the paragraph counts: {e}",
                hint="check that the --index file is writable and not locked by another program",
            ) from e
        finally:
            con.close()
