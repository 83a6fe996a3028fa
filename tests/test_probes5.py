"""Probe round 5: prose figures as NEIGHBOURING districts' reports write them, in topics the
bundled report covers little: traffic accidents, crime and drugs, fires, public health,
education, labour and social welfare, culture and sport, environment, construction and public
investment, land, administrative procedures, party building and mass organisations (invented
sentences and figures, one marked ⟦…⟧ per probe, each in a minimal report).

The grammar varies on purpose: the cue before or after the figure, 'so với cùng kỳ' / 'so với
năm trước' / 'so cùng kỳ năm <year>', 'đạt X% kế hoạch' / 'bằng X% KH' / 'vượt X%', bounds
(trên, gần, khoảng, hơn), ranges, 'trong đó' parts, 'x/y' counts, hard-wrapped lines.

Each probe asserts what a careful analyst reads there (kind, base, signed value in the canonical
unit, unit, and subject/aspect where the lexicon knows, or clearly should know, the subject),
and that no number of the report is `unaccounted`. Probes vinhbao does not read right yet are
marked `xfail(strict=True)` with what is misread: a fix makes them pass, and then the mark must
go.
"""

# The probes are whole Vietnamese passages, kept on one line each where a break would hide them.
# ruff: noqa: E501

from __future__ import annotations

import pytest
from probe_helpers import F, check_figure
from probe_helpers import marked as m

HEAD = "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2024\n\nI. KẾT QUẢ THỰC HIỆN\n\n1. Các lĩnh vực\n\n"
PCT, PP = "pct", "pp"


# --- shared passages (several figures of one sentence are probed one at a time)
TNGT = "Trong năm, trên địa bàn huyện xảy ra {0} vụ tai nạn giao thông, làm chết {1} người, bị thương {2} người."
HS = "Phạm pháp hình sự xảy ra {0} vụ, giảm {1} vụ ({2}%) so với cùng kỳ; đã điều tra, làm rõ {3}/42 vụ, đạt {4}%."
MT = "Phát hiện, bắt giữ {0} vụ, {1} đối tượng phạm tội về ma túy; khởi tố {2} vụ án, {3} bị can."
CHAY = "Xảy ra {0} vụ cháy, không có thiệt hại về người, thiệt hại tài sản ước tính {1} tỷ đồng."
KCB = "Khám, chữa bệnh cho {0} lượt người, tăng {1}% so với cùng kỳ."
BHYT = "Tỷ lệ người dân tham gia bảo hiểm y tế đạt {0}%, vượt {1}% kế hoạch."
SDD = "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi còn {0}%, giảm {1}% so với năm 2023."
TRUONG = "Toàn huyện có {0}/52 trường đạt chuẩn quốc gia, đạt tỷ lệ {1}%."
HOCSINH = "Năm học 2023-2024, toàn huyện có {0} học sinh, tăng {1} học sinh so với năm học trước."
VL = "Giải quyết việc làm mới cho {0} lao động, đạt {1}% kế hoạch năm, trong đó xuất khẩu lao động {2} người."
XKLD = "Đưa {0} lao động đi làm việc có thời hạn ở nước ngoài, bằng {1}% KH."
NGHEO = "Tỷ lệ hộ nghèo giảm còn {0}%; tỷ lệ hộ cận nghèo còn {1}%."
HONGHEO = "Toàn huyện còn {0} hộ nghèo, giảm {1} hộ so với đầu năm."
BHXH = "Số người tham gia bảo hiểm xã hội đạt {0} người, chiếm {1}% lực lượng lao động."
GDVH = "Có {0}/50.300 hộ gia đình được công nhận danh hiệu Gia đình văn hóa, đạt {1}%."
NUOC = "Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt {0}%, tăng {1}% so với cùng kỳ."
MTVP = "Phát hiện, xử lý {0} vụ vi phạm pháp luật về bảo vệ môi trường, xử phạt {1} triệu đồng."
GPXD = "Cấp {0} giấy phép xây dựng, tăng {1} giấy phép so với năm 2023."
GIAINGAN = "Tổng kế hoạch vốn đầu tư công năm 2024 là 845 tỷ đồng; đến ngày 31/01/2025 đã giải ngân {0} tỷ đồng, đạt {1}% kế hoạch."
DAUGIA = "Tổ chức {0} phiên đấu giá quyền sử dụng đất, số tiền trúng đấu giá {1} tỷ đồng."
MOTCUA = "Bộ phận Một cửa huyện tiếp nhận {0} hồ sơ, đã giải quyết {1} hồ sơ, trong đó đúng hạn {2} hồ sơ, đạt 99,66%."
TRUCTUYEN = "Số hồ sơ tiếp nhận trực tuyến là {0} hồ sơ, chiếm {1}% tổng số hồ sơ."
KETNAP = "Kết nạp {0} đảng viên mới, đạt {1}% chỉ tiêu Huyện ủy giao."
KYLUAT = "Thi hành kỷ luật {0} đảng viên (khiển trách 9, cảnh cáo {1}, khai trừ 1)."
HND = "Hội Nông dân huyện kết nạp mới {0} hội viên, nâng tổng số hội viên lên {1} người."
TRAFFIC_FINE = "Xử lý {0} trường hợp vi phạm trật tự an toàn giao thông, phạt tiền {1} tỷ đồng."


FIGURES = [
    # --- traffic accidents ---------------------------------------------------------------------
    F("tngt_cases_level", m(TNGT, 0, "18", "9", "14"),
      kind="level", value=18, unit="cases", subject="traffic_accidents"),
    F("tngt_deaths_lam_chet", m(TNGT, 1, "18", "9", "14"),
      kind="level", value=9, unit="people", subject="traffic_accidents", aspect="deaths"),
    F("tngt_injured", m(TNGT, 2, "18", "9", "14"),
      kind="level", value=14, unit="people", subject="traffic_accidents", aspect="injured"),
    F("tngt_giam_3_tieu_chi", "Tai nạn giao thông giảm cả 3 tiêu chí: số vụ giảm ⟦4⟧ vụ, số người chết giảm 2 người, số người bị thương giảm 5 người so với cùng kỳ.",
      kind="change_abs", base="last_year", value=-4, unit="cases", subject="traffic_accidents"),
    F("tngt_pct_so_voi_nam", "Tai nạn giao thông xảy ra 12 vụ, giảm ⟦20⟧% so với năm 2023.",
      kind="change_pct", base="last_year", value=-20, unit=PCT, subject="traffic_accidents"),
    F("tngt_deaths_la", "Số người chết do tai nạn giao thông là ⟦7⟧ người, giảm 3 người so cùng kỳ năm 2023.",
      kind="level", value=7, unit="people", subject="traffic_accidents", aspect="deaths"),
    F("tngt_deaths_change_so_cung_ky_nam", "Số người chết do tai nạn giao thông là 7 người, giảm ⟦3⟧ người so cùng kỳ năm 2023.",
      kind="change_abs", base="last_year", value=-3, unit="people", subject="traffic_accidents", aspect="deaths"),
    F("tngt_tu_vong_after_unit", "Trong năm, xảy ra 15 vụ tai nạn giao thông, làm ⟦6⟧ người tử vong.",
      kind="level", value=6, unit="people", subject="traffic_accidents", aspect="deaths"),
    F("tngt_wrapped_subject", "Xảy ra 15 vụ tai nạn giao\nthông, làm chết ⟦6⟧ người.",
      kind="level", value=6, unit="people", subject="traffic_accidents", aspect="deaths"),
    F("tngt_bare_xay_ra_two_figures", "Xảy ra 15 vụ tai nạn giao thông, làm chết ⟦6⟧ người.",
      kind="level", value=6, unit="people", subject="traffic_accidents", aspect="deaths"),
    F("tngt_colon_link", "Tai nạn giao thông: xảy ra ⟦11⟧ vụ, làm chết 5 người.",
      kind="level", value=11, unit="cases", subject="traffic_accidents"),
    F("traffic_violations", m(TRAFFIC_FINE, 0, "2.345", "3,2"),
      kind="level", value=2345, unit="instances", subject="traffic_enforcement"),
    F("traffic_fines_money", m(TRAFFIC_FINE, 1, "2.345", "3,2"),
      kind="level", value=3.2, unit="billion_vnd", subject="traffic_enforcement"),
    # --- crime and drugs -----------------------------------------------------------------------
    F("crime_level", m(HS, 0, "42", "6", "12,5", "39", "92,8"),
      kind="level", value=42, unit="cases", subject="crime"),
    F("crime_change_abs", m(HS, 1, "42", "6", "12,5", "39", "92,8"),
      kind="change_abs", base="last_year", value=-6, unit="cases", subject="crime"),
    F("crime_bracket_pct_after_abs", m(HS, 2, "42", "6", "12,5", "39", "92,8"),
      kind="change_pct", base="last_year", value=-12.5, unit=PCT, subject="crime"),
    F("crime_slash_solved", m(HS, 3, "42", "6", "12,5", "39", "92,8"),
      kind="level", value=39, unit="cases", denominator=42, subject="crime"),
    F("crime_dat_pct_solved", m(HS, 4, "42", "6", "12,5", "39", "92,8"),
      kind="share_pct", value=92.8, unit=PCT),
    F("drugs_cases", m(MT, 0, "27", "41", "35", "58"), kind="level", value=27, unit="cases", subject="crime"),
    F("drugs_individuals", m(MT, 1, "27", "41", "35", "58"),
      kind="level", value=41, unit="individuals", subject="crime", aspect="drugs"),
    F("prosecuted_cases", m(MT, 2, "27", "41", "35", "58"),
      kind="level", value=35, unit="cases", subject="crime"),
    F("prosecuted_defendants", m(MT, 3, "27", "41", "35", "58"),
      kind="level", value=58, unit="defendants", subject="crime"),
    F("drug_addicts", "Số người nghiện ma túy có hồ sơ quản lý là ⟦312⟧ người, tăng 15 người so với năm trước.",
      kind="level", value=312, unit="people", subject="crime", aspect="drugs"),
    F("crime_rate_level", "Tỷ lệ điều tra, khám phá án hình sự đạt ⟦85,7⟧%, vượt 15,7% so với chỉ tiêu được giao.",
      kind="level", value=85.7, unit=PCT, subject="crime"),
    F("crime_rate_vuot_pp", "Tỷ lệ điều tra, khám phá án hình sự đạt 85,7%, vượt ⟦15,7⟧% so với chỉ tiêu được giao.",
      kind="change_pp", base="plan", value=15.7, unit=PP, subject="crime"),
    F("gangs", "Triệt phá ⟦3⟧ ổ nhóm tội phạm hoạt động theo kiểu xã hội đen.",
      kind="level", value=3, unit="gangs", subject="crime"),
    # --- fires ---------------------------------------------------------------------------------
    F("fires_cases", m(CHAY, 0, "5", "1,2"), kind="level", value=5, unit="cases", subject="fire_safety"),
    F("fires_damage", m(CHAY, 1, "5", "1,2"),
      kind="level", value=1.2, unit="billion_vnd", subject="fire_safety"),
    F("fires_change", "Số vụ cháy giảm ⟦2⟧ vụ so với năm 2023.",
      kind="change_abs", base="last_year", value=-2, unit="cases", subject="fire_safety"),
    F("fire_sessions", "Tổ chức ⟦46⟧ buổi tuyên truyền về phòng cháy, chữa cháy cho 3.200 lượt người tham gia.",
      kind="level", value=46, unit="sessions", subject="fire_safety"),
    # --- public health -------------------------------------------------------------------------
    F("vaccination_rate", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt ⟦98,5⟧%.",
      kind="level", value=98.5, unit=PCT, subject="vaccination"),
    F("vaccination_doses", "Tiêm ⟦8.420⟧ liều vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi.",
      kind="level", value=8420, unit="doses", subject="vaccination"),
    F("patients_visits", m(KCB, 0, "215.640", "8,2"),
      kind="level", value=215640, unit="person_visits", subject="patients"),
    F("patients_change", m(KCB, 1, "215.640", "8,2"),
      kind="change_pct", base="last_year", value=8.2, unit=PCT, subject="patients"),
    F("bhyt_level", m(BHYT, 0, "93,8", "0,8"), kind="level", value=93.8, unit=PCT, subject="health_insurance"),
    F("bhyt_vuot_pp", m(BHYT, 1, "93,8", "0,8"),
      kind="change_pp", base="plan", value=0.8, unit=PP, subject="health_insurance"),
    F("stunting_level", m(SDD, 0, "11,2", "0,4"), kind="level", value=11.2, unit=PCT, subject="stunting"),
    F("stunting_change_pp", m(SDD, 1, "11,2", "0,4"),
      kind="change_pp", base="last_year", value=-0.4, unit=PP, subject="stunting"),
    F("bed_occupancy", "Công suất sử dụng giường bệnh của Trung tâm Y tế huyện đạt ⟦95⟧%.",
      kind="level", value=95, unit=PCT),
    F("patients_range", "Bình quân mỗi ngày khám cho ⟦1.200⟧ - 1.500 lượt bệnh nhân.",
      low=1200, high=1500, unit="person_visits", subject="patients"),
    F("vaccination_tren", "Tổ chức tiêm chủng mở rộng cho trên ⟦1.500⟧ trẻ.",
      kind="level", bound=">", value=1500, unit="children", subject="vaccination"),
    # --- education -----------------------------------------------------------------------------
    F("schools_slash", m(TRUONG, 0, "41", "78,8"),
      kind="level", value=41, unit="schools", denominator=52, subject="national_standard_schools"),
    F("schools_dat_ty_le", m(TRUONG, 1, "41", "78,8"),
      kind="share_pct", value=78.8, unit=PCT, subject="national_standard_schools"),
    F("schools_co_them", "Trong năm, có thêm ⟦3⟧ trường được công nhận đạt chuẩn quốc gia.",
      kind="level", value=3, unit="schools", subject="national_standard_schools"),
    F("graduation_thpt", "Tỷ lệ học sinh tốt nghiệp THPT đạt ⟦99,2⟧%.",
      kind="level", value=99.2, unit=PCT, subject="school_graduation"),
    F("graduation_thcs_lop_9", "Tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp THCS đạt ⟦99,8⟧%.",
      kind="level", value=99.8, unit=PCT, subject="school_graduation"),
    F("pupils_level", m(HOCSINH, 0, "38.450", "1.120"), kind="level", value=38450, unit="pupils"),
    F("pupils_change_nam_hoc_truoc", m(HOCSINH, 1, "38.450", "1.120"),
      kind="change_abs", base="last_year", value=1120, unit="pupils"),
    F("pupils_prizes", "Có ⟦12⟧ học sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia.",
      kind="level", value=12, unit="pupils"),
    F("preschool_rate", "Tỷ lệ huy động trẻ mẫu giáo ra lớp đạt ⟦98,6⟧%, tăng 0,5 điểm phần trăm so với năm học trước.",
      kind="level", value=98.6, unit=PCT),
    # --- labour and social welfare -------------------------------------------------------------
    F("jobs_level", m(VL, 0, "3.450", "115", "320"), kind="level", value=3450, unit="workers", subject="new_jobs"),
    F("jobs_ratio_plan", m(VL, 1, "3.450", "115", "320"),
      kind="ratio_pct", base="plan", value=115, subject="new_jobs"),
    F("jobs_part_labour_export", m(VL, 2, "3.450", "115", "320"),
      kind="level", value=320, unit="people", subject="labour_export"),
    F("labour_export_co_thoi_han", m(XKLD, 0, "285", "95"),
      kind="level", value=285, unit="workers", subject="labour_export"),
    F("labour_export_bang_kh", m(XKLD, 1, "285", "95"),
      kind="ratio_pct", base="plan", value=95, unit=PCT, subject="labour_export"),
    F("poverty_rate", m(NGHEO, 0, "0,98", "2,15"), kind="level", value=0.98, unit=PCT, subject="poverty_rate"),
    F("near_poverty_rate", m(NGHEO, 1, "0,98", "2,15"),
      kind="level", value=2.15, unit=PCT, subject="near_poverty_rate"),
    F("poor_households_level", m(HONGHEO, 0, "356", "128"), kind="level", value=356, unit="households"),
    F("poor_households_change", m(HONGHEO, 1, "356", "128"),
      kind="change_abs", base="last_year", value=-128, unit="households"),
    F("bhxh_participants", m(BHXH, 0, "12.340", "18,2"),
      kind="level", value=12340, unit="people", subject="social_insurance_participants"),
    F("bhxh_share", m(BHXH, 1, "12.340", "18,2"), kind="share_pct", value=18.2, unit=PCT),
    F("vocational_training", "Tổ chức đào tạo nghề cho ⟦1.250⟧ lao động nông thôn.",
      kind="level", value=1250, unit="workers"),
    F("welfare_money", "Chi trả trợ cấp xã hội hằng tháng cho 4.830 đối tượng bảo trợ xã hội với tổng kinh phí ⟦28,6⟧ tỷ đồng.",
      kind="level", value=28.6, unit="billion_vnd"),
    F("insurance_revenue", "Thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp đạt ⟦412,5⟧ tỷ đồng, bằng 101,2% kế hoạch.",
      kind="level", value=412.5, unit="billion_vnd", subject="social_insurance_revenue"),
    F("insurance_revenue_ratio", "Thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp đạt 412,5 tỷ đồng, bằng ⟦101,2⟧% kế hoạch.",
      kind="ratio_pct", base="plan", value=101.2, subject="social_insurance_revenue"),
    F("trained_workers_trong_do", "Tỷ lệ lao động qua đào tạo đạt 72,5%, trong đó có bằng cấp, chứng chỉ đạt ⟦31,2⟧%.",
      kind="level", value=31.2, unit=PCT, subject="trained_workers"),
    # --- culture and sport ---------------------------------------------------------------------
    F("cultural_families_slash", m(GDVH, 0, "45.120", "89,7"),
      kind="level", value=45120, unit="households", denominator=50300, subject="cultural_families"),
    F("cultural_families_dat_pct", m(GDVH, 1, "45.120", "89,7"), kind="share_pct", value=89.7, unit=PCT),
    F("cultural_villages", "Có ⟦185⟧/212 thôn, tổ dân phố đạt danh hiệu khu dân cư văn hóa.",
      kind="level", value=185, unit="villages", denominator=212, subject="cultural_villages"),
    F("sport_tournaments", "Tổ chức ⟦12⟧ giải thể thao cấp huyện, thu hút hơn 3.000 lượt vận động viên tham gia.",
      kind="level", value=12, unit="tournaments"),
    F("sport_hon_athletes", "Tổ chức 12 giải thể thao cấp huyện, thu hút hơn ⟦3.000⟧ lượt vận động viên tham gia.",
      kind="level", bound=">", value=3000),
    F("festival_gan", "Lễ hội truyền thống thu hút gần ⟦20.000⟧ lượt du khách.",
      kind="level", bound="~", value=20000),
    # --- environment ---------------------------------------------------------------------------
    F("waste_rate", "Tỷ lệ thu gom, xử lý rác thải sinh hoạt đạt ⟦98⟧%.",
      kind="level", value=98, unit=PCT, subject="waste_collection"),
    F("waste_tonnes_per_day", "Khối lượng rác thải sinh hoạt thu gom bình quân khoảng ⟦85⟧ tấn/ngày.",
      kind="level", bound="~", value=85, unit="t_per_day"),
    F("clean_water_level", m(NUOC, 0, "99,5", "1,5"), kind="level", value=99.5, unit=PCT, subject="clean_water"),
    F("clean_water_change_pp", m(NUOC, 1, "99,5", "1,5"),
      kind="change_pp", base="last_year", value=1.5, unit=PP, subject="clean_water"),
    F("env_violations", m(MTVP, 0, "14", "185"), kind="level", value=14, unit="cases"),
    F("env_fines", m(MTVP, 1, "14", "185"), kind="level", value=0.185, unit="billion_vnd"),
    # --- construction and public investment ----------------------------------------------------
    F("rural_roads_km", "Đầu tư xây dựng, cải tạo ⟦48,6⟧ km đường giao thông nông thôn.",
      kind="level", value=48.6, unit="km", subject="rural_roads"),
    F("disbursed_bang_kh_von_giao", "Giải ngân vốn đầu tư công ước đạt 612,4 tỷ đồng, bằng ⟦96,1⟧% kế hoạch vốn giao.",
      kind="ratio_pct", base="plan", value=96.1, subject="public_investment_disbursed"),
    F("disbursed_level_after_date", m(GIAINGAN, 0, "790,2", "93,5"),
      kind="level", value=790.2, unit="billion_vnd", subject="public_investment_disbursed"),
    F("disbursed_ratio_after_date", m(GIAINGAN, 1, "790,2", "93,5"),
      kind="ratio_pct", base="plan", value=93.5, subject="public_investment_disbursed"),
    F("works_started", "Có ⟦26⟧ công trình được khởi công mới, 31 công trình hoàn thành đưa vào sử dụng.",
      kind="level", value=26, unit="works"),
    F("building_permits", m(GPXD, 0, "142", "12"),
      kind="level", value=142, unit="permits", subject="building_permits"),
    F("building_permits_change", m(GPXD, 1, "142", "12"),
      kind="change_abs", base="last_year", value=12, unit="permits", subject="building_permits"),
    # --- land ----------------------------------------------------------------------------------
    F("land_recovered_ha", "Thu hồi ⟦56,3⟧ ha đất để thực hiện 18 dự án.",
      kind="level", value=56.3, unit="ha", subject="site_clearance"),
    F("gpmb_projects_slash", "Hoàn thành giải phóng mặt bằng ⟦24⟧/28 dự án.",
      kind="level", value=24, unit="projects", denominator=28, subject="site_clearance"),
    F("gpmb_paid_households", "Công tác giải phóng mặt bằng: chi trả tiền bồi thường, hỗ trợ cho ⟦1.032⟧ hộ với số tiền 245,6 tỷ đồng.",
      kind="level", value=1032, unit="households", subject="site_clearance", aspect="paid"),
    F("auction_sessions", m(DAUGIA, 0, "9", "312"), kind="level", value=9, unit="sessions"),
    F("auction_money", m(DAUGIA, 1, "9", "312"),
      kind="level", value=312, unit="billion_vnd", subject="land_use_right_auctions"),
    F("land_certificates_ratio_plan", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho 1.245 hộ, đạt ⟦103,8⟧% kế hoạch.",
      kind="ratio_pct", base="plan", value=103.8, subject="land_certificates"),
    # --- administrative procedures -------------------------------------------------------------
    F("one_stop_received", m(MOTCUA, 0, "15.230", "15.102", "15.050"),
      kind="level", value=15230, unit="dossiers", subject="administrative_dossiers", aspect="received"),
    F("one_stop_on_time_part", m(MOTCUA, 2, "15.230", "15.102", "15.050"),
      kind="level", value=15050, unit="dossiers", subject="administrative_dossiers", aspect="resolved_on_time"),
    F("online_rate", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt ⟦78,4⟧%.",
      kind="level", value=78.4, unit=PCT, subject="administrative_dossiers"),
    F("online_dossiers", m(TRUCTUYEN, 0, "6.120", "40,2"),
      kind="level", value=6120, unit="dossiers", subject="administrative_dossiers", aspect="received_online"),
    F("online_share", m(TRUCTUYEN, 1, "6.120", "40,2"), kind="share_pct", value=40.2, unit=PCT),
    # --- party building ------------------------------------------------------------------------
    F("admissions", m(KETNAP, 0, "156", "104"),
      kind="level", value=156, unit="party_members", subject="party_admissions"),
    F("admissions_ratio_plan", m(KETNAP, 1, "156", "104"),
      kind="ratio_pct", base="plan", value=104, subject="party_admissions"),
    F("inspections_ubkt", "Ủy ban Kiểm tra Huyện ủy kiểm tra ⟦8⟧ tổ chức đảng và 12 đảng viên khi có dấu hiệu vi phạm.",
      kind="level", value=8, unit="party_organisations", subject="party_inspections"),
    F("discipline_total", m(KYLUAT, 0, "14", "4"),
      kind="level", value=14, unit="party_members", subject="party_discipline"),
    F("discipline_warning_part", m(KYLUAT, 1, "14", "4"),
      kind="level", value=4, subject="party_discipline", aspect="warning"),
    F("supervision", "Ban Thường vụ Huyện ủy giám sát ⟦25⟧ tổ chức đảng và 40 đảng viên.",
      kind="level", value=25, unit="party_organisations", subject="party_supervision"),
    F("membership_dong_chi", "Tổng số đảng viên toàn Đảng bộ là ⟦8.912⟧ đồng chí.",
      kind="level", value=8912, unit="comrades", subject="party_membership"),
    # --- mass organisations --------------------------------------------------------------------
    F("farmers_union_admissions", m(HND, 0, "420", "18.560"),
      kind="level", value=420, unit="association_members", not_subject="party_admissions"),
    F("farmers_union_total", m(HND, 1, "420", "18.560"), kind="level", value=18560, unit="people"),
    F("youth_union_admissions", "Đoàn Thanh niên huyện kết nạp ⟦1.150⟧ đoàn viên mới.",
      kind="level", value=1150, unit="union_members", not_subject="party_admissions"),
    F("trade_union_members", "Liên đoàn Lao động huyện phát triển mới ⟦650⟧ đoàn viên công đoàn, thành lập 5 công đoàn cơ sở.",
      kind="level", value=650, unit="union_members"),
    F("poor_fund", "Ủy ban MTTQ huyện vận động Quỹ “Vì người nghèo” được ⟦3,65⟧ tỷ đồng.",
      kind="level", value=3.65, unit="billion_vnd"),
    # --- the new lexicon words do not spill over --------------------------------------------
    F("livestock_vaccine_not_people", "Tiêm ⟦25.000⟧ liều vắc xin lở mồm long móng cho đàn trâu, bò.",
      kind="level", value=25000, unit="doses", not_subject="vaccination"),
    F("streaming_not_graduation", "Tỷ lệ học sinh được phân luồng sau tốt nghiệp THCS đạt ⟦35⟧%.",
      kind="level", value=35, unit=PCT, not_subject="school_graduation"),
    F("food_checks_not_party", "Đoàn liên ngành kiểm tra ⟦12⟧ cơ sở kinh doanh thực phẩm.",
      kind="level", value=12, unit="establishments", not_subject="party_inspections"),
    F("recovered_money_not_land", "Thu hồi ⟦2,5⟧ tỷ đồng tiền sai phạm cho ngân sách.",
      kind="level", value=2.5, unit="billion_vnd", not_subject="site_clearance"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), FIGURES)
def test_figure(body, expected):
    check_figure(HEAD, body, expected)
