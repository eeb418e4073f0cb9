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
template text, while a footer on three articles of a site does. Template lines are removed as
`corpus_template`; a record whose every line is template text keeps them all (a note says so):
no template removal empties a record. `summary()` lists the template lines found, per site,
so a user can turn a frequent one into a rule.

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
import re
import sqlite3
from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import xxhash

from ..config import Config
from ..errors import IndexError_
from ..model import Document
from ..stage import CorpusStage, no_text_left
from .repeats import line_removal_edits, original_offsets

if TYPE_CHECKING:
    # numpy is imported by the methods that count fingerprints: a run of one document never does.
    import numpy as np

STAGE = "templates"

# SQLite limits the number of bound parameters; look fingerprints up in chunks this size.
_CHUNK = 500
# Rows written to the index are built this many at a time.
_ROWS_CHUNK = 65536

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

_LIST_MARKER = re.compile(r"^[(\[（【]?[一二三四五六七八九十百零〇\d]{1,4}[)\]）】]?[、.．,，:：)）]?$")
_LETTER = re.compile(r"[^\W\d_]")

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


def fingerprint(key: str) -> int:
    """xxhash64 of a comparison key, folded into SQLite's signed 64-bit integer range."""
    return _signed(xxhash.xxh64_intdigest(key.encode("utf-8")))


def _signed(h: int) -> int:
    return h - (1 << 64) if h >= 1 << 63 else h


def site_of(doc: Document, site_key: str | None = None) -> str:
    """The site a record belongs to, for counting template text (module docstring)."""
    site = doc.metadata.get("site")
    if isinstance(site, str) and site.strip():
        return site.strip().lower()
    keys = (site_key,) if site_key else URL_KEYS
    for key in keys:
        value = doc.metadata.get(key)
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            host = (urlsplit(value).hostname or "").lower()
            if host:
                return host.removeprefix("www.")
    file = doc.metadata.get("_file") or doc.source
    if file == "-":
        return "-"
    return os.path.dirname(str(file)) or "."


def is_short_candidate(key: str) -> bool:
    """Whether a short line may be template text at all: it has a letter and is no list marker."""
    return bool(_LETTER.search(key)) and not _LIST_MARKER.match(key)


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
    shared: dict[int, int]  # fp -> families holding it (shared long paragraphs)
    holders: dict[int, list[int]]  # fp -> ordinals of the documents holding it, ascending
    # fp -> the record and family of an earlier run that holds it; the record is None when it is
    # in this batch (a rerun), so it is not named twice.
    earlier: dict[int, tuple[str | None, str | None]]
    # Instead of `shared`, `holders` and `earlier` (the Dask engine, decided on its workers):
    # (ordinal, fp) -> (families holding it, whether this record's family holds it first, the
    # record that keeps it, the other families' records holding it), for this range's records only.
    held: dict[tuple[int, int], tuple[int, bool, str, list[str]]] | None = None


def apply_templates(
    doc: Document, ordinal: int, dec: TemplateDecisions
) -> tuple[list[Document], list[tuple[int, str]], list[int]]:
    """Remove template lines (and mark or drop shared paragraphs) in one document.

    Returns the documents that go on, the (sfp, line) samples of lines held by two or more
    families in this document's order, and the template sfps removed from it.
    """
    family = dec.family[ordinal]
    site = dec.site[ordinal]
    site_name = dec.site_names[site]
    salt = site_name.encode("utf-8") + b"\x00"
    paras = doc.paragraphs()
    removals: dict[int, tuple[str, dict[str, Any] | None]] = {}
    templated: list[int] = []
    samples: list[tuple[int, str]] = []
    marks: list[tuple[int, dict[str, Any]]] = []
    for p in paras:
        key = p.key
        if not key:
            continue
        if dec.multi:
            sfp = _signed(xxhash.xxh64_intdigest(salt + key.encode("utf-8")))
            if sfp in dec.multi:
                samples.append((sfp, p.text))
            n = dec.template.get(sfp)
            if n is not None and (len(key) >= dec.min_chars or is_short_candidate(key)):
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
            others = [dec.ids[d] for d in holders if dec.family[d] != family]
            # A record of an earlier run holding it comes first (a record of this batch counted
            # before, on a re-run, is already among the holders).
            earlier_id, earlier_family = dec.earlier.get(fp, (None, None))
            if earlier_family == family:
                earlier_id = None
            if earlier_id is not None:
                others.insert(0, earlier_id)
            if not others:
                continue  # only copies of this article hold it
            is_first = earlier_id is None and dec.family[holders[0]] == family
            kept_in = earlier_id if earlier_id is not None else dec.ids[holders[0]]
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
        self.parent = list(range(n))
        self.names: list[str | None] = [None] * n
        self._named: dict[str, int] = {}

    def node(self, name: str) -> int:
        k = self._named.get(name)
        if k is None:
            k = self._named[name] = len(self.parent)
            self.parent.append(k)
            self.names.append(name)
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


def families_from_roots(seed: Sequence[int], seed_names: Sequence[str], nodes: Any, roots: Any) -> list[str]:
    """Family names without an index, from the families found elsewhere (the Dask engine's
    components of copy pairs and roundups): `roots[k]` is the lowest record of record
    `nodes[k]`'s family; a record not in `nodes` is a family of its own. Each family is named
    after its lowest record's seed, as `_families` names it."""
    names = [seed_names[s] for s in seed]
    for d, root in zip(nodes.tolist(), roots.tolist(), strict=True):
        names[d] = seed_names[seed[root]]
    return names


class CorpusTemplates(CorpusStage):
    """Counts lines per site and article family (and in the index), then removes or marks the frequent ones."""

    name = STAGE
    splits = True

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
        # Observed in input order: one entry per (document, distinct line).
        self._fp = array("q")  # fingerprint of the key (all sites)
        self._sfp = array("q")  # fingerprint of (site, key)
        self._doc = array("I")
        self._len = array("I")  # key length
        self._ids: list[str] = []
        self._seed = array("q")  # the roundup parent (or the record itself), numbered
        self._seeds: dict[str, int] = {}
        self._seed_names: list[str] = []
        self._site = array("q")
        self._sites: dict[str, int] = {}
        self._site_names: list[str] = []
        # Decided in prepare().
        self._family: list[str] = []  # family name per document
        self._template: dict[int, int] = {}  # sfp -> families holding it (template lines only)
        self._multi: set[int] = set()  # sfps held by two or more families (their text is kept as a sample)
        self._shared: dict[int, int] = {}  # fp -> families holding it (shared long paragraphs)
        self._holders: dict[int, list[int]] = {}
        self._earlier_shared: dict[int, tuple[int, str | None, str | None]] = {}
        # id -> ordinals, built only when documents come back out of observe order (see _ordinal).
        self._by_id: dict[str, int] | None = None  # id -> its first ordinal
        self._earlier: dict[int, tuple[str | None, str | None]] = {}
        self._dec: TemplateDecisions | None = None
        self._runs = 0
        self._prepared = False
        self._samples: dict[int, str] = {}
        self._removed: dict[int, tuple[int, int]] = {}  # sfp -> (site, families)
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
            seed = self._seeds.get(seed_name)
            if seed is None:
                seed = self._seeds[seed_name] = len(self._seed_names)
                self._seed_names.append(seed_name)
            self._seed.append(seed)
            site = self._sites.get(site_name)
            if site is None:
                site = self._sites[site_name] = len(self._site_names)
                self._site_names.append(site_name)
            self._site.append(site)
            self._fp.extend(fps)
            self._sfp.extend(sfps)
            self._len.extend(lens)
            self._doc.extend([ordinal] * len(fps))

    def prepare(self) -> None:
        """Families, then exact counts per site and line: distinct families in the batch plus earlier runs."""
        self._prepared = True
        n = len(self._ids)
        if n < 2 and self.index_path is None:
            # One document and no earlier run: no line recurs in two families, and the document
            # is its own family (its seed's name), as the counting below would find without numpy.
            self._family = [self._seed_names[s] for s in self._seed]
            return
        import numpy as np

        fps = np.frombuffer(self._fp, dtype=np.int64)
        sfps = np.frombuffer(self._sfp, dtype=np.int64)
        docs = np.frombuffer(self._doc, dtype=np.uint32).astype(np.int64)
        lens = np.frombuffer(self._len, dtype=np.uint32).astype(np.int64)
        sites = np.asarray(self._site, dtype=np.int64)
        long_ = lens >= self.min_chars

        earlier_site: dict[int, tuple[int, str | None]] = {}
        known_site_families: set[tuple[int, str]] = set()
        site_family_totals: dict[int, int] = {}
        earlier_shared: dict[int, tuple[int, str | None, str | None]] = {}
        known_families: set[str] = set()
        if self.index_path is not None and n:
            earlier_site, site_family_totals, earlier_shared = self._load_counts(sfps, sites[docs], fps[long_])
        self._earlier_shared = earlier_shared
        # Whether the earlier record is one of this batch does not depend on the document edited.
        batch_ids = set(self._ids) if earlier_shared else set()
        self._earlier = {
            fp: (None if first_id is None or first_id in batch_ids else first_id, first_family)
            for fp, (_, first_id, first_family) in earlier_shared.items()
        }
        families = self._families(n, fps, docs, lens, long_, earlier_shared)
        self._family = families
        if self.index_path is not None and n:
            known_site_families, known_families = self._load_families(families)
        fam_ids: dict[str, int] = {}
        fam_of_doc = np.fromiter((fam_ids.setdefault(f, len(fam_ids)) for f in families), dtype=np.int64, count=n)
        fam_names = list(fam_ids)
        if not len(fps):
            return

        # -- template lines: distinct (site line, family) pairs --------------------------------
        fam_e = fam_of_doc[docs]
        site_e = sites[docs]
        order = np.lexsort((fam_e, sfps))
        s_sfp, s_fam, s_site, s_len = sfps[order], fam_e[order], site_e[order], lens[order]
        first = np.ones(len(order), dtype=bool)
        first[1:] = (s_sfp[1:] != s_sfp[:-1]) | (s_fam[1:] != s_fam[:-1])
        known = np.fromiter(
            ((int(s), fam_names[int(f)]) in known_site_families for s, f in zip(s_site, s_fam, strict=True)),
            dtype=bool,
            count=len(order),
        ) if known_site_families else np.zeros(len(order), dtype=bool)
        uniq, start_idx, batch_counts = np.unique(s_sfp[first], return_index=True, return_counts=True)
        new_counts = np.zeros(len(uniq), dtype=np.int64)
        new_sel = first & ~known
        if new_sel.any():
            nu, nc = np.unique(s_sfp[new_sel], return_counts=True)
            new_counts[np.searchsorted(uniq, nu)] = nc
        earlier_counts = np.fromiter(
            (earlier_site.get(int(f), (0, None))[0] for f in uniq), dtype=np.int64, count=len(uniq)
        )
        totals = np.maximum(batch_counts, earlier_counts + new_counts)
        line_site = s_site[first][start_idx]
        line_len = s_len[first][start_idx]
        # Families per site, for the share a short line needs.
        site_fams: dict[int, set[int]] = {}
        for d in range(n):
            site_fams.setdefault(self._site[d], set()).add(int(fam_of_doc[d]))
        site_total = {
            s: site_family_totals.get(s, 0)
            + sum(1 for f in fs if (s, fam_names[f]) not in known_site_families)
            for s, fs in site_fams.items()
        }
        for sfp, total, site, length in zip(
            uniq.tolist(), totals.tolist(), line_site.tolist(), line_len.tolist(), strict=True
        ):
            if total >= 2:
                self._multi.add(sfp)
            if length >= self.min_chars:
                if total >= self.min_docs:
                    self._template[sfp] = total
            elif total >= self.short_min_docs and total >= SHORT_SITE_SHARE * site_total.get(site, 0):
                self._template[sfp] = total
        if self.index_path is not None:
            # Kept for commit() alone, which writes them to the index: a run without one lets
            # these per-line arrays go at once (they are most of the pass's memory per record).
            self._pending["template"] = (uniq, new_counts, earlier_counts, order, first, known, fam_names, fam_e)

        # -- shared long paragraphs: distinct (paragraph, family) pairs over all sites ---------
        sel = lens >= self.shared_min
        g_fp, g_fam, g_doc = fps[sel], fam_e[sel], docs[sel]
        order2 = np.lexsort((g_doc, g_fam, g_fp))
        g_fp, g_fam, g_doc = g_fp[order2], g_fam[order2], g_doc[order2]
        first2 = np.ones(len(g_fp), dtype=bool)
        first2[1:] = (g_fp[1:] != g_fp[:-1]) | (g_fam[1:] != g_fam[:-1])
        u2, c2 = np.unique(g_fp[first2], return_counts=True)
        known2 = (
            np.fromiter((fam_names[int(f)] in known_families for f in g_fam), dtype=bool, count=len(g_fam))
            if known_families
            else np.zeros(len(g_fam), dtype=bool)
        )
        new2 = np.zeros(len(u2), dtype=np.int64)
        sel2 = first2 & ~known2
        if sel2.any():
            nu2, nc2 = np.unique(g_fp[sel2], return_counts=True)
            new2[np.searchsorted(u2, nu2)] = nc2
        early2 = np.fromiter((earlier_shared.get(int(f), (0, None, None))[0] for f in u2), dtype=np.int64, count=len(u2))
        totals2 = np.maximum(c2, early2 + new2)
        for fp, total in zip(u2.tolist(), totals2.tolist(), strict=True):
            if total >= 2:
                self._shared[fp] = total
        if self.shared_mode != "keep" and self._shared:
            wanted = np.fromiter(sorted(self._shared), dtype=np.int64)
            hit = np.isin(g_fp, wanted)
            for fp, d in zip(g_fp[hit].tolist(), g_doc[hit].tolist(), strict=True):
                self._holders.setdefault(fp, []).append(d)
            for holders in self._holders.values():
                holders.sort()
        if self.index_path is not None:
            self._pending["shared"] = (u2, new2, g_fp, g_doc, first2, known2, g_fam, fam_names)

    def _families(
        self,
        n: int,
        fps: np.ndarray,
        docs: np.ndarray,
        lens: np.ndarray,
        long_: np.ndarray,
        earlier_shared: dict[int, tuple[int, str | None, str | None]],
    ) -> list[str]:
        """The family name of every document (module docstring, "Articles")."""
        import numpy as np

        uf = _Families(n)
        first_of_seed: dict[int, int] = {}
        for d, seed in enumerate(self._seed):
            j = first_of_seed.setdefault(seed, d)
            if j != d:
                uf.union(j, d)
        l_fp, l_doc, l_len = fps[long_], docs[long_], lens[long_]
        cover = np.zeros(n, dtype=np.int64)
        if len(l_fp):
            order = np.lexsort((l_doc, l_fp))
            l_fp, l_doc, l_len = l_fp[order], l_doc[order], l_len[order]
            bounds = np.flatnonzero(np.r_[True, l_fp[1:] != l_fp[:-1], True])
            sizes = np.diff(bounds)
            size_e = np.repeat(sizes, sizes)
            small = size_e <= COVER_MAX_HOLDERS
            np.add.at(cover, l_doc[small], l_len[small])
            shared: dict[tuple[int, int], list[int]] = {}
            for g in np.flatnonzero((sizes >= 2) & (sizes <= COVER_MAX_HOLDERS)).tolist():
                a, b = int(bounds[g]), int(bounds[g + 1])
                members = l_doc[a:b].tolist()
                length = int(l_len[a])
                for i in range(len(members)):
                    for j in range(i + 1, len(members)):
                        acc = shared.setdefault((members[i], members[j]), [0, 0])
                        acc[0] += length
                        acc[1] += 1
            for (a, b), (chars, count) in sorted(shared.items()):
                # Measured against the larger record, so that a page of nothing but a footer is no
                # "copy" of every page carrying it (which would join the whole site into one family).
                if self._seed[a] != self._seed[b] and _same_article(chars, count, int(max(cover[a], cover[b]))):
                    uf.union(a, b)
            if earlier_shared:
                # Copies of an article an earlier run counted: its paragraphs' first family.
                by_doc: dict[int, dict[str, list[int]]] = {}
                for fp, d, length, sz in zip(l_fp.tolist(), l_doc.tolist(), l_len.tolist(), size_e.tolist(), strict=True):
                    row = earlier_shared.get(fp)
                    if row is None or row[2] is None or sz > COVER_MAX_HOLDERS:
                        continue
                    acc = by_doc.setdefault(d, {}).setdefault(row[2], [0, 0])
                    acc[0] += length
                    acc[1] += 1
                for d, per in sorted(by_doc.items()):
                    best = max(sorted(per), key=lambda f: per[f][0])
                    chars, count = per[best]
                    if _same_article(chars, count, int(cover[d])):
                        uf.union(d, uf.node(best))
        # A family is named after an earlier run's family it joined, else after its first record's seed.
        names: dict[int, str] = {}
        for k in range(n, len(uf.parent)):
            root = uf.find(k)
            name = uf.names[k]
            assert name is not None
            if root not in names or name < names[root]:
                names[root] = name
        out: list[str] = []
        for d in range(n):
            root = uf.find(d)
            name = names.get(root)
            if name is None:
                name = names[root] = self._seed_names[self._seed[root]]
            out.append(name)
        return out

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
        ordinal = self._ordinal(doc)
        out, samples, templated = apply_templates(doc, ordinal, self._decisions())
        self.merge_run(1, samples, [(self._site[ordinal], sfp) for sfp in templated])
        return out

    def _decisions(self) -> TemplateDecisions:
        if self._dec is None:
            self._dec = TemplateDecisions(
                self.min_chars, self.shared_min, self.shared_mode, dict(enumerate(self._site_names)),
                _Seq(self._site), _Seq(self._family), _Seq(self._ids), self._template, self._multi,
                self._shared, self._holders, self._earlier,
            )
        return self._dec

    def view(self, start: int, count: int) -> TemplateDecisions:
        """The decisions documents start .. start + count - 1 (observe order) need, and nothing
        more: what a worker that edits only those documents is sent."""
        import numpy as np

        docs = np.frombuffer(self._doc, dtype=np.uint32)
        lo, hi = np.searchsorted(docs, [start, start + count], side="left").tolist()
        sfp_a = np.frombuffer(self._sfp, dtype=np.int64)[lo:hi]
        sfps = set(sfp_a.tolist())
        # Only a long paragraph that is not template text is looked up among the shared ones
        # (`apply_templates`): a footer held by every page of a site would otherwise bring its
        # every holder into the view of every range of documents.
        long_ = np.frombuffer(self._len, dtype=np.uint32)[lo:hi] >= self.shared_min
        fps = {
            fp
            for fp, sfp in zip(
                np.frombuffer(self._fp, dtype=np.int64)[lo:hi][long_].tolist(), sfp_a[long_].tolist(), strict=True
            )
            if sfp not in self._template
        }
        holders = {fp: self._holders[fp] for fp in fps if fp in self._holders}
        ordinals = set(range(start, start + count))
        for hs in holders.values():
            ordinals.update(hs)
        sites = {self._site[d] for d in range(start, start + count)}
        return TemplateDecisions(
            self.min_chars, self.shared_min, self.shared_mode,
            {s: self._site_names[s] for s in sites},
            {d: self._site[d] for d in range(start, start + count)},
            {d: self._family[d] for d in ordinals},
            {d: self._ids[d] for d in ordinals},
            {f: self._template[f] for f in sfps if f in self._template},
            frozenset(f for f in sfps if f in self._multi),
            {f: self._shared[f] for f in fps if f in self._shared},
            holders,
            {f: self._earlier[f] for f in fps if f in self._earlier},
        )

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
        # Without an index the samples serve the summary's list of removed template lines alone,
        # so only template lines' samples are kept (the index stores every shared line's).
        keep_all = self.index_path is not None
        for sfp, text in samples:
            if keep_all or sfp in self._template:
                self._samples.setdefault(sfp, text)
        for site, sfp in removed:
            self._removed[sfp] = (site, self._template[sfp])

    def commit(self) -> None:
        """Persist this batch's counts in the index; called once every output of the run is in place."""
        if self.index_path is None or not self._prepared or self._runs < len(self._ids) or not self._fp:
            return
        self._save_index()

    def close(self) -> None:
        """Nothing to release: the index is opened only while it is read or written."""

    def summary(self) -> dict[str, Any]:
        """Template lines removed in this run, per site, most frequent first, for the run summary."""
        return {"templates": self._template_list()}

    def _template_list(self) -> list[dict[str, Any]]:
        return sorted(
            (
                {"site": self._site_names[site], "text": self._samples.get(sfp, ""), "docs": n}
                for sfp, (site, n) in self._removed.items()
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
        self, sfps: np.ndarray, line_sites: np.ndarray, long_fps: np.ndarray
    ) -> tuple[dict[int, tuple[int, str | None]], dict[int, int], dict[int, tuple[int, str | None, str | None]]]:
        """Earlier runs' counts of this batch's lines (per site) and long paragraphs (all sites)."""
        import numpy as np

        earlier_site: dict[int, tuple[int, str | None]] = {}
        site_totals: dict[int, int] = {}
        earlier_shared: dict[int, tuple[int, str | None, str | None]] = {}
        pairs = sorted({(int(s), int(f)) for s, f in zip(line_sites.tolist(), sfps.tolist(), strict=True)})
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

    def _load_families(self, families: list[str]) -> tuple[set[tuple[int, str]], set[str]]:
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
        import numpy as np

        uniq, new_counts, _, order, first, known, fam_names, fam_e = self._pending["template"]
        sfps = np.frombuffer(self._sfp, dtype=np.int64)
        docs = np.frombuffer(self._doc, dtype=np.uint32)
        s_sfp = sfps[order]
        s_doc = docs[order]
        new_sel = first & ~known
        # The first record (input order) each line was seen in, among the new pairs.
        first_doc: dict[int, int] = {}
        for fp, d in zip(s_sfp[new_sel].tolist(), s_doc[new_sel].tolist(), strict=True):
            if fp not in first_doc or d < first_doc[fp]:
                first_doc[fp] = d
        site_of_doc = self._site
        samples = self._samples

        def template_rows() -> Iterator[tuple[str, int, int, str | None, str]]:
            for i in range(0, len(uniq), _ROWS_CHUNK):
                for fp, n in zip(uniq[i : i + _ROWS_CHUNK].tolist(), new_counts[i : i + _ROWS_CHUNK].tolist(), strict=True):
                    if n == 0:
                        continue
                    d = first_doc[fp]
                    yield self._site_names[site_of_doc[d]], fp, n, samples.get(fp), self._ids[d]

        site_families = sorted(
            {(self._site_names[self._site[d]], self._family[d]) for d in range(len(self._ids))}
        )
        u2, new2, g_fp, g_doc, first2, known2, g_fam, _ = self._pending["shared"]
        sel2 = first2 & ~known2
        first_doc2: dict[int, int] = {}
        for fp, d in zip(g_fp[sel2].tolist(), g_doc[sel2].tolist(), strict=True):
            if fp not in first_doc2 or d < first_doc2[fp]:
                first_doc2[fp] = d

        def shared_rows() -> Iterator[tuple[int, int, str, str]]:
            for fp, n in zip(u2.tolist(), new2.tolist(), strict=True):
                if n == 0:
                    continue
                d = first_doc2[fp]
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
