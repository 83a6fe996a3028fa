"""Land, cases and party figures: values, provenance, typo flags, and a changed report."""

from __future__ import annotations

import re

import pytest

import vinhbao
from vinhbao.extract.facts import extract
from vinhbao.extract.patterns import PATTERNS, cases, land, party

MINE = (*land.PATTERNS, *cases.PATTERNS, *party.PATTERNS)

# (subject, measure) -> value as printed (in the report's own unit).
EXPECTED_LAND: dict[tuple[str, str], float] = {
    ("land_donation", "households"): 2960,
    ("land_donation", "area"): 100282,
    ("land_donation", "area_residential"): 60000,
    ("land_donation", "area_agricultural"): 20250,
    ("land_donation", "workdays"): 1850,
    ("clearance_ql37", "completed_households_agricultural"): 206,
    ("clearance_ql37", "completed_households_residential"): 9,
    ("clearance_ql37", "completed_organisations"): 3,
    ("clearance_ql37_vinh_long", "approved"): 39,
    ("clearance_ql37_vinh_long", "households"): 59,
    ("clearance_ql37_vinh_long", "paid"): 7,
    ("clearance_ql37_vinh_long", "paid_out_of"): 39,
    ("clearance_ql37_vinh_long", "pending_approval"): 12,
    ("clearance_ql37_vinh_long", "disputing"): 8,
    ("clearance_thai_binh_dike", "households"): 332,
    ("clearance_thai_binh_dike", "households_residential"): 25,
    ("clearance_thai_binh_dike", "area_residential"): 0.2,
    ("clearance_thai_binh_dike", "households_agricultural"): 307,
    ("clearance_thai_binh_dike", "area_agricultural"): 25.2,
    ("clearance_thai_binh_dike", "approved"): 307,
    ("clearance_thai_binh_dike", "amount_approved"): 16.8,
    ("clearance_thai_binh_dike", "amount_paid"): 7,
    ("clearance_thai_binh_dike", "handed_over_area"): 6.2,
    ("clearance_lo_dong_bridge", "completed_households_agricultural"): 58,
    ("clearance_lo_dong_bridge", "completed_households_residential"): 43,
    ("clearance_lo_dong_bridge", "households_residential"): 46,
    ("clearance_lo_dong_bridge", "enforcement_households_residential"): 3,
    ("clearance_thai_binh_nghin_road_dong_minh", "inventoried_households_residential"): 12,
    ("clearance_thai_binh_nghin_road_dong_minh", "households_residential"): 12,
    ("clearance_thai_binh_nghin_road_hung_nhan", "inventoried_households_residential"): 11,
    ("clearance_thai_binh_nghin_road_hung_nhan", "households_residential"): 11,
    ("clearance_model_ntm_2022_2023", "communes"): 7,
    ("clearance_model_ntm_2022_2023", "households_donating_land"): 2917,
    ("clearance_model_ntm_2022_2023", "households_with_assets"): 2225,
    ("clearance_model_ntm_2022_2023", "approved"): 2132,
    ("clearance_model_ntm_2022_2023", "paid"): 2018,
    ("clearance_model_ntm_2023_2024", "communes"): 8,
    ("clearance_model_ntm_2023_2024", "inventoried_households"): 957,
    ("land_certificates", "count"): 3258,
    ("land_certificates_first_time", "count"): 159,
    ("land_certificates_transfer_reissue", "count"): 3099,
    ("land_certificates_corrected", "count"): 980,
    ("religious_land", "allocated"): 1,
    ("religious_land", "allocation_under_review"): 1,
    ("religious_land", "surveyed"): 42,
    ("religious_land", "registered"): 16,
    ("religious_land", "registered_out_of"): 42,
    ("religious_land", "pct"): 38,
    ("religious_land", "in_progress"): 7,
    ("waste_sorting", "households"): 47368,
    ("waste_sorting", "pct"): 80.04,
}
EXPECTED_CASES: dict[tuple[str, str], float] = {
    ("district_dossiers", "received"): 5726,
    ("district_dossiers", "carried_over"): 149,
    ("district_dossiers", "on_time"): 5474,
    ("district_dossiers", "late"): 0,
    ("district_dossiers", "not_yet_due"): 401,
    ("district_dossiers", "online"): 4692,
    ("district_dossiers", "online_level3"): 33,
    ("district_dossiers", "online_level4"): 4659,
    ("commune_dossiers", "received"): 26004,
    ("commune_dossiers", "carried_over"): 1,
    ("commune_dossiers", "on_time"): 25908,
    ("commune_dossiers", "late"): 87,
    ("commune_dossiers", "not_yet_due"): 10,
    ("commune_dossiers", "online"): 3071,
    ("commune_dossiers", "online_level3"): 1536,
    ("commune_dossiers", "online_level4"): 1535,
    ("court_cases", "tried"): 728,
    ("court_cases", "total"): 744,
    ("court_cases", "pct"): 896.9,
    ("inspections", "count"): 4,
    ("inspections", "units_inspected"): 14,
    ("inspections", "conclusions"): 4,
    ("inspections", "amount_recovered"): 91068500,
    ("citizen_reception", "visits"): 329,
    ("citizen_reception", "people"): 657,
    ("citizen_reception", "cases"): 87,
    ("petitions", "received"): 479,
    ("petitions", "change_yoy"): 50,
    ("petitions", "received_last_year"): 429,
    ("petitions_district_authority", "count"): 125,
    ("petitions_district_authority", "cases"): 125,
    ("petitions_resolved", "count"): 91,
    ("petitions_resolved", "cases"): 91,
    ("petitions_resolved", "complaints"): 12,
    ("petitions_resolved", "denunciations"): 11,
    ("petitions_resolved", "recommendations"): 68,
    ("petitions_in_progress", "count"): 34,
    ("petitions_in_progress", "cases"): 34,
    ("petitions_in_progress", "complaints"): 4,
    ("petitions_in_progress", "recommendations"): 30,
    ("crime_gambling", "cases"): 18,
    ("crime_gambling", "suspects"): 76,
    ("crime_illegal_lottery", "cases"): 8,
    ("crime_illegal_lottery", "suspects"): 12,
    ("crime_drugs", "cases"): 15,
    ("crime_drugs", "suspects"): 19,
    ("crime_economic", "cases"): 13,
    ("crime_environment", "cases"): 11,
    ("wanted_persons_surrendered", "count"): 9,
    ("traffic_enforcement", "patrols"): 505,
    ("traffic_enforcement", "violations_recorded"): 980,
    ("traffic_enforcement", "decisions"): 807,
    ("traffic_enforcement", "decisions_cars"): 136,
    ("traffic_enforcement", "decisions_motorbikes"): 671,
    ("traffic_enforcement", "fines"): 2224664000,
    ("traffic_enforcement", "drink_driving"): 616,
    ("party_inspections", "organisations"): 348,
    ("party_inspections", "members"): 208,
    ("party_supervision", "organisations"): 345,
    ("party_supervision", "members"): 436,
    ("party_discipline", "members"): 35,
    ("party_discipline", "reprimand"): 30,
    ("party_discipline", "warning"): 3,
    ("party_discipline", "expulsion"): 2,
    ("asset_declaration_checks", "officials_verified"): 41,
    ("asset_declaration_checks", "officials_total"): 475,
    ("asset_declaration_checks", "agencies"): 20,
    ("asset_declaration_checks", "agencies_total"): 157,
    ("party_petitions", "received"): 113,
    ("party_petitions", "filed_ineligible"): 28,
    ("party_petitions", "handled"): 85,
    ("party_petitions", "resolved"): 40,
    ("discipline_population_policy", "count"): 28,
    ("discipline_population_policy", "pct"): 80,
    ("discipline_prohibited_conduct", "count"): 2,
    ("discipline_prohibited_conduct", "pct"): 5.72,
    ("discipline_other", "count"): 5,
    ("discipline_other", "pct"): 14.28,
}
EXPECTED_PARTY: dict[tuple[str, str], float] = {
    ("party_transfers", "count"): 401,
    ("party_transfers", "transferred_out"): 242,
    ("party_transfers", "out_abroad"): 1,
    ("party_transfers", "out_outside_city"): 72,
    ("party_transfers", "out_within_city"): 58,
    ("party_transfers", "out_within_district"): 121,
    ("party_transfers", "transferred_in"): 149,
    ("party_transfers", "in_from_outside_city"): 78,
    ("party_transfers", "in_from_within_city"): 71,
}
EXPECTED = EXPECTED_LAND | EXPECTED_CASES | EXPECTED_PARTY


@pytest.fixture(scope="module")
def extraction(report):
    return extract(report.document, MINE)


@pytest.fixture(scope="module")
def facts(extraction):
    return extraction[0]


def one(facts, subject, measure):
    rows = facts[(facts["subject"] == subject) & (facts["measure"] == measure)]
    assert len(rows) == 1, (subject, measure, len(rows))
    return rows.iloc[0]


def value(facts, subject, measure, column="value_printed"):
    return one(facts, subject, measure)[column]


def test_every_pattern_matches(extraction):
    _, misses = extraction
    assert misses.empty, misses.to_string()


def test_patterns_are_registered():
    registered = set(PATTERNS)
    assert all(p in registered for p in MINE)


def test_topics(facts):
    topic = dict(
        zip(zip(facts["subject"], facts["measure"], strict=True), facts["topic"], strict=True)
    )
    assert {topic[k] for k in EXPECTED_LAND} == {"land"}
    assert {topic[k] for k in EXPECTED_CASES} == {"cases"}
    assert {topic[k] for k in EXPECTED_PARTY} == {"party"}


def test_one_fact_per_subject_and_measure(facts):
    keys = list(zip(facts["subject"], facts["measure"], strict=True))
    assert len(keys) == len(set(keys))
    assert set(keys) == set(EXPECTED)
    assert len(facts) == len(EXPECTED) == 138


@pytest.mark.parametrize(("key", "expected"), list(EXPECTED.items()), ids=str)
def test_value_as_printed(facts, key, expected):
    assert value(facts, *key) == pytest.approx(expected)


def test_headline_values(facts):
    assert value(facts, "district_dossiers", "received") == 5726
    assert value(facts, "district_dossiers", "late") == 0
    assert value(facts, "commune_dossiers", "late") == 87
    assert value(facts, "commune_dossiers", "online_level3") == 1536
    assert value(facts, "court_cases", "tried") == 728
    assert value(facts, "court_cases", "total") == 744
    assert value(facts, "court_cases", "pct") == pytest.approx(896.9)
    assert value(facts, "land_certificates", "count") == 3258
    assert value(facts, "land_certificates_first_time", "count") == 159
    assert value(facts, "land_certificates_transfer_reissue", "count") == 3099
    assert value(facts, "land_certificates_corrected", "count") == 980
    assert value(facts, "clearance_thai_binh_dike", "households") == 332
    assert value(facts, "clearance_thai_binh_dike", "area_agricultural") == pytest.approx(25.2)
    assert value(facts, "traffic_enforcement", "fines") == 2_224_664_000
    assert value(facts, "inspections", "amount_recovered") == 91_068_500


def test_units_are_scaled(facts):
    dike = "clearance_thai_binh_dike"
    # money is canonical in billion VND
    assert value(facts, dike, "amount_approved", "value") == pytest.approx(16.8)
    assert value(facts, dike, "amount_paid", "value") == pytest.approx(7)
    assert value(facts, "traffic_enforcement", "fines", "value") == pytest.approx(2.224664)
    assert value(facts, "inspections", "amount_recovered", "value") == pytest.approx(0.0910685)
    assert set(facts.loc[facts["unit_printed"].isin(["tỷ đồng", "đồng"]), "unit"]) == {
        "billion_vnd"
    }
    assert value(facts, dike, "handed_over_area", "value") == pytest.approx(6.2)
    assert value(facts, dike, "area_agricultural", "unit") == "ha"
    assert value(facts, "land_donation", "area", "value") == pytest.approx(100_282)
    assert value(facts, "land_donation", "area", "unit") == "m2"
    assert value(facts, "district_dossiers", "online_level4", "unit") == "dossiers"
    assert value(facts, "land_certificates", "count", "unit") == "certificates"


def test_periods(facts):
    assert value(facts, "petitions", "received_last_year", "period") == "2022"
    assert value(facts, "petitions", "received", "period") == "2023"
    for subject, period in (
        ("clearance_model_ntm_2022_2023", "2022-2023"),
        ("clearance_model_ntm_2023_2024", "2023-2024"),
    ):
        assert set(facts.loc[facts["subject"] == subject, "period"]) == {period}


def test_quotes_are_verbatim_and_hold_the_number(report, facts):
    text = report.text
    for row in facts.itertuples():
        assert text[row.start : row.end] == row.quote, row
        assert row.start <= row.number_start < row.number_end <= row.end, row
        number = text[row.number_start : row.number_end]
        assert number in row.quote
        assert re.fullmatch(r"\d[\d.,]*", number), (row.subject, row.measure, number)


def test_court_rate_is_quoted_across_the_page_break(report, facts):
    tried, pct = one(facts, "court_cases", "tried"), one(facts, "court_cases", "pct")
    assert tried["quote"].endswith("đạt tỷ lệ")
    assert pct["quote"] == "896,9%"
    # the page's footnotes (42, 43) sit between the two pieces of the sentence
    assert "Bắt 18 vụ đánh bạc" in report.text[tried["end"] : pct["start"]]


def test_typos_are_kept_and_flagged(facts):
    flagged = facts[facts["flags"].str.len() > 0]
    assert set(zip(flagged["subject"], flagged["measure"], strict=True)) == {
        ("land_certificates_corrected", "count"),
        ("petitions_resolved", "complaints"),
        ("petitions_in_progress", "complaints"),
    }
    corrected = one(facts, "land_certificates_corrected", "count")
    assert "đình chính" in corrected["quote"]
    assert "đính chính" in corrected["flags"]
    for row in flagged[flagged["measure"] == "complaints"].itertuples():
        assert "kiếu nại" in row.quote
        assert "khiếu nại" in row.flags
    templates = " ".join(p.template for p in MINE)
    assert "đình chính" in templates
    assert "kiếu nại" in templates


def test_an_altered_report_gives_the_altered_values(report):
    assert report.text.count("5.726 hồ sơ") == 1
    assert report.text.count("3.258 GCN") == 1
    altered = report.text.replace("5.726 hồ sơ", "5.826 hồ sơ").replace("3.258 GCN", "3.358 GCN")
    other = vinhbao.load_report(altered)
    facts, misses = extract(other.document, MINE)
    assert misses.empty
    assert value(facts, "district_dossiers", "received") == 5826
    assert value(facts, "land_certificates", "count") == 3358
    row = one(facts, "land_certificates", "count")
    assert other.text[row["number_start"] : row["number_end"]] == "3.358"
    assert other.text[row["start"] : row["end"]] == row["quote"]
    # the figures around them are unchanged
    assert value(facts, "district_dossiers", "carried_over") == 149
    assert value(facts, "land_certificates_first_time", "count") == 159
    assert len(facts) == len(report_facts := extract(report.document, MINE)[0])
    assert (facts["value"].to_numpy() != report_facts["value"].to_numpy()).sum() == 2
