"""Cases: administrative dossiers (fn 46), courts, inspections, citizen reception and petitions
(body 2.3), crimes (fn 42), traffic enforcement (fn 43), Party inspection and discipline (body
1.1, fn 8)."""

from __future__ import annotations

from ..facts import Pattern

T = "cases"
# fmt: off
PATTERNS: tuple[Pattern, ...] = (
    # Footnote 46: administrative procedures on the one-stop-shop system.
    Pattern(T, "district_dossiers", "footnote 46",
            "Cấp huyện: tiếp nhận {received|hồ sơ} hồ sơ, tồn trước {carried_over|hồ sơ} hồ sơ, "
            "trong đó giải quyết đúng hạn {on_time|hồ sơ} hồ sơ, quá hạn {late|hồ sơ} hồ sơ, "
            "chưa đến hạn {not_yet_due|hồ sơ} hồ sơ; hồ sơ trực tuyến {online|hồ sơ} hồ sơ "
            "(mức độ 3: {online_level3|HS} HS, mức độ 4: {online_level4|HS} HS)",
            "Hồ sơ TTHC cấp huyện (Một cửa)",
            "Administrative-procedure dossiers, district level (one-stop shop)"),
    Pattern(T, "commune_dossiers", "footnote 46",
            "Cấp xã: tiếp nhận {received|hồ sơ} hồ sơ, tồn trước {carried_over|hồ sơ} hồ sơ, "
            "trong đó giải quyết đúng hạn {on_time|hồ sơ} hồ sơ, quá hạn {late|hồ sơ} hồ sơ, "
            "chưa đến hạn {not_yet_due|hồ sơ} hồ sơ; hồ sơ trực tuyến {online|hồ sơ} hồ sơ "
            "(mức độ 3: {online_level3|HS} HS, mức độ 4: {online_level4|HS} HS)",
            "Hồ sơ TTHC cấp xã (Một cửa)",
            "Administrative-procedure dossiers, commune level (one-stop shop)"),
    # Body 2.3: courts (the rate is printed across a page break; the audit checks it).
    Pattern(T, "court_cases", "body 2.3",
            "hoàn thành xét xử {tried|vụ án}/{total|vụ án} vụ án các loại, đạt tỷ lệ {pct|%}%",
            "Xét xử vụ án các loại", "Court cases tried"),
    # Body 2.3: state inspections.
    Pattern(T, "inspections", "body 2.3",
            "đã tiến hành {count|cuộc} cuộc thanh tra tại {units_inspected|đơn vị} đơn vị⁴⁴, "
            "ban hành {conclusions|kết luận} kết luận thanh tra, qua thanh tra đã thu hồi số tiền "
            "{amount_recovered|đồng} đồng",
            "Thanh tra", "State inspections"),
    # Body 2.3: citizen reception and petitions.
    Pattern(T, "citizen_reception", "body 2.3",
            "đã tổ chức tiếp công dân tổng số {visits|lượt} lượt = {people|người} người = "
            "{cases|vụ việc} vụ việc",
            "Tiếp công dân", "Citizen reception"),
    Pattern(T, "petitions", "body 2.3",
            "tiếp nhận và chỉ đạo giải quyết {received|đơn} đơn tăng {change_yoy|đơn} đơn so với "
            "cùng kỳ năm 2022",
            "Đơn thư tiếp nhận", "Petitions received"),
    Pattern(T, "petitions", "body 2.3",
            "(*năm 2022 tiếp nhận {received_last_year|đơn} đơn*)",
            "Đơn thư tiếp nhận năm 2022", "Petitions received in 2022",
            period="2022"),
    Pattern(T, "petitions_district_authority", "body 2.3",
            "Số đơn thuộc thẩm quyền giải quyết của huyện là {count|đơn} đơn, bằng "
            "{cases|vụ việc} vụ việc",
            "Đơn thuộc thẩm quyền giải quyết của huyện", "Petitions under district authority"),
    Pattern(T, "petitions_resolved", "body 2.3",
            "đã giải quyết xong {count|đơn} đơn, bằng {cases|vụ việc} vụ việc",
            "Đơn đã giải quyết xong", "Petitions resolved"),
    Pattern(T, "petitions_resolved", "body 2.3",
            "(*kiếu nại: {complaints|đơn} đơn",
            "Đơn đã giải quyết xong: khiếu nại (in là 'kiếu nại')",
            "Petitions resolved: complaints"),
    Pattern(T, "petitions_resolved", "body 2.3",
            "tố cáo {denunciations|đơn} đơn",
            "Đơn đã giải quyết xong: tố cáo", "Petitions resolved: denunciations"),
    Pattern(T, "petitions_resolved", "body 2.3",
            "kiến nghị {recommendations|vụ việc} vụ việc*)",
            "Đơn đã giải quyết xong: kiến nghị", "Petitions resolved: recommendations"),
    Pattern(T, "petitions_in_progress", "body 2.3",
            "đang giải quyết {count|đơn} đơn, bằng {cases|vụ việc} vụ việc",
            "Đơn đang giải quyết", "Petitions being resolved"),
    Pattern(T, "petitions_in_progress", "body 2.3",
            "(*kiếu nại {complaints|đơn} đơn",
            "Đơn đang giải quyết: khiếu nại (in là 'kiếu nại')",
            "Petitions being resolved: complaints"),
    Pattern(T, "petitions_in_progress", "body 2.3",
            "kiến nghị {recommendations|đơn} đơn*)",
            "Đơn đang giải quyết: kiến nghị", "Petitions being resolved: recommendations"),
    # Footnote 42: crimes.
    Pattern(T, "crime_gambling", "footnote 42",
            "Bắt {cases|vụ} vụ đánh bạc = {suspects|đối tượng} đối tượng",
            "Tội phạm đánh bạc", "Gambling: cases and suspects arrested"),
    Pattern(T, "crime_illegal_lottery", "footnote 42",
            "Bắt {cases|vụ} vụ số đề = {suspects|đối tượng} đối tượng",
            "Tội phạm số đề", "Illegal lottery: cases and suspects arrested"),
    Pattern(T, "crime_drugs", "footnote 42",
            "Bắt {cases|vụ} vụ mua bán trái phép chất ma túy = {suspects|đối tượng} đối tượng",
            "Mua bán trái phép chất ma túy", "Drug trafficking: cases and suspects arrested"),
    Pattern(T, "crime_economic", "footnote 42",
            "Bắt {cases|vụ} vụ vi phạm pháp luật về lĩnh vực kinh tế",
            "Vi phạm pháp luật về kinh tế", "Economic offences: cases"),
    Pattern(T, "crime_environment", "footnote 42",
            "{cases|vụ} vụ vi phạm pháp luật về lĩnh vực môi trường",
            "Vi phạm pháp luật về môi trường", "Environmental offences: cases"),
    Pattern(T, "wanted_persons_surrendered", "footnote 42",
            "Vận động {count|đối tượng} đối tượng truy nã ra đầu thú",
            "Đối tượng truy nã ra đầu thú", "Wanted persons persuaded to surrender"),
    # Footnote 43: traffic enforcement.
    Pattern(T, "traffic_enforcement", "footnote 43",
            "Tổ chức {patrols|ca} ca tuần tra kiểm soát, lập biên bản "
            "{violations_recorded|trường hợp} trường hợp vi phạm, ra quyết định xử lý "
            "{decisions|trường hợp} trường hợp (gồm {decisions_cars|trường hợp} ô tô; "
            "{decisions_motorbikes|trường hợp} mô tô, xe máy)",
            "Tuần tra kiểm soát, xử lý vi phạm ATGT", "Traffic patrols and violations"),
    Pattern(T, "traffic_enforcement", "footnote 43",
            "số tiền xử phạt nộp Kho bạc Nhà nước: {fines|đồng} đồng",
            "Tiền xử phạt vi phạm ATGT nộp Kho bạc", "Traffic fines paid to the State Treasury"),
    Pattern(T, "traffic_enforcement", "footnote 43",
            "vi phạm nồng độ cồn {drink_driving|trường hợp} trường hợp",
            "Vi phạm nồng độ cồn", "Drink-driving violations"),
    # Body 1.1: Party inspection, supervision, discipline, asset declarations, petitions.
    Pattern(T, "party_inspections", "body 1.1",
            "đã tiến hành kiểm tra {organisations|lượt} lượt tổ chức đảng, {members|lượt} lượt "
            "đảng viên",
            "Kiểm tra tổ chức đảng, đảng viên", "Party inspections of organisations and members"),
    Pattern(T, "party_supervision", "body 1.1",
            "giám sát {organisations|tổ chức đảng} tổ chức đảng, {members|lượt} lượt đảng viên",
            "Giám sát tổ chức đảng, đảng viên", "Party supervision of organisations and members"),
    Pattern(T, "party_discipline", "body 1.1",
            "thi hành kỷ luật đối với {members|đảng viên} đảng viên (*Khiển trách "
            "{reprimand|đảng viên}, Cảnh cáo {warning|đảng viên}, Khai trừ "
            "{expulsion|đảng viên}*)",
            "Thi hành kỷ luật đảng viên", "Party members disciplined"),
    Pattern(T, "asset_declaration_checks", "body 1.1",
            "đối với {officials_verified|cán bộ}/{officials_total|cán bộ} cán bộ thuộc diện Ban "
            "Thường vụ Huyện uỷ quản lý đang công tác tại {agencies|cơ quan}/"
            "{agencies_total|cơ quan} cơ quan, đơn vị",
            "Xác minh kê khai tài sản, thu nhập",
            "Verification of asset and income declarations"),
    Pattern(T, "party_petitions", "body 1.1",
            "đã nhận {received|đơn} đơn, xếp lưu {filed_ineligible|đơn} đơn không đủ điều kiện "
            "giải quyết; chỉ đạo ~ giải quyết theo quy định {handled|đơn} đơn, "
            "đã giải quyết xong {resolved|đơn} đơn",
            "Đơn thư gửi cấp uỷ, Ủy ban Kiểm tra", "Petitions to Party committees and inspection "
            "commissions"),
    # Footnote 8: reasons for the disciplining of Party members.
    Pattern(T, "discipline_population_policy", "footnote 8",
            "Chính sách dân số KHH gia đình {count|trường hợp} trường hợp (chiếm {pct|%}%)",
            "Kỷ luật do vi phạm chính sách dân số, KHH gia đình",
            "Discipline for breaching population and family-planning policy"),
    Pattern(T, "discipline_prohibited_conduct", "footnote 8",
            "những điều đảng viên không được làm {count|trường hợp} trường hợp (chiếm {pct|%}%)",
            "Kỷ luật do vi phạm những điều đảng viên không được làm",
            "Discipline for conduct Party members are forbidden"),
    Pattern(T, "discipline_other", "footnote 8",
            "vi phạm khác {count|trường hợp} (chiếm {pct|%}%)",
            "Kỷ luật do vi phạm khác", "Discipline for other breaches"),
)
# fmt: on
