"""The rewording itself (tests/rewording.py), not the library: every rule fires on the bundled
report, no number is added, lost or altered, the appendix is untouched, the output is stable."""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections import Counter

import pytest
from rewording import NUMBER, RULES, Rule, applied, literal_numbers, reword, split_appendix

from vinhbao.config import RAW_REPORT


@pytest.fixture(scope="module")
def original() -> str:
    return RAW_REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reworded(original) -> str:
    return reword(original)


def _numbers(text: str) -> Counter[str]:
    return Counter(NUMBER.findall(text))


def _added_by_rules(counts: dict[str, int]) -> Counter[str]:
    """Numbers the rules write themselves (the year in 'so với năm 2022'), times they fired."""
    added: Counter[str] = Counter()
    for rule in RULES:
        for number in literal_numbers(rule):
            added[number] += counts[rule.name]
    return added


def test_rules_are_data():
    assert RULES and all(isinstance(rule, Rule) for rule in RULES)
    assert all(dataclasses.is_dataclass(rule) for rule in RULES)
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        assert rule.note.strip(), rule.name
        re.compile(rule.pattern)


def test_only_the_year_rule_writes_a_number():
    writers = {rule.name: literal_numbers(rule) for rule in RULES if literal_numbers(rule)}
    assert writers == {"yoy_as_year": ["2022"]}


def test_every_rule_fires_on_the_bundled_report(original):
    counts = applied(original)
    assert set(counts) == {rule.name for rule in RULES}
    assert [name for name, n in counts.items() if n < 1] == []


def test_numbers_of_the_prose_are_kept(original, reworded):
    before, after = split_appendix(original)[0], split_appendix(reworded)[0]
    expected = _numbers(before) + _added_by_rules(applied(original))
    assert _numbers(after) == expected


@pytest.fixture(scope="module")
def steps(original) -> dict[str, tuple[str, str, int]]:
    """For each rule: the prose it sees (after the rules before it), its output, its count."""
    prose, out = split_appendix(original)[0], {}
    for rule in RULES:
        after, n = re.subn(rule.pattern, rule.replacement, prose)
        out[rule.name], prose = (prose, after, n), after
    return out


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_each_step_keeps_the_numbers(steps, rule):
    before, after, n = steps[rule.name]
    assert n >= 1
    added = Counter({number: n for number in literal_numbers(rule)})
    assert _numbers(after) == _numbers(before) + added
    assert after.count("\n") == before.count("\n")


def test_the_appendix_is_byte_identical(original, reworded):
    head, appendix = split_appendix(original)
    assert appendix.startswith("PHỤ LỤC\n") and "\t" in appendix
    assert split_appendix(reworded)[1].encode("utf-8") == appendix.encode("utf-8")
    assert reworded.endswith(appendix)
    assert split_appendix(reworded)[0] != head


def test_the_reworded_text_differs_in_at_least_40_places(original, reworded):
    matcher = difflib.SequenceMatcher(None, original.split(" "), reworded.split(" "), False)
    places = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    assert len(places) >= 40
    assert sum(applied(original).values()) >= 40


def test_rewording_is_deterministic(original, reworded):
    assert reword(original) == reworded
    assert applied(original) == applied(original)
    again = reword(reworded)
    assert again == reword(reworded)
    assert split_appendix(again)[1] == split_appendix(original)[1]


def test_paragraphs_and_lines_are_kept(original, reworded):
    assert reworded.count("\n") == original.count("\n")
    assert re.findall(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+", reworded) == re.findall(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+", original)


def test_text_without_an_appendix_is_all_prose():
    text = "Doanh thu ước đạt 702,5 tỷ đồng, đạt 101,08% so với kế hoạch."
    assert split_appendix(text) == (text, "")
    assert reword(text) != text
    assert _numbers(reword(text)) == _numbers(text)
