"""cleaner: turn raw scraped Chinese web articles into clean, deduplicated records."""

__version__ = "0.1.0"

from .api import Cleaner, RunResult, clean, clean_text  # noqa: E402
from .config import Config  # noqa: E402
from .model import Change, Document, Edit, replay  # noqa: E402
from .schema import record_schema  # noqa: E402

__all__ = ["Change", "Cleaner", "Config", "Document", "Edit", "RunResult", "__version__", "clean", "clean_text", "record_schema", "replay"]
