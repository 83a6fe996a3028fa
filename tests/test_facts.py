"""Facts of the bundled report: real values with what they express, provenance that
round-trips, the report's misprints kept and flagged."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import vinhbao
from vinhbao.parse.numbers import TOKEN
from vinhbao.tables import records

EXPECTED = Path(__file__).parent / "expected" / "bundled_facts.csv"
KEY = ("source", "subject", "aspect", "measure", "kind", "base")


def expected_rows() -> list[dict]:
    with EXPECTED.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def fact(report, subject, measure, kind="level", base="", aspect="", source=None, printed=None):
    """The one fact of a subject with this measure, kind, base and aspect (in a source, printed
    so)."""
    f = report.facts
    rows = f[(f.subject == subject) & (f.measure == measure) & (f.kind == kind) & (f.base == base)
             & (f.aspect == aspect)]  # fmt: skip
    if source is not None:
        rows = rows[rows.source == source]
    if printed is not None:
        rows = rows[[report.text[a:b] == printed for a, b in zip(rows.number_start, rows.number_end,
                                                                 strict=True)]]  # fmt: skip
    assert len(rows) == 1, (subject, measure, kind, base, aspect, source, len(rows))
    return rows.iloc[0]


def test_every_fact_quotes_the_text_verbatim(report):
    f = report.facts
    assert len(f) > 700
    for row in f.itertuples():
        assert report.text[row.start : row.end] == row.quote
        assert row.start <= row.number_start < row.number_end <= row.end
    assert (
        f["source"].str.match(r"^(footnote \d+|body \S+|appendix row \S+|targets \(\d+\))$").all()
    )
    assert f["fact_id"].is_unique


@pytest.fixture(scope="module")
def by_key(report) -> dict[tuple, list]:
    """Facts by (source, printed number, subject, aspect, measure, kind, base)."""
    out: dict[tuple, list] = {}
    for row in report.facts.itertuples():
        printed = report.text[row.number_start : row.number_end]
        key = (row.source, printed, row.subject, row.aspect, row.measure, row.kind, row.base)
        out.setdefault(key, []).append(row._asdict())
    return out


@pytest.mark.parametrize("row", expected_rows(), ids=lambda r: f"{r['source']}:{r['number']}")
def test_expected_fact(by_key, row):
    """Each figure the earlier extraction asserted, with what it expresses (tests/expected)."""
    key = (row["source"], row["number"], *(row[k] for k in KEY[1:]))
    assert key in by_key, row
    same_unit = [r for r in by_key[key] if r["unit"] == row["unit"]]
    assert same_unit, (row, [r["unit"] for r in by_key[key]])
    got = same_unit[0]
    assert got["period"] == row["period"]
    for column in ("value", "low", "high"):
        if row[column]:
            assert got[column] == pytest.approx(float(row[column])), column
        else:
            assert got[column] != got[column], column  # NaN


def _nudged(number: str) -> str:
    """The printed number with its last digit changed (same length, still a number)."""
    i = max(k for k, c in enumerate(number) if c.isdigit())
    digit = int(number[i])
    return number[:i] + str(digit + 1 if digit < 9 else digit - 1) + number[i + 1 :]


PERCENT_OF = {"share_pct", "ratio_pct"}  # a share nudged over 100 % is a ratio


def test_each_fact_is_read_from_the_number_its_offsets_point_at(report):
    """Change the last digit of every fact's number at once: each fact changes with its own
    number (the offsets point at the very cell or word the value came from)."""
    text, facts = report.text, report.facts
    pairs = zip(facts.number_start, facts.number_end, strict=True)
    spans = sorted({(a, b) for a, b in pairs if any(c.isdigit() for c in text[a:b])})
    out, at = [], 0
    for a, b in spans:
        out += [text[at:a], _nudged(text[a:b])]
        at = b
    again = vinhbao.load_report("".join(out) + text[at:]).facts.set_index("fact_id")
    moved = []
    for row in facts.itertuples():
        if pd_isna(row.value_printed) or row.kind == "target":
            continue
        kinds = PERCENT_OF if row.kind in PERCENT_OF else {row.kind}  # '100%' nudged: '101%'
        other = again[(again.number_start == row.number_start) & (again.subject == row.subject)
                      & again.kind.isin(kinds) & (again.aspect == row.aspect)]  # fmt: skip
        if len(other) != 1 or other.iloc[0].value_printed == row.value_printed:
            moved.append((row.source, report.text[row.number_start : row.number_end]))
    assert moved == []


def pd_isna(x) -> bool:
    return x is None or x != x


@pytest.mark.parametrize(
    ("subject", "measure", "kind", "base", "aspect", "printed", "unit", "source"),
    [
        ("total_production_value", "amount", "level", "", "", 20952.436, "billion_vnd",
         "body 2.1"),
        ("total_production_value", "amount", "change_pct", "last_year", "", 14.64, "pct",
         "body 2.1"),
        ("retail_sales", "amount", "ratio_pct", "plan", "", 100.01, "pct", "body 2.1"),
        ("crops", "amount", "change_pct", "plan", "", 5.42, "pct", "footnote 21"),
        ("forestry", "amount", "ratio_pct", "last_year", "", 100, "pct", "footnote 21"),
        ("state_budget_revenue", "amount", "ratio_pct", "estimate", "", 130.7, "pct", "body 2.1"),
        ("district_budget_revenue", "amount", "ratio_pct", "last_year", "", 92.8, "pct",
         "body 2.1"),
        ("social_insurance_expenditure", "amount", "ratio_pct", "last_year", "", 108.79, "pct",
         "footnote 38"),
        ("income_per_head", "amount", "level", "", "", 72.16, "million_vnd_per_person_year",
         "body 2.1"),
        ("ocop_products", "rating", "level", "", "", 3, "stars", "body 2.1"),
        ("conscripts", "count", "level", "", "police", 22, "citizens", "body 2.3"),
        ("tet_gifts", "count", "level", "", "city", 7161, "people", "footnote 37"),
        ("petitions", "count", "change_abs", "last_year", "received", 50, "petitions", "body 2.3"),
    ],
)  # fmt: skip
def test_values(report, subject, measure, kind, base, aspect, printed, unit, source):
    row = fact(report, subject, measure, kind, base, aspect, source, TEXT_OF.get(printed))
    assert row["value_printed"] == pytest.approx(printed)
    assert row["unit"] == unit
    assert report.text[row["number_start"] : row["number_end"]] in row["quote"]


TEXT_OF = {7161: "7.161"}  # a figure whose subject, aspect and kind recur in its footnote


def test_money_is_converted_to_billion(report):
    crops = fact(report, "crops", "amount", source="footnote 21")
    assert (crops["value_printed"], crops["unit_printed"]) == (1468417, "triệu đồng")
    assert crops["value"] == pytest.approx(1468.417) and crops["unit"] == "billion_vnd"


def test_a_fall_is_negative_and_a_level_reached_by_falling_is_not(report):
    f = report.facts
    falls = f[(f.source == "footnote 34") & (f.kind == "change_pp") & (f.value < 0)]
    assert len(falls) >= 1
    for row in falls.itertuples():
        words = report.text[row.number_start - 12 : row.number_start]
        assert "giảm" in words, words


def test_rice_frame_per_season(report):
    r = report.rice.set_index(["season", "measure", "kind", "subject"])["value"]
    assert r[("spring", "area", "level", "spring_rice")] == pytest.approx(7990.59)
    assert r[("main", "area", "level", "main_rice")] == pytest.approx(8725.38)
    assert r[("year", "output", "level", "rice_year")] == 110522
    assert r[("spring", "yield", "level", "spring_rice")] == pytest.approx(7.076)
    assert r[("main", "output", "ratio_pct", "main_rice")] == pytest.approx(99.97)


def test_rice_keeps_the_two_yield_conventions_apart(report):
    y = report.rice.query("measure == 'yield' and kind == 'level' and season == 'year'")
    y = y[y.source.str.startswith("body")]
    conventions = dict(zip(y["subject"], y["yield_convention"], strict=True))
    assert conventions["rice_year"].startswith("output / sown area")
    assert conventions["rice_year_two_crops"].startswith("two seasons' yields added")
    values = dict(zip(y["subject"], y["value"], strict=True))
    assert values["rice_year"] == pytest.approx(6.612)
    assert values["rice_year_two_crops"] == pytest.approx(13.26)


def test_the_reports_misprints_are_corrected_by_data_and_flagged(report):
    main = fact(report, "main_rice", "yield", source="footnote 22")
    assert main["unit_printed"] == "t/ha" and main["value_printed"] == pytest.approx(61.88)
    assert main["value"] == pytest.approx(6.188) and "tạ/ha" in main["flag_notes"]
    power = fact(report, "electricity_consumption", "energy", source="body 2.1")
    assert power["value_printed"] == 277 and power["unit"] == "million_kwh" and power["flag_notes"]
    growth = fact(report, "electricity_consumption", "energy", "change_pct", "last_year")
    assert growth["value"] == 7


def test_in_another_text_t_per_ha_is_tonnes_and_kw_is_power():
    r = vinhbao.load_report(
        "1. Kinh tế\n\nNăng suất lúa vụ mùa ước đạt 6,2 t/ha. Công suất điện mặt trời đạt 12 kW.\n"
    )
    by_number = {r.text[a:b]: row for a, b, row in zip(
        r.facts.number_start, r.facts.number_end, r.facts.itertuples(), strict=True)}  # fmt: skip
    assert by_number["6,2"].value == pytest.approx(6.2) and by_number["6,2"].unit == "t_per_ha"
    assert by_number["12"].unit == "kw" and by_number["12"].measure == "power"


def test_economy_implied_previous_year(report):
    e = report.economy
    prev = e[e["derived"] & (e["subject"] == "total_production_value")]
    assert prev["value"].iloc[0] == pytest.approx(20952.436 / 1.1464)
    assert prev["period"].iloc[0] == str(report.identity.year - 1)
    retail = e[e["derived"] & (e["subject"] == "retail_sales")]
    assert retail["value"].iloc[0] == pytest.approx(6755 / 1.1764)


def test_topic_frames_hold_their_topics_with_provenance(report):
    for name in ("rice", "agriculture", "economy", "budget", "land", "cases", "party", "social"):
        frame = getattr(report, name)
        assert len(frame) > 10, name
        assert {"fact_id", "source", "quote", "start", "end"} <= set(frame.columns)
    assert set(report.party["topic"]) == {"party"}
    assert "party_admissions" in set(report.party["subject"])
    assert "poverty_rate" in set(report.social["subject"])


def test_a_bound_word_before_a_figure_is_flagged(report):
    pledges = fact(report, "fire_safety", "count", source="body 2.3", printed="4.000")
    assert pledges["bound"] == ">"
    assert "printed 'trên 4.000': more than, not an exact figure" in pledges["flag_notes"]
    assert fact(report, "conscripts", "count", source="body 2.3")["bound"] == ""


def test_every_number_of_the_text_is_accounted_for(report):
    n = report.numbers
    assert len(n) == len(list(TOKEN.finditer(report.text))) + n.text.str.match(r"^\D").sum()
    assert (n["kind"] != "unaccounted").all(), n[n["kind"] == "unaccounted"]
    figures = n[n["kind"] == "figure"]
    assert figures["fact_id"].ne("").all()
    assert set(figures["fact_id"]) <= set(report.facts["fact_id"])
    years = n[n["kind"] == "year"]
    assert years["text"].str.fullmatch(r"\d{4}(\s*[-–]\s*\d{4})?|\d{4}").all()
    assert {"document_number", "date", "footnote_marker", "item_label"} <= set(n["kind"])


def test_share_of_tokens(report):
    kinds = report.numbers["kind"].value_counts()
    assert kinds["figure"] / kinds.sum() > 0.5
    assert re.search(r"499", " ".join(report.numbers.loc[
        report.numbers.kind == "document_number", "text"]))  # fmt: skip


def test_fact_rows_are_the_facts_frame_row_by_row(report):
    def plain(rows: list[dict]) -> list[dict]:
        return [{k: "NaN" if v != v else (type(v), v) for k, v in r.items()} for r in rows]

    assert plain(report.fact_rows) == plain(records(report.facts))
