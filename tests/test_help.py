"""Help a user can read at 80 columns, flags shown as flags, and shell completion."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import typer.main

from cleaner.cli import app

from .helpers import ROOT


def _commands() -> list[list[str]]:
    root = typer.main.get_command(app)
    out: list[list[str]] = [[]]
    for name, cmd in root.commands.items():  # type: ignore[attr-defined]
        out.append([name])
        for sub in getattr(cmd, "commands", {}):
            out.append([name, sub])
    return out


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="80", **(env or {}))
    return subprocess.run([sys.executable, "-m", "cleaner", *args], capture_output=True, text=True, env=full, cwd=ROOT, timeout=60)


def _help_texts() -> dict[str, str]:
    from typer.testing import CliRunner

    runner = CliRunner()
    texts = {}
    for words in _commands():
        res = runner.invoke(app, [*words, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
        assert res.exit_code == 0, (words, res.output)
        texts[" ".join(words) or "cleaner"] = res.output
    return texts


def test_help_fits_80_columns_and_names_every_option_in_full() -> None:
    texts = _help_texts()
    assert {"clean", "check", "report", "explain", "rules list", "index stats"} <= set(texts)
    root = typer.main.get_command(app)
    for name, text in texts.items():
        wide = [line for line in text.splitlines() if len(line) > 80]
        assert not wide, f"{name}: {wide}"
        assert "<bool>" not in text, name
        # Options name what they take (FILE, N, KEY, …), not a Python type.
        options = text.split("Options:", 1)[-1]
        assert "<str>" not in options and "<int" not in options and "<float" not in options and "<list" not in options, name
    clean = root.commands["clean"]  # type: ignore[attr-defined]
    for p in clean.params:
        for opt in p.opts + p.secondary_opts:
            assert opt in texts["clean"], opt


def test_flags_take_no_value_in_help() -> None:
    text = _help_texts()["clean"]
    for flag in ("--quiet", "--verbose", "--dolma", "--no-default-rules"):
        line = next(ln for ln in text.splitlines() if flag in ln)
        after = line.split(flag, 1)[1].strip()
        assert not after.startswith("<") and not after.startswith("BOOL"), line


def test_show_completion_prints_a_script() -> None:
    # Without a shell to detect among the test's parent processes (CI, a background job), typer
    # takes the shell as the option's value, as it does where shellingham is missing.
    res = _cli("--show-completion", "bash", env={"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"})
    assert res.returncode == 0, res.stderr
    assert "complete" in res.stdout and "_CLEANER_COMPLETE" in res.stdout


@pytest.mark.parametrize(
    ("words", "cword", "expect"),
    [("cleaner cl", "1", "clean"), ("cleaner clean --near", "2", "--near-repeat-threshold"), ("cleaner rules ", "2", "list")],
)
def test_completion_completes_commands_and_options(words: str, cword: str, expect: str) -> None:
    res = _cli(env={"_CLEANER_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": cword})
    assert res.returncode == 0, res.stderr
    assert expect in res.stdout.split()
