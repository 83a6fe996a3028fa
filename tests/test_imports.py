"""`import vinhbao` stays light: pandera, matplotlib and seaborn are imported only by the modules
that need them (schemas, plots), and only when those are used. Each case is a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("matplotlib", "seaborn", "pandera")

REPORTS = Path(__file__).parent / "reports"

TOUCH_EVERY_FRAME = (
    "from vinhbao.catalog import FRAMES\n"
    "report = vinhbao.load_report()\n"
    "for name in FRAMES:\n"
    "    getattr(report, name)\n"
)

# (what the interpreter runs, the heavy modules it must have imported afterwards)
CASES: dict[str, tuple[str, set[str]]] = {
    "import vinhbao": ("import vinhbao\n", set()),
    "the catalog and the fields": ("import vinhbao.catalog, vinhbao.fields\n", set()),
    "every frame and the audit": ("import vinhbao\n" + TOUCH_EVERY_FRAME, set()),
    "several reports, other layouts": (
        "import vinhbao\n"
        f"c = vinhbao.load_reports([{str(REPORTS / 'hdnd_an_hoa_2023.txt')!r}, "
        f"{str(REPORTS / 'ubnd_dong_lam_2024.txt')!r}])\n"
        "c.facts, c.targets, c.appendix, c.audit\n",
        set(),
    ),
    "vinhbao patterns": (
        "from vinhbao.publish.cli import main\nassert main(['patterns', '--topic', 'land']) == 0\n",
        set(),
    ),
    "import vinhbao.notebook.plots (charts not drawn)": ("import vinhbao.notebook.plots\n", set()),
    "import vinhbao.publish.schemas": ("import vinhbao.publish.schemas\n", {"pandera"}),
    "validate every frame": (
        "import vinhbao\nfrom vinhbao.publish.schemas import validate\n"
        "validate(vinhbao.load_report())\n",
        {"pandera"},
    ),
    "vinhbao build (validates, writes)": (
        "import tempfile\nfrom vinhbao.publish.cli import main\n"
        f"source = {str(REPORTS / 'huyen_uy_tan_phu_2023.txt')!r}\n"
        "with tempfile.TemporaryDirectory() as out:\n"
        "    assert main(['build', '--source', source, '--out', out]) == 0\n",
        {"pandera"},
    ),
    "draw a chart": (
        "import vinhbao\nfrom vinhbao.notebook.plots import plan_vs_actual\n"
        "rows = vinhbao.load_report().appendix.head(3)\n"
        "plan_vs_actual(rows, 'Plan vs actual', 'mixed units')\n",
        {"matplotlib"},  # seaborn is the notebooks' own import, never the library's
    ),
}


def heavy_modules_after(code: str) -> set[str]:
    """The heavy modules in sys.modules after a fresh interpreter runs `code`."""
    probe = f"import json, sys\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    result = subprocess.run(
        [sys.executable, "-c", code + probe],
        capture_output=True,
        text=True,
        env={**os.environ, "MPLBACKEND": "Agg"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("case", sorted(CASES))
def test_heavy_modules_are_imported_only_when_used(case):
    code, expected = CASES[case]
    assert heavy_modules_after(code) == expected
