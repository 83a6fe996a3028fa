"""Units: the table of `rules.units` as `Unit`s, and the unit printed after a number.

>>> read_unit("6.412,07 ha, tăng", 8).unit.canonical
'ha'
>>> m = read_unit("2,7 nghìn tỷ đồng", 3)
>>> m.unit.canonical, m.scale
('billion_vnd', 1000.0)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..errors import NumberFormatError
from ..rules import units as rules
from .fold import WORD_EDGE, alternation, fold, phrase_atoms, trie


@dataclass(frozen=True)
class Unit:
    """A printed unit and its canonical unit: canonical value = printed × factor."""

    raw: str
    canonical: str
    factor: float
    kind: str
    label_en: str
    max_decimals: int = 0

    @property
    def measure(self) -> str:
        return rules.MEASURE_OF_KIND[self.kind]


def _count(raw: str, canonical: str) -> Unit:
    return Unit(raw, canonical, 1.0, "count", canonical.replace("_", " "), 0)


def _spellings(row: tuple) -> list[tuple]:
    """A '…/ha' unit row and the same with each other spelling of 'ha' ('tạ/héc-ta')."""
    raw = row[0]
    if "/ha" not in raw:
        return [row]
    return [row, *((raw.replace("/ha", f"/{h}"), *row[1:]) for h in rules.HECTARE_SPELLINGS)]


UNITS: tuple[Unit, ...] = (
    *(Unit(*spelled) for row in rules.UNITS for spelled in _spellings(row)),
    *(_count(raw, canonical) for raw, canonical in rules.COUNTS),
)


@lru_cache(maxsize=4096)
def _key(raw: str) -> str:
    """A printed unit as a table key: folded, single spaces, no space around '/'."""
    key = " ".join(fold(unicodedata.normalize("NFC", raw)).split())
    return re.sub(r"\s*/\s*", "/", re.sub(r"\.\s+(?=[^\W\d_])", ".", key))


_BY_KEY: dict[str, Unit] = {}
for _unit in UNITS:
    _BY_KEY.setdefault(_key(_unit.raw), _unit)
_BY_CANONICAL = {
    u.canonical: Unit(u.canonical, u.canonical, 1.0, u.kind, u.label_en) for u in UNITS
}
_MULTIPLIERS = {fold(word): factor for word, factor in rules.MULTIPLIERS.items()}
_MONEY_MULTIPLIERS = {fold(word) for word in rules.MONEY_MULTIPLIERS}
COUNT = _count("", "count")
_CONTEXT_UNITS = tuple(
    (pattern, frozenset(map(_key, printed)), _key(meant))
    for pattern, printed, meant in rules.CONTEXT_UNITS
)  # the printed units as table keys


def _product(a: float, b: float) -> float:
    """a × b to twelve significant digits: 1e12 × 1e-9 is 1000, not 1000.0000000000001."""
    return float(f"{a * b:.12g}")


def _scaled(unit: Unit, factor: float, raw: str) -> Unit:
    return Unit(raw, unit.canonical, _product(unit.factor, factor), unit.kind, unit.label_en,
                unit.max_decimals)  # fmt: skip


def _from_key(key: str, raw: str) -> Unit | None:
    """The unit of a table key, with multiplier words before it ('nghìn tỷ đồng')."""
    factor, words = 1.0, key.split(" ")
    while words and words[0] in _MULTIPLIERS:
        factor *= _MULTIPLIERS[words[0]]
        last = words.pop(0)
    rest = " ".join(words)
    unit = _BY_KEY.get(rest)
    if unit is None and not words and last in _MONEY_MULTIPLIERS:
        unit = _BY_KEY[_key(rules.BARE_MONEY_UNIT)]
    if unit is None:
        return None
    return unit if factor == 1.0 else _scaled(unit, factor, raw)


@lru_cache(maxsize=1024)
def is_unit(raw: str, context: str = "") -> bool:
    """Whether `raw` is a unit of the table ('Tấn', 'tỷ đồng'; not 'Lúa').

    >>> is_unit("tỷ đồng"), is_unit("Lúa")
    (True, False)
    """
    try:
        lookup_unit(raw, context)
    except NumberFormatError:
        return False
    return True


_BRACKETED = re.compile(r"\(\s*([^()]{1,25}?)\s*\)[\s:=]*\Z")


def bracketed_unit(text: str, context: str = "") -> str:
    """The unit printed in brackets at the end of a label, as printed, or '' ('Vốn đầu tư (tỷ
    đồng):' -> 'tỷ đồng'; not '(giá so sánh)').

    >>> bracketed_unit("Vốn đầu tư (tỷ đồng):"), bracketed_unit("Giá trị (giá so sánh)")
    ('tỷ đồng', '')
    """
    m = _BRACKETED.search(text)
    return m.group(1) if m is not None and is_unit(m.group(1), context) else ""


def lookup_unit(raw: str, context: str = "") -> Unit:
    """The Unit printed as `raw` (any case or spacing, multiplier words included: 'triệu đồng')
    or named by its canonical name. `context` (an indicator's label) may turn a money unit into
    a rate ('/ha' -> per ha).

    >>> lookup_unit("triệu đồng").factor
    0.001
    """
    key = _key(raw)
    for pattern, printed, meant in _CONTEXT_UNITS:
        if key in printed and re.search(pattern, context, re.IGNORECASE):
            key = meant
    unit = _from_key(key, raw) if key else None
    unit = unit or _BY_CANONICAL.get(raw)
    if unit is None:
        raise NumberFormatError(f"unknown unit {raw!r}")
    return unit


def to_canonical(value: float, raw_unit: str, context: str = "") -> tuple[float, str]:
    """(value in the canonical unit, canonical unit name)."""
    unit = lookup_unit(raw_unit, context)
    return value * unit.factor, unit.canonical


_RATE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(map(re.escape, sorted((k for k in _BY_KEY if "/" in k), key=len, reverse=True)))
    + r")(?![^\W\d_])"
)


def rate_in_subject(subject: str, counted: str) -> Unit | None:
    """The rate printed in a subject whose numerator is what its figure counts, as printed after
    the figure: in 'Số bác sĩ/vạn dân đạt 12 bác sĩ' the 12 are doctors per 10,000 people; the
    counted noun may be the numerator's head ('giường' of 'giường bệnh/vạn dân'). None if the
    subject prints no such rate.

    >>> rate_in_subject("Số giường bệnh/vạn dân đạt", "giường").canonical
    'beds_per_10000'
    >>> rate_in_subject("Số giường bệnh/vạn dân đạt", "bác sĩ") is None
    True
    """
    noun = _key(counted)
    for m in reversed(list(_RATE.finditer(_key(subject)))):
        top = m.group().split("/")[0]
        if noun and (top == noun or top.startswith(noun + " ")):
            return _BY_KEY[m.group()]
    return None


_MULTIPLIER = re.compile(rf"(?:{alternation(rules.MULTIPLIERS)})(?![^\W_])")
_NO_MULTIPLIER = frozenset(" ".join(fold(w).split()) for w in rules.NOT_MULTIPLIED)
_UNIT = re.compile(
    trie(
        [*phrase_atoms(k), *([WORD_EDGE] if k[-1:].isalnum() else [])]
        for k in sorted(_BY_KEY, key=len, reverse=True)
    )
)
_NOT_NOUN = frozenset(fold(w) for w in rules.NOT_NOUNS)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class UnitMatch:
    """The unit printed after a number: `factor` is the multiplier words' product; `noun` the
    thing counted when no unit of the table is printed ('15 thành viên'); `end` where it ends."""

    unit: Unit | None
    factor: float
    start: int
    end: int
    noun: str = ""

    @property
    def scale(self) -> float:
        """printed value × scale = canonical value."""
        return _product(self.factor, self.unit.factor if self.unit else 1.0)


def read_unit(text: str, at: int, folded: str | None = None) -> UnitMatch:
    """The unit printed at `at` (just after a number) in `text`; `folded` is `fold(text)` when
    the caller has it. Multiplier words scale it ('2,05 triệu lượt'); a bare 'tỷ' is money; with
    no unit of the table, the noun after the number is what it counts."""
    f = fold(text) if folded is None else folded
    i = _skip_blanks(text, f, at)
    factor, pos, last = 1.0, i, ""
    while m := _MULTIPLIER.match(f, pos):
        factor *= _MULTIPLIERS[m.group()]
        last, pos = m.group(), _skip_blanks(text, f, m.end())
    m = _UNIT.match(f, pos)
    if m:
        return UnitMatch(_BY_KEY[_key(m.group())], factor, i, m.end())
    word = _WORD.match(f, pos)
    if word and f"{last} {word.group()}" in _NO_MULTIPLIER:
        factor, pos = 1.0, i  # 'tỷ lệ', 'triệu phú': the word is no multiplier here
    if factor == 1.0:
        return _noun(text, f, at, i)
    if last in _MONEY_MULTIPLIERS:  # '3 tỷ để …': money with its unit left out
        return UnitMatch(_BY_KEY[_key(rules.BARE_MONEY_UNIT)], factor, i, _end(f, i, pos))
    noun = _noun(text, f, pos, pos)  # '2 triệu cây': two million of a thing the table lacks
    return UnitMatch(noun.unit, factor, i, noun.end if noun.noun else _end(f, i, pos), noun.noun)


def _end(f: str, i: int, pos: int) -> int:
    """Where the multiplier words read from i ends (before the blanks up to pos)."""
    return i + len(f[i:pos].rstrip())


def _skip_blanks(text: str, f: str, i: int) -> int:
    """Past spaces, and past a line break that only wraps the sentence (the next line goes on
    in lower case or with a percent sign in `text`: '412,5⏎triệu kWh', '10,4⏎% so với cùng
    kỳ'; `f` is the folded text)."""
    while i < len(f) and f[i] in " \t":
        i += 1
    if i < len(f) and f[i] == "\n":
        j = i + 1
        while j < len(f) and f[j] in " \t":
            j += 1
        if j < len(f) and ((text[j].isalpha() and text[j].islower()) or text[j] in "%‰"):
            return j
    return i


def _noun(text: str, f: str, at: int, i: int) -> UnitMatch:
    """Up to two words after a number that name what it counts ('15 thành viên')."""
    words: list[re.Match[str]] = []
    pos = i
    for _ in range(2):
        m = _WORD.match(f, pos)
        if not m or m.group() in _NOT_NOUN or (words and not text[m.start()].islower()):
            break
        words.append(m)
        if m.end() >= len(f) or f[m.end()] != " ":
            break
        pos = m.end() + 1
    if not words:
        return UnitMatch(None, 1.0, at, at)
    return UnitMatch(COUNT, 1.0, i, words[-1].end(), text[words[0].start() : words[-1].end()])
