"""Shared fixtures of the benchmarks, and a summary of the figures printed after the run.

Run with `make bench` (`python -m pytest benchmarks --benchmark-only`); `make test` never collects
this folder (it runs `pytest tests`).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from bench_helpers import (
    FIGURES,
    GOAL_MS,
    GOAL_PROCESS_RATIO,
    GOAL_TEN_IN_ONE,
    LABEL_PANDAS,
    LABEL_WHOLE,
)

from vinhbao.config import RAW_REPORT, ROOT


def pytest_terminal_summary(terminalreporter) -> None:
    if not FIGURES:
        return
    terminalreporter.section("vinhbao: measured figures")
    for figure in FIGURES:
        terminalreporter.write_line(figure.line())
    in_process = next((f for f in FIGURES if f.label.startswith("load_report(text)")), None)
    if in_process is not None:
        verdict = "met" if in_process.seconds * 1e3 < GOAL_MS else "NOT met"
        terminalreporter.write_line(
            f"goal: load + every frame + audit under {GOAL_MS:.0f} ms in-process: {verdict}"
        )
    by_label = {f.label: f for f in FIGURES}
    if LABEL_PANDAS in by_label and LABEL_WHOLE in by_label:
        ratio = by_label[LABEL_WHOLE].seconds / by_label[LABEL_PANDAS].seconds
        verdict = "met" if ratio <= GOAL_PROCESS_RATIO else "NOT met"
        terminalreporter.write_line(
            f"goal: whole process at most {GOAL_PROCESS_RATIO}x a bare 'import pandas': "
            f"{ratio:.2f}x, {verdict}"
        )
    in_one = {f.copies: f for f in FIGURES if f.copies}
    if 1 in in_one and 10 in in_one:
        ratio = in_one[10].seconds / in_one[1].seconds
        verdict = "met" if ratio <= GOAL_TEN_IN_ONE else "NOT met"
        terminalreporter.write_line(
            f"goal: one text of ten reports' worth at most {GOAL_TEN_IN_ONE:.0f}x one: "
            f"{ratio:.2f}x, {verdict}"
        )
    scaling = sorted((f for f in FIGURES if f.reports), key=lambda f: f.reports)
    if len(scaling) > 1:
        first, last = scaling[0], scaling[-1]
        terminalreporter.write_line(
            f"scaling: the cost per report at {last.reports} reports is "
            f"{last.per_report / first.per_report:.2f}x the cost at {first.reports} (1.00 = linear)"
        )


@pytest.fixture(scope="session")
def raw_text() -> str:
    """The bundled report's text, read once."""
    return RAW_REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def vinhbao_command() -> list[str]:
    """The `vinhbao` console script of this environment (or `python -m vinhbao`)."""
    script = Path(sys.executable).with_name("vinhbao")
    if script.exists():
        return [str(script)]
    found = shutil.which("vinhbao")
    return [found] if found else [sys.executable, "-m", "vinhbao"]
