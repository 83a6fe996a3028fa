"""Probes of the figure grammar on invented text (district names and figures made up).

Each probe is a short passage in the style of a district report with ONE figure marked ⟦…⟧:
the marks are removed before the text is read, and the fact at that figure must carry what a
careful analyst reads there (kind, base, signed value in the canonical unit, unit, bound,
period, and the subject where the lexicon should know it). Every probe is read right today;
a probe of a new miss goes in marked `xfail(strict=True)` with its reason (a strict xfail that
passes fails the run, so the mark goes with the fix).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter

import pytest
from probe_helpers import assert_interval, close, unmark

import vinhbao

HEAD = "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2024\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n"


def read(body: str, head: str = HEAD, transform=None):
    text, start, end = unmark(body)
    full = head + text + "\n"
    offset = len(head)
    if transform is not None:
        full, offset = transform(full, offset)
    return vinhbao.load_report(full), offset + start, offset + end


def check_fact(body: str, expected: dict, head: str = HEAD, transform=None):
    """(problems, what was read at the marked figure)."""
    report, start, end = read(body, head, transform)
    facts = report.facts
    here = facts[(facts.number_start >= start) & (facts.number_start < end)]
    rows = here.to_dict("records")
    got = [
        {k: r[k] for k in ("subject", "aspect", "measure", "kind", "base", "value", "unit",
                           "bound", "period", "low", "high")}
        for r in rows
    ]  # fmt: skip
    if not rows:
        kinds = report.numbers[(report.numbers.start >= start) & (report.numbers.start < end)]
        return [f"no fact (numbers: {kinds[['text', 'kind', 'note']].to_dict('records')})"], got
    kind = expected.get("kind")
    pick = [r for r in rows if r["kind"] == kind] or rows
    row = pick[0]
    problems = []
    for key, want in expected.items():
        have = row.get(key)
        if key in ("value", "low", "high"):
            if not close(have, want):
                problems.append(f"{key}: want {want!r} got {have!r}")
        elif key == "not_subject":
            if row["subject"] == want:
                problems.append(f"subject: want anything but {want!r}")
        elif key == "flag":
            if want not in (row["flag_notes"] or ""):
                problems.append(f"flag: want {want!r} in {row['flag_notes']!r}")
        elif (have or "") != (want or ""):
            problems.append(f"{key}: want {want!r} got {have!r}")
    return problems, got


def F(pid, body, head=HEAD, transform=None, **expected):
    return (pid, body, expected, head, transform)


# ---------------------------------------------------------------------------------------------
# Figures of the body: comparison phrases, achievement verbs, bounds, units.
# ---------------------------------------------------------------------------------------------
FACT_PROBES = [
    # --- year-on-year phrasings
    F(
        "yoy_so_voi_nam_truoc",
        "Diện tích gieo trồng lúa cả năm đạt 8.250 ha, giảm ⟦2,1⟧% so với năm trước.",
        kind="change_pct",
        base="last_year",
        value=-2.1,
        unit="pct",
        period="2024",
    ),
    F(
        "yoy_so_cung_ky_nam_truoc",
        "Năng suất lúa bình quân cả năm đạt 65,4 tạ/ha, tăng ⟦1,2⟧ tạ/ha so cùng kỳ năm trước.",
        kind="change_abs",
        base="last_year",
        value=0.12,
        unit="t_per_ha",
    ),
    F(
        "yoy_so_voi_nam_2023",
        "Giá trị sản xuất công nghiệp đạt 1.540 tỷ đồng, tăng ⟦10,4⟧% so với năm 2023.",
        kind="change_pct",
        base="last_year",
        value=10.4,
        subject="industry_handicrafts",
    ),
    F(
        "yoy_so_voi_2023_no_nam",
        "Giá trị sản xuất công nghiệp đạt 1.540 tỷ đồng, tăng ⟦10,4⟧% so với 2023.",
        kind="change_pct",
        base="last_year",
        value=10.4,
    ),
    F(
        "yoy_so_cung_ky_nam_2023",
        "Tổng thu ngân sách nhà nước trên địa bàn đạt 612,3 tỷ"
        " đồng, tăng ⟦7,8⟧% so với cùng kỳ năm 2023.",
        kind="change_pct",
        base="last_year",
        value=7.8,
        subject="state_budget_revenue",
    ),
    F(
        "yoy_cung_ki_spelling",
        "Tổng thu ngân sách nhà nước trên địa bàn đạt 612,3 tỷ"
        " đồng, tăng ⟦7,8⟧% so với cùng kì năm trước.",
        kind="change_pct",
        base="last_year",
        value=7.8,
    ),
    F(
        "yoy_comparator_first_year",
        "Giá trị sản xuất nông nghiệp đạt 2.010 tỷ đồng, so với năm 2023 tăng ⟦3,2⟧%.",
        kind="change_pct",
        base="last_year",
        value=3.2,
    ),
    F(
        "yoy_comparator_first_cung_ky_nam_truoc",
        "Tổng đàn lợn đạt 52.000 con, so với cùng kỳ năm trước giảm ⟦4,5⟧%.",
        kind="change_pct",
        base="last_year",
        value=-4.5,
        subject="pig_herd",
    ),
    F(
        "yoy_base_between_verb_and_number",
        "Tổng thu ngân sách nhà nước đạt 612,3 tỷ đồng, tăng so với cùng kỳ ⟦7,8⟧%.",
        kind="change_pct",
        base="last_year",
        value=7.8,
    ),
    F(
        "yoy_base_between_verb_and_number_giam",
        "Tổng đàn lợn đạt 52.000 con, giảm so với năm trước ⟦4,5⟧%.",
        kind="change_pct",
        base="last_year",
        value=-4.5,
    ),
    F(
        "yoy_thuc_hien_nam_2023",
        "Giá trị sản xuất xây dựng đạt 980 tỷ đồng, tăng ⟦6,3⟧% so với thực hiện năm 2023.",
        kind="change_pct",
        base="last_year",
        value=6.3,
    ),
    F(
        "yoy_nam_2022_is_other",
        "Giá trị sản xuất công nghiệp đạt 1.540 tỷ đồng, tăng ⟦21,5⟧% so với năm 2022.",
        kind="change_pct",
        base="other",
        value=21.5,
    ),
    F(
        "yoy_bang_73",
        "Số vụ tai nạn giao thông là 27 vụ, bằng ⟦73⟧% so với cùng kỳ.",
        kind="ratio_pct",
        base="last_year",
        value=73,
    ),
    F(
        "yoy_prior_growth_in_brackets",
        "Giá trị sản xuất công nghiệp tăng 9,5% so với cùng kỳ (cùng kỳ tăng ⟦7,1⟧%).",
        kind="change_pct",
        base="last_year",
        value=7.1,
        period="2023",
    ),
    F(
        "yoy_last_year_value_bracket",
        "Thu nhập bình quân đầu người đạt 62,5 triệu đồng (năm 2023: ⟦58,3⟧ triệu đồng).",
        kind="level",
        value=58.3,
        period="2023",
        unit="million_vnd_per_person_year",
    ),
    F(
        "yoy_cung_ky_value_bracket",
        "Tổng thu ngân sách nhà nước đạt 612,3 tỷ đồng (cùng kỳ: ⟦568,1⟧ tỷ đồng).",
        kind="level",
        value=568.1,
        period="2023",
    ),
    F(
        "yoy_tang_nhe",
        "Tổng đàn trâu, bò đạt 3.120 con, tăng nhẹ ⟦0,8⟧% so với cùng kỳ.",
        kind="change_pct",
        base="last_year",
        value=0.8,
    ),
    F(
        "yoy_giam_manh",
        "Số vụ vi phạm pháp luật về môi trường là 14 vụ, giảm mạnh ⟦41,2⟧% so với cùng kỳ.",
        kind="change_pct",
        base="last_year",
        value=-41.2,
    ),
    F(
        "yoy_sut_giam",
        "Tổng đàn gia cầm đạt 0,9 triệu con, sụt giảm ⟦12,4⟧% so với năm trước.",
        kind="change_pct",
        base="last_year",
        value=-12.4,
    ),
    F(
        "yoy_tang_105_is_change",
        "Kim ngạch xuất khẩu đạt 41 triệu USD, tăng ⟦105⟧% so với cùng kỳ.",
        kind="change_pct",
        base="last_year",
        value=105,
    ),
    F(
        "yoy_tang_gap_13",
        "Tổng đàn gia cầm ước đạt 1,1 triệu con, tăng gấp ⟦1,3⟧ lần so với năm 2023.",
        kind="ratio_pct",
        base="last_year",
        value=130,
    ),
    F(
        "yoy_gap_doi_words",
        "Số doanh nghiệp thành lập mới là 58 doanh nghiệp, gấp ⟦2⟧ lần năm trước.",
        kind="ratio_pct",
        base="last_year",
        value=200,
    ),
    F(
        "yoy_bang_lan",
        "Doanh thu du lịch đạt 96 tỷ đồng, bằng ⟦1,4⟧ lần cùng kỳ.",
        kind="ratio_pct",
        base="last_year",
        value=140,
    ),
    F(
        "yoy_giam_diem_pct",
        "Tỷ lệ hộ nghèo còn 1,05%, giảm ⟦0,62⟧ điểm % so với năm 2023.",
        kind="change_pp",
        base="last_year",
        value=-0.62,
        unit="pp",
    ),
    F(
        "yoy_giam_diem_phan_tram_space",
        "Tỷ lệ hộ cận nghèo còn 2,3%, giảm ⟦0,4⟧ điểm phần trăm so với cùng kỳ.",
        kind="change_pp",
        base="last_year",
        value=-0.4,
        unit="pp",
    ),
    F(
        "yoy_rate_giam_pct_as_pp",
        "Tỷ lệ hộ nghèo giảm ⟦0,45⟧% so với năm trước.",
        kind="change_pp",
        base="last_year",
        value=-0.45,
        unit="pp",
    ),
    F(
        "yoy_cao_hon",
        "Năng suất lúa vụ Mùa đạt 60,2 tạ/ha, cao hơn ⟦1,5⟧ tạ/ha so với vụ Mùa năm 2023.",
        kind="change_abs",
        value=0.15,
        unit="t_per_ha",
    ),
    F(
        "yoy_abs_dossiers",
        "Tiếp nhận 1.450 hồ sơ, tăng ⟦210⟧ hồ sơ so với cùng kỳ.",
        kind="change_abs",
        base="last_year",
        value=210,
        unit="dossiers",
    ),
    F(
        "yoy_abs_giam_nguoi",
        "Số người chết do tai nạn giao thông là 9 người, giảm ⟦3⟧ người so với cùng kỳ.",
        kind="change_abs",
        base="last_year",
        value=-3,
        unit="people",
    ),
    F(
        "yoy_abs_money",
        "Thu nhập bình quân đầu người đạt 62,5 triệu đồng, tăng ⟦4,2⟧ triệu đồng so với năm 2023.",
        kind="change_abs",
        base="last_year",
        value=4.2,
        unit="million_vnd_per_person_year",
    ),
    F(
        "yoy_growth_as_level",
        "Tốc độ tăng trưởng giá trị sản xuất đạt ⟦9,3⟧%.",
        kind="change_pct",
        value=9.3,
    ),
    F(
        "yoy_growth_binh_quan_nam",
        "Giai đoạn 2021-2024, giá trị sản xuất tăng bình quân ⟦8,7⟧%/năm.",
        kind="change_pct",
        value=8.7,
    ),
    # --- against the plan or estimate
    F(
        "plan_hoan_thanh_102",
        "Giá trị sản xuất công nghiệp ước đạt 1,2 nghìn tỷ đồng, hoàn thành ⟦102⟧% kế hoạch năm.",
        kind="ratio_pct",
        base="plan",
        value=102,
    ),
    F(
        "plan_vuot_chi_tieu",
        "Kim ngạch xuất khẩu đạt 86,5 triệu USD, vượt ⟦3,5⟧% chỉ tiêu.",
        kind="change_pct",
        base="plan",
        value=3.5,
    ),
    F(
        "plan_dat_du_toan",
        "Tổng thu ngân sách nhà nước ước đạt 612,3 tỷ đồng, đạt ⟦95,6⟧% dự toán.",
        kind="ratio_pct",
        base="estimate",
        value=95.6,
    ),
    F(
        "plan_dat_du_toan_hdnd_huyen_giao",
        "Tổng thu ngân sách nhà nước ước đạt 612,3 tỷ đồng, đạt ⟦128,4⟧% dự toán HĐND huyện giao.",
        kind="ratio_pct",
        base="estimate",
        value=128.4,
    ),
    F(
        "plan_bang_so_voi_kh",
        "Tổng vốn đầu tư toàn xã hội đạt 4.120 tỷ đồng, bằng ⟦101,5⟧% so với kế hoạch.",
        kind="ratio_pct",
        base="plan",
        value=101.5,
    ),
    F(
        "plan_dat_nghi_quyet",
        "Thu nhập bình quân đầu người đạt 62,5 triệu đồng, đạt ⟦100,8⟧% Nghị quyết.",
        kind="ratio_pct",
        base="plan",
        value=100.8,
    ),
    F(
        "plan_so_voi_nq_dai_hoi",
        "Tỷ lệ đô thị hóa đạt 21%, đạt ⟦105⟧% so với chỉ tiêu Nghị quyết Đại hội.",
        kind="ratio_pct",
        base="plan",
        value=105,
    ),
    F(
        "plan_glued_kh",
        "Thu ngân sách trên địa bàn đạt 215 tỷ đồng, đạt ⟦108⟧%KH.",
        kind="ratio_pct",
        base="plan",
        value=108,
    ),
    F(
        "plan_vuot_ke_hoach_abs",
        "Tổng vốn đầu tư thực hiện vượt ⟦15⟧ tỷ đồng so với kế hoạch.",
        kind="change_abs",
        base="plan",
        value=15,
        unit="billion_vnd",
    ),
    F(
        "plan_hoan_thanh_vuot_muc",
        "Thu ngân sách hoàn thành vượt mức ⟦12,5⟧% kế hoạch.",
        kind="change_pct",
        base="plan",
        value=12.5,
    ),
    F(
        "plan_tang_so_voi_du_toan",
        "Tổng thu ngân sách nhà nước đạt 612,3 tỷ đồng, tăng ⟦28,4⟧% so với dự toán.",
        kind="change_pct",
        base="estimate",
        value=28.4,
    ),
    F(
        "plan_so_voi_ke_hoach_dat_first",
        "Tổng vốn đầu tư toàn xã hội đạt 4.120 tỷ đồng, so với kế hoạch đạt ⟦101,5⟧%.",
        kind="ratio_pct",
        base="plan",
        value=101.5,
    ),
    F(
        "plan_slash_actual_plan",
        "Giải ngân vốn đầu tư công được 486,2/⟦512⟧ tỷ đồng, đạt 95% kế hoạch vốn.",
        kind="target",
        base="plan",
        value=512,
    ),
    F(
        "plan_target_bracket_range",
        "Tổng giá trị sản xuất tăng 11,2% so với cùng kỳ (KH ⟦10,5⟧-11,5%).",
        kind="target",
        base="plan",
        low=10.5,
        high=11.5,
    ),
    F(
        "plan_target_bracket_nq_duoi",
        "Tỷ lệ hộ nghèo còn 1,05% (NQ dưới ⟦1,5⟧%).",
        kind="target",
        base="plan",
        high=1.5,
    ),
    F(
        "plan_two_bases",
        "Tổng thu ngân sách đạt 612,3 tỷ đồng, bằng 128% dự toán tỉnh"
        " giao, bằng ⟦112⟧% dự toán HĐND huyện giao.",
        kind="ratio_pct",
        base="estimate",
        value=112,
    ),
    F(
        "plan_bang_cung_ky_after_du_toan",
        "Tổng thu ngân sách đạt 612,3 tỷ đồng, bằng 128% dự toán, bằng ⟦104⟧% so với cùng kỳ.",
        kind="ratio_pct",
        base="last_year",
        value=104,
    ),
    F(
        "plan_dat_kh_de_ra",
        "Giải quyết việc làm mới cho 2.150 lao động, đạt ⟦107,5⟧% kế hoạch đề ra.",
        kind="ratio_pct",
        base="plan",
        value=107.5,
    ),
    # --- bounds on actual figures
    F(
        "bound_uoc_dat_tren",
        "Tổng đàn gia cầm ước đạt trên ⟦1,1⟧ triệu con.",
        kind="level",
        bound=">",
        value=1.1e6,
        unit="head",
    ),
    F("bound_gan", "Tổng đàn lợn đạt gần ⟦52.000⟧ con.", kind="level", bound="~", value=52000),
    F(
        "bound_xap_xi",
        "Sản lượng thóc đạt xấp xỉ ⟦5,4⟧ vạn tấn.",
        kind="level",
        bound="~",
        value=54000,
        unit="t",
    ),
    F(
        "bound_khoang",
        "Khách du lịch đạt khoảng ⟦350⟧ nghìn lượt.",
        kind="level",
        bound="~",
        value=350000,
    ),
    F(
        "bound_hon",
        "Toàn huyện có hơn ⟦1.200⟧ hộ kinh doanh cá thể.",
        kind="level",
        bound=">",
        value=1200,
    ),
    F(
        "bound_dat_hon",
        "Tổng vốn huy động xây dựng nông thôn mới đạt hơn ⟦385⟧ tỷ đồng.",
        kind="level",
        bound=">",
        value=385,
    ),
    F("bound_chua_den", "Tỷ lệ hộ nghèo chưa đến ⟦1⟧%.", kind="level", bound="<", value=1),
    F(
        "bound_tren_ratio",
        "Thu ngân sách đạt trên ⟦110⟧% dự toán.",
        kind="ratio_pct",
        base="estimate",
        bound=">",
        value=110,
    ),
    F(
        "bound_tren_duoi",
        "Diện tích cây vụ Đông đạt trên dưới ⟦1.500⟧ ha.",
        kind="level",
        bound="~",
        value=1500,
        unit="ha",
    ),
    F("bound_ngot", "Đón ngót ⟦300⟧ nghìn lượt khách.", kind="level", bound="~", value=300000),
    # --- units and multipliers
    F(
        "unit_nghin_ty",
        "Giá trị sản xuất công nghiệp ước đạt ⟦1,2⟧ nghìn tỷ đồng.",
        kind="level",
        value=1200,
        unit="billion_vnd",
    ),
    F(
        "unit_ngan_ty",
        "Tổng vốn đầu tư toàn xã hội đạt ⟦4,5⟧ ngàn tỷ đồng.",
        kind="level",
        value=4500,
        unit="billion_vnd",
    ),
    F(
        "unit_van_tan",
        "Sản lượng lương thực đạt ⟦3,5⟧ vạn tấn.",
        kind="level",
        value=35000,
        unit="t",
    ),
    F(
        "unit_nghin_tan",
        "Sản lượng thịt hơi xuất chuồng đạt ⟦18,6⟧ nghìn tấn.",
        kind="level",
        value=18600,
        unit="t",
    ),
    F(
        "unit_ha_glued",
        "Nuôi trồng thủy sản trên diện tích ⟦860⟧ha.",
        kind="level",
        value=860,
        unit="ha",
    ),
    F(
        "unit_nghin_ha",
        "Diện tích đất nông nghiệp còn ⟦12,4⟧ nghìn ha.",
        kind="level",
        value=12400,
        unit="ha",
    ),
    F(
        "unit_per_mille",
        "Tỷ lệ tăng dân số tự nhiên là ⟦9,8⟧‰.",
        kind="level",
        value=9.8,
        unit="per_mille",
    ),
    F(
        "unit_usd_million",
        "Kim ngạch xuất khẩu đạt ⟦86,5⟧ triệu USD.",
        kind="level",
        value=86.5e6,
        unit="usd",
    ),
    F(
        "unit_usd_nghin",
        "Kim ngạch nhập khẩu đạt ⟦9.450⟧ nghìn USD.",
        kind="level",
        value=9.45e6,
        unit="usd",
    ),
    F(
        "unit_ty_usd",
        "Kim ngạch xuất khẩu đạt ⟦1,25⟧ tỷ USD.",
        kind="level",
        value=1.25e9,
        unit="usd",
    ),
    F(
        "unit_trieu_dong_nguoi_nam",
        "Thu nhập bình quân đầu người đạt ⟦62,5⟧ triệu đồng/người/năm.",
        kind="level",
        value=62.5,
        unit="million_vnd_per_person_year",
    ),
    F(
        "unit_trieu_dong_plain_per_head",
        "Thu nhập bình quân đầu người đạt ⟦62,5⟧ triệu đồng.",
        kind="level",
        value=62.5,
        unit="million_vnd_per_person_year",
    ),
    F(
        "unit_ta_ha",
        "Năng suất lúa vụ Xuân đạt ⟦68,2⟧ tạ/ha.",
        kind="level",
        value=6.82,
        unit="t_per_ha",
    ),
    F(
        "unit_tan_ha",
        "Năng suất lúa cả năm đạt ⟦13,1⟧ tấn/ha.",
        kind="level",
        value=13.1,
        unit="t_per_ha",
    ),
    F("unit_tr_d", "Kinh phí hỗ trợ ⟦450⟧ tr.đ.", kind="level", value=0.45, unit="billion_vnd"),
    F(
        "unit_bare_ty",
        "Thu tiền sử dụng đất đạt ⟦215⟧ tỷ.",
        kind="level",
        value=215,
        unit="billion_vnd",
    ),
    F(
        "unit_trieu_dong_ha",
        "Giá trị sản xuất bình quân trên 1 ha đất canh tác đạt ⟦152⟧ triệu đồng/ha.",
        kind="level",
        value=152,
        unit="million_vnd_per_ha_year",
    ),
    F(
        "unit_nghin_dong",
        "Mức hỗ trợ là ⟦500⟧ nghìn đồng/người/tháng.",
        kind="level",
        value=0.5,
        unit="million_vnd_per_person_month",
    ),
    F(
        "unit_m3",
        "Nạo vét kênh mương với khối lượng ⟦125.000⟧ m³.",
        kind="level",
        value=125000,
        unit="m3",
    ),
    F(
        "unit_m3_ascii",
        "Nạo vét kênh mương với khối lượng ⟦125.000⟧ m3.",
        kind="level",
        value=125000,
        unit="m3",
    ),
    F(
        "unit_trieu_kwh",
        "Điện thương phẩm đạt ⟦412,5⟧ triệu kWh.",
        kind="level",
        value=412.5,
        unit="million_kwh",
    ),
    F(
        "unit_km",
        "Cứng hóa ⟦36,5⟧ km đường giao thông nông thôn.",
        kind="level",
        value=36.5,
        unit="km",
    ),
    F("unit_per_10000", "Số giường bệnh đạt ⟦28⟧ giường/vạn dân.", kind="level", value=28),
    F("unit_bac_si_van_dan", "Tỷ lệ bác sĩ đạt ⟦9,5⟧ bác sĩ/vạn dân.", kind="level", value=9.5),
    F(
        "unit_m2_per_person",
        "Diện tích nhà ở bình quân đạt ⟦26,5⟧ m²/người.",
        kind="level",
        value=26.5,
    ),
    F(
        "unit_space_before_pct",
        "Tỷ lệ lao động qua đào tạo đạt ⟦72,5⟧ %.",
        kind="level",
        value=72.5,
        unit="pct",
    ),
    F(
        "unit_tan_year_head",
        "Sản lượng thủy sản đạt ⟦7.245⟧ tấn.",
        kind="level",
        value=7245,
        unit="t",
    ),
    F(
        "unit_ton_thousands_no_dot",
        "Sản lượng thủy sản đạt ⟦7245⟧ tấn.",
        kind="level",
        value=7245,
        unit="t",
    ),
    F(
        "unit_leading_zero",
        "Có ⟦04⟧ xã đạt chuẩn nông thôn mới nâng cao.",
        kind="level",
        value=4,
        unit="communes",
    ),
    F("unit_lit", "Tiêm phòng và cấp ⟦2.500⟧ lít hóa chất khử trùng.", kind="level", value=2500),
    F(
        "unit_mw",
        "Công suất điện mặt trời mái nhà đạt ⟦12,5⟧ MW.",
        kind="level",
        value=12500,
        unit="kw",
    ),
    F(
        "unit_kva",
        "Xây dựng mới 14 trạm biến áp với tổng dung lượng ⟦5.600⟧ kVA.",
        kind="level",
        value=5600,
    ),
    # --- lists, footnotes, shares
    F(
        "list_middle",
        "Cơ cấu diện tích gồm: lúa 5.200 ha, rau màu ⟦1.300⟧ ha, cây ăn quả 860 ha.",
        kind="level",
        value=1300,
        unit="ha",
    ),
    F(
        "list_share_brackets",
        "Tiếp nhận 1.450 hồ sơ, đã giải quyết 1.420 hồ sơ (⟦97,9⟧%).",
        kind="share_pct",
        value=97.9,
    ),
    F(
        "share_chiem_ty_trong",
        "Công nghiệp - xây dựng chiếm tỷ trọng ⟦52,1⟧% trong cơ cấu kinh tế.",
        kind="share_pct",
        value=52.1,
    ),
    F(
        "footnote_bracket_glued",
        "Tổng thu ngân sách nhà nước đạt ⟦612,3⟧ tỷ đồng[3], đạt 95,6% dự toán.",
        kind="level",
        value=612.3,
        unit="billion_vnd",
    ),
    F(
        "footnote_bracket_after_pct",
        "Tổng thu ngân sách nhà nước đạt 612,3 tỷ đồng, đạt ⟦95,6⟧%[3] dự toán.",
        kind="ratio_pct",
        base="estimate",
        value=95.6,
    ),
    F(
        "footnote_superscript_after_pct",
        "Tổng thu ngân sách nhà nước đạt 612,3 tỷ đồng, đạt ⟦95,6⟧%⁴ dự toán.",
        kind="ratio_pct",
        base="estimate",
        value=95.6,
    ),
    F(
        "footnote_superscript_after_unit",
        "Tổng thu ngân sách nhà nước đạt ⟦612,3⟧ tỷ đồng¹², đạt 95,6% dự toán.",
        kind="level",
        value=612.3,
        unit="billion_vnd",
    ),
    F(
        "footnote_paren_after_unit",
        "Tổng thu ngân sách nhà nước đạt ⟦612,3⟧ tỷ đồng(3), đạt 95,6% dự toán.",
        kind="level",
        value=612.3,
        unit="billion_vnd",
    ),
    F(
        "slash_mean_of_max",
        "Các xã đạt bình quân ⟦17,6⟧/19 tiêu chí nông thôn mới.",
        kind="level",
        value=17.6,
    ),
    F(
        "slash_two_counts",
        "Tổ chức khám sức khỏe cho 230 lượt/⟦287⟧ lượt người đăng ký.",
        kind="level",
        value=287,
    ),
    # --- hard-wrapped lines
    F(
        "wrap_unit_next_line",
        "Tổng thu ngân sách nhà nước trên địa bàn ước đạt ⟦612,3⟧\ntỷ đồng, đạt 95,6% dự toán.",
        kind="level",
        value=612.3,
        unit="billion_vnd",
    ),
    F(
        "wrap_base_next_line",
        "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 612,3"
        " tỷ đồng, tăng ⟦7,8⟧% so\nvới cùng kỳ.",
        kind="change_pct",
        base="last_year",
        value=7.8,
    ),
    F(
        "wrap_multiplier_split",
        "Giá trị sản xuất công nghiệp ước đạt ⟦1,2⟧ nghìn\ntỷ đồng, tăng 10,4% so với năm 2023.",
        kind="level",
        value=1200,
        unit="billion_vnd",
    ),
]

FACT_PROBES += [
    F(
        "mix_month_on_month",
        "Chỉ số sản xuất công nghiệp tăng ⟦2,1⟧% so với tháng trước và tăng 7,4% so với cùng kỳ.",
        kind="change_pct",
        base="previous_period",
        value=2.1,
    ),
    F(
        "mix_month_then_yoy",
        "Chỉ số sản xuất công nghiệp tăng 2,1% so với tháng trước và tăng ⟦7,4⟧% so với cùng kỳ.",
        kind="change_pct",
        base="last_year",
        value=7.4,
    ),
    F(
        "two_bases_one_clause",
        "Giá trị sản xuất công nghiệp đạt 1.540 tỷ đồng, bằng"
        " 110,4% so với cùng kỳ và ⟦102⟧% kế hoạch.",
        kind="ratio_pct",
        base="plan",
        value=102,
    ),
    F(
        "prior_growth_nam_2023_bracket",
        "Giá trị sản xuất công nghiệp tăng 9,5% so với cùng kỳ (năm 2023 tăng ⟦6,9⟧%).",
        kind="change_pct",
        value=6.9,
        period="2023",
    ),
    F(
        "prior_ratio_bracket_cung_ky",
        "Thu ngân sách đạt 612,3 tỷ đồng, bằng 98,5% dự toán (cùng kỳ đạt ⟦101,2⟧%).",
        kind="ratio_pct",
        base="estimate",
        value=101.2,
        period="2023",
    ),
    F(
        "tang_lan_without_gap",
        "Số doanh nghiệp thành lập mới là 58 doanh nghiệp, tăng ⟦1,5⟧ lần so với năm trước.",
        kind="ratio_pct",
        base="last_year",
        value=150,
    ),
    F(
        "state_budget_without_tong",
        "Thu ngân sách nhà nước trên địa bàn đạt ⟦612,3⟧ tỷ đồng.",
        kind="level",
        value=612.3,
        subject="state_budget_revenue",
    ),
    F(
        "grain_not_rice",
        "Tổng sản lượng lương thực có hạt đạt ⟦54.200⟧ tấn, trong đó thóc 51.800 tấn.",
        kind="level",
        value=54200,
        unit="t",
        not_subject="rice_year",
    ),
    F(
        "target_bracket_colon",
        "Tốc độ tăng giá trị sản xuất đạt 8,7% (KH: ⟦8⟧-8,5%).",
        kind="target",
        base="plan",
        low=8,
        high=8.5,
    ),
    F(
        "target_bracket_chi_tieu",
        "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,8% (chỉ tiêu ⟦95⟧%).",
        kind="target",
        base="plan",
        value=95,
    ),
    F(
        "target_bracket_kh_tang",
        "Tổng thu ngân sách tăng 7,8% so với cùng kỳ (KH tăng ⟦7⟧-8%).",
        kind="target",
        base="plan",
        low=7,
        high=8,
    ),
    F(
        "vuot_diem_pct_chi_tieu",
        "Tỷ lệ bao phủ bảo hiểm y tế đạt 95,5%, vượt ⟦0,5⟧ điểm % so với chỉ tiêu.",
        kind="change_pp",
        base="plan",
        value=0.5,
        unit="pp",
    ),
    F(
        "hut_thu_du_toan",
        "Thu tiền sử dụng đất đạt 180 tỷ đồng, hụt thu ⟦45⟧ tỷ đồng so với dự toán.",
        kind="change_abs",
        base="estimate",
        value=-45,
        unit="billion_vnd",
    ),
    F(
        "thu_vuot_du_toan_abs",
        "Thu ngân sách nhà nước trên địa bàn đạt 612,3 tỷ đồng, vượt dự toán ⟦52,3⟧ tỷ đồng.",
        kind="change_abs",
        base="estimate",
        value=52.3,
        unit="billion_vnd",
    ),
    F(
        "slash_actual_plan_ha",
        "Chuyển đổi cơ cấu cây trồng được 130/⟦120⟧ ha, vượt kế hoạch.",
        kind="target",
        base="plan",
        value=120,
    ),
    F(
        "english_decimal_flag",
        "Giá trị sản xuất công nghiệp tăng ⟦6.4⟧% so với cùng kỳ.",
        kind="change_pct",
        value=6.4,
        flag="English",
    ),
    F(
        "pct_spelled",
        "Kim ngạch xuất khẩu tăng ⟦12⟧ phần trăm so với cùng kỳ.",
        kind="change_pct",
        base="last_year",
        value=12,
    ),
    F("trieu_luot", "Đón ⟦2,05⟧ triệu lượt khách du lịch.", kind="level", value=2.05e6),
    F(
        "bare_tang_after_level",
        "Giá trị sản xuất công nghiệp đạt 1.540 tỷ đồng, tăng ⟦10,4⟧%.",
        kind="change_pct",
        value=10.4,
    ),
    F(
        "so_voi_dau_nam_pp",
        "Tỷ lệ bao phủ bảo hiểm y tế đạt 95,5%, tăng ⟦0,8⟧ điểm phần trăm so với đầu năm.",
        kind="change_pp",
        value=0.8,
        unit="pp",
    ),
    F(
        "wrap_point_unit",
        "Tỷ lệ hộ nghèo còn 1,05%, giảm ⟦0,62⟧ điểm\nphần trăm so với năm 2023.",
        kind="change_pp",
        value=-0.62,
        unit="pp",
    ),
    F(
        "no_link_level",
        "Tổng đàn lợn ⟦52.000⟧ con, đàn bò 3.100 con.",
        kind="level",
        value=52000,
        subject="pig_herd",
    ),
    F(
        "pct_of_plan_with_tren",
        "Thu ngân sách nhà nước ước đạt 612,3 tỷ đồng, đạt trên ⟦109⟧% dự toán.",
        kind="ratio_pct",
        base="estimate",
        value=109,
        bound=">",
    ),
    F(
        "footnote_star",
        "Tổng thu ngân sách nhà nước đạt ⟦612,3⟧ tỷ đồng(*), đạt 95,6% dự toán.",
        kind="level",
        value=612.3,
    ),
    F(
        "ratio_dat_so_cung_ky_nam_truoc",
        "Doanh thu dịch vụ đạt 1.020 tỷ đồng, đạt ⟦112,3⟧% so với cùng kỳ năm trước.",
        kind="ratio_pct",
        base="last_year",
        value=112.3,
    ),
    F(
        "level_van_tan_rounded",
        "Tổng sản lượng thủy sản ước đạt ⟦1,25⟧ vạn tấn, tăng 4,1% so với năm 2023.",
        kind="level",
        value=12500,
        unit="t",
    ),
    F(
        "ratio_of_plan_bang_kh_years",
        "Giải ngân vốn đầu tư công đạt 486,2 tỷ đồng, đạt ⟦95⟧% kế hoạch vốn năm 2024.",
        kind="ratio_pct",
        base="plan",
        value=95,
    ),
]

FACT_PROBES += [
    F(
        "english_decimal_in_vi_document",
        "Giá trị sản xuất công nghiệp đạt 1.540,5 tỷ đồng, tăng ⟦6.4⟧% so"
        " với cùng kỳ; thu ngân sách đạt 612,3 tỷ đồng.",
        kind="change_pct",
        value=6.4,
        flag="English",
    ),
    F(
        "hut_thu_plain",
        "Thu tiền sử dụng đất hụt ⟦45⟧ tỷ đồng so với dự toán.",
        kind="change_abs",
        base="estimate",
        value=-45,
        unit="billion_vnd",
    ),
    F(
        "thap_hon_abs",
        "Năng suất lúa vụ Mùa đạt 58,7 tạ/ha, thấp hơn ⟦2,3⟧ tạ/ha so với cùng kỳ.",
        kind="change_abs",
        base="last_year",
        value=-0.23,
        unit="t_per_ha",
    ),
    F(
        "nhieu_hon_abs",
        "Giải quyết việc làm cho 2.150 lao động, nhiều hơn ⟦120⟧ lao động so với năm trước.",
        kind="change_abs",
        base="last_year",
        value=120,
    ),
    F(
        "tang_nhe_abs",
        "Năng suất lúa vụ Xuân đạt 68,2 tạ/ha, tăng nhẹ ⟦0,4⟧ tạ/ha so với cùng kỳ.",
        kind="change_abs",
        base="last_year",
        value=0.04,
        unit="t_per_ha",
    ),
    F(
        "giam_nhe_pct",
        "Tổng đàn lợn đạt 52.000 con, giảm nhẹ ⟦1,2⟧% so với cùng kỳ.",
        kind="change_pct",
        base="last_year",
        value=-1.2,
        subject="pig_herd",
    ),
    F(
        "tang_manh_pct",
        "Doanh thu du lịch đạt 96 tỷ đồng, tăng mạnh ⟦35,2⟧% so với cùng kỳ.",
        kind="change_pct",
        base="last_year",
        value=35.2,
    ),
    F(
        "tang_khoang_pct",
        "Doanh thu du lịch đạt 96 tỷ đồng, tăng khoảng ⟦35⟧% so với cùng kỳ.",
        kind="change_pct",
        base="last_year",
        value=35,
        bound="~",
    ),
    F(
        "tang_hon_pct",
        "Doanh thu du lịch đạt 96 tỷ đồng, tăng hơn ⟦35⟧% so với cùng kỳ.",
        kind="change_pct",
        base="last_year",
        value=35,
        bound=">",
    ),
    F(
        "giam_gan_pct",
        "Số vụ tai nạn giao thông giảm gần ⟦20⟧% so với cùng kỳ.",
        kind="change_pct",
        base="last_year",
        value=-20,
        bound="~",
    ),
    F(
        "tang_tuong_ung",
        "Tổng thu ngân sách đạt 612,3 tỷ đồng, tăng 45,1 tỷ đồng,"
        " tương ứng tăng ⟦7,9⟧% so với cùng kỳ.",
        kind="change_pct",
        base="last_year",
        value=7.9,
    ),
    F(
        "giam_tuong_ung",
        "Số vụ tai nạn giao thông là 27 vụ, giảm 10 vụ, tương ứng giảm ⟦27⟧% so với cùng kỳ.",
        kind="change_pct",
        base="last_year",
        value=-27,
    ),
]

BY_ID = {p[0]: p for p in FACT_PROBES}


def _run(pid: str) -> None:
    _, body, expected, head, transform = BY_ID[pid]
    problems, got = check_fact(body, expected, head, transform)
    assert not problems, f"{problems}; read: {got}"


@pytest.mark.parametrize("pid", list(BY_ID))  # every probe read right (the misses are fixed)
def test_regression_figure(pid):
    _run(pid)


# ---------------------------------------------------------------------------------------------
# The next year's targets in other phrasings and layouts.
# ---------------------------------------------------------------------------------------------
TARGET_HEAD = ("BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2024; phương hướng, nhiệm vụ năm 2025\n\n"
               "Phần thứ nhất\nKẾT QUẢ NĂM 2024\n\n1. Kinh tế\n\nGiá trị sản xuất tăng 8,1% so với "
               "cùng kỳ.\n\nPhần thứ hai\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\n"
               "I. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025\n\n")  # fmt: skip
N = None
TARGET_ITEMS = [  # item text, (low, high, low_inclusive, high_inclusive), kind
    ("Tốc độ tăng giá trị sản xuất phấn đấu đạt 7-7,5%.", (7, 7.5, True, True), "change_pct"),
    ("Thu ngân sách nhà nước trên địa bàn tăng tối thiểu 10% so với dự toán.", (10, N, True, N), "change_pct"),  # noqa: E501
    ("Tỷ lệ hộ nghèo giảm 0,5% trở lên.", (N, -0.5, N, True), "change_pp"),
    ("Thu nhập bình quân đầu người không thấp hơn 68 triệu đồng.", (68, N, True, N), "level"),
    ("Tỷ lệ lao động qua đào tạo từ 75% trở lên.", (75, N, True, N), "level"),
    ("Tỷ lệ tăng dân số tự nhiên dưới 1,5%.", (N, 1.5, N, False), "level"),
    ("Tổng vốn đầu tư toàn xã hội tăng 8-9% so với ước thực hiện năm 2024.", (8, 9, True, True), "change_pct"),  # noqa: E501
    ("Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 95%.", (95, N, False, N), "level"),
    ("Có thêm 02 xã đạt chuẩn nông thôn mới kiểu mẫu.", (2, 2, True, True), "level"),
    ("Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 100%.", (100, 100, True, True), "level"),  # noqa: E501
    ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi không quá 8,5%.", (N, 8.5, N, True), "level"),  # noqa: E501
    ("Sản lượng lương thực đạt từ 5,2 đến 5,4 vạn tấn.", (52000, 54000, True, True), "level"),
    ("Kết nạp đảng viên mới từ 250 đảng viên trở lên.", (250, N, True, N), "level"),
    ("Tỷ lệ hộ sử dụng nước sạch đạt tối thiểu 98%.", (98, N, True, N), "level"),
    ("Giải quyết việc làm mới cho khoảng 2.200 lao động.", (2200, 2200, True, True), "level"),
    ("Thu ngân sách tăng từ 7% - 8% so với năm 2024.", (7, 8, True, True), "change_pct"),
    ("Tỷ lệ hộ nghèo giảm còn dưới 0,8%.", (N, 0.8, N, False), "level"),
    ("Kim ngạch xuất khẩu đạt 95 triệu USD trở lên.", (95e6, N, True, N), "level"),
    ("Tỷ lệ dân số tham gia bảo hiểm y tế ≥ 95%.", (95, N, True, N), "level"),
    ("Tỷ lệ hộ gia đình văn hóa đạt 92 - 93%.", (92, 93, True, True), "level"),
    ("Năng suất lúa bình quân đạt trên 65 tạ/ha.", (6.5, N, False, N), "level"),
]  # fmt: skip


def _targets_of(
    lines: list[str],
    head: str = TARGET_HEAD,
    tail: str = "\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\nTập trung lãnh đạo.\n",
):
    text = head + "\n".join(f"{k}. {line}" for k, line in enumerate(lines, 1)) + tail
    return vinhbao.load_report(text)


@pytest.fixture(scope="module")
def target_report():
    return _targets_of([t for t, _, _ in TARGET_ITEMS])


@pytest.mark.parametrize("k", range(len(TARGET_ITEMS)), ids=[t[:40] for t, _, _ in TARGET_ITEMS])
def test_regression_target_phrasing(target_report, k):
    _, (low, high, low_inc, high_inc), kind = TARGET_ITEMS[k]
    rows = target_report.targets[target_report.targets["code"] == str(k + 1)]
    assert len(rows) == 1, target_report.targets[["code", "target_text"]]
    row = rows.iloc[0]
    assert_interval(row, low, high, low_inc, high_inc)
    assert row["kind"] == kind and row["period"] == "2025"


def test_target_a_per_ha_rate_is_one_target():
    """'Giá trị sản xuất trên 1 ha đất canh tác đạt 160 triệu đồng trở lên': one target (>=160
    million VND/ha); today 'trên 1 ha' is read as a target '> 1 ha' as well."""
    report = _targets_of(["Giá trị sản xuất trên 1 ha đất canh tác đạt 160 triệu đồng trở lên."])
    t = report.targets
    assert t[["code", "low", "unit"]].values.tolist() == [["1", 160.0, "million_vnd_per_ha_year"]]


PLAN_II = ("BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2024; phương hướng, nhiệm vụ năm 2025\n\n"
           "I. KẾT QUẢ NĂM 2024\n\nGiá trị sản xuất tăng 8,1% so với cùng kỳ.\n\n"
           "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\n1. Các chỉ tiêu chủ yếu\n\n")  # fmt: skip
DASH_ITEMS = (
    "- Tốc độ tăng trưởng giá trị sản xuất 7 - 7,5%.\n"
    "- Giá trị sản xuất nông nghiệp tăng từ 2,5% đến 3%.\n"
    "- Tỷ lệ hộ nghèo giảm từ 0,3 đến 0,5%.\n"
    "- Tỷ lệ dân số tham gia bảo hiểm y tế ≥ 95%.\n"
    "- Có thêm ít nhất 03 xã đạt chuẩn nông thôn mới nâng cao.\n"
    "- Thu nhập bình quân đầu người 72 - 75 triệu đồng/người/năm.\n"
)
TAIL_2 = "\n2. Nhiệm vụ, giải pháp\n\nTập trung lãnh đạo.\n"
EXPECTED_DASH = [(7, 7.5), (2.5, 3), (-0.5, -0.3), (95, None), (3, None), (72, 75)]


def _check_dash_targets(report):
    t = report.targets
    got = [(r.low if not math.isnan(r.low) else None, r.high if not math.isnan(r.high) else None)
           for r in t.itertuples()]  # fmt: skip
    assert len(got) == len(EXPECTED_DASH), t[["code", "target_text", "low", "high"]]
    for (lo, hi), (wlo, whi) in zip(got, EXPECTED_DASH, strict=True):
        assert close(lo, wlo) and close(hi, whi), got
    assert not (report.facts["period"] == "2024").sum() > 1, "targets read as the year's actuals"
    assert (report.numbers["kind"] != "unaccounted").all()


def test_targets_under_a_numbered_heading_without_part_two():
    """'II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025' / '1. Các chỉ tiêu chủ yếu' / '- …' items: today no
    target list is found and the targets become facts of 2024 (levels, shares)."""
    _check_dash_targets(vinhbao.load_report(PLAN_II + DASH_ITEMS + TAIL_2))


def test_dash_items_under_a_numbered_target_heading():
    """With 'Phần thứ hai' the heading is found, but the next numbered heading ('2. Nhiệm vụ')
    makes the list 'numbered', so every '-' item is 'a line before any item': no target, and
    the numbers are left unaccounted."""
    text = PLAN_II.replace("II. PHƯƠNG HƯỚNG", "Phần thứ hai\nPHƯƠNG HƯỚNG")
    _check_dash_targets(vinhbao.load_report(text + DASH_ITEMS + TAIL_2))


def test_dash_items_under_letter_subheadings():
    text = PLAN_II.replace("1. Các chỉ tiêu chủ yếu", "1. Các chỉ tiêu chủ yếu năm 2025")
    items = "a) Về kinh tế:\n" + DASH_ITEMS.replace(
        "- Tỷ lệ hộ nghèo", "b) Về xã hội:\n- Tỷ lệ hộ nghèo", 1
    )
    _check_dash_targets(vinhbao.load_report(text + items + TAIL_2))


# ---------------------------------------------------------------------------------------------
# A plan-vs-actual table with other headers, three layouts.
# ---------------------------------------------------------------------------------------------
TABLE_ROWS = [
    ("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "So sánh (%)", "Đánh giá"),
    ("1", "Tốc độ tăng giá trị sản xuất", "%", "8-8,5", "8,7", "", "Vượt"),
    ("2", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "560", "612,3", "109,3", "Vượt"),
    ("3", "Thu nhập bình quân đầu người", "Triệu đồng", "62", "62,5", "100,8", "Đạt"),
    ("4", "Tỷ lệ hộ nghèo", "%", "dưới 1,2", "1,05", "", "Đạt"),
    ("5", "Tỷ lệ dân số tham gia BHYT", "%", "≥ 95", "93,8", "98,7", "Không đạt"),
    ("6", "Số xã đạt chuẩn NTM nâng cao", "Xã", "3", "2", "66,7", "Chưa đạt"),
    ("7", "Sản lượng lương thực", "Tấn", "52.000", "54.120", "104,1", "Vượt"),
    ("8", "Tỷ lệ lao động qua đào tạo", "%", "từ 72 trở lên", "72,5", "", "Đạt"),
]
TABLE_HEAD = ("BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2024\n\nI. KẾT QUẢ\n\nGiá trị sản xuất tăng "
              "8,7% so với cùng kỳ.\n\nPHỤ LỤC\nKẾT QUẢ THỰC"
              " HIỆN CÁC CHỈ TIÊU NĂM 2024\n\n")  # fmt: skip
WIDTHS = (4, 40, 12, 16, 10, 12, 10)
LAYOUTS = {
    "tabs": lambda r: "\t".join(r),
    "pipes": lambda r: "| " + " | ".join(r) + " |",
    "spaces": lambda r: "".join(c.ljust(w) + "  " for c, w in zip(r, WIDTHS, strict=True)).rstrip(),
}
EXPECTED_TABLE = {  # code: (target_low, target_high, actual, ratio, status)
    "1": (8, 8.5, 8.7, None, "exceeded"), "2": (560, 560, 612.3, 109.3, "exceeded"),
    "3": (62, 62, 62.5, 100.8, "met"), "4": (None, 1.2, 1.05, None, "met"),
    "5": (95, None, 93.8, 98.7, "not met"), "6": (3, 3, 2, 66.7, "not met"),
    "7": (52000, 52000, 54120, 104.1, "exceeded"), "8": (72, None, 72.5, None, "met"),
}  # fmt: skip


def _table_rows(layout: str) -> dict:
    text = TABLE_HEAD + "\n".join(LAYOUTS[layout](r) for r in TABLE_ROWS) + "\n"
    return vinhbao.load_report(text).appendix.set_index("code").to_dict("index")


@pytest.mark.parametrize("layout", ["tabs", "pipes"])
def test_regression_table_layout(layout):
    rows = _table_rows(layout)
    for code, (lo, hi, actual, ratio, status) in EXPECTED_TABLE.items():
        r = rows[code]
        assert close(r["target_low"], lo) and close(r["target_high"], hi), (code, r)
        assert close(r["actual"], actual) and close(r["ratio"], ratio), (code, r)
        assert r["status"] == status, (code, r["status"])


def test_table_of_space_runs_with_an_empty_cell():
    """'pdftotext -layout' style: an empty 'So sánh (%)' cell shifts the row: the target is read
    as the actual, the actual as the ratio (row 1 ratio 8.7, row 4 ratio 1.05)."""
    rows = _table_rows("spaces")
    for code, (lo, hi, actual, ratio, _) in EXPECTED_TABLE.items():
        r = rows[code]
        assert close(r["actual"], actual) and close(r["ratio"], ratio), (
            code,
            r["actual"],
            r["ratio"],
        )
        assert close(r["target_low"], lo) and close(r["target_high"], hi), code


# ---------------------------------------------------------------------------------------------
# Re-encoded copies of the probes give the same facts; the bundled report reworded.
# ---------------------------------------------------------------------------------------------
ALL_BODY = "\n\n".join(unmark(p[1])[0] for p in FACT_PROBES[:60])
ENCODINGS = {
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "bom": lambda t: "\ufeff" + t,
    "bytes_bom_crlf_nfd": lambda t: (
        "\ufeff" + unicodedata.normalize("NFD", t).replace("\n", "\r\n")
    ).encode(),
    "nbsp_before_units": lambda t: t.replace(" %", "\u00a0%").replace(" tỷ", "\u00a0tỷ"),
    "trailing_spaces": lambda t: t.replace("\n", " \n"),
}
KEY = [
    "subject",
    "aspect",
    "measure",
    "kind",
    "base",
    "value",
    "unit",
    "bound",
    "period",
    "value_printed",
]


def _keys(report) -> list[tuple]:
    return [tuple(x) for x in report.facts[KEY].astype(object).fillna("NA").itertuples(index=False)]


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_regression_reencoded_probes(encoding):
    text = HEAD + ALL_BODY + "\n"
    assert _keys(vinhbao.load_report(ENCODINGS[encoding](text))) == _keys(vinhbao.load_report(text))


_P = r"(\d(?:[\d.,]*\d)? ?%)"
REWORDINGS = {  # another edition's wording of the bundled report's prose, one rule at a time
    "cung_ki_nam_truoc": (r"so với cùng kỳ(?! năm)", "so với cùng kì năm trước"),
    "so_cung_ky_nam_2022": (r"so với cùng kỳ(?! năm)", "so cùng kỳ năm 2022"),
    "tang_truong": (rf"tăng {_P} so với cùng kỳ", r"tăng trưởng \1 so với cùng kỳ"),
    "comparator_first_nam_truoc": (rf"tăng {_P} so với cùng kỳ", r"so với cùng kỳ năm trước tăng \1"),  # noqa: E501
    "hoan_thanh_kh": (rf"đạt {_P} kế hoạch", r"hoàn thành \1 kế hoạch"),
    "bang_cung_ky_nam_truoc": (rf"bằng {_P} so với cùng kỳ", r"bằng \1 cùng kỳ năm trước"),
    "uoc_tinh_dat": (r"ước đạt", "ước tính đạt"),
    "uoc_thuc_hien_dat": (r"ước đạt", "ước thực hiện đạt"),
    "ke_hoach_nam": (r"kế hoạch(?! năm)", "kế hoạch năm"),
    "du_toan_duoc_giao": (r"dự toán(?! \w+ giao)", "dự toán được giao"),
    "uy_spelling": (r"ủy", "uỷ"),
    "Uy_spelling": (r"Ủy", "Uỷ"),
    "ki_spelling": (r"kỳ", "kì"),
    "quan_li_dang_ki": (r"(?<=[qQ]uản )lý|(?<=[đĐ]ăng )ký", lambda m: {"lý": "lí", "ký": "kí"}[m.group(0)]),  # noqa: E501
    "hoa_spelling": (r"hòa", "hoà"),
    "thuy_spelling": (r"thủy", "thuỷ"),
    "hoa2_spelling": (r"hóa", "hoá"),
    "bare_ty": (r"(\d) tỷ đồng", r"\1 tỷ"),
    "tr_d": (r"(\d) triệu đồng(?!/)", r"\1 tr.đ"),
    "ha_glued": (r"(\d) ha\b", r"\1ha"),
    "ho_gia_dinh": (r"(\d) hộ\b(?! gia| dân)", r"\1 hộ gia đình"),
    "giam_di": (rf"giảm {_P}", r"giảm đi \1"),
    "bang_du_toan_nam": (rf"bằng {_P} so với dự toán", r"bằng \1 so với dự toán năm"),
    "bang_kh": (rf"đạt {_P} so với kế hoạch", r"bằng \1 kế hoạch"),
    "space_before_pct": (r"(\d)%", r"\1 %"),
    "uoc_khoang": (r"(?<!ước )khoảng (\d)", r"ước khoảng \1"),
    "cung_ky_nam_hoc_truoc": (r"so với năm học trước", "so với cùng kỳ năm học trước"),
    "dat_to_bang_before_base": (rf", đạt {_P} (so với|kế hoạch|dự toán|KH)", r", bằng \1 \2"),
    "vuot_ke_hoach": (rf"tăng {_P} so với kế hoạch", r"vượt kế hoạch \1"),
    "so_voi_to_so": (r"so với (cùng kỳ|kế hoạch|dự toán)", r"so \1"),
}  # fmt: skip


def _prose_keys(report, with_aspect: bool) -> Counter:
    f = report.facts[~report.facts["source"].str.startswith(("appendix", "targets"))]
    cols = ["source", "subject", *(["aspect"] if with_aspect else []), "measure", "kind", "base",
            "unit", "bound", "period"]  # fmt: skip
    values = [f[c].round(6).fillna(-1e99) for c in ("value", "low", "high")]
    return Counter(zip(*(f[c] for c in cols), *values, strict=True))


def _reworded(raw_text: str, name: str):
    body, heading, appendix = raw_text.partition("\nPHỤ LỤC\n")
    pattern, replacement = REWORDINGS[name]
    body, n = re.subn(pattern, replacement, body)
    assert n, name
    return vinhbao.load_report(body + heading + appendix)


@pytest.mark.parametrize("name", list(REWORDINGS))
def test_regression_reworded_bundled_report(report, raw_text, name):
    other = _reworded(raw_text, name)
    assert _prose_keys(other, False) == _prose_keys(report, False)
    assert (other.numbers["kind"] != "unaccounted").all()


@pytest.mark.parametrize(
    "name",
    [
        "hoan_thanh_kh",  # a figure's words stop at the next figure's verb ('…, hoàn thành 167%')
        "ho_gia_dinh",  # 'hộ gia đình nghèo' is 'hộ nghèo' (aspect poor_households)
    ],
)
def test_rewording_keeps_the_aspect(report, raw_text, name):
    """'hoàn thành X% kế hoạch' for 'đạt X% kế hoạch' gave aspect 'completed' to five facts;
    'hộ gia đình' for 'hộ' turns aspect 'city_poor_households' into 'city' (footnote 37)."""
    assert _prose_keys(_reworded(raw_text, name), True) == _prose_keys(report, True)
