"""The persistent near-duplicate index: kept records of earlier runs, so later runs find their copies.

Two backends share one interface (`NeardupIndex`):

* `SqliteIndex` (`--index PATH`): one SQLite file in WAL mode with a busy timeout. Reads happen
  before a batch is decided; the batch's kept records (signature, bucket keys, id, source, run)
  are written at the end in ONE transaction (`BEGIN IMMEDIATE` … `COMMIT`), so a run that dies
  midway leaves the index as it was, and two runs writing at once queue on the write lock and
  both land. Only `neardup_*` tables are created (IF NOT EXISTS); other tables in the same file
  belong to other features and are left alone.
* `RedisIndex` (`--index redis://HOST:PORT/DB[?name=NAME]`): datasketch's own Redis storage for
  the LSH buckets (`MinHashLSH(storage_config={"type": "redis", …})`, basename
  `cleaner_neardup_NAME`, NAME `default` unless given), plus
  Redis hashes for record ids, sources, runs and signatures, for several machines sharing one
  index. Record data is written after the buckets; a lookup ignores bucket entries whose record
  data is missing, so a run killed between the two leaves no visible half-record.

An index remembers the parameters it was built with (num_perm, ngram, seed, bands, rows, key
folding); opening it with other ones is an error, since the bucket keys would never match.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import parse_qs, urlparse

import numpy as np

from ..errors import ConfigError, IndexError_, IndexLost

_TABLES = """
CREATE TABLE IF NOT EXISTS neardup_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS neardup_runs (
    run_id TEXT PRIMARY KEY, created TEXT NOT NULL, records INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS neardup_records (
    ref INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    source TEXT NOT NULL,
    run_id TEXT NOT NULL,
    key_hash INTEGER NOT NULL,
    short INTEGER NOT NULL,
    signature BLOB
);
CREATE INDEX IF NOT EXISTS neardup_records_key ON neardup_records (key_hash);
CREATE INDEX IF NOT EXISTS neardup_records_id ON neardup_records (record_id);
CREATE TABLE IF NOT EXISTS neardup_buckets (
    band INTEGER NOT NULL, bucket INTEGER NOT NULL, ref INTEGER NOT NULL,
    PRIMARY KEY (band, bucket, ref)
) WITHOUT ROWID;
"""

# Seconds a writer waits for another run's write transaction before giving up.
BUSY_TIMEOUT_S = 120


@dataclass(frozen=True, slots=True)
class IndexedRecord:
    """A record kept by an earlier run, as the index returns it."""

    ref: int  # insertion order across runs: the lowest ref is the oldest record
    record_id: str
    source: str
    run_id: str
    signature: np.ndarray | None  # None for short records, compared by exact key
    key_hash: int | None = None  # the comparison key's hash (None for entries written before it was kept)


@dataclass(frozen=True, slots=True)
class NewRecord:
    """A kept record of this run, to be added to the index at the end of the batch."""

    record_id: str
    source: str
    key_hash: int
    short: bool
    signature: np.ndarray | None
    buckets: np.ndarray | None  # (bands,) int64 bucket keys, None for short records


@dataclass(frozen=True, slots=True)
class Lookup:
    """Earlier records that may duplicate this batch's record number `idx`."""

    idx: int
    record: IndexedRecord
    exact: bool  # same comparison key (similarity 1.0) rather than a shared LSH bucket


class NeardupIndex(Protocol):
    location: str

    def lookup(
        self, signatures: np.ndarray, buckets: np.ndarray, long_idx: Sequence[int], key_hashes: Sequence[int]
    ) -> list[Lookup]: ...

    def known_ids(self, ids: Sequence[str]) -> dict[str, set[int | None]]: ...

    def add(self, run_id: str, records: Iterable[NewRecord], replace: Sequence[str] = ()) -> int: ...

    def stats(self) -> dict[str, Any]: ...

    def close(self) -> None: ...


def index_params(num_perm: int, ngram: int, seed: int, bands: int, rows: int, opencc: bool) -> dict[str, str]:
    """What must agree between the runs sharing an index."""
    return {
        "scheme": "affine32",
        "shingle_hash": "fnv1a32_codepoints",
        "num_perm": str(num_perm),
        "ngram": str(ngram),
        "seed": str(seed),
        "bands": str(bands),
        "rows": str(rows),
        "opencc": str(bool(opencc)).lower(),
    }


def _check_params(location: str, stored: dict[str, str], wanted: dict[str, str]) -> None:
    diff = [f"{k} {stored[k]} (this run: {v})" for k, v in wanted.items() if k in stored and stored[k] != v]
    if diff:
        raise IndexError_(
            f"{location}: the index was built with " + ", ".join(diff),
            hint="run with the same --num-perm/--ngram/--threshold/--opencc as the runs that built it, "
            "or start a new index",
        )


def open_index(location: str, params: dict[str, str]) -> NeardupIndex:
    """Open (creating if needed) the index at an SQLite path or a redis://HOST:PORT/DB URL."""
    if location.startswith("redis://"):
        return RedisIndex(location, params)
    if "://" in location:
        raise ConfigError(
            f"--index {location}: unknown scheme", hint="pass an SQLite file path or redis://HOST:PORT/DB"
        )
    return SqliteIndex(location, params)


def index_stats(location: str) -> dict[str, Any]:
    """Counts of the index at an SQLite path or redis:// URL (for `cleaner index stats`)."""
    if location.startswith("redis://"):
        idx = RedisIndex(location, None)
        try:
            return idx.stats()
        finally:
            idx.close()
    return sqlite_stats(location)


def format_stats(stats: dict[str, Any]) -> str:
    """The plain-text lines `cleaner index stats` prints."""
    p = stats.get("params", {})
    lines = [
        f"index    {stats['path']}",
        f"records  {stats['records']}",
        f"runs     {stats['runs']}",
        f"buckets  {stats['buckets']}",
        f"bytes    {stats['bytes']}",
        f"params   num_perm {p.get('num_perm')}, ngram {p.get('ngram')}, bands {p.get('bands')} x rows {p.get('rows')}, "
        f"seed {p.get('seed')}, opencc {p.get('opencc')}",
    ]
    lines += [f"run      {r['run_id']}  {r['records']} records" for r in stats.get("run_list", [])]
    return "\n".join(lines) + "\n"


def _sig_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def _sig_from_blob(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype="<u4").astype(np.uint32)


class SqliteIndex:
    """The embedded index: one SQLite file (see the module docstring for the guarantees)."""

    def __init__(self, path: str, params: dict[str, str]) -> None:
        self.location = path
        self.path = path
        parent = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(parent):
            raise IndexError_(
                f"{path}: cannot create the near-duplicate index: folder {parent} does not exist",
                hint="create the folder first or pass another --index path",
            )
        if os.path.isdir(path):
            raise IndexError_(f"{path}: is a folder, not an index file", hint="pass a file path to --index")
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                stored = self._open(params)
                break
            except sqlite3.OperationalError as e:
                # Two runs creating one index at once: switching a new file to WAL takes a lock
                # that SQLite's busy handler does not wait for, so wait here instead.
                self._close_quietly()
                if "locked" not in str(e) or time.monotonic() > deadline:
                    raise IndexError_(
                        f"{path}: cannot open the near-duplicate index: {e}",
                        hint="pass a new file or an index written by `cleaner clean --index`",
                    ) from e
                time.sleep(0.05)
            except sqlite3.DatabaseError as e:
                self._close_quietly()
                raise IndexError_(
                    f"{path}: cannot open the near-duplicate index: {e}",
                    hint="pass a new file or an index written by `cleaner clean --index`",
                ) from e
        _check_params(path, stored, params)

    def _close_quietly(self) -> None:
        db = getattr(self, "db", None)
        if db is not None:
            db.close()

    def _open(self, params: dict[str, str]) -> dict[str, str]:
        """Connect, switch to WAL, create the tables and record the parameters; the stored ones."""
        # isolation_level=None: transactions are explicit, so a batch is exactly one of them.
        self.db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.db.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL still never corrupts the file; a power cut may lose the last batch only.
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self._create_tables()
            stored = dict(self.db.execute("SELECT key, value FROM neardup_meta").fetchall())
            if not stored:
                self.db.executemany("INSERT INTO neardup_meta (key, value) VALUES (?, ?)", sorted(params.items()))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return stored

    def _create_tables(self) -> None:
        # executescript would COMMIT the open transaction first; run the statements one by one.
        for stmt in _TABLES.split(";"):
            if stmt.strip():
                self.db.execute(stmt)

    def lookup(
        self, signatures: np.ndarray, buckets: np.ndarray, long_idx: Sequence[int], key_hashes: Sequence[int]
    ) -> list[Lookup]:
        """Earlier records sharing a bucket with a long record, or the comparison key with any record."""
        db = self.db
        db.execute("BEGIN")
        try:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS neardup_probe (band INTEGER, bucket INTEGER, idx INTEGER)")
            db.execute("CREATE TEMP TABLE IF NOT EXISTS neardup_probe_key (key_hash INTEGER, idx INTEGER)")
            db.execute("DELETE FROM neardup_probe")
            db.execute("DELETE FROM neardup_probe_key")
            bands = buckets.shape[1] if buckets.ndim == 2 else 0
            db.executemany(
                "INSERT INTO neardup_probe VALUES (?, ?, ?)",
                ((band, int(buckets[k, band]), int(i)) for k, i in enumerate(long_idx) for band in range(bands)),
            )
            db.executemany(
                "INSERT INTO neardup_probe_key VALUES (?, ?)", ((int(h), i) for i, h in enumerate(key_hashes))
            )
            cols = "r.ref, r.record_id, r.source, r.run_id, r.signature, r.key_hash"
            by_bucket = db.execute(
                f"SELECT DISTINCT p.idx, {cols} FROM neardup_probe p "
                "JOIN neardup_buckets b ON b.band = p.band AND b.bucket = p.bucket "
                "JOIN neardup_records r ON r.ref = b.ref ORDER BY p.idx, r.ref"
            ).fetchall()
            by_key = db.execute(
                f"SELECT p.idx, {cols} FROM neardup_probe_key p "
                "JOIN neardup_records r ON r.key_hash = p.key_hash ORDER BY p.idx, r.ref"
            ).fetchall()
        finally:
            db.execute("COMMIT")
        out = [
            Lookup(row[0], IndexedRecord(row[1], row[2], row[3], row[4], _sig_from_blob(row[5]), row[6]), exact=False)
            for row in by_bucket
        ]
        out += [
            Lookup(row[0], IndexedRecord(row[1], row[2], row[3], row[4], _sig_from_blob(row[5]), row[6]), exact=True)
            for row in by_key
        ]
        return out

    def known_ids(self, ids: Sequence[str]) -> dict[str, set[int | None]]:
        """The key hashes the index holds under each of these record ids (ids it lacks are left out)."""
        out: dict[str, set[int | None]] = {}
        unique = sorted(set(ids))
        for i in range(0, len(unique), 500):
            chunk = unique[i : i + 500]
            rows = self.db.execute(
                f"SELECT record_id, key_hash FROM neardup_records WHERE record_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for rid, key in rows:
                out.setdefault(rid, set()).add(key)
        return out

    def add(self, run_id: str, records: Iterable[NewRecord], replace: Sequence[str] = ()) -> int:
        """Add a batch's kept records in one transaction; nothing is visible unless all of it is.

        `replace` names records whose content changed since an earlier run: their old entries go
        in the same transaction, so a changed article under the same id replaces its old entry.
        """
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            for i in range(0, len(replace), 500):
                chunk = list(replace[i : i + 500])
                marks = ",".join("?" * len(chunk))
                db.execute(
                    "DELETE FROM neardup_buckets WHERE ref IN "
                    f"(SELECT ref FROM neardup_records WHERE record_id IN ({marks}))",
                    chunk,
                )
                db.execute(f"DELETE FROM neardup_records WHERE record_id IN ({marks})", chunk)
            # Under the write lock the next refs are ours: number rows here and insert in bulk.
            base = int(db.execute("SELECT coalesce(max(ref), 0) FROM neardup_records").fetchone()[0])
            bucket_rows: list[tuple[int, int, int]] = []
            count = 0

            def rows() -> Iterator[tuple[Any, ...]]:
                nonlocal count
                for rec in records:
                    count += 1
                    ref = base + count
                    if rec.buckets is not None:
                        bucket_rows.extend((band, int(key), ref) for band, key in enumerate(rec.buckets.tolist()))
                    sig = None if rec.signature is None else _sig_blob(rec.signature)
                    yield (ref, rec.record_id, rec.source, run_id, rec.key_hash, int(rec.short), sig)

            db.executemany(
                "INSERT INTO neardup_records (ref, record_id, source, run_id, key_hash, short, signature) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows(),
            )
            # In key order the B-tree is appended to instead of split at random places: several times faster.
            bucket_rows.sort()
            db.executemany("INSERT OR IGNORE INTO neardup_buckets (band, bucket, ref) VALUES (?, ?, ?)", bucket_rows)
            db.execute(
                "INSERT INTO neardup_runs (run_id, created, records) VALUES (?, ?, ?) "
                "ON CONFLICT (run_id) DO UPDATE SET records = records + excluded.records",
                (run_id, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), count),
            )
            db.execute("COMMIT")
        except BaseException as e:
            try:
                db.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite rolled back already (a full disk ends the transaction itself)
            if isinstance(e, sqlite3.Error):
                raise IndexLost(
                    f"{self.path}: cannot write the near-duplicate index ({e}); nothing was committed",
                    hint="free disk space or check the index file, then run the same command again",
                ) from None
            raise
        return count

    def stats(self) -> dict[str, Any]:
        return sqlite_stats(self.path, db=self.db)

    def close(self) -> None:
        self.db.close()


def sqlite_stats(path: str, db: sqlite3.Connection | None = None) -> dict[str, Any]:
    """Counts for `cleaner index stats PATH`: records, runs, buckets, parameters, file size."""
    own = db is None
    if own:
        if not os.path.isfile(path):
            raise IndexError_(f"{path}: no such index file", hint="pass the file given to `cleaner clean --index`")
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        except sqlite3.DatabaseError as e:
            raise IndexError_(f"{path}: cannot open the index: {e}", hint="check the path") from e
    assert db is not None
    try:
        params = dict(db.execute("SELECT key, value FROM neardup_meta").fetchall())
        records = db.execute("SELECT count(*), coalesce(sum(short), 0) FROM neardup_records").fetchone()
        runs = db.execute("SELECT run_id, created, records FROM neardup_runs ORDER BY created, run_id").fetchall()
        buckets = db.execute("SELECT count(*) FROM (SELECT DISTINCT band, bucket FROM neardup_buckets)").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise IndexError_(
            f"{path}: not a near-duplicate index ({e})", hint="pass the file given to `cleaner clean --index`"
        ) from e
    finally:
        if own:
            db.close()
    size = sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
    return {
        "path": path,
        "records": records[0],
        "short_records": records[1],
        "runs": len(runs),
        "run_list": [{"run_id": r[0], "created": r[1], "records": r[2]} for r in runs],
        "buckets": buckets,
        "bytes": size,
        "params": params,
    }


_REDIS_BASENAME = b"cleaner_neardup"


def _text(value: bytes | str) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


class RedisIndex:
    """A shared index in Redis: datasketch's Redis storage holds the LSH, hashes hold the records."""

    def __init__(self, url: str, params: dict[str, str] | None) -> None:
        """Open the index at `url`; with `params` None (for stats) use the stored parameters."""
        import redis
        from datasketch import MinHashLSH

        self.location = url
        u = urlparse(url)
        try:
            db = int((u.path or "/0").lstrip("/") or 0)
            host, port = u.hostname or "127.0.0.1", u.port or 6379
        except ValueError as e:
            raise ConfigError(f"--index {url}: {e}", hint="write it as redis://HOST:PORT/DB") from e
        self.redis_config: dict[str, Any] = {"host": host, "port": port, "db": db}
        self.r = redis.Redis(host=host, port=port, db=db)
        try:
            self.r.ping()
        except redis.exceptions.RedisError as e:
            raise IndexError_(
                f"{url}: cannot reach the Redis index ({e})",
                hint="start redis-server or check HOST:PORT/DB in --index",
            ) from e
        # One basename per index: redis://HOST:PORT/DB?name=NAME keeps several indexes in one database.
        names = parse_qs(u.query).get("name", ["default"])
        self.basename = _REDIS_BASENAME + b"_" + names[0].encode("utf-8")
        self._k = lambda name: self.basename + b":" + name
        meta = self._k(b"meta")
        if params is None:
            params = {_text(k): _text(v) for k, v in self.r.hgetall(meta).items()}
            if "bands" not in params:
                raise IndexError_(f"{url}: no near-duplicate index in this Redis database", hint="check DB in the URL")
        for k, v in sorted(params.items()):
            self.r.hsetnx(meta, k, v)
        stored = {_text(k): _text(v) for k, v in self.r.hgetall(meta).items()}
        _check_params(url, stored, params)
        self.bands, self.rows = int(params["bands"]), int(params["rows"])
        self.lsh = MinHashLSH(
            num_perm=int(params["num_perm"]),
            params=(self.bands, self.rows),
            storage_config={"type": "redis", "basename": self.basename, "redis": dict(self.redis_config)},
        )
        self.seed = int(params["seed"])

    def _lean(self, sig: np.ndarray) -> Any:
        from datasketch import LeanMinHash

        return LeanMinHash(seed=self.seed, hashvalues=sig, scheme="affine32")

    def _lost(self, e: Exception) -> IndexLost:
        return IndexLost(
            f"{self.location}: the Redis index stopped answering ({type(e).__name__}: {e}); nothing was committed",
            hint="restart redis-server and run the same command again",
        )

    def lookup(
        self, signatures: np.ndarray, buckets: np.ndarray, long_idx: Sequence[int], key_hashes: Sequence[int]
    ) -> list[Lookup]:
        import redis

        try:
            return self._lookup(signatures, buckets, long_idx, key_hashes)
        except redis.exceptions.RedisError as e:
            raise self._lost(e) from None

    def known_ids(self, ids: Sequence[str]) -> dict[str, set[int | None]]:
        import redis

        try:
            unique = sorted(set(ids))
            out: dict[str, set[int | None]] = {}
            if not unique:
                return out
            refs = self.r.hmget(self._k(b"ids"), unique)
            found = [(rid, ref) for rid, ref in zip(unique, refs, strict=True) if ref is not None]
            if found:
                raws = self.r.hmget(self._k(b"records"), [ref for _, ref in found])
                for (rid, _), raw in zip(found, raws, strict=True):
                    if raw is not None:
                        out.setdefault(rid, set()).add(json.loads(raw).get("key"))
            return out
        except redis.exceptions.RedisError as e:
            raise self._lost(e) from None

    def add(self, run_id: str, records: Iterable[NewRecord], replace: Sequence[str] = ()) -> int:
        import redis

        try:
            return self._add(run_id, records, replace)
        except redis.exceptions.RedisError as e:
            raise self._lost(e) from None

    def _lookup(
        self, signatures: np.ndarray, buckets: np.ndarray, long_idx: Sequence[int], key_hashes: Sequence[int]
    ) -> list[Lookup]:
        import pickle

        found: dict[int, set[int]] = {}
        # One pipelined round trip per band through datasketch's storage, not one per record and band.
        for (start, end), table in zip(self.lsh.hashranges, self.lsh.hashtables, strict=True):
            keys = [self.lsh._H(signatures[k][start:end]) for k in range(len(long_idx))]
            if not keys:
                break
            for k, members in enumerate(table.getmany(*keys)):
                if members:
                    found.setdefault(long_idx[k], set()).update(pickle.loads(m) for m in members)
        exact: dict[int, int] = {}
        if key_hashes:
            refs = self.r.hmget(self._k(b"keys"), [str(h) for h in key_hashes])
            exact = {i: int(ref) for i, ref in enumerate(refs) if ref is not None}
        wanted = sorted({ref for refs in found.values() for ref in refs} | set(exact.values()))
        records: dict[int, IndexedRecord] = {}
        if wanted:
            for ref, raw in zip(wanted, self.r.hmget(self._k(b"records"), [str(r) for r in wanted]), strict=True):
                if raw is None:  # buckets of a run that died before its record data: invisible
                    continue
                d = json.loads(raw)
                sig = None if d["sig"] is None else np.frombuffer(bytes.fromhex(d["sig"]), dtype="<u4").astype(np.uint32)
                records[ref] = IndexedRecord(ref, d["id"], d["source"], d["run"], sig, d.get("key"))
        out = [
            Lookup(i, records[ref], exact=False) for i in sorted(found) for ref in sorted(found[i]) if ref in records
        ]
        out += [Lookup(i, records[ref], exact=True) for i, ref in sorted(exact.items()) if ref in records]
        return out

    def _add(self, run_id: str, records: Iterable[NewRecord], replace: Sequence[str] = ()) -> int:
        recs = list(records)
        if replace:
            # A changed article's old entry: its record data goes, so its buckets are never seen again.
            old = [r for r in self.r.hmget(self._k(b"ids"), list(replace)) if r is not None]
            if old:
                self.r.hdel(self._k(b"records"), *old)
        if not recs:
            return 0
        last = int(self.r.incrby(self._k(b"next_ref"), len(recs)))
        refs = range(last - len(recs) + 1, last + 1)
        with self.lsh.insertion_session() as session:
            for ref, rec in zip(refs, recs, strict=True):
                if rec.signature is not None and not rec.short:
                    session.insert(ref, self._lean(rec.signature), check_duplication=False)
        pipe = self.r.pipeline(transaction=True)
        for ref, rec in zip(refs, recs, strict=True):
            data = {
                "id": rec.record_id,
                "source": rec.source,
                "run": run_id,
                "sig": None if rec.signature is None or rec.short else _sig_blob(rec.signature).hex(),
                "key": rec.key_hash,
            }
            pipe.hset(self._k(b"records"), str(ref), json.dumps(data, ensure_ascii=False))
            pipe.hsetnx(self._k(b"keys"), str(rec.key_hash), str(ref))
            pipe.hset(self._k(b"ids"), rec.record_id, str(ref))
        run = {"created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        pipe.hsetnx(self._k(b"runs"), run_id, json.dumps(run))
        pipe.hincrby(self._k(b"run_records"), run_id, len(recs))
        pipe.execute()
        return len(recs)

    def stats(self) -> dict[str, Any]:
        runs = {_text(k): int(v) for k, v in self.r.hgetall(self._k(b"run_records")).items()}
        return {
            "path": self.location,
            "records": int(self.r.hlen(self._k(b"records"))),
            "runs": len(runs),
            "run_list": [{"run_id": k, "records": v} for k, v in sorted(runs.items())],
            "buckets": sum(int(t.size()) for t in self.lsh.hashtables),
            "bytes": int(self.r.info("memory").get("used_memory", 0)),
            "params": {
                _text(k): _text(v) for k, v in self.r.hgetall(self._k(b"meta")).items()
            },
        }

    def close(self) -> None:
        import redis

        try:
            self.r.close()
        except redis.exceptions.RedisError:
            pass  # a lost server has nothing left to close
