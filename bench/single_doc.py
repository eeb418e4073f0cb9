"""One huge single-document input, cleaned end to end: seconds per MB must stay flat as it grows.

    python bench/single_doc.py                 # 10, 50 and 200 MB
    python bench/single_doc.py --sizes 5 10    # quicker

Each input is one plain-text article (not JSONL) generated with a fixed seed: paragraphs of
made-up hospital-news sentences over a small vocabulary (so grams are shared everywhere, the
hard case for a repeat search), with a paragraph pasted again now and then, a near copy with
one character changed, a caption and a blank-line run, as scraped pages have. The script runs
`cleaner clean FILE -o OUT` as a user would, prints seconds per MB for each size, and exits 1
when the slowest rate is more than 1.5 times the fastest (the chain is not linear).

The verdict uses CPU seconds (user + system of the run) rather than wall time: on a shared
machine the wall clock measures the neighbours as much as the chain. Both are printed.
"""

from __future__ import annotations

import argparse
import random
import resource
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 200], help="input sizes in MB")
    ap.add_argument("--keep", type=Path, help="keep the generated inputs in this folder")
    args = ap.parse_args()
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
