"""The first cell of every notebook: display settings and the report.

>>> report = start()  # doctest: +SKIP
"""

from __future__ import annotations

import pandas as pd

from .tables import show_frames_tidy, use_number_format


def start(source=None, max_colwidth: int = 70):
    """Set the display options the notebooks share (pandas widths, numbers without scientific
    notation, frames shown through `tidy`, the seaborn theme) and load the report (the bundled
    one by default)."""
    import matplotlib.pyplot as plt
    import seaborn as sns

    from ..report import load_report

    pd.set_option("display.max_columns", 20)
    pd.set_option("display.max_colwidth", max_colwidth)
    pd.set_option("display.width", 160)
    use_number_format()
    show_frames_tidy()
    sns.set_theme(style="whitegrid", context="notebook")
    plt.rcParams["figure.dpi"] = 100
    return load_report(source)
