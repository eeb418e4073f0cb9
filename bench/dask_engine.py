"""The Dask engine against the embedded engine, and what a large run costs per record.

    python bench/dask_engine.py --mb 5                # generate 5 MB (bench/pipeline.py's corpus), run, measure

Figures printed, each from one run on the same generated corpus (bench/pipeline.py's generator,
same seed, so the same documents):

* `cleaner clean DIR -o OUT` as a subprocess with the embedded engine (--jobs 1 and 2) and with
  `--engine dask` on a local cluster of 1 and 2 workers (`-j 1`, `-j 2`): wall and CPU seconds
  (user + system of the process and every descendant, cluster included), records per second
  (documents read / wall), and the ratios against the embedded --jobs 1 run;
* whether the Dask runs' records and dups files are byte-identical to the embedded run's;
* the bytes that cross between the client and the workers per record, by kind (corpus-pass
  facts to the client, decisions to the workers, finished documents to the client), from one
  in-process Dask run that counts them (`DaskPipeline.traffic`);
* what each corpus pass holds on the client once it has decided, per record (pickled; for the
  near-duplicate pass with the keys it keeps on disk), without and with `--index` (the passes
  count, pair and cluster on the workers only without an index);
* the persistent index's bytes per record: `--index FILE` on the same corpus, the SQLite file's
  size after the run divided by the records it indexed.

The README's "Running on a cluster" section scales these per-record figures to 100 million articles.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.util
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Only the package and the standard library on the workers' path, not the scripts of bench/.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))
_spec = importlib.util.spec_from_file_location("bench_pipeline", ROOT / "bench" / "pipeline.py")
assert _spec is not None and _spec.loader is not None
_pipeline = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_pipeline)
_become_subreaper, generate, run_cli = _pipeline._become_subreaper, _pipeline.generate, _pipeline.run_cli


def _line(label: str, r: dict[str, float], docs: int, base: dict[str, float] | None) -> str:
    ratio = f"  {base['wall'] / r['wall']:5.2f}x wall, {base['cpu'] / r['cpu']:5.2f}x cpu vs embedded -j 1" if base else ""
    return (
        f"  {label:<24} wall {r['wall']:7.2f} s  cpu {r['cpu']:7.2f} s  {docs / r['wall']:7.1f} records/s  "
        f"peak RSS {r['peak_mib']:5.0f} MiB{ratio}"
    )


def client_state(stage: object) -> int:
    """Bytes of what a corpus pass holds on the client after deciding (its per-record and
    per-paragraph state, pickled): the figure that grows with the corpus. For the near-duplicate
    pass, its batch's per-record facts and decisions (and signatures, edges and keys on disk when
    it decided on the client)."""
    import pickle

    batch = getattr(stage, "batch", None)
    if batch is not None:
        skip = ("config", "index", "signer", "remote", "stats", "_keys", "_set")
        state = {k: v for k, v in vars(batch).items() if k not in skip} if hasattr(batch, "__dict__") else {}
        keys_on_disk = batch._key_end
        return len(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)) + keys_on_disk
    state = {k: v for k, v in vars(stage).items() if k.startswith("_") and k not in ("_dec", "_pending")}
    return len(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))


def traffic(inputs: list[str], partition_mb: float, index: str | None = None) -> tuple[dict[str, int], int, dict[str, int]]:
    """Bytes between client and workers by kind, from one in-process run on a local cluster, and
    the bytes each corpus pass holds on the client."""
    from cleaner.config import Config
    from cleaner.dask_engine import DaskPipeline

    pipeline = DaskPipeline(Config(engine="dask", jobs=2, partition_mb=partition_mb, index=index))
    pipeline.traffic = {}
    held: dict[str, int] = {}
    try:
        n = sum(1 for _ in pipeline.run_inputs(inputs))
        held = {stage.name: client_state(stage) for stage in pipeline._corpus}
    finally:
        pipeline.close()
    return pipeline.traffic, n, held


def index_bytes(target: Path, out: Path) -> tuple[int, int]:
    index = out / "index.sqlite"
    r = run_cli(["clean", str(target), "-o", str(out / "indexed.jsonl"), "--index", str(index), "--quiet"])
    del r
    con = sqlite3.connect(index)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("VACUUM")
        records = con.execute("SELECT count(*) FROM neardup_records").fetchone()[0]
    finally:
        con.close()
    return index.stat().st_size, records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=5.0, help="raw text to generate, in MB of UTF-8 (default 5)")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--partition-mb", type=float, default=1.0, help="--partition-mb of the Dask runs (default 1)")
    ap.add_argument("--keep", help="generate into this folder and keep it (default: a temporary folder)")
    ap.add_argument("--no-timing", action="store_true", help="skip the timed runs: bytes and index sizes only")
    args = ap.parse_args()
    if not _become_subreaper():
        print("note: not a subreaper here; CPU of cluster workers may be undercounted", file=sys.stderr)
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise SystemExit("bench/dask_engine.py needs Dask: pip install '.[dask]'") from None

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cleaner-bench-dask-"))
    try:
        if args.keep and (work / "meta.json").exists():
            meta = json.loads((work / "meta.json").read_text())
        else:
            meta = generate(work, args.mb, args.seed, ROOT / "samples")
            (work / "meta.json").write_text(json.dumps(meta))
        mb, docs = meta["mb"], meta["documents"]
        target = work / "dir"
        print(f"corpus: {docs:,} documents, {mb:.1f} MB of raw text (seed {args.seed}), bench/pipeline.py's generator")
        print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}; Dask partitions of {args.partition_mb} MB")
        out = work / "out"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        runs: dict[str, dict[str, float]] = {}
        plan = [
            ("embedded -j 1", "emb1", ["--jobs", "1"]),
            ("embedded -j 2", "emb2", ["--jobs", "2"]),
            ("dask, 1 local worker", "dask1", ["--engine", "dask", "-j", "1", "--partition-mb", str(args.partition_mb)]),
            ("dask, 2 local workers", "dask2", ["--engine", "dask", "-j", "2", "--partition-mb", str(args.partition_mb)]),
        ]
        for label, name, extra in [] if args.no_timing else plan:
            r = run_cli(["clean", str(target), "-o", str(out / f"{name}.jsonl"), "--quiet", *extra])
            runs[name] = r
            print(_line(label, r, docs, runs.get("emb1") if name != "emb1" else None), flush=True)
        for name in () if args.no_timing else ("dask1", "dask2"):
            same = all(
                filecmp.cmp(out / f"emb1{suffix}", out / f"{name}{suffix}", shallow=False)
                for suffix in (".jsonl", ".dups.jsonl")
            )
            print(f"  {name}: records and dups files {'byte-identical to' if same else 'DIFFER from'} the embedded run's")
        if not args.no_timing:
            d1, d2 = runs["dask1"], runs["dask2"]
            print(f"  dask 2 workers / 1 worker: {d1['wall'] / d2['wall']:.2f}x wall")

        t0 = time.perf_counter()
        moved, n, held = traffic([str(target)], args.partition_mb)
        print(f"client <-> worker bytes per record ({n:,} documents out, in-process run {time.perf_counter() - t0:.1f} s):")
        for kind, b in sorted(moved.items()):
            print(f"  {kind:<24} {b / n:9.1f} B/record")
        shuffle = sum(b for k, b in moved.items() if k != "documents")
        print(f"  {'corpus passes (total)':<24} {shuffle / n:9.1f} B/record")
        _, n_i, held_i = traffic([str(target)], args.partition_mb, str(out / "state-index.sqlite"))
        print("corpus pass state held by the client per record, pickled (without --index / with --index):")
        for name in ("templates", "neardup"):
            print(f"  {name:<24} {held[name] / n:9.1f} B/record   {held_i[name] / n_i:9.1f} B/record")
        size, records = index_bytes(target, out)
        print(f"index (--index SQLite): {size / 1e6:.2f} MB for {records:,} indexed records = {size / max(1, records):.0f} B/record")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
