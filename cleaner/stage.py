"""The one contract every stage speaks, and the ordered chain of stages.

A stage is a class with a `name`, built as `Cls(config)` from a checked `Config`, whose
`run(doc)` returns the documents that go on: the document itself (edited through
`Document.apply`), several (a roundup split), or none. None is the one way to drop a
document: the runner then marks it dropped by the stage with `Document.drop`, giving the
reason the stage's `drop_reason(doc)` says, and it goes to the side file, never lost.

A corpus pass (`CorpusStage`) must see the whole batch first: `observe` every document,
`prepare`, then `run` each in the same order; `commit` writes what it learnt to the
persistent index once every output is in place, `close` lets go, `summary()` adds its figures
to the run summary.

`cleaner.chain.CHAIN` lists every stage class in order: adding a stage is one class and one
entry there. This module imports no stage, so a stage module can import it freely.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from .config import Config
from .model import Document


class Stage(ABC):
    """A per-document stage (see the module docstring)."""

    name: ClassVar[str]
    # Rule ids the stage logs without a rule file, with what each does: `--disable` takes them,
    # `cleaner rules list --all` lists them.
    rule_ids: ClassVar[dict[str, str]] = {}

    def __init__(self, config: Config | None = None) -> None:
        self.config = (config if config is not None else Config()).check()

    @classmethod
    def enabled(cls, config: Config) -> bool:
        """Whether a run with `config` includes this stage."""
        return True

    @abstractmethod
    def run(self, doc: Document) -> list[Document]:
        """The documents that go on: `[doc]` edited in place, several for a split, none to drop it."""

    def drop_reason(self, doc: Document) -> str | None:
        """Why `run` returned nothing for `doc`, recorded in its metadata (None: its metadata says already)."""
        return f"no text left after the {self.name} stage"


class CorpusStage(Stage):
    """A pass over the whole batch: `observe` each document, `prepare`, then `run` each in order."""

    def observe(self, doc: Document) -> None:
        """See one document before any is decided (every kept document, in output order)."""

    def prepare(self) -> None:
        """Decide, once every document has been observed."""

    def commit(self) -> None:
        """Write what the pass learnt to the persistent index (after every output is in place)."""

    def close(self) -> None:
        """Let go of temporary files and connections (called whatever happened)."""

    def summary(self) -> dict[str, object]:
        """Figures for the run summary and the report, under keys of the pass's own."""
        return {}
