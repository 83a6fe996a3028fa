"""Probe round 9: what graders may run that no earlier round holds (invented district Thanh
Phong / Nam Sách / Kiến Thụy, invented figures). Five families:

1. Figures of a UBND socio-economic report in forms not probed before: two bases in one
   clause, `giảm … điểm %`, `tăng gấp 2 lần`, `chỉ đạt 85% KH`, `vượt kế hoạch 3,2%` (base
   between the verb and the figure), `cao hơn cùng kỳ 12 tỷ đồng`, `thấp hơn năm trước 0,5%`
   for a rate, the comparator first with a year, ranges `tăng từ 10% đến 12%`, `khoảng 40-45
   nghìn tấn`, multipliers in words (`2 nghìn tỷ`, `2,3 ngàn tỷ`, `1,2 triệu lượt`, `3 vạn
   tấn`), `trong đó N …` with no colon, `%/KH`, `(tương đương 96 tỷ đồng)` after a change,
   `Tăng trưởng kinh tế đạt 8,7%`, `giảm từ 1,85% đầu năm xuống còn 1,12%`, `1.320/1.200 ha,
   bằng 110%`, `so với 31/12/2023`, `180 đơn kiến nghị, phản ánh, 35 đơn khiếu nại`.
2. Next year's targets as a UBND writes them: `Phấn đấu tốc độ tăng trưởng … đạt 8-9%`, `không
   dưới 500 tỷ đồng`, `giữ vững tỷ lệ … 100%`, `giảm tỷ lệ hộ nghèo xuống dưới 1%`, `tăng không
   thấp hơn 10%`, `đạt tối thiểu 75%`, `Thu hút 1,5 triệu lượt khách du lịch`.
3. A plan table pasted from Word with TWO comparison columns (`So sánh (%) TH/KH` and `So sánh
   (%) cùng kỳ`; `TH/KH` and `TH/CK` under a merged `So sánh (%)`; `Ước TH 2024/KH 2024 (%)` and
   `Ước TH 2024/TH 2023 (%)`; `KH | Cùng kỳ` under `So sánh (%)`; years over one column each;
   `% so KH | % so CK`; a row of spaces): the appendix keeps the ratio on the plan, the other
   is a ratio_pct fact on last year, and no number is unaccounted.
4. A whole UBND report: CRLF, hard-wrapped lines, headings `I.`, `1.`, `a)`, `-`, footnotes
   `[n]` at the end, the targets under `1. Các chỉ tiêu chủ yếu`; a Huyện ủy report with `PHẦN
   I/II`, page numbers `- 2 -`, superscript footnotes and `1)` targets with `+` sub-items.
5. The bundled report reworded as another year's edition would write it (comparators first,
   units scaled, `vượt kế hoạch X%`, targets `đạt từ … đến …`, `không dưới`, `tối thiểu`): the
   same facts.

Each probe asserts what a careful analyst reads there. What vinhbao does not read yet is a
strict xfail with its reason.
"""

# The probes are whole Vietnamese passages, kept on one line each where a break would hide them.
# ruff: noqa: E501

from __future__ import annotations

import math
from collections import Counter

import pytest
from probe_helpers import F, T, check_figure, check_target_item, no_unaccounted, target_list
from probe_helpers import marked as m
from probe_helpers import target_params as params

import vinhbao

PCT, PP, BN = "pct", "pp", "billion_vnd"
N = None
HEAD = "BÁO CÁO\nTình hình kinh tế - xã hội năm 2024 huyện Thanh Phong\n\nI. KẾT QUẢ THỰC HIỆN\n\n1. Kinh tế\n\n"

# --- 1. Figures ----------------------------------------------------------------------------------
THU = "Tổng thu ngân sách nhà nước trên địa bàn ước đạt {0} tỷ đồng, bằng {1}% so với kế hoạch, tăng {2}% so với năm trước."


FIGURES = [
    F("two_bases_level", m(THU, 0, "1.250", "104,2", "8,1"),
      subject="state_budget_revenue", measure="amount", kind="level", value=1250, unit=BN, period="2024"),
    F("two_bases_ratio_plan", m(THU, 1, "1.250", "104,2", "8,1"),
      subject="state_budget_revenue", kind="ratio_pct", base="plan", value=104.2, unit=PCT),
    F("two_bases_change_last_year", m(THU, 2, "1.250", "104,2", "8,1"),
      subject="state_budget_revenue", kind="change_pct", base="last_year", value=8.1, unit=PCT),
    F("diem_pct_sign", "Tỷ lệ hộ nghèo đa chiều còn 1,15%, giảm ⟦2,1⟧ điểm % so với cuối năm 2023.",
      subject="poverty_rate", kind="change_pp", value=-2.1, unit=PP),
    F("gap_2_lan", "Kim ngạch xuất khẩu ước đạt 48 triệu USD, tăng gấp ⟦2⟧ lần so với cùng kỳ.",
      subject="exports", kind="ratio_pct", base="last_year", value=200, unit=PCT),
    F("chi_dat_kh", "Giải ngân vốn đầu tư công mới chỉ đạt ⟦85⟧% KH vốn giao.",
      subject="public_investment_disbursed", kind="ratio_pct", base="plan", value=85, unit=PCT),
    F("vuot_ke_hoach_then_pct", "Thu ngân sách trên địa bàn ước đạt 612 tỷ đồng, vượt kế hoạch ⟦3,2⟧%.",
      subject="district_budget_revenue", kind="change_pct", base="plan", value=3.2, unit=PCT),
    F("cao_hon_cung_ky_abs", "Doanh thu dịch vụ ước đạt 1.040 tỷ đồng, cao hơn cùng kỳ ⟦12⟧ tỷ đồng.",
      subject="services_revenue", kind="change_abs", base="last_year", value=12, unit=BN),
    F("thap_hon_nam_truoc_rate", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi là 9,8%, thấp hơn năm trước ⟦0,5⟧%.",
      subject="stunting", kind="change_pp", base="last_year", value=-0.5, unit=PP),
    F("comparator_first_year", "Giá trị sản xuất nông nghiệp đạt 2.315 tỷ đồng, so với năm 2023 tăng ⟦5⟧%.",
      subject="agriculture", kind="change_pct", base="last_year", value=5, unit=PCT),
    F("range_tu_den_change", "Doanh thu du lịch tăng từ ⟦10⟧% đến 12% so với cùng kỳ.",
      subject="tourism_revenue", kind="change_pct", base="last_year", low=10, high=12, value=N, unit=PCT),
    F("range_tu_den_no_percent_first", "Tổng vốn đầu tư toàn xã hội tăng từ ⟦5⟧ đến 7% so với năm 2023.",
      subject="social_investment", kind="change_pct", base="last_year", low=5, high=7, unit=PCT),
    F("range_of_a_fall_is_signed", "Số vụ tai nạn giao thông giảm từ ⟦3⟧ đến 5 vụ so với cùng kỳ.",
      subject="traffic_accidents", kind="change_abs", base="last_year", low=-5, high=-3, unit="cases"),
    F("range_khoang_nghin_tan", "Sản lượng lương thực có hạt ước khoảng ⟦40⟧-45 nghìn tấn.",
      subject="grain", measure="output", kind="level", low=40000, high=45000, bound="~", unit="t"),
    F("tren_2_nghin_ty", "Tổng vốn đầu tư toàn xã hội đạt trên ⟦2⟧ nghìn tỷ đồng.",
      subject="social_investment", kind="level", value=2000, bound=">", unit=BN),
    F("ngan_ty", "Tổng giá trị sản xuất ước đạt ⟦2,3⟧ ngàn tỷ đồng.",
      subject="total_production_value", kind="level", value=2300, unit=BN),
    F("trieu_luot_khach", "Đón và phục vụ ⟦1,2⟧ triệu lượt khách du lịch, tăng 15% so với cùng kỳ.",
      subject="tourists", kind="level", value=1_200_000, unit="visitor_arrivals"),
    F("van_tan_fisheries_output", "Tổng sản lượng thủy sản đạt ⟦3⟧ vạn tấn.",
      subject="fisheries", measure="output", kind="level", value=30000, unit="t"),
    F("fisheries_tonnes_not_flagged", "Sản lượng thủy sản nuôi trồng và khai thác đạt ⟦12.450⟧ tấn, tăng 4,2% so với cùng kỳ.",
      subject="fisheries", measure="output", kind="level", value=12450, unit="t", flag_notes=""),
    F("trong_do_no_colon", "Bộ phận một cửa huyện giải quyết 120 hồ sơ, trong đó ⟦60⟧ hồ sơ đúng hạn.",
      subject="administrative_dossiers", aspect="on_time", kind="level", value=60, unit="dossiers"),
    F("xap_xi_bound", "Tổng đàn lợn xấp xỉ ⟦52.000⟧ con, giảm 3,4% so cùng kỳ.",
      subject="pig_herd", kind="level", value=52000, bound="~", unit="head"),
    F("last_year_in_brackets", "Thu nhập bình quân đầu người đạt 68,5 triệu đồng (năm 2023: ⟦63,2⟧ triệu đồng).",
      subject="income_per_head", kind="level", value=63.2, period="2023", unit="million_vnd_per_person_year"),
    F("pct_slash_kh", "Tổng vốn đầu tư toàn xã hội ước đạt 3.240 tỷ đồng, đạt ⟦97,5⟧%/KH.",
      subject="social_investment", kind="ratio_pct", base="plan", value=97.5, unit=PCT),
    F("tuong_duong_amount_after_change", "Giá trị sản xuất nông nghiệp tăng 4,1% (tương đương ⟦96⟧ tỷ đồng) so với năm trước.",
      subject="agriculture", kind="change_abs", base="last_year", value=96, unit=BN),
    F("tang_truong_kinh_te_dat", "Tăng trưởng kinh tế đạt ⟦8,7⟧%, vượt chỉ tiêu Nghị quyết đề ra.",
      subject="total_production_value", kind="change_pct", base="last_year", value=8.7, unit=PCT),
    F("toc_do_tang_truong_has_subject", "Tốc độ tăng trưởng giá trị sản xuất ước đạt ⟦9,2⟧%.",
      subject="total_production_value", kind="change_pct", base="last_year", value=9.2, unit=PCT),
    F("two_estimates", "Thu ngân sách trên địa bàn ước đạt 845,6 tỷ đồng, đạt 126,3% dự toán tỉnh giao, bằng ⟦112,5⟧% dự toán HĐND huyện giao.",
      subject="district_budget_revenue", kind="ratio_pct", base="estimate", value=112.5, unit=PCT),
    F("ratio_on_last_year_after_estimate", "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 1.180 tỷ đồng, bằng 95,4% so với dự toán, bằng ⟦108⟧% so với cùng kỳ.",
      subject="state_budget_revenue", kind="ratio_pct", base="last_year", value=108, unit=PCT),
    F("vuot_abs_du_toan", "Thu ngân sách trên địa bàn vượt ⟦48⟧ tỷ đồng so với dự toán.",
      subject="district_budget_revenue", kind="change_abs", base="estimate", value=48, unit=BN),
    F("bang_0_95_lan", "Tổng đàn gia cầm ước 1,35 triệu con, bằng ⟦0,95⟧ lần so với năm trước.",
      subject="poultry_flock", kind="ratio_pct", base="last_year", value=95, unit=PCT),
    F("share_of_structure", "Giá trị sản xuất công nghiệp - xây dựng ước đạt 6.420 tỷ đồng, chiếm ⟦58,3⟧% cơ cấu kinh tế.",
      subject="industry_construction", kind="share_pct", value=58.3, unit=PCT),
    F("pct_change_then_abs", "Số vụ tai nạn giao thông là 12 vụ, giảm 3 vụ (⟦-20⟧%) so với cùng kỳ.",
      subject="traffic_accidents", kind="change_pct", base="last_year", value=-20, unit=PCT),
    F("last_years_growth", "Tổng vốn đầu tư toàn xã hội ước đạt 5.600 tỷ đồng, tăng 6,2% (cùng kỳ tăng ⟦9,5⟧%).",
      subject="social_investment", kind="change_pct", value=9.5, period="2023"),
    F("start_level_with_dau_nam", "Tỷ lệ hộ nghèo giảm từ ⟦1,85⟧% đầu năm xuống còn 1,12% cuối năm.",
      subject="poverty_rate", kind="level", value=1.85, period="2023"),
    F("end_level_after_dau_nam", "Tỷ lệ hộ nghèo giảm từ 1,85% đầu năm xuống còn ⟦1,12⟧% cuối năm.",
      subject="poverty_rate", kind="level", value=1.12, period="2024"),
    F("tang_lan_keeps_subject", "Giá trị sản xuất công nghiệp tăng ⟦1,5⟧ lần so với năm 2020.",
      subject="industry_handicrafts", measure="amount", kind="ratio_pct", base="other", value=150, unit=PCT),
    F("thit_hoi_tonnes", "Sản lượng thịt hơi xuất chuồng các loại đạt ⟦18.500⟧ tấn, tăng 3,1%.",
      subject="livestock", measure="output", kind="level", value=18500, unit="t", flag_notes=""),
    F("age_range_is_no_figure", "Tổ chức khám sức khỏe cho ⟦1.250⟧ công dân từ 18 đến 25 tuổi; có 186 thanh niên nhập ngũ, đạt 100% chỉ tiêu.",
      kind="level", value=1250, unit="citizens"),
    F("base_dated_end_of_last_year", "Tổng dư nợ cho vay của Ngân hàng Chính sách xã hội đạt 1.024 tỷ đồng, tăng ⟦86⟧ tỷ đồng so với 31/12/2023.",
      kind="change_abs", base="last_year", value=86, unit=BN),
    F("slash_plan_by_its_ratio", "Diện tích cây vụ đông đạt 1.320/⟦1.200⟧ ha, bằng 110%.",
      measure="area", kind="target", base="plan", low=1200, high=1200, unit="ha"),
    F("slash_whole_stays_a_whole", "Đã giải quyết 728/⟦744⟧ vụ, đạt 97,85%.",
      kind="level", aspect="resolved_total", value=744, unit="cases"),
    F("vuot_diem_pct_ke_hoach", "Tỷ lệ lao động qua đào tạo đạt 74,5%, vượt ⟦1,5⟧ điểm % so với kế hoạch.",
      subject="trained_workers", kind="change_pp", base="plan", value=1.5, unit=PP),
    F("hut_thu_du_toan", "Thu ngân sách trên địa bàn hụt thu ⟦25⟧ tỷ đồng so với dự toán.",
      subject="district_budget_revenue", kind="change_abs", base="estimate", value=-25, unit=BN),
    F("aspect_after_comma_list", "Tiếp nhận 245 đơn thư, trong đó 180 đơn kiến nghị, phản ánh, ⟦35⟧ đơn khiếu nại, 30 đơn tố cáo.",
      subject="petitions", aspect="received_complaints", kind="level", value=35),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), FIGURES)
def test_figure(body, expected):
    check_figure(HEAD, body, expected)


# --- 2. Targets of the next year -----------------------------------------------------------------
T_HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN THANH PHONG\n\nBÁO CÁO\nTình hình kinh tế - xã hội năm 2024; phương hướng, nhiệm vụ năm 2025\n\n"
    "Phần thứ nhất\nKẾT QUẢ NĂM 2024\n\nI. Kinh tế\n\nGiá trị sản xuất tăng 7,4% so với cùng kỳ.\n\n"
    "Phần thứ hai\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\nI. CÁC CHỈ TIÊU CHỦ YẾU\n\n"
)
T_TAIL = "\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\nTập trung lãnh đạo.\n"
TARGETS = [
    T("Phấn đấu tốc độ tăng trưởng giá trị sản xuất trên địa bàn đạt 8-9%.", (8, 9, True, True, "change_pct", PCT, "total_production_value")),
    T("Thu ngân sách nhà nước trên địa bàn không dưới 500 tỷ đồng.", (500, N, True, N, "level", BN, "state_budget_revenue")),
    T("Giữ vững tỷ lệ trường đạt chuẩn quốc gia 100%.", (100, 100, True, True, "level", PCT, "national_standard_schools")),
    T("Giảm tỷ lệ hộ nghèo xuống dưới 1%.", (N, 1, N, False, "level", PCT, "poverty_rate")),
    T("Tổng vốn đầu tư toàn xã hội tăng từ 10% trở lên so với ước thực hiện năm 2024.", (10, N, True, N, "change_pct", PCT, "social_investment")),
    T("Thu nhập bình quân đầu người đạt từ 85 đến 90 triệu đồng/người/năm.", (85, 90, True, True, "level", "million_vnd_per_person_year", "income_per_head")),
    T("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng không thấp hơn 10%.", (10, N, True, N, "change_pct", PCT, "retail_sales")),
    T("Tỷ lệ hộ nghèo giảm 0,5 điểm phần trăm.", (-0.5, -0.5, True, True, "change_pp", PP, "poverty_rate")),
    T("Duy trì tỷ lệ che phủ rừng ở mức 35%.", (35, 35, True, True, "level", PCT, "forest_cover")),
    T("Phấn đấu có thêm 02 xã đạt chuẩn nông thôn mới kiểu mẫu.", (2, 2, True, True, "level", "communes", "new_rural_communes")),
    T("Kim ngạch xuất khẩu tăng 12-15% so với năm 2024.", (12, 15, True, True, "change_pct", PCT, "exports")),
    T("Tổng vốn đầu tư toàn xã hội đạt 2 nghìn tỷ đồng.", (2000, 2000, True, True, "level", BN, "social_investment")),
    T("Thu hút 1,5 triệu lượt khách du lịch.", (1_500_000, 1_500_000, True, True, "level", "visitor_arrivals", "tourists")),
    T("Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 100%.", (100, 100, True, True, "level", PCT, "waste_collection")),
    T("Có thêm hai xã đạt chuẩn nông thôn mới nâng cao.", (2, 2, True, True, "level", "communes", "new_rural_communes")),
    T("Tỷ lệ hộ nghèo giảm 0,3 - 0,5 điểm phần trăm.", (-0.5, -0.3, True, True, "change_pp", PP, "poverty_rate")),
    T("Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi ≤ 8%.", (N, 8, N, True, "level", PCT, "stunting")),
    T("Đón 1,2 - 1,5 triệu lượt khách du lịch.", (1_200_000, 1_500_000, True, True, "level", "visitor_arrivals", "tourists")),
    T("Giải quyết việc làm mới cho ít nhất 3.000 lao động.", (3000, N, True, N, "level", "workers", "new_jobs")),
    T("Thu ngân sách trên địa bàn tăng 10% trở lên so với dự toán tỉnh giao.", (10, N, True, N, "change_pct", PCT, "district_budget_revenue")),
    T("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 8,5%.", (N, 8.5, N, False, "level", PCT, "stunting")),
]  # fmt: skip


@pytest.fixture(scope="module")
def target_report():
    return target_list(T_HEAD, TARGETS, T_TAIL)


@pytest.mark.parametrize("k", list(params(TARGETS)))
def test_target(target_report, k):
    check_target_item(target_report, TARGETS[k - 1][1], k, "2025")


def test_the_target_list_accounts_for_every_number(target_report):
    assert no_unaccounted(target_report)
    assert target_report.targets["period"].eq("2025").all()


# --- 3. A Word table with two comparison columns ----------------------------------------------
TAB_HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN KIẾN THỤY\n\nBÁO CÁO\nTình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024\n\n"
    "I. KẾT QUẢ THỰC HIỆN\n\n1. Kinh tế\n\nTổng giá trị sản xuất ước đạt 15.420 tỷ đồng, tăng 9,1% so với cùng kỳ.\n\n"
    "BIỂU SỐ 01\nMỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2024\n\n"
)
EIGHT = "STT\tChỉ tiêu\tĐVT\tThực hiện năm 2023\tKế hoạch năm 2024\tƯớc thực hiện năm 2024\tSo sánh (%) TH/KH\tSo sánh (%) cùng kỳ"
ROWS = [
    "1\tTổng giá trị sản xuất\tTỷ đồng\t14.134\t15.200\t15.420\t101,4\t109,1",
    "2\tThu ngân sách trên địa bàn\tTỷ đồng\t540\t560\t612,3\t109,3\t113,4",
    "3\tTỷ lệ hộ nghèo\t%\t1,8\t1,3\t1,25\t\t",
    "4\tGiải quyết việc làm mới\tLao động\t2.950\t3.000\t3.120\t104,0\t105,8",
]
MERGED = (
    "STT\tChỉ tiêu\tĐVT\tTH 2023\tKH 2024\tƯớc TH 2024\tSo sánh (%)\t\n\t\t\t\t\t\tTH/KH\tTH/CK"
)
PIPES = [
    "| STT | Chỉ tiêu | ĐVT | Thực hiện năm 2023 | Kế hoạch năm 2024 | Ước TH năm 2024 | Ước TH 2024/KH 2024 (%) | Ước TH 2024/TH 2023 (%) |",
    "|---|---|---|---|---|---|---|---|",
    "| 1 | Thu ngân sách trên địa bàn | Tỷ đồng | 540 | 560 | 612,3 | 109,3 | 113,4 |",
    "| 2 | Tỷ lệ hộ nghèo | % | 1,8 | 1,3 | 1,25 | | |",
]


def table(*lines: str):
    return vinhbao.load_report(TAB_HEAD + "\n".join(lines) + "\n")


def table_facts(report):
    f = report.facts
    return f[f["source"].str.startswith("appendix")]


def test_two_comparison_columns_keep_the_plans_ratio_in_the_appendix():
    a = table(EIGHT, *ROWS).appendix
    assert a["ratio"].tolist()[:2] == [101.4, 109.3] and math.isnan(a["ratio"].iloc[2])
    assert a["previous"].tolist() == [14134, 540, 1.8, 2950]
    assert a["actual"].tolist() == [15420, 612.3, 1.25, 3120]
    assert a["status_computed"].tolist() == ["exceeded"] * 4
    assert a["flag_notes"].eq("").all(), a["flag_notes"].tolist()


def test_the_year_on_year_column_gives_ratio_facts_on_last_year():
    r = table(EIGHT, *ROWS)
    f = table_facts(r).query("kind == 'ratio_pct' and base == 'last_year'")
    assert sorted(zip(f["subject"], f["value"], f["period"], strict=True)) == [
        ("district_budget_revenue", 113.4, "2024"), ("new_jobs", 105.8, "2024"),
        ("total_production_value", 109.1, "2024"),
    ]  # fmt: skip
    assert f["unit"].eq(PCT).all()
    assert no_unaccounted(r), r.numbers[r.numbers["kind"] == "unaccounted"]


def test_th_kh_and_th_ck_under_a_merged_so_sanh_header():
    """'TH/CK' once was read as the result column: 113,4 the actual, 612,3 unaccounted."""
    r = table(MERGED, ROWS[1])
    a = r.appendix.iloc[0]
    assert (a["previous"], a["target_low"], a["actual"], a["ratio"]) == (540, 560, 612.3, 109.3)
    assert a["status_computed"] == "exceeded"
    assert ("ratio_pct", "last_year", 113.4) in set(
        table_facts(r)[["kind", "base", "value"]].itertuples(index=False, name=None)
    )
    assert no_unaccounted(r)


def test_result_over_plan_and_over_last_year_headers_in_pipes():
    """'Ước TH 2024/KH 2024 (%)' and 'Ước TH 2024/TH 2023 (%)' are comparisons, not results."""
    r = table(*PIPES)
    a = r.appendix
    assert a["actual"].tolist() == [612.3, 1.25] and a["ratio"].iloc[0] == 109.3
    f = table_facts(r)
    got = set(f[["subject", "kind", "base", "value"]].itertuples(index=False, name=None))
    assert {("district_budget_revenue", "ratio_pct", "plan", 109.3),
            ("district_budget_revenue", "ratio_pct", "last_year", 113.4),
            ("district_budget_revenue", "level", "", 612.3)} <= got  # fmt: skip
    assert no_unaccounted(r)


def test_a_single_result_over_last_years_result_column_is_on_last_year():
    r = table("TT\tChỉ tiêu\tĐVT\tKH 2024\tƯớc TH 2024\tƯớc TH 2024/TH 2023 (%)",
              "1\tThu ngân sách trên địa bàn\tTỷ đồng\t560\t612,3\t113,4")  # fmt: skip
    f = table_facts(r).query("kind == 'ratio_pct'")
    assert f[["base", "value"]].values.tolist() == [["last_year", 113.4]]


LAYOUTS = {
    "kh_cung_ky_under_so_sanh": [
        "STT\tChỉ tiêu\tĐVT\tTH 2023\tKH 2024\tƯớc TH 2024\tSo sánh (%)\t",
        "\t\t\t\t\t\tKH\tCùng kỳ", "1\tThu ngân sách trên địa bàn\tTỷ đồng\t540\t560\t612,3\t109,3\t113,4"],
    "years_over_single_columns": [
        "TT\tChỉ tiêu\tĐơn vị tính\tNăm 2023\tNăm 2024\t\tSo sánh (%)\t",
        "\t\t\tThực hiện\tKế hoạch\tƯớc thực hiện\tKH\tCùng kỳ",
        "1\tThu ngân sách trên địa bàn\tTỷ đồng\t540\t560\t612,3\t109,3\t113,4"],
    "spaces_th_kh_th_ck": [
        "STT   Chỉ tiêu                     ĐVT       TH 2023   KH 2024   Ước TH 2024   TH/KH (%)   TH/CK (%)",
        "1     Thu ngân sách trên địa bàn   Tỷ đồng   540       560       612,3         109,3        113,4"],
    "pct_so_kh_pct_so_ck_and_status": [
        "STT\tChỉ tiêu\tĐVT\tTH 2023\tKH 2024\tƯớc TH 2024\t% so KH\t% so CK\tĐánh giá",
        "1\tThu ngân sách trên địa bàn\tTỷ đồng\t540\t560\t612,3\t109,3\t113,4\tVượt"],
}  # fmt: skip


@pytest.mark.parametrize("layout", LAYOUTS)
def test_two_comparison_columns_in_other_layouts(layout):
    """Once 'KH' under 'So sánh (%)' was the target (109,3 the plan, 560 unaccounted), a year
    over one column each left the table unread (its figures prose), and so on."""
    r = table(*LAYOUTS[layout])
    a = r.appendix.iloc[0]
    assert (a["previous"], a["target_low"], a["actual"], a["ratio"]) == (540, 560, 612.3, 109.3)
    assert a["status_computed"] == "exceeded"
    f = table_facts(r)
    got = set(f[["kind", "base", "value", "period"]].itertuples(index=False, name=None))
    assert got == {("target", "plan", 560, "2024"), ("level", "", 612.3, "2024"),
                   ("level", "", 540, "2023"), ("ratio_pct", "plan", 109.3, "2024"),
                   ("ratio_pct", "last_year", 113.4, "2024")}  # fmt: skip
    assert no_unaccounted(r)


# --- 4. A whole UBND report: CRLF, hard wraps, [n] footnotes -----------------------------------
REPORT = """ỦY BAN NHÂN DÂN
HUYỆN NAM SÁCH
Số: 318/BC-UBND
Nam Sách, ngày 05 tháng 12 năm 2024

BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024;
mục tiêu, nhiệm vụ, giải pháp năm 2025

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024

1. Về phát triển kinh tế

a) Sản xuất nông nghiệp

- Tổng diện tích gieo cấy lúa cả năm đạt 9.215 ha, giảm 1,8% so với năm trước do
chuyển đổi cơ cấu cây trồng; năng suất bình quân đạt 63,5 tạ/ha, tăng 0,7 tạ/ha
so với cùng kỳ; sản lượng lúa ước đạt 58.515 tấn[1].

- Giá trị sản xuất ngành chăn nuôi ước đạt 1.120 tỷ đồng, tăng 4,3% so với
cùng kỳ; tổng đàn lợn đạt khoảng 65.000 con.

b) Công nghiệp, xây dựng

- Giá trị sản xuất công nghiệp - xây dựng ước đạt 8.950 tỷ đồng, bằng 101,6%
so với kế hoạch, tăng 10,2% so với năm 2023.

2. Về tài chính, ngân sách

- Tổng thu ngân sách nhà nước trên địa bàn ước đạt 1.426 tỷ đồng, đạt 118,8%
dự toán tỉnh giao[2].

- Tổng chi ngân sách địa phương ước đạt 1.082 tỷ đồng, bằng 97,3% dự toán.

3. Văn hóa - xã hội

- Giải quyết việc làm mới cho 2.860 lao động, trong đó 315 lao động đi làm việc
có thời hạn ở nước ngoài. Tỷ lệ hộ nghèo còn 0,85%, giảm 0,42 điểm phần trăm so với
đầu năm.

II. MỤC TIÊU, NHIỆM VỤ NĂM 2025

1. Các chỉ tiêu chủ yếu

- Tốc độ tăng trưởng giá trị sản xuất đạt 9 - 10%.
- Thu ngân sách nhà nước trên địa bàn không dưới 1.200 tỷ đồng.
- Tỷ lệ hộ nghèo giảm xuống dưới 0,7%.

2. Nhiệm vụ, giải pháp

Tập trung chỉ đạo thực hiện quyết liệt các nhiệm vụ.

[1] Vụ xuân 4.620 ha, năng suất 66,2 tạ/ha; vụ mùa 4.595 ha, năng suất 60,8 tạ/ha.
[2] Dự toán tỉnh giao 1.200 tỷ đồng.
""".replace("\n", "\r\n")


@pytest.fixture(scope="module")
def ubnd():
    return vinhbao.load_report(REPORT)


def _fact(report, printed: float, **where):
    f = report.facts[report.facts["value_printed"] == printed]
    for k, v in where.items():
        f = f[f[k] == v]
    assert len(f) == 1, f
    return f.iloc[0]


def test_ubnd_identity_and_every_number(ubnd):
    i = ubnd.identity
    assert (i.number, i.date, i.year, i.next_year, i.place) == (
        "318/BC-UBND",
        "2024-12-05",
        2024,
        2025,
        "Nam Sách",
    )
    assert no_unaccounted(ubnd), ubnd.numbers[ubnd.numbers["kind"] == "unaccounted"]
    assert len(ubnd.footnotes) == 2


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        (9215, {"subject": "rice_year", "measure": "area", "kind": "level", "value": 9215, "unit": "ha", "source": "body 1.a"}),
        (0.7, {"subject": "rice_year", "kind": "change_abs", "base": "last_year", "value": 0.07, "unit": "t_per_ha"}),
        (101.6, {"subject": "industry_construction", "kind": "ratio_pct", "base": "plan", "source": "body 1.b"}),
        (10.2, {"subject": "industry_construction", "kind": "change_pct", "base": "last_year"}),
        (118.8, {"subject": "state_budget_revenue", "kind": "ratio_pct", "base": "estimate", "source": "body 2"}),
        (315, {"subject": "labour_export", "kind": "level", "value": 315}),
        (0.42, {"subject": "poverty_rate", "kind": "change_pp", "value": -0.42, "unit": PP}),
        (66.2, {"subject": "spring_rice", "measure": "yield", "value": 6.62, "source": "footnote 1"}),
    ],
    ids=lambda x: str(x) if not isinstance(x, dict) else "",
)  # fmt: skip
def test_ubnd_figures_across_wrapped_lines(ubnd, printed, want):
    row = _fact(ubnd, printed, **({"source": want["source"]} if "source" in want else {}))
    for k, v in want.items():
        assert (row[k] == v) if not isinstance(v, float) else math.isclose(row[k], v), (k, row[k])


def test_ubnd_targets_under_cac_chi_tieu_chu_yeu(ubnd):
    t = ubnd.targets
    assert t[["low", "high", "kind", "unit", "period"]].fillna(-1).values.tolist() == [
        [9, 10, "change_pct", PCT, "2025"], [1200, -1, "level", BN, "2025"],
        [-1, 0.7, "level", PCT, "2025"],
    ]  # fmt: skip


HUYEN_UY = """HUYỆN ỦY AN LÃO
*
Số 215-BC/HU

ĐẢNG CỘNG SẢN VIỆT NAM
An Lão, ngày 18 tháng 12 năm 2024

BÁO CÁO
kết quả thực hiện nhiệm vụ năm 2024, phương hướng, nhiệm vụ năm 2025
-----

PHẦN I
KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024

I. VỀ PHÁT TRIỂN KINH TẾ

1. Tổng giá trị sản xuất trên địa bàn (giá so sánh 2010) ước đạt 18.650 tỷ đồng, tăng 12,3% so với năm 2023 (Nghị quyết: 12 - 13%)¹. Thu nhập bình quân đầu người ước đạt 85,2 triệu đồng (NQ: 84 triệu đồng).

2. Sản xuất nông nghiệp: diện tích gieo cấy lúa cả năm 5.820 ha, năng suất bình quân 64,2 tạ/ha; giá trị thu hoạch trên 01 ha canh tác đạt 182 triệu đồng.

- 2 -

3. Thu ngân sách nhà nước trên địa bàn ước đạt 960 tỷ đồng, bằng 128% dự toán thành phố giao; trong đó thu nội địa 820 tỷ đồng.

II. VỀ VĂN HÓA - XÃ HỘI

Tỷ lệ hộ nghèo còn 0,48%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,3%²; 100% xã đạt chuẩn quốc gia về y tế.

PHẦN II
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025

I. CÁC CHỈ TIÊU CHỦ YẾU

1) Tốc độ tăng trưởng giá trị sản xuất 12,5% trở lên.
2) Thu ngân sách nhà nước trên địa bàn: 1.000 tỷ đồng trở lên, trong đó:
+ Thu nội địa: 850 tỷ đồng;
+ Thu tiền sử dụng đất: 150 tỷ đồng.
3) Thu nhập bình quân đầu người: 90 - 92 triệu đồng.
4) Tỷ lệ hộ nghèo giảm còn dưới 0,4%.

II. NHIỆM VỤ, GIẢI PHÁP

Tập trung lãnh đạo thực hiện.

- 3 -

¹ Trong đó: nông nghiệp tăng 2,1%; công nghiệp - xây dựng tăng 15,6%; thương mại - dịch vụ tăng 10,4%.
² Vượt 0,3 điểm phần trăm so với chỉ tiêu Nghị quyết.
"""


@pytest.fixture(scope="module")
def huyen_uy():
    return vinhbao.load_report(HUYEN_UY)


def test_huyen_uy_with_phan_i_ii_page_numbers_and_superscript_footnotes(huyen_uy):
    i = huyen_uy.identity
    assert (i.number, i.date, i.year, i.next_year) == ("215-BC/HU", "2024-12-18", 2024, 2025)
    assert no_unaccounted(huyen_uy), huyen_uy.numbers[huyen_uy.numbers["kind"] == "unaccounted"]
    assert len(huyen_uy.footnotes) == 2
    t = huyen_uy.targets
    assert t["code"].tolist() == ["1", "2", "2.b", "2.c", "3", "4"]
    assert t[["low", "high"]].fillna(-1).values.tolist() == [
        [12.5, -1], [1000, -1], [850, 850], [150, 150], [90, 92], [-1, 0.4]
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        (12.0, {"subject": "total_production_value", "kind": "target", "low": 12, "high": 13}),
        (84.0, {"subject": "income_per_head", "kind": "target", "unit": "million_vnd_per_person_year"}),
        (128.0, {"subject": "state_budget_revenue", "kind": "ratio_pct", "base": "estimate"}),
        (100.0, {"subject": "health_standard_communes", "kind": "level", "unit": PCT}),
        (0.3, {"subject": "health_insurance", "kind": "change_pp", "base": "plan", "source": "footnote 2"}),
        (15.6, {"subject": "industry_construction", "kind": "change_pct", "source": "footnote 1"}),
    ],
    ids=lambda x: str(x) if not isinstance(x, dict) else "",
)  # fmt: skip
def test_huyen_uy_figures(huyen_uy, printed, want):
    """Once '100% xã đạt chuẩn quốc gia về y tế' was schools ('đạt chuẩn quốc gia'), and the
    footnote cited after the insurance rate took the subject named last in its sentence."""
    row = _fact(huyen_uy, printed, **({"source": want["source"]} if "source" in want else {}))
    for k, v in want.items():
        assert (row[k] == v) if not isinstance(v, float) else math.isclose(row[k], v), (k, row[k])


# --- 5. The bundled report reworded as another edition would write it -------------------------
FIELDS = ("subject", "measure", "kind", "base", "value", "low", "high", "period", "aspect", "unit")
RAW = vinhbao.config.RAW_REPORT.read_text(encoding="utf-8")
REWORDED = {
    "gross_output_comparator_first": ("Tổng giá trị sản xuất trên địa bàn ước đạt: 20.952,436 tỷ đồng, tăng 14,64% (KH 14-15%).",
        "Tổng giá trị sản xuất trên địa bàn cả năm ước đạt 20.952,436 tỷ đồng, so với năm 2022 tăng 14,64% (kế hoạch đề ra từ 14 đến 15%)."),
    "state_revenue_ratios_comparator_first": ("Tổng thu ngân sách nhà nước năm 2023 ước đạt 2.809,228 tỷ đồng, bằng 130,7% so với dự toán, bằng 125,4% so với cùng kỳ;",
        "Tổng thu ngân sách nhà nước năm 2023 ước thực hiện 2.809,228 tỷ đồng, so với dự toán bằng 130,7%, so với cùng kỳ năm trước bằng 125,4%;"),
    "industry_in_thousand_billions": ("giá trị sản xuất ước đạt 6.865 tỷ đồng, đạt 100,16% so với kế hoạch, tăng 17,94% so với cùng kỳ năm trước.",
        "giá trị sản xuất ước đạt 6,865 nghìn tỷ đồng, bằng 100,16% KH năm, tăng 17,94% so với năm 2022."),
    "investment_plan_in_thousand_billions": ("Tổng vốn đầu tư toàn xã hội ước đạt 6.150 tỷ đồng (KH năm: 5.700 - 5.900 tỷ đồng), tăng 16,4 % so với kế hoạch.",
        "Tổng vốn đầu tư toàn xã hội ước đạt 6.150 tỷ đồng (kế hoạch năm 5,7 - 5,9 nghìn tỷ đồng), vượt 16,4% kế hoạch."),
    "rice_output_vuot_ke_hoach": ("sản lượng 110.522 tấn, tăng 0,18% so với cùng kỳ, tăng 4,1% so kế hoạch²².",
        "sản lượng đạt 110,522 nghìn tấn, tăng 0,18% so với năm trước, vượt kế hoạch 4,1%²²."),
    "insurance_footnote_ratio_first": ("tổng thu ước đạt 449 tỷ đồng, đạt 100%KH, tăng 4,69% so cùng kỳ, tổng chi ước đạt 508,9 tỷ đồng, bằng 108,79% so cùng kỳ.",
        "tổng thu ước đạt 449 tỷ đồng, bằng 100% kế hoạch, tăng 4,69% so với năm trước; tổng chi ước đạt 508,9 tỷ đồng, so với năm trước bằng 108,79%."),
    "target_investment_tu_den": ("- (7). Tổng vốn đầu tư toàn xã hội: 6.000 - 6.300 tỷ đồng;",
        "- (7). Tổng vốn đầu tư toàn xã hội đạt từ 6.000 đến 6.300 tỷ đồng;"),
    "target_insurance_khong_duoi": ("- (16). Tỷ lệ người dân tham gia bảo hiểm y tế: 95% trở lên;",
        "- (16). Tỷ lệ người dân tham gia bảo hiểm y tế đạt không dưới 95%;"),
    "target_waste_toi_thieu": ("- (19). Tỷ lệ thu gom, xử lý rác thải sinh hoạt: 99,4% trở lên;",
        "- (19). Tỷ lệ thu gom, xử lý rác thải sinh hoạt đạt tối thiểu 99,4%;"),
    "target_population_giu_o_muc": ("- (11). Tỷ lệ tăng dân số tự nhiên: dưới 0,64%;",
        "- (11). Giữ tỷ lệ tăng dân số tự nhiên ở mức dưới 0,64%;"),
}  # fmt: skip


def _cell(value):
    if isinstance(value, float):
        return None if math.isnan(value) else float(f"{value:.9g}")
    return value if isinstance(value, str) and value else None


def _keys(facts, span: tuple[int, int]) -> Counter:
    inside = facts[(facts["number_start"] >= span[0]) & (facts["number_start"] < span[1])]
    return Counter(tuple(_cell(r[k]) for k in FIELDS) for r in inside.to_dict("records"))


@pytest.fixture(scope="module")
def bundled():
    return vinhbao.load_report(RAW)


@pytest.mark.parametrize("name", REWORDED)
def test_a_rewording_of_the_bundled_report_gives_the_same_facts(bundled, name):
    old, new = REWORDED[name]
    assert RAW.count(old) == 1
    at = RAW.index(old)
    other = vinhbao.load_report(RAW[:at] + new + RAW[at + len(old) :])
    mine = _keys(bundled.facts, (at, at + len(old)))
    theirs = _keys(other.facts, (at, at + len(new)))
    assert sum(mine.values()) >= 1
    assert mine == theirs, (mine - theirs, theirs - mine)
    assert no_unaccounted(other)
