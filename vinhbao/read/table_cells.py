"""Cells of a table row: split by tabs or pipes, or, in a row of spaces laid out under its header
('pdftotext -layout'), by where each cell stands under the header's cells.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .header_lines import SPACED_CELL
from .lines import Line

if TYPE_CHECKING:
    from .tables import Table

MIN_ALIGNED = 3
ALIGN_SLACK = 1  # characters a cell may stand off its header's left edge, right edge or centre


def _aligned(cell: tuple[int, int], head: tuple[int, int]) -> bool:
    (a, b), (c, d) = cell, head
    return min(abs(a - c), abs(b - d), abs((a + b) - (c + d)) // 2) <= ALIGN_SLACK


def aligned_cells(line: Line, table: Table) -> tuple[list[str], list[int | None]] | None:
    """Cells of a row of spaces laid out under its header ('pdftotext -layout'): each cell
    stands at the left edge, right edge or centre of one header cell, each under its own; an
    empty cell is then known. None when the row is not laid out so, or holds fewer than
    `MIN_ALIGNED` cells (a line continuing a row is read by what its tokens are)."""
    heads = table.spans
    found = list(SPACED_CELL.finditer(line.text))
    if len(heads) != table.width or len(found) < MIN_ALIGNED:
        return None
    cells, starts = [""] * table.width, [None] * table.width
    for m in found:
        under = [k for k, head in enumerate(heads) if _aligned(m.span(), head)]
        if len(under) != 1 or cells[under[0]]:
            return None
        cells[under[0]], starts[under[0]] = m.group(), line.start + m.start()
    return cells, starts


def split_cells(line: Line, table: Table) -> tuple[list[str], list[int | None]] | None:
    """(cells, their offsets in the text; None for an empty cell) of a tab or pipe row, or of
    a row of spaces laid out under its header; None for another row of spaces (its empty
    cells left no trace)."""
    if table.separator == "spaces":
        return aligned_cells(line, table)
    text = line.text
    if table.separator == "pipe":
        body = text.strip()
        lead = len(text) - len(text.lstrip()) + (1 if body.startswith("|") else 0)
        raw = body.strip("|").split("|") if body.startswith("|") else body.rstrip("|").split("|")
    else:
        lead, raw = 0, text.split("\t")
    cells, starts, pos = [], [], lead
    for part in raw:
        stripped = part.strip()
        cells.append(stripped)
        starts.append(line.start + pos + part.find(stripped) if stripped else None)
        pos += len(part) + 1
    while len(cells) > table.width and not cells[-1]:
        cells.pop()  # trailing separators
        starts.pop()
    return cells, starts
