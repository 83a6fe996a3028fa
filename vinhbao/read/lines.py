"""Lines of the normalised text, each with its 1-based number and offset."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """One line of the text with its 1-based number and offset."""

    number: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    """Every line of the text, in order (the last may be empty)."""
    out, pos = [], 0
    for n, raw in enumerate(text.split("\n"), start=1):
        out.append(Line(n, pos, raw))
        pos += len(raw) + 1
    return out


class LineIndex:
    """The line holding a character offset, by bisection."""

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self._starts = [ln.start for ln in lines]

    def at(self, offset: int) -> Line:
        return self.lines[bisect_right(self._starts, offset) - 1]

    def number(self, offset: int) -> int:
        return self.at(offset).number
