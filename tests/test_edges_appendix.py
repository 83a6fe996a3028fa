"""Edges of the plan-vs-actual reader on invented tables: cells, signs, units, row codes,
sections, page breaks, headers and statuses. Each case pins a value that a one-token change of
`read.tables`, `extract.table_rows`, `extract.appendix` or `rules.table` would silently alter
(found by mutation testing)."""

from __future__ import annotations

import pandas as pd
import pytest

from vinhbao.errors import ReportFormatError
from vinhbao.extract.appendix import build_appendix
from vinhbao.extract.appendix_cells import (
    in_row_unit,
    parse_actual,
    parse_target_cell,
    printed_as_change,
)
from vinhbao.parse.targets import parse_target
from vinhbao.read.document import parse_document
from vinhbao.read.tables import role_of

N = None


# --- appendix: cells ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "style", "value", "is_change", "flag"),
    [
        ("", "vi", N, False, N),
        ("-", "vi", N, False, N),
        ("–", "vi", N, False, N),
        ("—", "vi", N, False, N),
        ("x", "vi", N, False, N),
        ("X", "vi", N, False, N),
        ("...", "vi", N, False, N),
        ("…", "vi", N, False, N),
        ("Giảm 0,41", "vi", -0.41, True, N),
        ("giảm 0,41%", "vi", -0.41, True, N),
        ("Tăng 1,5%", "vi", 1.5, True, N),
        ("tăng 1,5 %", "vi", 1.5, True, N),
        ("đạt 5", "vi", 5.0, False, N),
        ("Đạt 5", "vi", 5.0, False, N),
        ("-0,41", "vi", -0.41, False, N),  # a negative level, not a change
        ("−0,41", "vi", -0.41, False, N),
        ("8/10", "vi", 8.0, False, N),
        ("8 / 10", "vi", 8.0, False, N),
        ("1.234", "vi", 1234.0, False, N),
        ("1.234", "en", 1.234, False, N),
        ("1,234", "vi", 1.234, False, N),
        ("1,234", "en", 1234.0, False, N),
        ("14.64", "en", 14.64, False, N),
        ("Tăng 14.64%", "en", 14.64, True, N),
        ("12,,5", "vi", N, False, "actual has a garbled number '12,,5': not read"),
        ("14.64", "vi", N, False, "actual has a garbled number '14.64': not read"),
        ("12,5 tấn", "vi", N, False, "actual is not a single figure: '12,5 tấn'"),
        ("khoảng 5", "vi", N, False, "actual is not a single figure: 'khoảng 5'"),
        ("5.", "vi", N, False, "actual not readable: not a Vietnamese-formatted number: '5.'"),
        ("Giảm 5,", "vi", N, False, "actual not readable: not a Vietnamese-formatted number: '5,'"),
    ],
)
def test_parse_actual(cell, style, value, is_change, flag):
    assert parse_actual(cell, style) == (value, is_change, flag)
    if style == "vi":  # the default
        assert parse_actual(cell) == (value, is_change, flag)


@pytest.mark.parametrize(
    ("cell", "as_change"),
    [("Tăng 5%", True), ("  giảm 3", True), ("GIẢM 3", True), ("-0,3", True), ("+2", True),
     ("−1", True), ("5", False), ("", False), ("  ", False), ("Dưới 0,5", False),
     ("đạt 5", False), ("tăng5", False)],
)  # fmt: skip
def test_a_cell_printed_as_a_change(cell, as_change):
    assert printed_as_change(cell) is as_change


@pytest.mark.parametrize(
    ("cell", "low", "high", "flag"),
    [
        ("", N, N, N),
        ("-", N, N, N),
        ("x", N, N, N),
        ("4-5", 4.0, 5.0, N),
        ("Dưới 0,5", N, 0.5, N),
        ("Giảm 0,3", -0.3, -0.3, N),
        ("12,,5", N, N, "target has a garbled number '12,,5': not read"),
        ("15-14", N, N, "target not readable: range runs backwards in target '15-14'"),
        ("xuất siêu", N, N, "target not readable: no target in 'xuất siêu'"),
    ],
)
def test_parse_target_cell(cell, low, high, flag):
    target, problem = parse_target_cell(cell)
    assert problem == flag
    if low is N and high is N:
        assert target is None
    else:
        assert (target.low, target.high) == (low, high)


@pytest.mark.parametrize(
    ("cell", "row_unit", "low", "high", "denominator"),
    [
        ("2 tỷ đồng", "triệu đồng", 2000.0, 2000.0, N),  # in the row's unit: millions
        ("500 triệu đồng", "Tỷ đồng", 0.5, 0.5, N),
        ("2 - 3 nghìn tấn", "tấn", 2000.0, 3000.0, N),
        ("trên 2 nghìn tấn", "tấn", 2000.0, N, N),
        ("1 - 1,5 nghìn tấn", "nghìn tấn", 1.0, 1.5, N),
        ("27/30 xã", "xã", 27.0, 27.0, 30.0),
        ("500/1.000 triệu đồng", "triệu đồng", 500.0, 500.0, 1000.0),
        ("5", "furlong", 5.0, 5.0, N),  # no unit printed in the cell: left as it is
    ],
)
def test_a_target_cell_with_its_own_unit_is_read_in_the_rows_unit(
    cell, row_unit, low, high, denominator
):
    target, flag = in_row_unit(parse_target(cell), row_unit, "Sản lượng")
    assert flag is None
    assert (target.low, target.high, target.denominator) == (low, high, denominator)


@pytest.mark.parametrize(
    ("cell", "row_unit"), [("2 - 3 nghìn tấn", "furlong"), ("2 - 3 nghìn tấn", ""), ("5 ha", "tấn")]
)
def test_a_target_cell_in_another_unit_is_not_read(cell, row_unit):
    target, flag = in_row_unit(parse_target(cell), row_unit, "Sản lượng")
    assert target is None
    assert flag == f"target printed in another unit than the row's: {parse_target(cell).text!r}"


def test_no_target_stays_none_in_the_rows_unit():
    assert in_row_unit(None, "tấn", "Sản lượng") == (None, None)


# --- appendix: rows and codes ------------------------------------------------------------------

HEADER = "Số TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tThực hiện\tĐánh giá"


def table(*rows: str) -> str:
    return "Báo cáo năm 2023\n\n" + "\n".join([HEADER, *rows]) + "\n"


def appendix_of(*rows: str) -> tuple[pd.DataFrame, list]:
    frame, issues = build_appendix(parse_document(table(*rows)))
    return frame.set_index("code", drop=False), issues


PLAN = (
    "I\tKinh tế:\t\t\t\t",
    "1.\tSản lượng lúa\tTấn\t100 - 120\t110\tĐạt",
    "\t+ Lúa xuân\tTấn\t50\t60\tVượt",
    "\t- Lúa nếp\t\t20\t15\tChưa đạt",
    "\t– Lúa tẻ\t\t20\t25\tVượt",
    "\tLúa mùa\t\t50\t40\tĐạt",
    "2\tTỷ lệ hộ nghèo\t%\tdưới 2\tGiảm 0,5\tĐạt",
    "3\tVốn đầu tư\tTriệu đồng\t2 tỷ đồng\t2.500\tVượt",
    "5\tThu ngân sách\tTỷ đồng\t-\t12,5/20\tđạt yêu cầu",
    "5\tThu ngân sách\tTỷ đồng\t5\t5\tĐạt",
    "4\tSố xã\tXã\t27/30\t28\tVượt",
    "7\tTrường chuẩn\tTrường\tTăng 2\tTăng 3\tVượt",
    "8\tDiện tích\tfurlong\t5\t5\tkhông rõ",
    "9\t\t\ttrên 6\t6\tĐạt",
    "10\tTỷ lệ hộ nghèo\t%\tdưới 2\t1,5\tĐạt",
    "11\tTỷ lệ hộ nghèo\t%\tkhông quá 2\t2\tĐạt",
    "12\tTỷ lệ\t%\t12,,5\t1,,2\tĐạt",
)
# code: (row, parent, level, unit, canonical, low, high, low_inc, high_inc, actual, is_change,
#        status, computed, agrees, gap)
PLAN_ROWS = {
    "1": ("1", "", 0, "Tấn", "t", 100, 120, True, True, 110, False, "met", "met", True, 0),
    "1.b": ("1", "1", 1, "Tấn", "t", 50, 50, True, True, 60, False, "exceeded", "exceeded", True,
            10),
    "1.c": ("1", "1.b", 2, "Tấn", "t", 20, 20, True, True, 15, False, "not met", "not met", True,
            -5),
    "1.d": ("1", "1.b", 2, "Tấn", "t", 20, 20, True, True, 25, False, "exceeded", "exceeded", True,
            5),
    "1.e": ("1", "1", 1, "Tấn", "t", 50, 50, True, True, 40, False, "met", "not met", False, -10),
    "2": ("2", "", 0, "%", "pct", N, 2, False, False, -0.5, True, "met", N, N, 0),
    "3": ("3", "", 0, "Triệu đồng", "billion_vnd", 2000, 2000, True, True, 2500, False, "exceeded",
          "exceeded", True, 500),
    "5": ("5", "", 0, "Tỷ đồng", "billion_vnd", N, N, N, N, 12.5, False, "met", N, N, N),
    "5~2": ("5~2", "", 0, "Tỷ đồng", "billion_vnd", 5, 5, True, True, 5, False, "met", "met", True,
            0),
    "4": ("4", "", 0, "Xã", "communes", 27, 27, True, True, 28, False, "exceeded", "exceeded",
          True, 1),
    "7": ("7", "", 0, "Trường", "schools", 2, 2, True, True, 3, True, "exceeded", "exceeded", True,
          1),
    "8": ("8", "", 0, "furlong", "", 5, 5, True, True, 5, False, N, "met", N, 0),
    "9": ("9", "", 0, "", "", 6, N, False, False, 6, False, "met", "not met", False, 0),
    "10": ("10", "", 0, "%", "pct", N, 2, False, False, 1.5, False, "met", "met", True, 0),
    "11": ("11", "", 0, "%", "pct", N, 2, False, True, 2, False, "met", "met", True, 0),
    "12": ("12", "", 0, "%", "pct", N, N, N, N, N, False, "met", N, N, N),
}  # fmt: skip
PLAN_FLAGS = {
    "1": "",
    "1.b": "",
    "1.c": "unit cell empty: taken from row 1.b",
    "1.d": "unit cell empty: taken from row 1.b",
    "1.e": "unit cell empty: taken from row 1; reported status 'met' but actual against target "
    "gives 'not met'",
    "2": "the result is printed as a change and the target as a level (or the reverse): not "
    "compared",
    "3": "",
    "5": "row numbers jump from 3 to 5: row(s) missing",
    "5~2": "row number 5 printed again: kept apart as 5~2",
    "4": "",
    "7": "row numbers jump from 5 to 7: row(s) missing",
    "8": "unknown unit 'furlong'; status not readable: 'không rõ'",
    "9": "indicator cell empty: taken from row 8; reported status 'met' but actual against "
    "target gives 'not met'",
    "10": "",
    "11": "",
    "12": "target has a garbled number '12,,5': not read; actual has a garbled number '1,,2': not "
    "read",
}


def na(x):
    return None if pd.isna(x) else x


@pytest.fixture(scope="module")
def plan():
    frame, issues = appendix_of(*PLAN)
    assert issues == []
    return frame


def test_every_printed_row_gets_its_printed_code(plan):
    assert plan["code"].tolist() == list(PLAN_ROWS)


@pytest.mark.parametrize("code", list(PLAN_ROWS))
def test_plan_rows(plan, code):
    row = plan.loc[code]
    got = tuple(na(row[c]) for c in (
        "row", "parent", "level", "unit", "unit_canonical", "target_low", "target_high",
        "low_inclusive", "high_inclusive", "actual", "actual_is_change", "status",
        "status_computed", "status_agrees", "gap",
    ))  # fmt: skip
    assert got == PLAN_ROWS[code]
    assert row["flag_notes"] == PLAN_FLAGS[code]
    assert row["section"] == "I" and row["section_title"] == "Kinh tế"


def test_plan_rows_keep_their_text_and_where_it_is(plan):
    text = table(*PLAN)
    lines = text.split("\n")
    for number, code in enumerate(PLAN_ROWS, start=5):
        row = plan.loc[code]
        assert row["line"] == number
        assert text[row["start"] : row["end"]] == row["quote"] == lines[number - 1]
        assert row["source"] == f"appendix row {code}"
        target, actual = row["target_text"], row["actual_text"]
        if target:
            assert text[row["target_start"] : row["target_start"] + len(target)] == target
        assert text[row["actual_start"] : row["actual_start"] + len(actual)] == actual
    assert plan.loc["1.e", "indicator"] == "Lúa mùa"  # the bullet is not part of it
    assert plan.loc["1.c", "indicator"] == "Lúa nếp"
    assert plan.loc["9", "indicator"] == "Diện tích"
    assert plan.loc["2", "better"] == "lower" and plan.loc["1", "better"] == "higher"


def test_a_number_out_of_order_does_not_hide_a_later_gap():
    frame, _ = appendix_of(
        "1\tA\t%\t1\t1\tĐạt", "5\tB\t%\t1\t1\tĐạt", "3\tC\t%\t1\t1\tĐạt", "6\tD\t%\t1\t1\tĐạt",
        "8\tE\t%\t1\t1\tĐạt",
    )  # fmt: skip
    assert frame["flag_notes"].tolist() == [
        "", "row numbers jump from 1 to 5: row(s) missing", "", "",
        "row numbers jump from 6 to 8: row(s) missing",
    ]  # fmt: skip


def test_sub_rows_under_a_heading_row_start_at_a():
    frame, _ = appendix_of(
        "1\tCơ cấu\t\t\t\t", "\t+ Nông nghiệp\t%\t18\t18\tĐạt", "\t- Trồng trọt\t%\t9\t9\tĐạt",
        "\t+ Dịch vụ\t%\t28\t28\tĐạt", "\tKhác\t%\t1\t1\tĐạt", "2\tLúa\tTấn\t5\t5\tĐạt",
        "\t+ Lúa xuân\tTấn\t3\t3\tĐạt",
    )  # fmt: skip
    got = list(zip(frame["code"], frame["parent"], frame["level"], strict=True))
    assert got == [("1", "", 0), ("1.a", "1", 1), ("1.b", "1.a", 2), ("1.c", "1", 1),
                   ("1.d", "1", 1), ("2", "", 0), ("2.b", "2", 1)]  # fmt: skip
    assert frame.loc["1.b", "unit"] == "%" and frame.loc["1.b", "flag_notes"] == ""


def test_a_sub_row_before_any_numbered_row_is_row_0():
    frame, issues = appendix_of("\t+ Lúa xuân\tTấn\t50\t60\tVượt", "1\tLúa\tTấn\t5\t6\tVượt")
    assert frame["code"].tolist() == ["0.a", "1"]
    assert (frame.loc["0.a", "row"], frame.loc["0.a", "parent"]) == ("0", "0")
    assert [(i.line, i.part, i.found, i.expected) for i in issues] == [
        (4, "appendix", "a sub-row before any numbered row", "a numbered row first")
    ]


def test_sub_rows_before_any_numbered_row_nest_under_their_own_plus_row():
    frame, _ = appendix_of("\t- Lúa xuân\tTấn\t5\t6\tVượt", "\t+ Lúa\tTấn\t5\t6\tVượt",
                           "\t- Lúa nếp\t\t5\t6\tVượt")  # fmt: skip
    got = list(zip(frame["code"], frame["parent"], frame["level"], frame["unit"], strict=True))
    assert got == [("0.a", "0", 1, "Tấn"), ("0.b", "0", 1, "Tấn"), ("0.c", "0.b", 2, "Tấn")]


def test_a_table_without_code_or_unit_columns():
    text = "Báo cáo năm 2023\n\nChỉ tiêu\tKế hoạch\tThực hiện\nLúa\t5\t6\nNgô\t1\t1\n"
    frame, issues = build_appendix(parse_document(text))
    got = list(zip(frame["code"], frame["unit"], frame["unit_canonical"], frame["flag_notes"],
                   frame["target_low"], frame["actual"], strict=True))  # fmt: skip
    assert got == [("1", "", "", "", 5, 6), ("2", "", "", "", 1, 1)]
    assert [(i.line, i.found) for i in issues] == [
        (3, "the table has no code column: its rows are numbered in their order")
    ]


def test_bullets_printed_in_the_code_column_make_sub_rows():
    frame, _ = appendix_of(
        "1\tLúa\tTấn\t5\t6\tVượt", "+\tLúa xuân\tTấn\t2\t2\tĐạt", "-\tLúa nếp\tTấn\t1\t1\tĐạt",
        "–\tLúa tẻ\tTấn\t1\t1\tĐạt", "•\tNgô\tTấn\t1\t1\tĐạt", "*\tKhoai\tTấn\t1\t1\tĐạt",
    )  # fmt: skip
    got = list(zip(frame["code"], frame["parent"], frame["level"], frame["indicator"],
                   strict=True))  # fmt: skip
    assert got == [("1", "", 0, "Lúa"), ("1.b", "1", 1, "Lúa xuân"), ("1.c", "1.b", 2, "Lúa nếp"),
                   ("1.d", "1.b", 2, "Lúa tẻ"), ("1.e", "1", 1, "Ngô"),
                   ("1.f", "1", 1, "* Khoai")]  # fmt: skip


def test_sections_as_printed_and_gaps_between_them():
    frame, issues = appendix_of(
        "II.\tXã hội:\t\t\t\t", "1\tA\t%\t1\t1\tĐạt", "V\tMôi trường\t\t\t\t",
        "2\tB\t%\t1\t1\tĐạt", "VI\tĐảng\t\t\t\t", "3\tC\t%\t1\t1\tĐạt",
    )  # fmt: skip
    assert frame["section"].tolist() == ["II", "V", "VI"]
    assert frame["section_title"].tolist() == ["Xã hội", "Môi trường", "Đảng"]
    note = ("section III, IV is missing: the table goes from II to V; rows keep the section "
            "printed above them")  # fmt: skip
    assert frame["flag_notes"].tolist() == ["", note, ""]  # on the first row of section V
    assert [(i.line, i.part, i.found, i.expected) for i in issues] == [
        (6, "appendix", note, "section III, IV")
    ]


def test_a_row_continued_after_a_page_break_is_joined():
    text_rows = ("1\tLúa\tTấn\t5\t5\tĐạt", "", "\txuân và hè\t\t\t\t", "2\tNgô\tTấn\t1\t1\tĐạt")
    frame, _ = appendix_of(*text_rows)
    assert frame["code"].tolist() == ["1", "2"]
    row = frame.loc["1"]
    assert row["indicator"] == "Lúa xuân và hè" and row["target_low"] == 5
    assert row["flag_notes"] == "cells continue across a page break at line 6"
    assert (row["line"], row["quote"]) == (4, "1\tLúa\tTấn\t5\t5\tĐạt\n\n\txuân và hè\t\t\t\t")


@pytest.mark.parametrize(
    "rows",
    [
        ("1\tLúa\tTấn\t5\t6\tĐạt", "\tngô\t\t\t7\t"),  # no blank line, a figure
        ("1\tLúa\tTấn\t5\t6\tĐạt", "", "\tNgô\t\t\t\t"),  # a capital: a row of its own
        ("1\tLúa\tTấn\t5\t6\tĐạt", "", "\tngô\t\t\t\tĐạt"),  # a status: a row of its own
    ],
)
def test_a_row_that_does_not_continue_the_one_before(rows):
    frame, _ = appendix_of(*rows)
    assert frame["code"].tolist() == ["1", "1.b"]
    assert frame.loc["1", "indicator"] == "Lúa"


def test_a_label_wrapped_to_the_next_line_joins_its_row():
    frame, _ = appendix_of("1\tLúa\tTấn\t5\t6\tVượt", "\txuân và hè\t\t\t\t")
    assert frame["code"].tolist() == ["1"]
    row = frame.loc["1"]
    assert (row["indicator"], row["flag_notes"]) == (
        "Lúa xuân và hè", "cells continue on the next line at line 5",
    )  # fmt: skip


def test_a_page_break_inside_a_figure_cell_joins_both_parts():
    frame, _ = appendix_of("1\tLúa\tTấn\t5\t6\tĐạt", "", "\txuân\t\t7\t\t")
    row = frame.loc["1"]
    assert (row["target_text"], row["indicator"]) == ("5 7", "Lúa xuân")
    assert pd.isna(row["target_start"]) and pd.isna(row["target_low"])  # two figures: not read
    assert "2 targets where one was expected" in row["flag_notes"]


@pytest.mark.parametrize(
    ("row", "indicators", "targets", "actuals", "statuses", "split"),
    [
        ("\tLúa; Ngô\tTấn\t21 4\t21 2\tĐạt Chưa đạt", ["Lúa", "Ngô"], [21, 4], [21, 2],
         ["met", "not met"], True),
        ("\tLúa\tTấn\t1 2\t1 2\t", ["Lúa", "Lúa"], [1, 2], [1, 2], [N, N], True),
        ("\tA; B; C\tTấn\t1 2\t1 2\tĐạt", ["A; B; C"], [N], [N], ["met"], False),
        ("\tA\tTấn\t1 2\t1\tĐạt", ["A"], [N], [1], ["met"], False),
        ("\tA\tTấn\t1 2\t1 2\tĐạt Đạt Đạt", ["A"], [N], [N], ["met"], False),
        ("\tA\tTấn\t1 2 3\t1 2 3\tĐạt Vượt Đạt", ["A"] * 3, [1, 2, 3], [1, 2, 3],
         ["met", "exceeded", "met"], True),
    ],
)  # fmt: skip
def test_a_row_holding_several_indicators(row, indicators, targets, actuals, statuses, split):
    frame, _ = appendix_of("1\tĐầu\tTấn\t9\t9\tĐạt", row)
    rows = frame.iloc[1:]
    assert rows["indicator"].tolist() == indicators
    assert [na(x) for x in rows["target_low"]] == targets
    assert [na(x) for x in rows["actual"]] == actuals
    assert [na(x) for x in rows["status"]] == statuses
    k = len(indicators)
    flag = f"one printed row holds {k} indicators; split into {k} rows"
    assert all((flag in f) is split for f in rows["flag_notes"])
    assert rows["code"].tolist() == [f"1.{chr(ord('b') + i)}" for i in range(k)]
    if split:
        text = table("1\tĐầu\tTấn\t9\t9\tĐạt", row)
        for r in rows.itertuples():
            assert text[r.target_start : r.target_start + len(r.target_text)] == r.target_text
            assert text[r.actual_start : r.actual_start + len(r.actual_text)] == r.actual_text


def test_a_numbered_row_holding_two_indicators_numbers_the_second_as_a_sub_row():
    frame, _ = appendix_of("24\tA; B\tCơ sở\t21 4\t21 2\tĐạt Chưa đạt")
    assert frame["code"].tolist() == ["24", "24.b"]
    assert frame["indicator"].tolist() == ["A", "B"]
    assert (frame.loc["24.b", "target_low"], frame.loc["24.b", "actual"]) == (4, 2)


def test_a_table_of_spaces_is_read_by_what_each_token_is():
    text = "Báo cáo năm 2023\n\n" + "\n".join([
        "Số TT   Chỉ tiêu   Đơn vị tính   Kế hoạch   Thực hiện   Đánh giá",
        "1   Sản lượng lúa   Tấn   100   110   Vượt",
        "2   Tỷ lệ hộ nghèo   %   dưới 2   1,5   Đạt",
        "3   Số xã   5   4",
        "    Số trường đạt chuẩn   2   Chưa đạt",
        "4   Tấn   5",
    ]) + "\n"  # fmt: skip
    frame, _ = build_appendix(parse_document(text))
    got = list(zip(frame["code"], frame["indicator"], frame["unit"], frame["target_text"],
                   frame["actual_text"], frame["status_text"], strict=True))  # fmt: skip
    assert got == [
        ("1", "Sản lượng lúa", "Tấn", "100", "110", "Vượt"),
        ("2", "Tỷ lệ hộ nghèo", "%", "dưới 2", "1,5", "Đạt"),
        ("3", "Số xã", "", "5", "4", ""),
        ("3.b", "Số trường đạt chuẩn", "", "", "2", "Chưa đạt"),  # figures fill from the right
        ("4", "Số trường đạt chuẩn", "Tấn", "", "5", ""),  # a unit is no indicator
    ]
    for r in frame.itertuples():
        assert text[r.actual_start : r.actual_start + len(r.actual_text)] == r.actual_text
        if r.target_text:
            assert text[r.target_start : r.target_start + len(r.target_text)] == r.target_text


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (("A\tLúa\tTấn\t5\t6\tĐạt",), "table row code 'A' is neither a number nor a section"),
        (("I\tKinh tế\t\t5\t\t",), "table row code 'I' is neither a number nor a section"),
        (("1234\tLúa\tTấn\t5\t6\tĐạt",), "table row code '1234' is neither"),
        (("I\tKinh tế\t\t\t\t",), "the table has section headings but no indicator rows"),
        (("1\tLúa\tTấn\t5\t6",), "table row has 5 tab-separated cells"),
        (("1\tLúa\tTấn\t5\t6\tĐạt\tx",), "table row has 7 tab-separated cells"),
    ],
)
def test_rows_that_cannot_be_read_are_refused_with_their_line(rows, message):
    with pytest.raises(ReportFormatError, match=message) as info:
        build_appendix(parse_document(table(*rows)))
    assert info.value.line == 4


def test_a_table_of_spaces_with_more_cells_than_columns_is_refused():
    text = ("Báo cáo năm 2023\n\nSố TT   Chỉ tiêu   Đơn vị tính   Kế hoạch   Thực hiện   Đánh giá\n"
            "1   Lúa   Tấn   1   2   3   4   Đạt\n")  # fmt: skip
    with pytest.raises(ReportFormatError, match="table row has 9 cells") as info:
        build_appendix(parse_document(text))
    assert info.value.line == 4


def test_a_pipe_row_with_cells_missing_is_refused():
    text = ("Báo cáo năm 2023\n\n| Chỉ tiêu | Đơn vị | Kế hoạch | Thực hiện |\n|---|---|---|---|\n"
            "| Lúa | Tấn | 5 |\n")  # fmt: skip
    with pytest.raises(ReportFormatError, match="table row has 3 pipe-separated cells") as info:
        build_appendix(parse_document(text))
    assert info.value.line == 5
    assert info.value.expected == "4 cells (Chỉ tiêu, Đơn vị, Kế hoạch, Thực hiện)"


def test_a_table_of_section_headings_only_is_refused_at_its_last_line():
    with pytest.raises(ReportFormatError, match="section headings but no indicator rows") as info:
        build_appendix(parse_document(table("I\tA\t\t\t\t", "II\tB\t\t\t\t")))
    assert (info.value.line, info.value.expected) == (5, "numbered rows of indicators")


def test_a_header_without_rows_is_refused():
    with pytest.raises(ReportFormatError, match="the table has a header but no rows") as info:
        build_appendix(parse_document(table()))
    assert info.value.line == 3


def test_a_text_without_a_plan_table_is_an_empty_frame_and_an_issue():
    frame, issues = build_appendix(parse_document("Báo cáo năm 2023\n\nKhông có bảng.\n"))
    assert frame.empty and list(frame.columns)[:3] == ["code", "row", "parent"]
    assert [(i.line, i.part, i.found, i.severity) for i in issues] == [
        (3, "appendix", "no plan-vs-actual table", "info")
    ]


def test_every_missing_section_numeral_is_named():
    frame, issues = appendix_of(
        "VI\tA\t\t\t\t", "1\tA\t%\t1\t1\tĐạt", "VIII\tB\t\t\t\t", "2\tB\t%\t1\t1\tĐạt",
        "X\tC\t\t\t\t", "3\tC\t%\t1\t1\tĐạt", "IX\tD\t\t\t\t", "4\tD\t%\t1\t1\tĐạt",
    )  # fmt: skip
    assert frame["section"].tolist() == ["VI", "VIII", "X", "IX"]
    assert [i.expected for i in issues] == ["section VII", "section IX"]
    assert [i.line for i in issues] == [6, 8]


# --- rule tables: headers, statuses, counted nouns ---------------------------------------------


@pytest.mark.parametrize(
    ("header", "role"),
    [("Số TT", "code"), ("STT", "code"), ("Nội dung", "indicator"), ("Danh mục", "indicator"),
     ("Chỉ tiêu", "indicator"), ("Đơn vị", "unit"), ("ĐVT", "unit"), ("Đ.V.T", "unit"),
     ("Chỉ tiêu Nghị quyết", "target"), ("KH", "target"), ("Nghị quyết", "target"),
     ("NQ", "target"), ("Mục tiêu", "target"), ("Thực hiện", "actual"), ("Kết quả", "actual"),
     ("Ước TH", "actual"), ("Kết quả đạt được", "actual"), ("Mức độ hoàn thành", "status"),
     ("Đánh giá", "status"), ("Ghi chú", "status"), ("Tình hình thực hiện", "status"),
     ("Tỷ lệ so KH", "ratio"), ("So sánh (%)", "ratio"), ("% so KH", "ratio"),
     ("So với KH", "ratio"), ("Năm", "other")],
)  # fmt: skip
def test_header_cells_and_their_roles(header, role):
    assert role_of(header) == role


def test_a_ratio_column_headed_with_a_percent_in_parentheses():
    """Once a bug: the cell's parentheses were blanked, not the phrase's ('Tỷ lệ (%)': other)."""
    assert [role_of(c) for c in ("Tỷ lệ (%)", "Tỷ lệ ( % )", "Tỷ lệ")] == [
        "ratio",
        "ratio",
        "other",
    ]


def test_a_header_needs_an_indicator_column_and_a_target_or_result_column():
    no_indicator = "Báo cáo năm 2023\n\nSố TT\tKết quả thực hiện nội dung\tKế hoạch\n1\tA\t5\n"
    frame, issues = build_appendix(parse_document(no_indicator))
    assert frame.empty and [i.found for i in issues] == ["no plan-vs-actual table"]
    for column, figure in (("Kế hoạch", "target_low"), ("Thực hiện", "actual")):
        text = f"Báo cáo năm 2023\n\nChỉ tiêu\tĐơn vị\t{column}\nLúa\tTấn\t5\n"
        frame, _ = build_appendix(parse_document(text))
        assert frame[figure].tolist() == [5.0]


@pytest.mark.parametrize(
    ("printed", "status", "computed"),
    [("Đạt", "met", "met"), ("Hoàn thành", "met", "met"), ("Vượt", "exceeded", "met"),
     ("Chưa đạt", "not met", "met"), ("Không đạt", "not met", "met"),
     ("Chưa hoàn thành", "not met", "met"), ("Không hoàn thành", "not met", "met"),
     ("Vượt chỉ tiêu; chưa đạt NQ", "mixed", "met")],
)  # fmt: skip
def test_every_printed_status(printed, status, computed):
    frame, _ = appendix_of(f"1\tLúa\tTấn\t5\t5\t{printed}")
    row = frame.loc["1"]
    assert (row["status"], row["status_computed"]) == (status, computed)
    assert row["status_agrees"] == (status == computed)
