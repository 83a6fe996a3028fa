"""Fact rows: one row per figure of the report, the same columns wherever it was printed.

`fact_row` builds every row (prose, table, target list); `with_ids` gives each a stable
`fact_id` (a digest of where it is and what it says, not of its value, so an edited figure keeps
its id); `facts_frame` makes the frame, `plain_rows` the rows as the frame holds them.
"""

from __future__ import annotations

import hashlib
import math

import pandas as pd

from ..fields import dtypes
from ..tables import frame_of

FACT_COLUMNS = (
    "fact_id", "topic", "subject", "aspect", "subject_vi", "label_vi", "label_en", "measure",
    "kind", "base", "base_text", "value", "unit", "low", "high", "bound", "period",
    "value_printed", "unit_printed", "denominator", "parent_id", "source", "quote", "start",
    "end", "number_start", "number_end", "flag_notes",
)  # fmt: skip
FLOAT_COLUMNS = ("value", "low", "high", "value_printed", "denominator")
_BLANK = {name: None if name in FLOAT_COLUMNS else "" for name in FACT_COLUMNS}


def fact_row(**fields) -> dict:
    """A fact row with every column: the given fields, '' or None for the others; `flag_notes` may
    be given as a list."""
    row = _BLANK | fields
    if row["kind"] == "change_pp" and row["unit"] == "pct":
        row["unit"] = "pp"  # a rate's change is in percentage points
    if isinstance(row["flag_notes"], list):
        row["flag_notes"] = "; ".join(dict.fromkeys(f for f in row["flag_notes"] if f))
    return row


def _key(row: dict) -> str:
    what = row["subject"] or " ".join(row["subject_vi"].lower().split())[:60]
    return "|".join(
        str(x) for x in (row["source"], what, row["aspect"], row["measure"], row["kind"],
                         row["base"], row["period"], row["unit"])
    )  # fmt: skip


def with_ids(rows: list[dict]) -> list[dict]:
    """Rows with a `fact_id`: 'f' + 10 hex digits of a digest of the fact's key and its rank
    among facts of the same key; parents' ids filled in (`parent` row indexes -> `parent_id`)."""
    seen: dict[str, int] = {}
    for row in rows:
        key = _key(row)
        rank = seen[key] = seen.get(key, -1) + 1
        row["fact_id"] = "f" + hashlib.sha1(f"{key}#{rank}".encode()).hexdigest()[:10]
    for row in rows:
        parent = row.pop("_parent", None)
        if parent is not None:
            row["parent_id"] = rows[parent]["fact_id"]
    return rows


def plain_rows(rows: list[dict]) -> list[dict]:
    """Fact rows as the facts frame holds them, without reading it back: FACT_COLUMNS only, a
    number a float (NaN where missing)."""
    plain = []
    for row in rows:
        values = {name: row[name] for name in FACT_COLUMNS}
        for name in FLOAT_COLUMNS:
            values[name] = math.nan if values[name] is None else float(values[name])
        plain.append(values)
    return plain


def facts_frame(rows: list[dict]) -> pd.DataFrame:
    """Fact rows (dicts of FACT_COLUMNS) -> the facts frame, with its declared dtypes."""
    return frame_of(rows, FACT_COLUMNS, dtypes("facts", FACT_COLUMNS))
