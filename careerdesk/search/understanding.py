"""Query understanding: what a query means, and what its words are as the index knows them.

``careerdesk.search.phrases`` first reads how students say things: lead-ins ("i like"),
wishes that are filters or an order ("no college", "well paid") and concepts from the
reviewed ``synonyms.tsv`` ("animals", "fix cars"), each returned as a removable chip; a
word one edit from a phrase word the index does not know is mended first ("aminals").

The words left are folded (case, accents, apostrophes, width); the FTS5 query is built from
them only, each one quoted, so no user text ever reaches FTS5 syntax. Long input is cut to
``MAX_QUERY_CHARS`` and ``MAX_TERMS`` words; ordinals are dropped ("4th Grade Teacher"). A
word that matches nothing is treated as a typo: the FTS5 trigram index of the vocabulary
proposes words sharing letter triples, and RapidFuzz (optimal string alignment distance)
keeps the closest. Two words that are one word in the index ("fire fighter", "book
keeper") also match that word; a short word of initials may be an abbreviation with the
next word ("LP Nurse": LPN). While typing, the last word also matches as a prefix.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from os.path import commonprefix

from careerdesk.search.examples import AROUND, without_lake_name, without_named_example
from careerdesk.search.index import IndexReader
from careerdesk.search.phrases import (
    IT_WORDS,
    UNSURE,
    Group,
    Phrases,
    agent_nouns,
    load_phrases,
    phrase_words,
    read_phrases,
)
from careerdesk.search.places import Cities, city_words, unnamed_town
from careerdesk.search.reading import Chip
from careerdesk.search.records import Sort
from careerdesk.search.sentence_model import VOCABULARY_FILE
from careerdesk.search.text import STOPWORDS, WORD, fold, singular
from careerdesk.search.vocabulary import Trigrams, Vocabulary
from careerdesk.search.wishes import (
    ASSOCIATE,
    BACHELOR,
    HIGH_SCHOOL,
    NEARBY,
    NONDEGREE,
    SHORT_TRAINING,
    growth_beside_pay,
    near_home_chips,
)
from careerdesk.search.wordpiece import read_pieces

# A doer named by fewer titles and other names is a stray ("factorer" for "factory")
MIN_DOER_NAMES = 2
HEAD_OF_NAMES = 20  # names holding the word before "of" for it to be a title's head noun
MAX_QUERY_CHARS = 200  # longer input is cut (10,000 characters cost no more than 200)
MAX_TERMS = 8
MAX_CORRECTED = 3  # typo look-ups per query
MIN_CUT_WORD = 5  # letters of a word said with a doubled last letter once ("footbal coach")
MAX_SPELLINGS = 4  # corrections kept per word
MIN_PREFIX = 2  # shortest last word matched as a prefix while typing
MIN_TYPO = 4  # shortest word corrected
MAX_TYPO = 30
# An English word of the sentence model's vocabulary this long or longer that no career's
# text writes is no typo: searched as itself and its own forms, not as the words it resembles
# ("lions" is no "Onion Tier"; ``QueryReader._english_term``)
MIN_ENGLISH = 4
ENGLISH_START = 5  # ... but its own forms are ("tourism": "tourist"), sharing this many letters
MIN_ENGLISH_SINGULAR = 5  # a plural whose singular, this long or longer, is such a word
# A worker's word ending in one of these that the index knows only with "-man" ("forelady",
# "floorboy", "chairwoman"): the index's word, as "foreman" is said of anyone in charge
PERSONS_FOR_MAN = ("woman", "lady", "girl", "boy", "person")
MIN_SPLIT = 3  # shortest part of a word split in two ("batteryman": battery man)
MIN_SPLIT_TITLES = 6  # titles each part must be a word of ("cupper" is no "cup per";
# "cabdriver" is "cab driver": "cab" is in 7)
MIN_LONG_SPLIT_TITLES = 3  # the same when both parts are LONG_SPLIT letters or more
LONG_SPLIT = 4  # ("councilmember": "council" is in 5 titles)
NAMING_WORD_TITLES = 3  # names a word must be in for a no before it to leave them out
TRIGRAM_CANDIDATES = 150  # per spelling tried
COMMON_TITLES = 5  # a spelling in this many titles, one edit away, needs no wider look
START_TITLE, START_ELSEWHERE = 2, 1
# Ordinals and level numbers say nothing about the job ("4th Grade Teacher", "Clerk III").
_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh"
                      r"|eighth|ninth|tenth|eleventh|twelfth|ii|iii|iv)$")
# A school grade in a teacher's title names the school ("4th Grade Math Teacher" teaches in
# an elementary school, "7th grade" in a middle school, "10th grade" in a high school; AP
# courses are taught in high schools).
_GRADES = {word: level for level, words in (
    ("kindergarten", "k kindergarten"),
    ("elementary school", "1 1st first 2 2nd second 3 3rd third 4 4th fourth 5 5th fifth"),
    ("middle school", "6 6th sixth 7 7th seventh 8 8th eighth"),
    ("high school", "9 9th ninth 10 10th tenth 11 11th eleventh 12 12th twelfth"),
) for word in words.split()}
_TEACHERS = frozenset(("teacher", "teachers"))
# initials written with dots ("c.n.a.", "R.N.", "e.m.t"): one word, as the index writes them
_DOTTED = re.compile(r"\b(?:[^\W\d_]\.){1,}[^\W\d_]\b\.?")
SOUND_ALIKE = (("ph", "f"), ("f", "ph"), ("k", "c"))
# shorthand written with a slash, read as its word ("good money w/o college", "w/ animals")
_SLASHED = re.compile(r"(?<![^\W_])(?:(?:w/o|w/out|b/c)(?![^\W_/])|w/(?!/))")
_SLASH_WORDS = {"w/o": " without ", "w/out": " without ", "w/": " with ", "b/c": " because "}


TRAINED = "on the job"  # Understanding.listed_first: learned at work
TRADE_SCHOOL = "trade school"  # Understanding.listed_first: a certificate or a trade


@dataclass(frozen=True)
class Term:
    """One query word: the words it matches whole, and the prefixes it matches while typing."""

    text: str
    whole: tuple[str, ...]
    prefixes: tuple[str, ...] = ()
    joined_next: str | None = None  # this word and the next are one indexed word
    groups: tuple[tuple[str, ...], ...] = ()  # alternatives needing several words in one item
    concept: str | None = None  # the concept or synonym group it was read as
    said: tuple[str, ...] = ()  # (a concept) the words of its phrase typed ("data scientist")
    head: bool = False  # the job word of a title said as "<job> of <subject>" ("Professor")
    without: tuple[str, ...] = ()  # (a concept) an item holding one of these is not a match
    not_careers: tuple[str, ...] = ()  # (a concept) codes of careers that are never its

    @property
    def interest(self) -> bool:
        """Whether the word was read as an interest's phrase (a concept of synonyms.tsv),
        not a synonym group or a word of its own."""
        return (self.concept or "").startswith("concept:")

    @property
    def can_match(self) -> bool:
        """Whether the word has anything to match in careers' texts: not an English word
        none of them writes ("penguins"), which only the sentence model reads."""
        return bool(self.whole or self.prefixes or self.groups)

    def clause(self, partial: bool) -> str | None:
        """This word's FTS5 alternatives, quoted; None if it cannot match."""
        alternatives = [f'"{w}"' for w in self.whole]
        alternatives += ["(" + " AND ".join(f'"{w}"' for w in g) + ")" for g in self.groups]
        if partial:
            alternatives += [f'"{p}"*' for p in self.prefixes]
        if not alternatives:
            return None
        clause = "(" + " OR ".join(alternatives) + ")"
        if self.without:
            clause = "(" + clause + " NOT (" + " OR ".join(f'"{w}"' for w in self.without) + "))"
        return clause

    @cached_property
    def singulars(self) -> frozenset[str]:
        """The rough singulars of the words it matches whole."""
        return frozenset(singular(w) for w in self.whole)

    @cached_property
    def without_singulars(self) -> frozenset[str]:
        """The rough singulars of the words it leaves out (read once, not for every name)."""
        return frozenset(singular(w) for w in self.without)

    def found_in(self, found: Sequence[str], partial: bool) -> bool:
        """Whether a name's words hold this term as written: one of its words, or every word
        of one of its groups (not only through the stemmer), and none of the words it leaves out."""
        if self.without and any(singular(w) in self.without_singulars for w in found):
            return False
        if any(self.matches(w, partial) for w in found):
            return True
        singulars = {singular(w) for w in found}
        return any(all(singular(w) in singulars for w in g) for g in self.groups)

    def matches(self, word: str, partial: bool) -> bool:
        """Whether a title word is this term itself (not only through the stemmer)."""
        if singular(word) in self.singulars:
            return True
        return partial and any(word.startswith(p) for p in self.prefixes)


@dataclass(frozen=True)
class Understanding:
    """A query read: the terms to search, what was recognised (as removable chips), and the
    filters or order its wishes ask for."""

    terms: tuple[Term, ...]
    chips: tuple[Chip, ...]
    max_entry_education: str | None
    outlooks: tuple[str, ...] | None
    sort: Sort | None
    words: int  # words and concepts searched, for "matched 2 of 3 words"
    phrase: bool = False  # a student's phrase ("i like ...", "... stuff"), not a job title
    # read as a program of study: the codes of the careers it leads to (search lists these)
    program_careers: frozenset[str] | None = None
    # concepts said not to be wanted ("dont want to teach"): careers they name are left out
    denied: tuple[Group, ...] = ()
    # the wish for short training named where a certificate is earned ("trade school")
    certificate: bool = False
    # ... and named a school of trades ("trade school", "vo tech"; not "certificates")
    trade_school: bool = False
    # nothing to search for: the student does not know yet ("idk", "i dont know what i want
    # to do") or said only words around what they want ("i like"); no career is searched
    said_nothing: bool = False
    # a state the student wants to work in ("Alaska"): the careers common there come first
    place: str | None = None
    # money soon ("make money fast"): no career BLS says needs years of work in another
    # occupation first (supply chain managers, 5 years or more)
    no_experience: bool = False
    # a good job, of no work in particular ("good job close to home"): no career among the
    # lowest-paid quarter of careers (by median annual wage)
    decent_pay: bool = False
    # the wish for no college said of a degree only ("computer jobs without a degree"): a
    # certificate or some college is no degree either
    degree_only: bool = False
    # ... widened to a certificate or some college, no degree, because none of the
    # interest's closest careers starts with high school at most (computers)
    widened: bool = False
    # with a pay wish, the well-paid careers beside an interest whose own seldom pay well
    # (``Phrases.paid``: "make good money fixing cars"), searched apart
    paid: tuple[Term, ...] = ()

    @property
    def finds_by_words(self) -> bool:
        """Whether any term can match a career's text: not when every word is one no
        career's text holds ("penguins"), which only the sentence model reads."""
        return any(t.can_match for t in self.terms)

    @property
    def listed_first(self) -> str | None:
        """Which careers a query of wishes alone lists first: those BLS says usually start
        with a certificate (NONDEGREE: "certificate programs"), those and the trades learned
        in an apprenticeship (TRADE_SCHOOL: "trade school"), or an associate's degree
        (ASSOCIATE: "a 2 year degree") or a bachelor's degree (BACHELOR: "no grad school"),
        those learned by an apprenticeship or on the job (TRAINED: "paid training", a short
        course said without a certificate), or None."""
        if self.max_entry_education == NONDEGREE and self.certificate:
            return TRADE_SCHOOL if self.trade_school else NONDEGREE
        if self.max_entry_education in (ASSOCIATE, BACHELOR):
            return self.max_entry_education
        if not self.certificate and any(c.key == SHORT_TRAINING for c in self.chips):
            return TRAINED
        return None

    @property
    def near_home(self) -> bool:
        """Whether work near home is wished ("stay close to home")."""
        return any(c.key == NEARBY for c in self.chips)

    @property
    def well_paid_near_home(self) -> bool:
        """Whether good pay near home is wished with no interest ("stay close to home and
        get paid good"): the careers in the top quarter of pay, those hiring most first (found
        in most towns), not surgeons of big hospitals first."""
        return self.sort is Sort.PAY and self.near_home and not self.terms

    @property
    def wishes_order(self) -> Sort | None:
        """The order a query of wishes alone lists its careers in: the one asked for
        ("well paid": highest pay first), or for no college or growth the fastest growing
        first, as the start page lists them, and so for short training said without a
        certificate ("on the job training"); None (the field order) for the others (a
        certificate and two-year degrees list the careers starting there first)."""
        if self.denied and not self.terms and self.sort is None \
                and self.max_entry_education is None and not self.outlooks:
            return Sort.OPENINGS  # "i dont want to work at tyson": the jobs in most towns
        if self.well_paid_near_home:
            return Sort.OPENINGS
        if self.sort is not None:
            return self.sort
        if self.decent_pay and self.max_entry_education is None and not self.outlooks:
            return Sort.OPENINGS  # "good jobs": those hired for in most towns first
        if self.max_entry_education == HIGH_SCHOOL \
                or (self.max_entry_education == NONDEGREE and not self.certificate) \
                or (self.outlooks and self.max_entry_education is None):
            return Sort.GROWTH
        return None


def _bases(token: str) -> tuple[str, ...]:
    """The words a verb form written with -ing or -ed may be made from ("importing":
    "import", "baking": "bake", "shipped": "ship"); none for other words."""
    for ending in ("ing", "ed"):
        if token.endswith(ending) and len(token) > len(ending) + 2:
            stem = token[:-len(ending)]
            doubled = (stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] else ()
            return (stem, stem + "e", *doubled)
    return ()


def _misspelt_plural(token: str) -> str | None:
    """The plural a word misspells as English spells it, or None: "-fes" or "-fs" for
    "-ves" ("lifes": "lives", "shelfs": "shelves", "wolfs": "wolves"), a consonant and
    "-ys" for "-ies" ("partys": "parties", "storys": "stories")."""
    if len(token) >= 5 and token.endswith("fes"):
        return token[:-3] + "ves"
    if len(token) >= 5 and token.endswith("fs") and token[-3] in "aeilor":
        return token[:-2] + "ves"
    if len(token) >= 5 and token.endswith("ys") and token[-3] not in "aeiouy":
        return token[:-2] + "ies"
    return None


def _misspelt_ending(token: str, word: str) -> bool:
    """Whether ``token`` is ``word`` with an "-ing" ending misspelt ("bakeing" for
    "baking", "writeing"): the stemmer folds both to one stem, so the index "knows" it."""
    return word.endswith("ing") and token.endswith("eing") and token[:-4] + "ing" == word


# a town's name may be in this many items of careers' text (tasks, descriptions) and in no
# career's names, and still be read as a town after a town lead ("clayton": the Clayton Act;
# "meridian", in two tasks, read by its meaning listed massage therapists)
TOWN_TEXT_ITEMS = 2


class QueryReader:
    """Reads queries against the words of one search index."""

    def __init__(self, index: IndexReader, phrases: Phrases | None = None,
                 cities: Callable[[], Sequence[tuple[str, str]]] = lambda: ()) -> None:
        """``cities`` reads the (city, state) pairs a place may be named by, once."""
        self._index = index
        self._read_cities = cities
        self._phrases = phrases or load_phrases()
        self._phrase_words = phrase_words(self._phrases)
        self._single_triggers = frozenset(
            t[0] for g in self._phrases.concepts + self._phrases.synonyms for t in g.triggers
            if len(t) == 1)
        # the last two words of the triggers ending in a letter ("4 h", "4-H"): a whole word
        # when typed last, not the first letter of the next
        self._letter_endings = frozenset(
            t[-2:] for g in self._phrases.concepts + self._phrases.synonyms for t in g.triggers
            if len(t) > 1 and len(t[-1]) == 1)
        # what a typo may be mended to, in a fixed order so that a tie ("nand": band, hand,
        # land) goes the same way in every run; never a stopword, which search drops anyway
        self._mend_targets = tuple(sorted(self._phrase_words - STOPWORDS))
        # by a token's length, the targets one letter longer or shorter at most (any other
        # is more than one edit away), in the same order
        longest = max(map(len, self._mend_targets), default=0)
        self._mend_by_length = {length: tuple(t for t in self._mend_targets
                                              if abs(len(t) - length) <= 1)
                                for length in range(3, longest + 2)}
        self._understood = lru_cache(maxsize=256)(self._understand)

    def terms(self, query: str) -> list[Term]:
        """The query's words as terms, each checked against the index and corrected if needed."""
        return list(self.understand(query).terms)

    def understand(self, query: str, ignore: frozenset[str] = frozenset()) -> Understanding:
        """What the query means: wishes that are filters, concepts, and the words to search.
        ``ignore`` holds the keys of chips the student removed: those words are searched as
        typed."""
        return self._understood(query[:MAX_QUERY_CHARS], ignore)

    @cached_property
    def _cities(self) -> Cities:
        """The cities a place may be named by, read once."""
        return city_words(self._read_cities())

    @cached_property
    def _city_words(self) -> frozenset[str]:
        """Every word of a city's name."""
        return frozenset(w for words in self._cities for w in words)

    def _understand(self, query: str, ignore: frozenset[str]) -> Understanding:
        text = _DOTTED.sub(lambda m: m.group().replace(".", ""), fold(query))  # "c.n.a." CNA
        if "/" in text:
            text = _SLASHED.sub(lambda m: _SLASH_WORDS[m.group()], text)
        typing = text[-1:].isalnum()
        tokens = WORD.findall(text)
        if typing and len(tokens) > 1 and len(tokens[-1]) == 1 \
                and not (tokens[-1].isdigit() and tokens[-2:-1] == ["to"]) \
                and tuple(tokens[-2:]) not in self._letter_endings:
            tokens.pop()  # "registered n": wait for the next letter ("9 to 5" is whole)
            typing = False
        spellings = self._phrases.spellings  # "ppl" -> "people", "alot" -> "a lot"
        typed = unnamed_town([w for t in tokens for w in spellings.get(t, t).split()],
                             self._names_no_career, typing,
                             lambda word: bool(self._vocabulary_words.written(word)[1]))
        tokens = without_named_example([self._mend(w, typing and i == len(typed) - 1)
                                        for i, w in enumerate(typed)], typed,
                                       lambda words: read_phrases(
                                           words, ignore, self._phrases, self._names_jobs,
                                           self.word_counts, self._cities),
                                       self.word_counts, self._names_jobs)
        tokens = without_lake_name(tokens, self._phrases.says_interest)
        tokens = _school_of_grade(tokens)
        if not re.search(r"\bIT\b", query):  # "IT Intern" is information technology
            tokens = _without_pronoun_it(tokens)
        if tuple(tokens) in UNSURE:  # "idk", "i like": no career is searched for it
            return Understanding((), (), None, None, None, 0, phrase=True, said_nothing=True)
        if len(tokens) > 1 and tokens[-1] == "i":
            tokens.pop()  # a class's level ("Fire Inspector I"), not the student's "i"
            # (the other levels are ordinals, dropped below; see ``is_class_level``)
        cities = self._cities
        read = read_phrases(tokens, ignore, self._phrases, self._names_jobs, self.word_counts,
                            cities)
        if "up" in read.rest and (unfixed := _without_particle_up(tokens)) != tokens:
            # "fixing up lowriders" ("fixing up old cars", a phrase, is read whole)
            read = read_phrases(unfixed, ignore, self._phrases, self._names_jobs,
                                self.word_counts, cities)
        typing = typing and read.last_kept  # else the word typed was read in a phrase
        terms: list[Term] = []
        for concept in read.concepts:
            terms.append(concept_term(concept, read.said.get(concept.key, ())))
        rest = [t for t in read.rest if not _ORDINAL.match(t)] or read.rest
        plain: list[str] = []
        for token in rest:
            if token not in plain:
                plain.append(token)
        plain_terms = self._word_terms(plain, typing, read.synonyms, read.phrased)
        if read.chips:  # beside a wish or an interest, a word matching nothing says nothing,
            # nor one no career's text holds, searched as the rare words it resembles (a name:
            # "help my tribe comanche" is no "Conche Operator")
            plain_terms = [t for t in plain_terms if t.can_match and not (
                t.concept is None and t.text not in t.whole
                and not any(p.startswith(t.text) for p in t.prefixes)
                and self.word_counts(t.text) is None)]  # (a word being typed is kept:
            # "sewing dressma"; not one merely like others, "qaspeqs" like "jaspers")
        if read.phrase:  # an activity also names who does it: "painting" -> "painter"
            plain_terms = [self._with_doers(t) for t in plain_terms]
        ordered = sorted([(read.positions.get(t.text, 0), i, t) for i, t in
                          enumerate(terms + plain_terms)])
        in_order = self._head_before_of(tokens, [t for *_, t in ordered], read.positions)
        chips, outlooks = growth_beside_pay(
            near_home_chips(tuple(read.chips), bool(in_order)), read.outlooks, read.sort,
            bool(in_order))
        return Understanding(tuple(in_order)[:MAX_TERMS], chips,
                             read.max_entry_education, outlooks, read.sort,
                             len(plain) + len(read.concepts), read.phrase,
                             denied=tuple(read.denied), certificate=read.certificate,
                             trade_school=read.trade_school, place=read.place,
                             no_experience=read.no_experience, degree_only=read.degree_only,
                             decent_pay=read.decent_pay,
                             paid=tuple(concept_term(self._phrases.paid[c.key])
                                        for c in read.concepts
                                        if read.sort is Sort.PAY and c.key in self._phrases.paid))

    def _head_before_of(self, tokens: list[str], terms: list[Term],
                        positions: dict[str, int]) -> list[Term]:
        """A title said as "<job> of <subject>" ("Professor of Cardiology", "Minister of
        Finance", "Assistant Professor of Biology"): the word before "of" is its head noun,
        not the last word; marked on its term (``Term.head``) when names hold that word
        often enough to be a job's word ("right of way agent" is said of a right of way)."""
        if "of" not in tokens[1:-1] or len(terms) < 2:
            return terms
        of = tokens.index("of", 1)
        before = [i for i, t in enumerate(terms)
                  if not t.concept and 0 <= positions.get(t.text, of) < of]
        if not before or before[-1] == len(terms) - 1:  # no subject searched after it
            return terms
        head = before[-1]
        if self._names_holding(terms[head].text) < HEAD_OF_NAMES:
            return terms
        return [replace(t, head=True) if i == head else t for i, t in enumerate(terms)]

    def _names_jobs(self, word: str) -> bool:
        """Whether a word is in the names of NAMING_WORD_TITLES careers or more ("nurse",
        "lawyer"): a no said before it leaves those careers out."""
        row = self._vocabulary_words.row(word)
        return row is not None and row[1] >= NAMING_WORD_TITLES and word not in STOPWORDS

    def _names_no_career(self, word: str) -> bool:
        """Whether a word is a name the search cannot place: no career's text holds it, or
        no name and a single line of text only ("clayton", of the Clayton Act), it is no
        typo of a word that does, and no city of the wage tables or phrase has it ("tok",
        "guymon")."""
        counts = self.word_counts(word)
        return len(word) > 2 and word not in AROUND \
            and (counts is None or (counts[0] == 0 and counts[1] <= TOWN_TEXT_ITEMS)) \
            and word not in self._city_words \
            and word not in self._phrase_words and self._mend(word) == word

    def _mend(self, token: str, last: bool = True) -> str:
        """A word the index does not know (nor any word it begins), one edit from a word of
        a phrase search knows ("aminals", "wrk", "peple"): that word. A word that only
        begins an indexed word is being typed when ``last`` (said last, the query still
        typed); said before another word it may be a word whose doubled last letter was
        written once ("footbal coach"), mended to the phrase's word."""
        if token in self._phrase_words or len(token) < 3 or not token.isalpha() \
                or token in self._city_words:
            return token  # (a city's word is no typo: "fond du lac" is not "find")
        plural = _misspelt_plural(token)
        if plural is not None and (plural in self._phrase_words
                                   or self._index.known(f'"{plural}"')):
            return plural  # "save lifes", "shelfs", "planning partys"
        if token.endswith("in") and not self._index.known(f'"{token}"') and (
                token + "g" in self._phrase_words or self._index.known(f'"{token}g"')):
            return token + "g"  # "makin", "weldin", "runnin": the g left out
        if token.endswith("s") and token[:-1] in self._single_triggers \
                and not self._vocabulary_words.written(token)[0]:
            return token[:-1]  # "tiktoks" (no name or task writes it; "cooks" is a title)
        from rapidfuzz.distance import OSA
        from rapidfuzz.process import extract

        # the nearest; of as near, one the token's first letter begins (a typo seldom
        # changes it: "sollar" is solar, not collar), then one with a letter the token left
        # out, the commonest slip ("builing" is building, not boiling), then the first in
        # the fixed order
        found = min(extract(token, self._mend_by_length.get(len(token), ()),
                            scorer=OSA.distance, score_cutoff=1, limit=None),
                    key=lambda f: (f[1], f[0][:1] != token[:1], len(f[0]) != len(token) + 1,
                                   f[2]), default=None)
        if found is None:
            return token
        word = str(found[0])
        if self._vocabulary_words.written(token)[0]:  # a word as written, or the start of
            # one: kept, unless said before another word and the phrase's word is it with
            # a doubled last letter written once ("footbal"; not "wrestle" for "wrestler")
            if last or self._vocabulary_words.row(token) is not None \
                    or len(token) < MIN_CUT_WORD or word != token + token[-1]:
                return token
            return word
        if self._index.known(f'"{token}"') and not _misspelt_ending(token, word) \
                and self._near_form(token):
            stems = self._index.stems([token, word])
            if stems.get(token) is not None and stems.get(word) == stems[token] \
                    and token not in (word + "s", word + "es") and word != token + "s":
                return word  # "fenccing": the stemmer folds it with the phrase's "fencing"
                # (a plural stays as written: "rodeos")
            return token  # a form of a word the stemmer knows ("cooks", not "books")
        return word

    def _near_form(self, token: str) -> bool:
        """Whether an indexed word one edit from ``token`` has its stem ("cooks": "cook"),
        so that the token is that word's form; "recipies" shares its stem only with
        "recipients", and is "recipes" misspelt."""
        near = [row[0] for row in self._vocabulary_words.near([token], 1) if row[0] != token]
        stems = self._index.stems([token, *near])
        return stems.get(token) is not None and any(
            stems.get(word) == stems[token] for word in near)

    def _word_terms(self, tokens: list[str], typing: bool, synonyms: dict[str, Group],
                    phrased: frozenset[str] | set[str] = frozenset()) -> list[Term]:
        """Terms for the words read as typed (the last one may be a prefix while typing);
        a word beginning a synonym of several words (``phrased``) is searched as the
        synonym's words alone ("secretary" of "secretary of state" is no secretary)."""
        content = ([t for t in tokens if t not in STOPWORDS] or tokens)
        content = [part for token in content  # a synonym says what it means: kept whole
                   for part in ((token,) if token in synonyms else self._split_compound(token))
                   ][:MAX_TERMS]
        terms: list[Term] = []
        corrected = 0
        for position, token in enumerate(content):
            last = typing and position == len(content) - 1 and token == tokens[-1]
            whole = self._index.known(f'"{token}"')
            if not whole and token in synonyms:
                continue  # not misspelt: searched as its synonyms (below)
            if len(token) >= 3:
                written, start = self._vocabulary(token)
            else:  # too short for the trigram index; the FTS5 prefix index covers two letters
                written = whole
                start = START_TITLE if last and len(token) >= MIN_PREFIX \
                    and self._index.known(f'"{token}"*') else 0
            prefix = last and start > 0
            correctable = MIN_TYPO <= len(token) <= MAX_TYPO and token.isalpha() \
                and corrected < MAX_CORRECTED
            # an English word is no typo of a word of careers' texts ("lions" is no "Onion
            # Tier", "guts" no "Gun")
            if correctable and not written and self.is_english(token):
                corrected += 1
                terms.append(self._english_term(token, whole))
            elif correctable and ((whole and not written)
                                  or (not whole and last and start == START_ELSEWHERE)):
                # only the stemmer knows it ("programer" ~ "program"), or it only begins
                # a rare word ("foto" -> "fotoBiz"): add the nearest spellings
                corrected += 1
                spellings, _ = self._corrections(token, False)
                terms.append(Term(token, ((token,) if whole else ()) + spellings,
                                   ((token,) if prefix else ()) + (spellings if last else ())))
            elif whole or prefix:
                terms.append(Term(token, (token,) if whole else (),
                                   (token,) if prefix else ()))
            elif correctable:
                corrected += 1
                spellings, starts = self._corrections(token, last)
                if spellings or starts:
                    terms.append(Term(token, spellings, starts))
            # a word that matches nothing and resembles nothing is left out
        return _with_synonyms(self._join_pairs(self._initials(terms)), synonyms, phrased,
                              content)

    def is_english(self, token: str) -> bool:
        """Whether the token, or its singular, is an English word of the sentence model's
        vocabulary long enough not to be read as a typo (MIN_ENGLISH); also what tells a
        place of work named in English ("the diner") from a name ("kirkwood")."""
        if len(token) < MIN_ENGLISH:
            return False
        one = singular(token)  # "otters"; not "bals" or "sats", whose "bal" and "sat" are
        return token in self._english or (  # pieces of longer words too
            len(one) >= MIN_ENGLISH_SINGULAR and one in self._english) or any(
            len(base) >= MIN_ENGLISH_SINGULAR and base in self._english
            for base in _bases(token))  # "importing": "import" (no title says "importing")

    def _english_term(self, token: str, whole: bool) -> Term:
        """An English word no career's text writes ("lions", "hollywood"): searched as
        itself where the stemmer knows it and as its own forms ("tourism": "tourist"), never
        as the words it resembles ("Onion Tier"); matching nothing, the model reads it."""
        forms = tuple(w for w in self._corrections(token, False)[0]
                      if len(commonprefix((token, w))) >= min(len(token) - 1, ENGLISH_START))
        return Term(token, ((token,) if whole else ()) + forms, ())

    def _split_compound(self, token: str) -> tuple[str, ...]:
        """A word the index does not know, nor any word it begins, that is two title words
        written as one ("batteryman", "defenseman", "benchman"): the two words; a title word
        with "-ette" ("butcherette"): that word; else the word itself. Of several ways to
        split it, the one whose rarer part is in the most titles."""
        if not 2 * MIN_SPLIT <= len(token) <= MAX_TYPO or not token.isalpha() \
                or self._index.known(f'"{token}"') or self._vocabulary_words.written(token)[0]:
            return (token,)
        if token.endswith("ette") and self._index.known(f'"{token[:-4]}"'):
            return (token[:-4],)  # "butcherette", "usherette": the worker's own word
        for person in PERSONS_FOR_MAN:  # "forelady", "floorboy": "foreman", "floorman"
            if token.endswith(person) and len(token) - len(person) >= MIN_SPLIT:
                head = token[:-len(person)]
                if self._index.known(f'"{head}man"'):
                    return (head + "man",)
                row = self._vocabulary_words.row(head)  # "newsboy": a news boy
                if row is not None and row[1] >= MIN_SPLIT_TITLES:
                    return (head, person)
        best: tuple[int, tuple[str, ...]] = (0, (token,))
        for cut in range(MIN_SPLIT, len(token) - MIN_SPLIT + 1):
            head, tail = token[:cut], token[cut:]
            if head in STOPWORDS or tail in STOPWORDS or head == tail:
                continue  # a word said twice ("barbar") is a typo, not two title words
            titles = {word: count for word, count, _ in self._vocabulary_words.among([head, tail])}
            fewest = min(titles.get(head, 0), titles.get(tail, 0))
            least = MIN_LONG_SPLIT_TITLES if min(len(head), len(tail)) >= LONG_SPLIT \
                else MIN_SPLIT_TITLES
            if fewest >= least and fewest > best[0]:
                best = (fewest, (head, tail))
        return best[1]

    @cached_property
    def _vocabulary_rows(self) -> list[tuple[str, int, int]]:
        """The index's words (read once: 27,000 words, about 15 ms)."""
        return self._index.vocabulary()

    @cached_property
    def _vocabulary_words(self) -> Vocabulary:
        """The index's words as written."""
        return Vocabulary(self._vocabulary_rows)

    @cached_property
    def _trigrams(self) -> Trigrams:
        """The index's words by their letter triples (about 90 ms to build)."""
        return Trigrams(self._vocabulary_rows, self._index.trigram_totals())

    @cached_property
    def _english(self) -> frozenset[str]:
        """The whole words of the sentence model's vocabulary ("lions", "guts", "quit"):
        English words, not typos; empty when its file cannot be read."""
        try:
            pieces = read_pieces(VOCABULARY_FILE)
        except (OSError, UnicodeError):
            return frozenset()
        return frozenset(w for w in pieces if w.isalpha() and w.islower())

    def word_counts(self, word: str) -> tuple[int, int] | None:
        """(titles, items) holding the word as written, if it is an indexed word."""
        row = self._vocabulary_words.row(word)
        return None if row is None else (row[1], row[2])

    @property
    def concepts(self) -> tuple[Group, ...]:
        """The concept groups of the reviewed phrases file."""
        return self._phrases.concepts

    def concept_matches(self) -> list[str]:
        """The FTS5 query of each concept searched by itself ("i like animals"): the
        queries students ask most, worth reading once and keeping."""
        groups = {group.key: group for group in self._phrases.concepts}
        found = (match_expression([concept_term(groups[key])], False) for key in sorted(groups))
        return [match for match in found if match is not None]

    def load(self) -> None:
        """Read everything a query may need now (the phrases and the vocabulary)."""
        _ = self._vocabulary_words, self._trigrams, self._english

    def _with_doers(self, term: Term) -> Term:
        """The term also matching who does the activity it names, where the index knows
        the word ("painter" for "painting"; not "paintor")."""
        doers = tuple(w for w in agent_nouns(term.text)
                      if w not in term.whole and self._index.known(f'"{w}"')
                      and self._names_holding(w) >= MIN_DOER_NAMES)
        return replace(term, whole=term.whole + doers) if doers else term

    def _names_holding(self, word: str) -> int:
        """How many titles and other names hold the word or its plural, as written."""
        return sum((self.word_counts(form) or (0, 0))[0] for form in (word, word + "s"))

    def _initials(self, terms: list[Term]) -> list[Term]:
        """A short word of initials followed by a word may be an abbreviation that word ends:
        "LP Nurse" also searches "LPN" (indexed as a short form of a title)."""
        result = list(terms)
        for i in range(len(result) - 1):
            a, b = result[i], result[i + 1]
            glued = a.text + b.text[:1]
            if 2 <= len(a.text) <= 3 and a.text.isalpha() and b.whole \
                    and glued not in a.whole and self._index.known(f'"{glued}"'):
                result[i] = replace(a, whole=(*a.whole, glued))
        return result

    def _join_pairs(self, terms: list[Term]) -> list[Term]:
        """Mark neighbours that are also one indexed word: 'fire fighter' -> 'firefighter'."""
        result = list(terms)
        for i in range(len(result) - 1):
            a, b = result[i], result[i + 1]
            if a.whole == (a.text,) and b.whole == (b.text,) \
                    and self._index.known(f'"{a.text + b.text}"'):
                result[i] = Term(a.text, a.whole, a.prefixes, a.text + b.text)
        return result

    def _vocabulary(self, token: str) -> tuple[bool, int]:
        """Whether indexed words, as written, are or begin with the token ("dent": "dents",
        "dental"; not "programer"), and whether longer words than it and its plural do:
        START_TITLE when a title word does, START_ELSEWHERE when only other words do, or 0
        (then matching it as a prefix would add nothing).
        """
        written, titles = self._vocabulary_words.written(token)
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
        limit = 2 * (1 if len(token) <= 6 else 2 if len(token) <= 10 else 3)
        whole: list[tuple[int, int, int, str]] = []
        starts: list[tuple[int, int, int, str]] = []

        def weigh(candidates: Sequence[tuple[str, int, int]]) -> None:
            near = distances(variants, [word for word, _, _ in candidates], limit)
            for at, distance in near.items():
                word, titles, items = candidates[at]
                whole.append((distance, -titles, -items, word))
            if typing:  # the beginnings of the longer words that are not near whole
                longer = [at for at, (word, _, _) in enumerate(candidates)
                          if at not in near and len(word) > len(token)]
                begun = [candidates[at][0][:len(token)] for at in longer]
                for at, distance in distances(variants, begun, limit).items():
                    _, titles, items = candidates[longer[at]]
                    starts.append((distance, -titles, -items, begun[at]))

        # Words beginning as the token (or a sound-alike) does, first: a typo seldom changes
        # the first letter, and RapidFuzz scans them in C (a tenth of a millisecond).
        weigh(self._vocabulary_words.near(variants, limit // 2 + 1, len(token) if typing
                                          else None))
        if not any(distance <= 2 and -titles >= COMMON_TITLES for distance, titles, _, _
                   in whole):
            # no word of several titles one edit away: words sharing letter triples
            # anywhere, the first letter too ("murse": nurse, not Morse), as well
            grams = sorted({v[i:i + 3] for v in variants for i in range(len(v) - 2)})
            seen = {w for *_, w in whole} | {w for *_, w in starts}
            weigh([row for row in self._trigrams.similar(grams, TRIGRAM_CANDIDATES
                                                      * len(variants)) if row[0] not in seen])
        swapped = [token[:i] + token[i + 1] + token[i] + token[i + 2:]
                   for i in range(len(token) - 1) if token[i] != token[i + 1]]
        for word, titles, items in self._vocabulary_words.among(swapped):  # a swap leaves
            # few triples in place
            whole.append((2, -titles, -items, word))
        spellings = _closest(whole)
        return spellings, () if spellings else _closest(starts)


def _with_synonyms(terms: list[Term], synonyms: dict[str, Group],
                   phrased: frozenset[str] | set[str], content: list[str]) -> list[Term]:
    """The terms searching their synonyms' words too (a word beginning a synonym of several
    words, ``phrased``, only those), and a term for each synonym of a word the index lacks."""
    for i, term in enumerate(terms):
        group = synonyms.get(term.text)
        if group is not None:
            own = () if term.text in phrased else term.whole
            terms[i] = Term(term.text, own + group.words, term.prefixes,
                            term.joined_next, group.groups, group.key)
    for token, group in synonyms.items():  # a synonym for a word the index lacks
        if not any(t.text == token for t in terms) and token in content:
            terms.append(Term(token, group.words, (), None, group.groups, group.key))
    return terms


def distances(variants: Sequence[str], words: Sequence[str], limit: int) -> dict[int, int]:
    """The words (by position) within ``limit`` half edits of the token (variants[0]) or a
    sound-alike spelling of it, which costs one half edit more: their distances in half
    edits. RapidFuzz scans the words in C, once per variant."""
    from rapidfuzz.distance import OSA  # 20 ms to import: only once a word needs it
    from rapidfuzz.process import extract

    found: dict[int, int] = {}
    for n, variant in enumerate(variants):
        extra = 1 if n else 0
        for _, edits, at in extract(variant, words, scorer=OSA.distance,
                                    score_cutoff=(limit - extra) // 2, limit=None):
            half = 2 * edits + extra
            if half < found.get(at, limit + 1):
                found[at] = half
    return found


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


def concept_term(group: Group, said: tuple[str, ...] = ()) -> Term:
    """A concept read in a query, as the term searched: any of its words or groups
    (``said``: the words of its phrase the query had)."""
    return Term(group.key, group.words, (), None, group.groups, group.key, said,
                without=group.without, not_careers=group.not_careers)


def head_of(terms: Sequence[Term]) -> int | None:
    """Which term is the head noun of a title said as "<job> of <subject>", if one is."""
    return next((i for i, t in enumerate(terms) if t.head), None)


def is_class_level(word: str) -> bool:
    """Whether a word after a job title gives the class's level ("Cook I", "Clerk III",
    "Clerk 2"): the level the reader drops."""
    return word == "i" or (len(word) == 1 and word.isdigit()) or bool(_ORDINAL.match(word))


# said after "it" first in a query, where the work is: "it at lsu" is IT at a university
# (stop 66: it showed no careers, "it" read as a pronoun and "lsu" unknown)
_IT_PLACE_WORDS = frozenset({"at", "for"})


def _without_pronoun_it(tokens: list[str]) -> list[str]:
    """The tokens without "it" said as a pronoun ("what is it like to be a nurse"); "it"
    before a word of IT_WORDS ("it support"), ending "in it", or said first before where the
    work is ("it at lsu", "it for the county") is information technology, and "it" alone is
    kept (so is "IT" in capitals: the caller does not call this)."""
    if "it" not in tokens or len(tokens) == 1:
        return tokens
    last = len(tokens) - 1
    return [t for i, t in enumerate(tokens) if t != "it"
            or (i < last and tokens[i + 1] in IT_WORDS)
            or (i == last and tokens[i - 1] == "in")
            or (i == 0 and tokens[1] in _IT_PLACE_WORDS)]


# "fix" with the particle "up" ("fixing up lowriders"): the particle names nothing
FIX_VERBS = frozenset({"fix", "fixes", "fixing", "fixed", "fixin"})


def _without_particle_up(tokens: list[str]) -> list[str]:
    """The tokens without "up" after a form of "fix" ("fixing up lowriders" is fixing
    lowriders; "up" alone would find "Tune-Up Mechanic" and "Set Up Worker")."""
    if "up" not in tokens:
        return tokens
    return [t for i, t in enumerate(tokens) if t != "up" or i == 0
            or tokens[i - 1] not in FIX_VERBS]


def _school_of_grade(tokens: list[str]) -> list[str]:
    """A teacher's title with a school grade ("4th grade", "grade 10") has the school's
    level in its place ("elementary school", "middle school", "high school"), and so has
    "AP"; other queries are left as they are ("im in 9th grade")."""
    if not _TEACHERS & set(tokens):
        return tokens
    if "ap" in tokens:
        at = tokens.index("ap")
        return [*tokens[:at], "high", "school", *tokens[at + 1:]]
    if "grade" not in tokens:
        return tokens
    at = tokens.index("grade")
    for near in (at - 1, at + 1):
        if 0 <= near < len(tokens) and tokens[near] in _GRADES:
            first, last = min(at, near), max(at, near)
            return [*tokens[:first], *_GRADES[tokens[near]].split(), *tokens[last + 1:]]
    return tokens


def match_expression(terms: Sequence[Term], partial: bool) -> str | None:
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


