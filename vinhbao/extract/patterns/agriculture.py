"""Agriculture, forestry and fisheries production value and its parts (body 2.1, footnote 21)."""

from __future__ import annotations

from ..facts import Pattern

T = "agriculture"
# fmt: off
PATTERNS: tuple[Pattern, ...] = (
    Pattern(T, "agriculture_forestry_fisheries", "body 2.1",
            "Giá trị sản lượng nông lâm thủy sản (ước đạt): {amount|triệu đồng} triệu đồng, "
            "bằng {pct_of_plan|%}% so kế hoạch, tăng {pct_yoy|%}% so cùng kỳ",
            "Giá trị sản lượng nông lâm thủy sản", "Agriculture, forestry and fisheries value"),
    Pattern(T, "crops", "footnote 21",
            "Trồng trọt: {amount|triệu đồng} triệu đồng, tăng {pct_above_plan|%}% so KH, "
            "tăng {pct_yoy|%}% so cùng kỳ",
            "Trồng trọt", "Crops"),
    Pattern(T, "livestock", "footnote 21",
            "Chăn nuôi: {amount|triệu đồng} triệu đồng, bằng {pct_of_plan|%}% so KH, "
            "tăng {pct_yoy|%}% so cùng kỳ",
            "Chăn nuôi", "Livestock"),
    Pattern(T, "fisheries", "footnote 21",
            "Thủy sản: {amount|triệu đồng} triệu đồng, bằng {pct_of_plan|%}% KH năm, "
            "tăng {pct_yoy|%}% so cùng kỳ",
            "Thủy sản", "Fisheries"),
    Pattern(T, "forestry", "footnote 21",
            "Lâm nghiệp {amount|triệu đồng} triệu đồng, đạt {pct_of_plan|%}% so kế hoạch và "
            "bằng {pct_of_last_year|%}% so cùng kỳ",
            "Lâm nghiệp", "Forestry"),
    Pattern(T, "ocop_products", "body 2.1",
            "Cấp giấy chứng nhận sản phẩm OCOP cấp huyện cho {count|sản phẩm} sản phẩm "
            "đạt {stars|sao} sao",
            "Sản phẩm OCOP cấp huyện được cấp giấy chứng nhận",
            "OCOP products certified at district level (and their star rating)"),
)
# fmt: on
