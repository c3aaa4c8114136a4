"""An example a student names after an interest: "race cars like road america", "jets like
at kingsley field", "drawing and painting like charlie russell", "drive big trucks down i75".
The words after "like", "at", "on" or "down" name a race track, an air base, a river
("raft guide on the animas"), a painter, a brand or a road that no career's text holds as
such; searched as words they found road design ("road"), a viola ("brats" mended to
"beats") and dancers ("vance" mended to "dance"). Beside an interest the words before them
name, the interest says what the student wants, and the name is left out.

An example that is itself an interest or names a job is kept: "animals like horses",
"sports like football", "work outside like a surveyor", "fixing tiny things like watches"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from careerdesk.search.places import LAKE_WORDS, RIVER_WORDS
from careerdesk.search.reading import Reading
from careerdesk.search.text import STOPWORDS, names_a_worker

# the words that begin an example: "like <name>", "at <name>", "like at <name>", where one
# works ("boats on lake michigan", "raft guide on the animas") and where a road runs ("drive
# big trucks down i75", "on 95")
MARKERS = frozenset({"like", "at", "down", "on"})
# before "like", words that make it the verb ("i like", "i really like"), no example
LIKING = frozenset({"i", "we", "you", "they", "really", "also", "would", "dont", "do",
                    "to", "and", "who", "kinda", "sorta", "actually", "still"})
# the words that end an example: what follows is said of the job again ("like at vance but
# no college", "fix cars at a dealership that pays good")
ENDS = frozenset({"and", "but", "that", "which", "with", "without", "no", "not", "or", "so",
                  "because", "where", "who", "for", "to", "if", "when", "than", "pays",
                  "pay", "paying"})
# words said around a name that are no part of it ("like my uncle at goodyear")
AROUND = STOPWORDS | MARKERS | {"my", "our", "his", "her", "their", "your", "ur", "the", "a",
                                "an", "in", "on"}
# a word this few careers' items hold (titles, other names, activities, tasks), naming no
# job, is a name's ("america" of "road america": 3; "goodyear": 2), not a thing careers
# work with ("watches": 8)
NAME_ITEMS = 5

Read = Callable[[list[str]], Reading]
WordCounts = Callable[[str], "tuple[int, int] | None"]


class Name(Enum):
    """What the words after a marker are, when they name something."""

    STRANGE = "strange"  # a word no career's text holds, no typo of one ("kingsley")
    UNKNOWN = "unknown"  # a word no career's text holds as written ("brats", mended "beats")
    RARE = "rare"  # words careers' texts hold, one of them seldom ("road america")


def without_named_example(tokens: list[str], typed: Sequence[str], read: Read,
                          counts: WordCounts, names_jobs: Callable[[str], bool]) -> list[str]:
    """``tokens`` without the first example that names something that is no interest or
    job, said after an interest (or after words searched, when the name is STRANGE:
    "helicopters like at fort rucker"). ``typed`` are the tokens before typos were mended,
    one for one (a name is no typo: "brats" is not "beats"); ``read`` reads words as
    ``read_phrases`` does, ``counts`` gives the (titles, items) holding a word as written
    (None: not indexed), ``names_jobs`` tells a word that names jobs."""
    if len(typed) != len(tokens) or MARKERS.isdisjoint(tokens[1:-1]):
        return tokens
    whole: set[str] | None = None  # what the whole query is read as, read once
    for at, token in enumerate(tokens):
        if token not in MARKERS or at == 0 or at == len(tokens) - 1 \
                or (token == "like" and tokens[at - 1] in LIKING):
            continue
        end = next((i for i in range(at + 1, len(tokens)) if tokens[i] in ENDS), len(tokens))
        head, tail = tokens[:at], tokens[at:end]
        name = _name(typed[at:end], tail, read, counts, names_jobs)
        if name is None:
            continue
        before = read(head)
        # a name is left out after an interest, after words searched (but a lake or river
        # by its name, where the student would work: "something on lake champlain"), or
        # after a worker's title, where it names the workplace ("machinist like my dad at
        # dresser rand")
        if not (before.concepts or (name is Name.STRANGE and _searched(before, counts)
                                    and _NAMES_WATER.isdisjoint(tail))
                or ((token != "like" or "at" in tail) and _any_worker(before.rest, names_jobs))):
            continue
        # the interest is said after the marker, in words as typed that careers' texts
        # hold or an interest is said by ("work at spacex rockets", "work at vermeer like
        # my uncle"; not "fort rucker", mended to "trucks"): kept
        if not before.concepts and _as_interest(
                [t for t, m in zip(typed[at:end], tail, strict=True) if t == m],
                read).concepts:
            continue
        if whole is None:
            whole = _keys(read(tokens))
        # the marker is in no phrase read whole ("sit at a desk", "good at art")
        if whole <= _keys(before) | _keys(_as_interest(tail, read)) \
                | _keys(read(tokens[end:])):
            return head + _wish_at_end(tail, read) + tokens[end:]
    return tokens


def _wish_at_end(example: list[str], read: Read) -> list[str]:
    """The words ending an example that say a wish and nothing else, kept when the name
    before them is left out ("welding at fvtc 2 years": "2 years"); else none."""
    for start in range(2, len(example)):
        said = read(example[start:])
        if any(chip.key.startswith("wish:") for chip in said.chips) \
                and not set(said.rest) - AROUND:
            return example[start:]
    return []


def _name(typed: Sequence[str], mended: Sequence[str], read: Read, counts: WordCounts,
          names_jobs: Callable[[str], bool]) -> Name | None:
    """What the words after a marker name (``typed`` as typed, ``mended`` with typos
    mended); None when they are an interest or a job ("like horses", "at the zoo", "like a
    surveyor")."""
    words = [(t, m) for t, m in zip(typed, mended, strict=True) if t not in AROUND]
    if not words:
        return None
    said = _as_interest(list(typed), read)
    if any(chip.key.startswith("wish:") for chip in said.chips) \
            and not set(said.rest) - AROUND:
        return None  # a wish, and nothing else ("jobs on the rez": near home)
    left = set(_as_interest([t for t, _ in words], read).rest) - AROUND
    unknown = [(t, m) for t, m in words if t in left and counts(t) is None]
    if any(t == m for t, m in unknown):
        return Name.STRANGE
    if unknown:
        return Name.UNKNOWN
    rare = [t for t in left if (found := counts(t)) is not None and found[1] <= NAME_ITEMS
            and not names_jobs(t)]
    return Name.RARE if rare else None


def _any_worker(words: Sequence[str], names_jobs: Callable[[str], bool]) -> bool:
    """Whether the words searched before a marker name a worker ("machinist like my dad")."""
    return any(names_jobs(w) and names_a_worker(w) for w in words)


def _searched(before: Reading, counts: WordCounts) -> bool:
    """Whether the words before a marker (``before``, as read) search something: a word of
    careers' texts left once lead-ins and filler are read ("helicopters like at fort
    rucker")."""
    return any(counts(w) is not None for w in before.rest if w not in AROUND)


def _as_interest(words: Sequence[str], read: Read) -> Reading:
    """The words read as an interest said alone ("i like road america": roads, and
    "america")."""
    return read(["i", "like", *(w for w in words if w not in MARKERS)])


def _keys(reading: Reading) -> set[str]:
    return {chip.key for chip in reading.chips}


# a lake named by its name, after a word saying where ("at cave run lake", "on lake
# michigan", "park ranger at crater lake"): the lake, whatever its name; its name's words
# ("cave", "crater", "michigan") are no interest nor place to search
WHERE = frozenset({"at", "on", "by", "near", "around", "to"})
_NAME_BEFORE = 3  # "cave run lake"
_NAME_AFTER = 2  # "lake red rock"
_NAMES_WATER = LAKE_WORDS | RIVER_WORDS


def without_lake_name(tokens: list[str], is_trigger: Callable[[tuple[str, ...]], bool]
                      ) -> list[str]:
    """``tokens`` with a lake said by its name read as "the lake": "<where> <name> lake"
    or "<where> lake <name>", the name up to _NAME_BEFORE or _NAME_AFTER words (after
    "lake", not past a word ending the example or a word an interest is said by,
    ``is_trigger``: "on lake erie fishing"). "at the lake" and "on a lake" are left as they
    are, and so is a lake an interest is said by ("lake superior": its freighters). A
    river said by its name after "the" is read as "the river" (``_river_named``)."""
    for at, token in enumerate(tokens):
        if token in RIVER_WORDS:
            named = _river_named(tokens, at, is_trigger)
            if named is not None:
                return named
            continue
        if token not in LAKE_WORDS:
            continue
        start = at
        while start > 0 and at - start < _NAME_BEFORE and tokens[start - 1] not in WHERE \
                and tokens[start - 1] not in AROUND:
            start -= 1
        if start < at and start > 0 and tokens[start - 1] in WHERE \
                and not is_trigger(tuple(tokens[start:at + 1])):
            return [*tokens[:start], "the", "lake", *tokens[at + 1:]]
        if at > 0 and tokens[at - 1] in WHERE:
            end = at + 1
            while end < len(tokens) and end - at <= _NAME_AFTER and tokens[end] not in ENDS \
                    and tokens[end] not in AROUND and not (end > at + 1
                                                           and is_trigger((tokens[end],))):
                end += 1
            if end > at + 1 and not is_trigger(tuple(tokens[at:end])):
                return [*tokens[:at], "the", "lake", *tokens[end:]]
    return tokens


def _river_named(tokens: list[str], at: int, is_trigger: Callable[[tuple[str, ...]], bool]
                 ) -> list[str] | None:
    """``tokens`` with a river said by its name after a word saying where and "the" read as
    "the river" ("being on the rock river": not rocks), the name up to _NAME_BEFORE words an
    interest is not said by; None when the river is not named so."""
    start = at
    while start > 0 and at - start < _NAME_BEFORE and tokens[start - 1] not in AROUND \
            and tokens[start - 1] not in WHERE:
        start -= 1
    if start == at or start < 2 or tokens[start - 1] != "the" \
            or tokens[start - 2] not in WHERE or is_trigger(tuple(tokens[start:at + 1])):
        return None
    return [*tokens[:start], "river", *tokens[at + 1:]]
