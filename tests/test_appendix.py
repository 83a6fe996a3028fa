"""The appendix as plan vs actual: every printed line, targets parsed, statuses computed."""

from __future__ import annotations

import math

import pytest

import vinhbao

CODES = [
    "1",
    "1.b",
    "1.c",
    "1.d",
    "1.e",
    "1.f",
    "1.g",
    "2",
    "2.a",
    "2.b",
    "2.c",
    "3",
    "4",
    "4.a",
    "4.b",
    "4.c",
    "5",
    "6",
    "6.b",
    "7",
    "8",
    "9",
    "10",
    "11",
    "12",
    "12.b",
    "12.c",
    "13",
    "14",
    "15",
    "16",
    "17",
    "18",
    "19",
    "20",
    "20.b",
    "20.c",
    "21",
    "21.b",
    "21.c",
    "21.d",
    "22",
    "23",
    "24",
    "24.b",
]


@pytest.fixture(scope="module")
def appendix(report):
    return report.appendix.set_index("code")


def test_every_line_of_the_table_is_a_row(report):
    assert report.appendix["code"].tolist() == CODES


@pytest.mark.parametrize(
    ("code", "low", "high", "actual", "status", "computed", "better"),
    [
        ("1", 14, 15, 14.64, "met", "met", "higher"),
        ("1.f", 20, None, 20.0, "met", "not met", "higher"),  # '>20' is not met by 20,0
        ("2.b", 52, 53, 53.22, "exceeded", "exceeded", "higher"),
        ("3", 69, 70, 72.16, "exceeded", "exceeded", "higher"),
        ("5", 13, 13, 13.26, "exceeded", "exceeded", "higher"),
        ("7", 5700, 5900, 6150, "exceeded", "exceeded", "higher"),
        ("8", 5, 5, 0.4, "mixed", "not met", "higher"),
        ("11", None, 0.64, 0.41, "met", "met", "lower"),
        ("12", 3800, 3800, 3850, "met", "exceeded", "higher"),
        ("12.b", 10000, 10500, 10000, "met", "met", "higher"),
        ("14", None, 11.91, 11.9, "met", "met", "lower"),
        ("15", 27, 27, 27, "met", "met", "higher"),
        ("17", 0.63, 0.63, 0.46, "exceeded", "exceeded", "lower"),
        ("20", 280, 280, 258, "mixed", "not met", "higher"),
        ("20.b", 1, 1, 2, "exceeded", "exceeded", "higher"),
        ("21.d", 3, 5, 5, "met", "met", "higher"),
        ("24", 21, 21, 21, "met", "met", "higher"),
        ("24.b", 4, 4, 2, "not met", "not met", "higher"),
    ],
)
def test_targets_actuals_and_statuses(appendix, code, low, high, actual, status, computed, better):
    row = appendix.loc[code]
    assert math.isnan(row["target_low"]) if low is None else row["target_low"] == low
    assert math.isnan(row["target_high"]) if high is None else row["target_high"] == high
    assert row["actual"] == pytest.approx(actual)
    assert row["status"] == status
    assert row["status_computed"] == computed
    assert row["better"] == better


def test_reported_and_computed_status_disagree_on_four_rows(report):
    a = report.appendix
    assert a.loc[a["status_agrees"].eq(False), "code"].tolist() == ["1.f", "8", "12", "20"]


def test_gaps_in_the_indicators_unit(appendix):
    assert appendix.loc["1", "gap"] == 0
    assert appendix.loc["3", "gap"] == pytest.approx(2.16)
    assert appendix.loc["20", "gap"] == -22
    assert appendix.loc["17", "gap"] == pytest.approx(-0.17)
    assert appendix.loc["7", "gap"] == 250


def test_row_9_is_joined_across_the_page_break(appendix):
    row = appendix.loc["9"]
    assert row["indicator"].endswith(
        "(Đồng Minh, Vĩnh Tiến, Tam Cường, Vĩnh An, Hùng Tiến, Tiên Phong, Thăng Thủy, Cao Minh)."
    )
    assert "đạt bình quân 14-15 tiêu chí" in row["indicator"]
    assert row["actual_text"].startswith("- Toàn huyện đạt bình quân 14-15 tiêu chí")
    assert row["actual_text"].endswith("08 xã năm 2023.")
    assert math.isnan(row["actual"]) and row["status"] == "met"
    assert "page break" in row["flag_notes"]


def test_row_24_holds_two_indicators(appendix):
    assert appendix.loc["24", "indicator"].startswith("Đăng ký đất đai cho tối thiểu 50%")
    assert appendix.loc["24.b", "indicator"].startswith("phần đầu từ 10% - 15% cơ sở tôn giáo")
    assert appendix.loc["24.b", "status_text"] == "Chưa đạt"
    assert "holds 2 indicators" in appendix.loc["24.b", "flag_notes"]


def test_sections_as_printed_and_the_missing_section_flagged(appendix):
    assert appendix.loc["17", "section"] == "I"
    assert appendix.loc["18", "section"] == "III"
    assert appendix.loc["20", "section"] == "IV"
    assert "section II is missing" in appendix.loc["18", "flag_notes"]


def test_empty_cells_inherit_with_a_flag(appendix):
    assert appendix.loc["1.c", "unit"] == "%"
    assert "unit cell empty: taken from row 1" in appendix.loc["1.c", "flag_notes"]
    assert appendix.loc["12.b", "indicator"] == appendix.loc["12", "indicator"]
    assert appendix.loc["12.b", "unit"] == "Lượt người"


def test_provenance_round_trips(report):
    for row in report.appendix.itertuples():
        assert report.text[row.start : row.end] == row.quote
        assert row.source == f"appendix row {row.code}"
        if "page break" not in row.flag_notes:  # row 9's cells are joined from two lines
            assert row.actual_text in row.quote


def test_english_labels_for_every_indicator(report):
    assert report.appendix["indicator_en"].str.len().gt(0).all()


ROW_6_TARGET = "\tTr.đồng\t162,5 - 163,5\t"


def row_6_with_target(raw_text: str, cell: str):
    assert raw_text.count(ROW_6_TARGET) == 1
    report = vinhbao.load_report(raw_text.replace(ROW_6_TARGET, f"\tTr.đồng\t{cell}\t"))
    return report.appendix.set_index("code").loc["6"]


def test_a_target_printing_the_rows_unit_is_read_in_it(raw_text):
    """Row 6 is in Tr.đồng per ha: '… triệu đồng' in its target cell is the same unit."""
    row = row_6_with_target(raw_text, "162,5 - 163,5 triệu đồng")
    assert (row["target_low"], row["target_high"]) == (162.5, 163.5)
    assert row["status_computed"] == "met" and row["flag_notes"] == ""


def test_a_target_printing_another_unit_is_not_read(raw_text):
    row = row_6_with_target(raw_text, "162,5 - 163,5 ha")
    assert math.isnan(row["target_low"]) and math.isnan(row["status_computed"])
    assert row["flag_notes"] == "target printed in another unit than the row's: '162,5 - 163,5'"
