"""The second opinion for job titles no name holds (careerdesk.search.bm25) and how the engine
merges it with its own ranking."""

from __future__ import annotations

import pytest

from careerdesk.search import SearchEngine
from careerdesk.search.bm25 import DESCRIPTION, OTHER_NAMES, WordRanker


@pytest.fixture(scope="module")
def engine(store):
    return SearchEngine(store)


@pytest.fixture(scope="module")
def codes(store):
    return [row[0] for row in store.search_figures()]


def test_bm25_ranks_the_career_whose_names_hold_the_rare_words_first(store, codes):
    ranker = WordRanker(store)
    top = [codes[i] for i in ranker.rank([("placement",), ("officer",)], 5)]
    assert top[0] == "13-1071.00"  # Human Resources Specialists: "Placement Officer"


def test_bm25_says_where_each_word_is_held(store, codes):
    ranker = WordRanker(store)
    hr = codes.index("13-1071.00")
    assert ranker.fields_holding(hr, [("placement",), ("officer",), ("zebra",)]) \
        == [OTHER_NAMES, OTHER_NAMES, None]
    assert ranker.fields_holding(hr, [("recruit", "recruits")])[0] in (OTHER_NAMES,
                                                                       DESCRIPTION)
    assert ranker.rank([('"',), ("",)], 5) == []  # nothing searchable: nothing, no error


def test_a_job_title_no_name_holds_ranks_careers_named_for_it_above_incidental_tasks(engine):
    # every word is in some teachers' tasks ("... and administrators", "academic
    # committees"); the careers called education administrators come first
    # (the title model puts the school counselors, close in meaning, second)
    top = [r.code for r in engine.search("Academic Administrator", limit=10)]
    assert top[0].startswith("11-90")
    assert sum(code.startswith("11-90") for code in top[:3]) >= 2
    assert not any(code.startswith("25-") for code in top[:3])


def test_careers_only_bm25_found_say_which_words_they_hold(engine):
    results = engine.search("agricultural researcher", limit=10)
    partial = [r for r in results if r.words_matched is not None]
    assert partial
    for r in partial:
        assert r.matched_on.startswith(f"matched {r.words_matched} of 2 words")


def test_activities_and_interests_are_not_merged_with_bm25(engine):
    # "cakes" is no word of job names: the engine's own order stands (cake decorators and
    # bakers, whose tasks hold both words), not careers whose description mentions one
    top = engine.search("baking cakes", limit=3)
    assert "51-3011.00" in [r.code for r in top]
    assert all(r.words_matched is None for r in top)
