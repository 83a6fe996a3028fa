"""The raw report is bundled unchanged, and the two dependency lists agree."""

from __future__ import annotations

import hashlib
import re
import tomllib

from vinhbao.config import RAW_REPORT, ROOT

SHA256 = "8d2492416d9fb423092171b7783e818d5c93bbdc72e56b2a8ad35e7fc8dcbefb"


def test_raw_report_is_unchanged():
    assert hashlib.sha256(RAW_REPORT.read_bytes()).hexdigest() == SHA256


def test_raw_readme_states_the_checksum():
    assert SHA256 in (RAW_REPORT.parent / "README.md").read_text(encoding="utf-8")


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[]", requirement.strip(), maxsplit=1)[0].lower()


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_name(r) for r in project["dependencies"]}
    declared |= {_name(r) for r in project["optional-dependencies"]["dev"]}
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    block = env.split("dependencies:", 1)[1]
    conda = {
        _name(m.group(1))
        for m in re.finditer(r"^  - ([A-Za-z][\w.-]*)", block, re.MULTILINE)
        if m.group(1) not in {"python", "pip"}
    }
    assert conda == declared
    assert "  - pip:\n      - -e ." in (ROOT / "environment.yml").read_text(encoding="utf-8")
