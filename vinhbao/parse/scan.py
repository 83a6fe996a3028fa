"""Scanning a text with a regex that Python's engine would try at every character (one opening
with a lookbehind, a word edge or an optional group): the same matches as `finditer`, tried only
where a match can begin, read from the parsed pattern (`re._parser`).

>>> pattern, text = re.compile(r"(?<![^\\W\\d_])(?:lớp|khối)\\s+\\d+"), "lớp 10, khối 12"
>>> openings(pattern), openings(re.compile(r"(?:từ\\s+)?[-−]?[0-9]"))
(('khối', 'lớp'), ('-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'từ', '−'))
>>> [m.group() for m in matches_at(pattern, text, places(text, openings(pattern)))]
['lớp 10', 'khối 12']
"""

from __future__ import annotations

import re
import re._constants as c
import re._parser as parser
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import takewhile

import numpy as np

_SKIPPED = (c.ASSERT, c.ASSERT_NOT, c.AT)  # lookarounds and edges: no character of the match


def openings(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The texts one of which begins every match, after its lookbehinds and word edges ('tháng';
    each alternative of '(?:lớp|khối)…'; each character of a class such as '[0-9]'), sorted, or
    () when the pattern does not say (a class such as \\w, a pattern that may match nothing)."""
    found = None if pattern.flags & re.IGNORECASE else _openings(list(_parsed(pattern.pattern)))
    return () if found is None or found[1] else tuple(sorted(found[0]))


def number_led(pattern: re.Pattern[str]) -> bool:
    """Whether every match of a pattern begins with a digit (lookbehinds and edges aside).

    >>> number_led(re.compile(r"(?<!\\d)\\d+\\s*tuổi")), number_led(re.compile(r"(?:từ )?\\d+"))
    (True, False)
    """
    found = _openings(list(_parsed(pattern.pattern)), any_digit=True)
    return found is not None and not found[1] and all(w[:1].isdigit() for w in found[0])


@lru_cache(maxsize=256)
def _parsed(pattern: str) -> parser.SubPattern:
    """A pattern parsed once, for both `openings` and `number_led` (parsing is slow)."""
    return parser.parse(pattern)


def _openings(items: list, any_digit: bool = False) -> tuple[set[str], bool] | None:
    """(the texts items may begin with, whether they may match the empty string), or None when
    unknown. `any_digit`: a digit class (\\d) stands for the ten digits (enough to tell whether
    a match begins with a digit; not where, since \\d holds other scripts' digits too)."""
    out: set[str] = set()
    for k, (op, av) in enumerate(items):
        if op in _SKIPPED:
            continue
        if op == c.LITERAL:
            run = takewhile(lambda x: x[0] == c.LITERAL, items[k:])
            return out | {"".join(chr(a) for _, a in run)}, False
        if op == c.IN:
            chars = _class(av, any_digit)
            return None if chars is None else (out | chars, False)
        if op == c.BRANCH:
            parts = [_openings(list(b), any_digit) for b in av[1]]
        elif op == c.SUBPATTERN:
            parts = [_openings(list(av[-1]), any_digit)]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            part = _openings(list(av[2]), any_digit)
            parts = [part and (part[0], part[1] or av[0] == 0)]
        else:
            return None
        if None in parts:
            return None
        out |= set().union(*(p[0] for p in parts))
        if not any(p[1] for p in parts):
            return out, False
    return out, True


def _class(av, any_digit: bool = False) -> set[str] | None:
    """The characters of a class of literals and short ranges ([0-9], [-−]), else None."""
    out: set[str] = set()
    for op, a in av:
        if any_digit and op == c.CATEGORY and a == c.CATEGORY_DIGIT:
            out.update("0123456789")
        elif op == c.LITERAL:
            out.add(chr(a))
        elif op == c.RANGE and a[1] - a[0] < 64:
            out.update(map(chr, range(a[0], a[1] + 1)))
        else:
            return None
    return out


def places(text: str, words: Iterable[str]) -> list[int]:
    """Where each of the words stands in the text (overlaps too), in order."""
    at: set[int] = set()
    for word in words:
        i = text.find(word)
        while i >= 0:
            at.add(i)
            i = text.find(word, i + 1)
    return sorted(at)


_LONG = 16384  # shorter texts are searched by str.find (numpy pays off on long ones)


class WordIndex:
    """`places` in one text, asked of many sets of words. In a long text, its characters are
    held as code points (numpy), those equal to a word's first letter found once for all the
    words it begins, then kept where the word's next letters follow (quicker than `str.find`
    over the whole text for each word).

    >>> text, words = "năm 2031, năm", ["năm", "2", "3"]
    >>> WordIndex(text * 2000).places(words)[:4], places(text, words)
    ([0, 4, 6, 10], [0, 4, 6, 10])
    """

    def __init__(self, text: str):
        self.text = text
        long = len(text) >= _LONG
        self.codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32) if long else None
        self._first: dict[str, np.ndarray] = {}
        self._words: dict[str, np.ndarray] = {}

    def places(self, words: Iterable[str]) -> list[int]:
        if self.codes is None:
            return places(self.text, words)
        found = [self._word(w) for w in words]
        return np.unique(np.concatenate(found)).tolist() if found else []

    def _word(self, word: str) -> np.ndarray:
        if word not in self._words:
            if word[0] not in self._first:
                self._first[word[0]] = np.flatnonzero(self.codes == ord(word[0]))
            at = self._first[word[0]]
            at = at[at <= len(self.codes) - len(word)]
            for k, letter in enumerate(word[1:], 1):
                at = at[self.codes[at + k] == ord(letter)]
            self._words[word] = at
        return self._words[word]


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """`pattern.finditer(text)` when every match begins at one of `starts` (in order): each
    tried once the match before it has ended."""
    end = 0
    for i in starts:
        m = pattern.match(text, i) if i >= end else None
        if m:
            end = m.end()
            yield m
