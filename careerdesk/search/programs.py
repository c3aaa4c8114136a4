"""A query read as a program of study ("nursing degree", "welding certificate", "computer
science major"): the words name a program and a word says it is one. Then search lists the
careers the program leads to (NCES's crosswalk), with a chip the student can remove to
search the words as typed.

Only a query with a word of kind (degree, major, certificate, diploma, program) is read so,
and only when every other word belongs to one program's name: job titles that hold such a
word ("police academy program coordinator", "laborer golf course") are searched as typed."""

from __future__ import annotations

from collections.abc import Callable

from careerdesk.i18n import translate
from careerdesk.model import Program
from careerdesk.search.phrases import WordCounts, names_mostly
from careerdesk.search.text import words
from careerdesk.study import find_programs

KIND_WORDS = frozenset({"degree", "degrees", "major", "majors", "certificate",
                        "certificates", "certification", "diploma", "program", "programs"})
CHIP_PREFIX = "program:"
# words that only qualify a program's name ("Anthropology, General"): a query naming nothing
# else names no program ("Major General" is a rank)
QUALIFIERS = frozenset({"general", "other", "all", "and", "of", "the", "in"})


def read_program(query: str, programs: Callable[[], list[Program]], ignore: frozenset[str],
                 word_counts: WordCounts = lambda word: None) -> Program | None:
    """The program the query names, if it is read as one (not when its chip was removed);
    ``programs`` is called only for a query with a word of kind. A job title that holds a
    word of kind is none: one ending in a word mostly said in names (``word_counts``: the
    titles and other names, and the items, holding it) after its word of kind, with no "in"
    or "of" between ("computer program analyst", "program clerk"; not "degree in nursing")."""
    said = words(query)
    if not any(w in KIND_WORDS for w in said) or all(
            w in KIND_WORDS or w in QUALIFIERS for w in said):
        return None
    last = max(i for i, w in enumerate(said) if w in KIND_WORDS)
    if last < len(said) - 1 and not {"in", "of"} & set(said[last:]) \
            and names_mostly(said[-1], word_counts):
        return None
    found = find_programs([p for p in programs() if not p.residency], query)
    if not found or chip_key(found[0]) in ignore:
        return None
    return found[0]


def chip_key(program: Program) -> str:
    return CHIP_PREFIX + program.cip


def chip_text(program: Program) -> str:
    return translate("Search", "Program of study: {name}").format(name=program.name)
