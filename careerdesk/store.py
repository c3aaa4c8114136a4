"""Read-only access to ``careers.db``: the only module that knows the database schema.

Every query returns the typed records of ``careerdesk.model``.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from careerdesk import model
from careerdesk.paths import default_database

SCHEMA_VERSION = 6
# The tables this module reads (careerdesk.build.schema writes them; a test keeps the two
# in step). A file that lacks one is not a careers database of this version.
TABLES = ("meta", "source", "section_source", "major_group", "job_zone", "element",
          "commodity", "education_level", "state", "occupation", "task", "work_activity",
          "title", "related", "progression", "technology", "tool", "rating",
          "interest_activity", "interest_question", "basic_interest", "education_share", "soc",
          "bls_group", "projection", "wage", "government_jobs", "city", "entry_time", "time_method",
          "time_share", "time_detail", "ai_label", "ai_assessment", "narrative", "program",
          "program_field", "career_program")
ATTRIBUTION_KEYS = ("onet_attribution", "onet_modified")
# The search index numbers each career's other names and technology in these orders
# (shortest first); careerdesk.build.search_index indexes them, search reads them back.
OTHER_NAME_ITEMS_SQL = "SELECT code, title, short FROM title ORDER BY code, length(title), title"
_TECHNOLOGY_ORDER = "length(name), name"  # within a career; technology_items reads it too
_MAX_PAIRS = 300  # (code, seq) pairs read one by one (SQLite's expression depth is 1000)
TECHNOLOGY_ITEMS_SQL = ("SELECT DISTINCT code, name FROM technology"
                        f" ORDER BY code, {_TECHNOLOGY_ORDER}")
FIX = "Reinstall CareerDesk, or copy a fresh careers.db over it."


class DatabaseError(Exception):
    """The careers database is missing, damaged or from an incompatible version."""


class DamagedDatabase(DatabaseError):
    """Part of the careers database cannot be read (SQLite finds it malformed)."""

    def __init__(self, path: Path, detail: object = None) -> None:
        self.path = path
        self.detail = str(detail) if detail is not None else ""
        super().__init__(f"The careers database at {path} is damaged: part of it cannot be "
                         f"read. {FIX}")


class UnknownCareer(LookupError):
    """No career has this code."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(f"no career with code {code!r} (codes look like 43-6013.00)")


F = TypeVar("F", bound=Callable[..., Any])


def reports_damage(method: F) -> F:
    """Turn SQLite's errors while ``method`` reads the careers database into
    ``DamagedDatabase`` (for an object with a ``path``, or a ``_store`` that has one)."""

    @functools.wraps(method)
    def reading(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.ProgrammingError, sqlite3.InterfaceError):
            raise  # not the file's fault (a closed connection)
        except sqlite3.DatabaseError as exc:  # malformed pages, a table unlike ours
            path = self.path if hasattr(self, "path") else self._store.path
            raise DamagedDatabase(path, exc) from None

    return reading  # type: ignore[return-value]


def _read_only(path: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def check_damage(path: Path) -> None:
    """Read every page of the careers database at ``path`` (SQLite's ``quick_check``: about
    35 ms with the file in memory, 300 ms from disk) and raise ``DamagedDatabase`` if any
    part of it cannot be read."""
    try:
        db = _read_only(path)
        try:
            problems = [row[0] for row in db.execute("PRAGMA quick_check")]
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(path, exc) from None
    if problems != ["ok"]:
        raise DamagedDatabase(path, problems[0].splitlines()[-1] if problems else "")


def _not_ours(path: Path, why: str) -> DatabaseError:
    return DatabaseError(f"The file at {path} is not a CareerDesk careers database ({why}). "
                         f"{FIX}")


class CareerStore:
    """The careers database, opened read-only.

    Opening checks that the file is a careers database of this version (``SCHEMA_VERSION``,
    every table of ``TABLES``); ``check_damage`` reads it all. A part that turns out to be
    unreadable later raises ``DamagedDatabase`` from the method that reads it.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_database()
        if not self.path.exists():
            raise DatabaseError(f"The careers database was not found at {self.path}. {FIX}")
        if not self.path.is_file():
            raise DatabaseError(f"The careers database at {self.path} is not a file. {FIX}")
        if self.path.stat().st_size == 0:
            raise DatabaseError(f"The careers database at {self.path} is empty (0 bytes). "
                                f"{FIX}")
        self._connections: dict[int, sqlite3.Connection] = {}  # by thread, see connection
        self._connecting = threading.Lock()
        self._closed = False
        try:
            tables = {name for (name,) in self._db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            rows = dict(self._db.execute("SELECT key, value FROM meta")) \
                if "meta" in tables else {}
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
                raise _not_ours(self.path, "it is not a database file") from None
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_CORRUPT":
                raise DamagedDatabase(self.path, exc) from None
            raise DatabaseError(
                f"The careers database at {self.path} cannot be read ({exc}). {FIX}"
            ) from None
        if "meta" not in tables:
            raise _not_ours(self.path, "it has no meta table" if tables else "it has no tables")
        version = rows.get("schema_version")
        if version != str(SCHEMA_VERSION):
            raise _not_ours(self.path, f"its schema version is {version or 'missing'}; this "
                            f"CareerDesk reads version {SCHEMA_VERSION}")
        missing = [name for name in TABLES if name not in tables]
        if missing:
            raise _not_ours(self.path, f"the table {missing[0]} is missing")
        self.meta: dict[str, str] = rows
        try:
            self._groups = {
                code: model.MajorGroup(code, title)
                for code, title in self._db.execute("SELECT code, title FROM major_group")
            }
        except sqlite3.DatabaseError as exc:
            raise DamagedDatabase(self.path, exc) from None

    def close(self) -> None:
        with self._connecting:
            self._closed = True
            for db in self._connections.values():
                db.close()

    @property
    def _db(self) -> sqlite3.Connection:
        return self.connection()

    def connection(self) -> sqlite3.Connection:
        """The calling thread's read-only connection, for modules that own their own tables
        (search).

        Each thread reads through a connection of its own (opened on its first read): the
        ``sqlite3`` module reads a failed step's error from the connection, so on a shared one
        another thread's next call can clear it, and a read of a damaged part then ends early
        without an error (the search's preload thread made a damaged career open with part
        of its ratings, about once in 12,000 tries)."""
        me = threading.get_ident()
        db = self._connections.get(me)
        if db is None:
            with self._connecting:
                db = self._connections.get(me)
                if db is None:
                    if self._closed:  # as a closed connection says, not a new one opened
                        raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
                    db = self._connections[me] = _read_only(self.path)
        return db

    def check_damage(self) -> None:
        """``check_damage`` of this database (on a connection of its own)."""
        check_damage(self.path)

    def __enter__(self) -> CareerStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------- listing

    @property
    def attribution(self) -> str:
        return " ".join(self.meta[k] for k in ATTRIBUTION_KEYS if k in self.meta)

    def major_groups(self) -> list[model.MajorGroup]:
        return sorted(self._groups.values(), key=lambda g: g.code)

    @reports_damage
    def careers(self) -> list[model.CareerSummary]:
        return [
            model.CareerSummary(code, title, self._groups[group])
            for code, title, group in self._db.execute(
                "SELECT code, title, major_group FROM occupation ORDER BY code"
            )
        ]

    @reports_damage
    def exists(self, code: str) -> bool:
        return self._db.execute("SELECT 1 FROM occupation WHERE code = ?", (code,)).fetchone() \
            is not None

    @reports_damage
    def summary(self, code: str) -> model.CareerSummary:
        row = self._db.execute(
            "SELECT code, title, major_group FROM occupation WHERE code = ?", (code,)
        ).fetchone()
        if row is None:
            raise UnknownCareer(code)
        return model.CareerSummary(row[0], row[1], self._groups[row[2]])

    @reports_damage
    def states(self) -> list[tuple[str, str]]:
        return list(self._db.execute("SELECT code, name FROM state ORDER BY name"))

    @reports_damage
    def state_concentration(self, state: str) -> dict[str, tuple[int, float]]:
        """Each SOC code's jobs in ``state`` (by name) and its location quotient: its share
        of the state's jobs over its share of all US jobs, both out of the occupations BLS
        gives employment for (May 2025). Empty for a state not in the data."""
        return {soc: (employed, quotient) for soc, employed, quotient in self._db.execute(
            "WITH st AS (SELECT code FROM state WHERE name = ?),"
            " nation AS (SELECT SUM(employment) AS jobs FROM wage WHERE area = '00'),"
            " here AS (SELECT SUM(employment) AS jobs FROM wage WHERE area = (SELECT code FROM st))"
            " SELECT w.soc_code, w.employment,"
            " (w.employment * 1.0 / here.jobs) / (us.employment * 1.0 / nation.jobs)"
            " FROM wage w JOIN wage us ON us.soc_code = w.soc_code AND us.area = '00', nation, here"
            " WHERE w.area = (SELECT code FROM st) AND w.employment > 0 AND us.employment > 0",
            (state,))}

    @reports_damage
    def sources(self) -> list[model.Source]:
        return [model.Source(*row) for row in self._db.execute("SELECT * FROM source ORDER BY id")]

    @reports_damage
    def ai_labels(self) -> list[model.AiLabel]:
        return [model.AiLabel(*row) for row in self._db.execute(
            "SELECT id, exposure_level, outlook_trend, label, sentence FROM ai_label ORDER BY id")]

    # ------------------------------------------------------------- one career

    @reports_damage
    def career(self, code: str) -> model.Career:
        row = self._db.execute(
            "SELECT code, title, description, soc_code, major_group, job_zone"
            " FROM occupation WHERE code = ?", (code,)
        ).fetchone()
        if row is None:
            raise UnknownCareer(code)
        code, title, description, soc, group, zone = row
        abilities = self._ratings(code, "ability")
        return model.Career(
            code=code,
            title=title,
            description=description,
            major_group=self._groups[group],
            soc=self._soc(soc),
            job_zone=self._job_zone(zone),
            tasks=[model.Task(text, None if core is None else bool(core)) for text, core in
                   self._db.execute("SELECT text, core FROM task WHERE code = ? ORDER BY seq",
                                    (code,))],
            titles=[model.AlternateTitle(t, s, bool(r), bool(a)) for t, s, r, a in
                    self._db.execute("SELECT title, short, reported, alternate FROM title"
                                     " WHERE code = ? ORDER BY title", (code,))],
            related=[model.RelatedCareer(c, t, tier, glance) for c, t, tier, glance in
                     self._listed(
                "SELECT r.related_code, o.title, r.tier FROM related r JOIN occupation o"
                " ON o.code = r.related_code WHERE r.code = ? ORDER BY r.seq", code)],
            progression=[model.NextStep(c, t, bool(p), bool(h), glance)
                         for c, t, p, h, glance in self._listed(
                "SELECT p.next_code, o.title, p.more_preparation, p.higher_pay"
                " FROM progression p JOIN occupation o ON o.code = p.next_code"
                " WHERE p.code = ? ORDER BY p.seq", code)],
            technology=[model.Technology(n, c, bool(h), bool(d)) for n, c, h, d in
                        self._db.execute(
                "SELECT t.name, c.title, t.hot, t.in_demand FROM technology t"
                " JOIN commodity c ON c.code = t.commodity WHERE t.code = ?"
                " ORDER BY t.hot DESC, t.in_demand DESC, t.name", (code,))],
            tools=[model.Tool(*r) for r in self._db.execute(
                "SELECT t.name, c.title FROM tool t JOIN commodity c ON c.code = t.commodity"
                " WHERE t.code = ? ORDER BY t.name", (code,))],
            abilities=abilities,
            skills=self._ratings(code, "skill"),
            knowledge=self._ratings(code, "knowledge"),
            work_styles=self._ratings(code, "work_style"),
            interests=self._ratings(code, "interest"),
            abilities_rated=bool(abilities),
            education=self._education(code, soc),
            outlook=self._outlook(soc),
            wages=self._wages(soc),
            time_allocations=self._time(code),
            ai=self._ai(code),
            narratives=[model.Narrative(text, kind) for kind, text in self._db.execute(
                "SELECT kind, text FROM narrative WHERE code = ? ORDER BY kind DESC", (code,))],
            sources=self._sources(),
            programs=self.programs_of(code),
        )

    @reports_damage
    def programs(self) -> list[model.Program]:
        """Every program of study that leads to at least one career, by CIP code."""
        return [model.Program(cip, name, title, field, definition, bool(residency), reach)
                for cip, name, title, field, definition, residency, reach in self._db.execute(
                    "SELECT p.cip, p.name, p.title, f.name, p.definition, p.residency,"
                    " p.reach FROM program p JOIN program_field f ON f.family = p.family"
                    " ORDER BY p.cip")]

    @reports_damage
    def program_careers(self, cip: str) -> list[tuple[str, str, model.Glance, str | None]]:
        """The careers a program leads to: (code, title, glance, BLS outlook category), by
        title."""
        rows = self._db.execute(
            "SELECT o.code, o.title, p.outlook FROM career_program c"
            " JOIN occupation o ON o.code = c.code"
            " LEFT JOIN projection p ON p.soc_code = o.soc_code"
            " WHERE c.cip = ? ORDER BY o.title", (cip,)).fetchall()
        glances = self.glances([code for code, _, _ in rows])
        return [(code, title, glances[code], outlook) for code, title, outlook in rows]

    def programs_of(self, code: str) -> list[model.Program]:
        """The programs of study the crosswalk links to a career, in order."""
        return [model.Program(cip, name, title, field, definition, bool(residency), reach)
                for cip, name, title, field, definition, residency, reach in self._db.execute(
                    "SELECT p.cip, p.name, p.title, f.name, p.definition, p.residency,"
                    " p.reach FROM career_program c JOIN program p ON p.cip = c.cip"
                    " JOIN program_field f ON f.family = p.family WHERE c.code = ?"
                    " ORDER BY c.seq", (code,))]

    # ------------------------------------------------------------- interests (quiz)

    @reports_damage
    def interest_questions(self) -> list[tuple[str, str, str, str | None]]:
        """The interest quiz in asking order: (id, activity, area name, basic interest name
        or None for the area's General activities)."""
        return self._db.execute(
            "SELECT q.id, a.text, e.name, b.name FROM interest_question q"
            " JOIN interest_activity a ON a.element_id = q.element_id AND a.seq = q.seq"
            " JOIN element e ON e.id = q.area_id"
            " LEFT JOIN basic_interest b ON b.id = q.element_id ORDER BY q.position").fetchall()

    @reports_damage
    def interest_profiles(self) -> dict[str, tuple[float, ...]]:
        """Per career code, its six O*NET interest ratings (OI scale, 1-7) in RIASEC order
        (element ids 1.B.1.a-f); careers O*NET has not rated are left out."""
        profiles: dict[str, dict[str, float]] = defaultdict(dict)
        for code, element, value in self._db.execute(
            "SELECT r.code, r.element_id, r.value FROM rating r JOIN element e"
            " ON e.id = r.element_id WHERE e.kind = 'interest' ORDER BY r.code"
        ):
            profiles[code][element] = value
        return {code: tuple(values[k] for k in sorted(values))
                for code, values in profiles.items() if len(values) == 6}

    def _listed(self, select: str, code: str) -> list[tuple]:
        """Rows of ``select`` (careers listed on ``code``'s profile, the listed career's code
        first), each with that career's ``Glance`` appended."""
        rows = self._db.execute(select, (code,)).fetchall()
        glances = self.glances([row[0] for row in rows])
        return [(*row, glances[row[0]]) for row in rows]

    @reports_damage
    def glances(self, codes: list[str]) -> dict[str, model.Glance]:
        """Per career code, its job zone, BLS entry education and national median pay."""
        marks = ", ".join("?" * len(codes))
        result = {}
        for code, zone, education, annual, hourly, top in self._db.execute(
            "SELECT o.code, o.job_zone, p.entry_education, w.annual_median, w.hourly_median,"
            " coalesce(w.top_coded, '') FROM occupation o"
            " LEFT JOIN projection p ON p.soc_code = o.soc_code"
            " LEFT JOIN wage w ON w.soc_code = o.soc_code AND w.area = '00'"
            f" WHERE o.code IN ({marks})", codes,
        ):
            result[code] = model.Glance(zone, education, annual, hourly,
                                        frozenset(filter(None, top.split(","))))
        return result

    def _soc(self, soc: str) -> model.SocGroup:
        title = self._db.execute("SELECT title FROM soc WHERE code = ?", (soc,)).fetchone()
        line = self._db.execute("SELECT bls_code, title FROM bls_group WHERE soc_code = ?",
                                (soc,)).fetchone() or (None, None)
        count = self._db.execute(  # careers sharing the figures: the SOC code or the line
            "SELECT count(*) FROM occupation o LEFT JOIN bls_group g ON g.soc_code ="
            " o.soc_code WHERE coalesce(g.bls_code, o.soc_code) = coalesce(?, ?)",
            (line[0], soc)).fetchone()[0]
        return model.SocGroup(soc, title[0] if title else None, count > 1, *line)

    def _job_zone(self, zone: int | None) -> model.JobZone | None:
        if zone is None:
            return None
        row = self._db.execute(
            "SELECT zone, name, experience, education, training FROM job_zone WHERE zone = ?",
            (zone,)).fetchone()
        return model.JobZone(*row)

    def _ratings(self, code: str, kind: str) -> list[model.Rating]:
        return [model.Rating(*r) for r in self._db.execute(
            "SELECT e.id, e.name, e.description, r.value FROM rating r JOIN element e"
            " ON e.id = r.element_id WHERE r.code = ? AND e.kind = ? ORDER BY r.rank",
            (code, kind))]

    def _education(self, code: str, soc: str) -> model.Education:
        requirements = self._db.execute(
            "SELECT entry_education, work_experience, on_the_job_training FROM projection"
            " WHERE soc_code = ?", (soc,)).fetchone() or (None, None, None)
        entry = self._db.execute(
            "SELECT years_min, years_max, basis FROM entry_time WHERE code = ?", (code,)
        ).fetchone() or (None, None, None)
        shares = [model.EducationShare(label, percent) for label, percent in self._db.execute(
            "SELECT l.label, s.percent FROM education_share s JOIN education_level l"
            " ON l.category = s.category WHERE s.code = ? ORDER BY s.category", (code,))]
        education, experience, training = requirements
        years_min, years_max, basis = entry
        return model.Education(education, experience, training, shares, years_min, years_max,
                               basis, self.meta.get("method.entry_time", ""))

    def _outlook(self, soc: str) -> model.Outlook | None:
        row = self._db.execute(
            "SELECT employment_2024, employment_2034, percent_change, annual_openings, outlook,"
            " handbook_url FROM projection WHERE soc_code = ?", (soc,)).fetchone()
        if row is None:
            return None
        now, later, change, openings, category, handbook = row
        return model.Outlook(now, later, change, openings, category,
                             self.meta.get("outlook_bands", ""), handbook)

    def _wages(self, soc: str) -> model.Wages | None:
        national = None
        states: dict[str, model.StateWage] = {}
        for row in self._db.execute(
            "SELECT w.area, s.name, w.employment, w.annual_p10, w.annual_p25, w.annual_median,"
            " w.annual_p75, w.annual_p90, w.hourly_p10, w.hourly_p25, w.hourly_median,"
            " w.hourly_p75, w.hourly_p90, w.top_coded FROM wage w LEFT JOIN state s"
            " ON s.code = w.area WHERE w.soc_code = ? ORDER BY s.name", (soc,)
        ):
            area, name, employment = row[0], row[1], row[2]
            top = frozenset(filter(None, row[13].split(",")))
            if area == "00":
                keys = ("p10", "p25", "median", "p75", "p90")
                national = (employment, dict(zip(keys, row[3:8], strict=True)),
                            dict(zip(keys, row[8:13], strict=True)), top)
            else:
                states[name] = model.StateWage(name, employment, row[5], row[10], top)
        if national is None:
            return None
        government = self._db.execute(
            "SELECT employment FROM government_jobs WHERE soc_code = ?", (soc,)).fetchone()
        return model.Wages(*national, by_state=states,
                           government_employment=government[0] if government else None)

    def _time(self, code: str) -> list[model.TimeAllocation]:
        details: dict[int, list[tuple[str, float]]] = defaultdict(list)
        for gid, name, percent in self._db.execute(
            "SELECT d.group_id, e.name, d.percent FROM time_detail d JOIN element e"
            " ON e.id = d.element_id WHERE d.code = ? ORDER BY d.group_id, d.percent DESC,"
            " e.name", (code,)
        ):
            details[gid].append((name, percent))
        result = []
        for method, label, kind, text in self._db.execute(
            "SELECT id, label, kind, method FROM time_method ORDER BY kind"
        ):
            shares = [
                model.TimeShare(name, percent, gid, details.get(gid, []) if gid else [])
                for gid, name, percent in self._db.execute(
                    "SELECT group_id, label, percent FROM time_share WHERE code = ?"
                    " AND method = ? ORDER BY seq", (code, method))
            ]
            if shares:
                result.append(model.TimeAllocation(method, label, kind, text, shares))
        return result

    def _ai(self, code: str) -> model.AiAssessment | None:
        row = self._db.execute(
            "SELECT exposure, exposure_percentile, exposure_level, automation_index,"
            " tasks_rated, replace_vs_assist, human_index, human_level, applicability,"
            " conversation_share, conversation_tasks_matched, conversation_tasks, label_id"
            " FROM ai_assessment WHERE code = ?", (code,)
        ).fetchone()
        if row is None:
            return None
        label = None
        if row[12]:
            label = model.AiLabel(*self._db.execute(
                "SELECT id, exposure_level, outlook_trend, label, sentence FROM ai_label"
                " WHERE id = ?", (row[12],)).fetchone())
        methods = {key.removeprefix("method.ai."): value for key, value in self.meta.items()
                   if key.startswith("method.ai.")}
        (exposure, percentile, level, automation, rated, replace, human, human_level,
         applicability, conversations, matched, tasks, _) = row
        return model.AiAssessment(exposure, percentile, level, automation, rated, replace, human,
                                  human_level, applicability, conversations, label, methods,
                                  matched, tasks)

    def _sources(self) -> dict[str, list[model.Source]]:
        by_id = {s.id: s for s in self.sources()}
        result: dict[str, list[model.Source]] = defaultdict(list)
        for section, source in self._db.execute(
            "SELECT section, source_id FROM section_source ORDER BY section, source_id"
        ):
            result[section].append(by_id[source])
        return dict(result)

    # ------------------------------------------------------------- for search

    @reports_damage
    def search_figures(self) -> list[tuple]:
        """Every career in code order with its figures at a glance: (code, title, major
        group, job zone, entry education, national median annual wage, top-coded columns,
        percent change 2024-34, annual openings, outlook, AI exposure level, employment,
        national median hourly wage, BLS typical on-the-job training, BLS work experience in
        a related occupation needed first, the percent of O*NET's surveyed workers with high
        school or less, None without a survey, the share of its jobs with government
        employers, 0-1, None where OEWS gives no figure or the career is one specialty of
        an "All Other" line, whose share is the line's mix). Employment is None
        for a career BLS counts only inside a combined group: the group's count is not the
        career's own (its government share is the group's)."""
        return self._db.execute(
            "SELECT o.code, o.title, o.major_group, o.job_zone, p.entry_education,"
            " w.annual_median, w.top_coded, p.percent_change, p.annual_openings, p.outlook,"
            " a.exposure_level, CASE WHEN g.soc_code IS NULL"
            " THEN coalesce(p.employment_2024, w.employment) END, w.hourly_median,"
            " p.on_the_job_training, p.work_experience,"
            " (SELECT sum(e.percent) FROM education_share e WHERE e.code = o.code"
            " AND e.category <= 2),"
            " CASE WHEN o.code NOT LIKE '%.00' AND s.title LIKE '% All Other' THEN NULL"
            " ELSE CAST(j.employment AS REAL) / nullif(w.employment, 0) END"
            " FROM occupation o LEFT JOIN projection p ON p.soc_code = o.soc_code"
            " LEFT JOIN wage w ON w.soc_code = o.soc_code AND w.area = '00'"
            " LEFT JOIN government_jobs j ON j.soc_code = o.soc_code"
            " LEFT JOIN soc s ON s.code = o.soc_code"
            " LEFT JOIN bls_group g ON g.soc_code = o.soc_code"
            " LEFT JOIN ai_assessment a ON a.code = o.code ORDER BY o.code").fetchall()

    @reports_damage
    def cities(self) -> list[tuple[str, str]]:
        """(city, its state's name) of the cities naming BLS's metropolitan areas, each in
        one state ("Sierra Vista", "Arizona")."""
        return self._db.execute(
            "SELECT c.name, s.name FROM city c JOIN state s ON s.code = c.state_code"
            " ORDER BY c.name").fetchall()

    @reports_damage
    def other_name_items(self) -> list[tuple[str, str, str | None]]:
        """(code, other name, its short form) in the search index's item order."""
        return self._db.execute(OTHER_NAME_ITEMS_SQL).fetchall()

    @reports_damage
    def descriptions(self) -> list[tuple[str, str]]:
        """(code, description) of every career in code order."""
        return self._db.execute("SELECT code, description FROM occupation ORDER BY code"
                                ).fetchall()

    @reports_damage
    def meaning_texts(self, names: int) -> list[tuple[str, str, list[str], str, list[str]]]:
        """(code, title, up to ``names`` other names (those incumbents report first),
        description, tasks) of every career in code order: what ``careerdesk.search.meaning``
        reads each career as."""
        other: dict[str, list[str]] = {}
        for code, name in self._db.execute(
                "SELECT code, title FROM title WHERE alternate = 1"
                " ORDER BY code, reported DESC, title"):
            kept = other.setdefault(code, [])
            if len(kept) < names:
                kept.append(name)
        tasks: dict[str, list[str]] = {}
        for code, text in self._db.execute("SELECT code, text FROM task ORDER BY code, seq"):
            tasks.setdefault(code, []).append(text)
        return [(code, title, other.get(code, []), description, tasks.get(code, []))
                for code, title, description in self._db.execute(
                    "SELECT code, title, description FROM occupation ORDER BY code")]

    @reports_damage
    def technology_items(self, code: str) -> list[str]:
        """One career's technology names in the search index's item order."""
        return [name for (name,) in self._db.execute(
            f"SELECT DISTINCT name FROM technology WHERE code = ? ORDER BY {_TECHNOLOGY_ORDER}",
            (code,))]

    @reports_damage
    def task_texts(self, codes: list[str], only: Collection[tuple[str, int]] | None = None
                   ) -> dict[str, dict[int, str]]:
        """Per career code, its tasks by seq (or at least the (code, seq) pairs ``only``)."""
        return self._texts_by_seq("SELECT code, seq, text FROM task", codes, only)

    @reports_damage
    def activity_texts(self, codes: list[str], only: Collection[tuple[str, int]] | None = None
                       ) -> dict[str, dict[int, str]]:
        """Per career code, its detailed work activities by seq (or at least ``only``)."""
        return self._texts_by_seq("SELECT code, seq, title FROM work_activity", codes, only)

    def _texts_by_seq(self, select: str, codes: list[str],
                      only: Collection[tuple[str, int]] | None) -> dict[str, dict[int, str]]:
        """Rows of ``select`` (code, seq, text) for ``codes``, per code by seq. A few pairs
        ``only`` are looked up one by one in the primary key (SQLite reads an OR of them
        that way; a chain of more than _MAX_PAIRS, every row of the codes)."""
        texts: dict[str, dict[int, str]] = {}
        if only is not None and len(only) <= _MAX_PAIRS:
            pairs = sorted(only)
            where = " OR ".join(["(code = ? AND seq = ?)"] * len(pairs)) or "0"
            values: list[str | int] = [value for pair in pairs for value in pair]
        else:
            where = f"code IN ({', '.join('?' * len(codes))})"
            values = list(codes)
        for code, seq, text in self._db.execute(  # by code, seq: the primary key
            f"{select} WHERE {where} ORDER BY code, seq", values,
        ):
            texts.setdefault(code, {})[seq] = text
        return texts

    @reports_damage
    def job_zone_names(self) -> dict[int, str]:
        """Each job zone's name without its "Job Zone N: " prefix."""
        return {zone: name.split(": ", 1)[-1] for zone, name in self._db.execute(
            "SELECT zone, name FROM job_zone ORDER BY zone")}
