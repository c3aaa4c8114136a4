"""What to study for a career: its programs of study (NCES CIP 2020, through the CIP–SOC
crosswalk), grouped by field, the first few a student would look at, residencies as a
later step, and why a career has none. Qt-free; shared by the profile, printouts, the
comparison and ``careerdesk show``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from careerdesk import formatting, wording
from careerdesk.i18n import QT_TRANSLATE_NOOP, translate
from careerdesk.model import Career, Glance, Program

FIRST_FEW = 6  # programs a profile lists before "N more"

METHOD = QT_TRANSLATE_NOOP(
    "Study", "Programs of study come from the crosswalk of the National Center for Education "
    "Statistics (NCES) that links programs (CIP 2020) to jobs (SOC 2018). It is an expert "
    "judgement of which programs prepare people for a job, not a record of where "
    "graduates work. CareerDesk lists first the programs named like the job, then those "
    "that lead to the fewest other jobs, so the ones closest to this career come first; "
    "residencies come after a degree.")


@dataclass(frozen=True)
class StudyPlan:
    """A career's programs as a profile shows them."""

    first: list[Program]  # the first few programs to start with (no residencies)
    more: int  # how many more programs there are (no residencies)
    residencies: list[Program]  # residencies and fellowships: only after a degree
    reason: str | None  # why there is no program, when there is none

    def by_field(self) -> list[tuple[str, list[Program]]]:
        """The first programs grouped by field, fields in the order they first appear."""
        groups: dict[str, list[Program]] = {}
        for program in self.first:
            groups.setdefault(program.field, []).append(program)
        return list(groups.items())


def plan(career: Career, first: int = FIRST_FEW) -> StudyPlan:
    """The programs to show for ``career``: the first ``first`` and the count of the rest."""
    programs = [p for p in career.programs if not p.residency]
    residencies = [p for p in career.programs if p.residency]
    reason = None if career.programs else no_program_reason(career)
    return StudyPlan(programs[:first], max(len(programs) - first, 0), residencies, reason)


def no_program_reason(career: Career) -> str:
    """Why the crosswalk links no program to a career, in plain words, with what BLS gives
    as the usual way in."""
    e = career.education
    training = wording.training(e.on_the_job_training) if e.on_the_job_training else None
    entry = wording.entry_education(e.typical_entry) if e.typical_entry else None
    if training is not None and entry is not None:
        return translate(
            "Study", "No program of study leads to this career in the NCES list: most "
            "people learn it on the job. What BLS gives as the usual way in: {entry}; "
            "{training}.").format(entry=entry.label,
                                  training=formatting.lower_first(training.label))
    return translate(
        "Study", "No program of study leads to this career in the NCES list, and BLS "
        "gives no usual training for it.")


def to_dict(program: Program) -> dict[str, object]:
    """One program for ``show --json``."""
    return {"cip": program.cip, "title": program.name, "official_title": program.title,
            "field": program.field, "residency": program.residency}


# Words that say what kind of program, not which one ("nursing degree", "welding
# certificate", "computer science major"): left out of a search unless nothing else is left.
_KIND_WORDS = frozenset(
    "a an the in of for degree degrees major majors certificate certificates certification "
    "diploma program programs course courses class classes training school college study "
    "studying associate associates associate's bachelor bachelors bachelor's master masters "
    "master's".split())


def find_programs(programs: list[Program], query: str) -> list[Program]:
    """The programs whose name or official title holds every word of ``query`` (a word
    matches a word it begins, "nurse" also "nursing"), closest first: an exact name, then
    the first program of a CIP series (XX.XX01, which NCES gives the series' main
    program: 51.3801 Registered Nursing), then shorter names."""
    from careerdesk.search.text import words

    wanted = [w for w in words(query) if w not in _KIND_WORDS] or words(query)
    if not wanted:
        return []
    starts = [" " + _start(w) for w in wanted]  # " nurs": a word beginning so
    found = [program for program in programs
             if all(start in _words_line(program.name, program.title) for start in starts)]
    joined = " ".join(wanted)
    return sorted(found, key=lambda p: (" ".join(words(p.name)) != joined, p.residency,
                                        not p.cip.endswith("01"), len(words(p.name)),
                                        p.name, p.cip))


def _start(word: str) -> str:
    """What a program's word must begin with to match ``word``: the word, or without a
    last "e" when four letters are left (nurse -> nurs(ing))."""
    stem = word.removesuffix("e") if len(word) >= 5 else word
    return stem if len(stem) >= 4 else word


@lru_cache(maxsize=4096)
def _words_line(name: str, title: str) -> str:
    """A program's words (name and official title), each after a space: " word" in it when
    one of them begins with word."""
    from careerdesk.search.text import words

    return "".join(" " + w for w in dict.fromkeys(words(name) + words(title)))


def careers_json(careers: list[tuple[str, str, Glance, str | None]]) -> list[dict[str, object]]:
    """The careers a program leads to, for ``careerdesk programs --json`` (source values)."""
    return [{"code": code, "title": title, "median_annual": g.median_annual,
             "median_hourly": g.median_hourly, "entry_education": g.entry_education,
             "outlook": outlook} for code, title, g, outlook in careers]


def career_line(code: str, title: str, glance: Glance, outlook: str | None) -> str:
    """One career a program leads to, in plain words: pay, education to start, outlook."""
    if glance.median_annual is not None:
        pay = translate("Study", "{pay} a year").format(pay=formatting.money(
            glance.median_annual, top_coded="annual_median" in glance.top_coded))
    elif glance.median_hourly is not None:
        pay = translate("Study", "{pay} an hour").format(pay=formatting.money(
            glance.median_hourly, top_coded="hourly_median" in glance.top_coded, cents=True))
    else:
        pay = translate("Study", "pay not available")
    education = (wording.entry_education(glance.entry_education).label
                 if glance.entry_education else formatting.not_available())
    growth = wording.outlook(outlook).label if outlook else formatting.not_available()
    return f"{code}  {title}  ·  {pay}  ·  {education}  ·  {growth}"


NEXT_STEPS_DRAWN = 2  # next steps named in the path


@dataclass(frozen=True)
class PathStep:
    """One box of the path to a career: what it is and a line or two about it."""

    title: str
    detail: str


def path(career: Career) -> list[PathStep]:
    """How to get there, from the data only: high school, then the program or training
    (BLS entry education, the first program, the typical time to get ready, BLS work
    experience and on-the-job training), the career, then its realistic next steps."""
    e = career.education
    entry = wording.entry_education(e.typical_entry).label if e.typical_entry else None
    school = translate("Study", "High school")
    needs_diploma = e.typical_entry not in (None, "No formal educational credential")
    steps = [PathStep(school, translate("Study", "a diploma helps") if not needs_diploma
                      else translate("Study", "diploma or equivalent"))]
    programs = [p for p in career.programs if not p.residency]
    if programs:
        steps.append(PathStep(programs[0].name, entry or formatting.not_available()))
    else:
        training = wording.training(e.on_the_job_training).label \
            if e.on_the_job_training else formatting.not_available()
        steps.append(PathStep(translate("Study", "Training on the job"),
                              "; ".join([x for x in (entry, training and formatting.lower_first(
                                  training)) if x])))
    if e.work_experience and e.work_experience != "None":
        steps.append(PathStep(translate("Study", "Work experience"),
                              wording.work_experience(e.work_experience).label))
    ready = _time_to_ready(career)
    steps.append(PathStep(career.title, translate(
        "Study", "this career, {ready} after high school").format(ready=ready) if ready
        else translate("Study", "this career")))
    nexts = [s.title for s in career.progression[:NEXT_STEPS_DRAWN]]
    steps.append(PathStep(translate("Study", "Next steps"),
                          "; ".join(nexts) if nexts else translate(
                              "Study", "none listed")))
    return steps


def _time_to_ready(career: Career) -> str | None:
    e = career.education
    if e.years_min is None or e.years_max is None or e.years_max <= 0:
        return None
    return formatting.years_range(e.years_min, e.years_max)


def describe_path(steps: list[PathStep]) -> str:
    """The path in words, for screen readers and tooltips."""
    return translate("Study", "How to get there: {steps}.").format(
        steps=" → ".join(f"{s.title} ({s.detail})" for s in steps))


def in_short(program: Program, careers: list[str]) -> str:
    """A plain first line about a program, from the data (NCES's own definitions are
    written for adults): its field, whether it comes after a degree, and where it leads."""
    if program.residency:
        kind = translate("Study", "In short: {name} is a residency or fellowship in {field}, "
                         "taken after a degree.")
    else:
        kind = translate("Study", "In short: {name} is a program of study in {field}.")
    text = kind.format(name=program.name, field=program.field.lower())
    if careers:
        shown = ", ".join(careers[:2])
        text += " " + translate("Study", "It leads to {count} careers, such as {careers}.",
                                ).format(count=len(careers), careers=shown) \
            if len(careers) > 1 else " " + translate(
                "Study", "It leads to one career: {career}.").format(career=careers[0])
    return text
