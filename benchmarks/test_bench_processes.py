"""Whole-process costs, each in a subprocess: `vinhbao build`, the nbval run of the notebooks, and
the floor they stand on (a Python that imports vinhbao, hence pandas)."""

from __future__ import annotations

import subprocess
import sys

from bench_helpers import FRAME_NAMES, LABEL_PANDAS, LABEL_WHOLE, record

# The whole job in one process: the bundled report loaded and every frame built.
WHOLE_JOB = (
    "import vinhbao; from vinhbao.catalog import FRAMES; from vinhbao.config import RAW_REPORT; "
    "r = vinhbao.load_report(RAW_REPORT.read_text(encoding='utf-8')); "
    "[getattr(r, name) for name in FRAMES]"
)


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def test_import_vinhbao_process(benchmark):
    result = benchmark.pedantic(
        run, args=([sys.executable, "-c", "import vinhbao"],), rounds=5, warmup_rounds=1
    )
    assert result.returncode == 0, result.stderr
    record(benchmark, "process: python -c 'import vinhbao' (floor)", statistic="mean")


def test_import_pandas_process(benchmark):
    """The bare floor the whole-process goal compares with."""
    result = benchmark.pedantic(
        run, args=([sys.executable, "-c", "import pandas"],), rounds=8, warmup_rounds=1
    )
    assert result.returncode == 0, result.stderr
    record(benchmark, LABEL_PANDAS, statistic="median")


def test_whole_job_process(benchmark):
    """`python -c` loading the report and every frame (goal: at most 1.3x the bare floor)."""
    result = benchmark.pedantic(
        run, args=([sys.executable, "-c", WHOLE_JOB],), rounds=8, warmup_rounds=1
    )
    assert result.returncode == 0, result.stderr[-2000:]
    record(benchmark, LABEL_WHOLE, statistic="median")


def test_vinhbao_build_process(benchmark, vinhbao_command, tmp_path):
    out = tmp_path / "processed"
    command = [*vinhbao_command, "build", "--out", str(out)]
    result = benchmark.pedantic(run, args=(command,), rounds=3, warmup_rounds=1)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (out / "datapackage.json").exists()
    assert len(list(out.glob("*.csv"))) == len(FRAME_NAMES)
    record(benchmark, "process: vinhbao build --out <tmp>", statistic="mean")


def test_nbval_notebooks_process(benchmark, root):
    """One round only: it executes every notebook (30-60 s)."""
    command = [
        sys.executable,
        "-m",
        "pytest",
        "--nbval",
        "notebooks",
        "-q",
        "-p",
        "no:cacheprovider",
    ]
    result = benchmark.pedantic(run, args=(command,), kwargs={"cwd": root}, rounds=1, iterations=1)
    assert result.returncode == 0, result.stdout[-3000:]
    record(benchmark, "process: pytest --nbval notebooks", statistic="mean")
