"""A plan table's second comparison column, on last year ('So sánh (%) cùng kỳ', 'TH/CK', 'Ước
TH 2031/TH 2030' beside 'TH/KH'): the appendix keeps the ratio on the plan; this one is a
ratio_pct fact on last year, read from the row's cells here.
"""

from __future__ import annotations

from ..read.document import Document
from .appendix import table_at
from .appendix_cells import parse_actual
from .table_rows import row_cells

ROLE = "ratio_last_year"


def last_year_ratio(r: dict, doc: Document, style: str) -> tuple[str, int, float] | None:
    """(cell text, its offset, value) of the appendix row `r`'s ratio on last year, printed in
    a second comparison column; None when its table has none or the cell holds no figure.

    >>> from vinhbao.read.document import parse_document
    >>> from vinhbao.extract.appendix import build_appendix
    >>> doc = parse_document("Báo cáo năm 2031\\n\\nTT\\tChỉ tiêu\\tKH\\tTH\\tTH/KH\\tTH/CK\\n"
    ...                      "1\\tThu ngân sách\\t10\\t12\\t120\\t105,5\\n")
    >>> row = build_appendix(doc)[0].iloc[0].to_dict()
    >>> last_year_ratio(row, doc, "vi")[::2]
    ('105,5', 105.5)
    """
    table = table_at(doc, r["line"])
    if table is None or ROLE not in table.roles:
        return None
    k = table.roles.index(ROLE)
    last = r["line"] + r["quote"].count("\n")
    for line, _ in table.rows:
        if not r["line"] <= line.number <= last:
            continue
        cells, starts = row_cells(line, table)
        value, _, problem = parse_actual(cells[k], style, "ratio")
        if value is not None and problem is None and starts[k] is not None:
            return cells[k], starts[k], value
    return None
