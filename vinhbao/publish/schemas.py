"""pandera schemas, one per output frame: columns, dtypes, ranges. `validate(report)` checks all."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

SOURCE = r"^(footnote \d+|body \S+|appendix row \S+|targets_2024 \(\d+\))$"
STATUS = ["met", "exceeded", "not met", "mixed"]


def _text(nullable: bool = False, **kw) -> pa.Column:
    return pa.Column(str, nullable=nullable, coerce=True, **kw)


def _offset(nullable: bool = False) -> pa.Column:
    return pa.Column("Int64", pa.Check.ge(0), nullable=nullable, coerce=True)


def _provenance() -> dict[str, pa.Column]:
    return {
        "source": _text(checks=pa.Check.str_matches(SOURCE)),
        "quote": _text(checks=pa.Check.str_length(min_value=1)),
        "start": pa.Column(int, pa.Check.ge(0), coerce=True),
        "end": pa.Column(int, pa.Check.ge(0), coerce=True),
    }


def _ordered_offsets(df: pd.DataFrame) -> pd.Series:
    return df["start"] < df["end"]


FACT_COLUMNS = {
    "topic": _text(),
    "subject": _text(checks=pa.Check.str_matches(r"^[a-z0-9_]+$")),
    "measure": _text(checks=pa.Check.str_matches(r"^[a-z0-9_]+$")),
    "value": pa.Column(float, nullable=False, coerce=True),
    "unit": _text(),
    "value_printed": pa.Column(float, nullable=True, coerce=True),
    "unit_printed": _text(),
    "period": _text(),
    "label_vi": _text(),
    "label_en": _text(),
    "flags": _text(nullable=True),
    **_provenance(),
}

NON_NEGATIVE_UNLESS_CHANGE = pa.Check(
    lambda df: (df["value"] >= 0) | df["measure"].str.contains("pct_yoy|above_plan|implied|actual"),
    name="non-negative values (only changes may be negative)",
)
PCT_RANGE = pa.Check(
    lambda df: ~df["unit"].eq("pct") | df["value"].between(-100, 1000),
    name="percentages within -100..1000",
)

TOPIC_CHECKS = [
    pa.Check(_ordered_offsets, name="start < end"),
    NON_NEGATIVE_UNLESS_CHANGE,
    PCT_RANGE,
]

facts = pa.DataFrameSchema(
    FACT_COLUMNS
    | {
        "number_start": pa.Column(int, pa.Check.ge(0), coerce=True),
        "number_end": pa.Column(int, pa.Check.ge(0), coerce=True),
    },
    checks=TOPIC_CHECKS,
    name="facts",
)

topic_frame = pa.DataFrameSchema(FACT_COLUMNS, checks=TOPIC_CHECKS, name="topic frame")


rice = pa.DataFrameSchema(
    {k: v for k, v in FACT_COLUMNS.items() if k != "topic"}
    | {
        "season": _text(checks=pa.Check.isin(["spring", "main", "year"])),
        "season_vi": _text(),
        "quantity": _text(checks=pa.Check.isin(["area", "yield", "output"])),
        "measure": _text(),
        "yield_convention": _text(),
    },
    checks=[
        *TOPIC_CHECKS,
        pa.Check(
            lambda df: (
                ~((df["quantity"] == "yield") & (df["measure"] == "value"))
                | df["value"].between(2, 20)
            ),
            name="plausible rice yields (2-20 t/ha)",
        ),
    ],
    name="rice",
)

appendix = pa.DataFrameSchema(
    {
        "code": _text(checks=pa.Check.str_matches(r"^\d+(\.[a-z])?$"), unique=True),
        "section": _text(checks=pa.Check.str_matches(r"^[IVX]+$")),
        "indicator": _text(checks=pa.Check.str_length(min_value=1)),
        "indicator_en": _text(),
        "unit": _text(),
        "target_text": _text(),
        "target_start": _offset(nullable=True),
        "target_low": pa.Column(float, nullable=True),
        "target_high": pa.Column(float, nullable=True),
        "actual_text": _text(),
        "actual_start": _offset(nullable=True),
        "actual": pa.Column(float, nullable=True),
        "status_text": _text(),
        "status": _text(nullable=True, checks=pa.Check.isin(STATUS)),
        "better": _text(checks=pa.Check.isin(["higher", "lower"])),
        "status_computed": _text(nullable=True, checks=pa.Check.isin(STATUS)),
        "gap": pa.Column(float, nullable=True),
        "flags": _text(),
        **_provenance(),
    },
    checks=[
        pa.Check(_ordered_offsets, name="start < end"),
        pa.Check(
            lambda df: (
                df["target_low"].isna()
                | df["target_high"].isna()
                | (df["target_low"] <= df["target_high"])
            ),
            name="target_low <= target_high",
        ),
    ],
    name="appendix",
)

targets_2024 = pa.DataFrameSchema(
    {
        "code": _text(checks=pa.Check.str_matches(r"^\d+(\.[a-z])?$"), unique=True),
        "indicator": _text(),
        "indicator_en": _text(),
        "unit": _text(),
        "target_text": _text(checks=pa.Check.str_length(min_value=1)),
        "target_start": _offset(),
        "low": pa.Column(float, nullable=True),
        "high": pa.Column(float, nullable=True),
        "flags": _text(),
        **_provenance(),
    },
    checks=[
        pa.Check(_ordered_offsets, name="start < end"),
        pa.Check(
            lambda df: df["low"].notna() | df["high"].notna() | df["flags"].ne(""),
            name="a bound is set (unless the target is flagged unreadable)",
        ),
        pa.Check(
            lambda df: df["low"].isna() | df["high"].isna() | (df["low"] <= df["high"]),
            name="low <= high",
        ),
    ],
    name="targets_2024",
)

footnotes = pa.DataFrameSchema(
    {
        "number": pa.Column(int, pa.Check.ge(1), unique=True, coerce=True),
        "text": _text(checks=pa.Check.str_length(min_value=1)),
        "cited_in": _text(checks=pa.Check.str_length(min_value=1)),
        "section": _text(),
        "start": pa.Column(int, pa.Check.ge(0), coerce=True),
        "end": pa.Column(int, pa.Check.ge(0), coerce=True),
    },
    checks=[
        pa.Check(_ordered_offsets, name="start < end"),
        pa.Check(lambda df: (df["number"].diff().dropna() == 1).all(), name="numbered 1, 2, 3…"),
    ],
    name="footnotes",
)

audit = pa.DataFrameSchema(
    {
        "check": _text(unique=True),
        "kind": _text(
            checks=pa.Check.isin(["sum", "balance", "ratio", "product", "growth", "cross"])
        ),
        "source": _text(),
        "stated": pa.Column(float, nullable=True),
        "computed": pa.Column(float, nullable=True),
        "difference": pa.Column(float, nullable=True),
        "holds": pa.Column("boolean", nullable=True),
        "note": _text(),
    },
    name="audit",
)

SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "appendix": appendix,
    "targets_2024": targets_2024,
    "footnotes": footnotes,
    "facts": facts,
    "rice": rice,
    "agriculture": topic_frame,
    "economy": topic_frame,
    "budget": topic_frame,
    "land": topic_frame,
    "cases": topic_frame,
    "audit": audit,
}


def validate(report) -> dict[str, pd.DataFrame]:
    """Validate every frame of a report against its schema; returns the frames by name."""
    return {
        name: schema.validate(getattr(report, name), lazy=True) for name, schema in SCHEMAS.items()
    }
