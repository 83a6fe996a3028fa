"""What each column of the frames holds, described once: the datapackage and the README read it.

A column of the same name means the same in every frame, unless `<frame>.<column>` says
otherwise (`description` looks both up).
"""

FIELDS: dict[str, str] = {
    # provenance
    "fact_id": "Stable id of a figure: a hash of where it stands and what it expresses",
    "source": "Where in the report: 'body <section>', 'footnote N', 'appendix row <code>', "
              "'targets (N)'",
    "quote": "Verbatim passage of the normalised report text holding the figure",
    "start": "Character offset where the quote starts in the normalised text",
    "end": "Character offset where the quote ends (exclusive)",
    "number_start": "Offset of the figure itself",
    "number_end": "Offset just after the figure",
    "line": "Line of the normalised text (1 first)",
    "flag_notes": "Findings about this row: misprints kept as printed, bounds, inherited cells",
    # facts
    "topic": "Topic of the figure (economy, agriculture, budget, land, cases, party, social …)",
    "subject": "Canonical id of what the figure is about (empty where the lexicon knows none)",
    "aspect": "Which part or state of the subject (received, on_time, residential …)",
    "subject_vi": "The words naming the figure's subject, as printed",
    "label_vi": "Vietnamese label of the subject",
    "label_en": "English label of the subject",
    "measure": "What is measured: area, yield, output, amount, count, rate …",
    "kind": "level, change_pct, ratio_pct, change_abs, change_pp, share_pct or target",
    "base": "What a change or ratio is on: last_year, plan, estimate, other (empty for levels)",
    "base_text": "The base as printed ('cùng kỳ', 'KH', 'dự toán tỉnh giao')",
    "value": "The figure in the canonical unit, signed (a fall is negative)",
    "unit": "Canonical unit (see vinhbao.parse.units.UNITS)",
    "low": "Lower bound of a target (empty: open)",
    "high": "Upper bound of a target (empty: open)",
    "bound": "A word before the figure saying it is not exact (trên, gần, khoảng …)",
    "period": "The year the figure refers to, read from the text",
    "value_printed": "The figure as printed, in the printed unit",
    "unit_printed": "The unit as printed",
    "denominator": "The total a count is printed over ('39/59 hộ': 59)",
    "parent_id": "fact_id of the total this figure is a part of",
    "derived": "Whether the row is computed (an implied previous-year level), not printed",
    # appendix and targets
    "code": "Row code: N as printed, then N.b, N.c … for a row's further indicators",
    "row": "The row number as printed",
    "parent": "Code of the row this one belongs to",
    "level": "Depth of the row under its parent (0 for a numbered row)",
    "section": "Section of the table or of the text the row stands in",
    "section_title": "Title of the table's section",
    "section_path": "Headings above the paragraph, outermost first",
    "heading": "The paragraph's own heading",
    "indicator": "Indicator as printed (Vietnamese)",
    "indicator_en": "Indicator in English",
    "unit_canonical": "The printed unit as a canonical unit",
    "target_text": "Target as printed",
    "target_start": "Offset of the target as printed",
    "target_low": "Lower bound of the target interval (empty: open)",
    "target_high": "Upper bound of the target interval (empty: open)",
    "low_inclusive": "Whether the lower bound is included ('từ', 'trở lên') or not ('trên')",
    "high_inclusive": "Whether the upper bound is included",
    "actual_text": "Result as printed",
    "actual_start": "Offset of the result cell",
    "actual": "Result as a number, signed",
    "actual_is_change": "Whether the result is printed as a change ('Tăng 0,6%')",
    "previous_text": "Last year's result as printed (where the table has the column)",
    "previous_start": "Offset of last year's result",
    "previous": "Last year's result as a number",
    "ratio_text": "The table's comparison cell as printed ('So sánh (%)')",
    "ratio_start": "Offset of the comparison cell",
    "ratio": "The comparison as a number (%)",
    "status_text": "Completion status as printed",
    "status": "Printed status normalised: met / exceeded / not met / mixed",
    "better": "Direction: higher or lower values are better",
    "status_computed": "Status computed from actual, target interval and direction",
    "status_agrees": "Whether printed and computed status agree",
    "gap": "Actual minus the bound it falls outside (0 inside the target interval)",
    "item": "The item number of the target list",
    "context": "The item's words before its first target (for a target that continues it)",
    "approx": "Whether the target is approximate ('khoảng', 'trên dưới')",
    # text
    "number": "Footnote number",
    "text": "Text as printed (the token, the footnote, the paragraph)",
    "cited_in": "The sentence citing the footnote",
    "marker_start": "Offset of the footnote's marker in the body",
    "pieces": "How many pieces the passage was stitched from across page breaks",
    "spans": "The (start, end) offsets of those pieces",
    "note": "What the row says beyond its kind",
    # issues
    "part": "Part of the report: appendix, targets, footnotes, body, numbers",
    "severity": "warning or info (issues); error or misrounding (audit)",
    "found": "What was found",
    "expected": "What was expected",
    # rice
    "season": "spring, main or year",
    "season_vi": "The season as printed (vụ xuân, vụ mùa, cả năm)",
    "yield_convention": "Whole-year yield: per ha sown, or the two seasons' yields added",
    # audit
    "check": "Name of the audit check",
    "expression": "The check: stated = computed, over fact references",
    "stated": "The figure as stated by the report (canonical unit)",
    "computed": "The figure computed from the report's other figures",
    "difference": "stated - computed",
    "holds": "Whether stated and computed agree within printed precision",
    "fact_ids": "The facts the check reads, space-separated",
    "audit.kind": "sum, balance, ratio, product, growth or cross",
    "audit.unit": "Canonical unit of the stated figure",
    "numbers.kind": "What the token is: figure, year, date, document_number, item_label, "
                    "footnote_marker, name …",
    "numbers.fact_id": "The fact a figure token is (empty for other kinds)",
    "targets.kind": "What the target is for: a level, or a change (change_pct, change_pp, "
                    "change_abs)",
    "targets.unit": "Canonical unit of the target",
    "appendix.unit": "The unit as printed in the table",
    "appendix.source": "'appendix row <code>'",
    "targets.source": "'targets (N)': the item of the target list",
}  # fmt: skip


def description(frame: str, column: str) -> str:
    """What a column of a frame holds ('' if not described)."""
    return FIELDS.get(f"{frame}.{column}", FIELDS.get(column, ""))
