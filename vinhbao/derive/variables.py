"""The package's reference tables: the units table, and the variables a report measures.

>>> from vinhbao import Report
>>> v = variables(Report("1. Kinh tế\\n\\nDoanh thu dịch vụ ước đạt 702,5 tỷ đồng.\\n").facts)
>>> v[["subject", "measure", "unit"]].values.tolist()
[['services_revenue', 'amount', 'billion_vnd']]
"""

from __future__ import annotations

import pandas as pd

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
    return pd.DataFrame(rows).drop_duplicates("printed", ignore_index=True)


def variables(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per subject × measure the facts hold: labels, the unit of its levels (else of
    its first figure) and a description."""
    named = facts[facts["subject"].ne("")].astype({"kind": str, "unit": str, "measure": str})
    rows = []
    for (subject, measure), group in named.groupby(["subject", "measure"], sort=False):
        levels = group[group["kind"].eq("level")]
        first = (levels if len(levels) else group).iloc[0]
        kinds = ", ".join(dict.fromkeys(group["kind"]))
        rows.append({
            "subject": subject, "measure": measure, "topic": first["topic"],
            "label_vi": first["label_vi"], "label_en": first["label_en"], "unit": first["unit"],
            "description": f"{first['label_en']}: {measure} in {first['unit'] or 'no unit'}; "
                           f"{len(group)} figures ({kinds})",
        })  # fmt: skip
    columns = ["subject", "measure", "topic", "label_vi", "label_en", "unit", "description"]
    return pd.DataFrame(rows, columns=columns)
