"""Numbers as reports print them: Vietnamese style ('1.234,5') or, in some copies, English style.

The Vietnamese style groups thousands with '.' and marks decimals with ','; Babel reads it
(strict mode) where it might refuse it, Python's float the rest. A document's style is read from
the numbers that can only be one style ('12,35' or '31.407,258' are Vietnamese, '12.35' or
'1,234.5' English); a figure such as '415.863' reads either way and is read in the document's
style, or flagged where the document mixes styles.

>>> parse_number("31.407,258")
31407.258
>>> parse_number("31,407.258", style="en")
31407.258
>>> token_style("415.863"), token_style("12,35"), token_style("12.35")
('ambiguous', 'vi', 'en')
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..errors import NumberFormatError

# One Vietnamese number: '.'-grouped thousands or a plain run of digits, then optional ','
# decimals. Never part of a word or of a longer or garbled number ('66.12', '1,2,3', '12,,5',
# 'A1', '12A1'); a full stop after it, a glued unit ('25,2ha') and a footnote marker ('2031¹⁶')
# are left outside.
NUMBER_PATTERN = (
    r"(?<!\w)(?<![0-9.,][.,])"
    r"(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?"
    r"(?![.,]?[0-9]|[^\W_]+[0-9])"
)
_NUMBER = re.compile(NUMBER_PATTERN)
_NUMBER_EN = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
# Anything a number may look like when garbled: a maximal run of digits joined by '.' and ','
# ('1.2.3,4', '12,,5', '0.123'); `garbled_numbers` keeps the runs that are not numbers.
NUMBER_LIKE_PATTERN = r"(?<![\w.,])[0-9](?:[0-9.,]*[0-9])?"
_NUMBER_LIKE = re.compile(NUMBER_LIKE_PATTERN)
# Every numeric token of a text, also one glued to letters ('12A1', 'D01', '10KV'): a digit with
# no digit before it (the lookbehind after the first digit lets the search skip to digits).
TOKEN = re.compile(r"[0-9](?<![0-9]{2})(?:[0-9.,]*[0-9])?")

_VI_ONLY = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+|[0-9]+,(?:[0-9]{1,2}|[0-9]{4,})|0,[0-9]+")
_VI_GROUPS = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3}){2,}")
_EN_ONLY = re.compile(
    r"[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+|[0-9]+\.(?:[0-9]{1,2}|[0-9]{4,})|0\.[0-9]+"
)
_EN_GROUPS = re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3}){2,}")
_EITHER = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")


def token_style(token: str) -> str:
    """'plain' (digits only), 'vi' or 'en' (only one style reads it), 'ambiguous' ('1.234',
    '1,234': both do, differently) or 'garbled' (neither)."""
    if token.isdigit():
        return "plain"
    if _EITHER.fullmatch(token):
        return "ambiguous"
    if _VI_ONLY.fullmatch(token) or _VI_GROUPS.fullmatch(token):
        return "vi"
    if _EN_ONLY.fullmatch(token) or _EN_GROUPS.fullmatch(token):
        return "en"
    return "garbled"


@dataclass(frozen=True)
class NumberStyle:
    """The number style of a document: 'vi' or 'en', and how many tokens only one style reads."""

    name: str
    vi_only: int
    en_only: int

    @property
    def mixed(self) -> bool:
        return self.vi_only > 0 and self.en_only > 0


def detect_style(tokens: list[str]) -> NumberStyle:
    """The style most tokens that only one style reads are written in (Vietnamese when none)."""
    styles = [token_style(t) for t in tokens]
    vi, en = styles.count("vi"), styles.count("en")
    return NumberStyle("en" if en > vi else "vi", vi, en)


@lru_cache(maxsize=8192)
def parse_number(text: str, style: str = "vi") -> float:
    """A number as printed ('1.234,5', '07', '-3,5%') as a float, in the given style.

    Cached: a report repeats its figures.
    """
    s = text.strip().removesuffix("%").rstrip()
    sign, digits = (s[0], s[1:]) if s[:1] in ("-", "+") else ("", s)
    pattern, locale = (_NUMBER_EN, "en") if style == "en" else (_NUMBER, "vi")
    # Babel's strict mode still takes ',5', '5,', '1e5', '1_000', 'NaN' and non-ASCII digits.
    if not pattern.fullmatch(digits):
        raise NumberFormatError(f"not a {_STYLE_NAME[style]} number: {text!r}")
    value = float(_as_printed(digits, style) or _babel_decimal(text, digits, style, locale))
    if not math.isfinite(value):
        raise NumberFormatError(f"number too large to read: {text[:40]!r}")
    return -value if sign == "-" else value


_STYLE_NAME = {"vi": "Vietnamese-formatted", "en": "English-formatted"}
_MARKS = {"vi": (".", ","), "en": (",", ".")}  # the group and decimal marks of each style


def _as_printed(digits: str, style: str) -> str:
    """A number of the style's pattern as Python's float reads it ('1.234,5' -> '1234.5') where
    Babel's strict mode is sure to read it so: no group mark, or groups led by a non-zero digit
    and no more than 20 digits (beyond Babel's checks may refuse it, with their own message).
    Else '' (Babel reads it, slowly: it loads its locale data on the first call)."""
    group, mark = _MARKS[style]
    whole, _, fraction = digits.partition(mark)
    if group in whole and (whole[0] == "0" or len(digits) > 20):
        return ""
    whole = whole.replace(group, "")
    return f"{whole}.{fraction}" if fraction else whole


def _babel_decimal(text: str, digits: str, style: str, locale: str) -> Decimal:
    """Babel's strict reading of the digits, for the numbers `_as_printed` leaves to it (Babel is
    imported then: it costs a few milliseconds, and most reports never need it)."""
    from babel.numbers import NumberFormatError as BabelNumberFormatError
    from babel.numbers import parse_decimal

    try:
        return parse_decimal(digits, locale=locale, strict=True)
    except (BabelNumberFormatError, InvalidOperation) as exc:
        raise NumberFormatError(f"not a {_STYLE_NAME[style]} number: {text!r} ({exc})") from exc


def is_number(text: str, style: str = "vi") -> bool:
    """Whether `parse_number` reads the text."""
    try:
        parse_number(text, style)
    except NumberFormatError:
        return False
    return True


def garbled_numbers(text: str, style: str = "vi") -> list[str]:
    """Runs of digits, '.' and ',' that are not numbers ('1.2.3,4', '12,,5'), in order.

    For cells and target lines: prose also holds section numbers ('2.1') and '4.0'."""
    return [m.group() for m in _NUMBER_LIKE.finditer(text) if not is_number(m.group(), style)]


def decimals(printed: str, style: str = "vi") -> int:
    """Digits printed after the decimal mark: '1,23' -> 2, '1.234' -> 0 (Vietnamese style)."""
    mark = "." if style == "en" else ","
    _, _, after = printed.partition(mark)
    return len(after)
