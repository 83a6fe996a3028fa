"""The figure grammar: what each figure of a passage expresses, read from the words around it.

Read around a figure: `[so với cùng kỳ] [cue] [bound] [link] NUMBER [unit] [base] [trở lên]`.
The cue (`rules.cues.CUES`) and the unit give the kind (level, change, ratio, share), the base
what it is compared with, the bound whether it is exact. Each `Mention` also keeps the words that
name its subject (`head`, before; `tail`, after), which `subjects` matches to the lexicon.

>>> text = "Doanh thu ước đạt 702,5 tỷ đồng, tăng 17,87% so với cùng kỳ"
>>> [(m.text, m.cue_kind, m.base_text) for m in read_mentions(text)]
[('702,5', 'ratio', ''), ('17,87', 'change', 'so với cùng kỳ')]
"""

from __future__ import annotations

import re

from ..parse.fold import alternation, alternation_backward, fold
from ..parse.units import read_unit
from ..rules import cues as rules
from ..rules import headings as heading_rules
from ..rules import targets as target_rules
from .heads import head_of, tail_of
from .mention import Mention, value_in_style
from .start_levels import mark_start_levels
from .tokens import Token, classify
from .word_figures import KIND as WORD_FIGURE
from .word_figures import word_figures, word_unit, word_value

# Each change verb also with the adverbs that may follow it ('giảm mạnh', 'tăng bình quân').
_CHANGE = tuple(cue for cue, (kind, _) in rules.CUES.items() if kind == "change")
_CUES = {
    **{f"{cue} {adverb}": rules.CUES[cue] for cue in _CHANGE for adverb in rules.CUE_ADVERBS},
    **rules.CUES,
}
_CUE_OF = {fold(k): v for k, v in _CUES.items()}
_COMPARATIVES = {fold(c) for c in rules.COMPARATIVES}
_BOUND_OF = {fold(k): v for k, v in rules.BOUNDS.items()}
_BASE_OF = dict(sorted(((fold(k), v) for k, v in rules.BASES.items()), key=lambda b: -len(b[0])))
_VERBS = (*rules.CUES, *rules.LINKS, *rules.TARGET_MARKERS)
# A change verb and an adverb after it ('giảm mạnh'), read backwards: an adverb, then a verb.
_ADVERB_VERB = (
    rf"(?:{alternation_backward(rules.CUE_ADVERBS, edge=False)})\s+"
    rf"(?:{alternation_backward(_CHANGE)})"
)


def _backward(phrases, tail: str = r"[\s:=]*", adverbs: bool = False) -> str:
    """A regex matching, on the reversed text, one of the phrases (reversed) ending where the
    match starts, `tail` (characters between the phrase and the figure) first; with `adverbs`, a
    change verb and an adverb after it first (no phrase ends with an adverb, so this is the
    longest phrase there)."""
    body = alternation_backward(phrases)
    return rf"{tail}(?:{_ADVERB_VERB}|{body})" if adverbs else rf"{tail}(?:{body})"


_BOUND_BACK = re.compile(_backward(rules.BOUNDS))
_BOUND_NOUN_BACK = re.compile(_backward(rules.BOUND_NOUNS))
_VERB_BACK = re.compile(_backward(_VERBS, adverbs=True))
_CUE_BACK = re.compile(_backward(rules.CUES, adverbs=True))
# '(KH 12-13%)', '(KH năm: từ 4.200 đến 4.400 tỷ đồng)': a marker, perhaps 'từ', the figure
_FROM_BACK = rf"[\s:=]*(?:{alternation_backward(rules.FROM_WORDS)})?[\s:=]*"
_FROM = frozenset(fold(w) for w in rules.FROM_WORDS)
_FROM_ONLY_BACK = re.compile(_backward(rules.FROM_WORDS))
_MARKER_LINKS = frozenset(fold(w) for w in rules.TARGET_MARKER_LINKS if " " not in w)
_QUALIFIER_BACK = _backward(rules.BASE_QUALIFIERS, "")
# '(KH giao: 4.200 tỷ đồng)', '(kế hoạch đề ra là 40%)': qualifiers and a link after the marker
_MARKER_TAIL_BACK = (
    rf"{_FROM_BACK}(?:{_backward(rules.TARGET_MARKER_LINKS, '')}\s+)?"
    rf"(?:(?:{_QUALIFIER_BACK})\s+)*"
)
_MARKER_BACK = re.compile(_backward(rules.TARGET_MARKERS, _MARKER_TAIL_BACK) + r"\s*\(")
# 'chưa đạt kế hoạch (91%)': a judgement on a plan, then the plan's target in brackets
_JUDGED_BASE_BACK = re.compile(_backward(rules.PLAN_BASES, r"\s*\(\s*"))
_JUDGED_BACK = re.compile(_backward(rules.JUDGEMENT_VERBS, _JUDGED_BASE_BACK.pattern + r"\s+"))
_PAREN_LINK_BACK = re.compile(rf"[\s:=]*\)\s*(?:{_backward(rules.LINKS, '')})\s*\(")
# A base ending where the match starts, read backwards, with its qualifiers ('so với năm <year>',
# 'so với kế hoạch huyện giao'): printed before the verb, it is still the comparison.
_BASE_BACK = re.compile(
    rf"[\s,]*(?:(?:{_QUALIFIER_BACK}|\d\d(?:91|02))\s+)*{_backward(rules.BASES, '')}"
)
_QUALIFIER = (  # 'so với năm 2030', 'so với 31/12/2030' (a date: its year is the base's)
    rf"(?:\s+(?:{alternation(rules.BASE_QUALIFIERS)}|(?:ngày\s+)?(?:\d{{1,2}}/\d{{1,2}}/)?"
    rf"(?:19|20)\d\d))*"
)
_BASE_AFTER = re.compile(rf"\s*(?P<base>{alternation(rules.BASES)}){_QUALIFIER}")
_SUFFIX_AFTER = re.compile(rf"\s*(?:{alternation(target_rules.SUFFIX_WORDS)})")
_RANGE_GAP = re.compile(rf"\s*%?\s*(?:[-–—÷~]|{alternation(target_rules.RANGE_WORDS)})\s*\Z")
_FRACTION_GAP = re.compile(r"\s*[^\W\d_]*(?:\s[^\W\d_]+)?\s*/\s*\Z")
_YEAR = re.compile(r"(?:19|20)\d\d")
_JOINED_END = re.compile(rf"(?<=[^\W\d_] )(?:{alternation(rules.JOINING_WORDS)})\s+\Z")
_PRIOR = tuple(fold(p) for p in rules.PRIOR_PERIOD_BASES)
# footnote markers, not 'm²' (the lookbehind after the first mark: a scan skips to the marks)
_SUPERSCRIPT = f"[{heading_rules.SUPERSCRIPTS}]"
_MARKERS = re.compile(rf"{_SUPERSCRIPT}(?<!m.){_SUPERSCRIPT}*|\[\d{{1,3}}\]")


def _back(pattern: re.Pattern[str], r: str, lo: int, pos: int) -> int | None:
    """Where a match of a `_backward` pattern ending at `pos` starts (`r` is the folded text
    reversed; the match may not reach before `lo`), or None."""
    n = len(r)
    m = pattern.match(r, n - pos, n - lo)
    return n - m.end() if m else None


def _read_before(m: Mention, text: str, f: str, r: str, lo: int) -> int:
    """Cue, bound, comparator first and brackets before the figure; returns where they begin
    (`r` is `f` reversed)."""
    pos = m.start
    at = _back(_PAREN_LINK_BACK, r, lo, pos)
    if at is not None:
        pos = at
    at = _back(_FROM_ONLY_BACK, r, lo, pos) if m.hi is not None else None
    if at is not None and _back(_CUE_BACK, r, lo, at) is not None:
        pos = at  # 'tăng từ 5 đến 7%': the range's 'từ' stands between the cue and it
    at = _back(_BOUND_BACK, r, lo, pos)
    if (
        at is not None
        and not _comparative(f, r, lo, pos)
        and _back(_BOUND_NOUN_BACK, r, lo, pos) is None
    ):
        m.bound_word = text[at:pos].strip(" :=")  # as printed, for notes
        m.bound = _BOUND_OF.get(" ".join(f[at:pos].strip(" :=").split()), "")
        pos = at
    at = _back(_MARKER_BACK, r, lo, pos)
    if at is not None:
        m.target_marker = _marker(text[at:pos])
        return at
    judged = _back(_JUDGED_BACK, r, lo, pos)
    if judged is not None:
        base = _back(_JUDGED_BASE_BACK, r, lo, pos)
        m.target_marker = " ".join(text[base:pos].strip(" (").split())
        m.judged = True
        return judged
    verb = _base_between(m, text, f, r, lo, pos)
    at = None if verb != pos else _back(_VERB_BACK, r, lo, pos)
    pos = verb
    if at is not None:
        m.cue = " ".join(f[at:pos].strip(" :=").split())
        m.cue_kind, m.sign = _CUE_OF.get(m.cue, ("level", 1))
        pos = at
        marker = _back(_MARKER_BACK, r, lo, pos)  # '(KH giảm 0,5%)': a target for a change
        if marker is not None:
            m.target_marker = _marker(text[marker:pos])
            return marker
        first = _back(_BASE_BACK, r, lo, pos)
        if first is not None and m.cue_kind in ("change", "ratio"):
            m.prior_period = " ".join(f[first:pos].strip(" ,").split()) in _PRIOR
            if not m.prior_period:  # the base as printed
                m.base_text, m.base_first = " ".join(text[first:pos].strip(" ,").split()), True
            pos = first
    before = f[lo:pos].rstrip(" *")
    m.in_brackets = before.endswith("(")
    return pos


def _completion(m: Mention, before: Mention | None) -> bool:
    """Whether a percentage in brackets after a judgement on a plan is the share of it reached
    ('đạt 480 tỷ đồng, vượt kế hoạch (106,7%)'), not its target: the figure judged is no
    percentage, or it is 100 % or more ('hoàn thành kế hoạch (100%)')."""
    percent = m.unit.unit is not None and m.unit.unit.canonical == "pct"
    judged_pct = (
        before is not None
        and before.unit.unit is not None
        and (before.unit.unit.canonical == "pct")
    )
    return percent and (not judged_pct or (m.value or 0) >= 100)


def _base_before_bracket(m: Mention, prev: Mention, text: str, f: str, r: str, pos: int) -> None:
    """The base printed before the bracket the figure before stands in ('so với đăng ký đầu năm
    (150 mô hình) tăng 12 mô hình': on the plan)."""
    paren = f.rfind("(", prev.after, prev.start)
    closed = prev.in_brackets and paren >= 0 and f[prev.claim_end : pos].strip(" ,") == ")"
    if closed and (base := _back(_BASE_BACK, r, prev.after, paren)) is not None:
        m.base_text, m.base_first = " ".join(text[base:paren].strip(" ,").split()), True


def _comparative(f: str, r: str, lo: int, pos: int) -> bool:
    """Whether the words ending at `pos` are a comparative ('cao hơn'), whose 'hơn' is no bound."""
    at = _back(_CUE_BACK, r, lo, pos)
    return at is not None and " ".join(f[at:pos].strip(" :=").split()) in _COMPARATIVES


def _marker(printed: str) -> str:
    """A target marker as printed before its figure, without brackets, colon or 'từ'."""
    words = printed.strip(" (:=").split()
    words = words[:-1] if fold(" ".join(words[-1:])) in _FROM else words
    if words and fold(words[-1]) in _MARKER_LINKS:  # '(kế hoạch đề ra là 40%)'
        words = words[:-1]
    return " ".join(words).strip(" :=")


def _base_between(m: Mention, text: str, f: str, r: str, lo: int, pos: int) -> int:
    """A base printed between the verb and the figure ('vượt kế hoạch 5,6%', 'tăng so với cùng
    kỳ 8%'): the verb is the cue, the base its base; returns where the verb begins."""
    base = _back(_BASE_BACK, r, lo, pos)
    verb = _back(_CUE_BACK, r, lo, base) if base is not None else None
    if verb is None:
        return pos
    cue = " ".join(f[verb:base].strip(" :=").split())
    if _CUE_OF.get(cue, ("",))[0] not in ("change", "ratio"):
        return pos
    m.cue, (m.cue_kind, m.sign) = cue, _CUE_OF[cue]
    m.base_text, m.base_first = " ".join(text[base:pos].strip(" ,").split()), True
    return verb


def _read_after(m: Mention, text: str, f: str) -> None:
    """Base and bound words after the figure's unit; sets `claim_end`."""
    pos = m.unit.end if m.unit.unit or m.unit.noun else m.last_end
    if f.startswith("%", pos):
        pos += 1
    if f[pos - 1 : pos + 1] == "%/" and _BASE_AFTER.match(f, pos + 1):  # 'đạt 97,5%/KH'
        pos += 1
    b = _BASE_AFTER.match(f, pos)
    if b and not m.base_text:
        m.base_text = " ".join(text[b.start("base") : b.end()].split())
        pos = b.end()
    s = _SUFFIX_AFTER.match(f, pos)
    if s:
        m.bound_word = " ".join(text[s.start() : s.end()].split())
        pos = s.end()
    m.claim_end = pos


def base_of(base_text: str, year: int | None) -> str:
    """'so với cùng kỳ' -> last_year, 'KH năm' -> plan, 'so với năm 2020' -> other."""
    f = " ".join(fold(base_text).split())
    key = next((k for k in _BASE_OF if f.startswith(k)), "")  # the longest first
    base = _BASE_OF.get(key, "")
    if base == "year":
        found = _YEAR.search(f)
        if not found:
            return "other"
        return "last_year" if year and int(found.group()) == year - 1 else "other"
    return base


def read_mentions(
    text: str, style: str = "vi", tokens: list[Token] | None = None, folded: str | None = None
) -> list[Mention]:
    """The figures of a passage, left to right, each with what the words around it say
    (`tokens` and `folded`, when the caller has them, are `classify(text)` and `fold(text)`)."""
    folded = fold(text) if folded is None else folded
    f = _MARKERS.sub(lambda m: " " * len(m.group()), folded)  # markers are not words
    r = f[::-1]
    tokens = classify(text, f) if tokens is None else tokens
    # the figures, with the multiples written in words ('gấp đôi')
    figures = sorted([t for t in tokens if t.kind == "figure"] + word_figures(text, f),
                     key=lambda t: t.start)  # fmt: skip
    mentions: list[Mention] = []
    k = 0
    while k < len(figures):
        t = figures[k]
        unit = read_unit(text, t.end, f)
        if t.kind == WORD_FIGURE:
            value, problem, unit = word_value(t), "", word_unit(unit, t.end)
        else:
            value, problem = value_in_style(t.text, style)
        m = Mention(t.start, t.end, t.text, value, unit)
        m.number_problem = problem
        k += 1
        if k < len(figures) and _RANGE_GAP.match(f[t.end : figures[k].start]):
            m.hi, (m.hi_value, _) = figures[k], value_in_style(figures[k].text, style)
            k += 1
        elif k < len(figures) and _FRACTION_GAP.fullmatch(f, t.end, figures[k].start):
            m.den, (m.den_value, _) = figures[k], value_in_style(figures[k].text, style)
            k += 1
        if m.hi or m.den:
            after = read_unit(text, m.last_end, f)
            m.unit = after if after.unit or after.noun or not m.unit.unit else m.unit
        lo = mentions[-1].claim_end if mentions else 0
        cue_start = _read_before(m, text, f, r, max(lo, m.start - 60))
        if mentions and m.cue_kind in ("change", "ratio") and not m.base_text:
            _base_before_bracket(m, mentions[-1], text, f, r, cue_start)
        if m.judged and _completion(m, mentions[-1] if mentions else None):
            m.cue_kind, m.base_text, m.target_marker = "ratio", m.target_marker, ""
        _read_after(m, text, f)
        m.head, m.after = head_of(f, r, lo, cue_start), lo
        mentions.append(m)
    for k, a in enumerate(mentions):
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        # up to the next figure's cue ('… 10 công đoàn, hoàn thành 167% …': not its 'hoàn thành')
        stop = len(f) if after is None else max(a.claim_end, min(after.start, after.head[1]))
        if after is not None and (joined := _JOINED_END.search(f, a.claim_end, stop)):
            stop = joined.start()  # '12 hộ đất nông nghiệp và 5 hộ đất ở'
            after.head = (max(after.head[0], joined.end()), after.head[1])
        a.tail = tail_of(f, a.claim_end, stop)
    for k, a in enumerate(mentions):
        before = mentions[k - 1] if k else None
        if before is not None and before.tail[1] < len(f) and f[before.tail[1]] in ",;":
            # a head starts after the words its predecessor's tail holds ('… vụ án các loại,')
            after = max(a.after, min(before.tail[1], a.head[1]))
            a.head, a.after = (max(a.head[0], after), a.head[1]), after
    mark_start_levels(mentions, f)
    return mentions
