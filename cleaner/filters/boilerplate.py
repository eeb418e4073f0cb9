"""The `boilerplate` stage: the rule packs remove lines, spans, head lines, captions and tail blocks,
then the block model (`block_model`) removes the chrome lines no rule spells.

The rules are data (`rules/*.yaml`, plus the user's `--rules` files, minus `--disable`);
`cleaner.rules` loads, validates and matches them. Every removal is a logged change
whose rule is the rule id; a block that a guard stopped, or a rule skipped for
running past `rule_timeout`, is a note on the document.
"""

from __future__ import annotations

from .. import recode
from ..config import Config
from ..model import Document, Edit, change_index
from ..rules import STAGE, RuleSet, load_rules
from ..stage import Stage
from .blockmodel import HEADINGS_KEY, BlockModel, load_model
from .blockmodel import RULE_ID as BLOCK_MODEL

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


def article_headings(doc: Document) -> frozenset[str]:
    """The lines a page's markup set as headings inside its article (`maincontent` notes them in
    `metadata["_headings"]`), stripped; none for a text input."""
    found = doc.metadata.get(HEADINGS_KEY)
    return frozenset(found) if isinstance(found, list) else frozenset()


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
                taken = doc.apply(STAGE, self.model.plan(doc.text, *lifted_title(doc), article_headings(doc)))
                clean_for_model = None if taken else doc.text
                changed += taken
            if not changed:
                break
        if HEAD_COPY_RULE not in self.config.disable and (copies := _head_copies(doc, self.rules.head_rule_ids)):
            doc.apply(STAGE, copies)
        if ACCOUNT_CARD_RULE not in self.config.disable and (card := _account_card_name(doc)):
            doc.apply(STAGE, card)
        # A document that was nothing but boilerplate has no record to give.
        return [doc] if doc.text.strip() else []


# What went from the page's head as its frame: the rules' head lines and the lines the metadata
# stage lifted as the head's menu, search box or column name (a slogan over the page, 健康中国 你我同行,
# is printed again in its footer), not the site's banner nor any unit's name: an institution's
# name also signs a notice at its end.
HEAD_LIFTS = frozenset({"menu", "search_box", "column_name"})
# A unit's name alone, which signs a notice at its end as well as it heads the site.
_UNIT_NAME = recode.compile(r"^[\u4e00-\u9fff（）()]{2,24}(?:医院|卫生院|保健院|中心|委员会|卫健委|局|学会|协会|政府|大学|学院|研究所|研究院|办公室|公司|集团)$")
HEAD_COPY_RULE = "repeated_head"
# A copy counts from this many characters (a lone menu word, 新闻, may be a heading of the body).
HEAD_COPY_MIN_CHARS = 6
HEAD_COPY_MAX_CHARS = 80
# The title again with a page's number after it (…之路(2), …之路（第2页）, …之路 第2页): a later page's head.
_PAGE_SUFFIX = recode.compile(r"\s*(?:[(（]\s*(?:第\s*)?\d{1,2}\s*(?:页)?\s*[)）]|第\s*\d{1,2}\s*页)\s*$")


# The account's name left alone at the end of its article, where its follow card stood (the name
# between the card's QR code and 长按二维码关注, a profile card's nickname over its blurb).
ACCOUNT_CARD_RULE = "account_card_name"
# The rules whose removals are the card around that name, right under it.
ACCOUNT_CARD_RULES = frozenset({"follow_prompt", "wechat_chrome", "account_promo"})
ACCOUNT_CARD_MAX_CHARS = 24


def _squash(line: str) -> str:
    return "".join(line.split())


def _head_copies(doc: Document, head_rules: frozenset[str]) -> list[Edit]:
    """Lines that repeat the page's head further down: an article saved over several pages
    carries each page's menus, breadcrumb and numbered title (`…(2)`) between its parts. A line
    equal to one that went as the head (a head rule's, or lifted as the head's), or the title
    with a page's number after it, goes as `repeated_head`."""
    heads: set[str] = set()
    for c in doc.changes:
        if c.rule in head_rules or (c.stage == "metadata" and c.rule in HEAD_LIFTS):
            for line in c.removed.split("\n"):
                key = _squash(line)
                if HEAD_COPY_MIN_CHARS <= len(key) <= HEAD_COPY_MAX_CHARS and _UNIT_NAME.match(key) is None:
                    heads.add(key)
    title = _squash(doc.title) if doc.title else ""
    if not heads and not title:
        return []
    edits: list[Edit] = []
    pos = 0
    text = doc.text
    for line in text.split("\n"):
        key = _squash(line)
        if key and (
            key in heads
            or (title and (m := _PAGE_SUFFIX.search(line)) is not None and _squash(line[: m.start()]) == title)
        ):
            end = pos + len(line)
            edits.append(Edit(pos, min(end + 1, len(text)), "", HEAD_COPY_RULE, {"copy_of": "head"}))
        pos += len(line) + 1
    return edits


def _account_card_name(doc: Document) -> list[Edit]:
    """The last line of the text when it is the name of the channel account that posted the article
    (`metadata.account_name`) and what was removed right under it is the account's card or prompts
    (`ACCOUNT_CARD_RULES`): the card's name, as `account_card_name`. A unit signing a notice at its end,
    with nothing of a card under it, stays."""
    account = doc.metadata.get("account_name")
    text = doc.text.rstrip()
    if not isinstance(account, str) or not account.strip() or len(account) > ACCOUNT_CARD_MAX_CHARS:
        return []
    start = text.rfind("\n") + 1
    if text[start:].strip() != account.strip() or not text[:start].strip():
        return []
    end = len(text)
    starts, _shifts = change_index(doc.changes)
    under = next((c for c, at in zip(doc.changes, starts, strict=True) if at >= end and c.removed.strip()), None)
    if under is None or under.rule not in ACCOUNT_CARD_RULES:
        return []
    return [Edit(max(0, start - 1), end, "", ACCOUNT_CARD_RULE, {"account": account.strip()})]
