"""A plan table's row codes, from what is printed: 'N' for a numbered row, 'N.b', 'N.c' … for its
further lines ('N.a' … under a row that is only a heading), '1.1' or 'N.a' as printed for a
numbered sub-row, 'total' for a total row ('Tổng cộng'). Numbering that starts again in another
section or table ('I' 1, 2; 'II' 1, 2) prefixes every code with its section or table ('I.1',
'II.1', 'T2.1'); a number printed twice in one run keeps a mark ('N~2'); a gap is flagged.
"""

from __future__ import annotations

import re

from .table_rows import RawRow, is_total_label

BULLET = re.compile(r"^([+\-–•])\s*")
FIGURE_ROLES = ("target", "actual", "previous", "ratio", "ratio_last_year")


def is_total(row: RawRow) -> bool:
    """Whether an un-numbered row is the table's total ('Tổng cộng', 'Cộng:')."""
    label = row.cells.get("indicator", "")
    return not _printed(row) and not row.sub_code and is_total_label(label)


def _printed(row: RawRow) -> str:
    """A numbered row's number: its code cell, or its order in a table without a code column."""
    return (row.cells.get("code", "") or row.number).rstrip(".")


def _scope(row: RawRow, by_section: bool) -> str:
    """The table (and section) a row is printed in, as a code prefix: 'T2', 'II', 'T2.I'."""
    table = f"T{row.table + 1}" if row.table else ""
    return ".".join(filter(None, (table, row.section if by_section else "")))


def _restarts(rows: list[RawRow]) -> tuple[bool, bool]:
    """Whether the numbering starts again in a later table, and in a later section of a table."""
    across = within = False
    last: RawRow | None = None
    for row in rows:
        code = _printed(row)
        if not code:
            continue
        if last is not None and int(code) <= int(_printed(last)):
            across |= row.table != last.table
            within |= row.table == last.table and row.section != last.section
        last = row
    return across, within


def row_codes(rows: list[RawRow]) -> list[tuple[str, str, int, list[str]]]:
    """(code, parent, level, flags) per row: N, then N.b, N.c … (N.a … under a header-only
    row); a number printed twice keeps a mark ('N~2'), a gap in the numbering is flagged."""
    out = []
    letter, parent_plus, has_figures, seen, last = 0, "", False, {}, None
    across, within = _restarts(rows)
    scope = None
    for row in rows:
        flags = []
        code_cell = _printed(row)
        here = _scope(row, within) if across or within else ""
        at = f"{here}." if here else ""
        if here != scope:
            scope, last = here, None  # numbering starts again here
        if is_total(row):
            seen["total"] = seen.get("total", 0) + 1
            code = "total" if seen["total"] == 1 else f"total~{seen['total']}"
            letter, parent_plus, has_figures = 0, "", True
            out.append((f"{at}{code}", "", 0, flags))
            row.group = f"{at}{code}"
            continue
        if code_cell:
            n = int(code_cell)
            code_cell = f"{at}{code_cell}"
            seen[code_cell] = seen.get(code_cell, 0) + 1
            letter, parent_plus = 0, ""
            has_figures = any(row.cells.get(r) for r in FIGURE_ROLES)
            code = code_cell if seen[code_cell] == 1 else f"{code_cell}~{seen[code_cell]}"
            if seen[code_cell] > 1:
                flags.append(f"row number {code_cell} printed again: kept apart as {code}")
            elif last is not None and n > last + 1:
                flags.append(f"row numbers jump from {last} to {n}: row(s) missing")
            last = max(last or 0, n)
            out.append((code, "", 0, flags))
            row.group = code
            continue
        letter += 1
        group = f"{at}{row.group}" if at and not row.group.startswith(at) else row.group
        code = f"{group}.{chr(ord('a') + letter - (0 if has_figures else 1))}"
        if row.sub_code:  # printed: '1.1' as is, 'a' under row 1 as '1.a'
            code = f"{at}{row.sub_code}" if row.sub_code[0].isdigit() else f"{group}.{row.sub_code}"
            seen[code] = seen.get(code, 0) + 1
            if seen[code] > 1:
                flags.append(f"row number {code} printed again: kept apart as {code}~{seen[code]}")
                code = f"{code}~{seen[code]}"
        bullet = BULLET.match(row.cells["indicator"])
        sign = bullet.group(1) if bullet else ""
        if sign == "+":
            parent_plus = code
        if sign in "-–" and sign and parent_plus:
            out.append((code, parent_plus, 2, flags))
        else:
            out.append((code, group, 1, flags))
    return out
