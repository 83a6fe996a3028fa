"""Several reports side by side: every frame of each, stacked, with a `report` column."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from .publish.export import FRAMES
from .report import Report, load_report

NUMBER = re.compile(r"Báo cáo số\s+(\d+-BC/[A-ZĐ]+)", re.IGNORECASE)
DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
YEAR = re.compile(r"NHIỆM VỤ NĂM (\d{4})")
DISTRICT = re.compile(r"huyện ((?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+ ?){2})")
ISSUERS = {"HU": "Huyện ủy", "TU": "Thành ủy", "ĐU": "Đảng ủy"}


def metadata(report: Report) -> dict[str, str]:
    """Issuer, number, date and year of a report, read from its text ('' where not found)."""
    text = report.text
    number = NUMBER.search(text)
    date = DATE.search(text)
    year = YEAR.search(text)
    district = DISTRICT.search(text)
    suffix = number.group(1).rsplit("/", 1)[-1] if number else ""
    issuer = " ".join(
        x for x in (ISSUERS.get(suffix, ""), district.group(1).strip() if district else "") if x
    )
    return {
        "issuer": issuer,
        "number": number.group(1) if number else "",
        "date": f"{date.group(3)}-{int(date.group(2)):02d}-{int(date.group(1)):02d}"
        if date
        else "",
        "year": year.group(1) if year else "",
    }


class ReportCollection:
    """Reports side by side; `collection.<frame>` stacks that frame of every report."""

    def __init__(self, reports: list[Report]):
        self.reports = reports
        labels: list[str] = []
        taken: set[str] = set()
        for r in reports:
            m = metadata(r)
            label = " · ".join(x for x in (m["issuer"], m["number"], m["year"]) if x) or "report"
            k, unique = 2, label
            while unique in taken:
                unique, k = f"{label} ({k})", k + 1
            labels.append(unique)
            taken.add(unique)
        self.labels = labels

    def __len__(self) -> int:
        return len(self.reports)

    def __repr__(self) -> str:
        return f"<ReportCollection of {len(self)}: {', '.join(self.labels)}>"

    def frame(self, name: str) -> pd.DataFrame:
        """One frame of every report, stacked, with the report's label first."""
        parts = [getattr(r, name) for r in self.reports]
        out = pd.concat(parts, ignore_index=True)
        labels = np.repeat(self.labels, [len(part) for part in parts])
        out.insert(0, "report", pd.array(labels, dtype="str"))
        return out

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name in FRAMES:
            return self.frame(name)
        raise AttributeError(name)


def load_reports(sources: Iterable[str | Path | bytes | None]) -> ReportCollection:
    """Load several reports (paths, bytes, texts; None is the bundled one) into a collection."""
    return ReportCollection([load_report(s) for s in sources])
