"""Facts and topic frames: real values, provenance that round-trips, both rice yield conventions."""

from __future__ import annotations

import re

import pytest

import vinhbao
from vinhbao.parse.numbers import NUMBER_PATTERN, parse_number


def fact(report, subject, measure):
    rows = report.facts.query("subject == @subject and measure == @measure")
    assert len(rows) == 1, (subject, measure, len(rows))
    return rows.iloc[0]


def test_every_fact_quotes_the_text_verbatim(report):
    f = report.facts
    assert len(f) > 150
    for row in f.itertuples():
        assert report.text[row.start : row.end] == row.quote
        assert row.start <= row.number_start < row.number_end <= row.end
    assert (
        f["source"]
        .str.match(r"^(footnote \d+|body \S+|appendix row \S+|targets_2024 \(\d+\))$")
        .all()
    )


def _nudged(number: str) -> str:
    """The printed number with its last digit changed (same length, still a number)."""
    i = max(k for k, c in enumerate(number) if c.isdigit())
    digit = int(number[i])
    return number[:i] + str(digit + 1 if digit < 9 else digit - 1) + number[i + 1 :]


def test_each_fact_is_read_from_the_number_its_offsets_point_at(report):
    """Change the printed number at a fact's offsets, and that fact changes with it:
    the offsets point at the very cell the value came from, even where a row prints the same
    number twice ('100 | 100')."""
    text, facts = report.text, report.facts
    read_again = []
    for row in facts.itertuples():
        printed = text[row.number_start : row.number_end]
        nudged = _nudged(printed)
        again = vinhbao.load_report(
            text[: row.number_start] + nudged + text[row.number_end :]
        ).facts
        same = again[(again.number_start == row.number_start) & (again.subject == row.subject)]
        same = same[same.measure == row.measure]
        if len(same) == 1 and same.iloc[0].value_printed == pytest.approx(parse_number(nudged)):
            read_again.append(row.Index)
    missing = facts.drop(index=read_again)[["source", "subject", "measure", "value_printed"]]
    # The 2023 and 2024 targets '3 - 3,5' nudged to '4 - 3,5' run backwards: the row is kept as
    # printed and flagged, and gives no fact.
    assert missing.to_dict("records") == [
        {"source": "appendix row 1.b", "subject": "appendix_1_b", "measure": "target_low",
         "value_printed": 3.0},
        {"source": "targets_2024 (1)", "subject": "target_2024_1_b", "measure": "low",
         "value_printed": 3.0},
    ]  # fmt: skip


def test_no_pattern_misses_on_the_bundled_report(report):
    assert report.unmatched_patterns.empty, report.unmatched_patterns


@pytest.mark.parametrize(
    ("subject", "measure", "value", "unit", "source"),
    [
        ("total_production_value", "amount", 20952.436, "billion_vnd", "body 2.1"),
        ("total_production_value", "pct_yoy", 14.64, "pct", "body 2.1"),
        ("industry_construction", "pct_yoy", 18.75, "pct", "body 2.1"),
        ("social_investment", "amount", 6150, "billion_vnd", "body 2.1"),
        ("income_per_head", "amount", 72.16, None, "body 2.1"),
        ("retail_sales", "pct_of_plan", 100.01, "pct", "body 2.1"),
        ("agriculture_forestry_fisheries", "pct_of_plan", 99.96, "pct", "body 2.1"),
        ("crops", "pct_above_plan", 5.42, "pct", "footnote 21"),
        ("livestock", "pct_of_plan", 96.47, "pct", "footnote 21"),
        ("forestry", "pct_of_last_year", 100, "pct", "footnote 21"),
        ("state_budget_revenue", "amount", 2809.228, "billion_vnd", "body 2.1"),
        ("state_budget_revenue", "pct_of_estimate", 130.7, "pct", "body 2.1"),
        ("district_budget_revenue", "pct_of_last_year", 92.8, "pct", "body 2.1"),
        ("state_budget_expenditure", "amount", 2571.167, "billion_vnd", "body 2.1"),
        ("public_investment_disbursed", "amount", 1061.334, "billion_vnd", "body 2.1"),
        ("social_insurance_revenue", "amount", 449, "billion_vnd", "footnote 38"),
        ("social_insurance_expenditure", "pct_of_last_year", 108.79, "pct", "footnote 38"),
        ("land_use_right_auctions", "amount", 120.513, "billion_vnd", "footnote 31"),
        ("funeral_allowances", "count", 558, None, "footnote 36"),
        ("tet_gifts_city", "count", 7161, None, "footnote 37"),
        ("party_admissions", "pct_of_plan", 92.14, "pct", "body 1.1"),
        ("ocop_products", "count", 2, "products", "body 2.1"),
        ("ocop_products", "stars", 3, "stars", "body 2.1"),
        ("conscripts", "count", 327, "citizens", "body 2.3"),
        ("police_conscripts", "count", 22, "citizens", "body 2.3"),
        ("chip_id_cards", "count", 10237, "instances", "body 2.3"),
        ("fire_safety_pledges", "count", 4000, "households", "body 2.3"),
    ],
)
def test_values(report, subject, measure, value, unit, source):
    row = fact(report, subject, measure)
    assert row["value_printed"] == pytest.approx(value)
    assert row["source"] == source
    if unit:
        assert row["unit"] == unit
    assert report.text[row["number_start"] : row["number_end"]] in row["quote"]


def test_money_in_million_is_converted_to_billion(report):
    crops = fact(report, "crops", "amount")
    assert crops["value_printed"] == 1468417
    assert crops["unit_printed"] == "triệu đồng"
    assert crops["value"] == pytest.approx(1468.417)


def test_rice_frame_per_season(report):
    r = report.rice.set_index(["season", "quantity", "measure", "subject"])["value"]
    assert r[("spring", "area", "value", "spring_rice")] == pytest.approx(7990.59)
    assert r[("main", "area", "value", "main_rice")] == pytest.approx(8725.38)
    assert r[("year", "output", "value", "rice_year")] == 110522
    assert r[("spring", "yield", "value", "spring_rice")] == pytest.approx(7.076)
    assert r[("main", "output", "pct_of_last_year", "main_rice")] == pytest.approx(99.97)


def test_rice_keeps_the_two_yield_conventions_apart(report):
    y = report.rice.query("quantity == 'yield' and measure == 'value' and season == 'year'")
    conventions = dict(zip(y["subject"], y["yield_convention"], strict=True))
    assert conventions["rice_year"].startswith("output / sown area")
    assert conventions["rice_year_two_crops"].startswith("two seasons' yields added")
    values = dict(zip(y["subject"], y["value"], strict=True))
    assert values["rice_year"] == pytest.approx(6.612)
    assert values["rice_year_two_crops"] == pytest.approx(13.26)


def test_main_rice_yield_typo_is_kept_and_flagged(report):
    row = fact(report, "main_rice", "yield")
    assert row["unit_printed"] == "t/ha" and row["value_printed"] == pytest.approx(61.88)
    assert row["value"] == pytest.approx(6.188)
    assert "t/ha" in row["flags"]


def test_electricity_typo_is_flagged(report):
    row = fact(report, "electricity_consumption", "amount")
    assert row["value_printed"] == 277 and row["flags"]


def test_economy_implied_previous_year(report):
    e = report.economy.set_index(["subject", "measure"])["value"]
    assert e[("total_production_value", "implied_previous_year")] == pytest.approx(
        20952.436 / 1.1464
    )
    assert e[("retail_sales", "implied_previous_year")] == pytest.approx(6755 / 1.1764)


def test_topic_frames_are_subsets_with_provenance(report):
    for name in ("rice", "agriculture", "economy", "budget", "land", "cases"):
        frame = getattr(report, name)
        assert len(frame) > 0, name
        assert {"source", "quote", "start", "end"} <= set(frame.columns)


def test_a_bound_word_before_a_figure_is_flagged(report):
    pledges = fact(report, "fire_safety_pledges", "count")
    assert pledges["flags"] == "printed 'trên 4.000': more than, not an exact figure"
    assert fact(report, "conscripts", "count")["flags"] == ""


# Numbers of the footnotes and body sections the frames must cover that are not figures: dates,
# levels, names of roads, forces, schemes and apps (years are left out of the comparison).
NOT_FIGURES = [
    ("footnote 37", "27"), ("footnote 37", "7"), ("footnote 37", "02"), ("footnote 37", "9"),
    ("footnote 46", "3"), ("footnote 46", "4"), ("footnote 46", "3"), ("footnote 46", "4"),
    ("body 2.1", "37"), ("body 2.1", "1"),
    ("body 2.3", "47"), ("body 2.3", "06"), ("body 2.3", "19"), ("body 2.3", "114"),
]  # fmt: skip
COVERED_FOOTNOTES = (14, 21, 22, 26, 27, 28, 29, 30, 31, 36, 37, 38, 42, 43, 46)


def test_every_figure_of_the_covered_passages_is_a_fact(report):
    """Each number printed in footnotes 14, 21, 22, 26-31, 36-38, 42, 43, 46 and in the body's
    sections 2.1 and 2.3 is the figure of some fact, unless it is a year or one of NOT_FIGURES."""
    covered = {i for r in report.facts.itertuples() for i in range(r.number_start, r.number_end)}
    spans = [
        (f"footnote {n.number}", n.start, n.end)
        for n in report.footnotes.itertuples()
        if n.number in COVERED_FOOTNOTES
    ]
    spans += [
        (f"body {seg.section}", piece.start, piece.end)
        for seg in report.document.body
        if seg.section in ("2.1", "2.3")
        for piece in seg.pieces
    ]
    left = [
        (where, m.group())
        for where, start, end in spans
        for m in re.finditer(NUMBER_PATTERN, report.text[start:end])
        if start + m.start() not in covered and not re.fullmatch(r"(19|20)[0-9]{2}", m.group())
    ]
    assert left == NOT_FIGURES
