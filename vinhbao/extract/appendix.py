"""The appendix table of the year's indicators -> a plan-vs-actual frame, one row per indicator."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

import pandas as pd

from ..errors import NumberFormatError, ReportFormatError
from ..parse.numbers import (
    NUMBER_PATTERN,
    Target,
    garbled_numbers,
    lookup_unit,
    parse_number,
    parse_target,
)
from ..read.document import Document, Line
from ..rules.glossary import english_label
from ..tables import frame_of

COLUMNS = ("code", "indicator", "unit", "target", "actual", "status")
HEADER_WORDS = ("số tt", "chỉ tiêu")
EXPECTED_HEADER = (
    "a tab-separated header 'Số TT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu Nghị quyết | "
    "Kết quả thực hiện | Mức độ hoàn thành'"
)
SECTION_CODE = re.compile(r"^[IVX]+$")
ROW_CODE = re.compile(r"^\d+$")
BULLET = re.compile(r"^([+\-–])\s*")
ACTUAL = re.compile(
    rf"^(?:(?P<verb>tăng|giảm|đạt)\s+)?(?P<n>{NUMBER_PATTERN})\s*%?(?:/(?P<d>{NUMBER_PATTERN}))?$",
    re.IGNORECASE,
)

# Reported statuses, longest phrase first so that "chưa đạt" is not read as "đạt".
STATUS_PHRASES: tuple[tuple[str, str], ...] = (
    ("chưa hoàn thành", "not met"),
    ("không hoàn thành", "not met"),
    ("chưa đạt", "not met"),
    ("không đạt", "not met"),
    ("vượt", "exceeded"),
    ("hoàn thành", "met"),
    ("đạt", "met"),
)
STATUS_RE = re.compile("|".join(re.escape(p) for p, _ in STATUS_PHRASES), re.IGNORECASE)
STATUS_OF = dict(STATUS_PHRASES)

# Columns that may hold None: their types are set, not inferred.
FLOAT_COLUMNS = ("target_low", "target_high", "actual", "gap")
BOOLEAN_COLUMNS = ("low_inclusive", "high_inclusive", "status_agrees")
OFFSET_COLUMNS = ("target_start", "actual_start")
DTYPES = (
    dict.fromkeys(FLOAT_COLUMNS, "float64")
    | dict.fromkeys(BOOLEAN_COLUMNS, "boolean")
    | dict.fromkeys(OFFSET_COLUMNS, "Int64")
)

# Indicators where a lower value is better, found by a phrase of the indicator.
LOWER_IS_BETTER = ("hộ nghèo", "dân số tự nhiên", "tăng dân số", "suy dinh dưỡng")


@dataclass
class RawRow:
    """One printed row (possibly joined across a page break) with its lines."""

    cells: list[str]
    lines: list[Line]
    section: str
    section_title: str
    group: str = ""
    flags: list[str] = field(default_factory=list)
    # Where each cell's text starts in the report's text (None: empty, or joined across lines).
    starts: list[int | None] = field(default_factory=list)


SPACE_RUN = re.compile(r" {2,}")


def split_cells(line: Line) -> list[str]:
    """The six cells of a row: tab-separated, or (text copied from a PDF) runs of spaces."""
    if "\t" in line.text:
        cells = [c.strip() for c in line.text.split("\t")]
    else:
        cells = _cells_from_spaces(line.text)
    if len(cells) != len(COLUMNS):
        raise ReportFormatError(
            f"appendix row has {len(cells)} tab-separated cells: {line.text.strip()[:60]!r}",
            line=line.number,
            expected=f"{len(COLUMNS)} cells ({', '.join(COLUMNS)})",
        )
    return cells


def cell_starts(line: Line, cells: list[str]) -> list[int | None]:
    """Where the cells start in the report's text, read left to right; None if empty."""
    starts: list[int | None] = []
    cursor = 0
    for cell in cells:
        at = line.text.find(cell, cursor) if cell else -1
        starts.append(None if at < 0 else line.start + at)
        cursor = at + len(cell) if at >= 0 else cursor
    return starts


def _joined_start(a: tuple[str, int | None], b: tuple[str, int | None]) -> int | None:
    """The start of a cell joined from two lines' cells: verbatim only when one of them is empty."""
    (text_a, start_a), (text_b, start_b) = a, b
    if text_a and text_b:
        return None
    return start_a if text_a else start_b


def _is_unit(token: str) -> bool:
    try:
        lookup_unit(token)
    except NumberFormatError:
        return False
    return True


def _cells_from_spaces(text: str) -> list[str]:
    """Cells from a row whose tabs became runs of spaces, where empty cells left no trace: read by
    what each token is (code, indicator, unit, values, status), from both ends."""
    tokens = [t for t in SPACE_RUN.split(text.strip()) if t]
    if len(tokens) == len(COLUMNS) or not tokens:
        return tokens
    code = "" if text[:1] == " " else tokens.pop(0)
    status = tokens.pop() if tokens and STATUS_RE.match(tokens[-1]) else ""
    indicator = "" if tokens and _is_unit(tokens[0]) else (tokens.pop(0) if tokens else "")
    unit = tokens.pop(0) if tokens and _is_unit(tokens[0]) else ""
    if len(tokens) > 2:
        return [code, indicator, unit, *tokens, status]  # more cells than a row has: refused
    target, actual = ["", "", *tokens][-2:]
    return [code, indicator, unit, target, actual, status]


def find_table(doc: Document) -> tuple[Line, list[tuple[Line, bool]]]:
    """The header line and the row lines after it, each with 'follows a blank line'."""
    header_index = next(
        (
            i
            for i, ln in enumerate(doc.appendix)
            if ("\t" in ln.text or SPACE_RUN.search(ln.text))
            and all(w in ln.text.lower() for w in HEADER_WORDS)
        ),
        None,
    )
    if header_index is None:
        last = doc.appendix[-1].number if doc.appendix else len(doc.lines)
        raise ReportFormatError("the appendix has no table", line=last, expected=EXPECTED_HEADER)
    header = doc.appendix[header_index]
    rows, blank_before = [], False
    for ln in doc.appendix[header_index + 1 :]:
        if not ln.text.strip():
            blank_before = True
            continue
        rows.append((ln, blank_before))
        blank_before = False
    if not rows:
        raise ReportFormatError(
            "the appendix table has a header but no rows",
            line=header.number,
            expected="rows of indicators after the header",
        )
    return header, rows


def is_page_continuation(cells: list[str], blank_before: bool, previous: RawRow | None) -> bool:
    """A row whose cells continue the previous row's after a page break (row 9)."""
    text = cells[1]
    return (
        previous is not None
        and blank_before
        and not cells[0]
        and not cells[5]
        and bool(text)
        and text[0].islower()
    )


def read_rows(doc: Document) -> list[RawRow]:
    """Printed rows with their section; page-split rows joined."""
    _, lines = find_table(doc)
    rows: list[RawRow] = []
    section, title, group, seen_sections = "", "", "", []
    for ln, blank_before in lines:
        cells = split_cells(ln)
        code = cells[0]
        if SECTION_CODE.match(code) and not any(cells[2:]):
            section, title = code, cells[1].rstrip(":").strip()
            seen_sections.append((section, ln))
            continue
        previous = rows[-1] if rows else None
        if previous and is_page_continuation(cells, blank_before, previous):
            starts = cell_starts(ln, cells)
            previous.starts = [
                _joined_start(*pair)
                for pair in zip(
                    zip(previous.cells, previous.starts, strict=True),
                    zip(cells, starts, strict=True),
                    strict=True,
                )
            ]
            previous.cells = [
                " ".join(x for x in pair if x) for pair in zip(previous.cells, cells, strict=True)
            ]
            previous.lines.append(ln)
            previous.flags.append(f"cells continue across a page break at line {ln.number}")
            continue
        if ROW_CODE.match(code):
            group = code
        elif code:
            raise ReportFormatError(
                f"appendix row code {code!r} is neither a number nor a section numeral",
                line=ln.number,
                expected="a row number (1, 2, …), a section numeral (I, II, …) or an empty cell",
            )
        elif not group:
            raise ReportFormatError(
                "appendix sub-row before any numbered row",
                line=ln.number,
                expected="a numbered row first",
            )
        rows.append(RawRow(cells, [ln], section, title, group, starts=cell_starts(ln, cells)))
    if not rows:
        raise ReportFormatError(
            "the appendix table has section headings but no indicator rows",
            line=lines[-1][0].number,
            expected="numbered rows of indicators after the header",
        )
    _flag_section_gaps(rows, seen_sections)
    return rows


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _flag_section_gaps(rows: list[RawRow], seen: list[tuple[str, Line]]) -> None:
    for (prev, _), (cur, _) in pairwise(seen):
        if cur in ROMAN and prev in ROMAN and ROMAN.index(cur) > ROMAN.index(prev) + 1:
            missing = ", ".join(ROMAN[ROMAN.index(prev) + 1 : ROMAN.index(cur)])
            first = next(r for r in rows if r.section == cur)
            first.flags.append(
                f"section {missing} is missing: the table goes from {prev} to {cur}; rows keep "
                "the section printed above them"
            )


def split_multi(row: RawRow) -> list[RawRow]:
    """A row holding k indicators ('21 4' | '21 2' | 'Đạt Chưa đạt') -> k rows."""
    target, actual, status = row.cells[3], row.cells[4], row.cells[5]
    number = rf"^(?:{NUMBER_PATTERN})(?:\s+(?:{NUMBER_PATTERN}))+$"
    if not (re.match(number, target) and re.match(number, actual)):
        return [row]
    targets, actuals = target.split(), actual.split()
    statuses = STATUS_RE.findall(status)
    k = len(targets)
    if len(actuals) != k or len(statuses) != k:
        return [row]
    parts = [p.strip() for p in row.cells[1].split(";")]
    indicators = parts if len(parts) == k else [row.cells[1]] * k
    target_starts = _token_starts(target, row.starts[3])
    actual_starts = _token_starts(actual, row.starts[4])
    return [
        RawRow(
            [
                row.cells[0] if i == 0 else "",
                indicators[i],
                row.cells[2],
                targets[i],
                actuals[i],
                statuses[i],
            ],
            row.lines,
            row.section,
            row.section_title,
            row.group,
            [*row.flags, f"one printed row holds {k} indicators; split into {k} rows"],
            [
                row.starts[0] if i == 0 else None,
                None,
                row.starts[2],
                target_starts[i],
                actual_starts[i],
                None,
            ],
        )
        for i in range(k)
    ]


def _token_starts(cell: str, start: int | None) -> list[int | None]:
    """Offsets of the white-space separated tokens of a cell that starts at `start`."""
    return [None if start is None else start + m.start() for m in re.finditer(r"\S+", cell)]


def normalise_status(text: str) -> str | None:
    """'Đạt' -> met, 'Vượt' -> exceeded, 'Chưa đạt' -> not met, compound -> mixed."""
    found = {STATUS_OF[p.lower()] for p in STATUS_RE.findall(text)}
    if not found:
        return None
    if "not met" in found and found & {"met", "exceeded"}:
        return "mixed"
    if "exceeded" in found:
        return "exceeded"
    return found.pop()


def is_change(text: str) -> bool:
    """'Tăng 1,5%': the result is printed as a change, not as a level."""
    m = ACTUAL.match(text.strip())
    return bool(m and (m.group("verb") or "").lower() in ("tăng", "giảm"))


def parse_actual(text: str) -> tuple[float | None, str | None]:
    """A single figure ('12,5', 'Tăng 1,5%', '8/10') -> value; anything else -> None, flag."""
    if not text:
        return None, None
    garbled = garbled_numbers(text)
    if garbled:
        return None, f"actual has a garbled number {garbled[0]!r}: not read"
    m = ACTUAL.match(text.strip())
    if not m:
        return None, f"actual is not a single figure: {text[:50]!r}"
    try:
        value = parse_number(m.group("n"))
    except NumberFormatError as exc:
        return None, f"actual not readable: {exc}"
    if (m.group("verb") or "").lower() == "giảm":
        value = -value
    return value, None


def parse_target_cell(text: str, context: str = "") -> tuple[Target | None, str | None]:
    """A target cell ('4-5', 'Dưới 0,5') -> Target; unreadable or garbled -> None and a flag."""
    if not text:
        return None, None
    garbled = garbled_numbers(text)
    if garbled:
        return None, f"target has a garbled number {garbled[0]!r}: not read"
    try:
        return parse_target(text, context), None
    except NumberFormatError as exc:
        return None, f"target not readable: {exc}"


def in_row_unit(
    target: Target | None, unit: str, indicator: str
) -> tuple[Target | None, str | None]:
    """A target whose cell prints its own unit ('162,5 - 163,5 triệu đồng'), in the row's unit
    like the actual; one in a unit of another kind is not read."""
    if target is None or not target.unit:
        return target, None
    try:
        row_unit = lookup_unit(unit, context=indicator)
    except NumberFormatError:
        row_unit = None
    if row_unit is None or row_unit.canonical != target.unit:
        return None, f"target printed in another unit than the row's: {target.text!r}"

    def scaled(x: float | None) -> float | None:  # 12 digits: no 162.49999999999997
        return None if x is None else float(f"{x / row_unit.factor:.12g}")

    return replace(
        target, low=scaled(target.low), high=scaled(target.high),
        denominator=scaled(target.denominator),
    ), None  # fmt: skip


def direction(indicator: str) -> str:
    low = indicator.lower()
    return "lower" if any(p in low for p in LOWER_IS_BETTER) else "higher"


def compute_status(target: Target | None, actual: float | None, better: str) -> str | None:
    """Status from the actual against the target interval, read with the indicator's direction."""
    if target is None or actual is None:
        return None
    position = target.position(actual)
    if position == "inside":
        return "met"
    good = (position == "above") == (better == "higher")
    return "exceeded" if good else "not met"


def gap(target: Target | None, actual: float | None) -> float | None:
    """Actual minus the bound it falls outside (0 inside the interval), in the indicator's unit."""
    if target is None or actual is None:
        return None
    position = target.position(actual)
    if position == "above":
        return actual - target.high
    if position == "below":
        return actual - target.low
    return 0.0


def _codes(rows: list[RawRow]) -> list[tuple[str, str, int]]:
    """(code, parent, level) for each row: N, then N.b, N.c … (N.a … under a header-only row)."""
    out = []
    letter, parent_plus, group_has_figures = 0, "", False
    for row in rows:
        if row.cells[0]:
            letter = 0
            group_has_figures = any(row.cells[3:])
            parent_plus = ""
            code, parent, level = row.group, "", 0
        else:
            letter += 1
            code = f"{row.group}.{chr(ord('a') + letter - (0 if group_has_figures else 1))}"
            bullet = BULLET.match(row.cells[1])
            sign = bullet.group(1) if bullet else ""
            if sign == "+":
                parent_plus = code
            if sign in "-–" and sign and parent_plus:
                parent, level = parent_plus, 2
            else:
                parent, level = row.group, 1
        out.append((code, parent, level))
    return out


def build_appendix(doc: Document) -> pd.DataFrame:
    """The appendix as a plan-vs-actual frame (see README for the columns)."""
    rows = [r for raw in read_rows(doc) for r in split_multi(raw)]
    records = []
    by_code: dict[str, dict] = {}
    for row, (code, parent, level) in zip(rows, _codes(rows), strict=True):
        flags = list(row.flags)
        indicator = BULLET.sub("", row.cells[1]).strip()
        previous = records[-1] if records else None
        if not indicator and previous:
            indicator = previous["indicator"]
            flags.append(f"indicator cell empty: taken from row {previous['code']}")
        unit = row.cells[2]
        if not unit and parent in by_code and by_code[parent]["unit"]:
            unit = by_code[parent]["unit"]
            flags.append(f"unit cell empty: taken from row {parent}")
        unit_canonical = ""
        if unit:
            try:
                unit_canonical = lookup_unit(unit, context=indicator).canonical
            except NumberFormatError:
                flags.append(f"unknown unit {unit!r}")
        target, problem = parse_target_cell(row.cells[3], context=indicator)
        if problem:
            flags.append(problem)
        target, problem = in_row_unit(target, unit, indicator)
        if problem:
            flags.append(problem)
        actual, problem = parse_actual(row.cells[4])
        if problem:
            flags.append(problem)
        better = direction(indicator)
        status = normalise_status(row.cells[5])
        if status is None and row.cells[5]:
            flags.append(f"status not readable: {row.cells[5][:40]!r}")
        computed = compute_status(target, actual, better)
        agrees = None if status is None or computed is None else status == computed
        if agrees is False:
            flags.append(f"reported status '{status}' but actual against target gives '{computed}'")
        start, end = row.lines[0].start, row.lines[-1].end
        record = {
            "code": code,
            "row": row.group,
            "parent": parent,
            "level": level,
            "section": row.section,
            "section_title": row.section_title,
            "indicator": indicator,
            "indicator_en": english_label(indicator),
            "unit": unit,
            "unit_canonical": unit_canonical,
            "target_text": row.cells[3],
            "target_start": row.starts[3],
            "target_low": target.low if target else None,
            "target_high": target.high if target else None,
            "low_inclusive": target.low_inclusive if target else None,
            "high_inclusive": target.high_inclusive if target else None,
            "actual_text": row.cells[4],
            "actual_start": row.starts[4],
            "actual": actual,
            "actual_is_change": is_change(row.cells[4]),
            "status_text": row.cells[5],
            "status": status,
            "better": better,
            "status_computed": computed,
            "status_agrees": agrees,
            "gap": gap(target, actual),
            "flags": "; ".join(flags),
            "source": f"appendix row {code}",
            "quote": doc.text[start:end],
            "start": start,
            "end": end,
            "line": row.lines[0].number,
        }
        records.append(record)
        by_code[code] = record
    return frame_of(records, records[0].keys(), DTYPES)
