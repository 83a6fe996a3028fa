"""What a figure expresses, from its cue, unit and base: kind, base, signed value.

kinds: level | change_pct | ratio_pct | change_abs | change_pp | share_pct | target.

>>> reading("change", -1, "pct", "so với cùng kỳ", year=2031)
Reading(kind='change_pct', base='last_year', sign=-1, scale=1.0, note='')
>>> reading("ratio", 1, "pct", "KH", year=2031).kind
'ratio_pct'
>>> reading("times", 1, "times", "cùng kỳ", year=2031)
Reading(kind='ratio_pct', base='last_year', sign=1, scale=100.0, note='')
"""

from __future__ import annotations

from dataclasses import dataclass

from ..parse.fold import fold
from ..rules import cues
from .grammar import base_of

_RESTATING = frozenset(fold(c) for c in cues.RESTATING_CUES)


@dataclass(frozen=True)
class Reading:
    kind: str
    base: str
    sign: int
    scale: float  # extra factor on the value ('gấp 1,25 lần' is 125 %)
    note: str


def reading(
    cue_kind: str,
    sign: int,
    unit: str,
    base_text: str,
    *,
    year: int | None,
    rate: bool = False,
    target: bool = False,
    follows_figure: bool = False,
    in_brackets: bool = False,
    noun_after: bool = False,
    points: bool | None = None,
    growth: bool = False,
    over_100: bool = False,
) -> Reading:
    """The kind of a figure: `cue_kind` from `rules.cues`, `unit` its canonical unit ('pct' for
    percent), `base_text` the base printed with it; `rate` says the subject is a rate, so a
    change in % is in points (unless `points` says otherwise: a percentage is a 'rate' by default,
    its change is not points then); `follows_figure` that it is printed after a figure it
    qualifies; `growth` that the subject names a growth rate ('tốc độ tăng trưởng'); `over_100`
    that the percentage is over 100 (no share of a whole: 'đạt 214%' is of a plan left unsaid)."""
    points = rate if points is None else points
    base = base_of(base_text, year) if base_text else ""
    if target:
        return Reading("target", base or "plan", 1, 1.0, "")
    if unit == "times" and base and cue_kind in ("ratio", "change"):  # 'bằng 1,4 lần cùng kỳ'
        note = "" if cue_kind == "ratio" else "'tăng … lần' read as a multiple of the base"
        return Reading("ratio_pct", base, 1, 100.0, note)
    if cue_kind == "change":
        if unit == "pp":
            return Reading("change_pp", base or "last_year", sign, 1.0, "")
        if unit == "pct":
            if points:
                note = "a rate's change printed in %: read as percentage points"
                return Reading("change_pp", base or "last_year", sign, 1.0, note)
            return Reading("change_pct", base or "last_year", sign, 1.0, "")
        return Reading("change_abs", base or "last_year", sign, 1.0, "")
    if cue_kind == "times":
        return Reading("ratio_pct", base or "last_year", 1, 100.0, "")
    if unit == "pct" and growth and not base and cue_kind in ("ratio", "level", ""):
        return Reading("change_pct", "last_year", 1, 1.0, "")
    if unit == "pct":
        if base and cue_kind in ("ratio", "", "level", "share"):  # 'đạt tỷ lệ 95% so với KH'
            return Reading("ratio_pct", base, 1, 1.0, "")
        if cue_kind == "share" and not points:  # 'nông nghiệp chiếm 9,3%' (a default rate)
            return Reading("share_pct", "", 1, 1.0, "")
        if rate and not follows_figure:  # 'tỷ lệ … đạt tỷ lệ 72%': the rate itself
            return Reading("level", "", 1, 1.0, "")
        if over_100 and cue_kind == "ratio":
            note = "no base printed; over 100 % it is no share: read as % of the plan"
            return Reading("ratio_pct", "plan", 1, 1.0, note)
        if (follows_figure and in_brackets) or noun_after:
            return Reading("share_pct", "", 1, 1.0, "")
        if rate or cue_kind == "level":
            return Reading("level", "", 1, 1.0, "")
        return Reading("share_pct", "", 1, 1.0, "")
    return Reading("level", "", 1, 1.0, "")


def restates_change(cue: str, unit: str, anchor_cue_kind: str, anchor_unit: str) -> bool:
    """Whether a percentage (`unit` 'pct') with the cue `cue` (or none) printed right after an
    absolute change (`anchor_cue_kind` 'change' in `anchor_unit`) restates it in %.

    >>> restates_change("tương đương", "pct", "change", "billion_vnd")
    True
    >>> restates_change("chiếm", "pct", "change", "billion_vnd")
    False
    """
    return (
        unit == "pct"
        and anchor_cue_kind == "change"
        and anchor_unit not in ("pct", "pp")  # a bare count (no unit) is absolute too
        and (not cue or fold(cue) in _RESTATING)
    )


def restates_percent(cue: str, unit: str, anchor_cue_kind: str, anchor_unit: str) -> bool:
    """Whether a figure in money or a count (`unit`) after a change in % restates that change
    as an amount ('tăng 4,1% (tương đương 96 tỷ đồng)'): only with a word saying so.

    >>> restates_percent("tương đương", "billion_vnd", "change", "pct")
    True
    >>> restates_percent("", "billion_vnd", "change", "pct")
    False
    """
    return (
        unit not in ("pct", "pp", "")
        and anchor_cue_kind == "change"
        and anchor_unit == "pct"
        and fold(cue or "") in _RESTATING
    )
