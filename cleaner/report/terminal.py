"""`cleaner explain` in the terminal: a document with its removals struck through and coloured by
rule, each preceded by its rule id, then the list of changes.

On a terminal the removals are rich `strike` text in the rule's palette colour; elsewhere (a pipe,
a file, a test) the same content is plain text with visible markers: `{rule_id}[-removed-]` for a
removal and `{rule_id}[-before-+after+]` for an edit. Whitespace-only changes (blank lines,
trailing spaces) are applied silently by default, since they drown the real removals; with
`whitespace=True` they are shown as symbols (`↵`, `·`), as struck-through blanks cannot be seen.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.text import Text

from cleaner.model import Document
from cleaner.report.palette import is_whitespace_change, rule_colour_of, rule_colours

# In the change list, a removed or inserted text longer than this is shortened in the middle.
SHOW_CHARS = 80


def rule_colour(rule_id: str, shown_ids: Sequence[str] = ()) -> str:
    """The rule's palette colour: fixed per rule id (`shown_ids`, the other rules shown, does not change it)."""
    return rule_colour_of(rule_id)


def _visible_changes(doc: Document, whitespace: bool) -> list[Any]:
    return [c for c in doc.changes if whitespace or not is_whitespace_change(c.removed, c.replacement)]


def shown(s: str) -> str:
    """A removed or inserted text as displayed: whitespace-only text becomes visible symbols
    (`↵` before each newline, `·` for each space), anything else is shown as it is."""
    if s.strip():
        return s
    return s.replace("\n", "↵\n").replace(" ", "·").replace("\u3000", "·").replace("\t", "→")


# C0 controls but line breaks and tabs, DEL and C1 controls: ESC or BEL from a scraped page
# would drive the terminal, so they are shown as control pictures (␛, ␇) or \x escapes.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _picture(m: re.Match[str]) -> str:
    o = ord(m.group())
    if o < 0x20:
        return chr(0x2400 + o)
    return "\u2421" if o == 0x7F else f"\\x{o:02x}"


def visible(s: str) -> str:
    """`s` with every terminal control character made a visible symbol."""
    return _CONTROL.sub(_picture, s)


def _short(s: str) -> str:
    if len(s) > SHOW_CHARS:
        s = s[: SHOW_CHARS // 2] + "…" + s[-SHOW_CHARS // 2 :]
    return json.dumps(s, ensure_ascii=False)


def _header(doc: Document) -> str:
    parts = [doc.id]
    if doc.source != doc.id:
        parts.append(f"source {doc.source}")
    if doc.encoding:
        parts.append(doc.encoding)
    if doc.parent_id is not None:
        inst = doc.institution if isinstance(doc.institution, str) else "、".join(doc.institution or [])
        parts.append(f"record of {doc.parent_id} at {doc.offset}" + (f" ({inst})" if inst else ""))
    if doc.dropped:
        meta = doc.metadata
        parts.append(f"dropped by {doc.dropped}" + (f": duplicate of {meta['dup_of']}" if meta.get("dup_of") else "")
                     + (f", similarity {meta['similarity']}" if meta.get("similarity") is not None else ""))
    return visible("== " + " · ".join(parts) + " ==")


def _change_lines(doc: Document, rules: dict[str, dict[str, Any]], whitespace: bool) -> list[str]:
    shown_changes = set(map(id, _visible_changes(doc, whitespace)))
    hidden = len(doc.changes) - len(shown_changes)
    head = f"-- {len(doc.changes)} change{'s' if len(doc.changes) != 1 else ''}"
    if hidden:
        head += f", {hidden} whitespace-only hidden (--whitespace shows them)"
    lines = [head + " --"]
    # Numbers are positions in the whole log, so they are the same with or without --whitespace.
    for n, c in enumerate(doc.changes, 1):
        if id(c) not in shown_changes:
            continue
        what = f"removed {_short(c.removed)}" if not c.replacement else f"{_short(c.removed)} -> {_short(c.replacement)}"
        desc = (rules.get(c.rule) or {}).get("description")
        # A fitted model's removal says why: its score and the features that raised it most.
        why = f"  score {c.note['score']}: {', '.join(c.note['features'])}" if c.note and "features" in c.note else ""
        lines.append(visible(f"{n:>4}. {c.stage}/{c.rule} [{c.start}:{c.end}] {what}" + (f"  ({desc})" if desc else "") + why))
    for note in doc.notes:
        lines.append(visible(f"  note {note.get('stage')}/{note.get('rule')}: {note.get('message')}"))
    return lines


def explain_plain(docs: Sequence[Document], rules: dict[str, dict[str, Any]] | None = None, *, whitespace: bool = False) -> str:
    """The explanation as plain text: `{rule_id}[-removed-]` with the rule's label first, so it
    reads as the label of what follows. Whitespace-only changes are applied silently unless
    `whitespace` is set."""
    rules = rules or {}
    out: list[str] = []
    for doc in docs:
        out.append(_header(doc))
        body: list[str] = []
        pos = 0
        shown_ids = set(map(id, _visible_changes(doc, whitespace)))
        for c in doc.changes:
            body.append(doc.original[pos : c.start])
            pos = c.end
            if id(c) not in shown_ids:
                body.append(c.replacement)
            elif c.replacement and c.end > c.start:
                body.append(f"{{{c.rule}}}[-{shown(c.removed)}-+{shown(c.replacement)}+]")
            elif c.replacement:
                body.append(f"{{{c.rule}}}[+{shown(c.replacement)}+]")
            else:
                body.append(f"{{{c.rule}}}[-{shown(c.removed)}-]")
        body.append(doc.original[pos:])
        out.append(visible("".join(body).rstrip("\n")))
        out.extend(_change_lines(doc, rules, whitespace))
        out.append("")
    return "\n".join(out)


def explain_rich(docs: Sequence[Document], rules: dict[str, dict[str, Any]] | None = None, *, whitespace: bool = False) -> list[Text]:
    """The explanation as rich Text: each removal struck through in its rule's palette colour,
    the rule id in that colour just before it."""
    rules = rules or {}
    out: list[Text] = []
    for doc in docs:
        out.append(Text(_header(doc), style="bold"))
        shown_list = _visible_changes(doc, whitespace)
        shown_ids = set(map(id, shown_list))
        colours = rule_colours(c.rule for c in shown_list)
        body = Text()
        pos = 0
        for c in doc.changes:
            body.append(visible(doc.original[pos : c.start]))
            pos = c.end
            if id(c) not in shown_ids:
                body.append(visible(c.replacement))
                continue
            colour = colours[c.rule]
            body.append(f"{{{c.rule}}}", style=f"bold {colour}")
            if c.end > c.start:
                # Whitespace removals are invisible when struck: shown() makes them symbols.
                body.append(visible(shown(c.removed)), style=f"strike {colour}")
            if c.replacement:
                body.append(visible(shown(c.replacement)), style="bold green")
        body.append(visible(doc.original[pos:]))
        body.rstrip()
        out.append(body)
        for line in _change_lines(doc, rules, whitespace):
            out.append(Text(line, style="dim" if line.startswith("--") else ""))
        out.append(Text(""))
    return out


def print_explain(docs: Sequence[Document], rules: dict[str, dict[str, Any]] | None = None,
                  console: Console | None = None, *, whitespace: bool = False) -> None:
    """Print the explanation on stdout: rich styles on a terminal, plain markers otherwise."""
    console = console or Console(highlight=False, soft_wrap=True)
    if console.is_terminal:
        for t in explain_rich(docs, rules, whitespace=whitespace):
            console.print(t)
    else:
        console.file.write(explain_plain(docs, rules, whitespace=whitespace))
