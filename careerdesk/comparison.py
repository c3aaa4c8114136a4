"""Two to four careers side by side: one column per career, one row per attribute (no Qt).

``build_comparison`` turns loaded careers into rows grouped as the profile is. Differences are
worked out here, once, for the screen and for printouts alike:

* numeric rows mark the highest and lowest figure (only when at least two figures are present
  and they differ); a missing figure reads "not available" and never counts as 0. A row is
  ``judged`` only where more is plainly better for the student (pay, growth, openings):
  views colour its marks; elsewhere (time to get ready, AI exposure, how many people hold
  the job) more is a matter of preference and the marks stay uncoloured;
* text rows whose cells are all the same are marked "shared";
* list rows mark each item that every career has, and items every career has are also
  gathered in a row of their own ("All four use: Microsoft Excel; ...").

Rows come in the order a family decides: quick facts (``careerdesk.quick_facts``), how the
work divides, what they do, skills and abilities, then the details. Markers are words
("highest", "lowest", "shared"); views add symbols as well as colours.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from careerdesk import formatting as fmt
from careerdesk import quick_facts as qf
from careerdesk import time_views, wording
from careerdesk.charts import describe_time_allocation
from careerdesk.i18n import QT_TRANSLATE_NOOP, TranslatedTable, translate
from careerdesk.model import Career, TimeAllocation, TimeShare
from careerdesk.outlook import BrightOutlook

MIN_CAREERS = 2
MAX_CAREERS = 4

Marker = Literal["", "highest", "lowest", "shared"]
RowKind = Literal["text", "number", "list", "chart"]

# In the order a family decides: (key, English title); SECTION_TITLES translates them.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("facts", QT_TRANSLATE_NOOP("Comparison", "Quick facts")),
    ("time", QT_TRANSLATE_NOOP("Comparison", "How the work divides")),
    ("what", QT_TRANSLATE_NOOP("Comparison", "What they do")),
    ("abilities", QT_TRANSLATE_NOOP("Comparison", "Skills and abilities")),
    ("education", QT_TRANSLATE_NOOP("Comparison", "Education and training")),
    ("pay", QT_TRANSLATE_NOOP("Comparison", "More about pay")),
    ("outlook", QT_TRANSLATE_NOOP("Comparison", "How many people do this work")),
    ("ai", QT_TRANSLATE_NOOP("Comparison", "AI in more detail")),
    ("technology", QT_TRANSLATE_NOOP("Comparison", "Technology they use")),
    ("interests", QT_TRANSLATE_NOOP("Comparison", "Interests")),
    ("aka", QT_TRANSLATE_NOOP("Comparison", "Also known as")),
)
SECTION_KEYS: tuple[str, ...] = tuple(key for key, _ in SECTIONS)
COMPARE_PROGRAMS = 3  # programs of study named in a comparison cell
SECTION_TITLES: Mapping[str, str] = TranslatedTable("Comparison", dict(SECTIONS))

# How many items a list row shows per career.
TOP_TASKS = 5
TOP_ABILITIES = 5
TOP_SKILLS = 5
TOP_TECHNOLOGY = 10
TOP_INTERESTS = 3
TOP_TITLES = 6


def time_scale(allocations: Iterable[TimeAllocation | None]) -> float:
    """A scale for time charts drawn side by side: the largest share rounded up to a ten."""
    top = max((s.percent for a in allocations if a for s in a.shares), default=0.0)
    return float(min(100, max(10, math.ceil(top / 10) * 10)))


class ComparisonError(ValueError):
    """The careers cannot be compared as asked (too few, too many); the message is one line."""


@dataclass
class Cell:
    """One career's value in one row.

    ``value`` is set for numeric rows (None when the figure is missing), ``items`` for list
    rows (each item with whether every career shares it), ``chart`` for the time row.
    """

    text: str
    value: float | None = None
    marker: Marker = ""
    items: list[tuple[str, bool]] = field(default_factory=list)
    chart: TimeAllocation | None = None


@dataclass
class Row:
    """One attribute across the compared careers, cells in the careers' order."""

    section: str
    label: str
    kind: RowKind
    cells: list[Cell]
    differs: bool
    key: str = ""
    judged: bool = False  # more is plainly better: views may colour the marks
    explanation: str = ""  # what the row's figure means, in plain words


def pick_sections(sections: Iterable[str] | None, known: tuple[str, ...]) -> tuple[str, ...]:
    """The ``sections`` asked for, in the order of ``known`` (all when None); raises
    ComparisonError (a ValueError) naming an unknown key."""
    if sections is None:
        return known
    wanted = set(sections)
    unknown = sorted(wanted - set(known))
    if unknown:
        raise ComparisonError(translate(
            "Comparison", "unknown section {sections} (choose from {known})").format(
                sections=", ".join(unknown), known=", ".join(known)))
    return tuple(key for key in known if key in wanted)


def check_sections(sections: Iterable[str] | None) -> tuple[str, ...]:
    """The comparison sections to include, in the profile's order."""
    return pick_sections(sections, SECTION_KEYS)


def unique_careers(careers: Iterable[Career]) -> list[Career]:
    """The careers with repeats left out, first occurrence kept, checked for 2..4."""
    seen: dict[str, Career] = {}
    for career in careers:
        seen.setdefault(career.code, career)
    result = list(seen.values())
    if len(result) < MIN_CAREERS:
        raise ComparisonError(translate(
            "Comparison", "pick at least {minimum} different careers to compare (got {count})"
        ).format(minimum=MIN_CAREERS, count=len(result)))
    if len(result) > MAX_CAREERS:
        raise ComparisonError(translate(
            "Comparison", "compare at most {maximum} careers at a time (got {count})"
        ).format(maximum=MAX_CAREERS, count=len(result)))
    return result


class Comparison:
    """Careers in columns and the rows comparing them; rows are rebuilt on every change."""

    def __init__(self, careers: Sequence[Career], state: str | None = None,
                 sections: Iterable[str] | None = None) -> None:
        self.careers: list[Career] = unique_careers(careers)
        self.state = state
        self.sections = check_sections(sections)
        self.rows: list[Row] = []
        self._rebuild()

    @property
    def codes(self) -> list[str]:
        return [c.code for c in self.careers]

    @property
    def time_max_percent(self) -> float:
        """One scale for every time chart (the largest share, rounded up to a ten)."""
        return time_scale([time_views.column_view(c) for c in self.careers])

    def rows_for(self, only_differences: bool = False) -> list[Row]:
        """All rows, or only those whose cells differ."""
        return [r for r in self.rows if r.differs or not only_differences]

    def add(self, career: Career) -> None:
        """Add a column at the end; a career already here is ignored, a fifth refused."""
        if career.code in self.codes:
            return
        if len(self.careers) >= MAX_CAREERS:
            raise ComparisonError(translate(
                "Comparison", "compare at most {maximum} careers at a time; remove one first"
            ).format(maximum=MAX_CAREERS))
        self.careers.append(career)
        self._rebuild()

    def remove(self, code: str) -> None:
        """Remove a column; a comparison keeps at least two careers."""
        index = self._index(code)
        if len(self.careers) <= MIN_CAREERS:
            raise ComparisonError(translate(
                "Comparison", "a comparison needs at least {minimum} careers").format(
                    minimum=MIN_CAREERS))
        del self.careers[index]
        self._rebuild()

    def move(self, code: str, new_index: int) -> None:
        """Move a column to ``new_index`` (clamped to the columns there are)."""
        career = self.careers.pop(self._index(code))
        self.careers.insert(max(0, min(new_index, len(self.careers))), career)
        self._rebuild()

    def set_state(self, state: str | None) -> None:
        """Choose the state whose median pay is shown (None: national figures only)."""
        self.state = state
        self._rebuild()

    def set_sections(self, sections: Iterable[str] | None) -> None:
        """Choose the sections (None: all); raises ComparisonError on an unknown key."""
        self.sections = check_sections(sections)
        self._rebuild()

    def _index(self, code: str) -> int:
        for index, career in enumerate(self.careers):
            if career.code == code:
                return index
        raise ComparisonError(translate("Comparison", "{code} is not in this comparison")
                              .format(code=code))

    def _rebuild(self) -> None:
        self.rows = [row for key in self.sections for row in _BUILDERS[key](self)]


def build_comparison(careers: list[Career], state: str | None = None,
                     sections: Iterable[str] | None = None) -> Comparison:
    """Compare two to four careers (repeats ignored); ``state`` adds the state median pay."""
    return Comparison(careers, state, sections)


# ------------------------------------------------------------------ row builders


def _text_row(section: str, key: str, label: str, texts: list[str | None]) -> Row:
    missing = fmt.not_available()
    shown = [t if t else missing for t in texts]
    same = len(set(shown)) == 1 and shown[0] != missing and len(shown) > 1
    cells = [Cell(t, marker="shared" if same else "") for t in shown]
    return Row(section, label, "text", cells, differs=len(set(shown)) > 1, key=key)


def _number_row(section: str, key: str, label: str, values: list[float | None],
                texts: list[str], *, judged: bool = False, explanation: str = "",
                unmarked_texts: bool = False) -> Row:
    """``unmarked_texts``: a cell without a figure to mark still shows its text (pay that
    BLS publishes by the hour only); otherwise it reads "not available"."""
    present = [v for v in values if v is not None]
    marks = len(present) >= 2 and max(present) != min(present)
    cells = []
    for value, text in zip(values, texts, strict=True):
        marker: Marker = ""
        if marks and value is not None:
            marker = "highest" if value == max(present) else \
                "lowest" if value == min(present) else ""
        shown = text if value is not None or unmarked_texts else ""
        cells.append(Cell(shown or fmt.not_available(), value, marker))
    return Row(section, label, "number", cells, differs=len(set(values)) > 1, key=key,
               judged=judged, explanation=explanation)


def _list_row(section: str, key: str, label: str, lists: list[list[str]], *,
              pools: list[list[str]] | None = None, limit: int,
              shared_first: bool = False, empty: str | None = None) -> Row:
    """Items per career; an item is shared when every career's pool (default: list) has it.

    ``shared_first`` puts shared items ahead so they show in every column within ``limit``;
    a career without items reads ``empty`` (default: "not available").
    """
    empty = empty if empty is not None else fmt.not_available()
    pools = pools if pools is not None else [items[:limit] for items in lists]
    common = set.intersection(*(set(p) for p in pools)) if len(pools) > 1 else set()
    cells = []
    for items in lists:
        ordered = [i for i in items if i in common] + [i for i in items if i not in common] \
            if shared_first else list(items)
        chosen = ordered[:limit]
        text = "; ".join(chosen) if chosen else empty
        cells.append(Cell(text, items=[(i, i in common) for i in chosen]))
    shown = [frozenset(name for name, _ in c.items) for c in cells]
    return Row(section, label, "list", cells, differs=len(set(shown)) > 1, key=key)


def _facts(c: Comparison) -> list[Row]:
    """The quick facts of each career (``careerdesk.quick_facts``), one row per fact."""
    facts = [{f.key: f for f in qf.quick_facts(career, c.state)} for career in c.careers]
    pay, education, outlook = (qf.pay(c.careers[0], c.state), qf.education(c.careers[0]),
                               qf.outlook(c.careers[0]))
    openings = [_float(x.outlook.annual_openings) if x.outlook else None for x in c.careers]
    bright = [BrightOutlook(x.outlook.percent_change, x.outlook.annual_openings).verdict()
              if x.outlook else None for x in c.careers]
    time_to_enter = wording.term("time_to_enter")
    pay_label = translate("Comparison", "{pay}, {state}").format(
        pay=pay.heading, state=c.state) if c.state else pay.heading
    return [
        _number_row("facts", "facts.pay", pay_label, [f["pay"].number for f in facts],
                    [_pay_text(f["pay"], c.state) for f in facts], judged=True,
                    explanation=pay.explanation, unmarked_texts=True),
        _text_row("facts", "facts.education", education.heading,
                  [f["education"].value for f in facts]),
        _number_row("facts", "facts.time", time_to_enter.label,
                    [_years(x) for x in c.careers],
                    [fmt.years_range(x.education.years_min, x.education.years_max)
                     for x in c.careers], explanation=time_to_enter.explanation),
        _number_row("facts", "facts.outlook", outlook.heading,
                    [f["outlook"].number for f in facts],
                    [f["outlook"].value for f in facts], judged=True,
                    explanation=wording.term("outlook").explanation),
        _number_row("facts", "facts.openings", wording.term("openings").label, openings,
                    [fmt.openings(_int(v)) for v in openings], judged=True,
                    explanation=wording.term("openings").explanation),
        _text_row("facts", "facts.bright", wording.term("bright_outlook").label, bright),
        _text_row("facts", "facts.ai", facts[0]["ai"].heading,
                  [f["ai"].value for f in facts]),
    ]


def _pay_text(fact: qf.Fact, state: str | None) -> str:
    """The pay fact's value, saying "(U.S.)" where the state's figure is not published."""
    if state and fact.place is None and fact.value != fmt.not_available():
        return translate("Comparison", "{pay} (U.S.)").format(pay=fact.value)
    return fact.value


def _what(c: Comparison) -> list[Row]:
    tasks = [[t.text for t in career.tasks if t.core is not False] for career in c.careers]
    return [
        _text_row("what", "what.description", translate("Comparison", "In short"),
                  [career.description for career in c.careers]),
        _list_row("what", "what.tasks", translate("Comparison", "Top main tasks"),
                  tasks, limit=TOP_TASKS),
    ]


def aligned_allocations(
    allocations: Sequence[TimeAllocation | None],
) -> list[TimeAllocation | None]:
    """The allocations with the same groups in the same order, so bars line up across charts.

    Groups follow their fixed order (group id); a group another career has and this one
    lacks is added at 0%. Shares without a group keep their place after the groups.
    """
    labels: dict[int, str] = {}
    for allocation in allocations:
        for share in allocation.shares if allocation else []:
            if share.group_id is not None:
                labels.setdefault(share.group_id, share.label)
    result: list[TimeAllocation | None] = []
    for allocation in allocations:
        if allocation is None:
            result.append(None)
            continue
        by_group = {s.group_id: s for s in allocation.shares if s.group_id is not None}
        shares = [by_group.get(gid) or TimeShare(labels[gid], 0.0, gid) for gid in sorted(labels)]
        shares += [s for s in allocation.shares if s.group_id is None]
        result.append(replace(allocation, shares=shares))
    return result


def _time(c: Comparison) -> list[Row]:
    """How the work divides: a career's editorial estimate where it has one, as its profile
    leads with it (named so, with its own parts: never padded with O*NET's groups), else
    O*NET's, aligned across the columns so the bars line up (``careerdesk.time_views``)."""
    shown = [time_views.column_view(career) for career in c.careers]
    aligned = aligned_allocations([None if a is None or time_views.titled(a) else a
                                   for a in shown])
    allocations = [a if data is None else data for a, data in zip(shown, aligned, strict=True)]
    cells = [Cell(describe_time_allocation([a]) if a else fmt.not_available(), chart=a)
             for a in allocations]
    splits = [tuple((s.group_id, s.label, s.percent) for s in a.shares) if a else None
              for a in allocations]
    return [Row("time", translate("Comparison", "Share of the work (estimate)"), "chart", cells,
                differs=len(set(splits)) > 1, key="time.split")]


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def _int(value: float | None) -> int | None:
    return None if value is None else round(value)


def _years(career: Career) -> float | None:
    e = career.education
    if e.years_min is None or e.years_max is None:
        return None
    return (e.years_min + e.years_max) / 2


def _education(c: Comparison) -> list[Row]:
    cs = c.careers
    return [
        _text_row("education", "education.experience",
                  wording.term("work_experience").label,
                  [wording.work_experience(x.education.work_experience).label
                   if x.education.work_experience else None for x in cs]),
        _text_row("education", "education.training", wording.term("training").label,
                  [wording.training(x.education.on_the_job_training).label
                   if x.education.on_the_job_training else None for x in cs]),
        _text_row("education", "education.job_zone", wording.term("job_zone").label,
                  [translate("Comparison", "{level} ({zone} of 5)").format(
                      level=wording.preparation_level(x.job_zone.zone), zone=x.job_zone.zone)
                   if x.job_zone else None for x in cs]),
        _text_row("education", "education.study", translate("Comparison", "What to study"),
                  [_programs(x) for x in cs]),
    ]


def _programs(career: Career) -> str:
    """The first three programs of study ("Registered Nursing; …"), or why there are none
    in a few words."""
    programs = [p.name for p in career.programs if not p.residency]
    if not programs:
        return translate("Comparison", "No program: learned on the job")
    shown = "; ".join(programs[:COMPARE_PROGRAMS])
    more = len(programs) - COMPARE_PROGRAMS
    return shown if more <= 0 else translate("Comparison", "{programs} (and {count} more)"
                                             ).format(programs=shown, count=more)


def _pay(c: Comparison) -> list[Row]:
    cs = c.careers
    annual = [x.wages.median_annual if x.wages else None for x in cs]
    hourly = [x.wages.median_hourly if x.wages else None for x in cs]
    rows = [
        _number_row("pay", "pay.hourly", translate("Comparison", "Typical pay an hour, U.S."),
                    hourly,
                    [fmt.money(v, cents=True, top_coded=bool(x.wages and "hourly_median" in
                                                             x.wages.top_coded))
                     for v, x in zip(hourly, cs, strict=True)], judged=True),
        _text_row("pay", "pay.range", wording.term("pay_range").label,
                  [_pay_range(x) for x in cs]),
    ]
    if c.state:  # the quick facts show the state's figure; the nation's is here
        rows.insert(0, _number_row(
            "pay", "pay.annual", translate("Comparison", "Typical pay a year, U.S."),
            [_float(v) for v in annual],
            [fmt.money(v, top_coded=bool(x.wages and "annual_median" in x.wages.top_coded))
             for v, x in zip(annual, cs, strict=True)], judged=True))
    return rows


def _pay_range(career: Career) -> str | None:
    """"$35,000 to $60,000 a year": the 10th to 90th percentile of annual pay."""
    w = career.wages
    if w is None or w.annual.get("p10") is None or w.annual.get("p90") is None:
        return None
    return translate("Comparison", "{low} to {high} a year").format(
        low=fmt.money(w.annual["p10"], top_coded="annual_p10" in w.top_coded),
        high=fmt.money(w.annual["p90"], top_coded="annual_p90" in w.top_coded))


def _outlook(c: Comparison) -> list[Row]:
    out = [x.outlook for x in c.careers]
    employment = [_float(o.employment_2024) if o else None for o in out]
    return [
        _number_row("outlook", "outlook.employment", translate(
            "Comparison", "People in this job in 2024"), employment,
            [fmt.count(_int(v)) for v in employment],
            explanation=wording.term("employment").explanation),
    ]


def _ai(c: Comparison) -> list[Row]:
    ai = [x.ai for x in c.careers]
    exposure = [a.exposure * 100 if a and a.exposure is not None else None for a in ai]
    human = [a.human_index if a else None for a in ai]
    of_tasks = translate("Comparison", "{percent} of tasks")

    def words(value: str, meaning: str | None) -> str:
        return f"{value} ({meaning})" if meaning else value

    measures = {key: wording.ai_measure(key)
                for key in ("exposure", "replace_vs_assist", "human_capabilities")}
    return [
        _number_row("ai", "ai.exposure", measures["exposure"].label, exposure,
                    [words(of_tasks.format(percent=fmt.percent(v)),
                           a.exposure_level.lower() if a and a.exposure_level else None)
                     for v, a in zip(exposure, ai, strict=True)],
                    explanation=measures["exposure"].explanation),
        _text_row("ai", "ai.replace", measures["replace_vs_assist"].label,
                  [a.replace_vs_assist if a and a.replace_vs_assist else None for a in ai]),
        _number_row("ai", "ai.human", measures["human_capabilities"].label, human,
                    [words(f"{v:.0f} of 100", a.human_level.lower() if a and a.human_level
                           else None) if v is not None else "" for v, a in
                     zip(human, ai, strict=True)],
                    explanation=measures["human_capabilities"].explanation),
    ]


def _abilities(c: Comparison) -> list[Row]:
    skills = [[r.name for r in x.skills] for x in c.careers]
    abilities = [[wording.ability(r.name).label for r in x.abilities] for x in c.careers]
    return [
        *_with_shared("abilities", "abilities.skills", translate("Comparison", "Top skills"),
                      skills, limit=TOP_SKILLS, verb="need",
                      empty=translate("Comparison", "not rated by O*NET")),
        *_with_shared("abilities", "abilities.top", translate("Comparison", "Key abilities"),
                      abilities, limit=TOP_ABILITIES, verb="need",
                      empty=translate("Comparison", "not rated by O*NET")),
    ]


def _technology(c: Comparison) -> list[Row]:
    names = [[t.name for t in x.technology] for x in c.careers]  # in-demand ones first
    return _with_shared("technology", "technology.top",
                        translate("Comparison", "Technology"), names, limit=TOP_TECHNOLOGY,
                        verb="use", pools=names)


def _interests(c: Comparison) -> list[Row]:
    return [_list_row("interests", "interests.top", translate("Comparison", "Strongest interests"),
                      [[r.name for r in x.interests] for x in c.careers],
                      limit=TOP_INTERESTS)]


def _aka(c: Comparison) -> list[Row]:
    names = [x.also_known_as for x in c.careers]
    return [_list_row("aka", "aka.titles", translate("Comparison", "Other job titles"),
                      names, pools=names, limit=TOP_TITLES, shared_first=True)]


_ALL = TranslatedTable("Comparison", {"2": QT_TRANSLATE_NOOP("Comparison", "Both"),
                                      "3": QT_TRANSLATE_NOOP("Comparison", "All three"),
                                      "4": QT_TRANSLATE_NOOP("Comparison", "All four")})
_SHARED_LABELS = TranslatedTable("Comparison", {
    "use": QT_TRANSLATE_NOOP("Comparison", "{all} use"),
    "need": QT_TRANSLATE_NOOP("Comparison", "{all} need")})


def _with_shared(section: str, key: str, label: str, lists: list[list[str]], *, limit: int,
                 verb: str, pools: list[list[str]] | None = None,
                 empty: str | None = None) -> list[Row]:
    """A list row without the items every career has, after a row naming those once
    ("All four use: Microsoft Excel; ...", every cell the same, marked "shared")."""
    pools = pools if pools is not None else [items[:limit] for items in lists]
    common = set.intersection(*(set(p) for p in pools)) if len(pools) > 1 else set()
    rows = []
    if common:
        shared = [i for i in lists[0] if i in common] or sorted(common)
        text = "; ".join(shared[:limit])
        everyone = _ALL[str(min(len(lists), MAX_CAREERS))]
        rows.append(Row(section, _SHARED_LABELS[verb].format(
            all=everyone), "text", [Cell(text, marker="shared") for _ in lists],
            differs=False, key=f"{key}.shared"))
    rest = [[i for i in items if i not in common] for items in lists]
    rows.append(_list_row(section, key, label, rest,
                          pools=[[i for i in p if i not in common] for p in pools],
                          limit=limit, empty=empty if empty is not None
                          else translate("Comparison", "only the shared ones above")
                          if common else None))
    return rows


_BUILDERS: dict[str, Callable[[Comparison], list[Row]]] = {
    "facts": _facts, "what": _what, "time": _time, "education": _education, "pay": _pay,
    "outlook": _outlook, "ai": _ai, "abilities": _abilities, "technology": _technology,
    "interests": _interests, "aka": _aka,
}
