"""`cleaner check`: re-run the chain on the sample cases and compare with the approved outputs.

A case is a folder under the samples directory:

    <case>/input/        the raw inputs, bytes exactly as scraped (any encoding, text or JSONL, plain or gzip)
    <case>/expected.jsonl the approved output (canonical JSON: sorted keys, UTF-8 unescaped, one line each)
    <case>/case.yaml      what the case shows, and invariants that must hold whatever else changes

`samples/baseline.json` pins per-case figures (records, characters kept and removed per stage,
the digest of every input file) so that a quiet regression shows as a moved figure even when
nobody looks at the diff. This module computes and compares; it never prints. The CLI renders
the report (`report_lines`, `summary_rows`) and asks for `update` when the user says `--update`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .config import Config
from .errors import CheckFailed, ConfigError
from .io.write import AtomicFile, dup_record
from .model import Document, replay

BASELINE_NAME = "baseline.json"
BASELINE_VERSION = 1
CASE_FILE = "case.yaml"
EXPECTED_FILE = "expected.jsonl"
INPUT_DIR = "input"

CASE_KEYS = (
    "description",
    "must_contain",
    "must_not_contain",
    "once",
    "untouched",
    "records",
    "dropped",
    "institutions",
    "options",
)
# Settings a case may not change: a persistent index or workers would make the run depend on the machine.
_FORBIDDEN_OPTIONS = {"index", "jobs", "rules_paths"}
_CONFIG_FIELDS = {f.name: f for f in dataclasses.fields(Config)}
OPTION_KEYS = tuple(sorted({"rules", *(k for k in _CONFIG_FIELDS if k not in _FORBIDDEN_OPTIONS)}))


# -- cases ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseSpec:
    """One sample case as declared by its folder and case.yaml."""

    name: str
    path: Path
    description: str
    must_contain: tuple[str, ...] = ()
    must_not_contain: tuple[str, ...] = ()
    once: tuple[str, ...] = ()
    untouched: bool = False
    records: int | None = None
    dropped: int | None = None
    institutions: tuple[str, ...] | None = None
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def expected_path(self) -> Path:
        return self.path / EXPECTED_FILE


def _did_you_mean(key: str, choices: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(key, choices, n=1)
    if close:
        return f"did you mean `{close[0]}`?"
    return "allowed: " + ", ".join(choices)


def _string_list(where: str, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ConfigError(f"{where}: `{key}` must be a list of snippets, not {value!r}", "write one snippet per `- ` line")
    for i, v in enumerate(value, 1):
        if not isinstance(v, str) or not v:
            raise ConfigError(
                f"{where}: `{key}` item {i} must be a non-empty string, not {v!r}",
                "quote a snippet that holds `: ` or ends with `:`",
            )
    return tuple(value)


def _check_option(where: str, key: str, value: Any) -> Any:
    """Validate one `options` entry against the type of the Config default it overrides."""
    if key == "rules":
        paths = _string_list(where, "options.rules", value)
        return list(paths)
    f = _CONFIG_FIELDS[key]
    default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
    ok: bool
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(default, list):
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    else:
        # str or optional str defaults
        ok = isinstance(value, str)
    if not ok:
        want = type(default).__name__ if default is not None else "str"
        raise ConfigError(
            f"{where}: option `{key}` must be a {want}, not {type(value).__name__} ({value!r})",
            "see Config in cleaner/config.py for each option's type",
        )
    return value


def load_case(path: Path) -> CaseSpec:
    """Read and strictly validate one case folder. Raises ConfigError naming the case and key."""
    name = path.name
    cfile = path / CASE_FILE
    where = f"{path.parent.name}/{name}/{CASE_FILE}" if path.parent.name else f"{name}/{CASE_FILE}"
    if not (path / INPUT_DIR).is_dir():
        raise ConfigError(f"case `{name}`: no {INPUT_DIR}/ folder", f"put the raw input files in {name}/{INPUT_DIR}/")
    if not cfile.is_file():
        raise ConfigError(
            f"case `{name}`: no {CASE_FILE}", f"add {name}/{CASE_FILE} with at least a `description:` line"
        )
    try:
        data = yaml.safe_load(cfile.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        mark = getattr(e, "problem_mark", None)
        at = f" (line {mark.line + 1})" if mark is not None else ""
        raise ConfigError(f"{where}: not valid YAML{at}", "fix the syntax; see samples/README.md") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: must be a mapping with a `description:` key", "see samples/README.md")
    for key in data:
        if key not in CASE_KEYS:
            raise ConfigError(f"{where}: unknown key `{key}`, {_did_you_mean(str(key), CASE_KEYS)}")
    desc = data.get("description")
    if not isinstance(desc, str) or not desc.strip():
        raise ConfigError(f"{where}: `description` is missing or empty", "say in one sentence what the case shows")
    counts: dict[str, int | None] = {}
    for key in ("records", "dropped"):
        value = data.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise ConfigError(f"{where}: `{key}` must be a whole number ≥ 0, not {value!r}")
        counts[key] = value
    untouched = data.get("untouched", False)
    if not isinstance(untouched, bool):
        raise ConfigError(f"{where}: `untouched` must be true or false, not {untouched!r}")
    options = data.get("options") or {}
    if not isinstance(options, dict):
        raise ConfigError(f"{where}: `options` must be a mapping of run settings")
    checked: dict[str, Any] = {}
    for key, value in options.items():
        if key not in OPTION_KEYS:
            raise ConfigError(f"{where}: unknown option `{key}`, {_did_you_mean(str(key), OPTION_KEYS)}")
        checked[key] = _check_option(where, key, value)
    return CaseSpec(
        name=name,
        path=path,
        description=desc.strip(),
        must_contain=_string_list(where, "must_contain", data.get("must_contain") or []),
        must_not_contain=_string_list(where, "must_not_contain", data.get("must_not_contain") or []),
        once=_string_list(where, "once", data.get("once") or []),
        untouched=untouched,
        records=counts["records"],
        dropped=counts["dropped"],
        institutions=_string_list(where, "institutions", data["institutions"]) if "institutions" in data else None,
        options=checked,
    )


def discover_cases(samples_dir: Path) -> list[CaseSpec]:
    """Every case folder under `samples_dir`, sorted by name. Hidden folders are ignored."""
    if not samples_dir.is_dir():
        raise ConfigError(f"{samples_dir}: no such samples folder", "pass the folder that holds the case folders")
    cases = [load_case(p) for p in sorted(samples_dir.iterdir()) if p.is_dir() and not p.name.startswith((".", "_"))]
    if not cases:
        raise ConfigError(f"{samples_dir}: no case folders", "see samples/README.md for the layout of a case")
    return cases


# -- running one case -----------------------------------------------------------------------------


def case_config(base: Config, spec: CaseSpec) -> Config:
    """The run settings for a case: the check's settings, overridden by the case's `options`."""
    cfg = dataclasses.replace(base, rules_paths=list(base.rules_paths), disable=list(base.disable))
    # A persistent index would make the outcome depend on earlier runs; one worker keeps order obvious.
    cfg.index = None
    cfg.jobs = 1
    for key, value in spec.options.items():
        if key == "rules":
            cfg.rules_paths += [str((spec.path / p).resolve()) for p in value]
        elif key == "disable":
            cfg.disable = sorted({*cfg.disable, *value})
        else:
            setattr(cfg, key, value)
    return cfg


def canonical_record(doc: Document) -> dict[str, Any]:
    """The approved-output form of a document: its record, or its dups-file line if dropped.

    Internal metadata keys (leading `_`) are left out, exactly as the writers leave them out.
    """
    rec = dup_record(doc) if doc.dropped is not None else doc.to_record()
    meta = rec.get("metadata")
    if isinstance(meta, dict):
        rec["metadata"] = {k: v for k, v in meta.items() if not k.startswith("_")}
    # A JSON round trip turns tuples into lists so that comparison with the parsed file is exact.
    out: dict[str, Any] = json.loads(json.dumps(rec, ensure_ascii=False))
    return out


def canonical_line(rec: dict[str, Any]) -> str:
    return json.dumps(rec, ensure_ascii=False, sort_keys=True)


def input_digests(spec: CaseSpec) -> dict[str, str]:
    """sha256 of every input file's bytes, keyed by its path relative to the case folder."""
    out: dict[str, str] = {}
    for root, dirs, files in os.walk(spec.path / INPUT_DIR):
        dirs.sort()
        for name in sorted(files):
            p = Path(root) / name
            out[p.relative_to(spec.path).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return dict(sorted(out.items()))


@dataclass
class CaseRun:
    """What the chain produced for one case, and the invariants it broke."""

    records: list[dict[str, Any]]
    figures: dict[str, Any]
    broken: list[str]


def _invariants(spec: CaseSpec, kept: list[Document], dropped: list[Document]) -> list[str]:
    broken: list[str] = []
    text = "\n".join(d.text for d in kept)
    for snippet in spec.must_contain:
        if snippet not in text:
            broken.append(f"must_contain: {snippet!r} is not in the output")
    for snippet in spec.must_not_contain:
        if snippet in text:
            broken.append(f"must_not_contain: {snippet!r} is still in the output")
    for snippet in spec.once:
        n = text.count(snippet)
        if n != 1:
            broken.append(f"once: {snippet!r} occurs {n} times in the output, not once")
    if spec.records is not None and len(kept) != spec.records:
        broken.append(f"records: expected {spec.records} record(s), got {len(kept)}")
    if spec.dropped is not None and len(dropped) != spec.dropped:
        broken.append(f"dropped: expected {spec.dropped} dropped duplicate(s), got {len(dropped)}")
    if spec.institutions is not None:
        found: set[str] = set()
        for d in kept:
            found.update([d.institution] if isinstance(d.institution, str) else d.institution or [])
        for name in spec.institutions:
            if name not in found:
                broken.append(f"institutions: no record is about {name}")
        for name in sorted(found - set(spec.institutions)):
            broken.append(f"institutions: unexpected record about {name}")
    for d in [*kept, *dropped]:
        # Nothing is lost: the change log must rebuild the cleaned text from the decoded original.
        if replay(d.original, d.changes) != d.text:
            broken.append(f"replay: the change log of {d.id} does not rebuild its text")
    if spec.untouched:
        if dropped:
            broken.append(f"untouched: {len(dropped)} document(s) were dropped")
        for d in kept:
            if d.parent_id is not None:
                broken.append(f"untouched: {d.id} was split from {d.parent_id}")
            elif d.text.strip() != d.original.strip():
                rules = sorted({f"{c.stage}/{c.rule}" for c in d.changes})
                broken.append(f"untouched: {d.id} was changed by {', '.join(rules) or 'an unlogged edit'}")
    return broken


def _validate_options(cfg: Config) -> None:
    """Build every stage once so that a value a stage refuses is reported before anything runs.

    The stages own their settings' allowed values; asking them keeps those in one place.
    """
    from .pipeline import build_corpus_stages, build_stages

    build_stages(cfg)
    for stage in build_corpus_stages(cfg):
        stage.close()


def run_case(spec: CaseSpec, base: Config) -> CaseRun:
    """Run the whole chain on a case's inputs, with ids relative to the case folder."""
    from .api import clean

    cfg = case_config(base, spec)
    if spec.options:
        _validate_options(cfg)
    # Inputs are given relative to the case folder, so ids and sources read `input/<file>`
    # whatever the current directory or the place the samples were copied to.
    with contextlib.chdir(spec.path):
        result = clean([INPUT_DIR], cfg)
    summary = result.summary
    removed: Counter[str] = Counter()
    for (stage, _rule), n in summary.chars_removed.items():
        removed[stage] += n
    # Edits that keep the length (punctuation widths, NFC) move no character count, so count them too.
    changes: Counter[str] = Counter()
    for (stage, _rule), n in summary.changes.items():
        changes[stage] += n
    records = [canonical_record(d) for d in result.documents] + [canonical_record(d) for d in result.dropped]
    skipped = [f"skipped {s['source']}: {s['reason']}" for s in summary.skipped]
    broken = _invariants(spec, result.documents, result.dropped) + skipped
    figures: dict[str, Any] = {
        "inputs": input_digests(spec),
        "records": len(result.documents),
        "dropped": len(result.dropped),
        "chars_in": summary.chars_in,
        "chars_kept": sum(len(d.text) for d in result.documents),
        "chars_dropped": sum(len(d.text) for d in result.dropped),
        "chars_removed": {k: v for k, v in sorted(removed.items()) if v},
        "changes": dict(sorted(changes.items())),
        # Invariants broken in an approved run: pinned so that a new break, or a fix, moves the baseline.
        "broken": broken,
    }
    return CaseRun(records=records, figures=figures, broken=broken)


# -- approved outputs and the baseline ------------------------------------------------------------


def load_expected(spec: CaseSpec) -> list[dict[str, Any]] | None:
    """The approved records of a case, or None when it has none yet. Raises ConfigError if unreadable."""
    p = spec.expected_path
    if not p.is_file():
        return None
    out: list[dict[str, Any]] = []
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise ConfigError(
            f"case `{spec.name}`: {EXPECTED_FILE} is not UTF-8", "regenerate it with `cleaner check --update`"
        ) from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            raise ConfigError(
                f"case `{spec.name}`: {EXPECTED_FILE} line {n} is not valid JSON ({e})",
                "fix the line or regenerate the file with `cleaner check --update`",
            ) from None
        if not isinstance(obj, dict):
            raise ConfigError(f"case `{spec.name}`: {EXPECTED_FILE} line {n} is not a JSON object")
        out.append(obj)
    return out


def load_baseline(samples_dir: Path) -> dict[str, Any]:
    """The pinned figures, or an empty baseline when the file does not exist yet."""
    p = samples_dir / BASELINE_NAME
    if not p.is_file():
        return {"version": BASELINE_VERSION, "cases": {}, "rule_examples": {"passed": 0, "failed": []}}
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        raise ConfigError(f"{p}: not valid JSON ({e})", "restore it from version control") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(data.get("cases"), dict):
        raise ConfigError(f"{p}: not a version {BASELINE_VERSION} baseline", "restore it from version control")
    data.setdefault("rule_examples", {"passed": 0, "failed": []})
    return data


def _pretty(rec: dict[str, Any]) -> list[str]:
    """A record spread over lines so that a changed paragraph or field is one changed diff line."""
    lines = [f"# record {rec.get('id')}"]
    for key in sorted(rec):
        value = rec[key]
        if isinstance(value, str) and "\n" in value:
            lines.append(f"{key}: |")
            lines.extend(f"    {para}" for para in value.split("\n"))
        elif isinstance(value, dict) and value:
            lines.append(f"{key}:")
            lines.extend(f"    {k}: {json.dumps(value[k], ensure_ascii=False, sort_keys=True)}" for k in sorted(value))
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False, sort_keys=True)}")
    return lines


def diff_records(name: str, expected: list[dict[str, Any]], actual: list[dict[str, Any]]) -> list[str]:
    """A unified diff of two record lists, pretty-printed per record; empty when they are equal."""
    if expected == actual:
        return []
    old = [line for rec in expected for line in _pretty(rec)]
    new = [line for rec in actual for line in _pretty(rec)]
    return list(
        difflib.unified_diff(old, new, f"{name}/{EXPECTED_FILE} (approved)", f"{name} (this run)", n=2, lineterm="")
    )


def compare_figures(pinned: dict[str, Any] | None, now: dict[str, Any]) -> list[str]:
    """Every figure that moved, as `what: before → after` lines."""
    if pinned is None:
        return ["not in the baseline yet"]
    moved: list[str] = []
    old_in, new_in = pinned.get("inputs", {}), now["inputs"]
    for path in sorted({*old_in, *new_in}):
        if path not in new_in:
            moved.append(f"input {path} was removed")
        elif path not in old_in:
            moved.append(f"input {path} was added")
        elif old_in[path] != new_in[path]:
            moved.append(f"input {path} changed (sha256 {old_in[path][:12]}… → {new_in[path][:12]}…)")
    for key in ("records", "dropped", "chars_in", "chars_kept", "chars_dropped"):
        if pinned.get(key) != now[key]:
            moved.append(f"{key}: {pinned.get(key)} → {now[key]}")
    old_ch, new_ch = pinned.get("changes", {}), now["changes"]
    for stage in sorted({*old_ch, *new_ch}):
        if old_ch.get(stage, 0) != new_ch.get(stage, 0):
            moved.append(f"changes by {stage}: {old_ch.get(stage, 0)} → {new_ch.get(stage, 0)}")
    old_broken, new_broken = pinned.get("broken", []), now["broken"]
    moved.extend(f"newly broken: {b}" for b in new_broken if b not in old_broken)
    moved.extend(f"fixed since approval (run --update to pin it): [{b}]" for b in old_broken if b not in new_broken)
    old_rm, new_rm = pinned.get("chars_removed", {}), now["chars_removed"]
    for stage in sorted({*old_rm, *new_rm}):
        if old_rm.get(stage, 0) != new_rm.get(stage, 0):
            moved.append(f"chars removed by {stage}: {old_rm.get(stage, 0)} → {new_rm.get(stage, 0)}")
    return moved


# -- rule examples --------------------------------------------------------------------------------


@dataclass
class RuleExamples:
    """The outcome of the rules' own must-match / must-not-match examples."""

    available: bool
    passed: int = 0
    failed: list[str] = field(default_factory=list)  # one line per failing example, naming the rule


def run_rule_examples(config: Config) -> RuleExamples:
    """Run the rule packs' examples through the rule engine's own test, when the engine exists."""
    import importlib

    try:
        rules_mod = importlib.import_module("cleaner.rules")
    except ModuleNotFoundError as e:
        if e.name != "cleaner.rules":
            raise
        return RuleExamples(available=False)
    runner = getattr(rules_mod, "run_rule_examples", None)
    if runner is None:
        return RuleExamples(available=False)
    outcome = runner(config)
    # The engine's ExampleOutcome: a count of passing examples and one line per failure.
    return RuleExamples(available=True, passed=outcome.passed, failed=sorted(outcome.failures))


# -- the whole check ------------------------------------------------------------------------------


@dataclass
class CaseResult:
    spec: CaseSpec
    run: CaseRun
    expected: list[dict[str, Any]] | None
    diff: list[str]
    moved: list[str]
    pinned: dict[str, Any] | None

    @property
    def passed(self) -> bool:
        # An invariant broken in the approved baseline (accepted with --allow-regression) is shown,
        # not failed again; a new break is a moved figure and fails.
        return self.expected is not None and not self.diff and not self.moved

    @property
    def newly_broken(self) -> list[str]:
        pinned = self.pinned.get("broken", []) if self.pinned is not None else []
        return [b for b in self.run.broken if b not in pinned]

    @property
    def inputs_changed(self) -> list[str]:
        if self.pinned is None:
            return []
        return [m for m in self.moved if m.startswith("input ")]


@dataclass
class CheckReport:
    samples_dir: Path
    cases: list[CaseResult]
    rule_examples: RuleExamples
    baseline: dict[str, Any]
    missing: list[str]  # cases pinned in the baseline whose folder is gone

    @property
    def failed_cases(self) -> list[CaseResult]:
        return [c for c in self.cases if not c.passed]

    @property
    def rule_examples_moved(self) -> bool:
        """Fewer passing rule examples than pinned, or a different set of failing ones.

        More passing examples (a rule gained examples) is not a failure; `--update` pins the count.
        """
        pinned = self.baseline.get("rule_examples", {})
        rx = self.rule_examples
        return rx.available and (rx.passed < pinned.get("passed", 0) or sorted(pinned.get("failed", [])) != rx.failed)

    @property
    def ok(self) -> bool:
        return not self.failed_cases and not self.missing and not self.rule_examples_moved


def absolute_rules(config: Config) -> Config:
    """The same config with rule paths made absolute, since cases run from their own folder."""
    return dataclasses.replace(config, rules_paths=[str(Path(p).resolve()) for p in config.rules_paths])


def run_check(samples_dir: str | os.PathLike[str], config: Config | None = None) -> CheckReport:
    """Run every case and the rule examples, and compare with the approved outputs and the baseline."""
    root = Path(samples_dir)
    base = absolute_rules(config or Config())
    cases = discover_cases(root)
    baseline = load_baseline(root)
    results: list[CaseResult] = []
    for spec in cases:
        try:
            run = run_case(spec, base)
        except ConfigError as e:
            if not spec.options:
                raise
            # A stage refused a setting; it most likely came from this case's `options`.
            raise ConfigError(f"case `{spec.name}` (options in {CASE_FILE}): {e.message}", e.hint) from e
        except Exception as e:
            # A crash inside a stage shows its traceback; the note says which sample caused it.
            e.add_note(f"while running sample case `{spec.name}` ({spec.path / INPUT_DIR})")
            raise
        expected = load_expected(spec)
        # A case without approved output shows every record as added: what --update would write.
        diff = diff_records(spec.name, expected or [], run.records)
        pinned = baseline["cases"].get(spec.name)
        results.append(CaseResult(spec, run, expected, diff, compare_figures(pinned, run.figures), pinned))
    names = {c.name for c in cases}
    missing = sorted(n for n in baseline["cases"] if n not in names)
    # Examples run with the rule paths as the user gave them, so failures name files as the user knows them.
    return CheckReport(root, results, run_rule_examples(config or Config()), baseline, missing)


def regressions(report: CheckReport) -> list[str]:
    """What `--update` would accept that makes the samples weaker; empty when nothing does."""
    out: list[str] = []
    for name in report.missing:
        out.append(f"case `{name}` is pinned in the baseline but its folder is gone")
    for c in report.cases:
        for m in c.inputs_changed:
            out.append(f"case `{c.spec.name}`: {m}")
        if c.newly_broken:
            n = len(c.newly_broken)
            out.append(f"case `{c.spec.name}` breaks {n} case.yaml invariant{'s' if n > 1 else ''} (listed above)")
    pinned_rx = report.baseline.get("rule_examples", {})
    pinned_failed = set(pinned_rx.get("failed", []))
    for f in report.rule_examples.failed:
        if f not in pinned_failed:
            out.append(f"rule example fails: {f}")
    rx = report.rule_examples
    if rx.available and rx.passed < pinned_rx.get("passed", 0):
        out.append(f"fewer rule examples pass: {pinned_rx.get('passed', 0)} pinned, {rx.passed} now")
    return out


def update(report: CheckReport, *, allow_regression: bool = False) -> list[str]:
    """Write the approved outputs and the baseline from this run. Returns the files rewritten.

    Refuses (CheckFailed, nothing written) when the run would accept fewer passing cases,
    failing rule examples or changed input bytes, unless `allow_regression` is set.
    """
    bad = regressions(report)
    if bad and not allow_regression:
        raise CheckFailed(
            "--update refused: " + "; ".join(bad),
            "fix the regression, or pass --allow-regression if it is intended",
        )
    written: list[str] = []
    for c in report.cases:
        body = "".join(canonical_line(r) + "\n" for r in c.run.records)
        p = c.spec.expected_path
        if not p.is_file() or p.read_bytes() != body.encode("utf-8"):
            with AtomicFile(p) as f:
                f.write(body)
            written.append(f"{c.spec.name}/{EXPECTED_FILE}")
    rx = report.rule_examples
    baseline = {
        "version": BASELINE_VERSION,
        "cases": {c.spec.name: c.run.figures for c in report.cases},
        "rule_examples": {"passed": rx.passed, "failed": rx.failed}
        if rx.available
        else report.baseline.get("rule_examples", {"passed": 0, "failed": []}),
    }
    body = json.dumps(baseline, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    p = report.samples_dir / BASELINE_NAME
    if not p.is_file() or p.read_bytes() != body.encode("utf-8"):
        with AtomicFile(p) as f:
            f.write(body)
        written.append(BASELINE_NAME)
    return written


# -- rendering (plain data; the CLI adds colour in a terminal) ------------------------------------


def report_lines(report: CheckReport) -> Iterator[tuple[str, str]]:
    """The check's findings as (kind, text) lines; kind is one of
    heading, minus, plus, hunk, context, problem, ok, info."""
    for c in report.cases:
        if c.passed:
            continue
        yield "heading", f"FAIL {c.spec.name}: {c.spec.description}"
        if c.expected is None:
            yield "problem", f"  no approved output ({c.spec.name}/{EXPECTED_FILE}); run `cleaner check --update` to approve this run"
        for b in c.run.broken:
            yield "problem", f"  {b}"
        for m in c.moved:
            # A new break is already listed above with the invariants.
            if not m.startswith("newly broken: "):
                yield "problem", f"  baseline: {m}"
        for line in c.diff:
            if line.startswith(("---", "+++")):
                kind = "info"
            elif line.startswith("@@"):
                kind = "hunk"
            elif line.startswith("-"):
                kind = "minus"
            elif line.startswith("+"):
                kind = "plus"
            else:
                kind = "context"
            yield kind, line
    for name in report.missing:
        yield "heading", f"FAIL {name}: pinned in {BASELINE_NAME} but the case folder is gone"
    for c in report.cases:
        if c.passed:
            for b in c.run.broken:
                yield "info", f"{c.spec.name}: accepted as broken in {BASELINE_NAME}: {b}"
    rx = report.rule_examples
    if not rx.available:
        yield "info", "rule examples: no rule engine installed, none run"
    else:
        pinned_failed = report.baseline.get("rule_examples", {}).get("failed", [])
        for f in rx.failed:
            if f in pinned_failed:
                yield "info", f"rule example failed (accepted in {BASELINE_NAME}): {f}"
            else:
                yield "problem", f"rule example failed: {f}"
        if report.rule_examples_moved:
            pinned = report.baseline.get("rule_examples", {})
            yield "problem", (
                f"rule examples: {pinned.get('passed', 0)} passing / {len(pinned.get('failed', []))} failing "
                f"pinned, now {rx.passed} / {len(rx.failed)}"
            )


# "known broken": case.yaml invariants that fail in this run and were accepted with --allow-regression.
SUMMARY_HEADER = ("case", "result", "records", "dropped", "chars in", "removed", "removed %", "known broken")


def summary_rows(report: CheckReport) -> list[tuple[str, ...]]:
    """One row per case and a total row, in the columns of SUMMARY_HEADER."""
    rows: list[tuple[str, ...]] = []
    tot = Counter[str]()
    for c in report.cases:
        f = c.run.figures
        removed = f["chars_in"] - f["chars_kept"]
        for k, v in (("records", f["records"]), ("dropped", f["dropped"]), ("in", f["chars_in"]), ("rm", removed)):
            tot[k] += v
        pct = 100.0 * removed / f["chars_in"] if f["chars_in"] else 0.0
        rows.append(
            (
                c.spec.name,
                "pass" if c.passed else "FAIL",
                str(f["records"]),
                str(f["dropped"]),
                str(f["chars_in"]),
                str(removed),
                f"{pct:.1f}",
                str(len(c.run.broken)),
            )
        )
    passed = sum(1 for c in report.cases if c.passed)
    pct = 100.0 * tot["rm"] / tot["in"] if tot["in"] else 0.0
    rows.append(
        (
            "total",
            f"{passed}/{len(report.cases)} pass",
            str(tot["records"]),
            str(tot["dropped"]),
            str(tot["in"]),
            str(tot["rm"]),
            f"{pct:.1f}",
            str(sum(len(c.run.broken) for c in report.cases)),
        )
    )
    return rows


def verdict(report: CheckReport) -> str:
    """The last line of a check: what passed and what to do next."""
    rx = report.rule_examples
    ex = f"rule examples {rx.passed} passed, {len(rx.failed)} failed" if rx.available else "no rule examples"
    failed = len(report.failed_cases) + len(report.missing)
    if report.ok:
        return f"check passed: {len(report.cases)} cases, {ex}"
    return (
        f"check FAILED: {failed} of {len(report.cases) + len(report.missing)} cases differ, {ex}; "
        "if the change is intended, approve it with `cleaner check --update`"
    )


def render_plain(report: CheckReport) -> str:
    """The whole check as plain text (no colour), for CI logs and tests."""
    out = [text for _kind, text in report_lines(report)]
    rows = [SUMMARY_HEADER, *summary_rows(report)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(SUMMARY_HEADER))]
    for r in rows:
        out.append("  ".join(cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(r, widths, strict=True))))
    out.append(verdict(report))
    return "\n".join(out) + "\n"
