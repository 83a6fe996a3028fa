"""Numbers of a report that are not figures: years, dates, document numbers, names, labels.

Each rule is (kind, pattern, where): the numeric tokens inside a match take the kind. Patterns
marked 'folded' are written in plain lower-case Vietnamese and matched on the folded text (any
case, either spelling); 'text' patterns are matched on the text as printed (they need its
capitals). The first rule to claim a token wins. `report.numbers` shows the kind of every token.
"""

_Y = r"(?:1[89]|20)\d{2}"  # a year
_D = r"(?:0?[1-9]|[12]\d|3[01])"  # a day of the month
_M = r"(?:0?[1-9]|1[0-2])"  # a month

# The one of a per-unit rate ('trên 1 ha đất canh tác', 'mỗi 01 người'); also no target.
PER_UNIT = (
    r"(?<![^\W\d_])(?:trên|/|mỗi)\s*0?1\s+(?:ha|héc\s*ta|hecta|người|hộ|lao\s+động)"
    r"(?![^\W\d_])"
)

NON_FIGURES: tuple[tuple[str, str, str], ...] = (
    # Document numbers: 06-NQ/HU, 215-BC/HU, 06/CP, 1734/ĐA-UBND, 27-CTr/HU, 05-\nNQ/HU.
    ("document_number",
     r"(?<![\d.,])\d{1,5}\s*[-/]\s*[A-ZĐ][A-Za-zĐđ]{0,6}(?:\s*[-/]\s*[A-ZĐ][A-Za-zĐđ]{0,8})*"
     r"(?![a-zà-ỹ])", "text"),
    ("document_number",
     r"(?:nghị quyết|quyết định|chỉ thị|kết luận|đề án|quy định|hướng dẫn|thông tư|nghị định"
     r"|công văn|thông báo|tờ trình|luật|chương trình hành động|kế hoạch|báo cáo|nq|qđ|ct|kl"
     r"|kh|bc)\s+số\s*:?\s*\d{1,5}", "folded"),
    ("document_number",
     r"(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Đề án|Quy định|Hướng dẫn|Thông tư|Nghị định"
     r"|Công văn|Thông báo|Tờ trình|Luật|Kế hoạch|NQ|QĐ|KL)\s+\d{1,5}(?!\d|[.,]\d|\s*%)", "text"),
    ("document_number", r"(?:iso|tcvn)\s*\d[\d:.]*", "folded"),
    # Dates and times.
    ("date", rf"(?<![\d.,/]){_D}\s*/\s*{_M}\s*/\s*{_Y}(?!\d)", "folded"),
    ("date", rf"ngày\s+{_D}\s+tháng\s+{_M}(?:\s+năm\s+{_Y})?", "folded"),
    ("date", rf"(?:ngày|đợt|dịp|tuần|liệt sĩ|liệt sỹ|quốc khánh|thương binh|từ|đến)\s*"
             rf"{_D}\s*/\s*{_M}(?:\s*,\s*{_D}\s*/\s*{_M})*(?:\s*(?:và|,)\s*(?:đợt\s*)?{_D}\s*/"
             rf"\s*{_M})*(?![\d/])", "folded"),
    ("date", rf"tháng\s+{_M}(?:\s*/\s*{_Y})?(?!\d)", "folded"),
    # A period of months: '6 tháng đầu năm', '9 tháng', '03 tháng cuối năm <year>'.
    ("date", r"(?<![\d.,])\d{1,2}\s+tháng\s+(?:đầu|cuối|qua|năm)", "folded"),
    ("date", rf"tuần\s+\d(?:\s*/\s*{_M})?", "folded"),
    ("date", r"quý\s+(?:[1-4]|i{1,3}|iv)\b", "folded"),
    # Years and spans of years.
    ("year", r"(?<![\d.,])1[0-9]\d\d\s*[-–—]\s*(?:1[0-9]|20)\d\d(?!\d|[.,]\d)", "folded"),
    ("year", rf"(?<![\d.,]){_Y}\s*[-–—]\s*{_Y}(?!\d|[.,]\d)", "folded"),
    ("year", rf"(?:năm(?:\s+học)?|giai\s+đoạn|nhiệm\s+kì|niên\s+độ|khóa|tầm\s+nhìn|đến|từ|sau"
             rf"|trước|trong|cuối|đầu|vụ|mùa)\s*(?:năm\s+)?\(?\s*{_Y}(?!\d|[.,]\d)", "folded"),
    ("year", rf"\(\s*{_Y}\s*\)", "folded"),
    ("year?", rf"(?<![\d.,]){_Y}(?!\d|[.,]\d)", "folded"),  # a year, unless a unit follows
    # Anniversaries and ages: part of the name of an event or of a group.
    ("anniversary", r"(?:kỷ niệm|kỉ niệm|chào mừng)\s+\d{1,4}(?:\s*,\s*\d{1,4})*\s+năm", "folded"),
    ("anniversary", r"\d{1,4}\s+năm\s+(?:ngày|thành lập|truyền thống|tổ chức|khánh thành"
                    r"|giải phóng|chiến thắng|sinh)", "folded"),
    ("anniversary", r"\d{1,4}\s+năm\s+\(", "folded"),
    ("age", r"(?<![\d.,])\d{1,3}\s*(?:đến|-|–)\s*\d{1,3}\s*tuổi", "folded"),  # 'từ 18 đến 25 tuổi'
    ("age", r"\d{1,3}\s*tuổi", "folded"),
    ("per_unit", PER_UNIT, "folded"),
    # '5 năm <year>-<year>': the years of a plan
    ("label", rf"\d{{1,2}}\s+năm\s+{_Y}\s*[-–—]\s*{_Y}", "folded"),
    # Ordinals and labels: 'lần thứ 30', 'kỳ họp thứ 7,8,9', 'lớp 1,2,3', 'mức độ 3'.
    ("ordinal", r"(?:lần thứ|kì họp thứ|kì họp|hội nghị trung ương lần thứ|hội nghị lần thứ|con thứ"
                r"|đại hội lần thứ|khóa|lần)\s+\d{1,3}(?:\s*[,;]\s*\d{1,3})*", "folded"),
    # A rank out of a whole: 'xếp thứ 2/15 huyện' (no count 2 of 15).
    ("ordinal", r"(?:xếp thứ|đứng thứ|xếp hạng thứ|xếp hạng)\s+\d{1,3}\s*/\s*\d{1,3}", "folded"),
    ("label", r"(?:lớp|khối)\s+\d{1,2}(?:\s*[,;]\s*(?:lớp\s+)?\d{1,2})*", "folded"),
    # Not the thôn of 'nông thôn' (the countryside: 'phát triển nông thôn 5 tỷ đồng').
    ("label", r"(?:mức độ|đối tượng|nhóm|cấp độ|phân khu|khu|tổ|cụm|xóm|(?<!nông )thôn|đội)"
              r"\s+\d{1,2}(?![\d.,]*\s*(?:%|hộ|người|lượt|xã|ha\b))", "folded"),
    ("label", r"giai\s+đoạn\s+\d\b", "folded"),
    # An item of a list run into a sentence: '(1) …; (2) …', '…; 2) …', 'đạt kết quả: 1) …; 2)'
    # (read from the colon or semicolon before it: only there is the rule tried). After ':' a
    # bare 'N)' is the first item only when a second follows ('(tổng số: 45) đạt': a figure
    # closing its bracket).
    ("item_label", r"[:;]\s*\(\d{1,2}\)(?=\s+[^\W_])", "folded"),
    ("item_label", r";\s*\d{1,2}\)(?=\s+[^\W_])", "folded"),
    ("item_label", r":\s*0?1\)(?=\s+[^\W_][^\n]*?;\s*0?2\)\s)", "folded"),
    ("label", r"(?:điều|khoản|chương|mục)\s+\d{1,3}(?=\s*[.:])", "folded"),  # 'Điều 1.'
    ("label", r"(?:phụ lục|biểu|bảng|biểu mẫu|mẫu số)\s+(?:số\s*)?\d{1,3}(?![\d.,])", "folded"),
    # Parts of names: roads, forces, apps, storms, committees, versions, map scales, lines.
    ("name", r"(?:quốc lộ|tỉnh lộ|đường tỉnh|đường huyện|ql|đt|đh|cao tốc)\s*\.?\s*\d+[a-z]?",
     "folded"),
    ("name", r"(?:lực lượng|bão số|ban chỉ đạo|trung ương|cụm công nghiệp|khu công nghiệp)"
             r"\s+\d{1,3}(?!\d|[.,]\d)", "folded"),
    ("name", r"(?:app|ứng dụng|tổng đài|đường dây nóng|số điện thoại|hotline)\s*[“\"]?"
             r"[^\d”\"\n]{0,25}?\d+", "folded"),
    ("name", r"(?<![\d.,])\d\.0\b", "folded"),
    ("name", r"tỉ lệ\s+1\s*/\s*\d+", "folded"),
    ("name", r"(?<![\d.,])\d+\s*kv\b", "folded"),
    ("name", r"\bsố\s+\d+\s+(?:đường|phố)", "folded"),
)  # fmt: skip

# A number glued to letters on its left or right ('12A1', 'D01', 'SMPK12,7mm') is part of a
# code or name, unless the letters on its right are a unit ('1.450ha', '100%KH', '25,2ha').
GLUED_KIND = "name"
