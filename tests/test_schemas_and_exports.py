"""Every frame validates; data/processed is what `vinhbao build` writes now (not stale)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from vinhbao.config import DATA_PROCESSED, RAW_REPORT
from vinhbao.publish import schemas
from vinhbao.publish.export import FRAMES, sha256, write_frames


def test_every_frame_validates(report):
    frames = schemas.validate(report)
    assert set(frames) == set(FRAMES)


def test_a_schema_refuses_a_bad_frame(report):
    bad = report.appendix.copy()
    bad.loc[0, "status"] = "done"
    with pytest.raises(Exception, match="isin"):
        schemas.appendix.validate(bad)
    negative = report.cases.copy()
    negative.loc[0, "value"] = -1
    with pytest.raises(Exception, match="non-negative"):
        schemas.SCHEMAS["cases"].validate(negative)


def test_committed_processed_data_is_fresh(report, tmp_path):
    write_frames(report, tmp_path, source=RAW_REPORT)
    for name in [*FRAMES, "datapackage"]:
        suffix = ".json" if name == "datapackage" else ".csv"
        committed = DATA_PROCESSED / f"{name}{suffix}"
        assert committed.exists(), f"{committed} missing: run `make build`"
        assert committed.read_bytes() == (tmp_path / f"{name}{suffix}").read_bytes(), (
            f"{committed} is stale: run `make build` and commit data/processed"
        )


def test_datapackage_describes_files_and_source():
    package = json.loads((DATA_PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    names = [r["name"] for r in package["resources"]]
    assert names == list(FRAMES)
    assert package["sources"][0]["hash"] == f"sha256:{sha256(RAW_REPORT)}"
    facts = next(r for r in package["resources"] if r["name"] == "facts")
    fields = {f["name"]: f for f in facts["schema"]["fields"]}
    assert fields["value"]["type"] == "number"
    assert "description" in fields["quote"]
    csv = pd.read_csv(DATA_PROCESSED / "facts.csv")
    assert list(csv.columns) == list(fields)
