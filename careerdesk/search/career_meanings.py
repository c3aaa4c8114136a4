"""What search knows of the careers by meaning, in the engine's own numbering of careers.

The sentence model and the careers' vectors (``careerdesk.search.meaning``) are loaded once,
on first use or at the engine's preload, and shared between threads. From them: the careers
closest to a phrase, the careers most like a career, and, read once at loading, the careers
close to each interest (concept) of ``synonyms.tsv``. Missing, damaged or out-of-date files
leave search by meaning off, said once in the log; every method then answers None or nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import numpy as np

from careerdesk.search.meaning import Meanings, MeaningsFileError
from careerdesk.search.phrases import Group

log = logging.getLogger(__name__)

# The careers close to an interest (a concept of synonyms.tsv): the share of all careers
# closest in meaning to its label ("music": Musicians, Disc Jockeys, Sound Engineering
# Technicians; not Prepress Technicians, whose "Composer" sets type). A tenth: 868 of the
# tuning sets; 0.15: 870; a fifth: 867
CONCEPT_SHARE = 0.15
# A title holding an interest's word ranks with descriptions when the career is not among
# this share closest to it ("Database Architects" for "architecture"): 0.3 gave 911 of the
# tuning sets (with "i want to work from home" passing), 0.15 914 (failing it), none 907
TITLE_SHARE = 0.3


@dataclass(frozen=True)
class _Loaded:
    model: Meanings
    index: dict[int, int]  # a career's index in the engine -> in the model's vectors
    career: dict[int, int]  # and back
    # a concept's key -> the careers close to it (CONCEPT_SHARE), and those not far from it
    # (TITLE_SHARE)
    near_concept: dict[str, tuple[frozenset[int], frozenset[int]]]
    code_index: dict[str, int]  # a career's code -> its index in the engine
    order: np.ndarray  # per career of the engine, its index in the model's vectors


class CareerMeanings:
    """The careers by meaning, for one engine; ``codes`` gives the engine's careers' codes in
    its order, ``concepts`` the concept groups, ``content_digest`` the database's digest."""

    def __init__(self, content_digest: Callable[[], str | None],
                 codes: Callable[[], Sequence[str]],
                 concepts: Callable[[], Sequence[Group]]) -> None:
        self._content_digest = content_digest
        self._codes = codes
        self._concepts = concepts
        self._state: _Loaded | bool | None = None  # False: off
        self._lock = threading.Lock()

    def available(self) -> bool:
        """Whether search by meaning is on (loading the files the first time)."""
        return self._loaded() is not None

    def switch_off(self) -> None:
        """Search by words alone from now on (as when the files are missing)."""
        self._state = False

    def nearest(self, text: str, allowed: Collection[int] | None, count: int) -> list[int]:
        """The ``count`` careers among ``allowed`` (None: all) closest in meaning to
        ``text``, closest first (runs the sentence model: about 1 ms)."""
        loaded = self._loaded()
        if loaded is None:
            return []
        among = None if allowed is None else [loaded.index[c] for c in allowed]
        return [loaded.career[i] for i in loaded.model.nearest(text, among, count)]

    def reads(self, text: str) -> bool:
        """Whether search by meaning is on and its model reads every word of ``text`` as a
        word ("graffiti", "jellyfish"; not "asdf")."""
        loaded = self._loaded()
        return loaded is not None and loaded.model.reads(text)

    def closeness(self, text: str) -> np.ndarray | None:
        """Every career's closeness in meaning to ``text``, in the engine's order (runs the
        sentence model: about 1 ms); None when search by meaning is off."""
        loaded = self._loaded()
        return None if loaded is None else loaded.model.closeness(text)[loaded.order]

    def like(self, code: str, allowed: Collection[int] | None, shown: Collection[str],
             count: int) -> list[int]:
        """The ``count`` careers among ``allowed`` (None: all) most like the career ``code``
        in meaning, closest first, leaving out the careers ``shown`` (by code)."""
        loaded = self._loaded()
        if loaded is None:
            return []
        left = {loaded.code_index[c] for c in shown}
        among = None if allowed is None else [loaded.index[c] for c in allowed
                                               if c not in left]
        near = loaded.model.neighbours(loaded.index[loaded.code_index[code]], among,
                                       count + (len(left) if among is None else 0))
        return [c for c in (loaded.career[i] for i in near) if c not in left][:count]

    def near_concepts(self, keys: Sequence[str]
                      ) -> tuple[frozenset[int], frozenset[int]] | None:
        """The careers close in meaning to one of the concepts ``keys``, and those not far
        from one; None when search by meaning is off."""
        loaded = self._loaded()
        if loaded is None:
            return None
        found = [loaded.near_concept[key] for key in keys if key in loaded.near_concept]
        return (frozenset().union(*(close for close, _ in found)),
                frozenset().union(*(not_far for _, not_far in found)))

    def _loaded(self) -> _Loaded | None:
        if self._state is None:
            with self._lock:
                if self._state is None:
                    self._state = self._load()
        return self._state if isinstance(self._state, _Loaded) else None

    def _load(self) -> _Loaded | bool:
        try:
            model = Meanings.load(self._content_digest())
        except MeaningsFileError as error:
            log.warning("search by meaning is off: %s", error)
            return False
        careers = {code: i for i, code in enumerate(self._codes())}
        if set(model.codes) != set(careers):
            log.warning("search by meaning is off: its careers are not the database's")
            return False
        index = {careers[code]: i for i, code in enumerate(model.codes)}
        career = {i: c for c, i in index.items()}

        def among(label: str, share: float) -> frozenset[int]:
            return frozenset(career[i] for i in model.closest(label, share))
        near_concept = {group.key: (among(group.label, CONCEPT_SHARE),
                                    among(group.label, TITLE_SHARE))
                        for group in self._concepts()}  # about 0.1 s
        order = np.array([index[i] for i in range(len(careers))], dtype=np.int64)
        return _Loaded(model, index, career, near_concept, careers, order)
