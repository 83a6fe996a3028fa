"""Facts -> tidy topic frames (one observation per row), each keeping the facts' provenance.

Levels printed with a year-on-year rate give, in the economy, agriculture and budget frames, the
previous year's level they imply (`derived`, with the formula in `flag_notes`): a derived row
keeps the fact_id of the level it is derived from, so (fact_id, derived) is the frame's key.
"""

from __future__ import annotations

import pandas as pd

from ..rules import frames as rules
from ..tables import records


def topic(facts: pd.DataFrame, *topics: str) -> pd.DataFrame:
    """The facts of some topics, in document order (by the figure's offset)."""
    rows = facts[facts["topic"].isin(topics)]
    return rows.sort_values("number_start", kind="stable").reset_index(drop=True)


def implied_previous_year(f: pd.DataFrame) -> pd.DataFrame:
    """For each level with a change on last year (in %) or a ratio to it: the previous year's
    level it implies, level / (1 + g/100) or level / (r/100)."""
    first: dict[tuple, dict] = {}
    for r in records(f):
        key = (r["subject"], r["aspect"], r["measure"], r["kind"], r["base"])
        first.setdefault(key, r)
    out = []
    for (subject, aspect, measure, kind, _), level in first.items():
        if kind != "level" or not subject or pd.isna(level["value"]):
            continue
        growth = first.get((subject, aspect, measure, "change_pct", "last_year"))
        ratio = first.get((subject, aspect, measure, "ratio_pct", "last_year"))
        rate = growth or ratio
        if rate is None or pd.isna(rate["value"]):
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
    return pd.DataFrame(out, columns=[*f.columns]) if out else f.iloc[0:0]


def with_previous_year(f: pd.DataFrame) -> pd.DataFrame:
    f = f.assign(derived=False)
    derived = implied_previous_year(f)
    return pd.concat([f, derived], ignore_index=True) if not derived.empty else f


def rice(facts: pd.DataFrame) -> pd.DataFrame:
    """Per season: area, yield, output, with the rates printed with them; both whole-year yield
    conventions labelled."""
    f = facts[facts["subject"].isin(rules.RICE_SEASONS)].copy()
    f = f.sort_values("number_start", kind="stable").reset_index(drop=True)
    season = f["subject"].map(lambda s: rules.RICE_SEASONS[s])
    f.insert(0, "season", season.str[0])
    f.insert(1, "season_vi", season.str[1])
    f.insert(2, "yield_convention", season.str[2].where(f["measure"].eq("yield"), ""))
    return f


def frame_of_topics(*topics: str, previous: bool = False):
    """A builder of the frame of these topics' facts (with implied previous-year levels)."""

    def build(facts: pd.DataFrame) -> pd.DataFrame:
        f = topic(facts, *topics)
        return with_previous_year(f) if previous else f

    return build
