"""The command line as a user meets it: help, README commands, --jobs, pipes, atomic output, exit codes."""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import typer.main

from cleaner.cli import app

from .helpers import ROOT, generated_articles, records, run_cli


def _clean_options() -> list[str]:
    cmd = typer.main.get_command(app)
    clean = cmd.commands["clean"]  # type: ignore[attr-defined]
    names = []
    for p in clean.params:
        names.extend(o for o in p.opts if o.startswith("--"))
    return names


def test_help_describes_every_option() -> None:
    res = run_cli("clean", "--help")
    assert res.returncode == 0
    text = res.stdout.decode()
    cmd = typer.main.get_command(app)
    for p in cmd.commands["clean"].params:  # type: ignore[attr-defined]
        if p.param_type_name == "option":
            assert p.help, f"option {p.opts} has no help text"
            assert p.opts[-1] in text or p.opts[0] in text
    top = run_cli("--help").stdout.decode()
    for name in cmd.commands:  # type: ignore[attr-defined]
        assert name in top


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", readme, re.S)
    assert block, "README must start with a sh block of the two set-up commands"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_starts_with_exactly_two_commands_and_they_match_ci() -> None:
    cmds = _readme_commands()
    assert len(cmds) == 2
    assert "pip install ." in cmds[0] and "cleaner clean samples/" in cmds[0]
    assert "pip install '.[test]'" in cmds[1] and "pytest" in cmds[1]
    assert cmds[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_cli_option_in_the_readme_exists_and_every_command_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    known = set(_clean_options())
    cmd = typer.main.get_command(app)
    for name, sub in cmd.commands.items():  # type: ignore[attr-defined]
        assert f"cleaner {name}" in readme, f"`cleaner {name}` is not in the README"
        for p in getattr(sub, "params", []):
            known.update(o for o in p.opts if o.startswith("--"))
        for sub2 in getattr(sub, "commands", {}).values():
            for p in sub2.params:
                known.update(o for o in p.opts if o.startswith("--"))
    for line in readme.splitlines():
        if "cleaner " not in line:
            continue
        for opt in re.findall(r"(?<![\w-])--[a-z][a-z-]+", line):
            assert opt in known | {"--help", "--version"}, f"README mentions {opt}, which no command has"


def test_readme_first_command_writes_one_record_per_seed(tmp_path: Path) -> None:
    cmd = _readme_commands()[0]
    clean_part = cmd[cmd.index("cleaner clean") :].replace("out/", f"{tmp_path}/")
    args = clean_part.split()[1:]
    inputs = sorted(str(p) for p in (ROOT / "samples").glob("seed_*/input"))
    star = args.index("samples/*/input")
    args[star : star + 1] = inputs
    res = run_cli(*args)
    assert res.returncode == 0, res.stderr.decode()
    recs = records(tmp_path / "clean.jsonl")
    sources = {r["source"] for r in recs}
    assert len(sources) == 5
    assert all(r["text"].strip() for r in recs)


def _generated_corpus(d: Path, n: int) -> None:
    for i, body in enumerate(generated_articles(n)):
        (d / f"{i // 50:02d}").mkdir(exist_ok=True)
        (d / f"{i // 50:02d}" / f"doc{i:04d}.txt").write_text(body, encoding="utf-8")


def test_jobs_output_is_byte_identical(tmp_path: Path) -> None:
    gen = tmp_path / "gen"
    gen.mkdir()
    _generated_corpus(gen, 300)
    inputs = [*sorted(str(p) for p in (ROOT / "samples").glob("seed_*/input")), str(gen)]
    one = run_cli("clean", *inputs, "-o", str(tmp_path / "j1.jsonl"), "-q", "--jobs", "1")
    two = run_cli("clean", *inputs, "-o", str(tmp_path / "j2.jsonl"), "-q", "--jobs", "2")
    assert one.returncode == 0 and two.returncode == 0, two.stderr.decode()
    assert (tmp_path / "j1.jsonl").read_bytes() == (tmp_path / "j2.jsonl").read_bytes()
    assert (tmp_path / "j1.dups.jsonl").read_bytes() == (tmp_path / "j2.dups.jsonl").read_bytes()
    assert len(records(tmp_path / "j1.jsonl")) + len(records(tmp_path / "j1.dups.jsonl")) >= 300


def test_a_closed_pipe_ends_quietly() -> None:
    inputs = " ".join(sorted(str(p) for p in (ROOT / "samples").glob("seed_*/input")))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    res = subprocess.run(
        f"{sys.executable} -m cleaner clean {inputs} | head -c 100",
        shell=True,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert len(res.stdout) == 100
    assert b"Traceback" not in res.stderr and b"Error" not in res.stderr, res.stderr.decode()


def test_an_interrupted_run_leaves_no_partial_output(tmp_path: Path) -> None:
    gen = tmp_path / "gen"
    gen.mkdir()
    _generated_corpus(gen, 3000)
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "cleaner", "clean", str(gen), "-o", str(out), "-q"],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
    )
    # Wait until the run is writing its temporary file, then interrupt it like Ctrl-C.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(tmp_path.glob(".out.jsonl.*.part")):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert not list(tmp_path.glob(".out.jsonl.*"))
    assert not list(tmp_path.glob(".out.*"))


def test_txt_format_mirrors_the_input_tree(tmp_path: Path) -> None:
    res = run_cli("clean", "samples/seed_000/input", "samples/seed_003/input", "--format", "txt", "--out-dir", str(tmp_path / "txt"), "-q")
    assert res.returncode == 0, res.stderr.decode()
    files = sorted(p.name for p in (tmp_path / "txt").rglob("*.txt"))
    assert files == ["000_8e1f2bca23efe9c4.txt", "003_c5e296472af69255.txt"]
    assert "营山县人民医院" in (tmp_path / "txt" / "000_8e1f2bca23efe9c4.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "txt"], "--format txt needs --out-dir"),
        (["--keep", "source-priority"], "needs --source-priority"),
        (["--jobs", "0"], "--jobs"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str], message: str) -> None:
    res = run_cli("clean", "samples/seed_000/input", *args)
    assert res.returncode == 2
    assert message in res.stderr.decode()
    assert b"Traceback" not in res.stderr


def test_output_never_overwrites_an_input(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("正文内容。", encoding="utf-8")
    res = run_cli("clean", str(f), "-o", str(f))
    assert res.returncode == 2
    assert f.read_text(encoding="utf-8") == "正文内容。"


def test_raw_inputs_are_never_modified(tmp_path: Path, seeds: list[Path]) -> None:
    before = {s: s.read_bytes() for s in seeds}
    res = run_cli("clean", *[str(s) for s in seeds], "-o", str(tmp_path / "o.jsonl"), "-q")
    assert res.returncode == 0
    assert {s: s.read_bytes() for s in seeds} == before


def test_summary_on_stderr_names_changes_per_stage_and_rule(tmp_path: Path) -> None:
    res = run_cli("clean", "samples/seed_004/input", "-o", str(tmp_path / "o.jsonl"))
    err = res.stderr.decode()
    assert "records written: 1" in err
    assert "changes per stage and rule" in err
    assert json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()[0])["id"]


def test_progress_goes_to_a_terminal_stderr_and_stdout_keeps_only_records(tmp_path: Path) -> None:
    import pty

    master, slave = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="120", TERM="xterm")
    proc = subprocess.Popen(
        [sys.executable, "-m", "cleaner", "clean", *sorted(str(p) for p in (ROOT / "samples").glob("seed_*/input"))],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=slave,
    )
    os.close(slave)
    err = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        err += chunk
    out, _ = proc.communicate(timeout=300)
    os.close(master)
    assert proc.returncode == 0
    text = err.decode("utf-8", errors="replace")
    assert "cleaning" in text and "records" in text
    assert "inputs read: 5" in text
    for line in out.decode("utf-8").splitlines():
        assert json.loads(line)["id"]


def test_a_document_emptied_by_cleaning_goes_to_the_side_file_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "only_notice.txt").write_text("版权声明:本站所有内容均来自网络,如有侵权请联系删除。\n", encoding="utf-8")
    (tmp_path / "news.txt").write_text("6月3日,临海市第一人民医院与涌泉镇卫生院签订帮扶协议,派驻医生常驻开展门诊。\n", encoding="utf-8")
    res = run_cli("clean", str(tmp_path / "only_notice.txt"), str(tmp_path / "news.txt"), "-o", str(tmp_path / "o.jsonl"))
    assert res.returncode == 0, res.stderr.decode()
    assert [r["source"].rsplit("/", 1)[-1] for r in records(tmp_path / "o.jsonl")] == ["news.txt"]
    (dropped,) = records(tmp_path / "o.dups.jsonl")
    assert dropped["source"].endswith("only_notice.txt")
    assert dropped["dropped_by"] == "boilerplate"
    assert "no text left" in dropped["drop_reason"]
    assert "dropped by stage: boilerplate 1" in res.stderr.decode()


def test_an_output_that_is_a_pipe_is_written_in_place_not_replaced(tmp_path: Path) -> None:
    import stat as stat_mod
    import threading

    fifo = tmp_path / "records.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    res = run_cli("clean", "samples/seed_000/input", "-o", str(fifo), "--dups", str(tmp_path / "d.jsonl"), "-q")
    reader.join(timeout=60)
    assert res.returncode == 0, res.stderr.decode()
    assert stat_mod.S_ISFIFO(fifo.stat().st_mode)
    assert records(got[0])[0]["source"].endswith("000_8e1f2bca23efe9c4.txt")


@pytest.mark.parametrize("url", ["a#/../../../PWN", "a#..", "/etc/a#/../x", "a#\\..\\..\\PWN", "..#../../PWN"])
def test_no_id_places_a_txt_file_outside_out_dir(tmp_path: Path, url: str) -> None:
    """Item 1: the part of an id after `#` names a file, never a path."""
    src = tmp_path / "t.jsonl"
    src.write_text(json.dumps({"text": "县人民医院开展义诊活动，服务群众三百余人次。", "url": url}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out" / "deep"
    res = run_cli("clean", str(src), "--id-key", "url", "--format", "txt", "--out-dir", str(out), "-q")
    assert res.returncode == 0, res.stderr.decode()
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p != src]
    assert len(written) == 1 and written[0].is_relative_to(out), written
    assert written[0].read_text(encoding="utf-8").startswith("县人民医院")


@pytest.mark.parametrize(
    "args",
    [
        ["-o", "c.jsonl", "--dups", "c.jsonl"],
        ["-o", "c.jsonl", "--review", "./c.jsonl"],
        ["-o", "c.jsonl", "--report", "sub/../c.jsonl"],
        ["-o", "raw/a.txt"],
        ["-o", "raw/new.jsonl", "--dups", "raw/a.txt"],
        ["--format", "txt", "--out-dir", "raw"],
    ],
)
def test_outputs_that_meet_each_other_or_an_input_are_a_usage_error(tmp_path: Path, args: list[str]) -> None:
    """Item 8: refused before anything runs (exit 2), nothing written, inputs unchanged."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("县人民医院开展义诊活动，服务群众三百余人次。\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    before = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    res = run_cli("clean", "raw", *args, cwd=tmp_path)
    assert res.returncode == 2, res.stderr.decode()
    (line,) = res.stderr.decode().splitlines()
    assert line.startswith("Error: ") and ("same file" in line or "input" in line), line
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == before
    assert (raw / "a.txt").read_text(encoding="utf-8").startswith("县人民医院")


def test_explain_shows_control_characters_instead_of_sending_them(tmp_path: Path) -> None:
    """ESC and BEL from a scraped page must not drive the reader's terminal."""
    p = tmp_path / "esc.txt"
    p.write_text("县人民医院\x1b]0;pwned\x07开展义诊活动\x1b[2J，服务群众三百余人次。\x9b31m\n", encoding="utf-8")
    res = run_cli("explain", str(p))
    assert res.returncode == 0, res.stderr.decode()
    out = res.stdout.decode()
    assert not any(ch in out for ch in "\x1b\x07\x9b"), repr(out)
    assert "␛" in out and "␇" in out


def test_a_rule_that_times_out_is_said_once_without_verbose(tmp_path: Path) -> None:
    rules = tmp_path / "slow.yaml"
    rules.write_text(
        "rules:\n"
        "  - id: slow_rule\n"
        "    kind: line\n"
        "    description: Backtracks exponentially on a long run of a's when the line goes on after the b.\n"
        "    patterns: ['^(a|aa)+b$']\n"
        "    examples:\n"
        "      remove: ['aaab']\n"
        "      keep: ['aaaba']\n",
        encoding="utf-8",
    )
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(2):
        (raw / f"{i}.txt").write_text(f"县人民医院第{i}次开展义诊活动。\n" + "a" * 90 + "ba\n", encoding="utf-8")
    res = run_cli("clean", str(raw), "--rules", str(rules), "-o", str(tmp_path / "o.jsonl"))
    assert res.returncode == 0, res.stderr.decode()
    said = [line for line in res.stderr.decode().splitlines() if "slow_rule" in line]
    assert said == ["rule slow_rule timed out on 2 documents and was skipped for them (its regex is too slow; -v names the documents)"]


def test_the_progress_line_fits_80_columns_with_its_total_and_time_left() -> None:
    import io

    from rich.console import Console

    from cleaner.console import RunProgress

    buf = io.StringIO()
    prog = RunProgress(Console(file=buf, force_terminal=True, width=80, color_system=None), enabled=True)
    prog.set_total(100000)
    for _ in range(12345):
        prog("input", 1)
        prog("document", 2000)
        prog("record", 0)
    for _ in range(67):
        prog("dropped", 0)
    assert prog._progress is not None
    prog._progress.refresh()
    prog.stop()
    lines = [re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", x) for x in buf.getvalue().replace("\r", "\n").splitlines()]
    last = [x for x in lines if "cleaning" in x][-1]
    assert "12345/100000" in last and " docs/s · 12345 records ·" in last
    assert last.rstrip().endswith("left") and "…" not in last


def test_the_progress_counts_records_and_dropped_documents_like_the_summary() -> None:
    from cleaner import api
    from cleaner.config import Config

    from .conftest import SEEDS

    events: list[str] = []

    class Null:
        def write(self, doc: object) -> None:
            pass

    inputs = [str(p) for p in SEEDS] + [str(SEEDS[0])]  # the second copy of seed 000 is dropped
    summary = api.run(inputs, Config(), records=Null(), dups=Null(), progress=lambda e, n: events.append(e))
    assert summary.duplicates >= 1
    assert events.count("record") == summary.records and events.count("dropped") == summary.duplicates


def test_a_stage_that_fails_on_one_document_loses_nothing_and_the_run_goes_on(tmp_path: Path) -> None:
    """A bug in a stage on one input (here the metadata stage made to raise on it) stops neither the
    run nor that document: every record is written, the failing one without that stage's edits and
    with the failure noted on it, one `Error:` line names the stage, and the exit status is 1."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("县医院开展义诊活动\n发布时间:2024-05-06\n近日,县医院组织专家深入乡镇开展义诊活动,为群众送去健康服务。", encoding="utf-8")
    (folder / "b.txt").write_text("BOOM 市医院启用新门诊楼\n发布时间:2024-05-07\n市医院新门诊楼今日正式启用,设有诊室一百二十间。", encoding="utf-8")
    out = tmp_path / "c.jsonl"
    script = (
        "import sys, cleaner.filters.metadata as m\n"
        "run = m.Metadata.run\n"
        "def bad(self, doc):\n"
        "    if 'BOOM' in doc.text:\n"
        "        raise RuntimeError('made to fail')\n"
        "    return run(self, doc)\n"
        "m.Metadata.run = bad\n"
        "from cleaner.cli import main\n"
        f"sys.argv = ['cleaner', 'clean', {str(folder)!r}, '-o', {str(out)!r}]\n"
        "main()\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, env=env, timeout=120)
    assert proc.returncode == 1, proc.stderr.decode()
    err = proc.stderr.decode()
    assert "Error: stage metadata failed on 1 document" in err and "made to fail" in err
    recs = {Path(r["source"]).name: r for r in records(out)}
    assert set(recs) == {"a.txt", "b.txt"}
    assert recs["a.txt"]["title"] == "县医院开展义诊活动"
    assert "市医院新门诊楼今日正式启用" in recs["b.txt"]["text"]
    # (the review data keeps the failure with the document, for `cleaner report`)
    assert b"stage_error" in gzip.decompress((tmp_path / "c.review.jsonl.gz").read_bytes())
