"""Recognising Chinese institution names (issue 6).

A name is a place prefix (one or more administrative units such as 大足区, 南泉街道, or an
autonomous-county name), an optional short proper name (邮亭), and an institution suffix
(人民医院, 中心卫生院, 社区卫生服务中心, 第四人民医院, …). University hospitals
(重庆医科大学附属第一医院) and bare-level names (市中医院, 县人民医院) need no place.

The suffixes and the place data are YAML under `rules/segment/`, loaded with
`yaml.safe_load` and validated strictly; a bad file raises `RuleError` naming file and key.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .. import recode
from ..errors import RuleError
from ..patternmemo import yaml_data

# Through the package's data link, so an installed (non-editable) cleaner finds the data too.
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "rules" / "segment"

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_HAN_CHAR = recode.compile(f"[{HAN}]")
_HAN_RUN = recode.compile(f"[{HAN}]+")
# An ordinal as written in names: 第一, 第4, 第十二.
ORDINAL = "[一二三四五六七八九十百零〇\\d]{1,4}"

_INSTITUTION_KEYS = {"suffixes", "administrations", "university", "proper_suffixes", "not_proper"}
_UNIVERSITY_KEYS = {"schools", "suffixes"}
_PLACE_KEYS = {"levels", "autonomous", "left_stop", "not_places", "not_initial", "not_inside"}


# Schools whose hospitals are named 某某大学附属…医院, and the shortest such own part (附属医院).
_SCHOOL_ENDS = ("大学", "学院", "医学院", "医科大学")
AFFILIATED_MIN_CHARS = 4
# The provinces and municipalities, as a name may open with them without their level word.
_PROVINCES = (
    "黑龙江", "内蒙古", "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "广西",
    "西藏", "宁夏", "新疆", "香港", "澳门",
)
PROVINCE_REST_MIN_CHARS = 4
# A university hospital's own part when it is only a number (第一医院), and a school's name directly
# before its hospital's own (某川大学|华西医院, 某某医科大学|某某医院).
_ORDINAL_HOSPITAL = recode.compile(r"第(?P<n>[一二三四五六七八九])(?:人民)?医院")
_SCHOOL_HOSPITAL = recode.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]{2,8}?(?:医科大学|中医药大学|大学)(?=[\u3400-\u4dbf\u4e00-\u9fff]{2,6}医院$)")


@dataclass(frozen=True, slots=True)
class NameData:
    """Validated name data: suffixes, university parts and place data."""

    suffixes: tuple[str, ...]
    administrations: tuple[str, ...]
    schools: tuple[str, ...]
    university_suffixes: tuple[str, ...]
    proper_suffixes: tuple[str, ...]
    not_proper: tuple[str, ...]
    levels: tuple[str, ...]
    autonomous: tuple[str, ...]
    left_stop: tuple[str, ...]
    not_places: tuple[str, ...]
    not_initial: str
    not_inside: str


def _safe_load(source: str) -> Any:
    return yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _load_yaml(path: Path, keys: set[str]) -> dict[str, Any]:
    try:
        # libyaml's parser when PyYAML has it, and what the file reads as kept between runs:
        # the name lists are read at every start.
        data = yaml_data(path.read_text(encoding="utf-8"), "safe", _safe_load)
    except OSError as exc:
        raise RuleError(str(path), f"cannot read: {exc.strerror}", hint="reinstall cleaner or restore the file") from exc
    except yaml.YAMLError as exc:
        raise RuleError(str(path), f"not valid YAML: {exc}", hint="fix the YAML syntax") from exc
    if not isinstance(data, dict):
        raise RuleError(str(path), "must be a mapping of keys to lists", hint=f"use the keys {sorted(keys)}")
    for key in data:
        if key not in keys:
            raise RuleError(str(path), "unknown key", key=str(key), hint=f"allowed keys are {sorted(keys)}")
    for key in keys:
        if key not in data:
            raise RuleError(str(path), "missing key", key=key, hint="add it (see the comment at the top of the file)")
    return data


def _str_list(path: Path, data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data[key]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(str(path), "must be a non-empty list of non-empty strings", key=key)
    return tuple(v.strip() for v in value)


def _han_chars(path: Path, data: dict[str, Any], key: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not _HAN_RUN.fullmatch(value):
        raise RuleError(str(path), "must be a string of Han characters", key=key)
    return value


def load_name_data(directory: Path = DATA_DIR) -> NameData:
    """Load and validate `institutions.yaml` and `places.yaml` from `directory`."""
    ipath, ppath = directory / "institutions.yaml", directory / "places.yaml"
    inst = _load_yaml(ipath, _INSTITUTION_KEYS)
    places = _load_yaml(ppath, _PLACE_KEYS)
    uni = inst["university"]
    if not isinstance(uni, dict):
        raise RuleError(str(ipath), "must be a mapping with schools and suffixes", key="university")
    for key in uni:
        if key not in _UNIVERSITY_KEYS:
            raise RuleError(str(ipath), "unknown key", key=f"university.{key}", hint="allowed: schools, suffixes")
    for key in _UNIVERSITY_KEYS:
        if key not in uni:
            raise RuleError(str(ipath), "missing key", key=f"university.{key}")
    return NameData(
        suffixes=_str_list(ipath, inst, "suffixes"),
        administrations=_str_list(ipath, inst, "administrations"),
        schools=_str_list(ipath, uni, "schools"),
        university_suffixes=_str_list(ipath, uni, "suffixes"),
        proper_suffixes=_str_list(ipath, inst, "proper_suffixes"),
        not_proper=_str_list(ipath, inst, "not_proper"),
        levels=_str_list(ppath, places, "levels"),
        autonomous=_str_list(ppath, places, "autonomous"),
        left_stop=_str_list(ppath, places, "left_stop"),
        not_places=_str_list(ppath, places, "not_places"),
        not_initial=_han_chars(ppath, places, "not_initial"),
        not_inside=_han_chars(ppath, places, "not_inside"),
    )


def traditional_forms() -> dict[str, str]:
    """Each simplified character with its usual traditional form where that is another character
    (`traditional_spellings`): how the name data is written in traditional script."""
    from ..dedup.keys import traditional_spellings

    return {simp: forms[0] for simp, forms in traditional_spellings().items() if forms[0] != simp}


def with_traditional(data: NameData) -> NameData:
    """`data` with every word and character also in traditional script (縣人民醫院, 鎮衛生院), so
    that a roundup written in traditional characters is read like one in simplified ones."""
    forms = traditional_forms()
    if not forms:
        return data

    def words(ws: tuple[str, ...]) -> tuple[str, ...]:
        # (`N` and `X` are placeholders, never converted)
        return tuple(dict.fromkeys(ws + tuple("".join(forms.get(ch, ch) for ch in w) for w in ws)))

    def chars(cs: str) -> str:
        return "".join(dict.fromkeys(cs + "".join(forms.get(ch, ch) for ch in cs)))

    return NameData(
        suffixes=words(data.suffixes), administrations=words(data.administrations), schools=words(data.schools),
        university_suffixes=words(data.university_suffixes), proper_suffixes=words(data.proper_suffixes),
        not_proper=words(data.not_proper), levels=words(data.levels), autonomous=words(data.autonomous),
        left_stop=words(data.left_stop), not_places=words(data.not_places), not_initial=chars(data.not_initial),
        not_inside=chars(data.not_inside),
    )


def _alt(words: tuple[str, ...], proper: str = "X") -> str:
    """A regex alternation, longest first so the longest suffix or level wins at one position.

    `N` in a word stands for an ordinal; `X` for a short proper name (the `proper` regex).
    """
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace("N", ORDINAL).replace("X", proper) for w in parts) + ")"


# Suffixes and the short words running text uses for them once the full name is given.
_ABBREVIATED = (
    ("疾病预防控制中心", "疾控中心"), ("妇幼保健计划生育服务中心", "妇计中心"), ("卫生健康委员会", "卫健委"),
    ("卫生健康局", "卫健局"), ("中医医院", "中医院"),
)


# A medical group: a member hospital is named on from the group's name (某某县医共体石门分院,
# 某某医疗集团城东院区), which alone already ends the shortest match.
_GROUPS = ("医共体", "医疗集团", "医联体")
# Words after a group's name that speak of its members in general (医共体各分院, 成员单位), and
# characters of the verbs that lead to them (医共体组织各分院): never in a member's own name.
_NOT_MEMBER = "(?!所有|成员|下属|所属|其他|其它|总院|牵头)"
_NOT_IN_MEMBER = "各组织开展联合派带领指导帮扶下辖有属共"


@dataclass(frozen=True, slots=True)
class Name:
    """An institution name found in a text: `text[start:end] == name`."""

    start: int
    end: int
    name: str


def _lazy(name: str) -> Any:
    """A NameFinder pattern compiled from its `_sources` entry when first used."""
    return functools.cached_property(lambda finder: recode.compile(finder._sources[name]))


class NameFinder:
    """Finds institution names in running text and at the start of a line."""

    _strict_unit = _lazy("_strict_unit")
    _suffix_re = _lazy("_suffix_re")
    _uni = _lazy("_uni")
    _place_name = _lazy("_place_name")
    _bare = _lazy("_bare")
    _units = _lazy("_units")
    _auto = _lazy("_auto")
    _level_end = _lazy("_level_end")

    def __init__(self, data: NameData) -> None:
        self.data = data
        initial = f"(?:(?![{data.not_initial}])[{HAN}])"
        inside = f"(?:(?![{data.not_inside}])[{HAN}])"
        level = _alt(data.levels)
        auto = _alt(data.autonomous)
        # A place's proper name has one to four characters (沛县, 巴南区, 乌鲁木齐市); longer ones
        # are autonomous names, listed whole. The cap stops a name from reaching far back into
        # the sentence before it.
        # 全市, 各县, 我区: a character and a level that name no particular place.
        not_place = "(?!" + _alt(data.not_places) + ")"
        self._unit = f"(?:{auto}|{not_place}{initial}{inside}{{0,3}}?{level})"
        suffix = _alt(data.suffixes)
        any_suffix = _alt(data.suffixes + data.administrations)
        mid = f"{inside}{{0,6}}?"
        place_name = f"(?:{self._unit}){{1,4}}{mid}{any_suffix}"
        uni_suffix = _alt(data.university_suffixes, proper=f"{inside}{{1,4}}?")
        uni = f"{initial}{inside}{{1,10}}?{_alt(data.schools)}{uni_suffix}"
        # (…and a disease's prevention centre without its place: 市结核病防治所, 县皮肤病防治院)
        bare = f"(?:市|县|区|縣|區)(?:{suffix}|{inside}{{1,4}}?病防治(?:所|院|中心))"
        self._any = recode.compile(f"{place_name}|{uni}|{bare}")
        member = f"(?:(?![{data.not_inside}{_NOT_IN_MEMBER}])[{HAN}])"
        # (a community centre among the members too: 某某县医共体城南社区卫生服务中心)
        self._member = recode.compile(f"{_NOT_MEMBER}{member}{{2,4}}?(?:分院|院区|中心卫生院|卫生院|社区卫生服务中心|社区卫生服务站)")
        # A hospital known by a proper name alone (协和医院, 905医院), only where a line starts.
        proper = f"(?!{_alt(data.not_proper)})(?:{initial}{inside}{{1,3}}?|\\d{{2,4}})"
        self._proper = recode.compile(f"{proper}{_alt(data.proper_suffixes)}")
        # The patterns below are compiled on first use (`_lazy`): a document that is no roundup
        # needs only `_any` and `_proper`, and compiling them all costs more than cleaning it.
        self._sources = {
            # A unit whose proper name has at least two characters (巴南区, not 平区).
            "_strict_unit": f"(?:{auto}|{initial}{inside}{{1,3}}?{level})",
            "_suffix_re": any_suffix + "$",
            "_uni": uni,
            "_place_name": place_name,
            "_bare": bare,
            "_units": self._unit,
            "_auto": auto,
            "_level_end": level + "$",
        }
        self._short: dict[str, list[str]] = {}  # `short_forms` by name (callers must not change the lists)
        self._stops = sorted(data.left_stop, key=len, reverse=True)
        # One C call (str.startswith with a tuple) instead of a loop per line start.
        self._long_stops = tuple(s for s in self._stops if len(s) >= 2)
        self._two_char_stops = {s for s in data.left_stop if len(s) == 2}

    # -- finding -------------------------------------------------------------------
    def find_all(self, text: str) -> list[Name]:
        """Every institution name in `text`, left to right, without the words before it."""
        found: list[Name] = []
        pos = 0
        while True:
            m = self._any.search(text, pos)
            if m is None:
                return found
            name = self._trim(text, m.start(), m.end())
            if name is not None:
                name = self._with_member(text, name)
                found.append(name)
            pos = max(m.end(), name.end if name is not None else 0)

    def match_at(self, text: str, pos: int = 0, *, proper: bool = True) -> Name | None:
        """The institution name that starts exactly at `pos`, if any (a heading's or a lead's).

        With `proper`, a hospital known by its proper name alone (协和医院) counts too. A name
        behind a word that never starts one (来自县中医院…: the subject is someone from it) does not.
        """
        if self._long_stops and text.startswith(self._long_stops, pos):
            return None
        m = self._any.match(text, pos)
        if m is None:
            m = self._proper.match(text, pos) if proper else None
            if m is None or (pos > 0 and _HAN_CHAR.match(text[pos - 1])):
                return None
        return self._with_member(text, Name(m.start(), m.end(), m.group()))

    def _with_member(self, text: str, name: Name) -> Name:
        """`name` read on to the member hospital when it ends with a medical group's name and a
        member's name follows (漳岭县医共体 + 石门分院)."""
        if not name.name.endswith(_GROUPS):
            return name
        m = self._member.match(text, name.end)
        if m is None:
            return name
        return Name(name.start, m.end(), name.name + m.group())

    def _trim(self, text: str, start: int, end: int) -> Name | None:
        """Cut the words before a name off a running-text match (和巴南区…, 此外石柱…)."""
        s = text[start:end]
        # A two-character stop word whose first character stands before the match (此|外石柱…).
        if start > 0 and text[start - 1] + s[0] in self._two_char_stops:
            start, s = start + 1, s[1:]
        auto = self._auto.search(s)
        if auto is not None and auto.start() > 0 and not self._level_end.search(s[: auto.start()]):
            start, s = start + auto.start(), s[auto.start() :]
        changed = True
        while changed:
            changed = False
            for stop in self._stops:
                rest = s[len(stop) :]
                if s.startswith(stop) and self._valid_after_stop(rest):
                    start, s, changed = start + len(stop), rest, True
                    break
        if not self._any.fullmatch(s):
            return None
        if self._long_stops and s.startswith(self._long_stops):
            # A word that never starts a name (记者跟随县卫健局…), with no name after it.
            return None
        if self._bare.fullmatch(s) and start > 0 and _HAN_CHAR.match(text[start - 1]):
            # 该县人民医院, 全市中医院: a bare level inside running text names no particular institution,
            # unless a stop word stands before it (转诊至县人民医院).
            if not any(text[:start].endswith(stop) for stop in self._stops):
                return None
        return Name(start, start + len(s), s)

    def _valid_after_stop(self, rest: str) -> bool:
        if self._strict_unit.match(rest) and self._place_name.fullmatch(rest):
            return True
        if self._uni.fullmatch(rest):
            return True
        return bool(self._bare.fullmatch(rest))

    # -- parts -----------------------------------------------------------------------
    def short_forms(self, name: str) -> list[str]:
        """How running text names an institution again after its full name: without its leading
        places (荻浦县青龙镇卫生院: 青龙镇卫生院), or with only the level of the first
        (荻浦县人民医院: 县人民医院), and with the usual abbreviation of its suffix
        (县疾控中心 for 某某县疾病预防控制中心)."""
        known = self._short.get(name)
        if known is None:
            if len(self._short) >= 1 << 16:
                self._short.clear()  # bounded: a corpus names more institutions than one article
            known = self._short[name] = self._short_forms(name)
        return known

    def _short_forms(self, name: str) -> list[str]:
        out: list[str] = []
        pos = 0
        while True:
            u = self._units.match(name, pos)
            if u is None or u.end() >= len(name):
                break
            pos = u.end()
            for rest in (name[pos - 1 :], name[pos:]):
                if rest != name and (self._bare.fullmatch(rest) or self._place_name.fullmatch(rest)):
                    out.append(rest)
        # A university's hospital named again by its own part (某某大学附属第一医院: 附属第一医院).
        affiliated = name.find("附属")
        if affiliated > 0 and name[:affiliated].endswith(_SCHOOL_ENDS) and len(name) - affiliated >= AFFILIATED_MIN_CHARS:
            out.append(name[affiliated:])
            own = name[affiliated + 2 :]
            if (ordinal := _ORDINAL_HOSPITAL.fullmatch(own)) is not None:
                # (…and by the school's first two characters and its number: 某山大学附属第一医院, 某山一院)
                out.append(name[:2] + ordinal["n"] + "院")
            elif len(own) >= AFFILIATED_MIN_CHARS:
                out.append(own)  # (…or by its own name: 某某医科大学附属某地某坛医院, 某地某坛医院)
        elif (school := _SCHOOL_HOSPITAL.match(name)) is not None:
            out.append(name[school.end() :])  # (a school's hospital named without 附属: 某川大学华西医院, 华西医院)
        # (…and without the province or municipality that opens it with no level word: 北京某和医院, 某和医院)
        for province in _PROVINCES:
            if name.startswith(province) and name[len(province) : len(province) + 1] not in ("省", "市") and len(name) - len(province) >= PROVINCE_REST_MIN_CHARS:
                out.append(name[len(province) :])
                break
        for form in [name, *out]:
            for long, short in _ABBREVIATED:
                if form.endswith(long):
                    out.append(form[: -len(long)] + short)
        return [f for f in dict.fromkeys(out) if f != name]

    def places(self, name: str) -> list[str]:
        """The place words a name carries, long and short forms (秀山县, 秀山, 龙池镇, 龙池).

        Used to tell which section a paragraph belongs to: a paragraph about 龙池片区 names
        the place of 秀山县龙池镇中心卫生院.
        """
        m = self._suffix_re.search(name)
        prefix = name[: m.start()] if m else name
        out: list[str] = []
        pos = 0
        while pos < len(prefix):
            u = self._units.match(prefix, pos)
            if u is None:
                break
            out.append(u.group())
            pos = u.end()
        mid = prefix[pos:]
        if len(mid) >= 2:
            out.append(mid)
        short: list[str] = []
        for word in out:
            if self._auto.fullmatch(word):
                # 石柱土家族自治县 is called 石柱 in running text.
                short.append(word[:2])
                continue
            lv = self._level_end.search(word)
            if lv is not None and lv.start() >= 2:
                short.append(word[: lv.start()])
        return list(dict.fromkeys(out + short))


@functools.cache
def default_finder() -> NameFinder:
    """The finder built from the packaged data (loaded once per process)."""
    return NameFinder(with_traditional(load_name_data()))
