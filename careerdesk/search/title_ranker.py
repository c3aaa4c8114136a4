"""The last word on a job title's order: a linear model, learnt from job titles judged by
hand, re-orders the careers the engine found for a query that reads like a job title, with
the careers closest to it in meaning.

The engine's tiers say where a title's words were found; they cannot weigh one clue against
another ("Carpentry Foreman": a name ending in "Foreman" against the title "Carpenters").
The model does: for each candidate it reads where the engine ranked it and how it matched,
how close it is in meaning (the sentence model of ``careerdesk.search.meaning``), how much
of the query its best name holds and whether that name ends in the query's last word (the
head noun), and how common the job is. The candidates' scores are a weighted sum of these
(``FEATURES``); the best first. It was fitted by ``bench/train_title_ranker.py`` (a
conditional logit: each title's judged careers made likelier among its candidates) on the
job-title sets of ``bench/eval/``; that script prints how it did on each set when the set was
left out of the fitting, and writes ``title_ranker.json``. A missing or damaged file leaves
the engine's order as it is, said once in the log.
"""

from __future__ import annotations

import json
import logging
import math
import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from careerdesk.search.executives import managers_first
from careerdesk.search.hits import KIND_MEANING, KIND_OVERSEES, Career, Hit
from careerdesk.search.layout import (
    KIND_ACTIVITY,
    KIND_ALT,
    KIND_DESCRIPTION,
    KIND_SHORT,
    KIND_TASK,
    KIND_TECH,
    KIND_TITLE,
)
from careerdesk.search.meaning import highest
from careerdesk.search.roles import ROLE_WORDS, TEACHING_WORDS, teaches
from careerdesk.search.supervisors import (
    LAST_WORD_SUPERVISING,
    RANK_WORDS,
    RANKED_WORK,
    SUPERVISING_WORDS,
    Supervisors,
)
from careerdesk.search.text import singular
from careerdesk.search.understanding import Term, head_of

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).with_name("title_ranker.json")
CANDIDATES = 20  # the engine's first careers, and the careers closest in meaning, re-ordered
NAMES = 60_000  # about as many titles and other names as the index holds (58,000)
# A title naming a supervisor ("Transit Supervisor"): the supervisors of the work the engine's
# first careers do join the candidates
OVERSEEN = 5

# What the model reads of a candidate, in the file's order.
FEATURES = (
    "engine_inverse_rank",  # 1 / (1 + rank); 0 when the engine did not find it
    "engine_log_rank",  # log(1 + rank); log(1 + CANDIDATES + 10) when not found
    "engine_first",
    "engine_score_share",  # its score / the first's
    "words_share",  # of the query's words it matched (all: 1; meaning alone: 0)
    "kind_title", "kind_other_name", "kind_work", "kind_description", "kind_technology",
    "kind_meaning", "kind_none",  # where its best match was
    "meaning_z",  # closeness in meaning, in standard deviations over all careers
    "meaning_inverse_rank",  # 1 / (1 + rank) among the closest; 0 beyond CANDIDATES
    "title_share",  # of the query's words in the career's title
    "title_precision",  # of the title's words that are the query's
    "title_head",  # the title holds the head noun
    "title_ends_in_head",
    "name_share",  # the most of the query's words one other name holds
    "name_dice",  # the closest other name: 2 * shared / (query words + its words)
    "name_head",  # an other name holds the head noun
    "name_ends_in_head",
    "name_head_dice",  # the closest other name ending in the head noun
    "names_with_head",  # log(1 + other names holding the head noun)
    "names",  # log(1 + other names)
    "popularity",  # 0-1, from employment
    "all_other",  # a catch-all ("..., All Other")
    "role_asked",  # a supervisor's or helper's career, and the query names the role
    "role_unasked",  # one the query does not ask for
    # the query's words weighed by how rare they are among all names (log(names / (1 + the
    # names holding it))): "carpentry" says more than "worker"
    "title_weighted_share",
    "name_weighted_share",  # the most one other name holds
    "names_share",  # of the query's words, those the title or any other name holds
    "names_weighted_share",
    # the query names a supervisor, and this career supervises the work of careers its other
    # words find: 1 / (1 + the rank of the first such), and the sum of 1 / (1 + rank) over
    # those among the first OVERSEEN
    "oversees_found",
    "oversees_sum",
    "teaching_unasked",  # a teacher's career, and no word of the query names teaching
)
_KINDS = {KIND_TITLE: "kind_title", KIND_ALT: "kind_other_name", KIND_SHORT: "kind_other_name",
          KIND_ACTIVITY: "kind_work", KIND_TASK: "kind_work",
          KIND_DESCRIPTION: "kind_description", KIND_TECH: "kind_technology",
          KIND_MEANING: "kind_meaning"}
_COLUMN = {name: i for i, name in enumerate(FEATURES)}


def best_first(rows: np.ndarray, scores: np.ndarray) -> list[int]:
    """The candidates (their ``rows`` of features) in the order of the model's ``scores``;
    a software name never outranks a name: technology matches keep to the end."""
    technology = rows[:, _COLUMN["kind_technology"]]
    return sorted(range(len(scores)), key=lambda i: (technology[i] > 0, -scores[i], i))


class TitleModelError(Exception):
    """The model file is missing, damaged, or for other features."""


@dataclass(frozen=True)
class TitleModel:
    """Per feature: the mean and scale it is standardised by, and its weight."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray

    def scores(self, rows: np.ndarray) -> np.ndarray:
        return ((rows - self.mean) / self.scale) @ self.weights


@dataclass(frozen=True)
class TitleModels:
    """The model for a title the engine also read by meaning (``meaning``: its
    candidates include the careers closest in meaning) and the one for the rest (``words``:
    the meaning features are 0; running the sentence model for every title would cost ~2 ms
    each)."""

    words: TitleModel
    meaning: TitleModel

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> TitleModels:
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
            if saved["features"] != list(FEATURES):
                raise TitleModelError(f"{path} was fitted for other features: run "
                                      "bench/train_title_ranker.py")
            models = []
            for name in ("words", "meaning"):
                arrays = [np.asarray(saved[name][key], dtype=np.float64)
                          for key in ("mean", "scale", "weights")]
                if any(a.shape != (len(FEATURES),) or not np.isfinite(a).all()
                       for a in arrays) or (arrays[1] <= 0).any():
                    raise TitleModelError(f"{path}: damaged figures")
                models.append(TitleModel(*arrays))
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise TitleModelError(f"{path}: {error}") from error
        return cls(*models)


@dataclass(frozen=True)
class Candidates:
    """A title's candidates (the engine's hits, best first, then careers found by meaning
    alone) and what the model reads of each, one row per candidate."""

    hits: list[Hit]
    rows: np.ndarray
    codes: list[str]  # the candidates' O*NET-SOC codes
    by_meaning: bool  # the careers closest in meaning are among them


@dataclass(frozen=True)
class _Names:
    """A career's names as the model reads them: its title's words (singular, up to
    "Except") and last word; per word of its other names, the names holding it and the names
    ending in it; and the number of distinct words of each other name."""

    title: frozenset[str]
    title_last: str
    holding: dict[str, list[int]]
    ending: dict[str, list[int]]
    sizes: list[int]


class TitleRanker:
    """Re-orders a job title's careers; ``names_of`` gives a career's title and other names as
    content words (title first). Safe to share between threads."""

    def __init__(self, careers: Callable[[], list[Career]],
                 names_of: Callable[[int], list[tuple[str, ...]]],
                 names_holding: Callable[[str], int | None] = lambda word: None,
                 path: Path = MODEL_FILE, supervisors: Supervisors | None = None,
                 work_search: Callable[[str], list[str]] | None = None) -> None:
        self._careers = careers
        self._work_search = work_search  # the codes a query finds, best first
        self._inside = threading.local()
        self._supervisors = supervisors or Supervisors()
        self._by_code: dict[str, int] | None = None
        self._names_of = names_of
        self._names_holding = names_holding  # how many names hold a word (None: unknown)
        self._path = path
        self._model: TitleModels | bool | None = None  # False: off
        self._names: dict[int, _Names] = {}
        self._lock = threading.Lock()
        self.recorder: Callable[[Sequence[Term], Candidates], None] | None = None

    def available(self) -> bool:
        """Whether the model is loaded (loading it the first time)."""
        return self._loaded() is not None or self.recorder is not None

    def switch_off(self) -> None:
        self._model = False

    def order(self, terms: Sequence[Term], ordered: list[Hit], closeness: np.ndarray | None,
              allowed: Collection[int] | None) -> list[Hit]:
        """The hits ``ordered`` (the engine's, best first) and the careers closest in
        meaning (``closeness``: every career's, in the engine's order, when the title was
        read by meaning; ``allowed``: the careers the filters allow, None for all), best
        first by the model."""
        if getattr(self._inside, "work", False):
            return ordered  # a supervisor title's work, searched alone (_overseers)
        candidates = self.candidates(terms, ordered, closeness, allowed)
        if self.recorder is not None:
            self.recorder(terms, candidates)
            return ordered
        models = self._loaded()
        if models is None or not candidates.hits:
            return ordered
        model = models.meaning if candidates.by_meaning else models.words
        scores = model.scores(candidates.rows)
        chosen = best_first(candidates.rows, scores)
        kept = {candidates.hits[i].career for i in chosen}
        ranked = [candidates.hits[i] for i in chosen] + [h for h in ordered
                                                         if h.career not in kept]
        return managers_first(terms, self._careers(), ranked, allowed)  # "VP Engineering"

    def candidates(self, terms: Sequence[Term], ordered: list[Hit],
                   closeness: np.ndarray | None, allowed: Collection[int] | None) -> Candidates:
        """The engine's first CANDIDATES hits and the CANDIDATES careers closest in meaning,
        and their rows of features."""
        careers = self._careers()
        near = [] if closeness is None else highest(closeness, allowed, CANDIDATES)
        meaning_rank = {c: rank for rank, c in enumerate(near)}
        hits = list(ordered[:CANDIDATES])
        engine_rank = {hit.career: rank for rank, hit in enumerate(hits)}
        hits += [Hit(0.0, KIND_MEANING, 0, c) for c in near if c not in engine_rank]
        oversees = self._overseers(terms)
        present = {hit.career for hit in hits}
        hits += [Hit(0.0, KIND_OVERSEES, work, boss) for boss, (rank, work, *_) in oversees.items()
                 if rank < OVERSEEN and boss not in present
                 and (allowed is None or boss in allowed)]
        if closeness is not None:
            spread = float(closeness.std()) or 1.0
            centre = float(closeness.mean())
        wanted = [t.singulars | {singular(t.text)} for t in terms]
        # a word and the next written as one ("book keeper": "Bookkeeper") held together
        joined = [singular(t.joined_next) if t.joined_next else None for t in terms]
        weights = self._weights(terms)
        marked = head_of(terms)
        last = len(wanted) - 1 if marked is None else marked  # the head noun's place
        said = {t.text for t in terms}
        first_score = hits[0].score if hits and hits[0].score > 0 else 1.0
        rows = np.zeros((len(hits), len(FEATURES)))
        for i, hit in enumerate(hits):
            row = rows[i]
            rank = engine_rank.get(hit.career)
            if rank is None:
                row[_COLUMN["engine_log_rank"]] = math.log(1 + CANDIDATES + 10)
                row[_COLUMN["kind_none"]] = 1
            else:
                row[_COLUMN["engine_inverse_rank"]] = 1 / (1 + rank)
                row[_COLUMN["engine_log_rank"]] = math.log(1 + rank)
                row[_COLUMN["engine_first"]] = rank == 0
                row[_COLUMN["engine_score_share"]] = max(0.0, hit.score / first_score)
                row[_COLUMN["words_share"]] = 0.0 if hit.kind == KIND_MEANING else (
                    1.0 if hit.words is None else hit.words / max(1, len(terms)))
                row[_COLUMN[_KINDS.get(hit.kind, "kind_description")]] = 1
            if closeness is not None:
                row[_COLUMN["meaning_z"]] = (float(closeness[hit.career]) - centre) / spread
            near_rank = meaning_rank.get(hit.career)
            if near_rank is not None:
                row[_COLUMN["meaning_inverse_rank"]] = 1 / (1 + near_rank)
            self._name_features(row, hit.career, wanted, joined, weights, last)
            career = careers[hit.career]
            row[_COLUMN["popularity"]] = career.popularity
            row[_COLUMN["all_other"]] = career.figures.title.endswith("All Other")
            if career.role:
                asked = bool(said & ROLE_WORDS[career.role])
                row[_COLUMN["role_asked" if asked else "role_unasked"]] = 1
            row[_COLUMN["teaching_unasked"]] = teaches(career.code) and not (
                said & TEACHING_WORDS)
            overseen = oversees.get(hit.career)
            if overseen is not None:
                row[_COLUMN["oversees_found"]] = 1 / (1 + overseen[0])
                row[_COLUMN["oversees_sum"]] = overseen[2]
        return Candidates(hits, rows, [careers[h.career].code for h in hits],
                          closeness is not None)

    def _overseers(self, terms: Sequence[Term]) -> dict[int, tuple[int, int, float]]:
        """When the query names a supervisor and some work ("Transit Supervisor"): per career
        supervising the work of the careers the work's words alone find ("transit": Bus
        Drivers, Transit and Intercity, ...; ``work_search``, best first), the rank of the
        first such career, that career, and the sum of 1 / (1 + rank) over those it
        supervises among the first OVERSEEN."""
        last = len(terms) - 1
        boss = [t.text in SUPERVISING_WORDS or t.text in RANK_WORDS
                or (t.text in LAST_WORD_SUPERVISING and i == last)
                for i, t in enumerate(terms)]
        ranked_only = all(t.text in RANK_WORDS for t, said in zip(terms, boss, strict=True)
                          if said)  # a rank alone: police, corrections and fire work only
        work = [t.text for t, said in zip(terms, boss, strict=True) if not said]
        if len(work) == len(terms) or not work or self._work_search is None:
            return {}
        careers = self._careers()
        if self._by_code is None:
            self._by_code = {c.code: i for i, c in enumerate(careers)}
        oversees: dict[int, tuple[int, int, float]] = {}
        self._inside.work = True  # in the engine's order, as when the model was fitted
        try:
            found = self._work_search(" ".join(work))
        finally:
            self._inside.work = False
        for rank, code in enumerate(found[:OVERSEEN]):
            worker = self._by_code.get(code)
            if worker is None or careers[worker].role == "supervisor" \
                    or (ranked_only and not code.startswith(RANKED_WORK)):
                continue
            for supervisor in self._supervisors.of(code):
                index = self._by_code.get(supervisor)
                if index is None:
                    continue
                first = oversees.get(index)
                oversees[index] = (rank, worker, 1 / (1 + rank)) if first is None else (
                    first[0], first[1], first[2] + 1 / (1 + rank))
        return oversees

    def _name_features(self, row: np.ndarray, career: int, wanted: list[frozenset[str]],
                       joined: list[str | None], weights: list[float], last: int) -> None:
        """The name features of a candidate (``last``: where the head noun is)."""
        names = self._career_names(career)
        head = wanted[last] if wanted else frozenset()
        count = len(wanted) or 1
        total = sum(weights) or 1.0
        in_title = [bool(w & names.title) for w in wanted]
        together: list[set[int]] = [set() for _ in wanted]  # names holding a joined pair
        for i, word in enumerate(joined):
            if word is not None and i + 1 < len(wanted):
                if word in names.title:
                    in_title[i] = in_title[i + 1] = True
                both = names.holding.get(word, ())
                together[i].update(both)
                together[i + 1].update(both)
        held = sum(in_title)
        row[_COLUMN["title_share"]] = held / count
        row[_COLUMN["title_weighted_share"]] = sum(
            weight for weight, inside in zip(weights, in_title, strict=True) if inside) / total
        row[_COLUMN["title_precision"]] = held / max(1, len(names.title))
        row[_COLUMN["title_head"]] = bool(head & names.title)
        row[_COLUMN["title_ends_in_head"]] = names.title_last in head
        shared: dict[int, int] = {}
        weighed: dict[int, float] = {}
        holding_head: set[int] = set()
        anywhere = 0.0
        found = 0
        for i, words in enumerate(wanted):
            holding = {n for w in words for n in names.holding.get(w, ())} | together[i]
            for n in holding:
                shared[n] = shared.get(n, 0) + 1
                weighed[n] = weighed.get(n, 0.0) + weights[i]
            if holding or in_title[i]:
                found += 1
                anywhere += weights[i]
            if i == last:
                holding_head = holding
        ending = {n for w in head for n in names.ending.get(w, ())}
        dice = {n: 2 * k / (count + names.sizes[n]) for n, k in shared.items()}
        row[_COLUMN["name_share"]] = max(shared.values(), default=0) / count
        row[_COLUMN["name_weighted_share"]] = max(weighed.values(), default=0.0) / total
        row[_COLUMN["names_share"]] = found / count
        row[_COLUMN["names_weighted_share"]] = anywhere / total
        row[_COLUMN["name_dice"]] = max(dice.values(), default=0.0)
        row[_COLUMN["name_head"]] = bool(holding_head)
        row[_COLUMN["name_ends_in_head"]] = bool(ending)
        row[_COLUMN["name_head_dice"]] = max((dice.get(n, 0.0) for n in ending), default=0.0)
        row[_COLUMN["names_with_head"]] = math.log1p(len(holding_head))
        row[_COLUMN["names"]] = math.log1p(len(names.sizes))

    def _weights(self, terms: Sequence[Term]) -> list[float]:
        """Per query word, how rare it is among the names: log(NAMES / (1 + names holding
        it)), the rarest of the words it stands for; a word no name holds weighs most."""
        weights = []
        for term in terms:
            counts = [c for c in (self._names_holding(w) for w in (term.text, *term.whole))
                      if c is not None]
            weights.append(math.log(NAMES / (1 + min(counts, default=0))))
        return weights

    def _career_names(self, career: int) -> _Names:
        """The career's title and other names, read for the model once (a title's
        candidates are mostly the same few hundred careers)."""
        names = self._names.get(career)
        if names is None:
            title, *others = self._names_of(career)
            if "except" in title:  # the words after "Except" name who is left out
                title = title[:title.index("except")] or title
            holding: dict[str, list[int]] = {}
            ending: dict[str, list[int]] = {}
            for n, words in enumerate(others):
                for w in {singular(w) for w in words}:
                    holding.setdefault(w, []).append(n)
                if words:
                    ending.setdefault(singular(words[-1]), []).append(n)
            names = _Names(frozenset(singular(w) for w in title),
                           singular(title[-1]) if title else "",
                           holding, ending,
                           [len({singular(w) for w in words}) for words in others])
            self._names[career] = names
        return names

    def _loaded(self) -> TitleModels | None:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    try:
                        self._model = TitleModels.load(self._path)
                    except TitleModelError as error:
                        log.warning("job titles keep the engine's order: %s", error)
                        self._model = False
        return self._model if isinstance(self._model, TitleModels) else None
