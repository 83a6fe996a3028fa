"""Tables printed one cell per line (text copied from a PDF viewer): each row's lines joined
into one row line with tabs in place of the line breaks, so that `read.tables` reads it as a tab
table. The join keeps every offset: a cell's text and place are those of the original text.

A stacked header is a run of short lines naming the columns (`rules.table`), followed by a line
holding only a row code; each row is then its code line and one line per further column. A
section row (a Roman numeral or capital letter and its title, a row after it) may have two. A
row opens at a code line followed by a line of words (its label). The table ends at the end of
the text, a blank line or prose after a full row; a row whose cells do not line up (the line
after it opens no row, or its last cell is the next row's code) ends it with an issue: its cells
are not guessed, and a header whose first row does not line up is left as prose.

>>> from vinhbao.read.lines import split_lines
>>> text = "TT\\nChỉ tiêu\\nĐVT\\nKế hoạch\\nThực hiện\\n1\\nThu ngân sách\\ntỷ đồng\\n450\\n480\\n"
>>> rows, issues = unstack(split_lines(text))
>>> [ln.text for ln in rows][:2], issues
(['TT\\tChỉ tiêu\\tĐVT\\tKế hoạch\\tThực hiện', '1\\tThu ngân sách\\ttỷ đồng\\t450\\t480'], [])
"""

from __future__ import annotations

import re

from ..issues import Issue
from ..rules import table as rules
from .lines import Line
from .tables import header_key, read_header

_CODE = re.compile(rules.STACKED_ROW_CODE)
_SECTION = re.compile(rules.SECTION_ROW_CODE)
_OPENING = frozenset(  # a stacked header's first line: its code or indicator column, alone
    header_key(p) for role in ("code", "indicator") for p in rules.COLUMN_ROLES[role]
)
_LABEL_LETTERS = 4  # more letters than a status ('Đạt', 'Vượt') has: a row's label
_CELLED = re.compile(r"\t|\||\S {2,}\S")  # a line of a table of another layout


def unstack(lines: list[Line], year: int | None = None) -> tuple[list[Line], list[Issue]]:
    """The lines with each stacked table's header and rows joined into one line each."""
    out: list[Line] = []
    issues: list[Issue] = []
    i = 0
    while i < len(lines):
        width = _header_width(lines, i, year)
        rows, end, found = _rows(lines, i + width, width) if width else ([], i, [])
        issues += found
        if not rows:  # no stacked table here, or its first row does not line up: lines as they are
            skip = width or 1
            out += lines[i : i + skip]
            i += skip
            continue
        out += [_joined(lines[i : i + width]), *rows]
        i = end
    return out, issues


def _is_code(line: Line) -> bool:
    return _CODE.fullmatch(line.text.strip()) is not None


def _header_width(lines: list[Line], i: int, year: int | None) -> int | None:
    """How many lines the stacked header opening at line i has, or None when none opens there."""
    first = lines[i].text.strip()
    if not first or len(first) > rules.STACKED_HEADER_CELL_MAX or _CELLED.search(lines[i].text):
        return None  # most lines: prose, or a table of another layout
    if i + 3 >= len(lines) or header_key(first) not in _OPENING:
        return None
    j = i
    while j < len(lines) and j - i < rules.STACKED_HEADER_MAX_CELLS:
        text = lines[j].text.strip()
        if not text or len(text) > rules.STACKED_HEADER_CELL_MAX or _CELLED.search(lines[j].text):
            break
        if _is_code(lines[j]):
            break
        j += 1
    if j - i < 3 or j >= len(lines) or not _is_code(lines[j]):
        return None
    table = read_header(_joined(lines[i:j]), year)
    return j - i if table is not None and table.width == j - i else None


def _rows(lines: list[Line], i: int, width: int) -> tuple[list[Line], int, list[Issue]]:
    """The joined rows from line i on; the index of the first line after the table (blank lines
    between rows, a page break, are passed over); the issue of a row that does not line up."""
    rows: list[Line] = []
    while (start := _next_row(lines, i)) is not None:
        size = _row_size(lines, start, width)
        if size is None:
            return rows, i, [_misaligned(lines[start], width)]
        rows.append(_joined(lines[start : start + size]))
        i = start + size
    return rows, i, []


def _next_row(lines: list[Line], i: int) -> int | None:
    """Line i, or the first line past blank lines there, if it opens a row (its code); else None."""
    while i < len(lines) and lines[i].blank:
        i += 1
    return i if i < len(lines) and _is_code(lines[i]) else None


def _row_size(lines: list[Line], i: int, width: int) -> int | None:
    """How many lines the row at line i has: `width`, or 2 for a section row (code and title,
    with a row after it); None when its cells do not line up."""
    sizes = [2, width] if _SECTION.fullmatch(lines[i].text.strip()) else [width]
    for size in sizes:
        cells = lines[i : i + size]
        if len(cells) < size or any(ln.blank for ln in cells) or _is_code(cells[1]):
            continue  # a title or label is no code
        if _opens_row(lines, i + size) or (size == width and _ends_table(lines, i + size)):
            return size
    return None


def _opens_row(lines: list[Line], j: int) -> bool:
    """Whether line j opens a row: a code, then a line of words (a value '3' is followed by a
    number, a unit or a status)."""
    label = lines[j + 1].text if j + 1 < len(lines) else ""
    return (
        j < len(lines) and _is_code(lines[j]) and sum(c.isalpha() for c in label) > _LABEL_LETTERS
    )


def _ends_table(lines: list[Line], j: int) -> bool:
    """Whether a full row may be the table's last before line j: the text ends, a blank line
    or prose follows, and the row's last line opens no row swallowed from the next (a code
    followed by words: the row was a cell short)."""
    return j >= len(lines) or lines[j].blank or not _opens_row(lines, j - 1)


def _joined(lines: list[Line]) -> Line:
    """Consecutive lines as one line: the line breaks become tabs (the same offsets)."""
    first, last = lines[0], lines[-1]
    text = "\t".join(ln.text for ln in lines)
    assert len(text) == last.end - first.start
    return Line(first.number, first.start, text)


def _misaligned(line: Line, width: int) -> Issue:
    return Issue(
        line.number, "appendix",
        f"a table printed one cell per line: the row at line {line.number} does not line up "
        f"with its header's {width} columns (an empty cell left no line?); the table ends here",
        f"{width} lines per row, each row opening with its code",
    )  # fmt: skip
