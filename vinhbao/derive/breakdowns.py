"""Checks generated from the shape of the facts, in any report: a total followed by its parts,
shares of one whole printed side by side, a rate stated in two places.

A total whose parts are listed ('691 trường hợp, trong đó: đợt 1: 164; …', '35 đảng viên (A 30,
B 03, C 02)') gives `total = parts` when the list is complete, and `total ≥ parts` when it is
'of which' ('trong đó …': the residual is reported, not a failure). Shares of one whole that
together nearly cover it ('28 (chiếm 80%); 02 (chiếm 5,72%); 05 (chiếm 14,28%)') add to 100.

>>> from vinhbao.rules.checks import Check
>>> _sum_check({"fact_id": "t", "subject": "", "subject_vi": "cây", "source": "p 1"},
...            ["a", "b"], partial=True, printed="12").name
"cây: 12 'of which' parts within the total (p 1)"
"""

from __future__ import annotations

import re

from ..extract.clauses import sentence_start
from ..parse.fold import fold
from ..rules.checks import (
    PARTIAL_LIST_WORDS,
    PARTITIONED_SUBJECTS,
    RESTATING_WORDS,
    SHARES_COVER_WHOLE,
    Check,
)
from .traits import overlapping

_RATE_KINDS = ("change_pct", "ratio_pct", "share_pct", "change_pp")
_TABLES = ("appendix", "targets")
_PARTIAL = tuple(fold(w) for w in PARTIAL_LIST_WORDS)
_RESTATING = tuple(fold(w) for w in RESTATING_WORDS)


def breakdown_checks(rows: list[dict], text: str) -> tuple[Check, ...]:
    """One sum check per total with two or more parts in its own unit; one check per run of
    shares that nearly cover a whole (`rows`: the fact rows, `report.fact_rows`)."""
    by_id = {r["fact_id"]: r for r in rows}
    wholes = {r["parent_id"] for r in rows}
    parts: dict[str, list[dict]] = {}
    for k, r in enumerate(rows):
        total = by_id.get(r["parent_id"])
        if total is None or not _is_part(r, total, r["fact_id"] in wholes):
            continue
        if k and _restates(rows[k - 1], r, text):
            continue  # '91 đơn, bằng 91 vụ việc': the same part counted in another unit
        parts.setdefault(total["fact_id"], []).append(r)
    out = []
    for total_id, listed in parts.items():
        total = by_id[total_id]
        if len(listed) < 2 or total["kind"] != "level" or overlapping(total, listed, text):
            continue  # groups of people named by shareable traits need not add up
        between = fold(text[total["number_end"] : listed[0]["number_start"]])
        partial = any(w in between for w in _PARTIAL)
        printed = text[total["number_start"] : total["number_end"]]
        out.append(_sum_check(total, [p["fact_id"] for p in listed], partial, printed))
    return (*out, *_share_checks(rows, text), *_restated_rates(rows, text))


def _is_part(row: dict, total: dict, has_parts: bool) -> bool:
    """A level of its total's measure (not the denominator of an 'x/y' count), in its unit or,
    for a count, in another count noun unless it is a whole of its own ('1.174 văn bản (171
    Quyết định; 237 Thông báo …)' but not '152 tập thể (…, 02 … và 445 cá nhân (…))')."""
    if row["kind"] != "level" or row["source"] != total["source"]:
        return False
    if row["aspect"].endswith("total") or row["measure"] != total["measure"]:
        return False
    same_unit = row["unit"] == total["unit"] != ""
    return same_unit or (total["measure"] == "count" and not has_parts)


def _restates(before: dict, row: dict, text: str) -> bool:
    """Whether a figure restates the one before it in another unit ('91 đơn, bằng 91 vụ việc')."""
    between = fold(text[before["number_end"] : row["number_start"]])
    return (
        before["value"] == row["value"]
        and before["parent_id"] == row["parent_id"]
        and any(w in between for w in _RESTATING)
        and len(between) < 40
    )


def _sum_check(total: dict, part_ids: list[str], partial: bool, printed: str) -> Check:
    """The check of a total and its parts; `printed`: the total as printed, naming the check."""
    name = check_name(total)
    aspect = f" ({total['aspect']})" if total.get("aspect") else ""
    if partial:
        return Check(
            f"{name}{aspect}: {printed} 'of which' parts within the total ({total['source']})",
            "within",
            f"{{fact:{total['fact_id']}}}", " + ".join(f"{{fact:{p}}}" for p in part_ids),
            "generated: a total and the parts listed 'of which' (trong đó); a residual is "
            "what the list leaves out",
        )  # fmt: skip
    return Check(
        f"{name}{aspect}: parts add to the total ({total['source']})", "sum",
        f"{{fact:{total['fact_id']}}}", " + ".join(f"{{fact:{p}}}" for p in part_ids),
        "generated: a total followed by the list of its parts",
    )  # fmt: skip


def _share_checks(rows: list[dict], text: str) -> list[Check]:
    """Shares in one passage and sentence, each of another aspect, that together nearly cover a
    whole (within SHARES_COVER_WHOLE of 100): the whole's split, adding to 100. A rate of a known
    subject and aspect is a share too ('HTXS 40,5%, HTT 30,2%': rates of one whole's parts);
    a percentage printed right after a share of the same part qualifies it ('HT 27,3% (1,1%)')
    and is no other part."""
    runs: list[list[dict]] = []
    for k, r in enumerate(rows):
        if not _is_share(r):
            continue
        last = runs[-1][-1] if runs else None
        if last is rows[k - 1] and r["aspect"] == last["aspect"] and r["source"] == last["source"]:
            continue  # a qualifier of the share before it
        if last is None or not _same_split(last, r, runs[-1], text):
            runs.append([])
        runs[-1].append(r)
    return [
        adds_to_100(f"{check_name(run[0])}: shares add to 100% ({run[0]['source']})", run,
                    "generated: shares of one whole printed side by side")
        for run in runs if covers_100(run)
    ]  # fmt: skip


def covers_100(shares: list[dict]) -> bool:
    """Two or more shares adding to within SHARES_COVER_WHOLE of 100: one whole's split."""
    return len(shares) >= 2 and abs(sum(x["value"] for x in shares) - 100) <= SHARES_COVER_WHOLE


def adds_to_100(name: str, shares: list[dict], note: str) -> Check:
    """The check that the shares of one whole add to 100 %."""
    return Check(name, "sum", "100", " + ".join(f"{{fact:{x['fact_id']}}}" for x in shares), note)


def _is_share(row: dict) -> bool:
    """A share in %, or the rate of a part of a subject whose parts split one whole
    (`rules.checks.PARTITIONED_SUBJECTS`: a level in % with an aspect)."""
    if row["unit"] != "pct":
        return False
    part_rate = row["kind"] == "level" and row["measure"] == "rate" and row["aspect"] != ""
    return row["kind"] == "share_pct" or (part_rate and row["subject"] in PARTITIONED_SUBJECTS)


def _same_split(last: dict, row: dict, run: list[dict], text: str) -> bool:
    """Whether a share continues a run: same passage and sentence, an aspect not yet listed."""
    return (
        row["source"] == last["source"]
        and row["parent_id"] == last["parent_id"]
        and row["aspect"] not in {x["aspect"] for x in run}
        and sentence_start(text, row["number_start"]) == sentence_start(text, last["number_start"])
    )


def _restated_rates(rows: list[dict], text: str) -> list[Check]:
    """A rate of a known subject (a change, a ratio, a share, or a level in %) printed once in
    each of two or more parts, not all of them tables: each later printing = the first. A rate of
    the plan of no known subject is one rate when it follows the same count of the same noun
    ('12/8 tổ chức công đoàn (150% KH)' … '12 công đoàn cơ sở đạt 150% kế hoạch')."""
    groups: dict[tuple, list[dict]] = {}
    counts: dict[str, dict] = {}  # the last count printed in each part
    for r in rows:
        if r["kind"] == "level" and r["measure"] == "count":
            counts[r["source"]] = r
        count = counts.get(r["source"])
        if count is not None and count["number_start"] < sentence_start(text, r["number_start"]):
            count = None  # a count of another sentence
        key = _rate_key(r, count)
        if key is not None:
            groups.setdefault(key, []).append(r)
    out = []
    for printed in groups.values():
        sources = [r["source"] for r in printed]
        if len(set(sources)) < 2 or len(set(sources)) < len(sources):
            continue  # once only, or twice in one part: not one figure restated
        if all(s.startswith(_TABLES) for s in sources):
            continue
        first = printed[0]
        aspect = f" ({first['aspect']})" if first["aspect"] else ""
        out += [Check(
            f"{check_name(first)}{aspect}: {first['source']} = {r['source']}", "cross",
            f"{{fact:{r['fact_id']}}}", f"{{fact:{first['fact_id']}}}",
            "generated: the same rate of one subject printed in two parts of the report",
        ) for r in printed[1:]]  # fmt: skip
    return out


def _rate_key(row: dict, count: dict | None) -> tuple | None:
    """What a rate is of: its subject, aspect, measure, kind, base and period; for a rate of the
    plan of no known subject, the count it follows in its sentence (its value and noun) instead
    of the subject."""
    rate = row["kind"] in _RATE_KINDS or (row["kind"] == "level" and row["unit"] == "pct")
    if not rate:
        return None
    key = (row["aspect"], row["measure"], row["kind"], row["base"], row["period"])
    if row["subject"]:
        return (row["subject"], *key)
    counted = count is not None and count["unit"] not in ("", "count") and not count["subject"]
    if row["kind"] == "ratio_pct" and row["base"] == "plan" and counted:
        return ("", count["value"], count["unit"], *key)
    return None


def check_name(row: dict) -> str:
    """The subject id, else the subject as printed in whole phrases from its end: its last
    comma's phrase ('kéo dài thời gian giữ chức vụ'), with the phrases before it while it is
    short ('xóa tên, cho ra khỏi Đảng'); a phrase too long ends in its last words after '…'.

    >>> check_name({"subject": "", "subject_vi": "Thực hiện điều động, kéo dài thời gian giữ"})
    'kéo dài thời gian giữ'
    """
    if row["subject"]:
        return row["subject"]
    plain = re.sub(r"[()*“”\"]", " ", row["subject_vi"]).strip(" ,;:.-")
    phrases = [p.split() for p in re.split(r"[,;:]", plain)]
    name = [" ".join(phrases.pop())]
    words = len(name[0].split())
    if words > _NAME_WORDS:
        return "… " + " ".join(name[0].split()[-_NAME_WORDS:])
    while phrases and words < _SHORT_NAME and words + len(phrases[-1]) <= _NAME_WORDS:
        words += len(phrases[-1])
        name.insert(0, " ".join(phrases.pop()))
    return ", ".join(x for x in name if x)


_SHORT_NAME = 5  # a name of fewer words takes the phrase before it too
_NAME_WORDS = 8
