"""What a prose figure's fact row flags about the figure itself: more decimals than its unit
takes, a unit or value that does not fit its subject, a number read in the English style."""

from __future__ import annotations

from ..parse.numbers import parse_number, token_style
from ..parse.units import Unit
from .mention import Mention
from .subjects import Entry


def precision_flags(m: Mention, unit: Unit | None) -> list[str]:
    """A figure printed with more decimals than its unit takes ('23,810 tấn')."""
    _, _, decimals = m.text.partition(",")
    if unit is not None and len(decimals) == 3 and unit.max_decimals < 3:
        return [f"'{m.text}' has three decimals in {unit.raw or unit.canonical}: a comma for "
                "thousands? (read as printed)"]  # fmt: skip
    return []


def fit_flags(entry: Entry, measure: str, unit: Unit | None, value: float) -> list[str]:
    """A unit that does not fit the subject's measure (not converted), a value outside the
    subject's plausible range."""
    out = []
    if (
        entry.measure
        and unit is not None
        and unit.measure != entry.measure
        and unit.measure not in entry.measures  # 'thủy sản … 12.450 tấn': an output of it
        and unit.kind != "count"
    ):
        out.append(f"unit '{unit.raw}' ({unit.label_en}) does not fit {entry.en.lower()} "
                   f"({entry.measure}): not converted")  # fmt: skip
    lo, hi = entry.ranges.get(measure, (None, None))
    if lo is not None and not lo <= value <= hi:
        out.append(f"{value:g} is not a plausible {measure} for {entry.en.lower()} ({lo:g}-{hi:g})")
    return out


def style_flag(m: Mention, style: str) -> str:
    """A number written in the English style ('6.4'), or one that reads both ways ('1.234') in a
    text written in the English style: how it was read (a Vietnamese text writes '6,4', '1.234'
    for 1234)."""
    printed = token_style(m.text)
    if m.value is None or not (printed == "en" or (printed == "ambiguous" and style == "en")):
        return ""
    other = "" if printed == "en" else f" ({parse_number(m.text, 'vi'):g} in the Vietnamese style)"
    return f"English-style number {m.text!r} read as {m.value:g}{other}"
