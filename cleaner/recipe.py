"""Run recipes: every option of `cleaner clean` as a key of a YAML file.

`cleaner clean --config run.yaml` reads one (flags given on the command line override it), and
every run writes the recipe it actually ran beside its outputs, so it can be repeated exactly
with `cleaner clean --config out/clean.recipe.yaml`. The file is data: loaded with
`yaml.safe_load`, validated strictly (an unknown key is an error with the closest known key, a
bad value names its key), never executed.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

RECIPE_VERSION = 1


def load_recipe(path: str | Path, known: Mapping[str, str]) -> dict[str, Any]:
    """The recipe's values by parameter name; `known` maps each key (an option's long name
    without its dashes, such as `near-repeat-threshold`) to its parameter name."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{shown}: no such recipe file", "check the path given to --config") from None
    except OSError as e:
        raise ConfigError(f"{shown}: cannot read the recipe ({e.strerror or e})", "check the file") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{shown}: not valid YAML{where}", "fix the syntax; each line is `option: value`") from None
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ConfigError(f"{shown}: a recipe is a mapping of option: value", "e.g. `threshold: 0.7`")
    keys = sorted(known)
    out: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = str(raw_key).replace("_", "-")
        if key == "recipe-version":
            if value != RECIPE_VERSION:
                raise ConfigError(f"{shown}: recipe-version {value} is not {RECIPE_VERSION}", "write the recipe for this cleaner version")
            continue
        if key not in keys:
            close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
            hint = f"did you mean `{close[0]}`?" if close else "`cleaner clean --help` lists every option; a key is its name without the dashes"
            raise ConfigError(f"{shown}: unknown key `{raw_key}`", hint)
        out[known[key]] = value
    return out


def dump_recipe(values: Mapping[str, Any]) -> str:
    """The recipe of a run as YAML: every option (by key) with the value it had, in option order."""
    body = {"recipe-version": RECIPE_VERSION, **values}
    return (
        "# The options of a `cleaner clean` run, written by the run itself.\n"
        "# Repeat it with: cleaner clean --config THIS_FILE (flags given then override these keys).\n"
        + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, default_flow_style=False)
    )
