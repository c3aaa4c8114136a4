"""Next steps (``careerdesk.build.derive``'s progression rule), on the rule itself and on the
shipped database: never a jump of two or more job zones, never less pay, and the steps a
school counselor would suggest for a set of careers."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from careerdesk.build.derive import (
    EDUCATION_YEARS,
    main_interests,
    same_kind_of_work,
    school_gap_ok,
    step_up,
)

DB = Path(__file__).resolve().parents[2] / "data" / "careers.db"
SECRETARY = "43-6013.00"

# A counselor's check list, written before looking at what the rule gives: for each career,
# next steps people really take (+), and steps that are not realistic (-).
CHECK_LIST = [
    ("+", SECRETARY, "29-2072.00"),  # Medical Records Specialists
    ("+", SECRETARY, "43-6011.00"),  # Executive Secretaries
    ("+", SECRETARY, "43-1011.00"),  # First-Line Supervisors of Office workers
    ("-", SECRETARY, "29-1214.00"),  # Emergency Medicine Physicians (zone 2 -> 5)
    ("-", SECRETARY, "11-9111.00"),  # Medical and Health Services Managers (2 -> 4)
    ("+", "31-1131.00", "29-2061.00"),  # Nursing Assistants -> Licensed Practical Nurses
    ("+", "29-2061.00", "29-1141.00"),  # Licensed Practical Nurses -> Registered Nurses
    ("+", "47-3013.00", "47-2111.00"),  # Helpers--Electricians -> Electricians
    ("+", "47-3012.00", "47-2031.00"),  # Helpers--Carpenters -> Carpenters
    ("+", "47-3015.00", "47-2152.00"),  # Helpers--Plumbers -> Plumbers
    ("+", "35-2014.00", "35-1011.00"),  # Cooks, Restaurant -> Chefs and Head Cooks
    ("+", "35-3031.00", "35-1012.00"),  # Waiters -> First-Line Supervisors of Food Service
    ("+", "41-2031.00", "41-1011.00"),  # Retail Salespersons -> Retail Supervisors
    ("+", "43-3031.00", "13-2011.00"),  # Bookkeeping Clerks -> Accountants and Auditors
    ("+", "43-4051.00", "43-1011.00"),  # Customer Service Reps -> Office Supervisors
    ("+", "31-9091.00", "29-1292.00"),  # Dental Assistants -> Dental Hygienists
    ("+", "33-3051.00", "33-3021.00"),  # Patrol Officers -> Detectives
    ("+", "33-3051.00", "33-1012.00"),  # Patrol Officers -> Police Supervisors
    ("+", "53-3033.00", "53-3032.00"),  # Light Truck Drivers -> Heavy Truck Drivers
    ("+", "29-2042.00", "29-2043.00"),  # EMTs -> Paramedics
    ("+", "15-1232.00", "15-1231.00"),  # Computer User Support -> Network Support
    ("+", "25-9042.00", "25-2021.00"),  # Teaching Assistants -> Elementary School Teachers
    # added after looking at the first rule's steps for registered nurses (zone 4 -> 5):
    ("-", "29-1141.00", "29-1214.00"),  # Registered Nurses -> Emergency Medicine Physicians
    ("+", "29-1141.00", "29-1171.00"),  # Registered Nurses -> Nurse Practitioners
]


@pytest.fixture(scope="module")
def db():
    conn = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    yield conn
    conn.close()


def steps_of(db: sqlite3.Connection, code: str) -> list[str]:
    return [row[0] for row in db.execute(
        "SELECT next_code FROM progression WHERE code = ? ORDER BY seq", (code,))]


# ----------------------------------------------------------------------------- the rule

def test_a_step_needs_the_same_zone_or_one_more_and_no_less_pay():
    assert step_up(2, 3, 45930, 48000) == (True, False)  # one zone up, pays 4.5 % more
    assert step_up(2, 3, 45930, 51140) == (True, True)  # one zone up, pays 11 % more
    assert step_up(2, 3, 45930, 45930) == (True, False)  # one zone up, same pay
    assert step_up(2, 3, 45930, 45690) is None  # pays less
    assert step_up(2, 2, 45930, 50523) == (False, True)  # same zone, 10 % more
    assert step_up(2, 2, 45930, 50000) is None  # same zone, under 10 % more
    assert step_up(2, 4, 45930, 123860) is None  # two zones up
    assert step_up(2, 5, 45930, 335550) is None  # the issue's physician
    assert step_up(3, 2, 76210, 106040) is None  # fewer zones: not a step up
    # pay not available: only the one-zone step counts
    assert step_up(2, 3, None, 51140) == (True, False)
    assert step_up(2, 3, 45930, None) == (True, False)
    assert step_up(2, 2, 45930, None) is None
    assert step_up(None, 3, 45930, 51140) is None  # job zone not available


def test_at_most_four_more_years_of_school():
    assert school_gap_ok("High school diploma or equivalent", "Associate's degree")
    assert school_gap_ok("High school diploma or equivalent", "Bachelor's degree")  # 4
    assert school_gap_ok("Bachelor's degree", "Master's degree")
    assert not school_gap_ok("Bachelor's degree", "Doctoral or professional degree")
    assert not school_gap_ok("High school diploma or equivalent", "Master's degree")
    assert school_gap_ok(None, "Doctoral or professional degree")  # not available
    assert school_gap_ok("Bachelor's degree", None)


def test_same_kind_of_work():
    c, e, s = frozenset({"1.B.1.f"}), frozenset({"1.B.1.e"}), frozenset({"1.B.1.d"})
    assert same_kind_of_work(SECRETARY, "29-1214.00", "Primary-Short", c, s)  # top 10
    assert same_kind_of_work(SECRETARY, "29-1214.00", "Primary-Long", c, s)
    assert same_kind_of_work(SECRETARY, "43-1011.00", "Supplemental", c, e)  # same family
    assert same_kind_of_work(SECRETARY, "13-2011.00", "Supplemental", c, c)  # same interest
    assert not same_kind_of_work(SECRETARY, "29-1214.00", "Supplemental", c, s)
    assert main_interests({"1.B.1.a": 2.0, "1.B.1.f": 6.7, "1.B.1.d": 4.1}) == c
    assert main_interests({"1.B.1.b": 5.6, "1.B.1.d": 5.6}) == {"1.B.1.b", "1.B.1.d"}
    assert main_interests({}) == frozenset()


# ----------------------------------------------------------------------------- the database

def test_no_next_step_of_a_medical_secretary_is_more_than_one_zone_up(db):
    steps = steps_of(db, SECRETARY)
    assert len(steps) >= 5
    zones = dict(db.execute("SELECT code, job_zone FROM occupation"))
    assert zones[SECRETARY] == 2
    assert {zones[code] for code in steps} <= {2, 3}
    assert "29-1214.00" not in steps  # Emergency Medicine Physicians
    assert steps[0] == "29-2072.00"  # Medical Records Specialists, O*NET's closest


def test_no_career_gets_a_step_of_two_zones_or_less_pay(db):
    rows = db.execute(
        "SELECT p.code, p.next_code, a.job_zone, b.job_zone, wa.annual_median,"
        " wb.annual_median, p.more_preparation, p.higher_pay FROM progression p"
        " JOIN occupation a ON a.code = p.code JOIN occupation b ON b.code = p.next_code"
        " LEFT JOIN wage wa ON wa.soc_code = a.soc_code AND wa.area = '00'"
        " LEFT JOIN wage wb ON wb.soc_code = b.soc_code AND wb.area = '00'").fetchall()
    careers = db.execute("SELECT count(*) FROM occupation").fetchone()[0]
    assert careers == 1016
    assert len(rows) > 4000 and len({r[0] for r in rows}) > 800
    jumps = Counter(b - a for _, _, a, b, *_ in rows)
    assert set(jumps) == {0, 1}, jumps  # every career checked, all 1,016
    for code, other, zone, other_zone, pay, other_pay, more_prep, higher_pay in rows:
        assert more_prep == (other_zone == zone + 1)
        if pay is not None and other_pay is not None:
            assert other_pay >= pay, (code, other)
            assert higher_pay == (other_pay * 100 >= pay * 110)
            assert more_prep or higher_pay
        else:
            assert more_prep and not higher_pay, (code, other)
    education = dict(db.execute("SELECT o.code, p.entry_education FROM occupation o"
                                " JOIN projection p ON p.soc_code = o.soc_code"))
    for code, other, *_ in rows:
        if code in education and other in education:
            assert EDUCATION_YEARS[education[other]][1] - EDUCATION_YEARS[education[code]][1] \
                <= 4, (code, other)
    related = set(db.execute("SELECT code, related_code FROM related"))
    assert {(r[0], r[1]) for r in rows} <= related  # only O*NET's related careers


def test_the_counselor_check_list(db):
    results = [(kind, code, other, other in steps_of(db, code))
               for kind, code, other in CHECK_LIST]
    found = [r for r in results if r[0] == "+" and r[3]]
    wrong = [r for r in results if r[0] == "-" and r[3]]
    assert not wrong
    # 20 of the 21 sensible steps; the one missed: O*NET puts First-Line Supervisors of
    # Police and Detectives in job zone 2, below patrol officers (3), so it is no step up.
    assert len(found) == 20
    assert ("+", "33-3051.00", "33-1012.00", False) in results


def test_every_career_read_through_the_store_steps_at_most_one_zone_up(store):
    jumps: Counter[int] = Counter()
    for summary in store.careers():  # all 1,016
        career = store.career(summary.code)
        for step in career.progression:
            assert career.job_zone is not None and step.glance is not None
            assert step.glance.job_zone is not None
            jumps[step.glance.job_zone - career.job_zone.zone] += 1
            if career.wages is not None and career.wages.median_annual is not None \
                    and step.glance.median_annual is not None:
                assert step.glance.median_annual >= career.wages.median_annual
        for related in career.related:  # every related career has its figures at hand
            assert related.glance is not None
    assert set(jumps) == {0, 1} and sum(jumps.values()) > 5000
