"""The command line. The only module that imports typer; it turns domain errors into messages and exit codes.

Exit status: 0 every input processed; 1 some input skipped, a stage failed on a document (or a check failed); 2 usage or configuration error.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import re
import signal
import sys
from collections.abc import Iterator
from enum import Enum, StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup

from . import __version__
from . import config as settings
from .config import Config
from .errors import CleanerError, OutputError

_UNSURE = object()
_WHOLE = re.compile(r"[0-9]+")
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")


class _PlainValues:
    """The values of one option or argument, converted as typer converts them, without pydantic.

    typer (0.29 and later) converts every value through a pydantic `TypeAdapter`, built for each
    parameter on first use: importing pydantic and building the adapters of `clean`'s forty
    options costs more than cleaning a small file. Most values need nothing of that: an absent
    option, a default, a path, a plain number in range, one of a choice's names. Those are
    converted here to exactly what typer's adapter returns; anything else (an out-of-range or
    malformed number, an unknown choice, a type not listed here) goes to typer's own conversion,
    built then, so every error message is typer's."""

    def __init__(self, descriptor: Any) -> None:
        self.descriptor = descriptor
        self.info = descriptor.parameter_info
        self.full: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        multi = param.multiple or param.nargs == -1
        if value is None:
            return () if multi else None
        annotation = self.descriptor.annotation
        if multi and isinstance(value, (list, tuple)) and getattr(annotation, "__origin__", None) is list:
            items = [self._plain(v, annotation.__args__[0], ctx) for v in value]
            if _UNSURE not in items:
                return items
        elif not multi:
            out = self._plain(value, annotation, ctx)
            if out is not _UNSURE:
                return out
        if self.full is None:
            from typer._coercion import build_runtime_param

            self.full = build_runtime_param(self.descriptor)
        return self.full.coerce(value, param=param, ctx=ctx)

    def _plain(self, value: Any, annotation: Any, ctx: Any) -> Any:
        """`value` converted for `annotation`, or `_UNSURE` (typer's adapter decides). The branches
        follow the order of typer's `build_leaf_adapter`."""
        info = self.info
        if info.parser is not None:
            try:
                return info.parser(value)
            except (ValueError, AssertionError):  # pydantic words these: typer's path says them
                return _UNSURE
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            if isinstance(value, annotation):
                return value
            if type(value) is str:
                from typer._param_types import coerce_cli_choice

                try:
                    return coerce_cli_choice(value, choices=list(annotation), case_sensitive=info.case_sensitive, ctx=ctx)
                except ValueError:
                    return _UNSURE
            return _UNSURE
        if annotation is int or annotation is float:
            if info.clamp:
                return _UNSURE
            if type(value) is annotation:
                number = value
            elif type(value) is str and (_WHOLE if annotation is int else _DECIMAL).fullmatch(value):
                number = annotation(value)
            else:
                return _UNSURE
            if annotation is float and not math.isfinite(number):
                return _UNSURE
            if (info.min is not None and number < info.min) or (info.max is not None and number > info.max):
                return _UNSURE
            return number
        if annotation is str and type(value) is str:
            return value
        return _UNSURE


def _without_pydantic(params: Any) -> None:
    """Give these parameters `_PlainValues` conversion. typer keeps a parameter's conversion in
    `_runtime_param`, made on first use; a typer without that attribute (before 0.29) converts
    with click and needs nothing."""
    for p in params:
        descriptor = getattr(p, "type_descriptor", None)
        if getattr(p, "_runtime_param", False) is None and descriptor is not None and descriptor.file_annotation is None:
            p._runtime_param = _PlainValues(descriptor)


class _Group(TyperGroup):
    """typer's group with `_PlainValues` conversion for its options (every Typer() here uses it)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        _without_pydantic(self.get_params(ctx))  # with the help option, which click makes late
        return super().parse_args(ctx, args)


class _Command(TyperCommand):
    """typer's command with `_PlainValues` conversion (every command here uses it)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        _without_pydantic(self.get_params(ctx))
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=_Group,
    name="cleaner",
    help="Turn raw scraped Chinese web articles into clean, deduplicated records.",
    no_args_is_help=True,
    # Plain click help: readable at 80 columns (no boxed panels that squeeze the option names).
    rich_markup_mode=None,
    # Typer's --install-completion / --show-completion for bash, zsh, fish and PowerShell.
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutFormat(StrEnum):
    jsonl = "jsonl"
    txt = "txt"


class ShardFormat(StrEnum):
    jsonl_zst = "jsonl.zst"
    jsonl_gz = "jsonl.gz"
    jsonl = "jsonl"
    parquet = "parquet"


class InFormat(StrEnum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"


def _choice(name: str) -> dict[str, Any]:
    """typer.Option arguments for a setting with choices: the values, check and completion
    come from `Config` (cleaner/config.py), so the CLI repeats none of them."""
    allowed = settings.choices(name)

    def parse(value: str) -> str:
        try:
            settings.check_value(name, value)
        except CleanerError as e:
            # click names the option already: the message without its `--option ` prefix.
            raise typer.BadParameter(f"{e.message.removeprefix(settings.option_name(name) + ' ')} ({e.hint})") from None
        return value

    def complete(incomplete: str) -> list[str]:
        return [c for c in allowed if c.startswith(incomplete)]

    return {"parser": parse, "metavar": "<" + "|".join(allowed) + ">", "autocompletion": complete}


def _range(name: str) -> dict[str, Any]:
    """typer.Option arguments for a setting's bounds, read from `Config`."""
    lo, hi = settings.bounds(name)
    return {"min": lo, "max": hi}


D = settings.default


def fail(message: str, hint: str | None = None, code: int = 2) -> NoReturn:
    """Print `Error: …` (and the hint) on stderr and exit."""
    line = f"Error: {message}"
    if hint:
        line += f" ({hint})"
    print(line, file=sys.stderr)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        print(f"cleaner {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", callback=_version, is_eager=True)
    ] = False,
) -> None:
    """Turn raw scraped Chinese web articles into clean, deduplicated records."""


RulesOpt = Annotated[
    list[str] | None,
    typer.Option("--rules", metavar="PATH", help="A rule file or folder of rule files to add; a rule with an existing id overrides it. Repeatable."),
]
DisableOpt = Annotated[
    list[str] | None, typer.Option("--disable", metavar="ID", help="Switch off the rule with this id. Repeatable.")
]
PUNCTUATION_HELP = "keep: leave punctuation widths; cjk: half-width ,:;()?! between CJK become full-width."
NoDefaultRulesOpt = Annotated[
    bool, typer.Option("--no-default-rules", help="Use only the rule files given with --rules.")
]


def build_config(
    *,
    rules: list[str] | None = None,
    disable: list[str] | None = None,
    no_default_rules: bool = False,
    **kw: Any,
) -> Config:
    return Config.make(rules_paths=list(rules or []), disable=list(disable or []), use_default_rules=not no_default_rules, **kw)


def _key(p: object) -> str:
    """A parameter's recipe key: its long option name without the dashes, or an argument's name."""
    longs = [o for o in getattr(p, "opts", []) if o.startswith("--")]
    return longs[0][2:] if longs else str(getattr(p, "name", ""))


def _recipe_keys(ctx: typer.Context) -> dict[str, str]:
    return {_key(p): str(p.name) for p in ctx.command.params if p.name and p.name != "config"}


def _load_config(ctx: typer.Context, param: object, value: str | None) -> str | None:
    """--config is eager: its values become the defaults of the other options before they are
    read, so a flag on the command line still wins over the file."""
    if value is None or ctx.resilient_parsing:
        return value
    from .recipe import load_recipe

    try:
        recipe = load_recipe(value, _recipe_keys(ctx))
    except CleanerError as e:
        raise typer.BadParameter(f"{e.message}" + (f" ({e.hint})" if e.hint else "")) from None
    by_name = {p.name: p for p in ctx.command.params}
    for name, v in recipe.items():
        p = by_name[name]
        if getattr(p, "multiple", False) or getattr(p, "nargs", 1) == -1:
            v = [] if v is None else v if isinstance(v, list) else [v]
        if isinstance(v, (dict, list)) and not (getattr(p, "multiple", False) or getattr(p, "nargs", 1) == -1):
            raise typer.BadParameter(f"{value}: key `{_key(p)}` takes one value, not {type(v).__name__}")
        try:
            # The same conversion and range checks as a value typed on the command line.
            if v is not None:
                p.get_runtime_param().coerce(v, param=p, ctx=ctx)  # type: ignore[attr-defined]
        except Exception as e:  # click's BadParameter or a conversion error: name the file and key
            msg = getattr(e, "message", None) or str(e)
            raise typer.BadParameter(f"{value}: key `{_key(p)}`: {msg}") from None
        recipe[name] = v
    ctx.default_map = {**(ctx.default_map or {}), **recipe}
    return value


@app.command(cls=_Command)
def clean(
    ctx: typer.Context,
    inputs: Annotated[
        list[str],
        typer.Argument(metavar="INPUT", help="Files, directories (walked recursively, sorted) and `-` for stdin. Text or JSONL, plain, gzip or zstd."),
    ],
    output: Annotated[
        str | None, typer.Option("-o", "--output", metavar="FILE", help="Write records here (atomically), in the format of the suffix: .jsonl, .jsonl.gz, .jsonl.zst, .parquet; a folder with --shard-size; `-` or absent: stdout.")
    ] = None,
    glob: Annotated[
        str | None, typer.Option("--glob", metavar="PATTERN", help="Only files in directories whose name (or relative path) matches this pattern, e.g. '*.txt'.")
    ] = None,
    input_format: Annotated[
        InFormat, typer.Option("--input-format", help="How to read inputs: auto (JSONL by name or content), text, jsonl.")
    ] = InFormat.auto,
    text_key: Annotated[str, typer.Option("--text-key", metavar="KEY", help="JSONL field holding the article text.")] = D("text_key"),
    html_key: Annotated[
        str | None,
        typer.Option("--html-key", metavar="KEY", help="JSONL field holding the page's HTML (its main content is the article)."),
    ] = D("html_key"),
    id_key: Annotated[
        str | None, typer.Option("--id-key", metavar="KEY", help="JSONL field holding the record id (default: file:line).")
    ] = D("id_key"),
    site_key: Annotated[
        str | None,
        typer.Option("--site-key", metavar="KEY", help="JSONL field holding the page URL; its host is the record's site for template text (default: url, link, …; else the input's folder)."),
    ] = D("site_key"),
    fmt: Annotated[
        OutFormat, typer.Option("--format", help="jsonl records, or txt: one cleaned .txt per record under --out-dir.")
    ] = OutFormat.jsonl,
    out_dir: Annotated[
        str | None, typer.Option("--out-dir", metavar="DIR", help="With --format txt: the folder that mirrors the input tree.")
    ] = None,
    jobs: Annotated[
        int, typer.Option("-j", "--jobs", metavar="N", **_range("jobs"), help="Worker processes; output is identical whatever N is.")
    ] = D("jobs"),
    engine: Annotated[
        str, typer.Option("--engine", **_choice("engine"), help="embedded: this machine (--jobs workers); dask: a Dask cluster, same output (pip install 'cleaner[dask]').")
    ] = D("engine"),
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler, e.g. tcp://HOST:8786 (default: $DASK_SCHEDULER_ADDRESS, else a local cluster of --jobs workers).")
    ] = D("scheduler"),
    partition_mb: Annotated[
        float, typer.Option("--partition-mb", metavar="MB", **_range("partition_mb"), help="With --engine dask: input MB per partition (a file is never split); bounds a worker's memory.")
    ] = D("partition_mb"),
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="Print nothing but errors.")] = False,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="Print LSH parameters, notes and extra figures.")] = False,
    rules: RulesOpt = None,
    disable: DisableOpt = None,
    no_default_rules: NoDefaultRulesOpt = False,
    punctuation: Annotated[
        str, typer.Option("--punctuation", **_choice("punctuation"), help=PUNCTUATION_HELP)
    ] = D("punctuation"),
    min_repeat_chars: Annotated[
        int, typer.Option("--min-repeat-chars", metavar="N", **_range("min_repeat_chars"), help="Paragraphs shorter than this may repeat (……, list markers, one-word headings).")
    ] = D("min_repeat_chars"),
    near_repeat_threshold: Annotated[
        float, typer.Option("--near-repeat-threshold", metavar="J", **_range("near_repeat_threshold"), help="Character 3-gram Jaccard at which two paragraphs of one article are repeats.")
    ] = D("near_repeat_threshold"),
    shared_min_chars: Annotated[
        int, typer.Option("--shared-min-chars", metavar="N", **_range("shared_min_chars"), help="A paragraph this long shared by two articles is a quoted passage (see --shared-paragraphs).")
    ] = D("shared_min_chars"),
    template_min_docs: Annotated[
        int, typer.Option("--template-min-docs", metavar="N", **_range("template_min_docs"), help="A paragraph in at least this many documents is site template text and is removed.")
    ] = D("template_min_docs"),
    shared_paragraphs: Annotated[
        str, typer.Option("--shared-paragraphs", **_choice("shared_paragraphs"), help="A long paragraph shared by two articles: keep, mark (metadata) or drop (from the later one).")
    ] = D("shared_paragraphs"),
    segment: Annotated[
        bool, typer.Option("--segment/--no-segment", help="Split multi-institution roundups into one record per institution.")
    ] = D("segment"),
    dedup: Annotated[
        str, typer.Option("--dedup", **_choice("dedup"), help="Near-duplicate records: drop (to the dups file), mark (metadata only), off.")
    ] = D("dedup"),
    threshold: Annotated[
        float, typer.Option("--threshold", metavar="J", **_range("threshold"), help="Jaccard similarity at which two records are near-duplicates.")
    ] = D("threshold"),
    num_perm: Annotated[int, typer.Option("--num-perm", metavar="N", **_range("num_perm"), help="MinHash permutations.")] = D("num_perm"),
    ngram: Annotated[int, typer.Option("--ngram", metavar="N", **_range("ngram"), help="Characters per shingle.")] = D("ngram"),
    keep: Annotated[
        str, typer.Option("--keep", **_choice("keep"), help="Which record of a duplicate cluster is kept: longest, earliest (published), first (input order), source-priority.")
    ] = D("keep"),
    source_priority: Annotated[
        list[str] | None, typer.Option("--source-priority", metavar="GLOB", help="With --keep source-priority: source glob patterns, best first. Repeatable.")
    ] = None,
    opencc: Annotated[
        bool, typer.Option("--opencc/--no-opencc", help="Fold traditional to simplified characters when comparing records.")
    ] = D("opencc"),
    index: Annotated[
        str | None, typer.Option("--index", metavar="PATH|URL", help="Persistent near-duplicate index: an SQLite file, or redis://HOST:PORT/DB.")
    ] = D("index"),
    dups: Annotated[
        str | None, typer.Option("--dups", metavar="FILE", help="Where dropped duplicates go, in the format of the name (default: beside -o in its format, e.g. clean.dups.jsonl; on stdout: not kept unless given).")
    ] = None,
    review: Annotated[
        str | None, typer.Option("--review", metavar="FILE", help="Where the review data goes: .jsonl, .jsonl.gz, .jsonl.zst or .parquet (default: beside -o, clean.review.jsonl.gz; on stdout: none unless given or --report).")
    ] = None,
    report: Annotated[
        str | None, typer.Option("--report", metavar="FILE", help="Also write the HTML diff report here.")
    ] = None,
    dolma: Annotated[
        bool, typer.Option("--dolma", help="Add dolma's `added` (this run, UTC) and `created` (= published) fields.")
    ] = False,
    shard_size: Annotated[
        int | None, typer.Option("--shard-size", metavar="N", min=1, help="With -o FOLDER: write part-00000.jsonl.zst, … of N records each into it, and FOLDER.manifest.json beside it.")
    ] = None,
    shard_format: Annotated[
        ShardFormat, typer.Option("--shard-format", help="The format of each part with --shard-size.")
    ] = ShardFormat.jsonl_zst,
    config: Annotated[
        str | None,
        typer.Option("--config", metavar="FILE", is_eager=True, callback=_load_config,
                     help="A run recipe (YAML, every option as a key); flags given here override it."),
    ] = None,
) -> None:
    """Clean raw articles into JSONL records (or .txt files)."""
    from . import api
    from .console import RunProgress, print_summary, stderr_console
    from .io.formats import ShardedSink, Sink, file_sink, output_format
    from .io.write import DupSink, RecordSink, default_side_path
    from .pipeline import Summary

    if fmt is OutFormat.txt and not out_dir:
        fail("--format txt needs --out-dir", "name the folder for the .txt files")
    if fmt is OutFormat.jsonl and out_dir:
        fail("--out-dir goes with --format txt", "add --format txt, or use -o for JSONL")
    if inputs.count("-") > 1:
        fail("stdin (`-`) can be read only once")
    cfg = build_config(
        rules=rules,
        disable=disable,
        no_default_rules=no_default_rules,
        punctuation=punctuation,
        min_repeat_chars=min_repeat_chars,
        near_repeat_threshold=near_repeat_threshold,
        shared_min_chars=shared_min_chars,
        template_min_docs=template_min_docs,
        shared_paragraphs=shared_paragraphs,
        segment=segment,
        dedup=dedup,
        threshold=threshold,
        num_perm=num_perm,
        ngram=ngram,
        keep=keep,
        source_priority=list(source_priority or []),
        opencc=opencc,
        index=index,
        text_key=text_key,
        html_key=html_key,
        id_key=id_key,
        site_key=site_key,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
        partition_mb=partition_mb,
    )
    to_file = output not in (None, "-")
    sharded = shard_size is not None
    if sharded and not to_file:
        fail("--shard-size needs -o FOLDER", "e.g. -o out/ --shard-size 20000")
    if to_file and output is not None and not sharded and (output.endswith(("/", os.sep)) or Path(output).is_dir()):
        fail(f"{output}: a folder output needs --shard-size N", "or give a file name such as out/clean.jsonl.zst")
    side_base = output
    # The dups file takes the records' format: out/clean.dups.parquet beside out/clean.parquet.
    side_fmt = shard_format.value if sharded else output_format(output) if to_file and output else "jsonl"
    if sharded and output:
        # Beside the folder, which holds the parts alone (a loader reads every file in it):
        # out/parts.dups.jsonl.zst, out/parts.review.jsonl.gz, out/parts.recipe.yaml.
        from .io.formats import folder_base

        side_base = str(folder_base(output))
    # On stdout nothing else is written unless asked for (--dups, --review, --report): a filter
    # leaves no files behind in the current folder. Dropped duplicates are then counted only.
    dups_path = dups or (default_side_path(side_base, "dups", side_fmt) if to_file and side_base else None)
    review_path = review or (default_side_path(side_base, "review") if to_file and side_base else None)
    if report and review_path is None:
        review_path = str(Path(report).with_suffix("")) + ".review.jsonl.gz"
    for side in (dups, review):
        if side is not None:
            output_format(side)  # an unsupported compression is refused before anything runs
    check_outputs(
        inputs,
        [("-o", output if to_file else None), ("--dups", dups_path), ("--review", review_path), ("--report", report)],
        out_dir if fmt is OutFormat.txt else None,
    )

    # A quiet run draws nothing, and does not import rich for it.
    console = None if quiet else stderr_console()
    progress = RunProgress(console, enabled=not quiet)
    if progress.enabled:
        from .io.read import find_inputs

        # Listing the inputs first (names only, nothing is read) gives the bar a total and an ETA.
        progress.set_total(sum(1 for _ in find_inputs(inputs, glob)))
    sinks: list[object] = []
    try:
        # Ctrl-C is held while output files are created and while they are renamed into
        # place, so an interrupt can never leave a temporary file behind or half the outputs.
        with _sigint_held():
            added = None
            if dolma:
                import datetime

                added = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            records: RecordSink | Sink
            if sharded and output is not None and shard_size is not None:
                records = ShardedSink(output, shard_size, shard_format.value, added=added)
            elif to_file and output is not None and fmt is OutFormat.jsonl:
                records = file_sink(output, output_format(output), added=added)
            else:
                records = RecordSink(output if fmt is OutFormat.jsonl else None, fmt.value, out_dir, added=added)
            sinks.append(records)
            dup_sink = DupSink(dups_path, always=to_file or dups is not None)
            sinks.append(dup_sink)
            review_sink = None
            if review_path is not None:
                from .report.review import ReviewWriter

                review_sink = ReviewWriter(review_path)
                sinks.append(review_sink)
                review_sink.write_run(run_meta(cfg, inputs))
        if verbose and console is not None:
            describe_config(console, cfg)

        def outputs_done(summary: Summary) -> None:
            # Every output is put in place here, before the index learns of this run.
            progress.stop()
            if review_sink is not None:
                review_sink.write_summary(summary.to_dict())
            # Two phases, so that a full disk cannot leave some outputs renamed and others not:
            # every byte on disk first, renames (which need no space) last; the review file,
            # which finishes itself in one step, goes between.
            for out_sink in (records, dup_sink):
                sync = getattr(out_sink, "sync", None)
                if sync is not None:
                    sync()
            with _sigint_held():
                for done in (*sinks[2:], records, dup_sink):
                    commit = getattr(done, "commit", None) or done.close  # type: ignore[attr-defined]
                    commit()
            if report and review_path is not None:
                from .report.html import render_html

                render_html(review_path, report)
            if to_file and side_base:
                _write_recipe(ctx, default_side_path(side_base, "recipe"))

        summary = api.run(
            inputs,
            cfg,
            records=records,
            dups=dup_sink,
            review=review_sink,
            glob=glob,
            input_format=input_format.value,
            progress=progress,
            outputs_done=outputs_done,
        )
    except BaseException as e:
        progress.stop()
        for sink in sinks:
            abort = getattr(sink, "abort", None)
            if abort is not None:
                # One sink failing to clean up (its disk is full) must not keep the others' files.
                with contextlib.suppress(Exception):
                    abort()
        if isinstance(e, OSError) and e.errno not in _CLOSED:
            raise OutputError.from_os(e.filename or "an output", e) from None
        raise
    for sk in summary.skipped:
        hint = f" ({sk['hint']})" if sk.get("hint") else ""
        print(f"Skipped: {sk['source']}: {sk['reason']}{hint}", file=sys.stderr)
    for stage_name, n in sorted(summary.stage_errors.items()):
        first = next((note for note in summary.notes if note.get("stage_error") and note.get("stage") == stage_name), {})
        print(
            f"Error: stage {stage_name} failed on {n} document{'s' if n != 1 else ''} ({first.get('id', '?')}: "
            f"{first.get('message', '')}); {'they' if n != 1 else 'it'} went on without its edits. This is a bug in "
            "cleaner: please report it with that input (the review data notes the failure on each)",
            file=sys.stderr,
        )
    if console is not None:
        print_summary(console, summary, verbose=verbose)
        if not verbose:
            # -v lists every note; without it a slow rule is still said, once, with its count.
            for rule_id, n in sorted(summary.timeouts.items()):
                console.print(
                    f"rule {rule_id} timed out on {n} document{'s' if n != 1 else ''} and was skipped for "
                    f"{'them' if n != 1 else 'it'} (its regex is too slow; -v names the documents)",
                    markup=False,
                )
        if dup_sink.count and dups_path:
            console.print(f"{dup_sink.count} dropped document{'s' if dup_sink.count != 1 else ''} written to {dups_path}", markup=False)
        elif dup_sink.count:
            console.print(
                f"{dup_sink.count} dropped document{'s' if dup_sink.count != 1 else ''} not kept "
                f"({'only records go to stdout' if fmt is OutFormat.jsonl else 'only records go to --out-dir'}; "
                "add --dups FILE to keep them)",
                markup=False,
            )
        if review_path is not None and not to_file and review is None:
            console.print(f"review data for `cleaner report` written to {review_path}", markup=False)
    if summary.skipped or summary.stage_errors:
        raise typer.Exit(1)


def _write_recipe(ctx: typer.Context, path: str) -> None:
    """The recipe of this run (every option's value, flags and file merged) beside its outputs."""
    from .io.write import AtomicFile
    from .recipe import dump_recipe

    values: dict[str, object] = {}
    for p in ctx.command.params:
        if not p.name or p.name == "config":
            continue
        v = ctx.params.get(p.name)
        if isinstance(v, StrEnum):
            v = v.value
        elif isinstance(v, tuple):
            v = list(v)
        values[_key(p)] = v
    with AtomicFile(path) as f:
        f.write(dump_recipe(values))


@contextlib.contextmanager
def _sigint_held() -> Iterator[None]:
    """Delay SIGINT and SIGTERM until the block ends (they then stop the run as usual)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, set(STOP_SIGNALS))
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def check_outputs(inputs: list[str], outputs: list[tuple[str, str | None]], out_dir: str | None) -> None:
    """Refuse, before anything runs, outputs that would overwrite each other or an input."""
    seen: dict[Path, tuple[str, str]] = {}
    for opt, path in outputs:
        if path is None or path == "-":
            continue
        key = Path(path).resolve()
        if key in seen:
            other_opt, other = seen[key]
            fail(f"{path}: {opt} and {other_opt} ({other}) name the same file", "give each output its own path")
        seen[key] = (opt, path)
    given = [Path(i).resolve() for i in inputs if i != "-" and Path(i).exists()]
    files = [g for g in given if not g.is_dir()]
    dirs = [g for g in given if g.is_dir()]
    for key, (opt, path) in seen.items():
        # An input named on the command line, or a file the walk of an input folder would read.
        walked = key.exists() and not key.name.startswith(".") and any(key.is_relative_to(d) for d in dirs)
        if key in files or walked:
            fail(f"{path}: the {opt} output would overwrite an input", f"choose another {opt} path")
        if out_dir is not None and key.is_relative_to(Path(out_dir).resolve()) and key.suffix == ".txt":
            fail(f"{path}: the {opt} output is inside --out-dir", f"choose another {opt} path")
    if out_dir is not None:
        target = Path(out_dir).resolve()
        # A .txt mirrors its input's path under the input folder (or its name for a file): the
        # same folder would overwrite the inputs.
        if target in dirs or target in {f.parent for f in files}:
            fail(f"{out_dir}: --out-dir is an input folder; its .txt files would overwrite inputs", "choose another --out-dir")


def run_meta(cfg: Config, inputs: list[str]) -> dict[str, object]:
    """What the review data records about the run (no timestamps: reruns stay byte-identical)."""
    from dataclasses import asdict

    from .rules import describe_rules

    return {"version": __version__, "inputs": list(inputs), "config": asdict(cfg), "rules": describe_rules(cfg)}


def describe_config(console: object, cfg: Config) -> None:
    """--verbose: the parameters the run chose (LSH bands and rows among them)."""
    lines = [f"threshold {cfg.threshold}, num_perm {cfg.num_perm}, ngram {cfg.ngram}, keep {cfg.keep}"]
    from .dedup.lsh import describe_lsh

    if cfg.dedup != "off":
        lines.append(describe_lsh(cfg))
    for line in lines:
        console.print(line, markup=False)  # type: ignore[attr-defined]


# Subcommands of the other capabilities are added below this line.


@app.command(cls=_Command)
def check(
    samples_dir: Annotated[
        Path, typer.Argument(metavar="SAMPLES", help="The folder of sample cases: <case>/input/, expected.jsonl, case.yaml.")
    ] = Path("samples"),
    rules: RulesOpt = None,
    disable: DisableOpt = None,
    no_default_rules: NoDefaultRulesOpt = False,
    update: Annotated[
        bool, typer.Option("--update", help="Approve this run: print what changes, then rewrite expected.jsonl files and baseline.json.")
    ] = False,
    allow_regression: Annotated[
        bool,
        typer.Option("--allow-regression", help="With --update: accept broken case.yaml invariants, failing rule examples or changed input bytes."),
    ] = False,
) -> None:
    """Re-run the chain on every sample case and compare with the approved outputs; exit 1 on any difference."""
    from . import check as chk

    if allow_regression and not update:
        fail("--allow-regression only applies with --update", "add --update to approve the run")
    cfg = build_config(rules=rules, disable=disable, no_default_rules=no_default_rules)
    report = chk.run_check(samples_dir, cfg)
    _print_check(report)
    if update:
        written = chk.update(report, allow_regression=allow_regression)  # CheckFailed (exit 1) when refused
        print(f"approved: {', '.join(written)}" if written else "approved outputs already match this run")
        return
    if not report.ok:
        raise typer.Exit(1)


def _print_check(report: object) -> None:
    """The check report on stdout: coloured diff and a table in a terminal, plain text otherwise (CI)."""
    from rich.console import Console
    from rich.table import Table

    from . import check as chk

    assert isinstance(report, chk.CheckReport)
    console = Console(highlight=False, soft_wrap=True)
    if not console.is_terminal:
        sys.stdout.write(chk.render_plain(report))
        return
    styles = {"heading": "bold red", "minus": "red", "plus": "green", "hunk": "cyan", "problem": "yellow", "info": "dim"}
    for kind, text in chk.report_lines(report):
        console.print(text, style=styles.get(kind, ""), markup=False)
    table = Table(box=None, pad_edge=False)
    for i, head in enumerate(chk.SUMMARY_HEADER):
        table.add_column(head, no_wrap=i == 0, justify="left" if i < 2 else "right")
    for row in chk.summary_rows(report):
        table.add_row(*row, style="red" if row[1] == "FAIL" else None)
    console.print(table)
    console.print(chk.verdict(report), style="bold green" if report.ok else "bold red", markup=False)


class ReportFormat(StrEnum):
    html = "html"
    md = "md"


@app.command(cls=_Command)
def report(
    run: Annotated[
        str | None,
        typer.Argument(metavar="REVIEW", help="The run's review file (OUT.review.jsonl.gz), or the -o output of `cleaner clean` it sits beside."),
    ] = None,
    output: Annotated[
        str | None, typer.Option("-o", "--output", metavar="FILE", help="Write the report here (atomically); Markdown without -o goes to stdout.")
    ] = None,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", help="html: the interactive diff report; md: a Markdown summary for a pull-request comment.")
    ] = ReportFormat.html,
    compare: Annotated[
        tuple[str, str] | None,
        typer.Option("--compare", metavar="BEFORE AFTER", help="Compare two runs (review files or -o outputs): records changed, removals appeared or vanished, per rule."),
    ] = None,
    whitespace: Annotated[
        bool, typer.Option("--whitespace", help="With --compare --format md: also list whitespace-only changes.")
    ] = False,
) -> None:
    """Rebuild the report of an earlier run from its review data, or compare two runs."""
    from .report.review import load_review, resolve_review_path

    if fmt is ReportFormat.html and not output:
        fail("the HTML report needs -o FILE", "e.g. cleaner report out/clean.jsonl -o report.html")
    if (run is None) == (compare is None):
        fail("give one run to report, or --compare BEFORE AFTER", "e.g. cleaner report --compare old/clean.jsonl new/clean.jsonl -o diff.html")
    if compare is not None:
        from .report.compare import compare_reviews

        before, after = (load_review(resolve_review_path(p)) for p in compare)
        if fmt is ReportFormat.html:
            from .report.html import render_compare_html_string

            # The page gets every change and hides whitespace-only ones behind its own toggle.
            text = render_compare_html_string(compare_reviews(before, after, whitespace=True, names=compare))
        else:
            from .report.markdown import render_compare_markdown

            text = render_compare_markdown(compare_reviews(before, after, whitespace=whitespace, names=compare))
        _write_text(text, output)
        return
    assert run is not None
    review = load_review(resolve_review_path(run))
    if fmt is ReportFormat.html:
        from .report.html import render_html_string

        text = render_html_string(review)
    else:
        from .report.markdown import render_markdown

        text = render_markdown(review)
    _write_text(text, output)


def _write_text(text: str, output: str | None) -> None:
    from .io.write import AtomicFile

    if output in (None, "-"):
        sys.stdout.write(text)
        return
    assert output is not None
    with AtomicFile(output) as f:
        f.write(text)
    print(f"report written to {output}", file=sys.stderr)


@app.command(cls=_Command)
def explain(
    file: Annotated[str, typer.Argument(metavar="FILE", help="One input (text or JSONL, plain, gzip or zstd; `-` for stdin).")],
    rules: RulesOpt = None,
    disable: DisableOpt = None,
    no_default_rules: NoDefaultRulesOpt = False,
    punctuation: Annotated[
        str, typer.Option("--punctuation", **_choice("punctuation"), help=PUNCTUATION_HELP)
    ] = D("punctuation"),
    segment: Annotated[
        bool, typer.Option("--segment/--no-segment", help="Split multi-institution roundups into one record per institution.")
    ] = D("segment"),
    input_format: Annotated[
        InFormat, typer.Option("--input-format", help="How to read the input: auto (JSONL by name or content), text, jsonl.")
    ] = InFormat.auto,
    whitespace: Annotated[
        bool, typer.Option("--whitespace", help="Also show whitespace-only changes (blank lines, trailing spaces).")
    ] = False,
) -> None:
    """Show what the chain does to one input: removals struck through with their rule ids, then every change."""
    from . import api
    from .model import Document
    from .report.terminal import print_explain

    cfg = build_config(rules=rules, disable=disable, no_default_rules=no_default_rules,
                       punctuation=punctuation, segment=segment)
    docs: list[Document] = []

    class _Collect:
        def write(self, doc: Document) -> None:
            docs.append(doc)

    sink = _Collect()
    summary = api.run([file], cfg, records=sink, dups=sink, input_format=input_format.value)
    for sk in summary.skipped:
        fail(f"{sk['source']}: {sk['reason']}", sk.get("hint") or "give a readable text or JSONL file", code=1)
    if not docs:
        fail(f"{file}: no document to explain (the input is empty)", "give a file with text in it", code=1)
    listed = run_meta(cfg, [file]).get("rules")
    described = {str(r["id"]): r for r in listed if isinstance(r, dict) and "id" in r} if isinstance(listed, list) else {}
    print_explain(docs, described, whitespace=whitespace)


index_app = typer.Typer(cls=_Group, help="The persistent near-duplicate index (--index of `cleaner clean`).", no_args_is_help=True)
app.add_typer(index_app, name="index")


@index_app.command("stats", cls=_Command)
def index_stats(
    path: Annotated[str, typer.Argument(metavar="INDEX", help="The index: an SQLite file or redis://HOST:PORT/DB.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as one JSON object.")] = False,
) -> None:
    """Print the index's counts: records, runs, LSH buckets, size in bytes and the parameters it was built with."""
    import json

    from .dedup.index import format_stats
    from .dedup.index import index_stats as stats_of

    stats = stats_of(path)
    sys.stdout.write(json.dumps(stats, ensure_ascii=False) + "\n" if as_json else format_stats(stats))


rules_app = typer.Typer(cls=_Group, help="The boilerplate rules: list them, run their examples.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


@rules_app.command("list", cls=_Command)
def rules_list(
    rules: RulesOpt = None,
    disable: DisableOpt = None,
    no_default_rules: NoDefaultRulesOpt = False,
    all_ids: Annotated[
        bool, typer.Option("--all", help="Also list the stages' own rule ids (blank_lines, repeat_exact, title, …); --disable takes them too.")
    ] = False,
) -> None:
    """List the rules a run would use: id, kind, description and file (a table in a terminal, tab-separated otherwise)."""
    from rich.console import Console
    from rich.table import Table

    from .rules import describe_rules
    from .stage_rules import stage_rules

    rows = describe_rules(build_config(rules=rules, disable=disable, no_default_rules=no_default_rules))
    if all_ids:
        off = set(disable or [])
        rows += [
            {"id": rid, "kind": f"stage {stage}", "description": text, "file": "(built in)"}
            for stage, ids in stage_rules().items()
            for rid, text in ids.items()
            if rid not in off
        ]
    console = Console(highlight=False, soft_wrap=True)
    if not console.is_terminal:
        sys.stdout.write("id\tkind\tdescription\tfile\n")
        for r in rows:
            sys.stdout.write(f"{r['id']}\t{r['kind']}\t{r['description']}\t{r['file']}\n")
        return
    table = Table(box=None, pad_edge=False)
    for head in ("id", "kind", "description", "file"):
        table.add_column(head, no_wrap=head != "description")
    for r in rows:
        table.add_row(r["id"], r["kind"], r["description"], r["file"])
    console.print(table)


@rules_app.command("test", cls=_Command)
def rules_test(
    paths: Annotated[
        list[str] | None,
        typer.Argument(metavar="PATH", help="Rule files or folders to test, added to the rules as --rules would add them."),
    ] = None,
    rules: RulesOpt = None,
    disable: DisableOpt = None,
    no_default_rules: Annotated[
        bool, typer.Option("--no-default-rules", help="Use only the rule files given with --rules or as arguments.")
    ] = False,
) -> None:
    """Run every rule's examples through the engine as `clean` builds it; exit 1 on the first that misbehaves."""
    from .rules import load_rule_list, run_rule_examples

    cfg = build_config(rules=rules, disable=disable, no_default_rules=no_default_rules)
    outcome = run_rule_examples(cfg, list(paths or []), stop_at_first=True)
    if outcome.failures:
        print(f"FAIL {outcome.failures[0]}")
        print(f"{outcome.passed} examples passed before this one", file=sys.stderr)
        raise typer.Exit(1)
    print(f"{outcome.passed} examples of {len(load_rule_list(cfg, list(paths or [])))} rules behave")


# A signal stops the run like Ctrl-C: the sinks abort, one line is said, and the exit status
# is 128 + the signal number, as shells report it.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Stopped(BaseException):
    """Raised by the SIGINT/SIGTERM handler. A BaseException, so no `except Exception` swallows
    it and click does not turn it into its own Abort."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class ClosedStdout(BaseException):
    """The reader of stdout went away (`| head -1`): the run stops, quietly and successfully."""


def _on_signal(signum: int, frame: object) -> None:
    # A second signal while the first is being handled must not interrupt the clean-up.
    for sig in STOP_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    raise Stopped(signum)


_CLOSED = (errno.EPIPE, errno.EBADF)


class _Stdout:
    """sys.stdout whose closing by the reader stops the run (ClosedStdout) instead of failing it."""

    def __init__(self, stream: object) -> None:
        self._stream = stream

    def write(self, s: str) -> int:
        if self._stream is None:
            raise ClosedStdout
        try:
            return self._stream.write(s)  # type: ignore[attr-defined, no-any-return]
        except OSError as e:
            if e.errno in _CLOSED:
                raise ClosedStdout from None
            raise

    def flush(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.flush()  # type: ignore[attr-defined]
        except OSError as e:
            if e.errno in _CLOSED:
                raise ClosedStdout from None
            raise

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


class _Stderr:
    """sys.stderr that goes silent once it is closed: messages are lost, the run and its exit status are not."""

    def __init__(self, stream: object) -> None:
        self._stream = stream

    def write(self, s: str) -> int:
        if self._stream is not None:
            try:
                return self._stream.write(s)  # type: ignore[attr-defined, no-any-return]
            except (OSError, ValueError):
                self._stream = None
        return len(s)

    def flush(self) -> None:
        if self._stream is not None:
            try:
                self._stream.flush()  # type: ignore[attr-defined]
            except (OSError, ValueError):
                self._stream = None

    def isatty(self) -> bool:
        return self._stream is not None and bool(self._stream.isatty())  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        if self._stream is None:
            raise AttributeError(name)
        return getattr(self._stream, name)


def main() -> None:
    """Console-script entry: run the app, map domain errors, signals and closed pipes to exit codes."""
    for sig in STOP_SIGNALS:
        signal.signal(sig, _on_signal)
    # A closed fd 2 (`2>&-`) leaves sys.stderr None, and print() would then write to stdout.
    sys.stderr = _Stderr(sys.stderr)  # type: ignore[assignment]
    sys.stdout = _Stdout(sys.stdout)  # type: ignore[assignment]
    try:
        # Not standalone: click returns an exit code instead of calling sys.exit, so domain
        # errors and closed pipes are handled here, in one place.
        rv = app(standalone_mode=False, prog_name="cleaner")
    except Stopped as e:
        name = signal.Signals(e.signum).name
        print(f"Interrupted ({name}): the run stopped; no partial output was left in place.", file=sys.stderr)
        _flush_or_quiet()
        sys.exit(128 + e.signum)
    except ClosedStdout:
        _quiet_stdout()
        sys.exit(0)
    except typer.Exit as e:
        _flush_or_quiet()
        sys.exit(e.exit_code)
    except CleanerError as e:
        _flush_or_quiet()
        msg = f"Error: {e.message}"
        if e.hint:
            msg += f" ({e.hint})"
        print(msg, file=sys.stderr)
        sys.exit(e.exit_code)
    except OSError as e:
        if e.errno in _CLOSED:
            _quiet_stdout()
            sys.exit(0)
        if e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO):
            err = OutputError.from_os(e.filename or "an output", e)
            print(f"Error: {err.message} ({err.hint})", file=sys.stderr)
            sys.exit(1)
        print(f"Error: {e.filename or ''}{': ' if e.filename else ''}{e.strerror or e}", file=sys.stderr)
        sys.exit(2)
    except typer.Abort:
        print("Aborted.", file=sys.stderr)
        sys.exit(130)
    except typer.TyperException as e:  # usage errors (bad option, missing argument) in non-standalone mode
        e.show()  # type: ignore[attr-defined]
        sys.exit(getattr(e, "exit_code", 2))
    _flush_or_quiet()
    sys.exit(rv if isinstance(rv, int) else 0)


def _quiet_stdout() -> None:
    # Point stdout at devnull so the interpreter's final flush cannot raise again.
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (lives until the interpreter exits)


def _flush_or_quiet() -> None:
    try:
        sys.stdout.flush()
    except (ClosedStdout, BrokenPipeError):
        _quiet_stdout()
