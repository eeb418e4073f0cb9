"""The batched computations of the near-duplicate pass give what the one-record-at-a-time ones give."""

from __future__ import annotations

import random

import numpy as np
import pytest

from cleaner.config import Config
from cleaner.dedup import minhash
from cleaner.dedup.keys import dedup_key
from cleaner.dedup.minhash import jaccard, pair_jaccards, shingle_set64, shingle_sets64
from cleaner.dedup.stage import Batch

_CJK = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你医院卫生健康服务患者诊疗"


def _keys(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        length = rng.choice([5, 6, 30, 200, 900]) if i % 7 else rng.randint(40, 400)
        alphabet = _CJK if i % 3 else "ab"  # "ab" keys repeat their shingles
        out.append("".join(rng.choice(alphabet) for _ in range(length)))
    # Astral characters, and a key whose first shingle equals the previous key's last one.
    out += ["𠀀𠀁𠀂医院门诊综合楼𠀃𠀄", "门诊综合楼", "门诊综合楼" * 3]
    return out


@pytest.mark.parametrize("n", [3, 5, 7])
@pytest.mark.parametrize("group_chars", [1 << 20, 700])
def test_shingle_sets_of_many_keys_equal_each_keys_own(n: int, group_chars: int, monkeypatch) -> None:
    monkeypatch.setattr(minhash, "_GROUP_CHARS", group_chars)  # one hash pass, or many small ones
    keys = _keys(n, 60)
    sets, offsets = shingle_sets64(keys, n)
    assert offsets.shape == (len(keys) + 1,)
    for k, key in enumerate(keys):
        assert np.array_equal(sets[offsets[k] : offsets[k + 1]], shingle_set64(key, n)), key[:20]


def test_keys_shorter_than_a_shingle_and_empty_keys_are_their_own_sets() -> None:
    keys = ["ab", "", "abcdefg", "医院"]
    sets, offsets = shingle_sets64(keys, 5)
    for k, key in enumerate(keys):
        assert np.array_equal(sets[offsets[k] : offsets[k + 1]], shingle_set64(key, 5))


def test_pair_jaccards_equal_jaccard_bit_for_bit() -> None:
    keys = _keys(11, 50)
    long = next(k for k in keys if len(k) >= 200 and len(set(k)) > 2)
    copies = len(keys)
    keys += [long[:-20], long + "另加一句", keys[5]]
    keys[3] = keys[4] = long
    sets, offsets = shingle_sets64(keys, 5)
    rng = random.Random(3)
    left = np.array([rng.randrange(len(keys)) for _ in range(300)] + [3, 4, 5, 5], dtype=np.int64)
    right = np.array([rng.randrange(len(keys)) for _ in range(300)] + [copies, copies + 1, copies + 2, 5], dtype=np.int64)
    got = pair_jaccards(sets, offsets, left, right)
    want = [jaccard(shingle_set64(keys[i], 5), shingle_set64(keys[j], 5)) for i, j in zip(left, right, strict=True)]
    assert got == want
    assert got[-1] == 1.0 and 0.8 < got[-4] < 1.0


def test_verification_in_rounds_decides_as_in_one(seed_text, monkeypatch) -> None:
    """More candidate pairs than one verification round holds: same edges and similarities."""
    import cleaner.dedup.stage as stage

    base = [dedup_key(seed_text(p)) for p in ("000", "001", "002", "003")]
    keys = []
    for k, text in enumerate(base * 6):
        # Near copies: each drops a different slice, so every pair of one family is a candidate.
        cut = 40 + 7 * k
        keys.append(text[:cut] + text[cut + 15 :])

    def decide() -> tuple[list[object], list[list[int]]]:
        batch = Batch(Config())
        for i, key in enumerate(keys):
            batch.add(key, f"r{i}", "s", len(key))
        decisions = batch.decide()
        batch.close()
        return list(decisions), batch.edges.tolist()

    whole = decide()
    monkeypatch.setattr(stage, "_VERIFY_PAIRS", 3)
    assert decide() == whole
    assert sum(d is not None and not d.kept for d in whole[0]) >= 16  # type: ignore[attr-defined]


def test_records_added_together_are_decided_as_records_added_one_by_one(seed_text, monkeypatch) -> None:
    """`add_many` (the benchmark's and the facts' path) against `add`: the same keys on disk, the same
    signed rows and the same decisions, with empty, short, repeated and near-copy keys among them,
    across several signing rounds and a second call."""
    import cleaner.dedup.stage as stage

    monkeypatch.setattr(stage, "_SIGN_BATCH", 4)
    base = [dedup_key(seed_text(p)) for p in ("000", "001", "002")]
    keys = [base[0], "", base[1], "短键", base[0], base[2][:-30], base[1] + "另加一句", "", base[2]]
    keys += _keys(4, 12)
    ids = [f"part.jsonl:{i}" for i in range(len(keys))]
    sources = [f"site{i % 3}" for i in range(len(keys))]
    dates = [None if i % 2 else f"2024-05-0{1 + i % 9}" for i in range(len(keys))]

    def run(together: bool) -> tuple[list[object], list[str], list[int], list[int], list[list[int]]]:
        batch = Batch(Config())
        if together:
            cut = 7
            batch.add_many(keys[:cut], ids[:cut], sources[:cut], list(map(len, keys[:cut])), dates[:cut])
            batch.add_many([], [], [], [])
            batch.add_many(keys[cut:], ids[cut:], sources[cut:], list(map(len, keys[cut:])), dates[cut:])
        else:
            for key, rid, src, date in zip(keys, ids, sources, dates, strict=True):
                batch.add(key, rid, src, len(key), date)
        decisions = batch.decide()
        rows = [batch.signature(i).tolist()[:4] for i in range(len(keys)) if batch.sig_row[i] >= 0]
        out = (list(decisions), [batch.key(i) for i in range(len(keys))], list(batch.key_hashes),
               [r[0] for r in rows], batch.edges.tolist())
        batch.close()
        return out

    together = run(True)
    assert together == run(False)
    assert together[1] == keys
    assert sum(d is not None and not d.kept for d in together[0]) >= 2  # type: ignore[attr-defined]
