"""The plan table's printed statuses against what its targets and actuals give, as audit rows.

A printed 'Đạt' (met) where the actual exceeds the target, or a status naming two targets
('Đạt chỉ tiêu thành phố giao, không đạt chỉ tiêu NQ'), holds with a note; a printed status that
the figures contradict ('Đạt' for 20,0 against '>20') fails.

>>> import pandas as pd
>>> table = pd.DataFrame([{"code": "3", "indicator": "Số xã đạt chuẩn", "target_text": ">20",
...     "actual_text": "20", "actual": 20.0, "status_text": "Đạt", "status": "met",
...     "status_computed": "not met", "status_agrees": False, "unit_canonical": "communes",
...     "source": "appendix row 3",
...     "quote": "3 Số xã đạt chuẩn >20 20 Đạt", "start": 0, "end": 28}])
>>> [(r["check"], r["holds"], r["severity"]) for r in status_rows(table, [])]
[("appendix row 3: printed 'Đạt' = the status of 20 against '>20'", False, 'error')]
"""

from __future__ import annotations

import pandas as pd

from ..tables import records
from .status import REACHED


def status_rows(appendix: pd.DataFrame, facts: list[dict]) -> list[dict]:
    """One audit row per table row whose status is printed and can be computed."""
    first_fact: dict[str, str] = {}
    for f in facts:
        if f["kind"] != "target":
            first_fact.setdefault(f["source"], f["fact_id"])
    out = []
    for r in records(appendix):
        printed, computed = r["status"], r["status_computed"]
        if not isinstance(printed, str) or not isinstance(computed, str):
            continue
        agrees = r["status_agrees"]
        holds, severity, note = _verdict(printed, computed, bool(not pd.isna(agrees) and agrees))
        fact_id = first_fact.get(r["source"], "")
        out.append({
            "check": f"{r['source']}: printed '{r['status_text']}' = the status of "
                     f"{r['actual_text']} against '{r['target_text']}'",
            "kind": "status", "expression": f"status({r['actual_text']}, {r['target_text']}) = "
                                            f"{r['status_text']}",
            "source": r["source"], "stated": r["actual"], "computed": float("nan"),
            "difference": float("nan"), "unit": r["unit_canonical"] or "", "holds": holds,
            "severity": severity, "note": note, "fact_id": fact_id, "fact_ids": fact_id,
            "quote": r["quote"], "start": r["start"], "end": r["end"], "computed_quote": "",
        })  # fmt: skip
    return out


def _verdict(printed: str, computed: str, agrees: bool) -> tuple[bool, str, str]:
    """(holds, severity, note) of a printed status against the computed one (`agrees`: the
    table's own `status_agrees`)."""
    if agrees:
        return True, "", ""
    if printed == "mixed":
        return True, "note", f"the status names two targets; against the table's: {computed}"
    if {printed, computed} <= REACHED:
        return True, "note", f"printed '{printed}' where the figures give '{computed}'"
    return False, "error", f"printed '{printed}' where the figures give '{computed}'"
