"""What each column of the frames holds, described once: type, description, unit, constraints.

The pandera schemas, the pandas dtypes and the datapackage's fields all come from here. A column
of the same name means the same in every frame, unless `<frame>.<column>` says otherwise
(`field` and `description` look both up). Enums come from the rules tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, partial
from types import MappingProxyType

import pandas as pd

from .rules import lexicon, units
from .rules import vocabularies as vocab
from .rules.cues import MEASURE_WORDS
from .rules.frames import RICE_SEASONS


@dataclass(frozen=True)
class Field:
    """A column: its frictionless `type` (string, integer, number, boolean, array: a JSON array
    as text), what it holds, its unit where it has one, its constraints. `required`: never
    empty; `na`: a missing text is NA, not ''. An `enum` column is exported as a pandas
    categorical ('' is one of its categories unless it is required or `na`)."""

    type: str
    description: str
    unit: str = ""
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] = ()
    minimum: float | None = None
    pattern: str = ""
    na: bool = False

    @property
    def nullable(self) -> bool:
        """Whether the column may hold NA (a text column holds '' for nothing, unless `na`)."""
        return self.na if self.type == "string" else not self.required

    @property
    def dtype(self) -> str:
        """The pandas dtype of the column in `report.<frame>` (an enum is text there)."""
        if self.type == "integer":
            return "int64" if self.required else "Int64"
        return {"number": "float64", "boolean": "boolean"}.get(self.type, "str")

    @property
    def typed(self) -> str | pd.CategoricalDtype:
        """The dtype of the column as exported and read back: an enum is a categorical."""
        if self.enum:
            blank = () if self.required or self.na else ("",)
            return pd.CategoricalDtype((*blank, *self.enum))
        return self.dtype


text, number = partial(Field, "string"), partial(Field, "number")
integer, boolean, array = (
    partial(Field, "integer"),
    partial(Field, "boolean"),
    partial(Field, "array"),
)
offset = partial(integer, unit="characters", required=True, minimum=0)


def _unique(*values) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for group in values for v in group))


TOPICS = tuple(lexicon.TOPICS)
UNITS = _unique((u[1] for u in units.UNITS), (c[1] for c in units.COUNTS),
                (vocab.GENERIC_COUNT_UNIT,))  # fmt: skip
MEASURES = _unique(units.MEASURE_OF_KIND.values(), MEASURE_WORDS.values(),
                   (s["measure"] for s in lexicon.SUBJECTS if "measure" in s))  # fmt: skip
SEASONS = _unique(s[0] for s in RICE_SEASONS.values())
SNAKE = r"^[a-z0-9_]+$"
FACT_ID = r"^f[0-9a-f]{10}(-\w+)?$"
SOURCE = r"^(footnote \d+|body \S+|appendix row \S+|targets \(\S+\))$"
IN_UNIT = "the row's unit"

FIELDS: dict[str, Field] = {
    # provenance
    "fact_id": text("Stable id of a figure: a hash of where it stands and what it expresses",
                    required=True, pattern=FACT_ID),
    "source": text("Where in the report: 'body <section>', 'footnote N', 'appendix row <code>', "
                   "'targets (N)'", required=True, pattern=SOURCE),
    "quote": text("Verbatim passage of the normalised report text holding the figure",
                  required=True),
    "start": offset("Character offset where the passage starts in the normalised text"),
    "end": offset("Character offset where the passage ends (exclusive)"),
    "number_start": offset("Offset of the figure itself"),
    "number_end": offset("Offset just after the figure"),
    "line": integer("Line of the normalised text (1 first)", required=True, minimum=1),
    "flag_notes": text("Findings about this row: misprints kept as printed, bounds, inherited "
                       "cells; for a derived row, the formula"),
    # facts
    "topic": text("Topic of the figure (economy, agriculture, budget, land, cases, party …)",
                  enum=TOPICS),
    "subject": text("Canonical id of what the figure is about (empty where the lexicon knows "
                    "none)", pattern=SNAKE),
    "aspect": text("Which part or state of the subject (received, on_time, residential …)",
                   pattern=SNAKE),
    "subject_vi": text("The words naming the figure's subject, as printed"),
    "label_vi": text("Vietnamese label of the subject"),
    "label_en": text("English label of the subject"),
    "measure": text("What is measured: area, yield, output, amount, count, rate …",
                    enum=MEASURES),
    "kind": text("level, change_pct, ratio_pct, change_abs, change_pp, share_pct or target",
                 required=True, enum=vocab.KINDS),
    "base": text("What a change or ratio is on: last_year, plan, estimate, other (empty for "
                 "levels)", enum=vocab.FACT_BASES),
    "base_text": text("The base as printed ('cùng kỳ', 'KH', 'dự toán tỉnh giao')"),
    "value": number("The figure in the canonical unit, signed (a fall is negative)",
                    unit=IN_UNIT),
    "unit": text("Canonical unit (the `units` resource lists them)", enum=UNITS),
    "low": number("Lower bound of a target or range (empty: open)", unit=IN_UNIT),
    "high": number("Upper bound of a target or range (empty: open)", unit=IN_UNIT),
    "bound": text("'>', '>=', '<', '<=', '~': a word before the figure says it is not exact "
                  "(trên, tối thiểu, dưới, tối đa, khoảng …)", enum=vocab.BOUND_SYMBOLS),
    "period": text("The year (or years) the figure refers to, read from the text",
                   pattern=r"^\d{4}(-\d{4})?$"),
    "value_printed": number("The figure as printed, in the printed unit"),
    "unit_printed": text("The unit as printed"),
    "denominator": number("The total a count is printed over ('39/59 hộ': 59)", unit=IN_UNIT),
    "parent_id": text("fact_id of the total this figure is a part of", pattern=FACT_ID),
    "derived": boolean("Whether the row is computed (the previous year's level a rate implies, "
                       "the formula in flag_notes), not printed", required=True),
    # appendix and targets
    "code": text("Row code: N as printed, then N.b, N.c … for a row's further indicators",
                 required=True, unique=True, pattern=r"^\d+(\.[a-z]+)?(~\d+)?$"),
    "row": text("The row number as printed (text: '1.1' stays '1.1')"),
    "parent": text("Code of the row this one belongs to"),
    "level": integer("Depth of the row under its parent (0 for a numbered row)", required=True,
                     minimum=0),
    "section": text("Section of the table or of the text the row stands in (text: '1.1')"),
    "section_title": text("Title of the table's section"),
    "section_path": text("Headings above the paragraph, outermost first"),
    "heading": text("The paragraph's own heading"),
    "indicator": text("Indicator as printed (Vietnamese)", required=True),
    "indicator_en": text("Indicator in English"),
    "unit_canonical": text("The printed unit as a canonical unit", enum=UNITS),
    "target_text": text("Target as printed", required=True),
    "target_start": offset("Offset of the target as printed"),
    "target_low": number("Lower bound of the target interval (empty: open)",
                         unit="the row's unit_canonical"),
    "target_high": number("Upper bound of the target interval (empty: open)",
                          unit="the row's unit_canonical"),
    "low_inclusive": boolean("Whether the lower bound is included ('từ', 'trở lên') or not "
                             "('trên')"),
    "high_inclusive": boolean("Whether the upper bound is included"),
    "actual_text": text("Result as printed"),
    "actual_start": integer("Offset of the result cell", unit="characters", minimum=0),
    "actual": number("Result as a number, signed", unit="the row's unit_canonical"),
    "actual_is_change": boolean("Whether the result is printed as a change ('Tăng 0,6%')"),
    "previous_text": text("Last year's result as printed (where the table has the column)"),
    "previous_start": integer("Offset of last year's result", unit="characters", minimum=0),
    "previous": number("Last year's result as a number", unit="the row's unit_canonical"),
    "ratio_text": text("The table's comparison cell as printed ('So sánh (%)')"),
    "ratio_start": integer("Offset of the comparison cell", unit="characters", minimum=0),
    "ratio": number("The comparison as a number", unit="pct"),
    "status_text": text("Completion status as printed"),
    "status": text("Printed status normalised: met / exceeded / not met / mixed",
                   enum=vocab.STATUSES, na=True),
    "better": text("Direction: higher or lower values are better", required=True,
                   enum=vocab.BETTER),
    "status_computed": text("Status computed from actual, target interval and direction",
                            enum=vocab.STATUSES, na=True),
    "status_agrees": boolean("Whether printed and computed status agree"),
    "gap": number("Actual minus the bound it falls outside (0 inside the target interval)",
                  unit="the row's unit_canonical"),
    "item": integer("The item number of the target list", minimum=0),
    "context": text("The item's words before its first target (for a target that continues "
                    "it)"),
    "approx": boolean("Whether the target is approximate ('khoảng', 'trên dưới')"),
    # text
    "number": integer("Footnote number", required=True, unique=True, minimum=1),
    "text": text("Text as printed (the token, the footnote, the paragraph)", required=True),
    "cited_in": text("The sentence citing the footnote"),
    "marker_start": offset("Offset of the footnote's marker in the body"),
    "pieces": integer("How many pieces the passage was stitched from across page breaks",
                      required=True, minimum=1),
    "spans": array("The [start, end] offsets of those pieces, a JSON array"),
    "note": text("What the row says beyond its kind"),
    # issues
    "part": text("Part of the report: appendix, targets, footnotes, body, numbers, text",
                 required=True, pattern=SNAKE),
    "severity": text("warning or info", required=True, enum=vocab.ISSUE_SEVERITIES),
    "found": text("What was found", required=True),
    "expected": text("What was expected"),
    # rice
    "season": text("spring, main or year", required=True, enum=SEASONS),
    "season_vi": text("The season as printed (vụ xuân, vụ mùa, cả năm)", required=True),
    "yield_convention": text("Whole-year yield: per ha sown, or the two seasons' yields added"),
    # audit
    "check": text("Name of the audit check", required=True, unique=True),
    "expression": text("The check: stated = computed, over fact references", required=True),
    "stated": number("The figure as stated by the report", unit=IN_UNIT),
    "computed": number("The figure computed from the report's other figures", unit=IN_UNIT),
    "difference": number("stated - computed", unit=IN_UNIT),
    "holds": boolean("Whether stated and computed agree within printed precision (empty: not "
                     "evaluated)"),
    "fact_ids": text("The facts the check reads, space-separated"),
    # units and variables
    "printed": text("The unit as printed", required=True, unique=True),
    "factor": number("Canonical value = printed value × multiplier word × factor",
                     required=True),
    "max_decimals": integer("Decimals the unit is usually printed with", required=True,
                            minimum=0),
    "audit.kind": text("The check's shape: sum, within, balance, ratio, product, growth, cross, "
                       "items, or status (a plan table's printed status against its target and "
                       "actual)", required=True, enum=vocab.AUDIT_KINDS),
    "audit.severity": text("error or misrounding when the check fails; note when it holds with "
                           "a residual, or with a status printed otherwise than the figures give "
                           "('met' for exceeded, two targets named); empty otherwise",
                           enum=vocab.AUDIT_SEVERITIES),
    "audit.fact_id": text("The stated figure's fact (the first of fact_ids)", pattern=FACT_ID),
    "audit.source": text("The passages the figures stand in, comma-separated"),
    "audit.quote": text("Verbatim passage of the stated figure"),
    "audit.computed_quote": text("Verbatim passages of the figures the computed side reads, in "
                                 "order, ' | ' between them"),
    "audit.start": integer("Offset of the stated figure's passage", unit="characters",
                           minimum=0),
    "audit.end": integer("Offset where that passage ends", unit="characters", minimum=0),
    "issues.line": integer("Line of the normalised text (0: the whole text)", required=True,
                           minimum=0),
    "numbers.kind": text("What the token is: figure, year, date, document_number, item_label, "
                         "footnote_marker, name …", required=True, pattern=SNAKE),
    "numbers.fact_id": text("The fact a figure token is (empty for other kinds)",
                            pattern=FACT_ID),
    "numbers.source": text("Where the figure stands (empty for other kinds)", pattern=SOURCE),
    "targets.kind": text("What the target is for: a level, a change (change_pct, change_pp, "
                         "change_abs) or a ratio on a base (ratio_pct: 'đạt 100% dự toán')",
                         required=True, enum=vocab.TARGET_KINDS),
    "targets.unit": text("Canonical unit of the target", enum=UNITS),
    "targets.period": text("The year the target is for (the years of a span it averages over:"
                           " 'bình quân giai đoạn 2031-2035')", pattern=r"^\d{4}(-\d{4})?$"),
    "appendix.unit": text("The unit as printed in the table"),
    "appendix.source": text("'appendix row <code>'", required=True, pattern=SOURCE),
    "appendix.target_text": text("Target as printed (empty: the row prints none)"),
    "appendix.target_start": integer("Offset of the target cell", unit="characters", minimum=0),
    "targets.source": text("'targets (N)': the item of the target list", required=True,
                           pattern=SOURCE),
    "units.unit": text("Canonical unit", required=True, pattern=SNAKE),
    "units.kind": text("What the unit measures (money, area, mass, count …)", required=True,
                       pattern=SNAKE),
    "units.label_en": text("The canonical unit in English", required=True),
    "variables.subject": text("Canonical id of the subject", required=True, pattern=SNAKE),
    "variables.measure": text("What is measured", required=True, enum=MEASURES),
    "variables.description": text("The subject, measure and unit in words", required=True),
}  # fmt: skip


def field(frame: str, column: str) -> Field:
    """The field of a column of a frame (KeyError if it is not described)."""
    return FIELDS.get(f"{frame}.{column}") or FIELDS[column]


@cache
def dtypes(frame: str, columns: tuple[str, ...]) -> Mapping[str, object]:
    """The pandas dtypes of columns of a frame, as dtype objects."""
    return MappingProxyType({c: _dtype(field(frame, c).dtype) for c in columns})


@cache
def _dtype(name: str) -> object:
    """A dtype object by name (`pandas_dtype` of a name is slow: each is resolved once)."""
    return pd.api.types.pandas_dtype(name)


def description(frame: str, column: str) -> str:
    """What a column of a frame holds ('' if not described)."""
    spec = FIELDS.get(f"{frame}.{column}") or FIELDS.get(column)
    return spec.description if spec else ""
