"""Paths of the project: raw input, processed output, rendered reports."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_RAW = ROOT / "data" / "raw"
DATA_PROCESSED = ROOT / "data" / "processed"
REPORTS = ROOT / "reports"
NOTEBOOKS = ROOT / "notebooks"

RAW_REPORT = DATA_RAW / "bc-499-bc-hu-2023-vinh-bao.txt"
# Corrections of known reports' misprints, keyed by the report's number (see extract.corrections).
CORRECTIONS = DATA_RAW / "corrections.csv"
