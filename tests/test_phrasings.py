"""Phrasings the bundled report does not use, on invented text: each figure with what it
expresses (subject, kind, base, signed value in the canonical unit)."""

from __future__ import annotations

import pytest

import vinhbao

TEXT = (
    "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2024\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n"
    "Tổng sản phẩm trên địa bàn (GRDP) ước tăng 8,2% so với năm 2023, vượt 0,7 điểm phần trăm so "
    "với kế hoạch. Giá trị sản xuất công nghiệp ước đạt 2,7 nghìn tỷ đồng, tăng 12,5% so với cùng "
    "kỳ, đạt 101,3% kế hoạch năm. Tổng thu ngân sách nhà nước trên địa bàn đạt 456,7 tỷ đồng, bằng "
    "112,9% dự toán tỉnh giao, giảm 3,1% so với cùng kỳ; trong đó thu nội địa 398,2 tỷ đồng.\n"
    "Diện tích gieo trồng lúa vụ Đông Xuân đạt 5.120 ha, năng suất bình quân 68,5 tạ/ha; sản "
    "lượng đạt 35.072 tấn. Tổng đàn gia cầm đạt 1,2 triệu con, đàn lợn 45.300 con, giảm 5% so với "
    "cùng kỳ.\n"
    "Kim ngạch xuất khẩu đạt 125 triệu USD, gấp 1,3 lần cùng kỳ. Tỷ lệ hộ nghèo giảm còn 1,2%, "
    "giảm 0,45 điểm phần trăm so với năm 2023 (KH giảm 0,5%). Tỷ lệ dân số tham gia BHYT đạt 93,5% "
    "(NQ 95%). Cấp 2.345 giấy chứng nhận quyền sử dụng đất, đạt 117% kế hoạch.\n"
    "Tiếp nhận 1.234 hồ sơ thủ tục hành chính, đã giải quyết đúng hạn 1.200 hồ sơ (đạt 97,2%), "
    "quá hạn 34 hồ sơ. Khách du lịch đạt khoảng 350 nghìn lượt, doanh thu du lịch ước đạt 180 tỉ "
    "đồng. Xuất khẩu lao động 215 người, vượt 7,5% chỉ tiêu giao.\n"
    "Giá trị sản xuất thương mại - dịch vụ ước cả năm đạt 3.120 tỷ đồng, vượt kế hoạch 5,6%, "
    "tăng 9,1% so với cùng kỳ năm 2023. Tổng vốn đầu tư toàn xã hội thực hiện được 4.500 tỷ đồng, "
    "hoàn thành 102% kế hoạch, bằng 108,5% so cùng kỳ. Thu nhập bình quân đầu người đạt 65 triệu "
    "đồng, tăng 4,5 triệu đồng so với năm trước.\n"
    "Cơ cấu kinh tế: nông nghiệp - thủy sản chiếm tỷ trọng 17,8%; công nghiệp - xây dựng chiếm "
    "52,1%. Tỷ lệ lao động qua đào tạo đạt tỷ lệ 72%, tăng 1,5 điểm % so với năm 2023.\n"
    "Toàn huyện có 24/26 xã đạt chuẩn nông thôn mới nâng cao, tăng thêm 2 xã so với năm trước. "
    "Tổng số đảng viên toàn Đảng bộ là 12.540 đồng chí; kết nạp 310 đảng viên mới, đạt 103,3% chỉ "
    "tiêu Nghị quyết. Năng suất lúa cả năm đạt 64,2 tạ/ha, giảm 0,8 tạ/ha so với năm 2023.\n"
)
EXPECTED = [
    # printed, subject, aspect, kind, base, value, unit
    ("8,2", "total_production_value", "", "change_pct", "last_year", 8.2, "pct"),
    ("0,7", "total_production_value", "", "change_pp", "plan", 0.7, "pp"),
    ("2,7", "industry_handicrafts", "", "level", "", 2700, "billion_vnd"),
    ("101,3", "industry_handicrafts", "", "ratio_pct", "plan", 101.3, "pct"),
    ("456,7", "state_budget_revenue", "", "level", "", 456.7, "billion_vnd"),
    ("112,9", "state_budget_revenue", "", "ratio_pct", "estimate", 112.9, "pct"),
    ("3,1", "state_budget_revenue", "", "change_pct", "last_year", -3.1, "pct"),
    ("398,2", "district_budget_revenue", "", "level", "", 398.2, "billion_vnd"),
    ("5.120", "spring_rice", "", "level", "", 5120, "ha"),
    ("68,5", "spring_rice", "", "level", "", 6.85, "t_per_ha"),
    ("35.072", "spring_rice", "", "level", "", 35072, "t"),
    ("1,2", "poultry_flock", "", "level", "", 1.2e6, "head"),
    ("5", "pig_herd", "", "change_pct", "last_year", -5, "pct"),
    ("125", "exports", "", "level", "", 1.25e8, "usd"),
    ("1,3", "exports", "", "ratio_pct", "last_year", 130, "pct"),
    ("0,45", "poverty_rate", "", "change_pp", "last_year", -0.45, "pp"),
    ("0,5", "poverty_rate", "", "target", "plan", -0.5, "pp"),  # a rate's change target
    ("95", "health_insurance", "", "target", "plan", 95, "pct"),
    ("117", "land_certificates", "", "ratio_pct", "plan", 117, "pct"),
    ("1.234", "administrative_dossiers", "received", "level", "", 1234, "dossiers"),
    ("97,2", "administrative_dossiers", "on_time", "share_pct", "", 97.2, "pct"),
    ("34", "administrative_dossiers", "late", "level", "", 34, "dossiers"),
    ("350", "tourists", "", "level", "", 350000, "visits"),
    ("180", "tourism_revenue", "", "level", "", 180, "billion_vnd"),
    ("7,5", "labour_export", "", "change_pct", "plan", 7.5, "pct"),
    ("5,6", "trade_services", "", "change_pct", "plan", 5.6, "pct"),  # 'vượt kế hoạch 5,6%'
    ("9,1", "trade_services", "", "change_pct", "last_year", 9.1, "pct"),
    ("102", "social_investment", "", "ratio_pct", "plan", 102, "pct"),  # 'hoàn thành 102% KH'
    ("108,5", "social_investment", "", "ratio_pct", "last_year", 108.5, "pct"),
    ("65", "income_per_head", "", "level", "", 65, "million_vnd_per_person_year"),
    ("4,5", "income_per_head", "", "change_abs", "last_year", 4.5, "million_vnd_per_person_year"),
    ("17,8", "agriculture_fisheries", "", "share_pct", "", 17.8, "pct"),
    ("72", "trained_workers", "", "level", "", 72, "pct"),  # 'đạt tỷ lệ 72%' of a rate
    ("1,5", "trained_workers", "", "change_pp", "last_year", 1.5, "pp"),
    ("24", "new_rural_communes", "", "level", "", 24, "communes"),
    ("26", "new_rural_communes", "total", "level", "", 26, "communes"),
    ("2", "new_rural_communes", "", "change_abs", "last_year", 2, "communes"),
    ("12.540", "party_membership", "", "level", "", 12540, "comrades"),
    ("103,3", "party_admissions", "", "ratio_pct", "plan", 103.3, "pct"),
    ("0,8", "rice_year", "", "change_abs", "last_year", -0.08, "t_per_ha"),
]


@pytest.fixture(scope="module")
def facts() -> list[dict]:
    report = vinhbao.load_report(TEXT)
    assert (report.numbers["kind"] != "unaccounted").all()
    rows = report.facts.to_dict("records")
    for row in rows:
        row["printed"] = report.text[row["number_start"] : row["number_end"]]
    return rows


@pytest.mark.parametrize(
    ("printed", "subject", "aspect", "kind", "base", "value", "unit"), EXPECTED
)
def test_each_figure(facts, printed, subject, aspect, kind, base, value, unit):
    got = [(r["subject"], r["aspect"], r["kind"], r["base"], r["unit"]) for r in facts
           if r["printed"] == printed and r["kind"] == kind]  # fmt: skip
    assert (subject, aspect, kind, base, unit) in got, got
    row = next(r for r in facts if r["printed"] == printed and r["kind"] == kind
               and r["subject"] == subject)  # fmt: skip
    assert row["value"] == pytest.approx(value)


def test_a_bound_word_says_the_figure_is_not_exact(facts):
    tourists = next(r for r in facts if r["printed"] == "350")
    assert tourists["bound"] == "~" and "not an exact figure" in tourists["flag_notes"]


@pytest.mark.parametrize(
    ("sentence", "printed", "value", "unit", "flag"),
    [
        ("Thu nhập bình quân 450 nghìn đồng/người/tháng.", "450", 0.45,
         "million_vnd_per_person_month", ""),  # a month is no year
        ("Năng suất lúa xuân đạt 215 kg/sào.", "215", 215 / 36, "t_per_ha", ""),  # a sào: 360 m²
        ("Sản lượng thủy sản 23,810 tấn.", "23,810", 23.81, "t", "a comma for thousands?"),
        ("Thu ngân sách trên địa bàn đạt 215 tỷ đồng, đạt 108%KH.", "108", 108, "pct", ""),
        ("Tổng vốn đầu tư thực hiện vượt 15 tỷ đồng so với kế hoạch.", "15", 15, "billion_vnd", ""),
    ],
)  # fmt: skip
def test_units_and_traps(sentence, printed, value, unit, flag):
    report = vinhbao.load_report(f"BÁO CÁO năm 2024\n\n1. Kinh tế\n\n{sentence}\n")
    f = report.facts
    row = f[
        [report.text[a:b] == printed for a, b in zip(f.number_start, f.number_end, strict=True)]
    ]
    assert len(row) == 1
    assert row["value"].iloc[0] == pytest.approx(value) and row["unit"].iloc[0] == unit
    assert flag in row["flag_notes"].iloc[0]


def test_a_base_printed_before_its_verb_with_its_year_or_qualifier():
    body = ("Giá trị sản xuất công nghiệp đạt 1.500 tỷ đồng, so với năm 2024 tăng 5,2%. Tổng thu "
            "ngân sách nhà nước đạt 300 tỷ đồng, so với dự toán huyện giao tăng 12%. Số vụ tai "
            "nạn giao thông giảm 12 vụ so với cùng kỳ.")  # fmt: skip
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2025\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n{body}\n"
    facts = vinhbao.load_report(text).facts
    got = [tuple(r) for r in facts[["subject", "kind", "base", "base_text", "value", "period"]]
           .itertuples(index=False) if r[1] != "level"]  # fmt: skip
    assert got == [
        ("industry_handicrafts", "change_pct", "last_year", "so với năm 2024", 5.2, "2025"),
        ("state_budget_revenue", "change_pct", "estimate", "so với dự toán huyện giao", 12, "2025"),
        ("traffic_accidents", "change_abs", "last_year", "so với cùng kỳ", -12, "2025"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a percentage restating the absolute change before it is that change in %
        ("Thu ngân sách đạt 318 tỷ đồng, tăng 26 tỷ đồng, tương đương 8,9%.",
         [("level", "", 318), ("change_abs", "last_year", 26), ("change_pct", "last_year", 8.9)]),
        ("Số vụ tai nạn giao thông giảm 9 vụ (-21,4%) so với cùng kỳ.",
         [("change_abs", "last_year", -9), ("change_pct", "last_year", -21.4)]),
        # a ';' before a change that names nothing does not end the figure's clause
        ("Diện tích gieo cấy lúa 4.120 ha; tăng 0,6% so với cùng kỳ.",
         [("level", "", 4120), ("change_pct", "last_year", 0.6)]),
        # 'từ X xuống còn Y': X is last year's level
        ("Tỷ lệ hộ nghèo giảm từ 2,4% xuống còn 1,9%.", [("level", "", 2.4), ("level", "", 1.9)]),
    ],
)  # fmt: skip
def test_restatements_and_clauses(body, expected):
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n{body}\n"
    facts = vinhbao.load_report(text).facts
    got = [tuple(r) for r in facts[["kind", "base", "value"]].itertuples(index=False)]
    assert got == [(k, b, pytest.approx(v)) for k, b, v in expected]
    assert facts["measure"].nunique() == 1  # every figure of one subject's measure
    if "từ" in body:
        assert facts["period"].tolist() == ["2030", "2031"]


def test_a_head_takes_its_measure_from_its_own_clause_and_stops_after_a_closed_bracket():
    body = ("Công tác dân số, gia đình được tăng cường, tỷ lệ phát triển dân số tự nhiên 0,38%. "
            "Kết nạp 212 đảng viên mới (đạt 101% kế hoạch), xét công nhận chính thức cho 180 "
            "đảng viên.")  # fmt: skip
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Xã hội\n\n{body}\n"
    facts = vinhbao.load_report(text).facts.set_index("value")
    assert tuple(facts.loc[0.38, ["subject", "measure", "kind"]]) == (
        "population_growth", "rate", "level"
    )  # fmt: skip
    assert facts.loc[180, "subject_vi"] == "xét công nhận chính thức"  # not the admissions


def test_a_year_inside_a_head_naming_its_subject_is_no_other_period():
    """'… trong năm 2031 đối với 37/410 cán bộ' names its own subject: it does not go on with the
    figure before it as '(năm 2030: …)' would."""
    body = ("Thi hành kỷ luật 19 đảng viên (khiển trách 15, cảnh cáo 04), tiến hành xác minh kê "
            "khai tài sản, thu nhập trong năm 2031 đối với 37/410 cán bộ.")  # fmt: skip
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Đảng\n\n{body}\n"
    facts = vinhbao.load_report(text).facts.set_index("value")
    assert facts.loc[19, "subject"] == "party_discipline"
    assert facts.loc[37, "subject"] == "asset_declaration_checks"


def test_a_percentage_over_100_with_no_base_is_no_share():
    body = "Kết nạp mới 845 đoàn viên, đạt 169%; 12 chi đoàn, chiếm 48%."
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Xã hội\n\n{body}\n"
    f = vinhbao.load_report(text).facts.set_index("value")
    assert tuple(f.loc[169, ["kind", "base"]]) == ("ratio_pct", "plan")
    assert "no share" in f.loc[169, "flag_notes"]
    assert tuple(f.loc[48, ["kind", "base"]]) == ("share_pct", "")


@pytest.mark.parametrize(
    ("body", "denominator"),
    [
        # x above y: y is the plan, even with no percentage of it
        ("Chuyển đổi cơ cấu cây trồng được 140/125 ha, vượt kế hoạch.", ("target", "plan", 125)),
        # x within y: y is the whole x is of, though the clause names a plan
        ("Có 11/13 chỉ tiêu đạt kế hoạch.", ("level", "", 13)),
        ("Có 11/13 chỉ tiêu, đạt 84,6% kế hoạch.", ("target", "plan", 13)),
    ],
)
def test_the_y_of_x_slash_y(body, denominator):
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n{body}\n"
    facts = vinhbao.load_report(text).facts
    y = facts[facts["value_printed"] == denominator[2]]
    kind, base, value = denominator
    assert len(y) == 1, facts[["kind", "base", "value", "value_printed"]]
    row = y.iloc[0]
    assert (row["kind"], row["base"]) == (kind, base)
    assert (row["low"] if kind == "target" else row["value"]) == value


def test_a_change_in_a_counting_unit_qualifies_the_figure_counted_in_it():
    """Deaths and injuries are aspects of the accidents; 'giảm 3 vụ' after a count of people
    qualifies the 12 cases, 'giảm 2 người chết' the deaths (not the injured printed last)."""
    body = ("Xảy ra 12 vụ tai nạn giao thông, làm chết 8 người, bị thương 6 người; so với cùng kỳ "
            "giảm 3 vụ, giảm 2 người chết.")  # fmt: skip
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Xã hội\n\n{body}\n"
    facts = vinhbao.load_report(text).facts
    got = list(facts[["subject", "aspect", "kind", "value", "unit"]].itertuples(index=False))
    assert [tuple(g) for g in got[:5]] == [
        ("traffic_accidents", "", "level", 12, "cases"),
        ("traffic_accidents", "deaths", "level", 8, "people"),
        ("traffic_accidents", "injured", "level", 6, "people"),
        ("traffic_accidents", "", "change_abs", -3, "cases"),
        ("traffic_accidents", "deaths", "change_abs", -2, "people"),
    ]


def test_animals_dead_of_a_disease_are_no_deaths_of_people():
    """'chết' is the deaths of an accident's count of people, not of pigs or poultry."""
    body = ("Dịch tả lợn châu Phi xảy ra tại 4 xã, làm chết 317 con lợn; gia cầm chết 2.460 con. "
            "Xảy ra 9 vụ tai nạn giao thông, làm chết 7 người.")  # fmt: skip
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Xã hội\n\n{body}\n"
    facts = vinhbao.load_report(text).facts.set_index("value")
    assert facts.loc[317, "aspect"] == facts.loc[2460, "aspect"] == ""
    assert (facts.loc[7, "subject"], facts.loc[7, "aspect"]) == ("traffic_accidents", "deaths")


def test_people_named_con_are_no_animals():
    """'con em', 'cá nhân' name people: their deaths stay deaths."""
    body = ("Xảy ra 3 vụ cháy, làm chết 2 người là con em trong xã. Xảy ra 5 vụ tai nạn giao "
            "thông làm chết 4 người do cá nhân vi phạm.")  # fmt: skip
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Xã hội\n\n{body}\n"
    facts = vinhbao.load_report(text).facts.set_index("value")
    assert (facts.loc[2, "subject"], facts.loc[2, "aspect"]) == ("fire_safety", "deaths")
    assert (facts.loc[4, "subject"], facts.loc[4, "aspect"]) == ("traffic_accidents", "deaths")


def test_the_verb_opening_a_list_before_a_figure_is_its_aspect():
    """The aspect is in the figure's nearest comma piece, or, when that names none, in the verb
    opening the list ('chi trả tiền bồi thường, hỗ trợ cho …': paid); an aspect word inside the
    clause ('… tiếp nhận từ các tổ chức, cá nhân … tặng …') is no aspect of the figure."""
    body = ("Giải phóng mặt bằng: chi trả tiền bồi thường, hỗ trợ, tái định cư cho 418 hộ. "
            "Hội Chữ thập đỏ tiếp nhận từ các tổ chức, cá nhân và trao tặng 975 suất quà Tết. "
            "Tiếp nhận 530 hồ sơ, giải quyết xong 512 hồ sơ.")  # fmt: skip
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Xã hội\n\n{body}\n"
    aspect = vinhbao.load_report(text).facts.set_index("value")["aspect"]
    got = (aspect[418], aspect[975], aspect[530], aspect[512])
    assert got == ("paid", "", "received", "resolved")


@pytest.mark.parametrize("resolved", ["đã giải quyết", "giải quyết xong"])
def test_a_state_of_the_last_sibling_is_its_part(resolved):
    """'trong đó đúng hạn' after 'tiếp nhận a, <resolved> b' is of the b resolved (a state of
    them); after 'tiếp nhận a, tồn trước b' it is of a + b, a whole printed nowhere."""
    body = (f"Một cửa huyện tiếp nhận 6.410 hồ sơ, {resolved} 6.377 hồ sơ, trong đó đúng hạn "
            "6.351 hồ sơ. Một cửa xã tiếp nhận 2.930 hồ sơ, tồn trước 17 hồ sơ, trong đó giải "
            "quyết đúng hạn 2.902 hồ sơ.")  # fmt: skip
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Cải cách\n\n{body}\n"
    facts = vinhbao.load_report(text).facts.set_index("value")
    assert facts.loc[6377, "aspect"] == "resolved"
    assert facts.loc[6351, "aspect"] == "resolved_on_time"
    assert facts.loc[6351, "parent_id"] == facts.loc[6377, "fact_id"]
    assert (facts.loc[2902, "aspect"], facts.loc[2902, "parent_id"]) == ("on_time", "")


def test_a_text_in_the_english_number_style_flags_every_figure_read_by_it():
    body = "Giá trị sản xuất tăng 6.4%, đạt 1.234 tỷ đồng; thu ngân sách 2,345.6 tỷ đồng, 120 tỷ."
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n{body}\n"
    report = vinhbao.load_report(text)
    assert report.style == "en"
    notes = dict(zip(report.facts["value"], report.facts["flag_notes"], strict=True))
    assert notes[6.4] == "English-style number '6.4' read as 6.4"
    assert (
        notes[1.234] == "English-style number '1.234' read as 1.234 (1234 in the Vietnamese style)"
    )
    assert notes[2345.6] == "English-style number '2,345.6' read as 2345.6"
    assert notes[120] == ""  # digits only: both styles read it so


def test_a_figure_outside_every_range_takes_the_subject_of_the_nearest_range_and_a_flag():
    """A whole-year yield printed ten times too large (a misprint) stays the two seasons' yield
    added, the range it is nearest, flagged as implausible."""
    body = "Năng suất lúa bình quân cả năm đạt 132,6 tấn/ha."
    text = (
        f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Nông nghiệp\n\n{body}\n"
    )
    fact = vinhbao.load_report(text).facts.iloc[0]
    assert (fact["subject"], fact["value"]) == ("rice_year_two_crops", 132.6)
    assert "is not a plausible yield" in fact["flag_notes"]
    right = vinhbao.load_report(text.replace("132,6", "13,26")).facts.iloc[0]
    assert right["subject"] == "rice_year_two_crops" and right["flag_notes"] == ""


def test_a_change_in_percent_of_a_share_is_in_points():
    body = (
        "Số trẻ đến lớp đạt 91,5%, tăng 2,5% so với cùng kỳ; thu ngân sách 120 tỷ đồng, tăng 2,5%."
    )
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Xã hội\n\n{body}\n"
    facts = vinhbao.load_report(text).facts
    got = [tuple(r) for r in facts[["kind", "value", "unit"]].itertuples(index=False)]
    assert got == [("share_pct", 91.5, "pct"), ("change_pp", 2.5, "pp"),
                   ("level", 120, "billion_vnd"), ("change_pct", 2.5, "pct")]  # fmt: skip


def test_a_change_in_percent_larger_than_its_share_stays_relative():
    body = "Số hộ nghèo 120 hộ, chiếm 2,5% tổng số hộ, giảm 20% so với cùng kỳ."
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Xã hội\n\n{body}\n"
    facts = vinhbao.load_report(text).facts
    change = facts[facts["value"].abs() == 20].iloc[0]
    assert (change["kind"], change["value"], change["unit"]) == ("change_pct", -20, "pct")


def test_grade_abbreviations_are_aspects_of_pupils_grades_only():
    body = ("Ban CHT Quân sự huyện huấn luyện 250 dân quân. Đánh giá xếp loại học sinh: HTT 40%, "
            "HT 55%, CHT 5%.")  # fmt: skip
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Xã hội\n\n{body}\n"
    facts = vinhbao.load_report(text).facts.set_index("value")
    assert facts.loc[250, "aspect"] == ""
    assert [facts.loc[v, "aspect"] for v in (40, 55, 5)] == ["good", "satisfactory",
                                                             "not_yet_completed"]  # fmt: skip


@pytest.mark.parametrize("marker", ["trong đó", "trong đó:", "trong số đó"])
def test_parts_listed_right_after_a_count_are_its_parts(marker):
    """'120 hồ sơ, trong đó 60 … đúng hạn, 20 … quá hạn': the parts have the count as their whole
    and their own words as subject_vi; a later count of another noun in the clause ('ban hành 9
    nghị quyết') is no part of the list."""
    body = (
        f"Giải quyết 120 hồ sơ, {marker} 60 hồ sơ đúng hạn, 20 hồ sơ quá hạn. Tổ chức 08 kỳ "
        f"họp {marker} 06 kỳ họp chuyên đề và 02 kỳ họp thường lệ, ban hành 9 nghị quyết."
    )
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Cải cách\n\n{body}\n"
    facts = vinhbao.load_report(text).facts.set_index("value")
    whole = facts.loc[120, "fact_id"]
    assert facts.loc[[60, 20], "parent_id"].tolist() == [whole, whole]
    assert facts.loc[[60, 20], "aspect"].tolist() == ["on_time", "late"]
    sittings = facts.loc[8, "fact_id"]
    assert facts.loc[[6, 2], "parent_id"].tolist() == [sittings, sittings]
    assert facts.loc[[6, 2], "subject_vi"].tolist() == ["chuyên đề", "thường lệ"]
    assert facts.loc[9, "parent_id"] == ""


def test_a_denied_aspect_and_a_noun_opening_with_a_connector_word():
    """'chưa nhận tiền' is not_paid (not paid); 'Chỉ số …', 'Chỉ tiêu …' keep their first word
    (the connector 'chỉ', only, is no part of them)."""
    body = (
        "Đã phê duyệt phương án cho 59 hộ, có 47 hộ đã nhận tiền, còn 12 hộ chưa nhận tiền. "
        "Chỉ số giá tiêu dùng tăng 3,2% so với cùng kỳ. Chỉ tiêu thu ngân sách đạt 120 tỷ đồng."
    )
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Đất đai\n\n{body}\n"
    facts = vinhbao.load_report(text).facts.set_index("value")
    assert facts.loc[[47, 12], "aspect"].tolist() == ["paid", "not_paid"]
    assert facts.loc[3.2, "subject_vi"] == "Chỉ số giá tiêu dùng"
    assert facts.loc[120, "subject_vi"] == "Chỉ tiêu thu ngân sách"


@pytest.mark.parametrize(
    ("base_text", "base"),
    [("so với vụ xuân năm trước", "last_year"), ("so cùng vụ xuân", "last_year"),
     ("so với vụ xuân năm 2030", "last_year"), ("so với vụ xuân năm 2028", "other"),
     ("so với vụ thu đông năm ngoái", "last_year")],
)  # fmt: skip
def test_a_season_against_a_season_of_another_year(base_text, base):
    body = f"Diện tích gieo cấy lúa vụ xuân 8.700 ha, giảm 120 ha {base_text}."
    text = (
        f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Nông nghiệp\n\n{body}\n"
    )
    facts = vinhbao.load_report(text).facts.set_index("value")
    assert (facts.loc[-120, "kind"], facts.loc[-120, "base"]) == ("change_abs", base)


@pytest.mark.parametrize(
    "sentence",
    ["Giá trị sản xuất công nghiệp tăng từ 5 đến 7% so với cùng kỳ.",
     "Giá trị sản xuất công nghiệp tăng từ 5-7% so với cùng kỳ.",
     "Giá trị sản xuất công nghiệp tăng 5 - 7% so với cùng kỳ."],
)  # fmt: skip
def test_a_change_printed_as_a_range_after_tu(sentence):
    """The 'từ' of a range stands between the verb and the figure: still a change (before: a
    share, or with a base a ratio of 5-7 % of last year)."""
    text = (
        f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n{sentence}\n"
    )
    row = vinhbao.load_report(text).facts.iloc[0]
    assert (row["kind"], row["base"], row["low"], row["high"]) == ("change_pct", "last_year", 5, 7)


def test_a_bound_word_is_quoted_as_printed_in_the_note():
    body = "Sản lượng thủy sản Khoảng 40-45 nghìn tấn; tỷ lệ che phủ rừng xấp xỉ 30%."
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n{body}\n"
    notes = vinhbao.load_report(text).facts["flag_notes"].tolist()
    assert notes == ["printed 'Khoảng 40': about, not an exact figure",
                     "printed 'xấp xỉ 30': about, not an exact figure"]  # fmt: skip


def test_chiem_is_a_share_even_where_a_percentage_would_be_a_rate():
    body = ("Cơ cấu kinh tế: công nghiệp - xây dựng chiếm 62,3%; thương mại - dịch vụ chiếm 28,4%; "
            "nông nghiệp chiếm 9,3%. Hồ sơ nộp trực tuyến chiếm 68,7%.")  # fmt: skip
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n{body}\n"
    kinds = vinhbao.load_report(text).facts.set_index("value")["kind"]
    assert kinds[[62.3, 28.4, 9.3, 68.7]].tolist() == ["share_pct"] * 4


@pytest.mark.parametrize(
    "subject_words",
    ["Tốc độ tăng trưởng kinh tế", "Tốc độ tăng trưởng giá trị sản xuất (giá so sánh 2010)",
     "Tốc độ tăng giá trị sản xuất"],
)  # fmt: skip
def test_a_growth_rate_of_production_names_its_subject(subject_words):
    """'Tốc độ tăng trưởng …' is the growth of an amount (change_pct), not a rate of its own."""
    body = f"{subject_words} ước đạt 12,5%, vượt 1,5 điểm phần trăm so với kế hoạch."
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n{body}\n"
    facts = vinhbao.load_report(text).facts
    got = facts[["subject", "measure", "kind", "base", "value"]].values.tolist()
    assert got == [["total_production_value", "amount", "change_pct", "last_year", 12.5],
                   ["total_production_value", "amount", "change_pp", "plan", 1.5]]  # fmt: skip


def test_the_sectors_named_bare_in_a_sentence_on_the_economys_structure():
    """'nông nghiệp', 'công nghiệp', 'dịch vụ' alone name the three sectors where the sentence
    is on the economy's structure ('cơ cấu'); elsewhere ('đất nông nghiệp') they name none."""
    body = ("Cơ cấu kinh tế: nông nghiệp 9,3% - công nghiệp 62,3% - dịch vụ 28,4%. "
            "Thu hồi 12 ha đất nông nghiệp.\n\nChuyển đổi cơ cấu cây trồng, vốn cho nông nghiệp "
            "đạt 300 tỷ đồng.")  # fmt: skip
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n{body}\n"
    subjects = vinhbao.load_report(text).facts.set_index("value")["subject"]
    assert subjects[[9.3, 62.3, 28.4, 12, 300]].tolist() == [
        "agriculture_fisheries", "industry_construction", "trade_services", "", ""]  # fmt: skip


def test_a_target_in_brackets_after_a_judgement_on_its_base():
    """'chưa đạt kế hoạch (91%)', 'vượt dự toán (450 tỷ đồng)': the bracket holds the target of
    the base judged (before: a share, a level); a marker's base text is kept as printed."""
    body = ("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 90,4%, chưa đạt kế hoạch (91%). "
            "Thu ngân sách nhà nước đạt 500 tỷ đồng, vượt dự toán (450 tỷ đồng). "
            "Tổng vốn đầu tư toàn xã hội đạt 6.150 tỷ đồng "
            "(KH năm: 5.700 - 5.900 tỷ đồng).")  # fmt: skip
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n{body}\n"
    facts = vinhbao.load_report(text).facts
    targets = facts[facts["kind"] == "target"]
    got = targets[["subject", "base", "base_text", "low", "high"]].values.tolist()
    assert got == [["health_insurance", "plan", "kế hoạch", 91, 91],
                   ["state_budget_revenue", "estimate", "dự toán", 450, 450],
                   ["social_investment", "plan", "KH năm", 5700, 5900]]  # fmt: skip


def test_enterprises_in_operation_and_indices_name_their_subjects():
    """'1.250 doanh nghiệp đang hoạt động' are no new enterprises (their unit named only those);
    'Chỉ số …' is an index ('số' alone would make it a count no subject takes)."""
    body = (
        "Toàn huyện có 1.250 doanh nghiệp đang hoạt động; thành lập mới 120 doanh nghiệp. "
        "Chỉ số sản xuất công nghiệp tăng 9,5%. Chỉ số giá tiêu dùng bình quân tăng 3,2%."
    )
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n{body}\n"
    facts = vinhbao.load_report(text).facts.set_index("value")
    assert facts.loc[[1250, 120, 9.5, 3.2], "subject"].tolist() == [
        "enterprises",
        "new_enterprises",
        "industrial_production_index",
        "consumer_price_index",
    ]
    assert facts.loc[[9.5, 3.2], "measure"].tolist() == ["index", "index"]


@pytest.mark.parametrize(
    ("body", "value"),
    [("Thu ngân sách nhà nước đạt 480 tỷ đồng, vượt kế hoạch (106,7%).", 106.7),
     ("Tỷ lệ hộ nghèo giảm còn 2,1%, hoàn thành kế hoạch (100%).", 100)],
)  # fmt: skip
def test_a_share_of_the_plan_reached_in_brackets_after_a_judgement_is_a_ratio(body, value):
    """After a judgement on the plan, a percentage of a figure that is none (money), or one of
    100 % or more, is the share of the plan reached, not its target."""
    text = f"BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2031\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n{body}\n"
    row = vinhbao.load_report(text).facts.iloc[1]
    assert (row["kind"], row["base"], row["value"]) == ("ratio_pct", "plan", value)


@pytest.mark.parametrize(
    ("item", "subject"),
    [("Năng suất lúa bình quân cả năm đạt 12,5 tấn/ha trở lên.", "rice_year_two_crops"),
     ("Năng suất lúa bình quân cả năm đạt 6,4 tấn/ha.", "rice_year")],
)  # fmt: skip
def test_a_target_takes_the_subject_whose_range_holds_it(item, subject):
    """A target's subject is resolved with its bound, as a figure's with its value: a yearly rice
    yield of 12,5 t/ha is the two seasons' yields added, one of 6,4 t/ha is per hectare sown."""
    text = (
        "BÁO CÁO\nKết quả năm 2031, nhiệm vụ năm 2032\n\nI. KẾT QUẢ NĂM 2031\n\n"
        "Sản xuất ổn định.\n\nII. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2032\n\n"
        f"1. {item}\n2. Thu ngân sách đạt 500 tỷ đồng.\n"
    )
    facts = vinhbao.load_report(text).facts
    target = facts[(facts["kind"] == "target") & (facts["unit"] == "t_per_ha")]
    assert target["subject"].tolist() == [subject]
    assert target["period"].tolist() == ["2032"]
