"""The pages a reviewer reads: notebook helpers (quote windows, links to the viewer, tidy tables,
shortfalls, the glossary of a page's Vietnamese) and the rendered HTML (titles, navigation,
nothing loaded from the network)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from vinhbao.derive.status import shortfall
from vinhbao.notebook.plan import rows_table, shortfalls, status_table
from vinhbao.notebook.tables import fact_link, fact_table, linked_table, tidy, window
from vinhbao.notebook.words import explain, terms
from vinhbao.parse.targets import parse_target
from vinhbao.publish.display import number, with_unit
from vinhbao.publish.render import notebook_paths, render_notebooks

# a resource the browser would fetch: src/href attributes, CSS url() and @import, JS import()
REMOTE = re.compile(
    r"""(?:\b(?:src|href)\s*=\s*["']?|url\(\s*["']?|@import\s+["']|import\(\s*["'])https?://""",
    re.IGNORECASE,
)

# what a table cell must not show: escaped tabs or line breaks, scientific notation, '5726.0'
BAD_CELL = re.compile(r"\\[nt]|\de[+-]\d|^-?\d+\.0$")

SENTENCE = "Diện tích gieo cấy vụ xuân đạt 7.990,59 ha, tăng 0,27% so với cùng kỳ năm trước"


@pytest.mark.parametrize("width", [10, 20, 30, 45, 200])
@pytest.mark.parametrize("figure", ["7.990,59", "0,27%", "Diện", "trước"])
def test_a_quote_window_always_holds_the_whole_figure(figure, width):
    start = SENTENCE.index(figure)
    shown = window(SENTENCE, start, start + len(figure), width)
    assert figure in shown
    body = shown.removeprefix("… ").removesuffix(" …")
    assert body in SENTENCE
    assert shown.startswith("… ") == (not SENTENCE.startswith(body))
    assert shown.endswith(" …") == (not SENTENCE.endswith(body))
    if width >= len(SENTENCE):
        assert shown == SENTENCE


def test_a_quote_window_is_centred_on_its_figure_and_cut_at_spaces():
    start = SENTENCE.index("0,27%")
    assert window(SENTENCE, start, start + 5, 24) == "… ha, tăng 0,27% so với …"
    assert window("a\tb\nc 12 d", 6, 8, 40) == "a b c 12 d"  # tabs and line breaks as spaces


def test_the_window_of_every_bundled_fact_holds_its_figure(report):
    facts = report.facts
    table = fact_table(facts, ["fact_id"], width=50)
    printed = [
        report.text[s:e] for s, e in zip(facts["number_start"], facts["number_end"], strict=True)
    ]
    assert table.frame["figure"].tolist() == printed
    assert all(p in q for p, q in zip(printed, table.frame["quote"], strict=True))
    # the spring-rice rows that once shared one cut quote now read apart
    spring = facts[(facts["subject"] == "spring_rice") & (facts["kind"] == "level")]
    assert fact_table(spring, ["measure"]).frame["quote"].is_unique


def test_fact_tables_link_each_figure_to_its_highlight_in_the_viewer(report):
    fact = report.facts.iloc[[0]]
    html = fact_table(fact, ["subject"])._repr_html_()
    fid = fact["fact_id"].iloc[0]
    assert f'<a href="report.html#fact-{fid}">' in html
    assert fact_link("f1", "7.990,59") == '<a href="report.html#fact-f1">7.990,59</a>'
    assert "&lt;a" not in html  # the link is markup, the other cells are escaped text
    audit = linked_table(report.audit.iloc[[0]][["check", "fact_ids"]])._repr_html_()
    for fid in report.audit["fact_ids"].iloc[0].split():
        assert f'href="report.html#fact-{fid}"' in audit


def test_tidy_shows_counts_without_decimals_and_blanks_what_is_missing():
    frame = pd.DataFrame(
        {"mixed": [5726.0, "a\tb\n+ c", None], "x": [1.5, float("nan"), 3_305_154.0],
         "ok": pd.array([True, pd.NA, False], dtype="boolean"),
         "text": pd.array(["x\n+ y", None, "z"], dtype="string"), "year": [2031, 2032, 2033]}
    )  # fmt: skip
    shown = tidy(frame)
    assert shown["mixed"].tolist() == ["5,726", "a b + c", ""]
    assert shown["text"].tolist() == ["x + y", "", "z"]
    assert shown["year"].tolist() == [2031, 2032, 2033]  # ints as they are: no '2,031'
    assert shown["x"].tolist() == ["1.5", "", "3,305,154"]
    assert shown["ok"].tolist() == [True, "", False]
    assert "e+06" not in repr(shown) and "NaN" not in repr(shown)


def test_figures_with_their_units_in_words():
    assert with_unit(3305.154, "billion_vnd") == "3,305.154 billion VND"
    assert with_unit(0.152573, "pct") == "0.1526%"
    assert with_unit(100282.0, "m2") == "100,282 square metres"
    assert with_unit(5726.0, "dossiers") == "5,726 dossiers"
    assert with_unit(float("nan"), "t") == "" and number(None) == ""


@pytest.mark.parametrize(
    ("target", "actual", "better", "expected"),
    [
        (">20", 20.0, "higher",
         "equal to the bound 20, which '>20' excludes: it asks for more than 20"),
        ("dưới 0,64", 0.64, "lower",
         "equal to the bound 0.64, which 'dưới 0,64' excludes: it asks for less than 0.64"),
        ("14-15", 12.5, "higher", "1.5 below the lower bound 14"),
        ("dưới 12", 13.0, "lower", "1 above the upper bound 12"),
        ("14-15", 14.64, "higher", ""),
        ("14-15", 16.0, "higher", ""),  # exceeded is no shortfall
    ],
)  # fmt: skip
def test_shortfall_says_what_a_missed_target_lacks(target, actual, better, expected):
    assert shortfall(parse_target(target), actual, better) == expected


def test_appendix_shortfalls_and_the_status_table_of_the_bundled_report(report):
    a = report.appendix.set_index("code", drop=False)
    said = shortfalls(a)
    assert said["1.f"] == "equal to the bound 20, which '>20' excludes: it asks for more than 20"
    assert said["20"] == "22 below the lower bound 280"
    assert (said[a["status_computed"] != "not met"] == "").all()
    table = status_table(report.appendix)
    assert list(table.index) == list(table.columns) == ["exceeded", "met", "mixed", "not met"]
    both = report.appendix["status"].notna() & report.appendix["status_computed"].notna()
    assert table.to_numpy().sum() == both.sum() < len(report.appendix)
    assert table.loc["met", "not met"] == 1 and table.loc["mixed", "not met"] == 2
    html = rows_table(a.loc[["1.f"]], report.facts, ["code", "shortfall"])._repr_html_()
    fid = report.facts.query("source == 'appendix row 1.f' and kind != 'target'")["fact_id"]
    assert f'href="report.html#fact-{fid.iloc[0]}">20,0</a>' in html


def test_the_glossary_explains_the_vietnamese_a_page_prints():
    found = terms("Vượt chỉ tiêu TP giao; không đạt chỉ tiêu NQ 06", "13 tấn/ha trở lên")
    assert found["NQ"] == "Party resolution" and found["TP"] == "city"
    assert found["trở lên"] == "or more" and found["không đạt"] == "not met"
    assert found["tấn"] == "tonnes"
    assert "đạt" not in found  # 'không đạt' is read whole
    assert explain("no Vietnamese here") == ""


def test_labels_of_the_bundled_report_read_apart(report):
    a = report.appendix.set_index("code")["indicator_en"]
    t = report.targets.set_index("code")["indicator_en"]
    assert a["12"] != a["12.b"] and a["24"] != a["24.b"]
    assert (t["21.b"], t["21.d"]) == ("Committee members inspected", "Committee members supervised")
    certificates = report.land[report.land["subject"] == "land_certificates"]
    assert certificates["label_en"].is_unique and len(certificates) == 3


def _no_remote_resources(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert not REMOTE.search(html), (page.name, REMOTE.search(html).group())
    assert "<script" not in html  # no require.js, MathJax or mermaid, inline or not


def test_the_remote_resource_pattern_finds_what_a_browser_would_fetch():
    for remote in ['<script src="https://cdn.x/require.js">', "<link href='http://x/a.css'>",
                   "url(https://x/font.woff)", 'await import("https://cdn/mermaid.mjs")',
                   '@import "https://x/y.css"']:  # fmt: skip
        assert REMOTE.search(remote), remote
    assert not REMOTE.search("/* see https://github.com/x/y */ <a href='report.html#fact-f1'>")


def test_rendered_pages_have_titles_navigation_and_load_nothing_from_the_network(tmp_path):
    written = render_notebooks(out=tmp_path, execute=False)  # the stored outputs
    pages, viewer, index = written[:-2], written[-2], written[-1]
    titles = []
    for i, page in enumerate(pages):
        html = page.read_text(encoding="utf-8")
        _no_remote_resources(page)
        title = re.search(r"<title>([^<]*)</title>", html).group(1)
        assert title.startswith(page.stem[:2] + " — ") and title != "Notebook"
        titles.append(title)
        cells = re.findall(r"<td>([^<]*)</td>", html)
        odd = [c for c in cells if c in ("NaN", "None", "&lt;NA&gt;", '""') or BAD_CELL.search(c)]
        assert len(cells) > 20 and not odd, (page.name, odd[:5])
        assert html.count('<a href="index.html">') == 2  # top and bottom
        if i + 1 < len(pages):
            assert f'href="{pages[i + 1].name}"' in html
        else:
            assert 'class="vb-next"' not in html
        if i > 0:
            assert f'href="{pages[i - 1].name}"' in html
    assert len(set(titles)) == len(pages) == len(notebook_paths())
    index_html = index.read_text(encoding="utf-8")
    assert all(f'href="{p.name}"' in index_html for p in pages)
    assert "<title>vinhbao: " in index_html
    assert viewer.name == "report.html" and f"href='{viewer.name}'" in index_html


def test_fact_links_in_the_rendered_pages_point_into_the_viewer(tmp_path, report):
    render_notebooks(out=tmp_path, execute=False)
    ids = set(report.facts["fact_id"])
    linked = set()
    for page in tmp_path.glob("0*.html"):
        linked |= set(re.findall(r'href="report\.html#fact-([^"]+)"', page.read_text("utf-8")))
    assert len(linked) > 100
    assert linked <= ids  # every link names a fact of report.facts
