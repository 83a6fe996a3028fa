"""Plan against actual: an indicator's direction, its status computed from its figures, its gap.

>>> from vinhbao.parse.targets import parse_target
>>> t = parse_target("dưới 0,72")
>>> compute_status(t, 0.53, "lower"), gap(t, 0.53)
('met', 0.0)
"""

from __future__ import annotations

import re

from ..parse.fold import fold
from ..parse.targets import Target
from ..rules import table as rules

REACHED = frozenset({"met", "exceeded"})  # the statuses of a target reached
_STATUS = re.compile("|".join(re.escape(fold(p)) for p, _ in rules.STATUSES))
_STATUS_OF = {fold(p): s for p, s in rules.STATUSES}
_LOWER = tuple(fold(p) for p in rules.LOWER_IS_BETTER)


def normalise_status(text: str) -> str | None:
    """'Đạt' -> met, 'Vượt' -> exceeded, 'Chưa đạt' -> not met, a compound verdict -> mixed."""
    found = {_STATUS_OF[m.group()] for m in _STATUS.finditer(fold(text))}
    if not found:
        return None
    if "not met" in found and found & REACHED:
        return "mixed"
    if "exceeded" in found:
        return "exceeded"
    return found.pop()


def direction(indicator: str) -> str:
    """'lower' when a lower value is better ('Tỷ lệ hộ nghèo'), else 'higher'."""
    low = fold(indicator)
    return "lower" if any(p in low for p in _LOWER) else "higher"


def compute_status(target: Target | None, actual: float | None, better: str) -> str | None:
    """Status from the actual against the target interval, read with the indicator's direction."""
    if target is None or actual is None:
        return None
    position = target.position(actual)
    if position == "inside":
        return "met"
    good = (position == "above") == (better == "higher")
    return "exceeded" if good else "not met"


def gap(target: Target | None, actual: float | None) -> float | None:
    """Actual minus the bound it falls outside (0 inside the interval), in the indicator's unit."""
    if target is None or actual is None:
        return None
    position = target.position(actual)
    if position == "above":
        return actual - target.high
    if position == "below":
        return actual - target.low
    return 0.0


def shortfall(target: Target | None, actual: float | None, better: str) -> str:
    """What a missed target lacks, in words ('' unless the status is 'not met'): how far the
    actual is from the bound it misses, or, for an actual on a bound the target excludes (an
    open end: '>20' and 20), that the bound itself does not meet it.

    >>> from vinhbao.parse.targets import parse_target
    >>> shortfall(parse_target("trên 40"), 40.0, "higher")
    "equal to the bound 40, which 'trên 40' excludes: it asks for more than 40"
    >>> shortfall(parse_target("50 - 60"), 46.5, "higher")
    '3.5 below the lower bound 50'
    """
    if compute_status(target, actual, better) != "not met":
        return ""
    below = target.position(actual) == "below"
    bound = target.low if below else target.high
    if actual == bound:
        wanted = "more" if below else "less"
        return (f"equal to the bound {bound:g}, which '{target.text}' excludes: it asks for "
                f"{wanted} than {bound:g}")  # fmt: skip
    side = "below the lower" if below else "above the upper"
    return f"{abs(actual - bound):g} {side} bound {bound:g}"
