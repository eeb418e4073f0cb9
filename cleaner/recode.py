"""Compiled regular expressions kept between runs.

The standard library compiles a pattern in Python: it parses it, then writes the matcher's
code, and writing the code of a character class of Han characters walks a 65,536-entry map.
The chain's few hundred module patterns (`lazyre.deferred`) cost about a third of a second to
compile, more than cleaning a small file does. The code written is a function of the pattern,
its flags and the Python build alone, so a run keeps it, with the groups' names, in one file in
the user's cache folder (`patternmemo.cache_dir`), named by a digest of the Python build and of
this module, and the next run hands it straight to the matcher (`_sre.compile`, the step the
standard library's compiler ends with), which checks the code before it takes it.

Nothing a run writes depends on the file: a missing, unreadable or corrupt one, an entry the
matcher refuses, or a Python whose compiler works otherwise, is compiled the ordinary way
(`re.compile`); a file that cannot be written is simply not kept; `CLEANER_CACHE_DIR=` (empty)
turns it off. It is written whole to a temporary name and renamed, at the end of the process
that read it, and only if the process compiled a pattern the file did not hold.
"""

from __future__ import annotations

import array
import atexit
import hashlib
import marshal
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any

try:  # the standard library's own compiler, as `re.compile` runs it (CPython 3.11 to 3.13)
    import _sre
    import importlib
    import re._parser as _parser

    _compiler: Any = importlib.import_module("re._compiler")

    _AVAILABLE = callable(getattr(_compiler, "_code", None)) and callable(getattr(_sre, "compile", None))
except ImportError:  # pragma: no cover - another Python implementation
    _AVAILABLE = False

# Bump when what an entry holds changes shape.
FORMAT = 2
# Entries kept at most: past this, a run keeps only what it used itself.
MAX_ENTRIES = 4_000

# (flags, the code as the matcher's 32-bit words, groups, group names to numbers, numbers to names):
# the code as bytes, which the file reads back as one block, not a list of many ints.
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def _digest() -> str:
    """The Python build (its compiler writes the code) and this module."""
    h = hashlib.sha256(f"{FORMAT}\0{sys.version}\0{sys.implementation.cache_tag}\0{getattr(_sre, 'MAGIC', '')}".encode())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:20]


class _Codes:
    """The entries of one process: read on first use, written back at its end."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, int], _Entry] | None = None
        self._used: set[tuple[str, int]] = set()
        self._added = False
        self._path: Path | None = None
        self._pid = os.getpid()
        self._lock = threading.Lock()

    def _load(self) -> dict[tuple[str, int], _Entry]:
        if self._entries is not None:
            return self._entries
        from .patternmemo import cache_dir

        entries: dict[tuple[str, int], _Entry] = {}
        folder = cache_dir()
        if folder is not None:
            try:
                self._path = folder / f"regexes-{_digest()}.marshal"
                data = marshal.loads(self._path.read_bytes())
                if isinstance(data, dict):
                    entries = data
            except (OSError, ValueError, EOFError, TypeError):
                pass  # no file yet, or one that cannot be read: compiled again, and written anew
            atexit.register(self.save)
        self._entries = entries
        return entries

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        with self._lock:
            entries = self._load()
        key = (pattern, flags)
        entry = entries.get(key)
        if entry is not None:
            try:
                fl, words, groups, groupindex, indexgroup = entry
                kept = array.array(_CODE_TYPE)
                kept.frombytes(words)
                compiled: re.Pattern[str] = _sre.compile(pattern, fl, kept.tolist(), groups, groupindex, indexgroup)
                self._used.add(key)
                return compiled
            except (TypeError, ValueError, RuntimeError):
                pass  # an entry of the wrong shape, or code the matcher refuses: compiled afresh
        parsed = _parser.parse(pattern, flags)
        # (the opcodes are named int subclasses: kept as the plain ints the matcher reads)
        code = list(map(int, _compiler._code(parsed, flags)))
        groupindex = dict(parsed.state.groupdict)
        names: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            names[i] = name
        compiled = _sre.compile(pattern, int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(names))
        try:
            words = array.array(_CODE_TYPE, code).tobytes()
        except OverflowError:  # (a word wider than the matcher's: not kept)
            return compiled
        entry = (int(flags | parsed.state.flags), words, parsed.state.groups - 1, groupindex, tuple(names))
        with self._lock:
            entries[key] = entry
            self._used.add(key)
            self._added = True
        return compiled

    def save(self) -> None:
        """Write the entries if this process compiled new ones; any failure leaves the file as it was."""
        if not self._added or self._path is None or self._entries is None or os.getpid() != self._pid:
            return
        entries = self._entries
        if len(entries) > MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self._used}
        from .patternmemo import keep_file

        try:
            data = marshal.dumps(entries)
        except ValueError:
            return  # (an entry of a shape marshal does not write: not kept, compiled again next run)
        if keep_file(self._path, data):
            self._added = False


# The matcher's code words are 32-bit (`_sre.CODESIZE` is 4): the array type of that size.
_CODE_TYPE = next((t for t in "IL" if array.array(t).itemsize == getattr(_sre, "CODESIZE", 4)), "I")

_CODES = _Codes()


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with the compiled code kept between runs."""
    flags = int(flags)
    if not _AVAILABLE or flags & re.DEBUG or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    return _CODES.compile(pattern, flags)


def save() -> None:
    """Write what this process compiled now (it is also written when the process ends)."""
    _CODES.save()
