"""JupyterLab serves the notebooks and starts a python3 kernel; the render gives one HTML per
notebook, with its charts embedded, and an index."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from vinhbao.config import NOTEBOOKS, ROOT
from vinhbao.publish.render import notebook_paths, render_notebooks

TOKEN = "vinhbao-test-token"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _call(url: str, method: str = "GET", body: dict | None = None) -> dict | list | None:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Authorization", f"token {TOKEN}")
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=10) as response:
        raw = response.read()
    return json.loads(raw) if raw else None


@pytest.fixture
def lab_server(tmp_path):
    port = _free_port()
    cmd = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        f"--ServerApp.root_dir={NOTEBOOKS}",
        f"--IdentityProvider.token={TOKEN}",
        "--ServerApp.open_browser=False",
    ]
    if os.geteuid() == 0:  # CI machines run as root
        cmd.append("--allow-root")
    log = (tmp_path / "lab.log").open("w")
    process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=NOTEBOOKS)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                _call(f"{base}/api/status")
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail((tmp_path / "lab.log").read_text())
                time.sleep(0.5)
        else:
            pytest.fail("jupyter lab did not answer within 60 s")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def _execute(base: str, kernel_id: str, code: str) -> str:
    """Run code in a kernel through the server's websocket; returns what it printed."""
    import websocket  # websocket-client, a dependency of jupyter_server

    ws = websocket.create_connection(
        f"{base.replace('http', 'ws', 1)}/api/kernels/{kernel_id}/channels",
        header=[f"Authorization: token {TOKEN}"],
        timeout=60,
    )
    msg_id = uuid.uuid4().hex
    ws.send(
        json.dumps(
            {
                "header": {
                    "msg_id": msg_id,
                    "username": "test",
                    "session": uuid.uuid4().hex,
                    "msg_type": "execute_request",
                    "version": "5.3",
                },
                "parent_header": {},
                "metadata": {},
                "channel": "shell",
                "content": {
                    "code": code,
                    "silent": False,
                    "store_history": False,
                    "user_expressions": {},
                    "allow_stdin": False,
                },
            }
        )
    )
    printed = []
    try:
        while True:
            msg = json.loads(ws.recv())
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream":
                printed.append(msg["content"]["text"])
            if msg["msg_type"] == "execute_reply":
                return "".join(printed)
    finally:
        ws.close()


LABEL = "Huyện ủy Vĩnh Bảo · 499-BC/HU · 2023"
# an embedded chart (nbconvert's stylesheet holds small data:image/png URLs on every page)
CHART = re.compile(r'<img [^>]*src="data:image/png;base64,')


def test_jupyterlab_lists_the_notebooks_and_starts_a_python3_kernel(lab_server, report):
    listing = _call(f"{lab_server}/api/contents")
    names = {item["name"] for item in listing["content"]}
    assert {p.name for p in notebook_paths()} <= names
    kernel = _call(f"{lab_server}/api/kernels", "POST", {"name": "python3"})
    assert kernel["name"] == "python3"
    out = _execute(
        lab_server,
        kernel["id"],
        "import vinhbao\nr = vinhbao.load_report()\n"
        "print(vinhbao.__file__)\nprint(r.identity.label)\nprint(len(r.targets))",
    )
    where, label, targets = out.strip().splitlines()
    # the kernel runs in the project's environment: this checkout's vinhbao, the same frames
    assert Path(where).resolve().is_relative_to(ROOT / "vinhbao")
    assert label == LABEL == report.identity.label
    assert int(targets) == len(report.targets) > 0
    _call(f"{lab_server}/api/kernels/{kernel['id']}", "DELETE")


def _notebook(title: str, code: str):
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell(f"# {title}\n\nText."),
        nbformat.v4.new_code_cell(code),
    ]
    return nb


def test_render_hides_the_code_embeds_charts_and_indexes_the_notebooks(tmp_path: Path):
    import nbformat

    folder, out = tmp_path / "notebooks", tmp_path / "reports"
    folder.mkdir()
    chart = (
        "import matplotlib.pyplot as plt\n"
        "import vinhbao\nreport = vinhbao.load_report()\n"
        "plt.bar(['a', 'b'], [1, 2]); plt.show()\nprint('label:', report.identity.label)"
    )
    nbformat.write(_notebook("A chart & a label", chart), folder / "02-chart.ipynb")
    nbformat.write(_notebook("Plain", "print(6 * 7)"), folder / "01-plain.ipynb")
    nbformat.write(_notebook("Not numbered", "1 / 0"), folder / "scratch.ipynb")  # not rendered
    written = render_notebooks(folder, out)
    pages = [out / "01-plain.html", out / "02-chart.html"]
    assert written == [*pages, out / "report.html", out / "index.html"]
    chart_html = (out / "02-chart.html").read_text(encoding="utf-8")
    assert CHART.search(chart_html)
    assert f"label: {LABEL}" in chart_html
    assert "import vinhbao" not in chart_html and "plt.bar" not in chart_html  # code is hidden
    plain = (out / "01-plain.html").read_text(encoding="utf-8")
    assert "<pre>42\n</pre>" in plain and not CHART.search(plain)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f"<h1>vinhbao: {LABEL}</h1>" in index
    assert (
        '<ol><li><a href="01-plain.html">Plain</a></li>'
        '<li><a href="02-chart.html">A chart &amp; a label</a></li></ol>'
    ) in index


def test_render_of_the_project_notebooks_gives_one_html_each_with_charts(tmp_path: Path):
    # their stored outputs: executing them is nbval's part of `make test` (and `make render`'s)
    written = render_notebooks(out=tmp_path, execute=False)
    expected = [tmp_path / f"{p.stem}.html" for p in notebook_paths()]
    assert len(expected) == 8
    assert written == [*expected, tmp_path / "report.html", tmp_path / "index.html"]
    for page in expected:
        html = page.read_text(encoding="utf-8")
        assert CHART.search(html), page.name
        assert "import vinhbao" not in html  # code cells are hidden
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert all(p.name in index for p in expected)
    assert "<a href='report.html'>The report with every figure marked</a>" in index
    assert f"<h1>vinhbao: {LABEL}</h1>" in index
