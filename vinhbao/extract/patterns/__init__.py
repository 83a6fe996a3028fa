"""Extraction patterns, one module per topic; `PATTERNS` is their concatenation."""

from __future__ import annotations

from ..facts import Pattern
from . import agriculture, budget, cases, economy, land, party, rice, security, social

# fmt: off
PATTERNS: tuple[Pattern, ...] = (
    *economy.PATTERNS,
    *agriculture.PATTERNS,
    *rice.PATTERNS,
    *budget.PATTERNS,
    *social.PATTERNS,
    *land.PATTERNS,
    *cases.PATTERNS,
    *party.PATTERNS,
    *security.PATTERNS,
)
