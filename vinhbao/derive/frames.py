"""Facts -> tidy topic frames (one observation per row), each keeping the facts' provenance.

Levels printed with a year-on-year rate give, in the economy, agriculture and budget frames, the
previous year's level they imply (`derived`, with the formula in `flag_notes`): a derived row
keeps the fact_id of the level it is derived from, so (fact_id, derived) is the frame's key.
Every function reads the fact rows (`report.fact_rows`) and leaves them unchanged.
"""

from __future__ import annotations

import math

import pandas as pd

from ..catalog import FRAMES
from ..rules import frames as rules


def in_text_order(rows: list[dict]) -> list[dict]:
    """Fact rows in document order (by the figure's offset; ties keep their order)."""
    return sorted(rows, key=lambda r: r["number_start"])


def implied_previous_year(rows: list[dict]) -> list[dict]:
    """For each level with a change on last year (in %) or a ratio to it: the previous year's
    level it implies, level / (1 + g/100) or level / (r/100)."""
    first: dict[tuple, dict] = {}
    for r in rows:
        key = (r["subject"], r["aspect"], r["measure"], r["kind"], r["base"])
        first.setdefault(key, r)
    out = []
    for (subject, aspect, measure, kind, _), level in first.items():
        if kind != "level" or not subject or math.isnan(level["value"]):
            continue
        growth = first.get((subject, aspect, measure, "change_pct", "last_year"))
        ratio = first.get((subject, aspect, measure, "ratio_pct", "last_year"))
        rate = growth or ratio
        if rate is None or math.isnan(rate["value"]):
            continue
        factor = 1 + rate["value"] / 100 if growth else rate["value"] / 100
        period = str(int(level["period"]) - 1) if level["period"].isdigit() else ""
        out.append(level | {
            "kind": "level",
            "value": level["value"] / factor, "value_printed": None, "unit_printed": "",
            "period": period, "derived": True,
            "flag_notes": f"derived: the level {level['fact_id']} / {factor:.4f}, from the rate "
                     f"{rate['fact_id']} ({rate['source']})",
        })  # fmt: skip
    return out


def with_previous_year(rows: list[dict]) -> list[dict]:
    """The rows marked printed (`derived` False), then the previous-year levels they imply."""
    printed = [r | {"derived": False} for r in rows]
    return printed + implied_previous_year(printed)


def topic_frame(facts: list[dict], topic: str, previous: bool = False) -> pd.DataFrame:
    """The frame of a topic (named as its topic): its facts in document order, with the
    previous year's levels they imply if `previous`."""
    rows = in_text_order([r for r in facts if r["topic"] == topic])
    return FRAMES[topic].of_rows(with_previous_year(rows) if previous else rows)


def rice(facts: list[dict]) -> pd.DataFrame:
    """Per season: area, yield, output, with the rates printed with them; both whole-year yield
    conventions labelled."""
    rows = []
    for r in in_text_order([r for r in facts if r["subject"] in rules.RICE_SEASONS]):
        season, season_vi, convention = rules.RICE_SEASONS[r["subject"]]
        convention = convention if r["measure"] == "yield" else ""
        rows.append(r | {"season": season, "season_vi": season_vi, "yield_convention": convention})
    return FRAMES["rice"].of_rows(rows)
