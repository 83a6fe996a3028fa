"""A table's header lines: their cells, and headers on two lines (merged cells, as pasted from
Word or laid out by pdftotext), whose second line names the columns of a cell the first line
merged across them ('Năm <year>' over 'Kế hoạch' and 'Ước thực hiện') or left empty.

A column is read as (title, name): the first line's cell over it and the second line's own
(either may be empty). A second line that writes under a cell of the first line that merges
nothing (a data row: '1' under 'STT'), or that holds a figure, is no header line.
"""

from __future__ import annotations

import re

Column = tuple[str, str]  # (the first line's cell over the column, the second line's cell)
Span = tuple[int, int]  # a cell's start and end in its line

SPACE_RUN = re.compile(r"[ \t]{2,}")
SPACED_CELL = re.compile(r"\S+(?: \S+)*")  # words one space apart: a cell of a row of spaces
_FIGURE = re.compile(r"[-+]?[0-9][0-9.,]*\s*%?")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def header_cells(text: str) -> tuple[str, list[str]] | None:
    """(separator, cells) of a line that may be a header: split by tabs, pipes or spaces."""
    if "\t" in text.strip(" "):
        return "tab", [c.strip() for c in text.split("\t")]
    if text.count("|") >= 2:
        return "pipe", [c.strip() for c in text.strip().strip("|").split("|")]
    cells = [c for c in SPACE_RUN.split(text.strip()) if c]
    return ("spaces", cells) if len(cells) >= 3 else None


def two_lines(
    separator: str, cells: list[str], first: str, second: str
) -> tuple[list[Column], list[Span]] | None:
    """(columns, their spans in a header of spaces) of a header line (its separator and cells)
    and the line below it, or None when that is no second header line.

    >>> two_lines("pipe", ["A", "Năm", "", "B"], "", "| | KH | TH | |")[0][1:3]
    [('Năm', 'KH'), ('Năm', 'TH')]
    >>> two_lines("tab", ["A", "Năm", "", "B"], "", "| | KH | TH | |") is None
    True
    """
    if separator == "spaces":
        top = [(m.span(), m.group()) for m in SPACED_CELL.finditer(first)]
        below = [(m.span(), m.group()) for m in SPACED_CELL.finditer(second)]
        pairs = merge_spans(top, below) if len(top) == len(cells) else None
        return None if pairs is None else ([c for c, _ in pairs], [span for _, span in pairs])
    split = header_cells(second)
    if split is None or split[0] != separator:
        return None
    columns = merge_cells(cells, split[1])
    return None if columns is None else (columns, [])


def merge_cells(top: list[str], below: list[str]) -> list[Column] | None:
    """The columns of a header of tabs or pipes from its two lines' cells, or None when the
    second line is no header line.

    >>> merge_cells(["A", "Năm", "", "B"], ["", "KH", "TH", ""])
    [('A', ''), ('Năm', 'KH'), ('Năm', 'TH'), ('B', '')]
    >>> merge_cells(["A", "", "B"], ["", "C", ""])
    [('A', ''), ('', 'C'), ('B', '')]
    >>> merge_cells(["A", "Năm", "", "B"], ["1", "5", "6", ""]) is None
    True
    >>> merge_cells(["A", "Năm 2030", "Năm 2031"], ["", "TH", "KH"])
    [('A', ''), ('Năm 2030', 'TH'), ('Năm 2031', 'KH')]
    """
    width = max(len(top), len(below))
    top, below = _padded(top, width), _padded(below, width)
    if not any(below) or any(_is_figure(c) for c in below):
        return None
    columns: list[Column] = []
    for k, name in enumerate(below):
        merges = k + 1 < width and below[k + 1] and not top[k + 1]
        if name and top[k] and not merges and not _YEAR.search(top[k]):
            return None  # under a cell that merges nothing (a year may head one column)
        j = k
        while j > 0 and not top[j]:
            j -= 1
        merged = name and top[j] and all(below[j : k + 1])
        columns.append((top[j] if merged else top[k], name))
    return columns


def merge_spans(
    top: list[tuple[Span, str]], below: list[tuple[Span, str]]
) -> list[tuple[Column, Span]] | None:
    """The columns of a header of spaces, each with its span, from its two lines' cells (span,
    text), or None when the second line is no header line. A cell of the first line is a title
    over the two or more cells below it, between its neighbours, when it overlaps their extent;
    a cell written under a cell of the first line that is no such title makes a data row.

    >>> top = [((0, 1), "A"), ((6, 9), "Năm"), ((16, 17), "B")]
    >>> merge_spans(top, [((3, 5), "KH"), ((10, 12), "TH")])
    [(('A', ''), (0, 1)), (('Năm', 'KH'), (3, 5)), (('Năm', 'TH'), (10, 12)), (('B', ''), (16, 17))]
    >>> merge_spans(top, [((0, 1), "1"), ((6, 8), "KH")]) is None
    True
    """
    if not below or any(_is_figure(text) for _, text in below):
        return None
    title: dict[int, int] = {}  # a cell of the second line -> the first line's cell over it
    for k, (head, _) in enumerate(top):
        left = top[k - 1][0][1] if k else -1
        right = top[k + 1][0][0] if k + 1 < len(top) else below[-1][0][1]
        run = [b for b, (span, _) in enumerate(below) if left <= span[0] and span[1] <= right]
        if len(run) >= 2 and _overlap(head, (below[run[0]][0][0], below[run[-1]][0][1])):
            if any(b in title for b in run):
                return None
            title.update(dict.fromkeys(run, k))
        elif any(_overlap(span, head) for span, _ in below):
            return None
    titles = set(title.values())
    columns = [((text, ""), span) for k, (span, text) in enumerate(top) if k not in titles]
    columns += [
        ((top[title[b]][1] if b in title else "", text), span)
        for b, (span, text) in enumerate(below)
    ]
    return sorted(columns, key=lambda column: column[1])


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _padded(cells: list[str], width: int) -> list[str]:
    return [*cells, *[""] * (width - len(cells))]


def _is_figure(cell: str) -> bool:
    return bool(_FIGURE.fullmatch(cell)) and not _YEAR.fullmatch(cell)
