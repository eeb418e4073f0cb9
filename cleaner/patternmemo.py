"""What the rule engine reads from a pattern's text, and the rule files' data, kept between runs.

Spelling a pattern in both scripts (`rules.fold_pattern`) and reading the literals every match
holds (`rules.required_literals`, `rules.script_literals`) parse every pattern of the shipped
pack: about a third of the time it takes to clean one small file. Each is a function of the
pattern's text alone, given the code that computes it and OpenCC's dictionaries, so a run keeps
what it worked out in one JSON file in the user's cache folder, named by a digest of that code
and those dictionaries, and the next run reads it instead of parsing again. The same file keeps
what a YAML file of rules or names reads as (`yaml_data`): PyYAML builds a file's objects in
Python, about 60 ms for the shipped pack, against 3 ms to read them back as JSON.

Nothing a run writes depends on the file: a missing, unreadable or corrupt one is computed
afresh, one that cannot be written (a read-only home, a full disk) is simply not kept, and
`CLEANER_CACHE_DIR=` (empty) turns the file off. It is written whole to a temporary name and
renamed, so a run stopped half-way or two runs at once never leave half a file.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Bump when what a table holds changes shape (the digest covers changes of the code itself).
FORMAT = 1
TABLES = ("fold", "literals", "spellings", "yaml")
# Entries kept at most: past this, a run keeps only what it used itself.
MAX_ENTRIES = 50_000


def cache_dir() -> Path | None:
    """Where the file lives: `CLEANER_CACHE_DIR` if set (empty: nowhere), else the platform's
    per-user cache folder (`$XDG_CACHE_HOME/cleaner`, `~/.cache/cleaner`; `%LOCALAPPDATA%` on
    Windows, `~/Library/Caches` on macOS)."""
    if "CLEANER_CACHE_DIR" in os.environ:
        chosen = os.environ["CLEANER_CACHE_DIR"]
        return Path(chosen) if chosen else None
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "cleaner" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "cleaner"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cleaner"


def _digest() -> str:
    """What the tables depend on besides the patterns: the code that computes them, the Python
    version (its regex parser), and OpenCC's dictionaries as installed."""
    from .dedup.keys import opencc_dictionaries

    h = hashlib.sha256(f"{FORMAT}\0{sys.version_info[:2]}\0".encode())
    here = Path(__file__).resolve().parent
    for name in ("rules.py", "patternmemo.py"):
        h.update((here / name).read_bytes())
    base = opencc_dictionaries()
    h.update(str(base).encode())
    if base is not None:
        for name in ("TSCharacters.txt", "STCharacters.txt"):
            try:
                st = os.stat(os.path.join(base, name))
                h.update(f"\0{name}\0{st.st_size}\0{st.st_mtime_ns}".encode())
            except OSError:
                h.update(f"\0{name}\0missing".encode())
    return h.hexdigest()[:20]


class PatternMemo:
    """The tables of one process: read from the cache file on first use, written back by
    `save` when a run added to them."""

    def __init__(self) -> None:
        self._tables: dict[str, dict[str, Any]] | None = None
        self._used: dict[str, set[str]] = {t: set() for t in TABLES}
        self._added = False
        self._path: Path | None = None
        self._pid = os.getpid()

    def _load(self) -> dict[str, dict[str, Any]]:
        if self._tables is not None:
            return self._tables
        tables: dict[str, dict[str, Any]] = {t: {} for t in TABLES}
        folder = cache_dir()
        if folder is not None:
            try:
                self._path = folder / f"patterns-{_digest()}.json"
                data = json.loads(self._path.read_text(encoding="utf-8"))
                if isinstance(data, dict) and all(isinstance(data.get(t), dict) for t in TABLES):
                    tables = {t: data[t] for t in TABLES}
            except (OSError, ValueError):
                pass  # no file yet, or one that cannot be read: computed again, and written anew
            # (what a run works out after the engine is built, a pattern spelt in both scripts when
            # it is first compiled, is kept at its end)
            atexit.register(self.save)
        self._tables = tables
        return tables

    def get(self, table: str, key: str) -> tuple[bool, Any]:
        """(found, value) for `key` in `table`; a value of the wrong shape is not found."""
        entries = self._load()[table]
        if key in entries and _valid(table, entries[key]):
            self._used[table].add(key)
            return True, entries[key]
        return False, None

    def put(self, table: str, key: str, value: Any) -> None:
        self._load()[table][key] = value
        self._used[table].add(key)
        self._added = True

    def save(self) -> None:
        """Write the tables if this run added to them; any failure leaves the file as it was."""
        if not self._added or self._path is None or self._tables is None or os.getpid() != self._pid:
            return
        tables = self._tables
        if sum(len(v) for v in tables.values()) > MAX_ENTRIES:
            tables = {t: {k: v for k, v in tables[t].items() if k in self._used[t]} for t in TABLES}
        # A YAML file's entry is the whole file: only the versions this run read are written again,
        # so a rule file edited a hundred times leaves one entry, not a hundred.
        tables = {**tables, "yaml": {k: v for k, v in tables["yaml"].items() if k in self._used["yaml"]}}
        data = json.dumps(tables, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
        if keep_file(self._path, data):
            self._added = False


def keep_file(path: Path, data: bytes) -> bool:
    """Write a cache file whole (a temporary name in its folder, then renamed, so a run stopped
    half-way or two runs at once never leave half a file); False, and the old file as it was,
    when it cannot be written (a read-only home, a full disk): a cache is simply not kept then."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        tmp = None
        return True
    except OSError:
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _valid(table: str, value: Any) -> bool:
    """Whether `value` has the shape `table` holds: a string (`fold`, and `yaml`'s JSON text), a
    list of strings (`spellings`), or either that or null (`literals`)."""
    if table in ("fold", "yaml"):
        return isinstance(value, str)
    if value is None:
        return table == "literals"
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


MEMO = PatternMemo()


def yaml_data(source: str, loader: str, parse: Callable[[str], Any]) -> Any:
    """What `parse(source)` returns (a YAML file's data, read with the loader named `loader`),
    kept between runs by a digest of the text and the loader's name. A fresh object every call:
    the caller may change it. Kept only when it reads back from JSON as the very same data (no
    dates, no keys other than strings), and only when `parse` succeeds: a file that fails is
    parsed, and fails with its own message, every time."""
    key = f"{loader}:{hashlib.sha256(source.encode('utf-8', 'surrogatepass')).hexdigest()}"
    found, text = MEMO.get("yaml", key)
    if found:
        try:
            return json.loads(text)
        except ValueError:
            pass  # (a damaged entry: parsed again, and kept anew)
    data = parse(source)
    try:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        back = json.loads(text)
        same = back == data and _same_types(back, data)
    except (TypeError, ValueError, RecursionError):
        same = False
    if same:
        MEMO.put("yaml", key, text)  # (written with the rest, by `MEMO.save()`)
    return data


def _same_types(a: Any, b: Any) -> bool:
    """Every value of `a` of the same type as `b`'s (`==` holds between `1`, `1.0` and `True`), and
    every key of `b`'s mappings a string (JSON turns `1:` into `"1":`)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return all(type(k) is str for k in b) and all(_same_types(a[k], b[k]) for k in b)
    if isinstance(a, list):
        return all(_same_types(x, y) for x, y in zip(a, b, strict=True))
    return True
