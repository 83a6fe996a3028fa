"""Frames -> data/processed/<frame>.csv and a frictionless datapackage.json describing them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

from ..config import DATA_PROCESSED, ROOT
from ..report import Report

FRAMES: dict[str, str] = {
    "appendix": "2023 indicators: plan (resolution target) vs actual, reported and computed status",
    "targets_2024": "Main targets for 2024 (Part two, III) as intervals",
    "footnotes": "The 46 footnotes, stitched across pages, with the sentence citing each",
    "facts": "Every extracted figure, one per row, with source, verbatim quote and offsets",
    "rice": "Rice per season: area, yield (two conventions), output, rates",
    "agriculture": "Agriculture, forestry and fisheries production value and its parts",
    "economy": "Production value, growth, investment, income, industry, trade, business",
    "budget": "State budget, disbursement, social insurance, auctions, allowances, gifts",
    "land": "Land certificates, site clearance per project, land donation, auctions",
    "cases": "Administrative dossiers, courts, citizen reception, petitions, discipline, crime",
    "audit": "The report's arithmetic checked: stated vs computed, holds or not",
}

FIELDS: dict[str, str] = {
    "topic": "Topic of the figure",
    "subject": "What is measured (English snake_case)",
    "measure": "Which measure of the subject (amount, count, area, yield, pct_yoy …)",
    "value": "The figure in the canonical unit",
    "unit": "Canonical unit (see vinhbao.numbers.UNITS)",
    "value_printed": "The figure as printed, in the printed unit",
    "unit_printed": "The unit as printed in the report",
    "period": "Period the figure refers to",
    "label_vi": "Vietnamese label",
    "label_en": "English label",
    "source": "Where in the report: 'footnote N', 'body <section>', 'appendix row <code>', "
    "'targets_2024 (N)'",
    "quote": "Verbatim passage of the normalised report text holding the figure",
    "start": "Character offset where the quote starts in the normalised text",
    "end": "Character offset where the quote ends (exclusive)",
    "number_start": "Offset of the figure itself",
    "number_end": "Offset just after the figure",
    "flags": "Findings about this row: typos kept as printed, inherited cells, disagreements",
    "code": "Stable row code: N, then N.b, N.c … for the row's further indicators",
    "indicator": "Indicator as printed (Vietnamese)",
    "indicator_en": "Indicator in English",
    "target_text": "Target as printed",
    "target_start": "Offset of the target as printed in the normalised text",
    "target_low": "Lower bound of the target interval (empty: open)",
    "target_high": "Upper bound of the target interval (empty: open)",
    "actual_text": "Result as printed",
    "actual_start": "Offset of the result cell in the normalised text (empty: joined across lines)",
    "actual": "Result as a number",
    "status_text": "Completion status as printed",
    "status": "Printed status normalised: met / exceeded / not met / mixed",
    "better": "Direction: higher or lower values are better",
    "status_computed": "Status computed from actual, target interval and direction",
    "status_agrees": "Whether printed and computed status agree",
    "gap": "Actual minus the bound it falls outside (0 inside the target interval)",
    "check": "Name of the audit check",
    "kind": "sum, balance, ratio, product, growth or cross",
    "stated": "The figure as stated by the report",
    "computed": "The figure computed from the report's other figures",
    "difference": "stated - computed",
    "holds": "Whether stated and computed agree within printed precision",
}

_TYPES = {"f": "number", "i": "integer", "b": "boolean"}


def _field(name: str, dtype) -> dict:
    kind = getattr(dtype, "kind", "O")
    out = {"name": name, "type": _TYPES.get(kind, "string")}
    if str(dtype) == "boolean":
        out["type"] = "boolean"
    if name in FIELDS:
        out["description"] = FIELDS[name]
    return out


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_frames(
    report: Report, out: Path = DATA_PROCESSED, source: Path | None = None
) -> list[Path]:
    """Write every frame as CSV plus datapackage.json; returns the paths written."""
    from .schemas import validate

    frames = validate(report)
    out.mkdir(parents=True, exist_ok=True)
    written, resources = [], []
    for name, description in FRAMES.items():
        frame: pd.DataFrame = frames[name]
        path = out / f"{name}.csv"
        frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        written.append(path)
        resources.append(
            {
                "name": name,
                "path": path.name,
                "format": "csv",
                "encoding": "utf-8",
                "description": description,
                "schema": {"fields": [_field(c, frame[c].dtype) for c in frame.columns]},
            }
        )
    package = {
        "name": "vinhbao-report-499-bc-hu-2023",
        "title": "Vĩnh Bảo district Party Committee report 499-BC/HU (19/12/2023) as tidy tables",
        "resources": resources,
    }
    if source is not None:
        rel = source.relative_to(ROOT) if source.is_relative_to(ROOT) else source
        package["sources"] = [
            {
                "title": "Báo cáo số 499-BC/HU, 19/12/2023",
                "path": str(rel),
                "hash": f"sha256:{sha256(source)}",
            }
        ]
    meta = out / "datapackage.json"
    meta.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    written.append(meta)
    return written
