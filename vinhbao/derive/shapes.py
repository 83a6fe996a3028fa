"""Checks generated from the shape of the facts, in any report: a count printed over its total
with a rate ('612/640 vụ, đạt 95,6%') gives `rate = count / total × 100`.
"""

from __future__ import annotations

import pandas as pd

from ..rules.checks import Check
from ..tables import records

_COLUMNS = ("fact_id", "subject", "subject_vi", "aspect", "kind", "value", "source", "parent_id",
            "number_start")  # fmt: skip


def ratio_checks(facts: pd.DataFrame) -> tuple[Check, ...]:
    """For each 'x/y' pair followed by a share of the same subject and aspect in the same
    passage: the share against x / y × 100."""
    rows = records(facts, _COLUMNS)
    by_id = {r["fact_id"]: r for r in rows}
    out = []
    for k, r in enumerate(rows):
        count = by_id.get(r["parent_id"]) if r["aspect"].endswith("total") else None
        if count is None or count["source"] != r["source"]:
            continue
        share = next((s for s in rows[k + 1 : k + 4] if s["kind"] == "share_pct"
                      and s["source"] == r["source"] and s["subject"] == count["subject"]
                      and s["aspect"] == count["aspect"]), None)  # fmt: skip
        if share is None:
            continue
        name = count["subject"] or count["subject_vi"][-40:].strip()
        aspect = f" ({count['aspect']})" if count["aspect"] else ""
        out.append(Check(
            f"{name}{aspect}: count / total stated as % ({r['source']})", "ratio",
            f"{{fact:{share['fact_id']}}}",
            f"{{fact:{count['fact_id']}}} / {{fact:{r['fact_id']}}} * 100",
            "generated: a count over its total printed with a rate",
        ))  # fmt: skip
    return tuple(out)
