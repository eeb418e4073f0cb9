"""One huge single-document input, cleaned end to end: seconds per MB must stay flat as it grows.
With --startup: what one small file and `cleaner --help` cost from start to exit.

    python bench/single_doc.py                 # 10, 50 and 200 MB
    python bench/single_doc.py --sizes 5 10    # quicker
    python bench/single_doc.py --startup       # one small file and --help, median of 7 runs
    python bench/single_doc.py --startup --baseline ../other/checkout   # the same, against another tree

Each input is one plain-text article (not JSONL) generated with a fixed seed: paragraphs of
made-up hospital-news sentences over a small vocabulary (so grams are shared everywhere, the
hard case for a repeat search), with a paragraph pasted again now and then, a near copy with
one character changed, a caption and a blank-line run, as scraped pages have. The script runs
`cleaner clean FILE -o OUT` as a user would, prints seconds per MB for each size, and exits 1
when the slowest rate is more than 1.5 times the fastest (the chain is not linear).

The verdict uses CPU seconds (user + system of the run) rather than wall time: on a shared
machine the wall clock measures the neighbours as much as the chain. Both are printed.

`--startup` writes a short made-up article (a title and two sentences, as one scraped page) and
runs `cleaner clean FILE -o OUT` (with -q and without) and `cleaner --help` `--runs` times each,
printing the median wall and CPU seconds and the targets (0.5 s for the file, 0.25 s for --help).
With `--baseline DIR` the same commands run from that tree (a checkout or an exported tree of
another version) in turn with this one, A B A B ..., and the medians of both and of the pair by
pair ratios are printed. The package's bytecode is compiled first, for both trees, as
`pip install` does: without it (an editable install under PYTHONDONTWRITEBYTECODE) every run
compiles the modules it imports again, and the figure measures the compiler (--no-compile shows
that figure).
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261202
MAX_RATIO = 1.5

_PLACES = ["大足区", "綦江区", "垫江县", "奉节县", "秀山县", "营山县", "渭南市", "松原市", "开州区", "巴南区", "武宁县", "临海市"]
_UNITS = ["人民医院", "中医院", "妇幼保健院", "中心卫生院", "疾病预防控制中心", "社区卫生服务中心", "卫生健康委员会"]
_ACTS = ["开展义诊活动", "举办健康讲座", "组织党员志愿服务", "推进医共体建设", "开展家庭医生签约服务",
         "完成首例微创手术", "启动胸痛中心建设", "举行应急演练", "召开院务会议", "开展院感防控培训"]
_TAILS = ["受到群众好评", "服务群众{n}余人次", "发放宣传资料{n}份", "惠及辖区居民{n}人", "进一步提升了服务能力",
          "为高质量发展奠定基础", "参训人员达{n}名", "现场测量血压{n}人次"]


def generate(path: Path, megabytes: int, seed: int = SEED) -> None:
    """Write one article of about `megabytes` MB of UTF-8 to `path`, the same bytes for a seed."""
    rng = random.Random(seed)
    target = megabytes * 1_000_000
    written = 0
    recent: list[str] = []
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("医疗卫生工作动态汇编\n\n")
        while written < target:
            roll = rng.random()
            if recent and roll < 0.03:
                para = rng.choice(recent)  # pasted again
            elif recent and roll < 0.05:
                base = rng.choice(recent)
                i = rng.randrange(len(base))
                para = base[:i] + "院" + base[i + 1 :]  # a near copy
            elif roll < 0.06:
                para = f"图为{rng.choice(_PLACES)}{rng.choice(_UNITS)}{rng.choice(_ACTS)}现场"
            else:
                sents = []
                for _ in range(rng.randint(2, 5)):
                    month, day = rng.randint(1, 12), rng.randint(1, 28)
                    tail = rng.choice(_TAILS).format(n=rng.randint(20, 9000))
                    sents.append(f"{month}月{day}日，{rng.choice(_PLACES)}{rng.choice(_UNITS)}{rng.choice(_ACTS)}，{tail}。")
                para = "".join(sents)
                recent.append(para)
                if len(recent) > 50:
                    recent.pop(0)
            sep = "\n\n\n" if rng.random() < 0.01 else "\n"
            chunk = para + sep
            f.write(chunk)
            written += len(chunk.encode("utf-8"))


def time_clean(path: Path, out: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one `cleaner clean` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    res = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", str(path), "-o", str(out), "-q"],
        cwd=ROOT,
        capture_output=True,
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if res.returncode != 0:
        sys.exit(f"cleaner failed on {path} (exit {res.returncode}): {res.stderr.decode(errors='replace')[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


SMALL_ARTICLE = (
    "垫江县人民医院开展家庭医生签约服务\n\n"
    "3月12日，垫江县人民医院组织家庭医生团队走进社区，为居民检测血压血糖，讲解慢病用药知识，服务群众200余人次。"
    "活动受到群众好评，进一步提升了基层服务能力。\n"
)
FILE_TARGET, HELP_TARGET = 0.5, 0.25


def time_command(tree: Path, args: list[str], workdir: Path) -> tuple[float, float]:
    """Wall and CPU seconds of `python -m cleaner ARGS` with `tree` first on the path."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    # Run from a folder of its own: with -m the current folder comes first on the path.
    res = subprocess.run([sys.executable, "-m", "cleaner", *args], cwd=workdir, env=env, capture_output=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if res.returncode != 0:
        sys.exit(f"cleaner {' '.join(args)} failed in {tree} (exit {res.returncode}): {res.stderr.decode(errors='replace')[-500:]}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def startup(runs: int, baseline: Path | None, compile_first: bool) -> int:
    """Print the median wall and CPU seconds of one small file and of --help (and a baseline's)."""
    trees = {"this tree": ROOT} | ({"baseline": baseline.resolve()} if baseline is not None else {})
    for tree in trees.values():
        if not (tree / "cleaner" / "__init__.py").is_file():
            sys.exit(f"{tree}: no cleaner package in it (give the folder that holds cleaner/)")
        if compile_first:
            compileall.compile_dir(tree / "cleaner", quiet=1)
    print(f"bytecode: {'compiled first, as pip install does' if compile_first else 'not compiled (each run compiles)'}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="cleaner-startup-") as tmp:
        work = Path(tmp)
        src = work / "news.txt"
        src.write_text(SMALL_ARTICLE, encoding="utf-8")
        commands = {
            "clean FILE -o OUT -q": (["clean", str(src), "-o", str(work / "out.jsonl"), "-q"], FILE_TARGET),
            "clean FILE -o OUT": (["clean", str(src), "-o", str(work / "out.jsonl")], FILE_TARGET),
            "--help": (["--help"], HELP_TARGET),
        }
        for label, (args, target) in commands.items():
            times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
            for tree in trees.values():  # one unmeasured run each: disk cache, first-run files
                time_command(tree, args, work)
            for _ in range(runs):
                for name, tree in trees.items():
                    times[name].append(time_command(tree, args, work))
            line = f"{label:<22}"
            for name, ts in times.items():
                wall = statistics.median(w for w, _ in ts)
                cpu = statistics.median(c for _, c in ts)
                line += f"  {name}: wall {wall:5.2f} s, cpu {cpu:5.2f} s"
            if baseline is not None:
                a, b = times["this tree"], times["baseline"]
                pairs = list(zip(a, b, strict=True))
                line += (f"  ratio (pair by pair): wall {statistics.median(x[0] / y[0] for x, y in pairs):.2f}, "
                         f"cpu {statistics.median(x[1] / y[1] for x, y in pairs):.2f}")
            print(f"{line}  (target: wall under {target} s)", flush=True)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 200], help="input sizes in MB")
    ap.add_argument("--keep", type=Path, help="keep the generated inputs in this folder")
    ap.add_argument("--startup", action="store_true", help="time one small file and --help instead")
    ap.add_argument("--runs", type=int, default=7, help="with --startup: runs of each command (default 7)")
    ap.add_argument("--baseline", type=Path, help="with --startup: another tree to time in turn with this one")
    ap.add_argument("--no-compile", action="store_true", help="with --startup: do not compile the bytecode first")
    args = ap.parse_args()
    if args.startup:
        return startup(args.runs, args.baseline, not args.no_compile)
    rates: list[float] = []
    with tempfile.TemporaryDirectory(prefix="cleaner-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for mb in args.sizes:
            src = folder / f"single_{mb}mb.txt"
            if not src.exists():
                generate(src, mb)
            size_mb = src.stat().st_size / 1e6
            wall, cpu = time_clean(src, Path(tmp) / f"out_{mb}.jsonl")
            rates.append(cpu / size_mb)
            print(f"{size_mb:7.1f} MB  wall {wall:8.1f} s ({wall / size_mb:6.2f} s/MB)  "
                  f"cpu {cpu:8.1f} s ({cpu / size_mb:6.2f} s/MB)", flush=True)
    ratio = max(rates) / min(rates) if len(rates) > 1 else 1.0
    print(f"slowest / fastest CPU rate: {ratio:.2f} (limit {MAX_RATIO})")
    return 0 if ratio <= MAX_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
