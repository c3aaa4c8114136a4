"""Fixtures shared by the search tests."""

from __future__ import annotations

import pytest

from careerdesk.search import SearchEngine


@pytest.fixture(scope="module")
def engine(store):
    """An engine with everything loaded, as the app's after its preload."""
    searcher = SearchEngine(store)
    searcher.preload()
    return searcher


@pytest.fixture(scope="module")
def words_only(store):
    """An engine without the job-title model: the order a title had before it."""
    searcher = SearchEngine(store)
    searcher.title_ranker.switch_off()
    searcher.preload()
    return searcher
