"""Checks generated from the shape of the facts, in any report: a count printed over its total
with a rate ('612/640 vụ, đạt 95,6%') gives `rate = count / total × 100`.
"""

from __future__ import annotations

from ..rules.checks import PLAN_RATE_NEAR, Check


def ratio_checks(rows: list[dict]) -> tuple[Check, ...]:
    """For each 'x/y' pair followed by a share of the same subject and aspect in the same
    passage: the share against x / y × 100. A rate of the plan after it ('12/8 tổ chức (150%
    KH)') is checked too when it is near x / y × 100 (within PLAN_RATE_NEAR %): y is then the
    plan; farther off, y is a whole and the rate is of another plan, not checkable (`rows`: the
    fact rows, `report.fact_rows`)."""
    by_id = {r["fact_id"]: r for r in rows}
    out = []
    for k, r in enumerate(rows):
        denominator = r["aspect"].endswith("total") or r["kind"] == "target"
        count = by_id.get(r["parent_id"]) if denominator else None
        if count is None or count["source"] != r["source"] or not r["value"]:
            continue
        rate = next((s for s in rows[k + 1 : k + 4] if _rate_of(s, count, r)), None)
        if rate is None:
            continue
        name = count["subject"] or count["subject_vi"][-40:].strip()
        aspect = f" ({count['aspect']})" if count["aspect"] else ""
        of_plan = rate["kind"] == "ratio_pct"
        out.append(Check(
            f"{name}{aspect}: count / {'plan' if of_plan else 'total'} stated as % "
            f"({r['source']})", "ratio",
            f"{{fact:{rate['fact_id']}}}",
            f"{{fact:{count['fact_id']}}} / {{fact:{r['fact_id']}}} * 100",
            "generated: a count over its " + ("plan" if of_plan else "total")
            + " printed with a rate",
        ))  # fmt: skip
    return tuple(out)


def _rate_of(row: dict, count: dict, total: dict) -> bool:
    """Whether a figure is the rate of an 'x/y' count: its share, or its rate of the plan when
    near x / y × 100."""
    if row["source"] != total["source"] or row["subject"] != count["subject"]:
        return False
    if row["kind"] == "share_pct":
        return row["aspect"] == count["aspect"]
    implied = count["value"] / total["value"] * 100
    near = abs(row["value"] - implied) <= PLAN_RATE_NEAR / 100 * implied
    return row["kind"] == "ratio_pct" and row["base"] == "plan" and near
