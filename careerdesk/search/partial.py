"""Matching some of the words: careers holding some of a query's words, anywhere in their
names, work activities, tasks or description, scored by which words and where ("matched 2 of
3 words").

Each word counts by how rare it is among careers (IDF), where it matched (FIELD_WEIGHT), and
more if it is the last word that is not a rank (the head noun of a job title: "Chief
Electrician" is an electrician); words of rank count less ("Butcher Apprentice" is a
butcher). Words found together in one title or other name count more. The scores sit below
every career that holds all the words in one place (PARTIAL_OFFSET).
"""

from __future__ import annotations

import heapq
import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from careerdesk.search.index import IndexReader
from careerdesk.search.layout import (
    CAREER_LIMIT,
    CAREER_SHIFT,
    KIND_ACTIVITY,
    KIND_ALT,
    KIND_DESCRIPTION,
    KIND_SHIFT,
    KIND_SHORT,
    KIND_TASK,
    KIND_TECH,
    KIND_TITLE,
    split_rowid,
)
from careerdesk.search.text import singular
from careerdesk.search.understanding import Term, head_of

FIELD_WEIGHT = {KIND_TITLE: 1.0, KIND_ALT: 0.9, KIND_SHORT: 0.9, KIND_ACTIVITY: 0.45,
                KIND_TASK: 0.4, KIND_DESCRIPTION: 0.3, KIND_TECH: 0.05}
HEAD_WEIGHT = 1.5
# Words of rank or seniority: they say how far along someone is, not what the job is
# ("Butcher Apprentice" is a butcher); counted at LEVEL_WEIGHT and never the head noun.
LEVEL_WORDS = frozenset(
    "apprentice apprentices trainee trainees intern junior senior chief lead head master "
    "journeyman journeyworker principal sergeant lieutenant corporal deputy".split())
LEVEL_WEIGHT = 0.4
# Of those, the ones that say only how far along someone is: a name holding the other words
# is the job ("Apprentice Weaver" is a weaver; "chief", "head" and "lead" name overseers).
SENIORITY_WORDS = frozenset(
    "apprentice apprentices trainee trainees intern interns junior senior journeyman "
    "journeyworker cadet cadets recruit recruits rookie".split())
# Words that say someone works without saying at what ("Budget Official", "Cabin Boy",
# "Slitter Hand"): never the head noun, so the word before them is, and counted at
# PERSON_WEIGHT.
PERSON_WORDS = frozenset("official officials man men boy boys girl girls woman women lady "
                         "ladies hand hands person expert experts".split())
SAME_ITEM = 1.5  # share of the words found together in one title or other name, added
PERSON_WEIGHT = 0.15
PARTIAL_OFFSET = -1000.0  # these scores sit below every full match
# For a job title, a career without the head noun anywhere is not the job: its score counts
# HEADLESS_SHARE ("Crop Duster Pilot": Commercial Pilots, not the crop workers whose other
# name is "Crop Duster Helper"; "STEM Teacher": teachers, not "Stem Dryer Maintainer"). On
# the title sets of bench/eval: job postings 2 +3 and 1 +1, Census holdout3 +5, civil -1,
# Census test -1 (of 200-452 each); 0.3 and 0.7 did about as well
HEADLESS_SHARE = 0.5
PARTIAL_CLOSER = 30  # at most this many are kept, each with its names read for the words


@dataclass(frozen=True)
class PartialMatch:
    """One career holding some of the words: its score, the place that says why (the name
    holding most of the words, else its best match), and how many words it holds."""

    score: float
    kind: int
    item: int
    match: str  # the FTS5 clause of its best match
    words: int  # query words it holds
    titled: bool  # one of them is in its official title
    named: bool  # the head noun is in its title or another of its names


class NameWords:
    """Per career, which of its names hold which (rough singular) words; name 0 is its
    title, name i its other name i - 1. Built when first asked for, then kept; safe to share
    between threads."""

    def __init__(self, names: Callable[[int], Sequence[Sequence[str]]]) -> None:
        self._names = names  # a career's names, each as its content words
        self._found: dict[int, tuple[dict[str, set[int]], list[int]]] = {}
        self._lock = threading.Lock()

    def of(self, career: int) -> tuple[dict[str, set[int]], list[int]]:
        """The career's names by word, and each name's number of words."""
        found = self._found.get(career)
        if found is None:
            names = self._names(career)
            at: dict[str, set[int]] = {}
            for i, name in enumerate(names):
                for word in name:
                    at.setdefault(singular(word), set()).add(i)
            found = (at, [len(name) for name in names])
            with self._lock:
                self._found[career] = found
        return found


def partial_matches(index: IndexReader, terms: Sequence[Term], careers: int,
                    allowed: frozenset[int], names: NameWords,
                    popularity: Callable[[int], float], title: bool = False
                    ) -> dict[int, PartialMatch]:
    """Careers (numbered 0 to ``careers`` - 1, those in ``allowed``) holding some of the
    terms, scored by which terms and where; the best PARTIAL_CLOSER are read closer for a
    name holding several terms, however many careers the search shows (the first five come
    in the same order for five asked as for the window's 200).

    One grouped query per term gives each career's best match for it (kinds are numbered
    best first).
    """
    head = head_of(terms)  # "Professor of Radiology": the word before "of"
    if head is None:  # else the last word that is not a rank or a word for a person
        heads = [i for i, t in enumerate(terms)
                 if t.text not in LEVEL_WORDS and t.text not in PERSON_WORDS]
        head = heads[-1] if heads else len(terms) - 1
    found: list[tuple[float, str, dict[int, int]]] = []
    kept: list[Term] = []
    head_best: dict[int, int] = {}
    for position, term in enumerate(terms):
        clause = term.clause(not term.whole)  # prefixes only for a word not known whole
        if clause is None:
            continue
        best = {(value >> CAREER_SHIFT) & (CAREER_LIMIT - 1): value for value in
                index.best_per_career(clause, KIND_TITLE, KIND_DESCRIPTION)}
        if not best:
            continue
        weight = (math.log((careers + 1) / (len(best) + 1)) + 0.1) \
            * _share(term.text, position == head)
        if position == head:
            head_best = best
        found.append((weight, clause, best))
        kept.append(term)
    totals = _totals(found, allowed)
    if title and head_best:  # a job title: a career without its head noun is not the job
        for career in totals:
            if career not in head_best:
                totals[career] *= HEADLESS_SHARE
    # Only the best few can be shown: look closer at them, reading each one's names for
    # the one holding most of the words.
    chosen = heapq.nlargest(PARTIAL_CLOSER, totals, key=totals.__getitem__)
    weights = [(weight, term.singulars) for (weight, _, _), term in zip(found, kept,
                                                                       strict=True)]
    matches: dict[int, PartialMatch] = {}
    for career in chosen:
        parts = [(weight * FIELD_WEIGHT[best[career] >> KIND_SHIFT], best[career], clause)
                 for weight, clause, best in found if career in best]
        name_bonus, name_at = _name_holding_most(names.of(career), weights)
        total = totals[career] + SAME_ITEM * name_bonus
        top = max(parts)
        kind, _, item = split_rowid(top[1])
        if name_at >= 0:  # say why with the name that holds most of the words
            kind, item = (KIND_TITLE, 0) if name_at == 0 else (KIND_ALT, name_at - 1)
        score = PARTIAL_OFFSET + 10 * total + popularity(career)
        titled = any(value >> KIND_SHIFT == KIND_TITLE for _, value, _ in parts)
        named = career in head_best and head_best[career] >> KIND_SHIFT <= KIND_SHORT
        matches[career] = PartialMatch(round(score, 3), kind, item, top[2], len(parts),
                                       titled, named)
    return matches


def _totals(found: list[tuple[float, str, dict[int, int]]], allowed: frozenset[int]
            ) -> dict[int, float]:
    """Per allowed career, the weights of the terms it holds, each times the field where
    it is (FIELD_WEIGHT)."""
    totals: dict[int, float] = {}
    for weight, _, best in found:
        weighed = {kind: weight * field for kind, field in FIELD_WEIGHT.items()}
        if not totals:  # the first term's (0.0 + a weight is the weight)
            totals = {career: weighed[value >> KIND_SHIFT] for career, value in best.items()
                      if career in allowed}
            continue
        for career, value in best.items():
            if career in allowed:
                totals[career] = totals.get(career, 0.0) + weighed[value >> KIND_SHIFT]
    return totals


def _share(word: str, head: bool) -> float:
    """How much a query word counts beside its rarity: the head noun most, a rank or a word
    for a person little."""
    if head:
        return HEAD_WEIGHT
    if word in LEVEL_WORDS:
        return LEVEL_WEIGHT
    return PERSON_WEIGHT if word in PERSON_WORDS else 1.0


def _name_holding_most(by_word: tuple[dict[str, set[int]], list[int]],
                       weights: list[tuple[float, frozenset[str]]]) -> tuple[float, int]:
    """(bonus, name) for the name holding the most weight of two or more terms, closest to
    the name's whole; (0.0, -1) if no name holds two."""
    words_at, sizes = by_word
    held: dict[int, int] = {}  # name -> count of words held
    weights_held: dict[int, float] = {}  # name -> their weight
    for weight, forms in weights:
        for name in {n for form in forms for n in words_at.get(form, ())}:
            if name in held:
                held[name] += 1
                weights_held[name] += weight
            else:
                held[name] = 1
                weights_held[name] = weight
    name_bonus, name_at = 0.0, -1
    for name, count in held.items():
        if count < 2:
            continue
        weight = weights_held[name]
        fit = count / max(count, sizes[name])
        reach = weight * (0.6 + 0.4 * fit) * (1.0 if name == 0 else 0.9)
        if reach > name_bonus:
            name_bonus, name_at = reach, name
    return name_bonus, name_at
