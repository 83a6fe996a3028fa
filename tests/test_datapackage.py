"""The data package an analyst loads: datapackage.json (licences, sources, keys, constraints)
valid for frictionless, every frame read back equal from its CSV (with the declared types) and its
Parquet file, DuckDB reading the CSVs with the right types."""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from frictionless import Package

import vinhbao
from vinhbao.catalog import FRAMES
from vinhbao.config import RAW_REPORT
from vinhbao.publish.export import sha256, write_frames
from vinhbao.publish.package import read_frame, sql_types


@pytest.fixture(scope="module")
def exported(report, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("package")
    write_frames(report, out, source=RAW_REPORT)
    return out


@pytest.fixture(scope="module")
def package(exported) -> dict:
    return json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))


def _resource(package: dict, name: str) -> dict:
    return next(r for r in package["resources"] if r["name"] == name)


def test_the_package_names_its_licences_contributors_and_source(package, exported):
    assert package["version"] == vinhbao.__version__
    assert package["created"].endswith("Z") and package["created"][:2] == "20"
    assert [licence["name"] for licence in package["licenses"]] == ["MIT", "source-terms"]
    assert "report Huyện ủy Vĩnh Bảo 499-BC/HU 2023-12-19;" in package["licenses"][1]["title"]
    assert package["contributors"] == [
        {"title": "Huyện ủy Vĩnh Bảo", "role": "author"},
        {"title": "vinhbao", "role": "wrangler"},
    ]
    assert package["sources"] == [{
        "title": "Huyện ủy Vĩnh Bảo · 499-BC/HU · 2023-12-19", "issuer": "Huyện ủy Vĩnh Bảo",
        "number": "499-BC/HU", "date": "2023-12-19",
        "path": Path(os.path.relpath(RAW_REPORT, exported)).as_posix(),
        "hash": f"sha256:{sha256(RAW_REPORT)}",
    }]  # fmt: skip
    assert (exported / package["sources"][0]["path"]).resolve() == RAW_REPORT.resolve()


def test_each_resource_has_its_size_hash_and_keys(package, exported):
    for resource in package["resources"]:
        path = exported / resource["path"]
        assert resource["bytes"] == path.stat().st_size
        assert resource["hash"] == f"sha256:{sha256(path)}"
        assert resource["schema"].get("primaryKey", []) == list(
            FRAMES[resource["name"]].primary_key
        )
    keys = {r["name"]: r["schema"].get("foreignKeys", []) for r in package["resources"]}
    to_facts = [{"fields": "fact_id", "reference": {"resource": "facts", "fields": "fact_id"}}]
    for name in ("rice", "agriculture", "economy", "budget", "land", "cases", "party", "social",
                 "numbers", "audit"):  # fmt: skip
        assert keys[name] == to_facts, name
    assert keys["facts"] == [{"fields": "parent_id",
                              "reference": {"resource": "", "fields": "fact_id"}}]  # fmt: skip
    assert _resource(package, "economy")["schema"]["primaryKey"] == ["fact_id", "derived"]
    assert _resource(package, "variables")["schema"]["primaryKey"] == ["subject", "measure"]


def test_fields_carry_units_and_constraints(package):
    fields = {f["name"]: f for f in _resource(package, "facts")["schema"]["fields"]}
    assert fields["start"]["unit"] == "characters"
    assert fields["start"]["constraints"] == {"required": True, "minimum": 0}
    assert fields["value"]["unit"] == "the row's unit"
    assert "billion_vnd" in fields["unit"]["constraints"]["enum"]
    assert fields["kind"]["constraints"]["enum"][0] == "level"
    assert fields["topic"]["constraints"]["enum"][:3] == ["party", "government",
                                                          "mass_organisations"]  # fmt: skip
    assert fields["fact_id"]["constraints"]["pattern"] == r"f[0-9a-f]{10}(-\w+)?"


def test_the_units_and_variables_resources(report, exported):
    units = read_frame(exported / "units.csv")
    assert units.set_index("printed").loc["tạ/ha", ["unit", "factor", "label_en"]].tolist() == [
        "t_per_ha", 0.1, "tonnes per ha",
    ]  # fmt: skip
    assert units.set_index("printed").loc["hộ", "unit"] == "households"
    variables = read_frame(exported / "variables.csv").set_index(["subject", "measure"])
    income = variables.loc[("income_per_head", "amount")]
    assert income[["unit", "label_en"]].tolist() == ["million_vnd_per_person_year",
                                                     "Average income per head"]  # fmt: skip
    assert set(variables.index) == set(
        report.facts.loc[report.facts["subject"].ne(""), ["subject", "measure"]]
        .astype(str)
        .itertuples(index=False, name=None)
    )


def test_frictionless_validates_the_package_with_its_keys(exported):
    report = Package(exported / "datapackage.json").validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]


def test_frictionless_refuses_a_topic_row_whose_fact_is_missing(exported, tmp_path):
    _copy(exported, tmp_path)
    lines = (tmp_path / "land.csv").read_text(encoding="utf-8").split("\n")
    lines[1] = "f0000000000" + lines[1][len("f0000000000") :]  # a fact_id no fact has
    (tmp_path / "land.csv").write_text("\n".join(lines), encoding="utf-8")
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:  # the edited file's size and hash left out
        if resource["name"] == "land":
            del resource["bytes"], resource["hash"]
    (tmp_path / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    report = Package(tmp_path / "datapackage.json").validate()
    assert not report.valid
    assert [e[0] for e in report.flatten(["type"])] == ["foreign-key"]


@pytest.mark.parametrize("name", list(FRAMES))
def test_every_frame_reads_back_equal_from_csv_and_parquet(report, exported, name):
    frame = FRAMES[name].typed(getattr(report, name))
    pd.testing.assert_frame_equal(read_frame(exported / f"{name}.csv"), frame)
    pd.testing.assert_frame_equal(read_frame(exported / f"{name}.parquet"), frame)
    pd.testing.assert_frame_equal(pd.read_parquet(exported / f"{name}.parquet"), frame)


def test_lists_are_json_arrays_and_codes_stay_text(exported):
    footnotes = read_frame(exported / "footnotes.csv")
    assert footnotes["section"].iloc[0] == "1.1"
    spans = [json.loads(s) for s in footnotes["spans"]]
    assert all(isinstance(s, list) and all(len(p) == 2 for p in s) for s in spans)
    assert spans[0][0][0] == footnotes["start"].iloc[0]


@pytest.mark.parametrize("name", list(FRAMES))
def test_duckdb_reads_every_csv_with_the_declared_types(report, exported, name):
    relation = duckdb.read_csv(str(exported / f"{name}.csv"), dtype=sql_types(name), header=True)
    assert relation.columns == list(FRAMES[name].columns)
    assert [str(t) for t in relation.types] == list(sql_types(name).values())
    assert len(relation.fetchall()) == len(getattr(report, name))


def test_duckdb_keeps_codes_as_text(exported):
    section = duckdb.read_csv(str(exported / "footnotes.csv"), dtype=sql_types("footnotes"))
    assert section.project("section").limit(1).fetchall() == [("1.1",)]
    rows = duckdb.read_csv(str(exported / "appendix.csv"), dtype=sql_types("appendix"))
    assert rows.project("code, row").limit(2).fetchall() == [("1", "1"), ("1.b", "1")]


def _copy(folder: Path, to: Path) -> Path:
    for path in folder.iterdir():
        (to / path.name).write_bytes(path.read_bytes())
    return to


def test_frictionless_refuses_a_csv_that_is_not_the_one_described(exported, tmp_path):
    folder = _copy(exported, tmp_path)
    issues = folder / "issues.csv"
    issues.write_text(issues.read_text(encoding="utf-8") + "0,text,info,an added row,\n")
    report = Package(folder / "datapackage.json").validate()
    assert {e[0] for e in report.flatten(["type"])} == {"hash-count", "byte-count"}


def test_a_rebuild_that_changes_nothing_keeps_created(report, exported, tmp_path):
    folder = _copy(exported, tmp_path)
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    package["created"] = "2000-01-01T00:00:00Z"
    (folder / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    write_frames(report, folder, source=RAW_REPORT)
    rebuilt = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert rebuilt["created"] == "2000-01-01T00:00:00Z"
    write_frames(vinhbao.load_report(RAW_REPORT.read_text(encoding="utf-8")), folder)
    changed = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert "sources" not in changed and changed["created"] != "2000-01-01T00:00:00Z"
