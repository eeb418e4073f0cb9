"""A Markdown summary of a run, sized for a pull-request comment: figures, changes per rule,
skipped inputs, duplicates and roundups split, as GitHub-flavoured tables."""

from __future__ import annotations

from collections import Counter
from typing import Any

from cleaner.report.review import Review

# A comment stays readable: long lists are cut with a line saying how many rows were left out.
MAX_ROWS = 50
# Summary keys every run has; any other key is a corpus pass's own figures.
_KNOWN = {"type", "inputs_read", "documents", "skipped", "empty", "records", "duplicates", "chars_in", "chars_out",
          "split", "changes", "notes", "note_counts", "notes_not_listed"}


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _table(header: list[str], align: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    for r in rows[:MAX_ROWS]:
        out.append("| " + " | ".join(r) + " |")
    if len(rows) > MAX_ROWS:
        out.append(f"\n… and {len(rows) - MAX_ROWS} more rows (open the HTML report for all).")
    return out


def _changes(review: Review) -> list[dict[str, Any]]:
    """Per (stage, rule) counts: the run summary's, or counted from the documents if it has none."""
    if review.summary and isinstance(review.summary.get("changes"), list):
        return list(review.summary["changes"])
    counts: Counter[tuple[str, str]] = Counter()
    chars: Counter[tuple[str, str]] = Counter()
    for d in review.docs:
        for c in d["changes"]:
            key = (c["stage"], c["rule"])
            counts[key] += 1
            chars[key] += max(0, (c["end"] - c["start"]) - len(c["replacement"]))
    return [{"stage": s, "rule": r, "count": n, "chars_removed": chars[(s, r)]} for (s, r), n in sorted(counts.items())]


def render_markdown(review: Review) -> str:
    """The Markdown summary of a loaded review."""
    s = review.summary or {}
    lines = ["## cleaner run", ""]
    docs = review.docs
    kept = [d for d in docs if not d.get("dropped")]
    chars_in, chars_out = s.get("chars_in"), s.get("chars_out")
    figures: list[tuple[str, Any]] = [
        ("inputs read", s.get("inputs_read")),
        # The same names and figures as the HTML report's cards and the run's summary on stderr.
        ("documents read", s.get("documents", len(docs))),
        ("skipped inputs", len(s.get("skipped", []))),
        ("empty inputs", len(s.get("empty", []))),
        ("documents in this report", len(docs)),
        ("records out", s.get("records", len(kept))),
        ("documents dropped", s.get("duplicates", len(docs) - len(kept))),
        ("roundups split", s.get("split", len(review.parents))),
    ]
    if chars_in:
        pct = 100.0 * (chars_in - (chars_out or 0)) / chars_in
        figures.append(("characters in / out", f"{chars_in} / {chars_out} ({pct:.1f}% removed)"))
    if not review.summary:
        figures.append(("note", "the run did not finish: figures counted from the documents written"))
    lines += _table(["figure", "value"], ["---", "---:"], [[k, _cell(v)] for k, v in figures if v is not None])

    changes = sorted(_changes(review), key=lambda c: (-c["chars_removed"], -c["count"], c["stage"], c["rule"]))
    lines += ["", "### Changes per rule", ""]
    if changes:
        lines += _table(
            ["stage", "rule", "changes", "chars removed"],
            ["---", "---", "---:", "---:"],
            [[_cell(c["stage"]), f"`{_cell(c['rule'])}`", str(c["count"]), str(c["chars_removed"])] for c in changes],
        )
    else:
        lines.append("No changes.")

    skipped = s.get("skipped", [])
    if skipped or s.get("empty"):
        lines += ["", "### Skipped inputs", ""]
        rows = [[_cell(k.get("source")), _cell(k.get("reason")), _cell(k.get("hint"))] for k in skipped]
        rows += [[_cell(e), "empty: no record", ""] for e in s.get("empty", [])]
        lines += _table(["input", "reason", "what to do"], ["---", "---", "---"], rows)

    dups = [d for d in docs if (d.get("record") or {}).get("metadata", {}).get("dup_of") is not None]
    if dups:
        lines += ["", "### Duplicates", ""]
        rows = []
        for d in sorted(dups, key=lambda d: (str(d["record"]["metadata"]["dup_of"]), d["id"])):
            meta = d["record"]["metadata"]
            sim = meta.get("similarity")
            rows.append([_cell(meta["dup_of"]), _cell(d["id"]), f"{sim:.3f}" if isinstance(sim, int | float) else _cell(sim),
                         "dropped" if d.get("dropped") else "marked"])
        lines += _table(["kept", "duplicate", "similarity", "action"], ["---", "---", "---:", "---"], rows)

    if review.parents:
        lines += ["", "### Roundups split", ""]
        rows = []
        for pid in sorted(review.parents):
            kids = [d for d in docs if d.get("parent_id") == pid]
            names = []
            for d in kids:
                inst = d["record"].get("institution")
                if inst:
                    names.append("、".join(inst) if isinstance(inst, list) else str(inst))
            rows.append([_cell(pid), str(len(kids)), _cell(" · ".join(names))])
        lines += _table(["roundup", "records", "institutions"], ["---", "---:", "---"], rows)

    # Figures contributed by corpus passes (template paragraphs, near-duplicate statistics, …).
    for key in sorted(k for k in s if k not in _KNOWN):
        value = s[key]
        lines += ["", f"### {_cell(key)}", ""]
        if isinstance(value, list) and value and all(isinstance(r, dict) for r in value):
            cols = list(dict.fromkeys(c for r in value for c in r))
            lines += _table(cols, ["---"] * len(cols), [[_cell(r.get(c)) for c in cols] for r in value])
        elif isinstance(value, dict):
            lines += _table(["figure", "value"], ["---", "---:"], [[_cell(k), _cell(v)] for k, v in sorted(value.items())])
        else:
            lines.append(_cell(value))

    notes = s.get("notes", [])
    if notes:
        lines += ["", "### Notes", ""]
        lines += _table(
            ["document", "stage", "rule", "note"],
            ["---", "---", "---", "---"],
            [[_cell(n.get("id")), _cell(n.get("stage")), f"`{_cell(n.get('rule'))}`", _cell(n.get("message"))] for n in notes],
        )
    more = s.get("notes_not_listed", 0)
    if more:
        lines += ["", f"{more} more notes are not listed here; every record holds its own notes (in the output "
                  "and the review file). Notes per rule:", ""]
        lines += _table(
            ["stage", "rule", "notes"],
            ["---", "---", "---:"],
            [[_cell(c["stage"]), f"`{_cell(c['rule'])}`", str(c["count"])] for c in s.get("note_counts", [])],
        )
    return "\n".join(lines) + "\n"


def _snippet(text: str, limit: int = 60) -> str:
    text = text.strip() or repr(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_compare_markdown(data: dict[str, Any]) -> str:
    """The comparison of two runs (`cleaner.report.compare.compare_reviews`) for a pull request."""
    before, after = data["names"]
    c = data["counts"]
    sb, sa = data["summaries"]
    lines = [f"## cleaner compare: `{_cell(before)}` → `{_cell(after)}`", ""]
    rows = [
        ["documents in the report", str(data["documents"][0]), str(data["documents"][1])],
        ["records out", _cell(sb.get("records")), _cell(sa.get("records"))],
        ["documents dropped", _cell(sb.get("duplicates")), _cell(sa.get("duplicates"))],
        ["characters out", _cell(sb.get("chars_out")), _cell(sa.get("chars_out"))],
    ]
    lines += _table(["", "before", "after"], ["---", "---:", "---:"], rows)
    lines += ["", f"Records changed: **{c['changed']}**, only after: **{c['added']}**, only before: "
              f"**{c['removed']}**, changed in whitespace only: {c['whitespace']}, unchanged: {c['same']}.", ""]
    if data["rules"]:
        lines += ["### Removals per rule", ""]
        lines += _table(
            ["stage", "rule", "appeared", "chars", "vanished", "chars"],
            ["---", "---", "---:", "---:", "---:", "---:"],
            [[r["stage"], f"`{r['rule']}`", str(r["appeared"]), str(r["appeared_chars"]), str(r["vanished"]),
              str(r["vanished_chars"])] for r in data["rules"]],
        )
        lines.append("")
    shown = [d for d in data["docs"] if d["status"] not in ("same", "whitespace") or d["appeared"] or d["vanished"]
             or data["whitespace"]]
    if shown:
        lines += ["### Documents", ""]
        rows = []
        for d in shown:
            moves = [f"+`{ch['rule']}` {_cell(_snippet(ch['removed']))}" for ch in d["appeared"]]
            moves += [f"−`{ch['rule']}` {_cell(_snippet(ch['removed']))}" for ch in d["vanished"]]
            if d["whitespace_hidden"]:
                moves.append(f"({d['whitespace_hidden']} whitespace-only)")
            rows.append([_cell(d["id"]), d["status"], _cell(", ".join(d["fields"])), "<br>".join(moves)])
        lines += _table(["document", "status", "fields changed", "removals appeared (+) / vanished (−)"],
                        ["---", "---", "---", "---"], rows)
    else:
        lines.append("No record and no removal differs.")
    return "\n".join(lines) + "\n"
