"""Plan-vs-actual tables: header words -> column roles, statuses, directions of indicators.

A header cell takes the role of the longest phrase it contains (so 'Chỉ tiêu Nghị quyết' is the
target, 'Chỉ tiêu' the indicator). A cell naming a year ('TH 2030', 'KH 2031') is read with the
report's year: a result of an earlier year is `previous`.
"""

COLUMN_ROLES: dict[str, tuple[str, ...]] = {
    "code": ("số tt", "stt", "tt", "số thứ tự", "thứ tự"),
    "indicator": ("chỉ tiêu", "nội dung", "tên chỉ tiêu", "danh mục", "nội dung chỉ tiêu"),
    "unit": ("đơn vị tính", "đvt", "đơn vị", "đ.v.t", "đv tính"),
    "target": (
        "chỉ tiêu nghị quyết", "chỉ tiêu nq", "kế hoạch", "kh", "mục tiêu", "chỉ tiêu giao",
        "nghị quyết", "nq", "chỉ tiêu kế hoạch", "kế hoạch năm", "chỉ tiêu năm",
    ),
    "actual": (
        "kết quả thực hiện", "thực hiện", "ước th", "ước thực hiện", "kết quả", "th",
        "ước", "ước tính", "thực hiện năm", "kết quả đạt được",
    ),
    "status": (
        "mức độ hoàn thành", "đánh giá", "ghi chú", "kết quả đánh giá", "tình hình thực hiện",
        "mức độ", "đánh giá mức độ hoàn thành",
    ),
    "ratio": (
        "so sánh", "so sánh (%)", "tỷ lệ (%)", "% so kh", "so với kh", "tỷ lệ so kh", "th/kh",
        "th/kh (%)", "% th/kh", "tỷ lệ th/kh", "th so kh", "so với kế hoạch", "so kế hoạch",
        "so với cùng kỳ", "so cùng kỳ", "% so cùng kỳ", "th/cùng kỳ", "th/ck", "so ck",
        "% so ck", "so với ck",
    ),
}  # fmt: skip
# Words of a result or plan column's header naming the year before ('TH năm trước', 'Thực hiện
# cùng kỳ'): the column is `previous`, as 'TH <year before>' is.
PREVIOUS_WORDS: tuple[str, ...] = ("năm trước", "cùng kỳ", "năm qua")
# Roles a table must have to be read as a plan-vs-actual table.
REQUIRED_ROLES: tuple[str, ...] = ("indicator",)
ANY_OF_ROLES: tuple[str, ...] = ("target", "actual")
# Words of a ratio column's header that say what the ratio is of.
RATIO_BASES: dict[str, str] = {"kh": "plan", "kế hoạch": "plan", "cùng kỳ": "last_year",
                               "ck": "last_year", "năm trước": "last_year",
                               "dự toán": "estimate"}  # fmt: skip
# A header cell naming a result, this sign and another column ('TH/KH', 'Ước TH 2031/TH 2030',
# 'TH/CK') is a comparison of the two: a ratio on what the part after the sign names (a plan;
# a result or the year before: last year).
RATIO_SIGN = "/"
# Roles of a column a comparison's header may name after its sign ('… /TH 2030': a result).
RATIO_OVER_RESULT: tuple[str, ...] = ("actual", "previous")

# Reported statuses, longest phrase first so that "chưa đạt" is not read as "đạt".
STATUSES: tuple[tuple[str, str], ...] = (
    ("chưa hoàn thành", "not met"),
    ("không hoàn thành", "not met"),
    ("chưa đạt", "not met"),
    ("không đạt", "not met"),
    ("vượt", "exceeded"),
    ("hoàn thành", "met"),
    ("đạt", "met"),
)
# Words of a status cell printing the share of the plan reached ('Đạt 95%', 'Hoàn thành 102%'):
# the share is the row's ratio when no comparison column holds one, and below 100 the target was
# not met.
STATUS_SHARE_WORDS: tuple[str, ...] = ("đạt", "bằng", "hoàn thành", "đạt được")
# Indicators where a lower value is better, found by a phrase of the indicator.
LOWER_IS_BETTER: tuple[str, ...] = (
    "hộ nghèo", "dân số tự nhiên", "tăng dân số", "suy dinh dưỡng", "tai nạn", "tội phạm",
    "thấp còi", "nợ đọng", "ô nhiễm", "tử vong", "sinh con thứ 3",
)  # fmt: skip
# Verbs printed in a target or result cell ('Giảm 0,3', 'Tăng 0,6%').
CELL_VERBS: dict[str, int] = {"tăng": 1, "giảm": -1}
# A row label opening with one of these words ('Giảm tỷ lệ hộ nghèo') makes its plain cells falls
# ('0,4 trở lên': a fall of at least 0,4; '0,48': a fall of 0,48), as 'Giảm 0,4' in a cell does.
LABEL_FALL_WORDS: tuple[str, ...] = ("giảm",)
# An un-numbered row whose label is one of these is the table's total, not a sub-row of the row
# above it.
TOTAL_ROWS: tuple[str, ...] = ("tổng cộng", "cộng", "tổng số", "tổng", "tổng chung", "toàn huyện")
# Labels opening so name a programme, no fall ('Giảm nghèo bền vững: tỷ lệ hộ nghèo'): their cells
# are levels, as are those of a label ending with a word of the level reached ('… xuống còn').
LABEL_FALL_NOUNS: tuple[str, ...] = ("giảm nghèo",)
# A cell printed with one of these holds nothing ('-' in a column of figures).
EMPTY_CELLS: tuple[str, ...] = ("-", "–", "—", "x", "X", "...", "…")
# A table printed one cell per line (text copied from a PDF viewer): a row opens with a line
# holding only its code ('1', '1.2', 'II', 'a)'), a header's cells are short lines.
STACKED_ROW_CODE = r"(?:[IVXLC]{1,6}|[A-Z]|\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]?"
# A section row of a plan table (stacked or printed as code and title alone): its code.
SECTION_ROW_CODE = r"(?:[IVXLC]{1,6}|[A-Z])[.)]?"
STACKED_HEADER_CELL_MAX = 40  # characters of a header cell on its own line
STACKED_HEADER_MAX_CELLS = 12
