"""Print, print preview and Save as PDF for whatever the window shows (a profile, a
comparison, the bookmarks, "My interests"), through ``careerdesk.ui.print_document`` so that
all three give the same pages; the preview and printer dialogs."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import QWidget

from careerdesk.ui.dialogs import DialogService
from careerdesk.ui.print_options import PrintChoices

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from careerdesk.printouts import Printout

# Builds the printout for the user's choices.
PrintoutFactory = Callable[[PrintChoices], "Printout"]


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
