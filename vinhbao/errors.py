"""The library's own exceptions: bad input is refused with the line and what was expected."""

from __future__ import annotations


class VinhbaoError(ValueError):
    """Base class of every error vinhbao raises on bad input."""


class ReportFormatError(VinhbaoError):
    """The text is not a report vinhbao can read: says where, what was found and expected."""

    def __init__(self, message: str, *, line: int | None = None, expected: str | None = None):
        self.line = line
        self.expected = expected
        where = f"line {line}: " if line is not None else ""
        wanted = f"; expected {expected}" if expected else ""
        super().__init__(f"{where}{message}{wanted}")


class NumberFormatError(VinhbaoError):
    """A number or a target that is not written the Vietnamese way."""
