"""What the probe files share: marked figures, a tolerant comparison, strict xfails, the check
of one marked figure's fact, and the 'every number accounted for' test."""

from __future__ import annotations

import math
import re

import pytest

import vinhbao

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


SHOWN = ("subject", "aspect", "measure", "kind", "base", "value", "unit", "bound", "period", "low",
         "high", "denominator", "flag_notes")  # fmt: skip
NUMERIC = ("value", "low", "high", "denominator")


def check_figure(head: str, body: str, expected: dict) -> None:
    """The fact at the marked figure of `body` (read after `head`) holds what `expected` says
    (`not_subject`, `not_unit`: anything but; `flag`: a part of its flag notes), and no number
    of the report is unaccounted."""
    text, start, end = unmark(body)
    report = vinhbao.load_report(head + text + "\n")
    start, end = start + len(head), end + len(head)
    f = report.facts
    here = f[(f["number_start"] >= start) & (f["number_start"] < end)].to_dict("records")
    assert here, report.numbers[(report.numbers.start >= start) & (report.numbers.start < end)]
    kind = expected.get("kind")
    row = ([r for r in here if r["kind"] == kind] or here)[0]
    problems = []
    for key, want in expected.items():
        if key in NUMERIC:
            ok = close(row[key], want)
        elif key == "not_subject":
            ok = (row["subject"] or "") != want
        elif key == "not_unit":
            ok = (row["unit"] or "") not in (want, "")
        elif key == "flag":
            ok = want in (row["flag_notes"] or "")
        else:
            ok = (row[key] or "") == (want or "")
        if not ok:
            problems.append(f"{key}: want {want!r}")
    assert not problems, (problems, {k: row[k] for k in SHOWN})
    assert no_unaccounted(report), report.numbers[report.numbers["kind"] == "unaccounted"]


def target_list(head: str, targets: list, tail: str) -> vinhbao.Report:
    """A report whose target list holds each probe's item text, numbered `1.`, `2.` …"""
    items = "\n".join(f"{k}. {text}" for k, (text, _, _) in enumerate(targets, 1))
    return vinhbao.load_report(head + items + tail)


def target_params(targets: list):
    """One pytest param per probe item (its number), marked xfail where the probe says."""
    for k, (text, _, fail) in enumerate(targets, 1):
        yield pytest.param(k, id=f"{k}-{text[:40]}", marks=xfail(fail) if fail else ())


def check_target_item(report, rows: list, k: int, period: str) -> None:
    """The targets of item `k` hold `rows`: (low, high, low_inclusive, high_inclusive, kind,
    unit[, subject]) each, in order, of `period`."""
    t = report.targets
    got = t[t["code"].str.split(".").str[0] == str(k)]
    assert len(got) == len(rows), got[["code", "target_text", "low", "high", "unit"]]
    for (_, row), (low, high, low_inc, high_inc, kind, unit, *subject) in zip(
        got.iterrows(), rows, strict=True
    ):
        assert_interval(row, low, high, low_inc, high_inc)
        assert (row["kind"], row["period"], row["unit"]) == (kind, period, unit)
        if subject:
            fact = report.facts
            fact = fact[fact["number_start"] >= row["target_start"]].iloc[0]
            assert fact["subject"] == subject[0], (fact["subject"], fact["quote"])


def F(pid: str, body: str, fail: str | None = None, **expected):
    """One figure probe for `check_figure`: its body (the figure marked ⟦…⟧) and what it holds,
    marked xfail with `fail`'s reason."""
    return pytest.param(body, expected, id=pid, marks=xfail(fail) if fail else ())


def T(text: str, *rows: tuple, fail: str | None = None) -> tuple:
    """A target-list probe: an item and the target rows it gives, (low, high, low_inclusive,
    high_inclusive, kind, unit[, subject]) each (`check_target_item`)."""
    return (text, rows, fail)


def marked(template: str, k: int, *values: str) -> str:
    """The template filled with values, the k-th (from 0) marked as the figure probed."""
    return template.format(*(f"⟦{v}⟧" if i == k else v for i, v in enumerate(values)))
