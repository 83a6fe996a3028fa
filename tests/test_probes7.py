"""Round 7 of probes: plan-vs-actual tables in layouts no one had tuned to (invented district,
invented figures): columns in another order, earlier-year and year-on-year columns, headers on
two lines or holding the unit, `%` in cells, bounds and ranges in targets, statuses in many
words, empty results, row codes of every kind or none, labels wrapped to the next line, two
tables in one report, a total row, every separator. Each test is what a careful analyst expects
of `report.appendix` and of the table's facts; what vinhbao does not read yet is a strict xfail
with its reason."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import vinhbao
from tests.probe_helpers import no_unaccounted

HEAD = ("BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031 huyện Hòa Lạc\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n"
        "Sản xuất ổn định.\n\nPHỤ LỤC\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2031\n\n")  # fmt: skip
H6 = "TT\tChỉ tiêu\tĐVT\tKH 2031\tƯớc TH 2031\tĐánh giá"
NAN = float("nan")


def load(*lines: str):
    return vinhbao.load_report(HEAD + "\n".join(lines) + "\n")


def rows(report, *columns: str) -> list[tuple]:
    a = report.appendix
    return [tuple(r) for r in a[list(columns)].itertuples(index=False)]


def same(got, want) -> bool:
    """Tuples equal, NaN equal to NaN."""

    def eq(a, b):
        if isinstance(b, float) and math.isnan(b):
            return a is None or (isinstance(a, float) and math.isnan(a))
        return a == b or (isinstance(a, float) and isinstance(b, (int, float))
                          and math.isclose(a, b, abs_tol=1e-9))  # fmt: skip

    return len(got) == len(want) and all(
        len(g) == len(w) and all(eq(x, y) for x, y in zip(g, w, strict=True))
        for g, w in zip(got, want, strict=True)
    )


def table_facts(report):
    f = report.facts
    return f[f["source"].str.startswith("appendix")]


def facts_of(report, *columns: str) -> set[tuple]:
    f = table_facts(report)[list(columns)].fillna(-1)
    return {tuple(r) for r in f.itertuples(index=False)}


# --- 1. Columns in another order, more columns, headers on two lines ----------------------------


def test_result_before_plan_and_unit_last():
    r = load("TT\tChỉ tiêu\tƯớc TH 2031\tKH 2031\tĐánh giá\tĐVT",
             "1\tThu ngân sách\t612,3\t560\tVượt\tTỷ đồng",
             "2\tTỷ lệ hộ nghèo\t1,05\tdưới 1,2\tĐạt\t%")  # fmt: skip
    got = rows(r, "code", "unit_canonical", "target_low", "target_high", "actual", "status",
               "status_computed")  # fmt: skip
    assert same(got, [("1", "billion_vnd", 560, 560, 612.3, "exceeded", "exceeded"),
                      ("2", "pct", NAN, 1.2, 1.05, "met", "met")])  # fmt: skip
    assert no_unaccounted(r)


FIVE = ("TT\tChỉ tiêu\tĐVT\tTH năm trước\tKH năm\tƯớc TH năm\tSo sánh với KH (%)\t"
        "So sánh cùng kỳ (%)")  # fmt: skip
FIVE_ROW = "1\tThu ngân sách\tTỷ đồng\t540\t560\t612,3\t109,3\t113,4"


def test_last_years_result_named_in_words_is_the_previous_column():
    """'TH năm trước' (no year printed) is last year's result: once its 540 was unaccounted."""
    r = load(FIVE, FIVE_ROW)
    a = r.appendix.iloc[0]
    assert (a["previous"], a["target_low"], a["actual"], a["ratio"]) == (540, 560, 612.3, 109.3)
    assert ("level", "", 540, "2030") in facts_of(r, "kind", "base", "value", "period")
    assert ("ratio_pct", "plan", 109.3, "2031") in facts_of(r, "kind", "base", "value", "period")


def test_a_second_comparison_column_on_last_year_is_read_not_flagged():
    """The year-on-year ratio beside the one on the plan: the appendix keeps the plan's, the
    other is a fact (below), no longer a flag 'column … not read'."""
    a = load(FIVE, FIVE_ROW).appendix.iloc[0]
    assert a["ratio"] == 109.3 and a["flag_notes"] == ""


def test_a_third_comparison_column_not_read_is_flagged():
    """A comparison column on neither the plan nor last year has no place: flagged, not
    dropped unseen."""
    a = load(FIVE + "\tTỷ lệ (%)", FIVE_ROW + "\t98").appendix.iloc[0]
    assert "column 'Tỷ lệ (%)' not read: '98'" in a["flag_notes"]


def test_a_second_comparison_column_on_last_year_gives_its_ratio():
    r = load(FIVE, FIVE_ROW)
    assert ("ratio_pct", "last_year", 113.4) in facts_of(r, "kind", "base", "value")
    assert ("ratio_pct", "plan", 109.3) in facts_of(r, "kind", "base", "value")
    assert no_unaccounted(r)


def test_thuc_hien_cung_ky_is_the_previous_column():
    r = load("TT\tChỉ tiêu\tĐVT\tThực hiện cùng kỳ\tKế hoạch\tThực hiện\tĐánh giá",
             "1\tThu ngân sách\tTỷ đồng\t540\t560\t612,3\tVượt")  # fmt: skip
    a = r.appendix.iloc[0]
    assert (a["previous"], a["target_low"], a["actual"]) == (540, 560, 612.3)
    assert no_unaccounted(r)


@pytest.mark.parametrize(
    "header",
    [
        "TT\tChỉ tiêu\tĐVT\tNăm 2031\t\tĐánh giá\n\t\t\tKH\tTH\t",
        "| TT | Chỉ tiêu | ĐVT | Năm 2031 | | Đánh giá |\n| | | | KH | TH | |",
    ],
    ids=["tabs", "pipes"],
)
def test_a_year_over_kh_and_th_on_two_header_lines(header):
    sep = "\t" if "\t" in header else " | "
    row = sep.join(["1", "Thu ngân sách", "Tỷ đồng", "560", "612,3", "Vượt"])
    r = load(header, row if sep == "\t" else f"| {row} |")
    assert same(rows(r, "code", "target_low", "actual", "status"), [("1", 560, 612.3, "exceeded")])
    assert no_unaccounted(r)


def test_unit_printed_in_the_indicator_header():
    """'Chỉ tiêu (tỷ đồng)': once every row had no unit at all."""
    r = load("TT\tChỉ tiêu (tỷ đồng)\tKH\tTH\tĐánh giá", "1\tThu ngân sách\t560\t612,3\tVượt",
             "2\tChi ngân sách\t400\t380\tĐạt")  # fmt: skip
    assert r.appendix["unit_canonical"].tolist() == ["billion_vnd", "billion_vnd"]
    assert r.appendix["flag_notes"].str.contains("taken from the header").all()
    assert set(table_facts(r)["unit"]) == {"billion_vnd"}


def test_a_ratio_cell_with_a_percent_sign():
    r = load(
        "TT\tChỉ tiêu\tĐVT\tKH\tTH\tTH/KH (%)", "1\tThu ngân sách\tTỷ đồng\t560\t612,3\t109,3%"
    )
    assert r.appendix.iloc[0]["ratio"] == 109.3
    assert ("ratio_pct", "plan", 109.3) in facts_of(r, "kind", "base", "value")


def test_ratio_headers_in_words_keep_the_one_on_the_plan():
    r = load("STT\tChỉ tiêu\tĐVT\tKH năm 2031\tƯớc TH năm 2031\tƯớc TH so KH (%)",
             "1\tThu ngân sách\tTỷ đồng\t560\t612,3\t109,3")  # fmt: skip
    assert ("ratio_pct", "plan", 109.3) in facts_of(r, "kind", "base", "value")


# --- 2. Cells: percentages, bounds, ranges, changes -------------------------------------------

BOUNDS = [
    ("Tỷ lệ dân số tham gia BHYT", "%", "95%", "96,2%", (95, 95, 96.2, "exceeded")),
    ("Tỷ lệ trường đạt chuẩn", "%", "≥ 90%", "88%", (90, NAN, 88, "not met")),
    ("Tỷ lệ trường đạt chuẩn", "%", ">90", "91", (90, NAN, 91, "met")),
    ("Tỷ lệ lao động qua đào tạo", "%", "Trên 70", "69", (70, NAN, 69, "not met")),
    ("Số xã đạt chuẩn NTM nâng cao", "Xã", "Tối thiểu 5", "6", (5, NAN, 6, "met")),
    ("Tốc độ tăng giá trị sản xuất", "%", "5 - 5,5", "5,2", (5, 5.5, 5.2, "met")),
    ("Tỷ lệ hộ nghèo", "%", "Giảm 0,5 - 1", "Giảm 0,7", (-1, -0.5, -0.7, "met")),
    ("Tỷ lệ trẻ em suy dinh dưỡng", "%", "Không quá 10", "9", (NAN, 10, 9, "met")),
    ("Thu ngân sách", "Tỷ đồng", "560 trở lên", "600", (560, NAN, 600, "met")),
    ("Thu ngân sách", "Triệu đồng", "560.000", "612.300", (560000, 560000, 612300, "exceeded")),
]


@pytest.mark.parametrize(("label", "unit", "target", "actual", "want"), BOUNDS)
def test_targets_as_bounds_and_ranges(label, unit, target, actual, want):
    r = load(H6, f"1\t{label}\t{unit}\t{target}\t{actual}\t")
    got = rows(r, "target_low", "target_high", "actual", "status_computed")
    assert same(got, [want])
    assert no_unaccounted(r)
    assert r.appendix.iloc[0]["flag_notes"] == ""


def test_a_money_row_in_trieu_dong_gives_facts_in_billions():
    r = load(H6, "1\tThu ngân sách\tTriệu đồng\t560.000\t612.300\tVượt")
    assert facts_of(r, "kind", "value", "unit") == {("target", 560, "billion_vnd"),
                                                    ("level", 612.3, "billion_vnd")}  # fmt: skip


def test_a_growth_row_is_a_change_on_last_year_and_its_target_a_range():
    r = load(H6, "1\tTốc độ tăng trưởng giá trị sản xuất\t%\t8 - 8,5\t8,7\tVượt")
    assert facts_of(r, "kind", "base", "value", "low", "high") == {
        ("target", "plan", -1, 8, 8.5), ("change_pct", "last_year", 8.7, -1, -1)
    }  # fmt: skip


def test_a_fall_of_a_rate_is_in_points():
    r = load(H6, "1\tTỷ lệ hộ nghèo\t%\tGiảm 0,5\tGiảm 0,6\tVượt")
    assert facts_of(r, "kind", "value", "unit") == {("target", -0.5, "pp"),
                                                    ("change_pp", -0.6, "pp")}  # fmt: skip


def test_an_ordinal_in_a_label_is_no_figure():
    r = load(H6, "1\tTỷ lệ sinh con thứ 3\t%\tdưới 10\t9\tĐạt")
    assert len(table_facts(r)) == 2
    assert r.numbers.query("text == '3'")["kind"].tolist() == ["ordinal"]


# --- 3. Statuses and empty results ---------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "status"),
    [("Hoàn thành", "met"), ("Không hoàn thành", "not met"), ("Vượt KH", "exceeded"),
     ("Đạt và vượt", "exceeded"), ("Chưa đạt", "not met"), ("Vượt kế hoạch", "exceeded"),
     ("Đạt kế hoạch", "met"), ("Không đạt KH", "not met"), ("Hoàn thành vượt mức", "exceeded"),
     ("Chưa hoàn thành", "not met"), ("", None)],
)  # fmt: skip
def test_statuses_in_many_words(printed, status):
    r = load(H6, f"1\tThu ngân sách\tTỷ đồng\t10\t12\t{printed}")
    a = r.appendix.iloc[0]
    assert a["status"] == status or (status is None and pd.isna(a["status"]))
    assert a["status_computed"] == "exceeded"


def test_an_x_status_is_flagged_not_read():
    a = load(H6, "1\tThu ngân sách\tTỷ đồng\t10\t12\tx").appendix.iloc[0]
    assert pd.isna(a["status"]) and "status not readable: 'x'" in a["flag_notes"]


@pytest.mark.parametrize(
    ("status", "verdict", "ratio"),
    [("Đạt 95%", "not met", 95), ("Hoàn thành 102%", "met", 102), ("Đạt", "met", None)],
)
def test_a_status_printing_the_share_of_the_plan_reached(status, verdict, ratio):
    """'Đạt 95%' in the status column: the share of the plan reached is the row's ratio (a
    ratio_pct fact on the plan), and under 100 the target was not met."""
    r = load(H6, f"1\tThu ngân sách\tTỷ đồng\t10\t9,5\t{status}")
    a = r.appendix.iloc[0]
    assert a["status"] == verdict
    assert a["ratio"] == ratio if ratio else math.isnan(a["ratio"])
    ratios = {(k, v) for k, v in facts_of(r, "kind", "value") if k == "ratio_pct"}
    assert ratios == ({("ratio_pct", ratio)} if ratio else set())
    assert no_unaccounted(r)


@pytest.mark.parametrize("empty", ["-", "…", "", "x"])
def test_an_empty_result_gives_no_level_and_no_status(empty):
    r = load(H6, f"1\tThu ngân sách\tTỷ đồng\t10\t{empty}\t")
    a = r.appendix.iloc[0]
    assert math.isnan(a["actual"]) and pd.isna(a["status_computed"]) and a["flag_notes"] == ""
    assert facts_of(r, "kind", "value") == {("target", 10)}


@pytest.mark.parametrize("words", ["Chưa có số liệu", "Đang tổng hợp"])
def test_a_result_in_words_is_flagged(words):
    a = load(H6, f"1\tThu ngân sách\tTỷ đồng\t10\t{words}\t").appendix.iloc[0]
    assert (
        math.isnan(a["actual"]) and f"actual is not a single figure: {words!r}" in a["flag_notes"]
    )


# --- 4. Row codes, wrapped labels, totals, two tables ----------------------------------------


def test_rows_numbered_i_1_1_1_a_and_bullets():
    r = load(H6, "I\tKinh tế\t\t\t\t", "1\tTổng thu ngân sách\tTỷ đồng\t560\t612,3\tVượt",
             "1.1\tThu nội địa\tTỷ đồng\t500\t540\tVượt",
             "2\tTỷ lệ hộ nghèo\t%\tdưới 1,2\t1,05\tĐạt",
             "a\tHộ nghèo khu vực nông thôn\t%\tdưới 1,5\t1,3\tĐạt",
             "-\tHộ cận nghèo\t%\tdưới 3\t2,5\tĐạt")  # fmt: skip
    assert r.appendix["code"].tolist() == ["1", "1.1", "2", "2.a", "2.c"]
    assert r.appendix["section"].tolist() == ["I"] * 5
    assert no_unaccounted(r)


def test_a_table_without_a_code_column_numbers_its_rows_in_order():
    """Once its rows were '0.a', '0.b' with an issue 'a sub-row before any numbered row'."""
    r = load(
        "Chỉ tiêu\tĐVT\tKH\tTH\tĐánh giá",
        "Thu ngân sách\tTỷ đồng\t560\t612,3\tVượt",
        "- Thu nội địa\tTỷ đồng\t500\t540\tVượt",
        "Tỷ lệ hộ nghèo\t%\tdưới 1,2\t1,05\tĐạt",
    )
    assert rows(r, "code", "parent", "level") == [("1", "", 0), ("1.b", "1", 1), ("2", "", 0)]
    issues = r.issues[r.issues["part"] == "appendix"]
    assert issues["found"].tolist() == [
        "the table has no code column: its rows are numbered in their order"
    ]


def test_a_label_wrapped_to_the_next_line_is_one_row():
    """Once 'bảo hiểm y tế' became a sub-row 1.b with no figures, and row 1 no subject."""
    r = load(H6, "1\tTỷ lệ dân số tham gia\t%\t95\t96\tVượt", "\tbảo hiểm y tế\t\t\t\t",
             "2\tThu ngân sách\tTỷ đồng\t560\t612,3\tVượt")  # fmt: skip
    a = r.appendix
    assert a["code"].tolist() == ["1", "2"]
    assert a["indicator"].iloc[0] == "Tỷ lệ dân số tham gia bảo hiểm y tế"
    assert set(table_facts(r).query("source == 'appendix row 1'")["subject"]) == {
        "health_insurance"
    }


def test_a_total_row_is_no_sub_row_of_the_row_above():
    """Once 'Tổng cộng' was row 2.b, a part of 'Thu phí'."""
    r = load(H6, "1\tThu thuế\tTỷ đồng\t300\t310\tVượt", "2\tThu phí\tTỷ đồng\t20\t21\tVượt",
             "\tTổng cộng\tTỷ đồng\t320\t331\tVượt")  # fmt: skip
    assert rows(r, "code", "parent", "level") == [("1", "", 0), ("2", "", 0), ("total", "", 0)]
    assert no_unaccounted(r)


TWO = [
    "Biểu 1. Chỉ tiêu kinh tế", "", H6, "1\tThu ngân sách\tTỷ đồng\t560\t612,3\tVượt",
    "2\tGiá trị sản xuất\tTỷ đồng\t9.000\t9.100\tVượt", "", "Biểu 2. Chỉ tiêu xã hội", "", H6,
    "1\tTỷ lệ hộ nghèo\t%\tdưới 1,2\t1,05\tĐạt",
    "2\tTỷ lệ dân số tham gia BHYT\t%\t95\t93\tKhông đạt",
]  # fmt: skip


def test_two_tables_in_one_report_are_both_read():
    """Once the second table (society) was not read at all: its figures unaccounted, no issue."""
    r = load(*TWO)
    assert rows(r, "code", "status") == [("1", "exceeded"), ("2", "exceeded"),
                                         ("T2.1", "met"), ("T2.2", "not met")]  # fmt: skip
    assert ("poverty_rate", "level", 1.05) in facts_of(r, "subject", "kind", "value")
    assert no_unaccounted(r)


def test_numbering_starting_again_in_each_section_prefixes_the_codes():
    """Once row 1 of section II was '1~2', flagged as printed twice."""
    r = load(H6, "I\tKinh tế\t\t\t\t", "1\tThu ngân sách\tTỷ đồng\t560\t612,3\tVượt",
             "II\tXã hội\t\t\t\t", "1\tTỷ lệ hộ nghèo\t%\tdưới 1,2\t1,05\tĐạt",
             "-\tHộ cận nghèo\t%\tdưới 3\t2,5\tĐạt")  # fmt: skip
    assert rows(r, "code", "parent", "flag_notes") == [
        ("I.1", "", ""), ("II.1", "", ""), ("II.1.b", "II.1", "")
    ]  # fmt: skip


def test_numbering_going_on_across_sections_keeps_plain_codes():
    r = load(H6, "I\tKinh tế\t\t\t\t", "1\tThu ngân sách\tTỷ đồng\t560\t612,3\tVượt",
             "II\tXã hội\t\t\t\t", "2\tTỷ lệ hộ nghèo\t%\tdưới 1,2\t1,05\tĐạt")  # fmt: skip
    assert r.appendix["code"].tolist() == ["1", "2"]


# --- 5. Separators -----------------------------------------------------------------------------

LAYOUTS = {
    "pipes_without_outer": ["TT | Chỉ tiêu | ĐVT | KH | TH | Đánh giá",
                            "1 | Thu ngân sách | Tỷ đồng | 560 | 612,3 | Vượt",
                            "2 | Tỷ lệ hộ nghèo | % | dưới 1,2 | 1,05 | Đạt"],
    "pipes_with_outer": ["| TT | Chỉ tiêu | ĐVT | KH | TH | Đánh giá |",
                         "|---|---|---|---|---|---|",
                         "| 1 | Thu ngân sách | Tỷ đồng | 560 | 612,3 | Vượt |",
                         "| 2 | Tỷ lệ hộ nghèo | % | dưới 1,2 | 1,05 | Đạt |"],
    "trailing_tabs": ["TT\tChỉ tiêu\tĐVT\tKH\tTH\tĐánh giá\t\t",
                      "1\tThu ngân sách\tTỷ đồng\t560\t612,3\tVượt\t\t",
                      "2\tTỷ lệ hộ nghèo\t%\tdưới 1,2\t1,05\tĐạt\t"],
    "spaces_laid_out": ["TT   Chỉ tiêu             ĐVT        KH 2031    Ước TH 2031   Đánh giá",
                        "1    Thu ngân sách        Tỷ đồng    560        612,3         Vượt",
                        "2    Tỷ lệ hộ nghèo       %          dưới 1,2   1,05          Đạt"],
    "spaces_not_laid_out": ["TT  Chỉ tiêu  ĐVT  KH  TH  Đánh giá",
                            "1  Thu ngân sách  Tỷ đồng  560  612,3  Vượt",
                            "2  Tỷ lệ hộ nghèo  %  dưới 1,2  1,05  Đạt"],
}  # fmt: skip


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_separator_gives_the_same_rows(layout):
    r = load(*LAYOUTS[layout])
    got = rows(r, "code", "unit_canonical", "target_low", "target_high", "actual", "status")
    assert same(got, [("1", "billion_vnd", 560, 560, 612.3, "exceeded"),
                      ("2", "pct", NAN, 1.2, 1.05, "met")])  # fmt: skip
    assert no_unaccounted(r)


def test_an_empty_cell_of_a_laid_out_row_stays_empty():
    r = load("TT   Chỉ tiêu                  ĐVT        KH 2031    Ước TH 2031   Đánh giá",
             "1    Số xã đạt chuẩn NTM       Xã         3          -             ")  # fmt: skip
    a = r.appendix.iloc[0]
    assert a["target_low"] == 3 and pd.isna(a["status"]) and math.isnan(a["actual"])
