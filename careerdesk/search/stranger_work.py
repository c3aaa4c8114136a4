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

from collections.abc import Callable, Mapping, Sequence

from careerdesk.search.layout import KIND_ACTIVITY, KIND_DESCRIPTION, KIND_TASK
from careerdesk.search.text import false_friends, has_false_friends, kin, words
from careerdesk.search.understanding import Term
from careerdesk.store import CareerStore


def stranger_work(store: CareerStore, codes: Sequence[str],
                  found: Mapping[int, tuple[float, int, int, int, str]], terms: Sequence[Term],
                  descriptions: Callable[[], Mapping[str, str]]) -> list[int]:
    """The careers of ``found`` (career -> (score, kind, item, rows, query)) whose best match
    is a work activity, task or description holding a term only as a false friend;
    ``codes`` are the careers' codes by index id."""
    friendly = [(term, [w for w in term.whole if has_false_friends(w)]) for term in terms]
    friendly = [(term, words) for term, words in friendly if words]
    if not friendly:
        return []
    work = {career: (best[1], best[2]) for career, best in found.items()
            if KIND_ACTIVITY <= best[1] <= KIND_DESCRIPTION}
    if not work:
        return []
    wanted = {kind: {(codes[c], item) for c, (k, item) in work.items() if k == kind}
              for kind in (KIND_ACTIVITY, KIND_TASK)}
    texts = {KIND_ACTIVITY: _texts(store.activity_texts, wanted[KIND_ACTIVITY]),
             KIND_TASK: _texts(store.task_texts, wanted[KIND_TASK])}
    strangers = []
    for career, (kind, item) in work.items():
        code = codes[career]
        text = descriptions().get(code, "") if kind == KIND_DESCRIPTION \
            else texts[kind].get(code, {}).get(item, "")
        said = words(text)
        if any(_stranger(term, typed, said) for term, typed in friendly):
            strangers.append(career)
    return strangers


def _stranger(term: Term, typed: list[str], said: list[str]) -> bool:
    """Whether the words ``said`` hold the term only as a false friend of its words
    ``typed`` ("animals" for "animator"): a friend is there, and no word of its own family
    and nothing else the term matches."""
    return any(false_friends(t, w) for t in typed for w in said) \
        and not any(kin(t, w) for t in typed for w in said) \
        and not term.found_in(said, False)


def _texts(read: Callable[..., dict[str, dict[int, str]]], pairs: set[tuple[str, int]]
           ) -> dict[str, dict[int, str]]:
    """The texts of the (code, seq) ``pairs`` by code and seq, through ``read``."""
    if not pairs:
        return {}
    return read(sorted({code for code, _ in pairs}), pairs)
