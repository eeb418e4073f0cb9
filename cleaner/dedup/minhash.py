"""MinHash signatures, bit-identical to datasketch's `affine32` scheme, computed vectorised.

A shingle is a character n-gram of a comparison key. Its hash is 32-bit FNV-1a over the
shingle's code points (`shingle_hash32`, a plain Python function of the shingle string).
`Signer.signatures` computes the same hashes for every n-gram of many keys at once with numpy
(one array operation per n-gram position, no Python object per shingle), then applies
datasketch's own permutations: the MurmurHash3 finalizer pre-mix and `a * h + b mod 2**32`,
and takes the minimum per permutation with `np.minimum.reduceat`. The result equals
`datasketch.MinHash(num_perm, seed=SEED, hashfunc=shingle_hash32, scheme="affine32")` updated
with every shingle, bit for bit (tests/test_minhash.py proves it).

Exact Jaccard between two keys uses a second, 64-bit FNV-1a hash of the shingles
(`shingle_set64`), so that the sets can be built and intersected as sorted integer arrays;
two different shingles of one pair of records collide with probability about 2**-64 * size**2.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from .keys import char_groups

if TYPE_CHECKING:
    from datasketch import LeanMinHash, MinHash

# datasketch's own default seed: signatures stay comparable with a plain `MinHash()`'s permutations.
SEED = 1
SCHEME = "affine32"

_FNV32_BASIS = 0x811C9DC5
_FNV32_PRIME = 0x01000193
_FNV64_BASIS = 0xCBF29CE484222325
_FNV64_PRIME = 0x100000001B3
_MASK32 = 0xFFFFFFFF

# Shingles permuted per chunk, and permutations per block of a chunk: 8 x 32768 x 4 bytes = 1 MiB
# of permuted values at a time stays in a core's cache, and each array operation is long enough
# that numpy's per-call cost is small (measured faster than all 128 permutations of 8192 shingles).
_CHUNK_ROWS = 32768
_BLOCK_PERMS = 8
# Characters of keys hashed in one pass (8 bytes of temporaries per character).
_GROUP_CHARS = 1 << 20


_FIRST = np.zeros(1, dtype=np.int64)  # one run: the whole array


def affine32_permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of datasketch's `affine32` permutations for (num_perm, seed), as `MinHash` draws them:
    an odd 32-bit `a` and any 32-bit `b` from `np.random.RandomState(seed)`. Drawn here so that
    signing does not import datasketch (and scipy and redis with it); tests/test_minhash.py checks
    them against `MinHash(num_perm, seed, scheme="affine32").permutations`."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def fmix32(hv: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finalizer datasketch applies before its affine32 permutations (`_fmix`)."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def shingle_hash32(shingle: str) -> int:
    """32-bit FNV-1a over the code points of `shingle` (the hash function handed to datasketch)."""
    h = _FNV32_BASIS
    for ch in shingle:
        h = ((h ^ ord(ch)) * _FNV32_PRIME) & _MASK32
    return h


def shingles(key: str, n: int) -> list[str]:
    """The character n-grams of a key (the whole key when it is shorter than n; none when empty)."""
    if not key:
        return []
    if len(key) <= n:
        return [key]
    return [key[i : i + n] for i in range(len(key) - n + 1)]


def code_points(key: str) -> np.ndarray:
    """The key's code points as a uint32 array (UTF-32 without copying through Python ints)."""
    return np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32)


def shingle_hashes32(key: str, n: int) -> np.ndarray:
    """`shingle_hash32` of every n-gram of `key`, in order, computed with array operations."""
    cps = code_points(key)
    if cps.size == 0:
        return np.empty(0, dtype=np.uint32)
    m = max(1, cps.size - n + 1)
    width = min(n, cps.size)
    h = np.full(m, _FNV32_BASIS, dtype=np.uint32)
    prime = np.uint32(_FNV32_PRIME)
    for j in range(width):
        h ^= cps[j : j + m]
        h *= prime
    return h


def shingle_set64(key: str, n: int) -> np.ndarray:
    """The sorted, distinct 64-bit FNV-1a hashes of the key's n-grams: its shingle set for exact Jaccard."""
    cps = code_points(key).astype(np.uint64)
    if cps.size == 0:
        return np.empty(0, dtype=np.uint64)
    m = max(1, cps.size - n + 1)
    width = min(n, cps.size)
    h = np.full(m, _FNV64_BASIS, dtype=np.uint64)
    prime = np.uint64(_FNV64_PRIME)
    for j in range(width):
        h ^= cps[j : j + m]
        h *= prime
    # sort + neighbour mask: several times faster than np.unique on these sizes.
    h.sort()
    keep = np.empty(h.size, dtype=bool)
    keep[0] = True
    np.not_equal(h[1:], h[:-1], out=keep[1:])
    return h[keep]


def shingle_sets64(keys: Sequence[str], n: int) -> tuple[np.ndarray, np.ndarray]:
    """`shingle_set64` of many keys at once: the sets concatenated, and offsets (len(keys) + 1) so
    that key k's set is `sets[offsets[k] : offsets[k + 1]]`.

    One hash pass over the concatenated code points of a group of keys and one in-place sort per
    key, instead of a dozen small array operations per key: verifying a batch's candidate pairs is
    dominated by the per-call cost of numpy on arrays of a few hundred elements, not by the
    arithmetic. Groups of about `_GROUP_CHARS` characters keep the temporaries a few megabytes
    (memory the allocator hands back for the next group, not fresh pages for every character)."""
    lens = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
    if lens.size and int(lens.min()) < n:
        # A key shorter than n is one shingle (the whole key): rare (short keys are compared by
        # exact key), so such batches take the per-key path.
        parts = [shingle_set64(k, n) for k in keys]
        sizes = np.fromiter((p.size for p in parts), dtype=np.int64, count=len(parts))
        flat = np.concatenate(parts) if parts else np.empty(0, dtype=np.uint64)
        return flat, np.concatenate(([0], np.cumsum(sizes)))
    sets: list[np.ndarray] = []
    counts: list[np.ndarray] = []
    for start, end in char_groups(keys, _GROUP_CHARS):
        group_sets, group_counts = _group_sets64(keys[start:end], lens[start:end], n)
        sets.append(group_sets)
        counts.append(group_counts)
    offsets = np.zeros(len(keys) + 1, dtype=np.int64)
    if counts:
        np.cumsum(np.concatenate(counts), out=offsets[1:])
    return (np.concatenate(sets) if sets else np.empty(0, dtype=np.uint64)), offsets


def _group_sets64(keys: Sequence[str], lens: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct shingle hashes of keys of at least n characters each, concatenated, and how
    many each key has."""
    cps = code_points("".join(keys))
    m = cps.size - n + 1
    # The first step of FNV-1a makes the 64-bit array from the 32-bit code points (no fill with
    # the basis, no 64-bit copy of the code points: each step widens them as it reads them).
    h = np.bitwise_xor(cps[:m], np.uint64(_FNV64_BASIS))
    prime = np.uint64(_FNV64_PRIME)
    h *= prime
    for j in range(1, n):
        h ^= cps[j : j + m]
        h *= prime
    del cps
    # Key k's windows are the run h[begins[k] : ends[k]]; the n - 1 windows after each run cross
    # into the next key. Each run is sorted in place, and the distinct values of the runs are
    # taken with one mask (no gather of the runs into a new array).
    ends = np.cumsum(lens) - n + 1
    begins = ends - (lens - n + 1)
    for b, e in zip(begins.tolist(), ends.tolist(), strict=True):
        h[b:e].sort()
    keep = np.empty(h.size, dtype=bool)
    keep[0] = True
    np.not_equal(h[1:], h[:-1], out=keep[1:])
    keep[begins] = True  # every key's first shingle, even when equal to the value before it
    # The n - 1 windows after each key but the last cross into the next key's first characters.
    keep[(ends[:-1, None] + np.arange(n - 1)).ravel()] = False
    return h[keep], np.add.reduceat(keep, begins, dtype=np.int64)


def pair_jaccards(sets: np.ndarray, offsets: np.ndarray, left: np.ndarray, right: np.ndarray) -> list[float]:
    """Exact Jaccard (`jaccard`) of the pairs (left[k], right[k]) of sets from `shingle_sets64`."""
    out: list[float] = []
    off = offsets.tolist()
    for i, j in zip(left.tolist(), right.tolist(), strict=True):
        a, b = sets[off[i] : off[i + 1]], sets[off[j] : off[j + 1]]
        if a.size > b.size:
            a, b = b, a
        if a.size == 0:
            out.append(1.0 if b.size == 0 else 0.0)
            continue
        # Two sorted runs: a stable sort merges them in one linear pass (faster than a binary search
        # per element at these sizes); a shingle in both sets leaves two equal neighbours.
        both = np.concatenate((a, b))
        both.sort(kind="stable")
        inter = int(np.count_nonzero(both[1:] == both[:-1]))
        out.append(inter / (a.size + b.size - inter))
    return out


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two shingle sets from `shingle_set64` (sorted, distinct)."""
    if a.size == 0 and b.size == 0:
        return 1.0
    if a.size > b.size:
        a, b = b, a
    if a.size == 0:
        return 0.0
    # Binary-search the smaller set in the larger: no concatenation, no re-sort.
    pos = np.searchsorted(b, a)
    pos[pos == b.size] = 0
    inter = int(np.count_nonzero(b[pos] == a))
    return inter / (a.size + b.size - inter)


class Signer:
    """Computes `affine32` MinHash signatures with datasketch's permutations for (num_perm, seed)."""

    def __init__(self, num_perm: int = 128, seed: int = SEED, ngram: int = 5) -> None:
        if num_perm < 2:
            raise ValueError(f"num_perm must be at least 2, got {num_perm}")
        if ngram < 1:
            raise ValueError(f"ngram must be at least 1, got {ngram}")
        self.num_perm = num_perm
        self.seed = seed
        self.ngram = ngram
        # datasketch's permutations, drawn the way it draws them (the identity test would catch a change there).
        self._a, self._b = affine32_permutations(num_perm, seed)
        self._empty = np.full(num_perm, _MASK32, dtype=np.uint32)
        self._buf = np.empty(0, dtype=np.uint32)

    def signature(self, key: str) -> np.ndarray:
        """The signature of one key: uint32 array of num_perm values."""
        return self.signatures([key])[0]

    def signatures(self, keys: Sequence[str]) -> np.ndarray:
        """Signatures of many keys, shape (len(keys), num_perm), dtype uint32.

        An empty key gets the empty signature (all values 2**32 - 1), as an un-updated MinHash.
        A key that occurs more than once (the same article reposted) is signed once.
        """
        first: dict[str, int] = {}
        rows = [first.setdefault(k, len(first)) for k in keys]
        if len(first) < len(keys):
            return self._sign(list(first))[np.array(rows, dtype=np.int64)]
        return self._sign(keys)

    def _sign(self, keys: Sequence[str]) -> np.ndarray:
        out = np.empty((len(keys), self.num_perm), dtype=np.uint32)
        # Groups of about _GROUP_CHARS characters: one code-point array and one hash pass each.
        for start, end in char_groups(keys, _GROUP_CHARS):
            self._sign_group(keys[start:end], out[start:end])
        return out

    def _sign_group(self, keys: Sequence[str], out: np.ndarray) -> None:
        n = self.ngram
        lens = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
        # Hash every window of the concatenated keys at once. Key k's own windows are the run of
        # counts[k] windows from its first character; the n - 1 windows after it cross into the
        # next key and are skipped by the reduction (`_reduce`), not copied out.
        cps = code_points("".join(keys))
        m = cps.size - n + 1
        if m > 0:
            h = np.bitwise_xor(cps[:m], np.uint32(_FNV32_BASIS))
            prime = np.uint32(_FNV32_PRIME)
            h *= prime
            for j in range(1, n):
                h ^= cps[j : j + m]
                h *= prime
        else:
            h = np.empty(0, dtype=np.uint32)
        counts = np.where(lens >= n, lens - n + 1, 0)
        self._reduce(h, np.cumsum(lens) - lens, counts, out)
        # Keys shorter than n are one shingle each (the whole key); empty keys have none.
        for i in np.flatnonzero((lens > 0) & (lens < n)):
            out[i] = self._mins(shingle_hashes32(keys[int(i)], n), _FIRST)[0]

    def _reduce(self, h: np.ndarray, begins: np.ndarray, counts: np.ndarray, out: np.ndarray) -> None:
        """out[k] = min over permuted h[begins[k] : begins[k] + counts[k]] (empty signature if none).

        The runs are in order and may have gaps between them; a chunk is permuted from its first
        run's start to its last run's end, gaps included, and each gap's minimum is discarded."""
        out[counts == 0] = self._empty
        ends = begins + counts
        k, nrec = 0, len(counts)
        while k < nrec:
            if counts[k] == 0:
                k += 1
                continue
            if counts[k] > _CHUNK_ROWS:
                # One record longer than a chunk: fold its slices into one running minimum.
                acc = self._empty.copy()
                b, e = int(begins[k]), int(ends[k])
                for s in range(b, e, _CHUNK_ROWS):
                    np.minimum(acc, self._mins(h[s : min(s + _CHUNK_ROWS, e)], _FIRST)[0], out=acc)
                out[k] = acc
                k += 1
                continue
            # Whole records until the chunk (gaps included) is full.
            lo = int(begins[k])
            e = k + 1
            while e < nrec and (counts[e] == 0 or ends[e] - lo <= _CHUNK_ROWS):
                e += 1
            sel = np.flatnonzero(counts[k:e]) + k
            hi = int(ends[sel[-1]])
            # Each run's start and end, but the last end (the end of the slice): the runs' minima
            # are the even rows, the gaps' the odd ones.
            offsets = np.empty(2 * len(sel) - 1, dtype=np.int64)
            offsets[0::2] = begins[sel] - lo
            offsets[1::2] = ends[sel[:-1]] - lo
            out[sel] = self._mins(h[lo:hi], offsets)[0::2]
            k = e

    def _mins(self, hv: np.ndarray, offsets: np.ndarray) -> np.ndarray:
        """(len(offsets), num_perm): for each run of `hv` starting at an offset, the minimum under
        each of datasketch's affine32 permutations (fmix pre-mix, then a * h + b mod 2**32).

        A block of permutations at a time, written into one reused buffer (a fresh multi-megabyte
        array per chunk costs page faults); reducing along the contiguous axis is about ten times
        faster than along axis 0."""
        mixed = fmix32(hv)
        m = mixed.size
        if self._buf.size < _BLOCK_PERMS * m:
            self._buf = np.empty(_BLOCK_PERMS * m, dtype=np.uint32)
        res = np.empty((len(offsets), self.num_perm), dtype=np.uint32)
        for p in range(0, self.num_perm, _BLOCK_PERMS):
            q = min(p + _BLOCK_PERMS, self.num_perm)
            phv = self._buf[: (q - p) * m].reshape(q - p, m)
            np.multiply.outer(self._a[p:q], mixed, out=phv)
            np.add(phv, self._b[p:q, None], out=phv)
            res[:, p:q] = np.minimum.reduceat(phv, offsets, axis=1).T
        return res

    def lean(self, signature: np.ndarray) -> LeanMinHash:
        """A datasketch `LeanMinHash` holding `signature` (for users and datasketch's own LSH)."""
        from datasketch import LeanMinHash

        return LeanMinHash(seed=self.seed, hashvalues=signature, scheme=SCHEME)

    def minhash_slow(self, key: str) -> MinHash:
        """The reference: datasketch's MinHash updated shingle by shingle with `shingle_hash32`."""
        from datasketch import MinHash

        m = MinHash(num_perm=self.num_perm, seed=self.seed, hashfunc=shingle_hash32, scheme=SCHEME)
        for s in shingles(key, self.ngram):
            m.update(s)
        return m


def estimate(a: np.ndarray, b: np.ndarray) -> float:
    """MinHash estimate of Jaccard similarity from two signatures (as datasketch's `jaccard`)."""
    return float(np.count_nonzero(a == b)) / float(a.size)
