"""`vinhbao build` (CSV + datapackage.json), `vinhbao render` (notebooks -> HTML), `audit`,
`patterns` (the phrasings the extraction relies on)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..config import DATA_PROCESSED, RAW_REPORT
from ..errors import VinhbaoError


def build(args: argparse.Namespace) -> int:
    from ..report import load_report
    from .export import write_frames

    source = Path(args.source) if args.source else RAW_REPORT
    paths = write_frames(load_report(source), Path(args.out), source=source)
    for path in paths:
        print(f"wrote {path}")
    return 0


def render(args: argparse.Namespace) -> int:
    from .render import render_notebooks

    for path in render_notebooks():
        print(f"rendered {path}")
    return 0


def audit(args: argparse.Namespace) -> int:
    from ..report import load_report

    report = load_report(Path(args.source) if args.source else None)
    failed = report.audit[report.audit["holds"].eq(False)]
    print(f"{len(report.audit)} checks, {len(failed)} do not hold:")
    for _, row in failed.iterrows():
        print(f"- {row['check']}: stated {row['stated']:g}, computed {row['computed']:g}")
    return 0


def patterns(args: argparse.Namespace) -> int:
    from ..extract.patterns import PATTERNS

    for p in PATTERNS:
        if args.topic in (None, p.topic):
            print(f"{p.topic:<12} {p.where:<12} {p.subject}\n    {p.template}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="vinhbao", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("build", help="parse the report and write data/processed/")
    p.add_argument("--source", help="report text file (default: the bundled raw report)")
    p.add_argument("--out", default=str(DATA_PROCESSED), help="output folder")
    p.set_defaults(func=build)
    p = sub.add_parser("render", help="execute the notebooks and render them to reports/*.html")
    p.set_defaults(func=render)
    p = sub.add_parser("audit", help="print the checks that do not hold")
    p.add_argument("--source", help="report text file (default: the bundled raw report)")
    p.set_defaults(func=audit)
    p = sub.add_parser("patterns", help="list the phrasings the extraction patterns look for")
    p.add_argument("--topic", help="only this topic (economy, rice, budget, land, cases …)")
    p.set_defaults(func=patterns)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except VinhbaoError as exc:  # bad input: the message names the line and what was expected
        print(f"vinhbao {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
