"""Sharded outputs read back: a run of N generated records written as JSONL, as Parquet parts
and as JSONL.zst parts, the parts read back with pyarrow (Parquet, and zstd-compressed JSONL through its
input streams) and compared record by record; the Parquet folder is also read as one dataset.

    python bench/formats.py                          # 100,000 records, parts of 20,000
    python bench/formats.py --records 20000 --shard-size 5000

The articles are generated with a fixed seed (short hospital news items of several sentences),
fed as one JSONL input; each run is the real command line.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["大足区", "綦江区", "垫江县", "奉节县", "秀山县", "营山县", "渭南市", "松原市", "开州区", "巴南区"]
UNITS = ["人民医院", "中医院", "妇幼保健院", "中心卫生院", "社区卫生服务中心"]
ACTS = ["开展义诊活动", "举办健康讲座", "组织党员志愿服务", "推进医共体建设", "完成首例微创手术", "举行应急演练"]


def article(rng: random.Random, i: int) -> str:
    place, unit = rng.choice(PLACES), rng.choice(UNITS)
    sents = [f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日,{place}{unit}{rng.choice(ACTS)},服务群众{rng.randint(20, 900)}人次。"
             for _ in range(rng.randint(2, 5))]
    return f"{place}{unit}工作动态(第{i}期)\n" + "".join(sents) + f"\n本期编号{i},欢迎关注。"


def run(*args: str) -> float:
    t = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "cleaner", "clean", *args, "-q"], cwd=ROOT, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"cleaner clean {' '.join(args)} failed:\n{res.stderr}")
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--shard-size", type=int, default=20_000)
    args = ap.parse_args()

    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    with tempfile.TemporaryDirectory(prefix="cleaner-formats-") as tmp:
        d = Path(tmp)
        rng = random.Random(11)
        with (d / "in.jsonl").open("w", encoding="utf-8") as f:
            for i in range(args.records):
                f.write(json.dumps({"text": article(rng, i), "n": i}, ensure_ascii=False) + "\n")
        t_plain = run(str(d / "in.jsonl"), "-o", str(d / "plain.jsonl"))
        want = [json.loads(line) for line in (d / "plain.jsonl").open(encoding="utf-8")]
        print(f"{args.records} inputs -> {len(want)} records (JSONL run {t_plain:.0f} s)")
        ok = True
        for fmt in ("parquet", "jsonl.zst"):
            out = d / fmt
            t = run(str(d / "in.jsonl"), "-o", f"{out}/", "--shard-size", str(args.shard_size), "--shard-format", fmt)
            manifest = json.loads((d / f"{fmt}.manifest.json").read_text(encoding="utf-8"))
            got = []
            for part in manifest["parts"]:
                p = out / part["path"]
                if fmt == "parquet":
                    rows = pq.read_table(p).to_pylist()
                    for r in rows:
                        r["metadata"] = json.loads(r["metadata"])
                else:
                    # pyarrow opens the part with the codec of its suffix (zstd here).
                    with pa.input_stream(str(p)) as r:
                        rows = [json.loads(line) for line in r.read().decode("utf-8").splitlines()]
                assert len(rows) == part["records"], p
                got += rows
            same = got == want
            if fmt == "parquet":
                # The folder holds the parts alone: read as one dataset, it is the run's records.
                table = ds.dataset(out, format="parquet").to_table()
                same &= table.column("id").to_pylist() == [r["id"] for r in want]
            ok &= same
            print(f"{fmt}: {len(manifest['parts'])} parts, {manifest['records']} records, run {t:.0f} s, "
                  f"read back with pyarrow {'equal to' if same else 'DIFFERENT from'} the JSONL run")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
