"""Edges of the row reader (`extract.table_rows`) on invented tables: every cell with its offset,
rows of spaces with an earlier year's result and a ratio column, short rows, sections, split
rows. Each case pins a value that a one-token change of `extract.table_rows` would silently
alter (found by mutation testing)."""

from __future__ import annotations

import pytest

from vinhbao.errors import ReportFormatError
from vinhbao.extract.table_rows import read_rows, split_multi
from vinhbao.read.document import parse_document

SPACED = "TT   Chỉ tiêu   ĐVT   TH 2030   KH 2031   Ước TH 2031   So sánh   Đánh giá"


def rows_of(*lines: str, year: int = 2031):
    doc = parse_document(f"Báo cáo năm {year}\n\n" + "\n".join(lines) + "\n")
    (table,) = doc.tables
    rows, issues = read_rows(table)
    return doc.text, rows, issues


def cells_at_their_offsets(text, row):
    """Every non-empty cell of a row is the text at its offset."""
    for role, cell in row.cells.items():
        if cell and row.starts[role] is not None:
            assert text[row.starts[role] : row.starts[role] + len(cell)] == cell, role
    return {role: cell for role, cell in row.cells.items() if cell}


def test_a_row_of_spaces_fills_every_column_with_its_offset():
    text, (row,), _ = rows_of(SPACED, "1   Sản lượng lúa   Tấn   95   100   110   110,0   Vượt")
    assert cells_at_their_offsets(text, row) == {
        "code": "1", "indicator": "Sản lượng lúa", "unit": "Tấn", "previous": "95",
        "target": "100", "actual": "110", "ratio": "110,0", "status": "Vượt",
    }  # fmt: skip
    assert all(row.starts[r] is not None for r in row.cells)


def test_a_short_row_of_spaces_keeps_its_figures_to_the_right():
    text, rows, _ = rows_of(
        SPACED, "1   Sản lượng lúa", "2   Ngô   Tấn", "3   Khoai   Tấn   7   Đạt", "    Sắn   8   9"
    )
    got = [cells_at_their_offsets(text, r) for r in rows]
    assert got == [
        {"code": "1", "indicator": "Sản lượng lúa"},
        {"code": "2", "indicator": "Ngô", "unit": "Tấn"},
        {"code": "3", "indicator": "Khoai", "unit": "Tấn", "ratio": "7", "status": "Đạt"},
        {"indicator": "Sắn", "actual": "8", "ratio": "9"},
    ]
    assert [r.group for r in rows] == ["1", "2", "3", "3"]


def test_a_row_of_spaces_that_is_only_a_status_or_a_unit():
    text, rows, _ = rows_of(SPACED, "1   Lúa   Tấn   1   2   3   4   Đạt", "    Tấn   5", "    Đạt")
    got = [cells_at_their_offsets(text, r) for r in rows]
    assert got[1:] == [{"unit": "Tấn", "ratio": "5"}, {"status": "Đạt"}]


def test_tab_rows_keep_every_offset_and_their_section():
    header = "TT\tChỉ tiêu\tĐVT\tKH\tTH\tĐánh giá"
    text, rows, issues = rows_of(
        header, "II.\tVăn hoá:\t\t\t\t", "1.\tLúa\tTấn\t5\t6\tĐạt", "–\tNếp\tTấn\t1\t2\tĐạt"
    )
    assert issues == []
    assert [(r.section, r.section_title, r.group) for r in rows] == [
        ("II", "Văn hoá", "1"), ("II", "Văn hoá", "1"),
    ]  # fmt: skip
    assert cells_at_their_offsets(text, rows[0])["code"] == "1."
    assert rows[1].cells["code"] == "" and rows[1].cells["indicator"] == "– Nếp"


@pytest.mark.parametrize("bullet", ["-", "+", "–", "•", "*"])
def test_a_bullet_in_the_code_column_opens_a_sub_row(bullet):
    _, rows, _ = rows_of("TT\tChỉ tiêu\tKH\tTH", "1\tLúa\t5\t6", f"{bullet}\tNếp\t1\t2")
    assert (rows[1].cells["code"], rows[1].cells["indicator"], rows[1].group) == (
        "", f"{bullet} Nếp", "1",
    )  # fmt: skip


def test_a_sub_row_before_any_numbered_row_is_an_issue():
    _, rows, issues = rows_of("TT\tChỉ tiêu\tKH\tTH", "\tLúa\t5\t6")
    assert rows[0].group == "0"
    assert [(i.line, i.part, i.found, i.expected) for i in issues] == [
        (4, "appendix", "a sub-row before any numbered row", "a numbered row first")
    ]


def test_a_gap_in_the_sections_is_an_issue_and_a_flag_of_the_first_row_after_it():
    _, rows, issues = rows_of(
        "TT\tChỉ tiêu\tKH\tTH", "I\tA\t\t", "1\tLúa\t5\t6", "IV\tB\t\t", "2\tNgô\t1\t2"
    )
    note = (
        "section II, III is missing: the table goes from I to IV; rows keep the section printed "
        "above them"
    )
    assert [(i.line, i.part, i.found, i.expected) for i in issues] == [
        (6, "appendix", note, "section II, III")
    ]
    assert (rows[0].flags, rows[1].flags) == ([], [note])


def test_a_row_with_cells_missing_is_refused_with_what_was_expected():
    with pytest.raises(ReportFormatError) as info:
        rows_of("TT | Chỉ tiêu | KH | TH", "1 | Lúa | 5")
    assert str(info.value) == (
        "line 4: table row has 3 pipe-separated cells: '1 | Lúa | 5'; expected 4 cells (TT, Chỉ "
        "tiêu, KH, TH)"
    )
    with pytest.raises(ReportFormatError) as spaced:
        rows_of("TT   Chỉ tiêu   KH   TH", "1   Lúa   5   6   7   8")
    assert str(spaced.value).startswith("line 4: table row has 7 cells: '1   Lúa   5   6   7   8';")


def test_a_code_neither_number_nor_numeral_says_what_is_expected():
    with pytest.raises(ReportFormatError) as info:
        rows_of("TT\tChỉ tiêu\tKH\tTH", "A\tLúa\t5\t6")
    assert info.value.expected == (
        "a row number (1, 2, …), a sub-row number (1.1, a), a section numeral (I, II, …) or an "
        "empty cell"
    )


def test_a_table_without_rows_says_what_is_expected():
    with pytest.raises(ReportFormatError) as info:
        rows_of("TT\tChỉ tiêu\tKH\tTH", "I\tKinh tế\t\t")
    assert (info.value.line, info.value.expected) == (4, "numbered rows of indicators")


def test_a_numbered_row_after_a_page_break_is_a_row_of_its_own():
    _, rows, _ = rows_of("TT\tChỉ tiêu\tKH\tTH", "1\tLúa\t5\t6", "", "2\tngô lai\t1\t2")
    assert [(r.cells["code"], r.cells["indicator"], r.flags) for r in rows] == [
        ("1", "Lúa", []), ("2", "ngô lai", []),
    ]  # fmt: skip


def test_a_column_of_another_role_takes_a_figure_in_a_row_of_spaces():
    text, (row,), _ = rows_of("Chỉ tiêu   KH   TH   Nguồn", "Lúa   5   6   2030")
    assert cells_at_their_offsets(text, row) == {
        "indicator": "Lúa", "target": "5", "actual": "6", "other": "2030",
    }  # fmt: skip


def test_a_line_indented_by_one_space_is_a_sub_row():
    _, rows, _ = rows_of(SPACED, "1   Lúa   Tấn   1   2   3   4   Đạt", " 3   Ngô   Tấn   5   6")
    assert (rows[1].cells["code"], rows[1].cells["indicator"], rows[1].group) == ("", "3", "1")


def test_a_section_title_keeps_its_last_letter():
    _, rows, _ = rows_of("TT\tChỉ tiêu\tKH\tTH", "II\tNhóm chỉ tiêu X:\t\t", "1\tLúa\t5\t6")
    assert (rows[0].section, rows[0].section_title) == ("II", "Nhóm chỉ tiêu X")


def test_rows_before_any_section_heading_have_no_section():
    _, rows, _ = rows_of("TT\tChỉ tiêu\tKH\tTH", "1\tLúa\t5\t6", "II\tXã hội:\t\t", "2\tNgô\t1\t2")
    assert [(r.section, r.section_title) for r in rows] == [("", ""), ("II", "Xã hội")]


@pytest.mark.parametrize(
    ("target", "actual"), [("14 15", "15 ha"), ("14 ha", "15 16"), ("", "15 16"), ("14 15", "")]
)
def test_a_row_is_split_only_when_both_figure_cells_list_numbers(target, actual):
    _, (row,), _ = rows_of("TT\tChỉ tiêu\tKH\tTH", f"1\tLúa\t{target}\t{actual}")
    assert split_multi(row) == [row]


def test_a_split_row_keeps_the_offset_of_each_figure():
    text, (row,), _ = rows_of(
        "TT\tChỉ tiêu\tĐVT\tKH\tTH\tĐánh giá", "4\tLúa; Ngô\tTấn\t21 4\t20 5\tChưa đạt Vượt"
    )
    first, second = split_multi(row)
    for part, target, actual, status in (
        (first, "21", "20", "Chưa đạt"),
        (second, "4", "5", "Vượt"),
    ):
        assert text[part.starts["target"] : part.starts["target"] + len(target)] == target
        assert text[part.starts["actual"] : part.starts["actual"] + len(actual)] == actual
        assert (part.cells["status"], part.starts["status"], part.starts["indicator"]) == (
            status, None, None,
        )  # fmt: skip
    assert (first.cells["code"], second.cells["code"]) == ("4", "")
    _, (plain,), _ = rows_of("TT\tChỉ tiêu\tKH\tTH", "4\tLúa\t1 2\t3 4")
    parts = split_multi(plain)
    assert [(p.cells["indicator"], p.cells["target"], p.cells["status"]) for p in parts] == [
        ("Lúa", "1", ""), ("Lúa", "2", ""),
    ]  # fmt: skip
    assert first.flags == ["one printed row holds 2 indicators; split into 2 rows"]
