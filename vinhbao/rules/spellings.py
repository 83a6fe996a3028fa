"""Misspellings seen in such reports: a passage holding one is flagged (kept as printed)."""

MISSPELLINGS: dict[str, str] = {
    "đình chính": "đính chính",
    "kiếu nại": "khiếu nại",
    "tuyên quân": "tuyển quân",
    "phân đấu": "phấn đấu",
    "chuyên đổi số": "chuyển đổi số",
    "chinh trang": "chỉnh trang",
}
