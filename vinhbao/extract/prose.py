"""Body and footnote paragraphs -> fact rows: every figure of the prose, read by the grammar.

A figure printed right after another one, with no subject words of its own ('…, tăng 14,64%',
'(chiếm 80%)', 'số tiền 22 triệu đồng'), continues it: same subject and aspect. Others take
their subject from the lexicon (`subjects`). Figures in brackets after a figure, or after
'trong đó' / 'gồm', are its parts (`parent`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..parse.fold import ascii_fold, fold
from ..parse.phrases import PhraseIndex
from ..parse.units import UnitMatch
from ..read.document import Document
from ..read.footnotes import Footnote, Segment
from ..read.sections import sentence_at
from ..rules import cues
from .grammar import Mention, read_mentions
from .subjects import Entry, Lexicon, Scope, aspect_spans, aspects_in
from .tokens import Token, segment_tokens

_PART = tuple(fold(p) for p in cues.PART_MARKERS)
_CONNECTORS = sorted((fold(c) for c in cues.CONNECTORS), key=len, reverse=True)
_MEASURES = PhraseIndex(cues.MEASURE_WORDS)
_YEAR_PHRASE = re.compile(r"năm(?:\s+học)?\s+((?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)")
_SLUG = re.compile(r"[^a-z0-9]+")
_COMPATIBLE = {"amount": ("money", "money_per_person", "money_per_ha", "money_usd"),
               "area": ("area",), "yield": ("yield",), "output": ("mass", "count"),
               "rate": ("percent", "points"), "count": ("count",)}  # fmt: skip


@dataclass
class Figure:
    """A mention with what the prose reading adds: subject, aspect, measure, kind, parent."""

    mention: Mention
    entry: Entry | None = None
    subject_vi: str = ""
    aspect: str = ""
    measure: str = ""
    anchor: Figure | None = None
    parent: Figure | None = None
    unit_override: UnitMatch | None = None  # a part printed without its whole's unit
    listed: bool = False  # a part of a list 'trong đó: a; b; c' (its siblings run to the full stop)
    sibling: bool = False  # printed after another figure of the same subject (not qualifying it)
    rows: list[dict] = field(default_factory=list)


def ascii_slug(text: str, words: int = 4) -> str:
    """'đi ngoài nước' -> 'di_ngoai_nuoc' (an aspect for a part the aspect table does not name)."""
    return "_".join(_SLUG.sub(" ", ascii_fold(text.lower())).split()[:words])


def _strip_connectors(head: str) -> tuple[str, bool]:
    """The head without leading connectors and punctuation; whether it opened with a part marker
    ('trong đó', 'gồm')."""
    s = head.strip(" *_-+•“”\"'\t\n,.")
    part = False
    changed = True
    while changed:
        changed = False
        low = fold(s)
        for c in _CONNECTORS:
            if low.startswith(c) and (len(low) == len(c) or not low[len(c)].isalnum()):
                part = part or c in _PART
                s = s[len(c) :].lstrip(" :*_,")
                changed = True
                break
    return s, part


def _named_measure(own: str, kind: str = "") -> str:
    """The measure a figure's own words name ('diện tích' -> area), if its unit's kind agrees."""
    for _, _, _, measure in _MEASURES.find(fold(own)):
        if not kind or kind in _COMPATIBLE.get(measure, (kind,)):
            return measure
    return ""


def _measure_of(own: str, unit: UnitMatch) -> str:
    """The measure a figure's own words name, if its unit agrees, else its unit's measure."""
    kind = unit.unit.kind if unit.unit else ""
    return _named_measure(own, kind) or (unit.unit.measure if unit.unit else "")


class ProseReader:
    """Reads the figures of a document's paragraphs and footnotes into fact rows."""

    def __init__(self, doc: Document, style: str, lexicon: Lexicon, skip: set[int]):
        self.doc, self.style, self.lexicon, self.skip = doc, style, lexicon, skip
        self.year = doc.identity.year
        self.next_year = doc.identity.next_year
        self.tokens: list[tuple[Segment, Token]] = []
        self._passages: dict[int, tuple[str, list[tuple]]] = {}
        self._outers: dict[int, list[Scope]] = {}

    def figures(self) -> list[tuple[Segment, list[Figure]]]:
        out = []
        classified = segment_tokens(self.doc)
        for seg in self.doc.segments:
            if id(seg) in self.skip:
                continue
            _, tokens = classified[id(seg)]
            self.tokens += [(seg, t) for t in tokens]
            mentions = read_mentions(seg.text, self.style, tokens)
            out.append((seg, self._figures(seg, mentions)))
        return out

    def _figures(self, seg: Segment, mentions: list[Mention]) -> list[Figure]:
        figures: list[Figure] = []
        parents = _bracket_parents(seg.text, mentions)
        bracketed: dict[int, bool] = {}
        for k, m in enumerate(mentions):
            fig = Figure(m)
            head, part = _strip_connectors(seg.text[m.head[0] : m.head[1]])
            tail = seg.text[m.tail[0] : m.tail[1]]
            unit_text = seg.text[m.unit.start : m.unit.end] if (m.unit.unit or m.unit.noun) else ""
            own = " ".join(x for x in (head, unit_text, tail) if x)
            prev = figures[-1] if figures else None
            prev_k = k - 1
            if prev is not None and bracketed.get(k - 1) and k not in parents:
                prev_k = parents[k - 1]
                prev = figures[prev_k]  # after a bracket: the figure it follows
            whole = parents.get(k)
            unit = m.unit.unit
            qualifier = not head and (
                m.cue_kind in ("change", "ratio", "times", "share")
                or bool(m.target_marker)
                or (unit is not None and unit.canonical in ("pct", "pp", "times"))
            )
            dated = bool(_YEAR_HEAD.search(fold(head)))  # '(năm 2022: 429 đơn)': another period
            sibling = (
                prev is not None
                and whole is not None
                and parents.get(k - 1) == whole
                and _same_clause(seg.text, prev.mention, m)
                and bool(head)
                and self.lexicon.is_generic(head)
            )  # 'đất ở: 25 hộ, diện tích 0,2 ha': the area of the same part
            if (
                whole is not None
                and not m.target_marker
                and not dated
                and not qualifier
                and not sibling
            ):
                self._resolve(fig, seg, head, own, part=True)
                fig.parent = figures[whole]
                self._as_part(fig, head, own, seg.text)
            elif (
                prev is not None
                and not part
                and _same_clause(seg.text, prev.mention, m)
                and (not head or dated or self.lexicon.is_generic(head))
            ):
                self._continue(fig, prev, head, own, qualifier)
            else:
                self._resolve(fig, seg, head, own)
                before = fold(seg.text[max(0, m.head[0] - 16) : m.head[0]])
                intro = _PART_BEFORE.search(before)
                if part or intro:
                    fig.parent = _part_parent(figures, seg.text, m)
                    fig.listed = bool(intro and ":" in intro.group())  # 'trong đó: a; b; c'
                elif (
                    prev is not None
                    and prev.parent is not None
                    and not bracketed.get(prev_k)
                    and _same_sentence(seg.text, prev.mention, m)
                    and (
                        prev.listed
                        or _same_clause(seg.text, prev.mention, m)
                        or _parallel(
                            head,
                            _strip_connectors(
                                seg.text[prev.mention.head[0] : prev.mention.head[1]]
                            )[0],
                        )
                    )
                ):
                    fig.parent = prev.parent  # the next part of the same 'trong đó' list
                    fig.listed = prev.listed
                if fig.parent is not None:
                    self._as_part(fig, head, own, seg.text)
            bracketed[k] = whole is not None
            figures.append(fig)
        return figures

    def _as_part(self, fig: Figure, head: str, own: str, text: str) -> None:
        """A part of a whole: its subject if it names none, its unit if it prints none (a noun
        after it is then its label: '(17 xóa tên, 07 cho ra khỏi Đảng)'), its aspect added to
        the whole's."""
        whole, m = fig.parent, fig.mention
        fig.entry = fig.entry or whole.entry
        label = head
        if (m.unit.unit is None or m.unit.noun) and whole.mention.unit.unit is not None:
            if m.unit.noun:
                label = f"{head} {m.unit.noun}".strip()
            fig.unit_override = whole.mention.unit
            fig.measure = fig.measure if m.unit.unit and not m.unit.noun else whole.measure
        own_aspect = _aspect(label or _near(head, text, m), fig.entry)
        if not own_aspect and (fig.entry is None or fig.entry is whole.entry):
            own_aspect = ascii_slug(label)  # a part the aspect table does not name
        fig.aspect = "_".join(x for x in (whole.aspect, own_aspect) if x)

    def _continue(self, fig: Figure, prev: Figure, head: str, own: str, qualifier: bool) -> None:
        """A figure printed right after another with no subject words of its own: a qualifier
        of it (no head: '…, tăng 14,64%', '(chiếm 80%)') or a sibling (a generic or aspect head:
        'số tiền 22 triệu đồng', 'Cảnh cáo 03')."""
        fig.entry, fig.subject_vi, fig.parent = prev.entry, prev.subject_vi, prev.parent
        if qualifier:
            fig.anchor = prev.anchor if prev.anchor is not None else prev
            fig.aspect = fig.anchor.aspect
            unit = fig.mention.unit.unit
            qualifier = unit is None or unit.canonical in ("pct", "pp", "times")
            fig.measure = fig.anchor.measure if qualifier else _measure_of(own, fig.mention.unit)
            return
        fig.sibling = True
        own_aspects = aspects_in(own)
        parent_aspect = prev.parent.aspect if prev.parent is not None else ""
        if own_aspects:
            fig.aspect = "_".join(x for x in (parent_aspect, *own_aspects) if x)
        else:
            fig.aspect = prev.aspect
        fig.measure = _measure_of(own, fig.mention.unit) or prev.measure

    def _resolve(self, fig: Figure, seg: Segment, head: str, own: str, part: bool = False) -> None:
        """A figure naming its own subject, or taking it from its clause, sentence, paragraph
        (a part, only from its own words: else it is its whole's)."""
        m = fig.mention
        fig.subject_vi = (
            head or seg.text[m.tail[0] : m.tail[1]].strip() or _clause_before(seg.text, m)
        )
        percent = m.unit.unit is not None and m.unit.unit.canonical in ("pct", "pp")
        named = _named_measure(own)
        measure = named if percent else _measure_of(own, m.unit)
        unit = "" if percent or m.unit.unit is None else m.unit.unit.canonical
        value = m.value * m.unit.scale if m.value is not None and not percent else None
        scopes = self._scopes(seg, m)
        where = " ".join(s.text for s in scopes[2:])
        if part:
            scopes = scopes[:1]
        fig.entry = self.lexicon.resolve(scopes, head, measure, unit, value, where)
        if percent and not named:
            entry_measure = fig.entry.measure if fig.entry is not None else ""
            measure = entry_measure or "rate"
        fig.measure = measure
        if fig.entry is not None:
            fig.aspect = _aspect(_near(head, seg.text, m), fig.entry)

    def _scopes(self, seg: Segment, m: Mention) -> list[Scope]:
        """Where a figure's subject may be named, from its own words outwards: its own words
        (head, unit, tail), its clause after the figure before it, its sentence's lead (before a
        colon), the sentence, the paragraph's lead, the citing sentence, the section."""
        text, (folded, found) = seg.text, self._passage(seg)
        sentence = _sentence_start(text, m.start)
        clause = max(text.rfind(";", sentence, m.start), sentence, m.after)
        colon = text.find(":", sentence, m.head[0])
        spans = [((m.head[0], max(m.tail[1], m.claim_end)), False), ((clause, m.claim_end), False)]
        if colon >= 0:
            spans.append(((sentence, colon), False))
        spans.append(((sentence, m.claim_end), True))
        scopes = [
            Scope(
                folded[a:b],
                [(s - a, t - a, p, e) for s, t, p, e in found if a <= s and t <= b],
                m.start - a,
                strict,
            )
            for (a, b), strict in spans
        ]
        return scopes + self._outer(seg)

    def _passage(self, seg: Segment) -> tuple[str, list[tuple]]:
        """A paragraph folded, with every lexicon phrase in it (once per paragraph)."""
        key = id(seg)
        if key not in self._passages:
            folded = fold(seg.text)
            self._passages[key] = (folded, self.lexicon.index.find(folded))
        return self._passages[key]

    def _outer(self, seg: Segment) -> list[Scope]:
        key = id(seg)
        if key not in self._outers:
            texts = [_lead(seg.text)]
            if isinstance(seg, Footnote):
                texts.append(seg.cited_in)
            texts.append(seg.section_path)
            self._outers[key] = [self.lexicon.scope(t) for t in texts]
        return self._outers[key]


def _near(head: str, text: str, m: Mention) -> str:
    """A figure's nearest words: the last comma-separated piece of its head, its unit and tail
    (the aspect of '…, đã nhận 113 đơn' is in 'đã nhận', not earlier in the clause)."""
    piece = head.rsplit(",", 1)[-1]
    unit = text[m.unit.start : m.unit.end] if (m.unit.unit or m.unit.noun) else ""
    return " ".join(x for x in (piece, unit, text[m.tail[0] : m.tail[1]]) if x.strip())


def _aspect(near: str, entry: Entry | None) -> str:
    """The aspects of a figure's nearest words, but those inside a longer phrase naming its
    subject (the 'hộ nghèo' of 'tỷ lệ hộ nghèo' is no aspect; the 'đánh bạc' of 'vụ đánh bạc'
    is one)."""
    folded = fold(near)
    named = [(s, e) for s, e, _, _ in _phrase_index(entry.phrases).find(folded)] if entry else []
    out = [
        aspect
        for s, e, aspect in aspect_spans(folded)
        if not any(a <= s and e <= b and (b - a) > (e - s) for a, b in named)
    ]
    return "_".join(dict.fromkeys(out))


@lru_cache(maxsize=512)
def _phrase_index(phrases: tuple[str, ...]) -> PhraseIndex:
    return PhraseIndex(dict.fromkeys(phrases, True))


def _clause_before(text: str, m: Mention) -> str:
    """The words of a figure's clause before it (for a figure without a head of its own)."""
    start = max(text.rfind(";", 0, m.start), _sentence_start(text, m.start))
    return text[start : m.start].strip(" ;,(:*")[-120:]


def _same_clause(text: str, a: Mention, b: Mention) -> bool:
    """Whether nothing but commas, 'và' and brackets separate two figures' clauses."""
    between = text[a.claim_end : b.head[0]]
    return not re.search(r"[;.:!?\n]", between.replace("..", "")) and b.head[0] >= a.claim_end


_YEAR_HEAD = re.compile(r"năm\s+(?:19|20)\d\d")
_PART_BEFORE = re.compile(rf"(?:{'|'.join(re.escape(p) for p in _PART)})\s*[:,]?\s*$")


def _parallel(head: str, other: str) -> bool:
    """Whether two parts' heads open with the same word ('chuyển đi 242 …; chuyển đến 149')."""
    a, b = fold(head).split()[:1], fold(other).split()[:1]
    return bool(a) and a == b


def _same_sentence(text: str, a: Mention, b: Mention) -> bool:
    return _sentence_start(text, b.start) <= a.start


_SENTENCE_END = re.compile(r"[.!?…](?=\s+[\"“(*\-–+]*[^\W\d_a-zà-ỹđ])|\n")


@lru_cache(maxsize=512)
def _sentence_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def _sentence_start(text: str, i: int) -> int:
    """Where the sentence holding position i starts."""
    starts = _sentence_starts(text)
    return starts[bisect_right(starts, i) - 1]


def _lead(text: str) -> str:
    """A paragraph's lead: its first sentence, or its bullet title ('- *Công tác dân vận*:')."""
    first = sentence_at(text, 0)
    title = re.match(r"^[\s\-+•]*\*+([^*]+)\*+", text)
    return title.group(1) if title else first[:200]


def _bracket_parents(text: str, mentions: list[Mention]) -> dict[int, int]:
    """Index of each figure inside brackets -> index of the figure printed just before the
    bracket opened (its whole: '35 đảng viên (Khiển trách 30, …)')."""
    out: dict[int, int] = {}
    stack: list[int | None] = []  # the whole of each open bracket (None: it follows no figure)
    brackets = [(b.start(), b.group()) for b in _BRACKET.finditer(text)]
    events = sorted(brackets + [(m.start, k) for k, m in enumerate(mentions)], key=lambda e: e[0])
    last = None
    for at, what in events:
        if what == "(":
            whole = last if last is not None and _adjacent(text, mentions[last], at) else None
            stack.append(whole if not stack else stack[-1])
        elif what == ")":
            if stack:
                stack.pop()
        elif stack and stack[-1] is not None:
            out[what] = stack[-1]
        elif not stack:
            last = what
    return out


_BRACKET = re.compile(r"[()]")


def _adjacent(text: str, m: Mention, bracket: int) -> bool:
    """Whether a bracket opens right after a figure (and the words naming it)."""
    gap = text[m.claim_end : bracket]
    return len(gap) < 60 and not re.search(r"[;.:!?]", gap)


def _part_parent(figures: list[Figure], text: str, m: Mention) -> Figure | None:
    """The whole a 'trong đó …' part belongs to: the last figure before it in its sentence."""
    start = _sentence_start(text, m.start)
    before = [f for f in figures if f.mention.start >= start]
    if not before:
        return None
    whole = before[-1].anchor or before[-1]
    return None if whole.sibling else whole  # 'a, b, trong đó …': the whole is a + b, not b
