"""The careers database schema (written by the importer, read only by ``careerdesk.store``).

sqlite-utils writes every table: ``create`` makes them from ``TABLES`` (columns in order,
primary key, NOT NULL, defaults, foreign keys) and ``insert`` appends rows with
``Table.insert_all``. The one thing sqlite-utils has no option for is ``WITHOUT ROWID``:
``create`` appends it to the statement sqlite-utils writes (``Database.create_table_sql``),
because most keys here are text, and a rowid table keeps a second copy of a text key in an
index (measured 2026-12-03: 31.3 MB instead of 23.4 MB for the same rows).
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

SCHEMA_VERSION = 6


@dataclass(frozen=True)
class Table:
    """One table: columns in order (name: Python type), key, and what may be NULL.

    Every column is NOT NULL unless listed in ``nullable`` (a single-column key is left as
    SQLite declares it). ``foreign_keys`` are sqlite-utils' (column, table, column) tuples.
    """

    columns: dict[str, type]
    pk: str | tuple[str, ...]
    nullable: tuple[str, ...] = ()
    foreign_keys: tuple[Any, ...] = ()
    defaults: dict[str, Any] = field(default_factory=dict)
    without_rowid: bool = True
    unique: tuple[str, ...] = ()  # single columns with a UNIQUE index

    def not_null(self) -> list[str]:
        single = self.pk if isinstance(self.pk, str) else None
        return [c for c in self.columns if c not in self.nullable and c != single]


def _columns(spec: str) -> dict[str, type]:
    """'code text, seq int, value real' -> {'code': str, 'seq': int, 'value': float}."""
    kinds = {"text": str, "int": int, "real": float}
    pairs = (part.split() for part in spec.split(","))
    return {name: kinds[kind] for name, kind in pairs}


TABLES: dict[str, Table] = {
    "meta": Table(_columns("key text, value text"), "key"),
    # Data sources and which sections of a profile each one feeds.
    "source": Table(_columns(
        "id text, name text, release text, publisher text, licence text, citation text"), "id"),
    "section_source": Table(_columns("section text, source_id text"), ("section", "source_id"),
                            foreign_keys=(("source_id", "source", "id"),)),
    # Reference tables.
    "major_group": Table(_columns("code text, title text"), "code"),
    "job_zone": Table(_columns(
        "zone int, name text, experience text, education text, training text, examples text,"
        " svp_range text"), "zone", without_rowid=False),
    "element": Table(_columns("id text, kind text, name text, description text"), "id"),
    "commodity": Table(_columns("code int, title text"), "code", without_rowid=False),
    "education_level": Table(_columns("category int, label text"), "category",
                             without_rowid=False),
    "state": Table(_columns("code text, name text"), "code"),
    # One row per O*NET occupation.
    "occupation": Table(_columns(
        "code text, title text, description text, soc_code text, major_group text,"
        " job_zone int"), "code", nullable=("job_zone",),
        foreign_keys=(("major_group", "major_group", "code"), ("job_zone", "job_zone", "zone"))),
    # core: 1 core, 0 supplemental, NULL where O*NET gives no category.
    "task": Table(_columns("code text, seq int, task_id int, text text, core int"),
                  ("code", "seq"), nullable=("core",)),
    # Each career's O*NET detailed work activities (DWA), through its tasks (Tasks to DWAs);
    # seq numbers them shortest first.
    "work_activity": Table(_columns("code text, seq int, dwa_id text, title text"),
                           ("code", "seq")),
    # Other names: alternate titles (all) and O*NET's sample of reported titles.
    "title": Table(_columns("code text, title text, short text, reported int, alternate int"),
                   ("code", "title"), nullable=("short",)),
    "related": Table(_columns("code text, seq int, related_code text, tier text"),
                     ("code", "seq")),
    "progression": Table(_columns(
        "code text, seq int, next_code text, more_preparation int, higher_pay int"),
        ("code", "seq")),
    "technology": Table(_columns(
        "code text, name text, commodity int, hot int, in_demand int"),
        ("code", "name", "commodity")),
    "tool": Table(_columns("code text, name text, commodity int"), ("code", "name", "commodity")),
    # Importance ratings (abilities, skills, knowledge, work styles: 1-5; interests: 1-7).
    # Only the most important of each kind are kept (rank 1 = most important); interests all.
    "rating": Table(_columns("code text, element_id text, value real, rank int"),
                    ("code", "element_id"), foreign_keys=(("element_id", "element", "id"),)),
    # O*NET basic interests (1.B.3.x) and the RIASEC area or areas (element 1.B.1.a-f) of each.
    "basic_interest": Table(_columns("id text, name text"), "id"),
    "basic_interest_area": Table(_columns("basic_id text, area_id text"), ("basic_id", "area_id"),
                                 foreign_keys=(("basic_id", "basic_interest", "id"),
                                               ("area_id", "element", "id"))),
    # O*NET's illustrative activities: element_id is an area (its General activities) or a
    # basic interest; seq numbers them A to Z within it.
    "interest_activity": Table(_columns("element_id text, seq int, text text"),
                               ("element_id", "seq")),
    # CareerDesk's interest quiz: activities in asking order; ids ('R-01') stay from build to
    # build.
    "interest_question": Table(_columns(
        "id text, position int, area_id text, element_id text, seq int"), "id",
        foreign_keys=(("area_id", "element", "id"),
                      (("element_id", "seq"), "interest_activity", ("element_id", "seq"))),
        unique=("position",)),
    "education_share": Table(_columns("code text, category int, percent real"),
                             ("code", "category"),
                             foreign_keys=(("category", "education_level", "category"),)),
    # BLS figures belong to SOC occupations (XX-XXXX); several O*NET occupations may share one.
    "soc": Table(_columns("code text, title text"), "code"),
    # SOC codes BLS publishes only inside a combined line (21-1011 and 21-1014 in 21-1018):
    # projection, wage and the AI applicability score hold that line's figures under each
    # SOC code it covers; bls_code and title name the line.
    "bls_group": Table(_columns("soc_code text, bls_code text, title text"), "soc_code"),
    # handbook_url: the Occupational Outlook Handbook page BLS links it to, if any.
    "projection": Table(_columns(
        "soc_code text, employment_2024 int, employment_2034 int, percent_change real,"
        " annual_openings int, entry_education text, work_experience text,"
        " on_the_job_training text, outlook text, handbook_url text"), "soc_code",
        nullable=("employment_2024", "employment_2034", "percent_change", "annual_openings",
                  "entry_education", "work_experience", "on_the_job_training", "outlook",
                  "handbook_url")),
    # OEWS May 2025; area '00' is the nation, other areas are states (FIPS codes).
    # top_coded lists the measures that are at the top of the published range
    # ("$239,200 or more"), comma-separated.
    "wage": Table(_columns(
        "soc_code text, area text, employment int, annual_p10 int, annual_p25 int,"
        " annual_median int, annual_p75 int, annual_p90 int, hourly_p10 real, hourly_p25 real,"
        " hourly_median real, hourly_p75 real, hourly_p90 real, top_coded text"),
        ("soc_code", "area"),
        nullable=("employment", "annual_p10", "annual_p25", "annual_median", "annual_p75",
                  "annual_p90", "hourly_p10", "hourly_p25", "hourly_median", "hourly_p75",
                  "hourly_p90"),
        defaults={"top_coded": ""}),
    # OEWS May 2025: the nation's jobs with government employers (federal, state and local
    # government, public schools and hospitals, the Postal Service; OEWS industry 999001),
    # of the SOC occupations OEWS counts there; a share of wage.employment (area '00').
    "government_jobs": Table(_columns("soc_code text, employment int"), "soc_code"),
    # The cities naming OEWS's metropolitan areas, each in one state (the area's).
    "city": Table(_columns("name text, state_code text"), "name",
                  foreign_keys=(("state_code", "state", "code"),)),
    # Derived figures.
    "entry_time": Table(_columns("code text, years_min real, years_max real, basis text"),
                        "code"),
    "activity_group": Table(_columns("id int, name text, description text"), "id",
                            without_rowid=False),
    "time_method": Table(_columns("id text, label text, kind text, method text"), "id"),
    "time_share": Table(_columns(
        "code text, method text, seq int, group_id int, label text, percent real"),
        ("code", "method", "seq"), nullable=("group_id",),
        foreign_keys=(("method", "time_method", "id"), ("group_id", "activity_group", "id"))),
    "time_detail": Table(_columns("code text, group_id int, element_id text, percent real"),
                         ("code", "group_id", "element_id")),
    "ai_label": Table(_columns(
        "id text, exposure_level text, outlook_trend text, label text, sentence text"), "id"),
    "ai_assessment": Table(_columns(
        "code text, exposure real, exposure_percentile int, exposure_level text,"
        " automation_index real, tasks_rated int, replace_vs_assist text, human_index real,"
        " human_level text, applicability real, conversation_share real,"
        " conversation_tasks_matched int, conversation_tasks int, label_id text"), "code",
        nullable=("exposure", "exposure_percentile", "exposure_level", "automation_index",
                  "tasks_rated", "replace_vs_assist", "human_index", "human_level",
                  "applicability", "conversation_share", "conversation_tasks_matched",
                  "conversation_tasks", "label_id"),
        foreign_keys=(("label_id", "ai_label", "id"),)),
    "narrative": Table(_columns("code text, kind text, text text"), ("code", "kind")),
    # Programs of study (NCES CIP 2020) and the careers they lead to (CIP-SOC crosswalk).
    # program: title as NCES writes it, name in plain words, definition from the CIP list,
    # residency 1 for CIP 60-61 (only after a degree), reach = how many SOC occupations the
    # crosswalk links it to. career_program: a career's programs, seq in the order a
    # student would look at them (careerdesk/build/programs.py).
    "program_field": Table(_columns("family text, name text"), "family"),
    "program": Table(_columns(
        "cip text, family text, title text, name text, definition text, residency int,"
        " reach int"), "cip", nullable=("definition",),
        foreign_keys=(("family", "program_field", "family"),)),
    "career_program": Table(_columns("code text, seq int, cip text"), ("code", "seq"),
                            foreign_keys=(("cip", "program", "cip"),)),
}

# Indexes beyond the keys: name -> (table, columns).
INDEXES = {"occupation_soc": ("occupation", ("soc_code",)),
           "career_program_cip": ("career_program", ("cip",))}


def create(conn: sqlite3.Connection) -> None:
    """Create every table of ``TABLES`` (empty) and the indexes."""
    db = Database(conn)
    for name, spec in TABLES.items():
        if spec.without_rowid:
            sql = db.create_table_sql(name, dict(spec.columns), pk=spec.pk,
                                      foreign_keys=list(spec.foreign_keys),
                                      not_null=spec.not_null(), defaults=spec.defaults)
            db.execute(sql.strip().removesuffix(";") + " WITHOUT ROWID")
        else:
            db.table(name).create(dict(spec.columns), pk=spec.pk,
                                  foreign_keys=list(spec.foreign_keys),
                                  not_null=spec.not_null(), defaults=spec.defaults)
        for column in spec.unique:
            db.table(name).create_index([column], unique=True)
    for index, (name, columns) in INDEXES.items():
        db.table(name).create_index(list(columns), index_name=index)


def insert(conn: sqlite3.Connection, name: str, rows: Iterable[Sequence[object]],
           columns: Sequence[str] | None = None) -> None:
    """Append ``rows`` (values in the order of ``columns``, all of the table's by default)."""
    header = list(columns or TABLES[name].columns)
    Database(conn).table(name).insert_all(itertools.chain([header], rows))
