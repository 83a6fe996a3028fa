"""The same report re-encoded (BOM, NFD, CRLF, trailing spaces) gives identical frames; an altered
copy gives altered frames."""

from __future__ import annotations

import re
import unicodedata

import pandas as pd
import pytest

import vinhbao

FRAMES = ["footnotes", "appendix", "targets", "facts", "numbers", "issues", "audit"]

VARIANTS = {
    "bom": lambda t: ("\ufeff" + t).encode("utf-8"),
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "trailing_spaces": lambda t: re.sub(r"\n", "  \n", t),
    "nbsp": lambda t: t.replace("tỷ đồng", "tỷ\u00a0đồng"),
    "mix": lambda t: ("\ufeff" + unicodedata.normalize("NFD", t).replace("\n", " \r\n")).encode(),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_gives_identical_frames(report, raw_text, variant):
    other = vinhbao.load_report(VARIANTS[variant](raw_text))
    assert other.text == report.text
    for name in FRAMES:
        pd.testing.assert_frame_equal(getattr(other, name), getattr(report, name), obj=name)


def test_an_altered_copy_gives_altered_frames(raw_text):
    altered = (
        raw_text.replace("sản lượng thóc 56.541 tấn", "sản lượng thóc 56.641 tấn")
        .replace("\t6.150\tVượt", "\t6.250\tVượt")
        .replace(
            "(11). Tỷ lệ tăng dân số tự nhiên: dưới 0,64%",
            "(11). Tỷ lệ tăng dân số tự nhiên: dưới 0,6%",
        )
        .replace(
            "tổng số tiền trúng đấu giá là 120,513 tỷ đồng",
            "tổng số tiền trúng đấu giá là 121,513 tỷ đồng",
        )
    )
    assert altered != raw_text
    report = vinhbao.load_report(altered)
    f = report.facts
    levels = f[f.kind == "level"].set_index(["source", "subject", "measure"])["value"]
    assert levels[("footnote 22", "spring_rice", "output")] == 56641
    assert levels[("footnote 31", "land_use_right_auctions", "amount")] == pytest.approx(121.513)
    assert report.appendix.set_index("code").loc["7", "actual"] == 6250
    assert report.targets.set_index("code").loc["11", "high"] == pytest.approx(0.6)
    # the audit follows: with 100 t more in spring, the seasons now overshoot the year by more
    rice_check = report.audit.set_index("check").loc["rice output: seasons add to the year"]
    assert rice_check["computed"] == pytest.approx(56641 + 53993.63)


PROVENANCE = [
    *("quote", "computed_quote", "start", "end", "number_start", "number_end", "expression"),
    *("target_start", "actual_start", "fact_ids", "fact_id", "start", "end", "line"),
]


@pytest.mark.parametrize("spaces", [2, 4, 7])
def test_appendix_with_spaces_instead_of_tabs(report, raw_text, spaces):
    """Text copied from a PDF: the table's tabs become runs of spaces (empty cells vanish)."""
    i = raw_text.index("Số TT\t")
    other = vinhbao.load_report(raw_text[:i] + raw_text[i:].replace("\t", " " * spaces))
    for name in FRAMES:
        mine, theirs = getattr(report, name), getattr(other, name)
        keep = [c for c in mine.columns if c not in PROVENANCE]
        pd.testing.assert_frame_equal(theirs[keep], mine[keep], obj=name)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("\nPHỤ LỤC\n", "\nPHỤ LỤC 01\n"),
        ("\nPHỤ LỤC\n", "\nPHỤ LỤC: KẾT QUẢ THỰC HIỆN\n"),
        ("\nPHỤ LỤC\n", "\nPhụ lục\n"),
        ("\nPHỤ LỤC\n", "\nPHỤ  LỤC\n"),
        ("\nPhần thứ hai", "\nPhần  thứ  hai"),
        ("\n- (11).", "\n– (11)."),
        ("\n- (12).", "\n+ ( 12 )."),
    ],
)
def test_other_heading_and_label_styles_give_the_same_values(report, raw_text, old, new):
    """Headings and item labels written another way: the same rows and values (offsets move)."""
    assert raw_text.count(old) == 1, old
    other = vinhbao.load_report(raw_text.replace(old, new))
    assert (other.numbers["kind"] != "unaccounted").all()
    for name in FRAMES:
        if name == "numbers":  # 'PHỤ LỤC 01' prints one more number
            continue
        mine, theirs = getattr(report, name), getattr(other, name)
        keep = [c for c in mine.columns if c not in [*PROVENANCE, "line", "flag_notes"]]
        pd.testing.assert_frame_equal(theirs[keep], mine[keep], obj=name)
