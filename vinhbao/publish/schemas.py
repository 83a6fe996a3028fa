"""pandera schemas of the frames: columns, types, vocabularies, ranges. `validate(report)`
checks every frame that has one and returns the frames by name."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from ..rules.checks import CHECK_KINDS, SEVERITIES

SOURCE = r"^(footnote \d+|body \S+|appendix row \S+|targets \(\S+\))$"
STATUS = ["met", "exceeded", "not met", "mixed"]
KINDS = ["level", "change_pct", "ratio_pct", "change_abs", "change_pp", "share_pct", "target"]
BASES = ["", "last_year", "plan", "estimate", "other"]
SNAKE = r"^[a-z0-9_]*$"
PERIOD = r"^(\d{4}(-\d{4})?)?$"


def _text(nullable: bool = False, **kw) -> pa.Column:
    return pa.Column(str, nullable=nullable, coerce=True, **kw)


def _offset(nullable: bool = False) -> pa.Column:
    return pa.Column("Int64", pa.Check.ge(0), nullable=nullable, coerce=True)


def _number(nullable: bool = True) -> pa.Column:
    return pa.Column(float, nullable=nullable, coerce=True)


def _count(minimum: int = 0) -> pa.Column:
    """A whole number; declared so that it is typed even in a report's empty frame."""
    return pa.Column(int, pa.Check.ge(minimum), coerce=True)


def _provenance() -> dict[str, pa.Column]:
    return {
        "source": _text(checks=pa.Check.str_matches(SOURCE)),
        "quote": _text(checks=pa.Check.str_length(min_value=1)),
        "start": pa.Column(int, pa.Check.ge(0), coerce=True),
        "end": pa.Column(int, pa.Check.ge(0), coerce=True),
    }


def _ordered(df: pd.DataFrame) -> pd.Series:
    return df["start"] < df["end"]


def _a_value(df: pd.DataFrame) -> pd.Series:
    """A figure has a value, or bounds (a target, a range '14-15 tiêu chí')."""
    return df["value"].notna() | df["low"].notna() | df["high"].notna()


def _low_le_high(low: str, high: str):
    return lambda df: df[low].isna() | df[high].isna() | (df[low] <= df[high])


FACT_COLUMNS = {
    "fact_id": _text(checks=pa.Check.str_matches(r"^f[0-9a-f]{10}(-\w+)?$")),
    "topic": _text(checks=pa.Check.str_matches(SNAKE)),
    "subject": _text(checks=pa.Check.str_matches(SNAKE)),
    "aspect": _text(checks=pa.Check.str_matches(SNAKE)),
    "subject_vi": _text(), "label_vi": _text(), "label_en": _text(),
    "measure": _text(checks=pa.Check.str_matches(SNAKE)),
    "kind": _text(checks=pa.Check.isin(KINDS)),
    "base": _text(checks=pa.Check.isin(BASES)),
    "base_text": _text(),
    "value": _number(), "low": _number(), "high": _number(),
    "unit": _text(checks=pa.Check.str_matches(SNAKE)),
    "bound": _text(), "period": _text(checks=pa.Check.str_matches(PERIOD)),
    "value_printed": _number(), "unit_printed": _text(), "denominator": _number(),
    "parent_id": _text(), "flag_notes": _text(),
    "number_start": pa.Column(int, pa.Check.ge(0), coerce=True),
    "number_end": pa.Column(int, pa.Check.ge(0), coerce=True),
    **_provenance(),
}  # fmt: skip
FACT_CHECKS = [
    pa.Check(_ordered, name="start < end"),
    pa.Check(_a_value, name="a value or a bound"),
    pa.Check(_low_le_high("low", "high"), name="low <= high"),
    pa.Check(lambda df: ~df["unit"].eq("pct") | df["value"].isna()
             | df["value"].between(-100, 1000), name="percentages within -100..1000"),
]  # fmt: skip

facts = pa.DataFrameSchema(FACT_COLUMNS, checks=FACT_CHECKS, name="facts", strict=True)
topic_frame = pa.DataFrameSchema(
    FACT_COLUMNS | {"derived": pa.Column(bool, required=False, coerce=True)},
    checks=FACT_CHECKS, name="topic frame", strict=True,
)  # fmt: skip
rice = pa.DataFrameSchema(
    FACT_COLUMNS | {
        "season": _text(checks=pa.Check.isin(["spring", "main", "year"])),
        "season_vi": _text(), "yield_convention": _text(),
    },
    checks=[*FACT_CHECKS, pa.Check(
        lambda df: ~(df["measure"].eq("yield") & df["kind"].eq("level"))
        | df["value"].between(2, 20)
        | df["flag_notes"].str.contains("is not a plausible", regex=False),  # a misprint, flagged
        name="plausible rice yields (2-20 t/ha), unless flagged as printed implausible")],
    name="rice", strict=True,
)  # fmt: skip

appendix = pa.DataFrameSchema(
    {
        "code": _text(checks=pa.Check.str_matches(r"^\d+(\.[a-z])?(~\d+)?$"), unique=True),
        "indicator": _text(checks=pa.Check.str_length(min_value=1)),
        "target_low": _number(), "target_high": _number(), "actual": _number(),
        "status": _text(nullable=True, checks=pa.Check.isin(STATUS)),
        "better": _text(checks=pa.Check.isin(["higher", "lower"])),
        "status_computed": _text(nullable=True, checks=pa.Check.isin(STATUS)),
        "gap": _number(), "flag_notes": _text(), "level": _count(), "line": _count(1),
        **_provenance(),
    },
    checks=[pa.Check(_ordered, name="start < end"),
            pa.Check(_low_le_high("target_low", "target_high"), name="target_low <= target_high")],
    name="appendix",
)  # fmt: skip

targets = pa.DataFrameSchema(
    {
        "code": _text(checks=pa.Check.str_matches(r"^\d+(\.[a-z]+)?$"), unique=True),
        "kind": _text(checks=pa.Check.isin(["level", "change_pct", "change_pp", "change_abs"])),
        "target_text": _text(checks=pa.Check.str_length(min_value=1)),
        "target_start": _offset(), "low": _number(), "high": _number(),
        "item": _offset(nullable=True), "line": _count(1),
        "period": _text(checks=pa.Check.str_matches(r"^(\d{4})?$")), "flag_notes": _text(),
        **_provenance(),
    },
    checks=[
        pa.Check(_ordered, name="start < end"),
        pa.Check(lambda df: df["low"].notna() | df["high"].notna() | df["flag_notes"].ne(""),
                 name="a bound is set (unless the target is flagged unreadable)"),
        pa.Check(_low_le_high("low", "high"), name="low <= high"),
    ],
    name="targets",
)  # fmt: skip

footnotes = pa.DataFrameSchema(
    {
        "number": pa.Column(int, pa.Check.ge(1), unique=True, coerce=True),
        "text": _text(checks=pa.Check.str_length(min_value=1)),
        "cited_in": _text(), "section": _text(),
        "marker_start": _count(), "line": _count(1), "pieces": _count(1),
        "start": pa.Column(int, pa.Check.ge(0), coerce=True),
        "end": pa.Column(int, pa.Check.ge(0), coerce=True),
    },
    checks=[pa.Check(_ordered, name="start < end")],
    name="footnotes",
)  # fmt: skip

paragraphs = pa.DataFrameSchema(
    {
        "section": _text(), "section_path": _text(), "heading": _text(),
        "text": _text(checks=pa.Check.str_length(min_value=1)),
        "start": pa.Column(int, pa.Check.ge(0), coerce=True, unique=True),
        "end": pa.Column(int, pa.Check.ge(0), coerce=True),
        "line": pa.Column(int, pa.Check.ge(1), coerce=True),
        "pieces": pa.Column(int, pa.Check.ge(1), coerce=True),
    },
    checks=[pa.Check(_ordered, name="start < end")],
    name="paragraphs",
)  # fmt: skip

numbers = pa.DataFrameSchema(
    {
        "start": pa.Column(int, pa.Check.ge(0), coerce=True, unique=True),
        "end": pa.Column(int, pa.Check.ge(0), coerce=True),
        "text": _text(checks=pa.Check.str_length(min_value=1)),
        "kind": _text(checks=pa.Check.str_matches(r"^[a-z_]+$")),
        "fact_id": _text(),
    },
    checks=[pa.Check(lambda df: df["kind"].ne("figure") | df["fact_id"].ne(""),
                     name="a figure is a fact")],
    name="numbers",
)  # fmt: skip

issues = pa.DataFrameSchema(
    {
        "line": pa.Column(int, pa.Check.ge(0), coerce=True),
        "severity": _text(checks=pa.Check.isin(["warning", "info"])),
        "found": _text(checks=pa.Check.str_length(min_value=1)),
    },
    name="issues",
)  # fmt: skip

audit = pa.DataFrameSchema(
    {
        "check": _text(unique=True),
        "kind": _text(checks=pa.Check.isin(CHECK_KINDS)),
        "stated": _number(), "computed": _number(), "difference": _number(),
        "holds": pa.Column("boolean", nullable=True),
        "severity": _text(checks=pa.Check.isin(["", *SEVERITIES])),
        "note": _text(),
    },
    name="audit",
)  # fmt: skip

SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "paragraphs": paragraphs, "facts": facts, "appendix": appendix, "targets": targets,
    "footnotes": footnotes,
    "numbers": numbers, "issues": issues, "rice": rice, "audit": audit,
    **dict.fromkeys(("agriculture", "economy", "budget", "land", "cases", "party", "social"),
                    topic_frame),
}  # fmt: skip


def validate(report) -> dict[str, pd.DataFrame]:
    """Validate every frame of a report against its schema; returns the frames by name."""
    return {
        name: schema.validate(getattr(report, name), lazy=True) for name, schema in SCHEMAS.items()
    }
