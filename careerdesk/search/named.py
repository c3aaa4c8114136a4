"""A job named inside an interest: a phrase read as a concept ("data scientist" is read as
statistics and data, "speech therapist" as speech and language) may also be, word for word,
the title or another name of some of the careers it finds. Those careers come first: the
student named them ("Data Scientists" before Actuaries, "Bookkeeping, Accounting, and
Auditing Clerks" before Accountants for "bookkeeper"). Careers the concept does not find are
not added ("server" is read as computer networks; the waiter O*NET also calls a server is
not brought in)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence

from careerdesk.search.hits import Best, Career, Names
from careerdesk.search.layout import KIND_ALT, KIND_TITLE
from careerdesk.search.text import content_words, singular
from careerdesk.search.understanding import Term

Key = tuple[str, ...]  # a name's content words, singular, in order
Named = tuple[int, int, int]  # the career, and the kind and item of its name


class NamedJobs:
    """The titles and other names that are a concept's phrase, found once among every
    career's names (about 58,000, 0.3 s: ``load``, in the engine's preload)."""

    def __init__(self, careers: Callable[[], list[Career]],
                 alt_titles: Callable[[], Names],
                 phrases: Callable[[], Iterable[tuple[str, ...]]]) -> None:
        self._careers = careers
        self._alt_titles = alt_titles
        self._phrases = phrases  # every concept's phrases, as words
        self._by_key: dict[Key, list[Named]] | None = None
        self._lock = threading.Lock()

    def load(self) -> None:
        self._named()

    def first(self, found: dict[int, Best], terms: Sequence[Term]) -> None:
        """Put first, in place, the careers of ``found`` that a concept's phrase names: its
        words are those of the career's title or of one of its other names, plural or not;
        the match shown is that name."""
        said = [t.said for t in terms if t.concept and t.said]
        if not said or not found:
            return
        top = max(best[0] for best in found.values())
        by_key = self._named()
        for words in said:
            for career, kind, item in by_key.get(_key(" ".join(words)), ()):
                if career in found:
                    score, _, _, rows, match = found[career]
                    found[career] = (top + 1 + score / (1 + top), kind, item, rows, match)

    def _named(self) -> dict[Key, list[Named]]:
        if self._by_key is None:
            careers = self._careers()
            alt_titles = self._alt_titles()
            phrases = {_key(" ".join(words)) for words in self._phrases()}
            sizes = {len(key) for key in phrases}
            firsts = {key[0] for key in phrases if key}
            with self._lock:
                if self._by_key is None:
                    by_key: dict[Key, list[Named]] = {}
                    for career, entry in enumerate(careers):
                        names = [(KIND_TITLE, 0, entry.figures.title)] + [
                            (KIND_ALT, item, title)
                            for item, (title, _) in enumerate(alt_titles[career])]
                        for kind, item, name in names:
                            words = content_words(name)
                            if not words or len(words) not in sizes \
                                    or singular(words[0]) not in firsts:
                                continue  # most names, told apart cheaply
                            key = tuple(singular(w) for w in words)
                            if key in phrases and not any(
                                    c == career for c, _, _ in by_key.get(key, ())):
                                by_key.setdefault(key, []).append((career, kind, item))
                    self._by_key = by_key
        return self._by_key


def _key(name: str) -> Key:
    return tuple(singular(w) for w in content_words(name))
