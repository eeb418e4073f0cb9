"""Comparing two runs: which records changed, which removals appeared or vanished, per rule.

Built from the two runs' review data only (explain first, render later): documents are matched
by id, and a removal is the same in both runs when its stage, rule, offsets in the document's
original and replacement are the same. Whitespace-only changes (blank lines, trailing spaces)
are counted apart and left out of the lists unless asked for, as in the single-run report.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from cleaner.report.palette import is_whitespace_change
from cleaner.report.review import Review

ChangeKey = tuple[str, str, int, int, str]


def _key(c: dict[str, Any]) -> ChangeKey:
    return (c["stage"], c["rule"], c["start"], c["end"], c["replacement"])


def _removed_chars(c: dict[str, Any]) -> int:
    return max(0, (c["end"] - c["start"]) - len(c["replacement"]))


def _squash(text: str) -> str:
    return "".join(text.split())


def _record_fields(d: dict[str, Any]) -> dict[str, Any]:
    rec = dict(d.get("record") or {})
    rec["text"] = d["text"]
    rec["dropped"] = d.get("dropped")
    return rec


def compare_reviews(before: Review, after: Review, *, whitespace: bool = False,
                    names: tuple[str, str] = ("before", "after")) -> dict[str, Any]:
    """The difference of two runs as plain data (the HTML and Markdown views render it)."""
    b_docs = {d["id"]: d for d in before.docs}
    a_docs = {d["id"]: d for d in after.docs}
    ids = list(dict.fromkeys([*b_docs, *a_docs]))
    per_rule: dict[tuple[str, str], Counter[str]] = {}
    docs: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    for doc_id in ids:
        b, a = b_docs.get(doc_id), a_docs.get(doc_id)
        status = "added" if b is None else "removed" if a is None else "same"
        b_ch = {_key(c): c for c in (b or {}).get("changes", [])}
        a_ch = {_key(c): c for c in (a or {}).get("changes", [])}
        appeared = [a_ch[k] for k in a_ch if k not in b_ch] if b is not None and a is not None else []
        vanished = [b_ch[k] for k in b_ch if k not in a_ch] if b is not None and a is not None else []
        ws_moved = 0
        shown_app: list[dict[str, Any]] = []
        shown_van: list[dict[str, Any]] = []
        for kind, lst, out in (("appeared", appeared, shown_app), ("vanished", vanished, shown_van)):
            for c in lst:
                ws = is_whitespace_change(c["removed"], c["replacement"])
                ws_moved += ws
                tally = per_rule.setdefault((c["stage"], c["rule"]), Counter())
                tally[kind] += 1
                tally[f"{kind}_chars"] += _removed_chars(c)
                if whitespace or not ws:
                    out.append(c)
        fields: list[str] = []
        if b is not None and a is not None:
            fb, fa = _record_fields(b), _record_fields(a)
            fields = sorted(k for k in set(fb) | set(fa) if fb.get(k) != fa.get(k))
            if fields == ["text"] and _squash(fb["text"]) == _squash(fa["text"]):
                status = "whitespace"  # the text differs in blank lines or spaces only
            elif fields:
                status = "changed"
        counts[status] += 1
        if status == "same" and not shown_app and not shown_van:
            continue
        if status == "whitespace" and not whitespace and not shown_app and not shown_van:
            continue
        docs.append({
            "id": doc_id,
            "status": status,
            "source": (a or b or {}).get("source"),
            "fields": fields,
            "before": None if b is None else {"text": b["text"], "dropped": b.get("dropped"), "original": b["original"]},
            "after": None if a is None else {"text": a["text"], "dropped": a.get("dropped"), "original": a["original"]},
            "appeared": [_change_row(c) for c in shown_app],
            "vanished": [_change_row(c) for c in shown_van],
            "whitespace_hidden": 0 if whitespace else ws_moved,
        })
    rules = [
        {"stage": s, "rule": r, "appeared": t["appeared"], "vanished": t["vanished"],
         "appeared_chars": t["appeared_chars"], "vanished_chars": t["vanished_chars"]}
        for (s, r), t in sorted(per_rule.items(), key=lambda kv: (-(kv[1]["appeared"] + kv[1]["vanished"]), kv[0]))
    ]
    return {
        "names": list(names),
        "summaries": [before.summary or {}, after.summary or {}],
        "counts": {k: counts[k] for k in ("changed", "added", "removed", "whitespace", "same")},
        "documents": [len(before.docs), len(after.docs)],
        "rules": rules,
        "docs": docs,
        "whitespace": whitespace,
    }


def _change_row(c: dict[str, Any]) -> dict[str, Any]:
    return {"stage": c["stage"], "rule": c["rule"], "start": c["start"], "end": c["end"],
            "removed": c["removed"], "replacement": c["replacement"],
            "ws": is_whitespace_change(c["removed"], c["replacement"])}
