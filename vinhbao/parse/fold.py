"""Folding Vietnamese text for matching, one character for one character (offsets carry over).

`fold` lower-cases, writes the vowel y as i ('kỳ' -> 'kì', 'tỷ' -> 'tỉ') and puts a tone mark
of oa, oe, uy on the first vowel ('hoà' -> 'hòa', 'thuỷ' -> 'thủi'), so that spelling variants of
one word fold alike. `fold_loose` also drops the tone marks (not the letters ă â ê ô ơ ư đ):
'Thắng Thủy' and 'Thăng Thuỷ' fold alike. Both keep the length of the text, so a match in the
folded text is a match at the same offsets of the original. The folding is a table lookup over
the text's code points (numpy), quick enough to fold a whole report.

>>> fold("Tỷ lệ HOÀ")
'tỉ lệ hòa'
>>> fold_loose("Thuỷ sản")
'thui san'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import numpy as np

_TONES = "\u0300\u0301\u0309\u0303\u0323"
_SIZE = 0x1F00  # Latin, Latin extended and Vietnamese letters lie below


def _char(c: str, loose: bool) -> str:
    """One character folded; the character lower-cased when folding would change its length."""
    low = c.lower()
    if len(low) != 1:
        return c
    decomposed = unicodedata.normalize("NFD", low)
    base, marks = decomposed[0], decomposed[1:]
    if base == "y":
        base = "i"
    if loose:
        marks = "".join(m for m in marks if m not in _TONES)
    out = unicodedata.normalize("NFC", base + marks)
    return out if len(out) == 1 else low


def _table(loose: bool) -> np.ndarray:
    return np.array([ord(_char(chr(code), loose)) for code in range(_SIZE)], dtype=np.uint32)


def _tone_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each code: the tone mark of a toned a, e or i (0 for others), its plain vowel; and for
    o and u with each tone mark, the toned vowel (indexed [o or u][mark])."""
    mark_of = np.zeros(_SIZE, dtype=np.uint32)
    plain_of = np.arange(_SIZE, dtype=np.uint32)
    for plain in "aei":
        for mark in _TONES:
            code = ord(unicodedata.normalize("NFC", plain + mark))
            mark_of[code], plain_of[code] = ord(mark), ord(plain)
    # only oa, oe and uy (y written i) move their tone: 'quà', 'lúa' are left as they are
    toned = np.zeros((_SIZE, 0x24), dtype=np.uint32)  # [vowel][mark - U+0300]
    for vowel in "ou":
        for mark in _TONES:
            toned[ord(vowel), ord(mark) - 0x300] = ord(unicodedata.normalize("NFC", vowel + mark))
    return mark_of, plain_of, toned


_EXACT, _LOOSE = _table(False), _table(True)
_MARK_OF, _PLAIN_OF, _TONED_VOWEL = _tone_tables()
_O, _U, _I = ord("o"), ord("u"), ord("i")


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).copy()


def _apply(codes: np.ndarray, table: np.ndarray) -> np.ndarray:
    inside = codes < _SIZE
    codes[inside] = table[codes[inside]]
    return codes


def _move_tones(codes: np.ndarray) -> None:
    """'oà', 'oè', 'uỉ' -> 'òa', 'òe', 'ủi' (in place)."""
    if len(codes) < 2:
        return
    first = (codes[:-1] == _O) | (codes[:-1] == _U)
    at = np.flatnonzero(first)
    nxt = codes[at + 1]
    nxt = np.where(nxt < _SIZE, nxt, 0)
    marks = _MARK_OF[nxt]
    plain = _PLAIN_OF[nxt]
    keep = (marks > 0) & np.where(codes[at] == _O, plain != _I, plain == _I)
    at, marks = at[keep], marks[keep]
    codes[at] = _TONED_VOWEL[codes[at], marks - 0x300]
    codes[at + 1] = _PLAIN_OF[codes[at + 1]]


_SMALL = 256  # shorter texts are folded by str.translate (numpy pays off on long ones)
_EXACT_MAP = {c: int(v) for c, v in enumerate(_EXACT) if int(v) != c}
_LOOSE_MAP = {c: int(v) for c, v in enumerate(_LOOSE) if int(v) != c}
_TONED = {c: chr(c) for c in range(_SIZE) if _MARK_OF[c]}
_PAIR = re.compile(
    "o[" + "".join(t for c, t in _TONED.items() if _PLAIN_OF[c] != _I) + "]"
    "|u[" + "".join(t for c, t in _TONED.items() if _PLAIN_OF[c] == _I) + "]"
)


def _swap(m: re.Match[str]) -> str:
    first, second = m.group()
    mark = int(_MARK_OF[ord(second)])
    return chr(int(_TONED_VOWEL[ord(first), mark - 0x300])) + chr(int(_PLAIN_OF[ord(second)]))


@lru_cache(maxsize=65536)
def _fold_small(text: str, loose: bool) -> str:
    if loose:
        return text.translate(_LOOSE_MAP)
    return _PAIR.sub(_swap, text.translate(_EXACT_MAP))


def fold(text: str) -> str:
    """Lower case, the vowel y as i, tones of oa, oe, uy on the first vowel; same length."""
    if text.isascii():
        return text.lower().replace("y", "i")
    if len(text) < _SMALL:
        return _fold_small(text, False)
    codes = _apply(_codes(text), _EXACT)
    _move_tones(codes)
    return codes.tobytes().decode("utf-32-le")


def fold_loose(text: str) -> str:
    """`fold` without tone marks; the same length as `text`."""
    if text.isascii():
        return text.lower().replace("y", "i")
    if len(text) < _SMALL:
        return _fold_small(text, True)
    return _apply(_codes(text), _LOOSE).tobytes().decode("utf-32-le")


def phrase_pattern(phrase: str, loose: bool = False) -> str:
    """Regex for a phrase of a rules table as it stands in folded text: the phrase folded, any
    run of white space between its words, and word edges at both ends ('ha' is not in 'hai').

    >>> import re
    >>> bool(re.search(phrase_pattern("so với cùng kỳ"), fold("so  với cùng kì năm trước")))
    True
    """
    folded = fold_loose(phrase) if loose else fold(phrase)
    body = r"\s+".join(re.escape(w) for w in folded.split()).replace("/", r"\s*/\s*")
    head = r"(?<![^\W_])" if folded[:1].isalnum() else ""
    tail = r"(?![^\W_])" if folded[-1:].isalnum() else ""
    return f"{head}{body}{tail}"


def alternation(phrases, loose: bool = False) -> str:
    """One regex alternative per phrase, longest first (so the longest phrase wins)."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(phrase_pattern(p, loose) for p in ordered)


_PATTERN_WORD = re.compile(r"(?<![\\<?])[^\W\d_]+")


def fold_pattern(pattern: str) -> str:
    """A regex of a rules table written in plain Vietnamese, with its words folded, so that it
    matches folded text ('kỳ họp' -> 'kì họp'). Letters after a backslash (escapes) or '<'
    (group names) are left alone; write the words in lower case.

    >>> fold_pattern(r"kỳ\\s+họp\\s+thứ\\s+\\d+")
    'kì\\\\s+họp\\\\s+thứ\\\\s+\\\\d+'
    """
    return _PATTERN_WORD.sub(lambda m: fold(m.group()), pattern)


def ascii_fold(text: str) -> str:
    """The text without its diacritics, đ as d: 'Tân Phú' -> 'Tan Phu'.

    >>> ascii_fold("Đông Lâm")
    'Dong Lam'
    """
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in plain if not unicodedata.combining(c))
