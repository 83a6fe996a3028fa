"""The plan-vs-actual table -> a frame, one row per indicator: target interval, result, printed
and computed status, gap. Codes come from what is printed: 'N' for a numbered row, 'N.b', 'N.c'
… for its further lines ('N.a' … under a row that is only a heading); a code printed twice or a
gap in the numbering is flagged, never shifted.
"""

from __future__ import annotations

import pandas as pd

from ..derive.status import compute_status, direction, gap, normalise_status
from ..errors import NumberFormatError
from ..issues import Issue
from ..parse.targets import Target
from ..parse.units import bracketed_unit, lookup_unit
from ..read.document import Document
from ..read.tables import Table
from ..tables import frame_of
from .appendix_cells import (
    in_row_unit,
    labelled_as_fall,
    parse_actual,
    parse_target_cell,
    printed_as_change,
    status_share,
)
from .labels import english_label
from .row_codes import BULLET, row_codes
from .table_rows import RawRow, read_rows, split_multi

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
    for row, codes in zip(rows, row_codes(rows), strict=True):
        record = _record(doc, row, codes, records, by_code, style, units[row.table])
        records.append(record)
        by_code[codes[0]] = record
    return frame_of(records, COLUMNS, DTYPES), issues


def _record(
    doc: Document, row: RawRow, codes: tuple, records: list[dict], by_code: dict, style: str,
    header_unit: str,
) -> dict:  # fmt: skip
    """The appendix row of a table row: its indicator and unit (taken from above when empty),
    target, result, comparisons, printed and computed status, and every flag raised."""
    code, parent, level, code_flags = codes
    cells, starts = row.cells, row.starts
    flags = [*row.flags, *code_flags, *(f"column {h!r} not read: {c!r}" for h, c in row.unread)]
    previous = records[-1] if records else None
    indicator, inherited = _indicator(cells, previous, flags)
    unit, unit_canonical = _unit(cells, indicator, header_unit, parent, by_code, flags)
    target, problem = parse_target_cell(cells.get("target", ""), indicator, style)
    target, in_unit = in_row_unit(target, unit, indicator)
    actual, is_change, actual_problem = parse_actual(cells.get("actual", ""), style)
    prev_value, _, prev_problem = parse_actual(cells.get("previous", ""), style, "previous")
    ratio, _, ratio_problem = parse_actual(cells.get("ratio", ""), style, "ratio")
    flags += [problem, in_unit, actual_problem, prev_problem, ratio_problem]
    better = direction(indicator)
    status, ratio, ratio_column = _status(cells, ratio, better, style, flags)
    computed = compute_status(target, actual, better)  # as printed, before the falls are signed
    target, actual, is_change, comparable = _as_falls(indicator, cells, target, actual, is_change)
    if not comparable:
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
        "previous": prev_value, "ratio_text": cells.get(ratio_column, ""),
        "ratio_start": starts.get(ratio_column), "ratio": ratio,
        "status_text": cells.get("status", ""), "status": status, "better": better,
        "status_computed": computed, "status_agrees": agrees, "gap": gap(target, actual),
        "flag_notes": "; ".join(dict.fromkeys(f for f in flags if f)),
        "source": f"appendix row {code}",
        "quote": doc.text[start:end], "start": start, "end": end, "line": row.lines[0].number,
    }  # fmt: skip


def _status(
    cells: dict, ratio: float | None, better: str, style: str, flags: list
) -> tuple[str | None, float | None, str]:
    """The printed status, the ratio to the plan and the column it is printed in: a status
    cell printing the share reached ('Đạt 95%') gives the ratio when no column does, and under
    100 it is not met."""
    status = normalise_status(cells.get("status", ""))
    column = "ratio"
    if ratio is None and not cells.get("ratio"):
        share, problem = status_share(cells.get("status", ""), style)
        if share is not None or problem:
            ratio, column = share, "status"
            flags += [problem, "the status cell prints the share of the plan reached: its ratio"]
            if share is not None and share < 100 and better == "higher":
                status = "not met"
    if status is None and cells.get("status"):
        flags.append(f"status not readable: {cells['status'][:40]!r}")
    return status, ratio, column


def _indicator(cells: dict, previous: dict | None, flags: list) -> tuple[str, bool]:
    """The row's indicator, and whether it is the row above's (an empty indicator cell)."""
    indicator = BULLET.sub("", cells["indicator"]).strip()
    if indicator or previous is None:
        return indicator, False
    flags.append(f"indicator cell empty: taken from row {previous['code']}")
    return previous["indicator"], True


def _unit(
    cells: dict, indicator: str, header_unit: str, parent: str, by_code: dict, flags: list
) -> tuple[str, str]:
    """The row's unit as printed and canonical: its cell, else the unit in brackets in its
    indicator, in the header ('Chỉ tiêu (tỷ đồng)'), or its parent row's."""
    unit = cells.get("unit", "")
    above = by_code[parent]["unit"] if parent in by_code else ""
    for found, where in ((bracketed_unit(indicator, indicator), "the indicator"),
                         (header_unit, "the header"), (above, f"row {parent}")):  # fmt: skip
        if unit or not found:
            continue
        unit = found
        quoted = "taken" if where.startswith("row") else f"'{unit}' taken"
        flags.append(f"unit cell empty: {quoted} from {where}")
    if not unit:
        return "", ""
    try:
        return unit, lookup_unit(unit, context=indicator).canonical
    except NumberFormatError:
        flags.append(f"unknown unit {unit!r}")
        return unit, ""


def _as_falls(
    indicator: str, cells: dict, target: Target | None, actual: float | None, is_change: bool
) -> tuple[Target | None, float | None, bool, bool]:
    """Target and result of a row whose label opens with a verb of fall ('Giảm tỷ lệ hộ nghèo |
    % | 0,4 trở lên | 0,48') as signed changes; and whether target and result may be compared
    (both levels, or both changes)."""
    target_is_change = printed_as_change(cells.get("target", ""))
    if labelled_as_fall(indicator):
        target = target.negated() if target and not target_is_change else target
        if actual is not None and not is_change:
            actual, is_change = -actual, True
        target_is_change = target_is_change or target is not None
    comparable = target is None or actual is None or is_change == target_is_change
    return target, actual, is_change, comparable


def _label(indicator: str, unit: str, inherited_from: dict | None) -> str:
    """The English label; a row that takes its indicator from the row above in another unit
    ('Người', then 'Lượt người') says its unit: 'Workers placed (person visits)'."""
    label = english_label(indicator)
    if label and inherited_from and unit and unit != inherited_from["unit_canonical"]:
        return f"{label} ({unit.replace('_', ' ')})"
    return label
