"""Vietnamese numbers, units and plan targets, read from tables of words and patterns.

Numbers: '.' groups thousands, ',' marks decimals ('1.234,5' = 1234.5). Canonical units:
money in billion VND (`billion_vnd`, the report's tỷ đồng: triệu ×0.001, đồng ×1e-9), yields in
tonnes per ha (`t_per_ha`: tạ/ha ×0.1), energy in million kWh (`million_kwh`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import InvalidOperation
from functools import lru_cache

from babel.numbers import NumberFormatError as BabelNumberFormatError
from babel.numbers import parse_decimal

from ..errors import NumberFormatError

# One number: '.'-grouped thousands or a plain run of digits, then optional ',' decimals. Never
# part of a word or of a longer or garbled number ('66.12', '1,2,3', '12,,5', 'A1', '12A1'); a
# full stop after it, a glued unit ('25,2ha') and a footnote marker ('2023¹⁶') are left outside.
NUMBER_PATTERN = (
    r"(?<!\w)(?<![0-9.,][.,])"
    r"(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?"
    r"(?![.,]?[0-9]|[^\W_]+[0-9])"
)
_NUMBER = re.compile(NUMBER_PATTERN)
# Anything a number may look like when garbled: a maximal run of digits joined by '.' and ','
# ('1.2.3,4', '12,,5', '0.123'); `garbled_numbers` keeps the runs that are not numbers.
NUMBER_LIKE_PATTERN = r"(?<![\w.,])[0-9](?:[0-9.,]*[0-9])?"
_NUMBER_LIKE = re.compile(NUMBER_LIKE_PATTERN)

# Old-style tone placement -> the spelling used in the tables.
SPELLINGS: tuple[tuple[str, str], ...] = (("uỷ", "ủy"),)


@dataclass(frozen=True)
class Unit:
    """A printed unit (lower-cased) and its canonical unit: canonical value = printed × factor."""

    raw: str
    canonical: str
    factor: float
    kind: str
    label_en: str
    typo: str = ""


_T_HA_TYPO = "printed 't/ha' where the context means tạ/ha (quintals per ha)"
_KW_TYPO = "printed 'KW' (power) where the context means kWh (energy)"
_PER_HEAD = "million VND per person per year"
_PER_HA = "million VND per ha per year"

# Counts: (printed unit, canonical unit); each is a Unit of kind 'count' with factor 1.
_COUNTS: tuple[tuple[str, str], ...] = (
    ("hộ", "households"),
    ("hồ sơ", "dossiers"),
    ("hs", "dossiers"),
    ("đơn", "petitions"),
    ("vụ", "cases"),
    ("vụ việc", "cases"),
    ("vụ án", "cases"),
    ("lượt", "visits"),
    ("lượt người", "person_visits"),
    ("lượt khách", "visitor_arrivals"),
    ("người", "people"),
    ("lao động", "workers"),
    ("đảng viên", "party_members"),
    ("tổ chức đảng", "party_organisations"),
    ("lượt tổ chức đảng", "party_organisation_visits"),
    ("cấp ủy viên", "committee_members"),
    ("gcn", "certificates"),
    ("xã", "communes"),
    ("trường", "schools"),
    ("cơ sở", "establishments"),
    ("suất", "packages"),
    ("liều", "doses"),
    ("trường hợp", "instances"),
    ("đối tượng", "individuals"),
    ("tài khoản", "accounts"),
    ("văn bản", "documents"),
    ("chỉ tiêu", "indicators"),
    ("cán bộ", "officials"),
    ("cơ quan", "agencies"),
    ("ngày công", "workdays"),
    ("tổ chức", "organisations"),
    ("dự án", "projects"),
    ("giấy phép", "permits"),
    ("htx", "cooperatives"),
    ("cuộc", "sessions"),
    ("đơn vị", "units"),
    ("kết luận", "conclusions"),
    ("ca", "shifts"),
    ("sản phẩm", "products"),
    ("sao", "stars"),
    ("công dân", "citizens"),
    ("lượt bài", "posts"),
    ("mô hình", "models"),
)

UNITS: tuple[Unit, ...] = (
    Unit("tỷ đồng", "billion_vnd", 1.0, "money", "billion VND"),
    Unit("triệu đồng", "billion_vnd", 1e-3, "money", "billion VND"),
    Unit("tr.đồng", "billion_vnd", 1e-3, "money", "billion VND"),
    Unit("tr.đ", "billion_vnd", 1e-3, "money", "billion VND"),
    Unit("đồng", "billion_vnd", 1e-9, "money", "billion VND"),
    Unit("triệu đồng/người/năm", "million_vnd_per_person_year", 1.0, "money_rate", _PER_HEAD),
    Unit("tr.đồng/người/năm", "million_vnd_per_person_year", 1.0, "money_rate", _PER_HEAD),
    Unit("triệu đồng/ha/năm", "million_vnd_per_ha_year", 1.0, "money_rate", _PER_HA),
    Unit("tr.đồng/ha/năm", "million_vnd_per_ha_year", 1.0, "money_rate", _PER_HA),
    Unit("tấn/ha", "t_per_ha", 1.0, "yield", "tonnes per ha"),
    Unit("tạ/ha", "t_per_ha", 0.1, "yield", "tonnes per ha"),
    Unit("t/ha", "t_per_ha", 0.1, "yield", "tonnes per ha", typo=_T_HA_TYPO),
    Unit("ha", "ha", 1.0, "area", "hectares"),
    Unit("m²", "m2", 1.0, "area", "square metres"),
    Unit("m2", "m2", 1.0, "area", "square metres"),
    Unit("tấn", "t", 1.0, "mass", "tonnes"),
    Unit("kg", "t", 1e-3, "mass", "tonnes"),
    Unit("%", "pct", 1.0, "share", "percent"),
    Unit("triệu kwh", "million_kwh", 1.0, "energy", "million kWh"),
    Unit("kwh", "million_kwh", 1e-6, "energy", "million kWh"),
    Unit("triệu kw", "million_kwh", 1.0, "energy", "million kWh", typo=_KW_TYPO),
    Unit("kw", "million_kwh", 1e-6, "energy", "million kWh", typo=_KW_TYPO),
    *(Unit(raw, name, 1.0, "count", name.replace("_", " ")) for raw, name in _COUNTS),
)

# A money unit printed without its rate, read as a rate when the context (a label) says so:
# (context pattern, printed units, unit meant).
CONTEXT_UNITS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (r"/\s*ha\b", ("triệu đồng", "tr.đồng", "tr.đ"), "triệu đồng/ha/năm"),
)

# Words before a number that bound the target: '>' / '>=' low end, '<' / '<=' high end, '~' about.
# The longest key that matches wins, so 'không dưới' (>=) beats 'dưới' (<) and 'thấp hơn' (<) 'hơn'.
BOUND_WORDS: dict[str, str] = {
    ">=": ">=", "≥": ">=", "tối thiểu": ">=", "ít nhất": ">=", "không dưới": ">=",
    "không thấp hơn": ">=", "không nhỏ hơn": ">=", "không ít hơn": ">=",
    "bằng hoặc cao hơn": ">=", "bằng hoặc lớn hơn": ">=", "bằng hoặc hơn": ">=",
    "lớn hơn hoặc bằng": ">=", "cao hơn hoặc bằng": ">=", "=>": ">=", "> =": ">=",
    ">": ">", "trên": ">", "hơn": ">", "cao hơn": ">", "lớn hơn": ">", "nhiều hơn": ">",
    "<=": "<=", "≤": "<=", "không quá": "<=", "tối đa": "<=", "không vượt quá": "<=",
    "không vượt": "<=", "không cao hơn": "<=", "không lớn hơn": "<=", "không hơn": "<=",
    "không nhiều hơn": "<=", "bằng hoặc thấp hơn": "<=", "bằng hoặc nhỏ hơn": "<=",
    "bằng hoặc dưới": "<=", "nhỏ hơn hoặc bằng": "<=", "thấp hơn hoặc bằng": "<=", "=<": "<=",
    "< =": "<=",
    "<": "<", "dưới": "<", "thấp hơn": "<", "nhỏ hơn": "<", "ít hơn": "<", "chưa đến": "<",
    "chưa tới": "<", "không đến": "<", "không tới": "<",
    "khoảng": "~", "xấp xỉ": "~", "trên dưới": "~", "khoảng chừng": "~", "chừng": "~", "gần": "~",
}  # fmt: skip
# Words after a number (and up to four unit words) that bound it.
SUFFIX_WORDS: dict[str, str] = {
    "trở lên": ">=", "hoặc hơn": ">=", "hoặc cao hơn": ">=", "hoặc nhiều hơn": ">=",
    "trở xuống": "<=", "trở lại": "<=", "hoặc thấp hơn": "<=", "hoặc ít hơn": "<=",
}  # fmt: skip
# Phrases that state a value without a figure.
PHRASES: dict[str, float] = {"không còn": 0.0}

_YEAR = r"(?:1[0-9]|20)[0-9]{2}(?![0-9])"
# Numbers that are not targets, blanked before targets are read: (what, pattern).
MASKS: tuple[tuple[str, str], ...] = (
    ("item label '(1).'", r"^[\s\-–—+*•]*\(\s*[0-9]{1,3}\s*\)"),
    ("year or year range", rf"(?<![^\W\d_])(?:năm(?:\s+học)?|giai\s+đoạn|nhiệm\s+kỳ)\s*\(?\s*"
                           rf"{_YEAR}(?:\s*[-–—]\s*{_YEAR})?\s*\)?"),
    ("date", rf"(?<![0-9])[0-9]{{1,2}}/[0-9]{{1,2}}/{_YEAR}"),
    ("age", r"(?<![0-9.,])[0-9]+\s*tuổi(?![^\W\d_])"),
)  # fmt: skip
_MASK_CHAR = "\x00"
_BOUND_OF = BOUND_WORDS | SUFFIX_WORDS


def _fold(s: str) -> str:
    """NFC, lower case, table spelling, single spaces, no space around '/' or after '.'."""
    s = unicodedata.normalize("NFC", s).lower()
    for old, new in SPELLINGS:
        s = s.replace(old, new)
    s = re.sub(r"\s*/\s*", "/", re.sub(r"\.\s+", ".", s))
    return " ".join(s.split())


def _words(key: str) -> str:
    """Regex for a folded table key as printed: any spacing, either tone placement."""
    out = re.escape(key)
    for old, new in SPELLINGS:
        out = out.replace(new, f"(?:{new}|{old})")
    return out.replace(r"\ ", r"\s+").replace("/", r"\s*/\s*").replace(r"\.", r"\.\s*")


def _alt(keys: Iterable[str]) -> str:
    """Regex alternation of table keys, longest first."""
    return "|".join(_words(k) for k in sorted(keys, key=len, reverse=True))


_PRINTED = {_fold(u.raw): u for u in UNITS}
# A canonical name is also its own unit (factor 1), so lookup_unit(unit.canonical) works.
_UNIT_OF = {u.canonical: Unit(u.canonical, u.canonical, 1.0, u.kind, u.label_en) for u in UNITS}
_UNIT_OF |= _PRINTED
_UNIT_AFTER = re.compile(rf"\s*({_alt(_PRINTED)})(?![^\W\d_])", re.IGNORECASE)
_MASK = re.compile("|".join(f"(?:{p})" for _, p in MASKS), re.IGNORECASE | re.MULTILINE)
_N = NUMBER_PATTERN
# What may stand between a bound word and its number: 'tối thiểu là 90', 'trên: 4', 'dưới mức 5'.
_LINK = r"(?:(?:là|bằng|ở\s+mức|mức|:)\s*)?"
# Between the two ends of a range: a dash, '÷' or '~', or the words 'đến' / 'tới'.
_RANGE_SEP = r"(?:\s*[-–—÷~]\s*|\s+(?:đến|tới)\s+)"
# The characters a target can start with (a phrase, a bound word, 'từ', a digit): tested first,
# they spare the engine the whole pattern at most positions.
_TARGET_FIRST = "".join(sorted({w[0] for w in (*PHRASES, *BOUND_WORDS, "từ")} | set("0123456789")))
_TARGET = re.compile(
    rf"(?=[{re.escape(_TARGET_FIRST)}])"
    rf"(?<![^\W\d_])(?:(?P<phrase>{_alt(PHRASES)})"
    rf"|(?:(?P<bound>{_alt(BOUND_WORDS)})\s*{_LINK})?(?P<nums>"
    rf"(?:từ\s+)?(?P<a>{_N})(?:\s*(?P<pa>%))?{_RANGE_SEP}(?P<b>{_N})(?:\s*(?P<pb>%))?"
    rf"|(?P<num>{_N})\s*/\s*(?P<den>{_N})"
    rf"|(?P<n>{_N})(?:\s*(?P<pn>%))?)"
    rf"(?:(?:\s*[^\W\d_]+(?:[./][^\W\d_]+)*){{0,4}}?\s*(?P<suffix>{_alt(SUFFIX_WORDS)}))?)",
    re.IGNORECASE,
)


_BOUND_BEFORE = re.compile(rf"(?<![^\W\d_])({_alt(BOUND_WORDS)})\s*\Z", re.IGNORECASE)
BOUND_MEANING = {
    ">": "more than", ">=": "at least", "<": "less than", "<=": "at most", "~": "about",
}  # fmt: skip


def bound_before(text: str, at: int) -> tuple[str, str] | None:
    """The bound word printed just before the number at `at` and what it means:
    'trên 4.000' -> ('trên', 'more than'); None when the number stands alone."""
    m = _BOUND_BEFORE.search(text, max(0, at - 24), at)
    return (m.group(1), BOUND_MEANING[BOUND_WORDS[_fold(m.group(1))]]) if m else None


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float:
    """A Vietnamese-formatted number ('1.234,5', '07', '-3,5%') as a float.

    Cached: Babel's parser is slow and a report repeats its figures (footnotes, appendix, audit).
    """
    s = text.strip().removesuffix("%").rstrip()
    sign, digits = (s[0], s[1:]) if s[:1] in ("-", "+") else ("", s)
    # Babel's strict mode still takes ',5', '5,', '1e5', '1_000', 'NaN' and non-ASCII digits.
    if not _NUMBER.fullmatch(digits):
        raise NumberFormatError(f"not a Vietnamese-formatted number: {text!r}")
    try:
        value = float(parse_decimal(digits, locale="vi", strict=True))
    except (BabelNumberFormatError, InvalidOperation) as exc:
        raise NumberFormatError(f"not a Vietnamese-formatted number: {text!r} ({exc})") from exc
    if not math.isfinite(value):
        raise NumberFormatError(f"number too large to read: {text[:40]!r}")
    return -value if sign == "-" else value


def is_number(text: str) -> bool:
    """Whether `parse_number` reads the text."""
    try:
        parse_number(text)
    except NumberFormatError:
        return False
    return True


def garbled_numbers(text: str) -> list[str]:
    """Runs of digits, '.' and ',' that are not Vietnamese numbers ('1.2.3,4', '12,,5'), in order.

    For cells and target lines: prose also holds section numbers ('2.1') and '4.0'."""
    return [m.group() for m in _NUMBER_LIKE.finditer(text) if not is_number(m.group())]


@lru_cache(maxsize=1024)
def lookup_unit(raw: str, context: str = "") -> Unit:
    """The Unit printed as `raw` (any case or spacing) or named by its canonical name.

    `context` (e.g. the indicator's label) may turn a money unit into a rate ('/ha' -> per ha).
    Cached (units are immutable); an unknown unit raises every time.
    """
    key = _fold(raw)
    for pattern, printed, meant in CONTEXT_UNITS:
        if key in printed and re.search(pattern, context, re.IGNORECASE):
            key = meant
    try:
        return _UNIT_OF[key]
    except KeyError:
        raise NumberFormatError(f"unknown unit {raw!r}") from None


def to_canonical(value: float, raw_unit: str, context: str = "") -> tuple[float, str]:
    """(value in the canonical unit, canonical unit name)."""
    unit = lookup_unit(raw_unit, context)
    return value * unit.factor, unit.canonical


@dataclass(frozen=True)
class Target:
    """A target as an interval; None is an open end, and an open end is never inclusive.

    Values are in `unit`, the canonical unit of the unit printed after the figures ('' if none):
    printed × factor. `text` is the target expression, a unit after the figures left out.
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


def _target(m: re.Match[str], masked: str, text: str, context: str = "") -> Target:
    """The Target of one match of _TARGET in the masked text."""
    g = m.groupdict()
    kinds = {_BOUND_OF[_fold(w)] for w in (g["bound"], g["suffix"]) if w}
    bounds = kinds - {"~"}
    if len(bounds) > 1 or (bounds and g["a"]):
        raise NumberFormatError(f"conflicting bounds in target {m.group()!r}")
    if g["phrase"]:
        low = high = PHRASES[_fold(g["phrase"])]
    elif g["a"]:
        low, high = parse_number(g["a"]), parse_number(g["b"])
        if low > high:
            raise NumberFormatError(f"range runs backwards in target {m.group()!r}")
    else:
        low = high = parse_number(g["num"] or g["n"])
    if g["pa"] or g["pb"] or g["pn"]:
        unit: Unit | None = lookup_unit("%")
    else:
        after = _UNIT_AFTER.match(masked, m.end("nums") if g["nums"] else m.end("phrase"))
        unit = lookup_unit(after.group(1), context) if after else None
    factor = unit.factor if unit else 1.0
    (bound,) = bounds or {"="}
    low_inclusive = high_inclusive = True
    if bound in (">", ">="):
        high, high_inclusive, low_inclusive = None, False, bound == ">="
    if bound in ("<", "<="):
        low, low_inclusive, high_inclusive = None, False, bound == "<="
    return Target(
        low=None if low is None else low * factor,
        high=None if high is None else high * factor,
        low_inclusive=low_inclusive,
        high_inclusive=high_inclusive,
        approx="~" in kinds,
        denominator=parse_number(g["den"]) * factor if g["den"] else None,
        unit=unit.canonical if unit else "",
        text=text[m.start() : m.end()],
    )


@dataclass(frozen=True)
class Unreadable:
    """A passage where a target is written but cannot be read: a garbled number ('12,,5') or a
    contradictory target ('15-14', 'trên 3 - 4')."""

    problem: str


# What may stand between a target and a garbled number that belongs to it ('14-15,,5').
_JOINED = re.compile(r"\s*(?:[-–—÷~/]|đến|tới)?\s*\Z", re.IGNORECASE)


def _touches(text: str, span: tuple[int, int], garbled: tuple[int, int]) -> bool:
    """Whether a garbled number is joined to the target at `span` (by a dash, '/', 'đến' …)."""
    (start, end), (a, b) = span, garbled
    gap = text[end:a] if a >= end else text[b:start] if b <= start else None
    return gap is not None and bool(_JOINED.match(gap))


def scan_targets(text: str, context: str = "") -> list[tuple[int, int, Target | Unreadable]]:
    """Every target of an (NFC) text, left to right, read or not: (start, end, Target or
    Unreadable). Years, dates, ages and item labels are skipped; a garbled number is never read in
    part, and a target joined to one is Unreadable with it."""
    masked = _MASK.sub(lambda m: _MASK_CHAR * len(m.group()), text)
    garbled = [m.span() for m in _NUMBER_LIKE.finditer(masked) if not is_number(m.group())]
    for a, b in garbled:
        masked = masked[:a] + _MASK_CHAR * (b - a) + masked[b:]
    matches = list(_TARGET.finditer(masked))
    found: list[tuple[int, int, Target | Unreadable]] = []
    for m in matches:
        if any(_touches(text, m.span(), g) for g in garbled):
            continue  # reported with the garbled number, below
        try:
            found.append((*m.span(), _target(m, masked, text, context)))
        except NumberFormatError as exc:
            found.append((*m.span(), Unreadable(str(exc))))
    for g in garbled:
        spans = [g, *(m.span() for m in matches if _touches(text, m.span(), g))]
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        found.append((start, end, Unreadable(f"garbled number {text[g[0] : g[1]]!r}")))
    return sorted(found, key=lambda item: (item[0], item[1]))


def find_targets(text: str) -> list[tuple[int, int, Target]]:
    """Every target of an (NFC) sentence, left to right: (start, end, Target); years are skipped.
    A garbled number or a contradictory target raises NumberFormatError."""
    found = []
    for start, end, target in scan_targets(text):
        if isinstance(target, Unreadable):
            raise NumberFormatError(f"{target.problem} in {text!r}")
        found.append((start, end, target))
    return found


def parse_target(text: str, context: str = "") -> Target:
    """The one target written in `text` ('14-15', 'dưới 0,5', '13 tấn/ha trở lên', '27/30'); no
    target, several, or a garbled number anywhere in the text raise NumberFormatError. `context`
    (the indicator's label) reads a unit as `lookup_unit` does."""
    text = unicodedata.normalize("NFC", text)
    found = scan_targets(text, context)
    problems = [t.problem for _, _, t in found if isinstance(t, Unreadable)]
    if problems:
        where = "" if repr(text) in problems[0] else f" in {text!r}"
        raise NumberFormatError(problems[0] + where)
    if not found:
        raise NumberFormatError(f"no target in {text!r}")
    if len(found) > 1:  # '14 15', '14% 15%': which one is meant is not written
        raise NumberFormatError(f"{len(found)} targets where one was expected in {text!r}")
    return found[0][2]
