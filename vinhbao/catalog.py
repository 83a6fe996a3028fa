"""The frames of a report, in one registry: name -> what it holds and how it is built.

The report (`report.<name>`), the collection, the schemas, the exports and the tests all read
this table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

FACT_COLUMNS = (
    "fact_id", "topic", "subject", "aspect", "subject_vi", "label_vi", "label_en", "measure",
    "kind", "base", "base_text", "value", "unit", "low", "high", "bound", "period",
    "value_printed", "unit_printed", "denominator", "parent_id", "source", "quote", "start", "end",
    "number_start", "number_end", "flag_notes",
)  # fmt: skip
TO_FACTS = (("fact_id", "facts", "fact_id"),)


@dataclass(frozen=True)
class Frame:
    """A frame: what it holds, its builder (report -> frame), its columns in order (each
    described in `vinhbao.fields`), its primary key and its foreign keys (column, frame,
    column)."""

    name: str
    description: str
    build: Callable[[object], pd.DataFrame]
    columns: tuple[str, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[tuple[str, str, str], ...] = ()

    def make(self, report) -> pd.DataFrame:
        """The frame of a report, its columns in order with their declared dtypes (only the
        columns built with another dtype are cast: a cast copies)."""
        from .fields import dtypes

        frame = self.build(report)
        if list(frame.columns) != list(self.columns):
            raise ValueError(f"{self.name}: built {list(frame.columns)}, declared {self.columns}")
        wanted = dtypes(self.name, self.columns)
        cast = {c: wanted[c] for c, built in frame.dtypes.items() if built != wanted[c]}
        return frame.astype(cast) if cast else frame

    def of_rows(self, rows: list[dict]) -> pd.DataFrame:
        """Rows (dicts holding every column) -> the frame, each column built with its declared
        dtype."""
        from .fields import dtypes
        from .tables import frame_of

        return frame_of(rows, self.columns, dtypes(self.name, self.columns))

    def typed(self, frame: pd.DataFrame) -> pd.DataFrame:
        """The frame as exported: enums as categoricals (a value outside its enum is kept as
        text, never cast to missing)."""
        from .fields import field

        enums = {c: field(self.name, c).typed for c in frame if field(self.name, c).enum}
        return frame.astype({c: _dtype(frame[c], t) for c, t in enums.items()})


def _dtype(column: pd.Series, dtype):
    if isinstance(dtype, pd.CategoricalDtype) and not column.dropna().isin(dtype.categories).all():
        return column.dtype
    return dtype


def _paragraphs(report) -> pd.DataFrame:
    from .read.frames import paragraphs

    return paragraphs(report.document)


def _footnotes(report) -> pd.DataFrame:
    from .read.frames import footnotes

    return footnotes(report.document)


def _topic(name: str, previous: bool = False) -> Callable[[object], pd.DataFrame]:
    def build(report) -> pd.DataFrame:
        from .derive.frames import topic_frame

        return topic_frame(report.fact_rows, name, previous)

    return build


def _rice(report) -> pd.DataFrame:
    from .derive.frames import rice

    return rice(report.fact_rows)


def _audit(report) -> pd.DataFrame:
    from .derive.audit import run_audit
    from .derive.breakdowns import breakdown_checks
    from .derive.footnoted import footnote_checks
    from .derive.listed import listed_checks
    from .derive.shapes import ratio_checks
    from .derive.splits import split_checks
    from .derive.status_checks import status_rows
    from .rules.checks import CHECKS

    facts, text = report.fact_rows, report.text
    notes = report.document.footnotes
    printed = Counter(fn.number for fn in notes)  # a number printed twice: its parts are mixed
    cited = {f"footnote {fn.number}": fn.marker_start for fn in notes
             if fn.marker_start >= 0 and printed[fn.number] == 1}  # fmt: skip
    generated = (
        ratio_checks(facts) + breakdown_checks(facts, text) + listed_checks(facts, text)
        + footnote_checks(facts, text, cited) + split_checks(facts, text)
    )  # fmt: skip
    statuses = status_rows(report.appendix, facts)
    return run_audit(facts, text, report.style, report.identity.year, CHECKS, generated, statuses)


def _units(report) -> pd.DataFrame:
    from .derive.variables import units

    return units()


def _variables(report) -> pd.DataFrame:
    from .derive.variables import variables

    return variables(report.fact_rows)


AUDIT_COLUMNS = (
    "check", "kind", "expression", "source", "stated", "computed", "difference", "unit", "holds",
    "severity", "note", "fact_id", "fact_ids", "quote", "start", "end", "computed_quote",
)  # fmt: skip


def _topic_frame(name: str, description: str, previous: bool = False) -> Frame:
    if previous:  # with the previous year's levels the rates imply (derived rows)
        return Frame(
            name,
            description,
            _topic(name, previous=True),
            (*FACT_COLUMNS, "derived"),
            ("fact_id", "derived"),
            TO_FACTS,
        )
    return Frame(name, description, _topic(name), FACT_COLUMNS, ("fact_id",), TO_FACTS)


FRAMES: dict[str, Frame] = {
    f.name: f
    for f in (
        Frame("paragraphs", "Body paragraphs, stitched across page breaks, with their section",
              _paragraphs, ("section", "section_path", "heading", "text", "start", "end", "line",
                            "pieces"), ("start",)),
        Frame("footnotes", "The footnotes, stitched across pages, with the sentence citing each",
              _footnotes, ("number", "text", "cited_in", "section", "start", "end",
                           "marker_start", "line", "pieces", "spans"), ("number",)),
        Frame("appendix", "The plan-vs-actual table: target interval, result, printed and "
              "computed status, gap", lambda r: r.extraction.appendix, (
                  "code", "row", "parent", "level", "section", "section_title", "indicator",
                  "indicator_en", "unit", "unit_canonical", "target_text", "target_start",
                  "target_low", "target_high", "low_inclusive", "high_inclusive",
                  "actual_text", "actual_start", "actual", "actual_is_change", "previous_text",
                  "previous_start", "previous", "ratio_text", "ratio_start", "ratio",
                  "status_text", "status", "better", "status_computed", "status_agrees", "gap",
                  "flag_notes", "source", "quote", "start", "end", "line"), ("code",)),
        Frame("targets", "The next year's targets as intervals", lambda r: r.extraction.targets,
              ("code", "item", "indicator", "indicator_en", "context", "kind", "unit",
               "target_text", "target_start", "low", "high", "low_inclusive", "high_inclusive",
               "approx", "denominator", "period", "source", "quote", "start", "end", "line",
               "flag_notes"), ("code",)),
        Frame("facts", "Every figure, one per row: what it expresses, its value and unit, "
              "source, verbatim quote and offsets", lambda r: r.extraction.facts, FACT_COLUMNS,
              ("fact_id",), (("parent_id", "facts", "fact_id"),)),
        Frame("numbers", "Every numeric token of the text and what it is (a figure, a year, a "
              "date, a document number …)", lambda r: r.extraction.numbers,
              ("start", "end", "text", "line", "kind", "fact_id", "source", "note"), ("start",),
              TO_FACTS),
        Frame("issues", "What the text lacks or holds oddly: where, what was found and expected",
              lambda r: r.issue_frame(), ("line", "part", "severity", "found", "expected")),
        Frame("rice", "Rice per season: area, yield (two conventions), output, rates", _rice,
              ("season", "season_vi", "yield_convention", *FACT_COLUMNS), ("fact_id",),
              TO_FACTS),
        _topic_frame("agriculture", "Agriculture, forestry and fisheries production value and "
                     "its parts", previous=True),
        _topic_frame("economy", "Production value, growth, investment, income, industry, trade",
                     previous=True),
        _topic_frame("budget", "State budget, disbursement, social insurance, allowances, gifts",
                     previous=True),
        _topic_frame("land", "Land certificates, site clearance, land donation, auctions"),
        _topic_frame("cases", "Dossiers, courts, citizen reception, petitions, discipline, "
                     "crime"),
        _topic_frame("party", "Party building: admissions, transfers, gradings, dialogues"),
        _topic_frame("social", "Education, health, labour, poverty, population"),
        Frame("audit", "The report's arithmetic checked: stated against computed", _audit,
              AUDIT_COLUMNS, ("check",), TO_FACTS),
        Frame("units", "The units table: each printed unit, its canonical unit, factor, kind "
              "and English label", _units, ("printed", "unit", "factor", "kind", "label_en",
                                            "max_decimals"), ("printed",)),
        Frame("variables", "What the report measures: each subject × measure with its labels, "
              "unit and description", _variables,
              ("subject", "measure", "topic", "label_vi", "label_en", "unit", "description"),
              ("subject", "measure")),
    )
}  # fmt: skip
