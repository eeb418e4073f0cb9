"""The Dask engine (`--engine dask`): the same chain on a Dask cluster, with the same output.

The embedded engine's work is cut where it already has seams, and each piece runs where it is
cheapest:

* **Partitions.** The client lists the inputs (names only) in the embedded engine's order and
  groups consecutive files into partitions of about `partition_mb` of input (a file is never
  split, so a record's id, derived from its path and line, never depends on the partitioning).
  Workers read their partition's files from paths every worker sees and run every per-document
  stage on it with the embedded engine's own code (`Pipeline.process_documents`). The documents
  stay in the workers' memory (Dask spills them to the workers' local disk under pressure).
* **Corpus passes.** For each pass, every partition reduces its documents to compact facts on
  its worker (paragraph fingerprints and sites for templates; folded keys and MinHash signatures
  for near-duplicates: `doc_facts`, `neardup_facts`). The client takes them in input order and
  decides with the pass's own code, reading and writing the persistent index as the embedded
  engine does. Each partition is then sent only the part of the decisions its documents need
  (`view`) and edits its documents in place on its worker (`apply_templates`, `apply_decision`).
  The next pass observes the edited documents; at the end the client fetches the partitions in
  order and writes them with the usual writers.

Every task is a pure function of its inputs: when a worker is lost, Dask recomputes what it held
from the input files, and the result is the same, with no record written twice (the client writes,
once, in input order). Identity with the embedded engine holds by construction: the same stage
code, the same facts, decisions taken by the same code in the same order.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import os
import pickle
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .config import Config
from .errors import ConfigError
from .io.read import FileBytes, JsonlBlock, RawItem, Skipped, find_inputs, read_source
from .model import Document
from .pipeline import CorpusStage, Pipeline, Stage, Summary, build_corpus_stages, build_stages

SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
# Band rows (24 bytes each) per partition of the near-duplicate shuffles: 4M rows is about 100 MB.
SHUFFLE_ROWS = 4_000_000
_INSTALL_HINT = "install it with: pip install 'cleaner[dask]'"


def check_engine(config: Config) -> None:
    """Raise ConfigError for engine settings that cannot run (a config changed after it was made
    is checked again: `Config.check` knows the engines and the partition size's range)."""
    config.check()


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as e:
        raise ConfigError("--engine dask needs Dask (dask[dataframe,distributed]), which is not installed",
                          hint=_INSTALL_HINT) from e
    return distributed


# -- partitions --------------------------------------------------------------------------

Entry = tuple[str, str | None] | Skipped


@dataclass(frozen=True, slots=True)
class Partition:
    """Consecutive inputs read and cleaned by one task."""

    number: int
    entries: tuple[Entry, ...]
    size: int  # bytes on disk


def plan_partitions(inputs: list[str], glob: str | None, partition_bytes: int) -> list[Partition]:
    """The inputs in the embedded engine's order, cut into partitions of about `partition_bytes`."""
    parts: list[Partition] = []
    current: list[Entry] = []
    size = 0
    for found in find_inputs(inputs, glob):
        if not isinstance(found, Skipped):
            path = found[0]
            if path == "-":
                raise ConfigError(
                    "--engine dask cannot read stdin (`-`): workers read inputs from files",
                    hint="save the input to a file every worker can read and pass its path",
                )
            try:
                size += os.path.getsize(path)
            except OSError:
                pass  # the worker reports it, in its place, as the embedded engine does
        current.append(found)
        if size >= partition_bytes:
            parts.append(Partition(len(parts), tuple(current), size))
            current, size = [], 0
    if current:
        parts.append(Partition(len(parts), tuple(current), size))
    return parts


# -- on the workers ----------------------------------------------------------------------

# Stages are built once per worker process and config (compiling the rules takes a while).
_STAGES: dict[bytes, list[Stage]] = {}


def _stages(config: Config) -> list[Stage]:
    token = hashlib.blake2b(pickle.dumps(config), digest_size=16).digest()
    stages = _STAGES.get(token)
    if stages is None:
        _STAGES.clear()
        stages = _STAGES[token] = build_stages(config)
    return stages


def _relabel(value: str | None, full: str, path: str) -> str | None:
    if value is not None and value.startswith(full):
        return path + value[len(full):]
    return value


def _read_entry(entry: Entry, cwd: str, config: Config, input_format: str) -> Iterator[RawItem | Skipped]:
    if isinstance(entry, Skipped):
        yield entry
        return
    path, rel = entry
    kw: dict[str, Any] = {"text_key": config.text_key, "id_key": config.id_key, "input_format": input_format,
                          "html_key": config.html_key}
    if os.path.isabs(path) or os.path.realpath(os.getcwd()) == os.path.realpath(cwd):
        yield from _items(read_source(path, rel, **kw))
        return
    # A relative path is the client's: read it from the client's folder, but name records by the
    # path as given, as the embedded engine does.
    full = os.path.join(cwd, path)
    for item in _items(read_source(full, rel, **kw)):
        if isinstance(item, RawItem):
            item.id = _relabel(item.id, full, path) or item.id
            item.source = _relabel(item.source, full, path) or item.source
            item.file = _relabel(item.file, full, path)
        else:
            item.source = _relabel(item.source, full, path) or item.source
        yield item


def _items(units: Iterator[RawItem | Skipped | FileBytes | JsonlBlock]) -> Iterator[RawItem | Skipped]:
    """Articles of an input read without `ship` (a worker decodes what it reads itself)."""
    for unit in units:
        if isinstance(unit, (FileBytes, JsonlBlock)):
            raise TypeError("read_source shipped undecoded bytes to a Dask partition")
        yield unit


@dataclass(slots=True)
class RawInfo:
    """What reading one partition adds to the run summary (and to the progress display)."""

    inputs_read: int = 0
    first_file: str | None = None
    last_file: str | None = None
    documents: int = 0
    chars_in: int = 0
    bytes_in: int = 0
    skipped: list[dict[str, Any]] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)


Held = tuple[list[Document], Any]  # a partition's documents and what the step that made them reports


def read_partition(part: Partition, config: Config, input_format: str, cwd: str) -> Held:
    """Read a partition and run every per-document stage on it (the embedded engine's own code)."""
    config = dataclasses.replace(config, jobs=1)
    info = RawInfo()

    def items() -> Iterator[RawItem | Skipped]:
        for entry in part.entries:
            for item in _read_entry(entry, cwd, config, input_format):
                if isinstance(item, RawItem):
                    src = item.file or item.source
                    if info.first_file is None:
                        info.first_file = src
                    info.last_file = src
                yield item

    def progress(event: str, n: int) -> None:
        if event == "document":
            info.bytes_in += n

    pipeline = Pipeline(config, progress=progress, stages=_stages(config))
    docs = list(pipeline.process_documents(items()))
    s = pipeline.summary
    info.inputs_read, info.documents, info.chars_in = s.inputs_read, s.documents, s.chars_in
    info.skipped, info.empty = s.skipped, s.empty
    return docs, info


def observe_partition(held: Held, stage: str, config: Config) -> tuple[Any, Any, int]:
    """The compact facts a corpus pass needs of a partition's live documents, with the report of
    the step that made them (so one round trip brings both)."""
    docs, report = held
    live = [d for d in docs if d.dropped is None]
    facts: Any
    if stage == "templates":
        from .filters.templates import doc_facts

        facts = [doc_facts(d, config.site_key) for d in live]
    elif stage == "neardup":
        from .dedup.stage import neardup_facts

        facts = neardup_facts(live, config)
    else:
        raise ConfigError(f"the corpus pass {stage} cannot run on the Dask engine", hint="use --engine embedded")
    return report, facts, len(live)


# -- near-duplicates as shuffles ---------------------------------------------------------
#
# Without an index, the near-duplicate pass never brings keys, signatures or pairs to the client:
# each partition keeps its `NeardupFacts` on its worker and sends only compact facts (ids, key
# hashes, lengths). The client finds the first record of each key (as the embedded engine does),
# then the workers band the representatives' signatures, the rows are shuffled by bucket, each
# bucket gives its candidate pairs (the embedded engine's window of MAX_BUCKET_WINDOW in input
# order), pairs are made distinct, joined with both keys (two more shuffles) and verified by exact
# Jaccard where they land. The verified pairs stay on the workers: their connected components are
# found there by min-label propagation (`components`), every record is joined to its key's first
# record's label, each cluster's kept record is chosen by the embedded engine's `keep_rank`, and
# each copy's similarity to it is computed where the keys are. Only one row per record in a
# cluster comes back (member, kept record, size, similarity). With --index the signatures are
# needed where the index is read, so the client takes the full facts (as for the template pass).

# Rounds of label propagation before the rest is finished on the client. Each round halves the
# longest path still to cover (pointer jumping), so a component of a million records in a chain
# needs about 20; more than this bound means an input unlike any corpus of articles.
LABEL_ROUNDS = 30
_log = logging.getLogger(__name__)


def neardup_part_facts(held: Held, config: Config) -> Any:
    from .dedup.stage import neardup_facts

    return neardup_facts([d for d in held[0] if d.dropped is None], config)


def neardup_part_compact(held: Held, facts: Any) -> tuple[Any, Any, int]:
    from .dedup.stage import compact_facts

    return held[1], compact_facts(facts), len(facts.ids)


def _signed_rows(facts: Any) -> Any:
    """The row of each record's signature in facts.signatures (-1: not signed)."""
    import numpy as np

    from .dedup.keys import is_short

    signed = np.array([bool(k) and not is_short(k) for k in facts.keys], dtype=bool)
    return np.where(signed, np.cumsum(signed) - 1, -1)


def band_frame(facts: Any, local: Any, offset: int, bands: int, rows: int) -> Any:
    """(band, key, rec) of every band of the given records' signatures (records numbered from
    `offset`: numbers grow with input order, as the embedded engine's band rows do)."""
    import numpy as np
    import pandas as pd

    from .dedup.lsh import band_keys

    sig = facts.signatures[_signed_rows(facts)[local]] if len(local) else facts.signatures[:0]
    keys = band_keys(sig, bands, rows)
    return pd.DataFrame({
        "band": np.tile(np.arange(bands, dtype=np.int64), len(local)),
        "key": keys.reshape(-1),
        "pos": np.repeat(np.asarray(local, dtype=np.int64) + offset, bands),
    })


def key_frame(facts: Any, local: Any, offset: int) -> Any:
    import numpy as np
    import pandas as pd

    return pd.DataFrame({"pos": np.asarray(local, dtype=np.int64) + offset,
                         "text": pd.Series([facts.keys[int(i)] for i in local], dtype=object)})


def bucket_pairs(df: Any) -> Any:
    """Candidate pairs of the buckets in one shuffled partition, as `lsh.candidate_pairs` makes them."""
    import numpy as np
    import pandas as pd

    from .dedup.lsh import MAX_BUCKET_WINDOW

    df = df.sort_values(["band", "key", "pos"], kind="stable")
    band, key, pos = (df[c].to_numpy(dtype=np.int64) for c in ("band", "key", "pos"))
    found_a: list[Any] = []
    found_b: list[Any] = []
    for d in range(1, MAX_BUCKET_WINDOW + 1):
        same = (band[:-d] == band[d:]) & (key[:-d] == key[d:])
        if not same.any():
            break
        found_a.append(pos[:-d][same])
        found_b.append(pos[d:][same])
    a = np.concatenate(found_a) if found_a else np.empty(0, dtype=np.int64)
    b = np.concatenate(found_b) if found_b else np.empty(0, dtype=np.int64)
    return pd.DataFrame({"a": a, "b": b}).drop_duplicates()


def jaccard_rows(df: Any, ngram: int) -> Any:
    import numpy as np
    import pandas as pd

    from .dedup.minhash import jaccard, shingle_set64

    sims = [jaccard(shingle_set64(x, ngram), shingle_set64(y, ngram))
            for x, y in zip(df["text_a"].tolist(), df["text_b"].tolist(), strict=True)]
    return pd.DataFrame({"a": df["a"].to_numpy(dtype=np.int64), "b": df["b"].to_numpy(dtype=np.int64),
                         "sim": np.asarray(sims, dtype=np.float64)})


def record_frame(facts: Any, rep: Any, offset: int, policy: str, patterns: list[str]) -> Any:
    """(rec, rep, k1, k2, signed) of a partition's records that have a key: the first record with
    the same key, what `--keep` ranks it by (`keep_rank`), and whether it is compared by signature."""
    import numpy as np
    import pandas as pd

    from .dedup.keys import is_short
    from .dedup.stage import keep_rank

    rep = np.asarray(rep, dtype=np.int64)
    local = np.flatnonzero(rep >= 0)
    ranks = [keep_rank(policy, patterns, facts.lengths[i], facts.published[i], facts.sources[i]) for i in local.tolist()]
    return pd.DataFrame({
        "rec": local + offset,
        "rep": rep[local],
        "k1": np.fromiter((r[0] for r in ranks), dtype=np.int64, count=len(ranks)),
        "k2": pd.Series([r[1] for r in ranks], dtype=object),
        "signed": np.fromiter((not is_short(facts.keys[i]) for i in local.tolist()), dtype=bool, count=len(local)),
    })


def _min_labels(df: Any) -> Any:
    return df.groupby("node", sort=True)["label"].min().reset_index()


def _jump(df: Any) -> Any:
    import numpy as np

    label = df["label"].to_numpy(dtype=np.int64)
    up = df["up"].to_numpy(dtype=np.int64)
    return df.assign(label=np.minimum(label, up))[["node", "label"]]


def _differing(df: Any) -> Any:
    return df[df["la"] != df["lb"]]


def _hooks(df: Any) -> Any:
    """From each edge whose ends have different labels: each end offered the other's label, and
    the larger label hooked under the smaller (all of them nodes of the same component)."""
    import numpy as np
    import pandas as pd

    a, b = df["a"].to_numpy(dtype=np.int64), df["b"].to_numpy(dtype=np.int64)
    la, lb = df["la"].to_numpy(dtype=np.int64), df["lb"].to_numpy(dtype=np.int64)
    lo = np.minimum(la, lb)
    return pd.DataFrame({"node": np.concatenate([a, b, np.maximum(la, lb)]), "label": np.concatenate([lb, la, lo])})


def components(client: Any, edges: Any, nparts: int, rounds: int | None = None) -> tuple[Any, int]:
    """Connected components of a graph given as a Dask frame of edges (a, b), as a persisted Dask
    frame (node, label) of every node of an edge, label = the lowest node of its component (what
    `lsh.clusters` numbers components by); and the rounds it took.

    Min-label propagation with hooking and pointer jumping, on the workers: every label is a node
    of the node's component no higher than the node, and each round lowers them, until no edge
    joins two labels. After `rounds` (LABEL_ROUNDS) rounds the edges still joining two labels,
    relabelled (label, label), are few: the client finishes them with `lsh.clusters` and logs a
    warning, and the result is the same."""
    import dask.dataframe as dd
    import numpy as np
    import pandas as pd

    from .dedup.lsh import clusters

    bound = LABEL_ROUNDS if rounds is None else rounds
    i64 = "int64"
    kw: dict[str, Any] = {"npartitions": nparts, "shuffle_method": "tasks"}
    meta = {"node": i64, "label": i64}

    def both(e: Any) -> Any:
        return e.assign(label=e[["a", "b"]].min(axis=1))

    e = edges[["a", "b"]]
    start = both(e)
    labels = dd.concat([start[["a", "label"]].rename(columns={"a": "node"}),
                        start[["b", "label"]].rename(columns={"b": "node"})])
    labels = client.persist(labels.shuffle(on="node", **kw).map_partitions(_min_labels, meta=meta))
    done = 0
    while True:
        # Pointer jumping: a node takes its label's label (never higher, same component).
        up = labels.rename(columns={"node": "label", "label": "up"})
        labels = client.persist(labels.merge(up, on="label", how="left", **kw).map_partitions(_jump, meta=meta))
        joined = e.merge(labels.rename(columns={"node": "a", "label": "la"}), on="a", **kw).merge(
            labels.rename(columns={"node": "b", "label": "lb"}), on="b", **kw)
        left = client.persist(joined.map_partitions(_differing, meta={"a": i64, "b": i64, "la": i64, "lb": i64}))
        if int(client.compute(left.shape[0]).result()) == 0:
            return labels, done
        done += 1
        if done >= bound:
            break
        offered = left.map_partitions(_hooks, meta=meta)
        labels = client.persist(dd.concat([labels, offered]).shuffle(on="node", **kw).map_partitions(
            _min_labels, meta=meta))
    # The bound is reached: the edges left, between labels, are joined on the client.
    rest = client.compute(left[["la", "lb"]].drop_duplicates(shuffle_method="tasks")).result()
    pairs = np.stack([rest["la"].to_numpy(dtype=np.int64), rest["lb"].to_numpy(dtype=np.int64)], axis=1)
    nodes, inverse = np.unique(pairs, return_inverse=True)
    comp = clusters(len(nodes), inverse.reshape(pairs.shape))
    # Components are numbered in the order of their lowest node, and `nodes` is sorted.
    lowest = nodes[np.unique(comp, return_index=True)[1]]
    final = dict(zip(nodes.tolist(), lowest[comp].tolist(), strict=True))
    _log.warning("near-duplicate clusters: %d edges between %d labels still apart after %d rounds on the "
                 "workers; finished on the client", len(pairs), len(nodes), done)
    relabel = pd.Series(final, dtype=i64)
    labels = client.persist(labels.map_partitions(_relabel_frame, relabel, meta=meta))
    return labels, done


def _relabel_frame(df: Any, final: Any) -> Any:
    label = df["label"]
    return df.assign(label=label.map(final).fillna(label).astype("int64"))


def choose_keepers(df: Any) -> Any:
    """For the clusters in one shuffled partition (rows of records with their cluster's label):
    one row per record of a cluster of two or more, with the cluster's kept record (least
    `keep_rank`, then input order), its key's first record and whether it is signed, and the size."""
    import numpy as np

    df = df.sort_values(["label", "k1", "k2", "rec"], kind="stable")
    size = df.groupby("label", sort=False)["rec"].transform("size").to_numpy(dtype=np.int64)
    df = df.assign(size=size)[size >= 2]
    first = df.drop_duplicates("label")[["label", "rec", "rep", "signed"]].rename(
        columns={"rec": "keeper", "rep": "keeper_rep", "signed": "keeper_signed"})
    out = df[["rec", "rep", "signed", "label", "size"]].merge(first, on="label", how="left")
    return out.drop(columns="label")


def plain_sims(df: Any) -> Any:
    """Similarities that need no keys: 1.0 to a record with the same key, 0.0 when either record
    is compared by exact key only (as the embedded engine's `_similarities`)."""
    import numpy as np

    same = df["rep"].to_numpy(dtype=np.int64) == df["keeper_rep"].to_numpy(dtype=np.int64)
    return df.assign(sim=np.where(same, 1.0, 0.0))[["rec", "keeper", "size", "sim"]]


def keyed_sims(df: Any, ngram: int) -> Any:
    import numpy as np
    import pandas as pd

    from .dedup.minhash import jaccard, shingle_set64

    sims = [jaccard(shingle_set64(x, ngram), shingle_set64(y, ngram))
            for x, y in zip(df["text_a"].tolist(), df["text_b"].tolist(), strict=True)]
    return pd.DataFrame({"rec": df["rec"].to_numpy(dtype=np.int64), "keeper": df["keeper"].to_numpy(dtype=np.int64),
                         "size": df["size"].to_numpy(dtype=np.int64), "sim": np.asarray(sims, dtype=np.float64)})


class ClusterKeys:
    """`RemoteKeys` on a Dask cluster: keys and signatures stay in the partitions' facts, and the
    clusters are found there."""

    def __init__(self, client: Any, facts: list[Any], offsets: list[tuple[int, int]], config: Config,
                 count: Callable[[str, Any], None] | None = None) -> None:
        from .dedup.lsh import lsh_params

        self.client = client
        self.facts = facts
        self.offsets = offsets
        self.config = config
        self.count = count or (lambda kind, value: None)  # bytes crossing, by kind (the bench)
        self.bands, self.rows = lsh_params(config.threshold, config.num_perm)
        # Partitions after a shuffle: about SHUFFLE_ROWS band rows each, from the client's count.
        long_rows = sum(count for _, count in offsets) * self.bands
        self.nparts = max(2, min(len(facts), -(-long_rows // SHUFFLE_ROWS)))
        self.rounds: int | None = None  # LABEL_ROUNDS unless set (tests reach the bound on purpose)
        self.rounds_done = 0

    def _frame(self, futs: list[Any], meta: dict[str, str]) -> Any:
        import dask.dataframe as dd
        import pandas as pd

        empty = pd.DataFrame({c: pd.Series(dtype=t) for c, t in meta.items()})
        return dd.from_delayed(futs, meta=empty, verify_meta=False)

    def _long(self, long_reps: Any) -> tuple[Any, Any]:
        """Band rows and keys of the records compared by signature, as Dask frames."""
        import numpy as np

        bands, keys = [], []
        for fut, (start, count) in zip(self.facts, self.offsets, strict=True):
            lo, hi = np.searchsorted(long_reps, [start, start + count]).tolist()
            local = long_reps[lo:hi] - start
            bands.append(self.client.submit(band_frame, fut, local, start, self.bands, self.rows, pure=False))
            keys.append(self.client.submit(key_frame, fut, local, start, pure=False))
        return (self._frame(bands, {"band": "int64", "key": "int64", "pos": "int64"}),
                self._frame(keys, {"pos": "int64", "text": "object"}))

    def clusters(self, long_reps: Any, rep: Any) -> Any:
        import numpy as np

        from .dedup.stage import RemoteClusters

        client, i64 = self.client, "int64"
        kw: dict[str, Any] = {"npartitions": self.nparts, "shuffle_method": "tasks"}
        buckets, keys = self._long(long_reps)
        pairs = buckets.shuffle(on="key", **kw).map_partitions(bucket_pairs, meta={"a": i64, "b": i64}).drop_duplicates(
            split_out=self.nparts, shuffle_method="tasks")
        pairs = client.persist(pairs)
        left = keys.rename(columns={"pos": "a", "text": "text_a"})
        right = keys.rename(columns={"pos": "b", "text": "text_b"})
        checked = pairs.merge(left, on="a", **kw).merge(right, on="b", **kw).map_partitions(
            jaccard_rows, self.config.ngram, meta={"a": i64, "b": i64, "sim": "float64"})
        edges = client.persist(checked[checked["sim"] >= self.config.threshold][["a", "b"]])
        count_f, verified_f = client.compute([pairs.shape[0], edges.shape[0]])
        n_pairs, n_verified = int(count_f.result()), int(verified_f.result())
        del pairs
        for start, count in self.offsets:
            self.count("neardup_reps", rep[start:start + count])
        records = self._frame(
            [client.submit(record_frame, f, rep[start:start + count], start, self.config.keep,
                           list(self.config.source_priority), pure=False)
             for f, (start, count) in zip(self.facts, self.offsets, strict=True)],
            {"rec": i64, "rep": i64, "k1": i64, "k2": "object", "signed": "bool"},
        )
        if n_verified:
            # Edges are few next to band rows: as many partitions as they need, not as the bands did.
            nparts = max(1, min(self.nparts, -(-n_verified * 16 // SHUFFLE_ROWS)))
            labels, self.rounds_done = components(client, edges, nparts, self.rounds)
            records = records.merge(labels.rename(columns={"node": "rep"}), on="rep", how="left", **kw)
            records = records.assign(label=records["label"].fillna(records["rep"]).astype(i64))
        else:
            records = records.assign(label=records["rep"])
        members = client.persist(records.shuffle(on="label", **kw).map_partitions(
            choose_keepers,
            meta={"rec": i64, "rep": i64, "signed": "bool", "size": i64, "keeper": i64, "keeper_rep": i64,
                  "keeper_signed": "bool"}))
        keyed = (members["rep"] != members["keeper_rep"]) & members["signed"] & members["keeper_signed"]
        out_meta = {"rec": i64, "keeper": i64, "size": i64, "sim": "float64"}
        plain = members[~keyed].map_partitions(plain_sims, meta=out_meta)
        need = members[keyed].merge(keys.rename(columns={"pos": "rep", "text": "text_a"}), on="rep", **kw).merge(
            keys.rename(columns={"pos": "keeper_rep", "text": "text_b"}), on="keeper_rep", **kw)
        sims = need.map_partitions(keyed_sims, self.config.ngram, meta=out_meta)
        plain_f, sims_f = client.compute([plain, sims])
        found = plain_f.result()
        more = sims_f.result()
        rows = found if more.empty else more if found.empty else _concat([found, more])
        rows = rows.sort_values("rec", kind="stable")
        self.count("neardup_clusters", rows)
        return RemoteClusters(
            rows["rec"].to_numpy(dtype=np.int64), rows["keeper"].to_numpy(dtype=np.int64),
            rows["size"].to_numpy(dtype=np.int64), rows["sim"].to_numpy(dtype=np.float64), n_pairs, n_verified,
        )


def _concat(frames: list[Any]) -> Any:
    import pandas as pd

    return pd.concat(frames, ignore_index=True)


# -- the template pass as shuffles -------------------------------------------------------
#
# Without a SQLite index, the template pass never brings paragraph fingerprints to the client.
# Each partition keeps its `doc_facts` on its worker and sends the client only (id, roundup, site)
# per article. Families: the long paragraphs' rows (fingerprint, record, length) are shuffled by
# fingerprint; each fingerprint held by at most COVER_MAX_HOLDERS records gives its records' cover
# and the record pairs that share it; pairs and covers are summed by two more shuffles and joined,
# and only the pairs that make two records copies of one article come back to the client, which
# joins them with the roundups (union-find over record numbers). Counting: the client sends each
# partition its records' family numbers; (site line, family) rows are shuffled by line and counted
# once per family, and only the template lines come back; long paragraphs are counted once per
# family over all sites the same way, shuffled by fingerprint with the records holding them, and
# decided there for each record holding one held by two or more families (`shared_decisions`);
# those rows are shuffled to their records' partitions and never reach the client. Each partition
# then builds its own decisions on its worker.


def template_part_facts(held: Held, config: Config) -> Any:
    from .filters.templates import doc_facts

    return [doc_facts(d, config.site_key) for d in held[0] if d.dropped is None]


def template_part_compact(held: Held, facts: Any) -> tuple[Any, Any, int]:
    return held[1], [(f[0], f[1], f[2], [], [], []) for f in facts], len(facts)


def long_frame(facts: Any, offset: int, min_chars: int) -> Any:
    """(fp, doc, len) of every long paragraph of a partition's records."""
    import numpy as np
    import pandas as pd

    fp: list[int] = []
    doc: list[int] = []
    length: list[int] = []
    for k, (_, _, _, fps, _, lens) in enumerate(facts):
        for f, n in zip(fps, lens, strict=True):
            if n >= min_chars:
                fp.append(f)
                doc.append(offset + k)
                length.append(n)
    return pd.DataFrame({"fp": np.asarray(fp, dtype=np.int64), "doc": np.asarray(doc, dtype=np.int64),
                         "len": np.asarray(length, dtype=np.int64)})


def cover_pair_rows(df: Any) -> Any:
    """For the fingerprints of one shuffled partition: (doc, -1, len) for each record's cover and
    (a, b, len) for each pair of records sharing a paragraph held by at most COVER_MAX_HOLDERS."""
    import numpy as np
    import pandas as pd

    from .filters.templates import COVER_MAX_HOLDERS

    df = df.sort_values(["fp", "doc"], kind="stable")
    fp, doc, length = (df[c].to_numpy(dtype=np.int64) for c in ("fp", "doc", "len"))
    bounds = np.flatnonzero(np.r_[True, fp[1:] != fp[:-1], True]) if len(fp) else np.zeros(1, dtype=np.int64)
    sizes = np.diff(bounds)
    small = np.repeat(sizes, sizes) <= COVER_MAX_HOLDERS
    a = [doc[small]]
    b = [np.full(int(small.sum()), -1, dtype=np.int64)]
    n = [length[small]]
    for g in np.flatnonzero((sizes >= 2) & (sizes <= COVER_MAX_HOLDERS)).tolist():
        lo, hi = int(bounds[g]), int(bounds[g + 1])
        i, j = np.triu_indices(hi - lo, k=1)
        a.append(doc[lo:hi][i])
        b.append(doc[lo:hi][j])
        n.append(np.full(len(i), length[lo], dtype=np.int64))
    return pd.DataFrame({"a": np.concatenate(a), "b": np.concatenate(b), "len": np.concatenate(n)})


def sum_covers(df: Any) -> Any:
    return df.groupby("a", sort=True)["len"].sum().rename("cover").reset_index()


def sum_pairs(df: Any) -> Any:
    g = df.groupby(["a", "b"], sort=True)["len"]
    return g.agg(["sum", "count"]).rename(columns={"sum": "chars"}).reset_index()


def copy_edges(df: Any) -> Any:
    import numpy as np

    from .filters.templates import same_article_mask

    larger = np.maximum(df["cover_a"].to_numpy(dtype=np.int64), df["cover_b"].to_numpy(dtype=np.int64))
    keep = same_article_mask(df["chars"].to_numpy(dtype=np.int64), df["count"].to_numpy(dtype=np.int64), larger)
    return df.loc[keep, ["a", "b"]]


def line_frame(facts: Any, fams: Any, sites: Any, offset: int, shared_min: int) -> tuple[Any, Any]:
    """(sfp, fam, site, len) of every line of a partition's records, and (fp, fam, doc, id) of its
    long paragraphs (shared_min), with the family numbers the client sent."""
    import numpy as np
    import pandas as pd

    sfp: list[int] = []
    fam_l: list[int] = []
    site_l: list[int] = []
    len_l: list[int] = []
    g_fp: list[int] = []
    g_fam: list[int] = []
    g_doc: list[int] = []
    g_id: list[str] = []
    for k, (doc_id, _, _, fps, sfps, lens) in enumerate(facts):
        fam, site = int(fams[k]), int(sites[k])
        sfp.extend(sfps)
        len_l.extend(lens)
        fam_l.extend([fam] * len(sfps))
        site_l.extend([site] * len(sfps))
        for f, n in zip(fps, lens, strict=True):
            if n >= shared_min:
                g_fp.append(f)
                g_fam.append(fam)
                g_doc.append(offset + k)
                g_id.append(doc_id)
    i64 = np.int64
    lines = pd.DataFrame({"sfp": np.asarray(sfp, dtype=i64), "fam": np.asarray(fam_l, dtype=i64),
                          "site": np.asarray(site_l, dtype=i64), "len": np.asarray(len_l, dtype=i64)})
    shared = pd.DataFrame({"fp": np.asarray(g_fp, dtype=i64), "fam": np.asarray(g_fam, dtype=i64),
                           "doc": np.asarray(g_doc, dtype=i64), "id": pd.Series(g_id, dtype=object)})
    return lines, shared


def template_lines(df: Any, site_total: dict[int, int], min_chars: int, min_docs: int, short_min: int) -> Any:
    """The template lines among the lines of one shuffled partition: (sfp, families)."""
    import numpy as np
    import pandas as pd

    from .filters.templates import SHORT_SITE_SHARE

    df = df.sort_values(["sfp", "fam"], kind="stable").drop_duplicates(["sfp", "fam"])
    g = df.groupby("sfp", sort=True)
    # As prepare: the site and length of a line are those of its first row (sorted by family).
    first = g.first()
    total = g.size().to_numpy(dtype=np.int64)
    length = first["len"].to_numpy(dtype=np.int64)
    share = np.fromiter((SHORT_SITE_SHARE * site_total.get(int(s), 0) for s in first["site"].tolist()),
                        dtype=np.float64, count=len(first))
    keep = np.where(length >= min_chars, total >= min_docs, (total >= short_min) & (total >= share))
    return pd.DataFrame({"sfp": first.index.to_numpy(dtype=np.int64)[keep], "total": total[keep]})


def shared_decisions(df: Any, drop: bool, starts: Any) -> Any:
    """For the long paragraphs of one shuffled partition held by two or more families: one row
    per (record holding it, paragraph) with what `apply_templates` decides that record's copy by
    (families holding it, whether the record's family holds it first, the record that keeps it
    with `drop`, the other families' records holding it with `mark`), and the partition (`part`,
    from the partitions' first record numbers `starts`) that holds the record."""
    import numpy as np
    import pandas as pd

    df = df.sort_values(["fp", "doc"], kind="stable")
    totals = df.drop_duplicates(["fp", "fam"]).groupby("fp", sort=True).size()
    totals = totals[totals >= 2]
    rows = df[df["fp"].isin(totals.index)]
    fp, doc, fam = (rows[c].to_numpy(dtype=np.int64) for c in ("fp", "doc", "fam"))
    ids = rows["id"].to_numpy(dtype=object)
    bounds = np.flatnonzero(np.r_[True, fp[1:] != fp[:-1], True]) if len(fp) else np.zeros(1, dtype=np.int64)
    out_doc: list[int] = []
    out_fp: list[int] = []
    out_total: list[int] = []
    out_first: list[bool] = []
    out_kept: list[str] = []
    out_others: list[list[str]] = []
    for g in range(len(bounds) - 1):
        lo, hi = int(bounds[g]), int(bounds[g + 1])
        f, total = int(fp[lo]), int(totals[fp[lo]])
        # Every row counts, a record holding the paragraph twice too: as the holder lists do.
        others_of: dict[int, list[str]] = {}
        seen: set[int] = set()
        for k in range(lo, hi):
            d, family = int(doc[k]), int(fam[k])
            if d in seen:
                continue
            seen.add(d)
            if drop:
                others: list[str] = []
            else:
                if family not in others_of:
                    others_of[family] = ids[lo:hi][fam[lo:hi] != family].tolist()
                others = others_of[family]
            out_doc.append(d)
            out_fp.append(f)
            out_total.append(total)
            out_first.append(family == int(fam[lo]))
            out_kept.append(str(ids[lo]) if drop else "")
            out_others.append(others)
    doc_a = np.asarray(out_doc, dtype=np.int64)
    others_a = np.empty(len(out_others), dtype=object)
    others_a[:] = out_others
    return pd.DataFrame({
        "part": np.searchsorted(np.asarray(starts, dtype=np.int64), doc_a, side="right") - 1,
        "doc": doc_a, "fp": np.asarray(out_fp, dtype=np.int64), "total": np.asarray(out_total, dtype=np.int64),
        "first": np.asarray(out_first, dtype=bool), "kept": pd.Series(out_kept, dtype=object),
        "others": pd.Series(others_a, dtype=object),
    })


def template_view(facts: Any, offset: int, families: list[str], sites: list[int], site_names: dict[int, str],
                  template: dict[int, int], held: Any, settings: tuple[int, int, str]) -> Any:
    """The decisions a partition's records need (as `CorpusTemplates.view`), built on its worker
    from the template lines and its own rows of `shared_decisions` (None with `keep`)."""
    from .filters.templates import TemplateDecisions

    sfps = {f for fact in facts for f in fact[4]}
    own = range(offset, offset + len(facts))
    fam = dict(zip(own, families, strict=True))
    ids = {offset + k: fact[0] for k, fact in enumerate(facts)}
    mine: dict[tuple[int, int], tuple[int, bool, str, list[str]]] = {}
    if held is not None:
        # One string object per record id, as the holder lists gave: the finished documents
        # naming the same records then pickle each id once on their way to the client.
        same = {i: i for i in ids.values()}
        for d, fp, total, first, kept, others in zip(
            held["doc"].tolist(), held["fp"].tolist(), held["total"].tolist(), held["first"].tolist(),
            held["kept"].tolist(), held["others"].tolist(), strict=True,
        ):
            mine[(d, fp)] = (total, first, same.setdefault(kept, kept), [same.setdefault(o, o) for o in others])
    tpl = {f: template[f] for f in sfps if f in template}
    min_chars, shared_min, shared_mode = settings
    return TemplateDecisions(
        min_chars, shared_min, shared_mode, site_names, dict(zip(own, sites, strict=True)), fam, ids,
        tpl, frozenset(tpl), {}, {}, {}, mine,
    )


class TemplateShuffle:
    """The template pass without an index: counted and decided on the workers, the client
    joining only families and template lines (module comment above `template_part_facts`)."""

    def __init__(self, client: Any, pipeline: DaskPipeline, stage: Any, held: list[Any], run: str, config: Config) -> None:
        self.client = client
        self.pipeline = pipeline
        self.stage = stage
        self.held = held
        self.run = run
        self.config = config

    def _frame(self, futs: list[Any], meta: dict[str, Any]) -> Any:
        import dask.dataframe as dd
        import pandas as pd

        empty = pd.DataFrame({c: pd.Series(dtype=t) for c, t in meta.items()})
        return dd.from_delayed(futs, meta=empty, verify_meta=False)

    def views(self, take_report: Callable[[Any], None]) -> tuple[list[Any], list[tuple[int, int]]]:
        import dask.dataframe as dd
        import numpy as np

        from .filters.templates import families_from_roots

        client, stage, run, cfg = self.client, self.stage, self.run, self.config
        facts = [client.submit(template_part_facts, h, cfg, key=f"cleaner-templates-facts-{run}-{i}", pure=False)
                 for i, h in enumerate(self.held)]
        observed = [client.submit(template_part_compact, h, f, key=f"cleaner-observe-templates-{run}-{i}", pure=False)
                    for i, (h, f) in enumerate(zip(self.held, facts, strict=True))]
        offsets: list[tuple[int, int]] = []
        total = 0
        for i, fut in enumerate(observed):
            report, compact, count = fut.result()
            fut.release()
            self.pipeline._count("templates_facts", compact)
            take_report(report)
            stage.observe_facts(compact)
            offsets.append((total, count))
            total += count
            observed[i] = None
        n = total
        nparts = max(2, min(len(facts), -(-n * 16 // SHUFFLE_ROWS)))
        i64 = "int64"
        # Families: copy pairs from the long paragraphs held by few records.
        longs = self._frame(
            [client.submit(long_frame, f, start, stage.min_chars, pure=False) for f, (start, _) in zip(facts, offsets, strict=True)],
            {"fp": i64, "doc": i64, "len": i64},
        )
        rows = longs.shuffle(on="fp", npartitions=nparts, shuffle_method="tasks").map_partitions(
            cover_pair_rows, meta={"a": i64, "b": i64, "len": i64})
        rows = client.persist(rows)
        covers = rows[rows["b"] < 0].shuffle(on="a", npartitions=nparts, shuffle_method="tasks").map_partitions(
            sum_covers, meta={"a": i64, "cover": i64})
        pairs = rows[rows["b"] >= 0].shuffle(on="a", npartitions=nparts, shuffle_method="tasks").map_partitions(
            sum_pairs, meta={"a": i64, "b": i64, "chars": i64, "count": i64})
        joined = pairs.merge(covers.rename(columns={"cover": "cover_a"}), on="a", shuffle_method="tasks").merge(
            covers.rename(columns={"a": "b", "cover": "cover_b"}), on="b", shuffle_method="tasks")
        # Families: components of the copy pairs and of each roundup's parts (joined to its first
        # part), found on the workers; only the records joined to another come back, with their
        # family's lowest record.
        edges = joined.map_partitions(copy_edges, meta={"a": i64, "b": i64})
        first_of_seed: dict[int, int] = {}
        seed_first = np.fromiter((first_of_seed.setdefault(s, d) for d, s in enumerate(stage._seed)),
                                 dtype=np.int64, count=n)
        del first_of_seed
        for start, count in offsets:
            self.pipeline._count("templates_seeds", seed_first[start:start + count])
        parts = self._frame([client.submit(seed_edges, seed_first[start:start + count], start, pure=False)
                             for start, count in offsets], {"a": i64, "b": i64})
        del seed_first
        edges = client.persist(dd.concat([edges, parts]))
        n_edges = int(client.compute(edges.shape[0]).result())
        nodes, roots = np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        if n_edges:
            labels, _ = components(client, edges, max(1, min(nparts, -(-n_edges * 16 // SHUFFLE_ROWS))))
            found = client.compute(labels).result()
            nodes, roots = found["node"].to_numpy(dtype=np.int64), found["label"].to_numpy(dtype=np.int64)
            self.pipeline._count("templates_labels", found)
            del labels, found
        del rows, edges
        families = families_from_roots(stage._seed, stage._seed_names, nodes, roots)
        fam_ids: dict[str, int] = {}
        fam_of_doc = np.fromiter((fam_ids.setdefault(f, len(fam_ids)) for f in families), dtype=np.int64, count=n)
        site_of_doc = np.asarray(stage._site, dtype=np.int64)
        site_total: dict[int, int] = {}
        for s, _ in sorted(set(zip(site_of_doc.tolist(), fam_of_doc.tolist(), strict=True))):
            site_total[s] = site_total.get(s, 0) + 1
        # Counting: (site line, family) and (long paragraph, family) rows, shuffled by line.
        made = [
            client.submit(line_frame, f, fam_of_doc[start:start + count], site_of_doc[start:start + count], start,
                          stage.shared_min, pure=False)
            for f, (start, count) in zip(facts, offsets, strict=True)
        ]
        lines = self._frame([client.submit(_first, m, pure=False) for m in made],
                            {"sfp": i64, "fam": i64, "site": i64, "len": i64})
        tpl_f = lines.shuffle(on="sfp", npartitions=nparts, shuffle_method="tasks").map_partitions(
            template_lines, site_total, stage.min_chars, stage.min_docs, stage.short_min_docs,
            meta={"sfp": i64, "total": i64})
        tpl_fut = client.compute(tpl_f)
        # Shared long paragraphs: decided per fingerprint where its rows land, then each row goes
        # to the partition of its record (a shuffle by partition number), so no holder list, and
        # no count of them, comes to the client.
        pieces: list[Any] = [None] * len(offsets)
        if stage.shared_mode != "keep" and offsets:
            shared_rows = self._frame([client.submit(_second, m, pure=False) for m in made],
                                      {"fp": i64, "fam": i64, "doc": i64, "id": "object"})
            starts = np.asarray([start for start, _ in offsets], dtype=np.int64)
            decided = shared_rows.shuffle(on="fp", npartitions=nparts, shuffle_method="tasks").map_partitions(
                shared_decisions, stage.shared_mode == "drop", starts,
                meta={"part": i64, "doc": i64, "fp": i64, "total": i64, "first": "bool", "kept": "object",
                      "others": "object"})
            last = len(offsets) - 1
            by_part = decided.set_index("part", divisions=[*range(len(offsets)), last], shuffle_method="tasks")
            pieces = client.compute(by_part.to_delayed())
            del shared_rows, decided, by_part
        tpl_df = tpl_fut.result()
        del made, tpl_fut
        self.pipeline._count("templates_counts", tpl_df)
        template = dict(zip(tpl_df["sfp"].tolist(), tpl_df["total"].tolist(), strict=True))
        stage.take_decisions(families, template)
        [tpl_s] = client.scatter([template], broadcast=False)
        settings = (stage.min_chars, stage.shared_min, stage.shared_mode)
        views = []
        for i, (f, (start, count)) in enumerate(zip(facts, offsets, strict=True)):
            sites = stage._site[start:start + count]
            names = {s: stage._site_names[s] for s in set(sites)}
            args = (f, start, families[start:start + count], sites, names, tpl_s, pieces[i], settings)
            self.pipeline._count("templates_decisions", args[2:5])
            views.append(client.submit(template_view, *args, key=f"cleaner-templates-view-{run}-{i}", pure=False))
        del pieces
        return views, offsets


def seed_edges(first: Any, offset: int) -> Any:
    """(first part, part) of the parts of roundups among a partition's records (numbered from
    `offset`), given each record's first record with the same roundup parent."""
    import numpy as np
    import pandas as pd

    rec = np.arange(offset, offset + len(first), dtype=np.int64)
    other = first != rec
    return pd.DataFrame({"a": np.asarray(first, dtype=np.int64)[other], "b": rec[other]})


def _first(pair: tuple[Any, Any]) -> Any:
    return pair[0]


def _second(pair: tuple[Any, Any]) -> Any:
    return pair[1]


def apply_partition(held: Held, stage: str, view: Any, offset: int) -> Held:
    """Apply a corpus pass's decisions to a partition's documents; report what the client merges."""
    docs, _ = held
    out: list[Document] = []
    ordinal = offset
    report: Any
    if stage == "templates":
        from .filters.templates import apply_templates

        samples: list[tuple[int, str]] = []
        removed: list[tuple[int, int]] = []

        def run_templates(doc: Document) -> list[Document]:
            res, found, templated = apply_templates(doc, ordinal, view)
            samples.extend(found)
            removed.extend((view.site[ordinal], sfp) for sfp in templated)
            return res

        step: Callable[[Document], list[Document]] = run_templates
        report = (samples, removed)
    elif stage == "neardup":
        from .dedup.stage import apply_decision

        def run_neardup(doc: Document) -> list[Document]:
            k = ordinal - offset
            if k >= len(view.ids) or view.ids[k] != doc.id:
                raise RuntimeError(f"neardup: documents came back out of order at {doc.id}")
            return apply_decision(doc, view.decisions[k], view.dedup, view.index_location)

        step = run_neardup
        report = None
    else:
        raise ConfigError(f"the corpus pass {stage} cannot run on the Dask engine", hint="use --engine embedded")
    for d in docs:
        if d.dropped is not None:
            out.append(d)
            continue
        # Neither pass ever returns no document: a copy comes back marked as dropped by neardup.
        out.extend(step(d))
        ordinal += 1
    return out, (ordinal - offset, report)


# -- on the client -----------------------------------------------------------------------


class DaskPipeline:
    """The chain on a Dask cluster; the same interface as `Pipeline` for `api.run`."""

    def __init__(self, config: Config, progress: Callable[[str, int], None] | None = None) -> None:
        check_engine(config)
        self.config = config
        self.summary = Summary()
        self.progress = progress or (lambda event, n: None)
        self._corpus: list[CorpusStage] = []
        self._client: Any = None
        self._cluster: Any = None
        self._last_file: str | None = None
        # Bytes that cross between client and workers, by kind; counted only when asked
        # (bench/dask_engine.py), since pickling twice costs time.
        self.traffic: dict[str, int] | None = None

    # -- cluster ----------------------------------------------------------------------
    def _connect(self) -> Any:
        distributed = _distributed()
        address = self.config.scheduler or os.environ.get(SCHEDULER_ENV) or None
        try:
            if address:
                self._client = distributed.Client(address, set_as_default=False)
            else:
                # Workers' own logs only when critical: a task's error reaches this process through
                # its future, and at shutdown a worker whose heartbeat races the scheduler's close
                # logs a whole traceback at ERROR level that says nothing about the run.
                self._cluster = distributed.LocalCluster(
                    n_workers=max(1, self.config.jobs), threads_per_worker=1, processes=True,
                    dashboard_address=":0", silence_logs=logging.CRITICAL,
                )
                self._client = distributed.Client(self._cluster, set_as_default=False)
        except OSError as e:
            self.close()
            where = address or "a local cluster"
            raise ConfigError(
                f"--engine dask: cannot connect to {where}: {e}",
                hint=f"start `dask scheduler` and `dask worker ADDRESS`, then pass --scheduler tcp://HOST:8786 (or set {SCHEDULER_ENV})",
            ) from e
        return self._client

    # -- the run ----------------------------------------------------------------------
    def run_inputs(self, inputs: list[str], *, glob: str | None = None, input_format: str = "auto") -> Iterator[Document]:
        """The whole chain over `inputs`, documents out in input order (dropped ones too)."""
        corpus = build_corpus_stages(self.config)
        self._corpus = corpus
        try:
            parts = plan_partitions(list(inputs), glob, int(self.config.partition_mb * 1024 * 1024))
            client = self._connect()
            yield from self._run(client, parts, corpus, input_format)
        except BaseException:
            self.close()
            raise

    def _run(self, client: Any, parts: list[Partition], corpus: list[CorpusStage], input_format: str) -> Iterator[Document]:
        cfg = dataclasses.replace(self.config, jobs=1)
        cwd = os.getcwd()
        run = hashlib.blake2b(os.urandom(8), digest_size=4).hexdigest()
        held = [
            client.submit(read_partition, p, cfg, input_format, cwd, key=f"cleaner-read-{run}-{p.number}", pure=False)
            for p in parts
        ]
        previous: CorpusStage | None = None
        for k, stage in enumerate(corpus):
            name = stage.name
            remote_facts: list[Any] | None = None
            if name == "templates" and stage.index_path is None:  # type: ignore[attr-defined]
                shuffle = TemplateShuffle(client, self, stage, held, run, cfg)
                views_f, placed = shuffle.views(functools.partial(self._take_report, k, previous))
                self._pass_done(previous)
                held = [
                    client.submit(apply_partition, h, name, view, start, key=f"cleaner-{name}-{run}-{i}", pure=False)
                    for i, (h, view, (start, _)) in enumerate(zip(held, views_f, placed, strict=True))
                ]
                del views_f, shuffle
                previous = stage
                continue
            if name == "neardup" and not cfg.index:
                remote_facts = [
                    client.submit(neardup_part_facts, h, cfg, key=f"cleaner-neardup-facts-{run}-{i}", pure=False)
                    for i, h in enumerate(held)
                ]
                observed = [
                    client.submit(neardup_part_compact, h, f, key=f"cleaner-observe-{name}-{run}-{i}", pure=False)
                    for i, (h, f) in enumerate(zip(held, remote_facts, strict=True))
                ]
            else:
                observed = [
                    client.submit(observe_partition, h, name, cfg, key=f"cleaner-observe-{name}-{run}-{i}", pure=False)
                    for i, h in enumerate(held)
                ]
            offsets: list[tuple[int, int]] = []
            total = 0
            for i, fut in enumerate(observed):
                report, facts, count = fut.result()
                fut.release()
                self._count(f"{name}_facts", facts)
                self._take_report(k, previous, report)
                if remote_facts is None:
                    stage.observe_facts(facts)  # type: ignore[attr-defined]
                else:
                    stage.batch.add_compact(facts)  # type: ignore[attr-defined]
                offsets.append((total, count))
                total += count
                observed[i] = None  # type: ignore[call-overload]
            self._pass_done(previous)
            if remote_facts is not None:
                stage.batch.remote = ClusterKeys(client, remote_facts, offsets, cfg, self._count)  # type: ignore[attr-defined]
            stage.prepare()
            if remote_facts is not None:
                stage.batch.remote = None  # type: ignore[attr-defined]
                del remote_facts
            views = [stage.view(start, count) for start, count in offsets]  # type: ignore[attr-defined]
            for view in views:
                self._count(f"{name}_decisions", view)
            held = [
                client.submit(apply_partition, h, name, view, start, key=f"cleaner-{name}-{run}-{i}", pure=False)
                for i, (h, view, (start, _)) in enumerate(zip(held, views, offsets, strict=True))
            ]
            del views
            previous = stage
        for i, h in enumerate(held):
            docs, report = h.result()
            h.release()
            self._count("documents", docs)
            held[i] = None  # type: ignore[call-overload]
            self._take_report(len(corpus), previous, report)
            yield from self._finish(docs)
        self._pass_done(previous)

    def _count(self, kind: str, value: Any) -> None:
        if self.traffic is not None:
            self.traffic[kind] = self.traffic.get(kind, 0) + len(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def _take_report(self, k: int, previous: CorpusStage | None, report: Any) -> None:
        if previous is None:
            self._take_raw(report)
            return
        count, data = report
        if previous.name == "templates":
            samples, removed = data
            previous.merge_run(count, samples, removed)  # type: ignore[attr-defined]
        else:
            previous.merge_run(count)  # type: ignore[attr-defined]

    def _pass_done(self, stage: CorpusStage | None) -> None:
        if stage is not None:
            self.summary.extra.update(stage.summary())

    def _take_raw(self, info: RawInfo) -> None:
        s = self.summary
        inputs = info.inputs_read
        if inputs and info.first_file == self._last_file:
            inputs -= 1  # the same file given twice in a row counts once, as in the embedded engine
        if info.last_file is not None:
            self._last_file = info.last_file
        s.inputs_read += inputs
        s.documents += info.documents
        s.chars_in += info.chars_in
        s.skipped.extend(info.skipped)
        s.empty.extend(info.empty)
        if inputs:
            self.progress("input", inputs)
        if info.bytes_in:
            self.progress("document", info.bytes_in)
        if info.skipped or info.empty:
            self.progress("skipped", len(info.skipped) + len(info.empty))

    def _finish(self, docs: list[Document]) -> Iterator[Document]:
        yield from Pipeline._finish(self, docs)  # type: ignore[arg-type]

    # -- after the run ----------------------------------------------------------------
    def commit(self) -> None:
        """Persist the corpus passes' index data (after every output is in place), then close."""
        Pipeline.commit(self)  # type: ignore[arg-type]

    def close(self) -> None:
        try:
            Pipeline.close(self)  # type: ignore[arg-type]
        finally:
            client, self._client = self._client, None
            cluster, self._cluster = self._cluster, None
            if client is not None:
                client.close()
            if cluster is not None:
                cluster.close()
