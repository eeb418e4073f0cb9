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

A corpus pass that can share its work with the `--jobs` workers is a `PiecewiseStage`: it offers
the same pass in pieces: `facts(docs, config)` (what `observe_facts` needs of some documents, a
pure function computed where the documents are), `observe_facts`, `view(start, count)` (the
decisions documents start .. start + count - 1 need) and `run_view(docs, start, view)` (`run` on
those documents, wherever they are), whose report the pass takes back with `take_report`, in
input order. The runner then moves documents between processes only as pickled bytes, and this
process observes facts and decides. `run_in_parent` says that `run` is cheap enough to stay in the
process that writes the output (no round trip through the workers for the last pass).

`cleaner.chain.CHAIN` lists every stage class in order: adding a stage is one class and one
entry there. This module imports no stage, so a stage module can import it freely.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

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
        return no_text_left(self.name)


def no_text_left(name: str) -> str:
    """The reason a stage's run that left no text gives by default (`Stage.drop_reason`)."""
    return f"no text left after the {name} stage"


class CorpusStage(Stage):
    """A pass over the whole batch: `observe` each document, `prepare`, then `run` each in order."""

    # Whether `run` is cheap enough for the process that writes the output (module docstring).
    run_in_parent: ClassVar[bool] = False

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


class PiecewiseStage(CorpusStage):
    """A corpus pass that also runs in pieces in the --jobs workers (module docstring)."""

    @classmethod
    @abstractmethod
    def facts(cls, docs: list[Document], config: Config) -> Any:
        """What `observe_facts` needs of `docs` (live documents in input order)."""

    @abstractmethod
    def observe_facts(self, facts: Any) -> None:
        """`observe` the documents `facts` was computed from, in input order."""

    @abstractmethod
    def view(self, start: int, count: int) -> Any:
        """After `prepare`: the decisions documents start .. start + count - 1 (observe order) need."""

    @classmethod
    @abstractmethod
    def run_view(cls, docs: list[Document], start: int, view: Any) -> tuple[list[Document], Any]:
        """`run` on `docs` (observe order from `start`) with the decisions of `view`, in any process:
        one document out per document in (a document left without text comes back dropped, as the
        runner drops it after `run`), and a report for `take_report`."""

    @abstractmethod
    def take_report(self, count: int, report: Any) -> None:
        """Take in what `run_view` found on `count` documents, in input order, as `run` would have."""
