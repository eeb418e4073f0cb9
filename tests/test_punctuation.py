"""The `punctuation` stage: `keep` leaves widths alone; `cjk` turns half-width marks inside Chinese prose
full-width (rule `cjk_punctuation`, one change per mark) and never touches ASCII runs."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cleaner.config import Config
from cleaner.errors import ConfigError
from cleaner.filters.normalize import Normalize
from cleaner.filters.punctuation import RULE, Punctuation
from cleaner.model import Document, replay
from tests.helpers import records, run_cli


def punctuate(text: str, policy: str = "cjk") -> Document:
    doc = Document(id="t", source="t", original=text)
    [doc] = Normalize().run(doc)
    [doc] = Punctuation(Config(punctuation=policy)).run(doc)
    assert replay(doc.original, doc.changes) == doc.text
    return doc


def marks(doc: Document) -> list[tuple[str, str]]:
    return [(c.removed, c.replacement) for c in doc.changes if c.stage == "punctuation"]


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("今年,医院党委严格执行民主集中制。", "今年，医院党委严格执行民主集中制。"),
        ("党委(含医共体各分院)现有党员430名", "党委（含医共体各分院）现有党员430名"),
        ("党委(含医共体各分院),现有党员430名", "党委（含医共体各分院），现有党员430名"),
        ("“i南山”平台了解一下?有需求在这全搞掂", "“i南山”平台了解一下？有需求在这全搞掂"),
        ("“老人家,你这个需要包扎,你坐好!”今年8月21日", "“老人家，你这个需要包扎，你坐好！”今年8月21日"),
        ("主要做法如下:一是强基础;二是促发展", "主要做法如下：一是强基础；二是促发展"),
        ("医院始建于1942年,2010年更名", "医院始建于1942年，2010年更名"),
        ("“九项准则”,深入科室开展案例讨论", "“九项准则”，深入科室开展案例讨论"),
        ("(责任编辑:林海南)", "（责任编辑：林海南）"),
        ("详见附件(见通知(一))。", "详见附件（见通知（一））。"),
    ],
)
def test_cjk_turns_prose_marks_full_width(raw, want):
    doc = punctuate(raw)
    assert doc.text == want
    changes = [c for c in doc.changes if c.stage == "punctuation"]
    assert changes and all(c.rule == RULE for c in changes)
    # One change per mark, each a single character.
    assert all(len(c.removed) == 1 and len(c.replacement) == 1 for c in changes)


@pytest.mark.parametrize(
    "raw",
    [
        "上一篇 2023年6月17日 上午8:50",  # a time
        "(0)",  # a bare counter
        "局域网(Local Area Network,LAN)是指在某一区域内由多台计算机互联成的计算机组。",  # English in brackets
        "用合计86400.81元,真正实现了“老有所医”。".replace(",", "，"),  # a decimal number
        "详见网址:http://www.example.cn/a?id=1,2",  # a URL
        "全年共接诊1,000余人次。",  # a thousands separator
        "Copyright (c) 2024 All rights reserved.",
    ],
)
def test_cjk_never_touches_ascii_runs(raw):
    doc = punctuate(raw)
    assert marks(doc) == []
    assert doc.text == raw


def test_keep_changes_nothing(seed_text):
    doc = punctuate(seed_text("002"), policy="keep")
    assert marks(doc) == []


def test_seed_004_counter_time_and_english_survive_cjk(seed_text):
    doc = punctuate(seed_text("004"))
    assert "\n(0)\n" in doc.text
    assert "上午8:50" in doc.text
    assert "(Local Area Network,LAN)" in doc.text
    assert "近年来，开州区人民医院" in doc.text
    assert "病例比赛（渝东北赛区）中" in doc.text


def test_seed_002_cjk_is_exact_and_a_fixed_point(seed_text):
    original = seed_text("002")
    doc = punctuate(original)
    assert "86400.81元，真正" in doc.text
    assert "党委（含医共体各分院）现有党员430名" in doc.text
    # Nothing but widths changed: folding full-width back gives the normalized text.
    fold = str.maketrans("，：；？！（）", ",:;?!()")
    normalized = punctuate(original, policy="keep").text
    assert doc.text.translate(fold) == normalized.translate(fold)
    n = len(doc.changes)
    Punctuation(Config(punctuation="cjk")).run(doc)
    assert len(doc.changes) == n


def test_unknown_policy_is_a_config_error():
    with pytest.raises(ConfigError) as e:
        Punctuation(Config(punctuation="full"))
    assert "full" in str(e.value)
    assert e.value.hint and "keep" in e.value.hint and "cjk" in e.value.hint


def test_cli_punctuation_option(tmp_path):
    src = tmp_path / "article.txt"
    src.write_text("医院党委(含各分院)现有党员430名,下设5个党总支。\n时间:上午8:50\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run_cli("clean", str(src), "-o", str(out), "--punctuation", "cjk", "-q")
    assert proc.returncode == 0, proc.stderr.decode()
    [rec] = records(out)
    assert "医院党委（含各分院）现有党员430名，下设5个党总支。" in rec["text"]
    assert "8:50" in rec["text"]


# -- properties: prose and ASCII runs mixed --------------------------------------

PROSE = [
    "(见附件",
    ")",
    "今年,医院党委严格执行民主集中制",
    "党委(含医共体各分院)现有党员430名",
    "了解一下?有需求",
    "你坐好!”",
    "主要做法如下:一是强基础;二是促发展",
    "医院始建于1942年,2010年更名",
    "。",
    "“九项准则”",
]
ASCII_RUNS = ["8:50", "(0)", "86400.81", "1,000", "http://www.example.cn/a?id=1,2", "(Local Area Network,LAN)", "Hi!", " "]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PROSE + ASCII_RUNS), min_size=1, max_size=12))
def test_cjk_only_swaps_widths_and_keeps_ascii_runs(pieces):
    text = "".join(pieces)
    assume(text.strip())
    doc = punctuate(text)
    normalized = punctuate(text, policy="keep").text
    assert len(doc.text) == len(normalized)
    for c in doc.changes:
        if c.stage == "punctuation":
            assert c.rule == RULE
            assert (c.removed, c.replacement) in {
                (",", "，"), (":", "："), (";", "；"), ("?", "？"), ("!", "！"), ("(", "（"), (")", "）")
            }
    for run in ASCII_RUNS:
        if run.strip() and run in normalized:
            assert run in doc.text, run
    n = len(doc.changes)
    Punctuation(Config(punctuation="cjk")).run(doc)
    assert len(doc.changes) == n
