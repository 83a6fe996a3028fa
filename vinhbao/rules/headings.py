"""Headings, bullets, footnote markers and the titles of a report's parts, as patterns.

Patterns are regular expressions on one line of the text (any case unless they say otherwise).
"""

# (kind, pattern) of the headings that open a paragraph; the first that matches wins. The
# pattern's group 1 is the heading's key, group 2 (if any) its title.
HEADINGS: tuple[tuple[str, str], ...] = (
    (
        "part",
        r"^(?:Phần|PHẦN)\s+(?:thứ\s+)?(nhất|hai|ba|bốn|IV|III|II|I|1|2|3|4)(?![^\W\d_])"
        r"\s*[:.]?\s*(.*)$",
    ),
    # 'A. KẾT QUẢ …', 'B. PHƯƠNG HƯỚNG …': a capital letter before a title in capitals (its
    # first word in capitals: 'A. Về kinh tế' is no part)
    ("part", r"^(?-i:([A-E]))\.\s+(\S{2,}.*)$"),
    ("roman", r"^([IVX]{1,5})\.\s+(\S.*)"),
    ("roman", r"^([IVX]{1,5})\s*[-–:]\s+(\S.*)"),
    ("numbered", r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.\s+(\S.*)"),
    ("numbered", r"^(\d{1,2}(?:\.\d{1,2}){1,3})\s+(\S.*)"),
    ("numbered", r"^(\d{1,2})/\s+(\S.*)"),  # '1/ Tăng trưởng kinh tế' (not '1/2 số xã')
    ("lettered", r"^([a-zđ])\)\s+(\S.*)"),
)
# Part words -> number.
PART_NUMBERS: dict[str, int] = {
    "nhất": 1, "hai": 2, "ba": 3, "bốn": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
    "1": 1, "2": 2, "3": 3, "4": 4, "a": 1, "b": 2, "c": 3, "d": 4, "e": 5,
}  # fmt: skip
# Bullets that open a paragraph (and continue no sentence).
BULLETS: tuple[str, ...] = (
    "- ",
    "+ ",
    "* ",
    "• ",
    "– ",
    "— ",
    "-",
    "+",
    "\uf0b7",
    "▪",
    "○",
    "◦",
    "➢",
    "►",
    "✓",
)  # fmt: skip ('\uf0b7': Word's Symbol-font bullet)
# A line that is only the end of a range wrapped before its dash ('- 8%.', '– 9,5 tỷ đồng;'):
# after a line ending in a number it goes on with it, it is no bullet.
RANGE_END_LINE: str = r"^\s*[-–—]\s*\d[\d.,]*\s*(?:%|[^\W\d_]+(?:\s+[^\W\d_/]+){0,2})?\s*[.;,]?\s*$"
# An item label at the start of a line after a closed sentence opens a paragraph: '(2) …',
# '(2). …', '2) …', '2/ …' (a list of items on consecutive lines).
ITEM_START: str = r"^\s*(?:\(\s*(?:\d{1,3}|\*{1,4})\s*\)\.?|\d{1,3}[)/])\s"
# A line holding only a page number, as pasted from a PDF ('2', '- 2 -', 'Trang 2', '2/15'): a
# page break, not a figure.
PAGE_NUMBER_LINE: str = (
    r"(?i)^\s*(?:[-–—]\s*)?(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–—])?\s*$"
)
# Sentence- or clause-closing characters: a paragraph ending otherwise runs on.
CLOSING: str = '.;:!?…)”"*'

# Footnote markers and the paragraphs that hold the footnotes: Unicode superscripts ('¹⁴') or a
# number in square brackets ('[14]').
SUPERSCRIPTS: str = "⁰¹²³⁴⁵⁶⁷⁸⁹"
FOOTNOTE_STARTS: tuple[str, ...] = (rf"^([{SUPERSCRIPTS}]+)[ \t]*", r"^\[(\d{1,3})\][ \t]*")
FOOTNOTE_MARKERS: tuple[str, ...] = (rf"(?<=\S)([{SUPERSCRIPTS}]+)", r"(?<=\S)\[(\d{1,3})\]")
# Footnotes numbered in round brackets: '… dự toán(1).' or '… dự toán (1).' in the body, the
# footnotes '(1) …' after it. Read so only when the paragraphs that open '(1) ', '(2) ' …
# run in order and the body before them cites each ('(1) …' items of a list cite nothing).
PAREN_FOOTNOTE_START: str = r"^\((\d{1,3}|\*{1,4})\)[ \t]+(?=\S)"
PAREN_FOOTNOTE_MARKER: str = r"(?<=[^\W\d_]|[.,;:%])\s?\((\d{1,3}|\*{1,4})\)(?=[\s.,;:]|$)"
# A superscript after these is a unit's exponent (m², km², cm³), not a footnote marker.
UNIT_EXPONENT: str = r"(?i)(?:^|[^a-zà-ỹđ])[kcd]?m$"

# The title of an appendix: 'PHỤ LỤC' or 'BIỂU' ('Biểu số 01') on a line of its own (any case),
# or in capitals with a number or title after it ('BIỂU KẾT QUẢ THỰC HIỆN …'; not 'BIỂU DƯƠNG',
# 'BIỂU QUYẾT' … : words that begin with 'biểu').
APPENDIX_TITLE: str = (
    r"^[ \t]*(?:(?i:phụ[ \t]+lục|biểu(?:[ \t]+số[ \t]*\d+\S*)?)[ \t]*"
    r"|(?:PHỤ[ \t]+LỤC|BIỂU(?![ \t]+(?:DƯƠNG|QUYẾT|HIỆN|TÌNH|DIỄN|ĐẠT|TƯỢNG)\b))"
    r"(?![^\W\d_])[^\n]*)$"
)
# The heading of the next year's target list: words that must all be in it, once the report's
# part on the next year (or a heading naming the next year) has begun.
TARGET_SECTION_WORDS: tuple[tuple[str, ...], ...] = (
    ("chỉ tiêu", "chủ yếu"),
    ("các chỉ tiêu",),
    ("một số chỉ tiêu",),
    ("mục tiêu", "chỉ tiêu"),
    ("chỉ tiêu", "năm"),
)
# A Roman heading naming the next year with one of these words opens the part on the next year
# when the report has no 'Phần thứ hai' ('II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM <next year>'), unless
# it also names results.
NEXT_YEAR_WORDS: tuple[str, ...] = (
    "phương hướng",
    "nhiệm vụ",
    "mục tiêu",
    "chỉ tiêu",
    "kế hoạch",
    "giải pháp",
)
RESULT_WORDS: tuple[str, ...] = ("kết quả", "tình hình", "đánh giá")
# Item labels of a target list: '(1).', '1.', '1)', '1/', '-', '+', '•'.
TARGET_ITEMS: tuple[str, ...] = (
    r"^\s*(?:[-–—+•*]\s*)?\(\s*(\d{1,3})\s*\)\.?\s*",
    r"^\s*(\d{1,3})[.)/]\s+",
    r"^\s*[-–—+•*\uf0b7▪○◦➢►✓]\s+()",
)
# Items of a target list lettered 'a)', 'b)' (when no item is numbered).
TARGET_LETTER_ITEM: str = r"^\s*([a-zđ])\)\s+"
