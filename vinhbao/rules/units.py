"""Units as such reports print them: printed form -> canonical unit, factor, kind.

canonical value = printed value × multiplier word × factor. Money is canonical in billion VND
(the tỷ đồng of the reports): `đồng` has the factor 1e-9 and the multiplier words before it
(`triệu`, `tỷ`, `nghìn tỷ`) scale it, so `2,4 tỷ đồng` is 2.4 and `718,3 triệu đồng` 0.7181.
Rates per head or per hectare are kept apart from money totals. `max_decimals` is the precision a
unit is usually printed with: a figure printed with three decimals in a unit that takes fewer
('23,810 tấn') may be a comma misused for thousands, and is flagged.
"""

# Kind of a unit -> the measure a figure in it measures when its words do not say.
MEASURE_OF_KIND: dict[str, str] = {
    "money": "amount",
    "money_per_person": "amount",
    "money_per_person_month": "amount",
    "money_per_ha": "amount",
    "money_usd": "amount",
    "area": "area",
    "mass": "output",  # sản lượng: tonnes of rice, fish, waste
    "mass_per_day": "output",  # a daily flow: tonnes of waste collected a day
    "yield": "yield",
    "percent": "rate",
    "points": "rate",
    "per_mille": "rate",
    "energy": "energy",
    "power": "power",
    "voltage": "voltage",
    "length": "length",
    "volume": "volume",
    "times": "ratio",
    "score": "score",
    "rating": "rating",
    "rank": "rank",
    "count": "count",
    "price": "price",
    "per_population": "rate",
}

# (printed form, canonical unit, factor, kind, label in English, max decimals)
UNITS: tuple[tuple[str, str, float, str, str, int], ...] = (
    ("đồng", "billion_vnd", 1e-9, "money", "billion VND", 3),
    ("VNĐ", "billion_vnd", 1e-9, "money", "billion VND", 3),
    ("VND", "billion_vnd", 1e-9, "money", "billion VND", 3),
    ("tr.đồng", "billion_vnd", 1e-3, "money", "billion VND", 3),
    ("tr.đ", "billion_vnd", 1e-3, "money", "billion VND", 3),
    ("trđ", "billion_vnd", 1e-3, "money", "billion VND", 3),
    ("USD", "usd", 1.0, "money_usd", "US dollars", 3),
    ("đô la Mỹ", "usd", 1.0, "money_usd", "US dollars", 3),
    ("đồng/người/năm", "million_vnd_per_person_year", 1e-6, "money_per_person",
     "million VND per person per year", 3),
    ("đồng/người/tháng", "million_vnd_per_person_month", 1e-6, "money_per_person_month",
     "million VND per person per month", 3),
    ("tr.đồng/người/tháng", "million_vnd_per_person_month", 1.0, "money_per_person_month",
     "million VND per person per month", 3),
    ("đồng/người", "million_vnd_per_person_year", 1e-6, "money_per_person",
     "million VND per person per year", 3),
    ("tr.đồng/người/năm", "million_vnd_per_person_year", 1.0, "money_per_person",
     "million VND per person per year", 3),
    ("đồng/ha/năm", "million_vnd_per_ha_year", 1e-6, "money_per_ha", "million VND per ha per year",
     3),
    ("đồng/ha", "million_vnd_per_ha_year", 1e-6, "money_per_ha", "million VND per ha per year", 3),
    ("tr.đồng/ha/năm", "million_vnd_per_ha_year", 1.0, "money_per_ha",
     "million VND per ha per year", 3),
    ("tr.đồng/ha", "million_vnd_per_ha_year", 1.0, "money_per_ha", "million VND per ha per year",
     3),
    ("đồng/kg", "thousand_vnd_per_kg", 1e-3, "price", "thousand VND per kg", 3),
    ("đồng/lít", "thousand_vnd_per_litre", 1e-3, "price", "thousand VND per litre", 3),
    ("bác sĩ/vạn dân", "doctors_per_10000", 1.0, "per_population", "doctors per 10,000 people",
     1),
    ("giường/vạn dân", "beds_per_10000", 1.0, "per_population", "beds per 10,000 people", 1),
    ("giường bệnh/vạn dân", "beds_per_10000", 1.0, "per_population", "beds per 10,000 people",
     1),
    ("ha", "ha", 1.0, "area", "hectares", 2),
    ("héc ta", "ha", 1.0, "area", "hectares", 2),
    ("hecta", "ha", 1.0, "area", "hectares", 2),
    ("héc-ta", "ha", 1.0, "area", "hectares", 2),
    ("hec-ta", "ha", 1.0, "area", "hectares", 2),
    ("hec ta", "ha", 1.0, "area", "hectares", 2),
    ("hécta", "ha", 1.0, "area", "hectares", 2),
    ("m²", "m2", 1.0, "area", "square metres", 2),
    ("m2", "m2", 1.0, "area", "square metres", 2),
    ("m³", "m3", 1.0, "volume", "cubic metres", 2),
    ("m3", "m3", 1.0, "volume", "cubic metres", 2),
    ("mét khối", "m3", 1.0, "volume", "cubic metres", 2),
    ("km²", "km2", 1.0, "area", "square kilometres", 2),
    ("km2", "km2", 1.0, "area", "square kilometres", 2),
    ("tấn/ha", "t_per_ha", 1.0, "yield", "tonnes per ha", 2),
    ("t/ha", "t_per_ha", 1.0, "yield", "tonnes per ha", 2),
    ("tạ/ha", "t_per_ha", 0.1, "yield", "tonnes per ha", 2),
    ("kg/sào", "t_per_ha", 1 / 36, "yield", "tonnes per ha", 1),  # a northern sào is 360 m²
    ("tấn", "t", 1.0, "mass", "tonnes", 2),
    ("tạ", "t", 0.1, "mass", "tonnes", 2),
    ("kg", "t", 1e-3, "mass", "tonnes", 2),
    ("tấn/ngày", "t_per_day", 1.0, "mass_per_day", "tonnes per day", 2),
    ("tấn/ngày đêm", "t_per_day", 1.0, "mass_per_day", "tonnes per day", 2),
    ("kg/ngày", "t_per_day", 1e-3, "mass_per_day", "tonnes per day", 2),
    ("ki-lô-gam", "t", 1e-3, "mass", "tonnes", 2),
    ("kilôgam", "t", 1e-3, "mass", "tonnes", 2),
    ("%", "pct", 1.0, "percent", "percent", 2),
    ("%/năm", "pct", 1.0, "percent", "percent", 2),  # a rate a year ('tăng bình quân 8,7%/năm')
    ("phần trăm", "pct", 1.0, "percent", "percent", 2),
    ("điểm phần trăm", "pp", 1.0, "points", "percentage points", 2),
    ("điểm %", "pp", 1.0, "points", "percentage points", 2),
    ("‰", "per_mille", 1.0, "per_mille", "per mille", 2),
    ("kWh", "million_kwh", 1e-6, "energy", "million kWh", 3),
    ("KW/h", "million_kwh", 1e-6, "energy", "million kWh", 3),
    ("MWh", "million_kwh", 1e-3, "energy", "million kWh", 3),
    ("kW", "kw", 1.0, "power", "kilowatts", 3),
    ("MW", "kw", 1e3, "power", "kilowatts", 3),
    ("kV", "kv", 1.0, "voltage", "kilovolts", 1),
    ("km", "km", 1.0, "length", "kilometres", 2),
    ("mét", "km", 1e-3, "length", "kilometres", 2),
    ("lần", "times", 1.0, "times", "times", 2),
    ("điểm", "points_score", 1.0, "score", "points", 2),
    ("sao", "stars", 1.0, "rating", "stars", 0),
)  # fmt: skip

# Words before a unit that multiply the number: '2,7 nghìn tỷ', '1,7 vạn tấn', '2,05 triệu lượt'.
MULTIPLIERS: dict[str, float] = {
    "trăm": 1e2,
    "nghìn": 1e3,
    "ngàn": 1e3,
    "vạn": 1e4,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
}
# A multiplier word and the word after it that make another word: no multiplier ('tỷ lệ' rate).
NOT_MULTIPLIED: tuple[str, ...] = ("tỷ lệ", "tỉ lệ", "tỷ phú", "tỉ phú", "triệu phú")
# A multiplier printed without its unit means money when it is one of these: '2,7 nghìn tỷ'.
MONEY_MULTIPLIERS: tuple[str, ...] = ("tỷ", "tỉ")
# The unit of money the multipliers apply to when no unit follows them.
BARE_MONEY_UNIT = "đồng"

# Things counted: (printed noun, canonical unit). A noun not listed is counted as printed, in the
# generic unit 'count'.
COUNTS: tuple[tuple[str, str], ...] = (
    ("hộ", "households"), ("hộ gia đình", "households"), ("hộ dân", "households"),
    ("hồ sơ", "dossiers"), ("HS", "dossiers"),
    ("đơn", "petitions"), ("đơn thư", "petitions"),
    ("vụ", "cases"), ("vụ việc", "cases"), ("vụ án", "cases"),
    ("lượt", "visits"), ("lượt người", "person_visits"), ("lượt khách", "visitor_arrivals"),
    ("lượt lao động", "worker_placements"), ("lượt bài", "posts"),
    ("lượt bệnh nhân", "person_visits"), ("lượt người bệnh", "person_visits"),
    ("lượt tổ chức đảng", "party_organisation_visits"),
    ("người", "people"), ("công dân", "citizens"), ("lao động", "workers"),
    ("đảng viên", "party_members"), ("ĐV", "party_members"),
    ("tổ chức đảng", "party_organisations"),
    ("cấp ủy viên", "committee_members"),
    ("hội viên", "association_members"), ("đoàn viên", "union_members"),
    ("học viên", "trainees"), ("học sinh", "pupils"), ("trẻ", "children"),
    ("bệnh nhân", "patients"), ("đồng chí", "comrades"), ("đ/c", "comrades"),
    ("cán bộ", "officials"), ("công chức", "civil_servants"), ("thành viên", "members"),
    ("bị can", "defendants"), ("bị cáo", "defendants"), ("ổ nhóm", "gangs"),
    ("đối tượng", "individuals"), ("trường hợp", "instances"), ("cá nhân", "individuals"),
    ("tập thể", "collectives"), ("đại biểu", "delegates"),
    ("GCN", "certificates"), ("giấy chứng nhận", "certificates"), ("giấy phép", "permits"),
    ("xã", "communes"), ("xã, thị trấn", "communes"), ("thôn", "villages"),
    ("khu dân cư", "residential_areas"), ("trường", "schools"), ("cơ sở", "establishments"),
    ("cơ quan", "agencies"), ("đơn vị", "units"), ("doanh nghiệp", "enterprises"),
    ("HTX", "cooperatives"), ("hợp tác xã", "cooperatives"), ("tổ chức", "organisations"),
    ("chi bộ", "party_cells"), ("chi hội", "association_branches"), ("công đoàn", "trade_unions"),
    ("tổ chức công đoàn", "trade_unions"),
    ("suất", "packages"), ("suất quà", "packages"), ("liều", "doses"), ("con", "head"),
    ("tài khoản", "accounts"), ("văn bản", "documents"), ("tin bài", "articles"),
    ("bài", "entries"), ("bài viết", "entries"), ("chỉ tiêu", "indicators"),
    ("tiêu chí", "criteria"), ("nhiệm vụ", "tasks"), ("ngày công", "workdays"),
    ("dự án", "projects"), ("công trình", "works"), ("mô hình", "models"),
    ("cuộc", "sessions"), ("buổi", "sessions"), ("phiên", "sessions"),
    ("phiên đấu giá", "sessions"), ("giải thể thao", "tournaments"), ("hội nghị", "conferences"),
    ("kỳ họp", "sittings"), ("lớp", "classes"), ("điểm cầu", "video_link_points"),
    ("kết luận", "conclusions"), ("nghị quyết", "resolutions"), ("quyết định", "decisions"),
    ("ca", "shifts"), ("sản phẩm", "products"), ("giải", "prizes"), ("đội", "teams"),
    ("tiết mục", "acts"), ("cụm", "clusters"), ("nhà", "houses"), ("sổ", "books"),
    ("vé", "tickets"), ("giờ", "hours"), ("ngày", "days"), ("tháng", "months"),
)  # fmt: skip

# A money unit printed without its rate, read as a rate where the label says so (appendix rows
# 'Giá trị sản xuất …/ha canh tác' in 'Tr.đồng'): (pattern of the label, printed units, meant).
CONTEXT_UNITS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (r"/\s*ha\b|(?:mỗi|một|1)\s+ha\b", ("triệu đồng", "tr.đồng", "tr.đ", "trđ"),
     "triệu đồng/ha/năm"),
    (r"bình quân đầu người|/\s*người", ("triệu đồng", "tr.đồng", "tr.đ", "trđ"),
     "triệu đồng/người/năm"),
)  # fmt: skip

# Words that end the noun a figure counts ('15 thành viên' counts members; in '72 chi, đảng bộ'
# the noun is 'chi'): a figure whose next word is one of these counts nothing named.
NOT_NOUNS: tuple[str, ...] = (
    "cho", "với", "tại", "trong", "của", "và", "để", "được", "đã", "là", "theo", "trên", "so",
    "tăng", "giảm", "bằng", "đạt", "chiếm", "từ", "đến", "thuộc", "ở", "về", "khi", "này",
    "các", "những", "mỗi", "năm", "trở", "hoặc", "hay", "vào", "ra", "lên", "xuống", "còn",
    "như", "nhằm", "sau", "trước", "qua", "nên", "thì", "mà", "có", "không", "chưa", "đang",
    "sẽ", "vượt", "gấp", "hơn", "kế", "dự", "đối", "bị", "do", "bởi", "nhưng", "hết",
    # verbs that follow a count in a list ('28 hoàn thành xuất sắc nhiệm vụ'): no noun
    "hoàn", "thực", "giải", "tham", "tiếp", "xây", "vận", "đăng", "triển", "kiểm", "phê",
    "xử", "xét", "cấp", "nhận", "tặng", "thu", "bàn", "khám", "điều", "xóa",
)  # fmt: skip

# Other spellings of 'ha' in a rate ('tạ/héc-ta'): each '…/ha' unit is also read with these.
HECTARE_SPELLINGS: tuple[str, ...] = ("héc ta", "héc-ta", "hecta", "hec ta", "hec-ta", "hécta")
