"""Bytes → text. Strict UTF-8 first, BOMs next, then charset-normalizer.

GB2312 and GBK guesses decode as GB18030 (a superset that also takes the bytes
the smaller tables lack), so one stray character cannot turn a page to mojibake.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# charset-normalizer names that we widen to a superset before decoding.
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz": "gb18030", "big5": "big5hkscs"}

# Encodings we trust for Chinese pages when charset-normalizer offers several.
_PREFERRED = ("gb18030", "big5hkscs", "utf_8")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    lossy: bool = False  # replacement characters were used


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16/32 BOM mean this is not a text file."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _, _ in _BOMS):
        return False
    return b"\x00" in head


def decode(data: bytes) -> Decoded:
    for bom, name, label in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(name), label)
            except UnicodeDecodeError:
                return Decoded(data[len(bom) :].decode(name, errors="replace"), label, lossy=True)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # Chinese pages are overwhelmingly GB-family; try the strict superset first,
    # which is fast and right far more often than a statistical guess.
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _mostly_cjk(text):
        return Decoded(text, "gb18030")
    guesses = from_bytes(data[:200_000] if len(data) > 200_000 else data)
    for match in guesses:
        enc = _WIDEN.get(match.encoding.lower(), match.encoding)
        try:
            return Decoded(data.decode(enc), enc.replace("_", "-"))
        except (UnicodeDecodeError, LookupError):
            continue
    for enc in ("big5hkscs",):
        try:
            t = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _mostly_cjk(t):
            return Decoded(t, enc)
    if text is not None:
        return Decoded(text, "gb18030")
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8", lossy=True)


def _mostly_cjk(text: str) -> bool:
    """True when the letters of `text` are mostly common CJK ideographs."""
    sample = text[:20_000]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return True
    common = sum(1 for ch in letters if "\u4e00" <= ch <= "\u9fff" or ch.isascii())
    return common / len(letters) > 0.9
