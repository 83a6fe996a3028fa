"""The page-aware reader: footnotes complete and in order, sentences rejoined, exact offsets."""

from __future__ import annotations

import json
import re

import pytest


def test_46_footnotes_in_order(report):
    fn = report.footnotes
    assert fn["number"].tolist() == list(range(1, 47))
    assert (fn["text"].str.len() > 20).all()


@pytest.mark.parametrize(
    ("number", "begins", "ends", "pieces"),
    [
        (1, "Ngày 03/8/2023, tại Nhà văn hóa", "185 năm thành lập huyện (1838 - 2023).", 2),
        (5, "Hoàn thành xuất sắc nhiệm vụ: 14", "04 không hoàn thành nhiệm vụ).", 2),
        (13, "Ủy ban MTTQ Việt Nam tiếp nhận", "mô hình “CCB với an ninh công giáo”.", 2),
        (30, "Đối với 7 xã năm 2022-2023", "Đã kiểm kê 957 hộ.", 2),
        (34, "* *Bạc mầm non*", "Tỷ lệ đỗ tốt nghiệp THPT đạt 99,83%, giảm 0,17%.", 5),
        (46, "Kết quả giải quyết TTHC trên hệ thống Một cửa:", "mức độ 4: 1.535 HS)", 3),
    ],
)
def test_long_footnotes_are_stitched(report, number, begins, ends, pieces):
    row = report.footnotes.set_index("number").loc[number]
    assert row["text"].startswith(begins)
    assert row["text"].endswith(ends)
    assert row["pieces"] == pieces


def test_footnote_continuations_join_mid_sentence(report):
    texts = report.footnotes.set_index("number")["text"]
    assert "kỷ niệm 85 năm Ngày thành lập Chi bộ Đảng Cộng sản" in texts[1]
    assert "16 hoàn thành nhiệm vụ, 02 không hoàn thành nhiệm vụ" in texts[5]
    assert "80 suất quà cho hội viên có hoàn cảnh khó khăn = 40 triệu đồng" in texts[13]
    # footnote 34 keeps every level: pre-school, primary, lower and upper secondary
    for level in (
        "Bạc mầm non",
        "Cấp tiểu học",
        "Cấp THCS",
        "Tỷ lệ đỗ tốt nghiệp THCS",
        "Cấp THPT",
    ):
        assert level in texts[34]
    assert "+ Cấp huyện: tiếp nhận 5.726 hồ sơ" in texts[46]
    assert "+ Cấp xã: tiếp nhận 26.004 hồ sơ" in texts[46]
    assert "3.3." not in texts[46]


def test_body_sentences_split_by_a_footnote_block_are_rejoined(report):
    body = " ".join(report.paragraphs["text"])
    assert "(20/8/1945-20/8/2023)¹. Triển khai tốt cuộc thi viết chính luận" in body
    assert "trong dịp Tết Nguyên đán¹³. Hoàn thành xây mới 25 nhà ở cho hộ nghèo" in body
    assert "hoàn thành xét xử 728/744 vụ án các loại, đạt tỷ lệ 896,9%." in body
    assert "điện năng tiêu thụ ước đạt 277 triệu KW" in body
    # footnote text never leaks into the body
    assert "Ngày 03/8/2023, tại Nhà văn hóa" not in body
    assert "viên có hoàn cảnh khó khăn = 40 triệu đồng" not in body


def test_m2_is_a_unit_not_footnote_2(report):
    fn = report.footnotes.set_index("number")
    assert "100.282 m² đất" in fn.loc[14, "text"]
    assert fn.loc[2, "text"].startswith("Đã tiếp nhận 1046 bài dự thi")
    assert fn.loc[2, "cited_in"].startswith("Triển khai tốt cuộc thi viết chính luận")


def test_each_footnote_is_linked_to_its_citing_sentence(report):
    fn = report.footnotes.set_index("number")
    assert fn.loc[22, "cited_in"].startswith("Tổng diện tích gieo cấy lúa cả năm 16.715,97 ha")
    assert fn.loc[22, "section"] == "2.1"
    assert fn.loc[46, "section"] == "3.1"
    assert fn.loc[42, "cited_in"] == "Tập trung đấu tranh, trấn áp các loại tội phạm⁴²."
    for number, row in fn.iterrows():
        marker = report.text[row["marker_start"] :]
        assert marker.startswith(str(number).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")))


def test_offsets_point_into_the_normalised_text(report):
    for _, row in report.footnotes.iterrows():
        for start, end in json.loads(row["spans"]):
            assert report.text[start:end] in row["text"]
        assert row["text"].startswith(report.text[row["start"] : json.loads(row["spans"])[0][1]])
    for _, row in report.paragraphs.iterrows():
        if row["pieces"] == 1:
            assert report.text[row["start"] : row["end"]] == row["text"]
        else:
            head = row["text"][:20]
            assert report.text[row["start"] : row["start"] + len(head)] == head


def test_sections_follow_the_headings(report):
    p = report.paragraphs
    assert (
        p.loc[p["text"].str.startswith("- Tổng giá trị sản xuất trên địa bàn"), "section"].item()
        == "2.1"
    )
    assert p.loc[p["text"].str.startswith("Các cơ quan nội chính"), "section"].item() == "2.3"
    assert (p["section"] == "P2.III").sum() >= 10  # Part two, III: next year's targets
    assert "Phần thứ nhất > I. KẾT QUẢ" in p.loc[p["section"] == "2.1", "section_path"].iloc[0]


@pytest.mark.parametrize(
    ("subject", "only", "parts"),
    [
        ("Về nhiệm vụ phát triển kinh tế - xã hội năm 2032", True, {2}),
        ("Kết quả thực hiện nhiệm vụ năm 2031, phương hướng nhiệm vụ năm 2032", False, {1}),
        ("Tình hình kinh tế - xã hội năm 2031 và kế hoạch năm 2032", False, {1}),
    ],
)
def test_a_text_on_the_next_year_only_is_all_part_two(subject, only, parts):
    from vinhbao.read.document import parse_document

    text = (
        "HỘI ĐỒNG NHÂN DÂN\nHUYỆN BẮC SƠN\nSố: 7/NQ-HĐND\nBắc Sơn, ngày 20 tháng 12 năm 2031\n\n"
        f"NGHỊ QUYẾT\n{subject}\n\n1. Mục tiêu\n\nTiếp tục phát triển.\n\n2. Chỉ tiêu\n\n"
        "a) Tốc độ tăng giá trị sản xuất đạt 8%.\n"
    )
    doc = parse_document(text)
    assert (doc.identity.year, doc.identity.next_year) == (2031, 2032)
    assert doc.identity.next_year_only is only
    assert {s.part for s in doc.body if s.text.startswith(("1.", "a)"))} == parts


def test_star_footnotes_are_numbered_by_their_stars():
    from vinhbao.read.footnotes import footnote_number

    assert [footnote_number(s) for s in ("*", "**", "***", "12", "¹⁴")] == [1, 2, 3, 12, 14]


@pytest.mark.parametrize("page", ["7", "- 7 -", "Trang 7", "7/12"])
def test_a_line_holding_only_a_page_number_breaks_like_a_blank_line(page):
    import vinhbao

    def text(between: str) -> str:
        return (
            "1. Kinh tế\n\nDiện tích lúa đạt 4.120 ha, tăng 0,6% so với cùng kỳ¹.\n"
            f"¹ Vụ xuân 2.050 ha.\n{between}\nTổng thu ngân sách đạt 318 tỷ đồng.\n\n"
            "2. Xã hội\n\nGiải quyết việc làm cho 3.100 lao động.\n"
        )

    paged, blank = vinhbao.load_report(text(page)), vinhbao.load_report(text(""))
    n = paged.numbers
    assert n[n["kind"] == "page_number"]["text"].tolist() == re.findall(r"\d+", page)
    assert "unaccounted" not in set(n["kind"])
    segments = [s.text for s in paged.document.segments]
    assert segments == [s.text for s in blank.document.segments]
    assert paged.facts["value"].tolist() == blank.facts["value"].tolist()


def test_running_titles_and_a_table_cut_by_a_page_break_are_page_furniture():
    import vinhbao

    title = "Báo cáo tình hình năm 2031 của Huyện ủy"
    head = "TT  Chỉ tiêu  ĐVT  KH  Ước TH  Đánh giá"
    text = (
        f"HUYỆN ỦY A\nSố 1-BC/HU\nA, ngày 1 tháng 12 năm 2031\n1.1. Kinh tế\nTổng thu đạt\n"
        f"Trang 1\n\f{title}\n312 tỷ đồng, tăng 5,2% so với cùng kỳ.\nPHỤ LỤC\n{head}\n"
        f"1  Tổng thu ngân sách  Tỷ đồng  300  312  Vượt\nTrang 2\n\f{title}\n{head}\n"
        f"2  Giảm tỷ lệ hộ nghèo  %  0,5 trở lên  0,6  Vượt\nTrang 3\n"
    )
    r = vinhbao.load_report(text)
    assert "Tổng thu đạt 312 tỷ đồng, tăng 5,2%" in r.document.body[-1].text  # one paragraph
    assert not any(title in s.text for s in r.document.segments)
    a = r.appendix.set_index("code")
    assert list(a.index) == ["1", "2"] and a.loc["2", "target_high"] == -0.5
    assert a.loc["2", "actual"] == -0.6 and bool(a.loc["2", "actual_is_change"])
    assert "unaccounted" not in set(r.numbers["kind"])
