"""Facts -> tidy topic frames (one observation per row), each keeping source, quote and offsets."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..tables import frame_of, records

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
    """The facts of some topics, in document order (by start, then the figure's offset; ties
    keep their order)."""
    return facts.take(_topic_rows(facts, topics)).reset_index(drop=True)


def _topic_rows(facts: pd.DataFrame, topics: tuple[str, ...]) -> np.ndarray:
    """Positions of the facts of some topics in document order: one `take` of the frame, not a
    filter and then a sort (each copies every column)."""
    rows = np.flatnonzero(facts["topic"].isin(topics).to_numpy())
    starts = facts["start"].to_numpy()[rows]
    number_starts = facts["number_start"].to_numpy()[rows]
    return rows[np.lexsort((number_starts, starts))]  # stable, the last key first


def _appendix_rice_yield_rows(facts: pd.DataFrame) -> np.ndarray:
    """Positions of the appendix's rice-yield actual (the two-crop convention)."""
    is_yield = (
        facts["topic"].eq("appendix")
        & facts["measure"].eq("actual")
        & facts["label_vi"].str.contains(APPENDIX_RICE_YIELD, case=False)
    )
    return np.flatnonzero(is_yield.to_numpy())


def rice(facts: pd.DataFrame) -> pd.DataFrame:
    """Per season: area (ha), yield (t/ha, printed tạ/ha), output (t), % vs last year and plan."""
    season_rows = _topic_rows(facts, ("rice",))
    appendix_rows = _appendix_rice_yield_rows(facts)
    subjects = facts["subject"].to_numpy()[season_rows].tolist()
    subjects += ["appendix_rice_yield"] * len(appendix_rows)
    measures = facts["measure"].to_numpy()[season_rows].tolist() + ["yield"] * len(appendix_rows)
    kept, columns = _rice_columns(subjects, measures)
    rows = np.concatenate([season_rows, appendix_rows])[kept]
    values = facts[[*FACT_VALUE, *PROVENANCE]].take(rows).reset_index(drop=True)
    return pd.concat([pd.DataFrame(columns, dtype="str"), values], axis=1)


def _rice_columns(subjects: list[str], measures: list[str]) -> tuple[list[int], dict[str, list]]:
    """(the facts kept: a quantity's measure, their season and quantity columns)."""
    names = ("season", "season_vi", "quantity", "measure", "yield_convention", "subject")
    columns: dict[str, list] = {name: [] for name in names}
    kept = []
    for k, (subject, measure) in enumerate(zip(subjects, measures, strict=True)):
        parts = QUANTITY.match(measure)
        if parts is None:
            continue
        kept.append(k)
        season, season_vi, convention = RICE_SEASONS[subject]
        quantity, of_quantity = parts.groups()
        row = (
            season,
            season_vi,
            quantity,
            of_quantity or "value",
            convention if quantity == "yield" else "",
            subject,
        )
        for name, value in zip(names, row, strict=True):
            columns[name].append(value)
    return kept, columns


def _first_of_each_measure(f: pd.DataFrame) -> dict[tuple[str, str], dict]:
    """(subject, measure) -> the first fact row (as a dict) with that subject and measure."""
    first: dict[tuple[str, str], dict] = {}
    for record in records(f):
        first.setdefault((record["subject"], record["measure"]), record)
    return first


def implied_previous_year(f: pd.DataFrame) -> pd.DataFrame:
    """For each subject with an amount and a year-on-year change: amount / (1 + g/100)."""
    first = _first_of_each_measure(f)
    rows = []
    for subject in dict.fromkeys(f["subject"]):
        amount = first.get((subject, "amount"))
        growth = first.get((subject, "pct_yoy"))
        ratio = first.get((subject, "pct_of_last_year"))
        if amount is None or (growth is None and ratio is None):
            continue
        rate = growth if growth is not None else ratio
        factor = 1 + growth["value"] / 100 if growth is not None else ratio["value"] / 100
        rows.append(
            amount
            | {
                "measure": "implied_previous_year",
                "value": amount["value"] / factor,
                "value_printed": float("nan"),
                "unit_printed": "",
                "period": "2022 (implied)",
                "flags": f"derived: amount / {factor:.4f} from the rate at {rate['source']}",
            }
        )
    return frame_of(rows, f.columns)


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
