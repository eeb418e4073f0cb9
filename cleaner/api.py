"""The library entry points: run the whole chain over inputs, streaming to sinks or into memory."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from .config import Config
from .errors import InputError
from .io.read import RawItem, iter_items
from .io.write import EncodedDocs, line_encoder
from .model import Document
from .pipeline import Pipeline, Stage, Summary, build_stages, make_document, run_stages

if TYPE_CHECKING:
    from .dask_engine import DaskPipeline


class DocSink(Protocol):
    def write(self, doc: Document) -> None: ...


@dataclass
class RunResult:
    """A whole run in memory: the records, the dropped documents and the summary."""

    documents: list[Document] = field(default_factory=list)
    dropped: list[Document] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)

    @property
    def records(self) -> list[dict[str, Any]]:
        return [d.to_record() for d in self.documents]


def run(
    inputs: list[str],
    config: Config,
    *,
    records: DocSink,
    dups: DocSink | None = None,
    review: DocSink | None = None,
    glob: str | None = None,
    input_format: str = "auto",
    progress: Callable[[str, int], None] | None = None,
    outputs_done: Callable[[Summary], None] | None = None,
) -> Summary:
    """Run the chain over `inputs`, sending kept records to `records`, dropped ones to `dups`,
    and every document (kept or dropped) to `review`. Returns the run summary.

    `outputs_done(summary)` is called once every document is out and must put every output in
    place (commit files, render the report); only after it returns is the persistent index
    written, so a run that fails or is interrupted before then leaves the index as it was.
    """
    pipeline: Pipeline | DaskPipeline
    docs: Iterator[Document | EncodedDocs]
    if config.engine == "embedded":
        pipeline = Pipeline(config, progress=progress)
        # With --jobs the workers can write the lines themselves when every sink takes lines.
        encoder = line_encoder(records, dups, review) if config.jobs > 1 else None
        docs = pipeline.run_encoded(iter_items(inputs, glob=glob, text_key=config.text_key, id_key=config.id_key,
                                               input_format=input_format, html_key=config.html_key), encoder)
    else:
        from .dask_engine import DaskPipeline, check_engine

        check_engine(config)
        pipeline = DaskPipeline(config, progress=progress)
        docs = pipeline.run_inputs(inputs, glob=glob, input_format=input_format)
    try:
        for doc in docs:
            if isinstance(doc, EncodedDocs):
                _write_encoded(doc, records, dups, review, progress)
                continue
            if review is not None:
                review.write(doc)
            if doc.dropped is not None:
                if dups is not None:
                    dups.write(doc)
            else:
                records.write(doc)
            if progress is not None:
                # Records and dropped documents apart: the display counts what the summary counts.
                progress("dropped" if doc.dropped is not None else "record", 0)
        if outputs_done is not None:
            outputs_done(pipeline.summary)
        pipeline.commit()
    finally:
        pipeline.close()
    return pipeline.summary


def _write_encoded(
    encoded: EncodedDocs, records: Any, dups: Any, review: Any, progress: Callable[[str, int], None] | None
) -> None:
    """Append the lines of documents a worker encoded, as `run` writes documents one by one."""
    for i, line in enumerate(encoded.lines):
        if encoded.review is not None and encoded.pieces is not None:
            review.write_encoded(encoded.review[i], encoded.pieces[i])
        dropped = encoded.dropped[i]
        if dropped:
            if dups is not None:
                dups.write_encoded(line)
        else:
            records.write_encoded(line)
        if progress is not None:
            progress("dropped" if dropped else "record", 0)


def clean(
    inputs: Iterable[str],
    config: Config | None = None,
    *,
    glob: str | None = None,
    input_format: str = "auto",
) -> RunResult:
    """Run the chain and keep everything in memory (for tests, `check` and `explain`)."""
    result = RunResult()

    class _Keep:
        def __init__(self, into: list[Document]) -> None:
            self.into = into

        def write(self, doc: Document) -> None:
            self.into.append(doc)

    result.summary = run(
        list(inputs),
        (config or Config()).check(),
        records=_Keep(result.documents),
        dups=_Keep(result.dropped),
        glob=glob,
        input_format=input_format,
    )
    return result


def clean_text(text: str, config: Config | None = None, doc_id: str = "-") -> list[Document]:
    """Clean one article given as text (no corpus passes). Returns the resulting documents.

    Builds every stage on each call (the compiled rules of the same rule files are kept between
    calls); to clean many texts, hold a `Cleaner` instead."""
    return Cleaner(config).documents(text, id=doc_id)


def make_config(config: Config | Mapping[str, Any] | None = None, **options: Any) -> Config:
    """A checked Config from a Config, a mapping of option names, or keywords (`Config.make`)."""
    return Config.make(config, **options)


def public_record(doc: Document) -> dict[str, Any]:
    """A document's record exactly as `cleaner clean` writes it (internal `_` metadata left out)."""
    rec = doc.to_record()
    rec["metadata"] = {k: v for k, v in rec["metadata"].items() if not k.startswith("_")}
    return rec


class Cleaner:
    """The chain built once, to clean many texts or records at full speed.

    ``Cleaner(config)`` builds every per-document stage (rules compiled, models loaded) once;
    `clean_text` and `clean_records` then only run them. A Cleaner is picklable, so it can be
    shipped to Dask or datatrove workers.

        cl = cleaner.Cleaner({"disable": ["stray_letter"]})
        records = cl.clean_text(page_text, id="page-1")
    """

    def __init__(self, config: Config | Mapping[str, Any] | None = None, **options: Any) -> None:
        self.config = make_config(config, **options)
        self._stages: list[Stage] | None = None

    @property
    def stages(self) -> list[Stage]:
        if self._stages is None:
            self._stages = build_stages(self.config)
        return self._stages

    def __getstate__(self) -> dict[str, Any]:
        # Workers rebuild the stages once each: compiled automata and regexes do not all pickle.
        return {"config": self.config}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.config = state["config"]
        self._stages = None

    def documents(self, text: str, id: str = "-", source: str | None = None, metadata: Mapping[str, Any] | None = None) -> list[Document]:
        """Every document the per-document stages make of one article, dropped ones included
        (with `dropped` set), each with its change log."""
        item = RawItem(id=id, source=source if source is not None else id, text=text, metadata=dict(metadata or {}))
        return run_stages(make_document(item, self.config.disable), self.stages)

    def clean_text(self, text: str, id: str = "-", source: str | None = None, metadata: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """The records of one article (several for a roundup, none if nothing is left), as
        `cleaner clean` writes them. Corpus passes (site templates, near-duplicates) need a batch:
        use `clean_records` or `run` for them."""
        return [public_record(d) for d in self.documents(text, id, source, metadata) if d.dropped is None]

    def clean_records(self, rows: Iterable[Mapping[str, Any]], *, corpus: bool = True, source: str = "records") -> Iterator[dict[str, Any]]:
        """Clean dicts that hold the text under `config.text_key` (and the id under `config.id_key`);
        other fields go to `metadata`, as for a JSONL input. With `corpus` (the default) the batch
        also goes through the corpus passes, so the records equal `cleaner clean` on the same
        rows written as JSONL; without it each row is cleaned alone, streaming."""
        items = self._items(rows, source)
        if not corpus:
            for item in items:
                for d in run_stages(make_document(item, self.config.disable), self.stages):
                    if d.dropped is None:
                        yield public_record(d)
            return
        pipeline = Pipeline(self.config, stages=self.stages)
        try:
            for d in pipeline.run(items):
                if d.dropped is None:
                    yield public_record(d)
            pipeline.commit()
        finally:
            pipeline.close()

    def run(self, inputs: Iterable[str], *, glob: str | None = None, input_format: str = "auto") -> RunResult:
        """Files and folders through the whole chain, into memory, like `cleaner.clean`."""
        return clean(inputs, self.config, glob=glob, input_format=input_format)

    def _items(self, rows: Iterable[Mapping[str, Any]], source: str) -> Iterator[RawItem]:
        text_key, id_key = self.config.text_key, self.config.id_key
        for n, row in enumerate(rows, 1):
            where = f"{source}:{n}"
            value = row.get(text_key) if isinstance(row, Mapping) else None
            if not isinstance(value, str):
                keys = ", ".join(sorted(map(str, row))[:8]) if isinstance(row, Mapping) else type(row).__name__
                raise InputError(where, f"no string field `{text_key}` (fields: {keys})", "set text_key in the config")
            rid = str(row[id_key]) if id_key is not None and row.get(id_key) is not None else where
            meta = {k: v for k, v in row.items() if k not in (text_key, id_key)}
            yield RawItem(id=rid, source=where, text=value, metadata=meta)
