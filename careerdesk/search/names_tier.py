"""How a name reads as the query: the tier of a title or other name holding the query's
words (exact, prefix, words of it, only through the stemmer, a false friend), and the
score of each name a stage found (``titles``).

``title_tier`` reads one name; ``NameReader`` reads a stage's names the same way, each
word worked out once. ``stem_only`` and ``stray`` tell an other name that holds the words
only by chance (ranked with descriptions by the engine).
"""

from __future__ import annotations

from collections.abc import Sequence

from careerdesk.search.hits import Career, Found, Names
from careerdesk.search.layout import KIND_SHORT, KIND_TITLE
from careerdesk.search.scoring import (
    ALT_PREFIX,
    ALT_STEM,
    ALT_WORDS,
    DESCRIPTION,
    EXACT_ALT,
    EXACT_TITLE,
    MAX_BONUS,
    SPREADS,
    TITLE_PREFIX,
    TITLE_WORDS,
)
from careerdesk.search.text import content_words, false_friends, singular
from careerdesk.search.understanding import Term

MIN_COMPOUND_REST = 4  # letters after a word that begins a compound ("fire" + "fighters")


def titles(careers: list[Career], alt_titles: Names, popular: list[float],
           rows: list[tuple[int, int, int, int]], terms: list[Term], partial: bool
           ) -> list[Found]:
    """Title and other-name matches, by how closely the name reads as the query
    (``popular``: each career's popularity times 3)."""
    best: dict[int, Found] = {}
    read: dict[tuple[tuple[str, ...], bool], tuple[int, float, bool]] = {}
    names = NameReader(terms, partial)
    by_rows = SPREADS[30]
    for kind, career, item, count in rows:
        if kind == KIND_TITLE:
            found = careers[career].title_words
            spread = 0.0
        else:
            title, short = alt_titles[career][item]
            found = content_words(short if kind == KIND_SHORT and short else title)
            spread = by_rows[count if count < 30 else 30]  # _spread(count, 30)
        official = kind == KIND_TITLE
        known = read.get((found, official))  # names recur across careers: read once
        if known is None:
            known = read[found, official] = names.read(found, official)
        tier, closeness, literal = known
        score = 10 * tier + min(MAX_BONUS, sum(  # _bonus(...) written out
            (3 * closeness, popular[career], 2 * spread, 2 * literal)))
        before = best.get(career)
        if before is None or score > before[0]:
            best[career] = (score, kind, item, career, count)
    return list(best.values())


def title_tier(found: Sequence[str], terms: Sequence[Term], partial: bool,
               official: bool) -> tuple[int, float]:
    """(tier, closeness 0-1) of a title whose words are ``found``."""
    exact, prefix, contains = (EXACT_TITLE, TITLE_PREFIX, TITLE_WORDS) if official \
        else (EXACT_ALT, ALT_PREFIX, ALT_WORDS)
    # the words after "Except" name who is left out: they make a title no longer
    concept = any(t.interest for t in terms)
    kept = found[:found.index("except")] if official and "except" in found \
        and not concept else found
    closeness = min(1.0, len(terms) / max(1, len(kept)))
    if concept:
        # "animals" stands for many words: where in a title one of them sits says nothing;
        # one found only through the stemmer is a false friend ("Animators": "anim"), and
        # one after "Except" names who is left out ("Ophthalmologists, Except Pediatric")
        named = found[:found.index("except")] if official and "except" in found else found
        return (contains if is_literal(named, terms, partial) else DESCRIPTION), closeness
    if strangers(found, terms, partial):  # "animator" in "Animal Caretakers"
        return DESCRIPTION, closeness
    if official and "except" in found and not any(t.groups for t in terms) and not all(
            t.found_in(found[:found.index("except")], partial) for t in terms):
        return DESCRIPTION, closeness  # "police" in "Dispatchers, Except Police, Fire, ..."
    if len(found) >= len(terms) and all(
            t.matches(w, partial) for t, w in zip(terms, found, strict=False)):
        whole = len(found) == len(terms) and all(
            t.matches(w, False) for t, w in zip(terms, found, strict=False))
        return (exact if whole else prefix), closeness
    glued_query = "".join(singular(t.text) for t in terms)
    glued_title = "".join(singular(w) for w in found)
    if glued_query == glued_title:
        return exact, closeness
    if len(glued_query) >= 4 and glued_title.startswith(glued_query) \
            and _glued_start(found, len(terms), glued_query):
        return prefix, closeness
    literal = all(any(t.matches(w, partial) for w in found) for t in terms) \
        or (len(terms) > 1 and glued_query in glued_title)
    if not literal and not official:
        return ALT_STEM, closeness
    return contains, closeness


class NameReader:
    """``title_tier`` and ``is_literal`` for the names of one stage, with what each word of a
    name is to the terms worked out once (a stage reads hundreds of names sharing words):
    bit i of a word's mask is set when term i matches it (``Term.matches``)."""

    def __init__(self, terms: Sequence[Term], partial: bool) -> None:
        self._terms = terms
        self._partial = partial
        self._count = len(terms)
        self._every = (1 << len(terms)) - 1
        self._concept = any(t.interest for t in terms)
        self._glued_query = "".join(singular(t.text) for t in terms)
        self._grouped = any(t.groups for t in terms)
        self._singulars: dict[str, int] = {}  # a word's rough singular -> terms matching it
        for i, t in enumerate(terms):
            for form in t.singulars:
                self._singulars[form] = self._singulars.get(form, 0) | 1 << i
        self._prefixes = [(1 << i, t.prefixes) for i, t in enumerate(terms)
                          if t.prefixes] if partial else []
        # a word's rough singular -> the terms that leave out a name holding it ("-supervisor"
        # of trucks: "Truck Driver Supervisor" holds no truck driving, ``Term.found_in``)
        self._barring: dict[str, int] = {}
        for i, t in enumerate(terms):
            for form in t.without_singulars:
                self._barring[form] = self._barring.get(form, 0) | 1 << i
        self._masks: dict[str, int] = {}

    def _mask(self, word: str) -> int:
        """The terms matching the word: whole, or (in a prefix stage) by a prefix."""
        mask = self._masks.get(word)
        if mask is None:
            mask = self._singulars.get(singular(word), 0)
            for bit, prefixes in self._prefixes:
                if word.startswith(prefixes):
                    mask |= bit
            self._masks[word] = mask
        return mask

    def read(self, found: tuple[str, ...], official: bool) -> tuple[int, float, bool]:
        """(tier, closeness, literal) as ``title_tier`` and ``is_literal`` give them."""
        count = self._count
        known = self._masks
        size = len(found)
        cut = official and "except" in found
        if cut:  # as in title_tier
            found = found[:found.index("except")]
            size = size if self._concept else len(found)
        masks = [known[w] if w in known else self._mask(w) for w in found]
        held = 0
        for mask in masks:
            held |= mask
        every = held == self._every  # every term is one of the words
        barred = self._barred(found)
        found_all = every and not barred  # every term found as ``Term.found_in`` finds it
        if cut and not found_all and not self._concept and not self._grouped:
            return DESCRIPTION, min(1.0, count / max(1, size)), False
        literal = found_all or (self._grouped and self._grouped_literal(found, held, barred))
        exact, prefix, contains = (EXACT_TITLE, TITLE_PREFIX, TITLE_WORDS) if official \
            else (EXACT_ALT, ALT_PREFIX, ALT_WORDS)
        closeness = min(1.0, count / max(1, size))
        if self._concept:
            return (contains if literal else DESCRIPTION), closeness, literal
        if not found_all and strangers(found, self._terms, self._partial):
            return DESCRIPTION, closeness, literal
        if len(found) >= count and all(masks[i] >> i & 1 for i in range(count)):
            whole = len(found) == count and all(
                self._singulars.get(singular(found[i]), 0) >> i & 1 for i in range(count))
            return (exact if whole else prefix), closeness, literal
        glued_query = self._glued_query
        glued_title = "".join(singular(w) for w in found)
        if glued_query == glued_title:
            return exact, closeness, literal
        if len(glued_query) >= 4 and glued_title.startswith(glued_query) \
                and _glued_start(found, count, glued_query):
            return prefix, closeness, literal
        if not (every or (count > 1 and glued_query in glued_title)) and not official:
            return ALT_STEM, closeness, literal
        return contains, closeness, literal

    def _barred(self, found: Sequence[str]) -> int:
        """The terms a name's words leave out (bit i: term i)."""
        barred = 0
        if self._barring:
            for w in found:
                barred |= self._barring.get(singular(w), 0)
        return barred

    def _grouped_literal(self, found: Sequence[str], held: int, barred: int) -> bool:
        """``is_literal`` for terms with groups: each term one of the words, or every word
        of one of its groups, and not left out."""
        singulars = {singular(w) for w in found}
        return all(not barred >> i & 1 and (
            held >> i & 1 or any(all(singular(w) in singulars for w in g) for g in t.groups))
            for i, t in enumerate(self._terms))


def _glued_start(found: Sequence[str], count: int, glued_query: str) -> bool:
    """Whether a name beginning with the query's words written together begins with them
    as words: several words ("fire fight": "Firefighters"), or one that starts a compound
    ("fire": "Firefighters"), not one that only starts a longer word ("mechanic":
    "Mechanical Engineers")."""
    if count > 1:
        return True
    first = singular(found[0]) if found else ""
    return len(first) - len(glued_query) >= MIN_COMPOUND_REST or not first.startswith(
        glued_query)


def strangers(found: Sequence[str], terms: Sequence[Term], partial: bool) -> bool:
    """Whether a term missing from a name as written is there only as a false friend of the
    stemmer (``careerdesk.search.text.false_friends``): the name does not hold it. A
    concept's words are each typed ("animator" of drawing in "Farm ... Animals")."""
    return any(not t.found_in(found, partial)
               and any(false_friends(typed, w) for typed in (t.whole if t.concept else (t.text,))
                       for w in found) for t in terms)


def only_excepted(title: tuple[str, ...], terms: list[Term]) -> bool:
    """Whether a title holds the query's words only after "Except", where it names who is
    left out ("aviation" in "Transportation Vehicle, Equipment and Systems Inspectors,
    Except Aviation" is no title match for "fixing airplanes")."""
    if "except" not in title:
        return False
    at = title.index("except")
    kept, left_out = ({singular(w) for w in words} for words in (title[:at], title[at + 1:]))
    return any(t.singulars & left_out for t in terms) \
        and not any(t.singulars & kept for t in terms)


def is_literal(found: Sequence[str], terms: Sequence[Term], partial: bool) -> bool:
    """Whether every term is a word of the title as written (not only through the stemmer)."""
    return all(t.found_in(found, partial) for t in terms)


def stem_only(name: str, terms: list[Term]) -> bool:
    """Whether an other name holds none of the terms but through the stemmer ("Animator"
    for "animals")."""
    words = content_words(name)
    return not any(t.found_in(words, False) for t in terms)


def stray(career: Career, name: str, searched: frozenset[str],
          strays: dict[str, frozenset[str]]) -> bool:
    """Whether an other name holds words besides the query's (``searched``) and none of them
    is a word of the title ("Cop" of Police Officers is no stray; "Marine Firefighter" of
    Sailors and Marine Oilers neither; "Unmanned Aircraft Pilot" of Camera Operators is).
    ``strays`` keeps each name's other words for the rest of the search."""
    own = strays.get(name)
    if own is None:
        own = strays[name] = frozenset(
            form for form in map(singular, content_words(name)) if form not in searched)
    return bool(own) and not own & career.title_singulars
