"""Memory per record of the corpus passes: what a batch of a million records would need.

The passes must see every record before they decide, so what they keep per record decides
whether a large batch fits in memory at all. These tests feed the two passes records as their
compact facts (no per-document chain, so they run in a second or two), measure the Python heap
with tracemalloc (not wall time, not RSS: both depend on the machine) at two batch sizes, and
bound the growth per added record: both the state held after `prepare` and the peak while
observing and deciding. Kept as Python objects (a str per id, a list of ints per line, every
signature in memory), the same batch costs several times these bounds.
"""

from __future__ import annotations

import gc
import os
import random
import traceback
import tracemalloc
from collections.abc import Callable, Mapping, Set

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import store
from cleaner.config import Config
from cleaner.dedup import stage as neardup_stage
from cleaner.dedup.stage import NearDuplicates
from cleaner.filters import templates
from cleaner.filters.templates import CorpusTemplates, DocFacts
from cleaner.stage import CorpusStage

# Lines per record and records per size: about the shape of a news article after cleaning.
LINES = 25
SMALL, LARGE = 1500, 4500
SITES = 20

# Bytes per added record, bounds with room above what the passes need today (measured: about
# 100 held and 150 at the peak for templates, 110 and 92 for neardup, in bytes per record; the
# neardup peak was 143 with every LSH band's bucket keys in memory at once).
TEMPLATES_HELD, TEMPLATES_PEAK = 200, 450
NEARDUP_HELD, NEARDUP_PEAK = 250, 125
# Held once every record is edited, without an index (measured: under 1; 97 when the pass kept
# its per-record and per-line state until the end of the run).
TEMPLATES_DONE = 20


def _facts(n: int, seed: int = 5) -> list[DocFacts]:
    """n records: site furniture shared by many, one in ten a copy of an earlier record, one in
    ten a part of a roundup (a parent id of its own), ids shaped like JSONL line ids."""
    rng = random.Random(seed)
    furniture = [[rng.getrandbits(63) for _ in range(4)] for _ in range(SITES)]
    out: list[DocFacts] = []
    for i in range(n):
        site = i % SITES
        if out and i % 10 == 3:
            body = list(out[rng.randrange(len(out))][3][4:])
        else:
            body = [rng.getrandbits(63) for _ in range(LINES - 4)]
        fps = furniture[site] + body
        sfps = [(f * 31 + site) & ((1 << 63) - 1) for f in fps]
        lens = [12 if k < 4 else 60 + (f % 200) for k, f in enumerate(fps)]
        doc_id = f"crawl/shard-{i // 1000:03d}.jsonl:{i}"
        parent = f"crawl/shard-{i // 1000:03d}.jsonl:{i - 1}" if i % 10 == 7 else doc_id
        out.append((doc_id, parent, f"site{site}.example", fps, sfps, lens))
    return out


def _measure(work: Callable[[], CorpusStage]) -> tuple[int, int]:
    """(bytes held when `work` returns, with the pass it returned alive; peak bytes while it ran)."""
    # Garbage left by earlier tests (or by the run, in reference cycles) is collected at both
    # readings, so that when the collector happens to run does not count as held memory.
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        stage = work()
        peak = tracemalloc.get_traced_memory()[1]
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    stage.close()
    return held - base, peak - base


@pytest.fixture(autouse=True)
def small_buffers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Buffers, chunks and sort parts of a fixed size are small here, so that these batches
    span many of them, as a million records would: what grows with the batch is then what the
    passes keep per record."""
    monkeypatch.setattr(store, "CHUNK_BYTES", 64 << 10)
    monkeypatch.setattr(templates, "_FLUSH_LINES", 4096)
    monkeypatch.setattr(templates, "PART_LINES", 20_000)
    monkeypatch.setattr(templates, "_PAIR_SLICE", 4096)
    monkeypatch.setattr(templates, "PAIR_PART_ROWS", 20_000)
    # Records are signed, and candidate pairs verified, a fixed number at a time.
    monkeypatch.setattr(neardup_stage, "_SIGN_BATCH", 256)
    monkeypatch.setattr(neardup_stage, "_VERIFY_PAIRS", 32)


def _per_record(run: Callable[[int], Callable[[], CorpusStage]]) -> tuple[float, float]:
    """(held, peak) bytes per added record between batches of SMALL and LARGE records.

    Measured in a forked child: tracemalloc counts the allocations of every thread, and threads
    that earlier tests leave winding down in this process (a Dask cluster's IO loops) allocate
    now and then, which once read as 75 bytes per record more. A child has this thread alone."""
    if not hasattr(os, "fork"):
        return _per_record_here(run)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: measure, report, and leave without running any clean-up of the parent's
        status = 0
        try:
            os.close(read_end)
            try:
                held, peak = _per_record_here(run)
                message = f"ok {held!r} {peak!r}"
            except BaseException as e:  # an assertion inside a run: the parent raises it
                message = "error " + "".join(traceback.format_exception(e))
            with os.fdopen(write_end, "w", encoding="utf-8") as out:
                out.write(message)
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, encoding="utf-8") as inp:
        message = inp.read()
    os.waitpid(pid, 0)
    kind, _, rest = message.partition(" ")
    if kind != "ok":
        raise AssertionError(f"the measuring child failed:\n{rest or '(no report)'}")
    held, peak = rest.split()
    return float(held), float(peak)


def _per_record_here(run: Callable[[int], Callable[[], CorpusStage]]) -> tuple[float, float]:
    # A small batch first: what is allocated once (imports, caches) is not counted per record.
    _measure(run(200))
    held_s, peak_s = _measure(run(SMALL))
    held_l, peak_l = _measure(run(LARGE))
    return (held_l - held_s) / (LARGE - SMALL), (peak_l - peak_s) / (LARGE - SMALL)


def _templates_run(
    make_facts: Callable[[int], list[DocFacts]], after: Callable[[CorpusStage, int], None] | None = None
) -> Callable[[int], Callable[[], CorpusStage]]:
    """For `_per_record`: the templates pass fed the facts of n records (256 at a time, as the
    runner feeds batches) and prepared, then `after` (checks, or the edits of every record)."""

    def run(n: int) -> Callable[[], CorpusStage]:
        facts = make_facts(n)

        def work() -> CorpusStage:
            stage = CorpusTemplates(Config())
            for k in range(0, n, 256):
                stage.observe_facts(facts[k : k + 256])
            stage.prepare()
            if after is not None:
                after(stage, n)
            return stage

        return work

    return run


def test_template_pass_memory_per_record_stays_bounded() -> None:
    held, peak = _per_record(_templates_run(_facts))
    assert held < TEMPLATES_HELD, f"templates keep {held:.0f} bytes per record after prepare"
    assert peak < TEMPLATES_PEAK, f"templates peak at {peak:.0f} bytes per record"


def test_template_pass_lets_go_of_its_state_once_every_record_is_edited() -> None:
    """The near-duplicate pass decides after the templates pass has edited every record: what the
    templates pass still holds then adds to that peak, so only the summary's lines stay."""

    def edit_every_record(stage: CorpusStage, n: int) -> None:
        assert isinstance(stage, CorpusTemplates)
        for k in range(0, n, 64):
            count = min(64, n - k)
            view = stage.view(k, count)
            assert view.site, "every record in range has its site"
            stage.merge_run(count, [], [])
        assert stage.summary() == {"templates": []}

    held, _ = _per_record(_templates_run(_facts, edit_every_record))
    assert held < TEMPLATES_DONE, f"templates keep {held:.0f} bytes per record after editing every record"


# Peak bytes per added record while the families are found in a batch whose records share
# long paragraphs with about ten others each (measured: about 340). A dict entry per pair of
# records sharing a paragraph cost about 2,900 here. Held after prepare: about 120 (275 with
# the holders of shared paragraphs as a dict of lists and the shared counts as a dict).
TEMPLATES_SHARING_PEAK, TEMPLATES_SHARING_HELD = 1000, 180
# The same when records share ten paragraphs with about thirty others each: about 300 pairs of
# records per record. Measured: 880 at the peak, 290 held; 6,260 and 940 with the pairs summed
# in memory and the holders as a dict of lists.
TEMPLATES_MANY_PEAK, TEMPLATES_MANY_HELD = 1500, 450


def _sharing_facts(n: int, seed: int = 11, own: int = 20, pooled: int = 2, pool_share: int = 5) -> list[DocFacts]:
    """n records of `own` paragraphs of their own and `pooled` long ones from a pool of
    n / `pool_share`: each pooled paragraph is held by about `pooled * pool_share` records, as
    quotes, notices and reposted passages are (by default about ten)."""
    rng = random.Random(seed)
    pool = [rng.getrandbits(63) for _ in range(max(1, n // pool_share))]
    out: list[DocFacts] = []
    for i in range(n):
        fps = [rng.getrandbits(63) for _ in range(own)] + rng.sample(pool, pooled)
        sfps = [(f * 31 + i % SITES) & ((1 << 63) - 1) for f in fps]
        lens = [60 + (f % 200) for f in fps]
        doc_id = f"crawl/shard-{i // 1000:03d}.jsonl:{i}"
        out.append((doc_id, doc_id, f"site{i % SITES}.example", fps, sfps, lens))
    return out


def _many_sharing_facts(n: int) -> list[DocFacts]:
    """n records of 10 paragraphs of their own and 10 long ones from a pool of n / 3: each pooled
    paragraph is held by about thirty records, so the pairs of records sharing one grow with n."""
    return _sharing_facts(n, seed=13, own=10, pooled=10, pool_share=3)


def test_template_pass_memory_stays_bounded_when_records_share_many_paragraphs() -> None:
    def shared(stage: CorpusStage, n: int) -> None:
        assert isinstance(stage, CorpusTemplates)
        assert len(stage._holders) > n // 4, "the pooled paragraphs are shared"

    held, peak = _per_record(_templates_run(_many_sharing_facts, shared))
    assert held < TEMPLATES_MANY_HELD, f"templates keep {held:.0f} bytes per record when records share many paragraphs"
    assert peak < TEMPLATES_MANY_PEAK, f"templates peak at {peak:.0f} bytes per record when records share many paragraphs"


def test_template_pass_memory_stays_bounded_when_records_share_paragraphs() -> None:
    def shared(stage: CorpusStage, n: int) -> None:
        assert isinstance(stage, CorpusTemplates)
        assert stage._shared, "the pooled paragraphs are shared"

    held, peak = _per_record(_templates_run(_sharing_facts, shared))
    assert held < TEMPLATES_SHARING_HELD, f"templates keep {held:.0f} bytes per record when records share paragraphs"
    assert peak < TEMPLATES_SHARING_PEAK, f"templates peak at {peak:.0f} bytes per record when records share paragraphs"


def test_template_decisions_do_not_depend_on_how_many_parts_prepare_sorts(monkeypatch: pytest.MonkeyPatch) -> None:
    facts = _facts(3000)

    def decide(part_lines: int) -> tuple[list[str], dict[int, int], Set[int], Mapping[int, int], Mapping[int, list[int]]]:
        monkeypatch.setattr(templates, "PART_LINES", part_lines)
        stage = CorpusTemplates(Config())
        stage.observe_facts(facts)
        stage.prepare()
        try:
            return list(stage._family), stage._template, stage._multi, stage._shared, stage._holders
        finally:
            stage.close()

    whole = decide(10**9)
    assert whole[1], "the furniture lines are template text"
    assert len(set(whole[0])) < 3000, "copies and roundup parts join families"
    assert decide(7_000) == whole
    # Pairs of records summed in parts too (split by pair), as a large batch's are.
    monkeypatch.setattr(templates, "PAIR_PART_ROWS", 50)
    assert decide(7_000) == whole


def test_near_duplicate_pass_memory_per_record_stays_bounded() -> None:
    rng = random.Random(3)
    words = [chr(0x4E00 + k) for k in range(3000)]

    def run(n: int) -> Callable[[], CorpusStage]:
        texts: list[str] = []
        for i in range(n):
            # Copies are few: the shingle sets of compared pairs are cached (a fixed number of them).
            if texts and i % 40 == 3:
                t = texts[rng.randrange(len(texts))]
                texts.append(t[:-20] + "".join(rng.choices(words, k=20)))
            else:
                texts.append("".join(rng.choices(words, k=300)))

        def work() -> CorpusStage:
            stage = NearDuplicates(Config())
            for i, t in enumerate(texts):
                stage.batch.add(t, f"crawl/shard-{i // 1000:03d}.jsonl:{i}", f"crawl/shard-{i // 1000:03d}.jsonl:{i}",
                                len(t), "2024-05-01" if i % 2 else None)
            stage.prepare()
            assert stage.batch.stats["duplicates"] > 0
            return stage

        return work

    held, peak = _per_record(run)
    assert held < NEARDUP_HELD, f"neardup keeps {held:.0f} bytes per record after deciding"
    assert peak < NEARDUP_PEAK, f"neardup peaks at {peak:.0f} bytes per record"


@given(st.lists(st.text(alphabet=st.sampled_from("ab/:#中\udc80"), max_size=12), max_size=40), st.integers(1, 4),
       st.integers(0, 40), st.integers(0, 40))
def test_strings_give_back_every_string_whatever_its_heads(items: list[str], max_heads: int, one: int, more: int) -> None:
    original = store.MAX_HEADS
    store.MAX_HEADS = max_heads  # a fixture would not be reset between hypothesis examples
    try:
        # Made, appended to one by one, and extended: the three ways strings are added.
        kept = store.Strings(items[:one])
        for item in items[one:more]:
            kept.append(item)
        kept.extend(items[max(one, more):])
    finally:
        store.MAX_HEADS = original
    assert list(kept) == items
    assert [kept[i] for i in range(-len(items), 0)] == items
    assert kept[1:-1] == items[1:-1]


def test_record_ids_of_one_file_cost_their_line_numbers_and_a_few_bytes() -> None:
    """The ids of a million JSONL lines are held by both corpus passes: the file's path once, not
    once per record (measured: about 18 bytes an id; 61 with the path in every id)."""
    path = "crawl/2024-05/site.example/part-00017.jsonl"
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        ids = store.Strings(f"{path}:{i}" for i in range(1, 50_001))
        held = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    assert ids[12_344] == f"{path}:12345"
    assert held / 50_000 < 20, f"{held / 50_000:.0f} bytes per id"
