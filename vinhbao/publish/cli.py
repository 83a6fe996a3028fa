"""`vinhbao build` (CSV, Parquet, datapackage.json), `vinhbao render` (notebooks -> HTML),
`view` (the report with its figures marked, one HTML page), `audit` (the checks that do not
hold), `patterns` (the subject phrases of the lexicon)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from .. import __version__
from ..config import DATA_PROCESSED, RAW_REPORT, REPORTS, ROOT
from ..errors import VinhbaoError

Command = Callable[[argparse.Namespace], int]


class UsageError(VinhbaoError):
    """A command called without what it needs."""


def default_out(cwd: Path | None = None) -> Path:
    """The project's data/processed/ when run inside the project, else an error naming --out."""
    here = (cwd or Path.cwd()).resolve()
    if (ROOT / "pyproject.toml").exists() and here.is_relative_to(ROOT):
        return DATA_PROCESSED
    raise UsageError(f"not inside the vinhbao project ({ROOT}): give the folder to write with "
                     "--out DIR")  # fmt: skip


def _source(args: argparse.Namespace) -> Path | None:
    return Path(args.source) if args.source else None


def build(args: argparse.Namespace) -> int:
    from ..report import load_report
    from .export import write_frames

    out = Path(args.out) if args.out else default_out()
    source = _source(args) or RAW_REPORT
    for path in write_frames(load_report(source), out, source=source):
        print(f"wrote {path}")
    return 0


def render(args: argparse.Namespace) -> int:
    from .render import render_notebooks

    for path in render_notebooks():
        print(f"rendered {path}")
    return 0


def view(args: argparse.Namespace) -> int:
    from ..report import load_report
    from .viewer import write_viewer

    print(f"wrote {write_viewer(load_report(_source(args)), Path(args.out))}")
    return 0


def audit(args: argparse.Namespace) -> int:
    from ..report import load_report
    from .display import with_unit

    report = load_report(_source(args))
    failed = report.audit[report.audit["holds"].eq(False)]
    unread = int(report.audit["holds"].isna().sum())  # a figure the check reads is not found
    skipped = f", {unread} not evaluated (figures missing)" if unread else ""
    print(f"{len(report.audit)} checks, {len(failed)} do not hold{skipped}:")
    for row in failed.itertuples():
        stated, computed = with_unit(row.stated, row.unit), with_unit(row.computed, row.unit)
        print(f"- {row.check}: stated {stated}, computed {computed} ({row.severity}; {row.source})")
    return 0


def patterns(args: argparse.Namespace) -> int:
    """The lexicon's subjects (of a topic); with --source, only those the report's figures are
    about, with how many figures each."""
    from ..rules.lexicon import SUBJECTS

    topics = list(dict.fromkeys(entry["topic"] for entry in SUBJECTS))
    if args.topic is not None and args.topic not in topics:
        raise UsageError(f"no topic {args.topic!r}; expected one of {', '.join(topics)}")
    counts = None
    if args.source:
        from ..report import load_report

        counts = load_report(_source(args)).facts["subject"].value_counts().to_dict()
    for entry in SUBJECTS:
        unread = counts is not None and entry["id"] not in counts
        if unread or args.topic not in (None, entry["topic"]):
            continue
        n = counts[entry["id"]] if counts is not None else 0
        found = f" ({n} figure{'s' if n > 1 else ''})" if counts is not None else ""
        print(f"{entry['topic']:<12} {entry['id']:<36} {entry['en']}{found}")
        print(f"    {' | '.join(entry['phrases'])}")
    return 0


def add_command(sub, name: str, func: Command, help: str, source: bool = True):
    """A subcommand, with the options every command reading a report shares (--source)."""
    parser = sub.add_parser(name, help=help, description=help)
    if source:
        parser.add_argument("--source", metavar="FILE",
                            help="report text file (default: the bundled report)")  # fmt: skip
    parser.set_defaults(func=func)
    return parser


def parser() -> argparse.ArgumentParser:
    """The command line: one subparser per command."""
    top = argparse.ArgumentParser(prog="vinhbao", description=__doc__)
    top.add_argument("--version", action="version", version=f"vinhbao {__version__}")
    sub = top.add_subparsers(dest="command", required=True)
    add_command(sub, "build", build, "parse the report and write CSV, Parquet and "
                "datapackage.json").add_argument(
        "--out", metavar="DIR", help="output folder (default: the project's data/processed/ "
        "when run inside the project)")  # fmt: skip
    add_command(sub, "render", render, "execute the notebooks and render them to reports/*.html",
                source=False)  # fmt: skip
    add_command(sub, "view", view, "write the report with every figure marked (one HTML page)"
                ).add_argument("--out", metavar="PATH", default=str(REPORTS / "report.html"),
                               help="output HTML file (default: reports/report.html)")  # fmt: skip
    add_command(sub, "audit", audit, "print the checks that do not hold")
    add_command(sub, "patterns", patterns, "list the subject phrases of the lexicon").add_argument(
        "--topic", help="only this topic (economy, agriculture, budget, land, cases, party …)"
    )
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        status = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return status
    except VinhbaoError as exc:  # bad input: the message names the line and what was expected
        print(f"vinhbao {args.command}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `vinhbao patterns | head -1`: the reader has gone, end quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # what a program ended by SIGPIPE returns


if __name__ == "__main__":
    sys.exit(main())
