"""A query read as a program of study (issue 15 item 3): "nursing degree" lists the careers
the program leads to, with a chip that says so; removing the chip searches the words as
typed; job titles holding such a word are not read as programs."""

from __future__ import annotations

import pytest

from careerdesk.search import SearchEngine
from careerdesk.search.programs import read_program


@pytest.fixture(scope="module")
def engine(store):
    return SearchEngine(store)


@pytest.mark.parametrize(("query", "program", "career"), [
    ("nursing degree", "Registered Nursing", "29-1141.00"),
    ("welding certificate", "Welding Technology", "51-4121.00"),
    ("computer science major", "Computer Science", "15-1252.00"),
    ("cosmetology program", "Cosmetology", "39-5012.00"),
])
def test_a_program_lists_the_careers_it_leads_to(engine, store, query, program, career):
    understood = engine.understand(query)
    chip = next(c for c in understood.chips if c.key.startswith("program:"))
    assert chip.text == f"Program of study: {program}"
    results = engine.search(query, limit=None)
    leads_to = {code for code, *_ in store.program_careers(chip.key.split(":")[1])}
    assert {r.code for r in results} == leads_to and career in leads_to


def test_removing_the_chip_searches_the_words_as_typed(engine):
    chip = next(c for c in engine.understand("nursing degree").chips)
    plain = engine.understand("nursing degree", frozenset({chip.key}))
    assert not any(c.key.startswith("program:") for c in plain.chips)
    assert plain.program_careers is None and plain.terms


@pytest.mark.parametrize("query", [
    "police academy program coordinator", "laborer golf course", "nurse",
    "charter pilot (commercial pilot certificate required)", "degree", "jobs without a degree",
])
def test_job_titles_and_wishes_are_not_read_as_programs(engine, store, query):
    assert read_program(query, store.programs, frozenset()) is None
    assert not any(c.key.startswith("program:") for c in engine.understand(query).chips)


def test_a_word_that_only_qualifies_program_names_names_no_program(engine):
    # "Major General" was read as the program "Anthropology, General": anthropology careers
    assert not engine.understand("Major General").chips
    assert engine.search("Major General", limit=1)[0].title.startswith("Military Officer")


@pytest.mark.parametrize("query", ["computer program analyst", "program clerk", "program coder"])
def test_a_job_title_after_its_word_of_kind_is_no_program(engine, query):
    # read as "Computer Systems Analysis or Analyst", a clerks' and a coders' program
    assert not [c for c in engine.understand(query).chips if c.key.startswith("program:")]


@pytest.mark.parametrize("query", ["degree in nursing", "welding certificate", "nursing program"])
def test_a_program_named_before_or_after_its_word_of_kind_still_is_one(engine, query):
    assert [c for c in engine.understand(query).chips if c.key.startswith("program:")]



def test_a_program_none_of_whose_careers_fits_the_wish_is_no_program(engine):
    # "computer certificate programs" listed nothing: Computer Engineering leads to no career
    # starting with a certificate or less; the interest is searched under the wish instead
    understood = engine.understand("computer certificate programs")
    assert not [c for c in understood.chips if c.key.startswith("program:")]
    top = engine.search("computer certificate programs", limit=5)
    assert len(top) == 5 and top[0].title == "Computer User Support Specialists"
    welding = engine.understand("certificate programs in welding")  # its careers fit
    assert [c for c in welding.chips if c.key.startswith("program:")]
