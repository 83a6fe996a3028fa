"""Whether groups of people listed as parts of a count may overlap: named by traits people may
share ('60 nữ, 70 dưới 35 tuổi', `rules.checks.OVERLAPPING_TRAITS`), their counts need not stay
within the total (the parts of `derive.breakdowns`, the 'trong đó' lists of `derive.splits`, the
footnotes of `derive.footnoted`).
"""

from __future__ import annotations

import re

from ..parse.fold import alternation, fold
from ..rules.checks import OVERLAPPING_TRAITS, PEOPLE_UNITS

_TRAITS = re.compile(rf"(?<![^\W\d_])(?:{alternation(OVERLAPPING_TRAITS)})(?![^\W\d_])")
_CLAUSE_END = re.compile(r"[;.]")


def overlapping(total: dict, parts: list[dict], text: str) -> bool:
    """Whether the parts of a count of people are named by traits groups of people may share
    (`OVERLAPPING_TRAITS`) beyond what the total's own words say: then the groups may overlap
    and need not stay within the total.

    >>> text = "có 40 hội viên, trong đó 25 hội viên nữ, 20 hội viên dưới 35 tuổi."
    >>> row = lambda a, b: {"start": a, "number_start": a, "number_end": b, "end": b + 8,
    ...                     "unit": "association_members"}
    >>> overlapping(row(3, 5), [row(25, 27), row(41, 43)], text)
    True
    """
    if total["unit"] not in PEOPLE_UNITS:
        return False
    end = _CLAUSE_END.search(text, parts[-1]["number_end"])
    first = min(min(p["start"], p["number_start"]) for p in parts)
    listed = fold(text[first : end.start() if end else len(text)])
    own = fold(text[total["start"] : total["end"]])  # its unit too: 'đảng viên' is no trait then
    return any(m.group() not in own and not _in_name(text, first + m.start(), first + m.end())
               for m in _TRAITS.finditer(listed))  # fmt: skip


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at text[start:end] stands in a name with a capitalised word
    beside it ('xã Nam Hưng', 'Hà Nam'): a place, no trait ('nam')."""
    beside = text[max(0, start - 12) : start].split()[-1:] + text[end : end + 12].split()[:1]
    return text[start].isupper() and any(w[:1].isupper() for w in beside)
