"""How the work divides, told one way everywhere: which estimate leads and how each is named.

A career has O*NET's estimate of how its work divides (``kind`` "data", made by the
importer from O*NET's tasks and work activities) and, for a few careers, an editorial one
("editorial": the split the reference career page gives, which the editorial narrative
quotes). Where an editorial estimate exists it leads, so the narrative, the chart beside it,
the comparison and the printout tell the same story; O*NET's follows as a second view, and
one sentence says why the two differ. Careers without an editorial estimate show O*NET's
under its own name, as before.

The profile (``careerdesk.sections``), the Inside tab, the printed profile
(``careerdesk.printouts``) and the comparison (``careerdesk.comparison``) take the
estimates from here. Qt-free; texts go through ``careerdesk.i18n.translate`` ("TimeViews").
"""

from __future__ import annotations

from dataclasses import replace

from careerdesk.i18n import translate
from careerdesk.model import Career, TimeAllocation

EDITORIAL, DATA = "editorial", "data"


def views(career: Career) -> tuple[TimeAllocation, ...]:
    """The career's estimates in the order a profile shows them, each named for people:
    the editorial estimate first where there is one ("Editorial estimate, from the
    reference page"), then O*NET's as the second view ("Second view: from O*NET's task
    list"). Without an editorial estimate: O*NET's alone, under its own name."""
    editorial = career.time_allocation(EDITORIAL)
    data = career.time_allocation(DATA)
    if editorial is None:
        return (data,) if data is not None else ()
    shown = [replace(editorial, label=translate(
        "TimeViews", "Editorial estimate, from the reference page"))]
    if data is not None:
        shown.append(replace(data, label=translate(
            "TimeViews", "Second view: from O*NET's task list")))
    return tuple(shown)


def lead(career: Career) -> TimeAllocation | None:
    """The estimate a profile charts first (the editorial one where there is one)."""
    shown = views(career)
    return shown[0] if shown else None


def column_view(career: Career) -> TimeAllocation | None:
    """The estimate a comparison's column shows: the lead, an editorial one under a name
    short enough for a narrow column ("Editorial estimate")."""
    first = lead(career)
    if first is not None and first.kind == EDITORIAL:
        return replace(first, label=translate("TimeViews", "Editorial estimate"))
    return first


def titled(allocation: TimeAllocation) -> bool:
    """Whether a chart of ``allocation`` keeps its title where charts are drawn untitled
    (comparison cells, printouts): an editorial estimate does, so it is never taken for
    O*NET's."""
    return allocation.kind == EDITORIAL


def why_they_differ(career: Career) -> str:
    """One plain sentence on why the editorial estimate and O*NET's differ; "" unless the
    career has both."""
    if career.time_allocation(EDITORIAL) is None or career.time_allocation(DATA) is None:
        return ""
    return translate("TimeViews", "The two differ because the editors guessed how a work day "
                     "is spent, while the second view counts the tasks O*NET lists, not hours.")
