"""The ``careerdesk`` command: the app with no arguments, and subcommands for scripts."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from careerdesk import __version__

if TYPE_CHECKING:
    import argparse

    from careerdesk.chart_worker import ChartWorker
    from careerdesk.search import SearchResult

# argparse and json load when a command needs them: plain ``careerdesk`` opens the app, and
# its start-up is measured against a bare Qt window (bench/bench_startup.py).

EXIT_USAGE = 2


class CliError(Exception):
    """A problem to report in one line, exiting with status 2."""


def _store(args: argparse.Namespace):  # keeps the import lazy
    from careerdesk.store import CareerStore, DatabaseError

    try:
        return CareerStore(args.db)
    except DatabaseError as exc:
        raise CliError(str(exc)) from None


def _lab(store=None):  # CareerStore -> LabConfig (lazy imports)
    """The lab settings (careerdesk.ini) as the window reads them (a state matched to the
    database's names when ``store`` is given); what is ignored in them is said on stderr."""
    from careerdesk import labconfig

    lab = labconfig.load(None if store is None else [name for _, name in store.states()])
    for problem in lab.problems:
        print(f"careerdesk: lab settings: {problem}", file=sys.stderr)
    return lab


def _lab_help() -> str:
    """What --help says about careerdesk.ini: which files, which settings, which is used."""
    from careerdesk import labconfig

    places = labconfig.candidate_paths()
    found = next((place for place in places if place.exists()), None)
    if os.environ.get(labconfig.ENV):
        where = f"the file ${labconfig.ENV} names: {places[0]}"
    else:
        where = "the first of these that exists: " + ", ".join(str(place) for place in places)
    now = (f"In use now: {found}." if found else
           f"{places[0]} does not exist: no lab settings." if os.environ.get(
               labconfig.ENV) else "None of them exists on this computer.")
    import textwrap

    text = (f"Lab settings: like the window, every command reads careerdesk.ini ({where}) "
            "and uses its data_dir and guest_only for bookmarks, and its paper and state for "
            f"PDFs. An option given on the command line wins. {now}")
    return textwrap.fill(text, 78, break_on_hyphens=False, break_long_words=False)


def cmd_build_db(args: argparse.Namespace) -> int:
    from careerdesk.build.errors import SourceError
    from careerdesk.build.pipeline import build
    from careerdesk.file_output import OutputError, refuse_special

    try:
        refuse_special(args.out)  # never over a device (it would be replaced) or a FIFO
    except OutputError as exc:
        raise CliError(str(exc)) from None
    try:
        result = build(Path(args.sources), Path(args.out))
    except SourceError as exc:
        raise CliError(f"build failed: {exc}") from None
    state = "written" if result.changed else "unchanged (same content), kept"
    print(f"{result.path}: {state}; {result.size / 1e6:.1f} MB in {result.seconds:.1f} s")
    for table, rows in result.counts.items():
        print(f"  {table:16} {rows:>7,}")
    return 0


def cmd_build_meanings(args: argparse.Namespace) -> int:
    import time

    from careerdesk.build.meanings import build
    from careerdesk.search.meaning import MEANINGS_FILE
    from careerdesk.search.sentence_model import ModelFileError

    out = Path(args.out) if args.out else MEANINGS_FILE
    started = time.perf_counter()
    with _store(args) as store:
        try:
            count = build(store, out)
        except (ModelFileError, OSError) as exc:
            raise CliError(f"build-meanings failed: {exc}") from None
    print(f"{out}: {count:,} careers read by meaning in {time.perf_counter() - started:.0f} s")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    import json

    from careerdesk import profile
    from careerdesk.store import UnknownCareer

    if args.pdf is not None:
        return _show_pdf(args)
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
    import json

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


def cmd_programs(args: argparse.Namespace) -> int:
    """Programs of study matching the words given, each with the careers it leads to."""
    import json

    from careerdesk import study

    query = " ".join(args.query).strip()
    if not query:
        raise CliError("say which program to look for, e.g. careerdesk programs nursing")
    if args.limit < 0:
        raise CliError("--limit must be 0 (no limit) or more")
    with _store(args) as store:
        found = study.find_programs(store.programs(), query)[:args.limit or None]
        if not found:
            raise CliError(f"no program of study matches {query[:60]!r}")
        listed = [(p, store.program_careers(p.cip)) for p in found]
    if args.json:
        json.dump([{**study.to_dict(p), "careers": study.careers_json(careers)}
                   for p, careers in listed], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    for program, careers in listed:
        print(f"{program.cip}  {program.name}  [{program.field}]")
        for career in careers:
            print("    " + study.career_line(*career))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    import dataclasses
    import json

    from careerdesk.search import SearchEngine
    from careerdesk.store import DatabaseError

    if args.limit < 0:
        raise CliError("--limit must be 0 (no limit) or more")
    limit = args.limit or None
    query = " ".join(args.query)
    with _store(args) as store:
        try:
            engine = SearchEngine(store)
        except DatabaseError as exc:
            raise CliError(str(exc)) from None

        def understood(text: str) -> list[str]:
            chips = engine.understand(text).chips if text.strip() else ()
            return [c.meaning for c in chips]

        def as_json(text: str, found: list) -> object:
            rows = [dataclasses.asdict(r) for r in found]
            # --explain: {"understood": [...], "results": [...]}; else the plain array
            return {"understood": understood(text), "results": rows} if args.explain else rows

        if query == "-":
            # One query per input line, one JSON value per output line (a blank line: []).
            if sys.stdin is None:  # started with standard input closed (<&-)
                raise CliError("'-' reads queries from standard input, which is closed")
            for raw in sys.stdin.buffer:
                line = raw.rstrip(b"\r\n").decode("utf-8", errors="replace")
                found = engine.search(line, limit=limit) if line.strip() else []
                print(json.dumps(as_json(line, found), ensure_ascii=False), flush=True)
            return 0
        results = engine.search(query, limit=limit)
        meanings = understood(query)
        unsure = not results and query.strip() != "" and engine.understand(query).said_nothing
    if args.json:
        json.dump(as_json(query, results), sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    _print_found(query, results, meanings, unsure)
    return 0


def _print_found(query: str, results: list[SearchResult], meanings: list[str],
                 unsure: bool) -> None:
    """`careerdesk search` without --json: what was understood, then one career a line."""
    if meanings:  # what the words were read as, as the app's chips show it
        print("Understood: " + ", ".join(meanings))
    if unsure:  # "idk": as the app, point to the interest quiz
        print(f"careerdesk: {query!r} names nothing to search for. Not sure yet? The interest "
              "quiz helps: `careerdesk interests questions` lists its activities and "
              "`careerdesk interests match` finds careers for your answers (the app: Ctrl+I).",
              file=sys.stderr)
    elif not results:
        print(f"careerdesk: no careers match {query!r}", file=sys.stderr)
    for r in results:
        print(f"{r.code}  {r.title}  ({r.matched_on})")


def cmd_app(args: argparse.Namespace) -> int:
    if args.selftest:
        from careerdesk.ui import selftest

        return selftest.run(db=args.db)
    from careerdesk.ui.app import run

    return run(db=args.db, data_dir=args.app_data_dir)


def cmd_screenshots(args: argparse.Namespace) -> int:
    from careerdesk.file_output import OutputError
    from careerdesk.store import DatabaseError
    from careerdesk.ui import screenshots

    try:
        written = screenshots.run(args.folder, db=args.db)
    except OutputError as exc:  # not a folder; the disk is full (no PNG left half written)
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot write screenshots to {args.folder}: {exc.strerror}") from None
    except DatabaseError as exc:
        raise CliError(str(exc)) from None
    print(f"wrote {len(written)} screenshots to {args.folder}")
    return 0


# ------------------------------------------------------------------ bookmarks (profiles' user data)

def _user_data(args: argparse.Namespace, must_exist: bool,
               default: Path | None = None):  # lazy import
    """The user data in --data-dir, else $CAREERDESK_DATA_DIR, else ``default`` (the lab's
    data_dir), else this account's app-data folder: the window's order."""
    from careerdesk.userdata import FILE_NAME, UserDataError, data_dir, open_user_data

    try:
        folder = data_dir(args.data_dir, default)
        if must_exist and not (folder / FILE_NAME).is_file():
            raise CliError(f"no profile named {args.profile!r} (no bookmarks are kept in "
                           f"{folder} yet)")
        userdata = open_user_data(folder)
    except UserDataError as exc:
        raise CliError(str(exc).rstrip(".")) from None
    if userdata.notice:
        print(f"careerdesk: {userdata.notice}", file=sys.stderr)
    return userdata


def _profile_named(userdata, name: str, create: bool):
    found = userdata.ensure_profile(name) if create else userdata.find_profile(name)
    if found is None:
        names = ", ".join(p.name for p in userdata.profiles()) or "none yet"
        raise CliError(f"no profile named {name!r} (profiles: {names})")
    return found


def _import_target(userdata, name: str):  # a UserData (imported lazily)
    """The profile an import goes to, or the name of a new one: the import makes it in its
    own transaction, so an import that fails or is killed leaves no empty profile."""
    return userdata.find_profile(name) or name


def cmd_bookmarks(args: argparse.Namespace) -> int:

    from careerdesk.transfer import ProfileFileError
    from careerdesk.userdata import InvalidInput, UnknownProfile, UserDataError

    action = args.action
    writes = action in ("add", "import")
    if " ".join(args.profile.split()).casefold() == "guest":
        raise CliError("a guest's bookmarks and notes are kept only in the open CareerDesk "
                       "window, never in a file, so they cannot be read here; use a named "
                       "profile")
    lab = _lab()
    if lab.guest_only:  # as in the window: no named profiles, nothing made on disk
        raise CliError(f"this computer keeps no named profiles (guest_only = yes in "
                       f"{lab.source}), so there are no bookmarks here")
    userdata = _user_data(args, must_exist=not writes, default=lab.data_dir)
    try:
        with userdata:
            profile = _import_target(userdata, args.profile) if action == "import" \
                else _profile_named(userdata, args.profile, create=writes)
            return _BOOKMARK_ACTIONS[action](args, userdata, profile)
    except (UserDataError, InvalidInput, UnknownProfile, ProfileFileError) as exc:
        raise CliError(str(exc).rstrip(".")) from None


def _bookmarks_list(args, userdata, profile) -> int:
    import json

    with _store(args) as store:
        titles = {c.code: c.title for c in store.careers()}
    marks = userdata.bookmarks(profile, sort=args.sort, titles=titles)
    if args.json:
        json.dump([{"code": b.code, "title": titles.get(b.code), "in_database": b.code in titles,
                    "added": b.added.isoformat(), "note": b.note,
                    "note_updated": b.note_updated.isoformat() if b.note_updated else None}
                   for b in marks], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if not marks:
        print(f"careerdesk: {profile.name} has no bookmarks", file=sys.stderr)
    for b in marks:
        title = titles.get(b.code, "(no longer in the database)")
        print(f"{b.code}  {title}  (added {b.added.astimezone():%Y-%m-%d})")
        for line in b.note.splitlines():
            print(f"    {line}")
    return 0


def _bookmarks_add(args, userdata, profile) -> int:
    from careerdesk.store import UnknownCareer
    from careerdesk.userdata import check_code

    code = check_code(args.code)
    with _store(args) as store:
        try:
            title = store.summary(code).title
        except UnknownCareer as exc:
            raise CliError(str(exc)) from None
    already = userdata.is_bookmarked(profile, code)
    userdata.add_bookmark(profile, code)
    state = "was already bookmarked" if already else "bookmarked"
    print(f"{code} {title}: {state} for {profile.name}")
    return 0


def _bookmarks_remove(args, userdata, profile) -> int:
    removed = userdata.remove_bookmark(profile, args.code)
    print(f"{args.code}: {'removed from' if removed else 'was not bookmarked in'} "
          f"{profile.name}'s bookmarks")
    return 0


def _bookmarks_export(args, userdata, profile) -> int:
    from careerdesk.transfer import export_profile

    done = export_profile(userdata, profile, args.file)
    quiz = " and the interest quiz answers" if done.interests else ""
    print(f"wrote {done.path}: {done.bookmarks} bookmarks, {done.comparisons} saved "
          f"comparisons{quiz} of {profile.name}")
    return 0


def _bookmarks_import(args, userdata, profile) -> int:
    from careerdesk.transfer import import_profile

    with _store(args) as store:
        known = {c.code for c in store.careers()}
    report = import_profile(userdata, profile, args.file, known)
    print(report.summary())
    for reason in report.skipped:
        print(f"  skipped {reason}")
    for warning in report.warnings:
        print(f"  note: {warning}")
    return 0


_BOOKMARK_ACTIONS = {"list": _bookmarks_list, "add": _bookmarks_add,
                     "remove": _bookmarks_remove, "export": _bookmarks_export,
                     "import": _bookmarks_import}


def _bookmarks_parser(sub) -> None:  # argparse's private subparsers type
    import argparse

    data_help = ("folder for bookmarks, notes and profiles (default: $CAREERDESK_DATA_DIR, "
                 "else data_dir in careerdesk.ini, else this account's CareerDesk app-data "
                 "folder)")
    bm = sub.add_parser(
        "bookmarks", help="list, add, remove, export or import a profile's bookmarks",
        description="Bookmarks, notes and saved comparisons of one profile. Every action "
        "needs --profile NAME. A guest's data is never saved to a file, so it is not here. "
        "Where careerdesk.ini sets guest_only = yes there are no named profiles and every "
        "action refuses. "
        "add and import create the profile when it does not exist yet.")
    bm.add_argument("--data-dir", type=Path, default=None, metavar="DIR", help=data_help)
    actions = bm.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--profile", required=True, metavar="NAME",
                        help="whose bookmarks (required)")
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, metavar="DIR",
                        help=data_help)
    li = actions.add_parser("list", parents=[common], help="list the bookmarks with notes")
    li.add_argument("--json", action="store_true", help="print JSON")
    li.add_argument("--sort", choices=("added", "title", "code"), default="added",
                    help="newest first (default), by title or by code")
    for name, text in (("add", "bookmark a career"), ("remove", "remove a bookmark")):
        one = actions.add_parser(name, parents=[common], help=text)
        one.add_argument("code", metavar="CODE", help="O*NET-SOC code, e.g. 43-6013.00")
    ex = actions.add_parser("export", parents=[common],
                            help="write bookmarks, notes and saved comparisons to one file")
    ex.add_argument("file", type=Path, metavar="FILE", help="file to write (JSON)")
    im = actions.add_parser("import", parents=[common],
                            help="merge an exported file into the profile (no duplicates)")
    im.add_argument("file", type=Path, metavar="FILE", help="file written by export")
    bm.set_defaults(func=cmd_bookmarks)


# ------------------------------------------------------------------ interests (the quiz)

def _whole_number(text: str, option: str, low: int, high: int | None = None) -> int:
    """An option's value as a whole number in range, or a one-line CliError."""
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or value < low or (high is not None and value > high):
        span = f"from {low} to {high}" if high is not None else f"{low} or more"
        raise CliError(f"{option} must be a whole number {span}, not {text!r}")
    return value


def _read_answers(source: str) -> object:
    """The parsed JSON of FILE, or of standard input for '-'."""
    import json

    try:
        if source == "-":
            text = sys.stdin.read()
        else:
            text = Path(source).read_text(encoding="utf-8-sig")  # Notepad's BOM too
    except FileNotFoundError:
        raise CliError(f"cannot read {source}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"cannot read {source}: it is a folder") from None
    except OSError as exc:
        raise CliError(f"cannot read {source}: {(exc.strerror or str(exc)).lower()}") from None
    except UnicodeDecodeError:
        raise CliError(f"cannot read {source}: it is not UTF-8 text") from None
    try:
        return json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as exc:
        where = "standard input" if source == "-" else source
        raise CliError(f"{where} is not valid JSON: {exc.msg} (line {exc.lineno}, "
                       f"column {exc.colno})") from None


def cmd_interests(args: argparse.Namespace) -> int:
    import json

    from careerdesk import interests

    if args.action == "questions":
        with _store(args) as store:
            quiz = interests.questions(store)
        if args.json:
            json.dump([{"id": q.id, "text": q.text, "area": q.area} for q in quiz], sys.stdout,
                      indent=2, ensure_ascii=False)
            print()
        else:
            for number, q in enumerate(quiz, start=1):
                print(f"{number:2}. [{q.id}] {q.text}  ({q.area})")
        return 0
    preparation = (None if args.preparation is None
                   else _whole_number(args.preparation, "--preparation", 1, 5))
    limit = _whole_number(args.limit, "--limit", 0)
    answers = _read_answers(args.answers)
    if not isinstance(answers, dict):
        raise CliError('the answers must be a JSON object: {"R-01": "like", ...}')
    with _store(args) as store:
        try:
            result = interests.match(store, answers, preparation, limit or None)
        except interests.InvalidAnswers as exc:
            raise CliError(str(exc)) from None
    if args.json:
        json.dump(_interests_json(result), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        _print_interests(result)
    return 0


def _interests_json(result) -> dict:  # interests.Result (lazy import)
    from careerdesk.interests import AREAS

    return {
        "scores": {area: result.scores.get(area) for area in AREAS},
        "top_areas": list(result.top_areas),
        "answered": result.answered, "questions": result.total,
        "preparation": result.preparation, "compared": result.compared, "note": result.note,
        "careers": [{"code": m.code, "title": m.title, "fit": m.fit,
                     "shared_areas": list(m.shared_areas), "median_wage": m.median_wage,
                     "wage_top_coded": m.wage_top_coded, "entry_education": m.entry_education,
                     "outlook": m.outlook, "percent_change": m.percent_change,
                     "annual_openings": m.annual_openings, "job_zone": m.job_zone}
                    for m in result.matches],
    }


def _print_interests(result) -> None:  # interests.Result (lazy import)
    from careerdesk import formatting
    from careerdesk.interests import AREAS, area_label

    print(f"Answered {result.answered} of {result.total} activities.")
    for area in AREAS:
        score = result.scores.get(area)
        shown = formatting.not_available() if score is None else f"{score:.0f} of 100"
        print(f"  {area_label(area):40} {shown}")
    if result.note:
        print(result.note)
        return
    print(f"Best-fitting careers (of {result.compared:,} compared):")
    for number, m in enumerate(result.matches, start=1):
        why = ", ".join(m.shared_areas) or "no shared top area"
        print(f"{number:3}. {m.code}  {m.title}  fit {m.fit:.0f}  ({why})")
        print(f"       median pay {formatting.money(m.median_wage, top_coded=m.wage_top_coded)}"
              " a year; "
              f"education {m.entry_education or formatting.not_available()}; "
              f"outlook {m.outlook or formatting.not_available()}")


def _interests_parser(sub) -> None:  # argparse's private subparsers type
    it = sub.add_parser(
        "interests", help="the interest quiz: list its activities, or match answers to careers",
        description="CareerDesk's interest quiz, built from O*NET 29.3's illustrative "
        "activities for the six interest areas (Realistic, Investigative, Artistic, Social, "
        "Enterprising, Conventional).")
    actions = it.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    qu = actions.add_parser("questions", help="list the quiz's activities in asking order")
    qu.add_argument("--json", action="store_true",
                    help='print JSON: [{"id": ..., "text": ..., "area": ...}, ...]')
    ma = actions.add_parser("match", help="score answers and list the best-fitting careers")
    ma.add_argument("--answers", required=True, metavar="FILE|-",
                    help='JSON object of answers, {"R-01": "like"|"unsure"|"dislike", ...}; '
                    "'-' reads standard input")
    ma.add_argument("--preparation", metavar="N",
                    help="only careers in job zones 1 to N (1 = little or no preparation, "
                    "5 = extensive preparation)")
    ma.add_argument("--limit", default="20", metavar="N",
                    help="at most N careers (default 20; 0 for all)")
    ma.add_argument("--json", action="store_true", help="print JSON")
    it.set_defaults(func=cmd_interests)


# ------------------------------------------------------------------ printouts (compare, show --pdf)

def _pdf_session() -> None:
    """Qt without a window, for writing PDFs (only inside the commands that need it)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    from careerdesk.ui.print_document import start_pdf_session

    start_pdf_session(sys.argv[:1])


def _pdf_target(path: Path, paper: str) -> str:
    """Check the output early (before any work): a writable folder, an ordinary file (never a
    device such as /dev/null: it would be replaced), a known paper."""
    import os

    from careerdesk.printouts import PAPERS

    if paper.lower() not in PAPERS:
        raise CliError(f"unknown paper {paper!r} (choose from {', '.join(PAPERS)})")
    from careerdesk.file_output import OutputError, check_target

    try:
        check_target(path)  # not a folder, device, FIFO or socket; its folder exists
    except OutputError as exc:
        raise CliError(str(exc)) from None
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CliError(f"cannot write {path}: folder {folder} is not writable")
    return paper.lower()


def _state_choice(store, given: str | None, lab) -> str | None:  # CareerStore, LabConfig
    """--state NAME; --state none for national pay only; else the lab's state (if any)."""
    if given is None:
        return lab.state
    if given.strip().lower() in ("", "none"):
        return None
    return _state_name(store, given)


def _state_name(store, name: str | None) -> str | None:  # CareerStore
    if not name:
        return None
    names = {state.lower(): state for _, state in store.states()}
    if name.strip().lower() not in names:
        raise CliError(f"unknown state {name!r} (use its full name, e.g. 'Ohio')")
    return names[name.strip().lower()]


def _write_printout(printout, path: Path, paper: str, started: float) -> int:
    import time

    from careerdesk.ui.print_document import PrintError, write_pdf

    try:
        pages = write_pdf(printout, path, paper)
    except PrintError as exc:
        raise CliError(str(exc)) from None
    print(f"wrote {path}: {pages} page{'s' if pages != 1 else ''} "
          f"in {time.perf_counter() - started:.2f} s")
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    import time

    started = time.perf_counter()
    from careerdesk.comparison import MAX_CAREERS, MIN_CAREERS, ComparisonError, build_comparison
    from careerdesk.store import UnknownCareer

    codes = list(dict.fromkeys(args.codes))  # repeats ignored
    if not MIN_CAREERS <= len(codes) <= MAX_CAREERS:
        raise CliError(f"compare {MIN_CAREERS} to {MAX_CAREERS} different careers "
                       f"(got {len(codes)})")
    sections = args.sections.split(",") if args.sections else None
    with _store(args) as store:
        lab = _lab(store)
    paper = _pdf_target(args.pdf, args.paper or lab.paper or "letter")
    with _chart_worker() as worker:
        with _store(args) as store:
            try:
                careers = [store.career(code) for code in codes]
                comparison = build_comparison(careers, _state_choice(store, args.state, lab),
                                              sections)
            except (UnknownCareer, ComparisonError) as exc:
                raise CliError(str(exc)) from None
            meta = dict(store.meta)
        _pdf_session()  # Qt, and the user's language, before the printout's texts
        from careerdesk.printouts import comparison_printout

        printout = comparison_printout(comparison, meta, prepared_for=args.prepared_for,
                                       only_differences=args.only_differences,
                                       worker=worker)
        return _write_printout(printout, args.pdf, paper, started)


@contextmanager
def _chart_worker() -> Iterator[ChartWorker | None]:
    """A second process that draws the PDF's charts while this one starts Qt and lays out
    the pages (``careerdesk.chart_worker``), stopped when the command ends; None where
    there cannot be one."""
    from careerdesk.chart_worker import ChartWorker

    worker = ChartWorker.start()
    try:
        yield worker
    finally:
        if worker is not None:
            worker.close()


def _show_pdf(args: argparse.Namespace) -> int:
    import time

    started = time.perf_counter()
    from careerdesk.sections import check_sections as check_profile_sections
    from careerdesk.store import UnknownCareer

    with _store(args) as store:
        lab = _lab(store)
    paper = _pdf_target(args.pdf, args.paper or lab.paper or "letter")
    with _chart_worker() as worker:
        with _store(args) as store:
            try:
                career = store.career(args.code)
                sections = check_profile_sections(args.sections.split(",")) \
                    if args.sections else None
            except (UnknownCareer, ValueError) as exc:
                raise CliError(str(exc)) from None
            state, meta = _state_choice(store, args.state, lab), dict(store.meta)
        _pdf_session()  # Qt, and the user's language, before the printout's texts
        from careerdesk.printouts import profile_printout

        printout = profile_printout(career, meta, prepared_for=args.prepared_for,
                                    state=state, sections=sections, worker=worker)
        return _write_printout(printout, args.pdf, paper, started)


def _printout_options(sub: argparse.ArgumentParser, required: bool) -> None:
    sub.add_argument("--pdf", type=Path, required=required, metavar="FILE",
                     help="write a printable PDF to FILE" + ("" if required else
                                                             " instead of printing text"))
    sub.add_argument("--paper", default=None, metavar="letter|a4",
                     help="paper size of the PDF (default: paper in careerdesk.ini, else "
                     "letter)")
    sub.add_argument("--sections", metavar="S1,S2,...",
                     help="sections to include, comma-separated (default: all)")
    sub.add_argument("--prepared-for", metavar="NAME",
                     help="print a 'Prepared for' line with this name")
    sub.add_argument("--state", metavar="NAME",
                     help="add the median pay in this state (default: state in "
                     "careerdesk.ini, if set); 'none' for national pay only")


def parser() -> argparse.ArgumentParser:
    import argparse

    p = argparse.ArgumentParser(
        prog="careerdesk", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="CareerDesk: explore and compare careers, offline.\n"
        "With no command it opens the app.",
        epilog=_lab_help(),
    )
    p.add_argument("--version", action="version", version=f"CareerDesk {__version__}")
    p.add_argument("--db", type=Path, default=None,
                   help="careers database to read (default: the one shipped with CareerDesk)")
    p.add_argument("--selftest", action="store_true",
                   help="open the window offscreen, search, open a profile, visit every tab "
                   "and exit (0 when everything works)")
    p.add_argument("--data-dir", dest="app_data_dir", type=Path, default=None, metavar="DIR",
                   help="keep bookmarks, notes and profiles in DIR (also: CAREERDESK_DATA_DIR;"
                   " else data_dir in careerdesk.ini; default: your user's application-data "
                   "folder)")
    p.set_defaults(func=cmd_app)
    sub = p.add_subparsers(title="commands", metavar="COMMAND")

    b = sub.add_parser("build-db", help="build the careers database from the source files")
    b.add_argument("--sources", required=True, type=Path,
                   help="folder holding the source data (see README)")
    b.add_argument("--out", required=True, type=Path, help="database file to write")
    b.set_defaults(func=cmd_build_db)

    bm = sub.add_parser("build-meanings", help="read every career with the sentence model, "
                        "for search by meaning (after build-db)")
    bm.add_argument("--out", type=Path, default=None,
                    help="file to write (default: data/career-meanings.npz)")
    bm.set_defaults(func=cmd_build_meanings)

    s = sub.add_parser("show", help="print one career's whole profile")
    s.add_argument("code", help="O*NET-SOC code, e.g. 43-6013.00")
    s.add_argument("--json", action="store_true", help="print JSON")
    _printout_options(s, required=False)
    s.set_defaults(func=cmd_show)

    li = sub.add_parser("list", help="list every career with its major group")
    li.add_argument("--json", action="store_true", help="print JSON")
    li.set_defaults(func=cmd_list)

    se = sub.add_parser("search", help="search careers by title, task or skill, best first")
    se.add_argument("query", nargs="+", metavar="QUERY",
                    help="words to search for (an empty string browses every career); "
                    "'-' reads one query per line from standard input and prints one JSON "
                    "array per line")
    se.add_argument("--json", action="store_true", help="print JSON")
    se.add_argument("--explain", action="store_true",
                    help="with --json or '-': print {\"understood\": [...], \"results\": [...]} "
                    "instead of the array of results (what the query was read as: interests, "
                    "wishes such as 'no college')")
    se.add_argument("--limit", type=int, default=20, metavar="N",
                    help="at most N results (default 20; 0 for all)")
    se.set_defaults(func=cmd_search)

    pr = sub.add_parser("programs", help="programs of study (NCES CIP 2020) matching the "
                        "words given, each with the careers it leads to")
    pr.add_argument("query", nargs="+", metavar="QUERY",
                    help="a program, e.g. 'nursing degree', 'welding certificate'")
    pr.add_argument("--json", action="store_true", help="print JSON")
    pr.add_argument("--limit", type=int, default=10, metavar="N",
                    help="at most N programs (default 10; 0 for all)")
    pr.set_defaults(func=cmd_programs)

    sh = sub.add_parser("screenshots", help="write PNG screenshots of the main views")
    sh.add_argument("folder", type=Path, help="folder to write the PNG files to")
    sh.set_defaults(func=cmd_screenshots)

    co = sub.add_parser("compare", help="write a PDF comparing two to four careers "
                        "(no window; for handouts)")
    co.add_argument("codes", nargs="+", metavar="CODE",
                    help="two to four O*NET-SOC codes, e.g. 43-6013.00 29-1141.00")
    _printout_options(co, required=True)
    co.add_argument("--only-differences", action="store_true",
                    help="leave out the rows where every career is the same")
    co.set_defaults(func=cmd_compare)

    _bookmarks_parser(sub)
    _interests_parser(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    if not (sys.argv[1:] if argv is None else argv):
        # The app itself, without building the whole parser first (~10 ms of start-up).
        from careerdesk.ui.app import run

        return run()
    args = parser().parse_args(argv)
    from careerdesk.store import DatabaseError

    try:
        return int(args.func(args) or 0)
    except (CliError, DatabaseError) as exc:  # a damaged careers.db: said in one line too
        print(f"careerdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
