"""The provenance viewer (`vinhbao.publish.viewer`): one highlight per figure where it stands,
escaped text, anchors of the audit's findings, a page that loads nothing; on invented text and on
the bundled report."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pandas as pd
import pytest

import vinhbao
from vinhbao.publish.cli import main
from vinhbao.publish.display import number
from vinhbao.publish.viewer import check_anchors, fact_href, viewer_html

SMALL = """BÁO CÁO

Tình hình, kết quả thực hiện nhiệm vụ năm 2023

1. Kinh tế

Tổng diện tích gieo cấy lúa cả năm 100 ha, sản lượng 500 tấn¹. Doanh thu dịch vụ <b>"A&B"</b>\
 ước đạt 702,5 tỷ đồng; cấp 12 GCN.

¹ Trong đó diện tích gieo cấy vụ lúa xuân là 60 ha, sản lượng 250 tấn; vụ mùa 40 ha, sản lượng\
 200 tấn.

PHỤ LỤC

TT\tChỉ tiêu\tĐơn vị tính\tChỉ tiêu Nghị quyết\tKết quả thực hiện năm 2023\tMức độ hoàn thành
1\tTổng giá trị sản xuất tăng\t%\t14-15\t14,64\tĐạt
"""
REPORTS = Path(__file__).parent / "reports"  # other layouts: spaces and pipes between cells
SPAN = re.compile(r'<span class="fact ([^"]*)" id="fact-([^"]+)" tabindex="0">(.*?)</span>')


@pytest.fixture(scope="module")
def small() -> vinhbao.Report:
    return vinhbao.load_report(SMALL)


@pytest.fixture(scope="module")
def small_page(small) -> str:
    return viewer_html(small)


@pytest.fixture(scope="module")
def bundled_page(report) -> str:
    return viewer_html(report)


def _spans(page: str) -> dict[str, tuple[str, str]]:
    found = SPAN.findall(page)
    ids = [fid for _, fid, _ in found]
    assert len(ids) == len(set(ids)), "a figure highlighted twice"
    return {fid: (classes, unescape(inner)) for classes, fid, inner in found}


def _main(page: str) -> str:
    return page[page.index('<main id="text">') : page.index("</main>")]


def _facts_data(page: str) -> dict:
    start = page.index('<script type="application/json" id="facts-data">')
    body = page[start:].split(">", 1)[1].split("</script>", 1)[0]
    return json.loads(body)


def test_each_figure_is_one_highlight_around_its_printed_number(small, small_page):
    spans = _spans(small_page)
    assert sorted(spans) == sorted(small.facts["fact_id"])
    for fact in small.facts.itertuples():
        classes, inner = spans[fact.fact_id]
        assert inner == small.text[fact.number_start : fact.number_end]
        assert f"t-{fact.topic}" in classes.split()
    assert spans[small.facts.query("unit == 'billion_vnd'").fact_id.iloc[0]][1] == "702,5"


def test_the_appendix_is_a_table_whose_cells_hold_their_figures(small, small_page):
    table = small_page[small_page.index("<table>") : small_page.index("</table>")]
    assert "<th>Chỉ tiêu Nghị quyết</th>" in table
    actual = small.facts.query("source == 'appendix row 1' and value == 14.64").fact_id.iloc[0]
    assert (
        f'<td><span class="fact t-economy" id="fact-{actual}" tabindex="0">14,64</span></td>'
        in (table)
    )
    assert table.count("<tr ") == 2  # header and the one row


def test_text_is_escaped_in_the_page_and_in_the_cards(small_page):
    assert "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;" in _main(small_page)
    assert "<b>" not in small_page
    assert small_page.count("</script>") == 2  # the data and the code: the text closes none
    hostile = viewer_html(vinhbao.load_report(SMALL.replace("<b>", "</script><script>x()")))
    assert "</script><script>x()" not in hostile and hostile.count("</script>") == 2
    assert "\\u003c/script\\u003e\\u003cscript\\u003ex()" in hostile  # inside the cards' JSON


def test_a_footnote_follows_the_paragraph_citing_it_and_links_back(small_page):
    main_html = _main(small_page)
    citing = main_html.index('<a class="fnref" href="#fn-1" id="fnref-1">¹</a>')
    note = main_html.index('<aside class="footnote" id="fn-1">')
    assert citing < note < main_html.index("<table>")
    assert '<a class="fnback" href="#fnref-1">1</a>' in main_html


def test_findings_have_anchors_listing_their_figures_and_mark_them(small, small_page):
    failing = small.audit.query("check == 'rice output: seasons add to the year'").iloc[0]
    assert not failing.holds
    ids = failing.fact_ids.split()
    item = re.search(
        r'<li class="finding fails" id="check-rice-output-seasons-add-to-the-year" '
        r'data-facts="([^"]+)">(.*?)</ul></li>',
        small_page,
    )
    assert item and item.group(1).split() == ids
    assert all(f'<a href="#fact-{fid}">' in item.group(2) for fid in ids)
    assert "stated 500 t, computed 450 t" in item.group(2)
    assert 'id="check-rice-area-seasons-add-to-the-year"' in small_page  # holds: no 'fails'
    assert '<li class="finding" id="check-rice-area-seasons-add-to-the-year"' in small_page
    spans = _spans(small_page)
    failing_ids = {fid for fid, (classes, _) in spans.items() if "failing" in classes.split()}
    assert failing_ids == set(ids)


def test_cards_hold_the_fields_and_the_checks_of_each_figure(small, small_page):
    cards = _facts_data(small_page)
    rice = small.facts.query("subject == 'rice_year' and measure == 'output'").iloc[0]
    card = cards[rice.fact_id]
    assert (card["printed"], card["unit"], card["value"], card["period"]) == (
        "500",
        "t",
        "500",
        "2023",
    )
    assert card["checks"][0] == [
        "check-rice-output-seasons-add-to-the-year",
        "rice output: seasons add to the year",
        "fails",
    ]
    # the others read a figure this text lacks (a yield, a growth rate)
    assert {state for _, _, state in card["checks"][1:]} == {"not evaluated"}
    assert len(card["checks"]) == len(
        small.audit[small.audit["fact_ids"].str.contains(rice.fact_id)]
    )
    assert card["source"] == "body 1" and card["subject"] == "rice_year"


def test_the_glossary_lists_the_abbreviations_the_text_uses(small_page):
    glossary = small_page[small_page.index('<dl class="glossary">') :].split("</dl>", 1)[0]
    assert "<dt>GCN</dt><dd>land-use-rights certificate</dd>" in glossary
    assert "<dt>KH</dt>" not in glossary  # not in this text


def test_the_page_loads_nothing_and_is_the_same_bytes_each_time(small_page):
    assert not re.search(r"(?:src|href)=[\"']?(?:https?:)?//", small_page)
    assert "@import" not in small_page and "url(" not in small_page
    assert "default-src 'none'" in small_page  # the browser itself refuses any request
    assert viewer_html(vinhbao.load_report(SMALL)) == small_page


def test_the_bundled_report_has_one_highlight_per_figure_and_an_anchor_per_check(
    report, bundled_page
):
    spans = _spans(bundled_page)
    assert len(spans) == len(report.facts) == report.facts["fact_id"].nunique()
    for fact in report.facts.itertuples():
        assert spans[fact.fact_id][1] == report.text[fact.number_start : fact.number_end]
    flagged = {fid for fid, (classes, _) in spans.items() if "flagged" in classes.split()}
    assert flagged == set(report.facts.loc[report.facts["flag_notes"] != "", "fact_id"])
    anchors = re.findall(r'<li class="finding[^"]*" id="(check-[^"]+)"', bundled_page)
    assert len(anchors) == len(set(anchors)) == len(report.audit)
    assert len(re.findall(r'<li class="finding fails"', bundled_page)) == int(
        report.audit["holds"].eq(False).sum()
    )
    assert len(re.findall(r'<aside class="footnote" id="fn-\d+">', bundled_page)) == 46


def test_the_bundled_report_shows_its_misprints_flagged(report, bundled_page):
    yield_22 = report.facts.query("source == 'footnote 22' and unit == 't_per_ha'")
    printed = report.text[yield_22.number_start.iloc[1] : yield_22.number_end.iloc[1]]
    assert printed == "61,88"
    classes, _ = _spans(bundled_page)[yield_22.fact_id.iloc[1]]
    assert "flagged" in classes.split()


def test_check_anchors_are_ascii_slugs_and_unique():
    audit = pd.DataFrame({"check": ["a: b = c", "a: b = c", "triệu tập: count / đơn"]})
    assert check_anchors(audit) == ["check-a-b-c", "check-a-b-c-2", "check-trieu-tap-count-don"]


def test_helpers_for_links_and_numbers():
    assert fact_href("f123") == "report.html#fact-f123"
    assert fact_href("f123", "../reports/report.html") == "../reports/report.html#fact-f123"
    assert number(3305154.0) == "3,305,154" and number(-0.5) == "-0.5"
    assert number(-0.00001) == "0" and number(1 / 3) == "0.3333"


def test_view_command_writes_the_page_of_any_report(tmp_path, capsys):
    source, out = tmp_path / "small.txt", tmp_path / "out" / "page.html"
    source.write_text(SMALL, encoding="utf-8")
    assert main(["view", "--source", str(source), "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote {out}\n"
    assert out.read_text(encoding="utf-8") == viewer_html(vinhbao.load_report(SMALL))


def test_view_command_on_bad_input_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe1\x00.\x00")
    assert main(["view", "--source", str(bad), "--out", str(tmp_path / "x.html")]) == 2
    assert capsys.readouterr().err.startswith("vinhbao view: ")
    assert not (tmp_path / "x.html").exists()


def test_headings_title_lines_and_abbreviations_read_as_such(small_page):
    main_html = _main(small_page)
    assert '<p class="caps">BÁO CÁO</p>' in main_html  # a line in capitals, not a section
    assert "<h4>1. Kinh tế</h4>" in main_html
    assert '<abbr title="land-use-rights certificate">GCN</abbr>.' in main_html


@pytest.mark.parametrize("name", sorted(p.name for p in REPORTS.glob("*.txt")))
def test_reports_of_other_layouts_have_one_highlight_per_figure(name):
    other = vinhbao.load_report(REPORTS / name)
    page = viewer_html(other)
    spans = _spans(page)
    assert sorted(spans) == sorted(other.facts["fact_id"])
    for fact in other.facts.itertuples():
        assert spans[fact.fact_id][1] == other.text[fact.number_start : fact.number_end]
    assert _main(page).count("<table>") == len(other.document.tables)
