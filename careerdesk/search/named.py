"""A job named inside an interest: a phrase read as a concept ("data scientist" is read as
statistics and data, "speech therapist" as speech and language) may also be, word for word,
the title or another name of some of the careers it finds. Those careers come first: the
student named them ("Data Scientists" before Actuaries, "Bookkeeping, Accounting, and
Auditing Clerks" before Accountants for "bookkeeper"). Careers the concept does not find are
not added ("server" is read as computer networks; the waiter O*NET also calls a server is
not brought in)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from careerdesk.search.hits import Best, Career, Names
from careerdesk.search.layout import KIND_ALT, KIND_TITLE
from careerdesk.search.text import content_words, singular
from careerdesk.search.understanding import Term


def named_first(found: dict[int, Best], careers: list[Career], alt_titles: Names,
                terms: Sequence[Term], first_name_holding: Callable[[int], dict[str, int]]
                ) -> None:
    """Put first, in place, the careers of ``found`` that a concept's phrase names: its words
    are those of the career's title or of one of its other names, plural or not; the match
    shown is that name. ``first_name_holding`` gives a career's other-name words, each with
    the first other name holding it."""
    said = [t.said for t in terms if t.concept and t.said]
    if not said or not found:
        return
    top = max(best[0] for best in found.values())
    for words in said:
        wanted = tuple(singular(w) for w in content_words(" ".join(words)))
        for career in list(found):
            name = _name_of(careers[career], alt_titles[career], wanted,
                            first_name_holding, career)
            if name is not None:
                score, _, _, rows, match = found[career]
                found[career] = (top + 1 + score / (1 + top), *name, rows, match)


def _name_of(career: Career, names: list[tuple[str, str | None]], wanted: tuple[str, ...],
             first_name_holding: Callable[[int], dict[str, int]], index: int
             ) -> tuple[int, int] | None:
    """(kind, item) of the career's title or other name whose words are ``wanted``."""
    if tuple(singular(w) for w in career.title_words) == wanted:
        return KIND_TITLE, 0
    holding = first_name_holding(index)
    if not any(w in holding or w + "s" in holding for w in wanted[:1]):
        return None  # no other name holds the first word: most careers, read cheaply
    for item, (title, _) in enumerate(names):
        if tuple(singular(w) for w in content_words(title)) == wanted:
            return KIND_ALT, item
    return None
