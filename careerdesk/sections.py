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

Qt-free: texts are translated with ``careerdesk.i18n.translate`` (context "Profile"). Figures
are formatted by ``careerdesk.formatting``; a missing figure reads "not available". The JSON
of ``careerdesk show --json`` (``careerdesk.profile.to_dict``) keeps the source values and
does not use this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from careerdesk import formatting as fmt
from careerdesk.comparison import pick_sections
from careerdesk.i18n import QT_TRANSLATE_NOOP, TranslatedTable, translate
from careerdesk.model import Career, Rating, TimeAllocation
from careerdesk.outlook import BRIGHT_CRITERIA_URL, BrightOutlook, bright_summary

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
CHART = "chart"  # ``chart``: "time" or "education", drawn by the view from the career

# The profile's sections, in order. The printout and ``careerdesk show --pdf --sections``
# choose among these keys.
PROFILE_SECTIONS: tuple[tuple[str, str], ...] = (
    ("what", QT_TRANSLATE_NOOP("Profile", "What they do")),
    ("inside", QT_TRANSLATE_NOOP("Profile", "Inside this career")),
    ("time", QT_TRANSLATE_NOOP("Profile", "How the work divides")),
    ("education", QT_TRANSLATE_NOOP("Profile", "Education and training")),
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
    "what": ("tasks",), "inside": ("narrative",), "time": ("time_allocation",),
    "education": ("education",), "pay": ("wages",), "outlook": ("outlook",), "ai": ("ai",),
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


def _t(text: str) -> str:
    return translate(CONTEXT, text)


def hot_word() -> str:
    """The mark of a "hot technology", in words."""
    return translate("Profile", "hot")


@dataclass(frozen=True)
class Fact:
    """A labelled figure: ``value`` is formatted ("not available" when missing)."""

    label: str
    value: str


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
    """A list's items on one line, as paper (the printout, the text) shows them: "a, b (hot),
    c … and 4 more"; the list's ``missing`` text when it has none."""
    if not block.items:
        return block.missing
    hot = hot_word()
    shown = block.items if block.limit is None else block.items[:block.limit]
    text = block.separator.join(
        item.text + (f" ({item.value})" if item.value else "") + (f" ({hot})" if item.marked
                                                                   else "")
        for item in shown)
    rest = len(block.items) - len(shown)
    more = translate("Profile", " … and {count} more")
    return text + (more.format(count=rest) if rest > 0 else "")


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
    identity: str  # "43-6013.00 · Office and Administrative Support · SOC 43-6013"
    sections: tuple[Section, ...] = field(default=())

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


def _rated(title: str, ratings: Sequence[Rating], note: str, scale: str = "5") -> Block:
    importance = translate("Profile", "importance {value} of {scale}")
    return Block(LIST, title=title, items=tuple(
        Item(r.name, rating=importance.format(value=f"{r.value:.1f}", scale=scale),
             detail=r.description)
        for r in ratings[:RATED_SHOWN]), inline=True,
        missing=translate("Profile", "not available: not rated by O*NET"), text=note)


def _sources(career: Career, key: str) -> tuple[str, ...]:
    seen: list[str] = []
    for name in SOURCE_KEYS.get(key, ()):
        for source in career.sources.get(name, []):
            if str(source) not in seen:
                seen.append(str(source))
    return tuple(seen)


# ------------------------------------------------------------------ the sections


def _what(c: Career) -> tuple[Block, ...]:
    blocks = [Block(PARAGRAPHS, text=c.description)]
    if not c.tasks:
        return (*blocks, _note(translate(
            "Profile", "O*NET does not list tasks for this career: not available.")))
    core = tuple(Item(t.text) for t in c.tasks if t.core is True)
    other = tuple(Item(t.text) for t in c.tasks if t.core is None)
    extra = tuple(Item(t.text) for t in c.tasks if t.core is False)
    if core:
        title = translate("Profile", "Core tasks ({count})").format(count=len(core))
        note = translate("Profile", "Core tasks are the ones O*NET found most important and "
                         "most often done in this job.")
        blocks.append(Block(LIST, title=title, items=core, text=note))
    if other:
        title = translate("Profile", "Tasks ({count})").format(count=len(other))
        blocks.append(Block(LIST, title=title, items=other))
    if extra:
        title = translate("Profile", "Supplemental tasks ({count})").format(count=len(extra))
        note = translate("Profile", "Supplemental tasks are done by some workers or less often.")
        blocks.append(Block(LIST, title=title, items=extra, text=note,
                            media=ON_SCREEN | {TEXT}))
        counted = translate("Profile", "and {count} supplemental tasks.")
        blocks.append(_note(counted.format(count=len(extra)), frozenset({PRINT})))
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
        return _unavailable(translate("Profile", "No narrative is available for this career, "
                                      "because O*NET lists no tasks for it."))
    blocks = [_note(narrative_kind(main.kind)), Block(PARAGRAPHS, text=main.text)]
    also = translate("Profile", "Also: the narrative written from the data")
    for other in c.narratives:
        if other is not main:
            blocks.append(Block(PARAGRAPHS, title=also, text=other.text, media=ON_SCREEN))
            blocks.append(_note(narrative_kind(other.kind), ON_SCREEN))
    return tuple(blocks)


def _time(c: Career) -> tuple[Block, ...]:
    """The chart (on screen every estimate, on paper O*NET's), each estimate in words, and
    how each is made (on screen the chart's caption)."""
    charted = c.time_allocation("data")
    if charted is None:
        missing = translate("Profile", "Not available: O*NET lists no tasks for this career.")
        return (Block(CHART, chart="time", text=missing, media=ON_SCREEN),
                _note(missing, ON_PAPER))
    methods = [translate("Profile", "{label}: {method}").format(label=a.label, method=a.method)
               for a in c.time_allocations]
    blocks = [Block(CHART, chart="time", text=" ".join(methods),
                    media=frozenset({SCREEN, PRINT}))]
    for allocation in c.time_allocations:  # the charted one in words for the text only
        blocks.append(Block(LIST, title=allocation.label, items=_shares(allocation),
                            inline=True, separator="; ",
                            media=frozenset({TEXT}) if allocation is charted else ON_PAPER))
    for allocation, method in zip(c.time_allocations, methods, strict=True):
        blocks.append(_note(method, ON_PAPER if allocation is charted else frozenset({TEXT})))
    return tuple(blocks)


def _education(c: Career) -> tuple[Block, ...]:
    e = c.education
    na = fmt.not_available()
    blocks = [Block(FACTS, facts=(
        Fact(translate("Profile", "Typical entry education"), e.typical_entry or na),
        Fact(translate("Profile", "Work experience"), e.work_experience or na),
        Fact(translate("Profile", "On-the-job training"), e.on_the_job_training or na),
        Fact(translate("Profile", "Job zone"), c.job_zone.name if c.job_zone else na),
        Fact(translate("Profile", "Time to enter (estimate)"),
             fmt.years_range(e.years_min, e.years_max)),
    ))]
    if c.soc.shared and e.typical_entry:
        wider = translate("Profile", "BLS gives these for the wider occupation {code} {title}.")
        blocks.append(_note(wider.format(code=c.soc.code, title=c.soc.title or "")))
    method = translate("Profile", "Time to enter: how this is worked out. {method}")
    blocks.append(_note(method.format(method=e.entry_time_method), ON_SCREEN))
    zone = c.job_zone
    if zone:
        blocks.append(Block(PARAGRAPHS, title=zone.name,
                            text="\n\n".join((zone.education, zone.training, zone.experience)),
                            media=ON_SCREEN))
    else:
        blocks.append(_note(translate("Profile", "O*NET has not placed this career in a job "
                                      "zone: not available."), ON_SCREEN))
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
    wider = translate("Profile", "BLS publishes these figures for the SOC occupation {soc} "
                      "{title}, which includes this career.")
    shared = (_note(wider.format(soc=c.soc.code, title=c.soc.title or "")),) \
        if c.soc.shared else ()
    if w is None:
        return (*shared, _note(translate(
            "Profile", "BLS publishes no wage figures for this career: not available.")))
    facts = [
        Fact(translate("Profile", "Median annual pay"),
             fmt.money(w.median_annual, top_coded="annual_median" in w.top_coded)),
        Fact(translate("Profile", "Median hourly pay"),
             fmt.money(w.median_hourly, cents=True, top_coded="hourly_median" in w.top_coded)),
        Fact(translate("Profile", "Range (10th–90th percentile)"),
             f"{fmt.money(w.annual.get('p10'))} – "
             f"{fmt.money(w.annual.get('p90'), top_coded='annual_p90' in w.top_coded)}"),
        Fact(translate("Profile", "Employment (May 2025)"), fmt.count(w.employment)),
    ]
    if state:
        s = w.by_state.get(state)
        facts.append(Fact(translate("Profile", "Median annual pay in {state}").format(
            state=state), fmt.money(s.annual_median if s else None,
                                    top_coded=bool(s and "annual_median" in s.top_coded))))

    def money(period: str, key: str) -> str:
        values = w.annual if period == "annual" else w.hourly
        return fmt.money(values.get(key), top_coded=f"{period}_{key}" in w.top_coded,
                         cents=period == "hourly")

    header = (translate("Profile", "Percentile"), translate("Profile", "Per year"),
              translate("Profile", "Per hour"))
    table = Block(TABLE, header=header, media=ON_SCREEN, rows=tuple(
        (_t(label), money("annual", key), money("hourly", key)) for key, label in PERCENTILES))
    return (*shared, Block(FACTS, facts=tuple(facts)),
            _note(translate("Profile", "Half of the workers earn more than the median and "
                            "half earn less."), ON_SCREEN),
            table,
            _note(translate("Profile", "The 10th percentile means 10% of workers earn less "
                            "than this; the 90th, that 10% earn more."), ON_SCREEN))


def _outlook(c: Career) -> tuple[Block, ...]:
    o = c.outlook
    if o is None:
        return _unavailable(translate(
            "Profile", "BLS publishes no projection for this career: not available."))
    na = fmt.not_available()
    source = translate("Profile", "Source: {url}.").format(url=BRIGHT_CRITERIA_URL)
    blocks = [
        Block(FACTS, facts=(
            Fact(translate("Profile", "Employment 2024"), fmt.count(o.employment_2024)),
            Fact(translate("Profile", "Employment 2034"), fmt.count(o.employment_2034)),
            Fact(translate("Profile", "Change 2024–34"), fmt.signed_percent(o.percent_change)),
            Fact(translate("Profile", "Openings each year"), fmt.count(o.annual_openings)),
            Fact(translate("Profile", "Outlook"), o.category or na),
            Fact(translate("Profile", "Bright Outlook (O*NET)"),
                 BrightOutlook(o.percent_change, o.annual_openings).verdict() or na),
        )),
        _note(translate("Profile", "Openings include jobs left by workers who retire or change "
                        "careers, so there can be openings even when the number of jobs "
                        "shrinks."), ON_SCREEN),
        _note(o.bands, ON_SCREEN),
        _note(bright_summary() + " " + source, ON_PAPER),
    ]
    if o.handbook_url:
        blocks.append(Block(
            LINK, text=translate("Profile", "More about this kind of work and its outlook"),
            title=translate("Profile", "Occupational Outlook Handbook"), url=o.handbook_url))
    return tuple(blocks)


def _ai(c: Career) -> tuple[Block, ...]:
    a = c.ai
    if a is None:
        return _unavailable(translate(
            "Profile", "An AI assessment is not available for this career, because the "
            "research it rests on rates only careers with O*NET tasks."))
    na = fmt.not_available()
    blocks = []
    if a.label:
        blocks.append(Block(STATEMENT, title=a.label.label, text=a.label.sentence))
    exposure = fmt.percent(a.exposure * 100 if a.exposure is not None else None)
    blocks.append(Block(FACTS, media=ON_PAPER, facts=(
        Fact(translate("Profile", "Exposure to AI"),
             translate("Profile", "{percent} of tasks").format(percent=exposure)
             + (f" ({a.exposure_level})" if a.exposure_level else "")),
        Fact(translate("Profile", "Replace vs assist (0–1)"), na if a.automation_index is None
             else f"{a.automation_index:.2f} ({(a.replace_vs_assist or na).lower()})"),
        Fact(translate("Profile", "Human capabilities (0–100)"), na if a.human_index is None
             else f"{a.human_index:.0f} ({a.human_level or na})"),
    )))
    return tuple(blocks)


def _abilities(c: Career) -> tuple[Block, ...]:
    return (
        _rated(translate("Profile", "Key abilities"), c.abilities, translate(
            "Profile", "Abilities are lasting talents that help a person do the work. These "
            "are the ones O*NET rates most important for this career.")),
        _rated(translate("Profile", "Skills"), c.skills,
               translate("Profile", "Skills are learned: they grow with practice.")),
        _rated(translate("Profile", "Knowledge"), c.knowledge,
               translate("Profile", "Subjects the work draws on.")),
        _rated(translate("Profile", "Work styles"), c.work_styles,
               translate("Profile", "Personal qualities that help on the job.")),
    )


HOT = "★"


def _technology(c: Career) -> tuple[Block, ...]:
    missing = translate("Profile", "Not available for this career.")
    hot = sum(1 for t in c.technology if t.hot)
    note = translate("Profile", "{star} marks a “hot technology”: one employers often ask for "
                     "in job postings ({hot} of {total} here).").format(
        star=HOT, hot=hot, total=len(c.technology)) if c.technology else ""
    in_demand = translate("Profile", "in demand")
    return (
        Block(LIST, items=tuple(
            Item(t.name, rating=in_demand if t.in_demand else "", detail=t.category,
                 marked=t.hot)
            for t in c.technology), limit=TECHNOLOGY_PRINTED, inline=True, missing=missing,
            text=note),
        Block(LIST, title=translate("Profile", "Tools"),
              items=tuple(Item(t.name) for t in c.tools), missing=missing, media=ON_SCREEN),
    )


def _interests(c: Career) -> tuple[Block, ...]:
    of_seven = translate("Profile", "{value} of 7")
    note = translate("Profile", "How strongly the work fits each of six interest types "
                     "(RIASEC), from 1 to 7.")
    return (Block(LIST, items=tuple(
        Item(r.name, of_seven.format(value=f"{r.value:.1f}"), detail=r.description)
        for r in c.interests), inline=True, missing=fmt.not_available(), text=note),)


def _aka(c: Career) -> tuple[Block, ...]:
    return (Block(LIST, items=tuple(Item(name) for name in c.also_known_as), inline=True,
                  missing=fmt.not_available(), media=ON_PAPER),)


def _related(c: Career) -> tuple[Block, ...]:
    return (Block(LIST, items=tuple(Item(r.title, r.code) for r in c.related),
                  limit=RELATED_PRINTED, inline=True, separator="; ",
                  missing=fmt.not_available(), media=ON_PAPER),)


def _next(c: Career) -> tuple[Block, ...]:
    return (Block(LIST, items=tuple(Item(s.title, s.code) for s in c.progression),
                  media=frozenset({TEXT})),)


def identity(career: Career) -> str:
    """The line under the title: code, field and SOC code."""
    return f"{career.code} · {career.major_group.title} · SOC {career.soc.code}"


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
            "outlook": _outlook, "ai": _ai, "abilities": _abilities,
            "technology": _technology, "interests": _interests, "aka": _aka,
            "related": _related, "next": _next,
        }[key](career) if key != "pay" else _pay(career, state)
        made.append(Section(key, _t(headings[key]), blocks, _sources(career, key),
                            SOURCE_LABELS.get(key, "")))
    return Profile(career.title, identity(career), tuple(made))


def all_sources(career: Career) -> list[str]:
    """Every source line behind the career's figures, each once, sorted."""
    return sorted({str(s) for items in career.sources.values() for s in items})
