"""Page furniture of a text converted from PDF: lines holding only a page number ('2', 'Trang 3',
'- 4 -') and running headers or footers (the report's title repeated at the top of every page).

A running line is a line printed beside a page number (the nearest line that is not blank,
before or after it) on two or more pages and beside at least half the page numbers, and not
ending as a clause that opens what follows does (':', ';', ','): there it breaks like a blank
line, as the page number does, and is neither body text nor a table row (the same line
elsewhere, the title on the first page, is text).
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..rules import headings as rules
from .lines import Line

PAGE_NUMBER = re.compile(rules.PAGE_NUMBER_LINE)
RUNNING_MAX = 160  # characters: a running header or footer is one short line


def is_page_number(line: Line) -> bool:
    return bool(PAGE_NUMBER.match(line.text))


def running_lines(lines: list[Line]) -> set[int]:
    """The numbers of the running headers and footers of a text (see the module's docstring).

    >>> from vinhbao.read.lines import split_lines
    >>> title = "Báo cáo năm 2031\\n"
    >>> text = f"{title}A.\\nTrang 1\\n{title}B.\\nTrang 2\\n{title}C."
    >>> sorted(running_lines(split_lines(text)))
    [4, 7]
    """
    pages = sum(map(is_page_number, lines))
    if not pages:
        return set()
    seen: dict[str, list[int]] = defaultdict(list)
    for k, ln in enumerate(lines):
        key = ln.text.strip()
        if key and len(key) <= RUNNING_MAX and not is_page_number(ln) and key[-1] not in ":;,":
            seen[key].append(k)
    out: set[int] = set()
    for ks in seen.values():
        beside = [lines[k].number for k in ks if _beside_page_number(lines, k)]
        if len(beside) >= max(2, pages / 2):
            out.update(beside)
    return out


def _beside_page_number(lines: list[Line], k: int) -> bool:
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(lines) and lines[j].blank:
            j += step
        if 0 <= j < len(lines) and is_page_number(lines[j]):
            return True
    return False
