"""The interest quiz ("What would you enjoy?"): questions, scores and matching careers (no Qt).

The quiz rates O*NET 29.3's illustrative activities for the six RIASEC interest areas (chosen
and ordered by the importer, ``careerdesk.build.interests``; this is not O*NET's Interest
Profiler). A student answers each activity with "like", "unsure" or "dislike":

* ``scores``: per area, like = 2, unsure = 1, dislike = 0, averaged over the area's answered
  activities and shown 0-100. An area with no answer has no score (it is left out of the dict:
  show "not available").
* ``match``: the careers whose O*NET interest profile (six ratings 1-7, the OI scale) has the
  same shape as the student's six scores (Pearson correlation, shown as a fit of 0-100), best
  first, optionally only careers up to a chosen job zone (``preparations``). When the scores
  cannot rank careers (every area the same, or fewer than three areas answered) the result has
  no matches and ``Result.note`` says why in one sentence.

``METHOD`` states all of this in plain words for the app; ``area_label`` and ``area_sentence``
are CareerDesk's own plain names and explanations of the areas.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from careerdesk import wording
from careerdesk.i18n import QT_TRANSLATE_NOOP, TranslatedTable, translate

if TYPE_CHECKING:
    from careerdesk.store import CareerStore

AREAS = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")
ANSWERS = ("like", "unsure", "dislike")
POINTS = {"like": 2, "unsure": 1, "dislike": 0}
MIN_AREAS = 3  # areas with answers needed before careers can be matched
TOP_AREAS = 3  # at most this many of the student's areas count as "top"
TOP_SCORE = 50.0  # a top area scores at least this (liked at least as often as disliked)
STRONG_RATING = 4.0  # a career is "strong" in an area O*NET rates at least this (of 7)
PREPARATION_LEVELS = (1, 2, 3, 4, 5)

_LABELS = TranslatedTable("Interests", {
    "Realistic": QT_TRANSLATE_NOOP("Interests", "Building and fixing (Realistic)"),
    "Investigative": QT_TRANSLATE_NOOP("Interests", "Finding things out (Investigative)"),
    "Artistic": QT_TRANSLATE_NOOP("Interests", "Creating (Artistic)"),
    "Social": QT_TRANSLATE_NOOP("Interests", "Helping people (Social)"),
    "Enterprising": QT_TRANSLATE_NOOP("Interests", "Leading and persuading (Enterprising)"),
    "Conventional": QT_TRANSLATE_NOOP("Interests", "Organizing (Conventional)"),
})
_SENTENCES = TranslatedTable("Interests", {
    "Realistic": QT_TRANSLATE_NOOP(
        "Interests", "Hands-on work: building, fixing, driving or growing things with tools, "
        "machines, plants or animals."),
    "Investigative": QT_TRANSLATE_NOOP(
        "Interests", "Finding out how things work by testing ideas and solving problems in "
        "science, health or math."),
    "Artistic": QT_TRANSLATE_NOOP(
        "Interests", "Making new things of your own, such as pictures, music, stories, shows, "
        "designs or food, where your ideas and style matter."),
    "Social": QT_TRANSLATE_NOOP(
        "Interests", "Working with people to teach, care for, advise or help them."),
    "Enterprising": QT_TRANSLATE_NOOP(
        "Interests", "Leading people and projects, selling and making choices, often in "
        "business or law."),
    "Conventional": QT_TRANSLATE_NOOP(
        "Interests", "Keeping records, money and computer files in order by following clear "
        "steps and rules."),
})
METHOD = QT_TRANSLATE_NOOP(
    "Interests",
    "How your scores work: each activity you like counts 2 points, \"not sure\" 1 and "
    "dislike 0. An area's score is the average over the activities you answered in it, shown "
    "from 0 (disliked them all) to 100 (liked them all); skipped activities are left out, and "
    "an area with no answers has no score. The activities are O*NET's illustrative "
    "activities for the six interest areas (O*NET 29.3 Database); CareerDesk chose seven per "
    "area. How careers are matched: O*NET rates how well each of the six areas describes the "
    "work of a career, from 1 to 7 (O*NET 29.3 Database, Interests, Occupational Interests "
    "scale; the ratings as O*NET publishes them, made with its machine-learning method). "
    "CareerDesk compares the shape of your six scores with the shape of each career's six "
    "ratings (a Pearson correlation r): a career fits when it is strong where you are strong "
    "and weak where you are weak. Fit is (r + 1) × 50, from 0 (opposite shapes) to 100 (the "
    "same shape); careers with the same fit are ordered by their rating in your highest "
    "area. \"Why it fits\" lists your top areas that O*NET rates the career 4 or more in (or "
    "rates highest); your top areas are your best scores of 50 or more, up to three, where "
    "areas with equal scores count together. Careers O*NET has not rated for interests are "
    "left out, and, when you choose how much preparation you are willing to do, so are "
    "careers that need more (O*NET job zones) or have no job zone.")

# The method in three sentences, for the one-page printout (the app shows METHOD).
METHOD_SHORT = QT_TRANSLATE_NOOP(
    "Interests",
    "Scores: each activity you like counts 2 points, \"not sure\" 1 and dislike 0, averaged "
    "over the activities you answered in an area and shown from 0 to 100. Fit: how closely "
    "your six scores rise and fall with the career's six O*NET interest ratings (O*NET 29.3 "
    "Database, Occupational Interests; a Pearson correlation r, fit = (r + 1) × 50). The "
    "full method is under \"How this works\" in CareerDesk.")


@dataclass(frozen=True)
class Question:
    """One activity to rate: a stable id ("R-03"), its text, area and basic interest."""

    id: str
    text: str
    area: str
    basic_interest: str | None  # None: one of the area's General activities


@dataclass(frozen=True)
class Preparation:
    """A job zone (1-5) in plain words."""

    zone: int
    label: str
    description: str


@dataclass(frozen=True)
class Match:
    """A career that fits the student's interests, with its figures at a glance."""

    code: str
    title: str
    fit: float  # 0-100
    shared_areas: tuple[str, ...]  # the student's top areas this career is also strong in
    job_zone: int | None
    median_wage: int | None  # national median annual wage (BLS OEWS May 2025)
    wage_top_coded: bool  # the median is at the top of BLS's published range ("or more")
    entry_education: str | None  # typical entry education (BLS Employment Projections)
    outlook: str | None
    percent_change: float | None
    annual_openings: int | None


@dataclass(frozen=True)
class Result:
    """Scores per answered area (0-100), the student's top areas and the matching careers.

    ``note`` explains, in one sentence, why there are no matches when the answers cannot rank
    careers; ``compared`` is how many careers were compared (after the preparation filter).
    """

    scores: dict[str, float]
    top_areas: tuple[str, ...]
    matches: list[Match]
    note: str | None = None
    compared: int = 0
    preparation: int | None = None
    answered: int = 0  # questions answered
    total: int = 0  # questions in the quiz


class InvalidAnswers(ValueError):
    """Answers (or a preparation level) the quiz cannot use; the message is one line."""


# ------------------------------------------------------------------ texts

def area_label(area: str) -> str:
    """The area's plain name with its RIASEC name, e.g. "Building and fixing (Realistic)"."""
    return _LABELS[area]


def area_sentence(area: str) -> str:
    """One plain sentence saying what the area is about."""
    return _SENTENCES[area]


def preparations() -> list[Preparation]:
    """The five job zones in plain words, from least to most preparation."""
    return [Preparation(zone, *wording.preparation_choice(zone)) for zone in wording.ZONES]


def method() -> str:
    """``METHOD`` in the user's language."""
    return translate("Interests", METHOD)


def method_summary() -> str:
    """``METHOD_SHORT`` in the user's language (for printouts)."""
    return translate("Interests", METHOD_SHORT)


# ------------------------------------------------------------------ the quiz

def questions(store: CareerStore) -> list[Question]:
    """The quiz in asking order (the areas take turns)."""
    return [Question(qid, text, area, basic)
            for qid, text, area, basic in store.interest_questions()]


def check_answers(store: CareerStore, answers: Mapping[str, str]) -> dict[str, str]:
    """The answers as a plain dict, or ``InvalidAnswers`` naming the first bad id or answer."""
    return _check_answers(questions(store), answers)


def _check_answers(quiz: list[Question], answers: Mapping[str, str]) -> dict[str, str]:
    if not isinstance(answers, Mapping):
        raise InvalidAnswers(translate(
            "Interests", "answers must map question ids to like, unsure or dislike"))
    known = {q.id for q in quiz}
    checked: dict[str, str] = {}
    for qid, answer in answers.items():
        if not isinstance(qid, str) or qid not in known:
            raise InvalidAnswers(translate(
                "Interests", "unknown question id {id} (ids look like R-01; "
                "'careerdesk interests questions' lists them)").format(id=repr(qid)[:24]))
        if not isinstance(answer, str) or answer not in ANSWERS:
            raise InvalidAnswers(translate(
                "Interests", "the answer to {id} must be like, unsure or dislike, not {answer}"
            ).format(id=qid, answer=repr(answer)[:24]))
        checked[qid] = answer
    return checked


def usable_answers(store: CareerStore, answers: Mapping[Any, object]) -> dict[str, str]:
    """Only the answers this quiz can use (e.g. saved ones): unknown ids and answers other
    than like, unsure and dislike are left out instead of raising ``InvalidAnswers``."""
    known = {q.id for q in questions(store)}
    return {qid: answer for qid, answer in answers.items()
            if isinstance(qid, str) and qid in known and isinstance(answer, str)
            and answer in ANSWERS}


def _scores(quiz: list[Question], answers: Mapping[str, str]) -> dict[str, float]:
    points: dict[str, list[int]] = {}
    for q in quiz:
        answer = answers.get(q.id)
        if answer is not None:
            points.setdefault(q.area, []).append(POINTS[answer])
    return {area: round(sum(p) / (2 * len(p)) * 100, 1) for area in AREAS
            if (p := points.get(area))}


def scores(store: CareerStore, answers: Mapping[str, str]) -> dict[str, float]:
    """Per area with at least one answer, 0 (all disliked) to 100 (all liked)."""
    quiz = questions(store)
    return _scores(quiz, _check_answers(quiz, answers))


def top_areas(area_scores: Mapping[str, float]) -> tuple[str, ...]:
    """The student's top areas, highest first: the best scores of 50 or more, up to three,
    where areas with equal scores are all in or all out (all the best ones, even more than
    three, when they tie); with no score of 50, the best-scoring ones if above 0."""
    groups: dict[float, list[str]] = {}
    for area in AREAS:
        if area in area_scores:
            groups.setdefault(area_scores[area], []).append(area)
    ranked = [groups[score] for score in sorted(groups, reverse=True)]
    top: list[str] = []
    for group in ranked:
        if area_scores[group[0]] < TOP_SCORE:
            break
        if top and len(top) + len(group) > TOP_AREAS:
            break
        top += group
    if not top and ranked and area_scores[ranked[0][0]] > 0:
        top = ranked[0]
    return tuple(top)


def _pearson(xs: list[float], ys: list[float]) -> float:
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    dx = [x - mx for x in xs]
    dy = [y - my for y in ys]
    sxx = sum(d * d for d in dx)
    syy = sum(d * d for d in dy)
    if sxx == 0 or syy == 0:
        return 0.0
    return sum(a * b for a, b in zip(dx, dy, strict=True)) / math.sqrt(sxx * syy)


def _check_preparation(preparation: object) -> int | None:
    if preparation is None:
        return None
    if isinstance(preparation, bool) or preparation not in PREPARATION_LEVELS:
        raise InvalidAnswers(translate(
            "Interests", "the preparation must be a job zone from 1 to 5, not {value}").format(
                value=repr(preparation)[:24]))
    assert isinstance(preparation, int)
    return preparation


def match(store: CareerStore, answers: Mapping[str, str], preparation: int | None = None,
          limit: int | None = 20) -> Result:
    """Careers whose interest profile fits the answers best (all of them when ``limit`` is
    None); with ``preparation`` N, only careers in job zones 1 to N."""
    zone_limit = _check_preparation(preparation)
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)
                              or limit < 0):
        raise InvalidAnswers(translate("Interests", "the limit must be 0 or more"))
    quiz = questions(store)
    checked = _check_answers(quiz, answers)
    area_scores = _scores(quiz, checked)
    top = top_areas(area_scores)

    def result(matches: list[Match], note: str | None = None, compared: int = 0) -> Result:
        return Result(area_scores, top, matches, note, compared, zone_limit, len(checked),
                      len(quiz))

    areas = [a for a in AREAS if a in area_scores]
    if len(areas) < MIN_AREAS:
        return result([], translate(
            "Interests", "Answer activities in at least three of the six areas to see "
            "matching careers."))
    if len({area_scores[a] for a in areas}) == 1:
        return result([], translate(
            "Interests", "Your scores are the same in every area you answered, so they cannot "
            "show which careers fit you better. Try answering with more likes and dislikes."))
    columns = [AREAS.index(a) for a in areas]
    student = [area_scores[a] for a in areas]
    figures = {row[0]: row for row in store.search_figures()}
    first = AREAS.index(top[0]) if top else AREAS.index(
        max(areas, key=lambda a: area_scores[a]))
    ranked: list[tuple[float, float, str, tuple[float, ...]]] = []
    for code, profile in store.interest_profiles().items():
        zone = figures[code][3]
        if zone_limit is not None and (zone is None or zone > zone_limit):
            continue
        fit = round((_pearson(student, [profile[i] for i in columns]) + 1) * 50, 1)
        ranked.append((fit, profile[first], code, profile))
    ranked.sort(key=lambda item: (-item[0], -item[1], item[2]))
    chosen = ranked if limit is None else ranked[:limit]
    matches = []
    for fit, _, code, profile in chosen:
        (_, title, _, zone, education, wage, top_coded, change, openings, outlook,
         *_) = figures[code]
        strong = {AREAS[i] for i, v in enumerate(profile)
                  if v >= STRONG_RATING or v == max(profile)}
        matches.append(Match(code, title, fit, tuple(a for a in top if a in strong), zone,
                             wage, "annual_median" in (top_coded or "").split(","),
                             education, outlook, change, openings))
    return result(matches, compared=len(ranked))
