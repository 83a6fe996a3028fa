"""The raw report is bundled unchanged, its corrections are data attached to its passages, the
invented reports are as their README describes them, and the two dependency lists agree."""

from __future__ import annotations

import csv
import hashlib
import re
import tomllib
import unicodedata
from pathlib import Path

import pytest

from vinhbao.config import CORRECTIONS, RAW_REPORT, ROOT
from vinhbao.parse.units import lookup_unit

SHA256 = "8d2492416d9fb423092171b7783e818d5c93bbdc72e56b2a8ad35e7fc8dcbefb"
REPORTS = Path(__file__).parent / "reports"
FACT_COLUMNS = (
    "line, number, measure, kind, base, value, unit, bound, period, low, high, subject, note"
)


def test_raw_report_is_unchanged():
    assert hashlib.sha256(RAW_REPORT.read_bytes()).hexdigest() == SHA256


def test_raw_readme_states_the_checksum_and_the_corrections():
    readme = (RAW_REPORT.parent / "README.md").read_text(encoding="utf-8")
    assert SHA256 in readme
    assert "## corrections.csv" in readme
    assert '"61,88 t/ha"' in readme and '"277 triệu KW"' in readme


def _corrections() -> list[dict]:
    with CORRECTIONS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_corrections_name_the_bundled_report_and_a_known_unit():
    rows = _corrections()
    assert list(rows[0]) == ["report", "source", "unit_printed", "measure", "meant_unit", "note"]
    assert [(r["report"], r["source"], r["unit_printed"], r["meant_unit"]) for r in rows] == [
        ("499-BC/HU", "footnote 22", "t/ha", "tạ/ha"),
        ("499-BC/HU", "body 2.1", "triệu KW", "triệu kWh"),
    ]
    assert [lookup_unit(r["meant_unit"]).canonical for r in rows] == ["t_per_ha", "million_kwh"]
    assert all(r["note"] for r in rows)


def test_each_correction_reads_exactly_one_figure_of_the_report(report):
    facts = report.facts
    assert report.identity.number == "499-BC/HU"
    for row in _corrections():
        hit = facts[
            facts["source"].eq(row["source"]) & facts["unit_printed"].eq(row["unit_printed"])
        ]
        assert len(hit) == 1, row
        fact = hit.iloc[0]
        unit = lookup_unit(row["meant_unit"])
        assert fact["unit"] == unit.canonical
        assert fact["value"] == pytest.approx(fact["value_printed"] * unit.factor)
        assert row["note"] in fact["flag_notes"].split("; ")
        assert not re.search("not a plausible|does not fit", fact["flag_notes"])
    rice = facts[facts["subject"].eq("main_rice") & facts["measure"].eq("yield")]
    assert rice[["value", "unit", "value_printed", "unit_printed"]].values.tolist() == [
        [6.188, "t_per_ha", 61.88, "t/ha"]
    ]


@pytest.mark.parametrize("name", sorted(p.stem for p in REPORTS.glob("*.txt")))
def test_invented_reports_are_nfc_lf_with_a_facts_table(name):
    raw = (REPORTS / f"{name}.txt").read_bytes()
    text = raw.decode("utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert b"\r" not in raw and text.endswith("\n")
    lines = text.split("\n")
    with (REPORTS / f"{name}.facts.csv").open(encoding="utf-8", newline="") as handle:
        facts = list(csv.DictReader(handle))
    assert ", ".join(facts[0]) == FACT_COLUMNS
    assert len(facts) > 100
    for fact in facts:  # `line` is the line of the number as printed
        assert fact["number"] in lines[int(fact["line"]) - 1], fact


def test_invented_reports_readme_describes_the_columns():
    readme = (REPORTS / "README.md").read_text(encoding="utf-8")
    assert f"The columns are `{FACT_COLUMNS}`." in readme
    assert all(f"`{p.name}`" in readme for p in REPORTS.glob("*.txt"))


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[]", requirement.strip(), maxsplit=1)[0].lower()


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_name(r) for r in project["dependencies"]}
    declared |= {_name(r) for r in project["optional-dependencies"]["dev"]}
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    block = env.split("dependencies:", 1)[1]
    conda = {
        _name(m.group(1))
        for m in re.finditer(r"^  - ([A-Za-z][\w.-]*)", block, re.MULTILINE)
        if m.group(1) not in {"python", "pip"}
    }
    assert conda == declared
    assert "  - pip:\n      - -e ." in (ROOT / "environment.yml").read_text(encoding="utf-8")
