"""Printouts on paper: pages laid out with Qt, then a PDF, a preview or the printer.

A ``careerdesk.printouts.Printout`` (Qt-free) holds the HTML and chart images; this module
loads them into a ``QTextDocument`` and paints the pages itself, so every page gets the
footer (sources, attribution, print date) and "Page N of M", no section heading is left
alone at the bottom of a page and no short row is cut in two. The same paint routine serves
the PDF, the preview and the printer: the preview shows exactly what the PDF holds.

PDF needs only QtGui (a ``QGuiApplication`` under ``QT_QPA_PLATFORM=offscreen`` will do):
the command line imports this module only when it writes a PDF. The preview and print
dialogs (QtPrintSupport) are in ``careerdesk.ui.print_actions``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLineF, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

from careerdesk import report
from careerdesk.file_output import (
    OutputError,
    check_target,
    finish,
    pdf_is_complete,
    temporary_beside,
)
from careerdesk.i18n import translate
from careerdesk.paths import usual_permissions
from careerdesk.printouts import (
    FOOTER_LINE_PT,
    LONG_FOOTER_PT,
    MARGIN_MM,
    PROFILE_FONT_PT,
    Printout,
    check_paper,
)

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "letter": QPageSize.PageSizeId.Letter,
    "a4": QPageSize.PageSizeId.A4,
}
FOOTER_PT = LONG_FOOTER_PT  # a footer holding every source; FOOTER_LINE_PT for one line
__all__ = ["FOOTER_LINE_PT", "FOOTER_PT"]  # re-exported for the printouts' callers
PAGE_NUMBER_PT = 7.5
MAX_LAYOUTS = 16  # page-break passes; each adds the breaks of one page
LAYOUT_DPI = 96  # documents are laid out in these pixels (CSS px, <img> sizes), then scaled
# One font everywhere, shipped with matplotlib when the system lacks it: page breaks, and so
# page counts, come out the same on every machine. It has the ▲ ▼ ● marks.
FONT_FAMILY = "DejaVu Sans"

# A finished document, or a function making one with page breaks before the given sections.
DocumentSource = QTextDocument | Callable[[frozenset[str]], QTextDocument]


class PrintError(OSError):
    """The PDF could not be written (the message is one line)."""


_PDF_APP: QGuiApplication | None = None  # the command line's application, kept for the process


def start_pdf_session(argv: list[str]) -> None:
    """Qt without a window, for the command line's PDFs: a ``QGuiApplication`` (unless one
    runs already) with the translations of the user's language."""
    global _PDF_APP
    if QGuiApplication.instance() is None:
        _PDF_APP = QGuiApplication(argv)
        from careerdesk.ui.app import install_translations, ui_locale

        install_translations(_PDF_APP, ui_locale())  # printouts in the user's language


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
    orientation = QPageLayout.Orientation.Landscape if landscape \
        else QPageLayout.Orientation.Portrait
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(QPageSize(PAGE_SIZES[check_paper(paper)]), orientation, margins,
                       QPageLayout.Unit.Millimeter)


def make_document(html: str, images: Mapping[str, bytes] | Mapping[str, QImage | bytes],
                  page_layout: QPageLayout | None = None) -> QTextDocument:
    """A text document holding ``html`` and its images (PNG bytes, or images, by resource
    name).

    With ``page_layout`` the document is paginated for that page's body (a quick estimate
    that leaves out the footer); ``paint_pages`` lays it out again, exactly.
    """
    ensure_fonts()
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(_font(PROFILE_FONT_PT))
    for name, data in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                        data if isinstance(data, QImage) else QImage.fromData(data))
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


def _cell_blocks(cell: QTextTableCell) -> list[QTextBlock]:
    """The text blocks of a table cell, in order."""
    block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
    blocks = []
    while block.isValid():
        blocks.append(block)
        if block == last:
            break
        block = block.next()
    return blocks


def _anchor_names(block: QTextBlock) -> list[str]:
    """The anchor names in a block's text."""
    names: list[str] = []
    it = block.begin()
    while not it.atEnd():
        names += it.fragment().charFormat().anchorNames()
        it += 1
    return names


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
                for block in _cell_blocks(frame.cellAt(row, column)):
                    pages.update(_line_pages(doc, block, page_height))
                    if column == 0:
                        names += _anchor_names(block)
            if len(pages) > 1:
                for name in names:
                    for prefix in (report.ROW_PREFIX, report.KEEP_PREFIX):
                        if name.startswith(prefix):
                            found[name.removeprefix(prefix)] = min(pages)
    return found


# A mark that keeps an item whole: ("block", block number) or ("table", its first position);
# a page break goes before it.
Mark = tuple[str, int]


def _in_root(doc: QTextDocument, block: QTextBlock) -> bool:
    return doc.frameAt(block.position()) == doc.rootFrame()


def _split_item(doc: QTextDocument, page_height: float) -> Mark | None:
    """The first item that a page break cuts in two, as the mark that moves it whole to the
    next page: a list item (a task); a small table without a repeated header row (facts, the
    quick facts); for the first item of a list or a table, the short title just before it
    moves with it."""
    block = doc.begin()
    while block.isValid():
        if _in_root(doc, block):
            pages = _line_pages(doc, block, page_height)
            top = doc.documentLayout().blockBoundingRect(block).top()
            if top < pages[0] * page_height - 0.01:
                # its lines start the next page but its top margin ends this one: painted
                # there too, its words would be on both pages for a reader of the PDF
                return ("block", block.blockNumber())
            table = QTextCursor(block.next()).currentTable() if block.next().isValid() \
                else None
            if table is not None and block.layout().lineCount() <= 2 \
                    and table.parentFrame() == doc.rootFrame() \
                    and table.format().headerRowCount() == 0:
                bounds = doc.documentLayout().frameBoundingRect(table)
                if bounds.height() < page_height / 2 \
                        and _line_pages(doc, block.next(), page_height)[0] > pages[-1]:
                    return ("block", block.blockNumber())  # a title apart from its table
            if block.textList() is not None and len(set(pages)) > 1:
                previous = block.previous()
                first = block.textList().itemNumber(block) == 0
                if first and previous.isValid() and previous.textList() is None \
                        and previous.layout().lineCount() <= 2:
                    return ("block", previous.blockNumber())
                return ("block", block.blockNumber())
        else:
            table = QTextCursor(block).currentTable()
            if table is not None and table.format().headerRowCount() == 0 \
                    and table.parentFrame() == doc.rootFrame():
                frame = doc.documentLayout().frameBoundingRect(table)
                first_page = int((frame.top() + 1) // page_height)
                last_page = int((frame.bottom() - 1) // page_height)
                if last_page > first_page and frame.height() < page_height / 2:
                    previous = doc.findBlock(table.firstPosition() - 1)
                    if previous.isValid() and _in_root(doc, previous) \
                            and previous.layout().lineCount() <= 2:
                        return ("block", previous.blockNumber())
                    return ("table", table.firstPosition())
                block = doc.findBlock(table.lastPosition() + 1)
                continue
        block = block.next()
    return None


def _break_before(doc: QTextDocument, mark: Mark) -> None:
    kind, where = mark
    if kind == "table":
        table = QTextCursor(doc.findBlock(where)).currentTable()
        if table is not None:
            table_format = table.format()
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(table_format)
        return
    block = doc.findBlockByNumber(where)
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(block_format)


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

    marks: list[Mark] = []

    def items_kept_whole(doc: QTextDocument) -> QTextDocument:
        for made in marks:
            _break_before(doc, made)
        for _ in range(MAX_LAYOUTS):  # one item at a time: a break moves what follows
            mark = _split_item(doc, body.height())
            if mark is None or mark in marks:
                break
            marks.append(mark)
            _break_before(doc, mark)
        return doc

    if isinstance(source, QTextDocument):
        return items_kept_whole(prepare(source.clone()))
    breaks: frozenset[str] = frozenset()
    doc = items_kept_whole(prepare(source(breaks)))
    for _ in range(MAX_LAYOUTS):
        # One break at a time, on the first page with a problem: a break moves what follows.
        problems = {**_split_rows(doc, body.height()), **_orphaned_headings(doc, body.height())}
        todo = {key: page for key, page in problems.items() if key not in breaks}
        if not todo:
            break
        first = min(todo.values())
        breaks = breaks | {key for key, page in todo.items() if page == first}
        marks.clear()  # a section's break moves what follows: find the split items anew
        doc = items_kept_whole(prepare(source(breaks)))
    return doc


def paint_pages(device: QPagedPaintDevice, source: DocumentSource, footer: str,
                footer_pt: float = FOOTER_PT, last_fill: list[float] | None = None) -> int:
    """Lay the document out for ``device``'s pages and paint them with footer (in
    ``footer_pt``) and page numbers; returns the page count. ``last_fill``, when given,
    receives how full the last page is (0 to 1).

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
        footer_font, number_font = _font(footer_pt), _font(PAGE_NUMBER_PT)
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
        if last_fill is not None:
            used = doc.documentLayout().documentSize().height() - (pages - 1) * body.height()
            last_fill.append(min(max(used / body.height(), 0.0), 1.0))
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


def write_document_pdf(path: Path | str, doc: DocumentSource, paper: str = "letter",
                       landscape: bool = False, footer: str = "",
                       title: str = "CareerDesk", footer_pt: float = FOOTER_PT) -> int:
    """Write the document as a PDF at ``path``; returns the page count.

    The PDF goes to a temporary file beside ``path``, synced, checked to be whole (Qt's PDF
    writer reports no write errors: a full disk cuts the file silently) and renamed over
    ``path``, so a failure never leaves a partial file nor harms the old one; a device, FIFO
    or socket at ``path`` is refused. Raises ``PrintError`` (one-line message).
    """
    try:
        target = check_target(path)
        layout = page_layout(paper, landscape)
        temporary = temporary_beside(target)
    except OutputError as exc:
        raise PrintError(str(exc)) from None
    try:
        usual_permissions(temporary)
        writer = QPdfWriter(str(temporary))
        writer.setPageLayout(layout)
        writer.setTitle(title)
        writer.setCreator("CareerDesk")
        pages = paint_pages(writer, doc, footer, footer_pt)
        del writer  # closes the file; Qt reports no write errors, so the file is checked
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    try:
        finish(temporary, target, pdf_is_complete)
    except OutputError as exc:
        raise PrintError(str(exc)) from None
    return pages


# ------------------------------------------------------------------ printouts


def document_source(printout: Printout, *,
                    layout_only: bool = False) -> Callable[[frozenset[str]], QTextDocument]:
    """The printout as a document source: its document with page breaks before ``breaks``.
    ``layout_only``: for measuring pages, blank images stand in for the charts (the HTML
    gives every image its size, so the pages come out the same), which may still be being
    drawn (``careerdesk.chart_worker``)."""
    if layout_only:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        images: Mapping[str, QImage | bytes] = dict.fromkeys(printout.images, blank)
        return lambda breaks: make_document(printout.render(breaks), images)
    return lambda breaks: make_document(printout.render(breaks), printout.images)


def printout_layout(printout: Printout, paper: str = "letter") -> QPageLayout:
    """The printout's page layout on ``paper``, in its orientation."""
    return page_layout(paper, printout.landscape)


def page_count(printout: Printout, paper: str = "letter",
               last_fill: list[float] | None = None) -> int:
    """The pages the printout takes on ``paper``, laid out as ``paint_pages`` does (painted
    into memory at layout resolution); ``last_fill`` receives how full the last page is."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(LAYOUT_DPI)
    writer.setPageLayout(printout_layout(printout, paper))
    return paint_pages(writer, document_source(printout, layout_only=True), printout.footer,
                       printout.footer_pt, last_fill)


HALF_EMPTY = 0.5  # a last page filled less than this is "half empty"


def fitted(printout: Printout, paper: str = "letter") -> Printout:
    """The printout, shortened (``Printout.shorter``) until it fits its ``max_pages`` on
    ``paper``; as it is when it has no limit. A printout with ``no_half_empty_page`` whose
    last page would stay less than half full is shortened further when that saves the page
    (or kept as it is if it does not)."""
    check_paper(paper)
    if printout.max_pages is None and not printout.no_half_empty_page:
        return printout
    fill: list[float] = []  # each layout is measured once: how full its last page is too
    pages = page_count(printout, paper, fill)
    while printout.max_pages is not None and printout.shorter is not None \
            and pages > printout.max_pages:
        smaller = printout.shorter()
        if smaller is None:
            break
        printout = smaller
        fill = []
        pages = page_count(printout, paper, fill)
    if not printout.no_half_empty_page or printout.shorter is None:
        return printout
    candidate: Printout | None = printout
    while pages > 1 and fill[0] < HALF_EMPTY and candidate is not None \
            and candidate.shorter is not None:
        candidate = candidate.shorter()
        if candidate is not None and page_count(candidate, paper) < pages:
            return candidate
    return printout


def write_pdf(printout: Printout, path: Path | str, paper: str = "letter",
              fit: bool = True) -> int:
    """Write the printout as a PDF (Letter or A4, in its orientation, fitted to its page
    limit unless ``fit`` is False: fitted already); the page count. Raises ``PrintError``
    (one-line message)."""
    if fit:
        printout = fitted(printout, paper)
    return write_document_pdf(path, document_source(printout), paper, printout.landscape,
                              printout.footer, printout.title, printout.footer_pt)


def paint(printout: Printout, device: QPagedPaintDevice) -> int:
    """Paint the printout on a printer, e.g. from ``QPrintPreviewDialog.paintRequested``."""
    return paint_pages(device, document_source(printout), printout.footer, printout.footer_pt)
