"""The bundled report reworded freely, passage by passage, as another edition or another drafter
would write it (clause order, synonyms of the links and bases, units spelled or scaled otherwise,
lists as bullets, footnotes moved into the body, sentences split or joined): each passage must give
the same facts (subject, measure, kind, base, value, low, high, period, aspect) as the original.

A case is a list of (original passage, reworded passage) pairs applied to the bundled text (each
original occurs once); the facts whose figure stands in the original passages are compared, as a
multiset, with those whose figure stands in the reworded ones. No number may be unaccounted.
"""

from __future__ import annotations

import math
from collections import Counter

import pytest

import vinhbao

FIELDS = ("subject", "measure", "kind", "base", "value", "low", "high", "period", "aspect")

# fmt: off
CASES: dict[str, list[tuple[str, str]]] = {
    # --- economy -------------------------------------------------------------------------
    "gross_output_uoc_ca_nam": [(
        "Tổng giá trị sản xuất trên địa bàn ước đạt: 20.952,436 tỷ đồng, tăng 14,64% (KH 14-15%).",
        "Tổng giá trị sản xuất trên địa bàn ước cả năm đạt 20.952,436 tỉ đồng, tăng 14,64% "
        "(kế hoạch 14 - 15%).",
    )],
    "investment_comparator_first": [(
        "Tổng vốn đầu tư toàn xã hội ước đạt 6.150 tỷ đồng (KH năm: 5.700 - 5.900 tỷ đồng), tăng "
        "16,4 % so với kế hoạch.",
        "Tổng vốn đầu tư toàn xã hội ước thực hiện 6.150 tỷ đồng (kế hoạch năm từ 5.700 đến 5.900 "
        "tỷ đồng), so với kế hoạch tăng 16,4%.",
    )],
    "income_du_kien": [(
        "Thu nhập bình quân đầu người ước đạt 72,16 triệu đồng/người/năm (KH 69 - 70 triệu đồng).",
        "Thu nhập bình quân đầu người dự kiến đạt 72,16 triệu đồng/người/năm (kế hoạch: 69-70 "
        "triệu đồng/người/năm).",
    )],
    "agri_output_billion_and_order": [(
        "Giá trị sản lượng nông lâm thủy sản (ước đạt): 3.305.154 triệu đồng, bằng 99,96% so kế "
        "hoạch, tăng 3,39% so cùng kỳ²¹.",
        "Giá trị sản lượng nông lâm thủy sản ước đạt 3.305,154 tỷ đồng, so với cùng kỳ tăng 3,39%, "
        "so với kế hoạch bằng 99,96%²¹.",
    )],
    "rice_year_synonyms": [(
        "Tổng diện tích gieo cấy lúa cả năm 16.715,97 ha, bằng 99,27% so kế hoạch, tăng 0,1% so "
        "cùng kỳ; năng suất lúa cả năm trung bình đạt 66,12 tạ/ha, tăng 0,1% so cùng kỳ, tăng "
        "0,5% so kế hoạch; sản lượng 110.522 tấn, tăng 0,18% so với cùng kỳ, tăng 4,1% so kế "
        "hoạch²².",
        "Tổng diện tích gieo cấy lúa cả năm đạt 16.715,97 héc-ta, bằng 99,27% kế hoạch, tăng "
        "0,1% so với năm trước. Năng suất lúa bình quân cả năm đạt 66,12 tạ/ha, tăng 0,1% so với "
        "năm trước, vượt 0,5% so với kế hoạch. Sản lượng lúa cả năm đạt 110,522 nghìn tấn, tăng "
        "0,18% so cùng kỳ năm 2022, vượt 4,1% so với kế hoạch²².",
    )],
    "rice_year_as_bullets": [(
        "Tổng diện tích gieo cấy lúa cả năm 16.715,97 ha, bằng 99,27% so kế hoạch, tăng 0,1% so "
        "cùng kỳ; năng suất lúa cả năm trung bình đạt 66,12 tạ/ha, tăng 0,1% so cùng kỳ, tăng "
        "0,5% so kế hoạch; sản lượng 110.522 tấn, tăng 0,18% so với cùng kỳ, tăng 4,1% so kế "
        "hoạch²².",
        "Kết quả sản xuất lúa cả năm:\n"
        "+ Tổng diện tích gieo cấy lúa cả năm 16.715,97 ha, bằng 99,27% so kế hoạch, so cùng kỳ "
        "tăng 0,1%;\n"
        "+ Năng suất lúa cả năm trung bình đạt 66,12 tạ/ha, so cùng kỳ tăng 0,1%, so kế hoạch "
        "tăng 0,5%;\n"
        "+ Sản lượng lúa cả năm 110.522 tấn, so với cùng kỳ tăng 0,18%, so kế hoạch tăng 4,1%²².",
    )],
    "rice_spring_footnote": [(
        "Trong đó diện tích gieo cấy vụ lúa xuân là: 7.990,59 ha, tăng 0,27% với cùng kỳ, năng "
        "suất đạt 70,76 tạ/ha, sản lượng thóc 56.541 tấn, tăng 0,35% so cùng kỳ.",
        "Trong đó: vụ lúa xuân, diện tích gieo cấy 7.990,59 ha, tăng 0,27% so với cùng kỳ; năng "
        "suất 70,76 tạ/ha; sản lượng thóc đạt 56.541 tấn, tăng 0,35% so với năm trước.",
    )],
    "agri_parts_as_bullets": [(
        "Trong đó: Trồng trọt: 1.468.417 triệu đồng, tăng 5,42% so KH, tăng 2,23% so cùng kỳ. "
        "Chăn nuôi: 1.173.441 triệu đồng, bằng 96,47% so KH, tăng 3,67% so cùng kỳ. Thủy sản: "
        "521.086 triệu đồng, bằng 93,72% KH năm, tăng 6,83% so cùng kỳ. Lâm nghiệp 4.300 triệu "
        "đồng, đạt 101,18% so kế hoạch và bằng 100% so cùng kỳ.",
        "Trong đó:\n"
        "- Trồng trọt đạt 1.468.417 triệu đồng, vượt 5,42% so kế hoạch, tăng 2,23% so với cùng "
        "kỳ;\n"
        "- Chăn nuôi đạt 1.173.441 triệu đồng, bằng 96,47% kế hoạch, tăng 3,67% so với cùng kỳ;\n"
        "- Thủy sản đạt 521.086 triệu đồng, bằng 93,72% kế hoạch năm, tăng 6,83% so với cùng kỳ;\n"
        "- Lâm nghiệp đạt 4.300 triệu đồng, đạt 101,18% kế hoạch, bằng 100% so với cùng kỳ.",
    )],
    "industry_order_and_rieng": [(
        "giá trị sản xuất ước đạt 6.865 tỷ đồng, đạt 100,16% so với kế hoạch, tăng 17,94% so với "
        "cùng kỳ năm trước. Trong đó: giá trị sản xuất công nghiệp huyện quản lý (giá so sánh năm "
        "2010) ước đạt 1.074 tỷ đồng đạt 100,37% so với kế hoạch, tăng 12,58% so với cùng kỳ.",
        "giá trị sản xuất ước đạt 6.865 tỷ đồng, so với cùng kỳ năm trước tăng 17,94%, hoàn "
        "thành 100,16% kế hoạch. Trong đó: giá trị sản xuất công nghiệp do huyện quản lý (giá so "
        "sánh năm 2010) ước đạt 1.074 tỷ đồng, tăng 12,58% so với năm 2022, đạt 100,37% kế hoạch.",
    )],
    "construction_hoan_thanh": [(
        "Tổng giá trị sản lượng xây dựng ước đạt 1.059,65 tỷ đồng, đạt 107,83% kế hoạch, tăng "
        "40,17% so với cùng kỳ.",
        "Tổng giá trị sản lượng xây dựng cả năm ước thực hiện 1.059,65 tỷ đồng, hoàn thành "
        "107,83% kế hoạch năm, tăng 40,17% so với năm trước.",
    )],
    "trade_brackets_joined": [(
        "tổng mức bán lẻ hàng hóa ước đạt 6.755 tỷ đồng, đạt 100,01% so với kế hoạch, tăng 17,64% "
        "so với cùng kỳ. Doanh thu dịch vụ ước đạt 702,5 tỷ đồng, đạt 101,08% so với kế hoạch, "
        "tăng 17,87% so với cùng kỳ.",
        "tổng mức bán lẻ hàng hóa ước đạt 6.755 tỷ đồng (đạt 100,01% kế hoạch, tăng 17,64% so "
        "cùng kỳ); doanh thu dịch vụ ước đạt 702,5 tỷ đồng (đạt 101,08% kế hoạch, tăng 17,87% so "
        "cùng kỳ).",
    )],
    "business_registration": [(
        "Thực hiện cấp giấy chứng nhận đăng ký kinh doanh cho 1.010 hộ cá thể với tổng vốn đăng "
        "ký trên 410 tỷ đồng, đăng ký thành lập mới 01 HTX.",
        "Cấp giấy chứng nhận đăng ký kinh doanh cho 1.010 hộ cá thể, tổng vốn đăng ký trên 410 "
        "tỷ đồng; thành lập mới 01 hợp tác xã.",
    )],
    "electricity_order": [(
        "ước đạt 277 triệu KW, tăng 7% so với cùng kỳ.",
        "ước đạt 277 triệu KW, so với cùng kỳ tăng 7%.",
    )],
    "targets_ratio_count": [(
        "18/19 chỉ tiêu chủ yếu về kinh tế - xã hội hoàn thành và hoàn thành vượt mức kế hoạch "
        "đề ra;",
        "Có 18/19 chỉ tiêu chủ yếu về kinh tế - xã hội đạt và vượt kế hoạch đề ra;",
    )],
    # --- budget --------------------------------------------------------------------------
    "revenue_uoc_ca_nam_first": [(
        "Tổng thu ngân sách nhà nước năm 2023 ước đạt 2.809,228 tỷ đồng, bằng 130,7% so với dự "
        "toán, bằng 125,4% so với cùng kỳ; trong đó Thu ngân sách trên địa bàn huyện ước đạt "
        "307,932 tỷ đồng, đạt 100,4% dự toán, bằng 92,8% so với cùng kỳ.",
        "Tổng thu ngân sách nhà nước năm 2023 ước cả năm đạt 2.809,228 tỉ đồng, bằng 130,7% dự "
        "toán và bằng 125,4% cùng kỳ; trong đó, thu ngân sách trên địa bàn huyện ước đạt 307,932 "
        "tỉ đồng, đạt 100,4% dự toán, so với cùng kỳ bằng 92,8%.",
    )],
    "spending_and_disbursement": [(
        "tổng chi ước thực hiện 2.571,167 tỷ đồng, bằng 106,31% so với dự toán. Tập trung giải "
        "ngân vốn đầu tư công, ước giải ngân đạt 1.061,334 tỷ đồng, đạt 100% kế hoạch vốn.",
        "tổng chi ước đạt 2.571,167 tỷ đồng, đạt 106,31% dự toán. Tập trung giải ngân vốn đầu tư "
        "công, ước giải ngân được 1.061,334 tỷ đồng, hoàn thành 100% kế hoạch vốn.",
    )],
    "social_insurance_footnote_into_body": [
        ("Công tác thu, chi trả BHXH, BHYT, BHTN được thực hiện tốt³⁸.",
         "Công tác thu, chi trả BHXH, BHYT, BHTN được thực hiện tốt (năm 2023, tổng thu ước đạt "
         "449 tỷ đồng, đạt 100% KH, tăng 4,69% so cùng kỳ; tổng chi ước đạt 508,9 tỷ đồng, bằng "
         "108,79% so cùng kỳ)."),
        ("\n³⁸ Năm 2023, tổng thu ước đạt 449 tỷ đồng, đạt 100%KH, tăng 4,69% so cùng kỳ, tổng chi "
         "ước đạt 508,9 tỷ đồng, bằng 108,79% so cùng kỳ.", ""),
    ],
    "social_insurance_footnote_reworded": [(
        "Năm 2023, tổng thu ước đạt 449 tỷ đồng, đạt 100%KH, tăng 4,69% so cùng kỳ, tổng chi ước "
        "đạt 508,9 tỷ đồng, bằng 108,79% so cùng kỳ.",
        "Năm 2023, tổng thu ước đạt 449 tỷ đồng, hoàn thành 100% kế hoạch, so với năm trước tăng "
        "4,69%; tổng chi ước đạt 508,9 tỷ đồng, so với năm trước bằng 108,79%.",
    )],
    "welfare_footnote": [(
        "Chi trả trên 115 tỷ đồng tiền trợ cấp hàng tháng cho người có công; đã chi BHXH 140,303 "
        "tỷ đồng (trung bình mỗi tháng chi cho trên 15.500 đối tượng); chi trả 3,304 tỷ đồng mai "
        "táng phí cho 558 đối tượng...",
        "Chi trả trợ cấp hàng tháng cho người có công trên 115 tỷ đồng; chi BHXH 140.303 triệu "
        "đồng (bình quân mỗi tháng chi trả cho trên 15.500 đối tượng); chi mai táng phí cho 558 "
        "đối tượng với số tiền 3,304 tỷ đồng.",
    )],
    # --- land and site clearance -----------------------------------------------------------
    "certificates_trong_do_colon": [(
        "đã cấp được 3.258 GCN (trong đó cấp lần đầu: 159 GCN; chuyển nhượng, chuyển quyền, cấp "
        "lại: 3.099 GCN), đình chính 980 GCN.",
        "đã cấp 3.258 giấy chứng nhận, trong đó: cấp lần đầu 159 giấy chứng nhận; chuyển "
        "nhượng, chuyển quyền, cấp lại 3.099 giấy chứng nhận; đình chính 980 giấy chứng nhận.",
    )],
    "dyke_road_clearance": [(
        "Tổng số hộ bị thu hồi đất: 332 hộ (trong đó đất ở: 25 hộ, diện tích 0,2 ha; đất nông "
        "nghiệp: 307 hộ, diện tích 25,2ha). Đã phê duyệt xong phương án 307 hộ đất nông nghiệp "
        "với số tiền phê duyệt: 16,8 tỷ đồng; đã chi trả: 7 tỷ đồng. Diện tích đã bàn giao mặt "
        "bằng: 6,2 ha.",
        "Tổng số hộ bị thu hồi đất là 332 hộ (trong đó đất ở 25 hộ, diện tích 0,2 ha; đất nông "
        "nghiệp 307 hộ, diện tích 25,2 ha). Đã phê duyệt xong phương án 307 hộ đất nông nghiệp, "
        "số tiền phê duyệt là 16,8 tỷ đồng, đã chi trả 7 tỷ đồng. Diện tích đã bàn giao mặt bằng "
        "là 6,2 ha.",
    )],
    "model_communes_clearance": [(
        "Đối với 7 xã năm 2022-2023: Tổng số hộ hiến đất: 2.917 hộ. Tổng số hộ có tài sản trong "
        "phạm vi GPMB: 2.225 hộ. Đã phê duyệt phương án: 2.132 hộ. Đã chi trả tiền: 2.018 hộ.",
        "Đối với 7 xã năm 2022-2023: tổng số hộ hiến đất là 2.917 hộ; tổng số hộ có tài sản "
        "trong phạm vi GPMB là 2.225 hộ; đã phê duyệt phương án cho 2.132 hộ; đã chi trả tiền cho "
        "2.018 hộ.",
    )],
    "land_donation": [(
        "Kết quả đã vận động 2.960 hộ hiến 100.282 m² đất, trong đó diện tích đất ở là 60.000 m², "
        "diện tích đất nông nghiệp là 20.250 m², các tầng lớp nhân dân tham gia 1.850 ngày công.",
        "Kết quả: đã vận động 2.960 hộ hiến 100.282 m² đất (trong đó diện tích đất ở 60.000 m², "
        "diện tích đất nông nghiệp 20.250 m²); các tầng lớp nhân dân tham gia 1.850 ngày công.",
    )],
    "auction_million": [(
        "tổng số tiền trúng đấu giá là 120,513 tỷ đồng.",
        "tổng số tiền trúng đấu giá đạt 120.513 triệu đồng.",
    )],
    "waste_sorting_chiem": [(
        "Đã triển khai thực hiện đối với 47.368 hộ gia đình, đạt 80,04% tổng số hộ trên địa bàn "
        "huyện.",
        "Đã triển khai thực hiện đối với 47.368 hộ gia đình, đạt tỷ lệ 80,04% tổng số hộ trên địa "
        "bàn huyện.",
    )],
    "highway_clearance": [(
        "Xã Vĩnh Long: Đã phê duyệt phương án đối với 39/59 hộ, có 07/39 hộ đã nhận tiền; đang "
        "trình phê duyệt phương án đối với 12 hộ; còn 08 hộ kiến nghị về tài sản trên đất.",
        # not 'trong đó 07/39 hộ': that makes the 07 a part of the 39 approved (approved_paid)
        "Xã Vĩnh Long: đã phê duyệt phương án cho 39/59 hộ, có 07/39 hộ đã nhận tiền; đang "
        "trình phê duyệt phương án cho 12 hộ; còn 08 hộ kiến nghị về tài sản trên đất.",
    )],
    "bridge_clearance": [(
        "Đã hoàn thành công tác GPMB đối với 58 hộ đất nông nghiệp; 43/46 hộ đất ở.",
        "Đã hoàn thành GPMB đối với 58 hộ đất nông nghiệp và 43/46 hộ đất ở.",
    )],
    # --- case handling ---------------------------------------------------------------------
    "petitions_comparator_first": [(
        "tiếp nhận và chỉ đạo giải quyết 479 đơn tăng 50 đơn so với cùng kỳ năm 2022 (*năm 2022 "
        "tiếp nhận 429 đơn*).",
        "tiếp nhận và chỉ đạo giải quyết 479 đơn, so với cùng kỳ năm 2022 tăng 50 đơn (*năm 2022 "
        "tiếp nhận 429 đơn*).",
    )],
    "petitions_in_jurisdiction": [(
        "Số đơn thuộc thẩm quyền giải quyết của huyện là 125 đơn, bằng 125 vụ việc; trong đó, đã "
        "giải quyết xong 91 đơn, bằng 91 vụ việc",
        "Đơn thuộc thẩm quyền giải quyết của huyện: 125 đơn, bằng 125 vụ việc; trong đó, đã giải "
        "quyết xong 91 đơn, bằng 91 vụ việc",
    )],
    "crime_footnote": [(
        "Bắt 18 vụ đánh bạc = 76 đối tượng; Bắt 08 vụ số đề = 12 đối tượng. Bắt 15 vụ mua bán trái "
        "phép chất ma túy = 19 đối tượng;",
        "Bắt 18 vụ đánh bạc với 76 đối tượng; bắt 08 vụ số đề với 12 đối tượng; bắt 15 vụ mua bán "
        "trái phép chất ma túy với 19 đối tượng;",
    )],
    "traffic_footnote": [(
        "Tổ chức 505 ca tuần tra kiểm soát, lập biên bản 980 trường hợp vi phạm, ra quyết định xử "
        "lý 807 trường hợp (gồm 136 ô tô; 671 mô tô, xe máy), số tiền xử phạt nộp Kho bạc Nhà "
        "nước: 2.224.664.000 đồng. Trong đó, vi phạm nồng độ cồn 616 trường hợp.",
        "Tổ chức 505 ca tuần tra kiểm soát; lập biên bản 980 trường hợp vi phạm; ra quyết định xử "
        "lý 807 trường hợp (gồm 136 ô tô; 671 mô tô, xe máy), số tiền xử phạt nộp Kho bạc Nhà "
        "nước là 2.224,664 triệu đồng. Trong đó, vi phạm nồng độ cồn 616 trường hợp.",
    )],
    "inspections": [(
        "ban hành 04 kết luận thanh tra, qua thanh tra đã thu hồi số tiền 91.068.500 đồng.",
        "ban hành 04 kết luận thanh tra; qua thanh tra đã thu hồi số tiền 91,0685 triệu đồng.",
    )],
    "dossiers_district_bullet": [(
        "+ Cấp huyện: tiếp nhận 5.726 hồ sơ, tồn trước 149 hồ sơ, trong đó giải quyết đúng hạn "
        "5.474 hồ sơ, quá hạn 0 hồ sơ, chưa đến hạn 401 hồ sơ; hồ sơ trực tuyến 4.692 hồ sơ (mức "
        "độ 3: 33 HS, mức độ 4: 4.659 HS)",
        "- Cấp huyện: tiếp nhận 5.726 hồ sơ, tồn trước 149 hồ sơ, trong đó: giải quyết đúng hạn "
        "5.474 hồ sơ, quá hạn 0 hồ sơ, chưa đến hạn 401 hồ sơ; hồ sơ trực tuyến 4.692 hồ sơ (mức "
        "độ 3: 33 hồ sơ; mức độ 4: 4.659 hồ sơ)",
    )],
    "citizen_reception": [(
        "đã tổ chức tiếp công dân tổng số 329 lượt = 657 người = 87 vụ việc;",
        "đã tổ chức tiếp công dân tổng số 329 lượt, với 657 người, 87 vụ việc;",
    )],
    # --- party building --------------------------------------------------------------------
    "admissions_order": [(
        "đã kết nạp 258 đảng viên mới (đạt 103% chỉ tiêu Thành ủy giao, đạt 92,14% KH);",
        "đã kết nạp 258 đảng viên mới (đạt 92,14% kế hoạch, đạt 103% chỉ tiêu Thành ủy giao);",
    )],
    "discipline_gom": [(
        "thi hành kỷ luật đối với 35 đảng viên (*Khiển trách 30, Cảnh cáo 03, Khai trừ 02*)⁸;",
        "thi hành kỷ luật 35 đảng viên (khiển trách: 30, cảnh cáo: 03, khai trừ: 02)⁸;",
    )],
    "discipline_reasons_footnote": [(
        "Do vi phạm: Chính sách dân số KHH gia đình 28 trường hợp (chiếm 80%); những điều đảng "
        "viên không được làm 02 trường hợp (chiếm 5,72%); vi phạm khác 05 (chiếm 14,28%).",
        "Do vi phạm: Chính sách dân số KHH gia đình 28 trường hợp, chiếm 80%; những điều đảng "
        "viên không được làm 02 trường hợp, chiếm 5,72%; vi phạm khác 05 trường hợp, chiếm 14,28%.",
    )],
    "transfers_footnote": [(
        "Chuyển đảng 401 trường hợp, trong đó chuyển đi 242 (đi ngoài nước 01; đi ngoài thành phố "
        "72 trường hợp; đi trong thành phố 58 trường hợp; đi trong huyện 121 trường hợp);",
        "Chuyển đảng 401 trường hợp. Trong đó: chuyển đi 242 trường hợp (đi ngoài nước 01 trường "
        "hợp; đi ngoài thành phố 72 trường hợp; đi trong thành phố 58 trường hợp; đi trong huyện "
        "121 trường hợp);",
    )],
    "badges_rounds": [(
        "(*trao tặng Huy hiệu Đảng cho 691 trường hợp, trong đó: đợt 03/02: 164; đợt 19/5: 164; "
        "đợt 02/9: 239 và đợt 07/11: 124*)",
        "(*trao tặng Huy hiệu Đảng cho 691 trường hợp, trong đó đợt 03/02 là 164 trường hợp, đợt "
        "19/5 là 164 trường hợp, đợt 02/9 là 239 trường hợp và đợt 07/11 là 124 trường hợp*)",
    )],
    "mass_mobilisation_models": [(
        "toàn huyện đã triển khai thực hiện 213 mô hình “*Dân vận khéo*”, tăng 24 mô hình so với "
        "đăng ký đầu năm (189 mô hình)⁹.",
        "toàn huyện đã triển khai thực hiện 213 mô hình “*Dân vận khéo*”, so với đăng ký đầu năm "
        "(189 mô hình) tăng thêm 24 mô hình⁹.",
    )],
    "council_sessions_brackets": [(
        "Tổ chức thành công 08 kỳ họp trong đó 06 kỳ họp chuyên đề và 02 kỳ họp thường lệ năm,",
        "Tổ chức thành công 08 kỳ họp, trong đó có 06 kỳ họp chuyên đề, 02 kỳ họp thường lệ năm;",
    )],
    "documents_gom": [(
        "ban hành 1.174 văn bản các loại (trong đó: 171 Quyết định; 01 Quy định; 01 Quy chế; 237 "
        "Thông báo, kết luận; 17 Chương trình; 04 Chỉ thị; 40 Kế hoạch; 01 Thông tri; 132 Báo cáo; "
        "20 Tờ trình; 550 Công văn...)",
        "ban hành 1.174 văn bản các loại, trong đó: 171 quyết định; 01 quy định; 01 quy chế; 237 "
        "thông báo, kết luận; 17 chương trình; 04 chỉ thị; 40 kế hoạch; 01 thông tri; 132 báo cáo; "
        "20 tờ trình; 550 công văn...",
    )],
    "farmers_members": [(
        "kết nạp mới 736 hội viên đạt tỷ lệ 102,2% so với kế hoạch đưa tổng số hội viên toàn "
        "huyện lên 37.208 hội viên.",
        "kết nạp mới 736 hội viên, đạt 102,2% kế hoạch, nâng tổng số hội viên toàn huyện lên "
        "37.208 hội viên.",
    )],
    "women_members": [(
        "Năm 2023, Hội kết nạp thêm 420 hội viên mới, nâng tổng số hội viên phát thẻ là 35.779 "
        "hội viên, đạt 100% chỉ tiêu giao, tỷ lệ phát triển hội viên đạt 83,89%.",
        "Trong năm 2023, Hội kết nạp thêm 420 hội viên mới, nâng tổng số hội viên phát thẻ lên "
        "35.779 hội viên (đạt 100% chỉ tiêu giao); tỷ lệ phát triển hội viên là 83,89%.",
    )],
    "women_loans": [(
        "Duy trì và quản lý có hiệu quả 287,656 tỷ đồng các nguồn vốn giúp 6.826 hội viên, phụ nữ "
        "vay phát triển sản xuất.",
        "Duy trì, quản lý hiệu quả các nguồn vốn với tổng dư nợ 287,656 tỷ đồng, giúp 6.826 hội "
        "viên, phụ nữ vay vốn phát triển sản xuất.",
    )],
    "union_members": [(
        "(1.070 đoàn viên, đạt 214%) và thành lập mới 10 công đoàn cơ sở đạt 167% kế hoạch thành "
        "phố giao.",
        "(1.070 đoàn viên, đạt 214%); thành lập mới 10 công đoàn cơ sở, đạt 167% kế hoạch thành "
        "phố giao.",
    )],
    "party_cells_count": [(
        "Thành lập 03 tổ chức đảng thuộc Đảng ủy cơ sở:",
        "Thành lập được 03 tổ chức đảng thuộc Đảng ủy cơ sở, gồm:",
    )],
    "conference_attendance": [(
        "các chi, đảng bộ trực thuộc tổ chức 35 hội nghị với tổng số triệu tập là: 7.970/9.337 đạt "
        "88,4%.",
        "các chi, đảng bộ trực thuộc tổ chức 35 hội nghị, tổng số triệu tập là 7.970/9.337, đạt "
        "tỷ lệ 88,4%.",
    )],
    "conference_words": [(
        "với gần 7000 cán bộ, đảng viên tham dự.",
        "với gần 7 nghìn cán bộ, đảng viên tham dự.",
    )],
    # --- society ---------------------------------------------------------------------------
    "poverty_and_jobs": [(
        "tỷ lệ hộ nghèo còn 0,46%, tỷ lệ hộ cận nghèo còn 2,35%. Giải quyết việc làm mới cho "
        "10.000 lượt lao động, tỷ lệ lao động qua đào tạo đạt 87%.",
        "tỷ lệ hộ nghèo giảm còn 0,46%; tỷ lệ hộ cận nghèo giảm còn 2,35%. Giải quyết việc làm "
        "mới cho 10.000 lượt lao động; tỷ lệ lao động qua đào tạo là 87%.",
    )],
    "health_rates_nghi_quyet": [(
        "tỷ lệ phát triển dân số tự nhiên 0,41% (NQ 0,64%); tỷ lệ trẻ suy dinh dưỡng thể chiều "
        "cao 11,9% (NQ 11,9%). Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,2% (NQ 94,2%).",
        "tỷ lệ phát triển dân số tự nhiên là 0,41% (Nghị quyết: 0,64%); tỷ lệ trẻ suy dinh dưỡng "
        "thể chiều cao là 11,9% (Nghị quyết: 11,9%); tỷ lệ người dân tham gia bảo hiểm y tế đạt "
        "94,2% (Nghị quyết: 94,2%).",
    )],
    "tourism_million_visits": [(
        "toàn huyện đã đón và phục vụ 1.650.000 lượt khách, tăng 10% so với cùng kỳ.",
        "toàn huyện đã đón và phục vụ 1,65 triệu lượt khách, so với năm trước tăng 10%.",
    )],
    "national_standard_schools": [(
        "tổng số trường đạt chuẩn quốc gia là 73/79 trường đạt 92,4%.",
        "tổng số trường đạt chuẩn quốc gia là 73/79 trường, đạt tỷ lệ 92,4%.",
    )],
    "preschool_brackets": [(
        "tỷ lệ huy động trẻ đến trường đạt 76,4%, tăng 3,8% so với cùng kỳ; số trẻ mẫu giáo đến "
        "lớp đạt 95,7%, tăng 1,1% so với cùng kỳ; trẻ nhà trẻ đạt 46,5%, tăng 4,3% so với cùng kỳ.",
        "tỷ lệ huy động trẻ đến trường đạt 76,4% (tăng 3,8% so với cùng kỳ); số trẻ mẫu giáo đến "
        "lớp đạt 95,7% (tăng 1,1% so với cùng kỳ); trẻ nhà trẻ đạt 46,5% (tăng 4,3% so với cùng "
        "kỳ).",
    )],
    "hospital_footnote": [(
        "Đã khám cho 344.143 lượt bệnh nhân, điều trị nội trú cho 24.557 cho bệnh nhân.",
        "Đã khám bệnh cho 344.143 lượt bệnh nhân; điều trị nội trú cho 24.557 bệnh nhân.",
    )],
    "conscription_gom": [(
        "(327 công dân, trong đó nghĩa vụ quân sự 305 công dân, nghĩa vụ Công an nhân dân 22 công "
        "dân)",
        "(327 công dân, gồm: nghĩa vụ quân sự 305 công dân; nghĩa vụ Công an nhân dân 22 công "
        "dân)",
    )],
    "tet_gifts_footnote": [(
        "Quà Chủ tịch nước: 7.143 người, số tiền là 2.183,1 triệu đồng; Quà UBND thành phố: 7.161 "
        "người, số tiền là 37.237,2 triệu đồng;",
        "Quà Chủ tịch nước: 7.143 người, số tiền 2.183,1 triệu đồng; Quà UBND thành phố: 7.161 "
        "người, số tiền 37.237,2 triệu đồng;",
    )],
    "front_gifts_footnote": [(
        "tặng 4.513 suất quà trị giá 1,8 tỷ đồng;",
        "tặng 4.513 suất quà với tổng trị giá 1.800 triệu đồng;",
    )],
    "vaccination_footnote": [(
        "tiêm phòng dại cho đàn chó mèo được 9.500 liều/9.500 liều đạt 100% kế hoạch thành phố",
        "tiêm phòng dại cho đàn chó, mèo được 9.500/9.500 liều, đạt 100% kế hoạch thành phố",
    )],
    "eoffice": [(
        "Hệ thống văn phòng điện tử HP-eOffice đã tiếp nhận 9.697 văn bản đến, phát hành 5.889 "
        "văn bản đi.",
        "Qua hệ thống văn phòng điện tử HP-eOffice, đã tiếp nhận 9.697 văn bản đến và phát hành "
        "5.889 văn bản đi.",
    )],
    "religious_sites_footnote": [(
        "đã hoàn thiện hồ sơ nộp thành phố đăng ký đất đai cho 16/42 cơ sở (đạt 38%);",
        "đã hoàn thiện hồ sơ nộp thành phố đăng ký đất đai cho 16/42 cơ sở, đạt tỷ lệ 38%;",
    )],
    "grade_ten_exams": [(
        "Năm học 2023-2024 toàn huyện có 2505 học sinh đăng ký dự thi tuyển sinh vào lớp 10 THPT "
        "và 140 học sinh được phân luồng",
        "Năm học 2023-2024, toàn huyện có 2.505 học sinh đăng ký dự thi tuyển sinh vào lớp 10 "
        "THPT; 140 học sinh được phân luồng",
    )],
    "cleanup_footnote": [(
        "huy động hơn 500.000 lượt người tham gia; thu gom, xử lý khoảng 843 tấn rác.",
        "huy động hơn 500 nghìn lượt người tham gia; thu gom, xử lý khoảng 843 tấn rác thải.",
    )],
    # --- next year's targets -----------------------------------------------------------------
    "target_income_tu_den": [(
        "(3). Thu nhập bình quân đầu người 78-79 triệu đồng/người/năm;",
        "(3). Thu nhập bình quân đầu người đạt từ 78 đến 79 triệu đồng/người/năm;",
    )],
    "target_rice_yield_tu": [(
        "(5). Năng suất lúa bình quân cả năm đạt: 13 tấn/ha trở lên;",
        "(5). Năng suất lúa bình quân cả năm đạt từ 13 tấn/ha trở lên;",
    )],
    "target_investment_tu_den": [(
        "- (7). Tổng vốn đầu tư toàn xã hội: 6.000 - 6.300 tỷ đồng;",
        "- (7). Tổng vốn đầu tư toàn xã hội từ 6.000 tỷ đồng đến 6.300 tỷ đồng;",
    )],
    "target_admissions_tu": [(
        "- (20). Kết nạp mới 251 đảng viên trở lên;",
        "- (20). Kết nạp mới từ 251 đảng viên trở lên;",
    )],
    "target_jobs": [(
        "- (12). Số lao động được giải quyết việc làm mới từ 3.800 - 3.850 lao động;",
        "- (12). Số lao động được giải quyết việc làm mới: 3.800 - 3.850 lao động;",
    )],
}
# fmt: on

XFAIL: dict[str, str] = {
    "targets_ratio_count": "'đạt và vượt kế hoạch' gives the aspect 'met' (rules.aspects), but "
    "the original 'hoàn thành và hoàn thành vượt mức kế hoạch' gives 'completed': its tail stops "
    "at the cue 'vượt', so only 'hoàn thành' is read (tests/expected pins 'completed')",
    "welfare_footnote": "'chi' alone is no aspect word (it would make every 'tổng chi' paid), so "
    "'chi mai táng phí … với số tiền 3,304 tỷ đồng' loses 'paid'; and 'mỗi tháng chi trả cho "
    "15.500 đối tượng' takes social_insurance_paid (a money subject) for a count of people, "
    "where 'chi cho' gives social_insurance_beneficiaries",
    "dyke_road_clearance": "'Diện tích đã bàn giao mặt bằng: 6,2 ha' is 'handed_over' only "
    "because the 'bằng' of 'mặt bằng' is read as a cue and cuts the head; with 'là' the subject "
    "phrase 'bàn giao mặt bằng' covers the aspect word 'bàn giao'; and ', số tiền phê duyệt là "
    "16,8 tỷ đồng' is a clause of its own ('approved') where 'với số tiền phê duyệt:' goes on "
    "with the 307 households of agricultural land ('agricultural_approved')",
    "land_donation": "after ') ;' the clause 'các tầng lớp nhân dân tham gia 1.850 ngày công' "
    "names no subject of its own and the bracket closed before it ends the scope: no "
    "land_donation (the original's aspect 'cac_tang_lop_nhan' is a slug of a part's words)",
    "documents_gom": "document kinds in lower case ('01 quy định', '237 thông báo') are read as "
    "count nouns (the unit, no aspect), in capitals ('01 Quy định') as a part's words (slug "
    "aspects 'quy_dinh' …): the aspect depends on capital letters",
    "grade_ten_exams": "the original reads the period of '… và 140 học sinh được phân luồng' as "
    "the report's year, not the school year 'Năm học 2023-2024' its sentence opens with; the "
    "reworded text ('; 140 học sinh …') gets 2023-2024: the original is the misread",
}

RAW = vinhbao.config.RAW_REPORT.read_text(encoding="utf-8")


Spans = list[tuple[int, int]]


def reworded(pairs: list[tuple[str, str]]) -> tuple[str, Spans, Spans]:
    """The bundled text with every pair applied, the original spans and the reworded ones."""
    for old, _ in pairs:
        assert RAW.count(old) == 1, old[:60]
    text = RAW
    for old, new in pairs:
        at = text.index(old)
        text = text[:at] + new + text[at + len(old) :]
    before = [(RAW.index(old), RAW.index(old) + len(old)) for old, _ in pairs]
    after = [(text.index(new), text.index(new) + len(new)) for _, new in pairs if new]
    return text, before, after


def _cell(value):
    if isinstance(value, float):
        return None if math.isnan(value) else float(f"{value:.9g}")
    return value if isinstance(value, str) and value else None


def keys(facts, spans: list[tuple[int, int]]) -> Counter:
    inside = facts["number_start"].apply(lambda at: any(s <= at < e for s, e in spans))
    rows = facts[inside].to_dict("records")
    return Counter(tuple(_cell(row[f]) for f in FIELDS) for row in rows)


def _param(name: str):
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else []
    return pytest.param(name, marks=marks)


@pytest.mark.parametrize("name", [_param(n) for n in CASES])
def test_a_free_rewording_gives_the_same_facts(report, name):
    text, before, after = reworded(CASES[name])
    other = vinhbao.load_report(text)
    mine, theirs = keys(report.facts, before), keys(other.facts, after)
    assert sum(mine.values()) >= 1, "the passage holds figures"
    assert mine == theirs, "facts lost, changed or added by the rewording"
    assert theirs - mine == Counter(), "facts the rewording made up"
    assert (other.numbers["kind"] != "unaccounted").all()


HEAD = "BÁO CÁO\nTình hình năm 2023\n\n"


def _facts(body: str):
    return vinhbao.load_report(HEAD + body + "\n").facts.set_index("value_printed")


def test_a_figure_after_va_takes_only_its_own_words():
    f = _facts("Đã hoàn thành GPMB đối với 12 hộ đất nông nghiệp và 5/9 hộ đất ở.")
    assert f.loc[5.0, "aspect"] == "residential" and f.loc[9.0, "aspect"] == "residential_total"


def test_a_figure_with_no_head_names_its_own_subject_after_it():
    f = _facts("Xác định 5 nhiệm vụ trọng tâm, 12 chỉ tiêu phát triển kinh tế - xã hội.")
    assert f.loc[12.0, "subject"] == "main_indicators"


def test_trong_do_opening_a_sentence_lists_parts_of_the_sentence_before():
    f = _facts("Chuyển sinh hoạt đảng 120 trường hợp. Trong đó: chuyển đi 70 trường hợp, chuyển "
               "đến 50 trường hợp.")  # fmt: skip
    assert (f.loc[[70.0, 50.0], "subject"] == "party_transfers").all()
    assert list(f.loc[[70.0, 50.0], "aspect"]) == ["transferred_out", "transferred_in"]


def test_the_base_before_a_bracketed_figure_is_the_base_of_the_change_after_it():
    f = _facts("Toàn huyện có 150 mô hình, so với đăng ký đầu năm (130 mô hình) tăng 20 mô hình.")
    assert f.loc[20.0, "kind"] == "change_abs" and f.loc[20.0, "base"] == "plan"


def test_a_range_with_its_unit_at_both_ends_is_one_target():
    from vinhbao.parse.targets import find_targets

    (found,) = find_targets("từ 4.000 tỷ đồng đến 4.500 tỷ đồng")
    assert (found[2].low, found[2].high, found[2].unit) == (4000.0, 4500.0, "billion_vnd")
