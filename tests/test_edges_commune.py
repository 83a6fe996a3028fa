"""Layouts and phrasings met in a commune People's Committee report (tests/reports), on invented
text: divisions 'A.', 'B.' under 'PHẦN I', a bound word ending a noun, a sentence opened by its
school year, a number wrapped to the next line."""

from __future__ import annotations

import vinhbao
from vinhbao.read.document import parse_document

HEAD = "ỦY BAN NHÂN DÂN\nXÃ BẮC SƠN\nSố: 9/BC-UBND\nBắc Sơn, ngày 10 tháng 12 năm 2031\n\n"
HEAD += "BÁO CÁO\nKết quả năm 2031; phương hướng, nhiệm vụ năm 2032\n\n"


def _facts(body: str) -> dict[str, dict]:
    report = vinhbao.load_report(HEAD + body)
    rows = report.facts.to_dict("records")
    return {report.text[r["number_start"] : r["number_end"]]: r for r in rows}


def test_capital_letters_under_a_named_part_are_its_divisions():
    text = HEAD + (
        "PHẦN I\nKẾT QUẢ NĂM 2031\n\nA. LĨNH VỰC KINH TẾ\n\nI. NÔNG NGHIỆP\n\n1. Trồng trọt\n\n"
        "Lúa 800 ha.\n\nII. NGÂN SÁCH\n\nThu 15 tỷ đồng.\n\nB. LĨNH VỰC XÃ HỘI\n\nI. GIÁO DỤC\n\n"
        "Có 3 trường.\n\nC. QUỐC PHÒNG, AN NINH\n\nGiao 18 thanh niên nhập ngũ.\n\n"
        "PHẦN II\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2032\n\nI. MỤC TIÊU\n\nGiữ vững ổn định.\n"
    )
    doc = parse_document(text)
    firsts = ("Lúa", "Thu", "Có", "Giao", "Giữ")
    got = {
        s.text.split(" ", 1)[0]: (s.part, s.section) for s in doc.body if s.text.startswith(firsts)
    }
    assert got == {
        "Lúa": (1, "1"),
        "Thu": (1, "A.II"),
        "Có": (1, "B.I"),
        "Giao": (1, "C"),
        "Giữ": (2, "P2.I"),
    }
    section_path = next(s.section_path for s in doc.body if s.text.startswith("Có"))
    assert section_path == "PHẦN I > B. LĨNH VỰC XÃ HỘI > I. GIÁO DỤC"


def test_a_bound_word_ending_a_noun_bounds_no_figure():
    facts = _facts(
        "Thu bổ sung từ ngân sách cấp trên 11.627 triệu đồng; chuyển tuyến trên 25 lượt người; "
        "đón trên 450 lượt khách.\n"
    )
    assert facts["11.627"]["bound"] == "" and facts["11.627"]["value"] == 11.627
    assert facts["25"]["bound"] == ""
    assert facts["450"]["bound"] == ">"


def test_the_verb_cap_before_a_bound_word_keeps_the_bound():
    """'cấp' (to issue) before 'trên' is a verb, not the noun 'cấp trên' (the higher level)."""
    facts = _facts("Đã cấp trên 500 giấy chứng nhận; bổ sung từ cấp trên 3.200 triệu đồng.\n")
    assert (facts["500"]["bound"], facts["500"]["subject"]) == (">", "land_certificates")
    assert facts["3.200"]["bound"] == ""


def test_a_sentence_opened_by_its_school_year_gives_each_figure_its_period():
    facts = _facts(
        "Năm học 2030-2031, tỷ lệ học sinh tốt nghiệp THCS đạt 99,4%; tỷ lệ vào lớp 10 đạt 78,6%; "
        "huy động trẻ ra lớp đạt\n100%. Có 3 trường đạt chuẩn quốc gia.\n"
    )
    assert [facts[p]["period"] for p in ("99,4", "78,6", "100")] == ["2030-2031"] * 3
    assert facts["3"]["period"] == "2031"


def test_words_judging_against_the_plan_name_no_subject():
    facts = _facts(
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,8%, tăng 1,6 điểm phần trăm so với năm "
        "2030 nhưng chưa đạt kế hoạch (KH 92,5%).\n"
    )
    plan = facts["92,5"]
    assert (plan["subject"], plan["measure"], plan["kind"]) == (
        "health_insurance",
        "rate",
        "target",
    )
    assert (plan["low"], plan["high"], plan["period"]) == (92.5, 92.5, "2031")


def test_giao_quan_is_the_conscripts():
    facts = _facts("Giao quân đạt 100% chỉ tiêu; hoàn thành giao 18 thanh niên nhập ngũ.\n")
    assert facts["100"]["subject"] == facts["18"]["subject"] == "conscripts"


def test_a_share_after_a_listed_part_keeps_the_list_going():
    report = vinhbao.load_report(
        HEAD + "Tổng chi ngân sách xã 14.965 triệu đồng, gồm: chi đầu tư phát triển 5.380 triệu "
        "đồng, chiếm 36,0%; chi thường xuyên 9.485 triệu đồng.\n"
    )
    f = report.facts.set_index("value_printed")
    assert f.loc[9485, "parent_id"] == f.loc[14965, "fact_id"]
    check = report.audit[report.audit["check"].str.contains("parts add to the total")]
    (stated, computed, holds), *more = check[["stated", "computed", "holds"]].values.tolist()
    assert not more and not holds and (stated, round(computed, 3)) == (14.965, 14.865)
