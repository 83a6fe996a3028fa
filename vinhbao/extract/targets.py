"""The next year's target list -> one row per target, an interval with the words it is for.

The list is the section whose heading names the main targets ('III. MỘT SỐ CHỈ TIÊU CHỦ YẾU',
'II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM …' and the next year) in the part on the next year or
naming it; its items are written '(1).', '1.' or '-'. Codes come from the printed item numbers
('N', then 'N.b' … for an item's further targets); an unnumbered item takes its rank, a number
printed twice or a gap is flagged. The period is the next year, read from the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from ..fields import dtypes
from ..issues import Issue
from ..parse.fold import fold, fold_pattern
from ..parse.targets import Unreadable, scan_targets
from ..read.document import Document
from ..read.footnotes import Segment, markers
from ..read.paragraphs import heading_of
from ..rules import headings as rules
from ..rules import targets as target_rules
from ..tables import frame_of
from .labels import english_label
from .target_table import table_targets
from .target_words import (
    TRIM,
    describe,
    on_base,
    pieces,
    ratings,
    signed_by_noun,
    target_kind,
    target_period,
    untimed,
)

ITEMS = tuple(re.compile(p) for p in rules.TARGET_ITEMS)
LETTER_ITEM = re.compile(rules.TARGET_LETTER_ITEM)
LEAD_MAX = 160  # characters of a paragraph leading a target list ('Năm …, phấn đấu … sau:')
BULLET_ITEM = ITEMS[-1]  # a line opening with a bullet
INTERVAL = ("low", "high", "low_inclusive", "high_inclusive", "approx", "denominator")
DTYPES = dict.fromkeys(("low", "high", "denominator"), "float64") | dict.fromkeys(
    ("low_inclusive", "high_inclusive", "approx"), "boolean"
)
COLUMNS = (
    "code", "item", "indicator", "indicator_en", "context", "kind", "unit", "target_text",
    "target_start", *INTERVAL, "period", "source", "quote", "start", "end", "line", "flag_notes",
)  # fmt: skip
_WORDS = tuple(tuple(fold(w) for w in words) for words in rules.TARGET_SECTION_WORDS)


def empty_targets() -> pd.DataFrame:
    return frame_of([], COLUMNS, DTYPES)


def _heading_level(seg: Segment) -> str:
    """The level of a paragraph that may head a target list: a heading's kind, 'lead' for a
    short paragraph ending in ':' ('Các chỉ tiêu chủ yếu:'), else ''."""
    h = heading_of(seg.text)
    if h is not None:
        return h[0] if h[0] in ("roman", "numbered", "part") else ""
    text = seg.text.strip()
    return "lead" if len(text) <= LEAD_MAX and text.endswith(":") and "\n" not in text else ""


def _is_target_heading(seg: Segment, next_year: int | None) -> bool:
    if not _heading_level(seg):
        return False
    title = fold(seg.text.split("\n", 1)[0])
    if not any(all(w in title for w in words) for words in _WORDS):
        return False
    return seg.part == 2 or bool(next_year and str(next_year) in title)


def target_segments(doc: Document) -> list[Segment]:
    """The paragraphs of the target list: after its heading, up to the next heading of its level
    or above (items written '1.' look like headings and belong to it)."""
    body = doc.body
    start = next(
        (k for k, s in enumerate(body) if _is_target_heading(s, doc.identity.next_year)), None
    )
    if start is None:  # no list: a paragraph stating the targets as prose is its own item
        prose = _prose_paragraphs(doc)
        return [prose[0], *prose] if prose else []
    level = _heading_level(body[start])
    out, bullets = [body[start]], None
    for seg in body[start + 1 :]:
        h = heading_of(seg.text)
        if h and (h[0] == "part" or (h[0] == "roman" and level in ("roman", "part"))):
            break
        if level == "lead" and bullets is not None and not _label_kind(seg.text):
            break  # a list led by 'Các chỉ tiêu chủ yếu:' ends after its items
        if h and h[0] == "numbered" and level == "numbered" and bullets:
            break  # '1. Các chỉ tiêu chủ yếu', '- …' items, then '2. Nhiệm vụ, giải pháp'
        if bullets is None and (kind := _label_kind(seg.text)):
            bullets = kind == "bullet"
        out.append(seg)
    return out


def _prose_paragraphs(doc: Document) -> list[Segment]:
    """The paragraphs of the part on the next year opening as `PROSE_TARGET_OPENINGS` say
    ('Năm <next year>, phấn đấu …'), holding a figure, no heading and no lead of a list."""
    if not doc.identity.next_year:
        return []
    year = str(doc.identity.next_year)
    openings = [
        re.compile(fold_pattern(p.format(year=year))) for p in target_rules.PROSE_TARGET_OPENINGS
    ]
    return [
        s
        for s in doc.body
        if s.part == 2
        and heading_of(s.text) is None
        and not s.text.rstrip().endswith(":")
        and any(p.match(fold(s.text.lstrip())) for p in openings)
        and re.search(r"\d", s.text.replace(year, ""))
    ]


def _label_kind(text: str) -> str:
    """'number' or 'bullet' (a bullet or a letter: 'a)') for a line opening with an item label,
    else ''."""
    for pattern in ITEMS:
        m = pattern.match(text)
        if m:
            return "number" if m.group(1) else "bullet"
    return "bullet" if LETTER_ITEM.match(text) else ""


def _item(line: _Item, rank: int, numbered: bool, bullet: str = "") -> tuple[str, int, bool]:
    """(printed item number or rank, where the label ends, whether a label opens the line); in a
    numbered list a dash line continues its item, in a list of `bullet` items a line of another
    bullet ('+' under '-')."""
    for pattern in ITEMS:
        m = pattern.match(line.text)
        if m and (m.group(1) or (not numbered and _bullet(line.text) in ("", bullet))):
            return (m.group(1) or str(rank)), m.end(), True
    m = LETTER_ITEM.match(line.text)
    if m and not numbered:  # 'a) …', 'b) …': numbered by rank
        return str(rank), m.end(), True
    return "", 0, False


def _bullet(text: str) -> str:
    """The bullet opening a line ('-', '+', '•' …), '' for none."""
    first = text.lstrip()[:1]
    return first if first and BULLET_ITEM.match(text) else ""


def _group_line(text: str, numbered: bool = False) -> bool:
    """A line naming a group of items, with no figure: lettered ('a) Về kinh tế:'), or in a
    numbered list a bulleted one ending in ':' ('* Về kinh tế:')."""
    if any(c.isdigit() for c in text):
        return False
    return bool(LETTER_ITEM.match(text)) or (
        numbered and bool(_bullet(text)) and text.rstrip().endswith(":")
    )


def _numbered(lines: list[_Item]) -> bool:
    """Whether the list numbers its items ('(1).', '1.'); else its items are bullets."""
    return any(p.match(ln.text) and p.match(ln.text).group(1) for ln in lines for p in ITEMS)


def build_targets(doc: Document, style: str = "vi") -> tuple[pd.DataFrame, list[Issue]]:
    """One row per target of the next year's list, with the issues; an empty frame and an
    issue when the report has none."""
    segments = target_segments(doc)
    lines = [_Item(s.text.replace("\n", " "), s.offset, s.line) for s in segments[1:]]
    listed = _rows(doc, lines, style) if lines else None
    table, unread = table_targets(doc, style) if listed is None or listed[0].empty else ([], [])
    if table:
        return frame_of(table, COLUMNS, dtypes("targets", COLUMNS)), unread  # 'KH <next year>'
    if listed is None:
        where = segments[0].line if segments else doc.last_line
        found = "the next year's target list is empty" if segments else "no target list"
        return empty_targets(), [*unread, Issue(where, "targets", found, "a heading such as "
                                 "'III. MỘT SỐ CHỈ TIÊU CHỦ YẾU' followed by items "
                                 "'(1). …', '1. …' or '- …'", severity="info")]  # fmt: skip
    return listed[0], listed[1] + unread


@dataclass(frozen=True)
class _Item:
    """One paragraph of the list (an item, or a line continuing one): its text (line breaks as
    spaces), the offset of a position of it in the report's text, its first line."""

    text: str
    offset: Callable[[int], int]
    number: int


def _rows(doc: Document, lines: list[_Item], style: str) -> tuple[pd.DataFrame, list[Issue]]:
    records: list[dict] = []
    issues: list[Issue] = []
    item, letter, context, lead, first_has_target, rank = "", 0, "", "", False, 0
    seen: set[str] = set()
    period = str(doc.identity.next_year or "")
    numbered = _numbered(lines)
    bullet = next((b for ln in lines if (b := _bullet(ln.text))), "")  # the items' bullet
    labelled = any(_item(ln, 1, numbered, bullet)[2] for ln in lines)
    opened: list[tuple[str, _Item]] = []
    for ln in lines:
        if _group_line(ln.text, numbered):
            continue
        label, end, opens = _item(ln, rank + 1, numbered, bullet)
        if not labelled:  # a list written as paragraphs, no item labelled: each is an item
            label, end, opens = str(rank + 1), 0, True
        flags: list[str] = []
        if opens:
            rank += 1
            if label in seen:
                flags.append(f"item ({label}) printed again")
            elif label.isdigit() and item.isdigit() and int(label) > int(item) + 1:
                flags.append(f"items jump from ({item}) to ({label})")
            if not re.match(r"\s*\(?\d", ln.text[:end].lstrip(" -–—+•*")):
                flags.append("item printed without a number: numbered by its rank")
            seen.add(label)
            opened.append((label, ln))
            item, letter, context = label, 0, ln.text[end:]
        elif not item:
            issues.append(Issue(ln.number, "targets", f"a line before any item: {ln.text[:60]!r}",
                                "an item '(1). …', '1. …' or '- …'"))  # fmt: skip
            continue
        searchable = _unmarked(" " * end + ln.text[end:])
        found = scan_targets(searchable, ln.text, style)
        rated = ratings(ln.text, [(s, e) for s, e, _ in found])  # '… đạt từ 3 sao': no target
        found = [f for k, f in enumerate(found) if k not in rated]
        if opens:
            first_has_target = bool(found)
        spans = [(s, e) for s, e, _ in found]
        if opens:  # the item's lead: its words before its first target
            lead = ln.text[end : spans[0][0]] if spans else ln.text[end:]
        for (s, e, target), (a, b) in zip(found, pieces(ln.text, spans), strict=True):
            a = max(a, end) if opens else a
            code = item if letter == 0 and first_has_target else f"{item}.{chr(ord('a') + letter)}"
            letter += 1
            before, after = ln.text[a:s], ln.text[e:b]
            indicator = describe(before, after)
            before = untimed(before)  # 'tăng bình quân giai đoạn 2031 - 2035 từ 8%': a rise
            level = target_kind(before, target, indicator) == "level"
            if (on := on_base(before, target, after, level)) is not None:
                target, kind = on  # 'bằng 110% dự toán': ratio_pct 110 on it; 'vượt 10% …': +10
            else:
                target = signed_by_noun(before, target)
                kind = target_kind(before, target, indicator)
            chunk = ln.text[a:b]
            q_start = a + len(chunk) - len(chunk.lstrip(" -;,"))
            q_end = b - (len(chunk) - len(chunk.rstrip(" ;,")))
            problem = (f"line {ln.number}: {target.problem}; kept as printed, not read"
                       if isinstance(target, Unreadable) else "")  # fmt: skip
            records.append({
                "code": code, "item": int(item) if item.isdigit() else None,
                "indicator": indicator,
                "indicator_en": english_label(indicator)
                or english_label(ln.text[ln.text.rfind(";", 0, a) + 1 : b])  # its clause
                or english_label(lead if code != item else ""),
                "context": context.strip(TRIM) if code != item else "",
                "kind": kind, "unit": "pp" if kind == "change_pp" else getattr(target, "unit", ""),
                "target_text": ln.text[s:e], "target_start": ln.offset(s),
                **{name: getattr(target, name, None) for name in INTERVAL},
                "period": target_period(ln.text[:s], period), "source": f"targets ({item})",
                "quote": doc.text[ln.offset(q_start) : ln.offset(q_end)],
                "start": ln.offset(q_start), "end": ln.offset(q_end), "line": ln.number,
                "flag_notes": "; ".join(x for x in (*flags, problem) if x),
            })  # fmt: skip
            flags = []
    issues += _items_without_figure(opened, {r["source"] for r in records})
    return frame_of(records, COLUMNS, dtypes("targets", COLUMNS)), issues  # none holds None


def _unmarked(text: str) -> str:
    """The text with its footnote markers blanked ('… trở lên¹', '0,9%[2]'): no target, and no
    word between a figure and its bound.

    >>> _unmarked("đạt 540 tỷ đồng trở lên¹; dưới 0,9%[2]")
    'đạt 540 tỷ đồng trở lên ; dưới 0,9%   '
    """
    for start, end, _ in markers(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _items_without_figure(opened: list[tuple[str, _Item]], sources: set[str]) -> list[Issue]:
    """An item of the list where no target is read ('Thu nhập bằng hoặc cao hơn năm trước'):
    said, not dropped unseen."""
    return [
        Issue(ln.number, "targets", f"no figure read in item ({label}): {ln.text[:80]!r}",
              "a target figure in each item", severity="warning")
        for label, ln in opened
        if f"targets ({label})" not in sources
    ]  # fmt: skip
