"""Vietnamese indicator labels -> English, from `rules.indicators`.

>>> english_label("Tỷ lệ hộ nghèo (theo chuẩn nghèo)")
'Poverty rate'
"""

from __future__ import annotations

import re

from ..parse.fold import fold
from ..rules.indicators import INDICATOR_LABELS

_FOLDED = tuple(
    (re.compile(".*".join(re.escape(part.strip()) for part in fold(vi).split("…"))), en)
    for vi, en in INDICATOR_LABELS
)


def english_label(indicator_vi: str) -> str:
    """English label of an indicator, or '' when no phrase of the table matches."""
    text = " ".join(fold(indicator_vi).split())
    return next((en for phrase, en in _FOLDED if phrase.search(text)), "")


def fact_label(subject_en: str, aspect: str) -> str:
    """A subject's English label with the part or state counted, so that the parts of one subject
    read apart: ('Permits issued', 'first_time') -> 'Permits issued: first time'."""
    return f"{subject_en}: {aspect.replace('_', ' ')}" if subject_en and aspect else subject_en
