"""What the topic frames gather: rice subjects with their season and yield convention."""

# Rice subjects -> (season, season in Vietnamese, convention of a yield).
RICE_SEASONS: dict[str, tuple[str, str, str]] = {
    "spring_rice": ("spring", "vụ xuân", "output / sown area"),
    "main_rice": ("main", "vụ mùa", "output / sown area"),
    "rice_year": ("year", "cả năm", "output / sown area (average of the year)"),
    "rice_year_two_crops": ("year", "cả năm", "two seasons' yields added (per ha of land)"),
}
