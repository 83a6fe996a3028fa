"""The next year's targets: every item and sub-item of the list, as an interval."""

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
    "17": (-0.46, -0.46, True, True),  # a reduction: signed
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
    return report.targets.set_index("code")


def test_every_target_in_order(report):
    assert report.targets["code"].tolist() == list(EXPECTED)


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


def test_labels_and_kinds(report, targets):
    assert targets.loc["1", "kind"] == "change_pct"
    assert targets.loc["1.e", "kind"] == "change_pct"
    assert targets.loc["3", "kind"] == "level"
    # 'Mức giảm tỷ lệ hộ nghèo: 0,46%' is a fall of the rate in points, not the rate itself
    assert targets.loc["17", "kind"] == "change_pp"
    assert targets.loc["17", "indicator_en"] == "Reduction of the poverty rate"
    assert set(targets["period"]) == {str(report.identity.next_year)} == {"2024"}
    assert targets.loc["15", "denominator"] == 30
    assert targets.loc["4.b", "indicator"] == "chăn nuôi + thủy sản"
    assert "năm 2010" in targets.loc["1", "indicator"]
    assert targets.loc["1.d", "source"] == "targets (1)"
    assert targets.loc["5", "unit"] == "t_per_ha"  # '13 tấn/ha trở lên'
    assert targets.loc["3", "unit"] == "million_vnd_per_person_year"


def test_quotes_round_trip(report):
    for row in report.targets.itertuples():
        assert report.text[row.start : row.end] == row.quote
        assert row.target_text in row.quote


def test_a_reduction_target_is_not_set_against_a_level(report):
    from vinhbao.derive.analysis import targets_vs_actuals

    t = targets_vs_actuals(report).set_index("code")
    assert t.loc["17", "appendix_code"] == "17" and pd.isna(t.loc["17", "change_low"])
    assert t.loc["1", "change_low"] == pytest.approx(14 - 14.64)


@pytest.mark.parametrize(
    ("line", "kind", "low", "high", "unit"),
    [
        ("1. Tốc độ tăng trưởng giá trị sản xuất đạt từ 10% đến 11%;", "change_pct", 10, 11, "pct"),
        ("1. Thu nhập bình quân đầu người đạt khoảng 80 triệu đồng/người/năm;", "level", 80, 80,
         "million_vnd_per_person_year"),
        ("1. Giảm tỷ lệ hộ nghèo xuống dưới 1%;", "level", None, 1, "pct"),
        ("1. Tỷ lệ hộ nghèo giảm 0,5%;", "change_pp", -0.5, -0.5, "pp"),
        ("1. Năng suất lúa đạt không dưới 12,5 tấn/ha;", "level", 12.5, None, "t_per_ha"),
        ("1. Tổng vốn đầu tư toàn xã hội 6.000 - 6.500 tỷ đồng;", "level", 6000, 6500,
         "billion_vnd"),
        ("1. Tỷ lệ tham gia bảo hiểm y tế đạt 96% trở lên;", "level", 96, None, "pct"),
        ("1. Thu nhập bình quân đầu người đạt 80-82 triệu đồng;", "level", 80, 82,
         "million_vnd_per_person_year"),
        ("1. Giảm tỷ lệ hộ cận nghèo 0,3 điểm phần trăm;", "change_pp", -0.3, -0.3, "pp"),
        ("1. Tỷ lệ hộ nghèo giảm còn dưới 1%;", "level", None, 1, "pct"),
        ("1. Thu hút 1,5 triệu lượt khách du lịch;", "level", 1.5e6, 1.5e6, "visitor_arrivals"),
        ("1. Sản lượng lương thực đạt trên 80 nghìn tấn;", "level", 80000, None, "t"),
        ("1. Tốc độ tăng trưởng kinh tế (GRDP) đạt 10-11%;", "change_pct", 10, 11, "pct"),
        ("1. Thu ngân sách trên địa bàn đạt và vượt 100% dự toán;", "ratio_pct", 100, None,
         "pct"),
        ("1. Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao đạt hoặc vượt 80%;", "level", 80, None,
         "pct"),
    ],
)  # fmt: skip
def test_target_phrasings_of_other_reports(line, kind, low, high, unit):
    import vinhbao

    text = f"Báo cáo năm 2024\n\nII. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2025\n\n{line}\n"
    t = vinhbao.load_report(text).targets
    assert len(t) == 1, t
    row = t.iloc[0]
    assert (row["kind"], row["unit"], row["period"]) == (kind, unit, "2025")
    assert math.isnan(row["low"]) if low is None else row["low"] == pytest.approx(low)
    assert math.isnan(row["high"]) if high is None else row["high"] == pytest.approx(high)
