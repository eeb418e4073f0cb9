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


def test_no_module_level_name_is_bound_twice() -> None:
    """A pattern or a constant defined twice in one module silently replaces the first for every
    caller (patterns are looked up when they run): each module-level name is bound once."""
    import ast

    twice: list[str] = []
    for path in sorted((ROOT / "cleaner").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names.append(node.name)
            for name in names:
                if name in seen:
                    twice.append(f"{path.relative_to(ROOT)}: {name}")
                seen.add(name)
    assert not twice, twice
