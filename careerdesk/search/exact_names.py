"""A query that is, word for word, a career's title or one of its other names finds that
career first. The engine's tiers put an exact name first on their own, but a later reading
can override them: "Truck Driver Supervisor", an other name of the supervisors of vehicle
operators, was read as the interest "trucks" and showed truck drivers first; "Cat Driver"
(a bulldozer driver) was read as animals. Case, punctuation and plurals do not count ("bus
driver supervisors")."""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np

from careerdesk.search.hits import Career, Names
from careerdesk.search.layout import KIND_ALT, KIND_SHORT, KIND_TITLE
from careerdesk.search.text import singular, words

# A name this many careers share or more says little of which is meant ("Operator",
# "Research Assistant"): the engine's order stands.
MOST_OWNERS = 4

Named = tuple[int, int, int]  # the career, and the kind and item of its name


def name_key(text: str) -> str:
    """What two names must share to be the same name: their words, singular, in order."""
    return " ".join(singular(w) for w in words(text))


class ExactNames:
    """Every career's title and other names by ``name_key``, read once (``load``, in the
    engine's preload; about 58,000 names, 1 s). Held as two arrays (under 1 MB): each name
    key's hash, sorted, and its career, kind and item; a look-up checks the name itself."""

    def __init__(self, careers: Callable[[], list[Career]],
                 alt_titles: Callable[[], Names]) -> None:
        self._careers = careers
        self._alt_titles = alt_titles
        self._table: tuple[np.ndarray, np.ndarray] | None = None
        self._lock = threading.Lock()

    def load(self) -> None:
        self._loaded()

    def owners(self, query: str) -> tuple[Named, ...]:
        """The careers whose title or other name ``query`` is, with that name's kind and
        item; none when MOST_OWNERS careers or more share it, or for one word ("nurse" is
        what O*NET calls a nurse practitioner too, but means a registered nurse first)."""
        if len(query) > 200 or " " not in name_key(query):
            return ()  # one word: the engine's tiers already put the careers it names first
        found = self.named(query)
        return found if len(found) < MOST_OWNERS else ()

    def named(self, text: str) -> tuple[Named, ...]:
        """Every career one of whose names ``text`` is (by ``name_key``), once each, with
        that name's kind and item (its title before its other names, those before short
        forms: the rows are sorted so)."""
        key = name_key(text)
        if not key:
            return ()
        hashes, named = self._loaded()
        wanted = hash(key)
        start = int(np.searchsorted(hashes, wanted, side="left"))
        end = int(np.searchsorted(hashes, wanted, side="right"))
        found: dict[int, Named] = {}
        for packed in named[start:end].tolist():
            career, kind, item = packed >> 24, (packed >> 20) & 0xF, packed & 0xFFFFF
            if career not in found and name_key(self._name(career, kind, item)) == key:
                found[career] = (career, kind, item)
        return tuple(found.values())

    def _name(self, career: int, kind: int, item: int) -> str:
        if kind == KIND_TITLE:
            return self._careers()[career].figures.title
        title, short = self._alt_titles()[career][item]
        return short or "" if kind == KIND_SHORT else title

    def _loaded(self) -> tuple[np.ndarray, np.ndarray]:
        if self._table is None:
            careers = self._careers()
            alt_titles = self._alt_titles()
            with self._lock:
                if self._table is None:
                    rows: list[tuple[int, int]] = []
                    for career, entry in enumerate(careers):
                        names = [(KIND_TITLE, 0, entry.figures.title)]
                        for item, (title, short) in enumerate(alt_titles[career]):
                            names.append((KIND_ALT, item, title))
                            if short:
                                names.append((KIND_SHORT, item, short))
                        for kind, item, name in names:
                            key = name_key(name)
                            if key:
                                rows.append((hash(key), (career << 24) | (kind << 20) | item))
                    rows.sort()
                    self._table = (np.array([h for h, _ in rows], dtype=np.int64),
                                   np.array([n for _, n in rows], dtype=np.int64))
        return self._table
