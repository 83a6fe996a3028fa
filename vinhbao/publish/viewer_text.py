"""The report's text as HTML blocks, every figure marked where it stands (the viewer's body).

Blocks come in the text's order: headings and paragraphs of the body, each followed by the
footnotes it cites, and the tables with one cell per column. A figure is a `<span class="fact"
id="fact-<fact_id>">` around `text[number_start:number_end]`; a footnote marker links to its
footnote. Every piece of text is escaped.

>>> from vinhbao import load_report
>>> r = load_report("1. Kinh tế\\n\\nDoanh thu dịch vụ ước đạt 702,5 tỷ đồng.\\n")
>>> '<span class="fact t-economy" id="fact-' in body_html(r, {})
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from ..read.cells import split_cells
from ..read.header_lines import SPACE_RUN
from ..read.paragraphs import heading_of, is_title
from ..read.tables import Table
from ..rules.glossary import ABBREVIATIONS


@dataclass(frozen=True)
class Mark:
    """A span of the text to wrap: a figure (`fact_id`) or a footnote marker (`footnote`)."""

    start: int
    end: int
    fact_id: str = ""
    css: str = ""
    footnote: int = 0


def fact_marks(report, classes: dict[str, str]) -> list[Mark]:
    """One mark per fact, at its number; `classes` adds CSS classes by fact_id (flagged …)."""
    facts = report.facts
    return [
        Mark(int(s), int(e), fid, f"t-{topic or 'none'} {classes.get(fid, '')}".strip())
        for fid, topic, s, e in zip(
            facts["fact_id"], facts["topic"], facts["number_start"], facts["number_end"],
            strict=True,
        )
    ]  # fmt: skip


def marker_marks(report) -> list[Mark]:
    """The body's footnote markers, each linking to its footnote."""
    return [
        Mark(fn.marker_start, fn.marker_end, footnote=fn.number)
        for fn in report.document.footnotes
        if fn.marker_start >= 0
    ]


def marked(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """HTML of text[start:end] with the marks inside it wrapped (marks sorted, not overlapping).

    >>> marked("ab 12 cd", 0, 8, [Mark(3, 5, "f1", "t-x")])
    'ab <span class="fact t-x" id="fact-f1" tabindex="0">12</span> cd'
    """
    out, pos = [], start
    for m in marks:
        if m.start < start or m.end > end:
            continue
        out.append(_plain(text[pos : m.start]))
        inner = escape(text[m.start : m.end])
        if m.fact_id:
            out.append(
                f'<span class="fact {m.css}" id="fact-{escape(m.fact_id)}" tabindex="0">'
                f"{inner}</span>"
            )
        else:
            out.append(
                f'<a class="fnref" href="#fn-{m.footnote}" id="fnref-{m.footnote}">{inner}</a>'
            )
        pos = m.end
    out.append(_plain(text[pos:end]))
    return "".join(out)


_EMPHASIS = re.compile(r"\*+")
_ABBREVIATIONS = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w-])"
)  # fmt: skip


def _plain(s: str) -> str:
    """Escaped text; an abbreviation of the glossary explained on hover, markdown emphasis
    stars kept but dimmed (one pass: no replacement is read again)."""

    def one(m: re.Match) -> str:
        if m.group(1):
            return f'<abbr title="{escape(ABBREVIATIONS[m.group(1)])}">{m.group(1)}</abbr>'
        return f'<span class="md">{m.group()}</span>'

    return re.sub(f"{_ABBREVIATIONS.pattern}|{_EMPHASIS.pattern}", one, escape(s))


def _segment_html(text: str, segment, marks: list[Mark]) -> str:
    """The pieces of a stitched segment, joined by a space (a page break between them)."""
    return " ".join(marked(text, p.start, p.end, marks) for p in segment.pieces)


def _heading_level(segment) -> int:
    """2-6 for a paragraph that is only a heading, 1 for a line in capitals (a title, a
    signature), 0 for running text."""
    s = segment.text.strip()
    if "\n" in s or len(s) > 160:
        return 0
    found = heading_of(s)
    if found is None:
        return 1 if is_title(s.strip("*")) else 0
    kind, key, _ = found
    if kind == "part":
        return 2
    if kind == "roman":
        return 3
    return min(6, 4 + key.count(".")) if kind == "numbered" else 6


def _cells(table: Table, line) -> list[tuple[str, int | None]]:
    """(cell, offset) of a table line; cells of a space-aligned row are its runs of words."""
    split = split_cells(line, table)
    if split is not None:
        return list(zip(*split, strict=True))
    return [(m.group(), line.start + m.start()) for m in _WORDS.finditer(line.text)]


_WORDS = re.compile(rf"\S+(?:(?!{SPACE_RUN.pattern})\s\S+)*")


def table_html(text: str, table: Table, marks: list[Mark]) -> str:
    """A table: its title lines as caption, its header lines, one row per line."""
    caption = "<br>".join(escape(ln.text.strip()) for ln in table.title)
    rows = []
    for k, line in enumerate([*table.heads, *(ln for ln, _ in table.rows)]):
        tag = "th" if k < len(table.heads) else "td"
        cells = _cells(table, line)
        cells += [("", None)] * (table.width - len(cells))
        row = "".join(
            f"<{tag}>{marked(text, at, at + len(cell), marks) if at is not None else ''}</{tag}>"
            for cell, at in cells
        )
        rows.append(f'<tr data-line="{line.number}">{row}</tr>')
    head = f"<caption>{caption}</caption>" if caption else ""
    return f'<div class="table-wrap"><table>{head}{"".join(rows)}</table></div>'


def _footnote_html(text: str, fn, marks: list[Mark]) -> str:
    back = (
        f'<a class="fnback" href="#fnref-{fn.number}">{fn.number}</a>'
        if fn.marker_start >= 0
        else str(fn.number)
    )
    return (
        f'<aside class="footnote" id="fn-{fn.number}"><span class="fnnum">{back}</span> '
        f"{_segment_html(text, fn, marks)}</aside>"
    )


def _citing(report) -> dict[int, list]:
    """Footnotes by the index of the body paragraph citing them (else the one before them)."""
    body = report.document.body
    by_paragraph: dict[int, list] = {}
    for fn in report.document.footnotes:
        at = fn.marker_start if fn.marker_start >= 0 else fn.start
        k = max((i for i, s in enumerate(body) if s.start <= at), default=0)
        by_paragraph.setdefault(k, []).append(fn)
    return by_paragraph


_CAPS = ("", ' class="caps"')


def body_html(report, classes: dict[str, str]) -> str:
    """Every block of the report in the text's order, figures and footnote markers marked."""
    text = report.text
    marks = sorted([*fact_marks(report, classes), *marker_marks(report)], key=lambda m: m.start)
    notes = _citing(report)
    blocks: list[tuple[int, str]] = []
    for i, segment in enumerate(report.document.body):
        level = _heading_level(segment)
        inner = _segment_html(text, segment, marks)
        html = f"<h{level}>{inner}</h{level}>" if level > 1 else f"<p{_CAPS[level]}>{inner}</p>"
        html += "".join(_footnote_html(text, fn, marks) for fn in notes.get(i, []))
        blocks.append((segment.start, html))
    blocks += [(t.lines[0].start, table_html(text, t, marks)) for t in report.document.tables]
    return "\n".join(html for _, html in sorted(blocks, key=lambda b: b[0]))
