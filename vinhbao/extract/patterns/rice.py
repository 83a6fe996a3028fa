"""Rice: area, yield and output per season and for the year (body 2.1, footnote 22, body II.1)."""

from __future__ import annotations

from ..facts import Pattern

T = "rice"
# fmt: off
PATTERNS: tuple[Pattern, ...] = (
    Pattern(T, "rice_year", "body 2.1",
            "Tổng diện tích gieo cấy lúa cả năm {area|ha} ha, bằng {area_pct_of_plan|%}% so kế "
            "hoạch, tăng {area_pct_yoy|%}% so cùng kỳ",
            "Lúa cả năm: diện tích gieo cấy", "Rice, whole year: sown area"),
    Pattern(T, "rice_year", "body 2.1",
            "năng suất lúa cả năm trung bình đạt {yield|tạ/ha} tạ/ha, tăng {yield_pct_yoy|%}% so "
            "cùng kỳ, tăng {yield_pct_above_plan|%}% so kế hoạch",
            "Lúa cả năm: năng suất trung bình (sản lượng / diện tích gieo cấy)",
            "Rice, whole year: average yield (output / sown area)"),
    Pattern(T, "rice_year", "body 2.1",
            "sản lượng {output|tấn} tấn, tăng {output_pct_yoy|%}% so với cùng kỳ, "
            "tăng {output_pct_above_plan|%}% so kế hoạch",
            "Lúa cả năm: sản lượng", "Rice, whole year: output"),
    Pattern(T, "spring_rice", "footnote 22",
            "diện tích gieo cấy vụ lúa xuân là: {area|ha} ha, tăng {area_pct_yoy|%}% với cùng kỳ, "
            "năng suất đạt {yield|tạ/ha} tạ/ha, sản lượng thóc {output|tấn} tấn, "
            "tăng {output_pct_yoy|%}% so cùng kỳ",
            "Lúa vụ xuân", "Spring rice"),
    Pattern(T, "main_rice", "footnote 22",
            "Diện tích gieo cấy lúa vụ mùa {area|ha} ha, bằng {area_pct_of_last_year|%}% so cùng "
            "kỳ; năng suất ước đạt {yield|t/ha} t/ha, sản lượng đạt {output|tấn} tấn, "
            "bằng {output_pct_of_last_year|%}% so với cùng kỳ",
            "Lúa vụ mùa", "Main-season (summer) rice"),
    Pattern(T, "rice_year_two_crops", "body II.1",
            "năng suất lúa cả năm đạt {yield|tấn/ha} tấn/ha",
            "Năng suất lúa cả năm (cộng hai vụ, trên một ha đất)",
            "Rice yield, whole year: the two seasons' yields added (per ha of land per year)"),
)
# fmt: on
