"""The 2024 targets: every item and sub-item of Part two, III, as an interval."""

from __future__ import annotations

import math

import pandas as pd
import pytest

N = None
EXPECTED = {
    # code: (low, high, low_inclusive, high_inclusive)
    "1": (14, 15, True, True),
    "1.b": (3, 3.5, True, True),
    "1.c": (17.5, 18.5, True, True),
    "1.d": (16, 17, True, True),
    "1.e": (12, 13, True, True),
    "1.f": (20, N, True, N),
    "1.g": (13.5, 14.5, True, True),
    "2.a": (16.5, 17.5, True, True),
    "2.b": (54, 55, True, True),
    "2.c": (28, 29, True, True),
    "3": (78, 79, True, True),
    "4": (33, 34, True, True),
    "4.b": (59.5, 60.5, True, True),
    "4.c": (5, 6, True, True),
    "5": (13, N, True, N),
    "6": (164, 166, True, True),
    "6.b": (224, 226, True, True),
    "7": (6000, 6300, True, True),
    "8": (100, 100, True, True),
    "9": (8, 8, True, True),
    "9.b": (15, 15, True, True),
    "9.c": (29, 29, True, True),
    "9.d": (11, 11, True, True),
    "10": (2, 2, True, True),
    "11": (N, 0.64, N, False),
    "12": (3800, 3850, True, True),
    "12.b": (10000, 10000, True, True),
    "12.c": (87.5, N, True, N),
    "13": (100, 100, True, True),
    "13.b": (30, 30, True, True),
    "14": (N, 11.9, N, False),
    "15": (27, 27, True, True),
    "16": (95, N, True, N),
    "17": (0.46, 0.46, True, True),
    "17.b": (0, 0, True, True),
    "18": (100, 100, True, True),
    "19": (99.4, N, True, N),
    "20": (251, N, True, N),
    "20.b": (2, 2, True, True),
    "20.c": (90, N, False, N),
    "21": (6, 8, True, True),
    "21.b": (2, 3, True, True),
    "21.c": (8, 10, True, True),
    "21.d": (2, 4, True, True),
    "22": (100, 100, True, True),
    "23": (100, 100, True, True),
    "24": (7, N, True, N),
    "24.b": (3, N, True, N),
}


@pytest.fixture(scope="module")
def targets(report):
    return report.targets_2024.set_index("code")


def test_every_target_in_order(report):
    assert report.targets_2024["code"].tolist() == list(EXPECTED)


@pytest.mark.parametrize("code", list(EXPECTED))
def test_interval(targets, code):
    low, high, low_inc, high_inc = EXPECTED[code]
    row = targets.loc[code]
    assert math.isnan(row["low"]) if low is None else row["low"] == pytest.approx(low)
    assert math.isnan(row["high"]) if high is None else row["high"] == pytest.approx(high)
    if low is not None:
        assert row["low_inclusive"] == low_inc
    if high is not None:
        assert row["high_inclusive"] == high_inc


def test_labels_and_measures(targets):
    assert targets.loc["1", "measure"] == "growth_pct"
    assert targets.loc["1.e", "measure"] == "growth_pct"
    assert targets.loc["3", "measure"] == "level"
    # 'Mức giảm tỷ lệ hộ nghèo: 0,46%' is a fall of the rate, not the rate itself
    assert targets.loc["17", "measure"] == "reduction"
    assert targets.loc["17", "indicator_en"] == "Reduction of the poverty rate"
    assert targets.loc["15", "denominator"] == 30
    assert targets.loc["4.b", "indicator"] == "chăn nuôi + thủy sản"
    assert "năm 2010" in targets.loc["1", "indicator"]
    assert targets.loc["1.d", "source"] == "targets_2024 (1)"


def test_quotes_round_trip(report):
    for row in report.targets_2024.itertuples():
        assert report.text[row.start : row.end] == row.quote
        assert row.target_text in row.quote


def test_a_reduction_target_is_not_set_against_a_level(report):
    from vinhbao.derive.analysis import targets_vs_actuals

    t = targets_vs_actuals(report).set_index("code")
    assert t.loc["17", "code_2023"] == "17" and pd.isna(t.loc["17", "change_low"])
    assert t.loc["1", "change_low"] == pytest.approx(14 - 14.64)
