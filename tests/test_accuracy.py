"""bench/accuracy.py scores the chain on both label formats; made-up pages here, the real
labelled pages when CLEANER_CORPUS names the folder that holds them."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import accuracy  # noqa: E402

BODY1 = "6月3日,某某县人民医院组织专家团队走进乡镇卫生院,为当地群众开展免费义诊和健康讲座。"
BODY2 = "活动共接诊群众三百余人次,发放健康宣传资料五百余份,受到了群众的一致好评。"
PAGE = ["网站首页", "科室导航", "专家介绍", BODY1, BODY2, "责任编辑:钱小文", "版权所有 某某县人民医院"]
LABELS = ["boilerplate", "boilerplate", "boilerplate", "content", "content", "boilerplate", "boilerplate"]


def line_folder(tmp_path: Path) -> Path:
    d = tmp_path / "lines"
    d.mkdir()
    (d / "p1.txt").write_text("\n".join(PAGE), encoding="utf-8")
    lines = [{"n": i, "label": lab, "text": t} for i, (t, lab) in enumerate(zip(PAGE, LABELS, strict=True), 1)]
    (d / "p1.labels.json").write_text(json.dumps({"lines": lines}, ensure_ascii=False), encoding="utf-8")
    return d


def snippet_file(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("\n".join(PAGE), encoding="utf-8")
    labels = {"pages": {"a.txt": {"remove": ["责任编辑:钱小文", "版权所有"], "keep": [BODY1[:20], BODY2[-15:]]}}}
    f = tmp_path / "labels.yaml"
    f.write_text(json.dumps(labels, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
    return f


def test_per_line_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert accuracy.main([str(line_folder(tmp_path))]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[0].startswith("p1.txt: content kept 100.0%")
    total = out[-1]
    assert "(1 pages, all)" in total and "content kept 100.0%" in total
    # The credit and the copyright line go at least (rules), so some boilerplate is removed.
    removed = float(total.split("boilerplate removed ")[1].split("%")[0])
    assert removed >= 40.0


def test_snippet_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert accuracy.main([str(snippet_file(tmp_path)), "--show", "both"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1].endswith("remove 2/2 (100.0%), keep 2/2 (100.0%)")


def test_disable_is_passed_to_the_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    accuracy.main([str(snippet_file(tmp_path)), "--quiet", "--disable", "copyright_line", "--disable", "block_model"])
    assert "remove 1/2" in capsys.readouterr().out


def test_missing_path_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert accuracy.main([str(tmp_path / "nowhere")]) == 2
    assert "no such folder or labels file" in capsys.readouterr().err


def test_held_out_split_is_by_name_and_stable() -> None:
    names = [f"page_{i}.txt" for i in range(200)]
    held = [n for n in names if accuracy.held_out(n)]
    assert 20 <= len(held) <= 60
    assert held == [n for n in names if accuracy.held_out("some/folder/" + n)]


CORPUS = os.environ.get("CLEANER_CORPUS")


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS, reason="set CLEANER_CORPUS to the folder holding pages-dev/ and cwced-dev/ to score real pages")
def test_real_pages_keep_content(capsys: pytest.CaptureFixture[str]) -> None:
    corpus = Path(CORPUS or "")
    accuracy.main([str(corpus / "pages-dev" / "labels.yaml"), str(corpus / "cwced-dev" / "pages"), "--quiet"])
    out = capsys.readouterr().out.strip().splitlines()
    snippets = next(ln for ln in out if ln.startswith("snippets"))
    lines = next(ln for ln in out if ln.startswith("lines"))
    keep = snippets.split("keep ")[1].split(" ")[0]
    got, want = map(int, keep.split("/"))
    assert got == want, snippets
    assert float(lines.split("content kept ")[1].split("%")[0]) >= 99.0, lines
