"""--jobs N with file outputs: the workers encode the output lines and the parent appends them.

When every sink of a run takes encoded lines (JSONL records, dups and review files), the workers
apply the last corpus pass and turn each document into the bytes of its record or dups line and
its review line; the parent writes them in order. These tests check that this path is the one
taken, that its bytes are those of --jobs 1 (split roundups' `parent` lines of the review file
included), and that a run with a sink that takes documents only still gets documents.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from cleaner import api
from cleaner.config import Config
from cleaner.io.write import DupSink, LineEncoder, RecordSink, line_encoder
from cleaner.report.review import ReviewWriter
from tests.test_jobs import corpus


def _with_roundups(tmp_path: Path, seed_text: Any) -> Path:
    """The corpus of test_jobs plus a roundup (split per institution) in two places: the copy's
    records are near-duplicates of the first's."""
    src = corpus(tmp_path, 20)
    (src / "roundups").mkdir()
    text = seed_text("002_")
    (src / "roundups" / "a.txt").write_text(text, encoding="utf-8")
    (src / "roundups" / "b.txt").write_text(text, encoding="utf-8")
    return src


def _run(src: Path, out: Path, jobs: int) -> api.Summary:
    out.mkdir()
    records = RecordSink(str(out / "clean.jsonl"))
    dups = DupSink(str(out / "clean.dups.jsonl"), always=True)
    review = ReviewWriter(out / "clean.review.jsonl.gz")
    review.write_run({"inputs": ["corpus"]})

    def done(summary: api.Summary) -> None:
        review.write_summary(summary.to_dict())
        for sink in (review, records, dups):
            sink.commit()

    return api.run([str(src)], Config(jobs=jobs), records=records, dups=dups, review=review, outputs_done=done)


def _outputs(out: Path) -> tuple[bytes, bytes, list[dict[str, Any]]]:
    review = [json.loads(line) for line in gzip.decompress((out / "clean.review.jsonl.gz").read_bytes()).splitlines()]
    return (out / "clean.jsonl").read_bytes(), (out / "clean.dups.jsonl").read_bytes(), review


def _documents_written(*a: Any) -> None:
    raise AssertionError("a document reached a sink in the parent")


def test_two_jobs_write_the_lines_the_workers_encoded_and_the_bytes_of_one_job(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_text: Any
) -> None:
    src = _with_roundups(tmp_path, seed_text)
    one = _run(src, tmp_path / "one", 1)
    # With two jobs no document reaches the sinks: the workers encoded every line.
    monkeypatch.setattr(RecordSink, "write", _documents_written)
    monkeypatch.setattr(DupSink, "write", _documents_written)
    monkeypatch.setattr(ReviewWriter, "write_doc", _documents_written)
    two = _run(src, tmp_path / "two", 2)
    assert _outputs(tmp_path / "two") == _outputs(tmp_path / "one")
    assert two.to_dict() == one.to_dict()
    review = _outputs(tmp_path / "two")[2]
    assert sum(row["type"] == "parent" for row in review) == 2, "both roundups were split"
    assert two.split == 2 and two.duplicates >= 8 and two.records > 50


def test_a_sink_that_takes_documents_only_gets_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A caller's own sink has no encoded form: the run hands it documents, as with one job."""
    src = corpus(tmp_path, 20)

    class Keep:
        def __init__(self) -> None:
            self.docs: list[Any] = []

        def write(self, doc: Any) -> None:
            self.docs.append(doc)

    kept: dict[int, tuple[Keep, Keep]] = {}
    for jobs in (1, 2):
        records, dups = Keep(), Keep()
        api.run([str(src)], Config(jobs=jobs), records=records, dups=dups)
        kept[jobs] = records, dups
    for one, two in zip(kept[1], kept[2], strict=True):
        assert [api.public_record(d) for d in two.docs] == [api.public_record(d) for d in one.docs]
    assert kept[2][1].docs, "the corpus has duplicates"


def test_the_encoder_is_built_only_when_every_sink_takes_lines(tmp_path: Path) -> None:
    records = RecordSink(str(tmp_path / "r.jsonl"), added="2026-01-01T00:00:00Z")
    review = ReviewWriter(tmp_path / "r.review.jsonl.gz")
    try:
        assert line_encoder(records, DupSink(str(tmp_path / "r.dups.jsonl")), review) == LineEncoder(
            added="2026-01-01T00:00:00Z", dups=True, review=True
        )
        # Dropped documents only counted (no dups file), no review file.
        assert line_encoder(records, DupSink(None), None) == LineEncoder(added="2026-01-01T00:00:00Z", dups=False, review=False)
        # Records on stdout, a Parquet dups file, a Parquet review file: documents.
        assert line_encoder(RecordSink(None), DupSink(None), None) is None
        assert line_encoder(records, DupSink(str(tmp_path / "r.dups.parquet")), None) is None
        assert line_encoder(records, object(), None) is None
    finally:
        review.abort()
        records.abort()


def test_a_parquet_review_file_takes_documents(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    records = RecordSink(str(tmp_path / "r.jsonl"))
    parquet = ReviewWriter(tmp_path / "r.review.parquet")
    try:
        assert line_encoder(records, DupSink(None), parquet) is None
    finally:
        parquet.abort()
        records.abort()


def test_a_worker_ends_on_the_pools_sigterm_and_leaves_ctrl_c_to_the_main_process() -> None:
    """Workers forked from the CLI inherit its handlers, which raise on SIGTERM: the pool's SIGTERM
    at the end of a run would then leave a worker hanging in its clean-up, and the run with it."""
    import signal

    from cleaner import pipeline

    def raising(signum: int, frame: object) -> None:
        raise RuntimeError("the CLI's handler")

    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        for sig in saved:
            signal.signal(sig, raising)
        pipeline._default_signals()
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)
