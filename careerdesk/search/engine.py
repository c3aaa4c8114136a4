"""Career search: one query box over titles, other names, work activities, tasks,
descriptions and technology.

How a query is answered:

1. ``careerdesk.search.understanding`` reads the query: wishes that are filters or an order
   ("no college", "well paid"), concepts ("animals") and the words left, each checked
   against the index and corrected if it is a typo. Each recognition is a chip the student
   can remove (``ignore``).
2. ``search_text`` (Porter stemmer: "cleaning" finds "clean") is queried in stages, best
   first: titles and other names, then work activities, tasks and descriptions, then
   technology; whole words before prefixes (``careerdesk.search.stages``). Each stage
   groups its matches by career in SQL, and the stages stop once ``limit`` careers are
   sure.
3. Each career gets one score: the tier (exact title, title prefix, words of the title,
   exact other name, other-name prefix, words of another name, other name through the
   stemmer, activity, task, description, technology), whole-word matches above prefix-only
   ones (technology excepted: a software name never outranks a name, activity or task),
   then, within a tier, closeness of the match, how many items matched and how many people
   hold the job (``careerdesk.search.scoring``; a name's tier: ``names_tier``). A
   supervisor's or helper's title ranks below the work it names (``roles``).
4. When fewer than FALLBACK_BELOW careers hold every word in one place, careers holding
   some of the words follow (``careerdesk.search.partial``: each word's rarity, where it
   matched, the head noun), each saying "matched 1 of 2 words". For a student's phrase,
   a career holding one word in its title and the rest in its work ranks with the full
   matches, and a stray other name no task bears out ranks with descriptions.
5. The careers chosen become the results, each saying why it matched
   (``careerdesk.search.explain``); filters and sort orders: ``filtering``. A wish that
   orders ("well paid") reorders the best matches (``careerdesk.search.wish_pool``); a query
   with no words, or a wish alone, lists careers without searching
   (``careerdesk.search.browsing``).

The careers' figures, names and texts come from ``careerdesk.store``; the index from
``careerdesk.search.index``.
"""

from __future__ import annotations

import atexit
import gc
import heapq
import logging
import math
import re
import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from careerdesk.i18n import translate
from careerdesk.outlook import CATEGORIES
from careerdesk.search.bm25 import OTHER_NAMES, TITLE, WordRanker
from careerdesk.search.browsing import Browsing
from careerdesk.search.career_meanings import CareerMeanings
from careerdesk.search.denials import ruled_out
from careerdesk.search.exact_names import ExactNames, name_key
from careerdesk.search.explain import as_results, concept_label, summary
from careerdesk.search.filtering import passes, sort_key
from careerdesk.search.hits import KIND_MEANING, Best, Career, Hit, Names, best_hit
from careerdesk.search.index import IndexReader
from careerdesk.search.layout import (
    INDEX_META_KEY,
    INDEX_VERSION,
    KIND_ACTIVITY,
    KIND_ALT,
    KIND_DESCRIPTION,
    KIND_SHORT,
    KIND_TASK,
    KIND_TECH,
    KIND_TITLE,
)
from careerdesk.search.meaning import NEAREST, fused, highest, reciprocal_ranks
from careerdesk.search.named import NamedJobs
from careerdesk.search.names_tier import only_excepted, stem_only, strangers, stray, titles
from careerdesk.search.partial import (
    LEVEL_WORDS,
    PARTIAL_OFFSET,
    SENIORITY_WORDS,
    NameWords,
    partial_matches,
)
from careerdesk.search.phrases import names_mostly
from careerdesk.search.places import common_first, is_common, most_common, why_common
from careerdesk.search.programs import chip_key, chip_text, read_program
from careerdesk.search.reading import Chip
from careerdesk.search.reads import STANDING_READS, STANDING_STAGES, Reads
from careerdesk.search.records import (
    ENTRY_EDUCATION,
    EXPOSURE_LEVELS,
    NO_FILTERS,
    FilterOptions,
    Filters,
    SearchResult,
    Sort,
)
from careerdesk.search.roles import ROLE_FUSED_SHARE, ROLE_WORDS, role_of, unasked_roles_after
from careerdesk.search.scoring import (
    EXACT_TITLE,
    FAR_WORK,
    INCIDENTAL,
    MAX_BONUS,
    STRONG,
    SURE,
    TITLED,
    WHOLE_WORD,
    items,
    spread_over_work,
)
from careerdesk.search.stages import (
    CODE,
    code_matches,
    keep_best,
    stage_bonus,
    stage_plan,
    stage_rows,
)
from careerdesk.search.stranger_work import StrangerWork
from careerdesk.search.text import (
    STOPWORDS,
    content_words,
    has_false_friends,
    singular,
    word_set,
)
from careerdesk.search.text import words as folded_words
from careerdesk.search.title_ranker import CANDIDATES, OVERSEEN, TitleRanker
from careerdesk.search.understanding import (
    MAX_QUERY_CHARS,
    QueryReader,
    Term,
    Understanding,
    head_of,
    is_class_level,
    match_expression,
)
from careerdesk.search.wish_pool import WISH_POOL, is_well_paid, wish_pool
from careerdesk.search.workplace import unknown_workplace
from careerdesk.store import DatabaseError, reports_damage

if TYPE_CHECKING:
    from careerdesk.model import Program
    from careerdesk.store import CareerStore

FALLBACK_BELOW = 10  # look further when fewer careers than this match every word
PAIRED_DEPTH = 20  # careers holding interests joined by "and" reordered by meaning
RESIDUAL = 0.5  # popularity share of an "All Other" occupation
# A query finding one career by its whole name and little else is followed by careers like
# it (``_with_similar``), up to SIMILAR_SHOWN results, when fewer than SIMILAR_BELOW were found
SIMILAR_BELOW = 5
TITLE_NAMED = WHOLE_WORD + 10 * EXACT_TITLE  # the official title is the query ("lawyer")
SIMILAR_SHOWN = 10
# no college leaves out a career fewer than this percent of whose surveyed workers stopped at
# high school (9 careers: Supply Chain Managers, Intelligence Analysts, Spa Managers, ...)
RARELY_SCHOOLED = 10.0
# the closest careers to an interest that must hold none starting with high school at most
# before a wish for no college is widened to a certificate or some college
NEAR_SCHOOLING = 10
CORE_CAREERS = 3  # ... or of which one of the first this many starts with a certificate
JOB_TITLED = 10  # of a job left out by a wish, this many of its titled careers are read
# BLS work experience in a related occupation that a wish for money soon leaves out
EXPERIENCE_NEEDED = ("5 years or more", "Less than 5 years")
PLACE_POOL = 60  # the matches of a query naming a state read for those common there
# A job title no name holds every word of (no hit scores SURE) is ranked by reciprocal rank
# fusion of the engine's order and bm25's (careerdesk.search.bm25): 1 / (FUSION_K + rank)
# from each, over the first FUSION_DEPTH of each.
FUSION_K = 10
FUSION_DEPTH = 50
# A job title no name holds all the words of (no hit scores SURE; its last word mostly names
# jobs) is also read by meaning ("Vineyard Manager", "Frontend Engineer"): the engine's order
# (its first FUSION_DEPTH) and the FUSION_DEPTH careers closest in meaning are merged by
# reciprocal rank fusion, 1 / (TITLE_MEANING_K + rank), the meaning's counting
# TITLE_MEANING_SHARE. Top-1 rose on eight of the nine title sets of bench/eval (job postings
# 57.0 -> 61.5 %, the others 0.3-1.1 points; one title fewer on the unreviewed Census test
# split), phrases unchanged; k 3-8, shares 0.15-1.0 and gates from SURE to TITLED + 20 were
# tried. It costs the model's ~2 ms, for such queries only; their partial matches are read
# FUSION_DEPTH deep whatever the limit, so that the order does not depend on it.
TITLE_MEANING_K = 6
TITLE_MEANING_SHARE = 0.25
# A query reads like a job title when its last word, as written, is mostly a word of names:
# at least this share of the indexed items holding it are titles or other names
# ("official", "girl", "administrator"; not "cakes", "flowers", "languages").
NAME_WORD_SHARE = 0.4

# Words no career holds but the sentence model reads as words ("graffiti") find the careers
# closest in meaning, this many at most, rather than none.
MEANING_ALONE = 10

NAME_KINDS = (KIND_TITLE, KIND_ALT, KIND_SHORT)
log = logging.getLogger(__name__)

# A word held by this many rows of the index or more is common: each career's best match of
# it is read at preload and kept (about 350 terms, 90 ms, 4 MB), for partial matches
COMMON_ROWS = 300

PRELOAD_THREAD = "careerdesk-search-preload"
EXIT_WAIT_SECONDS = 30.0  # a preload on a loaded machine took more than 10 s (CI, stop 61)


def _wait_for_preloads_at_exit() -> None:
    """Let a background preload end before the interpreter does: Python stops a daemon
    thread at exit when it next takes the GIL, and a thread stopped as it comes back from
    onnxruntime (loading the sentence model) aborts the process ("terminate called without
    an active exception", exit status 134): most runs of one UI test file alone did, and so
    does a script that ends 1.0-1.6 s after it starts a preload."""
    for thread in threading.enumerate():
        if thread.name == PRELOAD_THREAD and thread is not threading.current_thread():
            thread.join(EXIT_WAIT_SECONDS)


atexit.register(_wait_for_preloads_at_exit)


class SearchEngine:
    """Searches the careers of a ``CareerStore``; safe to share between threads.

    The first call loads the careers' key figures (a few milliseconds); the first query
    with words also loads every other name of every career (about 50 ms), so that matches
    can be told apart without further reads. ``load_seconds`` reports both.
    """

    @reports_damage
    def __init__(self, store: CareerStore) -> None:
        self._store = store
        self._index = IndexReader(store.connection)
        if not self._index.present() or store.meta.get(INDEX_META_KEY) != INDEX_VERSION:
            raise DatabaseError(
                f"The careers database at {store.path} has no search index of version "
                f"{INDEX_VERSION}; rebuild it with `careerdesk build-db`.")
        self._reader = QueryReader(self._index, cities=self._store.cities)
        self._lock = threading.Lock()
        self._careers: list[Career] | None = None
        self._alt_titles: Names | None = None
        self._tech: dict[int, list[str]] = {}
        self._first_names: dict[int, dict[str, int]] = {}
        self._exact_names = ExactNames(self._loaded_careers, self._loaded_alt_titles)
        self._named_jobs = NamedJobs(self._exact_names.named)
        self._titles_codes: list[tuple[str, str]] | None = None
        self._popularity: tuple[list[float], list[float]] | None = None
        self._sorted_wages: list[int] | None = None  # median annual wages, lowest first
        # the last query read with a wish for no degree, and whether it was widened
        self._no_degree_read: tuple[tuple[str, frozenset[str], bool], bool] | None = None
        self._heads: frozenset[str] | None = None
        self._passing: dict[Filters, tuple[list[int], frozenset[int]]] = {}
        self._programs: list[Program] | None = None
        self._standing: Reads | None = None  # see preload
        self._browsing = Browsing()
        self._concentrations: dict[str, dict[str, tuple[int, float]]] = {}
        self._stranger_work = StrangerWork(store)
        self._name_words = NameWords(self._names_of)
        self._ranker = WordRanker(store)
        self.title_ranker = TitleRanker(
            self._loaded_careers, self._names_of, self._names_holding,
            work_search=lambda work: [r.code for r in self.search(work, limit=OVERSEEN)])
        self._preloading: threading.Thread | None = None
        self.meanings = CareerMeanings(lambda: self._store.meta.get("content_sha256"),
                                       lambda: [c.code for c in self._loaded_careers()],
                                       lambda: self._reader.concepts)
        self.load_seconds: dict[str, float] = {}

    # ------------------------------------------------------------- public

    @reports_damage
    def search(self, query: str, filters: Filters = NO_FILTERS, sort: Sort = Sort.RELEVANCE,
               limit: int | None = 50, ignore: frozenset[str] = frozenset()
               ) -> list[SearchResult]:
        """Careers matching ``query``, best first; an empty query browses every career.

        Wishes in the query ("no college", "well paid") narrow or order the results as
        ``understand`` reports; ``ignore`` holds the keys of the chips the student removed.
        """
        if limit is not None and limit <= 0:
            return []
        understood = self.understand(query, ignore) if query.strip() else None
        if understood is not None and not understood.chips \
                and (place := self.unknown_workplace(query)) is not None \
                and not any(self._reader.is_english(w) for w in place.split()):
            return []  # "my uncle works at kirkwood": a name, not careers its other words
            # match ("Work Dispatcher") or resemble; the panel asks for the work itself
            # ("i work at the diner" is an English word: searched)
        return self._search_as(understood, query, filters, sort, limit)

    def unknown_workplace(self, query: str) -> str | None:
        """The place of work the query names after "works at" that no career's text holds
        ("my dad works at zorbax": "zorbax"), or None (``workplace.unknown_workplace``)."""
        return unknown_workplace(query, self._reader.word_counts)

    @reports_damage
    def left_out_for_no_figure(self, query: str, filters: Filters = NO_FILTERS,
                               ignore: frozenset[str] = frozenset(), among: int = 5
                               ) -> tuple[SearchResult, ...]:
        """The careers among the ``among`` best matches for the query's words that its wishes
        ("no college", "growing") leave out only because BLS gives no figure to test: the
        military has no entry-education or outlook figure, so "enlist after graduation" with
        "no college" shows none of it. Empty when the query has no such wish."""
        understood = self.understand(query, ignore) if query.strip() else None
        if understood is None or not understood.terms or (
                understood.max_entry_education is None and understood.outlooks is None):
            return ()
        unwished = replace(understood, max_entry_education=None, outlooks=None, sort=None)
        best = self._search_as(unwished, query, filters, Sort.RELEVANCE, among)
        return tuple(r for r in best if (understood.max_entry_education is not None
                                         and r.entry_education is None)
                     or (understood.outlooks is not None and r.outlook is None))

    @reports_damage
    def nearest_schooling(self, query: str, filters: Filters = NO_FILTERS,
                          ignore: frozenset[str] = frozenset(), among: int = NEAR_SCHOOLING
                          ) -> tuple[SearchResult, ...]:
        """For a query wishing for no college ("computer jobs without a degree") when none of
        the ``among`` best matches of its words starts with high school at most: those of
        them that start with a certificate or some college, the least schooling BLS says the
        interest's own careers need; else empty. ``understand`` then widens the wish to
        them (``Understanding.widened``)."""
        understood = self._reader_understanding(query, ignore) if query.strip() else None
        if understood is None:
            return ()
        return self._nearest_schooling(understood, query, filters, among)

    def _nearest_schooling(self, understood: Understanding, query: str, filters: Filters,
                           among: int) -> tuple[SearchResult, ...]:
        best = self._closest_unwished(understood, query, filters, among)
        if any(r.entry_education in ENTRY_EDUCATION[:2] for r in best):
            return ()
        return tuple(r for r in best if r.entry_education in ENTRY_EDUCATION[2:4])

    def _closest_unwished(self, understood: Understanding, query: str, filters: Filters,
                          among: int) -> list[SearchResult]:
        """The ``among`` closest careers to a query's interests as if its wish for no
        college were not said; none when the query has no such wish beside an interest."""
        if not understood.terms or understood.max_entry_education != ENTRY_EDUCATION[1]:
            return []
        unwished = replace(understood, max_entry_education=None, outlooks=None, sort=None)
        return self._search_as(unwished, query, filters, Sort.RELEVANCE, among)

    def _search_as(self, understood: Understanding | None, query: str, filters: Filters,
                   sort: Sort, limit: int | None) -> list[SearchResult]:
        """``search`` with the query already read."""
        if understood is not None and understood.said_nothing:
            return []  # "idk": the search panel offers the interest quiz instead
        if understood is not None and understood.place is not None:
            return self._in_place(understood, query, filters, sort, limit)
        careers = self._loaded_careers()
        allowed_set = self._allowed_for(careers, filters, understood)
        if understood is None or (not understood.terms and understood.chips
                                  and not CODE.match(query[:MAX_QUERY_CHARS])):
            if understood is not None and sort is Sort.RELEVANCE:
                sort = understood.wishes_order or sort  # "no college": fastest growing first
                if understood.well_paid_near_home:  # (ordered by openings: wishes_order)
                    top = self._top_pay()
                    allowed_set = frozenset(i for i in allowed_set
                                            if is_well_paid(careers[i], top))
            first = understood.listed_first if understood is not None else None
            if first is not None:  # "trade school", "2 year degrees that pay well"
                return self._browsing.starting_with(careers, allowed_set, limit, first, sort)
            return self._browsing.every(careers, allowed_set, sort, limit)
        results = self._search_words(careers, understood, query, allowed_set, sort, limit)
        said = query[:MAX_QUERY_CHARS]
        if not results and sort is Sort.RELEVANCE and _says_something(said) \
                and self.meanings.reads(said):
            return self._by_meaning_alone(careers, said, allowed_set, limit)
        if sort is Sort.RELEVANCE:
            liked = self._like_the_job_left_out(careers, understood, query, filters, results,
                                                allowed_set, limit)
            results = liked if liked is not None \
                else self._with_similar(careers, results, allowed_set, limit)
            if understood.sort is None:
                results = self._exact_name_first(careers, query, results, allowed_set, limit)
        return results

    def _in_place(self, understood: Understanding, query: str, filters: Filters, sort: Sort,
                  limit: int | None) -> list[SearchResult]:
        """A query naming a state ("jobs where i can live in alaska"): its interests' careers
        with those common in the state first; or, with no interest, only the careers common
        there, the most concentrated there first unless a wish or the student's sort orders
        them ("good paying jobs in texas"; "growing fast jobs in maine": the fastest growing
        first, as growth said alone lists them)."""
        place = understood.place
        assert place is not None
        concentration = self._concentration(place)
        unplaced = replace(understood, place=None)
        if unplaced.terms:
            found = self._search_as(unplaced, query, filters, sort,
                                    None if limit is None else max(limit, PLACE_POOL))
            return [found[i] for i in common_first([r.code for r in found], concentration,
                                                   [r.score for r in found])
                    ][:limit]
        every = self._search_as(unplaced, query, filters, sort, None)
        codes = [r.code for r in every]
        if sort is Sort.RELEVANCE and understood.wishes_order is None:
            return [every[i].saying(why_common(place, concentration[codes[i][:7]]),
                                    every[i].score)
                    for i in most_common(codes, [r.title for r in every], concentration)[:limit]]
        return [every[i].saying(why_common(place, concentration[codes[i][:7]]), every[i].score)
                for i in range(len(every)) if is_common(concentration.get(codes[i][:7]))][:limit]

    def _concentration(self, state: str) -> dict[str, tuple[int, float]]:
        """Each SOC code's jobs in a state and how concentrated there (kept per state)."""
        found = self._concentrations.get(state)
        if found is None:
            found = self._concentrations[state] = self._store.state_concentration(state)
        return found

    def _by_meaning_alone(self, careers: list[Career], query: str,
                          allowed_set: frozenset[int], limit: int | None
                          ) -> list[SearchResult]:
        """For words no career holds but the sentence model reads ("graffiti", "i like
        jellyfish"), the MEANING_ALONE careers closest in meaning, each saying so, rather
        than none."""
        count = MEANING_ALONE if limit is None else min(limit, MEANING_ALONE)
        near = self.meanings.nearest(query, _unless_all(allowed_set, careers), count)
        hits = [Hit(0.0, KIND_MEANING, 0, career) for career in near]
        return as_results(self._store, careers, self._loaded_alt_titles(),
                          Reads(self._index, self._standing), hits, [], self._tech_names)

    def _exact_name_first(self, careers: list[Career], query: str,
                          results: list[SearchResult], allowed_set: frozenset[int],
                          limit: int | None) -> list[SearchResult]:
        """The careers whose title or other name the query is, word for word, first, each
        showing that name (``careerdesk.search.exact_names``), the rest after in their
        order; unless the first career's official title holds every word of it ("Secretaries
        and Administrative Assistants, Except ..." for "administrative assistant", which
        O*NET also calls executive secretaries)."""
        owners = [named for named in self._exact_names.owners(query)
                  if named[0] in allowed_set]
        codes = {careers[career].code for career, _, _ in owners}
        if not owners or (results and (results[0].code in codes or set(
                name_key(query).split()) <= set(name_key(results[0].title).split()))):
            return results
        place = {r.code: i for i, r in enumerate(results)}
        owners.sort(key=lambda named: (place.get(careers[named[0]].code, len(place)),
                                       -careers[named[0]].popularity))
        top = results[0].score if results else 0.0
        hits = [Hit(top + 1.0, kind, item, career) for career, kind, item in owners]
        first = as_results(self._store, careers, self._loaded_alt_titles(),
                           Reads(self._index, self._standing), hits, [], self._tech_names)
        return (first + [r for r in results if r.code not in codes])[:limit]

    def _search_words(self, careers: list[Career], understood: Understanding, query: str,
                      allowed_set: frozenset[int], sort: Sort, limit: int | None
                      ) -> list[SearchResult]:
        """The careers the query's words (and, for a phrase, their meaning) find."""
        alt_titles = self._loaded_alt_titles()
        terms = list(understood.terms)
        wished = understood.sort if sort is Sort.RELEVANCE else None
        reads = Reads(self._index, self._standing)
        said = len(terms)
        if not understood.phrase:
            terms = self._without_seniority(terms, reads)

        read_as: dict[int, str] = {}  # careers a pay wish adds beside the interest

        def results_of(hits: list[Hit]) -> list[SearchResult]:
            return as_results(self._store, careers, alt_titles, reads, hits, terms,
                              self._tech_names, said, read_as)

        # (at least FALLBACK_BELOW: whether few match, and so partial matches join, does
        # not depend on how many careers are shown)
        found = self._match(careers, alt_titles, reads, query, terms, allowed_set,
                            Sort.RELEVANCE if wished else sort,
                            WISH_POOL if wished else _at_least(limit, FALLBACK_BELOW),
                            understood.phrase)
        self._drop_strangers(careers, found, terms, understood.phrase)
        unasked_roles_after(found, careers, terms)
        self._named_jobs.first(found, terms)  # "data scientist": Data Scientists first
        if found and all(best[1] == KIND_TECH for best in found.values()) \
                and any(t.text not in t.whole and t.text not in t.prefixes and not t.concept
                        for t in terms):
            found = {}  # only a software name resembles a misspelt word ("Mayor": Mayer-...)
        fused, by_meaning, reordered = self._title_reading(understood, terms, found,
                                                           wished is None
                                                           and sort is Sort.RELEVANCE)
        partial = _wants_partial(found, terms, understood.phrase)
        meanings = self._meanings_for(understood, terms, found) \
            if wished is None and sort is Sort.RELEVANCE else None
        # a title's partial matches are read this deep whatever the limit, so that its
        # order does not depend on it
        depth = limit if limit is None else max(
            limit, FUSION_DEPTH if by_meaning else CANDIDATES if reordered else 0)

        def shown_of(ordered: list[Hit]) -> list[SearchResult]:
            return results_of(self._title_order(careers, ordered, terms, allowed_set,
                                                by_meaning, reordered)[:limit])

        # (a wish's order, "animals and science jobs that pay well", stays as asked)
        paired = wished is None and sort is Sort.RELEVANCE and _joined_interests(query, terms)
        deeper = _paired_depth(depth, paired)
        if not (fused or partial or wished is not None or meanings):  # the careers shown only
            shown = self._between_interests(self._ranked(
                careers, ((best[0], c) for c, best in found.items()), sort, deeper), terms,
                None, paired)
            return shown_of([best_hit(c, found[c]) for c in shown[:depth]])
        hits = {career: best_hit(career, best) for career, best in found.items()}
        if partial:
            self._add_partial(hits, careers, terms, allowed_set, understood.phrase)
        if meanings:  # a student's phrase: careers close in meaning join the word matches
            return results_of(self._with_meaning(careers, hits, terms, allowed_set, limit))
        if fused:  # a job title no name holds: the engine's guess and bm25's, merged
            return shown_of(self._fused(careers, alt_titles, hits, terms, allowed_set, depth))
        if wished is not None:  # "well paid ...": the best matches, highest pay first
            beside = {career: best_hit(career, best) for career, best in self._match(
                careers, alt_titles, reads, "", list(understood.paid), allowed_set,
                Sort.RELEVANCE, None, True).items()
                if best[1] in NAME_KINDS} if understood.paid else {}
            label = ", ".join(t.concept.removeprefix("paid:") for t in understood.paid
                              if t.concept)
            read_as.update((career, label) for career in beside)
            hits = wish_pool(careers, hits, self._top_pay() if wished is Sort.PAY else None,
                              self._near_concepts(terms),
                              lambda hit: _named_in_full(alt_titles, hit, terms), beside)
            sort = wished
        shown = self._between_interests(self._ranked(
            careers, ((h.score, c) for c, h in hits.items()), sort, deeper), terms, hits,
            paired)
        return shown_of([hits[c] for c in shown[:depth]])

    def _title_reading(self, understood: Understanding, terms: list[Term],
                       found: dict[int, Best], by_relevance: bool) -> tuple[bool, bool, bool]:
        """How a query read as a job title is ordered (none of it for a phrase, a wish or
        another order than relevance): whether bm25 is fused in and the title read by meaning
        too (no name holds all its words: no hit scores SURE; partial matches never do, so
        this is known before them; TITLE_MEANING_K), and whether the model of
        ``careerdesk.search.title_ranker`` has the last word (any title)."""
        if not by_relevance or understood.phrase or not self._reads_like_a_title(terms):
            return False, False, False
        unsure = not any(best[0] >= SURE for best in found.values())
        words = not all(t.concept for t in terms)
        return (unsure, unsure and words and self.meanings.available(),
                words and len(terms) > 1 and self.title_ranker.available())

    def _title_order(self, careers: list[Career], ordered: list[Hit], terms: list[Term],
                     allowed_set: frozenset[int], by_meaning: bool, reordered: bool
                     ) -> list[Hit]:
        """A job title's hits (best first) merged with the careers closest in meaning
        (``by_meaning``), then ordered by the title model (``reordered``)."""
        if not (by_meaning or reordered):
            return ordered
        allowed = _unless_all(allowed_set, careers)
        closeness = self.meanings.closeness(_meaning_text(terms)) if by_meaning else None
        if closeness is not None:
            ordered = self._title_meaning(ordered, highest(closeness, allowed, FUSION_DEPTH))
        if reordered:
            ordered = self.title_ranker.order(terms, ordered, closeness, allowed)
        return ordered

    @staticmethod
    def _title_meaning(ordered: list[Hit], near: list[int]) -> list[Hit]:
        """A job title's hits (best first), merged with the careers closest to it in meaning
        (``near``, closest first; see TITLE_MEANING_K). A career found by meaning alone says
        so."""
        if not near:
            return ordered
        by_career = {hit.career: hit for hit in ordered}
        order = fused([hit.career for hit in ordered], near, TITLE_MEANING_K,
                      TITLE_MEANING_SHARE)
        return [by_career.get(c) or Hit(0.0, KIND_MEANING, 0, c) for c in order]

    def _with_similar(self, careers: list[Career], results: list[SearchResult],
                      allowed_set: frozenset[int], limit: int | None) -> list[SearchResult]:
        """Careers like the first one, after it, when the query found it by its whole name and
        little else ("zookeeper": Animal Caretakers, then Zoologists, Animal Trainers...): when
        fewer than SIMILAR_BELOW careers were found, or the others hold only some of the words
        ("nba player": Athletes, not Musicians for "player") or hold them only in their work
        ("lawyer": Judges and Paralegals, before the financial analysts whose tasks mention
        lawyers). Not when search by meaning is off."""
        if not results or (limit is not None and limit <= 1):
            return results
        few = len(results) < SIMILAR_BELOW
        first = results[0].score
        named_alone = first >= SURE and results[0].words_matched is None and len(results) > 1 \
            and all(r.words_matched is not None or r.score <= 0.0  # (found by meaning)
                    or (first >= TITLE_NAMED and r.score < STRONG) for r in results[1:])
        if not (few or named_alone):
            return results
        if not named_alone and first < STRONG and len(allowed_set) < len(careers):
            return results  # under a wish or a filter, a weak first match is no model:
            # "video games without a degree" found game testers among the inspectors by an
            # other name, and careers like inspectors (aviation, construction) are no answer
        wanted = SIMILAR_SHOWN - (len(results) if few else 1)
        similar = self._like(careers, results[0], _unless_all(allowed_set, careers),
                             [r.code for r in results], wanted)
        if not similar:
            return results
        merged = [*results, *similar] if few else [results[0], *similar, *results[1:]]
        return merged if limit is None else merged[:limit]

    def _like_the_job_left_out(self, careers: list[Career], understood: Understanding,
                               query: str, filters: Filters, results: list[SearchResult],
                               allowed_set: frozenset[int], limit: int | None
                               ) -> list[SearchResult] | None:
        """A job said by its title with a wish for no college that leaves it out ("vet
        without college", "doctor but no college"): the careers most like that job that the
        wish keeps come after those whose title holds the words, before careers that only
        mention the job in their tasks (farmworkers who "contact veterinarians") or hold it
        in an odd other name ("Tree Doctor"). The model is the first of the job's titled
        careers, or one that BLS says starts with a certificate, a step from no college, if
        the wish left one out ("nurse but no college": practical nurses, whose like are care
        aides, not Nurse Practitioners, whose like are therapy aides; "vet": Veterinarians,
        not the technicians of an associate's degree). None when the query is not such a
        job."""
        if any(t.interest for t in understood.terms):
            return None  # an interest's careers are its own answer
        named = [r for r in self._closest_unwished(understood, query, filters, JOB_TITLED)
                 if r.score >= TITLED]
        if not named:
            return None
        index = {career.code: i for i, career in enumerate(careers)}
        if index.get(named[0].code) in allowed_set:
            return None
        model = next((r for r in named if r.entry_education == ENTRY_EDUCATION[3]
                      and index.get(r.code) not in allowed_set), named[0])
        titled = [r for r in results if r.score >= TITLED]
        similar = self._like(careers, model, allowed_set, [r.code for r in titled],
                             SIMILAR_SHOWN)
        if not similar:
            return None
        shown = {r.code for r in titled} | {r.code for r in similar}
        merged = [*titled, *similar, *(r for r in results if r.code not in shown)]
        return merged if limit is None else merged[:limit]

    def _like(self, careers: list[Career], model: SearchResult,
              allowed: frozenset[int] | None, shown: list[str], count: int
              ) -> list[SearchResult]:
        """The ``count`` careers among ``allowed`` (None: all) most like ``model`` in meaning,
        leaving out the careers ``shown`` (by code), each saying "like <its title>"."""
        why = translate("Search", "like {title}").format(title=model.title)
        return [summary(careers[c], why, 0.0)
                for c in self.meanings.like(model.code, allowed, shown, count)]

    def _allowed_for(self, careers: list[Career], filters: Filters,
                     understood: Understanding | None) -> frozenset[int]:
        """The careers the filters allow, narrowed by the query's wishes ("no college") and
        the program of study it names."""
        if understood is not None:
            education = filters.max_entry_education or understood.max_entry_education
            outlooks = filters.outlooks or understood.outlooks
            if (education, outlooks) != (filters.max_entry_education, filters.outlooks):
                filters = replace(filters, max_entry_education=education, outlooks=outlooks)
        allowed_set = self._allowed(careers, filters)[1]
        if understood is not None and understood.terms and all(
                t.concept for t in understood.terms):
            # interests said alone: not the careers all of them leave out, those their words
            # name in another sense ("Cabinetmaker", an other name of assemblers, for
            # woodworking; "computers and math" keeps the systems analysts math leaves out)
            left_out = frozenset.intersection(*(frozenset(t.not_careers)
                                                for t in understood.terms))
            if left_out:
                allowed_set = frozenset(i for i in allowed_set
                                        if careers[i].code not in left_out)
        if understood is not None and understood.program_careers is not None:
            allowed_set = frozenset(i for i in allowed_set
                                    if careers[i].code in understood.program_careers)
        if understood is not None and understood.max_entry_education == ENTRY_EDUCATION[1]:
            # no college: not a career BLS puts at high school only through the occupation
            # it belongs to, whose own workers O*NET finds almost never stopped there
            # (Supply Chain Managers: none of them; BLS's figure is 11-3071's)
            allowed_set = frozenset(i for i in allowed_set if not _rarely_without_college(
                careers[i]))
        if understood is not None and understood.decent_pay:  # "good job close to home"
            floor = self._lowest_quarter_pay()
            allowed_set = frozenset(i for i in allowed_set
                                    if is_well_paid(careers[i], floor))
        if understood is not None and understood.no_experience:  # "make money fast"
            allowed_set = frozenset(i for i in allowed_set
                                    if careers[i].experience not in EXPERIENCE_NEEDED)
        if understood is not None and understood.denied:
            # the jobs named in words of their own ("nurse"), not an interest's careers
            asked = frozenset(w for t in understood.terms if t.concept is None
                              for w in (t.text, *t.whole))
            allowed_set = allowed_set - ruled_out(Reads(self._index, self._standing),
                                                  self._loaded_alt_titles(), understood.denied,
                                                  asked)
        return allowed_set

    def _add_partial(self, hits: dict[int, Hit], careers: list[Career], terms: list[Term],
                     allowed_set: frozenset[int], phrase: bool) -> None:
        """Careers holding every word of a query of several words, spread over their names
        and work, into ``hits`` (when ``_wants_partial``: few matched, the query is a phrase,
        or no name holds them all); when few matched, those holding some of the words too."""
        few = len(hits) < FALLBACK_BELOW
        for career, hit in self._partial(careers, terms, allowed_set, not phrase).items():
            if hit.words == len(terms) and (
                    hit.titled and not only_excepted(careers[career].title_words, terms)
                    if phrase else hit.named):
                hit = spread_over_work(hit)
                if career not in hits or hit.score > hits[career].score:
                    hits[career] = hit
            elif few:
                hits.setdefault(career, hit)

    def _with_meaning(self, careers: list[Career], hits: dict[int, Hit], terms: list[Term],
                      allowed_set: frozenset[int], limit: int | None) -> list[Hit]:
        """The word matches' first NEAREST and the NEAREST careers closest in meaning to the
        query, merged (``careerdesk.search.meaning.fused``), then the rest of the word matches;
        a career found by meaning alone says so."""
        ranked = self._ranked(careers, ((h.score, c) for c, h in hits.items()),
                              Sort.RELEVANCE, None if limit is None else limit + NEAREST)
        near = self.meanings.nearest(_meaning_text(terms), _unless_all(allowed_set, careers),
                                     NEAREST)
        # the leading names holding every word (or what it was read as) stay first
        named = 0
        while named < len(ranked) and hits[ranked[named]].kind in NAME_KINDS \
                and hits[ranked[named]].words is None:
            named += 1
        kept = set(ranked[:named])
        order = [*ranked[:named], *fused(ranked[named:NEAREST],
                                         [c for c in near if c not in kept])]
        merged = set(order)
        order += [career for career in ranked[NEAREST:] if career not in merged]
        # a software name never outranks a name: technology matches keep to the end
        order.sort(key=lambda career: career in hits and hits[career].kind == KIND_TECH)
        for career in near:
            if career not in hits:
                hits[career] = Hit(0.0, KIND_MEANING, 0, career)
        return [hits[c] for c in (order if limit is None else order[:limit])]

    def _between_interests(self, shown: list[int], terms: list[Term],
                           hits: dict[int, Hit] | None, paired: bool) -> list[int]:
        """For interests joined by "and" (``paired``: "animals and medicine"), the first
        PAIRED_DEPTH careers holding every one of them in the order fused with their
        closeness in meaning to the interests together: those between them (Veterinarians,
        Veterinary Technologists) before those holding one in a name and the other in a
        word of their work (Animal Caretakers, "Animal Therapist" of Therapists, All
        Other); those holding some of them (``hits`` says which; None: all hold every one)
        stay after. Else ``shown`` as it is."""
        closeness = self.meanings.closeness(_meaning_text(terms)) if paired else None
        if closeness is None:
            return shown
        whole = len(shown) if hits is None else next(
            (i for i, career in enumerate(shown) if hits[career].words is not None), len(shown))
        head = shown[:min(whole, PAIRED_DEPTH)]
        by_meaning = sorted(head, key=lambda career: -closeness[career])
        return [*fused(head, by_meaning, FUSION_K), *shown[len(head):]]

    def _meanings_for(self, understood: Understanding, terms: list[Term],
                      found: dict[int, Best]) -> bool:
        """The meaning vectors when a query ranked by relevance is read by meaning too: a
        student's phrase with a word no concept holds, or with two concepts or more ("i
        like soccer and science": the careers between them; one concept alone is left to
        synonyms.tsv, reviewed word by word), for which no career scored STRONG (no name
        holds its words). Where the words did well the model is not
        asked: it would add little and cost about 1 ms."""
        interests = [t for t in terms if t.interest]
        several_interests = len(interests) == len(terms) > 1
        if not understood.phrase or (all(t.concept for t in terms) and not several_interests):
            return False
        if any(best[0] >= STRONG for best in found.values()):
            return False
        return self.meanings.available()

    def _near_concepts(self, terms: list[Term]
                       ) -> tuple[frozenset[int], frozenset[int]] | None:
        """For a query of interests only ("music", "i like animals"), the careers close in
        meaning to one of them, and those not far from one; else (or when search by meaning
        is off) None."""
        keys = [t.concept for t in terms if t.interest and t.concept]
        if not keys or len(keys) < len(terms):
            return None
        return self.meanings.near_concepts(keys)

    def _ranked(self, careers: list[Career], scored: Iterable[tuple[float, int]],
                sort: Sort, limit: int | None) -> list[int]:
        """The careers (scored: (score, career)) in ``sort`` order, the first ``limit``."""
        if sort is Sort.RELEVANCE:  # sort_key, sooner: the score, then title and code
            named = self._named()
            keyed = [(-score, named[career], career) for score, career in scored]
        else:
            keyed = [(*sort_key(careers[career], score, sort), career)
                     for score, career in scored]
        # (title, code) is a career's own: the careers themselves are never compared
        chosen = sorted(keyed) if limit is None else heapq.nsmallest(limit, keyed)
        return [career for *_, career in chosen]

    def _named(self) -> list[tuple[str, str]]:
        """Each career's (title, code), the order of careers scoring the same."""
        if self._titles_codes is None:
            self._titles_codes = [(c.figures.title, c.code) for c in self._loaded_careers()]
        return self._titles_codes

    def _allowed(self, careers: list[Career], filters: Filters
                 ) -> tuple[list[int], frozenset[int]]:
        """The careers passing ``filters`` (in order, and as a set), remembered for the last
        few filter choices."""
        found = self._passing.get(filters)
        if found is None:
            passing = [i for i, c in enumerate(careers) if passes(c, filters)]
            found = (passing, frozenset(passing))
            with self._lock:
                if len(self._passing) >= 64:
                    self._passing.clear()
                self._passing[filters] = found
        return found

    @reports_damage
    def understand(self, query: str, ignore: frozenset[str] = frozenset()) -> Understanding:
        """What the query was read as: its terms, and the chips to show (what was recognised:
        wishes that filter or order, interests and activities, a program of study).

        A wish for no degree beside an interest none of whose closest careers starts with
        high school at most ("computer jobs without a degree": BLS puts no computer career
        there) is widened to the careers starting with a certificate or some college, which
        need no degree either, rather than list the interest's strangers (``widened``); "no
        college" stays at high school."""
        understood = self._reader_understanding(query, ignore)
        if not understood.degree_only:
            return understood
        # the panel reads a query several times a keystroke (search, chips, notes): the
        # search this takes is made once per query (and per state of the meaning model)
        key = (query, ignore, self.meanings.available())
        if self._no_degree_read is None or self._no_degree_read[0] != key:
            self._no_degree_read = (key, self._needs_no_degree(understood, query))
        if self._no_degree_read[1]:
            understood = replace(understood, max_entry_education=ENTRY_EDUCATION[3],
                                 widened=True)
        return understood

    def _needs_no_degree(self, understood: Understanding, query: str) -> bool:
        """Whether a wish for no degree beside an interest takes in the careers starting with
        a certificate or some college: when none of the interest's NEAR_SCHOOLING closest
        careers starts with high school at most ("computer jobs without a degree"), or one of
        its CORE_CAREERS closest starts with a certificate or some college, the usual way
        into the interest ("hair jobs without a degree": barbers and hairdressers; "working on
        cars no degree": automotive service technicians)."""
        best = self._closest_unwished(understood, query, NO_FILTERS, NEAR_SCHOOLING)
        return bool(best) and (
            not any(r.entry_education in ENTRY_EDUCATION[:2] for r in best)
            or any(r.entry_education in ENTRY_EDUCATION[2:4] for r in best[:CORE_CAREERS]))

    def _reader_understanding(self, query: str, ignore: frozenset[str]) -> Understanding:
        """``understand`` before a wish for no college is widened."""
        understood = self._reader.understand(query, ignore)
        if self._names_the_job(query, understood):  # "cook": Cooks, not cooking's Bakers
            key = understood.terms[0].concept or ""
            understood = self._reader.understand(query, ignore | {key})
            understood = replace(understood, chips=tuple(
                c for c in understood.chips if c.key != key))
        if understood.max_entry_education is not None and not understood.terms:
            return understood  # "no degree" is a wish: "no" is no program (Norwegian)
        program = read_program(query[:MAX_QUERY_CHARS], self._loaded_programs, ignore,
                               self._reader.word_counts)
        if program is None:
            return understood
        leads_to = frozenset(code for code, *_ in self._store.program_careers(program.cip))
        wished = Filters(max_entry_education=understood.max_entry_education,
                         outlooks=understood.outlooks)
        if not any(c.code in leads_to and passes(c, wished) for c in self._loaded_careers()):
            return understood  # "computer certificate programs": none of Computer
            # Engineering's careers starts with a certificate; the interest is searched
        return replace(understood, terms=(), chips=(*understood.chips, Chip(
            chip_key(program), chip_text(program), f"program of study: {program.name}")),
            program_careers=leads_to)

    def _loaded_programs(self) -> list[Program]:
        if self._programs is None:
            self._programs = self._store.programs()
        return self._programs

    def preload_in_background(self) -> None:
        """``preload`` in a thread of its own (the app starts it once its window is up)."""
        self._preloading = threading.Thread(target=self.preload, daemon=True,
                                            name=PRELOAD_THREAD)
        self._preloading.start()

    def wait_preloaded(self, timeout: float = 30.0) -> None:
        """Wait for ``preload_in_background`` to end: before the database is closed, since a
        connection closed under a query that another thread is reading crashes the
        process (``careerdesk --selftest`` did, about one run in eight)."""
        if self._preloading is not None:
            self._preloading.join(timeout)

    def preload(self) -> None:
        """Load everything a query needs now (about 60 ms), so that the first one typed is as
        quick as the rest; safe to call from another thread while searches run. A failure
        (the database closed meanwhile) is left for the next search to meet.

        What it loaded lives as long as the engine: like the rest of the app's start-up
        (careerdesk.ui.app), it is moved out of the cycle collector's full passes
        (``gc.freeze``), which would otherwise walk it every few hundred searches (a p95
        latency of ~4.5 ms instead of ~3.7 ms on bench/bench_search.py).

        It also reads, and keeps, the rows of each concept searched by itself ("i like
        animals", "computers": the phrases students type most), so that such a search
        reads nothing (about 40 ms for the 71 concepts, 5 MB)."""
        try:
            self._loaded_alt_titles()
            self._reader.understand("preload")  # the phrases file and rapidfuzz
            self._reader.load()  # the vocabulary, for spelling
            self._ranker.load()
            self._exact_names.load()  # and so the names concepts' phrases are
            standing = Reads(self._index)
            for match in self._reader.concept_matches():
                self._index.keep(match, STANDING_READS)
                for kinds in STANDING_STAGES:
                    standing.grouped(match, kinds)
            self._standing = standing
            self._index.keep_common(COMMON_ROWS, KIND_TITLE, KIND_DESCRIPTION)  # partial
            self.meanings.available()  # the sentence model (about 0.3 s)
        except (sqlite3.Error, DatabaseError):
            return
        gc.freeze()

    @reports_damage
    def filter_options(self) -> FilterOptions:
        careers = [c.figures for c in self._loaded_careers()]
        groups = {c.major_group.code: c.major_group for c in careers}
        educations = {c.entry_education for c in careers}
        zones = {c.job_zone for c in careers if c.job_zone is not None}
        names = self._store.job_zone_names()
        outlooks = {c.outlook for c in careers}
        levels = {c.exposure_level for c in careers}
        wages = [c.median_wage for c in careers if c.median_wage is not None]
        return FilterOptions(
            major_groups=[groups[code] for code in sorted(groups)],
            entry_education=[e for e in ENTRY_EDUCATION if e in educations],
            job_zones=[(zone, names.get(zone, f"Job Zone {zone}")) for zone in sorted(zones)],
            outlooks=[o for o in CATEGORIES if o in outlooks],
            exposure_levels=[e for e in EXPOSURE_LEVELS if e in levels],
            wage_range=(min(wages), max(wages)) if wages else None,
        )

    # ------------------------------------------------------------- loading

    def _loaded_careers(self) -> list[Career]:
        with self._lock:
            if self._careers is None:
                started = time.perf_counter()
                self._careers = self._load_careers()
                self.load_seconds["careers"] = time.perf_counter() - started
            return self._careers

    def _names_of(self, career: int) -> list[tuple[str, ...]]:
        """A career's title and other names, each as its content words."""
        return [self._loaded_careers()[career].title_words] + [
            content_words(title) for title, _ in self._loaded_alt_titles()[career]]

    def _loaded_alt_titles(self) -> Names:
        careers = self._loaded_careers()
        with self._lock:
            if self._alt_titles is None:
                started = time.perf_counter()
                by_code = {c.code: i for i, c in enumerate(careers)}
                alt_titles: Names = [[] for _ in careers]
                for code, title, short in self._store.other_name_items():
                    if code in by_code:
                        alt_titles[by_code[code]].append((title, short))
                self._alt_titles = alt_titles
                self.load_seconds["other names"] = time.perf_counter() - started
            return self._alt_titles

    def _load_careers(self) -> list[Career]:
        groups = {g.code: g for g in self._store.major_groups()}
        careers: list[Career] = []
        codes = self._index.codes()
        figures = self._store.search_figures()
        if codes != [row[0] for row in figures]:
            raise sqlite3.DatabaseError("the search index's careers are not the database's")
        for row in figures:
            (code, title, group, zone, education, wage, top, change, openings,
             category, exposure, employed, hourly, training, experience, schooled,
             government) = row
            popularity = min(1.0, math.log10((employed or 0) + 1) / 7)
            if not code.endswith(".00"):
                popularity *= 0.9  # a specialty sharing the SOC occupation's figures
            if title.endswith("All Other"):
                popularity *= RESIDUAL  # a catch-all: any named occupation fits better
            careers.append(Career(SearchResult(
                code=code, title=title, major_group=groups[group], matched_on="", score=0.0,
                entry_education=education, job_zone=zone, median_wage=wage,
                wage_top_coded="annual_median" in (top or "").split(","),
                percent_change=change, annual_openings=openings, outlook=category,
                exposure_level=exposure, median_hourly=hourly), popularity, content_words(title),
                frozenset(singular(w) for w in content_words(title)), role_of(title),
                training, experience, schooled, government))
        return careers

    # ------------------------------------------------------------- parsing

    def _match(self, careers: list[Career], alt_titles: Names, reads: Reads,
               query: str, terms: list[Term], allowed: frozenset[int], sort: Sort,
               limit: int | None, phrase: bool = False) -> dict[int, Best]:
        """The best match of every matching career (stopping early once ``limit`` are sure).

        For a student's phrase (``phrase``), an other name holding the words is incidental
        when none of the career's work activities or tasks hold them and, the query's
        words aside, it shares no word with the career's title ("Unmanned Aircraft Pilot"
        of Camera Operators for "flying planes", "Marine Firefighter" of Sailors; not
        "Game Developer" of Software Developers), or, for a query of interests only, when
        the career is not among those closest in meaning to them (``_near_concepts``:
        "Composer" of Prepress Technicians, "Singer" of Production Workers for "music"):
        it then ranks with descriptions.
        """
        best = code_matches(careers, query, allowed)
        if not terms:
            return best
        plan = stage_plan(terms)
        core: list[frozenset[int]] = []  # read when first needed
        grouped = reads.grouped

        strays: dict[str, frozenset[str]] = {}
        searched = frozenset().union(*(t.singulars for t in terms))  # Term.matches(w, False)

        def borne_out(career: int) -> bool:
            if not core:
                # the careers with a work activity or task holding every term (whole words),
                # from the rows of the stage of activities, tasks and descriptions
                whole = match_expression(terms, False)
                core.append(frozenset() if whole is None else frozenset(
                    c for kind, c, _, _ in grouped(whole, (KIND_ACTIVITY, KIND_DESCRIPTION))
                    if kind <= KIND_TASK))
            return career in core[0]

        nearness = self._near_concepts(terms) if phrase else None
        near, not_far = nearness if nearness is not None else (None, None)

        def incidental(kind: int, item: int, career: int) -> float:
            """INCIDENTAL for an other name no work bears out (see the docstring), else 0."""
            if kind == KIND_TITLE:  # a title far in meaning ("Database Architects")
                return (not_far is not None and career not in not_far) * INCIDENTAL
            return (kind in (KIND_ALT, KIND_SHORT) and (
                (near is not None and (career not in near or stem_only(
                    alt_titles[career][item][0], terms)))
                or (stray(careers[career], alt_titles[career][item][0], searched, strays)
                    and not borne_out(career)))) * INCIDENTAL
        # The best score any later stage could still give: once `limit` careers score above
        # it, nothing later can enter the first `limit` (relevance order only).
        ceilings = [max((c for *_, c in plan[i + 1:]), default=-1.0) + MAX_BONUS
                    for i in range(len(plan))]
        every_kind: dict[str, list[tuple[int, int, int, int]]] = {}
        for (partial, match, kinds, _), ceiling in zip(plan, ceilings, strict=True):
            bonus = stage_bonus(partial, kinds)
            rows = stage_rows(plan, partial, match, kinds, every_kind, grouped)
            if kinds[0] <= KIND_SHORT:
                keep_best(best, titles(careers, alt_titles, self._popular()[0], rows, terms,
                                       partial),
                          allowed, bonus, match, incidental if phrase else None)
            else:  # no other names here; work far in meaning from the interests named
                keep_best(best, items(self._popular()[1], rows, kinds, phrase), allowed,
                          bonus, match, None if near is None else
                          (lambda kind, item, career: (career not in near) * FAR_WORK))
            if sort is Sort.RELEVANCE and limit is not None and len(best) >= limit \
                    and len([b for b in best.values() if b[0] > ceiling]) >= limit:
                break
        return best

    def _drop_strangers(self, careers: list[Career], found: dict[int, Best],
                        terms: list[Term], phrase: bool) -> None:
        """Leave out of ``found`` the careers whose work holds a word only as the
        stemmer's false friend ("Train animals." for "animator") and, for a phrase, those
        found only by an other name far in meaning (``_far_names``)."""
        for career in self._stranger_work.careers(careers, found, terms):
            del found[career]
        if phrase:
            for career in self._far_names(careers, found, terms):
                del found[career]  # "Gandy Dancer" of Laborers for "dancing"

    def _far_names(self, careers: list[Career], found: dict[int, Best], terms: list[Term]
                   ) -> list[int]:
        """For a phrase of interests only, the careers found only by an other name that
        are far in meaning from every interest (not among ``_near_concepts``' not far),
        its other words none of its title's (``stray``), holding none of the phrases of
        several words an interest searches: "Gandy Dancer" (a railroad laborer) for
        "dancing"; not "Roller Coaster Designer" of Mechanical Engineers."""
        nearness = self._near_concepts(terms)
        if nearness is None:
            return []
        not_far = nearness[1]
        alt_titles = self._loaded_alt_titles()
        searched = frozenset().union(*(t.singulars for t in terms))
        strays: dict[str, frozenset[str]] = {}

        groups = [g for t in terms for g in t.groups]

        def far(career: int, item: int) -> bool:
            name = alt_titles[career][item][0]
            said = {singular(w) for w in content_words(name)}
            return not any(said.issuperset(g) for g in groups) \
                and stray(careers[career], name, searched, strays)

        return [career for career, best in found.items()
                if best[1] in (KIND_ALT, KIND_SHORT) and career not in not_far
                and far(career, best[2])]

    def _names_the_job(self, query: str, understood: Understanding) -> bool:
        """Whether a query of one word, read as an interest, is the word a career's title
        begins with and stands for ("cook": "Cooks, Restaurant"; "welder", "lifeguard"), not
        one the title only starts with ("animal": "Animal Caretakers")."""
        words = query[:MAX_QUERY_CHARS].lower().split()
        while len(words) > 1 and is_class_level(words[-1]):
            words.pop()  # "Cook I", "Lifeguard II"
        if len(words) != 1 or len(understood.terms) != 1 \
                or not understood.terms[0].interest:
            return False
        if self._heads is None:
            self._heads = frozenset(
                singular(head) for c in self._loaded_careers()
                if (found := _HEAD.match(c.figures.title.lower()))
                and (found.group(0) == (head := found.group(1)) or singular(head) != head))
        return singular(words[0]) in self._heads

    @reports_damage
    def top_quarter_pay(self) -> int:
        """The lowest median annual wage in the top quarter of the careers that have one
        (BLS May 2025): what a pay wish calls well paid."""
        return self._top_pay()

    def _top_pay(self) -> int:
        """The lowest median annual wage in the top quarter of the careers that have one."""
        wages = self._wages()
        return wages[int(len(wages) * 0.75)] if wages else 0

    def _lowest_quarter_pay(self) -> int:
        """The highest median annual wage of the lowest-paid quarter of the careers that have
        one: what a good job is paid more than (counselors read "a good job" as about
        $50,000 a year or more: phrasing.tsv, wish:good-job)."""
        wages = self._wages()
        return wages[len(wages) // 4] if wages else 0

    def _wages(self) -> list[int]:
        """The median annual wages of the careers that have one, lowest first, sorted once."""
        if self._sorted_wages is None:
            self._sorted_wages = sorted(c.figures.median_wage for c in self._loaded_careers()
                                        if c.figures.median_wage is not None)
        return self._sorted_wages

    def _popular(self) -> tuple[list[float], list[float]]:
        """Each career's popularity times 3 and times 4 (the shares of a score it gives)."""
        if self._popularity is None:
            careers = self._loaded_careers()
            self._popularity = ([3 * c.popularity for c in careers],
                                [4 * c.popularity for c in careers])
        return self._popularity

    def _partial(self, careers: list[Career], terms: list[Term], allowed: frozenset[int],
                 title: bool = False) -> dict[int, Hit]:
        """Careers matching some of the words (``careerdesk.search.partial``), as hits."""
        self._loaded_alt_titles()
        matches = partial_matches(self._index, terms, len(careers), allowed,
                                  self._name_words, lambda i: careers[i].popularity,
                                  title and self._reads_like_a_title(terms))
        hits = {career: Hit(m.score, m.kind, m.item, career, 1, m.match, m.words, m.titled,
                             m.named)
                for career, m in matches.items()}
        if any(has_false_friends(w) for t in terms for w in t.whole):
            for career in self._only_false_friends(careers, hits, terms):
                del hits[career]  # "pixar animator": not Animal Caretakers
        return hits

    def _only_false_friends(self, careers: list[Career], hits: dict[int, Hit],
                            terms: list[Term]) -> list[int]:
        """The careers of ``hits`` whose name or work said why holds a query word only as a
        false friend of the stemmer (``names_tier.strangers``, ``StrangerWork``) and no
        other word of the query as written ("Animators" stays for "art but with animals":
        it holds "artist")."""
        alt_titles = self._loaded_alt_titles()
        strange = []
        for career, hit in hits.items():
            if hit.kind == KIND_TITLE:
                found = careers[career].title_words
            elif hit.kind in (KIND_ALT, KIND_SHORT):
                found = content_words(alt_titles[career][hit.item][0])
            else:
                continue
            if strangers(found, terms, False) and not any(t.found_in(found, False)
                                                          for t in terms):
                strange.append(career)
        work = {career: (hit.score, hit.kind, hit.item, hit.count, hit.match)
                for career, hit in hits.items() if hit.kind > KIND_SHORT}
        return strange + self._stranger_work.careers(careers, work, terms)

    @staticmethod
    def _without_seniority(terms: list[Term], reads: Reads) -> list[Term]:
        """A job title's words without those saying how far along someone is ("apprentice",
        "senior") when no name holds them all: the careers whose names hold the rest are the
        job, not those with an apprentice's name somewhere and the job's word in another."""
        rest = [t for t in terms if t.text not in SENIORITY_WORDS]
        if not rest or len(rest) == len(terms):
            return terms
        match = match_expression(terms, False)
        if match is not None and reads.grouped(match, (KIND_TITLE, KIND_SHORT)):
            return terms
        return rest

    def _names_holding(self, word: str) -> int | None:
        """How many titles and other names hold the word as written; None if none is
        indexed."""
        counts = self._reader.word_counts(word)
        return None if counts is None else counts[0]

    def _reads_like_a_title(self, terms: list[Term]) -> bool:
        """Whether the query ends in a word that mostly names jobs (see NAME_WORD_SHARE), or
        says one before "of" ("Head of Marketing", "Professor of Radiology")."""
        marked = head_of(terms)
        last = terms[-1 if marked is None else marked].text if terms else ""
        return last.isalnum() and names_mostly(last, self._reader.word_counts, NAME_WORD_SHARE)

    def _fused(self, careers: list[Career], alt_titles: Names, hits: dict[int, Hit],
               terms: list[Term], allowed: frozenset[int], limit: int | None) -> list[Hit]:
        """The hits ranked by reciprocal rank fusion with bm25 over titles, other names and
        descriptions; careers only bm25 found join with the words they hold."""
        def order(hit: Hit) -> tuple:
            return sort_key(careers[hit.career], hit.score, Sort.RELEVANCE)

        ranked = sorted(hits.values(), key=order)
        alternatives = [t.whole or (t.text,) for t in terms]
        depth = max(FUSION_DEPTH, limit or 0)
        # bm25 weighs a rank like any word ("Master Electrician": the mechanics called "ASE
        # Master Mechanic" and "Motor Electrician"); it ranks by the others when there are
        what = [words for words, t in zip(alternatives, terms, strict=True)
                if t.text not in LEVEL_WORDS] or alternatives
        by_words = [c for c in self._ranker.rank(what, depth) if c in allowed]
        fused = reciprocal_ranks(([h.career for h in ranked[:depth]], by_words), FUSION_K)
        said = {t.text for t in terms}
        for career in fused:  # bm25 too favours the overseers' titles: see ROLE_WORDS
            role = careers[career].role
            if role and not said & ROLE_WORDS[role]:
                fused[career] *= ROLE_FUSED_SHARE
        chosen = sorted(fused, key=lambda c: (-fused[c], careers[c].figures.title))
        if limit is not None:
            chosen = chosen[:limit]
        result = [hits.get(c) or self._word_hit(alt_titles, c, alternatives) for c in chosen]
        if limit is None:
            result += [h for h in ranked if h.career not in fused]
        return result

    def _word_hit(self, alt_titles: Names, career: int,
                  alternatives: list[tuple[str, ...]]) -> Hit:
        """A hit for a career only bm25 found: the words it holds, and where the first is."""
        fields = self._ranker.fields_holding(career, alternatives)
        held = [f for f in fields if f is not None]
        best = min(held, default=None)
        kind, item = KIND_DESCRIPTION, 0
        if best == TITLE:
            kind = KIND_TITLE
        elif best == OTHER_NAMES:
            first = self._first_name_holding(alt_titles, career)
            item = min((first[w] for words in alternatives for w in words if w in first),
                       default=0)
            kind = KIND_ALT
        return Hit(PARTIAL_OFFSET, kind, item, career,
                   words=len(held) if len(held) < len(alternatives) else None)

    # ------------------------------------------------------------- results

    def _first_name_holding(self, alt_titles: Names, career: int) -> dict[str, int]:
        """Each word of the career's other names (or their short forms), as written, and
        the first other name holding it; worked out when first asked for, then kept."""
        found = self._first_names.get(career)
        if found is None:
            found = {}
            for i, names in enumerate(alt_titles[career]):
                for text in names:
                    for word in word_set(text) if text else ():
                        found.setdefault(word, i)
            with self._lock:
                self._first_names[career] = found
        return found

    def _tech_names(self, career: int, code: str) -> list[str]:
        with self._lock:
            if career not in self._tech:
                self._tech[career] = self._store.technology_items(code)
            return self._tech[career]


# ------------------------------------------------------------------ helpers


def _unless_all(allowed_set: frozenset[int], careers: list[Career]) -> frozenset[int] | None:
    """The careers allowed, or None when every career is (no list to pass)."""
    return None if len(allowed_set) == len(careers) else allowed_set


def _rarely_without_college(career: Career) -> bool:
    """Whether fewer than RARELY_SCHOOLED percent of the career's surveyed workers (O*NET)
    have high school or less, though BLS says it starts there."""
    share = career.high_school_share
    return share is not None and share < RARELY_SCHOOLED


def _named_in_full(alt_titles: Names, hit: Hit, terms: list[Term]) -> bool:
    """Whether a career was found by an other name that ends in one of a concept's groups of
    words, in order: a job the reviewed synonyms file lists for the interest ("Car Designer",
    "Autonomous Vehicle Car Designer" for "car+designer" of cars; not "Customer Service
    Manager" for "customer+service", nor "Marine Equipment Sales Engineer" for
    "marine+engineer")."""
    if hit.kind not in (KIND_ALT, KIND_SHORT):
        return False
    said = [singular(w) for w in folded_words(alt_titles[hit.career][hit.item][0])]
    return any(len(group) <= len(said)
               and [singular(w) for w in group] == said[len(said) - len(group):]
               for t in terms if t.concept for group in t.groups)


def _says_something(query: str) -> bool:
    """Whether the query holds a word of four letters or more that is no stopword ("NOT",
    "the" say nothing the sentence model should be asked about)."""
    return any(len(w) >= 4 and w not in STOPWORDS for w in folded_words(query))


def _at_least(limit: int | None, least: int) -> int | None:
    """``limit``, or ``least`` if it is lower (None: no limit)."""
    return None if limit is None else max(limit, least)


def _paired_depth(depth: int | None, paired: bool) -> int | None:
    """How many careers are ranked for ``depth`` shown: PAIRED_DEPTH at least when
    interests joined by "and" are reordered by meaning (``_between_interests``)."""
    return depth if depth is None or not paired else max(depth, PAIRED_DEPTH)


def _joined_interests(query: str, terms: list[Term]) -> bool:
    """Whether the query is two interests or more joined by "and" and nothing else
    ("animals and medicine"; not "tv star", a title)."""
    return len(terms) > 1 and "and" in query[:MAX_QUERY_CHARS].lower().split() and all(
        t.interest for t in terms)


def _meaning_text(terms: list[Term]) -> str:
    """What the sentence model reads of a query: its words as searched, in order, each
    concept by its label ("stage crew school play" for "im on stage crew for the school
    play"; "spreadsheets" for "i lowkey love spreadsheets no college"): without lead-ins and
    wishes, which would pull it towards careers about "love" or "college"."""
    return " ".join(concept_label(t) or t.text for t in terms)[:MAX_QUERY_CHARS]


# A title's first word when it stands alone: "Cooks, Restaurant", "Welders, Cutters, ...",
# "Midwives"; not "Animal Caretakers", nor, being no plural, a word before "," or "and" that
# describes the head ("Plant and System Operators")
_HEAD = re.compile(r"^([a-z]+)(?:,| and |$)")

def _wants_partial(found: dict[int, Best], terms: list[Term], phrase: bool) -> bool:
    """Whether careers holding some of the words are looked for (``_add_partial``): for a
    query of several words, when few careers hold them all, the query is a phrase, or no
    name holds them all."""
    few = len(found) < FALLBACK_BELOW
    unnamed = not any(best[0] >= STRONG for best in found.values())
    return len(terms) > 1 and (few or phrase or unnamed)
