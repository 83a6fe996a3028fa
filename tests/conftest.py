"""Shared fixtures: the bundled report, parsed once per session."""

from __future__ import annotations

import pytest

import vinhbao
from vinhbao.config import RAW_REPORT


@pytest.fixture(scope="session")
def raw_text() -> str:
    return RAW_REPORT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def report() -> vinhbao.Report:
    return vinhbao.load_report()
