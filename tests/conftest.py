"""Shared fixtures. Tests that need an outside program (chromium, redis-server) skip visibly
without it; under CLEANER_REQUIRE_ALL=1 (set by .ci/run) such a skip fails instead."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = sorted(SAMPLES.glob("seed_*/input/*"))


def pytest_configure(config: pytest.Config) -> None:
    """The rule engine's pattern cache (`cleaner/patternmemo.py`) in a folder of the session's,
    for the commands run here and in subprocesses alike, never the user's own."""
    folder = Path(tempfile.mkdtemp(prefix="cleaner-test-cache-"))
    os.environ["CLEANER_CACHE_DIR"] = str(folder / "patterns")
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


def require_program(name: str, why: str) -> str:
    """Return the program's path, or skip (fail under CLEANER_REQUIRE_ALL=1) with a reason."""
    path = shutil.which(name)
    if path is None:
        msg = f"{name} is not installed ({why}); .ci/run installs it"
        if os.environ.get("CLEANER_REQUIRE_ALL") == "1":
            pytest.fail(f"CLEANER_REQUIRE_ALL=1 but {msg}")
        pytest.skip(msg)
    return path


@pytest.fixture
def seeds() -> list[Path]:
    assert len(SEEDS) == 5, SEEDS
    return SEEDS


@pytest.fixture
def seed_text():
    def _read(prefix: str) -> str:
        for p in SEEDS:
            if p.name.startswith(prefix):
                return p.read_text(encoding="utf-8")
        raise KeyError(prefix)

    return _read


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--jobs` batches of a fixed, small size in tests, so that a test corpus of a few dozen
    short articles spans several batches and several tasks of each corpus pass, as a large corpus
    does with the shipped sizes (which would put such a corpus in one or two). Commands run in a
    subprocess (the README's, the benchmarks') keep the shipped sizes."""
    import cleaner.pipeline as pipeline_mod

    monkeypatch.setattr(pipeline_mod, "BATCH_BYTES", 64 * 1024)
    monkeypatch.setattr(pipeline_mod, "BATCH_UNITS", 16)
    monkeypatch.setattr(pipeline_mod, "PASS_BATCH_BYTES", 256 * 1024)
    monkeypatch.setattr(pipeline_mod, "PASS_BATCH_UNITS", 64)
