"""A second independent hand audit of the bundled report (tests/expected/hand_audit2.csv): every
relation it found that vinhbao checks is checked with the same verdict; the relations it found
missing are checked now, on invented text (invented districts, invented figures) and on the
bundled report: rates named by grades, counts listed 'of which', a change on a printed base, a
target printed in the body and in the table, target ranges of shares, rice yield growth."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import vinhbao

ROOT = Path(__file__).resolve().parents[1]

HAND = pd.read_csv(ROOT / "tests/expected/hand_audit2.csv", keep_default_na=False, dtype=str)
HEAD = "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Kinh tế - xã hội\n\n"


def audit_of(body: str) -> pd.DataFrame:
    return vinhbao.load_report(HEAD + body + "\n").audit


def rows_like(audit: pd.DataFrame, words: str) -> pd.DataFrame:
    return audit[audit["check"].str.contains(words, regex=False)]


def verdict(row: pd.Series) -> str:
    if pd.isna(row["holds"]):
        return "unevaluated"
    return row["severity"] or "holds"


# --- the hand audit against the bundled audit ---------------------------------------------------


def test_the_hand_audit_s_relations_are_checked_with_its_verdicts(report):
    audit = report.audit.set_index("check")
    checked = HAND[HAND["check"].ne("")]
    assert checked["check"].is_unique
    assert set(checked["check"]) == set(audit.index)  # every check of the audit is in the audit
    got = {c: verdict(audit.loc[c]) for c in checked["check"]}
    assert got == dict(zip(checked["check"], checked["verdict"], strict=True))


def test_the_hand_audit_s_counts():
    assert len(HAND) == 188
    assert HAND["status"].value_counts().to_dict() == {"had": 137, "missed": 33, "fixed": 18}
    assert (HAND["check"].ne("") == HAND["status"].ne("missed")).all()


# --- rates named by grades --------------------------------------------------------------------


@pytest.mark.parametrize(("weak", "expected"), [("2,5", ("holds", 100.0)),
                                                ("3,5", ("error", 101.0))])  # fmt: skip
def test_rates_named_by_grades_add_to_100(weak, expected):
    audit = audit_of(
        "Kết quả xếp loại học sinh lớp 6, 7: Hạnh kiểm Tốt, Khá đạt 97,5%, Trung bình, yếu: "
        f"{weak}%; Học lực Giỏi 30,0%, Khá 45,0%, Trung bình 25,0%."
    )
    rows = rows_like(audit, "graded shares add to 100%")
    assert len(rows) == 2  # the criterion after ';' starts another whole
    conduct = rows.iloc[0]
    assert (verdict(conduct), round(conduct["computed"], 6)) == expected
    assert conduct["check"].startswith("Hạnh kiểm Tốt, Khá đạt / Trung bình, yếu")
    assert verdict(rows.iloc[1]) == "holds"


def test_a_grade_word_in_a_longer_label_is_no_grade():
    audit = audit_of("Tỷ lệ tốt nghiệp đạt 60,5%, tỷ lệ học sinh khá đạt 39,5%.")
    assert rows_like(audit, "graded shares").empty


def test_chua_dat_is_one_grade_not_chua_and_a_link_word():
    audit = audit_of("Kết quả đánh giá học sinh lớp 3: Đạt 93,0%, Chưa đạt 7,0%.")
    assert rows_like(audit, "graded shares")["check"].tolist() == [
        "Đạt / Chưa đạt: graded shares add to 100% (body 1)"
    ]


def test_the_bundled_lower_secondary_grades(report):
    audit = report.audit.set_index("check")
    learning = audit.loc["Tốt, khá / Đạt / Chưa đạt: graded shares add to 100% (footnote 34)"]
    assert (verdict(learning), round(learning["computed"], 6)) == ("misrounding", 100.09)
    conduct = audit.loc[
        "Hạnh kiểm Tốt, Khá đạt / Trung bình, yếu: graded shares add to 100% (footnote 34)"
    ]
    assert (verdict(conduct), round(conduct["computed"], 6)) == ("error", 99.9)
    assert "98,79%" in conduct["quote"]


# --- counts listed 'of which' -------------------------------------------------------------------


@pytest.mark.parametrize(("second", "expected"), [("04", "note"), ("09", "error")])
def test_counts_listed_of_which_stay_within_their_total(second, expected):
    audit = audit_of(
        f"Hội đồng nhân dân tổ chức 12 kỳ họp trong đó 07 kỳ họp chuyên đề và {second} kỳ họp "
        "thường lệ, ban hành 40 nghị quyết."
    )
    rows = rows_like(audit, "'of which' parts within the total")
    assert len(rows) == 1 and rows.iloc[0]["kind"] == "within"
    assert verdict(rows.iloc[0]) == expected
    assert rows.iloc[0]["stated"] == 12


@pytest.mark.parametrize(
    ("listed", "checked"),
    [
        ("trong đó 60 đảng viên nữ, 70 đảng viên dưới 35 tuổi", False),  # traits overlap
        ("trong đó 60 đảng viên ở nông thôn, 70 đảng viên ở thị trấn", True),
    ],
)
def test_groups_of_people_named_by_traits_may_overlap(listed, checked):
    """People counted by traits they may share ('nữ', 'dưới 35 tuổi') need not add to within
    their total; groups of another kind do (there, 60 + 70 > 100 is an error)."""
    audit = audit_of(f"Toàn Đảng bộ có 100 đảng viên, {listed}.")
    rows = rows_like(audit, "'of which' parts within the total")
    assert len(rows) == int(checked)
    if checked:
        assert verdict(rows.iloc[0]) == "error"


def test_the_bundled_dialogues_and_sittings(report):
    audit = report.audit.set_index("check")
    for total in (11, 52):
        row = audit.loc[f"dialogues: {total} 'of which' parts within the total (footnote 10)"]
        assert (verdict(row), row["stated"], row["computed"]) == ("holds", total, total)
    sittings = rows_like(report.audit, ": 08 'of which' parts within the total (body 1.2)")
    assert sittings[["stated", "computed"]].values.tolist() == [[8, 8]]


# --- a change on a printed base -------------------------------------------------------------------


@pytest.mark.parametrize(("base", "expected"), [("170", "holds"), ("175", "error")])
def test_a_count_is_its_base_plus_its_change(base, expected):
    audit = audit_of(
        f"Toàn huyện triển khai 190 mô hình “Dân vận khéo”, tăng 20 mô hình so với đăng ký đầu "
        f"năm ({base} mô hình)."
    )
    row = rows_like(audit, "= base + change").iloc[0]
    assert (verdict(row), row["stated"]) == (expected, 190)


def test_the_bundled_models_against_their_registration(report):
    row = report.audit.set_index("check").loc[
        "mass_mobilisation_models: 213 = base + change (body 1.1)"
    ]
    assert (verdict(row), row["computed"]) == ("holds", 189 + 24)


# --- a target printed in the body and in the table --------------------------------------------

TABLE = (
    "\n\nPHỤ LỤC\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2031\n\nSố TT\tChỉ tiêu\tĐơn vị tính\t"
    "Chỉ tiêu Nghị quyết\tKết quả thực hiện năm 2031\tMức độ hoàn thành\n"
    "1\tTổng vốn đầu tư toàn xã hội\tTỷ đồng\t{plan}\t4.100\tVượt\n"
    "2\tTỷ lệ hộ nghèo\t%\tGiảm 0,3\tGiảm 0,42\tVượt\n"
)


@pytest.mark.parametrize(("plan", "expected"), [("3.800 - 4.000", ["holds", "holds"]),
                                                ("3.800 - 3.900", ["holds", "error"])])  # fmt: skip
def test_a_target_in_the_body_and_in_the_table(plan, expected):
    text = (
        HEAD
        + (
            "Tổng vốn đầu tư toàn xã hội ước đạt 4.100 tỷ đồng (KH năm: 3.800 - 4.000 tỷ đồng). "
            "Tỷ lệ hộ nghèo giảm còn 1,85% (NQ dưới 2%), giảm 0,42% so với năm 2030."
        )
        + TABLE.format(plan=plan)
    )
    audit = vinhbao.load_report(text).audit
    rows = rows_like(audit, "social_investment target")
    assert [verdict(r) for _, r in rows.iterrows()] == expected
    assert rows_like(audit, "poverty_rate target").empty  # a level's target, a change's target


def test_the_bundled_targets_restated_in_the_table(report):
    audit = report.audit.set_index("check")
    for name in ("social_investment target (low): body 2.1 = appendix row 7",
                 "income_per_head target (high): body 2.1 = appendix row 3",
                 "population_growth target: body 2.2 = appendix row 11",
                 "health_insurance target: body 2.2 = appendix row 16"):  # fmt: skip
        assert verdict(audit.loc[name]) == "holds", name


# --- target ranges of shares ---------------------------------------------------------------------


@pytest.mark.parametrize(("services", "expected"), [("28% - 29%", "holds"), ("31% - 32%", "error")])
def test_target_ranges_of_shares_cover_100(services, expected):
    text = (
        "BÁO CÁO\nKết quả năm 2031; mục tiêu, nhiệm vụ năm 2032\n\nPhần thứ hai\n\nMỤC TIÊU, "
        "NHIỆM VỤ NĂM 2032\n\nIII. MỘT SỐ CHỈ TIÊU CHỦ YẾU\n\n(1). Tổng giá trị sản xuất tăng "
        "14% - 15%;\n\n(2). Cơ cấu kinh tế (theo giá trị sản xuất):\n\n"
        "- Nông nghiệp - Thủy sản: 16% - 17%;\n"
        f"- Công nghiệp - Xây dựng: 54% - 55%;\n- Thương mại - Dịch vụ: {services}.\n"
    )
    audit = vinhbao.load_report(text).audit
    rows = rows_like(audit, "target shares cover 100%")
    assert len(rows) == 1 and verdict(rows.iloc[0]) == expected


def test_the_bundled_target_shares(report):
    rows = rows_like(report.audit, "target shares cover 100%")
    assert rows["source"].str[:12].tolist() == ["appendix row"] * 2 + ["targets (2)", "targets (4)"]
    assert rows["holds"].all()


# --- rice yield growth ----------------------------------------------------------------------


@pytest.mark.parametrize(("rate", "expected"), [("0,2", "holds"), ("1,5", "error")])
def test_rice_yield_growth_from_output_and_area(rate, expected):
    audit = audit_of(
        "Tổng diện tích gieo cấy lúa cả năm 9.000 ha, tăng 0,5% so cùng kỳ; năng suất lúa cả năm "
        f"trung bình đạt 62,00 tạ/ha, tăng {rate}% so cùng kỳ; sản lượng 55.800 tấn, tăng 0,7% so "
        "với cùng kỳ."
    )
    row = audit.set_index("check").loc["rice yield growth: output's rate / area's rate"]
    assert verdict(row) == expected


@pytest.mark.parametrize(
    "tail",
    ["vượt 20 mô hình so với kế hoạch; năm 2030 có 150 mô hình",
     "vượt 20 mô hình so với kế hoạch (năm 2030: 150 mô hình)"],
)  # fmt: skip
def test_a_change_on_the_plan_is_no_change_on_last_year_s_count(tail):
    """The change is on the plan; last year's count is no base of it: no check, no finding."""
    audit = audit_of(f"Toàn huyện triển khai 190 mô hình “Dân vận khéo”, {tail}.")
    assert rows_like(audit, "= base + change").empty


def test_a_change_on_last_year_s_count_printed_after_it():
    audit = audit_of(
        "Toàn huyện có 190 mô hình, tăng 20 mô hình so với năm 2030 (năm 2030: 175 mô hình)."
    )
    row = rows_like(audit, "= base + change").iloc[0]
    assert (verdict(row), row["computed"]) == ("error", 195)


def test_target_rates_of_other_subjects_are_no_shares_of_one_whole():
    """Two rates of one target item whose midpoints add to nearly 100 split no whole."""
    text = (
        "BÁO CÁO\nKết quả năm 2031; mục tiêu, nhiệm vụ năm 2032\n\nPhần thứ hai\n\nMỤC TIÊU, "
        "NHIỆM VỤ NĂM 2032\n\nIII. MỘT SỐ CHỈ TIÊU CHỦ YẾU\n\n(1). Tỷ lệ dân số tham gia bảo "
        "hiểm y tế 95 - 96%, tỷ lệ hộ nghèo còn 1 - 1,5%.\n"
    )
    assert rows_like(vinhbao.load_report(text).audit, "target shares cover 100%").empty
