"""Chrome nobody wrote a rule example for, above and below an article, through the whole chain:
each line leaves and the article stays; lines of articles that look like chrome stay wherever
they stand. The lines are in `chrome_lines.txt` and `lookalike_lines.txt` beside this file (a
line starting with "# " is a comment; `#3`, a forum floor, is a line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.api import Cleaner

HERE = Path(__file__).parent
TITLE = "某某县人民医院开展义诊活动"
BODY = [
    "3月1日上午,某某县人民医院组织内科、外科、儿科等科室的12名专家,在县城中心广场开展大型义诊活动,为群众免费测量血压、血糖,并提供健康咨询服务。",
    "活动现场,专家们耐心细致地为前来咨询的群众解答问题,围绕中老年人多发的慢性病,逐一说明了按时服药和合理膳食的要点,共接待群众三百余人次。",
]


def _lines(name: str) -> list[str]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [ln for ln in text.split("\n") if ln and not ln.startswith("# ")]


CHROME = _lines("chrome_lines.txt")
LOOKALIKE = _lines("lookalike_lines.txt")


# One cleaner for every page, as a user cleaning many texts holds one (`clean_text` builds every
# stage on each call): the pages are cleaned one by one all the same.
CLEANER = Cleaner()


def _out(lines: list[str]) -> list[str]:
    docs = CLEANER.documents("\n".join(lines) + "\n", id="-")
    return [ln for doc in docs for ln in doc.text.split("\n")]


def test_the_line_files_are_there() -> None:
    assert len(CHROME) >= 350 and len(LOOKALIKE) >= 30 and "#3" in CHROME


@pytest.mark.parametrize("where", ["above", "below"])
def test_chrome_leaves_and_the_article_stays(where: str) -> None:
    survived = []
    for line in CHROME:
        page = [TITLE, line, *BODY] if where == "above" else [TITLE, *BODY, line]
        out = _out(page)
        assert [ln for ln in out if ln in BODY] == BODY, line
        if line in out:
            survived.append(line)
    assert survived == []


@pytest.mark.parametrize("where", ["top", "middle", "bottom"])
def test_lines_that_look_like_chrome_stay(where: str) -> None:
    lost = []
    for line in LOOKALIKE:
        at = {"top": 1, "middle": 2, "bottom": 3}[where]
        page = [TITLE, *BODY]
        page.insert(at, line)
        if line not in _out(page):
            lost.append(line)
    assert lost == []
