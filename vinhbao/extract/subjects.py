"""Subject words -> subject ids: the lexicon of `rules.lexicon`, matched over nested scopes.

Phrases are matched folded (`fold`: any case, either tone placement, y or i).

A figure's own words (its head, unit and tail) are the first scope; its clause, sentence,
paragraph lead and (for a footnote) the citing clause come after. The entry found in the
narrowest scope wins, the longest phrase first; an entry found only beyond the figure's clause
is taken when the figure's own words say nothing of another subject (all are generic or unit
words, or words of that entry).

>>> lexicon = Lexicon()
>>> scopes = [lexicon.scope("tổng mức bán lẻ hàng hóa", strict=False)]
>>> lexicon.resolve(scopes, measure="amount", unit="billion_vnd").id
'retail_sales'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..parse.fold import alternation, fold
from ..parse.phrases import PhraseIndex
from ..rules import aspects as aspect_rules
from ..rules import cues
from ..rules import lexicon as rules
from ..rules import units as unit_rules


def unit_words() -> tuple[str, ...]:
    """Every printed unit and counted noun of `rules.units` (they name no subject)."""
    return (*(u[0] for u in unit_rules.UNITS), *(c[0] for c in unit_rules.COUNTS),
            *unit_rules.MULTIPLIERS)  # fmt: skip


@dataclass(frozen=True)
class Entry:
    """One subject of the lexicon (see `rules.lexicon` for the keys)."""

    id: str
    topic: str
    en: str
    vi: str
    phrases: tuple[str, ...]
    context: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    ranges: dict = field(default_factory=dict)
    rate: bool = False
    measure: str = ""
    exclude: tuple[str, ...] = ()
    by_unit: bool | tuple[str, ...] = False  # True: every unit of `units`
    anchored: tuple[str, ...] = ()

    def accepts(self, measure: str, unit: str, value: float | None) -> bool:
        if self.measures and measure and measure not in self.measures:
            return False
        return not (self.units and unit and unit not in self.units and unit != "pct")

    def in_range(self, measure: str, value: float | None) -> bool:
        lo, hi = self.ranges.get(measure, (None, None))
        return value is None or lo is None or lo <= value <= hi

    def off_range(self, measure: str, value: float) -> float:
        """How many times a value outside the range is off it (1.0: inside or no range)."""
        lo, hi = self.ranges.get(measure, (None, None))
        if lo is None or value <= 0 or lo <= value <= hi:
            return 1.0
        return lo / value if value < lo else value / hi

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(w for p in self.phrases for w in fold(p).split())


_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Scope:
    """A folded text where a figure's subject may be named: the lexicon's phrases in it
    (start, end, phrase, entry), where the figure stands in it (`at`), and whether an entry
    found here needs the figure's own head to say nothing of another subject (`strict`)."""

    text: str
    found: list[tuple[int, int, str, Entry]]
    at: int
    strict: bool = False


def _entries() -> tuple[Entry, ...]:
    return tuple(
        Entry(**{k: tuple(v) if isinstance(v, list) else v for k, v in row.items()})
        for row in rules.SUBJECTS
    )


class Lexicon:
    """The subjects of `rules.lexicon`, matched in folded text (one regex for all phrases)."""

    def __init__(self, entries: tuple[Entry, ...] | None = None):
        self.entries = _entries() if entries is None else entries
        self.index = PhraseIndex((p, e) for e in self.entries for p in e.phrases)
        self.generic = frozenset(
            w for p in (*cues.GENERIC_WORDS, *cues.CONNECTORS, *cues.LINKS) for w in fold(p).split()
        )
        self.by_id = {e.id: e for e in self.entries}
        self.by_unit = {
            u: e
            for e in self.entries
            if e.by_unit
            for u in (e.units if e.by_unit is True else e.by_unit)
        }
        self._scopes: dict[tuple[str, bool], Scope] = {}
        self._words: dict[str, frozenset[str]] = {}

    def scope(self, text: str, strict: bool = True) -> Scope:
        """A text as a scope: folded, with the phrases found in it (the figure after it)."""
        key = (text, strict)
        if key not in self._scopes:
            folded = fold(text)
            self._scopes[key] = Scope(folded, self.index.find(folded), len(folded), strict)
        return self._scopes[key]

    def resolve(
        self,
        scopes: list[Scope],
        head: str = "",
        measure: str = "",
        unit: str = "",
        value: float | None = None,
        where: str | None = None,
        by_unit: bool = True,
    ) -> Entry | None:
        """The entry naming a figure: `scopes` run from the figure's own words outwards, `head`
        is the words before it; `where` (folded) is the text a `context` phrase may stand in.
        In a scope, the phrase nearest the figure wins (then the longest); a value in an
        entry's range beats one outside (outside every range: the nearest range); `by_unit`
        falls back on the subject counted in `unit`."""
        where = " ".join(s.text for s in scopes) if where is None else where
        head = fold(head)
        head_words = self.content_words(head)
        own = scopes[0].text if scopes else ""
        stated = bool(aspect_spans(head))  # a state of something ('tồn trước', 'xóa tên')
        for scope in scopes:
            candidates = [
                (s, e, phrase, entry)
                for s, e, phrase, entry in scope.found
                if entry.accepts(measure, unit, value)
                and _context_ok(entry, where)
                and not any(fold(x) in own for x in entry.exclude)
            ]
            if scope.strict:  # beyond the clause: the unit anchors it, or the head says nothing
                anchored = [c for c in candidates if unit and unit in c[3].anchored]
                candidates = anchored or (
                    []
                    if stated
                    else [c for c in candidates if head_words <= self.generic | c[3].words]
                )
            if candidates:
                in_range = [c for c in candidates if c[3].in_range(measure, value)]
                if not in_range:  # out of every range (a misprint?): the range nearest it
                    off = min(c[3].off_range(measure, value) for c in candidates)
                    in_range = [c for c in candidates if c[3].off_range(measure, value) == off]
                return max(in_range, key=lambda c: (-_distance(c, scope.at), len(c[2])))[3]
        return self.by_unit.get(unit) if unit and by_unit else None

    def is_generic(self, text: str) -> bool:
        """Whether a phrase says nothing of a subject: no phrase of the lexicon, only generic,
        link and unit words and aspect phrases ('tồn trước', 'quá hạn')."""
        folded = fold(text)
        return not self.index.find(folded) and self.content_words(folded) <= self.generic

    def names_another(self, words: str, entry: Entry | None) -> bool:
        """Whether words after a figure name a subject other than `entry` ('5 nhiệm vụ, 12 chỉ
        tiêu phát triển kinh tế - xã hội')."""
        own = entry.id if entry else None
        return any(found.id != own for *_, found in self.scope(words).found)

    def content_words(self, folded: str) -> frozenset[str]:
        """The words of a folded phrase once its aspect and unit phrases are taken out."""
        if folded not in self._words:
            plain = _without(_UNITS, _without_aspects(folded))
            self._words[folded] = frozenset(_WORD.findall(plain))
        return self._words[folded]


def _distance(found: tuple, at: int) -> int:
    start, end = found[0], found[1]
    return 0 if start <= at <= end else min(abs(at - end), abs(start - at))


def _context_ok(entry: Entry, where: str) -> bool:
    return not entry.context or any(fold(c) in where for c in entry.context)


_ASPECTS = PhraseIndex(aspect_rules.ASPECTS)


@lru_cache(maxsize=8192)
def aspect_spans(folded: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, aspect) of the aspect phrases of a folded text, the longest first where two
    overlap ('đã nhận tiền' is 'nhận tiền', paid), in order."""
    out: list[tuple[int, int, str]] = []
    for start, end, _, aspect in sorted(_ASPECTS.find(folded), key=lambda f: f[0] - f[1]):
        if all(end <= s or start >= e for s, e, _ in out):
            out.append((start, end, aspect))
    return tuple(sorted(_denied(folded, x) for x in out if x[2]))  # '': holds an aspect word


_NEGATION_REACH = max(map(len, aspect_rules.NEGATIONS)) + 2  # the words and the space after
_NEGATION = re.compile(rf"(?<![^\W_])(?:{alternation(aspect_rules.NEGATIONS)})\s+$")


def _denied(folded: str, span: tuple[int, int, str]) -> tuple[int, int, str]:
    """An aspect span, or its denial with the word denying it ('chưa nhận tiền': not_paid).

    >>> _denied("12 hộ chưa nhận tiền", (11, 20, "paid"))
    (6, 20, 'not_paid')
    """
    start, end, aspect = span
    negation = _NEGATION.search(folded, max(0, start - _NEGATION_REACH), start)
    if negation is None or aspect.startswith("not_"):
        return span
    return negation.start(), end, aspect_rules.NEGATED.format(aspect)


def aspects_in(text: str, subject: str = "") -> list[str]:
    """The aspect ids named in a phrase of a figure of `subject`, in order, each once.

    >>> aspects_in("trong đó giải quyết đúng hạn"), aspects_in("Ban CHT Quân sự")
    (['on_time'], [])
    """
    folded = fold(text)
    return list(dict.fromkeys(a for _, _, a in subject_aspect_spans(folded, subject)))


def subject_aspect_spans(folded: str, subject: str) -> list[tuple[int, int, str]]:
    """`aspect_spans` but the phrases that are aspects only of other subjects
    (`rules.aspects.ONLY_OF`) and those the words around say are none (`UNLESS_NEAR`: 'làm chết
    250 con lợn')."""
    return [
        (s, e, a)
        for s, e, a in aspect_spans(folded)
        if subject in aspect_rules.ONLY_OF.get(folded[s:e], (subject,))
        and not (folded[s:e] in _UNLESS and _UNLESS[folded[s:e]].find(folded))
    ]


_UNLESS = {
    fold(phrase): PhraseIndex(dict.fromkeys(words, True))
    for phrase, words in aspect_rules.UNLESS_NEAR.items()
}


def _without_aspects(folded: str) -> str:
    for start, end, _ in reversed(aspect_spans(folded)):
        folded = folded[:start] + " " + folded[end:]
    return folded


_UNITS = PhraseIndex(dict.fromkeys(unit_words(), True))


def _without(index: PhraseIndex, folded: str) -> str:
    """A folded text with the phrases of an index blanked out."""
    for start, end, _, _ in sorted(index.find(folded), key=lambda f: -f[0]):
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


_TOPIC_WORDS = [(fold(w), topic) for topic, words in rules.TOPICS.items() for w in words]


@lru_cache(maxsize=4096)
def topic_in(text: str) -> str:
    """The topic of the first topic phrase a text holds ('' when none does).

    >>> topic_in("Xây dựng nông thôn mới kiểu mẫu")
    'new_rural'
    """
    low = fold(text)
    return next((topic for word, topic in _TOPIC_WORDS if word in low), "")
