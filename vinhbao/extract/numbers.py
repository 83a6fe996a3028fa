"""Every numeric token of the report, and what it is: `report.numbers`.

A token is a figure (then `fact_id` names its fact), or a year, date, document number, item
label, ordinal, label, age, anniversary, part of a name, footnote marker, a table's row code or
a page number; 'unaccounted' would mean the library read it as none of these (a test keeps
that at zero).
"""

from __future__ import annotations

import re

import pandas as pd

from ..fields import dtypes
from ..parse.numbers import TOKEN, token_style
from ..read.document import Document
from ..rules import headings as heading_rules
from ..tables import frame_of
from .tokens import claims_of, segment_tokens

NUMBER_COLUMNS = ("start", "end", "text", "line", "kind", "fact_id", "source", "note")
SUPERSCRIPT = re.compile(f"[{heading_rules.SUPERSCRIPTS}]+")
BRACKET_MARKER = re.compile(r"\[\d{1,3}\]")
UNACCOUNTED = "unaccounted"


def numbers_frame(
    doc: Document, facts: list[dict], table_codes: list[tuple[int, int]]
) -> pd.DataFrame:
    """One row per numeric token of the text (digits, and superscript markers)."""
    rows = _tokens(doc)
    _mark_non_figures(rows, doc, table_codes)
    _mark_figures(rows, doc, facts)
    for row in rows.values():
        if row["kind"] == UNACCOUNTED and token_style(row["text"]) == "garbled":
            row.update(kind="garbled", note="no number in either style: not read")
    ordered = [rows[k] for k in sorted(rows)]
    return frame_of(ordered, NUMBER_COLUMNS, dtypes("numbers", NUMBER_COLUMNS))


def _tokens(doc: Document) -> dict[int, dict]:
    """Start -> row of every numeric token, unaccounted, and of every superscript run (a
    footnote marker, or the exponent of 'm²')."""
    rows = {m.start(): _row(doc, m.start(), m.end(), m.group(), UNACCOUNTED)
            for m in TOKEN.finditer(doc.text)}  # fmt: skip
    for m in SUPERSCRIPT.finditer(doc.text):
        exponent = doc.text[max(0, m.start() - 1) : m.start()].lower() == "m"
        kind = "unit_exponent" if exponent and m.group() in "²³" else "footnote_marker"
        rows[m.start()] = _row(doc, m.start(), m.end(), m.group(), kind)
    return rows


def _mark_non_figures(rows: dict[int, dict], doc: Document, table_codes) -> None:
    """The kinds of the tokens that are no figure: claimed by a non-figure rule over the text,
    a bracketed footnote marker, classified so in their passage, a table's row code, a page
    number."""
    for start, kind in claims_of(doc).items():
        if start in rows:  # a year-like number that no fact reads is a year (table headers)
            rows[start]["kind"] = "year" if kind == "year?" else kind
    for m in BRACKET_MARKER.finditer(doc.text):  # '[3] …' opening a footnote, '…[3]' citing it
        rows[m.start() + 1]["kind"] = "footnote_marker"
    for seg in doc.segments:
        for t in segment_tokens(doc)[id(seg)][1]:
            at = seg.offset(t.start)
            if at in rows and t.kind != "figure":
                rows[at]["kind"] = t.kind
    pages = [(ln.start, ln.end) for ln in doc.page_numbers]
    for spans, kind in ((table_codes, "item_label"), (pages, "page_number")):
        for start, end in spans:
            for m in TOKEN.finditer(doc.text, start, end):
                rows[m.start()]["kind"] = kind


def _mark_figures(rows: dict[int, dict], doc: Document, facts: list[dict]) -> None:
    """The tokens each fact reads: figures, with its fact_id and source."""
    for fact in facts:
        for start, end in [(fact["number_start"], fact["number_end"]), *fact.get("_tokens", ())]:
            for m in TOKEN.finditer(doc.text, start, end):
                row = rows[m.start()]
                row.update(kind="figure", fact_id=fact["fact_id"], source=fact["source"])
                if fact["value"] is None and fact["low"] is None and fact["high"] is None:
                    row["note"] = "figure not read: see the fact's flag_notes"


def _row(doc: Document, start: int, end: int, text: str, kind: str) -> dict:
    return {"start": start, "end": end, "text": text, "line": doc.line_at(start).number,
            "kind": kind, "fact_id": "", "source": "", "note": ""}  # fmt: skip
