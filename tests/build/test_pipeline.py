"""The importer, run on miniature source files written by ``minisources`` (not the real
sources): what it stores, that it is deterministic and leaves an unchanged database alone,
and that bad input fails with a SourceError naming the file, column and line, leaving
nothing behind and any earlier database untouched.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from careerdesk import cli
from careerdesk.build.editorial import EDITORIAL
from careerdesk.build.errors import SourceError
from careerdesk.build.pipeline import build, content_hash, table_counts
from careerdesk.build.schema import SCHEMA_VERSION
from careerdesk.store import CareerStore

from . import minisources as mini
from .minisources import ACUTE_NURSE, FILES, LEGISLATOR, NURSE, SECRETARY

# ----------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def mini_src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mini.write_mini_sources(tmp_path_factory.mktemp("mini") / "data")


@pytest.fixture(scope="module")
def built(mini_src: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("built") / "careers.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CAREERDESK_BUILD_DATE", "2025-07-01")
        return build(mini_src, out)


@pytest.fixture(scope="module")
def db(built):
    conn = sqlite3.connect(f"file:{built.path}?mode=ro", uri=True)
    yield conn
    conn.close()


@pytest.fixture
def src(mini_src: Path, tmp_path: Path) -> Path:
    """A fresh copy of the miniature sources that a test may break."""
    return Path(shutil.copytree(mini_src, tmp_path / "data"))


def rows(conn: sqlite3.Connection, sql: str, *params) -> list[tuple]:
    return conn.execute(sql, params).fetchall()


def dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"'), key=repr)
                for name in table_counts(conn)}
    finally:
        conn.close()


# ----------------------------------------------------------------------------- contents


def test_mini_build_succeeds_with_the_rows_written(built, db):
    assert built.changed is True
    assert built.size == built.path.stat().st_size
    titles = ({(c, t) for c, t, _, _ in mini.ALTERNATE_TITLES}
              | {(c, t) for c, t, _ in mini.REPORTED_TITLES})
    expected = {
        "occupation": len(mini.OCCUPATIONS),
        "major_group": len(mini.MAJOR_GROUPS),
        "job_zone": 5,
        "element": sum(len(v) for v in mini.ELEMENT_KINDS.values()),
        "task": sum(len(v) for v in mini.TASKS.values()),
        "title": len(titles),
        "related": len(mini.RELATED),
        "technology": len(mini.TECHNOLOGY),
        "tool": len(mini.TOOLS),
        "commodity": len({row[2] for row in mini.TECHNOLOGY + mini.TOOLS}),
        "education_level": len(mini.EDUCATION_LEVELS),
        "education_share": len(mini.EDUCATION_SHARES) * len(mini.EDUCATION_LEVELS),
        "soc": len(mini.PROJECTIONS),
        "projection": len(mini.PROJECTIONS),
        "state": len(mini.STATES),
        # national rows + the 5 state cells with a figure for an O*NET occupation
        "wage": len(mini.NATIONAL_WAGES) + 5,
        "government_jobs": 1,  # the nurses; the secretaries' count is not released
        "city": 4,  # Anchorage, Los Angeles, Long Beach, Anaheim (not Columbus: two states)
        "entry_time": 4,  # three from BLS, the legislators from their job zone
        "progression": 2,  # secretary -> acute care nurse, acute care nurse -> nurse
        "activity_group": 9,
        "time_method": 2,
        "ai_label": 15,
        "ai_assessment": len(mini.TASKS),
        "narrative": len(mini.TASKS) + len(EDITORIAL),
        "basic_interest": len(mini.BASIC_INTERESTS),
        "basic_interest_area": sum(len(areas) for _, _, areas, _ in mini.BASIC_INTERESTS),
        "interest_activity": (sum(len(v) for v in mini.GENERAL_ACTIVITIES.values())
                              + sum(len(items) for *_, items in mini.BASIC_INTERESTS)),
        "interest_question": 42,
    }
    assert {table: built.counts[table] for table in expected} == expected
    assert built.counts == table_counts(db)


def test_occupations_join_soc_major_group_and_job_zone(db):
    assert rows(db, "SELECT code, title, soc_code, major_group, job_zone FROM occupation"
                    " ORDER BY code") == [
        (code, title, code[:7], code[:2] + "-0000", mini.JOB_ZONES.get(code))
        for code, (title, _) in mini.OCCUPATIONS.items()
    ]
    assert dict(rows(db, "SELECT code, title FROM major_group")) == {
        code: name.removesuffix(" Occupations") for code, name in mini.MAJOR_GROUPS.items()}


def test_tasks_keep_source_order_and_core_flags(db):
    for code, tasks in mini.TASKS.items():
        assert rows(db, "SELECT seq, task_id, text, core FROM task WHERE code = ? ORDER BY seq",
                    code) == [
            (seq, task_id, text, {"Core": 1, "Supplemental": 0}[kind])
            for seq, (task_id, text, kind) in enumerate(tasks, start=1)
        ]
    assert [r[0] for r in rows(db, "SELECT task_id FROM task WHERE code = ? ORDER BY seq",
                               SECRETARY)] == [777, 775, 788, 779, 776, 786]
    assert rows(db, "SELECT count(*) FROM task WHERE code = ?", LEGISLATOR) == [(0,)]


def test_titles_merge_alternate_and_reported(db):
    assert rows(db, "SELECT title, short, reported, alternate FROM title WHERE code = ?"
                    " ORDER BY title", SECRETARY) == [
        ("Certified Medical Administrative Assistant (CMMA)", "CMMA", 0, 1),
        ("Front Desk Receptionist", None, 1, 0),
        ("Medical Office Specialist", None, 1, 1),
        ("Medical Receptionist", None, 1, 0),
        ("Medical Secretary", None, 0, 1),
    ]


def test_related_occupations_follow_onet_order(db):
    assert rows(db, "SELECT seq, related_code, tier FROM related WHERE code = ? ORDER BY seq",
                SECRETARY) == [
        (1, ACUTE_NURSE, "Primary-Short"),
        (2, LEGISLATOR, "Primary-Long"),
        (3, NURSE, "Supplemental"),
    ]
    # Next steps need at most one more job zone: the legislators and registered nurses
    # (zone 4) are two zones above the secretary (zone 2); the acute care nurse (zone 3)
    # pays more. The acute care nurse's step to registered nurse needs one more zone at the
    # same pay (both are SOC 29-1141).
    assert rows(db, "SELECT next_code, more_preparation, higher_pay FROM progression"
                    " WHERE code = ? ORDER BY seq", SECRETARY) == [(ACUTE_NURSE, 1, 1)]
    assert rows(db, "SELECT code, next_code, more_preparation, higher_pay FROM progression"
                    " WHERE code != ?", SECRETARY) == [(ACUTE_NURSE, NURSE, 1, 0)]


def test_technology_keeps_hot_and_in_demand_flags(db):
    assert rows(db, "SELECT t.name, c.title, t.hot, t.in_demand FROM technology t"
                    " JOIN commodity c ON c.code = t.commodity WHERE t.code = ?"
                    " ORDER BY t.name", SECRETARY) == [
        ("Accounts payable software", "Accounting software", 0, 0),
        ("Epic Systems", "Medical software", 1, 0),
        ("Microsoft Excel", "Spreadsheet software", 1, 1),
    ]
    assert rows(db, "SELECT name, commodity FROM tool WHERE code = ? ORDER BY name",
                SECRETARY) == [("Desktop computers", 43211507), ("Dictaphones", 44102605)]


def test_projections_are_stored_in_jobs_not_thousands(db):
    assert rows(db, "SELECT * FROM projection ORDER BY soc_code") == [
        ("29-1141", 3391000, 3557100, 4.9, 189100, "Bachelor's degree", "None", "None",
         "Faster than average", None),
        ("43-6013", 850000, 885300, 4.2, 85900, "High school diploma or equivalent", "None",
         "Moderate-term on-the-job training", "About as fast as average",
         mini.HANDBOOK_PAGES["43-6013"]),
    ]
    assert dict(rows(db, "SELECT code, title FROM soc")) == {
        "29-1141": "Registered Nurses",
        "43-6013": "Medical Secretaries and Administrative Assistants",
    }


def test_national_wages(db):
    assert rows(db, "SELECT * FROM wage WHERE soc_code = '43-6013' AND area = '00'") == [
        ("43-6013", "00", 961610, 35930, 38570, 45930, 50580, 60530,
         17.27, 18.54, 22.08, 24.32, 29.1, ""),
    ]


def test_government_jobs_are_the_nations_and_a_count_not_released_is_left_out(db, built):
    assert rows(db, "SELECT * FROM government_jobs") == [("29-1141", 548270)]
    # the search's share: the nurses' government jobs of all their jobs; none for the
    # secretaries, whose count OEWS does not release (not 0 %)
    store = CareerStore(built.path)
    shares = {code: share for code, *_, share in store.search_figures()}
    store.close()
    assert shares["29-1141.00"] == pytest.approx(548270 / 3379720)
    assert shares["43-6013.00"] is None


def test_cities_are_those_naming_metropolitan_areas_each_in_one_state(db):
    assert rows(db, "SELECT name, state_code FROM city ORDER BY name") == [
        ("Anaheim", "06"), ("Anchorage", "02"), ("Long Beach", "06"), ("Los Angeles", "06")]


def test_state_wages_keep_missing_figures_null_and_top_coding(db):
    assert rows(db, "SELECT soc_code, area, employment, annual_median, hourly_median,"
                    " top_coded FROM wage WHERE area != '00' ORDER BY soc_code, area") == [
        ("29-1141", "01", 50960, 66440, 31.94, ""),
        ("29-1141", "06", 338940, 239200, 115.0, "hourly_median,annual_median"),
        ("43-6013", "01", 16580, 36930, 17.76, ""),
        ("43-6013", "02", None, 47870, 23.02, ""),  # employment not released: null, not 0
        ("43-6013", "06", 105230, 54290, 26.1, ""),
    ]
    assert rows(db, "SELECT * FROM state ORDER BY code") == sorted(mini.STATES.items())
    # the state figures of other columns are not published in the state extract
    assert rows(db, "SELECT count(*) FROM wage WHERE area != '00'"
                    " AND (annual_p10 IS NOT NULL OR hourly_p90 IS NOT NULL)") == [(0,)]


def test_top_coded_state_wage_reads_or_more(db):
    from careerdesk import formatting

    median, top = rows(db, "SELECT annual_median, top_coded FROM wage"
                           " WHERE soc_code = '29-1141' AND area = '06'")[0]
    assert "annual_median" in top.split(",")
    assert formatting.money(median, top_coded="annual_median" in top) == "$239,200 or more"


def test_occupations_sharing_a_soc_code_share_bls_figures(db):
    shared = rows(db, "SELECT o.code, p.employment_2024, w.annual_median FROM occupation o"
                      " JOIN projection p ON p.soc_code = o.soc_code"
                      " JOIN wage w ON w.soc_code = o.soc_code AND w.area = '00'"
                      " WHERE o.soc_code = '29-1141' ORDER BY o.code")
    assert shared == [(NURSE, 3391000, 97550), (ACUTE_NURSE, 3391000, 97550)]
    group = 'These figures cover the wider BLS group "Registered Nurses".'
    narratives = dict(rows(db, "SELECT code, text FROM narrative WHERE kind = 'data'"))
    assert group in narratives[ACUTE_NURSE]
    assert "wider BLS group" not in narratives[NURSE]  # its own title: no wider group
    assert "wider BLS group" not in narratives[SECRETARY]


def test_time_allocation_adds_up_to_100(db):
    for code in mini.TASKS:
        shares = rows(db, "SELECT percent FROM time_share WHERE code = ?"
                          " AND method = 'onet-activities'", code)
        assert sum(p for p, in shares) == 100
        detail = rows(db, "SELECT percent FROM time_detail WHERE code = ?", code)
        assert sum(p for p, in detail) == pytest.approx(100, abs=0.5)
    # 4 core tasks x 2 + 2 supplemental x 1, each split over its detailed work activities;
    # greeting visitors (O*NET: "Assisting and Caring for Others", general assistance to
    # customers) counts as working with people, giving care as caring
    assert rows(db, "SELECT seq, group_id, label, percent FROM time_share WHERE code = ?"
                    " AND method = 'onet-activities' ORDER BY seq", SECRETARY) == [
        (1, 4, "Records, paperwork and computers", 40.0),
        (2, 1, "Talking and working with people", 30.0),
        (3, 5, "Analysing and planning", 20.0),
        (4, 2, "Caring for people or animals", 10.0),
    ]
    assert rows(db, "SELECT group_id, element_id, percent FROM time_detail WHERE code = ?"
                    " ORDER BY group_id, element_id", SECRETARY) == [
        (1, "4.A.4.a.3", 20.0), (1, "4.A.4.a.5", 10.0), (2, "4.A.4.a.5", 10.0),
        (4, "4.A.2.a.2", 5.0), (4, "4.A.3.b.6", 35.0), (5, "4.A.2.b.5", 20.0)]
    assert rows(db, "SELECT label, percent FROM time_share WHERE code = ?"
                    " AND method = 'reference-page' ORDER BY seq", SECRETARY) == [
        ("Patient communication", 40.0), ("Insurance and billing", 35.0),
        ("Records, correspondence and coordination", 25.0)]
    assert rows(db, "SELECT count(*) FROM time_share WHERE code = ?", LEGISLATOR) == [(0,)]


def test_ai_assessment_rows_and_labels(db):
    # Anthropic's share, joined by task wording: the nurse's two tasks under an older code
    # (one word for word, one reworded a little: 0.125 + 0.0625) of her three; the
    # secretary's four of six (one differs by a comma; two have no share); none of the acute
    # care nurse's tasks are in the index's list, so hers is not available
    assert rows(db, "SELECT * FROM ai_assessment ORDER BY code") == [
        (NURSE, 0.25, 33, "medium", 0.125, 2, "Mostly assists workers", None, None, 0.125,
         0.1875, 2, 3, "medium-growing"),
        (ACUTE_NURSE, 0.2, 0, "low", None, None, None, None, None, 0.125, None, 0, 2,
         "low-growing"),
        (SECRETARY, 0.6666666666666666, 67, "high", 0.625, 4,
         "Leans toward taking over tasks", 39.1, "low", 0.25, 0.75, 4, 6, "high-stable"),
    ]
    labels = dict(rows(db, "SELECT id, label FROM ai_label"))
    assert labels["high-stable"] == "High exposure + steady growth"
    assert labels["low-flat"] == "Low exposure + little or no change in jobs"
    assert labels["medium-declining"] == "Some exposure + shrinking jobs"
    assert not [label for label in labels.values() if "stable" in label]
    assert rows(db, "SELECT count(*) FROM ai_assessment a LEFT JOIN ai_label l"
                    " ON l.id = a.label_id WHERE l.id IS NULL") == [(0,)]


def test_data_narratives_for_occupations_with_tasks(db):
    data = dict(rows(db, "SELECT code, text FROM narrative WHERE kind = 'data'"))
    assert sorted(data) == sorted(mini.TASKS)
    text = data[SECRETARY]
    # the work from its detailed work activities in plain words, never a task statement
    assert "about 40% of the work is records, paperwork and computers" in text
    assert "keep medical records and transcribe spoken or written information" in text
    assert not [task for _, task, _ in mini.TASKS[SECRETARY]
                if task.lower().rstrip(".") in text.lower()]
    assert "$45,930" in text and "85,900 jobs" in text
    assert "O*NET lists 2 tools and 3 kinds of software" in text
    assert "1 kinds" not in data[ACUTE_NURSE] and "1 kind of software" in data[ACUTE_NURSE]
    assert "CareerDesk wrote this from the data: with BLS's +4.2% outlook, it labels the job " \
        '"High exposure + steady growth".' in text
    editorial = [c for c, in rows(db, "SELECT code FROM narrative WHERE kind = 'editorial'")]
    assert sorted(editorial) == sorted(EDITORIAL)


def test_ability_ratings_only_for_rated_occupations(db):
    by_code = dict(rows(db, "SELECT r.code, count(*) FROM rating r JOIN element e"
                            " ON e.id = r.element_id WHERE e.kind = 'ability' GROUP BY r.code"))
    assert by_code == {code: 10 for code in mini.RATED}
    assert LEGISLATOR not in by_code
    assert rows(db, "SELECT count(*) FROM rating WHERE code = ?", LEGISLATOR) == [(0,)]
    assert rows(db, "SELECT e.name, r.value FROM rating r JOIN element e"
                    " ON e.id = r.element_id WHERE r.code = ? AND e.kind = 'ability'"
                    " ORDER BY r.rank LIMIT 3", SECRETARY) == [
        ("Oral Comprehension", 4.5), ("Oral Expression", 4.25), ("Written Comprehension", 4.0)]
    assert rows(db, "SELECT value FROM meta WHERE key = 'abilities_rated'") == [
        (str(len(mini.RATED)),)]


def test_interests_skills_and_education(db):
    assert rows(db, "SELECT e.name, r.value FROM rating r JOIN element e"
                    " ON e.id = r.element_id WHERE r.code = ? AND e.kind = 'interest'"
                    " ORDER BY r.rank LIMIT 2", SECRETARY) == [
        ("Conventional", 7.0), ("Social", 4.0)]
    assert rows(db, "SELECT count(*) FROM element WHERE id IN ('1.B.1.g', '1.A', '2.B.1')"
                ) == [(0,)]
    shares = rows(db, "SELECT category, percent FROM education_share WHERE code = ?"
                      " AND percent > 0 ORDER BY category", SECRETARY)
    assert shares == [(2, 60.0), (3, 25.0), (4, 15.0)]


def test_interest_quiz_takes_seven_single_area_activities_per_area_in_turns(db):
    quiz = rows(db, "SELECT q.id, q.position, e.name, a.text, q.element_id"
                " FROM interest_question q JOIN element e ON e.id = q.area_id"
                " JOIN interest_activity a ON a.element_id = q.element_id AND a.seq = q.seq"
                " ORDER BY q.position")
    assert [p for _, p, *_ in quiz] == list(range(1, 43))
    by_area: dict[str, list[str]] = {}
    for qid, _, area, _, _ in quiz:
        by_area.setdefault(area, []).append(qid)
    assert {a: len(ids) for a, ids in by_area.items()} == {
        "Realistic": 7, "Investigative": 7, "Artistic": 7, "Social": 7, "Enterprising": 7,
        "Conventional": 7}
    assert by_area["Realistic"] == [f"R-{n:02d}" for n in range(1, 8)]
    # the areas take turns: the first round in RIASEC order, the next one turned by one
    assert [area for _, _, area, _, _ in quiz[:8]] == [
        "Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional",
        "Investigative", "Artistic"]
    assert quiz[0][0] == "R-01" and quiz[0][3] == "Build kitchen cabinets."
    assert ("R-02", "Raise and tend to farm animals.", "1.B.3.f") in {
        (q[0], q[3], q[4]) for q in quiz}
    # every General activity is asked; a basic interest of two areas is stored, not asked
    asked = {text for *_, text, _ in quiz}
    assert all(a in asked for items in mini.GENERAL_ACTIVITIES.values() for a in items)
    assert "Exercise animals in a shelter." not in asked
    assert rows(db, "SELECT area_id FROM basic_interest_area WHERE basic_id = '1.B.3.h'"
                " ORDER BY area_id") == [("1.B.1.a",), ("1.B.1.d",)]
    assert rows(db, "SELECT text FROM interest_activity WHERE element_id = '1.B.3.h'") == [
        ("Exercise animals in a shelter.",)]


def test_occupation_without_tasks_or_bls_data_has_null_figures(db):
    assert rows(db, "SELECT title FROM occupation WHERE code = ?", LEGISLATOR) == [
        ("Legislators",)]
    figures = rows(
        db,
        "SELECT p.employment_2024, p.employment_2034, p.percent_change, p.annual_openings,"
        " w.employment, w.annual_median, w.hourly_median, a.exposure"
        " FROM occupation o LEFT JOIN projection p ON p.soc_code = o.soc_code"
        " LEFT JOIN wage w ON w.soc_code = o.soc_code AND w.area = '00'"
        " LEFT JOIN ai_assessment a ON a.code = o.code WHERE o.code = ?", LEGISLATOR)
    assert figures == [(None,) * 8]
    assert rows(db, "SELECT years_min, years_max, basis FROM entry_time WHERE code = ?",
                LEGISLATOR) == [(2.0, 4.0, "job_zone")]
    # a missing figure is never stored as 0
    assert rows(db, "SELECT count(*) FROM wage WHERE employment = 0 OR annual_median = 0"
                    " OR hourly_median = 0") == [(0,)]
    assert rows(db, "SELECT count(*) FROM projection WHERE employment_2024 = 0"
                    " OR annual_openings = 0") == [(0,)]


def test_meta(db):
    meta = dict(rows(db, "SELECT key, value FROM meta"))
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["build_date"] == "2025-07-01"
    assert ("information from the O*NET 29.3 Database by the U.S. Department of Labor, "
            "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
            "license. O*NET® is a trademark of USDOL/ETA.") in meta["onet_attribution"]
    assert re.fullmatch(r"[0-9a-f]{64}", meta["content_sha256"])
    assert meta["content_sha256"] == content_hash(db)


def test_build_date_defaults_to_today(mini_src, tmp_path, monkeypatch):
    monkeypatch.delenv("CAREERDESK_BUILD_DATE", raising=False)
    result = build(mini_src, tmp_path / "careers.db")
    conn = sqlite3.connect(result.path)
    try:
        (date,), = rows(conn, "SELECT value FROM meta WHERE key = 'build_date'")
    finally:
        conn.close()
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", date)


# ----------------------------------------------------------------------------- determinism


def test_two_builds_give_the_same_hash_and_rows(mini_src, built, tmp_path, monkeypatch):
    monkeypatch.setenv("CAREERDESK_BUILD_DATE", "2025-07-01")
    again = build(mini_src, tmp_path / "again.db")
    assert again.changed is True
    assert dump(again.path) == dump(built.path)
    assert again.counts == built.counts
    first = sqlite3.connect(built.path)
    second = sqlite3.connect(again.path)
    try:
        assert content_hash(first) == content_hash(second)
    finally:
        first.close()
        second.close()


def test_rebuild_with_the_same_content_keeps_the_old_file(mini_src, tmp_path, monkeypatch):
    out = tmp_path / "careers.db"
    monkeypatch.setenv("CAREERDESK_BUILD_DATE", "2025-01-01")
    build(mini_src, out)
    os.utime(out, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = out.read_bytes()
    monkeypatch.setenv("CAREERDESK_BUILD_DATE", "2025-06-01")  # a later day, same content
    result = build(mini_src, out)
    assert result.changed is False
    assert result.path == out and result.size == len(before)
    assert out.read_bytes() == before
    assert out.stat().st_mtime_ns == 1_000_000_000_000_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["careers.db"]


def test_rebuild_with_changed_content_replaces_the_file(src, tmp_path):
    out = tmp_path / "out" / "careers.db"
    build(src, out)
    path = src / FILES["projections"]
    row = mini.xlsx_row_of(path, "43-6013", sheet="Table 1.2")
    mini.set_xlsx_cell(path, row, "Employment, 2024", 851.5, sheet="Table 1.2", header_row=2)
    result = build(src, out)
    assert result.changed is True
    conn = sqlite3.connect(out)
    try:
        assert rows(conn, "SELECT employment_2024 FROM projection WHERE soc_code = '43-6013'"
                    ) == [(851500,)]
    finally:
        conn.close()
    assert sorted(p.name for p in out.parent.iterdir()) == ["careers.db"]


# ----------------------------------------------------------------------------- failures


@dataclass(frozen=True)
class Broken:
    """One way to break one source file: ``breaks(path)`` returns the line it broke."""

    file: str  # key of minisources.FILES
    breaks: Callable[[Path], int | None]
    column: str | None = None
    reason: str = ""


def _unlink(path: Path) -> None:
    path.unlink()


def _rename(old: str, new: str, **where) -> Callable[[Path], int]:
    def breaks(path: Path) -> int:
        mini.rename_column(path, old, new, **where)
        return where.get("header_row", 1)
    return breaks


def _set_field(column: str, value: str, *needles: str) -> Callable[[Path], int]:
    def breaks(path: Path) -> int:
        line = mini.line_of(path, *needles)
        mini.set_field(path, line, column, value)
        return line
    return breaks


def _set_projection(column: str, value: object) -> Callable[[Path], int]:
    def breaks(path: Path) -> int:
        row = mini.xlsx_row_of(path, "43-6013", sheet="Table 1.2")
        mini.set_xlsx_cell(path, row, column, value, sheet="Table 1.2", header_row=2)
        return row
    return breaks


def _link_projection(url: str) -> Callable[[Path], int]:
    def breaks(path: Path) -> int:
        row = mini.xlsx_row_of(path, "43-6013", sheet="Table 1.2")
        mini.set_xlsx_link(path, row, mini.PROJECTION_HEADER[-1], url, sheet="Table 1.2",
                           header_row=2)
        return row
    return breaks


def _append(values: list[object]) -> Callable[[Path], int]:
    return lambda path: mini.append_row(path, values)


def _append_xlsx(values: list[object]) -> Callable[[Path], int]:
    return lambda path: mini.append_xlsx_row(path, values)


def _damage_sheet(path: Path) -> None:
    """Keep the zip valid but cut the worksheet XML in half."""
    import zipfile

    damaged = path.with_suffix(".tmpzip")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(damaged, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]
            zout.writestr(item, data)
    damaged.replace(path)


def _oews_cell(key_suffix: str, column: str, value: str) -> Callable[[Path], int]:
    """Set one cell of the gzip-compressed OEWS database; return its state-cell row."""
    def breaks(path: Path) -> int:
        conn = sqlite3.connect(":memory:")
        conn.deserialize(gzip.decompress(path.read_bytes()))
        conn.execute(f"UPDATE cell SET {column} = ? WHERE key LIKE ?", (value, "%" + key_suffix))
        conn.commit()
        keys = [k for k, in conn.execute(
            "SELECT key FROM cell WHERE key LIKE 'OEUS%' AND substr(key, 12, 6) = '000000'"
            " ORDER BY key")]
        path.write_bytes(gzip.compress(conn.serialize(), mtime=0))
        conn.close()
        return next(i for i, k in enumerate(keys, start=1) if k.endswith(key_suffix))
    return breaks


def _not_a_workbook(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 this is not a workbook")


def _empty(path: Path) -> int:
    path.write_text("")
    return 1  # the header line that is missing


def _gzip_text(path: Path) -> None:
    path.write_bytes(gzip.compress(b"this is not a SQLite database\n" * 50))


CODE = "O*NET-SOC Code"
TASK_ROW = ["99-9999.00", "Unknown Occupation", "99999", "Do something.", "Core", "85.0",
            "08/2021", "Incumbent"]

BROKEN = {
    "missing text file": Broken("tasks", _unlink, reason="file not found"),
    "missing workbook": Broken("projections", _unlink, reason="file not found"),
    "missing gzip": Broken("oews_full", _unlink, reason="file not found"),
    "renamed column (text)": Broken("tasks", _rename("Task Type", "Task Category"),
                                    "Task Type", "column not found"),
    "renamed column (csv)": Broken("oews_national",
                                   _rename("Annual median wage", "Annual median"),
                                   "Annual median wage", "column not found"),
    "renamed column (workbook)": Broken(
        "projections", _rename("Employment, 2024", "Employment 2024", sheet="Table 1.2",
                               header_row=2), "Employment, 2024", "column not found"),
    "renamed ability column": Broken("abilities",
                                     _rename("Ability: Stamina", "Ability Stamina"),
                                     "Ability: Stamina", "column not found"),
    "unparsable number (text)": Broken(
        "work_styles", _set_field("Data Value", "high", SECRETARY, "1.C.5.a"), "Data Value",
        "cannot read 'high' as a number"),
    "unparsable number (csv)": Broken(
        "oews_national", _set_field("Annual median wage", "45,93O", "43-6013,"),
        "Annual median wage", "cannot read"),
    "unparsable number (abilities)": Broken(
        "abilities", _set_field("Ability: Oral Comprehension", "4..5", NURSE),
        "Ability: Oral Comprehension", "cannot read '4..5'"),
    "unparsable number (workbook)": Broken(
        "projections", _set_projection("Employment, 2024", "850.0 thousand"),
        "Employment, 2024", "cannot read"),
    "unparsable number (OEWS database)": Broken(
        "oews_full", _oews_cell("OEUS0100000000000436013", "v13", "3693O"), "cell.v13",
        "cannot read '3693O'"),
    "unparsable whole number": Broken(
        "job_zones", _set_field("Job Zone", "2.5", SECRETARY), "Job Zone",
        "expected a whole number"),
    "bad flag": Broken("technology", _set_field("Hot Technology", "Maybe", "Microsoft Excel"),
                       "Hot Technology", "expected Y or N"),
    "unknown occupation (text)": Broken("tasks", _append(TASK_ROW), CODE,
                                        "unknown O*NET-SOC code '99-9999.00'"),
    "unknown occupation (workbook)": Broken(
        "tasks_to_dwas", _append_xlsx(["99-9999.00", "Unknown", 99999, "Do something.",
                                       "4.A.2.b.5.I03.D01", "Schedule appointments.",
                                       "03/2014", "Analyst"]),
        CODE, "unknown O*NET-SOC code '99-9999.00'"),
    "malformed code": Broken("occupations", _set_field(CODE, "43-6013", SECRETARY), CODE,
                             "is not an O*NET-SOC code"),
    "unknown work activity": Broken(
        "tasks_to_dwas", _append_xlsx([SECRETARY, "Medical Secretaries", 777, "Answer.",
                                       "4.A.9.z.9.I99.D99", "Nothing.", "03/2014", "Analyst"]),
        "DWA ID", "unknown detailed work activity"),
    "malformed workbook": Broken("skills", _not_a_workbook,
                                 reason="cannot open the workbook"),
    "damaged worksheet": Broken("knowledge", _damage_sheet, reason="cannot read the workbook"),
    "Handbook link to another site": Broken(
        "projections", _link_projection("https://example.com/nurses.htm"),
        "Related Occupational Outlook Handbook (OOH) content xlsx",
        "links to 'https://example.com/nurses.htm', not to a page under"),
    "sheet missing": Broken(
        "projections", lambda p: mini.rename_sheet(p, "Table 1.2", "Table 1-2"),
        reason="sheet 'Table 1.2' not found"),
    "truncated gzip": Broken("oews_full", mini.truncate, reason="cannot unpack"),
    "gzip of something else": Broken("oews_full", _gzip_text,
                                     reason="unexpected OEWS database layout"),
    "empty file": Broken("interests", _empty, reason="file is empty"),
    "quiz activity reworded": Broken(
        "interest_activities",
        lambda path: mini.replace_text(path, "Build kitchen cabinets.", "Build cupboards."),
        reason="the quiz activity 'Build kitchen cabinets.' is not among the Realistic"),
    "unknown interest type": Broken(
        "interest_activities", _set_field("Interest Type", "Special", "Draw pictures."),
        "Interest Type", "expected General or Basic, found 'Special'"),
    "activity of an unknown basic interest": Broken(
        "interest_activities", _append(["1.B.3.zz", "Juggling", "Basic", "Juggle."]),
        "Element ID", "basic interest '1.B.3.zz' is not in Basic Interests to RIASEC.txt"),
    "basic interest of an unknown area": Broken(
        "basic_interests", _set_field("RIASEC Element ID", "1.B.1.z", "Politics"),
        "RIASEC Element ID", "'1.B.1.z' is not a RIASEC area"),
}


@pytest.fixture(params=list(BROKEN), ids=list(BROKEN))
def broken(request, src: Path) -> tuple[Path, Broken, int | None]:
    """The source tree with one file broken, the case, and the line it broke."""
    case = BROKEN[request.param]
    line = case.breaks(src / FILES[case.file])
    return src, case, line


def test_bad_source_fails_naming_file_column_and_line(broken, built, tmp_path):
    src, case, line = broken
    name = Path(FILES[case.file]).name
    out = tmp_path / "fresh" / "careers.db"
    with pytest.raises(SourceError) as caught:
        build(src, out)
    error = caught.value
    message = str(error)
    assert name in message and Path(error.path).name == name
    assert case.reason in message
    assert error.column == case.column
    if case.column is not None:
        assert f"column '{case.column}'" in message
    assert error.line == line
    if line is not None:
        assert f"line {line}" in message
    assert not out.exists()
    assert list(out.parent.iterdir()) == []  # no temporary file left behind

    # an earlier good database stays exactly as it was
    kept = tmp_path / "kept" / "careers.db"
    kept.parent.mkdir()
    shutil.copy2(built.path, kept)
    before, mtime = kept.read_bytes(), kept.stat().st_mtime_ns
    with pytest.raises(SourceError):
        build(src, kept)
    assert kept.read_bytes() == before and kept.stat().st_mtime_ns == mtime
    assert [p.name for p in kept.parent.iterdir()] == ["careers.db"]


def test_missing_source_folder(tmp_path):
    with pytest.raises(SourceError, match="source folder not found"):
        build(tmp_path / "nowhere", tmp_path / "careers.db")
    assert not (tmp_path / "careers.db").exists()


# ----------------------------------------------------------------------------- command line


@pytest.mark.parametrize("case", ["renamed column (text)", "unparsable number (workbook)",
                                  "damaged worksheet", "truncated gzip", "missing text file"])
def test_cli_reports_a_broken_source_in_one_line(case, src, tmp_path, capsys):
    broken = BROKEN[case]
    line = broken.breaks(src / FILES[broken.file])
    out = tmp_path / "careers.db"
    assert cli.main(["build-db", "--sources", str(src), "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("careerdesk:")
    assert "Traceback" not in captured.err
    assert Path(FILES[broken.file]).name in lines[0]
    if line is not None:
        assert f"line {line}" in lines[0]
    assert not out.exists()


def test_cli_builds_and_then_keeps_an_unchanged_database(mini_src, tmp_path, capsys):
    out = tmp_path / "careers.db"
    argv = ["build-db", "--sources", str(mini_src), "--out", str(out)]
    assert cli.main(argv) == 0
    assert "written" in capsys.readouterr().out.splitlines()[0]
    assert cli.main(argv) == 0
    captured = capsys.readouterr()
    assert "unchanged" in captured.out.splitlines()[0]
    assert captured.err == ""
