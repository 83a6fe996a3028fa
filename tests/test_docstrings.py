"""The examples in vinhbao's docstrings hold: every module's doctests run (on invented text)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import vinhbao

MODULES = sorted(
    name for _, name, _ in pkgutil.walk_packages(vinhbao.__path__, prefix="vinhbao.")
    if not name.endswith("__main__")
)  # fmt: skip


def test_every_module_is_found():
    assert {"vinhbao.extract.grammar", "vinhbao.read.cells", "vinhbao.derive.splits"} <= set(
        MODULES
    )


@pytest.mark.parametrize("name", MODULES)
def test_the_examples_of_a_module_hold(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, name
