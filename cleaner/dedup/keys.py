"""Comparison keys: the cleaned text folded so that width, punctuation and script do not matter.

A key is used for comparison only; the record's text is never changed here. Folding:

1. NFKC, which folds full-width letters, digits and punctuation to their usual forms;
2. every character that is punctuation, a symbol, a separator, a control or a format
   character is removed (whitespace included), so `,` and `，` or a line break weigh nothing;
3. traditional to simplified Chinese with OpenCC's `t2s` dictionaries (when enabled).

Speed: steps 1 and 2 take array lookups over code points when no character of the text can
compose with a neighbour (see `fold`); other texts take the exact two-step path. Step 3 runs
OpenCC's compiled engine (the `opencc` package's C++ wheel) on the same text dictionaries as the
pure-Python `opencc-python-reimplemented`, which stays the fallback when the wheel is missing;
tests/test_minhash.py checks both shortcuts against the plain paths.

Keys shorter than `SHORT_KEY_CHARS` are too short for shingles to say much (a 5-gram set of a
caption has a handful of members), so such records are compared by exact key only.
"""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from ..model import Document

# True once `_t2s` has loaded OpenCC's compiled engine.
_COMPILED = False

# Below this many key characters a record is compared by exact key, not by shingles.
SHORT_KEY_CHARS = 30

_DROP = regex.compile(r"[\p{P}\p{S}\p{Z}\p{C}\s]+")


def second_halves(limit: int = 0x10000) -> frozenset[str]:
    """Characters below `limit` that canonical composition can merge into the character before them.

    Composites are scanned below `limit` too; tests/test_minhash.py checks that scanning every
    code point finds no more second halves in the Basic Multilingual Plane."""
    out: set[str] = {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}  # Hangul V, T
    for c in range(limit):
        dec = unicodedata.decomposition(chr(c))
        if dec and not dec.startswith("<"):
            parts = dec.split()
            if len(parts) == 2 and int(parts[1], 16) < limit:
                out.add(chr(int(parts[1], 16)))
    return frozenset(out)


# Codes in the fold table besides a code point: the character folds to nothing, or needs the exact path.
_GONE, _EXACT = 0xFFFFFFFF, 0xFFFFFFFE


@lru_cache(maxsize=1)
def _fold_table() -> Any:
    """Per Basic Multilingual Plane code point, what `fold` makes of it alone: the code point of its
    one-character NFKC form, `_GONE` when NFKC leaves only dropped characters, or `_EXACT` when the
    character or its NFKC form may compose with a neighbour, or NFKC gives several characters."""
    import numpy as np

    halves = second_halves()
    # Surrogates and the line break itself stand in as a space (a line break is dropped like a space).
    chars = [" " if 0xD800 <= c < 0xE000 or c == 0x0A else chr(c) for c in range(0x10000)]
    # One NFKC call for the whole plane: a line break composes with nothing, so lines fold alone.
    folded = unicodedata.normalize("NFKC", "\n".join(chars)).split("\n")
    composing = halves | {ch for ch in chars if unicodedata.combining(ch)}
    plane = "".join(chars)
    dropped = np.zeros(0x10000, dtype=bool)
    for m in _DROP.finditer(plane):
        dropped[m.start() : m.end()] = True
    table = np.arange(0x10000, dtype=np.uint32)
    table[dropped] = _GONE
    for c, (ch, f) in enumerate(zip(chars, folded, strict=True)):
        # Most characters are their own NFKC form: only the others are looked at one by one.
        if f == ch:
            if ch in composing:
                table[c] = _EXACT
        elif not composing.isdisjoint(f) or ch in composing:
            table[c] = _EXACT
        elif all(_DROP.fullmatch(x) for x in f):
            table[c] = _GONE
        elif len(f) == 1:
            table[c] = ord(f)
        else:
            table[c] = _EXACT
    table[0xD800:0xE000] = _EXACT
    return table


def _exact_fold(text: str) -> str:
    return _DROP.sub("", unicodedata.normalize("NFKC", text))


def _fold_codes(text: str) -> Any:
    """The code points of `fold(text)` as a uint32 array, or None when the text needs the exact path.

    NFKC of Chinese text with full-width punctuation is slow (the quick check fails on every
    `，`). When no character of the text can compose with a neighbour and each folds to at most
    one character, NFKC of the text is the concatenation of NFKC of its characters, so the whole
    fold is one array lookup per code point (`_fold_table`). Anything else (astral characters,
    combining marks, compatibility forms of several characters) takes the exact path.
    """
    utf16 = text.encode("utf-16-le", "surrogatepass")  # a lone surrogate is one unit, and exact
    if len(utf16) != 2 * len(text):  # surrogate pairs: characters outside the table
        return None
    import numpy as np

    codes = _fold_table()[np.frombuffer(utf16, dtype=np.uint16)]
    if (codes == _EXACT).any():
        return None
    return codes[codes < 0x110000]


# Characters folded the exact way before the table is built: building it costs about 0.3 s, more
# than it saves on a small run (one file, one test), and both ways give the same key.
TABLE_AFTER_CHARS = 2_000_000
_exact_chars = 0


def fold(text: str) -> str:
    """NFKC, then every punctuation, symbol, separator, control and format character removed."""
    global _exact_chars
    if _exact_chars < TABLE_AFTER_CHARS and _fold_table.cache_info().currsize == 0:
        _exact_chars += len(text)
        return _exact_fold(text)
    codes = _fold_codes(text)
    if codes is None:
        return _exact_fold(text)
    return str(codes.tobytes().decode("utf-32-le"))


def _compiled_t2s(base: str) -> Callable[[str], str] | None:
    """OpenCC's C++ engine with the text dictionaries in `base`, or None when the wheel is not installed."""
    try:
        from opencc.clib import opencc_clib  # type: ignore[attr-defined]  # the `opencc` wheel (both packages install into `opencc/`)
    except ImportError:
        return None
    phrases, chars = os.path.join(base, "TSPhrases.txt"), os.path.join(base, "TSCharacters.txt")
    config = {
        "name": "t2s from the opencc-python-reimplemented dictionaries",
        "segmentation": {"type": "mmseg", "dict": {"type": "text", "file": phrases}},
        "conversion_chain": [{"dict": {"type": "group", "match_policy": "short_circuit", "dicts": [
            {"type": "text", "file": phrases}, {"type": "text", "file": chars}]}}],
    }
    with tempfile.TemporaryDirectory(prefix="cleaner-opencc-") as tmp:
        path = os.path.join(tmp, "t2s.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(config, f)
        engine = opencc_clib._OpenCC(path, False, None)

    python: list[Callable[[str], str]] = []

    def convert(text: str) -> str:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (from a JSON escape): the engine takes UTF-8 only
            if not python:
                python.append(_python_t2s())
            return python[0](text)
        return str(engine.convert(data, len(data)))

    return convert


def _python_t2s() -> Callable[[str], str]:
    """The pure-Python converter of `opencc-python-reimplemented`."""
    from opencc.opencc import OpenCC

    return OpenCC("t2s").convert  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _t2s() -> tuple[Callable[[str], str], frozenset[str], tuple[str, ...]]:
    """The cached OpenCC t2s converter, and what can make it change a text.

    The pure-Python converter costs about 2 µs per character, so a key it would leave alone
    (almost every simplified-script article) skips it. From OpenCC's own dictionaries: the
    characters with a different simplified form, and the phrase entries that rewrite text made
    only of other characters (such as 沈默 -> 沉默). Without either in a key, every match the
    converter can make maps to itself, so the conversion is the identity.
    """
    import opencc

    base = os.path.join(os.path.dirname(opencc.__file__), "dictionary")
    global _COMPILED
    compiled = _compiled_t2s(base)
    _COMPILED = compiled is not None
    converter = compiled or _python_t2s()
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
    if _COMPILED and text:
        # The compiled engine converts faster than the shortcut below checks (a phrase entry starts
        # with 一, 不 or 以: almost every key would be searched for every phrase).
        return converter(text)
    if chars.isdisjoint(text) and not any(p in text for p in phrases):
        return text
    return converter(text)


def dedup_key(text: str, opencc: bool = True) -> str:
    """The comparison key of a cleaned text: NFKC, no punctuation/symbols/whitespace, simplified script."""
    key = fold(text)
    if opencc and key:
        key = to_simplified(key)
    return key


def document_key(doc: Document, opencc: bool = True) -> str:
    """`dedup_key(doc.text, opencc)`, folded once per text of the document (`Document.view`)."""
    return doc.view().memo(("dedup_key", opencc), lambda text: dedup_key(text, opencc))


def is_short(key: str) -> bool:
    """True when a key is compared by exact equality instead of by shingles."""
    return len(key) < SHORT_KEY_CHARS
