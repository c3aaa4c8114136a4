"""The matches a wish that orders them ("well paid", "fast-growing") reorders: the best
WISH_POOL matches of the words, and for a pay wish well-paid careers close to them.

A wish orders the best WISH_POOL matches, or only the titled ones (every word whole in the
title) when there are 5 or more, else only the strong ones (in a title or other name):
"animal jobs with good pay" are careers with animals, not radiologists who have "Veterinary
Radiologist" among their other names."""

from __future__ import annotations

import heapq
from collections.abc import Callable

from careerdesk.search.filtering import sort_key
from careerdesk.search.hits import Career, Hit
from careerdesk.search.layout import KIND_TECH, KIND_TITLE
from careerdesk.search.records import Sort
from careerdesk.search.scoring import STRONG, TITLED

WISH_POOL = 30
WELL_PAID_SHOWN = 5  # careers in the top quarter of pay a pay wish shows, where matches do


def is_well_paid(career: Career, top_pay: int) -> bool:
    """Whether a career's median annual wage is ``top_pay`` or more (for a pay wish the top
    quarter's lowest; for a good job the lowest quarter's highest), or more than BLS shows
    (a top-coded wage)."""
    figures = career.figures
    return figures.wage_top_coded or (figures.median_wage or 0) >= top_pay


def wish_pool(careers: list[Career], hits: dict[int, Hit], top_pay: int | None = None,
               nearness: tuple[frozenset[int], frozenset[int]] | None = None,
               listed: Callable[[Hit], bool] | None = None,
               beside: dict[int, Hit] | None = None) -> dict[int, Hit]:
    """The best WISH_POOL matches of a query with a wish that orders ("well paid"): those
    matching in a title if five do, else the strong ones if five are, else all of them.

    With ``top_pay`` (the wish is for pay; the lowest median wage of the top quarter), when
    fewer than five of those chosen pay that much, the next best matches by name (a title
    or other name holding the words), among all the matches and not only the pool, that do
    join them until five do ("outdoor jobs with good pay": civil engineers, "Forest
    Engineer", and geoscientists join the forestry teachers; "accounting jobs that
    pay well": financial analysts, "Accounting Analyst", join treasurers and financial
    examiners), if their title holds the words or they are close in meaning to the
    interests named (``nearness``, as ``_near_concepts`` gives it) when that is known ("trades
    that pay the most": Power Plant Operators, whose title the trades' words name, though
    the model puts them far from "apprenticeships and trades"), or, found by their work,
    if they are close in meaning and of the SOC minor group of a career the interest names
    by title ("drawing jobs that pay well": Art Directors, who coordinate artistic
    activities, beside Special Effects Artists; not the wind energy engineers of a "wind
    farm" beside Agricultural Engineers); never an "All Other" career. When still fewer
    than five pay that much, the careers ``beside`` the interest (``Phrases.paid``: the
    well-paid work beside car repair) join, the best-paid first."""
    pool = heapq.nsmallest(WISH_POOL, hits.values(), key=lambda h: sort_key(
        careers[h.career], h.score, Sort.RELEVANCE))
    titled = [h for h in pool if h.score >= TITLED]
    strong = [h for h in pool if h.score >= STRONG]
    # a software name is no answer to "video game jobs that pay well" (Physical Therapists
    # use "biometrics video game software"): in the pool only when nothing else matched
    worked = [h for h in pool if h.kind != KIND_TECH] or pool
    chosen = titled if len(titled) >= 5 else strong if len(strong) >= 5 else worked
    if top_pay is not None:
        def well_paid(hit: Hit) -> bool:
            return is_well_paid(careers[hit.career], top_pay)
        short = WELL_PAID_SHOWN - sum(map(well_paid, chosen))
        near = nearness[0] if nearness is not None else None
        taken = {h.career for h in chosen}
        minor_groups = {careers[h.career].code[:5] for h in chosen if h.score >= TITLED}

        def joins(hit: Hit) -> bool:
            """A well-paid match outside the pool that joins it: named by the words (and
            close in meaning, by its title, or by a name listed for the interest), or found
            by its work, close in meaning and of the SOC minor group of a career named by
            title; a residual is a vague answer ("Managers, All Other")."""
            if hit.career in taken or not well_paid(hit) \
                    or careers[hit.career].figures.title.endswith("All Other"):
                return False
            close = near is not None and hit.career in near
            if listed is not None and listed(hit):
                return True  # (an other name no work bears out scores below STRONG)
            if hit.score >= STRONG and (near is None or close or hit.kind == KIND_TITLE):
                return True
            return close and careers[hit.career].code[:5] in minor_groups

        more = [h for h in sorted(hits.values(), key=lambda h: sort_key(
                    careers[h.career], h.score, Sort.RELEVANCE)) if joins(h)] \
            if short > 0 else []
        chosen = chosen + more[:short]
        short -= len(more[:short])
        if short > 0 and beside:
            taken = {h.career for h in chosen}
            chosen = chosen + sorted(
                (h for h in beside.values() if h.career not in taken),
                key=lambda h: -(careers[h.career].figures.median_wage or 0))[:short]
    return {h.career: h for h in chosen}
