"""A table's lines -> printed rows, one cell per column role, with their offsets.

A row continued after a page break (no code, no status, a lower-case start after a blank line)
is joined to the row before; a row holding several indicators ('21 4' | '21 2' | 'Đạt Chưa
đạt') is split. A row whose tabs became runs of spaces has lost its empty cells: its tokens are
read by what each is (code, indicator, unit, figures, status).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from ..errors import ReportFormatError
from ..issues import Issue
from ..parse.fold import fold
from ..parse.numbers import NUMBER_PATTERN
from ..parse.units import is_unit
from ..read.cells import split_cells
from ..read.header_lines import SPACED_CELL
from ..read.lines import Line
from ..read.tables import Table
from ..rules import table as rules

SECTION_CODE = re.compile(r"^[IVX]+\.?$")
_SECTION_ROW = re.compile(rules.SECTION_ROW_CODE)  # 'II', 'B.': a row of code and title
ROW_CODE = re.compile(r"^\d{1,3}\.?$")
SUB_CODE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){1,2}|[a-zđ])[.)]?$")  # '1.1', '2.3.1', 'a', 'b)'
STATUS_RE = re.compile("|".join(re.escape(p) for p, _ in rules.STATUSES), re.IGNORECASE)
_TOTALS = frozenset(fold(w) for w in rules.TOTAL_ROWS)
_DIGIT = re.compile(r"[0-9]")
_BULLETED = re.compile(r"^[+\-–•*]")
NUMERIC_ROLES = ("previous", "target", "actual", "ratio", "next_target", "ratio_last_year")


@dataclass
class RawRow:
    """One printed row (possibly joined across a page break): cell text and offset per role."""

    cells: dict[str, str]
    starts: dict[str, int | None]
    lines: list[Line]
    section: str
    section_title: str
    group: str
    flags: list[str] = field(default_factory=list)
    sub_code: str = ""  # a sub-row's printed code ('1.1', 'a'), its code in the frame
    table: int = 0  # which of the report's plan tables it is printed in
    unread: list[tuple[str, str]] = field(default_factory=list)  # (header, cell) of no role
    number: str = ""  # its number by order, in a table without a code column


def _space_cells(line: Line, table: Table) -> tuple[list[str], list[int | None]]:
    """Cells of a row of spaces by what each token is, in the table's column order."""
    text = line.text
    parts = [(m.start(), m.group()) for m in SPACED_CELL.finditer(text)]
    roles = table.roles
    out = dict.fromkeys(roles, "")
    starts: dict[str, int | None] = dict.fromkeys(roles, None)

    def take(role: str, k: int) -> None:
        out[role], starts[role] = parts[k][1], line.start + parts[k][0]

    lo, hi = 0, len(parts)
    if "code" in roles and not text[:1].isspace():  # a row line holds at least one token
        take("code", lo)
        lo += 1
    if "status" in roles and lo < hi and STATUS_RE.match(parts[hi - 1][1]):
        take("status", hi - 1)
        hi -= 1
    if "indicator" in roles and lo < hi and not is_unit(parts[lo][1]):
        take("indicator", lo)
        lo += 1
    if "unit" in roles and lo < hi and is_unit(parts[lo][1]):
        take("unit", lo)
        lo += 1
    numeric = [r for r in roles if r in NUMERIC_ROLES or r == "other"]
    rest = list(range(lo, hi))
    if len(rest) > len(numeric):
        return [*[parts[k][1] for k in range(len(parts))], "?"], []  # more cells than columns
    for role, k in zip(numeric[len(numeric) - len(rest) :], rest, strict=True):
        take(role, k)
    return [out[r] for r in roles], [starts[r] for r in roles]


def row_cells(line: Line, table: Table, last: bool = False) -> tuple[list[str], list[int | None]]:
    """The cells of a row line, one per column, and their offsets (None: an empty cell); a
    section row of code and title alone is padded with empty cells unless it is the `last`."""
    split = split_cells(line, table)
    cells, starts = split if split is not None else _space_cells(line, table)
    if len(cells) == 2 < table.width and not last and _SECTION_ROW.fullmatch(cells[0]):
        pad = table.width - 2  # a section row, code and title ('II\tXÃ HỘI'), rows after it
        cells, starts = [*cells, *[""] * pad], [*starts, *[None] * pad]
    if len(cells) != table.width:
        sep = {"tab": "tab-separated ", "pipe": "pipe-separated "}.get(table.separator, "")
        raise ReportFormatError(
            f"table row has {len(cells)} {sep}cells: {line.text.strip()[:60]!r}",
            line=line.number,
            expected=f"{table.width} cells ({', '.join(table.headers)})",
        )
    return cells, starts


def _label_only(cells: dict[str, str]) -> bool:
    """A line holding only the rest of a label ('bảo hiểm y tế' under 'Tỷ lệ dân số tham gia'):
    no other cell, a lower-case start."""
    text = cells.get("indicator", "")
    others = any(v for r, v in cells.items() if r != "indicator")
    return bool(text) and text[0].islower() and not others


def _continues(cells: dict[str, str], blank_before: bool, previous: RawRow | None) -> bool:
    """A row whose cells continue the previous row's: after a page break, or the rest of its
    label on the next line."""
    text = cells["indicator"]
    if previous is None or not text or cells.get("code") or cells.get("status"):
        return False
    return text[0].islower() and (blank_before or _label_only(cells))


def _join(previous: RawRow, cells: dict[str, str], starts: dict, line: Line, blank: bool) -> None:
    for role, text in cells.items():
        if not text:
            continue
        if previous.cells.get(role):
            previous.cells[role] = f"{previous.cells[role]} {text}"
            previous.starts[role] = None  # joined from two lines: no single offset
        else:
            previous.cells[role], previous.starts[role] = text, starts[role]
    previous.lines.append(line)
    where = "across a page break" if blank else "on the next line"
    previous.flags.append(f"cells continue {where} at line {line.number}")


def is_total_label(label: str) -> bool:
    """Whether a row's label names the table's total ('Tổng cộng', 'Cộng:')."""
    return fold(label.lstrip("+-–•* ")).strip(" :.") in _TOTALS


def _cells(ln: Line, table: Table) -> tuple[dict, dict, list[tuple[str, str]]]:
    """A row's cells and their offsets by role, and the cells of columns not read that hold a
    number (header, cell)."""
    cells_list, starts_list = row_cells(ln, table, ln is table.rows[-1][0])
    cells = dict(zip(table.roles, cells_list, strict=True))
    starts = dict(zip(table.roles, starts_list, strict=True))
    unread = [(h, c) for h, r, c in zip(table.headers, table.roles, cells_list, strict=True)
              if r == "other" and _DIGIT.search(c)]  # fmt: skip
    return cells, starts, unread


def _unnumbered(cells: dict[str, str], after_rows: bool) -> bool:
    """Whether a row of a table with no code column takes no number: a bulleted sub-row, a
    total, a label-only line continuing the row above."""
    label = cells["indicator"]
    return (
        bool(_BULLETED.match(label)) or is_total_label(label) or (after_rows and _label_only(cells))
    )


def _code(cells: dict[str, str], number: str, group: str) -> tuple[str, str]:
    """A row's code and sub-code: a bullet printed in the code column moves to the label, a
    sub-row number ('1.1', 'a') under a numbered row is its sub-code."""
    code = cells.get("code", "").rstrip(".") or number
    if code in ("-", "+", "–", "•", "*"):  # a sub-row bullet printed in the code column
        cells["indicator"] = f"{code} {cells.get('indicator', '')}"
        cells["code"] = code = ""
    if SUB_CODE.match(code) and group:  # a sub-row numbered in the code column
        sub_code = code.rstrip(".)")
        cells["code"] = ""
        return "", sub_code
    return code, ""


def read_rows(table: Table) -> tuple[list[RawRow], list[Issue]]:
    """Printed rows of a table with their section; page-split rows joined. A row with another
    number of cells than the header (a table cut off mid-row) raises ReportFormatError."""
    rows: list[RawRow] = []
    issues: list[Issue] = []
    section, title, group, seen_sections, numbered = "", "", "", [], 0
    for ln, blank_before in table.rows:
        cells, starts, unread = _cells(ln, table)
        number = ""
        if "code" not in table.roles and not _unnumbered(cells, bool(rows)):
            numbered += 1  # no code column: a row is numbered by its order
            number = str(numbered)
        code, sub_code = _code(cells, number, group)
        others = [v for r, v in cells.items() if r not in ("code", "indicator") and v]
        if SECTION_CODE.match(code) and not others:
            section, title = code.rstrip("."), cells["indicator"].rstrip(":").strip()
            seen_sections.append((section, ln))
            continue
        previous = rows[-1] if rows else None
        if previous and _continues(cells, blank_before, previous):
            _join(previous, cells, starts, ln, blank_before)
            continue
        if ROW_CODE.match(code):
            group = code
        elif code:
            raise ReportFormatError(
                f"table row code {code!r} is neither a number nor a section numeral",
                line=ln.number,
                expected="a row number (1, 2, …), a sub-row number (1.1, a), a section numeral "
                "(I, II, …) or an empty cell",
            )
        elif not group:
            group = "0"
            issues.append(Issue(ln.number, "appendix", "a sub-row before any numbered row",
                                "a numbered row first"))  # fmt: skip
        rows.append(RawRow(cells, starts, [ln], section, title, group, sub_code=sub_code,
                           unread=unread, number=number))  # fmt: skip
    if not rows:
        last = table.rows[-1][0].number if table.rows else table.heads[-1].number
        found = "section headings but no indicator rows" if table.rows else "a header but no rows"
        raise ReportFormatError(
            f"the table has {found}", line=last, expected="numbered rows of indicators"
        )
    issues += _section_gaps(rows, seen_sections)
    return rows, issues


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _section_gaps(rows: list[RawRow], seen: list[tuple[str, Line]]) -> list[Issue]:
    issues = []
    for (prev, _), (cur, line) in pairwise(seen):
        if cur in ROMAN and prev in ROMAN and ROMAN.index(cur) > ROMAN.index(prev) + 1:
            missing = ", ".join(ROMAN[ROMAN.index(prev) + 1 : ROMAN.index(cur)])
            note = (f"section {missing} is missing: the table goes from {prev} to {cur}; rows "
                    "keep the section printed above them")  # fmt: skip
            first = next((r for r in rows if r.section == cur), None)
            if first is not None:
                first.flags.append(note)
            issues.append(Issue(line.number, "appendix", note, f"section {missing}"))
    return issues


_MULTI = re.compile(rf"^(?:{NUMBER_PATTERN})(?:\s+(?:{NUMBER_PATTERN}))+$")


def split_multi(row: RawRow) -> list[RawRow]:
    """A row holding k indicators ('21 4' | '21 2' | 'Đạt Chưa đạt') -> k rows."""
    target, actual = row.cells.get("target", ""), row.cells.get("actual", "")
    if not (_MULTI.match(target) and _MULTI.match(actual)):
        return [row]
    targets, actuals = target.split(), actual.split()
    statuses = STATUS_RE.findall(row.cells.get("status", ""))
    k = len(targets)
    if len(actuals) != k or (statuses and len(statuses) != k):
        return [row]
    parts = [p.strip() for p in row.cells["indicator"].split(";")]
    indicators = parts if len(parts) == k else [row.cells["indicator"]] * k
    t_starts = _token_starts(target, row.starts.get("target"))
    a_starts = _token_starts(actual, row.starts.get("actual"))
    out = []
    for i in range(k):
        cells = dict(row.cells) | {"indicator": indicators[i], "target": targets[i],
                                   "actual": actuals[i],
                                   "status": statuses[i] if statuses else ""}  # fmt: skip
        if i:
            cells["code"] = ""
        starts = dict(row.starts) | {"target": t_starts[i], "actual": a_starts[i],
                                     "indicator": None, "status": None}  # fmt: skip
        flag = f"one printed row holds {k} indicators; split into {k} rows"
        out.append(RawRow(cells, starts, row.lines, row.section, row.section_title, row.group,
                          [*row.flags, flag]))  # fmt: skip
    return out


def _token_starts(cell: str, start: int | None) -> list[int | None]:
    """Offsets of the white-space separated tokens of a cell that starts at `start`."""
    return [None if start is None else start + m.start() for m in re.finditer(r"\S+", cell)]
