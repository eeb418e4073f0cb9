"""Signatures are bit-identical to datasketch's MinHash built shingle by shingle; keys fold what they promise."""

from __future__ import annotations

import random

import numpy as np
import pytest
from datasketch import LeanMinHash, MinHash, MinHashLSH

from cleaner.config import Config
from cleaner.dedup.keys import SHORT_KEY_CHARS, dedup_key, is_short
from cleaner.dedup.lsh import LSH_WEIGHTS, band_keys, candidate_pairs, describe_lsh, lsh_params
from cleaner.dedup.minhash import (
    SEED,
    Signer,
    estimate,
    jaccard,
    shingle_hash32,
    shingle_hashes32,
    shingle_set64,
    shingles,
)

_CJK = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你医院卫生健康服务患者诊疗"


def _generated_keys(seed_texts: list[str], count: int) -> list[str]:
    """Varied records: empty to very long, CJK, ASCII, mixed, astral-plane characters, seed slices."""
    rng = random.Random(20240505)
    pool = "".join(seed_texts)
    keys: list[str] = []
    for i in range(count):
        kind = i % 6
        length = rng.choice([0, 1, 2, 4, 5, 6, 9, 30, 200, 1000, 5000, 12000]) if i % 10 == 0 else rng.randint(1, 800)
        if kind == 0:
            start = rng.randrange(max(1, len(pool) - length))
            keys.append(pool[start : start + length])
        elif kind == 1:
            keys.append("".join(rng.choice(_CJK) for _ in range(length)))
        elif kind == 2:
            keys.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(length)))
        elif kind == 3:
            keys.append("".join(rng.choice(_CJK + "abcXYZ789") for _ in range(length)))
        elif kind == 4:
            keys.append("".join(chr(rng.choice([0x20000, 0x2A6D6, 0x1F600, 0x10FFFD, 0xFFFF])) for _ in range(length % 40)))
        else:
            keys.append("aaaa" * (length // 4))
    return [dedup_key(k) if i % 2 else k for i, k in enumerate(keys)]


def test_signatures_are_bit_identical_to_datasketch_on_1000_records(seeds) -> None:
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    keys = _generated_keys(texts, 1000)
    assert min(map(len, keys)) == 0 and max(map(len, keys)) >= 5000
    signer = Signer(num_perm=128, seed=SEED, ngram=5)
    ours = signer.signatures(keys)
    assert ours.dtype == np.uint32 and ours.shape == (1000, 128)
    for key, sig in zip(keys, ours, strict=True):
        ref = MinHash(num_perm=128, seed=SEED, hashfunc=shingle_hash32, scheme="affine32")
        for s in shingles(key, 5):
            ref.update(s)
        assert np.array_equal(sig, ref.hashvalues), key[:40]


@pytest.mark.parametrize(("num_perm", "ngram"), [(64, 3), (256, 7)])
def test_identity_holds_for_other_parameters(seed_text, num_perm: int, ngram: int) -> None:
    keys = [dedup_key(seed_text("002"))[:3000], "a", "abc", dedup_key(seed_text("000"))]
    signer = Signer(num_perm=num_perm, ngram=ngram)
    for key, sig in zip(keys, signer.signatures(keys), strict=True):
        assert np.array_equal(sig, signer.minhash_slow(key).hashvalues)


def test_signatures_across_chunks_and_of_repeated_keys_equal_one_key_at_a_time() -> None:
    """Runs of many keys fill several permutation chunks (with the windows between keys skipped),
    one key is longer than a chunk, and a reposted key is signed once: every row is still the
    signature of its own key alone."""
    from cleaner.dedup import minhash

    rng = random.Random(7)
    keys = ["".join(rng.choice(_CJK) for _ in range(rng.choice([3, 5, 6, 40, 700, 2500]))) for _ in range(60)]
    keys.insert(17, "".join(rng.choice(_CJK) for _ in range(minhash._CHUNK_ROWS + 1000)))
    keys += [keys[3], "", keys[40], keys[17], "短"]
    signer = Signer(num_perm=16, ngram=5)
    together = signer.signatures(keys)
    for key, sig in zip(keys, together, strict=True):
        assert np.array_equal(sig, signer.minhash_slow(key).hashvalues), key[:20]
    assert np.array_equal(together[-2], together[17])


def test_vectorised_shingle_hashes_match_the_python_hash_function() -> None:
    key = "医院门诊综合楼ABC𠀀通过高频次"
    assert list(shingle_hashes32(key, 5)) == [shingle_hash32(s) for s in shingles(key, 5)]
    assert list(shingle_hashes32("ab", 5)) == [shingle_hash32("ab")]
    assert shingle_hashes32("", 5).size == 0


def test_lean_minhash_round_trip_and_datasketch_jaccard(seed_text) -> None:
    signer = Signer()
    a, b = dedup_key(seed_text("001")), dedup_key(seed_text("001"))[:-200]
    sa, sb = signer.signatures([a, b])
    lean = signer.lean(sa)
    assert isinstance(lean, LeanMinHash) and lean.scheme == "affine32" and lean.seed == SEED
    assert np.array_equal(lean.hashvalues, sa)
    assert lean.jaccard(signer.lean(sb)) == estimate(sa, sb)
    buf = bytearray(lean.bytesize())
    lean.serialize(buf)
    assert np.array_equal(LeanMinHash.deserialize(buf).hashvalues, sa)


def test_exact_jaccard_of_shingle_sets() -> None:
    a = shingle_set64("abcdefgh", 3)  # abc bcd cde def efg fgh
    b = shingle_set64("abcdefxy", 3)  # abc bcd cde def efx fxy
    assert jaccard(a, b) == pytest.approx(4 / 8)
    assert jaccard(a, a) == 1.0


def test_keys_fold_width_punctuation_whitespace_and_script() -> None:
    simplified = "医院门诊综合楼，（ＡＢＣ）开诊。\n通过高频次 服务"
    traditional = "醫院門診綜合樓,(ABC)開診.通過高頻次服務"
    assert dedup_key(simplified) == dedup_key(traditional) == "医院门诊综合楼ABC开诊通过高频次服务"
    assert dedup_key(traditional, opencc=False) != dedup_key(simplified, opencc=False)
    assert is_short("短讯") and not is_short("长" * SHORT_KEY_CHARS)


def test_lsh_params_are_datasketchs_and_candidates_share_a_band() -> None:
    b, r = lsh_params(0.8, 128)
    lsh = MinHashLSH(threshold=0.8, num_perm=128, weights=LSH_WEIGHTS)
    assert (b, r) == (lsh.b, lsh.r) == (14, 9)
    assert lsh_params(0.5, 64) == (MinHashLSH(threshold=0.5, num_perm=64, weights=LSH_WEIGHTS).b,
                                   MinHashLSH(threshold=0.5, num_perm=64, weights=LSH_WEIGHTS).r)
    assert f"{b} bands x {r} rows" in describe_lsh(Config())
    signer = Signer()
    base = "".join(_CJK[(i * 7) % len(_CJK)] + _CJK[(i * 3) % len(_CJK)] for i in range(300))
    keys = [base, base[:-10] + "新增内容一二三", "完全不同的一篇文章" * 30]
    pairs = candidate_pairs(band_keys(signer.signatures(keys), b, r))
    assert pairs.tolist() == [[0, 1]]


def test_opencc_shortcut_agrees_with_opencc(seeds) -> None:
    import opencc
    from opencc.opencc import OpenCC as PythonOpenCC  # the pure-Python converter, the reference

    from cleaner.dedup.keys import to_simplified

    t2s, s2t = PythonOpenCC("t2s"), opencc.OpenCC("s2t")
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    samples = texts + [s2t.convert(t) for t in texts] + ["他沈默了很久，反覆思量", "覆盖全市的医疗网络", "什么时候开诊"]
    for text in samples:
        assert to_simplified(text) == t2s.convert(text)
    assert to_simplified("他沈默了很久") == "他沉默了很久"


def test_lsh_optimiser_without_scipy_picks_datasketchs_bands_and_rows() -> None:
    from datasketch.lsh import _optimal_param

    from cleaner.dedup.lsh import optimal_param

    # datasketch's scipy search is slow (seconds per size): a spread of thresholds at 64, the defaults at 128.
    cases = [(64, t, w) for t in (0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95) for w in (LSH_WEIGHTS, (0.5, 0.5))]
    cases += [(128, 0.8, LSH_WEIGHTS), (128, 0.7, (0.5, 0.5)), (128, 0.85, LSH_WEIGHTS), (16, 0.5, LSH_WEIGHTS)]
    for num_perm, threshold, weights in cases:
        if True:
                assert optimal_param(threshold, num_perm, *weights) == _optimal_param(threshold, num_perm, *weights), (
                    threshold, num_perm, weights)


def test_clusters_without_scipy_equal_scipys_connected_components() -> None:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    from cleaner.dedup.lsh import clusters

    rng = np.random.default_rng(7)
    for n, e in ((1, 0), (2, 1), (10, 3), (200, 150), (1000, 900), (5000, 200), (3000, 6000)):
        edges = rng.integers(0, n, size=(e, 2))
        edges = np.sort(edges, axis=1)
        # A long chain too: the worst case for label propagation.
        chain = np.stack([np.arange(0, n - 1), np.arange(1, n)], axis=1)[::-1] if n > 1 and e % 2 else edges[:0]
        edges = np.concatenate([edges, chain])
        got = clusters(n, edges)
        if edges.size == 0:
            want = np.arange(n)
        else:
            graph = coo_matrix((np.ones(len(edges), dtype=np.int8), (edges[:, 0], edges[:, 1])), shape=(n, n))
            want = connected_components(graph, directed=False)[1]
        assert got.tolist() == want.tolist()


def test_signing_draws_datasketchs_permutations_without_importing_it() -> None:
    from cleaner.dedup.minhash import affine32_permutations

    for num_perm, seed in ((128, SEED), (64, 42), (256, 7)):
        a, b = affine32_permutations(num_perm, seed)
        want = MinHash(num_perm=num_perm, seed=seed, scheme="affine32").permutations
        assert a.tolist() == [int(x) for x in want[0]] and b.tolist() == [int(x) for x in want[1]]
    import subprocess
    import sys

    code = "import sys, cleaner.cli, cleaner.dedup.stage; print(sorted(m for m in ('datasketch', 'scipy', 'redis') if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"


def _mixed_texts(seeds) -> list[str]:
    """Seed articles, in traditional script too, and random runs over the Basic Multilingual Plane and beyond."""
    import opencc

    texts = [p.read_text(encoding="utf-8") for p in seeds]
    s2t = opencc.OpenCC("s2t")
    rng = random.Random(11)
    planes = [(0x09, 0x3100), (0x09, 0xD7FF), (0xE000, 0xFFFF), (0x09, 0x2FFFF)]
    noise = ["".join(chr(rng.randrange(*planes[i % 4])) for _ in range(rng.randint(0, 60))) for i in range(4000)]
    specials = ["ｶﾞｷﾞ", "e\u0301", "，\u0301", "＜\u0338", "™ ⑴ ① Ｃ４ ㈠", "가\u1161", "\ud800 lone", "A\u030a\u0323"]
    return texts + [s2t.convert(t) for t in texts] + noise + specials


def test_fast_fold_equals_nfkc_then_drop(seeds) -> None:
    import unicodedata

    from cleaner.dedup.keys import _DROP, _fold_table, fold, second_halves

    _fold_table()  # the table path, not the exact path a small run starts with
    for text in _mixed_texts(seeds):
        assert fold(text) == _DROP.sub("", unicodedata.normalize("NFKC", text)), repr(text[:80])
    # Composites outside the Basic Multilingual Plane merge no character inside it.
    assert {c for c in second_halves(0x110000) if ord(c) < 0x10000} == second_halves()


def test_compiled_opencc_gives_the_pure_python_keys(seeds) -> None:
    import os

    import opencc

    from cleaner.dedup.keys import _compiled_t2s, _fold_table, _python_t2s, dedup_key, fold

    _fold_table()
    compiled = _compiled_t2s(os.path.join(os.path.dirname(opencc.__file__), "dictionary"))
    if compiled is None:
        pytest.skip("the opencc wheel (OpenCC's compiled engine) is not installed")
    python = _python_t2s()
    texts = _mixed_texts(seeds)[:40] + ["他沈默了很久，反覆思量", "昇拚煇逕", "覆盖全市的醫療網絡"]
    for text in texts:
        assert compiled(text) == python(text)
        assert dedup_key(text) == python(fold(text))
