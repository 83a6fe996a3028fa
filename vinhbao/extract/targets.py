"""Part two, III (MỘT SỐ CHỈ TIÊU CHỦ YẾU) -> the next year's targets, one row per target."""

from __future__ import annotations

import re
from itertools import pairwise

import pandas as pd

from ..errors import ReportFormatError
from ..parse.numbers import UNITS, Target, Unreadable, scan_targets
from ..read.document import Document, Line
from ..rules.glossary import english_label
from ..tables import frame_of

SECTION = re.compile(r"^\s*III\.\s")
ITEM = re.compile(r"^\s*(?:[-–—+•*]\s*)?\(\s*(\d+)\s*\)\.?\s*")
LEAD = re.compile(r"^[-+*(\s]+")
GROWTH_BEFORE = re.compile(r"\btăng\s*:?\s*(?:đạt\s*)?:?\s*$", re.IGNORECASE)
# A target for a fall ('Mức giảm tỷ lệ hộ nghèo: 0,46%'), not for a level.
REDUCTION_BEFORE = re.compile(r"(?<![^\W\d_])giảm(?![^\W\d_])", re.IGNORECASE)
TRIM = " \t;,.:)("
EXPECTED_TARGETS = "numbered target lines such as '(1). Tổng giá trị sản xuất tăng 14-15%'"
# Columns that may hold None: their types are set, not inferred.
INTERVAL = ("low", "high", "low_inclusive", "high_inclusive", "approx", "denominator")
DTYPES = dict.fromkeys(("low", "high", "denominator"), "float64") | dict.fromkeys(
    ("low_inclusive", "high_inclusive", "approx"), "boolean"
)
UNIT_WORDS = re.compile(
    "|".join(re.escape(u.raw) for u in sorted(UNITS, key=lambda u: -len(u.raw))) + r"(?=$|[\s;,.])",
    re.IGNORECASE,
)


def target_lines(doc: Document) -> list[Line]:
    """The lines of Part two's section III, heading excluded."""
    segments = [s for s in doc.body if s.part == 2 and s.section.endswith(" III")]
    if not segments:
        raise ReportFormatError(
            "no section of main targets for the coming year",
            line=len(doc.lines),
            expected="a heading 'III. MỘT SỐ CHỈ TIÊU CHỦ YẾU' in Part two (Phần thứ hai)",
        )
    lines = [ln for seg in segments for ln in doc.lines_in(seg)]
    lines = [ln for ln in lines if not SECTION.match(ln.text)]
    if not lines:
        raise ReportFormatError(
            "the section of main targets for the coming year is empty",
            line=segments[0].line,
            expected=EXPECTED_TARGETS,
        )
    return lines


def pieces(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a line into one piece per target: at the first ';' between two targets, else the first
    sentence end, else the first ','."""
    if not spans:
        return []
    cuts = [0]
    for (_, end), (nxt, _) in pairwise(spans):
        between = text[end:nxt]
        found = [i for i in (between.find(";"), between.find(". "), between.find(",")) if i >= 0]
        cuts.append(end + found[0] + 1 if found else nxt)
    cuts.append(len(text))
    return list(pairwise(cuts))


def describe(before: str, after: str) -> str:
    """The indicator of a target: the words before it, and after it when they are not just its
    unit or the start of another clause."""
    words = [LEAD.sub("", before).strip(TRIM)]
    tail = after.strip()
    unit = UNIT_WORDS.match(tail)
    if unit:
        tail = tail[unit.end() :].strip()
    if tail and tail[0] not in ",;:.":
        words.append(tail.strip(TRIM))
    return " ".join(" ".join(w for w in words if w).split())


def _measure(before: str) -> str:
    """What the target is for: a growth rate, a reduction, or a level."""
    if GROWTH_BEFORE.search(before):
        return "growth_pct"
    return "reduction" if REDUCTION_BEFORE.search(before) else "level"


def _interval(target: Target | Unreadable) -> dict:
    """The interval columns of a target; empty for one that cannot be read."""
    if isinstance(target, Unreadable):
        return dict.fromkeys(INTERVAL)
    return {name: getattr(target, name) for name in INTERVAL}


def _flag(target: Target | Unreadable, line: int) -> str:
    if isinstance(target, Unreadable):
        return f"line {line}: {target.problem}; kept as printed, not read"
    return ""


def build_targets(doc: Document) -> pd.DataFrame:
    """One row per target of Part two, III, with its interval and the passage it comes from."""
    records: list[dict] = []
    item, letter, item_context, first_has_target = "", 0, "", False
    lines = target_lines(doc)
    for ln in lines:
        m = ITEM.match(ln.text)
        if m:
            item, letter, item_context = m.group(1), 0, ln.text[m.end() :]
        elif not item:
            raise ReportFormatError(
                f"target line before any numbered item: {ln.text[:60]!r}",
                line=ln.number,
                expected="an item '(1). …'",
            )
        searchable = " " * m.end() + ln.text[m.end() :] if m else ln.text
        found = scan_targets(searchable)
        if m:
            first_has_target = bool(found)
        spans = [(s, e) for s, e, _ in found]
        for (s, e, target), (a, b) in zip(found, pieces(ln.text, spans), strict=True):
            if m and a == 0:
                a = m.end()
            code = item if letter == 0 and first_has_target else f"{item}.{chr(ord('a') + letter)}"
            letter += 1
            before, after = ln.text[a:s], ln.text[e:b]
            indicator = describe(before, after)
            quote_start = a + len(ln.text[a:b]) - len(ln.text[a:b].lstrip(" -;,"))
            quote_end = b - (len(ln.text[a:b]) - len(ln.text[a:b].rstrip(" ;,")))
            records.append(
                {
                    "code": code,
                    "item": int(item),
                    "indicator": indicator,
                    "indicator_en": english_label(indicator) or english_label(item_context),
                    "context": item_context.strip(TRIM) if code != item else "",
                    "measure": _measure(before),
                    "unit": getattr(target, "unit", ""),
                    "target_text": ln.text[s:e],
                    "target_start": ln.start + s,
                    **_interval(target),
                    "source": f"targets_2024 ({item})",
                    "quote": ln.text[quote_start:quote_end],
                    "start": ln.start + quote_start,
                    "end": ln.start + quote_end,
                    "line": ln.number,
                    "flags": _flag(target, ln.number),
                }
            )
    if not records:
        raise ReportFormatError(
            "no target found in the section of main targets for the coming year",
            line=lines[0].number,
            expected=EXPECTED_TARGETS,
        )
    return frame_of(records, records[0].keys(), DTYPES)
