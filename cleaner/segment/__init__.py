"""Roundup segmentation: one record per institution (issue 6)."""

from .names import NameFinder, default_finder
from .sections import Roundup, Section, find_roundup, section_spans

__all__ = ["NameFinder", "Roundup", "Section", "default_finder", "find_roundup", "section_spans"]
