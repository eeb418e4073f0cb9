"""Reposted articles, site templates and the persistent index: one record with its whole body, and
no run ever hides a record (issue: reposts and the index)."""

from __future__ import annotations

import errno
import json
import random
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleaner
from cleaner import cli
from cleaner.config import Config
from cleaner.filters.templates import CorpusTemplates, site_of
from cleaner.model import Document, replay

from .helpers import ROOT, records

sys.path.insert(0, str(ROOT / "bench"))
import reposts  # noqa: E402  (the benchmark's corpus generator, shared with the tests)

_ACTS = ["开展义诊活动", "举办健康讲座", "组织党员志愿服务", "推进医共体建设", "完成首例微创手术", "举行应急演练",
         "召开医疗质量分析会", "开展护理技能竞赛", "组织专家下乡巡诊", "举办新技术培训班"]
_SUBJECTS = ["该院", "医院", "活动中,医护人员", "此外,该院", "据介绍,医院"]
_UNITS = ["临海市第一人民医院", "武宁县中医院", "营山县妇幼保健院", "祁东县人民医院", "松滋市中心卫生院"]
# Page furniture the rule pack removes, so a copy "in other chrome" is still the same article.
_HEADERS = [
    "当前位置:首页 > 新闻中心 > 医院动态",
    "发布时间:2024-03-12 09:41:27 来源:本站 浏览次数:368",
    "【打印本页】【关闭窗口】",
]
_FOOTERS = [
    "分享到:微信 微博 QQ空间",
    "版权所有 © 某某县人民医院",
    "湘ICP备12003456号-1",
    "上一篇:我院开展世界高血压日义诊活动",
    "扫码关注我们",
    "编辑:刘佳",
]


def _article(rng: random.Random, k: int) -> tuple[str, list[str]]:
    unit = rng.choice(_UNITS)
    title = f"{unit}{rng.choice(_ACTS)}(第{k}期)"
    body = []
    for p in range(rng.randint(3, 5)):
        sents = []
        for s in range(rng.randint(2, 3)):
            subject = unit if p == 0 and s == 0 else rng.choice(_SUBJECTS)
            sents.append(f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日,{subject}{rng.choice(_ACTS)},"
                         f"服务群众{rng.randint(20, 900) + k * 1000}余人次。")
        body.append("".join(sents))
    return title, body


def _wide(text: str) -> str:
    return text.replace(",", "，").replace(":", "：")


def _clean_dir(folder: Path) -> cleaner.RunResult:
    return cleaner.clean([str(folder)])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    n_articles=st.integers(2, 4),
    copies=st.lists(
        st.tuples(st.booleans(), st.booleans(), st.integers(0, 1000)), min_size=1, max_size=6
    ),
)
def test_copies_of_an_article_never_cost_its_body_or_change_other_records(
    seed: int, n_articles: int, copies: list[tuple[bool, bool, int]]
) -> None:
    rng = random.Random(seed)
    articles = [_article(rng, k) for k in range(n_articles)]
    chosen = rng.randrange(n_articles)
    with tempfile.TemporaryDirectory() as tmp:
        base_dir, with_dir = Path(tmp) / "base" / "site", Path(tmp) / "with" / "site"
        for folder in (base_dir, with_dir):
            folder.mkdir(parents=True)
            for k, (title, body) in enumerate(articles):
                (folder / f"a{k}.txt").write_text("\n".join([title, *body]) + "\n", encoding="utf-8")
        bodies = {f"a{chosen}.txt": articles[chosen][1]}
        for c, (other_chrome, wide, pick) in enumerate(copies):
            title, body = articles[chosen]
            lines = [title, *body]
            if other_chrome:
                crng = random.Random(pick)
                lines = crng.sample(_HEADERS, crng.randint(1, 2)) + lines + crng.sample(_FOOTERS, crng.randint(1, 3))
            if wide:
                lines = [_wide(x) for x in lines]
                body = [_wide(x) for x in body]
            name = f"copy{c}.txt"
            (with_dir / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
            bodies[name] = body
        base = _clean_dir(base_dir.parent)
        result = _clean_dir(with_dir.parent)

    family = set(bodies)
    kept = [d for d in result.documents if Path(d.source).name in family]
    assert len(kept) == 1, [d.id for d in kept]
    (k,) = kept
    for paragraph in bodies[Path(k.source).name]:
        assert paragraph in k.text.split("\n"), paragraph
    assert replay(k.original, k.changes) == k.text
    # Every other copy is on the side, naming the kept record.
    assert sorted(Path(d.source).name for d in result.dropped) == sorted(family - {Path(k.source).name})
    assert all(d.metadata["dup_of"] == k.id for d in result.dropped)
    # The other articles come out exactly as without the copies.
    def shown(doc: Document) -> tuple[str, dict[str, Any]]:
        rec = doc.to_record()
        rec["id"] = rec["source"] = Path(doc.source).name
        rec["metadata"].pop("_file", None)
        rec["metadata"].pop("_rel_path", None)
        return rec["id"], rec

    others = dict(shown(d) for d in result.documents if Path(d.source).name not in family)
    before = dict(shown(d) for d in base.documents if Path(d.source).name != f"a{chosen}.txt")
    assert others == before


# -- template text is per site and per article ------------------------------------------------------

FOOTER = "本站所载新闻稿件仅供参考,就诊请以医生面诊意见为准,转发请保留本站署名和原文链接。"


def _page(site: str, k: int, extra: list[str] | None = None, **meta: Any) -> Document:
    rng = random.Random(k)
    title, body = _article(rng, k)
    text = "\n".join([title, *body, *(extra or [])])
    return Document(id=f"{site}/p{k}.txt", source=f"{site}/p{k}.txt", original=text,
                    metadata={"_file": f"{site}/p{k}.txt", **meta})


def _drive(docs: list[Document], config: Config | None = None) -> tuple[list[Document], CorpusTemplates]:
    stage = CorpusTemplates(config or Config())
    for d in docs:
        stage.observe(d)
    stage.prepare()
    out = [r for d in docs for r in stage.run(d)]
    stage.commit()
    stage.close()
    for d in out:
        assert replay(d.original, d.changes) == d.text
    return out, stage


def test_a_footer_is_template_text_on_its_own_site_only() -> None:
    docs = [_page("a", k, [FOOTER]) for k in range(3)] + [_page("b", k, [FOOTER]) for k in range(10, 12)]
    out, stage = _drive(docs)
    assert [FOOTER in d.text for d in out] == [False, False, False, True, True]
    assert stage.summary() == {"templates": [{"site": "a", "text": FOOTER, "docs": 3}]}
    removed = [c for c in out[0].changes if c.stage == "templates"]
    assert removed[0].rule == "corpus_template" and removed[0].note["site"] == "a"


def test_ten_copies_of_one_article_on_one_site_are_one_article() -> None:
    original = _page("a", 1, [FOOTER])
    copies = [Document(id=f"a/copy{c}.txt", source=f"a/copy{c}.txt", original=original.original,
                       metadata={"_file": f"a/copy{c}.txt"}) for c in range(10)]
    out, stage = _drive([original, *copies, _page("a", 2)])
    assert all(d.text == d.original for d in out)
    assert stage.summary() == {"templates": []}


def test_copies_in_other_chrome_share_their_body_and_still_find_the_sites_footer() -> None:
    pages = [_page("a", k, [FOOTER]) for k in range(2, 5)]
    title, body = _article(random.Random(1), 1)
    copies = [
        Document(id=f"a/r{c}.txt", source=f"a/r{c}.txt", metadata={"_file": f"a/r{c}.txt"},
                 original="\n".join([f"转载自第{c}家网站的新闻频道,原标题见下。", title, *body, FOOTER]))
        for c in range(4)
    ]
    out, _ = _drive(pages + copies)
    for d in out:
        assert FOOTER not in d.text
    for d in out[3:]:
        assert all(p in d.text for p in body)


def test_site_comes_from_the_page_then_the_url_field_then_the_folder() -> None:
    d = Document(id="x", source="dump/news.jsonl:3", original="正文。",
                 metadata={"url": "https://www.example-hospital.cn/news/1.html", "_file": "dump/news.jsonl"})
    assert site_of(d) == "example-hospital.cn"
    d.metadata["link"] = "http://other.gov.cn/a"
    assert site_of(d, "link") == "other.gov.cn"
    d.metadata["site"] = "Some Site"
    assert site_of(d) == "some site"
    assert site_of(Document(id="y", source="raw/s1/a.txt", original="x", metadata={"_file": "raw/s1/a.txt"})) == "raw/s1"
    assert site_of(Document(id="-", source="-", original="x")) == "-"


def test_jsonl_records_of_one_host_share_their_templates(tmp_path: Path) -> None:
    lines = []
    for k in range(4):
        title, body = _article(random.Random(k), k)
        host = "a.example.cn" if k < 3 else "b.example.cn"
        lines.append(json.dumps({"text": "\n".join([title, *body, FOOTER]), "url": f"https://{host}/{k}.html"},
                                ensure_ascii=False))
    src = tmp_path / "dump.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cleaner.clean([str(src)])
    assert [FOOTER in d.text for d in result.documents] == [False, False, False, True]


def test_menu_words_recurring_on_a_site_go_but_list_markers_stay() -> None:
    docs = [_page("a", k, ["网站地图", "联系我们", "一、"]) for k in range(9)]
    out, stage = _drive(docs)
    for d in out:
        lines = d.text.split("\n")
        assert "网站地图" not in lines and "联系我们" not in lines and "一、" in lines
    assert {t["text"] for t in stage.summary()["templates"]} == {"网站地图", "联系我们"}


def test_a_page_of_nothing_but_template_text_is_kept_whole() -> None:
    docs = [_page("a", k, [FOOTER]) for k in range(3)]
    docs.append(Document(id="a/empty.txt", source="a/empty.txt", original=FOOTER, metadata={"_file": "a/empty.txt"}))
    out, _ = _drive(docs)
    assert out[3].text == FOOTER
    assert any(n["rule"] == "corpus_template" for n in out[3].notes)


# -- the index: earlier runs win, reruns are idempotent, committed last -----------------------------


def _write_site(folder: Path, pages: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")


def _main(*argv: str) -> int:
    """`cleaner ARGV` in this process (so a test can break a function of it), restoring what
    the console-script entry point installs: argv, the standard streams and signal handlers."""
    import signal

    old = sys.argv, sys.stdout, sys.stderr
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    sys.argv = ["cleaner", *argv]
    try:
        cli.main()
    except SystemExit as e:
        return int(e.code or 0)
    finally:
        sys.argv, sys.stdout, sys.stderr = old
        for s, h in handlers.items():
            signal.signal(s, h)
    return 0


def _rows(index: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(index) as con:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def _pages(n: int, seed: int = 3) -> dict[str, str]:
    rng = random.Random(seed)
    out = {}
    for k in range(n):
        title, body = _article(rng, k)
        out[f"p{k:02d}.txt"] = "\n".join([title, *body, FOOTER]) + "\n"
    return out


def test_the_same_batch_twice_with_one_index_writes_the_same_records(tmp_path: Path) -> None:
    pages = _pages(6)
    pages["p00_copy.txt"] = pages["p00.txt"]
    _write_site(tmp_path / "raw" / "site", pages)
    index = tmp_path / "corpus.index"
    outs = []
    for run in range(2):
        out = tmp_path / f"out{run}.jsonl"
        assert _main("clean", str(tmp_path / "raw"), "-o", str(out), "--index", str(index), "-q") == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert len(records(outs[0])) == 6
    dups = records(tmp_path / "out1.dups.jsonl")
    assert [(d["source"].rsplit("/", 1)[1], d["dup_of"].rsplit("/", 1)[1]) for d in dups] == [("p00_copy.txt", "p00.txt")]


def test_earlier_runs_win_whatever_keep_says(tmp_path: Path) -> None:
    title, body = _article(random.Random(5), 5)
    _write_site(tmp_path / "mon" / "site", {"short.txt": "\n".join([title, *body]) + "\n"})
    _write_site(tmp_path / "tue" / "site", {
        "long.txt": "\n".join([title, *body, "活动结束后,医院还向居民赠送了健康手册和常用药品,深受欢迎。"]) + "\n",
        "wide.txt": "\n".join(_wide(x) for x in [title, *body]) + "\n",
    })
    index = tmp_path / "i.sqlite"
    assert _main("clean", str(tmp_path / "mon"), "-o", str(tmp_path / "mon.jsonl"), "--index", str(index), "-q") == 0
    assert _main("clean", str(tmp_path / "tue"), "-o", str(tmp_path / "tue.jsonl"), "--index", str(index),
                 "--keep", "longest", "-q") == 0
    assert records(tmp_path / "tue.jsonl") == []
    dups = records(tmp_path / "tue.dups.jsonl")
    assert sorted(d["source"].rsplit("/", 1)[1] for d in dups) == ["long.txt", "wide.txt"]
    assert {d["dup_of"] for d in dups} == {str(tmp_path / "mon" / "site" / "short.txt")}
    assert all(d["metadata"]["dup_run"] for d in dups)


def test_a_changed_article_under_the_same_id_replaces_its_index_entry(tmp_path: Path) -> None:
    site = tmp_path / "raw" / "site"
    _write_site(site, _pages(3, seed=11))
    index = tmp_path / "i.sqlite"
    assert _main("clean", str(tmp_path / "raw"), "-o", str(tmp_path / "a.jsonl"), "--index", str(index), "-q") == 0
    title, body = _article(random.Random(99), 99)
    (site / "p01.txt").write_text("\n".join([title, *body]) + "\n", encoding="utf-8")
    assert _main("clean", str(tmp_path / "raw"), "-o", str(tmp_path / "b.jsonl"), "--index", str(index), "-q") == 0
    assert len(records(tmp_path / "b.jsonl")) == 3
    with sqlite3.connect(index) as con:
        ids = sorted(r for (r,) in con.execute("SELECT record_id FROM neardup_records"))
    assert ids == sorted(str(site / f"p{k:02d}.txt") for k in range(3))


def test_two_halves_with_one_index_name_every_earlier_copy(tmp_path: Path) -> None:
    corpus = reposts.make_corpus(tmp_path / "corpus", articles=120, sites=6, repost_share=0.4, seed=4)
    named, total, problems = reposts.two_halves(corpus, str(tmp_path / "i.sqlite"))
    assert total > 30
    assert named == total, problems


@pytest.mark.slow
def test_generated_corpus_of_reposts_and_site_templates(tmp_path: Path) -> None:
    corpus = reposts.make_corpus(tmp_path / "corpus", articles=1000, sites=20, repost_share=0.3, seed=1)
    recs, dropped, templates, _ = reposts.run_chain(corpus.root, corpus.files)
    o = reposts.evaluate(corpus, recs, dropped, templates)
    assert o.reposted > 250
    assert o.one_record_whole_body == o.families, o.problems
    assert o.template_lines_left == 0, o.problems
    assert o.body_lines_as_templates == 0


# -- faults: the index is committed last -------------------------------------------------------------


def _setup_index(tmp_path: Path) -> tuple[Path, Path]:
    _write_site(tmp_path / "one" / "site", _pages(4, seed=21))
    index = tmp_path / "i.sqlite"
    assert _main("clean", str(tmp_path / "one"), "-o", str(tmp_path / "one.jsonl"), "--index", str(index), "-q") == 0
    pages = _pages(5, seed=22)
    pages["dup.txt"] = (tmp_path / "one" / "site" / "p01.txt").read_text(encoding="utf-8")
    _write_site(tmp_path / "two" / "site", pages)
    return index, tmp_path / "two"


@pytest.mark.parametrize(
    ("where", "error", "status"),
    [
        ("write", OSError(errno.EIO, "Input/output error"), 1),  # an error while records are written
        ("commit", KeyboardInterrupt(), 130),  # Ctrl-C while outputs are renamed into place
        ("fsync", OSError(errno.ENOSPC, "No space left on device"), 1),  # a full disk
    ],
)
def test_a_run_that_fails_after_the_corpus_passes_leaves_the_index_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, error: BaseException, status: int
) -> None:
    from cleaner.io import write

    index, batch = _setup_index(tmp_path)
    before = _rows(index)

    def boom(*args: Any, **kwargs: Any) -> None:
        raise error

    if where == "write":
        monkeypatch.setattr(write.RecordSink, "write", boom)
    elif where == "commit":
        monkeypatch.setattr(write.RecordSink, "commit", boom)
    else:
        monkeypatch.setattr(write.os, "fsync", boom)
    out = tmp_path / "two.jsonl"
    assert _main("clean", str(batch), "-o", str(out), "--index", str(index), "-q") == status
    monkeypatch.undo()
    assert _rows(index) == before
    assert not out.exists()
    # The rerun writes every record, and finds the copy of the first run's record.
    assert _main("clean", str(batch), "-o", str(out), "--index", str(index), "-q") == 0
    assert len(records(out)) == 5
    (dup,) = records(tmp_path / "two.dups.jsonl")
    assert dup["dup_of"] == str(tmp_path / "one" / "site" / "p01.txt")


def test_a_crash_between_the_last_output_and_the_index_is_repaired_by_the_rerun(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cleaner.pipeline import Pipeline

    index, batch = _setup_index(tmp_path)
    before = _rows(index)

    def crash(self: Pipeline) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(Pipeline, "commit", crash)
    out = tmp_path / "two.jsonl"
    assert _main("clean", str(batch), "-o", str(out), "--index", str(index), "-q") == 1
    monkeypatch.undo()
    first = out.read_bytes()
    assert _rows(index) == before and len(records(first)) == 5
    assert _main("clean", str(batch), "-o", str(out), "--index", str(index), "-q") == 0
    assert out.read_bytes() == first
    assert _rows(index) != before
    assert _main("clean", str(batch), "-o", str(out), "--index", str(index), "-q") == 0
    assert out.read_bytes() == first
