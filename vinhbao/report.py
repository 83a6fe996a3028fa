"""`Report`: the parsed report and its frames, each built on first use."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import pandas as pd

from .config import RAW_REPORT
from .read.document import Document, parse_document
from .read.source import read_source


class Report:
    """One report: its normalised `text`, the `document` segments, and tidy frames."""

    def __init__(self, text: str):
        self.text = text
        self.document: Document = parse_document(text)

    def __repr__(self) -> str:
        return (
            f"<Report: {len(self.text):,} characters, {len(self.document.body)} body paragraphs, "
            f"{len(self.document.footnotes)} footnotes>"
        )

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """Body paragraphs, stitched across page breaks, with section and offsets."""
        return pd.DataFrame(
            [
                {
                    "section": s.section,
                    "section_path": s.section_path,
                    "heading": s.heading,
                    "text": s.text,
                    "start": s.start,
                    "end": s.end,
                    "line": s.line,
                    "pieces": len(s.pieces),
                }
                for s in self.document.body
            ]
        )

    @cached_property
    def footnotes(self) -> pd.DataFrame:
        """The footnotes, complete and in order, each with the body sentence that cites it.

        `start`/`end` span the footnote from its first to its last piece; a footnote continued on
        the next page has `pieces` > 1 and `spans` lists each piece's (start, end).
        """
        return pd.DataFrame(
            [
                {
                    "number": fn.number,
                    "text": fn.text,
                    "cited_in": fn.cited_in,
                    "section": fn.section,
                    "start": fn.start,
                    "end": fn.end,
                    "marker_start": fn.marker_start,
                    "line": fn.line,
                    "pieces": len(fn.pieces),
                    "spans": [(p.start, p.end) for p in fn.pieces],
                }
                for fn in self.document.footnotes
            ]
        )

    @cached_property
    def appendix(self) -> pd.DataFrame:
        """The appendix of the year's indicators: plan vs actual, statuses reported and computed."""
        from .extract.appendix import build_appendix

        return build_appendix(self.document)

    @cached_property
    def targets_2024(self) -> pd.DataFrame:
        """The next year's targets (Part two, III), one row per target."""
        from .extract.targets import build_targets

        return build_targets(self.document)

    @cached_property
    def _extraction(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        from .extract.facts import MISS_COLUMNS, Cell, extract_rows, facts_frame, table_fact_rows
        from .extract.patterns import PATTERNS

        rows, misses = extract_rows(self.document, PATTERNS)
        rows += table_fact_rows(
            self.appendix,
            self.text,
            topic="appendix",
            subject_prefix="appendix_",
            measures={
                "actual": Cell("actual_text", "actual_start"),
                "target_low": Cell("target_text", "target_start"),
                "target_high": Cell("target_text", "target_start", last=True),
            },
            period="2023",
        )
        rows += table_fact_rows(
            self.targets_2024,
            self.text,
            topic="targets_2024",
            subject_prefix="target_2024_",
            measures={
                "low": Cell("target_text", "target_start"),
                "high": Cell("target_text", "target_start", last=True),
            },
            period="2024",
        )
        return facts_frame(rows), pd.DataFrame(misses, columns=list(MISS_COLUMNS))

    @cached_property
    def facts(self) -> pd.DataFrame:
        """Every figure found: one row per figure with topic, subject, measure, value, unit,
        source, verbatim quote and offsets (text[start:end] == quote)."""
        return self._extraction[0]

    @cached_property
    def unmatched_patterns(self) -> pd.DataFrame:
        """Patterns of the table that found nothing in this report (other phrasing?), or found
        their phrase with a garbled figure: `garbled` quotes it with its line ('' if none)."""
        return self._extraction[1]

    @cached_property
    def rice(self) -> pd.DataFrame:
        """Rice per season: area, yield (two conventions, labelled), output, rates."""
        from .derive.frames import rice

        return rice(self.facts)

    @cached_property
    def agriculture(self) -> pd.DataFrame:
        """Agriculture-forestry-fisheries value and its parts."""
        from .derive.frames import agriculture

        return agriculture(self.facts)

    @cached_property
    def economy(self) -> pd.DataFrame:
        """Production value, growth, investment, income, industry, trade, business."""
        from .derive.frames import economy

        return economy(self.facts)

    @cached_property
    def budget(self) -> pd.DataFrame:
        """State budget, disbursement, social insurance, auctions, allowances, gifts."""
        from .derive.frames import budget

        return budget(self.facts)

    @cached_property
    def land(self) -> pd.DataFrame:
        """Land certificates, site clearance per project, land donation, auctions."""
        from .derive.frames import land

        return land(self.facts)

    @cached_property
    def cases(self) -> pd.DataFrame:
        """Dossiers, courts, citizen reception, petitions, discipline, crime, traffic."""
        from .derive.frames import cases

        return cases(self.facts)

    @cached_property
    def audit(self) -> pd.DataFrame:
        """The report's arithmetic checked: one row per declared relationship."""
        from .derive.audit import run_checks

        return run_checks(self.facts, self.text)


def load_report(source: str | Path | bytes | None = None) -> Report:
    """The bundled report (None), a path, raw bytes, or the report's text -> `Report`."""
    return Report(read_source(RAW_REPORT if source is None else source))
