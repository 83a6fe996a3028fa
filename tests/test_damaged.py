"""Damaged and odd copies of the bundled report: never a silently wrong number. Each case is
read right, or kept as printed and flagged, or reported in `report.issues`."""

from __future__ import annotations

import pandas as pd
import pytest

import vinhbao

ROW_7 = "7\tTổng vốn đầu tư toàn xã hội\tTỷ đồng\t5.700 - 5.900\t6.150\tVượt"
ROW_11 = "11\tTỷ lệ phát triển dân số tự nhiên\t%\tdưới 0,64\t0,41\tĐạt"
TARGET_11 = "(11). Tỷ lệ tăng dân số tự nhiên: dưới 0,64%"


def once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def appendix_row(report: vinhbao.Report, code: str) -> pd.Series:
    return report.appendix.set_index("code").loc[code]


@pytest.mark.parametrize("char", ["\u00ad", "\u200b", "\u2060", "\u200e", "\ufeff"])
def test_a_format_character_inside_a_number_is_dropped(report, raw_text, char):
    damaged = once(raw_text, "\t14-15\t14,64\t", f"\t1{char}4-15\t14,{char}64\t")
    damaged = once(damaged, "tăng 14,64%", f"tăng 1{char}4,64%")
    other = vinhbao.load_report(damaged)
    assert other.text == report.text
    pd.testing.assert_frame_equal(other.appendix, report.appendix)


@pytest.mark.parametrize(
    ("row", "cell", "printed", "column", "value", "flag"),
    [
        (ROW_11, "\t0,41\t", "\tGiảm 0,41\t", "actual", -0.41, "not compared"),
        (ROW_11, "\t0,41\t", "\t-0,41\t", "actual", -0.41, ""),  # a negative level
        (ROW_7, "\t5.700 - 5.900\t", "\tGiảm 5.700 - 5.900\t", "target_low", -5900, ""),
        (ROW_7, "\t5.700 - 5.900\t", "\t-5.700 - 5.900\t", "target_low", None, "a sign on one end"),
    ],
)  # fmt: skip
def test_a_sign_or_a_verb_in_a_cell_is_read_with_its_sign_or_flagged(
    raw_text, row, cell, printed, column, value, flag
):
    code = row.split("\t")[0]
    other = vinhbao.load_report(once(raw_text, row, row.replace(cell, printed)))
    got = appendix_row(other, code)
    assert pd.isna(got[column]) if value is None else got[column] == pytest.approx(value)
    assert flag in got["flag_notes"]
    if flag:
        assert pd.isna(got["status_computed"])


def test_a_signed_next_year_target_keeps_its_sign(raw_text):
    other = vinhbao.load_report(
        once(raw_text, TARGET_11, "(11). Tỷ lệ tăng dân số tự nhiên: -0,3%")
    )
    row = other.targets.set_index("code").loc["11"]
    assert (row["low"], row["high"]) == (pytest.approx(-0.3), pytest.approx(-0.3))


def _english(report: vinhbao.Report) -> str:
    """The report with every figure written the English way ('1.234,5' -> '1,234.5')."""
    swap = str.maketrans(".,", ",.")
    text, out, at = report.text, [], 0
    figures = report.numbers[report.numbers["kind"] == "figure"]
    for start, end in zip(figures["start"], figures["end"], strict=True):
        out += [text[at:start], text[start:end].translate(swap)]
        at = end
    return "".join(out) + text[at:]


def test_an_english_style_copy_reads_the_same_figures(report):
    other = vinhbao.load_report(_english(report))
    assert other.style == "en"
    mine, theirs = report.facts, other.facts
    assert len(theirs) == len(mine)
    pd.testing.assert_series_equal(theirs["value"], mine["value"])
    pd.testing.assert_series_equal(theirs["low"], mine["low"])
    assert other.appendix["actual"].equals(report.appendix["actual"])


def test_a_copy_mixing_both_styles_is_flagged_and_its_ambiguous_figures_not_read(report):
    """Decimals of body section 2.1 written the English way, the rest left Vietnamese."""
    section = report.paragraphs[report.paragraphs["section"] == "2.1"]
    lo, hi = section["start"].min(), section["end"].max()
    figures = report.numbers[
        (report.numbers["kind"] == "figure") & report.numbers["start"].between(lo, hi)
    ]
    text, out, at = report.text, [], 0
    for start, end, printed in zip(figures["start"], figures["end"], figures["text"], strict=True):
        if "," in printed:
            out += [text[at:start], printed.translate(str.maketrans(".,", ",."))]
            at = end
    other = vinhbao.load_report("".join(out) + text[at:])
    assert other.style == "mixed"
    assert "both ways" in " ".join(other.issues["found"])
    f = other.facts
    printed = [other.text[a:b] for a, b in zip(f.number_start, f.number_end, strict=True)]
    ambiguous = f[[p == "1.074" for p in printed]]  # 1074 or 1.074?
    assert len(ambiguous) == 1 and pd.isna(ambiguous["value"].iloc[0])
    assert ambiguous["flag_notes"].iloc[0] != ""
    growth = f[[p == "14.64" for p in printed]]  # only one style reads it
    assert growth["value"].iloc[0] == pytest.approx(14.64)
    plain = f[[p == "3.258" for p in printed]]  # the Vietnamese thousands: ambiguous too
    assert pd.isna(plain["value"].iloc[0])


def test_a_duplicated_table_row_keeps_the_printed_codes_and_is_flagged(raw_text):
    other = vinhbao.load_report(once(raw_text, ROW_7, ROW_7 + "\n" + ROW_7))
    codes = other.appendix["code"].tolist()
    assert codes[codes.index("7") + 1] == "7~2" and "8" in codes
    assert "printed again" in appendix_row(other, "7~2")["flag_notes"]
    assert appendix_row(other, "8")["indicator"].startswith("Thu ngân sách")


def test_a_missing_table_row_leaves_a_gap_not_a_shift(raw_text):
    line_8 = next(ln for ln in raw_text.split("\n") if ln.startswith("8\t"))
    other = vinhbao.load_report(once(raw_text, line_8 + "\n", ""))
    codes = other.appendix["code"].tolist()
    assert "8" not in codes and "7" in codes and "9" in codes
    assert appendix_row(other, "9")["indicator"].startswith(
        vinhbao.load_report(raw_text).appendix.set_index("code").loc["9", "indicator"][:20]
    )
    assert "7 to 9" in appendix_row(other, "9")["flag_notes"] or any(
        "8" in found for found in other.issues["found"]
    )


def test_a_duplicated_or_missing_target_item_is_flagged(raw_text):
    line = next(ln for ln in raw_text.split("\n") if "(11). Tỷ lệ tăng dân số" in ln)
    twice = vinhbao.load_report(once(raw_text, line, line + "\n" + line)).targets
    assert "printed again" in " ".join(twice["flag_notes"])
    gone = vinhbao.load_report(once(raw_text, line + "\n", "")).targets
    assert "11" not in set(gone["code"]) and "12" in set(gone["code"])
    assert "items jump from (10) to (12)" in " ".join(gone["flag_notes"])


def test_years_shifted_by_one_shift_every_period(report, raw_text):
    shifted = raw_text
    for year in range(2025, 2009, -1):
        shifted = shifted.replace(str(year), str(year + 1))
    other = vinhbao.load_report(shifted)
    assert (other.identity.year, other.identity.next_year) == (2024, 2025)
    before = report.facts["period"].value_counts().to_dict()
    after = other.facts["period"].value_counts().to_dict()

    def shift(period: str) -> str:
        return "-".join(str(int(y) + 1) for y in period.split("-")) if period else ""

    assert after == {shift(p): n for p, n in before.items()}
    assert set(other.targets["period"]) == {"2025"}
    failing = set(other.audit.loc[other.audit["holds"].eq(False), "check"])
    assert failing == set(report.audit.loc[report.audit["holds"].eq(False), "check"])
