"""A place of work a student names that no career's text holds ("my dad works at zorbax"):
the search finds nothing, and the panel says what to type instead."""

from __future__ import annotations

import re
from collections.abc import Callable

from careerdesk.search.text import WORD, fold
from careerdesk.search.understanding import MAX_QUERY_CHARS

# "works at the plant", "worked for zorbax", "working at zorbax inc": the place is the rest,
# but for whose work it is said after it ("work at collins like my uncle")
_WORKS_AT = re.compile(r"\b(?:work|works|worked|working)\s+(?:at|for|in)\s+"
                       r"(?:the\s+|a\s+|an\s+)?(?P<place>.+?)"
                       r"(?:\s+like\s+(?:my|his|her|our)\s+\w+)?$")
MAX_PLACE_WORDS = 4  # longer is a sentence about the work, not a name


def unknown_workplace(query: str, known: Callable[[str], object]) -> str | None:
    """The place said after "works at" (or "for", "in") at the end of the query, its words
    in lower case, when no word of it is one the careers' texts hold (``known`` gives None
    for such a word); None when there is no such place or a word of it is known ("works at
    the hospital"). Read within the first MAX_QUERY_CHARS, as the search reads a query."""
    found = _WORKS_AT.search(fold(query[:MAX_QUERY_CHARS].strip()))
    if found is None:
        return None
    words = WORD.findall(found.group("place"))
    if not words or len(words) > MAX_PLACE_WORDS or any(known(w) is not None for w in words):
        return None
    return " ".join(words)
