"""Rule colours: a fixed palette of well-separated colours, handed out in rule-id order.

A hash of the rule id gave near colours to different rules (four salmon rules in one report);
here the rules one report or explanation shows get distinct palette entries, in sorted order,
so the same set of rules is coloured the same way every time.
"""

from __future__ import annotations

from collections.abc import Iterable

# Thirty-two colours that stay apart on a light background and on a dark terminal: the Tableau 20
# set, then those of Kelly's colours of maximum contrast that are not near one of them. More
# rules than colours reuse them in order.
PALETTE: tuple[str, ...] = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
    "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5",
    "#f3c300", "#875692", "#be0032", "#c2b280", "#008856", "#0067a5", "#604e97", "#b3446c",
    "#dcd300", "#882d17", "#8db600", "#654522",
)


def rule_colours(rule_ids: Iterable[str]) -> dict[str, str]:
    """Each rule id its palette colour (#rrggbb): distinct for up to len(PALETTE) rules."""
    return {rid: PALETTE[i % len(PALETTE)] for i, rid in enumerate(sorted(set(rule_ids)))}


def tint(colour: str, alpha: float = 0.35) -> str:
    """The colour mixed with white, as #rrggbb: a background that dark text reads on."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 - (255 - v) * alpha) for v in (r, g, b)]
    return "#" + "".join(f"{v:02x}" for v in mix)


def is_whitespace_change(removed: str, replacement: str) -> bool:
    """A change that only touches blanks (blank lines, trailing spaces, line endings)."""
    return not removed.strip() and not replacement.strip()
