"""A state a student wants to work in ("jobs where i can live in alaska", "stay in
colorado"), or a city in it ("stay in sierra vista": Arizona), read out of a query as a
place wish, and the careers common there.

The states are ``phrasing.tsv``'s ``place-state`` list, read with a ``place-lead`` said just
before ("let me stay in", "jobs in"), or by the ``place-code`` list's postal codes, said as
the last word or after a lead ("fast growing jobs mn"; not "mt hood"); a state's name before
"river" names the river ("fishing on the missouri river"), no place. The cities are those
naming BLS's metropolitan areas (``CareerStore.cities``), read only after a lead: a name of
two words or more before a state ("stay in sierra vista", "jobs in kansas city": Missouri,
not Kansas), a name of one word only when no career's names or work hold it ("jobs in
tucson"; not "jobs in mobile", mobile apps, whose figures would be Alabama's) or the
``place-city`` list names it ("jobs near austin", though software names hold "austin").

A career's share of a state's jobs, set beside its share of all US jobs (BLS May 2025
employment by state and for the nation, the wage tables), says how much more common it is
there: a location quotient, as BLS calls it. The store gives the figures
(``CareerStore.state_concentration``); this module orders careers by them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from careerdesk.i18n import translate
from careerdesk.search.phrasing import load_phrasing
from careerdesk.search.reading import Chip, Reading
from careerdesk.search.spans import find_span
from careerdesk.search.text import WORD, fold

# a city's name in folded words ("st", "louis") -> (the city as written, its state's name)
Cities = Mapping[tuple[str, ...], tuple[str, str]]

PLACE = "place"  # the chip's key
_LISTS = load_phrasing()
# longest first: "west virginia" before "virginia", "let me stay in" before "in"
STATES = tuple(sorted((tuple(p.split()) for p in _LISTS["place-state"]), key=len, reverse=True))
# a state's postal code -> its name's words, read as the last word said or after a lead
CODES = {code: tuple(name) for code, *name in (p.split() for p in _LISTS["place-code"])}
if not set(CODES.values()) <= set(STATES):
    raise ValueError("phrasing.tsv: a place-code names no place-state: "
                     f"{sorted(c for c, name in CODES.items() if name not in STATES)}")
# one-word cities read after a lead although some career's text holds the word ("austin")
NAMED_CITIES = frozenset(_LISTS["place-city"])
LEADS = tuple(sorted((tuple(p.split()) for p in _LISTS["place-lead"]), key=len, reverse=True))
# a part of the state said before its name ("eastern ky"), read with it as the state
REGIONS = frozenset(_LISTS["region-word"])
# before the name of the student's own town ("stay in tok"), read as MY_TOWN
TOWN_LEADS = tuple(sorted((tuple(p.split()) for p in _LISTS["town-lead"]), key=len,
                          reverse=True))
MY_TOWN = ("stay", "in", "my", "town")  # wish:nearby
_TOWN_WORDS = 2  # the most words of a town's name read so
_STATE_WORDS = frozenset(w for state in STATES for w in state) | frozenset(CODES)
# A career listed for a state: at least this many jobs there (fewer are a handful of
# workers, whose share swings from year to year), and more common there than in the US.
LEAST_EMPLOYED = 200
# of the best career's score, the least a career's may be for being listed first as common
# in the state: a match by a title or other name scores within it, one by a task below it
PLACE_MATCH_SHARE = 0.8
MORE_COMMON = 1.0
_SMALL = frozenset({"of"})
RIVER_WORDS = frozenset({"river", "rivers"})  # after a state's name, it names a river
# before a name (a state's: "lake michigan"), they name a lake or reservoir, no place
LAKE_WORDS = frozenset({"lake", "reservoir"})


def state_name(words: Sequence[str]) -> str:
    """A state as written ("district of columbia": "District of Columbia")."""
    return " ".join(w if w in _SMALL else w.capitalize() for w in words)


def place_text(name: str) -> str:
    """The chip shown for a state named in a query, translated."""
    return translate("Search", "Understood: careers common in {state}").format(state=name)


def city_words(cities: Sequence[tuple[str, str]]) -> dict[tuple[str, ...], tuple[str, str]]:
    """(city, state) pairs by the city's folded words, longest name first."""
    named = {tuple(WORD.findall(fold(city))): (city, state) for city, state in cities}
    return dict(sorted(((w, v) for w, v in named.items() if w), key=lambda p: -len(p[0])))


def read_place(left: list[str | None], ignore: frozenset[str], reading: Reading,
               cities: Cities | None = None,
               indexed: Callable[[str], bool] = lambda word: True) -> bool:
    """Read a city of two words or more of ``cities`` said after a lead, else the first
    state named in ``left`` (and the lead said before it), else a city of one word said
    after a lead that is not ``indexed`` (see the module), into ``reading``, blanking its
    words unless the student removed its chip; whether one was."""
    said = frozenset(t for t in left if t is not None)
    if cities and _read_city(left, ignore, reading, cities, lambda words: len(words) > 1,
                             said):
        return True
    for state in STATES:
        if state[0] not in said:
            continue
        span = find_span(left, state)
        if span is not None and not _names_water(left, *span):
            return _read_state(left, span, state, ignore, reading)
    for at, word in enumerate(left):
        if word in CODES and (not any(left[at + 1:]) or _lead_before(left, at) is not None):
            return _read_state(left, (at, at + 1), CODES[word], ignore, reading)
    return bool(cities) and _read_city(
        left, ignore, reading, cities or {},
        lambda words: len(words) == 1 and (words[0] in NAMED_CITIES or not indexed(words[0])),
        said)


def _read_state(left: list[str | None], span: tuple[int, int], state: Sequence[str],
                ignore: frozenset[str], reading: Reading) -> bool:
    """Read the state said at ``span`` of ``left`` (its name or postal code), with the lead
    said before it, unless the student removed its chip."""
    if PLACE in ignore:
        return False  # its words stay to be searched
    at, end = span
    if at > 0 and left[at - 1] in REGIONS:
        at -= 1
    lead = _lead_before(left, at)
    at = at if lead is None else lead
    for i in range(at, end):
        left[i] = None
    name = state_name(state)
    reading.place = name
    reading.chips.append(Chip(PLACE, place_text(name), f"careers common in {name}"))
    reading.phrase = True
    return True


def _names_water(left: list[str | None], at: int, end: int) -> bool:
    """Whether the state said from ``at`` to ``end`` names a river ("fishing on the
    missouri river", "rafting the colorado river") or a lake ("fishing on lake michigan"):
    the water is the interest, not the state."""
    return (end < len(left) and left[end] in RIVER_WORDS) \
        or (at > 0 and left[at - 1] in LAKE_WORDS)


def _lead_before(left: list[str | None], at: int) -> int | None:
    """Where the longest place lead said just before position ``at`` starts, or None."""
    for lead in LEADS:
        if at >= len(lead) and tuple(left[at - len(lead):at]) == lead:
            return at - len(lead)
    return None


def _read_city(left: list[str | None], ignore: frozenset[str], reading: Reading,
               cities: Cities, named: Callable[[tuple[str, ...]], bool],
               said: frozenset[str]) -> bool:
    """Read the first city whose words are ``named``-worthy, said after a lead."""
    for words, (city, state) in cities.items():
        if words[0] not in said or not named(words):
            continue
        span = find_span(left, words)
        if span is None:
            continue
        at, end = span
        start = _lead_before(left, at)
        if start is None:
            continue  # a city's name said without "in" or "near" may be any word
        if PLACE in ignore:
            return False
        for i in range(start, end):
            left[i] = None
        reading.place = state
        reading.chips.append(Chip(PLACE, city_text(city, state),
                                  f"careers common in {state} ({city})"))
        reading.phrase = True
        return True
    return False


def unnamed_town(tokens: list[str], unknown: Callable[[str], bool], typing: bool = False,
                 begins: Callable[[str], bool] = lambda word: False) -> list[str]:
    """``tokens`` with a town said after a town lead ("stay in tok", "jobs near guymon")
    by up to _TOWN_WORDS words that are ``unknown`` (names the search cannot place: see
    ``QueryReader._names_no_career``) read as "stay in my town": close to
    home, as a town the data cannot place is all it can tell. A state is read as one.
    While the last word is being ``typing``, it is no town if it ``begins`` a word titles
    hold ("jobs in weldi" is welding half typed)."""
    for at in range(len(tokens)):
        lead = next((lead for lead in TOWN_LEADS
                     if tuple(tokens[at:at + len(lead)]) == lead), None)
        if lead is None:
            continue
        start = end = at + len(lead)
        while end < len(tokens) and end - start < _TOWN_WORDS and tokens[end].isalpha() \
                and tokens[end] not in _STATE_WORDS and unknown(tokens[end]) \
                and not (typing and end == len(tokens) - 1 and begins(tokens[end])):
            end += 1
        if end > start:
            return [*tokens[:at], *MY_TOWN, *tokens[end:]]
    return tokens


def city_text(city: str, state: str) -> str:
    """The chip shown for a city named in a query: its state's careers, translated."""
    return translate("Search", "Understood: careers common in {state} ({city})"
                     ).format(state=state, city=city)


def common_first(codes: Sequence[str], concentration: Mapping[str, tuple[int, float]],
                 scores: Sequence[float] | None = None) -> list[int]:
    """The positions of ``codes`` (careers in the order found) with those common in the
    state first, each group in the order found; with ``scores``, only among the careers
    found nearly as well as the best (PLACE_MATCH_SHARE of its score: by a title or other
    name, not a task that mentions the interest), the rest after in the order found
    ("warehouse jobs near ocala": stockers and packers, then weighers named "Shipping and
    Receiving Weigher", not refuse collectors whose task says "drive trucks" first)."""
    best = max(scores or [0.0])
    least = PLACE_MATCH_SHARE * best if best > 0 else float("-inf")  # (no score above 0,
    # as for careers found by meaning alone: none found better, all may be lifted)
    common = [i for i, code in enumerate(codes) if is_common(concentration.get(code[:7]))
              and (not scores or scores[i] >= least)]
    taken = set(common)
    return common + [i for i in range(len(codes)) if i not in taken]


def is_common(figures: tuple[int, float] | None) -> bool:
    """Whether a career's (jobs in the state, location quotient) make it one listed there."""
    return figures is not None and figures[0] >= LEAST_EMPLOYED and figures[1] > MORE_COMMON


def most_common(codes: Sequence[str], titles: Sequence[str],
                concentration: Mapping[str, tuple[int, float]]) -> list[int]:
    """The positions of ``codes`` common in the state, the most concentrated there first;
    never an "All Other" career, a vague answer ("Gambling Service Workers, All Other")."""
    common = [i for i, code in enumerate(codes) if is_common(concentration.get(code[:7]))
              and not titles[i].endswith("All Other")]
    return sorted(common, key=lambda i: -concentration[codes[i][:7]][1])


def why_common(name: str, figures: tuple[int, float]) -> str:
    """Why a career is listed for a state ("3.4 times as common in Alaska as in the US")."""
    employed, quotient = figures
    return translate("Search", "{times} times as common in {state} as in the US ({jobs} jobs)"
                     ).format(times=f"{quotient:.1f}", state=name, jobs=f"{employed:,}")
