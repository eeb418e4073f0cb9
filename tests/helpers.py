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
