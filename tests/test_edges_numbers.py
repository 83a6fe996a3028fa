"""Edges of the number and unit readers on invented text: number styles, unit scales,
multiplier words, counted nouns. Each case pins a value that a one-token change of
`parse.numbers`, `parse.units` or `rules.units` would silently alter (found by mutation testing)."""

from __future__ import annotations

import pytest

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
    ("raw", "canonical", "factor", "measure", "max_decimals"),
    [
        ("ha", "ha", 1.0, "area", 2),
        ("hộ", "households", 1.0, "count", 0),
        ("tấn", "t", 1.0, "output", 2),
        ("%", "pct", 1.0, "rate", 2),
        ("nghìn tấn", "t", 1000.0, "output", 2),
        ("nghìn tỷ đồng", "billion_vnd", 1000.0, "amount", 3),
        ("triệu đồng", "billion_vnd", 0.001, "amount", 3),
        ("tỷ", "billion_vnd", 1.0, "amount", 3),
        ("trăm ha", "ha", 100.0, "area", 2),
        ("vạn tấn", "t", 10000.0, "output", 2),
        ("MW", "kw", 1000.0, "power", 3),
        ("kV", "kv", 1.0, "voltage", 1),
        ("MWh", "million_kwh", 0.001, "energy", 3),
        ("mét", "km", 0.001, "length", 2),
        ("tạ", "t", 0.1, "output", 2),
        ("kg/sào", "t_per_ha", 1 / 36, "yield", 1),
        ("sao", "stars", 1.0, "rating", 0),
        ("điểm", "points_score", 1.0, "score", 2),
        ("lần", "times", 1.0, "ratio", 2),
        ("km²", "km2", 1.0, "area", 2),
        ("phần trăm", "pct", 1.0, "rate", 2),
        ("điểm %", "pp", 1.0, "rate", 2),
        ("tr. đồng / ha", "million_vnd_per_ha_year", 1.0, "amount", 3),
        ("đồng/ha/năm", "million_vnd_per_ha_year", 1e-6, "amount", 3),
        ("đồng/người", "million_vnd_per_person_year", 1e-6, "amount", 3),
        ("USD", "usd", 1.0, "amount", 3),
        ("đô la Mỹ", "usd", 1.0, "amount", 3),
        ("VNĐ", "billion_vnd", 1e-9, "amount", 3),
        ("trđ", "billion_vnd", 1e-3, "amount", 3),
        ("tr.đ", "billion_vnd", 1e-3, "amount", 3),
        ("m²", "m2", 1.0, "area", 2),
        ("kWh", "million_kwh", 1e-6, "energy", 3),
        ("đồng", "billion_vnd", 1e-9, "amount", 3),
        ("VND", "billion_vnd", 1e-9, "amount", 3),
        ("tr.đồng/ha/năm", "million_vnd_per_ha_year", 1.0, "amount", 3),
        ("tr.đồng/người/năm", "million_vnd_per_person_year", 1.0, "amount", 3),
        ("đồng/người/năm", "million_vnd_per_person_year", 1e-6, "amount", 3),
        ("đồng/ha", "million_vnd_per_ha_year", 1e-6, "amount", 3),
        ("hecta", "ha", 1.0, "area", 2),
        ("hécta", "ha", 1.0, "area", 2),
        ("km2", "km2", 1.0, "area", 2),
        ("KW/h", "million_kwh", 1e-6, "energy", 3),
        ("km", "km", 1.0, "length", 2),
        ("tấn/ha", "t_per_ha", 1.0, "yield", 2),
        ("m2", "m2", 1.0, "area", 2),
    ],
)
def test_unit_scales_exactly(raw, canonical, factor, measure, max_decimals):
    """Factors to twelve digits (1e12 × 1e-9 is 1000, not 1000.0000000000001)."""
    unit = lookup_unit(raw)
    assert (unit.canonical, unit.measure, unit.max_decimals) == (canonical, measure, max_decimals)
    assert unit.factor == factor


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
