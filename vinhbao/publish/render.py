"""Execute every notebook and render it to self-contained HTML (code hidden) with an index.

Each page has its notebook's heading as title, links to the index and to the previous and next
page, and loads nothing from the network: the `page` template (templates/page) drops the
require.js, MathJax and mermaid scripts nbconvert's lab template takes from a CDN.
"""

from __future__ import annotations

import html
from pathlib import Path

from ..config import NOTEBOOKS, REPORTS

TEMPLATES = Path(__file__).parent / "templates"
QUIET_KERNEL = "--IPKernelApp.log_level=ERROR"  # also in the Makefile's `notebooks` target


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    """The numbered notebooks, in reading order."""
    return sorted(folder.glob("[0-9][0-9]-*.ipynb"))


def notebook_title(nb, default: str) -> str:
    """The first markdown heading of a notebook ('# 02 — Plan vs actual' -> '02 — Plan vs
    actual'), else `default`."""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.strip():
            return cell.source.strip().splitlines()[0].lstrip("# ").strip() or default
    return default


def page_exporter():
    """nbconvert's HTML exporter with the reviewer's `page` template, code and prompts hidden."""
    from nbconvert import HTMLExporter

    return HTMLExporter(
        extra_template_basedirs=[str(TEMPLATES)],
        template_name="page",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )


def run_notebook(nb, folder: Path) -> None:
    """Run a notebook in a python3 kernel whose own log shows errors only (a kernel over TCP
    warns about encryption on every start)."""
    from nbconvert.preprocessors import ExecutePreprocessor

    ExecutePreprocessor(
        timeout=600, kernel_name="python3", extra_arguments=[QUIET_KERNEL]
    ).preprocess(nb, {"metadata": {"path": str(folder)}})


def render_notebooks(
    folder: Path = NOTEBOOKS, out: Path = REPORTS, execute: bool = True
) -> list[Path]:
    """Execute each notebook (or, `execute=False`, take its stored outputs) and write
    out/<name>.html, the viewer out/report.html and out/index.html."""
    import nbformat

    out.mkdir(parents=True, exist_ok=True)
    paths = notebook_paths(folder)
    books = [nbformat.read(path, as_version=4) for path in paths]
    links = [
        {"href": f"{p.stem}.html", "title": (title := notebook_title(nb, p.stem)),
         "short": title.split(":")[0]}
        for p, nb in zip(paths, books, strict=True)
    ]  # fmt: skip
    exporter, written = page_exporter(), []
    for i, nb in enumerate(books):
        if execute:
            run_notebook(nb, folder)
        nb.metadata["title"] = links[i]["title"]
        page = {
            "previous": links[i - 1] if i > 0 else None,
            "next": links[i + 1] if i + 1 < len(links) else None,
        }
        body, _ = exporter.from_notebook_node(nb, resources={"page": page})
        target = out / links[i]["href"]
        target.write_text(body, encoding="utf-8")
        written.append(target)
    from ..report import load_report
    from .viewer import VIEWER_PAGE, write_viewer

    report = load_report()
    viewer = write_viewer(report, out / VIEWER_PAGE)
    index = out / "index.html"
    index.write_text(index_page(links, report.identity.label, VIEWER_PAGE), encoding="utf-8")
    return [*written, viewer, index]


INDEX_STYLE = (
    "body{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;"
    "color:#222}h1{font-size:1.5em}a{color:#1a5fb4}li{margin:.3em 0}"
    ".viewer{padding:.6em 1em;background:#f3f6fa;border-left:4px solid #1a5fb4}"
)


def index_page(links: list[dict], label: str, viewer: str) -> str:
    """The index: the report's label, the viewer and the pages in reading order."""
    label = html.escape(label)
    entries = "".join(
        f'<li><a href="{html.escape(link["href"])}">{html.escape(link["title"])}</a></li>'
        for link in links
    )
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>vinhbao: {label}</title><style>{INDEX_STYLE}</style></head>"
        f"<body><h1>vinhbao: {label}</h1><p class='viewer'><a href='{viewer}'>The report with "
        "every figure marked</a> (its card, its checks)</p><h2>Analysis pages</h2>"
        f"<ol>{entries}</ol></body></html>\n"
    )
