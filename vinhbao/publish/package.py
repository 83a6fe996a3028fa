"""The datapackage.json of a folder of frames, from the registry (`catalog.FRAMES`,
`fields.FIELDS`) and the report's identity; `read_frame` reads a frame back with its dtypes."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pandas as pd

from .. import __version__
from ..catalog import FRAMES, Frame
from ..fields import Field, field
from ..parse.fold import ascii_fold

CODE_LICENCE = {
    "name": "MIT",
    "path": "https://opensource.org/licenses/MIT",
    "title": "MIT License: the code that derived these tables (vinhbao, see LICENSE)",
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def package_name(report) -> str:
    """A datapackage name from the report's identity: 'huyen-uy-tan-phu-ha-215-bc-hu-2031'."""
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_fold(report.identity.label.lower())).strip("-")
    return slug or "report"


def field_descriptor(frame: str, name: str) -> dict:
    """A frictionless field: type, description, unit, constraints."""
    spec: Field = field(frame, name)
    out = {"name": name, "type": spec.type, "description": spec.description}
    if spec.unit:
        out["unit"] = spec.unit
    constraints = {
        "required": spec.required or None,
        "unique": spec.unique or None,
        "enum": list(spec.enum) or None,
        "minimum": spec.minimum,
        "pattern": spec.pattern.removeprefix("^").removesuffix("$") or None,
    }
    constraints = {k: v for k, v in constraints.items() if v is not None}
    if constraints:
        out["constraints"] = constraints
    return out


def _foreign_key(spec: Frame, column: str, resource: str, reference: str) -> dict:
    own = resource == spec.name  # a reference to the frame itself names no resource
    return {"fields": column, "reference": {"resource": "" if own else resource,
                                            "fields": reference}}  # fmt: skip


def resource_descriptor(spec: Frame, path: Path) -> dict:
    """A tabular resource: the CSV file, its size and hash, its schema with keys."""
    schema: dict = {"fields": [field_descriptor(spec.name, c) for c in spec.columns],
                    "missingValues": [""]}  # fmt: skip
    if spec.primary_key:
        schema["primaryKey"] = list(spec.primary_key)
    if spec.foreign_keys:
        schema["foreignKeys"] = [_foreign_key(spec, *key) for key in spec.foreign_keys]
    return {
        "name": spec.name, "path": path.name, "profile": "tabular-data-resource",
        "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
        "bytes": path.stat().st_size, "hash": f"sha256:{sha256(path)}",
        "description": spec.description, "schema": schema,
    }  # fmt: skip


def _terms(identity) -> dict:
    named = " ".join(x for x in (identity.issuer, identity.number, identity.date) if x)
    return {
        "name": "source-terms",
        "title": f"The figures, quotes and offsets are those of the report {named or 'read'}; "
        "the tables derived from it may be reused with that report named as their source.",
    }


def source_descriptor(identity, source: Path, folder: Path) -> dict:
    """The report text: issuer, number, date, path relative to the descriptor, sha256."""
    path = Path(os.path.relpath(source.resolve(), folder.resolve())).as_posix()
    return {
        "title": " · ".join(x for x in (identity.issuer, identity.number, identity.date) if x),
        "issuer": identity.issuer, "number": identity.number, "date": identity.date,
        "path": path, "hash": f"sha256:{sha256(source)}",
    }  # fmt: skip


def descriptor(report, folder: Path, created: str, source: Path | None = None) -> dict:
    """The datapackage of the CSVs in `folder` (already written)."""
    identity = report.identity
    package = {
        "profile": "tabular-data-package",
        "name": package_name(report),
        "title": f"{identity.label} as tidy tables",
        "version": __version__,
        "created": created,
        "licenses": [CODE_LICENCE, _terms(identity)],
        "contributors": [
            *([{"title": identity.issuer, "role": "author"}] if identity.issuer else []),
            {"title": "vinhbao", "role": "wrangler"},
        ],
    }
    if source is not None:
        package["sources"] = [source_descriptor(identity, Path(source), folder)]
    package["resources"] = [resource_descriptor(s, folder / f"{n}.csv") for n, s in FRAMES.items()]
    return package


def read_frame(path: str | Path, name: str | None = None) -> pd.DataFrame:
    """A frame written by `vinhbao build` read back with its declared dtypes (enums as
    categoricals, as `FRAMES[name].typed(report.<frame>)`): a .parquet file as it is, a .csv
    file with the registry's types (the frame's name is the file's stem unless given). Text
    stays text ('1.1' is not a number); an empty text cell is ''."""
    path = Path(path)
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    spec = FRAMES[name or path.stem]
    fields = {c: field(spec.name, c) for c in spec.columns}
    blank_is_na = {c: [""] for c, f in fields.items() if f.nullable}
    return pd.read_csv(path, dtype={c: f.typed for c, f in fields.items()},
                       keep_default_na=False, na_values=blank_is_na, encoding="utf-8")  # fmt: skip


SQL_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN",
             "array": "VARCHAR"}  # fmt: skip


def sql_types(name: str) -> dict[str, str]:
    """The SQL (DuckDB) type of each column of a frame: `duckdb.read_csv(path, dtype=...)`."""
    spec = FRAMES[name]
    return {c: SQL_TYPES[field(name, c).type] for c in spec.columns}
