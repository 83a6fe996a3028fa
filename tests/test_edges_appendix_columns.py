"""Edges of the plan-vs-actual reader on invented tables with other columns: an earlier year's
result (`previous`), a ratio column, tables without a target, result or status column, the
lettering of sub-rows under rows that print only some figures. Each case pins a value that a
one-token change of `extract.appendix` would silently alter (found by mutation testing)."""

from __future__ import annotations

import pandas as pd
import pytest

from vinhbao.extract.appendix import build_appendix
from vinhbao.read.document import parse_document


def appendix(header: str, *rows: str, year: int = 2031) -> pd.DataFrame:
    text = f"Báo cáo năm {year}\n\n" + "\n".join([header, *rows]) + "\n"
    frame, issues = build_appendix(parse_document(text))
    assert issues == []
    frame.attrs["text"] = text
    return frame.set_index("code", drop=False)


WIDE = "TT\tChỉ tiêu\tĐVT\tTH 2030\tKH 2031\tƯớc TH 2031\tSo sánh (%)\tĐánh giá"


def test_an_earlier_years_result_and_a_ratio_column_are_read_with_their_offsets():
    frame = appendix(WIDE, "1\tSản lượng lúa\tTấn\t95\t100\t110\t110,0\tVượt")
    row = frame.loc["1"]
    assert (row["previous_text"], row["previous"], row["ratio_text"], row["ratio"]) == (
        "95", 95.0, "110,0", 110.0,
    )  # fmt: skip
    assert (row["target_low"], row["actual"], row["status"], row["flag_notes"]) == (
        100.0, 110.0, "exceeded", "",
    )  # fmt: skip
    text = frame.attrs["text"]
    for column in ("previous", "ratio", "actual", "target"):
        start = row[f"{column}_start"]
        assert text[start : start + len(row[f"{column}_text"])] == row[f"{column}_text"]


def test_a_garbled_earlier_result_or_ratio_is_flagged_not_read():
    frame = appendix(WIDE, "1\tLúa\tTấn\t9,,5\t100\t110\t1.1.0\tVượt")
    row = frame.loc["1"]
    assert (pd.isna(row["previous"]), pd.isna(row["ratio"]), row["actual"]) == (True, True, 110)
    assert row["flag_notes"] == (
        "previous has a garbled number '9,,5': not read; ratio has a garbled number '1.1.0': not "
        "read"
    )


@pytest.mark.parametrize(
    ("header", "row", "missing"),
    [
        ("TT\tChỉ tiêu\tĐVT\tThực hiện\tĐánh giá", "1\tLúa\tTấn\t110\tĐạt", "target"),
        ("TT\tChỉ tiêu\tĐVT\tKế hoạch\tĐánh giá", "1\tLúa\tTấn\t100\tĐạt", "actual"),
        ("TT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện", "1\tLúa\tTấn\t100\t110", "status"),
    ],
)
def test_a_table_without_a_column_leaves_its_cells_empty_and_unflagged(header, row, missing):
    got = appendix(header, row).loc["1"]
    assert (got[f"{missing}_text"], got["flag_notes"], got["indicator"]) == ("", "", "Lúa")
    assert pd.isna(got["previous"]) and got["previous_text"] == "" and got["ratio_text"] == ""
    if missing == "status":
        assert (got["status"], got["status_computed"]) == (None, "exceeded")
    else:
        assert got["status"] == "met" and got["status_computed"] is None


@pytest.mark.parametrize(
    ("figures", "first_sub_row"),
    [
        ("\t\t\t\t", "1.a"),  # a heading row: its sub-rows start at a
        ("95\t\t\t\t", "1.b"),  # a row printing only an earlier year's result
        ("\t100\t\t\t", "1.b"),  # only a target
        ("\t\t110\t\t", "1.b"),  # only a result
        ("\t\t\t110,0\t", "1.b"),  # only a ratio
    ],
)
def test_sub_rows_are_lettered_after_a_row_with_any_figure(figures, first_sub_row):
    frame = appendix(WIDE, f"1\tSản lượng\tTấn\t{figures}", "\tLúa xuân\tTấn\t1\t2\t3\t4\tĐạt")
    assert frame["code"].tolist() == ["1", first_sub_row]


def test_a_dash_sub_row_with_no_plus_row_above_is_a_sub_row_of_the_numbered_row():
    frame = appendix(
        WIDE,
        "2\tSố hộ\tHộ\t\t10\t12\t\tVượt",
        "\t- Hộ nông nghiệp\tHộ\t\t6\t7\t\tVượt",
        "\t+ Hộ phi nông nghiệp\tHộ\t\t4\t5\t\tVượt",
        "\t- Hộ dịch vụ\tHộ\t\t2\t3\t\tVượt",
    )
    got = list(zip(frame["code"], frame["parent"], frame["level"], strict=True))
    assert got == [("2", "", 0), ("2.b", "2", 1), ("2.c", "2", 1), ("2.d", "2.c", 2)]


def test_a_gap_after_a_row_numbered_zero_is_flagged():
    frame = appendix(WIDE, "0\tA\t%\t\t1\t1\t\tĐạt", "2\tB\t%\t\t1\t1\t\tĐạt")
    assert frame["flag_notes"].tolist() == ["", "row numbers jump from 0 to 2: row(s) missing"]


def test_a_text_without_a_plan_table_says_what_was_expected():
    _, issues = build_appendix(parse_document("Báo cáo năm 2031\n\nKhông có bảng.\n"))
    assert [i.expected for i in issues] == [
        "a table whose header names an indicator and a target or result column"
    ]


def test_an_english_style_appendix_reads_an_ambiguous_figure_in_its_style():
    text = "Report 2031\n\nTT\tChỉ tiêu\tĐVT\tKH\tTH\n1\tVốn\tTỷ đồng\t1.5\t1.234\n"
    frame, _ = build_appendix(parse_document(text), style="en")
    assert (frame["target_low"].iloc[0], frame["actual"].iloc[0]) == (1.5, 1.234)
    vi, _ = build_appendix(parse_document(text.replace("1.5", "2")), style="vi")
    assert (vi["target_low"].iloc[0], vi["actual"].iloc[0]) == (2, 1234)
