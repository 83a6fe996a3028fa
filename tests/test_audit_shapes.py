"""Checks generated from the shape of the facts, on invented text: a total and its parts
(complete or 'of which'), a part printed again in another unit, nested brackets, shares of one
whole, a rate printed in two parts; and a declared check covering a generated one."""

from __future__ import annotations

import pandas as pd
import pytest

import vinhbao
from vinhbao.derive.audit import run_audit
from vinhbao.rules.checks import Check

HEAD = "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n\nI. KẾT QUẢ\n\n1. Công tác xây dựng Đảng\n\n"


def audit_of(body: str) -> pd.DataFrame:
    return vinhbao.load_report(HEAD + body + "\n").audit


def generated(audit: pd.DataFrame) -> pd.DataFrame:
    return audit[audit["note"].str.startswith("generated")]


def only_row(audit: pd.DataFrame, kind: str) -> pd.Series:
    rows = generated(audit)
    rows = rows[rows["kind"].eq(kind)]
    assert len(rows) == 1, rows[["check", "kind", "stated", "computed"]]
    return rows.iloc[0]


def test_a_complete_list_in_brackets_that_misses_its_total_is_an_error():
    audit = audit_of("Tổ chức 41 buổi tuyên truyền (trực tiếp 30, trực tuyến 06, lưu động 04).")
    row = only_row(audit, "sum")
    assert (row["stated"], row["computed"]) == (41, 40)
    assert (row["holds"], row["severity"]) == (False, "error")
    assert row["unit"] == "sessions"  # the parts printed bare take their total's unit


def test_a_complete_list_that_reaches_its_total_holds():
    audit = audit_of("Tổ chức 40 buổi tuyên truyền (trực tiếp 30, trực tuyến 06, lưu động 04).")
    row = only_row(audit, "sum")
    assert (row["stated"], row["computed"], row["holds"], row["severity"]) == (40, 40, True, "")


def test_an_of_which_list_below_its_total_holds_with_its_residual():
    audit = audit_of("Trồng mới 5.000 m² cây xanh, trong đó khu dân cư 1.200 m², trường học "
                     "3.000 m².")  # fmt: skip
    row = only_row(audit, "within")
    assert (row["holds"], row["severity"], row["difference"]) == (True, "note", 800)
    assert "residual 800 m2" in row["note"]


def test_an_of_which_list_above_its_total_is_an_error():
    audit = audit_of("Trồng mới 5.000 m² cây xanh, trong đó khu dân cư 2.200 m², trường học "
                     "3.000 m².")  # fmt: skip
    row = only_row(audit, "within")
    assert (row["holds"], row["severity"], row["computed"]) == (False, "error", 5200)


def test_a_part_restated_in_another_unit_is_counted_once():
    audit = audit_of("Tiếp nhận 120 đơn, trong đó đã giải quyết 90 đơn, bằng 90 vụ việc (khiếu "
                     "nại 10 đơn, tố cáo 20 đơn, kiến nghị 60 vụ việc), đang giải quyết 30 đơn, "
                     "bằng 30 vụ việc.")  # fmt: skip
    rows = generated(audit).set_index("kind")
    assert rows.loc["within", "computed"] == 120  # 90 + 30, not 90 + 90 + 30 + 30
    assert rows.loc["sum", "computed"] == 90 and rows.loc["sum", "holds"]  # nouns of one count


def test_a_bracket_inside_a_list_holds_the_parts_of_its_own_figure():
    audit = audit_of("Xếp loại 50 tập thể (20 hoàn thành xuất sắc nhiệm vụ, 30 hoàn thành tốt "
                     "nhiệm vụ và 60 cá nhân (10 hoàn thành xuất sắc nhiệm vụ, 50 hoàn thành tốt "
                     "nhiệm vụ)).")  # fmt: skip
    rows = generated(audit)
    assert sorted(zip(rows["stated"], rows["computed"], rows["holds"], strict=True)) == [
        (50, 50, True), (60, 60, True)]  # fmt: skip


def test_shares_of_one_whole_add_to_100_at_their_printed_precision():
    holds = audit_of(
        "Kỷ luật do vi phạm chính sách dân số 20 trường hợp (chiếm 57,14%); tham "
        "nhũng 10 trường hợp (chiếm 28,57%); vi phạm khác 05 (chiếm 14,29%)."
    )
    row = only_row(holds, "sum")
    assert row["stated"] == 100 and row["holds"]
    misses = audit_of(
        "Kỷ luật do vi phạm chính sách dân số 20 trường hợp (chiếm 57,14%); tham "
        "nhũng 10 trường hợp (chiếm 28,57%); vi phạm khác 05 (chiếm 15,29%)."
    )
    row = only_row(misses, "sum")
    assert row["computed"] == pytest.approx(101) and row["severity"] == "error"


def test_shares_far_from_a_whole_are_not_checked():
    audit = audit_of("Tỷ lệ hộ nghèo còn 1,2%; tỷ lệ hộ cận nghèo còn 2,5%.")
    assert generated(audit).empty


def test_a_declared_check_covering_the_same_figures_replaces_the_generated_one():
    report = vinhbao.load_report(HEAD + "Kết nạp 30 đảng viên (nam 12, nữ 17).\n")
    facts = report.facts
    ids = dict(zip(facts["value"], facts["fact_id"], strict=True))
    declared = (Check("members: men + women", "sum", f"{{fact:{ids[30]}}}",
                      f"{{fact:{ids[12]}}} + {{fact:{ids[17]}}}"),)  # fmt: skip
    generated_ = (Check("generated twin", "sum", f"{{fact:{ids[30]}}}",
                        f"{{fact:{ids[12]}}} + {{fact:{ids[17]}}}", "generated"),)  # fmt: skip
    audit = run_audit(report.fact_rows, report.text, report.style, 2025, declared, generated_)
    assert audit["check"].tolist() == ["members: men + women"]
    assert audit["computed"].tolist() == [29] and audit["holds"].tolist() == [False]


def test_a_count_against_the_names_listed_after_it():
    holds = audit_of("Hoàn thành xây dựng nông thôn mới tại 03 xã: An Lạc, Bình Minh và Cát Tiên.")
    row = only_row(holds, "items")
    assert (row["stated"], row["computed"], row["holds"]) == (3, 3, True)
    assert row["note"].endswith("An Lạc, Bình Minh, Cát Tiên")
    misses = audit_of("Diễn tập phòng thủ tại 04 xã An Lạc, Bình Minh, Cát Tiên.")
    row = only_row(misses, "items")
    assert (row["stated"], row["computed"], row["severity"]) == (4, 3, "error")


def test_names_that_are_not_a_list_are_not_counted():
    audit = audit_of("Có 06 trường Tiểu học và 06 trường Trung học cơ sở đạt chuẩn; Nhất 28 giải, "
                     "Nhì 34 giải.")  # fmt: skip
    assert generated(audit)[generated(audit)["kind"].eq("items")].empty


def test_rounds_announced_against_the_rounds_listed():
    audit = audit_of("Trao Huy hiệu Đảng đợt 03/02, 19/5 cho 90 đồng chí (trong đó: đợt 03/02: 40; "
                     "đợt 19/5: 30 và đợt 02/9: 20).")  # fmt: skip
    rows = generated(audit)
    row = rows[rows["check"].str.contains("rounds")].iloc[0]
    assert (row["stated"], row["computed"], row["holds"]) == (2, 3, False)
    assert row["note"].endswith("rounds announced 3/2, 19/5; rounds listed 3/2, 19/5, 2/9")


def test_a_count_over_its_plan_printed_with_a_rate_of_the_plan():
    audit = audit_of("Thành lập 10/6 tổ chức công đoàn (166% KH); kết nạp 73/79 đoàn viên (đạt "
                     "105% KH).")  # fmt: skip
    rows = generated(audit)
    rows = rows[rows["kind"].eq("ratio")]
    assert rows["stated"].tolist() == [166]  # 73/79 = 92,4%: 79 is a whole, not the plan
    assert rows["computed"].iloc[0] == pytest.approx(1000 / 6)
    assert rows["severity"].tolist() == ["misrounding"]


def test_findings_for_a_reader_carry_every_figure_passage_and_the_section(report):
    from vinhbao.notebook.findings import by_section, findings

    found = findings(report).set_index("check")
    rounds = found.loc["party_badges: rounds announced = rounds listed (body 1.1)"]
    assert (rounds["section"], rounds["origin"], rounds["severity"]) == (
        "1.1",
        "generated",
        "error",
    )
    assert [s for s, _ in rounds["passages"]] == ["body 1.1"] * 4
    rice = found.loc["rice output: seasons add to the year"]
    assert [s for s, _ in rice["passages"]] == ["body 2.1", "footnote 22", "footnote 22"]
    assert "110.522 tấn" in rice["passages"][0][1] and "53.993,63" in rice["passages"][2][1]
    assert (
        found.loc["land donated: residential + agricultural within the total", "section"] == "1.3"
    )
    table = by_section(findings(report))
    assert table.loc["1.1"].to_dict() == {"error": 7, "misrounding": 3, "note": 0}
    assert int(table.to_numpy().sum()) == len(found)
