"""`Report`: one report's text, its document, and every frame of the catalog, built on first use.

>>> r = Report("1. Kinh tế\\n\\nDoanh thu dịch vụ ước đạt 702,5 tỷ đồng.\\n")
>>> r.facts[["subject", "kind", "value", "unit"]].values.tolist()
[['services_revenue', 'level', 702.5, 'billion_vnd']]
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

import pandas as pd

from .catalog import FRAMES
from .config import RAW_REPORT
from .issues import Issue
from .read.document import Document, parse_document
from .read.identity import Identity
from .read.source import read_source


class Report:
    """One report: its normalised `text`, the `document` it parses into, and its frames (see
    `vinhbao.catalog.FRAMES`: `report.facts`, `report.appendix` …), each built on first use."""

    def __init__(self, text: str):
        self.text = text
        with collector_paused():
            self.document: Document = parse_document(text)

    def __repr__(self) -> str:
        d = self.document
        return (
            f"<Report {self.identity.label}: {len(self.text):,} characters, {len(d.body)} body "
            f"paragraphs, {len(d.footnotes)} footnotes, {len(d.tables)} tables>"
        )

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name.startswith("_") or name not in FRAMES:
            raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")
        with collector_paused():
            frame = FRAMES[name].make(self)
        self.__dict__[name] = frame
        return frame

    def __dir__(self) -> list[str]:
        return [*super().__dir__(), *FRAMES]

    def validate(self) -> dict[str, pd.DataFrame]:
        """Validate every frame against its schema: the frames by name, or `SchemaError` with a
        short report (one line per failing check)."""
        from .publish.schemas import validate

        return validate(self)

    @property
    def identity(self) -> Identity:
        """Issuer, number, date, year reported on and next year, read from the text."""
        return self.document.identity

    @cached_property
    def style(self) -> str:
        """The number style of the text: 'vi' (1.234,5), 'en' (1,234.5) or 'mixed'."""
        from .extract.pipeline import number_style

        return number_style(self)

    @cached_property
    def fact_rows(self) -> list[dict]:
        """The facts frame's rows as dicts of plain Python values (NaN for a missing number), in
        order, taken from the rows it is built from (reading a frame back is slow): read once for
        the topic frames, the variables and the audit (not to be changed)."""
        from .extract.facts import plain_rows

        return plain_rows(self.extraction.rows)

    @cached_property
    def extraction(self):
        """The extraction's products: fact rows, the tables' frames, their issues."""
        from .extract.pipeline import extract

        return extract(self)

    def issue_frame(self) -> pd.DataFrame:
        issues: list[Issue] = [*self.document.issues, *self.extraction.issues]
        return FRAMES["issues"].of_rows([i.row() for i in issues])


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a report is read or a frame built (then on again,
    if it was): they make many objects and few cycles, and each collection walks the objects
    made since the last (some 25 collections and 6 % of the time of a report's frames)."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def load_report(source: str | Path | bytes | None = None) -> Report:
    """The bundled report (None), a path, raw bytes, or the report's text -> `Report`."""
    return Report(read_source(RAW_REPORT if source is None else source))
