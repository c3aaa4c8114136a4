"""A career's quick facts (careerdesk.quick_facts): what they say, where figures are missing
or published by the hour only, and for a chosen state."""

from __future__ import annotations

import pytest

from careerdesk import formatting as fmt
from careerdesk.outlook import bright_outlook
from careerdesk.quick_facts import FACT_KEYS, quick_facts

SECRETARY = "43-6013.00"
ACTORS = "27-2011.00"  # BLS publishes only an hourly median
LEGISLATORS = "11-1031.00"  # no OEWS wages


@pytest.fixture(scope="module")
def secretary(store):
    return store.career(SECRETARY)


def by_key(facts):
    return {f.key: f for f in facts}


def test_the_facts_a_family_looks_at_first_in_plain_words(secretary):
    facts = by_key(quick_facts(secretary))
    assert list(facts) == [k for k in FACT_KEYS if k in facts]
    assert facts["pay"].value == fmt.money(secretary.wages.median_annual) + " a year"
    assert facts["pay"].detail == f"${secretary.wages.median_hourly:,.2f} an hour, in the U.S."
    assert facts["education"].value == "High school diploma"
    assert facts["education"].detail.endswith("to get ready")
    o = secretary.outlook
    assert facts["outlook"].value.endswith(f"({o.percent_change:+.1f}%)")
    assert facts["outlook"].detail == f"{o.annual_openings:,} job openings a year"
    assert facts["ai"].value == secretary.ai.label.label
    assert all(f.explanation for k, f in facts.items() if k != "ai") and facts["ai"].explanation
    text = " ".join(f.text() for f in facts.values())
    assert "Job Zone" not in text and "Postsecondary" not in text


def test_the_badge_is_there_only_where_the_rule_holds(store):
    for code in ("43-6013.00", "15-1252.00", "27-2011.00", "51-9199.00"):
        career = store.career(code)
        o = career.outlook
        qualifies = o is not None and bright_outlook(o.percent_change, o.annual_openings)
        assert ("bright" in by_key(quick_facts(career))) == qualifies


def test_a_chosen_state_gives_its_own_pay(secretary):
    pay = by_key(quick_facts(secretary, "Texas"))["pay"]
    texas = secretary.wages.by_state["Texas"]
    assert pay.value == fmt.money(texas.annual_median) + " a year"
    assert pay.place == "Texas" and pay.detail.endswith("in Texas")
    assert by_key(quick_facts(secretary))["pay"].place is None


def test_pay_by_the_hour_only_and_missing_pay_say_so(store):
    actors = by_key(quick_facts(store.career(ACTORS)))["pay"]
    assert actors.value.endswith("an hour") and actors.number is None
    assert "no yearly figure" in actors.detail
    missing = by_key(quick_facts(store.career(LEGISLATORS)))["pay"]
    assert missing.value == fmt.NOT_AVAILABLE and missing.number is None
    for fact in quick_facts(store.career(LEGISLATORS)):
        assert fact.value not in {"0", "$0", "0%", "+0.0%", ""}
