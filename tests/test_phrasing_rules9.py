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


def test_a_start_level_may_name_its_time_before_the_level_reached():
    rows = [fact("Tỷ lệ hộ cận nghèo giảm từ 3,2% đầu năm xuống còn 2,6% cuối năm.", v)
            for v in (3.2, 2.6)]  # fmt: skip
    assert [(r["subject"], r["kind"], r["period"]) for r in rows] == [
        ("near_poverty_rate", "level", "2030"), ("near_poverty_rate", "level", "2031")
    ]  # fmt: skip


def test_a_multiple_in_lan_keeps_the_subject_its_words_name():
    row = fact("Doanh thu dịch vụ tăng 1,8 lần so với năm 2025.", 1.8)
    assert (row["subject"], row["measure"], row["kind"], row["value"]) == (
        "services_revenue", "amount", "ratio_pct", 180
    )  # fmt: skip


@pytest.mark.parametrize(
    ("body", "printed", "subject", "measure"),
    [
        ("Sản lượng thịt hơi các loại đạt 4.200 tấn.", 4200, "livestock", "output"),
        ("Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 97,5%.", 97.5, "waste_collection",
         "rate"),
    ],
)  # fmt: skip
def test_new_phrases_of_the_lexicon(body, printed, subject, measure):
    row = fact(body, printed)
    assert (row["subject"], row["measure"], row["flag_notes"]) == (subject, measure, "")


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        ("TT\tChỉ tiêu\tKH\tTH\tSo sánh (%)\t\n\t\t\t\tKH\tCùng kỳ",
         ["code", "indicator", "target", "actual", "ratio", "ratio_last_year"]),
        ("TT\tChỉ tiêu\tNăm 2030\tNăm 2031\t\n\t\tThực hiện\tKế hoạch\tƯớc thực hiện",
         ["code", "indicator", "previous", "target", "actual"]),
    ],
)  # fmt: skip
def test_header_columns_under_a_comparison_or_a_year(header, roles):
    first, second = split_lines(header + "\n")[:2]
    table = read_header(first, 2031, second)
    assert table is not None and table.roles == roles


def test_an_age_range_and_a_rank_are_no_figures():
    r = vinhbao.load_report(HEAD + "Khám tuyển cho 620 công dân từ 18 đến 25 tuổi; huyện xếp "
                            "thứ 3/12 huyện về chỉ số PCI.\n")  # fmt: skip
    kinds = dict(zip(r.numbers["text"], r.numbers["kind"], strict=True))
    assert (kinds["18"], kinds["25"], kinds["3"], kinds["12"]) == ("age", "age", "ordinal",
                                                                    "ordinal")  # fmt: skip
    assert r.facts["value_printed"].tolist() == [620]


@pytest.mark.parametrize(("date", "base"), [("31/12/2030", "last_year"), ("30/6/2031", "other")])
def test_a_base_dated_by_a_day(date, base):
    row = fact(f"Dư nợ cho vay đạt 980 tỷ đồng, tăng 64 tỷ đồng so với {date}.", 64)
    assert (row["kind"], row["base"], row["base_text"]) == ("change_abs", base, f"so với {date}")


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Diện tích lúa chất lượng cao đạt 460/400 ha, bằng 115%.", "target"),  # x > y, z = x/y
        ("Diện tích lúa chất lượng cao đạt 460/400 ha, tăng 15% so với cùng kỳ.", "level"),
        ("Đã xử lý 380/400 vụ, đạt 95%.", "level"),  # a whole
    ],
)
def test_the_y_of_x_over_y_is_the_plan_when_the_clause_prints_x_over_y(body, kind):
    assert fact(body, 400)["kind"] == kind


def test_aspect_words_before_a_comma_end_the_list_item_before():
    body = "Tiếp nhận 96 đơn, trong đó 50 đơn kiến nghị, phản ánh, 30 đơn khiếu nại, 16 đơn tố cáo."
    # parts of the 96 received ('trong đó'): each adds its words to the whole's aspect
    assert [fact(body, v)["aspect"] for v in (50, 30, 16)] == [
        "received_recommendations", "received_complaints", "received_denunciations"
    ]  # fmt: skip
    # a time before the comma is no list item: the figure keeps its words
    assert fact("Năm 2030, có 12/14 chỉ tiêu đạt kế hoạch.", 12)["subject_vi"] == "Năm 2030"


def test_a_footnote_takes_the_subject_its_marker_follows():
    text = (HEAD + "Tỷ lệ tham gia bảo hiểm y tế đạt 93,1%¹; 100% xã đạt chuẩn quốc gia về y tế."
            "\n\n¹ Vượt 0,6 điểm phần trăm so với kế hoạch.\n")  # fmt: skip
    f = vinhbao.load_report(text).facts.set_index("value_printed")
    assert f.loc[0.6, "subject"] == "health_insurance"
    assert f.loc[100.0, "subject"] == "health_standard_communes"
