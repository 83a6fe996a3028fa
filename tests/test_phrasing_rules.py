"""Rules for target and figure phrasings, on invented text: a percentage of a base as the change
on it, a rating that qualifies what is counted, a per-population unit printed in the subject, a
multiple written in words."""

from __future__ import annotations

import pytest

import vinhbao
from vinhbao.extract.target_words import on_base
from vinhbao.parse.targets import parse_target

N = None
LIST = "Báo cáo năm 2030\n\nII. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2031\n\n{}\n"


def targets(*items: str):
    return vinhbao.load_report(LIST.format("\n".join(items))).targets


# --- a percentage of a base: a ratio on it, as in the facts, or a change ------------------------


@pytest.mark.parametrize(
    ("before", "printed", "after", "kind", "low", "high"),
    [
        ("Thu tiền sử dụng đất bằng ", "120%", " kế hoạch huyện giao", "ratio_pct", 120, 120),
        ("Doanh thu dịch vụ bằng ", "96%", " so với cùng kỳ", "ratio_pct", 96, 96),
        ("Thu phí bằng ", "khoảng 102,5%", " dự toán", "ratio_pct", 102.5, 102.5),
        ("Thu phí ", "tối thiểu bằng 101%", " so với năm 2030", "ratio_pct", 101, N),
        ("Thu phí ", "bằng hoặc cao hơn 100%", " NQ", "ratio_pct", 100, N),
        ("Thu phí đạt ", "100%", " dự toán", "ratio_pct", 100, 100),
        ("Thu phí ", "đạt và vượt 100%", " dự toán", "ratio_pct", 100, N),  # 'vượt' in a bound
        ("Thu phí phấn đấu vượt ", "8-9%", " chỉ tiêu tỉnh giao", "change_pct", 8, 9),
        ("Thu phí vượt mức ", "3%", " dự toán", "change_pct", 3, 3),
    ],
)
def test_a_percentage_of_a_base_is_a_ratio_or_an_excess_on_it(before, printed, after, kind, low,
                                                                high):  # fmt: skip
    """'bằng/đạt X% <base>' is ratio_pct X on the base (the README's fact contract: 'bằng/đạt
    97,1% KH' is ratio_pct 97.1); 'vượt X% <base>' is change_pct +X."""
    on = on_base(before, parse_target(printed), after)
    assert on is not None and on[0].unit == "pct" and on[1] == kind
    assert (on[0].low, on[0].high) == (pytest.approx(low), N if high is N else pytest.approx(high))


@pytest.mark.parametrize(
    ("before", "printed", "after"),
    [
        ("Tỷ lệ che phủ bằng ", "30%", "."),  # no base
        ("Thu phí bằng ", "300", " tỷ đồng so với dự toán"),  # no percentage
        ("Thu phí tăng ", "5%", " so với dự toán"),  # already a change: left to target_kind
        ("Tỷ lệ hộ nghèo đạt ", "dưới 1%", " so với tổng số hộ"),  # the rate's population
    ],
)
def test_no_ratio_on_a_base_without_ratio_word_percentage_and_base(before, printed, after):
    assert on_base(before, parse_target(printed), after) is None


def test_reaching_a_percentage_of_a_base_is_no_ratio_when_the_words_name_a_change():
    assert on_base("Tốc độ tăng trưởng đạt ", parse_target("10%"), " so với năm 2030",
                   level=False) is None  # fmt: skip


def test_ratio_targets_in_a_list():
    t = targets("1. Thu tiền thuê đất bằng 115% dự toán HĐND huyện giao.",
                "2. Giá trị xuất khẩu bằng 92% so với ước thực hiện năm 2030.",
                "3. Thu ngân sách đạt 100% dự toán.",
                "4. Tốc độ tăng trưởng giá trị sản xuất đạt 9% so với năm 2030.")  # fmt: skip
    got = t[["code", "kind", "low", "high", "unit"]].values.tolist()
    assert got == [["1", "ratio_pct", 115.0, 115.0, "pct"], ["2", "ratio_pct", 92.0, 92.0, "pct"],
                   ["3", "ratio_pct", 100.0, 100.0, "pct"],
                   ["4", "change_pct", 9.0, 9.0, "pct"]]  # fmt: skip


# --- a rating qualifies what a target counts ---------------------------------------------------


@pytest.mark.parametrize(
    ("item", "low", "unit"),
    [
        ("1. Có thêm 6 sản phẩm OCOP đạt từ 4 sao trở lên.", 6, "products"),
        ("1. Có thêm 2 sản phẩm đạt 5 sao.", 2, "products"),
        ("1. Có thêm 40 dịch vụ công trực tuyến đạt mức độ 4.", 40, ""),
        ("1. Có 8 hợp tác xã được xếp hạng 1.", 8, "cooperatives"),
    ],
)
def test_a_rating_after_a_count_is_no_target_of_its_own(item, low, unit):
    r = vinhbao.load_report(LIST.format(item))
    t = r.targets
    assert t[["low", "high", "unit"]].values.tolist() == [[low, low, unit]], t
    assert (r.numbers["kind"] != "unaccounted").all()  # the rating's number is of that target


@pytest.mark.parametrize(
    ("item", "lows"),
    [
        ("1. Phấn đấu sản phẩm OCOP đạt 4 sao.", [4]),  # the rating is the target
        ("1. Chỉ số cải cách hành chính tăng 3 bậc, đạt hạng 10.", [3, 10]),  # another clause
        ("1. Có thêm 2 sản phẩm đạt 4 sao, 3 sản phẩm đạt 5 sao.", [2, 3]),
    ],
)
def test_a_rating_alone_or_in_its_own_clause_stays(item, lows):
    assert targets(item)["low"].tolist() == lows


# --- a rate printed in the subject, the figure printing its numerator ---------------------------


@pytest.mark.parametrize(
    ("item", "low", "unit"),
    [
        ("1. Số bác sỹ/vạn dân: 14 bác sỹ.", 14, "doctors_per_10000"),
        ("1. Số giường bệnh/vạn dân đạt trên 28 giường bệnh.", 28, "beds_per_10000"),
        ("1. Số giường/vạn dân đạt 25 giường.", 25, "beds_per_10000"),
        ("1. Năng suất lúa tạ/ha đạt 62 tạ.", 6.2, "t_per_ha"),
        ("1. Số giường bệnh/vạn dân 30 giường; số bác sĩ đạt 9 bác sĩ.", 30, "beds_per_10000"),
    ],
)
def test_a_rate_in_the_subject_gives_the_unit_of_its_numerator(item, low, unit):
    row = targets(item).iloc[0]
    assert (row["low"], row["unit"]) == (pytest.approx(low), unit)


@pytest.mark.parametrize(
    "item",
    [
        "1. Số giường bệnh/vạn dân đạt 12 bác sĩ.",  # another noun: not the rate's
        "1. Số giường bệnh/vạn dân 30 giường; số bác sĩ đạt 9 bác sĩ.",  # the rate's clause ends
    ],
)
def test_no_rate_from_the_subject_for_another_noun(item):
    assert targets(item).iloc[-1]["unit"] == ""


# --- a multiple written in words ----------------------------------------------------------------

BODY = "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2030\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n{}\n"


@pytest.mark.parametrize(
    ("sentence", "value", "base"),
    [
        ("Số hợp tác xã thành lập mới tăng gấp ba so với năm 2029.", 300, "last_year"),
        ("Doanh thu du lịch tăng gấp rưỡi cùng kỳ.", 150, "last_year"),
        ("Số lượt khách tăng gấp hai lần so với năm trước.", 200, "last_year"),
        ("Kim ngạch xuất khẩu gấp đôi kế hoạch.", 200, "plan"),
        ("Doanh thu du lịch tăng gấp\nđôi so với cùng kỳ.", 200, "last_year"),  # a wrapped line
    ],
)
def test_a_multiple_in_words_is_a_ratio(sentence, value, base):
    r = vinhbao.load_report(BODY.format(sentence))
    f = r.facts
    assert f[["kind", "value", "base"]].values.tolist() == [["ratio_pct", value, base]], f
    assert (r.numbers["kind"] != "unaccounted").all()


def test_no_multiple_in_words_before_a_number():
    from vinhbao.extract.word_figures import word_figures

    assert word_figures("tăng gấp ba 2 lần") == []
    assert [t.text for t in word_figures("Tăng Gấp Đôi")] == ["Đôi"]


def test_sub_items_take_their_english_label_from_the_item_s_lead():
    """Sub-items naming no indicator of their own are labelled by the words of their item's
    opening line, not by a slice of it cut at the sub-item's own offset."""
    t = targets("1. Phấn đấu giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng, cụ thể:",
                "- Thể nhẹ cân: dưới 8%;", "- Thể thấp còi: dưới 10%.")  # fmt: skip
    assert t[["code", "indicator_en"]].values.tolist() == [
        ["1.a", "Stunting rate of children under 5"],
        ["1.b", "Stunting rate of children under 5"],
    ]
