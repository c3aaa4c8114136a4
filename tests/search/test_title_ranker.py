"""The job-title model (careerdesk/search/title_ranker.py): the order a student sees for a
job title with it and without it, that it never shows a career the filters leave out or
the same career twice, what it leaves alone, and a missing or damaged model file."""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from pathlib import Path

import numpy as np
import pytest

from careerdesk.search import Filters, SearchEngine
from careerdesk.search.title_ranker import FEATURES, MODEL_FILE, TitleModels, TitleRanker

SUPERVISORS_OF_CONSTRUCTION = "47-1011.00"
TRAINER = Path(__file__).resolve().parents[2] / "bench" / "train_title_ranker.py"


@pytest.fixture(scope="module")
def spare(store):
    """An engine whose title model the tests replace."""
    searcher = SearchEngine(store)
    searcher.preload()
    return searcher


@pytest.mark.parametrize("query", ["Carpentry Foreman", "Masonry Foreman"])
def test_a_trade_foreman_is_a_first_line_supervisor_of_the_trades(engine, words_only, query):
    # the engine alone put Construction Managers first: one of its other names is
    # "Concrete Foreman"; the supervisors' names end in "Foreman" far more often
    assert words_only.search(query, limit=5)[0].title == "Construction Managers"
    first = engine.search(query, limit=5)[0]
    assert first.code == SUPERVISORS_OF_CONSTRUCTION
    assert first.title.startswith("First-Line Supervisors of Construction Trades")


def test_a_software_engineer_of_any_rank_is_a_software_developer(engine, words_only):
    assert words_only.search("Staff Software Engineer", limit=5)[0].title \
        != "Software Developers"
    assert engine.search("Staff Software Engineer", limit=5)[0].title == "Software Developers"


def test_an_aide_is_not_taken_for_the_teacher_of_the_same_name(engine):
    # Kindergarten Teachers' title holds "Kindergarten Aide"'s rarer word: the model put them
    # first until it read that the query names no teaching
    assert engine.search("Kindergarten Aide", limit=5)[0].title.startswith("Teaching Assistants")
    assert engine.search("Kindergarten Teacher", limit=5)[0].title.startswith(
        "Kindergarten Teachers")


def test_a_title_a_name_holds_stays_first_and_its_kin_follow(engine):
    results = engine.search("registered nurse", limit=10)
    assert results[0].title == "Registered Nurses"
    assert sum("Nurse" in r.title for r in results) >= 5


@pytest.mark.parametrize("query", ["Carpentry Foreman", "Crop Duster Pilot", "Vineyard Manager"])
def test_the_model_shows_each_career_once_and_keeps_to_the_limit(engine, query):
    for limit in (1, 5, 10, 50):
        results = engine.search(query, limit=limit)
        assert len(results) == limit
        assert len({r.code for r in results}) == limit


def test_filters_still_hold_for_careers_the_model_brings_in(engine):
    wanted = Filters(major_group="47-0000")  # construction and extraction
    results = engine.search("Vineyard Manager", filters=wanted, limit=20)
    assert results
    assert all(r.major_group.code == "47-0000" for r in results)


@pytest.mark.parametrize("query", [
    "i want to work with animals",  # a student's phrase: read by its words and meaning
    "animals",  # an interest
    "well paid nurse",  # a wish orders by pay
])
def test_phrases_interests_and_wishes_are_not_reordered(engine, words_only, query):
    assert [r.code for r in engine.search(query, limit=10)] == \
        [r.code for r in words_only.search(query, limit=10)]


def test_a_title_one_name_holds_is_followed_by_careers_like_it(engine, words_only):
    # "ufc fighter" reads as a title: Athletes first, careers like them after
    results = engine.search("ufc fighter", limit=6)
    assert results[0].title.startswith("Athletes")
    assert any(r.matched_on.startswith("like Athletes") for r in results[1:])


def test_the_model_file_in_the_repository_is_for_these_features():
    saved = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert saved["features"] == list(FEATURES)
    models = TitleModels.load(MODEL_FILE)
    assert models.words.weights.shape == models.meaning.weights.shape == (len(FEATURES),)


@pytest.mark.parametrize("content", [
    None,  # missing
    "{not json",
    json.dumps({"features": ["engine_first"], "words": {}, "meaning": {}}),  # other features
    json.dumps({"features": list(FEATURES),
                "words": {"mean": [0] * len(FEATURES), "scale": [0] * len(FEATURES),
                          "weights": [1] * len(FEATURES)},
                "meaning": {"mean": [0], "scale": [1], "weights": [1]}}),  # damaged figures
])
def test_a_missing_or_damaged_model_keeps_the_engines_order_and_says_so_once(
        spare, words_only, tmp_path, caplog, content):
    path = tmp_path / "title_ranker.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    searcher = spare
    searcher.title_ranker = TitleRanker(searcher._loaded_careers, searcher._names_of, path=path)
    with caplog.at_level(logging.WARNING, logger="careerdesk.search"):
        for query in ("Carpentry Foreman", "Masonry Foreman"):
            assert [r.code for r in searcher.search(query, limit=10)] == \
                [r.code for r in words_only.search(query, limit=10)]
    said = [r for r in caplog.records if "keep the engine's order" in r.getMessage()]
    assert len(said) == 1
    assert str(path) in said[0].getMessage()


def test_the_committed_model_is_the_one_the_judged_titles_fit():
    """What the model reads comes from the engine and the careers' names: after a change to
    either, title_ranker.json must be fitted again or the app ranks by stale weights."""
    spec = importlib.util.spec_from_file_location("train_title_ranker", TRAINER)
    assert spec and spec.loader
    trainer = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = trainer  # its dataclasses look their module up there
    spec.loader.exec_module(trainer)
    fitted = trainer.fitted_on_the_sets()
    saved = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    stale = "careerdesk/search/title_ranker.json is stale: run bench/train_title_ranker.py"
    assert (fitted["features"], fitted["titles"]) == (saved["features"], saved["titles"]), stale
    for model in ("words", "meaning"):
        for key in ("mean", "scale", "weights"):
            assert np.allclose(fitted[model][key], saved[model][key], atol=1e-4), stale


def test_a_job_said_before_of_reads_as_a_title(engine):
    # "marketing" ends the query but names no job: "Head of Marketing" is read as a title
    # by its head noun, and the head of a function manages it (Chefs and Head Cooks were
    # first)
    assert engine.search("Head of Marketing", limit=1)[0].title == "Marketing Managers"
