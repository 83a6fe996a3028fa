"""Figures for people: grouped digits, no scientific notation, the canonical unit in words.

>>> with_unit(1204.375, "billion_vnd"), with_unit(0.25, "pct"), with_unit(4310.0, "dossiers")
('1,204.375 billion VND', '0.25%', '4,310 dossiers')
"""

from __future__ import annotations

import math

from ..rules.units import UNITS

# canonical unit -> its English words (the first label the units table gives it)
UNIT_WORDS: dict[str, str] = {}
for _row in UNITS:
    UNIT_WORDS.setdefault(_row[1], _row[4])
UNIT_WORDS["pct"] = "%"


def number(x: float | None) -> str:
    """A figure for display: thousands grouped, at most four decimals, no scientific notation,
    whole numbers without decimals ('1,234', '7.076', '0.0057'); '' for a missing one."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    x = float(x)
    if x.is_integer():
        return f"{x:,.0f}"
    text = f"{x:,.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "0", "") else text


def unit_words(unit: str) -> str:
    """'billion_vnd' -> 'billion VND', 't_per_ha' -> 'tonnes per ha', 'households' as it is."""
    return UNIT_WORDS.get(unit, unit.replace("_", " "))


def with_unit(x: float | None, unit: str) -> str:
    """A figure and its unit in words: '1,204.375 billion VND', '12.5%'; '' for a missing one."""
    text = number(x)
    if not text or not unit:
        return text
    words = unit_words(unit)
    return f"{text}{words}" if words == "%" else f"{text} {words}"
