"""Careers close in meaning to a phrase (careerdesk/search/meaning.py): the committed vectors
belong to the committed database and model, the nearest careers are what a counselor would
expect, filters hold, and the merge with the word search is reciprocal rank fusion."""

from __future__ import annotations

import numpy as np
import pytest

from careerdesk.build.meanings import career_texts
from careerdesk.search.meaning import (
    MEANINGS_FILE,
    OTHER_NAMES,
    Meanings,
    MeaningsFileError,
    fused,
    reciprocal_ranks,
)


@pytest.fixture(scope="module")
def meanings(store):
    return Meanings.load(store.meta.get("content_sha256"))


def nearest_titles(meanings, store, phrase, count=5, allowed=None):
    titles = {c.code: c.title for c in store.careers()}
    return [titles[meanings.codes[i]] for i in meanings.nearest(phrase, allowed, count)]


def test_the_committed_vectors_were_made_from_the_committed_database(store):
    """Rebuilding careers.db without `careerdesk build-meanings` fails here, by name."""
    Meanings.load(store.meta.get("content_sha256"))
    with pytest.raises(MeaningsFileError, match="build-meanings"):
        Meanings.load("0" * 64)


def test_the_stored_vectors_are_the_models_reading_of_the_careers(meanings, store):
    rows = {row[0]: row for row in store.meaning_texts(OTHER_NAMES)}
    for code in ("29-1131.00", "47-2111.00", "25-2021.00"):
        _, title, names, description, tasks = rows[code]
        i = meanings.codes.index(code)
        named = meanings._model.embed([career_texts(title, names, description)])[0]
        assert float(named @ meanings._named[i]) > 0.999
        mean = meanings._model.embed(tasks).mean(axis=0)
        assert float(mean @ meanings._tasks[i]) / float(np.linalg.norm(mean)) > 0.999


@pytest.mark.parametrize(("phrase", "expected"), [
    ("i want to take care of pets", {"Veterinarians", "Animal Caretakers",
                                     "Veterinary Technologists and Technicians",
                                     "Veterinary Assistants and Laboratory Animal Caretakers"}),
    ("fixing engines and cars", {"Automotive Service Technicians and Mechanics",
                                 "Bus and Truck Mechanics and Diesel Engine Specialists",
                                 "Automotive Body and Related Repairers", "Motorcycle Mechanics",
                                 "Outdoor Power Equipment and Other Small Engine Mechanics"}),
    ("teaching little kids to read", {"Kindergarten Teachers, Except Special Education",
                                      "Elementary School Teachers, Except Special Education",
                                      "Preschool Teachers, Except Special Education"}),
])
def test_the_nearest_careers_are_what_the_phrase_means(meanings, store, phrase, expected):
    found = nearest_titles(meanings, store, phrase)
    assert len(expected & set(found)) >= 2, found


def test_only_allowed_careers_are_returned(meanings, store):
    vets = meanings.codes.index("29-1131.00")
    allowed = [i for i in range(len(meanings.codes)) if i != vets]
    near = meanings.nearest("animal doctor", allowed, 10)
    assert vets not in near and len(near) == 10
    assert meanings.nearest("animal doctor", [vets, 3], 10) == [vets, 3]
    assert meanings.nearest("animal doctor", [], 10) == []


def test_a_missing_or_damaged_vectors_file_is_a_clear_error(tmp_path, store):
    with pytest.raises(MeaningsFileError, match="absent.npz"):
        Meanings.load(store.meta.get("content_sha256"), tmp_path / "absent.npz")
    damaged = tmp_path / "damaged.npz"
    damaged.write_bytes(MEANINGS_FILE.read_bytes()[:5000])
    with pytest.raises(MeaningsFileError, match="damaged.npz"):
        Meanings.load(store.meta.get("content_sha256"), damaged)


def test_reciprocal_rank_fusion_sums_one_over_k_plus_rank():
    assert reciprocal_ranks(([7, 8], [8, 9]), 60) == pytest.approx(
        {7: 1 / 60, 8: 1 / 61 + 1 / 60, 9: 1 / 61})
    # a career both lists hold beats one only the first ranks first; ties keep the words' order
    assert fused([1, 2, 3], [3, 4, 1]) == [1, 3, 2, 4]
    assert fused([5], []) == [5] and fused([], [6, 7]) == [6, 7]
