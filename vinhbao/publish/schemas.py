"""pandera schemas of the frames, made from the registry (`catalog.FRAMES`, `fields.FIELDS`):
strict columns and dtypes, enums, patterns, ranges, unique keys, plus the checks across columns.
`validate(report)` checks every frame lazily and raises `SchemaError` with a short report."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from ..catalog import FRAMES, Frame
from ..errors import VinhbaoError
from ..fields import Field, field


class SchemaError(VinhbaoError):
    """Frames that do not hold what the registry declares; the message lists each failing check
    on one line."""


def _matches(pattern: str, blank: bool) -> pa.Check:
    def check(s: pd.Series) -> pd.Series:
        text = s.astype(str)
        return text.str.match(pattern) | (text.eq("") if blank else False)

    return pa.Check(check, name=f"matches {pattern}")


def _checks(spec: Field) -> list[pa.Check]:
    checks = []
    if spec.enum:
        checks.append(pa.Check(lambda s, values=spec.typed.categories: s.isin(values),
                               name="in its enum"))  # fmt: skip
    if spec.pattern:
        checks.append(_matches(spec.pattern, blank=not spec.required))
    elif spec.required and spec.type == "string":
        checks.append(pa.Check.str_length(min_value=1))
    if spec.minimum is not None:
        checks.append(pa.Check.ge(spec.minimum))
    return checks


def column(frame: str, name: str) -> pa.Column:
    """The pandera column of a frame's column, from its field."""
    spec = field(frame, name)
    return pa.Column(spec.dtype, _checks(spec), nullable=spec.nullable, unique=spec.unique)


def _ordered(df: pd.DataFrame) -> pd.Series:
    return df["start"].isna() | (df["start"] < df["end"])


def _a_value(df: pd.DataFrame) -> pd.Series:
    """A figure has a value, or bounds (a target, a range '12-13 tiêu chí')."""
    return df["value"].notna() | df["low"].notna() | df["high"].notna()


def _low_le_high(low: str, high: str):
    return lambda df: df[low].isna() | df[high].isna() | (df[low] <= df[high])


def _plausible_rice_yield(df: pd.DataFrame) -> pd.Series:
    return (
        ~(df["measure"].eq("yield") & df["kind"].eq("level"))
        | df["value"].between(2, 20)
        | df["flag_notes"].str.contains("is not a plausible", regex=False)  # a misprint, flagged
    )


ORDERED = pa.Check(_ordered, name="start < end")
FACT_CHECKS = [
    ORDERED,
    pa.Check(_a_value, name="a value or a bound"),
    pa.Check(_low_le_high("low", "high"), name="low <= high"),
    pa.Check(lambda df: ~df["unit"].eq("pct") | df["value"].isna()
             | df["value"].between(-100, 1000), name="percentages within -100..1000"),
]  # fmt: skip
TOPIC_FRAMES = ("agriculture", "economy", "budget", "land", "cases", "party", "social")
CHECKS: dict[str, list[pa.Check]] = {
    "paragraphs": [ORDERED], "footnotes": [ORDERED], "facts": FACT_CHECKS,
    "appendix": [ORDERED, pa.Check(_low_le_high("target_low", "target_high"),
                                   name="target_low <= target_high")],
    "targets": [
        ORDERED,
        pa.Check(lambda df: df["low"].notna() | df["high"].notna() | df["flag_notes"].ne(""),
                 name="a bound is set (unless the target is flagged unreadable)"),
        pa.Check(_low_le_high("low", "high"), name="low <= high"),
    ],
    "numbers": [pa.Check(lambda df: df["kind"].ne("figure") | df["fact_id"].ne(""),
                         name="a figure is a fact")],
    "rice": [*FACT_CHECKS, pa.Check(
        _plausible_rice_yield,
        name="plausible rice yields (2-20 t/ha), unless flagged as printed implausible")],
    "audit": [ORDERED],
    **dict.fromkeys(TOPIC_FRAMES, FACT_CHECKS),
}  # fmt: skip


def schema(spec: Frame) -> pa.DataFrameSchema:
    """The strict schema of a frame: its columns in order, its key unique (every column for a
    frame without a key: no duplicated row)."""
    return pa.DataFrameSchema(
        {name: column(spec.name, name) for name in spec.columns},
        checks=CHECKS.get(spec.name, []),
        unique=list(spec.primary_key or spec.columns),
        name=spec.name, strict=True, ordered=True,
    )  # fmt: skip


SCHEMAS: dict[str, pa.DataFrameSchema] = {name: schema(spec) for name, spec in FRAMES.items()}


def _value(case) -> str:
    return case if isinstance(case, str) else repr(case)


def short_report(name: str, errors: SchemaErrors, shown: int = 3) -> list[str]:
    """One line per failing check: '<frame>.<column>: <check>: <failure cases> (rows …)'."""
    cases = errors.failure_cases.fillna({"column": "", "index": -1})
    lines = []
    for (where, check), group in cases.groupby(["column", "check"], sort=False):
        values = [f"'{_value(v)}'" for v in dict.fromkeys(group["failure_case"])]
        rows = sorted({int(i) for i in group["index"] if i != -1})
        more = f" … ({len(values)} values)" if len(values) > shown else ""
        at = f" (rows {', '.join(map(str, rows[:shown]))}{' …' if len(rows) > shown else ''})"
        label = f"{name}.{where}" if where and where != name else name
        if check.startswith("dtype("):
            check = f"dtype (expected {check[6:-1].strip(chr(39))})"
        lines.append(f"{label}: {check}: {', '.join(values[:shown])}{more}{at if rows else ''}")
    return lines


def validate_frame(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """One frame validated lazily against its schema; `SchemaError` lists what fails."""
    try:
        return SCHEMAS[name].validate(frame, lazy=True)
    except SchemaErrors as exc:
        raise SchemaError("\n".join(short_report(name, exc))) from None


def validate(report) -> dict[str, pd.DataFrame]:
    """Validate every frame of a report; returns the frames by name, or raises `SchemaError`
    listing every failing check of every frame."""
    frames, lines = {}, []
    for name in SCHEMAS:
        try:
            frames[name] = validate_frame(name, getattr(report, name))
        except SchemaError as exc:
            lines.extend(str(exc).splitlines())
    if lines:
        plural = "s" if len(lines) > 1 else ""
        raise SchemaError(f"{len(lines)} failing check{plural}:\n" + "\n".join(lines))
    return frames
