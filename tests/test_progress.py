"""The progress display: a total once the inputs are listed, a rate, the time left, records as written."""

from __future__ import annotations

import io

from rich.console import Console

from cleaner.config import Config
from cleaner.console import RunProgress
from cleaner.io.read import iter_items
from cleaner.pipeline import Pipeline

from .conftest import SEEDS


def _console() -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, force_terminal=True, width=160, color_system=None), buf


def test_progress_has_a_total_a_rate_and_an_eta() -> None:
    console, buf = _console()
    prog = RunProgress(console, enabled=True)
    assert prog._progress is not None
    prog.set_total(4)
    for _ in range(2):
        prog("input", 1)
        prog("document", 1000)
    prog("record", 0)
    task = prog._progress.tasks[0]
    assert task.total == 4 and task.completed == 2
    assert task.time_remaining is not None  # an ETA once some inputs are done
    stats = prog.stats()
    assert " docs/s" in stats and "1 records" in stats
    prog._progress.refresh()
    prog.stop()
    assert "2/4" in buf.getvalue()


def test_the_pipeline_reports_each_input_as_it_starts() -> None:
    events: list[str] = []
    pipe = Pipeline(Config(dedup="off"), progress=lambda e, n: events.append(e))
    docs = list(pipe.process_documents(iter_items([str(p) for p in SEEDS])))
    assert events.count("input") == len(SEEDS) == pipe.summary.inputs_read
    assert events.count("document") == len(SEEDS) and docs


def test_no_display_off_a_terminal() -> None:
    buf = io.StringIO()
    prog = RunProgress(Console(file=buf, force_terminal=False), enabled=True)
    prog.set_total(3)
    prog("input", 1)
    prog.stop()
    assert buf.getvalue() == ""
