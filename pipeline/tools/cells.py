"""Cells of tables read back from any format as plain Python values: NA and NaN as None, numpy scalars
and arrays as Python ones, a list cell as a list whether Parquet gave an array or CSV a JSON string."""
from __future__ import annotations

import json
import math
from typing import Any

import pandas as pd


def as_text(value: Any) -> str | None:
    value = plain(value)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def plain(value: Any) -> Any:
    """A table cell as a plain Python value: NA to None, numpy scalars and arrays to Python ones."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        return plain_list(value.tolist()) if hasattr(value, "__len__") else value.tolist()
    if isinstance(value, (list, tuple)):
        return plain_list(value)
    if hasattr(value, "item"):
        return value.item()
    return value


def plain_list(values: Any) -> list:
    return [plain(value) for value in values] if isinstance(values, (list, tuple)) else values


def as_list(value: Any) -> list:
    """A list cell: a list, or the JSON array a CSV table stores."""
    value = plain(value)
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                parsed = json.loads(text)
            except ValueError:
                return [value]
            return parsed if isinstance(parsed, list) else [parsed]
        return [value] if text else []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def records(frame: pd.DataFrame) -> list[dict]:
    if frame is None or frame.empty:
        return []
    return [{key: plain(value) for key, value in row.items()} for row in frame.to_dict(orient="records")]
