"""Figures written in words, read by the grammar as figures: multiples ('tăng gấp đôi' is
'tăng gấp 2 lần', a ratio of 200 %), from `rules.cues.TIMES_WORDS`.

>>> [(t.text, t.kind) for t in word_figures("Doanh thu tăng gấp đôi cùng kỳ")]
[('đôi', 'times_word')]
>>> word_value(word_figures("Số hộ tăng gấp rưỡi")[0])
1.5
"""

from __future__ import annotations

import re

from ..parse.fold import alternation, fold
from ..parse.units import UnitMatch
from ..rules import cues as rules
from .tokens import Token

KIND = "times_word"
_VALUE_OF = {fold(k).split()[-1]: float(v) for k, v in rules.TIMES_WORDS.items()}
_LAST_WORD = re.compile(r"\S+\Z")
_TIMES_WORD = re.compile(rf"(?:{alternation(rules.TIMES_WORDS)})(?!\s*\d)")


def word_figures(text: str, folded: str | None = None) -> list[Token]:
    """The multiples written in words of a passage: the phrase's last word ('đôi' of 'gấp đôi')
    as a figure token (its cue, 'gấp', stands before it); `folded` is `fold(text)`."""
    f = fold(text) if folded is None else folded
    out = []
    for m in _TIMES_WORD.finditer(f):
        start = m.start() + _LAST_WORD.search(m.group()).start()
        out.append(Token(start, m.end(), text[start : m.end()], KIND))
    return out


def word_value(token: Token) -> float:
    """The value of a multiple in words: 'đôi' 2."""
    return _VALUE_OF[fold(token.text)]


def word_unit(unit: UnitMatch, end: int) -> UnitMatch:
    """The unit after a multiple in words: 'lần' if printed ('gấp hai lần'), else none (the
    words after 'gấp đôi cùng kỳ' count nothing)."""
    if unit.unit is not None and unit.unit.kind == "times":
        return unit
    return UnitMatch(None, 1.0, end, end)
