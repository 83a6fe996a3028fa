"""The Vietnamese words a page prints (abbreviations, target and unit words), explained from the
glossary (`rules.glossary`).

>>> explain("target trên 40 Tr.đồng (NQ)")
'NQ = Party resolution; trên = above; tr.đồng = million đồng'
"""

from __future__ import annotations

import re

from ..parse.fold import fold
from ..rules.glossary import ABBREVIATIONS, WORDS


def _pattern(words) -> re.Pattern:
    longest = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in longest) + r")(?!\w)")


_ABBREVIATIONS = _pattern(ABBREVIATIONS)
_WORDS = {fold(w): w for w in WORDS}
_FOLDED_WORDS = _pattern(_WORDS)


def terms(*texts: str) -> dict[str, str]:
    """The glossary's abbreviations and words found in the texts, in the order met, with their
    English meaning."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _ABBREVIATIONS.finditer(text):
            found.setdefault(m.group(1), ABBREVIATIONS[m.group(1)])
    for text in texts:
        for m in _FOLDED_WORDS.finditer(fold(text)):
            word = _WORDS[m.group(1)]
            found.setdefault(word, WORDS[word])
    return found


def explain(*texts: str) -> str:
    """'NQ = Party resolution; trở lên = or more': the Vietnamese of the texts, explained."""
    return "; ".join(f"{word} = {meaning}" for word, meaning in terms(*texts).items())
