"""Figures of the prose -> fact rows: kind, signed value, period, quote and flags of each.

>>> from vinhbao.read.document import parse_document
>>> from vinhbao.extract.subjects import Lexicon
>>> doc = parse_document("1. Kinh tế\\n\\nBán lẻ hàng hóa 512 tỷ đồng, giảm 3,5% so cùng kỳ.\\n")
>>> rows = prose_rows(doc, "vi", Lexicon())
>>> [(r["subject"], r["kind"], r["base"], r["value"]) for r in rows]
[('retail_sales', 'level', '', 512.0), ('retail_sales', 'change_pct', 'last_year', -3.5)]
"""

from __future__ import annotations

import re

from ..errors import NumberFormatError
from ..parse.fold import alternation, fold
from ..parse.targets import parse_target
from ..parse.units import lookup_unit
from ..read.document import Document
from ..read.footnotes import Footnote, Segment
from ..rules import cues, spellings
from .clauses import lead_of
from .facts import fact_row
from .grammar import base_of
from .kinds import reading, restates_change, restates_percent
from .labels import fact_label
from .periods import base_text_of, period_of
from .prose import Figure, ProseReader
from .row_flags import fit_flags, precision_flags, style_flag
from .subjects import Lexicon, topic_in

_MISSPELT = [(fold(wrong), wrong, right) for wrong, right in spellings.MISSPELLINGS.items()]
_PER_UNIT_KINDS = ("money_per_person", "money_per_ha")
_GROWTH_SUBJECTS = tuple(fold(w) for w in cues.GROWTH_SUBJECTS)
_NOUN_AFTER = re.compile(r"\s+[^\W\d_]")  # a word after a percentage ('60% dân số')
_PLAN_RATE = re.compile(
    r"\d\s*%\s*(?P<base>"
    + alternation(b for b, v in cues.BASES.items() if v in ("plan", "estimate"))
    + ")"
)
_PLAN_WORD = re.compile(
    "(?P<base>" + alternation(b for b, v in cues.BASES.items() if v in ("plan", "estimate")) + ")"
)
_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d+)?)\s*%")
PLAN_AFTER = 60  # characters after 'x/y <unit>' in which a plan or estimate makes y the plan


def source_of(seg: Segment) -> str:
    return f"footnote {seg.number}" if isinstance(seg, Footnote) else f"body {seg.section or '0'}"


def _topic(fig: Figure, seg: Segment) -> str:
    """The subject's topic; else the first topic word of the sentence citing a footnote, of the
    passage's lead, of its heading or of its section path."""
    if fig.entry is not None and fig.entry.topic:
        return fig.entry.topic
    cited = getattr(seg, "cited_in", "")  # a footnote: the sentence citing it says more
    texts = (cited, lead_of(seg.text)) if cited else (lead_of(seg.text),)
    return next((t for text in (*texts, seg.heading, seg.section_path) if (t := topic_in(text))),
                "")  # fmt: skip


def _quote_span(text: str, seg: Segment, fig: Figure) -> tuple[int, int]:
    """Offsets of the figure's passage in the text: from the words naming its subject (those of
    the figure it qualifies) to the end of its unit and base, within the piece holding it."""
    m = fig.mention
    first = fig.anchor.mention if fig.anchor is not None else m
    start, end = seg.offset(first.head[0]), seg.offset(max(m.claim_end, m.last_end))
    piece = seg.piece_at(seg.offset(m.start))
    start, end = max(start, piece.start), min(end, piece.end)
    while start < end and text[start] in " ,;:(*-+•\n\t":
        start += 1
    return start, end


def prose_rows(
    doc: Document, style: str, lexicon: Lexicon, skip: set[int] | None = None
) -> list[dict]:
    """Fact rows of every figure of the body and the footnotes (segments in `skip`, by id, are
    read elsewhere: the target list)."""
    reader = ProseReader(doc, style, lexicon, skip or set())
    rows: list[dict] = []
    index: dict[int, int] = {}
    shares: dict[int, float] = {}  # id(figure) -> its value, for the figures read as shares
    for seg, figures in reader.figures():
        for before, fig in zip([None, *figures], figures, strict=False):
            share = shares.get(id(fig.anchor)) if fig.anchor is not None else None
            value = fig.mention.value
            shared = share is not None and value is not None and value <= share
            row = _row(fig, seg, doc, style, before, shared)
            if row["kind"] == "share_pct" and row["value"] is not None:
                shares[id(fig)] = row["value"]
            if fig.parent is not None and id(fig.parent) in index:
                row["_parent"] = index[id(fig.parent)]
            index[id(fig)] = len(rows)
            rows.append(row)
            if fig.mention.den is not None:
                den = _denominator_row(fig, seg, row, doc.identity.year)
                rows.append(den | {"_parent": index[id(fig)]})
    prose_rows.tokens = reader.tokens  # type: ignore[attr-defined]
    return rows


def _row(
    fig: Figure, seg: Segment, doc: Document, style: str, before: Figure | None, shared: bool
) -> dict:
    """The fact row of a prose figure (`shared`: it qualifies a share no smaller than itself, so
    its change printed in % is in points, as a rate's is: 'đạt 91,5%, tăng 2,5%'; not 'chiếm
    2,5%, giảm 20%')."""
    m, text = fig.mention, seg.text
    head = text[m.head[0] : m.head[1]]
    low = fold(head)
    if fig.unit_override is not None:  # a part printed without its whole's unit
        m.unit = fig.unit_override
    unit = m.unit.unit
    canonical = unit.canonical if unit else ""
    named = bool(fig.entry and fig.entry.rate) or "tỷ lệ" in low
    rate = named or fig.measure == "rate"
    target, follows = bool(m.target_marker) or seg.part == 2, fig.anchor is not None
    noun_after = canonical == "pct" and bool(_NOUN_AFTER.match(text, m.claim_end))
    base_text, cue_kind, sign = base_text_of(fig, before), m.cue_kind, m.sign
    base_text = base_text or m.target_marker  # '(dự toán: 450 tỷ đồng)': a target of the estimate
    a = before.mention if before is not None and fig.anchor is not None else None
    a_unit = a.unit.unit.canonical if a is not None and a.unit.unit else ""
    if a and (restates_change(m.cue, canonical, a.cue_kind, a_unit)
              or restates_percent(m.cue, canonical, a.cue_kind, a_unit)):  # fmt: skip
        cue_kind, sign, base_text = "change", a.sign, base_text or a.base_text  # '(-15,2%)'
    points = named or (rate and not fig.default_rate) or shared
    r = reading(cue_kind, sign, canonical, base_text, year=doc.identity.year, rate=rate,
                target=target, follows_figure=follows, in_brackets=m.in_brackets,
                noun_after=noun_after and not follows, points=points,
                growth=any(w in low for w in _GROWTH_SUBJECTS),
                over_100=canonical == "pct" and (m.value or 0) > 100)  # fmt: skip
    flags: list[str] = [m.number_problem, r.note]
    scale = m.unit.scale
    if unit is not None and unit.kind == "money":
        meant = _per_unit(fig, text, head)
        if meant is not None:
            printed = text[m.unit.start : m.unit.end]
            unit, canonical, scale = meant, meant.canonical, meant.factor
            flags.append(f"printed '{printed}' for the unit of its subject ({meant.label_en})")
    if r.kind == "change_pct" and canonical == "":
        canonical = "pct"
    if r.kind == "target" and cue_kind == "change" and canonical == "pct" and points:
        canonical = "pp"  # '(KH: giảm 0,5%)' for a rate: a target for its change in points
    value = None if m.value is None or m.hi is not None else m.value * scale * r.sign * r.scale
    low = high = None
    if r.kind == "target":
        low, high, problem = _target_bounds(m, text, fig, style)
        flags.append(problem)
        value = low if low is not None and low == high else None
    elif m.hi is not None and m.value is not None and m.hi_value is not None:
        low, high = sorted(v * scale * r.sign * r.scale for v in (m.value, m.hi_value))  # signed
    if m.bound and r.kind != "target":
        meaning = cues.BOUND_MEANING.get(m.bound, "")
        flags.append(f"printed '{m.bound_word} {m.text}': {meaning}, not an exact figure")
    flags.append(style_flag(m, style))
    flags += precision_flags(m, unit)
    entry = fig.entry
    if entry is not None and r.kind == "level" and value is not None:
        flags += fit_flags(entry, fig.measure, unit, value)
    start, end = _quote_span(doc.text, seg, fig)
    quote = doc.text[start:end]
    folded_quote = fold(quote)
    flags += [f"printed '{wrong}' for '{right}'" for low_, wrong, right in _MISSPELT
              if low_ in folded_quote]  # fmt: skip
    return fact_row(
        topic=_topic(fig, seg),
        subject=entry.id if entry else "",
        aspect=fig.aspect,
        subject_vi=" ".join(fig.subject_vi.split())[:200],
        label_vi=entry.vi if entry else "",
        label_en=fact_label(entry.en, fig.aspect) if entry else "",
        measure=_measure(fig),
        kind=r.kind,
        base=r.base,
        base_text=m.target_marker if r.kind == "target" and m.target_marker else base_text,
        value=value,
        unit="pct" if r.scale == 100.0 else canonical,
        low=low,
        high=high,
        bound=m.bound,
        period=period_of(fig, seg, doc, head),
        value_printed=m.value,
        unit_printed="" if fig.unit_override else _unit_printed(text, m),
        denominator=m.den_value,
        source=source_of(seg),
        quote=quote,
        start=start,
        end=end,
        number_start=seg.offset(m.start),
        number_end=seg.offset(m.end),
        flag_notes=flags,
        _tokens=[(seg.offset(m.hi.start), seg.offset(m.hi.end))] if m.hi else [],
    )


def _unit_printed(text: str, m) -> str:
    return text[m.unit.start : m.unit.end].strip() if (m.unit.unit or m.unit.noun) else ""


def _target_bounds(m, text: str, fig: Figure, style: str) -> tuple[float | None, float | None, str]:
    span = text[m.start : max(m.claim_end, m.last_end)]
    if m.bound:
        span = f"{m.bound_word} {span}"
    context = text[fig.anchor.mention.head[0] : fig.anchor.mention.end] if fig.anchor else ""
    try:
        t = parse_target(span, context, "vi" if style == "mixed" else style)
    except NumberFormatError as exc:
        return None, None, f"target not read: {exc}"
    if m.sign < 0 and t.low is not None and t.low > 0:  # '(KH giảm 0,5%)'
        return -t.high if t.high is not None else None, -t.low, ""
    return t.low, t.high, ""


def _per_unit(fig: Figure, text: str, head: str):
    """The per-head or per-ha money unit a figure printed in plain 'triệu đồng' means, when
    its subject (or the figure it qualifies) is counted per head or per ha; else None."""
    anchor = fig.anchor.mention if fig.anchor is not None else None
    anchor_words = text[anchor.head[0] : anchor.end] if anchor is not None else ""
    context = " ".join((head, fig.entry.vi if fig.entry else "", anchor_words))
    m = fig.mention
    try:
        meant = lookup_unit(text[m.unit.start : m.unit.end], context)
    except NumberFormatError:
        return None
    return meant if meant.kind in _PER_UNIT_KINDS else None


def _measure(fig: Figure) -> str:
    """A figure's measure: its own, its subject's, a qualifier's anchor's, else a count for a
    figure with no unit."""
    if fig.measure:
        return fig.measure
    if fig.entry is not None and fig.entry.measure:
        return fig.entry.measure
    if fig.anchor is not None:
        return _measure(fig.anchor)
    unit = (fig.unit_override or fig.mention.unit).unit
    return "" if unit else "count"


def _denominator_row(fig: Figure, seg: Segment, row: dict, year: int | None) -> dict:
    """The 'y' of 'x/y': the whole x is of ('728/744 vụ'), or the plan when the clause after it
    compares with a plan or an estimate ('486,2/512 tỷ đồng, đạt 95% kế hoạch')."""
    m = fig.mention
    value = None if m.den_value is None else m.den_value * m.unit.scale
    exceeds = m.value is not None and m.den_value is not None and m.value > m.den_value
    ratio = 100 * m.value / m.den_value if exceeds and m.den_value else None
    base, base_text = _plan_after(seg.text, m.claim_end, year, exceeds, ratio)
    common = {
        "value": value, "value_printed": m.den_value, "denominator": None, "bound": "",
        "number_start": seg.offset(m.den.start), "number_end": seg.offset(m.den.end),
        "_tokens": [],
    }  # fmt: skip
    if base:
        return row | common | {
            "kind": "target", "base": base, "base_text": base_text, "low": value, "high": value,
            "flag_notes": "the plan of the figure before the slash",
        }  # fmt: skip
    aspect = f"{row['aspect']}_total" if row["aspect"] else "total"
    return row | common | {"aspect": aspect, "kind": "level", "low": None, "high": None,
                           "flag_notes": ""}  # fmt: skip


def _plan_after(
    text: str, at: int, year: int | None, exceeds: bool, ratio: float | None = None
) -> tuple[str, str]:
    """(base, as printed) when the clause after `at` prints a percentage of a plan or an estimate
    ('…, đạt 95% kế hoạch', '(150% KH)'; not '11/13 chỉ tiêu đạt kế hoạch': 13 is a whole), or,
    when x `exceeds` y (no whole is smaller than its part), names a plan ('130/120 ha, vượt kế
    hoạch') or prints x / y as a percentage (`ratio`: '1.250/1.200 tỷ đồng, bằng 104,2%')."""
    clause = re.split(r"[;.!?\n]", text[at : at + PLAN_AFTER], maxsplit=1)[0]
    found = (_PLAN_WORD if exceeds else _PLAN_RATE).search(fold(clause))
    if found is None:
        printed = [float(p.replace(".", "").replace(",", ".")) for p in _PERCENT.findall(clause)]
        if ratio is not None and any(abs(p - ratio) <= 0.02 * ratio for p in printed):
            return "plan", ""
        return "", ""
    return base_of(found.group("base"), year), clause[found.start("base") : found.end("base")]
