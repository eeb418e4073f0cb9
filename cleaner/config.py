"""Run settings. Defaults live here and nowhere else; the CLI only overrides what the user sets."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Config:
    # rules (boilerplate, metadata)
    rules_paths: list[str] = field(default_factory=list)
    disable: list[str] = field(default_factory=list)
    use_default_rules: bool = True
    punctuation: str = "keep"  # keep | cjk
    rule_timeout: float = 0.5  # seconds of regex matching one rule may spend on one document
    # repeats
    min_repeat_chars: int = 8  # paragraphs shorter than this (comparison key) may repeat freely
    near_repeat_threshold: float = 0.8  # Jaccard of character 3-grams
    template_min_docs: int = 3
    shared_paragraphs: str = "mark"  # keep | mark | drop
    shared_min_chars: int = 40
    site_key: str | None = None  # JSONL field holding the page URL whose host is the record's site
    # segmentation
    segment: bool = True
    # near-duplicates
    dedup: str = "drop"  # drop | mark | off
    threshold: float = 0.8
    num_perm: int = 128
    ngram: int = 5
    keep: str = "longest"  # longest | earliest | first | source-priority
    source_priority: list[str] = field(default_factory=list)
    opencc: bool = True
    index: str | None = None
    # input
    text_key: str = "text"
    html_key: str | None = None  # JSONL field holding a page's HTML
    id_key: str | None = None
    jobs: int = 1
    # engine: embedded (this process and --jobs workers) or dask (a Dask cluster; docs in README)
    engine: str = "embedded"  # embedded | dask
    scheduler: str | None = None  # tcp://HOST:8786; else DASK_SCHEDULER_ADDRESS; else a local cluster
    partition_mb: float = 64.0  # input bytes per Dask partition (a file is never split)
