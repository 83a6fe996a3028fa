"""Plan-vs-actual tables in text form: where they are, what their columns are, their lines.

A table starts at a header line whose cells name an indicator and a target or a result (words
of `rules.table`), separated by tabs, pipes or runs of two or more spaces; it runs while lines
hold that separator (blank lines inside, as at a page break, are kept as such). A row's cells
come from `read.cells`; a row of spaces not laid out under its header loses its empty cells and
is read by what each token is (`extract.table_rows`). A header may take a second line naming
the columns of cells its first line merged or left empty (`read.header_lines`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..parse.fold import fold
from ..rules import headings as heading_rules
from ..rules import table as rules
from .header_lines import SPACE_RUN, SPACED_CELL, Column, Span, header_cells, two_lines
from .lines import Line
from .pages import is_page_number
from .table_years import by_year, table_year

_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_APPENDIX_TITLE = re.compile(heading_rules.APPENDIX_TITLE)


def header_key(text: str) -> str:
    """A header cell or role phrase as matched: folded, parentheses blanked, single spaces."""
    return " ".join(fold(text).replace("(", " ").replace(")", " ").split())


_ROLE_PHRASES = sorted(
    ((header_key(p), role) for role, phrases in rules.COLUMN_ROLES.items() for p in phrases),
    key=lambda item: -len(item[0]),
)


@dataclass
class Table:
    """A table of the text: its header, the role and year of each column, its row lines."""

    header: Line
    separator: str  # 'tab', 'pipe' or 'spaces'
    roles: list[str]
    years: list[int | None]
    headers: list[str]
    rows: list[tuple[Line, bool]] = field(default_factory=list)  # (line, after a blank line)
    title: list[Line] = field(default_factory=list)  # 'PHỤ LỤC …' lines above the header
    below: Line | None = None  # the header's second line, if it has one
    spans: list[Span] = field(default_factory=list)  # of each column of a header of spaces
    year: int | None = None  # the year of its results (`table_year`)
    again: list[Line] = field(default_factory=list)  # the header printed again after a page break

    @property
    def heads(self) -> list[Line]:
        return [self.header, self.below] if self.below else [self.header]

    @property
    def lines(self) -> list[Line]:
        return [*self.title, *self.heads, *self.again, *(ln for ln, _ in self.rows)]

    @property
    def width(self) -> int:
        return len(self.roles)


def role_of(cell: str) -> str:
    """The role of a header cell: the longest role phrase it contains, else 'other'; a result
    over another column ('Ước TH 2031/TH 2030') is a comparison.

    >>> role_of("Ước TH 2031"), role_of("Ước TH 2031/KH 2031 (%)"), role_of("TH/CK")
    ('actual', 'ratio', 'ratio')
    """
    folded = header_key(cell)
    role = _phrase_role(folded)
    if role == "actual" and rules.RATIO_SIGN in folded:
        left, right = folded.split(rules.RATIO_SIGN, 1)
        over = _phrase_role(right)
        if _phrase_role(left) == "actual" and (over in _OVER or _base_in(right)):
            return "ratio"
    return role


def _phrase_role(folded: str) -> str:
    for phrase, role in _ROLE_PHRASES:
        if _word_in(phrase, folded):
            return role
    return "other"


_RATIO_BASES = [(header_key(w), base) for w, base in rules.RATIO_BASES.items()]
_OVER = ("target", *rules.RATIO_OVER_RESULT)
_INDICATOR_WORDS = tuple(p.lower() for p in rules.COLUMN_ROLES["indicator"])


def read_header(line: Line, report_year: int | None, below: Line | None = None) -> Table | None:
    """The Table a header line opens, or None when the line is no plan-vs-actual header; with
    `below`, the next line, read as the header's second line when it names the columns of
    cells the first merged or left empty (else the header is the first line alone)."""
    low = line.text.lower()
    if len(low) > 400 or not any(w in low for w in _INDICATOR_WORDS):
        return None
    split = header_cells(line.text)
    if split is None:
        return None
    separator, cells = split
    while cells and not cells[-1]:
        cells.pop()  # trailing tabs
    merged = two_lines(separator, cells, line.text, below.text) if below is not None else None
    if merged is not None and (table := _table(line, separator, *merged, report_year)):
        table.below = below
        return table
    spans = _spans(line.text) if separator == "spaces" else []
    return _table(line, separator, [(c, "") for c in cells], spans, report_year)


def _spans(text: str) -> list[Span]:
    return [m.span() for m in SPACED_CELL.finditer(text)]


def _table(
    line: Line, separator: str, columns: list[Column], spans: list[Span], report_year: int | None
) -> Table | None:
    """The Table of a header's columns (title, name), or None when they are no plan-vs-actual
    header: a column takes the role and year its name says, else those of its title."""
    roles = [_column_role(title, name) for title, name in columns]
    if not all(r in roles for r in rules.REQUIRED_ROLES) or not any(
        r in roles for r in rules.ANY_OF_ROLES
    ):
        return None
    if len(columns) < 3:
        return None
    cells = [" ".join(filter(None, column)) for column in columns]
    roles = _one_ratio(roles, cells)
    years = [_year(name) or _year(title) for title, name in columns]
    roles = [_previous(role, cell) for role, cell in zip(roles, cells, strict=True)]
    year = table_year(roles, years, report_year)
    if year is not None:
        roles = [by_year(role, y, year) for role, y in zip(roles, years, strict=True)]
    return Table(line, separator, roles, years, cells, spans=spans, year=year)


_PREVIOUS = [header_key(w) for w in rules.PREVIOUS_WORDS]


def _previous(role: str, header: str) -> str:
    """A result or plan column whose header names the year before ('TH năm trước') is
    `previous`.

    >>> _previous("actual", "TH năm trước"), _previous("actual", "Ước TH năm")
    ('previous', 'actual')
    """
    folded = header_key(header)
    named = role in ("actual", "target") and any(_word_in(w, folded) for w in _PREVIOUS)
    return "previous" if named else role


def _column_role(title: str, name: str) -> str:
    """A column's role by its name, else by its title; under a comparison's title ('So sánh
    (%)' over 'KH | Cùng kỳ') every column is a comparison, on what its name says."""
    over = role_of(title) if title else "other"
    if over == "ratio" and name:
        return over
    role = role_of(name) if name else "other"
    return role if role != "other" else over


def _year(cell: str) -> int | None:
    return int(m.group()) if (m := _YEAR.search(cell)) else None


def _one_ratio(roles: list[str], cells: list[str]) -> list[str]:
    """Of two comparison columns ('TH/KH', 'TH/TH <year before>'), the ratio is the one on a
    plan or estimate (else the first); a second one on last year is `ratio_last_year`, any
    other is kept out ('other')."""
    ratios = [k for k, role in enumerate(roles) if role == "ratio"]
    if len(ratios) < 2:
        return roles
    planned = [k for k in ratios if ratio_base(cells[k]) in ("plan", "estimate")]
    keep = (planned or ratios)[0]
    yearly = next((k for k in ratios if k != keep and ratio_base(cells[k]) == "last_year"), None)
    return [
        role if k not in ratios or k == keep else "ratio_last_year" if k == yearly else "other"
        for k, role in enumerate(roles)
    ]


def ratio_base(header: str) -> str:
    """What a comparison column's header compares with: 'TH/KH' -> plan, 'TH 2031/TH 2030' ->
    last_year, '' if it does not say. The part after the sign says it first."""
    folded = header_key(header)
    if rules.RATIO_SIGN in folded:
        right = folded.rsplit(rules.RATIO_SIGN, 1)[1]
        if base := _base_in(right):
            return base
        if _phrase_role(right) in rules.RATIO_OVER_RESULT:
            return "last_year"
    return _base_in(folded)


def _base_in(folded: str) -> str:
    found = [(folded.find(w), base) for w, base in _RATIO_BASES if _word_in(w, folded)]
    return min(found)[1] if found else ""


def _word_in(word: str, text: str) -> bool:
    return bool(re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text))


def _is_row(line: Line, separator: str) -> bool:
    if separator == "tab":
        return "\t" in line.text
    if separator == "pipe":
        return "|" in line.text
    return bool(SPACE_RUN.search(line.text.strip())) or line.text.startswith("  ")


def find_tables(
    lines: list[Line], report_year: int | None = None, running: set[int] | None = None
) -> list[Table]:
    """Every plan-vs-actual table of the text, in order, with its rows and title lines; a page
    break inside a table (a page number, the `running` headers and footers, the header printed
    again on the next page) is passed over."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        below = lines[i + 1] if i + 1 < len(lines) and not lines[i + 1].blank else None
        table = read_header(lines[i], report_year, below) if lines[i].text.strip() else None
        if table is None:
            i += 1
            continue
        table.title = _title_above(lines, i)
        i = _collect_rows(table, lines, i + len(table.heads), running or set())
        tables.append(table)
    return tables


def _collect_rows(table: Table, lines: list[Line], i: int, running: set[int]) -> int:
    """Add the row lines from i on; the index of the first line after the table."""
    blank, heads = False, {ln.text.strip() for ln in table.heads}
    while i < len(lines):
        ln = lines[i]
        again = blank and ln.text.strip() in heads  # the header printed again after a break
        if again or _page_break(table, lines, i, running):  # or a page number, a running title
            table.again += [ln] if again else []
            blank = True
            i += 1
            continue
        if ln.blank:
            blank = True
            i += 1
            continue
        if table.separator == "pipe" and _PIPE_RULE.match(ln.text):
            i += 1
            continue
        if not _is_row(ln, table.separator):
            break
        table.rows.append((ln, blank))
        blank = False
        i += 1
    return i


def _page_break(table: Table, lines: list[Line], i: int, running: set[int]) -> bool:
    """Whether line i, no row of the table, is page furniture with the table going on after
    it (past more furniture and the header printed again)."""
    ln = lines[i]
    if ln.blank or _is_row(ln, table.separator):
        return False
    if ln.number not in running and not is_page_number(ln):
        return False
    heads = {h.text.strip() for h in table.heads}
    for nxt in lines[i + 1 :]:
        if nxt.blank or nxt.number in running or is_page_number(nxt):
            continue
        return nxt.text.strip() in heads or _is_row(nxt, table.separator)
    return False


def _title_above(lines: list[Line], i: int) -> list[Line]:
    """The appendix title lines just above a header ('PHỤ LỤC', its subtitle), if any."""
    k = i - 1
    while k >= 0 and lines[k].blank:
        k -= 1
    block: list[Line] = []
    while k >= 0 and not lines[k].blank and len(block) < 4:
        block.insert(0, lines[k])
        k -= 1
    for j, ln in enumerate(block):
        if _APPENDIX_TITLE.match(ln.text):
            return block[j:]
    # a title separated from its subtitle by blank lines: look one block further up
    while k >= 0 and lines[k].blank:
        k -= 1
    if k >= 0 and _APPENDIX_TITLE.match(lines[k].text):
        return [lines[k], *block]
    return []
