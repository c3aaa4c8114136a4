"""An executive of a function manages it (careerdesk/search/executives.py): what a student
sees for "VP Engineering", and what an executive's word alone does not do."""

from __future__ import annotations

import pytest

from careerdesk.search.executives import function_managers


def _managers(engine, query):
    careers = engine._loaded_careers()
    terms = engine.understand(query, frozenset()).terms
    return [careers[i].figures.title for i in function_managers(terms, careers)]


def test_the_function_names_its_managers(engine):
    assert _managers(engine, "VP Engineering") == ["Architectural and Engineering Managers"]
    assert _managers(engine, "Head of Marketing") == ["Marketing Managers"]
    assert _managers(engine, "Engineering") == []  # no executive's word
    assert _managers(engine, "Director of Photography") == []  # no manager's title says it


def test_an_executive_of_a_function_manages_it(engine, words_only):
    # "VP Engineering" had an academic vice president (Education Administrators) first
    assert words_only.search("VP Engineering", limit=3)[0].code != "11-9041.00"
    first = engine.search("VP Engineering", limit=3)[0]
    assert first.title == "Architectural and Engineering Managers"
    assert first.matched_on == "matched 1 of 2 words · title"


@pytest.mark.parametrize(("query", "first"), [
    ("Head Nurse", "Registered Nurses"),  # no manager's title names nursing
    ("Chief Estimator", "Cost Estimators"),
    ("VP Technology", None),  # "Biofuels/Biodiesel Technology and Product Development
    # Managers" holds the word among five others: not the function's managers
])
def test_an_executive_word_alone_does_not_make_a_manager(engine, query, first):
    top = engine.search(query, limit=1)[0]
    if first is not None:
        assert top.title == first
    assert not top.title.startswith("Biofuels")
