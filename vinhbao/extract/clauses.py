"""The clauses of a paragraph around its figures: sentences and their leads, connectors,
brackets, a figure's nearest words and the measure and aspect they name.

>>> strip_connectors("trong đó chuyển đi")
('chuyển đi', True)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from ..parse.fold import alternation, ascii_fold, fold
from ..parse.phrases import PhraseIndex
from ..parse.units import UnitMatch
from ..read.sections import sentence_at
from ..rules import cues
from .mention import Mention
from .subjects import Entry, aspect_spans, aspects_in, subject_aspect_spans

_PART = tuple(fold(p) for p in cues.PART_MARKERS)
_CONNECTOR = re.compile(  # the longest first; 'chỉ số', 'chỉ tiêu' are no connector 'chỉ'
    rf"(?!{alternation(cues.CONNECTOR_COMPOUNDS)})(?:{alternation(cues.CONNECTORS)})"
)
_MEASURES = PhraseIndex(cues.MEASURE_WORDS)
_SLUG = re.compile(r"[^a-z0-9]+")
_COMPATIBLE = {"amount": ("money", "money_per_person", "money_per_person_month", "money_per_ha",
                          "money_usd"),
               "area": ("area",), "yield": ("yield",), "output": ("mass", "count"),
               "rate": ("percent", "points"), "count": ("count",)}  # fmt: skip


def ascii_slug(text: str, words: int = 4) -> str:
    """'đi ngoài nước' -> 'di_ngoai_nuoc' (an aspect for a part the aspect table does not name)."""
    return "_".join(_SLUG.sub(" ", ascii_fold(text.lower())).split()[:words])


_JUDGEMENT = re.compile(
    rf"(?:{alternation(cues.JUDGEMENT_VERBS)})\s+(?:{alternation(cues.PLAN_BASES)})"
    rf"(?:\s+(?:{alternation(cues.BASE_QUALIFIERS)}))*\s*"
)


def judgement_only(head: str) -> bool:
    """Whether a figure's words only judge against the plan ('chưa đạt kế hoạch'): no subject."""
    return bool(head) and _JUDGEMENT.fullmatch(fold(head)) is not None


def strip_connectors(head: str, aspects: bool = False) -> tuple[str, bool]:
    """The head without leading connectors and punctuation (with `aspects`, but one opening an
    aspect phrase: 'đã giải quyết'); whether it opened with a part marker ('trong đó', 'gồm')."""
    s = head.strip(" *_-+•“”\"'\t\n,.")
    part = False
    while (m := _CONNECTOR.match(fold(s))) and not (aspects and _opens_with_aspect(s)):
        part = part or " ".join(m.group().split()) in _PART
        s = s[m.end() :].lstrip(" :*_,")
    return s, part


@lru_cache(maxsize=8192)
def named_measure(own: str, kind: str = "") -> str:
    """The measure a figure's own words name ('diện tích' -> area), if its unit's kind agrees;
    the comma-separated piece nearest the figure first ('Công tác dân số, …, tỷ lệ …': a rate).

    >>> named_measure("Công tác dân số được tăng cường, tỷ lệ tăng dân số")
    'rate'
    """
    folded = fold(own)
    for text in dict.fromkeys((folded.rsplit(",", 1)[-1], folded)):
        for _, _, _, measure in _MEASURES.find(text):
            if not kind or kind in _COMPATIBLE.get(measure, (kind,)):
                return measure
    return ""


def measure_of(own: str, unit: UnitMatch) -> str:
    """The measure a figure's own words name, if its unit agrees, else its unit's measure."""
    kind = unit.unit.kind if unit.unit else ""
    return named_measure(own, kind) or (unit.unit.measure if unit.unit else "")


def near_words(text: str, m: Mention) -> str:
    """A figure's nearest words: the last comma-separated piece of its head, its unit and tail
    (the aspect of '…, đã nhận 97 đơn' is in 'đã nhận', not earlier in the clause). When that
    piece names no aspect: with a connector opening an aspect kept ('đã giải quyết 512 hồ sơ':
    resolved), or the whole head if it opens with an aspect, the verb of a list ('chi trả tiền
    bồi thường, hỗ trợ cho 1.032 hộ': paid); none of a head ending at a comma when the
    figure's unit and tail name one ('… kiến nghị, phản ánh, 35 đơn khiếu nại': complaints)."""
    raw = text[m.head[0] : m.head[1]]
    unit = text[m.unit.start : m.unit.end] if (m.unit.unit or m.unit.noun) else ""
    piece = strip_connectors(raw)[0].rsplit(",", 1)[-1]
    if raw.rstrip().endswith(",") and aspect_spans(fold(f"{unit} {text[m.tail[0] : m.tail[1]]}")):
        piece = ""  # the words before the comma end the list item before
    elif not aspect_spans(fold(piece)):
        head = strip_connectors(raw, aspects=True)[0]
        piece = head.rsplit(",", 1)[-1]
        if piece != head and not aspect_spans(fold(piece)) and _opens_with_aspect(head):
            piece = head
    return " ".join(x for x in (piece, unit, text[m.tail[0] : m.tail[1]]) if x.strip())


def _opens_with_aspect(head: str) -> bool:
    folded = fold(head.lstrip(" *_-+•\t\n"))
    return any(start == 0 for start, _, _ in aspect_spans(folded))


def aspect_of(near: str, entry: Entry | None) -> str:
    """The aspects of a figure's nearest words, but those inside a longer phrase naming its
    subject (the 'hộ nghèo' of 'tỷ lệ hộ nghèo' is no aspect; the 'đánh bạc' of 'vụ đánh bạc'
    is one)."""
    folded = fold(near)
    named = [(s, e) for s, e, _, _ in _phrase_index(entry.phrases).find(folded)] if entry else []
    out = [
        aspect
        for s, e, aspect in subject_aspect_spans(folded, entry.id if entry else "")
        if not any(a <= s and e <= b and (b - a) > (e - s) for a, b in named)
    ]
    return "_".join(dict.fromkeys(out))


@lru_cache(maxsize=512)
def _phrase_index(phrases: tuple[str, ...]) -> PhraseIndex:
    return PhraseIndex(dict.fromkeys(phrases, True))


def clause_before(text: str, m: Mention) -> str:
    """The words of a figure's clause before it (for a figure without a head of its own)."""
    start = max(text.rfind(";", 0, m.start), sentence_start(text, m.start))
    return text[start : m.start].strip(" ;,(:*")[-120:]


def same_clause(text: str, a: Mention, b: Mention) -> bool:
    """Whether nothing but commas, 'và' and brackets separate two figures' clauses; a ';' does
    not before a change or ratio that names nothing ('…đạt 86 ha; tăng 5%')."""
    between = text[a.claim_end : b.head[0]].replace("..", "")
    named = text[b.head[0] : b.head[1]].strip(" ;,")
    qualifies = b.cue and b.cue_kind in ("change", "ratio", "times") and not named
    stops = _STOPS_BEFORE_QUALIFIER if qualifies else _STOPS
    return not stops.search(between) and b.head[0] >= a.claim_end


# A line break ends a clause when the next line opens an item (a bullet, '1.', '(2)'); else it
# only wraps the line ('tai nạn giao\nthông').
_ITEM_BREAK = r"\n(?=\s*(?:[-+*•–—]|\(?\d{1,2}[.)/](?!\d)))"
_STOPS = re.compile(rf"[;.:!?]|{_ITEM_BREAK}")
_STOPS_BEFORE_QUALIFIER = re.compile(rf"[.:!?]|{_ITEM_BREAK}")


YEAR_HEAD = re.compile(r"năm\s+(?:19|20)\d\d")
# A head naming only the period before ('(cùng kỳ: 568,1 tỷ đồng)'): last year's figure.
PRIOR_HEAD = re.compile(rf"\W*(?:{alternation(cues.PRIOR_PERIOD_BASES)})\W*")


def dated_head(head: str) -> bool:
    """Whether a figure's head names another period: a year or the period before.

    >>> dated_head("(năm 2030:"), dated_head("cùng kì"), dated_head("Thu ngân sách")
    (True, True, False)
    """
    return bool(YEAR_HEAD.search(fold(head))) or prior_head(head)


def prior_head(head: str) -> bool:
    """Whether a figure's head names only the period before ('(cùng kỳ:')."""
    return bool(PRIOR_HEAD.fullmatch(fold(head)))


PART_BEFORE = re.compile(rf"(?:{alternation(cues.PART_MARKERS)})\s*[:,]?\s*$")


def parallel(head: str, other: str) -> bool:
    """Whether two parts' heads open with the same word ('chuyển đi 180 …; chuyển đến 95')."""
    a, b = fold(head).split()[:1], fold(other).split()[:1]
    return bool(a) and a == b


def counts_another(a: Mention, b: Mention) -> bool:
    """Whether two figures count different things ('02 kỳ họp …, ban hành 88 nghị quyết'): the
    second is then no part of the first's list."""
    ua, ub = a.unit.unit, b.unit.unit
    return (
        ua is not None
        and ub is not None
        and ua.kind == ub.kind == "count"
        and ua.canonical != ub.canonical
    )


def ends_item(
    text: str, prev: Mention, m: Mention, words: str, generic: Callable[[str], bool]
) -> bool:
    """Whether a figure's head of aspect words ending at a comma ends the list item before
    ('180 đơn kiến nghị, phản ánh, 35 đơn khiếu nại'): its own `words` (unit and tail) name an
    aspect, and the head names no subject (`generic`: `Lexicon.is_generic`)."""
    raw = text[m.head[0] : m.head[1]]
    own = raw.rstrip().endswith(",") and bool(aspects_in(words))
    return own and generic(raw) and same_clause(text, prev, m)


def same_sentence(text: str, a: Mention, b: Mention) -> bool:
    return sentence_start(text, b.start) <= a.start


_SENTENCE_END = re.compile(r"[.!?…](?=\s+[\"“(*\-–+]*[^\W\d_a-zà-ỹđ])|\n")


@lru_cache(maxsize=512)
def _sentence_starts(text: str) -> list[int]:
    """Where the sentences of a passage start: after '.', '!', '?' before a capital, and after a
    line break, unless the break only wraps the line (the next line goes on in lower case, or
    with a number after a line ending mid-clause)."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text) if not _wraps(text, m))]


def _wraps(text: str, m: re.Match[str]) -> bool:
    if m.group() != "\n":
        return False
    rest = text[m.end() : m.end() + 8].lstrip(" \t")
    if rest[:1].isdigit():  # 'đạt\n100%': a number wrapped after an open clause
        return not text[: m.start()].rstrip().endswith(tuple(".;:!?…"))
    return bool(rest) and rest[0].isalpha() and rest[0].islower()


def sentence_start(text: str, i: int) -> int:
    """Where the sentence holding position i starts."""
    starts = _sentence_starts(text)
    return starts[bisect_right(starts, i) - 1]


def lead_of(text: str) -> str:
    """A paragraph's lead: its first sentence, or its bullet title ('- *Công tác dân vận*:')."""
    first = sentence_at(text, 0)
    title = re.match(r"^[\s\-+•]*\*+([^*]+)\*+", text)
    return title.group(1) if title else first[:200]


def bracket_parents(text: str, mentions: list[Mention]) -> dict[int, int]:
    """Index of each figure inside brackets -> index of the figure printed just before the
    bracket opened (its whole: '35 đảng viên (Khiển trách 30, …)'); a bracket inside brackets
    that opens right after a part holds that part's parts ('(…, 9 cá nhân (4 nam, 5 nữ))')."""
    out: dict[int, int] = {}
    stack: list[int | None] = []  # the whole of each open bracket (None: it follows no figure)
    brackets = [(b.start(), b.group()) for b in _BRACKET.finditer(text)]
    events = sorted(brackets + [(m.start, k) for k, m in enumerate(mentions)], key=lambda e: e[0])
    last = None
    for at, what in events:
        if what == "(":
            whole = last if last is not None and _adjacent(text, mentions[last], at) else None
            stack.append(whole if whole is not None or not stack else stack[-1])
        elif what == ")":
            if stack:
                stack.pop()
        else:
            if stack and stack[-1] is not None:
                out[what] = stack[-1]
            last = what  # a bracket opening right after a part holds the part's own parts
    return out


_BRACKET = re.compile(r"[()]")


def _adjacent(text: str, m: Mention, bracket: int) -> bool:
    """Whether a bracket opens right after a figure (and the words naming it)."""
    gap = text[m.claim_end : bracket]
    return len(gap) < 60 and not re.search(r"[;.:!?]", gap)
