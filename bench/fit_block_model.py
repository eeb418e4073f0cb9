"""Fit the block model's weights on labelled pages and write `rules/model/block_model.json`.

    python bench/fit_block_model.py LABELLED [LABELLED ...] [-o rules/model/block_model.json]
                                    [--budget 0.002] [--l2 1.0]

LABELLED paths are the two formats `bench/accuracy.py` reads: a folder of `<id>.txt` pages
with `<id>.labels.json` per-line labels, or a `labels.yaml` of remove/keep snippets (a line
holding a `remove`/`no_line_equal` snippet is boilerplate, one holding a `keep` snippet is
content; other lines only give context). Each page goes through normalize, metadata and the
rules, as in the chain, and the model is fitted on the lines the rules leave, labelled from
the page line each one came from (found through the change log).

One page in five (by a hash of its name, `accuracy.held_out`) is held out: weights and the
threshold are fitted on the rest, and the figures of both parts go into the file. With
`--folds K` (default 5) the script also cross-validates, leaving pages out: every page is
scored once by a model fitted without it (and without the other pages of its group), and
the sums go into the file as `cross_validated`. The
threshold is the lowest that keeps the content characters the model would remove on the
fitted pages under `--budget` (a share of their content), with no `keep` snippet touched.
Deterministic: the same pages give the same file.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from accuracy import SnippetPage, held_out, load_line_pages, load_snippet_pages, norm  # noqa: E402

from cleaner.config import Config  # noqa: E402
from cleaner.filters.blockmodel import FEATURES, eligible, line_features  # noqa: E402
from cleaner.filters.boilerplate import Boilerplate  # noqa: E402
from cleaner.filters.metadata import Metadata  # noqa: E402
from cleaner.filters.normalize import Normalize  # noqa: E402
from cleaner.model import Document  # noqa: E402

# Weight of a snippet-labelled line against a per-line-labelled one: those pages label few
# lines each, and they are the kinds (hospital, commission, portal pages) the tool serves.
SNIPPET_WEIGHT = 3.0
THRESHOLD_FLOOR = 0.5


@dataclass
class Lines:
    page: str
    held: bool
    x: np.ndarray
    label: list[int | None]  # 1 boilerplate, 0 content, None unknown
    chars: list[int]
    eligible: list[bool]
    snippet: bool


def after_rules(text: str, stages: list) -> Document:  # type: ignore[type-arg]
    doc = Document(id="fit", source="fit", original=text)
    for st in stages:
        out = st.run(doc)
        if not out:
            return Document(id="fit", source="fit", original="", text="")
        (doc,) = out
    return doc


def page_lines(doc: Document) -> tuple[list[str], list[int]]:
    """Non-blank lines of the cleaned text and the offset in the original each starts at."""
    lines, offs = [], []
    pos = 0
    for ln in doc.text.split("\n"):
        if ln.strip():
            lines.append(ln.strip())
            lead = len(ln) - len(ln.lstrip())
            offs.append(doc.original_offset(pos + lead))
        pos += len(ln) + 1
    return lines, offs


def collect(paths: list[str], section: str) -> list[Lines]:
    cfg = Config(disable=["block_model"])
    stages = [Normalize(cfg), Metadata(cfg), Boilerplate(cfg)]
    out: list[Lines] = []
    for arg in paths:
        path = Path(arg)
        if path.is_dir():
            for p in load_line_pages(path):
                text = p.path.read_text(encoding="utf-8")
                starts = [0]
                for ln in text.split("\n")[:-1]:
                    starts.append(starts[-1] + len(ln) + 1)
                doc = after_rules(text, stages)
                lines, offs = page_lines(doc)
                labels: list[int | None] = []
                for o in offs:
                    lab = p.labels.get(bisect.bisect_right(starts, o))
                    labels.append(1 if lab == "boilerplate" else 0 if lab == "content" else None)
                out.append(_lines(p.name, lines, labels, snippet=False))
        else:
            for sp in load_snippet_pages(path, section, None):
                doc = after_rules(sp.path.read_text(encoding="utf-8"), stages)
                lines, _ = page_lines(doc)
                out.append(_lines(sp.name, lines, [_snippet_label(sp, t) for t in lines], snippet=True))
    return out


def _snippet_label(sp: SnippetPage, line: str) -> int | None:
    t = norm(line)
    if not t:
        return None
    if any(norm(s) in t for s in sp.keep):
        return 0
    if any(norm(s) in t for s in sp.remove) or any(norm(s) == t for s in sp.no_line_equal):
        return 1
    return None


def _lines(name: str, lines: list[str], labels: list[int | None], snippet: bool) -> Lines:
    x = line_features(lines)
    return Lines(name, held_out(name), x, labels, [len(norm(t)) for t in lines], eligible(lines), snippet)


def fit(pages: list[Lines], l2: float) -> np.ndarray:
    """Weighted L2-regularised logistic regression by Newton's method (deterministic)."""
    xs, ys, ws = [], [], []
    for p in pages:
        for k, lab in enumerate(p.label):
            if lab is None or not p.eligible[k]:
                continue
            xs.append(p.x[k])
            ys.append(lab)
            # Characters are what is scored, but a long line should not drown a hundred short ones.
            ws.append(np.sqrt(max(p.chars[k], 1)) * (SNIPPET_WEIGHT if p.snippet else 1.0))
    x, y, w = np.array(xs), np.array(ys, dtype=float), np.array(ws)
    beta = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 0.0  # no penalty on the bias
    for _ in range(50):
        prob = 1.0 / (1.0 + np.exp(-(x @ beta)))
        grad = x.T @ (w * (prob - y)) + reg * beta
        hess = (x * (w * prob * (1 - prob))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return beta


def outcome(pages: list[Lines], beta: np.ndarray, thr: float) -> dict[str, int]:
    """Characters of labelled lines the model would remove, and keep snippets it would touch."""
    r = {"content_chars": 0, "content_removed": 0, "boilerplate_chars": 0, "boilerplate_removed": 0, "keep_lines_removed": 0}
    for p in pages:
        prob = 1.0 / (1.0 + np.exp(-(p.x @ beta)))
        for k, lab in enumerate(p.label):
            gone = int(p.eligible[k] and bool(prob[k] > thr))
            if lab == 0:
                if p.snippet:
                    r["keep_lines_removed"] += int(gone)
                else:
                    r["content_chars"] += p.chars[k]
                    r["content_removed"] += p.chars[k] * gone
            elif lab == 1 and not p.snippet:
                r["boilerplate_chars"] += p.chars[k]
                r["boilerplate_removed"] += p.chars[k] * gone
    return r


def choose_threshold(pages: list[Lines], beta: np.ndarray, budget: float) -> float:
    best = 0.99
    # Never below one half: a line goes only when the model finds boilerplate the likelier.
    for thr in np.round(np.arange(0.99, THRESHOLD_FLOOR - 0.005, -0.01), 2):
        r = outcome(pages, beta, float(thr))
        if r["keep_lines_removed"] or r["content_removed"] > budget * r["content_chars"]:
            break
        best = float(thr)
    return best


def cross_validate(pages: list[Lines], folds: int, l2: float, budget: float) -> dict[str, int]:
    """Leave-pages-out cross-validation: pages fall into `folds` groups by a hash of their name;
    each group is scored by weights and a threshold fitted on the other groups alone. The sum
    over groups is what the model does on pages it was not fitted on."""
    total: dict[str, int] = {}
    for f in range(folds):
        test = [p for p in pages if zlib.crc32(p.page.encode("utf-8")) % folds == f]
        train = [p for p in pages if zlib.crc32(p.page.encode("utf-8")) % folds != f]
        if not test or not train:
            continue
        beta = fit(train, l2)
        thr = choose_threshold(train, beta, budget)
        for k, v in outcome(test, beta, thr).items():
            total[k] = total.get(k, 0) + v
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("labelled", nargs="+")
    ap.add_argument("--section", default="pages")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "rules" / "model" / "block_model.json")
    ap.add_argument("--budget", type=float, default=0.002, help="share of content characters the model may remove")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--folds", type=int, default=5, help="groups of pages for leave-pages-out cross-validation (0: none)")
    args = ap.parse_args(argv)
    pages = collect(args.labelled, args.section)
    fitted = [p for p in pages if not p.held]
    held = [p for p in pages if p.held]
    beta = fit(fitted, args.l2)
    thr = choose_threshold(fitted, beta, args.budget)
    data = {
        "about": "Block model of the boilerplate stage: weights of a logistic regression over the line features "
                 "of cleaner/filters/blockmodel.py, refit with bench/fit_block_model.py.",
        "threshold": thr,
        "weights": {f: round(float(b), 4) for f, b in zip(FEATURES, beta, strict=True)},
        "fit": {
            "pages": len(fitted),
            "held_out_pages": len(held),
            "l2": args.l2,
            "budget": args.budget,
            "fitted": outcome(fitted, beta, thr),
            "held_out": outcome(held, beta, thr),
        },
    }
    if args.folds > 1:
        data["fit"]["folds"] = args.folds  # type: ignore[index]
        data["fit"]["cross_validated"] = cross_validate(pages, args.folds, args.l2, args.budget)  # type: ignore[index]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for part in ("fitted", "held_out", "cross_validated"):
        if part not in data["fit"]:  # type: ignore[operator]
            continue
        r = data["fit"][part]  # type: ignore[index]
        print(f"{part}: boilerplate removed {r['boilerplate_removed']}/{r['boilerplate_chars']} chars, "
              f"content removed {r['content_removed']}/{r['content_chars']} chars, keep lines removed {r['keep_lines_removed']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
