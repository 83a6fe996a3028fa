"""The provenance viewer: one self-contained HTML page of a report, every figure marked in its text.

The page holds the rebuilt text (`viewer_text`), a card per figure (hover, click or
`report.html#fact-<fact_id>`), the audit's findings (`#check-<slug>`) linking their figures, a
search box, a topic filter and the glossary. CSS and JS are inlined from `assets/`: the page
loads nothing. The same report gives the same bytes.

>>> from vinhbao import load_report
>>> page = viewer_html(load_report("1. Kinh tế\\n\\nDoanh thu dịch vụ ước đạt 702,5 tỷ đồng.\\n"))
>>> page.count('id="fact-'), "https://" in page
(1, False)
"""

from __future__ import annotations

import json
import re
import unicodedata
from html import escape
from importlib.resources import files
from pathlib import Path

import pandas as pd

from ..rules.glossary import ABBREVIATIONS
from .display import number
from .viewer_text import body_html

VIEWER_PAGE = "report.html"
CARD_FIELDS = (
    "subject", "aspect", "subject_vi", "label_en", "topic", "measure", "kind", "base", "base_text",
    "value", "unit", "low", "high", "bound", "value_printed", "unit_printed", "period", "source",
    "flag_notes",
)  # fmt: skip
UNIT_SHOWN = {"pct": "%", "pp": " pp"}


def fact_href(fact_id: str, page: str = VIEWER_PAGE) -> str:
    """The viewer's anchor of a figure.

    >>> fact_href("f0e0b1280c1")
    'report.html#fact-f0e0b1280c1'
    """
    return f"{page}#fact-{fact_id}"


def check_anchors(audit: pd.DataFrame) -> list[str]:
    """One anchor per audit row, from its check's name: 'check-rice-area-seasons-add-to-the-year'
    (a repeated name gets '-2', '-3' …)."""
    seen: dict[str, int] = {}
    out = []
    for name in audit["check"]:
        ascii_name = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.encode("ascii", "ignore").decode().lower())
        slug = "check-" + (slug.strip("-") or "unnamed")
        seen[slug] = seen.get(slug, 0) + 1
        out.append(slug if seen[slug] == 1 else f"{slug}-{seen[slug]}")
    return out


def _check_rows(report) -> list[dict]:
    """The audit's rows with their anchor and their distinct fact ids."""
    audit = report.audit
    holds = audit["holds"].astype("boolean")  # NA: a figure the check reads is missing
    state = holds.map({True: "holds", False: "fails"}).fillna("not evaluated")
    rows = []
    for anchor, st, row in zip(check_anchors(audit), state, audit.to_dict("records"), strict=True):
        read = row["fact_ids"] if isinstance(row["fact_ids"], str) else ""
        ids = list(dict.fromkeys(read.split()))
        rows.append({**row, "anchor": anchor, "ids": ids, "state": st, "fails": st == "fails"})
    return rows


def _classes(report, checks: list[dict]) -> dict[str, str]:
    """Extra CSS classes of a figure: 'flagged', 'failing' (in a check that does not hold)."""
    out: dict[str, set[str]] = {}
    for fid, notes in zip(report.facts["fact_id"], report.facts["flag_notes"], strict=True):
        if notes:
            out.setdefault(fid, set()).add("flagged")
    for row in checks:
        for fid in row["ids"]:
            if row["fails"]:
                out.setdefault(fid, set()).add("failing")
    return {fid: " ".join(sorted(c)) for fid, c in out.items()}


def _cell(value) -> str:
    if isinstance(value, float):
        return number(value)
    return "" if value is None or value is pd.NA else str(value)


def cards(report, checks: list[dict]) -> dict[str, dict]:
    """fact_id -> the fields its card shows, with the checks it takes part in."""
    taking: dict[str, list[list]] = {}
    for row in checks:
        for fid in row["ids"]:
            taking.setdefault(fid, []).append([row["anchor"], row["check"], row["state"]])
    return {
        rec["fact_id"]: {
            **{k: _cell(rec[k]) for k in CARD_FIELDS},
            "printed": report.text[rec["number_start"] : rec["number_end"]],
            "checks": taking.get(rec["fact_id"], []),
        }
        for rec in report.facts.to_dict("records")
    }


def _fact_link(fid: str, facts: dict[str, dict]) -> str:
    card = facts.get(fid)
    if card is None:
        return f"<li>{escape(fid)} (not found)</li>"
    label = f"{card['printed']} {card['unit_printed']}".strip()
    what = card["label_en"] or card["subject_vi"]
    return (
        f'<li><a href="#fact-{escape(fid)}">{escape(label)}</a> '
        f'<span class="muted">{escape(what)} · {escape(card["source"])}</span></li>'
    )


STATE_ORDER = {"fails": 0, "holds": 1, "not evaluated": 2}
STATE_CLASS = {"fails": " fails", "holds": "", "not evaluated": " unread"}


def _finding(row: dict, facts: dict[str, dict]) -> str:
    """One check: its anchor, status, stated and computed figures, the figures it reads."""
    unit = escape(UNIT_SHOWN.get(row["unit"], f" {row['unit']}") if row["unit"] else "")
    status = {"fails": f"does not hold ({row['severity']})", "holds": "holds"}.get(
        row["state"], "not evaluated: a figure it reads is missing"
    )
    figures = f"stated {number(row['stated'])}{unit}, computed {number(row['computed'])}{unit}"
    return (
        f'<li class="finding{STATE_CLASS[row["state"]]}" id="{row["anchor"]}" '
        f'data-facts="{escape(" ".join(row["ids"]))}">'
        f'<a class="self" href="#{row["anchor"]}">{escape(row["check"])}</a>'
        f'<div class="status">{escape(status)}'
        f"{': ' + figures if row['state'] != 'not evaluated' else ''}"
        f"{' · ' + escape(row['source']) if row['source'] else ''}</div>"
        f'<div class="muted">{escape(str(row["note"] or ""))}</div>'
        f"<ul>{''.join(_fact_link(fid, facts) for fid in row['ids'])}</ul></li>"
    )


def findings_html(checks: list[dict], facts: dict[str, dict]) -> str:
    """The audit's checks, failing first, those not evaluated last: each an anchor listing and
    linking its figures."""
    rows = sorted(checks, key=lambda r: STATE_ORDER[r["state"]])
    return "".join(_finding(row, facts) for row in rows)


def glossary_html(text: str) -> str:
    """The abbreviations of the glossary that the text uses, with their meaning."""
    used = [k for k in sorted(ABBREVIATIONS) if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", text)]
    return "".join(f"<dt>{escape(k)}</dt><dd>{escape(ABBREVIATIONS[k])}</dd>" for k in used)


def topic_css(topics: list[str]) -> str:
    """A colour per topic, spaced around the colour wheel in the order given."""
    rules = []
    for i, topic in enumerate(topics):
        hue = round(i * 360 / max(len(topics), 1) + 20) % 360
        rules.append(f".t-{topic}{{--bg:hsl({hue} 75% 86%);--fg:hsl({hue} 55% 32%)}}")
    return "\n".join(rules)


def topic_filter_html(counts: pd.Series) -> str:
    """A checkbox per topic, with its colour and its number of figures."""
    return "".join(
        f'<label class="chip t-{escape(t)}"><input type="checkbox" value="{escape(t)}" checked>'
        f"{escape(t.replace('_', ' '))} <small>{n}</small></label>"
        for t, n in counts.items()
    )


def _json_script(data) -> str:
    """JSON safe inside <script> (no '<', '>' or '&' left)."""
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return raw.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _asset(name: str) -> str:
    return files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def _summary(report, checks: list[dict]) -> str:
    """'726 figures · 65 checks, 13 do not hold · 46 footnotes'."""
    states = [r["state"] for r in checks]
    unread = states.count("not evaluated")
    return (
        f"{len(report.facts)} figures · {len(checks)} checks, {states.count('fails')} do not hold"
        + (f", {unread} not evaluated" if unread else "")
        + f" · {len(report.document.footnotes)} footnotes"
    )


def viewer_html(report) -> str:
    """The viewer page of a report, as one self-contained HTML string."""
    checks = _check_rows(report)
    facts = cards(report, checks)
    topics = report.facts["topic"].replace("", "none").value_counts().sort_index()
    parts = {
        "title": escape(report.identity.label),
        "css": _asset("viewer.css") + topic_css(list(topics.index)),
        "js": _asset("viewer.js"),
        "data": _json_script(facts),
        "topics": topic_filter_html(topics),
        "summary": escape(_summary(report, checks)),
        "body": body_html(report, _classes(report, checks)),
        "findings": findings_html(checks, facts),
        "glossary": glossary_html(report.text),
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], _asset("viewer.html"))


def write_viewer(report, out: Path) -> Path:
    """Write the viewer page to `out` (folders created) and return the path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(viewer_html(report), encoding="utf-8")
    return out
