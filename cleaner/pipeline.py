"""The chain: read → normalize → metadata → boilerplate → repair → repeats → segment → corpus passes → write.

Every stage speaks one contract (cleaner/stage.py, `Stage.run(doc) -> list[Document]`): it
edits the document through `Document.apply`, which logs each change with the stage and rule id,
and returns the documents that go on (none to drop, several to split). The stages are those of
`cleaner.chain.CHAIN` that the config enables. Corpus passes (`CorpusStage`) need to see every
document before they decide, so they run over a spool on disk after the per-document stages:
memory stays flat.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import pickle
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from .config import Config
from .io.read import RawItem, Skipped
from .model import Document
from .stage import CorpusStage, Stage


@dataclass
class Summary:
    """What a run did; the CLI prints it and the report shows it."""

    inputs_read: int = 0
    documents: int = 0
    skipped: list[dict[str, Any]] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    records: int = 0
    duplicates: int = 0  # every dropped document (near-duplicates, documents emptied by cleaning)
    dropped_by: Counter[str] = field(default_factory=Counter)
    bytes_in: int = 0
    chars_in: int = 0
    chars_out: int = 0
    changes: Counter[tuple[str, str]] = field(default_factory=Counter)
    chars_removed: Counter[tuple[str, str]] = field(default_factory=Counter)
    split: int = 0
    notes: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def count_doc(self, doc: Document) -> None:
        for c in doc.changes:
            self.changes[(c.stage, c.rule)] += 1
            self.chars_removed[(c.stage, c.rule)] += max(0, (c.end - c.start) - len(c.replacement))

    def to_dict(self) -> dict[str, Any]:
        return {
            "inputs_read": self.inputs_read,
            "documents": self.documents,
            "skipped": self.skipped,
            "empty": self.empty,
            "records": self.records,
            "duplicates": self.duplicates,
            "dropped_by": dict(sorted(self.dropped_by.items())),
            "chars_in": self.chars_in,
            "chars_out": self.chars_out,
            "split": self.split,
            "changes": [
                {"stage": s, "rule": r, "count": n, "chars_removed": self.chars_removed[(s, r)]}
                for (s, r), n in sorted(self.changes.items())
            ],
            "notes": self.notes,
            **self.extra,
        }


def build_stages(config: Config) -> list[Stage]:
    """The per-document stages a config enables, in chain order."""
    from .chain import document_stages

    return [cls(config) for cls in document_stages() if cls.enabled(config)]


def build_corpus_stages(config: Config) -> list[CorpusStage]:
    """The corpus passes a config enables, in chain order."""
    from .chain import corpus_stages

    return [cls(config) for cls in corpus_stages() if cls.enabled(config)]


def make_document(item: RawItem, disabled: Iterable[str] = ()) -> Document:
    doc = Document(
        id=item.id,
        source=item.source,
        original=item.text or "",
        encoding=item.encoding,
        metadata=dict(item.metadata),
        disabled=frozenset(disabled),
    )
    if item.lossy:
        doc.metadata["lossy_decode"] = True
        doc.note("read", "decode_replacement", "bytes that decode in no encoding were replaced by U+FFFD")
    if item.rel_path is not None:
        doc.metadata["_rel_path"] = item.rel_path
    if item.file is not None:
        # The input file (not the JSONL line): its folder is the record's site when nothing else says.
        doc.metadata["_file"] = item.file
    return doc


def run_stage(stage: Stage | CorpusStage, doc: Document) -> list[Document]:
    """Run one stage on one document. A document a stage returns nothing for is not lost:
    it comes back marked as dropped by that stage, for the side file and the review."""
    if doc.dropped is not None:
        return [doc]
    out = stage.run(doc)
    if not out:
        doc.drop(stage.name, stage.drop_reason(doc))
        return [doc]
    return out


def run_stages(doc: Document, stages: list[Stage]) -> list[Document]:
    docs = [doc]
    for stage in stages:
        nxt: list[Document] = []
        for d in docs:
            nxt.extend(run_stage(stage, d))
        # Records a stage made (a roundup's) keep the run's disabled ids for the stages after it.
        for d in nxt:
            if d.disabled != doc.disabled:
                d.disabled = doc.disabled
        docs = nxt
    return docs


# -- parallel execution ----------------------------------------------------------

_worker_stages: list[Stage] | None = None
_worker_disabled: list[str] = []


def _init_worker(config: Config) -> None:
    global _worker_stages, _worker_disabled
    _worker_stages = build_stages(config)
    _worker_disabled = list(config.disable)


def _work(item: RawItem) -> list[Document]:
    assert _worker_stages is not None
    return run_stages(make_document(item, _worker_disabled), _worker_stages)


class Pipeline:
    """Runs the chain over raw items and yields finished documents in input order."""

    def __init__(
        self,
        config: Config,
        progress: Callable[[str, int], None] | None = None,
        stages: list[Stage] | None = None,
    ) -> None:
        self.config = config
        # Stages built once by the caller (cleaner.Cleaner) are reused across runs.
        self.stages = stages
        self.summary = Summary()
        self.progress = progress or (lambda event, n: None)
        self._corpus: list[CorpusStage] = []

    def process_documents(self, items: Iterable[RawItem | Skipped]) -> Iterator[Document]:
        """Per-document stages over every item, in input order, with --jobs workers."""
        cfg = self.config
        raw = self._raw(items)
        if cfg.jobs <= 1:
            stages = self.stages if self.stages is not None else build_stages(cfg)
            for item in raw:
                yield from run_stages(make_document(item, cfg.disable), stages)
            return
        ctx = mp.get_context("spawn" if os.name == "nt" else "forkserver")
        with ctx.Pool(cfg.jobs, initializer=_init_worker, initargs=(cfg,)) as pool:
            # imap keeps input order, so output is identical whatever --jobs is. Chunks of 16 items
            # amortise the round trip per chunk (measured on bench/pipeline.py against 4).
            for docs in pool.imap(_work, raw, chunksize=16):
                yield from docs

    def _raw(self, items: Iterable[RawItem | Skipped]) -> Iterator[RawItem]:
        last_source = None
        for item in items:
            if isinstance(item, Skipped):
                if item.empty:
                    self.summary.empty.append(item.source)
                else:
                    self.summary.skipped.append({"source": item.source, "reason": item.reason, "hint": item.hint})
                self.progress("skipped", 1)
                continue
            src_file = item.file or item.source
            if src_file != last_source:
                self.summary.inputs_read += 1
                last_source = src_file
                self.progress("input", 1)
            self.summary.documents += 1
            text = item.text or ""
            self.summary.chars_in += len(text)
            self.progress("document", len(text.encode("utf-8", errors="replace")))
            yield item

    def run(self, items: Iterable[RawItem | Skipped]) -> Iterator[Document]:
        """The whole chain. Dropped documents come out too, with `dropped` set, for the side file.

        The corpus passes stay open when the documents are out: `commit()` then writes what they
        learnt to the persistent index (call it only once every output is in place) and `close()`
        lets go of them. A run that stops before `commit()` leaves the index as it was.
        """
        corpus = build_corpus_stages(self.config)
        self._corpus = corpus
        try:
            yield from self._run_corpus(corpus, self.process_documents(items))
        except BaseException:
            # A stage that failed, or a consumer that stopped early, must not leave temporary
            # files and index connections open, and commits nothing.
            self.close()
            raise

    def commit(self) -> None:
        """Persist the corpus passes' index data (after every output of the run is in place), then close."""
        try:
            for stage in self._corpus:
                stage.commit()
        finally:
            self.close()

    def close(self) -> None:
        corpus, self._corpus = self._corpus, []
        for stage in corpus:
            stage.close()

    def _run_corpus(self, corpus: list[CorpusStage], docs: Iterable[Document]) -> Iterator[Document]:
        # Each pass spools every document once, while it observes them; its edited documents go
        # straight on to the next pass's observation (or out), never through a second spool.
        for stage in corpus:
            spool = _Spool()
            try:
                for d in docs:
                    if d.dropped is None:
                        stage.observe(d)
                    spool.write(d)
                stage.prepare()
            except BaseException:
                spool.close()
                raise
            docs = self._apply_spooled(stage, spool)
        yield from self._finish(docs)

    def _apply_spooled(self, stage: CorpusStage, spool: _Spool) -> Iterator[Document]:
        for d in spool.read_and_close():
            if d.dropped is not None:
                yield d
                continue
            yield from run_stage(stage, d)
        self.summary.extra.update(stage.summary())

    def _finish(self, docs: Iterable[Document]) -> Iterator[Document]:
        for d in docs:
            self.summary.count_doc(d)
            for n in d.notes:
                self.summary.notes.append({"id": d.id, **n})
            if d.dropped is not None:
                self.summary.duplicates += 1
                self.summary.dropped_by[d.dropped] += 1
            else:
                self.summary.records += 1
                self.summary.chars_out += len(d.text)
            if d.parent_id is not None and d.id.endswith("#1"):
                self.summary.split += 1
            yield d


class _Spool:
    """Documents pickled to a temporary file, read back in the same order."""

    def __init__(self) -> None:
        self._f: IO[bytes] = tempfile.TemporaryFile(prefix="cleaner-spool-")

    def write(self, doc: Document) -> None:
        # One self-contained pickle per document: a shared memo across documents is not safe to read back.
        pickle.dump(doc, self._f, protocol=pickle.HIGHEST_PROTOCOL)

    def read(self) -> Iterator[Document]:
        self._f.flush()
        self._f.seek(0)
        while True:
            try:
                yield pickle.load(self._f)
            except EOFError:
                return

    def read_and_close(self) -> Iterator[Document]:
        try:
            yield from self.read()
        finally:
            self.close()

    def close(self) -> None:
        self._f.close()
