"""`cleaner explain` in the terminal: a document with its removals struck through and coloured by
rule, each followed by its rule id, then the list of changes.

On a terminal the removals are rich `strike` text in the rule's colour; elsewhere (a pipe, a file,
a test) the same content is plain text with visible markers: `[-removed-]{rule_id}` for a
removal and `[-before-+after+]{rule_id}` for an edit. Whitespace-only removals are shown as
symbols (`↵`, `·`) in both forms, since struck-through blanks cannot be seen.
"""

from __future__ import annotations

import colorsys
import json
import re
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.text import Text

from cleaner.model import Document
from cleaner.report.html import rule_hue

# In the change list, a removed or inserted text longer than this is shortened in the middle.
SHOW_CHARS = 80


def rule_colour(rule_id: str) -> str:
    """The rule's colour as #rrggbb: the hue of the HTML report, darker so it reads on a terminal."""
    r, g, b = colorsys.hls_to_rgb(rule_hue(rule_id) / 360.0, 0.55, 0.65)
    return f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"


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


def _change_lines(doc: Document, rules: dict[str, dict[str, Any]]) -> list[str]:
    lines = [f"-- {len(doc.changes)} change{'s' if len(doc.changes) != 1 else ''} --"]
    for n, c in enumerate(doc.changes, 1):
        what = f"removed {_short(c.removed)}" if not c.replacement else f"{_short(c.removed)} -> {_short(c.replacement)}"
        desc = (rules.get(c.rule) or {}).get("description")
        # A fitted model's removal says why: its score and the features that raised it most.
        why = f"  score {c.note['score']}: {', '.join(c.note['features'])}" if c.note and "features" in c.note else ""
        lines.append(visible(f"{n:>4}. {c.stage}/{c.rule} [{c.start}:{c.end}] {what}" + (f"  ({desc})" if desc else "") + why))
    for note in doc.notes:
        lines.append(visible(f"  note {note.get('stage')}/{note.get('rule')}: {note.get('message')}"))
    return lines


def explain_plain(docs: Sequence[Document], rules: dict[str, dict[str, Any]] | None = None) -> str:
    """The explanation as plain text with `[-…-]{rule_id}` markers."""
    rules = rules or {}
    out: list[str] = []
    for doc in docs:
        out.append(_header(doc))
        body: list[str] = []
        pos = 0
        for c in doc.changes:
            body.append(doc.original[pos : c.start])
            if c.replacement and c.end > c.start:
                body.append(f"[-{shown(c.removed)}-+{shown(c.replacement)}+]{{{c.rule}}}")
            elif c.replacement:
                body.append(f"[+{shown(c.replacement)}+]{{{c.rule}}}")
            else:
                body.append(f"[-{shown(c.removed)}-]{{{c.rule}}}")
            pos = c.end
        body.append(doc.original[pos:])
        out.append(visible("".join(body).rstrip("\n")))
        out.extend(_change_lines(doc, rules))
        out.append("")
    return "\n".join(out)


def explain_rich(docs: Sequence[Document], rules: dict[str, dict[str, Any]] | None = None) -> list[Text]:
    """The explanation as rich Text: removals struck through in the rule's colour, rule id after each."""
    rules = rules or {}
    out: list[Text] = []
    for doc in docs:
        out.append(Text(_header(doc), style="bold"))
        body = Text()
        pos = 0
        for c in doc.changes:
            body.append(visible(doc.original[pos : c.start]))
            colour = rule_colour(c.rule)
            if c.end > c.start:
                # Whitespace removals are invisible when struck: shown() makes them symbols.
                body.append(visible(shown(c.removed)), style=f"strike {colour}")
            if c.replacement:
                body.append(visible(shown(c.replacement)), style="bold green")
            body.append(f"{{{c.rule}}}", style=f"dim {colour}")
            pos = c.end
        body.append(visible(doc.original[pos:]))
        body.rstrip()
        out.append(body)
        for line in _change_lines(doc, rules):
            out.append(Text(line, style="dim" if line.startswith("--") else ""))
        out.append(Text(""))
    return out


def print_explain(docs: Sequence[Document], rules: dict[str, dict[str, Any]] | None = None,
                  console: Console | None = None) -> None:
    """Print the explanation on stdout: rich styles on a terminal, plain markers otherwise."""
    console = console or Console(highlight=False, soft_wrap=True)
    if console.is_terminal:
        for t in explain_rich(docs, rules):
            console.print(t)
    else:
        console.file.write(explain_plain(docs, rules))
