"""Arithmetic a hand audit found unchecked, on invented text and on the bundled report: a count
against the parts its footnote lists, grade shares of pupils, one plenum's link points counted
twice, one count's rate of the plan printed twice, a target restated at a coarser precision."""

from __future__ import annotations

import pandas as pd
import pytest

import vinhbao
from vinhbao.derive.audit import run_checks
from vinhbao.rules.checks import Check

HEAD = "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n\nI. KẾT QUẢ\n\n1. Công tác xây dựng Đảng\n\n"


def audit_of(body: str) -> pd.DataFrame:
    return vinhbao.load_report(HEAD + body + "\n").audit


def rows_like(audit: pd.DataFrame, words: str) -> pd.DataFrame:
    return audit[audit["check"].str.contains(words, regex=False)]


def verdict(row: pd.Series) -> tuple:
    return row["stated"], round(row["computed"], 6), row["holds"], row["severity"]


# --- a count against the parts its footnote lists ------------------------------------------


@pytest.mark.parametrize(("reappointed", "expected"), [("02", (20, 19, False, "error")),
                                                       ("03", (20, 20, True, ""))])  # fmt: skip
def test_a_count_against_the_parts_its_footnote_lists(reappointed, expected):
    audit = audit_of(
        "Thực hiện điều động, bổ nhiệm cho 20 đồng chí cán bộ lãnh đạo quản lý¹. Kết nạp 30 "
        f"đảng viên.\n\n¹ Điều động 05, bổ nhiệm 12, bổ nhiệm lại {reappointed} đồng chí.\n"
    )
    rows = rows_like(audit, "parts listed in footnote 1")
    assert len(rows) == 1 and rows.iloc[0]["kind"] == "sum"
    assert verdict(rows.iloc[0]) == expected
    assert rows.iloc[0]["source"] == "body 1, footnote 1"


def test_the_count_a_marker_follows_is_the_sentence_s_own_not_a_bracketed_aside():
    audit = audit_of(
        "Triển khai 50 mô hình, tăng 05 mô hình so với đăng ký đầu năm (45 mô hình)¹.\n\n"
        "¹ 20 mô hình kinh tế (12 mô hình trồng trọt, 08 mô hình chăn nuôi) và 30 mô hình văn "
        "hóa.\n"
    )
    row = rows_like(audit, "parts listed in footnote 1").iloc[0]
    assert verdict(row) == (50, 50, True, "")


@pytest.mark.parametrize("footnote", [
    "¹ Gồm 52 đơn kiến nghị; 29 đơn khiếu nại; 12 đơn tố cáo.",  # details the 93, not the 88
    "¹ Điều động 05 đồng chí, chiếm 25%; bổ nhiệm 15 đồng chí.",  # not only counts
])  # fmt: skip
def test_no_footnote_check_where_the_footnote_may_detail_another_figure(footnote):
    body = (
        "Tiếp nhận 93 đơn, đã giải quyết 88 đơn, đạt 94,6%¹."
        if "đơn" in footnote
        else "Điều động, bổ nhiệm cho 20 đồng chí¹."
    )
    audit = audit_of(f"{body}\n\n{footnote}\n")
    assert rows_like(audit, "parts listed in footnote").empty


def test_the_bundled_cadres_moved_against_footnote_6(report):
    row = report.audit.set_index("check").loc[
        "kéo dài thời gian giữ chức vụ: 67 = parts listed in footnote 6 (body 1.1)"
    ]
    assert (row["kind"], row["unit"], row["source"]) == ("sum", "comrades", "body 1.1, footnote 6")
    assert verdict(row) == (67, 2 + 1 + 16 + 28 + 6 + 2 + 3 + 1, False, "error")
    assert "67 đồng chí" in row["quote"] and len(row["fact_ids"].split()) == 9
    models = report.audit.set_index("check").loc[
        "mass_mobilisation_models: 213 = parts listed in footnote 9 (body 1.1)"
    ]
    assert verdict(models) == (213, 68 + 145, True, "")  # the 213, not the bracketed 189


# --- grade shares of pupils -------------------------------------------------------------------


GRADES = [("27,3", (100, 99.0, False, "error")), ("28,3", (100, 100.0, True, ""))]


@pytest.mark.parametrize(("satisfactory", "expected"), GRADES)
def test_pupils_grade_shares_add_to_100(satisfactory, expected):
    audit = audit_of(
        "Kết quả đánh giá xếp loại học sinh lớp 1, 2: HTXS 40,5% (tăng 0,1%), HTT 30,2% (tăng "
        f"1,2%), HT {satisfactory}% (1,1%), KHT 1,0% (tăng 0,2%)."
    )
    row = rows_like(audit, "pupil_grades: shares add to 100%").iloc[0]
    assert verdict(row) == expected
    assert len(row["fact_ids"].split()) == 4  # the bracketed '(1,1%)' qualifies HT: no part


def test_pupils_grades_are_rates_of_their_grade_and_their_changes_points():
    facts = vinhbao.load_report(
        HEAD + "Đánh giá xếp loại học sinh lớp 4, 5: HTT 56,5% (giảm 0,1%), HT 43,0%, CHT 0,5%.\n"
    ).facts
    grades = facts[facts["subject"].eq("pupil_grades")]
    assert grades[["aspect", "kind", "value"]].values.tolist() == [
        ["good", "level", 56.5], ["good", "change_pp", -0.1],
        ["satisfactory", "level", 43.0], ["not_yet_completed", "level", 0.5],
    ]  # fmt: skip


def test_the_bundled_pupils_grades_miss_100(report):
    audit = report.audit.set_index("check")
    first = audit.loc["pupil_grades: shares add to 100% (footnote 34)"]
    assert verdict(first) == (100, round(48.96 + 19.78 + 29.53 + 0.72, 6), False, "error")
    second = audit.loc["pupil_grades: shares add to 100% (footnote 34) #2"]
    assert verdict(second) == (100, round(56.56 + 41.88 + 0.24, 6), False, "error")


# --- one plenum's link points counted twice ---------------------------------------------------


@pytest.mark.parametrize(("points", "expected"), [("31", (30, 31, False, "error")),
                                                  ("30", (30, 30, True, ""))])  # fmt: skip
def test_a_plenum_s_link_points_in_the_body_and_a_footnote(points, expected):
    audit = audit_of(
        "Quán triệt các nghị quyết đúng tiến độ¹. Tuyên truyền kết quả Hội nghị Ban Chấp hành "
        "Trung ương Đảng tại 30 điểm cầu với trên 5.000 đảng viên tham gia.\n\n¹ Hội nghị trực "
        "tuyến quán triệt Quy định số 85-QĐ/TW; tuyên truyền kết quả Hội nghị Ban Chấp hành Trung "
        f"ương Đảng tới {points} điểm cầu trong toàn huyện, với gần 6000 đảng viên tham dự.\n"
    )
    row = audit.set_index("check").loc["Central Committee plenum: link points, body = footnote"]
    assert verdict(row) == expected


def test_the_bundled_plenum_link_points(report):
    row = report.audit.set_index("check").loc[
        "Central Committee plenum: link points, body = footnote"
    ]
    assert verdict(row) == (34, 35, False, "error")
    assert row["source"] == "body 1.1, footnote 3"
    assert "34 điểm cầu" in row["quote"] and "35 điểm cầu" in row["computed_quote"]


# --- one count's rate of the plan printed twice -------------------------------------------------


def test_one_count_s_rate_of_the_plan_printed_in_two_parts():
    audit = audit_of(
        "Thành lập 10/6 tổ chức công đoàn (166% KH), 2/2 tổ chức đoàn thanh niên (100% KH).\n\n"
        "2. Công tác Mặt trận\n\nThành lập mới 10 công đoàn cơ sở đạt 167% kế hoạch; kết nạp 8 "
        "đoàn viên đạt 133% kế hoạch.\n"
    )
    rows = rows_like(audit, ": body 1 = body 2")
    assert len(rows) == 1  # the 2/2 youth unions and the 8 members are no printing of the 10
    assert verdict(rows.iloc[0]) == (167, 166, False, "misrounding")
    ratio = rows_like(audit, "count / plan stated as %").iloc[0]
    assert ratio["severity"] == "misrounding"  # 10/6 is 166,67: 167 is the right rounding


def test_the_bundled_trade_unions_rate_printed_twice(report):
    audit = report.audit.set_index("check")
    row = audit.loc["thành lập: body 1.1 = body 1.3"]
    assert verdict(row) == (167, 166, False, "misrounding")
    assert "167% kế hoạch" in row["quote"] and "166% KH" in row["computed_quote"]
    ratio = audit.loc["thành lập: count / plan stated as % (body 1.1)"]
    assert verdict(ratio) == (166, round(1000 / 6, 6), False, "misrounding")


# --- a target restated at a coarser precision ---------------------------------------------------

CROSS = Check(
    "poverty target: section 1 = section 2", "cross",
    "{poverty_rate.rate:target@body 1}", "{poverty_rate.rate:target@body 2^high}",
)  # fmt: skip


@pytest.mark.parametrize(("high", "expected"), [("1,23", (1.2, 1.23, True, "note")),
                                                ("1,26", (1.2, 1.26, False, "error"))])  # fmt: skip
def test_a_target_restated_at_a_coarser_precision_is_a_note(high, expected):
    text = (
        "1. Xã hội\n\nTỷ lệ hộ nghèo còn 1,1% (NQ 1,2%).\n\n2. Giảm nghèo\n\nTỷ lệ hộ nghèo "
        f"còn 1,1% (NQ dưới {high}%).\n"
    )
    r = vinhbao.load_report(text)
    row = run_checks(r.fact_rows, r.text, r.style, r.identity.year, (CROSS,)).iloc[0]
    assert (row["stated"], round(row["computed"], 6), row["holds"], row["severity"]) == expected
    # 1,23 rounds to 1,2: the same target; 1,26 rounds to 1,3: another target
    if row["holds"]:
        assert row["note"] == "a target restated at a coarser precision: 1.2 is 1.23 rounded"


def test_the_bundled_stunting_target_is_a_rounding_of_the_table_s(report):
    row = report.audit.set_index("check").loc["stunting target: body = table"]
    assert verdict(row) == (11.9, 11.91, True, "note")
    assert row["note"].endswith("a target restated at a coarser precision: 11.9 is 11.91 rounded")


def _audit(body: str):
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n{body}\n"
    return vinhbao.load_report(text).audit


def test_rates_of_dossier_aspects_are_no_split_of_one_whole():
    audit = _audit("1. Hành chính\n\nTiếp nhận 1.200 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 97%, "
                   "tỷ lệ hồ sơ trực tuyến đạt 5%.")  # fmt: skip
    assert not audit["check"].str.contains("shares add to 100").any()


def test_footnote_attributes_adding_to_more_than_the_count_are_no_parts():
    audit = _audit("1. Đảng\n\nKết nạp 30 đảng viên mới¹.\n\n¹ Trong đó nữ 12, đoàn viên 25.")
    assert not audit["check"].str.contains("parts listed in footnote 1").any()


def test_footnote_kinds_adding_to_more_than_the_count_are_an_error():
    """Parts that are kinds, not traits people may share, adding to more than their count: the
    report's own error, found (before, any over-sum was taken for overlapping traits)."""
    audit = _audit("1. Đảng\n\nĐã nhận 146 đơn¹.\n\n¹ Gồm 98 đơn tố cáo, 37 đơn khiếu nại, 13 đơn "
                   "kiến nghị.")  # fmt: skip
    row = audit[audit["check"].str.contains("parts listed in footnote 1")].iloc[0]
    assert (row["stated"], row["computed"], row["holds"]) == (146, 148, False)


def test_a_plan_rate_far_from_its_count_is_not_matched_across_sections():
    audit = _audit("1. Kinh tế\n\nXây dựng 5 mô hình kinh tế. Công tác khuyến nông được quan tâm, "
                   "hoàn thành 95% kế hoạch.\n\n2. Xã hội\n\nDuy trì 5 mô hình. Công tác dân vận "
                   "được tăng cường, hoàn thành 120% kế hoạch.")  # fmt: skip
    assert not audit["check"].str.contains("body 1 = body 2").any()
    same = _audit("1. Kinh tế\n\nXây dựng mới 5 mô hình, hoàn thành 95% kế hoạch.\n\n2. Xã hội"
                  "\n\nXây dựng mới 5 mô hình, đạt 96% kế hoạch.")  # fmt: skip
    row = same[same["check"].str.contains("body 1 = body 2")].iloc[0]
    assert (row["stated"], row["computed"], row["holds"]) == (96, 95, False)
