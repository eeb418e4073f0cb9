"""Comparison keys: the cleaned text folded so that width, punctuation and script do not matter.

A key is used for comparison only; the record's text is never changed here. Folding:

1. NFKC, which folds full-width letters, digits and punctuation to their usual forms;
2. every character that is punctuation, a symbol, a separator, a control or a format
   character is removed (whitespace included), so `,` and `，` or a line break weigh nothing;
3. traditional to simplified Chinese with OpenCC's `t2s` dictionaries (when enabled).

Speed: steps 1 and 2 take array lookups over code points when no character of the text can
compose with a neighbour (see `fold`); other texts take the exact two-step path. Step 3 runs
OpenCC's compiled engine (the `opencc` package's C++ wheel) on the same text dictionaries as the
pure-Python `opencc-python-reimplemented`, which stays the fallback when the wheel is missing,
and only on keys holding one of the few characters without which it changes nothing
(`t2s_triggers`). `dedup_keys` folds many texts in one array pass. tests/test_minhash.py and
tests/test_keys.py check every shortcut against the plain path.

Keys shorter than `SHORT_KEY_CHARS` are too short for shingles to say much (a 5-gram set of a
caption has a handful of members), so such records are compared by exact key only.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
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
    # (`map` and `filter` keep the scan of every code point in C: most have no decomposition)
    for dec in filter(None, map(unicodedata.decomposition, map(chr, range(limit)))):
        if not dec.startswith("<"):
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
    # Most characters are their own NFKC form (the quick check says so without normalizing); one
    # NFKC call folds the few thousand others: a line break composes with nothing, so lines fold alone.
    changed = [ch for ch in chars if not unicodedata.is_normalized("NFKC", ch)]
    folded = unicodedata.normalize("NFKC", "\n".join(changed)).split("\n")
    composing = halves | {ch for ch in chars if unicodedata.combining(ch)}
    plane = "".join(chars)
    dropped = np.zeros(0x10000, dtype=bool)
    for m in _DROP.finditer(plane):
        dropped[m.start() : m.end()] = True
    table = np.arange(0x10000, dtype=np.uint32)
    table[dropped] = _GONE
    # A character that may compose with a neighbour takes the exact path, whatever it folds to.
    table[[ord(ch) for ch in composing]] = _EXACT
    for ch, f in zip(changed, folded, strict=True):
        c = ord(ch)
        if not composing.isdisjoint(f) or ch in composing:
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


# Characters folded the exact way before the table is built: building it costs about 0.1 s, about
# what the exact way spends on half a million characters of Chinese text with full-width
# punctuation, so a small run (one file, one test) never pays for it, and a large one pays at most
# twice the least it could (a batch of more characters than this builds it at once). Both ways
# give the same key.
TABLE_AFTER_CHARS = 500_000
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


# Characters of key text folded per array pass in `fold_many` (about 16 bytes of temporaries each).
_GROUP_CHARS = 1 << 20


def fold_many(texts: Sequence[str]) -> list[str]:
    """`fold` of each text, the table lookups of many texts done in one array pass."""
    return [key for key, _ in _fold_group_all(texts, None)]


def _fold_group_all(texts: Sequence[str], triggers: Any) -> list[tuple[str, bool]]:
    """(fold(text), whether the folded key holds a character `triggers` marks) per text; the
    second is True wherever it was not looked up (exact path, or no `triggers` table)."""
    global _exact_chars
    total = sum(map(len, texts))
    if _fold_table.cache_info().currsize == 0 and _exact_chars + total < TABLE_AFTER_CHARS:
        _exact_chars += total
        return [(_exact_fold(t), True) for t in texts]
    out: list[tuple[str, bool]] = []
    for start, end in char_groups(texts, _GROUP_CHARS):
        out += _fold_group(texts[start:end], triggers)
    return out


def char_groups(texts: Sequence[str], limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive runs of `texts` holding at most `limit` characters together
    (a longer text makes a run of its own): the groups one array pass takes."""
    start = 0
    while start < len(texts):
        end, chars = start, 0
        while end < len(texts) and (chars == 0 or chars + len(texts[end]) <= limit):
            chars += len(texts[end])
            end += 1
        yield start, end
        start = end


def _fold_group(texts: Sequence[str], triggers: Any) -> list[tuple[str, bool]]:
    import numpy as np

    joined = "".join(texts)
    utf16 = joined.encode("utf-16-le", "surrogatepass")
    if len(utf16) != 2 * len(joined):  # surrogate pairs somewhere: each text on its own
        return [(fold(t), True) for t in texts]
    codes = _fold_table()[np.frombuffer(utf16, dtype=np.uint16)]
    del utf16
    bounds = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)), out=bounds[1:])

    def marked(positions: Any, edges: Any) -> list[bool]:
        # Whether each text (edges[k] .. edges[k + 1]) holds one of the sorted marked positions.
        return (np.diff(np.searchsorted(positions, edges)) > 0).tolist()  # type: ignore[no-any-return]

    exact = marked(np.flatnonzero(codes == _EXACT), bounds)
    keep = codes < 0x110000
    # A text's folded characters end where its characters end, less the dropped ones before.
    kept = bounds - np.searchsorted(np.flatnonzero(~keep), bounds)
    folded = codes[keep]
    del codes, keep
    hits = marked(np.flatnonzero(triggers[folded]), kept) if triggers is not None else [True] * len(texts)
    big = str(folded.tobytes().decode("utf-32-le"))
    ends = kept.tolist()
    return [
        (_exact_fold(text), True) if bad else (big[begin:end], hit)
        for text, begin, end, bad, hit in zip(texts, ends[:-1], ends[1:], exact, hits, strict=True)
    ]


def dedup_keys(texts: Sequence[str], opencc: bool = True) -> list[str]:
    """`dedup_key` of each text: one array pass folds them all, and OpenCC runs only on the keys
    that hold a character it could change (`t2s_triggers`)."""
    if not opencc:
        return fold_many(texts)
    if _fold_table.cache_info().currsize == 0 and _exact_chars + sum(map(len, texts)) < TABLE_AFTER_CHARS:
        return [dedup_key(t) for t in texts]
    convert = _t2s()[0]
    return [convert(key) if hit and key else key for key, hit in _fold_group_all(texts, _trigger_table())]


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


def opencc_dictionaries() -> str | None:
    """The folder of OpenCC's text dictionaries (both OpenCC packages install `opencc/dictionary`),
    found without importing OpenCC; None when neither is installed."""
    spec = importlib.util.find_spec("opencc")
    for base in (spec.submodule_search_locations or ()) if spec is not None else ():
        folder = os.path.join(base, "dictionary")
        if os.path.exists(os.path.join(folder, "TSCharacters.txt")):
            return folder
    return None


@lru_cache(maxsize=1)
def simplified_forms() -> dict[str, str]:
    """Every traditional character of OpenCC's `TSCharacters.txt` whose first simplified form is
    another one, with that form (empty without OpenCC's dictionaries)."""
    base = opencc_dictionaries()
    out: dict[str, str] = {}
    if base is None:
        return out
    with open(os.path.join(base, "TSCharacters.txt"), encoding="utf-8") as f:
        for line in f:
            src, _, dst = line.rstrip("\n").partition("\t")
            first = dst.split(" ")[0]
            if src != first:
                out[src] = first
    return out


@lru_cache(maxsize=1)
def traditional_spellings() -> dict[str, tuple[str, ...]]:
    """Every simplified character of OpenCC's `STCharacters.txt` with its traditional forms, the
    usual one first (回: 回 迴; 页: 頁), itself among them where traditional text uses it too
    (empty without OpenCC's dictionaries)."""
    base = opencc_dictionaries()
    out: dict[str, tuple[str, ...]] = {}
    if base is None:
        return out
    with open(os.path.join(base, "STCharacters.txt"), encoding="utf-8") as f:
        for line in f:
            src, _, dst = line.rstrip("\n").partition("\t")
            forms = tuple(t for t in dst.split(" ") if len(t) == 1)
            if len(src) == 1 and forms and forms != (src,):
                out[src] = forms
    return out


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
    chars = set(simplified_forms())
    phrases: set[str] = set()
    with open(os.path.join(base, "TSPhrases.txt"), encoding="utf-8") as f:
        for line in f:
            src, _, dst = line.rstrip("\n").partition("\t")
            if src != dst.split(" ")[0] and chars.isdisjoint(src):
                phrases.add(src)
    return converter, frozenset(chars), tuple(sorted(phrases))


@lru_cache(maxsize=1)
def t2s_triggers() -> frozenset[str]:
    """Characters without which OpenCC t2s leaves a text unchanged: every character with another
    simplified form, and one character of each phrase entry that rewrites text made only of other
    characters (such as 沈 for 沈默). Each such phrase is covered by the character most of them
    share (覆, 藉, 瞭, ...), so a text is rarely converted for nothing."""
    _, chars, phrases = _t2s()
    picked: set[str] = set()
    for phrase in phrases:
        if picked.isdisjoint(phrase):
            shared = [(sum(ch in p for p in phrases), ch) for ch in phrase]
            picked.add(max(shared)[1])
    return chars | frozenset(picked)


@lru_cache(maxsize=1)
def _trigger_table() -> Any:
    """Per code point, 1 when it is one of `t2s_triggers`."""
    import numpy as np

    table = np.zeros(0x110000, dtype=np.uint8)
    table[[ord(ch) for ch in t2s_triggers()]] = 1
    return table


def to_simplified(text: str) -> str:
    """`text` with traditional characters and phrases folded to simplified ones (OpenCC t2s)."""
    converter = _t2s()[0]
    if not text or not _has_trigger(text):
        return text
    return converter(text)


def _has_trigger(text: str) -> bool:
    if "numpy" not in sys.modules:
        # A run too small to have signed anything yet (one small file) is not worth importing
        # numpy for: the set test gives the same answer, only slower on long texts.
        return not t2s_triggers().isdisjoint(text)
    import numpy as np

    return bool(_trigger_table()[np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)].any())


def dedup_key(text: str, opencc: bool = True) -> str:
    """The comparison key of a cleaned text: NFKC, no punctuation/symbols/whitespace, simplified script."""
    key = fold(text)
    if opencc and key:
        key = to_simplified(key)
    return key


def document_key(doc: Document, opencc: bool = True) -> str:
    """`dedup_key(doc.text, opencc)`, folded once per text of the document (`Document.view`)."""
    return doc.view().memo(("dedup_key", opencc), lambda text: dedup_key(text, opencc))


def document_keys(docs: Sequence[Document], opencc: bool = True) -> list[str]:
    """`document_key` of each document, folded together (`dedup_keys`) and kept with each text."""
    name = ("dedup_key", opencc)
    keys = dedup_keys([d.text for d in docs], opencc)
    out: list[str] = []
    for doc, key in zip(docs, keys, strict=True):
        # The memo already holds the same key where the text was folded before.
        out.append(doc.view().memo(name, functools.partial(_given, key)))
    return out


def _given(key: str, _text: str) -> str:
    return key


def is_short(key: str) -> bool:
    """True when a key is compared by exact equality instead of by shingles."""
    return len(key) < SHORT_KEY_CHARS
