"""The report's own arithmetic: relationships declared in `checks.py`, evaluated over facts.

Every figure enters as an interval of its printed precision (±half a unit of the last printed
digit; exact for counts), and expressions are evaluated with interval arithmetic, so a check
holds when the stated and the computed intervals overlap: rounding never raises a false alarm.
"""

from __future__ import annotations

import ast
import operator
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..errors import NumberFormatError
from ..parse.numbers import lookup_unit
from ..rules.checks import CHECKS, Check
from ..tables import frame_of, records


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2

    def __add__(self, o: Interval) -> Interval:
        return Interval(self.lo + o.lo, self.hi + o.hi)

    def __sub__(self, o: Interval) -> Interval:
        return Interval(self.lo - o.hi, self.hi - o.lo)

    def __mul__(self, o: Interval) -> Interval:
        p = (self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi)
        return Interval(min(p), max(p))

    def __truediv__(self, o: Interval) -> Interval:
        if o.lo <= 0 <= o.hi:
            raise ZeroDivisionError("division by an interval holding zero")
        return self * Interval(1 / o.hi, 1 / o.lo)

    def overlaps(self, o: Interval) -> bool:
        """Whether the intervals share more than an end: two figures one unit apart in their last
        printed digit ('1,23', '1,24') touch but do not agree. A point may sit on an end."""
        lo, hi = max(self.lo, o.lo), min(self.hi, o.hi)
        if self.lo == self.hi or o.lo == o.hi:
            return lo <= hi + 1e-12 * max(1.0, abs(hi))
        return hi - lo > 1e-9 * max(1.0, abs(hi))


_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


def half_unit(printed: str) -> float:
    """Half a unit of the last printed digit: '1,23' -> 0.005, '1.234' -> 0.5."""
    _, _, decimals = printed.partition(",")
    return 0.5 * 10 ** -len(decimals)


# The columns of a fact the audit reads.
FACT_COLUMNS = (
    "subject",
    "measure",
    "value_printed",
    "unit_printed",
    "number_start",
    "number_end",
    "source",
    "quote",
    "start",
    "end",
)


def is_count(unit_printed: str) -> bool:
    """Whether a printed unit counts things (exact figures); an unknown or missing unit does not."""
    try:
        return lookup_unit(unit_printed).kind == "count"
    except NumberFormatError:
        return False


def fact_intervals(facts: pd.DataFrame, text: str) -> dict[str, tuple[Interval, dict]]:
    """'subject.measure' -> (interval in the printed unit, the first fact row as a dict)."""
    out: dict[str, tuple[Interval, dict]] = {}
    for row in records(facts, FACT_COLUMNS):
        key = f"{row['subject']}.{row['measure']}"
        if key in out:
            continue
        printed = text[row["number_start"] : row["number_end"]]
        # Counts and targets are exact; a measured figure stands for ± half its last digit.
        exact = row["measure"].startswith("target") or (
            is_count(row["unit_printed"]) and "," not in printed
        )
        h = 0.0 if exact else half_unit(printed)
        v = row["value_printed"]
        out[key] = (Interval(v - h, v + h), row)
    return out


REF = re.compile(r"\b([a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)\b")


@lru_cache(maxsize=1024)
def _parse(expr: str) -> tuple[ast.expr, tuple[str, ...]]:
    """The expression with each subject.measure replaced by a placeholder name (measures such
    as 'yield' are Python keywords), and the references in order. Cached: the checks are a fixed
    table, and the tree is only read."""
    refs: list[str] = []

    def placeholder(m: re.Match[str]) -> str:
        refs.append(m.group(1))
        return f"_ref{len(refs) - 1}"

    return ast.parse(REF.sub(placeholder, expr), mode="eval").body, tuple(refs)


def evaluate(expr: str, values: dict[str, tuple[Interval, dict]]) -> Interval:
    """Evaluate '+ - * /', numbers and subject.measure names over intervals."""
    tree, refs = _parse(expr)

    def ev(node: ast.AST) -> Interval:
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](ev(node.left), ev(node.right))
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return Interval(float(node.value), float(node.value))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            inner = ev(node.operand)
            return Interval(-inner.hi, -inner.lo)
        if isinstance(node, ast.Name) and node.id.startswith("_ref"):
            return values[refs[int(node.id[4:])]][0]
        raise ValueError(f"unsupported expression: {ast.unparse(node)}")

    return ev(tree)


def _names(expr: str) -> list[str]:
    return REF.findall(expr)


AUDIT_COLUMNS = (
    "check",
    "kind",
    "expression",
    "source",
    "stated",
    "computed",
    "difference",
    "holds",
    "note",
    "quote",
    "start",
    "end",
)


def run_checks(facts: pd.DataFrame, text: str, checks: tuple[Check, ...] = CHECKS) -> pd.DataFrame:
    """One row per check: stated vs computed, difference, whether it holds, and the quote."""
    values = fact_intervals(facts, text)
    rows = []
    for check in checks:
        refs = _names(check.stated) + _names(check.computed)
        missing = [r for r in refs if r not in values]
        stated_row = values[refs[0]][1] if refs and not missing else None
        record = {
            "check": check.name,
            "kind": check.kind,
            "expression": f"{check.stated} = {check.computed}",
            "source": ", ".join(dict.fromkeys(values[r][1]["source"] for r in refs if r in values)),
            "stated": float("nan"),
            "computed": float("nan"),
            "difference": float("nan"),
            "holds": pd.NA,
            "note": check.note,
            "quote": stated_row["quote"] if stated_row is not None else "",
            "start": stated_row["start"] if stated_row is not None else -1,
            "end": stated_row["end"] if stated_row is not None else -1,
        }
        if missing:
            record["note"] = f"not evaluated: no fact {', '.join(missing)}"
        else:
            stated, computed = evaluate(check.stated, values), evaluate(check.computed, values)
            record |= {
                "stated": stated.mid,
                "computed": computed.mid,
                "difference": stated.mid - computed.mid,
                "holds": stated.overlaps(computed),
            }
        rows.append(record)
    return frame_of(rows, AUDIT_COLUMNS, {"holds": "boolean"})
