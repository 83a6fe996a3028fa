"""The audit: relationships checked within printed precision; real findings, no false alarms."""

from __future__ import annotations

import pytest

import vinhbao
from vinhbao.derive.audit import Interval, evaluate, half_unit

FINDINGS = {
    "rice output: seasons add to the year",
    "rice output growth: seasons' rates imply the year's",
    "agriculture value: parts reach the total (footnote 21)",
    "capital construction growth: body = appendix row 1.f",
    "social investment '% above plan' against the plan's upper bound",
    "land donated: residential + agricultural = total (footnote 14)",
    "courts: cases tried / cases stated as %",
    "discipline for prohibited conduct: count / disciplined stated as %",
    "discipline for other violations: count / disciplined stated as %",
    "party transfers (footnote 7): out + in = total",
    "party transfers out (footnote 7): destinations add to the total out",
    "stunting target: body 'NQ' = appendix target",  # 11,9 against 'dưới 11,91'
}


@pytest.fixture(scope="module")
def audit(report):
    return report.audit.set_index("check")


def test_at_least_30_checks_all_evaluated(report):
    assert len(report.audit) >= 30
    assert report.audit["holds"].notna().all(), report.audit.loc[
        report.audit["holds"].isna(), "note"
    ]


def test_the_report_inconsistencies_are_found_and_nothing_else(report):
    failing = set(report.audit.loc[report.audit["holds"].eq(False), "check"])
    assert failing == FINDINGS


def test_courts_rate(audit):
    row = audit.loc["courts: cases tried / cases stated as %"]
    assert row["stated"] == pytest.approx(896.9)
    assert row["computed"] == pytest.approx(728 / 744 * 100)


def test_rice_output_against_its_seasons(audit):
    row = audit.loc["rice output: seasons add to the year"]
    assert row["stated"] == 110522
    assert row["computed"] == pytest.approx(56541 + 53993.63)
    assert row["difference"] == pytest.approx(-12.63)


def test_party_transfers(audit):
    assert audit.loc["party transfers (footnote 7): out + in = total", "computed"] == 391
    assert (
        audit.loc["party transfers out (footnote 7): destinations add to the total out", "computed"]
        == 252
    )


def test_sound_balances_hold(audit):
    for check in (
        "district dossiers: received + carried over = on time + late + not yet due",
        "commune dossiers: received + carried over = on time + late + not yet due",
        "rice area: seasons add to the year",
        "whole-year rice yield = output / sown area",
        "two-crop yield = spring + main yields (tạ -> t)",
        "land certificates: first-time + transfers/re-issues = issued",
    ):
        assert audit.loc[check, "holds"], check


def test_every_finding_carries_a_quote_of_the_text(report):
    for row in report.audit.itertuples():
        assert report.text[row.start : row.end] == row.quote


def test_precision_intervals():
    assert half_unit("66,12") == pytest.approx(0.005)
    assert half_unit("110.522") == 0.5
    values = {"a.x": (Interval(1.0, 1.0), None), "b.yield": (Interval(3.95, 4.05), None)}
    result = evaluate("a.x + b.yield * 2", values)
    assert (result.lo, result.hi) == pytest.approx((8.9, 9.1))


def test_an_altered_report_changes_the_audit(raw_text):
    report = vinhbao.load_report(raw_text.replace("896,9%.", "97,8%."))
    row = report.audit.set_index("check").loc["courts: cases tried / cases stated as %"]
    assert row["stated"] == pytest.approx(97.8) and row["holds"]


@pytest.mark.parametrize(
    ("old", "new", "check"),
    [  # one unit apart in the last printed digit: the intervals touch, the figures differ
        ("\t14-15\t14,64\t", "\t14-15\t14,65\t", "total production growth: body = appendix row 1"),
        ("\t14-15\t14,64\t", "\t13-15\t14,64\t",
         "total production growth target: body = appendix row 1 (low)"),
    ],
)  # fmt: skip
def test_figures_one_unit_apart_do_not_agree(report, raw_text, old, new, check):
    assert report.audit.set_index("check").loc[check, "holds"]
    assert raw_text.count(old) == 1, old
    other = vinhbao.load_report(raw_text.replace(old, new))
    assert not other.audit.set_index("check").loc[check, "holds"]


def test_touching_intervals_do_not_overlap():
    assert not Interval(14.635, 14.645).overlaps(Interval(14.645, 14.655))
    assert Interval(14.635, 14.645).overlaps(Interval(14.64, 14.65))
    assert Interval(5.0, 5.0).overlaps(Interval(4.5, 5.0))
    assert not Interval(5.0, 5.0).overlaps(Interval(5.1, 5.1))
