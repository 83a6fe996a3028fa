"""What the words of a target item say: where one target's words end, its indicator, whether it
is a level or a change, and its sign.

>>> from vinhbao.parse.targets import parse_target
>>> target_kind("Tỷ lệ hộ nghèo giảm ", parse_target("0,5%"), "Tỷ lệ hộ nghèo")
'change_pp'
>>> describe("- Thu ngân sách đạt ", " tỷ đồng")
'Thu ngân sách đạt'
>>> on_base("Thu ngân sách bằng ", parse_target("110%"), " dự toán")[1]
'ratio_pct'
>>> ratings("Có thêm 4 sản phẩm đạt 3 sao", [(8, 9), (23, 28)])
[1]
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..parse.fold import alternation, fold, fold_pattern
from ..parse.targets import Target, Unreadable, scan_targets
from ..parse.units import read_unit
from ..rules import cues as cue_rules
from ..rules import targets as target_rules

LEAD = re.compile(r"^[-+*(\s]+")
TRIM = " \t;,.:)("
_RISE = re.compile(rf"(?:{alternation(target_rules.RISE_WORDS)})\s*:?\s*"
                   rf"(?:đạt\s*)?:?\s*$")  # fmt: skip
_STRIVE = rf"(?:(?:{alternation(target_rules.STRIVE_WORDS)})\s+)?"  # 'phấn đấu giảm …'
_NOUN_FALL = re.compile(rf"(?<![^\W\d_])(?:{alternation(target_rules.FALL_NOUNS)})(?![^\W\d_])")
_FALL_END = re.compile(rf"(?<![^\W\d_])(?:{alternation(target_rules.FALL_WORDS)})\s*$")
_VERB_FIRST = re.compile(
    rf"\s*{_STRIVE}(?:{alternation(target_rules.FALL_WORDS + target_rules.RISE_WORDS)})\s"
)
_LEVEL_WORDS = re.compile(rf"(?<![^\W\d_])(?:{alternation(target_rules.LEVEL_WORDS)})(?![^\W\d_])")
_FALL_FIRST = re.compile(rf"\s*{_STRIVE}(?:{alternation(target_rules.FALL_WORDS)})\s")
_GROWTH_NOUN = re.compile(rf"(?<![^\W\d_])(?:{alternation(target_rules.GROWTH_NOUNS)})(?![^\W\d_])")
_RATIO = alternation(target_rules.RATIO_WORDS)
_PERIODS = tuple(re.compile(fold_pattern(p)) for p in target_rules.TARGET_PERIODS)
_RATIO_END = re.compile(rf"(?<![^\W\d_])(?:{_RATIO})\s*:?\s*$")
_RATIO_START = re.compile(rf"\s*(?:{_RATIO})\s")  # opening a bound: 'bằng hoặc cao hơn'
_REACH = alternation(target_rules.REACH_WORDS)
_REACH_END = re.compile(rf"(?<![^\W\d_])(?:{_REACH})\s*:?\s*$")
_REACH_START = re.compile(rf"\s*(?:{_REACH})\s")  # 'đạt và vượt 100%'
_NAMED_BASE = re.compile(
    rf"\s*(?:{alternation(b for b in cue_rules.BASES if b not in target_rules.BARE_BASES)})"
    r"(?![^\W\d_])"
)
_EXCESS_END = re.compile(rf"(?<![^\W\d_])(?:{alternation(target_rules.EXCESS_WORDS)})\s*:?\s*$")
_BASE_FIRST = re.compile(rf"\s*(?:{alternation(cue_rules.BASES)})(?![^\W\d_])")
_RATING_LINK = re.compile(
    rf"(?<![^\W\d_])(?:{alternation(target_rules.RATING_LINKS)})\s+"
    rf"(?P<grade>(?:{alternation(target_rules.RATING_BEFORE)})\s*)?$"
)
_RATED = re.compile(rf"[\d.,]+\s*(?:{alternation(target_rules.RATING_AFTER)})(?![^\W\d_])")


def pieces(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a line into one piece per target: at the first ';' between two targets, else the first
    sentence end, else the first ','."""
    if not spans:
        return []
    cuts = [0]
    for (_, end), (nxt, _) in pairwise(spans):
        between = text[end:nxt]
        marks = (between.find(";"), between.find(". "), between.find(","))
        found = [i + 1 for i in marks if i >= 0]
        found += [i for i in (between.find("("),) if i >= 0]  # '… trở lên (tăng 10% …)'
        cuts.append(end + found[0] if found else nxt)
    cuts.append(len(text))
    return list(pairwise(cuts))


def ratings(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Which targets (by their spans in `text`) are a rating or grade of what the target before
    them in the clause counts ('10 sản phẩm đạt từ 3 sao trở lên', '5 dịch vụ đạt mức độ 4')."""
    out = []
    for k, ((_, end), (start, _)) in enumerate(pairwise(spans), 1):
        between = fold(text[end:start])
        link = _RATING_LINK.search(between)
        if link is None or any(c in between for c in ",;.:()"):
            continue
        if link.group("grade") or _RATED.match(fold(text[start : start + 40])):
            out.append(k)
    return out


def rating_spans(text: str) -> list[tuple[int, int]]:
    """Where the ratings of `ratings` stand in a target's quote: their numbers are part of the
    target they qualify ('10 sản phẩm đạt 3 sao' -> the span of '3')."""
    spans = [(s, e) for s, e, _ in scan_targets(text)]
    return [spans[k] for k in ratings(text, spans)]


def describe(before: str, after: str) -> str:
    """The indicator of a target: the words before it, and after it when they are not just its
    unit or the start of another clause."""
    words = [LEAD.sub("", before).strip(TRIM)]
    tail = after.strip()
    unit = read_unit(tail, 0)
    if unit.unit is not None and not unit.noun:
        tail = tail[unit.end :].strip()
    if tail and tail[0] not in ",;:.":
        words.append(tail.strip(TRIM))
    return " ".join(" ".join(w for w in words if w).split())


def target_kind(before: str, target: Target | Unreadable, indicator: str) -> str:
    """What the target is for: a level, or a change (in %, points or units)."""
    low = fold(before)
    unit = getattr(target, "unit", "")
    rate = "tỉ lệ" in fold(indicator)
    growth = unit == "pct" and not rate and _GROWTH_NOUN.search(low)
    if unit == "pp" or (
        growth
        or _RISE.search(low)
        or _NOUN_FALL.search(low)
        or _FALL_END.search(low)
        or _opens_with_change(low)
    ):
        if unit in ("pct", "pp"):
            return "change_pp" if rate or unit == "pp" else "change_pct"
        return "change_abs"
    return "level"


def _opens_with_change(folded: str) -> bool:
    """'Giảm tỷ lệ hộ cận nghèo 0,3 điểm phần trăm': the item opens with the verb of its change
    (not 'Giảm … xuống còn 1%', a level to reach)."""
    return bool(_VERB_FIRST.match(folded)) and not _LEVEL_WORDS.search(folded)


def signed_by_noun(before: str, target: Target | Unreadable) -> Target | Unreadable:
    """A target named as a fall ('Mức giảm tỷ lệ hộ nghèo: 0,35%', 'Giảm tỷ lệ hộ cận nghèo
    0,3 điểm') is negative: -0.46."""
    low = fold(before)
    falls = _NOUN_FALL.search(low) or (_opens_with_change(low) and _FALL_FIRST.match(low))
    ends = [x for x in (getattr(target, "low", None), getattr(target, "high", None)) if x]
    if falls and ends and min(ends) > 0 and not _FALL_END.search(low):
        return target.negated()
    return target


def on_base(
    before: str, target: Target | Unreadable, after: str, level: bool = True
) -> tuple[Target, str] | None:
    """A percentage of a base printed after it, read as in the facts: a ratio ('bằng 110% dự
    toán', 'bằng 105% so với năm trước', and for a `level`, 'đạt 100% dự toán') is ratio_pct
    110, 105, 100; an excess ('vượt 10% kế hoạch') change_pct +10. None when the target is no
    such percentage."""
    if not isinstance(target, Target) or target.unit != "pct":
        return None
    text = fold(target.text)
    digit = re.search(r"\d", text)
    rest = text[text.rfind("%") + 1 :] + fold(after)
    if digit is None or not _BASE_FIRST.match(rest):
        return None
    low, lead = fold(before), text[: digit.start()]
    if _RATIO_END.search(low) or _RATIO_END.search(lead) or _RATIO_START.match(lead):
        return target, "ratio_pct"
    reach = _REACH_END.search(low) or _REACH_END.search(lead) or _REACH_START.match(lead)
    if level and reach and _NAMED_BASE.match(rest):  # not 'đạt 1% so với tổng số hộ'
        return target, "ratio_pct"
    return (target, "change_pct") if _EXCESS_END.search(low) else None


def target_period(before: str, next_year: str) -> str:
    """The period a target is for: the years its words of time name before it ('bình quân giai
    đoạn 2031-2035', 'đến năm 2035'; the last such words), else the next year.

    >>> target_period("Tỷ lệ đô thị hóa đến năm 2035 đạt ", "2031")
    '2035'
    >>> target_period("Tăng bình quân giai đoạn 2031 - 2035 ", "2031")
    '2031-2035'
    """
    folded, found = fold(before), None
    for pattern in _PERIODS:
        for m in pattern.finditer(folded):
            if found is None or m.start() > found.start():
                found = m
    return "-".join(found.groups()) if found else next_year


def untimed(before: str) -> str:
    """The words before a target without its words of time, which say nothing of its kind:
    'tăng bình quân giai đoạn 2031 - 2035 từ ' is 'tăng từ '.

    >>> untimed("Thu nhập tăng bình quân giai đoạn 2031 - 2035 từ ")
    'Thu nhập tăng từ '
    """
    folded = fold(before)
    for pattern in _PERIODS:
        for m in reversed(list(pattern.finditer(folded))):
            before = before[: m.start()].rstrip() + " " + before[m.end() :].lstrip()
    return before
