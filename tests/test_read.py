"""Reading any input: encodings, compression, stdin, JSONL, and bad inputs that must not stop a run."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import opencc
import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.io import encodings
from cleaner.io.encodings import decode
from cleaner.io.read import RawItem, Skipped, iter_items

from .helpers import records, run_cli


def _texts(out: bytes) -> dict[str, str]:
    return {r["id"].rsplit("/", 1)[-1]: r["text"] for r in records(out)}


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-8-sig"])
def test_every_encoding_of_the_seeds_gives_the_same_text(tmp_path: Path, seeds: list[Path], encoding: str) -> None:
    plain = tmp_path / "plain"
    other = tmp_path / "other"
    plain.mkdir()
    other.mkdir()
    for s in seeds:
        # A GBK page cannot hold seed 004's `•`; both copies carry the same stand-in for it.
        text = s.read_text(encoding="utf-8").encode(encoding, errors="replace").decode(encoding)
        (plain / s.name).write_bytes(text.encode("utf-8"))
        (other / s.name).write_bytes(text.encode(encoding))
    a = run_cli("clean", str(plain), "--dedup", "off", "-q")
    b = run_cli("clean", str(other), "--dedup", "off", "-q")
    assert a.returncode == 0 and b.returncode == 0, b.stderr.decode()
    assert _texts(a.stdout) == _texts(b.stdout)
    expected_label = {"gbk": "gb18030", "gb18030": "gb18030", "utf-16": "utf-16", "utf-8-sig": "utf-8-sig"}[encoding]
    assert {r["metadata"]["encoding"] for r in records(b.stdout)} == {expected_label}


def test_big5_copies_decode_to_the_traditional_text(tmp_path: Path, seeds: list[Path]) -> None:
    to_trad = opencc.OpenCC("s2t")
    for s in seeds:
        trad = to_trad.convert(s.read_text(encoding="utf-8"))
        data = trad.encode("big5", errors="ignore")
        decoded = decode(data)
        assert decoded.encoding.startswith("big5"), (s.name, decoded.encoding)
        assert decoded.text == data.decode("big5")
        assert not decoded.lossy


def test_undecodable_bytes_are_skipped_when_many_and_marked_lossy_when_few(tmp_path: Path) -> None:
    """Item 3 (the decoding rule): more than 1% of the characters replaced: skipped, exit 1, one line."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes("医院新闻。".encode() + b"\xff\xfe\xfa\x80\x81" * 3 + "结束。".encode())
    res = run_cli("clean", str(bad), "-q")
    assert res.returncode == 1
    assert res.stdout == b""
    (line,) = res.stderr.decode().splitlines()
    assert line.startswith(f"Skipped: {bad}: undecodable bytes: 15 of") and "UTF-8" in line
    # One stray byte in a long page is scrape noise: written, marked lossy and noted.
    few = tmp_path / "few.txt"
    body = "医院开展义诊活动，服务群众三百余人次。" * 20
    few.write_bytes(body.encode() + b"\xff" + body.encode())
    res = run_cli("clean", str(few), "-q")
    assert res.returncode == 0, res.stderr.decode()
    (rec,) = records(res.stdout)
    assert rec["metadata"]["lossy_decode"] is True and "\ufffd" in rec["text"]


def test_a_file_of_gbk_and_utf8_halves_is_decoded_line_by_line(tmp_path: Path) -> None:
    """Item 3: each line in the encoding that reads it, instead of mojibake for one half."""
    gbk = "县人民医院开展义诊活动，服务群众三百余人次。\n专家为群众测量血压并讲解慢病防治知识。\n"
    utf8 = "县中医院举办健康讲座，参训人员达八十名。\n讲座结束后，医护人员现场答疑。\n"
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(gbk.encode("gbk") + utf8.encode("utf-8"))
    decoded = decode(mixed.read_bytes())
    assert decoded.text == gbk + utf8
    assert decoded.encoding == "utf-8+gb18030" and not decoded.lossy


@pytest.mark.parametrize("text", ["醫院新聞：民眾踴躍參加健康講座。\n", "衛生院舉辦義診活動\n", "醫師為長者量血壓。"])
def test_short_big5_text_is_not_read_as_gb18030_mojibake(text: str) -> None:
    """Item 4: the decoding whose characters are common Chinese wins."""
    decoded = decode(text.encode("big5"))
    assert decoded.text == text
    assert decoded.encoding.startswith("big5")


def test_short_gbk_text_still_reads_as_gb18030() -> None:
    text = "医院新闻：群众踊跃参加健康讲座。\n"
    decoded = decode(text.encode("gbk"))
    assert decoded.text == text and decoded.encoding == "gb18030"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded_not_called_binary(tmp_path: Path, codec: str) -> None:
    """Item 6: the NUL bytes of its ASCII characters all sit on one side."""
    text = "2024年3月5日，县人民医院开展义诊活动。\n共服务群众320人次。\n"
    p = tmp_path / "u16.txt"
    p.write_bytes(text.encode(codec))
    res = run_cli("clean", str(p), "-q")
    assert res.returncode == 0, res.stderr.decode()
    (rec,) = records(res.stdout)
    assert rec["metadata"]["encoding"] == codec
    assert "县人民医院开展义诊活动" in rec["text"] and "320人次" in rec["text"]
    # Real binary data keeps its verdict.
    (tmp_path / "u16.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    assert "binary file" in run_cli("clean", str(p), "-q").stderr.decode()


def test_a_lone_surrogate_in_jsonl_is_repaired_and_the_run_goes_on(tmp_path: Path) -> None:
    """Item 2: valid JSON, no character: U+FFFD, the record marked lossy, every other record written."""
    p = tmp_path / "s.jsonl"
    p.write_text(
        '{"text": "abc\\ud800 医院开展义诊活动，服务群众三百余人次。", "site": "x\\udc00"}\n'
        '{"text": "县中医院举办健康讲座，参训人员达八十名。"}\n',
        encoding="utf-8",
    )
    res = run_cli("clean", str(p), "--dedup", "off")
    assert res.returncode == 0, res.stderr.decode()
    first, second = records(res.stdout)
    assert first["text"].startswith("abc\ufffd 医院") and first["metadata"]["lossy_decode"] is True
    assert first["metadata"]["site"] == "x\ufffd"
    assert second["text"] == "县中医院举办健康讲座，参训人员达八十名。"


def test_jsonl_strings_may_hold_line_and_paragraph_separators(tmp_path: Path) -> None:
    """Item 5: lines end at \\n only; U+2028/U+2029 inside a JSON string are valid."""
    p = tmp_path / "sep.jsonl"
    p.write_text(
        '{"text": "医院开展义诊活动\u2028服务群众三百余人次。\u2029专家现场答疑。"}\n'
        '{"text": "县中医院举办健康讲座，参训人员达八十名。"\n'
        '{"text": "第三行：卫生院开展家庭医生签约服务。"}\n',
        encoding="utf-8",
    )
    res = run_cli("clean", str(p), "--dedup", "off", "-q")
    assert res.returncode == 1
    assert [r["id"] for r in records(res.stdout)] == [f"{p}:1", f"{p}:3"]
    assert "服务群众三百余人次" in records(res.stdout)[0]["text"]
    (line,) = res.stderr.decode().splitlines()
    assert line.startswith(f"Skipped: {p}:2: not valid JSON")


def test_a_text_field_that_is_not_a_string_says_what_it_is(tmp_path: Path) -> None:
    p = tmp_path / "t.jsonl"
    p.write_text('{"text": 5}\n{"text": null, "url": "u"}\n{"summary": "x"}\n', encoding="utf-8")
    res = run_cli("clean", str(p), "-q")
    assert res.returncode == 1
    assert res.stderr.decode().splitlines() == [
        f"Skipped: {p}:1: field `text` is int, not a string (give the article text as a JSON string)",
        f"Skipped: {p}:2: field `text` is null, not a string (give the article text as a JSON string)",
        f"Skipped: {p}:3: no string field `text` (fields: summary) (choose the text field with --text-key, or the HTML field with --html-key)",
    ]


def test_an_unreadable_subdirectory_and_a_directory_symlink_are_each_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 7: one line each, the readable files still read."""
    import os

    root = tmp_path / "raw"
    (root / "ok").mkdir(parents=True)
    (root / "ok" / "a.txt").write_text("县人民医院开展义诊活动，服务群众三百余人次。\n", encoding="utf-8")
    (root / "locked").mkdir()
    (root / "locked" / "b.txt").write_text("看不到的文件。\n", encoding="utf-8")
    (root / "link").symlink_to(root / "ok", target_is_directory=True)
    locked = str(root / "locked")
    real_scandir = os.scandir

    # Root reads any folder whatever its mode, so the refusal is injected where os.walk lists it.
    def scandir(path: object = ".") -> object:
        if os.fspath(path) == locked:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_items([str(root)]))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [(s.source, s.reason) for s in skipped] == [
        (f"{root}/link", "directory symlink not followed"),
        (locked, "directory not readable: permission denied"),
    ]
    assert [i.id for i in items if isinstance(i, RawItem)] == [f"{root}/ok/a.txt"]


def test_stdin_and_compressed_copies_give_the_same_records(tmp_path: Path, seeds: list[Path]) -> None:
    gz, zst = tmp_path / "gz", tmp_path / "zst"
    gz.mkdir()
    zst.mkdir()
    for s in seeds:
        data = s.read_bytes()
        (gz / (s.name + ".gz")).write_bytes(gzip.compress(data, mtime=0))
        # A misleading name: compression is recognised from the content.
        (zst / (s.name + ".bin")).write_bytes(zstandard.ZstdCompressor().compress(data))

    def by_seed(out: bytes) -> dict[str, list[tuple[str, str | None]]]:
        got: dict[str, list[tuple[str, str | None]]] = {}
        for r in records(out):
            name = Path(r["source"]).name.split(".")[0]
            got.setdefault(name, []).append((r["text"], r["title"]))
        return got

    base = by_seed(run_cli("clean", *[str(s) for s in seeds], "-q", "--dedup", "off").stdout)
    assert len(base) == 5
    for d in (gz, zst):
        res = run_cli("clean", str(d), "-q", "--dedup", "off")
        assert res.returncode == 0, res.stderr.decode()
        assert by_seed(res.stdout) == base
    for s in seeds:
        piped = run_cli("clean", "-", "-q", "--dedup", "off", input=s.read_bytes())
        assert piped.returncode == 0, piped.stderr.decode()
        assert [(r["text"], r["title"]) for r in records(piped.stdout)] == base[s.name.split(".")[0]]
        assert {r["source"] for r in records(piped.stdout)} == {"-"}


def test_a_directory_with_bad_files_writes_the_good_one_and_names_each_bad_one(tmp_path: Path, seeds: list[Path]) -> None:
    d = tmp_path / "raw"
    d.mkdir()
    shutil.copy(seeds[0], d / "good.txt")
    (d / "binary.dat").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "empty.txt").write_bytes(b"")
    (d / "cut.txt.gz").write_bytes(gzip.compress(seeds[1].read_bytes())[:300])
    res = run_cli("clean", str(d), "-o", str(tmp_path / "out.jsonl"))
    err = res.stderr.decode()
    assert res.returncode == 1, err
    recs = records(tmp_path / "out.jsonl")
    assert [r["source"].rsplit("/", 1)[-1] for r in recs] == ["good.txt"]
    assert "binary.dat: binary file" in err
    assert "cut.txt.gz: truncated gzip stream" in err
    assert "empty.txt" in err
    assert "Traceback" not in err


def test_jsonl_lines_that_are_bad_are_reported_as_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl"
    f.write_text(
        '{"content": "第一篇文章的正文内容,讲述县人民医院开展义诊活动的情况。", "url": "a", "site": "x"}\n'
        "not json at all\n"
        '{"url": "c"}\n'
        '{"content": "第二篇文章的正文内容,介绍卫生院家庭医生签约服务。", "url": "d"}\n',
        encoding="utf-8",
    )
    res = run_cli("clean", str(f), "--text-key", "content", "--id-key", "url", "--dedup", "off")
    err = res.stderr.decode()
    assert res.returncode == 1
    recs = records(res.stdout)
    assert [r["id"] for r in recs] == ["a", "d"]
    assert recs[0]["metadata"]["site"] == "x"
    assert f"{f}:2: not valid JSON" in err
    assert f"{f}:3: no string field `content`" in err


def test_a_50_mb_single_line_file_is_processed(tmp_path: Path) -> None:
    line = "医院开展党建引领高质量发展活动,服务群众健康。" * (50_000_000 // 69)
    f = tmp_path / "huge.txt"
    f.write_text(line, encoding="utf-8")
    assert f.stat().st_size > 45_000_000
    res = run_cli("clean", str(f), "-o", str(tmp_path / "o.jsonl"), "-q", "--dedup", "off", timeout=600)
    assert res.returncode == 0, res.stderr.decode()[-2000:]
    (rec,) = records(tmp_path / "o.jsonl")
    assert len(rec["text"]) > 15_000_000


def test_unreadable_file_is_skipped_with_its_reason(tmp_path: Path) -> None:
    items = list(iter_items([str(tmp_path / "missing.txt")]))
    assert isinstance(items[0], Skipped) and items[0].reason == "no such file"


def test_glob_selects_names_in_directories_and_walks_in_sorted_order(tmp_path: Path) -> None:
    for rel in ["b/2.txt", "a/1.txt", "a/skip.html", "c.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"{rel}的正文,介绍卫生院开展家庭医生签约服务的情况。", encoding="utf-8")
    items = [i for i in iter_items([str(tmp_path)], glob="*.txt") if isinstance(i, RawItem)]
    assert [i.rel_path for i in items] == ["a/1.txt", "b/2.txt", "c.txt"]
    assert all(not i.source.endswith(".html") for i in items)


def _plausibility_by_loop(text: str) -> float:
    # The score as first written, one character at a time.
    common = encodings.common_chars()
    total = good = 0
    for ch in text[: encodings._SCORE_CHARS]:
        if ch.isspace():
            continue
        total += 1
        o = ord(ch)
        if o < 0x7F or ch in common or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E or (o < 0x250 and ch.isalpha()):
            good += 1
        elif ch in "·—–‘’“”…•、《》【】":
            good += 1
    return good / total if total else 1.0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="医院的鬰鬲齉 \t\n\u3000\u00a0\u0085\x01\x7f\x7eaé\u0250\u024f。“”·【\uff01\uff5e\uff5f\u303f\u3040", max_size=60))
def test_plausibility_scores_as_the_character_by_character_count_does(text: str) -> None:
    assert encodings.plausibility(text) == _plausibility_by_loop(text)


def test_a_scrapers_jsonl_fields_fill_the_record(tmp_path: Path) -> None:
    """A scraper's JSONL states title, time, author and source beside the text (under the names
    scrapers give them): they are the record's, where the text does not state its own."""
    body = "3月18日起,县人民医院开通夜间门诊,内科、儿科和皮肤科每晚各安排一名主治医师坐诊。\n门诊开放后,检验科和药房同步开放,方便上班族在下班后就诊。"
    lines = [
        {"url": "https://news.example.cn/1.html", "title": "县医院开通夜间门诊", "pub_time": "2024-03-19 14:05:33",
         "author": "覃晓雯", "source": "某某日报", "text": f"县医院开通夜间门诊\n{body}"},
        {"url": "https://news.example.cn/2.html", "headline": "夜间门诊开诊首周", "publish_time": 1716181800,
         "author": ["苏晓岚", "方志远"], "source": "https://www.example.cn/news", "text": body},
        # The text's own byline and date win over the fields.
        {"title": "夜间门诊开诊", "date": "2024-01-01", "author": "某某", "text": f"夜间门诊开诊\n2024-03-20 来源:某某县卫生健康局\n{body}"},
    ]
    src = tmp_path / "feed.jsonl"
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    res = run_cli("clean", str(src), "--dedup", "off", "-q")
    assert res.returncode == 0, res.stderr.decode()
    a, b, c = records(res.stdout)
    assert (a["title"], a["published"], a["authors"], a["metadata"]["source_name"]) == (
        "县医院开通夜间门诊", "2024-03-19T14:05:33", ["覃晓雯"], "某某日报")
    assert a["text"].startswith("3月18日起")  # the title line left the text as the title
    assert (b["title"], b["published"], b["authors"]) == ("夜间门诊开诊首周", "2024-05-20T13:10", ["苏晓岚", "方志远"])
    assert "source_name" not in b["metadata"]  # an address names no outlet
    # A cleaned record read again from stdin states `-` as its source: no outlet either.
    again = run_cli("clean", "-", "--dedup", "off", "-q", input=json.dumps({**b, "source": "-"}, ensure_ascii=False).encode())
    assert again.returncode == 0 and "source_name" not in records(again.stdout)[0]["metadata"]
    assert (c["published"], c["metadata"]["source_name"]) == ("2024-03-20", "某某县卫生健康局")
    # The fields stay in the metadata as given.
    assert a["metadata"]["pub_time"] == "2024-03-19 14:05:33"


def test_a_scrapers_content_field_is_the_text_and_its_titles_site_suffix_goes(tmp_path: Path) -> None:
    """A scraper that names the text `content` (or `body`, `正文`) needs no --text-key; a title field
    with the site's name after the headline gives the page's own headline line."""
    body = "走进红岩镇卫生院儿科诊室，墙上画着卡通动物，角落里摆着绘本和积木，输液椅换成了色彩明亮的小沙发。"
    lines = [
        {"url": "https://app.example.cn/1", "title": "乡镇卫生院有了儿童友好诊室_某某新闻客户端", "content": f"乡镇卫生院有了儿童友好诊室\n{body}"},
        {"title": "夜间门诊开诊", "正文": body},
    ]
    src = tmp_path / "feed.jsonl"
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    res = run_cli("clean", str(src), "--dedup", "off", "-q")
    assert res.returncode == 0, res.stderr.decode()
    a, b = records(res.stdout)
    assert (a["title"], a["text"]) == ("乡镇卫生院有了儿童友好诊室", body)
    assert "content" not in a["metadata"] and b["text"] == body
    # A chosen field that is absent still says so.
    res = run_cli("clean", str(src), "--text-key", "article", "-q")
    assert b"no string field `article`" in res.stderr


def test_a_jsonl_text_field_holding_html_is_read_as_a_page(tmp_path: Path) -> None:
    """A scraper that stored the article's HTML in the text field: its paragraphs stay apart and
    its chrome goes, as with --html-key; a text with a tag or two in it stays text."""
    paras = "".join(
        f"<p>{m}月以来,县人民医院心血管内科为辖区两百余名高血压患者建立随访档案,定期上门测量血压并指导用药。</p>" for m in (1, 2, 3)
    )
    html_value = f"<div class='content'>{paras}<p>责任编辑:某某</p><div class='share'>分享到:微信 微博</div></div>"
    text_value = "医院开通夜间门诊<br>内科、儿科每晚各安排一名主治医师坐诊,方便上班族在下班后就诊。"
    src = tmp_path / "feed.jsonl"
    src.write_text("\n".join(json.dumps({"text": v}, ensure_ascii=False) for v in (html_value, text_value)) + "\n", encoding="utf-8")
    res = run_cli("clean", str(src), "--dedup", "off", "-q")
    assert res.returncode == 0, res.stderr.decode()
    page, text = records(res.stdout)
    assert page["text"].count("\n") == 2 and "<p>" not in page["text"] and "分享到" not in page["text"]
    assert text["text"].startswith("医院开通夜间门诊")
