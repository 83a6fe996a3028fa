"""A report's extraction, once: the table and the target list as frames, every fact, every
numeric token, and the issues met on the way.

Order: classify every numeric token; read the document's number style from the figures; read
the plan-vs-actual table and the target list; read the prose with the figure grammar; apply
this report's corrections; give the facts their ids; account for every token.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..issues import Issue
from ..parse.numbers import TOKEN, detect_style
from ..tables import records
from . import corrections
from .appendix import build_appendix
from .facts import facts_frame, with_ids
from .numbers import numbers_frame
from .prose_facts import prose_rows
from .subjects import Lexicon
from .table_facts import appendix_rows, prose_cell_rows, target_rows
from .targets import build_targets, target_segments
from .tokens import segment_tokens

_LEXICON: list[Lexicon] = []


def lexicon() -> Lexicon:
    """The lexicon of `rules.lexicon`, built once per process."""
    if not _LEXICON:
        _LEXICON.append(Lexicon())
    return _LEXICON[0]


@dataclass
class Extraction:
    appendix: pd.DataFrame
    targets: pd.DataFrame
    rows: list[dict]
    facts: pd.DataFrame
    numbers: pd.DataFrame
    issues: list[Issue] = field(default_factory=list)


def number_style(report) -> str:
    """'vi', 'en', or 'mixed' (both styles, the lesser in at least 3 figures and 5 % of those
    only one style reads), from the figures of the text."""
    doc = report.document
    figures = [
        t.text for _, tokens in segment_tokens(doc).values() for t in tokens if t.kind == "figure"
    ]
    figures += [m.group() for t in doc.tables for ln, _ in t.rows for m in TOKEN.finditer(ln.text)]
    style = detect_style(figures)
    lesser = min(style.vi_only, style.en_only)
    if lesser >= 3 and lesser >= 0.05 * (style.vi_only + style.en_only):
        return "mixed"
    return style.name


def extract(report) -> Extraction:
    doc, style, lex = report.document, report.style, lexicon()
    issues: list[Issue] = []
    if style == "mixed":
        issues.append(Issue(0, "numbers", "the text writes numbers both ways (1.234,5 and "
                            "1,234.5): figures that read both ways are not read",
                            "one number style"))  # fmt: skip
    appendix, found = build_appendix(doc, "vi" if style == "mixed" else style)
    issues += found
    targets, found = build_targets(doc, "vi" if style == "mixed" else style)
    issues += found
    skip = {id(s) for s in target_segments(doc)}
    rows = prose_rows(doc, style, lex, skip)
    table_style = "vi" if style == "mixed" else style
    table = records(appendix)  # the table's rows, read back once for both
    rows += appendix_rows(table, doc, lex, table_style) + prose_cell_rows(table, doc)
    rows += target_rows(targets, doc, lex)
    corrections.apply(rows, doc.identity.number)
    rows = with_ids(rows)
    if not doc.footnotes:
        issues.append(Issue(0, "footnotes", "no footnotes", severity="info"))
    numbers = numbers_frame(doc, rows, _code_spans(doc))
    return Extraction(appendix, targets, rows, facts_frame(rows), numbers, issues)


def _code_spans(doc) -> list[tuple[int, int]]:
    """Where each table row's code cell stands (row numbers are no figures)."""
    spans = []
    for table in doc.tables:
        for ln, _ in table.rows:
            stripped = ln.text.lstrip(" |")
            cut = len(ln.text) - len(stripped)
            first = TOKEN.match(stripped)
            if first and stripped[first.end() : first.end() + 1] in ("\t", "|", " ", ".", ""):
                spans.append((ln.start + cut, ln.start + cut + first.end()))
    return spans
