"""Small table helpers shared by the notebooks: number formatting, short quotes, and lookups that
join frames by what the library already gives (offsets, fact ids), never by reading the text."""

from __future__ import annotations

import math

import pandas as pd

SOURCE_KINDS = ("appendix row", "targets", "footnote", "body")


def number(x: float) -> str:
    """A figure for display: thousands grouped, at most four decimals, no scientific notation,
    whole numbers without decimals ('1,234', '7.076', '0.0057')."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    x = float(x)
    if x.is_integer():
        return f"{x:,.0f}"
    text = f"{x:,.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "0", "") else text


def use_number_format() -> None:
    """Show every float of a displayed frame with `number` (pandas' display.float_format)."""
    pd.set_option("display.float_format", number)


def short(s: pd.Series, n: int = 80) -> pd.Series:
    """Long texts (quotes) shortened for display; the frames keep them whole."""
    return s.where(s.str.len() <= n, s.str.slice(0, n - 1) + "…")


def source_kind(source: str) -> str:
    """'footnote', 'body', 'appendix row' or 'targets': the kind of place a source names."""
    return next((k for k in SOURCE_KINDS if source.startswith(k)), "other")


def footnote_holding(footnotes: pd.DataFrame, offset: int) -> pd.Series | None:
    """The footnote whose text spans the offset (None if the offset is in no footnote)."""
    hit = footnotes[(footnotes["start"] <= offset) & (offset < footnotes["end"])]
    return hit.iloc[0] if len(hit) else None


def checks_on(audit: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """The audit rows that read at least one of these facts (by `fact_ids`)."""
    ids = set(facts["fact_id"])
    reads = audit["fact_ids"].str.split().map(lambda used: bool(ids.intersection(used)))
    return audit[reads]
