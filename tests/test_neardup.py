"""The `neardup` corpus pass: what is dropped, what is kept, and what each record says about it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cleaner.api import clean
from cleaner.config import Config
from cleaner.dedup.lsh import lsh_params
from cleaner.dedup.stage import Batch, NearDuplicates, cluster_id
from cleaner.errors import ConfigError
from cleaner.model import Document

from .helpers import run_pass


def doc(i: str, text: str, source: str | None = None, published: str | None = None, **kw: object) -> Document:
    return Document(id=i, source=source or f"{i}.txt", original=text, published=published, **kw)  # type: ignore[arg-type]


@pytest.fixture
def article(seed_text) -> str:
    return seed_text("002")


def test_near_copy_is_dropped_with_the_kept_id_source_and_similarity(article: str) -> None:
    variant = article.replace("，", ",").replace("：", ":") + "\n本文另附一段说明文字。"
    out = run_pass([doc("a", article), doc("b", variant), doc("c", article[:1500])], Config())
    a, b, c = out
    # longest kept: b (the variant with an extra paragraph); a is its near copy; c is much shorter.
    assert b.dropped is None and b.metadata["cluster"] == {"id": cluster_id("b"), "size": 2}
    assert a.dropped == "neardup"
    assert a.metadata["dup_of"] == "b" and a.metadata["dup_source"] == "b.txt"
    assert 0.95 <= a.metadata["similarity"] < 1.0 and round(a.metadata["similarity"], 4) == a.metadata["similarity"]
    assert c.dropped is None and "cluster" not in c.metadata


def test_traditional_script_copy_is_found_only_with_opencc(article: str) -> None:
    import opencc

    traditional = opencc.OpenCC("s2t").convert(article)
    assert traditional != article
    folded = run_pass([doc("s", article), doc("t", traditional)], Config())
    assert folded[1].dropped == "neardup" and folded[1].metadata["dup_of"] == "s"
    unfolded = run_pass([doc("s", article), doc("t", traditional)], Config(opencc=False))
    assert all(d.dropped is None for d in unfolded)


def test_different_articles_on_one_template_stay_apart(seed_text) -> None:
    frame = "本站首页 | 新闻中心 | 医院动态\n{body}\n版权所有 某某市卫生健康委员会 联系电话 0000-0000000 地址 某某市某某路1号"
    docs = [doc(p, frame.format(body=seed_text(p)[:600])) for p in ("000", "001", "003", "004")]
    assert all(d.dropped is None and "cluster" not in d.metadata for d in run_pass(docs, Config()))


def test_articles_sharing_two_sentences_are_not_duplicates(seed_text) -> None:
    shared = "为深入贯彻落实健康中国战略，进一步提升基层医疗服务能力。全市卫健系统启动了专项行动。"
    docs = [doc("x", shared + seed_text("000")[:800]), doc("y", shared + seed_text("003")[:800])]
    assert [d.dropped for d in run_pass(docs, Config())] == [None, None]


@pytest.mark.parametrize(
    ("keep", "expected"),
    [("longest", "long"), ("earliest", "old"), ("first", "first"), ("source-priority", "gov")],
)
def test_keep_policies_choose_the_kept_record(article: str, keep: str, expected: str) -> None:
    body = article[:2000]
    docs = [
        doc("first", body, source="mirror/first.txt", published="2024-05-03"),
        doc("long", body + "补充一句话。", source="mirror/long.txt", published="2024-05-02"),
        doc("old", body, source="mirror/old.txt", published="2023-01-01"),
        doc("gov", body, source="gov/site/gov.txt", published=None),
    ]
    cfg = Config(keep=keep, source_priority=["gov/*", "mirror/*"] if keep == "source-priority" else [])
    out = {d.id: d for d in run_pass(docs, cfg)}
    kept = [i for i, d in out.items() if d.dropped is None]
    assert kept == [expected]
    for i, d in out.items():
        assert d.metadata["cluster"] == {"id": cluster_id(expected), "size": 4}
        if i != expected:
            assert d.dropped == "neardup" and d.metadata["dup_of"] == expected


def test_ties_fall_to_input_order_and_runs_are_deterministic(article: str) -> None:
    docs = [doc(str(i), article) for i in range(5)]
    first = run_pass(docs, Config())
    again = run_pass([doc(str(i), article) for i in range(5)], Config())
    assert [d.dropped for d in first] == [None] + ["neardup"] * 4
    assert all(d.metadata.get("dup_of") == "0" for d in first[1:])
    assert [d.metadata for d in first] == [d.metadata for d in again]


def test_of_copies_of_one_length_longest_keeps_the_earliest_published(article: str) -> None:
    import opencc

    # A traditional-script repost sorted first, dated after the original: the original is kept.
    traditional = opencc.OpenCC("s2t").convert(article)
    docs = [doc("a-repost", traditional, published="2024-06-02"), doc("b-undated", article),
            doc("c-original", article, published="2024-05-28T09:30")]
    out = {d.id: d for d in run_pass(docs, Config())}
    assert [i for i, d in out.items() if d.dropped is None] == ["c-original"]
    assert out["a-repost"].metadata["dup_of"] == "c-original" and out["b-undated"].metadata["dup_of"] == "c-original"


def test_mark_mode_sets_the_metadata_but_drops_nothing(article: str) -> None:
    out = run_pass([doc("a", article), doc("b", article)], Config(dedup="mark"))
    assert [d.dropped for d in out] == [None, None]
    assert out[1].metadata["dup_of"] == "a" and out[1].metadata["similarity"] == 1.0


def test_short_records_match_only_by_exact_key() -> None:
    out = run_pass(
        [doc("a", "图片由各医院提供"), doc("b", "图片由各医院提供。"), doc("c", "图片由各医院提供,谢谢"), doc("d", "")],
        Config(),
    )
    # a and b have one key (punctuation does not count); b is longer, so b is kept.
    assert [d.dropped for d in out] == ["neardup", None, None, None]
    assert out[0].metadata["dup_of"] == "b" and out[0].metadata["similarity"] == 1.0
    assert "cluster" not in out[3].metadata


def test_roundup_records_are_deduplicated_as_records(article: str) -> None:
    section = article[:1200]
    out = run_pass(
        [
            doc("r#1", section, parent_id="r", institution="甲医院"),
            doc("r#2", article[1200:2400], parent_id="r", institution="乙医院"),
            doc("s", section + "。"),
        ],
        Config(keep="first"),
    )
    assert [d.dropped for d in out] == [None, None, "neardup"]
    assert out[2].metadata["dup_of"] == "r#1"


def test_pair_below_the_threshold_is_not_merged(article: str) -> None:
    # Half the text shared: an LSH candidate at most, and exact Jaccard well below 0.8.
    half = len(article) // 2
    out = run_pass([doc("a", article), doc("b", article[:half] + article[half:][::-1])], Config())
    assert [d.dropped for d in out] == [None, None]
    batch = Batch(Config())
    for d in (doc("a", article), doc("b", article[:half] + article[half:][::-1])):
        batch.add(d.text, d.id, d.source, len(d.text))
    batch.decide()
    assert batch.stats["verified_pairs"] == 0 and (batch.stats["bands"], batch.stats["rows"]) == lsh_params(0.8, 128)
    batch.close()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("keep", "random", "--keep random"), ("dedup", "maybe", "--dedup maybe"), ("threshold", 1.5, "--threshold")],
)
def test_bad_settings_are_config_errors_with_a_hint(field: str, value: object, message: str) -> None:
    with pytest.raises(ConfigError) as e:
        NearDuplicates(replace(Config(), **{field: value}))
    assert message in str(e.value) and e.value.hint


def test_source_priority_needs_patterns() -> None:
    with pytest.raises(ConfigError, match="source-priority"):
        NearDuplicates(Config(keep="source-priority"))


def test_whole_pipeline_routes_duplicates_to_the_side(tmp_path, monkeypatch, article: str) -> None:
    # Only normalize before the pass, so this test sees the pass and the spool, not other stages.
    from cleaner import chain
    from cleaner.filters.normalize import Normalize

    monkeypatch.setattr(chain, "CHAIN", (Normalize, NearDuplicates))
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    (tmp_path / "b.txt").write_text(article.replace("，", ","), encoding="utf-8")
    (tmp_path / "c.txt").write_text(article[:900], encoding="utf-8")
    result = clean([str(tmp_path)], Config())
    assert len(result.documents) == 2
    assert len(result.dropped) == 1 and result.dropped[0].dropped == "neardup"
    assert result.dropped[0].metadata["dup_of"] == result.documents[0].id
    assert result.summary.duplicates == 1
    assert result.summary.to_dict()["neardup"]["duplicates"] == 1
