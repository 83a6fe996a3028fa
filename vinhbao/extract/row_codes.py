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
    across, within = _restarts(rows)
    coder = _Coder()
    out = []
    for row in rows:
        here = _scope(row, within) if across or within else ""
        if here != coder.scope:
            coder.scope, coder.last = here, None  # numbering starts again here
        at = f"{here}." if here else ""
        if is_total(row):
            out.append(coder.total(row, at))
        elif _printed(row):
            out.append(coder.numbered(row, at))
        else:
            out.append(coder.further(row, at))
    return out


class _Coder:
    """The numbering read so far: codes seen, the last number, the letter of the next further
    line, the '+' row that '-' rows are under, whether the numbered row holds figures."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}
        self.scope: str | None = None
        self.last: int | None = None
        self.letter, self.parent_plus, self.has_figures = 0, "", False

    def _count(self, code: str) -> int:
        self.seen[code] = self.seen.get(code, 0) + 1
        return self.seen[code]

    def total(self, row: RawRow, at: str) -> tuple[str, str, int, list[str]]:
        times = self._count("total")
        code = f"{at}{'total' if times == 1 else f'total~{times}'}"
        self.letter, self.parent_plus, self.has_figures = 0, "", True
        row.group = code
        return code, "", 0, []

    def numbered(self, row: RawRow, at: str) -> tuple[str, str, int, list[str]]:
        flags = []
        n = int(_printed(row))
        printed = f"{at}{_printed(row)}"
        times = self._count(printed)
        self.letter, self.parent_plus = 0, ""
        self.has_figures = any(row.cells.get(r) for r in FIGURE_ROLES)
        code = printed if times == 1 else f"{printed}~{times}"
        if times > 1:
            flags.append(f"row number {printed} printed again: kept apart as {code}")
        elif self.last is not None and n > self.last + 1:
            flags.append(f"row numbers jump from {self.last} to {n}: row(s) missing")
        self.last = max(self.last or 0, n)
        row.group = code
        return code, "", 0, flags

    def further(self, row: RawRow, at: str) -> tuple[str, str, int, list[str]]:
        """A line under a numbered row: its next letter, or its sub-code as printed ('1.1' as
        is, 'a' under row 1 as '1.a'); a '-' line under a '+' line is one level deeper."""
        flags = []
        self.letter += 1
        group = f"{at}{row.group}" if at and not row.group.startswith(at) else row.group
        code = f"{group}.{chr(ord('a') + self.letter - (0 if self.has_figures else 1))}"
        if row.sub_code:
            code = f"{at}{row.sub_code}" if row.sub_code[0].isdigit() else f"{group}.{row.sub_code}"
            times = self._count(code)
            if times > 1:
                flags.append(f"row number {code} printed again: kept apart as {code}~{times}")
                code = f"{code}~{times}"
        bullet = BULLET.match(row.cells["indicator"])
        sign = bullet.group(1) if bullet else ""
        if sign == "+":
            self.parent_plus = code
        if sign in "-–" and sign and self.parent_plus:
            return code, self.parent_plus, 2, flags
        return code, group, 1, flags
