"""The words naming a figure's subject around it, in the folded text of its passage: its head
(back to a clause boundary, over a bracketed qualifier) and its tail (on to a boundary).

>>> f = "tổng thu ngân sách (giá hiện hành) đạt 12 tỷ đồng"
>>> a, b = head_of(f, f[::-1], 0, f.index("đạt")); f[a:b]
'tổng thu ngân sách (giá hiện hành) '
"""

from __future__ import annotations

import re

from ..rules import headings as heading_rules

_BOUNDARY = set(";.!?\n:[]")  # a head runs back to these (not to commas: 'tài sản, thu nhập')
_TAIL_END = set(";.!?\n:[],()")
_CLOSED_CLAUSE = re.compile(rf"[{heading_rules.SUPERSCRIPTS}\s]*,")
_HEAD_STOP = re.compile(r"[()\[\];.!?\n:]")  # brackets and `_BOUNDARY`: what a head stops at
# An item label run into a sentence, as `rules.nonfigures` reads one: '(2)', '; 2)', ': 1)' (not
# ': 45)', a figure closing its bracket).
_LABEL_BEFORE = re.compile(r"(?:^|[:;\n])\s*\(\d{1,2}\)$|(?:^|[;\n])\s*\d{1,2}\)$|:\s*0?1\)$")


def head_of(f: str, r: str, lo: int, end: int) -> tuple[int, int]:
    """The words naming the figure's subject before it: back from `end` to a clause boundary
    (a bracketed qualifier such as '(giá so sánh năm 2015)' is skipped over). `r` is `f`
    reversed: the stops are found from `end` backwards."""
    n, depth = len(f), 0
    for stop in _HEAD_STOP.finditer(r, n - end, n - lo):
        i = n - stop.start()  # just after the stop in f
        c = f[i - 1]
        if c == ")" and _LABEL_BEFORE.search(f, max(lo, i - 8), i):
            return i, end  # '…; 3) có 20 mô hình': an item label opens the head, no bracket
        if c == ")" and depth == 0 and (closed := _CLOSED_CLAUSE.match(f, i, end)):
            return closed.end(), end  # '(…), công nhận 145 đảng viên': the bracket ends a clause
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                return i, end
            depth -= 1
        elif (
            depth == 0
            and c in _BOUNDARY
            and not (c == "." and i < end and f[i].isdigit())
            and (c != "\n" or not _wrapped(f, i))
        ):
            return i, end
    return lo, end


_LIST_ITEM = re.compile(r"[ \t]*(?:[-+•*–]|\(?\d{1,2}[.)]|[a-zđ]\))\s")


def _wrapped(f: str, after: int) -> bool:
    """Whether the line break before `after` only wraps a sentence (the next line goes on with
    it) rather than starting a list item."""
    return not _LIST_ITEM.match(f, after)


def tail_of(f: str, start: int, stop: int) -> tuple[int, int]:
    """The words after a figure naming what it is of, up to a clause boundary or `stop`."""
    i, words = start, 0
    while (
        i < stop and (f[i] not in _TAIL_END or (f[i] == "\n" and _wrapped(f, i + 1))) and words < 12
    ):
        if f[i] == " " and i > start and f[i - 1] != " ":
            words += 1
        i += 1
    return start, i
