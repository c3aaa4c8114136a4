"""What a match scores: the tiers, best first, the bonus that orders careers within a tier,
the scores the engine reads its matches by (STRONG, TITLED, SURE), and the scores of a
stage's work activities, tasks, descriptions and technology (``items``).

A name's tier (titles and other names) is read in ``careerdesk.search.names_tier``.
"""

from __future__ import annotations

import math
from functools import lru_cache

from careerdesk.search.hits import Found, Hit
from careerdesk.search.layout import KIND_ACTIVITY, KIND_TASK, KIND_TECH
from careerdesk.search.partial import PARTIAL_OFFSET

# Tiers, best first; score = 10 * tier + a bonus under 10 that orders careers within a
# tier. A whole-word match scores WHOLE_WORD more than any prefix-only match. ALT_STEM: the
# other name matched only through the stemmer ("excel" in "Excellence"), ranked below a
# technology named by the word.
EXACT_TITLE, TITLE_PREFIX, TITLE_WORDS = 11, 10, 9
EXACT_ALT, ALT_PREFIX, ALT_WORDS = 8, 7, 6
ALT_STEM, ACTIVITY, TASK, DESCRIPTION, TECH = 5, 4, 3, 2, 1
MAX_BONUS = 9.99
SPREAD_HALF = 10.0  # a spread-over-work score this high gets half of MAX_BONUS
WHOLE_WORD = 100.0
STRONG = WHOLE_WORD + 10 * ALT_STEM  # every word whole in a title or other name
TITLED = WHOLE_WORD + 10 * TITLE_WORDS  # every word whole in the title
TECH_WHOLE_WORD = 10.0
CODE_MATCH = 2 * WHOLE_WORD
CENTRAL = 15  # activities and tasks holding a phrase's words for it to be central to the work
# (which careers are close to an interest: careerdesk.search.career_meanings)
FAR_WORK = 10 * (ACTIVITY - DESCRIPTION)  # work far from them ranks with descriptions
INCIDENTAL = 10 * (ALT_WORDS - DESCRIPTION)  # an other name no activity or task bears out
SURE = WHOLE_WORD + 10 * ALT_WORDS  # a name holds every word (below it, fusion with bm25)


def _bonus(*parts: float) -> float:
    return min(MAX_BONUS, sum(parts))


@lru_cache(maxsize=4096)
def _spread(count: int, full: int) -> float:
    """0-1: how many rows matched, 1 from ``full`` rows on."""
    return min(1.0, math.log1p(count) / math.log1p(full))


# _spread(count, full) for counts 0 to full, by full: read as table[min(count, full)]
SPREADS = {full: tuple(_spread(count, full) for count in range(full + 1))
           for full in (8, 10, 12, CENTRAL, 30)}


def spread_over_work(hit: Hit) -> Hit:
    """A career holding every word of a student's phrase, one of them in its title and the
    rest in its work ("building with wood": Cabinetmakers and Bench Carpenters build
    things): ranked below other names holding every word, above single activities and
    tasks, ordered by the partial-match score."""
    total = max(0.0, (hit.score - PARTIAL_OFFSET) / 10)
    # the score's order kept under MAX_BONUS (a plain cap made most of them tie)
    bonus = MAX_BONUS * total / (total + SPREAD_HALF)
    return Hit(round(WHOLE_WORD + 10 * ALT_STEM + bonus, 3), hit.kind, hit.item,
               hit.career, hit.count, hit.match, None, hit.titled, hit.named)


def items(popular: list[float], rows: list[tuple[int, int, int, int]],
          kinds: tuple[int, int], phrase: bool = False) -> list[Found]:
    """Activity, task, description and technology hits: the more rows match, the better
    (``popular``: each career's popularity times 4).

    For a student's phrase, work activities and tasks rank together by how many of the
    career's activities and tasks hold the words (how central they are to the work:
    Forest Fire Inspectors' many firefighting tasks, not Welders' one "Operate
    firefighting equipment."), before how many people hold the job.
    """
    best: dict[int, Found] = {}
    # _bonus(...) written out: min(MAX_BONUS, the parts added); _spread(count, full) read
    # from SPREADS
    if kinds[0] == KIND_TECH:  # one kind: no need to compare within a career
        base, spread = 10 * TECH, SPREADS[10]
        return [(base + min(MAX_BONUS, 3 * spread[count if count < 10 else 10]
                            + popular[career]), kind, item, career, count)
                for kind, career, item, count in rows]
    if phrase:
        return _work(popular, rows)
    by_activities, by_tasks = SPREADS[12], SPREADS[8]
    for kind, career, item, count in rows:
        if kind == KIND_ACTIVITY:
            score = 10 * ACTIVITY + min(
                MAX_BONUS, 5 * by_activities[count if count < 12 else 12] + popular[career])
        elif kind == KIND_TASK:
            score = 10 * TASK + min(
                MAX_BONUS, 5 * by_tasks[count if count < 8 else 8] + popular[career])
        else:
            score = 10 * DESCRIPTION + min(MAX_BONUS, popular[career])
        known = best.get(career)
        if known is None or score > known[0]:
            best[career] = (score, kind, item, career, count)
    return list(best.values())


def _work(popular: list[float], rows: list[tuple[int, int, int, int]]) -> list[Found]:
    """A phrase's activity, task and description hits (see ``items``): a career whose
    activities or tasks hold the words scores by how many do, with its first such row
    (its closest); a career only its description holds, as a description. In the order
    of each career's first row."""
    work: dict[int, int] = {}  # career -> activities and tasks holding the words
    first: dict[int, tuple[int, int, int, int]] = {}
    described: list[tuple[int, int, int, int]] = []
    for row in rows:
        kind, career, _, count = row
        if kind == KIND_ACTIVITY or kind == KIND_TASK:
            if career in work:
                work[career] += count
            else:
                work[career], first[career] = count, row
        else:
            described.append(row)
    by_work = SPREADS[CENTRAL]
    # _bonus(...) written out: the parts added, at most MAX_BONUS; above any description
    found = [(10 * ACTIVITY + min(MAX_BONUS, 7 * by_work[held if held < CENTRAL else CENTRAL]
                                  + popular[career] / 2), kind, item, career, count)
             for (kind, career, item, count), held in zip(first.values(), work.values(),
                                                          strict=True)]
    return found + [(10 * DESCRIPTION + min(MAX_BONUS, popular[career]), kind, item, career,
                     count) for kind, career, item, count in described if career not in work]
