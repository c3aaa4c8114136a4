"""The careers a student said no to ("dont want to teach", "hospital job but no needles"):
those a denied concept names, by title or by an other name that is that job alone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from careerdesk.search.hits import Names
from careerdesk.search.layout import KIND_ALT, KIND_SHORT, KIND_TITLE
from careerdesk.search.phrases import Group
from careerdesk.search.reads import Reads
from careerdesk.search.text import content_words, singular
from careerdesk.search.understanding import concept_term, match_expression


def ruled_out(reads: Reads, alt_titles: Names, groups: Iterable[Group],
              asked: frozenset[str] = frozenset()) -> frozenset[int]:
    """The careers whose title holds a word of one of the concepts ``groups``, and those
    also called by one of its jobs alone: Urologists are also called "Surgeon", so "no
    needles" leaves them out; Childcare Workers, also called "Child Care Teacher", stay
    beside "not teaching". A job the student asked for in the same query (``asked``: the
    words searched) is not one said no to: "nurse but not blood" leaves out phlebotomists
    and surgeons, not the nurses that "blood and surgery" also names."""
    found: set[int] = set()
    for group in groups:
        if asked:
            group = replace(group, words=tuple(w for w in group.words if w not in asked),
                            groups=tuple(g for g in group.groups if asked.isdisjoint(g)))
        match = match_expression([concept_term(group)], False)
        if match is None:
            continue
        found.update(career for _, career, _, _ in reads.grouped(match, (KIND_TITLE,
                                                                         KIND_TITLE)))
        plain = _plain_names(group)
        found.update(career for _, career, _, _ in reads.grouped(match, (KIND_ALT, KIND_SHORT))
                     if career not in found and any(
                         _is_plain(title, plain) for title, _ in alt_titles[career]))
    return frozenset(found)


def _plain_names(group: Group) -> frozenset[tuple[str, ...]]:
    """The jobs a concept names, each as the words of a name that is that job alone."""
    return frozenset([(w,) for w in group.words] + list(group.groups))


def _is_plain(title: str, plain: frozenset[tuple[str, ...]]) -> bool:
    return tuple(singular(w) for w in content_words(title)) in plain
