"""In-process cost: `load_report(text)` and every frame with the audit, from the text in memory.

The goal is under 50 ms for the whole (min of the rounds, caches warm: the second report of a
session). `test_stage` breaks it down: each stage on a fresh report whose earlier frames are
already built.
"""

from __future__ import annotations

import pytest
from bench_helpers import FRAME_NAMES, record

import vinhbao


def load_and_touch_every_frame(text: str) -> vinhbao.Report:
    report = vinhbao.load_report(text)
    for name in FRAME_NAMES:
        getattr(report, name)
    return report


def test_load_report_and_every_frame(benchmark, raw_text):
    report = benchmark.pedantic(
        load_and_touch_every_frame, args=(raw_text,), rounds=40, warmup_rounds=3
    )
    assert len(report.facts) > 400 and len(report.audit) > 50
    record(benchmark, "load_report(text) + every frame + audit")


@pytest.mark.parametrize("stage", ["load_report", *FRAME_NAMES])
def test_stage(benchmark, raw_text, stage):
    def fresh_report():
        report = vinhbao.load_report(raw_text)
        if stage != "load_report":
            for name in FRAME_NAMES[: FRAME_NAMES.index(stage)]:
                getattr(report, name)
        return (report,), {}

    def run(report: vinhbao.Report):
        return getattr(report, stage)

    if stage == "load_report":
        benchmark.pedantic(vinhbao.load_report, args=(raw_text,), rounds=40, warmup_rounds=3)
    else:
        benchmark.pedantic(run, setup=fresh_report, rounds=40, warmup_rounds=3)
    record(benchmark, f"  stage: {stage}")
