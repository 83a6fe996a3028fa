"""Small table helpers shared by the notebooks: number formatting, quote windows around a figure,
links to the figure in the viewer, and lookups that join frames by what the library already gives
(offsets, fact ids), never by reading the text."""

from __future__ import annotations

import html

import pandas as pd
from pandas.api.types import is_float_dtype, is_string_dtype

from ..publish.display import number, with_unit

__all__ = [
    "FactTable", "checks_on", "fact_link", "fact_table", "footnote_holding", "linked_table",
    "number", "quote_window", "result_fact", "show_frames_tidy", "source_kind", "tidy",
    "use_number_format",
    "window", "with_unit",
]  # fmt: skip

SOURCE_KINDS = ("appendix row", "targets", "footnote", "body")
VIEWER = "report.html"  # the provenance viewer, beside the rendered pages in reports/


def use_number_format() -> None:
    """Show every float of a displayed frame with `number` (pandas' display.float_format)."""
    pd.set_option("display.float_format", number)


def window(quote: str, start: int, end: int, width: int = 70) -> str:
    """`width` characters of `quote` around quote[start:end] (the figure), cut at spaces, '…'
    where cut; the figure is always whole.

    >>> window("the spring crop sowed 4.215,30 ha, up 0,45% on last year", 22, 30, 24)
    '… sowed 4.215,30 ha, up …'
    """
    text = quote.replace("\n", " ").replace("\t", " ")
    room = max(width - (end - start), 0)
    left = max(start - room // 2, 0)
    right = min(end + room - (start - left), len(text))
    left = max(min(start, right - width), 0)  # room the end leaves goes to the left
    if left > 0 and text[left - 1] != " ":  # cut at a space, never inside the figure
        cut = text.find(" ", left, start)
        left = cut + 1 if cut >= 0 else left
    if right < len(text) and text[right] != " ":
        cut = text.rfind(" ", end, right)
        right = cut if cut >= 0 else right
    head = "… " if left > 0 else ""
    tail = " …" if right < len(text) else ""
    return head + text[left:right].strip() + tail


def quote_window(facts: pd.DataFrame, width: int = 70) -> pd.Series:
    """Each fact's quote shown as a window of `width` characters centred on its figure
    (`number_start`/`number_end`), never cut before it."""
    windows = [window(q, start, end, width) for q, start, end in _figure_spans(facts)]
    return pd.Series(windows, index=facts.index, dtype=object)


def _figure_spans(facts: pd.DataFrame):
    """(quote, start, end) of each fact's figure, its offsets within its quote."""
    starts = (facts["number_start"] - facts["start"]).tolist()
    ends = (facts["number_end"] - facts["start"]).tolist()
    return zip(facts["quote"].tolist(), starts, ends, strict=True)


def fact_link(fact_id: str, text: str | None = None) -> str:
    """An HTML link to the fact's highlight in the viewer (`report.html#fact-<id>`)."""
    label = html.escape(text if text is not None else fact_id)
    return f'<a href="{VIEWER}#fact-{html.escape(fact_id)}">{label}</a>'


def tidy(frame: pd.DataFrame) -> pd.DataFrame:
    """A frame for display: every number formatted by `number` ('4,310', not '4310.0'), also in
    columns of mixed types; missing values blank (not 'NaN', 'None' or '<NA>'); tabs and line
    breaks inside texts as spaces."""

    def cell(v):
        if isinstance(v, str):
            return " ".join(v.split()) if ("\n" in v or "\t" in v) else v
        if isinstance(v, float):  # ints (years, counts of type int) are shown as they are
            return number(v)
        return "" if v is None or v is pd.NA or v is pd.NaT else v

    out = frame.copy()
    for name in out.columns:
        column = out[name]
        if column.dtype == object or is_float_dtype(column) or is_string_dtype(column):
            out[name] = out[name].astype(object).map(cell)
        elif out[name].dtype == "boolean":
            out[name] = out[name].astype(object).map(lambda v: "" if v is pd.NA else v)
    return out


def show_frames_tidy() -> None:
    """In a notebook, display every frame through `tidy` (the frame itself is unchanged)."""
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None:
        return
    formatters = shell.display_formatter.formatters
    formatters["text/html"].for_type(pd.DataFrame, lambda f: tidy(f)._repr_html_())
    formatters["text/plain"].for_type(pd.DataFrame, lambda f, p, cycle: p.text(repr(tidy(f))))


class FactTable:
    """A frame shown for a reviewer, some of its columns links (HTML) to figures in the viewer.
    Shows as HTML in a notebook, as text elsewhere."""

    def __init__(self, frame: pd.DataFrame, links: dict[str, pd.Series]):
        self.frame, self.links = frame, links

    def _repr_html_(self) -> str:
        shown = self.frame.map(lambda v: html.escape(v) if isinstance(v, str) else v)
        for name, column in self.links.items():
            shown[name] = column
        return shown.to_html(escape=False, na_rep="", classes="dataframe")

    def __repr__(self) -> str:
        return repr(self.frame)


def _printed(facts: pd.DataFrame) -> list[str]:
    return [q[start:end] for q, start, end in _figure_spans(facts)]


def fact_table(facts: pd.DataFrame, columns: list[str], width: int = 60) -> FactTable:
    """These columns of the facts, then `figure` (as printed, linked to the viewer) and `quote`
    (a window of `width` characters around it)."""
    printed = _printed(facts)
    frame = tidy(facts[columns]).assign(figure=printed, quote=quote_window(facts, width))
    links = [fact_link(i, p) for i, p in zip(facts["fact_id"], printed, strict=True)]
    return FactTable(frame, {"figure": pd.Series(links, index=facts.index)})


def linked_table(frame: pd.DataFrame, ids: str = "fact_ids") -> FactTable:
    """A frame whose `ids` column holds fact ids (space-separated), shown with each id linked
    to its figure in the viewer (audit rows: the figures a check reads)."""
    links = frame[ids].map(lambda v: " ".join(fact_link(i) for i in str(v).split()))
    return FactTable(tidy(frame), {ids: links})


def source_kind(source: str) -> str:
    """'footnote', 'body', 'appendix row' or 'targets': the kind of place a source names."""
    return next((k for k in SOURCE_KINDS if source.startswith(k)), "other")


def footnote_holding(footnotes: pd.DataFrame, offset: int) -> pd.Series | None:
    """The footnote whose text spans the offset (None if the offset is in no footnote)."""
    hit = footnotes[(footnotes["start"] <= offset) & (offset < footnotes["end"])]
    return hit.iloc[0] if len(hit) else None


def checks_on(audit: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """The audit rows that read at least one of these facts (by `fact_ids`)."""
    ids = set(facts["fact_id"])
    reads = audit["fact_ids"].str.split().map(lambda used: bool(ids.intersection(used)))
    return audit[reads]


def result_fact(facts: pd.DataFrame, source: str) -> pd.Series | None:
    """The fact of a table row's result (its source, not a target), None if the row has none."""
    rows = facts[(facts["source"] == source) & (facts["kind"] != "target")]
    return rows.iloc[0] if len(rows) else None
