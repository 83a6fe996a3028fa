"""Figures as intervals of their printed precision, and `+ - * /` expressions over them.

A figure printed '1,23' stands for anything in [1,225, 1,235]; a count or a target is exact.
Two intervals agree when they share more than an end point, so a correctly rounded figure never
fails a check, and two figures one unit apart in their last digit never agree.

>>> (Interval(1.0, 2.0) + Interval(0.5, 0.5)).mid
2.0
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    @classmethod
    def around(cls, value: float, half: float) -> Interval:
        return cls(value - half, value + half)

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2

    @property
    def half(self) -> float:
        return (self.hi - self.lo) / 2

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

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def overlaps(self, o: Interval) -> bool:
        """Whether the intervals share more than an end: '1,23' and '1,24' touch but do not
        agree. A point (an exact figure) may sit on an end."""
        lo, hi = max(self.lo, o.lo), min(self.hi, o.hi)
        if self.lo == self.hi or o.lo == o.hi:
            return lo <= hi + 1e-12 * max(1.0, abs(hi))
        return hi - lo > 1e-9 * max(1.0, abs(hi))


def half_unit(decimals: int) -> float:
    """Half a unit of the last printed digit: 2 decimals -> 0.005, none -> 0.5."""
    return 0.5 * 10.0**-decimals


_OPS: dict[type, Callable[[Interval, Interval], Interval]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


def evaluate(tree: ast.expr, names: dict[str, Interval]) -> Interval:
    """An expression tree of `+ - * /`, numbers, names and `count(…)` (how many names it
    holds), over intervals.

    >>> evaluate(ast.parse("a * 2 - 1", mode="eval").body, {"a": Interval(1, 1)})
    Interval(lo=1.0, hi=1.0)
    """
    if isinstance(tree, ast.BinOp) and type(tree.op) in _OPS:
        return _OPS[type(tree.op)](evaluate(tree.left, names), evaluate(tree.right, names))
    if isinstance(tree, ast.UnaryOp) and isinstance(tree.op, ast.USub):
        return -evaluate(tree.operand, names)
    if isinstance(tree, ast.Constant) and isinstance(tree.value, int | float):
        return Interval(float(tree.value), float(tree.value))
    if isinstance(tree, ast.Name) and tree.id in names:
        return names[tree.id]
    if isinstance(tree, ast.Call) and isinstance(tree.func, ast.Name) and tree.func.id == "count":
        return Interval(float(len(tree.args)), float(len(tree.args)))  # the figures listed
    raise ValueError(f"unsupported expression: {ast.unparse(tree)}")
