"""The data dictionary, generated from the table models in `schema.py` and nothing else: docs/tables.md
(`almanac schema --markdown`), a JSON Schema per table for downstream validators (`almanac schema
--json`), and the column descriptions and pipeline version written into every Parquet table.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import PIPELINE_VERSION
from .schema import DIFF_TABLES, SORT_KEYS, TABLES, BaseTable, model_of

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
# Parquet schema metadata keys (the column descriptions go on each field, under b"description").
TABLE_KEY, VERSION_KEY, DESCRIPTION_KEY = b"almanac.table", b"almanac.pipeline_version", b"description"


@dataclass(frozen=True)
class ColumnDoc:
    name: str
    json_type: dict  # the JSON Schema of one value, without null
    nullable: bool
    description: str
    allowed: list | None = None
    minimum: float | None = None
    pattern: str | None = None

    @property
    def type_text(self) -> str:
        kind = self.json_type["type"]
        text = f"list of {self.json_type['items']['type']}" if kind == "array" else kind
        return f"{text}, nullable" if self.nullable else text

    @property
    def values_text(self) -> str:
        if self.allowed is not None:
            return ", ".join(f"`{value}`" for value in self.allowed)
        if self.minimum is not None:
            return f"≥ {self.minimum:g}"
        if self.pattern is not None:
            return f"matches `{self.pattern}`"
        return ""


def all_tables() -> dict[str, type[BaseTable]]:
    """Every table: those `almanac run` writes, then those of `almanac diff`."""
    return {**TABLES, **DIFF_TABLES}


def json_type(dtype: str, metadata: dict | None) -> dict:
    if dtype.startswith("string") or dtype == "str":
        return {"type": "string"}
    if dtype.lower().startswith("int"):
        return {"type": "integer"}
    if dtype.startswith("float"):
        return {"type": "number"}
    if dtype == "bool":
        return {"type": "boolean"}
    # List columns say what they hold in their Field's metadata (schema.STRING_LIST, INTEGER_LIST).
    return {"type": "array", "items": {"type": (metadata or {})["items"]}}


def columns(table: str) -> list[ColumnDoc]:
    docs = []
    for name, column in model_of(table).to_schema().columns.items():
        statistics = {check.name: check.statistics for check in column.checks}
        docs.append(ColumnDoc(
            name=name, json_type=json_type(str(column.dtype), column.metadata), nullable=column.nullable,
            description=column.description or "", allowed=statistics.get("isin", {}).get("allowed_values"),
            minimum=statistics.get("greater_than_or_equal_to", {}).get("min_value"),
            pattern=statistics.get("str_matches", {}).get("pattern"),
        ))
    return docs


def table_description(table: str) -> str:
    return " ".join((model_of(table).__doc__ or "").split())


def column_descriptions(table: str) -> dict[str, str]:
    return {column.name: column.description for column in columns(table)}


def markdown_cell(text: str) -> str:
    return text.replace("|", "\\|")


def tables_markdown() -> str:
    """docs/tables.md: every table, every column with its type, allowed values and meaning."""
    lines = [
        "# Tables",
        "",
        "Generated from the table models in `pipeline/tables/schema.py` by `almanac schema --markdown`: do not",
        "edit by hand (a test fails when this file and the models differ). `almanac schema --json` gives a JSON",
        "Schema per table; Parquet tables carry the same descriptions in their field metadata.",
        "",
        "`almanac run` writes " + ", ".join(f"[`{name}`](#{name})" for name in TABLES) + "; `almanac diff` writes "
        + ", ".join(f"[`{name}`](#{name})" for name in DIFF_TABLES) + ". Every table but `documents` is a span "
        "table: each row is a span of one document's raw text, and `raw[start:end] == text`.",
    ]
    for name in all_tables():
        lines += ["", f"## {name}", "", table_description(name), "",
                  "Rows are sorted by " + ", ".join(f"`{key}`" for key in SORT_KEYS[name]) + ".", "",
                  "| column | type | values | description |", "|---|---|---|---|"]
        for column in columns(name):
            lines.append(f"| `{column.name}` | {column.type_text} | {markdown_cell(column.values_text)} | "
                         f"{markdown_cell(column.description)} |")
    return "\n".join(lines) + "\n"


def json_schema(table: str) -> dict:
    """A JSON Schema (draft 2020-12) for one row of `table` as written to JSONL."""
    properties = {}
    for column in columns(table):
        value = dict(column.json_type)
        if column.nullable:
            value["type"] = [value["type"], "null"]
        if column.allowed is not None:
            value["enum"] = list(column.allowed) + ([None] if column.nullable else [])
        if column.minimum is not None:
            value["minimum"] = column.minimum
        if column.pattern is not None:
            value["pattern"] = column.pattern
        properties[column.name] = {**value, "description": column.description}
    return {
        "$schema": JSON_SCHEMA_DIALECT, "title": table, "description": table_description(table), "type": "object",
        "properties": properties, "required": list(properties), "additionalProperties": False,
    }


def json_schemas() -> dict[str, dict]:
    return {name: json_schema(name) for name in all_tables()}


def parquet_metadata(table: str) -> tuple[dict[str, str], dict[bytes, bytes]]:
    """(column -> description, schema metadata) for a table's Parquet file."""
    schema_metadata = {TABLE_KEY: table.encode(), VERSION_KEY: PIPELINE_VERSION.encode(),
                       DESCRIPTION_KEY: table_description(table).encode()}
    return column_descriptions(table), schema_metadata
