"""`vinhbao build` (CSV + datapackage.json), `vinhbao render` (notebooks -> HTML), `audit`,
`patterns` (the subject phrases of the lexicon the extraction reads figures by)."""

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
    from .display import with_unit

    report = load_report(Path(args.source) if args.source else None)
    failed = report.audit[report.audit["holds"].eq(False)]
    unread = int(report.audit["holds"].isna().sum())  # a figure the check reads is not found
    skipped = f", {unread} not evaluated (figures missing)" if unread else ""
    print(f"{len(report.audit)} checks, {len(failed)} do not hold{skipped}:")
    for row in failed.itertuples():
        stated, computed = with_unit(row.stated, row.unit), with_unit(row.computed, row.unit)
        print(f"- {row.check}: stated {stated}, computed {computed} ({row.severity}; {row.source})")
    return 0


def patterns(args: argparse.Namespace) -> int:
    from ..rules.lexicon import SUBJECTS

    topics = list(dict.fromkeys(entry["topic"] for entry in SUBJECTS))
    if args.topic is not None and args.topic not in topics:
        print(
            f"vinhbao patterns: no topic {args.topic!r}; expected one of {', '.join(topics)}",
            file=sys.stderr,
        )
        return 2
    for entry in SUBJECTS:
        if args.topic in (None, entry["topic"]):
            print(f"{entry['topic']:<12} {entry['id']:<36} {entry['en']}")
            print(f"    {' | '.join(entry['phrases'])}")
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
    p = sub.add_parser("patterns", help="list the subject phrases of the lexicon")
    p.add_argument(
        "--topic",
        help="only this topic (economy, agriculture, budget, land, cases, party, social …)",
    )
    p.set_defaults(func=patterns)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except VinhbaoError as exc:  # bad input: the message names the line and what was expected
        print(f"vinhbao {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
