"""Institution names: what counts as one, where it starts, and the data files behind it (issue 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.errors import RuleError
from cleaner.segment import default_finder
from cleaner.segment.names import DATA_DIR, NameFinder, load_name_data


def _names(text: str) -> list[str]:
    return [n.name for n in default_finder().find_all(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("大足区邮亭中心卫生院建于1956年12月30日", ["大足区邮亭中心卫生院"]),
        ("重庆市巴南区南泉街道社区卫生服务中心始建于1942年", ["重庆市巴南区南泉街道社区卫生服务中心"]),
        ("2017年加挂“重庆市巴南区第四人民医院”", ["重庆市巴南区第四人民医院"]),
        ("綦江区中医院门诊大楼", ["綦江区中医院"]),
        ("垫江县中医医院、南川区中西医结合医院和江北区妇幼保健院", ["垫江县中医医院", "南川区中西医结合医院", "江北区妇幼保健院"]),
        ("渝中区疾病预防控制中心发布提示", ["渝中区疾病预防控制中心"]),
        ("患者转至重庆医科大学附属第一医院治疗", ["重庆医科大学附属第一医院"]),
        ("市中医院专家坐诊", ["市中医院"]),
        ("中南大学湘雅医院专家团队", ["中南大学湘雅医院"]),
        ("与复旦大学附属华山医院签约", ["复旦大学附属华山医院"]),
        ("浙江大学医学院附属第一医院", ["浙江大学医学院附属第一医院"]),
        ("陆军军医大学第一附属医院", ["陆军军医大学第一附属医院"]),
        ("于都县人民医院", ["于都县人民医院"]),
        # A medical group's member hospital, named on from the group.
        ("溪口县医共体柏林分院开展义诊", ["溪口县医共体柏林分院"]),
        ("溪口县医共体双桥镇分院（双桥镇卫生院）", ["溪口县医共体双桥镇分院", "双桥镇卫生院"]),
        # The group alone where its members are spoken of in general, or a verb leads to them.
        ("溪口县医共体各分院同步开展", ["溪口县医共体"]),
        ("溪口县医共体组织所属分院开展", ["溪口县医共体"]),
        ("溪口县医共体所有分院", ["溪口县医共体"]),
    ],
)
def test_institution_names_are_found_whole(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # The words before a name are not part of it.
        ("推进区院医联体合作，和巴南区南泉街道社区卫生服务中心共建", ["巴南区南泉街道社区卫生服务中心"]),
        ("此外石柱土家族自治县人民医院还开通了远程会诊", ["石柱土家族自治县人民医院"]),
        ("医院与秀山县人民医院、妙泉镇、宋衣镇、涌洞乡卫生院组建了医共体", ["秀山县人民医院", "涌洞乡卫生院"]),
        ("该院与秀山县人民医院签约", ["秀山县人民医院"]),
        ("将其中2名患者转诊至县人民医院进一步诊治", ["县人民医院"]),
        # A real place that starts like a conjunction keeps its first character.
        ("专家来自和平区人民医院", ["和平区人民医院"]),
    ],
)
def test_names_do_not_swallow_the_words_before_them(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "该院党委书记表示",
        "该县人民医院",  # 该县: no particular institution
        "是大足区唯一的国家三级甲等综合医院",
        "县卫生健康委将继续推进慢性病管理",
        "大学生到医院实习",
        "全县14个乡镇卫生院都建起了中医馆",  # a count of townships, no particular one
    ],
)
def test_no_institution_is_invented(text: str) -> None:
    assert _names(text) == []


def test_place_words_of_a_name() -> None:
    f = default_finder()
    assert f.places("秀山县龙池镇中心卫生院") == ["秀山县", "龙池镇", "秀山", "龙池"]
    assert f.places("大足区邮亭中心卫生院") == ["大足区", "邮亭", "大足"]
    assert f.places("石柱土家族自治县人民医院") == ["石柱土家族自治县", "石柱"]


def _copy_data(tmp_path: Path) -> Path:
    for name in ("institutions.yaml", "places.yaml"):
        (tmp_path / name).write_text((DATA_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


def test_shipped_data_loads() -> None:
    data = load_name_data()
    assert "社区卫生服务中心" in data.suffixes and "街道" in data.levels
    assert NameFinder(data).match_at("奉节县兴隆镇中心卫生院 甘当群众健康“守门人”") is not None


def test_unknown_key_names_the_file_and_key(tmp_path: Path) -> None:
    d = _copy_data(tmp_path)
    with (d / "places.yaml").open("a", encoding="utf-8") as f:
        f.write("level_words: [省]\n")
    with pytest.raises(RuleError) as exc:
        load_name_data(d)
    assert "places.yaml" in str(exc.value) and "`level_words`" in str(exc.value)


def test_bad_list_and_bad_yaml_are_errors(tmp_path: Path) -> None:
    d = _copy_data(tmp_path)
    text = (d / "institutions.yaml").read_text(encoding="utf-8")
    (d / "institutions.yaml").write_text(text.replace("suffixes:\n  - 人民医院", "suffixes: 人民医院\nx:\n  - 人民医院", 1))
    with pytest.raises(RuleError, match="institutions.yaml"):
        load_name_data(d)
    (d / "institutions.yaml").write_text("suffixes: [人民医院\n", encoding="utf-8")
    with pytest.raises(RuleError, match="not valid YAML"):
        load_name_data(d)
