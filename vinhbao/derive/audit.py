"""The report's own arithmetic: the relationships of `rules.checks`, evaluated over facts.

A check is `stated = computed`, each side an expression of fact references (`derive.refs`).
Every figure is an interval of its printed precision, so a check holds when the two sides'
intervals overlap: rounding never raises a false alarm. References naming no part of the report
(no `@`) are local: the check is evaluated in every passage where all of them are found (the
same relationship in two footnotes gives two rows; printed twice in one passage, the first
figures together, then the second), else over the whole report.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..catalog import FRAMES
from ..rules.checks import CHECKS, Check
from .intervals import Interval, evaluate
from .refs import BRACED, FactIndex, Found, Ref, parse_ref


@dataclass(frozen=True)
class Compiled:
    """A check's sides as trees over names `_0`, `_1` …, the references they stand for, and
    which of them the computed side reads (in order)."""

    stated: ast.expr
    computed: ast.expr
    refs: tuple[Ref, ...]
    computed_refs: tuple[int, ...]


@lru_cache(maxsize=256)
def compile_check(check: Check) -> Compiled:
    """Both sides parsed, each `{reference}` replaced by a name `_0`, `_1` …"""
    refs: list[Ref] = []

    def name(m) -> str:
        refs.append(parse_ref(m.group(1)))
        return f"_{len(refs) - 1}"

    stated = ast.parse(BRACED.sub(name, check.stated), mode="eval").body
    computed = ast.parse(BRACED.sub(name, check.computed), mode="eval").body
    used = {int(n.id[1:]) for n in ast.walk(computed) if isinstance(n, ast.Name) and n.id[0] == "_"}
    return Compiled(stated, computed, tuple(refs), tuple(sorted(used)))


def run_checks(
    facts: list[dict], text: str, style: str = "vi", year: int | None = None,
    checks: tuple[Check, ...] = CHECKS,
) -> pd.DataFrame:  # fmt: skip
    """One row per check and passage: stated vs computed, whether it holds, with the quote of
    the stated figure (`facts`: the fact rows, `report.fact_rows`)."""
    return FRAMES["audit"].of_rows(_check_rows(FactIndex(facts, text, style, year), checks))


def run_audit(
    facts: list[dict], text: str, style: str, year: int | None,
    declared: tuple[Check, ...], generated: tuple[Check, ...], statuses: Sequence[dict] = (),
) -> pd.DataFrame:  # fmt: skip
    """The declared checks, then the generated ones that no declared check already covers (a
    generated check whose figures all take part in one declared check is left out), then the
    plan table's statuses (`statuses`: rows of `status_checks.status_rows`); a name met again
    is numbered ('name #2')."""
    index = FactIndex(facts, text, style, year)
    rows = _check_rows(index, declared)
    covered = [set(r["fact_ids"].split()) for r in rows if r["fact_ids"]]
    fresh = [c for c in generated if not _covered(_fact_ids(c), covered)]
    rows += _check_rows(index, tuple(fresh)) + list(statuses)
    seen: dict[str, int] = {}
    for r in rows:
        nth = seen[r["check"]] = seen.get(r["check"], 0) + 1
        if nth > 1:  # one name, two passages
            r["check"] = f"{r['check']} #{nth}"
    return FRAMES["audit"].of_rows(rows)


def _check_rows(index: FactIndex, checks: tuple[Check, ...]) -> list[dict]:
    """One row per check and passage: a local reference (no part, no `#n`) names its k-th
    printing in the passage, for the passage's k-th evaluation."""
    rows = []
    for check in checks:
        compiled = compile_check(check)
        passages = _passages(index, compiled.refs)
        for source, nth in passages or [("", 0)]:
            found = [index.find(r, "" if r.source else source, 0 if r.source or r.nth else nth)
                     for r in compiled.refs]  # fmt: skip
            where = f"{source} #{nth}" if nth > 1 else source
            name = f"{check.name} ({where})" if len(passages) > 1 else check.name
            rows.append(_row(check, name, compiled, found, index))
    return rows


def _fact_ids(check: Check) -> set[str]:
    return {ref.fact_id for ref in compile_check(check).refs if ref.fact_id}


def _covered(ids: set[str], covered: list[set[str]]) -> bool:
    return any(ids <= other for other in covered)


def _passages(index: FactIndex, refs: tuple[Ref, ...]) -> list[tuple[str, int]]:
    """(passage, k) for the k-th printing of every local reference of a check in a passage
    holding them all, in the text's order."""
    local = [r for r in refs if not (r.source or r.fact_id or r.nth)]
    if not local:
        return []
    counts: dict[str, int] | None = None
    for ref in local:
        mine: dict[str, int] = {}
        for row in index.matching(ref):
            mine[row["source"]] = mine.get(row["source"], 0) + 1
        counts = mine if counts is None else {s: min(n, mine[s]) for s, n in counts.items()
                                              if s in mine}  # fmt: skip
    return [(source, k) for source, n in (counts or {}).items() for k in range(1, n + 1)]


def _row(
    check: Check, name: str, compiled: Compiled, found: list[Found | None], index: FactIndex
) -> dict:
    present = [f for f in found if f is not None]
    first = present[0].row if present else None
    record = {
        "check": name, "kind": check.kind,
        "expression": f"{check.stated} = {check.computed}",
        "source": ", ".join(dict.fromkeys(f.row["source"] for f in present)),
        "stated": float("nan"), "computed": float("nan"), "difference": float("nan"),
        "unit": first["unit"] if first else "", "holds": pd.NA, "severity": "",
        "note": check.note, "fact_id": first["fact_id"] if first else "",
        "fact_ids": " ".join(f.row["fact_id"] for f in present),
        "quote": first["quote"] if first else "", "start": first["start"] if first else None,
        "end": first["end"] if first else None,
        "computed_quote": _quotes(compiled.computed_refs, found),
    }  # fmt: skip
    missing = [compiled.refs[i] for i, f in enumerate(found) if f is None]
    if missing:
        record["note"] = "not evaluated: no fact " + ", ".join(_describe(r) for r in missing)
        return record
    names = {f"_{i}": f.interval for i, f in enumerate(present)}
    try:
        stated, computed = evaluate(compiled.stated, names), evaluate(compiled.computed, names)
    except ZeroDivisionError:
        record["note"] = "not evaluated: a division by zero"
        return record
    if check.kind == "within":
        return record | _within(stated, computed, record["unit"], record["note"])
    holds = stated.overlaps(computed)
    spans = any(r.end == "range" for r in compiled.refs)  # a target's span is no rounding
    severity = "" if holds else "error" if spans else _severity(stated, computed)
    record |= {
        "stated": stated.mid, "computed": computed.mid, "difference": stated.mid - computed.mid,
        "holds": holds, "severity": severity,
    }  # fmt: skip
    if not holds and check.kind == "cross" and _rounded_alike(compiled, present, index):
        a, b = sorted((stated.mid, computed.mid), key=lambda v: len(f"{v:g}"))
        note = f"a target restated at a coarser precision: {a:g} is {b:g} rounded"
        record |= {"holds": True, "severity": "note", "note": f"{check.note}; {note}".strip("; ")}
    return record


def _rounded_alike(compiled: Compiled, present: list[Found], index: FactIndex) -> bool:
    """Whether a cross check's two sides, each one target, agree once each is read as an
    interval of its printed precision ('1,2' against 'dưới 1,23'): a target is exact, but the
    same target printed twice with fewer digits is rounded."""
    sides = (compiled.stated, compiled.computed)
    if len(present) != 2 or not all(isinstance(t, ast.Name) for t in sides):
        return False
    if not all(f.row["kind"] == "target" for f in present):
        return False
    ends = [r.end for r in compiled.refs]
    rounded = [index.printed_interval(f.row, e) for f, e in zip(present, ends, strict=True)]
    return None not in rounded and rounded[0].overlaps(rounded[1])


def _within(total: Interval, parts: Interval, unit: str, note: str) -> dict:
    """Parts listed 'of which' against their total: they hold when they do not exceed it; what
    they leave out is a residual, reported as a note."""
    residual = total.mid - parts.mid
    holds = parts.lo <= total.hi + 1e-9 * max(1.0, abs(total.hi)) or total.overlaps(parts)
    left_out = holds and not total.overlaps(parts)
    if left_out:
        note = f"{note}; residual {residual:,.6g} {unit}: the parts listed leave it out".strip("; ")
    severity = "note" if left_out else "" if holds else _severity(total, parts)
    return {"stated": total.mid, "computed": parts.mid, "difference": residual, "holds": holds,
            "severity": severity, "note": note}  # fmt: skip


def _quotes(used: tuple[int, ...], found: list[Found | None]) -> str:
    """The passages of the figures one side of a check reads (`used`: their references), in
    order, each once, ' | ' between them."""
    quotes = [found[i].row["quote"] for i in used if found[i] is not None]
    return " | ".join(dict.fromkeys(quotes))


def _severity(stated: Interval, computed: Interval) -> str:
    """'misrounding' when the sides miss by no more than one unit of the last printed digit,
    else 'error'."""
    unit = 2 * max(stated.half, computed.half)
    return "misrounding" if abs(stated.mid - computed.mid) <= unit + 1e-9 else "error"


def _describe(ref: Ref) -> str:
    parts = [ref.subject, f"/{ref.aspect}" if ref.aspect else "", f".{ref.measure}" if ref.measure
             else "", f":{ref.kind}", f".{ref.base}" if ref.base else "",
             f"@{ref.source}" if ref.source else ""]  # fmt: skip
    return "".join(parts)
