"""Documents, changes and the change log.

A document keeps its decoded original text for its whole life. Stages never
edit the text directly: they hand `Document.apply` a batch of edits in the
coordinates of the *current* text, and the document maps each edit back to
offsets in the original. The log therefore always holds non-overlapping spans
of the original, and `replay(original, changes)` rebuilds the cleaned text.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .textview import Paragraph, TextView

# Stages whose edits inside a span removed later are not worth keeping apart in the log
# (whitespace fixes inside a removed block would split one removal into many).
HOUSEKEEPING_STAGES = frozenset({"normalize"})


@dataclass(frozen=True, slots=True)
class Edit:
    """An edit asked for by a stage, in coordinates of the current text."""

    start: int
    end: int
    replacement: str
    rule: str
    note: dict[str, Any] | None = None


@dataclass(slots=True)
class Change:
    """One logged change: original[start:end] became `replacement`."""

    stage: str
    rule: str
    start: int
    end: int
    replacement: str
    removed: str
    note: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "stage": self.stage,
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "removed": self.removed,
            "replacement": self.replacement,
        }
        if self.note:
            d["note"] = self.note
        return d

    def __reduce__(self) -> tuple[Any, ...]:
        # Positional, not the dataclass default (a field list walked per object): documents are
        # pickled through the spools and to and from --jobs workers, changes by the thousand.
        return (Change, (self.stage, self.rule, self.start, self.end, self.replacement, self.removed, self.note))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Change:
        return cls(
            stage=d["stage"],
            rule=d["rule"],
            start=d["start"],
            end=d["end"],
            replacement=d["replacement"],
            removed=d.get("removed", ""),
            note=d.get("note"),
        )


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The [start, end) offsets of the paragraphs (non-blank lines) of text[start:end], in `text`."""
    spans: list[tuple[int, int]] = []
    pos = start
    for line in text[start:end].split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def line_removal_span(text: str, start: int, next_start: int) -> tuple[int, int]:
    """The span of `text` that removes whole lines from `start` (a line start) up to `next_start`
    (the start of the next line that stays, or the end of the text) and leaves no blank line:
    the lines' own line break and the blank lines after them go with them, and when nothing
    follows, the line breaks before them go instead, so the text does not end in one."""
    return line_removal_spans(text, [(start, next_start)])[0]


def line_removal_spans(text: str, lines: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """`line_removal_span` for several removals at once: `lines` are (start, next_start) pairs of
    whole lines, in order, none overlapping. Each keeps its own line break; when the removals run
    without a gap to the end of the text, the first of that run takes the line breaks before it
    instead, so the text does not end in one and no two spans overlap."""
    spans = list(lines)
    if not spans or spans[-1][1] < len(text):
        return spans
    k = len(spans) - 1
    while k > 0 and spans[k - 1][1] == spans[k][0]:
        k -= 1
    if spans[k][0] > 0:
        spans[k] = (len(text[: spans[k][0]].rstrip("\n")), spans[k][1])
    return spans


def institution_list(value: str | list[str] | None) -> list[str]:
    """The `institution` field of a record: always a list of names."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def replay(original: str, changes: Iterable[Change]) -> str:
    """Apply logged changes to the decoded original; the result is the cleaned text."""
    out: list[str] = []
    pos = 0
    for c in sorted(changes, key=lambda c: (c.start, c.end)):
        if c.start < pos:
            raise ValueError(f"overlapping changes at offset {c.start}")
        out.append(original[pos : c.start])
        out.append(c.replacement)
        pos = c.end
    out.append(original[pos:])
    return "".join(out)


# An edit mapped to the original: (start, kept prefix of the change it starts in, first absorbed
# change, end, kept suffix, last absorbed change, the edit).
_Mapped = tuple[int, str, int, int, str, int, Edit]


@dataclass(slots=True)
class Document:
    """A document on its way through the chain.

    `original` is the decoded input (or, for a record split from a roundup, the
    slice of the parent's original it covers; `offset` says where the slice
    starts). `text` is the current text; `changes` is the log, sorted by start.
    """

    id: str
    source: str
    original: str
    text: str = ""
    changes: list[Change] = field(default_factory=list)
    encoding: str | None = None
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    institution: str | list[str] | None = None
    parent_id: str | None = None
    offset: int = 0
    kind: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    # Stage notes that are not edits (a guard that stopped a rule, a rule that timed out, …).
    notes: list[dict[str, Any]] = field(default_factory=list)
    # Set by the stage that removed the whole document from the output (e.g. "neardup");
    # a dropped document is written to the side file, never silently lost.
    dropped: str | None = None
    # Rule ids switched off for this run (--disable): edits under them are not applied, whichever
    # stage asks, so a stage-level id such as `blank_lines` is disabled like a rule file's id.
    disabled: frozenset[str] = frozenset()
    # Lines, paragraphs, keys and roundup sections of `text`, computed once (see `view`); never
    # pickled, never compared.
    _view: TextView | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.text and not self.changes:
            self.text = self.original

    def __reduce__(self) -> tuple[Any, ...]:
        # A compact pickle: the field values in order and each change as a plain tuple (see Change.__reduce__).
        state = tuple(getattr(self, name) for name in _DOCUMENT_FIELDS)
        changes = [
            (c.stage, c.rule, c.start, c.end, c.replacement, c.removed, c.note) for c in self.changes
        ]
        # The paragraph keys of the current text go along, so the process that reads the pickle
        # does not fold the text again.
        v = self._view
        shipped = v.shipped() if v is not None and v.text is self.text else None
        if shipped is None:
            return (_rebuild_document, (state, changes))
        return (_rebuild_document, (state, changes, shipped))

    # -- derived views of the current text ---------------------------------------
    def view(self) -> TextView:
        """The `TextView` of the current text: lines, paragraphs with their comparison keys, and
        `memo(name, compute)` for anything else derived from the text alone.

        Stages read paragraphs and keys from here instead of splitting and keying the text
        again. The view belongs to the text object it was made for, so it is replaced as soon
        as the text changes, whoever changed it (`apply`, a split, an assignment).
        """
        v = self._view
        if v is None or v.text is not self.text:
            # What the last view learnt of single lines carries over (TextView.__init__).
            v = self._view = TextView(self.text, v)
        return v

    def paragraphs(self) -> list[Paragraph]:
        """The non-blank lines of the current text with their comparison keys (`view().paragraphs`)."""
        return self.view().paragraphs

    # -- edits -----------------------------------------------------------------
    def apply(self, stage: str, edits: Sequence[Edit]) -> int:
        """Apply a batch of edits given in current-text coordinates.

        Edits must not overlap each other. Each becomes a logged change in
        original coordinates; an edit that touches text an earlier change
        inserted absorbs that change, so the log stays a set of disjoint spans
        that `replay` turns into `self.text`. Returns the number of edits applied.
        """
        edits = self._checked(stage, edits)
        if not edits:
            return 0
        old = self.changes
        if not old:
            # The first edits of a document (normalize's, often thousands of line endings):
            # current and original coordinates are the same, so each edit is its change.
            original = self.original
            merged = [Change(stage, e.rule, e.start, e.end, e.replacement, original[e.start : e.end], e.note) for e in edits]
            self.text = self._rebuilt(edits)
            self.changes = merged
            return len(edits)
        # Where each logged change's replacement sits in the current text.
        cur_starts = change_index(old)[0]
        absorbed: set[int] = set()
        new_changes: list[tuple[tuple[int, int, int, int], Change]] = []
        original = self.original
        for group in self._groups(edits, cur_starts):
            if len(group) == 1:
                o_start, prefix, i_first, o_end, suffix, i_last, e = group[0]
                if i_first > i_last and not prefix and not suffix and o_end > o_start:
                    # The common case: one edit of text no earlier change touched. Its change is the
                    # edit mapped to the original; nothing is absorbed (what `_group_changes` gives).
                    change = Change(stage, e.rule, o_start, o_end, e.replacement, original[o_start:o_end], e.note)
                    new_changes.append(((o_start, 1, e.start, 0), change))
                    continue
            new_changes.extend(self._group_changes(stage, group, absorbed))
        keyed = [
            ((c.start, 0 if c.end == c.start else 1, cur_starts[i], 1), c)
            for i, c in enumerate(old)
            if i not in absorbed
        ]
        merged = [c for _, c in sorted(keyed + new_changes, key=lambda kc: kc[0])]
        self.text = self._rebuilt(edits)
        self.changes = merged
        return len(edits)

    def _rebuilt(self, edits: list[Edit]) -> str:
        """The current text with `edits` made (from the edits, not by replaying the whole log:
        cheaper, and `replay` agrees)."""
        text = self.text
        parts: list[str] = []
        pos = 0
        for e in edits:
            parts.append(text[pos : e.start])
            parts.append(e.replacement)
            pos = e.end
        parts.append(text[pos:])
        return "".join(parts)

    def _checked(self, stage: str, edits: Sequence[Edit]) -> list[Edit]:
        """The edits that change something and are not disabled, sorted; bad or overlapping
        edits are a ValueError (a bug in the stage, never bad input)."""
        edits = [e for e in edits if not (e.start == e.end and not e.replacement)]
        if self.disabled:
            edits = [e for e in edits if e.rule not in self.disabled]
        if not edits:
            return []
        edits = sorted(edits, key=lambda e: (e.start, e.end))
        text = self.text
        prev_end = -1
        for e in edits:
            if e.start < prev_end or e.start > e.end or e.end > len(text) or e.start < 0:
                raise ValueError(f"{stage}/{e.rule}: bad or overlapping edit {e.start}:{e.end}")
            prev_end = e.end
        if any(e.replacement == text[e.start : e.end] for e in edits):
            edits = [e for e in edits if e.replacement != text[e.start : e.end]]
        return edits

    def _groups(self, edits: list[Edit], cur_starts: list[int]) -> list[list[_Mapped]]:
        """Every edit mapped to the original, grouped: edits that reach into the same earlier
        change (both partly rewrite one inserted replacement) become one change."""
        mapped: list[_Mapped] = []
        for e in edits:
            o_start, prefix, i_first = self._map_start(e.start, cur_starts)
            if e.start == e.end and not prefix:
                # A pure insertion between two changes: both ends on the same side of them.
                o_end, suffix, i_last = o_start, "", i_first - 1
            else:
                o_end, suffix, i_last = self._map_end(e.end, cur_starts)
            mapped.append((o_start, prefix, i_first, o_end, suffix, i_last, e))
        groups: list[list[_Mapped]] = []
        for m in mapped:
            if groups:
                last = groups[-1][-1]
                # Shares an absorbed change with the previous edit, or overlaps it in the original.
                if (m[2] <= last[5] and m[2] <= m[5]) or m[0] < last[3]:
                    groups[-1].append(m)
                    continue
            groups.append([m])
        return groups

    def _group_changes(
        self, stage: str, g: list[_Mapped], absorbed: set[int]
    ) -> list[tuple[tuple[int, int, int, int], Change]]:
        """The logged change(s) one group of edits makes, keyed for ordering; adds the indices of
        the earlier changes it absorbs to `absorbed`."""
        old, text = self.changes, self.text
        first, last = g[0], g[-1]
        o_start, prefix, o_end, suffix = first[0], first[1], last[3], last[4]
        pieces = [prefix]
        for k, m in enumerate(g):
            if k:
                pieces.append(text[g[k - 1][6].end : m[6].start])
            pieces.append(m[6].replacement)
        pieces.append(suffix)
        inside = [i for m in g for i in range(m[2], m[5] + 1)]
        e0 = first[6]
        rule = e0.rule if len({m[6].rule for m in g}) == 1 else "+".join(dict.fromkeys(m[6].rule for m in g))
        if len(g) == 1 and not e0.replacement and not prefix and not suffix:
            # A removal that spans earlier removals leaves them in the log under their own
            # rules (a lifted source line stays `metadata`), and logs only the text between.
            kept_del = [
                i
                for i in inside
                if not old[i].replacement
                and old[i].stage not in HOUSEKEEPING_STAGES
                and o_start <= old[i].start
                and old[i].end <= o_end
            ]
            absorbed.update(i for i in inside if i not in kept_del)
            out: list[tuple[tuple[int, int, int, int], Change]] = []
            pos = o_start
            for i in [*kept_del, None]:
                stop = o_end if i is None else old[i].start
                if stop > pos:
                    piece = Change(stage, rule, pos, stop, "", self.original[pos:stop], e0.note)
                    out.append(((pos, 1, e0.start, 0), piece))
                if i is not None:
                    pos = old[i].end
            return out
        absorbed.update(inside)
        change = Change(
            stage=stage,
            rule=rule,
            start=o_start,
            end=o_end,
            replacement="".join(pieces),
            removed=self.original[o_start:o_end],
            note=e0.note,
        )
        return [((o_start, 0 if o_end == o_start else 1, e0.start, 0), change)]

    def _map_start(self, x: int, cur_starts: list[int]) -> tuple[int, str, int]:
        """Map a start offset; returns (original offset, kept prefix, first absorbed index)."""
        old = self.changes
        # Last change whose replacement starts at or before x.
        i = bisect.bisect_right(cur_starts, x) - 1
        # Skip back over pure deletions sitting exactly at x: the edit starts after them.
        while i >= 0:
            c = old[i]
            rep_len = len(c.replacement)
            if cur_starts[i] <= x < cur_starts[i] + rep_len:
                return c.start, c.replacement[: x - cur_starts[i]], i
            # x is after change i's replacement.
            return c.end + (x - cur_starts[i] - rep_len), "", i + 1
        return x, "", 0

    def _map_end(self, x: int, cur_starts: list[int]) -> tuple[int, str, int]:
        """Map an end offset; returns (original offset, kept suffix, last absorbed index)."""
        old = self.changes
        # Last change whose replacement starts strictly before x.
        i = bisect.bisect_left(cur_starts, x) - 1
        if i < 0:
            return x, "", -1
        c = old[i]
        rep_len = len(c.replacement)
        if x <= cur_starts[i] + rep_len:
            return c.end, c.replacement[x - cur_starts[i] :], i
        return c.end + (x - cur_starts[i] - rep_len), "", i

    def drop(self, stage: str, reason: str | None = None) -> None:
        """Take the document out of the output, to the side file, as dropped by `stage`
        (the runner calls it when a stage returns no document; see cleaner/stage.py)."""
        self.dropped = stage
        if reason is not None:
            self.metadata.setdefault("drop_reason", reason)

    def note(self, stage: str, rule: str, message: str, **extra: Any) -> None:
        self.notes.append({"stage": stage, "rule": rule, "message": message, **extra})

    def original_offset(self, x: int) -> int:
        """Offset in `original` of position x of the current text (start side)."""
        return self.original_offsets([x])[0]

    def original_offsets(self, positions: Iterable[int]) -> list[int]:
        """Offsets in `original` of positions of the current text (start side: a position inside
        a change's replacement maps to where that change starts), in one walk of the log."""
        cur_starts = change_index(self.changes)[0]
        return [self._map_start(x, cur_starts)[0] for x in positions]

    def change_points(self) -> list[int]:
        """Where logged changes begin and end in the current text, sorted (a removal is one point)."""
        cur_starts = change_index(self.changes)[0]
        return sorted({p for c, at in zip(self.changes, cur_starts, strict=True) for p in (at, at + len(c.replacement))})

    # -- output ----------------------------------------------------------------
    def to_record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "text": self.text,
            "title": self.title,
            "published": self.published,
            "authors": list(self.authors),
            # One type in every record (cleaner/data/schema/record.schema.json): a list, empty for a
            # record that is not a roundup's, so Parquet, pandas and HF datasets see one column type.
            "institution": institution_list(self.institution),
            "parent_id": self.parent_id,
        }
        meta = dict(self.metadata)
        if self.encoding is not None:
            meta.setdefault("encoding", self.encoding)
        if self.kind is not None:
            meta.setdefault("kind", self.kind)
        if self.parent_id is not None:
            meta.setdefault("offsets", [self.offset, self.offset + len(self.original)])
        rec["metadata"] = meta
        return rec

    def review(self) -> dict[str, Any]:
        """Everything a review needs about this document: original, changes, notes."""
        return {
            "id": self.id,
            "source": self.source,
            "parent_id": self.parent_id,
            "offset": self.offset,
            "encoding": self.encoding,
            "original": self.original,
            "text": self.text,
            "changes": [c.to_dict() for c in self.changes],
            "notes": self.notes,
            "record": self.to_record(),
        }


# -- slicing: a record's part of its document's original and log --------------------------------

def change_index(changes: Sequence[Change]) -> tuple[list[int], list[int]]:
    """Where each logged change's replacement starts in the current text, and the shift (current
    minus original offset) just before it. Every mapping between the current text and the
    original starts here; with it, slicing one record of a roundup starts at its first change
    instead of the document's (linear, not quadratic, in the records of a huge roundup)."""
    starts: list[int] = []
    shifts: list[int] = []
    shift = 0
    for c in changes:
        starts.append(c.start + shift)
        shifts.append(shift)
        shift += len(c.replacement) - (c.end - c.start)
    return starts, shifts


def _first(index: tuple[list[int], list[int]], x: int) -> tuple[int, int]:
    """Where a walk of the changes for position x may start, and the shift there. Changes
    wholly before the last one starting before x cannot affect x: changes do not overlap."""
    starts, shifts = index
    j = max(0, bisect.bisect_left(starts, x) - 1)
    return j, shifts[j] if shifts else 0


def _cut(changes: Sequence[Change], x: int, index: tuple[list[int], list[int]] | None = None) -> int:
    """The original offset of a cut at current position x.

    Inside a change's replacement the cut goes to the change's original end (the record before it
    keeps what the change removed); a pure deletion exactly at x stays before the cut, a
    replacement starting at x after it.
    """
    j, shift = _first(index or change_index(changes), x)
    for c in changes[j:] if j else changes:
        cs = c.start + shift
        r = len(c.replacement)
        if r == 0 and cs == x:
            shift -= c.end - c.start
            continue
        if cs >= x:
            break
        if x < cs + r:
            return c.end
        shift += r - (c.end - c.start)
    return x - shift


def slice_changes(doc: Document, a: int, b: int, index: tuple[list[int], list[int]] | None = None,
                  ) -> tuple[int, int, list[Change]]:
    """The original span [oa, ob) covering doc.text[a:b] and the changes inside it, made relative.

    `replay(doc.original[oa:ob], changes) == doc.text[a:b]`, and cutting at a, then at b, gives
    slices that meet: a change whose replacement straddles a cut is split, the earlier piece
    keeping the original text it replaced, the later pieces being insertions at its end.
    """
    # The first record starts at the very start and the last ends at the very end, deletions there included.
    index = index or change_index(doc.changes)
    oa = _cut(doc.changes, a, index) if a > 0 else 0
    ob = _cut(doc.changes, b, index) if b < len(doc.text) else len(doc.original)
    out: list[Change] = []
    j, shift = _first(index, a)
    for c in doc.changes[j:] if j else doc.changes:
        cs = c.start + shift
        if cs > b:
            break  # every later change starts after the slice
        r = len(c.replacement)
        shift += r - (c.end - c.start)
        if r == 0:
            if (a < cs or a == 0) and cs <= b:
                out.append(dataclasses.replace(c, start=c.start - oa, end=c.end - oa))
            continue
        lo, hi = max(cs, a), min(cs + r, b)
        if lo >= hi:
            continue
        piece = c.replacement[lo - cs : hi - cs]
        if cs >= a:
            out.append(dataclasses.replace(c, start=c.start - oa, end=c.end - oa, replacement=piece))
        else:
            out.append(dataclasses.replace(c, start=c.end - oa, end=c.end - oa, replacement=piece, removed=""))
    return oa, ob, out


_DOCUMENT_FIELDS = tuple(name for name in Document.__dataclass_fields__ if name not in ("changes", "_view"))


def _rebuild_document(
    state: tuple[Any, ...], changes: list[tuple[Any, ...]], shipped: list[str] | None = None
) -> Document:
    """The inverse of `Document.__reduce__` (no __post_init__: the text is restored as it was)."""
    doc = object.__new__(Document)
    for name, value in zip(_DOCUMENT_FIELDS, state, strict=True):
        object.__setattr__(doc, name, value)
    doc.changes = [Change(*c) for c in changes]
    doc._view = TextView.restore(doc.text, shipped) if shipped is not None else None
    return doc
