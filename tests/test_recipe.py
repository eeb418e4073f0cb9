"""Run recipes: `cleaner clean --config run.yaml`, validated strictly, flags overriding the file,
and the recipe each run writes beside its outputs repeating the run exactly."""

from __future__ import annotations

from pathlib import Path

import typer.main
import yaml

from cleaner.cli import app

from .helpers import run_cli

SEED = "samples/seed_004/input"


def test_a_run_writes_its_recipe_and_the_recipe_repeats_it(tmp_path: Path) -> None:
    out = tmp_path / "first" / "clean.jsonl"
    res = run_cli("clean", SEED, "samples/seed_002/input", "-o", str(out), "-q", "--threshold", "0.7", "--disable", "title")
    assert res.returncode == 0, res.stderr.decode()
    recipe = out.with_name("clean.recipe.yaml")
    data = yaml.safe_load(recipe.read_text(encoding="utf-8"))
    assert data["threshold"] == 0.7 and data["disable"] == ["title"] and data["inputs"] == [SEED, "samples/seed_002/input"]
    assert data["format"] == "jsonl" and data["segment"] is True and data["near-repeat-threshold"] == 0.8
    # Every option of `clean` is a key, so nothing of the run is left to defaults that may change.
    clean = typer.main.get_command(app).commands["clean"]  # type: ignore[attr-defined]
    keys = {next((o[2:] for o in p.opts if o.startswith("--")), p.name) for p in clean.params if p.name != "config"}
    assert keys == set(data) - {"recipe-version"}
    # Repeating it: same records, same recipe.
    first = out.read_bytes()
    out.unlink()
    res = run_cli("clean", "--config", str(recipe))
    assert res.returncode == 0, res.stderr.decode()
    assert out.read_bytes() == first
    assert yaml.safe_load(recipe.read_text(encoding="utf-8")) == data


def test_flags_override_the_file(tmp_path: Path) -> None:
    recipe = tmp_path / "run.yaml"
    recipe.write_text(f"inputs: [{SEED}]\nthreshold: 0.6\nsegment: false\noutput: {tmp_path / 'a.jsonl'}\n", encoding="utf-8")
    res = run_cli("clean", "--config", str(recipe), "--threshold", "0.9", "-o", str(tmp_path / "b.jsonl"), "-q")
    assert res.returncode == 0, res.stderr.decode()
    ran = yaml.safe_load((tmp_path / "b.recipe.yaml").read_text(encoding="utf-8"))
    assert ran["threshold"] == 0.9 and ran["segment"] is False and ran["output"] == str(tmp_path / "b.jsonl")
    assert not (tmp_path / "a.jsonl").exists()


def test_a_bad_recipe_is_refused_naming_the_file_and_key(tmp_path: Path) -> None:
    cases = {
        "treshold: 0.5\n": "unknown key `treshold` (did you mean `threshold`?)",
        "threshold: high\n": "key `threshold`",
        "jobs: 0\n": "key `jobs`",
        "dedup: maybe\n": "key `dedup`",
        "- threshold\n": "a recipe is a mapping",
        "threshold: [0.5\n": "not valid YAML",
        "near_repeat_threshold: 0.7\nnum-perms: 64\n": "did you mean `num-perm`",
    }
    for n, (text, message) in enumerate(cases.items()):
        bad = tmp_path / f"bad{n}.yaml"
        bad.write_text(text, encoding="utf-8")
        res = run_cli("clean", SEED, "--config", str(bad), "-q")
        err = res.stderr.decode()
        assert res.returncode == 2, (text, err)
        assert str(bad) in err and message in err, (text, err)
    res = run_cli("clean", SEED, "--config", str(tmp_path / "missing.yaml"))
    assert res.returncode == 2 and "no such recipe file" in res.stderr.decode()
