"""Body and footnote paragraphs -> fact rows: every figure of the prose, read by the grammar.

A figure printed right after another one, with no subject words of its own ('…, tăng 12,35%',
'(chiếm 80%)', 'số tiền 22 triệu đồng'), continues it: same subject and aspect. Others take
their subject from the lexicon (`subjects`). Figures in brackets after a figure, or after
'trong đó' / 'gồm', are its parts (`parent`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..parse.fold import fold
from ..parse.units import UnitMatch
from ..read.document import Document
from ..read.footnotes import Footnote, Segment
from .anchors import part_parent, same_unit
from .clauses import (
    PART_BEFORE,
    YEAR_HEAD,
    ascii_slug,
    aspect_of,
    bracket_parents,
    clause_before,
    counts_another,
    dated_head,
    ends_item,
    judgement_only,
    lead_of,
    measure_of,
    named_measure,
    near_words,
    parallel,
    same_clause,
    same_sentence,
    sentence_start,
    strip_connectors,
)
from .grammar import read_mentions
from .mention import Mention
from .subjects import Entry, Lexicon, Scope, aspects_in
from .tokens import Token, segment_tokens


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
    default_rate: bool = False  # a percentage whose words name no measure: 'rate' by default
    rows: list[dict] = field(default_factory=list)


class ProseReader:
    """Reads the figures of a document's paragraphs and footnotes into fact rows."""

    def __init__(self, doc: Document, style: str, lexicon: Lexicon, skip: set[int]):
        self.doc, self.style, self.lexicon, self.skip = doc, style, lexicon, skip
        self.year = doc.identity.year
        self.next_year = doc.identity.next_year
        self.tokens: list[tuple[Segment, Token]] = []
        self._passages: dict[int, tuple[str, list[tuple], list[int]]] = {}
        self._outers: dict[int, list[Scope]] = {}

    def figures(self) -> list[tuple[Segment, list[Figure]]]:
        out = []
        classified = segment_tokens(self.doc)
        for seg in self.doc.segments:
            if id(seg) in self.skip:
                continue
            folded, tokens = classified[id(seg)]
            self.tokens += [(seg, t) for t in tokens]
            mentions = read_mentions(seg.text, self.style, tokens, folded)
            out.append((seg, self._figures(seg, mentions)))
        return out

    def _figures(self, seg: Segment, mentions: list[Mention]) -> list[Figure]:
        figures: list[Figure] = []
        parents = bracket_parents(seg.text, mentions)
        bracketed: dict[int, bool] = {}
        for k, m in enumerate(mentions):
            fig = Figure(m)
            head, part = strip_connectors(seg.text[m.head[0] : m.head[1]])
            part = part or bool(PART_BEFORE.search(fold(seg.text[m.head[1] : m.start])))
            head = "" if judgement_only(head) else head  # '…, chưa đạt kế hoạch (KH 92,5%)'
            tail = seg.text[m.tail[0] : m.tail[1]]
            unit_text = seg.text[m.unit.start : m.unit.end] if (m.unit.unit or m.unit.noun) else ""
            prev = figures[-1] if figures else None
            if head and prev and ends_item(seg.text, prev.mention, m, f"{unit_text} {tail}",
                                           self.lexicon.is_generic):  # fmt: skip
                head = ""  # '180 đơn kiến nghị, phản ánh, 35 đơn khiếu nại'
            own = " ".join(x for x in (head, unit_text, tail) if x)
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
            # '(năm <year>: 12 đơn)', '(cùng kỳ: 12 đơn)': another period, named by nothing else
            dated = dated_head(head) and self.lexicon.is_generic(YEAR_HEAD.sub(" ", fold(head)))
            sibling = (
                prev is not None
                and whole is not None
                and parents.get(k - 1) == whole
                and same_clause(seg.text, prev.mention, m)
                and bool(head)
                and self.lexicon.is_generic(head)
            )  # 'đất ở: 31 hộ, diện tích 0,4 ha': the area of the same part
            if (
                whole is not None
                and not m.target_marker
                and not dated
                and not qualifier
                and not sibling
            ):
                self._resolve(fig, seg, head, own, part=True)
                fig.parent = figures[whole].anchor or figures[whole]  # '3.584, tăng 875 (…)'
                self._as_part(fig, head, own, seg.text)
            elif (
                prev is not None
                and not part
                and same_clause(seg.text, prev.mention, m)
                and (not head or dated or self.lexicon.is_generic(head))
                and not (
                    not head
                    and not qualifier
                    and self.lexicon.names_another(f"{unit_text} {tail}", prev.entry)
                )
            ):
                prev = same_unit(figures, seg.text, m, own) or prev if qualifier else prev
                self._continue(fig, prev, head, own, qualifier, tail)
            else:
                self._resolve(fig, seg, head, own)
                before = fold(seg.text[max(0, m.head[0] - 16) : m.head[0]])
                intro = PART_BEFORE.search(before)
                if part or intro:
                    fig.parent = part_parent(figures, seg.text, m, own)
                    fig.listed = bool(intro and ":" in intro.group())  # 'trong đó: a; b; c'
                elif (
                    prev is not None
                    and prev.parent is not None
                    and not bracketed.get(prev_k)
                    and same_sentence(seg.text, prev.mention, m)
                    and not counts_another(prev.mention, m)
                    and (
                        prev.listed
                        or same_clause(seg.text, prev.mention, m)
                        or parallel(
                            head,
                            strip_connectors(seg.text[prev.mention.head[0] : prev.mention.head[1]])[
                                0
                            ],
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
        own_aspect = aspect_of(label or near_words(text, m), fig.entry)
        # a head over a comma ends the item before: no label ('…, HTX, hộ kinh doanh, 05 cuộc …')
        if not own_aspect and "," not in label and (fig.entry is None or fig.entry is whole.entry):
            own_aspect = ascii_slug(label)  # a part the aspect table does not name
        fig.aspect = "_".join(x for x in (whole.aspect, own_aspect) if x)

    def _continue(
        self, fig: Figure, prev: Figure, head: str, own: str, qualifier: bool, tail: str
    ) -> None:
        """A figure printed right after another with no subject words of its own: a qualifier
        of it (no head: '…, tăng 12,35%', '(chiếm 80%)') or a sibling (a generic or aspect head:
        'số tiền 22 triệu đồng', 'Cảnh cáo 03')."""
        fig.entry, fig.subject_vi, fig.parent = prev.entry, prev.subject_vi, prev.parent
        if qualifier:
            fig.anchor = prev.anchor if prev.anchor is not None else prev
            fig.aspect, fig.listed = fig.anchor.aspect, fig.anchor.listed  # 'a, chiếm 36%; b'
            unit = fig.mention.unit.unit
            qualifier = unit is None or unit.canonical in ("pct", "pp", "times")
            fig.measure = fig.anchor.measure if qualifier else measure_of(own, fig.mention.unit)
            return
        fig.sibling = True
        if prev.parent is not None:  # the next part of a list: named by its own words, if any
            bare = named_measure(head) and len(head.split()) <= 2  # 'diện tích 0,2 ha'
            fig.subject_vi = ("" if bare else head) or tail.strip(" *_") or prev.subject_vi
        listed = prev.anchor or prev  # '02 trường hợp (chiếm 5,72%); vi phạm khác 05'
        if fig.mention.unit.unit is None:  # 'Khiển trách 30, Cảnh cáo 03': the list's unit
            fig.unit_override = listed.unit_override or (
                listed.mention.unit if listed.mention.unit.unit else None
            )
        own_aspects = aspects_in(own, fig.entry.id if fig.entry else "")
        parent_aspect = prev.parent.aspect if prev.parent is not None else ""
        if own_aspects:
            fig.aspect = "_".join(x for x in (parent_aspect, *own_aspects) if x)
        else:
            fig.aspect = prev.aspect
        unit = fig.mention.unit.unit
        if unit is not None and unit.canonical in ("pct", "pp") and not named_measure(own):
            # '(năm <year> tăng 6,9%)': a percentage of the same subject
            fig.measure, fig.default_rate = prev.measure, prev.default_rate
        else:
            fig.measure = measure_of(own, fig.mention.unit) or prev.measure

    def _resolve(self, fig: Figure, seg: Segment, head: str, own: str, part: bool = False) -> None:
        """A figure naming its own subject, or taking it from its clause, sentence, paragraph
        (a part, only from its own words: else it is its whole's)."""
        m = fig.mention
        fig.subject_vi = (
            head or seg.text[m.tail[0] : m.tail[1]].strip() or clause_before(seg.text, m)
        )
        printed = m.unit.unit.canonical if m.unit.unit is not None else ""
        times = printed == "times"  # 'tăng 1,5 lần': a multiple of its subject's measure
        percent = printed in ("pct", "pp") or times
        named = named_measure(own)
        measure = named if percent else measure_of(own, m.unit)
        unit = "" if percent or m.unit.unit is None else m.unit.unit.canonical
        value = m.value * m.unit.scale if m.value is not None and not percent else None
        scopes = self._scopes(seg, m)
        where = " ".join(s.text for s in scopes[2:])
        if part:
            scopes = scopes[:1]
        fig.entry = self.lexicon.resolve(scopes, head, measure, unit, value, where, not part)
        if percent and not named:
            entry_measure = fig.entry.measure if fig.entry is not None else ""
            measure = entry_measure or ("ratio" if times else "rate")
            fig.default_rate = not entry_measure and not times
        fig.measure = measure
        fig.aspect = aspect_of(near_words(seg.text, m), fig.entry)

    def _scopes(self, seg: Segment, m: Mention) -> list[Scope]:
        """Where a figure's subject may be named, from its own words outwards: its own words
        (head, unit, tail), its clause after the figure before it, its sentence's lead (before a
        colon), the sentence, the paragraph's lead, the citing sentence, the section."""
        text, (folded, found, starts) = seg.text, self._passage(seg)
        sentence = sentence_start(text, m.start)
        clause = max(text.rfind(";", sentence, m.start), sentence, m.after)
        colon = text.find(":", sentence, m.head[0])
        spans = [((m.head[0], max(m.tail[1], m.claim_end)), False), ((clause, m.claim_end), False)]
        if colon >= 0:
            spans.append(((sentence, colon), False))
        spans.append(((sentence, m.claim_end), True))
        scopes = [Scope(folded[a:b], _within(found, starts, a, b), m.start - a, strict)
                  for (a, b), strict in spans]  # fmt: skip
        return scopes + self._outer(seg)

    def _passage(self, seg: Segment) -> tuple[str, list[tuple], list[int]]:
        """A paragraph folded, with every lexicon phrase in it and where each starts (once per
        paragraph)."""
        key = id(seg)
        if key not in self._passages:
            folded = segment_tokens(self.doc)[key][0]
            found = self.lexicon.index.find(folded)
            self._passages[key] = (folded, found, [f[0] for f in found])
        return self._passages[key]

    def _outer(self, seg: Segment) -> list[Scope]:
        key = id(seg)
        if key not in self._outers:
            texts = [lead_of(seg.text)]
            if isinstance(seg, Footnote):  # what the marker follows, then its sentence
                texts += [seg.cited_in[: max(seg.cited_at, 0)], seg.cited_in]
            texts.append(seg.section_path)
            self._outers[key] = [self.lexicon.scope(t) for t in texts]
        return self._outers[key]


def _within(found: list[tuple], starts: list[int], a: int, b: int) -> list[tuple]:
    """The phrases found in a passage that lie in [a, b), with offsets from a."""
    inside = found[bisect_left(starts, a) : bisect_right(starts, b)]
    return [(s - a, t - a, p, e) for s, t, p, e in inside if t <= b]
