"""The audit's findings for a reader: each check that fails (or holds with a residual) with the
report section of its figures and the passage of every figure it compares.

A footnote's section is the section citing it; the table and the target list are sections of
their own.
"""

from __future__ import annotations

import pandas as pd

from .tables import window

FINDING_COLUMNS = ("check", "kind", "severity", "origin", "section", "stated", "computed",
                   "difference", "unit", "passages")  # fmt: skip


def section_of(source: str, footnote_sections: dict[int, str]) -> str:
    """The report section a fact's source stands in.

    >>> [section_of(s, {3: "1.1"}) for s in ("footnote 3", "body 2.1", "targets (4)")]
    ['1.1', '2.1', 'targets']
    """
    kind, _, rest = source.partition(" ")
    if kind == "footnote":
        return footnote_sections.get(int(rest), "") or "footnotes"
    if kind == "body":
        return rest
    return "appendix" if kind == "appendix" else "targets"


def findings(report) -> pd.DataFrame:
    """One row per check that does not hold or holds with a note: where its figures stand
    (`section`, their sections joined), whether it was declared or generated, and `passages`: one
    (source, quote window around the figure) per figure, in the check's order."""
    audit, facts = report.audit, report.facts.set_index("fact_id")
    sections = dict(zip(report.footnotes["number"], report.footnotes["section"], strict=True))
    rows = []
    for r in audit[audit["holds"].eq(False) | audit["severity"].eq("note")].itertuples():
        figures = [facts.loc[i] for i in r.fact_ids.split() if i in facts.index]
        where = dict.fromkeys(section_of(f["source"], sections) for f in figures)
        rows.append({
            "check": r.check, "kind": r.kind, "severity": r.severity,
            "origin": "generated" if r.note.startswith("generated") else "declared",
            "section": ", ".join(w for w in where if w), "stated": r.stated,
            "computed": r.computed, "difference": r.difference, "unit": r.unit,
            "passages": [(f["source"], _window(report.text, f)) for f in figures],
        })  # fmt: skip
    return pd.DataFrame(rows, columns=list(FINDING_COLUMNS))


def _window(text: str, fact: pd.Series) -> str:
    """About 150 characters of the report around the figure, within its line."""
    start, end = int(fact["number_start"]), int(fact["number_end"])
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return window(line, start - line_start, end - line_start, 150)


def by_section(found: pd.DataFrame) -> pd.DataFrame:
    """Findings counted by the first section of their figures and severity."""
    first = found["section"].str.split(", ").str[0].replace("", "(none)")
    table = pd.crosstab(first.rename("section"), found["severity"].rename("severity"))
    return table.reindex(columns=[s for s in ("error", "misrounding", "note") if s in table])
