"""The bundled report reworded as another edition would word it (tests/rewording.py: synonyms of
the bases and verbs, spellings, clause order) gives the same facts as the original."""

from __future__ import annotations

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
