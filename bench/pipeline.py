"""Whole-chain benchmark: `cleaner clean` over a generated corpus, speed per core, memory, stages, --jobs.

    python bench/pipeline.py --mb 20                 # 20 MB corpus, every measurement
    python bench/pipeline.py --mb 5 --skip-stages    # only the subprocess runs

The corpus is generated deterministically (`--seed`) from the sample inputs (samples/*/input):
each document keeps a sample's structure (its page furniture lines, the first clause of every
paragraph, so breadcrumbs, footers and roundup sections stay recognisable) and fills the rest
of each paragraph with sentences drawn from all samples, so every document is different. The
corpus then has the mix the reader meets: UTF-8 files, GBK files with CRLF line endings,
gzip files, files with a BOM, JSONL shards, near copies (a sentence or two changed) and exact
copies. The same documents are also written as one JSONL file.

Figures printed, each from one run:

* `cleaner clean DIR -o OUT --jobs 1` and `--jobs 2` as subprocesses, on the directory and on
  the single JSONL file: wall seconds, CPU seconds (user + system of the process and every
  worker it waited for), MB of raw text (UTF-8 bytes of the decoded input) per CPU second,
  documents per second, peak RSS of the largest process, and the --jobs 2 / --jobs 1 speed-up;
* the same records as JSONL shards of 500 lines, `--jobs 1`: peak RSS of the single file
  against the shards (the single file is read as a stream, so the two should be close);
* the CPU time per stage (process time, so other load on the machine does not inflate it),
  from one in-process run of the same command with timers wrapped around
  each stage, the reader, the spools and the writers (exclusive time: a timed call inside
  another is subtracted from it). The timers exist only in this script;
* the CPU time of the parent process alone per part of an in-process `--jobs 2` run (`--parent N`
  prints only that, for --jobs N): the serial part of a --jobs run, which bounds its speed-up.
  The pool's helper threads (sending tasks, receiving results) count under the part running
  while they work.

`--memory 100000,300000` measures memory at scale instead: for each count it generates that
many records (one JSONL file, and the same records in shards of 10,000 lines), cleans both with
near-duplicates on and prints the peak RSS of the largest process, per record too; between two
counts, the bytes each added record costs (the slope) and the peak it projects at a million.
`--memory-inputs single` cleans only the single file (a measurement at scale takes minutes).
"""

from __future__ import annotations

import argparse
import compileall
import gzip
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]")
_FIRST_CLAUSE = re.compile(r"^[^，。,！？]*[，。,！？]?")


# -- corpus --------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def sample_texts(samples: Path) -> list[str]:
    """Every article of the sample inputs, decoded (JSONL lines give one article each)."""
    texts: list[str] = []
    for path in sorted(samples.glob("*/input/*")):
        text = _decode(path.read_bytes()).replace("\r\n", "\n")
        if path.name.endswith((".jsonl", ".jsonl.gz")):
            for line in text.splitlines():
                if line.strip():
                    texts.append(str(json.loads(line).get("text", "")))
        else:
            texts.append(text)
    return [t for t in texts if t.strip()]


class CorpusGenerator:
    """Documents made from the samples' structure and sentences, with a seeded RNG."""

    def __init__(self, texts: list[str], seed: int) -> None:
        self.templates = texts
        self.sentences = sorted({s for t in texts for s in _SENTENCE.findall(t) if 8 <= len(s) <= 120})
        self.rng = random.Random(seed)

    def _paragraph(self, line: str) -> str:
        # Furniture and headings (no sentence end) stay as they are; body paragraphs keep their
        # first clause (dates, institutions) and get new sentences.
        if len(line) < 40 or not _SENTENCE.search(line):
            return line
        head = _FIRST_CLAUSE.match(line)
        first = head.group(0) if head else ""
        n = max(1, len(_SENTENCE.findall(line)) + self.rng.randint(-1, 1))
        return first + "".join(self.rng.choice(self.sentences) for _ in range(n))

    def document(self) -> str:
        template = self.rng.choice(self.templates)
        return "\n".join(self._paragraph(line) for line in template.split("\n"))

    def near_copy(self, text: str) -> str:
        lines = text.split("\n")
        body = [i for i, line in enumerate(lines) if len(line) >= 40]
        for i in self.rng.sample(body, min(len(body), self.rng.randint(1, 2))):
            sents = _SENTENCE.findall(lines[i])
            if sents:
                k = self.rng.randrange(len(sents))
                sents[k] = self.rng.choice(self.sentences)
                lines[i] = "".join(sents)
        return "\n".join(lines)


def generate(out: Path, mb: float, seed: int, samples: Path) -> dict[str, Any]:
    """Write the corpus under out/dir and the same documents as out/corpus.jsonl; return its figures."""
    gen = CorpusGenerator(sample_texts(samples), seed)
    rng = gen.rng
    target = int(mb * 1_000_000)
    docs_dir = out / "dir"
    docs_dir.mkdir(parents=True)
    single = (out / "corpus.jsonl").open("w", encoding="utf-8")
    shard: list[str] = []
    made: list[str] = []
    kinds: dict[str, int] = defaultdict(int)
    total, i = 0, 0
    while total < target:
        roll = rng.random()
        if made and roll < 0.03:
            text, kind = rng.choice(made), "exact_copy"
        elif made and roll < 0.13:
            text, kind = gen.near_copy(rng.choice(made)), "near_copy"
        else:
            text, kind = gen.document(), "new"
        made.append(text)
        kinds[kind] += 1
        total += len(text.encode("utf-8"))
        single.write(json.dumps({"text": text, "url": f"https://site{i % 37}.example/a/{i}.html"}, ensure_ascii=False) + "\n")
        sub = docs_dir / f"site{i % 23:02d}"
        sub.mkdir(exist_ok=True)
        form = rng.random()
        if form < 0.10:
            shard.append(json.dumps({"text": text, "url": f"https://feed.example/{i}"}, ensure_ascii=False))
            kinds["jsonl_line"] += 1
            if len(shard) == 100:
                (docs_dir / f"feed_{i:06d}.jsonl").write_text("\n".join(shard) + "\n", encoding="utf-8")
                shard = []
        elif form < 0.20:
            try:
                (sub / f"{i:06d}.txt").write_bytes(text.replace("\n", "\r\n").encode("gbk"))
                kinds["gbk_crlf"] += 1
            except UnicodeEncodeError:
                (sub / f"{i:06d}.txt").write_text(text, encoding="utf-8")
                kinds["utf8"] += 1
        elif form < 0.30:
            (sub / f"{i:06d}.txt.gz").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
            kinds["gzip"] += 1
        elif form < 0.35:
            (sub / f"{i:06d}.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
            kinds["bom"] += 1
        else:
            (sub / f"{i:06d}.txt").write_text(text, encoding="utf-8")
            kinds["utf8"] += 1
        i += 1
    if shard:
        (docs_dir / f"feed_{i:06d}.jsonl").write_text("\n".join(shard) + "\n", encoding="utf-8")
    single.close()
    return {"documents": i, "mb": total / 1e6, "kinds": dict(sorted(kinds.items()))}


# -- runs ----------------------------------------------------------------------------


def _become_subreaper() -> bool:
    """Adopt orphaned descendants (Linux), so that the workers of a forkserver that outlives
    `cleaner` are reaped here and their CPU time is counted, not lost to init."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(36, 1, 0, 0, 0) == 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def _reap_adopted(timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.02)


def write_records(out: Path, n: int, seed: int, samples: Path, shard_lines: int = 0) -> float:
    """n generated records (with near and exact copies, as `generate`) as one JSONL file `out`,
    or as shards of `shard_lines` lines in the folder `out`; returns the MB of raw text."""
    gen = CorpusGenerator(sample_texts(samples), seed)
    rng = gen.rng
    recent: list[str] = []
    total = 0
    if shard_lines:
        out.mkdir(parents=True)
    f = None if shard_lines else out.open("w", encoding="utf-8")
    try:
        for i in range(n):
            if shard_lines and i % shard_lines == 0:
                if f is not None:
                    f.close()
                f = (out / f"part-{i // shard_lines:05d}.jsonl").open("w", encoding="utf-8")
            roll = rng.random()
            if recent and roll < 0.03:
                text = rng.choice(recent)
            elif recent and roll < 0.13:
                text = gen.near_copy(rng.choice(recent))
            else:
                text = gen.document()
            # Copies are drawn from the last thousand records: memory stays flat here too.
            recent.append(text)
            if len(recent) > 1000:
                recent.pop(0)
            total += len(text.encode("utf-8"))
            assert f is not None
            f.write(json.dumps({"text": text, "url": f"https://site{i % 37}.example/a/{i}.html"}, ensure_ascii=False) + "\n")
    finally:
        if f is not None:
            f.close()
    return total / 1e6


def memory_runs(counts: list[int], work: Path, seed: int, samples: Path, jobs: int, inputs: str = "both") -> None:
    previous: tuple[int, float] | None = None
    for n in counts:
        single, shards = work / f"records-{n}.jsonl", work / f"records-{n}"
        t0 = time.perf_counter()
        mb = write_records(single, n, seed, samples)
        if inputs != "single":
            write_records(shards, n, seed, samples, shard_lines=10_000)
        print(f"{n:,} records, {mb:.0f} MB of raw text (generated in {time.perf_counter() - t0:.0f} s)", flush=True)
        peaks = {}
        targets = (("single JSONL", single), ("shards of 10,000", shards))
        for label, target in targets if inputs == "both" else targets[:1] if inputs == "single" else targets[1:]:
            out = work / f"out-{n}"
            out.mkdir(exist_ok=True)
            r = run_cli(["clean", str(target), "-o", str(out / "o.jsonl"), "--jobs", str(jobs), "--quiet"])
            peaks[label] = r["peak_mib"]
            print(f"  {label:<18} --jobs {jobs}: peak RSS {r['peak_mib']:6.0f} MiB "
                  f"({r['peak_mib'] * 1024 * 1024 / n:,.0f} bytes per record), cpu {r['cpu']:.0f} s, wall {r['wall']:.0f} s",
                  flush=True)
            shutil.rmtree(out, ignore_errors=True)
        if len(peaks) == 2:
            print(f"  single / shards: {peaks['single JSONL'] / peaks['shards of 10,000']:.2f}x", flush=True)
        peak = max(peaks.values())
        if previous is not None and n > previous[0]:
            # The slope between two counts is what each record adds (the start-up cost cancels
            # out); projected to a million records from the larger count.
            per = (peak - previous[1]) * 1024 * 1024 / (n - previous[0])
            at_1m = peak * 1024 * 1024 + per * (1_000_000 - n)
            print(f"  {previous[0]:,} -> {n:,} records: {per:,.0f} bytes per added record; "
                  f"projected peak at 1,000,000 records {at_1m / 1e9:.2f} GB", flush=True)
        previous = (n, peak)
        single.unlink()
        shutil.rmtree(shards, ignore_errors=True)


def run_cli(args: list[str]) -> dict[str, float]:
    """One `cleaner` subprocess: wall, CPU of it and every descendant, peak RSS of the largest (MiB).

    It runs under a fresh measuring process (this script with `--measure`), because the peak
    RSS the kernel reports for waited-for children is the largest of all of them so far: from
    here, every run would report the peak of the largest run before it.
    """
    cmd = [sys.executable, __file__, "--measure", "--", sys.executable, "-m", "cleaner", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"cleaner failed: {' '.join(args)}\n{proc.stderr[-2000:]}")
    got: dict[str, float] = json.loads(proc.stdout)
    return got


def measure(cmd: list[str]) -> None:
    """Run cmd, adopt and reap its orphans, print its CPU (with descendants) and peak RSS as JSON."""
    if not _become_subreaper():
        print("note: not a subreaper here; CPU of --jobs workers may be undercounted", file=sys.stderr)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0  # the command alone, not this helper's own start
    _reap_adopted()
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr[-2000:])
        raise SystemExit(proc.returncode)
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "peak_mib": ru.ru_maxrss / 1024,
                      "status": proc.returncode}))


def _fmt_run(label: str, r: dict[str, float], mb: float, docs: int) -> str:
    return (
        f"  {label:<26} wall {r['wall']:7.2f} s  cpu {r['cpu']:7.2f} s  "
        f"{mb / r['cpu']:5.2f} MB/s per core  {docs / r['wall']:7.1f} docs/s  peak RSS {r['peak_mib']:6.0f} MiB"
    )


class Timers:
    """Exclusive time per label: time inside a nested timed call counts for the inner label only."""

    def __init__(self) -> None:
        self.total: dict[str, float] = defaultdict(float)
        self._stack: list[list[float]] = []  # [start, nested time]

    def wrap(self, label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*a: Any, **k: Any) -> Any:
            self._stack.append([time.process_time(), 0.0])
            try:
                return fn(*a, **k)
            finally:
                start, nested = self._stack.pop()
                spent = time.process_time() - start
                self.total[label] += spent - nested
                if self._stack:
                    self._stack[-1][1] += spent

        return timed

    def wrap_iter(self, label: str, fn: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
        """A generator function whose every step (the work done to yield the next item) is timed."""

        def timed(*a: Any, **k: Any) -> Iterator[Any]:
            it = iter(fn(*a, **k))
            step = self.wrap(label, lambda: next(it))
            while True:
                try:
                    item = step()
                except StopIteration:
                    return
                yield item

        return timed


def stage_times(inputs: list[str], out: Path) -> tuple[dict[str, float], float]:
    """One in-process `cleaner clean --jobs 1` with timers around each part of the chain."""
    import cleaner.api as api_mod
    import cleaner.filters.blockmodel as blockmodel_mod
    import cleaner.io.read as read_mod
    import cleaner.io.write as write_mod
    import cleaner.pipeline as pipeline_mod
    import cleaner.report.review as review_mod
    import cleaner.rules as rules_mod

    t = Timers()
    build, build_corpus = pipeline_mod.build_stages, pipeline_mod.build_corpus_stages

    def timed(stages: list[Any]) -> list[Any]:
        # Each stage object's own methods are wrapped, so the runner calls the timed ones.
        for stage in stages:
            for meth in ("run", "observe", "prepare", "close"):
                if hasattr(stage, meth):
                    label = f"{stage.name}.{meth}" if meth != "run" else stage.name
                    setattr(stage, meth, t.wrap(label, getattr(stage, meth)))
        return stages

    patches: list[tuple[Any, str, Any]] = [
        (pipeline_mod, "build_stages", lambda config: timed(build(config))),
        (pipeline_mod, "build_corpus_stages", lambda config: timed(build_corpus(config))),
        # Inside `boilerplate`: the rules engine and the block model apart.
        (rules_mod.RuleSet, "apply", t.wrap("boilerplate: rules", rules_mod.RuleSet.apply)),
        (blockmodel_mod.BlockModel, "plan", t.wrap("boilerplate: block model", blockmodel_mod.BlockModel.plan)),
        (pipeline_mod, "make_document", t.wrap("make_document", pipeline_mod.make_document)),
        # api binds the name at import: patch it there, where the run calls it.
        (api_mod, "iter_items", t.wrap_iter("read+decode", read_mod.iter_items)),
        (pipeline_mod._Spool, "write", t.wrap("spool write (pickle)", pipeline_mod._Spool.write)),
        (pipeline_mod._Spool, "read", t.wrap_iter("spool read (unpickle)", pipeline_mod._Spool.read)),
        (write_mod.RecordSink, "write", t.wrap("write records", write_mod.RecordSink.write)),
        (write_mod.DupSink, "write", t.wrap("write duplicates", write_mod.DupSink.write)),
        (review_mod.ReviewWriter, "write", t.wrap("write review", review_mod.ReviewWriter.write)),
        (review_mod.ReviewWriter, "close", t.wrap("write review", review_mod.ReviewWriter.close)),
    ]
    elapsed = _run_patched(patches, inputs, out, 1)  # before the totals are read
    return dict(t.total), elapsed


def _run_patched(patches: list[tuple[Any, str, Any]], inputs: list[str], out: Path, jobs: int) -> float:
    """One in-process `cleaner clean --jobs N` with each (object, attribute, replacement) of
    `patches` in place (put back afterwards): the process CPU seconds it took."""
    from cleaner import cli

    saved = [(obj, name, getattr(obj, name)) for obj, name, _ in patches]
    for obj, name, new in patches:
        setattr(obj, name, new)
    argv = sys.argv
    sys.argv = ["cleaner", "clean", *inputs, "-o", str(out), "--jobs", str(jobs), "--quiet"]
    t0 = time.process_time()
    try:
        try:
            cli.main()
        except SystemExit as e:
            if e.code not in (0, 1, None):
                raise
    finally:
        elapsed = time.process_time() - t0
        sys.argv = argv
        for obj, name, old in saved:
            setattr(obj, name, old)
    return elapsed


def parent_times(inputs: list[str], out: Path, jobs: int) -> tuple[dict[str, float], float]:
    """One in-process `cleaner clean --jobs N` with timers around the parts the parent process
    does itself: its CPU time alone (the workers' is not counted), per part. With --jobs N the
    parent's work is the serial part of the run, so this shows what bounds the speed-up."""
    import cleaner.io.write as write_mod
    import cleaner.pipeline as pipeline_mod
    import cleaner.report.review as review_mod

    t = Timers()
    build_corpus = pipeline_mod.build_corpus_stages

    def timed(stages: list[Any]) -> list[Any]:
        for stage in stages:
            for meth in ("observe", "observe_facts", "prepare", "view", "run", "take_report"):
                if hasattr(stage, meth):
                    setattr(stage, meth, t.wrap(f"{stage.name}.{meth}", getattr(stage, meth)))
        return stages

    P = pipeline_mod.Pipeline
    # Each phase of the --jobs run as it exists in the code measured (names differ between versions).
    wanted: list[tuple[Any, str, str, bool]] = [
        (P, "process_documents", "phase 1: collect cleaned documents", True),
        (P, "_observe_first", "phase 1: collect cleaned documents", False),
        (P, "_apply_in_workers", "phase 2: feed and collect the corpus passes", False),
        (P, "_encode_in_workers", "phase 3: feed and collect the encoded lines", True),
        (P, "_finish", "count finished documents", True),
        (getattr(pipeline_mod, "_BlobSpool", None), "write", "spool write", False),
        (getattr(pipeline_mod, "_BlobSpool", None), "read", "spool read", True),
        (pipeline_mod._Spool, "write", "spool write", False),
        (pipeline_mod._Spool, "read", "spool read", True),
        (pipeline_mod.pickle, "loads", "unpickle a document", False),
        (write_mod.RecordSink, "write", "write records", False),
        (write_mod.RecordSink, "write_encoded", "write records", False),
        (write_mod.DupSink, "write", "write duplicates", False),
        (write_mod.DupSink, "write_encoded", "write duplicates", False),
        (review_mod.ReviewWriter, "write", "write review", False),
        (review_mod.ReviewWriter, "write_encoded", "write review", False),
        (review_mod.ReviewWriter, "close", "close review (compress the rest, fsync)", False),
    ]
    patches: list[tuple[Any, str, Any]] = [(pipeline_mod, "build_corpus_stages", lambda config: timed(build_corpus(config)))]
    for obj, name, label, is_iter in wanted:
        if obj is not None and hasattr(obj, name):
            fn = getattr(obj, name)
            patches.append((obj, name, t.wrap_iter(label, fn) if is_iter else t.wrap(label, fn)))
    elapsed = _run_patched(patches, inputs, out, jobs)  # before the totals are read
    return dict(t.total), elapsed


def _print_times(title: str, times: dict[str, float], elapsed: float, mb: float) -> None:
    print(f"{title} (exclusive; total {elapsed:.2f} s):")
    accounted = 0.0
    for name, s in sorted(times.items(), key=lambda kv: -kv[1]):
        accounted += s
        print(f"  {name:<44} {s:7.2f} s  {100 * s / elapsed:5.1f} %  {mb / s if s else 0:8.1f} MB/s")
    rest = elapsed - accounted
    print(f"  {'(rest: runner, CLI, summary)':<44} {rest:7.2f} s  {100 * rest / elapsed:5.1f} %")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--measure" and sys.argv[2] == "--":
        measure(sys.argv[3:])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0, help="raw text to generate, in MB of UTF-8 (default 20)")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--samples", default=str(ROOT / "samples"))
    ap.add_argument("--keep", help="generate into this folder and keep it (default: a temporary folder)")
    ap.add_argument("--skip-stages", action="store_true", help="no in-process per-stage run")
    ap.add_argument("--skip-jobs", action="store_true", help="only --jobs 1 runs")
    ap.add_argument("--parent", type=int, metavar="N", default=0,
                    help="only the parent process's CPU per part of an in-process --jobs N run "
                         "(directory, then single JSONL)")
    ap.add_argument("--memory", help="comma-separated record counts: measure peak RSS at scale instead")
    ap.add_argument("--memory-jobs", type=int, default=2, help="--jobs of the --memory runs (default 2)")
    ap.add_argument("--memory-inputs", choices=("both", "single", "shards"), default="both",
                    help="which form of the records the --memory runs clean (default both: the single JSONL file and the shards)")
    args = ap.parse_args()
    # The runs' pattern cache (`cleaner/patternmemo.py`) lives in the work folder: every run of
    # this script starts from the same state, whatever the user's own cache holds.
    cache_root = Path(tempfile.mkdtemp(prefix="cleaner-bench-cache-"))
    os.environ["CLEANER_CACHE_DIR"] = str(cache_root / "patterns")
    try:
        _main(args)
    finally:
        shutil.rmtree(cache_root, ignore_errors=True)


def _main(args: argparse.Namespace) -> None:
    if args.memory:
        work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cleaner-bench-"))
        work.mkdir(parents=True, exist_ok=True)
        try:
            print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
            memory_runs([int(n) for n in args.memory.split(",")], work, args.seed, Path(args.samples), args.memory_jobs, args.memory_inputs)
        finally:
            if not args.keep:
                shutil.rmtree(work, ignore_errors=True)
        return

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cleaner-bench-"))
    try:
        if args.keep and (work / "corpus.jsonl").exists():
            meta = json.loads((work / "meta.json").read_text())
        else:
            t0 = time.perf_counter()
            meta = generate(work, args.mb, args.seed, Path(args.samples))
            (work / "meta.json").write_text(json.dumps(meta))
            print(f"generated in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        mb, docs = meta["mb"], meta["documents"]
        print(f"corpus: {docs:,} documents, {mb:.1f} MB of raw text (seed {args.seed}); {meta['kinds']}")
        print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
        out = work / "out"
        out.mkdir(exist_ok=True)
        if args.parent:
            for label, target in (("directory", work / "dir"), ("single JSONL", work / "corpus.jsonl")):
                times, elapsed = parent_times([str(target)], out / "parent.jsonl", args.parent)
                _print_times(f"CPU time of the parent process alone, {label}, in-process --jobs {args.parent}",
                             times, elapsed, mb)
            return
        runs: dict[str, dict[str, float]] = {}
        jobs = [1] if args.skip_jobs else [1, 2]
        for label, target in (("directory", work / "dir"), ("single JSONL", work / "corpus.jsonl")):
            for j in jobs:
                r = run_cli(["clean", str(target), "-o", str(out / f"j{j}.jsonl"), "--jobs", str(j), "--quiet"])
                runs[f"{label} --jobs {j}"] = r
                print(_fmt_run(f"{label} --jobs {j}", r, mb, docs), flush=True)
            if len(jobs) == 2:
                a, b = runs[f"{label} --jobs 1"], runs[f"{label} --jobs 2"]
                print(f"  {label}: --jobs 2 is {a['wall'] / b['wall']:.2f}x --jobs 1 (wall)")
        shards = work / "shards"
        if not shards.exists():
            shards.mkdir()
            with (work / "corpus.jsonl").open(encoding="utf-8") as src:
                lines = src.readlines()
            for k in range(0, len(lines), 500):
                (shards / f"part-{k // 500:04d}.jsonl").write_text("".join(lines[k : k + 500]), encoding="utf-8")
        r = run_cli(["clean", str(shards), "-o", str(out / "shards.jsonl"), "--jobs", "1", "--quiet"])
        runs["shards --jobs 1"] = r
        print(_fmt_run("JSONL shards --jobs 1", r, mb, docs), flush=True)
        single_peak = runs["single JSONL --jobs 1"]["peak_mib"]
        print(f"  peak RSS, single JSONL / the same records in shards of 500: {single_peak / r['peak_mib']:.2f}x")
        small = sorted((ROOT / "samples").glob("untouched_clean_news/input/*"))[:1]
        if small:
            # Start-up as installed: pip compiles the bytecode, while an editable checkout under
            # PYTHONDONTWRITEBYTECODE would compile every module it imports on every run.
            compileall.compile_dir(ROOT / "cleaner", quiet=1)
            # The first run after the rule engine's code changed (or on a fresh machine) works out
            # the patterns' literals and writes them to the cache (`cleaner/patternmemo.py`);
            # the runs after it read them.
            cache = Path(os.environ["CLEANER_CACHE_DIR"])
            shutil.rmtree(cache, ignore_errors=True)
            cold = run_cli(["clean", str(small[0]), "-o", str(out / "small.jsonl"), "--quiet"])
            print(f"  one small file, first run (empty pattern cache): wall {cold['wall']:.2f} s, cpu {cold['cpu']:.2f} s")
            for label, cmd in (("one small file", ["clean", str(small[0]), "-o", str(out / "small.jsonl"), "--quiet"]),
                               ("cleaner --help", ["--help"])):
                rs = [run_cli(cmd) for _ in range(5)]
                wall, cpu = (statistics.median(x[k] for x in rs) for k in ("wall", "cpu"))
                print(f"  {label}: wall {wall:.2f} s, cpu {cpu:.2f} s (medians of 5, bytecode compiled), "
                      f"peak RSS {max(x['peak_mib'] for x in rs):.0f} MiB")
        if not args.skip_stages:
            times, elapsed = stage_times([str(work / "dir")], out / "stages.jsonl")
            _print_times("CPU time per part of the chain, in-process --jobs 1", times, elapsed, mb)
            if not args.skip_jobs:
                times, elapsed = parent_times([str(work / "dir")], out / "parent.jsonl", 2)
                _print_times("CPU time of the parent process alone, in-process --jobs 2", times, elapsed, mb)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
