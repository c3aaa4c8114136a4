"""Work that holds a query word only as a false friend of the index's stemmer.

Porter folds "animator" and "animal" to one stem, so for "i want to be an animator" the
work activity "Train animals." matched, and Animal Caretakers and Veterinarians followed
the animation careers. The names' tiers already tell these apart (``text.false_friends``);
the work activities, tasks and descriptions are checked here, after the index has found
them, by reading the text of each career's closest match. Texts are read only for a query
word with such friends (``text.has_false_friends``: a few dozen words), so other searches
cost nothing more.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from careerdesk.search.hits import Career
from careerdesk.search.layout import KIND_ACTIVITY, KIND_DESCRIPTION, KIND_TASK
from careerdesk.search.text import false_friends, has_false_friends, kin, words
from careerdesk.search.understanding import Term
from careerdesk.store import CareerStore


class StrangerWork:
    """Finds the careers whose closest work holds a query word only as a false friend. The
    words of each text read are kept: a concept's careers are checked again on every search
    for it ("i like animals" reads about a hundred texts once, not every time)."""

    def __init__(self, store: CareerStore) -> None:
        self._store = store
        self._said: dict[tuple[int, str, int], list[str]] = {}  # (kind, code, item) -> words
        # (kind, code, item, a term's words) -> whether the text holds the term only as a
        # false friend: a concept's hundreds of careers are judged once
        self._strange: dict[tuple[int, str, int, tuple[str, ...]], bool] = {}
        self._descriptions: dict[str, str] | None = None

    def careers(self, careers: Sequence[Career],
                found: Mapping[int, tuple[float, int, int, int, str]],
                terms: Sequence[Term]) -> list[int]:
        """The careers of ``found`` (career -> (score, kind, item, rows, query)) whose best
        match is a work activity, task or description holding a term only as a false
        friend; ``careers`` are the careers by index id."""
        friendly = [(term, [w for w in term.whole if has_false_friends(w)]) for term in terms]
        friendly = [(term, typed) for term, typed in friendly if typed]
        if not friendly:
            return []
        work = {(best[1], careers[career].code, best[2]): career
                for career, best in found.items()
                if KIND_ACTIVITY <= best[1] <= KIND_DESCRIPTION}
        self._read([key for key in work if key not in self._said])
        return [career for key, career in work.items()
                if any(self._judged(key, term, typed) for term, typed in friendly)]

    def _judged(self, key: tuple[int, str, int], term: Term, typed: list[str]) -> bool:
        """``is_stranger`` for the text ``key``, remembered."""
        judged = (*key, term.whole)
        verdict = self._strange.get(judged)
        if verdict is None:
            verdict = self._strange[judged] = is_stranger(term, typed, self._said[key])
        return verdict

    def _read(self, keys: list[tuple[int, str, int]]) -> None:
        """The words of the texts ``keys`` (kind, code, item), kept."""
        if not keys:
            return
        for kind, read in ((KIND_ACTIVITY, self._store.activity_texts),
                           (KIND_TASK, self._store.task_texts)):
            pairs = {(code, item) for k, code, item in keys if k == kind}
            if pairs:
                texts = read(sorted({code for code, _ in pairs}), pairs)
                for code, item in pairs:
                    self._said[kind, code, item] = words(texts.get(code, {}).get(item, ""))
        described = [code for k, code, _ in keys if k == KIND_DESCRIPTION]
        if described:
            if self._descriptions is None:
                self._descriptions = dict(self._store.descriptions())
            for code in described:
                self._said[KIND_DESCRIPTION, code, 0] = words(self._descriptions.get(code, ""))


def is_stranger(term: Term, typed: list[str], said: list[str]) -> bool:
    """Whether the words ``said`` hold the term only as a false friend of its words
    ``typed`` ("animals" for "animator"): a friend is there, and no word of its own family
    and nothing else the term matches."""
    return any(false_friends(t, w) for t in typed for w in said) \
        and not any(kin(t, w) for t in typed for w in said) \
        and not term.found_in(said, False)
