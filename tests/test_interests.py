"""The interest quiz on the shipped database: its questions, scores, matches and texts."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careerdesk import interests
from careerdesk.interests import AREAS, InvalidAnswers


@pytest.fixture(scope="module")
def quiz(store):
    return interests.questions(store)


def answer_only(quiz, liked: set[str], other: str = "dislike") -> dict[str, str]:
    return {q.id: "like" if q.area in liked else other for q in quiz}


def strongest_area(profile: tuple[float, ...]) -> str:
    return AREAS[max(range(6), key=lambda i: profile[i])]


# ----------------------------------------------------------------------------- the quiz


def test_quiz_is_balanced_and_takes_about_five_minutes(quiz):
    assert 36 <= len(quiz) <= 48
    per_area = Counter(q.area for q in quiz)
    assert set(per_area) == set(AREAS)
    assert min(per_area.values()) >= 4
    assert max(per_area.values()) - min(per_area.values()) <= 1
    assert len({q.id for q in quiz}) == len(quiz)
    assert len({q.text for q in quiz}) == len(quiz)


def test_quiz_ids_are_the_area_letter_and_a_number(quiz):
    for q in quiz:
        assert q.id[0] == q.area[0] and q.id[1] == "-" and q.id[2:].isdigit(), q
    # the same activities keep the same ids from build to build
    by_id = {q.id: q for q in quiz}
    assert by_id["R-01"].text == "Build kitchen cabinets."
    assert by_id["A-01"].text == "Draw pictures."
    assert by_id["C-06"].text == "Write and review code for software."
    assert by_id["C-06"].basic_interest == "Information Technology"
    assert by_id["R-01"].basic_interest is None  # one of the area's General activities


def test_areas_are_interleaved_never_twice_in_a_row(quiz):
    assert [q.area for q in quiz[:6]] == list(AREAS)
    assert all(a.area != b.area for a, b in zip(quiz, quiz[1:], strict=False))


def test_quiz_uses_onet_activities_not_the_interest_profiler(store, quiz):
    activities = {text for (text,) in store.connection().execute(
        "SELECT text FROM interest_activity")}
    assert len(activities) == 188  # 6 areas and 41 basic interests, 4 activities each
    assert {q.text for q in quiz} <= activities


# ----------------------------------------------------------------------------- scores


def test_scores_average_like_two_unsure_one_dislike_zero(store, quiz):
    realistic = [q.id for q in quiz if q.area == "Realistic"]
    social = [q.id for q in quiz if q.area == "Social"]
    answers = {realistic[0]: "like", realistic[1]: "unsure", realistic[2]: "dislike",
               realistic[3]: "like", social[0]: "unsure"}
    scores = interests.scores(store, answers)
    assert scores == {"Realistic": pytest.approx(5 / 8 * 100, abs=0.05), "Social": 50.0}
    # areas with no answer have no score (shown as "not available"), not 0
    assert "Artistic" not in scores


@pytest.mark.parametrize(("scores", "top"), [
    ({"Realistic": 100, "Investigative": 100, "Social": 50, "Artistic": 0}, (
        "Realistic", "Investigative", "Social")),
    ({"Realistic": 90, "Investigative": 80, "Social": 70, "Artistic": 70}, (
        "Realistic", "Investigative")),  # a tie for third place: neither is "top"
    ({a: 100.0 for a in AREAS if a != "Social"} | {"Social": 0.0}, (
        "Realistic", "Investigative", "Artistic", "Enterprising", "Conventional")),
    ({"Realistic": 40, "Investigative": 40, "Social": 10}, ("Realistic", "Investigative")),
    ({"Realistic": 0, "Investigative": 0, "Social": 0}, ()),
    ({"Conventional": 75, "Enterprising": 100}, ("Enterprising", "Conventional")),
])
def test_top_areas(scores, top):
    assert interests.top_areas(scores) == top


def test_all_liked_is_100_and_all_disliked_is_0(store, quiz):
    scores = interests.scores(store, answer_only(quiz, {"Artistic"}))
    assert scores["Artistic"] == 100.0
    assert all(scores[a] == 0.0 for a in AREAS if a != "Artistic")


# ----------------------------------------------------------------------------- matching


@pytest.mark.parametrize("area", AREAS)
def test_liking_one_area_puts_its_careers_on_top(store, quiz, area):
    result = interests.match(store, answer_only(quiz, {area}), limit=10)
    profiles = store.interest_profiles()
    tops = [strongest_area(profiles[m.code]) for m in result.matches]
    assert len(tops) == 10
    assert sum(top == area for top in tops) >= 8, (area, [m.title for m in result.matches])
    assert result.top_areas == (area,)
    assert all(m.shared_areas == (area,) for m in result.matches if
               strongest_area(profiles[m.code]) == area)


def test_fits_are_best_first_and_within_0_to_100(store, quiz):
    result = interests.match(store, answer_only(quiz, {"Investigative", "Realistic"}),
                             limit=None)
    fits = [m.fit for m in result.matches]
    assert fits == sorted(fits, reverse=True)
    assert 0 <= fits[-1] and fits[0] <= 100
    assert result.compared == len(result.matches) == len(store.interest_profiles())
    assert result.top_areas == ("Realistic", "Investigative")
    best = result.matches[0]
    assert set(best.shared_areas) == {"Realistic", "Investigative"}
    # the opposite answers put the best careers last
    opposite = interests.match(store, answer_only(quiz, set(AREAS) - {"Investigative",
                                                                      "Realistic"}), limit=None)
    assert opposite.matches[-1].fit < 20
    assert {m.code for m in opposite.matches[-20:]} & {m.code for m in result.matches[:20]}


def test_match_carries_pay_education_and_outlook(store, quiz):
    result = interests.match(store, answer_only(quiz, {"Social"}), limit=None)
    nurse = next(m for m in result.matches if m.code == "29-1141.00")
    assert nurse.title == "Registered Nurses"
    career = store.career("29-1141.00")
    assert career.wages is not None and career.outlook is not None
    assert nurse.median_wage == career.wages.annual["median"]
    assert nurse.entry_education == career.education.typical_entry
    assert nurse.outlook == career.outlook.category
    assert nurse.percent_change == career.outlook.percent_change
    assert nurse.annual_openings == career.outlook.annual_openings
    assert career.job_zone is not None and nurse.job_zone == career.job_zone.zone
    # careers without a BLS figure keep None (shown as "not available"), never 0
    assert any(m.median_wage is None for m in result.matches)
    assert all(m.median_wage is None or m.median_wage > 0 for m in result.matches)


def test_preparation_keeps_careers_up_to_that_job_zone(store, quiz):
    answers = answer_only(quiz, {"Investigative"})
    everything = interests.match(store, answers, limit=None)
    for zone in (1, 2, 3, 4, 5):
        result = interests.match(store, answers, preparation=zone, limit=None)
        assert result.matches and all(m.job_zone is not None and m.job_zone <= zone
                                      for m in result.matches)
        assert result.preparation == zone
        assert result.compared == sum(1 for m in everything.matches
                                      if m.job_zone is not None and m.job_zone <= zone)
    assert interests.match(store, answers, preparation=2, limit=5).matches[0].job_zone <= 2


def test_flat_answers_are_not_ranked(store, quiz):
    for answer in interests.ANSWERS:
        result = interests.match(store, {q.id: answer for q in quiz})
        assert result.matches == []
        assert result.note is not None and "same in every area" in result.note



def test_too_few_areas_answered_gives_a_note(store, quiz):
    answers = {q.id: "like" for q in quiz if q.area == "Social"}
    answers.update({q.id: "dislike" for q in quiz if q.area == "Realistic"})
    result = interests.match(store, answers)
    assert result.matches == [] and "at least three" in (result.note or "")
    assert result.scores == {"Realistic": 0.0, "Social": 100.0}


def test_a_partly_answered_quiz_still_matches(store, quiz):
    half = {q.id: "like" if q.area == "Artistic" else "dislike" for q in quiz[:21]}
    result = interests.match(store, half, limit=5)
    assert result.answered == 21 and result.total == len(quiz)
    assert len(result.matches) == 5 and result.top_areas == ("Artistic",)


def test_limit_caps_the_matches_and_defaults_to_20(store, quiz):
    answers = answer_only(quiz, {"Enterprising"})
    assert len(interests.match(store, answers, limit=3).matches) == 3
    assert len(interests.match(store, answers).matches) == 20


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(("answers", "words"), [
    ({"Z-99": "like"}, "unknown question id 'Z-99'"),
    ({"R-01": "love"}, "R-01 must be like, unsure or dislike, not 'love'"),
    ({"R-01": 2}, "not 2"),
    ({5: "like"}, "unknown question id 5"),
    ({"r-01": "like"}, "unknown question id 'r-01'"),
])
def test_bad_answers_raise_one_line(store, answers, words):
    with pytest.raises(InvalidAnswers) as caught:
        interests.check_answers(store, answers)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(InvalidAnswers):
        interests.match(store, answers)


def test_usable_answers_drop_what_this_quiz_does_not_ask(store):
    saved = {"R-01": "like", "R-99": "like", "I-01": "maybe", 7: "like", "S-01": "dislike"}
    assert interests.usable_answers(store, saved) == {"R-01": "like", "S-01": "dislike"}
    assert interests.check_answers(store, interests.usable_answers(store, saved))


@pytest.mark.parametrize("preparation", [0, 6, "3", True, 2.5])
def test_bad_preparation(store, preparation):
    with pytest.raises(InvalidAnswers, match="job zone from 1 to 5"):
        interests.match(store, {"R-01": "like"}, preparation=preparation)


def test_bad_limit(store):
    with pytest.raises(InvalidAnswers, match="limit"):
        interests.match(store, {"R-01": "like"}, limit=-1)


# ----------------------------------------------------------------------------- texts


def test_area_texts_and_preparations_are_plain_and_complete():
    for area in AREAS:
        assert area_label_ok(interests.area_label(area), area)
        sentence = interests.area_sentence(area)
        assert sentence.endswith(".") and sentence.count(". ") == 0 and len(sentence) < 160
    zones = interests.preparations()
    assert [p.zone for p in zones] == [1, 2, 3, 4, 5]
    assert len({p.label for p in zones}) == 5
    assert "bachelor" in zones[3].description and "high school" in zones[1].description
    method = interests.method()
    for words in ("O*NET 29.3", "Occupational Interests", "1 to 7", "like counts 2",
                  "Pearson", "job zone"):
        assert words in method, words


def area_label_ok(label: str, area: str) -> bool:
    return label.endswith(f"({area})") and len(label) > len(area) + 4


# ----------------------------------------------------------------------------- any answers


QUIZ_IDS = [f"{letter}-{n:02d}" for letter in "RIASEC" for n in range(1, 8)]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=st.dictionaries(st.sampled_from(QUIZ_IDS), st.sampled_from(interests.ANSWERS)),
       preparation=st.none() | st.integers(1, 5))
def test_any_answers_give_scores_0_to_100_and_ranked_fits(store, answers, preparation):
    result = interests.match(store, answers, preparation, limit=15)
    assert set(result.scores) <= set(AREAS)
    assert all(0 <= v <= 100 for v in result.scores.values())
    assert set(result.top_areas) <= set(result.scores)
    assert result.answered == len(answers)
    if result.note is not None:
        assert result.matches == []
        return
    fits = [m.fit for m in result.matches]
    assert fits == sorted(fits, reverse=True) and all(0 <= f <= 100 for f in fits)
    for m in result.matches:
        assert set(m.shared_areas) <= set(result.top_areas)
        assert preparation is None or (m.job_zone is not None and m.job_zone <= preparation)


@pytest.mark.parametrize("stored, preparation, updated, kept", [
    ("{not json", 0, "yesterday", {}),
    ('["R-01", "like"]', "three", "", {}),
    ('{"R-01": "like", "R-02": "love", "x": "like", "I-01": ["unsure"], "A-01": "dislike"}',
     9, "2026-01-01T00:00:00+00:00", {"R-01": "like", "A-01": "dislike"}),
])
def test_damaged_saved_answers_keep_what_is_good_without_a_traceback(
        store, tmp_path, stored, preparation, updated, kept):
    import sqlite3

    from careerdesk.userdata import open_user_data
    from careerdesk.userdata_file import FILE_NAME

    with open_user_data(tmp_path) as data:
        ana = data.create_profile("Ana")
        data.save_interest_answers(ana, {"R-01": "like"}, preparation=2)
    with sqlite3.connect(tmp_path / FILE_NAME) as db:  # damaged outside the app
        db.execute("UPDATE interest_result SET answers = ?, preparation = ?, updated = ?",
                   (stored, preparation, updated))
    db.close()
    with open_user_data(tmp_path) as data:
        record = data.interest_answers(ana)
        assert record is not None
        assert record.answers == kept and record.preparation is None
        assert interests.usable_answers(store, record.answers) == kept
