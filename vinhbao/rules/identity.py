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
# Words naming a district in the title lines ('HUYỆN ĐÔNG LÂM').
PLACE_WORDS: tuple[str, ...] = ("huyện", "quận", "thị xã")
# Words after 'HUYỆN' that are not the district's name ('HUYỆN ỦY TÂN PHÚ HẠ').
NOT_PLACE_WORDS: tuple[str, ...] = ("ủy", "uỷ")
