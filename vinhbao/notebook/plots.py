"""Charts shared by the notebooks (matplotlib is imported only when a chart is drawn)."""

from __future__ import annotations

import textwrap

import pandas as pd

STATUS_COLOURS = {"met": "#4C72B0", "exceeded": "#55A868", "not met": "#C44E52", "mixed": "#DD8452"}


def plan_vs_actual(rows: pd.DataFrame, title: str, unit_label: str):
    """Dot-and-range chart: one small axis per indicator (own scale), the target interval as a
    bar (open ends fade out), the actual as a dot coloured by the computed status."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    n = len(rows)
    fig, axes = plt.subplots(n, 1, figsize=(10, 0.7 * n + 1.0), squeeze=False)
    for ax, (_, r) in zip(axes[:, 0], rows.iterrows(), strict=True):
        values = [v for v in (r["target_low"], r["target_high"], r["actual"]) if pd.notna(v)]
        lo, hi = min(values), max(values)
        pad = (hi - lo) * 0.25 or max(abs(hi) * 0.05, 0.05)
        left, right = lo - pad, hi + pad
        t_lo = r["target_low"] if pd.notna(r["target_low"]) else left
        t_hi = r["target_high"] if pd.notna(r["target_high"]) else right
        ax.hlines(0, t_lo, t_hi, color="#999999", linewidth=7, alpha=0.55)
        if t_lo == t_hi:
            ax.plot([t_lo], [0], marker="|", markersize=16, color="#555555")
        ax.plot(
            [r["actual"]],
            [0],
            "o",
            markersize=9,
            color=STATUS_COLOURS.get(r["status_computed"], "#333333"),
        )
        ax.set_xlim(left, right)
        if all(float(v).is_integer() for v in values):  # counts: whole-number ticks only
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_yticks([])
        ax.grid(False)
        ax.tick_params(axis="x", labelsize=8, pad=1)
        label = "\n".join(textwrap.wrap(f"{r['code']}  {r['indicator_en']}", 44)[:2])
        ax.set_ylabel(label, rotation=0, ha="right", va="center", fontsize=9)
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
    handles = [
        plt.Line2D([], [], marker="o", linestyle="", color=c, label=s)
        for s, c in STATUS_COLOURS.items()
    ]
    handles.append(
        plt.Line2D([], [], color="#999999", linewidth=7, alpha=0.55, label="target interval")
    )
    fig.legend(handles=handles, loc="upper right", ncol=5, fontsize=8, frameon=False)
    fig.suptitle(f"{title} ({unit_label})", x=0.01, ha="left", fontsize=12)
    fig.tight_layout(rect=(0, 0, 1, 0.96))
    return fig
