"""Comparison keys folded many at a time, and OpenCC skipped where it would change nothing, give
the keys of the plain one-text path."""

from __future__ import annotations

import random

import pytest

from cleaner.dedup import keys as keys_mod
from cleaner.dedup.keys import _fold_table, _t2s, dedup_key, dedup_keys, fold, fold_many, t2s_triggers

from .test_minhash import _mixed_texts


def _texts(seeds) -> list[str]:
    import opencc

    s2t = opencc.OpenCC("s2t")
    made = ["他沈默了很久，反覆思量。", "覆盖全市的医疗网络", "", "  ，。", "瞭解到藉此机会", "體溫37.3℃，面積20㎡"]
    return _mixed_texts(seeds) + made + [s2t.convert(t) for t in made]


@pytest.mark.parametrize("opencc", [True, False])
def test_many_keys_at_once_equal_one_at_a_time(seeds, opencc: bool) -> None:
    texts = _texts(seeds)
    _fold_table()  # the table path (a small run folds the exact way first)
    assert dedup_keys(texts, opencc) == [dedup_key(t, opencc) for t in texts]


def test_many_keys_in_several_groups_and_before_the_table(seeds, monkeypatch) -> None:
    texts = _texts(seeds)
    want = [dedup_key(t) for t in texts]
    monkeypatch.setattr(keys_mod, "_GROUP_CHARS", 97)
    assert dedup_keys(texts) == want
    assert fold_many(texts) == [fold(t) for t in texts]
    _fold_table.cache_clear()
    monkeypatch.setattr(keys_mod, "_exact_chars", 0)
    try:
        assert dedup_keys(texts[:50]) == want[:50]  # below TABLE_AFTER_CHARS: the exact way
    finally:
        _fold_table()


def test_text_without_a_trigger_character_is_left_alone_by_opencc() -> None:
    """Random text over every other CJK character of the Basic Multilingual Plane: the converter
    changes none of it, so skipping it is exact; every phrase entry it rewrites holds a trigger."""
    converter, chars, phrases = _t2s()
    triggers = t2s_triggers()
    assert chars <= triggers and all(not triggers.isdisjoint(p) for p in phrases)
    assert len(triggers - chars) <= 8  # a handful of characters stand for the phrase entries
    others = [chr(c) for c in range(0x3400, 0xA000) if chr(c) not in triggers]
    rng = random.Random(5)
    rng.shuffle(others)
    for start in range(0, len(others), 400):
        text = "".join(others[start : start + 400])
        assert converter(text) == text
    # Pairs of neighbours the shuffle did not make: phrase entries are checked as text too.
    for phrase in phrases:
        assert converter(phrase) != phrase
        assert keys_mod.to_simplified("前文" + phrase + "后文") == converter("前文" + phrase + "后文")
