"""What search gives (careerdesk.search.records): a result copied with why it matched is
the result ``dataclasses.replace`` makes, and stays frozen."""

from __future__ import annotations

import dataclasses

import pytest

from careerdesk.search import SearchEngine


def test_a_result_saying_why_it_matched_is_what_replace_makes(store):
    plain = SearchEngine(store).search("", limit=1)[0]
    said = plain.saying("title", 123.5, 2, 3)
    assert said == dataclasses.replace(plain, matched_on="title", score=123.5,
                                       words_matched=2, words_searched=3)
    assert hash(said) == hash(dataclasses.replace(plain, matched_on="title", score=123.5,
                                                  words_matched=2, words_searched=3))
    assert said.saying("description", 1.0) == dataclasses.replace(
        plain, matched_on="description", score=1.0)
    assert (plain.matched_on, plain.score) != ("title", 123.5)  # the original is unchanged
    with pytest.raises(dataclasses.FrozenInstanceError):
        said.score = 0.0  # type: ignore[misc]
