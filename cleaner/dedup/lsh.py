"""LSH banding with datasketch's own parameters, candidate pairs, and clusters.

Bands and rows come from the same grid search `datasketch.MinHashLSH(threshold, num_perm)`
runs (`datasketch.lsh._optimal_param`), so an index built here and one built by datasketch
agree on (b, r). datasketch integrates each (b, r) with `scipy.integrate.quad`; importing it
costs most of a second, so the same integrals are computed here with numpy: the integrand
`1 - (1 - s**r)**b` is a polynomial of degree b*r <= num_perm, which Gauss-Legendre quadrature
with num_perm // 2 + 1 nodes integrates exactly (tests/test_minhash.py checks the chosen (b, r)
against datasketch's over a grid of thresholds and sizes). A band's bucket is a 64-bit hash of its r signature values (the
band number mixed in), computed for all records at once; records that share a bucket in any
band are candidate pairs, which the caller verifies before they become edges.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from ..config import Config
from ..errors import ConfigError

if TYPE_CHECKING:
    # numpy is imported by the functions that compute: a run whose batch has nothing to compare
    # (one small file) chooses its bands and rows from `KNOWN_PARAMS` without it.
    import numpy as np

# In a bucket shared by more records than this, each record is paired with the next
# MAX_BUCKET_WINDOW ones in input order instead of with all of them, so that one huge bucket
# cannot make the pair count quadratic. Exact copies are collapsed before banding, so only a
# family of many distinct near copies reaches this; chained pairs still join it into one cluster.
MAX_BUCKET_WINDOW = 64

# (false positive, false negative) weights handed to datasketch's optimiser. Every candidate pair is
# verified by exact Jaccard before it becomes an edge, so a false positive costs one set
# intersection while a false negative loses a duplicate: recall is weighted up. At threshold 0.8
# and 128 permutations this gives 14 bands x 9 rows, which makes a pair at exactly the threshold
# a candidate with probability 0.87 (equal weights: 9 x 13 and 0.40), measured in bench/neardup.py.
LSH_WEIGHTS = (0.1, 0.9)

_MIX64_PRIME = 0x100000001B3
_MIX64_BASIS = 0xCBF29CE484222325

# `lsh_params` of the default threshold and permutation count, the optimiser's answer written
# down (tests/test_lazy_imports.py recomputes it): choosing them costs a numpy import and a grid
# search, more than a run of one small file spends on everything else in the pass.
KNOWN_PARAMS: dict[tuple[float, int], tuple[int, int]] = {(0.8, 128): (14, 9)}


def _areas(threshold: float, bands: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(false positive area, false negative area) of every (bands[k], rows[k]), as datasketch defines them:
    the integral of P(candidate | s) over [0, threshold] and of 1 - P(candidate | s) over [threshold, 1]."""
    import numpy as np

    degree = int((bands * rows).max())
    nodes, weights = np.polynomial.legendre.leggauss(degree // 2 + 1)

    def integral(lo: float, hi: float, negative: bool) -> np.ndarray:
        s = (hi - lo) / 2.0 * nodes + (hi + lo) / 2.0
        p = 1.0 - (1.0 - s[None, :] ** rows[:, None].astype(float)) ** bands[:, None].astype(float)
        if negative:
            p = 1.0 - p
        return np.asarray((p @ weights) * (hi - lo) / 2.0)

    return integral(0.0, threshold, False), integral(threshold, 1.0, True)


def optimal_param(threshold: float, num_perm: int, fp_weight: float, fn_weight: float) -> tuple[int, int]:
    """datasketch's `_optimal_param`: the (b, r), b * r <= num_perm, of least weighted error; the first
    in its loop order (b, then r, ascending) on a tie."""
    import numpy as np

    pairs = [(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)]
    bands = np.array([b for b, _ in pairs], dtype=np.int64)
    rows = np.array([r for _, r in pairs], dtype=np.int64)
    fp, fn = _areas(threshold, bands, rows)
    best = int(np.argmin(fp * fp_weight + fn * fn_weight))  # argmin keeps the first minimum, as `<` does
    return pairs[best]


@lru_cache(maxsize=32)
def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) that datasketch's optimiser picks for the threshold with `LSH_WEIGHTS`."""
    if not 0.0 < threshold <= 1.0:
        raise ConfigError(f"--threshold must be in (0, 1], got {threshold}", hint="try the default 0.8")
    if num_perm < 2:
        raise ConfigError(f"--num-perm must be at least 2, got {num_perm}", hint="try the default 128")
    b, r = KNOWN_PARAMS.get((threshold, num_perm)) or optimal_param(threshold, num_perm, *LSH_WEIGHTS)
    if b < 2:
        raise ConfigError(
            f"--threshold {threshold} with --num-perm {num_perm} leaves fewer than 2 LSH bands",
            hint="lower the threshold or raise --num-perm",
        )
    return int(b), int(r)


def describe_lsh(config: Config) -> str:
    """One line for --verbose: the bands and rows and what they cost in missed and extra candidates."""
    import numpy as np

    b, r = lsh_params(config.threshold, config.num_perm)
    fps, fns = _areas(config.threshold, np.array([b]), np.array([r]))
    fp, fn = float(fps[0]), float(fns[0])
    return (
        f"neardup: LSH {b} bands x {r} rows ({b * r} of {config.num_perm} permutations, datasketch optimum "
        f"for threshold {config.threshold}, weights {LSH_WEIGHTS}); false positive area {fp:.4f}, "
        f"false negative area {fn:.4f}; candidates verified by exact Jaccard"
    )


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Bucket keys, shape (n, bands), int64: a 64-bit FNV-1a mix of the band number and its r values."""
    import numpy as np

    prime, basis = np.uint64(_MIX64_PRIME), np.uint64(_MIX64_BASIS)
    n = signatures.shape[0]
    out = np.empty((n, bands), dtype=np.int64)
    col64 = np.empty(n, dtype=np.uint64)
    h = np.empty(n, dtype=np.uint64)
    for band in range(bands):
        h.fill(basis ^ np.uint64(band))
        for col in range(band * rows, (band + 1) * rows):
            # One column widened at a time: no uint64 copy of the whole signature matrix.
            col64[...] = signatures[:, col]
            h ^= col64
            h *= prime
        out[:, band] = h.view(np.int64)
    return out


def candidate_pairs(keys: np.ndarray, window: int = MAX_BUCKET_WINDOW) -> np.ndarray:
    """Distinct pairs (i, j), i < j, of rows that share a bucket in some band; shape (p, 2), sorted."""
    return band_candidate_pairs((keys[:, band] for band in range(keys.shape[1])), keys.shape[0], window)


def band_candidate_pairs(bands: Iterable[np.ndarray], n: int, window: int = MAX_BUCKET_WINDOW) -> np.ndarray:
    """`candidate_pairs` of n rows whose bucket keys come one band (a column of n keys) at a time,
    so that only one band's keys need be in memory."""
    import numpy as np

    found: list[np.ndarray] = []
    for keys in bands:
        # Stable sort keeps input order inside a bucket, so pairs (and windows) are deterministic.
        order = np.argsort(keys, kind="stable")
        col = keys[order]
        for d in range(1, window + 1):
            same = col[:-d] == col[d:]
            if not same.any():
                break
            i = order[:-d][same]
            j = order[d:][same]
            found.append(np.minimum(i, j).astype(np.int64) * n + np.maximum(i, j))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(found))
    return np.stack([codes // n, codes % n], axis=1)


def clusters(n: int, edges: np.ndarray) -> np.ndarray:
    """Connected components of n nodes joined by `edges` (shape (e, 2)): a label per node.

    Labels number the components 0, 1, ... in the order of their lowest node, as
    `scipy.sparse.csgraph.connected_components` does (tests/test_minhash.py compares them).
    Union-find in array steps: each round hooks every edge's larger root under the smaller one,
    then pointer jumping flattens the trees; it stops when no edge joins two roots.
    """
    import numpy as np

    if edges.size == 0:
        return np.arange(n)
    a = np.ascontiguousarray(edges[:, 0], dtype=np.int64)
    b = np.ascontiguousarray(edges[:, 1], dtype=np.int64)
    parent = np.arange(n, dtype=np.int64)
    while True:
        ra, rb = parent[a], parent[b]
        differ = ra != rb
        if not differ.any():
            break
        ra, rb = ra[differ], rb[differ]
        lo, hi = np.minimum(ra, rb), np.maximum(ra, rb)
        np.minimum.at(parent, hi, lo)
        while True:
            up = parent[parent]
            if np.array_equal(up, parent):
                break
            parent = up
        a, b = a[differ], b[differ]
    # Every root is its component's lowest node: number them in that order.
    _, labels = np.unique(parent, return_inverse=True)
    return labels.astype(np.int64, copy=False)
