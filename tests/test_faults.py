"""Faults a run must survive: signals at three points, a full disk, closed pipes, a huge document.

After each: the exit status the README documents, one line on stderr, no partial output (an
earlier output is left as it was), no `.part` file once the next run is done, and the raw inputs
unchanged. Faults are injected at exact points by a small driver that wraps one library function
and then runs the real console entry point in a subprocess, so the signal handlers, the sinks and
the exit codes are the installed ones.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .helpers import ROOT, records

# The driver: patch MODULE.ATTR (a function or method) so that its CALL-th call first does
# ACTION (send SIGNAL to this process, or raise ENOSPC), then run the command line.
_DRIVER = r"""
import errno, importlib, os, signal, sys
module, attr, call, action = sys.argv[1:5]
owner_name, _, name = attr.rpartition(".")
owner = importlib.import_module(module)
if owner_name:
    owner = getattr(owner, owner_name)
inner = getattr(owner, name)
count = [0]
def wrapped(*a, **k):
    count[0] += 1
    if count[0] == int(call):
        os.kill(os.getpid(), getattr(signal, action))
    return inner(*a, **k)
if action == "ENOSPC":
    # The disk fills at the CALL-th write to any output file, below the buffering.
    import io, types
    class Full(io.FileIO):
        def write(self, b):
            count[0] += 1
            if count[0] >= int(call):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return super().write(b)
    owner.io = types.SimpleNamespace(**{**vars(io), "FileIO": Full})
else:
    setattr(owner, name, wrapped)
sys.argv = ["cleaner", *sys.argv[5:]]
from cleaner.cli import main
main()
"""

# Where a run is stopped: while reading its inputs, in a per-document stage, and while the
# corpus passes hand finished records to the output file.
POINTS = {
    "reading": ("cleaner.io.read", "read_source", 3),
    "per_document": ("cleaner.filters.repeats", "Repeats.run", 4),
    "writing": ("cleaner.io.write", "RecordSink.write", 5),
}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["COLUMNS"] = "120"
    return env


def _driven(where: tuple[str, str, int], action: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    module, attr, call = where
    return subprocess.run(
        [sys.executable, "-c", _DRIVER, module, attr, str(call), action, *args],
        capture_output=True, cwd=cwd, env=_env(), timeout=300,
    )


def _cli(*args: str, cwd: Path, stdout: int | None = subprocess.PIPE, stderr: int | None = subprocess.PIPE,
         ) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cleaner", *args], stdout=stdout, stderr=stderr, cwd=cwd,
                          env=_env(), timeout=300)


_PLACES = ["大足区", "綦江区", "垫江县", "奉节县", "秀山县", "营山县", "渭南市", "松原市"]
_DEEDS = ["开展义诊活动", "举办健康讲座", "开展家庭医生签约服务", "举行应急演练", "开展院感防控培训"]


def _inputs(tmp: Path, n: int = 8) -> Path:
    """n single-hospital articles (one record each), all different."""
    raw = tmp / "raw"
    raw.mkdir()
    for i in range(n):
        place = _PLACES[i % len(_PLACES)]
        paras = [f"{place}人民医院第{i + 1}期工作简报"]
        for k in range(3):
            deed = _DEEDS[(i * 3 + k) % len(_DEEDS)]
            paras.append(f"{k + 1}月{i % 27 + 1}日，该院{deed}，共服务群众{100 + 7 * i + k}人次，"
                         f"第{i * 3 + k + 1}批志愿者{10 + i}人参加，现场发放资料{50 + i * 11 + k}份。")
        paras.append("图为义诊活动现场")
        (raw / f"{i:03d}.txt").write_text("\n".join(paras) + "\n", encoding="utf-8")
    return raw


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _parts(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.name.endswith(".part"))


def _one_line(stderr: bytes) -> str:
    lines = [line for line in stderr.decode().splitlines() if line.strip()]
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.parametrize("point", sorted(POINTS))
@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_a_signal_at_any_point_leaves_the_earlier_output_and_nothing_partial(tmp_path: Path, point: str, sig: str) -> None:
    raw = _inputs(tmp_path)
    before = _digest(raw)
    out = tmp_path / "out"
    first = _cli("clean", "raw", "-o", "out/clean.jsonl", "-q", cwd=tmp_path)
    assert first.returncode == 0, first.stderr.decode()
    earlier = _digest(out)
    res = _driven(POINTS[point], sig, "clean", "raw", "-o", "out/clean.jsonl", "--report", "out/report.html",
                  cwd=tmp_path)
    assert res.returncode == {"SIGINT": 130, "SIGTERM": 143}[sig], res.stderr.decode()
    line = _one_line(res.stderr)
    assert line.startswith(f"Interrupted ({sig})") and "no partial output" in line
    assert _digest(out) == earlier  # the earlier outputs, byte for byte; no report, no .part
    assert _digest(raw) == before
    again = _cli("clean", "raw", "-o", "out/clean.jsonl", "-q", cwd=tmp_path)
    assert again.returncode == 0 and _parts(tmp_path) == []


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_an_interrupted_txt_run_leaves_no_partial_tree(tmp_path: Path, sig: str) -> None:
    raw = _inputs(tmp_path)
    res = _driven(POINTS["writing"], sig, "clean", "raw", "--format", "txt", "--out-dir", "txt", cwd=tmp_path)
    assert res.returncode == {"SIGINT": 130, "SIGTERM": 143}[sig], res.stderr.decode()
    _one_line(res.stderr)
    assert not (tmp_path / "txt").exists()  # four records were written before the signal: none is left
    done = _cli("clean", "raw", "--format", "txt", "--out-dir", "txt", "-q", cwd=tmp_path)
    assert done.returncode == 0
    assert sorted(p.name for p in (tmp_path / "txt").iterdir()) == sorted(p.name for p in raw.iterdir())


def test_part_files_of_a_killed_run_are_cleared_by_the_next_run(tmp_path: Path) -> None:
    _inputs(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    # What SIGKILL leaves: temporary files of a process that no longer exists, in both name forms.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    for name in (f".clean.jsonl.{pid}.abc123.part", f".clean.dups.jsonl.{pid}.x.part", ".clean.jsonl.k2j4h5.part"):
        (out / name).write_text("partial", encoding="utf-8")
    (out / ".other.jsonl.1.part").write_text("not ours", encoding="utf-8")
    txt = tmp_path / "txt"
    (txt / f".cleaner-{pid}-q1.part").mkdir(parents=True)
    (txt / f".cleaner-{pid}-q1.part" / "a.txt").write_text("partial", encoding="utf-8")
    assert _cli("clean", "raw", "-o", "out/clean.jsonl", "-q", cwd=tmp_path).returncode == 0
    assert _cli("clean", "raw", "--format", "txt", "--out-dir", "txt", "-q", cwd=tmp_path).returncode == 0
    assert _parts(tmp_path) == ["out/.other.jsonl.1.part"]  # another output's file is not touched
    assert len(records(out / "clean.jsonl")) == 8


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_from_outside_mid_run_stops_it_cleanly(tmp_path: Path, sig: signal.Signals) -> None:
    """The same as a user's Ctrl-C or `timeout`: the signal comes when it comes."""
    raw = _inputs(tmp_path, n=400)
    before = _digest(raw)
    with subprocess.Popen([sys.executable, "-m", "cleaner", "clean", "raw", "-o", "out/clean.jsonl"],
                          cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        deadline = time.monotonic() + 60
        # Wait until the output's temporary file exists: the run is under way.
        while not _parts(tmp_path) and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=120)
    if proc.returncode == 0:
        pytest.skip("the run finished before the signal arrived on this machine")
    assert proc.returncode == 128 + sig
    _one_line(err)
    assert _parts(tmp_path) == [] and not (tmp_path / "out" / "clean.jsonl").exists()
    assert _digest(raw) == before


@pytest.mark.parametrize("target", ["records", "review"])
def test_a_full_disk_names_the_file_and_removes_every_partial_output(tmp_path: Path, target: str) -> None:
    """ENOSPC injected into the buffered writes of one output (works without root)."""
    raw = _inputs(tmp_path)
    before = _digest(raw)
    call = 1 if target == "records" else 2
    res = _driven(("cleaner.io.write", "io", call), "ENOSPC",
                  "clean", "raw", "-o", "out/clean.jsonl", cwd=tmp_path)
    assert res.returncode == 1, res.stderr.decode()
    line = _one_line(res.stderr)
    assert line.startswith("Error: out/clean.") and "no space left on device" in line, line
    assert [p.name for p in (tmp_path / "out").iterdir()] == []
    assert _digest(raw) == before


def test_an_output_folder_that_is_a_file_is_named_as_such(tmp_path: Path) -> None:
    """`-o out/clean.jsonl` where `out` is a file (a run that once wrote `-o out`): the message
    names that file, not a puzzling "file exists" for the output."""
    raw = _inputs(tmp_path, 2)
    before = _digest(raw)
    (tmp_path / "out").write_text("an earlier run's output\n", encoding="utf-8")
    res = _cli("clean", "raw", "-o", "out/clean.jsonl", cwd=tmp_path)
    assert res.returncode == 1, res.stderr.decode()
    assert _one_line(res.stderr) == (
        "Error: out/clean.jsonl: out is a file, not a folder (choose another output path, or move that file)"
    )
    assert (tmp_path / "out").read_text(encoding="utf-8") == "an earlier run's output\n"
    assert _digest(raw) == before


def _mount_tmpfs(where: Path, size: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    where.mkdir()
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


@pytest.mark.slow
def test_a_real_full_disk_names_the_file_and_removes_every_partial_output(tmp_path: Path) -> None:
    """A 64 KB tmpfs (root only): the records do not fit."""
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "64k"):
        pytest.skip("mounting a small tmpfs needs root and mount(8); the injected ENOSPC test covers this")
    try:
        raw = _inputs(tmp_path, n=200)
        before = _digest(raw)
        res = _cli("clean", "raw", "-o", str(disk / "clean.jsonl"), "--dedup", "off", cwd=tmp_path)
        assert res.returncode == 1, res.stderr.decode()
        line = _one_line(res.stderr)
        assert f"{disk}/clean." in line and "no space left on device" in line, line
        assert list(disk.iterdir()) == []
        assert _digest(raw) == before
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_a_closed_stdout_ends_the_run_quietly_with_status_0(tmp_path: Path) -> None:
    # More records than a pipe buffer holds (64 KiB), so the writer is still writing when the
    # reader goes away, however the two processes are scheduled.
    raw = _inputs(tmp_path, n=150)
    before = _digest(raw)
    # `| head -1`: the reader takes one line and goes away.
    with subprocess.Popen([sys.executable, "-m", "cleaner", "clean", "raw", "--dedup", "off"],
                          cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()
        assert proc.wait(timeout=120) == 0, err.decode()
    assert records(first)
    assert err == b""
    assert _parts(tmp_path) == [] and _digest(raw) == before
    # stdout closed before the run starts (`>&-`) is the same choice.
    assert _cli("clean", "raw", cwd=tmp_path, stdout=None, stderr=subprocess.PIPE).returncode == 0
    closed = subprocess.run(f"{sys.executable} -m cleaner clean raw >&-", shell=True, cwd=tmp_path, env=_env(),
                            capture_output=False, stderr=subprocess.PIPE)
    assert closed.returncode == 0 and closed.stderr == b""


def test_a_closed_stderr_loses_the_messages_not_the_run(tmp_path: Path) -> None:
    raw = _inputs(tmp_path)
    (raw / "bin.dat").write_bytes(b"\x89PNG\x00\x00\x01")
    res = subprocess.run(f"{sys.executable} -m cleaner clean raw -o out/clean.jsonl 2>&-", shell=True,
                         cwd=tmp_path, env=_env(), capture_output=False, stdout=subprocess.PIPE)
    assert res.returncode == 1  # one input was skipped: the status still says so
    assert res.stdout == b""  # nothing meant for stderr went to stdout instead
    assert len(records(tmp_path / "out" / "clean.jsonl")) == 8
    # stderr a pipe whose reader is gone.
    with subprocess.Popen([sys.executable, "-m", "cleaner", "clean", "raw", "-o", "out/again.jsonl"],
                          cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stderr is not None
        proc.stderr.close()
        proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert len(records(tmp_path / "out" / "again.jsonl")) == 8
    assert _parts(tmp_path) == []


@pytest.mark.slow
def test_repeats_stay_linear_on_one_document_of_many_similar_paragraphs() -> None:
    """Item 13: paragraphs over a small vocabulary share their rarest grams; four times the
    paragraphs must cost about four times the time (the unbounded search took sixteen)."""
    import gc
    import random

    from cleaner.config import Config
    from cleaner.filters.repeats import Repeats
    from cleaner.model import Document

    places = ["大足区", "綦江区", "垫江县", "奉节县", "秀山县", "营山县", "渭南市", "松原市", "开州区", "巴南区"]
    units = ["人民医院", "中医院", "妇幼保健院", "中心卫生院", "疾控中心", "社区卫生服务中心"]
    acts = ["开展义诊活动", "举办健康讲座", "组织志愿服务", "推进医共体建设", "开展家庭医生签约", "举行应急演练"]
    tails = ["受到群众好评", "服务群众百余人次", "发放宣传资料", "惠及辖区居民", "提升了服务能力", "奠定了基础"]

    def article(n: int) -> str:
        # Distinct paragraphs (exact copies never reach the near index) over a small vocabulary.
        rng = random.Random(5)
        return "\n".join(
            "".join(f"{rng.choice(places)}{rng.choice(units)}{rng.choice(acts)}，{rng.choice(tails)}。"
                    for _ in range(rng.randint(2, 4)))
            for _ in range(n)
        )

    stage = Repeats(Config())

    def cpu(n: int) -> float:
        doc = Document(id="big", source="big", original=article(n))
        gc.collect()
        gc.disable()  # a collection landing in one run would be timed with it
        try:
            start = time.process_time()
            stage.run(doc)
            return time.process_time() - start
        finally:
            gc.enable()

    cpu(300)  # warm-up: imports and regex compilation
    # The least of several runs each, large enough that a busy machine's hiccup is a small part
    # of one; the quadratic search this guards against costs sixteen times, not eight.
    small, large = min(cpu(2000) for _ in range(4)), min(cpu(8000) for _ in range(4))
    assert large < 8 * small, (small, large)
