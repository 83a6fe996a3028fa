"""The document's own frames: body paragraphs and footnotes, with offsets."""

from __future__ import annotations

import json

import pandas as pd

from ..catalog import FRAMES
from .document import Document


def paragraphs(doc: Document) -> pd.DataFrame:
    """Body paragraphs, stitched across page breaks, with section and offsets."""
    return FRAMES["paragraphs"].of_rows(
        [
            {"section": s.section, "section_path": s.section_path, "heading": s.heading,
             "text": s.text, "start": s.start, "end": s.end, "line": s.line,
             "pieces": len(s.pieces)}
            for s in doc.body
        ]
    )  # fmt: skip


def footnotes(doc: Document) -> pd.DataFrame:
    """The footnotes, complete and in order, each with the body sentence that cites it; `spans`
    lists each piece's [start, end] (a footnote continued on the next page has several)."""
    return FRAMES["footnotes"].of_rows(
        [
            {"number": fn.number, "text": fn.text, "cited_in": fn.cited_in, "section": fn.section,
             "start": fn.start, "end": fn.end, "marker_start": fn.marker_start, "line": fn.line,
             "pieces": len(fn.pieces), "spans": json.dumps([[p.start, p.end] for p in fn.pieces])}
            for fn in doc.footnotes
        ]
    )  # fmt: skip
