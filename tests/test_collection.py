"""Several reports side by side, each frame with a `report` column."""

from __future__ import annotations

import pytest

import vinhbao
from vinhbao.collection import metadata


def test_metadata_is_read_from_the_text(report):
    assert metadata(report) == {
        "issuer": "Huyện ủy Vĩnh Bảo",
        "number": "499-BC/HU",
        "date": "2023-12-19",
        "year": "2023",
    }


def test_load_reports_stacks_frames_with_a_report_column(raw_text):
    altered = raw_text.replace("\t6.150\tVượt", "\t6.250\tVượt")
    collection = vinhbao.load_reports([None, altered])
    assert len(collection) == 2
    assert collection.labels == [
        "Huyện ủy Vĩnh Bảo · 499-BC/HU · 2023",
        "Huyện ủy Vĩnh Bảo · 499-BC/HU · 2023 (2)",
    ]
    appendix = collection.appendix
    assert list(appendix.columns[:2]) == ["report", "code"]
    investment = appendix[appendix["code"] == "7"].set_index("report")["actual"]
    assert investment.tolist() == [6150, 6250]
    assert collection.facts.groupby("report").size().nunique() == 1
    with pytest.raises(AttributeError):
        _ = collection.not_a_frame
