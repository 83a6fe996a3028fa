"""What the probe files share: marked figures, a tolerant comparison, strict xfails, and the
'every number accounted for' test."""

from __future__ import annotations

import math
import re

import pytest

MARK = re.compile(r"⟦([^⟧]*)⟧")  # the figure a probe asserts: 'đạt ⟦12,5⟧ tỷ đồng'


def unmark(body: str) -> tuple[str, int, int]:
    """The text without the marks and the offsets of the marked figure in it.

    >>> unmark("đạt ⟦12,5⟧ tỷ đồng")
    ('đạt 12,5 tỷ đồng', 4, 8)
    """
    match = MARK.search(body)
    assert match is not None, body
    text = body[: match.start()] + match.group(1) + MARK.sub(r"\1", body[match.end() :])
    return text, match.start(), match.start() + len(match.group(1))


def close(a, b) -> bool:
    """a equals b up to float noise; b None means a is missing (None or NaN)."""
    if b is None:
        return a is None or (isinstance(a, float) and math.isnan(a))
    try:
        return (
            a is not None and not math.isnan(a) and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)
        )
    except TypeError:
        return False


def xfail(reason: str):
    """A known miss: strict, so a fix fails the run until the mark goes."""
    return pytest.mark.xfail(strict=True, reason=reason)


def body_facts(report):
    """The facts of the prose: not of the target list or the plan table."""
    f = report.facts
    return f[~f["source"].str.startswith(("targets", "appendix"))]


def no_unaccounted(report) -> bool:
    return bool((report.numbers["kind"] != "unaccounted").all())


def assert_interval(row, low, high, low_inclusive: bool, high_inclusive: bool) -> None:
    """A target row's interval: its ends (None for open), and the inclusiveness of those set."""
    assert close(row["low"], low) and close(row["high"], high), (row["low"], row["high"])
    if low is not None:
        assert bool(row["low_inclusive"]) == low_inclusive
    if high is not None:
        assert bool(row["high_inclusive"]) == high_inclusive
