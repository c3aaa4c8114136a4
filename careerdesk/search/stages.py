"""The stages a query's words are searched in, and each career's best match across them.

``stage_plan`` lists the stages, best first (titles and other names, then work activities, tasks
and descriptions, then technology; whole words before prefixes); ``stage_rows`` reads a
stage's rows from the index; ``keep_best`` keeps each career's best match so far. A query
that is an SOC code ("29-1141") matches by code (``code_matches``). The engine runs the
stages and stops once the first ``limit`` careers are sure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careerdesk.search.hits import Best, Career, Found
from careerdesk.search.layout import (
    KIND_ACTIVITY,
    KIND_DESCRIPTION,
    KIND_SHORT,
    KIND_TECH,
    KIND_TITLE,
)
from careerdesk.search.scoring import (
    ACTIVITY,
    CODE_MATCH,
    EXACT_ALT,
    EXACT_TITLE,
    TECH,
    TECH_WHOLE_WORD,
    WHOLE_WORD,
)
from careerdesk.search.text import STOPWORDS
from careerdesk.search.understanding import MAX_QUERY_CHARS, Term, match_expression

CODE = re.compile(r"^\s*(\d{2})-?(\d{4})(?:\.(\d{2}))?\s*$")


def stage_plan(terms: list[Term]) -> list[tuple[bool, str, tuple[int, int], float]]:
    """The stages, best first: (partial, FTS5 query, kinds searched, best score possible).

    Titles, then work activities, tasks and descriptions, then technology; whole words
    before prefixes.
    A query of stopwords only ("or") searches short names ("OR Nurse"); a two-letter
    prefix, official titles only.
    """
    stopwords_only = all(t.text in STOPWORDS for t in terms)
    plan = []
    for partial in (False, True):
        match = match_expression(terms, partial)
        if match is None:
            continue
        if stopwords_only:
            chosen = [((KIND_SHORT, KIND_SHORT), EXACT_ALT)]
        elif partial and any(len(p) < 3 for t in terms for p in t.prefixes):
            chosen = [((KIND_TITLE, KIND_TITLE), EXACT_TITLE)]
        else:
            chosen = [((KIND_TITLE, KIND_SHORT), EXACT_TITLE),
                      ((KIND_ACTIVITY, KIND_DESCRIPTION), ACTIVITY),
                      ((KIND_TECH, KIND_TECH), TECH)]
        plan += [(partial, match, kinds, stage_bonus(partial, kinds) + 10 * tier)
                 for kinds, tier in chosen]
    return sorted(plan, key=lambda stage: -stage[3])  # best first: stops soonest


def stage_bonus(partial: bool, kinds: tuple[int, int]) -> float:
    """WHOLE_WORD for whole-word stages, except technology (TECH_WHOLE_WORD): a software
    name never outranks a title, other name, activity or task, even one matched by a
    prefix."""
    if kinds[0] == KIND_TECH:
        return 0.0 if partial else TECH_WHOLE_WORD
    return 0.0 if partial else WHOLE_WORD


def code_matches(careers: list[Career], query: str, allowed: frozenset[int]
                 ) -> dict[int, Best]:
    """The careers whose SOC code starts with the one the query is, if it is one."""
    found: dict[int, Best] = {}
    code = CODE.match(query[:MAX_QUERY_CHARS])
    if code:
        wanted = f"{code[1]}-{code[2]}" + (f".{code[3]}" if code[3] else "")
        for i, career in enumerate(careers):
            if career.code.startswith(wanted) and i in allowed:
                found[i] = (CODE_MATCH + 10 * EXACT_TITLE, -1, 0, 1, "")
    return found


def stage_rows(plan: list[tuple[bool, str, tuple[int, int], float]], partial: bool,
               match: str, kinds: tuple[int, int],
               every_kind: dict[str, list[tuple[int, int, int, int]]],
               grouped: Callable[[str, tuple[int, int]], list[tuple[int, int, int, int]]]
               ) -> list[tuple[int, int, int, int]]:
    """The index rows of one stage of ``plan``. A prefix costs about the same whatever the
    kinds: every kind its stages want (but technology) is read at once, into
    ``every_kind``."""
    if not (partial and kinds[1] <= KIND_DESCRIPTION):
        return grouped(match, kinds)
    if match not in every_kind:
        spans = [k for p, m, k, _ in plan if p and m == match and k[1] <= KIND_DESCRIPTION]
        every_kind[match] = grouped(match, (min(k[0] for k in spans), max(k[1] for k in spans)))
    return [r for r in every_kind[match] if kinds[0] <= r[0] <= kinds[1]]


def keep_best(best: dict[int, Best], found: list[Found], allowed: frozenset[int],
              bonus: float, match: str,
              less: Callable[[int, int, int], float] | None = None) -> None:
    """Each allowed career's match of a stage (``found``, scored before the stage's
    ``bonus``, ``less(kind, item, career)`` taken off) as its best, unless it has a better
    one."""
    known = best.get
    for raw, kind, item, career, count in found:
        if career in allowed:
            before = known(career)
            if before is not None and raw + bonus < before[0] - 0.001:
                continue  # rounded to 3 places (less taken off) it stays below: not rounded
            score = round(raw + bonus - less(kind, item, career), 3) if less \
                else round(raw + bonus, 3)
            if before is None or score > before[0]:
                best[career] = (score, kind, item, count, match)
