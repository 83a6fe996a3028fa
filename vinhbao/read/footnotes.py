"""Body and footnote streams, rebuilt from a page-by-page text; footnotes linked to their citations.

In a page-by-page conversion each page's body is followed by that page's footnotes, so a body
sentence or a footnote may continue after a footnote block. `split_streams` walks the paragraphs
in order and sends each to the body or to the footnote it continues. Footnotes are numbered
with superscripts ('¹⁴'), in brackets ('[14]') or, at the end, in round brackets ('(14)').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..issues import Issue
from ..rules import headings as rules
from .paragraphs import (
    BULLETS,
    PAREN_START,
    Piece,
    ends_open,
    footnote_start,
    heading_of,
    is_title,
)

_SUP_TO_DIGIT = str.maketrans(rules.SUPERSCRIPTS, "0123456789")
MARKERS = tuple(re.compile(p) for p in rules.FOOTNOTE_MARKERS)
PAREN_MARKER = re.compile(rules.PAREN_FOOTNOTE_MARKER)
JOIN_AFTER = 120  # characters of an open paragraph that a page break may have cut
ANY_MARKER = re.compile(rf"[{rules.SUPERSCRIPTS}]|\[\d")
UNIT_EXPONENT = re.compile(rules.UNIT_EXPONENT)


def footnote_number(s: str) -> int:
    """'¹⁴' or '14' -> 14; stars count: '**' -> 2."""
    return len(s) if s.strip("*") == "" else int(s.translate(_SUP_TO_DIGIT))


@dataclass
class Segment:
    """A logical paragraph (body or footnote) stitched from one or more pieces."""

    pieces: list[Piece]
    text: str
    section: str = ""
    section_path: str = ""
    heading: str = ""
    part: int = 0
    _joints: list[str] = field(default_factory=list, repr=False)

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end

    @property
    def line(self) -> int:
        return self.pieces[0].line

    def offset(self, i: int) -> int:
        """Position i in the stitched text -> offset in the normalised text."""
        first = self.pieces[0]
        if not self._joints and i <= first.end - first.start:  # one piece (most paragraphs)
            return first.start + i
        pos = 0
        for k, piece in enumerate(self.pieces):
            length = piece.end - piece.start
            if i <= pos + length:
                return piece.start + (i - pos)
            pos += length + (len(self._joints[k]) if k < len(self._joints) else 0)
        raise IndexError(i)

    def piece_at(self, offset: int) -> Piece:
        """The piece holding an offset of the normalised text."""
        return next(p for p in self.pieces if p.start <= offset <= p.end)

    def append(self, piece: Piece, text: str, joint: str) -> None:
        self.pieces.append(piece)
        self._joints.append(joint)
        self.text += joint + text


@dataclass
class Footnote(Segment):
    number: int = 0
    marker_start: int = -1
    marker_end: int = -1
    cited_in: str = ""
    cited_at: int = -1  # where its marker stands in `cited_in`


def markers(text: str, paren: bool = False) -> list[tuple[int, int, int]]:
    """(start, end, number) of footnote markers in body text; unit exponents (m²) are skipped;
    '(1)' markers in a text whose footnotes are so numbered (`paren`)."""
    found = (
        [
            (m.start(1) - 1, m.end(1) + 1, footnote_number(m.group(1)))
            for m in PAREN_MARKER.finditer(text)
        ]
        if paren
        else []
    )
    first = ANY_MARKER.search(text)
    if first is None:
        return found
    for pattern in MARKERS:  # from the first candidate on: the lookbehind is slow to scan
        for m in pattern.finditer(text, first.start()):
            digits = m.group(1)
            if digits in "²³" and UNIT_EXPONENT.search(text[max(0, m.start() - 4) : m.start()]):
                continue
            found.append((m.start(), m.end(), footnote_number(digits)))
    return sorted(found)


def starts_sentence_continuation(s: str) -> bool:
    """A paragraph that begins inside a sentence: lower-case letter, digit or punctuation."""
    c = s.lstrip()[:1]
    return bool(c) and not c.isupper() and c not in "-+*•("


def kind_of(s: str, paren: bool = False) -> str:
    """'footnote', 'anchor' (a heading or a paragraph citing footnotes) or 'plain'."""
    if footnote_start(s, paren):
        return "footnote"
    return "anchor" if heading_of(s) or markers(s, paren) else "plain"


def paren_notes(text: str, pieces: list[Piece]) -> bool:
    """Whether the text's footnotes are numbered '(1)': its paragraphs opening '(n) ' run
    1, 2, 3 … and the text before them cites each number so."""
    opening = [(p, m) for p in pieces if (m := PAREN_START.match(text[p.start : p.end]))]
    if not opening:
        return False
    numbers = [footnote_number(m.group(1)) for _, m in opening]
    before = text[: opening[0][0].start]
    cited = {footnote_number(m.group(1)) for m in PAREN_MARKER.finditer(before)}
    return numbers == list(range(1, len(numbers) + 1)) and set(numbers) <= cited


class StreamBuilder:
    """Walks paragraphs in order, separating the body stream from the footnote stream."""

    def __init__(self, text: str, paren: bool = False):
        self.text, self.paren = text, paren
        self.body: list[Segment] = []
        self.footnotes: list[Footnote] = []
        self.in_block = False  # just after a footnote paragraph
        self.last_body_open = False  # the last body piece stopped mid-sentence

    def add_body(self, p: Piece, s: str, join: bool) -> None:
        """Append a body paragraph; `join` continues the previous one across a page break."""
        opens_section = heading_of(s) is not None
        if join and self.body and not opens_section and not s.startswith(BULLETS):
            self.body[-1].append(p, s, " ")
        else:
            self.body.append(Segment([p], s))
        heading_only = opens_section and "\n" not in s.strip()  # not its text below it
        self.last_body_open = ends_open(s) and not heading_only and not is_title(s)
        self.in_block = False

    def add_to_footnote(self, p: Piece, s: str) -> None:
        fn = self.footnotes[-1]
        fn.append(p, s, " " if ends_open(fn.text) else "\n")

    def is_body_after_footnote(self, s: str, kind: str) -> bool:
        """After a footnote paragraph: does this paragraph start the next page's body?"""
        if kind == "anchor" or s.startswith("- "):
            return True
        if self.footnotes and ends_open(self.footnotes[-1].text):
            return True  # a footnote never breaks mid-sentence into a same-page paragraph
        return self.last_body_open and starts_sentence_continuation(s)

    def feed(self, p: Piece, kind: str, next_is_footnote: bool, footnote_ahead: bool) -> None:
        """Route one paragraph of a `kind` (see `kind_of`); the flags say whether a footnote
        paragraph comes next, or comes after only plain paragraphs (no heading, no marker)."""
        s = self.text[p.start : p.end]
        m = footnote_start(s, self.paren)
        if m:
            body_start = p.start + m.end()
            piece = Piece(body_start, p.end, p.line)
            number = footnote_number(m.group(1))
            self.footnotes.append(Footnote([piece], self.text[body_start : p.end], number=number))
            self.in_block = True
            return
        if self.in_block:
            if self.is_body_after_footnote(s, kind):
                self.add_body(p, s, join=self.last_body_open)
            else:
                self.add_to_footnote(p, s)
            return
        if self.last_body_open and self.footnotes and kind == "plain":
            # The page's body stopped mid-sentence. A paragraph before the coming footnote block
            # is the previous page's footnote running on, unless it continues the body sentence.
            if starts_sentence_continuation(s):
                if next_is_footnote and ends_open(self.footnotes[-1].text):
                    self.add_to_footnote(p, s)
                    return
                self.add_body(p, s, join=True)
                return
            if footnote_ahead:
                self.add_to_footnote(p, s)
                return
        self.add_body(p, s, join=self.last_body_open and self._continues(s))

    def _continues(self, s: str) -> bool:
        """Whether a paragraph after a body paragraph stopped mid-sentence goes on with it (a
        page break): it starts inside a sentence, or the paragraph before is prose, not a short
        line such as a title ('Tình hình … năm 2031; phương hướng … năm 2032')."""
        before = self.body[-1].text if self.body else ""
        return starts_sentence_continuation(s) or len(before) > JOIN_AFTER


def _footnotes_ahead(kinds: list[str]) -> list[bool]:
    """For each paragraph: is the next paragraph that is not plain a footnote? One backward
    pass."""
    out, ahead = [], False
    for kind in reversed(kinds):
        out.append(ahead)
        if kind != "plain":
            ahead = kind == "footnote"
    return out[::-1]


def split_streams(
    text: str, pieces: list[Piece], paren: bool = False
) -> tuple[list[Segment], list[Footnote]]:
    """(body paragraphs, footnotes) of the paragraphs of a text, in order (`paren`: footnotes
    numbered '(1)', see `paren_notes`)."""
    kinds = [kind_of(text[p.start : p.end], paren) for p in pieces]
    builder = StreamBuilder(text, paren)
    for k, (p, kind, ahead) in enumerate(zip(pieces, kinds, _footnotes_ahead(kinds), strict=True)):
        next_is_footnote = k + 1 < len(kinds) and kinds[k + 1] == "footnote"
        builder.feed(p, kind, next_is_footnote, ahead)
    return builder.body, builder.footnotes


def check_order(footnotes: list[Footnote], line_of) -> list[Issue]:
    """An issue for each footnote whose number is not the next one."""
    issues = []
    expected = 1
    for fn in footnotes:
        if fn.number != expected:
            duplicated = " (duplicated number)" if fn.number < expected else ""
            issues.append(
                Issue(
                    fn.line,
                    "footnotes",
                    f"footnote {fn.number} found where footnote {expected} was due{duplicated}",
                    f"footnotes numbered 1, 2, 3, … in order (next: {expected})",
                )
            )
        expected = fn.number + 1
    return issues
