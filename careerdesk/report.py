"""Printouts as HTML for Qt's ``QTextDocument``: a comparison, a single profile, the footer.

Pure functions, no Qt: ``careerdesk.printouts`` renders the charts, and
``careerdesk.ui.print_document`` loads this HTML into a document and paints the pages. Only
the HTML subset QTextDocument understands is used (tables, ``<thead>`` repeated on every
page, ``<img>`` by resource name, ``page-break-before``). Every piece of data is escaped.

Marks never rely on colour: "▲ highest", "▼ lowest", "● shared by all careers".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from careerdesk import formatting as fmt
from careerdesk import sections as profile_sections
from careerdesk import time_views
from careerdesk.comparison import (
    SECTION_KEYS,
    SECTION_TITLES,
    Comparison,
    Row,
    check_sections,
)
from careerdesk.i18n import QT_TRANSLATE_NOOP, translate
from careerdesk.model import Career, Source, TimeAllocation
from careerdesk.outlook import BRIGHT_CRITERIA_URL, bright_summary
from careerdesk.user_text import without_direction_controls

if TYPE_CHECKING:
    from careerdesk.interests import Result as InterestResult

# English texts, translated where they are printed (context "Report").
HIGHEST = QT_TRANSLATE_NOOP("Report", "▲ highest")
LOWEST = QT_TRANSLATE_NOOP("Report", "▼ lowest")
SHARED = "●"
SHARED_WORDS = QT_TRANSLATE_NOOP("Report", "● shared by all careers")
LEGEND = QT_TRANSLATE_NOOP(
    "Report", "{highest} and {lowest}: the highest and lowest figure in a row. "
    "{shared}. A missing figure reads “{not_available}”.")


def legend() -> str:
    """The comparison printout's legend, in the user's language."""
    return translate("Report", LEGEND).format(
        highest=translate("Report", HIGHEST), lowest=translate("Report", LOWEST),
        shared=translate("Report", SHARED_WORDS), not_available=fmt.not_available())

PX_PER_INCH = 96  # CSS pixels: the unit of <img> sizes and margins in the HTML
# A block holding an image keeps its full height (a tighter line height would cut it).
IMAGE_BLOCK = "line-height: 100%; margin-bottom: 0"
KEEP_PREFIX = "keep-"  # anchors on headings the printing service keeps with what follows
ROW_PREFIX = "row-"  # anchors on the labels of rows the printing service keeps in one piece
LINE_HEIGHT_PERCENT = 92  # DejaVu Sans sets lines loosely; this keeps four careers on 2 pages
SECTION_BACKGROUND = "#e4e4e4"
HEADER_BACKGROUND = "#f2f2f2"
MUTED = "#4d4d4d"
RULE = "#a6a6a6"  # table lines

# The comparison prints in the order a family decides: the quick facts first, then the time
# charts (high on page 1, where a chart row that cannot break leaves no gap).
PRINT_ORDER: tuple[str, ...] = SECTION_KEYS


def landscape_for(career_count: int) -> bool:
    """The printout's orientation: landscape for three or four careers, else portrait."""
    return career_count >= 3


def label_column_percent(career_count: int) -> int:
    """The width of the comparison's label column, in percent of the page's width."""
    return {2: 18, 3: 13}.get(career_count, 12)


def font_size_for(career_count: int) -> float:
    """The comparison's body text size in points: 9 pt for three or four careers (a handout
    is read at arm's length; 9 pt is the least), 10 pt for two."""
    return 9.0 if career_count >= 3 else 10.0


def _e(text: object) -> str:
    """``text`` for the page: HTML-escaped, and without directional controls (a note holding
    U+202E would print the rest of its line backwards; ``careerdesk.user_text``)."""
    return escape(without_direction_controls(str(text)), quote=True)


def _px(points: float) -> int:
    """CSS pixels (1/96 in) for a length in points: QTextDocument ignores 'pt' in margins."""
    return round(points * PX_PER_INCH / 72)


def _style(font_pt: float, paragraph_gap: float = 0.35) -> str:
    return (f"<style>body {{ font-size: {font_pt}pt; }} "
            f"td, th {{ vertical-align: top; }} "
            f".muted {{ color: {MUTED}; }} "
            f"h1 {{ font-size: {font_pt * 1.7:.1f}pt; margin: 0; }} "
            f"h2 {{ font-size: {font_pt * 1.25:.1f}pt; margin-top: {_px(font_pt * 0.7)}px; "
            f"margin-bottom: {_px(font_pt * 0.3)}px; }} "
            f"p {{ margin-top: 0; margin-bottom: {_px(font_pt * paragraph_gap)}px; }} "
            f"p, td, th, li {{ line-height: {LINE_HEIGHT_PERCENT}%; }}</style>")


def _heading(title: str, prepared_for: str | None, lines: Iterable[str], font_pt: float,
             subtitle: str | None = None) -> str:
    parts = [f"<h1>{_e(title)}</h1>"]
    if prepared_for and prepared_for.strip():  # on the title's line, at the right
        size = f"font-size:{font_pt * 1.25:.1f}pt"
        prepared = _e(translate("Report", "Prepared for: "))
        parts = [f"<table width='100%' border='0' cellspacing='0' cellpadding='0'><tr>"
                 f"<td>{parts[0]}</td><td align='right' style='vertical-align: bottom'>"
                 f"<span style='{size}'>{prepared}</span>"
                 f"<span style='{size}; "
                 f"font-weight:bold'>{_e(prepared_for.strip())}</span></td></tr></table>"]
    if subtitle:
        parts.append(f"<p><span style='font-size:{font_pt * 1.15:.1f}pt; font-weight:bold'>"
                     f"{_e(subtitle)}</span></p>")
    parts += [f"<p class='muted'>{_e(line)}</p>" for line in lines]
    return "".join(parts)


# ------------------------------------------------------------------ comparison


def _marker(marker: str) -> str:
    if marker == "highest":
        return " <b>" + _e(translate("Report", HIGHEST)) + "</b>"
    if marker == "lowest":
        return " <b>" + _e(translate("Report", LOWEST)) + "</b>"
    return ""


def _cell_html(row: Row, index: int, image_names: Mapping[str, str],
               codes: Sequence[str], chart_size: tuple[float, float]) -> str:
    cell = row.cells[index]
    if row.kind == "chart":
        name = image_names.get(codes[index])
        if cell.chart is None or not name:
            return f"<i>{_e(cell.text)}</i>" if cell.chart is None else _e(cell.text)
        width, height = (round(v * PX_PER_INCH) for v in chart_size)
        return (f"<p style='{IMAGE_BLOCK}'><img src='{_e(name)}' width='{width}' "
                f"height='{height}' alt='{_e(cell.text)}'></p>")
    if row.kind == "list":
        if not cell.items:
            return f"<i>{_e(cell.text)}</i>"
        items = [(f"<b>{SHARED}</b>&nbsp;" if shared else "") + _e(text)
                 for text, shared in cell.items]
        if row.section == "what":  # long items (tasks): one paragraph each
            return "".join(f"<p>{'' if shared else '–&nbsp;'}{item}</p>"
                           for item, (_, shared) in zip(items, cell.items, strict=True))
        return "; ".join(items)
    if row.key.endswith(".shared"):  # said once across the columns (see comparison_html)
        return f"<b>{SHARED}</b>&nbsp;{_e(cell.text)}"
    text = _e(cell.text)
    if cell.text == fmt.not_available():
        text = f"<i>{text}</i>"
    if cell.marker == "shared":
        text = f"<b>{SHARED}</b>&nbsp;{text}"
    return text + _marker(cell.marker)


def _career_header(career: Career) -> str:
    """A column's head: the career and its field (codes are in the sources at the end)."""
    return (f"<b>{_e(career.title)}</b><br><span class='muted' style='font-weight:normal'>"
            f"{_e(career.major_group.title)}</span>")


def comparison_sources_html(comparison: Comparison, font_pt: float,
                            store_meta: Mapping[str, str] | None = None,
                            printed: date | None = None) -> str:
    """The sources and notes that end a comparison handout, in short paragraphs: each
    career's code (and the wider job group its BLS figures are for), every source in full,
    the Bright Outlook rule with how the work split is estimated, and (with ``store_meta``)
    the O*NET attribution and the print date, which the one-line footer leaves out."""
    from careerdesk import wording

    careers = comparison.careers
    codes = "; ".join(f"{c.title} {c.code}" for c in careers)
    groups = [translate("Report", "{title}: {group} (SOC {soc})").format(
        title=c.title, group=group.label, soc=c.soc.figures_code)
        for c in careers if (group := wording.figures_group(c.soc, c.title)) is not None]
    sources = " ".join(source_line(s) for s in sources_of(careers))
    notes = [bright_summary() + " " + translate("Report", "Source: {url}.").format(
        url=BRIGHT_CRITERIA_URL),
        translate("Report", "How the work divides is CareerDesk's estimate from each "
                  "career's O*NET tasks and work activities, not measured hours.")]
    paragraphs = [translate("Report", "O*NET-SOC codes: {codes}.").format(codes=codes)
                  + ("" if not groups else " " + " ".join(groups)),
                  translate("Report", "Data: {sources}").format(sources=sources),
                  " ".join(notes)]
    if store_meta is not None:
        paragraphs.append(_attribution(store_meta) + " "
                          + _printed_line(store_meta, printed or date.today()))
    small = f"font-size:{font_pt:.1f}pt"
    heading = _e(translate("Report", "Sources and notes"))
    return (f"<p style='{small}'><a name='{KEEP_PREFIX}sources'></a><b>{heading}</b></p>"
            + "".join(f"<p style='{small}'>{_e(t)}</p>" for t in paragraphs))


def _comparison_notes(comparison: Comparison, only_differences: bool) -> list[str]:
    """The notes under a comparison's heading: the legend, the state, what is shown."""
    notes = [legend()]
    if comparison.state:
        notes.append(translate("Report", "State pay: {state}.").format(state=comparison.state))
    if only_differences:
        notes.append(translate("Report", "Showing only the rows where the careers differ."))
    notes.append(translate("Report", "Sources and notes are at the end."))
    return notes


def _comparison_row_html(row: Row, key: str, section_title: str | None,
                         names: Mapping[str, str], codes: list[str],
                         chart_size: tuple[float, float]) -> str:
    """One row of the comparison table; ``section_title`` when the row is its section's
    only one (the title goes in its label, on a shaded cell)."""
    label = f"<b>{_e(row.label)}</b>"
    label = f"<a name='{ROW_PREFIX}{row.key}'>{label}</a>"  # kept whole
    if section_title is not None:
        label = section_title + (f"<br><span class='muted'>{_e(row.label)}</span>"
                                 if row.label != SECTION_TITLES[key] else "")
    if row.key.endswith(".shared"):  # the same for all: said once
        cells = (f"<td colspan='{len(codes)}'>"
                 f"{_cell_html(row, 0, names, codes, chart_size)}</td>")
    else:
        cells = "".join(f"<td>{_cell_html(row, i, names, codes, chart_size)}</td>"
                        for i in range(len(codes)))
    shade = f" bgcolor='{SECTION_BACKGROUND}'" if section_title is not None else ""
    return f"<tr><td{shade}>{label}</td>{cells}</tr>"


def comparison_html(
    comparison: Comparison,
    *,
    prepared_for: str | None = None,
    sections: Iterable[str] | None = None,
    image_names: Mapping[str, str] | None = None,
    only_differences: bool = False,
    chart_size: tuple[float, float] = (2.0, 2.0),
    font_pt: float | None = None,
    break_before: Collection[str] = (),
    leave_out: Collection[str] = (),
    store_meta: Mapping[str, str] | None = None,
    printed: date | None = None,
) -> str:
    """The comparison as a table: a header row of careers (``<thead>``, repeated on every
    page), a heading row per section, one row per attribute, then the sources and notes.
    Rows whose key is in ``leave_out`` are left out (a handout fitted to its pages).

    ``image_names`` maps a career code to the resource name of its time chart, drawn
    ``chart_size`` inches (width, height); without one the chart row shows the split in words.
    Section headings carry the anchor ``keep-<section>``, row labels ``row-<row key>``; a
    section or row key in ``break_before`` starts a new page there. The printing service
    uses them to keep a heading with its first row and every row in one piece (a handout
    never splits an item across pages).
    """
    keys = check_sections(sections if sections is not None else comparison.sections)
    careers = comparison.careers
    codes = [c.code for c in careers]
    size = font_pt or font_size_for(len(careers))
    names = image_names or {}
    label_width = label_column_percent(len(careers))
    column = (100 - label_width) // len(careers)
    notes = _comparison_notes(comparison, only_differences)
    head = "".join(f"<th width='{column}%' align='left' bgcolor='{HEADER_BACKGROUND}'>"
                   f"{_career_header(c)}</th>" for c in careers)

    career_word = _e(translate("Report", "Career"))

    def table(new_page: bool) -> str:
        style = "page-break-before: always; " if new_page else ""
        return (f"<table width='100%' border='1' cellspacing='0' cellpadding='1' "
                f"style='{style}border-collapse: collapse; border-color: {RULE}; "
                f"border-style: solid'><thead><tr><th width='{label_width}%' align='left' "
                f"bgcolor='{HEADER_BACKGROUND}'>{career_word}</th>{head}</tr></thead><tbody>")

    out = ["<html><head>", _style(size), "</head><body>",
           _heading(translate("Report", "Comparing {count} careers").format(count=len(careers)),
                    prepared_for, [" ".join(notes)], size,
                    subtitle=" · ".join(c.title for c in careers)),
           table(False)]
    rows = [r for r in comparison.rows_for(only_differences) if r.key not in leave_out]
    for key in sorted(keys, key=PRINT_ORDER.index):
        section_rows = [r for r in rows if r.section == key]
        if not section_rows:
            continue
        if key in break_before or section_rows[0].key in break_before:
            out.append("</tbody></table>" + table(True))
        title = f"<a name='{KEEP_PREFIX}{key}'><b>{_e(SECTION_TITLES[key])}</b></a>"
        if len(section_rows) > 1:
            out.append(f"<tr><td colspan='{len(careers) + 1}' bgcolor='{SECTION_BACKGROUND}'>"
                       f"{title}</td></tr>")
        for index, row in enumerate(section_rows):
            if index and row.key in break_before:
                out.append("</tbody></table>" + table(True))
            # the section's own row: no separate heading row
            own = title if len(section_rows) == 1 else None
            out.append(_comparison_row_html(row, key, own, names, codes, chart_size))
    out.append("</tbody></table>")
    if "sources" in break_before:
        out.append("<p style='page-break-before: always'></p>")
    out.append(comparison_sources_html(comparison, max(7.5, size - 1.5), store_meta, printed))
    out.append("</body></html>")
    return "".join(out)


# ------------------------------------------------------------------ one profile


def _pairs(items: Sequence[tuple[str, str]], columns: int = 2) -> str:
    """Label/value pairs in a borderless table, ``columns`` pairs a line."""
    rows = []
    for start in range(0, len(items), columns):
        chunk = items[start:start + columns]
        label_width = 20 if columns == 1 else 100 // columns * 2 // 5
        value_width = 100 // columns - label_width
        cells = "".join(f"<td width='{label_width}%' class='muted'>{_e(label)}</td>"
                        f"<td width='{value_width}%'><b>{_e(value)}</b></td>"
                        for label, value in chunk)
        rows.append(f"<tr>{cells}</tr>")
    return ("<table width='100%' cellspacing='0' cellpadding='1' border='0'>"
            + "".join(rows) + "</table>")


def quick_facts_html(facts: Sequence[profile_sections.Fact]) -> str:
    """The quick facts as a strip of boxes, one a fact: its heading, its value in bold and
    its detail (the window's strip on paper)."""
    width = 100 // max(len(facts), 1)
    cells = "".join(
        f"<td width='{width}%' bgcolor='{HEADER_BACKGROUND}'><span class='muted'>"
        f"{_e(f.label)}</span><br><b>{_e(f.value)}</b>"
        + (f"<br>{_e(f.detail)}" if f.detail else "") + "</td>" for f in facts)
    return (f"<table width='100%' border='1' cellspacing='0' cellpadding='3' "
            f"style='border-collapse: collapse; border-color: {RULE}; border-style: solid'>"
            f"<tr>{cells}</tr></table>")


def _time_chart(c: Career, image_names: Mapping[str, str],
                chart_size: tuple[float, float]) -> str:
    name = image_names.get(c.code)
    allocation = time_views.lead(c)  # the editorial estimate where there is one
    if allocation is None:
        return ""
    if not name:  # no image: the split in words (an editorial one named)
        named = f"<b>{_e(allocation.label)}:</b> " if time_views.titled(allocation) else ""
        return "<p>" + named + "; ".join(f"{_e(s.label)} {s.percent:.0f}%"
                                         for s in allocation.shares) + "</p>"
    width, height = (round(v * PX_PER_INCH) for v in chart_size)
    return (f"<p style='{IMAGE_BLOCK}'>{_chart_title(allocation)}<img src='{_e(name)}' "
            f"width='{width}' height='{height}'></p>")


def _chart_title(allocation: TimeAllocation) -> str:
    """An editorial estimate's name over its printed profile chart (charts print untitled),
    so it is never taken for O*NET's; "" for O*NET's (the heading says what it is)."""
    return f"<b>{_e(allocation.label)}</b><br>" if time_views.titled(allocation) else ""


def _block_html(block: profile_sections.Block, c: Career, image_names: Mapping[str, str],
                chart_size: tuple[float, float]) -> str:
    if block.kind == profile_sections.PARAGRAPHS:
        title = f"<p><b>{_e(block.title)}</b></p>" if block.title else ""
        return title + "".join(f"<p>{_e(p)}</p>" for p in block.text.split("\n\n"))
    if block.kind == profile_sections.NOTE:
        return f"<p class='muted'>{_e(block.text)}</p>"
    if block.kind == profile_sections.STATEMENT:
        return f"<p><b>{_e(block.title)}.</b> {_e(block.text)}</p>"
    if block.kind == profile_sections.FACTS:
        return _pairs([(f.label, f.value) for f in block.facts])
    if block.kind == profile_sections.LIST and block.inline:
        text = _e(profile_sections.paper_line(block))
        if not block.items:
            text = f"<i>{text}</i>"
        if block.title:
            return f"<p><b>{_e(block.title)}:</b> {text}</p>"
        return f"<p>{text}</p>"
    if block.kind == profile_sections.LIST:
        items = "".join(f"<li>{_e(i.text)}</li>" for i in block.items[:block.limit])
        return (f"<p><b>{_e(block.title)}</b></p>" if block.title else "") + \
            (f"<ul>{items}</ul>" if items else f"<p><i>{_e(block.missing)}</i></p>")
    if block.kind == profile_sections.LINK:  # the address on a line of its own: typed in,
        return "<p class='muted'>" + _e(translate("Report", "{text}: {title},").format(
            text=block.text, title=block.title)) + f"<br>{_e(block.url)}</p>"  # never broken
    if block.kind == profile_sections.CHART and block.chart == "time":
        return _time_chart(c, image_names, chart_size)
    raise ValueError(f"a printout cannot draw a {block.kind} block")


def _section_html(section: profile_sections.Section, c: Career, image_names: Mapping[str, str],
                  chart_size: tuple[float, float]) -> str:
    blocks = section.blocks_for(profile_sections.PRINT)
    if section.key == "quick":  # the strip of boxes
        return "".join(quick_facts_html(b.facts) if b.kind == profile_sections.FACTS
                       else _block_html(b, c, image_names, chart_size) for b in blocks)
    out = []
    rated = [b for b in blocks if b.kind == profile_sections.LIST and b.inline and b.title]
    if len(rated) > 1:  # several named lists (skills and abilities): one table of them
        out.append(_pairs([(b.title, profile_sections.paper_line(b)) for b in rated],
                          columns=1))
        blocks = [b for b in blocks if b not in rated]
    out += [_block_html(b, c, image_names, chart_size) for b in blocks]
    return "".join(out)


def _only_missing(section: profile_sections.Section) -> str | None:
    """What the section says instead of figures when all it prints is "not available" (a
    note, lists without items); None when it has something to print."""
    blocks = section.blocks_for(profile_sections.PRINT)
    said = []
    for block in blocks:
        if block.kind == profile_sections.NOTE:
            said.append(block.text)
        elif block.kind == profile_sections.LIST and not block.items:
            said.append(block.missing)
        else:
            return None
    if not said or not all(fmt.not_available().lower() in text.lower() for text in said):
        return None
    reason = said[0]
    return reason if reason.endswith(".") else reason + "."


def _cut(section: profile_sections.Section,
         leave_out: Collection[str]) -> profile_sections.Section:
    """The section with the ``PROFILE_CUTS`` in ``leave_out`` made (no blocks: left out)."""
    if not leave_out:
        return section
    key, blocks = section.key, list(section.blocks)
    if key in leave_out and key in ("aka", "interests", "related", "technology"):
        blocks = []
    if key == "time" and "time-notes" in leave_out:
        blocks = [b for b in blocks if b.kind != profile_sections.NOTE]
    if key == "abilities" and "knowledge" in leave_out:
        blocks = blocks[:2]  # abilities and skills; not knowledge and work styles
    if key in ("related", "technology") and "short-lists" in leave_out:
        blocks = [dataclasses.replace(b, limit=min(b.limit or SHORT_LIST, SHORT_LIST))
                  if b.kind == profile_sections.LIST else b for b in blocks]
    if key == "inside":
        keep = 1 if "narrative-1" in leave_out else 3 if "narrative-3" in leave_out else 0
        more = translate("Report", "(More in CareerDesk.)")
        for index, b in enumerate(blocks):
            paragraphs = b.text.split("\n\n")
            if b.kind == profile_sections.PARAGRAPHS and keep and len(paragraphs) > keep:
                blocks[index] = dataclasses.replace(
                    b, text="\n\n".join(paragraphs[:keep]) + " " + more)
    return dataclasses.replace(section, blocks=tuple(blocks))


PROFILE_FONT_PT = 9.0  # the handout's body text: 12 px at 96 dpi, so exactly 9 pt on paper
# What a profile handout leaves out, first to last, to fit its pages (the app has it all):
# the other names, the time chart's method, then shorter lists of related careers and
# technology, the narrative after its first paragraphs, then interests, related careers,
# the narrative after its first paragraph. The quick facts, the top tasks, the chart, pay,
# outlook, education and the AI label always stay.
PROFILE_CUTS: tuple[str, ...] = ("aka", "time-notes", "short-lists", "narrative-3",
                                 "knowledge", "interests", "related", "narrative-1",
                                 "technology")
SHORT_LIST = 6  # related careers and technology under "short-lists"


def profile_html(
    career: Career,
    *,
    prepared_for: str | None = None,
    state: str | None = None,
    sections: Iterable[str] | None = None,
    image_names: Mapping[str, str] | None = None,
    chart_size: tuple[float, float] = (5.0, 2.2),
    font_pt: float = PROFILE_FONT_PT,
    break_before: Collection[str] = (),
    sources_block: str = "",
    leave_out: Collection[str] = (),
) -> str:
    """One career's profile, compact, for print: the sections of ``careerdesk.sections``
    (those in ``sections``, all by default) as paper shows them, the quick facts first as a
    strip, then ``sources_block`` (``sources_html``) at the end. ``leave_out`` names the
    ``PROFILE_CUTS`` to make (a handout fitted to its pages).

    ``image_names`` maps the career's code to the resource name of its time chart. Headings
    carry the anchor ``keep-<key>``; a key in ``break_before`` starts a new page.
    """
    made = profile_sections.profile(
        career, state=state, sections=profile_sections.check_sections(sections))
    out = ["<html><head>", _style(font_pt, paragraph_gap=0.4), "</head><body>",
           _heading(career.title, prepared_for, [made.identity], font_pt)]
    missing = []  # sections with nothing to print but "not available": one line at the end
    for section in made.sections:
        section = _cut(section, leave_out)
        if not section.blocks:
            continue
        reason = _only_missing(section)
        if reason is not None:
            missing.append(translate("Report", "{heading}: {reason}").format(
                heading=section.heading, reason=reason))
            continue
        body = _section_html(section, career, image_names or {}, chart_size)
        style = " style='page-break-before: always'" if section.key in break_before else ""
        heading = "" if section.key == "quick" else _e(section.heading)  # the strip says it
        out.append(f"<h2{style}><a name='{KEEP_PREFIX}{section.key}'>{heading}</a></h2>{body}"
                   if heading else body)
    if missing:
        heading = _e(translate("Report", "Not available for this career"))
        style = " style='page-break-before: always'" if "missing" in break_before else ""
        out.append(f"<h2{style}><a name='{KEEP_PREFIX}missing'>{heading}</a></h2>"
                   f"<p>{_e(' '.join(missing))}</p>")
    if sources_block:
        style = " style='page-break-before: always'" if "sources" in break_before else ""
        out.append(f"<div{style}>{sources_block}</div>")
    out.append("</body></html>")
    return "".join(out)


# ------------------------------------------------------------------ footer


def sources_of(careers: Iterable[Career]) -> list[Source]:
    """The sources behind these careers' figures, each once, in a stable order."""
    found: dict[str, Source] = {}
    for career in careers:
        for items in career.sources.values():
            for source in items:
                found.setdefault(source.id, source)
    return sorted(found.values(), key=lambda s: s.name.lower())


def footer_text(store_meta: Mapping[str, str], sources: Iterable[Source],
                printed: date) -> str:
    """The long footer: sources and releases, the O*NET attribution, the date (a printout
    that ends with ``sources_html`` uses the one-line ``sources_line`` instead)."""
    data = "; ".join(f"{s.name} ({s.release})" for s in sources)
    parts = [translate("Report", "Data: {sources}.").format(sources=data) if data else "",
             _attribution(store_meta), _printed_line(store_meta, printed)]
    return " ".join(p for p in parts if p)


def source_line(source: Source) -> str:
    """A source in full: "Name (release): publisher; licence."."""
    return translate("Report", "{name} ({release}): {publisher}; {licence}.").format(
        name=source.name, release=source.release, publisher=source.publisher,
        licence=source.licence)


def _attribution(store_meta: Mapping[str, str]) -> str:
    """O*NET's attribution and modification notice, as the database carries them."""
    return " ".join(store_meta[k] for k in ("onet_attribution", "onet_modified")
                    if store_meta.get(k))


def _printed_line(store_meta: Mapping[str, str], printed: date) -> str:
    """"Printed 2026-12-03 with CareerDesk (data built ...)."."""
    built = store_meta.get("build_date")
    printed_with = translate("Report", "Printed {date} with CareerDesk (data built {built}).") \
        if built else translate("Report", "Printed {date} with CareerDesk.")
    return printed_with.format(date=printed.isoformat(), built=built)


# A source's name in the one-line footer, by its id, in the footer's order (other sources go
# by their own name, after these).
SHORT_SOURCES = {
    "onet": QT_TRANSLATE_NOOP("Report", "O*NET 29.3"),
    "onet-abilities": QT_TRANSLATE_NOOP("Report", "O*NET 29.3"),
    "bls-oews": QT_TRANSLATE_NOOP("Report", "BLS pay 2025"),
    "bls-ep": QT_TRANSLATE_NOOP("Report", "BLS outlook 2024–34"),
    "gpts": QT_TRANSLATE_NOOP("Report", "AI studies"),
    "ms-ai": QT_TRANSLATE_NOOP("Report", "AI studies"),
    "anthropic": QT_TRANSLATE_NOOP("Report", "AI studies"),
    "nces": QT_TRANSLATE_NOOP("Report", "NCES"),
    "careerdesk": QT_TRANSLATE_NOOP("Report", "CareerDesk"),
    "reference": QT_TRANSLATE_NOOP("Report", "CareerDesk"),
}


def sources_line(sources: Iterable[Source]) -> str:
    """The one short line of sources every page of a handout carries in its footer ("Sources:
    O*NET 29.3 · BLS pay 2025 · ...; full list at the end."); the full list, with the
    attribution and the print date, is ``sources_html``, which the printout's HTML
    appends."""
    order = list(SHORT_SOURCES)
    names: list[str] = []
    for source in sorted(sources, key=lambda s: (order.index(s.id) if s.id in order
                                                 else len(order), s.name)):
        name = translate("Report", SHORT_SOURCES[source.id]) if source.id in SHORT_SOURCES \
            else source.name
        if name not in names:
            names.append(name)
    return translate("Report", "Sources: {sources}; full list at the end.").format(
        sources=" · ".join(names))


SOURCES_ANCHOR = KEEP_PREFIX + "sources"  # the sources block's heading stays with its text


def sources_html(store_meta: Mapping[str, str], sources: Iterable[Source], printed: date,
                 font_pt: float, notes: Sequence[str] = ()) -> str:
    """The full sources block that ends a handout: the heading "Sources", ``notes`` (codes,
    rules: short paragraphs), every source with its release, publisher and licence, the
    O*NET attribution and the print date, in ``font_pt`` (7 pt or more)."""
    size = f"font-size:{max(font_pt, 7.0):.1f}pt"
    lines = [*notes, *(source_line(s) for s in sources), _attribution(store_meta),
             _printed_line(store_meta, printed)]
    heading = _e(translate("Report", "Sources"))
    return (f"<h2><a name='{SOURCES_ANCHOR}'>{heading}</a></h2>"
            + "".join(f"<p style='{size}'>{_e(line)}</p>" for line in lines if line))


# ------------------------------------------------------------------ bookmarks


def bookmarks_html(owner: str, entries: Sequence[tuple[str, str, str, str]], *,
                   prepared_for: str | None = None, font_pt: float = 10.0,
                   facts: Mapping[str, str] | None = None) -> str:
    """The bookmark list with notes: (title, code, date added, note) per career, each with
    its quick facts (``facts``: a line per code, from ``careerdesk.quick_facts``).

    Notes are the student's own plain text: escaped, line breaks kept, never HTML.
    """
    added_on = translate("Report", "{code} · added {date}")
    facts = facts or {}
    rows = "".join(
        f"<tr><td><b>{_e(title)}</b><br>"
        + (f"{_e(facts[code])}<br>" if facts.get(code) else "")
        + f"<span class='muted'>{_e(added_on.format(code=code, date=added))}</span></td>"
        f"<td>{'<br>'.join(_e(line) for line in note.splitlines())}"
        "</td></tr>" for title, code, added, note in entries)
    career, note_word = _e(translate("Report", "Career")), _e(translate("Report", "Note"))
    table = ("<table width='100%' border='1' cellspacing='0' cellpadding='5'>"
             f"<thead><tr><th align='left' width='38%'>{career}</th>"
             f"<th align='left'>{note_word}</th>"
             f"</tr></thead>{rows}</table>") if entries else \
        "<p>" + _e(translate("Report", "No bookmarks.")) + "</p>"
    title = translate("Report", "Bookmarks of {owner}").format(owner=owner)
    count = translate("Report", "{count} careers").format(count=len(entries))
    return (_style(font_pt) + _heading(title, prepared_for, [count], font_pt) + table)


# ------------------------------------------------------------------ interests

INTERESTS_FONT_PT = 10.5  # 14 px at 96 dpi: laid out at whole pixels, 10 pt would print 9.75
INTERESTS_MATCHES = 10  # careers on the one page


def short_area_label(area: str) -> str:
    """The area's plain name without its RIASEC name: "Building and fixing"."""
    from careerdesk.interests import area_label

    label = area_label(area)
    return label.rsplit(" (", 1)[0] if label.endswith(")") else label


def interests_html(result: InterestResult, *, owner: str | None = None,
                   prepared_for: str | None = None, image_name: str | None = None,
                   chart_size: tuple[float, float] = (3.6, 2.6),
                   font_pt: float = INTERESTS_FONT_PT,
                   limit: int = INTERESTS_MATCHES) -> str:
    """"My interests" on one page: the six scores (the chart ``image_name``, drawn
    ``chart_size`` inches, or the scores in words), the top areas in plain sentences, the
    best-fitting careers with fit, pay, entry education and outlook, and the method.

    ``owner`` is the profile's name (None for a guest); the preparation the careers were
    picked for is the result's own (``Result.preparation``), named in words.
    """
    from careerdesk.interests import (
        AREAS,
        area_label,
        area_sentence,
        method_summary,
        preparations,
    )

    na = fmt.not_available()
    scores, top = result.scores, result.top_areas
    lines = []
    if owner and owner != (prepared_for or "").strip():
        lines.append(translate("Report", "The interest quiz of {owner}.").format(owner=owner))
    lines.append(translate("Report", "{answered} of {total} activities rated. Careers picked "
                           "for: {preparation}.").format(
        answered=result.answered, total=result.total,
        preparation=next((p.label for p in preparations() if p.zone == result.preparation),
                         translate("Report", "any amount of preparation"))))

    def score_text(area: str) -> str:
        value = scores.get(area)
        return na if value is None else translate("Report", "{score} of 100").format(
            score=f"{value:.0f}")

    # the six scores in words too, under the chart: the chart is a picture
    in_words = "<p>" + _e(translate("Report", "Scores, 0 to 100: {scores}.").format(
        scores="; ".join(
            f"{short_area_label(a)} {na if scores.get(a) is None else f'{scores[a]:.0f}'}"
            for a in AREAS))) + "</p>"
    out = ["<html><head>", _style(font_pt, paragraph_gap=0.3), "</head><body>",
           _heading(translate("Report", "My interests"), prepared_for, [" ".join(lines)],
                    font_pt)]

    scores_alt = translate("Report", "Your interest scores")
    top_title = translate("Report", "Your top areas")
    if image_name:
        width, height = (round(v * PX_PER_INCH) for v in chart_size)
        chart = (f"<p style='{IMAGE_BLOCK}'><img src='{_e(image_name)}' width='{width}' "
                 f"height='{height}' alt='{_e(scores_alt)}'>"
                 "</p>") + in_words
    else:
        chart = "".join(f"<p>{_e(area_label(a))}: <b>{_e(score_text(a))}</b></p>"
                        for a in AREAS)
    if top:
        about = "".join(f"<p><b>★ {_e(area_label(a))}</b> — {_e(score_text(a))}<br>"
                        f"{_e(area_sentence(a))}</p>" for a in top)
    else:
        about = "<p>" + _e(translate("Report", "None of the six areas stands out from these "
                                     "answers.")) + "</p>"
    out.append(
        "<table width='100%' border='0' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='{round(chart_size[0] * PX_PER_INCH) + 8}'>{chart}</td>"
        f"<td><h2 style='margin-top: 0'>{_e(top_title)}</h2>"
        f"{about}</td></tr></table>")
    matches = result.matches[:limit]
    best = translate("Report", "The {count} careers that fit you best") if matches else \
        translate("Report", "Careers that fit you best")
    out.append(f"<h2>{_e(best.format(count=len(matches)))}</h2>")
    if matches:
        head = "".join(
            f"<th align='left' width='{width}%' bgcolor='{HEADER_BACKGROUND}'>{_e(t)}</th>"
            for t, width in ((translate("Report", "Career and why it fits"), 46),
                             (translate("Report", "Fit"), 6),
                             (translate("Report", "Median pay"), 10),
                             (translate("Report", "Entry education"), 22),
                             (translate("Report", "Outlook"), 16)))
        rows = []
        for number, m in enumerate(matches, 1):
            why = (translate("Report", "Shares: {areas}").format(
                areas=", ".join(short_area_label(a) for a in m.shared_areas))
                if m.shared_areas
                else translate("Report", "Strong and weak in much the same areas as you"))
            pay = fmt.money(m.median_wage, top_coded=m.wage_top_coded)
            rows.append(
                f"<tr><td><b>{number}. {_e(m.title)}</b><br><span class='muted'>{_e(why)}"
                f"</span></td><td>{m.fit:.0f}</td>"
                f"<td>{_e(pay) if m.median_wage is not None else f'<i>{_e(na)}</i>'}</td>"
                f"<td>{_e(m.entry_education) if m.entry_education else f'<i>{_e(na)}</i>'}"
                f"</td><td>{_e(m.outlook) if m.outlook else f'<i>{_e(na)}</i>'}</td></tr>")
        out.append(f"<table width='100%' border='1' cellspacing='0' cellpadding='1' "
                   f"style='border-collapse: collapse; border-color: {RULE}; "
                   f"border-style: solid'><thead><tr>{head}</tr></thead>"
                   + "".join(rows) + "</table>")
    else:
        out.append("<p>" + _e(result.note or translate(
            "Report", "No careers fit with this preparation.")) + "</p>")
    how = translate("Report", "How this works")
    out.append(f"<h2>{_e(how)}</h2>"
               f"<p>{_e(method_summary())}</p></body></html>")
    return "".join(out)
