"""Derive: statuses and gaps, topic frames, the audit of the report's arithmetic."""
