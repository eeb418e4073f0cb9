"""Roundup segmentation: one record per institution (issue 6)."""

from .names import NameFinder, default_finder
from .sections import Roundup, Section, find_roundup, section_spans
from .stage import Segment, slice_changes

__all__ = [
    "NameFinder",
    "Roundup",
    "Section",
    "Segment",
    "default_finder",
    "find_roundup",
    "section_spans",
    "slice_changes",
]
