"""The house tooling holds on the whole tree: ruff (with the typer/rich import ban) and mypy on the package."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from .helpers import ROOT


def test_ruff_passes() -> None:
    res = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, timeout=300)
    assert res.returncode == 0, res.stdout.decode() + res.stderr.decode()


def test_mypy_passes_on_the_package() -> None:
    if shutil.which("mypy") is None and subprocess.run([sys.executable, "-m", "mypy", "--version"], capture_output=True).returncode:
        pytest.skip("mypy is not installed (it is in the test extra)")
    res = subprocess.run([sys.executable, "-m", "mypy", "cleaner"], cwd=ROOT, capture_output=True, timeout=600)
    assert res.returncode == 0, res.stdout.decode()[-3000:]
