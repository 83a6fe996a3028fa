"""Paths of the project: raw input, processed output, rendered reports."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_RAW = ROOT / "data" / "raw"
DATA_PROCESSED = ROOT / "data" / "processed"
REPORTS = ROOT / "reports"
NOTEBOOKS = ROOT / "notebooks"

# The bundled report: the text file data/raw holds (its name is the file's, never read for facts:
# the identity, years and figures come from the text).
RAW_REPORT = next(iter(sorted(DATA_RAW.glob("*.txt"))), DATA_RAW / "report.txt")
# Corrections of known reports' misprints, keyed by the report's number (see extract.corrections).
CORRECTIONS = DATA_RAW / "corrections.csv"
