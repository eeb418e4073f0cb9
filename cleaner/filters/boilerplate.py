"""The `boilerplate` stage: the rule packs remove lines, spans, head lines, captions and tail blocks,
then the block model (`block_model`) removes the chrome lines no rule spells.

The rules are data (`rules/*.yaml`, plus the user's `--rules` files, minus `--disable`);
`cleaner.rules` loads, validates and matches them. Every removal is a logged change
whose rule is the rule id; a block that a guard stopped, or a rule skipped for
running past `rule_timeout`, is a note on the document.
"""

from __future__ import annotations

from ..config import Config
from ..model import Document, change_index
from ..rules import STAGE, RuleSet, load_rules
from ..stage import Stage
from .blockmodel import RULE_ID as BLOCK_MODEL
from .blockmodel import BlockModel, load_model

# Rules and model each remove what the other then sees anew (a menu line the model takes
# can leave a breadcrumb at the head); a few rounds reach the fixed point.
MAX_ROUNDS = 4
# A later round costs much less than the first: the rules match only lines they have not seen
# (the rule set's `MatchMemo`, kept across documents too; heads, blocks, captions and guards
# are still decided on the whole text), and the model is not asked again about a text it already
# found nothing in (its plan depends on the text alone). Most documents take two rounds: the
# rules remove something, nothing more goes.


def lifted_title(doc: Document) -> tuple[int | None, str | None]:
    """Where the metadata stage lifted the title from, if it did: the first of the document's
    non-blank lines (as the block model counts them) that stood below it, and the title (see
    `blockmodel.eligible`); (None, None) otherwise."""
    at = next((i for i, c in enumerate(doc.changes) if c.stage == "metadata" and c.rule == "title"), None)
    if at is None:
        return None, None
    # Where the title's removal stands in the current text; the head above it is a few lines.
    cut = change_index(doc.changes)[0][at]
    return sum(1 for ln in doc.text[:cut].split("\n") if ln.strip()), doc.title


class Boilerplate(Stage):
    """Apply the configured rule set to each document."""

    name = STAGE

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        # Loaded once per stage (per worker): a bad rule file stops the run before any input is read.
        self.rules: RuleSet = load_rules(self.config)
        self.model: BlockModel | None = None if BLOCK_MODEL in self.config.disable else load_model()

    def run(self, doc: Document) -> list[Document]:
        clean_for_model: str | None = None  # a text the model removed nothing from
        for _ in range(MAX_ROUNDS):
            changed = self.rules.apply(doc, self.config.rule_timeout)
            if self.model is not None and doc.text != clean_for_model:
                taken = doc.apply(STAGE, self.model.plan(doc.text, *lifted_title(doc)))
                clean_for_model = None if taken else doc.text
                changed += taken
            if not changed:
                break
        # A document that was nothing but boilerplate has no record to give.
        return [doc] if doc.text.strip() else []
