"""Aspects: which part or state of a subject a figure counts ('tiếp nhận' dossiers are received,
'quá hạn' ones late). A figure's aspect is made of the aspect words in its own phrase, in order;
a part listed under a total (in brackets, or after 'trong đó') adds its words to the total's
aspect ('resolved_complaints'); a denominator ('39/59 hộ') is the numerator's `<aspect>_total`.
Phrases are matched folded (any case, either tone placement, y or i). A phrase mapped to ''
is a longer word that holds an aspect word but says none ('công nhận' holds 'nhận').
"""

ASPECTS: dict[str, str] = {
    # dossiers, petitions, cases handled
    "tiếp nhận": "received", "đã nhận": "received", "nhận được": "received",
    "tiếp nhận mới": "received", "nhận": "received",
    # words holding 'nhận' that say no aspect (an empty aspect blocks the shorter phrase)
    "công nhận": "", "chứng nhận": "", "xác nhận": "", "nhận thức": "", "nhận diện": "",

    "tồn trước": "carried_over", "tồn kỳ trước": "carried_over",
    "kỳ trước chuyển sang": "carried_over",
    "đúng hạn": "on_time", "đúng và trước hạn": "on_time", "trước hạn": "on_time",
    "quá hạn": "late", "trễ hạn": "late", "chậm hạn": "late", "chậm": "late",
    "chưa đến hạn": "not_yet_due", "trong hạn": "not_yet_due",
    "trực tuyến": "online", "trực tiếp và trực tuyến": "", "trực tiếp, trực tuyến": "",
    "trực tiếp": "in_person",
    "mức độ 3": "level3", "mức độ 4": "level4",
    "dịch vụ công trực tuyến toàn trình": "level4", "một phần": "level3",
    "giải quyết xong": "resolved", "đã giải quyết": "resolved", "đã xử lý": "resolved",
    "đang giải quyết": "in_progress", "đang xử lý": "in_progress",
    "thuộc thẩm quyền": "under_authority", "không đủ điều kiện": "ineligible",
    "xếp lưu": "ineligible",
    "giải quyết theo quy định": "handled", "xem xét, xử lý": "handled",
    "khiếu nại": "complaints", "kiếu nại": "complaints", "tố cáo": "denunciations",
    "kiến nghị": "recommendations", "phản ánh": "recommendations",
    # party
    "chuyển đi": "transferred_out", "chuyển đến": "transferred_in", "ngoài nước": "abroad",
    "ngoài thành phố": "outside_city", "trong thành phố": "within_city",
    "trong huyện": "within_district", "khiển trách": "reprimand", "cảnh cáo": "warning",
    "khai trừ": "expulsion", "cách chức": "dismissal", "xóa tên": "struck_off",
    "cho ra khỏi đảng": "removed", "công nhận đảng viên chính thức": "confirmed",
    "hoàn thành xuất sắc nhiệm vụ": "excellent", "hoàn thành tốt nhiệm vụ": "good",
    "hoàn thành nhiệm vụ": "satisfactory", "không hoàn thành nhiệm vụ": "not_completed",
    "chính sách dân số": "population_policy", "dân số kế hoạch hóa gia đình": "population_policy",
    "những điều đảng viên không được làm": "prohibited_conduct", "vi phạm khác": "other",
    # pupils' grades: completed with distinction, well, completed, not (yet) completed
    "htxs": "excellent", "htt": "good", "ht": "satisfactory", "kht": "not_completed",
    "cht": "not_yet_completed",
    # land and site clearance
    "đất ở": "residential", "đất nông nghiệp": "agricultural", "lần đầu": "first_time",
    "chuyển nhượng": "transfer_reissue", "cấp lại": "transfer_reissue",
    "hoàn thành": "completed", "phê duyệt": "approved", "đã phê duyệt": "approved",
    "đang trình phê duyệt": "pending_approval", "chi trả": "paid", "nhận tiền": "paid",
    "kiểm kê": "inventoried", "cưỡng chế": "enforcement", "bàn giao": "handed_over",
    "bị thu hồi": "taken", "có tài sản": "with_assets", "giao đất": "allocated",
    "đang xem xét": "under_review", "khảo sát": "surveyed", "đăng ký đất đai": "registered",
    "đang hoàn thiện": "in_progress",
    # gifts and allowances
    "chủ tịch nước": "president", "ubnd thành phố": "city", "của thành phố": "city",
    "quà thành phố": "city", "quà tặng của huyện": "district", "quà của huyện": "district",
    "hộ nghèo": "poor_households", "hộ gia đình nghèo": "poor_households",
    "xã hội hoá": "socialised", "xã hội hóa": "socialised",
    "mẹ việt nam anh hùng": "heroic_mothers",
    # crime and traffic
    "đánh bạc": "gambling", "số đề": "illegal_lottery", "ma túy": "drugs", "ma tuý": "drugs",
    "lĩnh vực kinh tế": "economic", "lĩnh vực môi trường": "environment", "truy nã": "wanted",
    "tuần tra": "patrols", "lập biên bản": "recorded", "quyết định xử lý": "decisions",
    "ô tô": "cars", "mô tô": "motorbikes", "xe máy": "motorbikes", "xử phạt": "fines",
    "nồng độ cồn": "drink_driving",
    "làm chết": "deaths", "người chết": "deaths", "chết": "deaths", "tử vong": "deaths",
    "làm bị thương": "injured", "bị thương": "injured", "người bị thương": "injured",
    # defence
    "nghĩa vụ quân sự": "military", "nghĩa vụ công an nhân dân": "police",
    # indicators met
    "hoàn thành và hoàn thành vượt mức": "met", "đạt và vượt": "met",
}  # fmt: skip
# Words denying the aspect phrase right after them: 'chưa nhận tiền' is not_paid, 'chưa được giải
# quyết' not_resolved ('chưa đến hạn', 'không hoàn thành nhiệm vụ' are phrases of their own).
NEGATIONS: tuple[str, ...] = ("chưa", "không", "chưa được", "không được")
NEGATED = "not_{}"
# Abbreviations that are aspects only of these subjects: 'HT', 'CHT' are grades in a list of
# pupils' grades, not in 'Ban CHT Quân sự' (the military command) or 'hệ thống HT'.
ONLY_OF: dict[str, tuple[str, ...]] = {
    "htxs": ("pupil_grades",), "htt": ("pupil_grades",), "ht": ("pupil_grades",),
    "kht": ("pupil_grades",), "cht": ("pupil_grades",),
}  # fmt: skip
# Aspect phrases that name no aspect where a figure's own words name one of these: animals dead of
# a disease ('dịch tả lợn châu Phi làm chết 250 con lợn', 'gia cầm chết 1.500 con') are no deaths
# of people (of traffic accidents, drownings, fires). Not 'con' nor 'cá': words of 'con em', 'cá
# nhân', people.
ANIMALS = ("lợn", "heo", "gia súc", "gia cầm", "vật nuôi", "trâu", "bò", "gà", "vịt")
UNLESS_NEAR: dict[str, tuple[str, ...]] = {"chết": ANIMALS, "làm chết": ANIMALS, "tử vong": ANIMALS}
# Aspects that are states of figures of another aspect: a 'trong đó' part of one of these, printed
# after a list of siblings, is a part of the last sibling if that sibling counts the whole it is a
# state of ('tiếp nhận 530 hồ sơ, đã giải quyết 512 hồ sơ, trong đó đúng hạn 509': on time of the
# resolved); else of the siblings together ('tiếp nhận 530, tồn trước 12, trong đó …').
STATE_OF: dict[str, tuple[str, ...]] = {
    "on_time": ("resolved",), "late": ("resolved",), "level3": ("online",), "level4": ("online",),
}  # fmt: skip
# The aspect of a denominator: the numerator's aspect with this suffix ('approved_total').
TOTAL = "total"
