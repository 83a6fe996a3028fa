"""Pattern table -> facts: one row per figure, with its source, verbatim quote and offsets.

A pattern is a phrase of the report with number slots, `{measure|unit}` or
`{subject:measure|unit}`; a space matches any run of
white space, ` ~ ` a short gap inside the clause. Another year's phrasing means new rows in
`vinhbao/patterns/`, not new code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..errors import NumberFormatError
from ..parse.numbers import (
    NUMBER_LIKE_PATTERN,
    NUMBER_PATTERN,
    bound_before,
    is_number,
    lookup_unit,
    parse_number,
)
from ..read.document import Document, Segment
from ..tables import frame_of, records

SLOT = re.compile(r"\{(?:(?P<subject>\w+):)?(?P<measure>\w+)\|(?P<unit>[^}]*)\}")
_NUMBER = re.compile(NUMBER_PATTERN)
GAP = " ~ "
GAP_RE = r"[^.;]{0,120}?"

# Misprints of the report kept as printed: a passage holding one flags the facts quoting it.
TEXT_TYPOS: tuple[tuple[str, str], ...] = (
    ("đình chính", "printed 'đình chính' for 'đính chính' (corrected)"),
    ("kiếu nại", "printed 'kiếu nại' for 'khiếu nại' (complaint)"),
)

MISS_COLUMNS = ("topic", "subject", "source", "template", "garbled")
FACT_COLUMNS = (
    "topic",
    "subject",
    "measure",
    "value",
    "unit",
    "value_printed",
    "unit_printed",
    "period",
    "label_vi",
    "label_en",
    "source",
    "quote",
    "start",
    "end",
    "number_start",
    "number_end",
    "flags",
)


@dataclass(frozen=True)
class Pattern:
    """One phrase of the report with number slots; `where` is 'footnote N' or 'body <section>'."""

    topic: str
    subject: str
    where: str
    template: str
    label_vi: str
    label_en: str
    period: str = "2023"

    def regex(self) -> re.Pattern[str]:
        """The template as a compiled regex, slot k a named group `s<k>` (compiled once)."""
        return template_regex(self.template)

    def slots(self) -> list[tuple[str, str, str]]:
        """(subject, measure, unit) per slot; a slot may name its own subject."""
        return [
            (subject or self.subject, measure, unit)
            for subject, measure, unit in template_slots(self.template)
        ]


@lru_cache(maxsize=1024)
def template_regex(template: str, number: str = NUMBER_PATTERN) -> re.Pattern[str]:
    """A pattern's template -> regex: literal words (any white space between them), number slots
    as groups `s0`, `s1` … matching `number`, ` ~ ` a short gap within the clause."""
    parts, pos = [], 0
    for k, m in enumerate(SLOT.finditer(template)):
        parts.append(_literal(template[pos : m.start()]))
        parts.append(f"(?P<s{k}>{number})")
        pos = m.end()
    parts.append(_literal(template[pos:]))
    return re.compile("".join(parts), re.IGNORECASE)


@lru_cache(maxsize=1024)
def template_slots(template: str) -> tuple[tuple[str, str, str], ...]:
    """(subject or '', measure, unit) of each slot of a template."""
    return tuple(
        (m.group("subject") or "", m.group("measure"), m.group("unit"))
        for m in SLOT.finditer(template)
    )


def _literal(s: str) -> str:
    out = []
    for k, chunk in enumerate(s.split(GAP)):
        if k:
            out.append(GAP_RE)
        out.append(r"\s+".join(re.escape(w) for w in chunk.split(" ")).replace(r"\s+\s+", r"\s+"))
    return "".join(out)


def _where_key(where: str) -> str:
    kind, _, key = where.partition(" ")
    return f"footnote {key}" if kind == "footnote" else f"body {key}"


def _segments_by_where(doc: Document) -> dict[str, list[Segment]]:
    """'footnote N' / 'body <section>' -> the segments there, in order (one pass over the
    document instead of one per pattern)."""
    out: dict[str, list[Segment]] = {}
    for fn in doc.footnotes:
        out.setdefault(f"footnote {fn.number}", []).append(fn)
    for seg in doc.body:
        out.setdefault(f"body {seg.section}", []).append(seg)
    return out


def _quote_span(seg: Segment, a: int, b: int, at: int) -> tuple[int, int]:
    """Offsets of the match (a, b in the stitched text) in the text, clipped to the piece holding
    the figure (at: its offset in the text) when the match runs across a page break (so that the
    quote stays a verbatim passage)."""
    start, end = seg.offset(a), seg.offset(b)
    piece = next(p for p in seg.pieces if p.start <= at <= p.end)
    return max(start, piece.start), min(end, piece.end)


def extract(doc: Document, patterns: Iterable[Pattern]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(facts, misses): every figure the patterns find, and the patterns that found nothing or
    found their phrase with a garbled figure (`garbled` quotes it with its line)."""
    rows, misses = extract_rows(doc, patterns)
    return facts_frame(rows), pd.DataFrame(misses, columns=list(MISS_COLUMNS))


def facts_frame(rows: list[dict]) -> pd.DataFrame:
    """Fact rows (dicts of FACT_COLUMNS) -> the facts frame."""
    return frame_of(rows, FACT_COLUMNS, {"value": "float64", "value_printed": "float64"})


def extract_rows(doc: Document, patterns: Iterable[Pattern]) -> tuple[list[dict], list[dict]]:
    """`extract` as rows: (fact rows, miss rows), to be made frames once."""
    rows: list[dict] = []
    misses: list[dict] = []
    segments = _segments_by_where(doc)
    for pattern in patterns:
        found, garbled = _pattern_facts(doc, pattern, segments.get(_where_key(pattern.where), []))
        rows += found
        if not found or garbled:
            misses.append(
                {
                    "topic": pattern.topic,
                    "subject": pattern.subject,
                    "source": pattern.where,
                    "template": pattern.template,
                    "garbled": "; ".join(garbled),
                }
            )
    return rows, misses


def _pattern_facts(
    doc: Document, pattern: Pattern, segments: list[Segment]
) -> tuple[list[dict], list[str]]:
    """The facts one pattern finds in its segments, and the garbled figures ("'12,,5' at line N")
    where its phrase is printed with something that is no number: those are never read."""
    regex, slots = pattern.regex(), pattern.slots()
    facts: list[dict] = []
    garbled: list[str] = []
    matched = False
    for seg in segments:
        for m in regex.finditer(seg.text):
            matched = True
            notes = _garbled_slots(doc, seg, m, len(slots))
            garbled += notes
            if not notes:
                facts += _facts_of(doc, pattern, slots, seg, m)
    if not matched:  # the phrase may be there with a garbled figure the strict regex skips
        loose = template_regex(pattern.template, NUMBER_LIKE_PATTERN)
        for seg in segments:
            for m in loose.finditer(seg.text):
                garbled += _garbled_slots(doc, seg, m, len(slots))
    return facts, garbled


def _garbled_slots(doc: Document, seg: Segment, m: re.Match, slots: int) -> list[str]:
    """A note ("'12,,5' at line 112") for each slot of a match that reads as no number."""
    return [
        f"{m.group(f's{k}')!r} at line {doc.line_at(seg.offset(m.start(f's{k}'))).number}"
        for k in range(slots)
        if not is_number(m.group(f"s{k}"))
    ]


def _facts_of(doc: Document, pattern: Pattern, slots, seg: Segment, m: re.Match) -> list[dict]:
    out = []
    for k, (subject, measure, raw_unit) in enumerate(slots):
        value = parse_number(m.group(f"s{k}"))
        unit = lookup_unit(raw_unit)
        number_start, number_end = seg.offset(m.start(f"s{k}")), seg.offset(m.end(f"s{k}"))
        start, end = _quote_span(seg, m.start(), m.end(), number_start)
        quote = doc.text[start:end]
        flags = [unit.typo] if unit.typo else []
        bound = bound_before(doc.text, number_start)
        if bound:
            word, meaning = bound
            flags.append(f"printed '{word} {m.group(f's{k}')}': {meaning}, not an exact figure")
        lowered = quote.lower()
        flags += [note for typo, note in TEXT_TYPOS if typo in lowered]
        out.append(
            {
                "topic": pattern.topic,
                "subject": subject,
                "measure": measure,
                "value": value * unit.factor,
                "unit": unit.canonical,
                "value_printed": value,
                "unit_printed": raw_unit,
                "period": pattern.period,
                "label_vi": pattern.label_vi,
                "label_en": pattern.label_en,
                "source": pattern.where,
                "quote": quote,
                "start": start,
                "end": end,
                "number_start": number_start,
                "number_end": number_end,
                "flags": "; ".join(flags),
            }
        )
    return out


# The columns of a parsed table that `table_fact_rows` reads (besides the measures and their text).
TABLE_COLUMNS = ("code", "indicator", "indicator_en", "unit", "source", "start", "end", "flags")


def _number_at(text: str, offset: int, value: float, last: bool = False) -> tuple[int, int] | None:
    """Offsets of the first (or last) number in `text` (at `offset`) that reads as `value`;
    a denominator ('27/30') is never the one."""
    spans = []
    for m in _NUMBER.finditer(text):
        if text[: m.start()].rstrip().endswith("/"):
            continue
        try:
            if abs(parse_number(m.group()) - value) < 1e-9:
                spans.append((offset + m.start(), offset + m.end()))
        except NumberFormatError:
            continue
    return (spans[-1] if last else spans[0]) if spans else None


@dataclass(frozen=True)
class Cell:
    """Where a table's measure is printed: its text column, the column of the text's offset, and
    which of the cell's numbers it is (the last for the high end of a range)."""

    text: str
    start: str
    last: bool = False


def table_fact_rows(
    frame: pd.DataFrame,
    text: str,
    *,
    topic: str,
    subject_prefix: str,
    measures: dict[str, Cell],
    period: str,
) -> list[dict]:
    """Facts from a parsed table (appendix, targets) as rows (dicts of FACT_COLUMNS): one per
    numeric cell, located in its quote (the line holding the cell). `measures` maps a frame column
    (e.g. 'actual') to its Cell."""
    rows = []
    wanted = {*TABLE_COLUMNS, *measures, *(c.text for c in measures.values())}
    wanted |= {c.start for c in measures.values()}
    for r in records(frame, [c for c in frame.columns if c in wanted]):
        try:
            unit = lookup_unit(r["unit"], context=r["indicator"]) if r["unit"] else None
        except NumberFormatError:
            unit = None
        for measure, cell in measures.items():
            value, at = r[measure], r[cell.start]
            if value is None or pd.isna(value) or at is None or pd.isna(at):
                continue
            span = _number_at(text[at : at + len(r[cell.text])], at, value, cell.last)
            if span is None:
                continue
            line_start = text.rfind("\n", r["start"], at) + 1 or r["start"]
            line_end = text.find("\n", at, r["end"])
            quote = text[line_start : r["end"] if line_end < 0 else line_end]
            factor = unit.factor if unit else 1.0
            rows.append(
                {
                    "topic": topic,
                    "subject": f"{subject_prefix}{r['code'].replace('.', '_')}",
                    "measure": measure,
                    "value": value * factor,
                    "unit": unit.canonical if unit else "",
                    "value_printed": value,
                    "unit_printed": r["unit"],
                    "period": period,
                    "label_vi": r["indicator"],
                    "label_en": r["indicator_en"],
                    "source": r["source"],
                    "quote": quote,
                    "start": line_start,
                    "end": line_start + len(quote),
                    "number_start": span[0],
                    "number_end": span[1],
                    "flags": r.get("flags", "") or "",
                }
            )
    return rows
