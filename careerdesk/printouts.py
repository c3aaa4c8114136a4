"""What a printout holds, without Qt: its HTML (from ``report``), its chart images, its
orientation and its footer.

The builders here decide what goes on paper for a comparison, a profile, the bookmark list
and "My interests"; they render the charts with matplotlib (300 dpi PNGs with hatches that
read in grayscale). Laying the HTML out in pages, the PDF, the preview and the printer are
Qt's work and live in ``careerdesk.ui.print_document``, which the window and the command
line import only when they print.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from careerdesk import report, time_views, wording
from careerdesk import sections as profile_sections
from careerdesk.chart_worker import ChartImages
from careerdesk.comparison import SECTION_KEYS, Comparison, time_scale
from careerdesk.i18n import translate
from careerdesk.model import Career, Source, TimeAllocation
from careerdesk.sections import check_sections as check_profile_sections
from careerdesk.user_text import without_direction_controls

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from careerdesk.chart_worker import ChartWorker
    from careerdesk.charts import ChartColors
    from careerdesk.interests import Result as InterestResult

PAPERS = ("letter", "a4")
MARGIN_MM = 10.0
CHART_DPI = 300
MIN_INTERESTS_MATCHES = 5  # "My interests" lists fewer careers only to stay on one page
PROFILE_FONT_PT = report.PROFILE_FONT_PT  # the profile handout's body text
PROFILE_CHART_PT = 8.0  # the labels of its chart, printed at their size (never below 7 pt)
PROFILE_PAGES = 2  # a profile handout fits on two pages
LONG_FOOTER_PT = 7.0  # a footer holding every source (``report.footer_text``): never below 7 pt
FOOTER_LINE_PT = 7.5  # a one-line footer (``report.sources_line``)
# Body widths that fit both Letter and A4 (the narrower of each pair), so one set of chart
# images serves both papers: portrait 8.27 in, landscape 11 in, less the margins.
_BODY_WIDTH_IN = {False: 8.27 - 2 * MARGIN_MM / 25.4, True: 11.0 - 2 * MARGIN_MM / 25.4}


def check_paper(paper: str) -> str:
    """``paper`` when it is one CareerDesk prints on; raises ValueError otherwise."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r} (choose from {', '.join(PAPERS)})")
    return paper


@dataclass
class Printout:
    """A printout ready for the PDF, the preview or the printer.

    ``render(breaks)`` gives the HTML with page breaks before the sections in ``breaks``;
    ``images`` are the charts it refers to (PNG bytes by resource name). A printout that must
    fit ``max_pages`` pages offers ``shorter()``: the same with less in it, or None when it
    cannot shrink further (the page layout, which measures, calls it).
    """

    title: str
    render: Callable[[frozenset[str]], str]
    images: Mapping[str, bytes]
    landscape: bool
    footer: str
    max_pages: int | None = None
    shorter: Callable[[], Printout | None] | None = None
    footer_pt: float = LONG_FOOTER_PT  # FOOTER_LINE_PT for a one-line ``sources_line``
    # shortened further (``shorter()``) when that saves a last page less than half full
    no_half_empty_page: bool = False

    @property
    def html(self) -> str:
        """The HTML with no forced page breaks."""
        return self.render(frozenset())


def png_height_px(png: bytes) -> int:
    """The height in pixels of a PNG image (from its header)."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    return int(struct.unpack(">I", png[20:24])[0])


def _print_titled(allocation: TimeAllocation, titled: bool) -> TimeAllocation:
    """The allocation untitled, unless ``titled`` and it is an editorial estimate (it keeps
    its name, so it is never taken for O*NET's: ``time_views.titled``)."""
    return allocation if titled and time_views.titled(allocation) \
        else replace(allocation, label="")


def _draw_print_time(figure: Figure, allocations: Sequence[TimeAllocation],
                     colors: ChartColors, *, max_percent: float, font_size: float,
                     label_wrap: int | None = None, titled: bool = False) -> None:
    """The time chart for print: no axis label and no title (the table row or the text
    above the chart says both; with ``titled``, an editorial estimate's name), and three
    ticks so the scale stays legible in a narrow column."""
    from careerdesk.charts import LABEL_WRAP, draw_time_allocation

    draw_time_allocation(figure, [_print_titled(a, titled) for a in allocations], colors,
                         max_percent=max_percent, font_size=font_size,
                         label_wrap=label_wrap or LABEL_WRAP,
                         ticks=[0.0, max_percent / 2, max_percent], axis_label=False)


def _time_chart_height(allocation: TimeAllocation, font_pt: float,
                       label_wrap: int | None = None, titled: bool = False) -> float:
    """The height in inches that ``_time_chart`` needs for ``allocation``."""
    from careerdesk.charts import LABEL_WRAP, time_chart_height_in

    return time_chart_height_in([_print_titled(allocation, titled)], font_pt,
                                label_wrap or LABEL_WRAP, axis_label=False)


def _time_chart(allocation: TimeAllocation, width_in: float, max_percent: float,
                font_pt: float, label_wrap: int | None = None, *,
                min_height_in: float = 0.0, titled: bool = False,
                worker: ChartWorker | None = None) -> tuple[bytes | Callable[[], bytes], float]:
    """The chart as PNG bytes, and its height in inches (``label_wrap``: characters a line
    of a bar's label, ``charts.LABEL_WRAP`` by default; at least ``min_height_in`` tall,
    the bars from the top, so charts side by side share one height; ``titled``: an
    editorial estimate's name drawn over it). With a ``worker`` the PNG is drawn there: a
    call gives its bytes when the page is painted (here, should the texts be translated)."""
    from careerdesk.charts import LABEL_WRAP, drawn_in_english, render_png

    wrap = label_wrap or LABEL_WRAP
    height_in = max(_time_chart_height(allocation, font_pt, wrap, titled), min_height_in)
    rows = int(height_in * CHART_DPI)  # the image's height in pixels, as Agg makes it
    options: dict[str, Any] = {"width_in": width_in, "height_in": height_in, "dpi": CHART_DPI,
               "max_percent": max_percent, "font_size": font_pt, "label_wrap": wrap,
               "titled": titled}
    if worker is None:
        return render_png(_draw_print_time, [allocation], **options), rows / CHART_DPI
    drawn = worker.submit(render_png, _draw_print_time, [allocation], **options)

    def png() -> bytes:
        if drawn_in_english():
            return drawn()
        return render_png(_draw_print_time, [allocation], **options)

    return png, rows / CHART_DPI


# What a comparison handout leaves out, first to last, to fit its pages when the counselor
# did not pick its sections: other names, interests, technology, the AI details, the size of
# the occupation, the pay details, the short descriptions (the tasks say what they do), the
# training details. The quick facts, the time charts and the top tasks always stay.
HANDOUT_CUTS: tuple[tuple[str, ...], ...] = (
    ("aka.titles",), ("interests.top",), ("technology.top", "technology.top.shared"),
    ("ai.exposure", "ai.replace", "ai.human"), ("outlook.employment",),
    ("pay.range", "pay.hourly", "pay.annual"), ("what.description",),
    ("abilities.skills", "abilities.skills.shared"),
    ("education.experience", "education.training", "education.job_zone"),
    ("abilities.top", "abilities.top.shared"),
)
# Cuts to start from, by number of careers: what never fits on the handout's pages at 9 pt
# (measured on 27 random comparisons of two, three and four careers); the rest is cut only
# when the measured page count asks for it.
HANDOUT_START = {2: 6, 3: 7, 4: 9}
HANDOUT_PAGES = 2


def comparison_printout(comparison: Comparison, store_meta: Mapping[str, str], *,
                        prepared_for: str | None = None,
                        sections: Iterable[str] | None = None,
                        only_differences: bool = False,
                        printed: date | None = None, cuts: int | None = None,
                        worker: ChartWorker | None = None) -> Printout:
    """The comparison as a printout: landscape for three or four careers, charts on one
    scale with their groups in the same order, the sources and notes at the end (charts
    drawn by ``worker`` when there is one).

    With the sections left to it (``sections`` None), it is a handout of at most
    HANDOUT_PAGES pages: it leaves out the first ``cuts`` of HANDOUT_CUTS (by default where
    its number of careers usually fits) and offers ``shorter()`` with one cut more. With
    sections chosen, it prints them all on as many pages as they take."""
    count = len(comparison.careers)
    landscape = report.landscape_for(count)
    font_pt = report.font_size_for(count)
    chart_font = font_pt - 1.25
    label_share = report.label_column_percent(count) / 100
    width_in = _BODY_WIDTH_IN[landscape] * (1 - label_share) / count - 0.1
    keys = tuple(sections) if sections is not None else comparison.sections
    images = ChartImages()
    names: dict[str, str] = {}
    heights = [0.0]
    time_row = next((r for r in comparison.rows if r.kind == "chart"), None)
    if time_row is not None and "time" in keys:
        from careerdesk.charts import fitting_label_wrap

        charted = [(career, cell.chart) for career, cell in
                   zip(comparison.careers, time_row.cells, strict=True) if cell.chart]
        # labels wrapped so that every percentage fits in the column
        wrap = fitting_label_wrap([chart for _, chart in charted], width_in, chart_font)
        # one height for every column (an editorial estimate has fewer bars than O*NET's);
        # an editorial estimate's name is drawn over its chart, as on screen
        tallest = max(_time_chart_height(chart, chart_font, wrap, titled=True)
                      for _, chart in charted) if charted else 0.0
        for career, chart in charted:
            names[career.code] = f"chart-time-{career.code}.png"
            images[names[career.code]], height = _time_chart(
                chart, width_in, comparison.time_max_percent, chart_font, wrap,
                min_height_in=tallest, titled=True, worker=worker)
            heights.append(height)
    height_in = max(heights)  # the same for every column

    # a handout fitted to its pages, unless someone chose what to print
    handout = sections is None and tuple(comparison.sections) == SECTION_KEYS
    # one short line of sources on every page; the full list ends the handout
    footer = report.sources_line(report.sources_of(comparison.careers))
    title = "CareerDesk: " + translate("Printing", " vs ").join(
        c.title for c in comparison.careers)

    def made_with(made: int) -> Printout:
        leave_out = frozenset(k for cut in HANDOUT_CUTS[:made] for k in cut) if handout \
            else frozenset()

        def render(breaks: frozenset[str]) -> str:
            return report.comparison_html(
                comparison, prepared_for=prepared_for, sections=keys, image_names=names,
                only_differences=only_differences, chart_size=(width_in, height_in),
                font_pt=font_pt, break_before=breaks, leave_out=leave_out,
                store_meta=store_meta, printed=printed)

        def shorter() -> Printout | None:
            return made_with(made + 1) if made < len(HANDOUT_CUTS) else None

        return Printout(title, render, images, landscape, footer,
                        max_pages=HANDOUT_PAGES if handout else None,
                        shorter=shorter if handout else None, footer_pt=FOOTER_LINE_PT,
                        no_half_empty_page=handout)

    printout = made_with(HANDOUT_START.get(count, 0) if cuts is None else cuts)
    printout.render(frozenset())  # unknown sections fail here, before any file is touched
    return printout


def profile_notes(career: Career) -> list[str]:
    """The notes a printed profile's sources end with: its codes, and whose figures BLS's
    are when not the career's own alone."""
    notes = [profile_sections.codes(career)]
    group = wording.figures_group(career.soc, career.title)
    if group is not None:
        notes.append(group.label)
    return notes


def profile_printout(career: Career, store_meta: Mapping[str, str], *,
                     prepared_for: str | None = None, state: str | None = None,
                     sections: Iterable[str] | None = None,
                     printed: date | None = None, cuts: int = 0,
                     worker: ChartWorker | None = None) -> Printout:
    """One career's profile as a portrait handout (``sections``: the keys of
    ``careerdesk.sections.PROFILE_SECTIONS`` to print, all by default): body text 9 pt,
    chart labels 8 pt, the quick facts first, a one-line footer of sources on every page
    and the full sources at the end. With every section, it fits on PROFILE_PAGES pages:
    ``shorter()`` leaves out one more of ``report.PROFILE_CUTS`` (the first ``cuts`` are
    left out already)."""
    keys = check_profile_sections(sections)
    images = ChartImages()
    names: dict[str, str] = {}
    allocation = time_views.lead(career)  # the editorial estimate where there is one
    width_in = 6.0  # wide and low: each bar's label on one line
    height_in = 0.0
    if allocation is not None and "time" in keys:
        names[career.code] = f"chart-time-{career.code}.png"
        images[names[career.code]], height_in = _time_chart(
            allocation, width_in, time_scale([allocation]), PROFILE_CHART_PT, label_wrap=50,
            worker=worker)
    day = printed or date.today()
    sources = report.sources_of([career])
    block = report.sources_html(store_meta, sources, day, FOOTER_LINE_PT,
                                profile_notes(career))
    handout = sections is None
    title = f"CareerDesk: {career.title}"

    def made_with(count: int) -> Printout:
        def render(breaks: frozenset[str]) -> str:
            return report.profile_html(career, prepared_for=prepared_for, state=state,
                                       sections=keys, image_names=names,
                                       chart_size=(width_in, height_in),
                                       font_pt=PROFILE_FONT_PT, break_before=breaks,
                                       sources_block=block,
                                       leave_out=report.PROFILE_CUTS[:count])

        def shorter() -> Printout | None:
            return made_with(count + 1) if count < len(report.PROFILE_CUTS) else None

        return Printout(title, render, images, False, report.sources_line(sources),
                        max_pages=PROFILE_PAGES if handout else None,
                        shorter=shorter if handout else None, footer_pt=FOOTER_LINE_PT,
                        no_half_empty_page=handout)

    return made_with(cuts)


def bookmarks_printout(owner: str, entries: list[tuple[str, str, str, str]],
                       careers: list[Career], store_meta: Mapping[str, str], *,
                       prepared_for: str | None = None, printed: date | None = None) -> Printout:
    """The bookmark list with notes, portrait, for a meeting with a counselor."""
    from careerdesk.quick_facts import quick_facts

    footer = report.footer_text(store_meta, report.sources_of(careers),
                                printed or date.today())
    # pay, education to start, job growth and the badge: what a family asks first
    facts = {c.code: " · ".join(f.value for f in quick_facts(c)
                                if f.key in ("pay", "education", "outlook", "bright"))
             for c in careers}

    def render(breaks: frozenset[str]) -> str:
        return report.bookmarks_html(owner, entries, prepared_for=prepared_for, facts=facts)

    title = translate("Printing", "Bookmarks of {owner}").format(
        owner=without_direction_controls(owner))  # the print queue's and the PDF's title
    return Printout(title, render, {}, False, footer)


def interests_printout(result: InterestResult, owner: str | None,
                       store_meta: Mapping[str, str], sources: Sequence[Source], *,
                       prepared_for: str | None = None, printed: date | None = None,
                       limit: int = report.INTERESTS_MATCHES) -> Printout:
    """"My interests" on one portrait page: scores and chart, top areas, the ``limit``
    best-fitting careers (its ``shorter()`` lists one fewer, down to five, for long titles
    that would need a second page); body text 10.5 pt. ``sources`` are the footer's (O*NET,
    BLS pay and projections)."""
    from careerdesk.charts import (
        InterestScore,
        draw_interests,
        interest_chart_height_in,
        render_png,
    )
    from careerdesk.interests import AREAS

    font_pt = report.INTERESTS_FONT_PT
    # the areas' plain names (the full names are beside the chart): one line a label keeps
    # the chart low
    items = [InterestScore(report.short_area_label(a), result.scores.get(a),
                           a in result.top_areas) for a in AREAS]
    width_in, wrap = 3.5, 30
    # no axis label: the scores in words under the chart say "0 to 100"
    height_in = interest_chart_height_in(items, font_pt, wrap, axis_label=False)
    name = "chart-interests.png"
    images = {name: render_png(draw_interests, items, width_in=width_in, height_in=height_in,
                               dpi=CHART_DPI, font_size=font_pt, label_wrap=wrap,
                               axis_label=False)}
    footer = report.footer_text(store_meta, sources, printed or date.today())
    title = translate("Printing", "My interests")
    title = f"CareerDesk: {title}" + (f" ({without_direction_controls(owner)})" if owner
                                      else "")

    def made(count: int) -> Printout:
        def render(breaks: frozenset[str]) -> str:
            return report.interests_html(result, owner=owner, prepared_for=prepared_for,
                                         image_name=name, chart_size=(width_in, height_in),
                                         font_pt=font_pt, limit=count)

        def shorter() -> Printout | None:
            return made(count - 1) if count > MIN_INTERESTS_MATCHES else None

        return Printout(title, render, images, False, footer, max_pages=1, shorter=shorter)

    return made(limit)
