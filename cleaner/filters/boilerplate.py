"""The `boilerplate` stage: the rule packs remove lines, spans, head lines, captions and tail blocks.

The rules are data (`rules/*.yaml`, plus the user's `--rules` files, minus `--disable`);
`cleaner.rules` loads, validates and matches them. Every removal is a logged change
whose rule is the rule id; a block that a guard stopped, or a rule skipped for
running past `rule_timeout`, is a note on the document.
"""

from __future__ import annotations

from ..config import Config
from ..model import Document
from ..rules import STAGE, RuleSet, load_rules


class Boilerplate:
    """Apply the configured rule set to each document."""

    name = STAGE

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        # Loaded once per stage (per worker): a bad rule file stops the run before any input is read.
        self.rules: RuleSet = load_rules(self.config)

    def run(self, doc: Document) -> list[Document]:
        self.rules.apply(doc, self.config.rule_timeout)
        # A document that was nothing but boilerplate has no record to give.
        return [doc] if doc.text.strip() else []
