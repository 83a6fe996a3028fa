"""A prose figure's period and the base printed with it, read from the text around it.

>>> _sentence_lead("Đối với 7 xã năm 2030-2031: 5 xã đạt chuẩn.", 20)
'Đối với 7 xã năm 2030-2031'
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..parse.fold import fold
from ..read.document import Document
from ..read.footnotes import Segment
from .clauses import prior_head, sentence_start
from .grammar import base_of
from .prose import Figure

_YEAR_PHRASE = re.compile(
    r"(?<!đến )năm(?:\s+học)?\s+((?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)"
)  # not a horizon ('tầm nhìn đến năm 2030')
# A sentence opening with its time and a comma ('Năm học 2030-2031, tỷ lệ … ; tỷ lệ …'): every
# figure of the sentence is of it.
_TIME_LEAD = re.compile(
    r"\s*(?:trong\s+)?năm(?:\s+học)?\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,"
)
_BRACKETS = re.compile(r"\([^()]*\)|“[^“”]*”?")  # nor a year inside brackets or a title


def period_of(fig: Figure, seg: Segment, doc: Document, head: str) -> str:
    """The year a figure is of: the next year in part two, the year before for last year's
    figure, a year its head or its sentence's lead names, else the report's year."""
    ident = doc.identity
    if seg.part == 2 and ident.next_year:
        return str(ident.next_year)
    m = fig.mention
    if (m.prior_period or prior_head(head)) and ident.year:
        return str(ident.year - 1)
    sentence = (_sentence_lead(seg.text, m.start), _time_lead(seg.text, m.start))
    for text in (head, *sentence, _sentence_lead(seg.text, 0)):
        named = year_named(text)
        if named:
            return named
    return str(ident.year) if ident.year else ""


@lru_cache(maxsize=4096)
def year_named(text: str) -> str:
    """The year (or span of years) a phrase names outside brackets, or ''.

    >>> year_named("Năm học 2030 - 2031 (giá so sánh năm 2015)"), year_named("đến năm 2030")
    ('2030-2031', '')
    """
    found = _YEAR_PHRASE.search(_BRACKETS.sub(" ", fold(text)))  # not '(giá so sánh năm 2015)'
    return re.sub(r"\s*[-–]\s*", "-", found.group(1)) if found else ""


def base_text_of(fig: Figure, before: Figure | None) -> str:
    """The base printed with a figure; last year's figure printed right after this year's, with
    no base of its own, has that figure's ('bằng 98,5% dự toán (cùng kỳ đạt 101,2%)')."""
    m = fig.mention
    if m.base_text or not m.prior_period or before is None or fig.anchor is None:
        return m.base_text
    printed = before.mention.base_text
    same = before.mention.cue_kind == m.cue_kind and before.mention.unit.unit == m.unit.unit
    planned = base_of(printed, None) in ("plan", "estimate")  # not a year's: it moves with it
    return printed if same and planned else m.base_text


def _sentence_lead(text: str, at: int) -> str:
    """The words before the first colon of the sentence holding `at` ('Đối với 7 xã năm
    2030-2031:'), when it has one in its first 80 characters."""
    start = sentence_start(text, at)
    colon = text.find(":", start, start + 80)
    lead = text[start:colon] if colon >= 0 else ""
    return "" if lead.count("(") > lead.count(")") else lead  # not a colon inside brackets


def _time_lead(text: str, at: int) -> str:
    """The time phrase opening the sentence holding `at` before a comma ('Năm học 2030-2031,'),
    or ''."""
    start = sentence_start(text, at)
    m = _TIME_LEAD.match(fold(text[start : start + 40]))
    return m.group() if m else ""
