"""The viewer and a rendered notebook page in a real browser: headless Chromium (Debian's
`chromium` and `chromium-driver`, which `make test` installs when it runs as root) driven by
selenium, pages opened from file://.

Without Chromium these tests fail, saying what to install; `VINHBAO_SKIP_BROWSER=1` skips them
instead (an explicit opt-out, e.g. on a machine without apt)."""

from __future__ import annotations

import json
import os
import shutil
from html import escape
from pathlib import Path

import pytest

from vinhbao.publish.render import notebook_paths, render_notebooks
from vinhbao.publish.viewer import VIEWER_PAGE, check_anchors, fact_href

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
LOCAL = ("file:", "data:", "about:", "chrome-error:")


@pytest.fixture(scope="module")
def browser():
    if os.environ.get("VINHBAO_SKIP_BROWSER") == "1":
        pytest.skip("VINHBAO_SKIP_BROWSER=1: the browser tests are skipped on request")
    webdriver = _selenium()
    if not (BROWSER and DRIVER):
        pytest.fail(
            "the browser tests need headless Chromium and its driver: `apt-get install chromium "
            "chromium-driver` (make test does it as root), or set VINHBAO_SKIP_BROWSER=1"
        )
    options = webdriver.ChromeOptions()
    options.binary_location = BROWSER
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--disable-background-networking", "--no-first-run",
                "--disable-extensions", "--disable-component-update"):  # fmt: skip
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(DRIVER), options=options)
    yield driver
    driver.quit()


def _selenium():
    try:
        from selenium import webdriver
    except ImportError:
        pytest.fail("the browser tests need selenium: pip install -e '.[dev]' (make setup does it)")
    return webdriver


@pytest.fixture(scope="module")
def pages(tmp_path_factory, report) -> Path:
    """reports/ as `render_notebooks` writes it (from stored outputs): the first project notebook,
    a notebook whose output is a table of figures linked with `fact_href`, and the viewer."""
    import nbformat

    folder, out = tmp_path_factory.mktemp("notebooks"), tmp_path_factory.mktemp("reports")
    shutil.copy(notebook_paths()[0], folder)
    picks = [report.facts[report.facts["source"].str.startswith(s)].iloc[-1] for s in
             ("body", "footnote", "appendix", "targets")]  # fmt: skip
    rows = "".join(
        f'<tr><td><a href="{escape(fact_href(f.fact_id))}">{escape(f.quote)}</a></td></tr>'
        for f in picks
    )
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("facts_with_links")
    cell.outputs = [nbformat.v4.new_output("display_data", {"text/html": f"<table>{rows}</table>"})]
    nb.cells = [nbformat.v4.new_markdown_cell("# Figures and their places"), cell]
    nbformat.write(nb, folder / "99-links.ipynb")
    render_notebooks(folder, out, execute=False)
    return out


def _open(driver, path: Path, fragment: str = "") -> tuple[list[str], list[dict]]:
    """Load a page; (URLs it requested outside file://, console entries of level SEVERE)."""
    driver.get_log("performance"), driver.get_log("browser")  # drop what came before
    driver.get(path.as_uri() + fragment)
    driver.execute_script("return document.readyState")
    return _requests_and_errors(driver)


def _requests_and_errors(driver, page: str = "") -> tuple[list[str], list[dict]]:
    """Since the last call: the requests outside file:// (of the document `page` only, if given)
    and the console's errors."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message["params"]
        if message["method"] == "Network.requestWillBeSent" and (
            not page or params.get("documentURL", "").split("#")[0] == page
        ):
            urls.append(params["request"]["url"])
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    return [u for u in urls if not u.startswith(LOCAL)], errors


def test_the_viewer_has_one_highlight_per_fact_loads_nothing_and_logs_no_error(
    browser, pages, report
):
    external, errors = _open(browser, pages / VIEWER_PAGE)
    assert external == [] and errors == []
    ids = browser.execute_script(
        "return Array.from(document.querySelectorAll('main .fact')).map(n => n.id)"
    )
    assert sorted(ids) == sorted(f"fact-{fid}" for fid in report.facts["fact_id"])
    per_fact = browser.execute_script(
        "return arguments[0].filter(id => document.querySelectorAll('[id=\"' + id + '\"]')"
        ".length !== 1)",
        ids,
    )
    assert per_fact == []


def test_a_figure_link_from_a_notebook_page_lands_on_its_highlight_and_opens_its_card(
    browser, pages, report
):
    project = next(pages.glob("0*.html"))  # its tables link their figures once part 2 is in
    links = "report.html#fact-" in project.read_text(encoding="utf-8")
    page = project if links else pages / "99-links.html"
    _open(browser, page)
    anchors = browser.find_elements("css selector", 'a[href*="report.html#fact-"]')
    assert len(anchors) >= (1 if links else 4)
    for k in range(min(len(anchors), 4)):
        _open(browser, page)
        link = browser.find_elements("css selector", 'a[href*="report.html#fact-"]')[k]
        fact_id = link.get_attribute("href").rsplit("#fact-", 1)[1]
        link.click()
        external, errors = _requests_and_errors(browser, browser.current_url.split("#")[0])
        assert external == [] and errors == []
        state = browser.execute_script(
            "const t = document.querySelector(':target'); const r = t.getBoundingClientRect();"
            "const card = document.getElementById('card');"
            "return [t.id, t.className, r.top >= 0 && r.bottom <= innerHeight,"
            " card.hidden, card.textContent]"
        )
        target, classes, visible, card_hidden, card_text = state
        assert target == f"fact-{fact_id}" and "fact" in classes.split()
        assert visible, "the figure is scrolled into view"
        fact = report.facts.set_index("fact_id").loc[fact_id]
        assert not card_hidden and fact_id in card_text and fact.source in card_text


def test_a_finding_anchor_marks_both_of_its_figures(browser, pages, report):
    at = int(report.audit["holds"].eq(False).to_numpy().argmax())  # the first that fails
    failing = report.audit.iloc[at]
    _open(browser, pages / VIEWER_PAGE, "#" + check_anchors(report.audit)[at])
    marked = browser.execute_script(
        "return Array.from(document.querySelectorAll('.fact.in-check')).map(n => n.id)"
    )
    assert sorted(marked) == sorted({f"fact-{fid}" for fid in failing.fact_ids.split()})
    assert len(marked) >= 2


def test_search_and_topic_filter_act_on_the_figures(browser, pages, report):
    _open(browser, pages / VIEWER_PAGE)
    printed = report.text[report.facts.number_start.iloc[0] : report.facts.number_end.iloc[0]]
    box = browser.find_element("id", "search")
    box.send_keys(report.facts.fact_id.iloc[0])
    hits = browser.execute_script("return document.querySelectorAll('main .fact.hit').length")
    assert hits == 1 and printed
    topic = report.facts.topic.iloc[0]
    browser.find_element("css selector", "details.topics summary").click()
    browser.find_element("css selector", f'#topics input[value="{topic}"]').click()
    off = browser.execute_script("return document.querySelectorAll('main .fact.off').length")
    assert off == int((report.facts.topic == topic).sum())


def test_a_rendered_notebook_page_loads_nothing_and_logs_no_error(browser, pages):
    external, errors = _open(browser, next(pages.glob("0*.html")))
    assert external == [] and errors == []


def test_hovering_a_figure_shows_its_card_and_leaving_it_hides_it(browser, pages, report):
    from selenium.webdriver import ActionChains

    _open(browser, pages / VIEWER_PAGE)
    fact = report.facts.iloc[0]
    node = browser.find_element("id", f"fact-{fact.fact_id}")
    ActionChains(browser).move_to_element(node).perform()
    card = browser.find_element("id", "card")
    assert card.is_displayed() and fact.subject_vi in card.text
    ActionChains(browser).move_to_element(browser.find_element("css selector", "main h2")).perform()
    assert not card.is_displayed()
