"""The careers a no rules out (``careerdesk.search.denials``), seen through search."""

from __future__ import annotations

import pytest


def shown(engine, query: str) -> list[str]:
    return [r.title for r in engine.search(query, limit=None)]


@pytest.mark.parametrize(("query", "left_out"), [
    # "Urologists" are also called "Surgeon", "Pediatricians, General" "Physician": the
    # hospital careers came back through those other names once the nurses were left out
    ("hospital job but no needles", ("Urologists", "Pediatricians, General", "Surgeons, All Other",
                                     "Registered Nurses", "Phlebotomists")),
    ("anatomy class but not a doctor", ("Physicians, All Other", "Pediatricians, General")),
])
def test_a_career_also_called_by_the_job_said_no_to_is_left_out(engine, query, left_out):
    titles = shown(engine, query)
    assert titles and not set(left_out) & set(titles), set(left_out) & set(titles)


def test_an_other_name_that_only_holds_the_job_word_keeps_the_career(engine):
    # Childcare Workers are also called "Child Care Teacher": helping kids without teaching
    # still wants them; the teachers themselves go
    titles = shown(engine, "helping kids but not teaching")
    assert "Childcare Workers" in titles[:5], titles[:5]
    assert not any("Teacher" in t for t in titles), [t for t in titles if "Teacher" in t]
    # "Nurse Manager" is an other name of Medical and Health Services Managers: kept
    assert "Medical and Health Services Managers" in shown(engine, "hospital job but no needles")


@pytest.mark.parametrize(("query", "left_out"), [
    # batch 61: "heat" was searched and matched heat pumps, furnaces and kilns (0 of 5)
    ("work outside but not in the heat", ("Geothermal", "Furnace", "Metal-Refining")),
    ("outdoors but not in the cold", ("Food Preparation", "First-Line Supervisors")),
])
def test_what_a_no_says_beside_an_interest_is_not_searched(engine, query, left_out):
    understood = engine.understand(query)
    assert [c.meaning for c in understood.chips][0] == "outdoors"
    assert all(c.meaning.startswith("not ") for c in understood.chips[1:])
    titles = shown(engine, query)[:5]
    assert "Foresters" in titles, titles
    assert not [t for t in titles if t.startswith(left_out)], titles


def test_a_no_said_of_where_the_work_is_denies_the_place(engine):
    # "not in a hospital" read "hospitals" as wanted, and lost "helping people"
    understood = engine.understand("i like helping people but not in a hospital")
    assert [c.meaning for c in understood.chips] == ["helping people", "not hospitals"]
    assert "Registered Nurses" not in shown(engine, "i like helping people but not in a hospital")
