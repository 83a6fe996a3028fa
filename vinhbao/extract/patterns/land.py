"""Land: donations for new rural development (fn 14), site clearance per project (fn 26-30),
land-use-right certificates (body 2.1), religious establishments (fn 11), waste sorting (fn 32)."""

from __future__ import annotations

from ..facts import Pattern

T = "land"
# fmt: off
PATTERNS: tuple[Pattern, ...] = (
    # Footnote 14: land donated in the "Toàn dân đoàn kết xây dựng nông thôn mới" campaign.
    Pattern(T, "land_donation", "footnote 14",
            "Kết quả đã vận động {households|hộ} hộ hiến {area|m²} m² đất, trong đó diện tích đất "
            "ở là {area_residential|m²} m², diện tích đất nông nghiệp là "
            "{area_agricultural|m²} m²",
            "Vận động hộ hiến đất", "Land donated by households"),
    Pattern(T, "land_donation", "footnote 14",
            "các tầng lớp nhân dân tham gia {workdays|ngày công} ngày công",
            "Ngày công nhân dân tham gia", "Workdays contributed by residents"),
    # Footnote 26: National Road 37 upgrade (phase 1).
    Pattern(T, "clearance_ql37", "footnote 26",
            "Hoàn thành công tác GPMB đối với {completed_households_agricultural|hộ} hộ đất nông "
            "nghiệp; {completed_households_residential|hộ} hộ đất ở tại xã Thắng Thủy; "
            "{completed_organisations|tổ chức} tổ chức.",
            "GPMB Dự án cải tạo, nâng cấp Quốc lộ 37 (giai đoạn 1): đã hoàn thành",
            "Site clearance, National Road 37 upgrade (phase 1): completed"),
    Pattern(T, "clearance_ql37_vinh_long", "footnote 26",
            "Xã Vĩnh Long: Đã phê duyệt phương án đối với {approved|hộ}/{households|hộ} hộ, "
            "có {paid|hộ}/{paid_out_of|hộ} hộ đã nhận tiền",
            "GPMB Quốc lộ 37, xã Vĩnh Long: phê duyệt phương án, nhận tiền",
            "Site clearance, National Road 37, Vĩnh Long commune: plans approved, "
            "compensation paid"),
    Pattern(T, "clearance_ql37_vinh_long", "footnote 26",
            "đang trình phê duyệt phương án đối với {pending_approval|hộ} hộ; "
            "còn {disputing|hộ} hộ kiến nghị về tài sản trên đất",
            "GPMB Quốc lộ 37, xã Vĩnh Long: đang trình phê duyệt, còn kiến nghị",
            "Site clearance, National Road 37, Vĩnh Long commune: plans pending, households "
            "disputing"),
    # Footnote 27: Thái Bình river right dike surface and road.
    Pattern(T, "clearance_thai_binh_dike", "footnote 27",
            "Tổng số hộ bị thu hồi đất: {households|hộ} hộ (trong đó đất ở: "
            "{households_residential|hộ} hộ, diện tích {area_residential|ha} ha; đất nông nghiệp: "
            "{households_agricultural|hộ} hộ, diện tích {area_agricultural|ha}ha)",
            "GPMB đê Hữu sông Thái Bình: hộ bị thu hồi đất",
            "Site clearance, Thái Bình right dike road: households whose land is taken"),
    Pattern(T, "clearance_thai_binh_dike", "footnote 27",
            "Đã phê duyệt xong phương án {approved|hộ} hộ đất nông nghiệp với số tiền phê duyệt: "
            "{amount_approved|tỷ đồng} tỷ đồng; đã chi trả: {amount_paid|tỷ đồng} tỷ đồng",
            "GPMB đê Hữu sông Thái Bình: phê duyệt phương án, chi trả",
            "Site clearance, Thái Bình right dike road: plans approved, compensation paid"),
    Pattern(T, "clearance_thai_binh_dike", "footnote 27",
            "Diện tích đã bàn giao mặt bằng: {handed_over_area|ha} ha",
            "GPMB đê Hữu sông Thái Bình: diện tích đã bàn giao",
            "Site clearance, Thái Bình right dike road: area handed over"),
    # Footnote 28: Lô Đông bridge, Vĩnh Long commune.
    Pattern(T, "clearance_lo_dong_bridge", "footnote 28",
            "Đã hoàn thành công tác GPMB đối với {completed_households_agricultural|hộ} hộ đất "
            "nông nghiệp; {completed_households_residential|hộ}/{households_residential|hộ} hộ "
            "đất ở",
            "GPMB cầu Lô Đông: đã hoàn thành",
            "Site clearance, Lô Đông bridge: completed"),
    Pattern(T, "clearance_lo_dong_bridge", "footnote 28",
            "Đã hoàn thiện hồ sơ cưỡng chế đối với {enforcement_households_residential|hộ} hộ "
            "đất ở còn lại",
            "GPMB cầu Lô Đông: hồ sơ cưỡng chế",
            "Site clearance, Lô Đông bridge: enforcement files completed"),
    # Footnote 29: road from Thái Bình city to Nghìn bridge (inventory of residential land).
    Pattern(T, "clearance_thai_binh_nghin_road_dong_minh", "footnote 29",
            "đã kiểm kê xong {inventoried_households_residential|hộ}/"
            "{households_residential|hộ} hộ tại xã Đồng Minh",
            "GPMB đường Thái Bình - cầu Nghìn, xã Đồng Minh: kiểm kê đất ở",
            "Site clearance, Thái Bình - Nghìn bridge road, Đồng Minh commune: residential "
            "inventory"),
    Pattern(T, "clearance_thai_binh_nghin_road_hung_nhan", "footnote 29",
            "{inventoried_households_residential|hộ}/{households_residential|hộ} hộ tại xã "
            "Hưng Nhân",
            "GPMB đường Thái Bình - cầu Nghìn, xã Hưng Nhân: kiểm kê đất ở",
            "Site clearance, Thái Bình - Nghìn bridge road, Hưng Nhân commune: residential "
            "inventory"),
    # Footnote 30: model new-rural-development projects.
    Pattern(T, "clearance_model_ntm_2022_2023", "footnote 30",
            "Đối với {communes|xã} xã năm 2022-2023: Tổng số hộ hiến đất: "
            "{households_donating_land|hộ} hộ",
            "GPMB dự án NTM kiểu mẫu 2022-2023: hộ hiến đất",
            "Site clearance, model new-rural projects 2022-2023: households donating land",
            period="2022-2023"),
    Pattern(T, "clearance_model_ntm_2022_2023", "footnote 30",
            "Tổng số hộ có tài sản trong phạm vi GPMB: {households_with_assets|hộ} hộ",
            "GPMB dự án NTM kiểu mẫu 2022-2023: hộ có tài sản trong phạm vi GPMB",
            "Site clearance, model new-rural projects 2022-2023: households with assets in the "
            "cleared area",
            period="2022-2023"),
    Pattern(T, "clearance_model_ntm_2022_2023", "footnote 30",
            "Đã phê duyệt phương án: {approved|hộ} hộ. Đã chi trả tiền: {paid|hộ} hộ",
            "GPMB dự án NTM kiểu mẫu 2022-2023: phê duyệt phương án, chi trả",
            "Site clearance, model new-rural projects 2022-2023: plans approved, paid",
            period="2022-2023"),
    Pattern(T, "clearance_model_ntm_2023_2024", "footnote 30",
            "Đối với {communes|xã} xã năm 2023-2024: Đã kiểm kê {inventoried_households|hộ} hộ",
            "GPMB dự án NTM kiểu mẫu 2023-2024: đã kiểm kê",
            "Site clearance, model new-rural projects 2023-2024: households inventoried",
            period="2023-2024"),
    # Body 2.1: land-use-right certificates.
    Pattern(T, "land_certificates", "body 2.1",
            "đã cấp được {count|GCN} GCN (trong đó cấp lần đầu: "
            "{land_certificates_first_time:count|GCN} GCN; chuyển nhượng, chuyển quyền, cấp lại: "
            "{land_certificates_transfer_reissue:count|GCN} GCN)",
            "Cấp giấy chứng nhận quyền sử dụng đất",
            "Land-use-right certificates issued (total, first-time, transfer/reissue)"),
    Pattern(T, "land_certificates_corrected", "body 2.1",
            "GCN), đình chính {count|GCN} GCN",
            "Đính chính giấy chứng nhận (in là 'đình chính')",
            "Land-use-right certificates corrected"),
    # Footnote 11: land registration of religious establishments.
    Pattern(T, "religious_land", "footnote 11",
            "Ủy ban nhân dân thành phố ra quyết định giao đất cho {allocated|cơ sở} cơ sở tôn giáo",
            "Cơ sở tôn giáo được giao đất", "Religious establishments allocated land"),
    Pattern(T, "religious_land", "footnote 11",
            "đang xem xét hồ sơ ra Quyết định giao đất cho {allocation_under_review|cơ sở} cơ sở "
            "tôn giáo",
            "Cơ sở tôn giáo đang xem xét giao đất",
            "Religious establishments whose land allocation is under review"),
    Pattern(T, "religious_land", "footnote 11",
            "{surveyed|cơ sở} cơ sở tôn giáo được khảo sát, đo vẽ; đã hoàn thiện hồ sơ nộp thành "
            "phố đăng ký đất đai cho {registered|cơ sở}/{registered_out_of|cơ sở} cơ sở "
            "(đạt {pct|%}%); {in_progress|cơ sở} cơ sở đang hoàn thiện hồ sơ",
            "Đăng ký đất đai cơ sở tôn giáo",
            "Land registration of religious establishments"),
    # Footnote 32: households sorting solid waste at source.
    Pattern(T, "waste_sorting", "footnote 32",
            "Đã triển khai thực hiện đối với {households|hộ} hộ gia đình, đạt {pct|%}% tổng số hộ",
            "Hộ gia đình phân loại chất thải rắn sinh hoạt tại nguồn",
            "Households sorting household solid waste at source"),
)
# fmt: on
