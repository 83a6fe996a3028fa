"""The package's reference tables: the units table, and the variables a report measures.

>>> from vinhbao import Report
>>> v = variables(Report("1. Kinh tế\\n\\nDoanh thu dịch vụ ước đạt 702,5 tỷ đồng.\\n").fact_rows)
>>> v[["subject", "measure", "unit"]].values.tolist()
[['services_revenue', 'amount', 'billion_vnd']]
"""

from __future__ import annotations

import pandas as pd

from ..catalog import FRAMES
from ..rules import units as rules


def units() -> pd.DataFrame:
    """Every printed unit of the units table (counts too: factor 1) with its canonical unit."""
    rows = [
        {"printed": printed, "unit": unit, "factor": factor, "kind": kind, "label_en": label,
         "max_decimals": decimals}
        for printed, unit, factor, kind, label, decimals in rules.UNITS
    ] + [
        {"printed": noun, "unit": unit, "factor": 1.0, "kind": "count",
         "label_en": unit.replace("_", " "), "max_decimals": 0}
        for noun, unit in rules.COUNTS
    ]  # fmt: skip
    first: dict[str, dict] = {}
    for row in rows:
        first.setdefault(row["printed"], row)
    return FRAMES["units"].of_rows(list(first.values()))


def variables(facts: list[dict]) -> pd.DataFrame:
    """One row per subject × measure the fact rows (`report.fact_rows`) hold: labels, the unit
    of its levels (else of its first figure) and a description."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for r in facts:
        if r["subject"] != "":
            groups.setdefault((r["subject"], r["measure"]), []).append(r)
    return FRAMES["variables"].of_rows([_variable(*key, rows) for key, rows in groups.items()])


def _variable(subject: str, measure: str, rows: list[dict]) -> dict:
    first = next((r for r in rows if r["kind"] == "level"), rows[0])
    kinds = ", ".join(dict.fromkeys(r["kind"] for r in rows))
    unit = first["unit"] or "no unit"
    return {
        "subject": subject, "measure": measure, "topic": first["topic"],
        "label_vi": first["label_vi"], "label_en": first["label_en"], "unit": first["unit"],
        "description": f"{first['label_en']}: {measure} in {unit}; {len(rows)} figures ({kinds})",
    }  # fmt: skip
