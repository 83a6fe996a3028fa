"""The bundled report reworded as another edition would word it (tests/rewording.py: synonyms of
the bases and verbs, spellings, clause order) gives the same facts as the original."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from rewording import applied, reword

import vinhbao


def fact_keys(report: vinhbao.Report) -> Counter:
    """(source, subject, aspect, measure, kind, base, value, low, high) of the prose facts."""
    f = report.facts[~report.facts["source"].str.startswith(("appendix", "targets"))]
    values = [f[c].round(6).fillna(-1e99) for c in ("value", "low", "high")]
    return Counter(zip(f.source, f.subject, f.aspect, f.measure, f.kind, f.base, *values,
                       strict=True))  # fmt: skip


@pytest.fixture(scope="module")
def reworded(raw_text) -> vinhbao.Report:
    return vinhbao.load_report(reword(raw_text))


def test_the_rules_reword_the_report(raw_text):
    counts = applied(raw_text)
    assert sum(counts.values()) > 150
    assert sum(1 for n in counts.values() if n) > 30  # most rules find their phrasing


def test_the_reworded_report_gives_the_same_facts(report, reworded):
    mine, theirs = fact_keys(report), fact_keys(reworded)
    assert sum(mine.values()) > 550
    assert mine - theirs == Counter(), "facts lost or changed by the rewording"
    assert theirs - mine == Counter(), "facts the rewording made up"


def test_the_reworded_report_accounts_for_every_number(reworded):
    assert (reworded.numbers["kind"] != "unaccounted").all()


def test_the_reworded_audit_finds_the_same(report, reworded):
    def failing(r):
        return set(r.audit.loc[r.audit["holds"].eq(False), "check"])

    assert failing(reworded) == failing(report)


EDITION_2 = [  # another clerk's wording: verbs, bases, units and their order
    (r"so với cùng kỳ(?! năm)", "so với năm trước"),
    (r"tăng (\d[\d.,]*%) so với năm trước", r"cao hơn năm trước \1"),
    (r"ước đạt", "ước cả năm đạt"),
    (r"đạt (\d[\d.,]*%) kế hoạch", r"đạt \1 so với kế hoạch"),
    (r"Tổng diện tích gieo cấy", "Tổng diện tích gieo trồng"),
    (r"trên (\d)", r"hơn \1"),
    (r"tỷ đồng", "tỉ đồng"),
    (r"(\d) ha\b", r"\1 héc-ta"),
    (r"kế hoạch", "KH"),
    (r"Tổng thu ngân sách nhà nước", "Tổng thu NSNN"),
    (r"bằng (\d[\d.,]*%) so với dự toán", r"đạt \1 dự toán"),
    (r"bằng (\d[\d.,]*%) so KH", r"bằng \1 KH"),
    (r"(\d) hồ sơ", r"\1 HS"),
]


def test_a_second_editions_wording_gives_the_same_facts(report, raw_text):
    body, heading, appendix = raw_text.partition("\nPHỤ LỤC\n")
    for old, new in EDITION_2:
        body, n = re.subn(old, new, body)
        assert n, old
    other = vinhbao.load_report(body + heading + appendix)
    assert fact_keys(other) == fact_keys(report)
