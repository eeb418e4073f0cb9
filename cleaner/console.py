"""Terminal rendering: the progress display and the end-of-run summary (stderr only).

Only this module and cli.py import rich for the console; stdout carries records alone.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # rich is imported where something is drawn: a quiet run draws nothing, and the progress bar
    # (rich.progress) is drawn only on a terminal.
    from rich.console import Console
    from rich.progress import Progress

    from .pipeline import Summary


def stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


class RunProgress:
    """The live progress display on stderr (a terminal only): inputs done of the total once they
    are listed, documents per second, the time left, and records as they are written."""

    def __init__(self, console: Console | None, enabled: bool, total_inputs: int | None = None) -> None:
        self.enabled = enabled and console is not None and console.is_terminal
        self.inputs = 0
        self.docs = 0
        self.bytes = 0
        self.records = 0
        self.dropped = 0
        self.skipped = 0
        self.total = total_inputs
        self.start = time.monotonic()
        self._progress: Progress | None = None
        self._task: Any = None
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            # Short columns and a fixed bar, so the line fits 80 columns: rich cuts a line that
            # does not fit, and the cut took the total and the time left first.
            self._progress = Progress(
                TextColumn("[bold]cleaning[/]"),
                BarColumn(bar_width=8),
                MofNCompleteColumn(),
                TextColumn("· {task.fields[stats]} ·"),
                TimeRemainingColumn(compact=True),
                TextColumn("left"),
                console=console,
                transient=True,
            )
            self._task = self._progress.add_task("clean", total=total_inputs, stats="")
            self._progress.start()

    def set_total(self, total_inputs: int) -> None:
        """The number of inputs, once they are listed: the bar gets a total and an ETA."""
        self.total = total_inputs
        if self._progress is not None:
            self._progress.update(self._task, total=total_inputs)

    def stats(self) -> str:
        elapsed = max(time.monotonic() - self.start, 1e-6)
        # Dropped documents are in the summary at the end; the line keeps to what fits.
        text = f"{self.docs / elapsed:.0f} docs/s · {self.records} records"
        if self.skipped:
            text += f" · {self.skipped} skipped"
        return text

    def __call__(self, event: str, n: int) -> None:
        if event == "input":
            self.inputs += 1
        elif event == "document":
            self.docs += 1
            self.bytes += n
        elif event == "record":
            self.records += 1
        elif event == "dropped":
            self.dropped += 1
        elif event == "skipped":
            self.skipped += 1
            # A skipped input counts towards the total too, or the bar would never finish.
            self.inputs += 1
        if self._progress is not None:
            # A JSONL input with skipped lines counts once as an input and once per skipped line.
            done = min(self.inputs, self.total) if self.total is not None else self.inputs
            self._progress.update(self._task, completed=done, stats=self.stats())

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def print_summary(console: Console, summary: Summary, *, verbose: bool = False) -> None:
    """The end-of-run summary: inputs, skips with reasons, records, characters, changes per stage and rule."""
    s = summary
    console.print(
        f"inputs read: {s.inputs_read}  documents read: {s.documents}  skipped: {len(s.skipped)}  "
        f"empty: {len(s.empty)}  records written: {s.records}  dropped: {s.duplicates}  "
        f"roundups split: {s.split}"
    )
    if s.dropped_by:
        console.print("dropped by stage: " + ", ".join(f"{k} {v}" for k, v in sorted(s.dropped_by.items())), markup=False)
    pct = (100.0 * (s.chars_in - s.chars_out) / s.chars_in) if s.chars_in else 0.0
    console.print(f"characters in: {s.chars_in}  out: {s.chars_out}  removed: {pct:.1f}%")
    # Skipped inputs were already named one per line (also under --quiet); not repeated here.
    for e in s.empty:
        console.print(f"empty {e}: no record", markup=False)
    if s.changes:
        from rich.table import Table

        table = Table(title="changes per stage and rule", show_edge=False, box=None, pad_edge=False)
        table.add_column("stage")
        table.add_column("rule")
        table.add_column("changes", justify="right")
        table.add_column("chars removed", justify="right")
        for (stage, rule), n in sorted(s.changes.items()):
            table.add_row(stage, rule, str(n), str(s.chars_removed[(stage, rule)]))
        console.print(table)
    if verbose:
        for key, value in sorted(s.extra.items()):
            console.print(f"{key}: {value}", markup=False)
        for note in s.notes:
            console.print(
                f"note {note.get('id')}: {note.get('stage')}/{note.get('rule')}: {note.get('message')}", markup=False
            )
        if s.notes_not_listed:
            console.print(
                f"{s.notes_not_listed} more notes, counted per rule below; every record holds its own notes "
                "(in the output and the review file)",
                markup=False,
            )
        for (stage, rule), n in sorted(s.note_counts.items()):
            console.print(f"notes {stage}/{rule}: {n}", markup=False)
