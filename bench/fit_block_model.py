"""Fit the block model's weights on labelled pages and write `rules/model/block_model.json`.

    python bench/fit_block_model.py LABELLED [LABELLED ...] [-o rules/model/block_model.json]
                                    [--budget 0.003] [--l2 10] [--folds 5]

LABELLED paths are the two formats `bench/accuracy.py` reads: a folder of `<id>.txt` pages
with `<id>.labels.json` per-line labels, or a `labels.yaml` of remove/keep snippets (a line
holding a `remove`/`no_line_equal` snippet is boilerplate, one holding a `keep` snippet is
content; other lines only give context). Each page goes through normalize, metadata and the
rules, as in the chain, and the model is fitted on the lines the rules leave, labelled from
the page line each one came from (found through the change log).

The model has two passes, fitted one after the other: the first on each line's own features,
the second on them and the neighbours' first-pass scores (`blockmodel.CONTEXT`).

One page in five (by a hash of its name, `accuracy.held_out`) is held out: weights and the
threshold are fitted on the rest, and the figures of both parts go into the file. The
threshold is the lowest (in steps of 0.01, never below one half) that removes no `keep`
snippet and at most `--budget` of the content characters both (a) of the fitted pages scored
by the weights fitted on them and (b) of the fitted pages of sure gold scored out of fold
(each by weights fitted without its group of `--folds` pages): calibrated on pages the model
has not seen, and never looser than what it does on the pages it learnt. With `--folds K`
(default 5) the script also cross-validates: every page is scored once by weights and a
threshold fitted and calibrated without its group, by page (`cross_validated`) and by
labelled set (`cross_validated_by_set`: each LABELLED argument scored by a model fitted on
the others), with the sums over pages of sure gold (`gold_doubtful` not set) beside them.
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
from cleaner.filters.blockmodel import (  # noqa: E402
    ALL_FEATURES,
    FEATURES,
    context_features,
    eligible,
    line_features,
    two_pass,
)
from cleaner.filters.boilerplate import Boilerplate, lifted_title  # noqa: E402
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
    lines: list[str]
    group: str = ""  # the LABELLED argument the page came from
    doubtful: bool = False  # its gold is marked doubtful: fitted and scored, not used to calibrate


# Weights of the first pass (own features) and the second (own features and neighbours' scores).
Model = tuple[np.ndarray, np.ndarray]


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
                out.append(_lines(p.name, lines, labels, snippet=False, group=arg, doubtful=p.doubtful, doc=doc))
        else:
            for sp in load_snippet_pages(path, section, None):
                doc = after_rules(sp.path.read_text(encoding="utf-8"), stages)
                lines, _ = page_lines(doc)
                out.append(_lines(sp.name, lines, [_snippet_label(sp, t) for t in lines], snippet=True, group=arg, doc=doc))
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


def _lines(
    name: str, lines: list[str], labels: list[int | None], snippet: bool, group: str, doubtful: bool = False,
    doc: Document | None = None,
) -> Lines:
    x = line_features(lines)
    # As the boilerplate stage asks: knowing where the metadata stage lifted the title from.
    ok = eligible(lines, *lifted_title(doc)) if doc is not None else eligible(lines)
    return Lines(name, held_out(name), x, labels, [len(norm(t)) for t in lines], ok, snippet, lines, group, doubtful)


def _logistic(pages: list[Lines], xs_of: list[np.ndarray], l2: float) -> np.ndarray:
    """Weighted L2-regularised logistic regression by Newton's method (deterministic) on the
    labelled eligible lines of `pages`, with `xs_of[i]` the feature rows of page i."""
    xs, ys, ws = [], [], []
    for p, px in zip(pages, xs_of, strict=True):
        for k, lab in enumerate(p.label):
            if lab is None or not p.eligible[k]:
                continue
            xs.append(px[k])
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


def _mask(p: Lines) -> np.ndarray:
    return np.asarray(p.eligible, dtype=np.float64)


def fit(pages: list[Lines], l2: float) -> Model:
    """Both passes: the first on each line's own features, the second on them and the context
    columns computed from the first pass's scores (as `BlockModel.scores` does)."""
    first = _logistic(pages, [p.x for p in pages], l2)
    with_context = [np.hstack([p.x, context_features(1.0 / (1.0 + np.exp(-(p.x @ first))) * _mask(p))]) for p in pages]
    return first, _logistic(pages, with_context, l2)


def probabilities(pages: list[Lines], model: Model) -> list[np.ndarray]:
    return [two_pass(p.x, _mask(p), *model)[0] for p in pages]


def outcome(pages: list[Lines], probs: list[np.ndarray], thr: float) -> dict[str, int]:
    """Characters of labelled lines the model would remove, and keep snippets it would touch."""
    r = {"content_chars": 0, "content_removed": 0, "boilerplate_chars": 0, "boilerplate_removed": 0, "keep_lines_removed": 0}
    for p, prob in zip(pages, probs, strict=True):
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


def choose_threshold(pages: list[Lines], probs: list[np.ndarray], budget: float, sure_only: bool = True) -> float:
    """The lowest threshold (in steps of 0.01, never below one half: a line goes only when the
    model finds boilerplate the likelier) at which the lines removed from `pages` hold no keep
    snippet and at most `budget` of their content characters. With `sure_only`, pages of
    doubtful gold do not count."""
    sure = [(p, q) for p, q in zip(pages, probs, strict=True) if not (sure_only and p.doubtful)]
    pp, qq = [p for p, _ in sure], [q for _, q in sure]
    best = 0.99
    for thr in np.round(np.arange(0.99, THRESHOLD_FLOOR - 0.005, -0.01), 2):
        r = outcome(pp, qq, float(thr))
        if r["keep_lines_removed"] or r["content_removed"] > budget * r["content_chars"]:
            break
        best = float(thr)
    return best


def fold_of(pages: list[Lines], folds: int, by: str) -> list[int]:
    """Each page's group: by a hash of its name into `folds` groups, or by the labelled set it came from."""
    if by == "set":
        sets = sorted({p.group for p in pages})
        return [sets.index(p.group) for p in pages]
    return [zlib.crc32(p.page.encode("utf-8")) % folds for p in pages]


def out_of_fold(pages: list[Lines], folds: int, by: str, l2: float) -> list[np.ndarray]:
    """Each page's probabilities from a model fitted without its group."""
    group = fold_of(pages, folds, by)
    probs: list[np.ndarray | None] = [None] * len(pages)
    for g in sorted(set(group)):
        train = [p for p, h in zip(pages, group, strict=True) if h != g]
        if not train:
            continue
        model = fit(train, l2)
        for i, p in enumerate(pages):
            if group[i] == g:
                probs[i] = probabilities([p], model)[0]
    # A group that is all the pages (a single set) has no model fitted without it: it scores itself.
    missing = [i for i, q in enumerate(probs) if q is None]
    if missing:
        own = probabilities([pages[i] for i in missing], fit(pages, l2))
        for i, q in zip(missing, own, strict=True):
            probs[i] = q
    return [q for q in probs if q is not None]


def calibrated(pages: list[Lines], folds: int, by: str, l2: float, budget: float) -> tuple[Model, float]:
    """Weights fitted on `pages` and a threshold that keeps content both on pages the model has
    not seen and on those it learnt. Held out: with `folds` groups, each page is scored by
    weights fitted without its group, and the threshold must keep content within `budget` on
    the pages of sure gold. Fitted: the pages scored by the weights fitted on all of them
    (doubtful gold too, a page unlike the others that the fit has learnt to leave alone)
    must keep it within `budget` as well. The higher of the two thresholds is taken."""
    model = fit(pages, l2)
    thr = choose_threshold(pages, probabilities(pages, model), budget, sure_only=False)
    if folds > 1:
        thr = max(thr, choose_threshold(pages, out_of_fold(pages, folds, by, l2), budget))
    return model, thr


def cross_validate(pages: list[Lines], folds: int, by: str, l2: float, budget: float) -> tuple[dict[str, int], dict[str, int]]:
    """Leave-pages-out cross-validation: pages fall into `folds` groups by a hash of their name
    (or into their labelled sets); each group is scored by weights and a threshold fitted and
    calibrated on the other groups alone. The sum over groups is what the model does on pages
    it was not fitted on; the second sum leaves out the pages of doubtful gold."""
    total: dict[str, int] = {}
    sure: dict[str, int] = {}
    group = fold_of(pages, folds, by)
    for g in sorted(set(group)):
        test = [p for p, h in zip(pages, group, strict=True) if h == g]
        train = [p for p, h in zip(pages, group, strict=True) if h != g]
        if not test or not train:
            continue
        model, thr = calibrated(train, folds, "page", l2, budget)
        for p, q in zip(test, probabilities(test, model), strict=True):
            for k, v in outcome([p], [q], thr).items():
                total[k] = total.get(k, 0) + v
                if not p.doubtful:
                    sure[k] = sure.get(k, 0) + v
    return total, sure


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("labelled", nargs="+")
    ap.add_argument("--section", default="pages")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "rules" / "model" / "block_model.json")
    ap.add_argument("--budget", type=float, default=0.003, help="share of content characters the model may remove")
    # Chosen by cross-validation among 0.3, 1, 3, 10 and 30: stronger than 1 generalises better
    # to pages left out, 30 starts to lose boilerplate on the fitted ones.
    ap.add_argument("--l2", type=float, default=10.0)
    ap.add_argument("--folds", type=int, default=5, help="groups of pages for leave-pages-out cross-validation (0: none)")
    args = ap.parse_args(argv)
    pages = collect(args.labelled, args.section)
    fitted = [p for p in pages if not p.held]
    held = [p for p in pages if p.held]
    model, thr = calibrated(fitted, args.folds, "page", args.l2, args.budget)
    first, second = model
    data = {
        "about": "Block model of the boilerplate stage: weights of two logistic regressions over the line features "
                 "of cleaner/filters/blockmodel.py (the second adds the neighbours' first-pass scores), "
                 "refit with bench/fit_block_model.py.",
        "threshold": thr,
        "weights": {f: round(float(b), 4) for f, b in zip(FEATURES, first, strict=True)},
        "context_weights": {f: round(float(b), 4) for f, b in zip(ALL_FEATURES, second, strict=True)},
        "fit": {
            "pages": len(fitted),
            "held_out_pages": len(held),
            "l2": args.l2,
            "budget": args.budget,
            "fitted": outcome(fitted, probabilities(fitted, model), thr),
            "held_out": outcome(held, probabilities(held, model), thr),
        },
    }
    if args.folds > 1:
        fit_data = data["fit"]
        assert isinstance(fit_data, dict)
        fit_data["folds"] = args.folds
        fit_data["cross_validated"], fit_data["cross_validated_sure_gold"] = cross_validate(
            pages, args.folds, "page", args.l2, args.budget)
        fit_data["cross_validated_by_set"], fit_data["cross_validated_by_set_sure_gold"] = cross_validate(
            pages, args.folds, "set", args.l2, args.budget)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"threshold {thr}")
    for part in ("fitted", "held_out", "cross_validated", "cross_validated_sure_gold",
                 "cross_validated_by_set", "cross_validated_by_set_sure_gold"):
        if part not in data["fit"]:  # type: ignore[operator]
            continue
        r = data["fit"][part]  # type: ignore[index]
        print(f"{part}: boilerplate removed {r['boilerplate_removed']}/{r['boilerplate_chars']} chars, "
              f"content removed {r['content_removed']}/{r['content_chars']} chars, keep lines removed {r['keep_lines_removed']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
