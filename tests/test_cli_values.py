"""Option values are converted without pydantic (cli._PlainValues) exactly as typer converts them:
the same value of the same type, or the same error message. Every parameter of every command is
tried with absent, default, well-formed, malformed and out-of-range values."""

from __future__ import annotations

import math
from typing import Any

import pytest
import typer
import typer.main

from cleaner import cli

VALUES: list[Any] = [
    None, "", "x", "0", "1", "2", "007", "16", "1024", "2000", "-1", "+3", " 3", "1_0", "0.5", "0.05",
    "1.0", "1.5", ".5", "1e3", "inf", "nan", "０", "٣", 0, 1, 2, 5, 2000, -3, 0.5, 1.0, 0.8, 64.0, 2.5,
    float("nan"), float("inf"), True, False, "drop", "dorp", "mark", "keep", "cjk", "auto", "text", "TEXT",
    "jsonl", "txt", "jsonl.zst", "html", "md", "embedded", "a\udcffb", b"bytes", ["a", "b"], ("a",), [1], [],
    ("a", "b"), cli.InFormat.text, cli.OutFormat.txt, cli.ShardFormat.parquet, cli.ReportFormat.md,
]


def _params() -> list[tuple[str, Any, Any]]:
    root = typer.main.get_command(cli.app)
    out: list[tuple[str, Any, Any]] = []

    def walk(cmd: Any, path: str) -> None:
        ctx = typer.Context(cmd, info_name=path, help_option_names=["-h", "--help"])
        for p in cmd.get_params(ctx):
            # File parameters keep typer's own conversion (cli._Command leaves them alone).
            if p.type_descriptor.file_annotation is None:
                out.append((f"{path} {p.name}", p, ctx))
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, f"{path} {name}")

    walk(root, "cleaner")
    return out


def _outcome(convert: Any, value: Any, param: Any, ctx: Any) -> tuple[str, Any]:
    try:
        got = convert.coerce(value, param=param, ctx=ctx)
    except Exception as e:  # the message a user would read
        return ("error", (type(e).__name__, getattr(e, "format_message", e.__str__)()))
    if isinstance(got, (list, tuple)):
        return ("value", (type(got), [(type(v), v) for v in got]))
    if isinstance(got, float) and math.isnan(got):
        return ("value", (float, "nan"))
    return ("value", (type(got), got))


@pytest.mark.parametrize(("name", "param", "ctx"), _params(), ids=lambda v: v if isinstance(v, str) else "")
def test_plain_conversion_is_typers(name: str, param: Any, ctx: Any) -> None:
    from typer._coercion import build_runtime_param

    descriptor = param.type_descriptor
    plain = cli._PlainValues(descriptor)
    own = build_runtime_param(descriptor)
    for value in [*VALUES, param.default]:
        assert _outcome(plain, value, param, ctx) == _outcome(own, value, param, ctx), (name, value)


def test_every_command_converts_without_pydantic() -> None:
    # A command added without cls=_Command would build pydantic adapters again (and start slowly).
    root = typer.main.get_command(cli.app)

    def walk(cmd: Any) -> None:
        assert isinstance(cmd, (cli._Command, cli._Group)), cmd.name
        for sub in getattr(cmd, "commands", {}).values():
            walk(sub)

    walk(root)
