"""Who supervises whose work (careerdesk/search/supervisors.py and supervisors.tsv), and what
a student sees for a job title naming a supervisor of some work."""

from __future__ import annotations

import logging

import pytest

from careerdesk.search.supervisors import DATA_FILE, Supervisors

FOOD_SUPERVISORS = "35-1012.00"
JANITORS_SUPERVISORS = "37-1011.00"


def test_a_worker_is_supervised_by_the_supervisors_of_its_work():
    supervisors = Supervisors()
    assert supervisors.of("35-2014.00") == ("35-1011.00", FOOD_SUPERVISORS)  # cooks
    assert supervisors.of("35-3031.00") == (FOOD_SUPERVISORS,)  # waiters: not by chefs
    assert supervisors.of("37-2011.00") == (JANITORS_SUPERVISORS,)
    assert supervisors.of("53-3052.00") == ("53-1043.00",)  # transit bus drivers


def test_the_most_specific_line_wins():
    supervisors = Supervisors()
    # gambling dealers: the gambling services supervisors, not the entertainment ones (39-3)
    assert supervisors.of("39-3011.00") == ("39-1013.00",)
    assert supervisors.of("39-3091.00") == ("39-1014.00",)  # amusement attendants
    # retail loss prevention is a security worker's job, unlike the rest of 33-9099
    assert supervisors.of("33-9099.02") == ("33-1091.00",)


def test_supervisors_managers_and_unmapped_work_have_none():
    supervisors = Supervisors()
    assert supervisors.of(FOOD_SUPERVISORS) == ()
    assert supervisors.of("11-1011.00") == ()  # chief executives
    assert supervisors.of("29-1141.00") == ()  # registered nurses: no first-line supervisor


def test_every_code_in_the_file_is_a_career(store):
    codes = {code for code, *_ in store.search_figures()}
    for line in DATA_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            boss, work = line.split("\t")
            assert boss in codes
            assert all(any(c.startswith(p) for c in codes) for p in work.split(",")), line


def test_an_unreadable_file_means_no_supervisors_said_once(tmp_path, caplog):
    damaged = tmp_path / "supervisors.tsv"
    damaged.write_bytes(b"\xff\xfe not text\n")
    supervisors = Supervisors(damaged)
    with caplog.at_level(logging.WARNING):
        assert supervisors.of("35-2014.00") == ()
        assert supervisors.of("37-2011.00") == ()
    assert sum("no supervisors" in r.message for r in caplog.records) == 1


def test_a_custodial_foreman_supervises_janitors(engine):
    # before, the supervisors of construction trades came first ("Foreman" is one of their
    # names) and the janitors' supervisors fifth
    assert engine.search("Custodial Foreman", limit=5)[0].code == JANITORS_SUPERVISORS


def test_a_supervisor_the_work_brings_in_says_whose_work_it_supervises(engine):
    # "back of house" names no career; what the kitchen's workers do does, and its supervisors
    # come near the top saying so
    results = engine.search("Back of House Supervisor", limit=5)
    food = next(r for r in results if r.code == FOOD_SUPERVISORS)
    assert results.index(food) <= 1
    assert food.matched_on.startswith("supervises: ")


@pytest.mark.parametrize("query", ["Correctional Sergeant", "Corrections Lieutenant"])
def test_a_rank_in_corrections_supervises_correctional_officers(engine, query):
    # both had Correctional Officers and Jailers first (the issue's own example)
    assert engine.search(query, limit=3)[0].code == "33-1011.00"


def test_a_military_rank_is_not_brought_to_police_work(engine):
    # a rank makes a supervisor of police, corrections and fire work only
    assert engine.search("Staff Sergeant", limit=1)[0].code.startswith("55-")


def test_a_supervisory_clerk_supervises_clerks(engine):
    # "supervisory" was a plain word: Office Clerks, General came first
    assert engine.search("supervisory clerk", limit=1)[0].title.startswith(
        "First-Line Supervisors of Office")

