"""The near-repeat index built in one numpy pass finds what the per-group Python sets find.

`_near_indexes` works out, for all of a document's keys at once, which keys can have a near
match and their prefixes; `_NearIndex.from_grams` does the same with a Python set per key. These
tests draw paragraphs that share words (so grams are shared between keys), near copies with a
few characters changed around the threshold, and roundup-like groups, and check that both give
the same prefixes, that the search finds exactly the pairs a brute-force Jaccard finds, and that
the stage decides the same either way.
"""

from __future__ import annotations

import random
import subprocess
import sys

import numpy  # noqa: F401  (loaded, as in a corpus run: documents of any length take the numpy pass)
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.config import Config
from cleaner.filters import repeats as repeats_module
from cleaner.filters.repeats import (
    NUMPY_MIN_KEYS,
    Repeats,
    _gram_keys,
    _near_indexes,
    _NearIndex,
    _python_indexes,
    jaccard,
    ngrams,
)
from cleaner.model import Document, replay
from cleaner.textview import Paragraph

WORDS = [
    "医院",
    "党建",
    "工作",
    "开展",
    "义诊",
    "社区",
    "服务",
    "群众",
    "健康",
    "活动",
    "专家",
    "门诊",
    "培训",
    "护理",
]
FILLER = ["，", "。", "、", "1", "2", "a", "的", "在", "为"]
MASK = (1 << 21) - 1


def _gram_of(token: object) -> object:
    """A prefix entry as a gram string (the one-pass index keeps packed ids)."""
    if isinstance(token, int):
        return "".join(chr(c) for c in (token >> 42, (token >> 21) & MASK, token & MASK) if c)
    return token


def _paragraph(rng: random.Random, unique: bool = False) -> str:
    """Words of a small vocabulary (grams shared everywhere), or, `unique`, characters drawn from
    two thousand (an ordinary article, where most paragraphs share few grams)."""
    if unique:
        return "".join(
            chr(0x4E00 + rng.randrange(2000)) if rng.random() < 0.9 else rng.choice(FILLER)
            for _ in range(rng.randint(8, 40))
        )
    return "".join(
        rng.choice(WORDS) if rng.random() < 0.8 else rng.choice(FILLER) for _ in range(rng.randint(4, 16))
    )


def _near_copy(rng: random.Random, text: str) -> str:
    """`text` with one to three characters substituted, inserted or deleted."""
    chars = list(text)
    for _ in range(rng.randint(1, 3)):
        k = rng.randrange(len(chars))
        op = rng.random()
        if op < 0.4:
            chars[k] = rng.choice(WORDS + FILLER)[0]
        elif op < 0.7:
            chars.insert(k, rng.choice("xyz院建"))
        elif len(chars) > 4:
            del chars[k]
    return "".join(chars)


def _groups(seed: int) -> list[list[str]]:
    """One to three groups of distinct keys: fresh paragraphs, near copies, copies of another group's."""
    rng = random.Random(seed)
    unique = rng.random() < 0.5
    groups: list[list[str]] = []
    pool: list[str] = []
    for _ in range(rng.randint(1, 3)):
        keys: list[str] = []
        for _ in range(rng.randint(3, 12)):
            r = rng.random()
            if pool and r < 0.3:
                keys.append(_near_copy(rng, rng.choice(pool)))
            elif pool and r < 0.4:
                keys.append(rng.choice(pool))
            else:
                keys.append(_paragraph(rng, unique))
            pool.append(keys[-1])
        groups.append(list(dict.fromkeys(keys)))
    return groups


@settings(max_examples=300, deadline=None, derandomize=True)
@given(seed=st.integers(0, 2**32 - 1), threshold=st.sampled_from([0.5, 0.7, 0.8, 0.85, 0.9, 1.0]))
def test_property_one_pass_index_has_the_python_prefixes_and_finds_every_near_key(
    seed: int, threshold: float
) -> None:
    groups = _groups(seed)
    flat = iter(_gram_keys([k for keys in groups for k in keys]))
    gram_key_of = [{k: next(flat) for k in keys} for keys in groups]
    fast = _near_indexes(threshold, groups)
    slow = [_NearIndex.from_grams(threshold, {k: ngrams(gk) for k, gk in g.items()}) for g in gram_key_of]
    for f, s, g in zip(fast, slow, gram_key_of, strict=True):
        assert {
            k: None if p is None else [_gram_of(x) for x in p] for k, p in f.prefix_of.items()
        } == s.prefix_of
        # Brute force: each key against every earlier key of its group, in order.
        keys = list(g)
        for i, key in enumerate(keys):
            p = Paragraph(i, 0, key, key)
            mine = ngrams(g[key])
            expected = sorted(
                ((j, jaccard(mine, ngrams(g[q]))) for j, q in enumerate(keys[:i])),
                key=lambda js: (-js[1], js[0]),
            )
            expected = [(j, sim) for j, sim in expected if mine and sim >= threshold]
            found = [(q.line, sim) for q, sim in f.matches(p)] if f.prefix_of[key] is not None else []
            assert found == expected
            if f.prefix_of[key] is not None:
                f.add(p)


def test_buckets_shared_by_chance_only_leave_more_keys_to_the_exact_count(monkeypatch: pytest.MonkeyPatch) -> None:
    # Eight buckets: nearly every bucket holds grams of several keys, so the proof that a key has
    # no prefix rarely holds, and the sort decides; the prefixes are the same.
    monkeypatch.setattr(repeats_module, "BUCKET_BITS_MAX", 3)
    for seed in range(60):
        groups = _groups(seed)
        fast = _near_indexes(0.8, groups)
        slow = _python_indexes(0.8, groups)
        for f, s in zip(fast, slow, strict=True):
            assert {k: None if p is None else [_gram_of(x) for x in p] for k, p in f.prefix_of.items()} == s.prefix_of


def test_one_pass_index_is_taken_and_falls_back_where_its_windows_cannot_see_a_gram() -> None:
    keys = [f"医院开展第{n}次义诊活动服务社区群众" for n in "一二三四五六七八"]
    keys.append("医院开展第一次义诊活动服务社区群众a")  # a near copy of the first
    assert len(keys) >= NUMPY_MIN_KEYS
    (index,) = _near_indexes(0.8, [keys])
    # Packed ids: the one-pass path; the near copy and the line it copies have prefixes.
    assert index.prefix_of[keys[0]] is not None and index.prefix_of[keys[-1]] is not None
    assert all(isinstance(x, int) for p in index.prefix_of.values() if p for x in p)
    # A gram key shorter than a gram ("ab") is its own only gram: the Python sets take the document.
    (index,) = _near_indexes(0.8, [[*keys, "ab,,,,,,"]])
    assert all(isinstance(x, str) for p in index.prefix_of.values() if p for x in p)
    # The same prefixes as the Python sets.
    (slow,) = _python_indexes(0.8, [keys])
    (fast,) = _near_indexes(0.8, [keys])
    assert {k: None if p is None else [_gram_of(x) for x in p] for k, p in fast.prefix_of.items()} == slow.prefix_of
    # Unique lines have no prefix, with or without a NUL in them (a character like any other).
    rng = random.Random(7)
    unique = [_paragraph(rng, unique=True) for _ in range(12)]
    unique[3] = unique[3][:5] + "\0" + unique[3][5:]
    (index,) = _near_indexes(0.8, [unique])
    assert set(index.prefix_of.values()) == {None}
    (slow,) = _python_indexes(0.8, [unique])
    assert set(slow.prefix_of.values()) == {None}


def _document(seed: int) -> str:
    """An article of drawn paragraphs with exact and near copies, and sometimes sections."""
    rng = random.Random(seed)
    lines: list[str] = []
    for _ in range(rng.randint(6, 30)):
        r = rng.random()
        if lines and r < 0.15:
            lines.append(rng.choice(lines))
        elif lines and r < 0.35:
            lines.append(_near_copy(rng, rng.choice(lines)))
        else:
            lines.append(_paragraph(rng, unique=seed % 2 == 0) + "。")
    return "\n".join(lines)


@pytest.mark.parametrize("sections", [False, True])
def test_stage_decides_the_same_with_the_one_pass_index_and_with_python_sets(
    sections: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    def spans(text: str) -> list[tuple[int, int]] | None:
        # Three sections over the middle of the text, as a roundup finder would give them.
        if not sections:
            return None
        n = len(text)
        return [(n // 8, n // 3), (n // 3, 2 * n // 3), (2 * n // 3, n - n // 8)]

    def run(text: str) -> tuple[str, list[dict[str, object]], list[object]]:
        stage = Repeats(Config())
        stage.section_spans = spans
        doc = Document(id="t", source="t", original=text)
        out = stage.run(doc)
        assert replay(doc.original, doc.changes) == doc.text
        return (out[0].text if out else "", [c.to_dict() for c in doc.changes], list(doc.notes))

    texts = [_document(seed) for seed in range(150)]
    fast = [run(t) for t in texts]
    # Groups indexed a few at a time (as in a huge roundup) decide the same as all at once.
    monkeypatch.setattr(repeats_module, "NEAR_BATCH_CHARS", 40)
    assert [run(t) for t in texts] == fast
    monkeypatch.setattr(repeats_module, "NUMPY_MIN_KEYS", 10**9)
    slow = [run(t) for t in texts]
    assert fast == slow
    # The drawn documents do exercise the search: near copies are removed in some.
    assert any(c["rule"] == "repeat_near" for _, changes, _ in fast for c in changes)


def test_a_short_article_is_cleaned_without_importing_numpy() -> None:
    # A run that cleans a few short files does not pay numpy's import for the repeat search.
    code = (
        "import sys\n"
        "from cleaner.config import Config\n"
        "from cleaner.filters.repeats import Repeats\n"
        "from cleaner.model import Document\n"
        "lines = [f'第{n}段，医院开展义诊活动，服务社区群众{n}人。' for n in range(12)]\n"
        "lines.append(lines[3] + 'a')\n"
        "doc = Document(id='a', source='a', original='\\n'.join(lines))\n"
        "(doc,) = Repeats(Config()).run(doc)\n"
        "print([c.rule for c in doc.changes], 'numpy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['repeat_near'] False"
