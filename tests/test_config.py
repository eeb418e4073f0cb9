"""`Config` checks itself (choices and ranges, with the closest allowed value), and the CLI, the
API and recipe files all read their defaults, choices and bounds from it."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
import typer.main

import cleaner
from cleaner import config as settings
from cleaner.cli import app, main
from cleaner.config import Config
from cleaner.errors import ConfigError

SEED = "samples/seed_004/input"


def _cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["cleaner", *args])
    with pytest.raises(SystemExit) as exc:
        main()
    return int(exc.value.code or 0), capsys.readouterr().err


@pytest.mark.parametrize(
    ("options", "message", "suggestion"),
    [
        ({"dedup": "dorp"}, "--dedup dorp: unknown value for `dedup`", "did you mean `drop`?"),
        ({"keep": "longst"}, "--keep longst: unknown value for `keep`", "did you mean `longest`?"),
        ({"shared_paragraphs": "mrak"}, "shared_paragraphs", "did you mean `mark`?"),
        ({"punctuation": "full"}, "--punctuation full: unknown value", "keep, cjk"),
        ({"threshold": 1.5}, "threshold must be between 0.05 and 1, not 1.5", "default 0.8"),
        ({"num_perm": 8}, "num_perm must be between 16 and 1024", "default 128"),
        ({"template_min_docs": 1}, "template_min_docs must be at least 2", "default 3"),
        ({"jobs": 0}, "jobs must be at least 1", "default 1"),
        ({"keep": "source-priority"}, "needs --source-priority", "--source-priority 'gov/*'"),
    ],
)
def test_a_bad_setting_is_a_config_error_with_a_hint(options: dict[str, object], message: str, suggestion: str) -> None:
    for make in (lambda: Config(**options), lambda: cleaner.Cleaner(options)):  # type: ignore[arg-type]
        with pytest.raises(ConfigError) as err:
            make()
        assert message in err.value.message
        assert err.value.hint and suggestion in err.value.hint


def test_a_setting_changed_after_construction_is_checked_when_a_stage_is_built() -> None:
    from cleaner.filters.repeats import Repeats

    cfg = Config()
    cfg.near_repeat_threshold = 0.0
    with pytest.raises(ConfigError, match="near_repeat_threshold"):
        Repeats(cfg)


def test_an_unknown_option_name_in_the_api_suggests_the_closest() -> None:
    with pytest.raises(ConfigError, match="unknown option `treshold`") as err:
        cleaner.Cleaner(treshold=0.5)
    assert err.value.hint == "did you mean `threshold`?"


def test_the_cli_says_the_closest_choice(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _cli(monkeypatch, capsys, "clean", SEED, "-q", "--dedup", "dorp")
    assert code == 2
    assert "Invalid value for '--dedup': dorp: unknown value for `dedup` (did you mean `drop`?" in err
    code, err = _cli(monkeypatch, capsys, "clean", SEED, "-q", "--keep", "source-priority")
    assert code == 2 and "Error: --keep source-priority needs --source-priority patterns" in err


def test_a_recipe_value_is_checked_by_the_same_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    recipe = tmp_path / "run.yaml"
    recipe.write_text("keep: erliest\n", encoding="utf-8")
    code, err = _cli(monkeypatch, capsys, "clean", SEED, "-q", "--config", str(recipe))
    assert code == 2
    assert str(recipe) in err and "key `keep`" in err and "did you mean `earliest`?" in err


def test_the_cli_reads_every_default_choice_and_bound_from_config() -> None:
    clean = typer.main.get_command(app).commands["clean"]  # type: ignore[attr-defined]
    params = {p.name: p for p in clean.params}
    fields = {f.name for f in dataclasses.fields(Config)}
    shared = sorted(fields & set(params))
    assert {"threshold", "dedup", "keep", "jobs", "segment", "text_key"} <= set(shared)
    for name in shared:
        default = params[name].default
        assert default == settings.default(name) or (default is None and settings.default(name) == []), name
        lo, hi = settings.bounds(name) if not settings.choices(name) else (None, None)
        assert (getattr(params[name], "min", None), getattr(params[name], "max", None)) == (lo, hi), name
        if settings.choices(name):
            assert params[name].metavar == "<" + "|".join(settings.choices(name)) + ">", name
