"""What the benchmarks share: the frames to touch, the goal, and the figures for the summary that
`conftest.py` prints after the run (a module of its own: `tests/conftest.py` holds the name
`conftest` when both folders run together)."""

from __future__ import annotations

from dataclasses import dataclass

from vinhbao.catalog import FRAMES

# Every frame of a report, the audit included (the order of data/processed).
FRAME_NAMES: tuple[str, ...] = tuple(FRAMES)
# The in-process goal: load_report(text) plus every frame and the audit.
GOAL_MS = 50.0
# The whole-process goal: a `python -c` loading the report and every frame, at most this many
# times a bare `python -c "import pandas"` of the same run.
GOAL_PROCESS_RATIO = 1.3
# The linearity goal: one text holding ten reports' worth costs at most this many times one.
GOAL_TEN_IN_ONE = 12.0
LABEL_PANDAS = "process: python -c 'import pandas' (bare)"
LABEL_WHOLE = "process: python -c load_report + every frame"
LABEL_ONE_TEXT = "one text of {n} report(s)' worth + every frame"


@dataclass
class Figure:
    """One measured figure for the summary."""

    label: str
    seconds: float  # the statistic shown (min for in-process timings, mean for processes)
    statistic: str
    rounds: int
    reports: int = 0  # a scaling run: how many reports, for the cost per report
    copies: int = 0  # a run of one text holding this many reports' worth

    def line(self) -> str:
        if self.seconds >= 1:
            shown = f"{self.seconds:8.2f} s "
        else:
            shown = f"{self.seconds * 1e3:8.1f} ms"
        each = ""
        if self.reports:
            each = f"  = {self.per_report * 1e3:6.1f} ms per report"
        return f"{self.label:<58} {shown} ({self.statistic} of {self.rounds}){each}"

    @property
    def per_report(self) -> float:
        return self.seconds / self.reports


FIGURES: list[Figure] = []


def record(
    benchmark, label: str, *, statistic: str = "min", reports: int = 0, copies: int = 0
) -> None:
    """Keep a benchmark's figure for the summary (and in its extra_info for --benchmark-json)."""
    metadata = getattr(benchmark, "stats", None)
    if metadata is None:  # --benchmark-disable: the function ran once, untimed
        return
    stats = metadata.stats
    figure = Figure(label, getattr(stats, statistic), statistic, stats.rounds, reports, copies)
    benchmark.extra_info["figure"] = figure.line()
    if reports:
        benchmark.extra_info["ms_per_report"] = figure.per_report * 1e3
    FIGURES.append(figure)
