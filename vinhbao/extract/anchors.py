"""Which earlier figure of its sentence a figure belongs to: the whole a 'trong đó' part is of,
the figure a change in a counting unit qualifies."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..parse.fold import alternation, fold
from ..rules import aspects as aspect_rules
from ..rules import cues
from .clauses import sentence_start
from .mention import Mention
from .subjects import aspects_in

if TYPE_CHECKING:
    from .prose import Figure

_OPENS_PART = re.compile(rf"[\s*_]*(?:{alternation(cues.PART_MARKERS)})\b")


def same_unit(figures: list[Figure], text: str, m: Mention, own: str) -> Figure | None:
    """The figure a change in a unit of its own (not %, points or times) qualifies when the
    figure just before it is in another unit: the last one of its sentence in its unit ('12 vụ,
    làm chết 8 người; so với cùng kỳ giảm 3 vụ': the 12 cases), of the aspect its own words name
    if one is ('giảm 2 người chết': the deaths)."""
    unit = m.unit.unit
    last = figures[-1].mention.unit.unit if figures else None
    if m.cue_kind != "change" or unit is None or last is None or last == unit:
        return None
    if unit.canonical in ("pct", "pp", "times"):
        return None
    start = sentence_start(text, m.start)
    same = [f for f in figures if f.mention.start >= start and f.mention.unit.unit == unit]
    named = set(aspects_in(own))
    return next((f for f in reversed(same) if f.aspect in named), same[-1] if same else None)


def part_parent(figures: list[Figure], text: str, m: Mention, own: str = "") -> Figure | None:
    """The whole a 'trong đó …' part belongs to: the last figure before it in its sentence; not
    a figure printed after a sibling ('a, b, trong đó …': the whole is a + b, not b), unless the
    part's own words name a state of that figure's aspect (`rules.aspects.STATE_OF`: 'đã giải
    quyết 512 hồ sơ, trong đó đúng hạn 509': of the 512)."""
    start = sentence_start(text, m.start)
    before = [f for f in figures if f.mention.start >= start]
    if not before and start and _OPENS_PART.match(fold(text[start : m.start])):
        # 'Chuyển đảng 120 trường hợp. Trong đó: …': the one whole of the sentence before
        earlier = sentence_start(text, start - 1)
        wholes = {id(f.anchor or f): f.anchor or f for f in figures if f.mention.start >= earlier}
        return next(iter(wholes.values())) if len(wholes) == 1 else None
    if not before:
        return None
    whole = before[-1].anchor or before[-1]
    if not whole.sibling:
        return whole
    wholes = {w for a in aspects_in(own) for w in aspect_rules.STATE_OF.get(a, ())}
    of = any(whole.aspect == w or whole.aspect.endswith("_" + w) for w in wholes)
    return whole if of else None
