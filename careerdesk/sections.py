"""One profile, drawn once: a career as an ordered list of sections.

The window's profile tabs (``careerdesk.ui.tabs``), the printed profile
(``careerdesk.report.profile_html``) and the command line's text (``careerdesk.profile``)
all draw these sections, so the order, the headings, the labels and the wording of a
profile live here, once. A new field is a new ``Fact`` (or block) here; the three views draw
it as they draw the others.

A ``Section`` holds blocks: paragraphs, notes, facts (label and value), lists (items with an
optional figure and explanation), links and charts. A block says on which ``media`` it is
drawn: most go everywhere; explanations a printout has no room for are for the screen only,
and a chart is drawn by the screen and the printout (the text lists the figures). Each
section names the sources behind it (``sources``: the source lines, as in
``Career.sources``).

The sources' terms are shown in plain words (``careerdesk.wording``: "Preparation needed:
some (2 of 5)", "Education to start: High school diploma"); a reworded ``Fact`` carries its
explanation and the source's own term, which the tabs show on the keyboard-reachable value
(Enter or Shift+F1) and in its tooltip. Codes (O*NET-SOC, SOC) are only in ``codes()``, for
the sources. The "quick" section, first, holds ``careerdesk.quick_facts`` for paper (the
window shows them as the strip in the profile's header).

Qt-free: texts are translated with ``careerdesk.i18n.translate`` (context "Profile"). Figures
are formatted by ``careerdesk.formatting``; a missing figure reads "not available". The JSON
of ``careerdesk show --json`` (``careerdesk.profile.to_dict``) keeps the source values and
does not use this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from careerdesk import formatting as fmt
from careerdesk import study, time_views, wording
from careerdesk.comparison import pick_sections
from careerdesk.i18n import QT_TRANSLATE_NOOP, TranslatedTable, translate
from careerdesk.model import AiAssessment, Career, Rating, TimeAllocation, Wages
from careerdesk.outlook import BRIGHT_CRITERIA_URL, BrightOutlook, bright_summary
from careerdesk.quick_facts import quick_facts

CONTEXT = "Profile"

# Where a block is drawn.
SCREEN, PRINT, TEXT = "screen", "print", "text"
EVERYWHERE = frozenset({SCREEN, PRINT, TEXT})
ON_SCREEN = frozenset({SCREEN})
ON_PAPER = frozenset({PRINT, TEXT})  # the printout and the command line's text

# Kinds of block.
PARAGRAPHS = "paragraphs"  # ``text``: paragraphs separated by a blank line
NOTE = "note"  # ``text``: a remark in smaller or muted type (a method, a caveat)
STATEMENT = "statement"  # ``title`` in bold, then ``text`` (the AI label and its meaning)
FACTS = "facts"  # ``facts``: labelled figures
TABLE = "table"  # ``header`` and ``rows``: a small table of figures
LIST = "list"  # ``items`` under ``title``; ``missing`` when there are none
LINK = "link"  # ``text``, then ``title`` linking to ``url`` (a public page)
CHART = "chart"  # ``chart``: "time", "education" or "path", drawn by the view from the career

# The profile's sections, in order. The printout and ``careerdesk show --pdf --sections``
# choose among these keys.
PROFILE_SECTIONS: tuple[tuple[str, str], ...] = (
    ("quick", QT_TRANSLATE_NOOP("Profile", "Quick facts")),
    ("what", QT_TRANSLATE_NOOP("Profile", "What they do")),
    # the chart before the narrative: on paper it cannot break, and after long prose it
    # would leave the bottom of page 1 empty
    ("time", QT_TRANSLATE_NOOP("Profile", "How the work divides")),
    ("inside", QT_TRANSLATE_NOOP("Profile", "Inside this career")),
    ("education", QT_TRANSLATE_NOOP("Profile", "Education and training")),
    ("study", QT_TRANSLATE_NOOP("Profile", "What to study")),
    ("pay", QT_TRANSLATE_NOOP("Profile", "Pay")),
    ("outlook", QT_TRANSLATE_NOOP("Profile", "Outlook")),
    ("ai", QT_TRANSLATE_NOOP("Profile", "AI assessment")),
    ("abilities", QT_TRANSLATE_NOOP("Profile", "Skills and abilities")),
    ("technology", QT_TRANSLATE_NOOP("Profile", "Technology skills")),
    ("interests", QT_TRANSLATE_NOOP("Profile", "Interests")),
    ("aka", QT_TRANSLATE_NOOP("Profile", "Also known as")),
    ("related", QT_TRANSLATE_NOOP("Profile", "Related careers")),
)
PROFILE_KEYS = tuple(key for key, _ in PROFILE_SECTIONS)
# The sections' headings in the user's language.
PROFILE_TITLES: Mapping[str, str] = TranslatedTable("Profile", dict(PROFILE_SECTIONS))
# Sections only the command line's text has (the window's Related tab shows next steps).
TEXT_ONLY_SECTIONS: tuple[tuple[str, str], ...] = (
    ("next", QT_TRANSLATE_NOOP("Profile", "Next steps")),
)
# The keys of ``Career.sources`` behind each section.
SOURCE_KEYS: Mapping[str, tuple[str, ...]] = {
    "quick": ("wages", "outlook", "education", "ai"),
    "what": ("tasks",), "inside": ("narrative",), "time": ("time_allocation",),
    "education": ("education",), "study": ("programs",), "pay": ("wages",),
    "outlook": ("outlook",), "ai": ("ai",),
    "abilities": ("abilities",), "technology": ("technology",), "interests": ("interests",),
    "aka": ("also_known_as",), "related": ("related",), "next": ("progression",),
}
# What a section's heading adds on screen and in the text: where its figures come from.
SOURCE_LABELS: Mapping[str, str] = TranslatedTable("Profile", {
    "pay": QT_TRANSLATE_NOOP("Profile", "BLS OEWS, May 2025"),
    "outlook": QT_TRANSLATE_NOOP("Profile", "BLS projections 2024–34"),
})
RATED_SHOWN = 6  # abilities, skills, knowledge, work styles: the most important ones
TECHNOLOGY_PRINTED = 16  # a printout and the text list these, then count the rest
RELATED_PRINTED = 10
PROGRAMS_PRINTED = 3  # a printout lists these programs of study, then counts the rest
TASKS_PRINTED = 5  # a printout lists the top five main tasks


def _t(text: str) -> str:
    return translate(CONTEXT, text)


def hot_word() -> str:
    """The mark of a "hot technology", in words ("in demand")."""
    return wording.hot_technology().label


@dataclass(frozen=True)
class Fact:
    """A labelled figure: ``value`` is formatted ("not available" when missing). Where the
    label or value is a source's term in plain words, ``explanation`` says what it means
    (the screen shows it on the keyboard-reachable value) and ``source`` is the source's own
    term ("BLS: Postsecondary nondegree award")."""

    label: str
    value: str
    explanation: str = ""
    source: str = ""
    detail: str = ""  # a second line under the value (the quick facts: "$22.08 an hour")

    def text(self) -> str:
        """"label: value", and the detail after it, as the command line's text shows it."""
        found = translate("Profile", "{label}: {value}").format(label=self.label,
                                                                value=self.value)
        return translate("Profile", "{fact}. {detail}").format(fact=found, detail=self.detail) \
            if self.detail else found

    def meaning(self) -> str:
        """What the fact means and the source's own term, for a tooltip ("" if neither)."""
        return "\n".join(p for p in (self.explanation, self.source) if p)


@dataclass(frozen=True)
class Item:
    """One entry of a list: its text and an optional figure shown with it everywhere
    ("2.1 of 7", a code); on screen also a rating (``rating``: "importance 4.0 of 5", "in
    demand") and an explanation under it (``detail``); ``marked`` for a "hot" technology."""

    text: str
    value: str = ""
    rating: str = ""
    detail: str = ""
    marked: bool = False


@dataclass(frozen=True)
class Block:
    """One piece of a section (see the kinds above); drawn on ``media``. A list's ``text``
    explains it on screen, under its title."""

    kind: str
    text: str = ""  # a chart's caption (how it is made)
    title: str = ""
    facts: tuple[Fact, ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    items: tuple[Item, ...] = ()
    limit: int | None = None  # a printout and the text list this many items, then count
    inline: bool = False  # on paper the items run on one line ("a, b, c")
    separator: str = ", "  # between inline items
    missing: str = ""  # what a list says when it has no items
    url: str = ""
    chart: str = ""
    media: frozenset[str] = EVERYWHERE

    def shown(self, medium: str) -> bool:
        """Whether the block is drawn on ``medium``."""
        return medium in self.media


def paper_line(block: Block) -> str:
    """A list's items on one line, as paper (the printout, the text) shows them: "a, b (2.1
    of 7), c … and 4 more"; marked items (in-demand technology) first, named once: "In
    demand: a, b. Also: c, d … and 4 more". The list's ``missing`` text when it has none."""
    if not block.items:
        return block.missing
    shown = block.items if block.limit is None else block.items[:block.limit]

    def joined(items: Sequence[Item]) -> str:
        return block.separator.join(
            item.text + (f" ({item.value})" if item.value else "") for item in items)

    marked = [item for item in shown if item.marked]
    if marked:
        rest = [item for item in shown if not item.marked]
        text = translate("Profile", "{in_demand}: {items}.").format(
            in_demand=hot_word()[:1].upper() + hot_word()[1:], items=joined(marked))
        if rest:
            text += " " + translate("Profile", "Also: {items}").format(items=joined(rest))
    else:
        text = joined(shown)
    left = len(block.items) - len(shown)
    more = translate("Profile", " … and {count} more")
    return text + (more.format(count=left) if left > 0 else "")


@dataclass(frozen=True)
class Section:
    """One section of a profile: its key, heading, blocks and the sources behind it."""

    key: str
    heading: str
    blocks: tuple[Block, ...]
    sources: tuple[str, ...] = ()
    source_label: str = ""  # e.g. "BLS OEWS, May 2025" (screen and text headings)

    def blocks_for(self, medium: str) -> list[Block]:
        """The blocks drawn on ``medium``, in order."""
        return [b for b in self.blocks if b.shown(medium)]

    def full_heading(self) -> str:
        """The heading with its source, as the screen and the text show it."""
        return f"{self.heading} ({self.source_label})" if self.source_label else self.heading


@dataclass(frozen=True)
class Profile:
    """A career's profile: the lines under its title and its sections, in order."""

    title: str
    identity: str  # "Field: Office and Administrative Support"
    sections: tuple[Section, ...] = field(default=())
    codes: str = ""  # the O*NET-SOC and SOC codes, for a details or sources area

    def section(self, key: str) -> Section | None:
        """The section with ``key``; None when the career has none."""
        return next((s for s in self.sections if s.key == key), None)


def check_sections(sections: Iterable[str] | None) -> tuple[str, ...]:
    """The printable sections asked for, in the profile's order; raises ValueError on an
    unknown key (all when None)."""
    return pick_sections(sections, PROFILE_KEYS)


# ------------------------------------------------------------------ helpers


def _note(text: str, media: frozenset[str] = EVERYWHERE) -> Block:
    return Block(NOTE, text=text, media=media)


def _unavailable(text: str) -> tuple[Block, ...]:
    return (_note(text),)


def _shares(allocation: TimeAllocation) -> tuple[Item, ...]:
    return tuple(Item(s.label, f"{s.percent:.0f}%") for s in allocation.shares)


def _rated(title: str, ratings: Sequence[Rating], note: str, *,
           plain_name: bool = False) -> Block:
    """The most important ``ratings`` with O*NET's importance in its scale words ("Very
    important (4.1 of 5)"); ``plain_name``: O*NET's ability names in plain words, O*NET's
    own name kept with the description."""
    items = []
    for r in ratings[:RATED_SHOWN]:
        name = wording.ability(r.name) if plain_name else None
        detail = r.description
        if name is not None and name.label != r.name:
            detail = translate("Profile", "{description} (O*NET: {name})").format(
                description=r.description, name=r.name)
        items.append(Item(name.label if name is not None else r.name,
                          rating=wording.importance(r.value).label, detail=detail))
    scale = wording.term("importance").explanation
    return Block(LIST, title=title, items=tuple(items), inline=True,
                 missing=translate("Profile", "not available: not rated by O*NET"),
                 text=f"{note} {scale}")


def _sources(career: Career, key: str) -> tuple[str, ...]:
    seen: list[str] = []
    for name in SOURCE_KEYS.get(key, ()):
        for source in career.sources.get(name, []):
            if str(source) not in seen:
                seen.append(str(source))
    return tuple(seen)


# ------------------------------------------------------------------ the sections


def _quick(c: Career, state: str | None) -> tuple[Block, ...]:
    """The quick facts (``careerdesk.quick_facts``), on paper: the window shows them as the
    strip in the profile's header."""
    return (Block(FACTS, media=ON_PAPER, facts=tuple(
        Fact(f.heading, f.value, f.explanation, f.source, f.detail)
        for f in quick_facts(c, state))),)


def _what(c: Career) -> tuple[Block, ...]:
    blocks = [Block(PARAGRAPHS, text=c.description)]
    if not c.tasks:
        return (*blocks, _note(translate(
            "Profile", "O*NET does not list tasks for this career: not available.")))
    core = tuple(Item(t.text) for t in c.tasks if t.core is True)
    other = tuple(Item(t.text) for t in c.tasks if t.core is None)
    extra = tuple(Item(t.text) for t in c.tasks if t.core is False)
    main, more = wording.term("core_tasks"), wording.term("supplemental_tasks")
    if core:
        title = translate("Profile", "{main} ({count})").format(main=main.label,
                                                              count=len(core))
        blocks.append(Block(LIST, title=title, items=core, text=main.explanation,
                            media=ON_SCREEN | {TEXT}))
        shown = translate("Profile", "{main}: the top {count}").format(
            main=main.label, count=min(len(core), TASKS_PRINTED)) \
            if len(core) > TASKS_PRINTED else title
        blocks.append(Block(LIST, title=shown, items=core, limit=TASKS_PRINTED,
                            media=frozenset({PRINT})))
    if other:
        title = translate("Profile", "Tasks ({count})").format(count=len(other))
        blocks.append(Block(LIST, title=title, items=other, media=ON_SCREEN | {TEXT}))
        blocks.append(Block(LIST, title=title, items=other, limit=TASKS_PRINTED,
                            media=frozenset({PRINT})))
    if extra:
        title = translate("Profile", "{other} ({count})").format(other=more.label,
                                                               count=len(extra))
        blocks.append(Block(LIST, title=title, items=extra, text=more.explanation,
                            media=ON_SCREEN | {TEXT}))
    left = max(len(core) - TASKS_PRINTED, 0)
    unranked = max(len(other) - TASKS_PRINTED, 0)  # tasks O*NET does not rank
    if core and (left or extra):  # what the printout leaves for the app
        counted = translate("Profile", "CareerDesk lists {more} more main tasks and {other} "
                            "other tasks.").format(more=left, other=len(extra) + unranked)
        blocks.append(_note(counted, frozenset({PRINT})))
    elif unranked or extra:
        counted = translate("Profile", "CareerDesk lists {more} more tasks.").format(
            more=unranked + len(extra))
        blocks.append(_note(counted, frozenset({PRINT})))
    return tuple(blocks)

KIND_WORDS = {
    "editorial": QT_TRANSLATE_NOOP(
        "Profile", "Editorial: written by the CareerDesk team in their own words from the "
        "facts of the reference career page and the data."),
    "data": QT_TRANSLATE_NOOP(
        "Profile", "Written from the data by CareerDesk: composed from this career's O*NET, "
        "BLS and AI-research figures."),
}


def narrative_kind(kind: str) -> str:
    """Who wrote a narrative, in words ("editorial" or "data")."""
    return _t(KIND_WORDS[kind])


def _inside(c: Career) -> tuple[Block, ...]:
    main = c.narrative
    if main is None:
        return _unavailable(translate("Profile", "Not available: O*NET lists no tasks for "
                                      "this career, so CareerDesk has no narrative for it."))
    blocks = [_note(narrative_kind(main.kind)), Block(PARAGRAPHS, text=main.text)]
    also = translate("Profile", "Also: the narrative written from the data")
    for other in c.narratives:
        if other is not main:
            blocks.append(Block(PARAGRAPHS, title=also, text=other.text, media=ON_SCREEN))
            blocks.append(_note(narrative_kind(other.kind), ON_SCREEN))
    return tuple(blocks)


def _time(c: Career) -> tuple[Block, ...]:
    """The chart (on screen every estimate, on paper the leading one: the editorial estimate
    where there is one, ``careerdesk.time_views``), each estimate in words, why the two
    differ, and how each is made (on screen the chart's caption)."""
    shown = time_views.views(c)
    if not shown:
        missing = translate("Profile", "Not available: O*NET lists no tasks for this career.")
        return (Block(CHART, chart="time", text=missing, media=ON_SCREEN),
                _note(missing, ON_PAPER))
    charted = shown[0]
    methods = [translate("Profile", "{label}: {method}").format(label=a.label, method=a.method)
               for a in shown]
    blocks = [Block(CHART, chart="time", text=" ".join(methods),
                    media=frozenset({SCREEN, PRINT}))]
    for allocation in shown:  # the charted one in words for the text only
        blocks.append(Block(LIST, title=allocation.label, items=_shares(allocation),
                            inline=True, separator="; ",
                            media=frozenset({TEXT}) if allocation is charted else ON_PAPER))
    why = time_views.why_they_differ(c)
    if why:  # in plain type: a printout short of room leaves the notes out, never this
        blocks.append(Block(PARAGRAPHS, text=why))
    for allocation, method in zip(shown, methods, strict=True):
        blocks.append(_note(method, ON_PAPER if allocation is charted else frozenset({TEXT})))
    return tuple(blocks)


NO_CATEGORY = "None"  # BLS's word for "no work experience" or "no training"


def _plain_fact(key: str, plain: wording.Plain, publisher: str) -> Fact:
    """A fact whose value is a source's category in plain words."""
    term = wording.term(key)
    explanation = " ".join(p for p in (plain.explanation, term.explanation) if p) \
        if plain.explanation != term.explanation else plain.explanation
    source = translate("Profile", "{publisher}: {term}").format(
        publisher=publisher, term=plain.source) \
        if plain.source and plain.source != plain.label and plain.source != NO_CATEGORY \
        else ""  # BLS's category "None" is worded ("No work experience needed"), not shown
    return Fact(term.label, plain.label, explanation, source)


def _education(c: Career) -> tuple[Block, ...]:
    e = c.education
    zone = c.job_zone
    preparation = wording.preparation(zone.zone if zone else None, zone.name if zone else None)
    level = wording.preparation_level(zone.zone) if zone else fmt.not_available()
    ready = wording.time_to_enter(e.years_min, e.years_max, e.entry_time_basis)
    ready_value = fmt.not_available() if e.years_min is None or e.years_max is None else (
        translate("Profile", "none after high school") if e.years_max <= 0 else
        translate("Profile", "{years} after high school").format(
            years=fmt.years_range(e.years_min, e.years_max)))
    blocks = [Block(FACTS, facts=(
        _plain_fact("entry_education", wording.entry_education(e.typical_entry), "BLS"),
        _plain_fact("work_experience", wording.work_experience(e.work_experience), "BLS"),
        _plain_fact("training", wording.training(e.on_the_job_training), "BLS"),
        Fact(wording.term("job_zone").label,
             translate("Profile", "{level} ({zone} of 5)").format(level=level, zone=zone.zone)
             if zone else level, preparation.explanation,
             translate("Profile", "O*NET: {term}").format(term=zone.name) if zone else ""),
        Fact(wording.term("time_to_enter").label, ready_value,
             ready.explanation or wording.term("time_to_enter").explanation),
    ))]
    group = wording.figures_group(c.soc, c.title, requirements=True)
    if group is not None and e.typical_entry:
        blocks.append(_note(group.label))
    method = translate("Profile", "Time to get ready: how this is worked out. {method}")
    blocks.append(_note(method.format(method=e.entry_time_method), ON_SCREEN))
    if zone:
        blocks.append(Block(PARAGRAPHS, title=preparation.label, text=preparation.explanation,
                            media=ON_SCREEN))
    else:
        blocks.append(_note(translate("Profile", "O*NET has not rated how much preparation "
                                      "this career needs: not available."), ON_SCREEN))
    caption = translate("Profile", "Share of workers surveyed by O*NET who said each level "
                        "of education is required for the job.") if e.distribution \
        else translate("Profile", "Not available for this career.")
    blocks.append(Block(CHART, chart="education", media=ON_SCREEN, text=caption, title=translate(
        "Profile", "Education that workers say the job needs (O*NET)")))
    return tuple(blocks)

PERCENTILES = (("p10", QT_TRANSLATE_NOOP("Profile", "10th percentile")),
               ("p25", QT_TRANSLATE_NOOP("Profile", "25th percentile")),
               ("median", QT_TRANSLATE_NOOP("Profile", "Median")),
               ("p75", QT_TRANSLATE_NOOP("Profile", "75th percentile")),
               ("p90", QT_TRANSLATE_NOOP("Profile", "90th percentile")))


def _pay(c: Career, state: str | None) -> tuple[Block, ...]:
    w = c.wages
    group = wording.figures_group(c.soc, c.title)
    shared = (_note(group.label),) if group is not None else ()
    if w is None:
        return (*shared, _note(translate(
            "Profile", "BLS's wage survey (OEWS, May 2025) publishes no figures for this "
            "career, so pay is not available.")))
    typical, spread = wording.term("median_pay"), wording.term("pay_range")
    bls = translate("Profile", "BLS: {term}")
    hourly_only = translate("Profile", "not available: BLS publishes only an hourly figure")
    yearly = fmt.money(w.median_annual, top_coded="annual_median" in w.top_coded) \
        if w.median_annual is not None or w.median_hourly is None else hourly_only
    facts = [
        Fact(translate("Profile", "Typical pay a year"), yearly,
             typical.explanation, bls.format(term=typical.source)),
        Fact(translate("Profile", "Typical pay an hour"),
             fmt.money(w.median_hourly, cents=True, top_coded="hourly_median" in w.top_coded),
             typical.explanation),
        Fact(translate("Profile", "Pay of most workers"), _pay_range(w),
             spread.explanation, bls.format(term=spread.source)),
        Fact(translate("Profile", "People in this job (May 2025)"), fmt.count(w.employment),
             wording.term("employment").explanation),
    ]
    if state:
        s = w.by_state.get(state)
        facts.append(Fact(translate("Profile", "Typical pay in {state}").format(
            state=state), fmt.money(s.annual_median if s else None,
                                    top_coded=bool(s and "annual_median" in s.top_coded)),
            typical.explanation))

    def money(period: str, key: str) -> str:
        values = w.annual if period == "annual" else w.hourly
        return fmt.money(values.get(key), top_coded=f"{period}_{key}" in w.top_coded,
                         cents=period == "hourly")

    header = (translate("Profile", "Percentile"), translate("Profile", "Per year"),
              translate("Profile", "Per hour"))
    table = Block(TABLE, header=header, media=ON_SCREEN, rows=tuple(
        (_t(label), money("annual", key), money("hourly", key)) for key, label in PERCENTILES))
    government = Fact(
        translate("Profile", "Jobs with government employers"), _government(w),
        translate("Profile", "The share of people in this job who work for the government. "
                  "That means a city, state or federal office, a public school or hospital, "
                  "or the Post Office (BLS, May 2025)."),
        translate("Profile", "BLS: OEWS by industry"))
    # (a printout leaves out a share BLS does not release: a line that could push a career
    # with few figures onto a second page; the screen and the text say "not available")
    known = w.government_share is not None
    return (Block(FACTS, facts=(*facts, government),
                  media=EVERYWHERE if known else frozenset({SCREEN, TEXT})),
            *(() if known else (Block(FACTS, facts=tuple(facts), media=frozenset({PRINT})),)),
            *shared,  # the heading stays with the facts
            _note(typical.explanation, ON_SCREEN),
            table,
            _note(translate("Profile", "The 10th percentile means 10% of workers earn less "
                            "than this; the 90th, that 10% earn more."), ON_SCREEN))

def _government(w: Wages) -> str:
    """The share of the jobs with government employers, "not available" where BLS releases
    no count (``formatting.share_of_all``: never a rounded 0 % or 100 %)."""
    share = w.government_share
    return fmt.not_available() if share is None else fmt.share_of_all(share)


def _pay_range(w: Wages) -> str:
    """The 10th to 90th percentile a year; an hour where BLS publishes only hourly pay;
    "not available" (never an empty range) when BLS publishes neither."""
    for period, values, cents in (("annual", w.annual, False), ("hourly", w.hourly, True)):
        low, high = values.get("p10"), values.get("p90")
        if low is not None and high is not None:
            text = translate("Profile", "{low} – {high} a year") if period == "annual" \
                else translate("Profile", "{low} – {high} an hour")
            return text.format(low=fmt.money(low, cents=cents), high=fmt.money(
                high, cents=cents, top_coded=f"{period}_p90" in w.top_coded))
    return fmt.not_available()


def _outlook(c: Career) -> tuple[Block, ...]:
    o = c.outlook
    if o is None:
        return _unavailable(translate(
            "Profile", "BLS publishes no projection for this career: not available."))
    na = fmt.not_available()
    source = translate("Profile", "Source: {url}.").format(url=BRIGHT_CRITERIA_URL)
    growth = wording.outlook(o.category, o.percent_change)
    people = wording.term("employment").label
    blocks = [
        Block(FACTS, facts=(
            Fact(wording.term("outlook").label, growth.label if o.category else na,
                 growth.explanation or wording.term("outlook").explanation,
                 translate("Profile", "BLS: {term}").format(term=o.category)
                 if o.category else ""),
            Fact(wording.term("openings").label, fmt.openings(o.annual_openings),
                 wording.term("openings").explanation),
            Fact(translate("Profile", "{people} in 2024").format(people=people),
                 fmt.count(o.employment_2024), wording.term("employment").explanation),
            Fact(translate("Profile", "{people} in 2034 (expected)").format(people=people),
                 fmt.count(o.employment_2034), wording.term("outlook").explanation),
            Fact(translate("Profile", "Bright Outlook (O*NET)"),
                 BrightOutlook(o.percent_change, o.annual_openings).verdict() or na,
                 bright_summary()),
        )),
        _note(o.bands, ON_SCREEN),
        _note(bright_summary() + " " + source, ON_PAPER),
    ]
    group = wording.figures_group(c.soc, c.title)
    if group is not None:
        blocks.insert(1, _note(group.label))
    if o.handbook_url:
        blocks.append(Block(
            LINK, text=translate("Profile", "More about this kind of work and its outlook"),
            title=translate("Profile", "Occupational Outlook Handbook"), url=o.handbook_url))
    return tuple(blocks)

LEVELS = {"low": QT_TRANSLATE_NOOP("Profile", "Low"),
          "medium": QT_TRANSLATE_NOOP("Profile", "Medium"),
          "moderate": QT_TRANSLATE_NOOP("Profile", "Moderate"),
          "high": QT_TRANSLATE_NOOP("Profile", "High")}


def level_word(level: str | None) -> str:
    """A level key ("high") as a word ("High"); "" for none."""
    return _t(LEVELS[level]) if level in LEVELS else (level or "")


def ai_facts(a: AiAssessment) -> tuple[Fact, ...]:
    """The three AI measures as plain questions with their values in words (the source's
    name of each kept for its tooltip)."""
    na = fmt.not_available()
    exposure, replace, human = (wording.ai_measure(key) for key in
                                ("exposure", "replace_vs_assist", "human_capabilities"))
    return (
        Fact(exposure.label, na if a.exposure is None else translate(
            "Profile", "{level}: about {percent} of the tasks").format(
            level=level_word(a.exposure_level), percent=fmt.percent(a.exposure * 100)),
            exposure.explanation, exposure.source or ""),
        Fact(replace.label, na if a.automation_index is None else translate(
            "Profile", "{answer} ({index} on a scale from 0 to 1)").format(
            answer=a.replace_vs_assist or na, index=f"{a.automation_index:.2f}"),
            replace.explanation, replace.source or ""),
        Fact(human.label, translate(
            "Profile", "not available: O*NET has not rated this career's abilities")
            if a.human_index is None else translate(
            "Profile", "{level} ({index} of 100)").format(
            level=level_word(a.human_level) or na, index=f"{a.human_index:.0f}"),
            human.explanation, human.source or ""),
    )


def conversation_share_words(a: AiAssessment) -> str:
    """The Anthropic Economic Index share in plain words, with how many of the career's tasks
    it was found from (the index lists O*NET's tasks in older wording: ``ai_anthropic``)."""
    if a.conversation_share is None and a.conversation_tasks is None:
        return translate("Profile", "Not available: the study counted chats by task, and "
                         "O*NET lists no tasks for this career.")
    if a.conversation_share is None:
        return translate("Profile", "Not available: only {matched} of this job's {tasks} "
                         "tasks are in the older task list the study used.").format(
            matched=a.conversation_tasks_matched or 0, tasks=a.conversation_tasks)
    if a.conversation_share == 0:
        share = translate("Profile", "too few chats to count")
    elif a.conversation_share < 0.01:
        share = translate("Profile", "less than 0.01% of the chats")
    else:
        share = translate("Profile", "{percent} of the chats").format(
            percent=fmt.percent(a.conversation_share, 2))
    if a.conversation_tasks_matched is None or a.conversation_tasks is None:
        return share[:1].upper() + share[1:]
    found = translate("Profile", "{share} (from {matched} of this job's {tasks} tasks)")
    found = found.format(share=share, matched=a.conversation_tasks_matched,
                         tasks=a.conversation_tasks)
    return found[:1].upper() + found[1:]


def _ai(c: Career) -> tuple[Block, ...]:
    a = c.ai
    if a is None:
        return _unavailable(translate(
            "Profile", "An AI assessment is not available for this career, because the "
            "research it rests on rates only careers with O*NET tasks."))
    blocks = []
    if a.label:
        blocks.append(Block(STATEMENT, title=a.label.label, text=a.label.sentence))
    facts = ai_facts(a)
    untasked = a.exposure is None and a.automation_index is None and a.human_index is None
    if untasked:
        blocks.append(_note(translate(
            "Profile", "O*NET lists no tasks for this career, so the measures that rate its "
            "tasks are not available. Microsoft's score is for its SOC occupation.")))
        facts = ()
    if a.applicability is not None:
        used = wording.ai_measure("applicability")
        facts += (Fact(used.label, translate("Profile", "{score} on a scale from 0 to 1")
                       .format(score=f"{a.applicability:.2f}"), used.explanation),)
    blocks.append(Block(FACTS, media=ON_PAPER, facts=facts))
    if not untasked:
        chats = wording.ai_measure("conversation_share")
        blocks.append(Block(FACTS, media=frozenset({TEXT}), facts=(
            Fact(chats.label, conversation_share_words(a), chats.explanation,
                 chats.source or ""),
        )))
    return tuple(blocks)

def _abilities(c: Career) -> tuple[Block, ...]:
    return (
        _rated(wording.term("abilities").label, c.abilities, translate(
            "Profile", "Abilities are lasting talents that help a person do the work. These "
            "are the ones O*NET rates most important for this career."), plain_name=True),
        _rated(translate("Profile", "Skills"), c.skills,
               translate("Profile", "Skills are learned: they grow with practice.")),
        _rated(translate("Profile", "Knowledge"), c.knowledge,
               translate("Profile", "Subjects the work draws on.")),
        _rated(wording.term("work_styles").label, c.work_styles,
               wording.term("work_styles").explanation),
    )

HOT = "★"


def _technology(c: Career) -> tuple[Block, ...]:
    missing = translate("Profile", "Not available for this career.")
    hot = sum(1 for t in c.technology if t.hot)
    note = translate("Profile", "{star} {word}: {meaning} That is {hot} of the {total} "
                     "here.").format(star=HOT, word=hot_word(),
                                     meaning=wording.hot_technology().explanation, hot=hot,
                                     total=len(c.technology)) if c.technology else ""
    asked = wording.in_demand()
    if any(t.in_demand for t in c.technology):
        note += " " + translate("Profile", "“{label}”: {meaning}").format(
            label=asked.label, meaning=asked.explanation)
    return (
        Block(LIST, items=tuple(
            Item(t.name, rating=asked.label if t.in_demand else "", detail=t.category,
                 marked=t.hot)
            for t in c.technology), limit=TECHNOLOGY_PRINTED, inline=True, missing=missing,
            text=note),
        Block(LIST, title=translate("Profile", "Tools"),
              items=tuple(Item(t.name) for t in c.tools), missing=missing, media=ON_SCREEN),
    )


def _interests(c: Career) -> tuple[Block, ...]:
    areas = wording.term("riasec")
    note = f"{areas.explanation} {wording.term('interest_rating').explanation}"
    return (Block(LIST, items=tuple(
        Item(wording.interest_rating(r.name, r.value).label, detail=r.description)
        for r in c.interests), inline=True, separator="; ", missing=fmt.not_available(),
        text=note),)

def _aka(c: Career) -> tuple[Block, ...]:
    return (Block(LIST, items=tuple(Item(name) for name in c.also_known_as), inline=True,
                  missing=fmt.not_available(), media=ON_PAPER),)


def _related(c: Career) -> tuple[Block, ...]:
    return (Block(LIST, items=tuple(Item(r.title) for r in c.related),
                  limit=RELATED_PRINTED, inline=True, separator="; ",
                  missing=fmt.not_available(), media=ON_PAPER),)


def _study(c: Career) -> tuple[Block, ...]:
    """Programs of study (NCES): the first few by field, how many more, residencies as a
    later step; or why there are none."""
    plan = study.plan(c)
    path = Block(CHART, chart="path", media=ON_SCREEN, title=translate(
        "Profile", "How to get there"), text=translate(
        "Profile", "Drawn from BLS's entry education, work experience and training, the "
        "first program NCES links to the career, the typical time to get ready and the "
        "next steps CareerDesk lists."))
    if plan.reason is not None:
        return (Block(PARAGRAPHS, text=plan.reason), path)
    # on screen: the first few by field, then how many more; on paper and in the text: one
    # line of the first few ("… and N more"), to keep a handout within its pages
    blocks = [Block(LIST, title=field, items=tuple(Item(p.name) for p in programs),
                    media=ON_SCREEN)
              for field, programs in plan.by_field()]
    if plan.more:
        blocks.append(_note(translate("Profile", "{count} more programs also lead to this "
                                      "career.").format(count=plan.more), ON_SCREEN))
    programs = [p for p in c.programs if not p.residency]
    blocks.append(Block(LIST, title=translate("Profile", "Programs to start with"),
                        items=tuple(Item(p.name) for p in programs), limit=PROGRAMS_PRINTED,
                        inline=True, separator="; ", media=ON_PAPER))
    if plan.residencies:
        blocks.append(Block(LIST, title=translate(
            "Profile", "Later, after a degree: residencies and fellowships"),
            items=tuple(Item(p.name) for p in plan.residencies[:study.FIRST_FEW]),
            media=ON_SCREEN))
        if len(plan.residencies) > study.FIRST_FEW:
            blocks.append(_note(translate("Profile", "{count} more residencies and "
                                          "fellowships.").format(
                count=len(plan.residencies) - study.FIRST_FEW), ON_SCREEN))
    blocks.append(_note(translate("Study", study.METHOD), ON_SCREEN))
    blocks.append(path)
    return tuple(blocks)


def _next(c: Career) -> tuple[Block, ...]:
    return (Block(LIST, items=tuple(Item(s.title) for s in c.progression),
                  media=frozenset({TEXT})),)

def identity(career: Career) -> str:
    """The line under the title: the career's field ("Field: Health care ...")."""
    return translate("Profile", "{field}: {title}").format(
        field=wording.term("major_group").label, title=career.major_group.title)


def codes(career: Career) -> str:
    """The codes behind the career, for a details or sources area: "O*NET-SOC 43-6013.00;
    BLS figures: SOC 43-6013 Medical Secretaries ..."."""
    soc = career.soc
    if soc.combined_code:
        return translate("Profile", "Codes: O*NET-SOC {code}; SOC {soc}; BLS figures: "
                         "combined group SOC {line} {title}.").format(
            code=career.code, soc=soc.code, line=soc.combined_code, title=soc.combined_title)
    if soc.title is None:
        return translate("Profile", "Codes: O*NET-SOC {code}; SOC {soc} (BLS publishes no "
                         "figures for it).").format(code=career.code, soc=soc.code)
    return translate("Profile", "Codes: O*NET-SOC {code}; BLS figures: SOC {soc} {title}.") \
        .format(code=career.code, soc=soc.code, title=soc.title)

def profile(career: Career, *, state: str | None = None,
            sections: Iterable[str] | None = None) -> Profile:
    """The career's profile: every section in order (or the printable ones in
    ``sections``); ``state`` adds that state's median pay."""
    keys = check_sections(sections) if sections is not None else \
        (*PROFILE_KEYS, *(key for key, _ in TEXT_ONLY_SECTIONS))
    headings = {**dict(PROFILE_SECTIONS), **dict(TEXT_ONLY_SECTIONS)}
    made = []
    for key in keys:
        if key == "next" and not career.progression:
            continue
        blocks = {
            "what": _what, "inside": _inside, "time": _time, "education": _education,
            "study": _study,
            "outlook": _outlook, "ai": _ai, "abilities": _abilities,
            "technology": _technology, "interests": _interests, "aka": _aka,
            "related": _related, "next": _next,
        }[key](career) if key not in ("pay", "quick") else \
            (_pay if key == "pay" else _quick)(career, state)
        made.append(Section(key, _t(headings[key]), blocks, _sources(career, key),
                            SOURCE_LABELS.get(key, "")))
    return Profile(career.title, identity(career), tuple(made), codes(career))


def all_sources(career: Career) -> list[str]:
    """Every source line behind the career's figures, each once, sorted."""
    return sorted({str(s) for items in career.sources.values() for s in items})
