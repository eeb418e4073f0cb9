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
def _t2s() -> tuple[object, frozenset[str], tuple[str, ...]]:
    """The cached OpenCC t2s converter, and what can make it change a text.

    The pure-Python converter costs about 2 µs per character, so a key it would leave alone
    (almost every simplified-script article) skips it. From OpenCC's own dictionaries: the
    characters with a different simplified form, and the phrase entries that rewrite text made
    only of other characters (such as 沈默 -> 沉默). Without either in a key, every match the
    converter can make maps to itself, so the conversion is the identity.
    """
    import opencc

    converter = opencc.OpenCC("t2s")
    base = os.path.join(os.path.dirname(opencc.__file__), "dictionary")
    chars: set[str] = set()
    with open(os.path.join(base, "TSCharacters.txt"), encoding="utf-8") as f:
        for line in f:
            src, _, dst = line.rstrip("\n").partition("\t")
            if src != dst.split(" ")[0]:
                chars.add(src)
    phrases: set[str] = set()
    with open(os.path.join(base, "TSPhrases.txt"), encoding="utf-8") as f:
        for line in f:
            src, _, dst = line.rstrip("\n").partition("\t")
            if src != dst.split(" ")[0] and chars.isdisjoint(src):
                phrases.add(src)
    return converter, frozenset(chars), tuple(sorted(phrases))


def to_simplified(text: str) -> str:
    """`text` with traditional characters and phrases folded to simplified ones (OpenCC t2s)."""
    converter, chars, phrases = _t2s()
    if chars.isdisjoint(text) and not any(p in text for p in phrases):
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
