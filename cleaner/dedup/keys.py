"""Comparison keys: the cleaned text folded so that width, punctuation and script do not matter.

A key is used for comparison only; the record's text is never changed here. Folding:

1. NFKC, which folds full-width letters, digits and punctuation to their usual forms;
2. every character that is punctuation, a symbol, a separator, a control or a format
   character is removed (whitespace included), so `,` and `，` or a line break weigh nothing;
3. traditional to simplified Chinese with OpenCC's `t2s` dictionaries (when enabled).

Keys shorter than `SHORT_KEY_CHARS` are too short for shingles to say much (a 5-gram set of a
caption has a handful of members), so such records are compared by exact key only.
"""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache

import regex

# Below this many key characters a record is compared by exact key, not by shingles.
SHORT_KEY_CHARS = 30

_DROP = regex.compile(r"[\p{P}\p{S}\p{Z}\p{C}\s]+")


@lru_cache(maxsize=1)
def _t2s() -> tuple[object, frozenset[str]]:
    """The cached OpenCC t2s converter and the characters that can make it change anything.

    The pure-Python converter costs about 2 µs per character, so a key with none of those
    characters (almost every simplified-script article) skips it. The trigger set is read
    from OpenCC's own dictionaries: every character with a different simplified form, plus
    every character a phrase entry rewrites.
    """
    import opencc

    converter = opencc.OpenCC("t2s")
    base = os.path.join(os.path.dirname(opencc.__file__), "dictionary")
    triggers: set[str] = set()
    with open(os.path.join(base, "TSCharacters.txt"), encoding="utf-8") as f:
        for line in f:
            src, _, dst = line.rstrip("\n").partition("\t")
            if src != dst.split(" ")[0]:
                triggers.add(src)
    with open(os.path.join(base, "TSPhrases.txt"), encoding="utf-8") as f:
        for line in f:
            src, _, dst = line.rstrip("\n").partition("\t")
            dst = dst.split(" ")[0]
            if len(src) != len(dst):
                triggers.update(src)
            else:
                triggers.update(a for a, b in zip(src, dst, strict=True) if a != b)
    return converter, frozenset(triggers)


def to_simplified(text: str) -> str:
    """`text` with traditional characters and phrases folded to simplified ones (OpenCC t2s)."""
    converter, triggers = _t2s()
    if triggers.isdisjoint(text):
        return text
    return str(converter.convert(text))  # type: ignore[attr-defined]


def dedup_key(text: str, opencc: bool = True) -> str:
    """The comparison key of a cleaned text: NFKC, no punctuation/symbols/whitespace, simplified script."""
    key = _DROP.sub("", unicodedata.normalize("NFKC", text))
    if opencc and key:
        key = to_simplified(key)
    return key


def is_short(key: str) -> bool:
    """True when a key is compared by exact equality instead of by shingles."""
    return len(key) < SHORT_KEY_CHARS
