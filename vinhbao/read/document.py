"""Normalised text -> document: body paragraphs with sections, stitched footnotes, appendix lines.

The text is a page-by-page conversion: each page's body is followed by that page's footnotes, so a
body sentence or a footnote may continue after a footnote block. `parse_document` rebuilds both
streams; every piece keeps its character offsets in the normalised text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..errors import ReportFormatError

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")

FOOTNOTE_START = re.compile(rf"^([{SUPERSCRIPTS}]+)[ \t]*")
MARKER = re.compile(rf"(?<=\S)([{SUPERSCRIPTS}]+)")
# Any superscript: a quick test that skips most paragraphs (MARKER's lookbehind is slow to scan).
ANY_SUPERSCRIPT = re.compile(rf"[{SUPERSCRIPTS}]")
# A superscript that is a unit's exponent (m², km², cm³), not a footnote marker.
UNIT_EXPONENT = re.compile(r"(?i)(?:^|[^a-zà-ỹđ])[kcd]?m$")
# Sentence- or clause-closing characters: a paragraph ending otherwise runs on after a page break.
CLOSING = tuple('.;:!?…)”"*')

BULLETS = ("- ", "+ ", "* ", "• ")
# 'PHỤ LỤC' on a line of its own (any case), or in capitals with a number or title after it.
APPENDIX_TITLE = re.compile(
    r"^[ \t]*(?:(?i:phụ[ \t]+lục)[ \t]*|PHỤ[ \t]+LỤC(?![^\W\d_])[^\n]*)$", re.MULTILINE
)

# Headings, declared as (kind, pattern); the first that matches a paragraph's start wins.
HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("part", re.compile(r"^Phần\s+thứ\s+(nhất|hai|ba)\s*$", re.IGNORECASE)),
    ("roman", re.compile(r"^([IVX]+)\.\s+(\S.*)")),
    ("numbered", re.compile(r"^(\d+(?:\.\d+)*)\.\s+(\S.*)")),
)
PART_NUMBERS = {"nhất": 1, "hai": 2, "ba": 3}


def superscript_number(s: str) -> int:
    """'¹⁴' -> 14."""
    return int(s.translate(_SUP_TO_DIGIT))


@dataclass
class Piece:
    """A run of the normalised text: one raw paragraph, or the part of it that belongs here."""

    start: int
    end: int
    line: int


@dataclass
class Segment:
    """A logical paragraph (body or footnote) stitched from one or more pieces."""

    pieces: list[Piece]
    text: str
    section: str = ""
    section_path: str = ""
    heading: str = ""
    part: int = 0

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
        pos = 0
        for k, piece in enumerate(self.pieces):
            length = piece.end - piece.start
            if i <= pos + length:
                return piece.start + (i - pos)
            pos += length + self._joint(k)
        raise IndexError(i)

    def _joint(self, k: int) -> int:
        return len(self._joints[k]) if k < len(self._joints) else 0

    _joints: list[str] = field(default_factory=list, repr=False)


@dataclass
class Footnote(Segment):
    number: int = 0
    marker_start: int = -1
    cited_in: str = ""


@dataclass
class Line:
    """One line of the text with its 1-based number and offset."""

    number: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Document:
    """The report as segments: body paragraphs, footnotes, appendix lines, all with offsets."""

    text: str
    body: list[Segment]
    footnotes: list[Footnote]
    appendix: list[Line]
    lines: list[Line]
    _starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._starts = [ln.start for ln in self.lines]

    def line_at(self, offset: int) -> Line:
        """The line holding a character offset."""
        return self.lines[bisect_right(self._starts, offset) - 1]

    def lines_in(self, segment: Segment) -> list[Line]:
        """The non-blank text lines starting inside a segment's pieces, in order."""
        return [
            ln
            for p in segment.pieces
            for ln in self.lines[
                bisect_left(self._starts, p.start) : bisect_left(self._starts, p.end)
            ]
            if ln.text
        ]


def split_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for n, raw in enumerate(text.split("\n"), start=1):
        out.append(Line(n, pos, raw))
        pos += len(raw) + 1
    return out


def raw_paragraphs(lines: list[Line]) -> list[Piece]:
    """Maximal runs of non-blank lines."""
    out: list[Piece] = []
    current: list[Line] = []
    for ln in [*lines, Line(0, 0, "")]:
        if ln.text.strip():
            current.append(ln)
        elif current:
            first, last = current[0], current[-1]
            lead = len(first.text) - len(first.text.lstrip())
            out.append(Piece(first.start + lead, last.end, first.number))
            current = []
    return out


def ends_open(s: str) -> bool:
    """True when a paragraph stops mid-sentence (no closing punctuation)."""
    s = s.rstrip().rstrip(SUPERSCRIPTS)
    return not s.endswith(CLOSING)


def markers(text: str) -> list[tuple[int, int]]:
    """(position, number) of footnote markers in body text; unit exponents (m²) are skipped."""
    found: list[tuple[int, int]] = []
    first = ANY_SUPERSCRIPT.search(text)
    if first is None:
        return found
    for m in MARKER.finditer(text, first.start()):  # the lookbehind still sees the text before
        if m.group(1) in "²³" and UNIT_EXPONENT.search(text[max(0, m.start() - 4) : m.start()]):
            continue
        found.append((m.start(), superscript_number(m.group(1))))
    return found


def is_title(s: str) -> bool:
    """An all-capitals line (report title, part title, signature)."""
    return "\n" not in s and len(s) < 120 and s.upper() == s and any(c.isalpha() for c in s)


def heading_of(text: str) -> tuple[str, str, str] | None:
    """(kind, key, title) when a paragraph opens with a heading."""
    first = text.split("\n", 1)[0]
    for kind, pattern in HEADINGS:
        m = pattern.match(first)
        if m:
            if kind == "part":
                return kind, str(PART_NUMBERS[m.group(1).lower()]), first.strip()
            title = re.split(r":\s", m.group(2), maxsplit=1)[0].rstrip(":").strip()
            return kind, m.group(1), title
    return None


def starts_sentence_continuation(s: str) -> bool:
    """A paragraph that begins inside a sentence: lower-case letter, digit or punctuation."""
    c = s.lstrip()[:1]
    return bool(c) and not c.isupper() and c not in "-+*•("


class _Builder:
    """Walks raw paragraphs in order, separating the body stream from the footnote stream."""

    def __init__(self, text: str):
        self.text = text
        self.body: list[Segment] = []
        self.footnotes: list[Footnote] = []
        self.in_block = False  # just after a footnote paragraph
        self.last_body_open = False  # the last body piece stopped mid-sentence

    def piece_text(self, p: Piece) -> str:
        return self.text[p.start : p.end]

    def add_body(self, p: Piece, s: str, join: bool) -> None:
        """Append a body paragraph; `join` continues the previous one across a page break."""
        opens_section = heading_of(s) is not None
        if join and self.body and not opens_section and not s.startswith(BULLETS):
            seg = self.body[-1]
            seg.pieces.append(p)
            seg._joints.append(" ")
            seg.text += " " + s
        else:
            self.body.append(Segment([p], s))
        self.last_body_open = ends_open(s) and not opens_section and not is_title(s)
        self.in_block = False

    def add_to_footnote(self, p: Piece, s: str) -> None:
        fn = self.footnotes[-1]
        joint = " " if ends_open(fn.text) else "\n"
        fn.pieces.append(p)
        fn._joints.append(joint)
        fn.text += joint + s

    def is_body_after_footnote(self, s: str, kind: str) -> bool:
        """After a footnote paragraph: does this paragraph start the next page's body?"""
        if kind == "anchor" or s.startswith("- "):
            return True
        if self.footnotes and ends_open(self.footnotes[-1].text):
            return True  # a footnote never breaks mid-sentence into a same-page paragraph
        return self.last_body_open and starts_sentence_continuation(s)

    def feed(self, p: Piece, kind: str, next_is_footnote: bool, footnote_ahead: bool) -> None:
        """Route one raw paragraph of a `kind` (see `_kind`); the flags say whether a footnote
        paragraph comes next, or comes after only plain paragraphs (no heading, no marker)."""
        s = self.piece_text(p)
        m = FOOTNOTE_START.match(s)
        if m:
            number = superscript_number(m.group(1))
            body_start = p.start + m.end()
            piece = Piece(body_start, p.end, p.line)
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
        self.add_body(p, s, join=self.last_body_open)


def _assign_sections(body: list[Segment]) -> None:
    path: dict[str, tuple[str, str]] = {}  # kind -> (key, title)
    for seg in body:
        h = heading_of(seg.text)
        if h:
            kind, key, title = h
            if kind == "part":
                path = {"part": (key, title)}
            elif kind == "roman":
                path = {k: v for k, v in path.items() if k == "part"} | {"roman": (key, title)}
            else:
                path = {k: v for k, v in path.items() if k in ("part", "roman")}
                path["numbered"] = (key, title)
        part = int(path["part"][0]) if "part" in path else 0
        roman = path.get("roman", ("", ""))[0]
        number = path.get("numbered", ("", ""))[0]
        if part == 1 and roman == "I":
            seg.section = number or roman
        else:
            seg.section = ".".join(x for x in (roman, number) if x)
            if part == 2:
                seg.section = f"2024 {seg.section}".strip()
        seg.part = part
        seg.section_path = " > ".join(
            f"{key}. {title}" if kind != "part" else title for kind, (key, title) in path.items()
        )
        seg.heading = next((path[k][1] for k in ("numbered", "roman", "part") if k in path), "")


_SENTENCE_END = re.compile(r"[.!?…](?=\s+[\"“(*\-–]*[^\W\d_a-zà-ỹđ])")


def sentence_at(text: str, i: int) -> str:
    """The sentence of `text` holding position i."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= i:
            start = m.end()
        else:
            return text[start : m.end()].strip()
    return text[start:].strip()


def _link_citations(doc: Document) -> None:
    by_number = {fn.number: fn for fn in doc.footnotes}
    seen: dict[int, int] = {}
    for seg in doc.body:
        for pos, number in markers(seg.text):
            offset = seg.offset(pos)
            line = doc.line_at(offset).number
            if number in seen:
                raise ReportFormatError(
                    f"footnote marker {number} appears twice (first at line {seen[number]})",
                    line=line,
                    expected="each footnote cited once",
                )
            fn = by_number.get(number)
            if fn is None:
                raise ReportFormatError(
                    f"footnote marker {number} has no footnote",
                    line=line,
                    expected=f"a paragraph starting with the superscript {number}",
                )
            seen[number] = line
            fn.marker_start = offset
            fn.cited_in = sentence_at(seg.text, pos)
            fn.section, fn.section_path, fn.heading, fn.part = (
                seg.section,
                seg.section_path,
                seg.heading,
                seg.part,
            )
    for fn in doc.footnotes:
        if fn.number not in seen:
            raise ReportFormatError(
                f"footnote {fn.number} is never cited in the body",
                line=fn.line,
                expected=f"a superscript marker {fn.number} in the text before it",
            )


def _check_footnote_order(footnotes: list[Footnote]) -> None:
    for expected, fn in enumerate(footnotes, start=1):
        if fn.number != expected:
            raise ReportFormatError(
                f"footnote {fn.number} found where footnote {expected} was due"
                + (" (duplicated number)" if fn.number < expected else ""),
                line=fn.line,
                expected=f"footnotes numbered 1, 2, 3, … in order (next: {expected})",
            )


def _kind(s: str) -> str:
    """'footnote', 'anchor' (a heading or a paragraph citing footnotes) or 'plain'."""
    if FOOTNOTE_START.match(s):
        return "footnote"
    return "anchor" if heading_of(s) or markers(s) else "plain"


def _footnotes_ahead(kinds: list[str]) -> list[bool]:
    """For each paragraph: is the next paragraph that is not plain (skipping plain ones) a
    footnote? One backward pass."""
    out, ahead = [], False
    for kind in reversed(kinds):
        out.append(ahead)
        if kind != "plain":
            ahead = kind == "footnote"
    return out[::-1]


def parse_document(text: str) -> Document:
    """Split normalised text into body, footnotes and appendix lines."""
    lines = split_lines(text)
    m = APPENDIX_TITLE.search(text)
    if m is None:
        last = next((ln for ln in reversed(lines) if ln.text.strip()), lines[-1])
        cut = not text.endswith("\n") and ends_open(last.text)  # no line end, mid-sentence
        truncated = " (the text stops mid-sentence: truncated?)" if cut else ""
        raise ReportFormatError(
            f"no appendix{truncated}",
            line=last.number,
            expected="a 'PHỤ LỤC' heading followed by the table of the year's indicators",
        )
    appendix_start = m.start()
    body_lines = [ln for ln in lines if ln.start < appendix_start]
    appendix_lines = [ln for ln in lines if ln.start > m.start()]

    pieces = raw_paragraphs(body_lines)
    kinds = [_kind(text[p.start : p.end]) for p in pieces]
    builder = _Builder(text)
    for k, (p, kind, ahead) in enumerate(zip(pieces, kinds, _footnotes_ahead(kinds), strict=True)):
        next_is_footnote = k + 1 < len(kinds) and kinds[k + 1] == "footnote"
        builder.feed(p, kind, next_is_footnote, ahead)

    _check_footnote_order(builder.footnotes)
    _assign_sections(builder.body)
    doc = Document(text, builder.body, builder.footnotes, appendix_lines, lines)
    _link_citations(doc)
    return doc
