"""vinhbao: the Vĩnh Bảo district Party Committee's 2023 report as tidy, traceable pandas frames."""

from .errors import NumberFormatError, ReportFormatError, VinhbaoError
from .report import Report, load_report

__all__ = ["NumberFormatError", "Report", "ReportFormatError", "VinhbaoError", "load_report"]
__version__ = "0.1.0"
