"""The next year's targets printed as a table column -> target rows.

A table's column whose header names a plan of a later year than the table's results ('KH
2031' beside 'Ước TH 2030', or a table of 'Kế hoạch 2031' alone in a report on 2030) holds
the next year's targets: one row per indicator, in the canonical unit of the row's unit, coded
as the table codes its rows, period the next year.

>>> from vinhbao.read.document import parse_document
>>> doc = parse_document("BÁO CÁO\\nKết quả năm 2030\\n\\nI. KẾT QUẢ\\n\\nThu ngân sách đạt "
...     "12 tỷ đồng.\\n\\nTT\\tChỉ tiêu\\tĐVT\\tKế hoạch 2031\\n1\\tTỷ lệ hộ nghèo\\t%\\t< 1,2\\n")
>>> [(r["code"], r["kind"], r["high"], r["period"]) for r in table_targets(doc)[0]]
[('1', 'level', 1.2, '2031')]
"""

from __future__ import annotations

from ..errors import NumberFormatError
from ..issues import Issue
from ..parse.units import bracketed_unit, lookup_unit
from ..read.document import Document
from .appendix_cells import in_row_unit, parse_target_cell, printed_as_change
from .labels import english_label
from .row_codes import BULLET, row_codes
from .table_rows import read_rows, split_multi
from .target_words import signed_by_noun, target_kind

ROLE = "next_target"


def table_targets(doc: Document, style: str = "vi") -> tuple[list[dict], list[Issue]]:
    """The target rows of every next-year plan column of the document's tables, and an issue
    for each plan cell printed but not read."""
    out: list[dict] = []
    issues: list[Issue] = []
    for table in doc.tables:
        if ROLE not in table.roles:
            continue
        years = [y for r, y in zip(table.roles, table.years, strict=True) if r == ROLE and y]
        period = str(doc.identity.next_year or (years[0] if years else ""))
        raw, _ = read_rows(table)
        rows = [r for row in raw for r in split_multi(row)]
        labels: dict[str, str] = {}
        for row, (code, parent, _, flags) in zip(rows, row_codes(rows), strict=True):
            indicator = BULLET.sub("", row.cells.get("indicator", "")).strip()
            labels[code] = indicator
            record, problem = _record(doc, row, code, indicator, labels.get(parent, ""), style)
            if problem and record is None:
                expected = "a target such as '4-5', 'Dưới 0,5' or 'Giảm 0,3'"
                issues.append(
                    Issue(row.lines[0].number, "targets", f"row {code}: {problem}", expected)
                )
            if record is not None:
                record["period"] = period
                record["flag_notes"] = "; ".join(x for x in (*flags, record["flag_notes"]) if x)
                out.append(record)
    return out, issues


def _record(doc: Document, row, code: str, indicator: str, context: str, style: str):
    """A row's target record and what made its cell unreadable (None, None: no cell)."""
    cell, start = row.cells.get(ROLE, ""), row.starts.get(ROLE)
    if start is None:
        return None, None
    unit = row.cells.get("unit", "") or bracketed_unit(indicator, indicator) or ""
    target, problem = parse_target_cell(cell, indicator, style)
    target, other = in_row_unit(target, unit, indicator)
    if target is None:
        return None, problem or other
    try:
        printed = lookup_unit(unit, context=indicator) if unit else None
    except NumberFormatError:
        printed = None
    if printed is not None:
        target = target.scaled(printed.factor, printed.canonical)
    change = printed_as_change(cell)  # 'Giảm 0,3': a change, its sign read with it
    before = f"{indicator} {'tăng ' if change else ''}"
    if not change:
        target = signed_by_noun(before, target)
    kind = target_kind(before, target, indicator)
    first, last = row.lines[0], row.lines[-1]
    return {
        "code": code, "item": int(row.group) if row.group.isdigit() else None,
        "indicator": indicator, "indicator_en": english_label(indicator) or english_label(context),
        "context": context if code != row.group else "", "kind": kind,
        "unit": "pp" if kind == "change_pp" else target.unit, "target_text": cell.strip(),
        "target_start": start + len(cell) - len(cell.lstrip()),
        "low": target.low, "high": target.high, "low_inclusive": target.low_inclusive,
        "high_inclusive": target.high_inclusive, "approx": target.approx,
        "denominator": target.denominator, "source": f"targets ({row.group})",
        "quote": doc.text[first.start : last.end], "start": first.start, "end": last.end,
        "line": first.number, "flag_notes": "; ".join(x for x in (problem, other) if x),
    }, None  # fmt: skip
