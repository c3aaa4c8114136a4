"""What search knows of the careers by meaning (careerdesk/search/career_meanings.py), in
the engine's numbering: careers near an interest, careers like a career, and nothing at all
when search by meaning is off."""

from __future__ import annotations

import pytest

from careerdesk.search import SearchEngine


@pytest.fixture(scope="module")
def engine(store):
    return SearchEngine(store)


@pytest.fixture(scope="module")
def codes(engine):
    return [c.code for c in engine._loaded_careers()]


def test_the_careers_near_an_interest_are_about_it(engine, codes):
    close, not_far = engine.meanings.near_concepts(["concept:music"])
    titles = {codes[i] for i in close}
    assert {"27-2042.00", "27-4014.00", "27-2091.00"} <= titles  # musicians, sound, DJs
    assert "51-5111.00" not in titles  # Prepress Technicians ("Composer" sets type)
    assert close <= not_far and len(not_far) > len(close)


def test_careers_like_a_career_leave_out_those_shown_and_keep_to_the_allowed(engine, codes):
    like = [codes[i] for i in engine.meanings.like("39-2021.00", None, ["39-2021.00"], 5)]
    assert len(like) == 5 and "39-2021.00" not in like
    assert "39-2011.00" in like or "29-2056.00" in like  # animal trainers, vet techs
    allowed = frozenset(i for i, code in enumerate(codes) if code.startswith("29-"))
    like = engine.meanings.like("39-2021.00", allowed, [], 5)
    assert like and all(codes[i].startswith("29-") for i in like)


def test_switched_off_it_answers_nothing(store):
    meanings = SearchEngine(store).meanings
    meanings.switch_off()
    assert not meanings.available()
    assert meanings.near_concepts(["concept:music"]) is None
    assert meanings.nearest("i like animals", None, 5) == []
    assert meanings.like("39-2021.00", None, [], 5) == []
