"""Bad input gets the library's own error naming the line and what was expected, or a flag."""

from __future__ import annotations

import pytest

import vinhbao
from vinhbao import ReportFormatError, VinhbaoError


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_a_text_without_appendix(raw_text):
    text = raw_text[: raw_text.index("PHỤ LỤC")]
    with pytest.raises(ReportFormatError, match=r"no appendix.*expected a 'PHỤ LỤC' heading"):
        vinhbao.load_report(text)


def test_an_appendix_header_without_rows(raw_text):
    header_end = raw_text.index("Mức độ hoàn thành") + len("Mức độ hoàn thành")
    report = vinhbao.load_report(raw_text[:header_end] + "\n")
    with pytest.raises(ReportFormatError, match="header but no rows") as err:
        _ = report.appendix
    assert err.value.line == _line_of(raw_text, "Số TT\tChỉ tiêu")


def test_a_truncated_appendix_row(raw_text):
    row = "7\tTổng vốn đầu tư toàn xã hội\tTỷ đồng\t5.700 - 5.900\t6.150\tVượt"
    assert row in raw_text
    text = raw_text.replace(row, "7\tTổng vốn đầu tư toàn xã hội\tTỷ đồng")
    report = vinhbao.load_report(text)
    with pytest.raises(ReportFormatError, match="has 3 tab-separated cells") as err:
        _ = report.appendix
    assert err.value.line == _line_of(text, "7\tTổng vốn đầu tư")
    assert "expected 6 cells" in str(err.value)


def test_a_footnote_marker_without_footnote(raw_text):
    text = raw_text.replace(
        "Tập trung đấu tranh, trấn áp các loại tội phạm⁴².",
        "Tập trung đấu tranh, trấn áp các loại tội phạm⁴²⁷.",
    )
    with pytest.raises(ReportFormatError, match="marker 427 has no footnote") as err:
        vinhbao.load_report(text)
    assert err.value.line == _line_of(text, "trấn áp các loại tội phạm⁴²⁷")


def test_a_footnote_never_cited(raw_text):
    text = raw_text.replace("các loại tội phạm⁴².", "các loại tội phạm.")
    with pytest.raises(ReportFormatError, match="footnote 42 is never cited"):
        vinhbao.load_report(text)


def test_a_garbled_number_in_the_appendix_is_kept_and_flagged(raw_text):
    text = raw_text.replace("\t72,16\tVượt", "\t72,,16\tVượt")
    row = vinhbao.load_report(text).appendix.set_index("code").loc["3"]
    assert row["actual_text"] == "72,,16"
    assert row["actual"] != row["actual"]  # NaN: no number was guessed
    assert "actual is not a single figure" in row["flags"]


def test_a_garbled_number_in_the_body_is_not_read(raw_text):
    text = raw_text.replace("đã cấp được 3.258 GCN", "đã cấp được 3.2.58 GCN")
    report = vinhbao.load_report(text)
    assert report.facts.query("subject == 'land_certificates' and measure == 'count'").empty
    assert "land_certificates" in set(report.unmatched_patterns["subject"])


def test_an_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(ReportFormatError, match="line 1: the file is empty"):
        vinhbao.load_report(path)


def test_a_non_utf8_file(tmp_path, raw_text):
    path = tmp_path / "cp1258.txt"
    data = raw_text.encode("utf-8")
    cut = raw_text.index("Phần thứ nhất")
    path.write_bytes(data[: len(raw_text[:cut].encode())] + b"Ph\xe2n th\xf8 nh\xe2t" + data[-200:])
    with pytest.raises(ReportFormatError, match="is not UTF-8") as err:
        vinhbao.load_report(path)
    assert err.value.line == _line_of(raw_text, "Phần thứ nhất")


def test_errors_are_value_errors_of_the_library():
    assert issubclass(ReportFormatError, VinhbaoError)
    assert issubclass(VinhbaoError, ValueError)
