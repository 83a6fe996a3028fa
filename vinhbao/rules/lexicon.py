"""The subject lexicon: Vietnamese subject words -> subject id, topic, English label.

A figure takes the subject whose phrase stands in the figure's own words (before it, its unit and
the words after it); where those words say nothing of a subject ('sản lượng 98.310 tấn'), in
its clause, its sentence, its paragraph's lead or the sentence citing its footnote. Phrases are
matched folded (any case, either tone placement, y or i), any spacing. Keys of an entry:

- `phrases`: any one of them names the subject;
- `context`: one of these must also stand in the figure's sentence, paragraph or citing sentence;
- `measures`, `units`: the measures (area, count …) and canonical units the subject takes (a
  figure of another measure is not about it: '20 xã' is no rice area);
- `anchored`: units in which a figure takes the subject wherever its sentence, paragraph or
  citing sentence names it, whatever its own words ('16/42 cơ sở' in a paragraph on religious
  establishments);
- `ranges`: plausible values per measure (canonical units): a figure outside every entry's range
  takes none, and where two entries share a phrase the range tells them apart;
- `rate`: a percentage level of the subject is a rate ('tỷ lệ hộ nghèo 0,35%'), so its change
  printed in % is in percentage points;
- `measure`: the measure of a figure that names none (a bare growth rate: amount);
- `exclude`: words that, in the figure's own words, say it is another subject;
- `by_unit`: a figure counted in one of the `units` (True), or in one of the units listed,
  takes this subject when no other is found ('512 đơn' are petitions).
"""

from .lexicon_economy import ECONOMY
from .lexicon_society import SOCIETY

SUBJECTS: tuple[dict, ...] = (*ECONOMY, *SOCIETY)

# Phrases naming a topic in headings and paragraph leads: a figure with no subject takes the
# topic of the nearest heading or lead that names one.
TOPICS: dict[str, tuple[str, ...]] = {
    "party": ("xây dựng đảng", "công tác đảng", "tổ chức, xây dựng bộ máy", "dân vận",
              "kiểm tra, giám sát", "văn phòng", "phương thức lãnh đạo", "tổ chức đảng",
              "cơ sở đảng", "đảng viên", "cấp ủy"),
    "government": ("chính quyền", "hội đồng nhân dân", "ủy ban nhân dân"),
    "mass_organisations": ("mặt trận", "đoàn thể", "hội nông dân", "hội liên hiệp phụ nữ",
                           "cựu chiến binh", "đoàn thanh niên", "liên đoàn lao động"),
    "rice": ("lúa",),
    "agriculture": ("nông nghiệp", "thủy sản", "chăn nuôi", "trồng trọt"),
    "budget": ("ngân sách", "tài chính", "bảo hiểm xã hội", "bhxh"),
    "land": ("đất đai", "tài nguyên", "môi trường", "giải phóng mặt bằng", "gpmb"),
    "economy": ("kinh tế", "công nghiệp", "xây dựng cơ bản", "thương mại", "dịch vụ"),
    "social": ("văn hóa - xã hội", "giáo dục", "y tế", "lao động", "thương binh", "dân số",
               "văn hóa", "thể thao", "du lịch", "sức khỏe", "trẻ em"),
    "security": ("quốc phòng", "an ninh", "quân sự", "phòng cháy"),
    "cases": ("tư pháp", "thanh tra", "tiếp công dân", "khiếu nại", "tội phạm", "xét xử",
              "thủ tục hành chính", "tthc"),
    "administration": ("chuyển đổi số", "cải cách hành chính"),
    "urban": ("đô thị",),
    "new_rural": ("nông thôn mới",),
}  # fmt: skip
