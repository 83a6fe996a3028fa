"""More checks generated from the shape of the facts, in any report, where the grammar leaves a
relation unlinked:

- rates of one whole named by grades side by side ('Học lực Khá, Giỏi đạt 72,4%, Trung bình,
  yếu, kém: 27,6%'), adding to within SHARES_COVER_WHOLE of 100: they add to 100 (`sum`);
- a count, 'trong đó', then counts of its noun, subject and aspect with no whole of their own
  ('12 kỳ họp trong đó 07 kỳ họp chuyên đề và 04 kỳ họp thường lệ'): parts within the total;
- a count, its change and the base it is on ('190 mô hình, tăng 20 mô hình so với đăng ký đầu
  năm (170 mô hình)'): the count = base + change (`sum`);
- a target of one subject printed in the body and again in the plan table: the same ends
  (`cross`);
- target ranges of the shares of one whole ('Nông nghiệp 15% - 16%; Công nghiệp 50% - 52%;
  Dịch vụ 33% - 34%'): 100 lies between the lows' and the highs' sums (`sum` over `^range`).

>>> _grade_label("Học lực Khá, Giỏi đạt")
('khá', 'giỏi')
>>> _grade_label("Tỷ lệ tốt nghiệp đạt") is None
True
"""

from __future__ import annotations

import math
import re

from ..extract.clauses import sentence_start
from ..parse.fold import fold
from ..rules.checks import (
    GRADE_CRITERIA,
    GRADE_LINK_WORDS,
    GRADE_WORDS,
    PARTIAL_LIST_WORDS,
    PARTITIONED_SUBJECTS,
    SHARES_COVER_WHOLE,
    Check,
)
from .breakdowns import adds_to_100, check_name, covers_100
from .traits import overlapping

_GRADES = frozenset(fold(w) for w in GRADE_WORDS)
_CRITERIA = tuple(fold(w) + " " for w in GRADE_CRITERIA)
_LINKS = tuple(" " + fold(w) for w in GRADE_LINK_WORDS)
_PARTIAL = tuple(fold(w) for w in PARTIAL_LIST_WORDS)
_CLAUSE_END = re.compile(r"[;.]")


def split_checks(rows: list[dict], text: str) -> tuple[Check, ...]:
    """Graded shares, 'of which' counts, changes on a printed base and targets restated
    (`rows`: the fact rows, `report.fact_rows`)."""
    return (
        *_graded_checks(rows, text), *_of_which_checks(rows, text), *_change_checks(rows, text),
        *_target_checks(rows), *_target_share_checks(rows),
    )  # fmt: skip


# --- rates named by grades ----------------------------------------------------------------


def _grade_label(words: str) -> tuple[str, ...] | None:
    """The grades a label names ('Hạnh kiểm Tốt, Khá đạt' -> ('tốt', 'khá')), a criterion
    before them and a link word after them left out; None when a word is no grade."""
    label = fold(words).strip(" :,*%")
    for criterion in _CRITERIA:
        if label.startswith(criterion):
            label = label[len(criterion) :]
            break
    grades = _grades(label)
    for link in _LINKS:
        if grades is None and label.endswith(link):
            grades = _grades(label[: -len(link)])
    return grades


def _grades(label: str) -> tuple[str, ...] | None:
    grades = tuple(g.strip() for g in label.split(","))
    return grades if all(g in _GRADES for g in grades) else None


def _graded_checks(rows: list[dict], text: str) -> list[Check]:
    """Runs of rates (levels in %) of no subject (or of a partitioned subject, no aspect), each
    named by grades only, in one clause of one
    sentence, each naming other grades, that together nearly cover a whole: they add to 100. A
    criterion named before the grades ('Học lực …') starts a new run."""
    runs: list[list[dict]] = []
    end = 0
    for r in rows:
        known = not r["subject"] or (r["subject"] in PARTITIONED_SUBJECTS and not r["aspect"])
        graded = r["kind"] == "level" and r["unit"] == "pct" and known
        start = sentence_start(text, r["number_start"])
        if start <= end <= r["number_start"]:
            start = end  # after the figure before it in the sentence
        end = r["number_end"]
        before = text[start : r["number_start"]].rstrip(" :")
        cut = max(before.rfind(":"), before.rfind(";"))
        label = _grade_label(before[cut + 1 :]) if graded else None
        printed = before[cut + 1 :].strip(" :,*%")
        if label is None:
            runs.append([])
            continue
        run = runs[-1] if runs else []
        restart = cut >= 0 or fold(before[cut + 1 :]).strip(" ,").startswith(_CRITERIA)
        seen = {g for x in run for g in x["grades"]}
        if not run or restart or seen & set(label) or run[-1]["row"]["source"] != r["source"]:
            runs.append(run := [])
        run.append({"row": r, "grades": label, "printed": printed})
    out = []
    for run in runs:
        shares = [x["row"] for x in run]
        if covers_100(shares):
            names = " / ".join(x["printed"] for x in run)
            out.append(adds_to_100(
                f"{names}: graded shares add to 100% ({shares[0]['source']})", shares,
                "generated: rates named by grades side by side, the split of one whole",
            ))  # fmt: skip
    return out


# --- counts listed 'of which' -----------------------------------------------------------------


def _of_which_checks(rows: list[dict], text: str) -> list[Check]:
    """A count of its own (no whole, no parts) followed by 'trong đó' and two or more counts of
    its unit, subject and aspect, each of no whole, up to the end of the clause: the parts stay
    within the total."""
    wholes = {r["parent_id"] for r in rows if r["parent_id"]}
    out = []
    for k, total in enumerate(rows):
        if not _own_count(total, wholes):
            continue
        parts = []
        for r in rows[k + 1 :]:
            gap = text[(parts[-1] if parts else total)["number_end"] : r["number_start"]]
            if r["source"] != total["source"] or _CLAUSE_END.search(gap):
                break
            if not parts and not any(w in fold(gap) for w in _PARTIAL):
                break
            same = all(r[c] == total[c] for c in ("unit", "subject", "aspect"))
            if not (same and _own_count(r, wholes)):
                break
            parts.append(r)
        if len(parts) >= 2 and not overlapping(total, parts, text):
            out.append(Check(
                f"{check_name(total)}: {text[total['number_start'] : total['number_end']]} "
                f"'of which' parts within the total ({total['source']})", "within",
                f"{{fact:{total['fact_id']}}}",
                " + ".join(f"{{fact:{p['fact_id']}}}" for p in parts),
                "generated: a count and the counts of its noun listed after 'trong đó'",
            ))  # fmt: skip
    return out


def _own_count(row: dict, wholes: set[str]) -> bool:
    return (
        row["kind"] == "level" and row["measure"] == "count" and row["unit"] not in ("", "count")
        and not row["parent_id"] and row["fact_id"] not in wholes
        and not row["source"].startswith(("appendix", "targets"))
    )  # fmt: skip


# --- a change on a printed base ---------------------------------------------------------------


def _change_checks(rows: list[dict], text: str) -> list[Check]:
    """A level, then its absolute change, then, in the same sentence, the base the change is on
    (a level of the same subject, aspect and unit: of the year before, for a change on last
    year, or of the level's period printed in brackets after the change): level = base +
    change."""
    out = []
    for level, change, base in zip(rows, rows[1:], rows[2:], strict=False):
        if level["kind"] != "level" or change["kind"] != "change_abs" or base["kind"] != "level":
            continue
        trio = (level, change, base)
        if any(r[c] != level[c] for r in trio for c in ("source", "subject", "aspect", "unit")):
            continue
        if sentence_start(text, base["number_start"]) != sentence_start(
            text, level["number_start"]
        ):
            continue
        bracketed = "(" in text[change["number_end"] : base["number_start"]]
        prior = base["period"].isdigit() and level["period"].isdigit() and (
            int(base["period"]) == int(level["period"]) - 1)  # fmt: skip
        on_last_year = prior and change["base"] == "last_year"  # not 'vượt 20 … so với kế hoạch'
        if not (on_last_year or (bracketed and base["period"] == level["period"])):
            continue
        out.append(Check(
            f"{check_name(level)}: {text[level['number_start'] : level['number_end']]} = base + "
            f"change ({level['source']})", "sum", f"{{fact:{level['fact_id']}}}",
            f"{{fact:{base['fact_id']}}} + {{fact:{change['fact_id']}}}",
            "generated: a figure, its change and the base the change is on",
        ))  # fmt: skip
    return out


# --- a target printed twice -----------------------------------------------------------------


def _target_checks(rows: list[dict]) -> list[Check]:
    """A target of a known subject printed once in the body and once in the plan table, of one
    period and measure: each end printed in both the same (a point in the body against the one
    end of an open target in the table). Both must be targets of the same kind of figure (a
    level's target is no target of its change: 'còn 2,1% (NQ dưới 2,5%)' against 'Giảm 0,4')."""
    found: dict[tuple, dict[str, list[dict]]] = {}
    by_source: dict[str, list[dict]] = {}
    for r in rows:
        by_source.setdefault(r["source"], []).append(r)
    for r in rows:
        part = r["source"].split(" ")[0]
        if r["kind"] == "target" and r["subject"] and part in ("body", "appendix"):
            key = (r["subject"], r["aspect"], r["measure"], r["period"],
                   _target_of(by_source[r["source"]], r))  # fmt: skip
            found.setdefault(key, {}).setdefault(part, []).append(r)
    out = []
    for parts in found.values():
        body, table = parts.get("body", []), parts.get("appendix", [])
        if len(body) != 1 or len(table) != 1:
            continue
        b, t = body[0], table[0]
        ends = [e for e in ("low", "high") if not math.isnan(t[e])]
        point = not math.isnan(b["low"]) and b["low"] == b["high"]
        if point and len(ends) == 2 and t["low"] == t["high"]:
            ends = ["low"]  # a point in both: one comparison
        for end in ends:
            if math.isnan(b[end]) and not point:
                continue
            mine = "" if point else f"^{end}"
            label = f" ({end})" if len(ends) == 2 else ""
            out.append(Check(
                f"{check_name(b)} target{label}: {b['source']} = {t['source']}", "cross",
                f"{{fact:{b['fact_id']}{mine}}}", f"{{fact:{t['fact_id']}^{end}}}",
                "generated: one target printed in the body and in the plan table",
            ))  # fmt: skip
    return out


def _target_of(passage: list[dict], target: dict) -> str:
    """The kind of the figure a target goes with (`passage`: the rows of its source, in order):
    in the body the figure of its subject just before it, in the table its row's figure of its
    subject; '' when there is none."""
    k = next(i for i, r in enumerate(passage) if r is target)
    near = passage[k - 1 :: -1] if k else []
    if target["source"].startswith("appendix"):
        near = passage[k + 1 :] + near
    mine = (r for r in near if r["subject"] == target["subject"] and r["kind"] != "target")
    return next((r["kind"] for r in mine), "")


def _target_share_checks(rows: list[dict]) -> list[Check]:
    """Target ranges in % of known subjects, no rates, that split one whole: in one passage of
    the target list, or in the plan table's sub-rows of one row ('2.a', '2.b' …) whose actuals
    are shares; when their midpoints add to within SHARES_COVER_WHOLE of 100, 100 is within
    their sum."""
    shares = {r["source"] for r in rows if r["kind"] == "share_pct"}
    groups: dict[str, list[dict]] = {}
    for r in rows:
        if r["kind"] != "target" or r["unit"] != "pct" or not r["subject"]:
            continue
        if r["measure"] == "rate":  # a rate of its own subject is no share of another whole
            continue
        if math.isnan(r["low"]) or math.isnan(r["high"]) or r["low"] == r["high"]:
            continue
        if r["source"].startswith("targets"):
            groups.setdefault(r["source"], []).append(r)
        elif r["source"].startswith("appendix") and r["source"] in shares:
            groups.setdefault(r["source"].rsplit(".", 1)[0], []).append(r)
    out = []
    for where, group in groups.items():
        subjects = {r["subject"] for r in group}
        middle = sum((r["low"] + r["high"]) / 2 for r in group)
        if len(group) < 2 or len(subjects) < len(group) or abs(middle - 100) > SHARES_COVER_WHOLE:
            continue
        out.append(Check(
            f"{' + '.join(r['subject'] for r in group)}: target shares cover 100% ({where})",
            "sum", "100", " + ".join(f"{{fact:{r['fact_id']}^range}}" for r in group),
            "generated: target ranges of the shares of one whole; 100 lies between the sums "
            "of their lows and of their highs",
        ))  # fmt: skip
    return out
