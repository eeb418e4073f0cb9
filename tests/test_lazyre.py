"""Patterns compiled on first use behave as compiled patterns, and every one of them compiles."""

from __future__ import annotations

import pickle
import re

import pytest

import cleaner.chain  # noqa: F401  (imports every stage module, creating their deferred patterns)
from cleaner import lazyre
from cleaner.lazyre import compile_all, deferred


def test_every_deferred_pattern_of_the_chain_compiles() -> None:
    # A bad pattern in a stage module would otherwise fail only on the first page reaching it.
    assert compile_all() >= 200


def test_a_deferred_pattern_matches_as_the_compiled_one() -> None:
    p = deferred(r"(?P<n>\d+)\s*篇", re.I)
    c = re.compile(r"(?P<n>\d+)\s*篇", re.I)
    assert p.pattern == c.pattern
    text = "共 12 篇，另有3篇"
    assert [m.group("n") for m in p.finditer(text)] == ["12", "3"]
    assert p.sub("N", text) == c.sub("N", text)
    assert p.split(text) == c.split(text)
    assert p.flags == c.flags and p.groupindex == c.groupindex
    restored = pickle.loads(pickle.dumps(p))  # as a worker receives it: the compiled pattern itself
    assert isinstance(restored, re.Pattern) and restored.search(text).group("n") == "12"


def test_a_bad_deferred_pattern_fails_compile_all() -> None:
    bad = deferred(r"[未闭合")
    try:
        with pytest.raises(re.error):
            compile_all()
    finally:
        lazyre._ALL.remove(bad)  # type: ignore[arg-type]
