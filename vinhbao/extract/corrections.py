"""Corrections of one report's misprints: data attached to the passage that needs them, never a
rule for every text. Each row of `data/raw/corrections.csv` names the report (its number), the
source, the unit as printed and (optionally) the measure, and the unit meant; a fact of that
report matching them is read in the unit meant and flagged with the row's note.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from ..config import CORRECTIONS
from ..parse.fold import fold
from ..parse.units import lookup_unit

_DROPPED = ("is not a plausible", "does not fit")  # flags a correction answers


@lru_cache(maxsize=4)
def load(path: Path = CORRECTIONS) -> tuple[dict, ...]:
    """The corrections table (empty when there is no file)."""
    if not path.is_file():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def apply(rows: list[dict], number: str, table: tuple[dict, ...] | None = None) -> list[dict]:
    """Fact rows with this report's corrections applied (in place; also returned)."""
    table = load() if table is None else table
    mine = [c for c in table if c["report"] == number] if number else []
    renamed: dict[tuple[str, str, str], str] = {}  # (source, subject, measure) -> measure meant
    for row in rows:
        for c in mine:
            if (
                row["source"] == c["source"]
                and fold(row["unit_printed"]) == fold(c["unit_printed"])
                and (not c["measure"] or row["measure"] in (c["measure"], ""))
                and row["value_printed"] is not None
            ):
                unit = lookup_unit(c["meant_unit"])
                measure = c["measure"] or unit.measure
                renamed[(row["source"], row["subject"], row["measure"])] = measure
                row["value"] = float(f"{row['value_printed'] * unit.factor:.12g}")
                row["unit"], row["measure"] = unit.canonical, measure
                kept = [
                    f
                    for f in row["flag_notes"].split("; ")
                    if f and not any(d in f for d in _DROPPED)
                ]
                row["flag_notes"] = "; ".join([*kept, c["note"]])
        meant = renamed.get((row["source"], row["subject"], row["measure"]))
        if meant and row["unit"] == "pct":  # a rate of the corrected figure measures the same
            row["measure"] = meant
    return rows
