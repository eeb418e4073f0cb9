"""The library entry points: run the whole chain over inputs, streaming to sinks or into memory."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from .config import Config
from .io.read import iter_items
from .model import Document
from .pipeline import Pipeline, Summary


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
    pipeline = Pipeline(config, progress=progress)
    items = iter_items(inputs, glob=glob, text_key=config.text_key, id_key=config.id_key, input_format=input_format,
                       html_key=config.html_key)
    try:
        for doc in pipeline.run(items):
            if review is not None:
                review.write(doc)
            if doc.dropped is not None:
                if dups is not None:
                    dups.write(doc)
            else:
                records.write(doc)
            if progress is not None:
                progress("record", 0)
        if outputs_done is not None:
            outputs_done(pipeline.summary)
        pipeline.commit()
    finally:
        pipeline.close()
    return pipeline.summary


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
        config or Config(),
        records=_Keep(result.documents),
        dups=_Keep(result.dropped),
        glob=glob,
        input_format=input_format,
    )
    return result


def clean_text(text: str, config: Config | None = None, doc_id: str = "-") -> list[Document]:
    """Clean one article given as text (no corpus passes). Returns the resulting documents."""
    from .io.read import RawItem
    from .pipeline import build_stages, make_document, run_stages

    cfg = config or Config()
    return run_stages(make_document(RawItem(id=doc_id, source=doc_id, text=text)), build_stages(cfg))
