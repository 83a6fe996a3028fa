"""Every numeric token of a passage, and what it is: a figure, or a year, date, document number,
item label, ordinal, age, anniversary, part of a name or a footnote marker (`rules.nonfigures`).

>>> [(t.text, t.kind) for t in classify("Nghị quyết số 06-NQ/HU năm 2031 giao 12 xã")]
[('06', 'document_number'), ('2031', 'year'), ('12', 'figure')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat

from ..parse.fold import fold, fold_pattern
from ..parse.numbers import TOKEN
from ..parse.scan import WordIndex, matches_at, number_led, openings
from ..parse.units import read_unit
from ..read.document import Document
from ..rules import nonfigures as rules

_RULES = tuple(
    (kind, re.compile(fold_pattern(p) if where == "folded" else p), where)
    for kind, p, where in rules.NON_FIGURES
)
# An item label opening a paragraph: '2.1.', '(12).', '1)', '1/', 'a)' after an optional bullet.
_LABEL = re.compile(
    r"^[\s\-–—+*•]*(?:\(\s*\d{1,3}\s*\)\.?|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|\d{1,2}/)(?=\s)"
)
_BRACKET_MARKER = re.compile(r"\[\d{1,3}\]")


@dataclass(frozen=True)
class Token:
    """A numeric token of a passage: offsets in the passage, text, kind."""

    start: int
    end: int
    text: str
    kind: str


def _claims(text: str, folded: str) -> dict[int, str]:
    """Start of each token inside a non-figure match -> the kind of the first rule matching it.
    A rule whose match begins with the number is tried at each number only, one whose match
    begins with a word (`scan.openings`) where such a word stands (quicker than a scan of the
    whole text, same matches)."""
    starts = [m.start() for m in TOKEN.finditer(text)]
    index = {"text": WordIndex(text), "folded": WordIndex(folded)}
    claims: dict[int, str] = {}
    for (kind, pattern, where), led, words in zip(_RULES, _NUMBER_LED, _OPENINGS, strict=True):
        source = text if where == "text" else folded
        if led:
            found = filter(None, map(pattern.match, repeat(source), starts))
        elif words:
            found = matches_at(pattern, source, index[where].places(words))
        else:
            found = pattern.finditer(source)
        for m in found:
            for t in TOKEN.finditer(text, m.start(), m.end()):
                claims.setdefault(t.start(), kind)
    return claims


_NUMBER_LED = tuple(number_led(pattern) for _, pattern, _ in _RULES)
_OPENINGS = tuple(openings(pattern) for _, pattern, _ in _RULES)


def _glued(text: str, folded: str, start: int, end: int) -> bool:
    """A token glued to letters (part of a code: '12A1', 'D01'), unless they are its unit."""
    left = text[start - 1] if start else ""
    right = text[end] if end < len(text) else ""
    if left.isalpha() or (left == "-" and start > 1 and text[start - 2].isalpha()):
        return True
    if right.isalpha():
        unit = read_unit(text, end, folded)
        return unit.unit is None or bool(unit.noun)
    return False


def claims_of(doc: Document) -> dict[int, str]:
    """Start of each numeric token of a document's text that a non-figure rule claims -> its
    kind (one pass over the whole text, once per document: see `classify`)."""
    cache = doc.__dict__.get("_claims")
    if cache is None:
        cache = doc.__dict__["_claims"] = _claims(doc.text, fold(doc.text)) | _markers(doc)
    return cache


def _markers(doc: Document) -> dict[int, str]:
    """The numbers of footnote markers as read ('… dự toán(1).'), and of the numbers opening the
    footnotes ('(1) Trong đó …')."""
    out = {}
    for fn in doc.footnotes:
        opening = doc.text.rfind("\n", 0, fn.start) + 1
        spans = [(opening, fn.start), (fn.marker_start, fn.marker_end)]
        for start, end in spans:
            for m in TOKEN.finditer(doc.text, start, max(start, end)):
                out[m.start()] = "footnote_marker"
    return out


def segment_tokens(doc: Document) -> dict[int, tuple[str, list[Token]]]:
    """id(segment) -> (its folded text, its tokens) for every body paragraph and footnote,
    classified once per document with the text's claims."""
    cache = doc.__dict__.get("_segment_tokens")
    if cache is None:
        claims = claims_of(doc)
        cache = {}
        for seg in doc.segments:
            folded = fold(seg.text)
            cache[id(seg)] = (folded, classify(seg.text, folded, _offset_lookup(claims, seg)))
        doc.__dict__["_segment_tokens"] = cache
    return cache


def _offset_lookup(claims: dict[int, str], seg) -> Callable[[int], str | None]:
    return lambda i: claims.get(seg.offset(i))


def classify(
    text: str, folded: str | None = None, claimed: Callable[[int], str | None] | None = None
) -> list[Token]:
    """The numeric tokens of a passage with their kinds ('figure' for the figures).
    `claimed(start)`, when given, tells the kind a non-figure rule gave the token at `start`
    (rules run once over the whole text: `claims_of`)."""
    folded = fold(text) if folded is None else folded
    claim = _claims(text, folded).get if claimed is None else claimed
    label = _LABEL.match(text)
    out = []
    for m in TOKEN.finditer(text):
        start, end = m.span()
        kind = claim(start) or "figure"
        if label and end <= label.end():
            kind = "item_label"
        elif _BRACKET_MARKER.fullmatch(text, start - 1, end + 1):
            kind = "footnote_marker"
        elif _glued(text, folded, start, end):
            kind = rules.GLUED_KIND
        elif kind == "year?":
            unit = read_unit(text, end, folded)
            kind = "figure" if unit.unit is not None and not unit.noun else "year"
        out.append(Token(start, end, m.group(), kind))
    return out
