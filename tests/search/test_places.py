"""A state named in a query is where the student wants to work: its careers common there
come first, by BLS employment by state beside employment in the whole US."""

from __future__ import annotations

import pytest

from careerdesk.search.places import (
    CODES,
    LEAST_EMPLOYED,
    NAMED_CITIES,
    PLACE,
    common_first,
    state_name,
)
from careerdesk.search.text import fold


@pytest.mark.parametrize(("query", "state"), [
    ("jobs where i can live in alaska", "Alaska"),
    ("stay in hawaii", "Hawaii"),
    # batch 50: "let" was searched ("Let-Off Operator") and the state was not read
    ("jobs that let me stay in colorado", "Colorado"),
    # "dakota" is no typo of a language's name
    ("jobs in north dakota", "North Dakota"),
    ("west virginia jobs", "West Virginia"),
])
def test_a_state_named_is_read_as_where_to_work(engine, query, state):
    understood = engine.understand(query)
    assert understood.place == state
    assert [c.text for c in understood.chips] == [f"Understood: careers common in {state}"]
    assert not understood.terms


def test_a_removed_state_chip_leaves_its_words_to_search(engine):
    assert engine.understand("stay in hawaii", frozenset({PLACE})).place is None


def test_my_state_names_no_state(engine):
    understood = engine.understand("stay in my state")
    assert understood.place is None
    assert [c.meaning for c in understood.chips] == ["close to home: jobs every town needs"]


def test_a_state_alone_lists_its_most_concentrated_careers_and_says_how_much(engine, store):
    concentration = store.state_concentration("Alaska")
    results = engine.search("jobs where i can live in alaska", limit=10)
    quotients = [concentration[r.code[:7]][1] for r in results]
    assert len(results) == 10 and quotients == sorted(quotients, reverse=True)
    assert all(q > 1 and concentration[r.code[:7]][0] >= LEAST_EMPLOYED
               for q, r in zip(quotients, results, strict=True))
    assert not any(r.title.endswith("All Other") for r in results)
    assert "times as common in Alaska as in the US" in results[0].matched_on
    # Alaska's ships, wildlife and guides; not the cashiers of "most openings first"
    codes = {r.code for r in results}
    assert {"19-1023.00", "39-7011.00"} <= codes
    assert "41-2011.00" not in codes


def test_an_interest_in_a_state_keeps_the_interest_and_puts_the_state_first(engine, store):
    concentration = store.state_concentration("North Dakota")
    results = engine.search("oil field jobs in north dakota", limit=5)
    assert [c.meaning for c in engine.understand("oil field jobs in north dakota").chips] == [
        "careers common in North Dakota", "oil fields"]
    assert all(concentration[r.code[:7]][1] > 1 for r in results)
    assert "47-5071.00" in {r.code for r in results}  # roustabouts


def test_a_state_is_its_share_of_jobs_over_the_nations(store):
    alaska = store.state_concentration("Alaska")
    with store.connection() as db:
        here = db.execute("SELECT SUM(employment) FROM wage WHERE area = '02'").fetchone()[0]
        us = db.execute("SELECT SUM(employment) FROM wage WHERE area = '00'").fetchone()[0]
        mine = db.execute("SELECT area, employment FROM wage WHERE soc_code = '19-1023'"
                          " AND area IN ('00', '02') ORDER BY area").fetchall()
    assert alaska["19-1023"] == (mine[1][1], pytest.approx((mine[1][1] / here) /
                                                           (mine[0][1] / us)))
    assert store.state_concentration("Atlantis") == {}


@pytest.mark.parametrize(("query", "state"), [
    # gate 105: "fast growing jobs mn" listed cooks and baristas close in meaning to "mn"
    ("fast growing jobs mn", "Minnesota"),
    ("jobs in tx that pay good", "Texas"),
    ("nursing in nc", "North Carolina"),
])
def test_a_postal_code_said_last_or_after_in_is_its_state(engine, query, state):
    understood = engine.understand(query)
    assert understood.place == state
    assert f"Understood: careers common in {state}" in [c.text for c in understood.chips]


@pytest.mark.parametrize("query", [
    "hiking at mt hood",  # a mountain, not Montana
    "i want to go in the air force",  # "in" is no state's code
    "work at the va hospital",  # veterans, not Virginia
    "ok jobs",
])
def test_a_code_that_is_also_a_word_or_said_mid_phrase_is_no_state(engine, query):
    assert engine.understand(query).place is None


def test_a_state_read_from_its_code_orders_careers_by_that_state(engine, store):
    concentration = store.state_concentration("Minnesota")
    results = engine.search("fast growing jobs mn", limit=5)
    assert len(results) == 5
    assert all(concentration[r.code[:7]][1] > 1 for r in results)
    assert all("Minnesota" in r.matched_on for r in results), [r.matched_on for r in results]


def test_every_postal_code_names_a_state_the_app_has_figures_for(store):
    assert len(CODES) == 28
    for code, name in CODES.items():
        assert store.state_concentration(state_name(name)), code


@pytest.mark.parametrize(("query", "state"), [
    # batch 111: "fast growing jobs near austin" had been read as words close in meaning
    # ("austin" is in software names, so no city of one word was read)
    ("fast growing jobs near austin", "Texas"),
    ("jobs in seattle that pay well", "Washington"),
])
def test_a_listed_city_some_software_names_is_still_its_state(engine, query, state):
    understood = engine.understand(query)
    assert understood.place == state
    assert any(state in c.text for c in understood.chips), [c.text for c in understood.chips]


@pytest.mark.parametrize("query", ["jobs in manhattan", "jobs in mobile", "work in reading"])
def test_a_one_word_city_that_means_something_else_is_no_place(engine, query):
    # Manhattan, Kansas is BLS's area; a student means New York. Mobile apps, reading.
    assert engine.understand(query).place is None


def test_every_listed_city_is_one_of_the_app_s_one_word_cities(store):
    one_word = {fold(city) for city, _ in store.cities() if " " not in city}
    assert NAMED_CITIES and NAMED_CITIES <= one_word, sorted(NAMED_CITIES - one_word)


def test_common_in_the_state_first_only_among_careers_found_as_well_as_the_first():
    concentration = {"11-1111": (5000, 2.0), "22-2222": (5000, 0.5), "33-3333": (5000, 3.0),
                     "44-4444": (5000, 1.5)}
    codes = ["22-2222.00", "11-1111.00", "33-3333.00", "44-4444.00"]
    # every career found: the common ones first, each group in the order found
    assert common_first(codes, concentration) == [1, 2, 3, 0]
    # a task's match (score 100 of the first's 200) is not lifted above a title's
    assert common_first(codes, concentration, [200.0, 195.0, 100.0, 90.0]) == [1, 0, 2, 3]
    # no score above 0 (found by meaning alone): none found better, the common ones lifted
    assert common_first(codes, concentration, [0.0, 0.0, 0.0, 0.0]) == [1, 2, 3, 0]
    assert common_first(codes, concentration, [-1.0, -1.0, -1.0, -1.0]) == [1, 2, 3, 0]
