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
    keys = ["subject", "measure"]
    kinds = named.groupby(keys, sort=False)["kind"].agg(lambda k: ", ".join(dict.fromkeys(k)))
    counts = named.groupby(keys, sort=False).size()
    levels_first = named.assign(_other=named["kind"].ne("level")).sort_values(
        "_other", kind="stable"
    )
    first = levels_first.drop_duplicates(keys).set_index(keys).reindex(counts.index)
    unit = first["unit"].where(first["unit"].ne(""), "no unit")
    description = (first["label_en"] + ": " + first.index.get_level_values("measure") + " in "
                   + unit + "; " + counts.astype(str) + " figures (" + kinds + ")")  # fmt: skip
    out = first.assign(description=description).reset_index()
    return out[["subject", "measure", "topic", "label_vi", "label_en", "unit", "description"]]
