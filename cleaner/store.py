"""Compact per-record storage for the corpus passes: what they keep of every record of a batch.

A corpus pass keeps a few facts of every record until it has seen the whole batch. Held as
Python objects (a list of `str`, a list of ints, a dict entry per record) each fact costs 50 to
150 bytes; at a million records that is most of the run's memory. These containers hold the
same facts as bytes: strings as one UTF-8 buffer with end offsets, repeated values (dates) as
small codes, flags as one byte, and rows of numbers (signatures, line fingerprints) in a
temporary file read back in chunks, so the memory a batch needs grows by tens of bytes per
record, not kilobytes (tests/test_memory.py holds it there).
"""

from __future__ import annotations

import tempfile
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from itertools import accumulate, islice
from typing import IO, TYPE_CHECKING, Any, cast, overload

if TYPE_CHECKING:
    import numpy as np

# Rows read back from a spill file per chunk: a few MB at a time, whatever the batch size.
CHUNK_BYTES = 4 << 20


# Distinct heads a `Strings` numbers at most; strings with a head not seen before are stored
# whole after that, so ids with no common head cost no more than without heads.
MAX_HEADS = 1 << 16


class Strings(Sequence[str]):
    """An append-only sequence of strings held as one UTF-8 buffer and their end offsets.

    Each string is split after its last `/` or `:`: record ids are a file's path and a line
    (`crawl/part-0001.jsonl:1234`, `crawl/part-0001.jsonl:1234#2`) or a path (`site/2024/a.html`),
    so that head is shared by many; heads are numbered and held once. A JSONL line's id costs its
    line number's bytes plus 12, against its whole path plus 8 as one buffer and about 60 more as a
    `str` in a list."""

    __slots__ = ("_buf", "_ends", "_head_of", "_heads", "_head_number")

    def __init__(self, items: Iterable[str] = ()) -> None:
        self._buf = bytearray()
        self._ends = array("q")
        self._head_of = array("I")
        self._heads: list[str] = [""]
        self._head_number: dict[str, int] = {"": 0}
        self.extend(items)

    def append(self, s: str) -> None:
        cut = max(s.rfind("/"), s.rfind(":")) + 1
        k = self._head_number.get(s[:cut])
        if k is None:
            if len(self._heads) < MAX_HEADS:
                k = self._head_number[s[:cut]] = len(self._heads)
                self._heads.append(s[:cut])
            else:
                k, cut = 0, 0
        self._head_of.append(k)
        self._buf += s[cut:].encode("utf-8", "surrogatepass")
        self._ends.append(len(self._buf))

    def extend(self, items: Iterable[str]) -> None:
        """`append` of each string, its steps done for all of them at once (the same bytes)."""
        strings = items if isinstance(items, list) else list(items)
        cuts = [max(s.rfind("/"), s.rfind(":")) + 1 for s in strings]
        heads = [s[:cut] for s, cut in zip(strings, cuts, strict=True)]
        numbers = list(map(self._head_number.get, heads))
        if None in numbers:  # heads not seen before: numbered in order, as `append` numbers them
            for i, k in enumerate(numbers):
                if k is None:
                    k = self._head_number.get(heads[i])
                    if k is None:
                        if len(self._heads) < MAX_HEADS:
                            k = self._head_number[heads[i]] = len(self._heads)
                            self._heads.append(heads[i])
                        else:
                            k, cuts[i] = 0, 0
                    numbers[i] = k
        data = [s[cut:].encode("utf-8", "surrogatepass") for s, cut in zip(strings, cuts, strict=True)]
        self._head_of.extend(cast("list[int]", numbers))  # every None was numbered above
        self._ends.extend(islice(accumulate(map(len, data), initial=len(self._buf)), 1, None))
        self._buf += b"".join(data)

    def __len__(self) -> int:
        return len(self._ends)

    def _get(self, i: int) -> str:
        start = self._ends[i - 1] if i else 0
        return self._heads[self._head_of[i]] + self._buf[start : self._ends[i]].decode("utf-8", "surrogatepass")

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self._get(k) for k in range(*i.indices(len(self)))]
        n = len(self._ends)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("Strings index out of range")
        return self._get(i)

    def __iter__(self) -> Iterator[str]:
        buf, heads, start = self._buf, self._heads, 0
        for end, k in zip(self._ends, self._head_of, strict=True):
            yield heads[k] + buf[start:end].decode("utf-8", "surrogatepass")
            start = end


class Codes:
    """An append-only sequence of values from a small set (dates, sites), held as a 4-byte code
    per record and each distinct value once."""

    __slots__ = ("_codes", "_values", "_index")

    def __init__(self) -> None:
        self._codes = array("i")
        self._values: list[str | None] = []
        self._index: dict[str | None, int] = {}

    def append(self, value: str | None) -> None:
        code = self._index.get(value)
        if code is None:
            code = self._index[value] = len(self._values)
            self._values.append(value)
        self._codes.append(code)

    def extend(self, values: Iterable[str | None]) -> None:
        for value in values:
            self.append(value)

    def __len__(self) -> int:
        return len(self._codes)

    def __getitem__(self, i: int) -> str | None:
        return self._values[self._codes[i]]

    def __iter__(self) -> Iterator[str | None]:
        values = self._values
        return (values[c] for c in self._codes)


def _sorted_keys(keys: np.ndarray) -> np.ndarray:
    import numpy as np

    return np.ascontiguousarray(keys, dtype=np.int64)


def _find(keys: np.ndarray, values: Any) -> tuple[np.ndarray, np.ndarray]:
    """(position of each of `values` in the sorted `keys`, whether it is there)."""
    import numpy as np

    values = np.asarray(values, dtype=np.int64)
    if not len(keys):
        return np.zeros(len(values), dtype=np.int64), np.zeros(len(values), dtype=bool)
    at = np.searchsorted(keys, values)
    at[at >= len(keys)] = 0
    return at, keys[at] == values


class _SortedKeys:
    """What the sorted-array containers below share: their keys, ascending and distinct, as one
    int64 numpy array."""

    __slots__ = ("key_array",)
    key_array: np.ndarray

    def __len__(self) -> int:
        return len(self.key_array)

    def __iter__(self) -> Iterator[int]:
        return iter(self.key_array.tolist())


class SortedInts(_SortedKeys, Set[int]):
    """A set of 64-bit integers held as one sorted numpy array: 8 bytes a member, where a Python
    set costs about 60 (an entry and an int object). `mask` tests many values at once."""

    __slots__ = ()

    def __init__(self, keys: np.ndarray) -> None:
        self.key_array = _sorted_keys(keys)  # ascending, distinct

    def __contains__(self, x: object) -> bool:
        return isinstance(x, int) and bool(_find(self.key_array, [x])[1][0])

    def mask(self, values: np.ndarray) -> np.ndarray:
        """Whether each of `values` is a member."""
        return _find(self.key_array, values)[1]


class IntMap(_SortedKeys, Mapping[int, int]):
    """A mapping of 64-bit integers to integers held as two numpy arrays (keys sorted): 16 bytes
    an entry, where a dict costs about 100. `lookup` reads many keys at once."""

    __slots__ = ("value_array",)

    def __init__(self, keys: np.ndarray, values: np.ndarray) -> None:
        import numpy as np

        order = np.argsort(keys, kind="stable")
        self.key_array = _sorted_keys(np.asarray(keys)[order])
        self.value_array = np.ascontiguousarray(np.asarray(values)[order], dtype=np.int64)

    def __getitem__(self, k: int) -> int:
        at, found = _find(self.key_array, [k])
        if not found[0]:
            raise KeyError(k)
        return int(self.value_array[at[0]])

    def get(self, k: int, default: Any = None) -> Any:  # type: ignore[override]
        at, found = _find(self.key_array, [k])
        return int(self.value_array[at[0]]) if found[0] else default

    def items(self) -> Iterator[tuple[int, int]]:  # type: ignore[override]
        return zip(self.key_array.tolist(), self.value_array.tolist(), strict=True)

    def lookup(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(whether each of `keys` is in the map, its value where it is)."""
        at, found = _find(self.key_array, keys)
        return found, self.value_array[at[found]] if len(self.value_array) else self.value_array[:0]


class IntLists(_SortedKeys, Mapping[int, list[int]]):
    """A mapping of 64-bit integers to ascending lists of record numbers, held as three numpy
    arrays (keys sorted, where each key's numbers start, the numbers): about 12 bytes a key and 4
    a number, where a dict of lists costs about 150 a key and 40 a number."""

    __slots__ = ("starts", "numbers")

    def __init__(self, keys: np.ndarray, items: np.ndarray) -> None:
        """From rows (keys[k], items[k]), in any order, no row twice."""
        import numpy as np

        keys, items = np.asarray(keys, dtype=np.int64), np.asarray(items, dtype=np.int64)
        order = np.lexsort((items, keys))
        keys = keys[order]
        self.numbers = np.ascontiguousarray(items[order], dtype=np.uint32)
        del order
        head = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else np.zeros(0, dtype=np.int64)
        self.key_array = _sorted_keys(keys[head])
        self.starts = np.r_[head, len(keys)].astype(np.int64)

    def _at(self, k: int) -> int:
        at, found = _find(self.key_array, [k])
        return int(at[0]) if found[0] else -1

    def __getitem__(self, k: int) -> list[int]:
        at = self._at(k)
        if at < 0:
            raise KeyError(k)
        out: list[int] = self.numbers[self.starts[at] : self.starts[at + 1]].tolist()
        return out

    def get(self, k: int, default: Any = None) -> Any:  # type: ignore[override]
        at = self._at(k)
        return self.numbers[self.starts[at] : self.starts[at + 1]].tolist() if at >= 0 else default

    def select(self, keys: np.ndarray) -> dict[int, list[int]]:
        """The entries of those of `keys` that are in the map, as a dict (for a few keys)."""
        import numpy as np

        at, found = _find(self.key_array, keys)
        starts, numbers = self.starts, self.numbers
        return {
            k: numbers[starts[a] : starts[a + 1]].tolist()
            for k, a in zip(np.asarray(keys)[found].tolist(), at[found].tolist(), strict=True)
        }


class SpilledRows:
    """Fixed-width rows of numbers (`width` values of `dtype` each) written to a temporary file
    as they come, read back in chunks or by row number: the memory they take stays that of one
    chunk, however many rows the batch has."""

    def __init__(self, width: int, dtype: str | np.dtype[Any], prefix: str) -> None:
        import numpy as np

        self.width = width
        self.dtype = np.dtype(dtype)
        self.row_bytes = self.width * self.dtype.itemsize
        self._f: IO[bytes] = tempfile.TemporaryFile(prefix=prefix)
        self._rows = 0

    def __len__(self) -> int:
        return self._rows

    def append(self, rows: np.ndarray) -> None:
        """Add rows (shape (k, width), or (k,) when width is 1) after the last ones."""
        import numpy as np

        data = np.ascontiguousarray(rows, dtype=self.dtype)
        self._f.seek(0, 2)
        self._f.write(data.tobytes())
        self._rows += data.shape[0]

    def _read(self, start: int, stop: int) -> np.ndarray:
        import numpy as np

        self._f.seek(start * self.row_bytes)
        data = self._f.read((stop - start) * self.row_bytes)
        out = np.frombuffer(data, dtype=self.dtype)
        return out.reshape(-1, self.width) if self.width > 1 else out

    def chunk_rows(self) -> int:
        return max(1, CHUNK_BYTES // self.row_bytes)

    def chunks(self, start: int = 0, stop: int | None = None) -> Iterator[tuple[int, np.ndarray]]:
        """(first row, rows) of rows start .. stop - 1, a chunk at a time."""
        stop = self._rows if stop is None else min(stop, self._rows)
        step = self.chunk_rows()
        for lo in range(start, stop, step):
            yield lo, self._read(lo, min(stop, lo + step))

    def slice(self, start: int, stop: int) -> np.ndarray:
        """Rows start .. stop - 1 in memory (for a range the caller knows to be small)."""
        return self._read(start, min(stop, self._rows))

    def take(self, rows: np.ndarray) -> np.ndarray:
        """The rows numbered `rows` (ascending), read a chunk at a time."""
        import numpy as np

        out = np.empty((len(rows), self.width) if self.width > 1 else len(rows), dtype=self.dtype)
        if not len(rows):
            return out
        step = self.chunk_rows()
        k = 0
        while k < len(rows):
            lo = int(rows[k])
            hi = min(self._rows, lo + step)
            m = int(np.searchsorted(rows, hi, side="left"))
            out[k:m] = self._read(lo, hi)[rows[k:m] - lo]
            k = m
        return out

    def all(self) -> np.ndarray:
        return self._read(0, self._rows)

    def close(self) -> None:
        self._f.close()

    def __del__(self) -> None:
        # A pass dropped without close() (a library caller's) still lets go of its file.
        f = getattr(self, "_f", None)
        if f is not None:
            f.close()
