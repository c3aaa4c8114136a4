"""A job named inside an interest (``careerdesk.search.named``): a phrase read as a concept
that is also, word for word, a career's title or other name lists that career first, with
the name it matched, and the concept's other careers after it."""

from __future__ import annotations

import pytest

from careerdesk.search import SearchEngine


@pytest.fixture(scope="module")
def engine(store):
    return SearchEngine(store)


@pytest.mark.parametrize(("query", "first", "shown"), [
    ("data scientist", "Data Scientists", "title"),
    ("i want to be a data scientist", "Data Scientists", "title"),
    ("bookkeeper", "Bookkeeping, Accounting, and Auditing Clerks", "also called: Bookkeeper"),
    ("speech therapist", "Speech-Language Pathologists", "also called: Speech Therapist"),
    ("athletic trainer", "Athletic Trainers", "title"),
    ("game warden", "Fish and Game Wardens", "also called: Game Warden"),
])
def test_a_named_job_comes_before_the_rest_of_its_interest(engine, query, first, shown):
    results = engine.search(query, limit=10)
    assert results[0].title == first, [r.title for r in results]
    assert results[0].matched_on.startswith(shown)
    assert any(c.key.startswith("concept:") for c in engine.understand(query).chips)
    # the interest's other careers are still listed after it, found through it
    assert sum(" · " in r.matched_on for r in results[1:]) >= 5, [
        r.matched_on for r in results]


def test_a_name_the_interest_does_not_find_is_not_brought_in(engine):
    """"server" is read as computer networks: the waiters O*NET also calls servers are not
    among the results, as before."""
    results = engine.search("server", limit=20)
    assert results and not any(r.title == "Waiters and Waitresses" for r in results)
    assert results[0].title.startswith("Computer")
