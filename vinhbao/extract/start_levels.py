"""'giảm từ 2,15% xuống còn 1,62%': the first figure is the level the year started from.

>>> from .grammar import read_mentions
>>> ms = read_mentions("Tỷ lệ hộ nghèo giảm từ 3,1% xuống còn 2,4%.")
>>> [(m.text, m.prior_period) for m in ms]
[('3,1', True), ('2,4', False)]
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from ..parse.fold import alternation
from ..rules import cues

if TYPE_CHECKING:
    from .mention import Mention

_FROM = re.compile(rf"(?<![^\W_])(?:{alternation(cues.FROM_WORDS)})\s*\Z")
_TO = re.compile(
    rf"[\s,]*(?:(?:{alternation(cues.START_TIME_WORDS)}|năm (?:19|20)\d\d)[\s,]*)?"
    rf"(?:{alternation(cues.TO_WORDS)})\s*"
)


def mark_start_levels(mentions: list[Mention], folded: str) -> None:
    """Mark (in place) each figure printed 'từ X xuống còn / lên Y' as last year's level."""
    for a, b in pairwise(mentions):
        if (
            a.cue_kind in ("", "level")
            and _FROM.search(folded, max(0, a.start - 16), a.start)
            and _TO.fullmatch(folded, a.claim_end, b.start)
        ):
            a.cue_kind, a.prior_period = "level", True
