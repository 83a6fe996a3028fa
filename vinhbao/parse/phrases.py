"""Finding the phrases of a rules table in a text, word by word (quicker than one regex of
hundreds of alternatives, and overlapping matches are all found).

Text and phrases are folded (`fold`) and cut into words and single punctuation marks; hyphens
and dashes are left out, so 'nông nghiệp-thủy sản', 'Nông nghiệp - Thuỷ sản' and 'nông nghiệp
thủy sản' are the same phrase.

>>> index = PhraseIndex({"thu ngân sách": "revenue", "ngân sách nhà nước": "state"})
>>> [(p, v) for _, _, p, v in index.find(fold("Tổng thu ngân sách nhà nước"))]
[('thu ngân sách', 'revenue'), ('ngân sách nhà nước', 'state')]
>>> [p for _, _, p, _ in PhraseIndex({"thương mại - dịch vụ": 1}).find(fold("thương mại dịch vụ"))]
['thương mại dịch vụ']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import compress

from .fold import fold

TOKEN = re.compile(r"[^\W_]+|[^\w\s\-–—]")


def words(folded: str) -> list[str]:
    return TOKEN.findall(folded)


class PhraseIndex:
    """Phrases (folded into lists of words) -> values, indexed by their first word (one-word
    phrases) or their first two words (longer ones, the longest first)."""

    def __init__(self, phrases: dict[str, object] | Iterable[tuple[str, object]]):
        items = phrases.items() if isinstance(phrases, dict) else phrases
        self.single: dict[str, list[tuple[str, object]]] = {}
        self.pairs: dict[tuple[str, str], list[tuple[list[str], str, object]]] = {}
        for phrase, value in items:
            key = words(fold(phrase))
            if len(key) == 1:
                self.single.setdefault(key[0], []).append((key[0], value))
            elif key:
                self.pairs.setdefault((key[0], key[1]), []).append((key, " ".join(key), value))
        for entries in self.pairs.values():
            entries.sort(key=lambda e: -len(e[0]))
        self.first = frozenset(self.single) | {pair[0] for pair in self.pairs}

    def find(self, folded: str, start: int = 0, end: int | None = None) -> list[tuple]:
        """(start, end, phrase, value) of every phrase in folded[start:end], by position (the
        longest first at each position)."""
        matches = list(TOKEN.finditer(folded, start, len(folded) if end is None else end))
        groups = list(map(re.Match.group, matches))
        out = []
        single, pairs, last = self.single, self.pairs, len(groups) - 1
        for i in compress(range(len(groups)), map(self.first.__contains__, groups)):
            word = groups[i]
            if i < last:
                for key, phrase, value in pairs.get((word, groups[i + 1]), ()):
                    n = len(key)
                    if n == 2 or groups[i + 2 : i + n] == key[2:]:
                        out.append((matches[i].start(), matches[i + n - 1].end(), phrase, value))
            for phrase, value in single.get(word, ()):
                out.append((matches[i].start(), matches[i].end(), phrase, value))
        return out
