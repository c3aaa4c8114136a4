"""Wishes said in a query (``careerdesk.search.wishes``): each read into a filter or an order
and shown as a chip, its words no longer searched."""

from __future__ import annotations

import pytest

from careerdesk.search.reading import Reading
from careerdesk.search.records import ENTRY_EDUCATION, Sort
from careerdesk.search.wishes import (
    ASSOCIATE,
    BACHELOR,
    FOUR_YEAR,
    GROWING,
    HIGH_PAY,
    HIGH_SCHOOL,
    NO_COLLEGE,
    NO_EXPERIENCE,
    read_wishes,
)


def read(query, ignore=frozenset()):
    left = list(query.split())
    reading = Reading([], {})
    wished = read_wishes(left, ignore, reading)
    return wished, [t for t in left if t is not None], reading


@pytest.mark.parametrize(("query", "education", "rest"), [
    ("psychology jobs with just a bachelors", BACHELOR, ["psychology", "jobs"]),
    ("medical jobs without med school", BACHELOR, ["medical", "jobs"]),
    ("computer jobs without a 4 year degree", ASSOCIATE, ["computer", "jobs"]),
    ("2 year degree no grad school", ASSOCIATE, []),  # less school said too: the less kept
    ("fix cars no college", HIGH_SCHOOL, ["fix", "cars"]),
])
def test_a_wish_for_little_school_is_the_most_schooling_allowed(query, education, rest):
    wished, left, reading = read(query)
    assert wished and reading.max_entry_education == education and left == rest


def test_pay_and_growth_are_an_order_and_a_filter():
    _, left, reading = read("nursing jobs that pay well and are growing")
    assert reading.sort is Sort.PAY and reading.outlooks == GROWING
    assert [c.key for c in reading.chips] == [HIGH_PAY, "wish:growth"]
    assert "nursing" in left


def test_quick_money_is_no_college_and_the_best_paid_first():
    _, _, reading = read("quick money")
    assert {c.key for c in reading.chips} == {NO_COLLEGE, NO_EXPERIENCE, HIGH_PAY}
    assert reading.max_entry_education == HIGH_SCHOOL and reading.sort is Sort.PAY
    assert reading.no_experience


def test_a_removed_chip_leaves_its_words_to_search():
    wished, left, reading = read("no grad school", ignore=frozenset({FOUR_YEAR}))
    assert wished and reading.max_entry_education is None
    assert left == ["no", "grad", "school"]
    assert [c.key for c in reading.chips] == [FOUR_YEAR]  # still shown, to be put back


def test_no_college_names_the_least_schooling_when_nothing_close_starts_at_high_school(engine):
    # stop 43's gate: "computer jobs without a degree" twice (1 and 2 of 5); BLS puts no
    # computer career at high school; the shortest way in is named beside the results
    nearest = engine.nearest_schooling("computer jobs without a degree")
    assert [r.title for r in nearest] == ["Computer User Support Specialists"]
    assert all(r.entry_education in ("Some college, no degree",
                                     "Postsecondary nondegree award") for r in nearest)
    assert engine.nearest_schooling("animals no college") == ()  # some start at high school
    assert engine.nearest_schooling("computer jobs") == ()  # no wish for no college


def test_no_degree_beside_an_interest_with_nothing_at_high_school_takes_in_certificates(
        engine):
    # "computer jobs without a degree" failed in eight judged rounds (1 of 5: CNC operators,
    # printing presses by "Web Press Operator"); some college or a certificate is no degree
    top = engine.search("computer jobs without a degree", limit=5)
    assert {"Computer User Support Specialists",
            "Computer, Automated Teller, and Office Machine Repairers"} <= {r.title for r in top}
    assert all(r.entry_education in ENTRY_EDUCATION[:4] for r in top)
    assert not any("Press" in r.title or "Bookkeeping" in r.title for r in top)
    assert engine.understand("computer jobs without a degree").widened
    # "no college" stays at high school; so does "no degree" where the interest has careers
    # starting there ("animals"), and a degree named with college ("no college degree")
    for query in ("tech jobs no college", "animals without a degree",
                  "no college degree computer jobs", "jobs without a degree"):
        assert not engine.understand(query).widened, query
        assert all(r.entry_education in ENTRY_EDUCATION[:2]
                   for r in engine.search(query, limit=20)), query
