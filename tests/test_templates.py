"""The `templates` corpus pass: paragraphs repeated across documents, within a run and across runs."""

from __future__ import annotations

import copy
import random
import re
import sqlite3
from pathlib import Path

import pytest

from cleaner.config import Config
from cleaner.errors import ConfigError
from cleaner.filters import templates as templates_mod
from cleaner.filters.templates import CorpusTemplates
from cleaner.model import Document, replay

FOOTER = "欢迎关注县人民医院微信公众号,获取最新就医指南、专家出诊信息和健康科普知识,预约挂号请拨打服务热线。"
QUOTE = (
    "“要坚持以人民健康为中心,持续深化医药卫生体制改革,推动优质医疗资源扩容下沉和区域均衡布局,"
    "让群众在家门口就能享受到更加优质高效的医疗卫生服务。”"
)

_HOSPITALS = [
    "县人民医院",
    "市中心医院",
    "区中医院",
    "妇幼保健院",
    "镇卫生院",
    "市第二人民医院",
    "县中医院",
    "社区卫生服务中心",
]
_ACTIONS = [
    "开展了“世界高血压日”义诊活动",
    "成功实施首例经皮冠状动脉介入手术",
    "举行了新院区门诊楼启用仪式",
    "组织医护人员深入乡村开展健康讲座",
    "召开了医疗质量安全管理工作会议",
    "启动了家庭医生签约服务提质行动",
    "完成了胸痛中心建设现场核查",
    "与省级医院签订了专科联盟协议",
]
_DETAILS = [
    "活动现场,专家们为前来咨询的群众测量血压、血糖,耐心解答健康问题",
    "患者术后恢复良好,已于近日康复出院",
    "新门诊楼共设置诊室一百二十间,配备了智能导诊系统",
    "讲座围绕慢性病防治、合理用药等内容展开,受到村民欢迎",
    "会议通报了上半年医疗质量检查中发现的问题,并提出整改要求",
    "签约团队将为重点人群提供随访、用药指导等服务",
    "专家组通过查阅资料、现场演练等方式对建设情况进行了评估",
    "双方将在人才培养、远程会诊等方面开展深度合作",
]


def make_articles(seed: int = 7) -> list[Document]:
    """Twenty articles from varied sentences; #3,#6,#9,#12,#15 carry FOOTER, #4 and #17 quote QUOTE."""
    rng = random.Random(seed)
    used: set[str] = set()

    def sentence(subject: str) -> str:
        while True:
            s = (
                f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日,{subject}{rng.choice(_ACTIONS)},"
                f"{rng.choice(_DETAILS)},共有{rng.randint(20, 900)}人次参与。"
            )
            if s not in used:
                used.add(s)
                return s

    docs = []
    for k in range(20):
        # One institution per article: named in the first paragraph, "该院" after that.
        hospital = rng.choice(_HOSPITALS)
        paras = [sentence(hospital)] + [sentence("该院") for _ in range(rng.randint(2, 5))]
        if k in (4, 17):
            paras.insert(2, QUOTE)
        if k in (3, 6, 9, 12, 15):
            paras.append(FOOTER)
        text = "\n".join(paras)
        docs.append(Document(id=f"news/{k:02d}.txt", source=f"news/{k:02d}.txt", original=text))
    return docs


def drive(stage: CorpusTemplates, docs: list[Document]) -> list[Document]:
    """The pipeline's corpus-stage protocol: observe all, prepare, run each, commit, close."""
    for d in docs:
        stage.observe(d)
    stage.prepare()
    out: list[Document] = []
    try:
        for d in docs:
            out.extend(stage.run(d))
        stage.commit()
    finally:
        stage.close()
    for d in out:
        assert replay(d.original, d.changes) == d.text
    return out


def changes(doc: Document) -> list[tuple[str, str, dict]]:
    return [(c.rule, c.removed.strip("\n"), c.note or {}) for c in doc.changes if c.stage == "templates"]


# -- acceptance 3 ---------------------------------------------------------------------------------


def test_footer_in_five_articles_is_a_template_and_the_quote_is_marked() -> None:
    docs = make_articles()
    stage = CorpusTemplates(Config())
    out = drive(stage, docs)
    assert [d.id for d in out] == [f"news/{k:02d}.txt" for k in range(20)]
    for k, d in enumerate(out):
        if k in (3, 6, 9, 12, 15):
            ((rule, removed, note),) = changes(d)
            assert rule == "corpus_template" and removed == FOOTER and note["docs"] == 5
            assert FOOTER not in d.text
        else:
            assert changes(d) == []
    assert stage.summary() == {"templates": [{"site": "news", "text": FOOTER, "docs": 5}]}
    # The quote stays in both articles, each marked with the other's id and where it sits.
    a, b = out[4], out[17]
    assert QUOTE in a.text and QUOTE in b.text
    assert a.metadata["shared_paragraphs"] == [
        {"other": ["news/17.txt"], "offset": a.original.index(QUOTE), "chars": len(QUOTE)}
    ]
    assert b.metadata["shared_paragraphs"] == [
        {"other": ["news/04.txt"], "offset": b.original.index(QUOTE), "chars": len(QUOTE)}
    ]
    assert sum("shared_paragraphs" in d.metadata for d in out) == 2


def test_marks_name_the_same_holders_however_little_of_them_is_kept_read_out(monkeypatch) -> None:
    """A quote held by articles of six sites: each names every other holder, whether the ids read
    out for earlier documents are kept for the next ones or let go at once (`OTHERS_HELD`)."""
    quoting = (1, 4, 8, 11, 17, 19)
    docs = []
    for k, d in enumerate(make_articles()):
        if k in quoting:
            lines = d.original.split("\n")
            if QUOTE not in lines:
                lines.insert(1, QUOTE)
            d = Document(id=f"site{k}/{k:02d}.txt", source=f"site{k}/{k:02d}.txt", original="\n".join(lines))
        docs.append(d)

    def marks() -> list[list[str]]:
        out = drive(CorpusTemplates(Config()), copy.deepcopy(docs))
        return [m["other"] for d in out for m in d.metadata.get("shared_paragraphs", [])]

    kept = marks()
    assert kept == [[f"site{j}/{j:02d}.txt" for j in quoting if j != k] for k in quoting]
    monkeypatch.setattr(templates_mod, "OTHERS_HELD", 1)
    assert marks() == kept


def test_shared_paragraph_drop_removes_it_from_the_later_article_only() -> None:
    out = drive(CorpusTemplates(Config(shared_paragraphs="drop")), make_articles())
    assert QUOTE in out[4].text and QUOTE not in out[17].text
    assert changes(out[17]) == [("corpus_shared", QUOTE, {"kept_in": "news/04.txt", "docs": 2})]
    assert all("shared_paragraphs" not in d.metadata for d in out)


def test_shared_paragraph_keep_does_nothing() -> None:
    out = drive(CorpusTemplates(Config(shared_paragraphs="keep")), make_articles())
    assert QUOTE in out[4].text and QUOTE in out[17].text
    assert all("shared_paragraphs" not in d.metadata for d in out)
    assert sum(bool(changes(d)) for d in out) == 5  # the footer still goes


@pytest.mark.parametrize(
    ("setting", "value"),
    [("shared_paragraphs", "remove"), ("template_min_docs", 1), ("min_repeat_chars", 0)],
)
def test_bad_settings_are_config_errors(setting: str, value: object) -> None:
    with pytest.raises(ConfigError, match=setting) as err:
        CorpusTemplates(Config(**{setting: value}))
    assert err.value.hint


def test_threshold_and_min_length_are_settings() -> None:
    docs = make_articles()
    out = drive(CorpusTemplates(Config(template_min_docs=6)), copy.deepcopy(docs))
    assert all(FOOTER in out[k].text for k in (3, 6, 9, 12, 15))
    # Five articles share the footer, below six: it is a long shared paragraph, marked with the four others.
    assert out[3].metadata["shared_paragraphs"][0]["other"] == [
        "news/06.txt",
        "news/09.txt",
        "news/12.txt",
        "news/15.txt",
    ]
    out = drive(CorpusTemplates(Config(min_repeat_chars=len(FOOTER) + 1)), copy.deepcopy(docs))
    assert all(not changes(d) for d in out)


def test_short_lines_in_many_articles_are_not_templates() -> None:
    docs = [
        Document(
            id=f"d{k}",
            source=f"d{k}",
            original=f"第{k}篇报道的正文内容,讲述了医院第{k}项便民举措。\n……\n责任编辑\n一、",
        )
        for k in range(6)
    ]
    out = drive(CorpusTemplates(Config()), docs)
    assert all(not changes(d) for d in out)


# -- roundup records ---------------------------------------------------------------------------------


def test_sibling_records_of_one_roundup_count_once() -> None:
    shared = "为提升基层服务能力,医院与县人民医院组建了医共体,建立了双向转诊机制和辅助检查绿色通道。"

    def siblings() -> list[Document]:
        return [
            Document(
                id=f"r.txt#{k}",
                source="r.txt",
                original=f"第{k}家卫生院近年来加强党建工作,成效显著。\n{shared}",
                parent_id="r.txt",
            )
            for k in range(1, 4)
        ]

    other = Document(id="b.txt", source="b.txt", original=f"另一篇报道讲述了县医院的改革经验。\n{shared}")
    stage = CorpusTemplates(Config())
    out = drive(stage, siblings() + [other])
    # Three siblings and one other article: two articles, so a shared paragraph, not a template.
    assert all(shared in d.text for d in out)
    assert stage.summary() == {"templates": []}
    for d in out[:3]:
        assert [m["other"] for m in d.metadata["shared_paragraphs"]] == [["b.txt"]]
    assert [m["other"] for m in out[3].metadata["shared_paragraphs"]] == [["r.txt#1", "r.txt#2", "r.txt#3"]]
    # Siblings alone never mark each other.
    out = drive(CorpusTemplates(Config()), siblings())
    assert all("shared_paragraphs" not in d.metadata for d in out)


# -- determinism ---------------------------------------------------------------------------------------


def test_same_documents_give_identical_results() -> None:
    docs = make_articles()
    a = drive(CorpusTemplates(Config()), copy.deepcopy(docs))
    b = drive(CorpusTemplates(Config()), copy.deepcopy(docs))
    assert [d.review() for d in a] == [d.review() for d in b]


# -- the persistent index -----------------------------------------------------------------------------


def _batch(prefix: str, n: int, footer: bool = True) -> list[Document]:
    return [
        Document(
            id=f"{prefix}{k}",
            source=f"{prefix}{k}",
            original=f"{prefix}批次第{k}篇:医院召开了第{k}次医疗质量分析会,通报了本月的质控指标。"
            + (f"\n{FOOTER}" if footer else ""),
        )
        for k in range(n)
    ]


def _counts(path: Path) -> list[tuple[int, str | None, str | None]]:
    with sqlite3.connect(path) as con:
        return con.execute(
            "SELECT docs, sample, first_id FROM template_counts WHERE docs > 1 ORDER BY docs"
        ).fetchall()


def test_counts_persist_across_runs_in_the_index(tmp_path: Path) -> None:
    index = tmp_path / "index.sqlite"
    # Another stage's table in the same file is left alone.
    with sqlite3.connect(index) as con:
        con.execute("CREATE TABLE neardup_records (id TEXT PRIMARY KEY)")
        con.execute("INSERT INTO neardup_records VALUES ('x')")
    cfg = Config(index=str(index))
    first = drive(CorpusTemplates(cfg), _batch("a", 2))
    assert all(FOOTER in d.text for d in first)
    # Two articles so far: a shared paragraph, marked with the other id.
    assert first[0].metadata["shared_paragraphs"][0]["other"] == ["a1"]
    assert _counts(index) == [(2, FOOTER, "a0")]
    # Running the same batch again does not count it twice.
    again = drive(CorpusTemplates(cfg), _batch("a", 2))
    assert all(FOOTER in d.text for d in again)
    assert _counts(index) == [(2, FOOTER, "a0")]
    # A third article in a later run makes it a template; the earlier record is named as holder.
    stage = CorpusTemplates(cfg)
    (later,) = drive(stage, _batch("b", 1))
    assert FOOTER not in later.text
    assert changes(later)[0][0] == "corpus_template" and changes(later)[0][2]["docs"] == 3
    assert stage.summary() == {"templates": [{"site": ".", "text": FOOTER, "docs": 3}]}
    assert _counts(index) == [(3, FOOTER, "a0")]
    # The first batch run once more now sees three articles across runs: the footer goes there too.
    rerun = drive(CorpusTemplates(cfg), _batch("a", 2))
    assert all(FOOTER not in d.text and changes(d)[0][2]["docs"] == 3 for d in rerun)
    assert _counts(index) == [(3, FOOTER, "a0")]
    with sqlite3.connect(index) as con:
        assert con.execute("SELECT id FROM neardup_records").fetchall() == [("x",)]
        assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_shared_with_an_earlier_run_names_the_earlier_record(tmp_path: Path) -> None:
    cfg = Config(index=str(tmp_path / "index.sqlite"), shared_paragraphs="drop")
    drive(CorpusTemplates(cfg), _batch("a", 1))
    (later,) = drive(CorpusTemplates(cfg), _batch("b", 1))
    assert FOOTER not in later.text
    assert changes(later) == [("corpus_shared", FOOTER, {"kept_in": "a0", "docs": 2})]


def test_redis_index_keeps_counts_in_the_run(tmp_path: Path) -> None:
    stage = CorpusTemplates(Config(index="redis://localhost:6379/0"))
    out = drive(stage, make_articles())
    assert stage.summary() == {"templates": [{"site": "news", "text": FOOTER, "docs": 5}]}
    assert len(out) == 20


# -- the whole chain, from the command line ------------------------------------------------------------


@pytest.mark.slow
def test_command_line_acceptance_3_same_output_with_two_jobs(tmp_path: Path) -> None:
    from tests.helpers import records, run_cli

    src = tmp_path / "news"
    src.mkdir()
    for d in make_articles():
        (src / d.id.split("/")[1]).write_text(d.original, encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"clean{jobs}.jsonl"
        res = run_cli("clean", str(src), "-o", str(out), "-j", jobs, "-v")
        assert res.returncode == 0, res.stderr.decode()
        outs.append(out.read_bytes())
        assert re.search(r"templates\s+corpus_template\s+5\s", res.stderr.decode())
    assert outs[0] == outs[1]
    recs = {r["id"].rsplit("/", 1)[1]: r for r in records(outs[0])}
    assert len(recs) == 20
    assert [k for k, r in sorted(recs.items()) if FOOTER in r["text"]] == []
    a, b = recs["04.txt"], recs["17.txt"]
    assert QUOTE in a["text"] and QUOTE in b["text"]
    assert [m["other"] for m in a["metadata"]["shared_paragraphs"]] == [[b["id"]]]
    assert [m["other"] for m in b["metadata"]["shared_paragraphs"]] == [[a["id"]]]


def test_unusable_index_path_is_a_clear_error(tmp_path: Path) -> None:
    from cleaner.errors import IndexError_

    bad = tmp_path / "missing-folder" / "index.sqlite"
    stage = CorpusTemplates(Config(index=str(bad)))
    for d in _batch("a", 2):
        stage.observe(d)
    with pytest.raises(IndexError_) as err:
        stage.prepare()
    assert str(bad) in str(err.value) and err.value.hint


def test_templates_and_marks_do_not_depend_on_input_order() -> None:
    def outcome(docs: list[Document]) -> tuple[list[dict], dict[str, list[list[str]]], dict[str, str]]:
        stage = CorpusTemplates(Config())
        out = drive(stage, docs)
        marks = {d.id: sorted(m["other"] for m in d.metadata.get("shared_paragraphs", [])) for d in out}
        return stage.summary()["templates"], marks, {d.id: d.text for d in out}

    base = outcome(make_articles())
    shuffled = make_articles()
    random.Random(3).shuffle(shuffled)
    assert outcome(shuffled) == base


def test_a_platform_is_no_site_its_accounts_are() -> None:
    """Five channel accounts on one platform each quote the same health notice: the platform's
    name (`微信公众平台`) or host is not a site, so the notice is no template of it; the same
    account's footer still is one."""
    notice = "县疾控中心提醒,今冬流感活动水平上升,老人、儿童和慢性病患者应尽早接种流感疫苗,出现发热等症状及时就医。"
    docs = []
    for k, d in enumerate(make_articles(11)[:5]):
        meta = {"site": "微信公众平台", "platform": "微信公众平台"} if k < 3 else {"url": f"https://mp.weixin.qq.com/s/a{k}"}
        doc = Document(id=d.id, source=d.source, original=d.original + "\n" + notice)
        doc.metadata.update(meta)
        docs.append(doc)
    out = drive(CorpusTemplates(Config()), docs)
    assert all(notice in d.text for d in out)
    # Five articles of one account with the account's footer: a template of that account.
    own = []
    for d in make_articles(12)[:5]:
        doc = Document(id=d.id, source=d.source, original=d.original + "\n" + FOOTER)
        doc.metadata["site"] = "县人民医院"
        own.append(doc)
    assert all(FOOTER not in d.text for d in drive(CorpusTemplates(Config()), own))


def test_a_notices_sign_off_shared_by_three_notices_of_the_site_stays() -> None:
    """Three notices of one site signed by one unit on one day share the unit line and the date
    line under their bodies: those are each notice's own sign-off, never template text; the
    footer under them, shared the same way, goes."""
    bodies = [
        "经单位申报、专家评审,拟确定以下三家社区卫生服务中心为年度示范中心,现予以公示,公示期五个工作日。",
        "为做好夏季传染病防控工作,请各医疗机构加强发热门诊和肠道门诊管理,落实预检分诊制度,及时报告疫情。",
        "根据年度工作安排,定于下月组织全县乡村医生业务培训,请各卫生院于本月底前将参训人员名单报送县卫生健康局。",
    ]
    # (each body twice as long as the footer, as a notice is: the footer alone does not make them copies)
    docs = [
        Document(
            id=f"portal/{k}.txt", source=f"portal/{k}.txt",
            original=f"{body}\n{body[::-1]}\n某某县卫生健康局\n2024年5月6日\n主办单位:某某县卫生健康局 地址:某某县人民路1号 联系电话:0000-1234567",
        )
        for k, body in enumerate(bodies)
    ]
    out = drive(CorpusTemplates(Config()), docs)
    for doc in out:
        assert doc.text.splitlines()[-2:] == ["某某县卫生健康局", "2024年5月6日"]
        assert [c[1] for c in changes(doc)] == ["主办单位:某某县卫生健康局 地址:某某县人民路1号 联系电话:0000-1234567"]
