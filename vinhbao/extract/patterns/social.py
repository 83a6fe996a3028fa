"""Social indicators of body 2.2 (education, population, health, poverty, jobs) and party growth."""

from __future__ import annotations

from ..facts import Pattern

T = "social"
# fmt: off
PATTERNS: tuple[Pattern, ...] = (
    Pattern(T, "national_standard_schools", "body 2.2",
            "tổng số trường đạt chuẩn quốc gia là {count|trường}/{total|trường} trường "
            "đạt {pct|%}%",
            "Trường đạt chuẩn quốc gia", "Schools meeting national standards"),
    Pattern(T, "poverty_rate", "body 2.2",
            "tỷ lệ hộ nghèo còn {pct|%}%, tỷ lệ hộ cận nghèo còn {near_poverty_rate:pct|%}%",
            "Tỷ lệ hộ nghèo", "Poverty rate"),
    Pattern(T, "job_placements", "body 2.2",
            "Giải quyết việc làm mới cho {count|lượt} lượt lao động, tỷ lệ lao động qua đào tạo "
            "đạt {trained_workers:pct|%}%",
            "Giải quyết việc làm mới", "Job placements (worker-turns)"),
    Pattern(T, "population_growth", "body 2.2",
            "tỷ lệ phát triển dân số tự nhiên {pct|%}% (NQ {target|%}%)",
            "Tỷ lệ phát triển dân số tự nhiên", "Natural population growth rate"),
    Pattern(T, "stunting", "body 2.2",
            "tỷ lệ trẻ suy dinh dưỡng thể chiều cao {pct|%}% (NQ {target|%}%)",
            "Tỷ lệ trẻ suy dinh dưỡng thể chiều cao", "Stunting rate of children"),
    Pattern(T, "health_insurance", "body 2.2",
            "Tỷ lệ người dân tham gia bảo hiểm y tế đạt {pct|%}% (NQ {target|%}%)",
            "Tỷ lệ tham gia bảo hiểm y tế", "Health-insurance coverage"),
    Pattern("party", "party_admissions", "body 1.1",
            "đã kết nạp {count|đảng viên} đảng viên mới (đạt {pct_of_city_target|%}% chỉ tiêu "
            "Thành ủy giao, đạt {pct_of_plan|%}% KH)",
            "Kết nạp đảng viên mới", "New Party members admitted"),
)
# fmt: on
