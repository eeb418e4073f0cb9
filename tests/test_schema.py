"""The record schema: one type per field in every record, a JSON Schema that says so, and outputs
that the data stack (pandas, pyarrow, HF datasets) loads without guessing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import cleaner
from cleaner.check import canonical_record
from cleaner.config import Config

from .helpers import ROOT, records, run_cli

SAMPLE_OUTPUTS = sorted((ROOT / "samples").glob("*/expected.jsonl"))


def _validators() -> tuple[jsonschema.Draft202012Validator, jsonschema.Draft202012Validator]:
    schema = cleaner.record_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    record = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    dropped = jsonschema.Draft202012Validator({**schema, "$ref": "#/$defs/dropped", "unevaluatedProperties": False})
    return record, dropped


def _check(rec: dict[str, Any], where: str) -> None:
    record_v, dropped_v = _validators()
    v = dropped_v if "dropped_by" in rec else record_v
    errors = [f"{where}: {'/'.join(map(str, e.absolute_path)) or '(record)'}: {e.message}" for e in v.iter_errors(rec)]
    assert not errors, "\n".join(errors)


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One CLI run over every sample input: roundups, JSONL input with carried fields, a near-duplicate."""
    out = tmp_path_factory.mktemp("schema")
    inputs = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "samples").glob("*/input"))
    res = run_cli("clean", *inputs, "-o", str(out / "clean.jsonl"), "-q")
    assert res.returncode == 0, res.stderr.decode()
    return out


def test_every_approved_sample_output_matches_the_schema() -> None:
    assert len(SAMPLE_OUTPUTS) >= 10
    for path in SAMPLE_OUTPUTS:
        for n, rec in enumerate(records(path), 1):
            _check(rec, f"{path.relative_to(ROOT)}:{n}")


def test_records_and_dups_of_a_run_match_the_schema(run_dir: Path) -> None:
    recs = records(run_dir / "clean.jsonl")
    dups = records(run_dir / "clean.dups.jsonl")
    assert len(recs) > 20 and dups
    for rec in recs:
        _check(rec, rec["id"])
    for rec in dups:
        assert "dropped_by" in rec
        _check(rec, rec["id"])


def test_every_field_has_one_type_in_every_record(run_dir: Path) -> None:
    recs = records(run_dir / "clean.jsonl")
    required = cleaner.record_schema()["$defs"]["record_fields"]["required"]
    for rec in recs:
        assert set(required) <= set(rec), rec["id"]
        assert isinstance(rec["institution"], list)
        assert isinstance(rec["authors"], list)
    roundup = [r for r in recs if r["parent_id"]]
    plain = [r for r in recs if not r["parent_id"]]
    assert roundup and plain
    assert all(isinstance(n, str) for r in roundup for n in r["institution"])
    assert sum(1 for r in roundup if r["institution"]) >= 8
    assert all(r["institution"] == [] for r in plain)


def test_the_schema_rejects_the_old_mixed_types() -> None:
    doc = cleaner.clean([str(ROOT / "samples/seed_002/input")]).documents[0]
    rec = canonical_record(doc)
    _check(rec, rec["id"])
    record_v, _ = _validators()
    for bad in (
        {**rec, "institution": "大足区人民医院"},  # a string where other records hold a list
        {**rec, "published": "2024年5月20日"},  # not ISO
        {**rec, "metadata": {**rec["metadata"], "truncated": "yes"}},
        {k: v for k, v in rec.items() if k != "parent_id"},  # a field missing from one record
        {**rec, "instituion": []},  # an unknown field
    ):
        assert list(record_v.iter_errors(bad)), bad


def test_a_roundup_record_of_one_institution_is_a_list_of_one() -> None:
    docs = cleaner.clean([str(ROOT / "samples/seed_002/input")], Config()).documents
    assert len(docs) == 8
    assert all(isinstance(d.to_record()["institution"], list) and len(d.to_record()["institution"]) == 1 for d in docs)


def test_pandas_loads_the_output_and_writes_parquet(run_dir: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    df = pd.read_json(run_dir / "clean.jsonl", lines=True)
    n = len(records(run_dir / "clean.jsonl"))
    assert len(df) == n
    assert {type(v) for v in df["institution"]} == {list}
    # The failure users met: a column that is a string in some rows and a list in others.
    df.to_parquet(tmp_path / "clean.parquet")
    back = pd.read_parquet(tmp_path / "clean.parquet")
    assert list(back["id"]) == list(df["id"])


def test_pyarrow_reads_the_output_with_one_type_per_column(run_dir: Path) -> None:
    pa_json = pytest.importorskip("pyarrow.json")
    pa = pytest.importorskip("pyarrow")
    table = pa_json.read_json(run_dir / "clean.jsonl")
    assert table.num_rows == len(records(run_dir / "clean.jsonl"))
    assert table.schema.field("institution").type == pa.list_(pa.string())
    # ISO dates and date-times in one column: pyarrow reads them as one timestamp type.
    published = table.schema.field("published").type
    assert pa.types.is_timestamp(published) or pa.types.is_string(published), published
    assert pa.types.is_struct(table.schema.field("metadata").type)


def test_hf_datasets_loads_the_output(run_dir: Path) -> None:
    try:
        import datasets
    except ImportError:
        pytest.skip("HF datasets is not installed (an optional package, not a test extra); pip install datasets to run this")
    ds = datasets.load_dataset("json", data_files=str(run_dir / "clean.jsonl"), split="train", cache_dir=str(run_dir / "hf"))
    assert ds.num_rows == len(records(run_dir / "clean.jsonl"))
    assert all(isinstance(v, list) for v in ds["institution"])


def test_schema_file_ships_in_the_package() -> None:
    schema = cleaner.record_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    documented = set(schema["$defs"]["metadata"]["properties"])
    assert {"encoding", "offsets", "truncated", "credits", "split", "cluster", "dup_of", "similarity"} <= documented
    # The README's record table names every top-level field of the schema.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in schema["$defs"]["record_fields"]["required"]:
        assert f"`{name}`" in readme, name
    json.dumps(schema)


def test_dolma_fields_on_request(tmp_path: Path) -> None:
    out = tmp_path / "d.jsonl"
    res = run_cli("clean", "samples/seed_001/input", "-o", str(out), "-q", "--dolma")
    assert res.returncode == 0, res.stderr.decode()
    (rec,) = records(out)
    assert rec["added"].endswith("Z") and rec["created"] == rec["published"] == "2023-11-20"
    _check(rec, rec["id"])
    plain = tmp_path / "p.jsonl"
    assert run_cli("clean", "samples/seed_001/input", "-o", str(plain), "-q").returncode == 0
    assert "added" not in records(plain)[0]
