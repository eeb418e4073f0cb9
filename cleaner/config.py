"""Run settings. Defaults, allowed values and ranges live here and nowhere else.

The CLI builds its options from these fields (defaults, choices, bounds), the recipe file is
coerced by those same options, and `Config` checks itself when it is made, so the library, a
recipe and the command line refuse a bad value with the same error and the same suggestion.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import ConfigError


def _setting(default: Any, *, choices: tuple[str, ...] = (), lo: float | None = None, hi: float | None = None,
             default_factory: Any = None) -> Any:
    """A field with its allowed values (`choices`) or its closed range [`lo`, `hi`] as metadata."""
    meta = {"choices": choices, "lo": lo, "hi": hi}
    if default_factory is not None:
        return field(default_factory=default_factory, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(slots=True)
class Config:
    # rules (boilerplate, metadata)
    rules_paths: list[str] = field(default_factory=list)
    disable: list[str] = field(default_factory=list)
    use_default_rules: bool = True
    # keep: leave punctuation widths; cjk: half-width ,:;()?! between CJK become full-width
    punctuation: str = _setting("keep", choices=("keep", "cjk"))
    rule_timeout: float = _setting(0.5, lo=0.001)  # seconds of regex matching one rule may spend on one document
    # repeats
    min_repeat_chars: int = _setting(8, lo=1)  # paragraphs shorter than this (comparison key) may repeat freely
    near_repeat_threshold: float = _setting(0.8, lo=0.1, hi=1.0)  # Jaccard of character 3-grams
    template_min_docs: int = _setting(3, lo=2)
    shared_paragraphs: str = _setting("mark", choices=("keep", "mark", "drop"))
    shared_min_chars: int = _setting(40, lo=1)
    site_key: str | None = None  # JSONL field holding the page URL whose host is the record's site
    # segmentation
    segment: bool = True
    # near-duplicates
    dedup: str = _setting("drop", choices=("drop", "mark", "off"))
    threshold: float = _setting(0.8, lo=0.05, hi=1.0)
    num_perm: int = _setting(128, lo=16, hi=1024)
    ngram: int = _setting(5, lo=1, hi=32)
    keep: str = _setting("longest", choices=("longest", "earliest", "first", "source-priority"))
    source_priority: list[str] = field(default_factory=list)
    opencc: bool = True
    index: str | None = None
    # input
    text_key: str = "text"
    html_key: str | None = None  # JSONL field holding a page's HTML
    id_key: str | None = None
    jobs: int = _setting(1, lo=1)
    # engine: embedded (this process and --jobs workers) or dask (a Dask cluster; docs in README)
    engine: str = _setting("embedded", choices=("embedded", "dask"))
    scheduler: str | None = None  # tcp://HOST:8786; else DASK_SCHEDULER_ADDRESS; else a local cluster
    partition_mb: float = _setting(64.0, lo=0.001)  # input MB per Dask partition (a file is never split)

    def __post_init__(self) -> None:
        self.check()

    def check(self) -> Config:
        """Raise `ConfigError` (with a hint, and the closest allowed value for a misspelt
        choice) for the first setting out of its choices or range; returns the config."""
        for f in _FIELDS:
            check_value(f.name, getattr(self, f.name))
        if self.keep == "source-priority" and not self.source_priority:
            raise ConfigError(
                "--keep source-priority needs --source-priority patterns",
                hint="give source glob patterns in order of preference, e.g. --source-priority 'gov/*'",
            )
        return self

    @classmethod
    def make(cls, config: Config | Mapping[str, Any] | None = None, **options: Any) -> Config:
        """A checked Config from a Config, a mapping of setting names, or keywords; an unknown
        name is an error with the closest known name, never silently ignored."""
        base: dict[str, Any] = {}
        if isinstance(config, Config):
            base = {f.name: getattr(config, f.name) for f in _FIELDS}
            given: dict[str, Any] = dict(options)
        else:
            given = {**dict(config or {}), **options}
        names = [f.name for f in _FIELDS]
        for key in given:
            if key not in names:
                close = difflib.get_close_matches(key, names, n=1)
                hint = f"did you mean `{close[0]}`?" if close else "known options: " + ", ".join(names)
                raise ConfigError(f"unknown option `{key}`", hint)
        merged: dict[str, Any] = {k: (list(v) if isinstance(v, list) else v) for k, v in {**base, **given}.items()}
        return cls(**merged)


_FIELDS = dataclasses.fields(Config)
_META: dict[str, Any] = {f.name: f.metadata for f in _FIELDS}
_DEFAULTS: dict[str, Any] = {
    f.name: f.default_factory() if f.default is dataclasses.MISSING else f.default  # type: ignore[misc,operator]
    for f in _FIELDS
}


def check_value(name: str, value: Any) -> None:
    """Raise `ConfigError` when `value` is not one of the setting's choices (naming the closest)
    or lies outside its range. The one check behind `Config.check`, the CLI and recipes."""
    meta = _META[name]
    choices, lo, hi = meta.get("choices"), meta.get("lo"), meta.get("hi")
    if choices:
        if value not in choices:
            close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.5)
            hint = (f"did you mean `{close[0]}`? " if close else "") + "use one of: " + ", ".join(choices)
            raise ConfigError(f"{option_name(name)} {value}: unknown value for `{name}`", hint)
    elif lo is not None or hi is not None:
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not number or (lo is not None and value < lo) or (hi is not None and value > hi):
            want = (f"between {lo:g} and {hi:g}" if lo is not None and hi is not None
                    else f"at least {lo:g}" if lo is not None else f"at most {hi:g}")
            raise ConfigError(f"{option_name(name)}: {name} must be {want}, not {value!r}",
                              f"set it {want} (default {_DEFAULTS[name]!r})")


def option_name(name: str) -> str:
    """The command-line option of a setting (`near_repeat_threshold` -> `--near-repeat-threshold`)."""
    return "--" + name.replace("_", "-")


def default(name: str) -> Any:
    """A setting's default value (a fresh copy for a list)."""
    value = _DEFAULTS[name]
    return list(value) if isinstance(value, list) else value


def choices(name: str) -> tuple[str, ...]:
    """The values a setting allows, in the order the help lists them."""
    return tuple(_META[name].get("choices") or ())


def bounds(name: str) -> tuple[Any, Any]:
    """A setting's closed range (lo, hi); None where it is open."""
    return _META[name].get("lo"), _META[name].get("hi")
