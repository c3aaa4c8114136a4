"""An executive of a function manages it: a job title of an executive's word and a function
("VP Engineering", "Head of Marketing", "Director of Transportation") puts first the
management careers (SOC 11) whose official title names the function ("Architectural and
Engineering Managers"). ``careerdesk.search.title_ranker`` applies it after its model: the
judged title sets hold too few such titles for the model to learn it."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from careerdesk.search.hits import Career, Hit
from careerdesk.search.layout import KIND_TITLE
from careerdesk.search.text import singular
from careerdesk.search.understanding import Term

# "officer", "administrator" and "manager" are left out: with them, 8 judged titles went
# down and 2 up ("Security Officer", "Produce Manager")
EXECUTIVE_WORDS = frozenset({
    "vp", "vice", "president", "svp", "evp", "avp", "director", "directors", "head", "chief"})
MANAGING_TITLE_WORDS = frozenset({"manager", "administrator", "director", "and"})
MANAGERS_FIRST = 3  # at most this many


def function_managers(terms: Sequence[Term], careers: Sequence[Career]) -> list[int]:
    """The management careers whose official title holds each word of the function the
    query names beside an executive's word, the function being a third or more of the
    title's other words ("VP Technology" is not "Biofuels/Biodiesel Technology and Product
    Development Managers"), most common first; none when no executive's word is said."""
    executive = [t.text in EXECUTIVE_WORDS for t in terms]
    function = [t.singulars | {singular(t.text)}
                for t, said in zip(terms, executive, strict=True) if not said]
    if not any(executive) or not function:
        return []
    found = []
    for index, career in enumerate(careers):
        if not career.code.startswith("11-"):
            continue
        title = career.title_singulars - MANAGING_TITLE_WORDS
        held = [words & title for words in function]
        if all(held) and 3 * len(set().union(*held)) >= len(title):
            found.append(index)
    return sorted(found, key=lambda index: -careers[index].popularity)


def managers_first(terms: Sequence[Term], careers: Sequence[Career], ranked: list[Hit],
                   allowed: Collection[int] | None) -> list[Hit]:
    """``ranked`` with the function's managers first (those the filters allow), each
    keeping its match if it had one, else saying its title holds some of the words."""
    managers = [c for c in function_managers(terms, careers)
                if allowed is None or c in allowed][:MANAGERS_FIRST]
    if not managers:
        return ranked
    by_career = {hit.career: hit for hit in ranked}
    first = [by_career.get(c) or Hit(0.0, KIND_TITLE, 0, c, words=len(terms) - 1)
             for c in managers]
    chosen = set(managers)
    return first + [hit for hit in ranked if hit.career not in chosen]
