"""Career search: one query box over titles, other names, tasks, technology and descriptions.

The importer (``careerdesk.build.search_index``) builds the ``search_*`` tables described
here; this module and that one are the only code that knows them.

How a query is answered:

1. The text is folded (case, accents, apostrophes, width) and split into words; the
   FTS5 query is built from those words only, each one quoted, so no user text ever
   reaches FTS5 syntax. Long input is cut to ``MAX_QUERY_CHARS`` and ``MAX_TERMS`` words.
2. A word that matches nothing is treated as a typo: the FTS5 trigram index of the
   vocabulary proposes words sharing letter triples, and RapidFuzz (optimal string
   alignment distance) keeps the closest. Two words that are one word in the index
   ("fire fighter", "book keeper") also match that word. While typing, the last word
   also matches as a prefix.
3. ``search_text`` (Porter stemmer: "cleaning" finds "clean") is queried in stages, best
   first: titles and other names, then technology, then tasks and descriptions. Each
   stage groups its matches by career in SQL.
4. Each career gets one score: whole-word matches above prefix-only ones, then the tier
   (exact title, title prefix, words of the title, exact other name, other-name prefix,
   words of another name, technology, task, description), then, within a tier, closeness
   of the match, how many items matched and how many people hold the job.
"""

from __future__ import annotations

import enum
import math
import re
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from careerdesk import model
from careerdesk.i18n import translate
from careerdesk.outlook import CATEGORIES

if TYPE_CHECKING:
    from careerdesk.store import CareerStore

# ------------------------------------------------------------------ index layout

# Bump when the search tables change: the importer stores it in ``meta`` so that a change
# of the index alone still changes the database's content hash.
INDEX_VERSION = "1"
INDEX_META_KEY = "search_index_version"

# ``search_text`` is contentless: each row's rowid says what it indexes, and the text
# stays in the career tables. rowid = kind << KIND_SHIFT | career << CAREER_SHIFT | item,
# where career is ``search_career.id`` and item is the row's position among the career's
# rows of its kind, in the order of the ``*_ITEMS_SQL`` queries below: shortest first, so
# the lowest matching rowid of a career is its closest match (no document sizes needed).
KIND_TITLE = 0  # the O*NET title (item 0)
KIND_ALT = 1  # an alternate or reported title (item: position in ALT_ITEMS_SQL)
KIND_SHORT = 2  # the short form of that title, e.g. "RN" (same item as KIND_ALT)
KIND_TECH = 3  # a technology skill (item: position in TECH_ITEMS_SQL)
KIND_TASK = 4  # a task (item: its seq)
KIND_DESCRIPTION = 5  # the description (item 0)
KIND_SHIFT = 28
CAREER_SHIFT = 16
ITEM_LIMIT = 1 << CAREER_SHIFT
CAREER_LIMIT = 1 << (KIND_SHIFT - CAREER_SHIFT)

ALT_ITEMS_SQL = "SELECT code, title, short FROM title ORDER BY code, length(title), title"
TECH_ITEMS_SQL = "SELECT DISTINCT code, name FROM technology ORDER BY code, length(name), name"
CAREER_TECH_SQL = ("SELECT DISTINCT name FROM technology WHERE code = ?"
                   " ORDER BY length(name), name")

SCHEMA = """
CREATE TABLE search_career (id INTEGER PRIMARY KEY, code TEXT NOT NULL);
CREATE VIRTUAL TABLE search_text USING fts5(
    text, content='', detail=none, columnsize=0, prefix='2',
    tokenize='porter unicode61 remove_diacritics 2');
-- Every word of search_text (before stemming): titles = how many titles and other names
-- hold it, items = how many rows of any kind.
CREATE TABLE search_word (
    id INTEGER PRIMARY KEY, word TEXT NOT NULL, titles INTEGER NOT NULL,
    items INTEGER NOT NULL
);
CREATE VIRTUAL TABLE search_word_trigram USING fts5(
    word, content='search_word', content_rowid='id', tokenize='trigram');
"""
INDEX_TABLES = ("search_career", "search_text", "search_word", "search_word_trigram")


def rowid(kind: int, career: int, item: int) -> int:
    """The ``search_text`` rowid of one indexed item."""
    if not (0 <= career < CAREER_LIMIT and 0 <= item < ITEM_LIMIT):
        raise ValueError(f"search index overflow: career {career}, item {item}")
    return kind << KIND_SHIFT | career << CAREER_SHIFT | item


def split_rowid(value: int) -> tuple[int, int, int]:
    """(kind, career, item) of a ``search_text`` rowid."""
    return (value >> KIND_SHIFT, (value >> CAREER_SHIFT) & (CAREER_LIMIT - 1),
            value & (ITEM_LIMIT - 1))


# ------------------------------------------------------------------ words

_APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc\u2018`")
_WORD = re.compile(r"[^\W_]+")
_HYPHENATED = re.compile(r"[^\W_]+(?:-[^\W_]+)+")
STOPWORDS = frozenset(
    "a an and are as at by for from in into is not of on or the to with".split())


def fold(text: str) -> str:
    """Text compared without case, accents, apostrophes or width ('Sheriff’s' = 'sheriffs')."""
    text = text.translate(_APOSTROPHES)
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return _WORD.findall(fold(text))


def index_words(text: str) -> list[str]:
    """The words indexed for a text: its words, plus hyphenated words joined ('xray')."""
    folded = fold(text)
    joined = [m.group().replace("-", "") for m in _HYPHENATED.finditer(folded)]
    return _WORD.findall(folded) + joined


@lru_cache(maxsize=1 << 16)
def singular(word: str) -> str:
    """A rough singular, for telling an exact title from a longer one (not for matching)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# ------------------------------------------------------------------ public records


class Sort(enum.Enum):
    RELEVANCE = "relevance"
    PAY = "pay"
    GROWTH = "growth"
    OPENINGS = "openings"


@dataclass(frozen=True)
class Filters:
    """Narrow the results; None means any. ``major_group`` is a code such as 29-0000."""

    major_group: str | None = None
    entry_education: str | None = None
    job_zone: int | None = None
    outlook: str | None = None
    exposure_level: str | None = None
    wage_min: int | None = None  # median annual wage, dollars
    wage_max: int | None = None


NO_FILTERS = Filters()


@dataclass(frozen=True)
class SearchResult:
    """One career found, why it matched, and its key figures at a glance."""

    code: str
    title: str
    major_group: model.MajorGroup
    matched_on: str
    score: float
    entry_education: str | None
    job_zone: int | None
    median_wage: int | None  # annual, national
    wage_top_coded: bool  # the median is at the top of the published range
    percent_change: float | None  # projected employment change 2024-34
    annual_openings: int | None
    outlook: str | None
    exposure_level: str | None


@dataclass(frozen=True)
class FilterOptions:
    """The values each filter can take, in the order to offer them."""

    major_groups: list[model.MajorGroup]
    entry_education: list[str]  # least to most
    job_zones: list[tuple[int, str]]  # (zone, name)
    outlooks: list[str]  # fastest growth first
    exposure_levels: list[str]  # low, medium, high
    wage_range: tuple[int, int] | None  # lowest and highest median annual wage


# BLS typical entry-level education, least to most.
ENTRY_EDUCATION = [
    "No formal educational credential",
    "High school diploma or equivalent",
    "Some college, no degree",
    "Postsecondary nondegree award",
    "Associate's degree",
    "Bachelor's degree",
    "Master's degree",
    "Doctoral or professional degree",
]
EXPOSURE_LEVELS = ["low", "medium", "high"]

# ------------------------------------------------------------------ tuning

MAX_QUERY_CHARS = 200  # longer input is cut (10,000 characters cost no more than 200)
MAX_TERMS = 8
MAX_CORRECTED = 3  # typo look-ups per query
MAX_SPELLINGS = 4  # corrections kept per word
MIN_PREFIX = 2  # shortest last word matched as a prefix while typing
MIN_TYPO = 4  # shortest word corrected
MAX_TYPO = 30
TRIGRAM_CANDIDATES = 150  # per spelling tried
START_TITLE, START_ELSEWHERE = 2, 1
SOUND_ALIKE = (("ph", "f"), ("f", "ph"), ("k", "c"))
EXCERPT_CHARS = 60

# Tiers, best first; score = 10 * tier + a bonus under 10 that orders careers within a
# tier. A whole-word match scores WHOLE_WORD more than any prefix-only match. ALT_STEM: the
# other name matched only through the stemmer ("excel" in "Excellence"), ranked below a
# technology named by the word.
EXACT_TITLE, TITLE_PREFIX, TITLE_WORDS = 10, 9, 8
EXACT_ALT, ALT_PREFIX, ALT_WORDS = 7, 6, 5
TECH, ALT_STEM, TASK, DESCRIPTION = 4, 3, 2, 1
MAX_BONUS = 9.99
WHOLE_WORD = 100.0
CODE_MATCH = 2 * WHOLE_WORD

_CODE = re.compile(r"^\s*(\d{2})-?(\d{4})(?:\.(\d{2}))?\s*$")


# ------------------------------------------------------------------ internals


@dataclass(frozen=True)
class _Career:
    figures: SearchResult  # the career's result, to copy with why it matched
    popularity: float  # 0-1 from employment: breaks ties towards common jobs
    title_words: tuple[str, ...]

    @property
    def code(self) -> str:
        return self.figures.code


_Names = list[list[tuple[str, str | None]]]  # per career: (other name, its short form)


@dataclass(frozen=True)
class _Term:
    """One query word: the words it matches whole, and the prefixes it matches while typing."""

    text: str
    whole: tuple[str, ...]
    prefixes: tuple[str, ...] = ()
    joined_next: str | None = None  # this word and the next are one indexed word

    def clause(self, partial: bool) -> str | None:
        alternatives = [f'"{w}"' for w in self.whole]
        if partial:
            alternatives += [f'"{p}"*' for p in self.prefixes]
        return "(" + " OR ".join(alternatives) + ")" if alternatives else None

    @cached_property
    def singulars(self) -> frozenset[str]:
        return frozenset(singular(w) for w in self.whole)

    def matches(self, word: str, partial: bool) -> bool:
        """Whether a title word is this term itself (not only through the stemmer)."""
        if singular(word) in self.singulars:
            return True
        return partial and any(word.startswith(p) for p in self.prefixes)


@dataclass
class _Hit:
    score: float
    kind: int
    item: int  # of the closest row
    career: int
    count: int = 1  # rows matched
    match: str = ""  # the FTS5 query that found it




class SearchEngine:
    """Searches the careers of a ``CareerStore``; safe to share between threads.

    The first call loads the careers' key figures (a few milliseconds); the first query
    with words also loads every other name of every career (about 50 ms), so that matches
    can be told apart without further reads. ``load_seconds`` reports both.
    """

    def __init__(self, store: CareerStore) -> None:
        from careerdesk.store import DatabaseError

        self._store = store
        self._db = store.connection()
        present = {name for (name,) in self._db.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search%'")}
        if not set(INDEX_TABLES) <= present \
                or store.meta.get(INDEX_META_KEY) != INDEX_VERSION:
            raise DatabaseError(
                f"The careers database at {store.path} has no search index of version "
                f"{INDEX_VERSION}; rebuild it with `careerdesk build-db`.")
        self._lock = threading.Lock()
        self._careers: list[_Career] | None = None
        self._alt_titles: _Names | None = None
        self._tech: dict[int, list[str]] = {}
        self.load_seconds: dict[str, float] = {}

    # ------------------------------------------------------------- public

    def search(self, query: str, filters: Filters = NO_FILTERS, sort: Sort = Sort.RELEVANCE,
               limit: int | None = 50) -> list[SearchResult]:
        """Careers matching ``query``, best first; an empty query browses every career."""
        if limit is not None and limit <= 0:
            return []
        careers = self._loaded_careers()
        allowed = [i for i, c in enumerate(careers) if _passes(c, filters)]
        if not query.strip():
            return self._browse(careers, allowed, sort, limit)
        alt_titles = self._loaded_alt_titles()
        terms = self._parse(query)
        hits = self._match(careers, alt_titles, query, terms, set(allowed), sort, limit)
        ranked = sorted(hits.values(), key=lambda h: _order(careers[h.career], h.score, sort))
        if limit is not None:
            ranked = ranked[:limit]
        return self._results(careers, alt_titles, ranked, terms)

    def preload(self) -> None:
        """Load everything a query needs now (about 60 ms), so that the first one typed is as
        quick as the rest; safe to call from another thread while searches run. A failure
        (the database closed meanwhile) is left for the next search to meet."""
        try:
            self._loaded_alt_titles()
        except sqlite3.Error:
            pass

    def filter_options(self) -> FilterOptions:
        careers = [c.figures for c in self._loaded_careers()]
        groups = {c.major_group.code: c.major_group for c in careers}
        educations = {c.entry_education for c in careers}
        zones = {c.job_zone for c in careers if c.job_zone is not None}
        names = {zone: name.split(": ", 1)[-1] for zone, name in self._db.execute(
            "SELECT zone, name FROM job_zone ORDER BY zone")}
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

    def _loaded_careers(self) -> list[_Career]:
        with self._lock:
            if self._careers is None:
                started = time.perf_counter()
                self._careers = self._load_careers()
                self.load_seconds["careers"] = time.perf_counter() - started
            return self._careers

    def _loaded_alt_titles(self) -> _Names:
        careers = self._loaded_careers()
        with self._lock:
            if self._alt_titles is None:
                started = time.perf_counter()
                by_code = {c.code: i for i, c in enumerate(careers)}
                alt_titles: _Names = [[] for _ in careers]
                for code, title, short in self._db.execute(ALT_ITEMS_SQL):
                    if code in by_code:
                        alt_titles[by_code[code]].append((title, short))
                self._alt_titles = alt_titles
                self.load_seconds["other names"] = time.perf_counter() - started
            return self._alt_titles

    def _load_careers(self) -> list[_Career]:
        groups = {g.code: g for g in self._store.major_groups()}
        careers: list[_Career] = []
        for row in self._db.execute(
            "SELECT c.id, o.code, o.title, o.major_group, o.job_zone, p.entry_education,"
            " w.annual_median, w.top_coded, p.percent_change, p.annual_openings, p.outlook,"
            " a.exposure_level, coalesce(p.employment_2024, w.employment)"
            " FROM search_career c JOIN occupation o ON o.code = c.code"
            " LEFT JOIN projection p ON p.soc_code = o.soc_code"
            " LEFT JOIN wage w ON w.soc_code = o.soc_code AND w.area = '00'"
            " LEFT JOIN ai_assessment a ON a.code = o.code ORDER BY c.id"
        ):
            (cid, code, title, group, zone, education, wage, top, change, openings,
             category, exposure, employed) = row
            if cid != len(careers):
                raise sqlite3.DatabaseError("search_career ids are not 0..n-1")
            popularity = min(1.0, math.log10((employed or 0) + 1) / 7)
            if not code.endswith(".00"):
                popularity *= 0.9  # a specialty sharing the SOC occupation's figures
            careers.append(_Career(SearchResult(
                code=code, title=title, major_group=groups[group], matched_on="", score=0.0,
                entry_education=education, job_zone=zone, median_wage=wage,
                wage_top_coded="annual_median" in (top or "").split(","),
                percent_change=change, annual_openings=openings, outlook=category,
                exposure_level=exposure), popularity, _content_words(title)))
        return careers

    # ------------------------------------------------------------- parsing

    def _parse(self, query: str) -> list[_Term]:
        """The query's words as terms, each checked against the index and corrected if needed."""
        text = fold(query[:MAX_QUERY_CHARS])
        typing = text[-1:].isalnum()
        tokens: list[str] = []
        for token in _WORD.findall(text):
            if token not in tokens:
                tokens.append(token)
        if typing and len(tokens) > 1 and len(tokens[-1]) == 1:
            tokens.pop()  # "registered n": wait for the next letter
            typing = False
        content = ([t for t in tokens if t not in STOPWORDS] or tokens)[:MAX_TERMS]
        terms: list[_Term] = []
        corrected = 0
        for position, token in enumerate(content):
            last = typing and position == len(content) - 1 and token == tokens[-1]
            whole = self._known(f'"{token}"')
            if len(token) >= 3:
                written, start = self._vocabulary(token)
            else:  # too short for the trigram index; the FTS5 prefix index covers two letters
                written = whole
                start = START_TITLE if last and len(token) >= MIN_PREFIX \
                    and self._known(f'"{token}"*') else 0
            prefix = last and start > 0
            correctable = MIN_TYPO <= len(token) <= MAX_TYPO and token.isalpha() \
                and corrected < MAX_CORRECTED
            if correctable and ((whole and not written)
                                or (not whole and last and start == START_ELSEWHERE)):
                # only the stemmer knows it ("programer" ~ "program"), or it only begins
                # a rare word ("foto" -> "fotoBiz"): add the nearest spellings
                corrected += 1
                spellings, _ = self._corrections(token, False)
                terms.append(_Term(token, ((token,) if whole else ()) + spellings,
                                   ((token,) if prefix else ()) + (spellings if last else ())))
            elif whole or prefix:
                terms.append(_Term(token, (token,) if whole else (),
                                   (token,) if prefix else ()))
            elif correctable:
                corrected += 1
                spellings, starts = self._corrections(token, last)
                if spellings or starts:
                    terms.append(_Term(token, spellings, starts))
            # a word that matches nothing and resembles nothing is left out
        return self._join_pairs(terms)

    def _join_pairs(self, terms: list[_Term]) -> list[_Term]:
        """Mark neighbours that are also one indexed word: 'fire fighter' -> 'firefighter'."""
        result = list(terms)
        for i in range(len(result) - 1):
            a, b = result[i], result[i + 1]
            if a.whole == (a.text,) and b.whole == (b.text,) \
                    and self._known(f'"{a.text + b.text}"'):
                result[i] = _Term(a.text, a.whole, a.prefixes, a.text + b.text)
        return result

    def _known(self, match: str) -> bool:
        """Whether the (stemmed) FTS5 query matches anything."""
        try:
            return self._db.execute(
                "SELECT 1 FROM search_text WHERE search_text MATCH ? LIMIT 1", (match,)
            ).fetchone() is not None
        except sqlite3.OperationalError:  # a word FTS5 splits differently: leave it out
            return False

    def _vocabulary(self, token: str) -> tuple[bool, int]:
        """Whether indexed words, as written, are or begin with the token ("dent": "dents",
        "dental"; not "programer"), and whether longer words than it and its plural do:
        START_TITLE when a title word does, START_ELSEWHERE when only other words do, or 0
        (then matching it as a prefix would add nothing).
        """
        written, titles = self._db.execute(
            "SELECT count(*), max(CASE WHEN word NOT IN (?, ?, ?) THEN titles END)"
            " FROM search_word WHERE id IN"
            " (SELECT rowid FROM search_word_trigram WHERE word LIKE ?)",
            (token, token + "s", token + "es", token + "%")).fetchone()
        return written > 0, 0 if titles is None else START_TITLE if titles else START_ELSEWHERE

    def _corrections(self, token: str, typing: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Words within a few edits of ``token`` and, while typing, word beginnings.

        Candidates are the vocabulary words sharing the most letter triples with the token
        or with a sound-alike spelling of it ("grafic" / "graphic"); RapidFuzz counts the
        edits (a swap of two letters is one). Distances are in half edits: a sound-alike
        spelling costs one half edit more than the same distance from the token.
        """
        variants = [token] + [v for a, b in SOUND_ALIKE
                              if a in token and (v := token.replace(a, b)) != token]
        grams = sorted({v[i:i + 3] for v in variants for i in range(len(v) - 2)})
        match = " OR ".join(f'"{g}"' for g in grams)
        limit = 2 * (1 if len(token) <= 6 else 2 if len(token) <= 10 else 3)
        whole: list[tuple[int, int, int, str]] = []
        starts: list[tuple[int, int, int, str]] = []
        for word, titles, items in self._db.execute(
            "SELECT word, titles, items FROM search_word WHERE id IN (SELECT rowid FROM"
            " search_word_trigram WHERE search_word_trigram MATCH ? ORDER BY rank LIMIT ?)",
            (match, TRIGRAM_CANDIDATES * len(variants)),
        ):
            distance = _distance(variants, word, limit)
            if distance <= limit:
                whole.append((distance, -titles, -items, word))
            elif typing and len(word) > len(token):
                start = word[:len(token)]
                distance = _distance(variants, start, limit)
                if distance <= limit:
                    starts.append((distance, -titles, -items, start))
        swapped = [token[:i] + token[i + 1] + token[i] + token[i + 2:]
                   for i in range(len(token) - 1) if token[i] != token[i + 1]]
        marks = ", ".join("?" * len(swapped))
        for word, titles, items in self._db.execute(  # a swap leaves few triples in place
            "SELECT word, titles, items FROM search_word WHERE id IN (SELECT rowid FROM"
            f" search_word_trigram WHERE search_word_trigram MATCH ? AND word IN ({marks}))",
            (" OR ".join(f'"{w}"' for w in swapped), *swapped),
        ):
            whole.append((2, -titles, -items, word))
        spellings = _closest(whole)
        return spellings, () if spellings else _closest(starts)

    # ------------------------------------------------------------- matching

    def _match(self, careers: list[_Career], alt_titles: _Names,
               query: str, terms: list[_Term], allowed: set[int], sort: Sort,
               limit: int | None) -> dict[int, _Hit]:
        """The best hit of every matching career (stopping early once ``limit`` are sure)."""
        hits: dict[int, _Hit] = {}
        code = _CODE.match(query[:MAX_QUERY_CHARS])
        if code:
            wanted = f"{code[1]}-{code[2]}" + (f".{code[3]}" if code[3] else "")
            for i, career in enumerate(careers):
                if career.code.startswith(wanted) and i in allowed:
                    hits[i] = _Hit(CODE_MATCH + 10 * EXACT_TITLE, -1, 0, i)
        if not terms:
            return hits
        plan = self._plan(terms)
        # The best score any later stage could still give: once `limit` careers score above
        # it, nothing later can enter the first `limit` (relevance order only).
        ceilings = [max((c for *_, c in plan[i + 1:]), default=-1.0) + MAX_BONUS
                    for i in range(len(plan))]
        for (partial, match, kinds, _), ceiling in zip(plan, ceilings, strict=True):
            bonus = 0.0 if partial else WHOLE_WORD
            found = self._titles(careers, alt_titles, match, terms, partial, kinds) \
                if kinds[0] <= KIND_SHORT else self._items(careers, match, kinds)
            for hit in found:
                hit.score = round(hit.score + bonus, 3)
                hit.match = match
                if hit.career in allowed and (hit.career not in hits
                                              or hit.score > hits[hit.career].score):
                    hits[hit.career] = hit
            if sort is Sort.RELEVANCE and limit is not None \
                    and sum(h.score > ceiling for h in hits.values()) >= limit:
                break
        return hits

    def _plan(self, terms: list[_Term]) -> list[tuple[bool, str, tuple[int, int], float]]:
        """The stages, best first: (partial, FTS5 query, kinds searched, best score possible).

        Titles, then technology, then tasks and descriptions; whole words before prefixes.
        A query of stopwords only ("or") searches short names ("OR Nurse"); a two-letter
        prefix, official titles only.
        """
        stopwords_only = all(t.text in STOPWORDS for t in terms)
        plan = []
        for partial in (False, True):
            match = _match_expression(terms, partial)
            if match is None:
                continue
            if stopwords_only:
                chosen = [((KIND_SHORT, KIND_SHORT), EXACT_ALT)]
            elif partial and any(len(p) < 3 for t in terms for p in t.prefixes):
                chosen = [((KIND_TITLE, KIND_TITLE), EXACT_TITLE)]
            else:
                chosen = [((KIND_TITLE, KIND_SHORT), EXACT_TITLE), ((KIND_TECH, KIND_TECH), TECH),
                          ((KIND_TASK, KIND_DESCRIPTION), TASK)]
            bonus = 0.0 if partial else WHOLE_WORD
            plan += [(partial, match, kinds, bonus + 10 * tier) for kinds, tier in chosen]
        return plan

    def _grouped(self, match: str, kinds: tuple[int, int]
                 ) -> Iterable[tuple[int, int, int, int]]:
        """(kind, career, item of the closest row, rows matched) per career and kind."""
        rows = self._db.execute(
            "SELECT min(rowid), count(*) FROM search_text WHERE search_text MATCH ?"
            " AND rowid >= ? AND rowid < ? GROUP BY rowid >> ?",
            (match, kinds[0] << KIND_SHIFT, (kinds[1] + 1) << KIND_SHIFT, CAREER_SHIFT))
        for best, count in rows:
            kind, career, item = split_rowid(best)
            yield kind, career, item, count

    def _titles(self, careers: list[_Career], alt_titles: _Names,
                match: str, terms: list[_Term], partial: bool, kinds: tuple[int, int]
                ) -> list[_Hit]:
        best: dict[int, _Hit] = {}
        for kind, career, item, count in self._grouped(match, kinds):
            c = careers[career]
            if kind == KIND_TITLE:
                found = c.title_words
                tier, closeness = _title_tier(found, terms, partial, official=True)
                spread = 0.0
            else:
                title, short = alt_titles[career][item]
                found = _content_words(short if kind == KIND_SHORT and short else title)
                tier, closeness = _title_tier(found, terms, partial, official=False)
                spread = _spread(count, 30)
            score = 10 * tier + _bonus(3 * closeness, 3 * c.popularity, 2 * spread,
                                       2 * _literal(found, terms, partial))
            if career not in best or score > best[career].score:
                best[career] = _Hit(score, kind, item, career, count)
        return list(best.values())

    def _items(self, careers: list[_Career], match: str, kinds: tuple[int, int]
               ) -> list[_Hit]:
        """Technology, task and description hits: the more rows match, the better."""
        best: dict[int, _Hit] = {}
        for kind, career, item, count in self._grouped(match, kinds):
            popularity = 4 * careers[career].popularity
            if kind == KIND_TECH:
                score = 10 * TECH + _bonus(3 * _spread(count, 10), popularity)
            elif kind == KIND_TASK:
                score = 10 * TASK + _bonus(5 * _spread(count, 8), popularity)
            else:
                score = 10 * DESCRIPTION + _bonus(popularity)
            if career not in best or score > best[career].score:
                best[career] = _Hit(score, kind, item, career, count)
        return list(best.values())

    # ------------------------------------------------------------- results

    def _browse(self, careers: list[_Career], allowed: list[int], sort: Sort,
                limit: int | None) -> list[SearchResult]:
        def key(i: int) -> tuple:
            c = careers[i].figures
            return (c.major_group.code, c.title, c.code) if sort is Sort.RELEVANCE \
                else _order(careers[i], 0.0, sort)

        chosen = sorted(allowed, key=key)[:limit]
        where = translate("Search", "in {group}")
        return [_summary(careers[i], where.format(group=careers[i].figures.major_group.title),
                         0.0) for i in chosen]

    def _results(self, careers: list[_Career], alt_titles: _Names,
                 ranked: list[_Hit], terms: list[_Term]) -> list[SearchResult]:
        tasks = self._task_excerpts(careers, [h for h in ranked if h.kind == KIND_TASK], terms)
        results = []
        for hit in ranked:
            career = careers[hit.career]
            if hit.kind in (KIND_ALT, KIND_SHORT):
                why = translate("Search", "also called: {title}").format(
                    title=_trim(alt_titles[hit.career][hit.item][0]))
            elif hit.kind == KIND_TECH:
                why = translate("Search", "technology: {name}").format(
                    name=_trim(self._tech_names(hit.career, career.code)[hit.item]))
            elif hit.kind == KIND_TASK:
                why = translate("Search", "task: {task}").format(task=tasks.get(hit.career, ""))
            elif hit.kind == KIND_DESCRIPTION:
                why = translate("Search", "description")
            elif hit.kind == KIND_TITLE:
                why = translate("Search", "title")
            else:
                why = translate("Search", "code")
            results.append(_summary(career, why, hit.score))
        return results

    def _task_excerpts(self, careers: list[_Career], hits: list[_Hit], terms: list[_Term]
                       ) -> dict[int, str]:
        """Per career, the matching task that reads most like the query, trimmed to the match."""
        if not hits:
            return {}
        seqs = {h.career: [h.item] for h in hits}
        several = {h.career for h in hits if h.count > 1}  # several tasks match: read them all
        for match in sorted({h.match for h in hits if h.career in several}):
            for (value,) in self._db.execute(
                "SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid >= ?"
                " AND rowid < ?", (match, KIND_TASK << KIND_SHIFT, (KIND_TASK + 1) << KIND_SHIFT)
            ):
                _, career, item = split_rowid(value)
                if career in several and item not in seqs[career]:
                    seqs[career].append(item)
        wanted = {(careers[c].code, seq) for c, items in seqs.items() for seq in items}
        codes = sorted({code for code, _ in wanted})
        texts: dict[str, list[str]] = {}
        for code, seq, text in self._db.execute(  # by code: the primary key's first column
            f"SELECT code, seq, text FROM task WHERE code IN ({', '.join('?' * len(codes))})"
            " ORDER BY code, seq", codes,
        ):
            if (code, seq) in wanted:
                texts.setdefault(code, []).append(text)
        return {c: _excerpt(min(texts[careers[c].code], key=lambda t: _reads_like(t, terms)),
                            terms) for c in seqs if careers[c].code in texts}

    def _tech_names(self, career: int, code: str) -> list[str]:
        with self._lock:
            if career not in self._tech:
                self._tech[career] = [n for (n,) in self._db.execute(CAREER_TECH_SQL, (code,))]
            return self._tech[career]


# ------------------------------------------------------------------ helpers


@lru_cache(maxsize=1 << 14)
def _content_words(text: str) -> tuple[str, ...]:
    """The words of a title that say something (all of them if all are stopwords)."""
    found = words(text)
    return tuple(w for w in found if w not in STOPWORDS) or tuple(found)


def _bonus(*parts: float) -> float:
    return min(MAX_BONUS, sum(parts))


def _spread(count: int, full: int) -> float:
    """0-1: how many rows matched, 1 from ``full`` rows on."""
    return min(1.0, math.log1p(count) / math.log1p(full))


def _distance(variants: Sequence[str], word: str, limit: int) -> int:
    """Edits from the token (variants[0]) or a sound-alike spelling to ``word``, in halves."""
    from rapidfuzz.distance import OSA  # 20 ms to import: only once a word needs it

    best = 2 * OSA.distance(variants[0], word, score_cutoff=limit // 2 + 1)
    for variant in variants[1:]:
        best = min(best, 2 * OSA.distance(variant, word, score_cutoff=limit // 2 + 1) + 1)
    return best


def _closest(scored: list[tuple[int, int, int, str]]) -> tuple[str, ...]:
    """The nearest spellings (up to half an edit further too), title words and common first."""
    if not scored:
        return ()
    nearest = min(s[0] for s in scored)
    chosen: list[str] = []
    for _, _, _, word in sorted(s for s in scored if s[0] <= nearest + 1):
        if word not in chosen:
            chosen.append(word)
    return tuple(chosen[:MAX_SPELLINGS])


def _match_expression(terms: Sequence[_Term], partial: bool) -> str | None:
    """The FTS5 query: every term required; quoted words only. None if it cannot match."""
    if partial and not any(t.prefixes for t in terms):
        return None  # the same as the whole-word query
    clauses: list[str] = []
    i = 0
    while i < len(terms):
        term = terms[i]
        clause = term.clause(partial)
        if clause is None:
            return None
        if term.joined_next and i + 1 < len(terms):
            following = terms[i + 1].clause(partial)
            if following is None:
                return None
            clause = f'(({clause} AND {following}) OR "{term.joined_next}")'
            i += 1
        clauses.append(clause)
        i += 1
    return " AND ".join(clauses)


def _title_tier(found: Sequence[str], terms: Sequence[_Term], partial: bool,
                official: bool) -> tuple[int, float]:
    """(tier, closeness 0-1) of a title whose words are ``found``."""
    exact, prefix, contains = (EXACT_TITLE, TITLE_PREFIX, TITLE_WORDS) if official \
        else (EXACT_ALT, ALT_PREFIX, ALT_WORDS)
    closeness = min(1.0, len(terms) / max(1, len(found)))
    if len(found) >= len(terms) and all(
            t.matches(w, partial) for t, w in zip(terms, found, strict=False)):
        whole = len(found) == len(terms) and all(
            t.matches(w, False) for t, w in zip(terms, found, strict=False))
        return (exact if whole else prefix), closeness
    glued_query = "".join(singular(t.text) for t in terms)
    glued_title = "".join(singular(w) for w in found)
    if glued_query == glued_title:
        return exact, closeness
    if len(glued_query) >= 4 and glued_title.startswith(glued_query):
        return prefix, closeness
    literal = all(any(t.matches(w, partial) for w in found) for t in terms) \
        or (len(terms) > 1 and glued_query in glued_title)
    if not literal and not official:
        return ALT_STEM, closeness
    return contains, closeness


def _literal(found: Sequence[str], terms: Sequence[_Term], partial: bool) -> bool:
    """Whether every term is a word of the title as written (not only through the stemmer)."""
    return all(any(t.matches(w, partial) for w in found) for t in terms)


def _reads_like(text: str, terms: Sequence[_Term]) -> tuple[int, int, int]:
    """Sort key: tasks holding more of the query's words, close together and early, first."""
    stems = [[w[:5] for w in (*t.whole, *t.prefixes)] for t in terms]
    found = words(text)
    positions = [next((i for i, w in enumerate(found) if any(w.startswith(s) for s in group)),
                      None) for group in stems]
    hits = [p for p in positions if p is not None]
    if not hits:
        return (0, 0, len(found))
    in_order = all(a < b for a, b in zip(hits, hits[1:], strict=False))
    return (-len(hits), max(hits) - min(hits) + (0 if in_order else 5), min(hits))


def _passes(career: _Career, f: Filters) -> bool:
    c = career.figures
    chosen = ((f.major_group, c.major_group.code), (f.entry_education, c.entry_education),
              (f.job_zone, c.job_zone), (f.outlook, c.outlook),
              (f.exposure_level, c.exposure_level))
    if any(wanted is not None and wanted != value for wanted, value in chosen):
        return False
    if f.wage_min is None and f.wage_max is None:
        return True
    wage = c.median_wage
    return wage is not None and (f.wage_min is None or wage >= f.wage_min) \
        and (f.wage_max is None or wage <= f.wage_max)


def _order(career: _Career, score: float, sort: Sort) -> tuple:
    """Sort key: the chosen figure (highest first, missing last), then score, then title."""
    c = career.figures
    if sort is Sort.RELEVANCE:
        return (-score, c.title, c.code)
    figure = {Sort.PAY: c.median_wage, Sort.GROWTH: c.percent_change,
              Sort.OPENINGS: c.annual_openings}[sort]
    return (figure is None, -(figure or 0), -score, c.title, c.code)


def _summary(career: _Career, why: str, score: float) -> SearchResult:
    return replace(career.figures, matched_on=why, score=score)


def _trim(text: str, width: int = EXCERPT_CHARS) -> str:
    if len(text) <= width:
        return text
    cut = text[:width].rsplit(" ", 1)[0].rstrip(" ,;:.-")
    return cut + " …"


def _excerpt(text: str, terms: Sequence[_Term]) -> str:
    """The text trimmed to EXCERPT_CHARS, from shortly before the first word matched."""
    stems = [w[:5] for t in terms for w in (*t.whole, *t.prefixes)]
    lowered = text.lower()
    position = 0
    if len(lowered) == len(text):  # positions agree (true of the O*NET texts)
        found = [m.start() for m in _WORD.finditer(lowered)
                 if any(m.group().startswith(s) for s in stems)]
        position = found[0] if found else 0
    if position + 20 > EXCERPT_CHARS:
        start = text.rfind(" ", 0, position - 15) + 1
        return "… " + _trim(text[start:])
    trimmed = _trim(text)
    if len(trimmed) > 1 and trimmed[0].isupper() and trimmed[1].islower():
        trimmed = trimmed[0].lower() + trimmed[1:]
    return trimmed
