"""The HTML diff report: one self-contained file built from a run's review data.

The page holds the run's data once, as JSON in a `<script type="application/json">` block, and one
script that builds each view when it is opened (so a 10,000-document run opens quickly). Scraped
text never becomes markup: the JSON has `<`, `>`, `&`, U+2028 and U+2029 escaped, the script
inserts text with text nodes only, and a Content-Security-Policy allows only the page's own
script and style (by hash), so a document holding `<script>` or `onerror=` runs nothing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from importlib import resources
from typing import Any

from cleaner.io.write import AtomicFile
from cleaner.report.palette import rule_colours, tint
from cleaner.report.review import Review, load_review

_PLACEHOLDER = re.compile(r"\{\{(csp|style|data|script)\}\}")
# Characters that could end the data block or confuse an HTML or JS parser, as JSON escapes.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")


def _asset(name: str) -> str:
    return resources.files("cleaner.report").joinpath(name).read_text(encoding="utf-8")


def embed_json(data: Any) -> str:
    """JSON that is safe inside a `<script type="application/json">` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def report_data(review: Review) -> dict[str, Any]:
    """The compact structure the page script reads (see report.js).

    Rules and stages are listed once and referred to by index; a change is
    `[stage, rule, start, end, replacement]` in its document's original; a split record points
    into its roundup's text (`par`, `off`, `len`) instead of repeating it.
    """
    described = review.rules()
    stages: list[str] = []
    stage_ix: dict[str, int] = {}
    rules: list[dict[str, Any]] = []
    rule_ix: dict[str, int] = {}

    def stage_index(name: str) -> int:
        if name not in stage_ix:
            stage_ix[name] = len(stages)
            stages.append(name)
        return stage_ix[name]

    def rule_index(rule: str, stage: str) -> int:
        if rule not in rule_ix:
            info = described.get(rule)
            if info is None and "+" in rule:
                # Edits of several rules merged into one change: describe each part.
                parts = [described.get(p, {}).get("description") for p in rule.split("+")]
                desc = "; ".join(p for p in parts if p)
            else:
                desc = (info or {}).get("description") or ""
            rule_ix[rule] = len(rules)
            rules.append({"id": rule, "stage": (info or {}).get("stage") or stage, "description": desc,
                          "kind": (info or {}).get("kind")})
        return rule_ix[rule]

    # Stages in chain order (cleaner/chain.py), any other by name after them, so bars and
    # filters read in pipeline order.
    from cleaner.chain import stage_names

    chain = stage_names()
    used = {c["stage"] for d in review.docs for c in d["changes"]}
    for name in sorted(used, key=lambda s: (chain.index(s) if s in chain else len(chain), s)):
        stage_index(name)

    parents: list[dict[str, Any]] = []
    parent_ix: dict[str, int] = {}
    for pid in sorted(review.parents):
        p = review.parents[pid]
        parent_ix[pid] = len(parents)
        parents.append({"id": pid, "src": p.get("source"), "pieces": p["pieces"]})

    docs: list[dict[str, Any]] = []
    for d in review.docs:
        record = {k: v for k, v in (d.get("record") or {}).items() if k != "text"}
        out: dict[str, Any] = {
            "id": d["id"],
            "src": d.get("source") or "",
            "enc": d.get("encoding"),
            "kind": d.get("kind"),
            "dropped": d.get("dropped"),
            "ch": [
                [stage_index(c["stage"]), rule_index(c["rule"], c["stage"]), c["start"], c["end"], c["replacement"]]
                for c in sorted(d["changes"], key=lambda c: (c["start"], c["end"]))
            ],
            "notes": d.get("notes") or [],
            "rec": record,
        }
        if d.get("parent_id") is not None and d["parent_id"] in parent_ix:
            out.update(par=parent_ix[d["parent_id"]], off=d["offset"], len=d["length"])
        else:
            out["orig"] = d["original"]
        if d.get("replay_mismatch"):
            out["text"] = d["text"]
        docs.append(out)
    run = {k: v for k, v in review.run.items() if k in ("version", "inputs", "created", "format")}
    return {"run": run, "summary": review.summary, "stages": stages, "rules": rules, "docs": docs, "parents": parents}


def rule_css(rules: list[dict[str, Any]]) -> str:
    """One class per rule index: a tint of its palette colour behind removals and chips, the
    colour itself for bars and for the label at the start of each removal."""
    colours = rule_colours(r["id"] for r in rules)
    return "".join(
        f".r{i}{{background:{tint(colours[r['id']])}}}.bar.r{i},.tag.r{i}{{background:{colours[r['id']]}}}\n"
        for i, r in enumerate(rules)
    )


def render_html_string(review: Review) -> str:
    """The whole report page for a loaded review."""
    data = report_data(review)
    css = _asset("report.css")
    css += rule_css(data["rules"])
    script = _asset("report.js")
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(script)}; "
        f"style-src {_csp_hash(css)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    values = {"csp": csp, "style": css, "data": embed_json(data), "script": script}
    # One pass over the template only: placeholder-like text inside the data is never touched.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _asset("report.html"))


def render_html(review_path: str | os.PathLike[str], out_path: str | os.PathLike[str]) -> None:
    """Write the HTML report of the review file `review_path` to `out_path` (atomically)."""
    page = render_html_string(load_review(review_path))
    with AtomicFile(out_path) as f:
        f.write(page)


def render_compare_html_string(data: dict[str, Any]) -> str:
    """The comparison page of two runs (data from `cleaner.report.compare.compare_reviews`)."""
    rule_ids = sorted({r["rule"] for r in data["rules"]})
    rules = [{"id": r} for r in rule_ids]
    css = _asset("report.css") + rule_css(rules)
    script = _asset("compare.js")
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(script)}; "
        f"style-src {_csp_hash(css)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    values = {"csp": csp, "style": css, "data": embed_json({**data, "rule_ids": rule_ids}), "script": script}
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _asset("compare.html"))
