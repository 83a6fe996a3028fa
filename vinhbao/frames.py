"""Facts -> tidy topic frames (one observation per row), each keeping source, quote and offsets."""

from __future__ import annotations

import re

import pandas as pd

from .numbers import NUMBER_PATTERN, parse_number

PROVENANCE = ["source", "quote", "start", "end", "flags"]
FACT_VALUE = ["value", "unit", "value_printed", "unit_printed", "period", "label_vi", "label_en"]

# Rice subjects -> season and yield convention.
RICE_SEASONS: dict[str, tuple[str, str, str]] = {
    # subject: (season, season_vi, yield convention)
    "spring_rice": ("spring", "vụ xuân", "output / sown area"),
    "main_rice": ("main", "vụ mùa", "output / sown area"),
    "rice_year": ("year", "cả năm", "output / sown area (average of the year)"),
    "rice_year_two_crops": ("year", "cả năm", "two seasons' yields added (per ha of land)"),
    "appendix_rice_yield": ("year", "cả năm", "two seasons' yields added (per ha of land)"),
}
APPENDIX_RICE_YIELD = "năng suất lúa"
QUANTITY = re.compile(r"^(area|yield|output)(?:_(.+))?$")


def topic(facts: pd.DataFrame, *topics: str) -> pd.DataFrame:
    """The facts of some topics, in document order."""
    out = facts[facts["topic"].isin(topics)]
    return out.sort_values(["start", "number_start"]).reset_index(drop=True)


def rice(facts: pd.DataFrame) -> pd.DataFrame:
    """Per season: area (ha), yield (t/ha, printed tạ/ha), output (t), % vs last year and plan."""
    appendix = facts[(facts["topic"] == "appendix") & (facts["measure"] == "actual")]
    appendix = appendix[appendix["label_vi"].str.contains(APPENDIX_RICE_YIELD, case=False)]
    f = pd.concat(
        [topic(facts, "rice"), appendix.assign(measure="yield", subject="appendix_rice_yield")],
        ignore_index=True,
    )
    parts = f["measure"].str.extract(QUANTITY)
    season = f["subject"].map(lambda s: RICE_SEASONS[s][0])
    out = pd.DataFrame(
        {
            "season": season,
            "season_vi": f["subject"].map(lambda s: RICE_SEASONS[s][1]),
            "quantity": parts[0],
            "measure": parts[1].fillna("value"),
            "yield_convention": [
                RICE_SEASONS[s][2] if q == "yield" else ""
                for s, q in zip(f["subject"], parts[0], strict=True)
            ],
        }
    )
    out = pd.concat([out, f[["subject", *FACT_VALUE, *PROVENANCE]]], axis=1)
    return out[out["quantity"].notna()].reset_index(drop=True)


def implied_previous_year(f: pd.DataFrame) -> pd.DataFrame:
    """For each subject with an amount and a year-on-year change: amount / (1 + g/100)."""
    rows = []
    for _, g in f.groupby("subject", sort=False):
        amount = g[g["measure"] == "amount"]
        growth = g[g["measure"] == "pct_yoy"]
        ratio = g[g["measure"] == "pct_of_last_year"]
        if amount.empty or (growth.empty and ratio.empty):
            continue
        a = amount.iloc[0]
        factor = (
            1 + growth.iloc[0]["value"] / 100
            if not growth.empty
            else (ratio.iloc[0]["value"] / 100)
        )
        rate = growth.iloc[0] if not growth.empty else ratio.iloc[0]
        rows.append(
            a.to_dict()
            | {
                "measure": "implied_previous_year",
                "value": a["value"] / factor,
                "value_printed": float("nan"),
                "unit_printed": "",
                "period": "2022 (implied)",
                "flags": f"derived: amount / {factor:.4f} from the rate at {rate['source']}",
            }
        )
    return pd.DataFrame(rows, columns=f.columns)


def with_previous_year(f: pd.DataFrame) -> pd.DataFrame:
    derived = implied_previous_year(f)
    return pd.concat([f, derived], ignore_index=True) if not derived.empty else f


def economy(facts: pd.DataFrame) -> pd.DataFrame:
    """Production value, sector growth, investment, income, industry, trade, services, business."""
    return with_previous_year(topic(facts, "economy"))


def agriculture(facts: pd.DataFrame) -> pd.DataFrame:
    """Agriculture-forestry-fisheries value and its parts, with % of plan and vs last year."""
    return with_previous_year(topic(facts, "agriculture"))


def budget(facts: pd.DataFrame) -> pd.DataFrame:
    """State budget, disbursement, social insurance, auctions, allowances and gifts."""
    return with_previous_year(topic(facts, "budget"))


def land(facts: pd.DataFrame) -> pd.DataFrame:
    """Land-use-right certificates, site clearance per project, land donation, auctions."""
    f = topic(facts, "land")
    auctions = facts[facts["subject"] == "land_use_right_auctions"]
    return pd.concat([f, auctions], ignore_index=True)


def cases(facts: pd.DataFrame) -> pd.DataFrame:
    """Dossiers, courts, citizen reception, petitions, discipline, crime, traffic, inspections."""
    return topic(facts, "cases", "party")


def first_number(text: str) -> tuple[int, int, float] | None:
    """(start, end, value) of the first Vietnamese number in text."""
    m = re.search(NUMBER_PATTERN, text)
    return (m.start(), m.end(), parse_number(m.group())) if m else None
