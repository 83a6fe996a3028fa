"""Reword the bundled report as another year's edition or another clerk would write it.

Every rule keeps each figure, its noun and its meaning: only the words around the figures change
(the base of a comparison, the link verb, clause order, spelling, synonyms of nouns). A test can
then check that the library reads the same facts from the original and from ``reword(original)``.

Rules are data (the table below, one ``Rule`` each), applied with ``re.sub`` in order, to the
prose only (everything before the line ``PHỤ LỤC``); the appendix table is left byte-identical.
Order matters: a later rule sees the output of the earlier ones, and the lookarounds keep a rule
from undoing an earlier one. The one literal number a rule writes is the year in ``so với năm
2022``: the report year is 2023.

Table format: ``name ¦ pattern ¦ replacement`` on one line, then the note on indented lines;
``#`` lines name the family. In patterns, ``§P`` captures a percent (``14,64%``, ``16,4 %``)
and ``§N`` matches a number without capturing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_N = r"\d(?:[\d.,]*\d)?"
_P = rf"({_N} ?%)"
APPENDIX_HEADING = re.compile(r"(?m)^PHỤ LỤC$")
NUMBER = re.compile(r"\d[\d.,]*\d|\d")

_TABLE = r"""
# (d) clause order, the comparator first: runs first, on the report's own wording
order_yoy_change ¦ (?<=, )tăng §P so với cùng kỳ(?=\.) ¦ so với cùng kỳ tăng \1
    'tăng X% so với cùng kỳ' -> 'so với cùng kỳ tăng X%'; 'so với' stays (a bare
    'cùng kỳ tăng X%' would be last year's growth)
order_yoy_change_short ¦ (?<=, )tăng §P so cùng kỳ(?=,) ¦ so cùng kỳ tăng \1
    the same with the short base 'so cùng kỳ'
order_estimate_ratio ¦ (?<=, )bằng §P so với dự toán(?=\.) ¦ so với dự toán bằng \1
    'bằng X% so với dự toán' -> 'so với dự toán bằng X%'
order_yoy_ratio ¦ (?<=, )bằng §P so với cùng kỳ(?=;) ¦ so với cùng kỳ bằng \1
    'bằng X% so với cùng kỳ' -> 'so với cùng kỳ bằng X%'
# (a) synonyms of the year-on-year base
yoy_drop_nam_truoc ¦ (?<=% )so với cùng kỳ năm trước\b ¦ so với cùng kỳ
    'so với cùng kỳ năm trước' -> 'so với cùng kỳ'
yoy_add_nam_truoc ¦ (?<=% )so với cùng kỳ(?=,) ¦ so với cùng kỳ năm trước
    'so với cùng kỳ' -> 'so với cùng kỳ năm trước' before a comma
yoy_as_year ¦ (?<=% )so với cùng kỳ(?=\. ) ¦ so với năm 2022
    'so với cùng kỳ' -> 'so với năm 2022' (report year 2023) inside a paragraph, not at its
    end, where the seasonal rice footnote would read as the whole year 2022
yoy_short ¦ (?<=% )so với cùng kỳ(?=;) ¦ so cùng kỳ
    'so với cùng kỳ' -> 'so cùng kỳ' before a semicolon
yoy_long ¦ (?<=% )so cùng kỳ(?=\.) ¦ so với cùng kỳ
    'so cùng kỳ' -> 'so với cùng kỳ' before a full stop (yoy_short wrote the ';' ones)
yoy_bare_to_full ¦ (?<=% )với cùng kỳ ¦ so với cùng kỳ
    the bare 'X% với cùng kỳ' -> 'X% so với cùng kỳ'
# (c) link verbs
link_uoc_th_to_dat ¦ \bước thực hiện(?= \d) ¦ ước đạt
    'ước thực hiện N' -> 'ước đạt N' (runs before the rules that write 'ước thực hiện')
link_uoc_dat_to_th ¦ \bước đạt(?= §N tỷ đồng, đạt) ¦ ước thực hiện
    'ước đạt N tỷ đồng, đạt …' -> 'ước thực hiện N tỷ đồng, đạt …'
link_uoc_dat_to_tinh ¦ \bước đạt(?= §N (?:tỷ|triệu) đồng(?:/| \()) ¦ ước tính đạt
    'ước đạt' -> 'ước tính đạt' before a figure followed by its plan or a per-head unit
link_uoc_bracket ¦ \(ước đạt\) ¦ (ước tính)
    '(ước đạt):' -> '(ước tính):'
link_yield_dat_to_la ¦ (năng suất[^,;.:]{0,40}?) đạt(?= §N (?:tạ|tấn)/ha) ¦ \1 là
    'năng suất … đạt N tạ/ha' -> 'năng suất … là N tạ/ha'
link_output_dat_to_colon ¦ \b(sản lượng) đạt(?= §N tấn) ¦ \1:
    'sản lượng đạt N tấn' -> 'sản lượng: N tấn'
link_total_la_to_colon ¦ \b(tổng số (?:giải|trường|tiền)[^,;.:()]{0,30}?) là(?= \d) ¦ \1:
    'tổng số … là N' -> 'tổng số …: N'
link_la_colon ¦ \blà:(?= \d) ¦ là
    'là: N' -> 'là N'
link_rate_dat_to_la ¦ \b([Tt]ỷ lệ [^,;.:()]{3,60}?) đạt(?= §N ?%(?:\.| \()) ¦ \1 là
    'tỷ lệ … đạt X%.' -> 'tỷ lệ … là X%.': a level, no base follows
link_rate_la_to_dat ¦ \b([Tt]ỷ lệ [^,;.:()]{3,60}?) là(?= §N ?%, (?:tăng|giảm)) ¦ \1 đạt
    'tỷ lệ … là X%, tăng/giảm …' -> 'tỷ lệ … đạt X%, …' (other contexts than the rule above)
# (b) plan and estimate bases
plan_pct_to_kh ¦ (?<=\d)% kế hoạch(?= thành phố| vốn|,) ¦ % KH
    'X% kế hoạch' -> 'X% KH'
plan_kh_to_pct ¦ (?<=\d)% KH(?=\)| năm) ¦ % kế hoạch
    'X% KH' -> 'X% kế hoạch' (other contexts than plan_pct_to_kh)
plan_glued_kh ¦ (?<=\d)%KH\b ¦ % KH
    the glued '100%KH' -> '100% KH'
# (e) equivalent comparison verbs: 'tăng X% so với KH' = 'vượt X% KH' = 'đạt 100+X% KH'
plan_excess_verb ¦ \btăng §P so (?:với )?kế hoạch ¦ vượt \1 kế hoạch
    'tăng X% so (với) kế hoạch' -> 'vượt X% kế hoạch'
plan_excess_verb_kh ¦ \btăng §P so KH\b ¦ vượt \1 KH
    'tăng X% so KH' -> 'vượt X% KH'
# (b) continued
plan_so_to_so_voi_kh ¦ (?<=% )so với kế hoạch(?=,) ¦ so với KH
    'so với kế hoạch' -> 'so với KH' before a comma
plan_so_kh_to_so_voi ¦ (?<=% )so KH(?=,) ¦ so với KH
    'so KH' -> 'so với KH'
plan_short_to_long ¦ ((?:bằng|đạt) §P) so kế hoạch ¦ \1 so với kế hoạch
    'so kế hoạch' -> 'so với kế hoạch' after 'bằng/đạt X%'
plan_long_to_short ¦ (đạt tỷ lệ §P) so với kế hoạch ¦ \1 so kế hoạch
    'so với kế hoạch' -> 'so kế hoạch' after 'đạt tỷ lệ X%'
estimate_short ¦ (?<=% )so với dự toán\b ¦ so dự toán
    'so với dự toán' -> 'so dự toán'
estimate_long ¦ (?<=% )dự toán\b ¦ so với dự toán
    'X% dự toán' -> 'X% so với dự toán' (after estimate_short, so it cannot undo it)
# (e) 'bằng X%' <-> 'đạt X%' before a plan, estimate or last-year base: both are ratios
ratio_bang_to_dat_plan ¦ \bbằng §P (so với kế hoạch) ¦ đạt \1 \2
    'bằng X% so với kế hoạch' -> 'đạt X% so với kế hoạch'
ratio_dat_to_bang_plan ¦ (?<=, )đạt §P (so với KH,) ¦ bằng \1 \2
    ', đạt X% so với KH,' -> ', bằng X% so với KH,'
ratio_dat_to_bang_estimate ¦ (?<=, )đạt §P (so với dự toán) ¦ bằng \1 \2
    ', đạt X% so với dự toán' -> ', bằng X% so với dự toán'
ratio_bang_to_dat_year ¦ \bbằng §P (so với năm \d{4}) ¦ đạt \1 \2
    'bằng X% so với năm Y' -> 'đạt X% so với năm Y'
# (g) synonyms of nouns and states
noun_overdue ¦ \bquá hạn(?= \d) ¦ trễ hạn
    'quá hạn N hồ sơ' -> 'trễ hạn N hồ sơ'
noun_received ¦ \btiếp nhận(?= \d| và chỉ đạo) ¦ nhận
    'tiếp nhận N' -> 'nhận N': the verb before a count, not the noun 'công tác tiếp nhận'
noun_state_budget ¦ \bTổng thu ngân sách nhà nước\b ¦ Tổng thu NSNN
    'Tổng thu ngân sách nhà nước' -> 'Tổng thu NSNN'
noun_on_time ¦ \bgiải quyết đúng hạn\b ¦ giải quyết đúng và trước hạn
    'giải quyết đúng hạn' -> 'giải quyết đúng và trước hạn' (the usual one-stop wording)
noun_sown_area ¦ \b([Dd]iện tích) gieo cấy\b ¦ \1 gieo trồng
    'diện tích gieo cấy' -> 'diện tích gieo trồng'
# (f) spellings and unit variants: last, so that the rules above see the report's spelling
unit_ty_dong ¦ \btỷ đồng\b ¦ tỉ đồng
    'tỷ đồng' -> 'tỉ đồng'
spell_ty_le ¦ \b([Tt])ỷ lệ\b ¦ \1ỉ lệ
    'tỷ lệ' -> 'tỉ lệ'
spell_thuy ¦ \b([Tt])hủy(?= (?:sản|lợi)\b) ¦ \1huỷ
    'thủy sản/lợi' -> 'thuỷ sản/lợi' (not the place name 'Thắng Thủy')
spell_hoa ¦ (?<![Ss]ông )hóa\b ¦ hoá
    'hóa' -> 'hoá' (văn hoá, hàng hoá, khoá …; not the river name 'sông Hóa')
spell_cung_ki ¦ (?<=so với )cùng kỳ(?=[,;.]| năm trước) ¦ cùng kì
    'cùng kỳ' -> 'cùng kì' after 'so với'
unit_ha_spaced ¦ (\d)ha\b ¦ \1 ha
    the glued '1.450ha' -> '1.450 ha'
unit_ha_words ¦ (?<=\d )ha(?=, (?:bằng|đạt|tăng)) ¦ héc ta
    'N ha, bằng/đạt/tăng …' -> 'N héc ta, …' (three rice areas; never 'tạ/ha')
unit_trieu_short ¦ (?<=\d )triệu đồng(?=/người/năm|, (?:tăng|bằng|đạt)) ¦ tr.đồng
    'triệu đồng' -> 'tr.đồng' only where '/người/năm' or a comparison follows
"""


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    replacement: str
    note: str


def _parse(table: str) -> tuple[Rule, ...]:
    rows: list[list[str]] = []
    for line in table.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(" "):
            rows[-1][3] = f"{rows[-1][3]} {line.strip()}".strip()
            continue
        name, pattern, replacement = line.split(" ¦ ")
        rows.append([name, pattern.replace("§P", _P).replace("§N", _N), replacement, ""])
    return tuple(Rule(*row) for row in rows)


RULES: tuple[Rule, ...] = _parse(_TABLE)
_COMPILED = tuple((rule, re.compile(rule.pattern)) for rule in RULES)


def split_appendix(text: str) -> tuple[str, str]:
    """The prose before the line 'PHỤ LỤC', and the appendix from that line on."""
    match = APPENDIX_HEADING.search(text)
    return (text, "") if match is None else (text[: match.start()], text[match.start() :])


def _apply(text: str) -> tuple[str, dict[str, int]]:
    prose, appendix = split_appendix(text)
    counts: dict[str, int] = {}
    for rule, regex in _COMPILED:
        prose, counts[rule.name] = regex.subn(rule.replacement, prose)
    return prose + appendix, counts


def reword(text: str) -> str:
    """The text with every rule applied, in order, to the prose; the appendix untouched."""
    return _apply(text)[0]


def applied(text: str) -> dict[str, int]:
    """How many times each rule fired on the text (each on the output of the ones before)."""
    return _apply(text)[1]


def literal_numbers(rule: Rule) -> list[str]:
    """Numbers a rule writes itself (in its replacement, back-references removed)."""
    return NUMBER.findall(re.sub(r"\\(?:\d+|g<\w+>)", "", rule.replacement))
