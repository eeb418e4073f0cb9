"""How well the chain removes boilerplate and keeps content on labelled real pages.

    python bench/accuracy.py LABELLED [LABELLED ...] [--disable ID] [--part all|fitted|held-out] [--quiet]

Each LABELLED path is one of the two label formats:

- a folder of `<id>.txt` pages, each with `<id>.labels.json` giving a label per line
  (`content`, `boilerplate`; other labels are not scored). Figures are characters
  (whitespace left out): content kept, boilerplate removed;
- a `labels.yaml` whose section (`--section`, default `pages`) maps page file names (in the
  folder `pages/` beside it, or `--pages DIR`) to `remove:` / `no_line_equal:` snippets that
  must be gone and `keep:` snippets that must stay. Figures are items.

The chain runs in-process with the default config (plus `--disable`), exactly as
`cleaner clean` runs it. Which characters were kept is read from each record's change log
(its offset in the page and the removals logged against it), not guessed by re-aligning text.
`--part fitted` / `held-out` scores only the pages the shipped block model was fitted on, or
held out from its fit (the model file lists them). Prints a line per page, then the totals.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from cleaner.api import clean  # noqa: E402
from cleaner.config import Config  # noqa: E402
from cleaner.model import Document  # noqa: E402

# Held-out pages: one in five by a hash of the page name, the same on every machine.
HOLD_OUT_ONE_IN = 5


def held_out(name: str) -> bool:
    """Whether a page is held out from the block model's fit (deterministic, by name)."""
    return zlib.crc32(Path(name).name.encode("utf-8")) % HOLD_OUT_ONE_IN == 0


def norm(s: str) -> str:
    """NFKC without any whitespace: how labels and output are compared."""
    return "".join(unicodedata.normalize("NFKC", s).split())


@dataclass
class LinePage:
    """A page with a label per line (1-based line numbers of the page text)."""

    name: str
    path: Path
    labels: dict[int, str]
    # The labels file says its gold is doubtful (`gold_doubtful`): scored, but not trusted to calibrate.
    doubtful: bool = False


@dataclass
class SnippetPage:
    name: str
    path: Path
    remove: list[str] = field(default_factory=list)
    no_line_equal: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)


def load_line_pages(folder: Path) -> list[LinePage]:
    pages = []
    for lab in sorted(folder.glob("*.labels.json")):
        page = lab.with_name(lab.name[: -len(".labels.json")] + ".txt")
        if not page.is_file():
            raise SystemExit(f"{lab}: no page {page.name} beside it; the folder needs <id>.txt for each <id>.labels.json")
        data = json.loads(lab.read_text(encoding="utf-8"))
        labels = {int(x["n"]): str(x["label"]) for x in data["lines"]}
        pages.append(LinePage(page.name, page, labels, bool(data.get("gold_doubtful"))))
    return pages


def load_snippet_pages(labels: Path, section: str, pages_dir: Path | None) -> list[SnippetPage]:
    data = yaml.safe_load(labels.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get(section), dict):
        raise SystemExit(f"{labels}: no `{section}:` mapping of page names to labels; pass --section")
    folder = pages_dir or labels.parent / section
    out = []
    for name, lab in sorted(data[section].items()):
        p = folder / name
        if not p.is_file():
            raise SystemExit(f"{labels}: page {name} is not in {folder}; pass --pages DIR")
        out.append(SnippetPage(
            name, p,
            [str(x) for x in lab.get("remove") or []],
            [str(x) for x in lab.get("no_line_equal") or []],
            [str(x) for x in lab.get("keep") or []],
        ))
    return out


def run_chain(paths: Iterable[Path], config: Config) -> dict[str, list[Document]]:
    """Kept records of the chain per page file name (dropped documents keep nothing)."""
    result = clean([str(p) for p in paths], config)
    out: dict[str, list[Document]] = defaultdict(list)
    for d in result.documents:
        out[Path(d.source).name].append(d)
    return out


def kept_mask(original: str, docs: list[Document]) -> list[bool]:
    """Which characters of the page text some record keeps, from the records' change logs."""
    kept = [False] * len(original)
    for d in docs:
        base = d.offset
        mask = [True] * len(d.original)
        for c in d.changes:
            if not c.replacement.strip():
                for k in range(c.start, c.end):
                    mask[k] = False
        for k, m in enumerate(mask):
            if m and base + k < len(kept):
                kept[base + k] = True
    return kept


def removed_by(original: str, docs: list[Document]) -> dict[int, str]:
    """Offset in the page -> the rule that removed it (first record that logged one)."""
    out: dict[int, str] = {}
    for d in docs:
        for c in d.changes:
            if not c.replacement.strip():
                for k in range(c.start, c.end):
                    out.setdefault(d.offset + k, c.rule)
    return out


def score_lines(pages: list[LinePage], config: Config, quiet: bool, show: str | None) -> tuple[int, int, int, int]:
    records = run_chain([p.path for p in pages], config)
    tc = tck = tb = tbr = 0
    for p in pages:
        text = p.path.read_text(encoding="utf-8")
        docs = records.get(p.name, [])
        kept = kept_mask(text, docs)
        who = removed_by(text, docs) if show else {}
        c = ck = b = br = 0
        pos = 0
        for n, line in enumerate(text.split("\n"), 1):
            label = p.labels.get(n)
            chars = [k for k in range(pos, pos + len(line)) if not line[k - pos].isspace()]
            pos += len(line) + 1
            if label not in ("content", "boilerplate"):
                continue
            k = sum(kept[x] for x in chars)
            if label == "content":
                c += len(chars)
                ck += k
                if show in ("lost", "both") and k < len(chars):
                    rules = Counter(who.get(x, "?") for x in chars if not kept[x])
                    print(f"  LOST {p.name}:{n} [{','.join(rules)}] {line.strip()[:70]}")
            else:
                b += len(chars)
                br += len(chars) - k
                if show in ("kept", "both") and k == len(chars):
                    print(f"  KEPT {p.name}:{n} {line.strip()[:70]}")
        if not quiet:
            print(f"{p.name}: content kept {_pct(ck, c)}, boilerplate removed {_pct(br, b)}")
        tc, tck, tb, tbr = tc + c, tck + ck, tb + b, tbr + br
    return tc, tck, tb, tbr


def score_snippets(pages: list[SnippetPage], config: Config, quiet: bool, show: str | None) -> tuple[int, int, int, int]:
    records = run_chain([p.path for p in pages], config)
    rem = rem_ok = keep = keep_ok = 0
    for p in pages:
        docs = records.get(p.name, [])
        joined = "\x00".join(norm(d.text) for d in docs)
        out_lines = {norm(ln) for d in docs for ln in d.text.split("\n")}
        r_ok = sum(norm(s) not in joined for s in p.remove) + sum(norm(s) not in out_lines for s in p.no_line_equal)
        r_all = len(p.remove) + len(p.no_line_equal)
        k_ok = sum(norm(s) in joined for s in p.keep)
        if show:
            for s in p.remove:
                if norm(s) in joined and show in ("kept", "both"):
                    print(f"  KEPT {p.name}: {s}")
            for s in p.no_line_equal:
                if norm(s) in out_lines and show in ("kept", "both"):
                    print(f"  KEPT {p.name}: (line) {s}")
            for s in p.keep:
                if norm(s) not in joined and show in ("lost", "both"):
                    print(f"  LOST {p.name}: {s}")
        if not quiet:
            print(f"{p.name}: remove {r_ok}/{r_all}, keep {k_ok}/{len(p.keep)}")
        rem, rem_ok, keep, keep_ok = rem + r_all, rem_ok + r_ok, keep + len(p.keep), keep_ok + k_ok
    return rem, rem_ok, keep, keep_ok


def _pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:.1f}%" if b else "n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("labelled", nargs="+", help="a folder of <id>.txt + <id>.labels.json, or a labels.yaml")
    ap.add_argument("--section", default="pages", help="section of a labels.yaml (default: pages)")
    ap.add_argument("--pages", type=Path, help="folder of the pages a labels.yaml names (default: <section>/ beside it)")
    ap.add_argument("--disable", action="append", default=[], help="switch off a rule id (or block_model); repeatable")
    ap.add_argument("--part", choices=("all", "fitted", "held-out"), default="all",
                    help="only the pages the block model was fitted on, or held out from its fit")
    ap.add_argument("--show", choices=("kept", "lost", "both"), help="list boilerplate kept and/or content lost")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    args = ap.parse_args(argv)
    config = Config(disable=list(args.disable))

    def chosen(name: str) -> bool:
        return args.part == "all" or held_out(name) == (args.part == "held-out")

    code = 0
    for arg in args.labelled:
        path = Path(arg)
        if path.is_dir():
            lpages = [p for p in load_line_pages(path) if chosen(p.name)]
            if not lpages:
                print(f"{path}: no <id>.labels.json pages here (or none in --part {args.part})", file=sys.stderr)
                code = 1
                continue
            c, ck, b, br = score_lines(lpages, config, args.quiet, args.show)
            print(f"lines {path} ({len(lpages)} pages, {args.part}): content kept {_pct(ck, c)} "
                  f"({ck}/{c} chars), boilerplate removed {_pct(br, b)} ({br}/{b} chars)")
        elif path.is_file():
            spages = [p for p in load_snippet_pages(path, args.section, args.pages) if chosen(p.name)]
            rem, rem_ok, keep, keep_ok = score_snippets(spages, config, args.quiet, args.show)
            print(f"snippets {path} ({len(spages)} pages, {args.part}): remove {rem_ok}/{rem} ({_pct(rem_ok, rem)}), "
                  f"keep {keep_ok}/{keep} ({_pct(keep_ok, keep)})")
        else:
            print(f"{path}: no such folder or labels file; give a folder of *.labels.json pages or a labels.yaml",
                  file=sys.stderr)
            code = 2
    return code




if __name__ == "__main__":
    sys.exit(main())
