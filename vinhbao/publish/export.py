"""Frames -> <out>/<frame>.csv and <frame>.parquet, and a frictionless datapackage.json
describing the CSVs (see `package`). Every frame is validated first: nothing is written for a
report whose frames fail their schema."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from ..catalog import FRAMES
from ..config import DATA_PROCESSED
from .package import descriptor, package_name, sha256

__all__ = ["package_name", "sha256", "write_frames"]


def _created(meta: Path, package: dict) -> str:
    """Now, unless the descriptor already there says the same apart from `created`: then its
    `created` is kept (rebuilding unchanged data changes no file)."""
    if meta.exists():
        old = json.loads(meta.read_text(encoding="utf-8"))
        if {**old, "created": ""} == {**package, "created": ""}:
            return old["created"]
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_frames(report, out: Path = DATA_PROCESSED, source: Path | None = None) -> list[Path]:
    """Write every frame as CSV and Parquet plus datapackage.json; returns the paths written."""
    from .schemas import validate

    frames = validate(report)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in FRAMES:
        path = out / f"{name}.csv"
        frames[name].to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        FRAMES[name].typed(frames[name]).to_parquet(path.with_suffix(".parquet"), index=False)
        written += [path, path.with_suffix(".parquet")]
    meta = out / "datapackage.json"
    package = descriptor(report, out, "", source)
    package["created"] = _created(meta, package)
    meta.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return [*written, meta]
