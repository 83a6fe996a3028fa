"""Scaling: 1, 10 and 100 reports through `load_reports`, every stacked frame touched. Each copy
has a few printed figures changed, so no two reports are the same; the cost per report should stay
flat (linear scaling)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from bench_helpers import FRAME_NAMES, LABEL_ONE_TEXT, record

import vinhbao

SIZES = (1, 10, 100)
ROUNDS = {1: 20, 10: 5, 100: 2}


def vi_int(n: int) -> str:
    """12345 -> '12.345' (the report's thousands separator)."""
    return f"{n:,}".replace(",", ".")


def vi_decimal(x: float, places: int) -> str:
    """120.513 -> '120,513'."""
    return f"{x:.{places}f}".replace(".", ",")


# Printed figures each copy changes: (as printed, the figure of copy k).
ALTERATIONS: tuple[tuple[str, Callable[[int], str]], ...] = (
    ("sản lượng thóc 56.541 tấn", lambda k: f"sản lượng thóc {vi_int(56541 + k)} tấn"),
    ("\t6.150\tVượt", lambda k: f"\t{vi_int(6150 + k)}\tVượt"),
    (
        "tổng số tiền trúng đấu giá là 120,513 tỷ đồng",
        lambda k: f"tổng số tiền trúng đấu giá là {vi_decimal(120.513 + k / 1000, 3)} tỷ đồng",
    ),
)


def altered_copy(text: str, k: int) -> str:
    """The report with its altered figures set for copy k (copy 0 is the report itself)."""
    for printed, figure in ALTERATIONS:
        assert text.count(printed) == 1, printed
        text = text.replace(printed, figure(k))
    return text


@pytest.fixture(scope="module")
def copies(raw_text) -> list[str]:
    return [altered_copy(raw_text, k) for k in range(max(SIZES))]


def load_and_touch_every_frame(texts: list[str]) -> vinhbao.collection.ReportCollection:
    collection = vinhbao.load_reports(texts)
    for name in FRAME_NAMES:
        getattr(collection, name)
    return collection


@pytest.mark.parametrize("n", SIZES)
def test_load_reports_scaling(benchmark, copies, n):
    collection = benchmark.pedantic(
        load_and_touch_every_frame, args=(copies[:n],), rounds=ROUNDS[n], warmup_rounds=1
    )
    investment = collection.appendix.query("code == '7'")["actual"]
    assert sorted(investment) == [6150 + k for k in range(n)]  # every copy read as altered
    record(benchmark, f"load_reports: {n} report(s) + every frame", reports=n)


@pytest.mark.parametrize("n", (1, 10))
def test_reports_in_one_text(benchmark, raw_text, n):
    """One text holding n copies of the report, one after another (goal: 10 cost at most 12x
    one): the extraction is linear in the length of a text, not only over a collection."""
    text = "\n\n".join([raw_text] * n)

    def load_and_touch(text: str) -> vinhbao.Report:
        report = vinhbao.load_report(text)
        for name in FRAME_NAMES:
            getattr(report, name)
        return report

    report = benchmark.pedantic(
        load_and_touch, args=(text,), rounds=10 if n == 1 else 3, warmup_rounds=1
    )
    assert len(report.facts) > 400 * n  # every copy's prose read
    record(benchmark, LABEL_ONE_TEXT.format(n=n), copies=n)
