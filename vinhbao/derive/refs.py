"""References to facts in the audit's expressions, and the intervals they stand for.

A reference, written in braces in a check, names one fact::

    {subject[/aspect][.measure][:kind[.base]][@part][~prior][#n][^low|^high|^range]}

`subject` may be `*` (any); no aspect means none; the kind is `level` unless given; `@part`
picks a part of the report (`@appendix`, `@body`, `@footnote`, `@targets`), or one passage by
its full source; `~prior` a figure of the year before the report's (else such figures are
passed over); `#n` the n-th such fact in the text (1 first); `^low`/`^high` an end of a target.
A reference without `@` is local: see `derive.audit`. `{fact:<fact_id>}` names one fact by
its id (the checks generated from the facts' shapes use it; `{fact:<fact_id>^low}` an end of
a target). `^range` is a target's whole interval, from its low end to its high end.

>>> r = parse_ref("spring_rice.area:change_pct.last_year")
>>> (r.subject, r.measure, r.kind, r.base)
('spring_rice', 'area', 'change_pct', 'last_year')
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..errors import NumberFormatError
from ..parse.numbers import decimals, parse_number
from .intervals import Interval, half_unit

_REF = re.compile(
    r"(?P<subject>[a-z0-9_*]+)(?:/(?P<aspect>[a-z0-9_]+))?(?:\.(?P<measure>[a-z_]+))?"
    r"(?::(?P<kind>[a-z_]+)(?:\.(?P<base>[a-z_]+))?)?(?:@(?P<source>[^#^~]+))?"
    r"(?P<prior>~prior)?(?:#(?P<nth>\d+))?(?:\^(?P<end>low|high|range))?"
)
_BY_ID = re.compile(r"fact:(?P<fact_id>[^\^\s]+)\s*(?:\^(?P<end>low|high|range))?")
BRACED = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class Ref:
    subject: str
    aspect: str = ""
    measure: str = ""
    kind: str = "level"
    base: str = ""
    source: str = ""
    prior: bool = False
    nth: int = 0  # 0: not given (the first)
    end: str = ""
    fact_id: str = ""


def parse_ref(text: str) -> Ref:
    if text.startswith("fact:"):
        m = _BY_ID.fullmatch(text.strip())
        if not m:
            raise ValueError(f"not a fact reference: {{{text}}}")
        return Ref(subject="*", kind="", source="fact", fact_id=m["fact_id"], end=m["end"] or "")
    m = _REF.fullmatch(text.strip())
    if not m:
        raise ValueError(f"not a fact reference: {{{text}}}")
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    return Ref(**g | {"nth": int(g.get("nth", 0)), "prior": "prior" in g})


@dataclass(frozen=True)
class Found:
    """A reference's fact: its interval (canonical unit) and its row."""

    interval: Interval
    row: dict


class FactIndex:
    """The fact rows (`report.fact_rows`) by id and by (subject, aspect, kind), the subject
    also as `*`, in the text's order: to resolve references fast."""

    def __init__(self, facts: list[dict], text: str, style: str = "vi", year: int | None = None):
        self.text, self.style = text, style
        self.prior = str(year - 1) if year else "\0"
        self.by_id = {row["fact_id"]: row for row in facts}
        self.by_key: dict[tuple[str, str, str], list[dict]] = {}
        for row in facts:
            for subject in (row["subject"], "*"):
                self.by_key.setdefault((subject, row["aspect"], row["kind"]), []).append(row)

    def find(self, ref: Ref, source: str = "", nth: int = 0) -> Found | None:
        """The fact a reference names (in one passage, if `source` is given; the `nth` such
        fact there, if given, else the reference's own `#n`)."""
        if ref.fact_id:
            row = self.by_id.get(ref.fact_id)
            interval = None if row is None else self._interval(row, ref.end)
            return None if interval is None else Found(interval, row)
        matches = [r for r in self.matching(ref) if not source or r["source"] == source]
        nth = max(nth or ref.nth, 1)
        if len(matches) < nth:
            return None
        row = matches[nth - 1]
        interval = self._interval(row, ref.end)
        return None if interval is None else Found(interval, row)

    def matching(self, ref: Ref) -> list[dict]:
        """Every fact a reference (without its `#n`) may name, in the text's order."""
        rows = self.by_key.get((ref.subject, ref.aspect, ref.kind), [])
        return [r for r in rows if _matches(r, ref) and (r["period"] == self.prior) == ref.prior]

    def _interval(self, row: dict, end: str) -> Interval | None:
        if row["kind"] == "target":  # a target is exact: its end, its span, or its point
            if end == "range":
                low, high = row["low"], row["high"]
                return None if math.isnan(low) or math.isnan(high) else Interval(low, high)
            value = row[end] if end else row["value"]
            return None if math.isnan(value) else Interval(value, value)
        value, printed = row["value"], self.text[row["number_start"] : row["number_end"]]
        if math.isnan(value):
            return None
        counted = row["measure"] == "count" and row["kind"] in ("level", "change_abs")
        if counted and decimals(printed, self.style) == 0:
            return Interval(value, value)
        return self._around(value, printed, row["value_printed"])

    def _around(self, value: float, printed: str, shown: float | None) -> Interval:
        """A value as the interval its printed precision allows, in its canonical unit (`shown`:
        the number as printed: '4.500 triệu đồng' is 4,5 tỷ ± 0,0005)."""
        scale = abs(value / shown) if shown else 1.0
        return Interval.around(value, half_unit(decimals(printed, self.style)) * scale)

    def printed_interval(self, row: dict, end: str) -> Interval | None:
        """A target end as an interval of its printed precision, when the target is one
        printed number ('dưới 1,23', 'NQ 1,2%'; not a range, whose span holds two)."""
        if end == "range":
            return None
        value = row[end] if end else row["value"]
        one = math.isnan(row["low"]) or math.isnan(row["high"]) or row["low"] == row["high"]
        if math.isnan(value) or not one:
            return None
        printed = self.text[row["number_start"] : row["number_end"]]
        try:
            shown = parse_number(printed, self.style)
        except NumberFormatError:
            return None
        return self._around(value, printed, shown)


def _matches(row: dict, ref: Ref) -> bool:
    """Whether a row of the reference's subject, aspect and kind has its measure, base and
    part."""
    return (
        (not ref.measure or row["measure"] == ref.measure)
        and (not ref.base or row["base"] == ref.base)
        and (
            not ref.source
            or row["source"] == ref.source
            or row["source"].startswith(ref.source + " ")
        )
    )
