"""The stage contract: a new stage is one class and one `CHAIN` entry, and the runner, the CLI
options (`--disable`, `rules list --all`) and the report all see it; one way to drop a document."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cleaner
from cleaner import chain
from cleaner.cli import app, main
from cleaner.config import Config
from cleaner.model import Document, Edit
from cleaner.pipeline import build_corpus_stages, build_stages, run_stage
from cleaner.stage import CorpusStage, Stage

from .helpers import records

ARTICLE = "某县人民医院开展义诊活动,服务群众百余人次。【推广】\n医院专家为群众讲解慢病防治知识,受到好评。"


class AdTag(Stage):
    """A made-up stage: removes the `【推广】` tag a site appends to paragraphs."""

    name = "adtag"
    rule_ids = {"promo_tag": "a 【推广】 tag at the end of a paragraph"}

    def run(self, doc: Document) -> list[Document]:
        at = doc.text.find("【推广】")
        if at >= 0:
            doc.apply(self.name, [Edit(at, at + len("【推广】"), "", "promo_tag")])
        return [doc]


class Counter(CorpusStage):
    """A made-up corpus pass that counts what it observed and says so in the summary."""

    name = "counter"

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        self.seen = 0

    def observe(self, doc: Document) -> None:
        self.seen += 1

    def run(self, doc: Document) -> list[Document]:
        return [doc]

    def summary(self) -> dict[str, object]:
        return {"counter": {"observed": self.seen}}


@pytest.fixture
def extended(monkeypatch: pytest.MonkeyPatch) -> None:
    """The chain with AdTag after `normalize` and Counter at the end: one entry each."""
    at = [c.name for c in chain.CHAIN].index("normalize") + 1
    monkeypatch.setattr(chain, "CHAIN", (*chain.CHAIN[:at], AdTag, *chain.CHAIN[at:], Counter))


def _cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["cleaner", *args])
    with pytest.raises(SystemExit) as exc:
        main()
    out = capsys.readouterr()
    return int(exc.value.code or 0), out.out, out.err


def test_a_new_stage_runs_in_chain_order_and_its_pass_reports(extended: None, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = cleaner.clean([str(tmp_path)])
    (doc,) = result.documents
    assert "【推广】" not in doc.text
    assert [c.rule for c in doc.changes if c.stage == "adtag"] == ["promo_tag"]
    assert [s.name for s in build_stages(Config())][1:3] == ["normalize", "adtag"]
    assert result.summary.to_dict()["counter"] == {"observed": 1}
    assert chain.stage_names()[-1] == "counter"


def test_a_new_stages_rule_id_is_listed_and_disabled_from_the_cli(
    extended: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _cli(monkeypatch, capsys, "rules", "list", "--all")
    assert code == 0
    assert any(line.split("\t")[:2] == ["promo_tag", "stage adtag"] for line in out.splitlines()), out
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = _cli(monkeypatch, capsys, "clean", str(tmp_path / "a.txt"), "-q", "--disable", "promo_tag")
    assert code == 0, err
    (rec,) = records(out)
    assert "【推广】" in rec["text"]
    code, out, _ = _cli(monkeypatch, capsys, "clean", str(tmp_path / "a.txt"), "-q")
    assert "【推广】" not in records(out)[0]["text"]


def test_the_report_orders_a_new_stage_by_the_chain(extended: None, tmp_path: Path) -> None:
    from cleaner.report.html import report_data
    from cleaner.report.review import load_review

    # Leading spaces (normalize), the tag (adtag): both stages leave changes to show.
    (tmp_path / "a.txt").write_text("  " + ARTICLE, encoding="utf-8")
    review = tmp_path / "r.review.jsonl.gz"
    res = CliRunner().invoke(app, ["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.jsonl"), "-q",
                                   "--review", str(review)])
    assert res.exit_code == 0, res.output
    data = report_data(load_review(review))
    assert data["stages"] == ["normalize", "adtag"]
    assert {"id": "promo_tag", "stage": "adtag"}.items() <= next(r for r in data["rules"] if r["id"] == "promo_tag").items()


def test_a_stage_says_whether_a_config_enables_it() -> None:
    assert "segment" not in [s.name for s in build_stages(Config(segment=False))]
    assert [s.name for s in build_corpus_stages(Config(dedup="off"))] == ["templates"]


def test_returning_no_document_is_the_one_way_to_drop_and_the_reason_is_kept() -> None:
    class Emptier(Stage):
        name = "emptier"

        def run(self, doc: Document) -> list[Document]:
            return []

    class Silent(Emptier):
        name = "silent"

        def drop_reason(self, doc: Document) -> str | None:
            return None

    doc = Document(id="a", source="a", original="正文。")
    (out,) = run_stage(Emptier(), doc)
    assert out is doc and doc.dropped == "emptier"
    assert doc.metadata["drop_reason"] == "no text left after the emptier stage"
    other = Document(id="b", source="b", original="正文。")
    (out,) = run_stage(Silent(), other)
    assert out.dropped == "silent" and "drop_reason" not in out.metadata
    # A dropped document goes past later stages untouched.
    assert run_stage(Emptier(), doc) == [doc]


def test_every_shipped_stage_is_built_one_way() -> None:
    cfg = Config(dedup="mark")
    for cls in chain.CHAIN:
        assert issubclass(cls, Stage) and isinstance(cls.name, str)
        stage = cls(cfg)
        assert stage.config is cfg
        if isinstance(stage, CorpusStage):
            stage.close()


def test_the_readme_example_of_a_new_stage_runs() -> None:
    import subprocess

    from .helpers import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("class PromoTag(Stage)", 1)[0].rsplit("```python\n", 1)[1] + "class PromoTag(Stage)" + \
        text.split("class PromoTag(Stage)", 1)[1].split("```", 1)[0]
    res = subprocess.run([sys.executable, "-c", block], capture_output=True, cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stderr.decode()
