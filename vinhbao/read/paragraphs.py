"""Lines -> paragraphs: blank-line separated, hard-wrapped over several lines, or one per line.

A run of non-blank lines is one paragraph, unless a line opens a new one: a heading, a bullet,
a footnote, or a capital letter after a line that closed its sentence. A paragraph is one
`Piece` of the text (its lines and the line breaks between them), so quotes stay verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules import headings as rules
from .lines import Line

CLOSING = tuple(rules.CLOSING)
BULLETS = tuple(rules.BULLETS)
FOOTNOTE_STARTS = tuple(re.compile(p) for p in rules.FOOTNOTE_STARTS)
ITEM_START = re.compile(rules.ITEM_START)
PAREN_START = re.compile(rules.PAREN_FOOTNOTE_START)
RANGE_END = re.compile(rules.RANGE_END_LINE)
HEADINGS = tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in rules.HEADINGS)


@dataclass
class Piece:
    """A run of the normalised text: one raw paragraph, or the part of it that belongs here."""

    start: int
    end: int
    line: int


def heading_of(text: str) -> tuple[str, str, str] | None:
    """(kind, key, title) when a paragraph opens with a heading.

    >>> heading_of("2.1. Về kinh tế: Kinh tế của huyện")
    ('numbered', '2.1', 'Về kinh tế')
    """
    first = text.split("\n", 1)[0].strip()
    for kind, pattern in HEADINGS:
        m = pattern.match(first)
        if m:
            lettered_part = kind == "part" and not first.lower().startswith("phần")
            if lettered_part and not m.group(2).split()[0].isupper():
                continue  # 'A. Về kinh tế' is no part
            if kind == "part":
                return kind, str(rules.PART_NUMBERS[m.group(1).lower()]), first
            if kind == "roman" and not m.group(1).isupper():
                continue
            title = re.split(r":\s", m.group(2), maxsplit=1)[0].rstrip(":").strip()
            return kind, m.group(1), title
    return None


def footnote_start(text: str, paren: bool = False) -> re.Match[str] | None:
    """The footnote number opening a paragraph ('¹⁴ …', '[14] …'; '(14) …' in a text whose
    footnotes are so numbered: `paren`), if any."""
    for pattern in (*FOOTNOTE_STARTS, PAREN_START) if paren else FOOTNOTE_STARTS:
        m = pattern.match(text)
        if m:
            return m
    return None


def ends_open(s: str) -> bool:
    """True when a paragraph stops mid-sentence (no closing punctuation)."""
    s = s.rstrip().rstrip(rules.SUPERSCRIPTS)
    s = re.sub(r"\[\d{1,3}\]$", "", s).rstrip()
    return not s.endswith(CLOSING)


def is_title(s: str) -> bool:
    """An all-capitals line (report title, part title, signature)."""
    return "\n" not in s and len(s) < 120 and s.upper() == s and any(c.isalpha() for c in s)


def opens_paragraph(line: str) -> bool:
    """Whether a line starts a paragraph of its own: a heading, a bullet or a footnote."""
    s = line.lstrip()
    return bool(heading_of(s) or s.startswith(BULLETS) or footnote_start(s) or is_title(s))


def raw_paragraphs(lines: list[Line]) -> list[Piece]:
    """Paragraphs of a run of lines (table lines already left out), in order."""
    out: list[Piece] = []
    current: list[Line] = []

    def close() -> None:
        if current:
            first, last = current[0], current[-1]
            lead = len(first.text) - len(first.text.lstrip())
            out.append(Piece(first.start + lead, last.end, first.number))
            current.clear()

    for ln in lines:
        if ln.blank:
            close()
            continue
        if current and _new_paragraph(current[-1].text, ln.text):
            close()
        current.append(ln)
    close()
    return out


def _new_paragraph(previous: str, line: str) -> bool:
    """Whether `line` opens a new paragraph after `previous` in a run of non-blank lines."""
    if RANGE_END.match(line) and previous.rstrip()[-1:].isdigit():
        return False  # '… phấn đấu đạt 7,5⏎- 8%.': a range wrapped before its dash
    if opens_paragraph(line) or is_title(previous):
        return True
    if ITEM_START.match(line) and not ends_open(previous):
        return True  # '(2) …' after '(1) … .'
    first = line.lstrip()[:1]
    return not ends_open(previous) and first.isupper()
