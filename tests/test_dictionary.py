"""The data dictionary: every column described in the models; docs/tables.md, the JSON Schemas and the
Parquet metadata are generated from them and agree with the tables the pipeline writes."""
from __future__ import annotations

import json

import jsonschema
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import almanac
from pipeline import PIPELINE_VERSION
from pipeline.cli import EXIT_OK, EXIT_USAGE, app
from pipeline.tables.dictionary import all_tables, columns, json_schema, json_schemas, tables_markdown
from pipeline.tables.layout import table_files
from pipeline.tables.schema import TABLES, columns_of
from tests.conftest import CORPUS, REPO

TABLES_MD = REPO / "docs" / "tables.md"
runner = CliRunner()


@pytest.mark.parametrize("table", list(all_tables()))
def test_every_column_is_described(table):
    described = columns(table)
    assert [column.name for column in described] == columns_of(all_tables()[table])
    for column in described:
        assert len(column.description) > 15, f"{table}.{column.name} needs a description"


def test_docs_tables_md_is_what_the_command_generates():
    assert TABLES_MD.read_text(encoding="utf-8") == tables_markdown(), (
        "docs/tables.md differs from the table models: run `almanac schema --markdown > docs/tables.md`")


def test_the_markdown_names_every_column_with_its_allowed_values():
    text = tables_markdown()
    for table in all_tables():
        assert f"\n## {table}\n" in text
        for column in columns(table):
            row = next(line for line in text.split(f"\n## {table}\n")[1].splitlines() if line.startswith(f"| `{column.name}` |"))
            for value in column.allowed or []:
                assert f"`{value}`" in row


def test_schema_command_prints_the_markdown_and_the_json_schemas():
    result = runner.invoke(app, ["schema", "--markdown"])
    assert result.exit_code == EXIT_OK and result.stdout == tables_markdown()
    result = runner.invoke(app, ["schema", "--json"])
    assert result.exit_code == EXIT_OK and json.loads(result.stdout) == json_schemas()
    result = runner.invoke(app, ["schema", "--json", "--table", "events"])
    assert json.loads(result.stdout) == json_schema("events")
    assert runner.invoke(app, ["schema", "--json", "--table", "evnts"]).exit_code == EXIT_USAGE
    assert runner.invoke(app, ["schema", "--json", "--markdown"]).exit_code == EXIT_USAGE


@pytest.fixture(scope="module")
def jsonl_tables(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("jsonl")
    almanac.run([CORPUS / "soviet-grain-imports.txt", CORPUS / "japan-australia-trade.txt"], out=out, fmt="jsonl")
    return out


@pytest.mark.parametrize("table", list(TABLES))
def test_the_json_schemas_accept_every_row_the_pipeline_writes(jsonl_tables, table):
    validator = jsonschema.Draft202012Validator(json_schema(table))
    rows = [json.loads(line) for line in (jsonl_tables / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows
    for row in rows:
        validator.validate(row)


def test_the_json_schemas_reject_what_the_models_reject(jsonl_tables):
    validator = jsonschema.Draft202012Validator(json_schema("figures"))
    row = json.loads((jsonl_tables / "figures.jsonl").read_text(encoding="utf-8").splitlines()[0])
    for broken in ({**row, "kind": "monney"}, {**row, "parties": [3]}, {**row, "start": -1},
                   {key: value for key, value in row.items() if key != "measure"}, {**row, "colour": "red"}):
        assert not validator.is_valid(broken), broken


def test_parquet_tables_carry_their_descriptions_and_the_pipeline_version(tmp_path, nlp):
    almanac.run([CORPUS / "soviet-grain-imports.txt"], out=tmp_path)
    for table in TABLES:
        schema = pq.read_schema(table_files(tmp_path / f"{table}.parquet")[0])
        assert schema.metadata[b"almanac.table"] == table.encode()
        assert schema.metadata[b"almanac.pipeline_version"] == PIPELINE_VERSION.encode()
        assert {field.name: field.metadata[b"description"].decode() for field in schema} == {
            column.name: column.description for column in columns(table)}
