"""Vietnamese indicator labels -> English, from `rules.indicators`.

>>> english_label("Tỷ lệ hộ nghèo (theo chuẩn nghèo)")
'Poverty rate'
"""

from __future__ import annotations

from ..parse.fold import fold
from ..rules.indicators import INDICATOR_LABELS

_FOLDED = tuple((fold(vi), en) for vi, en in INDICATOR_LABELS)


def english_label(indicator_vi: str) -> str:
    """English label of an indicator, or '' when no phrase of the table matches."""
    text = " ".join(fold(indicator_vi).split())
    return next((en for vi, en in _FOLDED if vi in text), "")
