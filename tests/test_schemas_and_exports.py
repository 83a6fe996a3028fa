"""Every catalog frame has a schema and validates, for every layout; the schemas refuse bad frames;
the export writes every frame with a described datapackage, the same types whatever the report
lacks; data/processed is what `vinhbao build` writes now (not stale)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import vinhbao
from vinhbao.catalog import FRAMES
from vinhbao.config import DATA_PROCESSED, RAW_REPORT, ROOT
from vinhbao.fields import FIELDS, description
from vinhbao.publish import schemas
from vinhbao.publish.export import package_name, sha256, write_frames

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
        index = df.index[where(df)][0] if where else df.index[0]
        df.loc[index, column] = value
        return df

    return frame, mutate


def _pct(df):
    return df["unit"].eq("pct") & df["value"].notna()


def _rice_yield(df):
    return df["measure"].eq("yield") & df["kind"].eq("level")


BAD = {
    "unknown status": (*_set("appendix", "status", "done"), "isin"),
    "unknown kind": (*_set("facts", "kind", "amount"), "isin"),
    "malformed fact id": (*_set("facts", "fact_id", "x123"), "str_matches"),
    "low above high": (
        *_set("facts", "low", 1e12, lambda df: df["high"].notna()),
        "low <= high",
    ),
    "a figure without value or bound": (
        *_set("facts", "value", np.nan, lambda df: df["low"].isna() & df["high"].isna()),
        "a value or a bound",
    ),
    "a percentage of 5000": (*_set("facts", "value", 5000.0, _pct), "percentages within"),
    "unknown source": (*_set("facts", "source", "page 3"), "str_matches"),
    "rice yield in quintals": (
        *_set("rice", "value", 61.88, _rice_yield),
        "plausible rice yields",
    ),
    "duplicate target code": (*_set("targets", "code", "1.b"), "duplicate"),
    "a figure that is no fact": (
        *_set("numbers", "fact_id", "", lambda df: df["kind"].eq("figure")),
        "a figure is a fact",
    ),
    "an empty paragraph": (*_set("paragraphs", "end", 0), "start < end"),
    "unknown audit severity": (*_set("audit", "severity", "fatal"), "isin"),
    "footnote line 0": (*_set("footnotes", "line", 0), "greater_than_or_equal_to"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_schema_refuses_a_bad_frame(report, case):
    frame, mutate, message = BAD[case]
    good = getattr(report, frame)
    schemas.SCHEMAS[frame].validate(good, lazy=True)
    with pytest.raises(Exception, match=message):
        schemas.SCHEMAS[frame].validate(mutate(good), lazy=True)


def test_the_facts_schema_refuses_an_unknown_column(report):
    with pytest.raises(Exception, match="extra"):
        schemas.facts.validate(report.facts.assign(extra=1))


def test_datapackage_lists_every_frame_with_typed_described_fields(report, exported):
    package = _package(exported)
    assert package["name"] == "huyen-uy-vinh-bao-499-bc-hu-2023"
    assert package["title"] == "Huyện ủy Vĩnh Bảo · 499-BC/HU · 2023 as tidy tables"
    assert [r["name"] for r in package["resources"]] == list(FRAMES)
    assert package["sources"] == [
        {
            "title": "Huyện ủy Vĩnh Bảo · 499-BC/HU · 2023-12-19",
            "path": RAW_REPORT.relative_to(ROOT).as_posix(),
            "hash": f"sha256:{sha256(RAW_REPORT)}",
        }
    ]
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
    assert types["audit"]["holds"] == "boolean"
    assert types["targets"]["item"] == "integer"
    audit_kind = next(
        f for f in package["resources"][list(FRAMES).index("audit")]["schema"]["fields"]
        if f["name"] == "kind"
    )  # fmt: skip
    assert audit_kind["description"] == FIELDS["audit.kind"]


def test_fields_are_described_per_frame_where_they_differ():
    assert description("audit", "kind") == "sum, balance, ratio, product, growth or cross"
    assert description("facts", "kind").startswith("level, change_pct")
    assert description("rice", "kind") == description("facts", "kind")
    assert description("facts", "no_such_column") == ""


def test_the_csvs_read_back_as_the_frames(report, exported):
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
        assert package["sources"][0]["path"] == f"tests/reports/{name}.txt"
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
    committed = sorted(p.name for p in DATA_PROCESSED.iterdir())
    expected = sorted([*(f"{name}.csv" for name in FRAMES), "datapackage.json"])
    assert committed == expected, "data/processed holds other files: run `make build`"
    for name in expected:
        assert (DATA_PROCESSED / name).read_bytes() == (exported / name).read_bytes(), (
            f"data/processed/{name} is stale: run `make build` and commit data/processed"
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
    with pytest.raises(Exception, match="plausible rice yields"):
        schemas.rice.validate(unflagged)
