"""The `normalize` stage: NFC, line endings, invisible characters, trailing spaces, blank-line runs.

Each kind of fix is its own rule id so the report can say which fired. A paragraph
is a line: records separate paragraphs by one `\n` (DESIGN.md section 3), so blank
lines, which some sources put between paragraphs and some do not, are removed.
"""

from __future__ import annotations

import re
import unicodedata

from ..model import Document, Edit
from ..stage import Stage

STAGE = "normalize"

# Zero-width and bidi marks, soft hyphen, BOMs inside text, word joiner; NBSP-like spaces become a space.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u202a-\u202e\u2066-\u2069]+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f]")
_LINE_END = re.compile("\r\n?|[\u2028\u2029\x85]")
_TRAILING = re.compile("[ \t\u3000]+(?=\n|\\Z)")
_LEADING = re.compile("(?:(?<=\n)|\\A)[ \t\u3000]+")
_SPACE_RUN = re.compile("[ \t]{2,}")
_BLANK_RUN = re.compile("\n{2,}")
_EDGE_BLANK = re.compile("\\A\n+|\n+\\Z")
# Matches wherever any step below would: a text it does not match (and already NFC) needs no fix,
# and one scan replaces nine.
_ANY_FIX = re.compile(
    "|".join(p.pattern for p in (_LINE_END, _CONTROL, _INVISIBLE, _ODD_SPACE, _TRAILING, _LEADING, _SPACE_RUN, _BLANK_RUN, _EDGE_BLANK))
)


def _nfc_edits(text: str) -> list[Edit]:
    if unicodedata.is_normalized("NFC", text):
        return []
    edits: list[Edit] = []
    # Normalise per line so the edits stay small and local.
    pos = 0
    for line in text.split("\n"):
        if not unicodedata.is_normalized("NFC", line):
            edits.append(Edit(pos, pos + len(line), unicodedata.normalize("NFC", line), "nfc"))
        pos += len(line) + 1
    return edits


def _regex_edits(text: str, pattern: re.Pattern[str], replacement: str, rule: str) -> list[Edit]:
    return [Edit(m.start(), m.end(), replacement, rule) for m in pattern.finditer(text)]


class Normalize(Stage):
    """Unicode and whitespace normalization; every fix is a logged change."""

    name = STAGE

    def run(self, doc: Document) -> list[Document]:
        if _ANY_FIX.search(doc.text) is None and unicodedata.is_normalized("NFC", doc.text):
            return [doc] if doc.text.strip() else []
        steps: list[tuple[str, tuple[re.Pattern[str], str] | None]] = [
            ("line_endings", (_LINE_END, "\n")),
            ("control_chars", (_CONTROL, "")),
            ("invisible_chars", (_INVISIBLE, "")),
            ("nfc", None),
            ("odd_spaces", (_ODD_SPACE, " ")),
            ("trailing_spaces", (_TRAILING, "")),
            ("leading_spaces", (_LEADING, "")),
            ("space_runs", (_SPACE_RUN, " ")),
            ("blank_lines", (_BLANK_RUN, "\n")),
            ("edge_blank_lines", (_EDGE_BLANK, "")),
        ]
        for rule, spec in steps:
            if spec is None:
                edits = _nfc_edits(doc.text)
            else:
                pattern, repl = spec
                edits = _regex_edits(doc.text, pattern, repl, rule)
            if edits:
                doc.apply(STAGE, edits)
        return [doc] if doc.text.strip() else []
