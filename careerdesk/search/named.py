"""A job named inside an interest: a phrase read as a concept ("data scientist" is read as
statistics and data, "speech therapist" as speech and language) may also be, word for word,
the title or another name of some of the careers it finds. Those careers come first: the
student named them ("Data Scientists" before Actuaries, "Bookkeeping, Accounting, and
Auditing Clerks" before Accountants for "bookkeeper"). Careers the concept does not find are
not added ("server" is read as computer networks; the waiter O*NET also calls a server is
not brought in)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from careerdesk.search.exact_names import Named
from careerdesk.search.hits import Best
from careerdesk.search.layout import KIND_SHORT
from careerdesk.search.text import content_words
from careerdesk.search.understanding import Term


class NamedJobs:
    """Puts first the careers a concept's phrase names, looking the phrase up among every
    career's names (``named``: ``ExactNames.named``, read once in the engine's preload)."""

    def __init__(self, named: Callable[[str], Sequence[Named]]) -> None:
        self._named = named

    def first(self, found: dict[int, Best], terms: Sequence[Term]) -> None:
        """Put first, in place, the careers of ``found`` that a concept's phrase names: its
        words are those of the career's title or of one of its other names, plural or not;
        the match shown is that name."""
        said = [t.said for t in terms if t.concept and t.said]
        if not said or not found:
            return
        top = max(best[0] for best in found.values())
        for words in said:  # "a handyman" names handymen; a short form ("CEO") is no name
            for career, kind, item in self._named(" ".join(content_words(" ".join(words)))):
                if career in found and kind != KIND_SHORT:
                    score, _, _, rows, match = found[career]
                    found[career] = (top + 1 + score / (1 + top), kind, item, rows, match)
