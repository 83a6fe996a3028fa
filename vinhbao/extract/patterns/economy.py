"""Economy: production value, sector growth, investment, income, industry, trade, business."""

from __future__ import annotations

from ..facts import Pattern

T = "economy"
# fmt: off
PATTERNS: tuple[Pattern, ...] = (
    Pattern(T, "total_production_value", "body 2.1",
            "Tổng giá trị sản xuất trên địa bàn ước đạt: {amount|tỷ đồng} tỷ đồng, "
            "tăng {pct_yoy|%}% (KH {target_low|%}-{target_high|%}%)",
            "Tổng giá trị sản xuất trên địa bàn", "Total production value in the district"),
    Pattern(T, "agriculture_fisheries", "body 2.1",
            "Nông nghiệp - thủy sản tăng {pct_yoy|%}% so với cùng kỳ",
            "Nông nghiệp - thủy sản", "Agriculture and fisheries production value"),
    Pattern(T, "industry_construction", "body 2.1",
            "công nghiệp - xây dựng tăng {pct_yoy|%}% so với cùng kỳ",
            "Công nghiệp - xây dựng", "Industry and construction production value"),
    Pattern(T, "trade_services", "body 2.1",
            "thương mại - dịch vụ tăng {pct_yoy|%}% so với cùng kỳ",
            "Thương mại - dịch vụ", "Trade and services production value"),
    Pattern(T, "social_investment", "body 2.1",
            "Tổng vốn đầu tư toàn xã hội ước đạt {amount|tỷ đồng} tỷ đồng "
            "(KH năm: {target_low|tỷ đồng} - {target_high|tỷ đồng} tỷ đồng), "
            "tăng {pct_above_plan|%} % so với kế hoạch",
            "Tổng vốn đầu tư toàn xã hội", "Total social investment"),
    Pattern(T, "income_per_head", "body 2.1",
            "Thu nhập bình quân đầu người ước đạt {amount|triệu đồng/người/năm} "
            "triệu đồng/người/năm (KH {target_low|triệu đồng/người/năm} - "
            "{target_high|triệu đồng/người/năm} triệu đồng)",
            "Thu nhập bình quân đầu người", "Average income per head"),
    Pattern(T, "industry_handicrafts", "body 2.1",
            "giá trị sản xuất ước đạt {amount|tỷ đồng} tỷ đồng, đạt {pct_of_plan|%}% so với "
            "kế hoạch, tăng {pct_yoy|%}% so với cùng kỳ năm trước",
            "Sản xuất công nghiệp - tiểu thủ công nghiệp",
            "Industry and handicrafts production value"),
    Pattern(T, "district_industry", "body 2.1",
            "giá trị sản xuất công nghiệp huyện quản lý (giá so sánh năm 2010) ước đạt "
            "{amount|tỷ đồng} tỷ đồng đạt {pct_of_plan|%}% so với kế hoạch, "
            "tăng {pct_yoy|%}% so với cùng kỳ",
            "Công nghiệp huyện quản lý", "District-managed industry production value"),
    Pattern(T, "electricity_consumption", "body 2.1",
            "điện năng tiêu thụ ước đạt {amount|triệu KW} triệu KW, "
            "tăng {pct_yoy|%}% so với cùng kỳ",
            "Điện năng tiêu thụ", "Electricity consumed"),
    Pattern(T, "construction", "body 2.1",
            "Tổng giá trị sản lượng xây dựng ước đạt {amount|tỷ đồng} tỷ đồng, "
            "đạt {pct_of_plan|%}% kế hoạch, tăng {pct_yoy|%}% so với cùng kỳ",
            "Giá trị sản lượng xây dựng", "Construction output value"),
    Pattern(T, "construction_projects", "body 2.1",
            "Trong năm toàn huyện có {count|dự án} dự án công trình",
            "Dự án công trình", "Construction projects under way"),
    Pattern(T, "building_permits", "body 2.1",
            "cấp {count|giấy phép} giấy phép xây dựng nhà ở riêng lẻ",
            "Giấy phép xây dựng nhà ở riêng lẻ", "Building permits for individual houses"),
    Pattern(T, "retail_sales", "body 2.1",
            "tổng mức bán lẻ hàng hóa ước đạt {amount|tỷ đồng} tỷ đồng, đạt {pct_of_plan|%}% so "
            "với kế hoạch, tăng {pct_yoy|%}% so với cùng kỳ",
            "Tổng mức bán lẻ hàng hóa", "Retail sales of goods"),
    Pattern(T, "services_revenue", "body 2.1",
            "Doanh thu dịch vụ ước đạt {amount|tỷ đồng} tỷ đồng, đạt {pct_of_plan|%}% so với "
            "kế hoạch, tăng {pct_yoy|%}% so với cùng kỳ",
            "Doanh thu dịch vụ", "Services revenue"),
    Pattern(T, "household_businesses", "body 2.1",
            "cấp giấy chứng nhận đăng ký kinh doanh cho {count|hộ} hộ cá thể với tổng vốn đăng ký "
            "trên {registered_capital:amount|tỷ đồng} tỷ đồng, đăng ký thành lập mới "
            "{new_cooperatives:count|HTX} HTX",
            "Đăng ký kinh doanh hộ cá thể", "Household businesses registered"),
    Pattern(T, "main_indicators_met", "body 2.1",
            "{count|chỉ tiêu}/{main_indicators:count|chỉ tiêu} chỉ tiêu chủ yếu",
            "Chỉ tiêu chủ yếu hoàn thành", "Main socio-economic indicators met"),
    Pattern(T, "tourists", "body 2.2",
            "đã đón và phục vụ {count|lượt khách} lượt khách, tăng {pct_yoy|%}% so với cùng kỳ",
            "Khách du lịch", "Tourist visits"),
)
# fmt: on
