"""Closed vocabularies of the frames' columns that no other rules table lists: the schemas and the
datapackage take their enums from here and from the units, lexicon and table rules."""

# What a fact expresses (see README, the fact model).
KINDS: tuple[str, ...] = (
    "level", "change_pct", "ratio_pct", "change_abs", "change_pp", "share_pct", "target",
)  # fmt: skip
# What a target of the next year's list is for.
TARGET_KINDS: tuple[str, ...] = ("level", "change_pct", "change_pp", "change_abs", "ratio_pct")
# What a change or ratio is on, once read ('year' bases become last_year or other).
FACT_BASES: tuple[str, ...] = ("last_year", "plan", "estimate", "other")
# Bounds of a figure not printed exact (the symbols of cues.BOUND_MEANING).
BOUND_SYMBOLS: tuple[str, ...] = (">", ">=", "<", "<=", "~")
# Completion statuses of the appendix: printed and computed ('mixed': some parts met).
STATUSES: tuple[str, ...] = ("met", "exceeded", "not met", "mixed")
# Direction of an indicator.
BETTER: tuple[str, ...] = ("higher", "lower")
# Severities of report.issues and of the audit's failed checks.
ISSUE_SEVERITIES: tuple[str, ...] = ("warning", "info")
# A check that fails is an error, or a misrounding when the sides miss by one unit of the last
# printed digit; a note is a check that holds with something to say (a residual left out).
AUDIT_SEVERITIES: tuple[str, ...] = ("error", "misrounding", "note")
# Shapes of the audit's checks (see rules.checks).
AUDIT_KINDS: tuple[str, ...] = (
    "sum", "within", "balance", "ratio", "product", "growth", "cross", "items", "status",
)  # fmt: skip
# The generic unit of a count whose noun the units table does not list.
GENERIC_COUNT_UNIT = "count"
