"""How plans write targets: bound words, range separators, phrases without a figure (GUIDE §2).

A target is an interval: '>' / '>=' set its low end, '<' / '<=' its high end, '~' says it is
approximate. The longest phrase that matches wins, so 'không dưới' (>=) beats 'dưới' (<) and
'thấp hơn' (<) beats 'hơn' (>).
"""

from .nonfigures import PER_UNIT

# Words before the figure.
BOUND_WORDS: dict[str, str] = {
    ">=": ">=", "≥": ">=", "tối thiểu": ">=", "ít nhất": ">=", "không dưới": ">=",
    "không thấp hơn": ">=", "không nhỏ hơn": ">=", "không ít hơn": ">=",
    "bằng hoặc cao hơn": ">=", "bằng hoặc lớn hơn": ">=", "bằng hoặc hơn": ">=",
    "lớn hơn hoặc bằng": ">=", "cao hơn hoặc bằng": ">=", "=>": ">=", "> =": ">=",
    "đạt và vượt": ">=", "đạt hoặc vượt": ">=", "đạt, vượt": ">=", "bằng và vượt": ">=",
    "hoàn thành và vượt": ">=",
    ">": ">", "trên": ">", "hơn": ">", "cao hơn": ">", "lớn hơn": ">", "nhiều hơn": ">",
    "<=": "<=", "≤": "<=", "không quá": "<=", "tối đa": "<=", "không vượt quá": "<=",
    "không vượt": "<=", "không cao hơn": "<=", "không lớn hơn": "<=", "không hơn": "<=",
    "không nhiều hơn": "<=", "bằng hoặc thấp hơn": "<=", "bằng hoặc nhỏ hơn": "<=",
    "bằng hoặc dưới": "<=", "nhỏ hơn hoặc bằng": "<=", "thấp hơn hoặc bằng": "<=", "=<": "<=",
    "< =": "<=",
    "<": "<", "dưới": "<", "thấp hơn": "<", "nhỏ hơn": "<", "ít hơn": "<", "chưa đến": "<",
    "chưa tới": "<", "không đến": "<", "không tới": "<",
    "khoảng": "~", "xấp xỉ": "~", "trên dưới": "~", "khoảng chừng": "~", "chừng": "~", "gần": "~",
}  # fmt: skip
# Words after the figure (and up to four unit words).
SUFFIX_WORDS: dict[str, str] = {
    "trở lên": ">=", "hoặc hơn": ">=", "hoặc cao hơn": ">=", "hoặc nhiều hơn": ">=",
    "trở xuống": "<=", "trở lại": "<=", "hoặc thấp hơn": "<=", "hoặc ít hơn": "<=",
}  # fmt: skip
# Phrases that state a value without a figure.
PHRASES: dict[str, float] = {"không còn": 0.0, "xóa hết": 0.0, "xoá hết": 0.0}
# Counts written in words ('Có thêm hai xã đạt chuẩn'): read only before a unit that counts.
NUMBER_WORDS: dict[str, int] = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10,
}  # fmt: skip
# What may stand between a bound word and its number: 'tối thiểu là 90', 'trên: 4', 'dưới mức 5'.
LINKS: tuple[str, ...] = ("là", "bằng", "ở mức", "mức", "đạt", ":")
# A count in words after these is an ordinal ('thứ hai': second), no target.
ORDINAL_WORDS: tuple[str, ...] = ("thứ",)
# Between the two ends of a range: a dash, '÷' or '~', or a word (`cues.FROM_WORDS` open it).
RANGE_WORDS: tuple[str, ...] = ("đến", "tới")
RANGE_SIGNS: str = "-–—÷~"
# Words before a target that make it a fall ('giảm 0,5%', 'Mức giảm tỷ lệ hộ nghèo: 0,35%') or
# a rise ('tăng 12-13%'); a minus sign does the same.
FALL_WORDS: tuple[str, ...] = (
    "giảm", "mức giảm", "giảm từ", "giảm thêm", "giảm bình quân", "giảm bình quân mỗi năm",
    "giảm bình quân hằng năm", "giảm mỗi năm", "giảm hằng năm", "giảm hàng năm", "kéo giảm",
)  # fmt: skip
# Words that may open a target before its verb ('phấn đấu giảm 0,3%').
STRIVE_WORDS: tuple[str, ...] = ("phấn đấu",)
RISE_WORDS: tuple[str, ...] = (
    "tăng", "tăng từ", "tăng thêm", "tăng trưởng", "tốc độ tăng", "tăng bình quân",
    "tăng bình quân mỗi năm", "tăng bình quân hằng năm", "tăng mỗi năm", "tăng hằng năm",
    "tăng hàng năm", "tăng trưởng bình quân",
)  # fmt: skip

_YEAR = r"(?:1[0-9]|20)[0-9]{2}(?![0-9])"
# A unit after a number that looks like a year: a figure ('2030 tấn'), also at the far end of a
# range ('2020 - 2030 tấn': both ends are figures).
_UNIT_AFTER = r"\s*(?:%|tỷ|triệu|nghìn|ha\b|tấn|người|hộ|lao động|lượt|xã|đảng viên)"
# Numbers that are not targets, blanked before targets are read (written in plain Vietnamese,
# matched on folded text).
MASKS: tuple[tuple[str, str], ...] = (
    ("item label '(1).'", r"^[\s\-–—+*•]*\(\s*[0-9]{1,3}\s*\)"),
    ("item label '1.'", r"^[\s\-–—+*•]*[0-9]{1,2}\.(?=\s)"),
    ("article label 'Điều 1.'", r"^\s*điều\s+[0-9]{1,3}\s*[.:]"),
    ("year or year range", rf"(?<![^\W\d_])(?:năm(?:\s+học)?|giai\s+đoạn|nhiệm\s+kỳ|giá\s+so\s+sánh"
                           rf"|giá\s+cố\s+định|giá\s+ss)\s*(?:năm\s*)?\(?\s*"
                           rf"{_YEAR}(?:\s*[-–—]\s*{_YEAR})?\s*\)?"),
    ("a year standing alone", rf"(?<![\d.,]){_YEAR}(?!{_UNIT_AFTER}"
                              rf"|\s*(?:[-–—÷~]|đến|tới)\s*[0-9][0-9.,]*{_UNIT_AFTER})"),
    ("date", rf"(?<![0-9])[0-9]{{1,2}}/[0-9]{{1,2}}/{_YEAR}"),
    ("age", r"(?<![0-9.,])[0-9]+\s*tuổi(?![^\W\d_])"),
    ("a per-unit denominator ('trên 1 ha', 'trên 01 người')", PER_UNIT),
)  # fmt: skip

# Nouns naming a target as a change: 'Tốc độ tăng trưởng … đạt 10%' is a growth rate, 'Mức giảm
# tỷ lệ hộ nghèo: 0,35%' a fall (negative).
GROWTH_NOUNS: tuple[str, ...] = ("tốc độ tăng", "tăng trưởng", "tốc độ phát triển")
FALL_NOUNS: tuple[str, ...] = ("mức giảm", "mức độ giảm")
# Words saying a target is a level to reach, not a change: 'Giảm tỷ lệ hộ nghèo xuống còn 1%'.
LEVEL_WORDS: tuple[str, ...] = ("còn", "xuống còn", "xuống dưới", "xuống", "ở mức")
# Words before a percentage of a base (one of `cues.BASES`, printed after it) that make the
# target a ratio on that base, as in the facts ('bằng 110% dự toán' is ratio_pct 110; also
# opening a bound: 'bằng hoặc cao hơn 105%'), or a change on it ('vượt 10% dự toán' is
# change_pct +10). REACH_WORDS make it a ratio too where no other word makes it a change ('đạt
# 100% dự toán', 'đạt và vượt 100% dự toán'; not 'Tốc độ tăng trưởng đạt 10% so với năm trước').
RATIO_WORDS: tuple[str, ...] = ("bằng", "bằng với", "tương đương", "tương đương với")
REACH_WORDS: tuple[str, ...] = ("đạt", "đạt được")
# Base words too bare to make a REACH target a ratio: 'Tỷ lệ hộ nghèo đạt dưới 1% so với tổng số
# hộ' names the rate's population, not a base (a level).
BARE_BASES: tuple[str, ...] = ("so với",)
EXCESS_WORDS: tuple[str, ...] = ("vượt", "vượt mức", "vượt hơn")
# A rating or grade that qualifies what a target counts: printed after one of RATING_LINKS in
# the clause of another target, it is part of that target's subject, no target of its own
# ('10 sản phẩm OCOP đạt từ 3 sao trở lên' is 10 products; '5 dịch vụ công đạt mức độ 4').
# The rating word stands after the number ('3 sao') or before it ('hạng 2', 'mức độ 4').
RATING_LINKS: tuple[str, ...] = (
    "đạt", "đạt từ", "đạt tiêu chuẩn", "được công nhận", "được công nhận đạt", "công nhận",
    "công nhận đạt", "được xếp", "xếp", "được đánh giá", "đánh giá",
)  # fmt: skip
RATING_AFTER: tuple[str, ...] = ("sao",)
RATING_BEFORE: tuple[str, ...] = ("hạng", "cấp độ", "mức độ", "bậc")

# A paragraph of the part on the next year stating its targets as running prose, no list
# ('Năm <next year>, phấn đấu tổng giá trị sản xuất tăng 10 - 11%, thu ngân sách …'): it opens
# with one of these ('{year}' the next year), folded, and is the target list's one item.
# An article label of a resolution may stand before ('Điều 1. Năm <next year>, phấn đấu …').
PROSE_TARGET_OPENINGS: tuple[str, ...] = (
    r"(?:điều\s+\d+\s*[.:]\s*)?năm {year}\s*,?\s*(?:[^\W\d_]+\s+){{0,3}}phấn đấu\b",
    r"phấn đấu\s+(?:trong\s+)?năm {year}\b",
    r"(?:mục tiêu|chỉ tiêu)(?:\s+chủ yếu)?\s+năm {year}\s*:",
)
# Words of time before a target naming the period it is for, when it is not the next year
# ('bình quân giai đoạn 2031-2035 đạt 10%/năm', 'đến năm 2035 đạt 45%'): the years captured.
# Not a standard's name ('Bộ tiêu chí … giai đoạn đến năm 2030: đạt 30%' is for the next year).
TARGET_PERIODS: tuple[str, ...] = (
    r"bình quân(?:\s+cả)?\s+giai đoạn\s+(\d{4})\s*[-–—]\s*(\d{4})",
    r"(?<!giai đoạn )(?:đến|tới|đến hết|đến cuối|tới cuối)\s+năm\s+(\d{4})",
)
