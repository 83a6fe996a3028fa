"""Budget: state revenue and spending, disbursement, social insurance, auctions, gifts."""

from __future__ import annotations

from ..facts import Pattern

T = "budget"
# fmt: off
PATTERNS: tuple[Pattern, ...] = (
    Pattern(T, "state_budget_revenue", "body 2.1",
            "Tổng thu ngân sách nhà nước năm 2023 ước đạt {amount|tỷ đồng} tỷ đồng, "
            "bằng {pct_of_estimate|%}% so với dự toán, bằng {pct_of_last_year|%}% so với cùng kỳ",
            "Tổng thu ngân sách nhà nước", "State budget revenue, total"),
    Pattern(T, "district_budget_revenue", "body 2.1",
            "Thu ngân sách trên địa bàn huyện ước đạt {amount|tỷ đồng} tỷ đồng, "
            "đạt {pct_of_estimate|%}% dự toán, bằng {pct_of_last_year|%}% so với cùng kỳ",
            "Thu ngân sách trên địa bàn huyện", "State budget revenue collected in the district"),
    Pattern(T, "state_budget_expenditure", "body 2.1",
            "tổng chi ước thực hiện {amount|tỷ đồng} tỷ đồng, bằng {pct_of_estimate|%}% so với "
            "dự toán",
            "Tổng chi ngân sách nhà nước", "State budget expenditure, total"),
    Pattern(T, "public_investment_disbursed", "body 2.1",
            "ước giải ngân đạt {amount|tỷ đồng} tỷ đồng, đạt {pct_of_plan|%}% kế hoạch vốn",
            "Giải ngân vốn đầu tư công", "Public investment disbursed"),
    Pattern(T, "social_insurance_revenue", "footnote 38",
            "tổng thu ước đạt {amount|tỷ đồng} tỷ đồng, đạt {pct_of_plan|%}%KH, "
            "tăng {pct_yoy|%}% so cùng kỳ",
            "Thu BHXH, BHYT, BHTN", "Social, health and unemployment insurance revenue"),
    Pattern(T, "social_insurance_expenditure", "footnote 38",
            "tổng chi ước đạt {amount|tỷ đồng} tỷ đồng, bằng {pct_of_last_year|%}% so cùng kỳ",
            "Chi BHXH, BHYT, BHTN", "Social, health and unemployment insurance expenditure"),
    Pattern(T, "land_use_right_auctions", "footnote 31",
            "tổng số tiền trúng đấu giá là {amount|tỷ đồng} tỷ đồng",
            "Tiền trúng đấu giá quyền sử dụng đất", "Land-use-right auction proceeds"),
    Pattern(T, "merit_allowances", "footnote 36",
            "Chi trả trên {amount|tỷ đồng} tỷ đồng tiền trợ cấp hàng tháng cho người có công",
            "Trợ cấp hàng tháng cho người có công (trên)",
            "Monthly allowances to people with merit (more than)"),
    Pattern(T, "social_insurance_paid", "footnote 36",
            "đã chi BHXH {amount|tỷ đồng} tỷ đồng (trung bình mỗi tháng chi cho trên "
            "{beneficiaries_per_month:count|đối tượng} đối tượng)",
            "Chi BHXH", "Social insurance paid"),
    Pattern(T, "funeral_allowances", "footnote 36",
            "chi trả {amount|tỷ đồng} tỷ đồng mai táng phí cho {count|đối tượng} đối tượng",
            "Mai táng phí", "Funeral allowances"),
    Pattern(T, "tet_gifts_president", "footnote 37",
            "Quà Chủ tịch nước: {count|người} người, số tiền là {amount|triệu đồng} triệu đồng",
            "Quà Tết của Chủ tịch nước cho người có công",
            "Lunar New Year gifts from the State President to people with merit"),
    Pattern(T, "tet_gifts_city", "footnote 37",
            "Quà UBND thành phố: {count|người} người, số tiền là {amount|triệu đồng} triệu đồng",
            "Quà Tết của UBND thành phố", "Lunar New Year gifts from the city"),
    Pattern(T, "tet_gifts_district", "footnote 37",
            "Quà tặng của huyện: {count|người} người, số tiền là {amount|triệu đồng} triệu đồng",
            "Quà Tết của huyện", "Lunar New Year gifts from the district"),
    Pattern(T, "tet_gifts_poor_households", "footnote 37",
            "Tặng quà Tết của thành phố cho {count|hộ} hộ nghèo, cận nghèo; tổng kinh phí đã chi "
            "là: {amount|triệu đồng} triệu đồng",
            "Quà Tết cho hộ nghèo, cận nghèo",
            "Lunar New Year gifts to poor and near-poor households"),
    Pattern(T, "socialised_gifts", "footnote 37",
            "Tổng huy động xã hội hoá quà tặng ~ : {amount|triệu đồng} triệu đồng",
            "Huy động xã hội hoá quà tặng", "Gifts funded by social mobilisation"),
    Pattern(T, "july27_gifts_president", "footnote 37",
            "27/7: Quà Chủ tịch nước: {count|người} người, số tiền {amount|triệu đồng} triệu đồng",
            "Quà 27/7 của Chủ tịch nước", "War Invalids' Day gifts from the State President"),
    Pattern(T, "july27_gifts_city", "footnote 37",
            "quà của thành phố: {count|người} người, số tiền {amount|triệu đồng} triệu đồng",
            "Quà 27/7 của thành phố", "War Invalids' Day gifts from the city"),
    Pattern(T, "sept2_gifts_heroic_mothers", "footnote 37",
            "Quà thành phố cho {count|người} Mẹ Việt Nam anh hùng, số tiền {amount|triệu đồng} "
            "triệu đồng",
            "Quà Quốc khánh cho Mẹ Việt Nam anh hùng", "National Day gifts to Heroic Mothers"),
)
# fmt: on
