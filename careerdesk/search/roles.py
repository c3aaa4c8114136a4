"""Supervisors and helpers: a career whose title names the work others do ("First-Line
Supervisors of Retail Sales Workers", "Helpers--Carpenters") ranks below the careers doing
that work, in the engine's order and in its fusion with bm25, unless the query asks for the
role (``ROLE_WORDS``)."""

from __future__ import annotations

from collections.abc import Sequence

from careerdesk.search.hits import Best, Career
from careerdesk.search.understanding import Term

# A supervisor's or helper's title holds the words of the work it oversees or helps with
# ("First-Line Supervisors of Retail Sales Workers"): unless the query names the role, such
# a career ranks below the careers that do the work, tier for tier.
ROLE_WORDS = {
    "supervisor": frozenset({"supervisor", "supervisors", "supervising", "supervisory",
                             "foreman", "forewoman", "foreperson", "foremen", "chief", "head",
                             "lead", "leader", "boss", "superintendent", "overseer", "manager",
                             "director", "sergeant", "captain", "lieutenant", "coordinator",
                             "commander", "commanding", "charge"}),
    "helper": frozenset({"helper", "helpers", "apprentice", "assistant", "aide", "trainee",
                         "laborer", "labourer", "hand", "tender", "boy", "runner"}),
}
# A teacher's other names hold the subject taught ("Respiratory Therapy Instructor"), so a
# title naming the subject ("Respiratory Therapy Aide") finds its teachers: the job-title
# model reads whether the query asks for teaching (``teaches``).
TEACHING_WORDS = frozenset({"teacher", "teachers", "teaching", "professor", "professors", "prof",
                            "instructor", "instructors", "lecturer", "lecturers", "tutor",
                            "tutors", "tutoring", "educator", "educators", "faculty", "sub",
                            "substitute", "teach"})
TEACHING_CODES = ("25-1", "25-2", "25-3")  # postsecondary, school and other teachers
ROLE_PENALTY = 25.0  # two and a half tiers
ROLE_FUSED_SHARE = 0.8  # of a fused score


def teaches(code: str) -> bool:
    """Whether an O*NET career is a teacher's or instructor's."""
    return code.startswith(TEACHING_CODES)


def role_of(title: str) -> str:
    if title.startswith("First-Line Supervisors"):
        return "supervisor"
    if title.startswith("Helpers"):
        return "helper"
    return ""


def unasked_roles_after(found: dict[int, Best], careers: list[Career],
                        terms: Sequence[Term]) -> None:
    """Lower the supervisors and helpers among ``found`` when no word of the query asks for
    one (in place)."""
    said = {t.text for t in terms}
    for career, best in found.items():
        role = careers[career].role
        if role and not said & ROLE_WORDS[role] and best[0] > ROLE_PENALTY:
            found[career] = (best[0] - ROLE_PENALTY, *best[1:])
