"""The domain errors. The library raises these; only `cli.py` turns them into messages and exit codes.

Every error carries a `hint`: one sentence that tells the user what to do next.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path


class CleanerError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Subclasses take other arguments than `args`: rebuilt from their attributes, so an error
        # raised in a --jobs worker reaches the main process whole (a failed unpickle there would
        # stop the pool's result thread and hang the run).
        return (_rebuild_error, (type(self), self.args, dict(self.__dict__)))


def _rebuild_error(cls: type[CleanerError], args: tuple[object, ...], state: dict[str, object]) -> CleanerError:
    err = cls.__new__(cls)
    err.args = args
    err.__dict__.update(state)
    return err


class ConfigError(CleanerError):
    """A bad option value, rule file or sample layout: the run cannot start."""


class RuleError(ConfigError):
    """A rule file that does not load or validate. Names file, rule and key."""

    def __init__(
        self,
        path: str,
        message: str,
        rule: str | None = None,
        key: str | None = None,
        hint: str | None = None,
    ) -> None:
        where = path
        if rule is not None:
            where += f": rule `{rule}`"
        if key is not None:
            where += f": key `{key}`"
        super().__init__(f"{where}: {message}", hint)
        self.path = path
        self.rule = rule
        self.key = key


class InputError(CleanerError):
    """One input that cannot be read; the run skips it and goes on (exit status 1)."""

    exit_code = 1

    def __init__(self, source: str, reason: str, hint: str | None = None) -> None:
        super().__init__(f"{source}: {reason}", hint)
        self.source = source
        self.reason = reason


class OutputError(CleanerError):
    """An output that cannot be written (a full disk, a read-only folder). The run stops, every
    partial output is removed, exit status 1."""

    exit_code = 1

    def __init__(self, path: str, reason: str, hint: str | None = None) -> None:
        super().__init__(f"{path}: {reason}", hint)
        self.path = path
        self.reason = reason

    @classmethod
    def from_os(cls, path: str | os.PathLike[str], err: OSError) -> OutputError:
        """The error for an OSError met while writing `path`, with a hint for the usual causes."""
        reason = (err.strerror or str(err)).lower()
        if err.errno in (errno.ENOSPC, errno.EDQUOT):
            hint = "free some space or write to another disk; no partial output was left"
        elif err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            hint = "choose a folder you can write to"
        elif err.errno in (errno.EEXIST, errno.ENOTDIR) and (blocker := _file_in_the_way(path)) is not None:
            # `-o out/x.jsonl` where `out` is a file: the folder cannot be made ("file exists").
            reason, hint = f"{blocker} is a file, not a folder", "choose another output path, or move that file"
        else:
            hint = "check the output path and the disk"
        return cls(str(path), reason, hint)


def _file_in_the_way(path: str | os.PathLike[str]) -> str | None:
    """The nearest folder of `path` that exists as something other than a folder, if any."""
    for parent in Path(path).parents:
        if parent.exists():
            return None if parent.is_dir() else str(parent)
    return None


class IndexError_(CleanerError):
    """The persistent near-duplicate index cannot be opened or written."""


class IndexLost(IndexError_):
    """The index went away in the middle of a run (a Redis server stopped): nothing was committed."""

    exit_code = 1


class WorkerLost(CleanerError):
    """A --jobs worker process died in the middle of a run (killed by a signal or by the system
    when memory ran out): the batch it held is lost, so the run stops; partial output is removed."""

    exit_code = 1

    def __init__(self, jobs: int) -> None:
        super().__init__(
            f"a --jobs worker process died (of {jobs}): killed, or stopped by the system for lack of memory",
            "run again, with a smaller --jobs if memory is short; no partial output was left",
        )
        self.jobs = jobs


class CheckFailed(CleanerError):
    """`cleaner check` found differences from the approved outputs."""

    exit_code = 1
