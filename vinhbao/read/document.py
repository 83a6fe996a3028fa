"""Normalised text -> document: body paragraphs with sections, footnotes, tables, identity.

Tables are found first (by their header lines) and their lines set aside; the other lines are
the prose, cut into paragraphs, sent to the body or footnote stream, and given sections. What
the text lacks or holds oddly (no table, a footnote marker without footnote) is an `Issue`.

>>> doc = parse_document("1. Kinh tế\\n\\nTổng thu đạt 12,5 tỷ đồng¹.\\n\\n¹ Trong đó: 2 tỷ.\\n")
>>> [s.section for s in doc.body], doc.footnotes[0].cited_in
(['1', '1'], 'Tổng thu đạt 12,5 tỷ đồng¹.')
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..issues import Issue
from ..rules import headings as rules
from .footnotes import Footnote, Segment, check_order, paren_notes, split_streams
from .identity import Identity, read_identity
from .lines import Line, LineIndex, split_lines
from .pages import is_page_number, running_lines
from .paragraphs import raw_paragraphs
from .sections import assign_sections, link_citations
from .stacked import unstack
from .table_years import plans_of_next_year
from .tables import Table, find_tables


@dataclass
class Document:
    """The report as segments: body paragraphs, footnotes and tables, all with offsets."""

    text: str
    lines: list[Line]
    body: list[Segment]
    footnotes: list[Footnote]
    tables: list[Table]
    identity: Identity
    issues: list[Issue] = field(default_factory=list)
    page_numbers: list[Line] = field(default_factory=list)  # lines holding only a page number

    def __post_init__(self) -> None:
        self.index = LineIndex(self.lines)
        self._starts = [ln.start for ln in self.lines]

    @property
    def last_line(self) -> int:
        """The number of the last line that is not blank (1 for a blank text)."""
        return next((ln.number for ln in reversed(self.lines) if ln.text.strip()), 1)

    def line_at(self, offset: int) -> Line:
        """The line holding a character offset."""
        return self.index.at(offset)

    def lines_in(self, segment: Segment) -> list[Line]:
        """The non-blank text lines starting inside a segment's pieces, in order."""
        return [
            ln
            for p in segment.pieces
            for ln in self.lines[
                bisect_left(self._starts, p.start) : bisect_left(self._starts, p.end)
            ]
            if ln.text.strip()
        ]

    @property
    def segments(self) -> list[Segment]:
        """Body paragraphs, then footnotes."""
        return [*self.body, *self.footnotes]


def parse_document(text: str) -> Document:
    """Split normalised text into body, footnotes and tables; collect the issues."""
    lines = split_lines(text)
    identity = read_identity(text)
    running = running_lines(lines)  # page headers and footers: they break like blank lines
    index = LineIndex(lines)
    joined, issues = unstack(lines, identity.year)  # tables printed one cell per line
    tables = find_tables(joined, identity.year, running)
    in_tables = {  # a joined row covers several lines of the text
        n for t in tables for ln in t.lines for n in range(ln.number, index.number(ln.end) + 1)
    }
    pages = [ln for ln in lines if ln.number not in in_tables and is_page_number(ln)]
    blank = in_tables | running | {ln.number for ln in pages}  # a page number: a blank line
    prose = [Line(ln.number, ln.start, "") if ln.number in blank else ln for ln in lines]
    pieces = raw_paragraphs(prose)
    paren = paren_notes(text, pieces)
    body, footnotes = split_streams(text, pieces, paren)
    issues += check_order(footnotes, index.number)
    assign_sections(body, identity.next_year, identity.next_year_only)
    plans_of_next_year(tables, next((s.line for s in body if s.part == 2), None))
    issues += link_citations(body, footnotes, index, paren)
    issues += _truncated(prose)
    return Document(text, lines, body, footnotes, tables, identity, issues, pages)


_SENTENCE_END = tuple('.;:!?)]”"…*') + tuple(rules.SUPERSCRIPTS)


def _truncated(prose: list[Line]) -> list[Issue]:
    """An issue when the text's last line of prose (not of a table) stops mid-sentence."""
    last = next((ln for ln in reversed(prose) if ln.text.strip()), None)
    if last is None or last.text.rstrip().endswith(_SENTENCE_END):
        return []
    if len(last.text.split()) < 8:  # a signature, a name, a heading: no sentence
        return []
    return [Issue(last.number, "text", "the text stops mid-sentence: truncated?",
                  "a last sentence ending with '.'")]  # fmt: skip
