"""Print, print preview and Save as PDF for whatever the window shows, through
``careerdesk.ui.print_document`` so that all three give the same pages; the preview and
printer dialogs.

The window does not decide what is printed: each printable page (profile, comparison,
bookmarks, "My interests") offers a ``printout(context)`` method (``Printable``) that returns
a ``PrintJob`` — the dialog's title, the sections to choose from and how to build the
printout from the user's choices — or None when it has nothing to print.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import QWidget

from careerdesk.ui.dialogs import DialogService
from careerdesk.ui.print_options import PrintChoices, paper_name

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from careerdesk.printouts import Printout
    from careerdesk.store import CareerStore

# Builds the printout for the user's choices.
PrintoutFactory = Callable[[PrintChoices], "Printout"]


@dataclass(frozen=True)
class PrintContext:
    """What any printout may need from the window: the careers database (meta for the
    footer, sources, careers), the person using CareerDesk and the remembered state."""

    store: CareerStore
    owner: str  # the profile's name ("Guest" for a guest)
    guest: bool
    state: str | None  # the state whose pay printouts add, when one is remembered

    @property
    def meta(self) -> Mapping[str, str]:
        """The database's build facts and the O*NET attribution (the pages' footer)."""
        return self.store.meta


@dataclass(frozen=True)
class PrintJob:
    """A page's offer to print: the dialog's title, the sections (key, title) the user
    chooses from, and the factory building the printout for the choices."""

    title: str
    sections: list[tuple[str, str]]
    factory: PrintoutFactory
    queue_name: str = ""  # the job's name in the print queue, when not ``title``


@runtime_checkable
class Printable(Protocol):
    """A page that can be printed."""

    def printout(self, context: PrintContext) -> PrintJob | None:
        """What to print now; None when there is nothing (yet)."""


def printable(page: object) -> bool:
    """Whether ``page`` offers a printout (the print commands are enabled for it)."""
    return isinstance(page, Printable)


def safe_file_name(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")[:60] or "careerdesk"


def printers() -> list[str]:
    """The printers this computer has (its print queues); empty when none is set up."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def _printer(layout: QPageLayout | None, doc_name: str = "") -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if layout is not None:
        printer.setPageLayout(layout)
    if doc_name:
        printer.setDocName(doc_name)  # the job's title in the print queue
    return printer


def print_preview(parent: QWidget | None, render_fn: Callable[[QPrinter], object],
                  layout: QPageLayout | None = None, doc_name: str = "") -> int:
    """Show a print preview; ``render_fn(printer)`` paints (e.g. ``print_document.paint``)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = _printer(layout, doc_name)  # kept alive while the dialog runs
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(render_fn)
    return dialog.exec()


def print_dialog(parent: QWidget | None, render_fn: Callable[[QPrinter], object],
                 layout: QPageLayout | None = None, doc_name: str = "") -> bool:
    """Ask for a printer and print with ``render_fn``; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = _printer(layout, doc_name)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render_fn(printer)
    return True


def previewing(printer: QPrinter) -> bool:
    """Whether ``printer`` paints for a print preview (on screen) rather than for paper or
    a file: the preview hands the printer over with its own picture engine."""
    from PySide6.QtGui import QPaintEngine

    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


class PrintActions:
    """Runs the three print actions for a printout factory."""

    def __init__(self, parent: QWidget, dialogs: DialogService) -> None:
        self.parent = parent
        self.dialogs = dialogs
        self.paper = "letter"

    def run(self, kind: str, job: PrintJob) -> None:
        """Print (``"print"``), preview (``"preview"``) or save as PDF (``"pdf"``) a job."""
        action = {"print": self.print, "preview": self.preview, "pdf": self.save_pdf}[kind]
        action(job)

    def _prepare(self, title: str, job: PrintJob) -> tuple[Printout, PrintChoices] | None:
        choices = self.dialogs.print_choices(title, job.sections, self.paper)
        if choices is None:
            return None
        if not choices.sections:
            self.dialogs.error(title, QCoreApplication.translate(
                "PrintActions", "Choose at least one section to print."))
            return None
        self.paper = choices.paper
        return job.factory(choices), choices

    def preview(self, job: PrintJob) -> None:
        self._to_printer(print_preview, QCoreApplication.translate(
            "PrintActions", "Print preview: {title}").format(title=job.title), job)

    def print(self, job: PrintJob) -> None:
        """Print through the printer dialog; with no printer set up, say so and offer to
        save a PDF instead."""
        if not printers():
            if self.dialogs.confirm(
                    QCoreApplication.translate("PrintActions", "No printer"),
                    QCoreApplication.translate(
                        "PrintActions",
                        "No printer is set up on this computer. Save as PDF instead?")):
                self.save_pdf(job)
            return
        self._to_printer(print_dialog, QCoreApplication.translate(
            "PrintActions", "Print: {title}").format(title=job.title), job)

    def _to_printer(self, dialog: Callable[..., object], title: str, job: PrintJob) -> None:
        """Ask for the choices, then hand the printout to a preview or printer dialog."""
        from careerdesk.ui import print_document

        prepared = self._prepare(title, job)
        if prepared:
            printout, choices = prepared
            printout = print_document.fitted(printout, choices.paper)
            sender = _Sender(self, printout, choices.paper, job_name(job))
            dialog(self.parent, sender, sender.layout, sender.doc_name)

    def save_pdf(self, job: PrintJob) -> Path | None:
        prepared = self._prepare(QCoreApplication.translate(
            "PrintActions", "Save as PDF: {title}").format(title=job.title), job)
        if not prepared:
            return None
        printout, choices = prepared
        path = self.dialogs.save_pdf_path(
            str(Path.home() / f"{safe_file_name(job.title)}.pdf"))
        if path is None:
            return None
        return self.write_pdf(printout, path, choices.paper)

    def write_pdf(self, printout: Printout, path: Path, paper: str,
                  fit: bool = True) -> Path | None:
        """Write the PDF and say how it went (pages and file, or why not)."""
        from careerdesk.ui.print_document import PrintError, write_pdf

        try:
            pages = write_pdf(printout, path, paper, fit=fit)
        except (PrintError, OSError) as exc:
            self.dialogs.error(
                QCoreApplication.translate("PrintActions", "Could not save the PDF"),
                QCoreApplication.translate(
                    "PrintActions", "The PDF could not be saved to {path}: {reason}").format(
                    path=path, reason=exc))
            return None
        self.dialogs.info(QCoreApplication.translate("PrintActions", "PDF saved"),
                          QCoreApplication.translate(
                              "PrintActions", "Saved {count} page(s) to {path}.").format(
                              count=pages, path=path))
        return path


def job_name(job: PrintJob) -> str:
    """The job's title in the print queue: "CareerDesk — Registered Nurses"."""
    return QCoreApplication.translate("PrintActions", "CareerDesk — {name}").format(
        name=job.queue_name or job.title)


class _Sender:
    """Paints a printout on the printer the preview or printer dialog hands over.

    Qt's printer dialog resets the paper to the chosen printer's own default, so the
    paper and orientation are set again before painting: what was chosen in CareerDesk's
    print options (or last shown in the preview) is what comes out of the printer. "Print
    to File (PDF)" in that dialog writes the PDF as Save as PDF does (whole or not at all).
    Failures are told in one line.
    """

    def __init__(self, actions: PrintActions, printout: Printout, paper: str,
                 doc_name: str) -> None:
        from careerdesk.ui.print_document import printout_layout

        self.actions = actions
        self.printout = printout
        self.paper = paper
        self.doc_name = doc_name
        self.layout = printout_layout(printout, paper)

    def __call__(self, printer: QPrinter) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from careerdesk.ui.print_document import PrintError, paint

        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat \
                and not previewing(printer):
            self.actions.write_pdf(self.printout, Path(printer.outputFileName()), self.paper,
                                   fit=False)
            return
        name = printer.printerName()
        try:
            if previewing(printer):
                self.layout = QPageLayout(printer.pageLayout())  # what is shown is printed
            else:
                printer.setDocName(self.doc_name)
                if not printer.setPageLayout(self.layout):
                    self._error(QCoreApplication.translate(
                        "PrintActions", "The printer {printer} cannot print on {paper} "
                        "paper.").format(printer=name, paper=paper_name(self.paper)))
                    return
            paint(self.printout, printer)
        except (PrintError, OSError):
            self._error(QCoreApplication.translate(
                "PrintActions", "Could not send the printout to the printer {printer}.").format(
                printer=name))

    def _error(self, text: str) -> None:
        self.actions.dialogs.error(
            QCoreApplication.translate("PrintActions", "Could not print"), text)
