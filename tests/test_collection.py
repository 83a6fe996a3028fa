"""Several reports side by side: identities read from each text, every catalog frame stacked with a
`report` column, the types of the columns kept where a report lacks a part."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import vinhbao
from vinhbao.catalog import FRAMES
from vinhbao.collection import ReportCollection
from vinhbao.read.identity import Identity

REPORTS = Path(__file__).parent / "reports"
SOURCES = [
    None,
    REPORTS / "hdnd_an_hoa_2023.txt",
    REPORTS / "huyen_uy_tan_phu_2023.txt",
    REPORTS / "ubnd_dong_lam_2024.txt",
]
VINH_BAO = "Huyện ủy Vĩnh Bảo · 499-BC/HU · 2023"
AN_HOA = "HĐND An Hòa · 42/BC-KTXH · 2023"
TAN_PHU = "Huyện ủy Tân Phú Hạ · 215-BC/HU · 2023"
DONG_LAM = "UBND Đông Lâm · 318/BC-UBND · 2024"
LABELS = [VINH_BAO, AN_HOA, TAN_PHU, DONG_LAM]

IDENTITIES = {
    VINH_BAO: Identity("Huyện ủy Vĩnh Bảo", "499-BC/HU", "2023-12-19", 2023, 2024, "Vĩnh Bảo"),
    AN_HOA: Identity("HĐND An Hòa", "42/BC-KTXH", "2023-12-08", 2023, 2024, "An Hòa"),
    TAN_PHU: Identity("Huyện ủy Tân Phú Hạ", "215-BC/HU", "2023-12-14", 2023, 2024, "Tân Phú Hạ"),
    DONG_LAM: Identity("UBND Đông Lâm", "318/BC-UBND", "2024-12-02", 2024, 2025, "Đông Lâm"),
}


@pytest.fixture(scope="module")
def collection():
    return vinhbao.load_reports(SOURCES)


def test_identities_are_read_from_the_texts(collection):
    assert {r.identity.label: r.identity for r in collection.reports} == IDENTITIES
    assert collection.labels == LABELS
    assert repr(collection) == f"<ReportCollection of 4: {', '.join(LABELS)}>"
    assert IDENTITIES[VINH_BAO].row() == {
        "issuer": "Huyện ủy Vĩnh Bảo",
        "number": "499-BC/HU",
        "date": "2023-12-19",
        "year": 2023,
        "next_year": 2024,
        "place": "Vĩnh Bảo",
        "next_year_only": False,
    }


def test_a_text_saying_nothing_of_itself_is_labelled_report():
    identity = vinhbao.Report("1. Kinh tế\n\nDoanh thu dịch vụ đạt 702,5 tỷ đồng.\n").identity
    assert (identity.issuer, identity.number, identity.date) == ("", "", "")
    assert identity.label == "report"


@pytest.mark.parametrize("name", list(FRAMES))
def test_every_frame_is_stacked_with_a_report_column(collection, name):
    stacked = collection.frame(name)
    parts = [getattr(r, name) for r in collection.reports]
    assert list(stacked.columns) == ["report", *parts[0].columns]
    assert str(stacked["report"].dtype) == "str"
    sizes = stacked.groupby("report", sort=False).size()
    assert sizes.to_dict() == {
        label: len(p) for label, p in zip(LABELS, parts, strict=True) if len(p)
    }
    for label, part in zip(LABELS, parts, strict=True):
        mine = stacked[stacked["report"] == label].drop(columns="report").reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, part.reset_index(drop=True), check_dtype=False)
    assert getattr(collection, name).equals(stacked)


def test_stacking_keeps_the_types_where_a_report_lacks_a_part(collection):
    # An Hòa has no footnotes and no target list, Đông Lâm no appendix
    assert [len(r.footnotes) for r in collection.reports] == [46, 0, 6, 5]
    assert [r.targets.empty for r in collection.reports] == [False, True, False, False]
    assert [r.appendix.empty for r in collection.reports] == [False, False, False, True]
    footnotes, targets = collection.footnotes, collection.targets
    appendix, issues = collection.appendix, collection.issues
    for frame, column in [
        (footnotes, "number"), (footnotes, "start"), (footnotes, "line"), (footnotes, "pieces"),
        (targets, "start"), (targets, "line"), (appendix, "start"), (appendix, "level"),
        (issues, "line"),
    ]:  # fmt: skip
        assert frame[column].dtype == "int64", column
    assert footnotes.groupby("report", sort=False)["number"].max().to_dict() == {
        VINH_BAO: 46,
        TAN_PHU: 6,
        DONG_LAM: 5,
    }


def test_the_same_figure_across_reports(collection):
    facts = collection.facts
    investment = facts[
        facts["subject"].eq("social_investment")
        & facts["kind"].eq("level")
        & facts["source"].str.startswith("body")
    ]
    assert investment.set_index("report")["value"].to_dict() == {
        VINH_BAO: 6150.0,
        AN_HOA: 3105.0,
        TAN_PHU: 5860.0,
        DONG_LAM: 4950.0,
    }
    assert set(investment["unit"]) == {"billion_vnd"}


def test_duplicate_labels_are_numbered(raw_text, report):
    altered = raw_text.replace("\t6.150\tVượt", "\t6.250\tVượt")
    assert altered != raw_text
    pair = ReportCollection([report, vinhbao.load_report(altered)])
    assert len(pair) == 2
    assert pair.labels == [VINH_BAO, f"{VINH_BAO} (2)"]
    appendix = pair.appendix
    investment = appendix[appendix["code"] == "7"].set_index("report")["actual"]
    assert investment.to_dict() == {VINH_BAO: 6150, f"{VINH_BAO} (2)": 6250}
    assert pair.facts.groupby("report").size().tolist() == [len(report.facts)] * 2


def test_a_name_that_is_no_frame_is_refused(collection):
    with pytest.raises(AttributeError, match="not_a_frame"):
        _ = collection.not_a_frame
    with pytest.raises(AttributeError):
        _ = collection.targets_2024  # the old name of `targets`
