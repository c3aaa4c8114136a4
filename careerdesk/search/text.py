"""Words as search sees them: folding (case, accents, apostrophes, width), splitting, the words
indexed for a text, and a rough singular. Shared by the index builder and the query reader."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc\u2018`")
WORD = re.compile(r"[^\W_]+")
_HYPHENATED = re.compile(r"[^\W_]+(?:-[^\W_]+)+")
STOPWORDS = frozenset(
    "a an and are as at by for from in into is not of on or the to with".split())


def fold(text: str) -> str:
    """Text compared without case, accents, apostrophes or width ('Sheriff’s' = 'sheriffs')."""
    if text.isascii():  # most text: its two apostrophes dropped sooner than translate does
        if "'" in text or "`" in text:
            text = text.replace("'", "").replace("`", "")
        return text.lower()
    text = text.translate(_APOSTROPHES)
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return WORD.findall(fold(text))


@lru_cache(maxsize=1 << 17)
def word_set(text: str) -> frozenset[str]:
    """The set of a text's folded words, remembered: the same names are looked through for
    many queries."""
    return frozenset(words(text))


def index_words(text: str) -> list[str]:
    """The words indexed for a text: its words, plus hyphenated words joined ('xray')."""
    folded = fold(text)
    joined = [m.group().replace("-", "") for m in _HYPHENATED.finditer(folded)]
    return WORD.findall(folded) + joined


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


@lru_cache(maxsize=1 << 16)  # search reads the words of 46,000 other names, again and again
def content_words(text: str) -> tuple[str, ...]:
    """The words of a title that say something (all of them if all are stopwords)."""
    found = words(text)
    return tuple(w for w in found if w not in STOPWORDS) or tuple(found)


# Words the index's Porter stemmer folds together although they name different things: a
# query word of one family does not match a name holding only a word of another ("animator"
# is not "Animal Caretakers"; "engines" is not "Engineers"). Each line is one stem's families.
_FALSE_FRIENDS = (
    ("animal animals", "animator animators animation animations animated animate animates "
                       "animating anime"),
    ("police", "policy policies"),
    ("engine engines", "engineer engineers engineering"),
    ("universe", "university universities"),
    ("general", "generator generators generation generations"),
    ("organ organs", "organization organizations organizer organizers organic"),
    ("security", "securities"),
)
_FAMILY = {word: (stem, family) for stem, families in enumerate(_FALSE_FRIENDS)
           for family, members in enumerate(families) for word in members.split()}


def false_friends(typed: str, written: str) -> bool:
    """Whether two words share a stem but name different things (``_FALSE_FRIENDS``)."""
    a, b = _FAMILY.get(typed), _FAMILY.get(written)
    return a is not None and b is not None and a[0] == b[0] and a[1] != b[1]


def has_false_friends(word: str) -> bool:
    """Whether the stemmer folds the word together with words naming something else."""
    return word in _FAMILY



def kin(typed: str, written: str) -> bool:
    """Whether two words are of one family of a stem with false friends ("animator",
    "animated")."""
    a = _FAMILY.get(typed)
    return a is not None and a == _FAMILY.get(written)


def names_a_worker(word: str) -> bool:
    """Whether a word reads as a worker by its ending ("bookkeeper", "counselor",
    "pharmacist", "technician", "attendant"), not a field or a thing ("art", "math")."""
    return word.endswith(("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant",
                          "ants", "ent", "ents"))
