"""The chain: read → normalize → metadata → boilerplate → repair → repeats → segment → corpus passes → write.

Every stage speaks one contract (cleaner/stage.py, `Stage.run(doc) -> list[Document]`): it
edits the document through `Document.apply`, which logs each change with the stage and rule id,
and returns the documents that go on (none to drop, several to split). The stages are those of
`cleaner.chain.CHAIN` that the config enables. Corpus passes (`CorpusStage`) need to see every
document before they decide, so they run over a spool on disk after the per-document stages:
memory stays flat.
"""

from __future__ import annotations

import itertools
import os
import pickle
import shutil
import struct
import tempfile
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, TypeVar, cast

from .config import Config
from .errors import CleanerError, WorkerLost
from .io.read import FileBytes, InputItems, JsonlBlock, RawItem, ReadOptions, Skipped, expand
from .io.write import EncodedDocs, LineEncoder
from .model import Document
from .stage import CorpusStage, PiecewiseStage, Stage

# Notes a run summary lists in full (the rest are counted; every record keeps its own notes).
NOTES_LISTED = 1000


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
    # The first NOTES_LISTED notes in full; every note is counted per (stage, rule), and each
    # document's notes are in the review data, so the summary stays bounded.
    notes: list[dict[str, Any]] = field(default_factory=list)
    note_counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    timeouts: Counter[str] = field(default_factory=Counter)  # rule id -> documents it timed out on
    stage_errors: Counter[str] = field(default_factory=Counter)  # stage name -> documents it failed on
    extra: dict[str, Any] = field(default_factory=dict)

    def count_doc(self, doc: Document) -> None:
        for c in doc.changes:
            self.changes[(c.stage, c.rule)] += 1
            self.chars_removed[(c.stage, c.rule)] += max(0, (c.end - c.start) - len(c.replacement))
        for n in doc.notes:
            self.note_counts[(str(n.get("stage")), str(n.get("rule")))] += 1
            if "timeout" in n:
                self.timeouts[str(n.get("rule"))] += 1
            if "stage_error" in n:
                self.stage_errors[str(n.get("stage"))] += 1
            if len(self.notes) < NOTES_LISTED:
                self.notes.append({"id": doc.id, **n})

    def count_finished(self, doc: Document) -> None:
        """Count a document that leaves the chain (kept or dropped)."""
        self.count_doc(doc)
        if doc.dropped is not None:
            self.duplicates += 1
            self.dropped_by[doc.dropped] += 1
        else:
            self.records += 1
            self.chars_out += len(doc.text)
        if doc.parent_id is not None and doc.id.endswith("#1"):
            self.split += 1

    def merge_finished(self, other: Summary) -> None:
        """Add what `other` counted with `count_finished` of the documents that follow this
        summary's (a --jobs worker's batch): the same figures as counting them here."""
        self.duplicates += other.duplicates
        self.dropped_by.update(other.dropped_by)
        self.records += other.records
        self.chars_out += other.chars_out
        self.split += other.split
        self.changes.update(other.changes)
        self.chars_removed.update(other.chars_removed)
        self.note_counts.update(other.note_counts)
        self.timeouts.update(other.timeouts)
        self.stage_errors.update(other.stage_errors)
        room = NOTES_LISTED - len(self.notes)
        if room > 0:
            self.notes.extend(other.notes[:room])

    @property
    def notes_not_listed(self) -> int:
        return sum(self.note_counts.values()) - len(self.notes)

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
            "note_counts": [
                {"stage": s, "rule": r, "count": n} for (s, r), n in sorted(self.note_counts.items())
            ],
            "notes_not_listed": self.notes_not_listed,
            **self.extra,
        }


def build_stages(config: Config) -> list[Stage]:
    """The per-document stages a config enables, in chain order."""
    from .chain import document_stages
    from .rules import gc_paused

    with gc_paused():  # (the stages' tables, the rule engine among them, live as long as the run)
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
    try:
        out = stage.run(doc)
    except CleanerError:
        raise
    except Exception as e:
        # A stage's own bug on one document must not lose it, nor stop the run: the document goes
        # on without that stage's edits (a stage applies its edits at once, or not at all), the
        # failure is noted on it, and the run ends with status 1 naming the stage.
        doc.note(stage.name, "stage_error", f"{type(e).__name__}: {e}", stage_error=True)
        return [doc]
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
_worker_config = Config()
_worker_disabled: list[str] = []
_worker_options = ReadOptions()
_worker_error: Exception | None = None

# What a --jobs worker is sent: a few inputs' bytes, a block of JSONL lines, or items read already.
_Unit = RawItem | Skipped | FileBytes | JsonlBlock
# Inputs are sent in batches of about this many bytes (four JSONL blocks): large enough that the
# round trip per batch does not count, small enough that both workers stay busy. At 64 KB and 16
# inputs a 20 MB run sent about 200 batches and the parent, which shares the two cores with the
# workers, spent measurably more on them (`--jobs 2` 3-5 % slower; BENCHMARKS.md, ninth round).
BATCH_BYTES = 256 * 1024
BATCH_UNITS = 64
# Documents applied a corpus pass per task: more than BATCH_UNITS, since the decisions each task
# is sent (`view`) are shared by its documents, and documents cost the parent nothing in flight
# (they stay in the workers' spool files). Each task's view is built by the parent while the
# workers run, so fewer, larger tasks leave it less to do: at 256 KB a task, `--jobs 2` was 4-13 %
# slower than at 1 MB on the 20 MB and 5 MB bench corpora.
PASS_BATCH_UNITS = 256
PASS_BATCH_BYTES = 1024 * 1024
# What the --jobs forkserver imports before it forks the workers, when they cannot be forked from
# this process (`Pipeline._pool`).
WORKER_PRELOAD = ["cleaner.pipeline", "cleaner.chain", "numpy"]
# How often a wait for a worker's result checks that every worker is still alive (`_result`).
WORKER_CHECK_SECONDS = 0.5
# Batches sent ahead of the one whose results are awaited, per worker: bounds the memory that
# inputs waiting in the queue take, whatever the corpus size.
WINDOW_PER_JOB = 4


@dataclass(slots=True)
class _Done:
    """One item cleaned by a worker, with what the run summary counts about it."""

    file: str
    chars: int
    nbytes: int
    docs: list[Document]


# Where a worker wrote a document: (its spool file, offset, size).
_Ref = tuple[str, int, int]
_T = TypeVar("_T")
_R = TypeVar("_R")
_END = object()  # the end of the batches, for `Pipeline._in_order`


@dataclass(slots=True)
class _Packed:
    """Documents as a worker leaves them for the next step: each pickled once into the worker's
    own spool file (`path`, at `offsets` with `sizes`), whether each is live (not dropped), the
    next corpus pass's facts of the live ones, and the report of the pass the worker applied.
    The documents themselves never cross the pipe: the parent passes their places on."""

    path: str
    offsets: list[int]
    sizes: list[int]
    live: bytes
    facts: Any = None
    report: Any = None


def _init_worker(config: Config, options: ReadOptions | None = None) -> None:
    global _worker_stages, _worker_config, _worker_disabled, _worker_options, _worker_error
    _default_signals()
    try:
        _worker_stages = build_stages(config)
    except Exception as e:
        # Raised with the first batch instead: a pool whose initializer fails restarts its
        # workers for ever, and the run would hang.
        _worker_error = e
    _worker_config = config
    _worker_disabled = list(config.disable)
    _worker_options = options or ReadOptions()


def _default_signals() -> None:
    """A worker forked from the CLI inherits its handlers, which turn SIGTERM into an exception:
    the pool's SIGTERM at the end of a run must end a worker at once, and Ctrl-C (sent to the
    whole process group) is the main process's to handle, as in a forkserver's workers."""
    import signal

    if hasattr(signal, "pthread_sigmask"):  # not on Windows
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _safely(fn: Callable[..., Any], *args: Any) -> Any:
    """Run one task in a worker; an error reaches the main process as itself (or as its text)."""
    try:
        if _worker_error is not None:
            raise _worker_error
        return fn(*args)
    except Exception as e:
        try:
            pickle.loads(pickle.dumps(e))
        except Exception:
            # An exception the main process could not unpickle would stop the pool's result
            # thread and hang the run: send its text instead.
            raise RuntimeError(f"a worker failed: {type(e).__name__}: {e}") from None
        raise


def _work(batch: list[_Unit]) -> list[Skipped | _Done]:
    """Decode, parse and clean a batch of inputs in a worker; one outcome per item, in order."""
    return _safely(_work_batch, batch)  # type: ignore[no-any-return]


def _work_first(
    batch: list[_Unit], first: type[PiecewiseStage], spool: str
) -> tuple[list[Skipped | _Done], _Packed]:
    """`_work`, then the documents spooled in folder `spool` with the first corpus pass's facts
    (the outcomes keep their counts; their documents are in the spool)."""
    return _safely(_first_pass, batch, first, spool)  # type: ignore[no-any-return]


def _first_pass(batch: list[_Unit], first: type[PiecewiseStage], spool: str) -> tuple[list[Skipped | _Done], _Packed]:
    outcomes = _work_batch(batch)
    docs: list[Document] = []
    for outcome in outcomes:
        if isinstance(outcome, _Done):
            docs.extend(outcome.docs)
            outcome.docs = []
    return outcomes, _pack(docs, first, spool, 0)


def _work_pass(
    refs: list[_Ref], start: int, stage: type[PiecewiseStage], view: Any, nxt: type[PiecewiseStage] | None, spool: str,
    step: int,
) -> _Packed:
    """Apply a corpus pass's decisions to the spooled live documents start, start + 1, …, then
    spool them again (for `step`) with the next pass's facts."""
    return _safely(_apply_pass, refs, start, stage, view, nxt, spool, step)  # type: ignore[no-any-return]


def _apply_pass(
    refs: list[_Ref], start: int, stage: type[PiecewiseStage], view: Any, nxt: type[PiecewiseStage] | None, spool: str,
    step: int,
) -> _Packed:
    docs, report = stage.run_view([pickle.loads(read_ref(ref)) for ref in refs], start, view)
    if len(docs) != len(refs):
        raise RuntimeError(f"{stage.name}: {len(refs)} documents in, {len(docs)} out of one pass in pieces")
    packed = _pack(docs, nxt, spool, step)
    packed.report = report
    return packed


def _work_last(
    entries: list[tuple[_Ref, bool]], start: int, stage: type[PiecewiseStage], view: Any, encoder: LineEncoder
) -> tuple[EncodedDocs, Any]:
    """Apply the last corpus pass's decisions to the live documents of `entries` (spooled
    documents in output order, live or not), then encode every one of them as its output lines."""
    return _safely(_apply_last, entries, start, stage, view, encoder)  # type: ignore[no-any-return]


def _apply_last(
    entries: list[tuple[_Ref, bool]], start: int, stage: type[PiecewiseStage], view: Any, encoder: LineEncoder
) -> tuple[EncodedDocs, Any]:
    docs = [pickle.loads(read_ref(ref)) for ref, _ in entries]
    live = [d for d, (_, alive) in zip(docs, entries, strict=True) if alive]
    report = None
    if live:
        out, report = stage.run_view(live, start, view)
        if len(out) != len(live):
            raise RuntimeError(f"{stage.name}: {len(live)} documents in, {len(out)} out of one pass in pieces")
        it = iter(out)
        docs = [next(it) if alive else d for d, (_, alive) in zip(docs, entries, strict=True)]
    return encoder.encode(docs, Summary()), report


# This process's open spool files: (path, mode) -> file (a worker appends to one file per step,
# and reads the files of the step before).
_spool_files: dict[tuple[str, str], IO[bytes]] = {}


def _spool_file(path: str, mode: str) -> IO[bytes]:
    f = _spool_files.get((path, mode))
    if f is None or f.closed:
        f = _spool_files[(path, mode)] = open(path, mode)  # noqa: SIM115 (kept open for the step's batches)
    return f


def read_ref(ref: _Ref) -> bytes:
    """The pickled document a worker spooled at `ref`."""
    path, offset, size = ref
    f = _spool_file(path, "rb")
    f.seek(offset)
    return f.read(size)


def _pack(docs: list[Document], nxt: type[PiecewiseStage] | None, spool: str, step: int) -> _Packed:
    live = [d for d in docs if d.dropped is None]
    facts = nxt.facts(live, _worker_config) if nxt is not None and live else None
    for d in live:
        if nxt is None or nxt.run_in_parent:
            # Bound for the last pass and the output lines: they need no paragraph keys, and
            # every byte pickled here is a byte read and unpickled again.
            d._view = None
        else:
            _fold_ahead(d)
    path = os.path.join(spool, f"{step}-{os.getpid()}")
    f = _spool_file(path, "ab")
    offsets, sizes = [], []
    for d in docs:
        blob = pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL)
        offsets.append(f.tell())
        sizes.append(len(blob))
        f.write(blob)
    # The parent or another worker reads these next: they must be in the file, not in a buffer.
    f.flush()
    return _Packed(path, offsets, sizes, bytes(d.dropped is None for d in docs), facts)


def _work_batch(batch: list[_Unit]) -> list[Skipped | _Done]:
    assert _worker_stages is not None
    out: list[Skipped | _Done] = []
    for unit in batch:
        for item in expand(unit, _worker_options):
            if isinstance(item, Skipped):
                out.append(item)
                continue
            text = item.text or ""
            docs = run_stages(make_document(item, _worker_disabled), _worker_stages)
            for d in docs:
                if d.dropped is None:
                    _fold_ahead(d)
            out.append(_Done(item.file or item.source, len(text), len(text.encode("utf-8", errors="replace")), docs))
    return out


def _fold_ahead(doc: Document) -> None:
    """Work out in the worker what the corpus passes read first from a document, its paragraph
    keys; they travel with its pickle, so the parent does not fold the text again. (Not the
    near-duplicate key: it is of the text after the templates pass, which changes most texts.)"""
    doc.paragraphs()


def _size(unit: _Unit) -> int:
    if isinstance(unit, (FileBytes, JsonlBlock)):
        return len(unit.data)
    if isinstance(unit, RawItem):
        return len(unit.text or "") * 3 + len(unit.data or b"")
    return 0


def _batches(units: Iterable[_Unit]) -> Iterator[list[_Unit]]:
    batch: list[_Unit] = []
    size = 0
    for unit in units:
        batch.append(unit)
        size += _size(unit)
        if size >= BATCH_BYTES or len(batch) >= BATCH_UNITS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


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
        self._last_file: str | None = None
        self._workers: frozenset[int | None] = frozenset()  # the pids of the running pool (`_result`)

    def process_documents(self, items: Iterable[RawItem | Skipped]) -> Iterator[Document]:
        """Per-document stages over every item, in input order, with --jobs workers.

        With --jobs N this process only reads bytes: given the `InputItems` of `iter_items`,
        it sends the inputs undecoded and the workers decode, parse and clean them, so output
        is the same for any N. Inputs that make a single batch are cleaned here, with no worker
        started (`_for_workers`).
        """
        batches, items, options = _for_workers(items) if self.config.jobs > 1 else (None, items, ReadOptions())
        yield from self._documents(items, batches, options)

    def _documents(
        self, items: Iterable[RawItem | Skipped], batches: Iterator[list[_Unit]] | None, options: ReadOptions
    ) -> Iterator[Document]:
        """The per-document stages here over `items`, or over `batches` in the workers."""
        cfg = self.config
        if batches is None:
            stages = self.stages if self.stages is not None else build_stages(cfg)
            for item in self._raw(items):
                yield from run_stages(make_document(item, cfg.disable), stages)
            return
        with self._pool(options) as pool:
            for _, task in self._in_order(batches, lambda batch: pool.apply_async(_work, (batch,))):
                for outcome in self._result(pool, task):
                    if isinstance(outcome, Skipped):
                        self._skipped(outcome)
                        continue
                    self._count(outcome.file, outcome.chars, outcome.nbytes)
                    yield from outcome.docs

    def _in_order(self, batches: Iterable[_T], submit: Callable[[_T], _R]) -> Iterator[tuple[_T, _R]]:
        """(batch, what `submit` returned for it) in the order the batches come, with at most
        WINDOW_PER_JOB batches per job submitted ahead. Results taken in the order sent make the
        output identical whatever --jobs is; the bounded window keeps memory flat (imap would
        read every input ahead into its queue)."""
        pending: deque[tuple[_T, _R]] = deque()
        window = WINDOW_PER_JOB * self.config.jobs
        it = iter(batches)
        while True:
            while len(pending) < window:
                batch = next(it, _END)
                if batch is _END:
                    break
                pending.append((batch, submit(batch)))  # type: ignore[arg-type]
            if not pending:
                return
            yield pending.popleft()

    def _pool(self, options: ReadOptions) -> Any:
        pool = self._start_pool(options)
        self._workers = frozenset(p.pid for p in pool._pool)
        return pool

    def _start_pool(self, options: ReadOptions) -> Any:
        import multiprocessing as mp  # only with workers: a run of one file starts none

        initargs = (self.config, options)
        if os.name == "nt":
            return mp.get_context("spawn").Pool(self.config.jobs, initializer=_init_worker, initargs=initargs)
        if _fork_is_safe():
            # The workers start with every module this process has loaded: no import at all
            # before the first batch (a forkserver imports the chain once more, serially, while
            # both cores wait: 0.3-2 s on a busy machine).
            return mp.get_context("fork").Pool(self.config.jobs, initializer=_init_worker, initargs=initargs)
        ctx = mp.get_context("forkserver")
        # The server imports the chain once and every worker is forked from it with the modules
        # loaded: each worker would otherwise import them itself. (Taken only when the server
        # starts, the first time a process starts a pool.)
        ctx.set_forkserver_preload(WORKER_PRELOAD)
        return ctx.Pool(self.config.jobs, initializer=_init_worker, initargs=initargs)

    def _result(self, pool: Any, task: Any) -> Any:
        """`task.get()`, or `WorkerLost` when a worker process died: the pool starts another, but
        the batch the dead one held is lost and `get()` would wait for it for ever. Workers never
        exit on their own while the pool runs, so a worker that is gone or replaced died."""
        while not task.ready():
            task.wait(WORKER_CHECK_SECONDS)
            if not task.ready() and any(
                p.exitcode is not None or p.pid not in self._workers for p in pool._pool
            ):
                raise WorkerLost(self.config.jobs)
        return task.get()

    def _skipped(self, item: Skipped) -> None:
        if item.empty:
            self.summary.empty.append(item.source)
        else:
            self.summary.skipped.append({"source": item.source, "reason": item.reason, "hint": item.hint})
        self.progress("skipped", 1)

    def _count(self, src_file: str, chars: int, nbytes: int) -> None:
        if src_file != self._last_file:
            self.summary.inputs_read += 1
            self._last_file = src_file
            self.progress("input", 1)
        self.summary.documents += 1
        self.summary.chars_in += chars
        self.progress("document", nbytes)

    def _raw(self, items: Iterable[RawItem | Skipped]) -> Iterator[RawItem]:
        for item in items:
            if isinstance(item, Skipped):
                self._skipped(item)
                continue
            text = item.text or ""
            self._count(item.file or item.source, len(text), len(text.encode("utf-8", errors="replace")))
            yield item

    def run(self, items: Iterable[RawItem | Skipped]) -> Iterator[Document]:
        """The whole chain. Dropped documents come out too, with `dropped` set, for the side file.

        The corpus passes stay open when the documents are out: `commit()` then writes what they
        learnt to the persistent index (call it only once every output is in place) and `close()`
        lets go of them. A run that stops before `commit()` leaves the index as it was.
        """
        return cast(Iterator[Document], self.run_encoded(items, None))

    def run_encoded(self, items: Iterable[RawItem | Skipped], encoder: LineEncoder | None) -> Iterator[Document | EncodedDocs]:
        """`run`, but with an `encoder` (of the run's sinks, `io.write.line_encoder`) a --jobs run
        whose corpus passes all run in pieces sends out `EncodedDocs` instead of documents: the
        workers apply the last pass and encode the output lines, and the run summary already
        counts them. Without workers, documents as `run`."""
        corpus = build_corpus_stages(self.config)
        self._corpus = corpus
        try:
            pieces = [stage for stage in corpus if isinstance(stage, PiecewiseStage)]
            batches, items, options = _for_workers(items) if self.config.jobs > 1 else (None, items, ReadOptions())
            if batches is not None and corpus and len(pieces) == len(corpus):
                yield from self._run_jobs(pieces, batches, options, encoder)
            else:
                yield from self._run_corpus(corpus, self._documents(items, batches, options))
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

    # -- --jobs N with the corpus passes in pieces ------------------------------------
    #
    # The workers clean the documents and send each back pickled, with the first pass's facts;
    # this process observes the facts and writes the bytes to a spool as they are. After each
    # pass's `prepare`, the spooled bytes go back to the workers with the decisions their
    # documents need (`view`): the workers apply them (`run_view`) and pack the documents with
    # the next pass's facts. When every sink takes encoded lines (`io.write.line_encoder`), the
    # workers also apply the last pass and encode each document's output lines, which this
    # process appends in order (`_encode_in_workers`); else the last pass, when its `run` is
    # cheap, runs here, on the one unpickling of each document before it is written. Batches are
    # taken back in the order they were sent, so facts are observed and reports taken in input
    # order: the output is the same for any N, and a bounded window of batches in flight keeps
    # memory flat.

    def _run_jobs(
        self, corpus: list[PiecewiseStage], batches: Iterator[list[_Unit]], options: ReadOptions,
        encoder: LineEncoder | None = None,
    ) -> Iterator[Document | EncodedDocs]:
        last = corpus[-1]
        # The corpus passes' `prepare` needs numpy in this process, and their facts need it in the
        # workers: imported here, before the workers are forked, they start with it, instead of
        # each importing it and this process importing it again while they wait for `prepare`.
        import numpy  # noqa: F401
        # The workers' spool files; the documents' places are spooled here.
        folder = tempfile.mkdtemp(prefix="cleaner-spool-")
        spool: _RefSpool | None = None
        try:
            with self._pool(options) as pool:
                spool = self._observe_first(pool, batches, corpus[0], folder)
                for k, stage in enumerate(corpus):
                    stage.prepare()
                    nxt = corpus[k + 1] if k + 1 < len(corpus) else None
                    if nxt is None and encoder is not None:
                        current, spool = spool, None
                        assert current is not None
                        yield from self._encode_in_workers(pool, stage, current, encoder)
                        self.summary.extra.update(stage.summary())
                        return
                    if nxt is None and stage.run_in_parent:
                        break
                    current, spool = spool, None  # _apply_in_workers closes it, whatever happens
                    assert current is not None
                    spool = self._apply_in_workers(pool, stage, current, nxt, folder, k + 1)
                    self.summary.extra.update(stage.summary())
            assert spool is not None
            for ref, _ in spool.read():
                doc = pickle.loads(read_ref(ref))
                yield from self._finish(run_stage(last, doc) if last.run_in_parent else [doc])
        finally:
            if spool is not None:
                spool.close()
            _close_spool_files()
            shutil.rmtree(folder, ignore_errors=True)
        if last.run_in_parent:
            self.summary.extra.update(last.summary())

    def _observe_first(self, pool: Any, batches: Iterator[list[_Unit]], first: PiecewiseStage, folder: str) -> _RefSpool:
        spool = _RefSpool()
        try:
            def submit(batch: list[_Unit]) -> Any:
                return pool.apply_async(_work_first, (batch, type(first), folder))

            for _, task in self._in_order(batches, submit):
                outcomes, packed = self._result(pool, task)
                for outcome in outcomes:
                    if isinstance(outcome, Skipped):
                        self._skipped(outcome)
                    else:
                        self._count(outcome.file, outcome.chars, outcome.nbytes)
                spool.write_packed(packed)
                if packed.facts is not None:
                    first.observe_facts(packed.facts)
            return spool
        except BaseException:
            spool.close()
            raise

    def _apply_in_workers(
        self, pool: Any, stage: PiecewiseStage, spool: _RefSpool, nxt: PiecewiseStage | None, folder: str, step: int
    ) -> _RefSpool:
        out = _RefSpool()
        nxt_cls = type(nxt) if nxt is not None else None
        try:
            ordinal = 0

            def submit(batch: list[tuple[_Ref, bool]]) -> tuple[int, Any]:
                # Called in batch order, so each batch's live documents get the next ordinals.
                nonlocal ordinal
                refs = [ref for ref, live in batch if live]
                if not refs:
                    return 0, None
                view = stage.view(ordinal, len(refs))
                task = pool.apply_async(_work_pass, (refs, ordinal, type(stage), view, nxt_cls, folder, step))
                ordinal += len(refs)
                return len(refs), task

            for batch, (count, task) in self._in_order(_spooled_batches(spool.read()), submit):
                if task is None:
                    for ref, _ in batch:
                        out.write(ref, False)
                    continue
                packed: _Packed = self._result(pool, task)
                got = iter(zip(packed.offsets, packed.sizes, packed.live, strict=True))
                for ref, live in batch:
                    if live:
                        offset, size, still = next(got)
                        out.write((packed.path, offset, size), bool(still))
                    else:
                        out.write(ref, False)
                stage.take_report(count, packed.report)
                if nxt is not None and packed.facts is not None:
                    nxt.observe_facts(packed.facts)
            return out
        except BaseException:
            out.close()
            raise
        finally:
            spool.close()

    def _encode_in_workers(
        self, pool: Any, stage: PiecewiseStage, spool: _RefSpool, encoder: LineEncoder
    ) -> Iterator[EncodedDocs]:
        """The last pass applied and every document encoded in the workers, batch by batch in
        output order: this process only counts and appends the bytes, while the workers go on."""
        try:
            ordinal = 0

            def submit(batch: list[tuple[_Ref, bool]]) -> tuple[int, Any]:
                nonlocal ordinal
                count = sum(live for _, live in batch)
                view = stage.view(ordinal, count) if count else None
                task = pool.apply_async(_work_last, (batch, ordinal, type(stage), view, encoder))
                ordinal += count
                return count, task

            for _, (count, task) in self._in_order(_spooled_batches(spool.read()), submit):
                encoded, report = self._result(pool, task)
                if count:
                    stage.take_report(count, report)
                self.summary.merge_finished(encoded.summary)
                encoded.summary = None
                yield encoded
        finally:
            spool.close()

    def _apply_spooled(self, stage: CorpusStage, spool: _Spool) -> Iterator[Document]:
        for d in spool.read_and_close():
            if d.dropped is not None:
                yield d
                continue
            yield from run_stage(stage, d)
        self.summary.extra.update(stage.summary())

    def _finish(self, docs: Iterable[Document]) -> Iterator[Document]:
        for d in docs:
            self.summary.count_finished(d)
            yield d


def _fork_is_safe() -> bool:
    """Whether the workers can be forked from this process: on Linux (elsewhere system libraries
    are not fork-safe) and with no other thread running (a progress display, a caller's threads),
    whose locks a forked child could inherit held."""
    import sys
    import threading

    return sys.platform.startswith("linux") and threading.active_count() == 1


def _for_workers(
    items: Iterable[RawItem | Skipped],
) -> tuple[Iterator[list[_Unit]] | None, Iterable[RawItem | Skipped], ReadOptions]:
    """The inputs of a --jobs run in batches for the workers, or, when they make a single batch
    (one small file, a few short ones), no batches and the items to clean in this process: one
    batch keeps one worker busy at most, so a pool would add its start-up and nothing else. The
    output is the same either way. Reads at most two batches ahead to tell."""
    units, options = _units(items)
    batches = _batches(units)
    first = next(batches, [])
    second = next(batches, None)
    if second is None:
        return None, (item for unit in first for item in expand(unit, options)), options
    return itertools.chain((first, second), batches), (), options


def _units(items: Iterable[RawItem | Skipped]) -> tuple[Iterable[_Unit], ReadOptions]:
    """What the workers are sent: the undecoded inputs of `iter_items`, else the items as they are."""
    if isinstance(items, InputItems):
        return items.units(), items.options
    return items, ReadOptions()


def _spooled_batches(entries: Iterable[tuple[_Ref, bool]]) -> Iterator[list[tuple[_Ref, bool]]]:
    """Spooled documents in batches of about PASS_BATCH_BYTES pickled (or PASS_BATCH_UNITS live documents)."""
    batch: list[tuple[_Ref, bool]] = []
    size = live = 0
    for entry in entries:
        batch.append(entry)
        if entry[1]:
            size += entry[0][2]
            live += 1
            if size >= PASS_BATCH_BYTES or live >= PASS_BATCH_UNITS:
                yield batch
                batch, size, live = [], 0, 0
    if batch:
        yield batch


def _close_spool_files() -> None:
    for f in _spool_files.values():
        f.close()
    _spool_files.clear()


class _RefSpool:
    """Where each document of a step is (a worker's spool file, offset, size) and whether it is
    live, in input order, in a temporary file: a few bytes per document, whatever the corpus size."""

    _ENTRY = struct.Struct("<IQQB")

    def __init__(self) -> None:
        self._f: IO[bytes] = tempfile.TemporaryFile(prefix="cleaner-spool-")
        self._paths: list[str] = []
        self._numbers: dict[str, int] = {}

    def write(self, ref: _Ref, live: bool) -> None:
        path, offset, size = ref
        k = self._numbers.get(path)
        if k is None:
            k = self._numbers[path] = len(self._paths)
            self._paths.append(path)
        self._f.write(self._ENTRY.pack(k, offset, size, live))

    def write_packed(self, packed: _Packed) -> None:
        for offset, size, live in zip(packed.offsets, packed.sizes, packed.live, strict=True):
            self.write((packed.path, offset, size), bool(live))

    def read(self) -> Iterator[tuple[_Ref, bool]]:
        f = self._f
        f.flush()
        f.seek(0)
        entry = self._ENTRY
        paths = self._paths
        while True:
            data = f.read(entry.size * 4096)
            if not data:
                return
            for k, offset, size, live in entry.iter_unpack(data):
                yield (paths[k], offset, size), bool(live)

    def close(self) -> None:
        self._f.close()


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
