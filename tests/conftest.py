"""Shared fixtures. Tests that need an outside program (chromium, redis-server) skip visibly
without it; under CLEANER_REQUIRE_ALL=1 (set by .ci/run) such a skip fails instead."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = sorted(SAMPLES.glob("seed_*/input/*"))


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
