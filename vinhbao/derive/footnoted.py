"""Checks of a count against the parts its footnote lists, generated in any report.

A body sentence often states a count and cites a footnote that lists it by kind ('… cho 20 đồng
chí cán bộ¹' … '¹ Điều động 05, bổ nhiệm 12, bổ nhiệm lại 03 đồng chí'): the parts add to the
count. The count is the last figure of the citing sentence before the marker that is a count
of its own (not a part or a denominator of another figure, not a change) and no rate or other
figure follows it before the marker (the footnote may detail that one); the parts are the
footnote's figures, when every one of them is a count of that noun (or of none) and at least
two are not parts of another: otherwise the footnote lists something else.
"""

from __future__ import annotations

from ..extract.clauses import sentence_start
from ..parse.fold import fold
from ..rules.checks import PARTIAL_LIST_WORDS, Check
from .breakdowns import check_name
from .traits import overlapping

_PARTIAL = tuple(fold(w) for w in PARTIAL_LIST_WORDS)


def footnote_checks(rows: list[dict], text: str, citations: dict[str, int]) -> tuple[Check, ...]:
    """One check per footnote listing the parts of the count its citing sentence states
    (`rows`: the fact rows, `report.fact_rows`; `citations`: each footnote's source, 'footnote
    6', and where its marker stands in the body)."""
    by_source: dict[str, list[dict]] = {}
    for r in rows:
        by_source.setdefault(r["source"], []).append(r)
    out = []
    for source, marker in citations.items():
        total = _cited_count(rows, text, marker)
        parts = _parts(by_source.get(source, []), total)
        if total is None or len(parts) < 2:
            continue
        if sum(p["value"] for p in parts) > total["value"] and overlapping(total, parts, text):
            continue  # more than the count: traits that may overlap ('nữ 12, đoàn viên 25')
        opening = fold(text[parts[0]["start"] : parts[0]["number_start"]])
        partial = any(w in opening for w in _PARTIAL)
        printed = text[total["number_start"] : total["number_end"]]
        out.append(Check(
            f"{check_name(total)}: {printed} = parts listed in {source} ({total['source']})",
            "within" if partial else "sum", f"{{fact:{total['fact_id']}}}",
            " + ".join(f"{{fact:{p['fact_id']}}}" for p in parts),
            "generated: a count and the parts its footnote lists 'of which' (trong đó)" if partial
            else "generated: a count and the parts listed in the footnote its sentence cites",
        ))  # fmt: skip
    return tuple(out)


def _cited_count(rows: list[dict], text: str, marker: int) -> dict | None:
    """The count a footnote marker follows: the last count of its own ('level', no parent) in
    the sentence before the marker, when only its parts or changes stand between them ('50 mô
    hình, tăng 05 mô hình so với đăng ký đầu năm (45 mô hình)¹'; not '… 80 đơn, đạt 95%¹')."""
    start = sentence_start(text, marker)
    before = [r for r in rows if start <= r["number_start"] < marker
              and not r["source"].startswith("footnote")]  # fmt: skip
    own = [k for k, r in enumerate(before) if r["kind"] == "level" and not r["parent_id"]]
    if not own or before[own[-1]]["measure"] != "count":
        return None
    total = before[own[-1]]
    after = before[own[-1] + 1 :]
    if any(r["parent_id"] != total["fact_id"] and not r["kind"].startswith("change")
           for r in after):  # fmt: skip
        return None
    return total


def _parts(listed: list[dict], total: dict | None) -> list[dict]:
    """The footnote's figures that are not parts of another, if all its figures count the
    total's noun (or none) and none is above the total alone (a running total such as 'nâng
    tổng số đảng viên lên 8.500 đảng viên' is no part of the year's 45).

    >>> row = lambda v: {"measure": "count", "unit": "members", "kind": "level", "value": v,
    ...                  "parent_id": ""}
    >>> [len(_parts([row(20), row(25)], row(45))), len(_parts([row(20), row(600)], row(45)))]
    [2, 0]
    """
    if total is None or not listed:
        return []
    units = {"", total["unit"]}
    counts = all(r["measure"] == "count" and r["unit"] in units for r in listed)
    levels = all(r["kind"] == "level" for r in listed)
    if not (counts and levels) or any(r["value"] > total["value"] for r in listed):
        return []
    return [r for r in listed if not r["parent_id"]]
