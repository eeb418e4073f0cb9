"""The `templates` corpus pass: text that recurs across the distinct articles of one site.

Site furniture that no rule spells (a slogan under every page, a footer paragraph, a menu word on
a line of its own) is found by counting: a line is *template text* of a site when it recurs on
the pages of *distinct articles* of that site. The same article posted on several pages (a press
release reposted by three portals, a page scraped twice, a roundup split into records) is one
article and votes once, so reposting never turns an article's body into template text.

**The site** of a record (`site_of`): the `site` field of its metadata (HTML inputs set it from
the page), else the host of a URL field (`--site-key FIELD`; without it the first of `url`,
`URL`, `link`, `source_url`, `canonical_url` that holds an http(s) URL), else the folder its
input file is in (for JSONL, the JSONL file's folder; `-` for stdin).

**Articles (families).** Records are joined into one family when:

- they were split from one roundup (same `parent_id`);
- they are copies of one article: the long paragraphs they share cover at least half of the
  long text of each of them and are at least two, or cover 80% of it (a one-paragraph notice).
  Paragraphs held by more than `COVER_MAX_HOLDERS` records are left out of this comparison:
  they are the furniture of many pages, not an article's body;
- with `--index`, a record's long paragraphs were counted by an earlier run under family F in
  the same proportions: it is a copy of that earlier article and joins F.

**Template text** of a site: a paragraph (comparison key of at least `min_repeat_chars`
characters) in at least `template_min_docs` (3) families of the site, counting earlier runs; a
short line (a menu word: 首页, 登录, `Scan me!`) in at least `3 * template_min_docs` (9) families
and in at least a third of the site's families, never a bare list marker (`一、`, `3.`) or a line
without a letter. So a handful of reposts (ten copies of one article are one family) never makes
template text, while a footer on three articles of a site does. A notice's sign-off under its
body (a bare date, and the issuing unit on the line above it) is never template text, however many
notices of the site share it. Nor is a long sentence inside a record's body (the record's own long
sentences above it and under it) held by fewer than `BODY_SHARED_MAX_FAMILIES` (9) families: reposts
of one story that each site rewrote in part share such paragraphs, and they are the article's (a
promotion every article of a site carries in its body reaches that count). Template lines are
removed as `corpus_template`; a record whose every line is template text keeps them all (a note
says so): no template removal empties a record. `summary()` lists the template lines found, per
site, so a user can turn a frequent one into a rule.

**Shared quotations**: a long paragraph (`shared_min_chars`) held by two or more families (any
site) that is not template text. `shared_paragraphs`: `keep` does nothing, `mark` (default) lists
the other record ids in `metadata["shared_paragraphs"]`, `drop` removes it (`corpus_shared`) from
every article but the first in input order (or every one, when an earlier run holds it).

**The index.** With `--index PATH` (SQLite) counts persist: `template_counts` (per site and
fingerprint), `template_families` (the site's families already counted), `shared_counts` and
`shared_families` (all sites). Running a batch again counts nothing twice. The tables are written
by `commit()`, which the runner calls only after every output of the run is in place: a run that
fails or is interrupted leaves the index as it was.

Output never depends on hash-set order or on which worker finished first: counts are exact,
documents are numbered in input order, families are named by their first member, every list is
sorted.
"""

from __future__ import annotations

import os
import sqlite3
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import xxhash

from .. import recode
from ..config import Config
from ..errors import IndexError_
from ..model import Document
from ..stage import PiecewiseStage, no_text_left
from ..store import IntLists, IntMap, SortedInts, SpilledRows, Strings
from .repeats import line_removal_edits, original_offsets

if TYPE_CHECKING:
    # numpy is imported by the methods that count fingerprints: a run of one document never does.
    import numpy as np

STAGE = "templates"

# SQLite limits the number of bound parameters; look fingerprints up in chunks this size.
_CHUNK = 500
# Observed lines wait in memory in batches this size, then go to the pass's spill file.
_FLUSH_LINES = 65536
# prepare() sorts the observed lines in parts of about this many rows (split by fingerprint, so
# every count is exact within a part): its memory stays bounded however large the batch.
PART_LINES = 1 << 19
# Pairs of records sharing paragraphs judged per slice in prepare (a few MB of temporaries).
_PAIR_SLICE = 1 << 18
# The pairs are summed in parts of about this many rows (split by pair, so every sum is exact).
PAIR_PART_ROWS = 1 << 19
# Record ids a --jobs run's views keep decoded (`CorpusTemplates._ids_of`): about 6 MB at most.
VIEW_ID_CACHE = 1 << 16

# Paragraphs held by more records than this are site furniture, left out when deciding whether
# two records are copies of one article (and never paired, so the work stays linear).
COVER_MAX_HOLDERS = 32
# Shares of a record's long text that make two records copies of one article.
COVER_SHARE = 0.5  # with at least two shared paragraphs
COVER_SHARE_ONE = 0.8  # with a single shared paragraph
# A short line must be in this many times template_min_docs families, and in this share of the
# site's families, to be template text: menu words recur on every page, headings on a few.
SHORT_FACTOR = 3
SHORT_SITE_SHARE = 1 / 3

# URL fields tried, in order, when --site-key is not given.
URL_KEYS = ("url", "URL", "link", "source_url", "canonical_url")

_LIST_MARKER = recode.compile(r"^[(\[（【]?[一二三四五六七八九十百零〇\d]{1,4}[)\]）】]?[、.．,，:：)）]?$")
_LETTER = recode.compile(r"[^\W\d_]")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS template_counts (
    site TEXT NOT NULL,               -- the site (see site_of)
    fingerprint INTEGER NOT NULL,     -- xxhash64 of the comparison key, as a signed 64-bit integer
    docs INTEGER NOT NULL,            -- distinct articles of the site seen with this line, all runs
    sample TEXT,                      -- the line as first seen, once it is in two articles
    first_id TEXT,                    -- the record id it was first seen in
    PRIMARY KEY (site, fingerprint)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS template_families (
    site TEXT NOT NULL,               -- an article of this site already counted
    family TEXT NOT NULL,
    PRIMARY KEY (site, family)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS shared_counts (
    fingerprint INTEGER PRIMARY KEY,  -- long paragraphs, all sites
    docs INTEGER NOT NULL,
    first_id TEXT,
    first_family TEXT                 -- the article it was first counted under
);
CREATE TABLE IF NOT EXISTS shared_families (
    family TEXT PRIMARY KEY
);
"""


class _Seq(Mapping[int, Any]):
    """A list seen as a mapping from position to item, without a copy."""

    __slots__ = ("_items",)

    def __init__(self, items: Sequence[Any]) -> None:
        self._items = items

    def __getitem__(self, k: int) -> Any:
        return self._items[k]

    def __iter__(self) -> Iterator[int]:
        return iter(range(len(self._items)))

    def __len__(self) -> int:
        return len(self._items)


def _items(m: Sequence[Any] | Mapping[int, Any]) -> Sequence[Any] | Mapping[int, Any]:
    """The list under a `_Seq` (the same items by position), any other mapping as it is."""
    return m._items if isinstance(m, _Seq) else m


def fingerprint(key: str) -> int:
    """xxhash64 of a comparison key, folded into SQLite's signed 64-bit integer range."""
    return _signed(xxhash.xxh64_intdigest(key.encode("utf-8")))


def _signed(h: int) -> int:
    return h - (1 << 64) if h >= 1 << 63 else h


# Platforms many publishers share: their name or host is no site (each account is one), so text
# two accounts both carry (a health authority's notice quoted by both) is never counted as a
# template of the platform.
PLATFORM_NAMES = frozenset({
    "微信公众平台", "微信", "wechat", "powered by discuz!", "discuz!", "今日头条", "头条号", "百家号", "网易号",
    "搜狐号", "企鹅号", "大鱼号", "澎湃号", "一点号", "新浪博客", "新浪微博", "微博", "知乎", "简书", "小红书", "抖音",
})
PLATFORM_HOSTS = frozenset({
    "mp.weixin.qq.com", "weixin.qq.com", "toutiao.com", "baijiahao.baidu.com", "mbd.baidu.com", "om.qq.com",
    "blog.sina.com.cn", "weibo.com", "weibo.cn", "zhihu.com", "jianshu.com", "xiaohongshu.com", "douyin.com",
})


def is_platform(name: str) -> bool:
    """Whether a site name or host is a platform's (see PLATFORM_NAMES and PLATFORM_HOSTS)."""
    key = name.strip().lower().removeprefix("www.")
    return key in PLATFORM_NAMES or key in PLATFORM_HOSTS or any(key.endswith("." + h) for h in PLATFORM_HOSTS)


def site_of(doc: Document, site_key: str | None = None) -> str:
    """The site a record belongs to, for counting template text (module docstring). A record of a
    platform whose account is unknown is a site of its own (its id)."""
    site = doc.metadata.get("site")
    if isinstance(site, str) and site.strip() and not is_platform(site):
        return site.strip().lower()
    keys = (site_key,) if site_key else URL_KEYS
    for key in keys:
        value = doc.metadata.get(key)
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            host = (urlsplit(value).hostname or "").lower()
            if host:
                host = host.removeprefix("www.")
                return f"{host}#{doc.id}" if is_platform(host) else host
    if doc.metadata.get("platform"):
        return f"{doc.metadata['platform']}#{doc.id}"
    file = doc.metadata.get("_file") or doc.source
    if file == "-":
        return "-"
    return os.path.dirname(str(file)) or "."


def is_short_candidate(key: str) -> bool:
    """Whether a short line may be template text at all: it has a letter and is no list marker."""
    return bool(_LETTER.search(key)) and not _LIST_MARKER.match(key)


# A notice's sign-off under its body: the date alone on its line (2024年5月6日, 二〇二四年五月六日),
# with the issuing unit alone on the line above it. Notices of one site signed by one unit on one
# day share both lines, which are still each notice's own text, never template text.
SIGNOFF_DATE = recode.compile(
    r"^\s*(?:(?:19|20)\d\d\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})"
    r"|(?:二〇|二零)[〇零一二三四五六七八九]{2}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*$"
)
SIGNOFF_BODY_CHARS = 40  # a sign-off stands under the body: a paragraph at least this long above it
SIGNOFF_SENTENCE_CHARS = 12  # …or a shorter sentence (现将…印发给你们,请认真贯彻执行。)
SIGNOFF_UNIT_CHARS = 30
_SENTENCE_END = recode.compile(r"[。！？!?；;]")


def _signoff_lines(paras: Sequence[Any]) -> set[int]:
    """The lines (`Paragraph.line`) of the sign-offs under a body: a bare date, and the short line
    (the issuing unit) right above it."""
    out: set[int] = set()
    body_seen = False
    for i, p in enumerate(paras):
        if len(p.key) >= SIGNOFF_BODY_CHARS or (len(p.key) >= SIGNOFF_SENTENCE_CHARS and _SENTENCE_END.search(p.text)):
            body_seen = True
        elif body_seen and SIGNOFF_DATE.match(p.text):
            out.add(p.line)
            above = paras[i - 1]
            if len(above.key) <= SIGNOFF_UNIT_CHARS and not _SENTENCE_END.search(above.text):
                out.add(above.line)
    return out


# A numbered heading of a part of the text (一、项目基本情况, 2.采购代理机构信息, (三)报名方式, 第二章):
# notices of one site share their parts' headings, each over its own text. Between two lines of
# the document's own, such a heading is the document's, never the site's template.
PART_HEADING = recode.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．](?!\d)"
    r"|第[一二三四五六七八九十\d]{1,3}[章节部分条])\s*\S"
)
PART_HEADING_MAX_CHARS = 30


def _own_part_heading(paras: Sequence[Any], i: int, template_line: Any) -> bool:
    """Whether paragraph i is a part's numbered heading (`PART_HEADING`, no sentence) with the
    document's own lines (`template_line(key)` false) right above (or nothing) and right under it."""
    text = paras[i].text
    if len(paras[i].key) > PART_HEADING_MAX_CHARS or not PART_HEADING.match(text) or _SENTENCE_END.search(text):
        return False
    above = next((p for p in reversed(paras[:i]) if p.key), None)
    under = next((p for p in paras[i + 1 :] if p.key), None)
    # (the text's first line, under the title the metadata stage lifted: nothing above it)
    return under is not None and not template_line(under.key) and (above is None or not template_line(above.key))


# A long paragraph inside the body, the document's own prose above it and under it, is the
# article's (a reposted story's paragraph other reposts share, each site having rewritten the rest),
# never the site's template, unless this many families or more hold it (a promotion every article of
# the site carries in its body).
BODY_MIN_CHARS = 40
BODY_SHARED_MAX_FAMILIES = 9


def _inside_body(paras: Sequence[Any], i: int, template_line: Any) -> bool:
    """Whether paragraph i is a long sentence with the document's own long sentences (not template
    text) somewhere above it and somewhere under it."""
    if len(paras[i].key) < BODY_MIN_CHARS or not _SENTENCE_END.search(paras[i].text):
        return False

    def own_prose(p: Any) -> bool:
        return len(p.key) >= BODY_MIN_CHARS and _SENTENCE_END.search(p.text) is not None and not template_line(p.key)

    return any(own_prose(p) for p in paras[:i]) and any(own_prose(p) for p in paras[i + 1 :])


# What the pass needs of one document (`doc_facts`): id, roundup seed, site, and for each distinct
# non-empty paragraph key its fingerprint, its site-salted fingerprint and its length. Plain
# values, so facts travel cheaply between processes and machines instead of whole documents.
DocFacts = tuple[str, str, str, list[int], list[int], list[int]]


def doc_facts(doc: Document, site_key: str | None = None) -> DocFacts:
    """The compact facts `CorpusTemplates.observe_facts` counts (a pure function of the document)."""
    site_name = site_of(doc, site_key)
    salt = site_name.encode("utf-8") + b"\x00"
    seen: set[int] = set()
    fps: list[int] = []
    sfps: list[int] = []
    lens: list[int] = []
    for p in doc.paragraphs():
        key = p.key
        if not key:
            continue
        fp = fingerprint(key)
        if fp in seen:
            continue
        seen.add(fp)
        fps.append(fp)
        sfps.append(_signed(xxhash.xxh64_intdigest(salt + key.encode("utf-8"))))
        lens.append(len(key))
    return (doc.id, doc.parent_id or doc.id, site_name, fps, sfps, lens)


# Record ids a view keeps read out for the documents that share paragraphs (`others_of`): a few MB.
OTHERS_HELD = 100_000


@dataclass(slots=True)
class TemplateDecisions:
    """What `apply_templates` needs to edit documents: the whole batch's decisions, or (`view`) only
    the part that concerns a range of documents, to ship to the process that edits them."""

    min_chars: int
    shared_min: int
    shared_mode: str
    site_names: Mapping[int, str]
    site: Mapping[int, int]  # document ordinal -> site
    family: Mapping[int, str]  # document ordinal -> family name
    ids: Mapping[int, str]  # document ordinal -> record id
    template: dict[int, int]  # sfp -> families holding it (template lines only)
    multi: set[int] | frozenset[int]  # sfps held by two or more families
    shared: Mapping[int, int]  # fp -> families holding it (shared long paragraphs)
    holders: Mapping[int, list[int]]  # fp -> ordinals of the documents holding it, ascending
    # fp -> the record and family of an earlier run that holds it; the record is None when it is
    # in this batch (a rerun), so it is not named twice.
    earlier: dict[int, tuple[str | None, str | None]]
    # Instead of `shared`, `holders` and `earlier` (the Dask engine, decided on its workers):
    # (ordinal, fp) -> (families holding it, whether this record's family holds it first, the
    # record that keeps it, the other families' records holding it), for this range's records only.
    held: dict[tuple[int, int], tuple[int, bool, str, list[str]]] | None = None
    # Document ordinal -> family number, equal exactly when the family names are equal: compared
    # instead of `family` when given, so a name is made only for what is written out.
    family_code: Sequence[int] | Mapping[int, int] | None = None
    # (fp, family) -> the ids of the other families' documents holding the paragraph: the same for
    # every document of a family, so each is read out of `ids` once, not once per holder. Emptied
    # when it holds OTHERS_HELD ids (a whole batch's view lives as long as the batch).
    others_of: dict[tuple[int, Any], list[str]] = field(default_factory=dict)
    others_held: int = 0


def apply_templates(
    doc: Document, ordinal: int, dec: TemplateDecisions
) -> tuple[list[Document], list[tuple[int, str]], list[int]]:
    """Remove template lines (and mark or drop shared paragraphs) in one document.

    Returns the documents that go on, the (sfp, line) samples of lines held by two or more
    families in this document's order, and the template sfps removed from it.
    """
    family = dec.family[ordinal]
    # What tells two documents' families apart: the numbers when there are, else the names.
    # Read through to the lists under the batch's mappings: a paragraph many records share is
    # looked up once per holder in every one of them (a method call each through `_Seq`).
    same = _items(dec.family if dec.family_code is None else dec.family_code)
    ids = _items(dec.ids)
    mine = same[ordinal]
    site = dec.site[ordinal]
    site_name = dec.site_names[site]
    salt = site_name.encode("utf-8") + b"\x00"
    paras = doc.paragraphs()
    signed: set[int] | None = None  # the sign-off's lines, worked out at the first template line
    removals: dict[int, tuple[str, dict[str, Any] | None]] = {}
    templated: list[int] = []
    samples: list[tuple[int, str]] = []
    marks: list[tuple[int, dict[str, Any]]] = []

    def template_line(key: str) -> bool:
        return _signed(xxhash.xxh64_intdigest(salt + key.encode("utf-8"))) in dec.template

    for i, p in enumerate(paras):
        key = p.key
        if not key:
            continue
        if dec.multi:
            sfp = _signed(xxhash.xxh64_intdigest(salt + key.encode("utf-8")))
            if sfp in dec.multi:
                samples.append((sfp, p.text))
            n = dec.template.get(sfp)
            if n is not None and (len(key) >= dec.min_chars or is_short_candidate(key)) and p.line not in (
                signed if signed is not None else (signed := _signoff_lines(paras))
            ) and not _own_part_heading(paras, i, template_line) and not (n < BODY_SHARED_MAX_FAMILIES and _inside_body(paras, i, template_line)):
                removals[p.line] = (
                    "corpus_template",
                    {"docs": n, "site": site_name, "fingerprint": f"{sfp & ((1 << 64) - 1):016x}"},
                )
                templated.append(sfp)
                continue
        if len(key) < dec.shared_min or not (dec.shared or dec.held):
            continue
        fp = fingerprint(key)
        if dec.held is not None:
            row = dec.held.get((ordinal, fp))
            if row is None:
                continue  # held by one family only
            total, is_first, kept_in, others = row
        else:
            found = dec.shared.get(fp)
            if found is None:
                continue
            total = found
            holders = dec.holders.get(fp)
            if holders is None:
                continue
            base = dec.others_of.get((fp, mine))
            if base is None:
                if dec.others_held >= OTHERS_HELD:
                    dec.others_of.clear()
                    dec.others_held = 0
                base = dec.others_of[(fp, mine)] = [ids[d] for d in holders if same[d] != mine]
                dec.others_held += len(base)
            others = list(base)
            # A record of an earlier run holding it comes first (a record of this batch counted
            # before, on a re-run, is already among the holders).
            earlier_id, earlier_family = dec.earlier.get(fp, (None, None))
            if earlier_family == family:
                earlier_id = None
            if earlier_id is not None:
                others.insert(0, earlier_id)
            if not others:
                continue  # only copies of this article hold it
            is_first = earlier_id is None and same[holders[0]] == mine
            kept_in = earlier_id if earlier_id is not None else ids[holders[0]]
        if dec.shared_mode == "drop":
            if not is_first:
                removals[p.line] = ("corpus_shared", {"kept_in": kept_in, "docs": total})
        else:
            marks.append((p.start, {"other": others, "chars": len(p.text)}))
    if removals and len(removals) >= sum(1 for p in paras if p.key):
        # Every line would go: a page of nothing but furniture keeps it rather than vanish.
        doc.note(STAGE, "corpus_template", "kept: removing the template lines would empty the record")
        removals = {}
        templated = []
    if marks:
        offsets = original_offsets(doc, [start for start, _ in marks])
        shared_meta = doc.metadata.setdefault("shared_paragraphs", [])
        for (_, mark), offset in zip(marks, offsets, strict=True):
            shared_meta.append({"other": mark["other"], "offset": offset, "chars": mark["chars"]})
    if removals:
        doc.apply(STAGE, line_removal_edits(doc.text, removals, doc.view()))
    return ([doc] if doc.text.strip() else []), samples, templated


class _Families:
    """Union-find over records (0..n-1) and earlier runs' families (named nodes after them)."""

    def __init__(self, n: int) -> None:
        # A typed array: 8 bytes per record, where a list of ints costs about 36.
        self.parent = array("q", range(n))
        self.names: dict[int, str] = {}
        self._named: dict[str, int] = {}

    def node(self, name: str) -> int:
        k = self._named.get(name)
        if k is None:
            k = self._named[name] = len(self.parent)
            self.parent.append(k)
            self.names[k] = name
        return k

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The lower node stays the root: records (input order) before named nodes.
            self.parent[max(ra, rb)] = min(ra, rb)


def _same_article(chars: int, count: int, smaller: int) -> bool:
    if smaller <= 0:
        return False
    return (count >= 2 and chars >= COVER_SHARE * smaller) or chars >= COVER_SHARE_ONE * smaller


def same_article_mask(chars: np.ndarray, count: np.ndarray, smaller: np.ndarray) -> np.ndarray:
    """`_same_article` over arrays: which (shared chars, shared paragraphs, larger cover) make two
    records copies of one article (for a pass that pairs records elsewhere, as the Dask engine does)."""
    return (smaller > 0) & (((count >= 2) & (chars >= COVER_SHARE * smaller)) | (chars >= COVER_SHARE_ONE * smaller))


def _shared_pairs(
    docs: np.ndarray, lens: np.ndarray, bounds: np.ndarray, sizes: np.ndarray, seed: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs of records that share a paragraph, summed (`_sum_pairs`): `docs` and `lens` are
    the rows of some paragraphs sorted by (fingerprint, record), `bounds` and `sizes` where each
    paragraph's rows start and how many there are. A paragraph held by 2 to COVER_MAX_HOLDERS
    records gives each pair of them (a < b, of different seeds) its length and one paragraph."""
    import numpy as np

    held = (sizes >= 2) & (sizes <= COVER_MAX_HOLDERS)
    group = np.repeat(np.arange(len(sizes)), sizes)
    rows = held[group]
    group, docs = group[rows], docs[rows]
    length = lens[bounds[:-1]][group]  # a paragraph's length: that of its first row
    del rows
    codes: list[np.ndarray] = []
    chars: list[np.ndarray] = []
    # Rows d apart in one paragraph's run are the pairs (i, i + d); records ascend in a run.
    for d in range(1, COVER_MAX_HOLDERS):
        same = group[:-d] == group[d:]
        if not same.any():
            break
        a, b = docs[:-d][same], docs[d:][same]
        keep = seed[a] != seed[b]
        codes.append(a[keep] * n + b[keep])
        chars.append(length[:-d][same][keep])
    if not codes:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int32)
    code = np.concatenate(codes)
    return _sum_pairs(code, np.concatenate(chars), np.ones(len(code), dtype=np.int32))


def _sum_pairs(codes: np.ndarray, chars: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(distinct codes ascending, chars summed per code, counts summed per code)."""
    import numpy as np

    if not len(codes):
        return codes, chars, counts
    order = np.argsort(codes, kind="stable")
    codes = codes[order]
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    codes = codes[starts]
    chars = np.add.reduceat(chars[order], starts)
    return codes, chars, np.add.reduceat(counts[order], starts)


def families_from_roots(seed: Sequence[int], seed_names: Sequence[str], nodes: Any, roots: Any) -> list[str]:
    """Family names without an index, from the families found elsewhere (the Dask engine's
    components of copy pairs and roundups): `roots[k]` is the lowest record of record
    `nodes[k]`'s family; a record not in `nodes` is a family of its own. Each family is named
    after its lowest record's seed, as `_families` names it."""
    names = [seed_names[s] for s in seed]
    for d, root in zip(nodes.tolist(), roots.tolist(), strict=True):
        names[d] = seed_names[seed[root]]
    return names


def _line_dtype() -> np.dtype[Any]:
    """One observed line: fingerprint, site-salted fingerprint, record, key length (24 bytes)."""
    import numpy as np

    return np.dtype([("fp", "<i8"), ("sfp", "<i8"), ("doc", "<u4"), ("len", "<u4")])


def _pair_dtype() -> np.dtype[Any]:
    """Records a < b sharing long paragraphs: a * n + b, the chars and paragraphs shared (20 bytes)."""
    import numpy as np

    return np.dtype([("code", "<i8"), ("chars", "<i8"), ("count", "<i4")])


def _pair_parts(pairs: SpilledRows) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The pairs spilled to `pairs`, summed per pair (`_sum_pairs`), in parts of about
    PAIR_PART_ROWS rows split by pair code: every row of one pair is in the same part."""
    import numpy as np

    parts = max(1, -(-len(pairs) // PAIR_PART_ROWS))
    if parts == 1:
        rows = pairs.all() if len(pairs) else np.empty(0, dtype=_pair_dtype())
        yield _sum_pairs(rows["code"], rows["chars"], rows["count"])
        return
    files = [SpilledRows(1, _pair_dtype(), "cleaner-templates-pairs-part-") for _ in range(parts)]
    try:
        for _, rows in pairs.chunks():
            part_of = rows["code"] % parts
            order = np.argsort(part_of, kind="stable")
            bounds = np.searchsorted(part_of[order], np.arange(parts + 1))
            for k in range(parts):
                if bounds[k + 1] > bounds[k]:
                    files[k].append(rows[order[bounds[k] : bounds[k + 1]]])
            del rows, part_of, order
        for k in range(parts):
            part = files[k].all() if len(files[k]) else np.empty(0, dtype=_pair_dtype())
            files[k].close()
            yield _sum_pairs(part["code"], part["chars"], part["count"])
            del part
    finally:
        for f in files:
            f.close()


def _first_docs(fps: np.ndarray, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For rows sorted by fingerprint: each fingerprint, its row count and its lowest record."""
    import numpy as np

    if not len(fps):
        return fps, np.zeros(0, dtype=np.int64), docs
    starts = np.flatnonzero(np.r_[True, fps[1:] != fps[:-1]])
    return fps[starts], np.diff(np.r_[starts, len(fps)]), np.minimum.reduceat(docs, starts)


class _SeedNames(Sequence[str]):
    """Seed number -> seed name, read from the records' stored ids (no list of names)."""

    def __init__(self, stage: CorpusTemplates) -> None:
        self._stage = stage
        self._first = stage._numbered_seeds()[1]

    def __len__(self) -> int:
        return len(self._first)

    def __getitem__(self, k: Any) -> Any:
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(len(self)))]
        return self._stage._seed_name(int(self._first[k]))


class _FamilyNames(Sequence[str]):
    """Record -> family name, from a family number per record (names are made when asked for)."""

    def __init__(self, stage: CorpusTemplates, codes: np.ndarray) -> None:
        self._stage = stage
        self._codes = codes
        self._seeds = _SeedNames(stage)

    def __len__(self) -> int:
        return len(self._codes)

    @property
    def codes(self) -> memoryview:
        """The family number of every record (equal exactly when the names are: a name is a seed's
        or one of `_fam_extra`, each numbered once), as Python ints, without a copy."""
        return self._codes.data

    def __getitem__(self, d: Any) -> Any:
        if isinstance(d, slice):
            return [self[j] for j in range(*d.indices(len(self)))]
        code = int(self._codes[d])
        seeds = len(self._seeds)
        return self._seeds[code] if code < seeds else self._stage._fam_extra[code - seeds]


class CorpusTemplates(PiecewiseStage):
    """Counts lines per site and article family (and in the index), then removes or marks the frequent ones."""

    name = STAGE

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        config = self.config
        self.min_chars = config.min_repeat_chars
        self.min_docs = config.template_min_docs
        self.short_min_docs = SHORT_FACTOR * config.template_min_docs
        self.shared_mode = config.shared_paragraphs
        self.shared_min = max(config.shared_min_chars, config.min_repeat_chars)
        self.site_key = config.site_key
        index = config.index
        # A redis:// index belongs to the near-duplicate stage alone; line counts need SQLite.
        self.index_path = index if index and not index.startswith("redis://") else None
        # Observed in input order (compact, cleaner/store.py): per record its id, its roundup
        # seed (the parent's id, or the record's own) and its site; per (record, distinct line) a
        # row of fingerprints and key length, written to a spill file in batches and read back
        # in parts by prepare(). Memory grows by a few dozen bytes per record, not kilobytes.
        self._ids = Strings()
        # Ids views have named (`view`): a paragraph many records share names its holders in the
        # view of every range that holds it, so the same few hundred ids would be decoded from
        # `_ids` once per range. Bounded: emptied when it holds VIEW_ID_CACHE ids.
        self._view_ids: dict[int, str] = {}
        self._own_seed = bytearray()  # 1 when the record is its own seed (no roundup parent)
        self._parents = Strings()  # the roundup parent's id; "" when the record is its own seed
        self._seed_hash = array("q")  # xxhash64 of the seed name: seeds numbered without a dict
        self._seeds_cache: tuple[np.ndarray, np.ndarray] | None = None
        self._site = array("q")
        self._sites: dict[str, int] = {}
        self._site_names: list[str] = []
        self._lines: SpilledRows | None = None
        self._n_lines = 0
        self._line_end = array("q")  # lines observed up to and including each record
        self._buf_fp = array("q")  # fingerprint of the key (all sites)
        self._buf_sfp = array("q")  # fingerprint of (site, key)
        self._buf_doc = array("I")
        self._buf_len = array("I")  # key length
        # Decided in prepare().
        self._family: Sequence[str] = []  # family name per document
        self._template: dict[int, int] = {}  # sfp -> families holding it (template lines only)
        # Decided per distinct line, so they grow with the batch: numpy arrays (cleaner/store.py),
        # 8 to 16 bytes an entry, where sets and dicts of Python ints cost 60 to 150.
        self._multi: set[int] | SortedInts = set()  # sfps held by two or more families (their text is kept as a sample)
        self._shared: Mapping[int, int] = {}  # fp -> families holding it (shared long paragraphs)
        self._holders: Mapping[int, list[int]] = {}  # fp -> records holding it, ascending
        self._earlier_shared: dict[int, tuple[int, str | None, str | None]] = {}
        # id -> ordinals, built only when documents come back out of observe order (see _ordinal).
        self._by_id: dict[str, int] | None = None  # id -> its first ordinal
        self._earlier: dict[int, tuple[str | None, str | None]] = {}
        self._dec: TemplateDecisions | None = None
        self._runs = 0
        self._prepared = False
        self._samples: dict[int, str] = {}
        self._removed: dict[int, int] = {}  # sfp -> site (its families: `_template[sfp]`)
        self._fam_extra: list[str] = []  # family names that are no seed's (earlier runs' families)
        # What commit() writes.
        self._pending: dict[str, Any] = {}

    # -- pass 1 -------------------------------------------------------------------------
    def observe(self, doc: Document) -> None:
        """Note this document's distinct lines, its site and its roundup."""
        self.observe_facts([doc_facts(doc, self.site_key)])

    @classmethod
    def facts(cls, docs: list[Document], config: Config) -> list[DocFacts]:
        """The compact facts of `docs` (`doc_facts`), computed where the documents are."""
        return [doc_facts(d, config.site_key) for d in docs]

    def observe_facts(self, facts: list[DocFacts]) -> None:
        """Note documents by their compact facts (`doc_facts`), in input order."""
        for doc_id, seed_name, site_name, fps, sfps, lens in facts:
            ordinal = len(self._ids)
            self._ids.append(doc_id)
            own = seed_name == doc_id
            self._own_seed.append(own)
            self._parents.append("" if own else seed_name)
            self._seed_hash.append(_signed(xxhash.xxh64_intdigest(seed_name.encode("utf-8", "surrogatepass"))))
            site = self._sites.get(site_name)
            if site is None:
                site = self._sites[site_name] = len(self._site_names)
                self._site_names.append(site_name)
            self._site.append(site)
            self._buf_fp.extend(fps)
            self._buf_sfp.extend(sfps)
            self._buf_len.extend(lens)
            self._buf_doc.extend([ordinal] * len(fps))
            self._n_lines += len(fps)
            self._line_end.append(self._n_lines)
        if len(self._buf_fp) >= _FLUSH_LINES:
            self._flush_lines()

    def _flush_lines(self) -> None:
        import numpy as np

        if not self._buf_fp:
            return
        if self._lines is None:
            self._lines = SpilledRows(1, _line_dtype(), "cleaner-templates-")
        rows = np.empty(len(self._buf_fp), dtype=_line_dtype())
        rows["fp"] = np.frombuffer(self._buf_fp, dtype=np.int64)
        rows["sfp"] = np.frombuffer(self._buf_sfp, dtype=np.int64)
        rows["doc"] = np.frombuffer(self._buf_doc, dtype=np.uint32)
        rows["len"] = np.frombuffer(self._buf_len, dtype=np.uint32)
        self._lines.append(rows)
        self._buf_fp, self._buf_sfp, self._buf_doc, self._buf_len = array("q"), array("q"), array("I"), array("I")

    def _line_rows(self, start: int, stop: int) -> np.ndarray:
        """The observed lines start .. stop - 1, in observe order."""
        import numpy as np

        self._flush_lines()
        if self._lines is None or stop <= start:
            return np.empty(0, dtype=_line_dtype())
        return self._lines.slice(start, stop)

    def _line_parts(self, field: str, min_len: int = 0) -> Iterator[np.ndarray]:
        """The observed lines with a key of at least `min_len` characters, in parts split by
        `field` (every row of one fingerprint in the same part), each in observe order."""
        import numpy as np

        self._flush_lines()
        if self._lines is None:
            return
        parts = max(1, -(-self._n_lines // PART_LINES))
        if parts == 1:
            pieces = [rows[rows["len"] >= min_len] if min_len else rows for _, rows in self._lines.chunks()]
            yield np.concatenate(pieces) if pieces else np.empty(0, dtype=_line_dtype())
            return
        # One pass deals the rows out to a file per part; each part is then read back whole.
        files = [SpilledRows(1, _line_dtype(), "cleaner-templates-part-") for _ in range(parts)]
        try:
            for _, rows in self._lines.chunks():
                if min_len:
                    rows = rows[rows["len"] >= min_len]
                part_of = rows[field].view(np.uint64) % np.uint64(parts)
                order = np.argsort(part_of, kind="stable")
                bounds = np.searchsorted(part_of[order], np.arange(parts + 1, dtype=np.uint64))
                for k in range(parts):
                    if bounds[k + 1] > bounds[k]:
                        files[k].append(rows[order[bounds[k] : bounds[k + 1]]])
                del rows, part_of, order
            for k in range(parts):
                part = files[k].all()
                files[k].close()
                yield part
        finally:
            for f in files:
                f.close()

    def _seed_name(self, d: int) -> str:
        return self._ids[d] if self._own_seed[d] else self._parents[d]

    def _numbered_seeds(self) -> tuple[np.ndarray, np.ndarray]:
        """(seed number of every record, first record of every seed): seeds numbered in order of
        first appearance, records with the same seed name sharing one."""
        import numpy as np

        n = len(self._ids)
        if self._seeds_cache is not None and len(self._seeds_cache[0]) == n:
            return self._seeds_cache
        h = np.frombuffer(self._seed_hash, dtype=np.int64) if n else np.empty(0, dtype=np.int64)
        order = np.argsort(h, kind="stable")
        sh = h[order]
        head = np.ones(n, dtype=bool)
        head[1:] = sh[1:] != sh[:-1]
        firsts = order[head]  # the lowest record of each hash (a stable sort)
        rank = np.empty(len(firsts), dtype=np.int64)
        rank[np.argsort(firsts, kind="stable")] = np.arange(len(firsts))
        seed = np.empty(n, dtype=np.int64)
        seed[order] = rank[np.cumsum(head) - 1]
        first_rec = np.sort(firsts)
        del order, sh, head, firsts, rank
        # Records joined by their hash have the same seed name, unless two names collide in 64
        # bits: then number them by name, exactly.
        joined = np.flatnonzero(first_rec[seed] != np.arange(n)).tolist()
        if any(self._seed_name(d) != self._seed_name(int(first_rec[seed[d]])) for d in joined):
            numbers: dict[str, int] = {}
            seed = np.fromiter(
                (numbers.setdefault(self._seed_name(d), len(numbers)) for d in range(n)), dtype=np.int64, count=n
            )
            first_rec = np.full(len(numbers), n, dtype=np.int64)
            np.minimum.at(first_rec, seed, np.arange(n))
        self._seeds_cache = (seed, first_rec)
        return self._seeds_cache

    @property
    def _seed(self) -> np.ndarray:
        """The seed number of every record (the roundup parent, or the record itself)."""
        return self._numbered_seeds()[0]

    @property
    def _seed_names(self) -> Sequence[str]:
        """The name of every seed number."""
        return _SeedNames(self)

    def prepare(self) -> None:
        """Families, then exact counts per site and line: distinct families in the batch plus earlier runs."""
        self._prepared = True
        n = len(self._ids)
        if n < 2 and self.index_path is None:
            # One document and no earlier run: no line recurs in two families, and the document
            # is its own family (its seed's name), as the counting below would find without numpy.
            self._family = [self._seed_name(0)] if n else []
            return
        import numpy as np

        self._flush_lines()
        sites = np.frombuffer(self._site, dtype=np.int64) if n else np.empty(0, dtype=np.int64)

        earlier_site: dict[int, tuple[int, str | None]] = {}
        known_site_families: set[tuple[int, str]] = set()
        site_family_totals: dict[int, int] = {}
        earlier_shared: dict[int, tuple[int, str | None, str | None]] = {}
        known_families: set[str] = set()
        if self.index_path is not None and n:
            earlier_site, site_family_totals, earlier_shared = self._load_counts(sites)
        self._earlier_shared = earlier_shared
        # Whether the earlier record is one of this batch does not depend on the document edited.
        batch_ids = set(self._ids) if earlier_shared else set()
        self._earlier = {
            fp: (None if first_id is None or first_id in batch_ids else first_id, first_family)
            for fp, (_, first_id, first_family) in earlier_shared.items()
        }
        del batch_ids
        fam_of_doc = self._families(n, earlier_shared)
        family_name = self._family_name
        if self.index_path is not None and n:
            known_site_families, known_families = self._load_families(self._family)
        if not self._n_lines:
            return

        # -- template lines: distinct (site line, family) pairs --------------------------------
        # Families per site, for the share a short line needs.
        fam_count = int(fam_of_doc.max()) + 1
        site_fam = np.unique(sites * fam_count + fam_of_doc)
        sf_site, sf_fam = site_fam // fam_count, site_fam % fam_count
        if known_site_families:
            new_pair = np.fromiter(
                ((int(s), family_name(int(f))) not in known_site_families
                 for s, f in zip(sf_site.tolist(), sf_fam.tolist(), strict=True)),
                dtype=bool, count=len(site_fam),
            )
            sf_site = sf_site[new_pair]
        site_total = np.bincount(sf_site, minlength=len(self._site_names)).astype(np.int64)
        for s, total in site_family_totals.items():
            site_total[s] += total
        del site_fam, sf_site, sf_fam
        pend_t: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        multi: list[np.ndarray] = []
        for part in self._line_parts("sfp"):
            p_doc = part["doc"].astype(np.int64)
            fam_e = fam_of_doc[p_doc]
            order = np.lexsort((fam_e, part["sfp"]))
            s_sfp, s_fam, s_doc = part["sfp"][order], fam_e[order], p_doc[order]
            del fam_e
            first = np.ones(len(order), dtype=bool)
            first[1:] = (s_sfp[1:] != s_sfp[:-1]) | (s_fam[1:] != s_fam[:-1])
            uniq, start_idx, batch_counts = np.unique(s_sfp[first], return_index=True, return_counts=True)
            new_sel = first
            new_counts = batch_counts
            if known_site_families:
                known = np.fromiter(
                    ((int(s), family_name(int(f))) in known_site_families
                     for s, f in zip(sites[s_doc].tolist(), s_fam.tolist(), strict=True)),
                    dtype=bool, count=len(order),
                )
                new_sel = first & ~known
                new_counts = np.zeros(len(uniq), dtype=np.int64)
                if new_sel.any():
                    nu, nc = np.unique(s_sfp[new_sel], return_counts=True)
                    new_counts[np.searchsorted(uniq, nu)] = nc
            earlier_counts = np.fromiter(
                (earlier_site.get(f, (0, None))[0] for f in uniq.tolist()), dtype=np.int64, count=len(uniq)
            ) if earlier_site else np.zeros(len(uniq), dtype=np.int64)
            totals = np.maximum(batch_counts, earlier_counts + new_counts)
            # A row of each line: its site and length are the same in every row.
            at = order[np.flatnonzero(first)[start_idx]]
            line_site = sites[p_doc[at]]
            line_len = part["len"][at]
            long_ = line_len >= self.min_chars
            templ = (long_ & (totals >= self.min_docs)) | (
                ~long_ & (totals >= self.short_min_docs) & (totals >= SHORT_SITE_SHARE * site_total[line_site])
            )
            multi.append(uniq[totals >= 2])
            self._template.update(zip(uniq[templ].tolist(), totals[templ].tolist(), strict=True))
            if self.index_path is not None:
                # Kept for commit() alone: each new line, its new families and its first record.
                pend_t.append(_first_docs(s_sfp[new_sel], s_doc[new_sel]))
            del part, p_doc, order, s_sfp, s_fam, s_doc, first, new_sel
        # Parts split the lines by fingerprint: no line is in two of them.
        self._multi = SortedInts(np.sort(np.concatenate(multi)) if multi else np.empty(0, dtype=np.int64))
        del multi
        if self.index_path is not None:
            self._pending["template"] = pend_t

        # -- shared long paragraphs: distinct (paragraph, family) pairs over all sites ---------
        pend_s: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        shared_fp: list[np.ndarray] = []
        shared_n: list[np.ndarray] = []
        holder_fp: list[np.ndarray] = []
        holder_doc: list[np.ndarray] = []
        for part in self._line_parts("fp", self.shared_min):
            g_doc = part["doc"].astype(np.int64)
            g_fam = fam_of_doc[g_doc]
            order2 = np.lexsort((g_doc, g_fam, part["fp"]))
            g_fp, g_fam, g_doc = part["fp"][order2], g_fam[order2], g_doc[order2]
            del part, order2
            first2 = np.ones(len(g_fp), dtype=bool)
            first2[1:] = (g_fp[1:] != g_fp[:-1]) | (g_fam[1:] != g_fam[:-1])
            u2, c2 = np.unique(g_fp[first2], return_counts=True)
            sel2 = first2
            new2 = c2
            if known_families:
                known2 = np.fromiter((family_name(f) in known_families for f in g_fam.tolist()), dtype=bool, count=len(g_fam))
                sel2 = first2 & ~known2
                new2 = np.zeros(len(u2), dtype=np.int64)
                if sel2.any():
                    nu2, nc2 = np.unique(g_fp[sel2], return_counts=True)
                    new2[np.searchsorted(u2, nu2)] = nc2
            early2 = np.fromiter(
                (earlier_shared.get(f, (0, None, None))[0] for f in u2.tolist()), dtype=np.int64, count=len(u2)
            ) if earlier_shared else np.zeros(len(u2), dtype=np.int64)
            totals2 = np.maximum(c2, early2 + new2)
            held = totals2 >= 2
            shared_fp.append(u2[held])
            shared_n.append(totals2[held])
            if self.shared_mode != "keep" and held.any():
                hit = np.isin(g_fp, u2[held])
                holder_fp.append(g_fp[hit])
                holder_doc.append(g_doc[hit].astype(np.uint32))
            if self.index_path is not None:
                pend_s.append(_first_docs(g_fp[sel2], g_doc[sel2]))
        empty = np.empty(0, dtype=np.int64)
        self._shared = IntMap(np.concatenate(shared_fp) if shared_fp else empty,
                              np.concatenate(shared_n) if shared_n else empty)
        del shared_fp, shared_n
        self._holders = IntLists(np.concatenate(holder_fp) if holder_fp else empty,
                                 np.concatenate(holder_doc) if holder_doc else empty)
        del holder_fp, holder_doc
        if self.index_path is not None:
            self._pending["shared"] = pend_s

    def _family_name(self, code: int) -> str:
        first = self._numbered_seeds()[1]
        return self._seed_name(int(first[code])) if code < len(first) else self._fam_extra[code - len(first)]

    def _families(self, n: int, earlier_shared: dict[int, tuple[int, str | None, str | None]]) -> np.ndarray:
        """The family of every document (module docstring, "Articles") as a number: equal numbers
        for equal family names. Sets `_family`, the names."""
        import numpy as np

        seed, first_rec = self._numbered_seeds()
        uf = _Families(n)
        seed_first = first_rec[seed]
        for d in np.flatnonzero(seed_first != np.arange(n)).tolist():
            uf.union(int(seed_first[d]), d)
        del seed_first
        cover = np.zeros(n, dtype=np.int64)
        # (pair code a * n + b, shared chars, shared paragraphs) of records a < b of different
        # seeds, summed per part of lines, go to a spill file (20 bytes a pair): the pairs per
        # record grow with the batch (more of each record's paragraphs are found elsewhere), so
        # held in memory they were most of a large batch's peak.
        by_doc: dict[int, dict[str, list[int]]] = {}
        pairs = SpilledRows(1, _pair_dtype(), "cleaner-templates-pairs-")
        try:
            self._pairs_and_cover(n, seed, cover, pairs, by_doc, earlier_shared)
            for pair_code, pair_chars, pair_count in _pair_parts(pairs):
                # A slice of pairs at a time, so the temporary arrays stay small. The families do
                # not depend on the order pairs are joined in: a family's root is its lowest node.
                for lo in range(0, len(pair_code), _PAIR_SLICE):
                    a, b = np.divmod(pair_code[lo : lo + _PAIR_SLICE], n)
                    # Measured against the larger record, so that a page of nothing but a footer is
                    # no "copy" of every page carrying it (which would join the whole site into one family).
                    same = same_article_mask(pair_chars[lo : lo + _PAIR_SLICE], pair_count[lo : lo + _PAIR_SLICE],
                                             np.maximum(cover[a], cover[b]))
                    for x, y in zip(a[same].tolist(), b[same].tolist(), strict=True):
                        uf.union(x, y)
                del pair_code, pair_chars, pair_count
        finally:
            pairs.close()
        for d, per in sorted(by_doc.items()):
            best = max(sorted(per), key=lambda f: per[f][0])
            chars, count = per[best]
            if _same_article(chars, count, int(cover[d])):
                uf.union(d, uf.node(best))
        del by_doc, cover
        return self._name_families(n, uf, seed, first_rec)

    def _pairs_and_cover(
        self, n: int, seed: np.ndarray, cover: np.ndarray, pairs: SpilledRows, by_doc: dict[int, dict[str, list[int]]],
        earlier_shared: dict[int, tuple[int, str | None, str | None]],
    ) -> None:
        """Each record's long text (`cover`), the pairs of records sharing long paragraphs (to
        `pairs`), and with an index, the earlier runs' families each record shares them with."""
        import numpy as np

        for part in self._line_parts("fp", self.min_chars):
            l_fp, l_doc, l_len = part["fp"], part["doc"].astype(np.int64), part["len"].astype(np.int64)
            del part
            order = np.lexsort((l_doc, l_fp))
            l_fp, l_doc, l_len = l_fp[order], l_doc[order], l_len[order]
            del order
            bounds = np.flatnonzero(np.r_[True, l_fp[1:] != l_fp[:-1], True])
            sizes = np.diff(bounds)
            size_e = np.repeat(sizes, sizes)
            small = size_e <= COVER_MAX_HOLDERS
            np.add.at(cover, l_doc[small], l_len[small])
            code, chars, count = _shared_pairs(l_doc, l_len, bounds, sizes, seed, n)
            if len(code):
                rows = np.empty(len(code), dtype=_pair_dtype())
                rows["code"], rows["chars"], rows["count"] = code, chars, count
                pairs.append(rows)
                del rows
            del code, chars, count
            if earlier_shared:
                # Copies of an article an earlier run counted: its paragraphs' first family.
                for fp, d, length, sz in zip(l_fp.tolist(), l_doc.tolist(), l_len.tolist(), size_e.tolist(), strict=True):
                    row = earlier_shared.get(fp)
                    if row is None or row[2] is None or sz > COVER_MAX_HOLDERS:
                        continue
                    acc = by_doc.setdefault(d, {}).setdefault(row[2], [0, 0])
                    acc[0] += length
                    acc[1] += 1

    def _name_families(self, n: int, uf: _Families, seed: np.ndarray, first_rec: np.ndarray) -> np.ndarray:
        """The family number of every record from the joined records (`_families`); sets `_family`."""
        import numpy as np

        # A family is named after an earlier run's family it joined, else after its first record's
        # seed; it is numbered by its name: the seed's number, or one after the seeds for a name
        # that is no seed's.
        names: dict[int, str] = {}
        for k in range(n, len(uf.parent)):
            root = uf.find(k)
            name = uf.names[k]
            if root not in names or name < names[root]:
                names[root] = name
        roots = np.fromiter((uf.find(d) for d in range(n)), dtype=np.int64, count=n)
        codes = seed[roots]
        self._fam_extra = []
        if names:
            seeds = len(first_rec)
            seed_by_hash: dict[int, list[int]] = {}
            hashes = np.frombuffer(self._seed_hash, dtype=np.int64)[first_rec]
            extra: dict[str, int] = {}
            wanted = {_signed(xxhash.xxh64_intdigest(name.encode("utf-8", "surrogatepass"))) for name in names.values()}
            for k in np.flatnonzero(np.isin(hashes, np.fromiter(wanted, dtype=np.int64, count=len(wanted)))).tolist():
                seed_by_hash.setdefault(int(hashes[k]), []).append(k)
            code_of_root: dict[int, int] = {}
            for root, name in names.items():
                h = _signed(xxhash.xxh64_intdigest(name.encode("utf-8", "surrogatepass")))
                found = next((k for k in seed_by_hash.get(h, ()) if self._seed_names[k] == name), None)
                if found is None:
                    found = extra.get(name)
                    if found is None:
                        found = extra[name] = seeds + len(self._fam_extra)
                        self._fam_extra.append(name)
                code_of_root[root] = found
            named = np.fromiter(code_of_root, dtype=np.int64, count=len(code_of_root))
            named_code = np.fromiter(code_of_root.values(), dtype=np.int64, count=len(code_of_root))
            order = np.argsort(named)
            named, named_code = named[order], named_code[order]
            at = np.searchsorted(named, roots)
            at[at >= len(named)] = 0
            hit = named[at] == roots
            codes[hit] = named_code[at[hit]]
        self._family = _FamilyNames(self, codes)
        return codes

    def take_decisions(self, families: list[str], template: dict[int, int]) -> None:
        """Take the decisions of `prepare` made elsewhere (the Dask engine's shuffles, without an
        index) for the documents observed: family per document, and template lines with their
        family counts. Shared long paragraphs are decided on the workers (`TemplateDecisions.held`)."""
        self._prepared = True
        self._family = families
        self._template = template
        self._multi = set(template)

    # -- pass 2 -------------------------------------------------------------------------
    def _ordinal(self, doc: Document) -> int:
        k = self._runs
        self._runs += 1
        if k < len(self._ids) and self._ids[k] == doc.id:
            return k
        # Not fed in observe order: find the document by id.
        if self._by_id is None:
            self._by_id = {}
            for j, doc_id in enumerate(self._ids):
                self._by_id.setdefault(doc_id, j)
        return self._by_id[doc.id]

    def run(self, doc: Document) -> list[Document]:
        ordinal = self._ordinal(doc)  # counts the document as run
        out, samples, templated = apply_templates(doc, ordinal, self._decisions())
        self._merge(samples, [(self._site[ordinal], sfp) for sfp in templated])
        return out

    def _decisions(self) -> TemplateDecisions:
        if self._dec is None:
            # Every paragraph of every document is looked up here: a set and a dict, not a search
            # each (a --jobs run sends each worker only its documents' part, `view`).
            multi = self._multi if isinstance(self._multi, set) else set(self._multi)
            shared = self._shared if isinstance(self._shared, dict) else dict(self._shared.items())
            self._dec = TemplateDecisions(
                self.min_chars, self.shared_min, self.shared_mode, dict(enumerate(self._site_names)),
                _Seq(self._site), _Seq(self._family), _Seq(self._ids), self._template, multi,
                shared, self._holders, self._earlier,
                family_code=self._family.codes if isinstance(self._family, _FamilyNames) else None,
            )
        return self._dec

    def view(self, start: int, count: int) -> TemplateDecisions:
        """The decisions documents start .. start + count - 1 (observe order) need, and nothing
        more: what a worker that edits only those documents is sent."""
        import numpy as np

        lo = self._line_end[start - 1] if start else 0
        hi = self._line_end[start + count - 1] if count else lo
        rows = self._line_rows(lo, hi)
        sfps = set(rows["sfp"].tolist())
        # Only a long paragraph that is not template text is looked up among the shared ones
        # (`apply_templates`): a footer held by every page of a site would otherwise bring its
        # every holder into the view of every range of documents.
        long_ = rows["len"] >= self.shared_min
        fps = {
            fp
            for fp, sfp in zip(rows["fp"][long_].tolist(), rows["sfp"][long_].tolist(), strict=True)
            if sfp not in self._template
        }
        if isinstance(self._multi, SortedInts):
            sfp_rows = rows["sfp"]
            multi: frozenset[int] = frozenset(sfp_rows[self._multi.mask(sfp_rows)].tolist())
        else:
            multi = frozenset(f for f in sfps if f in self._multi)
        del rows
        fp_arr = np.fromiter(fps, dtype=np.int64, count=len(fps))
        if isinstance(self._holders, IntLists):
            holders = self._holders.select(fp_arr)
        else:
            holders = {fp: self._holders[fp] for fp in fps if fp in self._holders}
        if isinstance(self._shared, IntMap):
            found, counts = self._shared.lookup(fp_arr)
            shared = dict(zip(fp_arr[found].tolist(), counts.tolist(), strict=True))
        else:
            shared = {f: self._shared[f] for f in fps if f in self._shared}
        own = range(start, start + count)
        codes = self._family.codes if isinstance(self._family, _FamilyNames) else None
        if codes is not None:
            # Families compared by number (equal exactly when the names are): a name is made only
            # for the range's own records, and a holder's id only where it can be written, when
            # the holders of a paragraph are not all of one family (else the paragraph is skipped).
            family_code = {d: codes[d] for d in own}
            needed: set[int] = set()
            for hs in holders.values():
                hcodes = [codes[d] for d in hs]
                family_code.update(zip(hs, hcodes, strict=True))
                if min(hcodes) != max(hcodes):
                    needed.update(hs)
            family = {d: self._family[d] for d in own}
        else:
            ordinals = set(own)
            for hs in holders.values():
                ordinals.update(hs)
            needed = ordinals
            family = {d: self._family[d] for d in ordinals}
        sites = {self._site[d] for d in own}
        return TemplateDecisions(
            self.min_chars, self.shared_min, self.shared_mode,
            {s: self._site_names[s] for s in sites},
            {d: self._site[d] for d in own},
            family,
            self._ids_of(needed),
            {f: self._template[f] for f in sfps if f in self._template},
            multi,
            shared,
            holders,
            {f: self._earlier[f] for f in fps if f in self._earlier},
            family_code=family_code if codes is not None else None,
        )

    def _ids_of(self, ordinals: Iterable[int]) -> dict[int, str]:
        """{ordinal: record id} for a view, through `_view_ids`."""
        cache = self._view_ids
        if len(cache) >= VIEW_ID_CACHE:
            cache.clear()
        out: dict[int, str] = {}
        for d in ordinals:
            name = cache.get(d)
            if name is None:
                name = cache[d] = self._ids[d]
            out[d] = name
        return out

    @classmethod
    def run_view(
        cls, docs: list[Document], start: int, view: TemplateDecisions
    ) -> tuple[list[Document], tuple[list[tuple[int, str]], list[tuple[int, int]]]]:
        """`run` on documents start, start + 1, … (observe order) with the decisions of `view`, in any
        process; the report is what `merge_run` takes."""
        out: list[Document] = []
        samples: list[tuple[int, str]] = []
        removed: list[tuple[int, int]] = []
        for ordinal, doc in enumerate(docs, start):
            kept, found, templated = apply_templates(doc, ordinal, view)
            if not kept:
                doc.drop(STAGE, no_text_left(STAGE))
            out.append(doc)
            samples.extend(found)
            removed.extend((view.site[ordinal], sfp) for sfp in templated)
        return out, (samples, removed)

    def take_report(self, count: int, report: tuple[list[tuple[int, str]], list[tuple[int, int]]]) -> None:
        samples, removed = report
        self.merge_run(count, samples, removed)

    def merge_run(self, count: int, samples: list[tuple[int, str]], removed: list[tuple[int, int]]) -> None:
        """Take in what editing `count` documents (in observe order) found: line samples and the
        (site, sfp) of template lines removed. Applying this in input order gives the same result
        whether the documents were edited here or elsewhere."""
        self._runs += count
        self._merge(samples, removed)

    def _merge(self, samples: list[tuple[int, str]], removed: list[tuple[int, int]]) -> None:
        # Without an index the samples serve the summary's list of removed template lines alone,
        # so only template lines' samples are kept (the index stores every shared line's).
        keep_all = self.index_path is not None
        for sfp, text in samples:
            if keep_all or sfp in self._template:
                self._samples.setdefault(sfp, text)
        for site, sfp in removed:
            self._removed[sfp] = site
        if self._prepared and self._runs >= len(self._ids) and self.index_path is None:
            self._release()

    def _release(self) -> None:
        """Let go of what only editing needed, once every document observed is edited: the
        next pass decides while this one's per-record and per-line state would otherwise still
        be held (with an index, commit() needs it all after the outputs are written)."""
        self._dec = None
        self._holders, self._shared, self._multi = {}, {}, set()
        self._family, self._seeds_cache, self._by_id = [], None, None
        self._ids, self._parents, self._own_seed = Strings(), Strings(), bytearray()
        self._view_ids = {}
        self._seed_hash, self._site, self._line_end = array("q"), array("q"), array("q")
        self._earlier, self._earlier_shared = {}, {}
        self.close()

    def commit(self) -> None:
        """Persist this batch's counts in the index; called once every output of the run is in place."""
        if self.index_path is None or not self._prepared or self._runs < len(self._ids) or not self._n_lines:
            return
        self._save_index()

    def close(self) -> None:
        """Let go of the spill file (the index is opened only while it is read or written)."""
        lines, self._lines = self._lines, None
        if lines is not None:
            lines.close()

    def summary(self) -> dict[str, Any]:
        """Template lines removed in this run, per site, most frequent first, for the run summary."""
        return {"templates": self._template_list()}

    def _template_list(self) -> list[dict[str, Any]]:
        return sorted(
            (
                {"site": self._site_names[site], "text": self._samples.get(sfp, ""), "docs": self._template[sfp]}
                for sfp, site in self._removed.items()
            ),
            key=lambda t: (t["site"], -t["docs"], t["text"]),
        )

    # -- the persistent index ------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        assert self.index_path is not None
        parent = os.path.dirname(os.path.abspath(self.index_path))
        try:
            if not os.path.isdir(parent):
                raise sqlite3.OperationalError(f"folder {parent} does not exist")
            con = sqlite3.connect(self.index_path, timeout=30.0)
            # WAL lets the near-duplicate stage read the same file while counts are written.
            con.execute("PRAGMA busy_timeout=30000")
            if con.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                con.execute("PRAGMA journal_mode=WAL")
            con.executescript(_SCHEMA)
        except sqlite3.Error as e:
            raise IndexError_(
                f"{self.index_path}: cannot open the template counts: {e}",
                hint="check that the --index path is a writable SQLite file",
            ) from e
        return con

    def _load_counts(
        self, sites: np.ndarray
    ) -> tuple[dict[int, tuple[int, str | None]], dict[int, int], dict[int, tuple[int, str | None, str | None]]]:
        """Earlier runs' counts of this batch's lines (per site) and long paragraphs (all sites)."""
        import numpy as np

        earlier_site: dict[int, tuple[int, str | None]] = {}
        site_totals: dict[int, int] = {}
        earlier_shared: dict[int, tuple[int, str | None, str | None]] = {}
        found: set[tuple[int, int]] = set()
        longs: list[np.ndarray] = []
        for part in self._line_parts("sfp"):
            found.update(zip(sites[part["doc"].astype(np.int64)].tolist(), part["sfp"].tolist(), strict=True))
            longs.append(np.unique(part["fp"][part["len"] >= self.min_chars]))
        pairs = sorted(found)
        del found
        long_fps = np.concatenate(longs) if longs else np.empty(0, dtype=np.int64)
        con = self._connect()
        try:
            for i in range(0, len(pairs), _CHUNK):
                chunk = pairs[i : i + _CHUNK]
                params = [x for s, f in chunk for x in (self._site_names[s], f)]
                rows = con.execute(
                    "SELECT fingerprint, docs, first_id FROM template_counts WHERE (site, fingerprint) IN "
                    f"(VALUES {','.join(['(?, ?)'] * len(chunk))})",
                    params,
                )
                for fp, n, first_id in rows:
                    earlier_site[fp] = (n, first_id)
            for site, name in enumerate(self._site_names):
                site_totals[site] = con.execute(
                    "SELECT count(*) FROM template_families WHERE site = ?", (name,)
                ).fetchone()[0]
            uniq = np.unique(long_fps).tolist()
            for i in range(0, len(uniq), _CHUNK):
                chunk_f = uniq[i : i + _CHUNK]
                rows = con.execute(
                    "SELECT fingerprint, docs, first_id, first_family FROM shared_counts "
                    f"WHERE fingerprint IN ({','.join('?' * len(chunk_f))})",
                    chunk_f,
                )
                for fp, n, first_id, first_family in rows:
                    earlier_shared[fp] = (n, first_id, first_family)
        except sqlite3.Error as e:
            raise IndexError_(
                f"{self.index_path}: cannot read the template counts: {e}",
                hint="check that the --index file is a cleaner index and not in use by another program",
            ) from e
        finally:
            con.close()
        return earlier_site, site_totals, earlier_shared

    def _load_families(self, families: Sequence[str]) -> tuple[set[tuple[int, str]], set[str]]:
        """Which of this batch's families earlier runs counted already (per site, and over all sites)."""
        known_site: set[tuple[int, str]] = set()
        known: set[str] = set()
        site_fam = sorted({(self._site_names[s], f) for s, f in zip(self._site, families, strict=True)})
        names = sorted(set(families))
        con = self._connect()
        try:
            for i in range(0, len(site_fam), _CHUNK):
                chunk = site_fam[i : i + _CHUNK]
                rows = con.execute(
                    "SELECT site, family FROM template_families WHERE (site, family) IN "
                    f"(VALUES {','.join(['(?, ?)'] * len(chunk))})",
                    [x for pair in chunk for x in pair],
                )
                known_site.update((self._sites[s], f) for s, f in rows)
            for i in range(0, len(names), _CHUNK):
                chunk_n = names[i : i + _CHUNK]
                rows = con.execute(
                    f"SELECT family FROM shared_families WHERE family IN ({','.join('?' * len(chunk_n))})", chunk_n
                )
                known.update(name for (name,) in rows)
        except sqlite3.Error as e:
            raise IndexError_(
                f"{self.index_path}: cannot read the template counts: {e}",
                hint="check that the --index file is a cleaner index and not in use by another program",
            ) from e
        finally:
            con.close()
        return known_site, known

    def _save_index(self) -> None:
        site_of_doc = self._site
        samples = self._samples

        def template_rows() -> Iterator[tuple[str, int, int, str | None, str]]:
            # Each new line with its new families and the first record (input order) it was seen in.
            for uniq, new_counts, first_doc in self._pending["template"]:
                for fp, n, d in zip(uniq.tolist(), new_counts.tolist(), first_doc.tolist(), strict=True):
                    yield self._site_names[site_of_doc[d]], fp, n, samples.get(fp), self._ids[d]

        site_families = sorted(
            {(self._site_names[self._site[d]], self._family[d]) for d in range(len(self._ids))}
        )

        def shared_rows() -> Iterator[tuple[int, int, str, str]]:
            for u2, new2, first_doc2 in self._pending["shared"]:
                for fp, n, d in zip(u2.tolist(), new2.tolist(), first_doc2.tolist(), strict=True):
                    yield fp, n, self._ids[d], self._family[d]

        families = sorted({(f,) for f in self._family})
        con = self._connect()
        try:
            with con:
                con.executemany(
                    "INSERT INTO template_counts (site, fingerprint, docs, sample, first_id) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(site, fingerprint) DO UPDATE SET docs = docs + excluded.docs, "
                    "sample = COALESCE(sample, excluded.sample), first_id = COALESCE(first_id, excluded.first_id)",
                    template_rows(),
                )
                con.executemany("INSERT OR IGNORE INTO template_families (site, family) VALUES (?, ?)", site_families)
                con.executemany(
                    "INSERT INTO shared_counts (fingerprint, docs, first_id, first_family) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(fingerprint) DO UPDATE SET docs = docs + excluded.docs",
                    shared_rows(),
                )
                con.executemany("INSERT OR IGNORE INTO shared_families (family) VALUES (?)", families)
        except sqlite3.Error as e:
            raise IndexError_(
                f"{self.index_path}: cannot write the template counts: {e}",
                hint="check that the --index file is writable and not locked by another program",
            ) from e
        finally:
            con.close()
