"""Bytes → text. BOMs first, then strict UTF-8, UTF-16 without a BOM by its NUL pattern, then the
legacy Chinese encodings, chosen by how plausible their text is.

The decoding rule (README "Encodings"):

* a BOM decides; otherwise strict UTF-8; otherwise UTF-16 when the NUL bytes of its ASCII
  characters sit all on odd (LE) or all on even (BE) positions and the text decodes strictly;
* otherwise every strict decoding among GB18030, Big5-HKSCS, charset-normalizer's guesses and a
  per-line decoding (each line UTF-8 where it is valid UTF-8, else the best legacy encoding: a
  file pasted together from a GBK half and a UTF-8 half) is scored by the share of its
  characters that are plausible text: the 3,755 common hanzi of GB2312 level 1, the 5,401
  common characters of Big5, ASCII, CJK punctuation and Latin letters. The highest score wins,
  so a short Big5 text is not read as GB18030 mojibake (whose characters are mostly rare ones);
* when nothing decodes strictly, undecodable bytes become U+FFFD and the result is `lossy`;
  `replaced` says how many characters were replaced, and the reader skips a file where more
  than MAX_REPLACED_SHARE of the characters were.

GB2312 and GBK guesses decode as GB18030 (a superset that also takes the bytes the smaller
tables lack), so one stray character cannot turn a page to mojibake.
"""

from __future__ import annotations

import codecs
import functools
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# charset-normalizer names that we widen to a superset before decoding.
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz": "gb18030", "big5": "big5hkscs"}

# A file whose decoding replaced more than this share of its characters is not text we can
# clean: it is skipped (exit 1) rather than written full of U+FFFD.
MAX_REPLACED_SHARE = 0.01

# Characters scored for plausibility; a prefix this long decides, so a huge file costs no more.
_SCORE_CHARS = 50_000


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    lossy: bool = False  # replacement characters were used
    replaced: int = 0  # how many characters are replacements for undecodable bytes


@functools.cache
def common_chars() -> frozenset[str]:
    """The common hanzi: GB2312 level 1 (rows 0xB0-0xD7) and Big5's frequent characters (0xA440-0xC67E)."""
    chars: set[str] = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    for hi in range(0xA4, 0xC7):
        for lo in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if (hi, lo) > (0xC6, 0x7E):
                break
            try:
                chars.add(bytes((hi, lo)).decode("big5"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def plausibility(text: str) -> float:
    """Share of the non-space characters of `text` that ordinary Chinese or Latin text is made of."""
    sample = text[:_SCORE_CHARS]
    # str.translate deletes the plausible characters in one C pass (a loop in Python took ten times
    # as long); what is left holds every space, counted by splitting on them.
    rest = sample.translate(_plausible_chars())
    good = len(sample) - len(rest)
    total = len(sample) - (len(rest) - len("".join(rest.split())))
    return good / total if total else 1.0


@functools.cache
def _plausible_chars() -> dict[int, None]:
    """A translate table deleting the characters `plausibility` counts as plausible: ASCII, the
    common hanzi, CJK symbols and punctuation, full-width forms, Latin letters and a few marks
    (spaces are not scored at all, so none is in it)."""
    chars = set(common_chars())
    chars.update(map(chr, range(0x7F)))
    chars.update(map(chr, range(0x3000, 0x3040)))
    chars.update(map(chr, range(0xFF01, 0xFF5F)))
    chars.update(ch for ch in map(chr, range(0x250)) if ch.isalpha())
    chars.update("·—–‘’“”…•、《》【】")
    return dict.fromkeys((ord(ch) for ch in chars if not ch.isspace()), None)


def sniff_utf16(data: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` when the NUL bytes of `data` have the pattern of UTF-16 text.

    ASCII characters (newlines, digits, punctuation) in UTF-16 are a NUL and a byte, the NUL
    always on the same side; binary data has its NULs anywhere. The text must then decode
    strictly and hold no control characters but line breaks and tabs.
    """
    head = data[:8192]
    if len(head) < 4 or b"\x00" not in head:
        return None
    odd = sum(1 for i in range(1, len(head), 2) if head[i] == 0)
    even = sum(1 for i in range(0, len(head), 2) if head[i] == 0)
    # A hanzi whose code point ends in 00 (一 U+4E00) puts a NUL on the other side: rare, so a
    # strong majority decides rather than unanimity.
    if odd >= 4 * even:
        name = "utf-16-le"
    elif even >= 4 * odd:
        name = "utf-16-be"
    else:
        return None
    try:
        text = data[: len(data) - len(data) % 2].decode(name)
    except UnicodeDecodeError:
        return None
    # Text, not a binary table that happens to be aligned: no control characters but line breaks.
    if any(ord(ch) < 0x20 and ch not in "\n\r\t\f" for ch in text[:_SCORE_CHARS]):
        return None
    return name


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16/32 BOM, and not in the pattern of UTF-16 text, mean this is not a text file."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _, _ in _BOMS):
        return False
    return b"\x00" in head and sniff_utf16(data) is None


def decode(data: bytes) -> Decoded:
    for bom, name, label in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(name), label)
            except UnicodeDecodeError:
                return _replaced(data[len(bom) :], name, label)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = sniff_utf16(data)
    if utf16 is not None:
        return Decoded(data[: len(data) - len(data) % 2].decode(utf16), utf16)
    candidates: list[tuple[str, str]] = []
    for enc in ("gb18030", "big5hkscs"):
        try:
            candidates.append((data.decode(enc), enc))
        except UnicodeDecodeError:
            continue
    mixed = _per_line(data, candidates[0][1] if candidates else None)
    if mixed is not None:
        candidates.append(mixed)
    # Each candidate scored once.
    scores = [plausibility(t) for t, _ in candidates]
    if not candidates or max(scores) < 0.9:
        # Imported only here: almost every input is UTF-8 or GB18030 and never needs a guess.
        from charset_normalizer import from_bytes

        for match in from_bytes(data[:200_000] if len(data) > 200_000 else data):
            enc = _WIDEN.get(match.encoding.lower(), match.encoding)
            try:
                candidates.append((data.decode(enc), enc.replace("_", "-")))
            except (UnicodeDecodeError, LookupError):
                continue
            scores.append(plausibility(candidates[-1][0]))
    if candidates:
        # max() keeps the first of equal scores: GB18030 before Big5 before the guesses.
        best = max(range(len(candidates)), key=scores.__getitem__)
        text, enc = candidates[best]
        return Decoded(text, enc)
    return _replaced(data, "utf-8", "utf-8")


def _per_line(data: bytes, legacy: str | None) -> tuple[str, str] | None:
    """Each line as UTF-8 where it is valid UTF-8, else in a legacy encoding; None unless both occur."""
    lines = data.split(b"\n")
    out: list[str] = []
    used: set[str] = set()
    utf8 = other = 0
    for line in lines:
        try:
            s = line.decode("utf-8")
            if not line.isascii():
                utf8 += 1
        except UnicodeDecodeError:
            other += 1
            s = ""
            for enc in (legacy, "gb18030", "big5hkscs"):
                if enc is None:
                    continue
                try:
                    s = line.decode(enc)
                    used.add(enc)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                return None
        out.append(s)
    if not (utf8 and other):
        return None
    return "\n".join(out), "+".join(["utf-8", *sorted(used)])


def _replaced(data: bytes, name: str, label: str) -> Decoded:
    text = data.decode(name, errors="replace")
    replaced = text.count("\ufffd") - data.decode(name, errors="ignore").count("\ufffd")
    return Decoded(text, label, lossy=True, replaced=replaced)
