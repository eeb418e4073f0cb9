"""The chain in order (DESIGN.md section 2): one tuple of stage classes.

The runner builds its stages from it (each stage says whether a config enables it), `--disable`
and `cleaner rules list --all` read the rule ids each stage declares, and the report orders
stages by it. Adding a stage is one class and one entry here. Import this module only where the
chain runs or is listed (it imports every stage module); `cleaner --help` never does.
"""

from __future__ import annotations

from .dedup.stage import NearDuplicates
from .filters.boilerplate import Boilerplate
from .filters.maincontent import MainContent
from .filters.metadata import Metadata
from .filters.normalize import Normalize
from .filters.punctuation import Punctuation
from .filters.repair import Repair
from .filters.repeats import Repeats
from .filters.templates import CorpusTemplates
from .segment.stage import Segment
from .stage import CorpusStage, Stage

CHAIN: tuple[type[Stage], ...] = (
    # First, so the lines it drops are counted in the page's own text, before any other edit.
    MainContent,
    Normalize,
    Metadata,
    Boilerplate,
    Repair,
    Punctuation,
    Repeats,
    Segment,
    # Passes over the whole batch: template text first, then near-duplicates, so that copies of
    # one article on sites with other furniture are compared without it. Template text cannot
    # eat a reposted article's body: copies of one article are one family there, counted once,
    # whether they are in this batch or were counted by an earlier run (filters/templates.py).
    # Both passes write the index only in `commit()`, after every output is in place.
    CorpusTemplates,
    NearDuplicates,
)


def document_stages() -> list[type[Stage]]:
    """The per-document stage classes of the chain, in order (read at call time, so a chain
    extended by an application or a test is seen)."""
    return [c for c in CHAIN if not issubclass(c, CorpusStage)]


def corpus_stages() -> list[type[CorpusStage]]:
    return [c for c in CHAIN if issubclass(c, CorpusStage)]


def stage_names() -> list[str]:
    """Every stage's name in chain order, `read` first (where decoding notes come from)."""
    return ["read", *(c.name for c in CHAIN)]
