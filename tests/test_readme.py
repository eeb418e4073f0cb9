"""Every command the README shows is run here, in order, in a sandbox that holds the files it names."""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import ROOT, generated_articles

README = ROOT / "README.md"
USER_RULE = """\
rules:
  - id: hotline_line
    kind: line
    description: A hospital hotline line (咨询电话:…) at the end of an article.
    patterns:
      - '^\\s*(?:咨询|服务|预约)电话\\s*[:]\\s*[\\d\\-— ]{7,}\\s*$'
    examples:
      remove:
        - 咨询电话:0731-88888888
      keep:
        - 医院开通了预约电话,方便群众就医。
"""


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def _commands() -> list[str]:
    """The shell commands of every sh block after the set-up block, comments stripped."""
    out = []
    for block in _blocks("sh")[1:]:
        for line in block.splitlines():
            line = re.sub(r"\s+#\s.*$", "", line).strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


def _sandbox(tmp: Path) -> dict[str, str]:
    shutil.copytree(ROOT / "samples", tmp / "samples")
    raw = tmp / "raw"
    raw.mkdir()
    for p in sorted((ROOT / "samples").glob("seed_*/input/*")):
        shutil.copy(p, raw / p.name)
    shutil.copy(next((ROOT / "samples").glob("seed_000/input/*")), tmp / "page.html.txt")
    lines = [json.dumps({"content": t, "url": f"https://example.cn/{i}"}, ensure_ascii=False) for i, t in enumerate(generated_articles(6))]
    (tmp / "dump.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    (tmp / "my_rules").mkdir()
    (tmp / "my_rules" / "hotline.yaml").write_text(USER_RULE, encoding="utf-8")
    arts = generated_articles(40, seed=11)
    for name, chunk in (("scrape-monday", arts[:20]), ("scrape-tuesday", arts[15:35]), ("scrape", arts)):
        (tmp / name).mkdir()
        for i, t in enumerate(chunk):
            (tmp / name / f"a{i:03d}.txt").write_text(t, encoding="utf-8")
    # `cleaner` on PATH runs this checkout, installed or not.
    bindir = tmp / "bin"
    bindir.mkdir()
    shim = bindir / "cleaner"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m cleaner "$@"\n', encoding="utf-8")
    shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    env = dict(os.environ)
    env["PATH"] = f"{bindir}{os.pathsep}{env['PATH']}"
    env["PYTHONPATH"] = str(ROOT)
    env["COLUMNS"] = "120"
    return env


def test_readme_commands_all_run(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    commands = _commands()
    assert any(c.startswith("cleaner clean") for c in commands)
    env = _sandbox(tmp_path)
    server = None
    if any("redis://" in c for c in commands):
        server = request.getfixturevalue("redis_url")
    ran = 0
    for cmd in commands:
        if cmd.startswith("git "):
            continue  # approving a change commits it; the sandbox is no repository
        if server is not None:
            cmd = re.sub(r"redis://[\w.:]+/\d+", server, cmd)
        res = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=tmp_path, env=env, capture_output=True, timeout=600)
        err = res.stderr.decode("utf-8", errors="replace")
        assert res.returncode == 0, f"README command failed: {cmd}\n{err[-3000:]}"
        assert "Traceback" not in err, cmd
        ran += 1
    assert ran >= 12
    assert (tmp_path / "out" / "report.html").stat().st_size > 1000
    assert (tmp_path / "summary.md").read_text(encoding="utf-8").strip()
    assert (tmp_path / "rec.jsonl").read_text(encoding="utf-8").count("\n") >= 1
    assert sorted(p.name for p in (tmp_path / "out" / "txt").rglob("*.txt"))


def _run_python(code: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=300, env=dict(os.environ, PYTHONPATH=str(ROOT)))


def test_readme_python_example_runs() -> None:
    code = _blocks("python")[0]
    res = _run_python(code)
    assert res.returncode == 0, res.stderr.decode()
    assert "boilerplate" in res.stdout.decode()


def test_readme_api_example_runs() -> None:
    code = next(b for b in _blocks("python") if "cleaner.Cleaner(" in b and "# With " not in b)
    res = _run_python(code)
    assert res.returncode == 0, res.stderr.decode()
    out = res.stdout.decode()
    assert "-> " in out and "https://example.cn/a example" in out


# The framework examples: the part before `# With X installed:` is the cleaner's own work and
# always runs (it asserts its records); the whole block runs where the framework is installed.
FRAMEWORKS = {"datatrove": "datatrove", "dask": "Dask"}


def _framework_block(module: str) -> tuple[str, str]:
    marker = f"# With {FRAMEWORKS[module]} installed:"
    (block,) = [b for b in _blocks("python") if marker in b]
    return block.split(marker)[0], block


@pytest.mark.parametrize("module", sorted(FRAMEWORKS))
def test_readme_framework_example_cleaner_part(module: str) -> None:
    part, _ = _framework_block(module)
    assert f"import {module}" not in part and "from datatrove" not in part
    res = _run_python(part)
    assert res.returncode == 0, res.stderr.decode()


@pytest.mark.parametrize("module", sorted(FRAMEWORKS))
def test_readme_framework_example_whole(module: str) -> None:
    import importlib.util

    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (an optional package, not a test extra): only the example's cleaner part ran")
    _, block = _framework_block(module)
    res = _run_python(block)
    assert res.returncode == 0, res.stderr.decode()
    out = res.stdout.decode()
    if module == "datatrove":
        assert "['大足区人民医院']" in out
    else:
        assert "https://example.cn/2#8" in out


from .test_redis import redis_server, redis_url  # noqa: E402,F401  (the real-server fixtures, for the shared-index command)
