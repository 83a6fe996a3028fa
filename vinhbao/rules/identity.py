"""How a report names who issued it: the suffix of its number, or the words above its title."""

# The last part of a report's number -> its issuer ('215-BC/HU': the district Party Committee).
NUMBER_SUFFIXES: dict[str, str] = {
    "HU": "Huyện ủy", "TU": "Thành ủy", "TĐU": "Tỉnh ủy", "ĐU": "Đảng ủy", "QU": "Quận ủy",
    "UBND": "UBND", "HĐND": "HĐND",
}  # fmt: skip
# Words of the lines above the title -> the issuer (the longest that is found wins).
ISSUER_WORDS: dict[str, str] = {
    "ủy ban nhân dân": "UBND", "uỷ ban nhân dân": "UBND", "hội đồng nhân dân": "HĐND",
    "huyện ủy": "Huyện ủy", "huyện uỷ": "Huyện ủy", "ban thường vụ huyện ủy": "Huyện ủy",
    "thành ủy": "Thành ủy", "tỉnh ủy": "Tỉnh ủy", "đảng ủy": "Đảng ủy",
}  # fmt: skip
# Words naming the unit in the title lines ('HUYỆN ĐÔNG LÂM', 'ĐẢNG ỦY XÃ TÂN HÒA') -> its
# rank: the most local unit named is the report's place (a commune under its district).
PLACE_WORDS: dict[str, int] = {
    "xã": 3, "phường": 3, "thị trấn": 3, "huyện": 2, "quận": 2, "thị xã": 2, "thành phố": 1,
    "tỉnh": 0,
}  # fmt: skip
# Words after 'HUYỆN' that are not the district's name ('HUYỆN ỦY TÂN PHÚ HẠ').
NOT_PLACE_WORDS: tuple[str, ...] = ("ủy", "uỷ")
# A unit word opening another word is no unit: 'xã hội' (society: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA
# VIỆT NAM', 'KINH TẾ - XÃ HỘI NĂM …').
NOT_PLACES: tuple[str, ...] = ("xã hội",)
# Lines that end the title block: a resolution's preamble and articles, a letter's address, and
# any line of prose (longer than TITLE_PROSE characters, or a sentence of TITLE_SENTENCE words or
# more ending in '.'); years cited there are not the report's.
TITLE_STOPS: tuple[str, ...] = ("căn cứ", "xét", "quyết nghị", "điều", "kính gửi", "thực hiện")
TITLE_PROSE: int = 160
TITLE_SENTENCE: int = 8
