"""Execute every notebook and render it to self-contained HTML (code hidden) with an index."""

from __future__ import annotations

import html
from pathlib import Path

from ..config import NOTEBOOKS, REPORTS


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    """The numbered notebooks, in reading order."""
    return sorted(folder.glob("[0-9][0-9]-*.ipynb"))


def render_notebooks(
    folder: Path = NOTEBOOKS, out: Path = REPORTS, execute: bool = True
) -> list[Path]:
    """Execute each notebook in a python3 kernel (or, `execute=False`, take its stored outputs)
    and write out/<name>.html, the viewer out/report.html and out/index.html."""
    import nbformat
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import ExecutePreprocessor

    out.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True
    )
    written, entries = [], []
    for path in notebook_paths(folder):
        nb = nbformat.read(path, as_version=4)
        if execute:
            ExecutePreprocessor(timeout=600, kernel_name="python3").preprocess(
                nb, {"metadata": {"path": str(folder)}}
            )
        body, _ = exporter.from_notebook_node(nb)
        target = out / f"{path.stem}.html"
        target.write_text(body, encoding="utf-8")
        written.append(target)
        title = next(
            (c.source.splitlines()[0].lstrip("# ") for c in nb.cells if c.cell_type == "markdown"),
            path.stem,
        )
        entries.append(f'<li><a href="{target.name}">{html.escape(title)}</a></li>')
    from ..report import load_report
    from .viewer import VIEWER_PAGE, write_viewer

    report = load_report()
    viewer = write_viewer(report, out / VIEWER_PAGE)
    label = html.escape(report.identity.label)
    index = out / "index.html"
    index.write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>vinhbao reports</title></head>"
        f"<body><h1>vinhbao: {label}</h1><p><a href='{VIEWER_PAGE}'>The report with every "
        "figure marked</a> (its card, its checks)</p><ol>"
        + "".join(entries)
        + "</ol></body></html>\n",
        encoding="utf-8",
    )
    return [*written, viewer, index]
