"""Rule colours: one fixed colour per rule id, the same in every report, explanation and comparison.

A hash of the rule id gave near colours to different rules (four salmon rules in one report), and
handing colours out in the order of one report's rules gave a rule another colour in the next
report or in the comparison of two runs. Here every id the cleaner knows (the stages' own ids in
chain order, then the packaged rules in file order) has its own entry of a fixed palette: a
curated set of well-separated colours first, then colours spread around the hue circle. An id of a user's rule file takes an entry by a hash of its name. Adding a packaged
rule can move the colours of the rules after it; within one version every id keeps its colour. A user's
id takes one of the entries no packaged id holds, so it never shares a colour with one.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from functools import lru_cache

# Thirty-two colours that stay apart on a light background and on a dark terminal: the Tableau 20
# set, then those of Kelly's colours of maximum contrast that are not near one of them.
CURATED: tuple[str, ...] = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
    "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5",
    "#f3c300", "#875692", "#be0032", "#c2b280", "#008856", "#0067a5", "#604e97", "#b3446c",
    "#dcd300", "#882d17", "#8db600", "#654522",
)


# More, for the rest of the ids: colours stepped by the golden angle around the hue circle
# at three lightnesses and two saturations, each kept only if it is at least 28 apart (RGB
# distance) from every colour before it, so no two entries look alike.
SPREAD: tuple[str, ...] = (
    "#ad5b1f", "#3cddae", "#e87de8", "#7d9e2e", "#4d81cb", "#dd8893", "#863cdd", "#2e999e", "#cb4da1", "#1f2aad",
    "#dd5e3c", "#7de8b3", "#872e9e", "#c0cb4d", "#88bddd", "#ad1f4d", "#42dd3c", "#987de8", "#3c6add", "#2e9e4f",
    "#984dcb", "#dd3c92", "#cb784d", "#a31fad", "#4dcb59", "#ad7f1f", "#3cddd7", "#609e2e", "#af3cdd", "#cb4d80",
    "#dd873c", "#a0cb4d", "#ad1f29", "#b47de8", "#4dbfcb", "#4dad1f", "#3c41dd", "#e8997d", "#2e9e6c", "#dd3c69",
    "#7de87e", "#502e9e", "#cb984d", "#88ddd3", "#91dd3c", "#7d96e8", "#4dcb79", "#ada41f", "#5a4dcb", "#1fad80",
    "#d83cdd", "#2e609e", "#ddb03c", "#9e2e7c", "#80cb4d", "#3cdd88", "#4d9fcb", "#cb4dbf", "#bcdd88", "#1f4cad",
    "#dd3c40", "#68dd3c", "#4dcb99", "#3c90dd", "#ddbf88", "#ddd93c", "#3b1fad", "#ad1f91", "#ad3b1f", "#90ad1f",
    "#b1dd3c", "#3cdd68", "#3cb0dd", "#cb4d59", "#641fad", "#693cdd", "#1fadac", "#dd3caf", "#cc88dd", "#784dcb",
    "#cee967", "#67e9e4", "#676ce9", "#96472c", "#e9678c", "#ade967", "#79d899", "#67cde9", "#962c60", "#8179d8",
    "#e9c567", "#e9676b", "#67ace9", "#67e9c5", "#29e04a", "#e98567", "#6ae967", "#e967ab", "#c667e9", "#4b29e0",
    "#6faa18", "#2f2c96", "#962c43", "#aa186d", "#96662c", "#2ce029", "#292be0", "#18aa5c", "#1aaa18", "#96892c",
    "#d8797b", "#18aa3f", "#e029ca", "#c9e029", "#90e967", "#2c7d96",
    "#72c3ca", "#ca72aa", "#91ca72", "#5a5eaf", "#af6e5a", "#1d8755", "#ba72ca", "#7b871d", "#72a6ca", "#73ca72",
    "#af8b5a", "#1d8778", "#871d76", "#57871d", "#5aaf76", "#5e1d87",
    "#bacf6e", "#cf9a6e", "#b2343b", "#b29134", "#b26d34", "#34b292",
    "#801bbb", "#33bb1b", "#1b93bb", "#bb1bbb", "#479b3b", "#3b469b", "#59cfb2", "#cfb359", "#c4646b", "#646fc4",
    "#64c489", "#c46491", "#c64b39", "#55c639", "#3955c6", "#8f20df", "#dfc720", "#df2087", "#50df20", "#df6020",
    "#20df98", "#cf20df", "#207fdf", "#df2047", "#6820df", "#dfa020", "#20dfd8", "#df20af", "#77df20", "#20df70",
)

PALETTE: tuple[str, ...] = CURATED + SPREAD


@lru_cache(maxsize=1)
def known_rule_ids() -> tuple[str, ...]:
    """Every rule id of this version in a fixed order: stage ids in chain order, the block model's,
    then the packaged rule files' ids in file order."""
    from cleaner.rules import MODEL_IDS, default_rules_dir, load_rule_file, rule_files
    from cleaner.stage_rules import NOT_DISABLEABLE, stage_rule_ids

    ids = [*stage_rule_ids(), *NOT_DISABLEABLE, *MODEL_IDS]
    try:
        ids += [r.id for f in rule_files(default_rules_dir()) for r in load_rule_file(f)]
    except Exception:  # noqa: BLE001 (a broken packaged rule file is reported by `clean`; colours stay usable)
        pass
    return tuple(dict.fromkeys(ids))


@lru_cache(maxsize=1)
def _slots() -> dict[str, int]:
    return {rid: i for i, rid in enumerate(known_rule_ids())}


def rule_colour_of(rule_id: str) -> str:
    """The rule's palette colour (#rrggbb), the same wherever the rule is shown."""
    slot = _slots().get(rule_id)
    if slot is None:
        # A user's rule: an entry no packaged id holds, by a hash of its name (while any is left).
        known = len(_slots())
        free = len(PALETTE) - known
        crc = zlib.crc32(rule_id.encode("utf-8"))
        slot = known + crc % free if free > 0 else crc
    return PALETTE[slot % len(PALETTE)]


def rule_colours(rule_ids: Iterable[str]) -> dict[str, str]:
    """Each rule id its palette colour: distinct for every id the cleaner knows, whatever else is shown."""
    return {rid: rule_colour_of(rid) for rid in sorted(set(rule_ids))}


def tint(colour: str, alpha: float = 0.35) -> str:
    """The colour mixed with white, as #rrggbb: a background that dark text reads on."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 - (255 - v) * alpha) for v in (r, g, b)]
    return "#" + "".join(f"{v:02x}" for v in mix)


def is_whitespace_change(removed: str, replacement: str) -> bool:
    """A change that only touches blanks (blank lines, trailing spaces, line endings)."""
    return not removed.strip() and not replacement.strip()
