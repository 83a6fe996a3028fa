"""A plan-vs-actual table printed one cell per line (text copied from a PDF viewer) reads as the
same table printed with tabs; a row whose cells do not line up ends the table with an issue."""

from __future__ import annotations

import vinhbao

HEAD = (
    "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2030\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n"
    "Tổng giá trị sản xuất ước đạt 12.500 tỷ đồng, tăng 8,2% so với năm 2029.\n\n"
    "PHỤ LỤC\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2030\n\n"
)
ROWS = [
    ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Đánh giá"],
    ["I", "KINH TẾ"],
    ["1", "Tốc độ tăng giá trị sản xuất", "%", "8-9", "8,2", "Đạt"],
    ["2", "Thu ngân sách nhà nước", "Tỷ đồng", "450", "480,5", "Vượt"],
    ["II", "XÃ HỘI"],
    ["3", "Số xã đạt chuẩn nông thôn mới kiểu mẫu", "xã", "2", "3", "Vượt"],
    ["4", "Tỷ lệ hộ nghèo", "%", "Dưới 2", "1,8", "Đạt"],
]
SAME = ["code", "section", "indicator", "unit", "target_low", "target_high", "actual", "status"]


def _report(rows: list[list[str]], joint: str) -> vinhbao.Report:
    return vinhbao.load_report(HEAD + "\n".join(joint.join(r) for r in rows) + "\n")


def test_a_stacked_table_reads_as_the_same_table_with_tabs():
    tabs, stacked = _report(ROWS, "\t"), _report(ROWS, "\n")
    assert stacked.appendix[SAME].equals(tabs.appendix[SAME])
    assert stacked.appendix["actual"].tolist() == [8.2, 480.5, 3, 1.8]
    assert stacked.appendix["section"].tolist() == ["I", "I", "II", "II"]
    columns = ["subject", "kind", "base", "value", "unit"]
    assert stacked.facts[columns].equals(tabs.facts[columns])
    assert (stacked.numbers["kind"] != "unaccounted").all()
    quote = stacked.appendix.loc[1, "quote"]
    assert quote == "2\nThu ngân sách nhà nước\nTỷ đồng\n450\n480,5\nVượt"
    start = stacked.appendix.loc[1, "start"]
    assert stacked.text[start : start + len(quote)] == quote


def test_a_stacked_row_missing_a_cell_ends_the_table_with_an_issue():
    rows = [*ROWS[:3], ["2", "Thu ngân sách nhà nước", "450", "480,5", "Vượt"], *ROWS[4:]]
    report = _report(rows, "\n")
    assert report.appendix["code"].tolist() == ["1"]
    found = report.issues[report.issues["part"] == "appendix"]["found"].tolist()
    assert any("does not line up with its header's 6 columns" in f for f in found)
    assert 480.5 not in report.appendix["actual"].tolist()


def test_tables_after_a_stacked_table_and_prose_after_its_last_row_are_read():
    """A stacked table ends at prose after a full row (its last row kept), and a tab table after
    it is read as well (before the fix, every line after the stacked table was dropped)."""
    stacked = "\n".join("\n".join(r) for r in [ROWS[0], *ROWS[2:4]])
    tab = "\n".join("\t".join(r) for r in [ROWS[0], ROWS[5], ROWS[6]])
    text = HEAD + stacked + "\nNhìn chung, các chỉ tiêu đều đạt.\n\nBIỂU 2\n\n" + tab + "\n"
    report = vinhbao.load_report(text)
    assert report.appendix["actual"].tolist() == [8.2, 480.5, 3, 1.8]
    assert (report.numbers["kind"] != "unaccounted").all()


def test_a_stacked_header_whose_first_row_does_not_line_up_stays_prose_with_an_issue():
    """A row of column numbers after the header, or an empty cell left as a blank line: no
    table is guessed, the report still loads, and an issue says where."""
    numbered = [ROWS[0], ["1", "2", "3", "4", "5", "6"], *ROWS[2:4]]
    report = _report(numbered, "\n")
    assert report.appendix.empty
    found = report.issues[report.issues["part"] == "appendix"]["found"].tolist()
    assert any("does not line up" in f for f in found)


def test_a_stacked_section_row_ending_the_table_is_no_row():
    report = _report([*ROWS[:4], ["II", "XÃ HỘI"]], "\n")
    assert report.appendix["code"].tolist() == ["1", "2"]
