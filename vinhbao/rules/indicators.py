"""English labels of indicators (plan-vs-actual tables, target lists): the first phrase found
in an indicator's Vietnamese label (matched folded) gives its English label; specific phrases
come before general ones. ' … ' in a phrase stands for any words between its parts, in order."""

# Indicator labels: the first phrase found (accent- and case-insensitive) gives the English label.
# Order matters: specific phrases before general ones.
INDICATOR_LABELS: tuple[tuple[str, str], ...] = (
    ("tổng giá trị sản xuất", "Total production value growth (constant prices)"),
    ("công nghiệp huyện quản lý", "District-managed industry production value growth"),
    ("công nghiệp do huyện quản lý", "District-managed industry production value growth"),
    ("công nghiệp - tiểu thủ công nghiệp", "Industry and handicrafts production value growth"),
    ("công nghiệp - thủ công nghiệp", "Industry and handicrafts production value growth"),
    ("xây dựng cơ bản", "Capital construction value growth"),
    ("sản xuất nông nghiệp - thủy sản", "Agriculture and fisheries production value growth"),
    ("sản xuất công nghiệp - xây dựng", "Industry and construction production value growth"),
    ("sản xuất thương mại - dịch vụ", "Trade and services production value growth"),
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
    ("giá trị sản xuất nông nghiệp", "Agriculture production value growth"),
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
    ("cận nghèo", "Near-poverty rate"),
    ("hộ nghèo", "Poverty rate"),
    ("nước sạch", "Rural population using clean water"),
    ("rác thải", "Domestic waste collected and treated"),
    ("kết nạp", "New Party members admitted"),
    ("doanh nghiệp ngoài nhà nước", "Party organisations founded in private enterprises"),
    ("hoàn thành tốt nhiệm vụ", "Party organisations and members rated 'good' or better"),
    ("cấp ủy viên cùng cấp được ban thường vụ huyện ủy kiểm tra", "Committee members inspected"),
    ("cấp ủy viên cùng cấp được ban thường vụ huyện ủy giám sát", "Committee members supervised"),
    ("kiểm tra … cấp ủy viên", "Committee members inspected"),
    ("giám sát … cấp ủy viên", "Committee members supervised"),
    ("giám sát chuyên đề", "Party organisations supervised (thematic)"),
    ("kiểm tra chuyên đề", "Party organisations inspected (thematic)"),
    ("cấp uỷ viên", "Committee members inspected or supervised"),
    (
        "cấp giấy chứng nhận … tôn giáo",
        "Religious establishments granted land-use-right certificates",
    ),
    (
        "tôn giáo … cấp giấy chứng nhận",
        "Religious establishments granted land-use-right certificates",
    ),
    ("đăng ký đất đai … tôn giáo", "Religious establishments registering the land they use"),
    ("cơ sở tôn giáo", "Religious establishments with land registered or certified"),
)

# How an indicator's label says what its result is: a growth rate ('… tăng', 'tốc độ tăng'), a
# share of a structure ('Cơ cấu …'); sub-rows take their parent row's.
GROWTH_WORDS: tuple[str, ...] = ("tăng", "tốc độ tăng", "tăng trưởng", "tốc độ phát triển")
SHARE_WORDS: tuple[str, ...] = ("cơ cấu", "tỷ trọng")
# Words of a table's section title -> the topic of its rows' figures.
SECTION_TOPICS: dict[str, str] = {
    "kinh tế": "economy", "xã hội": "social", "văn hóa": "social", "môi trường": "land",
    "xây dựng đảng": "party", "hệ thống chính trị": "party", "quốc phòng": "security",
    "an ninh": "security",
}  # fmt: skip
