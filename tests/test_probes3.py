"""Probe 3: the bundled report's prose reworded one rule at a time, as another edition would
write the same figures (verbs, bases, clause order, units, number formats, punctuation,
abbreviations), plus two rules that change the figures themselves (every year + 1, a few
figures x 10), whose facts must follow.

Each fact of the reworded report is matched to the original's by the position of its number,
mapped through the substitution (a number inside a replaced span maps to the number of the
same rank in its replacement), and must read the same (subject, measure, kind, base, value,
low, high, unit, bound, period), or the expected transform of it. No number may be
`unaccounted`. Rules vinhbao misreads are `xfail(strict=True)` (see
/work/tools/probe3_findings.md): a fix makes them pass, and then the mark must go.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import pytest

import vinhbao

NUMBER = re.compile(r"\d[\d.,]*\d|\d")
_N = r"\d(?:[\d.,]*\d)?"
_P = rf"({_N} ?%)"
FIELDS = ("subject", "measure", "kind", "base", "value", "low", "high", "unit", "bound", "period")
YEAR = re.compile(r"(?<![\d.,:])(20[0-4]\d)(?!\d|[.,]\d)")


def _shift_year(match: re.Match) -> str:
    return str(int(match.group(1)) + 1)


def _vi(value: Decimal) -> str:
    """A number the Vietnamese way: dots for thousands, a comma for decimals."""
    whole, _, frac = f"{value.normalize():f}".partition(".")
    text = f"{int(whole):,}".replace(",", ".")
    return f"{text},{frac}" if frac else text


def _value(printed: str) -> Decimal:
    return Decimal(printed.replace(".", "").replace(",", "."))


def _times_ten(match: re.Match) -> str:
    """'110.522 tấn' -> '1.105.220 tấn', '53.993,63 tấn' -> '539.936,3 tấn'."""
    return _vi(_value(match.group(1)) * 10) + match.group(2)


def _rescale(unit: str, factor: str) -> Callable[[re.Match], str]:
    """The same quantity in another unit: '110.522 tấn' -> '110,522 nghìn tấn'."""
    return lambda match: f"{_vi(_value(match.group(1)) * Decimal(factor))} {unit}"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    replacement: str | Callable[[re.Match], str]
    change: str = ""  # "" same facts; "year": periods + 1; "x10": values of the touched figures
    whole: bool = False  # reword the appendix too (else only the prose before 'PHỤ LỤC')


RULES = (
    # link verbs
    Rule("dat_to_uoc_dat_money", rf"(?<=[a-zà-ỹ] )đạt (?=(?:{_N}) (?:tỷ|triệu) đồng)", "ước đạt "),
    Rule("dat_to_thuc_hien_duoc", rf"(?<=[a-zà-ỹ] )đạt (?=(?:{_N}) (?:tỷ đồng|tấn))",
         "thực hiện được "),
    Rule("dat_chi_tieu_to_hoan_thanh", rf"\bđạt {_P} chỉ tiêu", r"hoàn thành \1 chỉ tiêu"),
    Rule("uoc_dat_to_bare_uoc", r"\bước đạt(?= \d)", "ước"),
    Rule("uoc_dat_to_du_kien", r"\bước đạt(?= \d)", "dự kiến đạt"),
    Rule("dat_pct_to_dat_ty_le", rf", đạt {_P} so với kế hoạch", r", đạt tỷ lệ \1 so với kế hoạch"),
    # year-on-year bases
    Rule("yoy_so_cung_ky_nam_truoc", r"so với cùng kỳ(?! năm)", "so cùng kỳ năm trước"),
    Rule("yoy_so_voi_nam_2022_all", r"so với cùng kỳ(?! năm)", "so với năm 2022"),
    Rule("yoy_cung_ky_nam_2022", r"so với cùng kỳ(?! năm)", "so với cùng kỳ năm 2022"),
    Rule("yoy_so_cung_ky_to_so_voi_nam_truoc", r"\bso cùng kỳ\b", "so với năm trước"),
    # clause order: the comparator first, set off by commas
    Rule("order_yoy_comma_first", rf", tăng {_P} so với cùng kỳ", r", so với cùng kỳ, tăng \1"),
    Rule("order_plan_comma_first", rf", đạt {_P} so với kế hoạch", r", so với kế hoạch, đạt \1"),
    Rule("order_ratio_comma_first", rf", bằng {_P} so với cùng kỳ", r", so với cùng kỳ, bằng \1"),
    # plan bases and abbreviations
    Rule("plan_chi_tieu_ke_hoach", r"so với kế hoạch\b", "so với chỉ tiêu kế hoạch"),
    Rule("abbr_kh_expand", r"\bKH\b", "kế hoạch"),
    Rule("abbr_pct_ke_hoach_glued", r"(?<=\d)% kế hoạch\b", "%KH"),
    Rule("abbr_nghi_quyet_to_nq", r"\bNghị quyết\b", "NQ"),
    Rule("abbr_nq_expand", r"\bNQ\b(?![/-])", "Nghị quyết"),
    Rule("abbr_ubnd_expand", r"\bUBND\b", "Ủy ban nhân dân"),
    Rule("abbr_ubnd", r"\bỦy ban nhân dân\b", "UBND"),
    Rule("abbr_hdnd_expand", r"\bHĐND\b", "Hội đồng nhân dân"),
    # units
    Rule("unit_ty_vnd", r"(?<=\d )tỷ đồng\b", "tỷ VNĐ"),
    Rule("unit_ti_vnd", r"(?<=\d )tỷ đồng\b", "tỉ VND"),
    Rule("unit_hecta", r"(?<=\d) ha\b", " hecta"),
    Rule("unit_ta_hec_ta", r"(?<=\d) tạ/ha\b", " tạ/héc-ta"),
    Rule("unit_per_head_short", r"triệu đồng/người/năm", "triệu đồng/người"),
    Rule("unit_tons_to_thousand_tons", rf"({_N}\.\d{{3}}(?:,\d+)?) tấn\b",
         _rescale("nghìn tấn", "0.001")),
    Rule("unit_million_to_billion",
         r"(\d{1,3}\.\d{3}(?:\.\d{3})?(?:,\d+)?) triệu đồng\b(?!/)",
         _rescale("tỷ đồng", "0.001")),
    Rule("unit_billion_to_thousand_billion",  # not one end of a range ('5.700 - 5.900 tỷ')
         r"(?<![\d.,] - )(?<![\d.,]-)(?<![\d.,])(\d{1,3}\.\d{3}(?:,\d+)?) tỷ đồng\b",
         _rescale("nghìn tỷ đồng", "0.001")),
    Rule("unit_quintal_to_ton_per_ha", rf"({_N}) tạ/ha\b", _rescale("tấn/ha", "0.1")),
    Rule("unit_rate_change_diem_phan_tram", r"((?:đạt|là) \d+,\d+%, (?:tăng|giảm) \d+,\d+)%",
         r"\1 điểm phần trăm"),
    Rule("abbr_dang_vien", r"(?<=\d )đảng viên\b", "ĐV"),
    Rule("abbr_gcn_expand", r"(?<=\d )GCN\b", "giấy chứng nhận"),
    Rule("abbr_thanh_pho", r"\bthành phố\b", "TP"),
    # links and bases, continued
    Rule("ratio_bang_to_dat_yoy", rf"\bbằng {_P} so (với )?cùng kỳ", r"đạt \1 so \2cùng kỳ"),
    Rule("link_colon_to_la", r"(Tổng số [^:,;.]{3,40}): (?=\d)", r"\1 là "),
    Rule("yoy_cung_thoi_diem", r"so với cùng kỳ(?! năm)", "so với cùng thời điểm năm trước"),
    Rule("uoc_dat_to_uoc_th_ca_nam", r"\bước đạt(?= \d)", "ước thực hiện cả năm đạt"),
    Rule("rate_dat_to_uoc_dat", r"\b([Tt]ỷ lệ [^,;.:()]{3,60}?) đạt(?= \d)", r"\1 ước đạt"),
    Rule("year_in_the_year", r"(?<=\. )Năm 2023, ", "Trong năm 2023, "),
    Rule("unit_kwh", r"(?<=\d )triệu KW\b", "triệu kWh"),
    Rule("plan_de_ra", r"so với kế hoạch\b", "so với kế hoạch đề ra"),
    Rule("plan_huyen_giao", r"(?<=\d)% kế hoạch\b(?! \w+ giao)", "% kế hoạch huyện giao"),
    Rule("plan_with_year", r"so với kế hoạch\b", "so với kế hoạch năm 2023"),
    Rule("yoy_thuc_hien_nam_2022", r"so với cùng kỳ(?! năm)", "so với thực hiện năm 2022"),
    Rule("target_tu_den", rf"\((KH|KH năm:) ({_N}) - ({_N})", r"(\1 từ \2 đến \3"),
    Rule("target_ke_hoach_colon", r"\(KH (?=\d)", "(kế hoạch: "),
    Rule("count_million_visits", r"1\.650\.000 lượt", "1,65 triệu lượt"),
    Rule("clause_va_tang", rf"(so với kế hoạch), (tăng {_P} so với cùng kỳ)", r"\1 và \2"),
    Rule("clause_bracket_tang", rf", (tăng {_P} so với cùng kỳ)(?=[.;])", r" (\1)"),
    # number formats and punctuation
    Rule("num_leading_zero_dropped", r"(?<![\d/.,])0([1-9])(?= [a-zà-ỹđ])", r"\1"),
    Rule("num_thousands_dot",
         r"(?<![\d.,/])([1-9])(\d{3})(?= (?:bài|lượt|hồ sơ|người|hộ|học sinh))",
         r"\1.\2"),
    Rule("num_range_no_spaces", r"(?<=\d) - (?=\d)", "-"),
    Rule("num_range_en_dash", r"(?<=\d) ?- ?(?=\d[\d.,]* ?(?:%|triệu|tỷ))", " – "),
    Rule("punct_comma_to_semicolon", r", (?=(?:tăng|bằng|đạt|giảm) \d)", "; "),
    Rule("punct_semicolon_to_comma", r"; (?=[a-zà-ỹ])", ", "),
    # the figures themselves change
    Rule("year_shift_plus_one", YEAR.pattern, _shift_year, "year"),
    Rule("year_shift_plus_one_with_appendix", YEAR.pattern, _shift_year, "year", whole=True),
    Rule("times_ten_tons", rf"({_N})( tấn\b)(?!/)", _times_ten, "x10"),
    Rule("times_ten_yield_two_crops", rf"({_N})( tấn/ha\b)", _times_ten, "x10"),
    Rule("times_ten_households", rf"(?<=: )({_N})( hộ\b)", _times_ten, "x10"),
    Rule("times_ten_yoy_change", rf"(?<=tăng )({_N})(% so với cùng kỳ)", _times_ten, "x10"),
    Rule("times_ten_million", rf"(?<=[^\d\s-] )({_N})( triệu đồng\b)(?!/)", _times_ten, "x10"),
    Rule("times_ten_billion", rf"(?<=ước đạt )({_N})( tỷ đồng)", _times_ten, "x10"),
)  # fmt: skip


def substitute(text: str, rule: Rule):
    """(reworded text, map of an original number's start to the new one, the original starts of
    numbers inside a replaced span, the replaced spans). Only the prose before 'PHỤ LỤC' is
    reworded unless the rule says `whole`."""
    body, heading, appendix = (text, "", "") if rule.whole else text.partition("\nPHỤ LỤC\n")
    regex = re.compile(rule.pattern)
    out, at, shift = [], 0, 0
    inside: dict[int, int | None] = {}
    spans: list[tuple[int, int, int]] = []  # (orig start, orig end, shift after)
    for match in regex.finditer(body):
        new = match.expand(rule.replacement) if isinstance(rule.replacement, str) else (
            rule.replacement(match))  # fmt: skip
        s, e = match.span()
        old_nums = [m.start() for m in NUMBER.finditer(body, s, e)]
        new_nums = [m.start() for m in NUMBER.finditer(new)]
        new_start = s + shift
        for k, pos in enumerate(old_nums):
            inside[pos] = new_start + new_nums[k] if len(old_nums) == len(new_nums) else None
        out += [body[at:s], new]
        shift += len(new) - (e - s)
        spans.append((s, e, shift))
        at = e
    out.append(body[at:])

    def where(pos: int) -> int | None:
        if pos in inside:
            return inside[pos]
        before = [sh for s, e, sh in spans if e <= pos]
        if any(s <= pos < e for s, e, _ in spans):
            return None
        return pos + (before[-1] if before else 0)

    replaced = [(s, e) for s, e, _ in spans]
    return "".join(out) + heading + appendix, where, set(inside), replaced


def _keyed(facts) -> dict[tuple[int, int], dict]:
    rows: dict[tuple[int, int], dict] = {}
    seen: dict[int, int] = {}
    for row in facts.sort_values("number_start", kind="stable").to_dict("records"):
        pos = int(row["number_start"])
        rank = seen.get(pos, 0)
        seen[pos] = rank + 1
        rows[(pos, rank)] = row
    return rows


def _same(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        try:
            if (a is None or math.isnan(a)) and (b is None or math.isnan(b)):
                return True
            return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
        except TypeError:
            return False
    return a == b


def _expected(row: dict, rule: Rule, touched: bool, reworded: int) -> dict:
    """The fact as the reworded text should give it (`reworded`: where the reworded part ends)."""
    want = {f: row[f] for f in FIELDS}
    if rule.change == "year" and isinstance(want["period"], str) and row["start"] < reworded:
        want["period"] = re.sub(r"\d{4}", lambda m: str(int(m.group(0)) + 1), want["period"])
    if rule.change == "x10" and touched:
        for f in ("value", "low", "high"):
            if isinstance(want[f], float) and not math.isnan(want[f]):
                want[f] = want[f] * 10
    return want


def compare(report: vinhbao.Report, text: str, rule: Rule) -> dict:
    """What the rule did to the facts: touched figures, differences, lost/new, unaccounted."""
    new_text, where, touched, spans = substitute(text, rule)
    other = vinhbao.load_report(new_text)
    mine, theirs = _keyed(report.facts), _keyed(other.facts)
    reworded = len(text) if rule.whole else text.find("\nPHỤ LỤC\n") % (len(text) + 1)
    diffs, lost, matched = [], [], set()
    for (pos, rank), row in mine.items():
        to = where(pos)
        got = theirs.get((to, rank)) if to is not None else None
        want = _expected(row, rule, pos in touched, reworded)
        if got is None:
            lost.append((row["fact_id"], row["quote"], want))
            continue
        matched.add((to, rank))
        changed = {f: (want[f], got[f]) for f in FIELDS if not _same(want[f], got[f])}
        if changed:
            diffs.append((row["fact_id"], row["quote"], got["quote"], changed))
    extra = [(r["fact_id"], r["quote"]) for k, r in theirs.items() if k not in matched]
    unaccounted = other.numbers[other.numbers["kind"] == "unaccounted"]
    facts_touched = sum(
        1 for row in mine.values() if any(s < row["end"] and row["start"] < e for s, e in spans)
    )
    return {
        "count": len(spans),
        "figures_touched": facts_touched,
        "diffs": diffs,
        "lost": lost,
        "extra": extra,
        "unaccounted": list(zip(unaccounted["start"], unaccounted["text"], strict=True))
        if "text" in unaccounted
        else list(unaccounted["start"]),
    }


XFAIL: dict[str, str] = {
    "punct_semicolon_to_comma": "after ';' -> ',' a head of only aspect or unit words goes on "
    "with the figure before a closed bracket ('(đạt 103% …), công nhận đảng viên chính thức cho "
    "145': party_admissions; '(chiếm 5,72%), vi phạm khác 05' takes the list's unit, which the "
    "';' text should too), 'trẻ nhà trẻ' is generic ('nhà', 'trẻ' are unit words) so '46,5%' "
    "goes on with a count, and ', tổng kinh phí đã chi là:' loses tet_gifts (the clause scope "
    "then holds 'cận nghèo'). A closed bracket + comma as a clause end (as grammar._head has "
    "it) breaks sibling lists ('HTXS 48,96% (tăng …), HTT 19,78%')",
}


def _param(rule: Rule):
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[rule.name])] if rule.name in XFAIL else []
    return pytest.param(rule, id=rule.name, marks=marks)


@pytest.mark.parametrize("rule", [_param(rule) for rule in RULES])
def test_reworded_facts_equal_the_originals(report, raw_text, rule):
    result = compare(report, raw_text, rule)
    assert result["count"] >= 1, "the rule finds its phrasing in the bundled report"
    assert result["diffs"] == []
    assert result["lost"] == []
    assert result["extra"] == []
    assert result["unaccounted"] == []
