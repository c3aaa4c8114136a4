"""Where a phrase stands among a query's words (``careerdesk.search.spans``)."""

from __future__ import annotations

import pytest

from careerdesk.search.spans import find, find_span


def test_find_is_the_first_place_a_phrase_stands_whole():
    assert find(["i", "like", "fixing", "cars"], ("fixing", "cars")) == 2
    assert find(["i", None, "fixing", "cars"], ("like", "fixing")) == -1  # a word read before


@pytest.mark.parametrize(("said", "phrase", "where"), [
    ("run my own business", "run a business", (0, 4)),  # a determiner said differently, "own"
    ("fix the cars", "fix cars", (0, 3)),  # a determiner said more
    ("it pays really well", "pays well", (1, 4)),  # an intensifier inside
    ("who gives you shots", "gives shots", (1, 4)),  # whom it is done to
    ("on the own", "on my own", None),  # one word besides determiners: said whole or not at all
])
def test_small_words_inside_a_phrase_leave_it_the_same_phrase(said, phrase, where):
    assert find_span(said.split(), tuple(phrase.split())) == where


@pytest.mark.parametrize(("said", "phrase"), [
    ("be the boss", "be my own boss"),  # in charge of others, not working for oneself
    ("being a boss", "being my own boss"),
    ("be boss", "be your own boss"),
])
def test_own_is_needed_where_the_phrase_says_it(said, phrase):
    assert find_span(said.split(), tuple(phrase.split())) is None
