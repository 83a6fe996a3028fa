"""Probe round 8: targets written in ways no earlier round holds. The next year's targets as
running prose, no list ('Năm <next year>, phấn đấu … tăng 10 - 11%, … đạt 520 tỷ đồng trở lên,
…'); numbered items holding several targets separated by ';' and ','; this year's targets in
brackets beside its figures in forms not yet probed ('(KH giao: 4.200 tỷ đồng)', '(NQ đề ra ≥
85%)', '(kế hoạch năm là 350 lao động)', '(KH: giảm 0,5%)'); targets with words of time
('đến cuối năm <next year>', 'bình quân giai đoạn 2031-2035', 'đến năm 2035'). Invented district
(Đông Sơn) and figures.

Each probe asserts what a careful analyst reads there. Probes vinhbao does not read right yet
are marked `xfail(strict=True)` with what is misread: a fix makes them pass, and then the mark
must go.
"""

# The probes are whole Vietnamese passages, kept on one line each where a break would hide them.
# ruff: noqa: E501

from __future__ import annotations

import pytest
from probe_helpers import F as figure
from probe_helpers import assert_interval, check_figure, no_unaccounted, xfail

import vinhbao

N = None
PCT, PP = "pct", "pp"

HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG SƠN\nSố: 211/BC-UBND\nĐông Sơn, ngày 12 tháng 12 năm 2030\n\n"
    "BÁO CÁO\nTình hình kinh tế - xã hội năm 2030; phương hướng, nhiệm vụ năm 2031\n\n"
    "Phần thứ nhất\nKẾT QUẢ NĂM 2030\n\nI. Kinh tế\n\nGiá trị sản xuất tăng 7,4% so với cùng kỳ.\n\n"
    "Phần thứ hai\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2031\n\n"
)
TAIL = "\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\nTập trung lãnh đạo.\n"


def load(part_two: str) -> vinhbao.Report:
    return vinhbao.load_report(HEAD + part_two + TAIL)


def assert_rows(report, rows, period: str = "2031") -> None:
    """The report's targets are `rows`, in order: (code, low, high, low_inclusive,
    high_inclusive, kind, unit[, subject]); each with its fact (kind 'target', base 'plan')."""
    t = report.targets
    assert t["code"].tolist() == [r[0] for r in rows], t[["code", "target_text", "low", "high"]]
    facts = report.facts
    for (_, row), (_code, low, high, low_inc, high_inc, kind, unit, *subject) in zip(
        t.iterrows(), rows, strict=True
    ):
        assert_interval(row, low, high, low_inc, high_inc)
        assert (row["kind"], row["unit"], row["period"]) == (kind, unit, period), row.to_dict()
        fact = facts[facts["number_start"] >= row["target_start"]].iloc[0]  # past its bound word
        assert (fact["kind"], fact["base"], fact["period"]) == ("target", "plan", period)
        assert fact["source"] == f"targets ({row['code'].split('.')[0]})"
        if subject:
            assert fact["subject"] == subject[0], (fact["subject"], fact["quote"])
    assert no_unaccounted(report)


# ---------------------------------------------------------------------------------------------
# 1. The next year's targets as running prose: the paragraph is the list's one item.
# ---------------------------------------------------------------------------------------------
P = pytest.param
PROSE = [
    P("Năm 2031, phấn đấu tổng giá trị sản xuất tăng 10 - 11%, thu ngân sách trên địa bàn đạt 520 tỷ đồng trở lên, tỷ lệ hộ nghèo giảm còn dưới 1%.",
      [("1", 10, 11, True, True, "change_pct", PCT, "total_production_value"),
       ("1.b", 520, N, True, N, "level", "billion_vnd", "district_budget_revenue"),
       ("1.c", N, 1, N, False, "level", PCT, "poverty_rate")], id="nam_phan_dau_commas"),
    P("I. MỤC TIÊU\n\nNăm 2031, phấn đấu tổng giá trị sản xuất tăng 10 - 11%, thu ngân sách trên địa bàn đạt 520 tỷ đồng trở lên, tỷ lệ hộ nghèo giảm còn dưới 1%.",
      [("1", 10, 11, True, True, "change_pct", PCT),
       ("1.b", 520, N, True, N, "level", "billion_vnd"),
       ("1.c", N, 1, N, False, "level", PCT)], id="under_a_heading_muc_tieu"),
    P("Phấn đấu năm 2031: giá trị sản xuất nông nghiệp tăng 3%; tổng vốn đầu tư toàn xã hội đạt 4.800 tỷ đồng; giải quyết việc làm cho 2.500 lao động trở lên.",
      [("1", 3, 3, True, True, "change_pct", PCT, "agriculture"),
       ("1.b", 4800, 4800, True, True, "level", "billion_vnd", "social_investment"),
       ("1.c", 2500, N, True, N, "level", "workers", "new_jobs")], id="phan_dau_nam_semicolons"),
    P("Năm 2031, huyện phấn đấu thu nhập bình quân đầu người đạt 82 triệu đồng, tỷ lệ hộ nghèo giảm 0,3%.",
      [("1", 82, 82, True, True, "level", "million_vnd_per_person_year", "income_per_head"),
       ("1.b", -0.3, -0.3, True, True, "change_pp", PP, "poverty_rate")], id="huyen_phan_dau_rate_change_in_points"),
    P("Mục tiêu năm 2031: tỷ lệ lao động qua đào tạo đạt 78%, tỷ lệ tham gia bảo hiểm y tế đạt trên 95%.",
      [("1", 78, 78, True, True, "level", PCT, "trained_workers"),
       ("1.b", 95, N, False, N, "level", PCT, "health_insurance")], id="muc_tieu_nam_colon"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rows"), PROSE)
def test_prose_targets_are_the_target_list(text, rows):
    r = load(text)
    assert_rows(r, rows)
    assert r.issues.query("part == 'targets' and found == 'no target list'").empty


def test_prose_without_a_strive_word_is_no_target_list():
    """'Năm 2031, tiếp tục đẩy mạnh …': tasks, not a statement of targets."""
    r = load(
        "Năm 2031, tiếp tục đẩy mạnh phát triển kinh tế, giữ vững 15 xã đạt chuẩn nông thôn mới."
    )
    assert r.targets.empty
    assert not r.issues.query("part == 'targets' and found == 'no target list'").empty


def test_a_list_wins_over_a_prose_paragraph():
    """With a list under a target heading, a prose paragraph before it stays prose."""
    r = load(
        "Năm 2031, phấn đấu tổng giá trị sản xuất tăng 10 - 11%.\n\nI. CÁC CHỈ TIÊU CHỦ YẾU\n\n"
        "1. Thu ngân sách trên địa bàn đạt 520 tỷ đồng.\n2. Tỷ lệ hộ nghèo giảm còn dưới 1%."
    )
    assert r.targets["code"].tolist() == ["1", "2"]
    prose = r.facts[r.facts["quote"].str.contains("10 - 11")]
    assert prose["source"].str.startswith("body").all()


def test_prose_targets_of_a_resolution_on_the_next_year():
    """A resolution on the next year only: its prose paragraph of targets is the list."""
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nHUYỆN ĐÔNG SƠN\nSố: 45/NQ-HĐND\nĐông Sơn, ngày 15 tháng 12 năm 2030\n\n"
        "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2031\n\nQUYẾT NGHỊ:\n\n"
        "Điều 1. Năm 2031, phấn đấu tổng giá trị sản xuất tăng 10 - 11%, thu ngân sách trên địa bàn đạt 520 tỷ đồng trở lên.\n\n"
        "Điều 2. Giao Ủy ban nhân dân huyện tổ chức thực hiện.\n"
    )
    r = vinhbao.load_report(text)
    t = r.targets
    assert t["low"].tolist() == [10, 520], t[["code", "target_text", "low", "high"]]
    assert t["period"].eq("2031").all()
    assert no_unaccounted(r), r.numbers[r.numbers["kind"] == "unaccounted"]


# ---------------------------------------------------------------------------------------------
# 2. Numbered items holding several targets separated by ';' and ','.
# ---------------------------------------------------------------------------------------------
MULTI = (
    "I. CÁC CHỈ TIÊU CHỦ YẾU\n\n"
    "1. Về kinh tế: tổng giá trị sản xuất tăng 10 - 11%; thu ngân sách trên địa bàn đạt 520 tỷ đồng trở lên, tổng vốn đầu tư toàn xã hội đạt 4.800 tỷ đồng.\n"
    "2. Về xã hội: tỷ lệ hộ nghèo giảm còn dưới 1%; giải quyết việc làm cho 2.500 lao động, tỷ lệ lao động qua đào tạo đạt 75%.\n"
    "3. Về môi trường: tỷ lệ thu gom rác thải đạt 98%; 100% dân số được sử dụng nước sạch.\n"
    "4. Tỷ lệ hộ nghèo giảm còn dưới 1%, hộ cận nghèo giảm còn 2,5%; tỷ lệ tham gia bảo hiểm y tế đạt 95% trở lên.\n"
    "5. Tổng giá trị sản xuất tăng 10%, trong đó nông nghiệp tăng 3%, công nghiệp - xây dựng tăng 14%."
)
MULTI_ROWS = {
    "1": [("1", 10, 11, True, True, "change_pct", PCT, "total_production_value"),
          ("1.b", 520, N, True, N, "level", "billion_vnd", "district_budget_revenue"),
          ("1.c", 4800, 4800, True, True, "level", "billion_vnd", "social_investment")],
    "2": [("2", N, 1, N, False, "level", PCT, "poverty_rate"),
          ("2.b", 2500, 2500, True, True, "level", "workers", "new_jobs"),
          ("2.c", 75, 75, True, True, "level", PCT, "trained_workers")],
    "3": [("3", 98, 98, True, True, "level", PCT, "waste_collection"),
          ("3.b", 100, 100, True, True, "level", PCT, "clean_water")],
    "4": [("4", N, 1, N, False, "level", PCT, "poverty_rate"),
          ("4.b", 2.5, 2.5, True, True, "level", PCT, "near_poverty_rate"),
          ("4.c", 95, N, True, N, "level", PCT, "health_insurance")],
    "5": [("5", 10, 10, True, True, "change_pct", PCT, "total_production_value"),
          ("5.b", 3, 3, True, True, "change_pct", PCT, "agriculture"),
          ("5.c", 14, 14, True, True, "change_pct", PCT, "industry_construction")],
}  # fmt: skip
MULTI_FAIL = {
    "5": "a sector named bare after 'trong đó' ('trong đó nông nghiệp tăng 3%') under the total "
    "production value takes no subject: 'nông nghiệp' alone is no phrase of the lexicon"
}


@pytest.fixture(scope="module")
def multi():
    return load(MULTI)


@pytest.mark.parametrize(
    "item",
    [
        P(k, id=f"item_{k}", marks=xfail(MULTI_FAIL[k]) if k in MULTI_FAIL else ())
        for k in MULTI_ROWS
    ],
)
def test_item_with_several_targets(multi, item):
    t = multi.targets
    got = t[t["code"].str.split(".").str[0] == item]
    rows = MULTI_ROWS[item]
    assert got["code"].tolist() == [r[0] for r in rows], got[["code", "target_text"]]
    facts = multi.facts
    for (_, row), (_c, low, high, li, hi, kind, unit, subject) in zip(
        got.iterrows(), rows, strict=True
    ):
        assert_interval(row, low, high, li, hi)
        assert (row["kind"], row["unit"], row["period"]) == (kind, unit, "2031")
        fact = facts[facts["number_start"] >= row["target_start"]].iloc[0]
        assert fact["subject"] == subject, (fact["subject"], fact["quote"])


def test_items_with_several_targets_read_every_number(multi):
    assert no_unaccounted(multi)
    assert multi.issues.query("part == 'targets'").empty, multi.issues


# ---------------------------------------------------------------------------------------------
# 3. This year's targets in brackets beside its figures: one figure marked ⟦…⟧ per passage.
# ---------------------------------------------------------------------------------------------
BODY = "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2030\n\nI. KẾT QUẢ\n\n1. Kinh tế\n\n"


def F(pid, body, fail=None, **expected):
    """A figure probe of a target of the year's plan (`probe_helpers.F`)."""
    return figure(
        pid, body, fail, **expected | {"kind": "target", "base": "plan", "period": "2030"}
    )


BRACKETS = [
    F("chi_tieu_pct", "Tỷ lệ thu gom rác thải đạt 96,2% (chỉ tiêu ⟦95⟧%).",
      value=95, low=95, high=95, unit=PCT, subject="waste_collection"),
    F("nghi_quyet_colon_range", "Tốc độ tăng giá trị sản xuất đạt 12,6% (Nghị quyết: ⟦12⟧ - 13%).",
      low=12, high=13, unit=PCT, subject="total_production_value"),
    F("kh_giao_colon", "Tổng vốn đầu tư toàn xã hội đạt 4.350 tỷ đồng (KH giao: ⟦4.200⟧ tỷ đồng).",
      value=4200, low=4200, high=4200, unit="billion_vnd", subject="social_investment"),
    F("kh_huyen_giao", "Thu ngân sách trên địa bàn đạt 612 tỷ đồng (KH huyện giao ⟦600⟧ tỷ đồng).",
      value=600, unit="billion_vnd", subject="district_budget_revenue"),
    F("chi_tieu_tinh_giao_colon", "Tỷ lệ tham gia bảo hiểm y tế đạt 94,1% (chỉ tiêu tỉnh giao: ⟦95⟧%).",
      value=95, unit=PCT, subject="health_insurance"),
    F("muc_tieu_colon_tren", "Tỷ lệ lao động qua đào tạo đạt 91,4% (mục tiêu: trên ⟦90⟧%).",
      low=90, high=None, bound=">", unit=PCT, subject="trained_workers"),
    F("ke_hoach_nam_la", "Xuất khẩu lao động được 362 người (kế hoạch năm là ⟦350⟧ lao động).",
      value=350, subject="labour_export"),
    F("ke_hoach_de_ra_la", "Tỷ lệ đô thị hóa đạt 41% (kế hoạch đề ra là ⟦40⟧%).",
      value=40, unit=PCT, subject="urbanisation_rate"),
    F("nq_de_ra_ge", "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa 87,3% (NQ đề ra ≥ ⟦85⟧%).",
      low=85, high=None, bound=">=", unit=PCT),
    F("nq_le", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi 8,9% (NQ ≤ ⟦9⟧%).",
      low=None, high=9, bound="<=", unit=PCT, subject="stunting"),
    F("kh_colon_giam_rate", "Tỷ lệ hộ nghèo còn 1,12%, giảm 0,52% (KH: giảm ⟦0,5⟧%).",
      value=-0.5, low=-0.5, high=-0.5, unit=PP, subject="poverty_rate"),
    F("kh_colon_giam_money", "Chi thường xuyên 412 tỷ đồng, giảm 3,2% so với cùng kỳ (KH: giảm ⟦2⟧%).",
      value=-2, unit=PCT),
    F("nq_colon_giam_con_duoi", "Tỷ lệ hộ nghèo còn 0,92% (NQ: giảm còn dưới ⟦1⟧%).",
      low=None, high=1, unit=PCT, subject="poverty_rate"),
    F("chi_tieu_colon_tro_len", "Tỷ lệ thu gom rác thải đạt 96,2% (chỉ tiêu: ⟦95⟧% trở lên).",
      low=95, high=None, unit=PCT, subject="waste_collection"),
    F("chi_tieu_count_then_ratio", "Giải quyết việc làm cho 2.650 lao động (chỉ tiêu ⟦2.500⟧ lao động), đạt 106% kế hoạch.",
      value=2500, unit="workers", subject="new_jobs"),
    F("kh_nam_money_per_head", "Thu nhập bình quân đầu người đạt 78 triệu đồng (KH năm: ⟦76⟧ triệu đồng).",
      value=76, unit="million_vnd_per_person_year", subject="income_per_head"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), BRACKETS)
def test_bracketed_target(body, expected):
    check_figure(BODY, body, expected)


@pytest.mark.parametrize(
    "body",
    [P("Tổng vốn đầu tư toàn xã hội đạt ⟦4.350⟧ tỷ đồng (KH giao: 4.200 tỷ đồng).", id="kh_giao"),
     P("Tỷ lệ đô thị hóa đạt ⟦41⟧% (kế hoạch đề ra là 40%).", id="ke_hoach_de_ra_la")],
)  # fmt: skip
def test_the_figure_before_a_bracketed_target_stays_a_level(body):
    check_figure(BODY, body, {"kind": "level", "base": "", "period": "2030"})


# ---------------------------------------------------------------------------------------------
# 4. Targets with words of time.
# ---------------------------------------------------------------------------------------------
TIMED = (
    "I. CÁC CHỈ TIÊU CHỦ YẾU\n\n"
    "1. Đến cuối năm 2031, tỷ lệ hộ nghèo giảm còn dưới 1%.\n"
    "2. Trong năm 2031, giải quyết việc làm cho 2.500 lao động.\n"
    "3. Tốc độ tăng giá trị sản xuất bình quân giai đoạn 2031-2035 đạt 10%/năm.\n"
    "4. Tỷ lệ đô thị hóa đến năm 2035 đạt 45%.\n"
    "5. Thu ngân sách trên địa bàn trong năm 2031 đạt 520 tỷ đồng.\n"
    "6. Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030: đạt 100%.\n"
    "7. Thu nhập bình quân đầu người tăng bình quân giai đoạn 2031 - 2035 từ 8% trở lên."
)
TIMED_ROWS = [
    ("1", N, 1, N, False, "level", PCT, "2031", "poverty_rate"),
    ("2", 2500, 2500, True, True, "level", "workers", "2031", "new_jobs"),
    ("3", 10, 10, True, True, "change_pct", PCT, "2031-2035", "total_production_value"),
    ("4", 45, 45, True, True, "level", PCT, "2035", "urbanisation_rate"),
    ("5", 520, 520, True, True, "level", "billion_vnd", "2031", "district_budget_revenue"),
    ("6", 100, 100, True, True, "level", PCT, "2031", ""),
    ("7", 8, N, True, N, "change_pct", PCT, "2031-2035", "income_per_head"),
]  # fmt: skip


@pytest.fixture(scope="module")
def timed():
    return load(TIMED)


@pytest.mark.parametrize("row", [P(r, id=f"{r[0]}-{r[7]}") for r in TIMED_ROWS])
def test_words_of_time_give_the_period(timed, row):
    code, low, high, li, hi, kind, unit, period, subject = row
    t = timed.targets
    got = t[t["code"] == code]
    assert len(got) == 1, t[["code", "target_text"]]
    got = got.iloc[0]
    assert_interval(got, low, high, li, hi)
    assert (got["kind"], got["unit"], got["period"]) == (kind, unit, period), got.to_dict()
    fact = timed.facts[timed.facts["number_start"] >= got["target_start"]].iloc[0]
    assert (fact["kind"], fact["base"], fact["period"]) == ("target", "plan", period)
    if subject:
        assert fact["subject"] == subject, (fact["subject"], fact["quote"])


def test_timed_targets_validate(timed):
    timed.validate()
    assert no_unaccounted(timed)
