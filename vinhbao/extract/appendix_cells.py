"""The cells of a plan-vs-actual row read one by one: a result ('Tăng 1,5%', '8/10'), a target
('4-5', 'Dưới 0,5'), whether a label or a cell reads as a fall, a target in the row's unit.

>>> parse_actual("Giảm 0,37")
(-0.37, True, None)
>>> parse_actual("khoảng 12", column="ratio")[2]
"ratio is not a single figure: 'khoảng 12'"
"""

from __future__ import annotations

import re

from ..errors import NumberFormatError
from ..parse.fold import alternation, fold
from ..parse.numbers import garbled_numbers, parse_number
from ..parse.targets import Target, parse_target
from ..parse.units import lookup_unit
from ..rules import table as rules
from ..rules import targets as target_rules

_FALL_NOUN = re.compile(rf"(?:{alternation(rules.LABEL_FALL_NOUNS)})(?![^\W\d_])")
_LEVEL_END = re.compile(rf"(?<![^\W\d_])(?:{alternation(target_rules.LEVEL_WORDS)})\s*:?$")
_STATUS_SHARE = re.compile(
    rf"(?<![^\W\d_])(?:{alternation(rules.STATUS_SHARE_WORDS)})\s+[0-9][0-9.,]*\s*%", re.IGNORECASE
)
_VERBS = "|".join(rules.CELL_VERBS)
ACTUAL = re.compile(
    rf"^(?:(?P<verb>{_VERBS}|đạt)\s+)?(?P<sign>[-−])?(?P<n>[0-9][0-9.,]*)\s*%?"
    r"(?:\s*/\s*(?P<d>[0-9][0-9.,]*))?$",
    re.IGNORECASE,
)
EMPTY_CELLS = tuple(rules.EMPTY_CELLS)


def parse_actual(
    text: str, style: str = "vi", column: str = "actual"
) -> tuple[float | None, bool, str | None]:
    """A single figure ('12,5', 'Tăng 1,5%', 'Giảm 0,37', '8/10') -> (value, printed as a
    change, flag); anything else -> (None, False, a flag naming the `column`)."""
    if not text or text.strip() in EMPTY_CELLS:
        return None, False, None
    garbled = garbled_numbers(text, style)
    if garbled:
        return None, False, f"{column} has a garbled number {garbled[0]!r}: not read"
    m = ACTUAL.match(text.strip())
    if not m:
        return None, False, f"{column} is not a single figure: {text[:50]!r}"
    try:
        value = parse_number(m.group("n"), style)
    except NumberFormatError as exc:
        return None, False, f"{column} not readable: {exc}"
    verb = fold(m.group("verb") or "")
    sign = rules.CELL_VERBS.get(verb, 1) * (-1 if m.group("sign") else 1)
    return value * sign, verb in rules.CELL_VERBS, None


def labelled_as_fall(indicator: str) -> bool:
    """Whether a row's label opens with a verb of fall ('Giảm tỷ lệ hộ nghèo'): its cells, printed
    as plain figures ('0,4 trở lên', '0,48'), are falls; not a programme ('Giảm nghèo …') nor a
    fall to a level ('… xuống còn').

    >>> [labelled_as_fall(s) for s in ("Giảm tỷ lệ trẻ suy dinh dưỡng", "Giảm nghèo: tỷ lệ hộ "
    ...  "nghèo", "Giảm tỷ lệ sinh con thứ 3 xuống còn")]
    [True, False, False]
    """
    label = " ".join(fold(indicator).split())
    words = label.split()
    opens = bool(words) and words[0] in rules.LABEL_FALL_WORDS
    return opens and not _FALL_NOUN.match(label) and not _LEVEL_END.search(label)


def printed_as_change(text: str) -> bool:
    """Whether a cell opens with a verb of change or a sign ('Tăng 5%', 'Giảm 0,3', '-0,3')."""
    words = fold(text.strip()).split()
    return bool(words) and (words[0] in rules.CELL_VERBS or words[0][:1] in "-+−")


def parse_target_cell(
    text: str, context: str = "", style: str = "vi"
) -> tuple[Target | None, str | None]:
    """A target cell ('4-5', 'Dưới 0,5', 'Giảm 0,3') -> Target; unreadable -> None and a flag."""
    if not text or text.strip() in EMPTY_CELLS:
        return None, None
    garbled = garbled_numbers(text, style)
    if garbled:
        return None, f"target has a garbled number {garbled[0]!r}: not read"
    try:
        return parse_target(text, context, style), None
    except NumberFormatError as exc:
        return None, f"target not readable: {exc}"


def in_row_unit(
    target: Target | None, unit: str, indicator: str
) -> tuple[Target | None, str | None]:
    """A target whose cell prints its own unit ('150,5 - 151,5 triệu đồng'), in the row's unit
    like the actual; one in a unit of another kind is not read."""
    if target is None or not target.unit:
        return target, None
    try:
        row_unit = lookup_unit(unit, context=indicator)
    except NumberFormatError:
        row_unit = None
    if row_unit is None or row_unit.canonical != target.unit:
        return None, f"target printed in another unit than the row's: {target.text!r}"
    return target.scaled(1 / row_unit.factor), None


def status_share(status: str, style: str = "vi") -> tuple[float | None, str | None]:
    """The share of the plan a status cell prints ('Đạt 95%', 'Hoàn thành 102%'), and a flag;
    (None, None) for a status that prints none ('Đạt', 'Không đạt')."""
    if not _STATUS_SHARE.search(fold(status)):
        return None, None
    return parse_actual(status.split()[-1], style, "ratio")[::2]
