"""Fact rows of the plan-vs-actual table and the target list: one per figure printed in them.

A table row's result is a level, a change ('… tăng' in the label, 'Tăng 0,6%' in the cell) or a
share ('Cơ cấu …'), as its label says; sub-rows read as their row. Figures inside a label or a
result written as prose ('Phấn đấu … 07 xã …') are read by the figure grammar.
"""

from __future__ import annotations

import re

import pandas as pd

from ..errors import NumberFormatError
from ..parse.fold import alternation, fold
from ..parse.numbers import TOKEN
from ..read.document import Document
from ..read.tables import ratio_base
from ..rules import indicators as rules
from ..tables import records
from .appendix import plan_table, table_at
from .facts import fact_row
from .grammar import base_of, read_mentions
from .subjects import Lexicon, topic_in
from .table_ratios import last_year_ratio
from .target_words import rating_spans

_GROWTH = re.compile(alternation(rules.GROWTH_WORDS))
_SHARE = tuple(fold(w) for w in rules.SHARE_WORDS)
_TOPICS = [(fold(w), t) for w, t in rules.SECTION_TOPICS.items()]


def _first_number(text: str, at: int | None) -> tuple[int, int] | None:
    """Offsets of the first number of a cell starting at `at` (a denominator never)."""
    if at is None:
        return None
    m = TOKEN.search(text)
    return (at + m.start(), at + m.end()) if m else None


def _words_span(target: dict) -> tuple[int, int] | None:
    """Offsets of a target written in words ('hai'), when it has no digit."""
    at = target["target_start"]
    return None if at is None else (at, at + len(target["target_text"]))


def _row_kind(label: str, parent_kind: str, unit: str, is_change: bool, rate: bool) -> str:
    """What a row's result is: change_pct (change_pp for a rate), share_pct, change_abs or
    level."""
    low = fold(label)
    if is_change:
        return ("change_pp" if rate else "change_pct") if unit == "pct" else "change_abs"
    if any(low.startswith(w) or f" {w}" in low[:20] for w in _SHARE):
        return "share_pct"
    if unit == "pct" and _GROWTH.search(low) and "tỉ lệ" not in low:
        return "change_pct"
    return parent_kind if parent_kind in ("change_pct", "share_pct") and unit == "pct" else "level"


def _topic(entry, section_title: str, indicator: str) -> str:
    """The subject's topic, else its section's, else that of the indicator's words."""
    if entry is not None and entry.topic:
        return entry.topic
    low = fold(section_title)
    return next((t for w, t in _TOPICS if w in low), "") or topic_in(indicator)


def _table_year(doc: Document, line: int | None = None) -> int | None:
    """The year of the results of the plan table at `line` (else the first;
    `read.table_years.table_year`), else the report's."""
    table = plan_table(doc) if line is None else table_at(doc, line)
    return table.year if table is not None and table.year else doc.identity.year


def _ratio_base(doc: Document, line: int) -> str:
    """What the comparison column of the table at `line` compares with, by its header ('TH/KH':
    plan; 'So với cùng kỳ': last_year); plan when the header does not say."""
    table = table_at(doc, line)
    if table is None or "ratio" not in table.roles:
        return "plan"
    return ratio_base(table.headers[table.roles.index("ratio")]) or "plan"


def appendix_rows(
    appendix: list[dict], doc: Document, lexicon: Lexicon, style: str = "vi"
) -> list[dict]:
    """Facts of the plan-vs-actual table (its rows: `tables.records` of the appendix): target,
    result, last year's result and ratio cells (a second ratio, on last year, too), of the year
    the table's results are of (`read.table_years.table_year`)."""
    out: list[dict] = []
    kinds: dict[str, str] = {}
    for r in appendix:
        unit = r["unit_canonical"]
        entry = _row_entry(r, lexicon)
        rate = bool(entry and entry.rate) or "tỉ lệ" in fold(r["indicator"])
        kind = _row_kind(r["indicator"], kinds.get(r["parent"] or r["row"], ""), unit,
                         bool(r["actual_is_change"]), rate)  # fmt: skip
        kinds[r["code"]] = kind
        measure = (entry.measure if entry and entry.measure else "") or (
            "rate" if unit == "pct" and kind == "level" else _unit_measure(unit)
        )
        common = {
            "topic": _topic(entry, r["section_title"], r["indicator"]),
            "subject": entry.id if entry else "",
            "subject_vi": r["indicator"][:200], "label_vi": entry.vi if entry else "",
            "label_en": (entry.en if entry else "") or r["indicator_en"], "measure": measure,
            "unit": unit, "unit_printed": r["unit"], "source": r["source"],
            "flag_notes": r["flag_notes"],
        }  # fmt: skip
        factor = _factor(r["unit"], r["indicator"]) if unit != "pct" else 1.0
        for text, at, fields, period in _cells(r, kind, doc, style):
            fact = _cell_fact(r, text, at, fields, factor)
            if fact is not None:
                out.append(
                    fact_row(**common | fact, period=period, quote=doc.text[r["start"] : r["end"]])
                )
    return out


def _row_entry(r: dict, lexicon: Lexicon):
    """The lexicon entry a row names, by its indicator, then its section's title."""
    unit = r["unit_canonical"]
    level = r["actual"] if pd.notna(r["actual"]) and not r["actual_is_change"] else None
    return lexicon.resolve(
        [lexicon.scope(r["indicator"], strict=False), lexicon.scope(r["section_title"])],
        r["indicator"],
        "" if unit == "pct" else _unit_measure(unit),
        "" if unit == "pct" else unit,
        None if level is None or unit == "pct" else level * _factor(r["unit"], r["indicator"]),
    )


def _cells(r: dict, kind: str, doc: Document, style: str) -> list[tuple]:
    """(text, start, fields, period) of each cell of a row that may hold a figure: target,
    result, last year's result, the ratio and a second ratio on last year."""
    year, ratio_on = _table_year(doc, r["line"]), _ratio_base(doc, r["line"])
    base = (_compared_with(r["target_text"], r["indicator"], year=year) or "last_year"
            if kind.startswith("change") else "")  # fmt: skip
    this = str(year or "")
    cells = [
        (r["target_text"], r["target_start"], {"kind": "target", "base": "plan",
         "low": r["target_low"], "high": r["target_high"]}
         | ({"unit": "pp"} if kind == "change_pp" else {}), this),
        (r["actual_text"], r["actual_start"], {"kind": kind, "base": base,
         "value": r["actual"]}, this),
        (r["previous_text"], r["previous_start"],
         {"kind": "level", "value": r["previous"]}, str(year - 1) if year else ""),
        (r["ratio_text"], r["ratio_start"], {"kind": "ratio_pct", "base": ratio_on,
         "value": r["ratio"], "unit": "pct"}, this),
    ]  # fmt: skip
    if yearly := last_year_ratio(r, doc, style):  # a second comparison column
        cells.append((yearly[0], yearly[1], {"kind": "ratio_pct", "base": "last_year",
                      "value": yearly[2], "unit": "pct"}, this))  # fmt: skip
    return cells


def _cell_fact(r: dict, text: str, at, fields: dict, factor: float) -> dict | None:
    """The fields of a cell's fact (value in the canonical unit, its number's offsets), or None
    for a cell holding no figure read."""
    printed = fields.get("value")
    if fields["kind"] == "target":
        printed = r["target_low"] if pd.notna(r["target_low"]) else r["target_high"]
    span = _first_number(text, _offset(at))
    if printed is None or pd.isna(printed) or span is None:
        return None
    scale = 1.0 if fields.get("unit") == "pct" else factor
    low, high = _times(fields.get("low"), scale), _times(fields.get("high"), scale)
    target = fields["kind"] == "target"
    value = (low if low == high else None) if target else _times(printed, scale)
    cell = (span[0], _offset(at) + len(text))
    return {k: v for k, v in fields.items() if k not in ("value", "low", "high")} | {
        "value": value, "low": low, "high": high, "value_printed": None if target else printed,
        "start": r["start"], "end": r["end"], "number_start": span[0], "number_end": span[1],
        "_tokens": [cell],
    }  # fmt: skip


def _factor(printed_unit: str, indicator: str) -> float:
    """The factor from a row's printed unit to its canonical unit ('Triệu đồng' -> 0.001)."""
    from ..parse.units import lookup_unit

    try:
        return lookup_unit(printed_unit, context=indicator).factor if printed_unit else 1.0
    except NumberFormatError:
        return 1.0


def _times(x: float | None, factor: float) -> float | None:
    if x is None or pd.isna(x):
        return None
    return x if factor == 1.0 else float(f"{x * factor:.12g}")


def _compared_with(*texts: str, year: int | None) -> str:
    """The base a row's change is on, when its cells say ('Tăng 5% so với dự toán …': the
    estimate), else ''."""
    for text in texts:
        folded = fold(text or "")
        at = folded.find("so với ")
        if at >= 0:
            return base_of(folded[at + len("so với ") :], year)
    return ""


def _offset(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _unit_measure(unit: str) -> str:
    from ..parse.units import lookup_unit

    if not unit:
        return "count"
    return lookup_unit(unit).measure


def target_rows(targets: pd.DataFrame, doc: Document, lexicon: Lexicon) -> list[dict]:
    """Facts of the next year's target list: one per target."""
    out = []
    for r in records(targets):
        unit = r["unit"]
        counted = unit not in ("pct", "")
        bound = r["low"] if pd.notna(r["low"]) else r["high"]  # within an entry's range?
        entry = lexicon.resolve(
            [lexicon.scope(r["indicator"], strict=False), lexicon.scope(r["context"])],
            r["indicator"],
            _unit_measure(unit) if counted else "",
            unit if counted else "",
            None if not counted or pd.isna(bound) else bound,
        )
        span = _first_number(r["target_text"], r["target_start"]) or _words_span(r)
        if span is None or (pd.isna(r["low"]) and pd.isna(r["high"])):
            continue
        point = r["low"] == r["high"]
        out.append(fact_row(
            topic=_topic(entry, "", r["indicator"]), subject=entry.id if entry else "",
            subject_vi=r["indicator"][:200], label_vi=entry.vi if entry else "",
            label_en=(entry.en if entry else "") or r["indicator_en"],
            measure=(entry.measure if entry and entry.measure else "")
            or ("rate" if unit == "pct" else _unit_measure(unit)),
            kind="target", base="plan", value=r["low"] if point else None,
            unit=unit, low=r["low"], high=r["high"], period=r["period"], source=r["source"],
            quote=r["quote"], start=r["start"], end=r["end"], number_start=span[0],
            number_end=span[1], flag_notes=r["flag_notes"],
            _tokens=[(r["target_start"], r["target_start"] + len(r["target_text"])),
                     *((r["start"] + a, r["start"] + b) for a, b in rating_spans(r["quote"]))],
        ))  # fmt: skip
    return out


_CELL = re.compile(r"[^\t|]+?(?=\t|\||\s{2,}|$)")


def prose_cell_rows(appendix: list[dict], doc: Document) -> list[dict]:
    """Facts of figures written as prose in a table's cells (its rows: `tables.records` of the
    appendix): a label stating targets ('Phấn đấu … 12-13 tiêu chí …') gives targets, a result
    written as sentences gives levels; each keeps the row's source."""
    out: list[dict] = []
    seen: set[int] = set()
    for r in appendix:
        prose = {"target": r["indicator"]}
        if pd.isna(r["actual"]):
            prose["level"] = r["actual_text"]
        for line_no in range(r["line"], r["line"] + r["quote"].count("\n") + 1):
            line = doc.lines[line_no - 1]
            for found in _CELL.finditer(line.text):
                cell = found.group().strip()
                kind = next(
                    (
                        k
                        for k, t in prose.items()
                        if min(len(t), len(cell)) >= 20 and (cell in t or t in cell)
                    ),
                    None,
                )
                at = line.start + found.start() + found.group().index(cell) if cell else 0
                if kind is None or at in seen or not TOKEN.search(cell):
                    continue
                seen.add(at)
                out += _cell_facts(cell, at, kind, r, doc, line)
    return out


def _cell_facts(cell: str, at: int, kind: str, r: dict, doc: Document, line) -> list[dict]:
    out = []
    for m in read_mentions(cell):
        unit = m.unit.unit
        value = None if m.value is None else m.value * m.unit.scale
        low = high = None
        if m.hi is not None and m.value is not None and m.hi_value is not None:
            low, high, value = m.value * m.unit.scale, m.hi_value * m.unit.scale, None
        elif kind == "target" and value is not None:
            low = high = value
        out.append(fact_row(
            topic=_topic(None, r["section_title"], f"{r['indicator']} {cell}"),
            subject_vi=cell[m.head[0] : m.head[1]].strip(" ;,-")[:200],
            measure=unit.measure if unit else "count", kind=kind,
            base="plan" if kind == "target" else "", value=value,
            unit=unit.canonical if unit else "", low=low, high=high, bound=m.bound,
            period=str(_table_year(doc, r["line"]) or ""), value_printed=m.value,
            source=r["source"],
            quote=line.text, start=line.start, end=line.end, number_start=at + m.start,
            number_end=at + m.end, flag_notes=["a figure written in a table cell's prose",
                                          m.number_problem],
            _tokens=[(at + m.hi.start, at + m.hi.end)] if m.hi else [],
        ))  # fmt: skip
    return out
