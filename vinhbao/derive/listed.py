"""Checks of a count against the items the text lists, generated in any report.

- A count followed by the names it counts ('07 xã: Nhân Hòa, Liên Am, …') states as many names.
- Rounds announced by their dates ('trao Huy hiệu đợt 03/02, 19/5') are the rounds whose figures
  are then listed ('trong đó: đợt 03/02: 164; đợt 19/5: 164; đợt 02/9: 239').

>>> _names("An Hòa, Đồng Minh và Thanh Lương.")
['An Hòa', 'Đồng Minh', 'Thanh Lương']
>>> _names("Tiểu học và 06 trường")
['Tiểu học']
>>> text = "hoàn thành tại 03 xã: An Hòa, Đồng Minh và Thanh Lương."
>>> text[_list_start(text, text.index("03") + 2) :]
' An Hòa, Đồng Minh và Thanh Lương.'

"""

from __future__ import annotations

import re

from ..extract.clauses import sentence_start
from ..rules.checks import ROUND_WORDS, Check
from .breakdowns import check_name

_LIST_END = re.compile(r"[.:()\n]")
_SEPARATOR = re.compile(r"\s*(?:,|;|\bvà\b)\s*")
_WORD = re.compile(r"[ \t]*(\S+)")
_ROUND = rf"(?:{'|'.join(ROUND_WORDS)})"
_DATE = r"\d{1,2}/\d{1,2}"
_ANNOUNCED = re.compile(rf"\b{_ROUND}\s+({_DATE}(?:\s*(?:,|và)\s*{_DATE})+)")


def listed_checks(rows: list[dict], text: str) -> tuple[Check, ...]:
    """A count against the names listed after it; rounds announced against rounds listed
    (`rows`: the fact rows, `report.fact_rows`)."""
    return (*_name_checks(rows, text), *_round_checks(rows, text))


def _name_checks(rows: list[dict], text: str) -> list[Check]:
    out = []
    for r in rows:
        if r["measure"] != "count" or r["kind"] not in ("level", "target"):
            continue
        start = _list_start(text, r["number_end"])
        names = _names(text[start : start + 400])
        if len(names) < 2:
            continue
        out.append(Check(
            f"{check_name(r)}: {text[r['number_start'] : r['number_end']]} = names listed "
            f"({r['source']})", "items",
            f"{{fact:{r['fact_id']}}}", str(len(names)),
            "generated: a count and the names listed after it: " + ", ".join(names),
        ))  # fmt: skip
    return out


def _list_start(text: str, end: int) -> int:
    """Where a list of names starts after a count and its noun: after up to two words in lower
    case ('03 xã An Hòa, …'), or up to ten and a colon ('10 xã diễn tập …: Tam Cường, …');
    else `end`."""
    at = end
    for words in range(10):
        m = _WORD.match(text, at)  # a word on the same line
        if m is None:
            return end
        printed = m.group(1)
        word = printed.rstrip(":*")
        if not (word.isalpha() and word.islower()):
            return at if 0 < words <= 2 and printed[0].isupper() else end
        at = m.end()
        if printed != word:  # 'xã:' or 'xã:**': the list follows
            return at
    return end


def _names(text: str) -> list[str]:
    """The names opening a text, separated by commas, semicolons or 'và', up to the first item
    that is not a name (it opens in lower case, holds a digit, or is longer than six words)."""
    if not text.lstrip(" *")[:1].isupper():
        return []  # what follows most counts: no name
    names = []
    for item in _SEPARATOR.split(_LIST_END.split(text, maxsplit=1)[0]):
        item = item.strip(" *")
        if not item[:1].isupper() or any(c.isdigit() for c in item) or len(item.split()) > 6:
            break
        names.append(item)
    return names


def _round_checks(rows: list[dict], text: str) -> list[Check]:
    """Parts labelled by a round's date ('đợt 02/9: 239') against the dates that announced the
    rounds earlier in the same passage and sentence."""
    parts: dict[str, list[dict]] = {}
    for r in rows:
        if r["parent_id"]:
            parts.setdefault(r["parent_id"], []).append(r)
    by_id = {r["fact_id"]: r for r in rows}
    out = []
    for total_id, listed in parts.items():
        total = by_id[total_id]
        labels = [_label_date(text, p) for p in listed]
        if len(labels) < 2 or None in labels:
            continue
        sentence = text[sentence_start(text, total["number_start"]) : total["number_start"]]
        announced = _ANNOUNCED.findall(sentence)
        if not announced:
            continue
        dates = [_day_month(d) for d in re.findall(_DATE, announced[-1])]
        refs = ", ".join(f"{{fact:{p['fact_id']}}}" for p in listed)
        out.append(Check(
            f"{check_name(total)}: rounds announced = rounds listed ({total['source']})", "items",
            str(len(dates)), f"count({refs})",
            "generated: rounds announced " + ", ".join(dates) + "; rounds listed "
            + ", ".join(labels),
        ))  # fmt: skip
    return out


def _label_date(text: str, part: dict) -> str | None:
    """The date of the round labelling a part ('đợt 19/5: 164' -> '19/5'), if it has one."""
    before = text[max(0, part["number_start"] - 24) : part["number_start"]]
    m = re.search(rf"\b{_ROUND}\s+({_DATE})\s*:?\s*$", before)
    return _day_month(m.group(1)) if m else None


def _day_month(date: str) -> str:
    day, month = date.split("/")
    return f"{int(day)}/{int(month)}"
