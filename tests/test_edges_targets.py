"""Edges of the target reader on invented text: intervals, inclusive ends, signs and falls,
bound words, years that are no targets. Each case pins a value that a one-token change of
`parse.targets` or `rules.targets` would silently alter (found by mutation testing)."""

from __future__ import annotations

import pytest

from vinhbao.errors import NumberFormatError
from vinhbao.parse.numbers import (
    detect_style,
)
from vinhbao.parse.targets import Target, Unreadable, find_targets, parse_target, scan_targets

N = None


# --- targets: intervals ------------------------------------------------------------------------


def test_negated_swaps_the_ends_and_their_inclusiveness():
    t = Target(1.0, 2.0, True, False, True, 4.0, "pct", "x")
    assert t.negated() == Target(-2.0, -1.0, False, True, True, 4.0, "pct", "x")
    half = Target(N, 2.0, False, True, False, N, "", "y")
    assert half.negated() == Target(-2.0, N, True, False, False, N, "", "y")
    other = Target(3.0, N, True, False, False, N, "", "z")
    assert other.negated() == Target(N, -3.0, False, True, False, N, "", "z")


def test_an_unbounded_target_is_no_point_and_holds_everything():
    t = Target(N, N, False, False, False, N, "", "")
    assert not t.is_point and t.position(-1e9) == "inside" and t.contains(1e9)
    assert not Target(1.0, N, True, False, False, N, "", "").is_point
    assert Target(0.0, 0.0, True, True, False, N, "", "").is_point


@pytest.mark.parametrize(
    ("text", "x", "position"),
    [
        ("14-15", 14.0, "inside"),
        ("trên 4", 4.0, "below"),
        ("trên 4", 3.0, "below"),
        ("trên 4", 4.5, "inside"),
        ("ít nhất 3", 3.0, "inside"),
        ("dưới 5", 5.0, "above"),
        ("dưới 5", 6.0, "above"),
        ("dưới 5", 4.0, "inside"),
        ("tối đa 5", 5.0, "inside"),
        ("tối đa 5", 5.5, "above"),
    ],
)
def test_position_at_and_beyond_each_end(text, x, position):
    assert parse_target(text).position(x) == position


@pytest.mark.parametrize(
    ("text", "low", "high", "low_inc", "high_inc", "unit", "printed"),
    [
        ("-5 - -3", -5, -3, True, True, "", "-5 - -3"),
        ("−5 - −3", -5, -3, True, True, "", "−5 - −3"),
        ("-3,5%", -3.5, -3.5, True, True, "pct", "-3,5%"),
        ("Giảm 5.700 - 5.900", -5900, -5700, True, True, "", "5.700 - 5.900"),
        ("giảm: 3", -3, -3, True, True, "", "3"),
        ("giảm từ 5%", -5, -5, True, True, "pct", "5%"),
        ("giảm thêm 2", -2, -2, True, True, "", "2"),
        ("mức giảm 0,46%", -0.46, -0.46, True, True, "pct", "0,46%"),
        ("giảm dưới 2%", -2, N, False, False, "pct", "dưới 2%"),  # a fall of less than 2
        ("giảm chi phí 3%", 3, 3, True, True, "pct", "3%"),  # the fall word is not next to it
        ("tăng 3%", 3, 3, True, True, "pct", "3%"),
    ],
)
def test_signs_and_falls(text, low, high, low_inc, high_inc, unit, printed):
    t = parse_target(text)
    assert (t.low, t.high, t.low_inclusive, t.high_inclusive) == (low, high, low_inc, high_inc)
    assert (t.unit, t.text) == (unit, printed)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("-5 - 3", "a sign on one end only in target '-5 - 3'"),
        ("5 - -3", "range runs backwards in target '5 - -3'"),
        ("15-14", "range runs backwards in target '15-14'"),
        ("trên 3 - 4", "conflicting bounds in target 'trên 3 - 4'"),
        ("khoảng 3 trở lên dưới 5", "2 targets where one was expected"),
    ],
)
def test_contradictory_targets_are_refused(text, problem):
    with pytest.raises(NumberFormatError, match=problem):
        parse_target(text)


@pytest.mark.parametrize(
    ("text", "low", "high", "low_inc", "high_inc", "approx", "denominator", "unit"),
    [
        ("500/1.000 triệu đồng", 0.5, 0.5, True, True, False, 1.0, "billion_vnd"),
        ("14% - 15", 14, 15, True, True, False, N, "pct"),  # the first end's '%' counts
        ("5 cây xanh", 5, 5, True, True, False, N, ""),  # a noun is no unit
        ("1,5 triệu lượt khách", 1.5e6, 1.5e6, True, True, False, N, "visitor_arrivals"),
        ("2 nghìn tỷ", 2000, 2000, True, True, False, N, "billion_vnd"),
        ("2.023 tỷ đồng", 2023, 2023, True, True, False, N, "billion_vnd"),
        ("2023 tỷ đồng", 2023, 2023, True, True, False, N, "billion_vnd"),  # no year: money
        ("xoá hết", 0, 0, True, True, False, N, ""),
        ("xóa hết nhà tạm", 0, 0, True, True, False, N, "houses"),
        ("khoảng 4 trở lên", 4, N, True, False, True, N, ""),
        ("≥ 20 trở lên", 20, N, True, False, False, N, ""),
        ("tối thiểu là 90", 90, N, True, False, False, N, ""),
        ("tối thiểu bằng 90", 90, N, True, False, False, N, ""),
        ("tối thiểu đạt 90", 90, N, True, False, False, N, ""),
        ("trên: 4", 4, N, False, False, False, N, ""),
        ("dưới mức 5", N, 5, False, False, False, N, ""),
        ("không dưới ở mức 3", 3, N, True, False, False, N, ""),
        ("năm 2023 đạt 5", 5, 5, True, True, False, N, ""),
        ("giai đoạn 2021 - 2025 đạt 5", 5, 5, True, True, False, N, ""),
        ("năm học 2023-2024 đạt 5", 5, 5, True, True, False, N, ""),
        ("giá cố định 2010 tăng 5", 5, 5, True, True, False, N, ""),
        ("giá ss 2010 tăng 5", 5, 5, True, True, False, N, ""),
        ("trẻ dưới 5 tuổi: dưới 11,9%", N, 11.9, False, False, False, N, "pct"),
        ("(1). 5", 5, 5, True, True, False, N, ""),
        ("1. đạt 5", 5, 5, True, True, False, N, ""),
        ("- (12) đạt 5", 5, 5, True, True, False, N, ""),
        ("ngày 1/1/2024 đạt 5", 5, 5, True, True, False, N, ""),
    ],
)
def test_parse_target_edges(text, low, high, low_inc, high_inc, approx, denominator, unit):
    t = parse_target(text)
    assert (t.low, t.high) == (low, high)
    assert (t.low_inclusive, t.high_inclusive, t.approx) == (low_inc, high_inc, approx)
    assert (t.denominator, t.unit) == (denominator, unit)


def test_a_range_whose_low_end_looks_like_a_year():
    """Once a bug: '2020' was blanked as a year and the range read as the point 2030."""
    for text in ("từ 2020 - 2030 tấn", "2020 đến 2030 tấn", "1.900 - 2030 tấn", "2020-2030 hộ"):
        t = parse_target(text)
        assert (t.low, t.high) == (1900 if text[0] == "1" else 2020, 2030)
    assert [t.text for _, _, t in find_targets("giai đoạn 2020 - 2025 đạt 14%")] == ["14%"]
    assert [t.text for _, _, t in find_targets("2020 - 2025: đạt 14%")] == ["14%"]


def test_a_figure_keeps_all_its_digits():
    """No unit: the value is not rounded to twelve digits like a scaled one."""
    assert parse_target("20.952,43612345").low == 20952.43612345
    assert parse_target("1.000,0000001 tỷ đồng").low == 1000.0000001


def test_targets_and_styles_are_values():
    """Frozen, so hashable: they are used as keys and compared as values."""
    assert hash(parse_target("5")) == hash(parse_target("5"))
    assert hash(Unreadable("x")) == hash(Unreadable("x"))
    assert hash(detect_style(["14,64"])) == hash(detect_style(["14,64"]))


def test_a_label_turns_money_into_a_rate_in_a_target():
    label = "Thu nhập bình quân đầu người"
    assert parse_target("80 triệu đồng", context=label).low == 80.0
    assert parse_target("80 triệu đồng", context=label).unit == "million_vnd_per_person_year"
    assert (parse_target("80 triệu đồng").low, parse_target("80 triệu đồng").unit) == (
        0.08, "billion_vnd",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [("3.5 - 4.5%", 3.5, 4.5, "pct"), ("1,234.5", 1234.5, 1234.5, ""),
     ("khoảng 1,200 tấn", 1200, 1200, "t")],
)  # fmt: skip
def test_english_style_targets(text, low, high, unit):
    t = parse_target(text, style="en")
    assert (t.low, t.high, t.unit, t.text) == (low, high, unit, t.text)
    assert t.text in text


def test_scan_targets_keeps_a_garbled_number_with_the_target_it_touches():
    assert scan_targets("14-15,,5") == [(0, 8, Unreadable("garbled number '15,,5'"))]
    assert scan_targets("12,,5 - 14") == [(0, 10, Unreadable("garbled number '12,,5'"))]
    assert scan_targets("12,,5 đến 14") == [(0, 12, Unreadable("garbled number '12,,5'"))]
    apart = scan_targets("12,,5 và 14")
    assert apart[0] == (0, 5, Unreadable("garbled number '12,,5'"))
    assert apart[1][:2] == (9, 11) and apart[1][2].low == 14
    after = scan_targets("đạt 5 và 12,,5")
    assert after[0][:2] == (4, 5) and after[0][2].low == 5
    assert after[1] == (9, 14, Unreadable("garbled number '12,,5'"))
    assert scan_targets("5%12,,5") == [(0, 7, Unreadable("garbled number '12,,5'"))]  # glued
    assert scan_targets("12,,5-14") == [(0, 8, Unreadable("garbled number '12,,5'"))]
    later = scan_targets("14-15,,5 và 3")  # a target after the spoiled one is still read
    assert later[0] == (0, 8, Unreadable("garbled number '15,,5'"))
    assert later[1][:2] == (12, 13) and later[1][2].low == 3
    backwards = scan_targets("15-14 và 3")
    assert backwards[0] == (0, 5, Unreadable("range runs backwards in target '15-14'"))
    assert backwards[1][:2] == (9, 10) and backwards[1][2].high == 3


def test_find_targets_raises_on_what_it_cannot_read():
    with pytest.raises(NumberFormatError, match=r"garbled number '12,,5' in 'đạt 5 và 12,,5'"):
        find_targets("đạt 5 và 12,,5")
    found = find_targets("3.5 và 4.5%", style="en")
    assert [(s, e, t.low, t.unit) for s, e, t in found] == [(0, 3, 3.5, ""), (7, 11, 4.5, "pct")]
    with pytest.raises(NumberFormatError, match="no target in 'Xuất siêu'"):
        parse_target("Xuất siêu")


# --- rule tables: every bound word, read as its meaning ----------------------------------------

AT_LEAST = ("≥", ">=", "=>", "> =", "tối thiểu", "ít nhất", "không dưới", "không thấp hơn",
            "không nhỏ hơn", "không ít hơn", "bằng hoặc cao hơn", "bằng hoặc lớn hơn",
            "bằng hoặc hơn", "lớn hơn hoặc bằng", "cao hơn hoặc bằng")  # fmt: skip
MORE_THAN = (">", "trên", "hơn", "cao hơn", "lớn hơn", "nhiều hơn")
AT_MOST = ("≤", "<=", "=<", "< =", "không quá", "tối đa", "không vượt quá", "không vượt",
           "không cao hơn", "không lớn hơn", "không hơn", "không nhiều hơn", "bằng hoặc thấp hơn",
           "bằng hoặc nhỏ hơn", "bằng hoặc dưới", "nhỏ hơn hoặc bằng",
           "thấp hơn hoặc bằng")  # fmt: skip
LESS_THAN = ("<", "dưới", "thấp hơn", "nhỏ hơn", "ít hơn", "chưa đến", "chưa tới", "không đến",
             "không tới")  # fmt: skip
ABOUT = ("khoảng", "xấp xỉ", "trên dưới", "khoảng chừng", "chừng", "gần")
BOUNDS = (
    [(w, (5, N, True, False, False)) for w in AT_LEAST]
    + [(w, (5, N, False, False, False)) for w in MORE_THAN]
    + [(w, (N, 5, False, True, False)) for w in AT_MOST]
    + [(w, (N, 5, False, False, False)) for w in LESS_THAN]
    + [(w, (5, 5, True, True, True)) for w in ABOUT]
)


@pytest.mark.parametrize(("word", "interval"), BOUNDS)
def test_every_bound_word_before_a_figure(word, interval):
    for text in (f"{word} 5", f"{word.upper()} 5 tấn"):
        t = parse_target(text)
        assert (t.low, t.high, t.low_inclusive, t.high_inclusive, t.approx) == interval


@pytest.mark.parametrize(
    ("word", "interval"),
    [("trở lên", (5, N, True, False)), ("hoặc hơn", (5, N, True, False)),
     ("hoặc cao hơn", (5, N, True, False)), ("hoặc nhiều hơn", (5, N, True, False)),
     ("trở xuống", (N, 5, False, True)), ("trở lại", (N, 5, False, True)),
     ("hoặc thấp hơn", (N, 5, False, True)), ("hoặc ít hơn", (N, 5, False, True))],
)  # fmt: skip
def test_every_bound_word_after_a_figure(word, interval):
    for text in (f"5 {word}", f"5 tấn {word}", f"5 đảng viên {word}"):
        t = parse_target(text)
        assert (t.low, t.high, t.low_inclusive, t.high_inclusive) == interval


@pytest.mark.parametrize("link", ["là", "bằng", "ở mức", "mức", "đạt", ":"])
def test_every_link_between_a_bound_word_and_its_figure(link):
    t = parse_target(f"tối thiểu {link} 5")
    assert (t.low, t.high, t.low_inclusive, t.text) == (5, N, True, f"tối thiểu {link} 5")


@pytest.mark.parametrize("phrase", ["không còn", "xóa hết", "xoá hết", "Không Còn"])
def test_phrases_without_a_figure_are_zero(phrase):
    t = parse_target(f"{phrase} hộ nghèo")
    assert (t.low, t.high, t.unit) == (0, 0, "households")


@pytest.mark.parametrize("fall", ["giảm", "Giảm", "mức giảm", "giảm từ", "giảm thêm", "giảm:"])
def test_every_fall_word_makes_the_target_negative(fall):
    t = parse_target(f"{fall} 0,5%")
    assert (t.low, t.high, t.unit) == (-0.5, -0.5, "pct")


@pytest.mark.parametrize(
    "text",
    ["năm 2023 hộ nghèo giảm còn 5", "đạt 5 vào 2023", "giai đoạn 2021-2025 người dân đạt 5"],
)
def test_years_are_no_targets(text):
    assert [(t.low, t.high) for _, _, t in find_targets(text)] == [(5, 5)]


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        ("Tổng vốn đầu tư (tỷ đồng): 4.500", 4500.0, "billion_vnd"),
        ("Tổng vốn đầu tư (triệu đồng) 4.500", 4.5, "billion_vnd"),
        ("Năng suất lúa (tạ/ha): trên 13", 1.3, "t_per_ha"),
        ("Số xã đạt chuẩn (Lúa): 5", 5.0, ""),  # a word in brackets that is no unit
        ("Vốn (tỷ đồng) của dự án là 4.500", 4500.0, ""),  # words between: not its unit
    ],
)
def test_a_unit_in_brackets_right_before_a_target_with_none_after(text, low, unit):
    (target,) = [t for _, _, t in scan_targets(text)]
    assert (target.low, target.unit) == (low, unit)


def test_a_share_restated_as_a_count_in_brackets_is_one_target():
    (only,) = scan_targets("Tỷ lệ xã đạt chuẩn đạt 91,7% (11/12 xã).")
    assert only[2].low == 91.7 and only[2].unit == "pct"
    assert only[2].text == "91,7% (11/12 xã)" and only[2].denominator is None
    # a count in a bracket of another clause is a target of its own
    apart = scan_targets("Tỷ lệ xã đạt chuẩn 100%; số xã nông thôn mới (12/12 xã).")
    assert [t.text for _, _, t in apart] == ["100%", "12/12"]
    # a count that does not give the share is a target of its own
    two = scan_targets("Tỷ lệ xã đạt chuẩn đạt 90% (11/12 xã).")
    assert [(t.low, t.denominator, t.unit) for _, _, t in two] == [
        (90.0, None, "pct"),
        (11.0, 12.0, "communes"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Có thêm hai xã đạt chuẩn", [(2.0, "communes", "hai")]),
        ("Ba xã đạt chuẩn; tỷ lệ 95%", [(3.0, "communes", "Ba"), (95.0, "pct", "95%")]),
        ("Một số xã đạt chuẩn", []),  # 'một số': some, no count
        ("giai đoạn thứ hai xã hội hóa", []),  # an ordinal
        ("năm học 2031-2032 có 5 trường", [(5.0, "schools", "5")]),
    ],
)
def test_a_count_in_words_before_a_unit_that_counts(text, found):
    assert [(t.low, t.unit, t.text) for _, _, t in scan_targets(text)] == found
