"""Edges of the number and unit readers on invented text: number styles, unit scales,
multiplier words, counted nouns. Each case pins a value that a one-token change of
`parse.numbers`, `parse.units` or `rules.units` would silently alter (found by mutation testing)."""

from __future__ import annotations

import re
from dataclasses import FrozenInstanceError

import pytest

from vinhbao import load_report
from vinhbao.errors import NumberFormatError
from vinhbao.parse.numbers import (
    decimals,
    detect_style,
    garbled_numbers,
    is_number,
    parse_number,
    token_style,
)
from vinhbao.parse.units import lookup_unit, read_unit, to_canonical

N = None


# --- numbers: styles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "style"),
    [
        ("307", "plain"),
        ("307.932", "ambiguous"),
        ("1,234", "ambiguous"),
        ("14,64", "vi"),
        ("20.952,436", "vi"),
        ("1.468.417", "vi"),  # two groups of three: only a thousands mark
        ("0,123", "vi"),  # a leading 0 is never grouped
        ("12,3456", "vi"),
        ("14.64", "en"),
        ("1,234.5", "en"),
        ("1,468,417", "en"),
        ("0.123", "en"),
        ("12.3456", "en"),
        ("1.2.3", "garbled"),
        ("12,,5", "garbled"),
        ("1.234.5", "garbled"),
        ("1,234,5", "garbled"),
    ],
)
def test_token_style(token, style):
    assert token_style(token) == style


def test_detect_style_counts_the_tokens_only_one_style_reads():
    style = detect_style(["14,64", "14.64", "1.64", "307.932", "12"])
    assert (style.name, style.vi_only, style.en_only, style.mixed) == ("en", 1, 2, True)
    tie = detect_style(["14,64", "14.64"])
    assert (tie.name, tie.vi_only, tie.en_only, tie.mixed) == ("vi", 1, 1, True)
    vi = detect_style(["14,64", "307.932"])
    assert (vi.name, vi.vi_only, vi.en_only, vi.mixed) == ("vi", 1, 0, False)
    en = detect_style(["14.64"])
    assert (en.name, en.mixed) == ("en", False)
    assert detect_style([]).name == "vi"


@pytest.mark.parametrize(
    ("text", "style", "value"),
    [
        ("20,952.436", "en", 20952.436),
        ("-1,234.5", "en", -1234.5),
        ("+1,234.5%", "en", 1234.5),
        ("1.234", "en", 1.234),
        ("1,234", "en", 1234),
        ("1.234", "vi", 1234),
        ("1,234", "vi", 1.234),
        ("−0,5", "vi", -0.5),
    ],
)
def test_parse_number_in_each_style(text, style, value):
    if text.startswith("−"):  # the minus sign U+2212 is no sign of parse_number
        with pytest.raises(NumberFormatError):
            parse_number(text, style)
        return
    assert parse_number(text, style) == pytest.approx(value, rel=1e-12)


def test_parse_number_names_the_style_it_refused():
    with pytest.raises(NumberFormatError, match=r"not a English-formatted number: '1\.2\.3'"):
        parse_number("1.2.3", style="en")
    with pytest.raises(NumberFormatError, match=r"not a Vietnamese-formatted number: '14\.5'"):
        parse_number("14.5")


def test_is_number_and_garbled_numbers():
    assert is_number("14,5") and not is_number("14.5") and is_number("14.5", "en")
    assert not is_number("14,5", "en")
    text = "mục 2.1 đạt 12,,5 và 1.2.3,4 cùng 66.12 và 14,5"
    assert garbled_numbers(text) == ["2.1", "12,,5", "1.2.3,4", "66.12"]
    assert garbled_numbers("66.12 và 1,234.5 và 14,5", "en") == ["14,5"]


@pytest.mark.parametrize(
    ("printed", "style", "places"),
    [("1,23", "vi", 2), ("1.234", "vi", 0), ("12", "vi", 0), ("1.23", "en", 2), ("1,234", "en", 0),
     ("1.234,5", "vi", 1)],
)  # fmt: skip
def test_decimals(printed, style, places):
    assert decimals(printed, style) == places


# --- units: scales -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "canonical", "measure"),
    [
        ("gieo cấy 12,5 ha lúa", 12.5, "ha", "area"),
        ("trồng 3,5 hecta cây", 3.5, "ha", "area"),
        ("rừng 40 hécta mới", 40, "ha", "area"),
        ("mặt nước 8 héc ta nuôi", 8, "ha", "area"),
        ("rừng 6 hec-ta mới", 6, "ha", "area"),
        ("rừng 7 hec ta mới", 7, "ha", "area"),
        ("thu 500 ki-lô-gam chè", 0.5, "t", "output"),
        ("thu 250 kilôgam chè", 0.25, "t", "output"),
        ("sân 1.250 m² cỏ", 1250, "m2", "area"),
        ("nhà 75 m2 ở", 75, "m2", "area"),
        ("tự nhiên 98,3 km² đất", 98.3, "km2", "area"),
        ("hồ 2,4 km2 nước", 2.4, "km2", "area"),
        ("thu 1,5 nghìn tấn thóc", 1500, "t", "output"),
        ("thu 1,7 vạn tấn thóc", 17000, "t", "output"),
        ("thu 350 tạ ngô", 35, "t", "output"),
        ("thu 2.500 kg rau", 2.5, "t", "output"),
        ("năng suất 62 tạ/ha lúa", 6.2, "t_per_ha", "yield"),
        ("năng suất 6,4 tấn/ha lúa", 6.4, "t_per_ha", "yield"),
        ("năng suất 216 kg/sào lúa", 6, "t_per_ha", "yield"),
        ("vốn 2,7 nghìn tỷ đồng đầu tư", 2700, "billion_vnd", "amount"),
        ("thu 718,3 triệu đồng phí", 0.7183, "billion_vnd", "amount"),
        ("chi 450 triệu VNĐ hỗ trợ", 0.45, "billion_vnd", "amount"),
        ("chi 1,2 tỷ VND hỗ trợ", 1.2, "billion_vnd", "amount"),
        ("chi 250 trđ hỗ trợ", 0.25, "billion_vnd", "amount"),
        ("chi 80 tr.đ hỗ trợ", 0.08, "billion_vnd", "amount"),
        ("chi 35 tr.đồng hỗ trợ", 0.035, "billion_vnd", "amount"),
        ("chi 3 tỷ để hỗ trợ", 3, "billion_vnd", "amount"),
        ("trồng 2 triệu cây xanh", 2e6, "count", "count"),
        ("có 5 tỉnh thành", 5, "count", "count"),
        ("xuất khẩu 1,5 triệu USD hàng", 1.5e6, "usd", "amount"),
        ("xuất khẩu 20 nghìn đô la Mỹ hàng", 20000, "usd", "amount"),
        ("thu nhập 65 triệu đồng/người/năm là", 65, "million_vnd_per_person_year", "amount"),
        ("thu nhập 65,5 tr.đồng/người/năm là", 65.5, "million_vnd_per_person_year", "amount"),
        ("thu nhập 60 tr.đồng/ người/năm là", 60, "million_vnd_per_person_year", "amount"),
        ("thu nhập 58 triệu đồng/người là", 58, "million_vnd_per_person_year", "amount"),
        ("trợ cấp 1,5 triệu đồng/người/tháng là", 1.5, "million_vnd_per_person_month", "amount"),
        ("trợ cấp 2 tr.đồng/người/tháng là", 2, "million_vnd_per_person_month", "amount"),
        ("giá trị 150 triệu đồng/ha/năm trên", 150, "million_vnd_per_ha_year", "amount"),
        ("giá trị 150 triệu đồng/ha trên", 150, "million_vnd_per_ha_year", "amount"),
        ("giá trị 152,4 tr.đồng/ha/năm trên", 152.4, "million_vnd_per_ha_year", "amount"),
        ("giá trị 149 tr.đồng/ha trên", 149, "million_vnd_per_ha_year", "amount"),
        ("tăng 5,6 % so", 5.6, "pct", "rate"),
        ("tăng 5 phần trăm so", 5, "pct", "rate"),
        ("tăng 0,3 điểm phần trăm so", 0.3, "pp", "rate"),
        ("tăng 0,4 điểm % so", 0.4, "pp", "rate"),
        ("sinh 12 ‰ trẻ", 12, "per_mille", "rate"),
        ("điện 412,5 triệu kWh năm", 412.5, "million_kwh", "energy"),
        ("điện 2.500 KW/h năm", 0.0025, "million_kwh", "energy"),
        ("điện 350 MWh năm", 0.35, "million_kwh", "energy"),
        ("trạm 250 kW mới", 250, "kw", "power"),
        ("trạm 2,5 MW mới", 2500, "kw", "power"),
        ("đường dây 35 kV mới", 35, "kv", "voltage"),
        ("đường 12,5 km mới", 12.5, "km", "length"),
        ("kênh 800 mét mới", 0.8, "km", "length"),
        ("gấp 1,25 lần cùng", 1.25, "times", "ratio"),
        ("đạt 92,5 điểm xếp", 92.5, "points_score", "score"),
        ("đạt 4 sao OCOP", 4, "stars", "rating"),
        ("có 15 hộ nghèo", 15, "households", "count"),
    ],
)  # fmt: skip
def test_a_figure_of_a_sentence_in_its_canonical_unit(sentence, value, canonical, measure):
    """Each unit as such reports print it, read to the value a reader would work out by hand."""
    number = re.search(r"[0-9][0-9.,]*", sentence)
    found = read_unit(sentence, number.end())
    got = parse_number(number.group()) * found.scale
    assert (found.unit.canonical, found.unit.measure) == (canonical, measure)
    assert got == pytest.approx(value, rel=1e-12)


def test_units_are_shared_and_cannot_be_changed():
    """`lookup_unit` is cached: a unit changed by one caller would change every later figure."""
    for unit in (lookup_unit("ha"), read_unit("5 tỷ", 1).unit):
        with pytest.raises(FrozenInstanceError):
            unit.factor = 2.0
    with pytest.raises(FrozenInstanceError):
        read_unit("5 tỷ", 1).factor = 1.0


def test_a_scaled_unit_keeps_what_it_was_printed_as():
    unit = lookup_unit("Nghìn  tấn")
    assert (unit.raw, unit.label_en, unit.kind) == ("Nghìn  tấn", "tonnes", "mass")
    count = lookup_unit("lượt khách")
    assert (count.label_en, count.kind, count.factor, count.max_decimals) == (
        "visitor arrivals", "count", 1.0, 0,
    )  # fmt: skip
    by_name = lookup_unit("pct")
    assert (by_name.raw, by_name.factor, by_name.label_en) == ("pct", 1.0, "percent")


@pytest.mark.parametrize("raw", ["triệu", "nghìn", "vạn", "trăm"])
def test_a_multiplier_word_alone_is_no_unit(raw):
    """Only 'tỷ' (money) stands for a unit on its own."""
    with pytest.raises(NumberFormatError, match="unknown unit"):
        lookup_unit(raw)


@pytest.mark.parametrize(
    ("raw", "context", "canonical", "factor"),
    [
        ("triệu đồng", "Thu nhập bình quân đầu người", "million_vnd_per_person_year", 1.0),
        ("Tr.đồng", "Thu nhập / người", "million_vnd_per_person_year", 1.0),
        ("tr.đ", "Giá trị sản xuất / ha canh tác", "million_vnd_per_ha_year", 1.0),
        ("trđ", "Giá trị sản xuất trên 1 ha", "million_vnd_per_ha_year", 1.0),
        ("triệu đồng", "Giá trị sản xuất mỗi ha", "million_vnd_per_ha_year", 1.0),
        ("triệu đồng", "Tổng vốn đầu tư", "billion_vnd", 0.001),
        ("triệu đồng", "Giá trị hàng hoá", "billion_vnd", 0.001),  # 'hàng' is not 'ha'
        ("tỷ đồng", "Thu nhập bình quân đầu người", "billion_vnd", 1.0),
    ],
)
def test_a_money_unit_read_as_a_rate_by_the_label(raw, context, canonical, factor):
    unit = lookup_unit(raw, context)
    assert (unit.canonical, unit.factor) == (canonical, factor)
    assert to_canonical(80.0, raw, context) == (80.0 * factor, canonical)


@pytest.mark.parametrize(
    ("text", "at", "canonical", "factor", "scale", "span", "noun"),
    [
        ("5 tỷ", 1, "billion_vnd", 1e9, 1.0, (2, 4), ""),  # a bare 'tỷ' is money
        ("5 tỉ.", 1, "billion_vnd", 1e9, 1.0, (2, 4), ""),
        ("5 nghìn", 1, N, 1e3, 1e3, (2, 7), ""),  # a bare 'nghìn' scales, names nothing
        ("5 nghìn.", 1, N, 1e3, 1e3, (2, 7), ""),
        ("2,7 nghìn người", 3, "people", 1e3, 1e3, (4, 15), ""),
        ("7 trăm ha", 1, "ha", 1e2, 1e2, (2, 9), ""),
        ("5 triệu lượt", 1, "visits", 1e6, 1e6, (2, 12), ""),
        ("1,2 triệu kWh", 3, "million_kwh", 1e6, 1.0, (4, 13), ""),
        ("3 triệu phú", 1, "count", 1.0, 1.0, (2, 11), "triệu phú"),  # a word, no multiplier
        ("412,5\ntriệu kWh", 5, "million_kwh", 1e6, 1.0, (6, 15), ""),  # the line only wraps
        ("412,5  \n  triệu kWh", 5, "million_kwh", 1e6, 1.0, (10, 19), ""),
        ("412,5\n triệu kWh", 5, "million_kwh", 1e6, 1.0, (7, 16), ""),
        ("412,5\n\t   triệu kWh", 5, "million_kwh", 1e6, 1.0, (10, 19), ""),
        ("250\n", 3, N, 1.0, 1.0, (3, 3), ""),  # the text ends: no unit, no index error
        ("250\n  ", 3, N, 1.0, 1.0, (3, 3), ""),
        ("62 tạ / ha lúa", 2, "t_per_ha", 1.0, 0.1, (3, 10), ""),
        ("15 hộ  gia\tđình", 2, "households", 1.0, 1.0, (3, 15), ""),
        ("15 thành viên của", 2, "members", 1.0, 1.0, (3, 13), ""),
        ("15 của tổ", 2, N, 1.0, 1.0, (2, 2), ""),  # 'của' names nothing counted
        ("15 cây xanh mới", 2, "count", 1.0, 1.0, (3, 11), "cây xanh"),  # two words at most
        ("15 cây, 3", 2, "count", 1.0, 1.0, (3, 6), "cây"),  # the noun ends at the comma
        ("15 Cây xanh", 2, "count", 1.0, 1.0, (3, 11), "Cây xanh"),
        ("15 cây Xanh", 2, "count", 1.0, 1.0, (3, 6), "cây"),  # a capital starts a name
        ("15\tcây", 2, "count", 1.0, 1.0, (3, 6), "cây"),
        ("8", 1, N, 1.0, 1.0, (1, 1), ""),
        ("8 ", 1, N, 1.0, 1.0, (1, 1), ""),
    ],
)
def test_read_unit_scales_and_nouns(text, at, canonical, factor, scale, span, noun):
    found = read_unit(text, at)
    assert (found.unit.canonical if found.unit else N) == canonical
    assert found.factor == factor and found.scale == scale
    assert ((found.start, found.end), found.noun) == (span, noun)


def test_read_unit_takes_the_folded_text_when_given():
    text = "Đạt 12 Tỷ Đồng"
    found = read_unit(text, 6, text.lower().replace("ỷ", "ỉ"))
    assert (found.unit.canonical, found.scale, found.end) == ("billion_vnd", 1.0, 14)


def test_a_line_break_before_a_capital_ends_the_figure():
    """Once a bug: the folded (lower-cased) text was checked, so 'Người' read as a wrapped line."""
    text = "Kết nạp đảng viên mới: 250\nNgười có công được thăm hỏi: 300"
    at = text.index("250") + 3
    for folded in (None, text.lower()):
        found = read_unit(text, at, folded)  # 'Người' starts the next item
        assert (found.unit, found.noun, found.end) == (None, "", at)
    wrapped = read_unit("Kết nạp: 250\nngười có công", 12)  # lower case: the line only wraps
    assert (wrapped.unit.canonical, wrapped.start, wrapped.end) == ("people", 13, 18)
    money = read_unit("2,7 tỷ\nĐồng bằng", 3)  # a capital after a multiplier: no unit after it
    assert (money.unit.canonical, money.scale, money.end) == ("billion_vnd", 1.0, 6)


# --- units: counted nouns and function words --------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "canonical"),
    [("đoàn viên", "union_members"), ("cá nhân", "individuals"), ("cơ quan", "agencies"),
     ("mô hình", "models"), ("giải", "prizes"), ("hộ gia đình", "households"),
     ("học sinh", "pupils"), ("doanh nghiệp", "enterprises"), ("công trình", "works")],
)  # fmt: skip
def test_counted_nouns_have_their_own_unit(noun, canonical):
    assert lookup_unit(noun).canonical == canonical
    found = read_unit(f"15 {noun} mới", 2)
    assert (found.unit.canonical, found.noun, found.end) == (canonical, "", 3 + len(noun))


@pytest.mark.parametrize(
    "word",
    ["cho", "theo", "thuộc", "hoặc", "trước", "vượt", "hết", "kiểm", "điều", "với", "của", "và",
     "được", "tăng", "giảm", "đạt", "so", "năm"],
)  # fmt: skip
def test_a_figure_before_a_function_word_counts_nothing_named(word):
    found = read_unit(f"15 {word} dân", 2)
    assert (found.unit, found.noun, found.start, found.end) == (N, "", 2, 2)


@pytest.mark.parametrize(
    ("clause", "flagged"),
    [
        ("Diện tích rừng trồng mới đạt 12,345 hecta", True),
        ("Diện tích rừng trồng mới đạt 12,345 hécta", True),
        ("Đất ở đạt 2,125 km2", True),
        ("Sản lượng chè đạt 1,250 ki-lô-gam", True),
        ("Tỷ lệ hộ nghèo giảm 1,125 điểm phần trăm", True),
        ("Năng suất đạt 6,125 tấn/ha", True),
        ("Thu ngân sách đạt 12,345 tỷ đồng", False),  # money is printed with three decimals
        ("Điện thương phẩm đạt 12,345 triệu kWh", False),
    ],
)
def test_three_decimals_in_a_unit_printed_with_two_are_flagged(clause, flagged):
    """'12,345 hecta' may be 12345 written with a comma for thousands: read as printed, flagged."""
    report = load_report(f"HUYỆN ỦY AN HÒA\n\nBÁO CÁO\nKết quả năm 2031\n\nI. KINH TẾ\n{clause}.\n")
    (fact,) = report.facts.itertuples()
    number = re.search(r"[0-9][0-9.,]*", clause).group()
    assert fact.value_printed == parse_number(number)
    assert ("has three decimals" in fact.flag_notes) == flagged
