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

import pandas as pd

from .document import Document, Segment
from .errors import NumberFormatError
from .numbers import NUMBER_PATTERN, lookup_unit, parse_number

SLOT = re.compile(r"\{(?:(?P<subject>\w+):)?(?P<measure>\w+)\|(?P<unit>[^}]*)\}")
GAP = " ~ "
GAP_RE = r"[^.;]{0,120}?"

# Misprints of the report kept as printed: a passage holding one flags the facts quoting it.
TEXT_TYPOS: tuple[tuple[str, str], ...] = (
    ("đình chính", "printed 'đình chính' for 'đính chính' (corrected)"),
    ("kiếu nại", "printed 'kiếu nại' for 'khiếu nại' (complaint)"),
)

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
        parts, pos = [], 0
        for k, m in enumerate(SLOT.finditer(self.template)):
            parts.append(_literal(self.template[pos : m.start()]))
            parts.append(f"(?P<s{k}>{NUMBER_PATTERN})")
            pos = m.end()
        parts.append(_literal(self.template[pos:]))
        return re.compile("".join(parts), re.IGNORECASE)

    def slots(self) -> list[tuple[str, str, str]]:
        """(subject, measure, unit) per slot; a slot may name its own subject."""
        return [
            (m.group("subject") or self.subject, m.group("measure"), m.group("unit"))
            for m in SLOT.finditer(self.template)
        ]


def _literal(s: str) -> str:
    out = []
    for k, chunk in enumerate(s.split(GAP)):
        if k:
            out.append(GAP_RE)
        out.append(r"\s+".join(re.escape(w) for w in chunk.split(" ")).replace(r"\s+\s+", r"\s+"))
    return "".join(out)


def segments_for(doc: Document, where: str) -> list[Segment]:
    kind, _, key = where.partition(" ")
    if kind == "footnote":
        return [fn for fn in doc.footnotes if str(fn.number) == key]
    return [s for s in doc.body if s.section == key]


def _quote_span(seg: Segment, a: int, b: int, number_at: int) -> tuple[int, int]:
    """Offsets of the match in the text, clipped to the piece holding the figure when the match
    runs across a page break (so that the quote stays a verbatim passage)."""
    start, end, at = seg.offset(a), seg.offset(b), seg.offset(number_at)
    piece = next(p for p in seg.pieces if p.start <= at <= p.end)
    return max(start, piece.start), min(end, piece.end)


def extract(doc: Document, patterns: Iterable[Pattern]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(facts, misses): every figure the patterns find, and the patterns that found nothing."""
    rows, misses = [], []
    for pattern in patterns:
        regex, slots = pattern.regex(), pattern.slots()
        matches = [
            (seg, m) for seg in segments_for(doc, pattern.where) for m in regex.finditer(seg.text)
        ]
        if not matches:
            misses.append(
                {
                    "topic": pattern.topic,
                    "subject": pattern.subject,
                    "source": pattern.where,
                    "template": pattern.template,
                }
            )
        for seg, m in matches:
            rows.extend(_facts_of(doc, pattern, slots, seg, m))
    facts = pd.DataFrame(rows, columns=list(FACT_COLUMNS))
    for col in ("value", "value_printed"):
        facts[col] = facts[col].astype("float64")
    return facts, pd.DataFrame(misses, columns=["topic", "subject", "source", "template"])


def _facts_of(doc: Document, pattern: Pattern, slots, seg: Segment, m: re.Match) -> list[dict]:
    out = []
    for k, (subject, measure, raw_unit) in enumerate(slots):
        printed = m.group(f"s{k}")
        try:
            value = parse_number(printed)
        except NumberFormatError as exc:
            raise NumberFormatError(f"{pattern.where}: {exc}") from exc
        unit = lookup_unit(raw_unit)
        start, end = _quote_span(seg, m.start(), m.end(), m.start(f"s{k}"))
        quote = doc.text[start:end]
        flags = [unit.typo] if unit.typo else []
        flags += [note for typo, note in TEXT_TYPOS if typo in quote.lower()]
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
                "number_start": seg.offset(m.start(f"s{k}")),
                "number_end": seg.offset(m.end(f"s{k}")),
                "flags": "; ".join(flags),
            }
        )
    return out


def _number_at(text: str, offset: int, value: float) -> tuple[int, int] | None:
    """Offsets of the first number in `text` (which starts at `offset`) that reads as `value`."""
    for m in re.finditer(NUMBER_PATTERN, text):
        try:
            if abs(parse_number(m.group()) - value) < 1e-9:
                return offset + m.start(), offset + m.end()
        except NumberFormatError:
            continue
    return None


def table_facts(
    frame: pd.DataFrame,
    text: str,
    *,
    topic: str,
    subject_prefix: str,
    measures: dict[str, str],
    period: str,
) -> pd.DataFrame:
    """Facts from a parsed table (appendix, targets): one per numeric cell, located in its quote.

    `measures` maps a frame column (e.g. 'actual') to the column holding its printed text."""
    rows = []
    for r in frame.to_dict("records"):
        try:
            unit = lookup_unit(r["unit"], context=r["indicator"]) if r["unit"] else None
        except NumberFormatError:
            unit = None
        for measure, text_column in measures.items():
            value = r[measure]
            if value is None or pd.isna(value):
                continue
            cell = r[text_column]
            quote_line_start = r["start"]
            quote = text[r["start"] : r["end"]].split("\n", 1)[0]
            at = quote.find(cell) if cell else -1
            span = _number_at(cell, quote_line_start + at, value) if at >= 0 else None
            if span is None:
                continue
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
                    "start": quote_line_start,
                    "end": quote_line_start + len(quote),
                    "number_start": span[0],
                    "number_end": span[1],
                    "flags": r.get("flags", "") or "",
                }
            )
    return pd.DataFrame(rows, columns=list(FACT_COLUMNS))
