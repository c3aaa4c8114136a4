"""Careers listed without words to search (careerdesk.search.browsing): every career in
one order, filtered and limited; a wish for a level of schooling alone lists the careers
starting with it first."""

from __future__ import annotations

from careerdesk.search import ENTRY_EDUCATION, Filters, Sort


def test_an_empty_query_browses_every_career_by_major_group(engine, store):
    results = engine.search("   ", limit=None)
    assert len(results) == len(store.careers())
    keys = [(r.major_group.code, r.title) for r in results]
    assert keys == sorted(keys)
    assert all(r.matched_on == f"in {r.major_group.title}" for r in results)
    office = next(r for r in results if r.code == "43-6013.00")
    assert office.matched_on == "in Office and Administrative Support"


def test_browsing_honours_filters_sort_and_limit(engine):
    results = engine.search("", Filters(major_group="47-0000"), Sort.OPENINGS, limit=5)
    assert len(results) == 5 and all(r.major_group.code == "47-0000" for r in results)
    openings = [r.annual_openings or 0 for r in results]
    assert openings == sorted(openings, reverse=True)
    assert engine.search("", limit=0) == []


def test_a_filtered_browse_is_the_browse_of_every_career_filtered(engine):
    """Browsing keeps each order of every career; filters pick from it."""
    narrow = Filters(max_entry_education=ENTRY_EDUCATION[1], major_group="35-0000")
    for sort in Sort:
        every = engine.search("", sort=sort, limit=None)
        chosen = [r.code for r in every if r.major_group.code == "35-0000"
                  and r.entry_education in ENTRY_EDUCATION[:2]]
        assert [r.code for r in engine.search("", narrow, sort, limit=7)] == chosen[:7], sort
        assert len(chosen) > 7


def test_a_wish_for_a_level_of_schooling_lists_its_careers_first_then_the_rest(engine):
    """"a 2 year degree": the careers BLS says start with an associate's degree, most openings
    first, each saying so; after them the other careers the wish allows, by field."""
    results = engine.search("a 2 year degree", limit=None)
    first = [r for r in results if r.matched_on == "starts with an associate's degree"]
    assert len(first) > 20
    assert results[:len(first)] == first
    assert all(r.entry_education == "Associate's degree" for r in first)
    openings = [r.annual_openings or 0 for r in first]
    assert openings == sorted(openings, reverse=True)
    rest = results[len(first):]
    assert rest and all(r.matched_on.startswith("in ") for r in rest)
    assert not {r.code for r in first} & {r.code for r in rest}
