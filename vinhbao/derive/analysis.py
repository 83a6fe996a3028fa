"""Derived tables for the notebooks: 2024 targets against 2023 actuals, sector growth."""

from __future__ import annotations

import pandas as pd

from ..report import Report


def targets_vs_actuals(report: Report) -> pd.DataFrame:
    """Each 2024 target beside the 2023 appendix indicator it continues, with the change it
    implies (percentage points for percentages, % change otherwise).

    Part two's items are numbered like the appendix rows, so a target meets the indicator with
    the same code; an item's first target that finds none there (the appendix lists row 4's
    parts as 4.a, 4.b …) meets the row's indicator with the same English label. A result printed
    as a change ('Tăng 1,5%') is not compared with a level, nor a target for a reduction
    ('Mức giảm tỷ lệ hộ nghèo: 0,46%').
    """
    t = report.targets_2024.copy()
    t["row"] = t["code"].str.split(".").str[0]
    a = report.appendix[report.appendix["actual"].notna()]
    a = a[
        [
            "row",
            "code",
            "indicator_en",
            "unit_canonical",
            "actual",
            "actual_is_change",
            "target_text",
            "status",
        ]
    ].rename(
        columns={
            "code": "code_2023",
            "indicator_en": "indicator_en_2023",
            "target_text": "target_2023",
            "status": "status_2023",
        }
    )
    by_code = t.merge(a, left_on="code", right_on="code_2023", how="left", suffixes=("", "_a"))
    unique = a.drop_duplicates(["row", "indicator_en_2023"], keep=False)
    by_label = t.merge(
        unique, left_on=["row", "indicator_en"], right_on=["row", "indicator_en_2023"], how="left"
    )
    first = ~t["code"].str.contains(".", regex=False)
    use_label = by_code["code_2023"].isna() & first & by_label["code_2023"].notna()
    out = by_code.copy()
    for col in a.columns.drop("row"):
        out.loc[use_label, col] = by_label.loc[use_label, col]
    comparable = (
        out["code_2023"].notna()
        & ~out["actual_is_change"].fillna(False).astype(bool)
        & out["measure"].ne("reduction")  # a fall is not set against a level
    )
    percent = out["unit"].eq("pct") | out["unit_canonical"].eq("pct")
    for bound in ("low", "high"):
        points = out[bound] - out["actual"]
        relative = (out[bound] / out["actual"] - 1) * 100
        out[f"change_{bound}"] = points.where(percent, relative).where(comparable)
    out["change_unit"] = percent.map({True: "percentage points", False: "% change"}).where(
        comparable, ""
    )
    return out[
        [
            "code",
            "indicator_en",
            "measure",
            "target_text",
            "low",
            "high",
            "code_2023",
            "actual",
            "target_2023",
            "status_2023",
            "change_low",
            "change_high",
            "change_unit",
            "source",
        ]
    ].reset_index(drop=True)


def sector_growth(report: Report) -> pd.DataFrame:
    """Production-value growth by sector in 2023 (appendix row 1 and its sub-rows) against the
    target interval, with the 2024 target interval beside it."""
    a = report.appendix
    growth = a[(a["row"] == a["row"].iloc[0]) & a["actual"].notna()]
    nxt = targets_vs_actuals(report).dropna(subset=["code_2023"])
    nxt = nxt[["code_2023", "low", "high"]].rename(
        columns={"code_2023": "code", "low": "target_2024_low", "high": "target_2024_high"}
    )
    return growth[
        [
            "code",
            "indicator",
            "indicator_en",
            "target_low",
            "target_high",
            "actual",
            "status_computed",
            "source",
        ]
    ].merge(nxt, on="code", how="left")
