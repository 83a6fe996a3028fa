"""Probe round 6: next-year target phrasings no earlier round holds, targets written as a table
column ('Kế hoạch <next year>', alone or beside the year's results), group lines of a target
list, whole small reports in other layouts ('A.'/'B.' parts, '[n]' footnotes, a pipe table of
'KH năm | TH năm | So sánh (%)'; a commune report pasted from Word: NFD, non-breaking spaces,
curly quotes, '–', superscript footnotes, a table of spaces under 'BIỂU …'), and body
comparisons ('vượt … so với dự toán', 'chỉ đạt', 'so với vụ … năm trước'). Invented figures;
the fixtures are under tests/probes6/.

Each probe asserts what a careful analyst reads there. Probes vinhbao does not read right yet
are marked `xfail(strict=True)` with what is misread: a fix makes them pass, and then the mark
must go.
"""

# The probes are whole Vietnamese passages, kept on one line each where a break would hide them.
# ruff: noqa: E501

from __future__ import annotations

import math
from pathlib import Path

import pytest
from probe_helpers import (
    F,
    T,
    check_figure,
    check_target_item,
    no_unaccounted,
    target_list,
    target_params,
)

import vinhbao

HERE = Path(__file__).parent / "probes6"
N = None
PCT, PP = "pct", "pp"


def fixture(name: str) -> vinhbao.Report:
    return vinhbao.load_report((HERE / name).read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# 1. Target phrasings, each an item of one list in a minimal report on 2024.
# ---------------------------------------------------------------------------------------------
T_HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN KHÁNH LONG\nSố: 318/BC-UBND\nKhánh Long, ngày 10 tháng 12 năm 2024\n\n"
    "BÁO CÁO\nTình hình kinh tế - xã hội năm 2024; phương hướng, nhiệm vụ năm 2025\n\n"
    "Phần thứ nhất\nKẾT QUẢ NĂM 2024\n\nI. Kinh tế\n\nGiá trị sản xuất tăng 7,4% so với cùng kỳ.\n\n"
    "Phần thứ hai\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\nI. CÁC CHỈ TIÊU CHỦ YẾU\n\n"
)
T_TAIL = "\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\nTập trung lãnh đạo.\n"


TARGETS = [
    T("Phấn đấu tốc độ tăng trưởng giá trị sản xuất bình quân đạt 10-11%.", (10, 11, True, True, "change_pct", PCT)),
    T("Tổng thu ngân sách nhà nước trên địa bàn đạt không thấp hơn 1.050 tỷ đồng.",
      (1050, N, True, N, "level", "billion_vnd", "state_budget_revenue")),
    T("Thu ngân sách nhà nước tăng tối thiểu 5% so với năm 2024.", (5, N, True, N, "change_pct", PCT, "state_budget_revenue")),
    T("Giảm tỷ lệ hộ nghèo xuống còn dưới 1%.", (N, 1, N, False, "level", PCT, "poverty_rate")),
    T("Duy trì 100% xã đạt chuẩn nông thôn mới.", (100, 100, True, True, "level", PCT)),
    T("100% xã, thị trấn đạt chuẩn quốc gia về y tế.", (100, 100, True, True, "level", PCT, "health_standard_communes")),
    T("Thu nhập bình quân đầu người tăng bình quân 8% mỗi năm.", (8, 8, True, True, "change_pct", PCT, "income_per_head")),
    T("Có ít nhất 02 xã đạt chuẩn nông thôn mới kiểu mẫu.", (2, N, True, N, "level", "communes")),
    T("Tỷ lệ che phủ cây xanh duy trì ở mức 40%.", (40, 40, True, True, "level", PCT)),
    T("Kim ngạch xuất khẩu đạt 250 triệu USD.", (250e6, 250e6, True, True, "level", "usd", "exports")),
    T("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm xuống dưới 10%.", (N, 10, N, False, "level", PCT, "stunting")),
    T("Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 90% trở lên.", (90, N, True, N, "level", PCT)),
    T("Kết nạp 200 đảng viên mới trở lên.", (200, N, True, N, "level", "party_members", "party_admissions")),
    T("Trên 90% hộ gia đình đạt danh hiệu gia đình văn hóa.", (90, N, False, N, "level", PCT, "cultural_families")),
    T("Tăng trưởng kinh tế từ 8% đến 9%.", (8, 9, True, True, "change_pct", PCT, "total_production_value")),
    T("Thu ngân sách nhà nước trên địa bàn đạt 1.250 tỷ đồng, tăng 8% so với ước thực hiện năm 2024.",
      (1250, 1250, True, True, "level", "billion_vnd", "state_budget_revenue"),
      (8, 8, True, True, "change_pct", PCT, "state_budget_revenue")),
    T("Tỷ lệ hộ nghèo giảm 0,2 - 0,3%.", (-0.3, -0.2, True, True, "change_pp", PP, "poverty_rate")),
    T("Giá trị sản xuất công nghiệp tăng 14 – 15%.", (14, 15, True, True, "change_pct", PCT)),
    T("Năng suất lúa bình quân đạt 6,5 tấn/ha trở lên.", (6.5, N, True, N, "level", "t_per_ha")),
    T("Ít nhất 80% thôn, tổ dân phố đạt danh hiệu văn hóa.", (80, N, True, N, "level", PCT)),
    T("Tỷ lệ tăng dân số tự nhiên duy trì dưới 1%.", (N, 1, N, False, "level", PCT, "population_growth")),
    T("Tổng sản lượng lương thực đạt 60 nghìn tấn.", (60000, 60000, True, True, "level", "t", "grain")),
    T("Giải quyết việc làm cho 3.000 lao động trở lên, trong đó xuất khẩu lao động 300 người.",
      (3000, N, True, N, "level", "workers", "new_jobs"), (300, 300, True, True, "level", "people", "labour_export")),
    T("Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95,5% dân số.", (95.5, N, False, N, "level", PCT, "health_insurance")),
    T("Tỷ lệ hộ dân sử dụng nước sạch: ≤ 100%.", (N, 100, N, True, "level", PCT)),
    T("Số doanh nghiệp thành lập mới: 150 doanh nghiệp trở lên.", (150, N, True, N, "level", "enterprises", "new_enterprises")),
    T("Tổng thu ngân sách nhà nước trên địa bàn đạt 1.100 tỷ đồng trở lên, phấn đấu 1.200 tỷ đồng.",
      (1100, N, True, N, "level", "billion_vnd", "state_budget_revenue"),
      (1200, 1200, True, True, "level", "billion_vnd", "state_budget_revenue")),
    T("Tỷ lệ hộ nghèo giảm còn dưới 1,5%, hộ cận nghèo dưới 3%.",
      (N, 1.5, N, False, "level", PCT, "poverty_rate"), (N, 3, N, False, "level", PCT, "near_poverty_rate")),
    T("Tốc độ tăng trưởng GRDP từ 8,5% trở lên.", (8.5, N, True, N, "change_pct", PCT)),
    T("Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều giai đoạn 2022-2025) giảm còn 1,2%.", (1.2, 1.2, True, True, "level", PCT, "poverty_rate")),
    T("Thu nhập bình quân đầu người đạt 85 triệu đồng/người/năm trở lên (tăng 10% so với năm 2024).",
      (85, N, True, N, "level", "million_vnd_per_person_year", "income_per_head"),
      (10, 10, True, True, "change_pct", PCT, "income_per_head")),
    T("Phấn đấu có thêm từ 2 đến 3 xã đạt chuẩn nông thôn mới nâng cao.", (2, 3, True, True, "level", "communes")),
    T("Giảm 5% số vụ tai nạn giao thông so với năm 2024.", (-5, -5, True, True, "change_pct", PCT, "traffic_accidents")),
    T("Giảm từ 3-5% số vụ phạm pháp hình sự.", (-5, -3, True, True, "change_pct", PCT, "crime")),
    T("Tỷ lệ hộ nghèo giảm 0,5 điểm %.", (-0.5, -0.5, True, True, "change_pp", PP, "poverty_rate")),
    T("Tổng giá trị sản xuất (giá SS 2010) tăng 12,5%.", (12.5, 12.5, True, True, "change_pct", PCT, "total_production_value")),
    T("GRDP bình quân đầu người đạt 4.500 USD.", (4500, 4500, True, True, "level", "usd")),
    T("Tỷ lệ lao động qua đào tạo: 75%; trong đó có bằng cấp, chứng chỉ: 38%.",
      (75, 75, True, True, "level", PCT, "trained_workers"), (38, 38, True, True, "level", PCT)),
    T("Năm 2025 tổng vốn đầu tư toàn xã hội tăng 8% so với năm 2024.", (8, 8, True, True, "change_pct", PCT, "social_investment")),
    T("Tăng trưởng giá trị sản xuất: 9,5% - 10%/năm.", (9.5, 10, True, True, "change_pct", PCT)),
    T("Tỷ lệ hộ nghèo giảm ≥ 0,5%/năm.", (N, -0.5, N, True, "change_pp", PP, "poverty_rate")),
    T("Tỷ lệ hộ cận nghèo giảm còn 0,5 - 0,7%.", (0.5, 0.7, True, True, "level", PCT, "near_poverty_rate")),
    T("Tốc độ tăng giá trị sản xuất từ 8 – 9 %.", (8, 9, True, True, "change_pct", PCT)),
    T("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95% trở lên so với dân số.", (95, N, True, N, "level", PCT, "health_insurance")),
    T("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân không quá 8%.", (N, 8, N, True, "level", PCT, "underweight")),
    T("Tuyển chọn, gọi công dân nhập ngũ đạt 100% chỉ tiêu trên giao.", (100, 100, True, True, "ratio_pct", PCT, "conscripts")),
    T("Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao: lũy kế 10/15 xã.", (10, 10, True, True, "level", "communes")),
    T("Giá trị sản xuất nông nghiệp tăng 2,5-3%; công nghiệp - xây dựng tăng 15-16%.",
      (2.5, 3, True, True, "change_pct", PCT, "agriculture"), (15, 16, True, True, "change_pct", PCT, "industry_construction")),
]  # fmt: skip


@pytest.fixture(scope="module")
def target_report():
    return target_list(T_HEAD, TARGETS, T_TAIL)


@pytest.mark.parametrize("k", list(target_params(TARGETS)))
def test_target_phrasing(target_report, k):
    check_target_item(target_report, TARGETS[k - 1][1], k, "2025")


def test_target_list_reads_every_number(target_report):
    assert no_unaccounted(target_report)
    assert target_report.issues.query("part == 'targets'").empty, target_report.issues


def test_a_bracketed_change_after_a_target_is_a_change():
    """'… 85 triệu đồng/người/năm trở lên (tăng 10% so với năm 2024)': the bracket restates the
    target as a change, not a level of 10 %."""
    r = vinhbao.load_report(
        T_HEAD
        + "1. Thu nhập bình quân đầu người đạt 85 triệu đồng trở lên (tăng 10% so với năm 2024)."
        + T_TAIL
    )
    assert r.targets["kind"].tolist() == ["level", "change_pct"]


@pytest.mark.parametrize("group", ["* Về kinh tế:", "- Các chỉ tiêu về kinh tế:", "+ Về kinh tế:"])
def test_group_line_before_numbered_items_is_no_stray_line(group):
    text = f"{group}\n(1) Thu ngân sách nhà nước trên địa bàn đạt 650 tỷ đồng.\n* Về xã hội:\n(2) Tỷ lệ hộ nghèo giảm còn dưới 1%."
    r = vinhbao.load_report(T_HEAD + text + T_TAIL)
    assert r.targets["code"].tolist() == ["1", "2"]
    assert r.issues.query("part == 'targets'").empty, r.issues


def test_bullet_list_with_plus_sub_items_under_a_bullet():
    text = ("• Giá trị sản xuất tăng 8 - 8,5%, trong đó:\n+ Nông nghiệp tăng 3%;\n+ Công nghiệp - xây dựng tăng 12%.\n"
            "• Thu ngân sách nhà nước trên địa bàn tăng tối thiểu 8% so với dự toán tỉnh giao.\n"
            "• Tỷ lệ hộ nghèo giảm 0,3 - 0,5 điểm phần trăm.")  # fmt: skip
    t = vinhbao.load_report(T_HEAD + text + T_TAIL).targets
    got = [(c, k, lo, hi) for c, k, lo, hi in t[["code", "kind", "low", "high"]].values.tolist()]
    assert got[:3] == [
        ("1", "change_pct", 8, 8.5),
        ("1.b", "change_pct", 3, 3),
        ("1.c", "change_pct", 12, 12),
    ]
    assert got[3][:3] == ("2", "change_pct", 8) and math.isnan(got[3][3])
    assert got[4] == ("3", "change_pp", -0.5, -0.3)


# ---------------------------------------------------------------------------------------------
# 2. The next year's targets as a table column.
# ---------------------------------------------------------------------------------------------
PLAN_ONLY = (
    "ỦY BAN NHÂN DÂN\nHUYỆN SƠN BÌNH\nSố: 98/BC-UBND\nSơn Bình, ngày 05 tháng 12 năm 2024\n\nBÁO CÁO\n"
    "Tình hình kinh tế - xã hội năm 2024 và kế hoạch năm 2025\n\nI. KẾT QUẢ THỰC HIỆN NĂM 2024\n\n"
    "Giá trị sản xuất tăng 7,4% so với cùng kỳ.\n\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\n"
    "1. Các chỉ tiêu chủ yếu\n\nTT\tChỉ tiêu\tĐVT\tKế hoạch 2025\n"
    "1\tTốc độ tăng giá trị sản xuất\t%\t9 - 10\n2\tThu ngân sách nhà nước trên địa bàn\tTỷ đồng\t≥ 820\n"
    "3\tTỷ lệ hộ nghèo\t%\t< 1,2\n4\tGiải quyết việc làm mới\tLao động\t2.300\n"
    "5\tTỷ lệ dân số tham gia BHYT\t%\t95\n\n2. Nhiệm vụ, giải pháp\n\nTập trung lãnh đạo.\n"
)


def _targets(r) -> list[tuple]:
    return [
        (c, k, u, None if math.isnan(lo) else lo, None if math.isnan(hi) else hi, p)
        for c, k, u, lo, hi, p in r.targets[["code", "kind", "unit", "low", "high", "period"]].values.tolist()
    ]  # fmt: skip


def test_table_of_next_year_plan_only_is_the_target_list():
    r = vinhbao.load_report(PLAN_ONLY)
    assert _targets(r) == [
        ("1", "change_pct", PCT, 9, 10, "2025"),
        ("2", "level", "billion_vnd", 820, None, "2025"),
        ("3", "level", PCT, None, 1.2, "2025"),
        ("4", "level", "workers", 2300, 2300, "2025"),
        ("5", "level", PCT, 95, 95, "2025"),
    ]
    assert r.appendix.empty  # no result column: no plan-vs-actual table
    assert not r.facts.query("period == '2024' and kind == 'target'").shape[0]
    assert no_unaccounted(r)
    assert r.issues.query("part == 'targets'").empty, r.issues  # '2. Nhiệm vụ …' is no item


def test_table_of_next_year_plan_keeps_subjects():
    f = vinhbao.load_report(PLAN_ONLY).facts
    assert f.query("source.str.startswith('targets')")["subject"].tolist() == [
        "total_production_value", "state_budget_revenue", "poverty_rate", "new_jobs",
        "health_insurance"]  # fmt: skip


def test_an_unreadable_next_year_plan_cell_is_an_issue():
    """A plan cell that reads as no target ('1.2.3', a garbled number) is said, not dropped."""
    r = vinhbao.load_report(
        "BÁO CÁO\nKết quả năm 2030\n\nI. KẾT QUẢ\n\nThu ngân sách đạt 12 tỷ đồng.\n\n"
        "TT\tChỉ tiêu\tĐVT\tƯớc TH 2030\tKH 2031\n1\tThu nhập bình quân\tTriệu đồng\t60\t65\n"
        "2\tTỷ lệ hộ nghèo\t%\t1,5\t1.2.3\n"
    )
    assert r.targets["code"].tolist() == ["1"]
    (issue,) = r.issues.query("part == 'targets'").to_dict("records")
    assert (issue["line"], issue["severity"]) == (10, "warning")
    assert "'1.2.3'" in issue["found"]


def test_kh_next_year_column_beside_this_years_results():
    """'KH 2024 | Ước TH 2024 | So sánh (%) | KH 2025': the year's target is KH 2024, KH 2025 the
    next year's targets (once KH 2025 overwrote KH 2024, whose figures were unaccounted)."""
    r = fixture("ubnd_binh_son_2024_kh_next_column.txt")
    a = r.appendix.set_index("code")
    assert (a.loc["1", "target_low"], a.loc["1", "target_high"], a.loc["1", "actual"]) == (
        8,
        9,
        8.6,
    )
    assert (a.loc["2", "target_low"], a.loc["2", "actual"], a.loc["2", "ratio"]) == (
        780,
        812,
        104.1,
    )
    assert a.loc["3", "target_high"] == 1.5
    assert _targets(r) == [
        ("1", "change_pct", PCT, 9, 10, "2025"),
        ("2", "level", "billion_vnd", 850, None, "2025"),
        ("3", "level", PCT, None, 1.1, "2025"),
    ]
    assert no_unaccounted(r)
    assert r.issues.query("part == 'targets'").empty


def test_plan_table_of_spaces_with_sub_rows_and_a_change_cell():
    """A 'Biểu số 01' of runs of spaces: 'Ước TH 2024 | Kế hoạch 2025', '-' sub-rows, 'Giảm 0,3'
    for a rate, a money column in triệu đồng."""
    r = fixture("ubnd_phu_luong_2024_plan_table.txt")
    assert _targets(r) == [
        ("1", "level", "billion_vnd", 10700, 10700, "2025"),
        ("1.b", "level", "billion_vnd", 2190, 2190, "2025"),
        ("1.c", "level", "billion_vnd", 5600, 5600, "2025"),
        ("2", "change_pp", PP, -0.3, -0.3, "2025"),
        ("3", "level", "billion_vnd", 430, 430, "2025"),
    ]
    a = r.appendix.set_index("code")
    assert a.loc["3", "actual"] == 412000 and a.loc["3", "unit_canonical"] == "billion_vnd"
    assert a["target_text"].eq("").all()
    assert no_unaccounted(r)
    t = r.facts.query("source.str.startswith('targets')")
    assert t["subject"].tolist()[1:] == ["agriculture_forestry_fisheries", "industry_construction",
                                         "poverty_rate", "state_budget_revenue"]  # fmt: skip


# ---------------------------------------------------------------------------------------------
# 3. Whole reports in other layouts.
# ---------------------------------------------------------------------------------------------
def _keys(report, prefix: str = "") -> set:
    f = report.facts
    f = f[f["source"].str.startswith(prefix)] if prefix else f
    return {(s, k, b, round(v, 6), u, p) for s, k, b, v, u, p in
            f[["subject", "kind", "base", "value", "unit", "period"]].fillna(-1).values.tolist()}  # fmt: skip


def test_ab_parts_bracket_footnotes_and_pipe_table():
    r = fixture("huyen_uy_hoa_vang_2024_ab.txt")
    body = _keys(r, "body")
    assert body == {
        ("total_production_value", "level", "", 18450, "billion_vnd", "2024"),
        ("total_production_value", "change_pct", "last_year", 8.9, PCT, "2024"),
        ("state_budget_revenue", "level", "", 912.4, "billion_vnd", "2024"),
        ("state_budget_revenue", "ratio_pct", "estimate", 108.2, PCT, "2024"),
        ("poverty_rate", "level", "", 1.18, PCT, "2024"),
        ("new_jobs", "level", "", 3120, "workers", "2024"),
    }
    assert sorted(r.footnotes["number"].astype(int)) == [1, 2]
    assert ("labour_export", "level", "", 215, "people", "2024") in _keys(r, "footnote 2")
    a = r.appendix.set_index("code")
    assert a[["target_low", "actual"]].loc["4"].tolist() == [3000, 3120]
    assert a.loc["3", "target_high"] == 1.3 and a.loc["2", "ratio"] == 108.2
    assert _targets(r) == [("1", "change_pct", PCT, 9, 10, "2025"),
                           ("2", "level", "billion_vnd", 950, None, "2025"),
                           ("3", "level", PCT, None, 1, "2025")]  # fmt: skip
    assert no_unaccounted(r) and r.issues.query("severity != 'info'").empty


def test_commune_report_pasted_from_word_nfd():
    """NFD text, non-breaking spaces inside figures, curly quotes, '–' before a ratio, a
    superscript footnote, a '- …' list led by 'Các chỉ tiêu chủ yếu:', a table of runs of
    spaces under 'BIỂU KẾT QUẢ …' ending the text (no 'truncated' warning for its title)."""
    r = fixture("xa_tan_hiep_2024_word_nfd.txt")
    body = _keys(r, "body")
    assert ("state_budget_revenue", "ratio_pct", "estimate", 112.5, PCT, "2024") in body
    assert ("state_budget_expenditure", "ratio_pct", "estimate", 98.8, PCT, "2024") in body
    assert ("", "level", "", 1245, "ha", "2024") in body
    assert {("spring_rice", 6.51), ("main_rice", 5.95)} <= {
        (s, round(v, 2))
        for s, v in r.facts.query("source == 'footnote 1'")[["subject", "value"]].values
    }
    a = r.appendix.set_index("code")
    assert a["status"].tolist() == ["met", "exceeded", "met"]  # printed: Đạt, Vượt, Đạt
    assert a.loc["2", "actual"] == 18.62 and a.loc["3", "target_high"] == 1
    assert _targets(r) == [("1", "level", "billion_vnd", 19, None, "2025"),
                           ("2", "level", PCT, None, 0.8, "2025"),
                           ("3", "level", "t_per_ha", 6.3, 6.3, "2025")]  # fmt: skip
    subjects = r.facts.query("source == 'targets (1)' or source == 'appendix row 2'")["subject"]
    assert set(subjects) == {"state_budget_revenue"}  # 'Thu ngân sách xã'
    assert no_unaccounted(r)
    assert r.issues.query("part == 'text'").empty, r.issues


# ---------------------------------------------------------------------------------------------
# 4. Body comparisons: one figure marked ⟦…⟧ per passage.
# ---------------------------------------------------------------------------------------------
HEAD = "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2024\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n"


FIGURES = [
    F("vuot_so_voi_du_toan_tinh_giao", "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 645,2 tỷ đồng, vượt ⟦12,4⟧% so với dự toán tỉnh giao.",
      kind="change_pct", base="estimate", value=12.4, unit=PCT, subject="state_budget_revenue"),
    F("uoc_dat_level", "Tổng thu ngân sách nhà nước trên địa bàn ước đạt ⟦645,2⟧ tỷ đồng, vượt 12,4% so với dự toán tỉnh giao.",
      kind="level", value=645.2, unit="billion_vnd", subject="state_budget_revenue"),
    F("so_voi_cung_ky_nam_truoc", "Giá trị sản xuất công nghiệp đạt 2.150 tỷ đồng, tăng ⟦11,5⟧% so với cùng kỳ năm trước.",
      kind="change_pct", base="last_year", value=11.5, subject="industry_handicrafts"),
    F("chi_dat_ke_hoach", "Tổng vốn đầu tư toàn xã hội đạt 3.420 tỷ đồng, chỉ đạt ⟦88,6⟧% kế hoạch.",
      kind="ratio_pct", base="plan", value=88.6, subject="social_investment"),
    F("dat_so_voi_chi_tieu", "Thu nhập bình quân đầu người đạt 71,3 triệu đồng, đạt ⟦101,9⟧% so với chỉ tiêu.",
      kind="ratio_pct", base="plan", value=101.9, subject="income_per_head"),
    F("giam_so_voi_nam_truoc", "Sản lượng lương thực đạt 52.300 tấn, giảm ⟦3,1⟧% so với năm trước.",
      kind="change_pct", base="last_year", value=-3.1, subject="grain"),
    F("bang_so_voi_du_toan", "Chi ngân sách địa phương 512,6 tỷ đồng, bằng ⟦97,3⟧% so với dự toán.",
      kind="ratio_pct", base="estimate", value=97.3, subject="state_budget_expenditure"),
    F("vuot_abs_so_voi_ke_hoach", "Số doanh nghiệp thành lập mới 86 doanh nghiệp, vượt ⟦6⟧ doanh nghiệp so với kế hoạch.",
      kind="change_abs", base="plan", value=6, unit="enterprises", subject="new_enterprises"),
    F("giam_abs_so_voi_cung_ky", "Tổng đàn lợn giảm ⟦1.250⟧ con so với cùng kỳ.",
      kind="change_abs", base="last_year", value=-1250, unit="head", subject="pig_herd"),
    F("trieu_usd_so_voi_nam", "Kim ngạch xuất khẩu ước đạt ⟦186,5⟧ triệu USD, tăng 9,2% so với năm 2023.",
      kind="level", value=186.5e6, unit="usd", subject="exports"),
    F("so_voi_vu_nam_truoc", "Diện tích lúa đông xuân 4.320 ha, giảm ⟦85⟧ ha so với vụ đông xuân năm trước.",
      kind="change_abs", base="last_year", value=-85, unit="ha", subject="spring_rice"),
    F("so_voi_cung_vu_nam", "Năng suất lúa vụ mùa đạt 58,2 tạ/ha, tăng ⟦1,4⟧ tạ/ha so với cùng vụ năm 2023.",
      kind="change_abs", base="last_year", value=0.14, unit="t_per_ha", subject="main_rice"),
    F("so_cung_vu", "Sản lượng lúa vụ mùa đạt 24.100 tấn, tăng ⟦2,1⟧% so cùng vụ.",
      kind="change_pct", base="last_year", value=2.1, subject="main_rice"),
    F("gap_lan_so_voi_cung_ky", "Doanh thu du lịch đạt 42 tỷ đồng, gấp ⟦1,6⟧ lần so với cùng kỳ.",
      kind="ratio_pct", base="last_year", value=160, subject="tourism_revenue"),
    F("diem_phan_tram_so_voi_nam", "Tỷ lệ đô thị hóa đạt 38,5%, tăng ⟦1,2⟧ điểm phần trăm so với năm 2023.",
      kind="change_pp", base="last_year", value=1.2, unit=PP),
    F("so_voi_cuoi_nam_truoc", "Tỷ lệ hộ nghèo còn 1,2%, giảm ⟦0,35⟧ điểm % so với cuối năm 2023.",
      kind="change_pp", base="last_year", value=-0.35, unit=PP, subject="poverty_rate"),
    F("so_voi_cuoi_nam_khac", "Tỷ lệ hộ nghèo còn 1,2%, giảm ⟦0,9⟧ điểm % so với cuối năm 2020.",
      kind="change_pp", base="other", value=-0.9, unit=PP, subject="poverty_rate"),
    F("truc_tiep_in_person", "Giải quyết 120 hồ sơ, trong đó 60 hồ sơ trực tuyến, ⟦70⟧ hồ sơ trực tiếp.",
      kind="level", value=70, aspect="in_person", subject="administrative_dossiers"),
    F("ty_suat_sinh_tho", "Tỷ suất sinh thô ⟦13,8⟧‰, giảm 0,2‰.",
      kind="level", value=13.8, unit="per_mille", subject="crude_birth_rate"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), FIGURES)
def test_figure(body, expected):
    check_figure(HEAD, body, expected)


# ---------------------------------------------------------------------------------------------
# 5. Footnote markers in a target item, and a plan table with no year under the target heading.
# ---------------------------------------------------------------------------------------------
MARKED = (
    "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2024; phương hướng nhiệm vụ năm 2025\n\nI. KẾT QUẢ\n\n"
    "Thu ngân sách đạt 512 tỷ đồng.\n\nII. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025\n\nCác chỉ tiêu chủ yếu:\n"
    "1) Thu ngân sách trên địa bàn đạt 540 tỷ đồng trở lên¹;\n2) Tỷ lệ hộ nghèo giảm còn dưới 0,9%²;\n"
    "3) Tỷ lệ trường đạt chuẩn quốc gia đạt 95 %.\n\n¹ Trong đó thu nội địa 480 tỷ đồng.\n"
    "² Theo chuẩn nghèo đa chiều.\n"
)


@pytest.mark.parametrize("style", ["superscript", "brackets"])
def test_footnote_marker_in_a_target_item(style):
    """'… trở lên¹' keeps its bound; '[1]' is no target of 1 (it was: items 1.b and 2.b)."""
    text = MARKED if style == "superscript" else MARKED.replace("¹", "[1]").replace("²", "[2]")
    r = vinhbao.load_report(text)
    assert _targets(r) == [("1", "level", "billion_vnd", 540, None, "2025"),
                           ("2", "level", PCT, None, 0.9, "2025"),
                           ("3", "level", PCT, 95, 95, "2025")]  # fmt: skip
    assert sorted(r.footnotes["number"].astype(int)) == [1, 2]
    assert no_unaccounted(r)


UNDATED_PLAN = PLAN_ONLY.replace("TT\tChỉ tiêu\tĐVT\tKế hoạch 2025", "TT\tChỉ tiêu\tĐVT\tKế hoạch")


def test_undated_plan_table_under_the_target_heading():
    r = vinhbao.load_report(UNDATED_PLAN)
    assert [row[0] for row in _targets(r)] == ["1", "2", "3", "4", "5"]
    assert set(r.targets["period"]) == {"2025"} and r.appendix.empty
    assert r.issues.query("part == 'targets'").empty, r.issues  # "2. Nhiệm vụ …" is no item


# ---------------------------------------------------------------------------------------------
# 5. Subjects and labels of targets read from their own clause (after round 6).
# ---------------------------------------------------------------------------------------------
OWN_CLAUSE_ITEMS = (
    "(1). Tốc độ tăng giá trị sản xuất đạt 9-10%; giá trị sản xuất nông nghiệp tăng 2,5-3%; "
    "công nghiệp - xây dựng tăng 15-16%.\n"
    "(2). GRDP bình quân đầu người đạt 95 triệu đồng; tỷ lệ đô thị hóa đạt 35%; "
    "tỷ lệ che phủ rừng duy trì 12%.\n"
    "(3). Giảm tỷ lệ hộ nghèo 0,4%; tỷ lệ hộ cận nghèo dưới 2,5%."
)


def test_a_targets_subject_and_english_label_come_from_its_own_clause():
    """A label found only in a later clause of the item is not the first target's ('… nông
    nghiệp tăng 2,5-3%; công nghiệp - xây dựng tăng 15-16%'); GRDP per head, urbanisation and
    forest cover are subjects of the lexicon."""
    report = vinhbao.load_report(T_HEAD + OWN_CLAUSE_ITEMS + T_TAIL)
    targets = report.targets.set_index("code")
    assert targets.loc["1", "indicator_en"] == ""  # no indicator label: not the next clause's
    assert targets.loc["1.b", "indicator_en"] == "Agriculture production value growth"
    assert targets.loc["1.c", "indicator_en"] == "Industry and construction"
    assert targets.loc["3.b", "indicator_en"] == "Near-poverty rate"
    facts = report.facts[report.facts.kind == "target"]
    assert facts.subject.tolist()[:7] == [
        "total_production_value", "agriculture", "industry_construction", "grdp_per_head",
        "urbanisation_rate", "forest_cover", "poverty_rate",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "labels", "figures"),
    [
        ("Năm 2024 đạt kết quả: 1) xây dựng 150 mô hình; 2) thu ngân sách xã đạt 12 tỷ đồng.",
         ["1", "2"], ["150", "12"]),
        ("Kết quả gồm: (1) 12 hộ thoát nghèo; (2) 30 hộ thoát cận nghèo.", ["1", "2"], ["12", "30"]),
        ("Tổng số 3 xã; 2 xã đạt chuẩn.", [], ["3", "2"]),  # a figure after ';': no label
    ],
)  # fmt: skip
def test_an_item_label_run_into_a_sentence_is_no_figure(body, labels, figures):
    numbers = vinhbao.load_report(HEAD + body + "\n").numbers
    numbers = numbers[numbers.start >= len(HEAD)]
    assert numbers[numbers.kind == "item_label"].text.tolist() == labels
    assert numbers[numbers.kind == "figure"].text.tolist() == figures


def test_an_item_label_run_into_a_sentence_opens_its_items_words():
    """'…; 3) có 20 mô hình': the label's ')' is no bracket, so the item's words start after it
    and the subject of the item before (budget revenue) does not spill into it."""
    body = "Năm 2024 đạt kết quả: 1) xây dựng 150 mô hình; 2) thu ngân sách xã đạt 12 tỷ đồng; 3) có 20 mô hình mới."
    f = vinhbao.load_report(HEAD + body + "\n").facts
    assert f[["value", "subject", "quote"]].values.tolist() == [
        [150.0, "", "xây dựng 150 mô hình"],
        [12.0, "state_budget_revenue", "thu ngân sách xã đạt 12 tỷ đồng"],
        [20.0, "", "có 20 mô hình"],
    ]
