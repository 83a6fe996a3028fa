"""The rules round 9 of probes needed, each on invented text: a range's 'từ' between its cue and
it, a base glued after '%/', an amount restating a change in %, growth named 'tăng trưởng kinh
tế', a growth rate keeping its subject, an output in tonnes of a subject that has one, a count
in 'lượt khách' naming tourists, and comparison columns of a plan table written with a slash."""

from __future__ import annotations

import pytest

import vinhbao
from vinhbao.read.lines import split_lines
from vinhbao.read.tables import ratio_base, read_header, role_of

HEAD = "BÁO CÁO\nTình hình năm 2031\n\nI. KẾT QUẢ\n\n"


def fact(body: str, printed: float) -> dict:
    f = vinhbao.load_report(HEAD + body + "\n").facts
    rows = f[f["value_printed"] == printed].to_dict("records")
    assert len(rows) == 1, f
    return rows[0]


@pytest.mark.parametrize(
    ("body", "kind", "low", "high"),
    [
        ("Doanh thu dịch vụ tăng từ 6% đến 8% so với cùng kỳ.", "change_pct", 6, 8),
        ("Số vụ cháy giảm từ 3 đến 4 vụ so với năm 2030.", "change_abs", -4, -3),
        ("Thu phí tăng 6 - 8% so với cùng kỳ.", "change_pct", 6, 8),
    ],
)
def test_a_range_after_tu_takes_the_cue_before_it(body, kind, low, high):
    row = fact(body, 6 if "6" in body else 3)
    assert (row["kind"], row["base"]) == (kind, "last_year")
    assert (row["low"], row["high"]) == (low, high)


def test_tu_before_a_start_level_still_reads_the_start():
    """'giảm từ 2,4% xuống còn 1,9%' is no range: 2,4 is the level of the year before."""
    row = fact("Tỷ lệ hộ nghèo giảm từ 2,4% xuống còn 1,9%.", 2.4)
    assert (row["kind"], row["period"]) == ("level", "2030")


@pytest.mark.parametrize(("glued", "base"), [("%/KH", "plan"), ("%/dự toán", "estimate")])
def test_a_base_glued_after_a_percent_slash(glued, base):
    row = fact(f"Thu phí ước đạt 40 tỷ đồng, đạt 96,5{glued}.", 96.5)
    assert (row["kind"], row["base"]) == ("ratio_pct", base)


def test_a_percent_per_year_is_no_base():
    row = fact("Giai đoạn 2026-2030, giá trị sản xuất tăng bình quân 8,5%/năm.", 8.5)
    assert (row["kind"], row["base"]) == ("change_pct", "last_year")


@pytest.mark.parametrize(
    ("body", "kind", "value"),
    [
        ("Thu phí tăng 5,2% (tương đương 3 tỷ đồng) so với cùng kỳ.", "change_abs", 3),
        ("Thu phí giảm 5,2%, tương đương 3 tỷ đồng so với cùng kỳ.", "change_abs", -3),
        ("Thu phí tăng 5,2% (cùng kỳ 3 tỷ đồng).", "level", 3),  # no word saying it restates
    ],
)
def test_an_amount_restating_a_change_in_percent(body, kind, value):
    row = fact(body, 3)
    assert (row["kind"], row["value"]) == (kind, value)


@pytest.mark.parametrize(
    "body",
    ["Tăng trưởng kinh tế đạt 7,9%.", "Tốc độ tăng trưởng kinh tế đạt 7,9%.",
     "Tốc độ tăng trưởng giá trị sản xuất ước đạt 7,9%."],
)  # fmt: skip
def test_a_growth_rate_is_a_change_of_its_subject(body):
    row = fact(body, 7.9)
    assert (row["subject"], row["measure"], row["kind"], row["base"]) == (
        "total_production_value", "amount", "change_pct", "last_year"
    )  # fmt: skip


def test_tonnes_of_a_subject_measured_in_output_are_not_flagged():
    row = fact("Sản lượng nuôi trồng thủy sản đạt 2.340 tấn.", 2340)
    assert (row["subject"], row["measure"], row["flag_notes"]) == ("fisheries", "output", "")


def test_a_count_in_luot_khach_names_tourists_without_their_phrase():
    row = fact("Thu hút 64 nghìn lượt khách đến tham quan.", 64)
    assert (row["subject"], row["value"], row["unit"]) == ("tourists", 64000, "visitor_arrivals")


@pytest.mark.parametrize(
    ("header", "role", "base"),
    [
        ("Ước TH 2031/KH 2031 (%)", "ratio", "plan"),
        ("Ước TH 2031/TH 2030 (%)", "ratio", "last_year"),
        ("TH/CK", "ratio", "last_year"),
        ("% so CK", "ratio", "last_year"),
        ("Ước TH 2031", "actual", ""),
        ("KH/NQ", "target", ""),  # no result before the sign: no comparison
    ],
)
def test_a_comparison_header_written_with_a_slash(header, role, base):
    assert role_of(header) == role
    if role == "ratio":
        assert ratio_base(header) == base


def test_of_three_comparison_columns_one_on_last_year_is_kept_as_such():
    header = "TT\tChỉ tiêu\tKH\tTH\tTH/KH\tTH/CK\tTỷ lệ (%)"
    table = read_header(split_lines(header + "\n")[0], 2031)
    assert table.roles[-3:] == ["ratio", "ratio_last_year", "other"]
