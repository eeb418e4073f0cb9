"""The `segment` stage: a roundup becomes one record per institution (issue 6).

For a document that `find_roundup` recognises:

1. A paragraph (or run of paragraphs) that sits in two sections is kept only in the section
   whose institution or place names it mentions, and removed from the other (rule
   `misplaced_paragraph`, logged on the parent so every record inherits it).
2. The text is cut into records at section boundaries chosen in the parent's current text and
   mapped to its original. Records in document order:
   - `#0`, kind `intro`: the title block and introduction before the first section (only when
     it holds text; otherwise the first section's slice starts at 0 so no logged change is lost);
   - `#1` … : kind `section`, one per institution (a heading or lead that names several
     jointly gives one record whose `institution` is the list), and kind `other` for text outside every
     section after the first (a closing paragraph, a part under a heading naming no institution),
     numbered together in document order.
   Except for the themed form, the slices tile the parent's original, so the parent can be
   rebuilt from its records.
3. Each record's `original` is its slice of the parent's original, `offset` where the slice
   starts, and `changes` the parent's changes inside it, shifted, so that
   `replay(record.original, record.changes) == record.text`. A change that straddles a cut is
   split in two at its original end: the earlier record keeps what it removed and the start of
   its replacement, the later one gets the rest of the replacement as an insertion.
4. In each record the heading line becomes the title (rule `section_heading`), the blank lines
   at its edges go (rule `section_edge`) and, in a themed roundup, the paragraphs of other
   institutions and the theme headings between its own are removed (rule `other_institution`);
   a paragraph naming several institutions jointly is in each one's record, and
   `metadata["shared_with"]` names the institutions a record shares paragraphs with.
   A section whose last paragraph stops mid-sentence gets `metadata["truncated"] = True`.

Each record carries `metadata["split"] = {"parent", "index", "of", "form"}` (`of` counts the
section records) and a `split` note.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from .. import recode
from ..config import Config
from ..filters.metadata import bracket_byline, byline_credits, credited_authors
from ..model import Change, Document, Edit, change_index, paragraph_spans, replay, slice_changes
from ..stage import Stage
from ..textview import PHOTO_STORY_TITLE
from .names import NameFinder, default_finder
from .sections import (
    BRIEF_OPENING,
    Roundup,
    lead_names,
    ranking_headline,
    roundup_of,
    theme_headline,
    tour_headline,
)

STAGE = "segment"

# A paragraph this long that ends without closing punctuation was cut off (seed 002's 巴南区
# section ends `…努力建设成为`); shorter unpunctuated last lines are captions or credits.
TRUNCATED_MIN_CHARS = 20
_CLOSED_END = recode.compile("[。！？!?…”’」』)）》.．;；~～]$")
# A run of paragraphs found in two sections counts as misplaced only when it holds real prose,
# not only a repeated caption such as 医院门诊综合楼.
MISPLACED_MIN_CHARS = 20
# The shortest end of an institution's name that counts as naming it again (某中人民医院).
SHORT_NAME_MIN_CHARS = 6
_SPACE = recode.compile(r"\s+")


class SplitError(RuntimeError):
    """A record's slice does not replay to its text: a bug in the slicing, never bad input."""


def _key(paragraph: str) -> str:
    """A paragraph's comparison key: a copy pasted with other spacing or punctuation widths matches."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", paragraph))




class Segment(Stage):
    """Splits a roundup into one record per institution; any other document passes unchanged."""

    name = STAGE

    def __init__(self, config: Config | None = None) -> None:
        super().__init__(config)
        # The institution-name finder; a test may put another one in.
        self.finder: NameFinder = default_finder()

    @classmethod
    def enabled(cls, config: Config) -> bool:
        return config.segment

    def run(self, doc: Document) -> list[Document]:
        # A record already split from a roundup is never split again (a fixed point).
        if doc.parent_id is not None:
            return [doc]
        # Found once per text: repeats already looked for it when it grouped paragraphs by section.
        r = roundup_of(doc, self.finder)
        if r is None:
            return [doc]
        if doc.title and ranking_headline(doc.title, len(r.sections)):
            # A ranking's or a list's page (某市眼科医院排行榜): its entries are one page's items.
            doc.note(STAGE, "not_split", "the title calls the page a ranking or a list")
            return [doc]
        if doc.title and all(s.heading is None for s in r.sections) and PHOTO_STORY_TITLE.match(doc.title):
            # A photo story (图说｜…) whose parts are paragraphs opening with an institution's name, no
            # headings: its captions, what it shows (one under each institution's heading is a roundup).
            doc.note(STAGE, "not_split", "the title calls the page a photo story and its parts are captions")
            return [doc]
        if doc.title and tour_headline(self.finder, doc.title):
            # One institution's tour of several places (某某医院专家团队走进三个乡镇卫生院巡回义诊): its stops.
            doc.note(STAGE, "not_split", "the title tells of one institution's tour of the places")
            return [doc]
        if r.form != "themed" and self._remove_misplaced(doc, r):
            r = roundup_of(doc, self.finder)
            if r is None:  # removing whole paragraphs never removes a heading; kept as a guard
                doc.note(STAGE, "not_split", "the roundup structure was lost after removing misplaced paragraphs")
                return [doc]
        return self._split(doc, r)

    # -- misplaced paragraphs --------------------------------------------------------
    def _remove_misplaced(self, doc: Document, r: Roundup) -> bool:
        text = doc.text
        paras = [paragraph_spans(text, s.body_start, s.end) for s in r.sections]
        keys = [[_key(text[p0:p1]) for p0, p1 in ps] for ps in paras]
        where: dict[str, list[tuple[int, int]]] = {}
        for si, ks in enumerate(keys):
            for pi, k in enumerate(ks):
                where.setdefault(k, []).append((si, pi))
        tokens = [self._tokens(s.institutions) for s in r.sections]
        removed: set[tuple[int, int]] = set()
        edits: list[Edit] = []
        for si, ks in enumerate(keys):
            pi = 0
            while pi < len(ks):
                others = [(sj, pj) for sj, pj in where[ks[pi]] if sj != si]
                if not others or (si, pi) in removed:
                    pi += 1
                    continue
                # The longest run starting here that repeats, paragraph by paragraph, in another section.
                best: tuple[int, int, int] | None = None
                for sj, pj in others:
                    n = 0
                    while (
                        pi + n < len(ks)
                        and pj + n < len(keys[sj])
                        and ks[pi + n] == keys[sj][pj + n]
                        and (sj != si or pj + n != pi + n)
                    ):
                        n += 1
                    if best is None or n > best[2]:
                        best = (sj, pj, n)
                assert best is not None
                sj, pj, n = best
                run = "\n".join(ks[pi : pi + n])
                if sum(len(k) for k in ks[pi : pi + n]) >= MISPLACED_MIN_CHARS:
                    here = self._score(run, tokens[si])
                    there = self._score(run, tokens[sj])
                    if there > here:
                        loser, lp, owner = si, pi, sj
                    elif here > there:
                        loser, lp, owner = sj, pj, si
                    else:
                        loser = -1
                        doc.note(
                            STAGE,
                            "misplaced_paragraph",
                            "a paragraph sits in two sections and names neither's institution or place more; kept in both",
                            sections=["、".join(r.sections[x].institutions) for x in (si, sj)],
                            paragraph=ks[pi][:40],
                        )
                    if loser >= 0 and not any((loser, lp + m) in removed for m in range(n)):
                        removed.update((loser, lp + m) for m in range(n))
                        edits.append(self._removal(text, paras[loser], lp, n, r, loser, owner))
                pi += n
        if edits:
            doc.apply(STAGE, _coalesce(edits))
        return bool(edits)

    def _removal(
        self, text: str, ps: list[tuple[int, int]], first: int, n: int, r: Roundup, loser: int, owner: int
    ) -> Edit:
        last = first + n - 1
        if last + 1 < len(ps):
            start, end = ps[first][0], ps[last + 1][0]
        elif first > 0:
            start, end = ps[first - 1][1], ps[last][1]
        else:
            start, end = ps[first][0], ps[last][1]
        note: dict[str, Any] = {
            "from": "、".join(r.sections[loser].institutions),
            "kept_in": "、".join(r.sections[owner].institutions),
        }
        return Edit(start, end, "", "misplaced_paragraph", note)

    def _tokens(self, institutions: list[str]) -> list[str]:
        out: list[str] = []
        for name in institutions:
            out.append(name)
            out.extend(self.finder.places(name))
            # (and the name without its leading places, as running text says it again: 某中人民医院 of
            # 某州市某中人民医院)
            out.extend(name[k:] for k in range(1, len(name) - SHORT_NAME_MIN_CHARS + 1))
        return list(dict.fromkeys(out))

    @staticmethod
    def _score(run: str, tokens: list[str]) -> int:
        """How strongly a run of paragraphs names a section's institution or places."""
        return sum(run.count(t) * len(t) for t in tokens)

    # -- splitting -----------------------------------------------------------------------
    def _split(self, parent: Document, r: Roundup) -> list[Document]:
        text = parent.text
        n_sections = len(r.sections)
        # (start, end, kind, section index or -1), in document order.
        parts: list[tuple[int, int, str, int]] = []
        for i, s in enumerate(r.sections):
            start = s.start
            # (a section's number alone on the line above its heading, `02` / `某某医院：…`, is its
            # own: it opens the section's slice, and goes as its edge, not as the last line of the one before)
            if (badge := _BADGE_ABOVE.search(text, 0, start)) is not None and (i == 0 or badge.start() > r.sections[i - 1].start):
                start = badge.start()
            parts.append((start, s.end, "section", i))
        for s0, e0 in r.others:
            parts.append((s0, e0, "other", -1))
        parts.sort()
        if r.intro is not None and not _bare_heading(text[r.intro[0] : r.intro[1]], parent.title):
            # (an intro that is only the roundup's own name again, `卫生简讯` over its items, makes
            # no record: it opens the first section's slice, and goes as its edge)
            parts.insert(0, (r.intro[0], r.intro[1], "intro", -1))
        tiles = r.form != "themed"
        records: list[Document] = []
        number = 0
        index = change_index(parent.changes)
        for k, (start, end, kind, si) in enumerate(parts):
            if tiles:
                a = 0 if k == 0 else start
                b = parts[k + 1][0] if k + 1 < len(parts) else len(text)
            else:
                a, b = (0, end) if kind == "intro" else (start, end)
            if kind != "intro":
                number += 1
            child = self._child(parent, a, b, kind, 0 if kind == "intro" else number, index)
            edits: list[Edit] = []
            lead = len(text[a:b]) - len(text[a:b].lstrip())
            trail = len(text[a:b].rstrip())
            section = r.sections[si] if si >= 0 else None
            if section is not None and section.heading is not None:
                hs, _ = section.heading
                if hs - a > 0:
                    edits.append(Edit(0, hs - a, "", "section_edge"))
                edits.append(Edit(hs - a, section.body_start - a, "", "section_heading"))
            elif lead:
                edits.append(Edit(0, lead, "", "section_edge"))
            if section is not None and section.paragraphs is not None:
                own = section.paragraphs
                for (_, p1), (q0, _) in zip(own, own[1:], strict=False):
                    gap = text[p1:q0]
                    first_foreign = p1 + len(gap) - len(gap.lstrip())
                    if first_foreign < q0:
                        edits.append(Edit(first_foreign - a, q0 - a, "", "other_institution"))
            if trail < b - a:
                edits.append(Edit(trail, b - a, "", "section_edge"))
            child.apply(STAGE, edits)
            if not child.text.strip():
                continue
            if (
                kind == "intro" and r.form == "headline_line" and parent.title
                and (named := lead_names(self.finder, parent.title)) and BRIEF_OPENING.match(child.text.lstrip())
            ):
                # Briefs under their headlines, the first headline lifted as the page's title: the
                # intro is that brief, its institution the one the title opens with.
                child.institution = named[0] if len(named) == 1 else list(named)
                child.kind = "section"
            if section is not None:
                names = section.institutions
                child.institution = names[0] if len(names) == 1 else list(names)
                child.title = section.title
                if parent.title:
                    child.metadata["roundup_title"] = parent.title
                if r.themes:
                    own = section.paragraphs or []
                    child.metadata["themes"] = [h for t0, t1, h in r.themes if any(t0 <= p < t1 for p, _ in own)]
                    mine = [(t0, t1, h) for t0, t1, h in r.themes if any(t0 <= p < t1 for p, _ in own)]
                    if child.title is None and len(mine) == 1 and not any(
                        o is not section and any(mine[0][0] <= p < mine[0][1] for p, _ in o.paragraphs or []) for o in r.sections
                    ):
                        # A theme of its own (01 适老门诊,让老人看病不再犯难, over this institution's
                        # paragraphs only): its heading is the section's.
                        child.title = theme_headline(mine[0][2])
                    # Paragraphs naming this institution jointly with others are in their records too.
                    shared = [n for o in r.sections if o is not section and set(o.paragraphs or []) & set(own) for n in o.institutions]
                    if shared:
                        child.metadata["shared_with"] = shared
                last = child.text.rstrip().rsplit("\n", 1)[-1].strip()
                if len(last) >= TRUNCATED_MIN_CHARS and not _CLOSED_END.search(last):
                    child.metadata["truncated"] = True
                    child.note(STAGE, "truncated", "the section ends mid-sentence", last=last[-12:])
            child.metadata["split"] = {
                "parent": parent.id,
                "index": int(child.id.rsplit("#", 1)[1]),
                "of": n_sections,
                "form": r.form,
            }
            child.note(
                STAGE,
                "split",
                f"{kind} {child.metadata['split']['index']} of the {n_sections}-institution roundup {parent.id}",
            )
            records.append(child)
        _own_writers(records, parent)
        if records:
            # Notes about the whole input (a lossy decode, a rule that timed out) go with its first record.
            records[0].notes[:0] = parent.notes
        return records

    def _child(self, parent: Document, a: int, b: int, kind: str, number: int,
               index: tuple[list[int], list[int]] | None = None) -> Document:
        oa, ob, changes = slice_changes(parent, a, b, index)
        original = parent.original[oa:ob]
        text = parent.text[a:b]
        if replay(original, changes) != text:
            raise SplitError(f"{parent.id}: slice {a}:{b} of the text does not replay from original {oa}:{ob}")
        child = Document(
            id=f"{parent.id}#{number}",
            source=parent.source,
            original=original,
            text=text,
            changes=changes,
            encoding=parent.encoding,
            title=parent.title if kind == "intro" else None,
            published=parent.published,
            authors=list(parent.authors),
            parent_id=parent.id,
            offset=parent.offset + oa,
            kind=kind,
            metadata=dict(parent.metadata),
        )
        return child


def _own_writers(records: list[Document], parent: Document) -> None:
    """Each item's writers, named in brackets in it (`…提供免费咨询。（通讯员 某某）`, `本报讯（通讯员
    某某）…`) or on a line of their own under its heading (`通讯员 某某`), are that record's, not the
    whole roundup's (nor its introduction's), when two items or more name theirs; writers the page
    names for all of it stay with every record."""
    own = {id(c): _item_writers(c.changes) for c in records if c.kind != "intro"}
    credited = [c for c in records if own.get(id(c))]
    if len(credited) < 2:
        return
    everyone = {name for c in credited for _, name in own[id(c)]}
    page_wide = [a for a in parent.authors if a not in everyone]
    for c in records:
        mine = own.get(id(c), [])
        c.authors = credited_authors(mine, page_wide)
        c.metadata["credits"] = [
            x for x in parent.metadata.get("credits", []) if x.get("name") not in everyone
        ] + [{"role": role, "name": name} for role, name in mine]


# What removes a byline in brackets: after a paragraph, alone on its line, lifted by the metadata stage.
_BYLINE_RULES = frozenset({"bracket_byline", "role_name_credit", "byline"})
# A byline's brackets ending what the metadata stage lifted from a lead (`本报讯（通讯员 某某）`).
_BRACKETED_END = recode.compile(r"[（(]([^()（）\n]{2,40})[)）]\s*$")


def _item_writers(changes: list[Change]) -> list[tuple[str, str]]:
    """The credits of the item's own bylines these changes removed, in order."""
    found: list[tuple[str, str]] = []
    # (what the metadata stage lifted above the section's own heading is the page's byline)
    heading = next((c.start for c in changes if c.stage == STAGE and c.rule == "section_heading"), None)
    for c in changes:
        if c.stage == "metadata" and (heading is None or c.start < heading):
            continue
        if c.rule in _BYLINE_RULES and (got := bracket_byline(c.removed.strip())) is not None:
            found.extend(got[0])
        elif (
            c.stage == "metadata" and c.rule == "byline" and (m := _BRACKETED_END.search(c.removed)) is not None
            and (credits := byline_credits(m[1])) is not None
        ):
            found.extend(credits)
        elif c.rule in _BYLINE_RULES and (credits := byline_credits(c.removed.strip())) is not None:
            found.extend(credits)  # (a line of its own under the item's heading: 通讯员 某某 某某)
    return found


def _coalesce(edits: list[Edit]) -> list[Edit]:
    """Removals of neighbouring paragraphs can share the newline between them: merge those
    that touch or overlap into one removal, so the batch is a set of disjoint edits."""
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if out and e.start <= out[-1].end:
            last = out[-1]
            out[-1] = Edit(last.start, max(last.end, e.end), "", last.rule, last.note)
        else:
            out.append(e)
    return out


# A section's number alone on its line, right above the section (`01`, `PART 2`, `No.3`).
_BADGE_ABOVE = recode.compile(r"(?:^|(?<=\n))[ \t]*(?:0?\d{1,2}|PART[ \t]*\d{1,2}|Part[ \t]*\d{1,2}|No\.?[ \t]*\d{1,2})[ \t]*\n[ \t\n]*\Z")


# How long an introduction made of one short heading runs at most (`卫生简讯`, `医讯`).
BARE_INTRO_MAX_CHARS = 8


def _bare_heading(intro: str, title: str | None) -> bool:
    """Whether a roundup's introduction is only its title again, or one short heading with no
    sentence in it (the column's name over its items)."""
    squashed = "".join(intro.split())
    if not squashed:
        return True
    if title and squashed == "".join(title.split()):
        return True
    return len(squashed) <= BARE_INTRO_MAX_CHARS and "\n" not in intro.strip() and not any(ch in squashed for ch in "。！？!?，,；;：:")
