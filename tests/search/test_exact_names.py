"""A query that is word for word a career's title or other name finds that career first
(careerdesk/search/exact_names.py), whatever else the words could be read as."""

from __future__ import annotations

import pytest

from careerdesk.search import Filters, Sort
from careerdesk.search.exact_names import ExactNames, name_key

VEHICLE_SUPERVISORS = "53-1043.00"  # also called "Truck Driver Supervisor"
TRACTOR_OPERATORS = "53-7051.00"  # also called "CAT Driver (Caterpillar Driver)"


@pytest.mark.parametrize("query", ["Truck Driver Supervisor", "truck driver supervisors",
                                   "TRUCK-DRIVER SUPERVISOR"])
def test_a_supervisors_other_name_is_not_read_as_an_interest(engine, query):
    # "truck driver" is the interest "trucks": truck drivers came first
    first = engine.search(query, limit=5)[0]
    assert first.code == VEHICLE_SUPERVISORS
    assert first.matched_on == "also called: Truck Driver Supervisor"


def test_a_cat_driver_drives_a_bulldozer_not_animals(engine):
    results = engine.search("cat driver", limit=5)
    assert results[0].code == TRACTOR_OPERATORS
    assert "Caterpillar" in results[0].matched_on
    assert len({r.code for r in results}) == len(results) == 5  # shown once, to the limit


def test_an_official_title_finds_itself(engine):
    title = "Middle School Teachers, Except Special and Career/Technical Education"
    first = engine.search(title, limit=3)[0]
    assert first.title == title


def test_filters_and_other_orders_still_hold(engine):
    # a filter that leaves the named career out: it is not brought back
    health = Filters(major_group="29-0000")
    assert all(r.major_group.code == "29-0000"
               for r in engine.search("Truck Driver Supervisor", filters=health, limit=10))
    # sorted by pay, the named career is not pushed first
    by_pay = engine.search("Truck Driver Supervisor", sort=Sort.PAY, limit=10)
    wages = [r.median_wage for r in by_pay if r.median_wage is not None]
    assert wages == sorted(wages, reverse=True)


def test_a_name_many_careers_share_keeps_the_engines_order(engine, store):
    names = ExactNames(engine._loaded_careers, engine._loaded_alt_titles)
    assert names.owners("operator") == ()  # O*NET calls a dozen careers "Operator"
    assert len(names.owners("Truck Driver Supervisor")) == 1


@pytest.mark.parametrize("query", ["", "   ", "?!", "of", "x" * 5000, "truck\x00driver",
                                   "🚚 driver supervisor"])
def test_odd_queries_are_no_name_and_no_error(engine, query):
    engine.search(query, limit=5)


def test_the_key_ignores_case_punctuation_and_plurals():
    assert name_key("Truck-Driver SUPERVISORS") == name_key("truck driver supervisor")
    assert name_key("Chief of Police") != name_key("Police Chief")
