"""The report's identity, read once from its text: issuer, number, date, year, next year.

The year is the one the report reports on: the earliest year its title names ('… nhiệm vụ năm
2031; mục tiêu … năm 2032'; not a span's first year, '5 năm 2031 - 2035'), else the year most
often written 'năm YYYY'; the next year is the latest year of the title, else the year after.
The title is the block above the first heading, preamble ('Căn cứ …') or line of prose.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from itertools import dropwhile, takewhile

from ..rules import identity as rules
from .sections import opens_next_year

NUMBER = re.compile(
    r"(?:Báo\s+cáo|BÁO\s+CÁO|Số|SỐ)\s*(?:số)?\s*[:.]?\s*([0-9]{1,5}\s*[-/]\s*[A-ZĐ]{2,6}"
    r"(?:\s*[-/]\s*[A-ZĐ]{2,8})*)"
)
DATE_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
DATE_SLASH = re.compile(r"ngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", re.IGNORECASE)
YEAR_WORD = re.compile(r"(?:năm|Năm|NĂM)\s+((?:19|20)\d{2})(?!\d)")
PLACE = re.compile(r"(?:huyện|Huyện)\s+([^\W\d_]+(?: [^\W\d_]+){0,2})")
_TITLE_LINES = 25
_HEADING = re.compile(r"^\s*(?:[IVX]+|\d+)\.\s")
_STOP = re.compile(rf"^\s*(?i:{'|'.join(map(re.escape, rules.TITLE_STOPS))})(?![^\W\d_])")
_NOT_NAME = {w for p in rules.PLACE_WORDS for w in p.split()} | {"*", "-", "–"}
COLUMNS = re.compile(r"\t+|\s{3,}")  # the columns of a title line pasted from a two-column header
# a span of years, not after a digit (the lookbehind after '19'/'20' lets the search skip to them)
SPAN = re.compile(r"(?:19|20)(?<!\d{3})\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?!\d)")


@dataclass(frozen=True)
class Identity:
    """Who issued the report, its number and date (ISO), the year it reports on and the next."""

    issuer: str
    number: str
    date: str
    year: int | None
    next_year: int | None
    place: str
    next_year_only: bool = False  # the title names only the next year (a plan, a resolution)

    def row(self) -> dict:
        return asdict(self)

    @property
    def label(self) -> str:
        """'Huyện ủy Tân Phú Hạ · 215-BC/HU · 2031' (the parts that are known)."""
        parts = (self.issuer, self.number, str(self.year) if self.year else "")
        return " · ".join(p for p in parts if p) or "report"


def _title(text: str) -> str:
    """The first lines of the text, before its first numbered or Roman heading, a preamble
    ('Căn cứ …', 'QUYẾT NGHỊ:', 'Điều 1.') or a line of prose."""
    lines = [ln for ln in text.split("\n") if ln.strip()][:_TITLE_LINES]
    out = []
    for ln in lines:
        if _HEADING.match(ln) or _STOP.match(ln) or _prose(ln):
            break
        out.append(ln)
    return "\n".join(out)


def _prose(line: str) -> bool:
    """A line of prose, not of a title block: long, or a sentence ending in '.'."""
    text = line.strip()
    sentence = text.endswith(".") and len(text.split()) >= rules.TITLE_SENTENCE
    return len(text) > rules.TITLE_PROSE or sentence


def _date(text: str) -> re.Match[str] | None:
    return DATE_WORDS.search(text) or DATE_SLASH.search(text)


def _years(text: str) -> list[int]:
    """The years written 'năm YYYY', not those opening a span ('5 năm <year> - <year + 4>')."""
    return [int(m.group(1)) for m in YEAR_WORD.finditer(SPAN.sub(" ", text))]


def _issuer(number: str, title: str) -> str:
    """The issuer named by the number's suffix ('…/HU'), else by the words above the title."""
    for part in reversed(re.split(r"[-/]", number)):
        if part in rules.NUMBER_SUFFIXES:
            return rules.NUMBER_SUFFIXES[part]
    low = title.lower()
    found = [(len(w), name) for w, name in rules.ISSUER_WORDS.items() if w in low]
    return max(found)[1] if found else ""


def _place_in_title(title: str) -> str:
    """The most local unit named in the capitalised lines above the title: 'HUYỆN ĐÔNG LÂM'
    -> 'Đông Lâm'; 'ĐẢNG BỘ HUYỆN ĐÔNG LÂM' then 'ĐẢNG ỦY XÃ TÂN HÒA' -> 'Tân Hòa'."""
    found: list[tuple[int, int, str]] = []  # (-rank, line, name)
    for n, line in enumerate(title.split("\n")):
        for column in COLUMNS.split(line):  # 'UBND HUYỆN X<tab>CỘNG HÒA …': two columns
            if column.isupper():
                found += [(-rank, n, name) for rank, name in _places(column.split())]
    return min(found)[2] if found else ""


def _places(words: list[str]) -> list[tuple[int, str]]:
    """(rank, name) of each unit word of a line followed by a name ('THỊ XÃ KINH MÔN')."""
    out = []
    for k in range(len(words)):
        for size in (2, 1):
            unit = " ".join(words[k : k + size]).lower()
            if unit not in rules.PLACE_WORDS:
                continue
            if " ".join(words[k : k + size + 1]).lower() in rules.NOT_PLACES:
                break
            rest = list(dropwhile(lambda w: w.lower() in rules.NOT_PLACE_WORDS, words[k + size :]))
            name = list(takewhile(lambda w: w.lower() not in _NOT_NAME, rest))  # 'HUYỆN ỦY X'
            if name:
                out.append((rules.PLACE_WORDS[unit], " ".join(w.capitalize() for w in name)))
            break
    return out


def _most_named_place(text: str) -> str:
    """The place most often written 'huyện <Name>' in the text."""
    places = Counter(filter(None, (_proper_name(m.group(1)) for m in PLACE.finditer(text))))
    return places.most_common(1)[0][0] if places else ""


def _proper_name(words: str) -> str:
    """The leading capitalised words ('Tân Phú' of 'Tân Phú tổ chức')."""
    out = []
    for word in words.split():
        if not word[0].isupper() or word.isupper():
            break
        out.append(word)
    return " ".join(out)


def read_identity(text: str) -> Identity:
    """The identity of a report text ('' or None where the text does not say)."""
    number = NUMBER.search(text)
    number_text = re.sub(r"\s+", "", number.group(1)) if number else ""
    title = _title(text)
    date = _date(title) or _date(text)  # the title's date first
    title_years = _years(title)
    counted = Counter(_years(text))
    year = min(title_years) if title_years else (counted.most_common(1)[0][0] if counted else None)
    if year is None and date:
        year = int(date.group(3))
    later = [y for y in title_years if year and y > year]
    next_year = min(later) if later else (year + 1 if year else None)
    place = _place_in_title(title) or _most_named_place(text)
    issuer = " ".join(x for x in (_issuer(number_text, title), place) if x)
    return Identity(
        issuer=issuer,
        number=number_text,
        date=f"{date.group(3)}-{int(date.group(2)):02d}-{int(date.group(1)):02d}" if date else "",
        year=year,
        next_year=next_year,
        place=place,
        next_year_only=opens_next_year(title, next_year),
    )
