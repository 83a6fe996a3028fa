"""Targets as intervals: '12-13', 'dưới 0,72', '13 tấn/ha trở lên', '27/30', 'Giảm 0,3'.

The words come from `rules.targets`; the text is read folded (`fold`), so case, tone placement
and y/i spellings do not matter. A garbled number is never read in part: the target joined to it
is `Unreadable`.

>>> t = parse_target("dưới 0,72%")
>>> (t.low, t.high, t.high_inclusive, t.unit)
(None, 0.72, False, 'pct')
>>> parse_target("Giảm 4.200 - 4.400").low
-4400.0
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from ..errors import NumberFormatError
from ..rules import cues
from ..rules import targets as rules
from .fold import alternation, fold, fold_pattern
from .numbers import NUMBER_LIKE_PATTERN, NUMBER_PATTERN, TOKEN, is_number, parse_number
from .scan import matches_at, openings, places
from .units import bracketed_unit, lookup_unit, rate_in_subject, read_unit

_MASK_CHAR = "\x00"
_BOUND_OF = {fold(k): v for k, v in (rules.BOUND_WORDS | rules.SUFFIX_WORDS).items()}
_PHRASE_OF = {fold(k): v for k, v in rules.PHRASES.items()}
_WORD_OF = {fold(k): v for k, v in rules.NUMBER_WORDS.items()}
_MASK = re.compile("|".join(f"(?:{fold_pattern(p)})" for _, p in rules.MASKS), re.MULTILINE)
_N = NUMBER_PATTERN
_SIGN = r"(?P<{}>[-−])?"
_LINK = rf"(?:(?:{alternation(rules.LINKS)})\s*)?"
_RANGE_SEP = (
    rf"(?:\s*[{re.escape(rules.RANGE_SIGNS)}]\s*|\s+(?:{alternation(rules.RANGE_WORDS)})\s+)"
)
_FALL = re.compile(rf"(?:{alternation(rules.FALL_WORDS)})\s*:?\s*\Z")
_NUMBER_LIKE = re.compile(NUMBER_LIKE_PATTERN)
_NOT_ORDINAL = "".join(f"(?<!{re.escape(fold(w))} )" for w in rules.ORDINAL_WORDS)
_TARGET = re.compile(
    rf"(?<![^\W\d_])(?:(?P<phrase>{alternation(rules.PHRASES)})"
    rf"|(?:(?P<bound>{alternation(rules.BOUND_WORDS)})\s*{_LINK})?(?P<nums>"
    rf"(?:(?:{alternation(cues.FROM_WORDS)})\s+)?{_SIGN.format('sa')}(?P<a>{_N})"
    rf"(?:\s*(?P<pa>%)|\s+(?P<ua>[^\W\d_]+(?:\s[^\W\d_]+){{0,2}}))?{_RANGE_SEP}"
    rf"{_SIGN.format('sb')}(?P<b>{_N})(?:\s*(?P<pb>%))?"
    rf"(?(ua)(?=\s*(?P=ua)(?![^\W\d_])))"  # 'từ 6 tỷ đồng đến 7 tỷ đồng': the unit twice
    rf"|(?P<num>{_N})\s*/\s*(?P<den>{_N})"
    rf"|{_SIGN.format('sn')}(?P<n>{_N})(?:\s*(?P<pn>%))?"
    rf"|{_NOT_ORDINAL}(?P<word>{alternation(rules.NUMBER_WORDS)})(?=\s))"
    rf"(?:(?:\s*[^\W\d_]+(?:[./][^\W\d_]+)*){{0,4}}?\s*(?P<suffix>{alternation(rules.SUFFIX_WORDS)}))?)"
)
_TARGET_OPENINGS = openings(_TARGET)  # tried only there (else at every character)
_FALL_OPENINGS = openings(_FALL)


@dataclass(frozen=True)
class Target:
    """A target as an interval; None is an open end, and an open end is never inclusive.

    Values are in `unit`, the canonical unit of the unit printed after the figures ('' if none):
    printed × factor. `text` is the target expression, a unit after the figures left out. A fall
    ('Giảm 0,3', '-0,3%') is negative.
    """

    low: float | None
    high: float | None
    low_inclusive: bool
    high_inclusive: bool
    approx: bool
    denominator: float | None
    unit: str
    text: str

    @property
    def is_point(self) -> bool:
        """Both ends set and equal."""
        return self.low is not None and self.low == self.high

    def position(self, x: float) -> str:
        """'below', 'inside' or 'above' the interval."""
        low, high = self.low, self.high
        if low is not None and (x < low or (x == low and not self.low_inclusive)):
            return "below"
        if high is not None and (x > high or (x == high and not self.high_inclusive)):
            return "above"
        return "inside"

    def contains(self, x: float) -> bool:
        """Whether x meets the target (ends honoured as inclusive or not)."""
        return self.position(x) == "inside"

    def scaled(self, factor: float, unit: str | None = None) -> Target:
        """The same target with its numbers times `factor` (in `unit`, if given).

        >>> Target(4.5, None, True, False, False, None, "", "4,5").scaled(1000, "t").low
        4500.0
        """

        def times(x: float | None) -> float | None:
            return None if x is None else _scale(x, factor)

        return replace(self, low=times(self.low), high=times(self.high),
                       denominator=times(self.denominator),
                       unit=self.unit if unit is None else unit)  # fmt: skip

    def negated(self) -> Target:
        """The same target for a fall: [a, b] -> [-b, -a]."""
        return Target(
            low=None if self.high is None else -self.high,
            high=None if self.low is None else -self.low,
            low_inclusive=self.high_inclusive,
            high_inclusive=self.low_inclusive,
            approx=self.approx,
            denominator=self.denominator,
            unit=self.unit,
            text=self.text,
        )


@dataclass(frozen=True)
class Unreadable:
    """A passage where a target is written but cannot be read: a garbled number ('12,,5') or a
    contradictory target ('15-14', 'trên 3 - 4')."""

    problem: str


def _signed(g: dict, sign: str, number: str) -> float:
    value = parse_number(g[number])
    return -value if g[sign] else value


def _target(
    m: re.Match[str], masked: str, text: str, context: str, falls: list[int]
) -> Target | None:
    """The Target of one match of _TARGET in the masked, folded text (`falls`: where the words
    of `_FALL` stand in it); None for a number word before no count ('một số')."""
    g = m.groupdict()
    kinds = {_BOUND_OF[" ".join(w.split())] for w in (g["bound"], g["suffix"]) if w}
    bounds = kinds - {"~"}
    if len(bounds) > 1 or (bounds and g["a"]):
        raise NumberFormatError(f"conflicting bounds in target {text[m.start() : m.end()]!r}")
    if g["phrase"]:
        low = high = _PHRASE_OF[" ".join(g["phrase"].split())]
    elif g["a"]:
        if g["sa"] and not g["sb"]:
            raise NumberFormatError(
                f"a sign on one end only in target {text[m.start() : m.end()]!r}"
            )
        low, high = _signed(g, "sa", "a"), _signed(g, "sb", "b")
        if low > high:
            raise NumberFormatError(f"range runs backwards in target {text[m.start() : m.end()]!r}")
    elif g["word"]:
        low = high = float(_WORD_OF[g["word"]])
    else:
        low = high = parse_number(g["num"]) if g["num"] else _signed(g, "sn", "n")
    unit = _unit_of(g, m, masked, context)
    if g["word"] and (unit is None or unit.kind != "count"):
        return None  # 'một số', 'năm học': a word that counts nothing here
    factor = unit.factor if unit else 1.0
    (bound,) = bounds or {"="}
    low_inclusive = high_inclusive = True
    if bound in (">", ">="):
        high, high_inclusive, low_inclusive = None, False, bound == ">="
    if bound in ("<", "<="):
        low, low_inclusive, high_inclusive = None, False, bound == "<="
    target = Target(
        low=None if low is None else _scale(low, factor),
        high=None if high is None else _scale(high, factor),
        low_inclusive=low_inclusive,
        high_inclusive=high_inclusive,
        approx="~" in kinds,
        denominator=_scale(parse_number(g["den"]), factor) if g["den"] else None,
        unit=unit.canonical if unit else "",
        text=text[m.start() : m.end()],
    )
    fall = any(_FALL.match(masked, i, m.start()) for i in falls if i < m.start())  # 'giảm 0,5%'
    return target.negated() if fall else target


def _scale(x: float, factor: float) -> float:
    return x if factor == 1.0 else float(f"{x * factor:.12g}")


def _unit_of(g: dict, m: re.Match[str], masked: str, context: str):
    if g["pa"] or g["pb"] or g["pn"]:
        return lookup_unit("%")
    after = read_unit(masked, m.end("nums") if g["nums"] else m.end("phrase"), masked)
    clause = masked[max(masked.rfind(";", 0, m.start()), masked.rfind("\n", 0, m.start())) + 1 :
                    m.start()]  # fmt: skip
    counted = after.noun or (masked[after.start : after.end] if after.unit else "")
    if after.factor == 1.0 and (rate := rate_in_subject(clause, counted)):
        return rate  # 'Số bác sĩ/vạn dân đạt 12 bác sĩ': 12 per 10,000 people
    if after.unit is None or after.noun:
        return _unit_before(masked, m.start(), context)
    return lookup_unit(masked[after.start : after.end], context)


def _unit_before(masked: str, start: int, context: str):
    """The unit printed in brackets right before a target with none after it: 'Vốn đầu tư (tỷ
    đồng): 4.500' is 4,500 billion đồng."""
    printed = bracketed_unit(masked[max(0, start - 30) : start], context)
    return lookup_unit(printed, context) if printed else None


# What may stand between a target and a garbled number that belongs to it ('12-13,,5').
_JOINED = re.compile(r"\s*(?:[-–—÷~/]|đến|tới)?\s*\Z")


def _touches(folded: str, span: tuple[int, int], garbled: tuple[int, int]) -> bool:
    """Whether a garbled number is joined to the target at `span` (by a dash, '/', 'đến' …)."""
    (start, end), (a, b) = span, garbled
    gap = folded[end:a] if a >= end else folded[b:start] if b <= start else None
    return gap is not None and bool(_JOINED.match(gap))


def _as_vietnamese(text: str) -> str:
    """An English-style text's numbers written the Vietnamese way ('1,234.5' -> '1.234,5'):
    the same length, so every offset holds."""
    swap = str.maketrans(".,", ",.")
    return TOKEN.sub(lambda m: m.group().translate(swap), text)


def scan_targets(
    text: str, context: str = "", style: str = "vi"
) -> list[tuple[int, int, Target | Unreadable]]:
    """Every target of a text, left to right, read or not: (start, end, Target or Unreadable).
    Years, dates, ages and item labels are skipped; a garbled number is never read in part, and
    a target joined to one is Unreadable with it. `style` 'en' reads '3.5' as 3,5."""
    text = unicodedata.normalize("NFC", text)
    folded = fold(_as_vietnamese(text) if style == "en" else text)
    masked = _MASK.sub(lambda m: _MASK_CHAR * len(m.group()), folded)
    garbled = [m.span() for m in _NUMBER_LIKE.finditer(masked) if not is_number(m.group())]
    for a, b in garbled:
        masked = masked[:a] + _MASK_CHAR * (b - a) + masked[b:]
    matches = list(matches_at(_TARGET, masked, places(masked, _TARGET_OPENINGS)))
    falls = places(masked, _FALL_OPENINGS)
    found: list[tuple[int, int, Target | Unreadable]] = []
    for m in matches:
        if any(_touches(folded, m.span(), g) for g in garbled):
            continue  # reported with the garbled number, below
        try:
            target = _target(m, masked, text, context, falls)
        except NumberFormatError as exc:
            target = Unreadable(str(exc))
        if target is not None:
            found.append((*m.span(), target))
    for g in garbled:
        spans = [g, *(m.span() for m in matches if _touches(folded, m.span(), g))]
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        found.append((start, end, Unreadable(f"garbled number {text[g[0] : g[1]]!r}")))
    return _restatements_merged(sorted(found, key=lambda item: (item[0], item[1])), text)


_BRACKET_OPEN = re.compile(r"\s*\(\s*\Z")
_BRACKET_CLOSE = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*\)")


def _restatements_merged(found: list, text: str) -> list:
    """A share restated as a count in brackets right after it ('đạt 100% (12/12 xã)') is one
    target, printed with its count; a count that does not give the share stays a target."""
    out = []
    for start, end, target in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and isinstance(prev[2], Target)
            and isinstance(target, Target)
            and prev[2].unit == "pct"
            and prev[2].is_point
            and target.denominator
            and _BRACKET_OPEN.match(text, prev[1], start)
            and (close := _BRACKET_CLOSE.match(text, end))
            and abs(100 * target.low / target.denominator - prev[2].low) < 0.5
        ):
            merged = replace(prev[2], text=text[prev[0] : close.end()])
            out[-1] = (prev[0], close.end(), merged)
            continue
        out.append((start, end, target))
    return out


def find_targets(text: str, style: str = "vi") -> list[tuple[int, int, Target]]:
    """Every target of a sentence, left to right: (start, end, Target); years are skipped.
    A garbled number or a contradictory target raises NumberFormatError."""
    found = []
    for start, end, target in scan_targets(text, style=style):
        if isinstance(target, Unreadable):
            raise NumberFormatError(f"{target.problem} in {text!r}")
        found.append((start, end, target))
    return found


def parse_target(text: str, context: str = "", style: str = "vi") -> Target:
    """The one target written in `text`; no target, several, or a garbled number anywhere in the
    text raise NumberFormatError. `context` (the indicator's label) reads a unit as
    `lookup_unit` does."""
    found = scan_targets(text, context, style)
    problems = [t.problem for _, _, t in found if isinstance(t, Unreadable)]
    if problems:
        where = "" if repr(text) in problems[0] else f" in {text!r}"
        raise NumberFormatError(problems[0] + where)
    if not found:
        raise NumberFormatError(f"no target in {text!r}")
    if len(found) > 1:  # '14 15', '14% 15%': which one is meant is not written
        raise NumberFormatError(f"{len(found)} targets where one was expected in {text!r}")
    return found[0][2]
