"""What a run pays for before its first document: the chain is assembled, and `cleaner --help`
answers, without numpy, datasketch, scipy, redis, lxml or pydantic. numpy is imported by the code
that scores or signs (the boilerplate model on a page, a corpus pass deciding), not by importing
the stages."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("numpy", "datasketch", "scipy", "redis", "lxml", "pydantic")


def _loaded_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return eval(out.strip().splitlines()[-1])  # noqa: S307 - our own probe's printed list


def test_assembling_the_chain_imports_no_numpy() -> None:
    # The stage modules, the corpus passes among them, and the lists the runner and the CLI read.
    code = (
        "import cleaner.chain, cleaner.dedup.stage, cleaner.filters.templates, cleaner.filters.blockmodel\n"
        "print([c.name for c in cleaner.chain.document_stages() + cleaner.chain.corpus_stages()])"
    )
    assert _loaded_after(code) == []


def test_the_numpy_work_still_runs_when_called() -> None:
    # Lazy, not missing: a near-duplicate batch signs and decides (numpy is imported then); the
    # shorter copy is the duplicate of the longer one.
    code = (
        "from cleaner.config import Config\n"
        "from cleaner.dedup.stage import Batch\n"
        "b = Batch(Config())\n"
        "text = '某某市卫生健康委员会召开全市基层医疗卫生工作推进会议，部署下一阶段重点任务。' * 3\n"
        "b.add(text, 'a', 'a.txt', len(text)); b.add(text + '会议要求', 'b', 'b.txt', len(text) + 4)\n"
        "d = b.decide(); assert d[0] is not None and d[0].dup_of == 'b', d; b.close()"
    )
    assert "numpy" in _loaded_after(code)


def test_help_imports_nothing_heavy() -> None:
    code = (
        "import sys, contextlib, io\n"
        "sys.argv = ['cleaner', '--help']\n"
        "from cleaner.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main()"
    )
    assert _loaded_after(code) == []
