"""Invariants of the whole per-document chain (normalize → metadata → boilerplate → repair →
punctuation → repeats → segment) on articles assembled from real material: body paragraphs
taken from the seeds, and the boilerplate that scraped health-news pages carry (banners,
breadcrumbs, column names, date and byline lines, editor credits glued to paragraph ends, a stray
Latin letter after `。`, captions, photo credits, copyright and disclaimer paragraphs, counters,
share widgets, previous/next links, a 相关推荐 block), in varied orders, with or without blank
lines, with half- or full-width punctuation.

The properties:
(a) cleaning a cleaned text changes nothing and lifts nothing more;
(b) every output text is the original with the logged changes applied, and every change's
    `removed` is exactly the original text it covers, so nothing appears that was not in the
    input apart from logged replacements;
(c) every body paragraph survives, every head field is lifted, and every boilerplate fragment a
    rule claims is gone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.config import Config
from cleaner.filters.repair import PARAGRAPH_OPENER
from cleaner.io.read import RawItem, iter_items
from cleaner.model import Document, replay
from cleaner.pipeline import build_stages, make_document, run_stages

from .conftest import SAMPLES, SEEDS

# Fixed derandomized examples: CI sees the same articles on every run; a modest count keeps the
# file well under a minute on a loaded two-core machine.
SETTINGS = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

STAGES = build_stages(Config())

# Where the boilerplate of a seed starts: nothing below these markers is body.
_TAIL_MARKERS = ("版权声明", "相关推荐", "(0)", "上一篇")
# Paragraph ends that close a sentence (seed 001's `。G` is cut off by this on purpose).
_CLOSED = re.compile(r"[。！？!?]”?$")


def _body_pool() -> list[str]:
    """Complete prose paragraphs from the seeds: long, ending a sentence, no credits or links,
    one copy each (seed 001 is pasted twice), in a fixed order."""
    pool: list[str] = []
    for path in SEEDS:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.strip()
            if any(m in text for m in _TAIL_MARKERS):
                break
            if len(text) < 40 or not _CLOSED.search(text) or text.startswith(("#", "•", "(")):
                continue
            if re.search(r"责任编辑|来源|编辑:|图片由|版权", text):
                continue
            if text not in pool:
                pool.append(text)
    return pool


BODY_POOL = _body_pool()

TITLES = [
    "渭南市第二医院 “党建+”模式助力医院高质量发展",
    "我院举办2024年护士节表彰大会",
    "市中心医院开展“全国肿瘤防治宣传周”义诊活动",
    "发挥党建“五大作用” 助推医院发展行稳致远",
    "县人民医院成功完成首例经皮冠状动脉介入治疗",
]
BANNERS = ["欢迎访问常德市卫生健康委员会网站", "郴州市第一人民医院官方网站"]
BREADCRUMBS = ["当前位置:首页 > 新闻中心 > 医院动态", "您的位置:网站首页 > 医院新闻", "首页 > 新闻中心 > 工作动态"]
COLUMNS = ["医院动态", "新闻中心", "院内新闻", "工作动态"]
DATE_LINES = [
    ("发布日期:2023年11月20日", "2023-11-20"),
    ("发布时间:2024-06-14", "2024-06-14"),
    ("2024年3月12日", "2024-03-12"),
]
BYLINES = [
    ("作者:张晓玲 王军锋", ["张晓玲", "王军锋"]),
    ("记者 李明 通讯员 王芳", ["李明", "王芳"]),
]
# Editor credits glued to the end of the last paragraph (rule `editor_credit` and friends).
GLUED_CREDITS = ["(责任编辑:林海南)", "(编辑:李华 审核:张伟)", "(责编:周洁)"]
STRAY_LETTERS = ["G", "a", "K"]
CAPTIONS = ["医院门诊综合楼", "▲义诊现场", "图为专家为群众义诊"]
PHOTO_CREDITS = ["马太超 图片由各医院提供", "摄影:王小明", "图片来源:网络"]
TAIL_LINES = [
    "版权声明:本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,不拥有所有权,不承担相关法律责任。",
    "免责声明:本站部分内容来源于网络,如有侵权请联系删除。",
    "Copyright © 2024 常德市卫生健康委员会 版权所有",
    "湘ICP备12345678号-1",
    "(0)",
    "分享到:微信 微博 QQ空间",
    "点赞",
    "在看",
    "阅读量:1234",
    "浏览量:368",
    "打印本页 关闭窗口",
    "扫码关注我们",
    "上一篇:若尔盖县开展秋季草原防火演练",
    "下一篇:县城区新增两处便民停车场",
]
RELATED_ITEMS = ["销售合同管理", "科研项目立项查询 科研立项去哪里查", "国防科研试制费管理办法"]

_CJK = re.compile(r"^[\u4e00-\u9fff]{2}$")
_CLAUSE_MARK = re.compile(r"[,，。、；;:：！？!?“”‘’《》()（）\s]")
# Repair joins a cut only when the two fragments of the cut clause are short together (seed 002's
# cuts are 5-15 characters; a longer pair may be a heading over its paragraph).
CUT_CLAUSE_MAX_CHARS = 16


def _repairable_cut(text: str, i: int) -> bool:
    """A cut between two Han characters inside a short clause, after at least 30 characters,
    whose second half does not open like a new paragraph (repair keeps `…` / `院党委…` apart;
    `test_a_cut_before_a_paragraph_opener_word` pins that case)."""
    if not _CJK.match(text[i - 1 : i + 1]) or PARAGRAPH_OPENER.match(text[i:]):
        return False
    tail = _CLAUSE_MARK.split(text[:i])[-1]
    lead = _CLAUSE_MARK.split(text[i:], maxsplit=1)[0]
    return len(tail) + len(lead) <= CUT_CLAUSE_MAX_CHARS
_FULL = str.maketrans({":": "：", "(": "（", ")": "）", ",": "，"})


@dataclass
class Article:
    text: str
    title: str
    published: str | None
    authors: list[str]
    bodies: list[str]
    # Fragments that must not survive anywhere in the output.
    gone: list[str] = field(default_factory=list)
    # Lines that must not survive as a line of their own (a caption may also occur inside prose).
    gone_lines: list[str] = field(default_factory=list)


@st.composite
def articles(draw: st.DrawFn, cut: bool = False) -> Article:
    full = draw(st.booleans())

    def width(s: str) -> str:
        return s.translate(_FULL) if full else s

    bodies = draw(st.lists(st.sampled_from(BODY_POOL), min_size=2, max_size=5, unique=True))
    title = draw(st.sampled_from(TITLES))
    art = Article(text="", title=title, published=None, authors=[], bodies=bodies)

    above = []
    if draw(st.booleans()):
        above.append(draw(st.sampled_from(BANNERS)))
    if draw(st.booleans()):
        above.append(width(draw(st.sampled_from(BREADCRUMBS))))
    if draw(st.booleans()):
        above.append(draw(st.sampled_from(COLUMNS)))
    above = list(draw(st.permutations(above)))
    art.gone_lines.extend(above)

    below = []
    if draw(st.booleans()):
        line, iso = draw(st.sampled_from(DATE_LINES))
        below.append(width(line))
        art.published = iso
        art.gone.append(width(line))
    if draw(st.booleans()):
        line, names = draw(st.sampled_from(BYLINES))
        below.append(width(line))
        art.authors = names
        art.gone_lines.append(width(line))
    below = list(draw(st.permutations(below)))

    paras = list(bodies)
    if draw(st.booleans()):
        credit = width(draw(st.sampled_from(GLUED_CREDITS)))
        paras[-1] = paras[-1] + credit
        art.gone.append(credit)
    if draw(st.booleans()):
        at = draw(st.integers(0, len(paras) - 2))
        if paras[at].endswith("。"):
            letter = draw(st.sampled_from(STRAY_LETTERS))
            paras[at] = paras[at] + letter
            art.gone.append(bodies[at] + letter)
    if cut and draw(st.booleans()):
        # A page break or a caption in the middle of a sentence (seed 002's `通过高` / `频次`,
        # `围绕成渝地区` / caption / `双城经济圈建设`): repair joins the halves again. The caption
        # rule claims captions only there and under a heading; between two complete paragraphs
        # a short line may be a sub-heading, and it stays.
        at = draw(st.integers(0, len(paras) - 1))
        cuts = [i for i in range(30, len(bodies[at]) - 10) if _repairable_cut(bodies[at], i)]
        if cuts and paras[at] == bodies[at]:
            cut = draw(st.sampled_from(cuts))
            middle = [draw(st.sampled_from(CAPTIONS))] if draw(st.booleans()) else []
            art.gone_lines.extend(middle)
            paras[at : at + 1] = [bodies[at][:cut], *middle, bodies[at][cut:]]
    inserts = [width(draw(st.sampled_from(PHOTO_CREDITS))) for _ in range(draw(st.integers(0, 1)))]
    for frag in inserts:
        at = draw(st.integers(1, len(paras) - 1))
        paras.insert(at, frag)
        art.gone_lines.append(frag)

    tail = [width(t) for t in draw(st.lists(st.sampled_from(TAIL_LINES), max_size=4, unique=True))]
    art.gone_lines.extend(tail)
    if draw(st.booleans()):
        items = draw(st.lists(st.sampled_from(RELATED_ITEMS), min_size=1, max_size=3, unique=True))
        tail += ["相关推荐"] + [f"• {item}" for item in items]
        art.gone_lines += ["相关推荐"] + items

    sep = draw(st.sampled_from(["\n", "\n\n"]))
    art.text = sep.join([*above, title, *below, *paras, *tail]) + draw(st.sampled_from(["", "\n"]))
    return art


def clean(text: str) -> list[Document]:
    return run_stages(make_document(RawItem(id="t", source="t", text=text)), STAGES)


def assert_log_is_exact(docs: list[Document]) -> None:
    for d in docs:
        assert d.dropped is None, (d.dropped, d.metadata.get("drop_reason"))
        for c in d.changes:
            assert c.removed == d.original[c.start : c.end], c
        assert replay(d.original, d.changes) == d.text


def assert_idempotent(docs: list[Document]) -> None:
    """Cleaning the output again changes nothing. A roundup's records are cleaned again one by
    one: joined, the end of a truncated section would meet the next institution's first
    paragraph with the heading that kept them apart gone, which is a different input."""
    texts = ["\n".join(d.text for d in docs)] if len(docs) == 1 else [d.text for d in docs]
    for text in texts:
        again = clean(text)
        assert_log_is_exact(again)
        log = [(c.stage, c.rule, c.removed) for d in again for c in d.changes]
        assert "\n".join(d.text for d in again) == text, log
        # A cleaned text has nothing left to lift.
        for d in again:
            assert (d.title, d.published, d.authors) == (None, None, []), log


def _lines(docs: list[Document]) -> set[str]:
    return {ln.strip() for d in docs for ln in d.text.splitlines()}


@SETTINGS
@given(articles())
def test_cleaning_twice_equals_cleaning_once(art):
    docs = clean(art.text)
    assert_idempotent(docs)


@SETTINGS
@given(articles())
def test_the_change_log_accounts_for_every_character(art):
    docs = clean(art.text)
    assert_log_is_exact(docs)
    # Every original is the input (normalized or not, the log starts from what was read); the
    # records of a roundup hold consecutive slices of it.
    if len(docs) == 1:
        assert docs[0].original == art.text
    else:
        assert "".join(d.original for d in docs) == art.text


@SETTINGS
@given(articles())
def test_body_stays_and_boilerplate_goes(art):
    docs = clean(art.text)
    text = "\n".join(d.text for d in docs)
    for body in art.bodies:
        assert body in text, body
    for frag in art.gone:
        assert frag not in text, (frag, [(c.stage, c.rule, c.removed) for d in docs for c in d.changes])
    lines = _lines(docs)
    for frag in art.gone_lines:
        assert frag not in lines, (frag, text)
    [doc] = docs
    assert doc.title == art.title
    assert doc.published == art.published
    assert doc.authors == art.authors
    assert art.title not in doc.text


@pytest.mark.xfail(
    strict=True,
    reason="repair does not join a cut whose second half starts with a paragraph-opener word "
    "(`…迫切需求,医` / `院党委高瞻远瞩,…`); reported to the lead",
)
def test_a_cut_before_a_paragraph_opener_word():
    first = "一是锚定精准发展坐标。面对医疗改革的全新形势和医院高质量发展的迫切需求,医"
    second = "院党委高瞻远瞩,积极引入华西医院先进的管理机制。"
    docs = clean(f"我院举办2024年护士节表彰大会\n{BODY_POOL[0]}\n{first}\n{second}")
    assert_log_is_exact(docs)
    assert first + second in docs[0].text


@SETTINGS
@given(articles(cut=True))
def test_paragraphs_cut_mid_sentence_are_joined(art):
    docs = clean(art.text)
    assert_log_is_exact(docs)
    text = "\n".join(d.text for d in docs)
    for body in art.bodies:
        assert body in text, body
    lines = _lines(docs)
    for frag in art.gone_lines:
        assert frag not in lines, (frag, text)
    assert_idempotent(docs)


@pytest.mark.parametrize(
    "path", sorted(p for p in SAMPLES.glob("*/input/*") if p.is_file()), ids=lambda p: p.parent.parent.name
)
def test_samples_are_stable_under_re_cleaning(path):
    cfg = Config()
    items = [i for i in iter_items([str(path)], text_key=cfg.text_key, id_key=cfg.id_key) if isinstance(i, RawItem)]
    assert items
    for item in items:
        docs = run_stages(make_document(item), STAGES)
        assert_log_is_exact(docs)
        assert_idempotent(docs)
