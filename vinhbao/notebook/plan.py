"""The appendix for a reader: what each missed target lacks, and the printed status against the
computed one."""

from __future__ import annotations

import pandas as pd

from ..derive.status import shortfall
from ..parse.targets import Target
from ..tables import records

STATUSES = ["exceeded", "met", "mixed", "not met"]


def target_of(row: dict) -> Target | None:
    """The target interval of an appendix row (None when the row has no numeric target)."""
    low, high = row["target_low"], row["target_high"]
    if pd.isna(low) and pd.isna(high):
        return None
    return Target(
        low=None if pd.isna(low) else low, high=None if pd.isna(high) else high,
        low_inclusive=bool(row["low_inclusive"]), high_inclusive=bool(row["high_inclusive"]),
        approx=False, denominator=None, unit=row["unit_canonical"], text=row["target_text"],
    )  # fmt: skip


def shortfalls(appendix: pd.DataFrame) -> pd.Series:
    """For each appendix row, what its result lacks against its target, in words ('' when met,
    exceeded or not evaluated)."""
    return pd.Series(
        [
            "" if pd.isna(r["actual"]) else shortfall(target_of(r), r["actual"], r["better"])
            for r in records(appendix)
        ],
        index=appendix.index,
        dtype=object,
    )


def status_table(appendix: pd.DataFrame) -> pd.DataFrame:
    """Rows with both a printed and a computed status: counts by printed (rows) and computed
    (columns) status, every status shown in a fixed order."""
    both = appendix[appendix["status"].notna() & appendix["status_computed"].notna()]
    table = pd.crosstab(both["status"], both["status_computed"])
    table = table.reindex(index=STATUSES, columns=STATUSES, fill_value=0)
    table.index.name, table.columns.name = "printed", "computed"
    return table


def rows_table(rows: pd.DataFrame, facts: pd.DataFrame, columns: list[str]):
    """These appendix rows with their `shortfall`, and `result` (the result as printed) linked
    to its figure in the viewer."""
    return linked_results(rows.assign(shortfall=shortfalls(rows)), facts, columns)


def linked_results(rows: pd.DataFrame, facts: pd.DataFrame, columns: list[str]):
    """These columns of appendix rows (with `source` and `actual_text`), then `result`: the
    result as printed, linked to its figure in the viewer."""
    from .tables import FactTable, fact_link, result_fact, tidy

    links = []
    for source, printed in zip(rows["source"], rows["actual_text"], strict=True):
        fact = result_fact(facts, source)
        links.append(fact_link(fact["fact_id"], printed) if fact is not None else printed)
    frame = tidy(rows[columns])
    frame["result"] = rows["actual_text"]
    return FactTable(frame, {"result": pd.Series(links, index=rows.index)})
