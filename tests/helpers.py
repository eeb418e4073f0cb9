"""Running the real command line from tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, input: bytes | None = None, cwd: Path | str | None = None, timeout: float = 300) -> subprocess.CompletedProcess[bytes]:
    """Run `cleaner ARGS…` as a user would, in a subprocess; stdout and stderr captured as bytes."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("COLUMNS", "120")
    return subprocess.run(
        [sys.executable, "-m", "cleaner", *args],
        input=input,
        capture_output=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=timeout,
    )


def records(data: bytes | str | Path) -> list[dict[str, Any]]:
    if isinstance(data, Path):
        data = data.read_bytes()
    if isinstance(data, bytes):
        data = data.decode("utf-8")
    return [json.loads(line) for line in data.splitlines() if line.strip()]


_PLACES = ["大足区", "綦江区", "垫江县", "奉节县", "秀山县", "营山县", "渭南市", "松原市", "开州区", "巴南区", "武宁县", "临海市"]
_UNITS = ["人民医院", "中医院", "妇幼保健院", "中心卫生院", "疾病预防控制中心", "社区卫生服务中心"]
_ACTS = ["开展义诊活动", "举办健康讲座", "组织党员志愿服务", "推进医共体建设", "开展家庭医生签约服务", "完成首例微创手术", "启动胸痛中心建设", "举行应急演练"]
_TAILS = ["受到群众好评", "服务群众{n}余人次", "发放宣传资料{n}份", "惠及辖区居民{n}人", "进一步提升了服务能力", "为高质量发展奠定基础"]


def generated_articles(n: int, seed: int = 7) -> list[str]:
    """Distinct realistic articles (fixed seed): each a few paragraphs of varied sentences."""
    import random

    rng = random.Random(seed)
    out = []
    for i in range(n):
        paras = []
        for _ in range(rng.randint(2, 5)):
            sents = []
            for _ in range(rng.randint(2, 4)):
                place, unit, act, tail = rng.choice(_PLACES), rng.choice(_UNITS), rng.choice(_ACTS), rng.choice(_TAILS)
                month, day = rng.randint(1, 12), rng.randint(1, 28)
                sents.append(f"{month}月{day}日,{place}{unit}{act},{tail.format(n=rng.randint(20, 900))}。")
            paras.append("".join(sents))
        out.append(f"第{i}期工作动态\n" + "\n".join(paras))
    return out


def run_pass(docs: list[Any], config: Any) -> list[Any]:
    """Drive the near-duplicate pass exactly as the pipeline does: observe all, prepare, run each, commit, close."""
    from cleaner.dedup.stage import NearDuplicates
    from cleaner.pipeline import run_stage

    stage = NearDuplicates(config)
    for d in docs:
        stage.observe(d)
    stage.prepare()
    out = [r for d in docs for r in run_stage(stage, d)]
    stage.commit()
    stage.close()
    return out


def lines_of(doc: Any) -> list[str]:
    """A record's non-blank lines, stripped."""
    return [ln.strip() for ln in doc.text.split("\n") if ln.strip()]


def one_record(lines: list[str]) -> Any:
    """The one record the chain makes of a page given as its lines."""
    from cleaner.api import clean_text

    (doc,) = clean_text("\n".join(lines))
    return doc


def records_of(lines: list[str]) -> list[Any]:
    """Every record the chain makes of a page given as its lines (a roundup's sections too)."""
    from cleaner.api import clean_text

    return clean_text("\n".join(lines))


def page_record(tmp_path: Path, name: str, html: str) -> Any:
    """The one record the chain makes of an HTML page written to `tmp_path / name`."""
    from cleaner.api import clean

    p = tmp_path / name
    p.write_text(html, encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    return doc
