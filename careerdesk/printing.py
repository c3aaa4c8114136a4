"""The printing service: comparisons and profiles to PDF, print preview and the printer.

``report`` writes the HTML; this module renders the charts (matplotlib, 300 dpi images with
hatches that read in grayscale), loads both into a ``QTextDocument`` and paints the pages
itself, so every page gets the footer (sources, attribution, print date) and "Page N of M",
and no section heading is left alone at the bottom of a page. The same paint routine serves
the PDF, the preview and the printer: the preview shows exactly what the PDF holds.

PDF needs only QtGui (a ``QGuiApplication`` under ``QT_QPA_PLATFORM=offscreen`` will do);
the preview and print dialogs import QtPrintSupport when they are called.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QLineF, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextDocument,
    QTextTable,
)

from careerdesk import report
from careerdesk.comparison import Comparison, time_scale
from careerdesk.i18n import translate
from careerdesk.model import Career, Source, TimeAllocation
from careerdesk.paths import usual_permissions

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from careerdesk.charts import ChartColors
    from careerdesk.interests import Result as InterestResult

PAPERS: dict[str, QPageSize.PageSizeId] = {
    "letter": QPageSize.PageSizeId.Letter,
    "a4": QPageSize.PageSizeId.A4,
}
MARGIN_MM = 10.0
FOOTER_PT = 5.8
PAGE_NUMBER_PT = 7.5
CHART_DPI = 300
MIN_INTERESTS_MATCHES = 5  # "My interests" lists fewer careers only to stay on one page
PROFILE_FONT_PT = 8.5
MAX_LAYOUTS = 16  # page-break passes; each adds the breaks of one page
LAYOUT_DPI = 96  # documents are laid out in these pixels (CSS px, <img> sizes), then scaled
# One font everywhere, shipped with matplotlib when the system lacks it: page breaks, and so
# page counts, come out the same on every machine. It has the ▲ ▼ ● marks.
FONT_FAMILY = "DejaVu Sans"
# Body widths that fit both Letter and A4 (the narrower of each pair), so one set of chart
# images serves both papers: portrait 8.27 in, landscape 11 in, less the margins.
_BODY_WIDTH_IN = {False: 8.27 - 2 * MARGIN_MM / 25.4, True: 11.0 - 2 * MARGIN_MM / 25.4}

# A finished document, or a function making one with page breaks before the given sections.
DocumentSource = QTextDocument | Callable[[frozenset[str]], QTextDocument]


class PrintError(OSError):
    """The PDF could not be written (the message is one line)."""


def ensure_fonts() -> None:
    """Make sure Qt has DejaVu Sans (matplotlib ships it) so text never prints as boxes."""
    if FONT_FAMILY in QFontDatabase.families():
        return
    import matplotlib

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                 "DejaVuSans-BoldOblique.ttf"):
        QFontDatabase.addApplicationFont(str(fonts / name))


def _font(points: float) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    # No ligatures: with them a PDF reader finds "modiﬁed", not "modified".
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def page_layout(paper: str = "letter", landscape: bool = False) -> QPageLayout:
    """Letter or A4, portrait or landscape, with the printout's margins."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r} (choose from {', '.join(PAPERS)})")
    orientation = QPageLayout.Orientation.Landscape if landscape \
        else QPageLayout.Orientation.Portrait
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(QPageSize(PAPERS[paper]), orientation, margins,
                       QPageLayout.Unit.Millimeter)


def make_document(html: str, images: Mapping[str, bytes],
                  page_layout: QPageLayout | None = None) -> QTextDocument:
    """A text document holding ``html`` and its images (PNG bytes by resource name).

    With ``page_layout`` the document is paginated for that page's body (a quick estimate
    that leaves out the footer); ``paint_pages`` lays it out again, exactly.
    """
    ensure_fonts()
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(_font(PROFILE_FONT_PT))
    for name, data in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                        QImage.fromData(data))
    doc.setHtml(html)
    if page_layout is not None:
        doc.setPageSize(QSizeF(page_layout.paintRectPixels(LAYOUT_DPI).size()))
    return doc


# ------------------------------------------------------------------ painting pages


def _line_pages(doc: QTextDocument, block: QTextBlock, page_height: float) -> list[int]:
    """The page of each line of ``block`` (a line that does not fit moves to the next page,
    while the block's own rectangle may still start on the page before)."""
    top = doc.documentLayout().blockBoundingRect(block).top() + 1  # +1: a line moved to the
    lines = block.layout()  # next page starts at its top, give or take layout rounding
    pages = [int((top + lines.lineAt(i).y()) // page_height) for i in range(lines.lineCount())]
    return pages or [int(top // page_height)]


def _orphaned_headings(doc: QTextDocument, page_height: float) -> dict[str, int]:
    """Sections whose heading (anchor ``keep-<key>``) ends a page apart from what follows,
    with that page."""
    found = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                if name.startswith(report.KEEP_PREFIX) and block.next().isValid():
                    here = _line_pages(doc, block, page_height)[-1]
                    there = _line_pages(doc, block.next(), page_height)[0]
                    if there > here:
                        found[name.removeprefix(report.KEEP_PREFIX)] = here
            it += 1
        block = block.next()
    return found


def _split_rows(doc: QTextDocument, page_height: float) -> dict[str, int]:
    """Keys of table rows (anchor ``row-<key>``, or a one-row section's ``keep-<section>``)
    that a page break cuts in two, with the page where they start."""
    found = {}
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        for row in range(frame.rows()):
            if frame.cellAt(row, 0).columnSpan() == frame.columns():
                continue  # a heading row
            pages: set[int] = set()
            names: list[str] = []
            for column in range(frame.columns()):
                cell = frame.cellAt(row, column)
                block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
                while block.isValid():
                    pages.update(_line_pages(doc, block, page_height))
                    if column == 0:
                        it = block.begin()
                        while not it.atEnd():
                            names += it.fragment().charFormat().anchorNames()
                            it += 1
                    if block == last:
                        break
                    block = block.next()
            if len(pages) > 1:
                for name in names:
                    for prefix in (report.ROW_PREFIX, report.KEEP_PREFIX):
                        if name.startswith(prefix):
                            found[name.removeprefix(prefix)] = min(pages)
    return found


class _LayoutDevice:
    """A paint device of exactly LAYOUT_DPI for laying documents out (a PDF writer on a
    buffer that is never painted on): the layout, and so the page breaks, are the same
    whatever the resolution of the printer or screen; pages are then painted scaled."""

    def __init__(self) -> None:
        self.buffer = QBuffer()
        self.writer = QPdfWriter(self.buffer)
        self.writer.setResolution(LAYOUT_DPI)


def _laid_out(source: DocumentSource, layout_device: _LayoutDevice,
              body: QSizeF) -> QTextDocument:
    """The document laid out in pages of ``body`` (layout pixels), headings kept with their
    first row, short rows kept whole."""

    def prepare(doc: QTextDocument) -> QTextDocument:
        doc.setUseDesignMetrics(True)
        doc.documentLayout().setPaintDevice(layout_device.writer)
        doc.setPageSize(body)
        return doc

    if isinstance(source, QTextDocument):
        return prepare(source.clone())
    breaks: frozenset[str] = frozenset()
    doc = prepare(source(breaks))
    for _ in range(MAX_LAYOUTS):
        # One break at a time, on the first page with a problem: a break moves what follows.
        problems = {**_split_rows(doc, body.height()), **_orphaned_headings(doc, body.height())}
        todo = {key: page for key, page in problems.items() if key not in breaks}
        if not todo:
            break
        first = min(todo.values())
        breaks = breaks | {key for key, page in todo.items() if page == first}
        doc = prepare(source(breaks))
    return doc


def paint_pages(device: QPagedPaintDevice, source: DocumentSource, footer: str) -> int:
    """Lay the document out for ``device``'s pages and paint them with footer and page
    numbers; returns the page count.

    Works on a ``QPdfWriter`` and on a ``QPrinter`` (preview, printing), with the same page
    breaks at any resolution. A document is cloned, so it can be painted again.
    """
    ensure_fonts()
    layout_device = _LayoutDevice()  # outlives the document laid out on it
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(translate("Printing", "cannot start painting (is the file writable?)"))
    try:
        dpi = device.logicalDpiY()
        scale_x, scale_y = device.logicalDpiX() / LAYOUT_DPI, dpi / LAYOUT_DPI
        area = device.pageLayout().paintRectPixels(dpi)
        width, height = float(area.width()), float(area.height())
        footer_font, number_font = _font(FOOTER_PT), _font(PAGE_NUMBER_PT)
        painter.setFont(number_font)
        page_of = translate("Printing", "Page {page} of {pages}")
        number_width = painter.fontMetrics().horizontalAdvance(
            page_of.format(page="000", pages="000")) * 1.1
        painter.setFont(footer_font)
        text_width = width - number_width
        gap = dpi * 0.08
        footer_height = painter.boundingRect(QRectF(0, 0, text_width, height),
                                             int(Qt.TextFlag.TextWordWrap), footer).height()
        body = QSizeF(width / scale_x, (height - footer_height - 2 * gap) / scale_y)
        doc = _laid_out(source, layout_device, body)
        pages = doc.pageCount()
        footer_top = height - footer_height
        for index in range(pages):
            if index and not device.newPage():
                raise PrintError(translate("Printing", "cannot start a new page"))
            painter.save()
            painter.scale(scale_x, scale_y)
            top = index * body.height()
            painter.translate(0, -top)  # tr: skip - moves the painter
            doc.drawContents(painter, QRectF(0, top, body.width(), body.height()))
            painter.restore()
            painter.setPen(QColor("#8c8c8c"))
            painter.drawLine(QLineF(0, footer_top - gap, width, footer_top - gap))
            painter.setPen(QColor("#333333"))
            painter.setFont(footer_font)
            painter.drawText(QRectF(0, footer_top, text_width, footer_height),
                             int(Qt.TextFlag.TextWordWrap), footer)
            painter.setPen(QColor("#000000"))
            painter.setFont(number_font)
            painter.drawText(QRectF(text_width, footer_top, number_width, footer_height),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                             page_of.format(page=index + 1, pages=pages))
        return pages
    finally:
        painter.end()


def write_pdf(path: Path | str, doc: DocumentSource, paper: str = "letter",
              landscape: bool = False, footer: str = "", title: str = "CareerDesk") -> int:
    """Write the document as a PDF at ``path``; returns the page count.

    The PDF goes to a temporary file beside ``path``, renamed into place when complete, so a
    failure never leaves a partial file. Raises ``PrintError`` (one-line message).
    """
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise PrintError(translate("Printing", "cannot write {file}: it is a folder")
                         .format(file=target))
    if not folder.is_dir():
        raise PrintError(translate("Printing", "cannot write {file}: folder {folder} does not "
                                   "exist").format(file=target, folder=folder))
    layout = page_layout(paper, landscape)
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.",
                                             suffix=".part")
    except OSError as exc:
        raise PrintError(translate("Printing", "cannot write {file}: {reason}").format(
            file=target, reason=exc.strerror or exc)) from None
    os.close(handle)
    try:
        usual_permissions(Path(temporary))
        writer = QPdfWriter(temporary)
        writer.setPageLayout(layout)
        writer.setTitle(title)
        writer.setCreator("CareerDesk")
        pages = paint_pages(writer, doc, footer)
        del writer  # closes the file
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return pages


# ------------------------------------------------------------------ printouts


@dataclass
class Printout:
    """A printout ready for PDF, preview or printer.

    ``render(breaks)`` gives the HTML with page breaks before the sections in ``breaks``;
    ``images`` are the charts it refers to (PNG bytes by resource name).
    """

    title: str
    render: Callable[[frozenset[str]], str]
    images: dict[str, bytes]
    landscape: bool
    footer: str

    @property
    def html(self) -> str:
        return self.render(frozenset())

    def document(self, breaks: frozenset[str] = frozenset()) -> QTextDocument:
        return make_document(self.render(breaks), self.images)

    def page_layout(self, paper: str = "letter") -> QPageLayout:
        return page_layout(paper, self.landscape)

    def write_pdf(self, path: Path | str, paper: str = "letter") -> int:
        """Write the PDF (Letter or A4, in the printout's orientation); the page count."""
        return write_pdf(path, self.document, paper, self.landscape, self.footer, self.title)

    def paint(self, device: QPagedPaintDevice) -> int:
        """Paint on a printer, e.g. from ``QPrintPreviewDialog.paintRequested``."""
        return paint_pages(device, self.document, self.footer)


def _draw_print_time(figure: Figure, allocations: Sequence[TimeAllocation],
                     colors: ChartColors, *, max_percent: float, font_size: float) -> None:
    """The time chart for print: no title or axis label (the table row says both), and three
    ticks so the scale stays legible in a narrow column."""
    from careerdesk.charts import draw_time_allocation

    draw_time_allocation(figure, [replace(a, label="") for a in allocations], colors,
                         max_percent=max_percent, font_size=font_size,
                         ticks=[0.0, max_percent / 2, max_percent], axis_label=False)


def _time_chart(allocation: TimeAllocation, width_in: float, max_percent: float,
                font_pt: float) -> tuple[bytes, float]:
    """The chart as PNG bytes, and its height in inches."""
    from careerdesk.charts import render_png, time_chart_height_in

    height_in = time_chart_height_in([replace(allocation, label="")], font_pt,
                                     axis_label=False)
    png = render_png(_draw_print_time, [allocation], width_in=width_in, height_in=height_in,
                     dpi=CHART_DPI, max_percent=max_percent, font_size=font_pt)
    return png, QImage.fromData(png).height() / CHART_DPI


def comparison_printout(comparison: Comparison, store_meta: Mapping[str, str], *,
                        prepared_for: str | None = None,
                        sections: Iterable[str] | None = None,
                        only_differences: bool = False,
                        printed: date | None = None) -> Printout:
    """The comparison as a printout: landscape for three or four careers, charts on one
    scale with their groups in the same order."""
    count = len(comparison.careers)
    landscape = report.landscape_for(count)
    font_pt = report.font_size_for(count)
    chart_font = font_pt - 1.25
    label_share = report.label_column_percent(count) / 100
    width_in = _BODY_WIDTH_IN[landscape] * (1 - label_share) / count - 0.1
    keys = tuple(sections) if sections is not None else comparison.sections
    images: dict[str, bytes] = {}
    names: dict[str, str] = {}
    heights = [0.0]
    time_row = next((r for r in comparison.rows if r.kind == "chart"), None)
    if time_row is not None and "time" in keys:
        for career, cell in zip(comparison.careers, time_row.cells, strict=True):
            if cell.chart is not None:
                names[career.code] = f"chart-time-{career.code}.png"
                images[names[career.code]], height = _time_chart(
                    cell.chart, width_in, comparison.time_max_percent, chart_font)
                heights.append(height)
    height_in = max(heights)  # the same for every column: their groups are the same

    def render(breaks: frozenset[str]) -> str:
        return report.comparison_html(
            comparison, prepared_for=prepared_for, sections=keys, image_names=names,
            only_differences=only_differences, chart_size=(width_in, height_in),
            font_pt=font_pt, break_before=breaks)

    render(frozenset())  # unknown sections fail here, before any file is touched
    footer = report.footer_text(store_meta, report.sources_of(comparison.careers),
                                printed or date.today())
    title = "CareerDesk: " + translate("Printing", " vs ").join(
        c.title for c in comparison.careers)
    return Printout(title, render, images, landscape, footer)


def profile_printout(career: Career, store_meta: Mapping[str, str], *,
                     prepared_for: str | None = None, state: str | None = None,
                     sections: Iterable[str] | None = None,
                     printed: date | None = None) -> Printout:
    """One career's profile as a portrait printout."""
    keys = report.check_profile_sections(sections)
    chart_font = PROFILE_FONT_PT - 1.25
    images: dict[str, bytes] = {}
    names: dict[str, str] = {}
    allocation = career.time_allocation("data")
    width_in = 4.4
    height_in = 0.0
    if allocation is not None and "time" in keys:
        names[career.code] = f"chart-time-{career.code}.png"
        images[names[career.code]], height_in = _time_chart(
            allocation, width_in, time_scale([allocation]), chart_font)

    def render(breaks: frozenset[str]) -> str:
        return report.profile_html(career, prepared_for=prepared_for, state=state,
                                   sections=keys, image_names=names,
                                   chart_size=(width_in, height_in),
                                   font_pt=PROFILE_FONT_PT, break_before=breaks)

    footer = report.footer_text(store_meta, report.sources_of([career]),
                                printed or date.today())
    return Printout(f"CareerDesk: {career.title}", render, images, False, footer)


# ------------------------------------------------------------------ dialogs


def _printer(layout: QPageLayout | None) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if layout is not None:
        printer.setPageLayout(layout)
    return printer


def print_preview(parent: QWidget | None, render_fn: Callable[[QPrinter], object],
                  layout: QPageLayout | None = None) -> int:
    """Show a print preview; ``render_fn(printer)`` paints (e.g. ``Printout.paint``)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = _printer(layout)  # kept alive while the dialog runs
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(render_fn)
    return dialog.exec()


def print_dialog(parent: QWidget | None, render_fn: Callable[[QPrinter], object],
                 layout: QPageLayout | None = None) -> bool:
    """Ask for a printer and print with ``render_fn``; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = _printer(layout)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render_fn(printer)
    return True


def bookmarks_printout(owner: str, entries: list[tuple[str, str, str, str]],
                       careers: list[Career], store_meta: Mapping[str, str], *,
                       prepared_for: str | None = None, printed: date | None = None) -> Printout:
    """The bookmark list with notes, portrait, for a meeting with a counselor."""
    footer = report.footer_text(store_meta, report.sources_of(careers),
                                printed or date.today())

    def render(breaks: frozenset[str]) -> str:
        return report.bookmarks_html(owner, entries, prepared_for=prepared_for)

    return Printout(translate("Printing", "Bookmarks of {owner}").format(owner=owner), render,
                    {}, False, footer)


def _page_count(render: Callable[[frozenset[str]], str], images: Mapping[str, bytes],
                footer: str, paper: str) -> int:
    """The pages the document takes on ``paper``, laid out as ``paint_pages`` does (painted
    into memory at layout resolution)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(LAYOUT_DPI)
    writer.setPageLayout(page_layout(paper))
    return paint_pages(writer, lambda breaks: make_document(render(breaks), images), footer)


def interests_printout(result: InterestResult, owner: str | None,
                       store_meta: Mapping[str, str], sources: Sequence[Source], *,
                       prepared_for: str | None = None, paper: str = "letter",
                       printed: date | None = None) -> Printout:
    """"My interests" on one portrait page of ``paper``: scores and chart, top areas, the
    best-fitting careers (ten, fewer if their long titles would need a second page); body
    text 10.5 pt. ``sources`` are the footer's (O*NET, BLS pay and projections)."""
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
    limit = report.INTERESTS_MATCHES

    def render(breaks: frozenset[str]) -> str:
        return report.interests_html(result, owner=owner, prepared_for=prepared_for,
                                     image_name=name,
                                     chart_size=(width_in, height_in), font_pt=font_pt,
                                     limit=limit)

    page_layout(paper)  # an unknown paper fails here
    # One page: fewer careers when long titles would not fit.
    while limit > MIN_INTERESTS_MATCHES and _page_count(render, images, footer, paper) > 1:
        limit -= 1
    title = translate("Printing", "My interests")
    return Printout(f"CareerDesk: {title}" + (f" ({owner})" if owner else ""), render, images,
                    False, footer)
