"""Vietnamese -> English: the report's abbreviations and the labels of its indicators, as tables."""

from __future__ import annotations

import unicodedata

# Abbreviations used in the report (GUIDE §5).
ABBREVIATIONS: dict[str, str] = {
    "GCN": "land-use-rights certificate",
    "GCNQSD": "land-use-rights certificate",
    "GPMB": "site clearance",
    "TTHC": "administrative procedures",
    "NTM": "new rural development",
    "HTX": "cooperative",
    "BHXH": "social insurance",
    "BHYT": "health insurance",
    "BHTN": "unemployment insurance",
    "HĐND": "People's Council",
    "UBND": "People's Committee",
    "MTTQ": "Vietnam Fatherland Front",
    "CCB": "Veterans' Association",
    "LHPN": "Women's Union",
    "THCS": "lower secondary school",
    "THPT": "upper secondary school",
    "OCOP": "One Commune One Product",
    "DQTV": "militia and self-defence forces",
    "DQCD": "standing militia",
    "PCTT-TKCN": "disaster prevention and control, search and rescue",
    "ATGT": "traffic safety",
    "KTQP-AN": "defence and security knowledge",
    "KH": "plan",
    "NQ": "Party resolution",
    "TP": "city",
    "CCCD": "chip-based citizen ID card",
    "VNeID": "national e-ID app",
    "HP-eOffice": "Hải Phòng e-office system",
    "HS": "pupils (education) or dossiers (administrative procedures)",
}

# Indicator labels: the first phrase found (accent- and case-insensitive) gives the English label.
# Order matters: specific phrases before general ones.
INDICATOR_LABELS: tuple[tuple[str, str], ...] = (
    ("tổng giá trị sản xuất", "Total production value growth (constant 2010 prices)"),
    ("công nghiệp huyện quản lý", "District-managed industry production value growth"),
    ("công nghiệp do huyện quản lý", "District-managed industry production value growth"),
    ("công nghiệp - tiểu thủ công nghiệp", "Industry and handicrafts production value growth"),
    ("công nghiệp - thủ công nghiệp", "Industry and handicrafts production value growth"),
    ("xây dựng cơ bản", "Capital construction value growth"),
    ("cơ cấu giá trị sản xuất", "Structure of production value (current prices)"),
    ("cơ cấu kinh tế", "Economic structure (by production value)"),
    ("giá cố định", "Crop and fisheries production value per cultivated ha (constant prices)"),
    ("giá thực tế", "Crop and fisheries production value per cultivated ha (current prices)"),
    ("chăn nuôi + thủy sản", "Livestock and fisheries share"),
    ("dịch vụ nông nghiệp", "Agricultural services share"),
    ("trồng trọt - thủy sản/ha", "Crop and fisheries production value per cultivated ha"),
    ("trồng trọt", "Crops share"),
    ("cơ cấu nội bộ ngành nông nghiệp", "Internal structure of agriculture and fisheries"),
    ("nông nghiệp - thủy sản", "Agriculture and fisheries"),
    ("công nghiệp - xây dựng", "Industry and construction"),
    ("thương mại - dịch vụ", "Trade and services"),
    ("thu nhập bình quân", "Average income per head"),
    ("năng suất lúa", "Rice yield, whole year"),
    ("vốn đầu tư toàn xã hội", "Total social investment"),
    ("thu ngân sách", "State budget revenue collected in the district"),
    ("người đứng đầu", "Heads of Party committees and governments holding dialogues"),
    ("dân vận khéo", "Communes with a 'skilful mass mobilisation' model"),
    ("nông thôn mới", "New rural development criteria"),
    ("trường học", "Schools recognised as meeting national standards"),
    ("dân số tự nhiên", "Natural population growth rate"),
    ("tăng dân số", "Natural population growth rate"),
    ("lao động qua đào tạo", "Share of trained workers"),
    ("lượt lao động", "Job placements (worker-turns)"),
    ("việc làm mới", "Workers placed in new jobs"),
    ("y tế xã", "Communes meeting the national commune-health criteria"),
    ("suy dinh dưỡng", "Stunting rate of children under 5"),
    ("phù hợp với trẻ em", "Child-friendly communes"),
    ("bảo hiểm y tế", "Health-insurance coverage"),
    ("mức giảm tỷ lệ hộ nghèo", "Reduction of the poverty rate"),
    ("hộ nghèo", "Poverty rate"),
    ("nước sạch", "Rural population using clean water"),
    ("rác thải", "Domestic waste collected and treated"),
    ("kết nạp", "New Party members admitted"),
    ("doanh nghiệp ngoài nhà nước", "Party organisations founded in private enterprises"),
    ("hoàn thành tốt nhiệm vụ", "Party organisations and members rated 'good' or better"),
    ("cấp ủy viên cùng cấp được ban thường vụ huyện ủy kiểm tra", "Committee members inspected"),
    ("cấp ủy viên cùng cấp được ban thường vụ huyện ủy giám sát", "Committee members supervised"),
    ("giám sát chuyên đề", "Party organisations supervised (thematic)"),
    ("kiểm tra chuyên đề", "Party organisations inspected (thematic)"),
    ("cấp uỷ viên", "Committee members inspected or supervised"),
    ("cơ sở tôn giáo", "Religious establishments with land registered or certified"),
)


def fold(s: str) -> str:
    """Lower-case, NFC, single spaces, 'uỷ' spelled 'ủy': for matching phrases."""
    s = unicodedata.normalize("NFC", s).lower().replace("uỷ", "ủy")
    return " ".join(s.split())


_FOLDED = tuple((fold(vi), en) for vi, en in INDICATOR_LABELS)


def english_label(indicator_vi: str) -> str:
    """English label of an indicator, or '' when no phrase of the table matches."""
    text = fold(indicator_vi)
    return next((en for vi, en in _FOLDED if vi in text), "")
