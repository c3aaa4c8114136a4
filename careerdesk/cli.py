"""The ``careerdesk`` command: the app with no arguments, and subcommands for scripts."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from careerdesk import __version__

EXIT_USAGE = 2


class CliError(Exception):
    """A problem to report in one line, exiting with status 2."""


def _store(args: argparse.Namespace):  # noqa: ANN202 - keeps the import lazy
    from careerdesk.store import CareerStore, DatabaseError

    try:
        return CareerStore(args.db)
    except DatabaseError as exc:
        raise CliError(str(exc)) from None


def cmd_build_db(args: argparse.Namespace) -> int:
    from careerdesk.build.errors import SourceError
    from careerdesk.build.pipeline import build

    try:
        result = build(Path(args.sources), Path(args.out))
    except SourceError as exc:
        raise CliError(f"build failed: {exc}") from None
    state = "written" if result.changed else "unchanged (same content), kept"
    print(f"{result.path}: {state}; {result.size / 1e6:.1f} MB in {result.seconds:.1f} s")
    for table, rows in result.counts.items():
        print(f"  {table:16} {rows:>7,}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from careerdesk import profile
    from careerdesk.store import UnknownCareer

    with _store(args) as store:
        try:
            career = store.career(args.code)
        except UnknownCareer as exc:
            raise CliError(str(exc)) from None
        if args.json:
            json.dump(profile.to_dict(career), sys.stdout, indent=2, ensure_ascii=False)
            print()
        else:
            print(profile.to_text(career, store.attribution))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with _store(args) as store:
        careers = store.careers()
    if args.json:
        json.dump([{"code": c.code, "title": c.title,
                    "major_group": {"code": c.major_group.code, "title": c.major_group.title}}
                   for c in careers], sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        for c in careers:
            print(f"{c.code}  {c.title}  [{c.major_group.title}]")
    return 0


def cmd_app(args: argparse.Namespace) -> int:
    from careerdesk.ui.app import run

    return run(db=args.db)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="careerdesk",
        description="CareerDesk: explore and compare careers, offline. "
        "With no command it opens the app.",
    )
    p.add_argument("--version", action="version", version=f"CareerDesk {__version__}")
    p.add_argument("--db", type=Path, default=None,
                   help="careers database to read (default: the one shipped with CareerDesk)")
    p.set_defaults(func=cmd_app)
    sub = p.add_subparsers(title="commands", metavar="COMMAND")

    b = sub.add_parser("build-db", help="build the careers database from the source files")
    b.add_argument("--sources", required=True, type=Path,
                   help="folder holding the source data (see README)")
    b.add_argument("--out", required=True, type=Path, help="database file to write")
    b.set_defaults(func=cmd_build_db)

    s = sub.add_parser("show", help="print one career's whole profile")
    s.add_argument("code", help="O*NET-SOC code, e.g. 43-6013.00")
    s.add_argument("--json", action="store_true", help="print JSON")
    s.set_defaults(func=cmd_show)

    li = sub.add_parser("list", help="list every career with its major group")
    li.add_argument("--json", action="store_true", help="print JSON")
    li.set_defaults(func=cmd_list)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"careerdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
