"""Edges of the table finder (`read.tables`) on invented text: header lines and their separators,
column roles and years, the row lines a table runs over, its title lines, cell offsets. Each case
pins a value that a one-token change of `read.tables` would silently alter (found by mutation
testing)."""

from __future__ import annotations

import pytest

from vinhbao.read.cells import split_cells
from vinhbao.read.lines import Line, split_lines
from vinhbao.read.tables import find_tables, header_cells, ratio_base, read_header

TAB_HEADER = "TT\tChỉ tiêu\tĐVT\tKH\tƯớc TH\tĐánh giá"


def line(text: str, number: int = 1, start: int = 0) -> Line:
    return Line(number, start, text)


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("A\tB", ("tab", ["A", "B"])),
        (" \tA\t B \n", ("tab", ["", "A", "B"])),
        ("| A | B |", ("pipe", ["A", "B"])),
        ("A | B | C", ("pipe", ["A", "B", "C"])),
        ("A  B   C", ("spaces", ["A", "B", "C"])),
        ("  A  B  C  ", ("spaces", ["A", "B", "C"])),
        ("A  B", None),  # two cells one space-run apart: prose, not a header
        ("A | B", None),
        ("   ", None),
    ],
)
def test_header_cells_by_separator(text, split):
    assert header_cells(text) == split


def test_a_header_reads_its_roles_and_years():
    table = read_header(line("TT\tChỉ tiêu\tĐVT\tTH 2030\tKH 2031\tƯớc TH 2031\tGhi chú"), 2031)
    assert table.separator == "tab"
    assert table.roles == ["code", "indicator", "unit", "previous", "target", "actual", "status"]
    assert table.years == [None, None, None, 2030, 2031, 2031, None]
    assert table.headers[3] == "TH 2030" and table.width == 7


def test_a_plan_of_a_later_year_is_the_next_years_target():
    """'KH 2032' in a report on 2031 plans the next year: not the target of the year's results."""
    table = read_header(line("Chỉ tiêu\tKH 2032\tTH 2030"), 2031)
    assert table.roles == ["indicator", "next_target", "previous"]
    both = read_header(line("Chỉ tiêu\tKH 2031\tTH 2031\tKH 2032"), 2031)
    assert both.roles == ["indicator", "target", "actual", "next_target"]
    no_year = read_header(line("Chỉ tiêu\tKH 2032\tTH 2030"), None)
    assert no_year.roles == ["indicator", "target", "actual"]


@pytest.mark.parametrize(
    "text",
    [
        "TT\tNội dung công việc\tĐVT",  # no target and no result column
        "TT\tĐVT\tKế hoạch\tThực hiện",  # no indicator column
        "Chỉ tiêu\tKế hoạch",  # two cells
        "Năm\tSố\tTên",  # no indicator word at all
        "Chỉ tiêu\tKế hoạch\tThực hiện\t" + "x" * 400,  # a line of prose, not a header
        "Chỉ tiêu",
    ],
)
def test_lines_that_open_no_table(text):
    assert read_header(line(text), 2031) is None


def test_a_header_line_of_up_to_400_characters():
    header = "Chỉ tiêu\tKế hoạch\tThực hiện\t"
    longest = header + "x" * (400 - len(header))
    assert read_header(line(longest), 2031).width == 4
    assert read_header(line(longest + "x"), 2031) is None


def test_trailing_tabs_of_a_header_are_no_columns():
    table = read_header(line("Chỉ tiêu\tKH\tTH\t\t\t"), 2031)
    assert (table.roles, table.width) == (["indicator", "target", "actual"], 3)


def test_a_table_runs_over_its_rows_and_blank_lines_and_stops_at_prose():
    text = "\n".join(
        ["Mở đầu", "", TAB_HEADER, "1\tLúa\tTấn\t5\t6\tVượt", "", "", "\tngô\t\t\t\t",
         "2\tNgô\tTấn\t5\t5\tĐạt", "Đoạn văn sau bảng.", "3\tKhoai\tTấn\t1\t1\tĐạt"]
    )  # fmt: skip
    (table,) = find_tables(split_lines(text), 2031)
    assert table.header.number == 3
    assert [(ln.number, blank) for ln, blank in table.rows] == [(4, False), (7, True), (8, False)]
    assert table.title == [] and [ln.number for ln in table.lines] == [3, 4, 7, 8]


def test_two_tables_each_with_its_rows():
    text = "\n".join([TAB_HEADER, "1\tA\t%\t1\t1\tĐạt", "Chữ", TAB_HEADER, "1\tB\t%\t2\t2\tĐạt"])
    tables = find_tables(split_lines(text), 2031)
    assert [t.header.number for t in tables] == [1, 4]
    assert [[ln.number for ln, _ in t.rows] for t in tables] == [[2], [5]]


def test_a_pipe_table_skips_its_rule_line_and_reads_its_cells_with_offsets():
    text = (
        "| TT | Chỉ tiêu | KH | TH |\n|---|---|---|---|\n| 1 | Lúa | 5 | 6 |\n  | 2 |  Ngô| 7 |8|"
    )
    lines = split_lines(text)
    (table,) = find_tables(lines, 2031)
    assert table.separator == "pipe" and [ln.number for ln, _ in table.rows] == [3, 4]
    cells, starts = split_cells(lines[2], table)
    assert cells == ["1", "Lúa", "5", "6"]
    assert [text[s : s + len(c)] for s, c in zip(starts, cells, strict=True)] == cells
    cells, starts = split_cells(lines[3], table)
    assert cells == ["2", "Ngô", "7", "8"]
    assert [text[s : s + len(c)] for s, c in zip(starts, cells, strict=True)] == cells


def test_a_pipe_row_without_its_outer_pipes():
    lines = split_lines("TT | Chỉ tiêu | KH | TH\n1 | Lúa | 5 | 6|\n")
    (table,) = find_tables(lines, 2031)
    cells, starts = split_cells(lines[1], table)
    assert cells == ["1", "Lúa", "5", "6"]
    assert [lines[1].text[s - lines[1].start] for s in starts] == ["1", "L", "5", "6"]


def test_tab_cells_their_offsets_and_trailing_tabs():
    text = "Chỉ tiêu\tKH\tTH\nLúa \t 5\t\t\t\n"
    lines = split_lines(text)
    (table,) = find_tables(lines, 2031)
    assert split_cells(lines[1], table) == (["Lúa", "5", ""], [15, 21, None])
    assert split_cells(Line(8, 50, "A\tB\tC\t"), table) == (["A", "B", "C"], [50, 52, 54])
    wide = Line(9, 100, "A\tB\tC\tD")
    assert split_cells(wide, table) == (["A", "B", "C", "D"], [100, 102, 104, 106])


def test_a_table_of_spaces_runs_over_its_indented_lines():
    text = "Chỉ tiêu    KH    TH\nLúa   5   6\n  ngô nếp\nĐoạn văn.\n"
    lines = split_lines(text)
    (table,) = find_tables(lines, 2031)
    assert table.separator == "spaces" and [ln.number for ln, _ in table.rows] == [2, 3]
    assert split_cells(lines[1], table) is None


LAYOUT = "TT  Chỉ tiêu        ĐVT    KH      TH      Tỷ lệ   Đánh giá"


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        # left-aligned under the header, the ratio cell empty: it stays empty
        (
            "1   Lúa vụ xuân     Tấn    8-8,5   8,7             Vượt",
            ["1", "Lúa vụ xuân", "Tấn", "8-8,5", "8,7", "", "Vượt"],
        ),
        # numbers right-aligned to their header's right edge
        (
            "2   Ngô             Tấn     5       6        120   Vượt",
            ["2", "Ngô", "Tấn", "5", "6", "120", "Vượt"],
        ),
    ],
)
def test_a_row_of_spaces_laid_out_under_its_header_keeps_its_empty_cells(row, cells):
    lines = split_lines(f"{LAYOUT}\n{row}\n")
    (table,) = find_tables(lines, 2031)
    got, starts = split_cells(lines[1], table)
    assert got == cells
    row_start = lines[1].start
    printed = [row[s - row_start :][: len(c)] for c, s in zip(got, starts, strict=True) if c]
    assert printed == [c for c in cells if c]


@pytest.mark.parametrize(
    "row",
    [
        "1  Lúa  Tấn  8  9  Vượt",  # not under the header: read by its tokens
        "    Tấn   5",  # fewer than three cells: a line continuing a row
    ],
)
def test_a_row_of_spaces_not_laid_out_under_its_header_is_not_split_here(row):
    lines = split_lines(f"{LAYOUT}\n{row}\n")
    (table,) = find_tables(lines, 2031)
    assert split_cells(lines[1], table) is None


@pytest.mark.parametrize(
    ("above", "title"),
    [
        (["Văn bản", "", "PHỤ LỤC", "Kết quả", ""], ["PHỤ LỤC", "Kết quả"]),
        (["PHỤ LỤC 01", ""], ["PHỤ LỤC 01"]),
        (["Phụ lục", "", "", "Kết quả thực hiện", ""], ["Phụ lục", "Kết quả thực hiện"]),
        (["Phụ lục", "", "Kết quả thực hiện", ""], ["Phụ lục", "Kết quả thực hiện"]),
        (["Văn bản", "", "Phụ lục", "", "", "", "Kết quả", ""], ["Phụ lục", "Kết quả"]),
        (["Phụ lục", "a", "b", "c", "d", ""], ["Phụ lục", "a", "b", "c", "d"]),
        (["Phụ lục", "x", "a", "b", "c", "d", ""], []),  # the title is too far above
        (["Phụ lục", "", "x", "", "y"], []),  # two blocks between: not the table's title
        (["Văn bản", "", "Kết quả", ""], []),
        (["Biểu số 02", "Kết quả", ""], ["Biểu số 02", "Kết quả"]),
        (["BIỂU KẾT QUẢ THỰC HIỆN", ""], ["BIỂU KẾT QUẢ THỰC HIỆN"]),
        (["BIỂU DƯƠNG, KHEN THƯỞNG", ""], []),  # a word beginning with 'biểu', no table title
        (["BIỂU QUYẾT THÔNG QUA", "Kết quả", ""], []),
        ([], []),
        (["", ""], []),
    ],
)  # fmt: skip
def test_title_lines_above_a_header(above, title):
    lines = split_lines("\n".join([*above, TAB_HEADER, "1\tLúa\tTấn\t5\t6\tVượt"]))
    (table,) = find_tables(lines, 2031)
    assert [ln.text for ln in table.title] == title
    assert table.lines[: len(title) + 1] == [*table.title, table.header]


@pytest.mark.parametrize(
    ("header", "base"),
    [("So sánh (%) TH/KH", "plan"), ("So với cùng kỳ (%)", "last_year"),
     ("TH/Dự toán", "estimate"), ("So sánh (%)", ""), ("TH 2031/TH 2030", "last_year"),
     ("TH/CK", "last_year"), ("Ước TH 2031/KH 2031 (%)", "plan")],
)  # fmt: skip
def test_a_comparison_column_says_what_it_compares_with(header, base):
    assert ratio_base(header) == base


def test_of_two_comparison_columns_the_ratio_is_the_one_on_the_plan():
    header = "TT\tChỉ tiêu\tKH 2031\tTH 2031\tSo sánh TH/TH 2030\tSo sánh TH/KH"
    table = read_header(split_lines(header + "\n")[0], 2031)
    assert table.roles[-2:] == ["ratio_last_year", "ratio"]


ONE_LINE = read_header(line("TT\tChỉ tiêu\tĐVT\tKH 2031\tƯớc TH 2031\tSo sánh (%)"), 2031)
TWO_LINES = {
    "tab": "TT\tChỉ tiêu\tĐVT\tNăm 2031\t\tSo sánh (%)\n\t\t\tKH\tƯớc TH\t",
    "pipe": "| TT | Chỉ tiêu | ĐVT | Năm 2031 | | So sánh (%) |\n| | | | KH | Ước TH | |",
    "spaces": "TT   Chỉ tiêu    ĐVT       Năm 2031       So sánh (%)\n"
    "                        KH      Ước TH",
}
TWO_LINE_ROWS = {
    "tab": "1\tLúa\tTấn\t5\t6\t120",
    "pipe": "| 1 | Lúa | Tấn | 5 | 6 | 120 |",
    "spaces": "1    Lúa         Tấn" + " " * 5 + "5" + " " * 11 + "6    120",
}


@pytest.mark.parametrize("separator", TWO_LINES)
def test_a_header_on_two_lines_names_the_columns_of_its_merged_cell(separator):
    lines = split_lines(f"{TWO_LINES[separator]}\n{TWO_LINE_ROWS[separator]}\nĐoạn văn.")
    (table,) = find_tables(lines, 2031)
    assert (table.separator, table.below) == (separator, lines[1])
    assert (table.roles, table.years) == (ONE_LINE.roles, ONE_LINE.years)
    assert table.headers[3:5] == ["Năm 2031 KH", "Năm 2031 Ước TH"]
    assert [ln.number for ln in table.lines] == [1, 2, 3]
    assert split_cells(lines[2], table)[0] == ["1", "Lúa", "Tấn", "5", "6", "120"]


def test_a_second_header_line_takes_the_role_of_its_title_and_its_own_years():
    table = read_header(line("TT\tChỉ tiêu\tThực hiện\t\tGhi chú"), 2031, line("\t\t2030\t2031\t"))
    assert table.roles == ["code", "indicator", "previous", "actual", "status"]
    assert table.years == [None, None, 2030, 2031, None]


def test_a_second_header_line_fills_a_cell_the_first_left_empty():
    table = read_header(line("Chỉ tiêu\t\tKH\tTH"), 2031, line("\tĐơn vị tính\t\t"))
    assert table.roles == ["indicator", "unit", "target", "actual"]
    assert table.below is not None


@pytest.mark.parametrize(
    "below",
    ["1\tLúa\tTấn\t5\t6\t", "\tLúa\tTấn\t\t\t", "\t\t\t5\t6\t", "\t\t\t\t\t", "\t\tTấn\tKH\tTH\t"],
)
def test_a_merged_header_over_a_data_row_is_no_header(below):
    assert read_header(line("TT\tChỉ tiêu\tĐVT\tNăm 2031\t\tGhi chú"), 2031, line(below)) is None


@pytest.mark.parametrize(
    "below", ["1    Lúa         Tấn", "       Lúa      Tấn        5       6", "                 KH"]
)
def test_a_merged_header_of_spaces_over_a_data_row_is_no_header(below):
    header = "TT   Chỉ tiêu    ĐVT       Năm 2031       Ghi chú"
    assert read_header(line(header), 2031, line(below)) is None


def test_a_one_line_header_over_a_data_row_reads_it_as_its_first_row():
    lines = split_lines(f"{TAB_HEADER}\n1\tLúa\tTấn\t5\t6\tVượt\n\t\t\t7\t8\t")
    (table,) = find_tables(lines, 2031)
    assert table.below is None and [ln.number for ln, _ in table.rows] == [2, 3]
    plan = split_lines("Chỉ tiêu\tKH\t\tTH\n\t5\t6\t\n")
    (table,) = find_tables(plan, 2031)  # figures under the merged 'KH': a row
    assert table.below is None and table.roles == ["indicator", "target", "other", "actual"]


def test_a_table_of_an_earlier_year_than_the_report_keeps_its_results_and_their_year():
    """A report of 2032 (another edition, or a misprint) whose table is of 2031: the result
    column stays the result, its facts are of 2031, and an issue names the mismatch."""
    import vinhbao

    text = (
        "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2032\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n"
        "Thu ngân sách đạt 120 tỷ đồng.\n\nPHỤ LỤC\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2031\n\n"
        "TT\tChỉ tiêu\tĐVT\tKế hoạch\tKết quả thực hiện năm 2031\tĐánh giá\n"
        "1\tThu ngân sách\tTỷ đồng\t100\t120\tVượt\n"
    )
    report = vinhbao.load_report(text)
    assert report.document.tables[0].year == 2031
    table_facts = report.facts[report.facts["source"].str.startswith("appendix")]
    assert sorted(zip(table_facts["kind"], table_facts["period"], strict=True)) == [
        ("level", "2031"), ("target", "2031")
    ]  # fmt: skip
    issue = report.issues[report.issues["part"] == "appendix"]
    assert issue["found"].str.contains("of 2031, the report's year is 2032").any()
    same = vinhbao.load_report(text.replace("năm 2032", "năm 2031"))
    assert not same.issues["found"].str.contains("the report's year").any()
