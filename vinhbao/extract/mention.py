"""One figure of a passage as the grammar reads it (`Mention`), and its printed value.

>>> value_in_style("1.234,5", "vi"), value_in_style("12,,5", "vi")[1]
((1234.5, ''), "garbled number '12,,5': not read")
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import NumberFormatError
from ..parse.numbers import parse_number, token_style
from ..parse.units import UnitMatch
from .tokens import Token


@dataclass
class Mention:
    """One figure of a passage (offsets are positions in the passage)."""

    start: int
    end: int
    text: str
    value: float | None
    unit: UnitMatch
    hi: Token | None = None  # the upper end of a range ('12-13')
    hi_value: float | None = None
    den: Token | None = None  # the denominator of 'x/y'
    den_value: float | None = None
    claim_end: int = 0  # after the unit, base and bound words that belong to the figure
    cue: str = ""
    cue_kind: str = ""
    sign: int = 1
    bound: str = ""
    bound_word: str = ""
    base: str = ""
    base_text: str = ""
    base_first: bool = False
    prior_period: bool = False
    target_marker: str = ""
    judged: bool = False  # after a judgement on a plan: 'chưa đạt kế hoạch (91%)'
    in_brackets: bool = False
    head: tuple[int, int] = (0, 0)
    tail: tuple[int, int] = (0, 0)
    after: int = 0  # where the figure before it ends (its head cannot start earlier)
    number_problem: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def last_end(self) -> int:
        """End of the last number of the figure (its range end or denominator)."""
        return max(t.end for t in (self.hi, self.den) if t) if (self.hi or self.den) else self.end


def value_in_style(text: str, style: str) -> tuple[float | None, str]:
    """The printed value in the document's style, or None and why it is not read."""
    kind = token_style(text)
    if kind == "garbled":
        return None, f"garbled number {text!r}: not read"
    if kind == "ambiguous" and style == "mixed":
        return None, f"{text!r} reads two ways in a document that mixes number styles: not read"
    use = "en" if kind == "en" or (kind == "ambiguous" and style == "en") else "vi"
    try:
        return parse_number(text, use), ""
    except NumberFormatError as exc:
        return None, f"{exc}: not read"
