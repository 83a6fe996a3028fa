"""Rows as dicts <-> pandas frames, column by column: pandas is slow one row at a time."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
import pyarrow as pa


def records(frame: pd.DataFrame, columns: Iterable[str] | None = None) -> list[dict]:
    """The rows of a frame (or of some of its columns) as dicts of plain Python values, in order:
    what `frame.to_dict('records')` gives, without its cost."""
    names = list(frame.columns if columns is None else columns)
    values = [frame[name].tolist() for name in names]
    return [dict(zip(names, row, strict=True)) for row in zip(*values, strict=True)]


def frame_of(
    rows: list[dict], columns: Iterable[str], dtypes: Mapping | None = None
) -> pd.DataFrame:
    """Rows (dicts holding every column) -> a frame with these columns in this order.

    Each column's type is inferred as `pd.DataFrame(rows)` would, unless `dtypes` sets it (e.g.
    'float64' for a column holding None, 'boolean' for a nullable flag): such a column is built
    with its type, never cast. No rows: empty columns of type object, or of their `dtypes`.
    """
    names, dtypes = list(columns), dict(dtypes or {})
    if not rows:
        return pd.DataFrame(columns=names).astype(dtypes)
    columns = {name: _column([row[name] for row in rows], dtypes.get(name)) for name in names}
    return pd.DataFrame(columns, copy=False)  # the arrays are the frame's own


def _column(values: list, dtype) -> list | np.ndarray | pd.api.extensions.ExtensionArray:
    """The values as an array of `dtype` (an extension type through its array's constructor,
    which `pd.array` reaches only after costly checks; text held in Arrow's large strings
    straight away when every value is a str); None: the list, to be inferred."""
    if dtype is None:
        return values
    dtype = pd.api.types.pandas_dtype(dtype)
    text = isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow"
    if text and set(map(type, values)) == {str}:
        return dtype.construct_array_type()(pa.array(values, type=pa.large_string()), dtype=dtype)
    if isinstance(dtype, pd.api.extensions.ExtensionDtype):
        return dtype.construct_array_type()._from_sequence(values, dtype=dtype)
    return np.array(values, dtype=dtype)
