"""The words around a figure that say what it expresses (GUIDE §2b), as tables.

Read backwards from a figure: `[comparator first] [cue] [bound] [link] figure [unit] [base]`.
A cue says the kind of the figure (a change, a ratio, a share, a level); a base says what it is
compared with; a bound that it is not exact. Phrases are matched folded (any case, either tone
placement, y or i: `fold`), the longest first.
"""

# Cue phrase -> (kind, sign). kind 'change' becomes change_pct, change_pp or change_abs by the
# unit; 'ratio' becomes ratio_pct with a base and a share (or a rate's level) without; 'times' is
# a ratio printed as a multiple ('gấp 1,25 lần'); 'share' is a share of a whole; 'level' states
# the figure itself ('giảm còn 2,3%' is a level, not a fall).
CUES: dict[str, tuple[str, int]] = {
    "tăng": ("change", 1), "tăng thêm": ("change", 1), "tăng hơn": ("change", 1),
    "cao hơn": ("change", 1), "nhiều hơn": ("change", 1), "lớn hơn": ("change", 1),
    "vượt": ("change", 1), "vượt mức": ("change", 1), "vượt hơn": ("change", 1),
    "tăng trưởng": ("change", 1), "tăng trưởng đạt": ("change", 1),
    "tốc độ tăng trưởng đạt": ("change", 1), "tốc độ tăng trưởng": ("change", 1),
    "giảm": ("change", -1), "giảm đi": ("change", -1), "giảm hơn": ("change", -1),
    "thấp hơn": ("change", -1), "ít hơn": ("change", -1), "nhỏ hơn": ("change", -1),
    "hụt": ("change", -1), "hụt thu": ("change", -1), "sụt giảm": ("change", -1),
    "suy giảm": ("change", -1), "giảm sút": ("change", -1), "tụt giảm": ("change", -1),
    "kéo giảm": ("change", -1), "tương đương tăng": ("change", 1),
    "tương đương giảm": ("change", -1), "tương ứng tăng": ("change", 1),
    "tương ứng giảm": ("change", -1),
    "giảm còn": ("level", 1), "giảm xuống": ("level", 1), "giảm xuống còn": ("level", 1),
    "xuống còn": ("level", 1), "tăng lên": ("level", 1), "tăng lên mức": ("level", 1),
    "nâng lên": ("level", 1), "lên": ("level", 1), "còn": ("level", 1),
    "bằng": ("ratio", 1), "đạt": ("ratio", 1), "ước đạt": ("ratio", 1), "đạt được": ("ratio", 1),
    "ước bằng": ("ratio", 1), "tương đương": ("ratio", 1), "đạt mức": ("ratio", 1),
    "hoàn thành": ("ratio", 1), "hoàn thành được": ("ratio", 1), "thực hiện đạt": ("ratio", 1),
    "gấp": ("times", 1), "gấp hơn": ("times", 1), "tăng gấp": ("times", 1),
    "chiếm": ("share", 1), "chiếm tỷ lệ": ("share", 1), "đạt tỷ lệ": ("share", 1),
    "với tỷ lệ": ("share", 1), "bằng tỷ lệ": ("share", 1), "tỷ lệ đạt": ("share", 1),
}  # fmt: skip

# Words between a change verb and its figure that say how, not how much ('giảm mạnh 41,2%',
# 'tăng bình quân 8,7%/năm'): the verb keeps its kind and sign.
CUE_ADVERBS: tuple[str, ...] = (
    "nhẹ", "mạnh", "nhanh", "chậm", "đáng kể", "khá", "rõ rệt", "sâu", "đột biến", "liên tục",
    "bình quân", "trung bình", "bình quân mỗi năm", "bình quân hằng năm", "bình quân hàng năm",
    "mỗi năm", "hằng năm", "hàng năm", "tương ứng", "thêm được",
)  # fmt: skip
# Cues of a percentage restating the absolute change printed right before it ('tăng 56 tỷ đồng,
# tương đương 10,1%'; a bare '(-15,2%)' too): it is that change in %.
RESTATING_CUES: tuple[str, ...] = ("tương đương", "bằng")
# 'giảm từ 2,15% xuống còn 1,62%', 'tăng từ 80% lên 85%': a figure after one of FROM_WORDS and
# before one of TO_WORDS and another figure is the level the year started from (the year before).
# The same words open a range ('từ 4.200 đến 4.400') or a target ('(KH từ 12%)').
FROM_WORDS: tuple[str, ...] = ("từ",)  # ending the words before the figure
TO_WORDS: tuple[str, ...] = (
    "xuống còn", "xuống", "còn", "lên", "lên mức", "lên đến", "lên tới", "tăng lên", "nâng lên",
)  # fmt: skip
# Words of time the start level may carry before TO_WORDS ('giảm từ 1,85% đầu năm xuống còn
# 1,12% cuối năm').
START_TIME_WORDS: tuple[str, ...] = ("đầu năm", "cuối năm trước", "đầu kỳ", "năm trước")
# Multiples written in words ('tăng gấp đôi so với năm trước' doubled): each phrase's last word
# is a figure of that value, as if printed 'gấp 2 lần' (a ratio of 200 %). Not before a number
# ('gấp ba 2 lần' is no such phrase).
TIMES_WORDS: dict[str, float] = {
    "gấp đôi": 2, "gấp hai": 2, "gấp rưỡi": 1.5, "gấp ba": 3, "gấp bốn": 4, "gấp năm": 5,
    "gấp mười": 10,
}  # fmt: skip
# Comparatives: 'cao hơn 1,5 tạ/ha so với …' is a change, its 'hơn' is not a bound ('trên').
COMPARATIVES: tuple[str, ...] = ("cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "lớn hơn", "nhỏ hơn")

# Words naming a growth rate: a percentage of such a subject with no change verb is its change
# on the year before ('Tốc độ tăng trưởng giá trị sản xuất đạt 9,3%').
GROWTH_SUBJECTS: tuple[str, ...] = (
    "tốc độ tăng trưởng",
    "tốc độ tăng",
    "mức tăng trưởng",
    "tăng trưởng bình quân",
    "tăng trưởng kinh tế",
    "tăng trưởng grdp",
)

# Words linking a subject to its value: a level ('… ước đạt 20 tỷ đồng'); with a percentage and
# no base after it they do not make a ratio.
LINKS: tuple[str, ...] = (
    "ước đạt", "ước thực hiện", "ước thực hiện được", "ước cả năm đạt", "ước cả năm",
    "ước tính đạt", "ước tính", "ước", "dự kiến đạt", "dự kiến", "đạt", "đạt được",
    "thực hiện được", "thực hiện", "được", "là", "hiện có", "có", "gồm", "với", "tổng số",
    "tổng cộng", "cho", "đối với", "trong đó", ":", "=",
)  # fmt: skip

# Words before a figure that bound it: '>' more than, '<' less than, '~' about.
BOUNDS: dict[str, str] = {
    "trên": ">", "hơn": ">", "hơn là": ">", "trên dưới": "~", "gần": "~", "khoảng": "~",
    "xấp xỉ": "~", "ước khoảng": "~", "ước chừng": "~", "chừng": "~", "khoảng chừng": "~",
    "chưa đến": "<", "chưa tới": "<", "dưới": "<", "không đến": "<", "tối thiểu": ">=",
    "ít nhất": ">=", "tối đa": "<=", "không quá": "<=", "ngót": "~", "ngót nghét": "~",
    "≥": ">=", "≤": "<=",
}  # fmt: skip
# Nouns ending in a bound word: 'ngân sách cấp trên 11.627 triệu đồng' (the higher level's
# budget), 'chuyển tuyến trên 25 lượt' (to the upper-level hospital) bound no figure after them.
# 'cấp trên' only after a word making it a noun: the verb 'cấp' (to issue) keeps its bound ('đã
# cấp trên 500 giấy chứng nhận': more than 500).
BOUND_NOUNS: tuple[str, ...] = (
    "ngân sách cấp trên", "ngân sách cấp dưới", "từ cấp trên", "của cấp trên", "cho cấp dưới",
    "tuyến trên", "tuyến dưới", "phía trên", "phía dưới", "bên trên", "bên dưới",
)  # fmt: skip
BOUND_MEANING: dict[str, str] = {
    ">": "more than",
    ">=": "at least",
    "<": "less than",
    "<=": "at most",
    "~": "about",
}

# What a figure is compared with. A base phrase stands after the figure ('tăng 5% so với cùng
# kỳ'), or first ('so với cùng kỳ tăng 5%'), or glued ('100%KH'). 'year' bases ('so với năm
# <year>') are last_year when the year is the one before the report's, else other.
BASES: dict[str, str] = {
    "so với cùng kỳ năm trước": "last_year", "so với cùng kỳ năm học trước": "last_year",
    "so với cùng kỳ năm ngoái": "last_year", "so với cùng kỳ": "last_year",
    "so cùng kỳ năm trước": "last_year", "so cùng kỳ": "last_year", "với cùng kỳ": "last_year",
    "cùng kỳ năm trước": "last_year", "cùng kỳ": "last_year", "so với năm trước": "last_year",
    "so năm trước": "last_year", "so với năm học trước": "last_year", "năm trước": "last_year",
    "năm ngoái": "last_year",
    "so với năm ngoái": "last_year", "so với năm": "year", "so năm": "year", "so với": "year",
    "so với thực hiện năm": "year", "so với kết quả năm": "year", "so thực hiện năm": "year",
    "so với kết quả thực hiện năm": "year", "so với ước thực hiện năm": "year",
    "so với thực hiện cùng kỳ": "last_year", "so với kết quả cùng kỳ": "last_year",
    "so với cùng thời điểm năm trước": "last_year", "so với cùng thời điểm": "last_year",
    "so với đầu năm": "last_year", "so đầu năm": "last_year",
    "so với thời điểm đầu năm": "last_year", "so với cuối năm": "year", "so cuối năm": "year",
    "so với thời điểm cuối năm": "year", "so với thời điểm năm": "year",
    "so cùng thời điểm năm trước": "last_year", "cùng thời điểm năm trước": "last_year",
    "so với chỉ tiêu kế hoạch": "plan", "so chỉ tiêu kế hoạch": "plan",
    "so với chỉ tiêu nghị quyết": "plan", "so với kế hoạch năm": "plan",
    "so với kế hoạch": "plan", "so kế hoạch": "plan", "kế hoạch": "plan", "so với KH": "plan",
    "so KH": "plan", "KH": "plan", "so với nghị quyết": "plan", "nghị quyết": "plan",
    "so với NQ": "plan", "NQ": "plan", "so với chỉ tiêu": "plan", "so chỉ tiêu": "plan",
    "chỉ tiêu": "plan", "so với mục tiêu": "plan", "mục tiêu": "plan",
    "so với đăng ký đầu năm": "plan", "so với đăng ký": "plan", "so với dự toán": "estimate",
    "so dự toán": "estimate", "dự toán": "estimate", "so với tháng trước": "previous_period",
    "so với quý trước": "previous_period", "so với kỳ trước": "previous_period",
    "so với cùng kỳ tháng trước": "previous_period",
    # a season against the same season of the year before
    "so với cùng vụ năm trước": "last_year", "so cùng vụ năm trước": "last_year",
    "so với cùng vụ": "last_year", "so cùng vụ": "last_year", "so với cùng vụ năm": "year",
}  # fmt: skip
# Crop seasons: 'so với vụ <season> năm trước' is last year's season, 'so với vụ <season> năm
# <year>' the season of that year.
SEASONS: tuple[str, ...] = (
    "xuân", "mùa", "đông", "chiêm", "hè", "thu", "đông xuân", "hè thu", "thu đông", "chiêm xuân",
    "xuân hè", "hè thu đông",
)  # fmt: skip
BASES |= {
    f"{verb} {form.format(season)}": kind
    for season in SEASONS
    for verb in ("so với", "so")
    for form, kind in (
        ("vụ {} năm trước", "last_year"), ("vụ {} năm ngoái", "last_year"),
        ("vụ {} cùng kỳ", "last_year"), ("cùng vụ {} năm trước", "last_year"),
        ("cùng vụ {}", "last_year"), ("vụ {} năm", "year"),
    )
}  # fmt: skip
# The bases of a plan or estimate ('kế hoạch', 'dự toán'): what a judgement verb judges against.
PLAN_BASES: tuple[str, ...] = tuple(b for b, kind in BASES.items() if kind in ("plan", "estimate"))
# Words that may follow a base and belong to it ('dự toán tỉnh giao', 'chỉ tiêu Huyện ủy giao').
BASE_QUALIFIERS: tuple[str, ...] = (
    "năm", "vốn", "giao", "được giao", "đề ra", "thành phố", "tỉnh", "huyện", "HĐND", "UBND",
    "HĐND huyện", "HĐND tỉnh", "HĐND thành phố", "Huyện ủy", "Thành ủy", "Tỉnh ủy", "Đảng ủy",
    "TP", "cấp trên", "Trung ương", "điều chỉnh", "cả năm", "nghị quyết", "NQ",
)  # fmt: skip
# Markers of a target for the figure that follows ('(KH 12-13%)', '(NQ dưới 12%)').
TARGET_MARKERS: tuple[str, ...] = (
    "KH", "KH năm", "kế hoạch", "kế hoạch năm", "NQ", "nghị quyết", "chỉ tiêu", "chỉ tiêu NQ",
    "mục tiêu", "chỉ tiêu giao", "chỉ tiêu kế hoạch", "phấn đấu", "phấn đấu đạt",
)  # fmt: skip
# Words between a target marker and its figure, after the base's qualifiers ('(KH giao: 4.200 tỷ
# đồng)', '(NQ đề ra ≥ 85%)', '(kế hoạch đề ra là 40%)'): they belong to the marker.
TARGET_MARKER_LINKS: tuple[str, ...] = ("là", "đặt ra", "đặt ra là")

# A base printed before a change verb without 'so với' is the comparison of the year before:
# 'tăng 5,2% (cùng kỳ tăng 6,1%)': 6,1 is last year's growth.
PRIOR_PERIOD_BASES: tuple[str, ...] = (
    "cùng kỳ",
    "cùng kỳ năm trước",
    "năm trước",
    "cùng kỳ năm ngoái",
    "năm ngoái",
)

# Connectors at the head of a clause: they do not name the subject. A part of a whole follows
# 'trong đó' / 'gồm'.
CONNECTORS: tuple[str, ...] = (
    "trong đó", "trong số đó", "trong số này", "bao gồm", "gồm", "gồm có", "và", "cùng với",
    "đồng thời", "riêng", "còn",
    "tổng số", "tổng cộng", "cụ thể", "cụ thể là", "như", "với", "cho", "đối với", "của", "đã",
    "được", "đạt", "là", "có", "tại", "thì", "nhưng", "ngoài ra", "song", "tuy nhiên", "chỉ",
    "mới", "nhưng chỉ", "song chỉ",
)  # fmt: skip
# Words opening with a connector that are nouns of their own: never stripped from a head
# ('Chỉ số giá tiêu dùng tăng 3,2%', 'Chỉ tiêu thu ngân sách đạt …', 'cho vay 50 tỷ đồng').
CONNECTOR_COMPOUNDS: tuple[str, ...] = (
    "chỉ số", "chỉ tiêu", "chỉ thị", "chỉ đạo", "chỉ huy", "cho vay", "còn lại",
)  # fmt: skip
# Words before a figure that only judge against a base ('nhưng chưa đạt kế hoạch (KH 92,5%)'):
# a judgement verb and a base of the plan or estimate name no subject.
JUDGEMENT_VERBS: tuple[str, ...] = (
    "đạt", "vượt", "hoàn thành", "chưa đạt", "không đạt", "chưa hoàn thành", "không hoàn thành",
)  # fmt: skip
PART_MARKERS: tuple[str, ...] = (
    "trong đó", "trong số đó", "trong số này", "gồm", "bao gồm", "gồm có", "cụ thể",
)  # fmt: skip
# Words joining two figures of one list ('12 hộ đất nông nghiệp và 5 hộ đất ở'): the words
# before them are the first figure's, the next figure's head starts after them.
JOINING_WORDS: tuple[str, ...] = ("và",)

# Words of a figure's own phrase that say nothing about its subject (so a figure whose phrase
# holds only these takes its subject from the clause, the sentence or the paragraph).
GENERIC_WORDS: tuple[str, ...] = (
    "tổng", "tổng số", "số", "số lượng", "toàn bộ", "toàn huyện", "toàn tỉnh", "trên địa bàn",
    "địa bàn", "huyện", "cả năm", "trong năm", "năm", "bình quân", "trung bình", "ước", "ước tính",
    "đạt", "đã", "được", "cho", "với", "của", "và", "là", "có", "các", "những", "mỗi", "một",
    "trong", "đó", "trong đó", "gồm", "hiện", "nay", "đến", "tính", "đạt được", "thực hiện",
    "ước thực hiện", "giá trị", "diện tích", "năng suất", "sản lượng", "tỷ lệ", "mức", "tốc độ",
    "tăng trưởng", "tăng", "giảm", "so", "với", "cùng", "kỳ", "mới", "thêm", "chung", "cơ bản",
    "đảm bảo", "về", "theo", "tại", "từ", "lên", "còn", "xuống", "trên", "dưới", "hơn", "gần",
    "khoảng", "thu", "chi", "tiền", "kinh phí", "số tiền", "trị giá", "vốn", "giá", "thực tế",
    "các loại", "loại", "tổng cộng", "cả", "hai", "đạt tỉ lệ", "nâng", "nâng tổng số", "đưa",
    "tổng số lên", "công nhận", "mới", "thóc", "sản lượng thóc", "làm", "phấn đấu", "đầu năm",
    "cuối năm",
)  # fmt: skip

# Words that name the figure's measure when they head its phrase.
MEASURE_WORDS: dict[str, str] = {
    "diện tích": "area", "năng suất": "yield", "sản lượng": "output", "giá trị": "amount",
    "doanh thu": "amount", "kinh phí": "amount", "số tiền": "amount", "trị giá": "amount",
    "tổng vốn": "amount", "vốn": "amount", "thu nhập": "amount", "tỷ lệ": "rate",
    "chỉ số": "index", "số lượng": "count", "số": "count",
}  # fmt: skip
