"""The record schema: one JSON Schema file shipped in the package, the contract of every output."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

SCHEMA_FILE = "data/schema/record.schema.json"


@cache
def _schema_text() -> str:
    return resources.files("cleaner").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one record; `$defs/dropped` is one line of the dups file."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema
