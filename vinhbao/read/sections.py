"""Sections of the body from its headings, and footnotes linked to the sentences citing them.

A body paragraph's `section` names where it stands: the numbered heading ('2.1') under the first
Roman heading of Part one, else the Roman and numbered keys ('II.1'); a section of another part
is prefixed with it ('P2.III'). Lettered headings ('a)') refine the numbered key ('2.1.a'). A
capital letter heading ('B. LĨNH VỰC VĂN HÓA - XÃ HỘI') under a part named as such ('PHẦN I',
'Phần thứ nhất') is a division of that part, not a part: its letter prefixes the key ('B.II').
"""

from __future__ import annotations

import re

from ..issues import Issue
from ..parse.fold import fold
from ..rules import headings as rules
from .footnotes import Footnote, Segment, markers
from .lines import LineIndex
from .paragraphs import heading_of

_NEXT_YEAR_WORDS = tuple(fold(w) for w in rules.NEXT_YEAR_WORDS)
_RESULT_WORDS = tuple(fold(w) for w in rules.RESULT_WORDS)

_LEVELS = ("part", "division", "roman", "numbered", "lettered")


def opens_next_year(title: str, next_year: int | None) -> bool:
    """Whether a Roman heading's title opens the part on the next year (no 'Phần thứ hai').

    >>> opens_next_year("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2031", 2031)
    True
    >>> opens_next_year("KẾT QUẢ NĂM 2030 VÀ NHIỆM VỤ NĂM 2031", 2031)
    False
    """
    folded = fold(title)
    return bool(
        next_year
        and str(next_year) in folded
        and any(w in folded for w in _NEXT_YEAR_WORDS)
        and not any(w in folded for w in _RESULT_WORDS)
    )


def assign_sections(
    body: list[Segment], next_year: int | None = None, next_year_only: bool = False
) -> None:
    """Set each body paragraph's section, section path, heading and part (in place); in a text
    on the next year only (a plan, a resolution on it) every paragraph is of part two."""
    path: dict[str, tuple[str, str]] = {}  # kind -> (key, title)
    first_roman: tuple[str, str] | None = None  # (division, roman) of Part one's first Roman
    roman_part, named_parts = 1, False
    for seg in body:
        h = heading_of(seg.text)
        if h:
            kind, key, title = _heading(h, named_parts)
            named_parts = named_parts or (kind == "part" and title.lower().startswith("phần"))
            level = _LEVELS.index(kind)
            path = {k: v for k, v in path.items() if _LEVELS.index(k) < level}
            path[kind] = (key, title)
            if kind == "roman" and "part" not in path:
                roman_part = 2 if opens_next_year(title, next_year) else 1
            if kind == "roman" and not first_roman and path.get("part", ("1", ""))[0] == "1":
                first_roman = (_key(path, "division"), key)
        part = 2 if next_year_only else int(path["part"][0]) if "part" in path else roman_part
        seg.section = _section(path, part, first_roman)
        seg.part = part
        seg.section_path = " > ".join(
            f"{key}. {title}" if kind != "part" else title for kind, (key, title) in path.items()
        )
        seg.heading = next((path[k][1] for k in reversed(_LEVELS) if k in path), "")


def _heading(h: tuple[str, str, str], named_parts: bool) -> tuple[str, str, str]:
    """A heading's (kind, key, title); a capital letter heading under a part named as such
    ('A.' under 'PHẦN I') is a division."""
    kind, key, title = h
    if kind == "part" and not title.lower().startswith("phần") and named_parts:
        key, title = title.split(".", 1)
        return "division", key, title.strip()
    return kind, key, title


def _key(path: dict[str, tuple[str, str]], kind: str) -> str:
    return path.get(kind, ("", ""))[0]


def _section(path: dict[str, tuple[str, str]], part: int, first_roman: tuple | None) -> str:
    """The section key of a paragraph under `path`: '2.1' under Part one's first Roman heading,
    else 'II.1' (with its division, 'B.II'), a lettered heading after ('2.1.a'), another part
    before ('P2.III')."""
    division, roman = _key(path, "division"), _key(path, "roman")
    number, letter = _key(path, "numbered"), _key(path, "lettered")
    first = part == 1 and (division, roman) == first_roman and number
    keys = [number] if first else [division, roman, number]
    section = ".".join(k for k in keys if k) or roman
    if letter:
        section = f"{section}.{letter}" if section else letter
    return f"P{part}.{section}".rstrip(".") if part != 1 else section


_SENTENCE_END = re.compile(r"[.!?…](?=\s+[\"“(*\-–]*[^\W\d_a-zà-ỹđ])")


def sentence_at(text: str, i: int) -> str:
    """The sentence of `text` holding position i."""
    start, end = _sentence_span(text, i)
    return text[start:end].strip()


def _sentence_span(text: str, i: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= i:
            start = m.end()
        else:
            return start, m.end()
    return start, len(text)


def link_citations(
    body: list[Segment], footnotes: list[Footnote], lines: LineIndex, paren: bool = False
) -> list[Issue]:
    """Give each footnote its citing sentence and section; an issue for a marker without its
    footnote, a footnote cited twice, or never."""
    by_number = {fn.number: fn for fn in footnotes}
    seen: dict[int, int] = {}
    issues: list[Issue] = []
    for seg in body:
        for pos, end, number in markers(seg.text, paren):
            line = lines.number(seg.offset(pos))
            if number in seen:
                found = f"footnote marker {number} appears twice (first at line {seen[number]})"
                issues.append(Issue(line, "footnotes", found, "each footnote cited once"))
            elif number not in by_number:
                expected = f"a paragraph starting with the footnote number {number}"
                issues.append(Issue(line, "footnotes", f"footnote marker {number} has no "
                                    "footnote", expected))  # fmt: skip
            else:
                seen[number] = line
                _cite(by_number[number], seg, pos, end)
    return issues + [
        Issue(fn.line, "footnotes", f"footnote {fn.number} is never cited in the body",
              f"a footnote marker {fn.number} in the text before it")
        for fn in footnotes
        if fn.number not in seen
    ]  # fmt: skip


def _cite(fn: Footnote, seg: Segment, pos: int, end: int) -> None:
    """A footnote cited by the marker at [pos, end) of a paragraph: the marker's offsets, the
    citing sentence and where the marker stands in it, the paragraph's section."""
    fn.marker_start, fn.marker_end = seg.offset(pos), seg.offset(end)
    fn.cited_in = sentence_at(seg.text, pos)
    start = _sentence_span(seg.text, pos)[0]
    fn.cited_at = pos - start - (len(seg.text[start:]) - len(seg.text[start:].lstrip()))
    fn.section, fn.section_path = seg.section, seg.section_path
    fn.heading, fn.part = seg.heading, seg.part
