"""Several reports side by side: every frame of each, stacked, with a `report` column."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from .catalog import FRAMES
from .report import Report, load_report


class ReportCollection:
    """Reports side by side; `collection.<frame>` stacks that frame of every report."""

    def __init__(self, reports: list[Report]):
        self.reports = reports
        labels: list[str] = []
        taken: set[str] = set()
        for r in reports:
            label = r.identity.label
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
        # a report's empty frame has untyped (object) columns: stacked, they would make every
        # column object; only the frames with rows are stacked (all of them if none has)
        out = pd.concat([p for p in parts if len(p)] or parts, ignore_index=True)
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
