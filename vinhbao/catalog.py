"""The frames of a report, in one registry: name -> what it holds and how it is built.

The report (`report.<name>`), the collection, the schemas, the exports and the tests all read
this table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Frame:
    name: str
    description: str
    build: Callable[[object], pd.DataFrame]


def _paragraphs(report) -> pd.DataFrame:
    from .read.frames import paragraphs

    return paragraphs(report.document)


def _footnotes(report) -> pd.DataFrame:
    from .read.frames import footnotes

    return footnotes(report.document)


def _topic(*topics: str, previous: bool = False) -> Callable[[object], pd.DataFrame]:
    def build(report) -> pd.DataFrame:
        from .derive.frames import frame_of_topics

        return frame_of_topics(*topics, previous=previous)(report.facts)

    return build


def _rice(report) -> pd.DataFrame:
    from .derive.frames import rice

    return rice(report.facts)


def _audit(report) -> pd.DataFrame:
    from .derive.audit import run_audit
    from .derive.breakdowns import breakdown_checks
    from .derive.listed import listed_checks
    from .derive.shapes import ratio_checks
    from .rules.checks import CHECKS

    facts, text = report.facts, report.text
    generated = ratio_checks(facts) + breakdown_checks(facts, text) + listed_checks(facts, text)
    return run_audit(facts, text, report.style, report.identity.year, CHECKS, generated)


FRAMES: dict[str, Frame] = {
    f.name: f
    for f in (
        Frame("paragraphs", "Body paragraphs, stitched across page breaks, with their section",
              _paragraphs),
        Frame("footnotes", "The footnotes, stitched across pages, with the sentence citing each",
              _footnotes),
        Frame("appendix", "The plan-vs-actual table: target interval, result, printed and "
              "computed status, gap", lambda r: r.extraction.appendix),
        Frame("targets", "The next year's targets as intervals", lambda r: r.extraction.targets),
        Frame("facts", "Every figure, one per row: what it expresses, its value and unit, "
              "source, verbatim quote and offsets", lambda r: r.extraction.facts),
        Frame("numbers", "Every numeric token of the text and what it is (a figure, a year, a "
              "date, a document number …)", lambda r: r.extraction.numbers),
        Frame("issues", "What the text lacks or holds oddly: where, what was found and expected",
              lambda r: r.issue_frame()),
        Frame("rice", "Rice per season: area, yield (two conventions), output, rates", _rice),
        Frame("agriculture", "Agriculture, forestry and fisheries production value and its parts",
              _topic("agriculture", previous=True)),
        Frame("economy", "Production value, growth, investment, income, industry, trade",
              _topic("economy", previous=True)),
        Frame("budget", "State budget, disbursement, social insurance, allowances, gifts",
              _topic("budget", previous=True)),
        Frame("land", "Land certificates, site clearance, land donation, auctions",
              _topic("land")),
        Frame("cases", "Dossiers, courts, citizen reception, petitions, discipline, crime",
              _topic("cases")),
        Frame("party", "Party building: admissions, transfers, gradings, dialogues",
              _topic("party")),
        Frame("social", "Education, health, labour, poverty, population", _topic("social")),
        Frame("audit", "The report's arithmetic checked: stated against computed", _audit),
    )
}  # fmt: skip
