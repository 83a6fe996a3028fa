"""The plan-vs-actual table -> a frame, one row per indicator: target interval, result, printed
and computed status, gap. Codes come from what is printed: 'N' for a numbered row, 'N.b', 'N.c'
… for its further lines ('N.a' … under a row that is only a heading); a code printed twice or a
gap in the numbering is flagged, never shifted.
"""

from __future__ import annotations

import re

import pandas as pd

from ..derive.status import compute_status, direction, gap, normalise_status
from ..errors import NumberFormatError
from ..issues import Issue
from ..parse.fold import alternation, fold
from ..parse.numbers import garbled_numbers, parse_number
from ..parse.targets import Target, parse_target
from ..parse.units import bracketed_unit, lookup_unit
from ..read.document import Document
from ..read.tables import Table
from ..rules import table as rules
from ..rules import targets as target_rules
from ..tables import frame_of
from .labels import english_label
from .row_codes import BULLET, row_codes
from .table_rows import read_rows, split_multi

_FALL_NOUN = re.compile(rf"(?:{alternation(rules.LABEL_FALL_NOUNS)})(?![^\W\d_])")
_LEVEL_END = re.compile(rf"(?<![^\W\d_])(?:{alternation(target_rules.LEVEL_WORDS)})\s*:?$")
_STATUS_SHARE = re.compile(
    rf"(?<![^\W\d_])(?:{alternation(rules.STATUS_SHARE_WORDS)})\s+[0-9][0-9.,]*\s*%", re.IGNORECASE
)
_VERBS = "|".join(rules.CELL_VERBS)
ACTUAL = re.compile(
    rf"^(?:(?P<verb>{_VERBS}|đạt)\s+)?(?P<sign>[-−])?(?P<n>[0-9][0-9.,]*)\s*%?"
    r"(?:\s*/\s*(?P<d>[0-9][0-9.,]*))?$",
    re.IGNORECASE,
)
EMPTY_CELLS = tuple(rules.EMPTY_CELLS)
FLOAT_COLUMNS = ("target_low", "target_high", "actual", "previous", "ratio", "gap")
BOOLEAN_COLUMNS = ("low_inclusive", "high_inclusive", "status_agrees", "actual_is_change")
OFFSET_COLUMNS = ("target_start", "actual_start", "previous_start", "ratio_start")
DTYPES = (
    dict.fromkeys(FLOAT_COLUMNS, "float64")
    | dict.fromkeys(BOOLEAN_COLUMNS, "boolean")
    | dict.fromkeys(OFFSET_COLUMNS, "Int64")
)
COLUMNS = (
    "code", "row", "parent", "level", "section", "section_title", "indicator", "indicator_en",
    "unit", "unit_canonical", "target_text", "target_start", "target_low", "target_high",
    "low_inclusive", "high_inclusive", "actual_text", "actual_start", "actual", "actual_is_change",
    "previous_text", "previous_start", "previous", "ratio_text", "ratio_start", "ratio",
    "status_text", "status", "better", "status_computed", "status_agrees", "gap", "flag_notes",
    "source", "quote", "start", "end", "line",
)  # fmt: skip


def empty_appendix() -> pd.DataFrame:
    return frame_of([], COLUMNS, DTYPES)


def plan_tables(doc: Document) -> list[Table]:
    """The report's plan-vs-actual tables: those with a target or a result column."""
    return [t for t in doc.tables if {"target", "actual"} & set(t.roles)]


def plan_table(doc: Document) -> Table | None:
    """The report's first plan-vs-actual table."""
    return next(iter(plan_tables(doc)), None)


def table_at(doc: Document, line: int) -> Table | None:
    """The plan-vs-actual table printed at a line (its header's, or one of its rows')."""
    tables = [t for t in plan_tables(doc) if t.header.number <= line]
    return tables[-1] if tables else None


def parse_actual(
    text: str, style: str = "vi", column: str = "actual"
) -> tuple[float | None, bool, str | None]:
    """A single figure ('12,5', 'Tăng 1,5%', 'Giảm 0,37', '8/10') -> (value, printed as a
    change, flag); anything else -> (None, False, a flag naming the `column`)."""
    if not text or text.strip() in EMPTY_CELLS:
        return None, False, None
    garbled = garbled_numbers(text, style)
    if garbled:
        return None, False, f"{column} has a garbled number {garbled[0]!r}: not read"
    m = ACTUAL.match(text.strip())
    if not m:
        return None, False, f"{column} is not a single figure: {text[:50]!r}"
    try:
        value = parse_number(m.group("n"), style)
    except NumberFormatError as exc:
        return None, False, f"{column} not readable: {exc}"
    verb = fold(m.group("verb") or "")
    sign = rules.CELL_VERBS.get(verb, 1) * (-1 if m.group("sign") else 1)
    return value * sign, verb in rules.CELL_VERBS, None


def labelled_as_fall(indicator: str) -> bool:
    """Whether a row's label opens with a verb of fall ('Giảm tỷ lệ hộ nghèo'): its cells, printed
    as plain figures ('0,4 trở lên', '0,48'), are falls; not a programme ('Giảm nghèo …') nor a
    fall to a level ('… xuống còn').

    >>> [labelled_as_fall(s) for s in ("Giảm tỷ lệ trẻ suy dinh dưỡng", "Giảm nghèo: tỷ lệ hộ "
    ...  "nghèo", "Giảm tỷ lệ sinh con thứ 3 xuống còn")]
    [True, False, False]
    """
    label = " ".join(fold(indicator).split())
    words = label.split()
    opens = bool(words) and words[0] in rules.LABEL_FALL_WORDS
    return opens and not _FALL_NOUN.match(label) and not _LEVEL_END.search(label)


def printed_as_change(text: str) -> bool:
    """Whether a cell opens with a verb of change or a sign ('Tăng 5%', 'Giảm 0,3', '-0,3')."""
    words = fold(text.strip()).split()
    return bool(words) and (words[0] in rules.CELL_VERBS or words[0][:1] in "-+−")


def parse_target_cell(
    text: str, context: str = "", style: str = "vi"
) -> tuple[Target | None, str | None]:
    """A target cell ('4-5', 'Dưới 0,5', 'Giảm 0,3') -> Target; unreadable -> None and a flag."""
    if not text or text.strip() in EMPTY_CELLS:
        return None, None
    garbled = garbled_numbers(text, style)
    if garbled:
        return None, f"target has a garbled number {garbled[0]!r}: not read"
    try:
        return parse_target(text, context, style), None
    except NumberFormatError as exc:
        return None, f"target not readable: {exc}"


def in_row_unit(
    target: Target | None, unit: str, indicator: str
) -> tuple[Target | None, str | None]:
    """A target whose cell prints its own unit ('150,5 - 151,5 triệu đồng'), in the row's unit
    like the actual; one in a unit of another kind is not read."""
    if target is None or not target.unit:
        return target, None
    try:
        row_unit = lookup_unit(unit, context=indicator)
    except NumberFormatError:
        row_unit = None
    if row_unit is None or row_unit.canonical != target.unit:
        return None, f"target printed in another unit than the row's: {target.text!r}"
    return target.scaled(1 / row_unit.factor), None


def build_appendix(doc: Document, style: str = "vi") -> tuple[pd.DataFrame, list[Issue]]:
    """The plan-vs-actual table as a frame, and the issues it raised; an empty frame and an
    issue when the report has no such table."""
    table = plan_table(doc)
    if table is None:
        last = doc.last_line
        return empty_appendix(), [
            Issue(
                last,
                "appendix",
                "no plan-vs-actual table",
                "a table whose header names an indicator and a target or result column",
                severity="info",
            )
        ]
    rows, issues, units = [], [], []
    for k, table in enumerate(plan_tables(doc)):
        raw, found = read_rows(table)
        issues += found
        if table.year and doc.identity.year and table.year != doc.identity.year:
            issues.append(Issue(table.header.number, "appendix",
                                f"the table's results are of {table.year}, the report's year is "
                                f"{doc.identity.year}: its facts take the table's year",
                                f"a table of {doc.identity.year}"))  # fmt: skip
        if "code" not in table.roles:
            issues.append(Issue(table.header.number, "appendix", "the table has no code column: "
                                "its rows are numbered in their order", "a code column",
                                severity="info"))  # fmt: skip
        split = [r for row in raw for r in split_multi(row)]
        for row in split:
            row.table = k
        rows += split
        units.append(bracketed_unit(table.headers[table.roles.index("indicator")]))
    records: list[dict] = []
    by_code: dict[str, dict] = {}
    for row, (code, parent, level, code_flags) in zip(rows, row_codes(rows), strict=True):
        record = _record(doc, row, code, parent, level, code_flags, records, by_code, style,
                         units[row.table])  # fmt: skip
        records.append(record)
        by_code[code] = record
    return frame_of(records, COLUMNS, DTYPES), issues


def _record(doc, row, code, parent, level, flags, records, by_code, style, header_unit) -> dict:
    cells, starts = row.cells, row.starts
    flags = [*row.flags, *flags, *(f"column {h!r} not read: {c!r}" for h, c in row.unread)]
    indicator = BULLET.sub("", cells["indicator"]).strip()
    previous = records[-1] if records else None
    inherited = bool(not indicator and previous)
    if inherited:
        indicator = previous["indicator"]
        flags.append(f"indicator cell empty: taken from row {previous['code']}")
    unit = cells.get("unit", "")
    bracketed = bracketed_unit(indicator, indicator)
    if not unit and bracketed:
        unit = bracketed
        flags.append(f"unit cell empty: '{unit}' taken from the indicator")
    if not unit and header_unit:  # 'Chỉ tiêu (tỷ đồng)'
        unit = header_unit
        flags.append(f"unit cell empty: '{unit}' taken from the header")
    if not unit and parent in by_code and by_code[parent]["unit"]:
        unit = by_code[parent]["unit"]
        flags.append(f"unit cell empty: taken from row {parent}")
    unit_canonical = ""
    if unit:
        try:
            unit_canonical = lookup_unit(unit, context=indicator).canonical
        except NumberFormatError:
            flags.append(f"unknown unit {unit!r}")
    target, problem = parse_target_cell(cells.get("target", ""), indicator, style)
    flags.append(problem)
    target, problem = in_row_unit(target, unit, indicator)
    flags.append(problem)
    actual, is_change, problem = parse_actual(cells.get("actual", ""), style)
    flags.append(problem)
    prev_value, _, problem = parse_actual(cells.get("previous", ""), style, "previous")
    ratio, _, ratio_problem = parse_actual(cells.get("ratio", ""), style, "ratio")
    flags += [problem, ratio_problem]
    better = direction(indicator)
    status = normalise_status(cells.get("status", ""))
    ratio_cell = ("ratio", cells.get("ratio", ""))
    if ratio is None and not ratio_cell[1] and _STATUS_SHARE.search(fold(cells.get("status", ""))):
        ratio_cell = ("status", cells["status"])  # 'Đạt 95%': the share of the plan reached
        ratio, _, problem = parse_actual(ratio_cell[1].split()[-1], style, "ratio")
        flags += [problem, "the status cell prints the share of the plan reached: its ratio"]
        if ratio is not None and ratio < 100 and better == "higher":
            status = "not met"
    if status is None and cells.get("status"):
        flags.append(f"status not readable: {cells['status'][:40]!r}")
    computed = compute_status(target, actual, better)
    target_is_change = printed_as_change(cells.get("target", ""))
    if labelled_as_fall(indicator):  # 'Giảm tỷ lệ hộ nghèo | % | 0,4 trở lên | 0,48'
        target = target.negated() if target and not target_is_change else target
        actual, is_change = (
            (-actual, True) if actual is not None and not is_change else (actual, is_change)
        )
        target_is_change = target_is_change or target is not None
    if target is not None and actual is not None and is_change != target_is_change:
        computed = None
        flags.append("the result is printed as a change and the target as a level (or the "
                     "reverse): not compared")  # fmt: skip
    agrees = None if status is None or computed is None else status == computed
    if agrees is False:
        flags.append(f"reported status '{status}' but actual against target gives '{computed}'")
    start, end = row.lines[0].start, row.lines[-1].end
    return {
        "code": code, "row": row.group, "parent": parent, "level": level,
        "section": row.section, "section_title": row.section_title, "indicator": indicator,
        "indicator_en": _label(indicator, unit_canonical, previous if inherited else None),
        "unit": unit, "unit_canonical": unit_canonical,
        "target_text": cells.get("target", ""), "target_start": starts.get("target"),
        "target_low": target.low if target else None,
        "target_high": target.high if target else None,
        "low_inclusive": target.low_inclusive if target else None,
        "high_inclusive": target.high_inclusive if target else None,
        "actual_text": cells.get("actual", ""), "actual_start": starts.get("actual"),
        "actual": actual, "actual_is_change": is_change,
        "previous_text": cells.get("previous", ""), "previous_start": starts.get("previous"),
        "previous": prev_value, "ratio_text": ratio_cell[1],
        "ratio_start": starts.get(ratio_cell[0]), "ratio": ratio,
        "status_text": cells.get("status", ""), "status": status, "better": better,
        "status_computed": computed, "status_agrees": agrees, "gap": gap(target, actual),
        "flag_notes": "; ".join(dict.fromkeys(f for f in flags if f)),
        "source": f"appendix row {code}",
        "quote": doc.text[start:end], "start": start, "end": end, "line": row.lines[0].number,
    }  # fmt: skip


def _label(indicator: str, unit: str, inherited_from: dict | None) -> str:
    """The English label; a row that takes its indicator from the row above in another unit
    ('Người', then 'Lượt người') says its unit: 'Workers placed (person visits)'."""
    label = english_label(indicator)
    if label and inherited_from and unit and unit != inherited_from["unit_canonical"]:
        return f"{label} ({unit.replace('_', ' ')})"
    return label
