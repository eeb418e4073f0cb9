"""The `neardup` corpus pass: near-duplicate records within a batch and against the persistent index.

`Batch` is the engine (keys in, one decision per record out) and `NearDuplicates` wires it into
the chain: `observe` folds each record's cleaned text to a key and signs it, `prepare` decides,
`run` writes the decision into the record, `commit` adds the batch's kept records to the index
(the runner calls it only after every output of the run is in place), `close` lets go of it.

How a batch is decided:

1. records with the same comparison key are joined (similarity 1.0); only the first of each
   key goes on, so a thousand exact copies cost one signature comparison, not a million;
2. keys shorter than `keys.SHORT_KEY_CHARS` are compared by exact key only;
3. longer keys share an LSH bucket (datasketch's bands and rows) -> candidate pair -> exact
   Jaccard of their shingle sets >= threshold -> edge;
4. against the index: same key -> edge; shared bucket -> signature estimate >= threshold -> edge
   (the earlier shingle sets are gone). An indexed record with this batch's own id is no
   earlier copy: with the same key it is this record, indexed by an earlier run (a rerun writes
   it again, never as a duplicate of itself); with another key the article changed under its
   id, and `commit` replaces its old entry;
5. connected components are clusters. Earlier runs win, whatever `keep` says: a cluster that
   reaches a record an earlier run indexed keeps the oldest such record (it was published
   already); otherwise `keep` chooses among this run's records: longest text (of equal lengths
   the earliest `published`), earliest `published`, first in input, or the first
   `source_priority` pattern the source matches. Ties always fall to input order: never random.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import sys
import tempfile
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from itertools import accumulate, compress
from typing import TYPE_CHECKING, Any, Protocol

from ..config import Config
from ..model import Document
from ..stage import PiecewiseStage
from ..store import Codes, SpilledRows, Strings
from .keys import document_key, document_keys, is_short

if TYPE_CHECKING:
    # numpy and the modules built on it are imported where a batch is signed or decided, not when
    # the chain is assembled: a run of a few documents should not pay for them before it needs them.
    import numpy as np

    from .index import IndexedRecord, NeardupIndex, NewRecord
    from .minhash import Signer

STAGE = "neardup"

# Records signed per numpy batch while observing (a few MB of keys; fewer, fuller chunks to permute).
_SIGN_BATCH = 2048
# Candidate pairs verified per round: the shingle sets of at most twice as many records are held at once.
_VERIFY_PAIRS = 2048


@dataclass(frozen=True, slots=True)
class Decision:
    """What the pass decided for one record of the batch."""

    cluster_id: str
    cluster_size: int
    kept: bool
    dup_of: str | None = None
    dup_source: str | None = None
    dup_run: str | None = None  # set when the kept copy is a record of an earlier run
    similarity: float | None = None


@dataclass(slots=True)
class NeardupFacts:
    """What the pass needs of some documents, in input order: the folded comparison keys (needed
    to verify candidate pairs exactly), ids, sources, text lengths, publication dates, and the
    MinHash signatures of the keys that are compared by signature (long, non-empty ones)."""

    keys: list[str]
    ids: list[str]
    sources: list[str]
    lengths: list[int]
    published: list[str | None]
    signatures: np.ndarray


def neardup_facts(docs: list[Document], config: Config, signer: Signer | None = None) -> NeardupFacts:
    """Fold and sign documents (a pure function of them: it can run in any process)."""
    import numpy as np

    signer = signer or _signer(config.num_perm, config.ngram)
    keys = document_keys(docs, config.opencc)
    to_sign = [k for k in keys if k and not is_short(k)]
    sigs = signer.signatures(to_sign) if to_sign else np.empty((0, config.num_perm), dtype=np.uint32)
    return NeardupFacts(
        keys, [d.id for d in docs], [d.source for d in docs], [len(d.text) for d in docs],
        [d.published for d in docs], sigs,
    )


@lru_cache(maxsize=4)
def _signer(num_perm: int, ngram: int) -> Signer:
    """One signer per setting and process: its permutations are drawn once, not per batch of facts."""
    from .minhash import SEED, Signer

    return Signer(num_perm, SEED, ngram)


# (ids, sources, lengths, published, key hashes, short, active): what deciding needs of records whose
# keys and signatures stay where they were made.
CompactFacts = tuple[list[str], list[str], list[int], list[str | None], list[int], list[bool], list[bool]]


def compact_facts(facts: NeardupFacts) -> CompactFacts:
    keys = facts.keys
    return (facts.ids, facts.sources, facts.lengths, facts.published, [key_hash(k) for k in keys],
            [is_short(k) for k in keys], [bool(k) for k in keys])


@dataclass(frozen=True, slots=True)
class RemoteClusters:
    """The clusters found where the keys are: one row per record in a cluster of two or more
    (member, its cluster's kept record, the cluster's size, the member's exact Jaccard to the kept
    record), ordered by member; and the candidate and verified pair counts."""

    members: np.ndarray
    keepers: np.ndarray
    sizes: np.ndarray
    sims: np.ndarray
    candidate_pairs: int
    verified_pairs: int


class RemoteKeys(Protocol):
    """Keys and signatures held elsewhere (by the Dask workers that made them)."""

    def clusters(self, long_reps: np.ndarray, rep: np.ndarray) -> RemoteClusters:
        """Clusters of the batch, decided where the keys are: `long_reps` are the records compared
        by signature (ascending), `rep[i]` the first record with record i's key (-1: no key).
        Candidate pairs among `long_reps` as `candidate_pairs` makes them, verified by exact
        Jaccard; exact copies joined to their first; each cluster's kept record chosen by
        `keep_rank` (then input order)."""
        ...


# Sorts after every ISO date: an undated copy of a tie loses to a dated one.
UNDATED = "~"


def keep_rank(policy: str, patterns: tuple[str, ...] | list[str], length: int, published: str | None,
              source: str) -> tuple[int, str]:
    """What `--keep` compares records of one cluster by (lowest first; ties fall to input order).
    Copies of one length (the same article reposted word for word, or in the other script) keep
    the earliest published under `longest`: a repost is dated after its original."""
    if policy == "longest":
        return -length, published or UNDATED
    if policy == "earliest":
        return int(published is None), published or ""
    if policy == "source-priority":
        hit = next((k for k, p in enumerate(patterns) if fnmatch.fnmatchcase(source, p)), len(patterns))
        return hit, ""
    return 0, ""  # "first": input order


@dataclass(frozen=True, slots=True)
class NeardupView:
    """The decisions for a run of consecutive documents, to apply where those documents are."""

    ids: list[str]
    decisions: list[Decision | None]
    dedup: str
    index_location: str | None


def apply_decision(doc: Document, d: Decision | None, dedup: str, index_location: str | None) -> list[Document]:
    """Write one record's decision into it (and drop it with --dedup drop when it is a copy)."""
    if d is None:
        return [doc]
    doc.metadata["cluster"] = {"id": d.cluster_id, "size": d.cluster_size}
    if not d.kept:
        doc.metadata["dup_of"] = d.dup_of
        doc.metadata["similarity"] = d.similarity
        doc.metadata["dup_source"] = d.dup_source
        if d.dup_run is not None:
            doc.metadata["dup_run"] = d.dup_run
            doc.metadata["dup_index"] = index_location
        if dedup == "drop":
            doc.drop(STAGE)
    return [doc]


def key_hash(key: str) -> int:
    """A signed 64-bit hash of a comparison key (exact-key matching, also across runs)."""
    return _utf8_hash(key.encode("utf-8"))


def _utf8_hash(data: bytes) -> int:
    """`key_hash` of the key whose UTF-8 bytes are `data`."""
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True)


def _utf8_hashes(data: Sequence[bytes]) -> array[int]:
    """`_utf8_hash` of each of `data`, as signed 64-bit integers read from the digests in one piece."""
    out = array("q", b"".join([hashlib.blake2b(d, digest_size=8).digest() for d in data]))
    if sys.byteorder == "big":
        out.byteswap()
    return out


def cluster_id(record_id: str) -> str:
    """A stable cluster id, derived from the kept record's id."""
    return "nd-" + hashlib.blake2b(record_id.encode("utf-8"), digest_size=6).hexdigest()


def check_config(config: Config) -> None:
    """Raise ConfigError for a setting the pass cannot run with beyond what `Config.check` says:
    a threshold and permutation count that leave too few LSH bands."""
    from .lsh import lsh_params
    lsh_params(config.threshold, config.num_perm)


class Batch:
    """Near-duplicate decisions for one batch of records, optionally against an index."""

    def __init__(self, config: Config, index: NeardupIndex | None = None) -> None:
        from .lsh import lsh_params
        check_config(config)
        self.config = config
        self.index = index
        self.bands, self.rows = lsh_params(config.threshold, config.num_perm)
        # Per record: strings as one UTF-8 buffer, dates as codes, numbers in typed arrays (8
        # bytes each), flags as bytes; signatures and keys in temporary files (cleaner/store.py).
        # At a million records Python objects here would be most of the run's memory.
        self.ids = Strings()
        self._sources = Strings()  # "" where the source is the id (see `source`)
        self._same_source = bytearray()  # 1 when a record's source is its id (stored once)
        self.published = Codes()
        self.lengths = array("q")
        self.key_hashes = array("q")
        self.short = bytearray()
        self.active = bytearray()  # 0 for records with an empty key: nothing to compare
        self.sig_row = array("q")  # row in the signature file, -1 when short or empty
        self._pending: list[str] = []
        self._n_signed = 0
        # Keys wait on disk, not in memory, until a candidate pair needs them.
        self._keys = tempfile.TemporaryFile(prefix="cleaner-neardup-")
        self._key_start = array("q")
        self._key_size = array("q")
        self._key_end = 0
        self.stats: dict[str, Any] = {}
        self.decisions: list[Decision | None] = []
        self._old: dict[int, IndexedRecord] = {}
        # Records of this batch an earlier run indexed with the same content (id -> the index's ref),
        # and ids whose content changed since: their old index entries are replaced on commit.
        self.indexed: dict[int, int] = {}
        self.replaced: set[str] = set()
        # Where keys and signatures are when they were made elsewhere (`add_compact`).
        self.remote: RemoteKeys | None = None

    # The signer, the signature file and the verified edges are made on first use: numpy and the
    # permutations are not needed by a batch with nothing to compare.
    @cached_property
    def signer(self) -> Signer:
        from .minhash import SEED, Signer
        return Signer(self.config.num_perm, SEED, self.config.ngram)

    @cached_property
    def _sigs(self) -> SpilledRows:
        return SpilledRows(self.config.num_perm, "uint32", "cleaner-neardup-sig-")

    @cached_property
    def edges(self) -> np.ndarray:
        import numpy as np
        return np.empty((0, 2), dtype=np.int64)

    # -- observing -------------------------------------------------------------------
    def add(self, key: str, record_id: str, source: str, length: int, published: str | None = None) -> None:
        """Add a record by its comparison key (see `keys.dedup_key`)."""
        if self._append_many([key], [record_id], [source], [length], [published]):
            self._pending.append(key)
            if len(self._pending) >= _SIGN_BATCH:
                self._sign_pending()

    def add_many(
        self, keys: Sequence[str], ids: Sequence[str], sources: Sequence[str], lengths: Sequence[int],
        published: Sequence[str | None] | None = None,
    ) -> None:
        """`add` of many records at once: their keys written to disk in one piece and signed
        together (the same rows, the same signatures)."""
        self._sign_pending()
        to_sign = self._append_many(keys, ids, sources, lengths, published or [None] * len(keys))
        for start in range(0, len(to_sign), _SIGN_BATCH):
            self._sigs.append(self.signer.signatures(to_sign[start : start + _SIGN_BATCH]))

    def add_facts(self, facts: NeardupFacts) -> None:
        """Add records whose keys were folded and signed elsewhere (`neardup_facts`)."""
        self._sign_pending()
        signed = len(self._append_many(facts.keys, facts.ids, facts.sources, facts.lengths, facts.published))
        if signed != facts.signatures.shape[0]:
            raise RuntimeError(f"neardup: {signed} keys to sign but {facts.signatures.shape[0]} signatures")
        if signed:
            self._sigs.append(facts.signatures)

    def _append_many(
        self, keys: Sequence[str], ids: Sequence[str], sources: Sequence[str], lengths: Sequence[int],
        published: Sequence[str | None],
    ) -> list[str]:
        """Note records (their keys written to disk in one piece): the keys that need a signature,
        in the order of their signed rows (after the rows of any keys still pending)."""
        if not keys:
            return []
        data = [key.encode("utf-8") for key in keys]
        sizes = list(map(len, data))
        self._keys.write(b"".join(data))
        self._key_start.extend(accumulate(sizes[:-1], initial=self._key_end))
        self._key_size.extend(sizes)
        self._key_end += sum(sizes)
        short = list(map(is_short, keys))
        signed = self._note_many(ids, sources, lengths, published, _utf8_hashes(data), short, sizes)
        return list(compress(keys, signed))

    def add_compact(self, facts: CompactFacts) -> None:
        """Add records by their key hashes alone: their keys and signatures stay where they were
        made, and `remote` verifies candidate pairs there (the Dask engine)."""
        ids, sources, lengths, published, khashes, short, active = facts
        self._note_many(ids, sources, lengths, published, array("q", khashes), short, active)

    def _note_many(
        self, ids: Sequence[str], sources: Sequence[str], lengths: Sequence[int], published: Sequence[str | None],
        khashes: array[int], short: Sequence[bool], active: Sequence[object],
    ) -> list[bool]:
        """Note records' facts (`active`: anything true for a record with a non-empty key); the
        records that need a signature, as one flag each. Each fact goes into its store in one call."""
        n = len(ids)
        if not (len(sources) == len(lengths) == len(published) == len(khashes) == len(short) == len(active) == n):
            raise ValueError("neardup: facts of different lengths")
        self.ids.extend(ids)
        # A JSONL record's source is often its id: held once.
        same = [source == record_id for source, record_id in zip(sources, ids, strict=True)]
        self._same_source.extend(same)
        self._sources.extend(["" if is_id else source for source, is_id in zip(sources, same, strict=True)])
        self.published.extend(published)
        self.lengths.extend(lengths)
        self.key_hashes.extend(khashes)
        on = [bool(a) for a in active]
        self.short.extend(short)
        self.active.extend(on)
        signed = [a and not s for a, s in zip(on, short, strict=True)]
        rows = accumulate(signed, initial=self._n_signed)
        self.sig_row.extend([row if sign else -1 for row, sign in zip(rows, signed, strict=False)])
        self._n_signed += sum(signed)
        return signed

    def _sign_pending(self) -> None:
        if self._pending:
            self._sigs.append(self.signer.signatures(self._pending))
            self._pending = []

    def source(self, i: int) -> str:
        return self.ids[i] if self._same_source[i] else self._sources[i]

    def signature(self, i: int) -> np.ndarray:
        """Record i's signature (it must have one: `sig_row[i] >= 0`)."""
        row = self.sig_row[i]
        return self._sigs.slice(row, row + 1)[0]

    def key(self, i: int) -> str:
        pos, size = self._key_start[i], self._key_size[i]
        self._keys.seek(pos)
        return self._keys.read(size).decode("utf-8")

    def keys_of(self, records: np.ndarray) -> list[str]:
        """The keys of many records (once the key file is flushed): one positioned read each, no seek."""
        fd = self._keys.fileno()
        return [os.pread(fd, self._key_size[i], self._key_start[i]).decode("utf-8") for i in records.tolist()]

    # -- deciding --------------------------------------------------------------------
    def decide(self) -> list[Decision | None]:
        """One decision per record (None for a record in no cluster), in input order."""
        if self.index is None and self.remote is None and sum(self.active) < 2:
            # Fewer than two records with a key and no earlier run: nothing can be a copy of
            # anything, so nothing is signed. The figures are those the comparison would give.
            self._pending = []
            self.stats = {"bands": self.bands, "rows": self.rows, "candidate_pairs": 0, "verified_pairs": 0,
                          "clusters": 0, "duplicates": 0, "cross_run_duplicates": 0}
            self.decisions = [None] * len(self.ids)
            return self.decisions
        import numpy as np

        from .lsh import band_candidate_pairs, candidate_pairs, clusters
        from .minhash import estimate
        self._sign_pending()
        self._keys.flush()
        n = len(self.ids)
        edges: list[np.ndarray] = []

        # 1. Exact keys: star edges from the first record with a key to the others (sorted
        #    arrays, not a dict entry per record).
        active = np.flatnonzero(np.frombuffer(self.active, dtype=np.uint8))
        hashes = np.frombuffer(self.key_hashes, dtype=np.int64)[active]
        rep = np.full(n, -1, dtype=np.int64)
        if len(active):
            # A stable sort: each hash's first record in input order heads its run.
            order = np.argsort(hashes, kind="stable")
            sorted_h = hashes[order]
            head = np.r_[True, sorted_h[1:] != sorted_h[:-1]]
            first = active[order][head]
            rep[active[order]] = np.repeat(first, np.diff(np.r_[np.flatnonzero(head), len(order)]))
            del order, sorted_h, head, first
        del hashes
        if self.remote is None:
            copies = np.flatnonzero((rep >= 0) & (rep != np.arange(n)))
            if len(copies):
                edges.append(np.stack([rep[copies], copies], axis=1))
        reps = np.flatnonzero(rep == np.arange(n))
        sig_row = np.frombuffer(self.sig_row, dtype=np.int64)
        long_reps = reps[sig_row[reps] >= 0]
        if self.remote is not None:
            if self.index is not None:
                raise RuntimeError("neardup: an index is looked up with the signatures at hand, not remote ones")
            return self._decide_remote(self.remote.clusters(long_reps, rep))
        del rep

        # 2-3. LSH candidates among distinct long keys, verified by exact Jaccard. Bucket keys are
        #      computed a chunk of signatures at a time, read back from their file.
        rows = sig_row[long_reps]
        if self.index is None:
            # One band's bucket keys in memory at a time (8 bytes a record, not 8 per band).
            buckets = None
            pairs = band_candidate_pairs(self._band_columns(rows), len(rows))
        else:
            buckets = self._band_keys(rows)  # looked up in the index too
            pairs = candidate_pairs(buckets)
        left, right = long_reps[pairs[:, 0]], long_reps[pairs[:, 1]]
        n_pairs = len(pairs)
        del pairs
        pair_sims = self._jaccards(left, right)
        ok = pair_sims >= self.config.threshold
        # Sorted by (left, right), as `candidate_pairs` sorts them: looked up again for similarities.
        verified = np.stack([left[ok], right[ok]], axis=1)
        known = (left[ok] * n + right[ok], pair_sims[ok])
        del left, right, pair_sims, ok
        if len(verified):
            edges.append(verified)
        self.stats = {
            "bands": self.bands,
            "rows": self.rows,
            "candidate_pairs": n_pairs,
            "verified_pairs": len(verified),
        }

        # 4. Earlier runs, through the index: old records become extra nodes n, n + 1, …
        #    A hit on this batch's own id is not an earlier record: with the same key it is this
        #    very record indexed by an earlier run (a rerun: it stays, as the earlier copy it is);
        #    with another key the article changed under its id and its old entry is replaced.
        old_node: dict[int, int] = {}
        if self.index is not None:
            assert buckets is not None
            looked = self.index.lookup(
                self._sigs.take(rows), buckets, long_reps.tolist(),
                np.frombuffer(self.key_hashes, dtype=np.int64)[reps].tolist(),
            )
            old_edges = []
            batch_ids = {rid: i for i, rid in reversed(list(enumerate(self.ids)))}
            for hit in looked:
                i = int(reps[hit.idx]) if hit.exact else hit.idx
                rec = hit.record
                own = batch_ids.get(rec.record_id)
                if own is not None:
                    if rec.key_hash is not None and rec.key_hash == self.key_hashes[own]:
                        # Other records' hits on it are compared inside the batch already.
                        prev = self.indexed.get(own)
                        self.indexed[own] = rec.ref if prev is None else min(prev, rec.ref)
                    else:
                        self.replaced.add(rec.record_id)
                    continue
                if not hit.exact:
                    if rec.signature is None or rec.signature.shape != (self.config.num_perm,):
                        continue
                    if estimate(self.signature(i), rec.signature) < self.config.threshold:
                        continue
                node = old_node.setdefault(rec.ref, n + len(old_node))
                self._old[node] = rec
                old_edges.append((i, node))
            # An article that changed entirely under its id shares no bucket with its old entry.
            for rid, keys in self.index.known_ids(self.ids).items():
                own = batch_ids[rid]
                if self.key_hashes[own] not in keys:
                    self.replaced.add(rid)
            if old_edges:
                edges.append(np.array(old_edges, dtype=np.int64))
            self.stats["index_matches"] = len(old_edges)
            self.stats["indexed_before"] = len(self.indexed)

        # 5. Clusters and the record each keeps.
        total = n + len(old_node)
        all_edges = np.concatenate(edges) if edges else np.empty((0, 2), dtype=np.int64)
        # Kept for inspection (benchmarks, reports): every verified edge; nodes >= n are earlier runs' records.
        self.edges = all_edges
        labels = clusters(total, all_edges)
        members: dict[int, list[int]] = {}
        for node in np.unique(all_edges):
            members.setdefault(int(labels[node]), []).append(int(node))
        decisions: list[Decision | None] = [None] * n
        dups = cross = 0
        keepers: list[tuple[list[int], int]] = []
        for group in members.values():
            group.sort()
            keepers.append((group, self._keeper(group, n)))
        # Similarity of every copy to its kept record, all at once (remote keys are fetched once).
        sims = self._similarities(
            [(m, keeper) for group, keeper in keepers if keeper < n for m in group if m < n and m != keeper], known
        )
        for group, keeper in keepers:
            new_members = [m for m in group if m < n]
            # The size counts every record known to be in the cluster, earlier runs' included.
            size = len(group)
            kept_id = self._old[keeper].record_id if keeper >= n else self.ids[keeper]
            kept_source = self.source(keeper) if keeper < n else None
            cid = cluster_id(kept_id)
            for m in new_members:
                if m == keeper:
                    decisions[m] = Decision(cid, size, kept=True)
                    continue
                if keeper >= n:
                    old = self._old[keeper]
                    decisions[m] = Decision(
                        cid, size, kept=False, dup_of=old.record_id, dup_source=old.source,
                        dup_run=old.run_id, similarity=round(self._similarity_old(m, old), 4),
                    )
                    cross += 1
                else:
                    decisions[m] = Decision(
                        cid, size, kept=False, dup_of=kept_id, dup_source=kept_source,
                        similarity=round(sims[(m, keeper)], 4),
                    )
                dups += 1
        self.stats.update(
            {"clusters": sum(1 for g in members.values() if any(m < n for m in g)), "duplicates": dups,
             "cross_run_duplicates": cross}
        )
        self.decisions = decisions
        return decisions

    def _decide_remote(self, found: RemoteClusters) -> list[Decision | None]:
        """Decisions from clusters found where the keys are (no index: no earlier runs)."""
        self.stats = {
            "bands": self.bands,
            "rows": self.rows,
            "candidate_pairs": found.candidate_pairs,
            "verified_pairs": found.verified_pairs,
        }
        decisions: list[Decision | None] = [None] * len(self.ids)
        cids: dict[int, str] = {}
        dups = 0
        for m, keeper, size, sim in zip(found.members.tolist(), found.keepers.tolist(), found.sizes.tolist(),
                                        found.sims.tolist(), strict=True):
            cid = cids.get(keeper)
            if cid is None:
                cid = cids[keeper] = cluster_id(self.ids[keeper])
            if m == keeper:
                decisions[m] = Decision(cid, size, kept=True)
                continue
            decisions[m] = Decision(cid, size, kept=False, dup_of=self.ids[keeper], dup_source=self.source(keeper),
                                    similarity=round(sim, 4))
            dups += 1
        self.stats.update({"clusters": len(cids), "duplicates": dups, "cross_run_duplicates": 0})
        self.decisions = decisions
        return decisions

    def _keeper(self, group: list[int], n: int) -> int:
        # Earlier runs win, whatever --keep says: the oldest record already published, whether it
        # is only in the index or is also in this batch (a rerun).
        earlier = [(self._old[m].ref, m) for m in group if m >= n]
        earlier += [(self.indexed[m], m) for m in group if m < n and m in self.indexed]
        if earlier:
            return min(earlier)[1]
        policy, patterns = self.config.keep, self.config.source_priority
        if policy == "first":
            return group[0]  # input order (the group is sorted)
        # Only source-priority reads sources (each is decoded from the batch's buffer).
        by_source = policy == "source-priority"
        return min(group, key=lambda i: (*keep_rank(policy, patterns, self.lengths[i], self.published[i],
                                                     self.source(i) if by_source else ""), i))

    def _jaccards(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """Exact Jaccard of the keys of records left[k] and right[k] (float64, one per pair).

        A round of pairs at a time: the shingle sets of that round's records are made together
        (one hash pass, `shingle_sets64`) from their keys read back from disk, and let go after."""
        import numpy as np

        from .minhash import pair_jaccards, shingle_sets64
        out = np.empty(len(left), dtype=np.float64)
        for s in range(0, len(left), _VERIFY_PAIRS):
            lo, hi = left[s : s + _VERIFY_PAIRS], right[s : s + _VERIFY_PAIRS]
            records, inverse = np.unique(np.concatenate([lo, hi]), return_inverse=True)
            sets, offsets = shingle_sets64(self.keys_of(records), self.config.ngram)
            out[s : s + len(lo)] = pair_jaccards(sets, offsets, inverse[: len(lo)], inverse[len(lo) :])
        return out

    def _similarities(
        self, pairs: list[tuple[int, int]], known: tuple[np.ndarray, np.ndarray]
    ) -> dict[tuple[int, int], float]:
        """Exact Jaccard of each (record, its kept record); `known` holds the verified pairs'
        (lower * n + higher, Jaccard), sorted, so that only pairs joined through a third record
        are computed again."""
        import numpy as np

        out: dict[tuple[int, int], float] = {}
        todo: list[tuple[int, int]] = []
        for i, j in pairs:
            if self.key_hashes[i] == self.key_hashes[j]:
                out[(i, j)] = 1.0
            elif self.sig_row[i] < 0 or self.sig_row[j] < 0:
                out[(i, j)] = 0.0
            else:
                todo.append((i, j))
        if not todo:
            return out
        both = np.array(todo, dtype=np.int64)
        lo, hi = both.min(axis=1), both.max(axis=1)
        codes, sims = known
        at = np.minimum(np.searchsorted(codes, lo * len(self.ids) + hi), max(len(codes) - 1, 0))
        found = (codes[at] == lo * len(self.ids) + hi) if len(codes) else np.zeros(len(todo), dtype=bool)
        values = np.empty(len(todo), dtype=np.float64)
        values[found] = sims[at[found]]
        values[~found] = self._jaccards(lo[~found], hi[~found])
        for pair, value in zip(todo, values.tolist(), strict=True):
            out[pair] = value
        return out

    def _similarity_old(self, i: int, old: IndexedRecord) -> float:
        from .minhash import estimate
        if old.signature is None or self.sig_row[i] < 0:
            return 1.0  # short records only ever match an earlier record by their exact key
        return estimate(self.signature(i), old.signature)

    # -- after the batch -------------------------------------------------------------
    def kept_records(self) -> Iterator[NewRecord]:
        """The records this batch adds to an index: every compared record that is not a duplicate
        and that the index does not hold already."""
        import numpy as np

        from .index import NewRecord
        from .lsh import band_keys
        # Bucket keys a chunk of signatures at a time, read back from their file.
        step = self._sigs.chunk_rows()
        for start in range(0, len(self.ids), step):
            stop = min(len(self.ids), start + step)
            rows = np.frombuffer(self.sig_row, dtype=np.int64)[start:stop]
            signed = rows[rows >= 0]
            sigs = self._sigs.take(signed)
            buckets = band_keys(sigs, self.bands, self.rows)
            for i in range(start, stop):
                d = self.decisions[i]
                if not self.active[i] or (d is not None and not d.kept) or i in self.indexed:
                    continue
                row = self.sig_row[i]
                k = int(np.searchsorted(signed, row)) if row >= 0 else -1
                yield NewRecord(
                    self.ids[i], self.source(i), self.key_hashes[i], bool(self.short[i]),
                    sigs[k] if row >= 0 else None, buckets[k] if row >= 0 else None,
                )

    def _band_keys(self, rows: np.ndarray) -> np.ndarray:
        """Bucket keys (shape (len(rows), bands)) of the signatures in `rows` (ascending), computed a
        chunk at a time: no copy of every signature in memory, widened or not."""
        import numpy as np

        from .lsh import band_keys
        out = np.empty((len(rows), self.bands), dtype=np.int64)
        step = self._sigs.chunk_rows()
        for k in range(0, len(rows), step):
            part = rows[k : k + step]
            out[k : k + len(part)] = band_keys(self._sigs.take(part), self.bands, self.rows)
        return out

    def _band_columns(self, rows: np.ndarray) -> Iterator[np.ndarray]:
        """The bucket keys of the signatures in `rows` (ascending) one band at a time: computed a
        chunk of signatures at a time into a temporary file per band, each read back whole when
        its turn comes."""
        from .lsh import band_keys
        files = [SpilledRows(1, "int64", "cleaner-neardup-band-") for _ in range(self.bands)]
        try:
            step = self._sigs.chunk_rows()
            for k in range(0, len(rows), step):
                keys = band_keys(self._sigs.take(rows[k : k + step]), self.bands, self.rows)
                for band, f in enumerate(files):
                    f.append(keys[:, band])
                del keys
            for f in files:
                column = f.all()
                f.close()
                yield column
                del column
        finally:
            for f in files:
                f.close()

    def close(self) -> None:
        try:
            self._keys.close()
        finally:
            if "_sigs" in self.__dict__:
                self._sigs.close()


def new_run_id() -> str:
    """A run id that sorts by time and differs between concurrent runs."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ") + f"-{os.getpid()}"


class NearDuplicates(PiecewiseStage):
    """The corpus pass `neardup` (see the module docstring)."""

    name = STAGE
    # Writing a decision into a record is a few dictionary entries: cheaper than a round trip.
    run_in_parent = True

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        config = self.config
        check_config(config)
        self.index: NeardupIndex | None = None
        if config.index:
            from .index import index_params, open_index
            from .lsh import lsh_params
            from .minhash import SEED

            bands, rows = lsh_params(config.threshold, config.num_perm)
            params = index_params(config.num_perm, config.ngram, SEED, bands, rows, config.opencc)
            self.index = open_index(config.index, params)
        self.batch = Batch(config, self.index)
        self.run_id = new_run_id()
        self._next = 0
        self._added = 0

    def describe(self) -> str:
        from .lsh import describe_lsh

        return describe_lsh(self.config)

    def observe(self, doc: Document) -> None:
        # Folded once per text (by a --jobs worker when there is one): see keys.document_key.
        key = document_key(doc, self.config.opencc)
        self.batch.add(key, doc.id, doc.source, len(doc.text), doc.published)

    def prepare(self) -> None:
        self.batch.decide()

    @classmethod
    def facts(cls, docs: list[Document], config: Config) -> NeardupFacts:
        """The folded keys and signatures of `docs` (`neardup_facts`), computed where the documents are."""
        return neardup_facts(docs, config)

    def observe_facts(self, facts: NeardupFacts) -> None:
        self.batch.add_facts(facts)

    def run(self, doc: Document) -> list[Document]:
        i = self._next
        self._next += 1
        if i >= len(self.batch.ids) or self.batch.ids[i] != doc.id:
            raise RuntimeError(f"neardup: documents came back out of order at {doc.id}")
        return apply_decision(doc, self.batch.decisions[i], self.config.dedup, self._location())

    def _location(self) -> str | None:
        return self.index.location if self.index is not None else None

    def view(self, start: int, count: int) -> NeardupView:
        """The decisions of records start .. start + count - 1 (observe order)."""
        return NeardupView(
            self.batch.ids[start : start + count], self.batch.decisions[start : start + count],
            self.config.dedup, self._location(),
        )

    @classmethod
    def run_view(cls, docs: list[Document], start: int, view: NeardupView) -> tuple[list[Document], None]:
        """`run` on the documents `view` decides (observe order), in any process."""
        if [d.id for d in docs] != view.ids:
            wrong = next((d for d, i in zip(docs, view.ids, strict=False) if d.id != i), docs[-1] if docs else None)
            raise RuntimeError(f"neardup: documents came back out of order at {wrong.id if wrong else start}")
        for doc, decision in zip(docs, view.decisions, strict=True):
            apply_decision(doc, decision, view.dedup, view.index_location)
        return docs, None

    def take_report(self, count: int, report: None) -> None:
        self.merge_run(count)

    def merge_run(self, count: int) -> None:
        """Records applied elsewhere, in input order (see `view`)."""
        self._next += count

    @classmethod
    def enabled(cls, config: Config) -> bool:
        return config.dedup != "off"

    def drop_reason(self, doc: Document) -> str | None:
        return None  # `dup_of` says why

    def commit(self) -> None:
        """Add this batch's kept records to the index. The runner calls it only once every output
        of the run is in place, so a run that fails or is interrupted adds nothing."""
        if self.index is not None and self.batch.decisions and self._next == len(self.batch.ids):
            replace = sorted(self.batch.replaced)
            self._added = self.index.add(self.run_id, self.batch.kept_records(), replace=replace)

    def close(self) -> None:
        try:
            self.batch.close()
        finally:
            if self.index is not None:
                self.index.close()

    def summary(self) -> dict[str, Any]:
        stats = dict(self.batch.stats)
        if self.index is not None:
            stats["index"] = self.index.location
            stats["run_id"] = self.run_id
            stats["index_records_added"] = self._added
        return {"neardup": stats}
