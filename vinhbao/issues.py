"""What a report lacks or holds oddly, collected by every stage: `report.issues`.

An issue is not an error: the report is read, and the issue says where (line), what was
expected and what was found. A missing appendix, a footnote marker without footnote, a gap in a
table's numbering are issues; what makes the text unreadable raises `ReportFormatError`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

ISSUE_COLUMNS = ("line", "part", "severity", "found", "expected")


@dataclass(frozen=True)
class Issue:
    """One issue: the line it is on (0 for the whole text), the part of the report (appendix,
    targets, footnotes, body, numbers), 'warning' or 'info', what was found and expected."""

    line: int
    part: str
    found: str
    expected: str = ""
    severity: str = "warning"

    def row(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k in ISSUE_COLUMNS}
