"""Malformed input, as a table: each case raises the library's own error, naming the line and
what was expected, or (where only the printed text is garbled) keeps the text as printed and flags
it. Never a bare Python exception, never a silently wrong number."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import pytest

import vinhbao
from vinhbao import ReportFormatError, VinhbaoError

Source = str | bytes


@dataclass(frozen=True)
class Raises:
    """`load_report` (then building `frame`: frames are built lazily) raises ReportFormatError."""

    message: str  # regex searched in the message
    expected: str  # regex searched in what the error says was expected
    line: Callable[[Source], int]  # the line the error must name, from the malformed source
    frame: str | None = None


@dataclass(frozen=True)
class Flagged:
    """The report loads; `check` finds the garbled text kept as printed and flagged."""

    check: Callable[[vinhbao.Report], None]


@dataclass(frozen=True)
class Reported:
    """The report loads; `report.issues` names the problem (part, found, its line), and a part
    that is missing is an empty frame with its columns."""

    part: str
    found: str  # regex searched in the issue's 'found'
    line: Callable[[Source], int]
    empty: str | None = None  # the frame that is then empty


@dataclass(frozen=True)
class Case:
    make: Callable[[str], Source]  # the bundled report's text -> the malformed source
    outcome: Raises | Flagged | Reported


# --- building the malformed sources ----------------------------------------------------------

APPENDIX_ROW_7 = "7\tTổng vốn đầu tư toàn xã hội\tTỷ đồng\t5.700 - 5.900\t6.150\tVượt"
LAND_CERTIFICATES = "đã cấp được 3.258 GCN"
TARGET_11 = "(11). Tỷ lệ tăng dân số tự nhiên: dưới 0,64%"


def replace_once(old: str, new: str) -> Callable[[str], str]:
    def make(text: str) -> str:
        assert text.count(old) == 1, old
        return text.replace(old, new)

    return make


def cut_before(needle: str) -> Callable[[str], str]:
    return lambda text: text[: text.index(needle)]


def cut_halfway(start: str, end: str | None) -> Callable[[str], str]:
    """The text cut halfway between two places (the end of the text when `end` is None)."""

    def make(text: str) -> str:
        a = text.index(start)
        b = text.index(end) if end else len(text)
        return text[: (a + b) // 2]

    return make


def appendix_header_only(text: str) -> str:
    header = text.index("Mức độ hoàn thành") + len("Mức độ hoàn thành")
    return text[:header] + "\n"


def appendix_sections_only(text: str) -> str:
    """The header and a section heading row, then nothing."""
    return appendix_header_only(text) + "I\tChỉ tiêu kinh tế:\t\t\t\t\n"


def random_bytes_with_nuls(text: str) -> bytes:
    rng = random.Random(499)
    return bytes(rng.randrange(256) for _ in range(3000)) + b"\x00" + bytes(range(1, 256))


LEGACY_PART_ONE = b"Ph\xe2n th\xf8 nh\xe2t"  # 'Phần thứ nhất' in legacy single-byte code


def legacy_bytes_inside(text: str) -> bytes:
    """UTF-8, but for one heading in the bytes of a legacy Vietnamese encoding."""
    head, tail = text.split("Phần thứ nhất", 1)
    return head.encode() + LEGACY_PART_ONE + tail.encode()


# --- finding the line an error must name ------------------------------------------------------


def line_of(needle: str) -> Callable[[Source], int]:
    """The line where `needle` first occurs in the malformed text."""
    return lambda source: source[: source.index(needle)].count("\n") + 1


def last_line(source: Source) -> int:
    """The last non-blank line."""
    return len(source.rstrip().split("\n"))


def first_line(source: Source) -> int:
    return 1


def line_of_bytes(needle: bytes) -> Callable[[bytes], int]:
    return lambda source: source[: source.index(needle)].count(b"\n") + 1


def line_of_first_nul(source: bytes) -> int:
    return source[: source.index(b"\x00")].count(b"\n") + 1


def line_of_first_non_ascii(source: bytes) -> int:
    first = next(i for i, byte in enumerate(source) if byte >= 0x80)
    return source[:first].count(b"\n") + 1


# --- checking what a garbled figure leaves --------------------------------------------------


def appendix_cell_flagged(code: str, column: str, printed: str) -> Callable[[vinhbao.Report], None]:
    """The appendix row keeps the cell as printed, reads no number from it, and flags it."""
    value_columns = {"actual_text": ["actual"], "target_text": ["target_low", "target_high"]}

    def check(report: vinhbao.Report) -> None:
        row = report.appendix.set_index("code").loc[code]
        assert row[column] == printed
        assert all(pd.isna(row[c]) for c in value_columns[column])  # no number guessed
        assert pd.isna(row["status_computed"])
        assert f"garbled number {printed!r}: not read" in row["flag_notes"]
        facts = report.facts[report.facts["source"] == f"appendix row {code}"]
        kind = "target" if column == "target_text" else "level"
        assert facts.loc[facts["kind"] == kind, ["value", "low", "high"]].isna().all().all()
        token = report.numbers[report.numbers["text"] == printed]
        assert len(token) == 1 and token["note"].iloc[0] != ""

    return check


def body_figure_flagged(subject: str, printed: str, flag: str) -> Callable[[vinhbao.Report], None]:
    """The body figure is kept as printed and flagged (not read if no style reads it); the
    token is in `report.numbers` with its line."""

    def check(report: vinhbao.Report) -> None:
        f = report.facts
        row = f[(f.subject == subject) & (f.aspect == "") & (f.kind == "level")
                & (f.source == "body 2.1")].iloc[0]  # fmt: skip
        assert report.text[row["number_start"] : row["number_end"]] == printed
        assert flag in row["flag_notes"]
        token = report.numbers.set_index("start").loc[row["number_start"]]
        assert token["line"] == report.text[: report.text.index(printed)].count("\n") + 1
        if "not read" in flag:
            assert pd.isna(row["value"])
            audit = report.audit[report.audit["expression"].str.contains(f"{{{subject}.count}}")]
            assert not audit.empty and audit["holds"].isna().all()  # the checks using it wait

    return check


def target_flagged(code: str, printed: str, problem: str) -> Callable[[vinhbao.Report], None]:
    """The 2024 target is kept as printed, not read, and flagged with the line it is on."""

    def check(report: vinhbao.Report) -> None:
        row = report.targets.set_index("code").loc[code]
        assert row["target_text"] == printed
        assert pd.isna(row["low"]) and pd.isna(row["high"])
        notes = row["flag_notes"]
        assert notes.startswith(f"line {row['line']}: ") and problem in notes
        facts = report.facts[report.facts["source"] == f"targets ({code})"]
        assert facts[["value", "low", "high"]].isna().all().all()

    return check


def status_flagged(code: str, printed: str) -> Callable[[vinhbao.Report], None]:
    def check(report: vinhbao.Report) -> None:
        row = report.appendix.set_index("code").loc[code]
        assert row["status_text"] == printed and pd.isna(row["status"])
        assert f"status not readable: {printed!r}" in row["flag_notes"]

    return check


# --- the table ------------------------------------------------------------------------------

CELLS = r"6 cells \(Số TT, Chỉ tiêu, Đơn vị tính, Chỉ tiêu Nghị quyết, Kết quả"
UTF8 = "UTF-8 text"
VIETNAMESE_NUMBERS = "numbers written the Vietnamese way"

CASES: dict[str, Case] = {
    # structure
    "no appendix": Case(
        cut_before("PHỤ LỤC"),
        Reported("appendix", "no plan-vs-actual table", last_line, "appendix"),
    ),
    "no target list": Case(
        cut_before("III. MỘT SỐ CHỈ TIÊU"),
        Reported("targets", "no target list", last_line, "targets"),
    ),
    "appendix header without rows": Case(
        appendix_header_only,
        Raises("header but no rows", "rows of indicators", line_of("Số TT\t"), "appendix"),
    ),
    "appendix section heading without rows": Case(
        appendix_sections_only,
        Raises("section headings but no indicator rows", "numbered rows", last_line, "appendix"),
    ),
    "appendix row with missing cells": Case(
        replace_once(APPENDIX_ROW_7, "7\tTổng vốn đầu tư toàn xã hội\tTỷ đồng"),
        Raises("table row has 3 tab-separated cells", CELLS, line_of("7\tTổng vốn"), "appendix"),
    ),
    "appendix row with a cell too many": Case(
        replace_once(APPENDIX_ROW_7, APPENDIX_ROW_7 + "\tghi chú"),
        Raises("table row has 7 tab-separated cells", CELLS, line_of("7\tTổng vốn"), "appendix"),
    ),
    "footnote marker without footnote": Case(
        replace_once("các loại tội phạm⁴².", "các loại tội phạm⁴²⁷."),
        Reported("footnotes", "footnote marker 427 has no footnote", line_of("⁴²⁷")),
    ),
    "footnote without marker": Case(
        replace_once("các loại tội phạm⁴².", "các loại tội phạm."),
        Reported("footnotes", "footnote 42 is never cited", line_of("⁴² Bắt 18 vụ")),
    ),
    "duplicated footnote number": Case(
        replace_once("⁴³ Tổ chức 505 ca", "⁴² Tổ chức 505 ca"),
        Reported(
            "footnotes",
            r"footnote 42 found where footnote 43 was due \(duplicated number\)",
            line_of("⁴² Tổ chức 505 ca"),
        ),
    ),
    "duplicated footnote marker": Case(
        replace_once("trên địa bàn⁴³.", "trên địa bàn⁴²."),
        Reported("footnotes", r"footnote marker 42 appears twice", line_of("bàn⁴²")),
    ),
    # garbled numbers: kept as printed and flagged, or refused where there is no flag to carry
    "garbled appendix actual 1.2.3,4": Case(
        replace_once("\t6.150\tVượt", "\t1.2.3,4\tVượt"),
        Flagged(appendix_cell_flagged("7", "actual_text", "1.2.3,4")),
    ),
    "garbled appendix actual 12,,5": Case(
        replace_once("\t6.150\tVượt", "\t12,,5\tVượt"),
        Flagged(appendix_cell_flagged("7", "actual_text", "12,,5")),
    ),
    "garbled appendix target 1.2.3,4": Case(
        replace_once("\t5.700 - 5.900\t", "\t1.2.3,4\t"),
        Flagged(appendix_cell_flagged("7", "target_text", "1.2.3,4")),
    ),
    "garbled appendix target 12,,5": Case(  # once read as 12: a wrong number
        replace_once("\t5.700 - 5.900\t", "\t12,,5\t"),
        Flagged(appendix_cell_flagged("7", "target_text", "12,,5")),
    ),
    "garbled body figure 1.2.3,4": Case(
        replace_once(LAND_CERTIFICATES, "đã cấp được 1.2.3,4 GCN"),
        Flagged(
            body_figure_flagged(
                "land_certificates", "1.2.3,4", "garbled number '1.2.3,4': not read"
            )
        ),
    ),
    "garbled body figure 12,,5": Case(
        replace_once(LAND_CERTIFICATES, "đã cấp được 12,,5 GCN"),
        Flagged(
            body_figure_flagged("land_certificates", "12,,5", "garbled number '12,,5': not read")
        ),
    ),
    "garbled body figure 0.123": Case(  # only English style reads it: read, and flagged
        replace_once(LAND_CERTIFICATES, "đã cấp được 0.123 GCN"),
        Flagged(body_figure_flagged("land_certificates", "0.123", "English-style number '0.123'")),
    ),
    "garbled 2024 target 12,,5": Case(  # once read as 'dưới 12'
        replace_once(TARGET_11, "(11). Tỷ lệ tăng dân số tự nhiên: dưới 12,,5%"),
        Flagged(target_flagged("11", "12,,5", "garbled number '12,,5'")),
    ),
    "garbled 2024 target 1.2.3,4": Case(  # once dropped without a word
        replace_once(TARGET_11, "(11). Tỷ lệ tăng dân số tự nhiên: dưới 1.2.3,4%"),
        Flagged(target_flagged("11", "1.2.3,4", "garbled number '1.2.3,4'")),
    ),
    "2024 target range that runs backwards": Case(
        replace_once(TARGET_11, "(11). Tỷ lệ tăng dân số tự nhiên: 0,7 - 0,64%"),
        Flagged(target_flagged("11", "0,7 - 0,64%", "range runs backwards")),
    ),
    "2024 target joined to a garbled number": Case(  # '14-15,,5' once read as 14
        replace_once(TARGET_11, "(11). Tỷ lệ tăng dân số tự nhiên: 0,5-0,,64%"),
        Flagged(target_flagged("11", "0,5-0,,64", "garbled number '0,,64'")),
    ),
    # files that are not the report's text
    "empty file": Case(
        lambda text: b"", Raises("the file is empty", "the report's text", first_line)
    ),
    "blank file": Case(
        lambda text: b" \n\n \t\n", Raises("the file is empty", "the report's text", first_line)
    ),
    "empty text": Case(  # once a FileNotFoundError for the path ''
        lambda text: "", Raises("the text is empty", "the report's text", first_line)
    ),
    "binary file": Case(random_bytes_with_nuls, Raises("holds NUL bytes", UTF8, line_of_first_nul)),
    "UTF-16 with BOM": Case(
        lambda text: text.encode("utf-16"),
        Raises(
            r"UTF-16 \(little-endian\): it starts with a UTF-16 byte-order mark", UTF8, first_line
        ),
    ),
    "UTF-16 big-endian with BOM": Case(
        lambda text: "\ufeff".encode("utf-16-be") + text.encode("utf-16-be"),
        Raises(r"UTF-16 \(big-endian\)", UTF8, first_line),
    ),
    "Windows-1258": Case(
        lambda text: text.encode("cp1258", errors="replace"),
        Raises(r"byte 0x[0-9a-f]{2} is not UTF-8 \(a Windows-1258", UTF8, line_of_first_non_ascii),
    ),
    "legacy bytes inside UTF-8": Case(
        legacy_bytes_inside,
        Raises("byte 0xe2 is not UTF-8", UTF8, line_of_bytes(LEGACY_PART_ONE)),
    ),
    # truncated files
    "cut in the middle of the appendix": Case(
        cut_halfway("Số TT\t", None),
        Raises("table row has 5 tab-separated cells", CELLS, last_line, "appendix"),
    ),
    "cut in the middle of Part one": Case(
        cut_halfway("Phần thứ nhất", "Phần thứ hai"),
        Reported("text", r"the text stops mid-sentence: truncated\?", last_line, "appendix"),
    ),
    "cut in the last cell of a row": Case(
        replace_once("\t6.150\tVượt", "\t6.150\tVư"), Flagged(status_flagged("7", "Vư"))
    ),
}


def load_every_frame(source: Source, frame: str | None) -> vinhbao.Report:
    report = vinhbao.load_report(source)
    if frame is not None:
        getattr(report, frame)
    return report


@pytest.mark.parametrize("name", list(CASES))
def test_malformed_input(raw_text, name):
    case = CASES[name]
    source = case.make(raw_text)
    outcome = case.outcome
    if isinstance(outcome, Flagged):
        report = vinhbao.load_report(source)
        outcome.check(report)
        for frame in ("footnotes", "targets", "rice", "economy", "budget", "land", "cases"):
            assert not getattr(report, frame).empty  # the rest of the report is read as usual
        return
    if isinstance(outcome, Reported):
        report = vinhbao.load_report(source)
        issues = report.issues
        found = issues[
            (issues["part"] == outcome.part) & issues["found"].str.contains(outcome.found)
        ]
        assert len(found) == 1, issues.to_string()
        assert found["line"].iloc[0] == outcome.line(source)
        if outcome.empty:
            frame = getattr(report, outcome.empty)
            assert frame.empty and len(frame.columns) > 5
        assert not report.facts.empty  # the rest is read
        return
    with pytest.raises(ReportFormatError) as err:
        load_every_frame(source, outcome.frame)
    line = outcome.line(source)
    assert err.value.line == line
    assert str(err.value).startswith(f"line {line}: ")
    assert re.search(outcome.message, str(err.value)), str(err.value)
    assert err.value.expected and re.search(outcome.expected, err.value.expected)


def test_a_file_on_disk_is_read_like_its_bytes(tmp_path, raw_text):
    path = tmp_path / "cp1258.txt"
    path.write_bytes(raw_text.encode("cp1258", errors="replace"))
    with pytest.raises(ReportFormatError, match="is not UTF-8") as err:
        vinhbao.load_report(path)
    assert err.value.line == line_of_first_non_ascii(path.read_bytes())


def test_errors_are_value_errors_of_the_library():
    assert issubclass(ReportFormatError, VinhbaoError)
    assert issubclass(VinhbaoError, ValueError)


@pytest.mark.parametrize("where", ["missing.txt", "."])
def test_a_path_that_is_no_file_is_refused_by_name(tmp_path, where):
    path = tmp_path / where
    with pytest.raises(ReportFormatError, match=f"(no file|a folder) at {re.escape(str(path))}"):
        vinhbao.load_report(path)
    with pytest.raises(ReportFormatError, match="a one-line string is read as a path"):
        vinhbao.load_report(str(path))


def test_a_report_is_read_from_a_bytearray_and_refused_from_a_number(raw_text):
    report = vinhbao.load_report(bytearray(raw_text.encode()))
    assert len(report.footnotes) == 46
    with pytest.raises(TypeError, match="not int"):
        vinhbao.load_report(123)


@pytest.mark.parametrize(
    ("printed", "status"),
    [("Chưa hoàn thành", "not met"), ("Không hoàn thành", "not met"), ("Hoàn thành", "met")],
)
def test_negated_statuses_are_not_read_as_met(raw_text, printed, status):
    report = vinhbao.load_report(raw_text.replace("\t6.150\tVượt", f"\t6.150\t{printed}"))
    assert report.appendix.set_index("code").loc["7", "status"] == status
