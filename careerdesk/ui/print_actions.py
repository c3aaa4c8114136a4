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
from careerdesk.ui.print_options import PrintChoices

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


def _printer(layout: QPageLayout | None) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if layout is not None:
        printer.setPageLayout(layout)
    return printer


def print_preview(parent: QWidget | None, render_fn: Callable[[QPrinter], object],
                  layout: QPageLayout | None = None) -> int:
    """Show a print preview; ``render_fn(printer)`` paints (e.g. ``print_document.paint``)."""
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


class PrintActions:
    """Runs the three print actions for a printout factory."""

    def __init__(self, parent: QWidget, dialogs: DialogService) -> None:
        self.parent = parent
        self.dialogs = dialogs
        self.paper = "letter"

    def run(self, kind: str, job: PrintJob) -> None:
        """Print (``"print"``), preview (``"preview"``) or save as PDF (``"pdf"``) a job."""
        action = {"print": self.print, "preview": self.preview, "pdf": self.save_pdf}[kind]
        action(job.title, job.sections, job.factory)

    def _prepare(self, title: str, sections: list[tuple[str, str]],
                 factory: PrintoutFactory) -> tuple[Printout, PrintChoices] | None:
        choices = self.dialogs.print_choices(title, sections, self.paper)
        if choices is None:
            return None
        if not choices.sections:
            self.dialogs.error(title, QCoreApplication.translate(
                "PrintActions", "Choose at least one section to print."))
            return None
        self.paper = choices.paper
        return factory(choices), choices

    def preview(self, title: str, sections: list[tuple[str, str]],
                factory: PrintoutFactory) -> None:
        self._to_printer(print_preview, QCoreApplication.translate(
            "PrintActions", "Print preview: {title}").format(title=title), sections, factory)

    def print(self, title: str, sections: list[tuple[str, str]],
              factory: PrintoutFactory) -> None:
        self._to_printer(print_dialog, QCoreApplication.translate(
            "PrintActions", "Print: {title}").format(title=title), sections, factory)

    def _to_printer(self, dialog: Callable[..., object], title: str,
                    sections: list[tuple[str, str]], factory: PrintoutFactory) -> None:
        """Ask for the choices, then hand the printout to a preview or printer dialog."""
        from careerdesk.ui import print_document

        prepared = self._prepare(title, sections, factory)
        if prepared:
            printout, choices = prepared
            printout = print_document.fitted(printout, choices.paper)
            dialog(self.parent, lambda printer: print_document.paint(printout, printer),
                   print_document.printout_layout(printout, choices.paper))

    def save_pdf(self, title: str, sections: list[tuple[str, str]],
                 factory: PrintoutFactory) -> Path | None:
        from careerdesk.ui.print_document import PrintError, write_pdf

        prepared = self._prepare(QCoreApplication.translate(
            "PrintActions", "Save as PDF: {title}").format(title=title), sections, factory)
        if not prepared:
            return None
        printout, choices = prepared
        path = self.dialogs.save_pdf_path(str(Path.home() / f"{safe_file_name(title)}.pdf"))
        if path is None:
            return None
        try:
            pages = write_pdf(printout, path, choices.paper)
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
