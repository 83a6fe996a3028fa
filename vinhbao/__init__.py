"""vinhbao: Vietnamese local-government reports as tidy, traceable pandas frames."""

from .errors import NumberFormatError, ReportFormatError, VinhbaoError
from .report import Report, load_report


def load_reports(sources):
    """Several reports side by side (see `vinhbao.collection.ReportCollection`)."""
    from .collection import load_reports as _load_reports

    return _load_reports(sources)


__all__ = [
    "NumberFormatError",
    "Report",
    "ReportFormatError",
    "VinhbaoError",
    "load_report",
    "load_reports",
]
__version__ = "0.1.0"
