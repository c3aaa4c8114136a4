"""A place of work no career's text names: the panel asks for the work itself."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("query", "place"), [
    ("my dad works at zorbax", "zorbax"),
    ("i want to work for Zorbax", "zorbax"),
    ("my uncle works at the zorbax qwelt", "zorbax qwelt"),
    ("my dad works at the hospital", None),  # careers' texts hold "hospital"
    ("my dad works at zorbax fixing machines", None),  # the work is said too
    ("zorbax", None),  # no place of work named
])
def test_an_unknown_place_of_work_is_named(engine, query, place):
    assert engine.unknown_workplace(query) == place
