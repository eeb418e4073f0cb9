"""The `punctuation` stage: the punctuation-width policy (`Config.punctuation`).

`keep` (the default) leaves every mark as scraped. `cjk` turns the half-width marks
`,:;?!()` that sit inside Chinese prose into their full-width forms, one logged
change per mark (rule `cjk_punctuation`):

- `, : ; ? !` after a Han character, when what follows is a Han character, Chinese
  punctuation or the end of the line (`,` `:` `;` also before a digit: `始建于1942年,2010年`);
  or after a closing Chinese quote/bracket when a Han character or opening mark follows;
- `( )` as a pair on one line whose content holds a Han character (`党委(含各分院)现有`).

ASCII runs are never touched: URLs, times (`8:50`), numbers (`86400.81`, `1,000`), a
bare counter `(0)`, English such as `(Local Area Network,LAN)`.
"""

from __future__ import annotations

from cleaner.config import Config
from cleaner.model import Document, Edit
from cleaner.stage import Stage

from .. import recode

STAGE = "punctuation"
RULE = "cjk_punctuation"

FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
HAN = recode.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_OPEN = "“‘「『（《【〈〔"
CJK_CLOSE = "”’」』）》】〉〕"
CJK_MARKS = "，。、；：？！…—" + CJK_OPEN + CJK_CLOSE
# Candidates: a single half-width mark; the checks on its neighbours are in `_convert_mark`.
MARK = recode.compile(r"[,:;?!]")
# A parenthesised run on one line without nested brackets; converted when it holds Han text.
PAREN = recode.compile(r"\(([^()\n]{1,200})\)")


def _is_han(ch: str) -> bool:
    return bool(ch) and HAN.match(ch) is not None


def _convert_mark(mark: str, left: str, right: str) -> bool:
    """Whether `mark` between `left` and `right` ('' or '\\n' at a line edge) is prose punctuation."""
    if _is_han(left):
        if _is_han(right) or right in ("", "\n") or right in CJK_MARKS:
            return True
        return mark in ",:;" and right.isdigit()
    if left in CJK_CLOSE:
        return _is_han(right) or (right != "" and right in CJK_OPEN)
    return False


class Punctuation(Stage):
    """Apply the punctuation-width policy; `keep` changes nothing."""

    name = STAGE

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        self.policy = self.config.punctuation

    def run(self, doc: Document) -> list[Document]:
        if self.policy == "keep":
            return [doc]
        text = doc.text
        chars = list(text)
        converted: set[int] = set()
        # Innermost pairs first, then the pairs around them (`(见附件(一))`), until none is left.
        view = text
        while True:
            pairs = [m for m in PAREN.finditer(view) if HAN.search(m.group(1)) and "://" not in m.group(1)]
            if not pairs:
                break
            for m in pairs:
                chars[m.start()] = FULL_WIDTH["("]
                chars[m.end() - 1] = FULL_WIDTH[")"]
                converted.update((m.start(), m.end() - 1))
            view = "".join(chars)
        # Decide on the text as it will read after conversion, repeating until nothing
        # more converts, so that a second run finds nothing (`党委(含分院),现有`: the
        # comma follows `）` only once the bracket is converted).
        marks = [m.start() for m in MARK.finditer(text)]
        changed = True
        while changed and marks:
            changed = False
            rest: list[int] = []
            for i in marks:
                left = chars[i - 1] if i > 0 else ""
                right = chars[i + 1] if i + 1 < len(chars) else ""
                if _convert_mark(chars[i], left, right):
                    chars[i] = FULL_WIDTH[chars[i]]
                    converted.add(i)
                    changed = True
                else:
                    rest.append(i)
            marks = rest
        edits = [Edit(i, i + 1, chars[i], RULE) for i in sorted(converted)]
        if edits:
            doc.apply(STAGE, edits)
        return [doc]
