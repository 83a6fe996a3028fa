"""Party: transfers of Party membership (footnote 7)."""

from __future__ import annotations

from ..facts import Pattern

T = "party"
# fmt: off
PATTERNS: tuple[Pattern, ...] = (
    Pattern(T, "party_transfers", "footnote 7",
            "Chuyển đảng {count|trường hợp} trường hợp, trong đó chuyển đi "
            "{transferred_out|trường hợp} (đi ngoài nước {out_abroad|trường hợp}; đi ngoài thành "
            "phố {out_outside_city|trường hợp} trường hợp; đi trong thành phố "
            "{out_within_city|trường hợp} trường hợp; đi trong huyện "
            "{out_within_district|trường hợp} trường hợp)",
            "Chuyển sinh hoạt đảng: tổng số, chuyển đi",
            "Party membership transfers: total and transfers out"),
    Pattern(T, "party_transfers", "footnote 7",
            "chuyển đến {transferred_in|trường hợp} trường hợp, trong đó (ngoài thành phố đến "
            "{in_from_outside_city|trường hợp} trường hợp, trong thành phố đến "
            "{in_from_within_city|trường hợp} trường hợp)",
            "Chuyển sinh hoạt đảng: chuyển đến", "Party membership transfers: transfers in"),
)
# fmt: on
