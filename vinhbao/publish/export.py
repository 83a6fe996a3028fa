"""Frames -> <out>/<frame>.csv and a frictionless datapackage.json describing them."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pandas as pd

from ..catalog import FRAMES
from ..config import DATA_PROCESSED, ROOT
from ..fields import description
from ..parse.fold import ascii_fold
from ..report import Report

_TYPES = {"f": "number", "i": "integer", "b": "boolean"}


def _field(frame: str, name: str, dtype) -> dict:
    kind = getattr(dtype, "kind", "O")
    out = {
        "name": name,
        "type": "boolean" if str(dtype) == "boolean" else _TYPES.get(kind, "string"),
    }
    text = description(frame, name)
    if text:
        out["description"] = text
    return out


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def package_name(report: Report) -> str:
    """A datapackage name from the report's identity: 'huyen-uy-tan-phu-ha-215-bc-hu-2031'."""
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_fold(report.identity.label.lower())).strip("-")
    return slug or "report"


def _source_path(source: Path) -> str:
    """The source's path relative to the project (the same on every checkout), else absolute."""
    path = source.resolve()
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def write_frames(
    report: Report, out: Path = DATA_PROCESSED, source: Path | None = None
) -> list[Path]:
    """Write every frame as CSV plus datapackage.json; returns the paths written."""
    from .schemas import validate

    frames = validate(report)
    out.mkdir(parents=True, exist_ok=True)
    written, resources = [], []
    for name, spec in FRAMES.items():
        frame: pd.DataFrame = frames.get(name, getattr(report, name))
        path = out / f"{name}.csv"
        frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        written.append(path)
        resources.append({
            "name": name, "path": path.name, "format": "csv", "encoding": "utf-8",
            "description": spec.description,
            "schema": {"fields": [_field(name, c, frame[c].dtype) for c in frame.columns]},
        })  # fmt: skip
    identity = report.identity
    package = {
        "name": package_name(report),
        "title": f"{identity.label} as tidy tables",
        "resources": resources,
    }
    if source is not None:
        package["sources"] = [{
            "title": " · ".join(x for x in (identity.issuer, identity.number, identity.date) if x),
            "path": _source_path(Path(source)),
            "hash": f"sha256:{sha256(Path(source))}",
        }]  # fmt: skip
    meta = out / "datapackage.json"
    meta.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    written.append(meta)
    return written
