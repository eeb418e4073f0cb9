"""cleaner: turn raw scraped Chinese web articles into clean, deduplicated records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .api import Cleaner, RunResult, clean, clean_text
    from .config import Config
    from .model import Change, Document, Edit, replay
    from .schema import record_schema

__all__ = [
    "Change", "Cleaner", "Config", "Document", "Edit", "RunResult", "__version__", "clean", "clean_text",
    "record_schema", "replay",
]

# Imported on first use (PEP 562): `cleaner --help` and `import cleaner.cli` need none of the chain.
_LAZY = {
    "Cleaner": "api", "RunResult": "api", "clean": "api", "clean_text": "api", "Config": "config",
    "record_schema": "schema",
    "Change": "model", "Document": "model", "Edit": "model", "replay": "model",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'cleaner' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
