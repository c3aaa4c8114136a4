"""Search by meaning inside the engine (careerdesk/search/engine.py with meaning.py): when a
phrase is read by meaning too, what the student sees of it, what it never changes, and a
missing model that leaves search by words."""

from __future__ import annotations

import logging

import pytest

from careerdesk.search import ENTRY_EDUCATION, SearchEngine
from careerdesk.search import meaning as meaning_module
from careerdesk.search.meaning import MeaningsFileError

MEANT = "close in meaning to what you typed"


@pytest.fixture(scope="module")
def engine(store):
    searcher = SearchEngine(store)
    searcher.preload()
    return searcher


def test_a_phrase_no_name_holds_gets_careers_close_in_meaning(engine):
    results = engine.search("i lowkey love spreadsheets", limit=10)
    meant = [r.title for r in results if r.matched_on == MEANT]
    assert {"Data Scientists", "Statistical Assistants"} <= set(meant)
    # the careers whose tasks hold the word are still there, first among them
    assert results[0].matched_on.startswith("task:")
    assert len({r.code for r in results}) == len(results)


def test_wishes_filter_the_careers_found_by_meaning_and_are_not_read_by_it(engine):
    results = engine.search("i lowkey love spreadsheets no college", limit=30)
    assert any(r.matched_on == MEANT for r in results)
    allowed = ENTRY_EDUCATION[:2]  # no formal credential, high school diploma
    assert all(r.entry_education in allowed for r in results)
    # "no college" is a filter, not words: no school bus driver for "school"
    assert not any("School" in r.title for r in results[:10])


@pytest.mark.parametrize("query", [
    "i like animals",  # every word a reviewed concept: the concept's careers alone
    "registered nurses",  # a title a name holds: words alone
    "Chief Executive",  # (a title no name holds, "Chief Electrician", is read by meaning too)
    "i want to work with kids",
])
def test_titles_and_phrases_the_words_answer_are_left_to_the_words(engine, query):
    assert not any(r.matched_on == MEANT for r in engine.search(query, limit=50))


def test_without_the_model_files_search_is_by_words_and_says_so_once(store, monkeypatch,
                                                                     caplog):
    def missing(*args, **kwargs):
        raise MeaningsFileError("data/career-meanings.npz: No such file or directory")

    monkeypatch.setattr(meaning_module.Meanings, "load", missing)
    searcher = SearchEngine(store)
    with caplog.at_level(logging.WARNING, logger="careerdesk.search"):
        first = searcher.search("i lowkey love spreadsheets", limit=10)
        again = searcher.search("im on stage crew for the school play", limit=10)
    assert first and again
    assert not any(r.matched_on == MEANT for r in first + again)
    warnings = [r for r in caplog.records if "search by meaning is off" in r.getMessage()]
    assert len(warnings) == 1


def test_an_interest_ranks_careers_far_from_it_below_those_close_to_it(engine):
    # "music": no Prepress Technicians (their other name "Composer" sets type) nor
    # Production Workers ("Singer" singes cloth) among the first ten; sound engineers are
    top = [r.title for r in engine.search("music", limit=10)]
    assert "Prepress Technicians and Workers" not in top
    assert "Production Workers, All Other" not in top
    assert "Sound Engineering Technicians" in top
    # with no college: the musicians, disc jockeys and instrument repairers, not tellers
    top = [r.title for r in engine.search("music careers with no college", limit=5)]
    assert {"Disc Jockeys, Except Radio", "Musical Instrument Repairers and Tuners"} <= set(top)


def test_without_the_model_an_interest_still_finds_its_careers(store, monkeypatch):
    def missing(*args, **kwargs):
        raise MeaningsFileError("data/career-meanings.npz: No such file or directory")

    monkeypatch.setattr(meaning_module.Meanings, "load", missing)
    top = [r.title for r in SearchEngine(store).search("music", limit=5)]
    assert top[0] == "Musicians and Singers" and len(top) == 5


@pytest.mark.parametrize(("query", "first", "like"), [
    # a dream job one career's other name holds: that career, then careers like it
    ("i want to be a zookeeper", "Animal Caretakers", {"Animal Trainers", "Veterinarians"}),
    ("i want to make sushi", "Chefs and Head Cooks", {"Cooks, Restaurant"}),
    # the other matches held only "player": Athletes' neighbours replace them
    ("nba player", "Athletes and Sports Competitors",
     {"Coaches and Scouts", "Umpires, Referees, and Other Sports Officials"}),
])
def test_one_career_found_by_name_is_followed_by_careers_like_it(engine, query, first, like):
    results = engine.search(query, limit=10)
    assert results[0].title == first
    similar = {r.title for r in results if r.matched_on == f"like {first}"}
    assert like <= similar, [(r.title, r.matched_on) for r in results]
    assert "Musicians and Singers" not in {r.title for r in results}
    assert len({r.code for r in results}) == len(results) == 10


def test_careers_like_the_one_found_keep_the_filters(engine):
    results = engine.search("i want to be a zookeeper no college", limit=10)
    assert len(results) > 1
    assert all(r.entry_education in ENTRY_EDUCATION[:2] for r in results)


def test_a_title_found_with_many_others_gets_no_similar_careers(engine):
    results = engine.search("registered nurse", limit=10)
    assert not any(r.matched_on.startswith("like ") for r in results)
