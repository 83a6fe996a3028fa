"""The years of a plan table's columns: the year its results are of, and what a column of
another year is (last year's results, the next year's targets).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tables import Table


def table_year(roles: list[str], years: list[int | None], report_year: int | None) -> int | None:
    """The year a table's results are of: the report's, unless every year its result and target
    columns name is earlier (a table of an earlier year: another edition's, or a misprint), then
    the latest of those.

    >>> table_year(["actual", "actual"], [2030, 2031], 2031), table_year(["actual"], [2030], 2031)
    (2031, 2030)
    """
    named = [y for r, y in zip(roles, years, strict=True) if y and r in ("actual", "target")]
    if report_year is None or not named or max(named) >= report_year:
        return report_year
    return max(named)


def by_year(role: str, y: int | None, year: int) -> str:
    """A result or target column of an earlier year than the table's is `previous`; a plan of a
    later year ('KH 2031' beside 'Ước TH 2030') is `next_target`: the next year's targets.

    >>> by_year("actual", 2029, 2030), by_year("target", 2031, 2030), by_year("target", None, 1)
    ('previous', 'next_target', 'target')
    """
    if role in ("actual", "target") and y and y < year:
        return "previous"
    return "next_target" if role == "target" and y and y > year else role


def plans_of_next_year(tables: list[Table], part_two_line: int | None) -> None:
    """A table of plans only (no result column) printed in the report's part on the next year:
    its plan columns that name no year are the next year's targets (in place).

    >>> from vinhbao.read.lines import Line
    >>> from vinhbao.read.tables import Table
    >>> t = Table(Line(9, 0, ""), "tab", ["indicator", "target"], [None, None], ["", ""])
    >>> plans_of_next_year([t], 5); t.roles
    ['indicator', 'next_target']
    """
    if part_two_line is None:
        return
    for table in tables:
        if table.header.number < part_two_line or {"actual", "previous"} & set(table.roles):
            continue
        table.roles = [
            "next_target" if role == "target" and not year else role
            for role, year in zip(table.roles, table.years, strict=True)
        ]
