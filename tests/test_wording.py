"""Plain words for the sources' terms (careerdesk/wording.py): every value in the database
has its wording, the source value is kept, and every explanation reads at grade 9 or below."""

from __future__ import annotations

import sqlite3
import statistics
from pathlib import Path

import pytest

from careerdesk import interests, outlook, wording

textstat = pytest.importorskip("textstat")  # a test dependency (pyproject.toml [test])

DB = Path(__file__).resolve().parents[1] / "data" / "careers.db"
MAX_GRADE = 9.0


def grade(text: str) -> float:
    """Flesch-Kincaid grade of one explanation (textstat's standard implementation)."""
    return float(textstat.flesch_kincaid_grade(text))


def _distinct(sql: str) -> set[object]:
    with sqlite3.connect(f"file:{DB}?mode=ro", uri=True) as db:
        return {row[0] for row in db.execute(sql) if row[0] is not None}


def test_the_examples_of_issue_11():
    assert wording.preparation(2).label == "Preparation needed: some (2 of 5)"
    plain = wording.entry_education("Postsecondary nondegree award")
    assert plain.label == "Certificate after high school"
    assert "a certificate from a program after high school" in plain.explanation
    assert plain.source == "Postsecondary nondegree award"  # kept for sources and JSON
    assert wording.work_experience("None").label == "No work experience needed"
    assert wording.hot_technology().label == "in demand"
    assert wording.outlook("Much faster than average", 12.34).label == "Growing fast (+12.3%)"
    assert wording.ability("Near Vision").label == "Seeing details up close"
    assert wording.ability("Near Vision").source == "Near Vision"
    assert wording.ai_measure("replace_vs_assist").source == "Replace vs assist (0–1)"
    assert wording.ai_measure("replace_vs_assist").label == \
        "Does AI take over tasks or help with them?"
    assert wording.importance(4.1).label == "Very important (4.1 of 5)"
    assert wording.interest_rating("Conventional", 6.7).source == "Conventional (6.7 of 7)"


def test_missing_values_read_not_available_never_a_guess():
    for plain in (wording.preparation(None), wording.entry_education(None),
                  wording.work_experience(""), wording.training(None),
                  wording.outlook(None, 3.0), wording.time_to_enter(None, 2.0, "bls"),
                  wording.importance(None)):
        assert plain.label == "not available"
    assert wording.preparation_level(9) == "not available"
    # a category the sources add later is shown as published, not dropped
    assert wording.training("Clinical rotation").label == "Clinical rotation"


def test_every_value_in_the_database_has_plain_words():
    worded = wording.entry_categories()
    assert _distinct("SELECT entry_education FROM projection") <= set(worded["entry_education"])
    assert _distinct("SELECT work_experience FROM projection") <= set(worded["work_experience"])
    assert _distinct("SELECT on_the_job_training FROM projection") <= set(worded["training"])
    assert _distinct("SELECT outlook FROM projection") == set(wording.outlook_categories())
    assert _distinct("SELECT zone FROM job_zone") == set(wording.ZONES)
    assert _distinct("SELECT name FROM element WHERE kind = 'ability'") == \
        set(wording.ability_names())
    for name in wording.ability_names():
        assert wording.ability(name).label != name  # each one reworded
    levels = {wording.education_level(str(label)).source.split(" - ")[0]
              for label in _distinct("SELECT label FROM education_level")}
    assert levels == set(wording.education_levels())
    assert wording.education_level("Post-Baccalaureate Certificate - awarded for completion "
                                   "of an organized program").label == \
        "Certificate after a bachelor's"


def test_time_to_enter_is_stated_as_typical_with_its_basis():
    with sqlite3.connect(f"file:{DB}?mode=ro", uri=True) as db:
        low, high, basis = db.execute("SELECT years_min, years_max, basis FROM entry_time "
                                      "WHERE code = '15-1252.00'").fetchone()
    plain = wording.time_to_enter(low, high, basis)
    assert plain.label == "Typical time to get ready: about 4 years after high school"
    assert "BLS" in plain.explanation and "typical" in plain.explanation
    assert wording.time_to_enter(0, 0, "bls").label == \
        "Typical time to get ready: none after high school"
    assert "O*NET" in wording.time_to_enter(1, 4, "job_zone").explanation


def test_the_quiz_picker_uses_the_same_job_zone_words():
    assert [(p.label, p.description) for p in interests.preparations()] == \
        [wording.preparation_choice(zone) for zone in wording.ZONES]
    assert wording.preparation(3).explanation.startswith(interests.preparations()[2].description)


# ------------------------------------------------------------------ readability


def explanations_the_app_writes() -> list[tuple[str, str]]:
    """(where, text) of the explanations: wording.py's, the Bright Outlook help (but for its
    list of sources, a citation) and its one-line rule, the interest areas' sentences."""
    found = [(where, text) for where, text in wording.explanations() if text]
    rule = outlook.bright_rule()
    found += [(f"outlook.bright_rule()[{i}]", text) for i, text in enumerate(rule)
              if not text.startswith("Sources:")]
    found.append(("outlook.bright_summary()", outlook.bright_summary()))
    found += [(f"interests.area_sentence({area!r})", interests.area_sentence(area))
              for area in interests.AREAS]
    return found


def readability_report(texts: list[tuple[str, str]]) -> tuple[float, float, list[str]]:
    """(max grade, mean grade, the explanations above MAX_GRADE with their grades)."""
    grades = [(grade(text), where, text) for where, text in texts]
    too_hard = [f"{g:.1f} {where}: {text}" for g, where, text in grades if g > MAX_GRADE]
    return (max(g for g, _, _ in grades), statistics.mean(g for g, _, _ in grades), too_hard)


def test_every_explanation_reads_at_grade_9_or_below():
    texts = explanations_the_app_writes()
    assert len(texts) > 60
    highest, mean, too_hard = readability_report(texts)
    assert not too_hard, "explanations above grade 9:\n" + "\n".join(too_hard)
    assert highest <= MAX_GRADE and mean < 7.0


def test_the_readability_check_catches_a_hard_sentence():
    # O*NET's own wording of job zone 3, as the database holds it: what wording.py replaces
    with sqlite3.connect(f"file:{DB}?mode=ro", uri=True) as db:
        onet = db.execute("SELECT training FROM job_zone WHERE zone = 3").fetchone()[0]
    hard = [("O*NET job zone 3", onet),
            ("a method text", "The percentile places it among all 923 rated occupations, "
             "computed from the GPT-4-rated beta measure of occupational exposure.")]
    _, _, too_hard = readability_report(explanations_the_app_writes()[:3] + hard)
    assert [line.split(":")[0].split(" ", 1)[1] for line in too_hard] == \
        ["O*NET job zone 3", "a method text"]
    assert grade(onet) > MAX_GRADE  # 17: the source text itself is hard


def profile_explanations(store) -> list[tuple[str, str]]:
    """(where, text) of what the profile's sections write to explain their plain words: each
    fact's explanation, the lists' "what does this mean?" notes and the notes CareerDesk
    writes on paper (not O*NET's descriptions, nor the method texts for counselors)."""
    from careerdesk import sections

    found = []
    for code in ("43-6013.00", "29-1141.01", "15-1252.00", "55-1011.00"):
        made = sections.profile(store.career(code), state="Ohio")
        for section in made.sections:
            for block in section.blocks:
                found += [(f"{code} {section.key}: {f.label}", f.explanation)
                          for f in block.facts if f.explanation]
                if block.kind == sections.LIST and block.text:
                    found.append((f"{code} {section.key}: {block.title or 'list'}", block.text))
                if block.kind == sections.NOTE and block.media == frozenset({sections.PRINT}):
                    found.append((f"{code} {section.key}: printed note", block.text))
    return found


def test_the_profiles_explanations_read_at_grade_9_or_below(store):
    texts = profile_explanations(store)
    assert len(texts) > 60
    highest, mean, too_hard = readability_report(texts)
    assert not too_hard, "explanations above grade 9:\n" + "\n".join(too_hard)
