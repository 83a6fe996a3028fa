"""Derived tables for the notebooks: next year's targets against this year's results, sector
growth against its targets."""

from __future__ import annotations

import pandas as pd

from ..report import Report

_APPENDIX = {
    "code": "appendix_code", "indicator_en": "appendix_indicator_en",
    "target_text": "appendix_target", "status": "appendix_status",
}  # fmt: skip
_KEEP = ["row", "code", "indicator_en", "unit_canonical", "actual", "actual_is_change",
         "target_text", "status"]  # fmt: skip


def targets_vs_actuals(report: Report) -> pd.DataFrame:
    """Each of next year's targets beside this year's table row it continues, with the change it
    implies (percentage points for percentages, % change otherwise).

    A target meets the row with the same code (such reports number both lists alike); an
    item's first target that finds none (the table lists the item's parts as 4.a, 4.b …) meets
    the row of its item with the same English label. A result printed as a change ('Tăng 1,5%')
    is not compared with a level, nor is a target for a change in points or units ('Mức giảm
    tỷ lệ hộ nghèo: 0,35%').
    """
    t = report.targets.copy()
    t["row"] = t["code"].str.split(".").str[0]
    a = report.appendix[report.appendix["actual"].notna()][_KEEP].rename(columns=_APPENDIX)
    by_code = t.merge(a, left_on="code", right_on="appendix_code", how="left", suffixes=("", "_a"))
    unique = a.drop_duplicates(["row", "appendix_indicator_en"], keep=False)
    by_label = t.merge(unique, left_on=["row", "indicator_en"],
                       right_on=["row", "appendix_indicator_en"], how="left")  # fmt: skip
    first = ~t["code"].str.contains(".", regex=False)
    use_label = by_code["appendix_code"].isna() & first & by_label["appendix_code"].notna()
    out = by_code.copy()
    for col in a.columns.drop("row"):
        out.loc[use_label, col] = by_label.loc[use_label, col]
    comparable = (
        out["appendix_code"].notna()
        & ~out["actual_is_change"].fillna(False).astype(bool)
        & ~out["kind"].isin(["change_pp", "change_abs"])
    )
    percent = out["unit"].eq("pct") | out["unit_canonical"].eq("pct")
    for bound in ("low", "high"):
        points = out[bound] - out["actual"]
        relative = (out[bound] / out["actual"] - 1) * 100
        out[f"change_{bound}"] = points.where(percent, relative).where(comparable)
    out["change_unit"] = percent.map({True: "percentage points", False: "% change"}).where(
        comparable, ""
    )
    columns = ["code", "indicator_en", "kind", "target_text", "low", "high", "period",
               "appendix_code", "actual", "appendix_target", "appendix_status", "change_low",
               "change_high", "change_unit", "source"]  # fmt: skip
    return out[columns].reset_index(drop=True)


def sector_growth(report: Report) -> pd.DataFrame:
    """Production-value growth by sector (the table's first row and its sub-rows) against its
    target interval, with next year's target interval beside it."""
    a = report.appendix
    if a.empty:
        return a
    growth = a[(a["row"] == a["row"].iloc[0]) & a["actual"].notna()]
    nxt = targets_vs_actuals(report).dropna(subset=["appendix_code"])
    nxt = nxt[["appendix_code", "low", "high", "target_text"]].rename(
        columns={"appendix_code": "code", "low": "next_target_low", "high": "next_target_high",
                 "target_text": "next_target_text"}
    )  # fmt: skip
    columns = ["code", "indicator", "indicator_en", "target_low", "target_high", "actual",
               "status_computed", "source", "actual_text", "target_text"]  # fmt: skip
    return growth[columns].merge(nxt, on="code", how="left")
