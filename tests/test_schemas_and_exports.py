"""Every catalog frame has a schema and validates, for every layout; the schemas refuse bad frames;
the export writes every frame with a described datapackage, the same types whatever the report
lacks; data/processed is what `vinhbao build` writes now (not stale). The package itself (keys,
licences, frictionless, DuckDB, round trips) is tested in test_datapackage.py."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import vinhbao
from vinhbao.catalog import FRAMES
from vinhbao.config import DATA_PROCESSED, RAW_REPORT
from vinhbao.fields import FIELDS, description
from vinhbao.publish import schemas
from vinhbao.publish.export import package_name, write_frames

REPORTS = Path(__file__).parent / "reports"
OTHERS = ["hdnd_an_hoa_2023", "huyen_uy_tan_phu_2023", "ubnd_dong_lam_2024"]


@pytest.fixture(scope="module")
def others() -> dict[str, vinhbao.Report]:
    return {name: vinhbao.load_report(REPORTS / f"{name}.txt") for name in OTHERS}


@pytest.fixture(scope="module")
def exported(report, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("processed")
    write_frames(report, out, source=RAW_REPORT)
    return out


def _package(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def test_every_catalog_frame_has_a_schema():
    assert set(schemas.SCHEMAS) == set(FRAMES)


@pytest.mark.parametrize("name", list(FRAMES))
def test_every_frame_has_its_declared_columns_and_dtypes(report, name):
    frame = getattr(report, name)
    assert tuple(frame.columns) == FRAMES[name].columns
    assert schemas.SCHEMAS[name].validate(frame) is not None


def test_small_vocabularies_are_exported_as_categoricals_and_codes_are_text(report):
    facts = FRAMES["facts"].typed(report.facts)
    for column in ("topic", "kind", "base", "unit", "measure", "bound"):
        assert isinstance(facts[column].dtype, pd.CategoricalDtype), column
    assert list(facts["kind"].cat.categories) == [
        "level", "change_pct", "ratio_pct", "change_abs", "change_pp", "share_pct", "target",
    ]  # fmt: skip
    assert isinstance(
        FRAMES["appendix"].typed(report.appendix)["status"].dtype, pd.CategoricalDtype
    )
    assert report.appendix["status"].isna().sum() == 2  # no status printed: NA, not ''
    assert str(report.appendix["actual_start"].dtype) == "Int64"
    assert str(report.economy["derived"].dtype) == "boolean"
    assert report.economy["derived"].sum() > 0
    assert report.footnotes["section"].tolist()[:2] == ["1.1", "1.1"]
    assert report.appendix["row"].tolist()[:3] == ["1", "1", "1"]  # row 1 and its further lines


@pytest.mark.parametrize("name", ["bundled", *OTHERS])
def test_every_frame_validates(report, others, name):
    subject = report if name == "bundled" else others[name]
    frames = schemas.validate(subject)
    assert list(frames) == list(schemas.SCHEMAS)
    for frame, validated in frames.items():
        assert len(validated) == len(getattr(subject, frame)), frame


def _set(frame: str, column: str, value, where=None):
    """A mutation: `column` of the first row (or of the first row matching `where`) set."""

    def mutate(df: pd.DataFrame) -> pd.DataFrame:
        df = df.copy()
        if isinstance(df[column].dtype, pd.CategoricalDtype):  # a value outside the categories
            df[column] = df[column].astype(object)
        index = df.index[where(df)][0] if where else df.index[0]
        df.loc[index, column] = value
        return df

    return frame, mutate


def _pct(df):
    return df["unit"].eq("pct") & df["value"].notna()


def _rice_yield(df):
    return df["measure"].eq("yield") & df["kind"].eq("level")


BAD = {
    "unknown status": (*_set("appendix", "status", "done"), "in its enum"),
    "unknown kind": (*_set("facts", "kind", "amount"), "in its enum"),
    "unit in furlongs": (*_set("facts", "unit", "furlongs"), "facts.unit: in its enum: 'furlongs'"),
    "topic astrology": (*_set("economy", "topic", "astrology"), "in its enum: 'astrology'"),
    "malformed fact id": (*_set("facts", "fact_id", "x123"), "matches"),
    "low above high": (
        *_set("facts", "low", 1e12, lambda df: df["high"].notna()),
        "low <= high",
    ),
    "a figure without value or bound": (
        *_set("facts", "value", np.nan, lambda df: df["low"].isna() & df["high"].isna()),
        "a value or a bound",
    ),
    "a percentage of 5000": (*_set("facts", "value", 5000.0, _pct), "percentages within"),
    "unknown source": (*_set("facts", "source", "page 3"), "matches"),
    "rice yield in quintals": (
        *_set("rice", "value", 61.88, _rice_yield),
        "plausible rice yields",
    ),
    "duplicate target code": (*_set("targets", "code", "1.b"), "field_uniqueness: '1.b'"),
    "a figure that is no fact": (
        *_set("numbers", "fact_id", "", lambda df: df["kind"].eq("figure")),
        "a figure is a fact",
    ),
    "an empty paragraph": (*_set("paragraphs", "end", 0), "start < end"),
    "unknown audit severity": (*_set("audit", "severity", "fatal"), "in its enum"),
    "footnote line 0": (*_set("footnotes", "line", 0), "greater_than_or_equal_to"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_schema_refuses_a_bad_frame(report, case):
    frame, mutate, message = BAD[case]
    good = getattr(report, frame)
    schemas.validate_frame(frame, good)
    with pytest.raises(schemas.SchemaError, match=re.escape(message)):
        schemas.validate_frame(frame, mutate(good))


@pytest.mark.parametrize("name", list(FRAMES))
def test_a_schema_refuses_an_unknown_column_and_a_duplicated_row(report, name):
    frame = getattr(report, name)
    if frame.empty:
        pytest.skip(f"the bundled report's {name} frame is empty")
    with pytest.raises(schemas.SchemaError, match=f"^{name}: column_in_schema: 'extra'"):
        schemas.validate_frame(name, frame.assign(extra=1))
    doubled = pd.concat([frame, frame.iloc[[0]]], ignore_index=True)
    with pytest.raises(schemas.SchemaError, match="multiple_fields_uniqueness"):
        schemas.validate_frame(name, doubled)


def test_the_report_of_a_failing_validation_is_short_one_line_per_check(report):
    facts = report.facts.copy()
    facts.loc[[0, 1, 2, 3], "unit"] = "furlongs"
    facts.loc[5, "topic"] = "chiêm tinh"
    bad = vinhbao.Report(report.text)
    bad.__dict__["facts"] = facts
    with pytest.raises(schemas.SchemaError) as caught:
        bad.validate()
    lines = str(caught.value).splitlines()
    assert lines[0] == f"{len(lines) - 1} failing checks:" and len(lines) > 2
    assert [line for line in lines if line.startswith("facts.")] == [
        "facts.topic: in its enum: 'chiêm tinh' (rows 5)",
        "facts.unit: in its enum: 'furlongs' (rows 0, 1, 2 …)",
    ]


def test_datapackage_lists_every_frame_with_typed_described_fields(report, exported):
    package = _package(exported)
    assert package["name"] == "huyen-uy-vinh-bao-499-bc-hu-2023"
    assert package["title"] == "Huyện ủy Vĩnh Bảo · 499-BC/HU · 2023 as tidy tables"
    assert [r["name"] for r in package["resources"]] == list(FRAMES)
    for resource in package["resources"]:
        name = resource["name"]
        assert resource["path"] == f"{name}.csv"
        assert resource["description"] == FRAMES[name].description
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == list(getattr(report, name).columns)
        undescribed = [f["name"] for f in fields if not f.get("description")]
        assert not undescribed, f"{name}: no description in vinhbao.fields for {undescribed}"
        header = (exported / resource["path"]).read_text(encoding="utf-8").split("\n", 1)[0]
        assert header.split(",") == [f["name"] for f in fields]
    types = {
        r["name"]: {f["name"]: f["type"] for f in r["schema"]["fields"]}
        for r in package["resources"]
    }
    assert types["facts"]["value"] == "number"
    assert types["facts"]["start"] == "integer"
    assert types["facts"]["quote"] == "string"
    assert types["appendix"]["status_agrees"] == "boolean"
    assert types["appendix"]["row"] == types["footnotes"]["section"] == "string"
    assert types["footnotes"]["spans"] == "array"
    assert types["audit"]["holds"] == "boolean"
    assert types["targets"]["item"] == "integer"
    audit_kind = next(
        f for f in package["resources"][list(FRAMES).index("audit")]["schema"]["fields"]
        if f["name"] == "kind"
    )  # fmt: skip
    assert audit_kind["description"] == FIELDS["audit.kind"].description
    assert audit_kind["constraints"] == {
        "required": True,
        "enum": [
            "sum", "within", "balance", "ratio", "product", "growth", "cross", "items", "status",
        ],
    }  # fmt: skip


def test_fields_are_described_per_frame_where_they_differ():
    assert description("audit", "kind").startswith(
        "The check's shape: sum, within, balance, ratio, product, growth, cross, items, or status"
    )
    assert description("facts", "kind").startswith("level, change_pct")
    assert description("rice", "kind") == description("facts", "kind")
    assert description("facts", "no_such_column") == ""


def test_the_csvs_read_back_as_the_frames_with_plain_pandas(report, exported):
    facts = pd.read_csv(exported / "facts.csv", keep_default_na=False, na_values=[""])
    assert facts["fact_id"].tolist() == report.facts["fact_id"].tolist()
    assert facts["fact_id"].is_unique
    np.testing.assert_allclose(facts["value"], report.facts["value"], equal_nan=True)
    appendix = pd.read_csv(exported / "appendix.csv", dtype={"code": str}).set_index("code")
    assert appendix.loc["8", ["target_low", "actual", "status", "status_computed"]].tolist() == [
        5.0,
        0.4,
        "mixed",
        "not met",
    ]
    footnotes = pd.read_csv(exported / "footnotes.csv")
    assert footnotes["number"].tolist() == list(range(1, 47))


def test_a_report_lacking_parts_exports_the_same_columns_and_types(
    report, others, exported, tmp_path
):
    main_types = {
        r["name"]: [(f["name"], f["type"]) for f in r["schema"]["fields"]]
        for r in _package(exported)["resources"]
    }
    for name, other in others.items():
        out = tmp_path / name
        write_frames(other, out, source=REPORTS / f"{name}.txt")
        package = _package(out)
        assert package["name"] == package_name(other)
        source = os.path.relpath(REPORTS / f"{name}.txt", out)
        assert package["sources"][0]["path"] == Path(source).as_posix()
        types = {
            r["name"]: [(f["name"], f["type"]) for f in r["schema"]["fields"]]
            for r in package["resources"]
        }
        assert types == main_types, name
    an_hoa = tmp_path / "hdnd_an_hoa_2023"
    for frame in ("targets", "footnotes"):
        assert (an_hoa / f"{frame}.csv").read_text(encoding="utf-8") == (
            ",".join(getattr(report, frame).columns) + "\n"
        )
    assert (tmp_path / "ubnd_dong_lam_2024" / "appendix.csv").read_text(encoding="utf-8") == (
        ",".join(report.appendix.columns) + "\n"
    )


def test_package_names_come_from_the_identity(others):
    assert [package_name(r) for r in others.values()] == [
        "hdnd-an-hoa-42-bc-ktxh-2023",
        "huyen-uy-tan-phu-ha-215-bc-hu-2023",
        "ubnd-dong-lam-318-bc-ubnd-2024",
    ]
    assert package_name(vinhbao.Report("Doanh thu đạt 702,5 tỷ đồng.\n")) == "report"


def test_committed_processed_data_is_fresh(exported):
    # Parquet files are written beside the CSVs but not committed (.gitignore); `created` is the
    # time of the build, kept by a rebuild that changes nothing else, so it is not compared
    committed = sorted(p.name for p in DATA_PROCESSED.iterdir() if p.suffix != ".parquet")
    expected = sorted([*(f"{name}.csv" for name in FRAMES), "datapackage.json"])
    assert committed == expected, "data/processed holds other files: run `make build`"
    for name in (f"{name}.csv" for name in FRAMES):
        assert (DATA_PROCESSED / name).read_bytes() == (exported / name).read_bytes(), (
            f"data/processed/{name} is stale: run `make build` and commit data/processed"
        )
    fresh, committed_package = _package(exported), _package(DATA_PROCESSED)
    fresh["sources"][0]["path"] = committed_package["sources"][0]["path"]  # relative to each
    assert {**committed_package, "created": ""} == {**fresh, "created": ""}, (
        "data/processed/datapackage.json is stale: run `make build` and commit data/processed"
    )


def test_a_misprint_of_another_report_is_kept_flagged_and_still_validates(raw_text, tmp_path):
    # the corrections of data/raw/corrections.csv are 499-BC/HU's: under another number the
    # main-season yield stays as printed (61,88 "t/ha"), flagged, and the frames still validate
    other = vinhbao.load_report(raw_text.replace("499-BC/HU", "500-BC/HU"))
    assert other.identity.number == "500-BC/HU"
    rice = other.rice[other.rice["season"].eq("main") & other.rice["measure"].eq("yield")]
    assert rice["value"].tolist() == [61.88]
    assert rice["flag_notes"].tolist() == [
        "61.88 is not a plausible yield for main-season (summer) rice (2-12)"
    ]
    write_frames(other, tmp_path)
    assert _package(tmp_path)["name"] == "huyen-uy-vinh-bao-500-bc-hu-2023"
    assert "sources" not in _package(tmp_path)
    unflagged = other.rice.copy()
    unflagged.loc[rice.index, "flag_notes"] = ""
    with pytest.raises(schemas.SchemaError, match="plausible rice yields"):
        schemas.validate_frame("rice", unflagged)
