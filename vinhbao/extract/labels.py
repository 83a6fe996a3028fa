"""Vietnamese indicator labels -> English, from `rules.indicators`.

>>> english_label("Tỷ lệ hộ nghèo (theo chuẩn nghèo)")
'Poverty rate'
"""

from __future__ import annotations

from ..parse.fold import fold
from ..rules.indicators import INDICATOR_LABELS

_FOLDED = tuple(
    (tuple(part.strip() for part in fold(vi).split("…")), en) for vi, en in INDICATOR_LABELS
)


def _in_order(parts: tuple[str, ...], text: str) -> bool:
    """Whether the parts stand in the text in order, each after the one before."""
    pos = 0
    for part in parts:
        found = text.find(part, pos)
        if found < 0:
            return False
        pos = found + len(part)
    return True


def english_label(indicator_vi: str) -> str:
    """English label of an indicator, or '' when no phrase of the table matches."""
    text = " ".join(fold(indicator_vi).split())
    return next((en for parts, en in _FOLDED if _in_order(parts, text)), "")


def fact_label(subject_en: str, aspect: str) -> str:
    """A subject's English label with the part or state counted, so that the parts of one subject
    read apart: ('Permits issued', 'first_time') -> 'Permits issued: first time'."""
    return f"{subject_en}: {aspect.replace('_', ' ')}" if subject_en and aspect else subject_en
