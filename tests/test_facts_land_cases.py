"""Land, cases and party figures: parts and states as aspects, units scaled, periods read from
the text, misspellings kept and flagged, and a changed report."""

from __future__ import annotations

import pytest

import vinhbao


def one(report, source, subject, aspect="", measure="count", kind="level", printed=None):
    f = report.facts
    rows = f[(f.source == source) & (f.subject == subject) & (f.aspect == aspect)
             & (f.measure == measure) & (f.kind == kind)]  # fmt: skip
    if printed is not None:
        spans = zip(rows.number_start, rows.number_end, strict=True)
        rows = rows[[report.text[a:b] == printed for a, b in spans]]
    assert len(rows) == 1, (source, subject, aspect, measure, kind, len(rows))
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("source", "subject", "aspect", "value"),
    [
        ("footnote 46", "district_dossiers", "received", 5726),
        ("footnote 46", "district_dossiers", "late", 0),
        ("footnote 46", "commune_dossiers", "late", 87),
        ("footnote 46", "commune_dossiers", "online_level3", 1536),
        ("body 2.3", "court_cases", "completed", 728),
        ("body 2.3", "court_cases", "completed_total", 744),
        ("body 2.1", "land_certificates", "", 3258),
        ("body 2.1", "land_certificates", "first_time", 159),
        ("body 2.1", "land_certificates", "transfer_reissue", 3099),
        ("footnote 27", "site_clearance", "", 332),
        ("footnote 27", "site_clearance", "agricultural", 307),
        ("footnote 7", "party_transfers", "transferred_in", 149),
        ("footnote 7", "party_transfers", "transferred_in_outside_city", 78),
        ("footnote 7", "party_transfers", "transferred_out_abroad", 1),
        ("footnote 8", "party_discipline", "population_policy", 28),
        ("body 1.1", "party_discipline", "expulsion", 2),
        ("footnote 43", "traffic_enforcement", "decisions_motorbikes", 671),
        ("footnote 42", "crime", "wanted", 9),
        ("body 2.3", "petitions", "under_authority_resolved_denunciations", 11),
    ],
)  # fmt: skip
def test_parts_and_states_are_aspects(report, source, subject, aspect, value):
    assert one(report, source, subject, aspect)["value"] == value


def test_units_are_scaled(report):
    approved = one(report, "footnote 27", "site_clearance", "agricultural_approved", "amount")
    assert approved["value"] == pytest.approx(16.8) and approved["unit"] == "billion_vnd"
    fines = one(report, "footnote 43", "traffic_enforcement", "fines", "amount")
    assert fines["value_printed"] == 2_224_664_000 and fines["value"] == pytest.approx(2.224664)
    area = one(report, "footnote 27", "site_clearance", "agricultural", "area")
    assert (area["value"], area["unit"]) == (pytest.approx(25.2), "ha")
    donated = one(report, "footnote 14", "land_donation", "", "area")
    assert (donated["value"], donated["unit"]) == (100_282, "m2")
    assert one(report, "footnote 46", "district_dossiers", "online_level4")["unit"] == "dossiers"
    assert one(report, "body 2.1", "land_certificates")["unit"] == "certificates"


def test_periods_follow_the_text(report):
    assert one(report, "body 2.3", "petitions", "received", printed="429")["period"] == "2022"
    assert one(report, "body 2.3", "petitions", "received", printed="479")["period"] == "2023"
    f = report.facts[report.facts["source"] == "footnote 30"]
    printed = [report.text[a:b] for a, b in zip(f.number_start, f.number_end, strict=True)]
    periods = dict(zip(printed, f.period, strict=True))
    assert periods == {"7": "2022-2023", "2.917": "2022-2023", "2.225": "2022-2023",
                       "2.132": "2022-2023", "2.018": "2022-2023", "08": "2023-2024",
                       "957": "2023-2024"}  # fmt: skip


def test_the_court_rate_is_quoted_across_the_page_break(report):
    tried = one(report, "body 2.3", "court_cases", "completed")
    rate = one(report, "body 2.3", "court_cases", "completed", kind="share_pct")
    assert tried["quote"] == "hoàn thành xét xử 728/744 vụ án"
    assert rate["quote"] == "896,9%" and rate["value"] == pytest.approx(896.9)
    # the page's footnotes (42, 43) sit between the two pieces of the sentence
    assert "Bắt 18 vụ đánh bạc" in report.text[tried["end"] : rate["start"]]


def test_misspellings_are_kept_and_flagged(report):
    corrected = one(report, "body 2.1", "land_certificates_corrected")
    assert "đình chính" in corrected["quote"]
    assert corrected["flag_notes"] == "printed 'đình chính' for 'đính chính'"
    for aspect in ("under_authority_resolved_complaints", "in_progress_complaints"):
        row = one(report, "body 2.3", "petitions", aspect)
        assert "kiếu nại" in row["quote"] and "'kiếu nại' for 'khiếu nại'" in row["flag_notes"]


def test_an_altered_report_gives_the_altered_values(report):
    assert report.text.count("5.726 hồ sơ") == 1
    assert report.text.count("3.258 GCN") == 1
    altered = report.text.replace("5.726 hồ sơ", "5.826 hồ sơ").replace("3.258 GCN", "3.358 GCN")
    other = vinhbao.load_report(altered)
    assert one(other, "footnote 46", "district_dossiers", "received")["value"] == 5826
    row = one(other, "body 2.1", "land_certificates")
    assert row["value"] == 3358 and other.text[row["number_start"] : row["number_end"]] == "3.358"
    assert other.text[row["start"] : row["end"]] == row["quote"]
    assert one(other, "footnote 46", "district_dossiers", "carried_over")["value"] == 149
    mine, theirs = report.facts, other.facts
    assert len(theirs) == len(mine)
    assert (theirs["value"].fillna(-1).to_numpy() != mine["value"].fillna(-1).to_numpy()).sum() == 2
    check = "land certificates: first-time + transfers/re-issues = issued"
    assert not other.audit.set_index("check").loc[check, "holds"]  # 3.358 ≠ 159 + 3.099
