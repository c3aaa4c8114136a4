"""How students phrase a search: lead-ins that carry no meaning ("i like", "jobs where i
can"), filler, and the concept and synonym groups of the reviewed data file
``synonyms.tsv``, read beside the wishes of ``careerdesk.search.wishes`` ("no college",
"well paid", "fast-growing"). The lead-ins, tails, filler and soft words are those of the
reviewed ``phrasing.tsv`` (read by ``careerdesk.search.phrasing``).

``read_phrases`` takes the folded words of a query and returns what it recognised (each
recognition as a removable chip) and the words left to search.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

from careerdesk.i18n import translate
from careerdesk.search.phrasing import load_phrasing
from careerdesk.search.places import STATES, Cities, read_place
from careerdesk.search.reading import Chip, Reading
from careerdesk.search.spans import find, find_span
from careerdesk.search.supervisors import LAST_WORD_SUPERVISING, SUPERVISING_WORDS
from careerdesk.search.text import STOPWORDS, names_a_worker, singular, words
from careerdesk.search.wishes import (
    COLLEGE_WORDS,
    JOB_NOUNS,
    NEARBY,
    NO_COLLEGE,
    TOWN_NEEDS,
    WISHES,
    read_wishes,
)

DATA_FILE = Path(__file__).with_name("synonyms.tsv")
# The phrases of the reviewed data file phrasing.tsv, by list.
_LISTS = load_phrasing()

# Said before what they want; removed from the start of a query when words remain after them.
LEAD_INS = tuple(tuple(p.split()) for p in sorted(
    _LISTS["lead-in"], key=lambda p: (-len(p.split()), p)))
_LEAD_INS_BY_WORD: dict[str, list[tuple[str, ...]]] = {}
for _phrase in LEAD_INS:  # longest first
    _LEAD_INS_BY_WORD.setdefault(_phrase[0], []).append(_phrase)
# The adverbs of phrasal verbs ("give back", "knock down"): in a concept's phrase, not a
# word of a concept on their own ("Back of House Supervisor" is no phrase).
PARTICLES = frozenset({"back", "up", "down", "out", "off", "over", "away", "around"})
# words of a phrase saying what is not wanted ("engineer but easy math", "science without a lab")
_UNWANTED = frozenset({"but", "without", "not", "no"})
# Said after what they want ("animal jobs").
LEAD_OUTS = JOB_NOUNS
# Words leading to what a wish took away ("physics is my favorite subject and i want a [big
# paycheck]"): at the end they lead to nothing, and what was said before them may be a tail.
_JOINING = frozenset({"and", "but", "so", "plus", "or", "i", "want", "wanna", "a", "an", "to",
                      "also"})
# ... or as a longer tail ("music is my life", "drawing is my fav thing"); longest first.
LEAD_OUT_PHRASES = tuple(tuple(p.split()) for p in sorted(
    _LISTS["lead-out"], key=lambda p: (-len(p.split()), p)))
# Words that say nothing beside a concept ("work outside", "do hair"): dropped with it.
SOFT = frozenset(_LISTS["soft"])
# Soft words that still say something beside other words ("talking to people").
MEANT = frozenset({"people"})
# Filler students add that names nothing ("firefighter stuff", "kind of science things"):
# dropped wherever it stands while other words remain; a query with filler reads as a phrase.
FILLER = frozenset(_LISTS["filler-word"])
FILLER_PHRASES = tuple(tuple(p.split()) for p in _LISTS["filler-phrase"])  # in this order
# Said just before an interest the student does not want ("dont want to teach"); longest
# first.
NEGATIONS = tuple(tuple(p.split()) for p in sorted(
    set(_LISTS["negation"]), key=lambda p: (-len(p.split()), p)))
# Words between a no and the interest it denies ("dont want to be a teacher").
# working itself, said between a no and what it denies ("dont want to work with kids")
_WORKING = frozenset({"work", "working"})
_BEFORE_DENIED = frozenset({"a", "an", "the", "be", "any", "to", "do", "doing", "with", "as",
                            "in", "at", "on", "around"}) | _WORKING  # "not in a hospital"
# ... and after it, naming what was said before ("i dont want to teach it").
_DENIAL_ENDS = frozenset({"and", "but", "or"})  # where what a no denies ends
_AFTER_DENIED = frozenset({"it", "that", "them", "this"})
# A query ending in a word at least this share of whose indexed items are titles or other
# names ("official", "girl", "administrator", "support") is a job title (0.3 against 0.4:
# 5 judged titles up, 2 down)
JOB_HEAD_SHARE = 0.3
# ... ending in one of these, it names who oversees the work its other words say
OVERSEEING = SUPERVISING_WORDS | LAST_WORD_SUPERVISING
# ... and an interest's word held by this many titles and other names or more is read as a
# word of the title ("Museum Guard"); one held by fewer as the interest ("Banjo Player")
TITLE_WORD_NAMES = 4
# a word's titles and other names, and items, as written (None: not indexed)
WordCounts = Callable[[str], tuple[int, int] | None]
# Verbs too general to be an interest beside another one ("helping kids learn" is about
# kids and learning): a concept named by a phrase starting with one of them ("helping",
# "help people") is dropped beside another concept.
GENERIC_VERBS = frozenset({"help", "helping", "helps", "do", "doing", "make", "making"})
# Verbs that say only how one cares about an interest ("help the planet", "protect
# animals"): dropped when a concept remains (as a title word they find "Helpers" and
# "Protective Service" supervisors).
WEAK_VERBS = GENERIC_VERBS | frozenset(_LISTS["weak-verb"])

# What one watches is the interest ("i watch videos about black holes"): a media word after
# a watch word is no interest in making videos unless a making word is said too.
WATCHING = frozenset(_LISTS["watch-word"])
MEDIA = frozenset(_LISTS["media-word"])
MAKING = frozenset(_LISTS["making-word"])
HEARD = frozenset(_LISTS["heard-word"])  # media ending a query about what they are about
# Who the student is, after an interest at the end ("im an art kid"): not children.
SELF_WORDS = frozenset(_LISTS["self-word"])
_KIN_TAILS = tuple(sorted((tuple(p.split()) for p in _LISTS["kin-tail"]), key=len,
                          reverse=True))  # "like my dad does" before "like my dad"
PERSON_WORDS = frozenset(_LISTS["person-word"])  # "my", "me": no title holds them
PLACE_PHRASES = tuple(tuple(p.split()) for p in _LISTS["place-phrase"])  # "on the"
TRAINING_WORDS = frozenset(_LISTS["training-word"])  # "cna classes": the classes are for cnas
# words before a training word that make it a kind of class, not the training for a field
CLASS_KINDS = frozenset(_LISTS["class-kind-word"])
IT_WORDS = frozenset(_LISTS["it-word"])  # "it" before them is information technology
# A whole query saying the student does not know yet what they want ("idk", "i like")
UNSURE = frozenset(tuple(p.split()) for p in _LISTS["unsure"])
# Said after what the student does not want ("blood grosses me out"): longest first
AVERSIONS = tuple(sorted((tuple(p.split()) for p in _LISTS["aversion"]), key=len, reverse=True))
# numbers said after a no count things, they name no job ("no two days the same")
COUNT_WORDS = frozenset("one two three four five six seven eight nine ten".split())
CLAUSE_BREAKS = frozenset({"but", "and", "though", "although", "except"})
UNSAID = frozenset({"dont", "doesnt", "t", "never", "not", "wont", "didnt", "cant", "nothing"})


# Words of a trigger that says the opposite of its concept ("stuck inside" is read as the
# outdoors): a no before it wants the concept ("i hate being stuck inside"), not the reverse.
OPPOSITE_WORDS = frozenset(_LISTS["opposite-word"])
WATCH_REACH = 5  # words from the watch word to the media word

def concept_text(label: str) -> str:
    """The chip shown for a concept, translated around its label from ``synonyms.tsv``."""
    return translate("Search", "Understood: {meaning}").format(meaning=label)


def denied_text(label: str) -> str:
    """The chip shown for a concept said not to be wanted ("Understood: not teaching")."""
    return translate("Search", "Understood: not {meaning}").format(meaning=label)


def denied_key(group_key: str) -> str:
    """The chip key of a concept said not to be wanted."""
    return f"not:{group_key}"


_CAREER_CODE = re.compile(r"\d\d-\d{4}\.\d\d")  # an O*NET-SOC code: "51-2099.00"


@dataclass(frozen=True)
class Group:
    """One line of ``synonyms.tsv``: a concept or a synonym."""

    kind: str  # "concept", "synonym" or "paid"
    label: str
    triggers: tuple[tuple[str, ...], ...]
    words: tuple[str, ...]  # single words searched
    groups: tuple[tuple[str, ...], ...]  # words searched together in one item
    without: tuple[str, ...] = ()  # an item holding one of these is not the group's
    not_careers: tuple[str, ...] = ()  # O*NET-SOC codes of careers never the group's

    @cached_property
    def longest_first(self) -> tuple[tuple[str, ...], ...]:
        """The triggers, longest first: read in this order no word of one is left over
        ("show pigs" before "pigs")."""
        return tuple(sorted(self.triggers, key=len, reverse=True))

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.label}"


@dataclass(frozen=True)
class Phrases:
    """The concept and synonym groups, and where each came from."""

    concepts: tuple[Group, ...]
    synonyms: tuple[Group, ...]
    sources: dict[str, str]  # group key -> its "## source:" line
    spellings: dict[str, str] = field(default_factory=dict)  # a way of writing -> the words
    # concept phrases said as of a worker ("fixes cars"): no trigger words
    described: frozenset[tuple[str, ...]] = frozenset()
    # per concept key, the well-paid careers beside it a pay wish adds when few of its own
    # pay well ("make good money fixing cars": automotive engineers, vehicle inspectors)
    paid: dict[str, Group] = field(default_factory=dict)

    @cached_property
    def trigger_words(self) -> frozenset[str]:
        """Every word that starts a concept phrase or is one, the words of concept phrases
        of two words ("blood" of "not scared of blood" is none: "draw blood" is a task, not
        drawing), and synonyms of one word ("manager" of "city manager" is none: "office
        manager" is a title, not a phrase). A longer phrase that says what is not wanted
        names no title ("engineer" of "engineer but easy math": "bio engineer" is a
        bioengineer)."""
        return frozenset(
            [w for g in self.concepts for t in g.triggers
             if t not in self.described and not _says_unwanted(t)
             for w in (t if len(t) <= 2 else t[:1]) if len(t) == 1 or w not in PARTICLES]
            + [t[0] for g in self.synonyms for t in g.triggers if len(t) == 1])

    @cached_property
    def synonyms_longest_first(self) -> tuple[tuple[Group, tuple[tuple[str, ...], ...]], ...]:
        """Every synonym group with its phrases, the longest first."""
        return tuple((g, tuple(sorted(g.triggers, key=lambda t: -len(t))))
                     for g in self.synonyms)

    @cached_property
    def concept_triggers(self) -> dict[str, list[tuple[tuple[str, ...], Group]]]:
        """Every concept phrase with its group, by its first word, longest first."""
        found: dict[str, list[tuple[tuple[str, ...], Group]]] = {}
        for trigger, group in sorted(((t, g) for g in self.concepts for t in g.triggers),
                                     key=lambda pair: -len(pair[0])):
            found.setdefault(trigger[0], []).append((trigger, group))
        return found

    def says_interest(self, words: tuple[str, ...]) -> bool:
        """Whether these words are, whole, a concept's phrase ("fishing", "lake superior")."""
        return bool(words) and any(trigger == words for trigger, _ in
                                   self.concept_triggers.get(words[0], ()))

    @cached_property
    def trigger_ends(self) -> dict[str, frozenset[tuple[str, str]]]:
        """The last word of every concept phrase, with the last two words of those of two
        words or more ("little kids": ("little", "kids") under "little")."""
        found: dict[str, set[tuple[str, str]]] = {}
        for group in self.concepts:
            for trigger in group.triggers:
                found.setdefault(trigger[-1], set())
                if len(trigger) > 1:
                    found.setdefault(trigger[-2], set()).add((trigger[-2], trigger[-1]))
        return {word: frozenset(pairs) for word, pairs in found.items()}

    @cached_property
    def long_synonyms(self) -> dict[str, list[tuple[str, ...]]]:
        """The synonym phrases of two or more words, by their first word ("finance
        minister"): a concept inside one is not read on its own."""
        found: dict[str, list[tuple[str, ...]]] = {}
        for group in self.synonyms:
            for trigger in group.triggers:
                if len(trigger) > 1:
                    found.setdefault(trigger[0], []).append(trigger)
        return found


@lru_cache(maxsize=1)
def load_phrases(path: Path = DATA_FILE) -> Phrases:
    """The groups of the reviewed data file. A malformed line raises ValueError."""
    concepts: list[Group] = []
    synonyms: list[Group] = []
    sources: dict[str, str] = {}
    spellings: dict[str, str] = {}
    paid: dict[str, Group] = {}
    source = ""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("## source:"):
            source = line.removeprefix("## source:").strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or parts[0] not in ("concept", "synonym", "spelling", "paid") \
                or not source:
            raise ValueError(f"{path.name}:{number}: expected a sourced line "
                             "kind<TAB>phrases<TAB>label<TAB>words")
        kind, typed, label, searched = parts
        if kind == "spelling":  # "ppl" is "people", "alot" is "a lot"
            written_forms = typed.split("|")
            split = [w for w in written_forms if words(w) != [w]]
            if split:  # a query is read a word at a time: "bee keping" would never be met
                raise ValueError(f"{path.name}:{number}: a spelling is one folded word "
                                 f"(a phrase is a concept's): {' | '.join(split)}")
            spellings.update((written, label) for written in written_forms)
            source = ""
            continue
        triggers = tuple(t for t in (tuple(words(p)) for p in typed.split("|")) if t)
        not_careers = tuple(w[1:] for w in searched.split() if w.startswith("!"))
        if not_careers and (kind != "concept" or not all(
                _CAREER_CODE.fullmatch(c) for c in not_careers)):
            raise ValueError(f"{path.name}:{number}: only a concept leaves out careers, "
                             "each by its O*NET-SOC code: !51-2099.00")
        searched = " ".join(w for w in searched.split() if not w.startswith("!"))
        odd = [w for w in searched.replace("+", " ").split()
               if words(w.removeprefix("-")) != [w.removeprefix("-")]]  # ("-" alone too)
        if odd:  # "e-commerce" would reach the index as a query of its own syntax
            raise ValueError(f"{path.name}:{number}: searched words must be folded words "
                             f"(letters and digits): {' '.join(odd)}")
        wanted = [w for w in searched.split() if not w.startswith("-")]
        without = tuple(w[1:] for w in searched.split() if w.startswith("-"))
        if without and (kind not in ("concept", "paid") or "+" in " ".join(without)):
            raise ValueError(f"{path.name}:{number}: only a concept leaves out words, "
                             "each one word: -costume")
        single = tuple(w for w in wanted if "+" not in w)
        together = tuple(tuple(w.split("+")) for w in wanted if "+" in w)
        group = Group(kind, label, triggers, single, together, without, not_careers)
        if kind == "paid":  # typed: the labels of the concepts it is beside
            paid.update((f"concept:{' '.join(t)}", group) for t in triggers)
        else:
            (concepts if kind == "concept" else synonyms).append(group)
        sources[group.key] = source
        source = ""
    unknown = set(paid) - {g.key for g in concepts}
    if unknown:
        raise ValueError(f"{path.name}: a paid line names no concept: {sorted(unknown)}")
    concepts, described = _with_word_forms(concepts, synonyms)
    return Phrases(tuple(concepts), tuple(synonyms), sources, spellings, described, paid)


def _with_word_forms(concepts: list[Group], synonyms: list[Group]
                     ) -> tuple[list[Group], frozenset[tuple[str, ...]]]:
    """The concepts, each phrase of two words or more that opens with a verb also said with
    the verb's other form ("keep people safe": "keeping people safe"; "taking care of
    animals": "take care of animals"), and one ending in a plural also said in the singular
    ("catch bad guys": "catch bad guy"), unless the file has that phrase already; only forms
    other phrases use, so that no new word is one a typo could be mended to. A phrase
    opening with a verb is also said as one describes a worker ("who plans weddings",
    "fixes cars"): those phrases are returned apart too, as their words make no query a
    phrase (``Phrases.trigger_words``: "Weights and Measures Inspector" is a title)."""
    written = {t for g in concepts + synonyms for t in g.triggers}
    known = {w for t in written if not _says_unwanted(t) for w in t}  # a form no phrase
    # uses is no word to mend to (nor one only a phrase of what is not wanted uses)
    compound_heads = {t[0] for t in written if len(t) > 1}
    openers = {t[0] for t in written if len(t) > 1 and t[0].endswith("ing")}
    added: set[tuple[str, ...]] = set()
    described: set[tuple[str, ...]] = set()

    def new(other: tuple[str, ...], more: list[tuple[str, ...]]) -> bool:
        if other in written or other in added:
            return False
        added.add(other)
        more.append(other)
        return True

    out = []
    for group in concepts:
        more: list[tuple[str, ...]] = []
        for trigger in (t for t in group.triggers if len(t) > 1):
            for form in (f for f in verb_forms(trigger[0])  # not "make posters": a
                         if f in known and f not in GENERIC_VERBS):  # generic verb's phrase
                # is dropped beside another concept, where "posters" alone is kept
                new((form, *trigger[1:]), more)
        for trigger in [t for t in group.triggers + tuple(more) if len(t) > 1]:
            for base in _verb_bases(trigger[0], known, openers):  # "who plans weddings"
                if new(other := (third_person(base), *trigger[1:]), more):
                    described.add(other)
        for trigger in group.triggers + tuple(more):
            if len(trigger) < 2 or len(trigger[-1]) < 4:
                continue
            form = singular(trigger[-1])  # "catch bad guys": "catch bad guy"; not
            # "making video", which would take the "video" of "making video games"
            if form != trigger[-1] and form in known and form not in compound_heads \
                    and new(other := (*trigger[:-1], form), more) and trigger in described:
                described.add(other)  # "who walks dog"
        out.append(replace(group, triggers=group.triggers + tuple(more)) if more else group)
    return out, frozenset(described)


VOWELS = frozenset("aeiou")


def _verb_bases(word: str, known: set[str], openers: set[str]) -> list[str]:
    """The plain verb a phrase's first word is, when phrases use it as a verb: an -ing form's
    plain verb that phrases say, or that doubles its last letter ("cutting": "cut"), or the
    word itself when other phrases open with its -ing form (``openers``: "fix": "fixing");
    none for other words ("tide pools", "the": "thing" opens no phrase), for spellings
    the rules cannot tell ("juggling": "juggle", not "juggl") or for generic verbs."""
    if word.endswith("ing"):
        forms = verb_forms(word)
        doubled = len(word) > 5 and word[-4] == word[-5]  # cutting, planning, shopping
        bases = [b for b in forms if b in known or (doubled and len(forms) == 1)][:1]
    else:
        bases = [word] if any(f in openers for f in verb_forms(word)) else []
    return [b for b in bases if b not in GENERIC_VERBS and b not in STOPWORDS and len(b) > 2]


def third_person(verb: str) -> str:
    """The form said after "who" or "she": "plan" -> "plans", "fix" -> "fixes", "teach" ->
    "teaches", "carry" -> "carries"."""
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def verb_forms(word: str) -> tuple[str, ...]:
    """A verb's -ing form, or an -ing form's plain verb, as English spells them: "keep" ->
    "keeping", "make" -> "making", "cut" -> "cutting"; "keeping" -> "keep", "making" ->
    "make", "cutting" -> "cut". A word that is no verb gives a form no one types."""
    if not word.isalpha() or len(word) < 2:
        return ()
    if word.endswith("ing") and len(word) >= 5:
        stem = word[:-3]
        if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in VOWELS | {"l", "s"}:
            return (stem[:-1],)  # cutting, putting, shopping
        if stem[-1] not in VOWELS and stem[-2] in VOWELS and stem[-1] not in "wxy" \
                and (len(stem) < 3 or stem[-3] not in VOWELS):
            return (stem + "e", stem)  # making -> make; (visiting -> visit)
        return (stem,)
    if word.endswith("ie"):
        return (word[:-2] + "ying",)
    if word.endswith("e") and not word.endswith("ee") and len(word) > 2:
        return (word[:-1] + "ing",)
    if len(word) <= 4 and word[-1] not in VOWELS | set("wxy") and word[-2] in VOWELS \
            and (len(word) < 3 or word[-3] not in VOWELS):
        return (word + word[-1] + "ing",)  # cut, put, shop, plan
    return (word + "ing",)


def phrase_words(phrases: Phrases) -> frozenset[str]:
    """Every word of a lead-in, tail, filler, wish, state or concept phrase, and the filler words
    (typos of them are mended; "bother" of "dont bother me" is not mended to "brother",
    "kinda" not to "kind")."""
    found = {w for phrase in LEAD_INS + LEAD_OUT_PHRASES + FILLER_PHRASES for w in phrase}
    found |= FILLER
    found |= {w for options in WISHES.values() for phrase in options for w in phrase}
    found |= {w for state in STATES for w in state}  # "dakota" is no typo of "lakota"
    found |= {w for g in phrases.concepts + phrases.synonyms for t in g.triggers for w in t
              if t not in phrases.described}  # "plans" is no word to mend a typo to
    return frozenset(w for w in found if len(w) >= 3)


def _aversions_as_nos(tokens: list[str]) -> list[str]:
    """The tokens with what an aversion follows said after a no, the aversion dropped:
    "hospital job but blood grosses me out" is "hospital job but no blood"."""
    for aversion in AVERSIONS:
        at = find(tokens, aversion)
        if at <= 0 or tokens[at - 1] in UNSAID:
            continue  # "heights dont scare me" wants them
        start = max((i + 1 for i in range(at) if tokens[i] in CLAUSE_BREAKS), default=0)
        if start < at:
            return _aversions_as_nos(tokens[:start] + ["no"] + tokens[start:at]
                                     + tokens[at + len(aversion):])
    return tokens


def _is_whole_concept(tokens: tuple[str, ...], phrases: Phrases,
                      ignore: frozenset[str]) -> bool:
    """Whether the query is, word for word, a concept's phrase of two words or more whose
    chip the student kept: that interest, though a wish's words are inside it ("jobs in a
    small town" lists the work every town needs, not the careers hiring most; "buy houses"
    is real estate, not a wish for pay)."""
    return len(tokens) > 1 and any(
        trigger == tokens and group.key not in ignore
        for trigger, group in phrases.concept_triggers.get(tokens[0], ()))


def read_phrases(tokens: list[str], ignore: frozenset[str], phrases: Phrases,
                 names_jobs: Callable[[str], bool] = lambda word: False,
                 word_counts: WordCounts = lambda word: None,
                 cities: Cities | None = None) -> Reading:
    """Read wishes, lead-ins, concepts and synonyms out of a query's folded words;
    ``names_jobs`` tells a word that names jobs ("nurse"), which a no can leave out too;
    ``word_counts`` gives the titles and other names, and the items, holding a word as
    written (None: not indexed). A query of no lead-in, wish or filler ending in a word
    mostly said in names (JOB_HEAD_SHARE: "guard", "agent") is a job title: its other words
    name no interest ("Museum Guard", "Child Support Enforcement Agent") unless no name
    holds them ("Sarod Player": music). ``cities`` are the cities a place may be named by
    (``careerdesk.search.places``)."""
    tokens = _aversions_as_nos(list(tokens))
    left: list[str | None] = list(tokens)
    present = frozenset(tokens)
    reading = Reading([], {})
    wished = False
    if not _is_whole_concept(tuple(tokens), phrases, ignore):
        wished = read_wishes(left, ignore, reading)
        wished = read_place(left, ignore, reading, cities,
                            lambda word: word_counts(word) is not None) or wished
    _drop_kin_tail(left)
    watched = _drop_watched_media(left)
    led = _strip_lead_ins(left, phrases) or watched
    led = _drop_self_word(left, phrases) or led
    probe = list(left)  # filler is dropped after concepts ("build things" is one)
    filled = _drop_fillers(probe)
    remaining = [t for t in probe if t is not None]
    trigger_words = phrases.trigger_words
    # a phrase: a lead-in, a wish or filler, or only words of concepts and soft words
    # ("helping kids learn", "building houses")
    # no job title joins its words with "with": "outside with kids" is two interests
    head = None if led or wished or filled or "with" in remaining[1:-1] \
        else _title_head(remaining, phrases, word_counts)
    # a head that is an interest said alone ("science", "sales") leaves a query of interests
    # a phrase ("health science"); its other interests the names hold are still words of the
    # title ("flowers sales": selling, and the word "flowers")
    alone = head is not None and head not in OVERSEEING and phrases.says_interest((head,))
    of_concepts = len(remaining) > 1 and all(
        w in trigger_words or w in SOFT or (i == 0 and _gerund(w))
        or (word_counts(w) is None and w.isalpha()
            and (len(w) > 4 or (i < len(remaining) - 1 and len(w) > 3)))
        for i, w in enumerate(remaining))  # "painting houses", "cutting hair"; a word no
    # career's text holds names no job either, before the last ("cooking cuban food",
    # "yosemite outdoors") or last when longer than a title's abbreviations ("sewing
    # qaspeqs", "teach yugtun"; not "Research Scientist II", "Restaurant GM", "VP Marketing")
    # no title says "my" or a no before a word but "except": "pe is my favorite part of
    # the day", "law but not a lawyer", "sports jobs not athlete"
    untitled = not PERSON_WORDS.isdisjoint(remaining) or any(
        0 <= find(remaining, no) < len(remaining) - len(no)
        for no in NEGATIONS if no != ("except",))
    phrase_like = led or wished or filled or untitled \
        or (of_concepts and (head is None or alone))
    _drop_filler_phrases(left, phrases)  # "welding in shop class": welding, said where
    taken = _synonym_spans(left, present, phrases)
    denied: list[tuple[Group, int]] = []
    # interests joined by "and", the last said alone and naming no worker, are interests
    # ("history and art"), not the words of a title ending in the last ("Arts and Crafts
    # Instructor" ends in a worker; "typing and bookkeeper")
    paired = alone and head is not None and "and" in remaining[1:-1] \
        and not names_a_worker(head)
    # no title says where with "the" or "a" ("ships on the lake"): its interests are read
    # as in a phrase, and the words around them ("front desk lady at the dentist") as before
    placed = any(find(remaining, place) >= 0 for place in PLACE_PHRASES)
    found = _read_concepts(left, present, ignore, phrases, remaining,
                           phrase_like or of_concepts or placed, taken, denied,
                           None if paired else head, word_counts)
    _read_denied_synonyms(left, present, ignore, phrases, denied)
    _read_denied_words(left, ignore, names_jobs, denied)
    if found:  # beside an interest, what else a no says is not wanted is not searched
        _drop_denied_rest(left)  # ("work outside but not in the heat": no heat pumps)
    _drop_fillers(left, bool(found) or wished)  # beside a concept or a wish, filler may
    # leave nothing ("jobs that will still be around when im older")
    reading.phrase = bool(phrase_like or found)
    _drop_soft_words(left, reading.phrase, taken)
    for trigger, group, at in sorted(found, key=lambda f: f[2]):
        reading.chips.append(Chip(group.key, concept_text(group.label), group.label))
        if group.key not in ignore:
            reading.concepts.append(group)
            reading.said[group.key] = trigger
            reading.positions[group.key] = at
    for group, _ in sorted(denied, key=lambda d: d[1]):
        key = denied_key(group.key)
        reading.chips.append(Chip(key, denied_text(group.label), f"not {group.label}"))
        if key not in ignore:
            reading.denied.append(group)
    _read_synonyms(left, present, phrases, reading)
    _drop_dangling_nos(left)
    weak = SOFT | WEAK_VERBS if reading.concepts else SOFT
    if (reading.concepts or wished or led) and all(t in weak for t in left if t is not None):
        left = [None if t in weak else t for t in left]
    reading.rest = [t for t in left if t is not None]
    for position, token in enumerate(left):
        if token is not None:
            reading.positions.setdefault(token, position)
    reading.last_kept = bool(tokens) and left[-1] is not None
    _near_home_as_the_towns_needs(reading, phrases)
    return reading


# the wishes work near home may be said with and still read as the work every town needs:
# no college (a trade school or a certificate lists the careers starting there first)
SCHOOLING_BESIDE_NEARBY = frozenset({NEARBY, NO_COLLEGE})


def _near_home_as_the_towns_needs(reading: Reading, phrases: Phrases) -> None:
    """Work near home wished with nothing else ("stay close to home", "jobs near
    meridian"): the work every town needs (the TOWN_NEEDS concept: electricians, plumbers,
    mechanics, police, teachers, nurses), under the wish's chip saying so. Ordered by
    openings alone, fast food, baristas and retail came first, judged no career to stay
    home for by 8 of the 9 gate judges who saw them from gate 238 to 286; removing the chip
    drops the wish as before (the wish is then not read, so this is not reached). A wish
    for no degree beside it still filters them ("close to home after graduation": those
    starting with a high school diploma); beside a certificate or a two- or four-year
    degree the careers starting there are listed first, as before."""
    keys = [c.key for c in reading.chips]
    if NEARBY not in keys or not set(keys) <= SCHOOLING_BESIDE_NEARBY or reading.rest \
            or reading.place or reading.outlooks or reading.decent_pay:
        return
    group = next((g for g in phrases.concepts if g.key == TOWN_NEEDS), None)
    if group is None:
        return
    meaning = f"close to home: {group.label}"
    reading.chips[keys.index(NEARBY)] = Chip(NEARBY, concept_text(meaning), meaning)
    reading.sort = None  # the concept's own order: the trades and services first
    reading.concepts.append(group)
    reading.positions[group.key] = 0
    reading.phrase = True


def _synonym_spans(left: list[str | None], present: frozenset[str],
                   phrases: Phrases) -> list[tuple[int, int]]:
    """Where the synonym phrases of two or more words stand (start, end)."""
    spans = (find_span(left, trigger) for word in present
             for trigger in phrases.long_synonyms.get(word, ()))
    return [span for span in spans if span is not None]


def _read_concepts(left: list[str | None], present: frozenset[str], ignore: frozenset[str],
                   phrases: Phrases, remaining: list[str], phrase_like: bool,
                   taken: list[tuple[int, int]], denied: list[tuple[Group, int]],
                   head: str | None = None, word_counts: WordCounts = lambda word: None
                   ) -> list[tuple[tuple[str, ...], Group, int]]:
    """The concepts the words name (trigger, group, position), longest trigger first; their
    words are blanked in ``left`` unless the student removed their chip. A concept inside a
    longer synonym phrase (``taken``) is not read: "finance minister" is a minister. A
    concept said after a no ("dont want to teach") goes to ``denied`` (group, position)
    instead, its words and the no blanked unless its chip was removed. A job title's
    ``head`` word outside a trigger leaves it unread ("forest fire fighter") if
    TITLE_WORD_NAMES titles and other names hold one of its words (``word_counts``)."""
    found: list[tuple[tuple[str, ...], Group, int]] = []
    ends: dict[int, int] = {}  # where each concept read ends
    done: set[str] = set()
    def said(pair: tuple[tuple[str, ...], Group]) -> int:  # how many words it spans
        span = find_span(left, pair[0])
        return 0 if span is None else span[1] - span[0]

    candidates = sorted((pair for word in present
                         for pair in phrases.concept_triggers.get(word, ())),
                        key=lambda pair: (-said(pair), -len(pair[0]), pair[1].key, pair[0]))
    for trigger, group in candidates:  # longest first
        if group.key in done:
            continue
        span = find_span(left, trigger)
        if span is None:
            continue
        at, end = span
        denial = _how_denied(left, group, trigger, at)
        if denial == "elsewhere" or any(a <= at and end <= b and b - a > end - at
                                        for a, b in taken):
            continue  # "computers but not coding": computers is read where said without a no
        own = {w for t in group.triggers for w in t}
        unread = {t for t in left if t is not None}  # not of a concept read before it
        others = [w for w in remaining if w not in own and w in unread]
        if not (phrase_like or len(trigger) > 1 or all(w in SOFT for w in others)) \
                or _words_of_a_title(trigger, head, word_counts, remaining):
            continue
        done.add(group.key)
        if denial == "denied" and _read_denial(left, group, at, end, ignore, denied):
            continue  # "good at math but i dont want to teach it"
        found.append((trigger, group, at))
        ends[at] = end
        if group.key in ignore:
            continue
        left[at:end] = [None] * (end - at)  # first the words read
        _blank_all(left, group)
    # a generic verb's phrase that says its concept without the verb too stays ("doing
    # experiments" beside chemistry: experiments)
    generic = [f for f in found if f[0][0] in GENERIC_VERBS and f[0][1:] not in f[1].triggers]
    if generic and len(generic) < len(found):  # "helping kids learn": kids, learning;
        # "help people with their feelings": feelings
        for trigger, group, at in generic:
            found.remove((trigger, group, at))
            if group.key not in ignore:
                left[at:ends[at]] = [None] * (ends[at] - at)
    return found


def _says_unwanted(trigger: tuple[str, ...]) -> bool:
    """Whether a concept's phrase of three words or more says what is not wanted ("engineer
    but easy math"): its words make no query a phrase, nor other phrases' forms."""
    return len(trigger) > 2 and not _UNWANTED.isdisjoint(trigger)


def names_mostly(word: str, word_counts: WordCounts, share: float = JOB_HEAD_SHARE) -> bool:
    """Whether a word is mostly said in job names: ``share`` or more of the indexed items
    holding it (as written) are titles or other names ("guard", "agent")."""
    counts = word_counts(word)
    return counts is not None and counts[0] >= share * counts[1] > 0


def _names_holding(word: str, word_counts: WordCounts) -> int:
    """How many titles and other names hold the word as written (0 if it is not indexed)."""
    counts = word_counts(word)
    return 0 if counts is None else counts[0]


def _title_head(remaining: list[str], phrases: Phrases, word_counts: WordCounts
                ) -> str | None:
    """The head word, when the words read as a job title: the last word, or the word
    before "of" ("Professor of Physical Therapy"), mostly said in names (JOB_HEAD_SHARE;
    "guard", "agent", "sales"), after no chat word no name holds ("so", "are") and no no."""
    at = remaining.index("of") if "of" in remaining[1:-1] else 0
    said = frozenset(remaining[:at] + remaining[at + 1:]) if at else frozenset(remaining)
    if not remaining or any(not _names_holding(w, word_counts) for w in said & SOFT) or any(
            all(w in said for w in no) for no in NEGATIONS):  # "kids are so fun"
        return None
    if at and names_mostly(remaining[at - 1], word_counts):
        return remaining[at - 1]
    return remaining[-1] if names_mostly(remaining[-1], word_counts) else None


def _words_of_a_title(trigger: tuple[str, ...], head: str | None, word_counts: WordCounts,
                      said: Sequence[str] = ()) -> bool:
    """Whether an interest's trigger, in a job title ending in ``head``, is read as words of
    the title: the head is not in it and TITLE_WORD_NAMES names hold one of its words, or
    it is the head alone, a word of OVERSEEING after other words (``said``)."""
    if head is not None and trigger == (head,) and head in OVERSEEING and len(said) > 1:
        return True  # "Shipping Lead" supervises shipping: no interest in being in charge
    return head is not None and head not in trigger and any(
        _names_holding(w, word_counts) >= TITLE_WORD_NAMES for w in trigger)


def _read_denial(left: list[str | None], group: Group, at: int, end: int,
                 ignore: frozenset[str], denied: list[tuple[Group, int]]) -> bool:
    """Whether the concept read at ``at``..``end`` is said after a no: then it goes to
    ``denied``, and its words and the no are blanked unless its chip was removed."""
    no = _denial(left, at)
    if no is None:
        return False
    denied.append((group, at))
    if denied_key(group.key) not in ignore:
        if end < len(left) and left[end] in _AFTER_DENIED:
            end += 1  # "teach it"
        left[no:end] = [None] * (end - no)
        _blank_all(left, group)
    return True


def _how_denied(left: list[str | None], group: Group, trigger: tuple[str, ...], at: int
                ) -> Literal["denied", "elsewhere", ""]:
    """How a concept's phrase said at ``at`` is read: "denied" when a no may stand before
    it, "elsewhere" when one does but another phrase of the concept is said without one
    (read there instead), "" when the phrase says the opposite of its concept ("i hate
    being stuck inside": the outdoors), whose no wants it."""
    if not OPPOSITE_WORDS.isdisjoint(trigger):
        return ""
    if _denial(left, at) is not None and _wanted_elsewhere(left, group, at,
                                                           at + len(trigger)):
        return "elsewhere"
    return "denied"


def _wanted_elsewhere(left: list[str | None], group: Group, at: int, end: int) -> bool:
    """Whether another phrase of the concept is said, away from the phrase said from ``at``
    to ``end``, without a no before it ("computers" of "computers but not coding"; not
    "grapes" of "not picking grapes")."""
    for trigger in group.triggers:
        for start in range(len(left) - len(trigger) + 1):
            if not at <= start < end and tuple(left[start:start + len(trigger)]) == trigger \
                    and _denial(left, start) is None:
                return True
    return False


def _denial(left: list[str | None], at: int) -> int | None:
    """Where a no said just before the words at ``at`` starts ("dont want to (be a)"), or
    None."""
    end = at
    while end > 0 and at - end < 3 and left[end - 1] in _BEFORE_DENIED:
        end -= 1  # "dont want to be a ...": the no may end before "be a"
    for stop in sorted({at, end}, reverse=True):
        for phrase in NEGATIONS:  # longest first
            start = stop - len(phrase)
            if start >= 0 and tuple(left[start:stop]) == phrase:
                return start
    return None


def _blank_all(left: list[str | None], group: Group) -> None:
    """Blank every other phrase of a concept read ("makeup and hair": one concept)."""
    for also in group.longest_first:
        while (more := find_span(left, also)) is not None:
            left[more[0]:more[1]] = [None] * (more[1] - more[0])


def _drop_soft_words(left: list[str | None], phrase: bool,
                     kept: list[tuple[int, int]]) -> None:
    """In a phrase, blank the generic verbs and soft words beside the words that count
    (not inside the synonym phrases ``kept``: "minister of health")."""
    live = [i for i, t in enumerate(left) if t is not None]
    soft = [i for i in live if (left[i] in GENERIC_VERBS
            or (left[i] in SOFT and left[i] not in MEANT))
            and not any(a <= i < b for a, b in kept)]
    if phrase and len(soft) < len(live):
        for i in soft:  # "making websites": websites; "working in an office": office
            left[i] = None


def _read_synonyms(left: list[str | None], present: frozenset[str], phrases: Phrases,
                   reading: Reading) -> None:
    for group, triggers in phrases.synonyms_longest_first:
        for trigger in triggers:  # "lieutenant colonel" before "colonel"
            if trigger[0] not in present:
                continue
            span = find_span(left, trigger)
            if span is None:
                continue
            at, end = span
            word = trigger[0]
            if end - at > 1:  # "au pair", "staff sergeant": its first word stands for it
                left[at + 1:end] = [None] * (end - at - 1)
                if word not in reading.synonyms:
                    reading.phrased.add(word)
            reading.synonyms.setdefault(word, group)
            break


def _read_denied_synonyms(left: list[str | None], present: frozenset[str],
                          ignore: frozenset[str], phrases: Phrases,
                          denied: list[tuple[Group, int]]) -> None:
    """Read a synonym said after a no ("i dont want to be a vet") into ``denied``, as a
    concept said after one is; its words and the no are blanked unless its chip was
    removed."""
    for group, triggers in phrases.synonyms_longest_first:  # "vet school" before "vet"
        for trigger in triggers:
            if trigger[0] not in present:
                continue
            span = find_span(left, trigger)
            if span is not None and _read_denial(left, group, *span, ignore, denied):
                break


def _read_denied_words(left: list[str | None], ignore: frozenset[str],
                       names_jobs: Callable[[str], bool], denied: list[tuple[Group, int]]
                       ) -> None:
    """Read a word naming jobs said after a no ("anything but a nurse") into ``denied``
    as a group of its own (kind "word"); its word and the no are blanked unless its chip
    was removed."""
    for at, word in enumerate(left):
        if word is None or word in COLLEGE_WORDS or word in COUNT_WORDS or word.isdigit() \
                or word in _WORKING or not names_jobs(word):
            continue  # "no college" is a wish, searched as typed once its chip is removed;
            # "no two days the same" denies no job; "dont want to work in an office" no work
        no = _denial(left, at)
        if no is not None and left[no] != "except":  # "Teachers, Except Special Education"
            _read_denial(left, Group("word", word, ((word,),), (word,), ()), at, at + 1,
                         ignore, denied)


def _drop_denied_rest(left: list[str | None]) -> None:
    """Blank a no and the words after it up to the next "and", "but" or "or" (or the
    end): what a student does not want, said in words no concept or job holds ("not in the
    heat", "not dead ones"), is not a word to search for. A no before "except" stays: it
    is a title's ("Teachers, Except Special Education")."""
    at = 0
    while at < len(left):
        no = next((phrase for phrase in NEGATIONS if phrase != ("except",)
                   and tuple(left[at:at + len(phrase)]) == phrase), None)
        if no is None:
            at += 1
            continue
        end = at + len(no)
        while end < len(left) and left[end] not in _DENIAL_ENDS:
            end += 1
        left[at:end] = [None] * (end - at)
        at = end


def _drop_dangling_nos(left: list[str | None]) -> None:
    """Blank a no left before words already read ("music but not singing": "singing" is
    music's): it has nothing left to deny and is not a word to search."""
    for at in range(len(left)):
        for phrase in NEGATIONS:
            end = at + len(phrase)
            if tuple(left[at:end]) == phrase and end < len(left) and left[end] is None:
                left[at:end] = [None] * len(phrase)
                break


def _gerund(word: str) -> bool:
    """Whether a word reads as an activity ("painting", "cutting")."""
    return len(word) >= 6 and word.endswith("ing") and word.isalpha()


def agent_nouns(word: str) -> tuple[str, ...]:
    """Who may do an activity or study a field, as English forms them: "painting" ->
    "painter", "cutting" -> "cutter", "editing" -> "editor", "typing" -> "typist";
    "history" -> "historian", "biology" -> "biologist", "astronomy" -> "astronomer";
    "physics" -> "physicist", "economics" -> "economist"; "music" -> "musician",
    "art" -> "artist", "garden" -> "gardener". Job titles name the person, and the stemmer
    keeps the two apart ("history" / "historian"); the caller keeps the ones the index
    knows."""
    if not word.isalpha() or len(word) < 3:
        return ()
    if _gerund(word):
        stem = word[:-3]
        return tuple(stem + ending for ending in ("er", "or", "ist"))
    if word.endswith("ics"):
        return (word[:-1] + "ist", word[:-3] + "ist")  # not "-ian": physics, physician
    if word.endswith("y"):
        return tuple(word[:-1] + ending for ending in ("ist", "er", "ian"))
    return tuple(word + ending for ending in ("ian", "ist", "er"))


def _drop_filler_phrases(left: list[str | None], phrases: Phrases) -> None:
    """Blank out the filler phrases (``FILLER_PHRASES``: "in shop class", "like my sister")
    while other words remain, before interests are read: they say where or like whom, not
    what the student likes ("welding in shop class" is welding, not woodworking). One an
    interest's phrase reaches into from outside stays ("talk a lot", "sing for a living")."""
    said = frozenset(left)
    for phrase in FILLER_PHRASES:
        if phrase[0] not in said:
            continue
        while (at := find(left, phrase)) >= 0 \
                and sum(t is not None for t in left) > len(phrase) \
                and not _reached_into(left, at, at + len(phrase), phrases):
            left[at:at + len(phrase)] = [None] * len(phrase)


def _reached_into(left: Sequence[str | None], start: int, end: int, phrases: Phrases
                  ) -> bool:
    """Whether an interest's phrase among the words covers some of ``left[start:end]`` and
    words outside it."""
    for i in range(end):
        for trigger, _ in phrases.concept_triggers.get(left[i] or "", ()):
            stop = i + len(trigger)
            if stop > start and (i < start or stop > end) \
                    and tuple(left[i:stop]) == trigger:
                return True
    return False


def _drop_fillers(left: list[str | None], beside_concept: bool = False) -> bool:
    """Blank out filler ("stuff", "kind of", "like" after the first word) while other words
    (or, ``beside_concept``, a concept already read) remain; whether any was found."""
    found = False
    said = frozenset(left)  # a phrase whose first word is not said is not looked for
    for phrase in FILLER_PHRASES:
        if phrase[0] not in said:
            continue
        while (at := find(left, phrase)) >= 0 and (beside_concept or sum(
                t is not None for t in left) > len(phrase)):
            left[at:at + len(phrase)] = [None] * len(phrase)
            found = True
    live = [i for i, t in enumerate(left) if t is not None]
    fill = [i for i in live if left[i] in FILLER or (left[i] == "like" and i != live[0])]
    if fill and (beside_concept or len(fill) < len(live)):
        for i in fill:
            left[i] = None
        found = True
    return found


def _drop_self_word(left: list[str | None], phrases: Phrases) -> bool:
    """Blank out a word for who the student is (SELF_WORDS) ending the query after the
    last word of an interest's phrase ("im an art kid": art), unless the two are a phrase
    of their own ("little kids"); whether one was."""
    live = [i for i, t in enumerate(left) if t is not None]
    if len(live) < 2 or left[live[-1]] not in SELF_WORDS:
        return False
    before, last = left[live[-2]] or "", left[live[-1]] or ""
    if before in SOFT or before not in phrases.trigger_ends \
            or (before, last) in phrases.trigger_ends[before]:
        return False
    left[live[-1]] = None
    return True


def _drop_watched_media(left: list[str | None]) -> bool:
    """Blank out a watch word and the media words after it (WATCH_REACH), and media said
    last (HEARD: "nature documentaries"), when other words remain and no making word is said
    ("i watch videos about black holes": black holes); whether any was."""
    said = frozenset(t for t in left if t is not None)
    live = [i for i, t in enumerate(left) if t is not None]
    heard = len(live) > 1 and left[live[-1]] in HEARD  # "nature documentaries"
    if not (said & WATCHING and said & MEDIA or heard) or said & MAKING:
        return False
    dropped = [live[-1]] if heard else []
    for at, token in enumerate(left):
        if token in WATCHING:
            media = [i for i in range(at + 1, min(at + 1 + WATCH_REACH, len(left)))
                     if left[i] in MEDIA]
            if media:
                dropped += [at, *media]
    rest = [t for i, t in enumerate(left)
            if t is not None and i not in dropped and t not in SOFT and t not in FILLER]
    if not dropped or not rest:
        return False
    for i in dropped:
        left[i] = None
    return True


_PREPOSITIONS = frozenset({"with", "in", "on", "at", "for", "about", "around", "outside"})


def _concept_at(words: list[str | None], at: int, phrases: Phrases) -> int:
    """The length of the longest concept's phrase of two or more words beginning at
    words[at]; 0 when none does."""
    return max((len(trigger) for trigger, _ in phrases.concept_triggers.get(
        words[at] or "", ()) if len(trigger) > 1
        and tuple(words[at:at + len(trigger)]) == trigger), default=0)


def _drop_kin_tail(left: list[str | None]) -> None:
    """Blank out who in the family does the work, said last after two words or more
    ("plant operator like my dad"): they may be a job title, read as one. After one word
    it stays, and makes the query a phrase ("coach like my dad" is coaching, not the Coach
    Operators of buses)."""
    live = [i for i, t in enumerate(left) if t is not None]
    words = tuple(left[i] for i in live)
    for tail in _KIN_TAILS:
        if len(words) > len(tail) + 1 and words[-len(tail):] == tail:
            for i in live[-len(tail):]:
                left[i] = None
            return


def _strip_lead_ins(left: list[str | None], phrases: Phrases) -> bool:
    """Blank out lead-ins at the start (not where a concept's phrase begins: "working with my
    hands") and lead-outs at the end ("needles and blood dont bother me") while words remain
    after them; whether any was found."""
    found = False
    while True:
        live = [i for i, t in enumerate(left) if t is not None]
        if len(live) < 2:
            return found
        words_left = [left[i] for i in live]
        # a concept's phrase at the start: no lead-in there, no tail cut into it
        kept = _concept_at(words_left, 0, phrases)
        for phrase in () if kept else _LEAD_INS_BY_WORD.get(words_left[0] or "", ()):
            if len(phrase) < len(words_left) and tuple(words_left[:len(phrase)]) == phrase:
                # "something with my hands": a lead-in's last word, a preposition, that
                # begins a concept's phrase stays ("how to become a nurse" is still read as
                # "nurse", "i play video games" as "video games")
                cut = len(phrase) - 1 if len(phrase) > 1 and phrase[-1] in _PREPOSITIONS \
                    and _concept_at(words_left, len(phrase) - 1, phrases) \
                    else len(phrase)
                for i in live[:cut]:
                    left[i] = None
                found = True
                break
        else:
            # "shop class", "summer job" name a concept: their tail stays
            named = any(tuple(words_left[-len(trigger):]) == trigger for trigger, _ in
                        phrases.concept_triggers.get(words_left[-2] or "", ()))
            last = words_left[-1]
            # a lead-out of words before one of its own words said alone: "welding in ag
            # class" ends in "in agriculture class", not in "class" ("welding in agriculture")
            tail = 0 if named else _lead_out_tail(words_left, kept)
            if tail:
                for i in live[-tail:]:
                    left[i] = None
                found = True
                continue
            if (last in _JOINING or (last in LEAD_OUTS and not named)
                    or (last in TRAINING_WORDS and not named
                        and words_left[-2] not in CLASS_KINDS)) \
                    and len(words_left) > kept:
                left[live[-1]] = None
                found = True
                continue
            return found


def _lead_out_tail(words_left: Sequence[str | None], kept: int) -> int:
    """How many words a lead-out phrase (LEAD_OUT_PHRASES, longest first) ends the words
    with, leaving words (and a concept's phrase at the start, ``kept`` words) before it; 0
    when none does."""
    for tail in LEAD_OUT_PHRASES:
        if len(tail) <= len(words_left) - max(kept, 1) \
                and tuple(words_left[-len(tail):]) == tail:
            return len(tail)
    return 0
